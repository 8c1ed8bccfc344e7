//! A family member's phone (家族): bound with the person's consent, it sees the notebook
//! read-only and records on the person's behalf, and nothing more. Who may do what on a phone
//! is in the policy table ([`crate::domain::policy::phone_allows`]); this module keeps the
//! kinds of phone, the records a family phone may make and the words of the consent.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::events::Kind;

/// Whose phone it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeviceKind {
    /// The person's own phone (and the paper sheets staff enter for them).
    Own,
    /// A family member's phone, bound with the person's consent.
    Family,
}

crate::text_enum!(DeviceKind, "device kind", {
    Own => "own",
    Family => "family",
});

/// How the person's consent to a family phone was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConsentMethod {
    /// Read and agreed on the person's own phone.
    Device,
    /// Signed on paper, recorded by staff.
    Paper,
}

crate::text_enum!(ConsentMethod, "family consent method", {
    Device => "device",
    Paper => "paper",
});

/// The version of [`WORDING`]; the phone sends back the version it showed.
pub const WORDING_VERSION: &str = "2026-12-family-v1";

/// What the person reads before agreeing (the PWA shows the same words, by version).
pub const WORDING: &str = "ご家族のスマートフォンでも、この手帳を見られるようにします。ご家族は、体操や活動、血圧・体重を、あなたの代わりに記録できます（「ご家族が記録」と残ります）。同意や設定は変えられません。いつでも、この電話か職員が止められます。";

/// A family phone records exercise, activity and readings on the person's behalf; how an
/// exercise felt (痛い/きつい) is the person's own to tell, and taking a record back is the
/// person's or staff's.
pub fn family_may_record(kind: Kind) -> bool {
    matches!(
        kind,
        Kind::ExerciseDone | Kind::Activity | Kind::Measurement
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::text::TextEnum;

    #[test]
    fn a_family_phone_records_doings_and_readings_only() {
        assert!(family_may_record(Kind::ExerciseDone));
        assert!(family_may_record(Kind::Activity));
        assert!(family_may_record(Kind::Measurement));
        assert!(!family_may_record(Kind::ExerciseFlag));
        assert!(!family_may_record(Kind::Retraction));
    }

    #[test]
    fn kinds_round_trip_and_unknown_ones_are_errors() {
        for kind in DeviceKind::ALL {
            assert_eq!(DeviceKind::from_text(kind.as_str()), Ok(*kind));
        }
        assert!(DeviceKind::from_text("friend").is_err());
        assert!(ConsentMethod::from_text("verbal").is_err());
    }
}
