//! Follow-up after the program (フォローアップ): the staff task list, recording a follow-up,
//! the municipality's reassignment, and the person's own dates on the phone. Thin: the data
//! layer decides who sees which task.

use actix_web::{get, post, web, HttpResponse};

use crate::auth::{ParticipantAuth, StaffAuth};
use crate::db::followups;
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;
use crate::wire::followups::{
    AttentionTask, FollowUp, FollowUpInput, MyFollowUp, Reassignment, SelfReportInput,
};

/// The caller's follow-up tasks at 3, 6 and 12 months (upcoming, due, overdue, escalated,
/// done), by due date: a coordinator's only through a live consent, a 包括's for the people
/// they referred, the municipality's all.
#[utoipa::path(tag = "follow-ups", security(("bearer" = [])),
    responses((status = 200, body = Vec<FollowUp>), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody)))]
#[get("/follow-ups")]
pub async fn list_follow_ups(
    state: web::Data<AppState>,
    auth: StaffAuth,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let list = state
        .db
        .audited(move |conn| followups::list(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Graduates connected to a place who have stopped attending it (recorded by the coordinator,
/// or not seen for four weeks), as tasks: the coordinator's with a live consent, else the
/// referring 包括's (the note says which); the municipality sees all.
#[utoipa::path(tag = "follow-ups", security(("bearer" = [])),
    responses((status = 200, body = Vec<AttentionTask>), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody)))]
#[get("/follow-ups/attention")]
pub async fn follow_up_attention(
    state: web::Data<AppState>,
    auth: StaffAuth,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let list = state
        .db
        .audited(move |conn| followups::attention(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Records a follow-up (or corrects it); its status is derived and stored beside it.
#[utoipa::path(tag = "follow-ups", security(("bearer" = [])), request_body = FollowUpInput,
    params(("id" = String, Path, description = "follow-up id")),
    responses((status = 200, body = FollowUp), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody, description = "not allowed, or `consent_withdrawn`"),
    (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody, description = "its window has not opened"),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/follow-ups/{id}")]
pub async fn record_follow_up(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<String>,
    body: web::Json<FollowUpInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    let done = state
        .db
        .write(move |conn| followups::record(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Ok().json(done))
}

/// The municipality gives an open follow-up to a coordinator (with a live consent for the
/// person), a 包括, or takes it itself (`staff_id` null).
#[utoipa::path(tag = "follow-ups", security(("bearer" = [])), request_body = Reassignment,
    params(("id" = String, Path, description = "follow-up id")),
    responses((status = 200, body = FollowUp), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/follow-ups/{id}/assignee")]
pub async fn reassign_follow_up(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<String>,
    body: web::Json<Reassignment>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, to) = (auth.0, path.into_inner(), body.into_inner());
    let moved = state
        .db
        .write(move |conn| followups::reassign(conn, &scope, &id, &to))
        .await?;
    Ok(HttpResponse::Ok().json(moved))
}

/// The person's follow-up dates after the program, on their phone.
#[utoipa::path(tag = "participant", security(("bearer" = [])), responses(
    (status = 200, body = Vec<MyFollowUp>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
#[get("/me/follow-ups")]
pub async fn my_follow_ups(
    state: web::Data<AppState>,
    auth: ParticipantAuth,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let list = state
        .db
        .run(move |conn| followups::mine(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// The person answers the short questions of a follow-up on their phone (how often they go
/// out, where, whether they keep exercising), from the day its window opens until staff record
/// it; answering again replaces the answer.
#[utoipa::path(tag = "participant", security(("bearer" = [])), request_body = SelfReportInput,
    params(("id" = String, Path, description = "follow-up id")),
    responses((status = 200, body = MyFollowUp), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody, description = "not open yet, or already recorded by staff"),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/me/follow-ups/{id}/self-report")]
pub async fn answer_follow_up(
    state: web::Data<AppState>,
    auth: ParticipantAuth,
    path: web::Path<String>,
    body: web::Json<SelfReportInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    let answered = state
        .db
        .write(move |conn| followups::answer(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Ok().json(answered))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(list_follow_ups)
        .service(follow_up_attention)
        .service(record_follow_up)
        .service(reassign_follow_up)
        .service(my_follow_ups)
        .service(answer_follow_up);
}
