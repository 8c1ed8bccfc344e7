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

/// A consent that begins next month: until then the referring 包括 holds the tasks; from its
/// first day the coordinator does — decided when the list is read, with no job run in between.
#[actix_web::test]
async fn a_consent_from_next_month_gives_the_tasks_to_the_coordinator_from_that_day() {
    let app = TestApp::builder().today(today()).spawn().await;
    let therapist = app.token(THERAPIST).await;
    let coordinator = app.token(COORDINATOR).await;
    let care_manager = app.token(CARE_MANAGER).await;
    let (_, list) = app.get("/api/v1/participants", &therapist).await;
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
                "paper_kept_at": "事業所の書庫",
                "valid_from": "2027-01-01", "valid_until": "2028-03-31"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{consent}");
    let (status, done) = app
        .post(
            &format!("{base}/completion"),
            Some(&therapist),
            json!({"reason": "修了"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{done}");
    // Before the consent begins: with the 包括, not in the coordinator's list.
    let tasks = tasks_of(&app, &care_manager, &p, 3).await;
    for t in &tasks {
        assert_eq!(t["assignee_kind"], "care_manager", "{t}");
        assert_eq!(t["assigned_name"], "中村 健");
    }
    let (_, theirs) = app.get("/api/v1/follow-ups", &coordinator).await;
    assert!(!theirs.to_string().contains(&p), "{theirs}");
    // The last day before it: still the 包括.
    let eve = TestApp::builder()
        .same_database_as(&app)
        .today(NaiveDate::from_ymd_opt(2026, 12, 31).unwrap())
        .spawn()
        .await;
    let (_, theirs) = eve
        .get("/api/v1/follow-ups", &eve.token(COORDINATOR).await)
        .await;
    assert!(!theirs.to_string().contains(&p), "{theirs}");
    // Its first day, on a server whose clock says so (no job runs between): the coordinator's.
    let then = TestApp::builder()
        .same_database_as(&app)
        .today(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap())
        .spawn()
        .await;
    let coordinator_then = then.token(COORDINATOR).await;
    let theirs = tasks_of(&then, &coordinator_then, &p, 3).await;
    for t in &theirs {
        assert_eq!(t["assignee_kind"], "coordinator", "{t}");
        assert_eq!(t["assigned_name"], "小林 陽子");
    }
    // The 包括 still sees the people they referred, now held by the coordinator.
    let cm_then = tasks_of(&then, &then.token(CARE_MANAGER).await, &p, 3).await;
    assert!(cm_then.iter().all(|t| t["assignee_kind"] == "coordinator"));
    // And the coordinator records the 3-month one in its window.
    let three = theirs[0]["id"].as_str().unwrap().to_owned();
    let in_window = TestApp::builder()
        .same_database_as(&app)
        .today(NaiveDate::from_ymd_opt(2027, 2, 20).unwrap())
        .spawn()
        .await;
    let (status, recorded) = in_window
        .post(
            &format!("/api/v1/follow-ups/{three}"),
            Some(&in_window.token(COORDINATOR).await),
            json!({"method": "phone", "certification": "none",
                "certification_change": "same", "next_action": "none",
                "living_independently": true}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{recorded}");
    assert_eq!(recorded["assignee_kind"], "coordinator");
    assert_eq!(recorded["status"], "self_only");
    // After the consent ends, the open ones fall back to the 包括; the done one stays.
    let after = TestApp::builder()
        .same_database_as(&app)
        .today(NaiveDate::from_ymd_opt(2028, 4, 1).unwrap())
        .spawn()
        .await;
    let (_, theirs) = after
        .get("/api/v1/follow-ups", &after.token(COORDINATOR).await)
        .await;
    assert!(!theirs.to_string().contains(&p), "{theirs}");
    let back = tasks_of(&after, &after.token(CARE_MANAGER).await, &p, 3).await;
    assert_eq!(back[0]["assignee_kind"], "coordinator", "done: as it was");
    assert_eq!(back[1]["assignee_kind"], "care_manager");
    assert_eq!(back[2]["assignee_kind"], "care_manager");
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

/// A consent given after the end moves the tasks from the 包括 to the coordinator; at six months
/// the person answers the short questions on the phone, the coordinator sees the answer as the
/// self-report part and records the follow-up from it; the dates are in the calendar feed.
#[actix_web::test]
async fn a_later_consent_moves_the_tasks_and_the_six_month_one_is_answered_on_the_phone() {
    let app = TestApp::builder().today(today()).spawn().await;
    let therapist = app.token(THERAPIST).await;
    let care_manager = app.token(CARE_MANAGER).await;
    let (_, list) = app.get("/api/v1/participants", &therapist).await;
    let p = person_id(&list, "小松");
    let base = format!("/api/v1/participants/{p}");
    let (status, done) = app
        .post(
            &format!("{base}/completion"),
            Some(&therapist),
            json!({"reason": "修了"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{done}");
    let tasks = tasks_of(&app, &care_manager, &p, 3).await;
    assert!(tasks.iter().all(|t| t["assignee_kind"] == "care_manager"));

    // Asked on the phone: nothing moves until the person agrees there.
    let (_, coordinators) = app.get("/api/v1/coordinators", &therapist).await;
    let sc = coordinators[0]["staff_id"].as_str().unwrap().to_owned();
    let (status, consent) = app
        .post(
            &format!("{base}/consents"),
            Some(&therapist),
            json!({"purpose": "sc_handoff", "recipient_staff_id": sc,
                "parts": ["contact", "followup_results"], "method": "device"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{consent}");
    let tasks = tasks_of(&app, &care_manager, &p, 3).await;
    assert!(
        tasks.iter().all(|t| t["assignee_kind"] == "care_manager"),
        "asked, not given"
    );
    let phone = app.enroll_phone(&therapist, &p).await;
    let phone = phone["access_token"].as_str().unwrap().to_owned();
    let (status, mine) = app.get("/api/v1/me/consents", &phone).await;
    assert_eq!(status, StatusCode::OK);
    let version = mine[0]["wording_version"].as_str().unwrap().to_owned();
    let (status, agreed) = app
        .post(
            &format!(
                "/api/v1/me/consents/{}/agree",
                consent["id"].as_str().unwrap()
            ),
            Some(&phone),
            json!({"wording_version": version}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{agreed}");
    let coordinator = app.token(COORDINATOR).await;
    let theirs = tasks_of(&app, &coordinator, &p, 3).await;
    for t in &theirs {
        assert_eq!(t["assignee_kind"], "coordinator", "{t}");
        assert_eq!(t["assigned_name"], "小林 陽子");
    }

    // Before any window opens the phone may not answer.
    let (_, mine) = app.get("/api/v1/me/follow-ups", &phone).await;
    assert_eq!(mine[0]["open"], false);
    let six = mine[1]["id"].as_str().unwrap().to_owned();
    let answer = json!({"outings": "few_a_week", "places": ["salon", "shopping", "salon"],
        "exercise": "sometimes"});
    let (status, early) = app
        .post(
            &format!("/api/v1/me/follow-ups/{six}/self-report"),
            Some(&phone),
            answer.clone(),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{early}");

    // Six months on (30 May 2027): the 6-month one is open on the phone.
    let later = TestApp::builder()
        .same_database_as(&app)
        .today(NaiveDate::from_ymd_opt(2027, 5, 25).unwrap())
        .spawn()
        .await;
    let (_, mine) = later.get("/api/v1/me/follow-ups", &phone).await;
    assert_eq!(mine[1]["months"], 6);
    assert_eq!(mine[1]["open"], true);
    assert_eq!(mine[2]["open"], false, "the 12-month one is far off");
    let mut wrong = answer.clone();
    wrong["outings"] = json!("always");
    let (status, _) = later
        .post(
            &format!("/api/v1/me/follow-ups/{six}/self-report"),
            Some(&phone),
            wrong,
        )
        .await;
    assert!(status.is_client_error(), "{status}");
    let (status, answered) = later
        .post(
            &format!("/api/v1/me/follow-ups/{six}/self-report"),
            Some(&phone),
            answer,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{answered}");
    assert_eq!(
        answered["self_report"]["places"],
        json!(["salon", "shopping"])
    );
    assert_eq!(answered["self_report"]["answered_on"], "2027-05-25");
    // Another phone cannot answer this person's follow-up.
    let (_, list) = later.get("/api/v1/participants", &therapist).await;
    let other = person_id(&list, "上野");
    let other_phone = later.enroll_phone(&therapist, &other).await;
    let (status, _) = later
        .post(
            &format!("/api/v1/me/follow-ups/{six}/self-report"),
            Some(other_phone["access_token"].as_str().unwrap()),
            json!({"outings": "rarely", "exercise": "stopped"}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // The coordinator sees the answer beside the task and records from it.
    let coordinator_later = later.token(COORDINATOR).await;
    let listed = tasks_of(&later, &coordinator_later, &p, 3).await;
    let task = listed.iter().find(|t| t["id"] == six.as_str()).unwrap();
    assert_eq!(task["state"], "due");
    assert_eq!(task["self_report"]["outings"], "few_a_week");
    assert_eq!(task["self_report"]["exercise"], "sometimes");
    let (status, recorded) = later
        .post(
            &format!("/api/v1/follow-ups/{six}"),
            Some(&coordinator_later),
            json!({"method": "self_report", "informant": "ご本人（アプリ）",
                "certification": "unknown", "certification_change": "unknown",
                "participation": [{"kind": "salon", "per_week": 1.0}],
                "living_independently": true, "home_exercise_days": 3,
                "next_action": "none"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{recorded}");
    assert_eq!(recorded["status"], "community");
    assert_eq!(recorded["record"]["method"], "self_report");
    assert_eq!(
        recorded["self_report"]["outings"], "few_a_week",
        "kept beside it"
    );
    // Recorded: the phone no longer changes it.
    let (status, _) = later
        .post(
            &format!("/api/v1/me/follow-ups/{six}/self-report"),
            Some(&phone),
            json!({"outings": "rarely", "exercise": "stopped"}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);

    // The follow-up dates are in the coordinator's calendar feed.
    let (status, feed) = later
        .post(
            "/api/v1/calendar-feeds",
            Some(&coordinator_later),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{feed}");
    let url = feed["url"].as_str().unwrap();
    let path = &url[url.find("/api/v1/calendar/").unwrap()..];
    let ics = later
        .client
        .get(format!("{}{path}", later.url))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
        .replace("\r\n ", "");
    assert!(
        ics.contains("SUMMARY:フォローアップ 3か月（小松さん）"),
        "{ics}"
    );
    assert!(ics.contains("SUMMARY:フォローアップ 6か月（小松さん）（記録ずみ）"));
    assert!(ics.contains("DTSTART;VALUE=DATE:20271130"), "12 months");
}

/// A graduate connected to a place who stops attending becomes an attention item in the
/// coordinator's inbox: recorded as no longer coming, or last seen more than four weeks ago.
#[actix_web::test]
async fn a_connected_graduate_who_stops_attending_is_an_attention_item() {
    let app = TestApp::builder().today(today()).spawn().await;
    let coordinator = app.token(COORDINATOR).await;
    let (status, inbox) = app.get("/api/v1/handoffs", &coordinator).await;
    assert_eq!(status, StatusCode::OK, "{inbox}");
    let items = inbox.as_array().unwrap();
    // The demo: 前田, connected to the salon, no longer comes.
    let maeda = items
        .iter()
        .find(|i| {
            i["display_name"]
                .as_str()
                .is_some_and(|n| n.starts_with("前田"))
        })
        .expect("the demo hands 前田 off");
    assert!(
        maeda["attention"]
            .as_str()
            .unwrap()
            .contains("「ふれあいサロン ひだまり」に来なくなった"),
        "{maeda}"
    );
    // 佐野 is not connected yet: no check can be recorded, and no attention.
    let sano = items
        .iter()
        .find(|i| {
            i["display_name"]
                .as_str()
                .is_some_and(|n| n.starts_with("佐野"))
        })
        .unwrap();
    assert!(sano["attention"].is_null());
    let sano_id = sano["id"].as_str().unwrap();
    let (status, refused) = app
        .post(
            &format!("/api/v1/handoffs/{sano_id}/attendance"),
            Some(&coordinator),
            json!({"attending": true}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{refused}");
    // Connected to the 書道の会, then checked: still coming, last seen three days ago.
    let (_, places) = app.get("/api/v1/places", &coordinator).await;
    let shodo = places
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "公民館 書道の会")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, connected) = app
        .post(
            &format!("/api/v1/handoffs/{sano_id}/state"),
            Some(&coordinator),
            json!({"state": "connected", "place_id": shodo, "on": "2026-11-03"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{connected}");
    let (status, checked) = app
        .post(
            &format!("/api/v1/handoffs/{sano_id}/attendance"),
            Some(&coordinator),
            json!({"attending": true, "last_seen_on": "2026-11-24", "note": "世話役さんから"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{checked}");
    assert!(checked["attention"].is_null());
    assert_eq!(checked["attendance"][0]["place_name"], "公民館 書道の会");
    assert_eq!(checked["attendance"][0]["by_name"], "小林 陽子");
    let (status, _) = app
        .post(
            &format!("/api/v1/handoffs/{sano_id}/attendance"),
            Some(&coordinator),
            json!({"attending": true, "last_seen_on": "2026-12-24"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "not a future day");
    // Five weeks later, not seen since: the rule in domain::followup raises it.
    let later = TestApp::builder()
        .same_database_as(&app)
        .today(NaiveDate::from_ymd_opt(2026, 12, 29).unwrap())
        .spawn()
        .await;
    let coordinator_later = later.token(COORDINATOR).await;
    let (_, detail) = later
        .get(&format!("/api/v1/handoffs/{sano_id}"), &coordinator_later)
        .await;
    assert!(
        detail["attention"].as_str().unwrap().contains("4週間以上"),
        "{detail}"
    );
    // Recorded as no longer coming: the inbox says so.
    let (status, _) = later
        .post(
            &format!("/api/v1/handoffs/{sano_id}/attendance"),
            Some(&coordinator_later),
            json!({"attending": false, "note": "別の曜日なら行きたいとのこと"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, inbox) = later.get("/api/v1/handoffs", &coordinator_later).await;
    let sano = inbox
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == sano_id)
        .unwrap();
    assert!(
        sano["attention"]
            .as_str()
            .unwrap()
            .contains("「公民館 書道の会」に来なくなった"),
        "{sano}"
    );
    // Another role cannot record it.
    let therapist = later.token(THERAPIST).await;
    let (status, _) = later
        .post(
            &format!("/api/v1/handoffs/{sano_id}/attendance"),
            Some(&therapist),
            json!({"attending": true}),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

/// The same stop is a task in the follow-up work: the coordinator's while a handoff consent is
/// live, the referring 包括's once it is withdrawn — the note says which.
#[actix_web::test]
async fn a_stop_is_a_task_for_the_coordinator_with_consent_else_the_referring_care_manager() {
    let app = TestApp::builder().today(today()).spawn().await;
    let coordinator = app.token(COORDINATOR).await;
    let admin = app.token(ADMIN).await;
    let (status, tasks) = app.get("/api/v1/follow-ups/attention", &coordinator).await;
    assert_eq!(status, StatusCode::OK, "{tasks}");
    let maeda = tasks
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["display_name"].as_str().unwrap().starts_with("前田"))
        .unwrap_or_else(|| panic!("the demo's stop is a task: {tasks}"))
        .clone();
    assert_eq!(maeda["reason"], "recorded");
    assert_eq!(maeda["place_name"], "ふれあいサロン ひだまり");
    assert_eq!(maeda["assignee_kind"], "coordinator");
    let note = maeda["note"].as_str().unwrap();
    assert!(
        note.contains("「ふれあいサロン ひだまり」に来なくなった"),
        "{note}"
    );
    assert!(
        note.contains("同意のある生活支援コーディネーター（小林 陽子）が担当します"),
        "{note}"
    );
    let (_, all) = app.get("/api/v1/follow-ups/attention", &admin).await;
    assert!(all
        .to_string()
        .contains(maeda["participant_id"].as_str().unwrap()));
    let (status, _) = app
        .get("/api/v1/follow-ups/attention", &app.token(NURSE).await)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // The consent is withdrawn: the task goes to the 包括 who referred her.
    let p = maeda["participant_id"].as_str().unwrap();
    let therapist = app.token(THERAPIST).await;
    let base = format!("/api/v1/participants/{p}/consents");
    let (status, consents) = app.get(&base, &therapist).await;
    assert_eq!(status, StatusCode::OK, "{consents}");
    let live = consents
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["purpose"] == "sc_handoff" && c["state"] == "given")
        .unwrap_or_else(|| panic!("{consents}"))["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, withdrawn) = app
        .post(
            &format!("{base}/{live}/withdraw"),
            Some(&therapist),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{withdrawn}");
    let (_, theirs) = app.get("/api/v1/follow-ups/attention", &coordinator).await;
    assert!(!theirs.to_string().contains(p), "{theirs}");
    let (_, all) = app.get("/api/v1/follow-ups/attention", &admin).await;
    let moved = all
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["participant_id"] == p)
        .unwrap_or_else(|| panic!("{all}"));
    assert_eq!(moved["assignee_kind"], "care_manager", "{moved}");
    let name = moved["assigned_name"].as_str().unwrap();
    assert!(
        moved["note"].as_str().unwrap().contains(&format!(
            "紹介元の地域包括支援センター（{name}）が担当します"
        )),
        "{moved}"
    );
}
