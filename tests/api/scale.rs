//! A municipality with more people than a statement can bind (SQLite takes 32,766 parameters,
//! PostgreSQL 65,535): the scope, the lists and the figures are narrowed by the database (a
//! subquery or a join), never by a list of every visible id.

use std::time::Instant;

use diesel::prelude::*;
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::*;

/// More people than either database binds in one statement.
const PEOPLE: u32 = 70_500;

/// `n` rows numbered 1..=n in column `i` of `n(i)`, on either backend, then `select`:
/// `INSERT INTO {into} SELECT {select} FROM n`.
fn insert_numbered(postgres: bool, n: u32, into: &str, select: &str) -> String {
    if postgres {
        format!("INSERT INTO {into} SELECT {select} FROM generate_series(1, {n}) AS n(i)")
    } else {
        format!(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {n}) \
             INSERT INTO {into} SELECT {select} FROM n"
        )
    }
}

fn count_of(list: &Value, prefix: &str) -> usize {
    list.as_array()
        .expect("a list")
        .iter()
        .filter(|p| p["id"].as_str().is_some_and(|id| id.starts_with(prefix)))
        .count()
}

fn funnel(e: &Value, key: &str) -> u64 {
    e["funnel"][key].as_u64().expect("a funnel count")
}

/// A figure's numerator, denominator and missing.
fn figure(e: &Value, key: &str) -> (u64, u64, u64) {
    let f = e["figures"]
        .as_array()
        .expect("figures")
        .iter()
        .find(|f| f["key"] == key)
        .expect("the figure");
    (
        f["numerator"].as_u64().unwrap(),
        f["denominator"].as_u64().unwrap(),
        f["missing"].as_u64().unwrap(),
    )
}

#[actix_web::test]
async fn a_municipality_of_seventy_thousand_people_is_listed_and_counted() {
    let mut app = TestApp::spawn().await;
    let admin = app.token(ADMIN).await;
    let therapist = app.token(THERAPIST).await;
    let care_manager = app.token(CARE_MANAGER).await;

    // Before: the demo as it is.
    let (status, evaluation) = app.get("/api/v1/evaluation", &admin).await;
    assert_eq!(status, StatusCode::OK, "{evaluation}");
    let year = evaluation["fiscal_year"].as_i64().expect("the year");
    let (_, admin_before) = app.get("/api/v1/participants", &admin).await;
    let (_, therapist_before) = app.get("/api/v1/participants", &therapist).await;
    let (_, cm_before) = app.get("/api/v1/participants", &care_manager).await;
    let (_, flagged_before) = app
        .get("/api/v1/participants?attention=true", &therapist)
        .await;
    let (_, cohorts) = app.get("/api/v1/cohorts", &therapist).await;
    let demo_cohort = cohorts[0]["id"].as_str().expect("a demo cohort").to_owned();
    let (status, overview_before) = app
        .get(
            &format!("/api/v1/cohorts/{demo_cohort}/overview"),
            &therapist,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{overview_before}");

    // 70,500 people in a copy of that cohort, written straight into the database: a third
    // finished in the year (every second of them with a graduation review), a third referred on
    // the year's first instant, a third referred a second before the year began.
    let inserted = Instant::now();
    {
        use dekita::db::schema::{cohorts as c, staff};
        let db = app.database();
        let postgres = matches!(db.backend(), dekita::db::Backend::Postgres);
        let mut conn = db.conn().unwrap();
        let (admin_id, municipality): (String, String) = staff::table
            .filter(staff::email.eq(ADMIN))
            .select((staff::id, staff::municipality_id))
            .first(&mut *conn)
            .unwrap();
        let provider: String = c::table
            .filter(c::id.eq(&demo_cohort))
            .select(c::provider_id)
            .first(&mut *conn)
            .unwrap();
        let (date, at) = if postgres {
            ("DATE ", "TIMESTAMP ")
        } else {
            ("", "")
        };
        let cohort = "scale-cohort";
        let statements = [
            format!(
                "INSERT INTO cohorts (id, municipality_id, provider_id, name, starts_on, ends_on, \
                 capacity, room_area_m2, created_at, therapists, nurses, aides, weekday, starts_at, \
                 ends_at, venue, transport, meeting_point, home_visits) \
                 SELECT '{cohort}', municipality_id, provider_id, '規模の確認', starts_on, ends_on, \
                 capacity, room_area_m2, created_at, therapists, nurses, aides, weekday, starts_at, \
                 ends_at, venue, transport, meeting_point, home_visits FROM cohorts WHERE id = '{demo_cohort}'"
            ),
            insert_numbered(
                postgres,
                PEOPLE,
                "participants (id, municipality_id, provider_id, family_name, given_name, \
                 family_name_kana, given_name_kana, birth_date, sex, referral_source, \
                 referred_by_staff_id, created_by_staff_id, created_at)",
                &format!(
                    "'scale-' || i, '{municipality}', '{provider}', '規模', '確認', 'きぼ', \
                     'かくにん', {date}'1944-05-01', 'female', NULL, NULL, '{admin_id}', \
                     {at}'{year}-04-01 00:00:00'"
                ),
            ),
            insert_numbered(
                postgres,
                PEOPLE,
                "enrollments (id, participant_id, cohort_id, status, started_on, ended_on, \
                 created_at, discontinued_reason, discontinued_note, completion_note)",
                &format!(
                    "'scale-e-' || i, 'scale-' || i, '{cohort}', \
                     CASE WHEN i % 3 = 0 THEN 'completed' ELSE 'referred' END, \
                     CASE WHEN i % 3 = 0 THEN {date}'{year}-05-01' END, \
                     CASE WHEN i % 3 = 0 THEN {date}'{year}-08-01' END, \
                     CASE WHEN i % 3 = 2 THEN {at}'{year}-03-31 23:59:59' \
                     ELSE {at}'{year}-04-01 00:00:00' END, NULL, NULL, NULL"
                ),
            ),
            insert_numbered(
                postgres,
                PEOPLE / 6,
                "graduation_reviews (participant_id, version, reviewed_on, outcome, body, \
                 updated_by, updated_at)",
                &format!(
                    "'scale-' || (i * 6), 1, {date}'{year}-08-01', 'graduated', '{{}}', \
                     '{admin_id}', {at}'{year}-08-01 10:00:00'"
                ),
            ),
        ];
        for sql in statements {
            diesel::sql_query(&sql)
                .execute(&mut *conn)
                .unwrap_or_else(|e| panic!("{e}: {sql}"));
        }
    }
    // A fresh client: the server closes a connection idle for longer than its keep-alive (the
    // insert can take that long on a busy machine), and a pooled one could be reused as it
    // closes.
    app.client = reqwest::Client::new();
    let finished = u64::from(PEOPLE / 3);
    let on_the_first_instant = u64::from(PEOPLE - PEOPLE / 3 - PEOPLE / 3);
    let graduated = u64::from(PEOPLE / 6);
    eprintln!(
        "scale ({}): {PEOPLE} people inserted in {:?}",
        backend_name(),
        inserted.elapsed()
    );

    // The administrator sees everyone, the provider's therapist everyone of the provider, the
    // care manager only those they referred (none of these).
    let timed = Instant::now();
    let (status, admin_after) = app.get("/api/v1/participants", &admin).await;
    assert_eq!(status, StatusCode::OK, "{admin_after}");
    let admin_count = admin_after.as_array().unwrap().len();
    assert_eq!(
        admin_count,
        admin_before.as_array().unwrap().len() + PEOPLE as usize
    );
    assert_eq!(count_of(&admin_after, "scale-"), PEOPLE as usize);
    eprintln!(
        "scale ({}): the administrator's list of {admin_count} in {:?}",
        backend_name(),
        timed.elapsed()
    );
    let (status, therapist_after) = app.get("/api/v1/participants", &therapist).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        therapist_after.as_array().unwrap().len(),
        therapist_before.as_array().unwrap().len() + PEOPLE as usize
    );
    let (status, cm_after) = app.get("/api/v1/participants", &care_manager).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(cm_after, cm_before);

    // The attention list goes through everyone a batch at a time: whoever was flagged still is.
    let timed = Instant::now();
    let (status, flagged_after) = app
        .get("/api/v1/participants?attention=true", &therapist)
        .await;
    assert_eq!(status, StatusCode::OK, "{flagged_after}");
    for person in flagged_before.as_array().unwrap() {
        assert!(
            flagged_after.as_array().unwrap().contains(person),
            "{person}"
        );
    }
    eprintln!(
        "scale ({}): the attention list in {:?}",
        backend_name(),
        timed.elapsed()
    );

    // The cohort overview narrows to the cohort inside the database.
    let (status, overview_after) = app
        .get(
            &format!("/api/v1/cohorts/{demo_cohort}/overview"),
            &therapist,
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{overview_after}");
    assert_eq!(
        overview_after["participants"],
        overview_before["participants"]
    );

    // The figures count the year's enrollments: the finished and those referred on the first
    // instant of the year, not those of a second before.
    let timed = Instant::now();
    let (status, after) = app
        .get(&format!("/api/v1/evaluation?fiscal_year={year}"), &admin)
        .await;
    assert_eq!(status, StatusCode::OK, "{after}");
    eprintln!(
        "scale ({}): the evaluation in {:?}",
        backend_name(),
        timed.elapsed()
    );
    assert_eq!(
        funnel(&after, "referred"),
        funnel(&evaluation, "referred") + finished + on_the_first_instant
    );
    assert_eq!(
        funnel(&after, "completed"),
        funnel(&evaluation, "completed") + finished
    );
    assert_eq!(
        funnel(&after, "not_yet_started"),
        funnel(&evaluation, "not_yet_started") + on_the_first_instant
    );
    // Of the finishers, the reviewed are counted and the others missing.
    let (graduated_before, reviewed_before, missing_before) =
        figure(&evaluation, "graduation_rate");
    assert_eq!(
        figure(&after, "graduation_rate"),
        (
            graduated_before + graduated,
            reviewed_before + graduated,
            missing_before + finished - graduated
        )
    );
    // Narrowed to the provider, and to the new cohort alone.
    let (_, one) = app
        .get(
            &format!("/api/v1/evaluation?fiscal_year={year}&cohort_id=scale-cohort"),
            &admin,
        )
        .await;
    assert_eq!(
        funnel(&one, "referred"),
        finished + on_the_first_instant,
        "{one}"
    );
    assert_eq!(
        figure(&one, "graduation_rate"),
        (graduated, graduated, finished - graduated)
    );

    // The same figures as the CSV export.
    let res = app
        .client
        .get(format!(
            "{}/api/v1/evaluation/csv?fiscal_year={year}&cohort_id=scale-cohort",
            app.url
        ))
        .bearer_auth(&admin)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let csv = res.text().await.unwrap();
    let line = csv
        .lines()
        .find(|l| l.contains("卒業率（修了者あたり）"))
        .expect("the graduation rate's line");
    assert!(
        line.contains(&format!(
            ",{graduated},{graduated},{},",
            finished - graduated
        )),
        "{line}"
    );
}
