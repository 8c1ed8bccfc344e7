//! The assessment visit (アセスメント訪問) and the 興味関心チェックシート.

use actix_web::{get, put, web, HttpRequest, HttpResponse};

use super::{read_versioned, save_versioned};
use crate::auth::StaffAuth;
use crate::db::assessments;
use crate::domain::ids::ParticipantId;
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;
use crate::wire::assessments::{
    Assessment, AssessmentInput, Checklist, ChecklistInput, Checklists, Phase,
};

/// The assessment visit (アセスメント訪問); version 0 when not yet written.
#[utoipa::path(tag = "program", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Assessment), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/assessment")]
pub async fn get_assessment(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    read_versioned(&state, move |conn| {
        assessments::get_assessment(conn, &scope, &id)
    })
    .await
}

/// Saves the assessment (If-Match: the version the editor started from).
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = AssessmentInput,
    params(("id" = String, Path, description = "participant id"),
           ("If-Match" = String, Header, pattern = r#"^(W/)?("[0-9]{1,9}"|[0-9]{1,9})$"#, description = "\"N\": the version the editor started from (`\"0\"` for a new document)")),
    responses((status = 200, body = Assessment), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 412, body = ErrorBody, description = "saved by someone else first: `current` holds it"),
    (status = 422, body = ErrorBody), (status = 428, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[put("/participants/{id}/assessment")]
pub async fn save_assessment(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    req: HttpRequest,
    body: web::Json<AssessmentInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    save_versioned(&state, &req, move |conn, expected| {
        assessments::save_assessment(conn, &scope, &id, expected, &input)
    })
    .await
}

/// The 興味関心チェックシート at the start and at graduation.
#[utoipa::path(tag = "program", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Checklists), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/interest-checklists")]
pub async fn get_interest_checklists(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let doc = state
        .db
        .audited(move |conn| assessments::get_checklists(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(doc))
}

/// Saves one phase's checklist (assessment | graduation).
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = ChecklistInput,
    params(("id" = String, Path, description = "participant id"),
           ("phase" = String, Path, description = "assessment | graduation"),
           ("If-Match" = String, Header, pattern = r#"^(W/)?("[0-9]{1,9}"|[0-9]{1,9})$"#, description = "\"N\": the version the editor started from (`\"0\"` for a new document)")),
    responses((status = 200, body = Checklist), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 412, body = ErrorBody), (status = 422, body = ErrorBody), (status = 428, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[put("/participants/{id}/interest-checklists/{phase}")]
pub async fn save_interest_checklist(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<(ParticipantId, String)>,
    req: HttpRequest,
    body: web::Json<ChecklistInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, (id, phase), input) = (auth.0, path.into_inner(), body.into_inner());
    // In an address, an unknown phase is a page that is not there.
    let phase = Phase::from_text(&phase).map_err(|_| AppError::NotFound)?;
    save_versioned(&state, &req, move |conn, expected| {
        assessments::save_checklist(conn, &scope, &id, phase, expected, &input)
    })
    .await
}
