//! Japan's national holidays (国民の祝日に関する法律) for any year, and a municipality's own
//! closed days (年末年始): the days the schedule generator leaves out. Pure: no clock, no I/O.
//!
//! The rules as they stand since 2020: fixed days, the Happy Monday days, 春分・秋分 by the
//! standard approximation (valid 1980–2099, used outside that range as the best estimate),
//! 振替休日 (a holiday on a Sunday moves to the next day that is not a holiday) and 国民の休日 (a
//! day between two holidays). The Olympic years 2020 and 2021 moved three holidays by special
//! law; those are kept too.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::Serialize;
use utoipa::ToSchema;

/// A day without sessions, with the reason people see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct ClosedDay {
    pub date: NaiveDate,
    /// 「元日」「振替休日」「年末年始」…
    pub name: String,
}

fn day(year: i32, month: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, d)
}

/// The `n`th Monday of a month.
fn nth_monday(year: i32, month: u32, n: u32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, Weekday::Mon, n as u8)
}

/// 春分日 (March) by the standard formula.
pub fn vernal_equinox(year: i32) -> u32 {
    let y = f64::from(year - 1980);
    (20.8431 + 0.242194 * y - (y / 4.0).floor()).floor() as u32
}

/// 秋分日 (September) by the standard formula.
pub fn autumnal_equinox(year: i32) -> u32 {
    let y = f64::from(year - 1980);
    (23.2488 + 0.242194 * y - (y / 4.0).floor()).floor() as u32
}

/// The holidays named by law, before 振替休日 and 国民の休日.
fn named(year: i32) -> Vec<(NaiveDate, &'static str)> {
    let (marine, sports, mountain) = match year {
        2020 => (day(2020, 7, 23), day(2020, 7, 24), day(2020, 8, 10)),
        2021 => (day(2021, 7, 22), day(2021, 7, 23), day(2021, 8, 8)),
        _ => (
            nth_monday(year, 7, 3),
            nth_monday(year, 10, 2),
            day(year, 8, 11),
        ),
    };
    let list = [
        (day(year, 1, 1), "元日"),
        (nth_monday(year, 1, 2), "成人の日"),
        (day(year, 2, 11), "建国記念の日"),
        (day(year, 2, 23), "天皇誕生日"),
        (day(year, 3, vernal_equinox(year)), "春分の日"),
        (day(year, 4, 29), "昭和の日"),
        (day(year, 5, 3), "憲法記念日"),
        (day(year, 5, 4), "みどりの日"),
        (day(year, 5, 5), "こどもの日"),
        (marine, "海の日"),
        (mountain, "山の日"),
        (nth_monday(year, 9, 3), "敬老の日"),
        (day(year, 9, autumnal_equinox(year)), "秋分の日"),
        (sports, "スポーツの日"),
        (day(year, 11, 3), "文化の日"),
        (day(year, 11, 23), "勤労感謝の日"),
    ];
    let mut out: Vec<(NaiveDate, &'static str)> = list
        .into_iter()
        .filter_map(|(d, name)| d.map(|d| (d, name)))
        .collect();
    out.sort();
    out
}

/// Every national holiday of `year`, in date order.
pub fn holidays(year: i32) -> Vec<(NaiveDate, &'static str)> {
    let mut all = named(year);
    let is_named = |d: NaiveDate, list: &[(NaiveDate, &str)]| list.iter().any(|(x, _)| *x == d);
    // 国民の休日: a day (not a Sunday, not a holiday) between two holidays.
    let mut between = Vec::new();
    for pair in all.windows(2) {
        let (a, b) = (pair[0].0, pair[1].0);
        if b - a == chrono::Duration::days(2) {
            let middle = a + Days::new(1);
            if middle.weekday() != Weekday::Sun && !is_named(middle, &all) {
                between.push((middle, "国民の休日"));
            }
        }
    }
    all.extend(between);
    all.sort();
    // 振替休日: a holiday on a Sunday makes the next non-holiday day a holiday.
    let mut moved = Vec::new();
    for (d, _) in &all {
        if d.weekday() == Weekday::Sun {
            let mut next = *d + Days::new(1);
            while is_named(next, &all) {
                next = next + Days::new(1);
            }
            if next.year() == year {
                moved.push((next, "振替休日"));
            }
        }
    }
    // A Sunday holiday of 31 December would move into the next year; none exists today.
    all.extend(moved);
    all.sort();
    all.dedup_by_key(|(d, _)| *d);
    all
}

/// The national holiday on `date`, if it is one.
pub fn holiday_name(date: NaiveDate) -> Option<&'static str> {
    holidays(date.year())
        .into_iter()
        .find(|(d, _)| *d == date)
        .map(|(_, name)| name)
}

/// A municipality's own closed days: ranges of month and day, each possibly over the new year
/// ("12-29/01-03" is 29 December to 3 January).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClosedRanges(Vec<((u32, u32), (u32, u32))>);

/// The default: 年末年始, 29 December to 3 January.
pub const DEFAULT_CLOSED_DAYS: &str = "12-29/01-03";

fn month_day(text: &str) -> Option<(u32, u32)> {
    let (m, d) = text.trim().split_once('-')?;
    let (m, d) = (m.trim().parse().ok()?, d.trim().parse().ok()?);
    // 2024 is a leap year: 02-29 is a valid day of a range.
    day(2024, m, d).map(|_| (m, d))
}

impl ClosedRanges {
    /// Parses "MM-DD/MM-DD" ranges separated by commas (a single "MM-DD" is one day); empty
    /// text is no closed days. The error names the part that could not be read.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut ranges = Vec::new();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (from, to) = part.split_once('/').unwrap_or((part, part));
            match (month_day(from), month_day(to)) {
                (Some(a), Some(b)) => ranges.push((a, b)),
                _ => {
                    return Err(format!(
                        "休業日「{part}」を読み取れません。「12-29/01-03」のように月-日/月-日で書いてください。"
                    ))
                }
            }
        }
        Ok(ClosedRanges(ranges))
    }

    /// The text form, as stored.
    pub fn to_text(&self) -> String {
        self.0
            .iter()
            .map(|((m1, d1), (m2, d2))| {
                if (m1, d1) == (m2, d2) {
                    format!("{m1:02}-{d1:02}")
                } else {
                    format!("{m1:02}-{d1:02}/{m2:02}-{d2:02}")
                }
            })
            .collect::<Vec<_>>()
            .join(",")
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        let md = (date.month(), date.day());
        self.0.iter().any(|&(from, to)| {
            if from <= to {
                from <= md && md <= to
            } else {
                md >= from || md <= to
            }
        })
    }
}

/// Why no session is held on `date`: a national holiday, or one of the municipality's closed
/// days (年末年始).
pub fn closed_reason(date: NaiveDate, own: &ClosedRanges) -> Option<String> {
    if let Some(name) = holiday_name(date) {
        return Some(name.to_owned());
    }
    own.contains(date)
        .then(|| "市町村の休業日（年末年始など）".to_owned())
}

/// The closed days from `from` to `to` (inclusive) that fall on `weekday` (every day when
/// `None`): what planning shows.
pub fn closed_between(
    from: NaiveDate,
    to: NaiveDate,
    weekday: Option<Weekday>,
    own: &ClosedRanges,
) -> Vec<ClosedDay> {
    let mut out = Vec::new();
    let mut d = from;
    while d <= to && out.len() < 400 {
        let on_weekday = match weekday {
            Some(w) => d.weekday() == w,
            None => true,
        };
        if on_weekday {
            if let Some(name) = closed_reason(d, own) {
                out.push(ClosedDay { date: d, name });
            }
        }
        d = match d.succ_opt() {
            Some(next) => next,
            None => break,
        };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(year: i32) -> Vec<String> {
        holidays(year)
            .into_iter()
            .map(|(d, name)| format!("{} {name}", d.format("%m-%d")))
            .collect()
    }

    #[test]
    fn the_holidays_of_2026() {
        // The Cabinet Office's list for 2026 (令和8年).
        assert_eq!(
            list(2026),
            vec![
                "01-01 元日",
                "01-12 成人の日",
                "02-11 建国記念の日",
                "02-23 天皇誕生日",
                "03-20 春分の日",
                "04-29 昭和の日",
                "05-03 憲法記念日",
                "05-04 みどりの日",
                "05-05 こどもの日",
                "05-06 振替休日",
                "07-20 海の日",
                "08-11 山の日",
                "09-21 敬老の日",
                "09-22 国民の休日",
                "09-23 秋分の日",
                "10-12 スポーツの日",
                "11-03 文化の日",
                "11-23 勤労感謝の日",
            ]
        );
    }

    #[test]
    fn the_holidays_of_2027() {
        // The Cabinet Office's list for 2027 (令和9年).
        assert_eq!(
            list(2027),
            vec![
                "01-01 元日",
                "01-11 成人の日",
                "02-11 建国記念の日",
                "02-23 天皇誕生日",
                "03-21 春分の日",
                "03-22 振替休日",
                "04-29 昭和の日",
                "05-03 憲法記念日",
                "05-04 みどりの日",
                "05-05 こどもの日",
                "07-19 海の日",
                "08-11 山の日",
                "09-20 敬老の日",
                "09-23 秋分の日",
                "10-11 スポーツの日",
                "11-03 文化の日",
                "11-23 勤労感謝の日",
            ]
        );
    }

    #[test]
    fn equinoxes_and_moved_holidays_of_other_years() {
        // 2025: 春分 3/20, 秋分 9/23; 2/23 on a Sunday moves to 2/24, 11/23 to 11/24.
        assert_eq!(vernal_equinox(2025), 20);
        assert_eq!(autumnal_equinox(2025), 23);
        let d = |m, dd| NaiveDate::from_ymd_opt(2025, m, dd).unwrap();
        assert_eq!(holiday_name(d(2, 24)), Some("振替休日"));
        assert_eq!(holiday_name(d(11, 24)), Some("振替休日"));
        // 2024: 5/6 follows こどもの日 on a Sunday (5/3–5/5 are holidays already).
        let d24 = |m, dd| NaiveDate::from_ymd_opt(2024, m, dd).unwrap();
        assert_eq!(holiday_name(d24(5, 6)), Some("振替休日"));
        assert_eq!(holiday_name(d24(5, 7)), None);
        // 2032: 敬老の日 9/20 and 秋分の日 9/22 hold 9/21 between them.
        assert_eq!(
            holiday_name(NaiveDate::from_ymd_opt(2032, 9, 21).unwrap()),
            Some("国民の休日")
        );
    }

    #[test]
    fn closed_days_over_the_new_year() {
        let own = ClosedRanges::parse(DEFAULT_CLOSED_DAYS).unwrap();
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        assert!(own.contains(d(2026, 12, 29)));
        assert!(own.contains(d(2026, 12, 31)));
        assert!(own.contains(d(2027, 1, 3)));
        assert!(!own.contains(d(2027, 1, 4)));
        assert!(!own.contains(d(2026, 12, 28)));
        assert_eq!(own.to_text(), DEFAULT_CLOSED_DAYS);
        let two = ClosedRanges::parse("08-13/08-16, 12-29/01-03").unwrap();
        assert!(two.contains(d(2026, 8, 14)));
        assert_eq!(
            ClosedRanges::parse("").unwrap().to_text(),
            "",
            "no closed days"
        );
        assert!(ClosedRanges::parse("13-01").is_err());
        assert!(ClosedRanges::parse("年末").is_err());
        assert_eq!(
            closed_reason(d(2026, 11, 23), &own).as_deref(),
            Some("勤労感謝の日")
        );
        let mondays = closed_between(d(2026, 9, 1), d(2026, 10, 31), Some(Weekday::Mon), &own);
        let dates: Vec<_> = mondays.iter().map(|c| c.date).collect();
        assert_eq!(dates, vec![d(2026, 9, 21), d(2026, 10, 12)]);
    }
}
