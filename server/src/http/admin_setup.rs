//! Setting a municipality up and running it: one-time links (set-up, invitation, reset),
//! providers, cohorts, staff accounts and the municipality's settings.

use actix_web::{get, post, put, web, HttpRequest, HttpResponse};
use chrono::NaiveDate;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::account::{staff_session, LoginResponse, TwoFactorChallenge};
use crate::auth::jwt::TicketPurpose;
use crate::auth::{can, password, May, StaffAuth};
use crate::db::tokens::{self, Subject};
use crate::db::two_factor;
use crate::db::{admin, admin_staff};
use crate::domain::holidays::ClosedDay;
use crate::domain::ids::StaffId;
use crate::domain::safety::Thresholds;
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;
use crate::wire::admin::{
    CohortInput, CohortPlan, Invitation, InvitedStaff, IssuedLink, LinkInfo, Provider,
    ProviderInput, RoleChange, Settings, StaffAccount,
};

// --- one-time links ---

#[derive(Deserialize, ToSchema)]
pub struct LinkToken {
    /// The token from the link (the part after `#/welcome/`).
    pub token: String,
}

#[derive(Deserialize, ToSchema)]
pub struct LinkAcceptance {
    pub token: String,
    /// The new password (10 characters or more).
    pub password: String,
}

/// Who a set-up, invitation or reset link is for, before the password is chosen. An unknown,
/// used or expired link is one answer (`invalid_code`).
#[utoipa::path(tag = "account", request_body = LinkToken, responses(
    (status = 200, body = LinkInfo), (status = 401, body = ErrorBody), (status = 413, body = ErrorBody),
    (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)))]
#[post("/staff-links/lookup")]
pub async fn lookup_link(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<LinkToken>,
) -> Result<HttpResponse, AppError> {
    state.enroll_limiter.check(super::client_ip(&req))?;
    let token = body.into_inner().token;
    let info = state
        .db
        .run(move |conn| admin_staff::link_info(conn, &token))
        .await?;
    Ok(HttpResponse::Ok().json(info))
}

/// Sets the password with a one-time link and signs in — or, when a second factor is on or
/// required, answers with a ticket for it (as `POST /auth/login` does).
#[utoipa::path(tag = "account", request_body = LinkAcceptance, responses(
    (status = 200, body = LoginResponse), (status = 401, body = ErrorBody), (status = 413, body = ErrorBody),
    (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)))]
#[post("/staff-links/accept")]
pub async fn accept_link(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<LinkAcceptance>,
) -> Result<HttpResponse, AppError> {
    state.enroll_limiter.check(super::client_ip(&req))?;
    let LinkAcceptance { token, password } = body.into_inner();
    {
        // A spent or unknown link is told before the slow hash.
        let token = token.clone();
        state
            .db
            .run(move |conn| admin_staff::link_info(conn, &token))
            .await?;
    }
    password::check_policy(&password)?;
    let hash = web::block(move || password::hash(&password))
        .await
        .map_err(|e| AppError::Internal(format!("blocking task failed: {e}")))??;
    let st = state.clone();
    let response = state
        .db
        .write(move |conn| {
            let row = admin_staff::redeem(conn, &token, &hash)?;
            let standing = two_factor::standing(conn, &row.id)?;
            if standing.enabled || standing.required {
                let purpose = if standing.enabled {
                    TicketPurpose::Verify
                } else {
                    TicketPurpose::Enroll
                };
                let (ticket, expires_in) = st.keys.two_factor_ticket(&row.id, purpose)?;
                return Ok(LoginResponse::TwoFactor(TwoFactorChallenge {
                    ticket,
                    expires_in,
                    enroll_required: !standing.enabled,
                }));
            }
            let scope = row.scope(st.clock.today())?;
            let refresh_token = tokens::issue(
                conn,
                &Subject::Staff(row.id.clone()),
                None,
                st.refresh_ttl(false),
            )?;
            staff_session(&st, conn, &scope, refresh_token)
                .map(|t| LoginResponse::Signed(Box::new(t)))
        })
        .await?;
    Ok(HttpResponse::Ok().json(response))
}

// --- providers ---

/// The municipality's providers (事業所), deactivated ones last.
#[utoipa::path(tag = "municipality", security(("bearer" = [])), responses(
    (status = 200, body = Vec<Provider>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
#[get("/providers")]
pub async fn list_providers(
    state: web::Data<AppState>,
    auth: May<can::ManageProviders>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let list = state
        .db
        .run(move |conn| admin::list_providers(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Adds a provider. Audited.
#[utoipa::path(tag = "municipality", request_body = ProviderInput, security(("bearer" = [])), responses(
    (status = 201, body = Provider), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/providers")]
pub async fn create_provider(
    state: web::Data<AppState>,
    auth: May<can::ManageProviders>,
    body: web::Json<ProviderInput>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let input = body.into_inner();
    let created = state
        .db
        .write(move |conn| admin::create_provider(conn, &scope, &input))
        .await?;
    Ok(HttpResponse::Created().json(created))
}

/// Changes a provider; `active: false` deactivates it (never deleted: its history stays).
#[utoipa::path(tag = "municipality", request_body = ProviderInput, security(("bearer" = [])),
    params(("provider_id" = String, Path)), responses(
    (status = 200, body = Provider), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
    (status = 404, body = ErrorBody), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[put("/providers/{provider_id}")]
pub async fn update_provider(
    state: web::Data<AppState>,
    auth: May<can::ManageProviders>,
    path: web::Path<String>,
    body: web::Json<ProviderInput>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let id = path.into_inner();
    let input = body.into_inner();
    let saved = state
        .db
        .write(move |conn| admin::update_provider(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Ok().json(saved))
}

// --- cohorts ---

/// Every cohort of the municipality as planned, with the closed days in each period.
#[utoipa::path(tag = "municipality", security(("bearer" = [])), responses(
    (status = 200, body = Vec<CohortPlan>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
#[get("/municipality/cohorts")]
pub async fn list_cohort_plans(
    state: web::Data<AppState>,
    auth: May<can::ManageCohorts>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let list = state
        .db
        .run(move |conn| admin::list_cohorts(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Plans a cohort at an active provider. Audited.
#[utoipa::path(tag = "municipality", request_body = CohortInput, security(("bearer" = [])), responses(
    (status = 201, body = CohortPlan), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/cohorts")]
pub async fn create_cohort(
    state: web::Data<AppState>,
    auth: May<can::ManageCohorts>,
    body: web::Json<CohortInput>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let input = body.into_inner();
    let created = state
        .db
        .write(move |conn| admin::create_cohort(conn, &scope, &input))
        .await?;
    Ok(HttpResponse::Created().json(created))
}

/// Changes a cohort's plan. Audited.
#[utoipa::path(tag = "municipality", request_body = CohortInput, security(("bearer" = [])),
    params(("cohort_id" = String, Path)), responses(
    (status = 200, body = CohortPlan), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
    (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 413, body = ErrorBody),
    (status = 422, body = ErrorBody)))]
#[put("/cohorts/{cohort_id}")]
pub async fn update_cohort(
    state: web::Data<AppState>,
    auth: May<can::ManageCohorts>,
    path: web::Path<String>,
    body: web::Json<CohortInput>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let id = path.into_inner();
    let input = body.into_inner();
    let saved = state
        .db
        .write(move |conn| admin::update_cohort(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Ok().json(saved))
}

#[derive(Deserialize, IntoParams)]
pub struct ClosedDaysQuery {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// 1 (Monday) … 7 (Sunday); every day when absent.
    pub weekday: Option<i32>,
}

/// The days without sessions (national holidays, the municipality's closed days) between two
/// dates, for planning.
#[utoipa::path(tag = "municipality", security(("bearer" = [])), params(ClosedDaysQuery), responses(
    (status = 200, body = Vec<ClosedDay>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
    (status = 422, body = ErrorBody)))]
#[get("/closed-days")]
pub async fn closed_days(
    state: web::Data<AppState>,
    auth: StaffAuth,
    query: web::Query<ClosedDaysQuery>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let q = query.into_inner();
    let list = state
        .db
        .run(move |conn| admin::closed_days(conn, &scope, q.from, q.to, q.weekday))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

// --- staff accounts ---

/// Every staff account of the municipality: active, invited (no password yet) and
/// deactivated, with who signs in with a second factor.
#[utoipa::path(tag = "municipality", security(("bearer" = [])), responses(
    (status = 200, body = Vec<StaffAccount>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
#[get("/municipality/staff")]
pub async fn list_staff_accounts(
    state: web::Data<AppState>,
    auth: May<can::ManageStaff>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let list = state
        .db
        .run(move |conn| admin_staff::list(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Invites a staff member: the answer holds a one-time link (valid 24 hours) to pass on;
/// dekita sends no e-mail. Audited.
#[utoipa::path(tag = "municipality", request_body = Invitation, security(("bearer" = [])), responses(
    (status = 201, body = InvitedStaff), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
    (status = 409, body = ErrorBody), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/staff")]
pub async fn invite_staff(
    state: web::Data<AppState>,
    req: HttpRequest,
    auth: May<can::ManageStaff>,
    body: web::Json<Invitation>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let input = body.into_inner();
    let origin = super::origin(&state, &req);
    let invited = state
        .db
        .write(move |conn| admin_staff::invite(conn, &scope, &input, &origin))
        .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Cache-Control", "no-store"))
        .json(invited))
}

/// Stops a staff account: every sign-in ends at once and the next request is refused. The
/// records they wrote stay. Audited.
#[utoipa::path(tag = "municipality", security(("bearer" = [])), params(("staff_id" = String, Path)), responses(
    (status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
    (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
#[post("/staff/{staff_id}/deactivate")]
pub async fn deactivate_staff(
    state: web::Data<AppState>,
    auth: May<can::ManageStaff>,
    path: web::Path<StaffId>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let id = path.into_inner();
    state
        .db
        .write(move |conn| admin_staff::deactivate(conn, &scope, &id))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// A new one-time link to set a password (the old password stops working, every sign-in
/// ends). Audited.
#[utoipa::path(tag = "municipality", security(("bearer" = [])), params(("staff_id" = String, Path)), responses(
    (status = 201, body = IssuedLink), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
    (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
#[post("/staff/{staff_id}/password-reset")]
pub async fn reset_staff_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    auth: May<can::ManageStaff>,
    path: web::Path<StaffId>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let id = path.into_inner();
    let origin = super::origin(&state, &req);
    let link = state
        .db
        .write(move |conn| admin_staff::reset_password(conn, &scope, &id, &origin))
        .await?;
    Ok(HttpResponse::Created()
        .insert_header(("Cache-Control", "no-store"))
        .json(link))
}

/// Changes a staff member's role (and provider); it holds from their next request. Audited.
#[utoipa::path(tag = "municipality", request_body = RoleChange, security(("bearer" = [])),
    params(("staff_id" = String, Path)), responses(
    (status = 200, body = StaffAccount), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
    (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 413, body = ErrorBody),
    (status = 422, body = ErrorBody)))]
#[put("/staff/{staff_id}/role")]
pub async fn change_staff_role(
    state: web::Data<AppState>,
    auth: May<can::ManageStaff>,
    path: web::Path<StaffId>,
    body: web::Json<RoleChange>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let id = path.into_inner();
    let input = body.into_inner();
    let saved = state
        .db
        .write(move |conn| admin_staff::change_role(conn, &scope, &id, &input))
        .await?;
    Ok(HttpResponse::Ok().json(saved))
}

// --- settings ---

/// The municipality's settings on one page.
#[utoipa::path(tag = "municipality", security(("bearer" = [])), responses(
    (status = 200, body = Settings), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
#[get("/municipality/settings")]
pub async fn get_settings(
    state: web::Data<AppState>,
    auth: May<can::ManageSettings>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let settings = state
        .db
        .run(move |conn| admin::settings(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(settings))
}

/// Saves the municipality's settings. Audited.
#[utoipa::path(tag = "municipality", request_body = Settings, security(("bearer" = [])), responses(
    (status = 200, body = Settings), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[put("/municipality/settings")]
pub async fn save_settings(
    state: web::Data<AppState>,
    auth: May<can::ManageSettings>,
    body: web::Json<Settings>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let input = body.into_inner();
    let saved = state
        .db
        .write(move |conn| admin::save_settings(conn, &scope, &input))
        .await?;
    Ok(HttpResponse::Ok().json(saved))
}

/// The municipality's limits for exercising today (the guideline's when it has set none).
#[utoipa::path(tag = "municipality", security(("bearer" = [])), responses(
    (status = 200, body = Thresholds), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
#[get("/municipality/safety-limits")]
pub async fn get_safety_limits(
    state: web::Data<AppState>,
    auth: May<can::ManageSettings>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let limits = state
        .db
        .run(move |conn| crate::db::notebook::thresholds(conn, &scope.municipality_id))
        .await?;
    Ok(HttpResponse::Ok().json(limits))
}

/// Sets the municipality's limits for exercising today (checked against what may be set).
/// Audited.
#[utoipa::path(tag = "municipality", request_body = Thresholds, security(("bearer" = [])), responses(
    (status = 200, body = Thresholds), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[put("/municipality/safety-limits")]
pub async fn save_safety_limits(
    state: web::Data<AppState>,
    auth: May<can::ManageSettings>,
    body: web::Json<Thresholds>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let t = body.into_inner();
    let limits = Thresholds::new(
        t.systolic_high,
        t.systolic_low,
        t.diastolic_high,
        t.pulse_high,
        t.pulse_low,
    )
    .map_err(AppError::Validation)?;
    let saved = state
        .db
        .write(move |conn| {
            crate::db::audit::record(conn, &scope, "settings.safety_limits", None)?;
            crate::db::notebook::set_thresholds(conn, &scope.municipality_id, &limits)?;
            crate::db::notebook::thresholds(conn, &scope.municipality_id)
        })
        .await?;
    Ok(HttpResponse::Ok().json(saved))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(lookup_link)
        .service(accept_link)
        .service(list_providers)
        .service(create_provider)
        .service(update_provider)
        .service(list_cohort_plans)
        .service(create_cohort)
        .service(update_cohort)
        .service(closed_days)
        .service(list_staff_accounts)
        .service(get_safety_limits)
        .service(save_safety_limits)
        .service(invite_staff)
        .service(deactivate_staff)
        .service(reset_staff_password)
        .service(change_staff_role)
        .service(get_settings)
        .service(save_settings);
}
