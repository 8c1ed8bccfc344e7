//! Staff second factors: the TOTP secret, the last step used, one-time recovery codes, and the
//! municipality's "required for all staff" setting. The secret is read only to check a code
//! and is never returned once the authenticator is confirmed.

use diesel::prelude::*;

use super::schema::{municipalities, providers, staff, staff_recovery_codes, staff_two_factor};
use super::tokens::{self, Subject};
use super::{audit, new_id, now, DbConn, StaffScope};
use crate::auth::totp;
use crate::domain::ids::StaffId;
use crate::domain::policy::Action;
use crate::domain::role::Role;
use crate::error::AppError;
use crate::wire::two_factor::StaffSummary;

/// What sign-in needs to know about a staff member.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    /// A confirmed authenticator.
    pub enabled: bool,
    /// Their municipality requires one.
    pub required: bool,
}

pub fn standing(conn: &mut DbConn, staff_id: &StaffId) -> Result<Standing, AppError> {
    let required: bool = staff::table
        .inner_join(municipalities::table.on(municipalities::id.eq(staff::municipality_id)))
        .filter(staff::id.eq(staff_id))
        .select(municipalities::two_factor_required)
        .first(conn)?;
    Ok(Standing {
        enabled: confirmed_secret(conn, staff_id)?.is_some(),
        required,
    })
}

fn confirmed_secret(conn: &mut DbConn, staff_id: &StaffId) -> Result<Option<String>, AppError> {
    Ok(staff_two_factor::table
        .filter(staff_two_factor::staff_id.eq(staff_id))
        .filter(staff_two_factor::confirmed_at.is_not_null())
        .select(staff_two_factor::secret)
        .first(conn)
        .optional()?)
}

/// Starts (or starts again) setting up an authenticator: a new secret, not yet in force.
/// Refused while a confirmed one exists.
pub fn begin(conn: &mut DbConn, staff_id: &StaffId) -> Result<String, AppError> {
    if confirmed_secret(conn, staff_id)?.is_some() {
        return Err(AppError::Conflict(
            "二段階認証はもう使われています。".into(),
        ));
    }
    let secret = totp::new_secret();
    diesel::delete(staff_two_factor::table.filter(staff_two_factor::staff_id.eq(staff_id)))
        .execute(conn)?;
    diesel::insert_into(staff_two_factor::table)
        .values((
            staff_two_factor::staff_id.eq(staff_id),
            staff_two_factor::secret.eq(&secret),
            staff_two_factor::created_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(secret)
}

/// Confirms the authenticator being set up with one of its codes; returns the ten recovery
/// codes (the only time they are ever seen).
pub fn confirm(
    conn: &mut DbConn,
    staff_id: &StaffId,
    code: &str,
    unix_secs: u64,
) -> Result<Vec<String>, AppError> {
    let pending: Option<String> = staff_two_factor::table
        .filter(staff_two_factor::staff_id.eq(staff_id))
        .filter(staff_two_factor::confirmed_at.is_null())
        .select(staff_two_factor::secret)
        .first(conn)
        .optional()?;
    let Some(secret) = pending else {
        return Err(AppError::validation(
            "先に「設定を始める」を押して、QRコードを読み取ってください。",
        ));
    };
    let step = totp::matching_step(&secret, code, unix_secs)?
        .ok_or_else(|| AppError::validation(WRONG_CODE_TO_CONFIRM))?;
    let changed = diesel::update(
        staff_two_factor::table
            .filter(staff_two_factor::staff_id.eq(staff_id))
            .filter(staff_two_factor::confirmed_at.is_null()),
    )
    .set((
        staff_two_factor::confirmed_at.eq(Some(now())),
        staff_two_factor::last_used_step.eq(Some(step as i64)),
    ))
    .execute(conn)?;
    if changed != 1 {
        return Err(AppError::validation(WRONG_CODE_TO_CONFIRM));
    }
    replace_recovery_codes(conn, staff_id)
}

const WRONG_CODE_TO_CONFIRM: &str =
    "確認コードが合いません。アプリに今出ている6けたの数字を入れてください。";

fn replace_recovery_codes(conn: &mut DbConn, staff_id: &StaffId) -> Result<Vec<String>, AppError> {
    diesel::delete(staff_recovery_codes::table.filter(staff_recovery_codes::staff_id.eq(staff_id)))
        .execute(conn)?;
    let codes = totp::new_recovery_codes();
    let at = now();
    for code in &codes {
        diesel::insert_into(staff_recovery_codes::table)
            .values((
                staff_recovery_codes::id.eq(new_id()),
                staff_recovery_codes::staff_id.eq(staff_id),
                staff_recovery_codes::code_hash.eq(totp::recovery_hash(code)),
                staff_recovery_codes::created_at.eq(at),
            ))
            .execute(conn)?;
    }
    Ok(codes)
}

/// Which kind of second factor a sign-in used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Used {
    Authenticator,
    RecoveryCode,
}

/// Checks a code of a confirmed authenticator (six digits) or an unused recovery code, and
/// spends it: the code's step and every earlier one, or the recovery code, never work again.
/// Call inside a write transaction; the spending update is conditional, so two requests with
/// the same code cannot both succeed.
pub fn spend_code(
    conn: &mut DbConn,
    staff_id: &StaffId,
    code: &str,
    unix_secs: u64,
) -> Result<Used, AppError> {
    let Some(secret) = confirmed_secret(conn, staff_id)? else {
        return Err(AppError::InvalidSecondFactor);
    };
    if totp::looks_like_totp(code) {
        let step = totp::matching_step(&secret, code, unix_secs)?
            .ok_or(AppError::InvalidSecondFactor)? as i64;
        let spent = diesel::update(
            staff_two_factor::table
                .filter(staff_two_factor::staff_id.eq(staff_id))
                .filter(
                    staff_two_factor::last_used_step
                        .is_null()
                        .or(staff_two_factor::last_used_step.lt(step)),
                ),
        )
        .set(staff_two_factor::last_used_step.eq(Some(step)))
        .execute(conn)?;
        return if spent == 1 {
            Ok(Used::Authenticator)
        } else {
            Err(AppError::InvalidSecondFactor)
        };
    }
    let spent = diesel::update(
        staff_recovery_codes::table
            .filter(staff_recovery_codes::staff_id.eq(staff_id))
            .filter(staff_recovery_codes::code_hash.eq(totp::recovery_hash(code)))
            .filter(staff_recovery_codes::used_at.is_null()),
    )
    .set(staff_recovery_codes::used_at.eq(Some(now())))
    .execute(conn)?;
    if spent == 1 {
        Ok(Used::RecoveryCode)
    } else {
        Err(AppError::InvalidSecondFactor)
    }
}

/// Unused recovery codes left.
pub fn recovery_codes_left(conn: &mut DbConn, staff_id: &StaffId) -> Result<i64, AppError> {
    Ok(staff_recovery_codes::table
        .filter(staff_recovery_codes::staff_id.eq(staff_id))
        .filter(staff_recovery_codes::used_at.is_null())
        .count()
        .get_result(conn)?)
}

fn remove(conn: &mut DbConn, staff_id: &StaffId) -> Result<(), AppError> {
    diesel::delete(staff_recovery_codes::table.filter(staff_recovery_codes::staff_id.eq(staff_id)))
        .execute(conn)?;
    diesel::delete(staff_two_factor::table.filter(staff_two_factor::staff_id.eq(staff_id)))
        .execute(conn)?;
    Ok(())
}

/// The staff member turns their own second factor off (proven by a code), unless their
/// municipality requires it.
pub fn turn_off(
    conn: &mut DbConn,
    scope: &StaffScope,
    code: &str,
    unix_secs: u64,
) -> Result<(), AppError> {
    let standing = standing(conn, &scope.staff_id)?;
    if !standing.enabled {
        return Err(AppError::validation("二段階認証は使われていません。"));
    }
    if standing.required {
        return Err(AppError::validation(
            "市町村の設定で二段階認証が必須のため、止めることはできません。",
        ));
    }
    spend_code(conn, &scope.staff_id, code, unix_secs).map_err(|e| match e {
        AppError::InvalidSecondFactor => AppError::validation(WRONG_CODE_TO_CONFIRM),
        other => other,
    })?;
    remove(conn, &scope.staff_id)?;
    audit::record_detail(conn, scope, "two_factor_turned_off", None, None)
}

/// A municipality admin removes a staff member's second factor (a lost phone): only for staff
/// of their own municipality, audited, and every sign-in of that person ends.
pub fn reset(conn: &mut DbConn, scope: &StaffScope, staff_id: &StaffId) -> Result<(), AppError> {
    scope.may(Action::ManageStaff)?;
    let found: i64 = staff::table
        .filter(staff::id.eq(staff_id))
        .filter(staff::municipality_id.eq(&scope.municipality_id))
        .count()
        .get_result(conn)?;
    if found == 0 {
        return Err(AppError::NotFound);
    }
    remove(conn, staff_id)?;
    tokens::revoke_subject(conn, &Subject::Staff(staff_id.clone()))?;
    audit::record_detail(
        conn,
        scope,
        "two_factor_reset",
        None,
        Some(staff_id.as_str()),
    )
}

/// Whether the municipality requires a second factor of all its staff.
pub fn required(conn: &mut DbConn, scope: &StaffScope) -> Result<bool, AppError> {
    Ok(municipalities::table
        .filter(municipalities::id.eq(&scope.municipality_id))
        .select(municipalities::two_factor_required)
        .first(conn)?)
}

/// Sets the municipality's requirement (its admins only; audited).
pub fn set_required(conn: &mut DbConn, scope: &StaffScope, required: bool) -> Result<(), AppError> {
    scope.may(Action::ManageStaff)?;
    diesel::update(municipalities::table.filter(municipalities::id.eq(&scope.municipality_id)))
        .set(municipalities::two_factor_required.eq(required))
        .execute(conn)?;
    let action = if required {
        "two_factor_required_on"
    } else {
        "two_factor_required_off"
    };
    audit::record_detail(conn, scope, action, None, None)
}

/// Id, name, role, provider, when the second factor was confirmed.
type StaffRow = (
    StaffId,
    String,
    String,
    Option<String>,
    Option<chrono::NaiveDateTime>,
);

/// The staff of the admin's municipality, with whether each uses a second factor.
pub fn list_staff(conn: &mut DbConn, scope: &StaffScope) -> Result<Vec<StaffSummary>, AppError> {
    scope.may(Action::ManageStaff)?;
    let rows: Vec<StaffRow> = staff::table
        .left_join(providers::table.on(providers::id.nullable().eq(staff::provider_id)))
        .left_join(staff_two_factor::table.on(staff_two_factor::staff_id.eq(staff::id)))
        .filter(staff::municipality_id.eq(&scope.municipality_id))
        .filter(staff::active.eq(true))
        .order((staff::role.asc(), staff::name.asc()))
        .select((
            staff::id,
            staff::name,
            staff::role,
            providers::name.nullable(),
            staff_two_factor::confirmed_at.nullable(),
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|(id, name, role, provider_name, confirmed_at)| {
            Ok(StaffSummary {
                id,
                name,
                role: Role::from_text(&role)?,
                provider_name,
                two_factor_enabled: confirmed_at.is_some(),
            })
        })
        .collect()
}
