//! Consents on the wire: as staff see them, as the person sees them on their phone, the
//! request for one and the phone's agreement.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::consent::{Method, Part, Purpose, Standing, State};
use crate::domain::ids::{ConsentId, ParticipantId, StaffId};
use crate::domain::role::Role;

/// Who receives under a consent, by name (the participant sees it too).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Recipient {
    #[schema(value_type = String)]
    pub staff_id: StaffId,
    pub name: String,
    /// 生活支援コーディネーター, 地域包括支援センター, …
    pub role: Role,
}

/// A consent as staff see it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Consent {
    #[schema(value_type = String)]
    pub id: ConsentId,
    #[schema(value_type = String)]
    pub participant_id: ParticipantId,
    pub purpose: Purpose,
    pub recipient: Option<Recipient>,
    /// The recipient's team (圏域), when the consent names it too.
    pub recipient_team: Option<String>,
    pub parts: Vec<Part>,
    pub valid_from: NaiveDate,
    pub valid_until: NaiveDate,
    pub method: Method,
    pub state: State,
    /// Where it stands today.
    pub standing: Standing,
    /// The version of the words the person read (on the phone) or the form's (on paper).
    pub wording_version: String,
    /// Where the signed paper is kept (on paper).
    pub paper_kept_at: Option<String>,
    /// The family member who gave it for the person, and how they are related.
    pub proxy_name: Option<String>,
    pub proxy_relationship: Option<String>,
    pub asked_by_name: String,
    #[serde(with = "crate::utc")]
    pub created_at: NaiveDateTime,
    #[serde(default, with = "crate::utc::option")]
    pub given_at: Option<NaiveDateTime>,
    /// Staff who recorded a paper or family consent.
    pub recorded_by_name: Option<String>,
    #[serde(default, with = "crate::utc::option")]
    pub withdrawn_at: Option<NaiveDateTime>,
    /// device | staff
    pub withdrawn_via: Option<String>,
}

/// A consent as the person sees it on their phone: plain facts and the words they read.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MyConsent {
    #[schema(value_type = String)]
    pub id: ConsentId,
    pub purpose: Purpose,
    pub recipient_name: Option<String>,
    pub recipient_team: Option<String>,
    pub parts: Vec<Part>,
    pub valid_until: NaiveDate,
    pub method: Method,
    pub state: State,
    pub standing: Standing,
    /// The words shown before the person taps 同意する, and their version.
    pub wording: String,
    pub wording_version: String,
    #[serde(default, with = "crate::utc::option")]
    pub withdrawn_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NewConsent {
    pub purpose: Purpose,
    #[schema(value_type = String)]
    pub recipient_staff_id: StaffId,
    /// Name the recipient's team (圏域) too, so a colleague can cover.
    #[serde(default)]
    pub include_team: bool,
    pub parts: Vec<Part>,
    /// Today when absent.
    pub valid_from: Option<NaiveDate>,
    /// Through the 12-month follow-up when absent (13 months after the last session).
    pub valid_until: Option<NaiveDate>,
    pub method: Method,
    pub paper_kept_at: Option<String>,
    pub proxy_name: Option<String>,
    pub proxy_relationship: Option<String>,
}

/// The phone's answer: the version of the words the person read.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct Agreement {
    pub wording_version: String,
}
