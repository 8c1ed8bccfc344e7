//! Typed proof of who is calling: a handler that takes `StaffAuth` cannot run without a valid
//! staff token, one that takes `ParticipantAuth` without a participant's live device.

use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;

use actix_web::{dev::Payload, web, FromRequest, HttpRequest};

use super::jwt::{Claims, Kind};
use crate::db::scope::ParticipantScope;
use crate::db::{devices, staff, StaffScope};
use crate::domain::ids::{ParticipantId, StaffId};
use crate::domain::policy::{Action, PhoneAction};
use crate::error::AppError;
use crate::state::AppState;

fn state(req: &HttpRequest) -> Result<web::Data<AppState>, AppError> {
    req.app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| AppError::Internal("application state missing".into()))
}

fn claims(req: &HttpRequest) -> Result<Claims, AppError> {
    let header = req
        .headers()
        .get(actix_web::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .ok_or(AppError::Unauthorized)?;
    let token = header
        .strip_prefix("Bearer ")
        .or_else(|| header.strip_prefix("bearer "))
        .ok_or(AppError::Unauthorized)?;
    state(req)?.keys.decode(token.trim())
}

/// What the token claims, before the database confirms it.
fn staff_claims(req: &HttpRequest) -> Result<(web::Data<AppState>, Claims), AppError> {
    let claims = claims(req)?;
    match (claims.kind, claims.role) {
        (Kind::Staff, Some(_)) => Ok((state(req)?, claims)),
        // A participant's token on a staff route: signed in, but not allowed.
        (Kind::Participant, _) => Err(AppError::Forbidden),
        (Kind::Staff, None) => Err(AppError::Unauthorized),
    }
}

/// The staff member as stored now: a deactivated account stops at its next request (not when
/// its access token runs out), and a changed role or provider holds at once.
async fn staff_scope(req: &HttpRequest) -> Result<StaffScope, AppError> {
    let (state, claims) = staff_claims(req)?;
    let today = state.clock.today();
    let staff_id = StaffId::from(claims.sub.clone());
    let row = state
        .db
        .run(move |conn| staff::find_active(conn, &staff_id))
        .await?
        .ok_or(AppError::Unauthorized)?;
    if row.municipality_id.as_str() != claims.mun.as_str() {
        return Err(AppError::Unauthorized);
    }
    row.scope(today)
}

/// Any signed-in staff member.
pub struct StaffAuth(pub StaffScope);

impl FromRequest for StaffAuth {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { staff_scope(&req).await.map(StaffAuth) })
    }
}

/// A staff member whom the policy lets take action `A` (403 otherwise), for routes whose
/// action is fixed: the handler's signature says who may call it (`May<can::ReadAudit>`).
pub struct May<A: Guarded>(pub StaffScope, PhantomData<A>);

/// A marker naming one action of the policy table.
pub trait Guarded {
    const ACTION: Action;
}

/// The markers, one per action, named as in the policy table.
pub mod can {
    use super::Guarded;
    use crate::domain::policy::Action;

    macro_rules! markers {
        ($($name:ident),* $(,)?) => {
            $(
                #[doc = concat!("Guards [`Action::", stringify!($name), "`].")]
                pub struct $name;
                impl Guarded for $name {
                    const ACTION: Action = Action::$name;
                }
            )*
        };
    }

    markers!(
        ReadAudit,
        ManageStaff,
        ManageProviders,
        ManageCohorts,
        ManageSettings,
        RunSessionDay,
        ManageLocalExercises,
        CheckStaffing,
        ReadCohortOverview,
        ReadEvaluation,
        SetEvaluationSettings,
        ExportFhir,
        BindFamilyPhone,
        ManagePlacePhotos
    );
}

impl<A: Guarded> FromRequest for May<A> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let scope = staff_scope(&req).await?;
            scope.may(A::ACTION)?;
            Ok(May(scope, PhantomData))
        })
    }
}

/// A bound phone (not revoked), the person's own or a family member's: a revoked phone stops
/// at once, not when its access token runs out.
async fn phone_scope(req: &HttpRequest) -> Result<ParticipantScope, AppError> {
    let claims = claims(req)?;
    let state = state(req)?;
    let (participant_id, device_id) = match (claims.kind, claims.dev) {
        (Kind::Participant, Some(device)) => (ParticipantId::from(claims.sub), device),
        (Kind::Staff, _) => return Err(AppError::Forbidden),
        (Kind::Participant, None) => return Err(AppError::Unauthorized),
    };
    let today = state.clock.today();
    let scope = state
        .db
        .run(move |conn| devices::active_scope(conn, &device_id, today))
        .await?;
    if scope.participant_id != participant_id {
        return Err(AppError::Unauthorized);
    }
    Ok(scope)
}

/// The person's own bound phone: everything that is theirs alone (consents, settings,
/// reminders, …). A family member's phone is refused here (403) by the phones' policy.
pub struct ParticipantAuth(pub ParticipantScope);

impl FromRequest for ParticipantAuth {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let scope = phone_scope(&req).await?;
            scope.may(PhoneAction::ActAsPerson)?;
            Ok(ParticipantAuth(scope))
        })
    }
}

/// Any bound phone, the person's own or a family member's (家族), for what the phones' policy
/// lets both do: the data layer asks `scope.may(PhoneAction::…)` before it reads or writes.
pub struct PhoneAuth(pub ParticipantScope);

impl FromRequest for PhoneAuth {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { phone_scope(&req).await.map(PhoneAuth) })
    }
}

/// Either a staff member or a participant's bound phone (for things both may see, such as a
/// photo; the data layer decides whether this caller may see this one).
pub enum AnyAuth {
    Staff(StaffScope),
    Participant(ParticipantScope),
}

impl FromRequest for AnyAuth {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        match staff_claims(req) {
            Ok(_) => {
                let req = req.clone();
                Box::pin(async move { staff_scope(&req).await.map(AnyAuth::Staff) })
            }
            Err(_) => {
                let phone = PhoneAuth::from_request(req, payload);
                Box::pin(async move { phone.await.map(|p| AnyAuth::Participant(p.0)) })
            }
        }
    }
}
