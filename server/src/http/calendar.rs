//! Staff's session schedule as a calendar feed (iCalendar): its address carries a random key,
//! stored only as a hash, revocable at any time; every fetch is audited.

use actix_web::{delete, get, post, web, HttpRequest, HttpResponse};

use crate::auth::StaffAuth;
use crate::db::calendar;
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;
use crate::wire::calendar::{Feed, NewFeed};

/// The caller's calendar feeds.
#[utoipa::path(tag = "calendar", security(("bearer" = [])),
    responses((status = 200, body = Vec<Feed>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
#[get("/calendar-feeds")]
pub async fn list_calendar_feeds(
    state: web::Data<AppState>,
    auth: StaffAuth,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let list = state
        .db
        .run(move |conn| calendar::list(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A new feed of the caller's session schedule; its address is shown once.
#[utoipa::path(tag = "calendar", security(("bearer" = [])),
    responses((status = 201, body = NewFeed), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
#[post("/calendar-feeds")]
pub async fn create_calendar_feed(
    state: web::Data<AppState>,
    auth: StaffAuth,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let base = super::origin(&state, &req);
    let feed = state
        .db
        .write(move |conn| calendar::create(conn, &scope, &base))
        .await?;
    Ok(HttpResponse::Created().json(feed))
}

/// Stops a feed at once.
#[utoipa::path(tag = "calendar", security(("bearer" = [])),
    params(("feed_id" = String, Path, description = "feed id")),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody), (status = 403, body = ErrorBody)))]
#[delete("/calendar-feeds/{feed_id}")]
pub async fn revoke_calendar_feed(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    state
        .db
        .write(move |conn| calendar::revoke(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The session schedule as iCalendar (RFC 5545). The token in the address is the key.
#[utoipa::path(tag = "calendar",
    params(("token" = String, Path, description = "the feed's token, followed by .ics")),
    responses((status = 200, content_type = "text/calendar", body = String), (status = 404, body = ErrorBody)))]
#[get("/calendar/{token}")]
pub async fn calendar_feed(
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let file = path.into_inner();
    let token = file
        .strip_suffix(".ics")
        .ok_or(AppError::NotFound)?
        .to_owned();
    let today = state.clock.today();
    let (owner, events, follow_ups) = state
        .db
        .audited(move |conn| calendar::events(conn, &token, today))
        .await?;
    let host = state
        .config
        .public_url
        .clone()
        .unwrap_or_else(|| "dekita.invalid".into());
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header(("Cache-Control", "private, no-store"))
        .body(crate::http::ical::render(
            &owner,
            &host,
            &events,
            &follow_ups,
            crate::db::now(),
        )))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(list_calendar_feeds)
        .service(create_calendar_feed)
        .service(revoke_calendar_feed)
        .service(calendar_feed);
}
