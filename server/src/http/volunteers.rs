//! The circle (循環型): the volunteer registry and its activity log, matching volunteers to the
//! directory's open roles, the export for ボランティアポイント, the sign-up on the person's phone,
//! and the structured referrer with the feedback drafted for them. Thin: the data layer decides
//! who sees what (the provider its graduates, a coordinator through a live consent).

use actix_web::{get, post, put, web, HttpResponse};
use chrono::NaiveDate;
use serde::Deserialize;
use utoipa::IntoParams;

use crate::auth::{ParticipantAuth, StaffAuth};
use crate::db::{referrer_feedback, volunteers};
use crate::domain::ids::{ParticipantId, VolunteerId};
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;
use crate::wire::volunteers::{
    ActivityInput, FeedbackPage, FeedbackSend, MySignUp, MyVolunteer, ReceivedFeedback, Referrer,
    ReferrerInput, RoleMatch, StatusChange, Volunteer, VolunteerInput, VolunteerList,
};

/// The volunteer registry the caller may see, with the circle's counts: the provider its
/// graduates, a coordinator only through a live `volunteer_registry` consent naming them, the
/// municipality every consented registration.
#[utoipa::path(tag = "volunteers", security(("bearer" = [])),
    responses((status = 200, body = VolunteerList), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody)))]
#[get("/volunteers")]
pub async fn list_volunteers(
    state: web::Data<AppState>,
    auth: StaffAuth,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let list = state
        .db
        .audited(move |conn| volunteers::list(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct Period {
    /// First day (inclusive).
    pub from: NaiveDate,
    /// Last day (inclusive).
    pub to: NaiveDate,
}

/// The activity of the consented registry in a period, as CSV for Excel (UTF-8 with BOM), for
/// ボランティアポイント.
#[utoipa::path(tag = "volunteers", security(("bearer" = [])), params(Period, super::CsvOptions), responses(
    (status = 200, content_type = "text/csv", body = String), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[get("/volunteers/activity.csv")]
pub async fn volunteer_activity_csv(
    state: web::Data<AppState>,
    auth: StaffAuth,
    query: web::Query<Period>,
    options: web::Query<super::CsvOptions>,
) -> Result<HttpResponse, AppError> {
    let (scope, q) = (auth.0, query.into_inner());
    let name = format!("dekita-volunteers-{}-{}.csv", q.from, q.to);
    let csv = state
        .db
        .audited(move |conn| volunteers::activity_csv(conn, &scope, q.from, q.to))
        .await?;
    super::csv_download(&name, csv, &options)
}

/// One registration with its activity log.
#[utoipa::path(tag = "volunteers", security(("bearer" = [])),
    params(("volunteer_id" = String, Path, description = "volunteer id")),
    responses((status = 200, body = Volunteer), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/volunteers/{volunteer_id}")]
pub async fn get_volunteer(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<VolunteerId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let v = state
        .db
        .audited(move |conn| volunteers::get(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(v))
}

/// Keeps the registration: roles wanted, skills and former work, availability, 圏域, trainings.
#[utoipa::path(tag = "volunteers", security(("bearer" = [])), request_body = VolunteerInput,
    params(("volunteer_id" = String, Path, description = "volunteer id")),
    responses((status = 200, body = Volunteer), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[put("/volunteers/{volunteer_id}")]
pub async fn update_volunteer(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<VolunteerId>,
    body: web::Json<VolunteerInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    let v = state
        .db
        .write(move |conn| volunteers::update(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Ok().json(v))
}

/// Moves the status: interested → trained → active → paused (and back to active).
#[utoipa::path(tag = "volunteers", security(("bearer" = [])), request_body = StatusChange,
    params(("volunteer_id" = String, Path, description = "volunteer id")),
    responses((status = 200, body = Volunteer), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody, description = "not a step the rule allows"),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/volunteers/{volunteer_id}/status")]
pub async fn change_volunteer_status(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<VolunteerId>,
    body: web::Json<StatusChange>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, change) = (auth.0, path.into_inner(), body.into_inner());
    let v = state
        .db
        .write(move |conn| volunteers::change_status(conn, &scope, &id, &change))
        .await?;
    Ok(HttpResponse::Ok().json(v))
}

/// Logs an activity of an active volunteer: date, place, role, time.
#[utoipa::path(tag = "volunteers", security(("bearer" = [])), request_body = ActivityInput,
    params(("volunteer_id" = String, Path, description = "volunteer id")),
    responses((status = 201, body = Volunteer), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody, description = "not active"),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/volunteers/{volunteer_id}/activities")]
pub async fn log_volunteer_activity(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<VolunteerId>,
    body: web::Json<ActivityInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    let v = state
        .db
        .write(move |conn| volunteers::log_activity(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Created().json(v))
}

/// The directory's open roles that suit the volunteer, best first, each with its reasons.
#[utoipa::path(tag = "volunteers", security(("bearer" = [])),
    params(("volunteer_id" = String, Path, description = "volunteer id")),
    responses((status = 200, body = Vec<RoleMatch>), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/volunteers/{volunteer_id}/matches")]
pub async fn volunteer_matches(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<VolunteerId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let list = state
        .db
        .audited(move |conn| volunteers::matches(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A person's volunteer registration, if any (`null` otherwise).
#[utoipa::path(tag = "volunteers", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Option<Volunteer>), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/volunteer")]
pub async fn participant_volunteer(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let v = state
        .db
        .audited(move |conn| volunteers::of_participant(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(v))
}

/// Registers a graduate who said yes to the offer (at graduation or the 6-month follow-up —
/// never a condition).
#[utoipa::path(tag = "volunteers", security(("bearer" = [])), request_body = VolunteerInput,
    params(("id" = String, Path, description = "participant id")),
    responses((status = 201, body = Volunteer), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody, description = "not a graduate, or already registered"),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/participants/{id}/volunteer")]
pub async fn register_volunteer(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    body: web::Json<VolunteerInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    let v = state
        .db
        .write(move |conn| volunteers::register(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Created().json(v))
}

/// The person's own registration and the roles to choose from, on their phone.
#[utoipa::path(tag = "participant", security(("bearer" = [])), responses(
    (status = 200, body = MyVolunteer), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
#[get("/me/volunteer")]
pub async fn my_volunteer(
    state: web::Data<AppState>,
    auth: ParticipantAuth,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let mine = state
        .db
        .run(move |conn| volunteers::mine(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(mine))
}

/// The person says on their phone that they would like to help (関心あり).
#[utoipa::path(tag = "participant", security(("bearer" = [])), request_body = MySignUp,
    responses((status = 200, body = MyVolunteer), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 409, body = ErrorBody),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/me/volunteer")]
pub async fn sign_up_volunteer(
    state: web::Data<AppState>,
    auth: ParticipantAuth,
    body: web::Json<MySignUp>,
) -> Result<HttpResponse, AppError> {
    let (scope, input) = (auth.0, body.into_inner());
    let mine = state
        .db
        .write(move |conn| volunteers::sign_up(conn, &scope, &input))
        .await?;
    Ok(HttpResponse::Ok().json(mine))
}

/// Who referred the person (`null` when not recorded).
#[utoipa::path(tag = "volunteers", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Option<Referrer>), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/referrer")]
pub async fn get_referrer(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let r = state
        .db
        .audited(move |conn| referrer_feedback::get(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(r))
}

/// Records who referred the person: kind, organisation, person, contact — a 包括 user, or a
/// graduate volunteer (the circle).
#[utoipa::path(tag = "volunteers", security(("bearer" = [])), request_body = ReferrerInput,
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Referrer), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[put("/participants/{id}/referrer")]
pub async fn set_referrer(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    body: web::Json<ReferrerInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    let r = state
        .db
        .write(move |conn| referrer_feedback::set(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Ok().json(r))
}

/// The feedback to the person's referrer: each event (start, discontinuation, completion,
/// connection), drafted from the record within the consented parts, or as it was sent.
#[utoipa::path(tag = "volunteers", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = FeedbackPage), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/referrer-feedback")]
pub async fn referrer_feedback_page(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let page = state
        .db
        .audited(move |conn| referrer_feedback::page(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Staff confirm a feedback (as drafted or edited): to a 包括 user's inbox, or as a letter.
#[utoipa::path(tag = "volunteers", security(("bearer" = [])), request_body = FeedbackSend,
    params(("id" = String, Path, description = "participant id")),
    responses((status = 201, body = FeedbackPage), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody, description = "no live consent, no such event, or already sent"),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/participants/{id}/referrer-feedback")]
pub async fn send_referrer_feedback(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    body: web::Json<FeedbackSend>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    let page = state
        .db
        .write(move |conn| referrer_feedback::send(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Created().json(page))
}

/// A 包括 user's feedback about the people they referred; a withdrawn consent leaves a
/// tombstone.
#[utoipa::path(tag = "volunteers", security(("bearer" = [])),
    responses((status = 200, body = Vec<ReceivedFeedback>), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody)))]
#[get("/referrer-feedback")]
pub async fn referrer_feedback_inbox(
    state: web::Data<AppState>,
    auth: StaffAuth,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let list = state
        .db
        .audited(move |conn| referrer_feedback::inbox(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    // The CSV before `/volunteers/{volunteer_id}`, which would otherwise take its path.
    cfg.service(volunteer_activity_csv)
        .service(list_volunteers)
        .service(get_volunteer)
        .service(update_volunteer)
        .service(change_volunteer_status)
        .service(log_volunteer_activity)
        .service(volunteer_matches)
        .service(participant_volunteer)
        .service(register_volunteer)
        .service(my_volunteer)
        .service(sign_up_volunteer)
        .service(get_referrer)
        .service(set_referrer)
        .service(referrer_feedback_page)
        .service(send_referrer_feedback)
        .service(referrer_feedback_inbox);
}
