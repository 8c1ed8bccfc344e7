//! The twelve sessions of an enrollment (実施): the schedule, attendance, a make-up (振替), and
//! the program's end (修了 or 中断) through the lifecycle. The interviews, the performance tests
//! and the cohort at a glance have files of their own.

use chrono::NaiveDate;
use diesel::prelude::*;

use super::audit::Audited;
use super::participants::{change_part, read_part};
use super::schema::{cohorts, enrollments, interviews, performance_tests, program_sessions};
use super::{now, DbConn, StaffScope};
use crate::domain::enrollment::{self as lifecycle, EnrollmentStatus};
use crate::domain::ids::{CohortId, ParticipantId};
use crate::domain::names::optional_text;
use crate::domain::policy::Action;
use crate::domain::sessions::{self as rules, Attendance, Held, Kind, TEST_SESSIONS};
use crate::domain::values::RecordDate;
use crate::error::AppError;
use crate::wire::participants::{CohortRef, NextSession};
use crate::wire::sessions::{
    CompletedByDecision, Completion, Discontinuation, DiscontinueReason, Discontinued, NewMakeup,
    NewSchedule, Program, Session, SessionChange,
};

pub(super) struct Planned {
    pub number: i32,
    pub date: NaiveDate,
    pub kind: Kind,
    pub attendance: Attendance,
    /// How often it was made up (振替), and the day last missed.
    pub makeups: i32,
    pub missed_on: Option<NaiveDate>,
}

/// The generated schedule of one participant, in order (empty before it is made).
pub(super) fn planned(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<Vec<Planned>, AppError> {
    type Row = (i32, NaiveDate, String, String, i32, Option<NaiveDate>);
    let rows: Vec<Row> = program_sessions::table
        .filter(program_sessions::participant_id.eq(participant_id))
        .order(program_sessions::number)
        .select((
            program_sessions::number,
            program_sessions::date,
            program_sessions::kind,
            program_sessions::attendance,
            program_sessions::makeups,
            program_sessions::missed_on,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|(number, date, kind, attendance, makeups, missed_on)| {
            Ok(Planned {
                number,
                date,
                kind: Kind::from_text(&kind)?,
                attendance: Attendance::from_text(&attendance)?,
                makeups,
                missed_on,
            })
        })
        .collect()
}

/// A person's enrollment and its cohort.
struct EnrollmentFacts {
    status: EnrollmentStatus,
    discontinued_reason: Option<String>,
    discontinued_note: Option<String>,
    completion_note: Option<String>,
    ended_on: Option<NaiveDate>,
    cohort: CohortRef,
    home_visits: Vec<u32>,
}

#[derive(Queryable)]
struct EnrollmentRow {
    status: String,
    discontinued_reason: Option<String>,
    discontinued_note: Option<String>,
    completion_note: Option<String>,
    ended_on: Option<NaiveDate>,
    cohort_id: CohortId,
    cohort_name: String,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    home_visits: String,
}

fn enrollment(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<EnrollmentFacts, AppError> {
    let row: EnrollmentRow = enrollments::table
        .inner_join(cohorts::table)
        .filter(enrollments::participant_id.eq(participant_id))
        .select((
            enrollments::status,
            enrollments::discontinued_reason,
            enrollments::discontinued_note,
            enrollments::completion_note,
            enrollments::ended_on,
            cohorts::id,
            cohorts::name,
            cohorts::starts_on,
            cohorts::ends_on,
            cohorts::home_visits,
        ))
        .first(conn)?;
    Ok(EnrollmentFacts {
        status: stored_status(&row.status)?,
        discontinued_reason: row.discontinued_reason,
        discontinued_note: row.discontinued_note,
        completion_note: row.completion_note,
        ended_on: row.ended_on,
        cohort: CohortRef {
            id: row.cohort_id,
            name: row.cohort_name,
            starts_on: row.starts_on,
            ends_on: row.ends_on,
        },
        home_visits: crate::domain::administration::home_visits_from_text(&row.home_visits),
    })
}

/// A stored status read back; an unknown one is a fault, never a default.
pub(crate) fn stored_status(text: &str) -> Result<EnrollmentStatus, AppError> {
    Ok(EnrollmentStatus::from_text(text)?)
}

/// Stores what a lifecycle transition decided.
fn apply(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    change: lifecycle::Change,
) -> Result<(), AppError> {
    let row = enrollments::table.filter(enrollments::participant_id.eq(participant_id));
    diesel::update(row)
        .set(enrollments::status.eq(change.status.as_str()))
        .execute(conn)?;
    if let Some(started) = change.started_on {
        diesel::update(row)
            .set(enrollments::started_on.eq(started))
            .execute(conn)?;
    }
    if let Some(ended) = change.ended_on {
        diesel::update(row)
            .set(enrollments::ended_on.eq(ended))
            .execute(conn)?;
    }
    if change.status == EnrollmentStatus::Enrolled {
        // Back in the program: a completion decided earlier no longer stands.
        diesel::update(row)
            .set(enrollments::completion_note.eq(None::<String>))
            .execute(conn)?;
    }
    if matches!(
        change.status,
        EnrollmentStatus::Completed | EnrollmentStatus::Discontinued
    ) {
        // The program ended (修了 or 中断): the follow-ups at 3, 6 and 12 months, by a job.
        super::followups::schedule(conn, participant_id)?;
    }
    Ok(())
}

fn refused(r: lifecycle::Refused) -> AppError {
    AppError::Conflict(r.0.into())
}

fn load_program(conn: &mut DbConn, participant_id: &ParticipantId) -> Result<Program, AppError> {
    let facts = enrollment(conn, participant_id)?;
    let status = facts.status;
    let with_interview: Vec<i32> = interviews::table
        .filter(interviews::participant_id.eq(participant_id))
        .select(interviews::session_number)
        .load(conn)?;
    let with_tests: Vec<i32> = performance_tests::table
        .filter(performance_tests::participant_id.eq(participant_id))
        .select(performance_tests::session_number)
        .load(conn)?;
    let sessions: Vec<Session> = planned(conn, participant_id)?
        .into_iter()
        .map(|p| Session {
            has_interview: with_interview.contains(&p.number),
            has_tests: with_tests.contains(&p.number),
            tests_due: TEST_SESSIONS.contains(&(p.number as u32)),
            number: p.number,
            date: p.date,
            kind: p.kind,
            attendance: p.attendance,
            makeup_of: p.missed_on,
        })
        .collect();
    let next_session = if !status.is_over() {
        sessions
            .iter()
            .find(|s| s.attendance == Attendance::Planned)
            .map(|s| NextSession {
                number: s.number as u32,
                date: s.date,
            })
    } else {
        None
    };
    Ok(Program {
        participant_id: participant_id.to_owned(),
        discontinued: facts
            .discontinued_reason
            .map(|r| -> Result<Discontinued, AppError> {
                Ok(Discontinued {
                    reason: DiscontinueReason::from_text(&r)?,
                    note: facts.discontinued_note.unwrap_or_default(),
                    on: facts.ended_on,
                })
            })
            .transpose()?,
        completion: facts
            .completion_note
            .filter(|_| status == EnrollmentStatus::Completed)
            .map(|note| CompletedByDecision {
                note,
                on: facts.ended_on,
            }),
        status: status.as_str().to_owned(),
        cohort: facts.cohort,
        home_visits_default: facts.home_visits,
        graduation_date: sessions.last().map(|s| s.date),
        next_session,
        sessions,
    })
}

pub fn get_program(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
) -> Result<Audited<Program>, AppError> {
    let seen = read_part(conn, scope, participant_id, "sessions.read")?;
    Ok(Audited::new(load_program(conn, participant_id)?, seen))
}

/// Makes the twelve sessions and starts the enrollment.
pub fn generate(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    new: &NewSchedule,
) -> Result<Program, AppError> {
    change_part(
        conn,
        scope,
        participant_id,
        Action::ScheduleSessions,
        "sessions.generate",
    )?;
    let facts = enrollment(conn, participant_id)?;
    let (starts_on, ends_on) = (facts.cohort.starts_on, facts.cohort.ends_on);
    let started = lifecycle::schedule(facts.status, new.first_date).map_err(refused)?;
    if !planned(conn, participant_id)?.is_empty() {
        return Err(AppError::Conflict(
            "12回の予定はもうできています。日付の変更は各回で行ってください。".into(),
        ));
    }
    let first_date = RecordDate::new(new.first_date, scope.today, "初回の日")
        .map_err(AppError::validation)?
        .get();
    // National holidays and the municipality's closed days (年末年始) have no session.
    let own = super::admin::closed_ranges(conn, &scope.municipality_id)?;
    // Without a choice of its own the schedule takes the cohort's 訪問 sessions.
    let home_visits = new.home_visits.as_ref().unwrap_or(&facts.home_visits);
    let plan = rules::generate_skipping(first_date, home_visits, (starts_on, ends_on), |d| {
        crate::domain::holidays::closed_reason(d, &own)
    })?;
    let at = now();
    for p in &plan {
        diesel::insert_into(program_sessions::table)
            .values((
                program_sessions::participant_id.eq(participant_id),
                program_sessions::number.eq(p.number as i32),
                program_sessions::date.eq(p.date),
                program_sessions::kind.eq(p.kind.as_str()),
                program_sessions::attendance.eq("planned"),
                program_sessions::updated_by.eq(&scope.staff_id),
                program_sessions::updated_at.eq(at),
            ))
            .execute(conn)?;
    }
    apply(conn, participant_id, started)?;
    load_program(conn, participant_id)
}

/// Rescheduling (therapist) and attendance (therapist or nurse). Attending session 12 is the
/// graduation.
pub fn change(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    number: i32,
    change: &SessionChange,
) -> Result<Program, AppError> {
    let action = if change.date.is_some() || change.kind.is_some() {
        Action::ScheduleSessions
    } else {
        Action::RecordAttendance
    };
    change_part(conn, scope, participant_id, action, "sessions.change")?;
    let status = enrollment(conn, participant_id)?.status;
    if status == EnrollmentStatus::Discontinued {
        return Err(AppError::Conflict(
            "中断している方の予定は変えられません。".into(),
        ));
    }
    let plan = planned(conn, participant_id)?;
    let session = plan
        .iter()
        .find(|p| p.number == number)
        .ok_or(AppError::NotFound)?;
    let target = program_sessions::table
        .filter(program_sessions::participant_id.eq(participant_id))
        .filter(program_sessions::number.eq(number));
    let at = now();
    if let Some(date) = change.date {
        let date = RecordDate::new(date, scope.today, "日付")
            .map_err(AppError::validation)?
            .get();
        let dates: Vec<(u32, NaiveDate)> = plan.iter().map(|p| (p.number as u32, p.date)).collect();
        rules::check_reschedule(&dates, number as u32, date)?;
        diesel::update(target)
            .set(program_sessions::date.eq(date))
            .execute(conn)?;
    }
    if let Some(kind) = change.kind {
        diesel::update(target)
            .set(program_sessions::kind.eq(kind.as_str()))
            .execute(conn)?;
    }
    if let Some(attendance) = change.attendance {
        diesel::update(target)
            .set(program_sessions::attendance.eq(attendance.as_str()))
            .execute(conn)?;
        let closing = number == crate::domain::program::SESSIONS as i32;
        let on = change.date.unwrap_or(session.date);
        let attended = attendance == Attendance::Attended;
        if let Some(next) =
            lifecycle::record_attendance(status, closing, attended, on).map_err(refused)?
        {
            apply(conn, participant_id, next)?;
        }
    }
    diesel::update(target)
        .set((
            program_sessions::updated_by.eq(&scope.staff_id),
            program_sessions::updated_at.eq(at),
        ))
        .execute(conn)?;
    load_program(conn, participant_id)
}

/// A make-up (振替) of a missed twelfth session: it moves to a later day and is planned
/// again; the missed day is kept and shown.
pub fn add_makeup(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    input: &NewMakeup,
) -> Result<Program, AppError> {
    change_part(
        conn,
        scope,
        participant_id,
        Action::ScheduleSessions,
        "sessions.makeup",
    )?;
    let status = enrollment(conn, participant_id)?.status;
    if status != EnrollmentStatus::Enrolled {
        return Err(AppError::Conflict(
            "振替は、プログラムの途中の方に使えます。".into(),
        ));
    }
    let date = RecordDate::new(input.date, scope.today, "振替の日")
        .map_err(AppError::validation)?
        .get();
    let plan = planned(conn, participant_id)?;
    let last = plan.iter().max_by_key(|p| p.number).ok_or_else(|| {
        AppError::Conflict("まだ12回の予定がありません。先に予定を作ってください。".into())
    })?;
    rules::makeup(
        &Held {
            number: last.number as u32,
            date: last.date,
            attendance: last.attendance,
            makeups: last.makeups.max(0) as u32,
        },
        date,
    )?;
    diesel::update(
        program_sessions::table
            .filter(program_sessions::participant_id.eq(participant_id))
            .filter(program_sessions::number.eq(last.number)),
    )
    .set((
        program_sessions::date.eq(date),
        program_sessions::kind.eq(input.kind.unwrap_or(last.kind).as_str()),
        program_sessions::attendance.eq(Attendance::Planned.as_str()),
        program_sessions::makeups.eq(last.makeups + 1),
        program_sessions::missed_on.eq(Some(last.date)),
        program_sessions::updated_by.eq(&scope.staff_id),
        program_sessions::updated_at.eq(now()),
    ))
    .execute(conn)?;
    load_program(conn, participant_id)
}

/// The therapist declares the program complete, with the reason (e.g. the last session was
/// missed and no make-up is wanted).
pub fn complete(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    input: &Completion,
) -> Result<Program, AppError> {
    change_part(
        conn,
        scope,
        participant_id,
        Action::CloseProgram,
        "enrollment.complete",
    )?;
    let reason = optional_text(&input.reason, "修了にする理由", 1000)?;
    if reason.is_empty() {
        return Err(AppError::validation(
            "修了にする理由をひとこと書いてください。",
        ));
    }
    let status = enrollment(conn, participant_id)?.status;
    let done = lifecycle::complete(status, scope.today, &reason).map_err(refused)?;
    apply(conn, participant_id, done)?;
    diesel::update(enrollments::table.filter(enrollments::participant_id.eq(participant_id)))
        .set(enrollments::completion_note.eq(Some(reason)))
        .execute(conn)?;
    load_program(conn, participant_id)
}

pub fn discontinue(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    input: &Discontinuation,
) -> Result<Program, AppError> {
    change_part(
        conn,
        scope,
        participant_id,
        Action::CloseProgram,
        "enrollment.discontinue",
    )?;
    let note = optional_text(&input.note, "中断の理由（くわしく）", 1000)?;
    if input.reason == DiscontinueReason::Other && note.is_empty() {
        return Err(AppError::validation(
            "「その他」のときは、理由をひとこと書いてください。",
        ));
    }
    let status = enrollment(conn, participant_id)?.status;
    let stopped = lifecycle::discontinue(status, scope.today).map_err(refused)?;
    apply(conn, participant_id, stopped)?;
    diesel::update(enrollments::table.filter(enrollments::participant_id.eq(participant_id)))
        .set((
            enrollments::discontinued_reason.eq(input.reason.as_str()),
            enrollments::discontinued_note.eq(note),
        ))
        .execute(conn)?;
    load_program(conn, participant_id)
}
