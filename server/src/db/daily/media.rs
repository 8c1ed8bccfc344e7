//! Stored pictures: a participant's diary photos and exercise pictures, and who may see them.

use diesel::prelude::*;

use crate::db::audit::Audited;
use crate::db::participants::read_part;
use crate::db::schema::media;
use crate::db::scope::ParticipantScope;
use crate::db::{now, DbConn, StaffScope};
use crate::domain::ids::{MediaId, MunicipalityId, ParticipantId};
use crate::error::AppError;

pub(crate) fn insert_media(
    conn: &mut DbConn,
    id: &MediaId,
    municipality_id: &MunicipalityId,
    participant_id: Option<&ParticipantId>,
    purpose: &str,
    (width, height): (u32, u32),
) -> Result<(), AppError> {
    diesel::insert_into(media::table)
        .values((
            media::id.eq(id),
            media::municipality_id.eq(municipality_id),
            media::participant_id.eq(participant_id),
            media::purpose.eq(purpose),
            media::width.eq(width as i32),
            media::height.eq(height as i32),
            media::created_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// A participant's own diary photo, already processed and stored.
pub fn add_photo(
    conn: &mut DbConn,
    scope: &ParticipantScope,
    id: &MediaId,
    size: (u32, u32),
) -> Result<(), AppError> {
    insert_media(
        conn,
        id,
        &scope.municipality_id,
        Some(&scope.participant_id),
        "diary_photo",
        size,
    )
}

/// Whether the caller may see a stored image: exercise pictures and places' photos (no
/// person's) of their municipality; diary photos of a participant they may see (staff, audited) or their own (participant).
pub enum Viewer<'a> {
    Staff(&'a StaffScope),
    Participant(&'a ParticipantScope),
}

pub fn may_view_media(
    conn: &mut DbConn,
    viewer: &Viewer,
    id: &MediaId,
) -> Result<Audited<()>, AppError> {
    let row: Option<(MunicipalityId, Option<ParticipantId>)> = media::table
        .filter(media::id.eq(id))
        .select((media::municipality_id, media::participant_id))
        .first(conn)
        .optional()?;
    let (municipality, participant) = row.ok_or(AppError::NotFound)?;
    match (viewer, participant) {
        (Viewer::Staff(s), None) if s.municipality_id == municipality => {
            Ok(Audited::unrecorded(()))
        }
        (Viewer::Participant(p), None) if p.municipality_id == municipality => {
            Ok(Audited::unrecorded(()))
        }
        (Viewer::Participant(p), Some(owner)) if p.participant_id == owner => {
            Ok(Audited::unrecorded(()))
        }
        (Viewer::Staff(s), Some(owner)) => {
            read_part(conn, s, &owner, "photo.read").map(|seen| Audited::new((), seen))
        }
        _ => Err(AppError::NotFound),
    }
}
