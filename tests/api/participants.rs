//! Participants, screening, the audit trail and bad input.

use chrono::NaiveDate;
use dekita::domain::ids::ParticipantId;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::helpers::*;
use crate::scenario::paths;

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
    let therapist = app.as_staff(THERAPIST).await.participants().await;
    let nurse = app.as_staff(NURSE).await.participants().await;
    let care = app.as_staff(CARE_MANAGER).await.participants().await;
    let admin = app.as_staff(ADMIN).await.participants().await;
    let coordinator = app.as_staff(COORDINATOR).await.participants().await;
    let other = app.as_staff(OTHER_TOWN).await.participants().await;
    // The cohort's twelve and three graduates of an earlier course (followed up).
    assert_eq!(therapist.len(), 15, "everyone of the provider");
    assert_eq!(nurse.len(), 15);
    assert_eq!(care.len(), 15, "the care manager referred all fifteen");
    assert_eq!(admin.len(), 15);
    assert_eq!(coordinator.len(), 0, "no consented handoff exists yet");
    assert_eq!(
        other.len(),
        1,
        "only the neighbouring town's own participant"
    );
    let ours: Vec<&ParticipantId> = therapist.iter().map(|p| &p.id).collect();
    assert!(other.iter().all(|p| !ours.contains(&&p.id)));
    let statuses: Vec<&str> = therapist.iter().map(|p| p.status.as_str()).collect();
    for stage in ["referred", "enrolled", "completed", "discontinued"] {
        assert!(statuses.contains(&stage), "the demo has someone {stage}");
    }
}

#[actix_web::test]
async fn a_screening_says_which_criteria_matched_and_is_kept() {
    let app = TestApp::spawn().await;
    let therapist = app.therapist().await;
    let pid = therapist.an_enrolled_participant().await;
    let mut answers = answers_with(&[6, 7, 8]);
    answers[11] = Value::Null; // item 12 from height and weight
    let result = therapist
        .screen(
            &pid,
            json!({"answers": answers, "height_cm": 150.0, "weight_kg": 41.0, "certification": "none"}),
        )
        .await;
    assert!(result.eligible);
    assert_eq!(result.basis.as_deref(), Some("checklist"));
    assert!(result.item12, "BMI 18.2 < 18.5");
    let matched: Vec<u8> = result
        .criteria
        .iter()
        .filter(|c| c.matched)
        .map(|c| c.number)
        .collect();
    assert_eq!(
        matched,
        vec![2],
        "three of items 6–10 (運動器); item 11 alone does not make 栄養"
    );
    assert!(!result.reasons.is_empty());

    let list = therapist.screenings(&pid).await;
    assert_eq!(list[0].id, result.id, "newest first");
    assert_eq!(list[0].screened_by_name, "山田 理沙");
}

#[actix_web::test]
async fn exclusions_override_a_certification() {
    let app = TestApp::spawn().await;
    let care_manager = app.as_staff(CARE_MANAGER).await;
    let pid = care_manager.an_enrolled_participant().await;
    let result = care_manager
        .screen(
            &pid,
            json!({"answers": answers_with(&[]), "height_cm": null, "weight_kg": null,
                   "certification": "support_2", "exclusions": {"using_day_service": true}}),
        )
        .await;
    assert!(!result.eligible);
    assert_eq!(result.exclusions, vec!["using_day_service"]);
}

#[actix_web::test]
async fn bad_screening_input_is_a_clear_422_and_stores_nothing() {
    let app = TestApp::spawn().await;
    let therapist = app.therapist().await;
    let pid = therapist.an_enrolled_participant().await;
    let path = paths::screenings(&pid);
    let before: Value = therapist.get(&path).await;
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
        let (status, error) = therapist
            .send(Method::POST, &path, Some(body.clone()))
            .await;
        assert_eq!(
            status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{body} -> {error}"
        );
        assert_eq!(error["error"], "validation");
        assert!(!error["message"].as_str().unwrap().is_empty());
    }
    let after: Value = therapist.get(&path).await;
    assert_eq!(before, after);
}

#[actix_web::test]
async fn staff_create_a_participant_with_kana_checked() {
    let app = TestApp::spawn().await;
    let therapist = app.therapist().await;
    let cohort = therapist.cohorts().await[0].id.clone();
    let person = json!({"family_name": "試験", "given_name": "一郎", "family_name_kana": "しけん",
        "given_name_kana": "いちろう", "birth_date": "1944-05-05", "sex": "male", "cohort_id": cohort});
    let mut wrong = person.clone();
    wrong["given_name_kana"] = json!("一郎");
    let (status, error) = therapist
        .send(Method::POST, paths::PARTICIPANTS, Some(wrong))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{error}");
    let created = therapist.register(person).await;
    assert_eq!(created.summary.status, "referred");
    assert_eq!(created.summary.display_name, "試験 一郎");
    let fetched = therapist.participant(&created.summary.id).await;
    assert_eq!(
        fetched.birth_date,
        NaiveDate::from_ymd_opt(1944, 5, 5).unwrap()
    );
}

#[actix_web::test]
async fn every_staff_read_of_a_record_is_in_the_audit_trail() {
    let app = TestApp::spawn().await;
    let nurse = app.as_staff(NURSE).await;
    let pid = nurse.an_enrolled_participant().await;
    nurse.participant(&pid).await;
    let trail = app.as_staff(ADMIN).await.audit_of(&pid).await;
    let read = trail
        .iter()
        .find(|e| e.action == "participant.read")
        .expect("the nurse's read is recorded");
    assert_eq!(read.role, "nurse");
    assert_eq!(read.staff_name, "井上 真理");
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
