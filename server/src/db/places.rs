//! The places directory (通いの場・地域資源): kept by the municipality's coordinators, seen by
//! all its staff. Not personal data. Each place is a versioned document (If-Match).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use std::collections::HashMap;

use super::audit;
use super::participants::staff_name;
use super::schema::{media, place_photos, places};
use super::versioned::{conflict, from_json, outcome, to_json, Written};
use super::{new_id, now, DbConn, StaffScope};
use crate::domain::graduation::Transport;
use crate::domain::ids::{MediaId, MunicipalityId, PlaceId, StaffId};
use crate::domain::interest;
use crate::domain::names::{optional_text, required_text};
use crate::domain::places::{self as rules, PlaceKind};
use crate::domain::policy::Action;
use crate::error::AppError;
use crate::wire::places::{Place, PlaceInput, PlacePhoto};

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

fn to_place(
    conn: &mut DbConn,
    r: Row,
    today: NaiveDate,
    photos: Vec<PlacePhoto>,
) -> Result<Place, AppError> {
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
        photos,
    })
}

/// The photos of the given places, each place's in its order.
fn photos_of(
    conn: &mut DbConn,
    place_ids: &[&PlaceId],
) -> Result<HashMap<PlaceId, Vec<PlacePhoto>>, AppError> {
    let rows: Vec<(PlaceId, MediaId, String, i32, i32)> = place_photos::table
        .inner_join(media::table)
        .filter(place_photos::place_id.eq_any(place_ids))
        .order((place_photos::place_id, place_photos::position))
        .select((
            place_photos::place_id,
            place_photos::media_id,
            place_photos::caption,
            media::width,
            media::height,
        ))
        .load(conn)?;
    let mut by_place: HashMap<PlaceId, Vec<PlacePhoto>> = HashMap::new();
    for (place, id, caption, width, height) in rows {
        by_place.entry(place).or_default().push(PlacePhoto {
            id,
            caption,
            width,
            height,
        });
    }
    Ok(by_place)
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
    let mut photos = photos_of(conn, &rows.iter().map(|r| &r.id).collect::<Vec<_>>())?;
    rows.into_iter()
        .map(|r| {
            let mine = photos.remove(&r.id).unwrap_or_default();
            to_place(conn, r, today, mine)
        })
        .collect()
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
    let photos = photos_of(conn, &[&row.id])?
        .remove(&row.id)
        .unwrap_or_default();
    to_place(conn, row, scope.today, photos)
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

// --- photos of a place ---

/// The caption of a new photo, checked (required: it is what a screen reader says).
fn checked_caption(caption: &str) -> Result<String, AppError> {
    required_text(caption, "写真の説明", rules::MAX_CAPTION_CHARS)
}

fn photo_count(conn: &mut DbConn, place_id: &PlaceId) -> Result<usize, AppError> {
    let n: i64 = place_photos::table
        .filter(place_photos::place_id.eq(place_id))
        .count()
        .get_result(conn)?;
    Ok(n as usize)
}

fn room_for_a_photo(conn: &mut DbConn, place_id: &PlaceId) -> Result<(), AppError> {
    if photo_count(conn, place_id)? >= rules::MAX_PHOTOS {
        return Err(AppError::Conflict(format!(
            "写真は1か所に{}枚までです。新しい写真を載せるには、先にどれかを外してください。",
            rules::MAX_PHOTOS
        )));
    }
    Ok(())
}

/// Before an upload is read and decoded: the place is the caller's municipality's, the caller
/// keeps its photos, the caption is there and the place has room. Answers the checked caption.
pub fn may_add_photo(
    conn: &mut DbConn,
    scope: &StaffScope,
    place_id: &PlaceId,
    caption: &str,
) -> Result<String, AppError> {
    load_one(conn, scope, place_id)?;
    scope.may(Action::ManagePlacePhotos)?;
    let caption = checked_caption(caption)?;
    room_for_a_photo(conn, place_id)?;
    Ok(caption)
}

/// Keeps a processed, stored photo as the place's last one (checked again in the write: two
/// uploads at once cannot make a seventh).
pub fn add_photo(
    conn: &mut DbConn,
    scope: &StaffScope,
    place_id: &PlaceId,
    media_id: &MediaId,
    (width, height): (u32, u32),
    caption: &str,
) -> Result<Place, AppError> {
    // Takes the place's row first: on PostgreSQL two uploads to one place wait for each other
    // here, so the count below cannot let both make a seventh (SQLite has one writer anyway).
    diesel::update(
        places::table
            .filter(places::id.eq(place_id))
            .filter(places::municipality_id.eq(&scope.municipality_id)),
    )
    .set(places::version.eq(places::version))
    .execute(conn)?;
    let caption = may_add_photo(conn, scope, place_id, caption)?;
    let last: Option<i32> = place_photos::table
        .filter(place_photos::place_id.eq(place_id))
        .select(diesel::dsl::max(place_photos::position))
        .first(conn)?;
    super::daily::insert_media(
        conn,
        media_id,
        &scope.municipality_id,
        None,
        "place_photo",
        (width, height),
    )?;
    diesel::insert_into(place_photos::table)
        .values((
            place_photos::media_id.eq(media_id),
            place_photos::place_id.eq(place_id),
            place_photos::position.eq(last.map_or(0, |p| p + 1)),
            place_photos::caption.eq(caption),
            place_photos::added_by.eq(&scope.staff_id),
            place_photos::added_at.eq(now()),
        ))
        .execute(conn)?;
    audit::record_detail(
        conn,
        scope,
        "place_photo.add",
        None,
        Some(&format!("{place_id} {media_id}")),
    )?;
    load_one(conn, scope, place_id)
}

/// Takes a photo off a place (and out of the media table; the caller removes the stored
/// pictures once this is committed).
pub fn remove_photo(
    conn: &mut DbConn,
    scope: &StaffScope,
    place_id: &PlaceId,
    media_id: &MediaId,
) -> Result<Place, AppError> {
    load_one(conn, scope, place_id)?;
    scope.may(Action::ManagePlacePhotos)?;
    let removed = diesel::delete(
        place_photos::table
            .filter(place_photos::place_id.eq(place_id))
            .filter(place_photos::media_id.eq(media_id)),
    )
    .execute(conn)?;
    if removed == 0 {
        return Err(AppError::NotFound);
    }
    diesel::delete(
        media::table
            .filter(media::id.eq(media_id))
            .filter(media::purpose.eq("place_photo")),
    )
    .execute(conn)?;
    audit::record_detail(
        conn,
        scope,
        "place_photo.remove",
        None,
        Some(&format!("{place_id} {media_id}")),
    )?;
    load_one(conn, scope, place_id)
}

/// Puts a place's photos in the given order: every one of its photos, each once.
pub fn reorder_photos(
    conn: &mut DbConn,
    scope: &StaffScope,
    place_id: &PlaceId,
    order: &[MediaId],
) -> Result<Place, AppError> {
    load_one(conn, scope, place_id)?;
    scope.may(Action::ManagePlacePhotos)?;
    let mut current: Vec<MediaId> = place_photos::table
        .filter(place_photos::place_id.eq(place_id))
        .select(place_photos::media_id)
        .load(conn)?;
    let mut asked = order.to_vec();
    current.sort();
    asked.sort();
    if current != asked {
        return Err(AppError::validation(
            "並べ替えには、この場所の写真をすべて1回ずつ指定してください。",
        ));
    }
    for (position, id) in order.iter().enumerate() {
        diesel::update(
            place_photos::table
                .filter(place_photos::place_id.eq(place_id))
                .filter(place_photos::media_id.eq(id)),
        )
        .set(place_photos::position.eq(position as i32))
        .execute(conn)?;
    }
    audit::record_detail(
        conn,
        scope,
        "place_photo.reorder",
        None,
        Some(place_id.as_str()),
    )?;
    load_one(conn, scope, place_id)
}

/// A demo photo of a place (no audit: nobody took it).
#[allow(clippy::too_many_arguments)]
pub(super) fn insert_demo_photo(
    conn: &mut DbConn,
    municipality_id: &MunicipalityId,
    staff_id: &StaffId,
    place_id: &PlaceId,
    media_id: &MediaId,
    size: (u32, u32),
    caption: &str,
    position: i32,
) -> Result<(), AppError> {
    super::daily::insert_media(conn, media_id, municipality_id, None, "place_photo", size)?;
    diesel::insert_into(place_photos::table)
        .values((
            place_photos::media_id.eq(media_id),
            place_photos::place_id.eq(place_id),
            place_photos::position.eq(position),
            place_photos::caption.eq(caption),
            place_photos::added_by.eq(staff_id),
            place_photos::added_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}
