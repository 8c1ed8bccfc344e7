//! Eligibility screenings (基本チェックリスト and the exclusions), stored as what was asked and
//! answered; the result is recomputed from that by the pure rules in `domain::eligibility`.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::schema::{screenings, staff};
use super::{audit, new_id, now, participants as participant_db, DbConn, StaffScope};
use crate::domain::eligibility as rules;
use crate::domain::ids::{ParticipantId, StaffId};
use crate::domain::policy::Action;
use crate::domain::program::age_on;
use crate::error::AppError;
use crate::wire::screenings::{Criterion, ScreeningInput, ScreeningResult};

fn exclusions_to_text(e: &rules::Exclusions) -> String {
    e.applying()
        .into_iter()
        .map(|(key, _)| key)
        .collect::<Vec<_>>()
        .join(",")
}

fn exclusions_from_text(text: &str) -> rules::Exclusions {
    rules::Exclusions::from_keys(text.split(','))
}

/// `Y`, `N` or `-` per item, in order.
fn answers_to_text(answers: &[Option<bool>]) -> String {
    answers
        .iter()
        .map(|a| match a {
            Some(true) => 'Y',
            Some(false) => 'N',
            None => '-',
        })
        .collect()
}

pub(super) fn answers_from_text(text: &str) -> Vec<Option<bool>> {
    text.chars()
        .map(|c| match c {
            'Y' => Some(true),
            'N' => Some(false),
            _ => None,
        })
        .collect()
}

/// Parses the request into the domain's input; every mistake is a clear 422.
fn to_domain(input: &ScreeningInput, age_years: i32) -> Result<rules::ScreeningInput, AppError> {
    let answers = rules::ChecklistAnswers::new(&input.answers, input.height_cm, input.weight_kg)
        .map_err(|e| AppError::validation(e.message_ja()))?;
    let certification = rules::Certification::from_text(&input.certification).map_err(|_| {
        AppError::validation(
            "認定の区分は none・support_1・support_2・care_needed のいずれかです。",
        )
    })?;
    Ok(rules::ScreeningInput {
        answers,
        certification,
        exclusions: input.exclusions,
        age_years,
    })
}

struct Stored {
    id: String,
    input: ScreeningInput,
    age_years: i32,
    screened_by_name: String,
    screened_at: NaiveDateTime,
}

fn result(stored: Stored) -> Result<ScreeningResult, AppError> {
    let outcome = rules::screen(&to_domain(&stored.input, stored.age_years)?);
    Ok(ScreeningResult {
        id: stored.id,
        screened_at: stored.screened_at,
        screened_by_name: stored.screened_by_name,
        eligible: outcome.eligible,
        basis: outcome.basis.map(|b| b.as_str().to_owned()),
        bmi: outcome.bmi,
        item12: outcome.item12,
        certification: stored.input.certification,
        answers: stored.input.answers,
        height_cm: stored.input.height_cm,
        weight_kg: stored.input.weight_kg,
        age_years: stored.age_years,
        criteria: outcome
            .criteria
            .into_iter()
            .map(|c| Criterion {
                number: c.number,
                label: c.label.to_owned(),
                matched: c.matched,
                count: c.count,
                threshold: c.threshold,
                items: c.items,
            })
            .collect(),
        exclusions: outcome.exclusions.iter().map(|k| k.to_string()).collect(),
        reasons: outcome.reasons,
    })
}

/// Stores a screening (after checking it parses) and returns its id and result.
pub fn insert(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    screened_by: &StaffId,
    birth_date: NaiveDate,
    input: &ScreeningInput,
    today: NaiveDate,
) -> Result<(String, bool, i32), AppError> {
    let age_years = age_on(birth_date, today);
    rules::check_precision(input.height_cm, input.weight_kg)
        .map_err(|e| AppError::validation(e.message_ja()))?;
    let outcome = rules::screen(&to_domain(input, age_years)?);
    let id = new_id();
    diesel::insert_into(screenings::table)
        .values((
            screenings::id.eq(&id),
            screenings::participant_id.eq(participant_id),
            screenings::answers.eq(answers_to_text(&input.answers)),
            screenings::height_cm.eq(input.height_cm),
            screenings::weight_kg.eq(input.weight_kg),
            screenings::certification.eq(&input.certification),
            screenings::exclusions.eq(exclusions_to_text(&input.exclusions)),
            screenings::age_years.eq(age_years),
            screenings::eligible.eq(outcome.eligible),
            screenings::screened_by.eq(screened_by),
            screenings::screened_at.eq(now()),
        ))
        .execute(conn)?;
    Ok((id, outcome.eligible, age_years))
}

/// Records a screening of a participant the caller may see (包括 and リハ職 screen).
pub fn create(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    input: &ScreeningInput,
) -> Result<ScreeningResult, AppError> {
    participant_db::ensure_visible(conn, scope, participant_id)?;
    scope.may(Action::Screen)?;
    let birth = participant_db::birth_date(conn, participant_id)?;
    let (id, _, _) = insert(
        conn,
        participant_id,
        &scope.staff_id,
        birth,
        input,
        scope.today,
    )?;
    audit::record(conn, scope, "screening.create", Some(participant_id))?;
    load(conn, participant_id)?
        .into_iter()
        .find(|r| r.id == id)
        .ok_or(AppError::NotFound)
}

/// The participant's screenings, newest first. Audited.
pub fn list(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
) -> Result<audit::Audited<Vec<ScreeningResult>>, AppError> {
    let seen = participant_db::read_part(conn, scope, participant_id, "screening.list")?;
    Ok(audit::Audited::new(load(conn, participant_id)?, seen))
}

type Row = (
    String,
    String,
    Option<f64>,
    Option<f64>,
    String,
    String,
    i32,
    String,
    NaiveDateTime,
);

pub(super) fn load(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<Vec<ScreeningResult>, AppError> {
    let rows: Vec<Row> = screenings::table
        .inner_join(staff::table)
        .filter(screenings::participant_id.eq(participant_id))
        .order(screenings::screened_at.desc())
        .select((
            screenings::id,
            screenings::answers,
            screenings::height_cm,
            screenings::weight_kg,
            screenings::certification,
            screenings::exclusions,
            screenings::age_years,
            staff::name,
            screenings::screened_at,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(
            |(
                id,
                answers,
                height_cm,
                weight_kg,
                certification,
                exclusions,
                age_years,
                name,
                at,
            )| {
                result(Stored {
                    id,
                    input: ScreeningInput {
                        answers: answers_from_text(&answers),
                        height_cm,
                        weight_kg,
                        certification,
                        exclusions: exclusions_from_text(&exclusions),
                    },
                    age_years,
                    screened_by_name: name,
                    screened_at: at,
                })
            },
        )
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_and_exclusions_survive_storage() {
        let answers = vec![Some(true), Some(false), None];
        assert_eq!(answers_from_text(&answers_to_text(&answers)), answers);
        let e = rules::Exclusions {
            dementia: true,
            using_day_service: true,
            ..Default::default()
        };
        let back = exclusions_from_text(&exclusions_to_text(&e));
        assert!(back.dementia && back.using_day_service && !back.terminal_cancer);
        assert_eq!(exclusions_to_text(&rules::Exclusions::default()), "");
    }
}
