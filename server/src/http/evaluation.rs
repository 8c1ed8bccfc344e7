//! The program's outcome figures for the municipality: on the screen, on paper and as CSV.

use actix_web::{get, web, HttpResponse};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::auth::{can, May};
use crate::db::evaluation::{self, Evaluation, Filter};
use crate::domain::ids::{CohortId, ProviderId};
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;

#[derive(Debug, Deserialize, IntoParams)]
pub struct EvaluationQuery {
    /// The fiscal year by its first year (2026 = April 2026 to March 2027); this year's by default.
    pub fiscal_year: Option<i32>,
    /// Only this provider's cohorts.
    #[param(value_type = Option<String>)]
    pub provider_id: Option<ProviderId>,
    /// Only this cohort.
    #[param(value_type = Option<String>)]
    pub cohort_id: Option<CohortId>,
}

async fn load(
    state: &AppState,
    auth: May<can::ReadEvaluation>,
    query: EvaluationQuery,
) -> Result<Evaluation, AppError> {
    let scope = auth.0;
    let filter = Filter {
        fiscal_year: query
            .fiscal_year
            .unwrap_or_else(|| evaluation::fiscal_year_of(scope.today)),
        provider_id: query.provider_id,
        cohort_id: query.cohort_id,
    };
    state
        .db
        .audited(move |conn| evaluation::evaluation(conn, &scope, &filter))
        .await
}

/// The funnel, the rates (each with numerator, denominator, rule and missing), 改善・維持・悪化
/// on each indicator, by entry profile, and 稼働率 — counts only, never a person.
#[utoipa::path(tag = "municipality", security(("bearer" = [])), params(EvaluationQuery), responses(
    (status = 200, body = Evaluation), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
    (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/evaluation")]
pub async fn get_evaluation(
    state: web::Data<AppState>,
    auth: May<can::ReadEvaluation>,
    query: web::Query<EvaluationQuery>,
) -> Result<HttpResponse, AppError> {
    let report = load(&state, auth, query.into_inner()).await?;
    Ok(HttpResponse::Ok().json(report))
}

/// The same figures as CSV for Excel (UTF-8 with BOM), one figure a line.
#[utoipa::path(tag = "municipality", security(("bearer" = [])), params(EvaluationQuery), responses(
    (status = 200, content_type = "text/csv", body = String), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/evaluation/csv")]
pub async fn get_evaluation_csv(
    state: web::Data<AppState>,
    auth: May<can::ReadEvaluation>,
    query: web::Query<EvaluationQuery>,
) -> Result<HttpResponse, AppError> {
    let report = load(&state, auth, query.into_inner()).await?;
    let name = format!("dekita-evaluation-{}.csv", report.fiscal_year);
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"{name}\""),
        ))
        .body(evaluation::to_csv(&report)))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(get_evaluation).service(get_evaluation_csv);
}
