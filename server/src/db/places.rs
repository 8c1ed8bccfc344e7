//! The places directory (通いの場・地域資源): kept by the municipality's coordinators, seen by
//! all its staff. Not personal data. Each place is a versioned document (If-Match).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::participants::staff_name;
use super::schema::places;
use super::versioned::{conflict, from_json, outcome, to_json, Written};
use super::{new_id, now, DbConn, StaffScope};
use crate::domain::graduation::Transport;
use crate::domain::ids::{MunicipalityId, PlaceId, StaffId};
use crate::domain::interest;
use crate::domain::names::{optional_text, required_text};
use crate::domain::places::{self as rules, PlaceKind};
use crate::domain::policy::Action;
use crate::error::AppError;
use crate::wire::places::{Place, PlaceInput};

#[derive(Queryable)]
struct Row {
    id: PlaceId,
    version: i32,
    name: String,
    kind: String,
    tags: String,
    free_tags: String,
    area: Option<String>,
    address: String,
    schedule: String,
    cost: String,
    transport: String,
    accessibility: String,
    description: String,
    contact: String,
    volunteer_roles: String,
    last_verified_on: Option<NaiveDate>,
    active: bool,
    updated_by: StaffId,
    updated_at: NaiveDateTime,
}

type Columns = (
    places::id,
    places::version,
    places::name,
    places::kind,
    places::tags,
    places::free_tags,
    places::area,
    places::address,
    places::schedule,
    places::cost,
    places::transport,
    places::accessibility,
    places::description,
    places::contact,
    places::volunteer_roles,
    places::last_verified_on,
    places::active,
    places::updated_by,
    places::updated_at,
);
const COLUMNS: Columns = (
    places::id,
    places::version,
    places::name,
    places::kind,
    places::tags,
    places::free_tags,
    places::area,
    places::address,
    places::schedule,
    places::cost,
    places::transport,
    places::accessibility,
    places::description,
    places::contact,
    places::volunteer_roles,
    places::last_verified_on,
    places::active,
    places::updated_by,
    places::updated_at,
);

fn to_place(conn: &mut DbConn, r: Row, today: NaiveDate) -> Result<Place, AppError> {
    let tags: Vec<i32> = from_json(&r.tags)?;
    Ok(Place {
        tag_labels: tags
            .iter()
            .map(|i| interest::label(*i).unwrap_or_default().to_owned())
            .collect(),
        tags,
        free_tags: from_json(&r.free_tags)?,
        kind: PlaceKind::from_text(&r.kind)?,
        transport: from_json(&r.transport)?,
        stale: rules::stale(r.last_verified_on, today),
        updated_by_name: staff_name(conn, &r.updated_by)?,
        id: r.id,
        version: r.version,
        name: r.name,
        area: r.area,
        address: r.address,
        schedule: r.schedule,
        cost: r.cost,
        accessibility: r.accessibility,
        description: r.description,
        contact: r.contact,
        volunteer_roles: r.volunteer_roles,
        last_verified_on: r.last_verified_on,
        active: r.active,
        updated_at: r.updated_at,
    })
}

/// The places of a municipality (all, or the active ones), by name.
pub(super) fn of_municipality(
    conn: &mut DbConn,
    municipality_id: &MunicipalityId,
    today: NaiveDate,
) -> Result<Vec<Place>, AppError> {
    let rows: Vec<Row> = places::table
        .filter(places::municipality_id.eq(municipality_id))
        .order(places::name)
        .select(COLUMNS)
        .load(conn)?;
    rows.into_iter().map(|r| to_place(conn, r, today)).collect()
}

/// Every place of the caller's municipality (any staff member).
pub fn list(conn: &mut DbConn, scope: &StaffScope) -> Result<Vec<Place>, AppError> {
    of_municipality(conn, &scope.municipality_id, scope.today)
}

struct Checked {
    name: String,
    tags: String,
    free_tags: String,
    area: Option<String>,
    address: String,
    schedule: String,
    cost: String,
    transport: String,
    accessibility: String,
    description: String,
    contact: String,
    volunteer_roles: String,
}

fn check(input: &PlaceInput, today: NaiveDate) -> Result<Checked, AppError> {
    let mut tags = input.tags.clone();
    tags.sort_unstable();
    tags.dedup();
    if let Some(bad) = tags.iter().find(|i| interest::label(**i).is_none()) {
        return Err(AppError::validation(format!(
            "チェックシートに{bad}番の項目はありません。"
        )));
    }
    if input.last_verified_on.is_some_and(|d| d > today) {
        return Err(AppError::validation(
            "確認した日に先の日付は入れられません。",
        ));
    }
    let mut free = Vec::new();
    for t in &input.free_tags {
        let t = optional_text(t, "自由なタグ", 40)?;
        if !t.is_empty() && !free.contains(&t) {
            free.push(t);
        }
    }
    let mut transport = input.transport.clone();
    transport.dedup();
    let area = optional_text(input.area.as_deref().unwrap_or(""), "圏域", 40)?;
    Ok(Checked {
        name: required_text(&input.name, "名前", 100)?,
        tags: to_json(&tags)?,
        free_tags: to_json(&free)?,
        area: (!area.is_empty()).then_some(area),
        address: optional_text(&input.address, "住所", 200)?,
        schedule: optional_text(&input.schedule, "日時", 200)?,
        cost: optional_text(&input.cost, "費用", 100)?,
        transport: to_json(&transport)?,
        accessibility: optional_text(&input.accessibility, "バリアフリー・設備", 500)?,
        description: optional_text(&input.description, "どんな場か", 2000)?,
        contact: optional_text(&input.contact, "窓口", 200)?,
        volunteer_roles: optional_text(&input.volunteer_roles, "担い手の募集", 500)?,
    })
}

fn load_one(conn: &mut DbConn, scope: &StaffScope, id: &PlaceId) -> Result<Place, AppError> {
    let row: Row = places::table
        .filter(places::id.eq(id))
        .filter(places::municipality_id.eq(&scope.municipality_id))
        .select(COLUMNS)
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    to_place(conn, row, scope.today)
}

pub fn create(
    conn: &mut DbConn,
    scope: &StaffScope,
    input: &PlaceInput,
) -> Result<Place, AppError> {
    scope.may(Action::ManagePlaces)?;
    let c = check(input, scope.today)?;
    let id = PlaceId::generate();
    diesel::insert_into(places::table)
        .values((
            places::id.eq(&id),
            places::municipality_id.eq(&scope.municipality_id),
            places::version.eq(1),
            places::name.eq(c.name),
            places::kind.eq(input.kind.as_str()),
            places::tags.eq(c.tags),
            places::free_tags.eq(c.free_tags),
            places::area.eq(c.area),
            places::address.eq(c.address),
            places::schedule.eq(c.schedule),
            places::cost.eq(c.cost),
            places::transport.eq(c.transport),
            places::accessibility.eq(c.accessibility),
            places::description.eq(c.description),
            places::contact.eq(c.contact),
            places::volunteer_roles.eq(c.volunteer_roles),
            places::last_verified_on.eq(input.last_verified_on),
            places::active.eq(input.active),
            places::updated_by.eq(&scope.staff_id),
            places::updated_at.eq(now()),
        ))
        .execute(conn)?;
    load_one(conn, scope, &id)
}

pub fn update(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &PlaceId,
    expected: i32,
    input: &PlaceInput,
) -> Result<Place, AppError> {
    // Another municipality's place is not there; then the policy.
    load_one(conn, scope, id)?;
    scope.may(Action::ManagePlaces)?;
    let c = check(input, scope.today)?;
    let written = outcome(
        diesel::update(
            places::table
                .filter(places::id.eq(id))
                .filter(places::municipality_id.eq(&scope.municipality_id))
                .filter(places::version.eq(expected)),
        )
        .set((
            places::version.eq(expected + 1),
            places::name.eq(c.name),
            places::kind.eq(input.kind.as_str()),
            places::tags.eq(c.tags),
            places::free_tags.eq(c.free_tags),
            places::area.eq(c.area),
            places::address.eq(c.address),
            places::schedule.eq(c.schedule),
            places::cost.eq(c.cost),
            places::transport.eq(c.transport),
            places::accessibility.eq(c.accessibility),
            places::description.eq(c.description),
            places::contact.eq(c.contact),
            places::volunteer_roles.eq(c.volunteer_roles),
            places::last_verified_on.eq(input.last_verified_on),
            places::active.eq(input.active),
            places::updated_by.eq(&scope.staff_id),
            places::updated_at.eq(now()),
        ))
        .execute(conn),
    );
    match written? {
        Written::Yes => load_one(conn, scope, id),
        Written::Conflict => Err(conflict(&load_one(conn, scope, id)?)),
    }
}

/// A place's name in the caller's municipality (for a handoff's history), or not found.
pub(super) fn name_in(
    conn: &mut DbConn,
    municipality_id: &MunicipalityId,
    id: &PlaceId,
) -> Result<String, AppError> {
    places::table
        .filter(places::id.eq(id))
        .filter(places::municipality_id.eq(municipality_id))
        .select(places::name)
        .first(conn)
        .optional()?
        .ok_or_else(|| AppError::validation("選ばれた場所が見つかりません。"))
}

/// Demo places (and tests): inserted as the given staff member.
#[allow(clippy::too_many_arguments)]
pub(super) fn insert_demo(
    conn: &mut DbConn,
    municipality_id: &MunicipalityId,
    staff_id: &StaffId,
    name: &str,
    kind: PlaceKind,
    tags: &[i32],
    area: &str,
    schedule: &str,
    transport: &[Transport],
    description: &str,
    last_verified_on: NaiveDate,
) -> Result<(), AppError> {
    diesel::insert_into(places::table)
        .values((
            places::id.eq(new_id()),
            places::municipality_id.eq(municipality_id),
            places::version.eq(1),
            places::name.eq(name),
            places::kind.eq(kind.as_str()),
            places::tags.eq(to_json(&tags)?),
            places::free_tags.eq("[]"),
            places::area.eq(Some(area)),
            places::address.eq(""),
            places::schedule.eq(schedule),
            places::cost.eq("無料"),
            places::transport.eq(to_json(&transport)?),
            places::accessibility.eq("いす席あり"),
            places::description.eq(description),
            places::contact.eq("ひだまり市 社会福祉協議会"),
            places::volunteer_roles.eq(""),
            places::last_verified_on.eq(Some(last_verified_on)),
            places::active.eq(true),
            places::updated_by.eq(staff_id),
            places::updated_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}
