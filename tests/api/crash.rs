//! Power-cut honesty: the real binary is killed with SIGKILL while 50 phones sync; after a
//! restart the phones resend what was not acknowledged. Every record whose batch was
//! acknowledged must be there, exactly once, and nothing may be doubled.

use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use diesel::prelude::*;
use serde_json::{json, Value};

use crate::helpers::*;

struct Server {
    child: Child,
    url: String,
}

fn start(data_dir: &std::path::Path, database_url: Option<&str>) -> Server {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dekita"));
    cmd.args([
        "serve",
        "--demo",
        "--bind",
        "127.0.0.1:0",
        "--signin-burst",
        "10000",
    ])
    .arg("--data-dir")
    .arg(data_dir)
    .env("RUST_LOG", "error")
    .stdout(Stdio::piped())
    .stderr(Stdio::null());
    match database_url {
        Some(url) => cmd.env("DATABASE_URL", url),
        None => cmd.env_remove("DATABASE_URL"),
    };
    let mut child = cmd.spawn().expect("start dekita");
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let url = loop {
        let line = lines.next().expect("dekita prints its address").unwrap();
        if let Some(rest) = line.split("listening on ").nth(1) {
            break rest.trim().to_owned();
        }
    };
    // Keep draining stdout so the child never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    Server { child, url }
}

const DEVICES: usize = 50;
const BATCHES: usize = 12;
const PER_BATCH: usize = 10;

#[actix_web::test]
async fn records_acknowledged_before_a_sigkill_are_kept_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let database_url = std::env::var("DEKITA_TEST_DATABASE_URL")
        .ok()
        .map(|admin| fresh_postgres_database(&admin));
    let mut server = start(dir.path(), database_url.as_deref());
    let base = Arc::new(RwLock::new(server.url.clone()));
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();

    // Fifty phones, five on each of ten people.
    let phones = crate::phones::enroll_demo_phones(&client, &server.url, DEVICES)
        .await
        .phones;

    let today = {
        let jst = chrono::FixedOffset::east_opt(9 * 3600).unwrap();
        chrono::Utc::now()
            .with_timezone(&jst)
            .date_naive()
            .to_string()
    };
    let acked: Arc<Mutex<HashMap<String, HashSet<String>>>> = Arc::default();
    let sent: Arc<Mutex<HashMap<String, HashSet<String>>>> = Arc::default();
    let mut tasks = Vec::new();
    for (person, token) in phones {
        let (client, base, acked, sent, today) = (
            client.clone(),
            base.clone(),
            acked.clone(),
            sent.clone(),
            today.clone(),
        );
        tasks.push(actix_web::rt::spawn(async move {
            for _ in 0..BATCHES {
                let events: Vec<Value> = (0..PER_BATCH)
                    .map(|_| {
                        json!({
                    "client_id": uuid::Uuid::now_v7().to_string(), "kind": "exercise_done",
                    "local_date": today, "data": {"exercise": "heel_raise", "amount": 10}})
                    })
                    .collect();
                let ids: Vec<String> = events
                    .iter()
                    .map(|e| e["client_id"].as_str().unwrap().to_owned())
                    .collect();
                sent.lock()
                    .unwrap()
                    .entry(person.clone())
                    .or_default()
                    .extend(ids.iter().cloned());
                // Like the PWA's outbox: the same batch again until it is answered.
                let mut attempts = 0;
                loop {
                    attempts += 1;
                    assert!(attempts < 400, "the server never came back");
                    let url = format!("{}/api/v1/me/events", base.read().unwrap());
                    let answer = client
                        .post(url)
                        .bearer_auth(&token)
                        .json(&json!({"events": events}))
                        .send()
                        .await;
                    match answer {
                        Ok(res) if res.status().is_success() => {
                            let body: Value = res.json().await.unwrap();
                            for r in body["results"].as_array().unwrap() {
                                assert!(
                                    matches!(r["status"].as_str(), Some("stored" | "duplicate")),
                                    "{r}"
                                );
                            }
                            acked
                                .lock()
                                .unwrap()
                                .entry(person.clone())
                                .or_default()
                                .extend(ids.iter().cloned());
                            break;
                        }
                        _ => actix_web::rt::time::sleep(Duration::from_millis(50)).await,
                    }
                }
            }
        }));
    }

    // Pull the plug while the phones are busy.
    loop {
        actix_web::rt::time::sleep(Duration::from_millis(20)).await;
        let done: usize = acked.lock().unwrap().values().map(HashSet::len).sum();
        if done >= DEVICES * PER_BATCH * 2 {
            break;
        }
    }
    server.child.kill().expect("SIGKILL");
    server.child.wait().unwrap();
    let acked_before_kill: HashMap<String, HashSet<String>> = acked.lock().unwrap().clone();
    let total_before: usize = acked_before_kill.values().map(HashSet::len).sum();
    assert!(
        total_before < DEVICES * BATCHES * PER_BATCH,
        "killed while syncing"
    );

    let restarted = start(dir.path(), database_url.as_deref());
    *base.write().unwrap() = restarted.url.clone();
    let mut server = restarted;
    for t in tasks {
        t.await.expect("a phone finished");
    }
    server.child.kill().unwrap();
    server.child.wait().unwrap();

    // Read what is stored, straight from the database.
    let rows: Vec<(String, String)> = match &database_url {
        Some(url) => {
            let mut conn = diesel::PgConnection::establish(url).unwrap();
            diesel::sql_query("SELECT participant_id, client_id FROM events")
                .load::<Row>(&mut conn)
                .unwrap()
                .into_iter()
                .map(|r| (r.participant_id, r.client_id))
                .collect()
        }
        None => {
            let path = dir.path().join("dekita.sqlite3");
            let mut conn = diesel::SqliteConnection::establish(&path.to_string_lossy()).unwrap();
            diesel::sql_query("SELECT participant_id, client_id FROM events")
                .load::<Row>(&mut conn)
                .unwrap()
                .into_iter()
                .map(|r| (r.participant_id, r.client_id))
                .collect()
        }
    };
    let mut stored: HashMap<(String, String), usize> = HashMap::new();
    for row in rows {
        *stored.entry(row).or_default() += 1;
    }
    assert!(stored.values().all(|n| *n == 1), "nothing is doubled");
    for (person, ids) in &acked_before_kill {
        for id in ids {
            assert!(
                stored.contains_key(&(person.clone(), id.clone())),
                "acknowledged before the kill, then lost: {id}"
            );
        }
    }
    let sent = sent.lock().unwrap();
    let total_sent: usize = sent.values().map(HashSet::len).sum();
    assert_eq!(total_sent, DEVICES * BATCHES * PER_BATCH);
    for (person, ids) in sent.iter() {
        for id in ids {
            assert!(
                stored.contains_key(&(person.clone(), id.clone())),
                "resent after the restart, yet missing: {id}"
            );
        }
    }
    eprintln!("{total_before} records acknowledged before the kill; {total_sent} in all, each stored once");
}

#[derive(QueryableByName)]
struct Row {
    #[diesel(sql_type = diesel::sql_types::Text)]
    participant_id: String,
    #[diesel(sql_type = diesel::sql_types::Text)]
    client_id: String,
}
