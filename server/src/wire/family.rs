//! A family member's phone (家族) on the wire: the consent, the code, the bound phones.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::ids::DeviceId;

/// The person agrees on their own phone, having read the words of this version.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct FamilyConsentOnPhone {
    /// The version of the words shown (`GET /me/family-phones` gives the current one).
    pub wording_version: String,
}

/// Staff record the person's consent signed on paper.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct FamilyConsentOnPaper {
    /// Where the signed form is kept.
    pub paper_kept_at: String,
}

/// The one-time code the family phone types in (`POST /enroll`).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct FamilyCode {
    /// `ABCD-EFGH`.
    pub code: String,
    #[serde(with = "crate::utc")]
    pub expires_at: NaiveDateTime,
}

/// A family phone that is bound now.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct FamilyPhone {
    #[schema(value_type = String)]
    pub id: DeviceId,
    pub label: String,
    #[serde(with = "crate::utc")]
    pub enrolled_at: NaiveDateTime,
    #[serde(default, with = "crate::utc::option")]
    pub last_seen_at: Option<NaiveDateTime>,
}

/// The person's family phones, and the words they read before agreeing to another.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct FamilyPhones {
    pub phones: Vec<FamilyPhone>,
    pub wording: String,
    pub wording_version: String,
}

/// A record made on a family phone on the person's behalf (shown as 「ご家族が記録」).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct FamilyRecord {
    /// The record's id as the phone made it (a diary entry carries the same).
    pub client_id: String,
    pub date: NaiveDate,
    /// exercise_done | activity | measurement
    pub kind: String,
}
