//! A phone's push subscription: checked when the browser sends it (an https endpoint of a
//! known push service, a P-256 key, a 16-byte secret), and the origin it is signed for.

use base64::engine::general_purpose::{STANDARD, URL_SAFE, URL_SAFE_NO_PAD};
use base64::Engine;

use crate::error::AppError;

/// The longest push endpoint we store.
const MAX_ENDPOINT_LEN: usize = 2048;

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

#[cfg(test)]
mod tests {
    use super::*;
    use p256::elliptic_curve::sec1::ToEncodedPoint;

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
}
