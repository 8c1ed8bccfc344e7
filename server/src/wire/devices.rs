//! A participant's bound phone as the wire shows it (`db::devices`).

use chrono::NaiveDateTime;
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::family::DeviceKind;
use crate::domain::ids::DeviceId;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Device {
    #[schema(value_type = String)]
    pub id: DeviceId,
    pub label: String,
    /// The person's own phone, or a family member's (家族) bound with their consent.
    pub kind: DeviceKind,
    #[serde(with = "crate::utc")]
    pub enrolled_at: NaiveDateTime,
    #[serde(default, with = "crate::utc::option")]
    pub last_seen_at: Option<NaiveDateTime>,
    #[serde(default, with = "crate::utc::option")]
    pub revoked_at: Option<NaiveDateTime>,
}
