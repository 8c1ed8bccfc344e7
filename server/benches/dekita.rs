//! dekita's benchmarks: `cargo bench --bench dekita` (tests/bench.sh runs it on SQLite and on
//! PostgreSQL). Figures are printed as ratios against the machine's own limits measured in
//! the same run: the sync path against the raw batched insert rate of the same database
//! through diesel, latency at a fixed request rate (open loop, so queueing is not hidden) and
//! at saturation, photo processing against its budget and the machine's memory, and the peak
//! memory of the real server binary while phones upload hostile PNGs all at once, and while it
//! streams the FHIR export of a generated year of 1,000 people (`-- --fhir-only`), and the
//! fiscal year's outcome figures of a municipality with 100,000 enrollments over ten years on
//! PostgreSQL beside a plain `count(*)` of the same rows (`-- --figures-only`, see figures.rs).

use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::Parser;
use dekita::config::Config;
use dekita::db::{self, Database, DbConn, Location};
use dekita::startup::Application;
use diesel::prelude::*;
use serde_json::{json, Value};

#[path = "../../tests/support/phones.rs"]
mod phones;
#[path = "../../tests/support/pictures.rs"]
mod pictures;

mod fhir;
mod figures;
mod notebook;

const DEVICES: usize = 200;
const PER_BATCH: usize = 20;
const SATURATION_SECS: u64 = 6;
const FIXED_SECS: u64 = 6;
const RAW_SECS: u64 = 4;
/// Each figure of the sync benchmark is the median of this many runs.
const ROUNDS: usize = 3;
/// The cohort the overview is measured on, and how many overviews make its median.
const COHORT_PEOPLE: usize = 40;
const COHORT_DAYS: i64 = 90;
const OVERVIEW_CALLS: usize = 15;
/// Phones uploading at once, fresh servers measured, and the bar for the server's peak memory.
const UPLOAD_PHONES: usize = 10;
const UPLOAD_RUNS: usize = 3;
const RSS_BAR_MIB: f64 = 512.0;

#[derive(Parser)]
struct Wrapper {
    #[command(flatten)]
    config: Config,
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--photo-child") {
        photo_child();
        return;
    }
    if args.iter().any(|a| a == "--list") {
        println!("dekita: bench");
        return;
    }
    machine();
    if args.iter().any(|a| a == "--fhir-only") {
        fhir::fhir();
        return;
    }
    if args.iter().any(|a| a == "--notebook-only") {
        let database = std::env::var("DEKITA_BENCH_DATABASE_URL")
            .expect("the notebook benchmark runs on PostgreSQL: set DEKITA_BENCH_DATABASE_URL");
        actix_web::rt::System::new().block_on(notebook::notebook(database));
        return;
    }
    if args.iter().any(|a| a == "--figures-only") {
        let database = std::env::var("DEKITA_BENCH_DATABASE_URL").expect(
            "the outcome figures benchmark runs on PostgreSQL: set DEKITA_BENCH_DATABASE_URL",
        );
        actix_web::rt::System::new().block_on(figures::figures(database));
        return;
    }
    if !args.iter().any(|a| a == "--sync-only") {
        photo();
        uploads();
    }
    if args.iter().any(|a| a == "--photo-only") {
        return;
    }
    let database = std::env::var("DEKITA_BENCH_DATABASE_URL").ok();
    actix_web::rt::System::new().block_on(sync(database));
}

fn read_proc(path: &str, key: &str) -> Option<u64> {
    std::fs::read_to_string(path).ok()?.lines().find_map(|l| {
        l.strip_prefix(key)
            .and_then(|rest| rest.split_whitespace().next())
            .and_then(|n| n.parse().ok())
    })
}

fn total_memory_kib() -> u64 {
    read_proc("/proc/meminfo", "MemTotal:").unwrap_or(0)
}

fn machine() {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| {
            t.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned())
        })
        .unwrap_or_default();
    println!(
        "machine: {} cores ({cpu}), {:.1} GiB memory",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1),
        total_memory_kib() as f64 / 1024.0 / 1024.0
    );
}

// --- photo ---

/// A 12-megapixel picture with the detail and noise of a phone photo, as a JPEG.
fn phone_jpeg() -> Vec<u8> {
    let (w, h) = (4000u32, 3000u32);
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let noise = (seed & 0x1F) as u32;
        let r = ((x * 255 / w) + noise) as u8;
        let g = ((y * 255 / h) + noise / 2) as u8;
        let b = (((x / 40 + y / 40) % 2) * 120 + noise) as u8;
        image::Rgb([r, g, b])
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .encode_image(&img)
        .unwrap();
    out
}

fn photo() {
    let jpeg = phone_jpeg();
    let mut times = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        dekita::media::process(&jpeg).expect("the photo is processed");
        times.push(started.elapsed());
    }
    times.sort();
    let median = times[times.len() / 2];
    // Peak memory in a fresh process, so nothing else counts.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("photo.jpg");
    std::fs::write(&file, &jpeg).unwrap();
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .arg("--photo-child")
        .arg(&file)
        .output()
        .expect("run the photo child");
    let peak_kib: u64 = String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .unwrap_or(0);
    println!(
        "photo: 12 MP JPEG ({:.1} MB) processed in {:.0} ms (median of 5) = {:.0}% of the 400 ms budget; \
         peak extra memory {:.0} MiB = {:.2}% of the machine's memory",
        jpeg.len() as f64 / 1e6,
        median.as_secs_f64() * 1000.0,
        median.as_secs_f64() * 1000.0 / 400.0 * 100.0,
        peak_kib as f64 / 1024.0,
        peak_kib as f64 / total_memory_kib().max(1) as f64 * 100.0
    );
}

fn photo_child() {
    let path = std::env::args().next_back().unwrap();
    let jpeg = std::fs::read(path).unwrap();
    // Reset the peak (Linux: writing 5 to clear_refs resets VmHWM), then measure.
    std::fs::write("/proc/self/clear_refs", "5").ok();
    let before = read_proc("/proc/self/status", "VmRSS:").unwrap_or(0);
    dekita::media::process(&jpeg).unwrap();
    let peak = read_proc("/proc/self/status", "VmHWM:").unwrap_or(0);
    println!("{}", peak.saturating_sub(before));
}

// --- hostile uploads ---

/// The release server binary, started as in production on a fresh SQLite demo; `UPLOAD_PHONES`
/// enrolled phones each send the largest picture the limits let through — a 16-bit RGBA PNG
/// whose decoded size is exactly the byte budget — at the same moment. The server's peak RSS
/// (`VmHWM`, the kernel's high-water mark for the whole life of the process) is read after
/// the last answer.
fn uploads() {
    let budget = dekita::media::MAX_DECODED_BYTES;
    let (w, h) = (5000u32, 3000u32);
    assert_eq!(
        dekita::media::decoded_bytes(w, h, image::ColorType::Rgba16),
        budget,
        "the picture is the largest decode allowed"
    );
    let png = pictures::sixteen_bit_rgba_png(w, h);
    let machine = total_memory_kib();
    println!(
        "uploads: {UPLOAD_PHONES} phones at once, each a 16-bit RGBA PNG of {w}×{h} ({:.0} KB on the wire, {:.0} MB decoded = the byte budget), to the release server on SQLite",
        png.len() as f64 / 1e3,
        budget as f64 / 1e6
    );
    let turns = dekita::media::DEFAULT_DECODES_AT_ONCE;
    let mut peaks = Vec::new();
    for run in 1..=UPLOAD_RUNS {
        let r = upload_run(&png, turns);
        println!(
            "  run {run}: peak RSS {:.0} MiB (before the uploads {:.0} MiB); {}",
            r.peak_kib as f64 / 1024.0,
            r.before_kib as f64 / 1024.0,
            r.outcome
        );
        peaks.push(r.peak_kib);
    }
    peaks.sort();
    let median = peaks[peaks.len() / 2] as f64 / 1024.0;
    println!(
        "  server peak RSS {median:.0} MiB (median of {UPLOAD_RUNS}, {turns} decodes at once) = {:.2}% of the machine's {:.1} GiB — {} the {RSS_BAR_MIB:.0} MiB bar",
        median * 1024.0 / machine.max(1) as f64 * 100.0,
        machine as f64 / 1024.0 / 1024.0,
        if median < RSS_BAR_MIB { "within" } else { "ABOVE" }
    );
    // What the turns are for: the same burst with a turn for every phone.
    let r = upload_run(&png, UPLOAD_PHONES);
    println!(
        "  for comparison, {UPLOAD_PHONES} decodes at once: peak RSS {:.0} MiB; {}",
        r.peak_kib as f64 / 1024.0,
        r.outcome
    );
}

struct UploadRun {
    before_kib: u64,
    peak_kib: u64,
    outcome: String,
}

fn upload_run(png: &[u8], turns: usize) -> UploadRun {
    use std::io::BufRead;
    let dir = tempfile::tempdir().unwrap();
    let mut server = std::process::Command::new(env!("CARGO_BIN_EXE_dekita"))
        .args([
            "serve",
            "--bind",
            "127.0.0.1:0",
            "--demo",
            "--signin-burst",
            "100000",
        ])
        .arg("--data-dir")
        .arg(dir.path())
        .arg("--photo-decodes")
        .arg(turns.to_string())
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
    // The rest of what it prints is read and dropped, so it never blocks on a full pipe.
    std::thread::spawn(move || lines.for_each(drop));
    let status = format!("/proc/{pid}/status");
    let png = png.to_vec();
    let (before_kib, outcome) = actix_web::rt::System::new().block_on(async move {
        let client = reqwest::Client::new();
        let phones::Phones { phones, .. } =
            phones::enroll_demo_phones(&client, &url, UPLOAD_PHONES).await;
        let before = read_proc(&status, "VmRSS:").unwrap_or(0);
        let started = Instant::now();
        let tasks: Vec<_> = phones
            .into_iter()
            .map(|(_, token)| {
                let (client, url, body) = (client.clone(), url.clone(), png.clone());
                actix_web::rt::spawn(async move {
                    let res = client
                        .post(format!("{url}/api/v1/me/photos"))
                        .bearer_auth(token)
                        .header("Content-Type", "image/png")
                        .body(body)
                        .send()
                        .await
                        .expect("the server answers");
                    let status = res.status().as_u16();
                    res.bytes().await.ok();
                    (status, started.elapsed())
                })
            })
            .collect();
        let mut answers = Vec::new();
        for t in tasks {
            answers.push(t.await.unwrap());
        }
        let stored = answers.iter().filter(|(s, _)| *s == 201).count();
        let busy = answers.iter().filter(|(s, _)| *s == 503).count();
        let last = answers.iter().map(|(_, t)| *t).max().unwrap_or_default();
        let mut outcome = format!(
            "{stored} stored, {busy} told to come back (503), the last answered after {:.1} s",
            last.as_secs_f64()
        );
        let other = answers.len() - stored - busy;
        if other > 0 {
            outcome.push_str(&format!(", {other} other answers"));
        }
        (before, outcome)
    });
    let peak_kib = read_proc(&format!("/proc/{pid}/status"), "VmHWM:").unwrap_or(0);
    server.kill().ok();
    server.wait().ok();
    UploadRun {
        before_kib,
        peak_kib,
        outcome,
    }
}

// --- sync ---

struct Stats {
    events_per_sec: f64,
    p50_ms: f64,
    p99_ms: f64,
    requests: usize,
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

fn batch_body(today: &str) -> Value {
    let events: Vec<Value> = (0..PER_BATCH)
        .map(|i| {
            json!({"client_id": uuid::Uuid::now_v7().to_string(), "kind": "exercise_done",
            "local_date": today, "data": {"exercise": "heel_raise", "amount": 10 + i}})
        })
        .collect();
    json!({ "events": events })
}

async fn sync(database: Option<String>) {
    let backend = if database.is_some() {
        "PostgreSQL"
    } else {
        "SQLite (WAL, synchronous=FULL)"
    };
    let dir = tempfile::tempdir().unwrap();
    let database_url = database.map(|admin| fresh_postgres(&admin));
    let mut args = vec![
        "bench".to_owned(),
        "--bind".into(),
        "127.0.0.1:0".into(),
        "--demo".into(),
        "--signin-burst".into(),
        "100000".into(),
        "--data-dir".into(),
        dir.path().display().to_string(),
    ];
    if let Some(url) = &database_url {
        args.push("--database-url".into());
        args.push(url.clone());
    }
    let config = Wrapper::parse_from(args).config;
    let location = config.location().unwrap();
    let app = Application::build(config).await.expect("the server starts");
    let url = format!("http://{}", app.addr());
    actix_web::rt::spawn(app.run());
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(DEVICES)
        .build()
        .unwrap();

    // Two hundred phones, each its own person's, and each person with 90 days of records
    // already (a phone's history is one person's: the sync path re-reads it to find successes).
    let demo = phones::enroll_demo_phones(&client, &url, 1).await;
    let (_, people) = big_cohort(
        location.clone(),
        demo.people[0].clone(),
        DEVICES,
        "ベンチ用 200名",
    )
    .await;
    let tokens = phones::enroll_phones_for(&client, &url, &people).await;
    let jst = chrono::FixedOffset::east_opt(9 * 3600).unwrap();
    let today = chrono::Utc::now()
        .with_timezone(&jst)
        .date_naive()
        .to_string();

    // A cohort of 40 people with 90 days of records each, and the therapist who looks at it.
    let (cohort, _) = big_cohort(
        location.clone(),
        demo.people[0].clone(),
        COHORT_PEOPLE,
        "ベンチ用 40名",
    )
    .await;
    let therapist = sign_in(&client, &url).await;
    let overview_url = format!("{url}/api/v1/cohorts/{cohort}/overview");

    println!("sync on {backend}: {DEVICES} phones, {PER_BATCH} records a batch; {ROUNDS} runs");
    let mut runs = Vec::new();
    for run in 1..=ROUNDS {
        // The machine's own limit: batched inserts of the same rows through diesel, one
        // transaction per batch, with as many connections as the server writes with.
        let (raw, writers) =
            raw_insert_rate(location.clone(), &people, Duration::from_secs(RAW_SECS)).await;
        // Saturation: every phone sends its next batch as soon as the last is answered.
        let saturated = closed_loop(
            &client,
            &url,
            &tokens,
            &today,
            Duration::from_secs(SATURATION_SECS),
        )
        .await;
        // A fixed rate well inside capacity: requests start on a schedule whatever happens,
        // and latency counts from the scheduled start.
        let rate = (saturated.events_per_sec / PER_BATCH as f64 * 0.5).max(1.0);
        let span = Duration::from_secs(FIXED_SECS);
        let fixed = open_loop(&client, &url, &tokens, &today, rate, span).await;
        // The same, while a therapist reloads the cohort overview back to back.
        let load = overview_load(&client, &overview_url, &therapist, span);
        let (loaded, overviews) =
            tokio::join!(open_loop(&client, &url, &tokens, &today, rate, span), load);
        // The overview alone.
        let alone = overview_latency(&client, &overview_url, &therapist).await;
        println!(
            "  run {run}: raw {raw:.0} records/s ({writers} connection{}); saturation {:.0} records/s = {:.0}% of raw (p99 {:.1} ms); \
             fixed {rate:.0} batches/s ({} sent) p50 {:.1} ms, p99 {:.1} ms alone, {:.1} ms with the overview reloaded ({} overviews, median {:.1} ms); \
             overview alone median {:.1} ms",
            if writers == 1 { "" } else { "s" },
            saturated.events_per_sec,
            saturated.events_per_sec / raw * 100.0,
            saturated.p99_ms,
            fixed.requests,
            fixed.p50_ms,
            fixed.p99_ms,
            loaded.p99_ms,
            overviews.len(),
            median_ms(&overviews),
            alone,
        );
        runs.push(Run {
            raw,
            writers,
            saturated: saturated.events_per_sec,
            fixed_p99: fixed.p99_ms,
            loaded_p99: loaded.p99_ms,
            overview_ms: alone,
            rate,
        });
    }
    let med = |f: fn(&Run) -> f64| {
        let mut v: Vec<f64> = runs.iter().map(f).collect();
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        v[v.len() / 2]
    };
    let (raw, saturated) = (med(|r| r.raw), med(|r| r.saturated));
    println!(
        "  medians of {ROUNDS}: raw batched insert through diesel {raw:.0} records/s ({} connection(s), 1 transaction a batch, the machine's limit)",
        runs[0].writers
    );
    println!(
        "    sync at saturation {saturated:.0} records/s = {:.0}% of raw",
        saturated / raw * 100.0
    );
    let all_within = |f: fn(&Run) -> f64| runs.iter().all(|r| f(r) < 50.0);
    println!(
        "    sync at a fixed ~{:.0} batches/s: p99 {:.1} ms alone, {:.1} ms with the overview reloaded = {:.2}× — {} the 50 ms aim in every run",
        med(|r| r.rate),
        med(|r| r.fixed_p99),
        med(|r| r.loaded_p99),
        med(|r| r.loaded_p99) / med(|r| r.fixed_p99),
        if all_within(|r| r.fixed_p99) && all_within(|r| r.loaded_p99) {
            "within"
        } else {
            "NOT within"
        }
    );
    let overview = med(|r| r.overview_ms);
    println!(
        "    cohort overview, {COHORT_PEOPLE} people × {COHORT_DAYS} days of records: {overview:.1} ms = {:.0}% of the 100 ms aim",
        overview / 100.0 * 100.0
    );
}

struct Run {
    raw: f64,
    writers: usize,
    saturated: f64,
    fixed_p99: f64,
    loaded_p99: f64,
    overview_ms: f64,
    rate: f64,
}

fn median_ms(times: &[Duration]) -> f64 {
    let mut sorted = times.to_vec();
    sorted.sort();
    percentile(&sorted, 0.5)
}

async fn sign_in(client: &reqwest::Client, url: &str) -> String {
    let login: Value = client
        .post(format!("{url}/api/v1/auth/login"))
        .json(
            &json!({"email": "therapist@hidamari.example", "password": dekita::db::demo::PASSWORD}),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    login["access_token"]
        .as_str()
        .expect("signed in")
        .to_owned()
}

async fn get_overview(client: &reqwest::Client, url: &str, token: &str) -> Duration {
    let sent = Instant::now();
    let res = client.get(url).bearer_auth(token).send().await.unwrap();
    assert!(res.status().is_success(), "{}", res.status());
    let body: Value = res.json().await.unwrap();
    assert_eq!(
        body["participants"].as_array().map(Vec::len),
        Some(COHORT_PEOPLE)
    );
    sent.elapsed()
}

/// The median of a few overviews one after another (after one to warm up).
async fn overview_latency(client: &reqwest::Client, url: &str, token: &str) -> f64 {
    get_overview(client, url, token).await;
    let mut times = Vec::new();
    for _ in 0..OVERVIEW_CALLS {
        times.push(get_overview(client, url, token).await);
    }
    median_ms(&times)
}

/// Overviews back to back for `span`; their latencies.
async fn overview_load(
    client: &reqwest::Client,
    url: &str,
    token: &str,
    span: Duration,
) -> Vec<Duration> {
    let deadline = Instant::now() + span;
    let mut times = Vec::new();
    while Instant::now() < deadline {
        times.push(get_overview(client, url, token).await);
    }
    times
}

/// A cohort of `count` people at the provider of `like`, each enrolled with a weekly
/// schedule and `COHORT_DAYS` days of records (exercises, an outing, now and then a
/// measurement or 「痛い」), written straight into the database.
async fn big_cohort(
    location: Location,
    like: String,
    count: usize,
    name: &'static str,
) -> (String, Vec<String>) {
    actix_web::web::block(move || {
        use dekita::db::schema::{cohorts, devices, enrollments, events, participants, program_sessions};
        let database = Database::open(location).unwrap();
        let mut conn = database.conn().unwrap();
        let (municipality, provider, staff): (String, String, String) = participants::table
            .filter(participants::id.eq(&like))
            .select((participants::municipality_id, participants::provider_id, participants::created_by_staff_id))
            .first(&mut *conn)
            .unwrap();
        let today = chrono::Utc::now().date_naive();
        let first = today - chrono::Days::new(COHORT_DAYS as u64 - 1);
        let at = db::now();
        let cohort = db::new_id();
        let mut people = Vec::with_capacity(count);
        db::write(&mut conn, |conn: &mut DbConn| {
            diesel::insert_into(cohorts::table)
                .values((
                    cohorts::id.eq(&cohort),
                    cohorts::municipality_id.eq(&municipality),
                    cohorts::provider_id.eq(&provider),
                    cohorts::name.eq(name),
                    cohorts::starts_on.eq(first - chrono::Days::new(7)),
                    cohorts::ends_on.eq(today + chrono::Days::new(60)),
                    cohorts::capacity.eq(count as i32),
                    cohorts::room_area_m2.eq(200.0),
                    cohorts::created_at.eq(at),
                    cohorts::therapists.eq(3),
                    cohorts::nurses.eq(1),
                    cohorts::aides.eq(2),
                ))
                .execute(conn)?;
            for i in 0..count {
                let person = db::new_id();
                people.push(person.clone());
                let device = db::new_id();
                diesel::insert_into(participants::table)
                    .values((
                        participants::id.eq(&person),
                        participants::municipality_id.eq(&municipality),
                        participants::provider_id.eq(&provider),
                        participants::family_name.eq("試験"),
                        participants::given_name.eq(format!("花子{i}")),
                        participants::family_name_kana.eq("しけん"),
                        participants::given_name_kana.eq(format!("はなこ{i:02}")),
                        participants::birth_date.eq(chrono::NaiveDate::from_ymd_opt(1946, 4, 1).unwrap()),
                        participants::sex.eq("female"),
                        participants::created_by_staff_id.eq(&staff),
                        participants::created_at.eq(at),
                    ))
                    .execute(conn)?;
                diesel::insert_into(enrollments::table)
                    .values((
                        enrollments::id.eq(db::new_id()),
                        enrollments::participant_id.eq(&person),
                        enrollments::cohort_id.eq(&cohort),
                        enrollments::status.eq("enrolled"),
                        enrollments::started_on.eq(Some(first)),
                        enrollments::created_at.eq(at),
                    ))
                    .execute(conn)?;
                diesel::insert_into(devices::table)
                    .values((
                        devices::id.eq(&device),
                        devices::participant_id.eq(&person),
                        devices::label.eq("bench"),
                        devices::enrolled_at.eq(at),
                    ))
                    .execute(conn)?;
                for n in 0..12u64 {
                    let date = first + chrono::Days::new(n * 7 + (i % 3) as u64);
                    diesel::insert_into(program_sessions::table)
                        .values((
                            program_sessions::participant_id.eq(&person),
                            program_sessions::number.eq(n as i32 + 1),
                            program_sessions::date.eq(date),
                            program_sessions::kind.eq(if n == 6 { "home" } else { "center" }),
                            program_sessions::attendance.eq(if date < today { "attended" } else { "planned" }),
                            program_sessions::updated_by.eq(&staff),
                            program_sessions::updated_at.eq(at),
                        ))
                        .execute(conn)?;
                }
                let mut rows = Vec::new();
                for d in 0..COHORT_DAYS as u64 {
                    let date = first + chrono::Days::new(d);
                    let mut add = |kind: &str, payload: Value| {
                        rows.push((
                            events::participant_id.eq(person.clone()),
                            events::client_id.eq(uuid::Uuid::now_v7().to_string()),
                            events::device_id.eq(device.clone()),
                            events::kind.eq(kind.to_owned()),
                            events::local_date.eq(date),
                            events::payload.eq(payload.to_string()),
                            events::retracts.eq(None::<String>),
                            events::recorded_at.eq(at),
                            events::received_at.eq(at),
                        ))
                    };
                    for (k, exercise) in ["heel_raise", "sit_to_stand", "one_leg_stand"].iter().enumerate() {
                        add("exercise_done", json!({"exercise": exercise, "amount": 8 + (d as usize + k + i) % 5}));
                    }
                    add("activity", json!({"activity": "walk", "minutes": 15 + d % 20, "note": "", "photo_id": null}));
                    if d % 5 == 0 {
                        add("measurement", json!({"systolic": 128.0, "diastolic": 76.0, "pulse": 70.0, "weight_kg": null}));
                    }
                    if (d as usize + i) % 9 == 0 {
                        add("exercise_flag", json!({"exercise": "sit_to_stand", "flag": "pain"}));
                    }
                }
                for chunk in rows.chunks(500) {
                    let chunk = chunk.to_vec();
                    match conn {
                        DbConn::Sqlite(c) => diesel::insert_into(events::table).values(chunk).execute(c)?,
                        DbConn::Postgres(c) => diesel::insert_into(events::table).values(chunk).execute(c)?,
                    };
                }
            }
            Ok(())
        })
        .unwrap();
        (cohort, people)
    })
    .await
    .unwrap()
}

async fn closed_loop(
    client: &reqwest::Client,
    url: &str,
    tokens: &[String],
    today: &str,
    span: Duration,
) -> Stats {
    let deadline = Instant::now() + span;
    let started = Instant::now();
    let mut tasks = Vec::new();
    for token in tokens {
        let (client, url, token, today) = (
            client.clone(),
            url.to_owned(),
            token.clone(),
            today.to_owned(),
        );
        tasks.push(actix_web::rt::spawn(async move {
            let mut latencies = Vec::new();
            while Instant::now() < deadline {
                let body = batch_body(&today);
                let sent = Instant::now();
                let res = client
                    .post(format!("{url}/api/v1/me/events"))
                    .bearer_auth(&token)
                    .json(&body)
                    .send()
                    .await
                    .unwrap();
                assert!(res.status().is_success(), "{}", res.status());
                res.bytes().await.unwrap();
                latencies.push(sent.elapsed());
            }
            latencies
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    let elapsed = started.elapsed().as_secs_f64();
    all.sort();
    Stats {
        events_per_sec: (all.len() * PER_BATCH) as f64 / elapsed,
        p50_ms: percentile(&all, 0.50),
        p99_ms: percentile(&all, 0.99),
        requests: all.len(),
    }
}

async fn open_loop(
    client: &reqwest::Client,
    url: &str,
    tokens: &[String],
    today: &str,
    rate: f64,
    span: Duration,
) -> Stats {
    let n = (rate * span.as_secs_f64()) as usize;
    let started = Instant::now();
    let latencies = Arc::new(std::sync::Mutex::new(Vec::with_capacity(n)));
    let mut tasks = Vec::with_capacity(n);
    for i in 0..n {
        let scheduled = started + Duration::from_secs_f64(i as f64 / rate);
        actix_web::rt::time::sleep_until(scheduled.into()).await;
        let (client, url, token, today, latencies) = (
            client.clone(),
            url.to_owned(),
            tokens[i % tokens.len()].clone(),
            today.to_owned(),
            latencies.clone(),
        );
        tasks.push(actix_web::rt::spawn(async move {
            let body = batch_body(&today);
            let res = client
                .post(format!("{url}/api/v1/me/events"))
                .bearer_auth(&token)
                .json(&body)
                .send()
                .await
                .unwrap();
            assert!(res.status().is_success());
            res.bytes().await.unwrap();
            latencies.lock().unwrap().push(scheduled.elapsed());
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let elapsed = started.elapsed().as_secs_f64();
    let mut all = latencies.lock().unwrap().clone();
    all.sort();
    Stats {
        events_per_sec: (all.len() * PER_BATCH) as f64 / elapsed,
        p50_ms: percentile(&all, 0.50),
        p99_ms: percentile(&all, 0.99),
        requests: all.len(),
    }
}

/// Batched inserts of event rows straight through diesel, on as many connections at once as
/// the server writes with (SQLite's one writer, PostgreSQL's pool), each of the same pool
/// configuration (same pragmas, same IMMEDIATE transactions). Records per second, and the
/// number of connections.
async fn raw_insert_rate(location: Location, people: &[String], span: Duration) -> (f64, usize) {
    let people = people.to_vec();
    actix_web::web::block(move || {
        let database = Database::open(location).unwrap();
        let writers = database.write_concurrency();
        // A device row per person for the foreign key.
        let devices: Vec<(String, String)> = {
            let mut conn = database.conn().unwrap();
            let devices: Vec<(String, String)> = people.iter().map(|p| (p.clone(), db::new_id())).collect();
            for (person, device) in &devices {
                diesel::sql_query("INSERT INTO devices (id, participant_id, label, enrolled_at) VALUES ($1, $2, 'bench', CURRENT_TIMESTAMP)")
                    .bind::<diesel::sql_types::Text, _>(device)
                    .bind::<diesel::sql_types::Text, _>(person)
                    .execute(&mut *conn)
                    .unwrap();
            }
            devices
        };
        let today = chrono::Utc::now().date_naive();
        let started = Instant::now();
        let threads: Vec<_> = (0..writers)
            .map(|w| {
                let (database, devices) = (database.clone(), devices.clone());
                std::thread::spawn(move || {
                    let mut conn = database.conn().unwrap();
                    let mut rows_written = 0usize;
                    let mut i = w;
                    while started.elapsed() < span {
                        let (person, device) = &devices[i % devices.len()];
                        i += writers;
                        db::write(&mut conn, |conn: &mut DbConn| {
                            use dekita::db::schema::events;
                            let at = db::now();
                            let rows: Vec<_> = (0..PER_BATCH)
                                .map(|n| (
                                    events::participant_id.eq(person.clone()),
                                    events::client_id.eq(uuid::Uuid::now_v7().to_string()),
                                    events::device_id.eq(device.clone()),
                                    events::kind.eq("exercise_done"),
                                    events::local_date.eq(today),
                                    events::payload.eq(json!({"exercise": "heel_raise", "amount": 10 + n}).to_string()),
                                    events::retracts.eq(None::<String>),
                                    events::recorded_at.eq(at),
                                    events::received_at.eq(at),
                                ))
                                .collect();
                            match conn {
                                DbConn::Sqlite(c) => diesel::insert_into(events::table).values(rows).execute(c)?,
                                DbConn::Postgres(c) => diesel::insert_into(events::table).values(rows).execute(c)?,
                            };
                            Ok(())
                        })
                        .unwrap();
                        rows_written += PER_BATCH;
                    }
                    rows_written
                })
            })
            .collect();
        let rows: usize = threads.into_iter().map(|t| t.join().unwrap()).sum();
        (rows as f64 / started.elapsed().as_secs_f64(), writers)
    })
    .await
    .unwrap()
}

/// A server with the demo on a fresh PostgreSQL database, on a free port of loopback: the
/// database's URL, the data folder (removed when dropped, so keep it while the server runs) and
/// the server's address.
async fn demo_on_fresh_postgres(admin: &str) -> (String, tempfile::TempDir, String) {
    let url_db = fresh_postgres(admin);
    let dir = tempfile::tempdir().unwrap();
    let config = Wrapper::parse_from([
        "bench",
        "--bind",
        "127.0.0.1:0",
        "--demo",
        "--signin-burst",
        "100000",
        "--data-dir",
        &dir.path().display().to_string(),
        "--database-url",
        &url_db,
    ])
    .config;
    let app = dekita::startup::Application::build(config)
        .await
        .expect("the server starts");
    let url = format!("http://{}", app.addr());
    actix_web::rt::spawn(app.run());
    (url_db, dir, url)
}

/// Today in Japan, as the server counts days.
fn japan_today() -> chrono::NaiveDate {
    let jst = chrono::FixedOffset::east_opt(9 * 3600).unwrap();
    chrono::Utc::now().with_timezone(&jst).date_naive()
}

fn fresh_postgres(admin: &str) -> String {
    let name = format!("dekita_bench_{}", uuid::Uuid::now_v7().simple());
    let mut conn = diesel::PgConnection::establish(admin).expect("connect to PostgreSQL");
    diesel::sql_query(format!("CREATE DATABASE {name}"))
        .execute(&mut conn)
        .unwrap();
    format!("{}/{name}", admin.rsplit_once('/').unwrap().0)
}
