//! Sign-in, tokens, enrollment of a phone, revocation.

use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::helpers::*;

#[actix_web::test]
async fn unknown_address_and_wrong_password_get_the_same_answer() {
    let app = TestApp::spawn().await;
    let (s1, b1) = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"email": "nobody@hidamari.example", "password": PASSWORD}),
        )
        .await;
    let (s2, b2) = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"email": THERAPIST, "password": "wrong-password"}),
        )
        .await;
    assert_eq!(s1, StatusCode::UNAUTHORIZED);
    assert_eq!((s1, &b1), (s2, &b2));
    assert_eq!(b1["error"], "invalid_credentials");
}

#[actix_web::test]
async fn sign_in_returns_a_profile_and_tokens_that_work() {
    let app = TestApp::spawn().await;
    let session = app.sign_in(THERAPIST).await;
    assert_eq!(session["user"]["kind"], "staff");
    assert_eq!(session["user"]["role"], "therapist");
    assert_eq!(session["user"]["municipality_name"], "ひだまり市");
    assert!(session["expires_in"].as_i64().unwrap() <= 15 * 60);
    let (status, me) = app
        .get("/api/v1/me", session["access_token"].as_str().unwrap())
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["role"], "therapist");
    // What the policy lets each role do, by name: the app shows only these.
    let has = |me: &serde_json::Value, action: &str| {
        me["capabilities"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a == action)
    };
    assert!(has(&me, "write_interview") && has(&me, "schedule_sessions"));
    assert!(!has(&me, "read_audit"));
    let nurse = app.token(NURSE).await;
    let (_, me) = app.get("/api/v1/me", &nurse).await;
    assert!(has(&me, "record_attendance") && !has(&me, "write_interview"));
    let coordinator = app.token(COORDINATOR).await;
    let (_, me) = app.get("/api/v1/me", &coordinator).await;
    // The coordinator works their inbox (through consent), keeps the places directory (and its photos) and
    // follows up the people whose consent names them, and keeps the volunteers who consented.
    assert_eq!(
        me["capabilities"],
        serde_json::json!([
            "work_handoffs",
            "manage_places",
            "manage_place_photos",
            "read_follow_ups",
            "record_follow_up",
            "read_volunteers",
            "record_volunteers"
        ])
    );
    let admin = app.token(ADMIN).await;
    let (_, me) = app.get("/api/v1/me", &admin).await;
    assert!(has(&me, "read_audit") && has(&me, "manage_staff"));
}

#[actix_web::test]
async fn refresh_tokens_rotate_and_an_old_one_reused_later_ends_the_sign_in() {
    let app = TestApp::spawn().await;
    let first = app.sign_in(NURSE).await;
    let (status, second) = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": first["refresh_token"]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{second}");
    assert_ne!(second["refresh_token"], first["refresh_token"]);
    let (status, third) = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": second["refresh_token"]}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    // Sign-out ends the whole sign-in: no token of it works afterwards.
    let (status, _) = app
        .post(
            "/api/v1/auth/logout",
            None,
            json!({"refresh_token": third["refresh_token"]}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    for token in [&first, &second, &third] {
        let (status, body) = app
            .post(
                "/api/v1/auth/refresh",
                None,
                json!({"refresh_token": token["refresh_token"]}),
            )
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    }
}

async fn refresh(app: &TestApp, token: &serde_json::Value) -> (StatusCode, serde_json::Value) {
    app.post(
        "/api/v1/auth/refresh",
        None,
        json!({"refresh_token": token["refresh_token"]}),
    )
    .await
}

/// Moves a refresh token's first use back in time, as if the grace had passed.
fn age_rotation(app: &TestApp, raw: &str, seconds: i64) {
    use dekita::db::schema::refresh_tokens;
    use diesel::prelude::*;
    let db = app.database();
    let mut conn = db.conn().unwrap();
    let hash = dekita::db::tokens::hash(raw);
    let when = chrono::Utc::now().naive_utc() - chrono::Duration::seconds(seconds);
    let changed = diesel::update(refresh_tokens::table.filter(refresh_tokens::token_hash.eq(hash)))
        .set(refresh_tokens::rotated_at.eq(Some(when)))
        .execute(&mut *conn)
        .unwrap();
    assert_eq!(changed, 1);
}

#[actix_web::test]
async fn a_refresh_token_replayed_after_the_grace_ends_the_whole_sign_in() {
    let app = TestApp::spawn().await;
    for email in [NURSE, THERAPIST] {
        let first = app.sign_in(email).await;
        let (status, second) = refresh(&app, &first).await;
        assert_eq!(status, StatusCode::OK, "{second}");
        age_rotation(&app, first["refresh_token"].as_str().unwrap(), 61);
        // The thief (or a stale copy) presents the old token: refused, and the refusal is kept.
        let (status, body) = refresh(&app, &first).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{email}: {body}");
        // The family's current token no longer works either, nor does the old one again.
        let (status, body) = refresh(&app, &second).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{email}: {body}");
        let (status, _) = refresh(&app, &first).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    // A participant's phone (its sign-in lives for months) is held to the same rule.
    let therapist = app.token(THERAPIST).await;
    let person = app.a_new_participant("再使用").await;
    let phone = app
        .enroll_phone(&therapist, person["id"].as_str().unwrap())
        .await;
    let (status, next) = refresh(&app, &phone).await;
    assert_eq!(status, StatusCode::OK, "{next}");
    age_rotation(&app, phone["refresh_token"].as_str().unwrap(), 3600);
    assert_eq!(refresh(&app, &phone).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(refresh(&app, &next).await.0, StatusCode::UNAUTHORIZED);
}

#[actix_web::test]
async fn a_retry_inside_the_grace_replaces_the_lost_answer_and_forks_nothing() {
    let app = TestApp::spawn().await;
    let first = app.sign_in(NURSE).await;
    let (status, lost) = refresh(&app, &first).await;
    assert_eq!(status, StatusCode::OK);
    // The answer was lost; the phone tries again with the same token, several times.
    let (status, retry) = refresh(&app, &first).await;
    assert_eq!(status, StatusCode::OK, "{retry}");
    let (status, again) = refresh(&app, &first).await;
    assert_eq!(status, StatusCode::OK, "{again}");
    // Only the newest answer lives: the earlier successors were replaced, not added.
    assert_eq!(refresh(&app, &lost).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(refresh(&app, &retry).await.0, StatusCode::UNAUTHORIZED);
    let (status, next) = refresh(&app, &again).await;
    assert_eq!(status, StatusCode::OK, "{next}");
    // Once the successor has been used, the old token is no retry any more but a reuse:
    // the sign-in ends, even inside the grace.
    assert_eq!(refresh(&app, &first).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(refresh(&app, &next).await.0, StatusCode::UNAUTHORIZED);
}

#[actix_web::test]
async fn a_password_change_revokes_every_refresh_token() {
    let app = TestApp::spawn().await;
    let session = app.sign_in(ADMIN).await;
    let token = session["access_token"].as_str().unwrap();
    let (status, body) = app
        .post(
            "/api/v1/auth/password",
            Some(token),
            json!({"current_password": PASSWORD, "new_password": "short"}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (status, _) = app
        .post(
            "/api/v1/auth/password",
            Some(token),
            json!({"current_password": PASSWORD, "new_password": "a much longer passphrase"}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": session["refresh_token"]}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"email": ADMIN, "password": PASSWORD}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"email": ADMIN, "password": "a much longer passphrase"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
}

#[actix_web::test]
async fn a_code_binds_one_phone_once_and_a_revoked_phone_stops_at_once() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let participant = app.a_participant(&therapist).await;
    let pid = participant["id"].as_str().unwrap();

    let (status, code) = app
        .post(
            &format!("/api/v1/participants/{pid}/enrollment-codes"),
            Some(&therapist),
            json!({}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
    let shown = code["code"].as_str().unwrap();
    assert_eq!(shown.len(), 9, "ABCD-EFGH");
    assert!(code["enroll_url"]
        .as_str()
        .unwrap()
        .ends_with(&shown.replace('-', "")));
    assert!(!code["qr_png_base64"].as_str().unwrap().is_empty());

    // Typed the way a person might: lower case, no dash.
    let typed = shown.replace('-', "").to_lowercase();
    let (status, session) = app
        .post("/api/v1/enroll", None, json!({"code": typed}))
        .await;
    assert_eq!(status, StatusCode::OK, "{session}");
    assert_eq!(session["user"]["kind"], "participant");
    assert_eq!(session["user"]["display_name"], participant["display_name"]);
    let (status, again) = app
        .post("/api/v1/enroll", None, json!({"code": shown}))
        .await;
    assert_eq!(
        (status, again["error"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("invalid_code"))
    );

    let phone = session["access_token"].as_str().unwrap();
    let (status, home) = app.get("/api/v1/me/home", phone).await;
    assert_eq!(status, StatusCode::OK, "{home}");
    assert_eq!(home["sessions_total"], 12);
    assert_eq!(home["sessions"].as_array().unwrap().len(), 12);
    assert_eq!(
        home["sessions_left"].as_u64().unwrap() + home["sessions_done"].as_u64().unwrap(),
        12
    );

    // A participant's token opens nothing on the staff side.
    let (status, _) = app.get("/api/v1/participants", phone).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    let (status, devices) = app
        .get(&format!("/api/v1/participants/{pid}/devices"), &therapist)
        .await;
    assert_eq!(status, StatusCode::OK);
    let device = session["user"]["device_id"].as_str().unwrap();
    assert!(devices
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["id"] == device && d["label"] == "スマートフォン"));
    let (status, _) = app
        .request(
            Method::DELETE,
            &format!("/api/v1/participants/{pid}/devices/{device}"),
            Some(&therapist),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _) = app.get("/api/v1/me/home", phone).await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "the access token of a revoked phone no longer works"
    );
    let (status, _) = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": session["refresh_token"]}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[actix_web::test]
async fn a_new_code_voids_the_earlier_one() {
    let app = TestApp::spawn().await;
    let therapist = app.token(THERAPIST).await;
    let pid = app.a_participant(&therapist).await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let path = format!("/api/v1/participants/{pid}/enrollment-codes");
    let (_, first) = app.post(&path, Some(&therapist), json!({})).await;
    let (_, second) = app.post(&path, Some(&therapist), json!({})).await;
    let (status, _) = app
        .post("/api/v1/enroll", None, json!({"code": first["code"]}))
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = app
        .post("/api/v1/enroll", None, json!({"code": second["code"]}))
        .await;
    assert_eq!(status, StatusCode::OK);
}

#[actix_web::test]
async fn guessing_is_rate_limited_with_a_retry_after() {
    let app = TestApp::builder().signin_burst(3).spawn().await;
    for _ in 0..3 {
        let (status, _) = app
            .post("/api/v1/enroll", None, json!({"code": "AAAA-AAAA"}))
            .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let res = app
        .client
        .post(format!("{}/api/v1/enroll", app.url))
        .json(&json!({"code": "AAAA-AAAA"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.headers().get("retry-after").is_some());
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["error"], "rate_limited");
}

#[actix_web::test]
async fn forged_and_malformed_tokens_are_refused() {
    let app = TestApp::spawn().await;
    for token in ["", "abc", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."] {
        let (status, body) = app.get("/api/v1/participants", token).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{token}: {body}");
        assert_eq!(body["error"], "unauthorized");
    }
}
