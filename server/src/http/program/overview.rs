//! A cohort at a glance, and the staffing check.

use actix_web::{get, put, web, HttpResponse};

use crate::auth::{can, May};
use crate::db::overview;
use crate::domain::ids::CohortId;
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;
use crate::wire::overview::{Overview, StaffingInput};

/// Who is at which session, who needs attention, graduation dates, the staffing check.
#[utoipa::path(tag = "program", security(("bearer" = [])),
    params(("cohort_id" = String, Path, description = "cohort id")),
    responses((status = 200, body = Overview), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/cohorts/{cohort_id}/overview")]
pub async fn cohort_overview(
    state: web::Data<AppState>,
    auth: May<can::ReadCohortOverview>,
    path: web::Path<CohortId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let overview = state
        .db
        .audited(move |conn| overview::overview(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(overview))
}

/// Places, room and staff of a cohort, for the staffing check.
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = StaffingInput,
    params(("cohort_id" = String, Path, description = "cohort id")),
    responses((status = 200, body = Overview), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[put("/cohorts/{cohort_id}/staffing")]
pub async fn set_cohort_staffing(
    state: web::Data<AppState>,
    auth: May<can::CheckStaffing>,
    path: web::Path<CohortId>,
    body: web::Json<StaffingInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    let overview = state
        .db
        .write(move |conn| overview::set_staffing(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Ok().json(overview))
}
