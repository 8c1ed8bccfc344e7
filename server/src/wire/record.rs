//! The participant's record as staff keep it: emergency contacts and かかりつけ医 (the
//! notebook's own contacts, so the person and staff see the same numbers), main conditions,
//! medication and how they get to the sessions.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::ids::ParticipantId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ContactKind {
    /// 緊急連絡先
    Emergency,
    /// かかりつけ医
    Doctor,
}

crate::text_enum!(ContactKind, "contact kind", {
    Emergency => "emergency",
    Doctor => "doctor",
});

/// One emergency contact or the family doctor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RecordContact {
    pub kind: ContactKind,
    /// A person's name, or the clinic's.
    pub name: String,
    /// e.g. 長女, 内科 (empty when not given)
    #[serde(default)]
    pub relation: String,
    pub phone: String,
}

/// What staff write: the whole record at once.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RecordInput {
    /// Emergency contacts first, in the order given; then the doctor(s).
    pub contacts: Vec<RecordContact>,
    /// 主な病気・既往 (free text)
    #[serde(default)]
    pub conditions: String,
    /// 服薬 (free text)
    #[serde(default)]
    pub medication: String,
    /// 通所の手段, e.g. 送迎, 徒歩, 家族の送り
    #[serde(default)]
    pub transport: String,
}

/// The record as staff read it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ParticipantRecord {
    #[schema(value_type = String)]
    pub participant_id: ParticipantId,
    pub contacts: Vec<RecordContact>,
    pub conditions: String,
    pub medication: String,
    pub transport: String,
    /// When and by whom the staff part was last saved (none when never).
    #[serde(default, with = "crate::utc::option")]
    pub updated_at: Option<NaiveDateTime>,
    pub updated_by: Option<String>,
}
