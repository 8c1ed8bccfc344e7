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
    pub fn date(&self) -> NaiveDate {
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

    out.extend(steps(&facts.steps_reached));
    in_order(&mut out);
    out
}

/// The goal steps reached, as successes.
pub fn steps(reached: &[StepReached]) -> Vec<Success> {
    reached
        .iter()
        .map(|step| {
            success(
                format!("step:{}", step.id),
                "goal_step",
                step.date,
                format!("目標への一歩「{}」を達成しました。", step.text),
            )
        })
        .collect()
}

/// The order [`find`] answers in: by date, then key.
pub fn in_order(found: &mut [Success]) {
    found.sort_by(|a, b| a.date.cmp(&b.date).then(a.key.cmp(&b.key)));
}

/// What the rules need to remember of the records already looked at, so that newer records
/// are judged without reading the history again: [`Progress::advance`] over a history cut
/// into batches finds, batch by batch, exactly what [`find`] finds new in the history up to
/// that batch (the goal steps aside, see [`steps`]). Stored per person beside the records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    /// The plan's days a week the weeks were judged by: another plan means another judgement
    /// of every week, so [`Progress::advance`] declines.
    pub days_per_week: Option<u32>,
    /// The latest day with any record.
    pub last_day: Option<NaiveDate>,
    /// The latest exercise day and the run of consecutive exercise days ending there.
    pub last_exercise_day: Option<NaiveDate>,
    pub run: u32,
    /// Exercise days in the week (its Monday) of the latest exercise day.
    pub week_days: u32,
    /// The week (its Monday) of the latest activity, its count, and the week before's.
    pub activity_week: Option<NaiveDate>,
    pub activities: u32,
    pub activities_before: u32,
    pub kayoi: bool,
    /// Per exercise (`exercise:<key>`) and `walk`: the best daily amount before its latest
    /// day, that day and its amount so far.
    pub bests: BTreeMap<String, Best>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Best {
    pub before: Option<u32>,
    pub day: NaiveDate,
    pub amount: u32,
}

impl Progress {
    /// A start for a history judged by the plan's `days_per_week`.
    pub fn new(days_per_week: Option<u32>) -> Progress {
        Progress {
            days_per_week,
            ..Progress::default()
        }
    }

    /// The successes that `batch`, newer than everything looked at so far, adds; `None`
    /// (and nothing changed) when it cannot be judged from what is remembered: a record
    /// dated before the latest day, or another plan. The caller then reads the whole history.
    pub fn advance(
        &mut self,
        days_per_week: Option<u32>,
        batch: &[Record],
    ) -> Option<Vec<Success>> {
        if days_per_week != self.days_per_week {
            return None;
        }
        if let Some(last) = self.last_day {
            if batch.iter().any(|r| r.date() < last) {
                return None;
            }
        }
        let mut batch: Vec<&Record> = batch.iter().collect();
        batch.sort_by_key(|r| r.date());
        let mut out = Vec::new();
        // Amounts per (what, day), summed over the batch before they are judged.
        let mut amounts: BTreeMap<(NaiveDate, String), u32> = BTreeMap::new();
        for r in batch {
            let day = r.date();
            if self
                .last_day
                .is_some_and(|last| (day - last).num_days() > GAP_DAYS)
            {
                out.push(success(
                    format!("back:{day}"),
                    "welcome_back",
                    day,
                    "おかえりなさい。また記録を始められたことが、何よりです。".into(),
                ));
            }
            self.last_day = Some(day);
            match r {
                Record::Exercise {
                    exercise, amount, ..
                } => {
                    self.exercise_day(day, &mut out);
                    if let Some(n) = amount {
                        *amounts
                            .entry((day, format!("exercise:{exercise}")))
                            .or_default() += n;
                    }
                }
                Record::Activity {
                    activity, minutes, ..
                } => {
                    self.activity(day, &mut out);
                    if activity == "kayoi" && !self.kayoi {
                        self.kayoi = true;
                        out.push(success(
                            "first:kayoi".into(),
                            "first_kayoi",
                            day,
                            "通いの場にはじめて行きましたね。新しいつながりができました。".into(),
                        ));
                    }
                    if let (Some(m), true) = (minutes, activity == "walk") {
                        *amounts.entry((day, "walk".to_owned())).or_default() += m;
                    }
                }
                Record::Measurement { .. } => {}
            }
        }
        for ((day, what), amount) in amounts {
            self.amount(what, day, amount, &mut out);
        }
        in_order(&mut out);
        Some(out)
    }

    fn exercise_day(&mut self, day: NaiveDate, out: &mut Vec<Success>) {
        match self.last_exercise_day {
            Some(last) if last == day => return,
            None => out.push(success(
                "first:exercise".into(),
                "first_exercise",
                day,
                "はじめての体操の記録です。今日の一歩から、いっしょに進めていきましょう。".into(),
            )),
            Some(_) => {}
        }
        self.run = match self.last_exercise_day {
            Some(last) if day == last + Days::new(1) => self.run + 1,
            _ => 1,
        };
        if STREAKS.contains(&self.run) {
            let run = self.run;
            out.push(success(
                format!("streak:{run}:{day}"),
                "streak",
                day,
                format!("{run}日続けて体操ができました。続けていることが、何よりの力です。"),
            ));
        }
        self.week_days = match self.last_exercise_day {
            Some(last) if monday(last) == monday(day) => self.week_days + 1,
            _ => 1,
        };
        self.last_exercise_day = Some(day);
        if let Some(target) = self.days_per_week.filter(|n| *n > 0) {
            if self.week_days == target {
                out.push(success(
                    format!("week:{}", monday(day)),
                    "week_plan",
                    day,
                    format!("今週の予定（週{target}日）をやりとげました。"),
                ));
            }
        }
    }

    fn activity(&mut self, day: NaiveDate, out: &mut Vec<Success>) {
        let week = monday(day);
        match self.activity_week {
            None => out.push(success(
                "first:activity".into(),
                "first_activity",
                day,
                "はじめての活動の記録です。毎日の暮らしの中の動きが、いちばんの力になります。"
                    .into(),
            )),
            Some(w) if w == week => {}
            Some(w) => {
                self.activities_before = if w + Days::new(7) == week {
                    self.activities
                } else {
                    0
                };
                self.activities = 0;
            }
        }
        self.activity_week = Some(week);
        self.activities += 1;
        let last = self.activities_before;
        if last > 0 && self.activities == last + 1 {
            out.push(success(
                format!("more:{week}"),
                "more_activity",
                day,
                format!("先週より活動が増えています（先週{last}回）。"),
            ));
        }
    }

    fn amount(&mut self, what: String, day: NaiveDate, amount: u32, out: &mut Vec<Success>) {
        let best = match self.bests.get_mut(&what) {
            Some(best) if best.day == day => best,
            Some(best) => {
                best.before = Some(best.before.map_or(best.amount, |b| b.max(best.amount)));
                best.day = day;
                best.amount = 0;
                best
            }
            None => self.bests.entry(what.clone()).or_insert(Best {
                before: None,
                day,
                amount: 0,
            }),
        };
        let earlier = best.amount;
        best.amount += amount;
        let Some(before) = best.before else {
            return;
        };
        // Found once, on the batch that takes the day past the best before it.
        if best.amount > before && earlier <= before {
            let amount = best.amount;
            let text = if what == "walk" {
                format!("これまでで一番長く歩きました（{amount}分）。")
            } else {
                format!("自己ベストです（{amount}）。")
            };
            out.push(success(
                format!("best:{what}:{day}"),
                "personal_best",
                day,
                text,
            ));
        }
    }
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

    /// A random history, in date order: exercises, activities and measurements over a few
    /// weeks, with gaps, repeated days and amounts or none.
    fn history(rng: &mut impl rand::Rng) -> Vec<Record> {
        let start = NaiveDate::from_ymd_opt(2026, 8, 27).unwrap();
        let span = rng.gen_range(1..60u64);
        let mut records: Vec<Record> = (0..rng.gen_range(0..80))
            .map(|_| {
                let date = start + Days::new(rng.gen_range(0..span));
                match rng.gen_range(0..10) {
                    0..=5 => Record::Exercise {
                        date,
                        exercise: ["heel_raise", "sit_to_stand"][rng.gen_range(0..2)].into(),
                        amount: rng.gen_bool(0.8).then(|| rng.gen_range(0..30)),
                    },
                    6..=8 => Record::Activity {
                        date,
                        activity: ["walk", "kayoi", "housework"][rng.gen_range(0..3)].into(),
                        minutes: rng.gen_bool(0.7).then(|| rng.gen_range(0..90)),
                    },
                    _ => Record::Measurement { date },
                }
            })
            .collect();
        records.sort_by_key(Record::date);
        records
    }

    fn found(days_per_week: Option<u32>, records: &[Record]) -> Vec<Success> {
        find(&Facts {
            days_per_week,
            records: records.to_vec(),
            steps_reached: vec![],
        })
    }

    /// The incremental rule against the whole-history one: many generated histories, each fed
    /// in random batches (shuffled inside), find batch by batch exactly what the whole-history
    /// rule finds new at that point, word for word.
    #[test]
    fn progress_finds_what_the_whole_history_finds() {
        use rand::seq::SliceRandom;
        use rand::{Rng, SeedableRng};
        let mut rng = rand::rngs::StdRng::seed_from_u64(10);
        let mut celebrated = BTreeSet::new();
        for case in 0..3000 {
            let all = history(&mut rng);
            let days_per_week =
                [None, Some(0), Some(1), Some(2), Some(3), Some(5), Some(7)][rng.gen_range(0..7)];
            let mut progress = Progress::new(days_per_week);
            let mut cut = 0;
            let mut before: BTreeSet<String> = BTreeSet::new();
            let mut every: Vec<Success> = Vec::new();
            while cut < all.len() {
                let end = (cut + rng.gen_range(1..12)).min(all.len());
                let mut batch = all[cut..end].to_vec();
                batch.shuffle(&mut rng);
                let whole = found(days_per_week, &all[..end]);
                let expected: Vec<Success> = whole
                    .iter()
                    .filter(|s| !before.contains(&s.key))
                    .cloned()
                    .collect();
                let got = progress
                    .advance(days_per_week, &batch)
                    .expect("a newer batch is judged");
                assert_eq!(
                    got, expected,
                    "case {case}, records {cut}..{end} of {all:?}"
                );
                before = whole.iter().map(|s| s.key.clone()).collect();
                every.extend(got);
                cut = end;
            }
            let keys: BTreeSet<String> = every.iter().map(|s| s.key.clone()).collect();
            assert_eq!(keys, before, "case {case}");
            celebrated.extend(every.into_iter().map(|s| s.kind));
            // A record older than the latest day, or another plan: declined, nothing changed.
            if let Some(first) = all.first().filter(|f| Some(f.date()) < progress.last_day) {
                let kept = progress.clone();
                assert_eq!(
                    progress.advance(days_per_week, std::slice::from_ref(first)),
                    None
                );
                assert_eq!(progress, kept);
            }
            let other = Some(days_per_week.map_or(4, |n| n + 1));
            assert_eq!(progress.advance(other, &[]), None);
        }
        // The generated histories reach every kind of success the records can give.
        for kind in [
            "first_exercise",
            "first_activity",
            "first_kayoi",
            "streak",
            "week_plan",
            "more_activity",
            "personal_best",
            "welcome_back",
        ] {
            assert!(celebrated.contains(kind), "{kind} never found");
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
