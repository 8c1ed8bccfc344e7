//! The session day's wire shapes: who is due, attendance and the check before exercise
//! (`http::session_day`, `db::session_day`).

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::ids::{CohortId, ParticipantId};
use crate::domain::safety::Reason;
use crate::domain::sessions::{Attendance, Kind};

/// A check before exercise, with the rule's answer.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Check {
    pub systolic: Option<i32>,
    pub diastolic: Option<i32>,
    pub pulse: Option<i32>,
    /// usual | unwell | chest_pain
    pub feeling: String,
    /// The reading is outside the municipality's limits: no exercise today, rest and measure
    /// again.
    pub rest: bool,
    pub reasons: Vec<Reason>,
    /// Chest pain at rest: call for help first.
    pub urgent: bool,
    #[serde(with = "crate::utc")]
    pub recorded_at: NaiveDateTime,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct CheckInput {
    /// 収縮期（上）血圧, mmHg.
    pub systolic: Option<i32>,
    /// 拡張期（下）血圧, mmHg.
    pub diastolic: Option<i32>,
    /// 脈拍, /分.
    pub pulse: Option<i32>,
    /// usual | unwell | chest_pain
    #[serde(default = "usual")]
    pub feeling: String,
}

pub(crate) fn usual() -> String {
    "usual".into()
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DueToday {
    pub participant_id: ParticipantId,
    pub display_name: String,
    pub kana: String,
    pub number: i32,
    pub kind: Kind,
    pub attendance: Attendance,
    pub check: Option<Check>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CohortDay {
    pub cohort_id: CohortId,
    pub cohort_name: String,
    pub provider_name: String,
    pub date: NaiveDate,
    /// "HH:MM", Japan time (none for a cohort planned without a time).
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    pub venue: String,
    pub transport: bool,
    pub meeting_point: String,
    /// The day is a national holiday or one of the municipality's closed days.
    pub closed: Option<String>,
    /// Everyone with a session on the day, by kana.
    pub people: Vec<DueToday>,
}
