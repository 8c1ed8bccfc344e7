//! The second factor: TOTP (RFC 6238 — SHA-1, 6 digits, 30-second steps, which every
//! authenticator app understands) through the `totp-rs` crate, and one-time recovery codes.
//!
//! A code is accepted for the current step and one step either side (clocks drift), and the
//! step it matched is returned so the caller can refuse that step — and every earlier one —
//! from then on: each code works once.
//!
//! Recovery codes are 16 random characters (80 bits) from a 32-letter alphabet. They are kept
//! as plain SHA-256 hashes: argon2 is for passwords people choose, which are guessable; a
//! random 80-bit code cannot be found from its hash by trying, and an unsalted hash lets the
//! database find the code with one indexed look-up.

use rand::{rngs::OsRng, Rng, RngCore};
use totp_rs::{Algorithm, Secret, TOTP};

use crate::error::AppError;

pub const ISSUER: &str = "dekita";
pub const STEP_SECS: u64 = 30;
pub const DIGITS: usize = 6;
pub const RECOVERY_CODES: usize = 10;

/// Letters that cannot be mistaken for one another when read aloud or copied by hand
/// (no i, l, o, u).
const RECOVERY_ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
const RECOVERY_LEN: usize = 16;

/// A new shared secret: 160 random bits (RFC 4226's recommended length), base32 as
/// authenticator apps take it.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    OsRng.fill_bytes(&mut bytes);
    Secret::Raw(bytes.to_vec()).to_encoded().to_string()
}

fn totp(secret_base32: &str, account: &str) -> Result<TOTP, AppError> {
    let bytes = Secret::Encoded(secret_base32.to_owned())
        .to_bytes()
        .map_err(|_| AppError::Internal("a stored second-factor secret is not base32".into()))?;
    // Skew 0: the window is walked step by step below, to learn which step matched.
    TOTP::new(
        Algorithm::SHA1,
        DIGITS,
        0,
        STEP_SECS,
        bytes,
        Some(ISSUER.to_owned()),
        account.replace(':', " "),
    )
    .map_err(|e| AppError::Internal(format!("totp: {e}")))
}

/// The `otpauth://` address an authenticator app reads from the QR code.
pub fn otpauth_uri(secret_base32: &str, account: &str) -> Result<String, AppError> {
    Ok(totp(secret_base32, account)?.get_url())
}

/// The time step `unix_secs` falls in.
pub fn step_of(unix_secs: u64) -> u64 {
    unix_secs / STEP_SECS
}

/// Whether `code` looks like an authenticator code (six digits, spaces ignored) rather than
/// a recovery code.
pub fn looks_like_totp(code: &str) -> bool {
    let digits: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    digits.len() == DIGITS && digits.chars().all(|c| c.is_ascii_digit())
}

/// The step (current, or one either side) whose code `code` is, if any.
pub fn matching_step(
    secret_base32: &str,
    code: &str,
    unix_secs: u64,
) -> Result<Option<u64>, AppError> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if !looks_like_totp(&code) {
        return Ok(None);
    }
    let totp = totp(secret_base32, "")?;
    let now = step_of(unix_secs);
    for step in [now.saturating_sub(1), now, now + 1] {
        if totp.check(&code, step * STEP_SECS) {
            return Ok(Some(step));
        }
    }
    Ok(None)
}

/// The code of `unix_secs`'s step (for tests and the demo's own checks).
pub fn code_at(secret_base32: &str, unix_secs: u64) -> Result<String, AppError> {
    Ok(totp(secret_base32, "")?.generate(unix_secs))
}

/// Ten new recovery codes, written `xxxx-xxxx-xxxx-xxxx`.
pub fn new_recovery_codes() -> Vec<String> {
    (0..RECOVERY_CODES)
        .map(|_| {
            let chars: Vec<char> = (0..RECOVERY_LEN)
                .map(|_| RECOVERY_ALPHABET[OsRng.gen_range(0..RECOVERY_ALPHABET.len())] as char)
                .collect();
            chars
                .chunks(4)
                .map(|c| c.iter().collect::<String>())
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect()
}

/// The hash a recovery code is kept as; dashes, spaces and case do not matter.
pub fn recovery_hash(code: &str) -> String {
    let normalized: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    crate::db::tokens::hash(&normalized)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rfc_6238_test_vector_matches() {
        // RFC 6238 appendix B, SHA-1, T = 59 s: 94287082 (8 digits); its last six digits.
        let secret = Secret::Raw(b"12345678901234567890".to_vec())
            .to_encoded()
            .to_string();
        assert_eq!(code_at(&secret, 59).unwrap(), "287082");
        assert_eq!(code_at(&secret, 1111111109).unwrap(), "081804");
    }

    #[test]
    fn one_step_either_side_is_accepted_two_are_not() {
        let secret = new_secret();
        let now = 1_800_000_015;
        let step = step_of(now);
        for offset in [-1i64, 0, 1] {
            let at = (now as i64 + offset * STEP_SECS as i64) as u64;
            let code = code_at(&secret, at).unwrap();
            let found = matching_step(&secret, &code, now).unwrap();
            assert!(found.is_some(), "offset {offset}");
        }
        assert_eq!(
            matching_step(&secret, &code_at(&secret, now - 30).unwrap(), now).unwrap(),
            Some(step - 1)
        );
        let window: Vec<String> = [now - 30, now, now + 30]
            .iter()
            .map(|t| code_at(&secret, *t).unwrap())
            .collect();
        for at in [now - 60, now + 60] {
            let code = code_at(&secret, at).unwrap();
            // Six digits: a code two steps away equals one in the window once in ~330,000.
            if !window.contains(&code) {
                assert_eq!(matching_step(&secret, &code, now).unwrap(), None);
            }
        }
        assert_eq!(matching_step(&secret, "12345", now).unwrap(), None);
        assert_eq!(matching_step(&secret, "abcdef", now).unwrap(), None);
    }

    #[test]
    fn the_otpauth_address_names_the_issuer_and_the_account() {
        let uri = otpauth_uri(
            "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
            "therapist@hidamari.example",
        )
        .unwrap();
        assert!(
            uri.starts_with("otpauth://totp/dekita:therapist%40hidamari.example?"),
            "{uri}"
        );
        assert!(uri.contains("secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"));
        assert!(uri.contains("issuer=dekita"));
    }

    #[test]
    fn recovery_codes_are_distinct_and_their_hash_ignores_writing() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), 10);
        let mut unique = codes.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 10);
        assert_eq!(codes[0].len(), 19);
        let loose = codes[0].replace('-', " ").to_uppercase();
        assert_eq!(recovery_hash(&codes[0]), recovery_hash(&loose));
        assert_ne!(recovery_hash(&codes[0]), recovery_hash(&codes[1]));
    }
}
