//! Person names as entered by staff: trimmed, non-empty, bounded; kana in katakana or hiragana.

use crate::error::AppError;

/// A trimmed, non-empty text of at most `max` characters.
pub fn required_text(value: &str, field_ja: &str, max: usize) -> Result<String, AppError> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(AppError::validation(format!(
            "{field_ja}を入力してください。"
        )));
    }
    if trimmed.chars().count() > max {
        return Err(AppError::validation(format!(
            "{field_ja}は{max}文字以内で入力してください。"
        )));
    }
    Ok(trimmed.to_owned())
}

/// A free text that may be empty: trimmed at the ends, at most `max` characters.
pub fn optional_text(value: &str, field_ja: &str, max: usize) -> Result<String, AppError> {
    let trimmed = value.trim();
    if trimmed.chars().count() > max {
        return Err(AppError::validation(format!(
            "{field_ja}は{max}文字以内で入力してください。"
        )));
    }
    Ok(trimmed.to_owned())
}

/// Furigana: kana (either script), the long-vowel mark and spaces only.
pub fn kana(value: &str, field_ja: &str) -> Result<String, AppError> {
    let text = required_text(value, field_ja, 40)?;
    let ok = text.chars().all(|c| {
        matches!(c, '\u{3041}'..='\u{3096}' | '\u{30A1}'..='\u{30FA}' | 'ー' | '・' | ' ' | '\u{3000}')
    });
    if ok {
        Ok(text)
    } else {
        Err(AppError::validation(format!(
            "{field_ja}はひらがなかカタカナで入力してください。"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(required_text("  佐藤 ", "姓", 10).unwrap(), "佐藤");
        assert!(required_text("   ", "姓", 10).is_err());
        assert!(required_text(&"あ".repeat(11), "姓", 10).is_err());
    }

    #[test]
    fn kana_accepts_both_scripts_and_rejects_kanji() {
        assert_eq!(kana("さとう", "せい").unwrap(), "さとう");
        assert_eq!(kana("サトウ ハナコ", "せい").unwrap(), "サトウ ハナコ");
        assert!(kana("佐藤", "せい").is_err());
        assert!(kana("sato", "せい").is_err());
    }
}
