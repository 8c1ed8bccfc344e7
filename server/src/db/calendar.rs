//! A staff member's session schedule as an iCalendar feed. The feed URL carries a random
//! token (kept only as a hash) that works without signing in — calendar apps cannot sign in —
//! so it is unguessable, revocable, and every fetch is audited as the owner's read.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::participants::visible;
use super::schema::{calendar_feeds, cohorts, enrollments, participants, program_sessions};
use super::tokens::{hash, random_token};
use super::{audit, new_id, now, staff, DbConn, StaffScope};
use crate::domain::ids::{ParticipantId, StaffId};
use crate::domain::sessions::Kind;
use crate::error::AppError;
use crate::wire::calendar::{Feed, NewFeed};

pub fn list(conn: &mut DbConn, scope: &StaffScope) -> Result<Vec<Feed>, AppError> {
    let rows: Vec<(String, NaiveDateTime, Option<NaiveDateTime>)> = calendar_feeds::table
        .filter(calendar_feeds::staff_id.eq(&scope.staff_id))
        .order(calendar_feeds::created_at.desc())
        .select((
            calendar_feeds::id,
            calendar_feeds::created_at,
            calendar_feeds::revoked_at,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(id, created_at, revoked_at)| Feed {
            id,
            created_at,
            revoked_at,
        })
        .collect())
}

/// A new feed; `base` is the public address of the server.
pub fn create(conn: &mut DbConn, scope: &StaffScope, base: &str) -> Result<NewFeed, AppError> {
    let token = random_token();
    let id = new_id();
    let at = now();
    diesel::insert_into(calendar_feeds::table)
        .values((
            calendar_feeds::id.eq(&id),
            calendar_feeds::staff_id.eq(&scope.staff_id),
            calendar_feeds::token_hash.eq(hash(&token)),
            calendar_feeds::created_at.eq(at),
        ))
        .execute(conn)?;
    Ok(NewFeed {
        id,
        url: format!("{}/api/v1/calendar/{token}.ics", base.trim_end_matches('/')),
        created_at: at,
    })
}

pub fn revoke(conn: &mut DbConn, scope: &StaffScope, id: &str) -> Result<(), AppError> {
    let n = diesel::update(
        calendar_feeds::table
            .filter(calendar_feeds::id.eq(id))
            .filter(calendar_feeds::staff_id.eq(&scope.staff_id))
            .filter(calendar_feeds::revoked_at.is_null()),
    )
    .set(calendar_feeds::revoked_at.eq(now()))
    .execute(conn)?;
    if n == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// What a feed shows: its owner, the sessions, the follow-up dates.
pub type Feedlines = (StaffId, Vec<Event>, Vec<super::followups::CalendarDue>);

pub struct Event {
    pub participant_id: ParticipantId,
    pub family_name: String,
    pub number: i32,
    pub date: NaiveDate,
    pub kind: Kind,
    /// "HH:MM" (Japan) from the cohort, when it is planned with a time.
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    /// The cohort's venue.
    pub venue: String,
}

/// The owner of a live feed, the sessions of every participant they may see, and the
/// follow-up dates of their follow-up tasks.
pub fn events(
    conn: &mut DbConn,
    token: &str,
    today: NaiveDate,
) -> Result<audit::Audited<Feedlines>, AppError> {
    let owner: Option<StaffId> = calendar_feeds::table
        .filter(calendar_feeds::token_hash.eq(hash(token)))
        .filter(calendar_feeds::revoked_at.is_null())
        .select(calendar_feeds::staff_id)
        .first(conn)
        .optional()?;
    let owner = owner.ok_or(AppError::NotFound)?;
    // A deactivated account's feeds stop with it.
    let scope = staff::find_active(conn, &owner)?
        .ok_or(AppError::NotFound)?
        .scope(today)?;
    let seen = audit::Entry::new(&scope, "calendar.read", None);
    type Row = (
        ParticipantId,
        String,
        i32,
        NaiveDate,
        String,
        Option<String>,
        Option<String>,
        String,
    );
    let rows: Vec<Row> = program_sessions::table
        .inner_join(participants::table)
        .inner_join(
            enrollments::table.on(enrollments::participant_id.eq(program_sessions::participant_id)),
        )
        .inner_join(cohorts::table.on(cohorts::id.eq(enrollments::cohort_id)))
        .filter(visible(&scope))
        .order((program_sessions::date, participants::family_name_kana))
        .select((
            participants::id,
            participants::family_name,
            program_sessions::number,
            program_sessions::date,
            program_sessions::kind,
            cohorts::starts_at,
            cohorts::ends_at,
            cohorts::venue,
        ))
        .load(conn)?;
    let events = rows
        .into_iter()
        .map(
            |(participant_id, family_name, number, date, kind, starts_at, ends_at, venue)| {
                Ok(Event {
                    participant_id,
                    family_name,
                    number,
                    date,
                    kind: Kind::from_text(&kind)?,
                    starts_at,
                    ends_at,
                    venue,
                })
            },
        )
        .collect::<Result<Vec<_>, AppError>>()?;
    let follow_ups = super::followups::for_calendar(conn, &scope)?;
    Ok(audit::Audited::new((owner, events, follow_ups), seen))
}
