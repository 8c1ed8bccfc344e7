//! Personal-data requests (個人情報保護法) on the wire: the disclosure document (開示), the
//! correction requests (訂正の請求) and the stop of use (利用停止).

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::ids::{CorrectionRequestId, ParticipantId};

/// Everything dekita holds about one participant, table by table, as stored.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Disclosure {
    /// `dekita-disclosure-1`.
    pub format: String,
    pub participant_id: ParticipantId,
    pub display_name: String,
    pub municipality_name: String,
    #[serde(with = "crate::utc")]
    pub produced_at: NaiveDateTime,
    pub produced_by: String,
    pub sections: Vec<DisclosureSection>,
}

/// One table's rows about the person. Secrets that only prove a phone (hashes, push keys) are
/// left out; photos are listed without their pictures.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DisclosureSection {
    /// The table's name in the database.
    pub table: String,
    /// Its heading in Japanese.
    pub title: String,
    #[schema(value_type = Vec<Object>)]
    pub rows: Vec<serde_json::Value>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CorrectionRequest {
    pub id: CorrectionRequestId,
    /// What the person asked to correct.
    pub requested: String,
    pub received_on: NaiveDate,
    /// How it was handled (empty while open).
    pub handling: String,
    pub handled_on: Option<NaiveDate>,
    pub recorded_by: String,
    #[serde(with = "crate::utc")]
    pub recorded_at: NaiveDateTime,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct CorrectionInput {
    pub requested: String,
    pub received_on: NaiveDate,
    #[serde(default)]
    pub handling: String,
    pub handled_on: Option<NaiveDate>,
}

/// A live stop of use (利用停止).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct UseStop {
    pub reason: String,
    #[serde(with = "crate::utc")]
    pub stopped_at: NaiveDateTime,
    pub stopped_by: String,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct UseStopInput {
    pub reason: String,
}

/// A person's personal-data requests, as the administrator sees them on the record.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PrivacyRequests {
    pub participant_id: ParticipantId,
    /// Set while use is stopped.
    pub use_stop: Option<UseStop>,
    /// Newest first.
    pub corrections: Vec<CorrectionRequest>,
}
