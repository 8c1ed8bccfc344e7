//! The municipality's staff list with their second factors (`http::two_factor`,
//! `db::two_factor`).

use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::ids::StaffId;
use crate::domain::role::Role;

/// A staff member as the municipality's list shows them.
#[derive(Debug, Serialize, ToSchema)]
pub struct StaffSummary {
    #[schema(value_type = String)]
    pub id: StaffId,
    pub name: String,
    pub role: Role,
    pub provider_name: Option<String>,
    /// Signs in with a second factor.
    pub two_factor_enabled: bool,
}
