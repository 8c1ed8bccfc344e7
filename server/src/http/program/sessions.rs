//! The twelve sessions: the schedule, attendance, make-up sessions (振替), completing the
//! program with a reason, and discontinuing.

use actix_web::{get, patch, post, web, HttpResponse};

use super::session_number;
use crate::auth::StaffAuth;
use crate::db::sessions;
use crate::domain::ids::ParticipantId;
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;
use crate::wire::sessions::{
    Completion, Discontinuation, NewMakeup, NewSchedule, Program, SessionChange,
};

/// The twelve sessions, attendance, and whether the person stopped.
#[utoipa::path(tag = "program", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Program), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/sessions")]
pub async fn get_sessions(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let program = state
        .db
        .audited(move |conn| sessions::get_program(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(program))
}

/// Makes the twelve sessions (weekly from the first date; chosen numbers as home visits).
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = NewSchedule,
    params(("id" = String, Path, description = "participant id")),
    responses((status = 201, body = Program), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody), (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[post("/participants/{id}/sessions")]
pub async fn generate_sessions(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    body: web::Json<NewSchedule>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, new) = (auth.0, path.into_inner(), body.into_inner());
    let program = state
        .db
        .write(move |conn| sessions::generate(conn, &scope, &id, &new))
        .await?;
    Ok(HttpResponse::Created().json(program))
}

/// Reschedules a session, changes 通所/訪問, or records attendance (出席・欠席).
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = SessionChange,
    params(("id" = String, Path, description = "participant id"), ("number" = i32, Path, description = "1–12")),
    responses((status = 200, body = Program), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody), (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[patch("/participants/{id}/sessions/{number}")]
pub async fn change_session(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<(ParticipantId, String)>,
    body: web::Json<SessionChange>,
) -> Result<HttpResponse, AppError> {
    let (scope, (id, number), change) = (auth.0, path.into_inner(), body.into_inner());
    let number = session_number(&number)?;
    let program = state
        .db
        .write(move |conn| sessions::change(conn, &scope, &id, number, &change))
        .await?;
    Ok(HttpResponse::Ok().json(program))
}

/// A make-up (振替) of a missed twelfth session: it moves to a later day, and the missed day is
/// kept.
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = NewMakeup,
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Program), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody, description = "session 12 was not missed, or made up twice already"),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/participants/{id}/makeup")]
pub async fn add_makeup(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    body: web::Json<NewMakeup>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    let program = state
        .db
        .write(move |conn| sessions::add_makeup(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Ok().json(program))
}

/// The therapist declares the program complete (修了), with the reason — for a person who
/// missed the last session and will not make it up.
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = Completion,
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Program), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody, description = "not in the program (not started, or over)"),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/participants/{id}/completion")]
pub async fn complete_program(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    body: web::Json<Completion>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    let program = state
        .db
        .write(move |conn| sessions::complete(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Ok().json(program))
}

/// Records a discontinuation (中断) with its reason.
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = Discontinuation,
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Program), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody), (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[post("/participants/{id}/discontinuation")]
pub async fn discontinue(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    body: web::Json<Discontinuation>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    let program = state
        .db
        .write(move |conn| sessions::discontinue(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Ok().json(program))
}
