//! The participant's daily loop through real HTTP on a real database: the sync of records
//! (stored once, answered item by item, bad items refused alone), retractions, what the phone
//! pulls, photos, prescriptions, and what the therapist sees.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::helpers::*;
use crate::scenario::{paths, plan_item};
use chrono::{Days, NaiveDate};

fn uuid() -> String {
    uuid::Uuid::now_v7().to_string()
}

struct Phone {
    participant_id: String,
    token: String,
}

async fn a_phone(app: &TestApp) -> Phone {
    // Enrolled on the first day of the demo cohort, sixteen weeks ago.
    let person = app
        .participant()
        .named("日課")
        .enrolled_weeks_ago(16)
        .with_phone()
        .create()
        .await;
    Phone {
        token: person.phone().token.clone(),
        participant_id: person.id.into_string(),
    }
}

fn today() -> String {
    let jst = chrono::FixedOffset::east_opt(9 * 3600).unwrap();
    chrono::Utc::now()
        .with_timezone(&jst)
        .date_naive()
        .to_string()
}

#[actix_web::test]
async fn a_batch_is_stored_once_answered_item_by_item_and_bad_items_are_refused_alone() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let phone = a_phone(&app).await;
    let (a, b, c, d) = (uuid(), uuid(), uuid(), uuid());
    let batch = json!({"events": [
        {"client_id": a, "kind": "exercise_done", "local_date": today(), "data": {"exercise": "heel_raise", "amount": 12}},
        {"client_id": b, "kind": "exercise_flag", "local_date": today(), "data": {"exercise": "sit_to_stand", "flag": "pain"}},
        {"client_id": c, "kind": "activity", "local_date": today(), "data": {"activity": "walk", "minutes": 20, "note": "川沿いを歩いた"}},
        {"client_id": d, "kind": "measurement", "local_date": today(), "data": {"systolic": 132, "diastolic": 80, "pulse": 70}},
        {"client_id": uuid(), "kind": "dance_party", "local_date": today(), "data": {}},
        {"client_id": uuid(), "kind": "exercise_done", "local_date": "2099-01-01", "data": {"exercise": "heel_raise"}},
        {"client_id": "not-a-uuid", "kind": "exercise_done", "local_date": today(), "data": {"exercise": "heel_raise"}},
        {"client_id": uuid(), "kind": "exercise_done", "local_date": today(), "data": {"exercise": "no_such_exercise"}},
        {"client_id": uuid(), "kind": "measurement", "local_date": today(), "data": {"systolic": 900}}
    ]});
    let (status, answer) = app
        .request(
            Method::POST,
            "/api/v1/me/events",
            Some(&phone.token),
            Some(batch.clone()),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    let statuses: Vec<&str> = answer["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        [
            "stored", "stored", "stored", "stored", "rejected", "rejected", "rejected", "rejected",
            "rejected"
        ]
    );
    assert!(answer["results"][5]["message"]
        .as_str()
        .unwrap()
        .contains("未来"));

    // The phone lost the answer and sends it all again: nothing is doubled.
    let (_, again) = app
        .request(
            Method::POST,
            "/api/v1/me/events",
            Some(&phone.token),
            Some(batch),
        )
        .await;
    let statuses: Vec<&str> = again["results"]
        .as_array()
        .unwrap()
        .iter()
        .take(4)
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["duplicate"; 4]);

    let (status, view) = app
        .get(
            &format!(
                "/api/v1/participants/{}/daily?weeks=1",
                phone.participant_id
            ),
            &therapist,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{view}");
    let today_cell = view["days"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(today_cell["date"], today());
    assert_eq!(
        (
            today_cell["exercises"].as_i64(),
            today_cell["activities"].as_i64(),
            today_cell["flags"].as_i64()
        ),
        (Some(1), Some(1), Some(1))
    );
    assert_eq!(view["flags"][0]["flag"], "pain");
    assert_eq!(view["flags"][0]["exercise_title"], "いすからの立ち上がり");
    assert_eq!(view["diary"][0]["note"], "川沿いを歩いた");
    assert_eq!(view["measurements"][0]["systolic"], 132.0);
    assert_eq!(view["streak"], 1);

    // A correction is a retraction, not an edit.
    let (_, _) = app.request(Method::POST, "/api/v1/me/events", Some(&phone.token),
        Some(json!({"events": [{"client_id": uuid(), "kind": "retraction", "local_date": today(), "data": {"target": c}}]}))).await;
    let (_, view) = app
        .get(
            &format!(
                "/api/v1/participants/{}/daily?weeks=1",
                phone.participant_id
            ),
            &therapist,
        )
        .await;
    assert!(
        view["diary"].as_array().unwrap().is_empty(),
        "the walk was taken back"
    );

    // Too many at once, or not JSON at all: refused whole with a clear 4xx.
    let many: Vec<Value> = (0..201).map(|_| json!({"client_id": uuid(), "kind": "exercise_done", "local_date": today(), "data": {"exercise": "heel_raise"}})).collect();
    let (status, _) = app
        .request(
            Method::POST,
            "/api/v1/me/events",
            Some(&phone.token),
            Some(json!({"events": many})),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let res = app
        .client
        .post(format!("{}/api/v1/me/events", app.url))
        .bearer_auth(&phone.token)
        .header("Content-Type", "application/json")
        .body("{\"events\": [")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[actix_web::test]
async fn the_phone_pulls_its_plan_successes_and_messages() {
    let app = TestApp::spawn().await;
    let today = app.today();
    let person = app
        .participant()
        .enrolled_weeks_ago(2)
        .with_plan(vec![plan_item("heel_raise", 10, 2, 3)])
        .with_phone()
        .create()
        .await;
    let (therapist, phone) = (&person.therapist, person.phone());
    let (status, refused) = therapist
        .send(
            Method::POST,
            &paths::prescriptions(&person.id),
            Some(json!({"items": [plan_item("heel_raise", 0, 2, 3)]})),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    therapist
        .prescribe(
            &person.id,
            today - Days::new(2),
            vec![
                plan_item("heel_raise", 15, 2, 3),
                plan_item("pataka_ra", 5, 1, 7),
            ],
            "少し増やしました",
        )
        .await;
    assert_eq!(
        therapist.prescriptions(&person.id).await.len(),
        2,
        "changes keep their history"
    );

    let days: Vec<NaiveDate> = (0..3).map(|n| today - Days::new(2 - n)).collect();
    phone.record_exercise_done("heel_raise", &days).await;

    let changes = phone.changes(None).await;
    assert_eq!(changes.plan.items.len(), 2, "the plan in force today");
    assert_eq!(changes.plan.items[0].amount, 15);
    assert_eq!(changes.plan.items[1].exercise.title, "パタカラ体操");
    assert_eq!(
        changes.plan.items[1].exercise.picture_url.as_deref(),
        Some("/exercises/pataka_ra.svg")
    );
    let keys: Vec<&str> = changes.successes.iter().map(|s| s.key.as_str()).collect();
    assert!(
        keys.contains(&"first:exercise") && keys.iter().any(|k| k.starts_with("streak:3:")),
        "{keys:?}"
    );

    // Nothing new since the cursor, until staff send a word. On the wire the cursor is
    // RFC 3339 in UTC, as the schema's `date-time` says.
    let (_, raw) = phone.send(Method::GET, paths::MY_CHANGES, None).await;
    let sent = raw["cursor"].as_str().unwrap();
    assert!(
        chrono::DateTime::parse_from_rfc3339(sent).is_ok() && sent.ends_with('Z'),
        "{sent}"
    );
    let later = phone.changes(Some(changes.cursor)).await;
    assert!(later.successes.is_empty());
    assert!(later.messages.is_empty());
    therapist
        .recognize(&person.id, "毎日続けていますね。すばらしいです。")
        .await;
    let later = phone.changes(Some(changes.cursor)).await;
    assert_eq!(
        later.messages[0].text,
        "毎日続けていますね。すばらしいです。"
    );
    assert_eq!(later.messages[0].from_name, "山田 理沙");

    // The picture the plan points at is served, and the phone can keep it offline.
    let res = app
        .client
        .get(format!("{}/exercises/pataka_ra.svg", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("image/svg+xml"));
}

#[actix_web::test]
async fn photos_are_processed_stripped_and_seen_only_by_who_may() {
    photo_journey(TestApp::spawn().await).await;
}

/// The same in the other picture store (the database on SQLite, the folder on PostgreSQL).
#[actix_web::test]
async fn photos_behave_the_same_in_the_other_store() {
    let other = match backend_name() {
        "sqlite" => "database",
        _ => "directory",
    };
    photo_journey(TestApp::builder().media_store(other).spawn().await).await;
}

/// Pictures kept in the database are seen by every app server on it.
#[actix_web::test]
async fn a_photo_kept_in_the_database_is_served_by_every_server() {
    let first = TestApp::builder().media_store("database").spawn().await;
    let second = TestApp::builder()
        .same_database_as(&first)
        .media_store("database")
        .spawn()
        .await;
    let therapist = first.token(THERAPIST).await;
    let phone = a_phone(&first).await;
    let res = first
        .client
        .post(format!("{}/api/v1/me/photos", first.url))
        .bearer_auth(&phone.token)
        .header("Content-Type", "image/jpeg")
        .body(a_jpeg(640, 480))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let photo: Value = res.json().await.unwrap();
    let id = photo["id"].as_str().unwrap();
    let fetch = |app: &TestApp| {
        app.client
            .get(format!("{}/api/v1/media/{id}/thumb", app.url))
            .bearer_auth(&therapist)
            .send()
    };
    let here = fetch(&first).await.unwrap().bytes().await.unwrap();
    let res = fetch(&second).await.unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let there = res.bytes().await.unwrap();
    assert!(here.starts_with(&[0xFF, 0xD8]) && here.len() > 100);
    assert_eq!(here, there);
}

/// The picture files of the folder store (the demo's places have photos of their own).
fn media_files(app: &TestApp) -> usize {
    std::fs::read_dir(app.data_dir.path().join("media"))
        .map(|d| d.count())
        .unwrap_or(0)
}

async fn photo_journey(app: TestApp) {
    let therapist = app.token(THERAPIST).await;
    let (files_before, blobs_before) = (media_files(&app), stored_blobs(&app));
    let phone = a_phone(&app).await;
    let upload = |body: Vec<u8>, content_type: &'static str| {
        app.client
            .post(format!("{}/api/v1/me/photos", app.url))
            .bearer_auth(&phone.token)
            .header("Content-Type", content_type)
            .body(body)
            .send()
    };
    // A phone photo with EXIF (GPS text inside) is kept without it.
    let mut with_exif = vec![0xFF, 0xD8, 0xFF, 0xE1];
    let app1: Vec<u8> = [
        b"Exif\0\0MM\0\x2a\0\0\0\x08\0\0\0\0\0\0".as_slice(),
        b"GPS-35.68N-139.76E",
    ]
    .concat();
    with_exif.extend_from_slice(&((app1.len() + 2) as u16).to_be_bytes());
    with_exif.extend_from_slice(&app1);
    with_exif.extend_from_slice(&a_jpeg(1600, 1200)[2..]);
    let res = upload(with_exif, "image/jpeg").await.unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let photo: Value = res.json().await.unwrap();
    assert_eq!(
        (photo["width"].as_i64(), photo["height"].as_i64()),
        (Some(1280), Some(960))
    );
    let id = photo["id"].as_str().unwrap();
    let served = app
        .client
        .get(format!("{}/api/v1/media/{id}/display", app.url))
        .bearer_auth(&therapist)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert!(!served.windows(4).any(|w| w == b"Exif") && !served.windows(3).any(|w| w == b"GPS"));

    // It can go into the diary; another town's therapist cannot see it.
    let (_, answer) = app.request(Method::POST, "/api/v1/me/events", Some(&phone.token), Some(json!({"events": [
        {"client_id": uuid(), "kind": "activity", "local_date": today(), "data": {"activity": "cooking", "photo_id": id}}]}))).await;
    assert_eq!(answer["results"][0]["status"], "stored");
    let other = app.token(OTHER_TOWN).await;
    let res = app
        .client
        .get(format!("{}/api/v1/media/{id}/thumb", app.url))
        .bearer_auth(&other)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);

    // Bad files: each a clear 4xx, the server unharmed.
    let big = vec![0u8; 50 * 1024 * 1024];
    let res = upload(big, "image/jpeg").await.unwrap();
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
    png.extend_from_slice(&100_000u32.to_be_bytes());
    png.extend_from_slice(&100_000u32.to_be_bytes());
    png.extend_from_slice(&[8, 2, 0, 0, 0, 0, 0, 0, 0]);
    let res = upload(png, "image/png").await.unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let full = a_jpeg(800, 600);
    let res = upload(full[..full.len() / 2].to_vec(), "image/jpeg")
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = res.json().await.unwrap();
    assert!(body["message"].as_str().unwrap().contains("途中で切れて"));
    let (status, _) = app.get("/healthz", &therapist).await;
    assert_eq!(status, StatusCode::OK);
    let (files, blobs) = match app.media_store {
        dekita::media::StoreKind::Directory => (2, 0),
        dekita::media::StoreKind::Database => (0, 2),
    };
    assert_eq!(
        media_files(&app) - files_before,
        files,
        "only the good photo's two sizes are kept"
    );
    assert_eq!(
        stored_blobs(&app) - blobs_before,
        blobs,
        "only the good photo's two sizes are kept"
    );
}

/// The hostile picture: a complete 16-bit RGBA PNG of 8192×4880, a few hundred
/// kilobytes that would take 320 MB to decode. It is refused from its header, at once, even
/// when every turn to decode is taken; a small 16-bit PNG is still welcome.
#[actix_web::test]
async fn a_png_too_large_once_decoded_is_refused_before_decoding() {
    let hostile = crate::pictures::sixteen_bit_rgba_png(8192, 4880);
    assert!(hostile.len() < 512 * 1024, "{} bytes", hostile.len());
    let app = TestApp::builder().photo_decodes(1, 0).spawn().await;
    let therapist = app.token(THERAPIST).await;
    let phone = a_phone(&app).await;
    let upload = |body: Vec<u8>| {
        app.client
            .post(format!("{}/api/v1/me/photos", app.url))
            .bearer_auth(&phone.token)
            .header("Content-Type", "image/png")
            .body(body)
            .send()
    };
    let refused = |res: reqwest::Response| async move {
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["error"], "validation");
        let message = body["message"].as_str().unwrap().to_owned();
        assert!(message.contains("データが大きすぎて"), "{message}");
    };
    refused(upload(hostile.clone()).await.unwrap()).await;
    // The only turn is taken: the refusal still comes at once, not a 503.
    let held = app.state.decodes.try_turn().expect("a free turn");
    refused(upload(hostile.clone()).await.unwrap()).await;
    drop(held);
    // The same for a local exercise's picture.
    let (status, exercise) = app
        .post(
            "/api/v1/exercises",
            Some(&therapist),
            json!({"title": "写真の体操", "area": "balance", "level": 1, "unit": "reps", "steps": ["立ちます。"]}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{exercise}");
    let key = exercise["key"].as_str().unwrap();
    let res = app
        .client
        .put(format!("{}/api/v1/exercises/{key}/picture", app.url))
        .bearer_auth(&therapist)
        .header("Content-Type", "image/png")
        .body(hostile)
        .send()
        .await
        .unwrap();
    refused(res).await;
    // 16 bits a channel is not refused as such: a small one is kept.
    let res = upload(crate::pictures::sixteen_bit_rgba_png(1600, 1000))
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let photo: Value = res.json().await.unwrap();
    assert_eq!(
        (photo["width"].as_i64(), photo["height"].as_i64()),
        (Some(1280), Some(800))
    );
}

/// Only so many photos are decoded at once: with the one turn taken, an upload that may not
/// wait is told to come back (503 with Retry-After), and one that may wait is processed as
/// soon as the turn is given back.
#[actix_web::test]
async fn uploads_wait_for_a_turn_to_decode_or_are_told_to_come_back() {
    let app = TestApp::builder().photo_decodes(1, 0).spawn().await;
    let phone = a_phone(&app).await;
    let upload = |app: &TestApp, token: &str| {
        app.client
            .post(format!("{}/api/v1/me/photos", app.url))
            .bearer_auth(token)
            .header("Content-Type", "image/jpeg")
            .body(a_jpeg(640, 480))
            .send()
    };
    let held = app.state.decodes.try_turn().expect("a free turn");
    let res = upload(&app, &phone.token).await.unwrap();
    assert_eq!(res.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        res.headers()
            .get("Retry-After")
            .and_then(|v| v.to_str().ok()),
        Some(dekita::media::RETRY_AFTER_SECS.to_string().as_str())
    );
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"], "busy");
    assert!(body["message"].as_str().unwrap().contains("混み合って"));
    drop(held);
    let res = upload(&app, &phone.token).await.unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);

    // Waiting: the upload is not answered while the turn is held, and is kept once it is free.
    let app = TestApp::builder().photo_decodes(1, 600).spawn().await;
    let phone = a_phone(&app).await;
    let held = app.state.decodes.try_turn().expect("a free turn");
    let waiting = actix_web::rt::spawn(upload(&app, &phone.token));
    actix_web::rt::time::sleep(std::time::Duration::from_millis(300)).await;
    assert!(
        !waiting.is_finished(),
        "answered while every turn was taken"
    );
    drop(held);
    let res = waiting.await.unwrap().unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
}

/// How many pictures the database holds itself.
fn stored_blobs(app: &TestApp) -> i64 {
    use diesel::{Connection, RunQueryDsl};
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let query = "SELECT COUNT(*) AS n FROM media_blobs";
    match &app.database_url {
        Some(url) if url.starts_with("postgres") => {
            let mut c = diesel::PgConnection::establish(url).unwrap();
            diesel::sql_query(query)
                .get_result::<Count>(&mut c)
                .unwrap()
                .n
        }
        _ => {
            let path = app.data_dir.path().join("dekita.sqlite3");
            let mut c = diesel::SqliteConnection::establish(&path.to_string_lossy()).unwrap();
            diesel::sql_query(query)
                .get_result::<Count>(&mut c)
                .unwrap()
                .n
        }
    }
}

#[actix_web::test]
async fn the_therapist_sees_streaks_flags_and_quiet_people_first() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let (_, cohorts) = app.get("/api/v1/cohorts", &therapist).await;
    let cohort = cohorts[0]["id"].as_str().unwrap();
    let (_, overview) = app
        .get(&format!("/api/v1/cohorts/{cohort}/overview"), &therapist)
        .await;
    let person = |name: &str| {
        overview["participants"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["display_name"].as_str().unwrap().starts_with(name))
            .unwrap()
            .clone()
    };
    let kinds = |p: &Value| -> Vec<String> {
        p["attention"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["kind"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(kinds(&person("遠藤")), ["no_records"]);
    assert_eq!(kinds(&person("加藤")), ["pain_flag"]);

    // The interview starts from what went well and the flags since the last session.
    let kato = person("加藤")["id"].as_str().unwrap().to_owned();
    let (_, program) = app
        .get(&format!("/api/v1/participants/{kato}/sessions"), &therapist)
        .await;
    let next = program["next_session"]["number"].as_i64().unwrap();
    let (_, interview) = app
        .get(
            &format!("/api/v1/participants/{kato}/sessions/{next}/interview"),
            &therapist,
        )
        .await;
    assert_eq!(
        interview["since"]["flags"][0]["text"],
        "いすからの立ち上がり：痛い"
    );
    let (_, view) = app
        .get(&format!("/api/v1/participants/{kato}/daily"), &therapist)
        .await;
    assert_eq!(
        view["days"].as_array().unwrap().len(),
        84,
        "twelve weeks of days"
    );
    assert!(view["successes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["kind"] == "first_kayoi"));
}

/// What a sync finds is judged against the stored progress, not the whole history: fed a
/// generated history in random batches (and a plan change, a late record, a retraction and a
/// record whose retraction came first, each of which makes the server read the whole history
/// again), the stored successes are, after every batch, exactly those the whole-history rule
/// finds over the history as it stood at each sync, each as first found.
#[actix_web::test]
async fn successes_found_on_sync_are_those_of_the_whole_history() {
    use dekita::domain::successes::{self as rules, Facts, Record, Success};
    use rand::{seq::SliceRandom, Rng, SeedableRng};
    use std::collections::BTreeMap;

    let app = TestApp::spawn().await;
    let today = app.today();
    let person = app
        .participant()
        .enrolled_weeks_ago(4)
        .with_plan(vec![plan_item("heel_raise", 10, 2, 3)])
        .with_phone()
        .create()
        .await;
    let (therapist, phone) = (&person.therapist, person.phone());

    // Everything sent: (client id, the record as the rule reads it, what it takes back).
    let mut sent: Vec<(String, Option<Record>, Option<String>)> = Vec::new();
    let mut expected: BTreeMap<String, Success> = BTreeMap::new();
    let judge = |sent: &[(String, Option<Record>, Option<String>)],
                 days_per_week: u32,
                 expected: &mut BTreeMap<String, Success>| {
        let retracted: Vec<&String> = sent.iter().filter_map(|(_, _, t)| t.as_ref()).collect();
        let records = sent
            .iter()
            .filter(|(id, _, _)| !retracted.contains(&id))
            .filter_map(|(_, r, _)| r.clone())
            .collect();
        for s in rules::find(&Facts {
            days_per_week: Some(days_per_week),
            records,
            steps_reached: vec![],
        }) {
            expected.entry(s.key.clone()).or_insert(s);
        }
    };
    let check = |expected: &BTreeMap<String, Success>, stored: Vec<Success>, when: &str| {
        let stored: BTreeMap<String, Success> =
            stored.into_iter().map(|s| (s.key.clone(), s)).collect();
        assert_eq!(&stored, expected, "{when}");
    };
    let sync = |events: Vec<Value>| async move {
        let answer: Value = phone
            .post(paths::MY_EVENTS, &json!({ "events": events }))
            .await;
        for r in answer["results"].as_array().unwrap() {
            assert_eq!(r["status"], "stored", "{answer}");
        }
    };
    let event = |rng: &mut rand::rngs::StdRng, day: NaiveDate| -> (Value, Record) {
        let id = uuid();
        match rng.gen_range(0..10) {
            0..=5 => {
                let exercise = ["heel_raise", "pataka_ra"][rng.gen_range(0..2)];
                let amount = rng.gen_range(1..30u32);
                (
                    json!({"client_id": id, "kind": "exercise_done", "local_date": day,
                        "data": {"exercise": exercise, "amount": amount}}),
                    Record::Exercise {
                        date: day,
                        exercise: exercise.into(),
                        amount: Some(amount),
                    },
                )
            }
            6..=8 => {
                let activity = ["walk", "kayoi", "housework"][rng.gen_range(0..3)];
                let minutes = rng.gen_range(5..90u32);
                (
                    json!({"client_id": id, "kind": "activity", "local_date": day,
                        "data": {"activity": activity, "minutes": minutes}}),
                    Record::Activity {
                        date: day,
                        activity: activity.into(),
                        minutes: Some(minutes),
                    },
                )
            }
            _ => (
                json!({"client_id": id, "kind": "measurement", "local_date": day,
                    "data": {"systolic": 128, "diastolic": 78, "pulse": 70}}),
                Record::Measurement { date: day },
            ),
        }
    };

    let mut rng = rand::rngs::StdRng::seed_from_u64(10);
    let start = today - Days::new(45);
    let mut days: Vec<NaiveDate> = (0..140)
        .map(|_| start + Days::new(rng.gen_range(0..=45)))
        .collect();
    days.sort();
    let mut days_per_week = 3;
    let mut cut = 0;
    let mut batch_no = 0;
    while cut < days.len() {
        let end = (cut + rng.gen_range(1..20)).min(days.len());
        let mut batch: Vec<(Value, Record)> =
            days[cut..end].iter().map(|d| event(&mut rng, *d)).collect();
        batch.shuffle(&mut rng);
        for (json, record) in &batch {
            sent.push((
                json["client_id"].as_str().unwrap().to_owned(),
                Some(record.clone()),
                None,
            ));
        }
        sync(batch.into_iter().map(|(json, _)| json).collect()).await;
        judge(&sent, days_per_week, &mut expected);
        check(
            &expected,
            phone.changes(None).await.successes,
            &format!("batch {batch_no}"),
        );
        batch_no += 1;
        if batch_no == 4 {
            // Another plan: every week is judged again by its days a week.
            therapist
                .prescribe(
                    &person.id,
                    today,
                    vec![plan_item("heel_raise", 10, 2, 1)],
                    "週1回から",
                )
                .await;
            days_per_week = 1;
            judge(&sent, days_per_week, &mut expected);
            check(
                &expected,
                phone.changes(None).await.successes,
                "another plan",
            );
        }
        cut = end;
    }
    assert!(expected.len() > 10, "{expected:?}");

    // A late record, for a day before the latest.
    let (json, record) = event(&mut rng, start + Days::new(1));
    sent.push((
        json["client_id"].as_str().unwrap().to_owned(),
        Some(record),
        None,
    ));
    sync(vec![json]).await;
    judge(&sent, days_per_week, &mut expected);
    check(
        &expected,
        phone.changes(None).await.successes,
        "a late record",
    );

    // A retraction of a record, then a record sent after its own retraction.
    let target = sent[sent.len() / 2].0.clone();
    let early = uuid();
    for id in [&target, &early] {
        sync(vec![
            json!({"client_id": uuid(), "kind": "retraction", "local_date": today,
            "data": {"target": id}}),
        ])
        .await;
        sent.push((String::new(), None, Some(id.clone())));
        judge(&sent, days_per_week, &mut expected);
    }
    let (mut json, record) = event(&mut rng, today);
    json["client_id"] = json!(early);
    sent.push((early.clone(), Some(record), None));
    sync(vec![json]).await;
    judge(&sent, days_per_week, &mut expected);
    check(
        &expected,
        phone.changes(None).await.successes,
        "after retractions",
    );
    // And records in order again, past the retractions.
    let (json, record) = event(&mut rng, today);
    sent.push((
        json["client_id"].as_str().unwrap().to_owned(),
        Some(record),
        None,
    ));
    sync(vec![json]).await;
    judge(&sent, days_per_week, &mut expected);
    check(
        &expected,
        phone.changes(None).await.successes,
        "the last record",
    );
}
