//! Values that come from outside, checked once where they enter: a client's UUID in its one
//! canonical form, a date staff record inside a plausible window, a phone's time stamp, and a
//! blood-pressure reading inside physiological ranges. Each constructor is the only way to
//! get the value, and its error is a sentence for the person who typed it.

use chrono::{Days, NaiveDate, NaiveDateTime};

/// An id made on the phone. `550E8400-…`, `{550e8400-…}`, `urn:uuid:550e8400-…` and the form
/// without dashes are the same UUID: it is kept in one form (lower case, with dashes), so the
/// same record written differently is still stored once.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ClientId(String);

impl ClientId {
    pub fn parse(raw: &str) -> Result<ClientId, String> {
        uuid::Uuid::parse_str(raw.trim())
            .map(|u| ClientId(u.hyphenated().to_string()))
            .map_err(|_| "client_id は UUID（例：0193a1b2-…）で送ってください。".to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// A day staff record (a home visit, a checklist, a plan's first day, a session): within ten
/// years before and two years after today. Year 0000 or 9999 is a slip of the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct RecordDate(NaiveDate);

pub const RECORD_DATE_PAST_DAYS: u64 = 3653;
pub const RECORD_DATE_FUTURE_DAYS: u64 = 731;

impl RecordDate {
    pub fn new(date: NaiveDate, today: NaiveDate, what: &str) -> Result<RecordDate, String> {
        let earliest = today - Days::new(RECORD_DATE_PAST_DAYS);
        let latest = today + Days::new(RECORD_DATE_FUTURE_DAYS);
        if date < earliest || date > latest {
            return Err(format!(
                "{what}（{}）をご確認ください。{} から {} までの日付で入れてください。",
                ja_date(date),
                ja_date(earliest),
                ja_date(latest)
            ));
        }
        Ok(RecordDate(date))
    }

    pub fn get(self) -> NaiveDate {
        self.0
    }
}

/// A date as people in Japan read it: 2026年11月25日 (never the raw `2026-11-25`).
pub fn ja_date(d: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

/// Checks an optional date staff record.
pub fn record_date(
    date: Option<NaiveDate>,
    today: NaiveDate,
    what: &str,
) -> Result<Option<NaiveDate>, String> {
    date.map(|d| RecordDate::new(d, today, what).map(RecordDate::get))
        .transpose()
}

/// When a phone says it recorded something: a phone may be offline for a long time, but not
/// longer than its records are taken (a year), and its clock may run a little ahead, not a
/// day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordedAt(NaiveDateTime);

impl RecordedAt {
    pub fn new(at: NaiveDateTime, now: NaiveDateTime) -> Result<RecordedAt, String> {
        if at > now + chrono::Duration::days(1) {
            return Err(
                "記録の時刻が未来になっています。スマートフォンの時計をご確認ください。".into(),
            );
        }
        if at < now - chrono::Duration::days(400) {
            return Err("1年以上前の時刻の記録は受け付けられません。".into());
        }
        Ok(RecordedAt(at))
    }

    pub fn get(self) -> NaiveDateTime {
        self.0
    }
}

/// A blood-pressure reading at home: each number inside what a living person shows, and the
/// lower (拡張期) below the upper (収縮期) when both are given.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BloodPressure {
    pub systolic: Option<f64>,
    pub diastolic: Option<f64>,
}

pub const SYSTOLIC: (f64, f64) = (60.0, 260.0);
pub const DIASTOLIC: (f64, f64) = (30.0, 160.0);

impl BloodPressure {
    pub fn new(systolic: Option<f64>, diastolic: Option<f64>) -> Result<BloodPressure, String> {
        in_range(systolic, SYSTOLIC, "最高血圧")?;
        in_range(diastolic, DIASTOLIC, "最低血圧")?;
        if let (Some(s), Some(d)) = (systolic, diastolic) {
            if d >= s {
                return Err(format!(
                    "最低血圧（{d}）が最高血圧（{s}）以上になっています。上と下が入れ替わっていないかご確認ください。"
                ));
            }
        }
        Ok(BloodPressure {
            systolic,
            diastolic,
        })
    }
}

/// A reading inside `lo..=hi` (or absent).
pub fn in_range(v: Option<f64>, (lo, hi): (f64, f64), what: &str) -> Result<(), String> {
    match v {
        Some(x) if !x.is_finite() || x < lo || x > hi => {
            Err(format!("{what}の値をご確認ください（{lo}〜{hi}）。"))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_uuid_written_five_ways_is_one_client_id() {
        let canonical = "550e8400-e29b-41d4-a716-446655440000";
        for raw in [
            canonical,
            "550E8400-E29B-41D4-A716-446655440000",
            "550e8400e29b41d4a716446655440000",
            "{550e8400-e29b-41d4-a716-446655440000}",
            "urn:uuid:550e8400-e29b-41d4-a716-446655440000",
        ] {
            assert_eq!(ClientId::parse(raw).unwrap().as_str(), canonical, "{raw}");
        }
        for bad in [
            "",
            "42",
            "not-a-uuid",
            "550e8400-e29b-41d4-a716-44665544000g",
        ] {
            assert!(ClientId::parse(bad).unwrap_err().contains("UUID"), "{bad}");
        }
    }

    #[test]
    fn record_dates_have_a_window() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let ok =
            |y, m, d| RecordDate::new(NaiveDate::from_ymd_opt(y, m, d).unwrap(), today, "訪問日");
        assert!(ok(2026, 12, 2).is_ok());
        assert!(ok(2017, 1, 1).is_ok());
        assert!(ok(2028, 12, 1).is_ok());
        assert!(ok(2016, 11, 1).is_err());
        assert!(ok(2029, 1, 1).is_err());
        assert!(ok(9999, 12, 31).unwrap_err().contains("訪問日"));
        let year_zero = NaiveDate::from_ymd_opt(0, 1, 1).unwrap();
        assert!(RecordDate::new(year_zero, today, "開始日").is_err());
        assert_eq!(record_date(None, today, "x"), Ok(None));
    }

    #[test]
    fn a_phone_time_stamp_is_neither_far_ahead_nor_ancient() {
        let now = NaiveDate::from_ymd_opt(2026, 12, 2)
            .unwrap()
            .and_hms_opt(3, 0, 0)
            .unwrap();
        assert!(RecordedAt::new(now, now).is_ok());
        assert!(RecordedAt::new(now + chrono::Duration::hours(23), now).is_ok());
        assert!(RecordedAt::new(now + chrono::Duration::hours(25), now).is_err());
        assert!(RecordedAt::new(now - chrono::Duration::days(399), now).is_ok());
        assert!(RecordedAt::new(now - chrono::Duration::days(401), now).is_err());
        let year_9999 = NaiveDate::from_ymd_opt(9999, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        assert!(RecordedAt::new(year_9999, now).is_err());
    }

    #[test]
    fn blood_pressure_ranges_and_order() {
        assert!(BloodPressure::new(Some(128.0), Some(76.0)).is_ok());
        assert!(BloodPressure::new(Some(128.0), None).is_ok());
        assert!(BloodPressure::new(None, Some(76.0)).is_ok());
        assert!(BloodPressure::new(Some(80.0), Some(120.0))
            .unwrap_err()
            .contains("入れ替わって"));
        assert!(BloodPressure::new(Some(90.0), Some(90.0)).is_err());
        assert!(BloodPressure::new(Some(59.0), None).is_err());
        assert!(BloodPressure::new(Some(261.0), None).is_err());
        assert!(BloodPressure::new(None, Some(29.0)).is_err());
        assert!(BloodPressure::new(None, Some(161.0)).is_err());
        assert!(BloodPressure::new(Some(f64::NAN), None).is_err());
    }

    #[test]
    fn a_date_in_a_message_is_written_in_japanese_not_raw() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let far = NaiveDate::from_ymd_opt(9999, 1, 2).unwrap();
        let e = RecordDate::new(far, today, "訪問日").unwrap_err();
        assert!(e.contains("9999年1月2日"), "{e}");
        assert!(!e.contains("2026-") && !e.contains("9999-"), "{e}");
        assert_eq!(ja_date(today), "2026年11月25日");
    }
}
