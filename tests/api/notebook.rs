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

/// The diary entries (walk minutes) the therapist's daily view shows.
fn walks(view: &Value) -> Vec<i64> {
    let mut minutes: Vec<i64> = view["diary"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["minutes"].as_i64())
        .collect();
    minutes.sort();
    minutes
}

/// A person who records on their phone, completes the program, and ten days on (a server
/// whose clock says so, on the same database) records a walk and a high reading two days back.
struct Graduate {
    app: TestApp,
    therapist: String,
    id: String,
    phone: String,
    /// The day of the first record (the program's last days).
    today: String,
    later: TestApp,
    later_day: chrono::NaiveDate,
    /// The day of the records after the program.
    after: String,
}

async fn a_graduate_who_keeps_recording(name: &str) -> Graduate {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let (id, phone) = a_phone(&app, &therapist, name).await;
    let t = today().to_string();
    sync(
        &app,
        &phone,
        vec![ev(
            "activity",
            &t,
            json!({"activity": "walk", "minutes": 21}),
        )],
    )
    .await;
    let (status, done) = app
        .post(
            &format!("/api/v1/participants/{id}/completion"),
            Some(&therapist),
            json!({"reason": "12回を終えて修了"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{done}");

    // Ten days on, the phone stays bound and the person keeps recording.
    let later_day = today() + chrono::Days::new(10);
    let later = TestApp::builder()
        .same_database_as(&app)
        .today(later_day)
        .spawn()
        .await;
    let after = (later_day - chrono::Days::new(2)).to_string();
    sync(
        &later,
        &phone,
        vec![
            ev(
                "activity",
                &after,
                json!({"activity": "walk", "minutes": 33}),
            ),
            ev(
                "measurement",
                &after,
                json!({"systolic": 205, "diastolic": 90, "pulse": 70}),
            ),
        ],
    )
    .await;
    Graduate {
        app,
        therapist,
        id,
        phone,
        today: t,
        later,
        later_day,
        after,
    }
}

#[actix_web::test]
async fn after_the_program_new_records_are_the_persons_alone_unless_a_consent_shares_followup_results(
) {
    let Graduate {
        app: _first_server,
        therapist,
        id,
        phone,
        today: t,
        later,
        later_day: _,
        after,
    } = a_graduate_who_keeps_recording("卒後").await;
    // Ten days on: the phone stays bound and the person kept recording.
    let (status, book) = later.get("/api/v1/me/notebook", &phone).await;
    assert_eq!(status, StatusCode::OK, "{book}");
    assert!(
        book["readings"].to_string().contains(&after),
        "the person's own notebook has everything"
    );

    // No consent: the therapist sees the program's records, nothing made after its end.
    let daily = format!("/api/v1/participants/{id}/daily?weeks=4");
    let (status, view) = later.get(&daily, &therapist).await;
    assert_eq!(status, StatusCode::OK, "{view}");
    assert_eq!(walks(&view), vec![21]);
    assert_eq!(view["measurements"], json!([]), "{view}");
    assert_eq!(view["last_record_on"], t.as_str());
    assert_eq!(view["unsafe_readings"], json!([]));

    // A consent that shares other parts does not open them.
    let (_, coordinators) = later.get("/api/v1/coordinators", &therapist).await;
    let sc = coordinators[0]["staff_id"].as_str().unwrap().to_owned();
    let consent = |parts: Value| {
        json!({"purpose": "sc_handoff", "recipient_staff_id": sc, "parts": parts,
            "method": "paper", "paper_kept_at": "事業所の書庫"})
    };
    let consents = format!("/api/v1/participants/{id}/consents");
    let (status, c) = later
        .post(&consents, Some(&therapist), consent(json!(["contact"])))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{c}");
    let (_, view) = later.get(&daily, &therapist).await;
    assert_eq!(walks(&view), vec![21]);
    let cid = c["id"].as_str().unwrap();
    let (status, w) = later
        .post(
            &format!("{consents}/{cid}/withdraw"),
            Some(&therapist),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{w}");

    // A live consent that shares follow-up results: the new records show.
    let (status, c) = later
        .post(
            &consents,
            Some(&therapist),
            consent(json!(["contact", "followup_results"])),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{c}");
    assert_eq!(c["standing"], "live", "{c}");
    let (_, view) = later.get(&daily, &therapist).await;
    assert_eq!(walks(&view), vec![21, 33]);
    assert_eq!(view["unsafe_readings"][0]["date"], after.as_str());

    // Withdrawn: theirs alone again.
    let cid = c["id"].as_str().unwrap();
    let (status, w) = later
        .post(
            &format!("{consents}/{cid}/withdraw"),
            Some(&therapist),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{w}");
    let (_, view) = later.get(&daily, &therapist).await;
    assert_eq!(walks(&view), vec![21]);
}

#[actix_web::test]
async fn staff_enter_a_returned_paper_sheet_through_the_same_append_only_path_marked_as_paper() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let (id, phone) = a_phone(&app, &therapist, "紙").await;
    let path = format!("/api/v1/participants/{id}/paper-records");
    let (d1, d2) = (days_ago(3), days_ago(2));
    let walk = uuid();
    let sheet = json!({"events": [
        {"client_id": uuid(), "kind": "exercise_done", "local_date": d1, "data": {"exercise": "heel_raise"}},
        {"client_id": uuid(), "kind": "exercise_done", "local_date": d2, "data": {"exercise": "heel_raise"}},
        {"client_id": walk, "kind": "activity", "local_date": d2, "data": {"activity": "shopping", "minutes": 40}},
        {"client_id": uuid(), "kind": "measurement", "local_date": d2, "data": {"systolic": 132, "diastolic": 80, "pulse": 72}},
        // The same checks as the phone's: a day in the future, an exercise that does not exist.
        {"client_id": uuid(), "kind": "exercise_done", "local_date": (today() + chrono::Days::new(5)).to_string(), "data": {"exercise": "heel_raise"}},
        {"client_id": uuid(), "kind": "exercise_done", "local_date": d2, "data": {"exercise": "no_such_thing"}},
    ]});
    let (status, answer) = app.post(&path, Some(&therapist), sheet.clone()).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    let statuses: Vec<&str> = answer["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        ["stored", "stored", "stored", "stored", "rejected", "rejected"]
    );
    assert!(answer["results"][4]["message"]
        .as_str()
        .unwrap()
        .contains("未来"));
    // Entered twice (the same sheet, the same client ids): stored once.
    let (status, again) = app.post(&path, Some(&therapist), sheet).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(again["results"][0]["status"], "duplicate");
    assert_eq!(again["results"][2]["status"], "duplicate");

    // The person's phone still works, and its own records stay its own.
    sync(
        &app,
        &phone,
        vec![ev(
            "exercise_done",
            &today().to_string(),
            json!({"exercise": "heel_raise"}),
        )],
    )
    .await;
    let (status, book) = app.get("/api/v1/me/notebook", &phone).await;
    assert_eq!(status, StatusCode::OK);
    assert!(book["readings"].to_string().contains(&d2), "{book}");
    let outings: i64 = book["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["outings"].as_i64().unwrap())
        .sum();
    assert_eq!(outings, 1, "the sheet's outing is in the notebook");

    // Each record says where it came from and who entered it.
    let (_, me) = app.get("/api/v1/me", &therapist).await;
    let therapist_id = me["staff_id"]
        .as_str()
        .or(me["id"].as_str())
        .unwrap()
        .to_owned();
    let person = dekita::domain::ids::ParticipantId::from_stored(id.clone());
    let marks = app
        .database()
        .run(move |conn| {
            use dekita::db::schema::events;
            use diesel::prelude::*;
            Ok(events::table
                .filter(events::participant_id.eq(&person))
                .order(events::seq)
                .select((events::client_id, events::source, events::entered_by))
                .load::<(String, String, Option<String>)>(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(marks.len(), 5, "{marks:?}");
    for (client_id, source, entered_by) in &marks[..4] {
        assert_eq!(source, "paper", "{client_id}");
        assert_eq!(entered_by.as_deref(), Some(therapist_id.as_str()));
    }
    assert_eq!(marks[2].0, walk);
    assert_eq!(
        (marks[4].1.as_str(), marks[4].2.as_deref()),
        ("phone", None)
    );

    // The nurse may enter a sheet; the coordinator does not see the person; the phone cannot.
    let nurse = app.token(NURSE).await;
    let one = |date: &str| {
        json!({"events": [{"client_id": uuid(), "kind": "exercise_done", "local_date": date,
            "data": {"exercise": "sit_to_stand"}}]})
    };
    let (status, _) = app.post(&path, Some(&nurse), one(&d1)).await;
    assert_eq!(status, StatusCode::OK);
    let coordinator = app.token(COORDINATOR).await;
    let (status, _) = app.post(&path, Some(&coordinator), one(&d1)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app.post(&path, Some(&phone), one(&d1)).await;
    assert!(
        status == StatusCode::UNAUTHORIZED || status == StatusCode::FORBIDDEN,
        "{status}"
    );
    // The stand-in for paper is never a phone: it cannot sign in, and the phone list says so.
    let (status, phones) = app
        .get(&format!("/api/v1/participants/{id}/devices"), &therapist)
        .await;
    assert_eq!(status, StatusCode::OK, "{phones}");
    let paper = phones
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["label"] == dekita::db::daily::PAPER_DEVICE)
        .expect("the paper stand-in is listed");
    assert!(!paper["revoked_at"].is_null());
}

/// The staff read of a person's notebook (手帳を印刷).
fn staff_notebook(id: &str) -> String {
    format!("/api/v1/participants/{id}/notebook")
}

/// The audit rows of `action` about a person, as the administrator reads the trail.
async fn audited(app: &TestApp, id: &str, action: &str) -> Vec<Value> {
    let admin = app.token(ADMIN).await;
    let (status, trail) = app
        .get(&format!("/api/v1/audit?participant_id={id}"), &admin)
        .await;
    assert_eq!(status, StatusCode::OK, "{trail}");
    trail
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == action)
        .cloned()
        .collect()
}

/// Walking minutes in the notebook's weeks.
fn walked(book: &Value) -> i64 {
    book["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["walking_minutes"].as_i64().unwrap())
        .sum()
}

#[actix_web::test]
async fn staff_print_the_notebook_the_persons_phone_shows_for_their_own_people_only_audited() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let (id, phone) = a_phone(&app, &therapist, "冊子").await;
    let t = today().to_string();
    sync(
        &app,
        &phone,
        vec![
            ev("activity", &t, json!({"activity": "walk", "minutes": 27})),
            ev(
                "measurement",
                &days_ago(1),
                json!({"systolic": 128, "diastolic": 76, "pulse": 70}),
            ),
        ],
    )
    .await;
    let (status, mine) = app.get("/api/v1/me/notebook", &phone).await;
    assert_eq!(status, StatusCode::OK, "{mine}");

    // The program's staff, the person's 包括 and the administrator: the phone's notebook.
    let path = staff_notebook(&id);
    for who in [THERAPIST, NURSE, CARE_MANAGER, ADMIN] {
        let token = app.token(who).await;
        let (status, book) = app.get(&path, &token).await;
        assert_eq!(status, StatusCode::OK, "{who}: {book}");
        assert_eq!(book["participant_id"], id.as_str());
        assert_eq!(
            book["shown_until"],
            Value::Null,
            "in the program: all of it"
        );
        assert_eq!(
            book["notebook"], mine,
            "{who}: one projection, the same notebook"
        );
    }
    assert_eq!(mine["display_name"], "冊子 花子");
    assert_eq!(walked(&mine), 27);

    // Another provider's therapist, another municipality, a coordinator without consent, the
    // person's own phone and nobody: no notebook, and never "forbidden" for a stranger.
    for who in [OTHER_PROVIDER, OTHER_TOWN, COORDINATOR] {
        let token = app.token(who).await;
        let (status, answer) = app.get(&path, &token).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{who}: {answer}");
        assert!(!answer.to_string().contains("冊子"), "{who}: {answer}");
    }
    let (status, _) = app.get(&path, &phone).await;
    assert!(
        status == StatusCode::UNAUTHORIZED || status == StatusCode::FORBIDDEN,
        "a phone: {status}"
    );
    let (status, _) = app.request(reqwest::Method::GET, &path, None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = app
        .get(
            &staff_notebook(&uuid::Uuid::now_v7().to_string()),
            &therapist,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Each staff read is one audit row, by whom; the refused reads wrote none, and no health
    // words are in the trail.
    let rows = audited(&app, &id, "notebook.read").await;
    assert_eq!(rows.len(), 4, "{rows:?}");
    assert!(!Value::Array(rows).to_string().contains("128"));
}

#[actix_web::test]
async fn after_the_program_the_printed_notebook_stops_at_its_end_unless_a_consent_shares_followup_results(
) {
    let Graduate {
        app: _first_server,
        therapist,
        id,
        phone,
        today: t,
        later,
        later_day,
        after,
    } = a_graduate_who_keeps_recording("卒後冊子").await;
    // Ten days on, the person kept recording; now a self-check.
    let (status, check) = later
        .post(
            "/api/v1/me/self-checks",
            Some(&phone),
            json!({"answers": vec![false; 25]}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{check}");
    let (_, mine) = later.get("/api/v1/me/notebook", &phone).await;
    assert_eq!(
        walked(&mine),
        21 + 33,
        "the person's own notebook has everything"
    );
    assert!(mine["readings"].to_string().contains(&after));
    assert_eq!(mine["self_check"]["taken_on"], later_day.to_string());

    // No consent: the booklet staff print stops at the program's end.
    let path = staff_notebook(&id);
    let (status, staff) = later.get(&path, &therapist).await;
    assert_eq!(status, StatusCode::OK, "{staff}");
    assert_eq!(staff["shown_until"], t.as_str(), "{staff}");
    let book = &staff["notebook"];
    assert_eq!(walked(book), 21);
    assert_eq!(book["readings"], json!([]), "{book}");
    assert_eq!(
        book["self_check"],
        Value::Null,
        "the self-check after the end is theirs"
    );
    assert_eq!(book["display_name"], mine["display_name"]);

    // A live consent that shares follow-up results: all of it, as on the phone.
    let (_, coordinators) = later.get("/api/v1/coordinators", &therapist).await;
    let sc = coordinators[0]["staff_id"].as_str().unwrap().to_owned();
    let consents = format!("/api/v1/participants/{id}/consents");
    let (status, c) = later
        .post(
            &consents,
            Some(&therapist),
            json!({"purpose": "sc_handoff", "recipient_staff_id": sc,
                "parts": ["contact", "followup_results"],
                "method": "paper", "paper_kept_at": "事業所の書庫"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{c}");
    let (status, staff) = later.get(&path, &therapist).await;
    assert_eq!(status, StatusCode::OK, "{staff}");
    assert_eq!(staff["shown_until"], Value::Null);
    assert_eq!(staff["notebook"], mine);

    // A consent's recipient (a coordinator) never reads the notebook.
    let coordinator = later.token(COORDINATOR).await;
    let (status, _) = later.get(&path, &coordinator).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(audited(&later, &id, "notebook.read").await.len(), 2);
}
