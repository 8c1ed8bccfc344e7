//! The append-only audit trail of staff reads and changes of participants' records, and of
//! changes to staff sign-in (second factors).

use diesel::prelude::*;
use serde::Serialize;
use utoipa::ToSchema;

use super::schema::{audit_log, staff};
use super::{new_id, now, DbConn, StaffScope};
use crate::domain::ids::{MunicipalityId, ParticipantId, StaffId};
use crate::domain::policy::Action;
use crate::error::AppError;

/// A row a staff read owes the audit trail, made when the read is allowed (with its time)
/// and appended after the read by [`crate::db::Database::audited`].
pub struct Entry {
    id: String,
    at: chrono::NaiveDateTime,
    staff_id: StaffId,
    role: &'static str,
    municipality_id: MunicipalityId,
    action: &'static str,
    participant_id: Option<ParticipantId>,
}

impl Entry {
    pub fn new(
        scope: &StaffScope,
        action: &'static str,
        participant_id: Option<&ParticipantId>,
    ) -> Self {
        Entry {
            id: new_id(),
            at: now(),
            staff_id: scope.staff_id.clone(),
            role: scope.role.as_str(),
            municipality_id: scope.municipality_id.clone(),
            action,
            participant_id: participant_id.cloned(),
        }
    }
}

/// What a staff read answers, with the audit rows it owes. Only
/// [`crate::db::Database::audited`] takes it apart, so an audited read cannot be answered
/// without its rows.
#[must_use]
pub struct Audited<T> {
    value: T,
    entries: Vec<Entry>,
}

impl<T> Audited<T> {
    pub fn new(value: T, entry: Entry) -> Self {
        Audited {
            value,
            entries: vec![entry],
        }
    }

    /// A read that owes nothing (e.g. a participant looking at their own photo).
    pub fn unrecorded(value: T) -> Self {
        Audited {
            value,
            entries: Vec::new(),
        }
    }

    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Audited<U> {
        Audited {
            value: f(self.value),
            entries: self.entries,
        }
    }

    pub(crate) fn into_parts(self) -> (T, Vec<Entry>) {
        (self.value, self.entries)
    }
}

/// Appends the rows of audited reads, in one statement per backend.
pub fn append(conn: &mut DbConn, entries: &[Entry]) -> Result<(), AppError> {
    let rows: Vec<_> = entries
        .iter()
        .map(|e| {
            (
                audit_log::id.eq(&e.id),
                audit_log::at.eq(e.at),
                audit_log::staff_id.eq(&e.staff_id),
                audit_log::role.eq(e.role),
                audit_log::municipality_id.eq(&e.municipality_id),
                audit_log::action.eq(e.action),
                audit_log::participant_id.eq(e.participant_id.as_ref()),
                audit_log::detail.eq(None::<&str>),
            )
        })
        .collect();
    match conn {
        DbConn::Sqlite(c) => diesel::insert_into(audit_log::table)
            .values(rows)
            .execute(c)?,
        DbConn::Postgres(c) => diesel::insert_into(audit_log::table)
            .values(rows)
            .execute(c)?,
    };
    Ok(())
}

/// Records that `scope` did `action` to a participant's record (or to a list of them), in
/// the caller's write.
pub fn record(
    conn: &mut DbConn,
    scope: &StaffScope,
    action: &str,
    participant_id: Option<&ParticipantId>,
) -> Result<(), AppError> {
    record_detail(conn, scope, action, participant_id, None)
}

/// Like [`record`], with a detail such as the staff member an admin acted on.
pub fn record_detail(
    conn: &mut DbConn,
    scope: &StaffScope,
    action: &str,
    participant_id: Option<&ParticipantId>,
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
    #[schema(value_type = String)]
    pub staff_id: StaffId,
    pub staff_name: String,
    pub role: String,
    pub action: String,
    #[schema(value_type = Option<String>)]
    pub participant_id: Option<ParticipantId>,
    /// What else the action concerned, e.g. the staff member whose second factor was reset.
    pub detail: Option<String>,
}

/// The newest entries of the caller's municipality (municipality staff only).
pub fn list(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: Option<&ParticipantId>,
    limit: i64,
) -> Result<Vec<AuditEntry>, AppError> {
    scope.may(Action::ReadAudit)?;
    let mut query = audit_log::table
        .inner_join(staff::table.on(staff::id.eq(audit_log::staff_id)))
        .filter(audit_log::municipality_id.eq(&scope.municipality_id))
        .into_boxed();
    if let Some(pid) = participant_id {
        query = query.filter(audit_log::participant_id.eq(pid.clone()));
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
