//! The program's exit through real HTTP: the graduation review, consent given on the phone,
//! the handoff and the coordinator's inbox with only the consented parts, and a withdrawal
//! after which the coordinator's very next request fails with `consent_withdrawn`; then the
//! consent dimension of access (no consent, live, expired, withdrawn, another coordinator).

use dekita::domain::ids::{HandoffId, ParticipantId, PlaceId};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::helpers::*;
use crate::scenario::{exit_paths, paths};

fn id(v: &Value) -> String {
    v["id"].as_str().unwrap().to_owned()
}

#[actix_web::test]
async fn the_exit_from_review_to_consent_handoff_and_withdrawal() {
    let app = TestApp::spawn().await;
    let therapist = app.therapist().await.token;
    let coordinator = app.coordinator().await.token;
    // 小松: ten weeks in, still enrolled.
    let pid = app.demo_person("小松").await;
    let p = pid.to_string();
    let base = paths::participant(&pid);

    // The review, prefilled from the record; 卒業 comes with its rule.
    let (status, review) = app.get(&exit_paths::graduation(&pid), &therapist).await;
    assert_eq!(status, StatusCode::OK, "{review}");
    assert_eq!(review["version"], 0);
    assert!(review["rule"].as_str().unwrap().contains("卒業＝"));
    assert!(!review["prefill"]["goals"].as_array().unwrap().is_empty());
    assert_eq!(review["prefill"]["status"], "enrolled");
    // 卒業 is an outcome of a completed program only.
    let (status, refused) = app
        .put_versioned(
            &exit_paths::graduation(&pid),
            &therapist,
            0,
            json!({"outcome": "graduated", "abilities": ["歩けます"]}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    let (status, done) = app
        .post(
            &format!("{base}/completion"),
            Some(&therapist),
            json!({"reason": "12回目を前倒しで修了"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{done}");
    assert_eq!(done["status"], "completed", "修了 is stored as completed");
    let body = json!({
        "reviewed_on": null,
        "outcome": "graduated",
        "abilities": ["駅まで歩いて行けるようになりました。", "", "ひとりで旅行の計画を立てました。"],
        "participation_wishes": "月に一度、旅行の会に。",
        "transport": ["walk", "bus"],
        "cautions": "ひざが痛むときは階段を避けます。",
        "own_words": "自信がつきました。",
        "exercise_plan": "かかと上げ 毎日",
        "contact": "午前中にお電話で。"
    });
    let (status, saved) = app
        .put_versioned(&exit_paths::graduation(&pid), &therapist, 0, body.clone())
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    assert_eq!(saved["version"], 1);
    assert_eq!(saved["counts_as_graduation"], true);
    assert_eq!(
        saved["abilities"].as_array().unwrap().len(),
        2,
        "empty lines dropped"
    );
    let (status, stale) = app
        .put_versioned(&exit_paths::graduation(&pid), &therapist, 0, body)
        .await;
    assert_eq!(status, StatusCode::PRECONDITION_FAILED);
    assert_eq!(stale["current"]["version"], 1);

    // The consent is asked on the phone; nothing can be handed off before it is given.
    let sc = app.as_user(&therapist).first_coordinator().await;
    let (status, asked) = app
        .post(
            &exit_paths::consents(&pid),
            Some(&therapist),
            json!({
            "purpose": "sc_handoff", "recipient_staff_id": sc, "include_team": true,
            "parts": ["contact", "interests", "summary_abilities", "participation_wishes"],
            "method": "device"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{asked}");
    assert_eq!(asked["state"], "asked");
    assert_eq!(asked["recipient_team"], "北圏域");
    let consent = id(&asked);
    let (status, early) = app
        .post(
            &exit_paths::handoffs(&pid),
            Some(&therapist),
            json!({"coordinator_id": sc}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{early}");

    let phone = app.enroll_phone(&therapist, &p).await;
    let phone = phone["access_token"].as_str().unwrap().to_owned();
    let (status, mine) = app.get("/api/v1/me/consents", &phone).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(mine[0]["standing"], "asked");
    assert!(mine[0]["wording"]
        .as_str()
        .unwrap()
        .contains("取り消せます"));
    let (status, _) = app
        .post(
            &format!("/api/v1/me/consents/{consent}/agree"),
            Some(&phone),
            json!({"wording_version": "1999-old"}),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "an old wording is not agreement"
    );
    let version = mine[0]["wording_version"].clone();
    let (status, given) = app
        .post(
            &format!("/api/v1/me/consents/{consent}/agree"),
            Some(&phone),
            json!({"wording_version": version}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{given}");
    assert_eq!(given["standing"], "live");

    let (status, handoff) = app
        .post(
            &exit_paths::handoffs(&pid),
            Some(&therapist),
            json!({"coordinator_id": sc, "note": "旅行の会を探しています。"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{handoff}");
    assert_eq!(handoff["state"], "sent");
    let h = HandoffId::from(id(&handoff));

    // The coordinator's inbox, and only the consented parts.
    let (status, inbox) = app.get(exit_paths::INBOX, &coordinator).await;
    assert_eq!(status, StatusCode::OK, "{inbox}");
    let item = inbox
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == h.as_str())
        .unwrap();
    assert!(item["display_name"].as_str().unwrap().starts_with("小松"));
    assert!(item["tombstone"].is_null());
    let (status, detail) = app.get(&exit_paths::handoff(&h), &coordinator).await;
    assert_eq!(status, StatusCode::OK, "{detail}");
    let shared = &detail["shared"];
    assert!(shared["contact"]["display_name"]
        .as_str()
        .unwrap()
        .starts_with("小松"));
    assert_eq!(shared["contact"]["contact"], "午前中にお電話で。");
    assert_eq!(shared["abilities"].as_array().unwrap().len(), 2);
    assert_eq!(shared["participation"]["transport"], json!(["walk", "bus"]));
    assert!(
        shared["care_notes"].is_null(),
        "cautions were not consented"
    );
    assert!(shared["goals"].is_null());
    assert!(shared["exercise_plan"].is_null());
    assert!(!detail.to_string().contains("ひざが痛む"));
    assert!(!detail.to_string().contains(&p), "no record id either");

    // The Task-like path, each change dated and by whom.
    let step = |state: &str| json!({"state": state, "note": format!("{state}の記録")});
    let (status, _) = app
        .post(
            &exit_paths::handoff_state(&h),
            Some(&coordinator),
            step("contacted"),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "acknowledge first");
    for state in ["acknowledged", "contacted", "proposed"] {
        let (status, moved) = app
            .post(
                &exit_paths::handoff_state(&h),
                Some(&coordinator),
                step(state),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{moved}");
        assert_eq!(moved["state"], state);
    }
    let (status, refused) = app
        .post(
            &exit_paths::handoff_state(&h),
            Some(&coordinator),
            json!({"state": "not_connected"}),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "a reason is needed: {refused}"
    );
    // The therapist may not work the coordinator's inbox.
    let (status, _) = app
        .post(
            &exit_paths::handoff_state(&h),
            Some(&therapist),
            step("trial"),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (_, theirs) = app.get(&exit_paths::handoffs(&pid), &therapist).await;
    let history = theirs[0]["history"].as_array().unwrap();
    assert_eq!(
        history
            .iter()
            .map(|e| e["state"].as_str().unwrap())
            .collect::<Vec<_>>(),
        ["sent", "acknowledged", "contacted", "proposed"]
    );
    assert_eq!(history[1]["by_name"], "小林 陽子");

    // Every coordinator read is audited.
    let admin = app.token(ADMIN).await;
    let (_, audit) = app
        .get(&format!("/api/v1/audit?participant_id={p}"), &admin)
        .await;
    let reads = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["role"] == "coordinator" && e["action"] == "handoff.read")
        .count();
    assert!(reads >= 1, "{audit}");

    // The person withdraws on the phone: the coordinator's very next request fails.
    let (status, withdrawn) = app
        .post(
            &format!("/api/v1/me/consents/{consent}/withdraw"),
            Some(&phone),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{withdrawn}");
    assert_eq!(withdrawn["standing"], "withdrawn");
    let (status, gone) = app.get(&exit_paths::handoff(&h), &coordinator).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(gone["error"], "consent_withdrawn");
    assert!(!gone.to_string().contains("小松"));
    let (status, gone) = app
        .post(
            &exit_paths::handoff_state(&h),
            Some(&coordinator),
            step("trial"),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(gone["error"], "consent_withdrawn");
    let (_, inbox) = app.get(exit_paths::INBOX, &coordinator).await;
    let item = inbox
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == h.as_str())
        .unwrap();
    assert_eq!(item["tombstone"]["why"], "withdrawn");
    assert!(item["display_name"].is_null());
    assert!(
        !inbox.to_string().contains("小松"),
        "a tombstone has no data"
    );
    let (_, theirs) = app.get(&exit_paths::handoffs(&pid), &therapist).await;
    assert_eq!(theirs[0]["state"], "withdrawn");
    assert_eq!(
        theirs[0]["history"].as_array().unwrap().last().unwrap()["by_name"],
        "ご本人"
    );
    let (status, _) = app
        .post(
            &format!("/api/v1/me/consents/{consent}/withdraw"),
            Some(&phone),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "once is enough");

    // The participant's own summary: できたこと first.
    let (status, mine) = app.get("/api/v1/me/graduation", &phone).await;
    assert_eq!(status, StatusCode::OK, "{mine}");
    assert_eq!(
        mine["summary"]["abilities"][0],
        "駅まで歩いて行けるようになりました。"
    );
    assert!(mine["rule"].as_str().unwrap().contains("卒業＝"));
}

#[actix_web::test]
async fn paper_and_family_consents_are_recorded_by_staff_with_what_they_need() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let fresh = app.a_new_participant("同意").await;
    let fresh = ParticipantId::from(id(&fresh));
    let base = paths::participant(&fresh);
    let sc = app.as_user(&therapist).first_coordinator().await;
    let new = |extra: Value| {
        let mut body =
            json!({"purpose": "sc_handoff", "recipient_staff_id": sc, "parts": ["contact"]});
        body.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        body
    };
    let (status, refused) = app
        .post(
            &exit_paths::consents(&fresh),
            Some(&therapist),
            new(json!({"method": "paper"})),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    let (status, paper) = app
        .post(
            &exit_paths::consents(&fresh),
            Some(&therapist),
            new(json!({"method": "paper", "paper_kept_at": "事業所の書庫"})),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{paper}");
    assert_eq!(paper["state"], "given");
    assert_eq!(paper["standing"], "live");
    assert_eq!(paper["recorded_by_name"], "山田 理沙");
    // The default end: through the 12-month follow-up (no schedule yet: from today).
    assert!(paper["valid_until"].as_str().unwrap() > paper["valid_from"].as_str().unwrap());
    let (status, twice) = app
        .post(
            &exit_paths::consents(&fresh),
            Some(&therapist),
            new(json!({"method": "paper", "paper_kept_at": "書庫"})),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "one per purpose and recipient: {twice}"
    );
    // A recipient of the wrong role is refused.
    let me = app.sign_in(THERAPIST).await["user"]["id"].clone();
    let (status, _) = app
        .post(
            &exit_paths::consents(&fresh),
            Some(&therapist),
            json!({
            "purpose": "sc_handoff", "recipient_staff_id": me, "parts": ["contact"],
            "method": "proxy", "proxy_name": "長女の方", "proxy_relationship": "娘"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    // Staff record a withdrawal.
    let (status, withdrawn) = app
        .post(
            &format!("{base}/consents/{}/withdraw", id(&paper)),
            Some(&therapist),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{withdrawn}");
    assert_eq!(withdrawn["withdrawn_via"], "staff");
    // The nurse may read consents but not record them.
    let nurse = app.token(NURSE).await;
    let (status, list) = app.get(&exit_paths::consents(&fresh), &nurse).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(list.as_array().unwrap().len(), 1);
    let (status, _) = app
        .post(
            &exit_paths::consents(&fresh),
            Some(&nurse),
            new(json!({"method": "paper", "paper_kept_at": "書庫"})),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[actix_web::test]
async fn a_coordinator_reaches_a_person_only_through_a_live_consent_naming_them() {
    let app = TestApp::spawn().await;
    let coordinator = app.coordinator().await.token;
    let sano = app.demo_person("佐野").await;
    let sugimoto = app.demo_person("杉本").await;
    let stranger = app.demo_person("久保").await;

    // The demo: 佐野 handed off under a live consent, 杉本 withdrawn (and 前田 of an earlier
    // course, connected to a salon).
    let (status, inbox) = app.get(exit_paths::INBOX, &coordinator).await;
    assert_eq!(status, StatusCode::OK);
    let items = inbox.as_array().unwrap();
    assert_eq!(items.len(), 3, "{inbox}");
    let live = items
        .iter()
        .find(|i| i["tombstone"].is_null() && i["state"] != "connected")
        .unwrap();
    let stone = items.iter().find(|i| !i["tombstone"].is_null()).unwrap();
    assert!(live["display_name"].as_str().unwrap().starts_with("佐野"));
    assert_eq!(stone["tombstone"]["why"], "withdrawn");
    assert!(!inbox.to_string().contains("杉本"));
    let (live_id, stone_id) = (HandoffId::from(id(live)), HandoffId::from(id(stone)));

    // Live consent: the handoff reads; the staff record itself never does.
    let (status, detail) = app.get(&exit_paths::handoff(&live_id), &coordinator).await;
    assert_eq!(status, StatusCode::OK, "{detail}");
    assert!(
        detail["shared"]["care_notes"].is_null(),
        "not in 佐野's consent"
    );
    assert!(detail["shared"]["exercise_plan"].is_string());
    for path in [
        format!("/api/v1/participants/{sano}"),
        format!("/api/v1/participants/{sano}/goals"),
        format!("/api/v1/participants/{sano}/graduation"),
        format!("/api/v1/participants/{sano}/consents"),
    ] {
        let (status, _) = app.get(&path, &coordinator).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
    }
    // No consent at all (久保): not in the inbox, not reachable.
    assert!(!inbox.to_string().contains(stranger.as_str()));
    let (status, _) = app
        .get(&format!("/api/v1/participants/{stranger}"), &coordinator)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Withdrawn (杉本): the tombstone, and the detail says why.
    let (status, gone) = app.get(&exit_paths::handoff(&stone_id), &coordinator).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(gone["error"], "consent_withdrawn");
    assert!(!gone.to_string().contains(sugimoto.as_str()));

    // Another coordinator, in another team: nothing; in the named team: the live one.
    let other = app
        .another_coordinator("sc-south@hidamari.example", Some("南圏域"))
        .await
        .token;
    let (status, theirs) = app.get(exit_paths::INBOX, &other).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(theirs, json!([]));
    let (status, _) = app.get(&exit_paths::handoff(&live_id), &other).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app
        .post(
            &exit_paths::handoff_state(&live_id),
            Some(&other),
            json!({"state": "proposed"}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let colleague = app
        .another_coordinator("sc-north@hidamari.example", Some("北圏域"))
        .await
        .token;
    let (status, _) = app.get(&exit_paths::handoff(&live_id), &colleague).await;
    assert_eq!(status, StatusCode::OK, "the consent names the team");
    let loner = app
        .another_coordinator("sc-none@hidamari.example", None)
        .await
        .token;
    let (status, _) = app.get(&exit_paths::handoff(&live_id), &loner).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Expired: two years on, the same consent lets nothing through.
    let later = TestApp::builder()
        .same_database_as(&app)
        .today(chrono::Utc::now().date_naive() + chrono::Days::new(730))
        .spawn()
        .await;
    let coordinator_later = later.token(COORDINATOR).await;
    let (status, _) = later
        .request(
            Method::GET,
            &exit_paths::handoff(&live_id),
            Some(&coordinator_later),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, inbox) = later.get(exit_paths::INBOX, &coordinator_later).await;
    let ended = inbox
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == live_id.as_str())
        .unwrap();
    assert_eq!(ended["tombstone"]["why"], "ended");
    assert!(!inbox.to_string().contains("佐野"));
}

#[actix_web::test]
async fn the_coordinator_keeps_the_places_and_gets_suggestions_with_reasons() {
    let app = TestApp::spawn().await;
    let coordinator = app.token(COORDINATOR).await;
    let therapist = app.token(THERAPIST).await;

    // The directory: every staff member reads it, coordinators keep it.
    let (status, places) = app.get(exit_paths::PLACES, &therapist).await;
    assert_eq!(status, StatusCode::OK);
    let all = places.as_array().unwrap();
    assert_eq!(all.len(), 6);
    let stale: Vec<&str> = all
        .iter()
        .filter(|p| p["stale"] == true)
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        stale,
        ["旅行サークル ひだまり"],
        "not verified for over a year"
    );
    let new = json!({"name": "囲碁の会", "kind": "hobby", "tags": [35, 2], "area": "北圏域",
        "schedule": "毎週水曜", "transport": ["walk"], "last_verified_on": null});
    let (status, _) = app
        .post(exit_paths::PLACES, Some(&therapist), new.clone())
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, made) = app
        .post(exit_paths::PLACES, Some(&coordinator), new.clone())
        .await;
    assert_eq!(status, StatusCode::CREATED, "{made}");
    assert_eq!(made["tag_labels"][1], "将棋・囲碁・ゲーム");
    let (status, _) = app
        .post(
            exit_paths::PLACES,
            Some(&coordinator),
            json!({"name": "x", "kind": "hobby", "tags": [99]}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let path = exit_paths::place(&PlaceId::from(id(&made)));
    let (status, saved) = app.put_versioned(&path, &coordinator, 1, new.clone()).await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let (status, stale) = app.put_versioned(&path, &coordinator, 1, new).await;
    assert_eq!(status, StatusCode::PRECONDITION_FAILED);
    assert_eq!(stale["current"]["version"], 2);

    // Suggestions for 佐野 (書道 してみたい and in her wish; サロン; 体操), best first, with reasons.
    let live = app.as_user(&coordinator).open_handoff().await;
    let (status, found) = app.get(&exit_paths::suggestions(&live), &coordinator).await;
    assert_eq!(status, StatusCode::OK, "{found}");
    let names: Vec<&str> = found["places"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "公民館 書道の会",
            "ふれあいサロン ひだまり",
            "いきいき百歳体操 北町会場"
        ]
    );
    assert_eq!(found["places"][0]["score"], 5);
    assert_eq!(
        found["places"][0]["reasons"],
        json!([
            "『書道・習字』を『してみたい』",
            "『書道・習字』は目標か卒業後の希望にあります"
        ])
    );
    assert_eq!(found["weights"]["want"], 3);
    // The same request, the same answer.
    let (_, again) = app.get(&exit_paths::suggestions(&live), &coordinator).await;
    assert_eq!(found, again);

    // Propose, try, connect: the place is kept with each step.
    let place = found["places"][0]["place_id"].as_str().unwrap().to_owned();
    for state in ["proposed", "trial"] {
        let (status, moved) = app
            .post(
                &exit_paths::handoff_state(&live),
                Some(&coordinator),
                json!({"state": state, "place_id": place}),
            )
            .await;
        assert_eq!(status, StatusCode::OK, "{moved}");
    }
    let (status, _) = app
        .post(
            &exit_paths::handoff_state(&live),
            Some(&coordinator),
            json!({"state": "connected"}),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a connection names its place"
    );
    let (status, connected) = app
        .post(
            &exit_paths::handoff_state(&live),
            Some(&coordinator),
            json!({"state": "connected", "place_id": place, "note": "毎週火曜に通い始めました。"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{connected}");
    let last = connected["history"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["state"], "connected");
    assert_eq!(last["place_name"], "公民館 書道の会");
    let (status, _) = app
        .post(
            &exit_paths::handoff_state(&live),
            Some(&coordinator),
            json!({"state": "trial"}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "closed stays closed");
}

#[actix_web::test]
async fn the_municipality_decides_whether_support_counts_as_graduation() {
    let app = TestApp::spawn().await;
    let admin = app.token(ADMIN).await;
    let therapist = app.therapist().await.token;
    // 杉本 lives on with 移動支援 (D).
    let sugimoto = app.demo_person("杉本").await;
    let path = exit_paths::graduation(&sugimoto);
    let (_, before) = app.get(&path, &therapist).await;
    assert_eq!(before["outcome"], "graduated_with_support");
    // The outcome figures count the outcomes recorded at the reviews, under the same rule.
    let (_, cohorts) = app.get("/api/v1/cohorts", &therapist).await;
    let starts = cohorts[0]["starts_on"].as_str().unwrap().to_owned();
    let year: i32 = starts[0..4].parse().unwrap();
    let year = if &starts[5..7] >= "04" {
        year
    } else {
        year - 1
    };
    let graduation_rate = |report: &Value| {
        report["figures"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["key"] == "graduation_rate")
            .unwrap()
            .clone()
    };
    let evaluation = format!("/api/v1/evaluation?fiscal_year={year}");
    let (_, report) = app.get(&evaluation, &admin).await;
    let rate = graduation_rate(&report);
    assert_eq!(
        (rate["numerator"].as_i64(), rate["denominator"].as_i64()),
        (Some(2), Some(2)),
        "{rate}"
    );
    assert_eq!(
        before["counts_as_graduation"], true,
        "by default B and D count"
    );
    let (status, _) = app
        .request(
            Method::PUT,
            "/api/v1/municipality/graduation-rule",
            Some(&therapist),
            Some(json!({"support_counts_as_graduation": false})),
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, rule) = app
        .request(
            Method::PUT,
            "/api/v1/municipality/graduation-rule",
            Some(&admin),
            Some(json!({"support_counts_as_graduation": false})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{rule}");
    assert!(rule["rule"].as_str().unwrap().contains("数えません"));
    let (_, after) = app.get(&path, &therapist).await;
    assert_eq!(after["counts_as_graduation"], false);
    let (_, report) = app.get(&evaluation, &admin).await;
    assert_eq!(
        graduation_rate(&report)["numerator"],
        1,
        "杉本 no longer counts"
    );
    assert!(after["rule"].as_str().unwrap().contains("数えません"));
    let (_, audit) = app.get("/api/v1/audit", &admin).await;
    assert!(audit.to_string().contains("graduation_rule.set"));
}

#[actix_web::test]
async fn feedback_to_a_houkatsu_referrer_reaches_only_the_user_its_consent_names() {
    let app = TestApp::spawn().await;
    let therapist = app.therapist().await;
    let named = app.as_user(&app.token(CARE_MANAGER).await);
    let other_email = "houkatsu-south@hidamari.example";
    let other = app.another_houkatsu_user(other_email).await;
    let other_id = app.sign_in(other_email).await["user"]["id"].clone();
    let named_id = app.sign_in(CARE_MANAGER).await["user"]["id"].clone();
    // 杉本 was referred by the demo's 包括 user, and her feedback consent names that user.
    let sugimoto = app.demo_person("杉本").await;
    let feedback = format!("{}/referrer-feedback", paths::participant(&sugimoto));
    let inbox = "/api/v1/referrer-feedback";
    let page: Value = therapist.get(&feedback).await;
    assert_eq!(page["consent_live"], true);
    assert_eq!(page["delivery"], "in_app");

    // A feedback consent for a 包括 referrer must name that very user.
    let (status, refused) = therapist
        .send(
            Method::POST,
            &exit_paths::consents(&sugimoto),
            Some(
                json!({"purpose": "referrer_feedback", "recipient_staff_id": other_id,
                "parts": ["contact"], "method": "paper", "paper_kept_at": "書庫"}),
            ),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");

    // The referrer changes to the other user: the consent does not name them, so nothing can
    // be sent to them, and the page says there is no consent for this recipient.
    let (status, changed) = therapist
        .send(
            Method::PUT,
            &format!("{}/referrer", paths::participant(&sugimoto)),
            Some(
                json!({"kind": "houkatsu", "organisation": "南地域包括支援センター",
                "person": "", "contact": "", "staff_id": other_id}),
            ),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{changed}");
    let page: Value = therapist.get(&feedback).await;
    assert_eq!(page["consent_live"], false, "{page}");
    let (status, _) = therapist
        .send(
            Method::POST,
            &feedback,
            Some(json!({"event": "completed", "body": "お知らせ"})),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    let nothing: Value = other.get(inbox).await;
    assert_eq!(nothing, json!([]));

    // Back to the user the consent names.
    let (status, _) = therapist
        .send(
            Method::PUT,
            &format!("{}/referrer", paths::participant(&sugimoto)),
            Some(
                json!({"kind": "houkatsu", "organisation": "北地域包括支援センター",
                "person": "", "contact": "", "staff_id": named_id}),
            ),
        )
        .await;
    assert_eq!(status, StatusCode::OK);

    // The named user gets it, with only what the consent shares; the other user gets nothing.
    let page: Value = therapist.get(&feedback).await;
    assert_eq!(page["consent_live"], true);
    assert_eq!(
        page["consent_parts"],
        json!(["contact", "summary_abilities", "participation_wishes"]),
        "the draft says only what these parts allow"
    );
    let draft = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["event"] == "completed")
        .and_then(|i| i["draft"].as_str())
        .unwrap()
        .to_owned();
    let _: Value = therapist
        .post(&feedback, &json!({"event": "completed", "body": draft}))
        .await;
    let theirs: Value = named.get(inbox).await;
    let bodies: Vec<&str> = theirs
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["body"].as_str())
        .collect();
    assert_eq!(bodies.len(), 2, "{theirs}");
    assert!(bodies.iter().any(|b| b.contains("修了されました")));
    let nothing: Value = other.get(inbox).await;
    assert_eq!(nothing, json!([]));

    // Withdrawn: the named user keeps only tombstones.
    let consents: Value = therapist.get(&exit_paths::consents(&sugimoto)).await;
    let consent = consents
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["purpose"] == "referrer_feedback")
        .and_then(|c| c["id"].as_str())
        .unwrap()
        .to_owned();
    let _: Value = therapist
        .post(
            &format!("{}/{consent}/withdraw", exit_paths::consents(&sugimoto)),
            &json!({}),
        )
        .await;
    let theirs: Value = named.get(inbox).await;
    assert_eq!(theirs.as_array().unwrap().len(), 2);
    for item in theirs.as_array().unwrap() {
        assert_eq!(item["withdrawn"], true);
        assert!(item["body"].is_null());
    }
}
