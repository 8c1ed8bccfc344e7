//! The application server's VAPID identity (RFC 8292): its P-256 key pair, kept in the
//! database so every app server signs alike, and the contact (`sub`) push services see.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use web_push::{PartialVapidSignatureBuilder, VapidSignatureBuilder};

use crate::config::{Config, DEFAULT_PUSH_CONTACT};
use crate::db::{keys, DbConn};
use crate::error::AppError;

/// The name of the VAPID private key in `server_keys` (shared by every app server).
const VAPID_KEY_NAME: &str = "vapid_p256";

/// The application server's VAPID identity: its key pair and contact (`sub`).
#[derive(Clone)]
pub struct Vapid {
    pub(super) signer: PartialVapidSignatureBuilder,
    public_key: Vec<u8>,
    pub(super) subject: String,
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

#[cfg(test)]
mod tests {
    use super::super::DEFAULT_PUSH_SERVICES;
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
    fn the_key_pair_round_trips_through_its_secret() {
        let secret = p256::SecretKey::random(&mut rand::rngs::OsRng);
        let vapid =
            Vapid::from_secret(&secret.to_bytes(), "mailto:it@city.example.jp".into()).unwrap();
        let expected = secret.public_key().to_encoded_point(false);
        assert_eq!(vapid.public_key, expected.as_bytes());
        assert_eq!(vapid.public_key_base64url().len(), 87);
    }
}
