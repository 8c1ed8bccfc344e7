//! Web push (RFC 8030) with VAPID (RFC 8292) and aes128gcm payloads (RFC 8291).
//!
//! The `web-push` crate signs and encrypts; the request goes out through our own HTTP client
//! so that the runner reads the status itself: the crate reports 429 only as a generic error
//! and drops `Retry-After`.

mod delivery;
mod target;
mod vapid;

pub use delivery::{outcome, parse_retry_after, Outcome, Sender, MAX_PAYLOAD_BYTES};
pub use target::{is_push_service, origin, validate_target, Target, DEFAULT_PUSH_SERVICES};
pub use vapid::{placeholder_subject, subject_from, validate_subject, Vapid};
