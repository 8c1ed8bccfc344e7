//! A municipality from nothing, without the demo: `dekita init` (the real binary) on an empty
//! database, the administrator's set-up link, a provider, a cohort and a therapist through the
//! API; the therapist accepts the invitation, signs in and registers a participant. And a
//! deactivated staff member stops at once.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::helpers::*;

const ADMIN_EMAIL: &str = "admin@sakura-town.example";
const THERAPIST_EMAIL: &str = "pt@sakura-town.example";
const NEW_PASSWORD: &str = "sakura-town-2026-first";

/// A fresh, empty database: a new SQLite file, or a new database on the test PostgreSQL.
fn empty_database(dir: &std::path::Path) -> String {
    match std::env::var("DEKITA_TEST_DATABASE_URL") {
        Ok(admin) => fresh_postgres_database(&admin),
        Err(_) => format!("sqlite://{}", dir.join("dekita.sqlite3").display()),
    }
}

fn dekita_init(database_url: &str, extra: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_dekita"))
        .args([
            "init",
            "--database-url",
            database_url,
            "--public-url",
            "https://dekita.sakura-town.example",
            "--municipality-code",
            "sakura-town",
            "--municipality-name",
            "さくら町",
            "--admin-name",
            "管理 一郎",
            "--admin-email",
        ])
        .arg(ADMIN_EMAIL)
        .args(extra)
        .env("RUST_LOG", "warn")
        .output()
        .expect("dekita init runs")
}

/// The token of the one-time link `init` printed.
fn token_of(stdout: &str) -> String {
    let line = stdout
        .lines()
        .find(|l| l.starts_with("https://dekita.sakura-town.example/#/welcome/"))
        .unwrap_or_else(|| panic!("a set-up link in: {stdout}"));
    line.rsplit('/').next().unwrap().to_owned()
}

fn token_of_url(url: &Value) -> String {
    url.as_str()
        .expect("a link")
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned()
}

async fn accept(app: &TestApp, token: &str) -> (StatusCode, Value) {
    app.post(
        "/api/v1/staff-links/accept",
        None,
        json!({"token": token, "password": NEW_PASSWORD}),
    )
    .await
}

#[actix_web::test]
async fn a_municipality_from_nothing_to_a_therapist_registering_a_participant() {
    let dir = tempfile::tempdir().unwrap();
    let url = empty_database(dir.path());

    let first = dekita_init(&url, &[]);
    let stdout = String::from_utf8_lossy(&first.stdout).to_string();
    assert!(
        first.status.success(),
        "init: {stdout} {}",
        String::from_utf8_lossy(&first.stderr)
    );
    let token = token_of(&stdout);
    assert!(token.len() >= 40, "a long random token");

    // Twice is refused: no second administrator made silently.
    let again = dekita_init(&url, &[]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("--additional-admin"));

    // Only a hash of the token is stored.
    let app = TestApp::builder()
        .without_demo()
        .database_url(&url)
        .spawn()
        .await;
    {
        use dekita::db::schema::staff_links;
        use diesel::prelude::*;
        let db = app.database();
        let mut conn = db.conn().unwrap();
        let stored: Vec<String> = staff_links::table
            .select(staff_links::token_hash)
            .load(&mut *conn)
            .unwrap();
        assert_eq!(stored.len(), 1);
        assert_ne!(stored[0], token);
        assert_eq!(stored[0], dekita::db::tokens::hash(&token));
    }

    // The administrator opens the link, sees who it is for, and sets a password.
    let (status, info) = app
        .post("/api/v1/staff-links/lookup", None, json!({"token": token}))
        .await;
    assert_eq!(status, StatusCode::OK, "{info}");
    assert_eq!(info["email"], ADMIN_EMAIL);
    assert_eq!(info["role"], "municipality_admin");
    assert_eq!(info["purpose"], "setup");
    assert_eq!(info["municipality_name"], "さくら町");
    let (status, short) = app
        .post(
            "/api/v1/staff-links/accept",
            None,
            json!({"token": token, "password": "short"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{short}");
    let (status, session) = accept(&app, &token).await;
    assert_eq!(status, StatusCode::OK, "{session}");
    let admin = session["access_token"].as_str().unwrap().to_owned();
    assert!(session["user"]["capabilities"]
        .as_array()
        .unwrap()
        .contains(&json!("manage_providers")));
    // The link works once.
    let (status, _) = accept(&app, &token).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // A provider, and a cohort with its day, time, place and transport.
    let (status, provider) = app
        .post(
            "/api/v1/providers",
            Some(&admin),
            json!({"name": "さくら町 デイサービスセンター", "address": "さくら町1-2-3",
                   "phone": "000-000-0000", "kind": "both"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{provider}");
    let provider_id = provider["id"].as_str().unwrap().to_owned();
    let today = chrono::Utc::now().date_naive();
    let cohort_body = |name: &str| {
        json!({"provider_id": provider_id, "name": name,
           "starts_on": today - chrono::Days::new(7), "ends_on": today + chrono::Days::new(180),
           "capacity": 10, "room_area_m2": 40.0, "weekday": 2, "starts_at": "10:00", "ends_at": "11:30",
           "venue": "さくら町 公民館 2階", "transport": true, "meeting_point": "町役場 正面玄関",
           "home_visits": [1, 12]})
    };
    let (status, refused) = app
        .post(
            "/api/v1/cohorts",
            Some(&admin),
            json!({"provider_id": provider_id, "name": "送迎の場所なし",
               "starts_on": today, "ends_on": today + chrono::Days::new(90),
               "capacity": 10, "room_area_m2": 40.0, "weekday": 2, "starts_at": "10:00",
               "ends_at": "11:30", "venue": "公民館", "transport": true}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    let (status, cohort) = app
        .post(
            "/api/v1/cohorts",
            Some(&admin),
            cohort_body("2026年度 さくら元気教室"),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{cohort}");
    assert_eq!(cohort["starts_at"], "10:00");
    assert_eq!(cohort["venue"], "さくら町 公民館 2階");
    assert_eq!(cohort["home_visits"], json!([1, 12]));
    // Half a year of Tuesdays holds at least one closed day (a holiday or 年末年始) or none —
    // what matters is that each one named is a Tuesday.
    for day in cohort["closed_days"].as_array().unwrap() {
        let date: chrono::NaiveDate = day["date"].as_str().unwrap().parse().unwrap();
        assert_eq!(chrono::Datelike::weekday(&date), chrono::Weekday::Tue);
        assert!(!day["name"].as_str().unwrap().is_empty());
    }
    let cohort_id = cohort["id"].as_str().unwrap().to_owned();
    let (status, holidays) = app
        .get(
            "/api/v1/closed-days?from=2026-09-01&to=2026-10-31&weekday=1",
            &admin,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        holidays,
        json!([{"date": "2026-09-21", "name": "敬老の日"}, {"date": "2026-10-12", "name": "スポーツの日"}])
    );

    // A therapist is invited; the link is shown to the administrator.
    let (status, missing_provider) = app
        .post(
            "/api/v1/staff",
            Some(&admin),
            json!({"name": "理学 花子", "email": THERAPIST_EMAIL, "role": "therapist"}),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{missing_provider}"
    );
    let (status, invited) = app
        .post(
            "/api/v1/staff",
            Some(&admin),
            json!({"name": "理学 花子", "email": THERAPIST_EMAIL, "role": "therapist", "provider_id": provider_id}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{invited}");
    assert_eq!(invited["staff"]["status"], "invited");
    let therapist_id = invited["staff"]["id"].as_str().unwrap().to_owned();
    let (status, dup) = app
        .post(
            "/api/v1/staff",
            Some(&admin),
            json!({"name": "二重", "email": THERAPIST_EMAIL, "role": "nurse", "provider_id": provider_id}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{dup}");
    // Before accepting, the therapist cannot sign in at all.
    let (status, _) = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"email": THERAPIST_EMAIL, "password": ""}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let invitation = token_of_url(&invited["link"]["url"]);
    let (status, accepted) = accept(&app, &invitation).await;
    assert_eq!(status, StatusCode::OK, "{accepted}");
    let (status, signed) = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"email": THERAPIST_EMAIL, "password": NEW_PASSWORD}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{signed}");
    let therapist = signed["access_token"].as_str().unwrap().to_owned();
    assert_eq!(
        signed["user"]["provider_name"],
        "さくら町 デイサービスセンター"
    );

    // The therapist registers a participant in the new cohort.
    let (status, person) = app
        .post(
            "/api/v1/participants",
            Some(&therapist),
            json!({"family_name": "初回", "given_name": "春子", "family_name_kana": "しょかい",
                   "given_name_kana": "はるこ", "birth_date": "1945-04-01", "sex": "female",
                   "cohort_id": cohort_id}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{person}");
    let (_, list) = app.get("/api/v1/participants", &therapist).await;
    assert_eq!(list.as_array().unwrap().len(), 1);

    // The schedule starts from the cohort's 訪問 sessions: the form is offered them, and a
    // schedule made without a choice of its own holds sessions 1 and 12 at home.
    let person_id = person["id"].as_str().unwrap().to_owned();
    let sessions_url = format!("/api/v1/participants/{person_id}/sessions");
    let (status, program) = app.get(&sessions_url, &therapist).await;
    assert_eq!(status, StatusCode::OK, "{program}");
    assert_eq!(program["home_visits_default"], json!([1, 12]));
    let (status, program) = app
        .post(
            &sessions_url,
            Some(&therapist),
            json!({"first_date": today + chrono::Days::new(2)}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{program}");
    let at_home: Vec<u64> = program["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["kind"] == "home")
        .map(|s| s["number"].as_u64().unwrap())
        .collect();
    assert_eq!(at_home, vec![1, 12], "{program}");

    // The staff list shows the therapist as active; the audit log has the administration.
    let (_, staff) = app.get("/api/v1/municipality/staff", &admin).await;
    let row = staff
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == therapist_id.as_str())
        .unwrap();
    assert_eq!(row["status"], "active");
    assert_eq!(row["two_factor_enabled"], false);
    let (_, audit) = app.get("/api/v1/audit?action=staff.", &admin).await;
    let actions: Vec<&str> = audit
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(actions.contains(&"staff.invite"), "{actions:?}");
    assert!(
        actions.contains(&"staff.invitation_accepted"),
        "{actions:?}"
    );
    assert!(actions.iter().all(|a| a.starts_with("staff.")));

    // The CSV opens in Excel: UTF-8 with a byte-order mark.
    let csv = app
        .client
        .get(format!("{}/api/v1/audit.csv", app.url))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(csv.status(), StatusCode::OK);
    assert!(csv.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/csv"));
    let bytes = csv.bytes().await.unwrap();
    assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF]);
    assert!(String::from_utf8_lossy(&bytes).contains("staff.invite"));

    // An explicit additional administrator is allowed.
    let more = std::process::Command::new(env!("CARGO_BIN_EXE_dekita"))
        .args([
            "init",
            "--database-url",
            &url,
            "--municipality-code",
            "sakura-town",
            "--municipality-name",
            "さくら町",
            "--admin-name",
            "管理 二郎",
            "--admin-email",
            "admin2@sakura-town.example",
            "--additional-admin",
        ])
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    assert!(
        more.status.success(),
        "{}",
        String::from_utf8_lossy(&more.stderr)
    );
}

#[actix_web::test]
async fn a_deactivated_staff_member_stops_at_once() {
    let app = TestApp::spawn().await;
    let admin = app.token(ADMIN).await;
    let session = app.sign_in(NURSE).await;
    let nurse = session["access_token"].as_str().unwrap().to_owned();
    let refresh = session["refresh_token"].as_str().unwrap().to_owned();
    let nurse_id = session["user"]["id"].as_str().unwrap().to_owned();
    let (status, _) = app.get("/api/v1/participants", &nurse).await;
    assert_eq!(status, StatusCode::OK);

    let (status, body) = app
        .post(
            &format!("/api/v1/staff/{nurse_id}/deactivate"),
            Some(&admin),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");

    // The access token still within its 15 minutes is refused on the very next request.
    let (status, _) = app.get("/api/v1/participants", &nurse).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = app.get("/api/v1/me", &nurse).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": refresh}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"email": NURSE, "password": PASSWORD}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (_, staff) = app.get("/api/v1/municipality/staff", &admin).await;
    let row = staff
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == nurse_id.as_str())
        .unwrap();
    assert_eq!(row["status"], "deactivated");

    // An administrator cannot stop themselves; another municipality's staff are not found.
    let admin_id = app.sign_in(ADMIN).await["user"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, _) = app
        .post(
            &format!("/api/v1/staff/{admin_id}/deactivate"),
            Some(&admin),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    let other = app.sign_in(OTHER_TOWN).await["user"]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, _) = app
        .post(
            &format!("/api/v1/staff/{other}/deactivate"),
            Some(&admin),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[actix_web::test]
async fn a_role_change_holds_at_the_next_request_and_a_reset_link_replaces_the_password() {
    let app = TestApp::spawn().await;
    let admin = app.token(ADMIN).await;
    let session = app.sign_in(CARE_MANAGER).await;
    let care = session["access_token"].as_str().unwrap().to_owned();
    let id = session["user"]["id"].as_str().unwrap().to_owned();
    let (status, changed) = app
        .request(
            Method::PUT,
            &format!("/api/v1/staff/{id}/role"),
            Some(&admin),
            Some(json!({"role": "coordinator"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{changed}");
    assert_eq!(changed["role"], "coordinator");
    let (_, me) = app.get("/api/v1/me", &care).await;
    assert_eq!(me["role"], "coordinator", "the same token, the new role");
    // The coordinator's capabilities, and none of the care manager's any more.
    let caps: Vec<&str> = me["capabilities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    let expected: Vec<&str> =
        dekita::domain::policy::capabilities(dekita::domain::role::Role::Coordinator)
            .into_iter()
            .map(|a| a.as_str())
            .collect();
    assert_eq!(caps, expected);
    assert!(!caps.contains(&"register_participant"));

    let (status, link) = app
        .post(
            &format!("/api/v1/staff/{id}/password-reset"),
            Some(&admin),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{link}");
    let (status, _) = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"email": CARE_MANAGER, "password": PASSWORD}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "the old password is gone");
    let (status, info) = app
        .post(
            "/api/v1/staff-links/lookup",
            None,
            json!({"token": token_of_url(&link["url"])}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(info["purpose"], "reset");
    let (status, _) = accept(&app, &token_of_url(&link["url"])).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"email": CARE_MANAGER, "password": NEW_PASSWORD}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
}

#[actix_web::test]
async fn settings_are_saved_on_one_page_and_checked() {
    let app = TestApp::spawn().await;
    let admin = app.token(ADMIN).await;
    let (status, settings) = app.get("/api/v1/municipality/settings", &admin).await;
    assert_eq!(status, StatusCode::OK, "{settings}");
    assert_eq!(settings["closed_days"], "12-29/01-03");
    let (status, saved) = app
        .request(
            Method::PUT,
            "/api/v1/municipality/settings",
            Some(&admin),
            Some(
                json!({"program_end_text": "12回で卒業です。卒業後は通いの場へ。",
                "staffing_rule": "kusatsu", "push_contact": "kenko@hidamari.example",
                "two_factor_required": false, "closed_days": "08-13/08-15, 12-29/01-03"}),
            ),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(saved["staffing_rule"], "kusatsu");
    assert_eq!(saved["closed_days"], "08-13/08-15,12-29/01-03");
    let (status, bad) = app
        .request(
            Method::PUT,
            "/api/v1/municipality/settings",
            Some(&admin),
            Some(
                json!({"program_end_text": "", "staffing_rule": "model", "push_contact": "",
                "two_factor_required": false, "closed_days": "年末"}),
            ),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
}

#[actix_web::test]
async fn the_municipalitys_staffing_rule_is_the_one_the_cohort_overview_checks() {
    let app = TestApp::spawn().await;
    let admin = app.token(ADMIN).await;
    let therapist = app.token(THERAPIST).await;
    let (_, cohorts) = app.get("/api/v1/cohorts", &therapist).await;
    let cohort = cohorts[0]["id"].as_str().unwrap().to_owned();
    // Eight places, a therapist and a nurse, no aide: enough for the model rule only.
    let (status, model) = app
        .request(
            Method::PUT,
            &format!("/api/v1/cohorts/{cohort}/staffing"),
            Some(&therapist),
            Some(json!({"capacity": 8, "room_area_m2": 30.0, "therapists": 1, "nurses": 1, "aides": 0})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{model}");
    assert_eq!(model["staffing"]["rule"], "model");
    assert_eq!(model["staffing"]["ok"], true, "{}", model["staffing"]);

    let set_rule =
        |rule: &'static str| {
            let admin = admin.clone();
            let app = &app;
            async move {
                let (status, saved) = app
                .request(
                    Method::PUT,
                    "/api/v1/municipality/settings",
                    Some(&admin),
                    Some(json!({"program_end_text": "", "staffing_rule": rule, "push_contact": "",
                        "two_factor_required": false, "closed_days": "12-29/01-03"})),
                )
                .await;
                assert_eq!(status, StatusCode::OK, "{saved}");
            }
        };
    set_rule("kusatsu").await;
    let (status, kusatsu) = app
        .get(&format!("/api/v1/cohorts/{cohort}/overview"), &therapist)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(kusatsu["staffing"]["rule"], "kusatsu");
    assert_eq!(kusatsu["staffing"]["ok"], false);
    assert_eq!(kusatsu["staffing"]["required"]["aides"], 1);
    assert!(kusatsu["staffing"]["problems"][0]
        .as_str()
        .unwrap()
        .contains("運動指導員"));

    set_rule("model").await;
    let (_, back) = app
        .get(&format!("/api/v1/cohorts/{cohort}/overview"), &therapist)
        .await;
    assert_eq!(back["staffing"]["ok"], true);
}

#[actix_web::test]
async fn the_safety_limits_are_set_by_the_administrator_and_judge_the_session_day_check() {
    let app = TestApp::spawn().await;
    let admin = app.token(ADMIN).await;
    let (status, limits) = app.get("/api/v1/municipality/safety-limits", &admin).await;
    assert_eq!(status, StatusCode::OK, "{limits}");
    assert_eq!(limits["systolic_high"], 200, "the guideline's until set");
    let stricter = json!({"systolic_high": 180, "systolic_low": 90, "diastolic_high": 110,
        "pulse_high": 110, "pulse_low": 50});
    let (status, saved) = app
        .request(
            Method::PUT,
            "/api/v1/municipality/safety-limits",
            Some(&admin),
            Some(stricter.clone()),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(saved, stricter);
    let (status, refused) = app
        .request(
            Method::PUT,
            "/api/v1/municipality/safety-limits",
            Some(&admin),
            Some(
                json!({"systolic_high": 100, "systolic_low": 90, "diastolic_high": 110,
                "pulse_high": 110, "pulse_low": 50}),
            ),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    let (_, kept) = app.get("/api/v1/municipality/safety-limits", &admin).await;
    assert_eq!(
        kept, stricter,
        "a refused change leaves the limits as they were"
    );

    // A phone of the municipality judges by them.
    let therapist = app.token(THERAPIST).await;
    let person = app.a_participant(&therapist).await;
    let phone = app
        .enroll_phone(&therapist, person["id"].as_str().unwrap())
        .await;
    let (_, safety) = app
        .get("/api/v1/me/safety", phone["access_token"].as_str().unwrap())
        .await;
    assert_eq!(safety["thresholds"]["systolic_high"], 180);

    let (_, trail) = app
        .get("/api/v1/audit?action=settings.safety_limits", &admin)
        .await;
    assert!(
        trail.to_string().contains("settings.safety_limits"),
        "{trail}"
    );
}

#[actix_web::test]
async fn a_session_day_shows_who_is_due_and_judges_the_check_before_exercise() {
    let app = TestApp::spawn().await;
    let nurse = app.token(NURSE).await;
    let (_, cohorts) = app.get("/api/v1/cohorts", &nurse).await;
    let cohort_id = cohorts[0]["id"].as_str().unwrap().to_owned();
    let (status, day) = app
        .get(&format!("/api/v1/cohorts/{cohort_id}/day"), &nurse)
        .await;
    assert_eq!(status, StatusCode::OK, "{day}");
    assert_eq!(day["starts_at"], "10:00", "the demo's cohort has a time");
    assert!(day["venue"].as_str().unwrap().contains("地域交流センター"));
    let people = day["people"].as_array().unwrap();
    assert!(people.len() >= 5, "the demo has a session day today: {day}");
    let first = &people[0];
    let (id, number) = (
        first["participant_id"].as_str().unwrap(),
        first["number"].as_i64().unwrap(),
    );

    // A high blood pressure: no exercise today, with the reason.
    let (status, check) = app
        .request(
            Method::PUT,
            &format!("/api/v1/participants/{id}/sessions/{number}/check"),
            Some(&nurse),
            Some(json!({"systolic": 205, "diastolic": 98, "pulse": 80, "feeling": "usual"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{check}");
    assert_eq!(check["rest"], true);
    assert_eq!(check["reasons"], json!(["systolic_high"]));
    // Corrected after resting: fine.
    let (_, check) = app
        .request(
            Method::PUT,
            &format!("/api/v1/participants/{id}/sessions/{number}/check"),
            Some(&nurse),
            Some(json!({"systolic": 150, "diastolic": 88, "pulse": 76, "feeling": "usual"})),
        )
        .await;
    assert_eq!(check["rest"], false);
    let (status, bad) = app
        .request(
            Method::PUT,
            &format!("/api/v1/participants/{id}/sessions/{number}/check"),
            Some(&nurse),
            Some(json!({"systolic": 900, "feeling": "usual"})),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    let (_, day) = app
        .get(&format!("/api/v1/cohorts/{cohort_id}/day"), &nurse)
        .await;
    let again = day["people"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["participant_id"] == id)
        .unwrap();
    assert_eq!(again["check"]["systolic"], 150);

    // A care manager does not run the day; another provider's therapist does not see it.
    let care = app.token(CARE_MANAGER).await;
    let (status, _) = app
        .get(&format!("/api/v1/cohorts/{cohort_id}/day"), &care)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let other = app.token(OTHER_PROVIDER).await;
    let (status, _) = app
        .get(&format!("/api/v1/cohorts/{cohort_id}/day"), &other)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
