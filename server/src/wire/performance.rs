//! The performance tests (体力測定) on the wire (`http::program`, `db::performance`).

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PerformanceTest {
    pub session_number: i32,
    pub chair_stand_30s: Option<i32>,
    pub tug_s: Option<f64>,
    pub one_leg_left_s: Option<f64>,
    pub one_leg_right_s: Option<f64>,
    pub five_sts_s: Option<f64>,
    pub gait_distance_m: Option<f64>,
    pub gait_time_s: Option<f64>,
    pub gait_speed_mps: Option<f64>,
    #[serde(with = "crate::utc")]
    pub recorded_at: NaiveDateTime,
    pub recorded_by_name: String,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct PerformanceInput {
    pub chair_stand_30s: Option<i32>,
    pub tug_s: Option<f64>,
    pub one_leg_left_s: Option<f64>,
    pub one_leg_right_s: Option<f64>,
    pub five_sts_s: Option<f64>,
    pub gait_distance_m: Option<f64>,
    pub gait_time_s: Option<f64>,
}
