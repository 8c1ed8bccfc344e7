//! Sign-in: staff passwords (argon2id), short-lived JWT access tokens, the typed extractors
//! that prove who is calling, and the rate limits on guessing.

pub mod extract;
pub mod jwt;
pub mod password;
pub mod ratelimit;
pub mod totp;

pub use extract::{can, AnyAuth, May, ParticipantAuth, PhoneAuth, StaffAuth};
