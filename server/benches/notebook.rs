//! The notebook benchmark: `GET /api/v1/me/notebook` for one person with 12 months of
//! records, on a PostgreSQL database that also holds 10 million records of 20,000 other
//! people.
//!
//! The generator runs inside PostgreSQL (`INSERT … SELECT` over `generate_series`), one
//! statement and one transaction per day of the year, oldest day first, so the table grows
//! as it would in the field: each day's rows of everybody are written together, and the
//! person's rows are spread over the whole table among the others' rather than packed in
//! one place. The others are 20,000 people at the demo's provider, each with a phone and 500
//! records over the last 365 days (one or two a day: an exercise done, a walk); the person is
//! the demo's first enrolled participant, whose phone is bound through the real API and who
//! gets, on each of the same 365 days, three exercises, a walk, on most days an outing, a
//! blood pressure reading every other day, a weight each week and now and then 「痛い」
//! (about 2,200 records). After the load the tables are analysed, as autovacuum would, and the
//! phone syncs once (which finds the person's successes, as it does in the field).
//!
//! Then the phone reads its notebook back to back: `WARMUP` reads, then `ROUNDS` rounds of
//! `READS` each; each round's p50 and p99, and the median of the rounds' p99 beside the aim.

use std::time::{Duration, Instant};

use chrono::Days;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Date, Text};
use serde_json::{json, Value};

use super::{percentile, phones};

const OTHERS: i64 = 20_000;
const RECORDS_EACH: i64 = 500;
const DAYS: i64 = 365;
const WARMUP: usize = 50;
const READS: usize = 1000;
const ROUNDS: usize = 3;
const AIM_MS: f64 = 20.0;

pub async fn notebook(admin: String) {
    let (url_db, _data, url) = super::demo_on_fresh_postgres(&admin).await;
    let client = reqwest::Client::new();
    let demo = phones::enroll_demo_phones(&client, &url, 1).await;
    let (person, token) = demo.phones[0].clone();

    println!(
        "notebook on PostgreSQL: one person with {DAYS} days of records, beside {} records of {OTHERS} other people",
        OTHERS * RECORDS_EACH
    );
    let started = Instant::now();
    let (others, mine) = {
        let (db, person) = (url_db.clone(), person.clone());
        actix_web::web::block(move || generate(&db, &person))
            .await
            .unwrap()
    };
    println!(
        "  generated in {:.0} s (server-side INSERT … SELECT over generate_series, a day a statement): {others} records of others, {mine} of the person",
        started.elapsed().as_secs_f64()
    );

    // One sync from the phone, as after a day's use: it finds the person's successes.
    let res = client
        .post(format!("{url}/api/v1/me/events"))
        .bearer_auth(&token)
        .json(
            &json!({"events": [{"client_id": uuid::Uuid::now_v7().to_string(),
            "kind": "exercise_done", "local_date": super::japan_today().to_string(),
            "data": {"exercise": "heel_raise", "amount": 10}}]}),
        )
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success(), "{}", res.status());

    let first = read(&client, &url, &token).await.1;
    let months = first["months"].as_array().map_or(0, Vec::len);
    let readings = first["readings"].as_array().map_or(0, Vec::len);
    let successes = first["successes"].as_array().map_or(0, Vec::len);
    assert_eq!(months, 12, "the notebook has 12 months");
    assert!(readings >= 180, "a year of readings: {readings}");
    println!(
        "  the answer: {months} months, {} weeks, {readings} readings, {successes} successes, {:.0} KB of JSON",
        first["weeks"].as_array().map_or(0, Vec::len),
        first.to_string().len() as f64 / 1024.0
    );
    for _ in 0..WARMUP {
        read(&client, &url, &token).await;
    }
    let mut p99s = Vec::new();
    for round in 1..=ROUNDS {
        let mut times = Vec::with_capacity(READS);
        for _ in 0..READS {
            times.push(read(&client, &url, &token).await.0);
        }
        times.sort();
        let (p50, p99) = (percentile(&times, 0.5), percentile(&times, 0.99));
        println!(
            "  run {round}: {READS} reads one after another, p50 {p50:.1} ms, p99 {p99:.1} ms"
        );
        p99s.push(p99);
    }
    p99s.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let median = p99s[p99s.len() / 2];
    println!(
        "    GET /me/notebook p99 {median:.1} ms (median of {ROUNDS} runs) = {:.2}× the {AIM_MS:.0} ms aim — {}",
        median / AIM_MS,
        if median < AIM_MS { "within" } else { "NOT within" }
    );
}

async fn read(client: &reqwest::Client, url: &str, token: &str) -> (Duration, Value) {
    let sent = Instant::now();
    let res = client
        .get(format!("{url}/api/v1/me/notebook"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success(), "{}", res.status());
    let body: Value = res.json().await.unwrap();
    (sent.elapsed(), body)
}

/// The others and their phones, then a year of days: each day's records of everybody in
/// one statement. Returns how many records of others and of the person were written.
fn generate(database_url: &str, person: &str) -> (i64, i64) {
    let mut conn = diesel::PgConnection::establish(database_url).expect("connect");
    #[derive(QueryableByName)]
    struct Row {
        #[diesel(sql_type = BigInt)]
        n: i64,
    }
    // The others: ids are UUIDs made from their number, as wide as the server's own.
    diesel::sql_query(
        "INSERT INTO participants (id, municipality_id, provider_id, family_name, given_name,
             family_name_kana, given_name_kana, birth_date, sex, created_by_staff_id, created_at)
         SELECT md5('bench-person-' || g)::uuid::text, p.municipality_id, p.provider_id,
             '試験', '花子' || g, 'しけん', 'はなこ', DATE '1946-04-01' + (g % 3000)::int,
             CASE WHEN g % 3 = 0 THEN 'male' ELSE 'female' END, p.created_by_staff_id, now()
         FROM generate_series(1, $1) g, participants p WHERE p.id = $2",
    )
    .bind::<BigInt, _>(OTHERS)
    .bind::<Text, _>(person)
    .execute(&mut conn)
    .unwrap();
    diesel::sql_query(
        "INSERT INTO devices (id, participant_id, label, enrolled_at)
         SELECT md5('bench-phone-' || g)::uuid::text, md5('bench-person-' || g)::uuid::text,
             'bench', now()
         FROM generate_series(1, $1) g",
    )
    .bind::<BigInt, _>(OTHERS)
    .execute(&mut conn)
    .unwrap();
    // The person's records come from a phone of their own (bench-phone-0).
    diesel::sql_query(
        "INSERT INTO devices (id, participant_id, label, enrolled_at)
         VALUES (md5('bench-phone-0')::uuid::text, $1, 'bench-notebook', now())",
    )
    .bind::<Text, _>(person)
    .execute(&mut conn)
    .unwrap();
    let first = super::japan_today() - Days::new(DAYS as u64 - 1);
    // Each other person has 500 records over 365 days: two on 135 of the days (which ones
    // differs by person), one on the rest.
    let extra = RECORDS_EACH - DAYS;
    let mut mine = 0i64;
    for d in 0..DAYS {
        let date = first + Days::new(d as u64);
        diesel::sql_query(
            "INSERT INTO events (participant_id, client_id, device_id, kind, local_date, payload,
                 recorded_at, received_at)
             SELECT md5('bench-person-' || g)::uuid::text, gen_random_uuid()::text,
                 md5('bench-phone-' || g)::uuid::text,
                 CASE WHEN k = 0 THEN 'exercise_done' ELSE 'activity' END, $1,
                 CASE WHEN k = 0
                     THEN '{\"exercise\":\"heel_raise\",\"amount\":' || (8 + g % 5) || '}'
                     ELSE '{\"activity\":\"walk\",\"minutes\":' || (10 + g % 30)
                         || ',\"note\":\"\",\"photo_id\":null}' END,
                 $1 + time '10:00', $1 + time '10:00'
             FROM generate_series(1, $2) g,
                 generate_series(0, CASE WHEN (g + $3) % $4 < $5 THEN 1 ELSE 0 END) k",
        )
        .bind::<Date, _>(date)
        .bind::<BigInt, _>(OTHERS)
        .bind::<BigInt, _>(d)
        .bind::<BigInt, _>(DAYS)
        .bind::<BigInt, _>(extra)
        .execute(&mut conn)
        .unwrap();
        let mut rows: Vec<(&str, String)> = ["heel_raise", "sit_to_stand", "one_leg_stand"]
            .iter()
            .enumerate()
            .map(|(k, e)| {
                (
                    "exercise_done",
                    json!({"exercise": e, "amount": 8 + (d as usize + k) % 5}).to_string(),
                )
            })
            .collect();
        rows.push((
            "activity",
            json!({"activity": "walk", "minutes": 15 + d % 25, "note": "", "photo_id": null})
                .to_string(),
        ));
        if d % 7 != 3 {
            let outing = ["shopping", "met_people", "kayoi"][(d % 3) as usize];
            rows.push((
                "activity",
                json!({"activity": outing, "minutes": 60, "note": "", "photo_id": null})
                    .to_string(),
            ));
        }
        if d % 2 == 0 {
            let weight = if d % 14 == 0 {
                Some(52.0 - (d as f64) / 365.0)
            } else {
                None
            };
            rows.push((
                "measurement",
                json!({"systolic": 124 + d % 12, "diastolic": 74 + d % 8, "pulse": 68 + d % 10,
                    "weight_kg": weight})
                .to_string(),
            ));
        }
        if d % 11 == 0 {
            rows.push((
                "exercise_flag",
                json!({"exercise": "sit_to_stand", "flag": "pain"}).to_string(),
            ));
        }
        for (kind, payload) in rows {
            diesel::sql_query(
                "INSERT INTO events (participant_id, client_id, device_id, kind, local_date,
                     payload, recorded_at, received_at)
                 VALUES ($1, gen_random_uuid()::text, md5('bench-phone-0')::uuid::text, $2, $3,
                     $4, $3 + time '19:00', $3 + time '19:00')",
            )
            .bind::<Text, _>(person)
            .bind::<Text, _>(kind)
            .bind::<Date, _>(date)
            .bind::<Text, _>(payload)
            .execute(&mut conn)
            .unwrap();
            mine += 1;
        }
    }
    diesel::sql_query("ANALYZE").execute(&mut conn).unwrap();
    let others: Row = diesel::sql_query(
        "SELECT count(*) AS n FROM events e JOIN devices d ON d.id = e.device_id
         WHERE d.label = 'bench'",
    )
    .get_result(&mut conn)
    .unwrap();
    (others.n, mine)
}
