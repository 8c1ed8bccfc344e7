//! Goals in the person's words with their small steps, and the participant's own view of them.

use actix_web::{get, post, put, web, HttpRequest, HttpResponse};

use super::{create_versioned, save_versioned};
use crate::auth::{ParticipantAuth, StaffAuth};
use crate::db::goals;
use crate::domain::ids::{GoalId, ParticipantId};
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;
use crate::wire::goals::{Goal, GoalUpdate, NewGoal};
use crate::wire::notebook::MyGoal;

/// The person's goals, oldest first; raised goals stay as history.
#[utoipa::path(tag = "program", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Vec<Goal>), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/goals")]
pub async fn list_goals(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let list = state
        .db
        .audited(move |conn| goals::list(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A new goal in the person's words, with its small steps.
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = NewGoal,
    params(("id" = String, Path, description = "participant id")),
    responses((status = 201, body = Goal), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[post("/participants/{id}/goals")]
pub async fn create_goal(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    body: web::Json<NewGoal>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, new) = (auth.0, path.into_inner(), body.into_inner());
    create_versioned(&state, move |conn| goals::create(conn, &scope, &id, &new)).await
}

/// Updates a goal, its steps and ratings (If-Match).
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = GoalUpdate,
    params(("id" = String, Path, description = "participant id"), ("goal_id" = String, Path, description = "goal id"),
           ("If-Match" = String, Header, pattern = r#"^(W/)?("[0-9]{1,9}"|[0-9]{1,9})$"#, description = "\"N\": the version the editor started from (`\"0\"` for a new document)")),
    responses((status = 200, body = Goal), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 412, body = ErrorBody), (status = 422, body = ErrorBody), (status = 428, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[put("/participants/{id}/goals/{goal_id}")]
pub async fn update_goal(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<(ParticipantId, GoalId)>,
    req: HttpRequest,
    body: web::Json<GoalUpdate>,
) -> Result<HttpResponse, AppError> {
    let (scope, (id, goal_id), input) = (auth.0, path.into_inner(), body.into_inner());
    save_versioned(&state, &req, move |conn, expected| {
        goals::update(conn, &scope, &id, &goal_id, expected, &input)
    })
    .await
}

/// 「次は」「もっと」: a new goal following this one, which is kept as history.
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = NewGoal,
    params(("id" = String, Path, description = "participant id"), ("goal_id" = String, Path, description = "goal id")),
    responses((status = 201, body = Goal), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody), (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[post("/participants/{id}/goals/{goal_id}/raise")]
pub async fn raise_goal(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<(ParticipantId, GoalId)>,
    body: web::Json<NewGoal>,
) -> Result<HttpResponse, AppError> {
    let (scope, (id, goal_id), new) = (auth.0, path.into_inner(), body.into_inner());
    create_versioned(&state, move |conn| {
        goals::raise(conn, &scope, &id, &goal_id, &new)
    })
    .await
}

/// The participant's own active goals, in their words.
#[utoipa::path(tag = "participant", security(("bearer" = [])), responses(
    (status = 200, body = Vec<MyGoal>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
#[get("/me/goals")]
pub async fn my_goals(
    state: web::Data<AppState>,
    auth: ParticipantAuth,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let list = state.db.run(move |conn| goals::mine(conn, &scope)).await?;
    Ok(HttpResponse::Ok().json(list))
}
