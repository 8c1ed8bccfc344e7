//! A cohort (実施期間・クール) as the wire shows it (`db::cohorts`).

use chrono::NaiveDate;
use serde::Serialize;
use utoipa::ToSchema;

use crate::domain::ids::{CohortId, ProviderId};

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Cohort {
    #[schema(value_type = String)]
    pub id: CohortId,
    pub name: String,
    #[schema(value_type = String)]
    pub provider_id: ProviderId,
    pub provider_name: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub capacity: i32,
}
