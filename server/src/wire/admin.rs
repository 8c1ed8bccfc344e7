//! The administration's wire shapes: providers, cohort plans, the municipality's settings, staff
//! accounts, invitations and one-time links (`http::admin_setup`, `db::admin`, `db::admin_staff`).

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::administration::{ProviderKind, StaffingRule};
use crate::domain::holidays::ClosedDay;
use crate::domain::ids::{CohortId, ProviderId, StaffId};
use crate::domain::role::Role;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Provider {
    pub id: ProviderId,
    pub name: String,
    pub address: String,
    pub phone: String,
    pub kind: ProviderKind,
    /// A deactivated provider keeps its history but gets no new cohorts or staff.
    pub active: bool,
    /// Cohorts planned at this provider.
    pub cohorts: i64,
    /// People registered at this provider (their records are kept).
    pub participants: i64,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct ProviderInput {
    pub name: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub phone: String,
    pub kind: ProviderKind,
    /// Default true; false deactivates (never deletes) the provider.
    #[serde(default = "yes")]
    pub active: bool,
}

pub(crate) fn yes() -> bool {
    true
}

/// A cohort as the administrator plans it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CohortPlan {
    pub id: CohortId,
    pub provider_id: ProviderId,
    pub provider_name: String,
    pub name: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub capacity: i32,
    pub room_area_m2: f64,
    /// 1 (Monday) … 7 (Sunday).
    pub weekday: Option<i32>,
    /// "HH:MM", Japan time.
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    pub venue: String,
    /// 送迎あり
    pub transport: bool,
    /// Where the transport picks people up.
    pub meeting_point: String,
    /// Session numbers held at home (訪問) by default.
    pub home_visits: Vec<u32>,
    /// People enrolled in it.
    pub participants: i64,
    /// The days of the session weekday in the period when no session is held (national
    /// holidays, the municipality's closed days), so planning sees them.
    pub closed_days: Vec<ClosedDay>,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct CohortInput {
    pub provider_id: ProviderId,
    pub name: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub capacity: i32,
    pub room_area_m2: f64,
    /// 1 (Monday) … 7 (Sunday).
    pub weekday: i32,
    /// "HH:MM"
    pub starts_at: String,
    pub ends_at: String,
    pub venue: String,
    #[serde(default)]
    pub transport: bool,
    #[serde(default)]
    pub meeting_point: String,
    #[serde(default)]
    pub home_visits: Vec<u32>,
}

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Settings {
    /// The words that explain the program's end to a new participant (the same for the 包括
    /// and the provider).
    pub program_end_text: String,
    pub staffing_rule: StaffingRule,
    /// Who push services may contact about this municipality's notifications (an e-mail).
    pub push_contact: String,
    pub two_factor_required: bool,
    /// Days without sessions besides national holidays: "MM-DD/MM-DD" ranges, comma-separated.
    pub closed_days: String,
}

/// What a one-time link is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LinkPurpose {
    /// The first administrator, made by `dekita init`.
    Setup,
    /// A staff member invited by an administrator.
    Invitation,
    /// A new password, after an administrator's reset.
    Reset,
}

crate::text_enum!(LinkPurpose, "link purpose", {
    Setup => "setup",
    Invitation => "invitation",
    Reset => "reset",
});

/// A link just made: shown once to whoever made it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct IssuedLink {
    /// The address to pass on (the server's public address, when configured, before it).
    pub url: String,
    #[serde(with = "crate::utc")]
    pub expires_at: NaiveDateTime,
}

/// Who a link is for, as the welcome screen shows it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LinkInfo {
    pub purpose: LinkPurpose,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub municipality_name: String,
    pub provider_name: Option<String>,
    /// The municipality requires a second factor: it is set up right after the password.
    pub two_factor_required: bool,
    #[serde(with = "crate::utc")]
    pub expires_at: NaiveDateTime,
}

/// Where a staff account stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AccountStatus {
    /// Signs in.
    Active,
    /// Invited; has not set a password yet.
    Invited,
    /// Stopped: cannot sign in; the records they wrote stay.
    Deactivated,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StaffAccount {
    pub id: StaffId,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub provider_id: Option<ProviderId>,
    pub provider_name: Option<String>,
    pub status: AccountStatus,
    /// Signs in with a second factor.
    pub two_factor_enabled: bool,
    /// When the open invitation or reset link stops working.
    #[serde(with = "crate::utc::option")]
    pub link_expires_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct Invitation {
    pub name: String,
    pub email: String,
    pub role: Role,
    /// Required for provider staff (therapist, nurse); none for the others.
    pub provider_id: Option<ProviderId>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct InvitedStaff {
    pub staff: StaffAccount,
    /// The one-time link to pass on (shown this once).
    pub link: IssuedLink,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct RoleChange {
    pub role: Role,
    pub provider_id: Option<ProviderId>,
}
