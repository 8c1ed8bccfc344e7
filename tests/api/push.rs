//! Web push end to end: a push-service stand-in on loopback receives what the real job runner
//! sends, checks the VAPID JWT (ES256 against the server's public key, `aud`, `exp`, `sub`,
//! RFC 8292) and decrypts the aes128gcm body with the subscription's own private key and
//! auth secret (RFC 8291, RFC 8188) — so every assertion is about the plaintext a phone
//! would show.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use actix_web::{web, App, HttpRequest, HttpResponse, HttpServer};
use aes_gcm::aead::{Aead, KeyInit};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{Timelike, Utc};
use diesel::prelude::*;
use hkdf::Hkdf;
use p256::ecdsa::signature::Verifier;
use p256::elliptic_curve::sec1::ToEncodedPoint;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use sha2::Sha256;

use crate::helpers::*;
use dekita::db::schema::{jobs, push_subscriptions};

// --- the phone's side: a subscription's keys, and RFC 8291 decryption ---

/// What a browser makes when it subscribes: a P-256 key pair and a 16-byte auth secret.
pub struct TestSubscriber {
    secret: p256::SecretKey,
    auth: [u8; 16],
}

impl Default for TestSubscriber {
    fn default() -> Self {
        Self::new()
    }
}

impl TestSubscriber {
    pub fn new() -> Self {
        let mut auth = [0u8; 16];
        rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut auth);
        TestSubscriber {
            secret: p256::SecretKey::random(&mut rand::rngs::OsRng),
            auth,
        }
    }

    fn public_bytes(&self) -> Vec<u8> {
        self.secret
            .public_key()
            .to_encoded_point(false)
            .as_bytes()
            .to_vec()
    }

    pub fn p256dh(&self) -> String {
        URL_SAFE_NO_PAD.encode(self.public_bytes())
    }

    pub fn auth(&self) -> String {
        URL_SAFE_NO_PAD.encode(self.auth)
    }

    /// Decrypts an aes128gcm body (RFC 8188 framing, RFC 8291 keys) as the user agent does.
    pub fn decrypt(&self, body: &[u8]) -> Vec<u8> {
        // Header: salt (16) | record size (4) | key id length (1) | key id (the sender's
        // ephemeral public key, 65 bytes).
        assert!(body.len() > 21, "body too short: {} bytes", body.len());
        let salt = &body[..16];
        let rs = u32::from_be_bytes(body[16..20].try_into().unwrap()) as usize;
        let idlen = body[20] as usize;
        assert_eq!(
            idlen, 65,
            "the key id is the sender's uncompressed P-256 key"
        );
        let as_public = &body[21..21 + idlen];
        let records = &body[21 + idlen..];
        assert!(rs >= 18, "record size {rs}");

        let sender = p256::PublicKey::from_sec1_bytes(as_public).expect("a P-256 point");
        let shared =
            p256::ecdh::diffie_hellman(self.secret.to_nonzero_scalar(), sender.as_affine());
        // IKM = HKDF(auth secret, ECDH secret, "WebPush: info" || 0 || ua_public || as_public)
        let mut key_info = b"WebPush: info\0".to_vec();
        key_info.extend_from_slice(&self.public_bytes());
        key_info.extend_from_slice(as_public);
        let mut ikm = [0u8; 32];
        Hkdf::<Sha256>::new(Some(&self.auth), shared.raw_secret_bytes())
            .expand(&key_info, &mut ikm)
            .unwrap();
        let prk = Hkdf::<Sha256>::new(Some(salt), &ikm);
        let mut cek = [0u8; 16];
        prk.expand(b"Content-Encoding: aes128gcm\0", &mut cek)
            .unwrap();
        let mut base_nonce = [0u8; 12];
        prk.expand(b"Content-Encoding: nonce\0", &mut base_nonce)
            .unwrap();
        let cipher = aes_gcm::Aes128Gcm::new_from_slice(&cek).unwrap();

        let chunks: Vec<&[u8]> = records.chunks(rs).collect();
        let mut plaintext = Vec::new();
        for (seq, chunk) in chunks.iter().enumerate() {
            let mut nonce = base_nonce;
            for (i, b) in (seq as u64).to_be_bytes().iter().enumerate() {
                nonce[4 + i] ^= b;
            }
            let padded = cipher
                .decrypt(aes_gcm::Nonce::from_slice(&nonce), *chunk)
                .expect("the record decrypts and authenticates");
            // Data, then a delimiter (2 for the last record, 1 otherwise), then zeros.
            let end = padded
                .iter()
                .rposition(|b| *b != 0)
                .expect("a padding delimiter");
            let last = seq + 1 == chunks.len();
            assert_eq!(padded[end], if last { 2 } else { 1 }, "padding delimiter");
            plaintext.extend_from_slice(&padded[..end]);
        }
        plaintext
    }
}

// --- the push service's side ---

#[derive(Clone)]
pub struct Received {
    pub at: Instant,
    pub headers: HashMap<String, String>,
    pub body: Vec<u8>,
}

#[derive(Default)]
struct Inner {
    received: HashMap<String, Vec<Received>>,
    /// Answers to give, per endpoint name, before answering 201.
    script: HashMap<String, VecDeque<(u16, Option<String>)>>,
}

/// A push service on 127.0.0.1 that records every request and answers as scripted.
pub struct PushService {
    port: u16,
    inner: Arc<Mutex<Inner>>,
}

async fn receive(
    req: HttpRequest,
    body: web::Bytes,
    inner: web::Data<Arc<Mutex<Inner>>>,
) -> HttpResponse {
    let name = req
        .path()
        .strip_prefix("/push/")
        .unwrap_or_default()
        .to_owned();
    let headers = req
        .headers()
        .iter()
        .map(|(k, v)| {
            (
                k.as_str().to_ascii_lowercase(),
                v.to_str().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    let mut inner = inner.lock().unwrap();
    inner
        .received
        .entry(name.clone())
        .or_default()
        .push(Received {
            at: Instant::now(),
            headers,
            body: body.to_vec(),
        });
    let answer = inner.script.get_mut(&name).and_then(VecDeque::pop_front);
    let (status, retry_after) = answer.unwrap_or((201, None));
    let mut response = HttpResponse::build(actix_web::http::StatusCode::from_u16(status).unwrap());
    if let Some(after) = retry_after {
        response.insert_header(("Retry-After", after));
    }
    response.finish()
}

impl PushService {
    pub async fn start() -> PushService {
        let inner = Arc::new(Mutex::new(Inner::default()));
        let data = web::Data::new(inner.clone());
        let server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .default_service(web::post().to(receive))
        })
        .workers(1)
        .bind(("127.0.0.1", 0))
        .expect("the stand-in binds");
        let port = server.addrs()[0].port();
        actix_web::rt::spawn(server.run());
        PushService { port, inner }
    }

    pub fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn endpoint(&self, name: &str) -> String {
        format!("{}/push/{name}", self.origin())
    }

    /// The next answers to `name`, in order (then 201 again).
    pub fn answer(&self, name: &str, status: u16, retry_after: Option<&str>) {
        self.inner
            .lock()
            .unwrap()
            .script
            .entry(name.to_owned())
            .or_default()
            .push_back((status, retry_after.map(str::to_owned)));
    }

    pub fn received(&self, name: &str) -> Vec<Received> {
        self.inner
            .lock()
            .unwrap()
            .received
            .get(name)
            .cloned()
            .unwrap_or_default()
    }

    /// Waits until `name` has received at least `count` requests.
    pub async fn wait_for(&self, name: &str, count: usize) -> Vec<Received> {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let got = self.received(name);
            if got.len() >= count {
                return got;
            }
            assert!(
                Instant::now() < deadline,
                "{name}: {} of {count} requests after 30 s [{}]",
                got.len(),
                backend_name()
            );
            actix_web::rt::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

/// Checks the request as a push service does (RFC 8292): `Authorization: vapid t=JWT, k=KEY`
/// with `k` the server's public key, the JWT signed with ES256 by that key, `aud` the
/// endpoint's origin, `exp` in the next 24 hours and `sub` a mailto: or https: contact.
/// Returns the JWT's claims.
pub fn verify_vapid(req: &Received, server_key: &str, origin: &str) -> Value {
    let header = req
        .headers
        .get("authorization")
        .expect("an Authorization header");
    let params = header
        .strip_prefix("vapid ")
        .unwrap_or_else(|| panic!("the vapid scheme: {header}"));
    let mut t = None;
    let mut k = None;
    for part in params.split(',') {
        let (name, value) = part.trim().split_once('=').expect("name=value");
        match name {
            "t" => t = Some(value.to_owned()),
            "k" => k = Some(value.to_owned()),
            _ => {}
        }
    }
    let (t, k) = (t.expect("t="), k.expect("k="));
    assert_eq!(k, server_key, "k is the server's VAPID public key");

    let mut parts = t.split('.');
    let (h, p, s) = (
        parts.next().unwrap(),
        parts.next().unwrap(),
        parts.next().unwrap(),
    );
    assert!(parts.next().is_none(), "a JWS in compact form");
    let jose: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(h).unwrap()).unwrap();
    assert_eq!(jose["alg"], "ES256", "{jose}");
    let key = p256::ecdsa::VerifyingKey::from_sec1_bytes(&URL_SAFE_NO_PAD.decode(&k).unwrap())
        .expect("k is a P-256 point");
    let signature =
        p256::ecdsa::Signature::from_slice(&URL_SAFE_NO_PAD.decode(s).unwrap()).expect("r||s");
    key.verify(format!("{h}.{p}").as_bytes(), &signature)
        .expect("the JWT is signed by the server's key");

    let claims: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(p).unwrap()).unwrap();
    assert_eq!(claims["aud"], origin, "aud is the push service's origin");
    let exp = claims["exp"].as_i64().expect("exp");
    let now = Utc::now().timestamp();
    assert!(
        exp > now && exp <= now + 24 * 3600,
        "exp within 24 h: {exp} vs {now}"
    );
    let sub = claims["sub"].as_str().expect("sub");
    assert!(
        sub.starts_with("mailto:") || sub.starts_with("https://"),
        "sub: {sub}"
    );
    claims
}

/// Checks the framing headers and decrypts: the notification JSON as the phone sees it.
pub fn open(req: &Received, phone: &TestSubscriber) -> Value {
    assert_eq!(
        req.headers.get("content-encoding").map(String::as_str),
        Some("aes128gcm")
    );
    assert!(req.headers.contains_key("ttl"), "a TTL header");
    assert!(req.body.len() <= 4096, "{} bytes", req.body.len());
    let plaintext = phone.decrypt(&req.body);
    assert!(plaintext.len() <= 3800, "{} bytes", plaintext.len());
    serde_json::from_slice(&plaintext).expect("the plaintext is JSON")
}

// --- helpers over the API ---

async fn public_key(app: &TestApp) -> String {
    let (status, body) = app
        .request(Method::GET, "/api/v1/push/public-key", None, None)
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body["public_key"].as_str().unwrap().to_owned()
}

/// A phone of the participant, its session-day reminders off (so only what a test sends
/// arrives, whatever the time of day).
/// The demo therapist's token, a new participant and the token of a phone enrolled for them.
async fn a_person_with_a_phone(app: &TestApp) -> (String, String, String) {
    let therapist = app.token(THERAPIST).await;
    let person_id = app.a_participant(&therapist).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let phone = a_phone(app, &therapist, &person_id).await;
    (therapist, person_id, phone)
}

async fn a_phone(app: &TestApp, therapist: &str, participant_id: &str) -> String {
    let phone = app.enroll_phone(therapist, participant_id).await;
    let token = phone["access_token"].as_str().unwrap().to_owned();
    let (status, body) = app
        .request(
            Method::PUT,
            "/api/v1/me/reminder",
            Some(&token),
            Some(json!({"daily_time": null, "session_days": false})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    token
}

async fn subscribe(app: &TestApp, phone: &str, endpoint: &str, keys: &TestSubscriber) {
    let (status, body) = app
        .request(
            Method::PUT,
            "/api/v1/me/push-subscription",
            Some(phone),
            Some(json!({"endpoint": endpoint, "expirationTime": null,
                "keys": {"p256dh": keys.p256dh(), "auth": keys.auth()}})),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
}

async fn recognize(app: &TestApp, staff: &str, participant_id: &str, message: &str) -> Value {
    let (status, body) = app
        .post(
            &format!("/api/v1/participants/{participant_id}/recognitions"),
            Some(staff),
            json!({"message": message}),
        )
        .await;
    assert_eq!(status, StatusCode::ACCEPTED, "{body}");
    body
}

fn subscription_endpoints(app: &TestApp, participant_id: &str) -> Vec<String> {
    let db = app.database();
    let mut conn = db.conn().unwrap();
    let mut endpoints: Vec<String> = push_subscriptions::table
        .filter(push_subscriptions::participant_id.eq(participant_id))
        .select(push_subscriptions::endpoint)
        .load(&mut *conn)
        .unwrap();
    endpoints.sort();
    endpoints
}

// --- the tests ---

#[actix_web::test]
async fn the_job_runner_sends_the_daily_reminder_signed_and_encrypted() {
    let app = TestApp::spawn().await;
    let service = PushService::start().await;
    let therapist = app.token(THERAPIST).await;
    let person = app.a_participant(&therapist).await;
    let person_id = person["id"].as_str().unwrap();
    let phone_session = app.enroll_phone(&therapist, person_id).await;
    let phone = phone_session["access_token"].as_str().unwrap();
    let keys = TestSubscriber::new();
    subscribe(&app, phone, &service.endpoint("daily"), &keys).await;

    // Nothing is chosen at first; session days are on by default.
    let (_, reminder) = app.get("/api/v1/me/reminder", phone).await;
    assert_eq!(reminder, json!({"daily_time": null, "session_days": true}));

    // The participant chooses this very minute (Japan time); the reminder comes at once.
    if Utc::now().second() >= 55 {
        actix_web::rt::time::sleep(Duration::from_secs(6)).await;
    }
    let now_in_tokyo = Utc::now() + chrono::Duration::hours(9);
    let chosen = now_in_tokyo.format("%H:%M").to_string();
    let (status, saved) = app
        .request(
            Method::PUT,
            "/api/v1/me/reminder",
            Some(phone),
            Some(json!({"daily_time": chosen, "session_days": false})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(saved, json!({"daily_time": chosen, "session_days": false}));
    let (_, reminder) = app.get("/api/v1/me/reminder", phone).await;
    assert_eq!(reminder, saved);

    let got = service.wait_for("daily", 1).await;
    let claims = verify_vapid(&got[0], &public_key(&app).await, &service.origin());
    assert_eq!(claims["sub"], "mailto:dekita-test@example.jp");
    let shown = open(&got[0], &keys);
    assert_eq!(
        shown,
        json!({
            "title": "今日の体操",
            "body": "今日の体操の時間です。できる範囲で、ゆっくりどうぞ。",
            "url": "/#/",
            "tag": "daily-reminder",
        })
    );

    // The stand-in is no rubber stamp: a changed byte, another signer or another audience
    // fails, as at a real push service.
    let server_key = public_key(&app).await;
    let mut tampered = got[0].clone();
    let last = tampered.body.len() - 1;
    tampered.body[last] ^= 1;
    assert!(std::panic::catch_unwind(|| open(&tampered, &keys)).is_err());
    assert!(std::panic::catch_unwind(|| open(&got[0], &TestSubscriber::new())).is_err());
    let mut forged = got[0].clone();
    let auth = forged.headers["authorization"].clone();
    // One character in the middle of the signature, changed.
    let at = auth.find(", k=").unwrap() - 20;
    let other = if &auth[at..=at] == "A" { "B" } else { "A" };
    forged.headers.insert(
        "authorization".into(),
        format!("{}{other}{}", &auth[..at], &auth[at + 1..]),
    );
    let origin = service.origin();
    assert!(std::panic::catch_unwind(|| verify_vapid(&forged, &server_key, &origin)).is_err());
    let other_key = TestSubscriber::new().p256dh();
    assert!(std::panic::catch_unwind(|| verify_vapid(&got[0], &other_key, &origin)).is_err());
    assert!(
        std::panic::catch_unwind(|| verify_vapid(&got[0], &server_key, "http://127.0.0.1"))
            .is_err()
    );

    // Once a day: the scheduler keeps running but the day's reminder is queued once.
    actix_web::rt::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(service.received("daily").len(), 1);
    let db = app.database();
    let mut conn = db.conn().unwrap();
    let key = format!("daily:{person_id}:{}", now_in_tokyo.format("%Y-%m-%d"));
    let done: Vec<(String, Option<chrono::NaiveDateTime>)> = jobs::table
        .filter(jobs::dedupe_key.eq(&key))
        .select((jobs::kind, jobs::done_at))
        .load(&mut *conn)
        .unwrap();
    assert_eq!(done.len(), 1, "{key}");
    assert!(done[0].1.is_some(), "the reminder job is done");
}

#[actix_web::test]
async fn a_word_of_recognition_arrives_in_the_staff_members_name() {
    let app = TestApp::spawn().await;
    let service = PushService::start().await;
    let nurse = app.sign_in(NURSE).await;
    let nurse_token = nurse["access_token"].as_str().unwrap();
    let nurse_name = nurse["user"]["name"].as_str().unwrap();
    let (_, person_id, phone) = a_person_with_a_phone(&app).await;
    let keys = TestSubscriber::new();
    subscribe(&app, &phone, &service.endpoint("recognition"), &keys).await;

    let message = "毎日の記録、拝見しています。続けていらっしゃること、すばらしいです。";
    let sent = recognize(&app, nurse_token, &person_id, message).await;
    assert_eq!(sent["body"], format!("{nurse_name}さんから：{message}"));

    let got = service.wait_for("recognition", 1).await;
    verify_vapid(&got[0], &public_key(&app).await, &service.origin());
    let shown = open(&got[0], &keys);
    assert_eq!(shown["title"], format!("{nurse_name}さんから"));
    assert_eq!(shown["body"], format!("{nurse_name}さんから：{message}"));
    assert_eq!(
        shown["tag"],
        format!("recognition-{}", sent["id"].as_str().unwrap())
    );

    // Words are checked: none, or more than 200 characters, are refused.
    for bad in [String::new(), "  ".into(), "あ".repeat(201)] {
        let (status, body) = app
            .post(
                &format!("/api/v1/participants/{person_id}/recognitions"),
                Some(nurse_token),
                json!({"message": bad}),
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    }
    recognize(&app, nurse_token, &person_id, &"あ".repeat(200)).await;
    let got = service.wait_for("recognition", 2).await;
    assert!(open(&got[1], &keys)["body"]
        .as_str()
        .unwrap()
        .ends_with(&"あ".repeat(200)));
}

#[actix_web::test]
async fn subscriptions_are_checked_replaced_and_removed() {
    let app = TestApp::spawn().await;
    let (_, person_id, phone) = a_person_with_a_phone(&app).await;
    let keys = TestSubscriber::new();
    let put = |body: Value| {
        let app = &app;
        let phone = phone.clone();
        async move {
            app.request(
                Method::PUT,
                "/api/v1/me/push-subscription",
                Some(&phone),
                Some(body),
            )
            .await
        }
    };
    // https only, except the loopback stand-in of the tests; real keys.
    for (endpoint, p256dh, auth) in [
        (
            "http://push.example.com/x".to_owned(),
            keys.p256dh(),
            keys.auth(),
        ),
        ("not a url".into(), keys.p256dh(), keys.auth()),
        // Only the browsers' push services: never an address inside the network.
        ("https://10.0.0.7/x".into(), keys.p256dh(), keys.auth()),
        ("https://localhost/x".into(), keys.p256dh(), keys.auth()),
        (
            "https://intranet.example/x".into(),
            keys.p256dh(),
            keys.auth(),
        ),
        (
            "https://fcm.googleapis.com.example/x".into(),
            keys.p256dh(),
            keys.auth(),
        ),
        (
            "https://fcm.googleapis.com/fcm/x".into(),
            "BAAA".into(),
            keys.auth(),
        ),
        (
            "https://fcm.googleapis.com/fcm/x".into(),
            keys.p256dh(),
            URL_SAFE_NO_PAD.encode([1u8; 8]),
        ),
    ] {
        let (status, body) =
            put(json!({"endpoint": endpoint, "keys": {"p256dh": p256dh, "auth": auth}})).await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{endpoint}: {body}"
        );
        assert_eq!(body["error"], "validation");
    }
    assert!(subscription_endpoints(&app, &person_id).is_empty());

    let endpoint = "https://fcm.googleapis.com/fcm/send/abc";
    let (status, _) =
        put(json!({"endpoint": endpoint, "keys": {"p256dh": keys.p256dh(), "auth": keys.auth()}}))
            .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    // The browser renews its keys: the same endpoint is replaced, not doubled.
    let renewed = TestSubscriber::new();
    let (status, _) = put(
        json!({"endpoint": endpoint, "keys": {"p256dh": renewed.p256dh(), "auth": renewed.auth()}}),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert_eq!(subscription_endpoints(&app, &person_id), vec![endpoint]);

    let (status, _) = app
        .request(
            Method::DELETE,
            "/api/v1/me/push-subscription",
            Some(&phone),
            Some(json!({"endpoint": endpoint})),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert!(subscription_endpoints(&app, &person_id).is_empty());

    // Reminder times are HH:MM.
    for bad in ["7:30", "24:00", "朝"] {
        let (status, body) = app
            .request(
                Method::PUT,
                "/api/v1/me/reminder",
                Some(&phone),
                Some(json!({"daily_time": bad, "session_days": true})),
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}: {body}");
    }
}

#[actix_web::test]
async fn a_push_service_that_says_gone_loses_that_subscription_only() {
    let app = TestApp::spawn().await;
    let service = PushService::start().await;
    let (therapist, person_id, phone) = a_person_with_a_phone(&app).await;
    let keys = TestSubscriber::new();
    for name in ["gone", "missing", "alive"] {
        subscribe(&app, &phone, &service.endpoint(name), &keys).await;
    }
    service.answer("gone", 410, None);
    service.answer("missing", 404, None);

    recognize(&app, &therapist, &person_id, "いつもありがとうございます。").await;
    for name in ["gone", "missing", "alive"] {
        let got = service.wait_for(name, 1).await;
        open(&got[0], &keys);
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while subscription_endpoints(&app, &person_id).len() > 1 {
        assert!(Instant::now() < deadline, "gone subscriptions are removed");
        actix_web::rt::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(
        subscription_endpoints(&app, &person_id),
        vec![service.endpoint("alive")]
    );

    // The next notification goes to the one that is left, and the others hear nothing more.
    recognize(&app, &therapist, &person_id, "また来週お会いしましょう。").await;
    service.wait_for("alive", 2).await;
    actix_web::rt::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(service.received("gone").len(), 1);
    assert_eq!(service.received("missing").len(), 1);
}

#[actix_web::test]
async fn a_busy_push_service_is_tried_again_after_retry_after_and_delivers_once() {
    let app = TestApp::spawn().await;
    let service = PushService::start().await;
    let (therapist, person_id, phone) = a_person_with_a_phone(&app).await;
    let keys = TestSubscriber::new();
    subscribe(&app, &phone, &service.endpoint("busy"), &keys).await;
    subscribe(&app, &phone, &service.endpoint("down"), &keys).await;
    service.answer("busy", 429, Some("2"));
    service.answer("down", 503, Some("1"));

    recognize(
        &app,
        &therapist,
        &person_id,
        "よく歩けるようになりましたね。",
    )
    .await;
    let busy = service.wait_for("busy", 2).await;
    let down = service.wait_for("down", 2).await;
    let waited = busy[1].at - busy[0].at;
    assert!(
        waited >= Duration::from_secs(2),
        "Retry-After: 2 was honoured: {waited:?}"
    );
    assert!(down[1].at - down[0].at >= Duration::from_secs(1));
    // Both tries carry the same words; after the success nothing more comes.
    for got in [&busy, &down] {
        assert_eq!(open(&got[0], &keys), open(&got[1], &keys));
        verify_vapid(&got[1], &public_key(&app).await, &service.origin());
    }
    actix_web::rt::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(service.received("busy").len(), 2);
    assert_eq!(service.received("down").len(), 2);
}

#[actix_web::test]
async fn a_job_left_by_a_crashed_server_is_sent_once_its_lease_runs_out() {
    let app = TestApp::spawn().await;
    let service = PushService::start().await;
    let (_, person_id, phone) = a_person_with_a_phone(&app).await;
    let keys = TestSubscriber::new();
    subscribe(&app, &phone, &service.endpoint("after-crash"), &keys).await;

    // Another server claimed this job and died: its lease has a second and a half to run.
    let db = app.database();
    let mut conn = db.conn().unwrap();
    let lease_until = dekita::db::now() + chrono::Duration::milliseconds(1500);
    let started = Instant::now();
    dekita::db::write(&mut conn, |conn| {
        let note = dekita::jobs::Notification {
            title: "テスト".into(),
            body: "止まったサーバーの続きです。".into(),
            url: "/#/".into(),
            tag: "crash-test".into(),
        };
        dekita::jobs::enqueue_notification(
            conn,
            &person_id.as_str().into(),
            &note,
            "test:crash",
            dekita::db::now(),
        )?;
        diesel::update(jobs::table.filter(jobs::dedupe_key.eq("test:crash")))
            .set((
                jobs::lease_owner.eq(Some("a-server-that-crashed")),
                jobs::lease_until.eq(Some(lease_until)),
                jobs::attempts.eq(1),
            ))
            .execute(conn)?;
        Ok(())
    })
    .unwrap();
    let got = service.wait_for("after-crash", 1).await;
    assert!(got[0].at - started >= Duration::from_millis(1400));
    assert_eq!(open(&got[0], &keys)["body"], "止まったサーバーの続きです。");
    actix_web::rt::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(service.received("after-crash").len(), 1);
}

#[actix_web::test]
async fn a_claim_is_exclusive_until_its_lease_runs_out() {
    // The runner of this app looks once at start and then not for an hour.
    let app = TestApp::builder().job_poll_ms(3_600_000).spawn().await;
    let therapist = app.token(THERAPIST).await;
    let person_id = dekita::domain::ids::ParticipantId::from(
        app.a_participant(&therapist).await["id"].as_str().unwrap(),
    );
    let db = app.database();
    let mut conn = db.conn().unwrap();
    use dekita::jobs::queue;
    let note = dekita::jobs::Notification {
        title: "t".into(),
        body: "b".into(),
        url: "/#/".into(),
        tag: "x".into(),
    };
    // A day ahead of the real clock, so the app's own runner never finds these due.
    let now = dekita::db::now() + chrono::Duration::days(1);
    for _ in 0..2 {
        // The same dedupe key twice is one job, inside a transaction or not.
        dekita::db::write(&mut conn, |conn| {
            dekita::jobs::enqueue_notification(conn, &person_id, &note, "test:lease", now)
        })
        .unwrap();
    }
    dekita::jobs::enqueue_notification(&mut conn, &person_id, &note, "test:lease", now).unwrap();
    let later = dekita::jobs::enqueue_notification(
        &mut conn,
        &person_id,
        &note,
        "test:later",
        now + chrono::Duration::hours(1),
    );
    later.unwrap();

    let first = queue::claim(&mut conn, "server-a", now).unwrap();
    assert_eq!(first.len(), 1, "only the due job, once");
    assert_eq!(first[0].dedupe_key, "test:lease");
    assert_eq!(first[0].attempts, 1);
    assert!(queue::claim(&mut conn, "server-b", now).unwrap().is_empty());
    let expired = now + queue::LEASE + chrono::Duration::seconds(1);
    let second = queue::claim(&mut conn, "server-b", expired).unwrap();
    assert_eq!(second.len(), 1, "claimable again once the lease ran out");
    assert_eq!(second[0].attempts, 2);
    // The server whose lease ran out can no longer finish it; the new holder can.
    assert!(!queue::finish(&mut conn, &first[0].id, "server-a", None).unwrap());
    assert!(queue::finish(&mut conn, &second[0].id, "server-b", None).unwrap());
    assert!(queue::claim(&mut conn, "server-c", expired + queue::LEASE)
        .unwrap()
        .iter()
        .all(|j| j.dedupe_key != "test:lease"));
}

#[actix_web::test]
async fn two_servers_on_one_database_send_each_notification_once() {
    let first = TestApp::spawn().await;
    let second = TestApp::builder().same_database_as(&first).spawn().await;
    let service = PushService::start().await;
    // One deployment, one key: both servers sign with it.
    let key = public_key(&first).await;
    assert_eq!(key, public_key(&second).await);
    assert_eq!(URL_SAFE_NO_PAD.decode(&key).unwrap().len(), 65);

    let therapist = first.token(THERAPIST).await;
    let person_id = first.a_participant(&therapist).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let phone = a_phone(&first, &therapist, &person_id).await;
    let keys = TestSubscriber::new();
    subscribe(&second, &phone, &service.endpoint("shared"), &keys).await;

    let count = 12;
    let mut expected = HashSet::new();
    for i in 0..count {
        let app = if i % 2 == 0 { &first } else { &second };
        let sent = recognize(
            app,
            &therapist,
            &person_id,
            &format!("{i}回目のメッセージです。"),
        )
        .await;
        expected.insert(sent["body"].as_str().unwrap().to_owned());
    }
    let got = service.wait_for("shared", count).await;
    // Both servers keep polling for a while: nothing is sent twice.
    actix_web::rt::time::sleep(Duration::from_millis(1500)).await;
    let got_after = service.received("shared");
    assert_eq!(got_after.len(), count, "[{}]", backend_name());
    let bodies: HashSet<String> = got
        .iter()
        .map(|r| {
            verify_vapid(r, &key, &service.origin());
            open(r, &keys)["body"].as_str().unwrap().to_owned()
        })
        .collect();
    assert_eq!(bodies, expected);
}

#[actix_web::test]
async fn a_vapid_subject_push_services_would_refuse_stops_the_start() {
    let data_dir = tempfile::tempdir().unwrap();
    for subject in [
        "it@city.example.jp",
        "http://city.example.jp",
        "mailto:",
        "mailto:it@localhost",
    ] {
        let config = dekita::config::Config {
            bind: "127.0.0.1:0".into(),
            data_dir: data_dir.path().to_path_buf(),
            database_url: None,
            demo: false,
            public_url: None,
            access_token_minutes: 15,
            signin_burst: 10,
            signin_period_secs: 60,
            two_factor_burst: 5,
            two_factor_period_secs: 60,
            vapid_subject: Some(subject.into()),
            push_contact: dekita::config::DEFAULT_PUSH_CONTACT.into(),
            job_poll_ms: 1000,
            push_allow_loopback_http: false,
            push_services: dekita::push::DEFAULT_PUSH_SERVICES.into(),
            media_store: None,
            photo_decodes: dekita::media::DEFAULT_DECODES_AT_ONCE,
            photo_wait_secs: dekita::media::DEFAULT_WAIT_SECS,
        };
        let refused = dekita::startup::Application::build(config)
            .await
            .err()
            .unwrap_or_else(|| panic!("{subject} is refused"))
            .to_string();
        assert!(
            refused.contains("--vapid-subject") && refused.contains("mailto:"),
            "{refused}"
        );
    }
}
