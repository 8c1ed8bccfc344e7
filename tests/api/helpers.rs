//! Starts the real server on a free port against a fresh database: an SQLite file in a temp
//! folder, or — when `DEKITA_TEST_DATABASE_URL` names a PostgreSQL server — a new database on it.

use dekita::config::Config;
use dekita::startup::Application;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

pub const PASSWORD: &str = "dekita-demo-2026";
pub const THERAPIST: &str = "therapist@hidamari.example";
pub const NURSE: &str = "nurse@hidamari.example";
pub const CARE_MANAGER: &str = "care-manager@hidamari.example";
pub const COORDINATOR: &str = "coordinator@hidamari.example";
pub const ADMIN: &str = "admin@hidamari.example";
pub const OTHER_TOWN: &str = "therapist@other-town.example";
pub const OTHER_PROVIDER: &str = "therapist@kenko.hidamari.example";

pub struct TestApp {
    pub url: String,
    pub client: reqwest::Client,
    pub data_dir: tempfile::TempDir,
    pub database_url: Option<String>,
    /// Where this server keeps pictures.
    pub media_store: dekita::media::StoreKind,
    /// The running server's state (e.g. to hold a turn to decode photos).
    pub state: actix_web::web::Data<dekita::state::AppState>,
}

/// Which backend this run of the suite uses, for messages.
/// One figure of an outcome-figures answer, by its key.
pub fn figure<'a>(report: &'a Value, key: &str) -> &'a Value {
    report["figures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["key"] == key)
        .unwrap_or_else(|| panic!("no figure {key} in {report}"))
}

/// A count in an answer.
pub fn n(v: &Value) -> i64 {
    v.as_i64().unwrap_or_else(|| panic!("not a number: {v}"))
}

pub fn backend_name() -> &'static str {
    if std::env::var("DEKITA_TEST_DATABASE_URL").is_ok() {
        "postgres"
    } else {
        "sqlite"
    }
}

pub fn fresh_postgres_database(admin_url: &str) -> String {
    use diesel::{Connection, RunQueryDsl};
    let name = format!("dekita_test_{}", uuid::Uuid::now_v7().simple());
    let mut conn =
        diesel::PgConnection::establish(admin_url).expect("connect to the test PostgreSQL");
    diesel::sql_query(format!("CREATE DATABASE {name}"))
        .execute(&mut conn)
        .expect("create a test database");
    let base = admin_url.rsplit_once('/').expect("a URL with a database").0;
    format!("{base}/{name}")
}

pub struct Builder {
    burst: u32,
    two_factor_burst: u32,
    job_poll_ms: u64,
    database_url: Option<String>,
    media_store: Option<String>,
    photo_decodes: usize,
    photo_wait_secs: u64,
    /// The server's today (Japan), when not the real one.
    today: Option<chrono::NaiveDate>,
    /// Load the demo (the default); off for a municipality set up from nothing.
    demo: bool,
}

impl TestApp {
    /// The demo municipality, ready to use.
    pub async fn spawn() -> TestApp {
        TestApp::builder().spawn().await
    }

    pub fn builder() -> Builder {
        Builder {
            demo: true,
            today: None,
            burst: 10_000,
            two_factor_burst: 10_000,
            media_store: None,
            job_poll_ms: 100,
            database_url: None,
            photo_decodes: dekita::media::DEFAULT_DECODES_AT_ONCE,
            photo_wait_secs: dekita::media::DEFAULT_WAIT_SECS,
        }
    }

    pub async fn request(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> (StatusCode, Value) {
        self.request_with(method, path, token, body, &[]).await
    }

    /// A request with extra headers (e.g. `If-Match`).
    pub async fn request_with(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
        headers: &[(&str, String)],
    ) -> (StatusCode, Value) {
        let mut req = self.client.request(method, format!("{}{}", self.url, path));
        for (name, value) in headers {
            req = req.header(*name, value);
        }
        if let Some(token) = token {
            req = req.bearer_auth(token);
        }
        if let Some(body) = body {
            req = req.json(&body);
        }
        let res = req.send().await.expect("request reaches the server");
        let status = res.status();
        let text = res.text().await.expect("a body");
        let value = if text.is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&text).unwrap_or(Value::String(text))
        };
        (status, value)
    }

    /// A handle on the app's database, for looking behind the API.
    pub fn database(&self) -> dekita::db::Database {
        let location = match &self.database_url {
            Some(url) => dekita::db::Location::parse(url).expect("a database URL"),
            None => dekita::db::Location::SqliteFile(self.data_dir.path().join("dekita.sqlite3")),
        };
        dekita::db::Database::open(location).expect("the app's database opens")
    }

    pub async fn get(&self, path: &str, token: &str) -> (StatusCode, Value) {
        self.request(Method::GET, path, Some(token), None).await
    }

    pub async fn post(&self, path: &str, token: Option<&str>, body: Value) -> (StatusCode, Value) {
        self.request(Method::POST, path, token, Some(body)).await
    }

    /// Signs a demo staff member in; returns the whole token response.
    pub async fn sign_in(&self, email: &str) -> Value {
        let (status, body) = self
            .post(
                "/api/v1/auth/login",
                None,
                json!({"email": email, "password": PASSWORD}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "sign-in of {email}: {body}");
        body
    }

    pub async fn token(&self, email: &str) -> String {
        self.sign_in(email).await["access_token"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// A participant of the demo municipality who is visible to the demo therapist.
    pub async fn a_participant(&self, therapist_token: &str) -> Value {
        let (status, list) = self.get("/api/v1/participants", therapist_token).await;
        assert_eq!(status, StatusCode::OK);
        list.as_array()
            .unwrap()
            .iter()
            .find(|p| p["status"] == "enrolled")
            .cloned()
            .expect("an enrolled participant")
    }

    /// Saves a versioned document with `If-Match: "version"`.
    pub async fn put_versioned(
        &self,
        path: &str,
        token: &str,
        version: i64,
        body: Value,
    ) -> (StatusCode, Value) {
        self.request_with(
            Method::PUT,
            path,
            Some(token),
            Some(body),
            &[("If-Match", format!("\"{version}\""))],
        )
        .await
    }

    /// Registers a new person (referred, no schedule yet) as the care manager, so every
    /// reading role of the demo provider and the 包括 can see them.
    pub async fn a_new_participant(&self, family_name: &str) -> Value {
        let care_manager = self.token(CARE_MANAGER).await;
        let (_, cohorts) = self.get("/api/v1/cohorts", &care_manager).await;
        let (status, created) = self
            .post(
                "/api/v1/participants",
                Some(&care_manager),
                json!({"family_name": family_name, "given_name": "花子", "family_name_kana": "てすと",
                    "given_name_kana": "はなこ", "birth_date": "1944-05-05", "sex": "female",
                    "cohort_id": cohorts[0]["id"]}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        created
    }

    /// Issues a code as the therapist and enrolls a phone with it; returns the token response.
    pub async fn enroll_phone(&self, therapist_token: &str, participant_id: &str) -> Value {
        let (status, code) = self
            .post(
                &format!("/api/v1/participants/{participant_id}/enrollment-codes"),
                Some(therapist_token),
                json!({}),
            )
            .await;
        assert_eq!(status, StatusCode::CREATED, "{code}");
        let (status, session) = self
            .post(
                "/api/v1/enroll",
                None,
                json!({"code": code["code"], "device_label": "テスト端末"}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{session}");
        session
    }
}

impl Builder {
    pub fn signin_burst(mut self, burst: u32) -> Self {
        self.burst = burst;
        self
    }

    /// Second-factor code attempts allowed at once per account.
    pub fn two_factor_burst(mut self, burst: u32) -> Self {
        self.two_factor_burst = burst;
        self
    }

    /// How often the job runner looks for work (tests want it quick).
    pub fn job_poll_ms(mut self, ms: u64) -> Self {
        self.job_poll_ms = ms;
        self
    }

    /// A second app server on the same database as `other` (PostgreSQL, or the same SQLite
    /// file), as when several servers share one database.
    pub fn same_database_as(mut self, other: &TestApp) -> Self {
        self.database_url = Some(other.database_url.clone().unwrap_or_else(|| {
            format!(
                "sqlite://{}",
                other.data_dir.path().join("dekita.sqlite3").display()
            )
        }));
        self
    }

    /// A server whose clock says `today` (Japan): a second server "three weeks ago" on the same
    /// database makes a person three weeks into the program without waiting.
    pub fn today(mut self, today: chrono::NaiveDate) -> Self {
        self.today = Some(today);
        self
    }

    /// Without the demo: an empty database, or one `dekita init` prepared.
    pub fn without_demo(mut self) -> Self {
        self.demo = false;
        self
    }

    /// A server on this database (`postgres://…` or `sqlite://…`).
    pub fn database_url(mut self, url: &str) -> Self {
        self.database_url = Some(url.to_owned());
        self
    }

    /// `directory` or `database` instead of the backend's default.
    pub fn media_store(mut self, store: &str) -> Self {
        self.media_store = Some(store.to_owned());
        self
    }

    /// How many photos are decoded at once, and how long an upload waits for its turn.
    pub fn photo_decodes(mut self, at_once: usize, wait_secs: u64) -> Self {
        self.photo_decodes = at_once;
        self.photo_wait_secs = wait_secs;
        self
    }

    pub async fn spawn(self) -> TestApp {
        let data_dir = tempfile::tempdir().expect("a temp dir");
        let database_url = self.database_url.or_else(|| {
            std::env::var("DEKITA_TEST_DATABASE_URL")
                .ok()
                .map(|admin| fresh_postgres_database(&admin))
        });
        let config = Config {
            bind: "127.0.0.1:0".into(),
            data_dir: data_dir.path().to_path_buf(),
            database_url: database_url.clone(),
            demo: self.demo,
            public_url: None,
            access_token_minutes: 15,
            signin_burst: self.burst,
            signin_period_secs: 60,
            two_factor_burst: self.two_factor_burst,
            two_factor_period_secs: 60,
            vapid_subject: Some("mailto:dekita-test@example.jp".into()),
            push_contact: dekita::config::DEFAULT_PUSH_CONTACT.into(),
            job_poll_ms: self.job_poll_ms,
            push_allow_loopback_http: true,
            push_services: dekita::push::DEFAULT_PUSH_SERVICES.into(),
            media_store: self.media_store.clone(),
            photo_decodes: self.photo_decodes,
            photo_wait_secs: self.photo_wait_secs,
        };
        let media_store = dekita::media::StoreKind::choose(
            self.media_store.as_deref(),
            config.location().expect("a database location").backend(),
        )
        .expect("a known media store");
        let clock = match self.today {
            Some(day) => dekita::clock::Clock::on(day),
            None => dekita::clock::Clock::system(),
        };
        let app = Application::build_with_clock(config, clock)
            .await
            .expect("the server starts");
        let url = format!("http://{}", app.addr());
        let state = app.state();
        actix_web::rt::spawn(app.run());
        TestApp {
            url,
            client: reqwest::Client::new(),
            data_dir,
            database_url,
            media_store,
            state,
        }
    }
}

/// A small real JPEG (a colour gradient).
pub fn a_jpeg(width: u32, height: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([
            (x * 255 / width.max(1)) as u8,
            (y * 255 / height.max(1)) as u8,
            120,
        ])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .encode_image(&img)
        .expect("encode a JPEG");
    out
}
