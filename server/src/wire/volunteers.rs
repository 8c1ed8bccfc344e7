//! The circle (循環型) on the wire: the volunteer registry, its activity log and matching, the
//! participant's sign-up on their phone, the structured referrer and the feedback to them.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::consent::{Part, Standing};
use crate::domain::ids::{ParticipantId, StaffId, VolunteerId};
use crate::domain::referrer::{Delivery, FeedbackEvent, ReferrerKind};
use crate::domain::volunteers::{OfferedAt, VolunteerStatus};

/// A training (講座・研修) the volunteer took.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema, PartialEq, Eq)]
pub struct Training {
    pub name: String,
    pub on: NaiveDate,
}

/// One entry of the registry.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Volunteer {
    #[schema(value_type = String)]
    pub id: VolunteerId,
    #[schema(value_type = String)]
    pub participant_id: ParticipantId,
    pub name: String,
    pub name_kana: String,
    pub status: VolunteerStatus,
    /// 関心あり / 研修済み / 活動中 / 休止中
    pub status_label: String,
    /// The day the status last changed.
    pub status_on: NaiveDate,
    /// Roles they would like (from the directory's open roles, or their own words).
    pub roles: Vec<String>,
    /// Skills and former work, in their words.
    pub skills: String,
    pub availability: String,
    /// 圏域
    pub area: Option<String>,
    pub trainings: Vec<Training>,
    pub offered_at: OfferedAt,
    /// Where the `volunteer_registry` consent stands today (`null`: none asked yet). Only a live
    /// one lets the registration reach a coordinator or the municipality.
    pub consent: Option<Standing>,
    pub hours: f64,
    pub activities: Vec<Activity>,
}

/// The registry with the circle's counts (people, never names, in `summary`).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct VolunteerList {
    pub summary: CircleSummary,
    pub volunteers: Vec<Volunteer>,
}

/// The circle in numbers, over the volunteers the caller may see.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CircleSummary {
    pub registered: u32,
    pub active: u32,
    /// Hours logged, all time.
    pub hours: f64,
    /// New people referred to the program by a graduate volunteer (the circle closing), in the
    /// municipality.
    pub referrals_by_volunteers: u32,
}

/// A graduate's registration, from staff (at graduation or the 6-month follow-up).
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct VolunteerInput {
    #[serde(default)]
    pub roles: Vec<String>,
    #[serde(default)]
    pub skills: String,
    #[serde(default)]
    pub availability: String,
    pub area: Option<String>,
    #[serde(default)]
    pub trainings: Vec<Training>,
    /// When it was offered; the graduation review when absent.
    pub offered_at: Option<OfferedAt>,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct StatusChange {
    pub status: VolunteerStatus,
}

/// One activity: date, place, role, time.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Activity {
    pub id: String,
    pub on_date: NaiveDate,
    pub place_id: Option<String>,
    pub place_name: String,
    pub role: String,
    pub minutes: i32,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct ActivityInput {
    pub on_date: NaiveDate,
    /// A place of the directory, or `place_name` for one not in it.
    pub place_id: Option<String>,
    pub place_name: Option<String>,
    pub role: String,
    /// In steps of 15 minutes, up to 12 hours.
    pub minutes: i32,
}

/// An open role at a place, with why it suits the volunteer.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RoleMatch {
    pub place_id: String,
    pub place_name: String,
    pub area: Option<String>,
    pub role: String,
    pub score: u32,
    pub reasons: Vec<String>,
}

/// The person's own registration, on their phone.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MyVolunteer {
    /// Whether the sign-up is offered now (after the program ended: 修了 or 中断).
    pub offered: bool,
    /// `null` until they sign up.
    pub status: Option<VolunteerStatus>,
    pub status_label: Option<String>,
    pub roles: Vec<String>,
    /// The open roles of the places directory, to choose from.
    pub open_roles: Vec<String>,
}

/// The phone's sign-up, in plain words.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct MySignUp {
    #[serde(default)]
    pub roles: Vec<String>,
    #[serde(default)]
    pub availability: String,
}

/// Who referred a person.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Referrer {
    #[schema(value_type = String)]
    pub participant_id: ParticipantId,
    pub kind: ReferrerKind,
    pub kind_label: String,
    pub organisation: String,
    pub person: String,
    pub contact: String,
    /// A 包括 user, who receives feedback in the app.
    #[schema(value_type = Option<String>)]
    pub staff_id: Option<StaffId>,
    pub staff_name: Option<String>,
    /// The graduate volunteer who referred them (kind `graduate_volunteer`).
    #[schema(value_type = Option<String>)]
    pub volunteer_id: Option<VolunteerId>,
    pub volunteer_name: Option<String>,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct ReferrerInput {
    pub kind: ReferrerKind,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub person: String,
    #[serde(default)]
    pub contact: String,
    #[schema(value_type = Option<String>)]
    pub staff_id: Option<StaffId>,
    #[schema(value_type = Option<String>)]
    pub volunteer_id: Option<VolunteerId>,
}

/// A person's feedback to their referrer: each event, drafted or sent.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FeedbackPage {
    #[schema(value_type = String)]
    pub participant_id: ParticipantId,
    pub referrer: Option<Referrer>,
    /// Whether a live `referrer_feedback` consent allows sending, and what it shares.
    pub consent_live: bool,
    pub consent_parts: Vec<Part>,
    pub delivery: Option<Delivery>,
    pub items: Vec<FeedbackItem>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct FeedbackItem {
    pub event: FeedbackEvent,
    /// Tells events of one kind apart (a connection's record id); empty otherwise.
    pub event_key: String,
    pub event_on: NaiveDate,
    /// The words dekita drafted (only when it may be sent and is not yet).
    pub draft: Option<String>,
    pub sent: Option<SentFeedback>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SentFeedback {
    pub id: String,
    pub body: String,
    pub delivery: Delivery,
    pub addressee: String,
    pub sent_by_name: String,
    #[serde(with = "crate::utc")]
    pub sent_at: NaiveDateTime,
}

/// Staff confirm (and may have edited) the draft.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct FeedbackSend {
    pub event: FeedbackEvent,
    #[serde(default)]
    pub event_key: String,
    pub body: String,
}

/// Feedback a 包括 user received about a person they referred. When the person has since
/// withdrawn the consent, only a tombstone remains (`body` null).
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReceivedFeedback {
    pub id: String,
    pub event: FeedbackEvent,
    pub event_on: NaiveDate,
    pub body: Option<String>,
    pub withdrawn: bool,
    pub from_provider: String,
    #[serde(with = "crate::utc")]
    pub sent_at: NaiveDateTime,
}
