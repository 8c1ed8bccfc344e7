//! The participant's notebook (介護予防手帳) and the safety limits the phone judges home
//! readings by: each is one read for the person's own phone.

use actix_web::{get, post, web, HttpResponse};

use crate::auth::{ParticipantAuth, PhoneAuth};
use crate::db::notebook;
use crate::domain::notebook::SelfCheckResult;
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;
use crate::wire::notebook::{MySafety, NewSelfCheck, Notebook};

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

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(my_notebook)
        .service(my_safety)
        .service(save_self_check);
}
