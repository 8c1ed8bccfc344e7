//! The participant's notebook (介護予防手帳) and the safety limits the phone judges readings
//! by. The person reads only their own notebook (the participant scope names them); the
//! municipality's limits and phone numbers are read for the person's own municipality and
//! provider only. Projections are `domain::notebook`; this module loads and calls them. Staff
//! read the same notebook to print it for a person (`for_staff`): one projection, two callers.

use chrono::{Months, NaiveDate};
use diesel::prelude::*;

use super::audit::Audited;
use super::daily::{records, stored_successes};
use super::goals;
use super::participants;
use super::participants::read_part;
use super::schema::{
    municipality_contacts, notebook_contacts, participants as people, provider_contacts,
    safety_thresholds, self_checks,
};
use super::scope::ParticipantScope;
use super::{new_id, now, DbConn, StaffScope};
use crate::domain::daily as projection;
use crate::domain::ids::{MunicipalityId, ParticipantId, ProviderId};
use crate::domain::notebook::{self as rules, SelfCheckResult};
use crate::domain::policy::{Action, PhoneAction};
use crate::domain::safety::Thresholds;
use crate::error::AppError;
use crate::wire::notebook::{
    MySafety, NewSelfCheck, Notebook, PersonalContact, Phone, ScheduleItem, StaffNotebook,
};

/// The municipality's limits, or the guideline's when it has set none.
pub fn thresholds(
    conn: &mut DbConn,
    municipality_id: &MunicipalityId,
) -> Result<Thresholds, AppError> {
    let row: Option<(i32, i32, i32, i32, i32)> = safety_thresholds::table
        .filter(safety_thresholds::municipality_id.eq(municipality_id))
        .select((
            safety_thresholds::systolic_high,
            safety_thresholds::systolic_low,
            safety_thresholds::diastolic_high,
            safety_thresholds::pulse_high,
            safety_thresholds::pulse_low,
        ))
        .first(conn)
        .optional()?;
    let Some((sh, sl, dh, ph, pl)) = row else {
        return Ok(Thresholds::default());
    };
    let n = |v: i32| u16::try_from(v).map_err(|_| AppError::Internal("safety limit".into()));
    Thresholds::new(n(sh)?, n(sl)?, n(dh)?, n(ph)?, n(pl)?)
        .map_err(|e| AppError::Internal(format!("stored safety limits: {e}")))
}

/// Sets a municipality's limits (the demo and the administration use this).
pub fn set_thresholds(
    conn: &mut DbConn,
    municipality_id: &MunicipalityId,
    t: &Thresholds,
) -> Result<(), AppError> {
    diesel::delete(
        safety_thresholds::table.filter(safety_thresholds::municipality_id.eq(municipality_id)),
    )
    .execute(conn)?;
    diesel::insert_into(safety_thresholds::table)
        .values((
            safety_thresholds::municipality_id.eq(municipality_id),
            safety_thresholds::systolic_high.eq(i32::from(t.systolic_high)),
            safety_thresholds::systolic_low.eq(i32::from(t.systolic_low)),
            safety_thresholds::diastolic_high.eq(i32::from(t.diastolic_high)),
            safety_thresholds::pulse_high.eq(i32::from(t.pulse_high)),
            safety_thresholds::pulse_low.eq(i32::from(t.pulse_low)),
            safety_thresholds::updated_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

fn provider_of(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    municipality_id: &MunicipalityId,
) -> Result<ProviderId, AppError> {
    Ok(people::table
        .filter(people::id.eq(participant_id))
        .filter(people::municipality_id.eq(municipality_id))
        .select(people::provider_id)
        .first(conn)?)
}

struct ProviderDetails {
    name: String,
    phone: Option<String>,
    venue: String,
    session_time: String,
}

fn provider_details(
    conn: &mut DbConn,
    provider_id: &ProviderId,
) -> Result<ProviderDetails, AppError> {
    use super::schema::providers;
    let name: String = providers::table
        .filter(providers::id.eq(provider_id))
        .select(providers::name)
        .first(conn)?;
    let row: Option<(String, String, String)> = provider_contacts::table
        .filter(provider_contacts::provider_id.eq(provider_id))
        .select((
            provider_contacts::phone,
            provider_contacts::venue,
            provider_contacts::session_time,
        ))
        .first(conn)
        .optional()?;
    Ok(match row {
        Some((phone, venue, session_time)) => ProviderDetails {
            name,
            phone: Some(phone),
            venue,
            session_time,
        },
        None => ProviderDetails {
            name,
            phone: None,
            venue: String::new(),
            session_time: String::new(),
        },
    })
}

fn community_centers(
    conn: &mut DbConn,
    municipality_id: &MunicipalityId,
) -> Result<Vec<Phone>, AppError> {
    Ok(municipality_contacts::table
        .filter(municipality_contacts::municipality_id.eq(municipality_id))
        .filter(municipality_contacts::kind.eq("community_center"))
        .order(municipality_contacts::position)
        .select((municipality_contacts::name, municipality_contacts::phone))
        .load::<(String, String)>(conn)?
        .into_iter()
        .map(|(name, phone)| Phone { name, phone })
        .collect())
}

pub fn my_safety(conn: &mut DbConn, scope: &ParticipantScope) -> Result<MySafety, AppError> {
    scope.may(PhoneAction::ReadNotebook)?;
    let provider_id = provider_of(conn, &scope.participant_id, &scope.municipality_id)?;
    let provider = provider_details(conn, &provider_id)?;
    Ok(MySafety {
        thresholds: thresholds(conn, &scope.municipality_id)?,
        provider: provider.phone.map(|phone| Phone {
            name: provider.name,
            phone,
        }),
        community_centers: community_centers(conn, &scope.municipality_id)?,
    })
}

pub fn notebook(conn: &mut DbConn, scope: &ParticipantScope) -> Result<Notebook, AppError> {
    scope.may(PhoneAction::ReadNotebook)?;
    let whose = Whose {
        participant_id: &scope.participant_id,
        municipality_id: &scope.municipality_id,
        today: scope.today,
    };
    project(conn, &whose, None)
}

/// A person's notebook as staff print it for them (手帳を印刷): the same projection as their
/// phone's, for a person the caller sees (404 otherwise) and whose role may print it. After
/// 修了 what the person recorded is theirs alone unless a live consent shares follow-up
/// results — the cut the staff day-to-day uses (`consents::staff_sees_until`). Audited.
pub fn for_staff(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &ParticipantId,
) -> Result<Audited<StaffNotebook>, AppError> {
    let seen = read_part(conn, scope, id, "notebook.read")?;
    scope.may(Action::PrintNotebook)?;
    let shown_until = crate::db::consents::staff_sees_until(conn, scope, id)?;
    let whose = Whose {
        participant_id: id,
        municipality_id: &scope.municipality_id,
        today: scope.today,
    };
    let notebook = project(conn, &whose, shown_until)?;
    Ok(Audited::new(
        StaffNotebook {
            participant_id: id.clone(),
            shown_until,
            notebook,
        },
        seen,
    ))
}

/// Whose notebook, and the day it is read on.
struct Whose<'a> {
    participant_id: &'a ParticipantId,
    municipality_id: &'a MunicipalityId,
    today: NaiveDate,
}

/// The notebook: one projection for the person's phone and for the booklet staff print.
/// `until`: the last day of the person's own records to show (`None`: all of them).
fn project(
    conn: &mut DbConn,
    whose: &Whose,
    until: Option<NaiveDate>,
) -> Result<Notebook, AppError> {
    let (pid, municipality_id, today) = (whose.participant_id, whose.municipality_id, whose.today);
    let home = participants::home_of(conn, pid, municipality_id, today)?;
    let provider_id = provider_of(conn, pid, municipality_id)?;
    let provider = provider_details(conn, &provider_id)?;
    let limits = thresholds(conn, municipality_id)?;
    let mut all = records(conn, pid)?;
    if let Some(last) = until {
        all.retain(|e| e.date <= last);
    }
    let live = projection::live(&all);
    let contacts = notebook_contacts::table
        .filter(notebook_contacts::participant_id.eq(pid))
        .order(notebook_contacts::position)
        .select((
            notebook_contacts::kind,
            notebook_contacts::name,
            notebook_contacts::relation,
            notebook_contacts::phone,
        ))
        .load::<(String, String, String, String)>(conn)?
        .into_iter()
        .map(|(kind, name, relation, phone)| PersonalContact {
            kind,
            name,
            relation,
            phone,
        })
        .collect();
    let year_ago = today - Months::new(12);
    Ok(Notebook {
        today,
        display_name: home.display_name,
        status: home.status,
        contacts,
        community_centers: community_centers(conn, municipality_id)?,
        goals: goals::active_of(conn, pid)?,
        successes: stored_successes(conn, pid, None)?
            .into_iter()
            .filter(|s| until.map_or(true, |last| s.date <= last))
            .collect(),
        weeks: rules::by_week(&live, today, rules::WEEKS),
        months: rules::by_month(&live, today, rules::MONTHS),
        readings: rules::readings(&live, year_ago, &limits),
        family_records: crate::db::daily::family_records(
            conn,
            pid,
            year_ago,
            until.map(|last| last.min(today)),
        )?,
        self_check: last_self_check(conn, pid, until)?,
        sessions: home
            .sessions
            .iter()
            .map(|s| ScheduleItem {
                number: s.number,
                date: s.date,
                time: provider.session_time.clone(),
                venue: provider.venue.clone(),
                done: s.done,
            })
            .collect(),
        sessions_left: home.sessions_left,
        provider: provider.phone.map(|phone| Phone {
            name: provider.name,
            phone,
        }),
        thresholds: limits,
    })
}

/// The last self-check taken (on or before `until` when given).
fn last_self_check(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    until: Option<NaiveDate>,
) -> Result<Option<SelfCheckResult>, AppError> {
    let mut q = self_checks::table
        .filter(self_checks::participant_id.eq(participant_id))
        .into_boxed();
    if let Some(last) = until {
        q = q.filter(self_checks::taken_on.le(last));
    }
    let row: Option<(NaiveDate, String)> = q
        .order((self_checks::taken_on.desc(), self_checks::created_at.desc()))
        .select((self_checks::taken_on, self_checks::answers))
        .first(conn)
        .optional()?;
    row.map(|(taken_on, text)| {
        let answers = rules::answers_from_text(&text).map_err(AppError::Internal)?;
        rules::self_check(&answers, taken_on).map_err(AppError::Internal)
    })
    .transpose()
}

/// Keeps the person's self-check (dated today in Japan) and answers its result.
pub fn save_self_check(
    conn: &mut DbConn,
    scope: &ParticipantScope,
    new: &NewSelfCheck,
) -> Result<SelfCheckResult, AppError> {
    let result = rules::self_check(&new.answers, scope.today).map_err(AppError::validation)?;
    diesel::insert_into(self_checks::table)
        .values((
            self_checks::id.eq(new_id()),
            self_checks::participant_id.eq(&scope.participant_id),
            self_checks::taken_on.eq(scope.today),
            self_checks::answers.eq(rules::answers_text(&new.answers)),
            self_checks::created_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(result)
}

/// The person's own contacts (the demo, and later the person's own edits).
pub fn add_contact(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    contact: &PersonalContact,
    position: i32,
) -> Result<(), AppError> {
    diesel::insert_into(notebook_contacts::table)
        .values((
            notebook_contacts::id.eq(new_id()),
            notebook_contacts::participant_id.eq(participant_id),
            notebook_contacts::kind.eq(&contact.kind),
            notebook_contacts::name.eq(&contact.name),
            notebook_contacts::relation.eq(&contact.relation),
            notebook_contacts::phone.eq(&contact.phone),
            notebook_contacts::position.eq(position),
        ))
        .execute(conn)?;
    Ok(())
}

/// A municipality's phone number for the notebook (kind community_center | municipality).
pub fn add_municipality_contact(
    conn: &mut DbConn,
    municipality_id: &MunicipalityId,
    kind: &str,
    phone: &Phone,
    position: i32,
) -> Result<(), AppError> {
    diesel::insert_into(municipality_contacts::table)
        .values((
            municipality_contacts::id.eq(new_id()),
            municipality_contacts::municipality_id.eq(municipality_id),
            municipality_contacts::kind.eq(kind),
            municipality_contacts::name.eq(&phone.name),
            municipality_contacts::phone.eq(&phone.phone),
            municipality_contacts::position.eq(position),
        ))
        .execute(conn)?;
    Ok(())
}

/// A provider's phone, venue and session time.
pub fn set_provider_contact(
    conn: &mut DbConn,
    provider_id: &ProviderId,
    phone: &str,
    venue: &str,
    session_time: &str,
) -> Result<(), AppError> {
    diesel::delete(provider_contacts::table.filter(provider_contacts::provider_id.eq(provider_id)))
        .execute(conn)?;
    diesel::insert_into(provider_contacts::table)
        .values((
            provider_contacts::provider_id.eq(provider_id),
            provider_contacts::phone.eq(phone),
            provider_contacts::venue.eq(venue),
            provider_contacts::session_time.eq(session_time),
        ))
        .execute(conn)?;
    Ok(())
}

/// A self-check taken on `taken_on` (the demo's history).
pub fn save_demo_self_check(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    answers: &[bool],
    taken_on: NaiveDate,
) -> Result<(), AppError> {
    rules::self_check(answers, taken_on).map_err(AppError::Internal)?;
    diesel::insert_into(self_checks::table)
        .values((
            self_checks::id.eq(new_id()),
            self_checks::participant_id.eq(participant_id),
            self_checks::taken_on.eq(taken_on),
            self_checks::answers.eq(rules::answers_text(answers)),
            self_checks::created_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}
