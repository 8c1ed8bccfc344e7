//! A handoff (つなぎ) to a 生活支援コーディネーター, modelled on a referral Task: sent →
//! acknowledged → contacted → proposed → trial → connected, or not connected with a reason;
//! withdrawn at any time when the person's consent is withdrawn. Each change is dated and by
//! whom (kept by the data layer); the moves allowed are here.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum HandoffState {
    /// 送付済み（未確認）
    Sent,
    /// 受け取りました
    Acknowledged,
    /// ご本人と連絡がとれた
    Contacted,
    /// 場所を提案した
    Proposed,
    /// 見学・体験した
    Trial,
    /// つながった
    Connected,
    /// つながらなかった（理由つき）
    NotConnected,
    /// 同意が取り消された
    Withdrawn,
}

crate::text_enum!(HandoffState, "handoff state", {
    Sent => "sent",
    Acknowledged => "acknowledged",
    Contacted => "contacted",
    Proposed => "proposed",
    Trial => "trial",
    Connected => "connected",
    NotConnected => "not_connected",
    Withdrawn => "withdrawn",
});

/// Why a handoff ended without a connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum NotConnectedReason {
    /// 本人の意向
    OwnWish,
    /// 移動手段がない
    NoTransport,
    /// 合う場がない
    NoPlace,
    /// 体調
    Health,
    /// 連絡がとれない
    Unreachable,
    /// その他
    Other,
}

crate::text_enum!(NotConnectedReason, "not-connected reason", {
    OwnWish => "own_wish",
    NoTransport => "no_transport",
    NoPlace => "no_place",
    Health => "health",
    Unreachable => "unreachable",
    Other => "other",
});

impl HandoffState {
    /// Nothing more happens after these.
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            HandoffState::Connected | HandoffState::NotConnected | HandoffState::Withdrawn
        )
    }

    fn rank(self) -> u8 {
        match self {
            HandoffState::Sent => 0,
            HandoffState::Acknowledged => 1,
            HandoffState::Contacted => 2,
            HandoffState::Proposed => 3,
            HandoffState::Trial => 4,
            HandoffState::Connected | HandoffState::NotConnected | HandoffState::Withdrawn => 5,
        }
    }
}

/// Why a move is not possible (shown as 409 to the coordinator).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused(pub &'static str);

/// The coordinator moves the handoff on. Steps may be skipped forward (a person met at the
/// centre is contacted and proposed to at once), a proposal may be tried again after a trial,
/// but nothing goes back to "sent", and a closed handoff stays closed. Withdrawal is not the
/// coordinator's to make: it follows the person's consent.
pub fn advance(
    from: HandoffState,
    to: HandoffState,
    reason: Option<NotConnectedReason>,
) -> Result<(), Refused> {
    if from.is_closed() {
        return Err(Refused("このつなぎはもう終わっています。"));
    }
    match to {
        HandoffState::Sent => Err(Refused("送付済みには戻せません。")),
        HandoffState::Withdrawn => Err(Refused("取り消しはご本人の同意の取り消しで行われます。")),
        HandoffState::NotConnected if reason.is_none() => {
            Err(Refused("つながらなかった理由を選んでください。"))
        }
        HandoffState::Acknowledged if from != HandoffState::Sent => {
            Err(Refused("もう受け取っています。"))
        }
        _ if from == HandoffState::Sent && to != HandoffState::Acknowledged => {
            Err(Refused("まず「受け取りました」を記録してください。"))
        }
        // Another proposal after a trial that did not suit is allowed.
        HandoffState::Proposed if from == HandoffState::Trial => Ok(()),
        _ if to.rank() <= from.rank() && to != HandoffState::Trial => {
            Err(Refused("前の段階には戻せません。"))
        }
        // A second trial (another place) is allowed.
        _ => Ok(()),
    }
}

/// Days a sent handoff may wait for the coordinator's acknowledgement before it needs the
/// municipality's attention.
pub const ACKNOWLEDGE_DAYS: i64 = 7;

/// Whether a handoff sent on `sent_on` is waiting too long for acknowledgement.
pub fn overdue(state: HandoffState, sent_on: NaiveDate, today: NaiveDate) -> bool {
    state == HandoffState::Sent && (today - sent_on).num_days() > ACKNOWLEDGE_DAYS
}

/// The session from which a handoff may be started (the mid-program review), so that a trial
/// visit can happen during the last sessions.
pub const FROM_SESSION: u32 = 6;

/// Whether a handoff may be started: from session 6 on (sessions held so far), or when the
/// program is complete.
pub fn may_start(sessions_held: u32, completed: bool) -> Result<(), Refused> {
    if completed || sessions_held >= FROM_SESSION {
        Ok(())
    } else {
        Err(Refused("つなぎは6回目（中間の見直し）から始められます。"))
    }
}

#[cfg(test)]
mod tests {
    use super::HandoffState::*;
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 3, d).unwrap()
    }

    #[test]
    fn every_state_reads_back() {
        use crate::domain::text::TextEnum;
        for s in <HandoffState as TextEnum>::ALL {
            assert_eq!(HandoffState::from_text(s.as_str()), Ok(*s));
        }
        assert!(HandoffState::from_text("done").is_err());
        assert!(NotConnectedReason::from_text("").is_err());
    }

    #[test]
    fn the_path_goes_forward_from_an_acknowledgement() {
        assert!(advance(Sent, Acknowledged, None).is_ok());
        assert!(advance(Sent, Contacted, None).is_err(), "acknowledge first");
        assert!(advance(Acknowledged, Contacted, None).is_ok());
        assert!(
            advance(Acknowledged, Proposed, None).is_ok(),
            "skipping is fine"
        );
        assert!(advance(Contacted, Proposed, None).is_ok());
        assert!(advance(Proposed, Trial, None).is_ok());
        assert!(advance(Trial, Trial, None).is_ok(), "a second trial");
        assert!(advance(Trial, Proposed, None).is_ok(), "another proposal");
        assert!(advance(Trial, Connected, None).is_ok());
        assert!(advance(Proposed, Contacted, None).is_err());
        assert!(advance(Acknowledged, Acknowledged, None).is_err());
        assert!(advance(Contacted, Sent, None).is_err());
    }

    #[test]
    fn not_connected_needs_a_reason_and_closed_stays_closed() {
        assert!(advance(Contacted, NotConnected, None).is_err());
        assert!(advance(
            Contacted,
            NotConnected,
            Some(NotConnectedReason::NoTransport)
        )
        .is_ok());
        for closed in [Connected, NotConnected, Withdrawn] {
            assert!(closed.is_closed());
            assert!(advance(closed, Trial, None).is_err());
            assert!(advance(closed, Connected, None).is_err());
        }
        assert!(
            advance(Proposed, Withdrawn, None).is_err(),
            "only by the consent"
        );
    }

    #[test]
    fn a_sent_handoff_needs_attention_after_seven_days() {
        assert!(!overdue(Sent, day(1), day(8)));
        assert!(overdue(Sent, day(1), day(9)));
        assert!(!overdue(Acknowledged, day(1), day(20)));
    }

    #[test]
    fn a_handoff_may_start_from_session_six() {
        assert!(may_start(5, false).is_err());
        assert!(may_start(6, false).is_ok());
        assert!(may_start(0, true).is_ok());
    }
}
