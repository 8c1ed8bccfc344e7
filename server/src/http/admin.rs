//! The municipality's own views: the audit log, as a screen and as CSV for Excel.

use actix_web::{get, web, HttpResponse};
use chrono::NaiveDate;
use serde::Deserialize;
use utoipa::IntoParams;

use crate::auth::{can, May};
use crate::db::audit::{self, AuditFilter};
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;
use crate::wire::audit::AuditEntry;

#[derive(Deserialize, IntoParams)]
pub struct AuditQuery {
    /// Only entries about this participant.
    pub participant_id: Option<String>,
    /// Only entries by this staff member.
    pub staff_id: Option<String>,
    /// Only this action, or the actions starting with it (`staff.`).
    pub action: Option<String>,
    /// From this day (Japan), inclusive.
    pub from: Option<NaiveDate>,
    /// To this day (Japan), inclusive.
    pub to: Option<NaiveDate>,
    /// Entries to skip, for the next page (default 0).
    pub offset: Option<i64>,
    /// At most this many entries (default 200, at most 1000; the CSV up to 10000).
    pub limit: Option<i64>,
}

impl AuditQuery {
    fn filter(self, default_limit: i64, max: i64) -> AuditFilter {
        AuditFilter {
            participant_id: self.participant_id.filter(|s| !s.is_empty()),
            staff_id: self.staff_id.filter(|s| !s.is_empty()),
            action: self.action.filter(|s| !s.is_empty()),
            from: self.from,
            to: self.to,
            offset: self.offset.unwrap_or(0).max(0),
            limit: self.limit.unwrap_or(default_limit).clamp(1, max),
        }
    }
}

/// Who read or changed which participant's record, newest first: filtered by participant,
/// staff member, action and days, one page at a time.
#[utoipa::path(tag = "municipality", security(("bearer" = [])), params(AuditQuery), responses(
    (status = 200, body = Vec<AuditEntry>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/audit")]
pub async fn list_audit(
    state: web::Data<AppState>,
    auth: May<can::ReadAudit>,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let filter = query.into_inner().filter(200, 1000);
    let entries = state
        .db
        .run(move |conn| audit::list_filtered(conn, &scope, &filter))
        .await?;
    Ok(HttpResponse::Ok().json(entries))
}

/// The same entries as CSV (UTF-8 with a byte-order mark, so Excel reads the Japanese).
#[utoipa::path(tag = "municipality", security(("bearer" = [])), params(AuditQuery, super::CsvOptions), responses(
    (status = 200, content_type = "text/csv", body = String), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/audit.csv")]
pub async fn audit_csv(
    state: web::Data<AppState>,
    auth: May<can::ReadAudit>,
    query: web::Query<AuditQuery>,
    options: web::Query<super::CsvOptions>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let filter = query.into_inner().filter(10_000, 10_000);
    let csv = state
        .db
        .write(move |conn| {
            let entries = audit::list_filtered(conn, &scope, &filter)?;
            audit::record(conn, &scope, "audit.export", None)?;
            Ok(audit::to_csv(&entries))
        })
        .await?;
    super::csv_download("dekita-audit.csv", csv, &options)
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(audit_csv).service(list_audit);
}
