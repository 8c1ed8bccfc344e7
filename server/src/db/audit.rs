//! The append-only audit trail of staff reads and changes of participants' records, and of
//! changes to staff sign-in (second factors).

use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use super::schema::{audit_log, staff};
use super::{new_id, now, DbConn, StaffScope};
use crate::domain::policy::Action;
use crate::error::AppError;

/// Records that `scope` did `action` to a participant's record (or to a list of them).
pub fn record(
    conn: &mut DbConn,
    scope: &StaffScope,
    action: &str,
    participant_id: Option<&str>,
) -> Result<(), AppError> {
    record_detail(conn, scope, action, participant_id, None)
}

/// Like [`record`], with a detail such as the staff member an admin acted on.
pub fn record_detail(
    conn: &mut DbConn,
    scope: &StaffScope,
    action: &str,
    participant_id: Option<&str>,
    detail: Option<&str>,
) -> Result<(), AppError> {
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::id.eq(new_id()),
            audit_log::at.eq(now()),
            audit_log::staff_id.eq(&scope.staff_id),
            audit_log::role.eq(scope.role.as_str()),
            audit_log::municipality_id.eq(&scope.municipality_id),
            audit_log::action.eq(action),
            audit_log::participant_id.eq(participant_id),
            audit_log::detail.eq(detail),
        ))
        .execute(conn)?;
    Ok(())
}

#[derive(Debug, Serialize, ToSchema, Queryable)]
pub struct AuditEntry {
    pub id: String,
    #[serde(with = "crate::utc")]
    pub at: chrono::NaiveDateTime,
    pub staff_id: String,
    pub staff_name: String,
    pub role: String,
    pub action: String,
    pub participant_id: Option<String>,
    /// What else the action concerned, e.g. the staff member whose second factor was reset.
    pub detail: Option<String>,
}

/// The newest entries of the caller's municipality (municipality staff only).
pub fn list(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: Option<&str>,
    limit: i64,
) -> Result<Vec<AuditEntry>, AppError> {
    scope.may(Action::ReadAudit)?;
    let mut query = audit_log::table
        .inner_join(staff::table.on(staff::id.eq(audit_log::staff_id)))
        .filter(audit_log::municipality_id.eq(&scope.municipality_id))
        .into_boxed();
    if let Some(pid) = participant_id {
        query = query.filter(audit_log::participant_id.eq(pid.to_owned()));
    }
    Ok(query
        .order(audit_log::id.desc())
        .limit(limit)
        .select((
            audit_log::id,
            audit_log::at,
            audit_log::staff_id,
            staff::name,
            audit_log::role,
            audit_log::action,
            audit_log::participant_id,
            audit_log::detail,
        ))
        .load::<AuditEntry>(conn)?)
}
