//! Handoffs on the wire: the person's staff's view, the coordinator's inbox (with its
//! tombstones) and detail, the steps they record, and the suggested places with reasons.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::graduation::SharedRecord;
use crate::domain::graduation::Transport;
use crate::domain::handoff::{HandoffState, NotConnectedReason};
use crate::domain::ids::{HandoffId, PlaceId, StaffId};
use crate::domain::places::{PlaceKind, Weights};

/// One dated change of a handoff, and who made it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct HandoffEvent {
    pub state: HandoffState,
    pub reason: Option<NotConnectedReason>,
    pub note: String,
    pub on: NaiveDate,
    /// The place proposed, tried or connected to, when the step names one.
    pub place_name: Option<String>,
    /// The staff member, or 「ご本人」 when the person withdrew on their phone.
    pub by_name: String,
    #[serde(with = "crate::utc")]
    pub at: NaiveDateTime,
}

/// A coordinator, for the staff's choice of recipient.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CoordinatorRef {
    #[schema(value_type = String)]
    pub staff_id: StaffId,
    pub name: String,
    /// 圏域 (team), if any.
    pub team: Option<String>,
}

/// A handoff as the person's own staff see it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct StaffHandoff {
    #[schema(value_type = String)]
    pub id: HandoffId,
    pub coordinator: CoordinatorRef,
    pub state: HandoffState,
    pub reason: Option<NotConnectedReason>,
    pub sent_on: NaiveDate,
    /// Sent more than 7 days ago and not yet acknowledged.
    pub overdue: bool,
    pub history: Vec<HandoffEvent>,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NewHandoff {
    #[schema(value_type = String)]
    pub coordinator_id: StaffId,
    /// A word for the coordinator (optional).
    #[serde(default)]
    pub note: String,
}

/// What is left of a handoff the coordinator may no longer read: no data of the person.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Tombstone {
    /// withdrawn | ended
    pub why: String,
    pub message: String,
}

/// One line of the coordinator's inbox.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct InboxItem {
    #[schema(value_type = String)]
    pub id: HandoffId,
    pub state: HandoffState,
    pub sent_on: NaiveDate,
    pub overdue: bool,
    /// The person's name, when the consent shares the contact part (and is live).
    pub display_name: Option<String>,
    /// Set when the consent was withdrawn or has ended: then nothing else is shown.
    pub tombstone: Option<Tombstone>,
    /// A connected person who stopped attending their place: a task for the coordinator.
    pub attention: Option<String>,
}

/// A handoff as the coordinator reads it: only the consented parts.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct HandoffDetail {
    #[schema(value_type = String)]
    pub id: HandoffId,
    pub state: HandoffState,
    pub reason: Option<NotConnectedReason>,
    pub sent_on: NaiveDate,
    pub overdue: bool,
    pub valid_until: NaiveDate,
    pub history: Vec<HandoffEvent>,
    pub shared: SharedRecord,
    /// The coordinator's checks that the person still attends the place they connected to,
    /// newest first.
    pub attendance: Vec<AttendanceCheck>,
    /// Set when the person has stopped attending (recorded, or not seen for four weeks).
    pub attention: Option<String>,
}

/// A coordinator's check that a connected person still attends their place.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AttendanceCheck {
    pub place_name: String,
    pub attending: bool,
    /// The last day the person was there, when known.
    pub last_seen_on: Option<NaiveDate>,
    pub checked_on: NaiveDate,
    pub note: String,
    pub by_name: String,
}

/// What the coordinator learned (from the place's 世話役, or the person): still attending
/// (and when last seen), or no longer.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct AttendanceInput {
    pub attending: bool,
    #[serde(default)]
    pub last_seen_on: Option<NaiveDate>,
    #[serde(default)]
    pub note: String,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct HandoffChange {
    pub state: HandoffState,
    /// Required with `not_connected`.
    pub reason: Option<NotConnectedReason>,
    #[serde(default)]
    pub note: String,
    /// Today when absent (for `connected`: the day the person starts there).
    pub on: Option<NaiveDate>,
    /// The place proposed, tried or connected to (from the directory).
    #[schema(value_type = Option<String>)]
    pub place_id: Option<PlaceId>,
}

/// A place suggested for a handed-off person, with its score and the reasons in words.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Suggestion {
    #[schema(value_type = String)]
    pub place_id: PlaceId,
    pub name: String,
    pub kind: PlaceKind,
    pub area: Option<String>,
    pub schedule: String,
    pub cost: String,
    pub transport: Vec<Transport>,
    pub stale: bool,
    pub score: u32,
    pub reasons: Vec<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Suggestions {
    /// The weights used (してみたい, 興味がある, している, in a goal or the wish).
    pub weights: Weights,
    /// The rule, in words.
    pub rule: String,
    /// Set when the consent does not share the interests: nothing can be matched.
    pub note: Option<String>,
    /// At most five, best first.
    pub places: Vec<Suggestion>,
}
