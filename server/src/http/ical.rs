//! iCalendar (RFC 5545) for the session schedule: all-day events, text escaped, lines folded
//! at 75 octets on character boundaries, CRLF line ends.

use chrono::{Days, NaiveDateTime};

use crate::db::calendar::Event;
use crate::db::followups::CalendarDue;
use crate::domain::followup;
use crate::domain::ids::StaffId;
use crate::domain::sessions::Kind;

/// Escapes a TEXT value (§3.3.11).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line (§3.1): at most 75 octets a line, continuation lines begin with a
/// space, never splitting a UTF-8 character.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
    out
}

/// The UTC instant of "HH:MM" Japan time on `date`.
fn utc_at(date: chrono::NaiveDate, hhmm: &str) -> Option<NaiveDateTime> {
    let time = chrono::NaiveTime::parse_from_str(hhmm, "%H:%M").ok()?;
    Some(date.and_time(time) - chrono::Duration::hours(9))
}

pub fn render(
    owner: &StaffId,
    origin: &str,
    events: &[Event],
    follow_ups: &[CalendarDue],
    now: NaiveDateTime,
) -> String {
    let host = origin
        .split("://")
        .last()
        .unwrap_or(origin)
        .trim_end_matches('/');
    let stamp = now.format("%Y%m%dT%H%M%SZ");
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//dekita//session schedule//JA",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:できた 教室の予定",
        "X-WR-TIMEZONE:Asia/Tokyo",
    ] {
        out.push_str(&fold(line));
    }
    for e in events {
        let kind = match e.kind {
            Kind::Center => "通所",
            Kind::Home => "訪問",
        };
        let summary = escape(&format!("{kind} {}回目（{}さん）", e.number, e.family_name));
        // With the cohort's time: a timed event in UTC (Japan is UTC+9 all year) with its
        // place; without one, an all-day event as before.
        let timed = match (&e.starts_at, &e.ends_at) {
            (Some(from), Some(to)) => utc_at(e.date, from).zip(utc_at(e.date, to)),
            _ => None,
        };
        let (start, end, transp) = match timed {
            Some((from, to)) => (
                format!("DTSTART:{}", from.format("%Y%m%dT%H%M%SZ")),
                format!("DTEND:{}", to.format("%Y%m%dT%H%M%SZ")),
                "TRANSP:OPAQUE",
            ),
            None => (
                format!("DTSTART;VALUE=DATE:{}", e.date.format("%Y%m%d")),
                format!(
                    "DTEND;VALUE=DATE:{}",
                    (e.date + Days::new(1)).format("%Y%m%d")
                ),
                "TRANSP:TRANSPARENT",
            ),
        };
        let place = match e.kind {
            Kind::Home => "ご自宅（訪問）".to_owned(),
            Kind::Center => e.venue.clone(),
        };
        let mut lines = vec![
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}-{}-{owner}@{host}", e.participant_id, e.number),
            format!("DTSTAMP:{stamp}"),
            start,
            end,
            format!("SUMMARY:{summary}"),
        ];
        if !place.is_empty() {
            lines.push(format!("LOCATION:{}", escape(&place)));
        }
        lines.push(transp.to_owned());
        lines.push("END:VEVENT".to_owned());
        for line in lines {
            out.push_str(&fold(&line));
        }
    }
    // Each follow-up task: an all-day event on its due date, its window in the description.
    for f in follow_ups {
        let (opens, closes) = followup::window(f.due_on);
        let done = if f.done { "（記録ずみ）" } else { "" };
        let summary = escape(&format!(
            "フォローアップ {}か月（{}さん）{done}",
            f.months, f.family_name
        ));
        let description = escape(&format!(
            "{}〜{} のあいだに。",
            followup::date_ja(opens),
            followup::date_ja(closes)
        ));
        for line in [
            "BEGIN:VEVENT".to_owned(),
            format!("UID:followup-{}-{owner}@{host}", f.id),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", f.due_on.format("%Y%m%d")),
            format!(
                "DTEND;VALUE=DATE:{}",
                (f.due_on + Days::new(1)).format("%Y%m%d")
            ),
            format!("SUMMARY:{summary}"),
            format!("DESCRIPTION:{description}"),
            "TRANSP:TRANSPARENT".to_owned(),
            "END:VEVENT".to_owned(),
        ] {
            out.push_str(&fold(&line));
        }
    }
    out.push_str(&fold("END:VCALENDAR"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let line = format!("SUMMARY:{}", "あ".repeat(40));
        let folded = fold(&line);
        for part in folded.trim_end_matches("\r\n").split("\r\n") {
            assert!(part.len() <= 75, "{} octets", part.len());
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
    }

    #[test]
    fn one_all_day_event_per_session() {
        let events = vec![Event {
            participant_id: "p1".into(),
            family_name: "青木".into(),
            number: 3,
            date: NaiveDate::from_ymd_opt(2026, 9, 15).unwrap(),
            kind: Kind::Home,
            starts_at: None,
            ends_at: None,
            venue: String::new(),
        }];
        let at = NaiveDate::from_ymd_opt(2026, 9, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        let text = render(
            &StaffId::from("s1"),
            "https://dekita.example",
            &events,
            &[],
            at,
        );
        assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(text.contains("DTSTART;VALUE=DATE:20260915\r\n"));
        assert!(text.contains("DTEND;VALUE=DATE:20260916\r\n"));
        assert!(text.contains("SUMMARY:訪問 3回目（青木さん）\r\n"));
        assert!(text.contains("UID:p1-3-s1@dekita.example\r\n"));
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 1);
        assert!(!text.replace("\r\n", "").contains('\n'), "CRLF only");
    }

    #[test]
    fn a_follow_up_is_an_all_day_event_on_its_due_date_with_its_window() {
        let dues = vec![CalendarDue {
            id: "f1".into(),
            family_name: "青木".into(),
            months: 6,
            due_on: NaiveDate::from_ymd_opt(2027, 5, 30).unwrap(),
            done: false,
        }];
        let at = NaiveDate::from_ymd_opt(2027, 5, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        let text = render(
            &StaffId::from("s1"),
            "https://dekita.example",
            &[],
            &dues,
            at,
        );
        assert!(
            text.contains("UID:followup-f1-s1@dekita.example\r\n"),
            "{text}"
        );
        assert!(text.contains("DTSTART;VALUE=DATE:20270530\r\n"));
        assert!(text.contains("DTEND;VALUE=DATE:20270531\r\n"));
        assert!(text.contains("SUMMARY:フォローアップ 6か月（青木さん）\r\n"));
        let unfolded = text.replace("\r\n ", "");
        assert!(
            unfolded.contains("DESCRIPTION:2027年5月16日〜2027年6月13日 のあいだに。"),
            "{unfolded}"
        );
    }

    #[test]
    fn a_session_with_the_cohorts_time_and_venue_is_a_timed_event_there() {
        let events = vec![Event {
            participant_id: "p1".into(),
            family_name: "青木".into(),
            number: 4,
            date: NaiveDate::from_ymd_opt(2026, 9, 15).unwrap(),
            kind: Kind::Center,
            starts_at: Some("10:00".into()),
            ends_at: Some("11:30".into()),
            venue: "公民館, 2階".into(),
        }];
        let at = NaiveDate::from_ymd_opt(2026, 9, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        let text = render(
            &StaffId::from("s1"),
            "https://dekita.example",
            &events,
            &[],
            at,
        );
        // 10:00 in Japan is 01:00 UTC.
        assert!(text.contains("DTSTART:20260915T010000Z\r\n"), "{text}");
        assert!(text.contains("DTEND:20260915T023000Z\r\n"));
        assert!(text.contains("LOCATION:公民館\\, 2階\r\n"));
        assert!(!text.contains("VALUE=DATE"));
    }
}
