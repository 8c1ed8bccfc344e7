//! Small successes found in the record, and the stored ones.

use std::collections::HashSet;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::prescriptions::plan_on;
use super::records::records_after;
use crate::db::schema::{events, goal_steps, goals, success_state, successes};
use crate::db::{now, DbConn};
use crate::domain::daily as projection;
use crate::domain::events::Event;
use crate::domain::ids::{MunicipalityId, ParticipantId};
use crate::domain::successes::{self as rules, Facts, Progress, StepReached, Success};
use crate::error::AppError;

fn steps_reached(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<Vec<StepReached>, AppError> {
    let rows: Vec<(String, String, Option<NaiveDate>)> = goal_steps::table
        .inner_join(goals::table)
        .filter(goals::participant_id.eq(participant_id))
        .filter(goal_steps::reached_on.is_not_null())
        .select((goal_steps::id, goal_steps::text, goal_steps::reached_on))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, text, date)| date.map(|date| StepReached { id, text, date }))
        .collect())
}

/// On PostgreSQL, where writes run side by side, one write at a time per person for its
/// records and success state (on SQLite there is one writer). Taken before a sync stores its
/// records, so the records a write finds past `seen_seq` are all there will be before it.
pub(crate) fn hold(conn: &mut DbConn, participant_id: &ParticipantId) -> Result<(), AppError> {
    if let DbConn::Postgres(c) = conn {
        diesel::sql_query("SELECT pg_advisory_xact_lock(1701, hashtext($1))")
            .bind::<diesel::sql_types::Text, _>(participant_id.as_str())
            .execute(c)?;
    }
    Ok(())
}

/// Finds the successes that the records since the last look add, stores the new ones (in the
/// caller's write) and returns them: exactly what [`rules::find`] over the whole history
/// finds and is not stored yet. The records since are judged against the person's stored
/// [`Progress`]; the whole history is read only when they cannot be (no progress yet, a
/// retraction, a record dated before the latest day, another plan).
pub fn refresh_successes(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    municipality_id: &MunicipalityId,
    today: NaiveDate,
) -> Result<Vec<Success>, AppError> {
    hold(conn, participant_id)?;
    let days_per_week = plan_on(conn, participant_id, municipality_id, today)?.days_per_week;
    let state: Option<(i64, String)> = success_state::table
        .find(participant_id)
        .select((success_state::seen_seq, success_state::progress))
        .first(conn)
        .optional()?;
    let since = match state {
        Some((seen, progress)) => {
            let progress: Progress = serde_json::from_str(&progress)
                .map_err(|e| AppError::Internal(format!("success state: {e}")))?;
            since_last(conn, participant_id, days_per_week, seen, progress)?
        }
        None => None,
    };
    let mut found = match since {
        Some(found) => found,
        None => whole_history(conn, participant_id, days_per_week)?,
    };
    found.extend(rules::steps(&steps_reached(conn, participant_id)?));
    rules::in_order(&mut found);
    store_successes(conn, participant_id, found)
}

/// What the records past `seen` add, or `None` when the whole history must be read.
fn since_last(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    days_per_week: Option<u32>,
    seen: i64,
    mut progress: Progress,
) -> Result<Option<Vec<Success>>, AppError> {
    let new = records_after(conn, participant_id, Some(seen))?;
    if progress.days_per_week != days_per_week {
        return Ok(None);
    }
    let Some(last) = new.last().map(|(seq, _)| *seq) else {
        return Ok(Some(Vec::new()));
    };
    // A retraction changes what counted before; so does an earlier one of a record only now
    // arrived (a phone may send them in either order).
    if new.iter().any(|(_, e)| e.record.retracts().is_some()) {
        return Ok(None);
    }
    let ids: Vec<&str> = new.iter().map(|(_, e)| e.client_id.as_str()).collect();
    let retracted: i64 = events::table
        .filter(events::participant_id.eq(participant_id))
        .filter(events::retracts.eq_any(&ids))
        .count()
        .get_result(conn)?;
    if retracted > 0 {
        return Ok(None);
    }
    let events: Vec<&Event> = new.iter().map(|(_, e)| e).collect();
    let records = projection::success_records(&events);
    let Some(found) = progress.advance(days_per_week, &records) else {
        return Ok(None);
    };
    save_progress(conn, participant_id, last, &progress)?;
    Ok(Some(found))
}

/// Every success in the whole history (the goal steps aside), and the progress saved anew.
fn whole_history(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    days_per_week: Option<u32>,
) -> Result<Vec<Success>, AppError> {
    let all = records_after(conn, participant_id, None)?;
    let seen = all.last().map_or(0, |(seq, _)| *seq);
    let events: Vec<Event> = all.into_iter().map(|(_, e)| e).collect();
    let records = projection::success_records(&projection::live(&events));
    let mut progress = Progress::new(days_per_week);
    progress
        .advance(days_per_week, &records)
        .ok_or_else(|| AppError::Internal("a fresh success progress declined".into()))?;
    save_progress(conn, participant_id, seen, &progress)?;
    Ok(rules::find(&Facts {
        days_per_week,
        records,
        steps_reached: Vec::new(),
    }))
}

fn save_progress(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    seen: i64,
    progress: &Progress,
) -> Result<(), AppError> {
    let text = serde_json::to_string(progress)
        .map_err(|e| AppError::Internal(format!("success state: {e}")))?;
    let updated = diesel::update(success_state::table.find(participant_id))
        .set((
            success_state::seen_seq.eq(seen),
            success_state::progress.eq(&text),
        ))
        .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(success_state::table)
            .values((
                success_state::participant_id.eq(participant_id),
                success_state::seen_seq.eq(seen),
                success_state::progress.eq(&text),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Stores the successes of `found` not stored yet; returns those it stored.
fn store_successes(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    found: Vec<Success>,
) -> Result<Vec<Success>, AppError> {
    if found.is_empty() {
        return Ok(found);
    }
    let keys: Vec<&str> = found.iter().map(|s| s.key.as_str()).collect();
    let known: HashSet<String> = successes::table
        .filter(successes::participant_id.eq(participant_id))
        .filter(successes::key.eq_any(&keys))
        .select(successes::key)
        .load::<String>(conn)?
        .into_iter()
        .collect();
    let at = now();
    let fresh: Vec<Success> = found
        .into_iter()
        .filter(|s| !known.contains(&s.key))
        .collect();
    for s in &fresh {
        diesel::insert_into(successes::table)
            .values((
                successes::participant_id.eq(participant_id),
                successes::key.eq(&s.key),
                successes::kind.eq(&s.kind),
                successes::date.eq(s.date),
                successes::text.eq(&s.text),
                successes::created_at.eq(at),
            ))
            .execute(conn)?;
    }
    Ok(fresh)
}

pub(crate) fn stored_successes(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    since: Option<NaiveDateTime>,
) -> Result<Vec<Success>, AppError> {
    let mut q = successes::table
        .filter(successes::participant_id.eq(participant_id))
        .filter(successes::created_at.le(now()))
        .into_boxed();
    if let Some(t) = since {
        q = q.filter(successes::created_at.gt(t));
    }
    let rows: Vec<(String, String, NaiveDate, String)> = q
        .order((successes::date, successes::key))
        .select((
            successes::key,
            successes::kind,
            successes::date,
            successes::text,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(key, kind, date, text)| Success {
            key,
            kind,
            date,
            text,
        })
        .collect())
}
