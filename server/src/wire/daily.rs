//! The daily loop's shapes on the wire: the exercise library, prescriptions and the plan, the
//! phone's records and what it pulls, and the therapist's daily view. Answers also deserialize,
//! so the tests read them back into the same types.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

pub use crate::domain::daily::{Day, DiaryEntry, Flag, MeasurementEntry};
use crate::domain::exercises::Unit;
use crate::domain::ids::ParticipantId;
use crate::domain::successes::Success;

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct ExerciseInfo {
    pub key: String,
    pub title: String,
    pub area: String,
    pub level: i32,
    pub unit: Unit,
    pub steps: Vec<String>,
    pub safety: Vec<String>,
    /// Where the picture is served (SVG for the built-in library, JPEG for local ones).
    pub picture_url: Option<String>,
    /// The municipality's own (e.g. the town's 体操).
    pub local: bool,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NewLocalExercise {
    pub title: String,
    /// strength | balance | oral | breathing | walking
    pub area: String,
    pub level: i32,
    pub unit: Unit,
    pub steps: Vec<String>,
    #[serde(default)]
    pub safety: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct PlanItem {
    /// An exercise key from the library.
    pub exercise: String,
    /// Reps, seconds or minutes per set, by the exercise's unit.
    pub amount: u32,
    pub sets: u32,
    pub days_per_week: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Prescription {
    pub id: String,
    pub starts_on: NaiveDate,
    pub items: Vec<PlanItem>,
    pub note: String,
    #[serde(with = "crate::utc")]
    pub created_at: NaiveDateTime,
    pub created_by_name: String,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NewPrescription {
    /// Today when absent.
    pub starts_on: Option<NaiveDate>,
    pub items: Vec<PlanItem>,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct PlanEntry {
    pub exercise: ExerciseInfo,
    pub amount: u32,
    pub sets: u32,
    pub days_per_week: u32,
}

/// The plan in force on a day: the newest version that has started by then.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Plan {
    pub date: NaiveDate,
    pub since: Option<NaiveDate>,
    pub items: Vec<PlanEntry>,
    pub note: String,
    /// The highest days-a-week of the plan (for "the week's plan met").
    pub days_per_week: Option<u32>,
}

/// One thing the person recorded, as the phone sends it.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct EventIn {
    /// A UUID made on the phone; the same id sent twice is stored once.
    pub client_id: String,
    /// exercise_done | exercise_flag | activity | measurement | retraction
    pub kind: String,
    /// The day on the phone's calendar when it was recorded.
    pub local_date: NaiveDate,
    /// When the phone recorded it: RFC 3339, e.g. `2026-04-01T00:30:00.000Z` (another offset
    /// is turned into UTC; a time without an offset, as earlier app versions sent, is read
    /// as UTC). Absent: when it arrives.
    #[serde(default, with = "crate::utc::option")]
    pub recorded_at: Option<NaiveDateTime>,
    #[schema(value_type = Object)]
    pub data: serde_json::Value,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EventResult {
    pub client_id: String,
    /// stored | duplicate | rejected
    pub status: &'static str,
    pub message: Option<String>,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct Batch {
    pub events: Vec<EventIn>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Message {
    pub id: String,
    pub from_name: String,
    pub text: String,
    #[serde(with = "crate::utc")]
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Changes {
    /// Send it back as `since` next time.
    #[serde(with = "crate::utc")]
    pub cursor: NaiveDateTime,
    /// The plan in force today (always sent: it is small).
    pub plan: Plan,
    pub successes: Vec<Success>,
    pub messages: Vec<Message>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DailyView {
    #[schema(value_type = String)]
    pub participant_id: ParticipantId,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// One entry per day from `from` to `to` (the heat map).
    pub days: Vec<Day>,
    pub diary: Vec<DiaryEntry>,
    /// Newest first: what to look at first.
    pub flags: Vec<Flag>,
    pub measurements: Vec<MeasurementEntry>,
    /// Readings in the window that held exercise back by the municipality's limits, newest
    /// first: the first thing to look at.
    pub unsafe_readings: Vec<crate::domain::notebook::ReadingEntry>,
    pub successes: Vec<Success>,
    /// Records in the window made on a family phone on the person's behalf (ご家族が記録),
    /// newest first.
    pub family_records: Vec<crate::wire::family::FamilyRecord>,
    /// The current run of consecutive exercise days, up to today.
    pub streak: u32,
    pub last_record_on: Option<NaiveDate>,
}
