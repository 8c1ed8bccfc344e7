//! The participant's record as staff keep it: contacts, かかりつけ医, conditions, medication,
//! how they come.

use actix_web::{get, put, web, HttpResponse};

use crate::auth::StaffAuth;
use crate::db::record;
use crate::domain::ids::ParticipantId;
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;
use crate::wire::record::{ParticipantRecord, RecordInput};

/// The participant's emergency contacts, かかりつけ医, main conditions, medication and how
/// they come to the sessions. Audited.
#[utoipa::path(tag = "staff", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = ParticipantRecord), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/record")]
pub async fn get_participant_record(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let answer = state
        .db
        .audited(move |conn| record::get(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(answer))
}

/// Replaces the record (the contacts are the ones the person's notebook shows).
#[utoipa::path(tag = "staff", security(("bearer" = [])), request_body = RecordInput,
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = ParticipantRecord), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[put("/participants/{id}/record")]
pub async fn save_participant_record(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    body: web::Json<RecordInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    let saved = state
        .db
        .write(move |conn| record::save(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Ok().json(saved))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(get_participant_record)
        .service(save_participant_record);
}
