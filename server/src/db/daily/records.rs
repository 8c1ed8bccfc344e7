//! The record: what the person did, synced in batches from the phone and kept append-only.

use std::collections::HashSet;

use chrono::NaiveDate;
use diesel::prelude::*;

use super::exercises::local_exercises_of;
use crate::db::participants::change_part;
use crate::db::schema::{devices, events, media};
use crate::db::scope::ParticipantScope;
use crate::db::{now, DbConn, StaffScope};
use crate::domain::events::{self as typed, Event, Record, Source};
use crate::domain::exercises::{self};
use crate::domain::family::{family_may_record, DeviceKind};
use crate::domain::ids::{DeviceId, ParticipantId, StaffId};
use crate::domain::policy::{Action, PhoneAction};
use crate::domain::values;
use crate::error::AppError;
use crate::wire::daily::{Batch, EventResult};
use crate::wire::family::FamilyRecord;

pub const MAX_BATCH: usize = 200;

/// Stores a batch in one transaction (durability stays cheap under `synchronous=FULL`) and
/// answers item by item. A replayed client id is a no-op; a bad item is refused alone.
pub fn sync(
    conn: &mut DbConn,
    scope: &ParticipantScope,
    batch: &Batch,
) -> Result<Vec<EventResult>, AppError> {
    scope.may(PhoneAction::Record)?;
    let source = if scope.by_family() {
        Source::Family
    } else {
        Source::Phone
    };
    store(conn, scope, batch, source, None)
}

/// The label of the device that stands for a person's paper log sheets: never a phone (it is
/// stopped from the moment it is made, so no sign-in can use it).
pub const PAPER_DEVICE: &str = "紙の記録用紙（代行入力）";

/// Staff enter a returned paper log sheet for the person (代行入力): the same append-only
/// path as the phone (same checks, client ids and dedupe), each record marked as entered by
/// this staff member from paper. Audited.
pub fn enter_paper(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    batch: &Batch,
) -> Result<Vec<EventResult>, AppError> {
    change_part(
        conn,
        scope,
        participant_id,
        Action::EnterPaperRecords,
        "daily.paper_entry",
    )?;
    let paper: Option<DeviceId> = devices::table
        .filter(devices::participant_id.eq(participant_id))
        .filter(devices::label.eq(PAPER_DEVICE))
        .filter(devices::revoked_at.is_not_null())
        .select(devices::id)
        .first(conn)
        .optional()?;
    let device_id = match paper {
        Some(id) => id,
        None => {
            let id = DeviceId::generate();
            let at = now();
            diesel::insert_into(devices::table)
                .values((
                    devices::id.eq(&id),
                    devices::participant_id.eq(participant_id),
                    devices::label.eq(PAPER_DEVICE),
                    devices::enrolled_at.eq(at),
                    devices::revoked_at.eq(Some(at)),
                    devices::revoked_by.eq(Some(&scope.staff_id)),
                ))
                .execute(conn)?;
            id
        }
    };
    let person = ParticipantScope {
        participant_id: participant_id.clone(),
        device_id,
        municipality_id: scope.municipality_id.clone(),
        today: scope.today,
        kind: DeviceKind::Own,
    };
    store(conn, &person, batch, Source::Paper, Some(&scope.staff_id))
}

fn store(
    conn: &mut DbConn,
    scope: &ParticipantScope,
    batch: &Batch,
    source: Source,
    entered_by: Option<&StaffId>,
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
            Ok(checked)
                if source == Source::Family && !family_may_record(checked.record.kind()) =>
            {
                results.push(EventResult {
                    client_id: e.client_id.clone(),
                    status: "rejected",
                    message: Some(
                        "ご家族の電話からは、体操・活動・血圧や体重の記録だけができます。"
                            .to_owned(),
                    ),
                });
            }
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
                    events::source.eq(source.as_str()),
                    events::entered_by.eq(entered_by.map(|s| s.as_str().to_owned())),
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
        super::successes::hold(conn, &scope.participant_id)?;
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
    Ok(records_after(conn, participant_id, None)?
        .into_iter()
        .map(|(_, e)| e)
        .collect())
}

/// The person's records stored after `seq` (all when `None`), with their place in the order
/// they were stored.
pub(crate) fn records_after(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    seq: Option<i64>,
) -> Result<Vec<(i64, Event)>, AppError> {
    let mut q = events::table
        .filter(events::participant_id.eq(participant_id))
        .into_boxed();
    if let Some(seq) = seq {
        q = q.filter(events::seq.gt(seq));
    }
    let rows: Vec<(i64, String, String, NaiveDate, String)> = q
        .order(events::seq)
        .select((
            events::seq,
            events::client_id,
            events::kind,
            events::local_date,
            events::payload,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|(seq, client_id, kind, date, payload)| {
            let record = Record::from_stored(&kind, &payload)
                .map_err(|e| AppError::Internal(format!("event {client_id}: {e}")))?;
            Ok((
                seq,
                Event {
                    client_id,
                    date,
                    record,
                },
            ))
        })
        .collect()
}

/// The person's records made on a family phone (ご家族が記録) from `from` to `until`, newest
/// first; records taken back are left out.
pub(crate) fn family_records(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    from: NaiveDate,
    until: Option<NaiveDate>,
) -> Result<Vec<FamilyRecord>, AppError> {
    let mut q = events::table
        .filter(events::participant_id.eq(participant_id))
        .filter(events::source.eq(Source::Family.as_str()))
        .filter(events::local_date.ge(from))
        .into_boxed();
    if let Some(last) = until {
        q = q.filter(events::local_date.le(last));
    }
    let rows: Vec<(String, NaiveDate, String)> = q
        .order(events::seq.desc())
        .select((events::client_id, events::local_date, events::kind))
        .load(conn)?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<&str> = rows.iter().map(|(id, _, _)| id.as_str()).collect();
    let taken_back: HashSet<String> = events::table
        .filter(events::participant_id.eq(participant_id))
        .filter(events::retracts.eq_any(&ids))
        .select(events::retracts)
        .load::<Option<String>>(conn)?
        .into_iter()
        .flatten()
        .collect();
    rows.into_iter()
        .filter(|(id, _, _)| !taken_back.contains(id))
        .map(|(client_id, date, kind)| {
            Ok(FamilyRecord {
                client_id,
                date,
                kind: typed::Kind::from_text(&kind)?.as_str().to_owned(),
            })
        })
        .collect()
}
