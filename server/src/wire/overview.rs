//! A cohort at a glance and its staffing on the wire (`db::overview`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::attention::Attention;
use crate::domain::ids::{CohortId, ParticipantId};
use crate::domain::staffing::StaffingCheck;
use crate::wire::participants::NextSession;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CohortFacts {
    #[schema(value_type = String)]
    pub id: CohortId,
    pub name: String,
    pub provider_name: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub capacity: i32,
    pub room_area_m2: f64,
    pub therapists: i32,
    pub nurses: i32,
    pub aides: i32,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OverviewPerson {
    #[schema(value_type = String)]
    pub id: ParticipantId,
    pub display_name: String,
    pub status: String,
    pub sessions_attended: u32,
    pub next_session: Option<NextSession>,
    pub graduation_date: Option<NaiveDate>,
    pub attention: Vec<Attention>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct GraduationDay {
    pub date: NaiveDate,
    pub count: u32,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Overview {
    pub cohort: CohortFacts,
    pub staffing: StaffingCheck,
    pub participants: Vec<OverviewPerson>,
    pub graduations: Vec<GraduationDay>,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct StaffingInput {
    pub capacity: i32,
    pub room_area_m2: f64,
    pub therapists: i32,
    pub nurses: i32,
    pub aides: i32,
}
