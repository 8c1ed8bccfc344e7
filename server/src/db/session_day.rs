//! A session day of one cohort (provider staff): everyone due that day with the time and the
//! venue, their attendance in one place, and the check before exercise (blood pressure, pulse,
//! how they feel) judged by the shared safety rule (`domain::safety`).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::audit::{self, Audited};
use super::participants::{change_part, visible_in_cohort};
use super::schema::{cohorts, participants, program_sessions, providers, session_checks};
use super::{cohorts as cohort_db, now, DbConn, StaffScope};
use crate::domain::holidays::closed_reason;
use crate::domain::ids::{CohortId, MunicipalityId, ParticipantId};
use crate::domain::policy::Action;
use crate::domain::safety::{self, Feeling, Reading, Thresholds};
use crate::domain::sessions::{Attendance, Kind};
use crate::error::AppError;
use crate::wire::session_day::{Check, CheckInput, CohortDay, DueToday};

/// The limits a reading is judged against.
///
/// SEAM: the guideline's limits (`Thresholds::default()`, 日本リハビリテーション医学会 2006) for
/// every municipality until a municipality's own limits are stored with its settings; then this
/// one function reads them.
pub fn municipality_thresholds(
    _conn: &mut DbConn,
    _municipality_id: &MunicipalityId,
) -> Result<Thresholds, AppError> {
    Ok(Thresholds::default())
}

fn judged(
    systolic: Option<i32>,
    diastolic: Option<i32>,
    pulse: Option<i32>,
    feeling: &str,
    recorded_at: NaiveDateTime,
    limits: &Thresholds,
) -> Result<Check, AppError> {
    let reading = Reading {
        systolic: systolic.map(f64::from),
        diastolic: diastolic.map(f64::from),
        pulse: pulse.map(f64::from),
        feeling: Feeling::from_text(feeling)?,
    };
    let judgement = safety::judge(&reading, limits);
    Ok(Check {
        systolic,
        diastolic,
        pulse,
        feeling: feeling.to_owned(),
        rest: !judgement.is_fine(),
        reasons: judgement.reasons().to_vec(),
        urgent: judgement.urgent(),
        recorded_at,
    })
}

type Facts = (
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    bool,
    String,
);

/// Who is due on `date` in a cohort the caller works with. Audited as one read of the day.
pub fn day(
    conn: &mut DbConn,
    scope: &StaffScope,
    cohort_id: &CohortId,
    date: NaiveDate,
) -> Result<Audited<CohortDay>, AppError> {
    cohort_db::get(conn, scope, cohort_id)?;
    scope.may(Action::RunSessionDay)?;
    let (cohort_name, provider_name, starts_at, ends_at, venue, transport, meeting_point): Facts =
        cohorts::table
            .inner_join(providers::table)
            .filter(cohorts::id.eq(cohort_id))
            .select((
                cohorts::name,
                providers::name,
                cohorts::starts_at,
                cohorts::ends_at,
                cohorts::venue,
                cohorts::transport,
                cohorts::meeting_point,
            ))
            .first(conn)?;
    let ids = visible_in_cohort(conn, scope, cohort_id)?;
    type Row = (
        ParticipantId,
        String,
        String,
        String,
        String,
        i32,
        String,
        String,
    );
    let rows: Vec<Row> = program_sessions::table
        .inner_join(participants::table)
        .filter(program_sessions::participant_id.eq_any(&ids))
        .filter(program_sessions::date.eq(date))
        .order((
            participants::family_name_kana,
            participants::given_name_kana,
        ))
        .select((
            participants::id,
            participants::family_name,
            participants::given_name,
            participants::family_name_kana,
            participants::given_name_kana,
            program_sessions::number,
            program_sessions::kind,
            program_sessions::attendance,
        ))
        .load(conn)?;
    let due: Vec<ParticipantId> = rows.iter().map(|r| r.0.clone()).collect();
    type CheckRow = (
        ParticipantId,
        i32,
        Option<i32>,
        Option<i32>,
        Option<i32>,
        String,
        NaiveDateTime,
    );
    let checks: Vec<CheckRow> = session_checks::table
        .filter(session_checks::participant_id.eq_any(&due))
        .select((
            session_checks::participant_id,
            session_checks::session_number,
            session_checks::systolic,
            session_checks::diastolic,
            session_checks::pulse,
            session_checks::feeling,
            session_checks::recorded_at,
        ))
        .load(conn)?;
    let limits = municipality_thresholds(conn, &scope.municipality_id)?;
    let own = super::admin::closed_ranges(conn, &scope.municipality_id)?;
    let mut people = Vec::with_capacity(rows.len());
    for (id, family, given, family_kana, given_kana, number, kind, attendance) in rows {
        let check = checks
            .iter()
            .find(|c| c.0 == id && c.1 == number)
            .map(|c| judged(c.2, c.3, c.4, &c.5, c.6, &limits))
            .transpose()?;
        people.push(DueToday {
            participant_id: id,
            display_name: format!("{family} {given}"),
            kana: format!("{family_kana} {given_kana}"),
            number,
            kind: Kind::from_text(&kind)?,
            attendance: Attendance::from_text(&attendance)?,
            check,
        });
    }
    let seen = audit::Entry::new(scope, "session_day.read", None);
    Ok(Audited::new(
        CohortDay {
            cohort_id: cohort_id.clone(),
            cohort_name,
            provider_name,
            date,
            starts_at,
            ends_at,
            venue,
            transport,
            meeting_point,
            closed: closed_reason(date, &own),
            people,
        },
        seen,
    ))
}

fn in_range(v: Option<i32>, (lo, hi): (i32, i32), what: &str) -> Result<(), AppError> {
    match v {
        Some(x) if x < lo || x > hi => Err(AppError::validation(format!(
            "{what}は {lo}〜{hi} の数で入れてください。"
        ))),
        _ => Ok(()),
    }
}

/// Records (or corrects) the check before exercise of one session, and answers the rule's
/// judgement.
pub fn save_check(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    number: i32,
    input: &CheckInput,
) -> Result<Check, AppError> {
    change_part(
        conn,
        scope,
        participant_id,
        Action::RunSessionDay,
        "session_check.save",
    )?;
    in_range(input.systolic, (50, 300), "上の血圧")?;
    in_range(input.diastolic, (20, 200), "下の血圧")?;
    in_range(input.pulse, (20, 250), "脈拍")?;
    let feeling = Feeling::from_text(&input.feeling).map_err(|_| {
        AppError::validation("体調は usual・unwell・chest_pain から選んでください。")
    })?;
    let exists: i64 = program_sessions::table
        .filter(program_sessions::participant_id.eq(participant_id))
        .filter(program_sessions::number.eq(number))
        .count()
        .get_result(conn)?;
    if exists == 0 {
        return Err(AppError::NotFound);
    }
    let at = now();
    diesel::delete(
        session_checks::table
            .filter(session_checks::participant_id.eq(participant_id))
            .filter(session_checks::session_number.eq(number)),
    )
    .execute(conn)?;
    diesel::insert_into(session_checks::table)
        .values((
            session_checks::participant_id.eq(participant_id),
            session_checks::session_number.eq(number),
            session_checks::systolic.eq(input.systolic),
            session_checks::diastolic.eq(input.diastolic),
            session_checks::pulse.eq(input.pulse),
            session_checks::feeling.eq(feeling.as_str()),
            session_checks::recorded_by.eq(&scope.staff_id),
            session_checks::recorded_at.eq(at),
        ))
        .execute(conn)?;
    let limits = municipality_thresholds(conn, &scope.municipality_id)?;
    judged(
        input.systolic,
        input.diastolic,
        input.pulse,
        feeling.as_str(),
        at,
        &limits,
    )
}
