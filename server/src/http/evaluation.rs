//! The program's outcome figures for the municipality: on the screen, on paper and as CSV.

use actix_web::{get, put, web, HttpResponse};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::auth::{can, May};
use crate::db::evaluation::{self, Filter};
use crate::db::evaluation_people;
use crate::db::evaluation_settings;
use crate::domain::ids::{CohortId, ProviderId};
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;
use crate::wire::evaluation::{
    CostActualReport, CostPlan, CostReport, Evaluation, EvaluationSettings,
};

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

/// What a figures request counts: its year (this fiscal year by default), provider and cohort.
fn filter_of(scope: &crate::db::StaffScope, query: EvaluationQuery) -> Filter {
    Filter {
        fiscal_year: query
            .fiscal_year
            .unwrap_or_else(|| evaluation::fiscal_year_of(scope.today)),
        provider_id: query.provider_id,
        cohort_id: query.cohort_id,
    }
}

async fn load(
    state: &AppState,
    auth: May<can::ReadEvaluation>,
    query: EvaluationQuery,
) -> Result<Evaluation, AppError> {
    let scope = auth.0;
    let filter = filter_of(&scope, query);
    state
        .db
        .audited_wide(move |conn, spare| evaluation::evaluation(conn, spare, &scope, &filter))
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
#[utoipa::path(tag = "municipality", security(("bearer" = [])), params(EvaluationQuery, super::CsvOptions), responses(
    (status = 200, content_type = "text/csv", body = String), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/evaluation/csv")]
pub async fn get_evaluation_csv(
    state: web::Data<AppState>,
    auth: May<can::ReadEvaluation>,
    query: web::Query<EvaluationQuery>,
    options: web::Query<super::CsvOptions>,
) -> Result<HttpResponse, AppError> {
    let report = load(&state, auth, query.into_inner()).await?;
    let name = format!("dekita-evaluation-{}.csv", report.fiscal_year);
    super::csv_download(&name, evaluation::to_csv(&report), &options)
}

/// The person-level file behind the figures, pseudonymised, for the municipality's own
/// analysis (CSV for Excel): one line per enrollment counted, a 仮ID (the same for a person in
/// every year's file), the age in five-year bands, the standing, reasons, outcome, changes
/// and follow-up statuses — no name, birth date, address or dekita id. Audited.
#[utoipa::path(tag = "municipality", security(("bearer" = [])), params(EvaluationQuery, super::CsvOptions), responses(
    (status = 200, content_type = "text/csv", body = String), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/evaluation/people.csv")]
pub async fn get_evaluation_people_csv(
    state: web::Data<AppState>,
    auth: May<can::ReadEvaluation>,
    query: web::Query<EvaluationQuery>,
    options: web::Query<super::CsvOptions>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let filter = filter_of(&scope, query.into_inner());
    let name = format!("dekita-evaluation-people-{}.csv", filter.fiscal_year);
    let key = state
        .db
        .write(|conn| crate::db::keys::get_or_create(conn, evaluation_people::PSEUDONYM_KEY))
        .await?;
    let csv = state
        .db
        .audited_wide(move |conn, spare| {
            evaluation_people::people_csv(conn, spare, &scope, &filter, &key)
        })
        .await?;
    super::csv_download(&name, csv, &options)
}

/// The municipality's headline indicator for 改善・維持・悪化 and the margins that count as a
/// change, with each rule in words (the documented defaults until the administrator saves).
#[utoipa::path(tag = "municipality", security(("bearer" = [])), responses(
    (status = 200, body = EvaluationSettings), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
#[get("/evaluation/settings")]
pub async fn get_evaluation_settings(
    state: web::Data<AppState>,
    auth: May<can::ReadEvaluation>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let settings = state
        .db
        .run(move |conn| evaluation_settings::settings(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(settings))
}

/// Sets the headline indicator and the margins (the municipality's administrator); audited.
#[utoipa::path(tag = "municipality", security(("bearer" = [])), request_body = EvaluationSettings,
    responses((status = 200, body = EvaluationSettings), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[put("/evaluation/settings")]
pub async fn set_evaluation_settings(
    state: web::Data<AppState>,
    auth: May<can::SetEvaluationSettings>,
    body: web::Json<EvaluationSettings>,
) -> Result<HttpResponse, AppError> {
    let (scope, input) = (auth.0, body.into_inner());
    let settings = state
        .db
        .write(move |conn| evaluation_settings::set_settings(conn, &scope, &input))
        .await?;
    Ok(HttpResponse::Ok().json(settings))
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct YearQuery {
    /// The fiscal year by its first year (2026 = April 2026 to March 2027); this year's by default.
    pub fiscal_year: Option<i32>,
}

/// The planned cost-effectiveness (費用対効果) of one fiscal year: the assumptions and the
/// year's unit prices, and every figure with the numbers it was made from and its rule.
#[utoipa::path(tag = "municipality", security(("bearer" = [])), params(YearQuery), responses(
    (status = 200, body = CostReport), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
    (status = 422, body = ErrorBody)))]
#[get("/evaluation/cost")]
pub async fn get_cost_effectiveness(
    state: web::Data<AppState>,
    auth: May<can::ReadEvaluation>,
    query: web::Query<YearQuery>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let year = query
        .fiscal_year
        .unwrap_or_else(|| evaluation::fiscal_year_of(scope.today));
    let report = state
        .db
        .run(move |conn| evaluation_settings::cost_report(conn, &scope, year))
        .await?;
    Ok(HttpResponse::Ok().json(report))
}

/// Saves the year's assumptions and unit prices (the municipality's administrator); audited.
#[utoipa::path(tag = "municipality", security(("bearer" = [])), params(YearQuery), request_body = CostPlan,
    responses((status = 200, body = CostReport), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[put("/evaluation/cost")]
pub async fn set_cost_plan(
    state: web::Data<AppState>,
    auth: May<can::SetEvaluationSettings>,
    query: web::Query<YearQuery>,
    body: web::Json<CostPlan>,
) -> Result<HttpResponse, AppError> {
    let (scope, input) = (auth.0, body.into_inner());
    let year = query
        .fiscal_year
        .unwrap_or_else(|| evaluation::fiscal_year_of(scope.today));
    let report = state
        .db
        .write(move |conn| evaluation_settings::set_cost_plan(conn, &scope, year, &input))
        .await?;
    Ok(HttpResponse::Ok().json(report))
}

/// The cost-effectiveness as CSV for Excel (UTF-8 with BOM): the inputs, the prices, and every
/// figure with its inputs and rule.
#[utoipa::path(tag = "municipality", security(("bearer" = [])), params(YearQuery, super::CsvOptions), responses(
    (status = 200, content_type = "text/csv", body = String), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/evaluation/cost/csv")]
pub async fn get_cost_effectiveness_csv(
    state: web::Data<AppState>,
    auth: May<can::ReadEvaluation>,
    query: web::Query<YearQuery>,
    options: web::Query<super::CsvOptions>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let year = query
        .fiscal_year
        .unwrap_or_else(|| evaluation::fiscal_year_of(scope.today));
    let report = state
        .db
        .run(move |conn| evaluation_settings::cost_report(conn, &scope, year))
        .await?;
    let name = format!("dekita-cost-effectiveness-{year}.csv");
    super::csv_download(&name, evaluation_settings::cost_csv(&report), &options)
}

/// The actual (実績) cost-effectiveness of one fiscal year, from the data: the rates and the
/// months without formal services observed in follow-ups, each input with its numerator,
/// denominator and missing count; the avoided cost observed so far apart from the one
/// projected to the plan's effect period.
#[utoipa::path(tag = "municipality", security(("bearer" = [])), params(YearQuery), responses(
    (status = 200, body = CostActualReport), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/evaluation/cost/actual")]
pub async fn get_cost_actual(
    state: web::Data<AppState>,
    auth: May<can::ReadEvaluation>,
    query: web::Query<YearQuery>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let year = query
        .fiscal_year
        .unwrap_or_else(|| evaluation::fiscal_year_of(scope.today));
    let report = state
        .db
        .audited_wide(move |conn, spare| {
            evaluation_settings::cost_actual(conn, spare, &scope, year)
        })
        .await?;
    Ok(HttpResponse::Ok().json(report))
}

/// The actual cost-effectiveness as CSV for Excel (UTF-8 with BOM, CRLF).
#[utoipa::path(tag = "municipality", security(("bearer" = [])), params(YearQuery, super::CsvOptions), responses(
    (status = 200, content_type = "text/csv", body = String), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/evaluation/cost/actual/csv")]
pub async fn get_cost_actual_csv(
    state: web::Data<AppState>,
    auth: May<can::ReadEvaluation>,
    query: web::Query<YearQuery>,
    options: web::Query<super::CsvOptions>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let year = query
        .fiscal_year
        .unwrap_or_else(|| evaluation::fiscal_year_of(scope.today));
    let report = state
        .db
        .audited_wide(move |conn, spare| {
            evaluation_settings::cost_actual(conn, spare, &scope, year)
        })
        .await?;
    let name = format!("dekita-cost-effectiveness-actual-{year}.csv");
    super::csv_download(
        &name,
        evaluation_settings::cost_actual_csv(&report),
        &options,
    )
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(get_evaluation)
        .service(get_evaluation_csv)
        .service(get_evaluation_people_csv)
        .service(get_evaluation_settings)
        .service(set_evaluation_settings)
        .service(get_cost_effectiveness)
        .service(set_cost_plan)
        .service(get_cost_effectiveness_csv)
        .service(get_cost_actual)
        .service(get_cost_actual_csv);
}
