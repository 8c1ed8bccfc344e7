//! The take-home sheet for a new participant (`wire::take_home`): the schedule with time and
//! place, the graduation day, the provider's name and phone. A read of the person's record,
//! audited.

use diesel::prelude::*;

use super::audit::{self, Audited};
use super::participants::ensure_visible;
use super::schema::{cohorts, enrollments, participants, providers};
use super::{DbConn, StaffScope};
use crate::domain::ids::ParticipantId;
use crate::domain::policy::Action;
use crate::error::AppError;
use crate::wire::take_home::{TakeHomeSession, TakeHomeSheet};

type Row = (
    String,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    bool,
    String,
);

pub fn sheet(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &ParticipantId,
) -> Result<Audited<TakeHomeSheet>, AppError> {
    ensure_visible(conn, scope, id)?;
    scope.may(Action::PrintTakeHomeSheet)?;
    let seen = audit::Entry::new(scope, "participant.take_home", Some(id));
    let (
        family,
        given,
        cohort_name,
        provider_name,
        phone,
        address,
        starts_at,
        ends_at,
        venue,
        transport,
        meeting_point,
    ): Row = participants::table
        .inner_join(enrollments::table.inner_join(cohorts::table.inner_join(providers::table)))
        .filter(participants::id.eq(id))
        .filter(participants::municipality_id.eq(&scope.municipality_id))
        .select((
            participants::family_name,
            participants::given_name,
            cohorts::name,
            providers::name,
            providers::phone,
            providers::address,
            cohorts::starts_at,
            cohorts::ends_at,
            cohorts::venue,
            cohorts::transport,
            cohorts::meeting_point,
        ))
        .first(conn)?;
    let sessions: Vec<TakeHomeSession> = super::sessions::planned(conn, id)?
        .into_iter()
        .map(|p| TakeHomeSession {
            number: p.number,
            date: p.date,
            kind: p.kind,
        })
        .collect();
    Ok(Audited::new(
        TakeHomeSheet {
            participant_id: id.clone(),
            display_name: format!("{family} {given}"),
            cohort_name,
            provider_name,
            provider_phone: phone,
            provider_address: address,
            starts_at,
            ends_at,
            venue,
            transport,
            meeting_point,
            graduation_date: sessions.last().map(|s| s.date),
            sessions,
        },
        seen,
    ))
}
