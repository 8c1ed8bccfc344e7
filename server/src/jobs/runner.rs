//! The loop every app server runs: enqueue due reminders, claim due jobs, send, record the
//! outcome. Logs carry job ids and outcomes only — never endpoints, names or messages.

use std::time::{Duration, Instant};

use tokio::task::JoinSet;

use super::queue::{self, Job, Kind, PushJob};
use super::schedule;
use crate::db::{followups, new_id, now, Database};
use crate::error::AppError;
use crate::push::{Outcome, Sender};

/// Finished jobs are kept this long (to look into), then deleted.
const KEEP_DONE: chrono::Duration = chrono::Duration::days(30);
const PRUNE_EVERY: Duration = Duration::from_secs(3600);

/// What a running job runner needs.
#[derive(Clone)]
pub struct Runner {
    db: Database,
    sender: Sender,
    /// This server's name on the leases it takes.
    owner: String,
    poll: Duration,
}

impl Runner {
    pub fn new(db: Database, sender: Sender, poll: Duration) -> Self {
        Runner {
            db,
            sender,
            owner: new_id(),
            poll: poll.max(Duration::from_millis(10)),
        }
    }

    /// Runs until the task is dropped or aborted.
    pub async fn run(self) {
        let mut pruned = Instant::now();
        loop {
            self.tick().await;
            if pruned.elapsed() >= PRUNE_EVERY {
                pruned = Instant::now();
                let before = now() - KEEP_DONE;
                if let Err(e) = self.db.write(move |conn| queue::prune(conn, before)).await {
                    tracing::warn!(error = %e, "pruning finished jobs failed");
                }
            }
            tokio::time::sleep(self.poll).await;
        }
    }

    /// One round: enqueue due reminders, then work through every due job.
    pub async fn tick(&self) {
        match self.enqueue_reminders().await {
            Ok(0) => {}
            Ok(n) => tracing::info!(reminders = n, "reminders queued"),
            Err(e) => tracing::warn!(error = %e, "scheduling reminders failed"),
        }
        loop {
            let batch = match self.claim().await {
                Ok(batch) => batch,
                Err(e) => {
                    tracing::warn!(error = %e, "claiming jobs failed");
                    return;
                }
            };
            let full = batch.len() as i64 == queue::BATCH;
            let mut running = JoinSet::new();
            for job in batch {
                let runner = self.clone();
                running.spawn(async move { runner.process(job).await });
            }
            while running.join_next().await.is_some() {}
            if !full {
                return;
            }
        }
    }

    /// The reminders due now (a read), queued with one write if there are any.
    async fn enqueue_reminders(&self) -> Result<usize, AppError> {
        let due = self.db.run(|conn| schedule::due(conn, now())).await?;
        if due.is_empty() {
            return Ok(0);
        }
        self.db
            .write(move |conn| schedule::enqueue(conn, &due))
            .await
    }

    /// The jobs due now, claimed for this server; an idle round only reads.
    async fn claim(&self) -> Result<Vec<Job>, AppError> {
        if !self.db.run(|conn| queue::any_due(conn, now())).await? {
            return Ok(Vec::new());
        }
        let owner = self.owner.clone();
        self.db
            .write(move |conn| queue::claim(conn, &owner, now()))
            .await
    }

    async fn process(&self, job: Job) {
        let id = job.id.clone();
        let result = if job.kind == Kind::Notify.as_str() {
            let owner = self.owner.clone();
            self.db
                .write(move |conn| queue::fan_out(conn, &job, &owner))
                .await
                .map(|n| tracing::debug!(job = %id, deliveries = n, "notification fanned out"))
        } else if job.kind == Kind::Push.as_str() {
            self.deliver(job).await
        } else if job.kind == followups::JOB_KIND {
            let owner = self.owner.clone();
            self.db
                .write(move |conn| {
                    let created = followups::create_tasks(conn, &job.participant_id, &job.payload)?;
                    if !queue::finish(conn, &job.id, &owner, None)? {
                        return Err(AppError::Conflict("lease lost".into()));
                    }
                    Ok(created)
                })
                .await
                .map(|n| tracing::debug!(job = %id, tasks = n, "follow-up tasks created"))
        } else {
            let owner = self.owner.clone();
            let kind = job.kind.clone();
            self.db
                .write(move |conn| queue::finish(conn, &job.id, &owner, Some("unknown kind")))
                .await
                .map(|_| tracing::error!(job = %id, %kind, "job of an unknown kind"))
        };
        if let Err(e) = result {
            tracing::warn!(job = %id, error = %e, "job failed; it will be tried again");
        }
    }

    async fn deliver(&self, job: Job) -> Result<(), AppError> {
        let owner = self.owner.clone();
        let push: PushJob = serde_json::from_str(&job.payload)
            .map_err(|e| AppError::Internal(format!("job payload: {e}")))?;
        let subscription_id = push.subscription_id.clone();
        let Some(target) = self
            .db
            .run(move |conn| queue::target(conn, &subscription_id))
            .await?
        else {
            let id = job.id.clone();
            self.db
                .write(move |conn| queue::finish(conn, &id, &owner, Some("subscription gone")))
                .await?;
            return Ok(());
        };
        let payload = push.notification.payload()?;
        let outcome = self.sender.send(&target, &payload).await;
        let id = job.id.clone();
        match outcome {
            Outcome::Delivered => {
                self.db
                    .write(move |conn| queue::finish(conn, &id, &owner, None))
                    .await?;
                tracing::info!(job = %job.id, attempt = job.attempts, "push delivered");
            }
            Outcome::Gone(status) => {
                let endpoint = target.endpoint.clone();
                self.db
                    .write(move |conn| queue::forget_endpoint(conn, &id, &owner, &endpoint, status))
                    .await?;
                tracing::info!(job = %job.id, status, "push subscription gone; removed");
            }
            Outcome::Retry { after, reason } if job.attempts < queue::MAX_ATTEMPTS => {
                let at = now() + queue::backoff(job.attempts, after);
                let error = reason.clone();
                self.db
                    .write(move |conn| queue::retry_at(conn, &id, &owner, at, &error))
                    .await?;
                tracing::info!(job = %job.id, attempt = job.attempts, %reason, retry_at = %at, "push to retry");
            }
            Outcome::Retry { reason, .. } => {
                let error = format!("gave up after {} attempts: {reason}", job.attempts);
                self.db
                    .write(move |conn| queue::finish(conn, &id, &owner, Some(&error)))
                    .await?;
                tracing::warn!(job = %job.id, %reason, "push given up");
            }
            Outcome::Failed(reason) => {
                let error = reason.clone();
                self.db
                    .write(move |conn| queue::finish(conn, &id, &owner, Some(&error)))
                    .await?;
                tracing::warn!(job = %job.id, %reason, "push refused");
            }
        }
        Ok(())
    }
}
