//! Small successes found in the record, and the stored ones.

use std::collections::HashSet;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::prescriptions::plan_on;
use super::records::records;
use crate::db::schema::{goal_steps, goals, successes};
use crate::db::{now, DbConn};
use crate::domain::daily as projection;
use crate::domain::ids::{MunicipalityId, ParticipantId};
use crate::domain::successes::{self as rules, Facts, StepReached, Success};
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

/// Finds the successes in the whole history and stores the new ones (in the caller's write);
/// returns the new ones.
pub fn refresh_successes(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    municipality_id: &MunicipalityId,
    today: NaiveDate,
) -> Result<Vec<Success>, AppError> {
    let found = unstored_successes(conn, participant_id, municipality_id, today)?;
    store_successes(conn, participant_id, found)
}

/// The successes in the whole history that are not stored yet: a read.
pub fn unstored_successes(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    municipality_id: &MunicipalityId,
    today: NaiveDate,
) -> Result<Vec<Success>, AppError> {
    let all = records(conn, participant_id)?;
    let facts = Facts {
        days_per_week: plan_on(conn, participant_id, municipality_id, today)?.days_per_week,
        records: projection::success_records(&projection::live(&all)),
        steps_reached: steps_reached(conn, participant_id)?,
    };
    let found = rules::find(&facts);
    let known = stored_keys(conn, participant_id)?;
    Ok(found
        .into_iter()
        .filter(|s| !known.contains(&s.key))
        .collect())
}

fn stored_keys(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<HashSet<String>, AppError> {
    Ok(successes::table
        .filter(successes::participant_id.eq(participant_id))
        .select(successes::key)
        .load::<String>(conn)?
        .into_iter()
        .collect())
}

/// Stores the successes of `found` not stored yet (another write may have stored some since
/// they were found); returns those it stored.
pub fn store_successes(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    found: Vec<Success>,
) -> Result<Vec<Success>, AppError> {
    if found.is_empty() {
        return Ok(found);
    }
    let known = stored_keys(conn, participant_id)?;
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

pub(super) fn stored_successes(
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
