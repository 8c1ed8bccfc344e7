//! The municipality's own views.

use actix_web::{get, web, HttpResponse};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::auth::{can, May};
use crate::db::audit::{self, AuditEntry};
use crate::domain::ids::ParticipantId;
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;

#[derive(Deserialize, IntoParams)]
pub struct AuditQuery {
    /// Only entries about this participant.
    #[param(value_type = Option<String>)]
    pub participant_id: Option<ParticipantId>,
    /// At most this many entries (default 200, at most 1000).
    pub limit: Option<i64>,
}

/// Who read or changed which participant's record, newest first.
#[utoipa::path(tag = "municipality", security(("bearer" = [])), params(AuditQuery), responses(
    (status = 200, body = Vec<AuditEntry>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/audit")]
pub async fn list_audit(
    state: web::Data<AppState>,
    auth: May<can::ReadAudit>,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let AuditQuery {
        participant_id,
        limit,
    } = query.into_inner();
    let limit = limit.unwrap_or(200).clamp(1, 1000);
    let entries = state
        .db
        .run(move |conn| audit::list(conn, &scope, participant_id.as_ref(), limit))
        .await?;
    Ok(HttpResponse::Ok().json(entries))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(list_audit);
}
