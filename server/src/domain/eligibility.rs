//! Eligibility for the 短期集中予防サービス (DESIGN §2 "Entry").
//!
//! The 25-item 基本チェックリスト, its seven criteria for 事業対象者 and the checklist route being
//! for people of 65 and over come from seed `004_dc833f69ad059c17.txt` (草津市); the exclusions
//! from seed `000_de12a5ce386ef60a.txt` (本庄市). A 要支援1・2 certification makes a person
//! eligible without the checklist; 要介護 does not (seed 004: 要介護1~5の方は…通所型サービスは
//! 利用できません). Exclusions override both routes. Item 12 is BMI < 18.5 (体重kg ÷ 身長m ÷ 身長m).

use std::fmt;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

pub const ITEMS: usize = 25;
pub const MIN_AGE_FOR_CHECKLIST: i32 = 65;

/// Whether the answer 「はい」 (`true`) or 「いいえ」 (`false`) to `item` (1–25) is the one that
/// counts toward a criterion: for items 1–8, 16 and 19 it is 「いいえ」 (the person no longer
/// does it), for all the others 「はい」.
pub fn counted(item: usize, answered_yes: bool) -> bool {
    let counts_when_no = matches!(item, 1..=8 | 16 | 19);
    answered_yes != counts_when_no
}

#[derive(Debug, Clone, PartialEq)]
pub enum InputError {
    WrongCount(usize),
    MissingAnswer(usize),
    Item12Missing,
    OnlyOneOfHeightAndWeight,
    HeightOutOfRange(f64),
    WeightOutOfRange(f64),
    /// More than one decimal: the form records 0.1 cm and 0.1 kg, and item 12 is judged on
    /// exactly what is stored.
    HeightTooPrecise(f64),
    WeightTooPrecise(f64),
}

impl InputError {
    pub fn message_ja(&self) -> String {
        match self {
            InputError::WrongCount(n) => {
                format!("基本チェックリストの回答は25項目必要です（{n}項目ありました）。")
            }
            InputError::MissingAnswer(item) => format!("No.{item} の回答がありません。"),
            InputError::Item12Missing => {
                "No.12 は、身長と体重を入れるか、「はい」「いいえ」で答えてください。".to_owned()
            }
            InputError::OnlyOneOfHeightAndWeight => "身長と体重は両方入れてください。".to_owned(),
            InputError::HeightOutOfRange(h) => {
                format!("身長 {h} cm は範囲外です（100〜230 cm）。")
            }
            InputError::WeightOutOfRange(w) => {
                format!("体重 {w} kg は範囲外です（20〜200 kg）。")
            }
            InputError::HeightTooPrecise(h) => {
                format!("身長は小数第1位まで（0.1 cm 単位）で入れてください（{h} cm）。")
            }
            InputError::WeightTooPrecise(w) => {
                format!("体重は小数第1位まで（0.1 kg 単位）で入れてください（{w} kg）。")
            }
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_ja())
    }
}

/// Exactly 25 answers, item 12 settled (given, or computed from height and weight).
/// Height and weight as measured, to 0.1 cm and 0.1 kg (as the form records them), so that
/// the boundary is exact: in floating point 47.36 kg at 160 cm comes out as 18.4999….
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Bmi {
    height_mm: i64,
    weight_100g: i64,
}

impl Bmi {
    fn new(height_cm: f64, weight_kg: f64) -> Self {
        Bmi {
            height_mm: (height_cm * 10.0).round() as i64,
            weight_100g: (weight_kg * 10.0).round() as i64,
        }
    }

    /// BMI < 18.5 ⟺ (w/10) / (h/1000)² < 37/2 ⟺ 2·w·100000 < 37·h², in whole numbers.
    fn below_threshold(self) -> bool {
        2 * self.weight_100g * 100_000 < 37 * self.height_mm * self.height_mm
    }

    /// BMI to one decimal, rounded down in whole numbers (w·10⁶ / h² tenths): "below 18.5"
    /// reads the same on the shown value as on the exact one, so 18.496 shows as 18.4, never
    /// as an 18.5 that was judged below 18.5.
    fn shown(self) -> f64 {
        (self.weight_100g * 1_000_000 / (self.height_mm * self.height_mm)) as f64 / 10.0
    }
}

/// Whether a measurement has at most one decimal, as the form records it.
fn one_decimal(x: f64) -> bool {
    let tenths = x * 10.0;
    (tenths - tenths.round()).abs() < 1e-6
}

/// A new screening's height and weight must have at most one decimal: item 12 is then judged
/// on exactly the values stored and shown (160 cm / 47.35 kg would otherwise be judged on a
/// rounded 47.4). Checked on entry only; stored screenings are read as they are.
pub fn check_precision(height_cm: Option<f64>, weight_kg: Option<f64>) -> Result<(), InputError> {
    if let Some(h) = height_cm.filter(|h| h.is_finite() && !one_decimal(*h)) {
        return Err(InputError::HeightTooPrecise(h));
    }
    if let Some(w) = weight_kg.filter(|w| w.is_finite() && !one_decimal(*w)) {
        return Err(InputError::WeightTooPrecise(w));
    }
    Ok(())
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChecklistAnswers {
    yes: [bool; ITEMS],
    bmi: Option<Bmi>,
    /// Item 12 as answered, when it was (the measured BMI decides all the same).
    item12_answered: Option<bool>,
}

impl ChecklistAnswers {
    /// `answers[i]` is item i+1: `Some(true)` for 「はい」. Item 12 may be `None` when height and
    /// weight are given; when they are, BMI decides item 12 whatever was answered.
    pub fn new(
        answers: &[Option<bool>],
        height_cm: Option<f64>,
        weight_kg: Option<f64>,
    ) -> Result<Self, InputError> {
        if answers.len() != ITEMS {
            return Err(InputError::WrongCount(answers.len()));
        }
        let bmi = match (height_cm, weight_kg) {
            (None, None) => None,
            (Some(h), Some(w)) => {
                if !(100.0..=230.0).contains(&h) || !h.is_finite() {
                    return Err(InputError::HeightOutOfRange(h));
                }
                if !(20.0..=200.0).contains(&w) || !w.is_finite() {
                    return Err(InputError::WeightOutOfRange(w));
                }
                Some(Bmi::new(h, w))
            }
            _ => return Err(InputError::OnlyOneOfHeightAndWeight),
        };
        let mut yes = [false; ITEMS];
        for (i, answer) in answers.iter().enumerate() {
            let item = i + 1;
            yes[i] = match (item, answer, bmi) {
                (12, _, Some(bmi)) => bmi.below_threshold(),
                (12, None, None) => return Err(InputError::Item12Missing),
                (_, Some(a), _) => *a,
                (_, None, _) => return Err(InputError::MissingAnswer(item)),
            };
        }
        Ok(ChecklistAnswers {
            yes,
            bmi,
            item12_answered: answers[11],
        })
    }

    /// Whether item (1–25) counts toward its criterion.
    pub fn counts(&self, item: usize) -> bool {
        counted(item, self.yes[item - 1])
    }

    /// BMI from the height and weight given, if they were, to one decimal (rounded down:
    /// see [`Bmi::shown`]).
    pub fn bmi(&self) -> Option<f64> {
        self.bmi.map(Bmi::shown)
    }

    /// An answered item 12 that the measured BMI contradicts: the BMI counts, and the result
    /// says so.
    pub fn item12_overruled(&self) -> Option<bool> {
        match (self.item12_answered, self.bmi) {
            (Some(answer), Some(bmi)) if answer != bmi.below_threshold() => Some(answer),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Certification {
    None,
    Support1,
    Support2,
    CareNeeded,
}

crate::text_enum!(Certification, "certification", {
    None => "none",
    Support1 => "support_1",
    Support2 => "support_2",
    CareNeeded => "care_needed",
});

impl Certification {
    pub fn label_ja(self) -> &'static str {
        match self {
            Certification::None => "認定なし",
            Certification::Support1 => "要支援1",
            Certification::Support2 => "要支援2",
            Certification::CareNeeded => "要介護",
        }
    }
}

/// Conditions that rule the service out (seed 000). Absent fields mean "does not apply".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct Exclusions {
    /// 末期がん
    pub terminal_cancer: bool,
    /// 難病
    pub intractable_disease: bool,
    /// 認知症
    pub dementia: bool,
    /// 医療が優先される状態
    pub medical_care_first: bool,
    /// 過去にこのサービスを利用
    pub used_service_before: bool,
    /// 通所サービスを利用中
    pub using_day_service: bool,
}

impl Exclusions {
    fn table(&self) -> [(bool, &'static str, &'static str); 6] {
        [
            (self.terminal_cancer, "terminal_cancer", "末期がん"),
            (self.intractable_disease, "intractable_disease", "難病"),
            (self.dementia, "dementia", "認知症"),
            (
                self.medical_care_first,
                "medical_care_first",
                "医療が優先される状態",
            ),
            (
                self.used_service_before,
                "used_service_before",
                "過去にこのサービスを利用",
            ),
            (
                self.using_day_service,
                "using_day_service",
                "通所サービスを利用中",
            ),
        ]
    }

    /// The applying ones as (key, Japanese label).
    pub fn applying(&self) -> Vec<(&'static str, &'static str)> {
        self.table()
            .into_iter()
            .filter(|(on, _, _)| *on)
            .map(|(_, key, label)| (key, label))
            .collect()
    }

    /// The exclusions named by `keys` (unknown keys are ignored).
    pub fn from_keys<'a>(keys: impl IntoIterator<Item = &'a str>) -> Self {
        let keys: Vec<&str> = keys.into_iter().collect();
        let on = |key: &str| keys.contains(&key);
        Exclusions {
            terminal_cancer: on("terminal_cancer"),
            intractable_disease: on("intractable_disease"),
            dementia: on("dementia"),
            medical_care_first: on("medical_care_first"),
            used_service_before: on("used_service_before"),
            using_day_service: on("using_day_service"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct ScreeningInput {
    pub answers: ChecklistAnswers,
    pub certification: Certification,
    pub exclusions: Exclusions,
    pub age_years: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    Certification,
    Checklist,
}

impl Basis {
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Certification => "certification",
            Basis::Checklist => "checklist",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CriterionResult {
    pub number: u8,
    pub label: &'static str,
    pub matched: bool,
    pub count: usize,
    pub threshold: usize,
    /// The item numbers that counted.
    pub items: Vec<u8>,
}

/// The seven criteria of 事業対象者: (number, label, items, how many must count).
const CRITERIA: [(u8, &str, std::ops::RangeInclusive<usize>, usize); 7] = [
    (1, "生活機能全般（No.1〜20のうち10項目以上）", 1..=20, 10),
    (2, "運動器（No.6〜10のうち3項目以上）", 6..=10, 3),
    (3, "栄養（No.11・12の両方）", 11..=12, 2),
    (4, "口腔（No.13〜15のうち2項目以上）", 13..=15, 2),
    (5, "閉じこもり（No.16）", 16..=16, 1),
    (6, "認知機能（No.18〜20のうち1項目以上）", 18..=20, 1),
    (7, "うつ（No.21〜25のうち2項目以上）", 21..=25, 2),
];

#[derive(Debug, Clone, PartialEq)]
pub struct ScreeningOutcome {
    pub eligible: bool,
    pub basis: Option<Basis>,
    /// To one decimal, rounded down, so that it reads as judged; item 12 compares the exact value.
    pub bmi: Option<f64>,
    pub item12: bool,
    pub criteria: Vec<CriterionResult>,
    /// Keys of the applying exclusions.
    pub exclusions: Vec<&'static str>,
    pub reasons: Vec<String>,
}

/// The labels of the seven criteria, in the form's order.
pub fn criterion_labels() -> impl Iterator<Item = &'static str> {
    CRITERIA.iter().map(|(_, label, _, _)| *label)
}

pub fn criteria(answers: &ChecklistAnswers) -> Vec<CriterionResult> {
    CRITERIA
        .iter()
        .map(|(number, label, range, threshold)| {
            let items: Vec<u8> = range
                .clone()
                .filter(|&i| answers.counts(i))
                .map(|i| i as u8)
                .collect();
            CriterionResult {
                number: *number,
                label,
                matched: items.len() >= *threshold,
                count: items.len(),
                threshold: *threshold,
                items,
            }
        })
        .collect()
}

pub fn screen(input: &ScreeningInput) -> ScreeningOutcome {
    let criteria = criteria(&input.answers);
    let applying = input.exclusions.applying();
    let mut reasons = Vec::new();
    let matched: Vec<&CriterionResult> = criteria.iter().filter(|c| c.matched).collect();

    let basis = match input.certification {
        Certification::Support1 | Certification::Support2 => {
            reasons.push(format!(
                "{}の認定があるため、このサービスの対象になります。",
                input.certification.label_ja()
            ));
            Some(Basis::Certification)
        }
        Certification::CareNeeded => {
            reasons.push("要介護の認定があるため、このサービスの対象外です。".to_owned());
            None
        }
        Certification::None if input.age_years < MIN_AGE_FOR_CHECKLIST => {
            reasons.push("65歳未満のため、基本チェックリストによる判定は対象外です。".to_owned());
            None
        }
        Certification::None if matched.is_empty() => {
            reasons.push("基本チェックリストの基準①〜⑦のいずれにも該当しません。".to_owned());
            None
        }
        Certification::None => {
            for c in &matched {
                reasons.push(format!(
                    "基本チェックリストの基準{}（{}）に該当します。",
                    circled(c.number),
                    c.label
                ));
            }
            Some(Basis::Checklist)
        }
    };
    if let (Some(answer), Some(bmi)) = (input.answers.item12_overruled(), input.answers.bmi()) {
        let (said, measured) = if answer {
            ("はい", "18.5以上")
        } else {
            ("いいえ", "18.5未満")
        };
        reasons.push(format!(
            "No.12 は「{said}」と回答されていましたが、身長と体重から計算した BMI {bmi:.1}（{measured}）で判定しました。No.12 は BMI が 18.5 未満かどうかの項目のため、測った値を使います。"
        ));
    }
    for (_, label) in &applying {
        reasons.push(format!(
            "「{label}」に当てはまるため、このサービスの対象外です。"
        ));
    }
    ScreeningOutcome {
        eligible: basis.is_some() && applying.is_empty(),
        basis,
        bmi: input.answers.bmi(),
        item12: input.answers.counts(12),
        criteria,
        exclusions: applying.into_iter().map(|(key, _)| key).collect(),
        reasons,
    }
}

fn circled(n: u8) -> char {
    char::from_u32(0x2460 + u32::from(n) - 1).unwrap_or('?')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Answers under which exactly `items` count.
    fn with(items: &[usize]) -> ChecklistAnswers {
        let answers: Vec<Option<bool>> = (1..=ITEMS)
            .map(|i| Some(counted(i, true) == items.contains(&i)))
            .collect();
        ChecklistAnswers::new(&answers, None, None).unwrap()
    }

    fn input(items: &[usize]) -> ScreeningInput {
        ScreeningInput {
            answers: with(items),
            certification: Certification::None,
            exclusions: Exclusions::default(),
            age_years: 80,
        }
    }

    fn matched(items: &[usize]) -> Vec<u8> {
        screen(&input(items))
            .criteria
            .iter()
            .filter(|c| c.matched)
            .map(|c| c.number)
            .collect()
    }

    #[test]
    fn the_counted_answer_of_every_item() {
        let counted_when_no = [1, 2, 3, 4, 5, 6, 7, 8, 16, 19];
        for item in 1..=ITEMS {
            let no_counts = counted_when_no.contains(&item);
            assert_eq!(
                counted(item, false),
                no_counts,
                "item {item} answered いいえ"
            );
            assert_eq!(counted(item, true), !no_counts, "item {item} answered はい");
        }
    }

    #[test]
    fn criterion_1_needs_ten_of_items_1_to_20() {
        let nine = [1, 2, 3, 4, 5, 9, 14, 16, 17];
        assert!(!matched(&nine).contains(&1));
        let ten = [1, 2, 3, 4, 5, 9, 14, 16, 17, 19];
        assert!(matched(&ten).contains(&1));
    }

    #[test]
    fn criterion_2_needs_three_of_items_6_to_10() {
        assert_eq!(matched(&[6, 7]), Vec::<u8>::new());
        assert_eq!(matched(&[6, 7, 10]), vec![2]);
    }

    #[test]
    fn criterion_3_needs_both_11_and_12() {
        assert_eq!(matched(&[11]), Vec::<u8>::new());
        assert_eq!(matched(&[12]), Vec::<u8>::new());
        assert_eq!(matched(&[11, 12]), vec![3]);
    }

    #[test]
    fn criterion_4_needs_two_of_items_13_to_15() {
        assert_eq!(matched(&[15]), Vec::<u8>::new());
        assert_eq!(matched(&[13, 15]), vec![4]);
    }

    #[test]
    fn criterion_5_is_item_16_alone_and_17_does_not_make_it() {
        assert_eq!(matched(&[16]), vec![5]);
        assert_eq!(matched(&[17]), Vec::<u8>::new());
    }

    #[test]
    fn criterion_6_is_any_of_items_18_to_20() {
        for item in 18..=20 {
            assert_eq!(matched(&[item]), vec![6], "item {item}");
        }
    }

    #[test]
    fn criterion_7_needs_two_of_items_21_to_25() {
        assert_eq!(matched(&[25]), Vec::<u8>::new());
        assert_eq!(matched(&[21, 25]), vec![7]);
    }

    #[test]
    fn item_12_from_bmi_exactly_18_5_does_not_count() {
        let mut answers: Vec<Option<bool>> = (1..=ITEMS).map(|i| Some(!counted(i, true))).collect();
        answers[11] = None;
        let exact = ChecklistAnswers::new(&answers, Some(200.0), Some(74.0)).unwrap();
        assert_eq!(exact.bmi(), Some(18.5));
        assert!(!exact.counts(12), "BMI exactly 18.5 is not below 18.5");
        let below = ChecklistAnswers::new(&answers, Some(200.0), Some(73.9)).unwrap();
        assert!(below.counts(12), "BMI 18.475");
        let light = ChecklistAnswers::new(&answers, Some(160.0), Some(47.3)).unwrap();
        assert!(light.counts(12), "BMI 18.48");
        assert_eq!(light.bmi(), Some(18.4), "shown rounded down, as judged");
        let at = ChecklistAnswers::new(&answers, Some(150.0), Some(41.7)).unwrap();
        assert!(!at.counts(12), "BMI 18.53");
        assert_eq!(at.bmi(), Some(18.5));
    }

    #[test]
    fn more_than_one_decimal_is_refused_on_entry() {
        // 160 cm / 47.35 kg is BMI 18.496 and 150 cm / 41.625 kg exactly 18.5: neither may be
        // judged on a rounded value, so neither is taken.
        assert_eq!(
            check_precision(Some(160.0), Some(47.35)),
            Err(InputError::WeightTooPrecise(47.35))
        );
        assert_eq!(
            check_precision(Some(150.0), Some(41.625)),
            Err(InputError::WeightTooPrecise(41.625))
        );
        assert_eq!(
            check_precision(Some(160.25), Some(50.0)),
            Err(InputError::HeightTooPrecise(160.25))
        );
        assert!(check_precision(Some(160.1), Some(47.3)).is_ok());
        assert!(check_precision(Some(155.0), Some(41.6)).is_ok());
        assert!(check_precision(None, None).is_ok());
        assert!(InputError::WeightTooPrecise(47.35)
            .message_ja()
            .contains("0.1 kg"));
    }

    #[test]
    fn an_answered_item_12_that_the_bmi_contradicts_is_overruled_and_said() {
        let mut answers: Vec<Option<bool>> = (1..=ITEMS).map(|i| Some(!counted(i, true))).collect();
        answers[11] = Some(true);
        let overruled = ChecklistAnswers::new(&answers, Some(160.0), Some(60.0)).unwrap();
        assert_eq!(overruled.item12_overruled(), Some(true));
        let agreeing = ChecklistAnswers::new(&answers, Some(160.0), Some(45.0)).unwrap();
        assert_eq!(agreeing.item12_overruled(), None);
        answers[11] = None;
        let unanswered = ChecklistAnswers::new(&answers, Some(160.0), Some(60.0)).unwrap();
        assert_eq!(unanswered.item12_overruled(), None);
    }

    #[test]
    fn bmi_overrides_a_given_item_12_and_a_given_item_12_stands_alone() {
        let mut answers: Vec<Option<bool>> = (1..=ITEMS).map(|i| Some(!counted(i, true))).collect();
        answers[11] = Some(true);
        let given = ChecklistAnswers::new(&answers, None, None).unwrap();
        assert!(given.counts(12));
        let computed = ChecklistAnswers::new(&answers, Some(160.0), Some(60.0)).unwrap();
        assert!(!computed.counts(12), "BMI 23.4 decides");
    }

    #[test]
    fn input_errors() {
        let full: Vec<Option<bool>> = vec![Some(false); ITEMS];
        assert_eq!(
            ChecklistAnswers::new(&full[..24], None, None),
            Err(InputError::WrongCount(24))
        );
        let mut missing = full.clone();
        missing[4] = None;
        assert_eq!(
            ChecklistAnswers::new(&missing, None, None),
            Err(InputError::MissingAnswer(5))
        );
        let mut no12 = full.clone();
        no12[11] = None;
        assert_eq!(
            ChecklistAnswers::new(&no12, None, None),
            Err(InputError::Item12Missing)
        );
        assert_eq!(
            ChecklistAnswers::new(&full, Some(150.0), None),
            Err(InputError::OnlyOneOfHeightAndWeight)
        );
        assert_eq!(
            ChecklistAnswers::new(&full, Some(99.0), Some(50.0)),
            Err(InputError::HeightOutOfRange(99.0))
        );
        assert_eq!(
            ChecklistAnswers::new(&full, Some(150.0), Some(201.0)),
            Err(InputError::WeightOutOfRange(201.0))
        );
        assert!(InputError::MissingAnswer(5).message_ja().contains("No.5"));
    }

    #[test]
    fn a_support_certification_is_enough_without_any_item() {
        for cert in [Certification::Support1, Certification::Support2] {
            let outcome = screen(&ScreeningInput {
                certification: cert,
                ..input(&[])
            });
            assert!(outcome.eligible);
            assert_eq!(outcome.basis, Some(Basis::Certification));
        }
    }

    #[test]
    fn care_needed_is_never_eligible() {
        let outcome = screen(&ScreeningInput {
            certification: Certification::CareNeeded,
            ..input(&[6, 7, 8, 16])
        });
        assert!(!outcome.eligible);
        assert!(outcome.reasons[0].contains("要介護"));
    }

    #[test]
    fn exclusions_override_both_routes() {
        let excluded = Exclusions {
            dementia: true,
            ..Default::default()
        };
        let by_cert = screen(&ScreeningInput {
            certification: Certification::Support2,
            exclusions: excluded,
            ..input(&[])
        });
        let by_list = screen(&ScreeningInput {
            exclusions: excluded,
            ..input(&[16])
        });
        for outcome in [by_cert, by_list] {
            assert!(!outcome.eligible);
            assert_eq!(outcome.exclusions, vec!["dementia"]);
            assert!(outcome.reasons.iter().any(|r| r.contains("認知症")));
        }
    }

    #[test]
    fn the_checklist_route_starts_at_65() {
        let at_64 = screen(&ScreeningInput {
            age_years: 64,
            ..input(&[16])
        });
        let at_65 = screen(&ScreeningInput {
            age_years: 65,
            ..input(&[16])
        });
        assert!(!at_64.eligible && at_64.reasons[0].contains("65歳未満"));
        assert!(at_65.eligible);
        assert_eq!(at_65.basis, Some(Basis::Checklist));
        assert!(at_65.reasons[0].contains("⑤"));
    }

    #[test]
    fn exclusions_round_trip_through_their_keys() {
        let e = Exclusions {
            dementia: true,
            using_day_service: true,
            ..Default::default()
        };
        let keys: Vec<&str> = e.applying().into_iter().map(|(k, _)| k).collect();
        assert_eq!(keys, vec!["dementia", "using_day_service"]);
        assert_eq!(Exclusions::from_keys(keys), e);
        assert_eq!(Exclusions::from_keys(["nonsense"]), Exclusions::default());
    }

    #[test]
    fn no_criterion_no_certification_is_not_eligible() {
        let outcome = screen(&input(&[17, 21]));
        assert!(!outcome.eligible);
        assert_eq!(outcome.basis, None);
    }
}
