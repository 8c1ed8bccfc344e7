//! Web push (RFC 8030) with VAPID (RFC 8292) and aes128gcm payloads (RFC 8291).
//!
//! The `web-push` crate signs and encrypts; the request goes out through our own HTTP client
//! so that the runner reads the status itself: the crate reports 429 only as a generic error
//! and drops `Retry-After`.

use std::time::Duration;

use base64::engine::general_purpose::{STANDARD, URL_SAFE, URL_SAFE_NO_PAD};
use base64::Engine;
use chrono::{NaiveDateTime, Utc};
use web_push::{
    ContentEncoding, PartialVapidSignatureBuilder, SubscriptionInfo, Urgency,
    VapidSignatureBuilder, WebPushMessageBuilder,
};

use crate::config::{Config, DEFAULT_PUSH_CONTACT};
use crate::db::{keys, DbConn};
use crate::error::AppError;

/// The name of the VAPID private key in `server_keys` (shared by every app server).
const VAPID_KEY_NAME: &str = "vapid_p256";

/// Plaintext bytes a payload may have. Push services take 4096 encrypted bytes (the 3.8 KB
/// of plaintext usually quoted); `web-push` refuses more than 3052, and our small JSON stays
/// well under both.
pub const MAX_PAYLOAD_BYTES: usize = 3000;

/// How long a push service keeps a message for a phone that is off: half a day, after which
/// a reminder is stale.
const TTL_SECS: u32 = 12 * 3600;

/// The longest push endpoint we store.
const MAX_ENDPOINT_LEN: usize = 2048;

/// The application server's VAPID identity: its key pair and contact (`sub`).
#[derive(Clone)]
pub struct Vapid {
    signer: PartialVapidSignatureBuilder,
    public_key: Vec<u8>,
    subject: String,
}

impl Vapid {
    /// Loads the key pair from the database, making it on the first start.
    pub fn load(conn: &mut DbConn, subject: String) -> Result<Self, AppError> {
        let secret = keys::get_or_create_with(conn, VAPID_KEY_NAME, || {
            p256::SecretKey::random(&mut rand::rngs::OsRng)
                .to_bytes()
                .to_vec()
        })?;
        Self::from_secret(&secret, subject)
    }

    fn from_secret(secret: &[u8], subject: String) -> Result<Self, AppError> {
        let signer = VapidSignatureBuilder::from_base64_no_sub(&URL_SAFE_NO_PAD.encode(secret))
            .map_err(|e| AppError::Config(format!("VAPID key: {e}")))?;
        let public_key = signer.get_public_key();
        Ok(Vapid {
            signer,
            public_key,
            subject,
        })
    }

    /// The public key as the browser's `applicationServerKey` wants it (base64url, 65 bytes).
    pub fn public_key_base64url(&self) -> String {
        URL_SAFE_NO_PAD.encode(&self.public_key)
    }

    pub fn subject(&self) -> &str {
        &self.subject
    }
}

/// A host someone outside this machine could reach: dotted, not `localhost`.
fn reachable_host(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    host.contains('.') && host != "localhost" && !host.ends_with(".localhost")
}

/// Checks a VAPID subject: a `mailto:` address or an `https://` URL on a real domain (Apple's
/// push service answers anything else, `@localhost` included, with 403 BadJwtToken).
pub fn validate_subject(subject: &str) -> Result<(), AppError> {
    let clean = !subject.chars().any(|c| c.is_whitespace() || c.is_control());
    let ok = clean
        && if let Some(address) = subject.strip_prefix("mailto:") {
            match address.split_once('@') {
                Some((local, domain)) => {
                    !local.is_empty() && !domain.contains('@') && reachable_host(domain)
                }
                None => false,
            }
        } else if let Some(rest) = subject.strip_prefix("https://") {
            let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
            let host = authority.rsplit_once(':').map_or(authority, |(h, _)| h);
            !authority.contains('@') && reachable_host(host)
        } else {
            false
        };
    if ok {
        Ok(())
    } else {
        Err(AppError::Config(format!(
            "--vapid-subject（DEKITA_VAPID_SUBJECT）は mailto:連絡先 か https:// の URL にしてください（例: mailto:it@city.example.jp）。指定された値: {subject:?}"
        )))
    }
}

/// The placeholder subject used when nothing was configured (start-up warns about it).
pub fn placeholder_subject() -> String {
    format!("mailto:{DEFAULT_PUSH_CONTACT}")
}

/// The VAPID subject from configuration: `--vapid-subject` if given; else the public URL
/// when it is https; else `mailto:` of `--push-contact`. Whatever was configured must be real;
/// only the built-in placeholder, for trying dekita out, is let through as it is.
pub fn subject_from(config: &Config) -> Result<String, AppError> {
    let chosen = match config.vapid_subject.as_deref().map(str::trim) {
        Some(subject) if !subject.is_empty() => subject.to_owned(),
        _ => match config.public_url.as_deref().map(str::trim) {
            Some(url) if url.starts_with("https://") => url.trim_end_matches('/').to_owned(),
            _ => format!("mailto:{}", config.push_contact.trim()),
        },
    };
    if chosen != placeholder_subject() {
        validate_subject(&chosen)?;
    }
    Ok(chosen)
}

/// A subscription as stored: the browser's endpoint and keys (base64url, unpadded).
#[derive(Debug, Clone)]
pub struct Target {
    pub endpoint: String,
    pub p256dh: String,
    pub auth: String,
}

fn decode_key(text: &str) -> Option<Vec<u8>> {
    let trimmed = text.trim().trim_end_matches('=');
    URL_SAFE_NO_PAD
        .decode(trimmed)
        .ok()
        .or_else(|| STANDARD.decode(text.trim()).ok())
        .or_else(|| URL_SAFE.decode(text.trim()).ok())
}

/// Whether the host is this machine (for test push services on loopback).
fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// An endpoint's scheme, host (lower case) and explicit non-default port.
fn endpoint_parts(endpoint: &str) -> Result<(String, String, Option<u16>), AppError> {
    let bad = || AppError::validation("通知の送り先（endpoint）の形式が正しくありません。");
    let uri: actix_web::http::Uri = endpoint.parse().map_err(|_| bad())?;
    let scheme = uri.scheme_str().ok_or_else(bad)?.to_ascii_lowercase();
    let authority = uri.authority().ok_or_else(bad)?;
    if authority.as_str().contains('@') || authority.host().is_empty() {
        return Err(bad());
    }
    let default_port = match scheme.as_str() {
        "https" => 443,
        "http" => 80,
        _ => return Err(bad()),
    };
    let port = authority.port_u16().filter(|p| *p != default_port);
    Ok((scheme, authority.host().to_ascii_lowercase(), port))
}

/// The origin (`scheme://host[:port]`) of an endpoint: the VAPID `aud`.
pub fn origin(endpoint: &str) -> Result<String, AppError> {
    let (scheme, host, port) = endpoint_parts(endpoint)?;
    Ok(match port {
        Some(port) => format!("{scheme}://{host}:{port}"),
        None => format!("{scheme}://{host}"),
    })
}

/// The push services of the browsers people use (Chrome and most Android browsers, Firefox,
/// Safari, Edge): a subscription may name only these hosts or their subdomains, so a phone
/// cannot make the server send requests anywhere else. `--push-services` changes the list.
pub const DEFAULT_PUSH_SERVICES: &str =
    "fcm.googleapis.com,push.services.mozilla.com,push.apple.com,notify.windows.com";

/// Whether `host` is one of `services` (comma-separated host names; a name also covers its
/// subdomains; `*` any host name). Addresses written as numbers never are.
pub fn is_push_service(host: &str, services: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    if host.starts_with('[') || host.parse::<std::net::IpAddr>().is_ok() || is_loopback(&host) {
        return false;
    }
    services
        .split(',')
        .map(|s| s.trim().trim_start_matches('.').to_ascii_lowercase())
        .filter(|s| !s.is_empty())
        .any(|s| s == "*" || host == s || host.ends_with(&format!(".{s}")))
}

/// Checks what a browser sent when it subscribed, and returns it normalised: an https
/// endpoint of a known push service (plain http only for a loopback push service, and only
/// when configured so, for tests), a P-256 public key and a 16-byte auth secret.
pub fn validate_target(
    endpoint: &str,
    p256dh: &str,
    auth: &str,
    services: &str,
    allow_loopback_http: bool,
) -> Result<Target, AppError> {
    let endpoint = endpoint.trim();
    if endpoint.is_empty() || endpoint.len() > MAX_ENDPOINT_LEN {
        return Err(AppError::validation(
            "通知の送り先（endpoint）の長さが正しくありません。",
        ));
    }
    let (scheme, host, _) = endpoint_parts(endpoint)?;
    let test_service = allow_loopback_http && scheme == "http" && is_loopback(&host);
    if scheme != "https" && !test_service {
        return Err(AppError::validation(
            "通知の送り先（endpoint）は https:// で始まる必要があります。",
        ));
    }
    if !test_service && !is_push_service(&host, services) {
        return Err(AppError::validation(
            "この通知サービスには対応していません。ブラウザを最新にするか、別のブラウザでお試しください。",
        ));
    }
    let key = decode_key(p256dh)
        .filter(|k| k.len() == 65 && p256::PublicKey::from_sec1_bytes(k).is_ok())
        .ok_or_else(|| AppError::validation("通知の鍵（p256dh）が正しくありません。"))?;
    let secret = decode_key(auth)
        .filter(|s| s.len() == 16)
        .ok_or_else(|| AppError::validation("通知の鍵（auth）が正しくありません。"))?;
    Ok(Target {
        endpoint: endpoint.to_owned(),
        p256dh: URL_SAFE_NO_PAD.encode(key),
        auth: URL_SAFE_NO_PAD.encode(secret),
    })
}

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
    use p256::elliptic_curve::sec1::ToEncodedPoint;

    #[test]
    fn subjects_are_mailto_or_https() {
        for good in [
            "mailto:it@city.example.jp",
            "https://dekita.city.example.jp",
            "https://city.example.jp/contact",
            "https://city.example.jp:8443",
        ] {
            assert!(validate_subject(good).is_ok(), "{good}");
        }
        for bad in [
            "",
            "it@city.example.jp",
            "mailto:",
            "mailto:nobody",
            "mailto:a b@example.jp",
            "mailto:webpush@localhost",
            "mailto:it@dekita",
            "http://city.example.jp",
            "https://",
            "https://localhost:8443",
            "https://user@city.example.jp",
            "ftp://example.jp",
        ] {
            assert!(validate_subject(bad).is_err(), "{bad}");
        }
    }

    fn config(vapid_subject: Option<&str>, public_url: Option<&str>, contact: &str) -> Config {
        Config {
            bind: "127.0.0.1:0".into(),
            data_dir: "./data".into(),
            database_url: None,
            demo: false,
            public_url: public_url.map(str::to_owned),
            access_token_minutes: 15,
            signin_burst: 10,
            signin_period_secs: 6,
            two_factor_burst: 5,
            two_factor_period_secs: 60,
            vapid_subject: vapid_subject.map(str::to_owned),
            push_contact: contact.into(),
            job_poll_ms: 5000,
            push_allow_loopback_http: false,
            push_services: DEFAULT_PUSH_SERVICES.into(),
            media_store: None,
            photo_decodes: crate::media::DEFAULT_DECODES_AT_ONCE,
            photo_wait_secs: crate::media::DEFAULT_WAIT_SECS,
        }
    }

    #[test]
    fn the_subject_is_chosen_then_derived_and_always_checked() {
        let https = Some("https://dekita.city.example.jp/");
        let http = Some("http://192.0.2.1:8080");
        assert_eq!(
            subject_from(&config(Some("mailto:it@city.example.jp"), https, "x@y.jp")).unwrap(),
            "mailto:it@city.example.jp"
        );
        assert_eq!(
            subject_from(&config(None, https, "x@y.jp")).unwrap(),
            "https://dekita.city.example.jp"
        );
        assert_eq!(
            subject_from(&config(None, http, "it@city.example.jp")).unwrap(),
            "mailto:it@city.example.jp"
        );
        assert_eq!(
            subject_from(&config(Some(" "), None, "it@city.example.jp")).unwrap(),
            "mailto:it@city.example.jp"
        );
        let refused = subject_from(&config(Some("it@city.example.jp"), https, "x@y.jp"))
            .unwrap_err()
            .to_string();
        assert!(refused.contains("--vapid-subject"), "{refused}");
        assert!(subject_from(&config(None, http, "not an address")).is_err());
        assert!(subject_from(&config(None, http, "it@localhost")).is_err());
        assert!(subject_from(&config(Some("https://localhost"), None, "x@y.jp")).is_err());
        // Nothing configured at all: the placeholder, for trying dekita out.
        assert_eq!(
            subject_from(&config(None, http, DEFAULT_PUSH_CONTACT)).unwrap(),
            "mailto:webpush@localhost"
        );
    }

    #[test]
    fn the_audience_is_the_endpoint_origin_with_its_port() {
        assert_eq!(
            origin("https://fcm.googleapis.com/fcm/send/abc").unwrap(),
            "https://fcm.googleapis.com"
        );
        assert_eq!(
            origin("https://Push.Example.com:443/x").unwrap(),
            "https://push.example.com"
        );
        assert_eq!(
            origin("http://127.0.0.1:8123/push/1").unwrap(),
            "http://127.0.0.1:8123"
        );
        assert!(origin("https://user@push.example.com/x").is_err());
        assert!(origin("not a url").is_err());
    }

    fn keys() -> (String, String) {
        let secret = p256::SecretKey::random(&mut rand::rngs::OsRng);
        let point = secret.public_key().to_encoded_point(false);
        (
            URL_SAFE_NO_PAD.encode(point.as_bytes()),
            URL_SAFE_NO_PAD.encode([7u8; 16]),
        )
    }

    #[test]
    fn only_the_browsers_push_services_are_accepted() {
        let known = DEFAULT_PUSH_SERVICES;
        for host in [
            "fcm.googleapis.com",
            "web.push.apple.com",
            "updates.push.services.mozilla.com",
            "wns2-par02p.notify.windows.com",
            "FCM.googleapis.com.",
        ] {
            assert!(is_push_service(host, known), "{host}");
        }
        for host in [
            "googleapis.com",
            "evilfcm.googleapis.com.example",
            "notfcm.googleapis.co",
            "xpush.apple.com",
            "localhost",
            "127.0.0.1",
            "10.1.2.3",
            "[::1]",
            "169.254.169.254",
        ] {
            assert!(!is_push_service(host, known), "{host}");
        }
        assert!(is_push_service("push.city.example.jp", "*"));
        assert!(!is_push_service("192.168.0.1", "*"));
        assert!(is_push_service(
            "a.push.city.example.jp",
            "push.city.example.jp"
        ));
    }

    #[test]
    fn subscriptions_need_https_real_keys_and_a_16_byte_secret() {
        let (p256dh, auth) = keys();
        let ok = validate_target(
            "https://fcm.googleapis.com/a",
            &p256dh,
            &auth,
            DEFAULT_PUSH_SERVICES,
            false,
        )
        .unwrap();
        assert_eq!(ok.p256dh, p256dh);
        // Padded base64 is accepted and stored unpadded.
        let padded = format!("{auth}==");
        assert_eq!(
            validate_target(
                "https://fcm.googleapis.com/a",
                &p256dh,
                &padded,
                DEFAULT_PUSH_SERVICES,
                false
            )
            .unwrap()
            .auth,
            auth
        );
        assert!(validate_target(
            "http://fcm.googleapis.com/a",
            &p256dh,
            &auth,
            DEFAULT_PUSH_SERVICES,
            false
        )
        .is_err());
        assert!(validate_target(
            "http://fcm.googleapis.com/a",
            &p256dh,
            &auth,
            DEFAULT_PUSH_SERVICES,
            true
        )
        .is_err());
        assert!(validate_target(
            "http://127.0.0.1:9/a",
            &p256dh,
            &auth,
            DEFAULT_PUSH_SERVICES,
            false
        )
        .is_err());
        assert!(validate_target(
            "http://127.0.0.1:9/a",
            &p256dh,
            &auth,
            DEFAULT_PUSH_SERVICES,
            true
        )
        .is_ok());
        assert!(validate_target(
            "http://localhost:9/a",
            &p256dh,
            &auth,
            DEFAULT_PUSH_SERVICES,
            true
        )
        .is_ok());
        assert!(validate_target(
            "http://[::1]:9/a",
            &p256dh,
            &auth,
            DEFAULT_PUSH_SERVICES,
            true
        )
        .is_ok());
        let mut not_a_point = URL_SAFE_NO_PAD.decode(&p256dh).unwrap();
        not_a_point[40] ^= 1;
        assert!(validate_target(
            "https://fcm.googleapis.com/a",
            &URL_SAFE_NO_PAD.encode(not_a_point),
            &auth,
            DEFAULT_PUSH_SERVICES,
            false
        )
        .is_err());
        assert!(validate_target(
            "https://fcm.googleapis.com/a",
            &p256dh,
            &URL_SAFE_NO_PAD.encode([1u8; 15]),
            DEFAULT_PUSH_SERVICES,
            false
        )
        .is_err());
        let long = format!("https://fcm.googleapis.com/{}", "a".repeat(3000));
        assert!(validate_target(&long, &p256dh, &auth, DEFAULT_PUSH_SERVICES, false).is_err());
    }

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

    #[test]
    fn the_key_pair_round_trips_through_its_secret() {
        let secret = p256::SecretKey::random(&mut rand::rngs::OsRng);
        let vapid =
            Vapid::from_secret(&secret.to_bytes(), "mailto:it@city.example.jp".into()).unwrap();
        let expected = secret.public_key().to_encoded_point(false);
        assert_eq!(vapid.public_key, expected.as_bytes());
        assert_eq!(vapid.public_key_base64url().len(), 87);
    }
}
