//! A participant's phones: one-time enrollment codes that bind a phone, and the bound devices
//! that staff can list and revoke (a lost phone).

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use rand::Rng;

use super::schema::{devices, enrollment_codes, participants};
use super::scope::ParticipantScope;
use super::tokens::{self, hash, Subject};
use super::{audit, new_id, now, participants as participant_db, DbConn, StaffScope};
use crate::domain::family::DeviceKind;
use crate::domain::ids::{DeviceId, MunicipalityId, ParticipantId};
use crate::domain::policy::Action;
use crate::error::AppError;
use crate::wire::devices::Device;

/// No 0/O, 1/I/L: a person reads the code from a screen or paper and types it on a phone.
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LEN: usize = 8;
pub const CODE_TTL: Duration = Duration::hours(72);

/// Upper-cases, drops spaces and dashes and folds full-width characters, so that what a
/// person types matches what was printed.
pub fn normalize_code(input: &str) -> String {
    input
        .chars()
        .filter_map(|c| {
            let c = match c {
                '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                other => other,
            };
            (c.is_ascii_alphanumeric()).then(|| c.to_ascii_uppercase())
        })
        .collect()
}

/// `ABCD-EFGH`, easier to read aloud.
pub fn format_code(code: &str) -> String {
    let (a, b) = code.split_at(CODE_LEN / 2);
    format!("{a}-{b}")
}

#[derive(Debug, Clone)]
pub struct IssuedCode {
    pub code: String,
    pub expires_at: NaiveDateTime,
}

/// A new one-time code for the participant's phone; earlier unused codes stop working.
pub fn issue_code(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
) -> Result<IssuedCode, AppError> {
    participant_db::ensure_visible(conn, scope, participant_id)?;
    scope.may(Action::IssuePhoneCode)?;
    let at = now();
    diesel::update(
        enrollment_codes::table
            .filter(enrollment_codes::participant_id.eq(participant_id))
            .filter(enrollment_codes::used_at.is_null())
            .filter(enrollment_codes::voided_at.is_null()),
    )
    .set(enrollment_codes::voided_at.eq(Some(at)))
    .execute(conn)?;
    let mut rng = rand::rngs::OsRng;
    let code: String = (0..CODE_LEN)
        .map(|_| CODE_ALPHABET[rng.gen_range(0..CODE_ALPHABET.len())] as char)
        .collect();
    let expires_at = at + CODE_TTL;
    diesel::insert_into(enrollment_codes::table)
        .values((
            enrollment_codes::id.eq(new_id()),
            enrollment_codes::participant_id.eq(participant_id),
            enrollment_codes::code_hash.eq(hash(&code)),
            enrollment_codes::created_by.eq(&scope.staff_id),
            enrollment_codes::created_at.eq(at),
            enrollment_codes::expires_at.eq(expires_at),
        ))
        .execute(conn)?;
    audit::record(conn, scope, "enrollment_code.issue", Some(participant_id))?;
    Ok(IssuedCode { code, expires_at })
}

/// Redeems a code: binds a new device to the participant. Every failure looks the same.
pub fn redeem_code(
    conn: &mut DbConn,
    code: &str,
    label: &str,
    today: chrono::NaiveDate,
) -> Result<ParticipantScope, AppError> {
    let normalized = normalize_code(code);
    if normalized.len() != CODE_LEN {
        return Err(AppError::InvalidCode);
    }
    let at = now();
    let found: Option<(String, ParticipantId, MunicipalityId)> = enrollment_codes::table
        .inner_join(participants::table.on(participants::id.eq(enrollment_codes::participant_id)))
        .filter(enrollment_codes::code_hash.eq(hash(&normalized)))
        .filter(enrollment_codes::used_at.is_null())
        .filter(enrollment_codes::voided_at.is_null())
        .filter(enrollment_codes::expires_at.gt(at))
        .select((
            enrollment_codes::id,
            participants::id,
            participants::municipality_id,
        ))
        .first(conn)
        .optional()?;
    let Some((code_id, participant_id, municipality_id)) = found else {
        // Not a code for the person's own phone: perhaps one for a family member's.
        return super::family::redeem(conn, &normalized, label, today)?
            .ok_or(AppError::InvalidCode);
    };
    diesel::update(enrollment_codes::table.filter(enrollment_codes::id.eq(&code_id)))
        .set(enrollment_codes::used_at.eq(Some(at)))
        .execute(conn)?;
    let device_id = DeviceId::generate();
    let label: String = label.trim().chars().take(60).collect();
    diesel::insert_into(devices::table)
        .values((
            devices::id.eq(&device_id),
            devices::participant_id.eq(&participant_id),
            devices::label.eq(if label.is_empty() {
                "スマートフォン".to_owned()
            } else {
                label
            }),
            devices::enrolled_at.eq(at),
            devices::last_seen_at.eq(Some(at)),
        ))
        .execute(conn)?;
    Ok(ParticipantScope {
        participant_id,
        device_id,
        municipality_id,
        today,
        kind: DeviceKind::Own,
    })
}

/// The scope of a device that is still bound (not revoked), or `Unauthorized`.
pub fn active_scope(
    conn: &mut DbConn,
    device_id: &DeviceId,
    today: chrono::NaiveDate,
) -> Result<ParticipantScope, AppError> {
    let found: Option<(ParticipantId, MunicipalityId, String)> = devices::table
        .inner_join(participants::table)
        .filter(devices::id.eq(device_id))
        .filter(devices::revoked_at.is_null())
        .select((
            participants::id,
            participants::municipality_id,
            devices::kind,
        ))
        .first(conn)
        .optional()?;
    let (participant_id, municipality_id, kind) = found.ok_or(AppError::Unauthorized)?;
    Ok(ParticipantScope {
        participant_id,
        device_id: device_id.clone(),
        municipality_id,
        today,
        kind: DeviceKind::from_text(&kind)?,
    })
}

pub fn touch(conn: &mut DbConn, device_id: &DeviceId) -> Result<(), AppError> {
    diesel::update(devices::table.filter(devices::id.eq(device_id)))
        .set(devices::last_seen_at.eq(Some(now())))
        .execute(conn)?;
    Ok(())
}

type DeviceRow = (
    DeviceId,
    String,
    String,
    NaiveDateTime,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
);

pub fn list(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
) -> Result<audit::Audited<Vec<Device>>, AppError> {
    participant_db::ensure_visible(conn, scope, participant_id)?;
    scope.may(Action::ManagePhones)?;
    let seen = audit::Entry::new(scope, "device.list", Some(participant_id));
    let list = devices::table
        .filter(devices::participant_id.eq(participant_id))
        .order(devices::enrolled_at.desc())
        .select((
            devices::id,
            devices::label,
            devices::kind,
            devices::enrolled_at,
            devices::last_seen_at,
            devices::revoked_at,
        ))
        .load::<DeviceRow>(conn)?
        .into_iter()
        .map(|(id, label, kind, enrolled_at, last_seen_at, revoked_at)| {
            Ok(Device {
                id,
                label,
                kind: DeviceKind::from_text(&kind)?,
                enrolled_at,
                last_seen_at,
                revoked_at,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    Ok(audit::Audited::new(list, seen))
}

/// Unbinds a phone at once: its sign-in ends and its access tokens stop working.
pub fn revoke(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    device_id: &DeviceId,
) -> Result<(), AppError> {
    participant_db::ensure_visible(conn, scope, participant_id)?;
    scope.may(Action::ManagePhones)?;
    let changed = diesel::update(
        devices::table
            .filter(devices::id.eq(device_id))
            .filter(devices::participant_id.eq(participant_id)),
    )
    .set((
        devices::revoked_at.eq(Some(now())),
        devices::revoked_by.eq(Some(&scope.staff_id)),
    ))
    .execute(conn)?;
    if changed == 0 {
        return Err(AppError::NotFound);
    }
    tokens::revoke_subject(conn, &Subject::Device(device_id.clone()))?;
    audit::record(conn, scope, "device.revoke", Some(participant_id))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_normalised_from_what_people_type() {
        assert_eq!(normalize_code("abcd-efgh"), "ABCDEFGH");
        assert_eq!(normalize_code(" ＡＢＣＤ－ｅｆ２３ "), "ABCDEF23");
        assert_eq!(format_code("ABCDEFGH"), "ABCD-EFGH");
    }

    #[test]
    fn the_alphabet_avoids_look_alike_characters() {
        for c in [b'0', b'O', b'1', b'I', b'L'] {
            assert!(!CODE_ALPHABET.contains(&c), "{}", c as char);
        }
    }
}
