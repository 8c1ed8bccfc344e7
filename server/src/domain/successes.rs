//! Small successes (小さな成功体験): what the person did well, noticed from their own records and
//! said warmly. Pure and deterministic: evaluated over the whole history, each success has a
//! stable key, so the phone (offline, at once) and the server (the authoritative list) find the
//! same ones. The PWA has the same rules in `pwa/src/successes.ts`; both are tested against
//! `tests/fixtures/successes.json`.
//!
//! Never a reproach: a gap is only ever met with a welcome back.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Record {
    Exercise {
        date: NaiveDate,
        exercise: String,
        #[serde(default)]
        amount: Option<u32>,
    },
    Activity {
        date: NaiveDate,
        activity: String,
        #[serde(default)]
        minutes: Option<u32>,
    },
    Measurement {
        date: NaiveDate,
    },
}

impl Record {
    fn date(&self) -> NaiveDate {
        match self {
            Record::Exercise { date, .. }
            | Record::Activity { date, .. }
            | Record::Measurement { date } => *date,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct StepReached {
    pub id: String,
    pub text: String,
    pub date: NaiveDate,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Facts {
    /// The plan's days a week, when there is a plan.
    pub days_per_week: Option<u32>,
    pub records: Vec<Record>,
    #[serde(default)]
    pub steps_reached: Vec<StepReached>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Success {
    /// Stable: the same success is found once, wherever it is computed.
    pub key: String,
    /// first_exercise | first_activity | streak | week_plan | more_activity | personal_best |
    /// goal_step | first_kayoi | welcome_back
    pub kind: String,
    pub date: NaiveDate,
    /// What the person reads.
    pub text: String,
}

/// Streak lengths that are celebrated.
pub const STREAKS: [u32; 3] = [3, 7, 14];
/// Days without any record after which coming back is welcomed.
pub const GAP_DAYS: i64 = 3;

fn monday(d: NaiveDate) -> NaiveDate {
    d - Days::new(u64::from(d.weekday().num_days_from_monday()))
}

fn success(key: String, kind: &str, date: NaiveDate, text: String) -> Success {
    Success {
        key,
        kind: kind.to_owned(),
        date,
        text,
    }
}

/// Every success in the history, in date order.
pub fn find(facts: &Facts) -> Vec<Success> {
    let mut out = Vec::new();
    let mut records = facts.records.clone();
    records.sort_by_key(Record::date);

    let exercise_days: BTreeSet<NaiveDate> = records
        .iter()
        .filter(|r| matches!(r, Record::Exercise { .. }))
        .map(Record::date)
        .collect();
    let record_days: BTreeSet<NaiveDate> = records.iter().map(Record::date).collect();

    if let Some(first) = exercise_days.first() {
        out.push(success(
            "first:exercise".into(),
            "first_exercise",
            *first,
            "はじめての体操の記録です。今日の一歩から、いっしょに進めていきましょう。".into(),
        ));
    }
    if let Some(first) = records
        .iter()
        .find(|r| matches!(r, Record::Activity { .. }))
    {
        out.push(success(
            "first:activity".into(),
            "first_activity",
            first.date(),
            "はじめての活動の記録です。毎日の暮らしの中の動きが、いちばんの力になります。".into(),
        ));
    }
    if let Some(first) = records
        .iter()
        .find(|r| matches!(r, Record::Activity { activity, .. } if activity == "kayoi"))
    {
        out.push(success(
            "first:kayoi".into(),
            "first_kayoi",
            first.date(),
            "通いの場にはじめて行きましたね。新しいつながりができました。".into(),
        ));
    }

    // Streaks of exercise days, celebrated on the day they reach 3, 7 and 14.
    let mut run = 0u32;
    let mut previous: Option<NaiveDate> = None;
    for day in &exercise_days {
        run = match previous {
            Some(p) if *day == p + Days::new(1) => run + 1,
            _ => 1,
        };
        if STREAKS.contains(&run) {
            out.push(success(
                format!("streak:{run}:{day}"),
                "streak",
                *day,
                format!("{run}日続けて体操ができました。続けていることが、何よりの力です。"),
            ));
        }
        previous = Some(*day);
    }

    // Coming back after a gap: welcomed, never blamed.
    let mut previous: Option<NaiveDate> = None;
    for day in &record_days {
        if let Some(p) = previous {
            if (*day - p).num_days() > GAP_DAYS {
                out.push(success(
                    format!("back:{day}"),
                    "welcome_back",
                    *day,
                    "おかえりなさい。また記録を始められたことが、何よりです。".into(),
                ));
            }
        }
        previous = Some(*day);
    }

    // The week's plan met: celebrated on the day it is reached.
    if let Some(target) = facts.days_per_week.filter(|n| *n > 0) {
        let mut by_week: BTreeMap<NaiveDate, Vec<NaiveDate>> = BTreeMap::new();
        for day in &exercise_days {
            by_week.entry(monday(*day)).or_default().push(*day);
        }
        for (week, days) in by_week {
            if let Some(day) = days.get(target as usize - 1) {
                out.push(success(
                    format!("week:{week}"),
                    "week_plan",
                    *day,
                    format!("今週の予定（週{target}日）をやりとげました。"),
                ));
            }
        }
    }

    // More activity than the week before: on the day this week's count passes last week's.
    let activities: Vec<NaiveDate> = records
        .iter()
        .filter(|r| matches!(r, Record::Activity { .. }))
        .map(Record::date)
        .collect();
    let mut per_week: BTreeMap<NaiveDate, Vec<NaiveDate>> = BTreeMap::new();
    for day in &activities {
        per_week.entry(monday(*day)).or_default().push(*day);
    }
    for (week, days) in &per_week {
        let last = per_week.get(&(*week - Days::new(7))).map_or(0, |d| d.len());
        if last > 0 && days.len() > last {
            out.push(success(
                format!("more:{week}"),
                "more_activity",
                days[last],
                format!("先週より活動が増えています（先週{last}回）。"),
            ));
        }
    }

    // Personal bests: more than ever before in one day (walking minutes, an exercise's amount).
    let mut daily: BTreeMap<(String, NaiveDate), u32> = BTreeMap::new();
    for r in &records {
        match r {
            Record::Exercise {
                date,
                exercise,
                amount: Some(n),
            } => {
                *daily
                    .entry((format!("exercise:{exercise}"), *date))
                    .or_default() += n
            }
            Record::Activity {
                date,
                activity,
                minutes: Some(m),
            } if activity == "walk" => *daily.entry(("walk".to_owned(), *date)).or_default() += m,
            _ => {}
        }
    }
    let mut best: BTreeMap<String, u32> = BTreeMap::new();
    let mut by_day: Vec<(&(String, NaiveDate), &u32)> = daily.iter().collect();
    by_day.sort_by_key(|((_, d), _)| *d);
    for ((what, day), amount) in by_day {
        match best.get(what) {
            Some(previous) if amount > previous => {
                let text = if what == "walk" {
                    format!("これまでで一番長く歩きました（{amount}分）。")
                } else {
                    format!("自己ベストです（{amount}）。")
                };
                out.push(success(
                    format!("best:{what}:{day}"),
                    "personal_best",
                    *day,
                    text,
                ));
                best.insert(what.clone(), *amount);
            }
            Some(_) => {}
            None => {
                best.insert(what.clone(), *amount);
            }
        }
    }

    for step in &facts.steps_reached {
        out.push(success(
            format!("step:{}", step.id),
            "goal_step",
            step.date,
            format!("目標への一歩「{}」を達成しました。", step.text),
        ));
    }

    out.sort_by(|a, b| a.date.cmp(&b.date).then(a.key.cmp(&b.key)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Case {
        name: String,
        facts: Facts,
        expect: Vec<String>,
    }

    /// The shared vectors: the PWA's rules are held to the same file.
    #[test]
    fn the_shared_cases_hold() {
        let text = include_str!("../../../tests/fixtures/successes.json");
        let cases: Vec<Case> = serde_json::from_str(text).expect("valid fixture");
        assert!(cases.len() >= 8);
        for case in cases {
            let keys: Vec<String> = find(&case.facts).into_iter().map(|s| s.key).collect();
            assert_eq!(keys, case.expect, "case: {}", case.name);
        }
    }

    #[test]
    fn words_are_warm_and_never_blame() {
        let d = |n: u64| NaiveDate::from_ymd_opt(2026, 9, 1).unwrap() + Days::new(n);
        let records = [0, 1, 2, 10, 11]
            .iter()
            .map(|n| Record::Exercise {
                date: d(*n),
                exercise: "heel_raise".into(),
                amount: Some(10),
            })
            .collect();
        let found = find(&Facts {
            days_per_week: Some(3),
            records,
            steps_reached: vec![],
        });
        for s in &found {
            for word in [
                "サボ",
                "さぼ",
                "なぜ",
                "できませんでした",
                "失敗",
                "だめ",
                "ダメ",
            ] {
                assert!(!s.text.contains(word), "{}: {}", s.key, s.text);
            }
        }
        assert!(found.iter().any(|s| s.kind == "welcome_back"));
    }
}
