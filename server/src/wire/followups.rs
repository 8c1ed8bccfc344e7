//! Follow-up's shapes on the wire: the staff task and the record it holds, the reassignment,
//! and the participant's dates and short answers (the self-report).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::followup::{Keeping, OutingPlace, Outings};
use crate::domain::ids::{ParticipantId, StaffId};

/// Participation in the community at the follow-up (several may apply).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Participation {
    /// `salon` (通いの場・サロン), `hobby` (趣味の会), `work` (就労), `volunteer`
    /// (ボランティア・担い手), `community` (町内会など), `home_role` (家庭での役割) or
    /// `self_exercise` (自主運動のみ — not participation for the status).
    pub kind: String,
    /// The place in the directory, when there is one.
    #[serde(default)]
    pub place_id: Option<String>,
    /// Times a week.
    #[serde(default)]
    pub per_week: Option<f32>,
}

/// Optional measures (基本チェックリスト re-check, TUG, 5回立ち上がり, 主観的健康感).
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct Measures {
    /// 基本チェックリスト: how many of the 25 items apply.
    #[serde(default)]
    pub checklist_count: Option<i32>,
    #[serde(default)]
    pub tug_seconds: Option<f32>,
    #[serde(default)]
    pub five_stands_seconds: Option<f32>,
    /// 主観的健康感 1 (よくない) – 4 (とてもよい).
    #[serde(default)]
    pub self_rated_health: Option<i32>,
}

/// What a follow-up records (§4.3).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct FollowUpInput {
    /// The day of the contact; today when absent.
    #[serde(default)]
    pub done_on: Option<NaiveDate>,
    /// `phone`, `visit`, `at_place`, `self_report`, `claims_data`, `from_care_manager`.
    pub method: String,
    /// Who told (本人, 家族, 包括, 通いの場の世話役 …).
    #[serde(default)]
    pub informant: String,
    /// 認定区分: `none`, `jigyo_taisho`, `support_1`, `support_2`, `care_1`…`care_5`,
    /// `applying`, `unknown`.
    pub certification: String,
    /// Against the end of the program: `same`, `lighter`, `heavier`, `unknown`.
    pub certification_change: String,
    /// Formal services in use: `general_prevention`, `type_b`, `type_d`, `type_a`,
    /// `equivalent_day`, `equivalent_home`, `preventive_benefit`, `care_benefit`, `c_again`,
    /// `medical_rehab`, `in_hospital`.
    #[serde(default)]
    pub services: Vec<String>,
    #[serde(default)]
    pub participation: Vec<Participation>,
    /// `moved`, `institution`, `died`, `unreachable`.
    #[serde(default)]
    pub events: Vec<String>,
    /// Reached and living on at home.
    #[serde(default)]
    pub living_independently: bool,
    /// Days a week the home exercise continues (0–7), when known.
    #[serde(default)]
    pub home_exercise_days: Option<i32>,
    #[serde(default)]
    pub measures: Measures,
    /// 本人の満足 1–5.
    #[serde(default)]
    pub satisfaction: Option<i32>,
    /// 「物足りない」 and the like.
    #[serde(default)]
    pub fit_note: String,
    /// `none`, `sc_other_place`, `consult_care_manager`, `c_again`.
    pub next_action: String,
}

/// One follow-up task as its assignee (or the municipality) sees it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FollowUp {
    pub id: String,
    pub participant_id: ParticipantId,
    pub display_name: String,
    /// 3, 6 or 12 months after the program's end.
    pub months: i32,
    pub due_on: NaiveDate,
    pub window_from: NaiveDate,
    pub window_until: NaiveDate,
    /// `upcoming`, `due`, `overdue`, `escalated` (overdue by more than 30 days), `done`.
    pub state: String,
    /// `coordinator`, `care_manager` or `municipality`.
    pub assignee_kind: String,
    pub assigned_staff_id: Option<StaffId>,
    pub assigned_name: Option<String>,
    pub done_on: Option<NaiveDate>,
    /// The derived status, once recorded.
    pub status: Option<String>,
    pub status_label: Option<String>,
    pub record: Option<FollowUpInput>,
    /// What the person answered on their phone, when they did: the self-report part.
    pub self_report: Option<SelfReport>,
}

/// A graduate connected to a place who has stopped attending it: a task for the coordinator
/// holding a live consent, else the referring 包括 (else the municipality); the note says which.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AttentionTask {
    pub participant_id: ParticipantId,
    pub display_name: String,
    pub place_name: String,
    /// `recorded` (the coordinator recorded that they no longer come) or `not_seen` (not seen
    /// there for four weeks).
    pub reason: String,
    /// The day recorded, or the last day seen.
    pub since: NaiveDate,
    /// `coordinator`, `care_manager` or `municipality`.
    pub assignee_kind: String,
    pub assigned_staff_id: Option<StaffId>,
    pub assigned_name: Option<String>,
    /// What happened and who holds it, in words.
    pub note: String,
}

/// The person's own short answer on their phone when a follow-up is due.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SelfReport {
    pub outings: Outings,
    pub places: Vec<OutingPlace>,
    pub exercise: Keeping,
    pub answered_on: NaiveDate,
}

/// The self-report as the phone sends it.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct SelfReportInput {
    pub outings: Outings,
    #[serde(default)]
    pub places: Vec<OutingPlace>,
    pub exercise: Keeping,
}

/// To whom the municipality gives a task: a coordinator (who needs a live `sc_handoff`
/// consent for the person), a 包括, or nobody (the municipality itself).
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct Reassignment {
    #[serde(default)]
    pub staff_id: Option<StaffId>,
}

/// A follow-up date on the participant's phone.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MyFollowUp {
    pub id: String,
    pub months: i32,
    pub due_on: NaiveDate,
    pub done: bool,
    /// The person may answer the short questions now (the window has opened, staff have not
    /// recorded it yet).
    pub open: bool,
    /// Their answer, once given.
    pub self_report: Option<SelfReport>,
}
