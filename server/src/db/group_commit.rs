//! Group commit for SQLite: one writer thread takes the writes that are waiting, runs each in
//! its own savepoint inside one `BEGIN IMMEDIATE` transaction, commits once, then answers
//! them all. Under `synchronous=FULL` every commit is a disk flush; with many phones syncing
//! at once they now share the flush instead of queueing for one each. A lone write is
//! committed at once, as before. Nothing is answered before its commit is on disk, and a
//! failed commit is an error for every write of the group.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver, Sender};

use diesel::connection::{AnsiTransactionManager, Connection, TransactionManager};
use tokio::sync::oneshot;

use super::{DbConn, Pool};
use crate::error::AppError;

/// At most this many writes share one commit, so no answer waits behind too many others.
const GROUP_MAX: usize = 64;

/// What to do once the group's fate is known: `None` committed, `Some(why)` it failed.
type Deliver = Box<dyn FnOnce(Option<&str>) + Send>;

/// One queued write.
pub trait Job: Send {
    /// Runs the write in a savepoint of the open transaction.
    fn run(self: Box<Self>, conn: &mut DbConn) -> Deliver;
    /// The write could not even start.
    fn fail(self: Box<Self>, why: &str);
}

struct Pending<T, F> {
    f: F,
    reply: oneshot::Sender<Result<T, AppError>>,
}

impl<T, F> Job for Pending<T, F>
where
    T: Send + 'static,
    F: FnOnce(&mut DbConn) -> Result<T, AppError> + Send + 'static,
{
    fn run(self: Box<Self>, conn: &mut DbConn) -> Deliver {
        let Pending { f, reply } = *self;
        match conn.transaction(f) {
            Ok(value) => Box::new(move |failed: Option<&str>| {
                let _ = reply.send(match failed {
                    None => Ok(value),
                    Some(why) => Err(AppError::Internal(format!("database commit: {why}"))),
                });
            }),
            Err(e) => {
                // Its savepoint is rolled back; the others go on.
                let _ = reply.send(Err(e));
                Box::new(|_: Option<&str>| {})
            }
        }
    }

    fn fail(self: Box<Self>, why: &str) {
        let _ = self
            .reply
            .send(Err(AppError::Internal(format!("database: {why}"))));
    }
}

/// Wraps a write for the queue; the receiver gets its answer after the commit.
pub fn job<T, F>(f: F) -> (Box<dyn Job>, oneshot::Receiver<Result<T, AppError>>)
where
    T: Send + 'static,
    F: FnOnce(&mut DbConn) -> Result<T, AppError> + Send + 'static,
{
    let (reply, answer) = oneshot::channel();
    (Box::new(Pending { f, reply }), answer)
}

/// Starts the writer thread; it ends when the last sender (the last `Database`) is gone.
pub fn start(pool: Pool) -> Result<Sender<Box<dyn Job>>, AppError> {
    let (tx, rx) = mpsc::channel::<Box<dyn Job>>();
    std::thread::Builder::new()
        .name("dekita-sqlite-writer".into())
        .spawn(move || writer(pool, rx))
        .map_err(|e| AppError::Config(format!("書き込み用スレッドを作れません: {e}")))?;
    Ok(tx)
}

fn writer(pool: Pool, jobs: Receiver<Box<dyn Job>>) {
    while let Ok(first) = jobs.recv() {
        let mut group = vec![first];
        while group.len() < GROUP_MAX {
            match jobs.try_recv() {
                Ok(job) => group.push(job),
                Err(_) => break,
            }
        }
        commit_group(&pool, group);
    }
}

fn commit_group(pool: &Pool, group: Vec<Box<dyn Job>>) {
    let mut conn = match pool.get() {
        Ok(conn) => conn,
        Err(e) => {
            tracing::error!(error = %e, "no database connection for writing");
            let why = e.to_string();
            group.into_iter().for_each(|job| job.fail(&why));
            return;
        }
    };
    let DbConn::Sqlite(c) = &mut *conn else {
        unreachable!("group commit is only started for SQLite")
    };
    if let Err(e) = AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE") {
        let why = e.to_string();
        group.into_iter().for_each(|job| job.fail(&why));
        return;
    }
    let mut delivered = Vec::with_capacity(group.len());
    let mut jobs = group.into_iter();
    for job in jobs.by_ref() {
        match catch_unwind(AssertUnwindSafe(|| job.run(&mut conn))) {
            Ok(deliver) => delivered.push(deliver),
            Err(_) => {
                // A write panicked (its own caller sees it as dropped). Undo the whole group,
                // tell those already run, and give the rest a transaction of their own.
                tracing::error!("a database write panicked; its group is rolled back");
                if let DbConn::Sqlite(c) = &mut *conn {
                    while matches!(
                        AnsiTransactionManager::transaction_manager_status_mut(c)
                            .transaction_depth(),
                        Ok(Some(_))
                    ) {
                        if AnsiTransactionManager::rollback_transaction(c).is_err() {
                            break;
                        }
                    }
                }
                delivered
                    .into_iter()
                    .for_each(|d| d(Some("rolled back with a failed write")));
                drop(conn);
                let rest: Vec<_> = jobs.collect();
                if !rest.is_empty() {
                    commit_group(pool, rest);
                }
                return;
            }
        }
    }
    let DbConn::Sqlite(c) = &mut *conn else {
        unreachable!()
    };
    match AnsiTransactionManager::commit_transaction(c) {
        Ok(()) => delivered.into_iter().for_each(|d| d(None)),
        Err(e) => {
            let _ = AnsiTransactionManager::rollback_transaction(c);
            let why = e.to_string();
            delivered.into_iter().for_each(|d| d(Some(&why)));
        }
    }
}
