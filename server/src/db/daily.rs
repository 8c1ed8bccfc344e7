//! The participant's daily loop: exercises and prescriptions, the append-only record of what
//! the person did (synced in batches from the phone), the small successes found in it, staff's
//! words of recognition, and the therapist's view of the day-to-day.

use std::collections::{BTreeMap, HashSet};

use chrono::{Days, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::audit::Audited;
use super::participants::{change_part, read_part, staff_name};
use super::schema::{
    events, goal_steps, goals, local_exercises, media, messages, prescriptions, staff, successes,
};
use super::scope::ParticipantScope;
use super::versioned::{from_json, to_json};
use super::{new_id, now, DbConn, StaffScope};
use crate::domain::daily as projection;
pub use crate::domain::daily::{Day, DiaryEntry, Flag, MeasurementEntry};
use crate::domain::events::{self as typed, Event, Record};
use crate::domain::exercises::{self, Area, Unit};
use crate::domain::ids::{MediaId, MunicipalityId, ParticipantId, ProviderId, StaffId};
use crate::domain::names::{optional_text, required_text};
use crate::domain::policy::Action;
use crate::domain::role::Role;
use crate::domain::successes::{self as rules, Facts, StepReached, Success};
use crate::domain::values;
use crate::error::AppError;

// --- exercises ---

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ExerciseInfo {
    pub key: String,
    pub title: String,
    pub area: String,
    pub level: i32,
    pub unit: Unit,
    pub steps: Vec<String>,
    pub safety: Vec<String>,
    /// Where the picture is served (SVG for the built-in library, JPEG for local ones).
    pub picture_url: Option<String>,
    /// The municipality's own (e.g. the town's 体操).
    pub local: bool,
}

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

fn local_exercises_of(
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

fn find_exercise(
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

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NewLocalExercise {
    pub title: String,
    /// strength | balance | oral | breathing | walking
    pub area: String,
    pub level: i32,
    pub unit: Unit,
    pub steps: Vec<String>,
    #[serde(default)]
    pub safety: Vec<String>,
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

fn insert_media(
    conn: &mut DbConn,
    id: &MediaId,
    municipality_id: &MunicipalityId,
    participant_id: Option<&ParticipantId>,
    purpose: &str,
    (width, height): (u32, u32),
) -> Result<(), AppError> {
    diesel::insert_into(media::table)
        .values((
            media::id.eq(id),
            media::municipality_id.eq(municipality_id),
            media::participant_id.eq(participant_id),
            media::purpose.eq(purpose),
            media::width.eq(width as i32),
            media::height.eq(height as i32),
            media::created_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// A participant's own diary photo, already processed and stored.
pub fn add_photo(
    conn: &mut DbConn,
    scope: &ParticipantScope,
    id: &MediaId,
    size: (u32, u32),
) -> Result<(), AppError> {
    insert_media(
        conn,
        id,
        &scope.municipality_id,
        Some(&scope.participant_id),
        "diary_photo",
        size,
    )
}

/// Whether the caller may see a stored image: exercise pictures of their municipality; diary
/// photos of a participant they may see (staff, audited) or their own (participant).
pub enum Viewer<'a> {
    Staff(&'a StaffScope),
    Participant(&'a ParticipantScope),
}

pub fn may_view_media(
    conn: &mut DbConn,
    viewer: &Viewer,
    id: &MediaId,
) -> Result<Audited<()>, AppError> {
    let row: Option<(MunicipalityId, Option<ParticipantId>)> = media::table
        .filter(media::id.eq(id))
        .select((media::municipality_id, media::participant_id))
        .first(conn)
        .optional()?;
    let (municipality, participant) = row.ok_or(AppError::NotFound)?;
    match (viewer, participant) {
        (Viewer::Staff(s), None) if s.municipality_id == municipality => {
            Ok(Audited::unrecorded(()))
        }
        (Viewer::Participant(p), None) if p.municipality_id == municipality => {
            Ok(Audited::unrecorded(()))
        }
        (Viewer::Participant(p), Some(owner)) if p.participant_id == owner => {
            Ok(Audited::unrecorded(()))
        }
        (Viewer::Staff(s), Some(owner)) => {
            read_part(conn, s, &owner, "photo.read").map(|seen| Audited::new((), seen))
        }
        _ => Err(AppError::NotFound),
    }
}

// --- prescriptions ---

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct PlanItem {
    /// An exercise key from the library.
    pub exercise: String,
    /// Reps, seconds or minutes per set, by the exercise's unit.
    pub amount: u32,
    pub sets: u32,
    pub days_per_week: u32,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Prescription {
    pub id: String,
    pub starts_on: NaiveDate,
    pub items: Vec<PlanItem>,
    pub note: String,
    #[serde(with = "crate::utc")]
    pub created_at: NaiveDateTime,
    pub created_by_name: String,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct NewPrescription {
    /// Today when absent.
    pub starts_on: Option<NaiveDate>,
    pub items: Vec<PlanItem>,
    #[serde(default)]
    pub note: String,
}

type PrescriptionRow = (String, NaiveDate, String, String, NaiveDateTime, StaffId);

fn load_prescriptions(
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

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PlanEntry {
    pub exercise: ExerciseInfo,
    pub amount: u32,
    pub sets: u32,
    pub days_per_week: u32,
}

/// The plan in force on a day: the newest version that has started by then.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Plan {
    pub date: NaiveDate,
    pub since: Option<NaiveDate>,
    pub items: Vec<PlanEntry>,
    pub note: String,
    /// The highest days-a-week of the plan (for "the week's plan met").
    pub days_per_week: Option<u32>,
}

fn plan_on(
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

// --- the record: events synced from the phone ---

/// One thing the person recorded, as the phone sends it.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct EventIn {
    /// A UUID made on the phone; the same id sent twice is stored once.
    pub client_id: String,
    /// exercise_done | exercise_flag | activity | measurement | retraction
    pub kind: String,
    /// The day on the phone's calendar when it was recorded.
    pub local_date: NaiveDate,
    /// When the phone recorded it: RFC 3339, e.g. `2026-04-01T00:30:00.000Z` (another offset
    /// is turned into UTC; a time without an offset, as earlier app versions sent, is read
    /// as UTC). Absent: when it arrives.
    #[serde(default, with = "crate::utc::option")]
    pub recorded_at: Option<NaiveDateTime>,
    #[schema(value_type = Object)]
    pub data: serde_json::Value,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct EventResult {
    pub client_id: String,
    /// stored | duplicate | rejected
    pub status: &'static str,
    pub message: Option<String>,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct Batch {
    pub events: Vec<EventIn>,
}

pub const MAX_BATCH: usize = 200;

/// Stores a batch in one transaction (durability stays cheap under `synchronous=FULL`) and
/// answers item by item. A replayed client id is a no-op; a bad item is refused alone.
pub fn sync(
    conn: &mut DbConn,
    scope: &ParticipantScope,
    batch: &Batch,
) -> Result<Vec<EventResult>, AppError> {
    if batch.events.len() > MAX_BATCH {
        return Err(AppError::validation(format!(
            "一度に送れる記録は{MAX_BATCH}件までです。"
        )));
    }
    // The built-in library needs no query; local exercises only when a batch names one.
    let mut known: HashSet<String> = exercises::LIBRARY
        .iter()
        .map(|e| e.key.to_owned())
        .collect();
    let names_local = batch
        .events
        .iter()
        .any(|e| typed::exercise_named(&e.data).is_some_and(|k| k.starts_with("local-")));
    if names_local {
        known.extend(
            local_exercises_of(conn, &scope.municipality_id)?
                .into_iter()
                .map(|e| e.key),
        );
    }
    let today = scope.today;
    // One UUID written differently is one id: kept in canonical form, answered as sent.
    let client_ids: Vec<Result<values::ClientId, String>> = batch
        .events
        .iter()
        .map(|e| values::ClientId::parse(&e.client_id))
        .collect();
    let ids: Vec<&str> = client_ids
        .iter()
        .filter_map(|id| id.as_ref().ok().map(values::ClientId::as_str))
        .collect();
    let existing: HashSet<String> = events::table
        .filter(events::participant_id.eq(&scope.participant_id))
        .filter(events::client_id.eq_any(&ids))
        .select(events::client_id)
        .load::<String>(conn)?
        .into_iter()
        .collect();
    let photos: Vec<String> = batch
        .events
        .iter()
        .filter_map(|e| typed::photo_named(&e.data).map(str::to_owned))
        .collect();
    let own_photos: HashSet<String> = if photos.is_empty() {
        HashSet::new()
    } else {
        media::table
            .filter(media::id.eq_any(&photos))
            .filter(media::participant_id.eq(&scope.participant_id))
            .select(media::id)
            .load::<String>(conn)?
            .into_iter()
            .collect()
    };
    let received = now();
    let known_exercise = |k: &str| known.contains(k);
    let own_photo = |p: &str| own_photos.contains(p);
    let world = typed::Known {
        exercise: &known_exercise,
        own_photo: &own_photo,
        today,
        received,
    };
    let mut results = Vec::with_capacity(batch.events.len());
    let mut rows = Vec::new();
    let mut in_batch = HashSet::new();
    for (e, id) in batch.events.iter().zip(client_ids) {
        let id = match id {
            Ok(id) => id,
            Err(message) => {
                results.push(EventResult {
                    client_id: e.client_id.clone(),
                    status: "rejected",
                    message: Some(message),
                });
                continue;
            }
        };
        if existing.contains(id.as_str()) || !in_batch.insert(id.as_str().to_owned()) {
            results.push(EventResult {
                client_id: e.client_id.clone(),
                status: "duplicate",
                message: None,
            });
            continue;
        }
        match typed::check(&e.kind, e.local_date, e.recorded_at, &e.data, &world) {
            Ok(checked) => {
                let record = &checked.record;
                rows.push((
                    events::participant_id.eq(scope.participant_id.clone()),
                    events::client_id.eq(id.into_string()),
                    events::device_id.eq(scope.device_id.clone()),
                    events::kind.eq(record.kind().as_str()),
                    events::local_date.eq(e.local_date),
                    events::payload.eq(record.payload()),
                    events::retracts.eq(record.retracts().map(|t| t.as_str().to_owned())),
                    events::recorded_at.eq(checked.recorded_at.get()),
                    events::received_at.eq(received),
                ));
                results.push(EventResult {
                    client_id: e.client_id.clone(),
                    status: "stored",
                    message: None,
                });
            }
            Err(message) => {
                results.push(EventResult {
                    client_id: e.client_id.clone(),
                    status: "rejected",
                    message: Some(message),
                });
            }
        }
    }
    if !rows.is_empty() {
        // One multi-row insert; diesel's batch insert is per backend.
        match conn {
            DbConn::Sqlite(c) => diesel::insert_into(events::table).values(rows).execute(c)?,
            DbConn::Postgres(c) => diesel::insert_into(events::table).values(rows).execute(c)?,
        };
    }
    Ok(results)
}

/// Every record of the person, retractions included, in the order they were stored.
pub(crate) fn records(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<Vec<Event>, AppError> {
    let rows: Vec<(String, String, NaiveDate, String)> = events::table
        .filter(events::participant_id.eq(participant_id))
        .order(events::seq)
        .select((
            events::client_id,
            events::kind,
            events::local_date,
            events::payload,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|(client_id, kind, date, payload)| {
            let record = Record::from_stored(&kind, &payload)
                .map_err(|e| AppError::Internal(format!("event {client_id}: {e}")))?;
            Ok(Event {
                client_id,
                date,
                record,
            })
        })
        .collect()
}

fn steps_reached(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<Vec<StepReached>, AppError> {
    let rows: Vec<(String, String, Option<NaiveDate>)> = goal_steps::table
        .inner_join(goals::table)
        .filter(goals::participant_id.eq(participant_id))
        .filter(goal_steps::reached_on.is_not_null())
        .select((goal_steps::id, goal_steps::text, goal_steps::reached_on))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, text, date)| date.map(|date| StepReached { id, text, date }))
        .collect())
}

/// Finds the successes in the whole history and stores the new ones (in the caller's write);
/// returns the new ones.
pub fn refresh_successes(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    municipality_id: &MunicipalityId,
    today: NaiveDate,
) -> Result<Vec<Success>, AppError> {
    let found = unstored_successes(conn, participant_id, municipality_id, today)?;
    store_successes(conn, participant_id, found)
}

/// The successes in the whole history that are not stored yet: a read.
pub fn unstored_successes(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    municipality_id: &MunicipalityId,
    today: NaiveDate,
) -> Result<Vec<Success>, AppError> {
    let all = records(conn, participant_id)?;
    let facts = Facts {
        days_per_week: plan_on(conn, participant_id, municipality_id, today)?.days_per_week,
        records: projection::success_records(&projection::live(&all)),
        steps_reached: steps_reached(conn, participant_id)?,
    };
    let found = rules::find(&facts);
    let known = stored_keys(conn, participant_id)?;
    Ok(found
        .into_iter()
        .filter(|s| !known.contains(&s.key))
        .collect())
}

fn stored_keys(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<HashSet<String>, AppError> {
    Ok(successes::table
        .filter(successes::participant_id.eq(participant_id))
        .select(successes::key)
        .load::<String>(conn)?
        .into_iter()
        .collect())
}

/// Stores the successes of `found` not stored yet (another write may have stored some since
/// they were found); returns those it stored.
pub fn store_successes(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    found: Vec<Success>,
) -> Result<Vec<Success>, AppError> {
    if found.is_empty() {
        return Ok(found);
    }
    let known = stored_keys(conn, participant_id)?;
    let at = now();
    let fresh: Vec<Success> = found
        .into_iter()
        .filter(|s| !known.contains(&s.key))
        .collect();
    for s in &fresh {
        diesel::insert_into(successes::table)
            .values((
                successes::participant_id.eq(participant_id),
                successes::key.eq(&s.key),
                successes::kind.eq(&s.kind),
                successes::date.eq(s.date),
                successes::text.eq(&s.text),
                successes::created_at.eq(at),
            ))
            .execute(conn)?;
    }
    Ok(fresh)
}

pub(crate) fn stored_successes(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    since: Option<NaiveDateTime>,
) -> Result<Vec<Success>, AppError> {
    let mut q = successes::table
        .filter(successes::participant_id.eq(participant_id))
        .filter(successes::created_at.le(now()))
        .into_boxed();
    if let Some(t) = since {
        q = q.filter(successes::created_at.gt(t));
    }
    let rows: Vec<(String, String, NaiveDate, String)> = q
        .order((successes::date, successes::key))
        .select((
            successes::key,
            successes::kind,
            successes::date,
            successes::text,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(key, kind, date, text)| Success {
            key,
            kind,
            date,
            text,
        })
        .collect())
}

// --- what the phone pulls ---

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Message {
    pub id: String,
    pub from_name: String,
    pub text: String,
    #[serde(with = "crate::utc")]
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Changes {
    /// Send it back as `since` next time.
    #[serde(with = "crate::utc")]
    pub cursor: NaiveDateTime,
    /// The plan in force today (always sent: it is small).
    pub plan: Plan,
    pub successes: Vec<Success>,
    pub messages: Vec<Message>,
}

pub fn changes(
    conn: &mut DbConn,
    scope: &ParticipantScope,
    since: Option<NaiveDateTime>,
) -> Result<Changes, AppError> {
    // Successes are found when records change (on sync); this only reads them.
    let cursor = now();
    let plan = plan_on(
        conn,
        &scope.participant_id,
        &scope.municipality_id,
        scope.today,
    )?;
    let successes = stored_successes(conn, &scope.participant_id, since)?;
    let mut q = messages::table
        .inner_join(super::schema::staff::table)
        .filter(messages::participant_id.eq(&scope.participant_id))
        .into_boxed();
    if let Some(t) = since {
        q = q.filter(messages::created_at.gt(t));
    }
    let messages: Vec<Message> = q
        .order(messages::created_at)
        .select((
            messages::id,
            super::schema::staff::name,
            messages::text,
            messages::created_at,
        ))
        .load::<(String, String, String, NaiveDateTime)>(conn)?
        .into_iter()
        .map(|(id, from_name, text, created_at)| Message {
            id,
            from_name,
            text,
            created_at,
        })
        .collect();
    Ok(Changes {
        cursor,
        plan,
        successes,
        messages,
    })
}

/// A word of recognition (承認) from staff, kept for the person's phone.
pub fn add_message(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    text: &str,
) -> Result<Message, AppError> {
    let text = required_text(text, "メッセージ", 200)?;
    let id = new_id();
    let at = now();
    diesel::insert_into(messages::table)
        .values((
            messages::id.eq(&id),
            messages::participant_id.eq(participant_id),
            messages::staff_id.eq(&scope.staff_id),
            messages::text.eq(&text),
            messages::created_at.eq(at),
        ))
        .execute(conn)?;
    Ok(Message {
        id,
        from_name: staff_name(conn, &scope.staff_id)?,
        text,
        created_at: at,
    })
}

// --- the therapist's view of the day-to-day ---

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DailyView {
    #[schema(value_type = String)]
    pub participant_id: ParticipantId,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// One entry per day from `from` to `to` (the heat map).
    pub days: Vec<Day>,
    pub diary: Vec<DiaryEntry>,
    /// Newest first: what to look at first.
    pub flags: Vec<Flag>,
    pub measurements: Vec<MeasurementEntry>,
    /// Readings in the window that held exercise back by the municipality's limits, newest
    /// first: the first thing to look at.
    pub unsafe_readings: Vec<crate::domain::notebook::ReadingEntry>,
    pub successes: Vec<Success>,
    /// The current run of consecutive exercise days, up to today.
    pub streak: u32,
    pub last_record_on: Option<NaiveDate>,
}

fn summarize(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    municipality_id: &MunicipalityId,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> Result<DailyView, AppError> {
    let all = records(conn, participant_id)?;
    let titles: BTreeMap<String, String> = library(conn, municipality_id)?
        .into_iter()
        .map(|e| (e.key, e.title))
        .collect();
    let view = projection::project(&all, &titles, from, to, today);
    let limits = super::notebook::thresholds(conn, municipality_id)?;
    let unsafe_readings: Vec<_> =
        crate::domain::notebook::unsafe_readings(&projection::live(&all), from, &limits)
            .into_iter()
            .filter(|r| r.date <= to)
            .collect();
    Ok(DailyView {
        unsafe_readings,
        participant_id: participant_id.to_owned(),
        from,
        to,
        days: view.days,
        diary: view.diary,
        flags: view.flags,
        measurements: view.measurements,
        successes: stored_successes(conn, participant_id, None)?,
        streak: view.streak,
        last_record_on: view.last_record_on,
    })
}

pub fn daily_view(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    weeks: u32,
) -> Result<Audited<DailyView>, AppError> {
    let seen = read_part(conn, scope, participant_id, "daily.read")?;
    let to = scope.today;
    let from = to - Days::new(u64::from(weeks.clamp(1, 26)) * 7 - 1);
    let view = summarize(
        conn,
        participant_id,
        &scope.municipality_id,
        from,
        to,
        scope.today,
    )?;
    Ok(Audited::new(view, seen))
}

/// For the interview and the overview: the last record's day, and successes and flags since a day.
pub struct Signals {
    pub last_record_on: Option<NaiveDate>,
    pub successes: Vec<Success>,
    pub flags: Vec<Flag>,
}

pub fn signals_since(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    municipality_id: &MunicipalityId,
    since: NaiveDate,
    today: NaiveDate,
) -> Result<Signals, AppError> {
    let from = since.min(today);
    let view = summarize(conn, participant_id, municipality_id, from, today, today)?;
    Ok(Signals {
        last_record_on: view.last_record_on,
        successes: view
            .successes
            .into_iter()
            .filter(|s| s.date >= since)
            .collect(),
        flags: view.flags,
    })
}
