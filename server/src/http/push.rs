//! Web push: the server's public key, each phone's subscription, the reminder a participant
//! chose, and words of recognition from staff.

use actix_web::{delete, get, post, put, web, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::{ParticipantAuth, StaffAuth};
use crate::db::push as push_db;
use crate::domain::ids::ParticipantId;
use crate::error::{AppError, ErrorBody};
use crate::push::validate_target;
use crate::state::AppState;
use crate::wire::push::{NewRecognition, Recognition, Reminder};

#[derive(Serialize, ToSchema)]
pub struct PublicKey {
    /// The VAPID public key (uncompressed P-256 point, base64url without padding): the
    /// `applicationServerKey` of `pushManager.subscribe`.
    pub public_key: String,
}

/// The browser's `PushSubscription.toJSON()` (other fields are ignored).
#[derive(Deserialize, ToSchema)]
pub struct SubscriptionInput {
    /// The push service's address for this phone (https).
    pub endpoint: String,
    pub keys: SubscriptionKeys,
}

#[derive(Deserialize, ToSchema)]
pub struct SubscriptionKeys {
    /// The browser's P-256 public key, base64url.
    pub p256dh: String,
    /// The 16-byte authentication secret, base64url.
    pub auth: String,
}

#[derive(Deserialize, ToSchema)]
pub struct Unsubscribe {
    pub endpoint: String,
}

/// The key browsers need to subscribe to this server's notifications. Public.
#[utoipa::path(tag = "push", responses((status = 200, body = PublicKey)))]
#[get("/push/public-key")]
pub async fn push_public_key(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok().json(PublicKey {
        public_key: state.vapid.public_key_base64url(),
    })
}

/// Registers this phone's push subscription (again, when the browser renews it).
#[utoipa::path(tag = "participant", security(("bearer" = [])), request_body = SubscriptionInput,
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
    (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[put("/me/push-subscription")]
pub async fn subscribe_push(
    state: web::Data<AppState>,
    auth: ParticipantAuth,
    body: web::Json<SubscriptionInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, input) = (auth.0, body.into_inner());
    let target = validate_target(
        &input.endpoint,
        &input.keys.p256dh,
        &input.keys.auth,
        &state.config.push_services,
        state.config.push_allow_loopback_http,
    )?;
    state
        .db
        .write(move |conn| push_db::subscribe(conn, &scope, &target))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Stops notifications to this subscription (the person turned them off on this phone).
#[utoipa::path(tag = "participant", security(("bearer" = [])), request_body = Unsubscribe,
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[delete("/me/push-subscription")]
pub async fn unsubscribe_push(
    state: web::Data<AppState>,
    auth: ParticipantAuth,
    body: web::Json<Unsubscribe>,
) -> Result<HttpResponse, AppError> {
    let (scope, input) = (auth.0, body.into_inner());
    state
        .db
        .write(move |conn| push_db::unsubscribe(conn, &scope, &input.endpoint))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The reminders the participant chose (a daily time, and session days).
#[utoipa::path(tag = "participant", security(("bearer" = [])),
    responses((status = 200, body = Reminder), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
#[get("/me/reminder")]
pub async fn get_reminder(
    state: web::Data<AppState>,
    auth: ParticipantAuth,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let reminder = state
        .db
        .run(move |conn| push_db::reminder(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(reminder))
}

/// Chooses the daily reminder time ("HH:MM", Japan time, or null for none) and whether to be
/// reminded on session days.
#[utoipa::path(tag = "participant", security(("bearer" = [])), request_body = Reminder,
    responses((status = 200, body = Reminder), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
    (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[put("/me/reminder")]
pub async fn set_reminder(
    state: web::Data<AppState>,
    auth: ParticipantAuth,
    body: web::Json<Reminder>,
) -> Result<HttpResponse, AppError> {
    let (scope, input) = (auth.0, body.into_inner());
    let reminder = state
        .db
        .write(move |conn| push_db::set_reminder(conn, &scope, &input))
        .await?;
    Ok(HttpResponse::Ok().json(reminder))
}

/// Sends a word of recognition (承認) to the participant's phones, as 「（名前）さんから：…」.
/// The participant's therapist or nurse only.
#[utoipa::path(tag = "staff", security(("bearer" = [])), request_body = NewRecognition,
    params(("id" = String, Path, description = "participant id")),
    responses((status = 202, body = Recognition), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[post("/participants/{id}/recognitions")]
pub async fn send_recognition(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    body: web::Json<NewRecognition>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    let sent = state
        .db
        .write(move |conn| push_db::recognize(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Accepted().json(sent))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(push_public_key)
        .service(subscribe_push)
        .service(unsubscribe_push)
        .service(get_reminder)
        .service(set_reminder)
        .service(send_recognition);
}
