//! The interview of each session (~20 minutes): what went well, what was hard, the goal's
//! progress and the next small step, with the previous step and what the daily records show
//! since the last session.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::audit::Audited;
use super::participants::{change_part, read_part, staff_name};
use super::schema::{interviews, participants};
use super::sessions::planned;
use super::versioned::{conflict, outcome, Written};
use super::{daily, now, DbConn, StaffScope};
use crate::domain::ids::{MunicipalityId, ParticipantId, StaffId};
use crate::domain::names::optional_text;
use crate::domain::policy::Action;
use crate::error::AppError;
use crate::wire::interviews::{Interview, InterviewInput, PreviousInterview, Since, SinceItem};

// --- interviews ---

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
    StaffId,
    NaiveDateTime,
);

fn load_interview(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
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
    let municipality: MunicipalityId = participants::table
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
    participant_id: &ParticipantId,
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
    participant_id: &ParticipantId,
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
