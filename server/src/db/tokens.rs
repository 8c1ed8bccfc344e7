//! Refresh tokens: random, stored only as SHA-256 hashes, rotated on every use, revocable
//! per sign-in ("family"), per staff member or per device.

use base64::Engine;
use chrono::Duration;
use diesel::prelude::*;
use rand::RngCore;
use sha2::{Digest, Sha256};

use super::schema::refresh_tokens;
use super::{new_id, now, DbConn};
use crate::domain::ids::{DeviceId, StaffId};
use crate::error::AppError;

/// Who a refresh token belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    Staff(StaffId),
    Device(DeviceId),
}

/// A token presented again shortly after it was rotated is most likely a retry whose answer
/// was lost on a bad connection (common on a participant's phone), not theft: it may rotate
/// once more, replacing the successor that was never used, so the sign-in never forks into two
/// live chains. A retry after the successor was used, or any reuse after the grace, revokes
/// the whole sign-in.
pub const REUSE_GRACE: Duration = Duration::seconds(60);

/// What presenting a refresh token came to. Both outcomes are committed: a revocation must
/// be stored even though the caller is answered 401.
#[derive(Debug)]
pub enum Rotation {
    Rotated {
        subject: Subject,
        token: String,
    },
    /// The token had been used before (outside the grace, or its successor was used too):
    /// its whole sign-in is now revoked.
    Reused,
}

pub fn hash(raw: &str) -> String {
    let digest = Sha256::digest(raw.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Issues a new refresh token (a new family unless `family` continues one).
pub fn issue(
    conn: &mut DbConn,
    subject: &Subject,
    family: Option<String>,
    ttl: Duration,
) -> Result<String, AppError> {
    issue_with_id(conn, subject, family, ttl).map(|(_, raw)| raw)
}

/// Like [`issue`], also returning the new row's id.
fn issue_with_id(
    conn: &mut DbConn,
    subject: &Subject,
    family: Option<String>,
    ttl: Duration,
) -> Result<(String, String), AppError> {
    let raw = random_token();
    let id = new_id();
    let at = now();
    let (staff_id, device_id) = match subject {
        Subject::Staff(id) => (Some(id.as_str()), None),
        Subject::Device(id) => (None, Some(id.as_str())),
    };
    diesel::insert_into(refresh_tokens::table)
        .values((
            refresh_tokens::id.eq(&id),
            refresh_tokens::token_hash.eq(hash(&raw)),
            refresh_tokens::family_id.eq(family.unwrap_or_else(new_id)),
            refresh_tokens::staff_id.eq(staff_id),
            refresh_tokens::device_id.eq(device_id),
            refresh_tokens::created_at.eq(at),
            refresh_tokens::expires_at.eq(at + ttl),
        ))
        .execute(conn)?;
    Ok((id, raw))
}

type TokenRow = (
    String,
    String,
    Option<String>,
    Option<String>,
    chrono::NaiveDateTime,
    Option<chrono::NaiveDateTime>,
    Option<chrono::NaiveDateTime>,
    Option<String>,
);

/// Exchanges a refresh token for a new one of the same family. An unknown, expired or
/// revoked token is `Err(Unauthorized)` (nothing to store); a reused one revokes its family
/// and answers [`Rotation::Reused`], which the caller must commit before refusing.
pub fn rotate(
    conn: &mut DbConn,
    raw: &str,
    ttl_for: impl Fn(&Subject) -> Duration,
) -> Result<Rotation, AppError> {
    let row: Option<TokenRow> = refresh_tokens::table
        .filter(refresh_tokens::token_hash.eq(hash(raw)))
        .select((
            refresh_tokens::id,
            refresh_tokens::family_id,
            refresh_tokens::staff_id,
            refresh_tokens::device_id,
            refresh_tokens::expires_at,
            refresh_tokens::rotated_at,
            refresh_tokens::revoked_at,
            refresh_tokens::replaced_by,
        ))
        .first(conn)
        .optional()?;
    let Some((id, family, staff_id, device_id, expires_at, rotated_at, revoked_at, replaced_by)) =
        row
    else {
        return Err(AppError::Unauthorized);
    };
    let at = now();
    if revoked_at.is_some() || expires_at <= at {
        return Err(AppError::Unauthorized);
    }
    if let Some(rotated) = rotated_at {
        let successor_unused = match &replaced_by {
            Some(next) => successor_is_unused(conn, next)?,
            None => false,
        };
        if at - rotated > REUSE_GRACE || !successor_unused {
            revoke_family(conn, &family)?;
            return Ok(Rotation::Reused);
        }
        // A retry of a lost answer: the successor it never received stops working, and this
        // answer's token takes its place.
        if let Some(next) = &replaced_by {
            diesel::update(refresh_tokens::table.filter(refresh_tokens::id.eq(next)))
                .set(refresh_tokens::revoked_at.eq(Some(at)))
                .execute(conn)?;
        }
    }
    let subject = match (staff_id, device_id) {
        (Some(s), None) => Subject::Staff(StaffId::from(s)),
        (None, Some(d)) => Subject::Device(DeviceId::from(d)),
        _ => {
            return Err(AppError::Internal(
                "refresh token without one subject".into(),
            ))
        }
    };
    let (next_id, token) = issue_with_id(conn, &subject, Some(family), ttl_for(&subject))?;
    diesel::update(refresh_tokens::table.filter(refresh_tokens::id.eq(&id)))
        .set((
            refresh_tokens::rotated_at.eq(Some(rotated_at.unwrap_or(at))),
            refresh_tokens::replaced_by.eq(Some(next_id)),
        ))
        .execute(conn)?;
    Ok(Rotation::Rotated { subject, token })
}

/// A second browser tab of a staff sign-in: a new refresh token in the same family (so one
/// sign-out ends every tab, and a reuse anywhere revokes them all), leaving the presented
/// token as it was, so each tab rotates its own chain. Only a live, unrotated staff token
/// forks; a spent one is treated as [`rotate`] treats it (outside the grace, the family is
/// revoked and [`Rotation::Reused`] answered).
pub fn fork(conn: &mut DbConn, raw: &str, ttl: Duration) -> Result<Rotation, AppError> {
    let row: Option<TokenRow> = refresh_tokens::table
        .filter(refresh_tokens::token_hash.eq(hash(raw)))
        .select((
            refresh_tokens::id,
            refresh_tokens::family_id,
            refresh_tokens::staff_id,
            refresh_tokens::device_id,
            refresh_tokens::expires_at,
            refresh_tokens::rotated_at,
            refresh_tokens::revoked_at,
            refresh_tokens::replaced_by,
        ))
        .first(conn)
        .optional()?;
    let Some((_, family, staff_id, _, expires_at, rotated_at, revoked_at, _)) = row else {
        return Err(AppError::Unauthorized);
    };
    let at = now();
    if revoked_at.is_some() || expires_at <= at {
        return Err(AppError::Unauthorized);
    }
    let Some(staff_id) = staff_id else {
        // A phone has one chain: it never opens tabs of its sign-in.
        return Err(AppError::Unauthorized);
    };
    if let Some(rotated) = rotated_at {
        if at - rotated > REUSE_GRACE {
            revoke_family(conn, &family)?;
            return Ok(Rotation::Reused);
        }
        return Err(AppError::Unauthorized);
    }
    let subject = Subject::Staff(StaffId::from(staff_id));
    let token = issue(conn, &subject, Some(family), ttl)?;
    Ok(Rotation::Rotated { subject, token })
}

/// Whether a successor token has been neither rotated nor revoked.
fn successor_is_unused(conn: &mut DbConn, id: &str) -> Result<bool, AppError> {
    let row: Option<(Option<chrono::NaiveDateTime>, Option<chrono::NaiveDateTime>)> =
        refresh_tokens::table
            .filter(refresh_tokens::id.eq(id))
            .select((refresh_tokens::rotated_at, refresh_tokens::revoked_at))
            .first(conn)
            .optional()?;
    Ok(matches!(row, Some((None, None))))
}

pub fn revoke_family(conn: &mut DbConn, family: &str) -> Result<(), AppError> {
    diesel::update(
        refresh_tokens::table
            .filter(refresh_tokens::family_id.eq(family))
            .filter(refresh_tokens::revoked_at.is_null()),
    )
    .set(refresh_tokens::revoked_at.eq(Some(now())))
    .execute(conn)?;
    Ok(())
}

/// Sign-out: ends the sign-in the token belongs to. Unknown tokens are ignored.
pub fn revoke_by_token(conn: &mut DbConn, raw: &str) -> Result<(), AppError> {
    let family: Option<String> = refresh_tokens::table
        .filter(refresh_tokens::token_hash.eq(hash(raw)))
        .select(refresh_tokens::family_id)
        .first(conn)
        .optional()?;
    if let Some(family) = family {
        revoke_family(conn, &family)?;
    }
    Ok(())
}

pub fn revoke_subject(conn: &mut DbConn, subject: &Subject) -> Result<(), AppError> {
    let target = refresh_tokens::table.filter(refresh_tokens::revoked_at.is_null());
    let changed = match subject {
        Subject::Staff(id) => diesel::update(target.filter(refresh_tokens::staff_id.eq(id)))
            .set(refresh_tokens::revoked_at.eq(Some(now())))
            .execute(conn),
        Subject::Device(id) => diesel::update(target.filter(refresh_tokens::device_id.eq(id)))
            .set(refresh_tokens::revoked_at.eq(Some(now())))
            .execute(conn),
    };
    changed?;
    Ok(())
}
