//! The therapist's program: assessment, 興味関心チェックシート, goals, the twelve sessions with
//! interviews and performance tests, a cohort at a glance, and the calendar feed.
//!
//! Staff documents are versioned: GET answers carry `ETag: "N"`, and a save must send
//! `If-Match: "N"` (`"0"` for a new document); a stale version gets 412 with the stored
//! document, so both can be shown side by side.

use actix_web::{get, patch, post, put, web, HttpRequest, HttpResponse};
use serde::Serialize;

use crate::auth::{can, May, ParticipantAuth, StaffAuth};
use crate::db::assessments::{
    self, Assessment, AssessmentInput, Checklist, ChecklistInput, Checklists, Phase,
};
use crate::db::goals::{self, Goal, GoalUpdate, MyGoal, NewGoal};
use crate::db::interviews::{self, Interview, InterviewInput};
use crate::db::overview::{self, Overview, StaffingInput};
use crate::db::performance::{self, PerformanceInput, PerformanceTest};
use crate::db::sessions::{
    self, Completion, Discontinuation, NewMakeup, NewSchedule, Program, SessionChange,
};
use crate::domain::ids::{CohortId, ParticipantId};
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;

/// The version a save started from, from `If-Match: "N"` (weak or bare forms accepted).
fn if_match(req: &HttpRequest) -> Result<i32, AppError> {
    let raw = req
        .headers()
        .get(actix_web::http::header::IF_MATCH)
        .ok_or(AppError::PreconditionRequired)?
        .to_str()
        .map_err(|_| AppError::PreconditionRequired)?;
    // `"N"`, `W/"N"` or a bare `N`, as the documented pattern says.
    let raw = raw.trim();
    let raw = raw.strip_prefix("W/").unwrap_or(raw);
    let digits = raw
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .unwrap_or(raw);
    Some(digits)
        .filter(|d| (1..=9).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|d| d.parse::<i32>().ok())
        .ok_or_else(|| AppError::validation("If-Match の版の形式が正しくありません。"))
}

fn versioned<T: Serialize>(
    status: actix_web::http::StatusCode,
    version: i32,
    body: &T,
) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header((actix_web::http::header::ETAG, format!("\"{version}\"")))
        .json(body)
}

fn ok_versioned<T: Serialize>(version: i32, body: &T) -> HttpResponse {
    versioned(actix_web::http::StatusCode::OK, version, body)
}

fn session_number(raw: &str) -> Result<i32, AppError> {
    raw.parse::<i32>()
        .ok()
        .filter(|n| (1..=12).contains(n))
        .ok_or(AppError::NotFound)
}

// --- assessment ---

/// The assessment visit (アセスメント訪問); version 0 when not yet written.
#[utoipa::path(tag = "program", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Assessment), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/assessment")]
pub async fn get_assessment(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let doc = state
        .db
        .audited(move |conn| assessments::get_assessment(conn, &scope, &id))
        .await?;
    Ok(ok_versioned(doc.version, &doc))
}

/// Saves the assessment (If-Match: the version the editor started from).
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = AssessmentInput,
    params(("id" = String, Path, description = "participant id"),
           ("If-Match" = String, Header, pattern = r#"^(W/)?("[0-9]{1,9}"|[0-9]{1,9})$"#, description = "\"N\": the version the editor started from (`\"0\"` for a new document)")),
    responses((status = 200, body = Assessment), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 412, body = ErrorBody, description = "saved by someone else first: `current` holds it"),
    (status = 422, body = ErrorBody), (status = 428, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[put("/participants/{id}/assessment")]
pub async fn save_assessment(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    req: HttpRequest,
    body: web::Json<AssessmentInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    let expected = if_match(&req)?;
    let doc = state
        .db
        .write(move |conn| assessments::save_assessment(conn, &scope, &id, expected, &input))
        .await?;
    Ok(ok_versioned(doc.version, &doc))
}

/// The 興味関心チェックシート at the start and at graduation.
#[utoipa::path(tag = "program", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Checklists), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/interest-checklists")]
pub async fn get_interest_checklists(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let doc = state
        .db
        .audited(move |conn| assessments::get_checklists(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(doc))
}

/// Saves one phase's checklist (assessment | graduation).
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = ChecklistInput,
    params(("id" = String, Path, description = "participant id"),
           ("phase" = String, Path, description = "assessment | graduation"),
           ("If-Match" = String, Header, pattern = r#"^(W/)?("[0-9]{1,9}"|[0-9]{1,9})$"#, description = "\"N\": the version the editor started from (`\"0\"` for a new document)")),
    responses((status = 200, body = Checklist), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 412, body = ErrorBody), (status = 422, body = ErrorBody), (status = 428, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[put("/participants/{id}/interest-checklists/{phase}")]
pub async fn save_interest_checklist(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<(ParticipantId, String)>,
    req: HttpRequest,
    body: web::Json<ChecklistInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, (id, phase), input) = (auth.0, path.into_inner(), body.into_inner());
    // In an address, an unknown phase is a page that is not there.
    let phase = Phase::from_text(&phase).map_err(|_| AppError::NotFound)?;
    let expected = if_match(&req)?;
    let doc = state
        .db
        .write(move |conn| assessments::save_checklist(conn, &scope, &id, phase, expected, &input))
        .await?;
    Ok(ok_versioned(doc.version, &doc))
}

// --- goals ---

/// The person's goals, oldest first; raised goals stay as history.
#[utoipa::path(tag = "program", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Vec<Goal>), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/goals")]
pub async fn list_goals(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let list = state
        .db
        .audited(move |conn| goals::list(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// A new goal in the person's words, with its small steps.
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = NewGoal,
    params(("id" = String, Path, description = "participant id")),
    responses((status = 201, body = Goal), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[post("/participants/{id}/goals")]
pub async fn create_goal(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    body: web::Json<NewGoal>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, new) = (auth.0, path.into_inner(), body.into_inner());
    let goal = state
        .db
        .write(move |conn| goals::create(conn, &scope, &id, &new))
        .await?;
    Ok(versioned(
        actix_web::http::StatusCode::CREATED,
        goal.version,
        &goal,
    ))
}

/// Updates a goal, its steps and ratings (If-Match).
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = GoalUpdate,
    params(("id" = String, Path, description = "participant id"), ("goal_id" = String, Path, description = "goal id"),
           ("If-Match" = String, Header, pattern = r#"^(W/)?("[0-9]{1,9}"|[0-9]{1,9})$"#, description = "\"N\": the version the editor started from (`\"0\"` for a new document)")),
    responses((status = 200, body = Goal), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 412, body = ErrorBody), (status = 422, body = ErrorBody), (status = 428, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[put("/participants/{id}/goals/{goal_id}")]
pub async fn update_goal(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<(ParticipantId, String)>,
    req: HttpRequest,
    body: web::Json<GoalUpdate>,
) -> Result<HttpResponse, AppError> {
    let (scope, (id, goal_id), input) = (auth.0, path.into_inner(), body.into_inner());
    let expected = if_match(&req)?;
    let goal = state
        .db
        .write(move |conn| goals::update(conn, &scope, &id, &goal_id, expected, &input))
        .await?;
    Ok(ok_versioned(goal.version, &goal))
}

/// 「次は」「もっと」: a new goal following this one, which is kept as history.
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = NewGoal,
    params(("id" = String, Path, description = "participant id"), ("goal_id" = String, Path, description = "goal id")),
    responses((status = 201, body = Goal), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody), (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[post("/participants/{id}/goals/{goal_id}/raise")]
pub async fn raise_goal(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<(ParticipantId, String)>,
    body: web::Json<NewGoal>,
) -> Result<HttpResponse, AppError> {
    let (scope, (id, goal_id), new) = (auth.0, path.into_inner(), body.into_inner());
    let goal = state
        .db
        .write(move |conn| goals::raise(conn, &scope, &id, &goal_id, &new))
        .await?;
    Ok(versioned(
        actix_web::http::StatusCode::CREATED,
        goal.version,
        &goal,
    ))
}

// --- sessions ---

/// The twelve sessions, attendance, and whether the person stopped.
#[utoipa::path(tag = "program", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Program), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/sessions")]
pub async fn get_sessions(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let program = state
        .db
        .audited(move |conn| sessions::get_program(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(program))
}

/// Makes the twelve sessions (weekly from the first date; chosen numbers as home visits).
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = NewSchedule,
    params(("id" = String, Path, description = "participant id")),
    responses((status = 201, body = Program), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody), (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[post("/participants/{id}/sessions")]
pub async fn generate_sessions(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    body: web::Json<NewSchedule>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, new) = (auth.0, path.into_inner(), body.into_inner());
    let program = state
        .db
        .write(move |conn| sessions::generate(conn, &scope, &id, &new))
        .await?;
    Ok(HttpResponse::Created().json(program))
}

/// Reschedules a session, changes 通所/訪問, or records attendance (出席・欠席).
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = SessionChange,
    params(("id" = String, Path, description = "participant id"), ("number" = i32, Path, description = "1–12")),
    responses((status = 200, body = Program), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody), (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[patch("/participants/{id}/sessions/{number}")]
pub async fn change_session(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<(ParticipantId, String)>,
    body: web::Json<SessionChange>,
) -> Result<HttpResponse, AppError> {
    let (scope, (id, number), change) = (auth.0, path.into_inner(), body.into_inner());
    let number = session_number(&number)?;
    let program = state
        .db
        .write(move |conn| sessions::change(conn, &scope, &id, number, &change))
        .await?;
    Ok(HttpResponse::Ok().json(program))
}

/// A make-up (振替) of a missed twelfth session: it moves to a later day, and the missed day is
/// kept.
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = NewMakeup,
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Program), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody, description = "session 12 was not missed, or made up twice already"),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/participants/{id}/makeup")]
pub async fn add_makeup(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    body: web::Json<NewMakeup>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    let program = state
        .db
        .write(move |conn| sessions::add_makeup(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Ok().json(program))
}

/// The therapist declares the program complete (修了), with the reason — for a person who
/// missed the last session and will not make it up.
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = Completion,
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Program), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody, description = "not in the program (not started, or over)"),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/participants/{id}/completion")]
pub async fn complete_program(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    body: web::Json<Completion>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    let program = state
        .db
        .write(move |conn| sessions::complete(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Ok().json(program))
}

/// Records a discontinuation (中断) with its reason.
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = Discontinuation,
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Program), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 409, body = ErrorBody), (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[post("/participants/{id}/discontinuation")]
pub async fn discontinue(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
    body: web::Json<Discontinuation>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    let program = state
        .db
        .write(move |conn| sessions::discontinue(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Ok().json(program))
}

/// The interview of one session, with the previous agreed step; version 0 when not yet written.
#[utoipa::path(tag = "program", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id"), ("number" = i32, Path, description = "1–12")),
    responses((status = 200, body = Interview), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/sessions/{number}/interview")]
pub async fn get_interview(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<(ParticipantId, String)>,
) -> Result<HttpResponse, AppError> {
    let (scope, (id, number)) = (auth.0, path.into_inner());
    let number = session_number(&number)?;
    let doc = state
        .db
        .audited(move |conn| interviews::get_interview(conn, &scope, &id, number))
        .await?;
    Ok(ok_versioned(doc.version, &doc))
}

/// Saves the interview (If-Match).
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = InterviewInput,
    params(("id" = String, Path, description = "participant id"), ("number" = i32, Path, description = "1–12"),
           ("If-Match" = String, Header, pattern = r#"^(W/)?("[0-9]{1,9}"|[0-9]{1,9})$"#, description = "\"N\": the version the editor started from (`\"0\"` for a new document)")),
    responses((status = 200, body = Interview), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
    (status = 412, body = ErrorBody), (status = 422, body = ErrorBody), (status = 428, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[put("/participants/{id}/sessions/{number}/interview")]
pub async fn save_interview(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<(ParticipantId, String)>,
    req: HttpRequest,
    body: web::Json<InterviewInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, (id, number), input) = (auth.0, path.into_inner(), body.into_inner());
    let number = session_number(&number)?;
    let expected = if_match(&req)?;
    let doc = state
        .db
        .write(move |conn| interviews::save_interview(conn, &scope, &id, number, expected, &input))
        .await?;
    Ok(ok_versioned(doc.version, &doc))
}

/// Performance test results, by session.
#[utoipa::path(tag = "program", security(("bearer" = [])),
    params(("id" = String, Path, description = "participant id")),
    responses((status = 200, body = Vec<PerformanceTest>), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/participants/{id}/performance-tests")]
pub async fn list_performance_tests(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<ParticipantId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let list = state
        .db
        .audited(move |conn| performance::list_tests(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Records the performance tests taken at a session (plausible ranges checked).
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = PerformanceInput,
    params(("id" = String, Path, description = "participant id"), ("number" = i32, Path, description = "1–12")),
    responses((status = 200, body = PerformanceTest), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[put("/participants/{id}/sessions/{number}/performance-test")]
pub async fn save_performance_test(
    state: web::Data<AppState>,
    auth: StaffAuth,
    path: web::Path<(ParticipantId, String)>,
    body: web::Json<PerformanceInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, (id, number), input) = (auth.0, path.into_inner(), body.into_inner());
    let number = session_number(&number)?;
    let test = state
        .db
        .write(move |conn| performance::save_test(conn, &scope, &id, number, &input))
        .await?;
    Ok(HttpResponse::Ok().json(test))
}

// --- a cohort at a glance ---

/// Who is at which session, who needs attention, graduation dates, the staffing check.
#[utoipa::path(tag = "program", security(("bearer" = [])),
    params(("cohort_id" = String, Path, description = "cohort id")),
    responses((status = 200, body = Overview), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[get("/cohorts/{cohort_id}/overview")]
pub async fn cohort_overview(
    state: web::Data<AppState>,
    auth: May<can::ReadCohortOverview>,
    path: web::Path<CohortId>,
) -> Result<HttpResponse, AppError> {
    let (scope, id) = (auth.0, path.into_inner());
    let overview = state
        .db
        .audited(move |conn| overview::overview(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::Ok().json(overview))
}

/// Places, room and staff of a cohort, for the staffing check.
#[utoipa::path(tag = "program", security(("bearer" = [])), request_body = StaffingInput,
    params(("cohort_id" = String, Path, description = "cohort id")),
    responses((status = 200, body = Overview), (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody), (status = 413, body = ErrorBody)))]
#[put("/cohorts/{cohort_id}/staffing")]
pub async fn set_cohort_staffing(
    state: web::Data<AppState>,
    auth: May<can::CheckStaffing>,
    path: web::Path<CohortId>,
    body: web::Json<StaffingInput>,
) -> Result<HttpResponse, AppError> {
    let (scope, id, input) = (auth.0, path.into_inner(), body.into_inner());
    let overview = state
        .db
        .write(move |conn| overview::set_staffing(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Ok().json(overview))
}

// --- participant mode ---

/// The participant's own active goals, in their words.
#[utoipa::path(tag = "participant", security(("bearer" = [])), responses(
    (status = 200, body = Vec<MyGoal>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
#[get("/me/goals")]
pub async fn my_goals(
    state: web::Data<AppState>,
    auth: ParticipantAuth,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let list = state.db.run(move |conn| goals::mine(conn, &scope)).await?;
    Ok(HttpResponse::Ok().json(list))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(get_assessment)
        .service(save_assessment)
        .service(get_interest_checklists)
        .service(save_interest_checklist)
        .service(list_goals)
        .service(create_goal)
        .service(update_goal)
        .service(raise_goal)
        .service(get_sessions)
        .service(generate_sessions)
        .service(change_session)
        .service(discontinue)
        .service(add_makeup)
        .service(complete_program)
        .service(get_interview)
        .service(save_interview)
        .service(list_performance_tests)
        .service(save_performance_test)
        .service(cohort_overview)
        .service(set_cohort_staffing)
        .service(my_goals);
}
