//! What every request handler shares: no globals, so tests can run servers side by side.

use crate::auth::jwt::Keys;
use crate::auth::ratelimit::Limiter;
use crate::config::Config;
use crate::db::Database;
use crate::domain::ids::StaffId;
use crate::http::icons::Icons;
use crate::push::Vapid;

pub struct AppState {
    pub db: Database,
    pub keys: Keys,
    pub config: Config,
    pub signin_limiter: Limiter,
    pub enroll_limiter: Limiter,
    /// Password changes (each an argon2 run against a guessed current password): per
    /// address, and per account so that many addresses cannot share one account's guesses.
    pub password_limiter: Limiter,
    pub password_account_limiter: Limiter<StaffId>,
    /// Second-factor code attempts per staff account (the address limit applies as well).
    pub two_factor_limiter: Limiter<StaffId>,
    /// A hash of nothing anyone knows: unknown addresses are checked against it.
    pub dummy_hash: String,
    pub icons: Icons,
    /// Processed photos and exercise pictures.
    pub media: crate::media::MediaStore,
    /// Turns to decode photos, so a burst of uploads cannot exhaust memory.
    pub decodes: crate::media::Decodes,
    /// This deployment's VAPID key pair and contact (the same on every app server).
    pub vapid: Vapid,
    /// The server's clock: each caller's `today` comes from it.
    pub clock: crate::clock::Clock,
}

impl AppState {
    pub fn refresh_ttl(&self, participant: bool) -> chrono::Duration {
        // A participant cannot sign in again without their therapist, so their phone keeps
        // its sign-in for a long time; each use renews it.
        if participant {
            chrono::Duration::days(400)
        } else {
            chrono::Duration::hours(12)
        }
    }
}
