//! The program's path: 12 sessions, weekly from the first (通所 weekly by default), so the
//! person sees from day one where they are and when they graduate.

use chrono::{Days, NaiveDate};

pub const SESSIONS: u32 = 12;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedSession {
    pub number: u32,
    pub date: NaiveDate,
    pub done: bool,
}

/// The planned sessions from the first session's date; a session counts as done once its day
/// has passed (the same day it is still "today's session").
pub fn weekly_sessions(first: NaiveDate, today: NaiveDate) -> Vec<PlannedSession> {
    (1..=SESSIONS)
        .map(|number| {
            let date = first + Days::new(7 * u64::from(number - 1));
            PlannedSession {
                number,
                date,
                done: date < today,
            }
        })
        .collect()
}

/// Whole years of age on `on` (a birthday counts from its day; 29 February from 1 March).
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> i32 {
    use chrono::Datelike;
    let mut years = on.year() - birth.year();
    if (on.month(), on.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    years
}

/// The day in Japan at a moment in UTC.
pub fn japan_date_of(utc: chrono::NaiveDateTime) -> NaiveDate {
    let jst = chrono::FixedOffset::east_opt(9 * 3600).expect("+09:00 is a valid offset");
    utc.and_utc().with_timezone(&jst).date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn twelve_weekly_sessions_with_graduation_eleven_weeks_after_the_first() {
        let s = weekly_sessions(d(2026, 9, 1), d(2026, 9, 1));
        assert_eq!(s.len(), 12);
        assert_eq!(s[1].date, d(2026, 9, 8));
        assert_eq!(s[11].date, d(2026, 11, 17));
        assert!(s.iter().all(|x| !x.done), "today's session is not done yet");
    }

    #[test]
    fn sessions_before_today_are_done() {
        let s = weekly_sessions(d(2026, 9, 1), d(2026, 9, 9));
        assert_eq!(s.iter().filter(|x| x.done).count(), 2);
    }

    #[test]
    fn the_day_in_japan_turns_at_15_00_utc() {
        let at = |h, m| d(2026, 9, 1).and_hms_opt(h, m, 0).unwrap();
        assert_eq!(japan_date_of(at(14, 59)), d(2026, 9, 1));
        assert_eq!(japan_date_of(at(15, 0)), d(2026, 9, 2));
    }

    #[test]
    fn age_counts_whole_years_around_the_birthday() {
        assert_eq!(age_on(d(1946, 11, 23), d(2026, 11, 22)), 79);
        assert_eq!(age_on(d(1946, 11, 23), d(2026, 11, 23)), 80);
        assert_eq!(age_on(d(1944, 2, 29), d(2026, 2, 28)), 81);
        assert_eq!(age_on(d(1944, 2, 29), d(2026, 3, 1)), 82);
    }
}
