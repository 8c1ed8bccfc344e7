//! Eligibility screenings on the wire (`http::participants`, `db::screenings`).

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::eligibility::Exclusions;

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct ScreeningInput {
    /// 25 answers in the form's order: true = 「はい」, false = 「いいえ」. Item 12 may be null
    /// when height and weight are given (it is then BMI < 18.5).
    pub answers: Vec<Option<bool>>,
    pub height_cm: Option<f64>,
    pub weight_kg: Option<f64>,
    /// none | support_1 | support_2 | care_needed
    pub certification: String,
    #[serde(default)]
    pub exclusions: Exclusions,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Criterion {
    pub number: u8,
    pub label: String,
    pub matched: bool,
    pub count: usize,
    pub threshold: usize,
    /// The item numbers that counted.
    pub items: Vec<u8>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ScreeningResult {
    pub id: String,
    #[serde(with = "crate::utc")]
    pub screened_at: NaiveDateTime,
    pub screened_by_name: String,
    pub eligible: bool,
    /// certification | checklist | null
    pub basis: Option<String>,
    pub bmi: Option<f64>,
    pub item12: bool,
    pub certification: String,
    pub answers: Vec<Option<bool>>,
    pub height_cm: Option<f64>,
    pub weight_kg: Option<f64>,
    pub age_years: i32,
    pub criteria: Vec<Criterion>,
    /// Keys of the exclusions that apply.
    pub exclusions: Vec<String>,
    /// Why, in Japanese.
    pub reasons: Vec<String>,
}
