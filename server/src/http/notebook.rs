//! The participant's notebook (介護予防手帳) and the safety limits the phone judges home
//! readings by: each is one read for the person's own phone. Staff read the same notebook to
//! print it for the person.

use actix_web::{get, post, web, HttpResponse};

use crate::auth::{ParticipantAuth, PhoneAuth, StaffAuth};
use crate::db::notebook;
use crate::domain::ids::ParticipantId;
use crate::domain::notebook::SelfCheckResult;
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;
use crate::wire::notebook::{MySafety, NewSelfCheck, Notebook, StaffNotebook};

/// The person's whole notebook: わたしのこと, わたしの目標, できたこと, からだの記録 (by week and
/// month, readings judged), the last セルフチェック and 予定.
#[utoipa::path(tag = "participant", security(("bearer" = [])), responses(
    (status = 200, body = Notebook),
    (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody)))]
#[get("/me/notebook")]
pub async fn my_notebook(
    state: web::Data<AppState>,
    auth: PhoneAuth,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let book = state
        .db
        .run(move |conn| notebook::notebook(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(book))
}

/// The municipality's limits for exercising today (defaults: the JARM safety guideline) and
/// whom to call: the phone keeps them to judge a reading with no signal.
#[utoipa::path(tag = "participant", security(("bearer" = [])), responses(
    (status = 200, body = MySafety),
    (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody)))]
#[get("/me/safety")]
pub async fn my_safety(
    state: web::Data<AppState>,
    auth: PhoneAuth,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let safety = state
        .db
        .run(move |conn| notebook::my_safety(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(safety))
}

/// The person's セルフチェック (the 25-item 基本チェックリスト): kept, and judged by the seven
/// criteria; any criterion met → the phone suggests a talk with the 地域包括支援センター.
#[utoipa::path(tag = "participant", security(("bearer" = [])), request_body = NewSelfCheck,
    responses(
    (status = 201, body = SelfCheckResult),
    (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody),
    (status = 413, body = ErrorBody),
    (status = 422, body = ErrorBody)))]
#[post("/me/self-checks")]
pub async fn save_self_check(
    state: web::Data<AppState>,
    auth: ParticipantAuth,
    body: web::Json<NewSelfCheck>,
) -> Result<HttpResponse, AppError> {
    let (scope, new) = (auth.0, body.into_inner());
    let result = state
        .db
        .write(move |conn| notebook::save_self_check(conn, &scope, &new))
        .await?;
    Ok(HttpResponse::Created().json(result))
}

/// A person's whole notebook, as their phone shows it, for staff to print it for them as an
/// A4 booklet (手帳を印刷). After 修了, what the person recorded is shown only under a live
/// consent that shares follow-up results (`shown_until` says where it stops). Audited.
#[utoipa::path(tag = "staff", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = StaffNotebook), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/notebook")]
pub async fn participant_notebook(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let book = state
        .db
        .audited(move |conn| notebook::for_staff(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(book))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(participant_notebook)
        .service(my_notebook)
        .service(my_safety)
        .service(save_self_check);
}
