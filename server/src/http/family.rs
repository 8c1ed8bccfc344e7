//! A family member's phone (家族): the person agrees on their own phone (or staff record a
//! paper consent) and gets a one-time code for it; the person sees and unbinds family phones.
//! The family phone redeems its code at `POST /enroll` like any phone.

use actix_web::{delete, get, post, web, HttpResponse};

use crate::auth::{PhoneAuth, StaffAuth};
use crate::db::family;
use crate::domain::ids::{DeviceId, ParticipantId};
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;
use crate::wire::family::{FamilyCode, FamilyConsentOnPaper, FamilyConsentOnPhone, FamilyPhones};

/// The family phones bound now, and the words the person reads before agreeing to another
/// (the person's own phone only).
#[utoipa::path(tag = "participant", security(("bearer" = [])), responses(
    (status = 200, body = FamilyPhones),
    (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody)))]
#[get("/me/family-phones")]
pub async fn my_family_phones(
    state: web::Data<AppState>,
    auth: PhoneAuth,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let phones = state
        .db
        .run(move |conn| family::phones(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(phones))
}

/// The person agrees, on their own phone, that a family member's phone may read the notebook
/// and record on their behalf: the answer is the one-time code for that phone.
#[utoipa::path(tag = "participant", security(("bearer" = [])),
    request_body = FamilyConsentOnPhone, responses(
    (status = 201, body = FamilyCode),
    (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody),
    (status = 413, body = ErrorBody),
    (status = 422, body = ErrorBody)))]
#[post("/me/family-phones/code")]
pub async fn agree_family_phone(
    state: web::Data<AppState>,
    auth: PhoneAuth,
    body: web::Json<FamilyConsentOnPhone>,
) -> Result<HttpResponse, AppError> {
    let (scope, body) = (auth.0, body.into_inner());
    let code = state
        .db
        .write(move |conn| family::agree_on_phone(conn, &scope, &body.wording_version))
        .await?;
    Ok(HttpResponse::Created().json(code))
}

/// The person unbinds a family phone: its very next request is refused.
#[utoipa::path(tag = "participant", security(("bearer" = [])),
    params(("device_id" = String, Path, description = "the family phone's device id")),
    responses((status = 204), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[delete("/me/family-phones/{device_id}")]
pub async fn unbind_family_phone(
    state: web::Data<AppState>,
    auth: PhoneAuth,
    path: web::Path<DeviceId>,
) -> Result<HttpResponse, AppError> {
    let (scope, device_id) = (auth.0, path.into_inner());
    state
        .db
        .write(move |conn| family::unbind(conn, &scope, &device_id))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Staff record the person's consent to a family phone, signed on paper, and get the code to
/// hand over. Staff unbind a family phone like any of the person's phones.
#[utoipa::path(tag = "staff", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    request_body = FamilyConsentOnPaper, responses(
    (status = 201, body = FamilyCode),
    (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody),
    (status = 404, body = ErrorBody),
    (status = 413, body = ErrorBody),
    (status = 422, body = ErrorBody)))]
#[post("/participants/{id}/family-code")]
pub async fn create_family_code(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    body: web::Json<FamilyConsentOnPaper>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, body) = (auth.0, path.into_inner(), body.into_inner());
    let code = state
        .db
        .write(move |conn| family::agree_on_paper(conn, &scope, &id, &body.paper_kept_at))
        .await?;
    Ok(HttpResponse::Created().json(code))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(my_family_phones)
        .service(agree_family_phone)
        .service(unbind_family_phone)
        .service(create_family_code);
}
