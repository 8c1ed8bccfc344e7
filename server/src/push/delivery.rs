//! Sending: each message signed (VAPID) and encrypted (aes128gcm) by `web-push`, sent through
//! our own HTTP client so the push service's status and `Retry-After` are read here.

use std::time::Duration;

use chrono::{NaiveDateTime, Utc};
use web_push::{ContentEncoding, SubscriptionInfo, Urgency, WebPushMessageBuilder};

use super::{origin, Target, Vapid};
use crate::error::AppError;

/// Plaintext bytes a payload may have. Push services take 4096 encrypted bytes (the 3.8 KB
/// of plaintext usually quoted); `web-push` refuses more than 3052, and our small JSON stays
/// well under both.
pub const MAX_PAYLOAD_BYTES: usize = 3000;

/// How long a push service keeps a message for a phone that is off: half a day, after which
/// a reminder is stale.
const TTL_SECS: u32 = 12 * 3600;

/// What became of one delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The push service took it (2xx).
    Delivered,
    /// 404 or 410: the subscription is gone for good; delete it.
    Gone(u16),
    /// 429, 5xx or no answer: try again, not before `after` if the service said so.
    Retry {
        after: Option<Duration>,
        reason: String,
    },
    /// Any other refusal: trying again would not help.
    Failed(String),
}

/// `Retry-After`: seconds, or an HTTP date.
pub fn parse_retry_after(value: &str, now: NaiveDateTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = chrono::DateTime::parse_from_rfc2822(value)
        .ok()?
        .naive_utc();
    Some((at - now).to_std().unwrap_or(Duration::ZERO))
}

/// Classifies the push service's answer.
pub fn outcome(status: u16, retry_after: Option<&str>) -> Outcome {
    let after = retry_after.and_then(|v| parse_retry_after(v, Utc::now().naive_utc()));
    match status {
        200..=299 => Outcome::Delivered,
        404 | 410 => Outcome::Gone(status),
        429 => Outcome::Retry {
            after,
            reason: "429 too many requests".into(),
        },
        500..=599 => Outcome::Retry {
            after,
            reason: format!("{status} from the push service"),
        },
        other => Outcome::Failed(format!("{other} from the push service")),
    }
}

/// Sends encrypted, signed messages to push services.
#[derive(Clone)]
pub struct Sender {
    vapid: Vapid,
    client: reqwest::Client,
}

impl Sender {
    pub fn new(vapid: Vapid) -> Result<Self, AppError> {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(15))
            .connect_timeout(Duration::from_secs(5))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| AppError::Config(format!("push client: {e}")))?;
        Ok(Sender { vapid, client })
    }

    /// Encrypts `payload` for the subscription and posts it to its push service.
    pub async fn send(&self, target: &Target, payload: &[u8]) -> Outcome {
        let request = match self.build(target, payload) {
            Ok(request) => request,
            Err(reason) => return Outcome::Failed(reason),
        };
        match self.client.execute(request).await {
            Ok(response) => {
                let retry_after = response
                    .headers()
                    .get(reqwest::header::RETRY_AFTER)
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_owned);
                outcome(response.status().as_u16(), retry_after.as_deref())
            }
            Err(e) => Outcome::Retry {
                after: None,
                reason: format!("push service unreachable: {}", without_url(&e)),
            },
        }
    }

    fn build(&self, target: &Target, payload: &[u8]) -> Result<reqwest::Request, String> {
        if payload.len() > MAX_PAYLOAD_BYTES {
            return Err(format!("payload of {} bytes is too large", payload.len()));
        }
        let info = SubscriptionInfo::new(
            target.endpoint.as_str(),
            target.p256dh.as_str(),
            target.auth.as_str(),
        );
        let audience = origin(&target.endpoint).map_err(|e| e.to_string())?;
        let mut signature = self.vapid.signer.clone().add_sub_info(&info);
        // The crate's own `aud` leaves out the port; RFC 8292 wants the origin.
        signature.add_claim("aud", audience);
        signature.add_claim("sub", self.vapid.subject.as_str());
        let signature = signature.build().map_err(|e| format!("VAPID: {e}"))?;
        let mut message = WebPushMessageBuilder::new(&info);
        message.set_ttl(TTL_SECS);
        message.set_urgency(Urgency::Normal);
        message.set_payload(ContentEncoding::Aes128Gcm, payload);
        message.set_vapid_signature(signature);
        let message = message.build().map_err(|e| format!("encrypt: {e}"))?;
        let built = web_push::request_builder::build_request::<Vec<u8>>(message);
        let mut request = self
            .client
            .post(built.uri().to_string())
            .body(built.body().clone());
        for (name, value) in built.headers() {
            // The client sets the length of the body it sends itself.
            if name != "content-length" {
                request = request.header(name.as_str(), value.as_bytes());
            }
        }
        request
            .build()
            .map_err(|e| format!("request: {}", without_url(&e)))
    }
}

/// Error text without the endpoint URL, which identifies a person's phone.
fn without_url(e: &reqwest::Error) -> String {
    let kind = if e.is_timeout() {
        "timeout"
    } else if e.is_connect() {
        "connect"
    } else if e.is_request() {
        "request"
    } else {
        "transport"
    };
    kind.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_classified() {
        assert_eq!(outcome(201, None), Outcome::Delivered);
        assert_eq!(outcome(410, None), Outcome::Gone(410));
        assert_eq!(outcome(404, None), Outcome::Gone(404));
        assert!(matches!(
            outcome(429, Some("7")),
            Outcome::Retry { after: Some(d), .. } if d == Duration::from_secs(7)
        ));
        assert!(matches!(
            outcome(503, None),
            Outcome::Retry { after: None, .. }
        ));
        assert!(matches!(outcome(400, None), Outcome::Failed(_)));
        assert!(matches!(outcome(413, None), Outcome::Failed(_)));
    }

    #[test]
    fn retry_after_may_be_a_date() {
        let now =
            NaiveDateTime::parse_from_str("2026-03-03 10:00:00", "%Y-%m-%d %H:%M:%S").unwrap();
        assert_eq!(
            parse_retry_after("Tue, 03 Mar 2026 10:00:30 GMT", now),
            Some(Duration::from_secs(30))
        );
        assert_eq!(
            parse_retry_after("Tue, 03 Mar 2026 09:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
    }
}
