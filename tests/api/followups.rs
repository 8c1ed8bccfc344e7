//! Follow-up after the program through real HTTP, with the injectable clock: the end of a
//! program queues one job, the runner makes the three tasks (3, 6, 12 months, each once even
//! with two servers on one database), given to the coordinator with a live consent, else the
//! referring 包括; the coordinator records the 3-month one months later; a withdrawn consent
//! moves the open tasks to the 包括.

use chrono::{Months, NaiveDate};
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::*;

fn person_id(list: &Value, family: &str) -> String {
    list.as_array()
        .unwrap()
        .iter()
        .find(|p| p["family_name"] == family)
        .unwrap_or_else(|| panic!("the demo has {family}"))["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// The caller's tasks for one person, once the job runner has made all three.
async fn tasks_of(app: &TestApp, token: &str, participant: &str, expect: usize) -> Vec<Value> {
    for _ in 0..100 {
        let (status, list) = app.get("/api/v1/follow-ups", token).await;
        assert_eq!(status, StatusCode::OK, "{list}");
        let mine: Vec<Value> = list
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| t["participant_id"] == participant)
            .cloned()
            .collect();
        if mine.len() >= expect {
            return mine;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the follow-up tasks never came");
}

fn today() -> NaiveDate {
    // A fixed day, so the due dates are known.
    NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
}

#[actix_web::test]
async fn completion_makes_three_tasks_the_coordinator_records_and_a_withdrawal_moves_them() {
    let app = TestApp::builder().today(today()).spawn().await;
    let therapist = app.token(THERAPIST).await;
    let coordinator = app.token(COORDINATOR).await;
    let care_manager = app.token(CARE_MANAGER).await;
    let admin = app.token(ADMIN).await;
    let (_, list) = app.get("/api/v1/participants", &therapist).await;
    // 小松: in the program, referred by the demo 包括.
    let p = person_id(&list, "小松");
    let base = format!("/api/v1/participants/{p}");
    let (_, coordinators) = app.get("/api/v1/coordinators", &therapist).await;
    let sc = coordinators[0]["staff_id"].as_str().unwrap().to_owned();
    let (status, consent) = app
        .post(
            &format!("{base}/consents"),
            Some(&therapist),
            json!({"purpose": "sc_handoff", "recipient_staff_id": sc,
                "parts": ["contact", "followup_results"], "method": "paper",
                "paper_kept_at": "事業所の書庫"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{consent}");
    let consent_id = consent["id"].as_str().unwrap().to_owned();

    // Nothing before the end.
    let (_, before) = app.get("/api/v1/follow-ups", &admin).await;
    assert!(!before.to_string().contains(&p));
    let (status, done) = app
        .post(
            &format!("{base}/completion"),
            Some(&therapist),
            json!({"reason": "12回目を前倒しで修了"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{done}");

    // Two more servers on the same database: each task is still made once.
    let second = TestApp::builder()
        .same_database_as(&app)
        .today(today())
        .spawn()
        .await;
    let tasks = tasks_of(&app, &coordinator, &p, 3).await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let tasks_again = tasks_of(&second, &coordinator, &p, 3).await;
    assert_eq!(tasks_again.len(), 3, "once each: {tasks_again:?}");
    assert_eq!(
        tasks
            .iter()
            .map(|t| (t["months"].as_i64().unwrap(), t["due_on"].as_str().unwrap()))
            .collect::<Vec<_>>(),
        vec![(3, "2027-02-28"), (6, "2027-05-30"), (12, "2027-11-30")],
        "due 3, 6 and 12 months after the end (30 November + 3 months is 28 February)"
    );
    for t in &tasks {
        assert_eq!(t["assignee_kind"], "coordinator");
        assert_eq!(t["assigned_name"], "小林 陽子");
        assert_eq!(t["state"], "upcoming");
        assert!(t["display_name"].as_str().unwrap().starts_with("小松"));
    }
    assert_eq!(tasks[0]["window_from"], "2027-02-14");
    assert_eq!(tasks[0]["window_until"], "2027-03-14");
    // The 包括 who referred the person sees them too; the municipality sees all.
    assert_eq!(tasks_of(&app, &care_manager, &p, 3).await.len(), 3);
    assert_eq!(tasks_of(&app, &admin, &p, 3).await.len(), 3);
    // The nurse has no follow-ups.
    let nurse = app.token(NURSE).await;
    let (status, _) = app.get("/api/v1/follow-ups", &nurse).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // The person sees their dates on the phone.
    let phone = app.enroll_phone(&therapist, &p).await;
    let phone = phone["access_token"].as_str().unwrap().to_owned();
    let (status, mine) = app.get("/api/v1/me/follow-ups", &phone).await;
    assert_eq!(status, StatusCode::OK, "{mine}");
    assert_eq!(mine.as_array().unwrap().len(), 3);
    assert_eq!(mine[0]["due_on"], "2027-02-28");
    assert_eq!(mine[0]["done"], false);

    // Too early: the window has not opened.
    let three = tasks[0]["id"].as_str().unwrap().to_owned();
    let record = json!({
        "method": "phone", "informant": "ご本人",
        "certification": "support_1", "certification_change": "same",
        "services": ["general_prevention"],
        "participation": [{"kind": "salon", "per_week": 1.0}, {"kind": "home_role"}],
        "events": [], "living_independently": true, "home_exercise_days": 4,
        "measures": {"self_rated_health": 3}, "satisfaction": 4,
        "fit_note": "サロンの体操は少し物足りない", "next_action": "none"
    });
    let (status, early) = app
        .post(
            &format!("/api/v1/follow-ups/{three}"),
            Some(&coordinator),
            record.clone(),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{early}");

    // Three months on, a server whose clock says so: the coordinator records it.
    let later = TestApp::builder()
        .same_database_as(&app)
        .today(today().checked_add_months(Months::new(3)).unwrap())
        .spawn()
        .await;
    let coordinator_later = later.token(COORDINATOR).await;
    let listed = tasks_of(&later, &coordinator_later, &p, 3).await;
    assert_eq!(listed[0]["state"], "due");
    let mut wrong = record.clone();
    wrong["services"] = json!(["a_spa"]);
    let (status, _) = later
        .post(
            &format!("/api/v1/follow-ups/{three}"),
            Some(&coordinator_later),
            wrong,
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, recorded) = later
        .post(
            &format!("/api/v1/follow-ups/{three}"),
            Some(&coordinator_later),
            record,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{recorded}");
    assert_eq!(recorded["state"], "done");
    assert_eq!(recorded["done_on"], "2027-02-28");
    assert_eq!(
        recorded["status"], "community",
        "一般介護予防事業 and a salon: connected to the community"
    );
    assert_eq!(recorded["status_label"], "地域につながった");
    assert_eq!(recorded["record"]["home_exercise_days"], 4);

    // The person withdraws the consent: the open tasks go to the referring 包括 at once,
    // the done one stays as it was; the coordinator no longer sees any.
    let (status, withdrawn) = later
        .post(
            &format!("{base}/consents/{consent_id}/withdraw"),
            Some(&later.token(THERAPIST).await),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{withdrawn}");
    let (_, theirs) = later.get("/api/v1/follow-ups", &coordinator_later).await;
    assert!(!theirs.to_string().contains(&p), "{theirs}");
    let (status, gone) = later
        .post(
            &format!("/api/v1/follow-ups/{}", listed[1]["id"].as_str().unwrap()),
            Some(&coordinator_later),
            json!({"method": "phone", "certification": "none",
                "certification_change": "same", "next_action": "none"}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "no longer theirs");
    assert!(!gone.to_string().contains("小松"));
    let care_manager_later = later.token(CARE_MANAGER).await;
    let moved = tasks_of(&later, &care_manager_later, &p, 3).await;
    assert_eq!(moved[0]["assignee_kind"], "coordinator", "done: as it was");
    assert_eq!(moved[0]["status"], "community");
    for t in &moved[1..] {
        assert_eq!(t["assignee_kind"], "care_manager", "{t}");
        assert_eq!(t["assigned_name"], "中村 健");
    }
    // The municipality may give one back to the coordinator only with a live consent.
    let admin_later = later.token(ADMIN).await;
    let six = moved[1]["id"].as_str().unwrap();
    let (status, refused) = later
        .post(
            &format!("/api/v1/follow-ups/{six}/assignee"),
            Some(&admin_later),
            json!({"staff_id": sc}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{refused}");
    let (status, taken) = later
        .post(
            &format!("/api/v1/follow-ups/{six}/assignee"),
            Some(&admin_later),
            json!({"staff_id": null}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{taken}");
    assert_eq!(taken["assignee_kind"], "municipality");
    let (status, _) = later
        .post(
            &format!("/api/v1/follow-ups/{six}/assignee"),
            Some(&care_manager_later),
            json!({"staff_id": null}),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "only the municipality reassigns"
    );
}

#[actix_web::test]
async fn a_discontinued_person_is_followed_up_by_the_referring_care_manager() {
    let app = TestApp::builder().today(today()).spawn().await;
    let therapist = app.token(THERAPIST).await;
    let care_manager = app.token(CARE_MANAGER).await;
    let coordinator = app.token(COORDINATOR).await;
    let (_, list) = app.get("/api/v1/participants", &therapist).await;
    let p = person_id(&list, "石田");
    let (status, stopped) = app
        .post(
            &format!("/api/v1/participants/{p}/discontinuation"),
            Some(&therapist),
            json!({"reason": "moved", "note": ""}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{stopped}");
    let tasks = tasks_of(&app, &care_manager, &p, 3).await;
    assert_eq!(tasks.len(), 3);
    for t in &tasks {
        assert_eq!(t["assignee_kind"], "care_manager");
    }
    let (_, theirs) = app.get("/api/v1/follow-ups", &coordinator).await;
    assert!(
        !theirs.to_string().contains(&p),
        "no consent: the coordinator sees nothing"
    );
    // Twelve months and more on: the open ones are escalated for the municipality.
    let later = TestApp::builder()
        .same_database_as(&app)
        .today(NaiveDate::from_ymd_opt(2028, 1, 5).unwrap())
        .spawn()
        .await;
    let admin = later.token(ADMIN).await;
    let seen = tasks_of(&later, &admin, &p, 3).await;
    assert_eq!(
        seen.iter()
            .map(|t| t["state"].as_str().unwrap())
            .collect::<Vec<_>>(),
        ["escalated", "escalated", "overdue"]
    );
}
