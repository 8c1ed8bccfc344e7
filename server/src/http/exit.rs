//! The program's exit (出口): consents, the graduation review and the explanation of the end,
//! handoffs to a 生活支援コーディネーター and the coordinator's inbox, and the participant's own
//! consents and summary on the phone. Thin: the data layer decides who sees what.

use actix_web::{get, post, put, web, HttpRequest, HttpResponse};

use super::versioned::{create_versioned, read_versioned, save_versioned, versioned_by_field};
use crate::auth::{ParticipantAuth, StaffAuth};
use crate::db::{consents, graduation, handoffs, places};
use crate::domain::ids::{ConsentId, HandoffId, ParticipantId, PlaceId};
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;
use crate::wire::consents::{Agreement, Consent, MyConsent, NewConsent};
use crate::wire::graduation::{
    EndExplanation, EndExplanationInput, GraduationInput, GraduationReview, GraduationRule,
    MyGraduation,
};
use crate::wire::handoffs::{
    AttendanceInput, CoordinatorRef, HandoffChange, HandoffDetail, InboxItem, NewHandoff,
    StaffHandoff, Suggestions,
};
use crate::wire::places::{Place, PlaceInput};

versioned_by_field!(GraduationReview, EndExplanation, Place);

// --- consents (staff) ---

/// A person's consents, one per purpose and recipient, newest first.
#[utoipa::path(tag = "exit", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Vec<Consent>), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/consents")]
pub async fn list_consents(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let list = state
        .db
        .audited(move |conn| consents::list(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Asks for a consent (the person answers on their phone), or records one given on paper or
/// by a family member.
#[utoipa::path(tag = "exit", security(("bearer" = [])), request_body = NewConsent,
    params(("id" = String, Path, description = "participant id")),
    responses((status = 201, body = Consent), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/participants/{id}/consents")]
pub async fn create_consent(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    body: web::Json<NewConsent>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, new) = (auth.0, path.into_inner(), body.into_inner());
    let consent = state
        .db
        .write(move |conn| consents::create(conn, &scope, &id, &new))
        .await?;
    Ok(HttpResponse::Created().json(consent))
}

/// Staff record that the person withdrew a consent: access ends at once.
#[utoipa::path(tag = "exit", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id"),
           ("consent_id" = String, Path, description = "consent id")),
    responses((status = 200, body = Consent), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
#[post("/participants/{id}/consents/{consent_id}/withdraw")]
pub async fn withdraw_consent(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<(ParticipantId, ConsentId)>,
) -> Result<HttpResponse, AppError> {
    let (scope, (id, consent_id)) = (auth.0, path.into_inner());
    let consent = state
        .db
        .write(move |conn| consents::withdraw_by_staff(conn, &scope, &id, &consent_id))
        .await?;
    Ok(HttpResponse::Ok().json(consent))
}

// --- graduation review ---

/// The graduation review and summary, prefilled from the record; version 0 until written.
#[utoipa::path(tag = "exit", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = GraduationReview), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/graduation")]
pub async fn get_graduation(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    read_versioned(&state, move |conn| graduation::get(conn, &scope, &id)).await
}

/// Saves the review (If-Match: the version the editor started from).
#[utoipa::path(tag = "exit", security(("bearer" = [])), request_body = GraduationInput,
    params(("id" = String, Path, description = "participant id"),
           ("If-Match" = String, Header, pattern = r#"^(W/)?("[0-9]{1,9}"|[0-9]{1,9})$"#, description = "\"N\": the version the editor started from (`\"0\"` for a new document)")),
    responses((status = 200, body = GraduationReview), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 412, body = ErrorBody, description = "saved by someone else first: `current` holds it"),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody), (status = 428, body = ErrorBody)))]
#[put("/participants/{id}/graduation")]
pub async fn save_graduation(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    req: HttpRequest,
    body: web::Json<GraduationInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    save_versioned(&state, &req, move |conn, expected| {
        graduation::save(conn, &scope, &id, expected, &input)
    })
    .await
}

/// At 導入: how the program's end was explained, and the person's wish for after it.
#[utoipa::path(tag = "exit", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = EndExplanation), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/graduation/explanation")]
pub async fn get_end_explanation(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    read_versioned(&state, move |conn| {
        graduation::get_explanation(conn, &scope, &id)
    })
    .await
}

/// Records the explanation of the end and the wish (If-Match).
#[utoipa::path(tag = "exit", security(("bearer" = [])), request_body = EndExplanationInput,
    params(("id" = String, Path, description = "participant id"),
           ("If-Match" = String, Header, pattern = r#"^(W/)?("[0-9]{1,9}"|[0-9]{1,9})$"#, description = "\"N\": the version the editor started from (`\"0\"` for a new document)")),
    responses((status = 200, body = EndExplanation), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 412, body = ErrorBody), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody), (status = 428, body = ErrorBody)))]
#[put("/participants/{id}/graduation/explanation")]
pub async fn save_end_explanation(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    req: HttpRequest,
    body: web::Json<EndExplanationInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    save_versioned(&state, &req, move |conn, expected| {
        graduation::save_explanation(conn, &scope, &id, expected, &input)
    })
    .await
}

// --- handoffs (the person's staff) ---

/// The coordinators of the caller's municipality, to choose a recipient.
#[utoipa::path(tag = "exit", security(("bearer" = [])),
    responses((status = 200, body = Vec<CoordinatorRef>), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody)))]
#[get("/coordinators")]
pub async fn list_coordinators(
    state: web::Data<AppState>,
    auth: StaffAuth,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let list = state
        .db
        .run(move |conn| handoffs::coordinators(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A person's handoffs, with their dated history.
#[utoipa::path(tag = "exit", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Vec<StaffHandoff>), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/handoffs")]
pub async fn list_participant_handoffs(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let list = state
        .db
        .audited(move |conn| handoffs::list_for(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Starts a handoff to a coordinator named by a live consent (from session 6 on).
#[utoipa::path(tag = "exit", security(("bearer" = [])), request_body = NewHandoff,
    params(("id" = String, Path, description = "participant id")),
    responses((status = 201, body = StaffHandoff), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/participants/{id}/handoffs")]
pub async fn start_handoff(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    body: web::Json<NewHandoff>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, new) = (auth.0, path.into_inner(), body.into_inner());
    let handoff = state
        .db
        .write(move |conn| handoffs::start(conn, &scope, &id, &new))
        .await?;
    Ok(HttpResponse::Created().json(handoff))
}

// --- the coordinator's inbox ---

/// The coordinator's inbox: handoffs addressed to them (or their team); a withdrawn or ended
/// consent shows as a tombstone without data.
#[utoipa::path(tag = "exit", security(("bearer" = [])),
    responses((status = 200, body = Vec<InboxItem>), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody)))]
#[get("/handoffs")]
pub async fn handoff_inbox(
    state: web::Data<AppState>,
    auth: StaffAuth,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let list = state
        .db
        .audited(move |conn| handoffs::inbox(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// One handoff, with only the parts the person's consent shares. After a withdrawal:
/// 403 `consent_withdrawn`.
#[utoipa::path(tag = "exit", security(("bearer" = [])),
    params(("handoff_id" = String, Path, description = "handoff id")),
    responses((status = 200, body = HandoffDetail), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody, description = "`forbidden`, or `consent_withdrawn` once the person withdrew"),
    (status = 404, body = ErrorBody)))]
#[get("/handoffs/{handoff_id}")]
pub async fn get_handoff(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<HandoffId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let detail = state
        .db
        .audited(move |conn| handoffs::get(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(detail))
}

/// The coordinator records the next step (acknowledged, contacted, proposed, trial,
/// connected, not connected with a reason), dated and by them.
#[utoipa::path(tag = "exit", security(("bearer" = [])), request_body = HandoffChange,
    params(("handoff_id" = String, Path, description = "handoff id")),
    responses((status = 200, body = HandoffDetail), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody, description = "`forbidden`, or `consent_withdrawn` once the person withdrew"),
    (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/handoffs/{handoff_id}/state")]
pub async fn change_handoff(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<HandoffId>,
    body: web::Json<HandoffChange>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, change) = (auth.0, path.into_inner(), body.into_inner());
    let detail = state
        .db
        .write(move |conn| handoffs::advance(conn, &scope, &id, &change))
        .await?;
    Ok(HttpResponse::Ok().json(detail))
}

/// The coordinator records whether a connected person still attends their place; "no longer"
/// (or not seen for four weeks) becomes an attention item in their inbox.
#[utoipa::path(tag = "exit", security(("bearer" = [])), request_body = AttendanceInput,
    params(("handoff_id" = String, Path, description = "handoff id")),
    responses((status = 200, body = HandoffDetail), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody, description = "`forbidden`, or `consent_withdrawn` once the person withdrew"),
    (status = 404, body = ErrorBody), (status = 409, body = ErrorBody, description = "not connected to a place"),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/handoffs/{handoff_id}/attendance")]
pub async fn record_place_attendance(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<HandoffId>,
    body: web::Json<AttendanceInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    let detail = state
        .db
        .write(move |conn| handoffs::record_attendance(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Ok().json(detail))
}

/// The top places for the handed-off person, with the score and its reasons in words (from
/// what the consent shares, filtered by 圏域 and transport).
#[utoipa::path(tag = "exit", security(("bearer" = [])),
    params(("handoff_id" = String, Path, description = "handoff id")),
    responses((status = 200, body = Suggestions), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody, description = "`forbidden`, or `consent_withdrawn` once the person withdrew"),
    (status = 404, body = ErrorBody)))]
#[get("/handoffs/{handoff_id}/suggestions")]
pub async fn handoff_suggestions(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<HandoffId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let found = state
        .db
        .audited(move |conn| handoffs::suggestions(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(found))
}

// --- the municipality's rule for 卒業 ---

/// Whether support B/D counts as 卒業 here, and the rule in words (any staff member).
#[utoipa::path(tag = "exit", security(("bearer" = [])),
    responses((status = 200, body = GraduationRule), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody)))]
#[get("/municipality/graduation-rule")]
pub async fn get_graduation_rule(
    state: web::Data<AppState>,
    auth: StaffAuth,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let rule = state
        .db
        .run(move |conn| graduation::rule(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(rule))
}

/// Sets whether support B/D counts as 卒業 (the municipality's administrator).
#[utoipa::path(tag = "exit", security(("bearer" = [])), request_body = GraduationRule,
    responses((status = 200, body = GraduationRule), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[put("/municipality/graduation-rule")]
pub async fn set_graduation_rule(
    state: web::Data<AppState>,
    auth: StaffAuth,
    body: web::Json<GraduationRule>,
) -> Result<HttpResponse, AppError> {
    let (scope, input) = (auth.0, body.into_inner());
    let rule = state
        .db
        .write(move |conn| graduation::set_rule(conn, &scope, &input))
        .await?;
    Ok(HttpResponse::Ok().json(rule))
}

// --- the places directory ---

/// The places directory (通いの場・地域資源) of the caller's municipality.
#[utoipa::path(tag = "exit", security(("bearer" = [])),
    responses((status = 200, body = Vec<Place>), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody)))]
#[get("/places")]
pub async fn list_places(
    state: web::Data<AppState>,
    auth: StaffAuth,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let list = state.db.run(move |conn| places::list(conn, &scope)).await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Adds a place (coordinators keep the directory).
#[utoipa::path(tag = "exit", security(("bearer" = [])), request_body = PlaceInput,
    responses((status = 201, body = Place), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/places")]
pub async fn create_place(
    state: web::Data<AppState>,
    auth: StaffAuth,
    body: web::Json<PlaceInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, input) = (auth.0, body.into_inner());
    create_versioned(&state, move |conn| places::create(conn, &scope, &input)).await
}

/// Saves a place (If-Match: the version the editor started from).
#[utoipa::path(tag = "exit", security(("bearer" = [])), request_body = PlaceInput,
    params(("place_id" = String, Path, description = "place id"),
           ("If-Match" = String, Header, pattern = r#"^(W/)?("[0-9]{1,9}"|[0-9]{1,9})$"#, description = "\"N\": the version the editor started from")),
    responses((status = 200, body = Place), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 412, body = ErrorBody), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody), (status = 428, body = ErrorBody)))]
#[put("/places/{place_id}")]
pub async fn update_place(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<PlaceId>,
    req: HttpRequest,
    body: web::Json<PlaceInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    save_versioned(&state, &req, move |conn, expected| {
        places::update(conn, &scope, &id, expected, &input)
    })
    .await
}

// --- participant mode ---

/// Every consent of the person, with the words they read.
#[utoipa::path(tag = "participant", security(("bearer" = [])), responses(
    (status = 200, body = Vec<MyConsent>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
#[get("/me/consents")]
pub async fn my_consents(
    state: web::Data<AppState>,
    auth: ParticipantAuth,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let list = state
        .db
        .run(move |conn| consents::mine(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// The person agrees on their phone, having read the words of `wording_version`.
#[utoipa::path(tag = "participant", security(("bearer" = [])), request_body = Agreement,
    params(("consent_id" = String, Path, description = "consent id")),
    responses((status = 200, body = MyConsent), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/me/consents/{consent_id}/agree")]
pub async fn agree_consent(
    state: web::Data<AppState>,
    auth: ParticipantAuth,
    path: web::Path<ConsentId>,
    body: web::Json<Agreement>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, agreement) = (auth.0, path.into_inner(), body.into_inner());
    let consent = state
        .db
        .write(move |conn| consents::give_on_device(conn, &scope, &id, &agreement))
        .await?;
    Ok(HttpResponse::Ok().json(consent))
}

/// The person withdraws (or declines) a consent on their phone; it takes effect at once.
#[utoipa::path(tag = "participant", security(("bearer" = [])),
    params(("consent_id" = String, Path, description = "consent id")),
    responses((status = 200, body = MyConsent), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
#[post("/me/consents/{consent_id}/withdraw")]
pub async fn withdraw_my_consent(
    state: web::Data<AppState>,
    auth: ParticipantAuth,
    path: web::Path<ConsentId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let consent = state
        .db
        .write(move |conn| consents::withdraw_on_device(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(consent))
}

/// The person's way to 卒業 (the day, their wish, the rule) and, once written, their summary.
#[utoipa::path(tag = "participant", security(("bearer" = [])), responses(
    (status = 200, body = MyGraduation), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
#[get("/me/graduation")]
pub async fn my_graduation(
    state: web::Data<AppState>,
    auth: ParticipantAuth,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let summary = state
        .db
        .run(move |conn| graduation::mine(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(summary))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(list_consents)
        .service(create_consent)
        .service(withdraw_consent)
        .service(get_graduation)
        .service(save_graduation)
        .service(get_end_explanation)
        .service(save_end_explanation)
        .service(list_coordinators)
        .service(list_participant_handoffs)
        .service(start_handoff)
        .service(handoff_inbox)
        .service(get_handoff)
        .service(change_handoff)
        .service(record_place_attendance)
        .service(handoff_suggestions)
        .service(get_graduation_rule)
        .service(set_graduation_rule)
        .service(list_places)
        .service(create_place)
        .service(update_place)
        .service(my_consents)
        .service(agree_consent)
        .service(withdraw_my_consent)
        .service(my_graduation);
}
