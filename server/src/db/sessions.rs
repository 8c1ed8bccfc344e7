//! The twelve sessions of an enrollment (実施): the schedule, attendance, discontinuation,
//! the interview at each session and the performance tests; and a cohort at a glance.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use std::collections::{HashMap, HashSet};

use super::audit::Audited;
use super::participants::{
    change_part, read_part, staff_name, visible_in_cohort, CohortRef, NextSession,
};
use super::schema::{
    cohorts, enrollments, interviews, participants, performance_tests, program_sessions, providers,
};
use super::versioned::{conflict, outcome, Written};
use super::{audit, cohorts as cohort_db, daily, goals, now, DbConn, StaffScope};
use crate::domain::attention::{self, Attention, GoalFact, PersonFacts, SessionFact};
use crate::domain::enrollment::{self as lifecycle, EnrollmentStatus};
use crate::domain::names::optional_text;
use crate::domain::performance::{self, Measured};
use crate::domain::policy::Action;
use crate::domain::sessions::{self as rules, Attendance, Held, Kind, TEST_SESSIONS};
use crate::domain::staffing::{self, StaffingCheck};
use crate::domain::values::RecordDate;
use crate::error::AppError;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Session {
    pub number: i32,
    pub date: NaiveDate,
    pub kind: Kind,
    pub attendance: Attendance,
    pub has_interview: bool,
    pub has_tests: bool,
    /// Sessions 1, 6 and 12 are the test rounds.
    pub tests_due: bool,
    /// The day that was missed, when this session is a make-up (振替).
    pub makeup_of: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CompletedByDecision {
    /// Why the therapist declared the program complete (e.g. the last session was missed).
    pub note: String,
    pub on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Discontinued {
    pub reason: DiscontinueReason,
    pub note: String,
    pub on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Program {
    pub participant_id: String,
    /// referred | enrolled | graduated | discontinued
    pub status: String,
    pub cohort: CohortRef,
    pub discontinued: Option<Discontinued>,
    /// Set when the therapist declared the program complete rather than session 12 attended.
    pub completion: Option<CompletedByDecision>,
    /// Empty until the schedule is made.
    pub sessions: Vec<Session>,
    pub next_session: Option<NextSession>,
    pub graduation_date: Option<NaiveDate>,
}

/// Why a person stopped (中断), from a fixed list plus free text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DiscontinueReason {
    /// 病気の悪化
    Illness,
    /// 入院
    Hospitalized,
    /// けが・転倒
    Injury,
    /// 家族の事情
    Family,
    /// 転居
    Moved,
    /// 本人の希望
    OwnWish,
    /// 介護サービスの利用開始
    CareService,
    /// その他
    Other,
}

crate::text_enum!(DiscontinueReason, "discontinuation reason", {
    Illness => "illness",
    Hospitalized => "hospitalized",
    Injury => "injury",
    Family => "family",
    Moved => "moved",
    OwnWish => "own_wish",
    CareService => "care_service",
    Other => "other",
});

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
pub(super) fn planned(conn: &mut DbConn, participant_id: &str) -> Result<Vec<Planned>, AppError> {
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
}

#[derive(Queryable)]
struct EnrollmentRow {
    status: String,
    discontinued_reason: Option<String>,
    discontinued_note: Option<String>,
    completion_note: Option<String>,
    ended_on: Option<NaiveDate>,
    cohort_id: String,
    cohort_name: String,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
}

fn enrollment(conn: &mut DbConn, participant_id: &str) -> Result<EnrollmentFacts, AppError> {
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
    })
}

/// A stored status read back; an unknown one is a fault, never a default.
pub(crate) fn stored_status(text: &str) -> Result<EnrollmentStatus, AppError> {
    Ok(EnrollmentStatus::from_text(text)?)
}

/// Stores what a lifecycle transition decided.
fn apply(
    conn: &mut DbConn,
    participant_id: &str,
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
    Ok(())
}

fn refused(r: lifecycle::Refused) -> AppError {
    AppError::Conflict(r.0.into())
}

fn load_program(conn: &mut DbConn, participant_id: &str) -> Result<Program, AppError> {
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
        graduation_date: sessions.last().map(|s| s.date),
        next_session,
        sessions,
    })
}

pub fn get_program(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &str,
) -> Result<Audited<Program>, AppError> {
    let seen = read_part(conn, scope, participant_id, "sessions.read")?;
    Ok(Audited::new(load_program(conn, participant_id)?, seen))
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NewSchedule {
    pub first_date: NaiveDate,
    /// The numbers held at home (訪問).
    #[serde(default)]
    pub home_visits: Vec<u32>,
}

/// Makes the twelve sessions and starts the enrollment.
pub fn generate(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &str,
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
    let plan = rules::generate(first_date, &new.home_visits, (starts_on, ends_on))?;
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

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct SessionChange {
    pub date: Option<NaiveDate>,
    pub kind: Option<Kind>,
    pub attendance: Option<Attendance>,
}

/// Rescheduling (therapist) and attendance (therapist or nurse). Attending session 12 is the
/// graduation.
pub fn change(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &str,
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

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NewMakeup {
    /// The make-up day, after the day that was missed.
    pub date: NaiveDate,
    /// 通所 or 訪問; as the missed session when absent.
    pub kind: Option<Kind>,
}

/// A make-up (振替) of a missed twelfth session: it moves to a later day and is planned
/// again; the missed day is kept and shown.
pub fn add_makeup(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &str,
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

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct Completion {
    /// Why the program is complete without the last session (e.g. 「12回目を体調不良で欠席。
    /// 振替は希望されず、ご本人と相談して修了」).
    pub reason: String,
}

/// The therapist declares the program complete, with the reason (e.g. the last session was
/// missed and no make-up is wanted).
pub fn complete(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &str,
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

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct Discontinuation {
    pub reason: DiscontinueReason,
    #[serde(default)]
    pub note: String,
}

pub fn discontinue(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &str,
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

// --- interviews ---

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PreviousInterview {
    pub session_number: i32,
    pub next_step: String,
    pub quote: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SinceItem {
    pub kind: String,
    pub text: String,
    pub on: NaiveDate,
}

/// What the daily records show since the last session (filled once the daily records exist).
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct Since {
    pub successes: Vec<SinceItem>,
    pub flags: Vec<SinceItem>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Interview {
    pub participant_id: String,
    pub session_number: i32,
    /// 0 until first saved.
    pub version: i32,
    /// うまくいったこと
    pub went_well: String,
    /// 困っていること
    pub difficulties: String,
    /// 目標の進みぐあい
    pub goal_progress: String,
    /// 次の小さな一歩 (agreed together)
    pub next_step: String,
    /// ご本人の言葉
    pub quote: String,
    pub notes: String,
    pub duration_seconds: Option<i32>,
    #[serde(default, with = "crate::utc::option")]
    pub updated_at: Option<NaiveDateTime>,
    pub updated_by_name: Option<String>,
    pub previous: Option<PreviousInterview>,
    pub since: Since,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct InterviewInput {
    #[serde(default)]
    pub went_well: String,
    #[serde(default)]
    pub difficulties: String,
    #[serde(default)]
    pub goal_progress: String,
    #[serde(default)]
    pub next_step: String,
    #[serde(default)]
    pub quote: String,
    #[serde(default)]
    pub notes: String,
    pub duration_seconds: Option<i32>,
}

type InterviewRow = (
    i32,
    i32,
    String,
    String,
    String,
    String,
    String,
    String,
    Option<i32>,
    String,
    NaiveDateTime,
);

fn load_interview(
    conn: &mut DbConn,
    participant_id: &str,
    number: i32,
    today: NaiveDate,
) -> Result<Interview, AppError> {
    let plan = planned(conn, participant_id)?;
    let Some(this) = plan.iter().find(|p| p.number == number) else {
        return Err(AppError::NotFound);
    };
    // "Since last time": from the day after the previous session (or a week before this one).
    let since_day = plan
        .iter()
        .filter(|p| p.number < number)
        .map(|p| p.date + chrono::Days::new(1))
        .next_back()
        .unwrap_or(this.date - chrono::Days::new(7));
    let municipality: String = participants::table
        .filter(participants::id.eq(participant_id))
        .select(participants::municipality_id)
        .first(conn)?;
    let signals = daily::signals_since(conn, participant_id, &municipality, since_day, today)?;
    let since = Since {
        successes: signals
            .successes
            .into_iter()
            .map(|s| SinceItem {
                kind: s.kind,
                text: s.text,
                on: s.date,
            })
            .collect(),
        flags: signals
            .flags
            .into_iter()
            .filter(|f| f.date >= since_day)
            .map(|f| SinceItem {
                text: format!(
                    "{}：{}",
                    f.exercise_title,
                    if f.flag == "pain" {
                        "痛い"
                    } else {
                        "きつい"
                    }
                ),
                kind: f.flag,
                on: f.date,
            })
            .collect(),
    };
    let rows: Vec<InterviewRow> = interviews::table
        .filter(interviews::participant_id.eq(participant_id))
        .filter(interviews::session_number.le(number))
        .order(interviews::session_number.desc())
        .select((
            interviews::session_number,
            interviews::version,
            interviews::went_well,
            interviews::difficulties,
            interviews::goal_progress,
            interviews::next_step,
            interviews::quote,
            interviews::notes,
            interviews::duration_seconds,
            interviews::updated_by,
            interviews::updated_at,
        ))
        .load(conn)?;
    let previous = rows
        .iter()
        .find(|r| r.0 < number && (!r.5.is_empty() || !r.6.is_empty()))
        .map(|r| PreviousInterview {
            session_number: r.0,
            next_step: r.5.clone(),
            quote: r.6.clone(),
        });
    let mut interview = Interview {
        participant_id: participant_id.to_owned(),
        session_number: number,
        version: 0,
        went_well: String::new(),
        difficulties: String::new(),
        goal_progress: String::new(),
        next_step: String::new(),
        quote: String::new(),
        notes: String::new(),
        duration_seconds: None,
        updated_at: None,
        updated_by_name: None,
        previous,
        since,
    };
    if let Some(row) = rows.into_iter().find(|r| r.0 == number) {
        let (_, version, went_well, difficulties, progress, next_step, quote, notes, secs, by, at) =
            row;
        interview.version = version;
        interview.went_well = went_well;
        interview.difficulties = difficulties;
        interview.goal_progress = progress;
        interview.next_step = next_step;
        interview.quote = quote;
        interview.notes = notes;
        interview.duration_seconds = secs;
        interview.updated_at = Some(at);
        interview.updated_by_name = Some(staff_name(conn, &by)?);
    }
    Ok(interview)
}

pub fn get_interview(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &str,
    number: i32,
) -> Result<Audited<Interview>, AppError> {
    let seen = read_part(conn, scope, participant_id, "interview.read")?;
    Ok(Audited::new(
        load_interview(conn, participant_id, number, scope.today)?,
        seen,
    ))
}

const INTERVIEW_TEXT: usize = 4000;

pub fn save_interview(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &str,
    number: i32,
    expected: i32,
    input: &InterviewInput,
) -> Result<Interview, AppError> {
    change_part(
        conn,
        scope,
        participant_id,
        Action::WriteInterview,
        "interview.save",
    )?;
    let current = load_interview(conn, participant_id, number, scope.today)?;
    let went_well = optional_text(&input.went_well, "うまくいったこと", INTERVIEW_TEXT)?;
    let difficulties = optional_text(&input.difficulties, "困っていること", INTERVIEW_TEXT)?;
    let progress = optional_text(&input.goal_progress, "目標の進みぐあい", INTERVIEW_TEXT)?;
    let next_step = optional_text(&input.next_step, "次の小さな一歩", INTERVIEW_TEXT)?;
    let quote = optional_text(&input.quote, "ご本人の言葉", INTERVIEW_TEXT)?;
    let notes = optional_text(&input.notes, "メモ", INTERVIEW_TEXT)?;
    if input
        .duration_seconds
        .is_some_and(|s| !(0..=6 * 3600).contains(&s))
    {
        return Err(AppError::validation("面談の時間をご確認ください。"));
    }
    let at = now();
    let written = if expected == 0 {
        outcome(conn.transaction(|c| {
            diesel::insert_into(interviews::table)
                .values((
                    interviews::participant_id.eq(participant_id),
                    interviews::session_number.eq(number),
                    interviews::version.eq(1),
                    interviews::went_well.eq(&went_well),
                    interviews::difficulties.eq(&difficulties),
                    interviews::goal_progress.eq(&progress),
                    interviews::next_step.eq(&next_step),
                    interviews::quote.eq(&quote),
                    interviews::notes.eq(&notes),
                    interviews::duration_seconds.eq(input.duration_seconds),
                    interviews::updated_by.eq(&scope.staff_id),
                    interviews::updated_at.eq(at),
                ))
                .execute(c)
        }))
    } else {
        outcome(
            diesel::update(
                interviews::table
                    .filter(interviews::participant_id.eq(participant_id))
                    .filter(interviews::session_number.eq(number))
                    .filter(interviews::version.eq(expected)),
            )
            .set((
                interviews::version.eq(expected + 1),
                interviews::went_well.eq(&went_well),
                interviews::difficulties.eq(&difficulties),
                interviews::goal_progress.eq(&progress),
                interviews::next_step.eq(&next_step),
                interviews::quote.eq(&quote),
                interviews::notes.eq(&notes),
                interviews::duration_seconds.eq(input.duration_seconds),
                interviews::updated_by.eq(&scope.staff_id),
                interviews::updated_at.eq(at),
            ))
            .execute(conn),
        )
    };
    match written? {
        Written::Yes => load_interview(conn, participant_id, number, scope.today),
        Written::Conflict => Err(conflict(
            &load_interview(conn, participant_id, number, scope.today).unwrap_or(current),
        )),
    }
}

// --- performance tests ---

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PerformanceTest {
    pub session_number: i32,
    pub chair_stand_30s: Option<i32>,
    pub tug_s: Option<f64>,
    pub one_leg_left_s: Option<f64>,
    pub one_leg_right_s: Option<f64>,
    pub five_sts_s: Option<f64>,
    pub gait_distance_m: Option<f64>,
    pub gait_time_s: Option<f64>,
    pub gait_speed_mps: Option<f64>,
    #[serde(with = "crate::utc")]
    pub recorded_at: NaiveDateTime,
    pub recorded_by_name: String,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct PerformanceInput {
    pub chair_stand_30s: Option<i32>,
    pub tug_s: Option<f64>,
    pub one_leg_left_s: Option<f64>,
    pub one_leg_right_s: Option<f64>,
    pub five_sts_s: Option<f64>,
    pub gait_distance_m: Option<f64>,
    pub gait_time_s: Option<f64>,
}

type TestRow = (
    i32,
    Option<i32>,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    NaiveDateTime,
    String,
);

fn load_tests(conn: &mut DbConn, participant_id: &str) -> Result<Vec<PerformanceTest>, AppError> {
    let rows: Vec<TestRow> = performance_tests::table
        .filter(performance_tests::participant_id.eq(participant_id))
        .order(performance_tests::session_number)
        .select((
            performance_tests::session_number,
            performance_tests::chair_stand_30s,
            performance_tests::tug_s,
            performance_tests::one_leg_left_s,
            performance_tests::one_leg_right_s,
            performance_tests::five_sts_s,
            performance_tests::gait_distance_m,
            performance_tests::gait_time_s,
            performance_tests::gait_speed_mps,
            performance_tests::recorded_at,
            performance_tests::recorded_by,
        ))
        .load(conn)?;
    let mut out = Vec::with_capacity(rows.len());
    for (n, cs, tug, left, right, sts, dist, time, speed, at, by) in rows {
        out.push(PerformanceTest {
            session_number: n,
            chair_stand_30s: cs,
            tug_s: tug,
            one_leg_left_s: left,
            one_leg_right_s: right,
            five_sts_s: sts,
            gait_distance_m: dist,
            gait_time_s: time,
            gait_speed_mps: speed,
            recorded_at: at,
            recorded_by_name: staff_name(conn, &by)?,
        });
    }
    Ok(out)
}

pub fn list_tests(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &str,
) -> Result<Audited<Vec<PerformanceTest>>, AppError> {
    let seen = read_part(conn, scope, participant_id, "performance_test.list")?;
    Ok(Audited::new(load_tests(conn, participant_id)?, seen))
}

pub fn save_test(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &str,
    number: i32,
    input: &PerformanceInput,
) -> Result<PerformanceTest, AppError> {
    change_part(
        conn,
        scope,
        participant_id,
        Action::RecordTests,
        "performance_test.save",
    )?;
    if !planned(conn, participant_id)?
        .iter()
        .any(|p| p.number == number)
    {
        return Err(AppError::NotFound);
    }
    let measured = Measured {
        chair_stand_30s: input.chair_stand_30s,
        tug_s: input.tug_s,
        one_leg_left_s: input.one_leg_left_s,
        one_leg_right_s: input.one_leg_right_s,
        five_sts_s: input.five_sts_s,
        gait_distance_m: input.gait_distance_m,
        gait_time_s: input.gait_time_s,
    };
    let speed = performance::validate(&measured)?;
    let values = (
        performance_tests::chair_stand_30s.eq(input.chair_stand_30s),
        performance_tests::tug_s.eq(input.tug_s),
        performance_tests::one_leg_left_s.eq(input.one_leg_left_s),
        performance_tests::one_leg_right_s.eq(input.one_leg_right_s),
        performance_tests::five_sts_s.eq(input.five_sts_s),
        performance_tests::gait_distance_m.eq(input.gait_distance_m),
        performance_tests::gait_time_s.eq(input.gait_time_s),
        performance_tests::gait_speed_mps.eq(speed),
        performance_tests::recorded_by.eq(&scope.staff_id),
        performance_tests::recorded_at.eq(now()),
    );
    let updated = diesel::update(
        performance_tests::table
            .filter(performance_tests::participant_id.eq(participant_id))
            .filter(performance_tests::session_number.eq(number)),
    )
    .set(values)
    .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(performance_tests::table)
            .values((
                performance_tests::participant_id.eq(participant_id),
                performance_tests::session_number.eq(number),
                values,
            ))
            .execute(conn)?;
    }
    load_tests(conn, participant_id)?
        .into_iter()
        .find(|t| t.session_number == number)
        .ok_or(AppError::NotFound)
}

// --- a cohort at a glance ---

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CohortFacts {
    pub id: String,
    pub name: String,
    pub provider_name: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub capacity: i32,
    pub room_area_m2: f64,
    pub therapists: i32,
    pub nurses: i32,
    pub aides: i32,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OverviewPerson {
    pub id: String,
    pub display_name: String,
    pub status: String,
    pub sessions_attended: u32,
    pub next_session: Option<NextSession>,
    pub graduation_date: Option<NaiveDate>,
    pub attention: Vec<Attention>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct GraduationDay {
    pub date: NaiveDate,
    pub count: u32,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Overview {
    pub cohort: CohortFacts,
    pub staffing: StaffingCheck,
    pub participants: Vec<OverviewPerson>,
    pub graduations: Vec<GraduationDay>,
}

fn cohort_facts(conn: &mut DbConn, cohort_id: &str) -> Result<CohortFacts, AppError> {
    type Row = (
        String,
        String,
        String,
        NaiveDate,
        NaiveDate,
        i32,
        f64,
        i32,
        i32,
        i32,
    );
    let (id, name, provider_name, starts_on, ends_on, capacity, room, therapists, nurses, aides): Row =
        cohorts::table
            .inner_join(providers::table)
            .filter(cohorts::id.eq(cohort_id))
            .select((
                cohorts::id,
                cohorts::name,
                providers::name,
                cohorts::starts_on,
                cohorts::ends_on,
                cohorts::capacity,
                cohorts::room_area_m2,
                cohorts::therapists,
                cohorts::nurses,
                cohorts::aides,
            ))
            .first(conn)?;
    Ok(CohortFacts {
        id,
        name,
        provider_name,
        starts_on,
        ends_on,
        capacity,
        room_area_m2: room,
        therapists,
        nurses,
        aides,
    })
}

/// Who is where, who needs attention, the graduation dates and the staffing check. Audited.
pub fn overview(
    conn: &mut DbConn,
    scope: &StaffScope,
    cohort_id: &str,
) -> Result<Audited<Overview>, AppError> {
    cohort_db::get(conn, scope, cohort_id)?;
    scope.may(Action::ReadCohortOverview)?;
    let seen = audit::Entry::new(scope, "cohort.overview", None);
    Ok(Audited::new(build_overview(conn, scope, cohort_id)?, seen))
}

/// The overview in a handful of queries whatever the cohort's size: each kind of fact is
/// loaded for every person at once, and of the daily records only the days since each
/// person's last session (with the last day of any record, for those with none since).
fn build_overview(
    conn: &mut DbConn,
    scope: &StaffScope,
    cohort_id: &str,
) -> Result<Overview, AppError> {
    let ids = visible_in_cohort(conn, scope, cohort_id)?;
    let cohort = cohort_facts(conn, cohort_id)?;
    let staffing = staffing::check(&staffing::Staffing {
        places: cohort.capacity,
        room_area_m2: cohort.room_area_m2,
        therapists: cohort.therapists,
        nurses: cohort.nurses,
        aides: cohort.aides,
    });
    let people: Vec<(String, String, String, String, Option<NaiveDate>)> = participants::table
        .inner_join(enrollments::table)
        .filter(participants::id.eq_any(&ids))
        .order((
            participants::family_name_kana,
            participants::given_name_kana,
        ))
        .select((
            participants::id,
            participants::family_name,
            participants::given_name,
            enrollments::status,
            enrollments::started_on,
        ))
        .load(conn)?;
    let goal_steps = goals::active_step_counts(conn, &ids)?;
    let mut plans = planned_of(conn, &ids)?;
    // The daily records: the last day anything was recorded, and pain since the last
    // session attended (or the start).
    let since: HashMap<String, NaiveDate> = people
        .iter()
        .filter_map(|(id, _, _, _, started_on)| {
            plans
                .get(id)
                .and_then(|plan| {
                    plan.iter()
                        .filter(|p| p.attendance == Attendance::Attended)
                        .map(|p| p.date)
                        .next_back()
                })
                .or(*started_on)
                .map(|day| (id.clone(), day))
        })
        .collect();
    let today = scope.today;
    let mut signals = record_signals(conn, &since, today)?;
    let mut out = Vec::with_capacity(people.len());
    let mut graduations: Vec<GraduationDay> = Vec::new();
    for (id, family, given, status_text, started_on) in people {
        let status = stored_status(&status_text)?;
        let plan = plans.remove(&id).unwrap_or_default();
        let facts: Vec<SessionFact> = plan
            .iter()
            .map(|p| SessionFact {
                number: p.number as u32,
                date: p.date,
                attendance: p.attendance,
            })
            .collect();
        let goals: Vec<GoalFact> = goal_steps
            .iter()
            .filter(|(pid, _, _)| *pid == id)
            .map(|(_, text, steps)| GoalFact {
                text: text.clone(),
                steps: *steps,
            })
            .collect();
        let records = since
            .contains_key(&id)
            .then(|| signals.remove(&id).unwrap_or_default());
        let attention = attention::rules(
            &PersonFacts {
                status,
                started_on,
                sessions: &facts,
                active_goals: &goals,
                records,
            },
            today,
        );
        let graduation_date = plan.last().map(|p| p.date);
        if let Some(date) = graduation_date.filter(|_| status == EnrollmentStatus::Enrolled) {
            match graduations.iter_mut().find(|g| g.date == date) {
                Some(g) => g.count += 1,
                None => graduations.push(GraduationDay { date, count: 1 }),
            }
        }
        out.push(OverviewPerson {
            display_name: format!("{family} {given}"),
            sessions_attended: plan
                .iter()
                .filter(|p| p.attendance == Attendance::Attended)
                .count() as u32,
            next_session: (status == EnrollmentStatus::Enrolled)
                .then(|| {
                    plan.iter()
                        .find(|p| p.attendance == Attendance::Planned)
                        .map(|p| NextSession {
                            number: p.number as u32,
                            date: p.date,
                        })
                })
                .flatten(),
            graduation_date,
            attention,
            status: status_text,
            id,
        });
    }
    graduations.sort_by_key(|g| g.date);
    Ok(Overview {
        cohort,
        staffing,
        participants: out,
        graduations,
    })
}

/// The schedules of several people, in order, in one query.
fn planned_of(
    conn: &mut DbConn,
    ids: &[String],
) -> Result<HashMap<String, Vec<Planned>>, AppError> {
    type Row = (
        String,
        i32,
        NaiveDate,
        String,
        String,
        i32,
        Option<NaiveDate>,
    );
    let rows: Vec<Row> = program_sessions::table
        .filter(program_sessions::participant_id.eq_any(ids))
        .order((program_sessions::participant_id, program_sessions::number))
        .select((
            program_sessions::participant_id,
            program_sessions::number,
            program_sessions::date,
            program_sessions::kind,
            program_sessions::attendance,
            program_sessions::makeups,
            program_sessions::missed_on,
        ))
        .load(conn)?;
    let mut plans: HashMap<String, Vec<Planned>> = HashMap::new();
    for (pid, number, date, kind, attendance, makeups, missed_on) in rows {
        plans.entry(pid).or_default().push(Planned {
            number,
            date,
            kind: Kind::from_text(&kind)?,
            attendance: Attendance::from_text(&attendance)?,
            makeups,
            missed_on,
        });
    }
    Ok(plans)
}

/// For each person, from the day given on: the last day any record was kept (a retracted
/// record and the retractions themselves do not count) and the 「痛い」 flags up to today.
/// Three queries at most, whatever the number of people: the retractions, the records since
/// the earliest of the days, and — only for those with no record since their day — the last
/// day of any record.
fn record_signals(
    conn: &mut DbConn,
    since: &HashMap<String, NaiveDate>,
    today: NaiveDate,
) -> Result<HashMap<String, attention::RecordFacts>, AppError> {
    use super::schema::events;
    let ids: Vec<&String> = since.keys().collect();
    let Some(earliest) = since.values().min().copied() else {
        return Ok(HashMap::new());
    };
    let retracted: HashSet<(String, String)> = events::table
        .filter(events::participant_id.eq_any(&ids))
        .filter(events::retracts.is_not_null())
        .select((events::participant_id, events::retracts))
        .load::<(String, Option<String>)>(conn)?
        .into_iter()
        .filter_map(|(pid, target)| target.map(|t| (pid, t)))
        .collect();
    let recent: Vec<(String, String, String, NaiveDate, String)> = events::table
        .filter(events::participant_id.eq_any(&ids))
        .filter(events::local_date.ge(earliest))
        .filter(events::kind.ne("retraction"))
        .select((
            events::participant_id,
            events::client_id,
            events::kind,
            events::local_date,
            events::payload,
        ))
        .load(conn)?;
    let mut out: HashMap<String, attention::RecordFacts> = HashMap::new();
    for (pid, client_id, kind, date, payload) in recent {
        let Some(from) = since.get(&pid) else {
            continue;
        };
        if date < *from || retracted.contains(&(pid.clone(), client_id)) {
            continue;
        }
        let pain = kind == "exercise_flag"
            && date <= today
            && serde_json::from_str::<serde_json::Value>(&payload)
                .ok()
                .and_then(|p| p.get("flag").and_then(|f| f.as_str()).map(|f| f == "pain"))
                .unwrap_or(false);
        let facts = out.entry(pid).or_default();
        facts.last_record_on = facts.last_record_on.max(Some(date));
        facts.pain_flags_since_last_session += u32::from(pain);
    }
    // Nothing since their day: the last record may be older.
    let quiet: Vec<&String> = ids
        .iter()
        .copied()
        .filter(|id| !out.contains_key(*id))
        .collect();
    if !quiet.is_empty() {
        let hidden: Vec<&String> = retracted
            .iter()
            .filter(|(pid, _)| quiet.contains(&pid))
            .map(|(_, target)| target)
            .collect();
        let last: Vec<(String, Option<NaiveDate>)> = events::table
            .filter(events::participant_id.eq_any(&quiet))
            .filter(events::kind.ne("retraction"))
            .filter(events::client_id.ne_all(&hidden))
            .group_by(events::participant_id)
            .select((events::participant_id, diesel::dsl::max(events::local_date)))
            .load(conn)?;
        for (pid, day) in last {
            out.entry(pid).or_default().last_record_on = day;
        }
    }
    Ok(out)
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct StaffingInput {
    pub capacity: i32,
    pub room_area_m2: f64,
    pub therapists: i32,
    pub nurses: i32,
    pub aides: i32,
}

pub fn set_staffing(
    conn: &mut DbConn,
    scope: &StaffScope,
    cohort_id: &str,
    input: &StaffingInput,
) -> Result<Overview, AppError> {
    cohort_db::get(conn, scope, cohort_id)?;
    scope.may(Action::CheckStaffing)?;
    if !(1..=100).contains(&input.capacity) {
        return Err(AppError::validation("定員は1〜100名で入力してください。"));
    }
    if !input.room_area_m2.is_finite() || !(1.0..=10_000.0).contains(&input.room_area_m2) {
        return Err(AppError::validation("部屋の広さ（m²）をご確認ください。"));
    }
    for (n, what) in [
        (input.therapists, "リハ職"),
        (input.nurses, "看護職員"),
        (input.aides, "補助スタッフ"),
    ] {
        if !(0..=50).contains(&n) {
            return Err(AppError::validation(format!(
                "{what}の人数は0〜50名で入力してください。"
            )));
        }
    }
    diesel::update(cohorts::table.filter(cohorts::id.eq(cohort_id)))
        .set((
            cohorts::capacity.eq(input.capacity),
            cohorts::room_area_m2.eq(input.room_area_m2),
            cohorts::therapists.eq(input.therapists),
            cohorts::nurses.eq(input.nurses),
            cohorts::aides.eq(input.aides),
        ))
        .execute(conn)?;
    audit::record(conn, scope, "cohort.staffing", None)?;
    audit::record(conn, scope, "cohort.overview", None)?;
    build_overview(conn, scope, cohort_id)
}
