//! Who needs the therapist's attention first, across a cohort: a missed session, attendance
//! not yet recorded, a goal not yet broken into steps, and — from the daily records — no
//! records for five days or a pain flag. Facts, in calm words; never a judgement of the person.

use super::enrollment::EnrollmentStatus;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use utoipa::ToSchema;

use super::sessions::Attendance;

/// Days without any record before the person is flagged.
pub const QUIET_DAYS: i64 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AttentionKind {
    /// A home reading outside the municipality's limits for exercise (domain::safety): first.
    UnsafeReading,
    NotStarted,
    MissedSession,
    AttendanceUnrecorded,
    NoSteps,
    NoRecords,
    PainFlag,
    /// The program's length and end were not explained by session 1 (導入).
    EndNotExplained,
    /// A handoff to a 生活支援コーディネーター waits more than 7 days for acknowledgement.
    HandoffNotAcknowledged,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Attention {
    pub kind: AttentionKind,
    pub message: String,
}

pub struct SessionFact {
    pub number: u32,
    pub date: NaiveDate,
    pub attendance: Attendance,
}

pub struct GoalFact {
    pub text: String,
    pub steps: usize,
}

/// What the daily records say; `None` where the daily records are not kept.
#[derive(Debug, Default)]
pub struct RecordFacts {
    pub last_record_on: Option<NaiveDate>,
    pub pain_flags_since_last_session: u32,
    /// The last day since the last session with a reading that held exercise back.
    pub unsafe_reading_on: Option<NaiveDate>,
}

pub struct PersonFacts<'a> {
    pub status: EnrollmentStatus,
    pub started_on: Option<NaiveDate>,
    pub sessions: &'a [SessionFact],
    pub active_goals: &'a [GoalFact],
    pub records: Option<RecordFacts>,
}

pub fn rules(p: &PersonFacts, today: NaiveDate) -> Vec<Attention> {
    let mut out = Vec::new();
    let mut add = |kind, message: String| out.push(Attention { kind, message });
    if p.status.is_over() {
        return Vec::new();
    }
    // Safety before everything else: the first flag on the person's record.
    if let Some(day) = p.records.as_ref().and_then(|r| r.unsafe_reading_on) {
        add(
            AttentionKind::UnsafeReading,
            format!(
                "{}月{}日、運動を控える目安を超える血圧・脈拍の記録があります。ご本人に様子を確かめてください。",
                day.month(),
                day.day()
            ),
        );
    }
    if p.sessions.is_empty() {
        add(
            AttentionKind::NotStarted,
            "12回の予定がまだ作られていません。".to_owned(),
        );
    }
    let past: Vec<&SessionFact> = p.sessions.iter().filter(|s| s.date < today).collect();
    if let Some(last) = past
        .iter()
        .rev()
        .find(|s| s.attendance != Attendance::Planned)
    {
        if last.attendance == Attendance::Absent {
            add(
                AttentionKind::MissedSession,
                format!(
                    "{}回目（{}月{}日）はお休みでした。",
                    last.number,
                    last.date.month(),
                    last.date.day()
                ),
            );
        }
    }
    let unrecorded: Vec<String> = past
        .iter()
        .filter(|s| s.attendance == Attendance::Planned)
        .map(|s| format!("{}回目", s.number))
        .collect();
    if !unrecorded.is_empty() {
        add(
            AttentionKind::AttendanceUnrecorded,
            format!("出欠が未記録です（{}）。", unrecorded.join("・")),
        );
    }
    for goal in p.active_goals.iter().filter(|g| g.steps == 0) {
        add(
            AttentionKind::NoSteps,
            format!("目標「{}」に小さな一歩がまだありません。", goal.text),
        );
    }
    if let Some(records) = &p.records {
        let since = records.last_record_on.or(p.started_on);
        if let Some(since) = since.filter(|d| (today - *d).num_days() >= QUIET_DAYS) {
            let days = (today - since).num_days();
            add(
                AttentionKind::NoRecords,
                match records.last_record_on {
                    Some(_) => format!("{days}日間、記録がありません。"),
                    None => "まだ記録がありません。".to_owned(),
                },
            );
        }
        if records.pain_flags_since_last_session > 0 {
            add(
                AttentionKind::PainFlag,
                format!(
                    "前回の教室から「痛い」が{}回ありました。",
                    records.pain_flags_since_last_session
                ),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Days;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn sessions(first: NaiveDate, attendance: &[Attendance]) -> Vec<SessionFact> {
        (0..12)
            .map(|i| SessionFact {
                number: i + 1,
                date: first + Days::new(7 * u64::from(i)),
                attendance: attendance
                    .get(i as usize)
                    .copied()
                    .unwrap_or(Attendance::Planned),
            })
            .collect()
    }

    fn kinds(a: &[Attention]) -> Vec<AttentionKind> {
        a.iter().map(|x| x.kind).collect()
    }

    use Attendance::*;

    #[test]
    fn a_person_on_track_needs_nothing() {
        let s = sessions(d(2026, 9, 1), &[Attended, Attended]);
        let goals = [GoalFact {
            text: "バスで買い物".into(),
            steps: 2,
        }];
        let p = PersonFacts {
            status: EnrollmentStatus::Enrolled,
            started_on: Some(d(2026, 9, 1)),
            sessions: &s,
            active_goals: &goals,
            records: None,
        };
        assert!(rules(&p, d(2026, 9, 10)).is_empty());
    }

    #[test]
    fn the_last_session_missed_and_unrecorded_ones_are_named() {
        let s = sessions(d(2026, 9, 1), &[Attended, Absent]);
        let p = PersonFacts {
            status: EnrollmentStatus::Enrolled,
            started_on: Some(d(2026, 9, 1)),
            sessions: &s,
            active_goals: &[],
            records: None,
        };
        let a = rules(&p, d(2026, 9, 10));
        assert_eq!(kinds(&a), vec![AttentionKind::MissedSession]);
        assert!(a[0].message.contains("2回目"));
        // A week later session 3 has passed without a record.
        let a = rules(&p, d(2026, 9, 16));
        assert_eq!(
            kinds(&a),
            vec![
                AttentionKind::MissedSession,
                AttentionKind::AttendanceUnrecorded
            ]
        );
        assert!(a[1].message.contains("3回目"));
        // Today's session is not "past" yet.
        assert!(rules(&p, d(2026, 9, 15))
            .iter()
            .all(|x| x.kind != AttentionKind::AttendanceUnrecorded));
    }

    #[test]
    fn coming_back_after_a_missed_session_clears_it() {
        let s = sessions(d(2026, 9, 1), &[Attended, Absent, Attended]);
        let p = PersonFacts {
            status: EnrollmentStatus::Enrolled,
            started_on: Some(d(2026, 9, 1)),
            sessions: &s,
            active_goals: &[],
            records: None,
        };
        assert!(rules(&p, d(2026, 9, 17)).is_empty());
    }

    #[test]
    fn goals_without_steps_and_people_without_a_schedule() {
        let goals = [GoalFact {
            text: "孫と温泉旅行".into(),
            steps: 0,
        }];
        let p = PersonFacts {
            status: EnrollmentStatus::Referred,
            started_on: None,
            sessions: &[],
            active_goals: &goals,
            records: None,
        };
        let a = rules(&p, d(2026, 9, 1));
        assert_eq!(
            kinds(&a),
            vec![AttentionKind::NotStarted, AttentionKind::NoSteps]
        );
        assert!(a[1].message.contains("孫と温泉旅行"));
    }

    #[test]
    fn five_quiet_days_and_pain_flags_from_the_daily_records() {
        let s = sessions(d(2026, 9, 1), &[Attended]);
        let quiet = |last: Option<NaiveDate>, pain| PersonFacts {
            status: EnrollmentStatus::Enrolled,
            started_on: Some(d(2026, 9, 1)),
            sessions: &s,
            active_goals: &[],
            records: Some(RecordFacts {
                last_record_on: last,
                pain_flags_since_last_session: pain,
                unsafe_reading_on: None,
            }),
        };
        let today = d(2026, 9, 7);
        assert!(
            rules(&quiet(Some(d(2026, 9, 3)), 0), today).is_empty(),
            "four days"
        );
        assert_eq!(
            kinds(&rules(&quiet(Some(d(2026, 9, 2)), 0), today)),
            vec![AttentionKind::NoRecords]
        );
        assert_eq!(
            kinds(&rules(&quiet(None, 0), today)),
            vec![AttentionKind::NoRecords],
            "nothing since the start"
        );
        assert_eq!(
            kinds(&rules(&quiet(Some(today), 2), today)),
            vec![AttentionKind::PainFlag]
        );
    }

    #[test]
    fn graduates_and_discontinued_people_are_not_flagged() {
        let s = sessions(d(2026, 6, 1), &[Absent]);
        for status in [EnrollmentStatus::Completed, EnrollmentStatus::Discontinued] {
            let p = PersonFacts {
                status,
                started_on: Some(d(2026, 6, 1)),
                sessions: &s,
                active_goals: &[],
                records: None,
            };
            assert!(rules(&p, d(2026, 9, 1)).is_empty());
        }
    }

    #[test]
    fn an_unsafe_reading_is_the_first_flag() {
        let s = sessions(d(2026, 9, 1), &[Attended]);
        let p = PersonFacts {
            status: EnrollmentStatus::Enrolled,
            started_on: Some(d(2026, 9, 1)),
            sessions: &s,
            active_goals: &[],
            records: Some(RecordFacts {
                last_record_on: Some(d(2026, 9, 1)),
                pain_flags_since_last_session: 1,
                unsafe_reading_on: Some(d(2026, 9, 6)),
            }),
        };
        let a = rules(&p, d(2026, 9, 7));
        assert_eq!(a[0].kind, AttentionKind::UnsafeReading);
        assert!(a[0].message.contains("9月6日"), "{}", a[0].message);
        assert!(kinds(&a).contains(&AttentionKind::PainFlag));
    }
}
