//! The FHIR export benchmark: the real server binary exports, over HTTP, a generated year of
//! 1,000 people (and, for comparison, 250), and its peak memory is printed beside the machine's
//! memory and beside the size of the Bundle it wrote. A streamed export needs about the same
//! memory for 250 people as for 1,000; one built in memory would need the Bundle's size again.
//!
//! The generator (SQLite, on top of the demo municipality): a cohort per size at the demo's
//! provider, each person enrolled and completed, 12 sessions (one a home visit, one missed),
//! the performance tests and the check before exercise at sessions 1 and 12, a screening with
//! height and weight, a goal with its self-ratings and GAS, and the interest checklist.
//! `DEKITA_FHIR_BENCH_RUNS` (default 3) fresh servers are measured per size; the median is
//! printed.

use std::io::BufRead;
use std::time::Instant;

use chrono::{Days, NaiveDate};
use diesel::prelude::*;
use serde_json::{json, Value};

use super::{read_proc, total_memory_kib};
use dekita::db::schema::{
    cohorts, enrollments, goals, interest_checklists, participants, performance_tests,
    program_sessions, providers, screenings, session_checks, staff,
};

const SIZES: [usize; 2] = [250, 1000];

pub fn fhir() {
    let runs: usize = std::env::var("DEKITA_FHIR_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3)
        .max(1);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dekita.sqlite3");
    let today = chrono::Utc::now().date_naive();
    {
        let db = dekita::db::Database::open(dekita::db::Location::SqliteFile(path.clone()))
            .expect("the database opens");
        let mut conn = db.conn().unwrap();
        dekita::db::demo::load(&mut conn, today).expect("the demo loads");
    }
    let mut conn = diesel::SqliteConnection::establish(&path.display().to_string()).unwrap();
    // The demo's database may not have let go of the file yet (its pool closes behind it):
    // wait for the lock rather than fail on "database is locked".
    diesel::sql_query("PRAGMA busy_timeout = 10000")
        .execute(&mut conn)
        .unwrap();
    let started = Instant::now();
    let cohorts: Vec<(usize, String)> = SIZES
        .iter()
        .map(|&n| (n, generate(&mut conn, n, today)))
        .collect();
    drop(conn);
    println!(
        "FHIR export: generated {} people in {:.1} s",
        SIZES.iter().sum::<usize>(),
        started.elapsed().as_secs_f64()
    );
    let machine = total_memory_kib();
    for (people, cohort) in cohorts {
        let mut results: Vec<Run> = (0..runs)
            .map(|_| export_once(dir.path(), &cohort, people))
            .collect();
        results.sort_by_key(|r| r.peak_kib);
        let r = &results[results.len() / 2];
        println!(
            "  {people} people: {} entries, {:.1} MiB Bundle in {:.1} s; server peak RSS {:.0} MiB \
             (before {:.0} MiB, so {:.0} MiB for the export = {:.0}% of the Bundle's size) \
             = {:.2}% of the machine's {:.1} GiB (median of {runs})",
            r.entries,
            r.bytes as f64 / 1024.0 / 1024.0,
            r.secs,
            r.peak_kib as f64 / 1024.0,
            r.before_kib as f64 / 1024.0,
            r.peak_kib.saturating_sub(r.before_kib) as f64 / 1024.0,
            r.peak_kib.saturating_sub(r.before_kib) as f64 * 1024.0 / r.bytes.max(1) as f64
                * 100.0,
            r.peak_kib as f64 / machine.max(1) as f64 * 100.0,
            machine as f64 / 1024.0 / 1024.0
        );
    }
}

struct Run {
    entries: usize,
    bytes: usize,
    secs: f64,
    before_kib: u64,
    peak_kib: u64,
}

/// A fresh server on the generated data: signs in, resets the peak, exports, reads the peak.
fn export_once(data_dir: &std::path::Path, cohort: &str, people: usize) -> Run {
    let mut server = std::process::Command::new(env!("CARGO_BIN_EXE_dekita"))
        .args(["serve", "--bind", "127.0.0.1:0", "--signin-burst", "100000"])
        .arg("--data-dir")
        .arg(data_dir)
        .env_remove("DATABASE_URL")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("start the server binary");
    let pid = server.id();
    let mut lines = std::io::BufReader::new(server.stdout.take().unwrap()).lines();
    let url = lines
        .by_ref()
        .map_while(Result::ok)
        .find_map(|l| l.strip_prefix("dekita listening on ").map(str::to_owned))
        .expect("the server prints its address");
    std::thread::spawn(move || lines.for_each(drop));
    let status = format!("/proc/{pid}/status");
    let cohort = cohort.to_owned();
    let run = actix_web::rt::System::new().block_on(async move {
        let client = reqwest::Client::new();
        let login: Value = client
            .post(format!("{url}/api/v1/auth/login"))
            .json(
                &json!({"email": "admin@hidamari.example", "password": dekita::db::demo::PASSWORD}),
            )
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let token = login["access_token"]
            .as_str()
            .expect("signed in")
            .to_owned();
        // Linux: writing 5 to clear_refs resets the peak (VmHWM) to the current RSS.
        std::fs::write(format!("/proc/{pid}/clear_refs"), "5").ok();
        let before_kib = read_proc(&status, "VmRSS:").unwrap_or(0);
        let started = Instant::now();
        let res = client
            .get(format!("{url}/api/v1/exports/fhir?cohort={cohort}"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert!(res.status().is_success(), "{}", res.status());
        let mut res = res;
        let (mut bytes, mut entries, mut patients) = (0usize, 0usize, 0usize);
        let mut tail = Vec::new();
        while let Some(chunk) = res.chunk().await.expect("the export streams to its end") {
            bytes += chunk.len();
            tail.extend_from_slice(&chunk);
            // Count whole lines; keep the unfinished last one for the next chunk.
            let cut = tail.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
            for line in tail[..cut].split(|b| *b == b'\n') {
                if line.starts_with(b"{\"fullUrl\"") {
                    entries += 1;
                    let patient = b"\"resourceType\":\"Patient\"";
                    if line.windows(patient.len()).any(|w| w == patient) {
                        patients += 1;
                    }
                }
            }
            tail.drain(..cut);
        }
        let secs = started.elapsed().as_secs_f64();
        assert_eq!(patients, people, "one Patient per person");
        let peak_kib = read_proc(&status, "VmHWM:").unwrap_or(0);
        Run {
            entries,
            bytes,
            secs,
            before_kib,
            peak_kib,
        }
    });
    server.kill().ok();
    server.wait().ok();
    run
}

/// One cohort of `n` people who completed last year, with their records; answers its id.
fn generate(conn: &mut SqliteConnection, n: usize, today: NaiveDate) -> String {
    let (provider, municipality): (String, String) = providers::table
        .select((providers::id, providers::municipality_id))
        .order(providers::created_at)
        .first(conn)
        .unwrap();
    let therapist: String = staff::table
        .filter(staff::email.eq("therapist@hidamari.example"))
        .select(staff::id)
        .first(conn)
        .unwrap();
    let now = dekita::db::now();
    let start = today - Days::new(300);
    let end = start + Days::new(84);
    let cohort = format!("bench-fhir-{n}");
    conn.transaction::<_, diesel::result::Error, _>(|conn| {
        diesel::insert_into(cohorts::table)
            .values((
                cohorts::id.eq(&cohort),
                cohorts::municipality_id.eq(&municipality),
                cohorts::provider_id.eq(&provider),
                cohorts::name.eq(format!("生成した{n}人の年")),
                cohorts::starts_on.eq(start),
                cohorts::ends_on.eq(end),
                cohorts::capacity.eq(n as i32),
                cohorts::room_area_m2.eq(500.0),
                cohorts::created_at.eq(now),
                cohorts::therapists.eq(10),
                cohorts::nurses.eq(5),
                cohorts::aides.eq(5),
                cohorts::venue.eq("体育館"),
                cohorts::transport.eq(false),
                cohorts::meeting_point.eq(""),
                cohorts::home_visits.eq(""),
            ))
            .execute(conn)?;
        for i in 0..n {
            let p = format!("bench-fhir-{n}-{i:05}");
            let born = NaiveDate::from_ymd_opt(1940 + (i % 20) as i32, 1 + (i % 12) as u32, 1)
                .unwrap();
            diesel::insert_into(participants::table)
                .values((
                    participants::id.eq(&p),
                    participants::municipality_id.eq(&municipality),
                    participants::provider_id.eq(&provider),
                    participants::family_name.eq("試験"),
                    participants::given_name.eq(format!("{i}番")),
                    participants::family_name_kana.eq("シケン"),
                    participants::given_name_kana.eq(format!("{i}バン")),
                    participants::birth_date.eq(born),
                    participants::sex.eq(if i % 3 == 0 { "male" } else { "female" }),
                    participants::created_by_staff_id.eq(&therapist),
                    participants::created_at.eq(now),
                ))
                .execute(conn)?;
            diesel::insert_into(enrollments::table)
                .values((
                    enrollments::id.eq(format!("{p}-e")),
                    enrollments::participant_id.eq(&p),
                    enrollments::cohort_id.eq(&cohort),
                    enrollments::status.eq("completed"),
                    enrollments::started_on.eq(Some(start)),
                    enrollments::ended_on.eq(Some(end)),
                    enrollments::created_at.eq(now),
                ))
                .execute(conn)?;
            for s in 1..=12 {
                diesel::insert_into(program_sessions::table)
                    .values((
                        program_sessions::participant_id.eq(&p),
                        program_sessions::number.eq(s),
                        program_sessions::date.eq(start + Days::new(7 * (s as u64 - 1))),
                        program_sessions::kind.eq(if s == 6 { "home" } else { "center" }),
                        program_sessions::attendance.eq(if s == 4 && i % 5 == 0 {
                            "absent"
                        } else {
                            "attended"
                        }),
                        program_sessions::updated_by.eq(&therapist),
                        program_sessions::updated_at.eq(now),
                        program_sessions::makeups.eq(0),
                    ))
                    .execute(conn)?;
            }
            let k = (i % 7) as f64;
            for (s, gain) in [(1, 0.0), (12, 1.0)] {
                diesel::insert_into(performance_tests::table)
                    .values((
                        performance_tests::participant_id.eq(&p),
                        performance_tests::session_number.eq(s),
                        performance_tests::chair_stand_30s.eq(Some(9 + (k + 3.0 * gain) as i32)),
                        performance_tests::tug_s.eq(Some(13.0 - k * 0.3 - gain)),
                        performance_tests::one_leg_left_s.eq(Some(5.0 + k + 4.0 * gain)),
                        performance_tests::one_leg_right_s.eq(Some(6.0 + k + 4.0 * gain)),
                        performance_tests::five_sts_s.eq(Some(14.0 - k * 0.2 - gain)),
                        performance_tests::gait_speed_mps.eq(Some(0.8 + k * 0.03 + 0.1 * gain)),
                        performance_tests::recorded_by.eq(&therapist),
                        performance_tests::recorded_at.eq(now),
                    ))
                    .execute(conn)?;
                diesel::insert_into(session_checks::table)
                    .values((
                        session_checks::participant_id.eq(&p),
                        session_checks::session_number.eq(s),
                        session_checks::systolic.eq(Some(130 + (i % 15) as i32)),
                        session_checks::diastolic.eq(Some(78 + (i % 9) as i32)),
                        session_checks::pulse.eq(Some(70 + (i % 11) as i32)),
                        session_checks::feeling.eq("usual"),
                        session_checks::recorded_by.eq(&therapist),
                        session_checks::recorded_at.eq(now),
                    ))
                    .execute(conn)?;
            }
            diesel::insert_into(screenings::table)
                .values((
                    screenings::id.eq(format!("{p}-s")),
                    screenings::participant_id.eq(&p),
                    screenings::answers.eq("YYYYYNNNYYNNYNNYNNYNNYNNN"),
                    screenings::height_cm.eq(Some(150.0 + k)),
                    screenings::weight_kg.eq(Some(48.0 + k)),
                    screenings::certification.eq("support_1"),
                    screenings::exclusions.eq(""),
                    screenings::age_years.eq(75),
                    screenings::eligible.eq(true),
                    screenings::screened_by.eq(&therapist),
                    screenings::screened_at.eq(now),
                ))
                .execute(conn)?;
            diesel::insert_into(goals::table)
                .values((
                    goals::id.eq(format!("{p}-g")),
                    goals::participant_id.eq(&p),
                    goals::version.eq(1),
                    goals::status.eq("active"),
                    goals::text.eq("近所のスーパーまで一人で歩いて買い物に行く"),
                    goals::performance_start.eq(Some(3)),
                    goals::satisfaction_start.eq(Some(3)),
                    goals::performance_end.eq(Some(7)),
                    goals::satisfaction_end.eq(Some(8)),
                    goals::gas.eq(Some((i % 5) as i32 - 2)),
                    goals::created_by.eq(&therapist),
                    goals::created_at.eq(now),
                    goals::updated_by.eq(&therapist),
                    goals::updated_at.eq(now),
                ))
                .execute(conn)?;
            diesel::insert_into(interest_checklists::table)
                .values((
                    interest_checklists::participant_id.eq(&p),
                    interest_checklists::phase.eq("assessment"),
                    interest_checklists::version.eq(1),
                    interest_checklists::filled_on.eq(Some(start)),
                    interest_checklists::items.eq(r#"[{"item":10,"doing":false,"want":true,"interested":true},{"item":37,"doing":true,"want":false,"interested":false}]"#),
                    interest_checklists::others.eq("[]"),
                    interest_checklists::updated_by.eq(&therapist),
                    interest_checklists::updated_at.eq(now),
                ))
                .execute(conn)?;
        }
        Ok(())
    })
    .unwrap();
    cohort
}
