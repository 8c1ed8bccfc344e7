//! Two-factor sign-in for staff: setting up an authenticator, signing in with a code or a
//! recovery code, the municipality's requirement, and the admin's reset.

use diesel::prelude::*;
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use crate::helpers::*;
use dekita::auth::totp;

fn unix_now() -> u64 {
    chrono::Utc::now().timestamp() as u64
}

/// Waits, if need be, until the current 30-second step has a few seconds left, so that a code
/// made here is judged by the server in the same step.
async fn steady() -> u64 {
    loop {
        let now = unix_now();
        if now % totp::STEP_SECS < totp::STEP_SECS - 4 {
            return now;
        }
        actix_web::rt::time::sleep(std::time::Duration::from_millis(500)).await;
    }
}

fn code(secret: &str, at: u64) -> String {
    totp::code_at(secret, at).unwrap()
}

/// Six digits that are none of the codes the server would accept now.
fn wrong_code(secret: &str, now: u64) -> String {
    let window: Vec<String> = [now - 30, now, now + 30]
        .iter()
        .map(|t| code(secret, *t))
        .collect();
    (0..1_000_000)
        .map(|n| format!("{:06}", (n * 7919 + 123_457) % 1_000_000))
        .find(|c| !window.contains(c))
        .unwrap()
}

struct Enrolled {
    secret: String,
    recovery_codes: Vec<String>,
    staff_id: String,
}

/// Signs `email` in and sets up an authenticator, confirmed with the code of the step before
/// this one (so this step's and the next one's are still unused).
async fn enroll(app: &TestApp, email: &str) -> Enrolled {
    let session = app.sign_in(email).await;
    let token = session["access_token"].as_str().unwrap();
    let (status, setup) = app
        .post("/api/v1/auth/two-factor/setup", Some(token), json!({}))
        .await;
    assert_eq!(status, StatusCode::OK, "{setup}");
    let secret = setup["secret"].as_str().unwrap().to_owned();
    let uri = setup["otpauth_uri"].as_str().unwrap();
    assert!(uri.starts_with("otpauth://totp/dekita:"), "{uri}");
    assert!(uri.contains("issuer=dekita") && uri.contains(&secret));
    assert!(!setup["qr_png_base64"].as_str().unwrap().is_empty());
    let now = steady().await;
    let (status, confirmed) = app
        .post(
            "/api/v1/auth/two-factor/confirm",
            Some(token),
            json!({"code": code(&secret, now - 30)}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{confirmed}");
    assert!(confirmed["session"].is_null());
    let recovery_codes: Vec<String> = confirmed["recovery_codes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(recovery_codes.len(), 10);
    Enrolled {
        secret,
        recovery_codes,
        staff_id: session["user"]["id"].as_str().unwrap().to_owned(),
    }
}

/// The password step: a ticket, never tokens.
async fn ticket(app: &TestApp, email: &str) -> Value {
    let (status, body) = app
        .post(
            "/api/v1/auth/login",
            None,
            json!({"email": email, "password": PASSWORD}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(
        body["access_token"].is_null() && body["refresh_token"].is_null(),
        "{body}"
    );
    assert!(body["ticket"].is_string(), "{body}");
    body
}

async fn verify(app: &TestApp, ticket: &Value, code: &str) -> (StatusCode, Value) {
    app.post(
        "/api/v1/auth/two-factor/verify",
        None,
        json!({"ticket": ticket["ticket"], "code": code}),
    )
    .await
}

/// Forgets which code was used last (as if the last one were long ago), to try a code of the
/// previous step.
fn forget_last_code(app: &TestApp, staff_id: &str) {
    use dekita::db::schema::staff_two_factor;
    let db = app.database();
    let mut conn = db.conn().unwrap();
    diesel::update(staff_two_factor::table.filter(staff_two_factor::staff_id.eq(staff_id)))
        .set(staff_two_factor::last_used_step.eq(None::<i64>))
        .execute(&mut *conn)
        .unwrap();
}

#[actix_web::test]
async fn a_code_works_once_within_one_step_either_side() {
    let app = TestApp::spawn().await;
    let me = enroll(&app, NURSE).await;
    forget_last_code(&app, &me.staff_id);
    let challenge = ticket(&app, NURSE).await;
    assert_eq!(challenge["enroll_required"], false);

    // The ticket is no access token.
    let (status, _) = app
        .get("/api/v1/me", challenge["ticket"].as_str().unwrap())
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let now = steady().await;
    let (status, body) = verify(&app, &challenge, &wrong_code(&me.secret, now)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "a wrong code: {body}");
    assert_eq!(body["error"], "invalid_second_factor");
    for off in [now - 60, now + 60] {
        let c = code(&me.secret, off);
        let window = [now - 30, now, now + 30].map(|t| code(&me.secret, t));
        if !window.contains(&c) {
            let (status, body) = verify(&app, &challenge, &c).await;
            assert_eq!(status, StatusCode::UNAUTHORIZED, "two steps off: {body}");
        }
    }

    let earlier = code(&me.secret, now - 30);
    let (status, session) = verify(&app, &challenge, &earlier).await;
    assert_eq!(status, StatusCode::OK, "one step back: {session}");
    assert_eq!(session["user"]["two_factor_enabled"], true);
    let (status, me_now) = app
        .get("/api/v1/me", session["access_token"].as_str().unwrap())
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me_now["two_factor_enabled"], true);

    let (status, body) = verify(&app, &challenge, &earlier).await;
    assert_eq!(
        status,
        StatusCode::UNAUTHORIZED,
        "a code used again: {body}"
    );

    let (status, body) = verify(&app, &challenge, &code(&me.secret, now)).await;
    assert_eq!(status, StatusCode::OK, "this step: {body}");
    let (status, body) = verify(&app, &challenge, &code(&me.secret, now + 30)).await;
    assert_eq!(status, StatusCode::OK, "one step ahead: {body}");
    // Once a later step was used, this step's code is spent as well.
    let (status, _) = verify(&app, &challenge, &code(&me.secret, now)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // A ticket from elsewhere, or made up, does not start a sign-in.
    let (status, _) = app
        .post(
            "/api/v1/auth/two-factor/verify",
            None,
            json!({"ticket": session["access_token"], "code": code(&me.secret, now)}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[actix_web::test]
async fn a_recovery_code_works_once_only() {
    let app = TestApp::spawn().await;
    let me = enroll(&app, THERAPIST).await;
    let challenge = ticket(&app, THERAPIST).await;
    let (status, session) = verify(&app, &challenge, &me.recovery_codes[0]).await;
    assert_eq!(status, StatusCode::OK, "{session}");
    let token = session["access_token"].as_str().unwrap();
    let (_, status_now) = app.get("/api/v1/auth/two-factor", token).await;
    assert_eq!(status_now["enabled"], true);
    assert_eq!(status_now["recovery_codes_left"], 9);

    let challenge = ticket(&app, THERAPIST).await;
    let (status, body) = verify(&app, &challenge, &me.recovery_codes[0]).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "used again: {body}");
    // Written by hand: capitals and spaces instead of dashes.
    let loose = me.recovery_codes[1].to_uppercase().replace('-', " ");
    let (status, body) = verify(&app, &challenge, &loose).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    // Another person's code is not this person's.
    let other = enroll(&app, NURSE).await;
    let (status, _) = verify(&app, &challenge, &other.recovery_codes[0]).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // The municipality's audit shows that a recovery code was used.
    let admin = app.token(ADMIN).await;
    let (_, audit) = app.get("/api/v1/audit", &admin).await;
    let used = audit
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "two_factor_recovery_code_used")
        .count();
    assert_eq!(used, 2);
}

#[actix_web::test]
async fn code_attempts_are_limited_per_account() {
    let app = TestApp::builder().two_factor_burst(4).spawn().await;
    let me = enroll(&app, NURSE).await; // the confirmation is one attempt
    let other = enroll(&app, CARE_MANAGER).await;
    let challenge = ticket(&app, NURSE).await;
    let now = steady().await;
    for _ in 0..3 {
        let (status, _) = verify(&app, &challenge, &wrong_code(&me.secret, now)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let (status, body) = verify(&app, &challenge, &code(&me.secret, now)).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "{body}");
    // Someone else from the same address is not held up.
    let challenge = ticket(&app, CARE_MANAGER).await;
    let (status, _) = verify(&app, &challenge, &code(&other.secret, now)).await;
    assert_eq!(status, StatusCode::OK);
}

#[actix_web::test]
async fn code_attempts_count_against_the_sign_in_limit_per_address() {
    let app = TestApp::builder().signin_burst(4).spawn().await;
    let session = app.sign_in(NURSE).await; // 1
    let token = session["access_token"].as_str().unwrap();
    let (_, setup) = app
        .post("/api/v1/auth/two-factor/setup", Some(token), json!({}))
        .await;
    let secret = setup["secret"].as_str().unwrap();
    let now = steady().await;
    let (status, _) = app
        .post(
            "/api/v1/auth/two-factor/confirm",
            Some(token),
            json!({"code": code(secret, now - 30)}),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    let challenge = ticket(&app, NURSE).await; // 2
    for _ in 0..2 {
        // 3, 4
        let (status, _) = verify(&app, &challenge, &wrong_code(secret, now)).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let (status, _) = verify(&app, &challenge, &code(secret, now)).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
}

#[actix_web::test]
async fn a_required_second_factor_leads_to_setting_one_up_at_sign_in() {
    let app = TestApp::spawn().await;
    let admin = app.token(ADMIN).await;
    let therapist = app.token(THERAPIST).await;
    let (status, _) = app
        .request(
            Method::PUT,
            "/api/v1/municipality/two-factor",
            Some(&therapist),
            Some(json!({"required": true})),
        )
        .await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "only the municipality decides"
    );
    let (status, body) = app
        .request(
            Method::PUT,
            "/api/v1/municipality/two-factor",
            Some(&admin),
            Some(json!({"required": true})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["required"], true);

    let challenge = ticket(&app, THERAPIST).await;
    assert_eq!(challenge["enroll_required"], true);
    let t = challenge["ticket"].as_str().unwrap();
    // The ticket opens nothing but the setup.
    let (status, _) = app.get("/api/v1/participants", t).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _) = verify(&app, &challenge, "123456").await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    let (status, setup) = app
        .post("/api/v1/auth/two-factor/setup", None, json!({"ticket": t}))
        .await;
    assert_eq!(status, StatusCode::OK, "{setup}");
    let secret = setup["secret"].as_str().unwrap();
    let now = steady().await;
    let (status, body) = app
        .post(
            "/api/v1/auth/two-factor/confirm",
            None,
            json!({"ticket": t, "code": wrong_code(secret, now)}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    let (status, confirmed) = app
        .post(
            "/api/v1/auth/two-factor/confirm",
            None,
            json!({"ticket": t, "code": code(secret, now)}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{confirmed}");
    assert_eq!(confirmed["recovery_codes"].as_array().unwrap().len(), 10);
    let token = confirmed["session"]["access_token"].as_str().unwrap();
    let (status, me) = app.get("/api/v1/me", token).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(me["two_factor_enabled"], true);
    assert_eq!(me["two_factor_required"], true);

    // From now on the password leads to the code.
    let next = ticket(&app, THERAPIST).await;
    assert_eq!(next["enroll_required"], false);
    let (status, _) = verify(&app, &next, &code(secret, now + 30)).await;
    assert_eq!(status, StatusCode::OK);
    // While it is required, it cannot be turned off.
    let (status, body) = app
        .post(
            "/api/v1/auth/two-factor/disable",
            Some(token),
            json!({"code": confirmed["recovery_codes"][0]}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    // Another municipality is not affected.
    let other = app.sign_in(OTHER_TOWN).await;
    assert!(other["access_token"].is_string());

    // The setting is audited.
    let (_, audit) = app.get("/api/v1/audit", &admin).await;
    assert!(audit
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["action"] == "two_factor_required_on"));
}

#[actix_web::test]
async fn a_staff_member_may_turn_their_own_second_factor_off_with_a_code() {
    let app = TestApp::spawn().await;
    let me = enroll(&app, NURSE).await;
    let challenge = ticket(&app, NURSE).await;
    let now = steady().await;
    let (_, session) = verify(&app, &challenge, &code(&me.secret, now)).await;
    let token = session["access_token"].as_str().unwrap();
    let (status, _) = app
        .post(
            "/api/v1/auth/two-factor/disable",
            Some(token),
            json!({"code": wrong_code(&me.secret, now)}),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, body) = app
        .post(
            "/api/v1/auth/two-factor/disable",
            Some(token),
            json!({"code": code(&me.secret, now + 30)}),
        )
        .await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    assert!(app.sign_in(NURSE).await["access_token"].is_string());
}

/// A municipality admin of となり町, made for this test (the demo has none).
async fn other_town_admin(app: &TestApp) -> String {
    let other = app.sign_in(OTHER_TOWN).await;
    let municipality_id = dekita::domain::ids::MunicipalityId::from(
        other["user"]["municipality_id"].as_str().unwrap(),
    );
    let db = app.database();
    let hash = dekita::auth::password::hash(PASSWORD).unwrap();
    db.write(move |conn| {
        dekita::db::staff::insert(
            conn,
            &dekita::db::staff::NewStaff {
                municipality_id: &municipality_id,
                provider_id: None,
                role: dekita::domain::role::Role::MunicipalityAdmin,
                name: "隣 町子",
                email: "admin@other-town.example",
                password_hash: &hash,
            },
        )
    })
    .await
    .unwrap();
    app.token("admin@other-town.example").await
}

#[actix_web::test]
async fn an_admin_resets_a_second_factor_of_their_own_municipality_only_and_it_is_audited() {
    let app = TestApp::spawn().await;
    let me = enroll(&app, THERAPIST).await;
    let refresh = {
        let challenge = ticket(&app, THERAPIST).await;
        let now = steady().await;
        let (status, session) = verify(&app, &challenge, &code(&me.secret, now)).await;
        assert_eq!(status, StatusCode::OK);
        session["refresh_token"].clone()
    };
    let admin = app.token(ADMIN).await;
    let (status, list) = app.get("/api/v1/staff", &admin).await;
    assert_eq!(status, StatusCode::OK, "{list}");
    let row = list
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == me.staff_id.as_str())
        .expect("the therapist is listed")
        .clone();
    assert_eq!(row["two_factor_enabled"], true);
    assert!(!list.to_string().contains("となり町"));
    assert!(list
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["id"] != me.staff_id.as_str() || s["name"].is_string()));

    // Not by another municipality's admin, nor by staff who are not admins.
    let foreign_admin = other_town_admin(&app).await;
    let path = format!("/api/v1/staff/{}/two-factor", me.staff_id);
    let (status, _) = app
        .request(Method::DELETE, &path, Some(&foreign_admin), None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (_, foreign_list) = app.get("/api/v1/staff", &foreign_admin).await;
    assert!(!foreign_list.to_string().contains(&me.staff_id));
    let nurse = app.token(NURSE).await;
    let (status, _) = app.request(Method::DELETE, &path, Some(&nurse), None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    ticket(&app, THERAPIST).await; // still on

    let (status, body) = app.request(Method::DELETE, &path, Some(&admin), None).await;
    assert_eq!(status, StatusCode::NO_CONTENT, "{body}");
    // The old sign-in has ended, and the password alone signs in again.
    let (status, _) = app
        .post(
            "/api/v1/auth/refresh",
            None,
            json!({"refresh_token": refresh}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let session = app.sign_in(THERAPIST).await;
    assert_eq!(session["user"]["two_factor_enabled"], false);

    let (_, audit) = app.get("/api/v1/audit", &admin).await;
    let entry = audit
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "two_factor_reset")
        .expect("the reset is audited")
        .clone();
    assert_eq!(entry["detail"], me.staff_id.as_str());
    assert_eq!(entry["role"], "municipality_admin");
    let (_, foreign_audit) = app.get("/api/v1/audit", &foreign_admin).await;
    assert!(!foreign_audit.to_string().contains("two_factor_reset"));
}

#[actix_web::test]
async fn the_secret_is_not_shown_again_once_confirmed() {
    let app = TestApp::spawn().await;
    let me = enroll(&app, NURSE).await;
    let challenge = ticket(&app, NURSE).await;
    let now = steady().await;
    let (_, session) = verify(&app, &challenge, &code(&me.secret, now)).await;
    let token = session["access_token"].as_str().unwrap();
    let (status, body) = app
        .post("/api/v1/auth/two-factor/setup", Some(token), json!({}))
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert!(!body.to_string().contains(&me.secret));
    let (_, me_now) = app.get("/api/v1/me", token).await;
    let (_, status_now) = app.get("/api/v1/auth/two-factor", token).await;
    assert!(!me_now.to_string().contains(&me.secret));
    assert!(!status_now.to_string().contains(&me.secret));
}
