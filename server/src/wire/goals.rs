//! Goals and their steps on the wire (`http::program`, `db::goals`).

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::ids::{GoalId, ParticipantId};

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Step {
    pub id: String,
    pub position: i32,
    pub text: String,
    pub target_session: i32,
    pub reached_session: Option<i32>,
    /// The day the step was first marked reached (a small success the daily loop can use).
    pub reached_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Goal {
    #[schema(value_type = String)]
    pub id: GoalId,
    #[schema(value_type = String)]
    pub participant_id: ParticipantId,
    pub version: i32,
    /// active | raised
    pub status: String,
    /// In the person's own words.
    pub text: String,
    pub source_item: Option<i32>,
    /// The checklist item's wording, when the goal came from one.
    pub source_label: Option<String>,
    pub source_other: Option<String>,
    pub performance_start: Option<i32>,
    pub satisfaction_start: Option<i32>,
    pub performance_end: Option<i32>,
    pub satisfaction_end: Option<i32>,
    pub gas: Option<i32>,
    #[schema(value_type = Option<String>)]
    pub previous_goal_id: Option<GoalId>,
    pub steps: Vec<Step>,
    #[serde(with = "crate::utc")]
    pub created_at: NaiveDateTime,
    #[serde(with = "crate::utc")]
    pub updated_at: NaiveDateTime,
    pub updated_by_name: String,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NewStep {
    pub text: String,
    pub target_session: i32,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NewGoal {
    pub text: String,
    pub source_item: Option<i32>,
    pub source_other: Option<String>,
    pub performance_start: Option<i32>,
    pub satisfaction_start: Option<i32>,
    #[serde(default)]
    pub steps: Vec<NewStep>,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct StepInput {
    /// An existing step's id; absent for a new step.
    pub id: Option<String>,
    pub text: String,
    pub target_session: i32,
    pub reached_session: Option<i32>,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct GoalUpdate {
    pub text: String,
    pub source_item: Option<i32>,
    pub source_other: Option<String>,
    pub performance_start: Option<i32>,
    pub satisfaction_start: Option<i32>,
    pub performance_end: Option<i32>,
    pub satisfaction_end: Option<i32>,
    pub gas: Option<i32>,
    #[serde(default)]
    pub steps: Vec<StepInput>,
}
