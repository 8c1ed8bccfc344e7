//! Personal-data requests (個人情報保護法): 開示, 訂正の請求, 利用停止. The administrator's.

use actix_web::{delete, get, http::header, post, web, HttpResponse};

use crate::auth::StaffAuth;
use crate::db::privacy;
use crate::domain::ids::ParticipantId;
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;
use crate::wire::privacy::{CorrectionInput, Disclosure, PrivacyRequests, UseStopInput};

/// Everything dekita holds about one participant, as one JSON file (開示). Audited.
#[utoipa::path(tag = "staff", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Disclosure), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/disclosure")]
pub async fn disclosure(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let today = scope.today;
    let document = state
        .db
        .audited(move |conn| privacy::disclose(conn, &scope, &id))
        .await?;
    let file = format!("dekita-disclosure-{today}.json");
    Ok(super::download("application/json", &file)
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .json(document))
}

/// The person's correction requests and whether use of their data is stopped. Audited.
#[utoipa::path(tag = "staff", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = PrivacyRequests), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/privacy")]
pub async fn privacy_requests(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let answer = state
        .db
        .audited(move |conn| privacy::requests(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(answer))
}

/// Records a correction request (訂正の請求) and how it was handled.
#[utoipa::path(tag = "staff", security(("bearer" = [])), request_body = CorrectionInput,
    params(("id" = String, Path, description = "participant id")),
    responses((status = 201, body = PrivacyRequests), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 422, body = ErrorBody)))]
#[post("/participants/{id}/corrections")]
pub async fn record_correction_request(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    body: web::Json<CorrectionInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    let saved = state
        .db
        .write(move |conn| privacy::record_correction(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Created().json(saved))
}

/// Stops use of the person's data (利用停止): only the administrator reads the record from
/// now on, and the person's phones are unbound.
#[utoipa::path(tag = "staff", security(("bearer" = [])), request_body = UseStopInput,
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = PrivacyRequests), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/participants/{id}/use-stop")]
pub async fn stop_use(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    body: web::Json<UseStopInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    let saved = state
        .db
        .write(move |conn| privacy::stop_use(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Ok().json(saved))
}

/// Lifts the stop of use.
#[utoipa::path(tag = "staff", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = PrivacyRequests), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody)))]
#[delete("/participants/{id}/use-stop")]
pub async fn lift_use_stop(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let saved = state
        .db
        .write(move |conn| privacy::lift_use_stop(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(saved))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(disclosure)
        .service(privacy_requests)
        .service(record_correction_request)
        .service(stop_use)
        .service(lift_use_stop);
}
