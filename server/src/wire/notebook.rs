//! The notebook's shapes on the wire: the person's whole 介護予防手帳 in one answer, the
//! safety limits and numbers the phone keeps, and a self-check as the phone sends it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::ids::{GoalId, ParticipantId};
use crate::domain::notebook::{Period, ReadingEntry, SelfCheckResult};
use crate::domain::safety::Thresholds;
use crate::domain::successes::Success;

/// A number to call, with whose it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Phone {
    pub name: String,
    /// As written (digits, hyphens); the phone makes a `tel:` link of it.
    pub phone: String,
}

/// What the phone needs to judge a reading with no signal, and whom to tell the person to
/// call when exercise is held back. Cached on the phone.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MySafety {
    pub thresholds: Thresholds,
    /// The provider running the person's sessions.
    pub provider: Option<Phone>,
    /// The municipality's 地域包括支援センター.
    pub community_centers: Vec<Phone>,
}

/// One of the person's own contacts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct PersonalContact {
    /// emergency | doctor
    pub kind: String,
    pub name: String,
    /// e.g. 長女, かかりつけ医 (empty when not given)
    pub relation: String,
    pub phone: String,
}

/// A session on the person's 予定.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct ScheduleItem {
    pub number: u32,
    pub date: NaiveDate,
    /// e.g. 「10:00〜11:30」 (empty when the provider has not said)
    pub time: String,
    /// Where (empty when the provider has not said).
    pub venue: String,
    pub done: bool,
}

/// The person's whole notebook, in one read. わたしの場所 (the places a coordinator connected
/// them to) and the graduation summary come with the graduation/consent work and are not
/// part of this answer yet.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Notebook {
    pub today: NaiveDate,
    pub display_name: String,
    /// The lifecycle state (e.g. in_program, completed, graduated).
    pub status: String,
    // わたしのこと
    pub contacts: Vec<PersonalContact>,
    pub provider: Option<Phone>,
    pub community_centers: Vec<Phone>,
    // わたしの目標 / できたこと
    pub goals: Vec<MyGoal>,
    pub successes: Vec<Success>,
    // からだの記録
    /// The last 12 weeks, oldest first (Monday to Sunday).
    pub weeks: Vec<Period>,
    /// The last 12 calendar months, oldest first.
    pub months: Vec<Period>,
    /// Blood pressure, pulse and weight of the last 12 months, oldest first, each judged.
    pub readings: Vec<ReadingEntry>,
    /// The last 12 months' records made on a family phone on the person's behalf
    /// (ご家族が記録), newest first.
    pub family_records: Vec<crate::wire::family::FamilyRecord>,
    // セルフチェック
    /// The last self-check taken, if any.
    pub self_check: Option<SelfCheckResult>,
    // 予定
    pub sessions: Vec<ScheduleItem>,
    pub sessions_left: u32,
    pub thresholds: Thresholds,
}

/// A self-check as the phone sends it.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NewSelfCheck {
    /// 25 answers, item 1 first: `true` for はい.
    pub answers: Vec<bool>,
}

/// A participant's own view: the active goals in their words, and the steps.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MyGoal {
    #[schema(value_type = String)]
    pub id: GoalId,
    pub text: String,
    pub steps: Vec<MyStep>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MyStep {
    pub text: String,
    pub target_session: i32,
    pub reached: bool,
}

/// A person's notebook as staff print it for them (手帳を印刷): the same notebook as their
/// phone's, with whose it is and how far the person's own records are shown.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StaffNotebook {
    #[schema(value_type = String)]
    pub participant_id: ParticipantId,
    /// The last day of the person's own records shown: the day the program ended as 修了,
    /// when no consent live today shares follow-up results (what they record afterwards is
    /// theirs alone); `null` when everything is shown.
    pub shown_until: Option<NaiveDate>,
    pub notebook: Notebook,
}
