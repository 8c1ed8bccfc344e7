//! The day-to-day as the therapist sees it, projected from the person's typed records: the
//! heat map of days, the diary, the flags, the measurements, the current streak and the last
//! day anything was recorded. Pure: the data layer loads the records (in the order they were
//! stored) and the exercise titles, and calls these.

use std::collections::{BTreeMap, HashSet};

use chrono::{Days, NaiveDate};
use serde::Serialize;
use utoipa::ToSchema;

use super::events::{Event, Record};
use super::successes;
use crate::domain::ids::MediaId;

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Day {
    pub date: NaiveDate,
    /// Exercises ticked off that day.
    pub exercises: u32,
    pub activities: u32,
    pub flags: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct DiaryEntry {
    pub client_id: String,
    pub date: NaiveDate,
    pub activity: String,
    pub minutes: Option<u32>,
    pub note: String,
    #[schema(value_type = Option<String>)]
    pub photo_id: Option<MediaId>,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Flag {
    pub date: NaiveDate,
    pub exercise: String,
    pub exercise_title: String,
    /// pain | hard
    pub flag: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct MeasurementEntry {
    pub date: NaiveDate,
    pub systolic: Option<f64>,
    pub diastolic: Option<f64>,
    pub pulse: Option<f64>,
    pub weight_kg: Option<f64>,
}

/// The records that still count: neither retracted nor retractions themselves, in order.
pub fn live(all: &[Event]) -> Vec<&Event> {
    // A retraction may take back a record of any day, so the whole history is looked at.
    let retracted: HashSet<&str> = all
        .iter()
        .filter_map(|e| e.record.retracts())
        .map(|target| target.as_str())
        .collect();
    all.iter()
        .filter(|e| e.record.retracts().is_none() && !retracted.contains(e.client_id.as_str()))
        .collect()
}

fn within(from: NaiveDate, to: NaiveDate) -> impl Fn(&&&Event) -> bool {
    move |e| e.date >= from && e.date <= to
}

/// One cell per day from `from` to `to`: what was done that day.
pub fn heat_map(live: &[&Event], from: NaiveDate, to: NaiveDate) -> Vec<Day> {
    let mut per_day: BTreeMap<NaiveDate, Day> = BTreeMap::new();
    let mut day = from;
    while day <= to {
        per_day.insert(
            day,
            Day {
                date: day,
                exercises: 0,
                activities: 0,
                flags: 0,
            },
        );
        day = day + Days::new(1);
    }
    for e in live {
        let Some(cell) = per_day.get_mut(&e.date) else {
            continue;
        };
        match e.record {
            Record::ExerciseDone { .. } => cell.exercises += 1,
            Record::ExerciseFlag { .. } => cell.flags += 1,
            Record::Activity { .. } => cell.activities += 1,
            Record::Measurement { .. } | Record::Retraction { .. } => {}
        }
    }
    per_day.into_values().collect()
}

/// The activities from `from` to `to`, newest first.
pub fn diary(live: &[&Event], from: NaiveDate, to: NaiveDate) -> Vec<DiaryEntry> {
    let mut entries: Vec<DiaryEntry> = live
        .iter()
        .filter(within(from, to))
        .filter_map(|e| match &e.record {
            Record::Activity {
                activity,
                minutes,
                note,
                photo_id,
            } => Some(DiaryEntry {
                client_id: e.client_id.clone(),
                date: e.date,
                activity: activity.as_str().to_owned(),
                minutes: *minutes,
                note: note.clone(),
                photo_id: photo_id.clone(),
            }),
            _ => None,
        })
        .collect();
    entries.reverse();
    entries
}

/// The flags from `from` to `to`, newest first (what to look at first), each with its
/// exercise's title (empty when the exercise is no longer in the library).
pub fn flags(
    live: &[&Event],
    from: NaiveDate,
    to: NaiveDate,
    titles: &BTreeMap<String, String>,
) -> Vec<Flag> {
    let mut flags: Vec<Flag> = live
        .iter()
        .filter(within(from, to))
        .filter_map(|e| match &e.record {
            Record::ExerciseFlag { exercise, flag } => Some(Flag {
                date: e.date,
                exercise: exercise.clone(),
                exercise_title: titles.get(exercise).cloned().unwrap_or_default(),
                flag: flag.as_str().to_owned(),
            }),
            _ => None,
        })
        .collect();
    flags.reverse();
    flags
}

/// The measurements from `from` to `to`, in the order they were recorded.
pub fn measurements(live: &[&Event], from: NaiveDate, to: NaiveDate) -> Vec<MeasurementEntry> {
    live.iter()
        .filter(within(from, to))
        .filter_map(|e| match e.record {
            Record::Measurement {
                systolic,
                diastolic,
                pulse,
                weight_kg,
            } => Some(MeasurementEntry {
                date: e.date,
                systolic,
                diastolic,
                pulse,
                weight_kg,
            }),
            _ => None,
        })
        .collect()
}

/// The current run of consecutive days with an exercise done, up to today (in Japan). A run
/// that ended yesterday still counts: today is not over.
pub fn streak(live: &[&Event], today: NaiveDate) -> u32 {
    let exercise_days: HashSet<NaiveDate> = live
        .iter()
        .filter(|e| matches!(e.record, Record::ExerciseDone { .. }))
        .map(|e| e.date)
        .collect();
    let mut day = if exercise_days.contains(&today) {
        today
    } else {
        today - Days::new(1)
    };
    let mut streak = 0;
    while exercise_days.contains(&day) {
        streak += 1;
        day = day - Days::new(1);
    }
    streak
}

/// The last day anything that still counts was recorded.
pub fn last_record_on(live: &[&Event]) -> Option<NaiveDate> {
    live.iter().map(|e| e.date).max()
}

/// The records the small successes are found in (flags play no part in them).
pub fn success_records(live: &[&Event]) -> Vec<successes::Record> {
    live.iter()
        .filter_map(|e| match &e.record {
            Record::ExerciseDone { exercise, amount } => Some(successes::Record::Exercise {
                date: e.date,
                exercise: exercise.clone(),
                amount: *amount,
            }),
            Record::Activity {
                activity, minutes, ..
            } => Some(successes::Record::Activity {
                date: e.date,
                activity: activity.as_str().to_owned(),
                minutes: *minutes,
            }),
            Record::Measurement { .. } => Some(successes::Record::Measurement { date: e.date }),
            Record::ExerciseFlag { .. } | Record::Retraction { .. } => None,
        })
        .collect()
}

/// Everything of the therapist's view that comes from the records, from `from` to `to`.
#[derive(Debug, Clone, PartialEq)]
pub struct Projection {
    pub days: Vec<Day>,
    pub diary: Vec<DiaryEntry>,
    pub flags: Vec<Flag>,
    pub measurements: Vec<MeasurementEntry>,
    pub streak: u32,
    pub last_record_on: Option<NaiveDate>,
}

/// The view of `all` the person's records (retractions included, in stored order), with the
/// titles of the exercises of their library.
pub fn project(
    all: &[Event],
    titles: &BTreeMap<String, String>,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> Projection {
    let live = live(all);
    Projection {
        days: heat_map(&live, from, to),
        diary: diary(&live, from, to),
        flags: flags(&live, from, to, titles),
        measurements: measurements(&live, from, to),
        streak: streak(&live, today),
        last_record_on: last_record_on(&live),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::events::{Activity, Flag as Mark};
    use crate::domain::values::ClientId;

    fn d(n: u64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 9, 1).unwrap() + Days::new(n)
    }

    fn id(n: u32) -> String {
        format!("00000000-0000-4000-8000-{n:012}")
    }

    fn event(n: u32, date: NaiveDate, record: Record) -> Event {
        Event {
            client_id: id(n),
            date,
            record,
        }
    }

    fn done(n: u32, date: NaiveDate) -> Event {
        event(
            n,
            date,
            Record::ExerciseDone {
                exercise: "heel_raise".into(),
                amount: Some(10),
            },
        )
    }

    fn flag(n: u32, date: NaiveDate, flag: Mark) -> Event {
        event(
            n,
            date,
            Record::ExerciseFlag {
                exercise: "sit_to_stand".into(),
                flag,
            },
        )
    }

    fn walk(n: u32, date: NaiveDate, note: &str) -> Event {
        event(
            n,
            date,
            Record::Activity {
                activity: Activity::Walk,
                minutes: Some(20),
                note: note.into(),
                photo_id: None,
            },
        )
    }

    fn retract(n: u32, date: NaiveDate, target: u32) -> Event {
        event(
            n,
            date,
            Record::Retraction {
                target: ClientId::parse(&id(target)).unwrap(),
            },
        )
    }

    fn titles() -> BTreeMap<String, String> {
        BTreeMap::from([("sit_to_stand".into(), "いすからの立ち上がり".into())])
    }

    #[test]
    fn a_retraction_takes_back_its_record_and_counts_for_nothing_itself() {
        let all = [
            done(1, d(0)),
            walk(2, d(0), "川沿い"),
            retract(3, d(1), 2),
            done(4, d(1)),
        ];
        let kept: Vec<&str> = live(&all).iter().map(|e| e.client_id.as_str()).collect();
        assert_eq!(kept, [id(1), id(4)]);
        let view = project(&all, &titles(), d(0), d(1), d(1));
        assert!(view.diary.is_empty());
        assert_eq!(
            view.days.iter().map(|c| c.activities).collect::<Vec<_>>(),
            [0, 0]
        );
        assert_eq!(view.last_record_on, Some(d(1)));
    }

    #[test]
    fn the_shared_fixture_counts_as_the_phone_counts_it() {
        // The PWA's outbox test holds its own `liveEvents` to the same answer.
        let all = crate::domain::events::tests::stored_fixture();
        let kinds: Vec<&str> = live(&all)
            .iter()
            .map(|e| e.record.kind().as_str())
            .collect();
        assert_eq!(kinds, ["exercise_done", "exercise_flag", "measurement"]);
        let day = all[0].date;
        let view = project(&all, &titles(), day, day, day);
        assert_eq!(
            (
                view.days[0].exercises,
                view.days[0].activities,
                view.days[0].flags
            ),
            (1, 0, 1)
        );
        assert_eq!(view.flags[0].exercise_title, "いすからの立ち上がり");
        assert_eq!(view.measurements[0].weight_kg, Some(52.4));
        assert_eq!(view.streak, 1);
    }

    #[test]
    fn a_retraction_reaches_back_before_the_window() {
        let all = [
            done(1, d(0)),
            flag(2, d(0), Mark::Pain),
            retract(3, d(20), 2),
        ];
        let view = project(&all, &titles(), d(0), d(20), d(20));
        assert!(view.flags.is_empty());
        // Only the window's days are shown, but the retraction applies to all history.
        let view = project(&all, &titles(), d(14), d(20), d(20));
        assert_eq!(view.days.len(), 7);
        assert!(view.flags.is_empty());
    }

    #[test]
    fn a_day_with_only_a_flag_is_a_flag_day_not_an_exercise_day() {
        let all = [done(1, d(0)), flag(2, d(1), Mark::Hard), done(3, d(2))];
        let view = project(&all, &titles(), d(0), d(2), d(2));
        let cells: Vec<(u32, u32)> = view.days.iter().map(|c| (c.exercises, c.flags)).collect();
        assert_eq!(cells, [(1, 0), (0, 1), (1, 0)]);
        assert_eq!(view.streak, 1, "the flag day breaks the run");
        assert_eq!(
            view.flags,
            [Flag {
                date: d(1),
                exercise: "sit_to_stand".into(),
                exercise_title: "いすからの立ち上がり".into(),
                flag: "hard".into(),
            }]
        );
        assert_eq!(view.last_record_on, Some(d(2)));
    }

    #[test]
    fn a_gap_day_ends_the_streak() {
        let all = [done(1, d(0)), done(2, d(1)), done(3, d(3)), done(4, d(4))];
        assert_eq!(streak(&live(&all), d(4)), 2);
        assert_eq!(streak(&live(&all), d(5)), 2, "yesterday's run still counts");
        assert_eq!(streak(&live(&all), d(6)), 0, "a whole day missed ends it");
        assert_eq!(streak(&live(&all), d(2)), 2, "today not yet done");
        // Several exercises in a day are one day of the run.
        let all = [done(1, d(0)), done(2, d(0)), done(3, d(1))];
        assert_eq!(streak(&live(&all), d(1)), 2);
    }

    #[test]
    fn today_and_yesterday_are_days_in_japan() {
        use crate::domain::program::japan_date_of;
        // Exercises on 9/1 and 9/2 in Japan. At 23:59 in Japan on 9/2 (14:59 UTC) the run is
        // two days; a minute later it is 9/3 there, nothing is done yet, and the run still
        // counts; a day later it is over.
        let all = [done(1, d(0)), done(2, d(1))];
        let utc = |h, m| d(1).and_hms_opt(h, m, 0).unwrap();
        let late_on_the_second = japan_date_of(utc(14, 59));
        assert_eq!(late_on_the_second, d(1));
        assert_eq!(streak(&live(&all), late_on_the_second), 2);
        let just_after = japan_date_of(utc(15, 0));
        assert_eq!(just_after, d(2));
        assert_eq!(streak(&live(&all), just_after), 2);
        let view = project(&all, &titles(), d(0), just_after, just_after);
        assert_eq!(view.days.last().unwrap().date, d(2));
        assert_eq!(view.days.last().unwrap().exercises, 0);
        assert_eq!(streak(&live(&all), d(3)), 0);
    }

    #[test]
    fn the_diary_and_flags_are_newest_first_and_measurements_in_order() {
        let measured = |n, date, systolic| {
            event(
                n,
                date,
                Record::Measurement {
                    systolic: Some(systolic),
                    diastolic: None,
                    pulse: None,
                    weight_kg: None,
                },
            )
        };
        let all = [
            walk(1, d(0), "一回目"),
            measured(2, d(0), 130.0),
            flag(3, d(0), Mark::Pain),
            walk(4, d(1), "二回目"),
            measured(5, d(1), 128.0),
            flag(6, d(1), Mark::Hard),
            walk(7, d(9), "窓の外"),
        ];
        let view = project(&all, &titles(), d(0), d(6), d(6));
        let notes: Vec<&str> = view.diary.iter().map(|e| e.note.as_str()).collect();
        assert_eq!(notes, ["二回目", "一回目"]);
        assert_eq!(view.diary[0].client_id, id(4));
        assert_eq!(view.diary[0].activity, "walk");
        let marks: Vec<&str> = view.flags.iter().map(|f| f.flag.as_str()).collect();
        assert_eq!(marks, ["hard", "pain"]);
        let readings: Vec<Option<f64>> = view.measurements.iter().map(|m| m.systolic).collect();
        assert_eq!(readings, [Some(130.0), Some(128.0)]);
        assert_eq!(view.last_record_on, Some(d(9)), "over all of history");
        assert_eq!(view.days.len(), 7);
    }

    #[test]
    fn an_exercise_no_longer_in_the_library_has_no_title() {
        let all = [event(
            1,
            d(0),
            Record::ExerciseFlag {
                exercise: "local-gone".into(),
                flag: Mark::Pain,
            },
        )];
        assert_eq!(
            flags(&live(&all), d(0), d(0), &titles())[0].exercise_title,
            ""
        );
    }

    #[test]
    fn successes_are_found_in_exercises_activities_and_measurements_only() {
        let all = [
            done(1, d(0)),
            flag(2, d(0), Mark::Pain),
            walk(3, d(1), ""),
            retract(4, d(1), 1),
        ];
        assert_eq!(
            success_records(&live(&all)),
            [successes::Record::Activity {
                date: d(1),
                activity: "walk".into(),
                minutes: Some(20),
            }]
        );
    }
}
