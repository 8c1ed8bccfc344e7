//! Signing in and out: staff passwords, participants' enrollment codes, refresh, "me".

use actix_web::{get, post, web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::auth::jwt::TicketPurpose;
use crate::auth::{password, ParticipantAuth, PhoneAuth, StaffAuth};
use crate::db::scope::ParticipantScope;
use crate::db::tokens::{self, Subject};
use crate::db::{devices, participants, staff, two_factor, DbConn, StaffScope};
use crate::domain::family::DeviceKind;
use crate::domain::ids::{DeviceId, ParticipantId};
use crate::domain::policy::{phone_capabilities, PhoneAction};
use crate::error::{AppError, ErrorBody};
use crate::state::AppState;
use crate::wire::staff::StaffProfile;

#[derive(Deserialize, ToSchema)]
pub struct LoginRequest {
    pub email: String,
    pub password: String,
}

#[derive(Deserialize, ToSchema)]
pub struct EnrollRequest {
    /// The 8-character code the therapist gave (dashes, spaces and case do not matter).
    pub code: String,
    pub device_label: Option<String>,
}

#[derive(Deserialize, ToSchema)]
pub struct RefreshRequest {
    pub refresh_token: String,
}

#[derive(Deserialize, ToSchema)]
pub struct PasswordChange {
    pub current_password: String,
    pub new_password: String,
}

#[derive(Serialize, ToSchema, Clone)]
pub struct ParticipantUser {
    #[schema(value_type = String)]
    pub id: ParticipantId,
    pub display_name: String,
    #[schema(value_type = String)]
    pub device_id: DeviceId,
    /// The person's own phone, or a family member's (家族) bound with their consent.
    pub phone: DeviceKind,
    /// What this phone may do (the PWA decides what to show from these).
    pub capabilities: Vec<PhoneAction>,
}

/// Who is signed in.
#[derive(Serialize, ToSchema, Clone)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum User {
    Staff(StaffProfile),
    Participant(ParticipantUser),
}

#[derive(Serialize, ToSchema)]
pub struct TokenResponse {
    pub access_token: String,
    pub refresh_token: String,
    pub token_type: &'static str,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    pub user: User,
}

pub(crate) fn staff_session(
    state: &AppState,
    conn: &mut DbConn,
    scope: &StaffScope,
    refresh_token: String,
) -> Result<TokenResponse, AppError> {
    Ok(TokenResponse {
        access_token: state.keys.staff_token(scope)?,
        refresh_token,
        token_type: "Bearer",
        expires_in: state.keys.ttl_secs,
        user: User::Staff(staff::profile(conn, scope)?),
    })
}

/// The password was right, and a second factor is needed to finish signing in.
#[derive(Serialize, ToSchema)]
pub struct TwoFactorChallenge {
    /// A signed ticket (not an access token) for `POST /auth/two-factor/verify`, or — with
    /// `enroll_required` — for `POST /auth/two-factor/setup` and `/confirm` only.
    pub ticket: String,
    /// Seconds the ticket stays valid.
    pub expires_in: i64,
    /// The municipality requires a second factor and this person has none yet: they set one
    /// up now, and confirming it finishes the sign-in.
    pub enroll_required: bool,
}

/// The answer to a right password: the tokens, or — with a second factor on, or required —
/// a ticket for the second step.
#[derive(Serialize, ToSchema)]
#[serde(untagged)]
pub enum LoginResponse {
    Signed(Box<TokenResponse>),
    TwoFactor(TwoFactorChallenge),
}

fn participant_session(
    state: &AppState,
    conn: &mut DbConn,
    scope: &ParticipantScope,
    refresh_token: String,
) -> Result<TokenResponse, AppError> {
    Ok(TokenResponse {
        access_token: state.keys.participant_token(scope)?,
        refresh_token,
        token_type: "Bearer",
        expires_in: state.keys.ttl_secs,
        user: User::Participant(ParticipantUser {
            id: scope.participant_id.clone(),
            display_name: participants::display_name(conn, scope)?,
            device_id: scope.device_id.clone(),
            phone: scope.kind,
            capabilities: phone_capabilities(scope.kind),
        }),
    })
}

/// Staff sign-in. Unknown address and wrong password get the same answer. With a second
/// factor on (or required by the municipality) a right password gets a ticket for the second
/// step instead of tokens.
#[utoipa::path(tag = "account", request_body = LoginRequest, responses(
    (status = 200, body = LoginResponse),
    (status = 401, body = ErrorBody),
    (status = 429, body = ErrorBody), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/auth/login")]
pub async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<LoginRequest>,
) -> Result<HttpResponse, AppError> {
    state.signin_limiter.check(super::client_ip(&req))?;
    let LoginRequest {
        email,
        password: given,
    } = body.into_inner();
    let found = state
        .db
        .run(move |conn| staff::find_active_by_email(conn, &email))
        .await?;
    // argon2 runs off the async threads, holding no database connection.
    let today = state.clock.today();
    let st = state.clone();
    let row = web::block(move || match found {
        Some(row) if password::verify(&row.password_hash, &given) => Ok(row),
        Some(_) => Err(AppError::InvalidCredentials),
        None => {
            password::verify_against_nothing(&st.dummy_hash, &given);
            Err(AppError::InvalidCredentials)
        }
    })
    .await
    .map_err(|e| AppError::Internal(format!("blocking task failed: {e}")))??;
    let scope = row.scope(today)?;
    let staff_id = row.id.clone();
    let standing = state
        .db
        .run(move |conn| two_factor::standing(conn, &staff_id))
        .await?;
    if standing.enabled || standing.required {
        let purpose = if standing.enabled {
            TicketPurpose::Verify
        } else {
            TicketPurpose::Enroll
        };
        let (ticket, expires_in) = state.keys.two_factor_ticket(&row.id, purpose)?;
        return Ok(
            HttpResponse::Ok().json(LoginResponse::TwoFactor(TwoFactorChallenge {
                ticket,
                expires_in,
                enroll_required: !standing.enabled,
            })),
        );
    }
    let st = state.clone();
    let response = state
        .db
        .write(move |conn| {
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

/// Binds this phone to the participant with a one-time code.
#[utoipa::path(tag = "account", request_body = EnrollRequest, responses(
    (status = 200, body = TokenResponse),
    (status = 401, body = ErrorBody),
    (status = 429, body = ErrorBody), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/enroll")]
pub async fn enroll(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: web::Json<EnrollRequest>,
) -> Result<HttpResponse, AppError> {
    state.enroll_limiter.check(super::client_ip(&req))?;
    let body = body.into_inner();
    let st = state.clone();
    let response = state
        .db
        .write(move |conn| {
            let label = body.device_label.unwrap_or_default();
            let scope = devices::redeem_code(conn, &body.code, &label, st.clock.today())?;
            let refresh_token = tokens::issue(
                conn,
                &Subject::Device(scope.device_id.clone()),
                None,
                st.refresh_ttl(true),
            )?;
            participant_session(&st, conn, &scope, refresh_token)
        })
        .await?;
    Ok(HttpResponse::Ok().json(response))
}

/// Exchanges a refresh token for a new access token and a new refresh token.
#[utoipa::path(tag = "account", request_body = RefreshRequest, responses(
    (status = 200, body = TokenResponse),
    (status = 401, body = ErrorBody), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/auth/refresh")]
pub async fn refresh(
    state: web::Data<AppState>,
    body: web::Json<RefreshRequest>,
) -> Result<HttpResponse, AppError> {
    let raw = body.into_inner().refresh_token;
    let st = state.clone();
    let response = state
        .db
        .write(move |conn| {
            let (subject, fresh) = match tokens::rotate(conn, &raw, |subject| {
                st.refresh_ttl(matches!(subject, Subject::Device(_)))
            })? {
                tokens::Rotation::Rotated { subject, token } => (subject, token),
                // The revocation is committed with this transaction; the refusal follows it.
                tokens::Rotation::Reused => return Ok(None),
            };
            match subject {
                Subject::Staff(id) => {
                    let row = staff::find_active(conn, &id)?.ok_or(AppError::Unauthorized)?;
                    staff_session(&st, conn, &row.scope(st.clock.today())?, fresh).map(Some)
                }
                Subject::Device(id) => {
                    let scope = devices::active_scope(conn, &id, st.clock.today())?;
                    devices::touch(conn, &id)?;
                    participant_session(&st, conn, &scope, fresh).map(Some)
                }
            }
        })
        .await?
        .ok_or(AppError::Unauthorized)?;
    Ok(HttpResponse::Ok().json(response))
}

/// A staff sign-in for another browser tab: a new refresh token of the same sign-in (the
/// presented one stays valid for the tab that holds it), so a link opened in a new tab keeps
/// the staff member signed in without two tabs spending one token. Staff only.
#[utoipa::path(tag = "account", request_body = RefreshRequest, responses(
    (status = 200, body = TokenResponse),
    (status = 401, body = ErrorBody), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/auth/fork")]
pub async fn fork_session(
    state: web::Data<AppState>,
    body: web::Json<RefreshRequest>,
) -> Result<HttpResponse, AppError> {
    let raw = body.into_inner().refresh_token;
    let st = state.clone();
    let response = state
        .db
        .write(move |conn| {
            let (subject, fresh) = match tokens::fork(conn, &raw, st.refresh_ttl(false))? {
                tokens::Rotation::Rotated { subject, token } => (subject, token),
                tokens::Rotation::Reused => return Ok(None),
            };
            let Subject::Staff(id) = subject else {
                return Err(AppError::Unauthorized);
            };
            let row = staff::find_active(conn, &id)?.ok_or(AppError::Unauthorized)?;
            staff_session(&st, conn, &row.scope(st.clock.today())?, fresh).map(Some)
        })
        .await?
        .ok_or(AppError::Unauthorized)?;
    Ok(HttpResponse::Ok().json(response))
}

/// Signs out: the refresh token's sign-in ends everywhere.
#[utoipa::path(tag = "account", request_body = RefreshRequest, responses((status = 204), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
#[post("/auth/logout")]
pub async fn logout(
    state: web::Data<AppState>,
    body: web::Json<RefreshRequest>,
) -> Result<HttpResponse, AppError> {
    let raw = body.into_inner().refresh_token;
    state
        .db
        .write(move |conn| tokens::revoke_by_token(conn, &raw))
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Changes the signed-in staff member's password and ends all their sign-ins. Attempts are
/// limited per address and per account, like sign-in.
#[utoipa::path(tag = "account", request_body = PasswordChange, security(("bearer" = [])), responses(
    (status = 204),
    (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody),
    (status = 413, body = ErrorBody),
    (status = 422, body = ErrorBody),
    (status = 429, body = ErrorBody)))]
#[post("/auth/password")]
pub async fn change_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    auth: StaffAuth,
    body: web::Json<PasswordChange>,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    state.password_limiter.check(super::client_ip(&req))?;
    state
        .password_account_limiter
        .check(scope.staff_id.clone())?;
    let body = body.into_inner();
    password::check_policy(&body.new_password)?;
    if body.new_password == body.current_password {
        return Err(AppError::validation(
            "新しいパスワードが今のパスワードと同じです。別のものにしてください。",
        ));
    }
    let staff_id = scope.staff_id.clone();
    let row = state
        .db
        .run(move |conn| staff::find_active(conn, &staff_id)?.ok_or(AppError::Unauthorized))
        .await?;
    // argon2 runs twice here: off the async threads, holding no database connection.
    let hash = web::block(move || {
        if !password::verify(&row.password_hash, &body.current_password) {
            return Err(AppError::validation("今のパスワードが違います。"));
        }
        password::hash(&body.new_password)
    })
    .await
    .map_err(|e| AppError::Internal(format!("blocking task failed: {e}")))??;
    let staff_id = scope.staff_id;
    state
        .db
        .write(move |conn| {
            staff::set_password_hash(conn, &staff_id, &hash)?;
            tokens::revoke_subject(conn, &Subject::Staff(staff_id))
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// The signed-in person: staff or participant.
#[utoipa::path(tag = "account", security(("bearer" = [])), responses(
    (status = 200, body = User),
    (status = 401, body = ErrorBody)))]
#[get("/me")]
pub async fn me(state: web::Data<AppState>, req: HttpRequest) -> Result<HttpResponse, AppError> {
    use actix_web::FromRequest;
    let user = match StaffAuth::extract(&req).await {
        Ok(StaffAuth(scope)) => {
            let profile = state
                .db
                .run(move |conn| staff::profile(conn, &scope))
                .await?;
            User::Staff(profile)
        }
        Err(AppError::Forbidden) => {
            let PhoneAuth(scope) = PhoneAuth::extract(&req).await?;
            let name = {
                let scope = scope.clone();
                state
                    .db
                    .run(move |conn| participants::display_name(conn, &scope))
                    .await?
            };
            User::Participant(ParticipantUser {
                id: scope.participant_id,
                display_name: name,
                device_id: scope.device_id,
                phone: scope.kind,
                capabilities: phone_capabilities(scope.kind),
            })
        }
        Err(e) => return Err(e),
    };
    Ok(HttpResponse::Ok().json(user))
}

/// The participant's home screen: their path through the 12 sessions.
#[utoipa::path(tag = "participant", security(("bearer" = [])), responses(
    (status = 200, body = crate::wire::participants::Home),
    (status = 401, body = ErrorBody),
    (status = 403, body = ErrorBody)))]
#[get("/me/home")]
pub async fn my_home(
    state: web::Data<AppState>,
    auth: ParticipantAuth,
) -> Result<HttpResponse, AppError> {
    let scope = auth.0;
    let home = state
        .db
        .run(move |conn| participants::home(conn, &scope))
        .await?;
    Ok(HttpResponse::Ok().json(home))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(login)
        .service(enroll)
        .service(refresh)
        .service(fork_session)
        .service(logout)
        .service(change_password)
        .service(me)
        .service(my_home);
}
