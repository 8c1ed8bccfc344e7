//! Participants on the wire: the staff's list and detail, registration, and the
//! participant's own home screen (`http::participants`, `http::account`, `db::participants`).

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::ids::{CohortId, ParticipantId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Female,
    Male,
    Other,
    Unspecified,
}

crate::text_enum!(Sex, "sex", {
    Female => "female",
    Male => "male",
    Other => "other",
    Unspecified => "unspecified",
});

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CohortRef {
    #[schema(value_type = String)]
    pub id: CohortId,
    pub name: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LatestScreening {
    pub eligible: bool,
    #[serde(with = "crate::utc")]
    pub screened_at: NaiveDateTime,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ParticipantSummary {
    #[schema(value_type = String)]
    pub id: ParticipantId,
    pub display_name: String,
    pub family_name: String,
    pub given_name: String,
    pub family_name_kana: String,
    pub given_name_kana: String,
    pub age: i32,
    pub sex: Sex,
    /// referred | enrolled | completed (修了) | discontinued
    pub status: String,
    pub cohort: CohortRef,
    pub provider_name: String,
    pub latest_screening: Option<LatestScreening>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ParticipantDetail {
    #[serde(flatten)]
    pub summary: ParticipantSummary,
    pub birth_date: NaiveDate,
    pub referral_source: Option<String>,
    #[serde(with = "crate::utc")]
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NewParticipant {
    pub family_name: String,
    pub given_name: String,
    pub family_name_kana: String,
    pub given_name_kana: String,
    pub birth_date: NaiveDate,
    pub sex: Sex,
    #[schema(value_type = String)]
    pub cohort_id: CohortId,
    pub referral_source: Option<String>,
    /// Who referred the person, structured (replaces `referral_source`, which then becomes
    /// its label).
    pub referrer: Option<crate::wire::volunteers::ReferrerInput>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SessionDay {
    pub number: u32,
    pub date: NaiveDate,
    pub done: bool,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct NextSession {
    pub number: u32,
    pub date: NaiveDate,
}

/// The participant's own home screen: who they are and where they are on the path.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Home {
    pub display_name: String,
    pub today: NaiveDate,
    pub status: String,
    pub cohort_name: String,
    pub sessions_total: u32,
    pub sessions_done: u32,
    pub sessions_left: u32,
    pub sessions: Vec<SessionDay>,
    pub next_session: Option<NextSession>,
    pub graduation_date: Option<NaiveDate>,
}
