//! The interview (面談) at a session.

use actix_web::{get, put, web, HttpRequest, HttpResponse};

use super::{read_versioned, save_versioned, session_number};
use crate::auth::StaffAuth;
use crate::db::interviews;
use crate::domain::ids::ParticipantId;
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;
use crate::wire::interviews::{Interview, InterviewInput};

/// The interview of one session, with the previous agreed step; version 0 when not yet written.
#[utoipa::path(tag = "program", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id"), ("number" = i32, Path, description = "1–12")),
    responses((status = 200, body = Interview), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/sessions/{number}/interview")]
pub async fn get_interview(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<(ParticipantId, String)>,
) -> Result<HttpResponse, AppError> {
    let (scope, (id, number)) = (auth.0, path.into_inner());
    let number = session_number(&number)?;
    read_versioned(&state, move |conn| {
        interviews::get_interview(conn, &scope, &id, number)
    })
    .await
}

/// Saves the interview (If-Match).
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = InterviewInput,
    params(("id" = String, Path, description = "participant id"), ("number" = i32, Path, description = "1–12"),
           ("If-Match" = String, Header, pattern = r#"^(W/)?("[0-9]{1,9}"|[0-9]{1,9})$"#, description = "\"N\": the version the editor started from (`\"0\"` for a new document)")),
    responses((status = 200, body = Interview), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 412, body = ErrorBody), (status = 422, body = ErrorBody), (status = 428, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[put("/participants/{id}/sessions/{number}/interview")]
pub async fn save_interview(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<(ParticipantId, String)>,
    req: HttpRequest,
    body: web::Json<InterviewInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, (id, number), input) = (auth.0, path.into_inner(), body.into_inner());
    let number = session_number(&number)?;
    save_versioned(&state, &req, move |conn, expected| {
        interviews::save_interview(conn, &scope, &id, number, expected, &input)
    })
    .await
}
