//! The assessment visit (アセスメント訪問) and the 興味関心チェックシート at the start and at
//! graduation: versioned staff documents (a save names the version it started from).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::audit::Audited;
use super::participants::{change_part, read_part, staff_name};
use super::schema::{assessments, interest_checklists};
use super::versioned::{conflict, from_json, outcome, to_json, Written};
use super::{now, DbConn, StaffScope};
use crate::domain::ids::{ParticipantId, StaffId};
use crate::domain::interest::{self, Mark};
use crate::domain::names::optional_text;
use crate::domain::policy::Action;
use crate::domain::values::record_date;
use crate::error::AppError;
use crate::wire::assessments::{
    Assessment, AssessmentInput, Checklist, ChecklistInput, Checklists, Phase,
};

const TEXT_MAX: usize = 2000;

type AssessmentRow = (
    i32,
    Option<NaiveDate>,
    String,
    String,
    String,
    String,
    String,
    StaffId,
    NaiveDateTime,
);

fn load_assessment(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<Assessment, AppError> {
    let row: Option<AssessmentRow> = assessments::table
        .filter(assessments::participant_id.eq(participant_id))
        .select((
            assessments::version,
            assessments::visited_on,
            assessments::difficulties,
            assessments::difficulties_note,
            assessments::home_environment,
            assessments::wishes,
            assessments::referred_by,
            assessments::updated_by,
            assessments::updated_at,
        ))
        .first(conn)
        .optional()?;
    let Some((version, visited_on, difficulties, note, home, wishes, referred_by, by, at)) = row
    else {
        return Ok(Assessment {
            participant_id: participant_id.to_owned(),
            version: 0,
            visited_on: None,
            difficulties: Vec::new(),
            difficulties_note: String::new(),
            home_environment: String::new(),
            wishes: String::new(),
            referred_by: String::new(),
            updated_at: None,
            updated_by_name: None,
        });
    };
    Ok(Assessment {
        participant_id: participant_id.to_owned(),
        version,
        visited_on,
        difficulties: from_json(&difficulties)?,
        difficulties_note: note,
        home_environment: home,
        wishes,
        referred_by,
        updated_at: Some(at),
        updated_by_name: Some(staff_name(conn, &by)?),
    })
}

pub fn get_assessment(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
) -> Result<Audited<Assessment>, AppError> {
    let seen = read_part(conn, scope, participant_id, "assessment.read")?;
    Ok(Audited::new(load_assessment(conn, participant_id)?, seen))
}

pub fn save_assessment(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    expected: i32,
    input: &AssessmentInput,
) -> Result<Assessment, AppError> {
    change_part(
        conn,
        scope,
        participant_id,
        Action::EditAssessment,
        "assessment.save",
    )?;
    record_date(input.visited_on, scope.today, "訪問日").map_err(AppError::validation)?;
    let mut difficulties = input.difficulties.clone();
    difficulties.dedup();
    let difficulties = to_json(&difficulties)?;
    let note = optional_text(
        &input.difficulties_note,
        "生活のしづらさ（自由記述）",
        TEXT_MAX,
    )?;
    let home = optional_text(&input.home_environment, "住まいの環境", TEXT_MAX)?;
    let wishes = optional_text(&input.wishes, "ご本人の望み", TEXT_MAX)?;
    let referred_by = optional_text(&input.referred_by, "紹介元", 200)?;
    let at = now();
    let written = if expected == 0 {
        // A savepoint: on PostgreSQL a failed insert would otherwise end the transaction.
        outcome(conn.transaction(|c| {
            diesel::insert_into(assessments::table)
                .values((
                    assessments::participant_id.eq(participant_id),
                    assessments::version.eq(1),
                    assessments::visited_on.eq(input.visited_on),
                    assessments::difficulties.eq(&difficulties),
                    assessments::difficulties_note.eq(&note),
                    assessments::home_environment.eq(&home),
                    assessments::wishes.eq(&wishes),
                    assessments::referred_by.eq(&referred_by),
                    assessments::updated_by.eq(&scope.staff_id),
                    assessments::updated_at.eq(at),
                ))
                .execute(c)
        }))
    } else {
        outcome(
            diesel::update(
                assessments::table
                    .filter(assessments::participant_id.eq(participant_id))
                    .filter(assessments::version.eq(expected)),
            )
            .set((
                assessments::version.eq(expected + 1),
                assessments::visited_on.eq(input.visited_on),
                assessments::difficulties.eq(&difficulties),
                assessments::difficulties_note.eq(&note),
                assessments::home_environment.eq(&home),
                assessments::wishes.eq(&wishes),
                assessments::referred_by.eq(&referred_by),
                assessments::updated_by.eq(&scope.staff_id),
                assessments::updated_at.eq(at),
            ))
            .execute(conn),
        )
    };
    match written? {
        Written::Yes => load_assessment(conn, participant_id),
        Written::Conflict => Err(conflict(&load_assessment(conn, participant_id)?)),
    }
}

// --- 興味関心チェックシート ---

type ChecklistRow = (
    i32,
    Option<NaiveDate>,
    String,
    String,
    StaffId,
    NaiveDateTime,
);

pub(super) fn load_checklist(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    phase: Phase,
) -> Result<Checklist, AppError> {
    let row: Option<ChecklistRow> = interest_checklists::table
        .filter(interest_checklists::participant_id.eq(participant_id))
        .filter(interest_checklists::phase.eq(phase.as_str()))
        .select((
            interest_checklists::version,
            interest_checklists::filled_on,
            interest_checklists::items,
            interest_checklists::others,
            interest_checklists::updated_by,
            interest_checklists::updated_at,
        ))
        .first(conn)
        .optional()?;
    let Some((version, filled_on, items, others, by, at)) = row else {
        return Ok(Checklist {
            phase,
            version: 0,
            filled_on: None,
            items: Vec::new(),
            others: Vec::new(),
            updated_at: None,
            updated_by_name: None,
        });
    };
    Ok(Checklist {
        phase,
        version,
        filled_on,
        items: from_json(&items)?,
        others: from_json(&others)?,
        updated_at: Some(at),
        updated_by_name: Some(staff_name(conn, &by)?),
    })
}

pub fn get_checklists(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
) -> Result<Audited<Checklists>, AppError> {
    let seen = read_part(conn, scope, participant_id, "interest_checklist.read")?;
    let checklists = Checklists {
        participant_id: participant_id.to_owned(),
        assessment: load_checklist(conn, participant_id, Phase::Assessment)?,
        graduation: load_checklist(conn, participant_id, Phase::Graduation)?,
    };
    Ok(Audited::new(checklists, seen))
}

/// The marks of the assessment checklist (for goals, which come from してみたい/興味がある).
pub(super) fn assessment_marks(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<Vec<Mark>, AppError> {
    Ok(load_checklist(conn, participant_id, Phase::Assessment)?.items)
}

pub fn save_checklist(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    phase: Phase,
    expected: i32,
    input: &ChecklistInput,
) -> Result<Checklist, AppError> {
    change_part(
        conn,
        scope,
        participant_id,
        Action::EditInterestChecklist,
        "interest_checklist.save",
    )?;
    record_date(input.filled_on, scope.today, "記入日").map_err(AppError::validation)?;
    let (items, others) = interest::normalize(&input.items, &input.others)?;
    let items = to_json(&items)?;
    let others = to_json(&others)?;
    let at = now();
    let written = if expected == 0 {
        outcome(conn.transaction(|c| {
            diesel::insert_into(interest_checklists::table)
                .values((
                    interest_checklists::participant_id.eq(participant_id),
                    interest_checklists::phase.eq(phase.as_str()),
                    interest_checklists::version.eq(1),
                    interest_checklists::filled_on.eq(input.filled_on),
                    interest_checklists::items.eq(&items),
                    interest_checklists::others.eq(&others),
                    interest_checklists::updated_by.eq(&scope.staff_id),
                    interest_checklists::updated_at.eq(at),
                ))
                .execute(c)
        }))
    } else {
        outcome(
            diesel::update(
                interest_checklists::table
                    .filter(interest_checklists::participant_id.eq(participant_id))
                    .filter(interest_checklists::phase.eq(phase.as_str()))
                    .filter(interest_checklists::version.eq(expected)),
            )
            .set((
                interest_checklists::version.eq(expected + 1),
                interest_checklists::filled_on.eq(input.filled_on),
                interest_checklists::items.eq(&items),
                interest_checklists::others.eq(&others),
                interest_checklists::updated_by.eq(&scope.staff_id),
                interest_checklists::updated_at.eq(at),
            ))
            .execute(conn),
        )
    };
    match written? {
        Written::Yes => load_checklist(conn, participant_id, phase),
        Written::Conflict => Err(conflict(&load_checklist(conn, participant_id, phase)?)),
    }
}
