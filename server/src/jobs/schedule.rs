//! Enqueues the reminders that are due: the daily reminder at the time each participant
//! chose, and the morning reminder on a session day. Every server runs this; the dedupe keys
//! (`daily:{participant}:{date}`, `session:{participant}:{date}`) make it happen once.

use std::collections::HashSet;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::{enqueue_notification, Notification, HOME_URL};
use crate::db::schema::{
    devices, enrollments, jobs, program_sessions, push_subscriptions, reminder_settings,
};
use crate::db::DbConn;
use crate::domain::enrollment::EnrollmentStatus;
use crate::domain::ids::ParticipantId;
use crate::domain::reminders::{self, daily_words, session_words};
use crate::error::AppError;

/// A reminder that is due and not queued yet.
pub struct Due {
    participant_id: ParticipantId,
    key: String,
    notification: Notification,
    at: NaiveDateTime,
}

/// Every reminder due at `now` (UTC) that is not queued yet: a read, so an idle runner never
/// writes. [`enqueue`] queues them.
pub fn due(conn: &mut DbConn, now: NaiveDateTime) -> Result<Vec<Due>, AppError> {
    let mut due = daily(conn, now)?;
    due.extend(session_mornings(conn, now)?);
    if due.is_empty() {
        return Ok(due);
    }
    // Only people with a phone to send to, and only what is not queued already: most calls
    // then write nothing at all.
    // A batch at a time: every participant of the server can be due at once, more than a
    // statement binds.
    let people: Vec<ParticipantId> = due.iter().map(|d| d.participant_id.clone()).collect();
    let mut subscribed: HashSet<ParticipantId> = HashSet::new();
    for batch in people.chunks(crate::db::ID_BATCH) {
        subscribed.extend(
            push_subscriptions::table
                .inner_join(devices::table)
                .filter(push_subscriptions::participant_id.eq_any(batch))
                .filter(devices::revoked_at.is_null())
                .select(push_subscriptions::participant_id)
                .load::<ParticipantId>(conn)?,
        );
    }
    let keys: Vec<String> = due.iter().map(|d| d.key.clone()).collect();
    let mut queued: HashSet<String> = HashSet::new();
    for batch in keys.chunks(crate::db::ID_BATCH) {
        queued.extend(
            jobs::table
                .filter(jobs::dedupe_key.eq_any(batch))
                .select(jobs::dedupe_key)
                .load::<String>(conn)?,
        );
    }
    Ok(due
        .into_iter()
        .filter(|d| subscribed.contains(&d.participant_id) && !queued.contains(&d.key))
        .collect())
}

/// Queues the reminders (in the caller's write); one queued meanwhile by another server is
/// left as it is. Returns how many were given.
pub fn enqueue(conn: &mut DbConn, due: &[Due]) -> Result<usize, AppError> {
    for d in due {
        enqueue_notification(conn, &d.participant_id, &d.notification, &d.key, d.at)?;
    }
    Ok(due.len())
}

fn daily(conn: &mut DbConn, now: NaiveDateTime) -> Result<Vec<Due>, AppError> {
    let settings: Vec<(ParticipantId, Option<String>, NaiveDateTime)> = reminder_settings::table
        .filter(reminder_settings::daily_time.is_not_null())
        .select((
            reminder_settings::participant_id,
            reminder_settings::daily_time,
            reminder_settings::updated_at,
        ))
        .load(conn)?;
    Ok(settings
        .into_iter()
        .filter_map(|(participant_id, time, saved_at)| {
            let time = reminders::parse_time(time.as_deref()?)?;
            let (date, at) = reminders::daily_due(time, saved_at, now)?;
            Some(Due {
                key: format!("daily:{participant_id}:{date}"),
                participant_id,
                notification: Notification::new(daily_words(), HOME_URL),
                at,
            })
        })
        .collect())
}

fn session_mornings(conn: &mut DbConn, now: NaiveDateTime) -> Result<Vec<Due>, AppError> {
    let Some((date, at)) = reminders::session_morning_due(now) else {
        return Ok(Vec::new());
    };
    // Session-day reminders are on unless the person turned them off.
    let sessions: Vec<(ParticipantId, i32, String, Option<bool>)> = program_sessions::table
        .inner_join(
            enrollments::table.on(enrollments::participant_id.eq(program_sessions::participant_id)),
        )
        .left_join(
            reminder_settings::table
                .on(reminder_settings::participant_id.eq(program_sessions::participant_id)),
        )
        .filter(program_sessions::date.eq(date))
        .filter(program_sessions::attendance.eq("planned"))
        .filter(enrollments::status.eq(EnrollmentStatus::Enrolled.as_str()))
        .select((
            program_sessions::participant_id,
            program_sessions::number,
            program_sessions::kind,
            reminder_settings::session_days.nullable(),
        ))
        .load(conn)?;
    Ok(sessions
        .into_iter()
        .filter(|(_, _, _, on)| on.unwrap_or(true))
        .map(|(participant_id, number, kind, _)| Due {
            key: format!("session:{participant_id}:{date}"),
            notification: Notification::new(session_words(number, kind == "home"), HOME_URL),
            participant_id,
            at,
        })
        .collect())
}
