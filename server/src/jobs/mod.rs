//! Background jobs: every notification goes through the durable `jobs` table, so a restart
//! loses nothing, and is claimed with a lease, so two app servers on one PostgreSQL never
//! send the same notification twice.
//!
//! The rest of the server calls [`enqueue_notification`] (in its own write transaction if it
//! likes); [`runner`] sends, and [`schedule`] enqueues the reminders when they are due.

pub mod queue;
pub mod runner;
pub mod schedule;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use crate::db::schema::jobs;
use crate::db::DbConn;
use crate::domain::ids::ParticipantId;
use crate::domain::reminders::Words;
use crate::error::AppError;
use crate::push::MAX_PAYLOAD_BYTES;

/// Where a notification opens the app: the participant's home.
pub const HOME_URL: &str = "/#/";

const MAX_URL_BYTES: usize = 512;
const MAX_TAG_BYTES: usize = 128;
const MAX_DEDUPE_KEY_BYTES: usize = 200;

/// What the service worker shows: the payload is exactly this as JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notification {
    pub title: String,
    pub body: String,
    /// Opened when the person taps the notification (same origin).
    pub url: String,
    /// A notification with the same tag replaces the earlier one on the phone.
    pub tag: String,
}

impl Notification {
    pub fn new(words: Words, url: &str) -> Self {
        Notification {
            title: words.title,
            body: words.body,
            url: url.to_owned(),
            tag: words.tag,
        }
    }

    /// The payload as sent, in bytes.
    pub fn payload(&self) -> Result<Vec<u8>, AppError> {
        serde_json::to_vec(self).map_err(|e| AppError::Internal(format!("json: {e}")))
    }

    /// The same notification, its body (then its title) shortened with "…" if that is what it
    /// takes to stay within [`MAX_PAYLOAD_BYTES`]; an error if even that is not enough.
    pub fn fitted(&self) -> Result<Notification, AppError> {
        if self.url.len() > MAX_URL_BYTES || self.tag.len() > MAX_TAG_BYTES {
            return Err(AppError::validation("通知の URL かタグが長すぎます。"));
        }
        if self.payload()?.len() <= MAX_PAYLOAD_BYTES {
            return Ok(self.clone());
        }
        let body = shorten(self, |n, text| n.body = text, &self.body)?;
        if body.payload()?.len() <= MAX_PAYLOAD_BYTES {
            return Ok(body);
        }
        let both = shorten(&body, |n, text| n.title = text, &self.title)?;
        if both.payload()?.len() <= MAX_PAYLOAD_BYTES {
            Ok(both)
        } else {
            Err(AppError::validation("通知が大きすぎます。"))
        }
    }
}

/// The longest prefix of `text` (plus "…") with which the notification fits, found by
/// halving; the empty string if none does.
fn shorten(
    base: &Notification,
    set: impl Fn(&mut Notification, String),
    text: &str,
) -> Result<Notification, AppError> {
    let chars: Vec<char> = text.chars().collect();
    let with = |keep: usize| {
        let mut n = base.clone();
        let mut shortened: String = chars[..keep].iter().collect();
        if keep > 0 {
            shortened.push('…');
        }
        set(&mut n, shortened);
        n
    };
    let (mut fits, mut too_long) = (0usize, chars.len());
    while fits + 1 < too_long {
        let middle = (fits + too_long) / 2;
        if with(middle).payload()?.len() <= MAX_PAYLOAD_BYTES {
            fits = middle;
        } else {
            too_long = middle;
        }
    }
    Ok(with(fits))
}

/// Queues a notification to all of the participant's phones, to go out at `run_at` (UTC)
/// or as soon after as the runner gets to it. A `dedupe_key` that was queued before — by
/// this server or another — makes this a no-op, so callers may repeat themselves freely.
/// Inside a caller's write transaction it commits (or not) with the caller's changes.
pub fn enqueue_notification(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    n: &Notification,
    dedupe_key: &str,
    run_at: NaiveDateTime,
) -> Result<(), AppError> {
    if dedupe_key.is_empty() || dedupe_key.len() > MAX_DEDUPE_KEY_BYTES {
        return Err(AppError::Internal(format!(
            "dedupe key of {} bytes",
            dedupe_key.len()
        )));
    }
    let payload = serde_json::to_string(&n.fitted()?)
        .map_err(|e| AppError::Internal(format!("json: {e}")))?;
    queue::insert(
        conn,
        queue::Kind::Notify,
        participant_id,
        &payload,
        dedupe_key,
        run_at,
    )
}

/// Whether a job with this dedupe key was ever queued.
pub fn is_queued(conn: &mut DbConn, dedupe_key: &str) -> Result<bool, AppError> {
    Ok(jobs::table
        .filter(jobs::dedupe_key.eq(dedupe_key))
        .select(jobs::id)
        .first::<String>(conn)
        .optional()?
        .is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(body: &str) -> Notification {
        Notification {
            title: "山田さんから".into(),
            body: body.into(),
            url: HOME_URL.into(),
            tag: "recognition-1".into(),
        }
    }

    #[test]
    fn small_notifications_are_sent_as_they_are() {
        let n = note("よく歩けていますね。");
        assert_eq!(n.fitted().unwrap(), n);
        let json: serde_json::Value = serde_json::from_slice(&n.payload().unwrap()).unwrap();
        assert_eq!(json["title"], "山田さんから");
        assert_eq!(json["url"], "/#/");
    }

    #[test]
    fn long_bodies_are_shortened_to_fit() {
        // 3 bytes a character in UTF-8: far over the limit.
        let n = note(&"歩".repeat(2000));
        let fitted = n.fitted().unwrap();
        let size = fitted.payload().unwrap().len();
        assert!(size <= MAX_PAYLOAD_BYTES, "{size}");
        assert!(
            size > MAX_PAYLOAD_BYTES - 10,
            "as much as fits is kept: {size}"
        );
        assert!(fitted.body.ends_with('…'));
        assert!(fitted.body.starts_with("歩歩歩"));
        // Characters that JSON escapes count as what they become.
        let quotes = note(&"\"".repeat(4000)).fitted().unwrap();
        assert!(quotes.payload().unwrap().len() <= MAX_PAYLOAD_BYTES);
    }

    #[test]
    fn a_huge_title_is_shortened_too_and_a_huge_url_refused() {
        let mut n = note(&"あ".repeat(1500));
        n.title = "い".repeat(1500);
        let fitted = n.fitted().unwrap();
        assert!(fitted.payload().unwrap().len() <= MAX_PAYLOAD_BYTES);
        let mut n = note("x");
        n.url = format!("/#/{}", "a".repeat(600));
        assert!(n.fitted().is_err());
    }
}
