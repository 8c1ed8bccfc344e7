//! The municipality's administration: its providers (事業所), its cohorts (実施期間) with the
//! day, time and place of the sessions, and its settings. Every function here takes the
//! administrator's scope; nothing of another municipality is ever read or changed.

use chrono::{NaiveDate, Weekday};
use diesel::prelude::*;

use super::schema::{cohorts, enrollments, municipalities, participants, providers, staff};
use super::{audit, new_id, now, DbConn, StaffScope};
use crate::domain::administration::{
    home_visits_from_text, home_visits_to_text, time_of_day, ProviderKind, StaffingRule,
};
use crate::domain::holidays::{closed_between, ClosedDay, ClosedRanges};
use crate::domain::ids::{CohortId, MunicipalityId, ProviderId, StaffId};
use crate::domain::names::{optional_text, required_text};
use crate::domain::policy::Action;
use crate::error::AppError;
use crate::wire::admin::{CohortInput, CohortPlan, Provider, ProviderInput, Settings};

// --- providers ---

type ProviderRow = (String, String, String, String, String, bool);

pub fn list_providers(conn: &mut DbConn, scope: &StaffScope) -> Result<Vec<Provider>, AppError> {
    scope.may(Action::ManageProviders)?;
    let rows: Vec<ProviderRow> = providers::table
        .filter(providers::municipality_id.eq(&scope.municipality_id))
        .order((providers::active.desc(), providers::name))
        .select((
            providers::id,
            providers::name,
            providers::address,
            providers::phone,
            providers::kind,
            providers::active,
        ))
        .load(conn)?;
    let cohort_counts: Vec<String> = cohorts::table
        .filter(cohorts::municipality_id.eq(&scope.municipality_id))
        .select(cohorts::provider_id)
        .load(conn)?;
    let people: Vec<String> = participants::table
        .filter(participants::municipality_id.eq(&scope.municipality_id))
        .select(participants::provider_id)
        .load(conn)?;
    rows.into_iter()
        .map(|(id, name, address, phone, kind, active)| {
            Ok(Provider {
                cohorts: cohort_counts.iter().filter(|p| **p == id).count() as i64,
                participants: people.iter().filter(|p| **p == id).count() as i64,
                id: ProviderId::from_stored(id),
                name,
                address,
                phone,
                kind: ProviderKind::from_text(&kind)?,
                active,
            })
        })
        .collect()
}

fn provider_fields(input: &ProviderInput) -> Result<(String, String, String), AppError> {
    Ok((
        required_text(&input.name, "事業所の名前", 100)?,
        optional_text(&input.address, "住所", 200)?,
        optional_text(&input.phone, "電話番号", 30)?,
    ))
}

pub fn create_provider(
    conn: &mut DbConn,
    scope: &StaffScope,
    input: &ProviderInput,
) -> Result<Provider, AppError> {
    scope.may(Action::ManageProviders)?;
    let (name, address, phone) = provider_fields(input)?;
    let id = new_id();
    diesel::insert_into(providers::table)
        .values((
            providers::id.eq(&id),
            providers::municipality_id.eq(&scope.municipality_id),
            providers::name.eq(&name),
            providers::address.eq(&address),
            providers::phone.eq(&phone),
            providers::kind.eq(input.kind.as_str()),
            providers::active.eq(input.active),
            providers::created_at.eq(now()),
        ))
        .execute(conn)?;
    audit::record_detail(conn, scope, "provider.create", None, Some(&id))?;
    find_provider(conn, scope, &id)
}

fn find_provider(conn: &mut DbConn, scope: &StaffScope, id: &str) -> Result<Provider, AppError> {
    list_providers(conn, scope)?
        .into_iter()
        .find(|p| p.id.as_str() == id)
        .ok_or(AppError::NotFound)
}

/// Changes a provider, or deactivates it (it is never deleted: its history stays).
pub fn update_provider(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &str,
    input: &ProviderInput,
) -> Result<Provider, AppError> {
    scope.may(Action::ManageProviders)?;
    find_provider(conn, scope, id)?;
    let (name, address, phone) = provider_fields(input)?;
    diesel::update(
        providers::table
            .filter(providers::id.eq(id))
            .filter(providers::municipality_id.eq(&scope.municipality_id)),
    )
    .set((
        providers::name.eq(&name),
        providers::address.eq(&address),
        providers::phone.eq(&phone),
        providers::kind.eq(input.kind.as_str()),
        providers::active.eq(input.active),
    ))
    .execute(conn)?;
    let action = if input.active {
        "provider.update"
    } else {
        "provider.deactivate"
    };
    audit::record_detail(conn, scope, action, None, Some(id))?;
    find_provider(conn, scope, id)
}

/// An active provider of the caller's municipality, or a validation error (the form names a
/// provider the caller cannot choose).
pub fn active_provider(conn: &mut DbConn, scope: &StaffScope, id: &str) -> Result<(), AppError> {
    let found: i64 = providers::table
        .filter(providers::id.eq(id))
        .filter(providers::municipality_id.eq(&scope.municipality_id))
        .filter(providers::active.eq(true))
        .count()
        .get_result(conn)?;
    if found == 0 {
        return Err(AppError::validation(
            "事業所を選んでください（使われていない事業所は選べません）。",
        ));
    }
    Ok(())
}

// --- cohorts ---

pub fn weekday_of(n: i32) -> Option<Weekday> {
    match n {
        1 => Some(Weekday::Mon),
        2 => Some(Weekday::Tue),
        3 => Some(Weekday::Wed),
        4 => Some(Weekday::Thu),
        5 => Some(Weekday::Fri),
        6 => Some(Weekday::Sat),
        7 => Some(Weekday::Sun),
        _ => None,
    }
}

/// The municipality's own closed days.
pub fn closed_ranges(
    conn: &mut DbConn,
    municipality_id: &MunicipalityId,
) -> Result<ClosedRanges, AppError> {
    let text: String = municipalities::table
        .filter(municipalities::id.eq(municipality_id))
        .select(municipalities::closed_days)
        .first(conn)?;
    ClosedRanges::parse(&text).map_err(|e| AppError::Internal(format!("closed days: {e}")))
}

#[derive(Queryable)]
struct CohortRow {
    id: String,
    provider_id: String,
    provider_name: String,
    name: String,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    capacity: i32,
    room_area_m2: f64,
    weekday: Option<i32>,
    starts_at: Option<String>,
    ends_at: Option<String>,
    venue: String,
    transport: bool,
    meeting_point: String,
    home_visits: String,
}

pub fn list_cohorts(conn: &mut DbConn, scope: &StaffScope) -> Result<Vec<CohortPlan>, AppError> {
    scope.may(Action::ManageCohorts)?;
    let rows: Vec<CohortRow> = cohorts::table
        .inner_join(providers::table)
        .filter(cohorts::municipality_id.eq(&scope.municipality_id))
        .order((cohorts::starts_on.desc(), cohorts::name))
        .select((
            cohorts::id,
            cohorts::provider_id,
            providers::name,
            cohorts::name,
            cohorts::starts_on,
            cohorts::ends_on,
            cohorts::capacity,
            cohorts::room_area_m2,
            cohorts::weekday,
            cohorts::starts_at,
            cohorts::ends_at,
            cohorts::venue,
            cohorts::transport,
            cohorts::meeting_point,
            cohorts::home_visits,
        ))
        .load(conn)?;
    let enrolled: Vec<String> = enrollments::table
        .inner_join(cohorts::table)
        .filter(cohorts::municipality_id.eq(&scope.municipality_id))
        .select(enrollments::cohort_id)
        .load(conn)?;
    let own = closed_ranges(conn, &scope.municipality_id)?;
    Ok(rows
        .into_iter()
        .map(|r| CohortPlan {
            participants: enrolled.iter().filter(|c| **c == r.id).count() as i64,
            closed_days: closed_between(
                r.starts_on,
                r.ends_on,
                r.weekday.and_then(weekday_of),
                &own,
            ),
            id: CohortId::from_stored(r.id),
            provider_id: ProviderId::from_stored(r.provider_id),
            provider_name: r.provider_name,
            name: r.name,
            starts_on: r.starts_on,
            ends_on: r.ends_on,
            capacity: r.capacity,
            room_area_m2: r.room_area_m2,
            weekday: r.weekday,
            starts_at: r.starts_at,
            ends_at: r.ends_at,
            venue: r.venue,
            transport: r.transport,
            meeting_point: r.meeting_point,
            home_visits: home_visits_from_text(&r.home_visits),
        })
        .collect())
}

struct CohortFields {
    name: String,
    starts_at: String,
    ends_at: String,
    venue: String,
    meeting_point: String,
    home_visits: String,
}

fn cohort_fields(input: &CohortInput) -> Result<CohortFields, AppError> {
    let name = required_text(&input.name, "実施期間の名前", 100)?;
    if input.ends_on < input.starts_on {
        return Err(AppError::validation(
            "終わりの日は始まりの日より後にしてください。",
        ));
    }
    if (input.ends_on - input.starts_on).num_days() > 400 {
        return Err(AppError::validation(
            "実施期間は1年あまりまでにしてください。",
        ));
    }
    if !(1..=100).contains(&input.capacity) {
        return Err(AppError::validation("定員は1〜100人で入れてください。"));
    }
    if !(input.room_area_m2 > 0.0 && input.room_area_m2 <= 10_000.0) {
        return Err(AppError::validation("部屋の広さ（㎡）を入れてください。"));
    }
    if weekday_of(input.weekday).is_none() {
        return Err(AppError::validation("実施する曜日を選んでください。"));
    }
    let starts_at = time_of_day(&input.starts_at, "開始時刻")?;
    let ends_at = time_of_day(&input.ends_at, "終了時刻")?;
    if ends_at <= starts_at {
        return Err(AppError::validation(
            "終了時刻は開始時刻より後にしてください。",
        ));
    }
    let venue = required_text(&input.venue, "会場", 200)?;
    let meeting_point = optional_text(&input.meeting_point, "送迎の集合場所", 200)?;
    if input.transport && meeting_point.is_empty() {
        return Err(AppError::validation(
            "送迎ありのときは、集合場所（迎えに行く場所）を入れてください。",
        ));
    }
    Ok(CohortFields {
        name,
        starts_at,
        ends_at,
        venue,
        meeting_point,
        home_visits: home_visits_to_text(&input.home_visits)?,
    })
}

fn find_cohort(conn: &mut DbConn, scope: &StaffScope, id: &str) -> Result<CohortPlan, AppError> {
    list_cohorts(conn, scope)?
        .into_iter()
        .find(|c| c.id.as_str() == id)
        .ok_or(AppError::NotFound)
}

pub fn create_cohort(
    conn: &mut DbConn,
    scope: &StaffScope,
    input: &CohortInput,
) -> Result<CohortPlan, AppError> {
    scope.may(Action::ManageCohorts)?;
    let f = cohort_fields(input)?;
    active_provider(conn, scope, input.provider_id.as_str())?;
    let id = new_id();
    diesel::insert_into(cohorts::table)
        .values((
            cohorts::id.eq(&id),
            cohorts::municipality_id.eq(&scope.municipality_id),
            cohorts::provider_id.eq(input.provider_id.as_str()),
            cohorts::name.eq(&f.name),
            cohorts::starts_on.eq(input.starts_on),
            cohorts::ends_on.eq(input.ends_on),
            cohorts::capacity.eq(input.capacity),
            cohorts::room_area_m2.eq(input.room_area_m2),
            cohorts::created_at.eq(now()),
            cohorts::weekday.eq(Some(input.weekday)),
            cohorts::starts_at.eq(Some(&f.starts_at)),
            cohorts::ends_at.eq(Some(&f.ends_at)),
            cohorts::venue.eq(&f.venue),
            cohorts::transport.eq(input.transport),
            cohorts::meeting_point.eq(&f.meeting_point),
            cohorts::home_visits.eq(&f.home_visits),
        ))
        .execute(conn)?;
    audit::record_detail(conn, scope, "cohort.create", None, Some(&id))?;
    find_cohort(conn, scope, &id)
}

pub fn update_cohort(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &str,
    input: &CohortInput,
) -> Result<CohortPlan, AppError> {
    scope.may(Action::ManageCohorts)?;
    let before = find_cohort(conn, scope, id)?;
    let f = cohort_fields(input)?;
    if before.provider_id != input.provider_id {
        if before.participants > 0 {
            return Err(AppError::Conflict(
                "参加者がいる実施期間の事業所は変えられません。".into(),
            ));
        }
        active_provider(conn, scope, input.provider_id.as_str())?;
    }
    diesel::update(
        cohorts::table
            .filter(cohorts::id.eq(id))
            .filter(cohorts::municipality_id.eq(&scope.municipality_id)),
    )
    .set((
        cohorts::provider_id.eq(input.provider_id.as_str()),
        cohorts::name.eq(&f.name),
        cohorts::starts_on.eq(input.starts_on),
        cohorts::ends_on.eq(input.ends_on),
        cohorts::capacity.eq(input.capacity),
        cohorts::room_area_m2.eq(input.room_area_m2),
        cohorts::weekday.eq(Some(input.weekday)),
        cohorts::starts_at.eq(Some(&f.starts_at)),
        cohorts::ends_at.eq(Some(&f.ends_at)),
        cohorts::venue.eq(&f.venue),
        cohorts::transport.eq(input.transport),
        cohorts::meeting_point.eq(&f.meeting_point),
        cohorts::home_visits.eq(&f.home_visits),
    ))
    .execute(conn)?;
    audit::record_detail(conn, scope, "cohort.update", None, Some(id))?;
    find_cohort(conn, scope, id)
}

/// The days without sessions between two dates (on one weekday, or every day): for planning a
/// cohort before it is saved. Any staff member of the municipality.
pub fn closed_days(
    conn: &mut DbConn,
    scope: &StaffScope,
    from: NaiveDate,
    to: NaiveDate,
    weekday: Option<i32>,
) -> Result<Vec<ClosedDay>, AppError> {
    if to < from || (to - from).num_days() > 400 {
        return Err(AppError::validation(
            "期間は1年あまりまでで、始まりを終わりより前にしてください。",
        ));
    }
    let own = closed_ranges(conn, &scope.municipality_id)?;
    Ok(closed_between(from, to, weekday.and_then(weekday_of), &own))
}

// --- settings ---

pub fn settings(conn: &mut DbConn, scope: &StaffScope) -> Result<Settings, AppError> {
    scope.may(Action::ManageSettings)?;
    let (program_end_text, rule, push_contact, two_factor_required, closed_days): (
        String,
        String,
        String,
        bool,
        String,
    ) = municipalities::table
        .filter(municipalities::id.eq(&scope.municipality_id))
        .select((
            municipalities::program_end_text,
            municipalities::staffing_rule,
            municipalities::push_contact,
            municipalities::two_factor_required,
            municipalities::closed_days,
        ))
        .first(conn)?;
    Ok(Settings {
        program_end_text,
        staffing_rule: StaffingRule::from_text(&rule)?,
        push_contact,
        two_factor_required,
        closed_days,
    })
}

pub fn save_settings(
    conn: &mut DbConn,
    scope: &StaffScope,
    input: &Settings,
) -> Result<Settings, AppError> {
    scope.may(Action::ManageSettings)?;
    let text = optional_text(&input.program_end_text, "プログラムの終わりの説明", 2000)?;
    let contact = input.push_contact.trim().to_owned();
    if !contact.is_empty() {
        crate::domain::administration::email_address(&contact)
            .map_err(|_| AppError::validation("通知の連絡先はメールアドレスで入れてください。"))?;
    }
    let closed = ClosedRanges::parse(&input.closed_days).map_err(AppError::validation)?;
    let before = settings(conn, scope)?;
    diesel::update(municipalities::table.filter(municipalities::id.eq(&scope.municipality_id)))
        .set((
            municipalities::program_end_text.eq(&text),
            municipalities::staffing_rule.eq(input.staffing_rule.as_str()),
            municipalities::push_contact.eq(&contact),
            municipalities::two_factor_required.eq(input.two_factor_required),
            municipalities::closed_days.eq(closed.to_text()),
        ))
        .execute(conn)?;
    audit::record(conn, scope, "settings.update", None)?;
    if before.two_factor_required != input.two_factor_required {
        let action = if input.two_factor_required {
            "two_factor_required_on"
        } else {
            "two_factor_required_off"
        };
        audit::record(conn, scope, action, None)?;
    }
    settings(conn, scope)
}

/// The staffing rule of the caller's municipality (for the staffing check).
pub fn staffing_rule(
    conn: &mut DbConn,
    municipality_id: &MunicipalityId,
) -> Result<StaffingRule, AppError> {
    let rule: String = municipalities::table
        .filter(municipalities::id.eq(municipality_id))
        .select(municipalities::staffing_rule)
        .first(conn)?;
    Ok(StaffingRule::from_text(&rule)?)
}

/// Whether this staff member belongs to the caller's municipality.
pub fn staff_of_municipality(
    conn: &mut DbConn,
    scope: &StaffScope,
    staff_id: &StaffId,
) -> Result<bool, AppError> {
    let n: i64 = staff::table
        .filter(staff::id.eq(staff_id))
        .filter(staff::municipality_id.eq(&scope.municipality_id))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}
