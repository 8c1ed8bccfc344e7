//! The audit trail's shape on the wire (`http::admin`, `db::audit`).

use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::ids::{ParticipantId, StaffId};

#[derive(Debug, Serialize, ToSchema)]
pub struct AuditEntry {
    pub id: String,
    #[serde(with = "crate::utc")]
    pub at: chrono::NaiveDateTime,
    #[schema(value_type = String)]
    pub staff_id: StaffId,
    pub staff_name: String,
    pub role: String,
    pub action: String,
    #[schema(value_type = Option<String>)]
    pub participant_id: Option<ParticipantId>,
    /// What else the action concerned, e.g. the staff member whose second factor was reset.
    pub detail: Option<String>,
}
