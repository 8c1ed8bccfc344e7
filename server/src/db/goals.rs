//! Goals in the person's own words, each broken into small steps with a target session.
//! Raising a goal (「次は」「もっと」) keeps the old one as history.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::assessments::assessment_marks;
use super::audit::Audited;
use super::participants::{change_part, read_part, staff_name};
use super::schema::{goal_steps, goals};
use super::scope::ParticipantScope;
use super::versioned::{conflict, outcome, Written};
use super::{new_id, now, DbConn, StaffScope};
use crate::domain::goals as rules;
use crate::domain::ids::{GoalId, ParticipantId, StaffId};
use crate::domain::interest;
use crate::domain::names::{optional_text, required_text};
use crate::domain::policy::Action;
use crate::error::AppError;
use crate::wire::goals::{Goal, GoalUpdate, NewGoal, Step};
use crate::wire::notebook::{MyGoal, MyStep};

type GoalRow = (
    (
        GoalId,
        ParticipantId,
        i32,
        String,
        String,
        Option<i32>,
        Option<String>,
    ),
    (
        Option<i32>,
        Option<i32>,
        Option<i32>,
        Option<i32>,
        Option<i32>,
        Option<GoalId>,
    ),
    (NaiveDateTime, NaiveDateTime, StaffId),
);

pub(super) fn load(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<Vec<Goal>, AppError> {
    let rows: Vec<GoalRow> = goals::table
        .filter(goals::participant_id.eq(participant_id))
        .order((goals::created_at.asc(), goals::id.asc()))
        .select((
            (
                goals::id,
                goals::participant_id,
                goals::version,
                goals::status,
                goals::text,
                goals::source_item,
                goals::source_other,
            ),
            (
                goals::performance_start,
                goals::satisfaction_start,
                goals::performance_end,
                goals::satisfaction_end,
                goals::gas,
                goals::previous_goal_id,
            ),
            (goals::created_at, goals::updated_at, goals::updated_by),
        ))
        .load(conn)?;
    let ids: Vec<GoalId> = rows.iter().map(|r| r.0 .0.clone()).collect();
    let steps: Vec<(GoalId, Step)> = goal_steps::table
        .filter(goal_steps::goal_id.eq_any(&ids))
        .order((goal_steps::goal_id, goal_steps::position))
        .select((
            goal_steps::goal_id,
            goal_steps::id,
            goal_steps::position,
            goal_steps::text,
            goal_steps::target_session,
            goal_steps::reached_session,
            goal_steps::reached_on,
        ))
        .load::<(
            GoalId,
            String,
            i32,
            String,
            i32,
            Option<i32>,
            Option<NaiveDate>,
        )>(conn)?
        .into_iter()
        .map(
            |(goal_id, id, position, text, target_session, reached_session, reached_on)| {
                (
                    goal_id,
                    Step {
                        id,
                        position,
                        text,
                        target_session,
                        reached_session,
                        reached_on,
                    },
                )
            },
        )
        .collect();
    let mut out = Vec::with_capacity(rows.len());
    for (
        (id, participant_id, version, status, text, source_item, source_other),
        (performance_start, satisfaction_start, performance_end, satisfaction_end, gas, previous),
        (created_at, updated_at, updated_by),
    ) in rows
    {
        let own_steps = steps
            .iter()
            .filter(|(g, _)| *g == id)
            .map(|(_, s)| s.clone())
            .collect();
        out.push(Goal {
            source_label: source_item.and_then(interest::label).map(str::to_owned),
            updated_by_name: staff_name(conn, &updated_by)?,
            id,
            participant_id,
            version,
            status,
            text,
            source_item,
            source_other,
            performance_start,
            satisfaction_start,
            performance_end,
            satisfaction_end,
            gas,
            previous_goal_id: previous,
            steps: own_steps,
            created_at,
            updated_at,
        });
    }
    Ok(out)
}

fn load_one(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    goal_id: &GoalId,
) -> Result<Goal, AppError> {
    load(conn, participant_id)?
        .into_iter()
        .find(|g| g.id == *goal_id)
        .ok_or(AppError::NotFound)
}

pub fn list(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
) -> Result<Audited<Vec<Goal>>, AppError> {
    let seen = read_part(conn, scope, participant_id, "goal.list")?;
    Ok(Audited::new(load(conn, participant_id)?, seen))
}

/// A goal's source: a checklist item the person marked してみたい or 興味がある, or their own words.
fn source(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    item: Option<i32>,
    other: Option<&str>,
) -> Result<(Option<i32>, Option<String>), AppError> {
    let other = match other.map(str::trim) {
        None | Some("") => None,
        Some(text) => Some(required_text(text, "その他の項目", 40)?),
    };
    let Some(item) = item else {
        return Ok((None, other));
    };
    if interest::label(item).is_none() {
        return Err(AppError::validation(format!(
            "チェックシートに{item}番の項目はありません。"
        )));
    }
    let marked = assessment_marks(conn, participant_id)?
        .into_iter()
        .any(|m| m.item == item && (m.want || m.interested));
    if !marked {
        return Err(AppError::validation(
            "目標のもとにする項目は、導入時のチェックシートで「してみたい」か「興味がある」に印のあるものから選んでください。",
        ));
    }
    Ok((Some(item), other))
}

fn goal_text(text: &str) -> Result<String, AppError> {
    required_text(text, "目標（ご本人の言葉）", 200)
}

fn step_text(text: &str) -> Result<String, AppError> {
    required_text(text, "小さな一歩", 100)
}

fn insert_goal(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    new: &NewGoal,
    previous: Option<&GoalId>,
) -> Result<GoalId, AppError> {
    let text = goal_text(&new.text)?;
    let (item, other) = source(
        conn,
        participant_id,
        new.source_item,
        new.source_other.as_deref(),
    )?;
    let performance = rules::rating(new.performance_start, "遂行度（はじめ）")?;
    let satisfaction = rules::rating(new.satisfaction_start, "満足度（はじめ）")?;
    rules::step_count(new.steps.len())?;
    let id = GoalId::generate();
    let at = now();
    diesel::insert_into(goals::table)
        .values((
            goals::id.eq(&id),
            goals::participant_id.eq(participant_id),
            goals::version.eq(1),
            goals::status.eq("active"),
            goals::text.eq(text),
            goals::source_item.eq(item),
            goals::source_other.eq(other),
            goals::performance_start.eq(performance),
            goals::satisfaction_start.eq(satisfaction),
            goals::previous_goal_id.eq(previous),
            goals::created_by.eq(&scope.staff_id),
            goals::created_at.eq(at),
            goals::updated_by.eq(&scope.staff_id),
            goals::updated_at.eq(at),
        ))
        .execute(conn)?;
    for (position, step) in new.steps.iter().enumerate() {
        diesel::insert_into(goal_steps::table)
            .values((
                goal_steps::id.eq(new_id()),
                goal_steps::goal_id.eq(&id),
                goal_steps::position.eq(position as i32 + 1),
                goal_steps::text.eq(step_text(&step.text)?),
                goal_steps::target_session
                    .eq(rules::session_number(step.target_session, "目標の回")?),
            ))
            .execute(conn)?;
    }
    Ok(id)
}

pub fn create(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    new: &NewGoal,
) -> Result<Goal, AppError> {
    change_part(
        conn,
        scope,
        participant_id,
        Action::EditGoals,
        "goal.create",
    )?;
    let id = insert_goal(conn, scope, participant_id, new, None)?;
    load_one(conn, participant_id, &id)
}

/// 「次は」「もっと」: a new goal that follows an active one, which becomes history.
pub fn raise(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    goal_id: &GoalId,
    new: &NewGoal,
) -> Result<Goal, AppError> {
    change_part(conn, scope, participant_id, Action::EditGoals, "goal.raise")?;
    let old = load_one(conn, participant_id, goal_id)?;
    if old.status != "active" {
        return Err(AppError::Conflict(
            "この目標はすでに次の目標に引き継がれています。".into(),
        ));
    }
    diesel::update(goals::table.filter(goals::id.eq(goal_id)))
        .set((
            goals::status.eq("raised"),
            goals::version.eq(old.version + 1),
            goals::updated_by.eq(&scope.staff_id),
            goals::updated_at.eq(now()),
        ))
        .execute(conn)?;
    let id = insert_goal(conn, scope, participant_id, new, Some(goal_id))?;
    load_one(conn, participant_id, &id)
}

pub fn update(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    goal_id: &GoalId,
    expected: i32,
    input: &GoalUpdate,
) -> Result<Goal, AppError> {
    change_part(
        conn,
        scope,
        participant_id,
        Action::EditGoals,
        "goal.update",
    )?;
    let current = load_one(conn, participant_id, goal_id)?;
    let text = goal_text(&input.text)?;
    let (item, other) = if input.source_item == current.source_item {
        // An unchanged source stays valid even if the checklist changed since.
        let other = match input.source_other.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(t) => Some(optional_text(t, "その他の項目", 40)?),
        };
        (current.source_item, other)
    } else {
        source(
            conn,
            participant_id,
            input.source_item,
            input.source_other.as_deref(),
        )?
    };
    let values = (
        goals::version.eq(expected + 1),
        goals::text.eq(text),
        goals::source_item.eq(item),
        goals::source_other.eq(other),
        goals::performance_start.eq(rules::rating(input.performance_start, "遂行度（はじめ）")?),
        goals::satisfaction_start.eq(rules::rating(input.satisfaction_start, "満足度（はじめ）")?),
        goals::performance_end.eq(rules::rating(input.performance_end, "遂行度（おわり）")?),
        goals::satisfaction_end.eq(rules::rating(input.satisfaction_end, "満足度（おわり）")?),
        goals::gas.eq(rules::gas(input.gas)?),
        goals::updated_by.eq(&scope.staff_id),
        goals::updated_at.eq(now()),
    );
    rules::step_count(input.steps.len())?;
    let written = outcome(
        diesel::update(
            goals::table
                .filter(goals::id.eq(goal_id))
                .filter(goals::participant_id.eq(participant_id))
                .filter(goals::version.eq(expected)),
        )
        .set(values)
        .execute(conn),
    )?;
    if let Written::Conflict = written {
        return Err(conflict(&current));
    }
    let today = scope.today;
    let mut kept = Vec::new();
    for (index, step) in input.steps.iter().enumerate() {
        let text = step_text(&step.text)?;
        let target = rules::session_number(step.target_session, "目標の回")?;
        let reached = step
            .reached_session
            .map(|n| rules::session_number(n, "達成した回"))
            .transpose()?;
        let existing = step
            .id
            .as_deref()
            .and_then(|id| current.steps.iter().find(|s| s.id == id));
        let reached_on = match (reached, existing) {
            (None, _) => None,
            (Some(_), Some(old)) if old.reached_on.is_some() => old.reached_on,
            (Some(_), _) => Some(today),
        };
        let position = index as i32 + 1;
        match existing {
            Some(old) => {
                diesel::update(goal_steps::table.filter(goal_steps::id.eq(&old.id)))
                    .set((
                        goal_steps::position.eq(position),
                        goal_steps::text.eq(text),
                        goal_steps::target_session.eq(target),
                        goal_steps::reached_session.eq(reached),
                        goal_steps::reached_on.eq(reached_on),
                    ))
                    .execute(conn)?;
                kept.push(old.id.clone());
            }
            None => {
                let id = new_id();
                diesel::insert_into(goal_steps::table)
                    .values((
                        goal_steps::id.eq(&id),
                        goal_steps::goal_id.eq(goal_id),
                        goal_steps::position.eq(position),
                        goal_steps::text.eq(text),
                        goal_steps::target_session.eq(target),
                        goal_steps::reached_session.eq(reached),
                        goal_steps::reached_on.eq(reached_on),
                    ))
                    .execute(conn)?;
                kept.push(id);
            }
        }
    }
    diesel::delete(
        goal_steps::table
            .filter(goal_steps::goal_id.eq(goal_id))
            .filter(goal_steps::id.ne_all(&kept)),
    )
    .execute(conn)?;
    // A step reached is a small success: the person hears of it on their phone.
    for success in
        super::daily::refresh_successes(conn, participant_id, &scope.municipality_id, scope.today)?
            .into_iter()
            .filter(|s| s.kind == "goal_step")
    {
        let words = crate::domain::reminders::success_words(&success.text, &success.key);
        crate::jobs::enqueue_notification(
            conn,
            participant_id,
            &crate::jobs::Notification::new(words, crate::jobs::HOME_URL),
            &format!("success:{participant_id}:{}", success.key),
            now(),
        )?;
    }
    load_one(conn, participant_id, goal_id)
}

/// How many active goals have no step yet, per participant (for "needs attention").
pub(super) fn active_step_counts(
    conn: &mut DbConn,
    participant_ids: &[ParticipantId],
) -> Result<Vec<(ParticipantId, String, usize)>, AppError> {
    let rows: Vec<(ParticipantId, GoalId, String)> = goals::table
        .filter(goals::participant_id.eq_any(participant_ids))
        .filter(goals::status.eq("active"))
        .select((goals::participant_id, goals::id, goals::text))
        .load(conn)?;
    let ids: Vec<&GoalId> = rows.iter().map(|r| &r.1).collect();
    let steps: Vec<GoalId> = goal_steps::table
        .filter(goal_steps::goal_id.eq_any(ids))
        .select(goal_steps::goal_id)
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(pid, id, text)| {
            let n = steps.iter().filter(|g| **g == id).count();
            (pid, text, n)
        })
        .collect())
}

pub fn mine(conn: &mut DbConn, scope: &ParticipantScope) -> Result<Vec<MyGoal>, AppError> {
    active_of(conn, &scope.participant_id)
}

/// A person's active goals in their words (their phone's, and the notebook staff print for
/// them; the caller has checked who may see them).
pub(crate) fn active_of(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<Vec<MyGoal>, AppError> {
    Ok(load(conn, participant_id)?
        .into_iter()
        .filter(|g| g.status == "active")
        .map(|g| MyGoal {
            id: g.id,
            text: g.text,
            steps: g
                .steps
                .into_iter()
                .map(|s| MyStep {
                    text: s.text,
                    target_session: s.target_session,
                    reached: s.reached_session.is_some(),
                })
                .collect(),
        })
        .collect())
}
