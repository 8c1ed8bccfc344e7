//! Running a session day (provider staff): the day of a cohort and the check before exercise.

use actix_web::{get, put, web, HttpResponse};
use chrono::NaiveDate;
use serde::Deserialize;
use utoipa::IntoParams;

use crate::auth::{can, May};
use crate::db::session_day as day_db;
use crate::domain::ids::{CohortId, ParticipantId};
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;
use crate::wire::session_day::{Check, CheckInput, CohortDay};

#[derive(Deserialize, IntoParams)]
pub struct DayQuery {
    /// The day (Japan); today when absent.
    pub date: Option<NaiveDate>,
}

/// Everyone due on a day in a cohort, with the time and the venue, their attendance and their
/// check before exercise. Audited.
#[utoipa::path(tag = "program", security(("bearer" = [])), params(("cohort_id" = String, Path), DayQuery), responses(
    (status = 200, body = CohortDay), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
    (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/cohorts/{cohort_id}/day")]
pub async fn cohort_day(
    state: web::Data<AppState>,
    auth: May<can::RunSessionDay>,
    path: web::Path<CohortId>,
    query: web::Query<DayQuery>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let cohort_id = path.into_inner();
    let date = query.into_inner().date.unwrap_or(scope.today);
    let day = state
        .db
        .audited(move |conn| day_db::day(conn, &scope, &cohort_id, date))
        .await?;
    Ok(HttpResponse::Ok().json(day))
}

/// Records the check before exercise of one session (blood pressure, pulse, how the person
/// feels) and answers whether exercising today is safe by the municipality's limits. Audited.
#[utoipa::path(tag = "program", request_body = CheckInput, security(("bearer" = [])),
    params(("id" = String, Path), ("number" = i32, Path)), responses(
    (status = 200, body = Check), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
    (status = 404, body = ErrorBody), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[put("/participants/{id}/sessions/{number}/check")]
pub async fn save_session_check(
    state: web::Data<AppState>,
    auth: May<can::RunSessionDay>,
    path: web::Path<(ParticipantId, i32)>,
    body: web::Json<CheckInput>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let (id, number) = path.into_inner();
    let input = body.into_inner();
    let check = state
        .db
        .write(move |conn| day_db::save_check(conn, &scope, &id, number, &input))
        .await?;
    Ok(HttpResponse::Ok().json(check))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(cohort_day).service(save_session_check);
}
