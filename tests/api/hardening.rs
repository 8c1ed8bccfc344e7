//! What an outside probe of the API found, each held here through real HTTP: secrets kept out
//! of the log, no cache keeping an answer, password guessing limited, local exercises kept by
//! their owners, client ids in one canonical form, and readings inside their ranges.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::*;

/// The real binary with request logging on, its standard error going to `log`.
fn start_logging(
    data_dir: &std::path::Path,
    log: &std::path::Path,
) -> (std::process::Child, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dekita"));
    cmd.args([
        "serve",
        "--demo",
        "--bind",
        "127.0.0.1:0",
        "--signin-burst",
        "10000",
    ])
    .arg("--data-dir")
    .arg(data_dir)
    .env("RUST_LOG", "info")
    .stdout(Stdio::piped())
    .stderr(std::fs::File::create(log).unwrap());
    match std::env::var("DEKITA_TEST_DATABASE_URL") {
        Ok(admin) => cmd.env("DATABASE_URL", fresh_postgres_database(&admin)),
        Err(_) => cmd.env_remove("DATABASE_URL"),
    };
    let mut child = cmd.spawn().expect("start dekita");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let url = loop {
        let line = lines.next().expect("dekita prints its address").unwrap();
        if let Some(rest) = line.split("listening on ").nth(1) {
            break rest.trim().to_owned();
        }
    };
    std::thread::spawn(move || for _ in lines {});
    (child, url)
}

#[actix_web::test]
async fn the_log_holds_no_secret_and_no_name() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("stderr.log");
    let (mut child, url) = start_logging(&dir.path().join("data"), &log);
    let client = reqwest::Client::new();
    let post = |path: &str, token: Option<&str>, body: Value| {
        let mut req = client.post(format!("{url}{path}")).json(&body);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        req.send()
    };
    let session: Value = post(
        "/api/v1/auth/login",
        None,
        json!({"email": THERAPIST, "password": PASSWORD}),
    )
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    let token = session["access_token"].as_str().unwrap().to_owned();
    let refresh = session["refresh_token"].as_str().unwrap().to_owned();

    // A calendar feed: its key is in the address.
    let feed: Value = post("/api/v1/calendar-feeds", Some(&token), json!({}))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let feed_url = feed["url"].as_str().unwrap();
    let feed_path = format!("/api/{}", feed_url.split_once("/api/").unwrap().1);
    let feed_key = feed_path
        .rsplit('/')
        .next()
        .unwrap()
        .trim_end_matches(".ics")
        .to_owned();
    let res = client
        .get(format!("{url}{feed_path}"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);

    // A participant's record, and an enrollment code opened as a path by a careless link.
    let list: Value = client
        .get(format!("{url}/api/v1/participants"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let person = list
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["status"] == "enrolled")
        .unwrap()
        .clone();
    let pid = person["id"].as_str().unwrap();
    let res = client
        .get(format!("{url}/api/v1/participants/{pid}"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let code: Value = post(
        &format!("/api/v1/participants/{pid}/enrollment-codes"),
        Some(&token),
        json!({}),
    )
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    let code = code["code"].as_str().unwrap().to_owned();
    client
        .get(format!("{url}/enroll/{code}"))
        .send()
        .await
        .unwrap();
    let family_name = person["family_name"].as_str().unwrap().to_owned();
    client
        .get(format!("{url}/api/v1/{family_name}?code={code}"))
        .send()
        .await
        .unwrap();

    child.kill().unwrap();
    child.wait().unwrap();
    let text = std::fs::read_to_string(&log).unwrap();
    // The log is there and speaks of the requests, by their routes.
    assert!(
        text.contains("/api/v1/calendar/{token}"),
        "the feed's fetch is logged by its route: {text}"
    );
    assert!(text.contains("/api/v1/participants/{id}"), "{text}");
    for (what, secret) in [
        ("the feed's key", feed_key.as_str()),
        ("the enrollment code", code.as_str()),
        ("the access token", token.as_str()),
        ("the refresh token", refresh.as_str()),
        ("the participant's name", family_name.as_str()),
        ("the participant's id", pid),
    ] {
        assert!(!text.contains(secret), "{what} is in the log:\n{text}");
    }
}

#[actix_web::test]
async fn no_api_answer_may_be_cached() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let person = app.a_participant(&therapist).await;
    let pid = person["id"].as_str().unwrap();
    let phone = app.enroll_phone(&therapist, pid).await;
    let phone_token = phone["access_token"].as_str().unwrap();
    let photo = app
        .client
        .post(format!("{}/api/v1/me/photos", app.url))
        .bearer_auth(phone_token)
        .header("Content-Type", "image/jpeg")
        .body(a_jpeg(64, 48))
        .send()
        .await
        .unwrap();
    assert_eq!(photo.status(), StatusCode::CREATED);
    assert_eq!(photo.headers()["cache-control"], "no-store");
    let photo: Value = photo.json().await.unwrap();
    let media = format!("/api/v1/media/{}/display", photo["id"].as_str().unwrap());

    let login = app
        .client
        .post(format!("{}/api/v1/auth/login", app.url))
        .json(&json!({"email": NURSE, "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), StatusCode::OK);
    assert_eq!(login.headers()["cache-control"], "no-store", "sign-in");
    let wrong = app
        .client
        .post(format!("{}/api/v1/auth/login", app.url))
        .json(&json!({"email": NURSE, "password": "wrong"}))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.headers()["cache-control"], "no-store", "a refusal");

    let code = app
        .client
        .post(format!(
            "{}/api/v1/participants/{pid}/enrollment-codes",
            app.url
        ))
        .bearer_auth(&therapist)
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(code.status(), StatusCode::CREATED);
    assert_eq!(
        code.headers()["cache-control"],
        "no-store",
        "an enrollment code"
    );

    for (path, token) in [
        ("/api/v1/participants".to_owned(), therapist.as_str()),
        (format!("/api/v1/participants/{pid}"), &therapist),
        (format!("/api/v1/participants/{pid}/screenings"), &therapist),
        ("/api/v1/me".to_owned(), &therapist),
        ("/api/v1/me/home".to_owned(), phone_token),
        ("/api/v1/me/changes".to_owned(), phone_token),
        ("/api/v1/no-such-thing".to_owned(), phone_token),
    ] {
        let res = app
            .client
            .get(format!("{}{path}", app.url))
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        assert_eq!(res.headers()["cache-control"], "no-store", "{path}");
    }
    let res = app
        .client
        .get(format!("{}{media}", app.url))
        .bearer_auth(&therapist)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK, "{media}");
    assert_eq!(
        res.headers()["cache-control"],
        "private, no-store",
        "a photo"
    );
}

#[actix_web::test]
async fn password_changes_are_rate_limited_and_must_change_the_password() {
    let app = TestApp::builder().signin_burst(3).spawn().await;
    let token = app.token(ADMIN).await;
    let (status, body) = app
        .post(
            "/api/v1/auth/password",
            Some(&token),
            json!({"current_password": PASSWORD, "new_password": PASSWORD}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body["message"].as_str().unwrap().contains("同じ"), "{body}");
    for _ in 0..2 {
        let (status, body) = app
            .post(
                "/api/v1/auth/password",
                Some(&token),
                json!({"current_password": "a wrong guess 123", "new_password": "a new passphrase 2027"}),
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    }
    let res = app
        .client
        .post(format!("{}/api/v1/auth/password", app.url))
        .bearer_auth(&token)
        .json(&json!({"current_password": PASSWORD, "new_password": "a new passphrase 2027"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.headers().contains_key("retry-after"));
    // The password is unchanged: the old one still signs in.
    let (status, _) = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"email": ADMIN, "password": PASSWORD}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
}

async fn put_picture(app: &TestApp, key: &str, token: &str) -> (StatusCode, Value) {
    let res = app
        .client
        .put(format!("{}/api/v1/exercises/{key}/picture", app.url))
        .bearer_auth(token)
        .header("Content-Type", "image/jpeg")
        .body(a_jpeg(80, 60))
        .send()
        .await
        .unwrap();
    let status = res.status();
    (status, res.json().await.unwrap_or(Value::Null))
}

#[actix_web::test]
async fn a_local_exercise_is_kept_by_its_provider_and_the_municipality() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let other_provider = app.token(OTHER_PROVIDER).await;
    let admin = app.token(ADMIN).await;
    let (status, exercise) = app
        .post(
            "/api/v1/exercises",
            Some(&therapist),
            json!({"title": "ひだまり体操", "area": "balance", "level": 1, "unit": "reps", "steps": ["立ちます。"]}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{exercise}");
    let key = exercise["key"].as_str().unwrap();
    let (status, first) = put_picture(&app, key, &therapist).await;
    assert_eq!(status, StatusCode::OK, "{first}");
    // Another provider's therapist sees it (it is the town's) but cannot replace its picture.
    let (status, list) = app.get("/api/v1/exercises", &other_provider).await;
    assert_eq!(status, StatusCode::OK);
    assert!(list.as_array().unwrap().iter().any(|e| e["key"] == key));
    let (status, body) = put_picture(&app, key, &other_provider).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    let (_, list) = app.get("/api/v1/exercises", &therapist).await;
    let now = list
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["key"] == key)
        .unwrap();
    assert_eq!(
        now["picture_url"], first["picture_url"],
        "the picture is unchanged"
    );
    // The municipality's administrator may.
    let (status, body) = put_picture(&app, key, &admin).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // One the administrator made is the administrator's alone.
    let (status, by_admin) = app
        .post(
            "/api/v1/exercises",
            Some(&admin),
            json!({"title": "まちの体操", "area": "strength", "level": 2, "unit": "reps", "steps": ["座ります。"]}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, _) = put_picture(&app, by_admin["key"].as_str().unwrap(), &therapist).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

/// 25 answers, all 「いいえ」-side (counting nothing) except item 12 as given.
fn quiet_answers(item12: Value) -> Vec<Value> {
    (1..=25)
        .map(|n| {
            if n == 12 {
                item12.clone()
            } else {
                // Items 1–8, 16 and 19 count when answered 「いいえ」.
                Value::Bool(matches!(n, 1..=8 | 16 | 19))
            }
        })
        .collect()
}

#[actix_web::test]
async fn item_12_is_judged_on_exactly_what_is_stored_and_an_overruled_answer_is_said() {
    let app = TestApp::spawn().await;
    let token = app.token(CARE_MANAGER).await;
    let pid = app.a_new_participant("体格").await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let path = format!("/api/v1/participants/{pid}/screenings");
    // 160 cm / 47.35 kg is BMI 18.496; 150 cm / 41.625 kg exactly 18.5: both refused.
    for (h, w) in [(160.0, 47.35), (150.0, 41.625), (152.25, 45.0)] {
        let (status, body) = app
            .post(
                &path,
                Some(&token),
                json!({"answers": quiet_answers(Value::Null), "height_cm": h, "weight_kg": w, "certification": "none"}),
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{h}/{w}: {body}");
        assert!(
            body["message"].as_str().unwrap().contains("小数第1位"),
            "{body}"
        );
    }
    let (_, list) = app.get(&path, &token).await;
    assert_eq!(list.as_array().unwrap().len(), 0, "nothing refused is kept");

    // 160 cm / 47.3 kg is BMI 18.477: below 18.5, and shown as 18.4, never as 18.5.
    let (status, result) = app
        .post(
            &path,
            Some(&token),
            json!({"answers": quiet_answers(Value::Null), "height_cm": 160.0, "weight_kg": 47.3, "certification": "none"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{result}");
    assert_eq!(result["item12"], true);
    assert_eq!(result["bmi"], 18.4);
    assert_eq!(result["weight_kg"], 47.3);

    // 「はい」 answered, but the measured BMI is 23.4: the BMI counts, and the result says so.
    let (status, result) = app
        .post(
            &path,
            Some(&token),
            json!({"answers": quiet_answers(Value::Bool(true)), "height_cm": 160.0, "weight_kg": 60.0, "certification": "none"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{result}");
    assert_eq!(result["item12"], false);
    assert_eq!(result["answers"][11], true, "the answer is kept as given");
    let reasons = result["reasons"].to_string();
    assert!(
        reasons.contains("No.12 は「はい」と回答されていましたが") && reasons.contains("BMI 23.4"),
        "{reasons}"
    );
}

fn jst_today() -> chrono::NaiveDate {
    let jst = chrono::FixedOffset::east_opt(9 * 3600).unwrap();
    chrono::Utc::now().with_timezone(&jst).date_naive()
}

async fn sync(app: &TestApp, token: &str, events: Value) -> Vec<Value> {
    let (status, answer) = app
        .post(
            "/api/v1/me/events",
            Some(token),
            json!({ "events": events }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    answer["results"].as_array().unwrap().clone()
}

#[actix_web::test]
async fn one_uuid_written_five_ways_is_stored_once_in_canonical_form() {
    use diesel::prelude::*;
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let person = app.a_new_participant("一意").await;
    let pid = person["id"].as_str().unwrap().to_owned();
    let phone = app.enroll_phone(&therapist, &pid).await;
    let token = phone["access_token"].as_str().unwrap();
    let id = uuid::Uuid::now_v7();
    let canonical = id.hyphenated().to_string();
    let today = jst_today().to_string();
    let forms = [
        canonical.to_uppercase(),
        id.simple().to_string(),
        format!("{{{canonical}}}"),
        format!("urn:uuid:{canonical}"),
        canonical.clone(),
    ];
    let event = |client_id: &str| {
        json!({"client_id": client_id, "kind": "exercise_done", "local_date": today,
            "data": {"exercise": "heel_raise", "amount": 10}})
    };
    let first = sync(&app, token, json!([event(&forms[0])])).await;
    assert_eq!(first[0]["status"], "stored", "{first:?}");
    assert_eq!(first[0]["client_id"], forms[0], "answered as sent");
    let rest: Vec<Value> = forms[1..].iter().map(|f| event(f)).collect();
    let again = sync(&app, token, Value::Array(rest)).await;
    for (answer, form) in again.iter().zip(&forms[1..]) {
        assert_eq!(answer["status"], "duplicate", "{form}: {answer}");
    }
    let bad = sync(&app, token, json!([event("record-1"), event("")])).await;
    for answer in &bad {
        assert_eq!(answer["status"], "rejected");
        assert!(
            answer["message"].as_str().unwrap().contains("UUID"),
            "{answer}"
        );
    }
    let db = app.database();
    let mut conn = db.conn().unwrap();
    let stored: Vec<String> = dekita::db::schema::events::table
        .filter(dekita::db::schema::events::participant_id.eq(&pid))
        .select(dekita::db::schema::events::client_id)
        .load(&mut *conn)
        .unwrap();
    assert_eq!(stored, vec![canonical.clone()]);

    // A retraction naming its target in another form still finds it.
    let (_, view) = app
        .get(
            &format!("/api/v1/participants/{pid}/daily?weeks=1"),
            &therapist,
        )
        .await;
    assert_eq!(view["streak"], 1, "{view}");
    let undo = sync(
        &app,
        token,
        json!([{"client_id": uuid::Uuid::now_v7().to_string(), "kind": "retraction",
            "local_date": today, "data": {"target": canonical.to_uppercase()}}]),
    )
    .await;
    assert_eq!(undo[0]["status"], "stored", "{undo:?}");
    let (_, view) = app
        .get(
            &format!("/api/v1/participants/{pid}/daily?weeks=1"),
            &therapist,
        )
        .await;
    assert_eq!(
        view["streak"], 0,
        "the retracted record no longer counts: {view}"
    );
}

#[actix_web::test]
async fn dates_and_readings_outside_their_ranges_are_refused() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let person = app.a_new_participant("範囲").await;
    let pid = person["id"].as_str().unwrap().to_owned();
    let base = format!("/api/v1/participants/{pid}");

    for date in ["0000-01-01", "9999-12-31"] {
        let (status, body) = app
            .put_versioned(
                &format!("{base}/assessment"),
                &therapist,
                0,
                json!({"visited_on": date, "wishes": "買い物に行きたい"}),
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{date}: {body}");
        assert!(
            body["message"].as_str().unwrap().contains("訪問日"),
            "{body}"
        );
        let (status, body) = app
            .put_versioned(
                &format!("{base}/interest-checklists/assessment"),
                &therapist,
                0,
                json!({"filled_on": date, "items": []}),
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{date}: {body}");
        let (status, body) = app
            .post(
                &format!("{base}/prescriptions"),
                Some(&therapist),
                json!({"starts_on": date, "items": [{"exercise": "heel_raise", "amount": 10, "sets": 2, "days_per_week": 3}]}),
            )
            .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{date}: {body}");
    }
    let (_, assessment) = app.get(&format!("{base}/assessment"), &therapist).await;
    assert_eq!(assessment["version"], 0, "nothing refused was kept");
    let (_, plans) = app.get(&format!("{base}/prescriptions"), &therapist).await;
    assert_eq!(plans.as_array().unwrap().len(), 0);
    // Today is fine.
    let (status, body) = app
        .put_versioned(
            &format!("{base}/assessment"),
            &therapist,
            0,
            json!({"visited_on": jst_today().to_string(), "wishes": "買い物に行きたい"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");

    // From the phone: time stamps of year 0000 or 9999, and a lower pressure above the upper.
    let phone = app.enroll_phone(&therapist, &pid).await;
    let token = phone["access_token"].as_str().unwrap();
    let today = jst_today().to_string();
    let measurement = |data: Value, recorded_at: Option<&str>| {
        json!({"client_id": uuid::Uuid::now_v7().to_string(), "kind": "measurement",
            "local_date": today, "recorded_at": recorded_at, "data": data})
    };
    let answers = sync(
        &app,
        token,
        json!([
            measurement(
                json!({"systolic": 130, "diastolic": 80}),
                Some("0000-01-01T00:00:00")
            ),
            measurement(
                json!({"systolic": 130, "diastolic": 80}),
                Some("9999-12-31T23:59:59")
            ),
            measurement(json!({"systolic": 80, "diastolic": 130}), None),
            measurement(json!({"systolic": 90, "diastolic": 90}), None),
            measurement(json!({"systolic": 128, "diastolic": 76}), None),
        ]),
    )
    .await;
    let statuses: Vec<&str> = answers
        .iter()
        .map(|a| a["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        ["rejected", "rejected", "rejected", "rejected", "stored"],
        "{answers:?}"
    );
    assert!(answers[2]["message"].as_str().unwrap().contains("最低血圧"));
}
