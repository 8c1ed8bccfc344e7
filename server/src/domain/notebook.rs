//! The participant's own 介護予防手帳, projected from what is already recorded: the body
//! record by week and by month (exercise days, walking minutes, outings), blood pressure and
//! weight over time (each reading judged by the safety rule), and the self-check (the 25-item
//! 基本チェックリスト answered by the person, judged by the same seven criteria as a screening,
//! `domain::eligibility`). Pure: the data layer loads and calls these.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::Serialize;
use utoipa::ToSchema;

use super::eligibility::{self, ChecklistAnswers, ITEMS};
use super::events::{Activity, Event, Record};
use super::safety::{self, Reading, Reason, Thresholds};

/// Weeks and months the body record shows.
pub const WEEKS: u32 = 12;
pub const MONTHS: u32 = 12;

/// One week (from its Monday) or one month (from its first day) of the body record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Period {
    /// The first day of the week (Monday) or month.
    pub start: NaiveDate,
    /// Days with at least one exercise done.
    pub exercise_days: u32,
    /// Minutes of walking recorded.
    pub walking_minutes: u32,
    /// Times the person went out: walks, shopping, meeting people, a 通いの場.
    pub outings: u32,
}

/// A home reading, with what the safety rule says of it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ReadingEntry {
    pub date: NaiveDate,
    pub systolic: Option<f64>,
    pub diastolic: Option<f64>,
    pub pulse: Option<f64>,
    pub weight_kg: Option<f64>,
    /// Empty when nothing speaks against exercising; else why exercise was held back.
    pub reasons: Vec<Reason>,
}

/// Whether an activity takes the person out of the house.
pub fn is_outing(a: Activity) -> bool {
    matches!(
        a,
        Activity::Walk | Activity::Shopping | Activity::MetPeople | Activity::Kayoi
    )
}

fn monday(d: NaiveDate) -> NaiveDate {
    d - Days::new(u64::from(d.weekday().num_days_from_monday()))
}

fn first_of_month(d: NaiveDate) -> NaiveDate {
    d.with_day(1).expect("day 1 exists")
}

/// Sums the live records into periods; `start_of` maps a day to its period's first day, and
/// `starts` lists the periods shown (oldest first). Records outside them are left out.
fn periods(
    live: &[&Event],
    starts: Vec<NaiveDate>,
    start_of: impl Fn(NaiveDate) -> NaiveDate,
) -> Vec<Period> {
    let mut by_start: BTreeMap<NaiveDate, (std::collections::BTreeSet<NaiveDate>, u32, u32)> =
        starts
            .iter()
            .map(|s| (*s, (Default::default(), 0, 0)))
            .collect();
    for e in live {
        let Some(slot) = by_start.get_mut(&start_of(e.date)) else {
            continue;
        };
        match &e.record {
            Record::ExerciseDone { .. } => {
                slot.0.insert(e.date);
            }
            Record::Activity {
                activity, minutes, ..
            } => {
                if *activity == Activity::Walk {
                    slot.1 += minutes.unwrap_or(0);
                }
                if is_outing(*activity) {
                    slot.2 += 1;
                }
            }
            _ => {}
        }
    }
    by_start
        .into_iter()
        .map(|(start, (days, walking_minutes, outings))| Period {
            start,
            exercise_days: days.len() as u32,
            walking_minutes,
            outings,
        })
        .collect()
}

/// The last `n` weeks up to today's week (Monday to Sunday), oldest first.
pub fn by_week(live: &[&Event], today: NaiveDate, n: u32) -> Vec<Period> {
    let this = monday(today);
    let starts = (0..n)
        .rev()
        .map(|i| this - Days::new(7 * u64::from(i)))
        .collect();
    periods(live, starts, monday)
}

/// The last `n` calendar months up to today's, oldest first.
pub fn by_month(live: &[&Event], today: NaiveDate, n: u32) -> Vec<Period> {
    let this = first_of_month(today);
    let starts = (0..n).rev().map(|i| this - Months::new(i)).collect();
    periods(live, starts, first_of_month)
}

/// Blood pressure, pulse and weight from `from` on, oldest first, each judged.
pub fn readings(live: &[&Event], from: NaiveDate, limits: &Thresholds) -> Vec<ReadingEntry> {
    let mut out: Vec<ReadingEntry> = live
        .iter()
        .filter(|e| e.date >= from)
        .filter_map(|e| match e.record {
            Record::Measurement {
                systolic,
                diastolic,
                pulse,
                weight_kg,
            } => Some(ReadingEntry {
                date: e.date,
                systolic,
                diastolic,
                pulse,
                weight_kg,
                reasons: safety::judge(
                    &Reading {
                        systolic,
                        diastolic,
                        pulse,
                        ..Reading::default()
                    },
                    limits,
                )
                .reasons()
                .to_vec(),
            }),
            _ => None,
        })
        .collect();
    // Stored order within a day; days in order (a late entry for yesterday sorts to yesterday).
    out.sort_by_key(|r| r.date);
    out
}

/// Readings from `from` on that hold exercise back, newest first: the therapist's first flag.
pub fn unsafe_readings(live: &[&Event], from: NaiveDate, limits: &Thresholds) -> Vec<ReadingEntry> {
    let mut out: Vec<ReadingEntry> = readings(live, from, limits)
        .into_iter()
        .filter(|r| !r.reasons.is_empty())
        .collect();
    out.reverse();
    out
}

/// One criterion of the self-check, in words the person reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct SelfCheckCriterion {
    pub number: u8,
    pub label: String,
    pub matched: bool,
}

/// A self-check as judged: if any criterion is met, the phone suggests a calm talk with the
/// 地域包括支援センター (seed 004: 「セルフチェックの結果、気になる方はお近くの地域包括支援
/// センターにご相談ください」).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct SelfCheckResult {
    pub taken_on: NaiveDate,
    pub criteria: Vec<SelfCheckCriterion>,
    /// Any criterion met: suggest talking to the 包括.
    pub consult: bool,
}

/// Judges the 25 answers (`true` = はい, item 1 first) by the eligibility rules.
pub fn self_check(answers: &[bool], taken_on: NaiveDate) -> Result<SelfCheckResult, String> {
    if answers.len() != ITEMS {
        return Err(format!(
            "セルフチェックは{ITEMS}問すべてに答えてください（{}問でした）。",
            answers.len()
        ));
    }
    let given: Vec<Option<bool>> = answers.iter().copied().map(Some).collect();
    let checked = ChecklistAnswers::new(&given, None, None).map_err(|e| e.message_ja())?;
    let criteria: Vec<SelfCheckCriterion> = eligibility::criteria(&checked)
        .into_iter()
        .map(|c| SelfCheckCriterion {
            number: c.number,
            label: c.label.to_owned(),
            matched: c.matched,
        })
        .collect();
    Ok(SelfCheckResult {
        taken_on,
        consult: criteria.iter().any(|c| c.matched),
        criteria,
    })
}

/// The answers as stored: '1' for はい, '0' for いいえ, item 1 first.
pub fn answers_text(answers: &[bool]) -> String {
    answers.iter().map(|&a| if a { '1' } else { '0' }).collect()
}

/// Stored answers read back; anything but 25 of '0'/'1' is an error.
pub fn answers_from_text(text: &str) -> Result<Vec<bool>, String> {
    let out: Vec<bool> = text
        .chars()
        .map(|c| match c {
            '1' => Ok(true),
            '0' => Ok(false),
            other => Err(format!("self-check answer {other:?}")),
        })
        .collect::<Result<_, _>>()?;
    if out.len() != ITEMS {
        return Err(format!("self-check of {} answers", out.len()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn ev(date: NaiveDate, record: Record) -> Event {
        Event {
            client_id: uuid::Uuid::now_v7().to_string(),
            date,
            record,
        }
    }

    fn done(date: NaiveDate) -> Event {
        ev(
            date,
            Record::ExerciseDone {
                exercise: "heel_raise".into(),
                amount: None,
            },
        )
    }

    fn act(date: NaiveDate, activity: Activity, minutes: Option<u32>) -> Event {
        ev(
            date,
            Record::Activity {
                activity,
                minutes,
                note: String::new(),
                photo_id: None,
            },
        )
    }

    fn bp(date: NaiveDate, s: f64, d: f64, p: Option<f64>) -> Event {
        ev(
            date,
            Record::Measurement {
                systolic: Some(s),
                diastolic: Some(d),
                pulse: p,
                weight_kg: None,
            },
        )
    }

    #[test]
    fn weeks_run_monday_to_sunday_and_count_exercise_days_not_ticks() {
        // 2026-11-30 is a Monday; today is Wednesday 2026-12-02.
        let today = day(2026, 12, 2);
        let all = [
            done(day(2026, 11, 29)), // Sunday: the week before
            done(day(2026, 11, 30)),
            done(day(2026, 11, 30)), // two ticks on one day: one exercise day
            done(day(2026, 12, 1)),
            act(day(2026, 11, 30), Activity::Walk, Some(20)),
            act(day(2026, 12, 1), Activity::Walk, None),
            act(day(2026, 12, 1), Activity::Shopping, Some(30)),
            act(day(2026, 12, 2), Activity::Cooking, Some(40)), // not an outing
            act(day(2026, 11, 23), Activity::Kayoi, None),
        ];
        let live: Vec<&Event> = all.iter().collect();
        let weeks = by_week(&live, today, 3);
        assert_eq!(
            weeks.iter().map(|w| w.start).collect::<Vec<_>>(),
            vec![day(2026, 11, 16), day(2026, 11, 23), day(2026, 11, 30)]
        );
        assert_eq!(
            weeks[2],
            Period {
                start: day(2026, 11, 30),
                exercise_days: 2,
                walking_minutes: 20,
                outings: 3,
            }
        );
        assert_eq!((weeks[1].exercise_days, weeks[1].outings), (1, 1));
        assert_eq!(weeks[0].exercise_days, 0);
    }

    #[test]
    fn months_are_calendar_months_and_cross_the_year() {
        let today = day(2027, 1, 15);
        let all = [
            done(day(2026, 11, 30)),
            done(day(2026, 12, 1)),
            done(day(2026, 12, 31)),
            done(day(2027, 1, 1)),
            act(day(2026, 12, 31), Activity::Walk, Some(15)),
            act(day(2027, 1, 2), Activity::Walk, Some(25)),
            done(day(2025, 1, 1)), // long before: left out
        ];
        let live: Vec<&Event> = all.iter().collect();
        let months = by_month(&live, today, 3);
        assert_eq!(
            months
                .iter()
                .map(|m| (m.start, m.exercise_days, m.walking_minutes))
                .collect::<Vec<_>>(),
            vec![
                (day(2026, 11, 1), 1, 0),
                (day(2026, 12, 1), 2, 15),
                (day(2027, 1, 1), 1, 25),
            ]
        );
        assert_eq!(by_month(&live, today, MONTHS).len(), 12);
    }

    #[test]
    fn readings_are_judged_and_the_unsafe_ones_come_newest_first() {
        let all = [
            bp(day(2026, 11, 20), 132.0, 80.0, Some(70.0)),
            bp(day(2026, 11, 25), 205.0, 100.0, None),
            bp(day(2026, 12, 1), 198.0, 112.0, Some(128.0)),
        ];
        let live: Vec<&Event> = all.iter().collect();
        let all_readings = readings(&live, day(2026, 11, 1), &Thresholds::default());
        assert_eq!(all_readings.len(), 3);
        assert!(all_readings[0].reasons.is_empty());
        let flagged = unsafe_readings(&live, day(2026, 11, 1), &Thresholds::default());
        assert_eq!(
            flagged.iter().map(|r| r.date).collect::<Vec<_>>(),
            vec![day(2026, 12, 1), day(2026, 11, 25)]
        );
        assert_eq!(flagged[0].reasons, vec![Reason::PulseHigh]);
        assert_eq!(flagged[1].reasons, vec![Reason::SystolicHigh]);
        // From a later day, the older one is not flagged any more.
        assert_eq!(
            unsafe_readings(&live, day(2026, 11, 26), &Thresholds::default()).len(),
            1
        );
    }

    /// Answers where nothing counts: はい for the items that count on いいえ, and いいえ else.
    fn nothing_counts() -> Vec<bool> {
        (1..=ITEMS).map(|i| matches!(i, 1..=8 | 16 | 19)).collect()
    }

    #[test]
    fn a_self_check_with_nothing_met_suggests_nothing() {
        let r = self_check(&nothing_counts(), day(2026, 12, 2)).unwrap();
        assert_eq!(r.criteria.len(), 7);
        assert!(!r.consult);
    }

    #[test]
    fn each_criterion_met_alone_suggests_talking_to_the_center() {
        // (items answered the counting way, criterion number)
        let cases: [(&[usize], u8); 6] = [
            (&[6, 7, 8], 2), // 運動器: 3 of No.6–10 (いいえ on 6–8)
            (&[11, 12], 3),  // 栄養: both
            (&[13, 14], 4),  // 口腔: 2 of 3
            (&[16], 5),      // 閉じこもり (いいえ on 16)
            (&[18], 6),      // 認知機能: 1 of 3
            (&[21, 22], 7),  // うつ: 2 of 5
        ];
        for (items, number) in cases {
            let mut a = nothing_counts();
            for &i in items {
                a[i - 1] = !a[i - 1];
            }
            let r = self_check(&a, day(2026, 12, 2)).unwrap();
            assert!(r.consult, "criterion {number}");
            let met: Vec<u8> = r
                .criteria
                .iter()
                .filter(|c| c.matched)
                .map(|c| c.number)
                .collect();
            assert_eq!(met, vec![number]);
            // One item fewer and the criterion is not met.
            let mut fewer = nothing_counts();
            for &i in &items[..items.len() - 1] {
                fewer[i - 1] = !fewer[i - 1];
            }
            let r = self_check(&fewer, day(2026, 12, 2)).unwrap();
            assert!(
                !r.criteria[usize::from(number) - 1].matched,
                "criterion {number} with one fewer"
            );
        }
        // 生活機能全般: 10 of No.1–20.
        let mut a = nothing_counts();
        for i in [1, 2, 3, 4, 5, 9, 10, 11, 17, 20] {
            a[i - 1] = !a[i - 1];
        }
        let r = self_check(&a, day(2026, 12, 2)).unwrap();
        assert!(r.criteria[0].matched);
    }

    #[test]
    fn a_self_check_needs_all_25_answers_and_reads_back_as_stored() {
        assert!(self_check(&[true; 24], day(2026, 12, 2)).is_err());
        let a = nothing_counts();
        let text = answers_text(&a);
        assert_eq!(text.len(), 25);
        assert_eq!(answers_from_text(&text).unwrap(), a);
        assert!(answers_from_text("01").is_err());
        assert!(answers_from_text(&"2".repeat(25)).is_err());
    }
}
