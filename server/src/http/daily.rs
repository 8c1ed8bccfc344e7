//! The daily loop: the exercise library, prescriptions, the phone's sync (records in, changes
//! out), photos, and the therapist's view of the day-to-day.

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use crate::auth::{can, AnyAuth, May, ParticipantAuth, PhoneAuth, StaffAuth};
use crate::db::daily::{self, Viewer};
use crate::domain::ids::{MediaId, ParticipantId};
use crate::error::{AppError, ErrorBody};
use crate::media::{self, Size};
use crate::state::AppState;
use crate::wire::daily::{
    Batch, Changes, DailyView, EventResult, ExerciseInfo, NewLocalExercise, NewPrescription,
    Prescription,
};

/// Sync batches are larger than forms: up to 200 records.
pub const SYNC_LIMIT: usize = 512 * 1024;

/// The exercise library: built-in and the municipality's own.
#[utoipa::path(tag = "daily", security(("bearer" = [])),
    responses((status = 200, body = Vec<ExerciseInfo>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
#[get("/exercises")]
pub async fn list_exercises(
    state: web::Data<AppState>,
    auth: StaffAuth,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let list = state
        .db
        .run(move |conn| daily::list_exercises(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Adds one of the municipality's own exercises (e.g. the town's 体操).
#[utoipa::path(tag = "daily", security(("bearer" = [])), request_body = NewLocalExercise,
    responses((status = 201, body = ExerciseInfo), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[post("/exercises")]
pub async fn create_exercise(
    state: web::Data<AppState>,
    auth: May<can::ManageLocalExercises>,
    body: web::Json<NewLocalExercise>,
) -> Result<HttpResponse, AppError> {
    let (scope, new) = (auth.0, body.into_inner());
    let created = state
        .db
        .write(move |conn| daily::create_local_exercise(conn, &scope, &new))
        .await?;
    Ok(HttpResponse::Created().json(created))
}

/// Checks the header (a refusal never waits), waits for a turn to decode, and processes the
/// photo holding that turn until the decode ends.
pub(crate) async fn processed(
    state: &AppState,
    body: web::Bytes,
) -> Result<media::Processed, AppError> {
    let blocked = |e: actix_web::error::BlockingError| AppError::Internal(format!("media: {e}"));
    let body = web::block(move || media::check(&body).map(|_| body))
        .await
        .map_err(blocked)??;
    let turn = state.decodes.turn().await?;
    web::block(move || {
        let processed = media::process(&body);
        drop(turn);
        processed
    })
    .await
    .map_err(blocked)?
}

/// The picture of a local exercise (the body is the JPEG or PNG file itself).
#[utoipa::path(put, path = "/exercises/{key}/picture", tag = "daily", security(("bearer" = [])),
    params(("key" = String, Path, description = "a local exercise's key")),
    request_body(content = Vec<u8>, content_type = "image/jpeg"),
    responses((status = 200, body = ExerciseInfo), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody),
    (status = 503, description = "every turn to decode is taken; try again after `Retry-After`", body = ErrorBody)))]
pub async fn set_exercise_picture(
    state: web::Data<AppState>,
    auth: May<can::ManageLocalExercises>,
    path: web::Path<String>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let (scope, key) = (auth.0, path.into_inner());
    let (check_scope, check_key) = (scope.clone(), key.clone());
    state
        .db
        .run(move |conn| daily::ensure_local_exercise(conn, &check_scope, &check_key))
        .await?;
    let p = processed(&state, read_limited(&req, payload).await?).await?;
    let id = MediaId::generate();
    let size = (p.width, p.height);
    state.media.put(&id, p).await?;
    let info = state
        .db
        .write(move |conn| daily::set_exercise_picture(conn, &scope, &key, &id, size))
        .await?;
    Ok(HttpResponse::Ok().json(info))
}

/// Every version of a participant's exercise plan, newest first.
#[utoipa::path(tag = "daily", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Vec<Prescription>), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/prescriptions")]
pub async fn list_prescriptions(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let list = state
        .db
        .audited(move |conn| daily::list_prescriptions(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A new version of the plan (exercises with amount, sets and days a week).
#[utoipa::path(tag = "daily", security(("bearer" = [])), request_body = NewPrescription,
    params(("id" = String, Path, description = "participant id")),
    responses((status = 201, body = Prescription), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[post("/participants/{id}/prescriptions")]
pub async fn prescribe(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    body: web::Json<NewPrescription>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, new) = (auth.0, path.into_inner(), body.into_inner());
    let created = state
        .db
        .write(move |conn| {
            let created = daily::prescribe(conn, &scope, &id, &new)?;
            // The week's plan decides "the week's plan met".
            daily::refresh_successes(conn, &id, &scope.municipality_id, scope.today)?;
            Ok(created)
        })
        .await?;
    Ok(HttpResponse::Created().json(created))
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct DailyQuery {
    /// How many weeks back (1–26, default 12).
    #[param(minimum = 1, maximum = 26)]
    pub weeks: Option<u32>,
}

/// The day-to-day: a calendar heat map, the diary, the flags to look at first, successes.
#[utoipa::path(tag = "daily", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id"), DailyQuery),
    responses((status = 200, body = DailyView), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/participants/{id}/daily")]
pub async fn daily_view(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    query: web::Query<DailyQuery>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, weeks) = (auth.0, path.into_inner(), query.weeks.unwrap_or(12));
    if !(1..=26).contains(&weeks) {
        return Err(AppError::validation("weeks は 1〜26 で指定してください。"));
    }
    let view = state
        .db
        .audited(move |conn| daily::daily_view(conn, &scope, &id, weeks))
        .await?;
    Ok(HttpResponse::Ok().json(view))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SyncAnswer {
    /// One answer per record, in the order sent.
    pub results: Vec<EventResult>,
}

/// The phone's outbox: records in one batch, stored once each, answered item by item.
#[utoipa::path(post, path = "/me/events", tag = "participant", security(("bearer" = [])), request_body = Batch,
    responses((status = 200, body = SyncAnswer), (status = 401, body = ErrorBody),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn sync_events(
    state: web::Data<AppState>,
    auth: PhoneAuth,
    body: web::Json<Batch>,
) -> Result<HttpResponse, AppError> {
    let (scope, batch) = (auth.0, body.into_inner());
    // Successes are found here, where records change, in the same write: the new records
    // are judged against what is remembered of the earlier ones (not the whole history).
    let results = state
        .db
        .write(move |conn| {
            let results = daily::sync(conn, &scope, &batch)?;
            if results.iter().any(|r| r.status == "stored") {
                daily::refresh_successes(
                    conn,
                    &scope.participant_id,
                    &scope.municipality_id,
                    scope.today,
                )?;
            }
            Ok(results)
        })
        .await?;
    Ok(HttpResponse::Ok().json(SyncAnswer { results }))
}

/// A returned paper log sheet, entered by staff for the person (代行入力): the same records,
/// checks, client ids and dedupe as the phone's sync, each marked as entered by this staff
/// member from paper. A sheet entered twice (same client ids) is stored once.
#[utoipa::path(tag = "daily", security(("bearer" = [])), request_body = Batch,
    params(("id" = String, Path, description = "The participant")),
    responses((status = 200, body = SyncAnswer), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/participants/{id}/paper-records")]
pub async fn enter_paper(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    body: web::Json<Batch>,
) -> Result<HttpResponse, AppError> {
    let (scope, participant, batch) = (auth.0, path.into_inner(), body.into_inner());
    // Successes are found in the same write, as for the phone's sync.
    let results = state
        .db
        .write(move |conn| {
            let results = daily::enter_paper(conn, &scope, &participant, &batch)?;
            if results.iter().any(|r| r.status == "stored") {
                daily::refresh_successes(conn, &participant, &scope.municipality_id, scope.today)?;
            }
            Ok(results)
        })
        .await?;
    Ok(HttpResponse::Ok().json(SyncAnswer { results }))
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct ChangesQuery {
    /// The `cursor` of the previous answer (RFC 3339; a cursor without an offset, as
    /// earlier app versions kept, is read as UTC).
    #[serde(default, with = "crate::utc::option")]
    pub since: Option<NaiveDateTime>,
}

/// What changed for this phone: today's plan, new successes, messages from staff.
#[utoipa::path(tag = "participant", security(("bearer" = [])), params(ChangesQuery),
    responses((status = 200, body = Changes), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/me/changes")]
pub async fn my_changes(
    state: web::Data<AppState>,
    auth: PhoneAuth,
    query: web::Query<ChangesQuery>,
) -> Result<HttpResponse, AppError> {
    let (scope, since) = (auth.0, query.since);
    let changes = state
        .db
        .run(move |conn| daily::changes(conn, &scope, since))
        .await?;
    Ok(HttpResponse::Ok().json(changes))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PhotoStored {
    #[schema(value_type = String)]
    pub id: MediaId,
    pub width: u32,
    pub height: u32,
}

/// A diary photo (the body is the JPEG or PNG itself); processed before it is kept.
#[utoipa::path(post, path = "/me/photos", tag = "participant", security(("bearer" = [])),
    request_body(content = Vec<u8>, content_type = "image/jpeg"),
    responses((status = 201, body = PhotoStored), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody),
    (status = 503, description = "every turn to decode is taken; try again after `Retry-After`", body = ErrorBody)))]
pub async fn upload_photo(
    state: web::Data<AppState>,
    auth: ParticipantAuth,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let p = processed(&state, read_limited(&req, payload).await?).await?;
    let id = MediaId::generate();
    let (width, height) = (p.width, p.height);
    state.media.put(&id, p).await?;
    let stored_id = id.clone();
    state
        .db
        .write(move |conn| daily::add_photo(conn, &scope, &stored_id, (width, height)))
        .await?;
    Ok(HttpResponse::Created().json(PhotoStored { id, width, height }))
}

/// A stored picture, for whoever may see it (a participant's own photo; staff who may see
/// the participant, audited; exercise pictures of the municipality).
#[utoipa::path(tag = "daily", security(("bearer" = [])),
    params(("media_id" = String, Path, description = "picture id"), ("size" = String, Path, description = "display | thumb")),
    responses((status = 200, content_type = "image/jpeg", body = Vec<u8>), (status = 401, body = ErrorBody),
    (status = 404, body = ErrorBody)))]
#[get("/media/{media_id}/{size}")]
pub async fn get_media(
    state: web::Data<AppState>,
    auth: AnyAuth,
    path: web::Path<(MediaId, String)>,
) -> Result<HttpResponse, AppError> {
    let (id, size) = path.into_inner();
    let size = Size::parse(&size).ok_or(AppError::NotFound)?;
    let check_id = id.clone();
    state
        .db
        .audited(move |conn| {
            let viewer = match &auth {
                AnyAuth::Staff(s) => Viewer::Staff(s),
                AnyAuth::Participant(p) => Viewer::Participant(p),
            };
            daily::may_view_media(conn, &viewer, &check_id)
        })
        .await?;
    let bytes = state.media.get(&id, size).await?;
    Ok(HttpResponse::Ok()
        .content_type("image/jpeg")
        // Photos of a person's home and outings: no cache keeps them, not even the browser's
        // on a shared staff PC. The phone keeps what it needs offline in its own store.
        .insert_header(("Cache-Control", "private, no-store"))
        .body(bytes))
}

/// Reads an uploaded file up to the media limit; a declared or actual larger body is refused
/// at once (413) without reading the rest.
pub(crate) async fn read_limited(
    req: &HttpRequest,
    mut payload: web::Payload,
) -> Result<web::Bytes, AppError> {
    use futures_util::StreamExt;
    let declared = req
        .headers()
        .get(actix_web::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > media::MAX_BYTES) {
        return Err(AppError::PayloadTooLarge);
    }
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|_| {
            AppError::validation("送信が途中で切れました。もう一度お試しください。")
        })?;
        if body.len() + chunk.len() > media::MAX_BYTES {
            return Err(AppError::PayloadTooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    if body.is_empty() {
        return Err(AppError::validation("写真が空です。"));
    }
    Ok(body.freeze())
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    use crate::http::methods;
    let sync_json = crate::http::json_config().limit(SYNC_LIMIT);
    cfg.service(list_exercises)
        .service(create_exercise)
        .service(
            web::resource("/exercises/{key}/picture")
                .route(web::put().to(set_exercise_picture))
                .default_service(web::to(methods::fallback)),
        )
        .service(
            web::resource("/me/photos")
                .route(web::post().to(upload_photo))
                .default_service(web::to(methods::fallback)),
        )
        .service(
            web::resource("/me/events")
                .app_data(sync_json)
                .route(web::post().to(sync_events))
                .default_service(web::to(methods::fallback)),
        )
        .service(list_prescriptions)
        .service(prescribe)
        .service(daily_view)
        .service(enter_paper)
        .service(my_changes)
        .service(get_media);
}
