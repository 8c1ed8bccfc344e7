//! Prescriptions (the therapist's exercise plan), kept as versions, and the plan in force on a day.

use std::collections::HashSet;

use chrono::{Days, NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::exercises::{find_exercise, library};
use crate::db::audit::Audited;
use crate::db::participants::{change_part, read_part, staff_name};
use crate::db::schema::prescriptions;
use crate::db::versioned::{from_json, to_json};
use crate::db::{new_id, now, DbConn, StaffScope};
use crate::domain::exercises::Unit;
use crate::domain::ids::{MunicipalityId, ParticipantId, StaffId};
use crate::domain::names::optional_text;
use crate::domain::policy::Action;
use crate::domain::values;
use crate::error::AppError;
use crate::wire::daily::{NewPrescription, Plan, PlanEntry, Prescription};

type PrescriptionRow = (String, NaiveDate, String, String, NaiveDateTime, StaffId);

pub(in crate::db) fn load_prescriptions(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<Vec<Prescription>, AppError> {
    let rows: Vec<PrescriptionRow> = prescriptions::table
        .filter(prescriptions::participant_id.eq(participant_id))
        .order((
            prescriptions::starts_on.desc(),
            prescriptions::created_at.desc(),
        ))
        .select((
            prescriptions::id,
            prescriptions::starts_on,
            prescriptions::items,
            prescriptions::note,
            prescriptions::created_at,
            prescriptions::created_by,
        ))
        .load(conn)?;
    let mut out = Vec::with_capacity(rows.len());
    for (id, starts_on, items, note, created_at, by) in rows {
        out.push(Prescription {
            id,
            starts_on,
            items: from_json(&items)?,
            note,
            created_at,
            created_by_name: staff_name(conn, &by)?,
        });
    }
    Ok(out)
}

/// Every version of the plan, newest first (history is kept: a change is a new version).
pub fn list_prescriptions(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
) -> Result<Audited<Vec<Prescription>>, AppError> {
    let seen = read_part(conn, scope, participant_id, "prescription.list")?;
    Ok(Audited::new(
        load_prescriptions(conn, participant_id)?,
        seen,
    ))
}

pub fn prescribe(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    new: &NewPrescription,
) -> Result<Prescription, AppError> {
    change_part(
        conn,
        scope,
        participant_id,
        Action::Prescribe,
        "prescription.create",
    )?;
    if new.items.is_empty() || new.items.len() > 12 {
        return Err(AppError::validation("体操を1〜12種類選んでください。"));
    }
    let mut seen = HashSet::new();
    for item in &new.items {
        let exercise = find_exercise(conn, &scope.municipality_id, &item.exercise)?
            .ok_or_else(|| AppError::validation("選ばれた体操が見つかりません。"))?;
        if !seen.insert(item.exercise.clone()) {
            return Err(AppError::validation(format!(
                "「{}」が重複しています。",
                exercise.title
            )));
        }
        let max = match exercise.unit {
            Unit::Reps => 100,
            Unit::Seconds => 600,
            Unit::Minutes => 120,
        };
        if !(1..=max).contains(&item.amount)
            || !(1..=5).contains(&item.sets)
            || !(1..=7).contains(&item.days_per_week)
        {
            return Err(AppError::validation(format!(
                "「{}」の回数・セット数（1〜5）・週の日数（1〜7）をご確認ください。",
                exercise.title
            )));
        }
    }
    let today = scope.today;
    let starts_on = values::record_date(new.starts_on, today, "開始日")
        .map_err(AppError::validation)?
        .unwrap_or(today);
    if starts_on < today - Days::new(30) {
        return Err(AppError::validation("開始日をご確認ください。"));
    }
    let id = new_id();
    diesel::insert_into(prescriptions::table)
        .values((
            prescriptions::id.eq(&id),
            prescriptions::participant_id.eq(participant_id),
            prescriptions::starts_on.eq(starts_on),
            prescriptions::items.eq(to_json(&new.items)?),
            prescriptions::note.eq(optional_text(&new.note, "メモ", 500)?),
            prescriptions::created_by.eq(&scope.staff_id),
            prescriptions::created_at.eq(now()),
        ))
        .execute(conn)?;
    load_prescriptions(conn, participant_id)?
        .into_iter()
        .find(|p| p.id == id)
        .ok_or(AppError::NotFound)
}

pub(super) fn plan_on(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    municipality_id: &MunicipalityId,
    date: NaiveDate,
) -> Result<Plan, AppError> {
    let current = load_prescriptions(conn, participant_id)?
        .into_iter()
        .find(|p| p.starts_on <= date);
    let Some(p) = current else {
        return Ok(Plan {
            date,
            since: None,
            items: Vec::new(),
            note: String::new(),
            days_per_week: None,
        });
    };
    let library = library(conn, municipality_id)?;
    let items: Vec<PlanEntry> = p
        .items
        .iter()
        .filter_map(|item| {
            library
                .iter()
                .find(|e| e.key == item.exercise)
                .map(|e| PlanEntry {
                    exercise: e.clone(),
                    amount: item.amount,
                    sets: item.sets,
                    days_per_week: item.days_per_week,
                })
        })
        .collect();
    Ok(Plan {
        date,
        since: Some(p.starts_on),
        days_per_week: items.iter().map(|i| i.days_per_week).max(),
        items,
        note: p.note,
    })
}
