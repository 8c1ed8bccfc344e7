//! A family member's phone (家族) through real HTTP on a real database: bound only with the
//! person's consent (on their phone, or on paper through staff), it reads the notebook and
//! today's plan and records on the person's behalf — each record marked — and nothing more;
//! unbinding it (by the person or by staff) stops its very next request.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::helpers::*;

fn uuid() -> String {
    uuid::Uuid::now_v7().to_string()
}

fn today() -> String {
    let jst = chrono::FixedOffset::east_opt(9 * 3600).unwrap();
    chrono::Utc::now()
        .with_timezone(&jst)
        .date_naive()
        .to_string()
}

struct Person {
    id: String,
    own: String,
    therapist: String,
}

async fn a_person(app: &TestApp) -> Person {
    let therapist = app.token(THERAPIST).await;
    let person = app.a_new_participant("家族試験").await;
    let id = person["id"].as_str().unwrap().to_owned();
    let own = app.enroll_phone(&therapist, &id).await["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    Person { id, own, therapist }
}

/// The person agrees on their own phone; the family phone redeems the code.
async fn bind_family(app: &TestApp, person: &Person) -> Value {
    let (status, phones) = app.get("/api/v1/me/family-phones", &person.own).await;
    assert_eq!(status, StatusCode::OK, "{phones}");
    assert!(phones["wording"].as_str().unwrap().contains("ご家族が記録"));
    let (status, code) = app
        .post(
            "/api/v1/me/family-phones/code",
            Some(&person.own),
            json!({"wording_version": phones["wording_version"]}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{code}");
    let (status, session) = app
        .post(
            "/api/v1/enroll",
            None,
            json!({"code": code["code"], "device_label": "娘のスマホ"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{session}");
    session
}

fn token(session: &Value) -> String {
    session["access_token"].as_str().unwrap().to_owned()
}

#[actix_web::test]
async fn a_family_phone_bound_with_consent_reads_the_notebook_and_records_marked() {
    let app = TestApp::spawn().await;
    let person = a_person(&app).await;
    let session = bind_family(&app, &person).await;
    assert_eq!(session["user"]["phone"], "family", "{session}");
    let family = token(&session);

    let (status, me) = app.get("/api/v1/me", &family).await;
    assert_eq!(status, StatusCode::OK, "{me}");
    assert_eq!(me["phone"], "family");
    assert_eq!(
        me["capabilities"],
        json!(["read_notebook", "read_plan", "record"])
    );
    let (_, own_me) = app.get("/api/v1/me", &person.own).await;
    assert_eq!(own_me["phone"], "own");
    assert!(own_me["capabilities"]
        .as_array()
        .unwrap()
        .contains(&json!("manage_family_phones")));

    // Words from staff are the person's: their phone gets them, the family phone does not.
    let (status, sent) = app
        .post(
            &format!("/api/v1/participants/{}/recognitions", person.id),
            Some(&person.therapist),
            json!({"message": "毎日よく続いていますね。"}),
        )
        .await;
    assert!(status.is_success(), "{sent}");
    let (status, changes) = app.get("/api/v1/me/changes", &family).await;
    assert_eq!(status, StatusCode::OK, "{changes}");
    assert!(changes["plan"].is_object());
    assert_eq!(changes["messages"], json!([]));
    let (_, own_changes) = app.get("/api/v1/me/changes", &person.own).await;
    assert_eq!(own_changes["messages"].as_array().unwrap().len(), 1);

    let (status, book) = app.get("/api/v1/me/notebook", &family).await;
    assert_eq!(status, StatusCode::OK, "{book}");
    assert_eq!(book["family_records"], json!([]));

    let (done, walk, bp) = (uuid(), uuid(), uuid());
    let (status, answer) = app
        .post(
            "/api/v1/me/events",
            Some(&family),
            json!({"events": [
                {"client_id": done, "kind": "exercise_done", "local_date": today(), "data": {"exercise": "heel_raise", "amount": 10}},
                {"client_id": walk, "kind": "activity", "local_date": today(), "data": {"activity": "walk", "minutes": 15, "note": "一緒に散歩"}},
                {"client_id": bp, "kind": "measurement", "local_date": today(), "data": {"systolic": 130, "diastolic": 78, "pulse": 70}},
                {"client_id": uuid(), "kind": "exercise_flag", "local_date": today(), "data": {"exercise": "heel_raise", "flag": "pain"}},
                {"client_id": uuid(), "kind": "retraction", "local_date": today(), "data": {"target": done}}
            ]}),
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
        ["stored", "stored", "stored", "rejected", "rejected"],
        "{answer}"
    );
    // The person's own records are theirs, not marked.
    let (status, _) = app
        .post(
            "/api/v1/me/events",
            Some(&person.own),
            json!({"events": [{"client_id": uuid(), "kind": "exercise_done", "local_date": today(), "data": {"exercise": "sit_to_stand"}}]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);

    let marked = |list: &Value| -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = list
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["client_id"].as_str().unwrap().to_owned(),
                    r["kind"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        v.sort();
        v
    };
    let mut expected = vec![
        (done.clone(), "exercise_done".to_owned()),
        (walk.clone(), "activity".to_owned()),
        (bp.clone(), "measurement".to_owned()),
    ];
    expected.sort();
    let (_, book) = app.get("/api/v1/me/notebook", &person.own).await;
    assert_eq!(marked(&book["family_records"]), expected, "{book}");
    let (_, book) = app.get("/api/v1/me/notebook", &family).await;
    assert_eq!(marked(&book["family_records"]), expected);
    let (status, view) = app
        .get(
            &format!("/api/v1/participants/{}/daily", person.id),
            &person.therapist,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{view}");
    assert_eq!(marked(&view["family_records"]), expected, "{view}");
    assert!(view["diary"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["client_id"] == walk.as_str()));

    // The person takes back the family's walk: no longer listed.
    let (status, _) = app
        .post(
            "/api/v1/me/events",
            Some(&person.own),
            json!({"events": [{"client_id": uuid(), "kind": "retraction", "local_date": today(), "data": {"target": walk}}]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, book) = app.get("/api/v1/me/notebook", &person.own).await;
    assert_eq!(
        book["family_records"].as_array().unwrap().len(),
        2,
        "{book}"
    );

    // Staff see it among the person's phones, marked as family.
    let (_, devices) = app
        .get(
            &format!("/api/v1/participants/{}/devices", person.id),
            &person.therapist,
        )
        .await;
    let kinds: Vec<&str> = devices
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"family") && kinds.contains(&"own"),
        "{devices}"
    );
}

#[actix_web::test]
async fn without_the_persons_consent_no_family_phone_is_bound() {
    let app = TestApp::spawn().await;
    let person = a_person(&app).await;
    // Words not read (an old version, or none): refused, no code.
    let (status, body) = app
        .post(
            "/api/v1/me/family-phones/code",
            Some(&person.own),
            json!({"wording_version": "2020-old"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body["code"].is_null() || body["code"] == "validation");
    let (status, _) = app
        .post(
            "/api/v1/me/family-phones/code",
            Some(&person.own),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    // A made-up code binds nothing.
    let (status, body) = app
        .post("/api/v1/enroll", None, json!({"code": "ABCD-EFGH"}))
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    // Staff without a paper form's place: refused; a nurse may not; the therapist may.
    let path = format!("/api/v1/participants/{}/family-code", person.id);
    let (status, _) = app
        .post(
            &path,
            Some(&person.therapist),
            json!({"paper_kept_at": " "}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let nurse = app.token(NURSE).await;
    let (status, _) = app
        .post(
            &path,
            Some(&nurse),
            json!({"paper_kept_at": "事業所の書庫"}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, code) = app
        .post(
            &path,
            Some(&person.therapist),
            json!({"paper_kept_at": "事業所の書庫"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{code}");
    // A second code voids the first.
    let (_, second) = app
        .post(
            &path,
            Some(&person.therapist),
            json!({"paper_kept_at": "事業所の書庫"}),
        )
        .await;
    let (status, _) = app
        .post("/api/v1/enroll", None, json!({"code": code["code"]}))
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, session) = app
        .post("/api/v1/enroll", None, json!({"code": second["code"]}))
        .await;
    assert_eq!(status, StatusCode::OK, "{session}");
    assert_eq!(session["user"]["phone"], "family");
    // Used once only.
    let (status, _) = app
        .post("/api/v1/enroll", None, json!({"code": second["code"]}))
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[actix_web::test]
async fn a_family_phone_cannot_do_what_is_the_persons_or_staffs() {
    let app = TestApp::spawn().await;
    let person = a_person(&app).await;
    let family = token(&bind_family(&app, &person).await);
    let second = bind_family(&app, &person).await;
    let second_id = second["user"]["device_id"].as_str().unwrap().to_owned();
    let forbidden: Vec<(Method, String, Option<Value>)> = vec![
        (Method::GET, "/api/v1/me/home".into(), None),
        (Method::GET, "/api/v1/me/goals".into(), None),
        (Method::GET, "/api/v1/me/consents".into(), None),
        (Method::GET, "/api/v1/me/graduation".into(), None),
        (Method::GET, "/api/v1/me/reminder".into(), None),
        (
            Method::PUT,
            "/api/v1/me/reminder".into(),
            Some(json!({"daily_time": "07:30", "session_days": true})),
        ),
        (Method::GET, "/api/v1/me/family-phones".into(), None),
        (
            Method::POST,
            "/api/v1/me/family-phones/code".into(),
            Some(json!({"wording_version": dekita::domain::family::WORDING_VERSION})),
        ),
        (
            Method::DELETE,
            format!("/api/v1/me/family-phones/{second_id}"),
            None,
        ),
        (
            Method::POST,
            "/api/v1/me/self-checks".into(),
            Some(json!({"answers": vec![false; 25]})),
        ),
        (Method::GET, "/api/v1/me/follow-ups".into(), None),
        (Method::GET, "/api/v1/me/volunteer".into(), None),
        (Method::GET, "/api/v1/participants".into(), None),
        (
            Method::GET,
            format!("/api/v1/participants/{}/daily", person.id),
            None,
        ),
        (
            Method::GET,
            format!("/api/v1/participants/{}/record", person.id),
            None,
        ),
    ];
    for (method, path, body) in forbidden {
        let (status, answer) = app
            .request(method.clone(), &path, Some(&family), body)
            .await;
        assert_eq!(
            status,
            StatusCode::FORBIDDEN,
            "{method} {path} as family [{}]: {answer}",
            backend_name()
        );
        assert!(answer["error"].is_string());
    }
    // The other family phone is still bound: nothing the first one tried touched it.
    let (status, _) = app.get("/api/v1/me/notebook", &token(&second)).await;
    assert_eq!(status, StatusCode::OK);
}

#[actix_web::test]
async fn unbinding_a_family_phone_stops_its_very_next_request() {
    let app = TestApp::spawn().await;
    let person = a_person(&app).await;
    let first = bind_family(&app, &person).await;
    let second = bind_family(&app, &person).await;
    let (_, phones) = app.get("/api/v1/me/family-phones", &person.own).await;
    assert_eq!(phones["phones"].as_array().unwrap().len(), 2, "{phones}");
    assert_eq!(phones["phones"][0]["label"], "娘のスマホ");

    // The person unbinds the first from their own phone.
    let first_id = first["user"]["device_id"].as_str().unwrap();
    let (status, _) = app.get("/api/v1/me/notebook", &token(&first)).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = app
        .request(
            Method::DELETE,
            &format!("/api/v1/me/family-phones/{first_id}"),
            Some(&person.own),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = app.get("/api/v1/me/notebook", &token(&first)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": first["refresh_token"]}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // Once is enough; and the person's own phone is not a family phone to unbind here.
    let (status, _) = app
        .request(
            Method::DELETE,
            &format!("/api/v1/me/family-phones/{first_id}"),
            Some(&person.own),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, me) = app.get("/api/v1/me", &person.own).await;
    let own_id = me["device_id"].as_str().unwrap();
    let (status, _) = app
        .request(
            Method::DELETE,
            &format!("/api/v1/me/family-phones/{own_id}"),
            Some(&person.own),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, phones) = app.get("/api/v1/me/family-phones", &person.own).await;
    assert_eq!(phones["phones"].as_array().unwrap().len(), 1);

    // Staff unbind the second from the record.
    let second_id = second["user"]["device_id"].as_str().unwrap();
    let (status, _) = app
        .request(
            Method::DELETE,
            &format!("/api/v1/participants/{}/devices/{second_id}", person.id),
            Some(&person.therapist),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = app
        .post(
            "/api/v1/me/events",
            Some(&token(&second)),
            json!({"events": [{"client_id": uuid(), "kind": "exercise_done", "local_date": today(), "data": {"exercise": "heel_raise"}}]}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // The person's own phone carries on.
    let (status, _) = app.get("/api/v1/me/home", &person.own).await;
    assert_eq!(status, StatusCode::OK);
}

#[actix_web::test]
async fn the_demo_shows_a_family_phone_and_what_it_recorded() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let (_, list) = app.get("/api/v1/participants", &therapist).await;
    let kubo = list
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["family_name"] == "久保")
        .expect("the demo has 久保")["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (_, devices) = app
        .get(&format!("/api/v1/participants/{kubo}/devices"), &therapist)
        .await;
    assert!(devices
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["kind"] == "family" && d["revoked_at"].is_null()));
    let (status, view) = app
        .get(&format!("/api/v1/participants/{kubo}/daily"), &therapist)
        .await;
    assert_eq!(status, StatusCode::OK);
    let kinds: std::collections::BTreeSet<&str> = view["family_records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        ["activity", "exercise_done", "measurement"],
        "{view}"
    );
}
