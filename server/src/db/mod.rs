//! Storage: one diesel connection type over SQLite (default) and PostgreSQL.
//!
//! Every query lives in this module's children and takes the caller's [`Scope`], so a handler
//! cannot forget municipality, role or provider. Reads and writes are kept apart:
//! [`Database::run`] hands out a connection of the read pool, which cannot write (SQLite
//! `query_only`, PostgreSQL read-only transactions), and [`Database::write`] is the only way
//! to write. Writes go through [`write`], which begins SQLite transactions IMMEDIATE: a
//! deferred read-then-write transaction fails with SQLITE_BUSY at once when another writer
//! holds the lock, whatever the busy timeout. A staff read that must leave an audit row
//! answers [`audit::Audited`]: the read runs on the read pool, then the row is appended with a
//! small write ([`Database::audited`]).

pub mod admin;
pub mod admin_staff;
pub mod assessments;
pub mod audit;
pub mod calendar;
pub mod cohorts;
pub mod consents;
pub mod daily;
pub mod demo;
mod demo_exit;
mod demo_followups;
mod demo_outcomes;
pub mod demo_places;
mod demo_record;
mod demo_volunteers;
pub mod devices;
pub mod evaluation;
pub mod evaluation_people;
pub mod evaluation_settings;
pub mod family;
pub mod fhir;
pub mod followups;
pub mod goals;
pub mod graduation;
mod group_commit;
pub mod handoffs;
pub mod interviews;
pub mod keys;
pub mod notebook;
pub mod overview;
pub mod participants;
pub mod performance;
pub mod places;
pub mod privacy;
pub mod push;
pub mod record;
pub mod referrer_feedback;
pub mod schema;
pub mod scope;
pub mod screenings;
pub mod session_day;
pub mod sessions;
pub mod staff;
pub mod take_home;
pub mod tokens;
pub mod two_factor;
pub mod versioned;
pub mod volunteers;

use std::path::{Path, PathBuf};
use std::time::Duration;

use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::prelude::*;
use diesel::r2d2::{self, ManageConnection, R2D2Connection};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

use crate::error::AppError;
pub use scope::StaffScope;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// Health records: an acknowledged write must survive power loss, hence `synchronous=FULL`.
/// The busy timeout comes first: switching a new file to WAL takes a lock that the pool's
/// other connections, opened at the same moment, must wait for rather than fail on.
const SQLITE_PRAGMAS: &str = "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; \
     PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;";

#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Postgres(diesel::PgConnection),
    Sqlite(diesel::SqliteConnection),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Where the data lives, parsed from configuration.
#[derive(Debug, Clone)]
pub enum Location {
    SqliteFile(PathBuf),
    Postgres(String),
}

impl Location {
    /// `postgres://…` or `postgresql://…` selects PostgreSQL; `sqlite://path` or a bare path SQLite.
    pub fn parse(url: &str) -> Result<Self, AppError> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Location::Postgres(url.to_owned()))
        } else if let Some(path) = url.strip_prefix("sqlite://") {
            Ok(Location::SqliteFile(PathBuf::from(path)))
        } else if url.contains("://") {
            Err(AppError::Config(format!(
                "DATABASE_URL の形式が分かりません（postgres:// か sqlite:// を使ってください）: {}",
                url.split("://").next().unwrap_or_default()
            )))
        } else {
            Ok(Location::SqliteFile(PathBuf::from(url)))
        }
    }

    pub fn backend(&self) -> Backend {
        match self {
            Location::SqliteFile(_) => Backend::Sqlite,
            Location::Postgres(_) => Backend::Postgres,
        }
    }
}

/// Read connections refuse every write: SQLite's `query_only` makes any change to the file an
/// error, and on PostgreSQL every transaction of the session is read-only.
///
/// PostgreSQL also plans every read with its values (`force_custom_plan`). Its default, after
/// five runs of a kept statement, may switch to one plan made for any value; for the reads
/// whose filters are there or not by the caller's choice (`x IS NULL OR …`) or whose size
/// goes from one person to a town's year, such a plan expects one row where there are ten
/// thousand. Planning a read anew costs a fraction of a millisecond.
const SQLITE_READ_ONLY: &str = "PRAGMA query_only = ON;";
const POSTGRES_READ_ONLY: &str =
    "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY; SET plan_cache_mode = force_custom_plan";

/// Opens connections of the configured backend only: diesel's derived `establish` would try
/// each backend in turn, and SQLite happily opens a file named like a PostgreSQL URL.
pub struct Manager {
    location: Location,
    read_only: bool,
}

impl ManageConnection for Manager {
    type Connection = DbConn;
    type Error = diesel::r2d2::Error;

    fn connect(&self) -> Result<DbConn, Self::Error> {
        match &self.location {
            Location::Postgres(url) => {
                let mut conn = diesel::PgConnection::establish(url)
                    .map_err(diesel::r2d2::Error::ConnectionError)?;
                if self.read_only {
                    conn.batch_execute(POSTGRES_READ_ONLY)
                        .map_err(diesel::r2d2::Error::QueryError)?;
                }
                Ok(DbConn::Postgres(conn))
            }
            Location::SqliteFile(path) => {
                let mut conn = diesel::SqliteConnection::establish(&path.to_string_lossy())
                    .map_err(diesel::r2d2::Error::ConnectionError)?;
                conn.batch_execute(SQLITE_PRAGMAS)
                    .map_err(diesel::r2d2::Error::QueryError)?;
                if self.read_only {
                    conn.batch_execute(SQLITE_READ_ONLY)
                        .map_err(diesel::r2d2::Error::QueryError)?;
                }
                Ok(DbConn::Sqlite(conn))
            }
        }
    }

    fn is_valid(&self, conn: &mut DbConn) -> Result<(), Self::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(diesel::r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConn) -> bool {
        match conn {
            DbConn::Postgres(c) => c.is_broken(),
            DbConn::Sqlite(c) => c.is_broken(),
        }
    }
}

pub type Pool = r2d2::Pool<Manager>;
pub type Conn = r2d2::PooledConnection<Manager>;

/// The shared handle to the database; cheap to clone.
#[derive(Clone)]
pub struct Database {
    /// Connections that can write: SQLite's writer thread (and [`Database::conn`]), or
    /// PostgreSQL's writes side by side.
    pool: Pool,
    /// Connections that cannot write, for [`Database::run`].
    reads: Pool,
    backend: Backend,
    /// SQLite has one writer at a time. Its writes queue here, in order, for one writer
    /// thread (instead of SQLite's busy handler, which sleeps in steps of up to 100 ms), and
    /// the writes waiting together share one commit: see [`group_commit`].
    writer: Option<std::sync::mpsc::Sender<Box<dyn group_commit::Job>>>,
}

impl Database {
    /// Connects and runs the embedded migrations of the chosen backend.
    pub fn open(location: Location) -> Result<Self, AppError> {
        if let Location::SqliteFile(path) = &location {
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| {
                    AppError::Config(format!(
                        "データ用フォルダを作れません {}: {e}",
                        dir.display()
                    ))
                })?;
            }
        }
        if let Location::SqliteFile(_) = &location {
            // Switch a new file to WAL once, alone: SQLite may refuse the switch at once
            // (without waiting) while the pool's other connections are opening.
            Manager {
                location: location.clone(),
                read_only: false,
            }
            .connect()
            .map_err(|e| AppError::Config(format!("データベースを開けません: {e}")))?;
        }
        let backend = location.backend();
        let (writers, readers) = match backend {
            // One writer at a time anyway (the writer thread's connection, and one for
            // start-up and maintenance); a few readers keep staff screens responsive.
            Backend::Sqlite => (2, 4),
            Backend::Postgres => (10, 10),
        };
        let build = |size: u32, read_only: bool| {
            r2d2::Pool::builder()
                .max_size(size)
                .connection_timeout(Duration::from_secs(10))
                .build(Manager {
                    location: location.clone(),
                    read_only,
                })
                .map_err(|e| AppError::Config(format!("データベースに接続できません: {e}")))
        };
        let pool = build(writers, false)?;
        let writer = match backend {
            Backend::Sqlite => Some(group_commit::start(pool.clone())?),
            Backend::Postgres => None,
        };
        let mut db = Database {
            reads: pool.clone(),
            pool,
            backend,
            writer,
        };
        db.migrate()?;
        // Opened after the migrations, so a read connection never sees the schema change.
        db.reads = build(readers, true)?;
        Ok(db)
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// How many writes run side by side: SQLite's one writer, PostgreSQL's pool.
    pub fn write_concurrency(&self) -> usize {
        match self.backend {
            Backend::Sqlite => 1,
            Backend::Postgres => self.pool.max_size() as usize,
        }
    }

    fn migrate(&self) -> Result<(), AppError> {
        let mut conn = self.conn()?;
        let result = match &mut *conn {
            DbConn::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|_| ()),
            DbConn::Postgres(c) => c.run_pending_migrations(POSTGRES_MIGRATIONS).map(|_| ()),
        };
        result.map_err(|e| AppError::Config(format!("マイグレーションに失敗しました: {e}")))
    }

    /// A connection that can write, outside the writer: for start-up (keys, the demo),
    /// maintenance (backups) and tests. Requests read with [`Database::run`] and write with
    /// [`Database::write`].
    pub fn conn(&self) -> Result<Conn, AppError> {
        get(&self.pool)
    }

    /// Runs blocking database reads off the async threads, on a connection that cannot
    /// write: an attempt to is an error.
    pub async fn run<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConn) -> Result<T, AppError> + Send + 'static,
    {
        let reads = self.reads.clone();
        actix_web::web::block(move || {
            let mut conn = get(&reads)?;
            f(&mut conn)
        })
        .await
        .map_err(|e| AppError::Internal(format!("blocking task failed: {e}")))?
    }

    /// A staff read that leaves a trace: the read runs like [`Database::run`], then what it
    /// owes the audit trail is appended in one small write (shared, on SQLite, with the other
    /// writes waiting at that moment). Nothing is answered unless its audit rows are stored.
    pub async fn audited<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConn) -> Result<audit::Audited<T>, AppError> + Send + 'static,
    {
        let (value, entries) = self.run(f).await?.into_parts();
        if !entries.is_empty() {
            self.write(move |conn| audit::append(conn, &entries))
                .await?;
        }
        Ok(value)
    }

    /// Like [`Database::audited`], for a report whose reads can go side by side: the closure
    /// also gets a second read connection when one is free at this very moment (never waited
    /// for: a request holding one connection while it waits for another could starve the
    /// others), and `None` otherwise, when it reads everything on the first.
    pub async fn audited_wide<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConn, Option<&mut DbConn>) -> Result<audit::Audited<T>, AppError>
            + Send
            + 'static,
    {
        let reads = self.reads.clone();
        self.audited(move |conn| {
            let mut spare = reads.try_get();
            f(conn, spare.as_deref_mut())
        })
        .await
    }

    /// Like [`Database::run`], inside one write transaction. On SQLite the transaction may be
    /// shared with other writes that were waiting at the same time (each in its own savepoint,
    /// so one's error undoes only its own work); the answer comes after the commit.
    pub async fn write<T, F>(&self, f: F) -> Result<T, AppError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConn) -> Result<T, AppError> + Send + 'static,
    {
        if let Some(writer) = &self.writer {
            let (job, answer) = group_commit::job(f);
            writer
                .send(job)
                .map_err(|_| AppError::Internal("the writer thread has stopped".into()))?;
            return answer
                .await
                .map_err(|_| AppError::Internal("a write was dropped unanswered".into()))?;
        }
        let pool = self.pool.clone();
        actix_web::web::block(move || {
            let mut conn = get(&pool)?;
            write(&mut conn, f)
        })
        .await
        .map_err(|e| AppError::Internal(format!("blocking task failed: {e}")))?
    }

    /// Whether the database answers (for `/readyz`).
    pub async fn ping(&self) -> bool {
        self.run(|conn| {
            conn.batch_execute("SELECT 1")?;
            Ok(())
        })
        .await
        .is_ok()
    }

    /// A consistent online copy (SQLite `VACUUM INTO`), keeping the newest `keep` generations.
    pub fn backup(&self, dir: &Path, keep: usize) -> Result<PathBuf, AppError> {
        let mut conn = self.conn()?;
        let DbConn::Sqlite(sqlite) = &mut *conn else {
            return Err(AppError::Config(
                "PostgreSQL のバックアップは pg_dump で行います（README の「バックアップ」を参照）。"
                    .into(),
            ));
        };
        std::fs::create_dir_all(dir)
            .map_err(|e| AppError::Config(format!("{} を作れません: {e}", dir.display())))?;
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S%.3fZ");
        let target = dir.join(format!("dekita-{stamp}.sqlite3"));
        diesel::sql_query("VACUUM INTO ?")
            .bind::<diesel::sql_types::Text, _>(target.to_string_lossy().into_owned())
            .execute(sqlite)?;
        prune_generations(dir, keep.max(1))?;
        Ok(target)
    }
}

fn get(pool: &Pool) -> Result<Conn, AppError> {
    pool.get().map_err(|e| {
        tracing::error!(error = %e, "no database connection");
        AppError::Unavailable
    })
}

/// Deletes all but the newest `keep` backups (names sort by their UTC time stamp).
fn prune_generations(dir: &Path, keep: usize) -> Result<(), AppError> {
    let mut backups: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| AppError::Config(format!("{} を読めません: {e}", dir.display())))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("dekita-") && n.ends_with(".sqlite3"))
        })
        .collect();
    backups.sort();
    let excess = backups.len().saturating_sub(keep);
    for old in &backups[..excess] {
        std::fs::remove_file(old)
            .map_err(|e| AppError::Config(format!("{} を消せません: {e}", old.display())))?;
    }
    Ok(())
}

/// One write transaction; on SQLite begun IMMEDIATE (see the module note).
pub fn write<T, F>(conn: &mut DbConn, f: F) -> Result<T, AppError>
where
    F: FnOnce(&mut DbConn) -> Result<T, AppError>,
{
    if let DbConn::Postgres(_) = conn {
        return conn.transaction(f);
    }
    on_sqlite(conn, |c| {
        AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE")
    })?;
    match f(conn) {
        Ok(value) => {
            on_sqlite(conn, AnsiTransactionManager::commit_transaction)?;
            Ok(value)
        }
        Err(e) => {
            on_sqlite(conn, AnsiTransactionManager::rollback_transaction)?;
            Err(e)
        }
    }
}

fn on_sqlite(
    conn: &mut DbConn,
    op: impl FnOnce(&mut diesel::SqliteConnection) -> QueryResult<()>,
) -> QueryResult<()> {
    match conn {
        DbConn::Sqlite(c) => op(c),
        DbConn::Postgres(_) => Ok(()),
    }
}

/// The most ids a query binds as a list (`eq_any(&ids)`), where a subquery cannot say who:
/// longer lists go a batch at a time. SQLite takes at most 32,766 parameters in a statement
/// and PostgreSQL 65,535, and a municipality's people can be more.
pub const ID_BATCH: usize = 1_000;

/// A new time-ordered id.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// Now, in UTC, to the microsecond (both backends keep microseconds).
pub fn now() -> chrono::NaiveDateTime {
    let t = chrono::Utc::now().naive_utc();
    chrono::Timelike::with_nanosecond(&t, t.and_utc().timestamp_subsec_micros() * 1000).unwrap_or(t)
}

#[cfg(test)]
mod upgrade_tests {
    use super::*;
    use diesel::sql_types::{BigInt, Text};

    #[derive(QueryableByName, Debug, PartialEq)]
    struct Picture {
        #[diesel(sql_type = Text)]
        id: String,
        #[diesel(sql_type = Text)]
        purpose: String,
        #[diesel(sql_type = diesel::sql_types::Nullable<Text>)]
        participant_id: Option<String>,
    }

    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = BigInt)]
        n: i64,
    }

    #[derive(QueryableByName)]
    struct One {
        #[diesel(sql_type = Text)]
        id: String,
    }

    fn one(conn: &mut SqliteConnection, sql: &str) -> String {
        diesel::sql_query(sql).get_result::<One>(conn).unwrap().id
    }

    fn count(conn: &mut SqliteConnection, sql: &str) -> i64 {
        diesel::sql_query(sql).get_result::<Count>(conn).unwrap().n
    }

    fn pictures(conn: &mut SqliteConnection) -> Vec<Picture> {
        diesel::sql_query("SELECT id, purpose, participant_id FROM media ORDER BY id")
            .load(conn)
            .unwrap()
    }

    /// A database at the migration before the place photos, with the demo, a diary photo and
    /// an exercise picture a local exercise refers to, is upgraded with foreign keys on: the
    /// rebuilt `media` keeps every row, the exercise still points at its picture, the
    /// reference is still enforced, and a place photo can be kept.
    #[test]
    fn the_place_photos_migration_keeps_every_picture_and_reference() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.sqlite3");
        let mut conn = SqliteConnection::establish(&path.to_string_lossy()).unwrap();
        conn.batch_execute("PRAGMA foreign_keys = ON;").unwrap();
        let target = "20261206000001";
        loop {
            let pending = conn.pending_migrations(SQLITE_MIGRATIONS).unwrap();
            let next = pending
                .first()
                .expect("the place photos migration is pending");
            if next.name().version().to_string() == target {
                break;
            }
            conn.run_next_migration(SQLITE_MIGRATIONS).unwrap();
        }
        let mut multi = DbConn::Sqlite(conn);
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        demo::load(&mut multi, today).unwrap();
        let DbConn::Sqlite(mut conn) = multi else {
            unreachable!()
        };
        let town = one(
            &mut conn,
            "SELECT id FROM municipalities ORDER BY id LIMIT 1",
        );
        let person = one(
            &mut conn,
            &format!("SELECT id FROM participants WHERE municipality_id = '{town}' LIMIT 1"),
        );
        let staff = one(
            &mut conn,
            &format!("SELECT id FROM staff WHERE municipality_id = '{town}' LIMIT 1"),
        );
        conn.batch_execute(&format!(
            "INSERT INTO media (id, municipality_id, participant_id, purpose, width, height, created_at)
                VALUES ('00000000-0000-7000-8000-000000000001', '{town}', '{person}', 'diary_photo', 1280, 960, '2026-11-30 09:00:00'),
                       ('00000000-0000-7000-8000-000000000002', '{town}', NULL, 'exercise_picture', 800, 600, '2026-11-30 09:00:00');
             INSERT INTO local_exercises (id, municipality_id, key, title, area, level, unit, steps, safety, picture_id, created_by, created_at)
                VALUES ('upgrade-exercise', '{town}', 'upgrade_exercise', '試験の体操', 'balance', 1, 'reps', '[]', '[]',
                        '00000000-0000-7000-8000-000000000002', '{staff}', '2026-11-30 09:00:00');"
        ))
        .unwrap();
        let before = pictures(&mut conn);
        assert_eq!(before.len(), 2);

        conn.run_pending_migrations(SQLITE_MIGRATIONS).unwrap();

        assert_eq!(pictures(&mut conn), before, "every picture kept as it was");
        assert_eq!(
            one(
                &mut conn,
                "SELECT picture_id AS id FROM local_exercises WHERE id = 'upgrade-exercise'"
            ),
            "00000000-0000-7000-8000-000000000002"
        );
        assert_eq!(
            count(
                &mut conn,
                "SELECT COUNT(*) AS n FROM pragma_foreign_key_check"
            ),
            0
        );
        // The exercise still refers to `media` (not to a table that is gone), and it is enforced.
        let schema = one(
            &mut conn,
            "SELECT sql AS id FROM sqlite_master WHERE name = 'local_exercises'",
        );
        assert!(schema.contains("REFERENCES \"media\"(id)"), "{schema}");
        assert!(conn
            .batch_execute("DELETE FROM media WHERE id = '00000000-0000-7000-8000-000000000002'")
            .is_err());
        // The new purpose is accepted, an unknown one still refused.
        conn.batch_execute(&format!(
            "INSERT INTO media (id, municipality_id, participant_id, purpose, width, height, created_at)
                VALUES ('00000000-0000-7000-8000-000000000003', '{town}', NULL, 'place_photo', 640, 480, '2026-12-06 09:00:00')"
        ))
        .unwrap();
        assert!(conn
            .batch_execute(&format!(
                "INSERT INTO media (id, municipality_id, participant_id, purpose, width, height, created_at)
                    VALUES ('00000000-0000-7000-8000-000000000004', '{town}', NULL, 'selfie', 1, 1, '2026-12-06 09:00:00')"
            ))
            .is_err());
    }
}
