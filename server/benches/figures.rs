//! The outcome figures at municipal scale: `GET /api/v1/evaluation` (the fiscal year's
//! dashboard; the handler calls `db::evaluation::evaluation`) for a municipality with 100,000
//! enrollments over ten years on PostgreSQL, beside a plain `count(*)` over the same rows of
//! the same tables in the same run (the floor: the database touching those rows and nothing
//! more).
//!
//! The generator (deterministic: every choice is a fixed hash of the person's number, no
//! random source) runs inside PostgreSQL as one `INSERT … SELECT` over `generate_series` per
//! table, all in one transaction, on top of the demo municipality: 100,000 people, one
//! enrollment each, in cohorts of 12 that start one after another over the last ten years
//! (about 10,000 a fiscal year) at the municipality's providers. Per person, by the hash:
//! about 4 % declined before the start (session 1 missed, discontinued), 10 % stopped after
//! the start (a reason of the form's list, now and then none), 3 % still enrolled, 2 % only
//! referred (no sessions), the rest completed. Everyone but the referred has 12 sessions (one a
//! home visit, the starters attended session 1), a 基本チェックリスト at the start (8–15
//! risks) and, if they completed, at the end (3 fewer to 5 more); the starters have the
//! performance tests at session 1 and the finishers at session 12, and an active goal with its
//! self-ratings (and, at the end, the GAS); most finishers have a graduation review (graduated,
//! with support, not graduated) and their follow-ups at 3, 6 and 12 months (recorded, with a
//! status and a record of the call like the demo's — 認定区分 and its change among them — when
//! due, most of the time); a few graduates became volunteers. About 2.2 million
//! rows; then `VACUUM ANALYZE`, as autovacuum would have done long since.
//!
//! Then the administrator's dashboard of the last complete fiscal year is read `WARMUP` times
//! and `READS` times measured, and the floor query as often, one after the other; p50 and p99
//! of each and their ratio.

use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Date};
use serde_json::{json, Value};

use super::percentile;

/// Enrollments (one person each) over `YEARS` fiscal years.
pub const PEOPLE: i64 = 100_000;
const YEARS: i64 = 10;
const COHORT: i64 = 12;
const WARMUP: usize = 3;
const READS: usize = 15;
const AIM_MS: f64 = 500.0;

pub async fn figures(admin: String) {
    let (url_db, _data, url) = super::demo_on_fresh_postgres(&admin).await;
    let client = reqwest::Client::new();

    println!(
        "outcome figures on PostgreSQL: {PEOPLE} enrollments over {YEARS} years, the fiscal year's dashboard"
    );
    let started = Instant::now();
    let rows = {
        let db = url_db.clone();
        actix_web::web::block(move || generate(&db)).await.unwrap()
    };
    println!(
        "  generated in {:.1} s (one INSERT … SELECT over generate_series per table, one transaction, then VACUUM ANALYZE): {rows} rows",
        started.elapsed().as_secs_f64()
    );

    let res = client
        .post(format!("{url}/api/v1/auth/login"))
        .json(&json!({"email": "admin@hidamari.example", "password": dekita::db::demo::PASSWORD}))
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success(), "sign-in: {}", res.status());
    let token = res.json::<Value>().await.unwrap()["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    // The last complete fiscal year.
    let year = dekita::db::evaluation::fiscal_year_of(super::japan_today()) - 1;
    let first = read(&client, &url, &token, year).await.1;
    let funnel = &first["funnel"];
    println!(
        "  fiscal year {year}: {} referred, {} started, {} completed, {} discontinued; {} KB of JSON",
        funnel["referred"],
        funnel["started"],
        funnel["completed"],
        funnel["discontinued"],
        first.to_string().len() / 1024
    );
    assert!(
        funnel["referred"].as_i64().unwrap() > PEOPLE / YEARS * 8 / 10,
        "the year holds its share of the enrollments: {funnel}"
    );

    let floor = Floor::new(&url_db, year);
    let counted = floor.run();
    println!("  the floor counts {counted} rows of the year in the tables the dashboard reads");
    for _ in 0..WARMUP {
        read(&client, &url, &token, year).await;
        floor.run();
    }
    let mut dashboard = Vec::with_capacity(READS);
    let mut plain = Vec::with_capacity(READS);
    for _ in 0..READS {
        dashboard.push(read(&client, &url, &token, year).await.0);
        let sent = Instant::now();
        floor.run();
        plain.push(sent.elapsed());
    }
    dashboard.sort();
    plain.sort();
    let (d50, d99) = (percentile(&dashboard, 0.5), percentile(&dashboard, 0.99));
    let (f50, f99) = (percentile(&plain, 0.5), percentile(&plain, 0.99));
    println!("  {READS} reads each, one after another (after {WARMUP} unmeasured):");
    println!("    count(*) floor           p50 {f50:.1} ms, p99 {f99:.1} ms");
    println!(
        "    GET /evaluation          p50 {d50:.1} ms, p99 {d99:.1} ms = {:.1}× the floor (p50)",
        d50 / f50
    );
    println!(
        "    dashboard p99 {d99:.1} ms = {:.2}× the {AIM_MS:.0} ms aim — {}",
        d99 / AIM_MS,
        if d99 < AIM_MS { "within" } else { "NOT within" }
    );
}

async fn read(client: &reqwest::Client, url: &str, token: &str, year: i32) -> (Duration, Value) {
    let sent = Instant::now();
    let res = client
        .get(format!("{url}/api/v1/evaluation?fiscal_year={year}"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success(), "{}", res.status());
    let body: Value = res.json().await.unwrap();
    (sent.elapsed(), body)
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// `count(*)` of the year's rows in every table the dashboard reads, in one statement: the
/// enrollments of the municipality that belong to the year, and their people's sessions,
/// tests, screenings, goals, reviews, follow-ups and volunteer records.
struct Floor {
    conn: std::cell::RefCell<diesel::PgConnection>,
    from: NaiveDate,
    to: NaiveDate,
}

impl Floor {
    fn new(url: &str, year: i32) -> Floor {
        Floor {
            conn: std::cell::RefCell::new(diesel::PgConnection::establish(url).unwrap()),
            from: NaiveDate::from_ymd_opt(year, 4, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(year + 1, 3, 31).unwrap(),
        }
    }

    fn run(&self) -> i64 {
        let c: Count = diesel::sql_query(
            "WITH e AS (
                 SELECT e.participant_id FROM enrollments e
                 JOIN participants p ON p.id = e.participant_id
                 JOIN cohorts c ON c.id = e.cohort_id
                 WHERE p.municipality_id = (SELECT municipality_id FROM staff
                                            WHERE email = 'admin@hidamari.example')
                   AND COALESCE(e.started_on, e.created_at::date) BETWEEN $1 AND $2)
             SELECT (SELECT count(*) FROM e)
                  + (SELECT count(*) FROM program_sessions s JOIN e USING (participant_id))
                  + (SELECT count(*) FROM performance_tests t JOIN e USING (participant_id))
                  + (SELECT count(*) FROM screenings s JOIN e USING (participant_id))
                  + (SELECT count(*) FROM goals g JOIN e USING (participant_id))
                  + (SELECT count(*) FROM graduation_reviews r JOIN e USING (participant_id))
                  + (SELECT count(*) FROM follow_ups f JOIN e USING (participant_id))
                  + (SELECT count(*) FROM volunteers v JOIN e USING (participant_id)) AS n",
        )
        .bind::<Date, _>(self.from)
        .bind::<Date, _>(self.to)
        .get_result(&mut *self.conn.borrow_mut())
        .unwrap();
        c.n
    }
}

/// The generator (see the module's comment). Returns how many rows it wrote.
fn generate(database_url: &str) -> i64 {
    let mut conn = diesel::PgConnection::establish(database_url).expect("connect");
    let today = super::japan_today();
    // Cohorts start one after another from ten years ago until four months ago.
    let first = today - Days::new(YEARS as u64 * 365);
    let span = (YEARS * 365 - 120) as i32;
    let cohorts = (PEOPLE + COHORT - 1) / COHORT;
    conn.transaction::<_, diesel::result::Error, _>(|conn| {
        let run = |conn: &mut diesel::PgConnection, sql: &str| {
            diesel::sql_query(sql).execute(conn).unwrap();
        };
        // h(g, salt): a fixed hash of a person's number, 0–999.
        run(
            conn,
            "CREATE FUNCTION pg_temp.h(g bigint, salt int) RETURNS int IMMUTABLE LANGUAGE sql
             AS $$ SELECT (((g * 2654435761 + salt * 40503) % 2147483647) % 1000)::int $$",
        );
        // Who runs things: the demo's municipality, its providers and a therapist.
        run(
            conn,
            "CREATE TEMP TABLE bench_town AS
             SELECT s.municipality_id AS mun, s.id AS staff,
                 (SELECT array_agg(id ORDER BY id) FROM providers p
                  WHERE p.municipality_id = s.municipality_id) AS providers
             FROM staff s WHERE s.email = 'therapist@hidamari.example'",
        );
        diesel::sql_query(
            "CREATE TEMP TABLE bench_cohorts AS
             SELECT c, md5('fig-cohort-' || c)::uuid::text AS id,
                 $1::date + (c * $2 / $3)::int AS starts_on,
                 t.providers[1 + c % array_length(t.providers, 1)] AS provider
             FROM generate_series(0, $3 - 1) c, bench_town t",
        )
        .bind::<Date, _>(first)
        .bind::<BigInt, _>(i64::from(span))
        .bind::<BigInt, _>(cohorts)
        .execute(conn)?;
        // Each person's lot: status by h(g, 1) per mille.
        diesel::sql_query(
            "CREATE TEMP TABLE bench_people AS
             SELECT g, md5('fig-person-' || g)::uuid::text AS pid,
                 md5('fig-enrollment-' || g)::uuid::text AS eid, c.id AS cohort, c.provider,
                 c.starts_on,
                 CASE WHEN pg_temp.h(g, 1) < 40 THEN 'declined'
                      WHEN pg_temp.h(g, 1) < 140 THEN 'stopped'
                      WHEN pg_temp.h(g, 1) < 170 THEN 'enrolled'
                      WHEN pg_temp.h(g, 1) < 190 THEN 'referred'
                      ELSE 'completed' END AS lot
             FROM generate_series(1, $1) g JOIN bench_cohorts c ON c.c = (g - 1) / $2",
        )
        .bind::<BigInt, _>(PEOPLE)
        .bind::<BigInt, _>(COHORT)
        .execute(conn)?;
        run(
            conn,
            "INSERT INTO cohorts (id, municipality_id, provider_id, name, starts_on, ends_on,
                 capacity, room_area_m2, created_at)
             SELECT c.id, t.mun, c.provider, '評価ベンチ' || c.c, c.starts_on, c.starts_on + 83,
                 12 + c.c % 4, 40, c.starts_on - 30
             FROM bench_cohorts c, bench_town t",
        );
        run(
            conn,
            "INSERT INTO participants (id, municipality_id, provider_id, family_name, given_name,
                 family_name_kana, given_name_kana, birth_date, sex, created_by_staff_id,
                 created_at)
             SELECT b.pid, t.mun, b.provider, '試験', '花子' || b.g, 'しけん', 'はなこ',
                 DATE '1938-04-01' + (b.g % 4000)::int,
                 CASE WHEN b.g % 3 = 0 THEN 'male' ELSE 'female' END, t.staff,
                 b.starts_on - 21
             FROM bench_people b, bench_town t",
        );
        run(
            conn,
            "INSERT INTO enrollments (id, participant_id, cohort_id, status, started_on, ended_on,
                 created_at, discontinued_reason)
             SELECT b.eid, b.pid, b.cohort,
                 CASE b.lot WHEN 'declined' THEN 'discontinued' WHEN 'stopped' THEN 'discontinued'
                      ELSE b.lot END,
                 CASE WHEN b.lot = 'referred' THEN NULL ELSE b.starts_on END,
                 CASE b.lot WHEN 'completed' THEN b.starts_on + 77
                      WHEN 'stopped' THEN b.starts_on + 7 * (1 + pg_temp.h(b.g, 2) % 10)
                      WHEN 'declined' THEN b.starts_on END,
                 b.starts_on - 14,
                 CASE WHEN b.lot IN ('declined', 'stopped') THEN
                     (ARRAY['illness', 'hospitalized', 'injury', 'family', 'moved', 'own_wish',
                            'care_service', 'other', NULL])[1 + pg_temp.h(b.g, 3) % 9] END
             FROM bench_people b",
        );
        // 12 sessions each (the 6th a home visit). Session 1 attended by the starters; the
        // stopped attend until they stop, the others miss one now and then.
        run(
            conn,
            "INSERT INTO program_sessions (participant_id, number, date, kind, attendance,
                 updated_by, updated_at)
             SELECT b.pid, n, b.starts_on + 7 * (n - 1),
                 CASE WHEN n = 6 THEN 'home' ELSE 'center' END,
                 CASE WHEN n = 1 AND b.lot = 'declined' THEN 'absent'
                      WHEN n = 1 THEN 'attended'
                      WHEN b.lot = 'declined' THEN 'planned'
                      WHEN b.lot = 'stopped' AND n > 1 + pg_temp.h(b.g, 2) % 10 THEN 'planned'
                      WHEN pg_temp.h(b.g, 10 + n) < 80 THEN 'absent'
                      ELSE 'attended' END,
                 t.staff, b.starts_on + 7 * (n - 1)
             FROM bench_people b, bench_town t, generate_series(1, 12) n
             WHERE b.lot <> 'referred'",
        );
        run(
            conn,
            "INSERT INTO performance_tests (participant_id, session_number, chair_stand_30s, tug_s,
                 one_leg_left_s, one_leg_right_s, five_sts_s, gait_distance_m, gait_time_s,
                 gait_speed_mps, recorded_by, recorded_at)
             SELECT b.pid, n,
                 8 + pg_temp.h(b.g, 20 + n) % 10,
                 round((7 + (pg_temp.h(b.g, 30 + n) % 60) / 10.0)::numeric, 1)::float8,
                 round((2 + (pg_temp.h(b.g, 40 + n) % 150) / 10.0)::numeric, 1)::float8,
                 CASE WHEN pg_temp.h(b.g, 50 + n) < 100 THEN NULL
                      ELSE round((2 + (pg_temp.h(b.g, 60 + n) % 150) / 10.0)::numeric, 1)::float8 END,
                 round((9 + (pg_temp.h(b.g, 70 + n) % 80) / 10.0)::numeric, 1)::float8,
                 5, 5, round((0.6 + (pg_temp.h(b.g, 80 + n) % 60) / 100.0)::numeric, 2)::float8,
                 t.staff, b.starts_on + 7 * (n - 1)
             FROM bench_people b, bench_town t, (VALUES (1), (12)) s(n)
             WHERE b.lot IN ('stopped', 'enrolled', 'completed')
               AND (n = 1 OR b.lot = 'completed')",
        );
        // 基本チェックリスト answers with exactly r risks (the first r items count).
        run(
            conn,
            "CREATE TEMP TABLE bench_answers AS
             SELECT r, string_agg(CASE WHEN (i <= r) <> (i IN (1,2,3,4,5,6,7,8,16,19))
                                       THEN 'Y' ELSE 'N' END, '' ORDER BY i) AS answers
             FROM generate_series(0, 25) r, generate_series(1, 25) i GROUP BY r",
        );
        run(
            conn,
            "INSERT INTO screenings (id, participant_id, answers, height_cm, weight_kg,
                 certification, exclusions, age_years, eligible, screened_by, screened_at)
             SELECT md5('fig-screening-' || b.g || '-' || k)::uuid::text, b.pid, a.answers,
                 NULL, NULL,
                 (ARRAY['none', 'none', 'none', 'support_1', 'support_2', 'care_needed'])
                     [1 + pg_temp.h(b.g, 4) % 6],
                 '', 82, TRUE, t.staff,
                 CASE k WHEN 0 THEN b.starts_on - 10 ELSE b.starts_on + 80 END + time '10:00'
             FROM bench_people b CROSS JOIN bench_town t CROSS JOIN (VALUES (0), (1)) s(k)
             JOIN bench_answers a ON a.r = 8 + pg_temp.h(b.g, 5) % 8
                 + CASE WHEN k = 1 THEN pg_temp.h(b.g, 6) % 9 - 3 ELSE 0 END
             WHERE b.lot <> 'referred' AND (k = 0 OR b.lot = 'completed')",
        );
        run(
            conn,
            "INSERT INTO goals (id, participant_id, version, status, text, performance_start,
                 satisfaction_start, performance_end, satisfaction_end, gas, created_by,
                 created_at, updated_by, updated_at)
             SELECT md5('fig-goal-' || b.g)::uuid::text, b.pid, 1, 'active', '買い物に歩いて行く',
                 2 + pg_temp.h(b.g, 7) % 4, 3,
                 CASE WHEN b.lot = 'completed' THEN 1 + pg_temp.h(b.g, 8) % 10 END,
                 CASE WHEN b.lot = 'completed' THEN 6 END,
                 CASE WHEN b.lot = 'completed' THEN pg_temp.h(b.g, 9) % 5 - 2 END,
                 t.staff, b.starts_on, t.staff, b.starts_on + 77
             FROM bench_people b, bench_town t
             WHERE b.lot IN ('stopped', 'enrolled', 'completed')",
        );
        run(
            conn,
            "INSERT INTO graduation_reviews (participant_id, version, reviewed_on, outcome, body,
                 updated_by, updated_at)
             SELECT b.pid, 1, b.starts_on + 84,
                 CASE WHEN pg_temp.h(b.g, 11) < 600 THEN 'graduated'
                      WHEN pg_temp.h(b.g, 11) < 850 THEN 'graduated_with_support'
                      ELSE 'not_graduated' END,
                 '{}', t.staff, b.starts_on + 84
             FROM bench_people b, bench_town t
             WHERE b.lot = 'completed' AND pg_temp.h(b.g, 12) >= 80",
        );
        diesel::sql_query(
            "INSERT INTO follow_ups (id, enrollment_id, participant_id, municipality_id, months,
                 due_on, assignee_kind, done_on, status, recorded_by, created_at, updated_at,
                 record)
             SELECT md5('fig-follow-up-' || b.g || '-' || m)::uuid::text, b.eid, b.pid, t.mun, m,
                 b.starts_on + 77 + 30 * m, 'coordinator',
                 CASE WHEN b.starts_on + 77 + 30 * m <= $1 AND pg_temp.h(b.g, 20 + m) >= 150
                      THEN b.starts_on + 80 + 30 * m END,
                 CASE WHEN b.starts_on + 77 + 30 * m <= $1 AND pg_temp.h(b.g, 20 + m) >= 150
                      THEN (ARRAY['community', 'community', 'self_only', 'self_only',
                                  'care_service', 'medical_rehab', 'hospital', 'institution',
                                  'moved', 'died', 'unknown'])[1 + pg_temp.h(b.g, 40 + m) % 11]
                 END,
                 CASE WHEN b.starts_on + 77 + 30 * m <= $1 AND pg_temp.h(b.g, 20 + m) >= 150
                      THEN t.staff END,
                 b.starts_on + 77, b.starts_on + 77,
                 CASE WHEN b.starts_on + 77 + 30 * m <= $1 AND pg_temp.h(b.g, 20 + m) >= 150
                      THEN '{\"method\": \"phone\", \"informant\": \"ご本人\", \"certification\": \"support_1\", \"certification_change\": \"'
                          || (ARRAY['same', 'same', 'same', 'lighter', 'heavier', 'unknown'])
                                 [1 + pg_temp.h(b.g, 60 + m) % 6]
                          || '\", \"services\": [\"general_prevention\"], \"participation\": [{\"kind\": \"salon\", \"per_week\": 1.0}, {\"kind\": \"home_role\"}], \"living_independently\": true, \"home_exercise_days\": 5, \"measures\": {\"self_rated_health\": 3}, \"satisfaction\": 5, \"fit_note\": \"サロンのお茶の時間が楽しみ。\", \"next_action\": \"none\"}'
                 END
             FROM bench_people b, bench_town t, (VALUES (3), (6), (12)) f(m)
             WHERE b.lot = 'completed'",
        )
        .bind::<Date, _>(today)
        .execute(conn)?;
        run(
            conn,
            "INSERT INTO volunteers (id, participant_id, municipality_id, status, roles, skills,
                 availability, area, trainings, offered_at, status_on, created_by, created_at,
                 updated_at)
             SELECT md5('fig-volunteer-' || b.g)::uuid::text, b.pid, t.mun,
                 (ARRAY['interested', 'trained', 'active', 'paused'])[1 + pg_temp.h(b.g, 13) % 4],
                 '', '', '', NULL, '', 'graduation', b.starts_on + 90, t.staff,
                 b.starts_on + 90, b.starts_on + 90
             FROM bench_people b, bench_town t
             WHERE b.lot = 'completed' AND pg_temp.h(b.g, 14) < 60",
        );
        Ok(())
    })
    .unwrap();
    // As autovacuum would have long since done in a database ten years old (left to it, it
    // runs during the reads and is measured with them).
    diesel::sql_query("VACUUM ANALYZE")
        .execute(&mut conn)
        .unwrap();
    let c: Count = diesel::sql_query(
        "SELECT (SELECT count(*) FROM cohorts) + (SELECT count(*) FROM participants)
              + (SELECT count(*) FROM enrollments) + (SELECT count(*) FROM program_sessions)
              + (SELECT count(*) FROM performance_tests) + (SELECT count(*) FROM screenings)
              + (SELECT count(*) FROM goals) + (SELECT count(*) FROM graduation_reviews)
              + (SELECT count(*) FROM follow_ups) + (SELECT count(*) FROM volunteers) AS n",
    )
    .get_result(&mut conn)
    .unwrap();
    c.n
}
