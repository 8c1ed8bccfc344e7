//! The exercise library: the built-in exercises and the municipality's own (local) ones, with
//! their pictures.

use diesel::prelude::*;

use super::media::insert_media;
use crate::db::schema::{local_exercises, staff};
use crate::db::versioned::{from_json, to_json};
use crate::db::{new_id, now, DbConn, StaffScope};
use crate::domain::exercises::{self, Area, Unit};
use crate::domain::ids::{MediaId, MunicipalityId, ProviderId};
use crate::domain::names::{optional_text, required_text};
use crate::domain::policy::Action;
use crate::domain::role::Role;
use crate::error::AppError;
use crate::wire::daily::{ExerciseInfo, NewLocalExercise};

fn builtin_info(e: &exercises::Exercise) -> ExerciseInfo {
    ExerciseInfo {
        key: e.key.to_owned(),
        title: e.title.to_owned(),
        area: e.area.as_str().to_owned(),
        level: i32::from(e.level),
        unit: e.unit,
        steps: e.steps.iter().map(|s| (*s).to_owned()).collect(),
        safety: e.safety.iter().map(|s| (*s).to_owned()).collect(),
        picture_url: Some(format!("/exercises/{}.svg", e.key)),
        local: false,
    }
}

type LocalRow = (
    String,
    String,
    String,
    i32,
    String,
    String,
    String,
    Option<String>,
);

pub(super) fn local_exercises_of(
    conn: &mut DbConn,
    municipality_id: &MunicipalityId,
) -> Result<Vec<ExerciseInfo>, AppError> {
    let rows: Vec<LocalRow> = local_exercises::table
        .filter(local_exercises::municipality_id.eq(municipality_id))
        .order(local_exercises::created_at)
        .select((
            local_exercises::key,
            local_exercises::title,
            local_exercises::area,
            local_exercises::level,
            local_exercises::unit,
            local_exercises::steps,
            local_exercises::safety,
            local_exercises::picture_id,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|(key, title, area, level, unit, steps, safety, picture)| {
            Ok(ExerciseInfo {
                key,
                title,
                area,
                level,
                unit: Unit::from_text(&unit)?,
                steps: from_json(&steps)?,
                safety: from_json(&safety)?,
                picture_url: picture.map(|id| format!("/api/v1/media/{id}/display")),
                local: true,
            })
        })
        .collect()
}

/// Lines of up to 200 characters each, blank ones dropped.
fn text_lines(lines: &[String], what: &str) -> Result<Vec<String>, AppError> {
    let mut kept = Vec::new();
    for line in lines {
        let line = optional_text(line, what, 200)?;
        if !line.is_empty() {
            kept.push(line);
        }
    }
    Ok(kept)
}

/// The library a municipality's staff and participants see: built-in plus local exercises.
pub fn library(
    conn: &mut DbConn,
    municipality_id: &MunicipalityId,
) -> Result<Vec<ExerciseInfo>, AppError> {
    let mut all: Vec<ExerciseInfo> = exercises::LIBRARY.iter().map(builtin_info).collect();
    all.extend(local_exercises_of(conn, municipality_id)?);
    Ok(all)
}

pub(super) fn find_exercise(
    conn: &mut DbConn,
    municipality_id: &MunicipalityId,
    key: &str,
) -> Result<Option<ExerciseInfo>, AppError> {
    if let Some(e) = exercises::find(key) {
        return Ok(Some(builtin_info(e)));
    }
    Ok(local_exercises_of(conn, municipality_id)?
        .into_iter()
        .find(|e| e.key == key))
}

pub fn list_exercises(
    conn: &mut DbConn,
    scope: &StaffScope,
) -> Result<Vec<ExerciseInfo>, AppError> {
    library(conn, &scope.municipality_id)
}

pub fn create_local_exercise(
    conn: &mut DbConn,
    scope: &StaffScope,
    new: &NewLocalExercise,
) -> Result<ExerciseInfo, AppError> {
    scope.may(Action::ManageLocalExercises)?;
    let title = required_text(&new.title, "体操の名前", 40)?;
    let area = Area::from_text(&new.area)
        .map_err(|_| AppError::validation("体操の種類を選んでください。"))?;
    if !(1..=3).contains(&new.level) {
        return Err(AppError::validation("むずかしさは1〜3で選んでください。"));
    }
    let steps = text_lines(&new.steps, "やり方")?;
    if steps.is_empty() || steps.len() > 10 {
        return Err(AppError::validation("やり方を1〜10行で書いてください。"));
    }
    let safety = text_lines(&new.safety, "注意")?;
    let key = format!("local-{}", new_id());
    diesel::insert_into(local_exercises::table)
        .values((
            local_exercises::id.eq(new_id()),
            local_exercises::municipality_id.eq(&scope.municipality_id),
            local_exercises::key.eq(&key),
            local_exercises::title.eq(title),
            local_exercises::area.eq(area.as_str()),
            local_exercises::level.eq(new.level),
            local_exercises::unit.eq(new.unit.as_str()),
            local_exercises::steps.eq(to_json(&steps)?),
            local_exercises::safety.eq(to_json(&safety)?),
            local_exercises::created_by.eq(&scope.staff_id),
            local_exercises::created_at.eq(now()),
        ))
        .execute(conn)?;
    find_exercise(conn, &scope.municipality_id, &key)?.ok_or(AppError::NotFound)
}

/// Checks that a local exercise of the caller's municipality exists and that they may change it.
///
/// A local exercise is the municipality's (every provider's therapists may prescribe it), but
/// it is kept by whoever made it: the municipality's administrator may change any, and a
/// therapist only those made at their own provider. One made by the administrator is changed
/// by the administrator alone.
pub fn ensure_local_exercise(
    conn: &mut DbConn,
    scope: &StaffScope,
    key: &str,
) -> Result<(), AppError> {
    let creator_provider: Option<Option<ProviderId>> = local_exercises::table
        .inner_join(staff::table.on(staff::id.eq(local_exercises::created_by)))
        .filter(local_exercises::key.eq(key))
        .filter(local_exercises::municipality_id.eq(&scope.municipality_id))
        .select(staff::provider_id)
        .first(conn)
        .optional()?;
    let Some(creator_provider) = creator_provider else {
        return Err(AppError::NotFound);
    };
    match scope.role {
        Role::MunicipalityAdmin => Ok(()),
        Role::Therapist if creator_provider.is_some() && creator_provider == scope.provider_id => {
            Ok(())
        }
        _ => Err(AppError::Forbidden),
    }
}

/// Records a processed picture for a local exercise of the caller's municipality.
pub fn set_exercise_picture(
    conn: &mut DbConn,
    scope: &StaffScope,
    key: &str,
    media_id: &MediaId,
    size: (u32, u32),
) -> Result<ExerciseInfo, AppError> {
    ensure_local_exercise(conn, scope, key)?;
    insert_media(
        conn,
        media_id,
        &scope.municipality_id,
        None,
        "exercise_picture",
        size,
    )?;
    diesel::update(local_exercises::table.filter(local_exercises::key.eq(key)))
        .set(local_exercises::picture_id.eq(media_id))
        .execute(conn)?;
    find_exercise(conn, &scope.municipality_id, key)?.ok_or(AppError::NotFound)
}
