//! Performance tests (体力測定) at a session.

use actix_web::{get, put, web, HttpResponse};

use super::session_number;
use crate::auth::StaffAuth;
use crate::db::performance;
use crate::domain::ids::ParticipantId;
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;
use crate::wire::performance::{PerformanceInput, PerformanceTest};

/// Performance test results, by session.
#[utoipa::path(tag = "program", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Vec<PerformanceTest>), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/performance-tests")]
pub async fn list_performance_tests(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let list = state
        .db
        .audited(move |conn| performance::list_tests(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Records the performance tests taken at a session (plausible ranges checked).
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = PerformanceInput,
    params(("id" = String, Path, description = "participant id"), ("number" = i32, Path, description = "1–12")),
    responses((status = 200, body = PerformanceTest), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[put("/participants/{id}/sessions/{number}/performance-test")]
pub async fn save_performance_test(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<(ParticipantId, String)>,
    body: web::Json<PerformanceInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, (id, number), input) = (auth.0, path.into_inner(), body.into_inner());
    let number = session_number(&number)?;
    let test = state
        .db
        .write(move |conn| performance::save_test(conn, &scope, &id, number, &input))
        .await?;
    Ok(HttpResponse::Ok().json(test))
}
