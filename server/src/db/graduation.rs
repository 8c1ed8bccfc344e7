//! The graduation review and summary (卒業時の振り返り), a versioned staff document prefilled
//! from what dekita already holds, and its three renderings: the participant's (できたこと
//! first), the recipient's (only the consented parts, [`shared`]) and the municipality's case
//! sheet (the staff view, printed). Also the explanation of the end at 導入 and the person's
//! wish for after the program.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::assessments::load_checklist;

use super::audit::Audited;
use super::participants::{change_part, read_part, staff_name};
use super::performance::load_tests;
use super::schema::{
    end_explanations, enrollments, exit_settings, graduation_reviews, participants,
};
use super::scope::ParticipantScope;
use super::versioned::{conflict, from_json, outcome, to_json, Written};
use super::{now, DbConn, StaffScope};
use crate::domain::consent::{Facts, Part};
use crate::domain::eligibility;
use crate::domain::enrollment::EnrollmentStatus;
use crate::domain::graduation::{
    self as rules, Medium, Outcome, ToWhom, Transport, EXPLANATION, EXPLANATION_VERSION,
};
use crate::domain::ids::{MunicipalityId, ParticipantId, StaffId};
use crate::domain::interest;
use crate::domain::names::optional_text;
use crate::domain::policy::Action;
use crate::domain::values::record_date;
use crate::error::AppError;
use crate::wire::assessments::Phase;
use crate::wire::graduation::{
    ChecklistCount, EndExplanation, EndExplanationInput, GoalLine, GraduationInput,
    GraduationReview, GraduationRule, InterestLine, InterestRef, MyGraduation, MySummary, Prefill,
    ReviewBody, SharedContact, SharedGoal, SharedParticipation, SharedRecord,
};

const TEXT_MAX: usize = 1000;

/// Whether support B/D counts as 卒業 in this municipality (default: yes).
pub fn support_counts(
    conn: &mut DbConn,
    municipality_id: &MunicipalityId,
) -> Result<bool, AppError> {
    Ok(exit_settings::table
        .filter(exit_settings::municipality_id.eq(municipality_id))
        .select(exit_settings::support_counts_as_graduation)
        .first(conn)
        .optional()?
        .unwrap_or(rules::DEFAULT_SUPPORT_COUNTS))
}

pub fn rule(conn: &mut DbConn, scope: &StaffScope) -> Result<GraduationRule, AppError> {
    let counts = support_counts(conn, &scope.municipality_id)?;
    Ok(GraduationRule {
        support_counts_as_graduation: counts,
        rule: rules::rule_text(counts).to_owned(),
    })
}

/// Sets the rule (the municipality's administrator); audited.
pub fn set_rule(
    conn: &mut DbConn,
    scope: &StaffScope,
    input: &GraduationRule,
) -> Result<GraduationRule, AppError> {
    scope.may(Action::SetGraduationRule)?;
    let updated = diesel::update(
        exit_settings::table.filter(exit_settings::municipality_id.eq(&scope.municipality_id)),
    )
    .set(exit_settings::support_counts_as_graduation.eq(input.support_counts_as_graduation))
    .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(exit_settings::table)
            .values((
                exit_settings::municipality_id.eq(&scope.municipality_id),
                exit_settings::support_counts_as_graduation.eq(input.support_counts_as_graduation),
            ))
            .execute(conn)?;
    }
    super::audit::record_detail(
        conn,
        scope,
        "graduation_rule.set",
        None,
        Some(if input.support_counts_as_graduation {
            "support_counts"
        } else {
            "support_does_not_count"
        }),
    )?;
    rule(conn, scope)
}

/// The outcomes recorded at the graduation reviews of these people (for the outcome figures).
pub(super) fn outcomes_of(
    conn: &mut DbConn,
    participant_ids: super::evaluation::CountedIds,
) -> Result<std::collections::HashMap<String, Outcome>, AppError> {
    let rows: Vec<(String, Option<String>)> = graduation_reviews::table
        .filter(graduation_reviews::participant_id.eq_any(participant_ids))
        .select((
            graduation_reviews::participant_id,
            graduation_reviews::outcome,
        ))
        .load(conn)?;
    let mut out = std::collections::HashMap::new();
    for (id, outcome) in rows {
        if let Some(o) = outcome {
            out.insert(id, Outcome::from_text(&o)?);
        }
    }
    Ok(out)
}

pub(super) fn display_name(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<String, AppError> {
    let (family, given): (String, String) = participants::table
        .filter(participants::id.eq(participant_id))
        .select((participants::family_name, participants::given_name))
        .first(conn)?;
    Ok(format!("{family} {given}"))
}

fn municipality_of(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<MunicipalityId, AppError> {
    Ok(participants::table
        .filter(participants::id.eq(participant_id))
        .select(participants::municipality_id)
        .first(conn)?)
}

fn checklist_count(s: &crate::wire::screenings::ScreeningResult) -> ChecklistCount {
    let counted = s
        .answers
        .iter()
        .enumerate()
        .filter(|(i, a)| a.is_some_and(|yes| eligibility::counted(i + 1, yes)))
        .count();
    ChecklistCount {
        screened_at: s.screened_at,
        counted,
        criteria_met: s
            .criteria
            .iter()
            .filter(|c| c.matched)
            .map(|c| c.label.clone())
            .collect(),
    }
}

fn interests(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<Vec<InterestLine>, AppError> {
    let end = load_checklist(conn, participant_id, Phase::Graduation)?;
    let marks = if end.version > 0 {
        end.items
    } else {
        load_checklist(conn, participant_id, Phase::Assessment)?.items
    };
    Ok(marks
        .into_iter()
        .filter(|m| m.doing || m.want || m.interested)
        .map(|m| InterestLine {
            label: interest::label(m.item).unwrap_or_default().to_owned(),
            item: m.item,
            doing: m.doing,
            want: m.want,
            interested: m.interested,
        })
        .collect())
}

fn exercise_lines(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    municipality_id: &MunicipalityId,
) -> Result<Vec<String>, AppError> {
    let plans = super::daily::load_prescriptions(conn, participant_id)?;
    let Some(current) = plans.into_iter().next() else {
        return Ok(Vec::new());
    };
    let library = super::daily::library(conn, municipality_id)?;
    Ok(current
        .items
        .iter()
        .map(|item| {
            let info = library.iter().find(|e| e.key == item.exercise);
            let title = info.map(|e| e.title.as_str()).unwrap_or(&item.exercise);
            let unit = match info.map(|e| e.unit) {
                Some(crate::domain::exercises::Unit::Seconds) => "秒",
                Some(crate::domain::exercises::Unit::Minutes) => "分",
                _ => "回",
            };
            format!(
                "{title}　{}{unit}×{}セット　週{}日",
                item.amount, item.sets, item.days_per_week
            )
        })
        .collect())
}

fn wish_of(conn: &mut DbConn, participant_id: &ParticipantId) -> Result<String, AppError> {
    Ok(end_explanations::table
        .filter(end_explanations::participant_id.eq(participant_id))
        .select(end_explanations::wish)
        .first(conn)
        .optional()?
        .unwrap_or_default())
}

fn prefill(conn: &mut DbConn, participant_id: &ParticipantId) -> Result<Prefill, AppError> {
    let (status, ended_on): (String, Option<NaiveDate>) = enrollments::table
        .filter(enrollments::participant_id.eq(participant_id))
        .select((enrollments::status, enrollments::ended_on))
        .first(conn)?;
    let goals = super::goals::load(conn, participant_id)?
        .into_iter()
        .filter(|g| g.status == "active")
        .map(|g| GoalLine {
            steps_reached: g
                .steps
                .iter()
                .filter(|s| s.reached_session.is_some())
                .count(),
            steps_total: g.steps.len(),
            text: g.text,
            gas: g.gas,
            performance_start: g.performance_start,
            performance_end: g.performance_end,
            satisfaction_start: g.satisfaction_start,
            satisfaction_end: g.satisfaction_end,
        })
        .collect();
    let tests = load_tests(conn, participant_id)?;
    let screenings = super::screenings::load(conn, participant_id)?;
    let municipality = municipality_of(conn, participant_id)?;
    Ok(Prefill {
        status,
        ended_on,
        goals,
        tests_first: tests.first().cloned(),
        tests_last: (tests.len() > 1).then(|| tests.last().cloned()).flatten(),
        // Newest first: the last is the start.
        checklist_first: screenings.last().map(checklist_count),
        checklist_last: (screenings.len() > 1)
            .then(|| screenings.first().map(checklist_count))
            .flatten(),
        interests: interests(conn, participant_id)?,
        exercise_plan: exercise_lines(conn, participant_id, &municipality)?,
        after_program_wish: wish_of(conn, participant_id)?,
    })
}

type ReviewRow = (
    i32,
    Option<NaiveDate>,
    Option<String>,
    String,
    StaffId,
    NaiveDateTime,
);

struct Stored {
    version: i32,
    reviewed_on: Option<NaiveDate>,
    outcome: Option<Outcome>,
    body: ReviewBody,
    updated_by: Option<StaffId>,
    updated_at: Option<NaiveDateTime>,
}

fn stored(conn: &mut DbConn, participant_id: &ParticipantId) -> Result<Stored, AppError> {
    let row: Option<ReviewRow> = graduation_reviews::table
        .filter(graduation_reviews::participant_id.eq(participant_id))
        .select((
            graduation_reviews::version,
            graduation_reviews::reviewed_on,
            graduation_reviews::outcome,
            graduation_reviews::body,
            graduation_reviews::updated_by,
            graduation_reviews::updated_at,
        ))
        .first(conn)
        .optional()?;
    Ok(match row {
        None => Stored {
            version: 0,
            reviewed_on: None,
            outcome: None,
            body: ReviewBody::default(),
            updated_by: None,
            updated_at: None,
        },
        Some((version, reviewed_on, outcome, body, by, at)) => Stored {
            version,
            reviewed_on,
            outcome: match outcome {
                Some(o) => Some(Outcome::from_text(&o)?),
                None => None,
            },
            body: from_json(&body)?,
            updated_by: Some(by),
            updated_at: Some(at),
        },
    })
}

fn load_review(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<GraduationReview, AppError> {
    let s = stored(conn, participant_id)?;
    let municipality = municipality_of(conn, participant_id)?;
    let counts = support_counts(conn, &municipality)?;
    Ok(GraduationReview {
        participant_id: participant_id.clone(),
        version: s.version,
        reviewed_on: s.reviewed_on,
        outcome: s.outcome,
        counts_as_graduation: s.outcome.map(|o| rules::counts_as_graduation(o, counts)),
        rule: rules::rule_text(counts).to_owned(),
        body: s.body,
        updated_at: s.updated_at,
        updated_by_name: match s.updated_by {
            Some(by) => Some(staff_name(conn, &by)?),
            None => None,
        },
        prefill: prefill(conn, participant_id)?,
    })
}

pub fn get(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
) -> Result<Audited<GraduationReview>, AppError> {
    let seen = read_part(conn, scope, participant_id, "graduation.read")?;
    Ok(Audited::new(load_review(conn, participant_id)?, seen))
}

fn lines(values: &[String], label: &str, most: usize) -> Result<Vec<String>, AppError> {
    let mut out = Vec::new();
    for v in values {
        let t = optional_text(v, label, 200)?;
        if !t.is_empty() {
            out.push(t);
        }
    }
    if out.len() > most {
        return Err(AppError::validation(format!(
            "{label}は{most}行までにしてください。"
        )));
    }
    Ok(out)
}

fn checked_body(b: &ReviewBody) -> Result<ReviewBody, AppError> {
    let mut support = b.support.clone();
    support.dedup();
    let mut transport = b.transport.clone();
    transport.dedup();
    Ok(ReviewBody {
        support,
        destination: b.destination,
        destination_note: optional_text(&b.destination_note, "行き先のメモ", 200)?,
        abilities: lines(&b.abilities, "できるようになったこと", 8)?,
        participation_wishes: optional_text(&b.participation_wishes, "参加の希望", TEXT_MAX)?,
        transport,
        cautions: optional_text(&b.cautions, "気をつけること", TEXT_MAX)?,
        own_words: optional_text(&b.own_words, "ご本人のひとこと", TEXT_MAX)?,
        exercise_plan: optional_text(&b.exercise_plan, "これからも続けること", TEXT_MAX)?,
        contact: optional_text(&b.contact, "連絡先・連絡のよい時間", 200)?,
        area: optional_text(&b.area, "住んでいる圏域", 40)?,
    })
}

/// Saves the review (If-Match: the version the editor started from). The outcome is for a
/// completed program only.
pub fn save(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    expected: i32,
    input: &GraduationInput,
) -> Result<GraduationReview, AppError> {
    change_part(
        conn,
        scope,
        participant_id,
        Action::ReviewGraduation,
        "graduation.save",
    )?;
    record_date(input.reviewed_on, scope.today, "振り返りの日").map_err(AppError::validation)?;
    let body = checked_body(&input.body)?;
    rules::check_outcome(input.outcome, &body.support, body.destination)
        .map_err(AppError::validation)?;
    if input.outcome.is_some() {
        let status: String = enrollments::table
            .filter(enrollments::participant_id.eq(participant_id))
            .select(enrollments::status)
            .first(conn)?;
        if EnrollmentStatus::from_text(&status)? != EnrollmentStatus::Completed {
            return Err(AppError::validation(
                "卒業かどうかは、12回を修了してから記録します。",
            ));
        }
    }
    let text = to_json(&body)?;
    let outcome_text = input.outcome.map(|o| o.as_str());
    let at = now();
    let written = if expected == 0 {
        outcome(conn.transaction(|c| {
            diesel::insert_into(graduation_reviews::table)
                .values((
                    graduation_reviews::participant_id.eq(participant_id),
                    graduation_reviews::version.eq(1),
                    graduation_reviews::reviewed_on.eq(input.reviewed_on),
                    graduation_reviews::outcome.eq(outcome_text),
                    graduation_reviews::body.eq(&text),
                    graduation_reviews::updated_by.eq(&scope.staff_id),
                    graduation_reviews::updated_at.eq(at),
                ))
                .execute(c)
        }))
    } else {
        outcome(
            diesel::update(
                graduation_reviews::table
                    .filter(graduation_reviews::participant_id.eq(participant_id))
                    .filter(graduation_reviews::version.eq(expected)),
            )
            .set((
                graduation_reviews::version.eq(expected + 1),
                graduation_reviews::reviewed_on.eq(input.reviewed_on),
                graduation_reviews::outcome.eq(outcome_text),
                graduation_reviews::body.eq(&text),
                graduation_reviews::updated_by.eq(&scope.staff_id),
                graduation_reviews::updated_at.eq(at),
            ))
            .execute(conn),
        )
    };
    match written? {
        Written::Yes => load_review(conn, participant_id),
        Written::Conflict => Err(conflict(&load_review(conn, participant_id)?)),
    }
}

// --- the recipient's rendering: only the consented parts ---

fn shared_goals(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<Vec<SharedGoal>, AppError> {
    Ok(super::goals::load(conn, participant_id)?
        .into_iter()
        .filter(|g| g.status == "active")
        .map(|g| SharedGoal {
            achieved: g.gas.is_some_and(|s| s >= 0)
                || (!g.steps.is_empty() && g.steps.iter().all(|s| s.reached_session.is_some())),
            text: g.text,
        })
        .collect())
}

/// The recipient's rendering of one person, limited to what `consent` shares.
pub(super) fn shared(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    consent: &Facts,
    municipality_id: &MunicipalityId,
) -> Result<SharedRecord, AppError> {
    let has = |p: Part| consent.parts.contains(&p);
    let review = stored(conn, participant_id)?.body;
    let contact = if has(Part::Contact) {
        let (family, given, fk, gk): (String, String, String, String) = participants::table
            .filter(participants::id.eq(participant_id))
            .filter(participants::municipality_id.eq(municipality_id))
            .select((
                participants::family_name,
                participants::given_name,
                participants::family_name_kana,
                participants::given_name_kana,
            ))
            .first(conn)?;
        Some(SharedContact {
            display_name: format!("{family} {given}"),
            kana: format!("{fk} {gk}"),
            contact: review.contact.clone(),
            area: review.area.clone(),
        })
    } else {
        None
    };
    let interests = if has(Part::Interests) {
        Some(interests(conn, participant_id)?)
    } else {
        None
    };
    let goals = if has(Part::SummaryGoals) {
        Some(shared_goals(conn, participant_id)?)
    } else {
        None
    };
    let participation = if has(Part::ParticipationWishes) {
        Some(SharedParticipation {
            wishes: review.participation_wishes.clone(),
            transport: review.transport.clone(),
            after_program_wish: wish_of(conn, participant_id)?,
        })
    } else {
        None
    };
    Ok(SharedRecord {
        parts: consent.parts.clone(),
        contact,
        interests,
        goals,
        abilities: has(Part::SummaryAbilities).then(|| review.abilities.clone()),
        participation,
        care_notes: has(Part::CareNotes).then(|| review.cautions.clone()),
        exercise_plan: has(Part::ExercisePlan).then(|| review.exercise_plan.clone()),
        followup_results: has(Part::FollowupResults).then(Vec::new),
    })
}

// --- the participant's rendering ---

pub fn mine(conn: &mut DbConn, scope: &ParticipantScope) -> Result<MyGraduation, AppError> {
    let pid = &scope.participant_id;
    let counts = support_counts(conn, &scope.municipality_id)?;
    let s = stored(conn, pid)?;
    let ended: Option<NaiveDate> = enrollments::table
        .filter(enrollments::participant_id.eq(pid))
        .select(enrollments::ended_on)
        .first::<Option<NaiveDate>>(conn)?;
    let graduation_date = match ended {
        Some(day) => Some(day),
        None => super::sessions::planned(conn, pid)?.last().map(|p| p.date),
    };
    let summary = if s.version > 0 {
        Some(MySummary {
            abilities: s.body.abilities.clone(),
            goals: shared_goals(conn, pid)?,
            exercise_plan: s.body.exercise_plan.clone(),
            participation_wishes: s.body.participation_wishes.clone(),
            own_words: s.body.own_words.clone(),
            outcome: s.outcome,
            counts_as_graduation: s.outcome.map(|o| rules::counts_as_graduation(o, counts)),
        })
    } else {
        None
    };
    Ok(MyGraduation {
        graduation_date,
        after_program_wish: wish_of(conn, pid)?,
        rule: rules::rule_text(counts).to_owned(),
        summary,
    })
}

// --- the end explained at 導入 ---

type ExplanationRow = (
    i32,
    Option<NaiveDate>,
    Option<StaffId>,
    Option<String>,
    Option<String>,
    String,
    String,
    String,
    StaffId,
    NaiveDateTime,
);

fn load_explanation(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<EndExplanation, AppError> {
    let row: Option<ExplanationRow> = end_explanations::table
        .filter(end_explanations::participant_id.eq(participant_id))
        .select((
            end_explanations::version,
            end_explanations::explained_on,
            end_explanations::explained_by,
            end_explanations::to_whom,
            end_explanations::medium,
            end_explanations::wording_version,
            end_explanations::wish,
            end_explanations::wish_items,
            end_explanations::updated_by,
            end_explanations::updated_at,
        ))
        .first(conn)
        .optional()?;
    let Some((version, on, by, to_whom, medium, wording_version, wish, items, updated_by, at)) =
        row
    else {
        return Ok(EndExplanation {
            participant_id: participant_id.clone(),
            version: 0,
            explained_on: None,
            explained_by_name: None,
            to_whom: None,
            medium: None,
            wording: EXPLANATION.to_owned(),
            wording_version: EXPLANATION_VERSION.to_owned(),
            wish: String::new(),
            wish_items: Vec::new(),
            updated_at: None,
            updated_by_name: None,
        });
    };
    let items: Vec<i32> = from_json(&items)?;
    Ok(EndExplanation {
        participant_id: participant_id.clone(),
        version,
        explained_on: on,
        explained_by_name: match by {
            Some(id) => Some(staff_name(conn, &id)?),
            None => None,
        },
        to_whom: match to_whom {
            Some(t) => Some(ToWhom::from_text(&t)?),
            None => None,
        },
        medium: match medium {
            Some(m) => Some(Medium::from_text(&m)?),
            None => None,
        },
        wording: EXPLANATION.to_owned(),
        wording_version,
        wish,
        wish_items: items
            .into_iter()
            .map(|item| InterestRef {
                label: interest::label(item).unwrap_or_default().to_owned(),
                item,
            })
            .collect(),
        updated_at: Some(at),
        updated_by_name: Some(staff_name(conn, &updated_by)?),
    })
}

pub fn get_explanation(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
) -> Result<Audited<EndExplanation>, AppError> {
    let seen = read_part(conn, scope, participant_id, "end_explanation.read")?;
    Ok(Audited::new(load_explanation(conn, participant_id)?, seen))
}

/// Records the explanation (the saver is the one who explained) and the wish.
pub fn save_explanation(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    expected: i32,
    input: &EndExplanationInput,
) -> Result<EndExplanation, AppError> {
    change_part(
        conn,
        scope,
        participant_id,
        Action::ReviewGraduation,
        "end_explanation.save",
    )?;
    record_date(input.explained_on, scope.today, "説明した日").map_err(AppError::validation)?;
    if input.explained_on.is_some() && (input.to_whom.is_none() || input.medium.is_none()) {
        return Err(AppError::validation(
            "だれに、どのように説明したかを選んでください。",
        ));
    }
    let wish = optional_text(&input.wish, "卒業後にしたいこと", 500)?;
    let mut items = input.wish_items.clone();
    items.sort_unstable();
    items.dedup();
    if let Some(bad) = items.iter().find(|i| interest::label(**i).is_none()) {
        return Err(AppError::validation(format!(
            "チェックシートに{bad}番の項目はありません。"
        )));
    }
    let items = to_json(&items)?;
    let by = input.explained_on.map(|_| scope.staff_id.clone());
    let to_whom = input.to_whom.map(|t| t.as_str());
    let medium = input.medium.map(|m| m.as_str());
    let at = now();
    let written = if expected == 0 {
        outcome(conn.transaction(|c| {
            diesel::insert_into(end_explanations::table)
                .values((
                    end_explanations::participant_id.eq(participant_id),
                    end_explanations::version.eq(1),
                    end_explanations::explained_on.eq(input.explained_on),
                    end_explanations::explained_by.eq(&by),
                    end_explanations::to_whom.eq(to_whom),
                    end_explanations::medium.eq(medium),
                    end_explanations::wording_version.eq(EXPLANATION_VERSION),
                    end_explanations::wish.eq(&wish),
                    end_explanations::wish_items.eq(&items),
                    end_explanations::updated_by.eq(&scope.staff_id),
                    end_explanations::updated_at.eq(at),
                ))
                .execute(c)
        }))
    } else {
        outcome(
            diesel::update(
                end_explanations::table
                    .filter(end_explanations::participant_id.eq(participant_id))
                    .filter(end_explanations::version.eq(expected)),
            )
            .set((
                end_explanations::version.eq(expected + 1),
                end_explanations::explained_on.eq(input.explained_on),
                end_explanations::explained_by.eq(&by),
                end_explanations::to_whom.eq(to_whom),
                end_explanations::medium.eq(medium),
                end_explanations::wording_version.eq(EXPLANATION_VERSION),
                end_explanations::wish.eq(&wish),
                end_explanations::wish_items.eq(&items),
                end_explanations::updated_by.eq(&scope.staff_id),
                end_explanations::updated_at.eq(at),
            ))
            .execute(conn),
        )
    };
    match written? {
        Written::Yes => load_explanation(conn, participant_id),
        Written::Conflict => Err(conflict(&load_explanation(conn, participant_id)?)),
    }
}

/// Whether the end was explained (for the attention list).
pub(super) fn explained(
    conn: &mut DbConn,
    participant_ids: &[ParticipantId],
) -> Result<std::collections::HashSet<ParticipantId>, AppError> {
    let rows: Vec<(ParticipantId, Option<NaiveDate>)> = end_explanations::table
        .filter(end_explanations::participant_id.eq_any(participant_ids))
        .select((
            end_explanations::participant_id,
            end_explanations::explained_on,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter(|(_, on)| on.is_some())
        .map(|(id, _)| id)
        .collect())
}

/// What matching may use of a person, limited by the consent: marks (interests part), goal
/// items (goals part), the wish's items and the transport (participation part), the 圏域
/// (contact part).
pub(super) struct MatchInputs {
    pub marks: Vec<crate::domain::places::PersonMark>,
    pub wished: Vec<i32>,
    pub area: Option<String>,
    pub transport: Vec<Transport>,
}

pub(super) fn match_inputs(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    consent: &Facts,
) -> Result<MatchInputs, AppError> {
    let has = |p: Part| consent.parts.contains(&p);
    let review = stored(conn, participant_id)?.body;
    let marks = if has(Part::Interests) {
        interests(conn, participant_id)?
            .into_iter()
            .map(|i| crate::domain::places::PersonMark {
                item: i.item,
                doing: i.doing,
                want: i.want,
                interested: i.interested,
            })
            .collect()
    } else {
        Vec::new()
    };
    let mut wished = Vec::new();
    if has(Part::SummaryGoals) {
        wished.extend(
            super::goals::load(conn, participant_id)?
                .into_iter()
                .filter(|g| g.status == "active")
                .filter_map(|g| g.source_item),
        );
    }
    if has(Part::ParticipationWishes) {
        let items: Option<String> = end_explanations::table
            .filter(end_explanations::participant_id.eq(participant_id))
            .select(end_explanations::wish_items)
            .first(conn)
            .optional()?;
        if let Some(items) = items {
            wished.extend(from_json::<Vec<i32>>(&items)?);
        }
    }
    Ok(MatchInputs {
        marks,
        wished,
        area: (has(Part::Contact) && !review.area.is_empty()).then_some(review.area),
        transport: if has(Part::ParticipationWishes) {
            review.transport
        } else {
            Vec::new()
        },
    })
}
