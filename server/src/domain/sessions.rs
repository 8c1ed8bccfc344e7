//! The twelve sessions of one enrollment: generated from the first date (通所 weekly by
//! default, the chosen numbers as 訪問), rescheduled one at a time without breaking the order.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::program::SESSIONS;
use crate::error::AppError;

/// Performance tests belong to these sessions (and to any other on demand).
pub const TEST_SESSIONS: [u32; 3] = [1, 6, 12];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// 通所: at the center.
    Center,
    /// 訪問: at the person's home.
    Home,
}

crate::text_enum!(Kind, "session kind", { Center => "center", Home => "home" });

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Attendance {
    Planned,
    /// 出席
    Attended,
    /// 欠席
    Absent,
}

crate::text_enum!(Attendance, "attendance", {
    Planned => "planned",
    Attended => "attended",
    Absent => "absent",
});

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub number: u32,
    pub date: NaiveDate,
    pub kind: Kind,
}

/// Twelve weekly sessions from `first`, inside the cohort's period; `home_visits` are the
/// numbers held at home.
pub fn generate(
    first: NaiveDate,
    home_visits: &[u32],
    period: (NaiveDate, NaiveDate),
) -> Result<Vec<Planned>, AppError> {
    if first < period.0 || first > period.1 {
        return Err(AppError::validation(format!(
            "1回目の日付は実施期間（{}〜{}）の中から選んでください。",
            period.0, period.1
        )));
    }
    if let Some(n) = home_visits.iter().find(|n| !(1..=SESSIONS).contains(*n)) {
        return Err(AppError::validation(format!(
            "訪問の回は1〜12で選んでください（{n}は選べません）。"
        )));
    }
    generate_skipping(first, home_visits, period, |_| None)
}

/// Like [`generate`], leaving out the weeks whose day is closed (`closed` names why: a
/// national holiday, 年末年始): that week has no session and the rest move on by a week. A
/// first date that is closed is refused with the reason.
pub fn generate_skipping(
    first: NaiveDate,
    home_visits: &[u32],
    period: (NaiveDate, NaiveDate),
    closed: impl Fn(NaiveDate) -> Option<String>,
) -> Result<Vec<Planned>, AppError> {
    if first < period.0 || first > period.1 {
        return Err(AppError::validation(format!(
            "1回目の日付は実施期間（{}〜{}）の中から選んでください。",
            period.0, period.1
        )));
    }
    if let Some(why) = closed(first) {
        return Err(AppError::validation(format!(
            "1回目の日（{first}）は{why}でお休みです。別の日を選んでください。"
        )));
    }
    if let Some(n) = home_visits.iter().find(|n| !(1..=SESSIONS).contains(*n)) {
        return Err(AppError::validation(format!(
            "訪問の回は1〜12で選んでください（{n}は選べません）。"
        )));
    }
    let mut out = Vec::new();
    let mut date = first;
    let mut weeks = 0;
    while out.len() < SESSIONS as usize {
        if closed(date).is_none() {
            let number = out.len() as u32 + 1;
            out.push(Planned {
                number,
                date,
                kind: if home_visits.contains(&number) {
                    Kind::Home
                } else {
                    Kind::Center
                },
            });
        }
        weeks += 1;
        if weeks > 60 {
            return Err(AppError::validation(
                "お休みの日が多すぎて、12回の予定が作れません。休業日の設定を見直してください。",
            ));
        }
        date = date + Days::new(7);
    }
    Ok(out)
}

/// A new date for session `number`: after the previous session, before the next one, so the
/// path stays in order.
pub fn check_reschedule(
    dates: &[(u32, NaiveDate)],
    number: u32,
    date: NaiveDate,
) -> Result<(), AppError> {
    let before = dates
        .iter()
        .filter(|(n, _)| *n < number)
        .map(|(_, d)| *d)
        .max();
    let after = dates
        .iter()
        .filter(|(n, _)| *n > number)
        .map(|(_, d)| *d)
        .min();
    if let Some(prev) = before.filter(|prev| date <= *prev) {
        return Err(AppError::validation(format!(
            "{number}回目は前の回（{prev}）より後の日にしてください。"
        )));
    }
    if let Some(next) = after.filter(|next| date >= *next) {
        return Err(AppError::validation(format!(
            "{number}回目は次の回（{next}）より前の日にしてください。"
        )));
    }
    Ok(())
}

/// How many times the twelfth session may be made up (振替).
pub const MAX_MAKEUPS: u32 = 2;

/// One session as planned and recorded, for the rules below.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Held {
    pub number: u32,
    pub date: NaiveDate,
    pub attendance: Attendance,
    /// How many times it was made up already.
    pub makeups: u32,
}

/// A make-up (振替) of the twelfth session, which closes the program, after the person missed
/// it: the session moves to `date` and is planned again, and the missed day is kept. Earlier
/// sessions are simply moved to another day.
pub fn makeup(last: &Held, date: NaiveDate) -> Result<(), AppError> {
    if last.number != SESSIONS {
        return Err(AppError::Conflict(
            "振替は12回目を欠席したときに使います。途中の回は日付を変えてください。".into(),
        ));
    }
    if last.attendance != Attendance::Absent {
        return Err(AppError::Conflict(
            "振替は、12回目を欠席したときに追加できます。".into(),
        ));
    }
    if last.makeups >= MAX_MAKEUPS {
        return Err(AppError::Conflict(format!(
            "振替は{MAX_MAKEUPS}回までです。終える場合は「プログラムを修了にする」を使ってください。"
        )));
    }
    if date <= last.date {
        return Err(AppError::validation(format!(
            "振替の日は、欠席した日（{}）より後の日にしてください。",
            last.date
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_twelfth_may_be_made_up_after_it_was_missed() {
        let day = d(2026, 11, 24);
        let last = |attendance, makeups| Held {
            number: 12,
            date: day,
            attendance,
            makeups,
        };
        assert!(makeup(&last(Attendance::Absent, 0), day + Days::new(7)).is_ok());
        assert!(makeup(&last(Attendance::Absent, 1), day + Days::new(7)).is_ok());
        assert!(
            makeup(&last(Attendance::Absent, MAX_MAKEUPS), day + Days::new(7)).is_err(),
            "no more than two"
        );
        assert!(makeup(&last(Attendance::Attended, 0), day + Days::new(7)).is_err());
        assert!(makeup(&last(Attendance::Planned, 0), day + Days::new(7)).is_err());
        assert!(
            makeup(&last(Attendance::Absent, 0), day).is_err(),
            "a later day"
        );
        let eleventh = Held {
            number: 11,
            ..last(Attendance::Absent, 0)
        };
        assert!(makeup(&eleventh, day + Days::new(7)).is_err());
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    const PERIOD: (NaiveDate, NaiveDate) = (
        NaiveDate::from_ymd_opt(2026, 9, 1).unwrap(),
        NaiveDate::from_ymd_opt(2026, 12, 25).unwrap(),
    );

    #[test]
    fn twelve_weekly_sessions_with_the_chosen_home_visits() {
        let s = generate(d(2026, 9, 3), &[1, 7], PERIOD).unwrap();
        assert_eq!(s.len(), 12);
        assert_eq!(s[0].date, d(2026, 9, 3));
        assert_eq!(s[11].date, d(2026, 11, 19));
        let homes: Vec<u32> = s
            .iter()
            .filter(|p| p.kind == Kind::Home)
            .map(|p| p.number)
            .collect();
        assert_eq!(homes, vec![1, 7]);
    }

    #[test]
    fn holidays_and_closed_days_are_skipped() {
        use crate::domain::holidays::{closed_reason, ClosedRanges, DEFAULT_CLOSED_DAYS};
        let own = ClosedRanges::parse(DEFAULT_CLOSED_DAYS).unwrap();
        let period = (d(2026, 9, 1), d(2027, 3, 31));
        // Mondays from 2026-09-14: 9/21 敬老の日 and 10/12 スポーツの日 have no session.
        let s =
            generate_skipping(d(2026, 9, 14), &[], period, |day| closed_reason(day, &own)).unwrap();
        let dates: Vec<NaiveDate> = s.iter().map(|p| p.date).collect();
        assert!(!dates.contains(&d(2026, 9, 21)));
        assert!(!dates.contains(&d(2026, 10, 12)));
        assert_eq!(dates[0], d(2026, 9, 14));
        assert_eq!(dates[1], d(2026, 9, 28));
        // 11/23 勤労感謝の日 is a Monday too: three weeks later than without holidays.
        assert_eq!(s[11].date, d(2026, 12, 21));
        // Tuesdays over the new year: 12/29 is closed (年末年始).
        let t = generate_skipping(d(2026, 11, 24), &[12], period, |day| {
            closed_reason(day, &own)
        })
        .unwrap();
        let dates: Vec<NaiveDate> = t.iter().map(|p| p.date).collect();
        assert!(!dates.contains(&d(2026, 12, 29)));
        assert!(dates.contains(&d(2027, 1, 5)));
        assert_eq!(t[11].kind, Kind::Home);
        // 2027: Monday 3/22 is a 振替休日 and 1/11 成人の日.
        let m =
            generate_skipping(d(2027, 1, 4), &[], period, |day| closed_reason(day, &own)).unwrap();
        let dates: Vec<NaiveDate> = m.iter().map(|p| p.date).collect();
        assert!(!dates.contains(&d(2027, 1, 11)));
        assert!(!dates.contains(&d(2027, 3, 22)));
        assert_eq!(dates.len(), 12);
        // A first day that is a holiday is refused with its name.
        let refused =
            generate_skipping(d(2026, 11, 23), &[], period, |day| closed_reason(day, &own))
                .unwrap_err();
        assert!(refused.to_string().contains("勤労感謝の日"), "{refused}");
    }

    #[test]
    fn the_first_date_must_be_inside_the_cohort() {
        assert!(generate(d(2026, 8, 31), &[], PERIOD).is_err());
        assert!(generate(d(2026, 9, 1), &[], PERIOD).is_ok());
        assert!(generate(d(2026, 12, 25), &[], PERIOD).is_ok());
        assert!(generate(d(2026, 12, 26), &[], PERIOD).is_err());
    }

    #[test]
    fn home_visits_are_session_numbers() {
        assert!(generate(d(2026, 9, 1), &[0], PERIOD).is_err());
        assert!(generate(d(2026, 9, 1), &[13], PERIOD).is_err());
        assert!(generate(d(2026, 9, 1), &[12], PERIOD).is_ok());
    }

    #[test]
    fn rescheduling_keeps_the_order() {
        let dates: Vec<(u32, NaiveDate)> = generate(d(2026, 9, 1), &[], PERIOD)
            .unwrap()
            .into_iter()
            .map(|p| (p.number, p.date))
            .collect();
        // Session 2 is on 9/8, between 9/1 and 9/15.
        assert!(check_reschedule(&dates, 2, d(2026, 9, 2)).is_ok());
        assert!(check_reschedule(&dates, 2, d(2026, 9, 14)).is_ok());
        assert!(
            check_reschedule(&dates, 2, d(2026, 9, 1)).is_err(),
            "same day as session 1"
        );
        assert!(
            check_reschedule(&dates, 2, d(2026, 9, 15)).is_err(),
            "same day as session 3"
        );
        // The first and the last are bounded on one side only.
        assert!(check_reschedule(&dates, 1, d(2026, 8, 1)).is_ok());
        assert!(check_reschedule(&dates, 12, d(2027, 1, 10)).is_ok());
        assert!(check_reschedule(&dates, 12, d(2026, 11, 10)).is_err());
    }
}
