//! The take-home sheet for a new participant (お渡し用の紙): when and where the sessions are,
//! the graduation day, and whom to call.

use chrono::NaiveDate;
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::ids::ParticipantId;
use crate::domain::sessions::Kind;

/// One session on the sheet.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TakeHomeSession {
    pub number: i32,
    pub date: NaiveDate,
    /// 通所 (at the venue) or 訪問 (at home).
    pub kind: Kind,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TakeHomeSheet {
    #[schema(value_type = String)]
    pub participant_id: ParticipantId,
    pub display_name: String,
    pub cohort_name: String,
    pub provider_name: String,
    pub provider_phone: String,
    pub provider_address: String,
    /// `HH:MM`, when the cohort has a time.
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    pub venue: String,
    /// Whether the provider picks people up (送迎), and where they meet.
    pub transport: bool,
    pub meeting_point: String,
    /// Empty until the schedule is made.
    pub sessions: Vec<TakeHomeSession>,
    /// The last session's day.
    pub graduation_date: Option<NaiveDate>,
}
