//! The database underneath: settings, concurrency, the demo, backups.

use diesel::{QueryableByName, RunQueryDsl};
use reqwest::StatusCode;
use serde_json::json;

use dekita::config::Config;
use dekita::db::{Database, DbConn};
use dekita::startup::Application;

use crate::helpers::*;

#[derive(QueryableByName)]
struct Pragma {
    #[diesel(sql_type = diesel::sql_types::Text)]
    value: String,
}

fn pragma(conn: &mut DbConn, name: &str) -> String {
    let DbConn::Sqlite(c) = conn else {
        unreachable!("asked only on SQLite")
    };
    diesel::sql_query(format!(
        "SELECT CAST((SELECT * FROM pragma_{name}) AS TEXT) AS value"
    ))
    .get_result::<Pragma>(c)
    .unwrap()
    .value
}

#[actix_web::test]
async fn sqlite_connections_are_durable_and_checked() {
    if backend_name() != "sqlite" {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = Database::open(dekita::db::Location::SqliteFile(
        dir.path().join("t.sqlite3"),
    ))
    .unwrap();
    let mut conn = db.conn().unwrap();
    assert_eq!(pragma(&mut conn, "journal_mode"), "wal");
    assert_eq!(pragma(&mut conn, "synchronous"), "2", "FULL");
    assert_eq!(pragma(&mut conn, "foreign_keys"), "1");
    assert_eq!(pragma(&mut conn, "busy_timeout"), "10000");
}

#[actix_web::test]
async fn concurrent_writers_all_succeed() {
    let app = TestApp::spawn().await;
    let token = app.token(THERAPIST).await;
    let (_, cohorts) = app.get("/api/v1/cohorts", &token).await;
    let cohort = cohorts[0]["id"].clone();
    let writes = (0..24).map(|i| {
        let body = json!({"family_name": "並行", "given_name": format!("{i}号"), "family_name_kana": "へいこう",
            "given_name_kana": "てすと", "birth_date": "1945-01-01", "sex": "unspecified", "cohort_id": cohort});
        let (client, url, token) = (app.client.clone(), app.url.clone(), token.clone());
        async move {
            let res = client.post(format!("{url}/api/v1/participants")).bearer_auth(token).json(&body).send().await.unwrap();
            let status = res.status();
            (status, res.text().await.unwrap())
        }
    });
    let results = futures_join_all(writes).await;
    for (status, body) in &results {
        assert_eq!(*status, StatusCode::CREATED, "{body}");
    }
    let (_, list) = app.get("/api/v1/participants", &token).await;
    assert_eq!(list.as_array().unwrap().len(), 15 + 24);
}

/// A tiny join_all, so the tests need no extra crate.
async fn futures_join_all<F>(futures: impl IntoIterator<Item = F>) -> Vec<F::Output>
where
    F: std::future::Future + 'static,
    F::Output: 'static,
{
    let handles: Vec<_> = futures.into_iter().map(actix_web::rt::spawn).collect();
    let mut out = Vec::new();
    for h in handles {
        out.push(h.await.expect("task"));
    }
    out
}

#[actix_web::test]
async fn the_demo_loads_once_however_often_the_server_starts() {
    let app = TestApp::spawn().await;
    let config = Config {
        bind: "127.0.0.1:0".into(),
        data_dir: app.data_dir.path().to_path_buf(),
        database_url: app.database_url.clone(),
        demo: true,
        public_url: None,
        access_token_minutes: 15,
        signin_burst: 100,
        signin_period_secs: 60,
        two_factor_burst: 5,
        two_factor_period_secs: 60,
        vapid_subject: None,
        push_contact: dekita::config::DEFAULT_PUSH_CONTACT.into(),
        job_poll_ms: 1000,
        push_allow_loopback_http: false,
        push_services: dekita::push::DEFAULT_PUSH_SERVICES.into(),
        media_store: None,
        photo_decodes: dekita::media::DEFAULT_DECODES_AT_ONCE,
        photo_wait_secs: dekita::media::DEFAULT_WAIT_SECS,
    };
    let again = Application::build(config).await.expect("a second start");
    let url = format!("http://{}", again.addr());
    let state = again.state();
    actix_web::rt::spawn(again.run());
    let second = TestApp {
        url,
        client: reqwest::Client::new(),
        data_dir: tempfile::tempdir().unwrap(),
        database_url: None,
        media_store: app.media_store,
        state,
    };
    let (_, list) = second
        .get("/api/v1/participants", &second.token(ADMIN).await)
        .await;
    assert_eq!(list.as_array().unwrap().len(), 15);
}

#[actix_web::test]
async fn backups_are_consistent_copies_and_old_generations_go() {
    if backend_name() != "sqlite" {
        return;
    }
    let app = TestApp::spawn().await;
    let db = Database::open(dekita::db::Location::SqliteFile(
        app.data_dir.path().join("dekita.sqlite3"),
    ))
    .unwrap();
    let target = tempfile::tempdir().unwrap();
    let mut made = Vec::new();
    for _ in 0..4 {
        made.push(db.backup(target.path(), 2).unwrap());
    }
    let left: Vec<_> = std::fs::read_dir(target.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(left.len(), 2);
    assert!(left.contains(&made[3]) && left.contains(&made[2]));
    // The copy is a working database with the demo in it.
    let copy = Database::open(dekita::db::Location::SqliteFile(made[3].clone())).unwrap();
    let mut conn = copy.conn().unwrap();
    use diesel::prelude::*;
    let n: i64 = dekita::db::schema::participants::table
        .count()
        .get_result(&mut *conn)
        .unwrap();
    assert_eq!(n, 16);
}

#[actix_web::test]
async fn the_audit_trail_cannot_be_rewritten() {
    let app = TestApp::spawn().await;
    let token = app.token(THERAPIST).await;
    app.get("/api/v1/participants", &token).await;
    let db = match &app.database_url {
        Some(url) => Database::open(dekita::db::Location::Postgres(url.clone())).unwrap(),
        None => Database::open(dekita::db::Location::SqliteFile(
            app.data_dir.path().join("dekita.sqlite3"),
        ))
        .unwrap(),
    };
    let mut conn = db.conn().unwrap();
    use dekita::db::schema::audit_log;
    use diesel::prelude::*;
    let before: i64 = audit_log::table.count().get_result(&mut *conn).unwrap();
    assert!(before > 0);
    assert!(diesel::delete(audit_log::table)
        .execute(&mut *conn)
        .is_err());
    assert!(diesel::update(audit_log::table)
        .set(audit_log::action.eq("nothing"))
        .execute(&mut *conn)
        .is_err());
    let after: i64 = audit_log::table.count().get_result(&mut *conn).unwrap();
    assert_eq!(before, after);
}

#[actix_web::test]
async fn the_backup_command_copies_and_keeps_generations() {
    if backend_name() != "sqlite" {
        return;
    }
    let app = TestApp::builder().media_store("directory").spawn().await;
    let therapist = app.token(THERAPIST).await;
    let person = app.a_new_participant("控え").await;
    let phone = app
        .enroll_phone(&therapist, person["id"].as_str().unwrap())
        .await;
    let res = app
        .client
        .post(format!("{}/api/v1/me/photos", app.url))
        .bearer_auth(phone["access_token"].as_str().unwrap())
        .header("Content-Type", "image/jpeg")
        .body(a_jpeg(320, 240))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let res_id = res.json::<serde_json::Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let target = tempfile::tempdir().unwrap();
    for _ in 0..3 {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_dekita"))
            .args(["backup", "--keep", "2", "--to"])
            .arg(target.path())
            .arg("--data-dir")
            .arg(app.data_dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains("バックアップを作りました"));
    }
    // Two generations of the database, and the pictures beside them.
    assert_eq!(std::fs::read_dir(target.path()).unwrap().count(), 3);
    let kept = |dir: std::path::PathBuf| {
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        names
    };
    // The photo's two sizes, and those of the demo's place photos.
    let pictures = kept(target.path().join("media"));
    let photo_id = res_id;
    assert_eq!(
        pictures
            .iter()
            .filter(|n| n.to_string_lossy().starts_with(&photo_id))
            .count(),
        2
    );
    assert!(pictures.len() > 2);
    assert_eq!(pictures, kept(app.data_dir.path().join("media")));
}

#[actix_web::test]
async fn an_unknown_database_scheme_is_a_clear_error() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dekita"))
        .args([
            "backup",
            "--to",
            "/tmp/unused",
            "--database-url",
            "mysql://x@y/z",
        ])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("DATABASE_URL の形式が分かりません"));
}

/// SQLite's writes waiting together share one commit, each in its own savepoint: a write that
/// fails undoes only itself, one that panics undoes its group, and every write answered `Ok`
/// is stored while every one answered with an error left nothing behind.
#[actix_web::test]
async fn grouped_writes_are_stored_exactly_when_answered_ok() {
    if backend_name() != "sqlite" {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = Database::open(dekita::db::Location::SqliteFile(
        dir.path().join("g.sqlite3"),
    ))
    .unwrap();
    db.write(|conn| {
        diesel::connection::SimpleConnection::batch_execute(
            conn,
            "CREATE TABLE scratch (n INTEGER PRIMARY KEY)",
        )?;
        Ok(())
    })
    .await
    .unwrap();
    let writes = (0..300i64).map(|n| {
        let db = db.clone();
        async move {
            let answer = db
                .write(move |conn| {
                    diesel::sql_query(format!("INSERT INTO scratch (n) VALUES ({n})"))
                        .execute(conn)?;
                    if n % 7 == 3 {
                        return Err(dekita::error::AppError::validation("refused on purpose"));
                    }
                    if n == 150 {
                        panic!("a write that panics on purpose");
                    }
                    Ok(n)
                })
                .await;
            (n, answer.is_ok())
        }
    });
    let answers = futures_join_all(writes).await;
    #[derive(QueryableByName)]
    struct N {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let stored: std::collections::HashSet<i64> = db
        .run(|conn| {
            Ok(diesel::sql_query("SELECT n FROM scratch")
                .load::<N>(conn)?
                .into_iter()
                .map(|r| r.n)
                .collect())
        })
        .await
        .unwrap();
    let mut ok = 0;
    for (n, answered_ok) in answers {
        assert_eq!(stored.contains(&n), answered_ok, "write {n}");
        if n % 7 == 3 || n == 150 {
            assert!(!answered_ok, "write {n} should have failed");
        }
        ok += answered_ok as usize;
    }
    // Only the panicking write's group may take innocent writes down with it.
    assert!(ok >= 300 - 43 - 1 - 64, "only {ok} writes stored");
    // The writer goes on after the panic.
    assert_eq!(
        db.write(|conn| Ok(
            diesel::sql_query("INSERT INTO scratch (n) VALUES (1000)").execute(conn)?
        ))
        .await
        .unwrap(),
        1
    );
}

/// Reads and writes are kept apart: a connection from `Database::run` cannot write, on
/// either database (an update and a new table are both errors and leave nothing behind),
/// while the same through `Database::write` works.
#[actix_web::test]
async fn a_write_through_run_fails() {
    use dekita::db::schema::participants;
    use diesel::prelude::*;
    let app = TestApp::spawn().await;
    let db = app.database();
    let renamed = |db: Database| async move {
        db.run(|conn| {
            Ok(participants::table
                .filter(participants::given_name.eq("書き込めない"))
                .count()
                .get_result::<i64>(conn)?)
        })
        .await
        .unwrap()
    };
    let rename = |conn: &mut DbConn| {
        Ok(diesel::update(participants::table)
            .set(participants::given_name.eq("書き込めない"))
            .execute(conn)?)
    };
    assert!(
        db.run(rename).await.is_err(),
        "an update through run is refused"
    );
    assert!(db
        .run(|conn| Ok(diesel::sql_query("CREATE TABLE nope (n INTEGER)").execute(conn)?))
        .await
        .is_err());
    assert_eq!(renamed(db.clone()).await, 0, "nothing was changed");
    // The connections stay usable for reading after a refused write.
    assert!(db.ping().await);
    let changed = db.write(rename).await.unwrap();
    assert!(changed > 0);
    assert_eq!(renamed(db.clone()).await as usize, changed);
}
