//! 修了 and 卒業 are different things. Completing the twelve sessions (修了) is a lifecycle
//! state (`EnrollmentStatus::Completed`); 卒業 is an outcome recorded at the graduation review:
//! living on without 従前相当・A・給付 services, or with support the municipality counts
//! (住民主体 B, 移動支援 D — a setting), or not graduated, with where the person goes next.
//! The handbook warns that people use 卒業 for different things, so the rule is shown wherever
//! the word is.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// 卒業: no 従前相当・A service and no 予防給付・介護給付 after the program.
    Graduated,
    /// Only support the municipality may count (住民主体 B, 移動支援 D).
    GraduatedWithSupport,
    /// Moves on to 従前相当・A・給付 or another course: the destination is recorded.
    NotGraduated,
}

crate::text_enum!(Outcome, "graduation outcome", {
    Graduated => "graduated",
    GraduatedWithSupport => "graduated_with_support",
    NotGraduated => "not_graduated",
});

/// The support after the program that the municipality may count as 卒業.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CountedSupport {
    /// 住民主体の支援（サービスB）
    B,
    /// 移動支援（サービスD）
    D,
}

/// Where a person who did not graduate goes on to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Destination {
    /// 従前相当サービス
    Equivalent,
    /// サービスA（緩和した基準）
    ServiceA,
    /// 予防給付（通所リハなど）
    PreventionBenefit,
    /// 要介護のサービス
    CareBenefit,
    /// 外来リハビリ
    OutpatientRehab,
    /// もう一度 短期集中（別のコース）
    AnotherCourse,
    /// その他
    Other,
}

/// The municipality's setting: does support B/D count as 卒業? (Default: yes — the handbook's
/// destination is the 通いの場; a strict reading of 「その後のサービス利用なし」 would not.)
pub const DEFAULT_SUPPORT_COUNTS: bool = true;

/// Whether this outcome counts as 卒業 under the municipality's setting.
pub fn counts_as_graduation(outcome: Outcome, support_counts: bool) -> bool {
    match outcome {
        Outcome::Graduated => true,
        Outcome::GraduatedWithSupport => support_counts,
        Outcome::NotGraduated => false,
    }
}

/// The rule, in words, printed wherever 卒業 is shown.
pub fn rule_text(support_counts: bool) -> &'static str {
    if support_counts {
        "卒業＝12回を修了し、その後に従前相当・サービスA・予防給付・介護給付を使わずに暮らすこと。住民主体の支援（B）や移動支援（D）だけを使う場合も、この市町村では卒業に数えます。"
    } else {
        "卒業＝12回を修了し、その後に従前相当・サービスA・予防給付・介護給付を使わずに暮らすこと。この市町村では、住民主体の支援（B）や移動支援（D）を使う場合は卒業に数えません。"
    }
}

/// Checks what the review says of the outcome: support needs its kinds, not graduated needs a
/// destination, and neither belongs to the other outcomes.
pub fn check_outcome(
    outcome: Option<Outcome>,
    support: &[CountedSupport],
    destination: Option<Destination>,
) -> Result<(), &'static str> {
    match outcome {
        None | Some(Outcome::Graduated) => {
            if support.is_empty() && destination.is_none() {
                Ok(())
            } else {
                Err("卒業（支援なし）には、支援の種類や行き先は書きません。")
            }
        }
        Some(Outcome::GraduatedWithSupport) => {
            if support.is_empty() {
                Err("使う支援（住民主体Bか移動支援D）を選んでください。")
            } else if destination.is_some() {
                Err("支援を使って卒業する方には、行き先は書きません。")
            } else {
                Ok(())
            }
        }
        Some(Outcome::NotGraduated) => {
            if destination.is_none() {
                Err("卒業しない場合は、行き先を選んでください。")
            } else if !support.is_empty() {
                Err("卒業しない場合は、支援の種類ではなく行き先を選んでください。")
            } else {
                Ok(())
            }
        }
    }
}

/// The explanation of the program's end at 導入: missing at session 1 needs attention.
pub fn explanation_missing(explained: bool, sessions_held: u32) -> bool {
    !explained && sessions_held >= 1
}

/// The version of the municipality's shared wording of the end (規範的統合: the 包括 and the
/// provider say the same thing).
pub const EXPLANATION_VERSION: &str = "2026-12-v1";

/// The shared words: the program's length and its end, and what 卒業 means.
pub const EXPLANATION: &str = "この教室は3か月・12回です。12回目が終わったら教室は卒業です。卒業したあとも、地域の通いの場や趣味で、元気を続けられるよう一緒に準備します。";

/// How the person can get to a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Transport {
    /// 歩いて
    Walk,
    /// 自転車
    Bicycle,
    /// バス・電車
    Bus,
    /// 乗合タクシー
    SharedTaxi,
    /// 家族の車
    FamilyCar,
    /// 送迎が要る
    NeedsPickup,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ToWhom {
    /// ご本人
    Person,
    /// ご家族
    Family,
    /// ご本人とご家族
    Both,
}

crate::text_enum!(ToWhom, "explained to", {
    Person => "person",
    Family => "family",
    Both => "both",
});

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Medium {
    /// 口頭
    Spoken,
    /// リーフレット
    Leaflet,
    /// アプリの画面
    App,
}

crate::text_enum!(Medium, "explained by", {
    Spoken => "spoken",
    Leaflet => "leaflet",
    App => "app",
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_outcome_decides_and_support_follows_the_setting() {
        assert!(counts_as_graduation(Outcome::Graduated, false));
        assert!(counts_as_graduation(Outcome::Graduated, true));
        assert!(counts_as_graduation(Outcome::GraduatedWithSupport, true));
        assert!(!counts_as_graduation(Outcome::GraduatedWithSupport, false));
        assert!(!counts_as_graduation(Outcome::NotGraduated, true));
        assert!(rule_text(true).contains("数えます"));
        assert!(rule_text(false).contains("数えません"));
        for o in [
            Outcome::Graduated,
            Outcome::GraduatedWithSupport,
            Outcome::NotGraduated,
        ] {
            assert_eq!(Outcome::from_text(o.as_str()), Ok(o));
        }
        assert!(Outcome::from_text("completed").is_err());
    }

    #[test]
    fn each_outcome_holds_what_it_needs() {
        use CountedSupport::*;
        assert!(check_outcome(None, &[], None).is_ok());
        assert!(check_outcome(Some(Outcome::Graduated), &[], None).is_ok());
        assert!(check_outcome(Some(Outcome::Graduated), &[B], None).is_err());
        assert!(check_outcome(Some(Outcome::GraduatedWithSupport), &[], None).is_err());
        assert!(check_outcome(Some(Outcome::GraduatedWithSupport), &[B, D], None).is_ok());
        assert!(check_outcome(Some(Outcome::NotGraduated), &[], None).is_err());
        assert!(check_outcome(
            Some(Outcome::NotGraduated),
            &[],
            Some(Destination::ServiceA)
        )
        .is_ok());
        assert!(check_outcome(
            Some(Outcome::NotGraduated),
            &[D],
            Some(Destination::ServiceA)
        )
        .is_err());
    }

    #[test]
    fn a_missing_explanation_matters_from_session_one() {
        assert!(!explanation_missing(false, 0));
        assert!(explanation_missing(false, 1));
        assert!(!explanation_missing(true, 5));
    }
}
