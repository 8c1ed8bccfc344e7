//! Two-factor sign-in for staff (TOTP, RFC 6238).
//!
//! With a second factor on, `POST /auth/login` with the right password answers with a
//! short-lived ticket instead of tokens; `POST /auth/two-factor/verify` with the ticket and a
//! code (six digits from the app, or a recovery code) finishes the sign-in. When the
//! municipality requires a second factor and the person has none, the ticket permits only
//! `setup` and `confirm`, and confirming finishes the sign-in.

use actix_web::{delete, get, post, put, web, FromRequest, HttpRequest, HttpResponse};
use base64::Engine;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::account::{staff_session, TokenResponse};
use crate::auth::jwt::TicketPurpose;
use crate::auth::{can, totp, May, StaffAuth};
use crate::db::tokens::{self, Subject};
use crate::db::two_factor::{self, Used};
use crate::db::{audit, staff, StaffScope};
use crate::domain::ids::StaffId;
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;
use crate::wire::two_factor::StaffSummary;

fn unix_now() -> u64 {
    chrono::Utc::now().timestamp().max(0) as u64
}

#[derive(Deserialize, ToSchema)]
pub struct VerifyRequest {
    /// The ticket from `POST /auth/login`.
    pub ticket: String,
    /// Six digits from the authenticator app, or one of the recovery codes.
    pub code: String,
}

#[derive(Deserialize, ToSchema)]
pub struct SetupRequest {
    /// Only when signing in must first set up a second factor: the ticket from
    /// `POST /auth/login` (`enroll_required: true`). Otherwise send the bearer token.
    pub ticket: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct SetupResponse {
    /// The key to type into the app by hand (base32), shown while setting up only.
    pub secret: String,
    /// The `otpauth://` address the QR code holds (issuer `dekita`).
    pub otpauth_uri: String,
    /// The QR code as PNG, base64.
    pub qr_png_base64: String,
}

#[derive(Deserialize, ToSchema)]
pub struct ConfirmRequest {
    /// As in setup: the ticket when signing in, else the bearer token.
    pub ticket: Option<String>,
    /// Six digits the app shows now.
    pub code: String,
}

#[derive(Serialize, ToSchema)]
pub struct ConfirmResponse {
    /// Ten one-time recovery codes, shown this once (kept only as hashes).
    pub recovery_codes: Vec<String>,
    /// With a ticket: the finished sign-in.
    pub session: Option<TokenResponse>,
}

#[derive(Deserialize, ToSchema)]
pub struct CodeRequest {
    /// Six digits from the app, or a recovery code.
    pub code: String,
}

#[derive(Serialize, ToSchema)]
pub struct TwoFactorStatus {
    pub enabled: bool,
    /// The municipality requires a second factor of all its staff.
    pub required: bool,
    pub recovery_codes_left: i64,
}

#[derive(Deserialize, Serialize, ToSchema)]
pub struct TwoFactorRequirement {
    /// Every staff member of the municipality must sign in with a second factor; those without
    /// one are led to set it up at their next sign-in.
    pub required: bool,
}

/// Finishes a sign-in with a code from the app or a recovery code. Each code works once;
/// attempts are limited per address and per account.
#[utoipa::path(tag = "account", request_body = VerifyRequest, responses(
    (status = 200, body = TokenResponse),
    (status = 401, body = ErrorBody, description = "a wrong or used code (`invalid_second_factor`), or a bad or expired ticket"),
    (status = 413, body = ErrorBody),
    (status = 422, body = ErrorBody, description = "a body that is not the JSON described"),
    (status = 429, body = ErrorBody)))]
#[post("/auth/two-factor/verify")]
pub async fn verify_two_factor(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<VerifyRequest>,
) -> Result<HttpResponse, AppError> {
    state.signin_limiter.check(super::client_ip(&req))?;
    let body = body.into_inner();
    let claims = state
        .keys
        .decode_ticket(&body.ticket, TicketPurpose::Verify)?;
    state.two_factor_limiter.check(claims.sub.clone())?;
    let st = state.clone();
    let response = state
        .db
        .write(move |conn| {
            let row = staff::find_active(conn, &claims.sub)?.ok_or(AppError::Unauthorized)?;
            let used = two_factor::spend_code(conn, &row.id, &body.code, unix_now())?;
            let scope = row.scope(st.clock.today())?;
            if used == Used::RecoveryCode {
                audit::record(conn, &scope, "two_factor_recovery_code_used", None)?;
            }
            let refresh_token = tokens::issue(
                conn,
                &Subject::Staff(row.id.clone()),
                None,
                st.refresh_ttl(false),
            )?;
            staff_session(&st, conn, &scope, refresh_token)
        })
        .await?;
    Ok(HttpResponse::Ok().json(response))
}

/// Who is setting up a second factor: a signed-in staff member, or someone whose sign-in
/// waits for it (an enrollment ticket).
enum Enroller {
    SignedIn(StaffScope),
    Ticket(StaffId),
}

async fn enroller(
    state: &AppState,
    req: &HttpRequest,
    ticket: Option<&str>,
) -> Result<Enroller, AppError> {
    match ticket {
        Some(ticket) => {
            let claims = state.keys.decode_ticket(ticket, TicketPurpose::Enroll)?;
            Ok(Enroller::Ticket(claims.sub))
        }
        None => Ok(Enroller::SignedIn(StaffAuth::extract(req).await?.0)),
    }
}

/// Starts setting up an authenticator app: a new key, as a QR code and typed. Nothing changes
/// at sign-in until it is confirmed with a code.
#[utoipa::path(tag = "account", request_body = SetupRequest, security(("bearer" = []), ()), responses(
    (status = 200, body = SetupResponse),
    (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody),
    (status = 409, body = ErrorBody, description = "a second factor is already on"),
    (status = 413, body = ErrorBody),
    (status = 422, body = ErrorBody, description = "a body that is not the JSON described")))]
#[post("/auth/two-factor/setup")]
pub async fn setup_two_factor(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<SetupRequest>,
) -> Result<HttpResponse, AppError> {
    let who = enroller(&state, &req, body.ticket.as_deref()).await?;
    let staff_id = match who {
        Enroller::SignedIn(scope) => scope.staff_id,
        Enroller::Ticket(id) => id,
    };
    let (secret, uri) = state
        .db
        .write(move |conn| {
            let row = staff::find_active(conn, &staff_id)?.ok_or(AppError::Unauthorized)?;
            let email = staff::email(conn, &row.id)?;
            let secret = two_factor::begin(conn, &row.id)?;
            let uri = totp::otpauth_uri(&secret, &email)?;
            Ok((secret, uri))
        })
        .await?;
    let png = {
        let uri = uri.clone();
        web::block(move || crate::http::icons::qr_png(&uri))
            .await
            .map_err(|e| AppError::Internal(format!("qr: {e}")))??
    };
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(SetupResponse {
            secret,
            otpauth_uri: uri,
            qr_png_base64: base64::engine::general_purpose::STANDARD.encode(png),
        }))
}

/// Confirms the authenticator with one code; answers with ten recovery codes (and, with a
/// ticket, the finished sign-in).
#[utoipa::path(tag = "account", request_body = ConfirmRequest, security(("bearer" = []), ()), responses(
    (status = 200, body = ConfirmResponse),
    (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody),
    (status = 413, body = ErrorBody),
    (status = 422, body = ErrorBody, description = "a wrong code, or no setup started"),
    (status = 429, body = ErrorBody)))]
#[post("/auth/two-factor/confirm")]
pub async fn confirm_two_factor(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<ConfirmRequest>,
) -> Result<HttpResponse, AppError> {
    let body = body.into_inner();
    let who = enroller(&state, &req, body.ticket.as_deref()).await?;
    let (staff_id, with_session) = match who {
        Enroller::SignedIn(scope) => (scope.staff_id, false),
        Enroller::Ticket(id) => {
            // A code typed while signing in counts with the sign-in attempts of the address.
            state.signin_limiter.check(super::client_ip(&req))?;
            (id, true)
        }
    };
    state.two_factor_limiter.check(staff_id.clone())?;
    let st = state.clone();
    let response = state
        .db
        .write(move |conn| {
            let row = staff::find_active(conn, &staff_id)?.ok_or(AppError::Unauthorized)?;
            let scope = row.scope(st.clock.today())?;
            let recovery_codes = two_factor::confirm(conn, &row.id, &body.code, unix_now())?;
            audit::record(conn, &scope, "two_factor_turned_on", None)?;
            let session = if with_session {
                let refresh_token = tokens::issue(
                    conn,
                    &Subject::Staff(row.id.clone()),
                    None,
                    st.refresh_ttl(false),
                )?;
                Some(staff_session(&st, conn, &scope, refresh_token)?)
            } else {
                None
            };
            Ok(ConfirmResponse {
                recovery_codes,
                session,
            })
        })
        .await?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .json(response))
}

/// The signed-in staff member's second factor.
#[utoipa::path(tag = "account", security(("bearer" = [])), responses(
    (status = 200, body = TwoFactorStatus),
    (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody)))]
#[get("/auth/two-factor")]
pub async fn two_factor_status(
    state: web::Data<AppState>,
    auth: StaffAuth,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let status = state
        .db
        .run(move |conn| {
            let standing = two_factor::standing(conn, &scope.staff_id)?;
            Ok(TwoFactorStatus {
                enabled: standing.enabled,
                required: standing.required,
                recovery_codes_left: two_factor::recovery_codes_left(conn, &scope.staff_id)?,
            })
        })
        .await?;
    Ok(HttpResponse::Ok().json(status))
}

/// Turns the signed-in staff member's second factor off (with a code), unless the
/// municipality requires it.
#[utoipa::path(tag = "account", request_body = CodeRequest, security(("bearer" = [])), responses(
    (status = 204),
    (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody),
    (status = 413, body = ErrorBody),
    (status = 422, body = ErrorBody),
    (status = 429, body = ErrorBody)))]
#[post("/auth/two-factor/disable")]
pub async fn disable_two_factor(
    state: web::Data<AppState>,
    auth: StaffAuth,
    body: web::Json<CodeRequest>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    state.two_factor_limiter.check(scope.staff_id.clone())?;
    let code = body.into_inner().code;
    state
        .db
        .write(move |conn| two_factor::turn_off(conn, &scope, &code, unix_now()))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The municipality's staff, with whether each signs in with a second factor.
#[utoipa::path(tag = "municipality", security(("bearer" = [])), responses(
    (status = 200, body = Vec<StaffSummary>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
#[get("/staff")]
pub async fn list_staff(
    state: web::Data<AppState>,
    auth: May<can::ManageStaff>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let list = state
        .db
        .run(move |conn| two_factor::list_staff(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(list))
}

/// Removes a staff member's second factor (a lost phone) and ends their sign-ins; they set up
/// a new one afterwards. Staff of the admin's own municipality only; audited.
#[utoipa::path(tag = "municipality", security(("bearer" = [])), params(("staff_id" = String, Path)), responses(
    (status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
#[delete("/staff/{staff_id}/two-factor")]
pub async fn reset_two_factor(
    state: web::Data<AppState>,
    auth: May<can::ManageStaff>,
    path: web::Path<StaffId>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let staff_id = path.into_inner();
    state
        .db
        .write(move |conn| two_factor::reset(conn, &scope, &staff_id))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Requires (or stops requiring) a second factor of all the municipality's staff. Audited.
#[utoipa::path(tag = "municipality", request_body = TwoFactorRequirement, security(("bearer" = [])), responses(
    (status = 200, body = TwoFactorRequirement), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
    (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[put("/municipality/two-factor")]
pub async fn set_two_factor_required(
    state: web::Data<AppState>,
    auth: May<can::ManageStaff>,
    body: web::Json<TwoFactorRequirement>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let required = body.into_inner().required;
    let required = state
        .db
        .write(move |conn| {
            two_factor::set_required(conn, &scope, required)?;
            two_factor::required(conn, &scope)
        })
        .await?;
    Ok(HttpResponse::Ok().json(TwoFactorRequirement { required }))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(verify_two_factor)
        .service(setup_two_factor)
        .service(confirm_two_factor)
        .service(two_factor_status)
        .service(disable_two_factor)
        .service(list_staff)
        .service(reset_two_factor)
        .service(set_two_factor_required);
}
