//! Participants, screening, the audit trail and bad input.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::*;

fn answers_with(counted: &[usize]) -> Vec<Value> {
    (1..=25)
        .map(|item| {
            let counts_when_no = matches!(item, 1..=8 | 16 | 19);
            let counted = counted.contains(&item);
            Value::Bool(counted != counts_when_no)
        })
        .collect()
}

#[actix_web::test]
async fn roles_see_the_participants_their_work_needs() {
    let app = TestApp::spawn().await;
    let count = |v: &Value| v.as_array().unwrap().len();
    let (_, therapist) = app
        .get("/api/v1/participants", &app.token(THERAPIST).await)
        .await;
    let (_, nurse) = app
        .get("/api/v1/participants", &app.token(NURSE).await)
        .await;
    let (_, care) = app
        .get("/api/v1/participants", &app.token(CARE_MANAGER).await)
        .await;
    let (_, admin) = app
        .get("/api/v1/participants", &app.token(ADMIN).await)
        .await;
    let (_, coordinator) = app
        .get("/api/v1/participants", &app.token(COORDINATOR).await)
        .await;
    let (_, other) = app
        .get("/api/v1/participants", &app.token(OTHER_TOWN).await)
        .await;
    // The cohort's twelve and three graduates of an earlier course (followed up).
    assert_eq!(count(&therapist), 15, "everyone of the provider");
    assert_eq!(count(&nurse), 15);
    assert_eq!(count(&care), 15, "the care manager referred all fifteen");
    assert_eq!(count(&admin), 15);
    assert_eq!(count(&coordinator), 0, "no consented handoff exists yet");
    assert_eq!(
        count(&other),
        1,
        "only the neighbouring town's own participant"
    );
    let ours: Vec<&Value> = therapist
        .as_array()
        .unwrap()
        .iter()
        .map(|p| &p["id"])
        .collect();
    assert!(other
        .as_array()
        .unwrap()
        .iter()
        .all(|p| !ours.contains(&&p["id"])));
    let statuses: Vec<&str> = therapist
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["status"].as_str().unwrap())
        .collect();
    for stage in ["referred", "enrolled", "completed", "discontinued"] {
        assert!(statuses.contains(&stage), "the demo has someone {stage}");
    }
}

#[actix_web::test]
async fn a_screening_says_which_criteria_matched_and_is_kept() {
    let app = TestApp::spawn().await;
    let token = app.token(THERAPIST).await;
    let pid = app.a_participant(&token).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut answers = answers_with(&[6, 7, 8]);
    answers[11] = Value::Null; // item 12 from height and weight
    let (status, result) = app
        .post(
            &format!("/api/v1/participants/{pid}/screenings"),
            Some(&token),
            json!({"answers": answers, "height_cm": 150.0, "weight_kg": 41.0, "certification": "none"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{result}");
    assert_eq!(result["eligible"], true);
    assert_eq!(result["basis"], "checklist");
    assert_eq!(result["item12"], true, "BMI 18.2 < 18.5");
    let matched: Vec<u64> = result["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["matched"] == true)
        .map(|c| c["number"].as_u64().unwrap())
        .collect();
    assert_eq!(
        matched,
        vec![2],
        "three of items 6–10 (運動器); item 11 alone does not make 栄養"
    );
    assert!(!result["reasons"].as_array().unwrap().is_empty());

    let (status, list) = app
        .get(&format!("/api/v1/participants/{pid}/screenings"), &token)
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list[0]["id"], result["id"], "newest first");
    assert_eq!(list[0]["screened_by_name"], "山田 理沙");
}

#[actix_web::test]
async fn exclusions_override_a_certification() {
    let app = TestApp::spawn().await;
    let token = app.token(CARE_MANAGER).await;
    let pid = app.a_participant(&token).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, result) = app
        .post(
            &format!("/api/v1/participants/{pid}/screenings"),
            Some(&token),
            json!({"answers": answers_with(&[]), "height_cm": null, "weight_kg": null,
                   "certification": "support_2", "exclusions": {"using_day_service": true}}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{result}");
    assert_eq!(result["eligible"], false);
    assert_eq!(result["exclusions"], json!(["using_day_service"]));
}

#[actix_web::test]
async fn bad_screening_input_is_a_clear_422_and_stores_nothing() {
    let app = TestApp::spawn().await;
    let token = app.token(THERAPIST).await;
    let pid = app.a_participant(&token).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let path = format!("/api/v1/participants/{pid}/screenings");
    let (_, before) = app.get(&path, &token).await;
    let mut missing_12 = answers_with(&[]);
    missing_12[11] = Value::Null;
    let bad = [
        json!({"answers": [true, false], "certification": "none"}),
        json!({"answers": missing_12, "certification": "none"}),
        json!({"answers": answers_with(&[]), "certification": "youkaigo"}),
        json!({"answers": answers_with(&[]), "height_cm": 20.0, "weight_kg": 50.0, "certification": "none"}),
        json!({"answers": "everything", "certification": "none"}),
    ];
    for body in bad {
        let (status, error) = app.post(&path, Some(&token), body.clone()).await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{body} -> {error}"
        );
        assert_eq!(error["error"], "validation");
        assert!(!error["message"].as_str().unwrap().is_empty());
    }
    let (_, after) = app.get(&path, &token).await;
    assert_eq!(before, after);
}

#[actix_web::test]
async fn staff_create_a_participant_with_kana_checked() {
    let app = TestApp::spawn().await;
    let token = app.token(THERAPIST).await;
    let (_, cohorts) = app.get("/api/v1/cohorts", &token).await;
    let cohort = cohorts[0]["id"].clone();
    let person = json!({"family_name": "試験", "given_name": "一郎", "family_name_kana": "しけん",
        "given_name_kana": "いちろう", "birth_date": "1944-05-05", "sex": "male", "cohort_id": cohort});
    let mut wrong = person.clone();
    wrong["given_name_kana"] = json!("一郎");
    let (status, error) = app.post("/api/v1/participants", Some(&token), wrong).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    let (status, created) = app.post("/api/v1/participants", Some(&token), person).await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(created["status"], "referred");
    assert_eq!(created["display_name"], "試験 一郎");
    let (status, fetched) = app
        .get(
            &format!("/api/v1/participants/{}", created["id"].as_str().unwrap()),
            &token,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(fetched["birth_date"], "1944-05-05");
}

#[actix_web::test]
async fn every_staff_read_of_a_record_is_in_the_audit_trail() {
    let app = TestApp::spawn().await;
    let nurse = app.token(NURSE).await;
    let pid = app.a_participant(&nurse).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, _) = app
        .get(&format!("/api/v1/participants/{pid}"), &nurse)
        .await;
    assert_eq!(status, StatusCode::OK);
    let admin = app.token(ADMIN).await;
    let (status, trail) = app
        .get(&format!("/api/v1/audit?participant_id={pid}"), &admin)
        .await;
    assert_eq!(status, StatusCode::OK);
    let read = trail
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "participant.read")
        .expect("the nurse's read is recorded");
    assert_eq!(read["role"], "nurse");
    assert_eq!(read["staff_name"], "井上 真理");
}

#[actix_web::test]
async fn malformed_and_oversized_bodies_are_4xx_not_500() {
    let app = TestApp::spawn().await;
    let token = app.token(THERAPIST).await;
    let raw = |body: String| {
        app.client
            .post(format!("{}/api/v1/participants", app.url))
            .bearer_auth(&token)
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    let res = raw("{not json".into()).await.unwrap();
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = raw(format!("{{\"family_name\": \"{}\"}}", "あ".repeat(100_000)))
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"], "payload_too_large");
    let (status, body) = app.get("/api/v1/no-such-thing", &token).await;
    assert_eq!(
        (status, body["error"].as_str()),
        (StatusCode::NOT_FOUND, Some("not_found"))
    );
}

#[actix_web::test]
async fn the_list_narrows_to_those_needing_attention_as_the_overviews_show_them() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let names = |v: &Value| -> Vec<String> {
        let mut names: Vec<String> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["display_name"].as_str().unwrap().to_owned())
            .collect();
        names.sort();
        names
    };
    let (_, all) = app.get("/api/v1/participants", &therapist).await;
    let (status, flagged) = app
        .get("/api/v1/participants?attention=true", &therapist)
        .await;
    assert_eq!(status, StatusCode::OK, "{flagged}");
    // The same people the overviews of the therapist's cohorts flag.
    let (_, cohorts) = app.get("/api/v1/cohorts", &therapist).await;
    let mut expected = Vec::new();
    for cohort in cohorts.as_array().unwrap() {
        let (_, overview) = app
            .get(
                &format!(
                    "/api/v1/cohorts/{}/overview",
                    cohort["id"].as_str().unwrap()
                ),
                &therapist,
            )
            .await;
        for person in overview["participants"].as_array().unwrap() {
            if !person["attention"].as_array().unwrap().is_empty() {
                expected.push(person["display_name"].as_str().unwrap().to_owned());
            }
        }
    }
    expected.sort();
    assert_eq!(names(&flagged), expected);
    let flagged_names = names(&flagged);
    for who in ["岡本", "木下", "青木"] {
        assert!(
            flagged_names.iter().any(|n| n.starts_with(who)),
            "{who} needs attention: {flagged_names:?}"
        );
    }
    assert!(
        !flagged_names.iter().any(|n| n.starts_with("佐野")),
        "graduates are not flagged"
    );
    assert!(flagged_names.len() < names(&all).len());
    // The summaries are the list's own, in the list's order.
    let all_ids: Vec<&Value> = all.as_array().unwrap().iter().map(|p| &p["id"]).collect();
    let flagged_ids: Vec<&Value> = flagged
        .as_array()
        .unwrap()
        .iter()
        .map(|p| &p["id"])
        .collect();
    let in_order: Vec<&Value> = all_ids
        .iter()
        .copied()
        .filter(|id| flagged_ids.contains(id))
        .collect();
    assert_eq!(flagged_ids, in_order);
    assert_eq!(
        flagged.as_array().unwrap()[0],
        all.as_array().unwrap()[all_ids.iter().position(|id| *id == flagged_ids[0]).unwrap()]
    );
    // `false` is the whole list.
    let (_, unfiltered) = app
        .get("/api/v1/participants?attention=false", &therapist)
        .await;
    assert_eq!(names(&unfiltered), names(&all));

    // A person just registered has no schedule yet: flagged at once.
    let person = app.a_new_participant("要確認").await;
    let (_, now) = app
        .get("/api/v1/participants?attention=true", &therapist)
        .await;
    assert!(now
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p["id"] == person["id"]));

    // Scoped like the list: another town sees none of ours; the coordinator may not ask.
    let (_, other) = app
        .get(
            "/api/v1/participants?attention=true",
            &app.token(OTHER_TOWN).await,
        )
        .await;
    assert!(other
        .as_array()
        .unwrap()
        .iter()
        .all(|p| !all_ids.contains(&&p["id"]) && p["id"] != person["id"]));
    let (status, _) = app
        .get(
            "/api/v1/participants?attention=true",
            &app.token(COORDINATOR).await,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = app
        .get("/api/v1/participants?attention=maybe", &therapist)
        .await;
    assert!(status.is_client_error());
}
