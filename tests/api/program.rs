//! The therapist's program through real HTTP on a real database: versioned documents and
//! their conflicts, goals from the checklist, the twelve sessions to graduation, performance
//! tests, the cohort at a glance, the calendar feed, and the participant's own view.

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::helpers::*;

fn id(v: &Value) -> String {
    v["id"].as_str().unwrap().to_owned()
}

#[actix_web::test]
async fn a_stale_save_is_refused_with_the_stored_version_and_nothing_is_lost() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let p = id(&app.a_new_participant("版管理").await);
    let path = format!("/api/v1/participants/{p}/assessment");

    let (status, empty) = app.get(&path, &therapist).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(empty["version"], 0);

    // Two people open version 0; the first saves.
    let (status, first) = app
        .put_versioned(
            &path,
            &therapist,
            0,
            json!({"wishes": "孫と温泉に行きたい", "difficulties": ["stairs"]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{first}");
    assert_eq!(first["version"], 1);

    // The second, still on version 0, gets 412 with what is stored.
    let care_manager = app.token(CARE_MANAGER).await;
    let (status, refused) = app
        .put_versioned(
            &path,
            &care_manager,
            0,
            json!({"wishes": "買い物に行きたい"}),
        )
        .await;
    assert_eq!(status, StatusCode::PRECONDITION_FAILED, "{refused}");
    assert_eq!(refused["error"], "version_conflict");
    assert_eq!(refused["current"]["wishes"], "孫と温泉に行きたい");
    assert_eq!(refused["current"]["version"], 1);

    // Without If-Match nothing is written either.
    let (status, body) = app
        .request(
            Method::PUT,
            &path,
            Some(&therapist),
            Some(json!({"wishes": "上書き"})),
        )
        .await;
    assert_eq!(status, StatusCode::PRECONDITION_REQUIRED, "{body}");

    let (_, stored) = app.get(&path, &therapist).await;
    assert_eq!(stored["wishes"], "孫と温泉に行きたい");
    assert_eq!(stored["difficulties"], json!(["stairs"]));

    // Having seen both, the second person saves on top of version 1.
    let (status, second) = app
        .put_versioned(
            &path,
            &care_manager,
            1,
            json!({"wishes": "孫と温泉に行きたい。買い物にも。"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{second}");
    assert_eq!(second["version"], 2);
    assert_eq!(second["updated_by_name"], "中村 健");

    // The same rule for interviews.
    app.post(
        &format!("/api/v1/participants/{p}/sessions"),
        Some(&therapist),
        json!({"first_date": app_first_date(&app, &therapist).await}),
    )
    .await;
    let interview = format!("/api/v1/participants/{p}/sessions/1/interview");
    let (s1, _) = app
        .put_versioned(&interview, &therapist, 0, json!({"went_well": "A"}))
        .await;
    let (s2, conflict) = app
        .put_versioned(&interview, &therapist, 0, json!({"went_well": "B"}))
        .await;
    assert_eq!((s1, s2), (StatusCode::OK, StatusCode::PRECONDITION_FAILED));
    assert_eq!(conflict["current"]["went_well"], "A");
}

async fn app_first_date(app: &TestApp, token: &str) -> String {
    let (_, cohorts) = app.get("/api/v1/cohorts", token).await;
    cohorts[0]["starts_on"].as_str().unwrap().to_owned()
}

#[actix_web::test]
async fn a_person_goes_from_assessment_through_twelve_sessions_to_graduation() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let p = id(&app.a_new_participant("全行程").await);
    let base = format!("/api/v1/participants/{p}");

    // The checklist: only marked items are kept; unknown items are refused whole.
    let (status, bad) = app
        .put_versioned(
            &format!("{base}/interest-checklists/assessment"),
            &therapist,
            0,
            json!({"items": [{"item": 47, "doing": true, "want": false, "interested": false}]}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    let (status, sheet) = app
        .put_versioned(
            &format!("{base}/interest-checklists/assessment"),
            &therapist,
            0,
            json!({"filled_on": "2026-09-01", "items": [
                {"item": 46, "doing": false, "want": true, "interested": true},
                {"item": 9, "doing": true, "want": false, "interested": false},
                {"item": 3, "doing": false, "want": false, "interested": false}],
                "others": [{"label": "盆栽", "doing": false, "want": false, "interested": true}]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{sheet}");
    assert_eq!(sheet["items"].as_array().unwrap().len(), 2);
    assert_eq!(sheet["others"][0]["label"], "盆栽");

    // Goals come from してみたい/興味がある items, or the person's own words.
    let (status, refused) = app
        .post(
            &format!("{base}/goals"),
            Some(&therapist),
            json!({"text": "料理をする", "source_item": 9, "steps": []}),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "item 9 is only している: {refused}"
    );
    let (status, trip) = app
        .post(
            &format!("{base}/goals"),
            Some(&therapist),
            json!({"text": "孫と箱根の温泉に一泊旅行する", "source_item": 46,
                "performance_start": 2, "satisfaction_start": 3,
                "steps": [{"text": "15分続けて歩ける", "target_session": 4},
                          {"text": "一人でバスに乗れる", "target_session": 8}]}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{trip}");
    assert_eq!(trip["source_label"], "旅行・温泉");
    let (status, _) = app
        .post(&format!("{base}/goals"), Some(&therapist),
            json!({"text": "盆栽の手入れを続ける", "source_other": "盆栽", "performance_start": 11, "steps": []}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "ratings are 1–10");

    // Twelve sessions, weekly, with a home visit.
    let first = app_first_date(&app, &therapist).await;
    let (status, program) = app
        .post(
            &format!("{base}/sessions"),
            Some(&therapist),
            json!({"first_date": first, "home_visits": [1, 7]}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{program}");
    assert_eq!(program["status"], "enrolled");
    let sessions = program["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 12);
    assert_eq!(sessions[6]["kind"], "home");
    assert_eq!(sessions[5]["tests_due"], true);
    let (status, _) = app
        .post(
            &format!("{base}/sessions"),
            Some(&therapist),
            json!({"first_date": first}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "made only once");

    // Rescheduling keeps the order.
    let date3 = sessions[2]["date"].as_str().unwrap().to_owned();
    let (status, _) = app
        .request(
            Method::PATCH,
            &format!("{base}/sessions/2"),
            Some(&therapist),
            Some(json!({"date": date3})),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);

    // Performance tests: implausible values are refused, gait speed is computed.
    let (status, body) = app
        .request(
            Method::PUT,
            &format!("{base}/sessions/1/performance-test"),
            Some(&therapist),
            Some(json!({"tug_s": 1.5})),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body["message"].as_str().unwrap().contains("TUG"));

    let nurse = app.token(NURSE).await;
    for (n, stands, tug) in [(1, 8, 14.2), (6, 11, 11.0), (12, 14, 9.1)] {
        let (status, test) = app
            .request(Method::PUT, &format!("{base}/sessions/{n}/performance-test"), Some(&nurse),
                Some(json!({"chair_stand_30s": stands, "tug_s": tug, "one_leg_left_s": 4.0,
                    "one_leg_right_s": 6.5, "five_sts_s": 13.0, "gait_distance_m": 5.0, "gait_time_s": 6.25})))
            .await;
        assert_eq!(status, StatusCode::OK, "{test}");
        assert_eq!(test["gait_speed_mps"], 0.8);
    }
    let (_, tests) = app
        .get(&format!("{base}/performance-tests"), &therapist)
        .await;
    let counts: Vec<i64> = tests
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["chair_stand_30s"].as_i64().unwrap())
        .collect();
    assert_eq!(counts, vec![8, 11, 14]);

    // Every session: attendance and an interview that starts from the last agreed step.
    for n in 1..=12 {
        let interview = format!("{base}/sessions/{n}/interview");
        let (_, before) = app.get(&interview, &therapist).await;
        if n > 1 {
            assert_eq!(before["previous"]["session_number"], n - 1);
            assert_eq!(
                before["previous"]["next_step"],
                format!("次は{}回目までに散歩を{}分", n, n * 2)
            );
        } else {
            assert!(before["previous"].is_null());
        }
        let (status, saved) = app
            .put_versioned(
                &interview,
                &therapist,
                0,
                json!({"went_well": format!("{n}回目によかったこと"),
                "next_step": format!("次は{}回目までに散歩を{}分", n + 1, (n + 1) * 2),
                "quote": "できた", "duration_seconds": 1200}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{saved}");
        let (status, program) = app
            .request(
                Method::PATCH,
                &format!("{base}/sessions/{n}"),
                Some(&nurse),
                Some(json!({"attendance": "attended"})),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{program}");
    }
    let (_, program) = app.get(&format!("{base}/sessions"), &therapist).await;
    assert_eq!(
        program["status"], "completed",
        "attending session 12 completes the program (修了)"
    );
    assert!(program["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["has_interview"] == true));

    // End ratings, GAS, a step reached; a goal raised keeps its history.
    let goal_path = format!("{base}/goals/{}", id(&trip));
    let steps = trip["steps"].as_array().unwrap();
    let (status, updated) = app
        .put_versioned(&goal_path, &therapist, 1, json!({"text": trip["text"], "source_item": 46,
            "performance_start": 2, "satisfaction_start": 3, "performance_end": 8, "satisfaction_end": 9, "gas": 1,
            "steps": [{"id": steps[0]["id"], "text": "15分続けて歩ける", "target_session": 4, "reached_session": 5},
                      {"id": steps[1]["id"], "text": "一人でバスに乗れる", "target_session": 8, "reached_session": null}]}))
        .await;
    assert_eq!(status, StatusCode::OK, "{updated}");
    assert_eq!(updated["gas"], 1);
    assert!(
        updated["steps"][0]["reached_on"].is_string(),
        "reaching a step is dated"
    );
    assert_eq!(
        updated["steps"][0]["id"], steps[0]["id"],
        "steps keep their identity"
    );
    let (status, _) = app
        .put_versioned(
            &goal_path,
            &therapist,
            2,
            json!({"text": "x", "gas": 3, "steps": []}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "GAS is −2…+2");
    let (status, next) = app
        .post(&format!("{goal_path}/raise"), Some(&therapist),
            json!({"text": "孫と京都へ二泊旅行する", "steps": [{"text": "駅の階段を上れる", "target_session": 12}]}))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{next}");
    assert_eq!(next["previous_goal_id"], trip["id"]);
    let (_, goals) = app.get(&format!("{base}/goals"), &therapist).await;
    let statuses: Vec<&str> = goals
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, vec!["raised", "active"]);

    // The graduation checklist stands beside the first one.
    let (status, _) = app
        .put_versioned(
            &format!("{base}/interest-checklists/graduation"),
            &therapist,
            0,
            json!({"items": [{"item": 46, "doing": true, "want": false, "interested": true}]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, both) = app
        .get(&format!("{base}/interest-checklists"), &therapist)
        .await;
    assert_eq!(both["assessment"]["items"][1]["want"], true);
    assert_eq!(both["graduation"]["items"][0]["doing"], true);

    // Every read and change was audited.
    let admin = app.token(ADMIN).await;
    let (_, audit) = app.get("/api/v1/audit", &admin).await;
    let actions: Vec<&str> = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["participant_id"] == p.as_str())
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in [
        "interest_checklist.save",
        "goal.create",
        "sessions.generate",
        "interview.read",
        "interview.save",
        "performance_test.save",
        "sessions.change",
        "goal.raise",
    ] {
        assert!(actions.contains(&action), "{action} audited: {actions:?}");
    }
}

#[actix_web::test]
async fn the_participant_sees_their_own_goals_and_schedule() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let p = id(&app.a_new_participant("本人確認").await);
    let base = format!("/api/v1/participants/{p}");
    app.post(&format!("{base}/goals"), Some(&therapist),
        json!({"text": "一人でバスに乗って買い物に行く", "steps": [{"text": "バス停まで歩ける", "target_session": 3}]}))
        .await;
    let first = app_first_date(&app, &therapist).await;
    app.post(
        &format!("{base}/sessions"),
        Some(&therapist),
        json!({"first_date": first}),
    )
    .await;
    app.request(
        Method::PATCH,
        &format!("{base}/sessions/3"),
        Some(&therapist),
        Some(json!({"date": "2099-01-01"})),
    )
    .await;
    let phone = app.enroll_phone(&therapist, &p).await;
    let token = phone["access_token"].as_str().unwrap();

    let (status, goals) = app.get("/api/v1/me/goals", token).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(goals[0]["text"], "一人でバスに乗って買い物に行く");
    assert_eq!(goals[0]["steps"][0]["reached"], false);
    let (_, home) = app.get("/api/v1/me/home", token).await;
    assert_eq!(
        home["sessions"][0]["date"],
        first.as_str(),
        "the therapist's schedule"
    );

    // A participant reaches no staff document, not even their own.
    let (status, _) = app.get(&format!("{base}/goals"), token).await;
    assert!(matches!(
        status,
        StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN
    ));
}

#[actix_web::test]
async fn the_cohort_at_a_glance_flags_who_needs_attention_and_the_staffing() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let (_, cohorts) = app.get("/api/v1/cohorts", &therapist).await;
    let cohort = id(&cohorts[0]);
    let (status, overview) = app
        .get(&format!("/api/v1/cohorts/{cohort}/overview"), &therapist)
        .await;
    assert_eq!(status, StatusCode::OK);
    let people = overview["participants"].as_array().unwrap();
    assert_eq!(people.len(), 12);
    let kinds = |name: &str| -> Vec<String> {
        people
            .iter()
            .find(|p| p["display_name"].as_str().unwrap().starts_with(name))
            .unwrap()["attention"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["kind"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(kinds("岡本"), vec!["missed_session"]);
    // 木下 took a reading yesterday that holds exercise back: safety is the first flag.
    assert_eq!(kinds("木下"), vec!["unsafe_reading", "no_steps"]);
    assert_eq!(kinds("青木"), vec!["not_started"]);
    assert!(kinds("佐野").is_empty(), "graduates are not flagged");
    // The demo cohort has 12 places and no aide yet.
    assert_eq!(overview["staffing"]["ok"], false);
    assert_eq!(overview["staffing"]["required"]["aides"], 1);

    let (status, fixed) = app
        .request(Method::PUT, &format!("/api/v1/cohorts/{cohort}/staffing"), Some(&therapist),
            Some(json!({"capacity": 12, "room_area_m2": 36.0, "therapists": 1, "nurses": 1, "aides": 1})))
        .await;
    assert_eq!(status, StatusCode::OK, "{fixed}");
    assert_eq!(fixed["staffing"]["ok"], true);
    let (_, smaller_room) = app
        .request(Method::PUT, &format!("/api/v1/cohorts/{cohort}/staffing"), Some(&therapist),
            Some(json!({"capacity": 12, "room_area_m2": 35.5, "therapists": 1, "nurses": 1, "aides": 1})))
        .await;
    assert_eq!(smaller_room["staffing"]["ok"], false);

    // The care manager sees only the people they referred; the other town sees nothing.
    let (status, _) = app
        .get(
            &format!("/api/v1/cohorts/{cohort}/overview"),
            &app.token(OTHER_TOWN).await,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[actix_web::test]
async fn the_calendar_feed_lists_sessions_until_it_is_revoked() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let (status, feed) = app
        .post("/api/v1/calendar-feeds", Some(&therapist), json!({}))
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let url = feed["url"].as_str().unwrap();
    let path = url
        .split_once("/api/")
        .map(|(_, rest)| format!("/api/{rest}"))
        .unwrap();
    let res = app
        .client
        .get(format!("{}{}", app.url, path))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/calendar"));
    let text = res.text().await.unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    // The demo's enrolled and graduated people: 11 with a schedule, the discontinued one 6 sessions.
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 10 * 12 + 6);
    assert!(text.contains("SUMMARY:訪問 1回目（"));

    // The other town's therapist's feed shows none of ひだまり市's people.
    let other = app.token(OTHER_TOWN).await;
    let (_, other_feed) = app
        .post("/api/v1/calendar-feeds", Some(&other), json!({}))
        .await;
    let other_path = other_feed["url"]
        .as_str()
        .unwrap()
        .split_once("/api/")
        .map(|(_, r)| format!("/api/{r}"))
        .unwrap();
    let other_text = app
        .client
        .get(format!("{}{}", app.url, other_path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(other_text.matches("BEGIN:VEVENT").count(), 12);
    assert!(!other_text.contains("青木") && !other_text.contains("岡本"));

    // Revoked: gone at once. A guessed token finds nothing.
    let (status, _) = app
        .request(
            Method::DELETE,
            &format!("/api/v1/calendar-feeds/{}", id(&feed)),
            Some(&therapist),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let res = app
        .client
        .get(format!("{}{}", app.url, path))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = app
        .client
        .get(format!("{}/api/v1/calendar/guessed-token.ics", app.url))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let (_, feeds) = app.get("/api/v1/calendar-feeds", &therapist).await;
    assert!(feeds[0]["revoked_at"].is_string());
}

#[actix_web::test]
async fn simultaneous_saves_of_one_version_let_exactly_one_through() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let p = id(&app.a_new_participant("同時保存").await);
    let first = app_first_date(&app, &therapist).await;
    app.post(
        &format!("/api/v1/participants/{p}/sessions"),
        Some(&therapist),
        json!({"first_date": first}),
    )
    .await;
    for version in [0, 1] {
        let path = format!("/api/v1/participants/{p}/sessions/2/interview");
        let saves: Vec<_> = (0..8)
            .map(|i| {
                let request = app
                    .client
                    .put(format!("{}{path}", app.url))
                    .bearer_auth(&therapist)
                    .header("If-Match", format!("\"{version}\""))
                    .json(&json!({"notes": format!("端末{i}")}));
                actix_web::rt::spawn(async move { request.send().await.unwrap().status() })
            })
            .collect();
        let mut results = Vec::new();
        for save in saves {
            results.push((save.await.unwrap(), ()));
        }
        let ok = results.iter().filter(|(s, _)| *s == StatusCode::OK).count();
        let conflicts = results
            .iter()
            .filter(|(s, _)| *s == StatusCode::PRECONDITION_FAILED)
            .count();
        assert_eq!(
            (ok, conflicts),
            (1, 7),
            "from version {version}: {results:?}"
        );
    }
}

/// A person with the twelve sessions planned; returns (participant id, session 12's date).
async fn scheduled(app: &TestApp, therapist: &str, family: &str) -> (String, chrono::NaiveDate) {
    let p = id(&app.a_new_participant(family).await);
    let first = app_first_date(app, therapist).await;
    let (status, program) = app
        .post(
            &format!("/api/v1/participants/{p}/sessions"),
            Some(therapist),
            json!({"first_date": first}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{program}");
    let last = program["sessions"][11]["date"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    (p, last)
}

async fn mark(app: &TestApp, token: &str, p: &str, number: u32, attendance: &str) -> Value {
    let (status, program) = app
        .request(
            Method::PATCH,
            &format!("/api/v1/participants/{p}/sessions/{number}"),
            Some(token),
            Some(json!({"attendance": attendance})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{program}");
    program
}

#[actix_web::test]
async fn a_missed_twelfth_session_is_made_up_and_then_completes_the_program() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let nurse = app.token(NURSE).await;
    let (p, last) = scheduled(&app, &therapist, "振替").await;
    let makeup = |date: chrono::NaiveDate| json!({ "date": date.to_string() });
    let path = format!("/api/v1/participants/{p}/makeup");

    // Nothing to make up while session 12 is not missed.
    let (status, body) = app
        .post(&path, Some(&therapist), makeup(last + chrono::Days::new(7)))
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");

    let program = mark(&app, &nurse, &p, 12, "absent").await;
    assert_eq!(
        program["status"], "enrolled",
        "absent at 12: still in the program"
    );
    // A nurse records attendance but does not plan sessions.
    let (status, _) = app
        .post(&path, Some(&nurse), makeup(last + chrono::Days::new(7)))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // Not on or before the missed day.
    let (status, body) = app.post(&path, Some(&therapist), makeup(last)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");

    let new_day = last + chrono::Days::new(7);
    let (status, program) = app.post(&path, Some(&therapist), makeup(new_day)).await;
    assert_eq!(status, StatusCode::OK, "{program}");
    let twelfth = &program["sessions"][11];
    assert_eq!(twelfth["number"], 12);
    assert_eq!(twelfth["date"], new_day.to_string());
    assert_eq!(twelfth["attendance"], "planned");
    assert_eq!(
        twelfth["makeup_of"],
        last.to_string(),
        "the missed day is kept"
    );
    assert_eq!(program["status"], "enrolled");

    // Attending the make-up completes the program.
    let program = mark(&app, &nurse, &p, 12, "attended").await;
    assert_eq!(program["status"], "completed");
    assert_eq!(program["graduation_date"], new_day.to_string());
    assert!(program["completion"].is_null(), "completed by attending");

    // Made up twice at most.
    let (q, last) = scheduled(&app, &therapist, "再振替").await;
    let path = format!("/api/v1/participants/{q}/makeup");
    let mut day = last;
    for _ in 0..2 {
        mark(&app, &therapist, &q, 12, "absent").await;
        day = day + chrono::Days::new(7);
        let (status, body) = app.post(&path, Some(&therapist), makeup(day)).await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    mark(&app, &therapist, &q, 12, "absent").await;
    let (status, body) = app
        .post(&path, Some(&therapist), makeup(day + chrono::Days::new(7)))
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert!(body["message"].as_str().unwrap().contains("修了"), "{body}");
}

#[actix_web::test]
async fn the_therapist_may_complete_the_program_with_a_reason() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let nurse = app.token(NURSE).await;
    let (p, _) = scheduled(&app, &therapist, "修了").await;
    mark(&app, &therapist, &p, 12, "absent").await;
    let path = format!("/api/v1/participants/{p}/completion");
    let (status, body) = app
        .post(&path, Some(&therapist), json!({"reason": "  "}))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (status, _) = app
        .post(&path, Some(&nurse), json!({"reason": "体調不良のため"}))
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let reason = "12回目を体調不良で欠席。振替は希望されず、ご本人と相談して修了。";
    let (status, program) = app
        .post(&path, Some(&therapist), json!({ "reason": reason }))
        .await;
    assert_eq!(status, StatusCode::OK, "{program}");
    assert_eq!(program["status"], "completed");
    assert_eq!(program["completion"]["note"], reason);
    assert!(program["completion"]["on"].is_string());
    assert!(program["next_session"].is_null());
    // Once complete, neither again nor a make-up.
    let (status, _) = app
        .post(&path, Some(&therapist), json!({ "reason": reason }))
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    // A person who has not started cannot be completed.
    let fresh = id(&app.a_new_participant("未開始").await);
    let (status, body) = app
        .post(
            &format!("/api/v1/participants/{fresh}/completion"),
            Some(&therapist),
            json!({ "reason": reason }),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
}

#[actix_web::test]
async fn a_person_three_weeks_into_the_program_without_waiting_three_weeks() {
    let app = TestApp::spawn().await;
    let jst = chrono::FixedOffset::east_opt(9 * 3600).unwrap();
    let today = chrono::Utc::now().with_timezone(&jst).date_naive();
    let start = today - chrono::Days::new(21);
    // A second server on the same database whose clock says three weeks ago.
    let then = TestApp::builder()
        .today(start)
        .same_database_as(&app)
        .spawn()
        .await;
    let therapist_then = then.token(THERAPIST).await;
    let p = id(&then.a_new_participant("三週間").await);
    let (status, program) = then
        .post(
            &format!("/api/v1/participants/{p}/sessions"),
            Some(&therapist_then),
            json!({"first_date": start.to_string()}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{program}");
    mark(&then, &therapist_then, &p, 1, "attended").await;
    // That day, the first session is today and nothing is overdue.
    let (_, cohorts) = then.get("/api/v1/cohorts", &therapist_then).await;
    let cohort = id(&cohorts[0]);
    let person = |overview: &Value| {
        overview["participants"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == p.as_str())
            .cloned()
            .unwrap()
    };
    let (_, overview) = then
        .get(
            &format!("/api/v1/cohorts/{cohort}/overview"),
            &therapist_then,
        )
        .await;
    let that_day = person(&overview);
    assert_eq!(that_day["next_session"]["number"], 2, "{that_day}");
    assert!(that_day["attention"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["kind"] != "attendance_unrecorded"));

    // Today the person is three weeks in: sessions 2 and 3 have passed unrecorded.
    let therapist = app.token(THERAPIST).await;
    let (_, overview) = app
        .get(&format!("/api/v1/cohorts/{cohort}/overview"), &therapist)
        .await;
    let now = person(&overview);
    let unrecorded = now["attention"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["kind"] == "attendance_unrecorded")
        .unwrap_or_else(|| panic!("{now}"))
        .clone();
    assert!(
        unrecorded["message"]
            .as_str()
            .unwrap()
            .contains("2回目・3回目"),
        "{unrecorded}"
    );
    assert_eq!(now["sessions_attended"], 1);
}
