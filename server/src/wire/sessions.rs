//! The twelve sessions, their changes and the program's end on the wire (`http::program`,
//! `db::sessions`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::ids::ParticipantId;
use crate::domain::sessions::{Attendance, Kind};
use crate::wire::participants::{CohortRef, NextSession};

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Session {
    pub number: i32,
    pub date: NaiveDate,
    pub kind: Kind,
    pub attendance: Attendance,
    pub has_interview: bool,
    pub has_tests: bool,
    /// Sessions 1, 6 and 12 are the test rounds.
    pub tests_due: bool,
    /// The day that was missed, when this session is a make-up (振替).
    pub makeup_of: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CompletedByDecision {
    /// Why the therapist declared the program complete (e.g. the last session was missed).
    pub note: String,
    pub on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Discontinued {
    pub reason: DiscontinueReason,
    pub note: String,
    pub on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Program {
    #[schema(value_type = String)]
    pub participant_id: ParticipantId,
    /// referred | enrolled | completed (修了) | discontinued
    pub status: String,
    pub cohort: CohortRef,
    /// The session numbers the cohort holds at home (訪問) by default: the schedule form starts
    /// from them, and a schedule made without `home_visits` uses them.
    pub home_visits_default: Vec<u32>,
    pub discontinued: Option<Discontinued>,
    /// Set when the therapist declared the program complete rather than session 12 attended.
    pub completion: Option<CompletedByDecision>,
    /// Empty until the schedule is made.
    pub sessions: Vec<Session>,
    pub next_session: Option<NextSession>,
    pub graduation_date: Option<NaiveDate>,
}

/// Why a person stopped (中断), from a fixed list plus free text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DiscontinueReason {
    /// 病気の悪化
    Illness,
    /// 入院
    Hospitalized,
    /// けが・転倒
    Injury,
    /// 家族の事情
    Family,
    /// 転居
    Moved,
    /// 本人の希望
    OwnWish,
    /// 介護サービスの利用開始
    CareService,
    /// その他
    Other,
}

crate::text_enum!(DiscontinueReason, "discontinuation reason", {
    Illness => "illness",
    Hospitalized => "hospitalized",
    Injury => "injury",
    Family => "family",
    Moved => "moved",
    OwnWish => "own_wish",
    CareService => "care_service",
    Other => "other",
});

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NewSchedule {
    pub first_date: NaiveDate,
    /// The numbers held at home (訪問); without it, the cohort's default (an empty list means
    /// none at home).
    #[serde(default)]
    pub home_visits: Option<Vec<u32>>,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct SessionChange {
    pub date: Option<NaiveDate>,
    pub kind: Option<Kind>,
    pub attendance: Option<Attendance>,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NewMakeup {
    /// The make-up day, after the day that was missed.
    pub date: NaiveDate,
    /// 通所 or 訪問; as the missed session when absent.
    pub kind: Option<Kind>,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct Completion {
    /// Why the program is complete without the last session (e.g. 「12回目を体調不良で欠席。
    /// 振替は希望されず、ご本人と相談して修了」).
    pub reason: String,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct Discontinuation {
    pub reason: DiscontinueReason,
    #[serde(default)]
    pub note: String,
}
