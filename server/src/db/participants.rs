//! Participants (利用者) and their enrollment, always seen through the caller's scope.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::audit::{self, Audited};
use super::schema::{cohorts, enrollments, participants, providers, screenings, use_stops};
use super::scope::ParticipantScope;
use super::{cohorts as cohort_db, now, DbConn, StaffScope};
use crate::domain::enrollment::EnrollmentStatus;
use crate::domain::ids::{CohortId, EnrollmentId, MunicipalityId, ParticipantId, StaffId};
use crate::domain::names;
use crate::domain::policy::Action;
use crate::domain::program::{self, age_on};
use crate::domain::role::Role;
use crate::error::AppError;
use crate::wire::participants::{
    CohortRef, Home, LatestScreening, NewParticipant, NextSession, ParticipantDetail,
    ParticipantSummary, SessionDay, Sex,
};

/// Who a staff member may see, by role, as the parameters of one rule ([`seen_by`]) whose
/// shape is the same for every role, so that it can be a subquery of any query.
///
/// Coordinators never reach the staff record: they see a person only through a live consent
/// naming them (or their team) for the purpose of the request, and only its parts — that view
/// is `consents::visible`/`consents::access`, used by the handoffs. Here they see no one.
///
/// While use of a person's data is stopped (利用停止, `privacy`), only the administrator sees
/// them.
struct Reach {
    municipality: String,
    /// Therapists and nurses: the people of their provider.
    provider: Option<String>,
    /// Care managers: the people they referred.
    referred_by: Option<String>,
    /// The administrator: the whole municipality, stopped use included.
    whole: Option<String>,
}

fn reach(scope: &StaffScope) -> Reach {
    let municipality = scope.municipality_id.as_str().to_owned();
    let mut r = Reach {
        municipality: municipality.clone(),
        provider: None,
        referred_by: None,
        whole: None,
    };
    match scope.role {
        Role::MunicipalityAdmin => r.whole = Some(municipality),
        Role::Therapist | Role::Nurse => {
            r.provider = scope.provider_id.as_ref().map(|p| p.as_str().to_owned());
        }
        Role::CareManager => r.referred_by = Some(scope.staff_id.as_str().to_owned()),
        Role::Coordinator => {}
    }
    r
}

/// The rule over a participants row: in the municipality, and either the whole of it
/// (`whole`) or, use not stopped, of the provider or referred by the staff member. A `NULL`
/// parameter matches no one (`x = NULL` is never true).
#[diesel::dsl::auto_type]
fn seen_by(
    municipality: String,
    provider: Option<String>,
    referred_by: Option<String>,
    whole: Option<String>,
) -> _ {
    participants::municipality_id.eq(municipality).and(
        diesel::dsl::not(
            participants::id.eq_any(
                use_stops::table
                    .filter(use_stops::lifted_at.is_null())
                    .select(use_stops::participant_id),
            ),
        )
        .and(
            participants::provider_id
                .nullable()
                .eq(provider)
                .or(participants::referred_by_staff_id.eq(referred_by)),
        )
        .or(participants::municipality_id.nullable().eq(whole)),
    )
}

/// The rule as a filter on a query that reads the participants table.
pub(super) fn visible(scope: &StaffScope) -> seen_by {
    let r = reach(scope);
    seen_by(r.municipality, r.provider, r.referred_by, r.whole)
}

#[diesel::dsl::auto_type]
fn ids_seen_by(
    municipality: String,
    provider: Option<String>,
    referred_by: Option<String>,
    whole: Option<String>,
) -> _ {
    let seen: seen_by = seen_by(municipality, provider, referred_by, whole);
    participants::table.filter(seen).select(participants::id)
}

/// The ids of the participants a staff member may see, as a subquery to filter by
/// (`column.eq_any(visible_ids(scope))`, on a query that does not read the participants table
/// itself; that one filters by [`visible`]): the database narrows, however many people the
/// municipality has (a list of ids bound one by one stops past the databases' parameter
/// limits).
pub(super) fn visible_ids(scope: &StaffScope) -> ids_seen_by {
    let r = reach(scope);
    ids_seen_by(r.municipality, r.provider, r.referred_by, r.whole)
}

/// Whose rows [`load_joined`] and [`latest_screenings`] read: one person, or everyone the
/// caller may see (through the rule, never as a list of ids).
enum Who<'a> {
    One(&'a ParticipantId),
    Visible(&'a StaffScope),
}

#[derive(Queryable)]
struct Joined {
    id: ParticipantId,
    family_name: String,
    given_name: String,
    family_name_kana: String,
    given_name_kana: String,
    birth_date: NaiveDate,
    sex: String,
    referral_source: Option<String>,
    created_at: NaiveDateTime,
    status: String,
    cohort_id: CohortId,
    cohort_name: String,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    provider_name: String,
}

fn load_joined(conn: &mut DbConn, who: &Who) -> Result<Vec<Joined>, AppError> {
    let query = participants::table
        .inner_join(enrollments::table.inner_join(cohorts::table))
        .inner_join(providers::table)
        .into_boxed();
    let query = match who {
        Who::One(id) => query.filter(participants::id.eq((*id).clone())),
        Who::Visible(scope) => query.filter(visible(scope)),
    };
    Ok(query
        .order((
            participants::family_name_kana,
            participants::given_name_kana,
        ))
        .select((
            participants::id,
            participants::family_name,
            participants::given_name,
            participants::family_name_kana,
            participants::given_name_kana,
            participants::birth_date,
            participants::sex,
            participants::referral_source,
            participants::created_at,
            enrollments::status,
            cohorts::id,
            cohorts::name,
            cohorts::starts_on,
            cohorts::ends_on,
            providers::name,
        ))
        .load(conn)?)
}

fn latest_screenings(
    conn: &mut DbConn,
    who: &Who,
) -> Result<std::collections::HashMap<ParticipantId, LatestScreening>, AppError> {
    let query = screenings::table.into_boxed();
    let query = match who {
        Who::One(id) => query.filter(screenings::participant_id.eq((*id).clone())),
        Who::Visible(scope) => query.filter(screenings::participant_id.eq_any(visible_ids(scope))),
    };
    let rows: Vec<(ParticipantId, bool, NaiveDateTime)> = query
        .order(screenings::screened_at.asc())
        .select((
            screenings::participant_id,
            screenings::eligible,
            screenings::screened_at,
        ))
        .load(conn)?;
    // Ascending order: the last insert per participant wins.
    Ok(rows
        .into_iter()
        .map(|(pid, eligible, screened_at)| {
            (
                pid,
                LatestScreening {
                    eligible,
                    screened_at,
                },
            )
        })
        .collect())
}

fn summarize(
    j: &Joined,
    latest: Option<LatestScreening>,
    today: NaiveDate,
) -> Result<ParticipantSummary, AppError> {
    Ok(ParticipantSummary {
        id: j.id.clone(),
        display_name: format!("{} {}", j.family_name, j.given_name),
        family_name: j.family_name.clone(),
        given_name: j.given_name.clone(),
        family_name_kana: j.family_name_kana.clone(),
        given_name_kana: j.given_name_kana.clone(),
        age: age_on(j.birth_date, today),
        sex: Sex::from_text(&j.sex)?,
        status: j.status.clone(),
        cohort: CohortRef {
            id: j.cohort_id.clone(),
            name: j.cohort_name.clone(),
            starts_on: j.starts_on,
            ends_on: j.ends_on,
        },
        provider_name: j.provider_name.clone(),
        latest_screening: latest,
    })
}

/// The ids of the participants the caller may see in one cohort.
pub fn visible_in_cohort(
    conn: &mut DbConn,
    scope: &StaffScope,
    cohort_id: &CohortId,
) -> Result<Vec<ParticipantId>, AppError> {
    Ok(enrollments::table
        .filter(enrollments::participant_id.eq_any(visible_ids(scope)))
        .filter(enrollments::cohort_id.eq(cohort_id))
        .select(enrollments::participant_id)
        .load(conn)?)
}

/// How the participant list is narrowed on the server (name, cohort and status are narrowed
/// in the browser, over the whole list).
#[derive(Debug, Clone, Copy, Default)]
pub struct ListFilter {
    /// Only those with at least one attention item (要確認), as the cohort overview shows them.
    pub attention: bool,
}

/// The participants the caller may see ("my participants"). Audited as one list read.
///
/// However many they are: the scope is a subquery, and the attention items are worked out a
/// batch of people at a time.
pub fn list(
    conn: &mut DbConn,
    scope: &StaffScope,
    filter: ListFilter,
) -> Result<Audited<Vec<ParticipantSummary>>, AppError> {
    let flagged = if filter.attention {
        scope.may(Action::ReadCohortOverview)?;
        let ids: Vec<ParticipantId> = visible_ids(scope).load(conn)?;
        Some(super::overview::needing_attention(conn, scope, &ids)?)
    } else {
        None
    };
    let seen = audit::Entry::new(scope, "participant.list", None);
    let who = Who::Visible(scope);
    let mut latest = latest_screenings(conn, &who)?;
    let today = scope.today;
    let list = load_joined(conn, &who)?
        .iter()
        .filter(|j| match &flagged {
            Some(flagged) => flagged.contains(&j.id),
            None => true,
        })
        .map(|j| summarize(j, latest.remove(&j.id), today))
        .collect::<Result<_, _>>()?;
    Ok(Audited::new(list, seen))
}

/// Checks that the caller may see this participant; `NotFound` otherwise (never "forbidden",
/// which would tell a stranger the person exists).
pub fn ensure_visible(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &ParticipantId,
) -> Result<(), AppError> {
    let found: Option<ParticipantId> = participants::table
        .filter(participants::id.eq(id.clone()))
        .filter(visible(scope))
        .select(participants::id)
        .first(conn)
        .optional()?;
    found.map(|_| ()).ok_or(AppError::NotFound)
}

/// A read of one part of a visible participant's record (assessment, goals, …): the audit
/// row it owes, to answer with the part ([`Audited::new`]).
pub fn read_part(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &ParticipantId,
    action: &'static str,
) -> Result<audit::Entry, AppError> {
    ensure_visible(conn, scope, id)?;
    Ok(audit::Entry::new(scope, action, Some(id)))
}

/// A change to one part of a visible participant's record, if the policy lets the caller take
/// `action`; audited as `audit_action` (the audit row rolls back with the change if the change
/// fails).
pub fn change_part(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &ParticipantId,
    action: Action,
    audit_action: &str,
) -> Result<(), AppError> {
    ensure_visible(conn, scope, id)?;
    scope.may(action)?;
    audit::record(conn, scope, audit_action, Some(id))
}

/// The name of a staff member, for "saved by".
pub fn staff_name(conn: &mut DbConn, staff_id: &StaffId) -> Result<String, AppError> {
    use super::schema::staff;
    Ok(staff::table
        .filter(staff::id.eq(staff_id))
        .select(staff::name)
        .first(conn)?)
}

/// One participant's record. Audited.
pub fn get(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &ParticipantId,
) -> Result<Audited<ParticipantDetail>, AppError> {
    let seen = read_part(conn, scope, id, "participant.read")?;
    Ok(Audited::new(detail(conn, id, scope.today)?, seen))
}

fn detail(
    conn: &mut DbConn,
    id: &ParticipantId,
    today: NaiveDate,
) -> Result<ParticipantDetail, AppError> {
    let who = Who::One(id);
    let mut latest = latest_screenings(conn, &who)?;
    let joined = load_joined(conn, &who)?
        .into_iter()
        .next()
        .ok_or(AppError::NotFound)?;
    Ok(ParticipantDetail {
        summary: summarize(&joined, latest.remove(id), today)?,
        birth_date: joined.birth_date,
        referral_source: joined.referral_source,
        created_at: joined.created_at,
    })
}

/// The participant's birth date, for age-dependent rules (the caller in this module tree has
/// already checked visibility).
pub(super) fn birth_date(conn: &mut DbConn, id: &ParticipantId) -> Result<NaiveDate, AppError> {
    Ok(participants::table
        .filter(participants::id.eq(id))
        .select(participants::birth_date)
        .first(conn)?)
}

/// Registers a person (referred, not yet started) in a cohort the caller works with.
pub fn create(
    conn: &mut DbConn,
    scope: &StaffScope,
    new: &NewParticipant,
) -> Result<ParticipantDetail, AppError> {
    scope.may(Action::RegisterParticipant)?;
    let family_name = names::required_text(&new.family_name, "姓", 40)?;
    let given_name = names::required_text(&new.given_name, "名", 40)?;
    let family_kana = names::kana(&new.family_name_kana, "せい（ふりがな）")?;
    let given_kana = names::kana(&new.given_name_kana, "めい（ふりがな）")?;
    let referral = match new.referral_source.as_deref().map(str::trim) {
        Some("") | None => None,
        Some(text) => Some(names::required_text(text, "紹介元", 200)?),
    };
    let today = scope.today;
    let age = age_on(new.birth_date, today);
    if !(40..=120).contains(&age) {
        return Err(AppError::validation("生年月日をご確認ください。"));
    }
    // A cohort outside the caller's reach is "not there" for them.
    let cohort = cohort_db::get(conn, scope, &new.cohort_id)
        .map_err(|_| AppError::validation("選ばれた実施期間が見つかりません。"))?;
    let id = ParticipantId::generate();
    let at = now();
    let referred_by = (scope.role == Role::CareManager).then(|| scope.staff_id.clone());
    diesel::insert_into(participants::table)
        .values((
            participants::id.eq(&id),
            participants::municipality_id.eq(&scope.municipality_id),
            participants::provider_id.eq(&cohort.provider_id),
            participants::family_name.eq(family_name),
            participants::given_name.eq(given_name),
            participants::family_name_kana.eq(family_kana),
            participants::given_name_kana.eq(given_kana),
            participants::birth_date.eq(new.birth_date),
            participants::sex.eq(new.sex.as_str()),
            participants::referral_source.eq(&referral),
            participants::referred_by_staff_id.eq(&referred_by),
            participants::created_by_staff_id.eq(&scope.staff_id),
            participants::created_at.eq(at),
        ))
        .execute(conn)?;
    diesel::insert_into(enrollments::table)
        .values((
            enrollments::id.eq(EnrollmentId::generate()),
            enrollments::participant_id.eq(&id),
            enrollments::cohort_id.eq(&cohort.id),
            enrollments::status.eq(EnrollmentStatus::Referred.as_str()),
            enrollments::created_at.eq(at),
        ))
        .execute(conn)?;
    match &new.referrer {
        Some(r) => super::referrer_feedback::store(conn, scope, &id, r)?,
        None => super::referrer_feedback::from_free_text(
            conn,
            scope,
            &id,
            referral.as_deref(),
            referred_by.as_ref(),
        )?,
    }
    audit::record(conn, scope, "participant.create", Some(&id))?;
    detail(conn, &id, scope.today)
}

pub fn home(conn: &mut DbConn, scope: &ParticipantScope) -> Result<Home, AppError> {
    home_of(
        conn,
        &scope.participant_id,
        &scope.municipality_id,
        scope.today,
    )
}

/// The home of a person of `municipality_id` on `today`: for their phone, and for the notebook
/// staff print for them (the caller has checked who may see it).
pub(crate) fn home_of(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    municipality_id: &MunicipalityId,
    today: NaiveDate,
) -> Result<Home, AppError> {
    let (family_name, given_name, status, started_on, cohort_name): (
        String,
        String,
        String,
        Option<NaiveDate>,
        String,
    ) = participants::table
        .inner_join(enrollments::table.inner_join(cohorts::table))
        .filter(participants::id.eq(participant_id))
        .filter(participants::municipality_id.eq(municipality_id))
        .select((
            participants::family_name,
            participants::given_name,
            enrollments::status,
            enrollments::started_on,
            cohorts::name,
        ))
        .first(conn)?;
    // The schedule the therapist made; before that, weekly from the start date.
    let planned = super::sessions::planned(conn, participant_id)?;
    let mut sessions: Vec<SessionDay> = if planned.is_empty() {
        started_on
            .map(|first| program::weekly_sessions(first, today))
            .unwrap_or_default()
            .into_iter()
            .map(|s| SessionDay {
                number: s.number,
                date: s.date,
                done: s.done,
            })
            .collect()
    } else {
        use crate::domain::sessions::Attendance;
        planned
            .into_iter()
            .map(|p| SessionDay {
                number: p.number as u32,
                date: p.date,
                done: p.attendance != Attendance::Planned || p.date < today,
            })
            .collect()
    };
    let lifecycle = super::sessions::stored_status(&status)?;
    if lifecycle == EnrollmentStatus::Completed {
        sessions.iter_mut().for_each(|s| s.done = true);
    }
    let done = sessions.iter().filter(|s| s.done).count() as u32;
    let next_session = if lifecycle == EnrollmentStatus::Discontinued {
        None
    } else {
        sessions.iter().find(|s| !s.done).map(|s| NextSession {
            number: s.number,
            date: s.date,
        })
    };
    Ok(Home {
        display_name: format!("{family_name} {given_name}"),
        today,
        status,
        cohort_name,
        sessions_total: program::SESSIONS,
        sessions_done: done,
        sessions_left: program::SESSIONS - done,
        graduation_date: sessions.last().map(|s| s.date),
        next_session,
        sessions,
    })
}

/// The participant's name, as shown on their own phone.
pub fn display_name(conn: &mut DbConn, scope: &ParticipantScope) -> Result<String, AppError> {
    let (family, given): (String, String) = participants::table
        .filter(participants::id.eq(&scope.participant_id))
        .filter(participants::municipality_id.eq(&scope.municipality_id))
        .select((participants::family_name, participants::given_name))
        .first(conn)?;
    Ok(format!("{family} {given}"))
}
