//! What every request handler shares: no globals, so tests can run servers side by side.

use crate::auth::jwt::Keys;
use crate::auth::ratelimit::Limiter;
use crate::config::Config;
use crate::db::Database;
use crate::domain::ids::{ParticipantId, StaffId};
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
    /// Who has a search for new successes under way (see [`crate::http::daily`]).
    pub success_searches: SuccessSearches,
}

/// A search for new successes reads the person's whole history, so after a sync there is at
/// most one per person at a time, and only a few at once in all: a sync that arrives while
/// its person's search runs asks for one more run and does not wait for it.
pub struct SuccessSearches {
    /// Per person under way: whether another run is wanted when this one ends.
    running: std::sync::Mutex<std::collections::HashMap<ParticipantId, bool>>,
    pub turns: tokio::sync::Semaphore,
}

impl Default for SuccessSearches {
    fn default() -> Self {
        SuccessSearches {
            running: Default::default(),
            turns: tokio::sync::Semaphore::new(2),
        }
    }
}

impl SuccessSearches {
    /// True when the caller is to search now; false when a search is under way (it will run
    /// once more, and see the caller's records).
    pub fn begin(&self, participant_id: &ParticipantId) -> bool {
        let mut running = self.running.lock().unwrap_or_else(|e| e.into_inner());
        match running.get_mut(participant_id) {
            Some(again) => {
                *again = true;
                false
            }
            None => {
                running.insert(participant_id.clone(), false);
                true
            }
        }
    }

    /// After a run: true when another is wanted (the caller runs it), else the search ends.
    pub fn again(&self, participant_id: &ParticipantId) -> bool {
        let mut running = self.running.lock().unwrap_or_else(|e| e.into_inner());
        match running.get_mut(participant_id) {
            Some(again) if *again => {
                *again = false;
                true
            }
            _ => {
                running.remove(participant_id);
                false
            }
        }
    }
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
