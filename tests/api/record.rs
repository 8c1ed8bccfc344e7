//! The participant's record as staff keep it (contacts shared with the person's notebook,
//! conditions, medication, how they come), and a staff sign-in opened in a second tab.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::helpers::*;

fn record_body() -> Value {
    json!({
        "contacts": [
            {"kind": "doctor", "name": "記録テスト医院", "relation": "内科", "phone": "000-777-0001"},
            {"kind": "emergency", "name": "記録 花子", "relation": "長女", "phone": "000-777-0002"},
            {"kind": "emergency", "name": "記録 一郎", "relation": "", "phone": "000 777 0003"}
        ],
        "conditions": "高血圧（記録テスト）",
        "medication": "降圧薬 朝1錠",
        "transport": "送迎"
    })
}

#[actix_web::test]
async fn staff_keep_the_record_and_the_person_sees_the_same_contacts() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let nurse = app.token(NURSE).await;
    let person = app.a_new_participant("記録").await;
    let id = person["id"].as_str().unwrap();
    let path = format!("/api/v1/participants/{id}/record");

    // Nothing kept yet.
    let (status, empty) = app.get(&path, &therapist).await;
    assert_eq!(status, StatusCode::OK, "{empty}");
    assert_eq!(empty["contacts"], json!([]));
    assert_eq!(empty["conditions"], "");
    assert_eq!(empty["updated_at"], Value::Null);

    // The nurse writes it; emergency contacts come first, in the order given.
    let (status, saved) = app
        .request(Method::PUT, &path, Some(&nurse), Some(record_body()))
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let names: Vec<&str> = saved["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["記録 花子", "記録 一郎", "記録テスト医院"]);
    assert_eq!(saved["medication"], "降圧薬 朝1錠");
    assert_eq!(saved["updated_by"], "井上 真理");

    // The therapist reads what the nurse wrote.
    let (_, read) = app.get(&path, &therapist).await;
    assert_eq!(read["contacts"], saved["contacts"]);
    assert_eq!(read["transport"], "送迎");

    // The person's phone shows the same numbers on わたしのこと.
    let (status, _) = app
        .post(
            &format!("/api/v1/participants/{id}/sessions"),
            Some(&therapist),
            json!({"first_date": chrono::Utc::now().date_naive().to_string()}),
        )
        .await;
    assert!(status.is_success());
    let phone = app.enroll_phone(&therapist, id).await;
    let (status, notebook) = app
        .get(
            "/api/v1/me/notebook",
            phone["access_token"].as_str().unwrap(),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{notebook}");
    let phones: Vec<&str> = notebook["contacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["phone"].as_str().unwrap())
        .collect();
    assert_eq!(phones, ["000-777-0002", "000 777 0003", "000-777-0001"]);

    // Replacing keeps only what is sent.
    let (status, replaced) = app
        .request(
            Method::PUT,
            &path,
            Some(&therapist),
            Some(json!({"contacts": [{"kind": "doctor", "name": "別の医院", "phone": "000-777-0009"}],
                "conditions": "", "medication": "", "transport": "徒歩"})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{replaced}");
    assert_eq!(replaced["contacts"].as_array().unwrap().len(), 1);
    assert_eq!(replaced["contacts"][0]["relation"], "");
    assert_eq!(replaced["updated_by"], "山田 理沙");

    // Reads and changes are audited, and the free text is in no audit row.
    let admin = app.token(ADMIN).await;
    let (_, trail) = app
        .get(&format!("/api/v1/audit?participant_id={id}"), &admin)
        .await;
    let actions: Vec<&str> = trail
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(actions.contains(&"participant_record.read"), "{actions:?}");
    assert_eq!(
        actions
            .iter()
            .filter(|a| **a == "participant_record.update")
            .count(),
        2
    );
    assert!(!trail.to_string().contains("降圧薬"));
    assert!(!trail.to_string().contains("000-777"));
}

#[actix_web::test]
async fn a_bad_record_is_refused_in_words_and_nothing_changes() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let person = app.a_new_participant("記録誤り").await;
    let path = format!(
        "/api/v1/participants/{}/record",
        person["id"].as_str().unwrap()
    );
    let (status, _) = app
        .request(Method::PUT, &path, Some(&therapist), Some(record_body()))
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, refused) = app
        .request(
            Method::PUT,
            &path,
            Some(&therapist),
            Some(json!({"contacts": [{"kind": "emergency", "name": "誤り", "phone": "電話して"}]})),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    assert!(refused["message"].as_str().unwrap().contains("電話番号"));
    let (_, kept) = app.get(&path, &therapist).await;
    assert_eq!(kept["contacts"].as_array().unwrap().len(), 3);
    assert_eq!(kept["conditions"], "高血圧（記録テスト）");
}

#[actix_web::test]
async fn a_second_tab_gets_its_own_chain_of_the_same_sign_in() {
    let app = TestApp::spawn().await;
    let first = app.sign_in(THERAPIST).await;
    let first_refresh = first["refresh_token"].as_str().unwrap().to_owned();

    let (status, tab) = app
        .post(
            "/api/v1/auth/fork",
            None,
            json!({"refresh_token": first_refresh}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{tab}");
    assert_eq!(tab["user"]["kind"], "staff");
    let tab_refresh = tab["refresh_token"].as_str().unwrap().to_owned();
    assert_ne!(tab_refresh, first_refresh);
    let (status, _) = app
        .get(
            "/api/v1/participants",
            tab["access_token"].as_str().unwrap(),
        )
        .await;
    assert_eq!(status, StatusCode::OK);

    // Both tabs rotate their own chains without tripping the reuse check.
    for token in [&first_refresh, &tab_refresh] {
        let (status, rotated) = app
            .post(
                "/api/v1/auth/refresh",
                None,
                json!({"refresh_token": token}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{rotated}");
    }

    // A spent token forks nothing.
    let (status, _) = app
        .post(
            "/api/v1/auth/fork",
            None,
            json!({"refresh_token": first_refresh}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // A phone's sign-in never forks.
    let therapist = first["access_token"].as_str().unwrap();
    let person = app.a_participant(therapist).await;
    let phone = app
        .enroll_phone(therapist, person["id"].as_str().unwrap())
        .await;
    let (status, _) = app
        .post(
            "/api/v1/auth/fork",
            None,
            json!({"refresh_token": phone["refresh_token"]}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[actix_web::test]
async fn signing_out_in_one_tab_ends_every_tab() {
    let app = TestApp::spawn().await;
    let first = app.sign_in(NURSE).await;
    let (_, tab) = app
        .post(
            "/api/v1/auth/fork",
            None,
            json!({"refresh_token": first["refresh_token"]}),
        )
        .await;
    let (status, _) = app
        .post(
            "/api/v1/auth/logout",
            None,
            json!({"refresh_token": tab["refresh_token"]}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": first["refresh_token"]}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[actix_web::test]
async fn the_take_home_sheet_has_the_schedule_place_graduation_and_phone() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let person = app.a_new_participant("持ち帰り").await;
    let id = person["id"].as_str().unwrap();
    let path = format!("/api/v1/participants/{id}/take-home");

    // Before the schedule is made: the place and phone, no dates yet.
    let (status, early) = app.get(&path, &therapist).await;
    assert_eq!(status, StatusCode::OK, "{early}");
    assert_eq!(early["sessions"], json!([]));
    assert_eq!(early["graduation_date"], Value::Null);

    let first = chrono::Utc::now().date_naive() + chrono::Days::new(7);
    let (status, made) = app
        .post(
            &format!("/api/v1/participants/{id}/sessions"),
            Some(&therapist),
            json!({"first_date": first.to_string()}),
        )
        .await;
    assert!(status.is_success(), "{made}");
    let (status, sheet) = app.get(&path, &app.token(NURSE).await).await;
    assert_eq!(status, StatusCode::OK, "{sheet}");
    assert_eq!(sheet["display_name"], "持ち帰り 花子");
    assert_eq!(sheet["provider_phone"], "000-0000-0000");
    assert_eq!(sheet["starts_at"], "10:00");
    assert_eq!(sheet["ends_at"], "11:30");
    assert!(sheet["venue"]
        .as_str()
        .unwrap()
        .contains("地域交流センター"));
    assert_eq!(sheet["transport"], true);
    assert!(sheet["meeting_point"]
        .as_str()
        .unwrap()
        .contains("正面玄関"));
    let sessions = sheet["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 12);
    assert_eq!(sessions[0]["date"], made["sessions"][0]["date"]);
    assert_eq!(sheet["graduation_date"], sessions[11]["date"]);
    for (s, m) in sessions.iter().zip(made["sessions"].as_array().unwrap()) {
        assert_eq!(s["kind"], m["kind"], "通所 or 訪問 as planned");
    }

    // The code on the sheet comes as a sharp SVG too.
    let (status, code) = app
        .post(
            &format!("/api/v1/participants/{id}/enrollment-codes"),
            Some(&therapist),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{code}");
    assert!(code["qr_svg"].as_str().unwrap().starts_with("<svg"));

    // Read as part of the record: audited, with the code's issue.
    let (_, trail) = app
        .get(
            &format!("/api/v1/audit?participant_id={id}"),
            &app.token(ADMIN).await,
        )
        .await;
    let actions: Vec<&str> = trail
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions
            .iter()
            .filter(|a| **a == "participant.take_home")
            .count(),
        2,
        "{actions:?}"
    );
    assert!(actions.contains(&"enrollment_code.issue"), "{actions:?}");

    // The care manager sees the person but prints no sheet; another town does not see them.
    let (status, _) = app.get(&path, &app.token(CARE_MANAGER).await).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = app.get(&path, &app.token(OTHER_TOWN).await).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
