//! The municipality's administration: what a provider (事業所) offers, when and where a
//! cohort's sessions are, which staffing rule the municipality follows, and the checks on what
//! an administrator types. Pure: no I/O.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::AppError;

/// What a provider offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProviderKind {
    /// 通所
    Center,
    /// 訪問
    Home,
    /// 通所・訪問の両方
    Both,
}

crate::text_enum!(ProviderKind, "provider kind", {
    Center => "center",
    Home => "home",
    Both => "both",
});

/// The staffing rule a municipality checks its cohorts against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum StaffingRule {
    /// The model program's rule (本庄市の例): one PT/OT and one nurse up to 10 places, an aide
    /// from 11, 3 m² a place.
    Model,
    /// 草津市の基準: a nurse, an exercise instructor or aide always, and a rehabilitation
    /// professional; 3 m² a place.
    Kusatsu,
}

crate::text_enum!(StaffingRule, "staffing rule", {
    Model => "model",
    Kusatsu => "kusatsu",
});

/// "HH:MM" (24 h) or an error naming the field.
pub fn time_of_day(text: &str, label: &str) -> Result<String, AppError> {
    let t = text.trim();
    let ok = t.len() == 5
        && chrono::NaiveTime::parse_from_str(t, "%H:%M").is_ok()
        && t.as_bytes()[2] == b':';
    if ok {
        Ok(t.to_owned())
    } else {
        Err(AppError::validation(format!(
            "{label}は「09:30」のように時:分で入れてください。"
        )))
    }
}

/// Session numbers held at home, from their stored text ("1,7").
pub fn home_visits_from_text(text: &str) -> Vec<u32> {
    text.split(',')
        .filter_map(|n| n.trim().parse().ok())
        .collect()
}

/// Session numbers held at home, checked (1–12, each once, in order) and as stored.
pub fn home_visits_to_text(numbers: &[u32]) -> Result<String, AppError> {
    let mut list = numbers.to_vec();
    list.sort_unstable();
    list.dedup();
    if let Some(n) = list.iter().find(|n| !(1..=12).contains(*n)) {
        return Err(AppError::validation(format!(
            "訪問の回は1〜12で選んでください（{n}は選べません）。"
        )));
    }
    Ok(list
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(","))
}

/// A sign-in address, lower-cased; a plain check (one @, something on both sides, a dot after).
pub fn email_address(text: &str) -> Result<String, AppError> {
    let t = text.trim().to_lowercase();
    let valid = match t.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !t.contains(char::is_whitespace)
        }
        None => false,
    };
    if !valid || t.len() > 254 {
        return Err(AppError::validation(
            "メールアドレスの形が正しくありません（例: name@city.example.jp）。",
        ));
    }
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_hours_and_minutes() {
        assert_eq!(time_of_day(" 09:30 ", "開始").unwrap(), "09:30");
        assert!(time_of_day("9:30", "開始").is_err());
        assert!(time_of_day("24:00", "開始").is_err());
        assert!(time_of_day("09-30", "開始").is_err());
    }

    #[test]
    fn home_visits_are_session_numbers_stored_in_order() {
        assert_eq!(home_visits_to_text(&[7, 1, 7]).unwrap(), "1,7");
        assert_eq!(home_visits_from_text("1,7"), vec![1, 7]);
        assert_eq!(home_visits_from_text(""), Vec::<u32>::new());
        assert!(home_visits_to_text(&[13]).is_err());
    }

    #[test]
    fn addresses_are_checked_and_lower_cased() {
        assert_eq!(
            email_address(" Admin@City.Example.JP ").unwrap(),
            "admin@city.example.jp"
        );
        for bad in ["", "admin", "admin@", "@city.jp", "a b@city.jp", "a@city"] {
            assert!(email_address(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_words_round_trip() {
        for k in [ProviderKind::Center, ProviderKind::Home, ProviderKind::Both] {
            assert_eq!(ProviderKind::from_text(k.as_str()), Ok(k));
        }
        for r in [StaffingRule::Model, StaffingRule::Kusatsu] {
            assert_eq!(StaffingRule::from_text(r.as_str()), Ok(r));
        }
    }
}
