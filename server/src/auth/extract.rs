//! Typed proof of who is calling: a handler that takes `StaffAuth` cannot run without a valid
//! staff token, one that takes `ParticipantAuth` without a participant's live device.

use std::future::{ready, Future, Ready};
use std::marker::PhantomData;
use std::pin::Pin;

use actix_web::{dev::Payload, web, FromRequest, HttpRequest};

use super::jwt::{Claims, Kind};
use crate::db::scope::ParticipantScope;
use crate::db::{devices, StaffScope};
use crate::domain::ids::ParticipantId;
use crate::domain::policy::Action;
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

fn staff_scope(req: &HttpRequest) -> Result<StaffScope, AppError> {
    let claims = claims(req)?;
    match (claims.kind, claims.role) {
        (Kind::Staff, Some(role)) => Ok(StaffScope {
            today: state(req)?.clock.today(),
            staff_id: claims.sub.into(),
            role,
            municipality_id: claims.mun,
            provider_id: claims.prov,
        }),
        // A participant's token on a staff route: signed in, but not allowed.
        (Kind::Participant, _) => Err(AppError::Forbidden),
        (Kind::Staff, None) => Err(AppError::Unauthorized),
    }
}

/// Any signed-in staff member.
pub struct StaffAuth(pub StaffScope);

impl FromRequest for StaffAuth {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(staff_scope(req).map(StaffAuth))
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
        ManageLocalExercises,
        CheckStaffing,
        ReadCohortOverview,
        ReadEvaluation
    );
}

impl<A: Guarded> FromRequest for May<A> {
    type Error = AppError;
    type Future = Ready<Result<Self, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(staff_scope(req).and_then(|scope| {
            scope.may(A::ACTION)?;
            Ok(May(scope, PhantomData))
        }))
    }
}

/// A participant's phone that is still bound: a revoked phone stops at once, not when its
/// access token runs out.
pub struct ParticipantAuth(pub ParticipantScope);

impl FromRequest for ParticipantAuth {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let checked = claims(req).and_then(|claims| {
            let state = state(req)?;
            match (claims.kind, claims.dev) {
                (Kind::Participant, Some(device)) => {
                    Ok((state, ParticipantId::from(claims.sub), device))
                }
                (Kind::Staff, _) => Err(AppError::Forbidden),
                (Kind::Participant, None) => Err(AppError::Unauthorized),
            }
        });
        Box::pin(async move {
            let (state, participant_id, device_id) = checked?;
            let today = state.clock.today();
            let scope = state
                .db
                .run(move |conn| devices::active_scope(conn, &device_id, today))
                .await?;
            if scope.participant_id != participant_id {
                return Err(AppError::Unauthorized);
            }
            Ok(ParticipantAuth(scope))
        })
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
        match staff_scope(req) {
            Ok(scope) => Box::pin(ready(Ok(AnyAuth::Staff(scope)))),
            Err(_) => {
                let participant = ParticipantAuth::from_request(req, payload);
                Box::pin(async move { participant.await.map(|p| AnyAuth::Participant(p.0)) })
            }
        }
    }
}
