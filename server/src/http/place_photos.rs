//! Photos of the places in the directory (通いの場・地域資源): coordinators add them (each with
//! the words a screen reader says for it), take them off and put them in order; every staff
//! member of the municipality sees them with the place, served like every other picture at
//! `/media/{id}/{size}`. The upload goes through the same checks and processing as a diary
//! photo (JPEG or PNG only, sizes checked from the header, re-encoded without metadata).

use actix_web::{delete, web, HttpRequest, HttpResponse};
use serde::Deserialize;
use utoipa::IntoParams;

use super::daily::{processed, read_limited};
use crate::auth::StaffAuth;
use crate::db::places;
use crate::domain::ids::{MediaId, PlaceId};
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;
use crate::wire::places::{Place, PlacePhotoOrder};

#[derive(Debug, Deserialize, IntoParams)]
pub struct PhotoCaption {
    /// What the photo shows, in words (required; at most 120 characters): shown under it and
    /// read out by screen readers.
    pub caption: Option<String>,
}

/// Adds a photo to a place (the body is the JPEG or PNG file itself; the caption in the query).
/// At most six photos a place.
#[utoipa::path(post, path = "/places/{place_id}/photos", tag = "exit", security(("bearer" = [])),
    params(("place_id" = String, Path, description = "place id"), PhotoCaption),
    request_body(content = Vec<u8>, content_type = "image/jpeg"),
    responses((status = 201, body = Place), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, description = "the place has six photos already", body = ErrorBody),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody),
    (status = 503, description = "every turn to decode is taken; try again after `Retry-After`", body = ErrorBody)))]
pub async fn add_place_photo(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<PlaceId>,
    query: web::Query<PhotoCaption>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let (scope, place_id) = (auth.0, path.into_inner());
    let caption = query.into_inner().caption.unwrap_or_default();
    // Refused before a byte of the picture is read: another town's place, a caller who does
    // not keep the directory, no caption, no room.
    let caption = {
        let (scope, place_id) = (scope.clone(), place_id.clone());
        state
            .db
            .run(move |conn| places::may_add_photo(conn, &scope, &place_id, &caption))
            .await?
    };
    let p = processed(&state, read_limited(&req, payload).await?).await?;
    let id = MediaId::generate();
    let size = (p.width, p.height);
    state.media.put(&id, p).await?;
    let stored = id.clone();
    let kept = state
        .db
        .write(move |conn| places::add_photo(conn, &scope, &place_id, &stored, size, &caption))
        .await;
    match kept {
        Ok(place) => Ok(HttpResponse::Created().json(place)),
        Err(e) => {
            // Refused at the last moment (another upload took the sixth place): the pictures
            // go too.
            if let Err(gone) = state.media.remove(&id).await {
                tracing::warn!("a refused place photo's pictures stay behind: {gone}");
            }
            Err(e)
        }
    }
}

/// Puts a place's photos in a new order (every one of them, each once).
#[utoipa::path(put, path = "/places/{place_id}/photos", tag = "exit", security(("bearer" = [])),
    params(("place_id" = String, Path, description = "place id")),
    request_body = PlacePhotoOrder,
    responses((status = 200, body = Place), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn reorder_place_photos(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<PlaceId>,
    body: web::Json<PlacePhotoOrder>,
) -> Result<HttpResponse, AppError> {
    let (scope, place_id, order) = (auth.0, path.into_inner(), body.into_inner());
    let place = state
        .db
        .write(move |conn| places::reorder_photos(conn, &scope, &place_id, &order.photo_ids))
        .await?;
    Ok(HttpResponse::Ok().json(place))
}

/// Takes a photo off a place; its pictures are deleted.
#[utoipa::path(tag = "exit", security(("bearer" = [])),
    params(("place_id" = String, Path, description = "place id"),
           ("photo_id" = String, Path, description = "the photo's picture id")),
    responses((status = 200, body = Place), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[delete("/places/{place_id}/photos/{photo_id}")]
pub async fn remove_place_photo(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<(PlaceId, MediaId)>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let (place_id, id) = path.into_inner();
    let removed = id.clone();
    let place = state
        .db
        .write(move |conn| places::remove_photo(conn, &scope, &place_id, &removed))
        .await?;
    if let Err(e) = state.media.remove(&id).await {
        tracing::warn!("a removed place photo's pictures stay behind: {e}");
    }
    Ok(HttpResponse::Ok().json(place))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    use crate::http::methods;
    cfg.service(
        web::resource("/places/{place_id}/photos")
            .route(web::post().to(add_place_photo))
            .route(web::put().to(reorder_place_photos))
            .default_service(web::to(methods::fallback)),
    )
    .service(remove_place_photo);
}
