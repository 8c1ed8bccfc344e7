//! The job table: insert (deduplicated), claim with a lease, finish, retry later.
//!
//! A job is due when its `run_at` has come, it is not done, and nobody holds a live lease on
//! it. Claiming sets the lease in the same transaction that picks the rows: on PostgreSQL
//! with `FOR UPDATE SKIP LOCKED` (another server's claim skips those rows rather than
//! waiting or taking them too), on SQLite in an IMMEDIATE transaction (one writer at a time).
//! A server that dies mid-job leaves a lease that runs out; the job is then due again.
//! Finishing is guarded by the lease owner, so a server whose lease ran out cannot mark
//! another server's work.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::Notification;
use crate::db::schema::{devices, jobs, push_subscriptions};
use crate::db::{now, DbConn};
use crate::domain::ids::{JobId, ParticipantId};
use crate::error::AppError;
use crate::push::Target;

/// How long a claim holds a job: well beyond a send's timeout.
pub const LEASE: Duration = Duration::minutes(2);

/// Deliveries tried this often before giving up.
pub const MAX_ATTEMPTS: i32 = 10;

/// Jobs claimed at once.
pub const BATCH: i64 = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A notification for all of a participant's phones; becomes one `Push` per phone.
    Notify,
    /// One notification to one subscription.
    Push,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Notify => "notify",
            Kind::Push => "push",
        }
    }
}

/// What a `push` job carries.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PushJob {
    pub subscription_id: String,
    pub notification: Notification,
}

#[derive(Debug, Clone, Queryable)]
pub struct Job {
    pub id: JobId,
    pub kind: String,
    pub participant_id: ParticipantId,
    pub payload: String,
    pub dedupe_key: String,
    /// Including the current one.
    pub attempts: i32,
}

/// Inserts a job unless one with the same dedupe key exists (then nothing happens).
pub fn insert(
    conn: &mut DbConn,
    kind: Kind,
    participant_id: &ParticipantId,
    payload: &str,
    dedupe_key: &str,
    run_at: NaiveDateTime,
) -> Result<(), AppError> {
    insert_kind(
        conn,
        kind.as_str(),
        participant_id,
        payload,
        dedupe_key,
        run_at,
    )
}

/// [`insert`] for a job of another part of the server (e.g. the follow-up tasks), named by
/// its kind.
pub fn insert_kind(
    conn: &mut DbConn,
    kind: &str,
    participant_id: &ParticipantId,
    payload: &str,
    dedupe_key: &str,
    run_at: NaiveDateTime,
) -> Result<(), AppError> {
    // `ON CONFLICT DO NOTHING` rather than catching the unique violation: on PostgreSQL a
    // failed statement would abort the caller's transaction. Both backends speak it, but
    // diesel offers it per backend only.
    let values = (
        jobs::id.eq(JobId::generate()),
        jobs::kind.eq(kind),
        jobs::participant_id.eq(participant_id),
        jobs::payload.eq(payload),
        jobs::dedupe_key.eq(dedupe_key),
        jobs::run_at.eq(run_at),
        jobs::attempts.eq(0),
        jobs::created_at.eq(now()),
    );
    let statement = diesel::insert_into(jobs::table)
        .values(values)
        .on_conflict(jobs::dedupe_key)
        .do_nothing();
    match conn {
        DbConn::Postgres(pg) => statement.execute(pg)?,
        DbConn::Sqlite(sqlite) => statement.execute(sqlite)?,
    };
    Ok(())
}

/// Whether any job is due at `at`: mostly none is, and this read lets an idle runner skip
/// the write of [`claim`].
pub fn any_due(conn: &mut DbConn, at: NaiveDateTime) -> Result<bool, AppError> {
    Ok(jobs::table
        .filter(jobs::done_at.is_null())
        .filter(jobs::run_at.le(at))
        .filter(jobs::lease_until.is_null().or(jobs::lease_until.lt(at)))
        .select(jobs::id)
        .first::<String>(conn)
        .optional()?
        .is_some())
}

/// Claims up to [`BATCH`] due jobs for `owner` until `at + LEASE`, in the caller's write
/// (on SQLite an IMMEDIATE transaction keeps every other writer out; on PostgreSQL the rows
/// are locked, skipping those another server is claiming).
pub fn claim(conn: &mut DbConn, owner: &str, at: NaiveDateTime) -> Result<Vec<Job>, AppError> {
    {
        let due = jobs::done_at
            .is_null()
            .and(jobs::run_at.le(at))
            .and(jobs::lease_until.is_null().or(jobs::lease_until.lt(at)));
        let ids: Vec<JobId> = match conn {
            DbConn::Postgres(pg) => jobs::table
                .filter(due)
                .order(jobs::run_at.asc())
                .limit(BATCH)
                .select(jobs::id)
                .for_update()
                .skip_locked()
                .load(pg)?,
            // The IMMEDIATE transaction already keeps every other writer out.
            DbConn::Sqlite(sqlite) => jobs::table
                .filter(due)
                .order(jobs::run_at.asc())
                .limit(BATCH)
                .select(jobs::id)
                .load(sqlite)?,
        };
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        diesel::update(jobs::table.filter(jobs::id.eq_any(&ids)))
            .set((
                jobs::lease_owner.eq(Some(owner)),
                jobs::lease_until.eq(Some(at + LEASE)),
                jobs::attempts.eq(jobs::attempts + 1),
            ))
            .execute(conn)?;
        Ok(jobs::table
            .filter(jobs::id.eq_any(&ids))
            .order(jobs::run_at.asc())
            .select((
                jobs::id,
                jobs::kind,
                jobs::participant_id,
                jobs::payload,
                jobs::dedupe_key,
                jobs::attempts,
            ))
            .load(conn)?)
    }
}

/// Marks the job done (with what went wrong, if anything). False when `owner` no longer
/// holds it.
pub fn finish(
    conn: &mut DbConn,
    id: &JobId,
    owner: &str,
    error: Option<&str>,
) -> Result<bool, AppError> {
    let changed = diesel::update(
        jobs::table
            .filter(jobs::id.eq(id))
            .filter(jobs::lease_owner.eq(owner))
            .filter(jobs::done_at.is_null()),
    )
    .set((
        jobs::done_at.eq(Some(now())),
        jobs::lease_owner.eq(None::<String>),
        jobs::lease_until.eq(None::<NaiveDateTime>),
        jobs::last_error.eq(error),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

/// Gives the job back, due again at `run_at`.
pub fn retry_at(
    conn: &mut DbConn,
    id: &JobId,
    owner: &str,
    run_at: NaiveDateTime,
    error: &str,
) -> Result<bool, AppError> {
    let changed = diesel::update(
        jobs::table
            .filter(jobs::id.eq(id))
            .filter(jobs::lease_owner.eq(owner))
            .filter(jobs::done_at.is_null()),
    )
    .set((
        jobs::run_at.eq(run_at),
        jobs::lease_owner.eq(None::<String>),
        jobs::lease_until.eq(None::<NaiveDateTime>),
        jobs::last_error.eq(Some(error)),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

/// The wait before attempt `attempts + 1`: the push service's `Retry-After` when it gave one
/// (never sooner), else 30 s doubling each time, at most an hour.
pub fn backoff(attempts: i32, retry_after: Option<std::time::Duration>) -> Duration {
    if let Some(after) = retry_after {
        let secs = after.as_secs_f64().ceil() as i64;
        return Duration::seconds(secs.clamp(1, 24 * 3600));
    }
    let exponent = attempts.clamp(1, 8) - 1;
    Duration::seconds((30i64 << exponent).min(3600))
}

/// The ids of a participant's live subscriptions (their phone still bound).
fn subscriptions(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<Vec<String>, AppError> {
    Ok(push_subscriptions::table
        .inner_join(devices::table)
        .filter(push_subscriptions::participant_id.eq(participant_id))
        .filter(devices::revoked_at.is_null())
        .select(push_subscriptions::id)
        .order(push_subscriptions::id)
        .load(conn)?)
}

/// Turns a claimed `notify` job into one `push` job per live subscription and finishes it,
/// in the caller's write. Returns how many deliveries were queued.
pub fn fan_out(conn: &mut DbConn, job: &Job, owner: &str) -> Result<usize, AppError> {
    let notification: Notification = serde_json::from_str(&job.payload)
        .map_err(|e| AppError::Internal(format!("job payload: {e}")))?;
    {
        let subscriptions = subscriptions(conn, &job.participant_id)?;
        for subscription_id in &subscriptions {
            let payload = serde_json::to_string(&PushJob {
                subscription_id: subscription_id.clone(),
                notification: notification.clone(),
            })
            .map_err(|e| AppError::Internal(format!("json: {e}")))?;
            insert(
                conn,
                Kind::Push,
                &job.participant_id,
                &payload,
                &format!("{}#{subscription_id}", job.dedupe_key),
                now(),
            )?;
        }
        let note = subscriptions.is_empty().then_some("no subscription");
        if !finish(conn, &job.id, owner, note)? {
            // Our lease ran out and someone else has the job: undo, they will do it.
            return Err(AppError::Conflict("lease lost".into()));
        }
        Ok(subscriptions.len())
    }
}

/// Where a `push` job goes, while the subscription exists and its phone is still bound.
pub fn target(conn: &mut DbConn, subscription_id: &str) -> Result<Option<Target>, AppError> {
    Ok(push_subscriptions::table
        .inner_join(devices::table)
        .filter(push_subscriptions::id.eq(subscription_id))
        .filter(devices::revoked_at.is_null())
        .select((
            push_subscriptions::endpoint,
            push_subscriptions::p256dh,
            push_subscriptions::auth,
        ))
        .first::<(String, String, String)>(conn)
        .optional()?
        .map(|(endpoint, p256dh, auth)| Target {
            endpoint,
            p256dh,
            auth,
        }))
}

/// The push service said the subscription is gone (404/410): forget it, matched on its
/// endpoint (the browser may have subscribed again under a new id), and finish the job, in
/// the caller's write.
pub fn forget_endpoint(
    conn: &mut DbConn,
    id: &JobId,
    owner: &str,
    endpoint: &str,
    status: u16,
) -> Result<(), AppError> {
    diesel::delete(push_subscriptions::table.filter(push_subscriptions::endpoint.eq(endpoint)))
        .execute(conn)?;
    finish(
        conn,
        id,
        owner,
        Some(&format!("{status}: subscription removed")),
    )?;
    Ok(())
}

/// Deletes finished jobs older than `before`; their dedupe keys go with them, so keys must
/// name a moment (a date, an id), never something that recurs.
pub fn prune(conn: &mut DbConn, before: NaiveDateTime) -> Result<usize, AppError> {
    Ok(diesel::delete(jobs::table.filter(jobs::done_at.lt(before))).execute(conn)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_is_honoured_else_the_wait_doubles() {
        assert_eq!(
            backoff(1, Some(std::time::Duration::from_secs(7))),
            Duration::seconds(7)
        );
        assert_eq!(
            backoff(5, Some(std::time::Duration::ZERO)),
            Duration::seconds(1)
        );
        assert_eq!(backoff(1, None), Duration::seconds(30));
        assert_eq!(backoff(2, None), Duration::seconds(60));
        assert_eq!(backoff(3, None), Duration::seconds(120));
        assert_eq!(backoff(9, None), Duration::seconds(3600));
    }
}
