//! The append-only audit trail of staff reads and changes of participants' records, and of
//! changes to staff sign-in (second factors).

use diesel::prelude::*;

use super::schema::{audit_log, staff};
use super::{new_id, now, DbConn, StaffScope};
use crate::domain::ids::{MunicipalityId, ParticipantId, StaffId};
use crate::domain::policy::Action;
use crate::error::AppError;
use crate::wire::audit::AuditEntry;

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

    /// A read that owes several rows (e.g. a coordinator's inbox: one per person shown).
    pub fn with_entries(value: T, entries: Vec<Entry>) -> Self {
        Audited { value, entries }
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

/// Which entries of the audit log to show.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub participant_id: Option<String>,
    pub staff_id: Option<String>,
    /// An action, or the start of one ("staff." for every staff administration).
    pub action: Option<String>,
    /// From this day (Japan), inclusive.
    pub from: Option<chrono::NaiveDate>,
    /// To this day (Japan), inclusive.
    pub to: Option<chrono::NaiveDate>,
    /// Entries to skip (paging).
    pub offset: i64,
    pub limit: i64,
}

/// Japan is UTC+9 all year: the UTC instant a Japanese day starts.
fn japan_day_start(day: chrono::NaiveDate) -> chrono::NaiveDateTime {
    day.and_hms_opt(0, 0, 0).unwrap_or_default() - chrono::Duration::hours(9)
}

/// The newest entries of the caller's municipality (municipality staff only).
pub fn list(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: Option<&ParticipantId>,
    limit: i64,
) -> Result<Vec<AuditEntry>, AppError> {
    list_filtered(
        conn,
        scope,
        &AuditFilter {
            participant_id: participant_id.map(|p| p.as_str().to_owned()),
            limit,
            ..Default::default()
        },
    )
}

/// The entries that match `filter`, newest first, one page.
pub fn list_filtered(
    conn: &mut DbConn,
    scope: &StaffScope,
    filter: &AuditFilter,
) -> Result<Vec<AuditEntry>, AppError> {
    scope.may(Action::ReadAudit)?;
    let mut query = audit_log::table
        .inner_join(staff::table.on(staff::id.eq(audit_log::staff_id)))
        .filter(audit_log::municipality_id.eq(&scope.municipality_id))
        .into_boxed();
    if let Some(pid) = &filter.participant_id {
        query = query.filter(audit_log::participant_id.eq(pid.clone()));
    }
    if let Some(sid) = &filter.staff_id {
        query = query.filter(audit_log::staff_id.eq(sid.clone()));
    }
    if let Some(action) = filter.action.as_deref().filter(|a| !a.is_empty()) {
        let escaped = action
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        query = query.filter(
            audit_log::action
                .eq(action.to_owned())
                .or(audit_log::action.like(format!("{escaped}%")).escape('\\')),
        );
    }
    if let Some(from) = filter.from {
        query = query.filter(audit_log::at.ge(japan_day_start(from)));
    }
    if let Some(to) = filter.to.and_then(|d| d.succ_opt()) {
        query = query.filter(audit_log::at.lt(japan_day_start(to)));
    }
    type Row = (
        String,
        chrono::NaiveDateTime,
        StaffId,
        String,
        String,
        String,
        Option<ParticipantId>,
        Option<String>,
    );
    let rows: Vec<Row> = query
        .order(audit_log::id.desc())
        .offset(filter.offset.max(0))
        .limit(filter.limit.clamp(1, 10_000))
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
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(id, at, staff_id, staff_name, role, action, participant_id, detail)| AuditEntry {
                id,
                at,
                staff_id,
                staff_name,
                role,
                action,
                participant_id,
                detail,
            },
        )
        .collect())
}

/// One CSV field for Excel, quoted; a field that starts like a formula is kept as text. Every
/// CSV dekita writes (the audit log, the outcome figures) goes through it.
pub(crate) fn csv_cell(field: &str) -> String {
    let lead = if field.starts_with(['=', '+', '-', '@']) {
        "'"
    } else {
        ""
    };
    format!("\"{lead}{}\"", field.replace('"', "\"\""))
}

/// The entries as CSV for Excel: UTF-8 with a byte-order mark, CRLF lines, every field quoted.
pub fn to_csv(entries: &[AuditEntry]) -> String {
    let quoted = csv_cell;
    let mut out = String::from("\u{feff}");
    out.push_str("日時（日本時間）,職員,職員ID,役割,操作,利用者ID,対象\r\n");
    for e in entries {
        let at = (e.at + chrono::Duration::hours(9))
            .format("%Y-%m-%d %H:%M:%S")
            .to_string();
        let row = [
            at.as_str(),
            e.staff_name.as_str(),
            e.staff_id.as_str(),
            e.role.as_str(),
            e.action.as_str(),
            e.participant_id.as_ref().map_or("", |p| p.as_str()),
            e.detail.as_deref().unwrap_or(""),
        ];
        out.push_str(&row.map(quoted).join(","));
        out.push_str("\r\n");
    }
    out
}
