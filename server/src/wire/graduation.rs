//! The graduation review on the wire: the review with what dekita already holds to write it
//! from, the municipality's rule for 卒業, the explanation of the end at 導入, the recipient's
//! rendering (only the consented parts) and the person's own summary.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::consent::Part;
use crate::domain::graduation::{CountedSupport, Destination, Medium, Outcome, ToWhom, Transport};
use crate::domain::ids::ParticipantId;
use crate::wire::performance::PerformanceTest;

/// What the therapist writes at the review (besides the outcome).
#[derive(Debug, Clone, Default, Serialize, Deserialize, ToSchema)]
pub struct ReviewBody {
    /// With `graduated_with_support`: the support used (B, D).
    #[serde(default)]
    pub support: Vec<CountedSupport>,
    /// With `not_graduated`: where the person goes on to.
    #[serde(default)]
    pub destination: Option<Destination>,
    #[serde(default)]
    pub destination_note: String,
    /// できるようになったこと, in plain words (3–5 lines).
    #[serde(default)]
    pub abilities: Vec<String>,
    /// 参加の希望 (what, which days, with whom).
    #[serde(default)]
    pub participation_wishes: String,
    #[serde(default)]
    pub transport: Vec<Transport>,
    /// 気をつけること, in plain words — never diagnoses.
    #[serde(default)]
    pub cautions: String,
    /// 本人のひとこと.
    #[serde(default)]
    pub own_words: String,
    /// これからも続けること (the exercise to keep).
    #[serde(default)]
    pub exercise_plan: String,
    /// How and when to reach the person (for the coordinator, if the contact part is shared).
    #[serde(default)]
    pub contact: String,
    /// The 圏域 the person lives in (shared with the contact part; filters suggestions).
    #[serde(default)]
    pub area: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct GoalLine {
    pub text: String,
    pub steps_reached: usize,
    pub steps_total: usize,
    /// GAS −2 … +2 at the end, when scored.
    pub gas: Option<i32>,
    pub performance_start: Option<i32>,
    pub performance_end: Option<i32>,
    pub satisfaction_start: Option<i32>,
    pub satisfaction_end: Option<i32>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ChecklistCount {
    #[serde(with = "crate::utc")]
    pub screened_at: NaiveDateTime,
    /// How many of the 25 answers count.
    pub counted: usize,
    /// The criteria met (in words).
    pub criteria_met: Vec<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct InterestLine {
    pub item: i32,
    pub label: String,
    pub doing: bool,
    pub want: bool,
    pub interested: bool,
}

/// What dekita already holds, to write the review from.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Prefill {
    /// completed (修了) once the twelve sessions are done.
    pub status: String,
    pub ended_on: Option<NaiveDate>,
    pub goals: Vec<GoalLine>,
    pub tests_first: Option<PerformanceTest>,
    pub tests_last: Option<PerformanceTest>,
    pub checklist_first: Option<ChecklistCount>,
    pub checklist_last: Option<ChecklistCount>,
    /// From the graduation checklist, else the one at 導入.
    pub interests: Vec<InterestLine>,
    /// The home-exercise plan now, in lines.
    pub exercise_plan: Vec<String>,
    /// 卒業後にしたいこと (recorded at 導入).
    pub after_program_wish: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct GraduationReview {
    #[schema(value_type = String)]
    pub participant_id: ParticipantId,
    /// 0 until first saved.
    pub version: i32,
    pub reviewed_on: Option<NaiveDate>,
    pub outcome: Option<Outcome>,
    /// Whether the outcome counts as 卒業 under the municipality's rule.
    pub counts_as_graduation: Option<bool>,
    /// The rule, in words: shown wherever 卒業 is.
    pub rule: String,
    #[serde(flatten)]
    pub body: ReviewBody,
    #[serde(default, with = "crate::utc::option")]
    pub updated_at: Option<NaiveDateTime>,
    pub updated_by_name: Option<String>,
    pub prefill: Prefill,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct GraduationInput {
    pub reviewed_on: Option<NaiveDate>,
    pub outcome: Option<Outcome>,
    #[serde(flatten)]
    pub body: ReviewBody,
}

/// The municipality's rule for 卒業: whether support B/D counts, and the rule in words.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct GraduationRule {
    pub support_counts_as_graduation: bool,
    /// The rule, in words (read-only).
    #[serde(default)]
    pub rule: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SharedContact {
    pub display_name: String,
    pub kana: String,
    /// How and when to reach the person.
    pub contact: String,
    /// The 圏域 the person lives in.
    pub area: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SharedGoal {
    pub text: String,
    /// GAS 0 or better, or every step reached.
    pub achieved: bool,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SharedParticipation {
    pub wishes: String,
    pub transport: Vec<Transport>,
    pub after_program_wish: String,
}

/// What a recipient sees: each part present only when the consent shares it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SharedRecord {
    /// The parts the consent shares.
    pub parts: Vec<Part>,
    pub contact: Option<SharedContact>,
    pub interests: Option<Vec<InterestLine>>,
    pub goals: Option<Vec<SharedGoal>>,
    pub abilities: Option<Vec<String>>,
    pub participation: Option<SharedParticipation>,
    pub care_notes: Option<String>,
    pub exercise_plan: Option<String>,
    /// Results of the follow-ups (none are kept yet).
    pub followup_results: Option<Vec<String>>,
}

/// The person's own summary and their way to 卒業, on their phone.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MyGraduation {
    /// The last session's day, when the schedule is made.
    pub graduation_date: Option<NaiveDate>,
    /// 卒業後にしたいこと, in the person's words (from 導入).
    pub after_program_wish: String,
    /// What 卒業 means here.
    pub rule: String,
    /// Set once the therapist has written the review.
    pub summary: Option<MySummary>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MySummary {
    /// できるようになったこと — shown first.
    pub abilities: Vec<String>,
    pub goals: Vec<SharedGoal>,
    pub exercise_plan: String,
    pub participation_wishes: String,
    pub own_words: String,
    pub outcome: Option<Outcome>,
    pub counts_as_graduation: Option<bool>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EndExplanation {
    #[schema(value_type = String)]
    pub participant_id: ParticipantId,
    /// 0 until first saved.
    pub version: i32,
    pub explained_on: Option<NaiveDate>,
    pub explained_by_name: Option<String>,
    pub to_whom: Option<ToWhom>,
    pub medium: Option<Medium>,
    /// The municipality's shared words, and their version.
    pub wording: String,
    pub wording_version: String,
    /// 卒業後にしたいこと・戻りたい場所, in the person's words.
    pub wish: String,
    /// Items of the 興味関心チェックシート the wish is about.
    pub wish_items: Vec<InterestRef>,
    #[serde(default, with = "crate::utc::option")]
    pub updated_at: Option<NaiveDateTime>,
    pub updated_by_name: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct InterestRef {
    pub item: i32,
    pub label: String,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct EndExplanationInput {
    pub explained_on: Option<NaiveDate>,
    pub to_whom: Option<ToWhom>,
    pub medium: Option<Medium>,
    #[serde(default)]
    pub wish: String,
    #[serde(default)]
    pub wish_items: Vec<i32>,
}
