//! The session interview's shapes on the wire (`http::program`, `db::interviews`).

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::ids::ParticipantId;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PreviousInterview {
    pub session_number: i32,
    pub next_step: String,
    pub quote: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SinceItem {
    pub kind: String,
    pub text: String,
    pub on: NaiveDate,
}

/// What the daily records show since the last session (filled once the daily records exist).
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct Since {
    pub successes: Vec<SinceItem>,
    pub flags: Vec<SinceItem>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Interview {
    #[schema(value_type = String)]
    pub participant_id: ParticipantId,
    pub session_number: i32,
    /// 0 until first saved.
    pub version: i32,
    /// うまくいったこと
    pub went_well: String,
    /// 困っていること
    pub difficulties: String,
    /// 目標の進みぐあい
    pub goal_progress: String,
    /// 次の小さな一歩 (agreed together)
    pub next_step: String,
    /// ご本人の言葉
    pub quote: String,
    pub notes: String,
    pub duration_seconds: Option<i32>,
    #[serde(default, with = "crate::utc::option")]
    pub updated_at: Option<NaiveDateTime>,
    pub updated_by_name: Option<String>,
    pub previous: Option<PreviousInterview>,
    pub since: Since,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct InterviewInput {
    #[serde(default)]
    pub went_well: String,
    #[serde(default)]
    pub difficulties: String,
    #[serde(default)]
    pub goal_progress: String,
    #[serde(default)]
    pub next_step: String,
    #[serde(default)]
    pub quote: String,
    #[serde(default)]
    pub notes: String,
    pub duration_seconds: Option<i32>,
}
