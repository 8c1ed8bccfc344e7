//! The circle (循環型) through real HTTP on both databases: the volunteer registry seen through
//! each role and the registry consent (live, withdrawn, none), a graduate's registration from
//! interested to active with an activity logged, matching with reasons, the ボランティアポイント
//! CSV, the sign-up on the phone, a referral naming a graduate volunteer, and the feedback to
//! the referrer limited by its consent (sent in the app, then a tombstone after withdrawal).

use reqwest::{Method, StatusCode};
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

fn names(list: &Value) -> Vec<String> {
    let mut out: Vec<String> = list["volunteers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| {
            v["name"]
                .as_str()
                .unwrap()
                .split(' ')
                .next()
                .unwrap()
                .to_owned()
        })
        .collect();
    out.sort();
    out
}

fn volunteer_of<'a>(list: &'a Value, family: &str) -> &'a Value {
    list["volunteers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["name"].as_str().unwrap().starts_with(family))
        .unwrap_or_else(|| panic!("{family} is a volunteer"))
}

#[actix_web::test]
async fn the_registry_is_seen_by_role_and_through_the_live_registry_consent_only() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let coordinator = app.token(COORDINATOR).await;
    let admin = app.token(ADMIN).await;

    // The provider sees its graduates, the interested one too; the circle's count is there.
    let (status, mine) = app.get("/api/v1/volunteers", &therapist).await;
    assert_eq!(status, StatusCode::OK, "{mine}");
    assert_eq!(names(&mine), ["佐野", "前田", "松本"]);
    assert_eq!(mine["summary"]["active"], 2);
    assert_eq!(mine["summary"]["referrals_by_volunteers"], 1);
    let matsumoto = volunteer_of(&mine, "松本");
    assert_eq!(matsumoto["consent"], "live");
    assert!(matsumoto["hours"].as_f64().unwrap() > 10.0);
    assert_eq!(volunteer_of(&mine, "佐野")["consent"], Value::Null);

    // The coordinator and the municipality: only the consented ones.
    let (_, theirs) = app.get("/api/v1/volunteers", &coordinator).await;
    assert_eq!(names(&theirs), ["前田", "松本"]);
    let (_, town) = app.get("/api/v1/volunteers", &admin).await;
    assert_eq!(names(&town), ["前田", "松本"]);
    // The 包括 and the other provider: nothing.
    let (status, _) = app
        .get("/api/v1/volunteers", &app.token(CARE_MANAGER).await)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (_, other) = app
        .get("/api/v1/volunteers", &app.token(OTHER_PROVIDER).await)
        .await;
    assert_eq!(names(&other), Vec::<String>::new());
    let sano_id = volunteer_of(&mine, "佐野")["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, _) = app
        .get(&format!("/api/v1/volunteers/{sano_id}"), &coordinator)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "no consent: not there");

    // 前田 withdraws her registry consent: the coordinator's next request finds nothing.
    let maeda = volunteer_of(&mine, "前田");
    let (maeda_id, maeda_person) = (
        maeda["id"].as_str().unwrap().to_owned(),
        maeda["participant_id"].as_str().unwrap().to_owned(),
    );
    let (status, _) = app
        .get(&format!("/api/v1/volunteers/{maeda_id}"), &coordinator)
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, consents) = app
        .get(
            &format!("/api/v1/participants/{maeda_person}/consents"),
            &therapist,
        )
        .await;
    let registry = consents
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["purpose"] == "volunteer_registry")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, _) = app
        .post(
            &format!("/api/v1/participants/{maeda_person}/consents/{registry}/withdraw"),
            Some(&therapist),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, gone) = app
        .get(&format!("/api/v1/volunteers/{maeda_id}"), &coordinator)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{gone}");
    assert!(!gone.to_string().contains("前田"));
    let (_, theirs) = app.get("/api/v1/volunteers", &coordinator).await;
    assert_eq!(names(&theirs), ["松本"]);
    let (_, town) = app.get("/api/v1/volunteers", &admin).await;
    assert_eq!(names(&town), ["松本"]);
    // The provider still holds its own graduate's registration, marked withdrawn.
    let (_, mine) = app.get("/api/v1/volunteers", &therapist).await;
    assert_eq!(volunteer_of(&mine, "前田")["consent"], "withdrawn");
}

#[actix_web::test]
async fn a_graduate_registers_trains_becomes_active_logs_time_and_is_exported() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let admin = app.token(ADMIN).await;
    let (_, list) = app.get("/api/v1/participants", &therapist).await;
    let sugimoto = person_id(&list, "杉本");
    let ueno = person_id(&list, "上野");

    // Only a graduate is offered the registry.
    let (status, refused) = app
        .post(
            &format!("/api/v1/participants/{ueno}/volunteer"),
            Some(&therapist),
            json!({"roles": ["草刈り"]}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{refused}");

    let (status, v) = app
        .post(
            &format!("/api/v1/participants/{sugimoto}/volunteer"),
            Some(&therapist),
            json!({"roles": ["草刈り", " 草刈り "], "skills": "元 大工仕事、畑", "availability": "水曜の朝",
                "area": "南圏域", "offered_at": "graduation"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    assert_eq!(v["status"], "interested");
    assert_eq!(v["roles"], json!(["草刈り"]));
    let id = v["id"].as_str().unwrap().to_owned();
    let (status, _) = app
        .post(
            &format!("/api/v1/participants/{sugimoto}/volunteer"),
            Some(&therapist),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "once per person");

    // Matching: the wanted role, the skill and the 圏域, each in words.
    let (status, matches) = app
        .get(&format!("/api/v1/volunteers/{id}/matches"), &therapist)
        .await;
    assert_eq!(status, StatusCode::OK, "{matches}");
    let first = &matches[0];
    assert_eq!(first["role"], "草刈り");
    assert_eq!(first["place_name"], "みんなの農園ボランティア");
    assert_eq!(first["score"], 3 + 1);
    assert_eq!(
        first["reasons"],
        json!([
            "『草刈り』をしてみたいと希望しています",
            "同じ圏域（南圏域）です",
            "活動の前に研修（講座）があります"
        ])
    );
    assert!(matches
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["role"] == "大工仕事（棚の修理）"
            && m["reasons"][0] == "『大工仕事』の経験・得意が活かせます"));

    // The one rule: no activity before active, no skipping the training.
    let status_path = format!("/api/v1/volunteers/{id}/status");
    let activity =
        json!({"on_date": "2026-01-07", "place_name": "農園", "role": "草刈り", "minutes": 90});
    let (status, _) = app
        .post(
            &format!("/api/v1/volunteers/{id}/activities"),
            Some(&therapist),
            activity.clone(),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (status, skip) = app
        .post(&status_path, Some(&therapist), json!({"status": "active"}))
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{skip}");
    let (_, cohorts) = app.get("/api/v1/cohorts", &therapist).await;
    let starts = cohorts[0]["starts_on"].as_str().unwrap();
    let (y, m): (i32, u32) = (starts[0..4].parse().unwrap(), starts[5..7].parse().unwrap());
    let year = if m >= 4 { y } else { y - 1 };
    let share = |e: &Value| -> (u64, u64) {
        let f = e["figures"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["key"] == "volunteer_share")
            .expect("the volunteer share is a figure")
            .clone();
        assert!(f["rule"].as_str().unwrap().contains("研修を終えた人"));
        (
            f["numerator"].as_u64().unwrap(),
            f["denominator"].as_u64().unwrap(),
        )
    };
    let evaluation = format!("/api/v1/evaluation?fiscal_year={year}");
    let before = share(&app.get(&evaluation, &admin).await.1);
    for step in ["trained", "active"] {
        let (status, moved) = app
            .post(&status_path, Some(&therapist), json!({"status": step}))
            .await;
        assert_eq!(status, StatusCode::OK, "{moved}");
        assert_eq!(moved["status"], step);
    }
    // 杉本, a reviewed graduate of the year, now counts in the numerator; nobody else moved.
    let after = share(&app.get(&evaluation, &admin).await.1);
    assert_eq!(after, (before.0 + 1, before.1), "{before:?} → {after:?}");
    let (status, bad) = app
        .post(
            &format!("/api/v1/volunteers/{id}/activities"),
            Some(&therapist),
            json!({"on_date": "2026-01-07", "place_name": "農園", "role": "草刈り", "minutes": 50}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
    let (status, logged) = app
        .post(
            &format!("/api/v1/volunteers/{id}/activities"),
            Some(&therapist),
            activity,
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{logged}");
    assert_eq!(logged["hours"], 1.5);
    assert_eq!(logged["activities"][0]["role"], "草刈り");

    // The municipality sees (and exports) it only once the registry consent is live.
    let csv_path = "/api/v1/volunteers/activity.csv?from=2026-01-01&to=2026-01-31";
    let (status, csv) = app.request(Method::GET, csv_path, Some(&admin), None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(!csv.as_str().unwrap().contains("杉本"));
    let (_, coordinators) = app.get("/api/v1/coordinators", &therapist).await;
    let (status, consent) = app
        .post(
            &format!("/api/v1/participants/{sugimoto}/consents"),
            Some(&therapist),
            json!({"purpose": "volunteer_registry", "recipient_staff_id": coordinators[0]["staff_id"],
                "parts": ["contact"], "method": "paper", "paper_kept_at": "書庫"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{consent}");
    let (_, csv) = app.request(Method::GET, csv_path, Some(&admin), None).await;
    let csv = csv.as_str().unwrap();
    assert!(csv.starts_with('\u{feff}'), "UTF-8 with BOM for Excel");
    assert!(csv.contains("\"活動日\",\"氏名\""));
    assert!(
        csv.contains("\"2026-01-07\",\"杉本 "),
        "the activity's line: {csv}"
    );
    assert!(csv.contains("\"南圏域\",\"農園\",\"草刈り\",\"90\"\r\n"));
    let (status, _) = app
        .request(Method::GET, csv_path, Some(&therapist), None)
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // For older systems the same file in Shift_JIS (CP932): no byte-order mark, the same
    // characters byte for byte once decoded, CRLF kept.
    let sjis = |path: String| {
        let (client, url, admin) = (app.client.clone(), app.url.clone(), admin.clone());
        async move {
            let res = client
                .get(format!("{url}{path}&encoding=shift_jis"))
                .bearer_auth(&admin)
                .send()
                .await
                .unwrap();
            let status = res.status();
            let kind = res.headers()["content-type"].to_str().unwrap().to_owned();
            (status, kind, res.bytes().await.unwrap().to_vec())
        }
    };
    let (status, kind, bytes) = sjis(csv_path.to_owned()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(kind, "text/csv; charset=Shift_JIS");
    assert!(
        !bytes.starts_with(&[0xEF, 0xBB, 0xBF]),
        "no UTF-8 byte-order mark"
    );
    let (decoded, _, errors) = encoding_rs::SHIFT_JIS.decode(&bytes);
    assert!(!errors);
    assert_eq!(decoded, csv.trim_start_matches('\u{feff}'));
    assert!(bytes.windows(2).any(|w| w == b"\r\n"));
    // 草 is 91 90 in Shift_JIS: the file is not UTF-8 under another name.
    assert!(bytes.windows(2).any(|w| w == [0x91, 0x90]));

    // A character Shift_JIS cannot hold is named with its line; nothing is replaced, and the
    // UTF-8 file keeps it.
    let (status, logged) = app
        .post(
            &format!("/api/v1/volunteers/{id}/activities"),
            Some(&therapist),
            json!({"on_date": "2026-01-08", "place_name": "𠮷田さんの畑", "role": "草取り", "minutes": 60}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{logged}");
    let (status, kind, bytes) = sjis(csv_path.to_owned()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(kind.starts_with("application/json"));
    let refused: Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(refused["error"], "not_in_shift_jis");
    assert!(
        refused["message"]
            .as_str()
            .unwrap()
            .contains("「𠮷」（3行目）"),
        "{refused}"
    );
    let (_, csv) = app.request(Method::GET, csv_path, Some(&admin), None).await;
    assert!(csv
        .as_str()
        .unwrap()
        .contains("\"𠮷田さんの畑\",\"草取り\",\"60\""));
}

#[actix_web::test]
async fn a_graduate_signs_up_on_the_phone_and_a_person_in_the_program_is_not_asked() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let (_, list) = app.get("/api/v1/participants", &therapist).await;
    let phone = app
        .enroll_phone(&therapist, &person_id(&list, "杉本"))
        .await;
    let token = phone["access_token"].as_str().unwrap();
    let (status, offer) = app.get("/api/v1/me/volunteer", token).await;
    assert_eq!(status, StatusCode::OK, "{offer}");
    assert_eq!(offer["offered"], true);
    assert_eq!(offer["status"], Value::Null);
    assert!(offer["open_roles"]
        .as_array()
        .unwrap()
        .contains(&json!("お茶出し")));
    let (status, signed) = app
        .post(
            "/api/v1/me/volunteer",
            Some(token),
            json!({"roles": ["お茶出し"], "availability": "午前"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{signed}");
    assert_eq!(signed["status"], "interested");
    assert_eq!(signed["status_label"], "関心あり");
    let (_, registry) = app.get("/api/v1/volunteers", &therapist).await;
    let v = volunteer_of(&registry, "杉本");
    assert_eq!(v["offered_at"], "phone");
    assert_eq!(v["roles"], json!(["お茶出し"]));

    let in_program = app
        .enroll_phone(&therapist, &person_id(&list, "上野"))
        .await;
    let token = in_program["access_token"].as_str().unwrap();
    let (_, offer) = app.get("/api/v1/me/volunteer", token).await;
    assert_eq!(offer["offered"], false);
    assert_eq!(offer["open_roles"], json!([]));
    let (status, _) = app
        .post("/api/v1/me/volunteer", Some(token), json!({}))
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
}

#[actix_web::test]
async fn a_referral_names_a_graduate_volunteer_and_feedback_follows_the_consent() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let care_manager = app.token(CARE_MANAGER).await;
    let (_, registry) = app.get("/api/v1/volunteers", &therapist).await;
    let matsumoto = volunteer_of(&registry, "松本")["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let sano = volunteer_of(&registry, "佐野")["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (_, cohorts) = app.get("/api/v1/cohorts", &therapist).await;
    let body = |volunteer: &str| {
        json!({"family_name": "循環", "given_name": "花子", "family_name_kana": "じゅんかん",
            "given_name_kana": "はなこ", "birth_date": "1944-05-05", "sex": "female",
            "cohort_id": cohorts[0]["id"], "referrer": {"kind": "graduate_volunteer",
            "organisation": "ふれあいサロン", "person": "松本", "volunteer_id": volunteer}})
    };
    // Someone not yet trained cannot stand as the referring volunteer.
    let (status, refused) = app
        .post("/api/v1/participants", Some(&therapist), body(&sano))
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{refused}");
    let (status, created) = app
        .post("/api/v1/participants", Some(&therapist), body(&matsumoto))
        .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    assert_eq!(
        created["referral_source"],
        "卒業生ボランティア ふれあいサロン 松本"
    );
    let id = created["id"].as_str().unwrap();
    let (_, referrer) = app
        .get(&format!("/api/v1/participants/{id}/referrer"), &therapist)
        .await;
    assert_eq!(referrer["kind"], "graduate_volunteer");
    assert_eq!(referrer["volunteer_name"], "松本 トミ");
    let (_, registry) = app.get("/api/v1/volunteers", &therapist).await;
    assert_eq!(registry["summary"]["referrals_by_volunteers"], 2);

    // A person registered with the old free text gets a structured referrer read from it.
    let (_, list) = app.get("/api/v1/participants", &therapist).await;
    let (status, plain) = app
        .post(
            "/api/v1/participants",
            Some(&therapist),
            json!({"family_name": "民生", "given_name": "花子", "family_name_kana": "みんせい",
                "given_name_kana": "はなこ", "birth_date": "1944-05-05", "sex": "female",
                "cohort_id": cohorts[0]["id"], "referral_source": "北町の民生委員さん"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{plain}");
    let (_, referrer) = app
        .get(
            &format!(
                "/api/v1/participants/{}/referrer",
                plain["id"].as_str().unwrap()
            ),
            &therapist,
        )
        .await;
    assert_eq!(referrer["kind"], "minsei");

    // 杉本 consented to feedback for the 包括: the start went in the app, the end is a draft.
    let sugimoto = person_id(&list, "杉本");
    let page_path = format!("/api/v1/participants/{sugimoto}/referrer-feedback");
    let (status, page) = app.get(&page_path, &therapist).await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_eq!(page["consent_live"], true);
    assert_eq!(page["delivery"], "in_app");
    let items = page["items"].as_array().unwrap();
    let started = items.iter().find(|i| i["event"] == "started").unwrap();
    assert_eq!(started["sent"]["delivery"], "in_app");
    assert!(started["draft"].is_null());
    let completed = items.iter().find(|i| i["event"] == "completed").unwrap();
    let draft = completed["draft"].as_str().unwrap();
    assert!(
        draft.contains("杉本様は") && draft.contains("修了されました"),
        "{draft}"
    );
    let (status, sent) = app
        .post(
            &page_path,
            Some(&therapist),
            json!({"event": "completed", "body": format!("{draft}\n（職員より）畑仕事を再開されました。")}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{sent}");
    let (status, _) = app
        .post(
            &page_path,
            Some(&therapist),
            json!({"event": "completed", "body": "二度目"}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "once per event");
    let (status, _) = app
        .post(
            &page_path,
            Some(&therapist),
            json!({"event": "connected", "event_key": "none", "body": "まだ"}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "not something that happened");
    let (status, inbox) = app.get("/api/v1/referrer-feedback", &care_manager).await;
    assert_eq!(status, StatusCode::OK, "{inbox}");
    let bodies: Vec<&str> = inbox
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["body"].as_str())
        .collect();
    assert!(bodies.iter().any(|b| b.contains("畑仕事を再開されました")));
    assert_eq!(inbox.as_array().unwrap().len(), 2);

    // 上野 was referred by a 民生委員: a letter to print. 小松 gave no consent: nothing to send.
    let ueno = person_id(&list, "上野");
    let (_, page) = app
        .get(
            &format!("/api/v1/participants/{ueno}/referrer-feedback"),
            &therapist,
        )
        .await;
    assert_eq!(page["delivery"], "letter");
    assert!(page["items"][0]["draft"]
        .as_str()
        .unwrap()
        .starts_with("北町 第3地区 民生委員 田村様"));
    let komatsu = person_id(&list, "小松");
    let path = format!("/api/v1/participants/{komatsu}/referrer-feedback");
    let (_, page) = app.get(&path, &therapist).await;
    assert_eq!(page["consent_live"], false);
    assert!(page["items"][0]["draft"].is_null());
    let (status, _) = app
        .post(
            &path,
            Some(&therapist),
            json!({"event": "started", "body": "こんにちは"}),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);

    // 杉本 withdraws the feedback consent: the 包括's inbox keeps only tombstones.
    let (_, consents) = app
        .get(
            &format!("/api/v1/participants/{sugimoto}/consents"),
            &therapist,
        )
        .await;
    let consent = consents
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["purpose"] == "referrer_feedback")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, _) = app
        .post(
            &format!("/api/v1/participants/{sugimoto}/consents/{consent}/withdraw"),
            Some(&therapist),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, inbox) = app.get("/api/v1/referrer-feedback", &care_manager).await;
    for item in inbox.as_array().unwrap() {
        assert_eq!(item["withdrawn"], true);
        assert!(item["body"].is_null());
    }
    assert!(!inbox.to_string().contains("杉本"));
}

/// The coordinator keeps the registry under a live registry consent: registers a graduate,
/// updates the entry, takes them to active and logs an activity; without the consent (none
/// yet, or withdrawn) every one of these is refused as "not there".
#[actix_web::test]
async fn a_coordinator_keeps_the_registry_only_under_a_live_registry_consent() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let coordinator = app.token(COORDINATOR).await;
    let (_, list) = app.get("/api/v1/participants", &therapist).await;
    let sugimoto = person_id(&list, "杉本");
    let register = format!("/api/v1/participants/{sugimoto}/volunteer");
    let entry = json!({"roles": ["会場の鍵開け"], "skills": "元 事務員", "availability": "火曜の午後",
        "area": "南圏域", "offered_at": "follow_up"});

    // No consent: not there.
    let (status, refused) = app.post(&register, Some(&coordinator), entry.clone()).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{refused}");
    assert!(!refused.to_string().contains("杉本"));

    let (_, coordinators) = app.get("/api/v1/coordinators", &therapist).await;
    let (status, consent) = app
        .post(
            &format!("/api/v1/participants/{sugimoto}/consents"),
            Some(&therapist),
            json!({"purpose": "volunteer_registry", "recipient_staff_id": coordinators[0]["staff_id"],
                "parts": ["contact"], "method": "paper", "paper_kept_at": "書庫"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{consent}");
    let consent_id = consent["id"].as_str().unwrap().to_owned();

    // Under the live consent: registered, updated, active, with an activity.
    let (status, v) = app.post(&register, Some(&coordinator), entry).await;
    assert_eq!(status, StatusCode::CREATED, "{v}");
    assert_eq!(v["status"], "interested");
    assert_eq!(v["roles"], json!(["会場の鍵開け"]));
    let id = v["id"].as_str().unwrap().to_owned();
    let (status, updated) = app
        .request(
            Method::PUT,
            &format!("/api/v1/volunteers/{id}"),
            Some(&coordinator),
            Some(
                json!({"roles": ["会場の鍵開け", "出欠名簿の管理"], "skills": "元 事務員",
                "availability": "火曜と木曜の午後", "area": "南圏域",
                "trainings": [{"name": "介護予防サポーター講座", "on": "2026-01-20"}]}),
            ),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{updated}");
    assert_eq!(updated["roles"], json!(["会場の鍵開け", "出欠名簿の管理"]));
    assert_eq!(updated["availability"], "火曜と木曜の午後");
    assert_eq!(updated["trainings"][0]["name"], "介護予防サポーター講座");
    let status_path = format!("/api/v1/volunteers/{id}/status");
    for step in ["trained", "active"] {
        let (status, moved) = app
            .post(&status_path, Some(&coordinator), json!({"status": step}))
            .await;
        assert_eq!(status, StatusCode::OK, "{moved}");
    }
    let activities = format!("/api/v1/volunteers/{id}/activities");
    let (status, logged) = app
        .post(
            &activities,
            Some(&coordinator),
            json!({"on_date": "2026-01-27", "place_name": "ふれあいサロン", "role": "会場の鍵開け",
                "minutes": 60}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{logged}");
    assert_eq!(logged["hours"], 1.0);
    assert_eq!(logged["activities"][0]["role"], "会場の鍵開け");
    let (_, theirs) = app.get("/api/v1/volunteers", &coordinator).await;
    assert!(names(&theirs).contains(&"杉本".to_owned()));

    // Withdrawn: the next change, read and log are refused, and nothing was written.
    let (status, _) = app
        .post(
            &format!("/api/v1/participants/{sugimoto}/consents/{consent_id}/withdraw"),
            Some(&therapist),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = app
        .request(
            Method::PUT,
            &format!("/api/v1/volunteers/{id}"),
            Some(&coordinator),
            Some(json!({"roles": ["草刈り"], "area": "南圏域"})),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app
        .post(
            &activities,
            Some(&coordinator),
            json!({"on_date": "2026-01-28", "place_name": "ふれあいサロン", "role": "会場の鍵開け",
                "minutes": 30}),
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app
        .get(&format!("/api/v1/volunteers/{id}"), &coordinator)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // The provider still sees the entry as it was left.
    let (status, kept) = app
        .get(&format!("/api/v1/volunteers/{id}"), &therapist)
        .await;
    assert_eq!(status, StatusCode::OK, "{kept}");
    assert_eq!(kept["roles"], json!(["会場の鍵開け", "出欠名簿の管理"]));
    assert_eq!(kept["hours"], 1.0);
}
