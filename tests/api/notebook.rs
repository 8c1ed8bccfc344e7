//! The participant's notebook and safety before exercise, through real HTTP on a real
//! database: what `GET /me/notebook` holds after a phone's records, the limits the phone
//! judges by (the guideline's, or the municipality's own), the therapist's first flag, and the
//! self-check judged by the 基本チェックリスト's criteria.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::*;

fn uuid() -> String {
    uuid::Uuid::now_v7().to_string()
}

fn today() -> chrono::NaiveDate {
    let jst = chrono::FixedOffset::east_opt(9 * 3600).unwrap();
    chrono::Utc::now().with_timezone(&jst).date_naive()
}

fn days_ago(n: u64) -> String {
    (today() - chrono::Days::new(n)).to_string()
}

/// A new person with a schedule and a bound phone: (participant id, phone token).
async fn a_phone(app: &TestApp, therapist: &str, name: &str) -> (String, String) {
    let person = app.a_new_participant(name).await;
    let id = person["id"].as_str().unwrap().to_owned();
    let (_, cohorts) = app.get("/api/v1/cohorts", therapist).await;
    let first = cohorts[0]["starts_on"].as_str().unwrap().to_owned();
    let (status, _) = app
        .post(
            &format!("/api/v1/participants/{id}/sessions"),
            Some(therapist),
            json!({"first_date": first}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let session = app.enroll_phone(therapist, &id).await;
    (id, session["access_token"].as_str().unwrap().to_owned())
}

async fn sync(app: &TestApp, token: &str, events: Vec<Value>) {
    let (status, answer) = app
        .post(
            "/api/v1/me/events",
            Some(token),
            json!({ "events": events }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    for r in answer["results"].as_array().unwrap() {
        assert_eq!(r["status"], "stored", "{answer}");
    }
}

fn ev(kind: &str, date: &str, data: Value) -> Value {
    json!({"client_id": uuid(), "kind": kind, "local_date": date, "data": data})
}

#[actix_web::test]
async fn the_notebook_holds_the_persons_own_records_by_week_and_month_and_their_contacts() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let (id, phone) = a_phone(&app, &therapist, "手帳").await;
    let t = today().to_string();
    let retracted = uuid();
    sync(
        &app,
        &phone,
        vec![
            ev("exercise_done", &t, json!({"exercise": "heel_raise"})),
            ev("exercise_done", &t, json!({"exercise": "sit_to_stand"})),
            ev("activity", &t, json!({"activity": "walk", "minutes": 25})),
            ev("activity", &t, json!({"activity": "shopping"})),
            json!({"client_id": retracted, "kind": "activity", "local_date": t,
                "data": {"activity": "walk", "minutes": 500}}),
            ev("retraction", &t, json!({"target": retracted})),
            ev(
                "measurement",
                &days_ago(1),
                json!({"systolic": 128, "diastolic": 76, "weight_kg": 51.5}),
            ),
            ev(
                "measurement",
                &t,
                json!({"systolic": 198, "diastolic": 112, "pulse": 128}),
            ),
        ],
    )
    .await;
    let (status, book) = app.get("/api/v1/me/notebook", &phone).await;
    assert_eq!(status, StatusCode::OK, "{book}");
    assert_eq!(book["display_name"], "手帳 花子");
    let weeks = book["weeks"].as_array().unwrap();
    assert_eq!(weeks.len(), 12);
    let this_week = weeks.last().unwrap();
    assert_eq!(
        this_week["exercise_days"], 1,
        "two ticks on one day: {this_week}"
    );
    assert_eq!(
        this_week["walking_minutes"], 25,
        "the retracted walk is not counted"
    );
    assert_eq!(this_week["outings"], 2);
    assert_eq!(book["months"].as_array().unwrap().len(), 12);
    let month = book["months"].as_array().unwrap().last().unwrap();
    assert_eq!(month["walking_minutes"], 25);
    let readings = book["readings"].as_array().unwrap();
    assert_eq!(readings.len(), 2);
    assert_eq!(readings[0]["reasons"], json!([]));
    assert_eq!(readings[0]["weight_kg"], 51.5);
    assert_eq!(readings[1]["reasons"], json!(["pulse_high"]));
    assert_eq!(book["sessions"].as_array().unwrap().len(), 12);
    // The demo provider's phone, venue and time; the municipality's 包括.
    assert_eq!(book["provider"]["phone"], "000-111-2222");
    assert_eq!(book["sessions"][0]["time"], "10:00〜11:30");
    assert!(book["sessions"][0]["venue"]
        .as_str()
        .unwrap()
        .contains("リハビリ室"));
    assert_eq!(book["community_centers"][0]["phone"], "000-333-4444");
    assert_eq!(book["thresholds"]["systolic_high"], 200);
    assert!(book["self_check"].is_null());
    // Another person's phone sees its own notebook, never this one's.
    let (_, other) = a_phone(&app, &therapist, "別人").await;
    let (_, theirs) = app.get("/api/v1/me/notebook", &other).await;
    assert_eq!(theirs["readings"], json!([]));
    assert!(!theirs.to_string().contains(&id));
}

#[actix_web::test]
async fn a_demo_participant_finds_a_filled_notebook() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let (_, list) = app.get("/api/v1/participants", &therapist).await;
    let kinoshita = list
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["family_name"] == "木下")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let session = app.enroll_phone(&therapist, &kinoshita).await;
    let phone = session["access_token"].as_str().unwrap();
    let (_, book) = app.get("/api/v1/me/notebook", phone).await;
    assert_eq!(book["contacts"].as_array().unwrap().len(), 2, "{book}");
    assert!(book["goals"].as_array().is_some());
    assert!(!book["successes"].as_array().unwrap().is_empty());
    assert!(book["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w["exercise_days"].as_u64().unwrap() >= 4));
    let last = book["readings"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["date"], days_ago(1));
    assert_eq!(last["reasons"], json!(["systolic_high"]));
}

#[actix_web::test]
async fn the_phone_gets_the_guideline_limits_or_the_municipalitys_own() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let (_, phone) = a_phone(&app, &therapist, "安全").await;
    let (status, safety) = app.get("/api/v1/me/safety", &phone).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        safety["thresholds"],
        json!({"systolic_high": 200, "systolic_low": 70, "diastolic_high": 120,
            "pulse_high": 120, "pulse_low": 40})
    );
    assert_eq!(safety["provider"]["phone"], "000-111-2222");
    assert_eq!(safety["community_centers"][0]["phone"], "000-333-4444");

    // The municipality sets stricter limits: the phone and the notebook judge by them.
    let (_, me) = app.get("/api/v1/me", &therapist).await;
    let municipality =
        dekita::domain::ids::MunicipalityId::from_stored(me["municipality_id"].as_str().unwrap());
    app.database()
        .write(move |conn| {
            let strict = dekita::domain::safety::Thresholds::new(180, 90, 110, 110, 50).unwrap();
            dekita::db::notebook::set_thresholds(conn, &municipality, &strict)
        })
        .await
        .unwrap();
    let (_, safety) = app.get("/api/v1/me/safety", &phone).await;
    assert_eq!(safety["thresholds"]["systolic_high"], 180);
    sync(
        &app,
        &phone,
        vec![ev(
            "measurement",
            &today().to_string(),
            json!({"systolic": 185, "diastolic": 90}),
        )],
    )
    .await;
    let (_, book) = app.get("/api/v1/me/notebook", &phone).await;
    assert_eq!(book["readings"][0]["reasons"], json!(["systolic_high"]));
    // Staff of the other town keep the guideline's limits.
    let (_, other_town) = app.get("/api/v1/me", &app.token(OTHER_TOWN).await).await;
    let other = dekita::domain::ids::MunicipalityId::from_stored(
        other_town["municipality_id"].as_str().unwrap(),
    );
    let limits = app
        .database()
        .run(move |conn| dekita::db::notebook::thresholds(conn, &other))
        .await
        .unwrap();
    assert_eq!(limits, dekita::domain::safety::Thresholds::default());
}

#[actix_web::test]
async fn an_out_of_range_reading_is_the_therapists_first_flag() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let (id, phone) = a_phone(&app, &therapist, "血圧").await;
    sync(
        &app,
        &phone,
        vec![
            ev(
                "measurement",
                &days_ago(3),
                json!({"systolic": 130, "diastolic": 80}),
            ),
            ev(
                "measurement",
                &days_ago(1),
                json!({"systolic": 205, "diastolic": 122, "pulse": 90}),
            ),
        ],
    )
    .await;
    let (status, view) = app
        .get(&format!("/api/v1/participants/{id}/daily"), &therapist)
        .await;
    assert_eq!(status, StatusCode::OK, "{view}");
    let flagged = view["unsafe_readings"].as_array().unwrap();
    assert_eq!(flagged.len(), 1, "{view}");
    assert_eq!(flagged[0]["date"], days_ago(1));
    assert_eq!(
        flagged[0]["reasons"],
        json!(["systolic_high", "diastolic_high"])
    );

    // The cohort overview puts it first on the person's line (the demo's 木下 too).
    let (_, cohorts) = app.get("/api/v1/cohorts", &therapist).await;
    let cohort = cohorts[0]["id"].as_str().unwrap();
    let (status, overview) = app
        .get(&format!("/api/v1/cohorts/{cohort}/overview"), &therapist)
        .await;
    assert_eq!(status, StatusCode::OK, "{overview}");
    let text = overview.to_string();
    assert!(text.contains("unsafe_reading"), "{text}");
}

#[actix_web::test]
async fn a_self_check_is_judged_by_the_checklists_criteria_and_kept_in_the_notebook() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let (_, phone) = a_phone(&app, &therapist, "点検").await;
    // Nothing counts: はい on 1–8, 16, 19; いいえ elsewhere.
    let calm: Vec<bool> = (1..=25).map(|i| matches!(i, 1..=8 | 16 | 19)).collect();
    let (status, result) = app
        .post(
            "/api/v1/me/self-checks",
            Some(&phone),
            json!({ "answers": calm }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{result}");
    assert_eq!(result["consult"], false);
    assert_eq!(result["criteria"].as_array().unwrap().len(), 7);
    // うつ: two of No.21–25 answered はい.
    let mut low = calm.clone();
    low[20] = true;
    low[21] = true;
    let (_, result) = app
        .post(
            "/api/v1/me/self-checks",
            Some(&phone),
            json!({ "answers": low }),
        )
        .await;
    assert_eq!(result["consult"], true);
    assert_eq!(result["criteria"][6]["matched"], true);
    let (_, book) = app.get("/api/v1/me/notebook", &phone).await;
    assert_eq!(book["self_check"]["consult"], true);
    // Not 25 answers: a sentence, nothing kept.
    let (status, error) = app
        .post(
            "/api/v1/me/self-checks",
            Some(&phone),
            json!({"answers": [true, false]}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(error["message"].as_str().unwrap().contains("25"), "{error}");
}
