//! The signed-in staff member's profile on the wire (`http::account`, `db::staff`).

use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::ids::{MunicipalityId, ProviderId, StaffId};
use crate::domain::policy::Action;
use crate::domain::role::Role;

/// What the PWA shows of the signed-in staff member.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StaffProfile {
    #[schema(value_type = String)]
    pub id: StaffId,
    pub name: String,
    pub role: Role,
    #[schema(value_type = String)]
    pub municipality_id: MunicipalityId,
    pub municipality_name: String,
    #[schema(value_type = Option<String>)]
    pub provider_id: Option<ProviderId>,
    pub provider_name: Option<String>,
    /// Signs in with a second factor (an authenticator app).
    pub two_factor_enabled: bool,
    /// Their municipality requires a second factor of all its staff.
    pub two_factor_required: bool,
    /// What the policy lets them do (the app shows only these).
    pub capabilities: Vec<Action>,
}
