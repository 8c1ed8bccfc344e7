//! The therapist's view of the day-to-day, and the signals the interview and overview use.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use super::exercises::library;
use super::records::records;
use super::successes::stored_successes;
use crate::db::audit::Audited;
use crate::db::participants::read_part;
use crate::db::{DbConn, StaffScope};
use crate::domain::daily as projection;
use crate::domain::daily::Flag;
use crate::domain::ids::{MunicipalityId, ParticipantId};
use crate::domain::successes::Success;
use crate::error::AppError;
use crate::wire::daily::DailyView;

fn summarize(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    municipality_id: &MunicipalityId,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
    until: Option<NaiveDate>,
) -> Result<DailyView, AppError> {
    // What the person recorded after `until` (the program's end) is not staff's to see.
    let mut all = records(conn, participant_id)?;
    if let Some(last) = until {
        all.retain(|e| e.date <= last);
    }
    let titles: BTreeMap<String, String> = library(conn, municipality_id)?
        .into_iter()
        .map(|e| (e.key, e.title))
        .collect();
    let view = projection::project(&all, &titles, from, to, today);
    let limits = crate::db::notebook::thresholds(conn, municipality_id)?;
    let unsafe_readings: Vec<_> =
        crate::domain::notebook::unsafe_readings(&projection::live(&all), from, &limits)
            .into_iter()
            .filter(|r| r.date <= to)
            .collect();
    let family_records = super::records::family_records(
        conn,
        participant_id,
        from,
        Some(until.map_or(to, |last| last.min(to))),
    )?;
    Ok(DailyView {
        unsafe_readings,
        family_records,
        participant_id: participant_id.to_owned(),
        from,
        to,
        days: view.days,
        diary: view.diary,
        flags: view.flags,
        measurements: view.measurements,
        successes: stored_successes(conn, participant_id, None)?
            .into_iter()
            .filter(|s| until.map_or(true, |last| s.date <= last))
            .collect(),
        streak: view.streak,
        last_record_on: view.last_record_on,
    })
}

pub fn daily_view(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    weeks: u32,
) -> Result<Audited<DailyView>, AppError> {
    let seen = read_part(conn, scope, participant_id, "daily.read")?;
    let until = crate::db::consents::staff_sees_until(conn, scope, participant_id)?;
    let to = scope.today;
    let from = to - Days::new(u64::from(weeks.clamp(1, 26)) * 7 - 1);
    let view = summarize(
        conn,
        participant_id,
        &scope.municipality_id,
        from,
        to,
        scope.today,
        until,
    )?;
    Ok(Audited::new(view, seen))
}

/// For the interview and the overview: the last record's day, and successes and flags since a day.
pub struct Signals {
    pub last_record_on: Option<NaiveDate>,
    pub successes: Vec<Success>,
    pub flags: Vec<Flag>,
}

pub fn signals_since(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    municipality_id: &MunicipalityId,
    since: NaiveDate,
    today: NaiveDate,
) -> Result<Signals, AppError> {
    let from = since.min(today);
    // The interview looks at the program: never at what the person recorded after its end.
    let until = crate::db::consents::program_ended_on(conn, participant_id)?;
    let view = summarize(
        conn,
        participant_id,
        municipality_id,
        from,
        today,
        today,
        until,
    )?;
    Ok(Signals {
        last_record_on: view.last_record_on,
        successes: view
            .successes
            .into_iter()
            .filter(|s| s.date >= since)
            .collect(),
        flags: view.flags,
    })
}
