//! Safety before encouragement: is a resting reading (blood pressure, pulse, and optionally
//! how the person feels) inside the range in which exercising today is safe?
//!
//! The defaults are the first group of the Japanese Association of Rehabilitation Medicine's
//! safety guideline (日本リハビリテーション医学会「リハビリテーション医療における安全管理・
//! 推進のためのガイドライン」, 2006), 「積極的なリハビリテーションを実施しない場合」:
//!
//! - 安静時脈拍 40/分以下 または 120/分以上
//! - 安静時収縮期血圧 70 mmHg 以下 または 200 mmHg 以上
//! - 安静時拡張期血圧 120 mmHg 以上
//! - 安静時胸痛がある場合; 実施前にすでに動悸・息切れ・胸痛がある場合;
//!   座位でめまい・冷や汗・嘔気などがある場合 (the symptoms a person can tell on a phone)
//!
//! Each limit is inclusive, as the guideline words it (「以下」「以上」): 200/90 holds exercise
//! back, 199/90 does not. A municipality may set its own limits (`Thresholds::new` checks
//! them); the guideline's values are `Thresholds::default()`.
//!
//! The rule only decides; the words the person reads are the phone's (`pwa/src/strings/`),
//! and whom to call comes from the municipality's settings. It calls nothing outside itself.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A municipality's limits for exercising today. A reading *at or beyond* a limit holds
/// exercise back (the guideline's 「以下」「以上」).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Thresholds {
    /// 収縮期（上）血圧 at or above this (mmHg) → no exercise today. Guideline: 200.
    pub systolic_high: u16,
    /// 収縮期（上）血圧 at or below this (mmHg) → no exercise today. Guideline: 70.
    pub systolic_low: u16,
    /// 拡張期（下）血圧 at or above this (mmHg) → no exercise today. Guideline: 120.
    pub diastolic_high: u16,
    /// 安静時脈拍 at or above this (/分) → no exercise today. Guideline: 120.
    pub pulse_high: u16,
    /// 安静時脈拍 at or below this (/分) → no exercise today. Guideline: 40.
    pub pulse_low: u16,
}

/// The guideline's values (日本リハビリテーション医学会, 2006: 「積極的なリハビリテーションを
/// 実施しない場合」).
pub const GUIDELINE: Thresholds = Thresholds {
    systolic_high: 200,
    systolic_low: 70,
    diastolic_high: 120,
    pulse_high: 120,
    pulse_low: 40,
};

impl Default for Thresholds {
    fn default() -> Self {
        GUIDELINE
    }
}

/// What a municipality may set: each limit inside what a living person shows, and each low
/// limit well below its high one.
pub const SYSTOLIC_SETTABLE: (u16, u16) = (60, 260);
pub const DIASTOLIC_SETTABLE: (u16, u16) = (60, 160);
pub const PULSE_SETTABLE: (u16, u16) = (30, 220);

impl Thresholds {
    /// Limits a municipality sets, checked; the error is a sentence for the admin.
    pub fn new(
        systolic_high: u16,
        systolic_low: u16,
        diastolic_high: u16,
        pulse_high: u16,
        pulse_low: u16,
    ) -> Result<Thresholds, String> {
        let inside = |v: u16, (lo, hi): (u16, u16), what: &str| {
            if v < lo || v > hi {
                Err(format!("{what}は {lo}〜{hi} の間で入れてください。"))
            } else {
                Ok(())
            }
        };
        inside(systolic_high, SYSTOLIC_SETTABLE, "上の血圧の上限")?;
        inside(systolic_low, SYSTOLIC_SETTABLE, "上の血圧の下限")?;
        inside(diastolic_high, DIASTOLIC_SETTABLE, "下の血圧の上限")?;
        inside(pulse_high, PULSE_SETTABLE, "脈拍の上限")?;
        inside(pulse_low, PULSE_SETTABLE, "脈拍の下限")?;
        if systolic_low + 40 > systolic_high {
            return Err("上の血圧の下限は上限より 40 以上低くしてください。".into());
        }
        if pulse_low + 40 > pulse_high {
            return Err("脈拍の下限は上限より 40 以上低くしてください。".into());
        }
        Ok(Thresholds {
            systolic_high,
            systolic_low,
            diastolic_high,
            pulse_high,
            pulse_low,
        })
    }
}

/// How the person says they feel, when the phone asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Feeling {
    /// いつもどおり (or not asked).
    #[default]
    Usual,
    /// 動悸・息切れ・めまい・冷や汗・吐き気がある.
    Unwell,
    /// 胸が痛い・しめつけられる.
    ChestPain,
}

crate::text_enum!(Feeling, "feeling", {
    Usual => "usual",
    Unwell => "unwell",
    ChestPain => "chest_pain",
});

/// A resting reading as taken at home or before a session. Any value may be missing (a
/// person with only a pulse meter, or weight only): missing values are not judged.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Reading {
    pub systolic: Option<f64>,
    pub diastolic: Option<f64>,
    pub pulse: Option<f64>,
    pub feeling: Feeling,
}

/// Why exercise is held back today. The order is the order the phone and the therapist
/// read them in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    ChestPain,
    Unwell,
    SystolicHigh,
    SystolicLow,
    DiastolicHigh,
    PulseHigh,
    PulseLow,
}

/// The rule's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Judgement {
    /// Nothing in the reading speaks against exercising today.
    Fine,
    /// Do not exercise today: rest and measure again; `reasons` is never empty.
    Rest { reasons: Vec<Reason> },
}

impl Judgement {
    pub fn is_fine(&self) -> bool {
        matches!(self, Judgement::Fine)
    }

    /// The reasons (none when fine).
    pub fn reasons(&self) -> &[Reason] {
        match self {
            Judgement::Fine => &[],
            Judgement::Rest { reasons } => reasons,
        }
    }

    /// Chest pain at rest is one of the emergencies for which the phone says 119 first.
    pub fn urgent(&self) -> bool {
        self.reasons().contains(&Reason::ChestPain)
    }
}

/// Judges a resting reading against a municipality's limits.
///
/// ```
/// use dekita::domain::safety::{judge, Reading, Reason, Thresholds, Judgement};
/// let reading = Reading { systolic: Some(198.0), diastolic: Some(112.0), pulse: Some(128.0),
///     ..Reading::default() };
/// assert_eq!(judge(&reading, &Thresholds::default()),
///     Judgement::Rest { reasons: vec![Reason::PulseHigh] });
/// ```
pub fn judge(reading: &Reading, limits: &Thresholds) -> Judgement {
    let mut reasons = Vec::new();
    match reading.feeling {
        Feeling::Usual => {}
        Feeling::Unwell => reasons.push(Reason::Unwell),
        Feeling::ChestPain => reasons.push(Reason::ChestPain),
    }
    let at_or_above = |v: Option<f64>, limit: u16| v.is_some_and(|v| v >= f64::from(limit));
    let at_or_below = |v: Option<f64>, limit: u16| v.is_some_and(|v| v <= f64::from(limit));
    if at_or_above(reading.systolic, limits.systolic_high) {
        reasons.push(Reason::SystolicHigh);
    }
    if at_or_below(reading.systolic, limits.systolic_low) {
        reasons.push(Reason::SystolicLow);
    }
    if at_or_above(reading.diastolic, limits.diastolic_high) {
        reasons.push(Reason::DiastolicHigh);
    }
    if at_or_above(reading.pulse, limits.pulse_high) {
        reasons.push(Reason::PulseHigh);
    }
    if at_or_below(reading.pulse, limits.pulse_low) {
        reasons.push(Reason::PulseLow);
    }
    if reasons.is_empty() {
        Judgement::Fine
    } else {
        Judgement::Rest { reasons }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bp(systolic: f64, diastolic: f64) -> Reading {
        Reading {
            systolic: Some(systolic),
            diastolic: Some(diastolic),
            ..Reading::default()
        }
    }

    fn pulse(p: f64) -> Reading {
        Reading {
            pulse: Some(p),
            ..Reading::default()
        }
    }

    fn reasons(r: &Reading) -> Vec<Reason> {
        judge(r, &Thresholds::default()).reasons().to_vec()
    }

    #[test]
    fn the_defaults_are_the_guideline_values() {
        let t = Thresholds::default();
        assert_eq!(
            (
                t.systolic_high,
                t.systolic_low,
                t.diastolic_high,
                t.pulse_high,
                t.pulse_low
            ),
            (200, 70, 120, 120, 40)
        );
    }

    #[test]
    fn systolic_200_and_above_holds_exercise_back_199_does_not() {
        assert_eq!(reasons(&bp(199.0, 90.0)), vec![]);
        assert_eq!(reasons(&bp(199.9, 90.0)), vec![]);
        assert_eq!(reasons(&bp(200.0, 90.0)), vec![Reason::SystolicHigh]);
        assert_eq!(reasons(&bp(230.0, 90.0)), vec![Reason::SystolicHigh]);
    }

    #[test]
    fn systolic_70_and_below_holds_exercise_back_71_does_not() {
        assert_eq!(reasons(&bp(71.0, 50.0)), vec![]);
        assert_eq!(reasons(&bp(70.0, 50.0)), vec![Reason::SystolicLow]);
        assert_eq!(reasons(&bp(62.0, 40.0)), vec![Reason::SystolicLow]);
    }

    #[test]
    fn diastolic_120_and_above_holds_exercise_back_119_does_not() {
        assert_eq!(reasons(&bp(180.0, 119.0)), vec![]);
        assert_eq!(reasons(&bp(180.0, 120.0)), vec![Reason::DiastolicHigh]);
        assert_eq!(
            reasons(&bp(210.0, 125.0)),
            vec![Reason::SystolicHigh, Reason::DiastolicHigh]
        );
    }

    #[test]
    fn pulse_at_or_beyond_40_or_120_holds_exercise_back() {
        assert_eq!(reasons(&pulse(41.0)), vec![]);
        assert_eq!(reasons(&pulse(40.0)), vec![Reason::PulseLow]);
        assert_eq!(reasons(&pulse(119.0)), vec![]);
        assert_eq!(reasons(&pulse(120.0)), vec![Reason::PulseHigh]);
    }

    #[test]
    fn the_reading_of_the_walk_through_is_not_fine() {
        // 198/112 mmHg with pulse 128 was met with 「おつかれさまでした」.
        let r = Reading {
            systolic: Some(198.0),
            diastolic: Some(112.0),
            pulse: Some(128.0),
            feeling: Feeling::Usual,
        };
        assert_eq!(
            judge(&r, &Thresholds::default()),
            Judgement::Rest {
                reasons: vec![Reason::PulseHigh]
            }
        );
    }

    #[test]
    fn an_ordinary_reading_and_missing_values_are_fine() {
        assert!(judge(&bp(132.0, 78.0), &Thresholds::default()).is_fine());
        assert!(judge(&Reading::default(), &Thresholds::default()).is_fine());
    }

    #[test]
    fn how_the_person_feels_counts_and_chest_pain_comes_first_and_is_urgent() {
        let mut r = bp(120.0, 70.0);
        r.feeling = Feeling::Unwell;
        let j = judge(&r, &Thresholds::default());
        assert_eq!(j.reasons(), &[Reason::Unwell]);
        assert!(!j.urgent());
        let r = Reading {
            systolic: Some(205.0),
            feeling: Feeling::ChestPain,
            ..Reading::default()
        };
        let j = judge(&r, &Thresholds::default());
        assert_eq!(j.reasons(), &[Reason::ChestPain, Reason::SystolicHigh]);
        assert!(j.urgent());
    }

    #[test]
    fn a_municipality_may_set_stricter_limits() {
        let strict = Thresholds::new(180, 90, 110, 110, 50).unwrap();
        assert_eq!(
            judge(&bp(180.0, 80.0), &strict).reasons(),
            &[Reason::SystolicHigh]
        );
        assert!(judge(&bp(179.0, 109.0), &strict).is_fine());
        assert_eq!(
            judge(&bp(179.0, 110.0), &strict).reasons(),
            &[Reason::DiastolicHigh]
        );
        assert_eq!(judge(&pulse(50.0), &strict).reasons(), &[Reason::PulseLow]);
        assert_eq!(
            judge(&pulse(110.0), &strict).reasons(),
            &[Reason::PulseHigh]
        );
    }

    /// The cases the phone's rule (`pwa/src/safety.ts`) is held to as well.
    #[test]
    fn every_shared_case_as_the_phone_judges_it() {
        #[derive(serde::Deserialize)]
        struct R {
            systolic: Option<f64>,
            diastolic: Option<f64>,
            pulse: Option<f64>,
            feeling: Option<String>,
        }
        #[derive(serde::Deserialize)]
        struct Case {
            name: String,
            reading: R,
            thresholds: Option<Thresholds>,
            reasons: Vec<Reason>,
        }
        let cases: Vec<Case> =
            serde_json::from_str(include_str!("../../../tests/fixtures/safety.json")).unwrap();
        assert!(cases.len() >= 15);
        for c in cases {
            let reading = Reading {
                systolic: c.reading.systolic,
                diastolic: c.reading.diastolic,
                pulse: c.reading.pulse,
                feeling: c
                    .reading
                    .feeling
                    .map(|f| Feeling::from_text(&f).unwrap())
                    .unwrap_or_default(),
            };
            let limits = c.thresholds.unwrap_or_default();
            assert_eq!(judge(&reading, &limits).reasons(), c.reasons, "{}", c.name);
        }
    }

    #[test]
    fn limits_out_of_reason_are_refused_with_a_sentence() {
        assert!(Thresholds::new(200, 70, 120, 120, 40).is_ok());
        assert!(Thresholds::new(261, 70, 120, 120, 40).is_err());
        assert!(Thresholds::new(200, 59, 120, 120, 40).is_err());
        assert!(Thresholds::new(200, 70, 161, 120, 40).is_err());
        assert!(Thresholds::new(200, 70, 120, 221, 40).is_err());
        assert!(Thresholds::new(200, 70, 120, 120, 29).is_err());
        // the low limit must sit well below the high one
        let e = Thresholds::new(100, 70, 120, 120, 40).unwrap_err();
        assert!(e.contains("40 以上低く"), "{e}");
        assert!(Thresholds::new(200, 70, 120, 79, 40).is_err());
        assert!(Thresholds::new(110, 70, 120, 80, 40).is_ok());
    }
}
