//! Personal-data requests (個人情報保護法): the disclosure of everything dekita holds about a
//! person (開示), correction requests (訂正の請求) and the stop of use (利用停止), on both
//! databases.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::helpers::*;

fn section<'a>(document: &'a Value, table: &str) -> &'a Vec<Value> {
    document["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["table"] == table)
        .unwrap_or_else(|| panic!("a section for {table}"))["rows"]
        .as_array()
        .unwrap()
}

#[actix_web::test]
async fn the_administrator_discloses_everything_held_about_one_person_as_a_file() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let admin = app.token(ADMIN).await;
    let person = app.a_participant(&therapist).await;
    let id = person["id"].as_str().unwrap();
    app.enroll_phone(&therapist, id).await;
    let (status, _) = app
        .request(
            Method::PUT,
            &format!("/api/v1/participants/{id}/record"),
            Some(&therapist),
            Some(json!({"contacts": [], "conditions": "開示テストの病気",
                "medication": "開示テストのお薬", "transport": "徒歩"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let path = format!("/api/v1/participants/{id}/disclosure");

    // The administrator's alone; another town does not know the person.
    let (status, _) = app.get(&path, &therapist).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = app.get(&path, &app.token(OTHER_TOWN).await).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let res = app
        .client
        .get(format!("{}{path}", app.url))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let disposition = res.headers()["content-disposition"].to_str().unwrap();
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    assert!(disposition.contains(".json"), "{disposition}");
    let document: Value = res.json().await.unwrap();
    assert_eq!(document["participant_id"], id);
    assert_eq!(document["format"], "dekita-disclosure-1");

    // Every source is there, in order, with its Japanese heading.
    let tables: Vec<&str> = document["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["table"].as_str().unwrap())
        .collect();
    let sources: Vec<&str> = dekita::db::privacy::SOURCES
        .iter()
        .map(|(t, _, _)| *t)
        .collect();
    assert_eq!(tables, sources);
    assert!(document["sections"][0]["title"]
        .as_str()
        .unwrap()
        .contains("基本情報"));

    // The person's own row, and their record across the program.
    let me = section(&document, "participants");
    assert_eq!(me.len(), 1);
    assert_eq!(me[0]["id"], id);
    assert_eq!(me[0]["family_name"], person["family_name"]);
    assert_eq!(
        section(&document, "participant_records")[0]["medication"],
        "開示テストのお薬"
    );
    for table in [
        "enrollments",
        "screenings",
        "goals",
        "goal_steps",
        "program_sessions",
    ] {
        assert!(
            !section(&document, table).is_empty(),
            "{table} of a person in the program"
        );
    }
    assert!(section(&document, "enrollments")
        .iter()
        .all(|e| e["participant_id"] == id));
    // The phone is listed; what proves it is not.
    assert_eq!(section(&document, "devices").len(), 1);
    let codes = section(&document, "enrollment_codes");
    assert!(!codes.is_empty());
    assert!(
        codes.iter().all(|c| c.get("code_hash").is_none()),
        "{codes:?}"
    );

    // The disclosure itself is audited, and the next one shows it.
    let (_, again) = app.get(&path, &admin).await;
    assert!(section(&again, "audit_log")
        .iter()
        .any(|a| a["action"] == "participant.disclose"));
}

#[actix_web::test]
async fn the_administrator_records_correction_requests_on_the_record() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let admin = app.token(ADMIN).await;
    let person = app.a_new_participant("訂正").await;
    let id = person["id"].as_str().unwrap();
    let path = format!("/api/v1/participants/{id}/corrections");
    let body = json!({"requested": "住所の番地が違う", "received_on": "2026-11-20",
        "handling": "登録を直して本人に電話で伝えた", "handled_on": "2026-11-24"});

    let (status, _) = app.post(&path, Some(&therapist), body.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, answer) = app.post(&path, Some(&admin), body).await;
    assert_eq!(status, StatusCode::CREATED, "{answer}");
    let (status, open) = app
        .post(
            &path,
            Some(&admin),
            json!({"requested": "電話番号の訂正", "received_on": "2026-11-25"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{open}");
    // Handled before it came: refused.
    let (status, _) = app
        .post(
            &path,
            Some(&admin),
            json!({"requested": "x", "received_on": "2026-11-25", "handling": "直した",
                "handled_on": "2026-11-01"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    let (status, list) = app
        .get(&format!("/api/v1/participants/{id}/privacy"), &admin)
        .await;
    assert_eq!(status, StatusCode::OK, "{list}");
    let corrections = list["corrections"].as_array().unwrap();
    assert_eq!(corrections.len(), 2);
    assert_eq!(corrections[0]["requested"], "電話番号の訂正");
    assert_eq!(corrections[0]["handled_on"], Value::Null);
    assert_eq!(corrections[1]["handled_on"], "2026-11-24");
    assert_eq!(list["use_stop"], Value::Null);
    let (status, _) = app
        .get(&format!("/api/v1/participants/{id}/privacy"), &therapist)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[actix_web::test]
async fn after_a_stop_of_use_only_the_administrator_reads_and_the_phone_is_unbound() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let nurse = app.token(NURSE).await;
    let admin = app.token(ADMIN).await;
    let person = app.a_participant(&therapist).await;
    let id = person["id"].as_str().unwrap();
    let phone = app.enroll_phone(&therapist, id).await;
    let phone_token = phone["access_token"].as_str().unwrap();
    let record = format!("/api/v1/participants/{id}");
    let daily = format!("/api/v1/participants/{id}/daily");
    let stop = format!("/api/v1/participants/{id}/use-stop");

    // Before: everyone who works with the person reads, and the phone works.
    assert_eq!(app.get(&record, &therapist).await.0, StatusCode::OK);
    assert_eq!(app.get(&daily, &therapist).await.0, StatusCode::OK);
    assert_eq!(app.get("/api/v1/me", phone_token).await.0, StatusCode::OK);

    // Only the administrator may stop use.
    let (status, _) = app
        .post(&stop, Some(&therapist), json!({"reason": "本人の請求"}))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, stopped) = app
        .post(
            &stop,
            Some(&admin),
            json!({"reason": "本人から利用停止の請求"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{stopped}");
    assert_eq!(stopped["use_stop"]["reason"], "本人から利用停止の請求");
    let (status, _) = app
        .post(&stop, Some(&admin), json!({"reason": "二度目"}))
        .await;
    assert_eq!(status, StatusCode::CONFLICT);

    // Staff read nothing of the person any more: not the record, not the daily view, not
    // the list.
    for token in [&therapist, &nurse] {
        assert_eq!(app.get(&record, token).await.0, StatusCode::NOT_FOUND);
        assert_eq!(app.get(&daily, token).await.0, StatusCode::NOT_FOUND);
        let (_, list) = app.get("/api/v1/participants", token).await;
        assert!(list.as_array().unwrap().iter().all(|p| p["id"] != id));
    }
    let (status, _) = app
        .post(
            &format!("/api/v1/participants/{id}/enrollment-codes"),
            Some(&therapist),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // The phone is unbound: its next request and its refresh are refused.
    assert_eq!(
        app.get("/api/v1/me", phone_token).await.0,
        StatusCode::UNAUTHORIZED
    );
    let (status, _) = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": phone["refresh_token"]}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // The administrator still reads, and the stop is audited.
    assert_eq!(app.get(&record, &admin).await.0, StatusCode::OK);
    let (status, document) = app.get(&format!("{record}/disclosure"), &admin).await;
    assert_eq!(status, StatusCode::OK);
    assert!(section(&document, "audit_log")
        .iter()
        .any(|a| a["action"] == "participant.use_stop"));
    assert!(section(&document, "devices")
        .iter()
        .all(|d| !d["revoked_at"].is_null()));

    // Lifted by the administrator: staff read again (the phone stays unbound).
    let (status, lifted) = app.request(Method::DELETE, &stop, Some(&admin), None).await;
    assert_eq!(status, StatusCode::OK, "{lifted}");
    assert_eq!(lifted["use_stop"], Value::Null);
    assert_eq!(app.get(&record, &therapist).await.0, StatusCode::OK);
    assert_eq!(app.get(&daily, &therapist).await.0, StatusCode::OK);
    assert_eq!(
        app.get("/api/v1/me", phone_token).await.0,
        StatusCode::UNAUTHORIZED
    );
    let (status, _) = app.request(Method::DELETE, &stop, Some(&admin), None).await;
    assert_eq!(status, StatusCode::CONFLICT);
}
