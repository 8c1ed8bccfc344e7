//! Reminders: when the daily reminder and the session-day reminder are due (Japan time, no
//! daylight saving), and the warm words they say. No I/O.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};

/// Japan is UTC+9 all year.
const JST: Duration = Duration::hours(9);

/// A reminder still goes out this long after its time (a server restarting, a short outage);
/// later than that it would only be noise.
pub const GRACE: Duration = Duration::minutes(60);

/// The morning reminder on a session day, Japan time.
pub const SESSION_MORNING: (u32, u32) = (8, 0);

/// Parses the "HH:MM" a participant chose (00:00–23:59, two digits each).
pub fn parse_time(text: &str) -> Option<NaiveTime> {
    let bytes = text.as_bytes();
    if bytes.len() != 5 || bytes[2] != b':' {
        return None;
    }
    if !bytes
        .iter()
        .enumerate()
        .all(|(i, b)| i == 2 || b.is_ascii_digit())
    {
        return None;
    }
    let hour: u32 = text[..2].parse().ok()?;
    let minute: u32 = text[3..].parse().ok()?;
    NaiveTime::from_hms_opt(hour, minute, 0)
}

/// The UTC instant of a Japan-time wall clock.
pub fn jst_to_utc(date: NaiveDate, time: NaiveTime) -> NaiveDateTime {
    date.and_time(time) - JST
}

/// The Japan-time date of a UTC instant.
pub fn jst_date(utc: NaiveDateTime) -> NaiveDate {
    (utc + JST).date()
}

/// The daily reminder due at `now` (UTC), as (Japan-time date, UTC instant it was due), if
/// any. A setting saved after the chosen minute had passed waits for the next day (choosing
/// the current minute still counts), so changing the time never sends a stale reminder.
pub fn daily_due(
    time: NaiveTime,
    saved_at: NaiveDateTime,
    now: NaiveDateTime,
) -> Option<(NaiveDate, NaiveDateTime)> {
    let today = jst_date(now);
    [today, today - Duration::days(1)]
        .into_iter()
        .map(|date| (date, jst_to_utc(date, time)))
        .find(|(_, at)| *at <= now && now < *at + GRACE && saved_at < *at + Duration::minutes(1))
}

/// The session-day reminder due at `now` (UTC): the Japan-time date whose sessions to
/// remind of, and the instant it was due.
pub fn session_morning_due(now: NaiveDateTime) -> Option<(NaiveDate, NaiveDateTime)> {
    let today = jst_date(now);
    let time = NaiveTime::from_hms_opt(SESSION_MORNING.0, SESSION_MORNING.1, 0)?;
    let at = jst_to_utc(today, time);
    (at <= now && now < at + GRACE).then_some((today, at))
}

/// Words of a notification, before it becomes a payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    pub title: String,
    pub body: String,
    pub tag: String,
}

/// The daily reminder: an invitation, never a reproach.
pub fn daily_words() -> Words {
    Words {
        title: "今日の体操".into(),
        body: "今日の体操の時間です。できる範囲で、ゆっくりどうぞ。".into(),
        tag: "daily-reminder".into(),
    }
}

/// The morning of a session day; `home` for a home visit (訪問).
pub fn session_words(number: i32, home: bool) -> Words {
    if home {
        Words {
            title: "今日は訪問の日です".into(),
            body: format!(
                "今日は第{number}回、ご自宅にうかがう日です。お会いできるのを楽しみにしています。"
            ),
            tag: "session-day".into(),
        }
    } else {
        Words {
            title: "今日は教室の日です".into(),
            body: format!(
                "今日は第{number}回の教室の日です。お会いできるのを楽しみにしています。どうぞ気をつけてお越しください。"
            ),
            tag: "session-day".into(),
        }
    }
}

/// A word of recognition (承認) from a staff member, in their own words.
pub fn recognition_words(staff_name: &str, message: &str, id: &str) -> Words {
    Words {
        title: format!("{staff_name}さんから"),
        body: format!("{staff_name}さんから：{message}"),
        tag: format!("recognition-{id}"),
    }
}

/// A small success the app noticed (a streak, a first time, a personal best…).
pub fn success_words(text: &str, tag: &str) -> Words {
    Words {
        title: "できました".into(),
        body: text.into(),
        tag: tag.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").unwrap()
    }

    fn t(text: &str) -> NaiveTime {
        parse_time(text).unwrap()
    }

    #[test]
    fn times_are_two_digit_hours_and_minutes() {
        assert_eq!(t("07:30"), NaiveTime::from_hms_opt(7, 30, 0).unwrap());
        assert_eq!(t("23:59"), NaiveTime::from_hms_opt(23, 59, 0).unwrap());
        for bad in [
            "7:30", "24:00", "12:60", "12-30", "ab:cd", "12:3０", "", "12:300",
        ] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_daily_reminder_is_due_from_its_minute_for_an_hour() {
        let saved = utc("2026-01-01 00:00:00");
        // 09:00 in Tokyo is 00:00 UTC.
        assert_eq!(
            daily_due(t("09:00"), saved, utc("2026-03-02 23:59:59")),
            None
        );
        assert_eq!(
            daily_due(t("09:00"), saved, utc("2026-03-03 00:00:00")),
            Some((
                NaiveDate::from_ymd_opt(2026, 3, 3).unwrap(),
                utc("2026-03-03 00:00:00")
            ))
        );
        assert!(daily_due(t("09:00"), saved, utc("2026-03-03 00:59:59")).is_some());
        assert_eq!(
            daily_due(t("09:00"), saved, utc("2026-03-03 01:00:00")),
            None
        );
    }

    #[test]
    fn a_late_evening_reminder_belongs_to_its_own_day_after_midnight() {
        let saved = utc("2026-01-01 00:00:00");
        // 23:30 JST on 3 March is 14:30 UTC; at 00:10 JST on 4 March it is still due, for 3 March.
        let due = daily_due(t("23:30"), saved, utc("2026-03-03 15:10:00")).unwrap();
        assert_eq!(due.0, NaiveDate::from_ymd_opt(2026, 3, 3).unwrap());
        assert_eq!(due.1, utc("2026-03-03 14:30:00"));
    }

    #[test]
    fn a_time_chosen_after_it_passed_waits_for_tomorrow() {
        // Chosen at 10:05 JST for 10:00: nothing today.
        assert_eq!(
            daily_due(
                t("10:00"),
                utc("2026-03-03 01:05:00"),
                utc("2026-03-03 01:06:00")
            ),
            None
        );
        // Choosing the current minute counts.
        assert!(daily_due(
            t("10:00"),
            utc("2026-03-03 01:00:40"),
            utc("2026-03-03 01:00:41")
        )
        .is_some());
        // And the next day it comes as chosen.
        assert!(daily_due(
            t("10:00"),
            utc("2026-03-03 01:05:00"),
            utc("2026-03-04 01:00:00")
        )
        .is_some());
    }

    #[test]
    fn the_session_morning_is_eight_in_tokyo() {
        assert_eq!(session_morning_due(utc("2026-03-02 22:59:00")), None);
        let (date, at) = session_morning_due(utc("2026-03-02 23:00:00")).unwrap();
        assert_eq!(date, NaiveDate::from_ymd_opt(2026, 3, 3).unwrap());
        assert_eq!(at, utc("2026-03-02 23:00:00"));
        assert_eq!(session_morning_due(utc("2026-03-03 00:00:00")), None);
    }

    #[test]
    fn the_words_invite_and_never_reproach() {
        let all = [
            daily_words(),
            session_words(3, false),
            session_words(4, true),
            recognition_words("山田", "毎日続けていますね。", "x"),
        ];
        for words in all {
            for harsh in [
                "忘れ",
                "まだ",
                "サボ",
                "しなければ",
                "できていません",
                "！！",
            ] {
                assert!(!words.body.contains(harsh), "{}: {harsh}", words.body);
            }
        }
        assert_eq!(
            recognition_words("山田", "よく歩けていますね。", "1").body,
            "山田さんから：よく歩けていますね。"
        );
    }
}
