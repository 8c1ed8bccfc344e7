//! Staff passwords: argon2id with the crate's recommended parameters, one salt per hash.

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::Argon2;

use crate::error::AppError;

pub const MIN_LEN: usize = 10;

pub fn hash(password: &str) -> Result<String, AppError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AppError::Internal(format!("argon2: {e}")))
}

pub fn verify(stored: &str, password: &str) -> bool {
    PasswordHash::new(stored)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Spends the same work as a real check against `dummy` (a hash made at start-up), so an
/// unknown address is not answered faster than a wrong password.
pub fn verify_against_nothing(dummy: &str, password: &str) {
    let _ = verify(dummy, password);
}

pub fn check_policy(password: &str) -> Result<(), AppError> {
    if password.chars().count() < MIN_LEN {
        return Err(AppError::validation(format!(
            "パスワードは{MIN_LEN}文字以上にしてください。"
        )));
    }
    if password.chars().count() > 256 {
        return Err(AppError::validation("パスワードが長すぎます。"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_only_its_own_password() {
        let h = hash("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify(&h, "correct horse battery"));
        assert!(!verify(&h, "correct horse batterY"));
        assert!(!verify("not a hash", "anything"));
    }

    #[test]
    fn policy_wants_ten_characters() {
        assert!(check_policy("123456789").is_err());
        assert!(check_policy("1234567890").is_ok());
    }
}
