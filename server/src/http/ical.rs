//! iCalendar (RFC 5545) for the session schedule: all-day events, text escaped, lines folded
//! at 75 octets on character boundaries, CRLF line ends.

use chrono::{Days, NaiveDateTime};

use crate::db::calendar::Event;
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

pub fn render(owner: &StaffId, origin: &str, events: &[Event], now: NaiveDateTime) -> String {
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
        let end = e.date + Days::new(1);
        for line in [
            "BEGIN:VEVENT".to_owned(),
            format!("UID:{}-{}-{owner}@{host}", e.participant_id, e.number),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", e.date.format("%Y%m%d")),
            format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")),
            format!("SUMMARY:{summary}"),
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
        }];
        let at = NaiveDate::from_ymd_opt(2026, 9, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        let text = render(&StaffId::from("s1"), "https://dekita.example", &events, at);
        assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(text.contains("DTSTART;VALUE=DATE:20260915\r\n"));
        assert!(text.contains("DTEND;VALUE=DATE:20260916\r\n"));
        assert!(text.contains("SUMMARY:訪問 3回目（青木さん）\r\n"));
        assert!(text.contains("UID:p1-3-s1@dekita.example\r\n"));
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 1);
        assert!(!text.replace("\r\n", "").contains('\n'), "CRLF only");
    }
}
