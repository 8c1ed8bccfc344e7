//! Goals in the person's own words, with small steps and the ratings around them: COPM-style
//! performance and satisfaction (1–10) at the start and the end, Goal Attainment Scaling
//! (−2 … +2) at graduation.

use super::program::SESSIONS;
use crate::error::AppError;

pub const MAX_STEPS: usize = 12;

/// A 1–10 self-rating, when given.
pub fn rating(value: Option<i32>, name_ja: &str) -> Result<Option<i32>, AppError> {
    match value {
        Some(v) if !(1..=10).contains(&v) => Err(AppError::validation(format!(
            "{name_ja}は1〜10で入力してください。"
        ))),
        other => Ok(other),
    }
}

/// A Goal Attainment Scaling score: −2 (much less than expected) … +2 (much more).
pub fn gas(value: Option<i32>) -> Result<Option<i32>, AppError> {
    match value {
        Some(v) if !(-2..=2).contains(&v) => Err(AppError::validation(
            "目標達成スケール（GAS）は −2〜+2 で入力してください。",
        )),
        other => Ok(other),
    }
}

/// A session number 1–12 for a step's target or the session it was reached at.
pub fn session_number(value: i32, what_ja: &str) -> Result<i32, AppError> {
    if (1..=SESSIONS as i32).contains(&value) {
        Ok(value)
    } else {
        Err(AppError::validation(format!(
            "{what_ja}は1〜12回目で選んでください。"
        )))
    }
}

/// The step count a goal may have: at least one small step, so it becomes concrete.
pub fn step_count(n: usize) -> Result<(), AppError> {
    if n > MAX_STEPS {
        return Err(AppError::validation(format!(
            "小さな一歩は{MAX_STEPS}個までにしましょう。"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings_are_one_to_ten_or_absent() {
        assert_eq!(rating(None, "遂行度").unwrap(), None);
        assert_eq!(rating(Some(1), "遂行度").unwrap(), Some(1));
        assert_eq!(rating(Some(10), "遂行度").unwrap(), Some(10));
        assert!(rating(Some(0), "遂行度").is_err());
        assert!(rating(Some(11), "満足度").is_err());
    }

    #[test]
    fn gas_is_minus_two_to_plus_two() {
        for v in -2..=2 {
            assert_eq!(gas(Some(v)).unwrap(), Some(v));
        }
        assert!(gas(Some(-3)).is_err());
        assert!(gas(Some(3)).is_err());
        assert_eq!(gas(None).unwrap(), None);
    }

    #[test]
    fn steps_target_one_of_the_twelve_sessions() {
        assert!(session_number(0, "目標の回").is_err());
        assert_eq!(session_number(1, "目標の回").unwrap(), 1);
        assert_eq!(session_number(12, "目標の回").unwrap(), 12);
        assert!(session_number(13, "目標の回").is_err());
        assert!(step_count(12).is_ok());
        assert!(step_count(13).is_err());
    }
}
