//! The volunteer registry (担い手): graduates who give back, under their own consent.
//!
//! Who sees a registration, decided here beside every query:
//! - the provider's therapists: their own graduates (they hold the record and offer the
//!   sign-up at graduation);
//! - a coordinator: only people with a live `volunteer_registry` consent naming them (or
//!   their team) — the same rule as the handoffs (`consents::visible`);
//! - the municipality: every registration whose `volunteer_registry` consent is live (for the
//!   ボランティアポイント export and the circle's counts);
//! - nobody else.
//!
//! A registration without a live consent stays with the provider: the phone's sign-up is a
//! wish, and staff ask the consent (on the phone, on paper) before the registry is shared.

use chrono::NaiveDate;
use diesel::prelude::*;

use super::audit::{self, Audited, Entry};
use super::participants::{change_part, read_part};
use super::schema::{
    consents, enrollments, participants, places, referrers, volunteer_activities, volunteers,
};
use super::scope::ParticipantScope;
use super::versioned::{from_json, to_json};
use super::{consents as consent_db, new_id, now, DbConn, StaffScope};
use crate::domain::consent::{self, Facts, Purpose, Standing};
use crate::domain::enrollment::EnrollmentStatus;
use crate::domain::ids::{ParticipantId, VolunteerId};
use crate::domain::names::{optional_text, required_text};
use crate::domain::policy::Action;
use crate::domain::referrer::ReferrerKind;
use crate::domain::role::Role;
use crate::domain::volunteers::{self as rules, OfferedAt, VolunteerStatus};
use crate::error::AppError;
use crate::wire::volunteers::{
    Activity, ActivityInput, CircleSummary, MySignUp, MyVolunteer, RoleMatch, StatusChange,
    Training, Volunteer, VolunteerInput, VolunteerList,
};

#[derive(Queryable, Clone)]
struct Row {
    id: VolunteerId,
    participant_id: ParticipantId,
    status: String,
    roles: String,
    skills: String,
    availability: String,
    area: Option<String>,
    trainings: String,
    offered_at: String,
    status_on: NaiveDate,
    family_name: String,
    given_name: String,
    family_kana: String,
    given_kana: String,
    provider_id: String,
}

type Columns = (
    volunteers::id,
    volunteers::participant_id,
    volunteers::status,
    volunteers::roles,
    volunteers::skills,
    volunteers::availability,
    volunteers::area,
    volunteers::trainings,
    volunteers::offered_at,
    volunteers::status_on,
    participants::family_name,
    participants::given_name,
    participants::family_name_kana,
    participants::given_name_kana,
    participants::provider_id,
);

const COLUMNS: Columns = (
    volunteers::id,
    volunteers::participant_id,
    volunteers::status,
    volunteers::roles,
    volunteers::skills,
    volunteers::availability,
    volunteers::area,
    volunteers::trainings,
    volunteers::offered_at,
    volunteers::status_on,
    participants::family_name,
    participants::given_name,
    participants::family_name_kana,
    participants::given_name_kana,
    participants::provider_id,
);

fn all_rows(conn: &mut DbConn, scope: &StaffScope) -> Result<Vec<Row>, AppError> {
    let mut query = volunteers::table
        .inner_join(participants::table)
        .filter(volunteers::municipality_id.eq(&scope.municipality_id))
        .into_boxed();
    if scope.role != Role::MunicipalityAdmin {
        // 利用停止 (`privacy`): only the administrator sees the person.
        query = query.filter(diesel::dsl::not(
            volunteers::participant_id.eq_any(
                super::schema::use_stops::table
                    .filter(super::schema::use_stops::lifted_at.is_null())
                    .select(super::schema::use_stops::participant_id),
            ),
        ));
    }
    Ok(query
        .order((
            participants::family_name_kana,
            participants::given_name_kana,
        ))
        .select(COLUMNS)
        .load(conn)?)
}

/// The best standing of a person's `volunteer_registry` consents today.
fn standing_of(all: &[Facts], today: NaiveDate) -> Option<Standing> {
    let rank = |s: Standing| match s {
        Standing::Live => 0,
        Standing::Asked => 1,
        Standing::NotYet => 2,
        Standing::Expired => 3,
        Standing::Withdrawn => 4,
    };
    all.iter()
        .filter(|f| f.purpose == Purpose::VolunteerRegistry)
        .map(|f| consent::standing(f, today))
        .min_by_key(|s| rank(*s))
}

/// The people of the municipality whose `volunteer_registry` consent is live today.
fn consented(conn: &mut DbConn, scope: &StaffScope) -> Result<Vec<ParticipantId>, AppError> {
    let rows: Vec<(ParticipantId, String, String, NaiveDate, NaiveDate)> = consents::table
        .filter(consents::municipality_id.eq(&scope.municipality_id))
        .filter(consents::purpose.eq(Purpose::VolunteerRegistry.as_str()))
        .select((
            consents::participant_id,
            consents::state,
            consents::purpose,
            consents::valid_from,
            consents::valid_until,
        ))
        .load(conn)?;
    let mut out = Vec::new();
    for (pid, state, _, from, until) in rows {
        let facts = Facts {
            purpose: Purpose::VolunteerRegistry,
            state: consent::State::from_text(&state)?,
            recipient_staff_id: None,
            recipient_team: None,
            parts: Vec::new(),
            valid_from: from,
            valid_until: until,
        };
        if consent::standing(&facts, scope.today) == Standing::Live && !out.contains(&pid) {
            out.push(pid);
        }
    }
    Ok(out)
}

/// The registrations the caller may see (see the module's rule).
fn visible_rows(conn: &mut DbConn, scope: &StaffScope) -> Result<Vec<Row>, AppError> {
    scope.may(Action::ReadVolunteers)?;
    let rows = all_rows(conn, scope)?;
    Ok(match scope.role {
        Role::Therapist | Role::Nurse => {
            let provider = scope.provider_id.as_ref().map(|p| p.as_str().to_owned());
            rows.into_iter()
                .filter(|r| Some(&r.provider_id) == provider.as_ref())
                .collect()
        }
        Role::Coordinator => {
            let people: Vec<ParticipantId> =
                consent_db::visible(conn, scope, Purpose::VolunteerRegistry)?
                    .into_iter()
                    .map(|(p, _, _)| p)
                    .collect();
            rows.into_iter()
                .filter(|r| people.contains(&r.participant_id))
                .collect()
        }
        Role::MunicipalityAdmin => {
            let people = consented(conn, scope)?;
            rows.into_iter()
                .filter(|r| people.contains(&r.participant_id))
                .collect()
        }
        Role::CareManager => Vec::new(),
    })
}

fn one_visible(conn: &mut DbConn, scope: &StaffScope, id: &VolunteerId) -> Result<Row, AppError> {
    visible_rows(conn, scope)?
        .into_iter()
        .find(|r| &r.id == id)
        .ok_or(AppError::NotFound)
}

fn activities_of(conn: &mut DbConn, id: &VolunteerId) -> Result<Vec<Activity>, AppError> {
    let rows: Vec<(String, NaiveDate, Option<String>, String, String, i32)> =
        volunteer_activities::table
            .filter(volunteer_activities::volunteer_id.eq(id))
            .order((
                volunteer_activities::on_date.desc(),
                volunteer_activities::created_at.desc(),
            ))
            .select((
                volunteer_activities::id,
                volunteer_activities::on_date,
                volunteer_activities::place_id,
                volunteer_activities::place_name,
                volunteer_activities::role,
                volunteer_activities::minutes,
            ))
            .load(conn)?;
    Ok(rows
        .into_iter()
        .map(
            |(id, on_date, place_id, place_name, role, minutes)| Activity {
                id,
                on_date,
                place_id,
                place_name,
                role,
                minutes,
            },
        )
        .collect())
}

fn hours(activities: &[Activity]) -> f64 {
    f64::from(activities.iter().map(|a| a.minutes).sum::<i32>()) / 60.0
}

fn view(conn: &mut DbConn, r: Row, today: NaiveDate) -> Result<Volunteer, AppError> {
    let status = VolunteerStatus::from_text(&r.status)?;
    let facts: Vec<Facts> = consent_db::facts_of(conn, &r.participant_id)?
        .into_iter()
        .map(|(_, f)| f)
        .collect();
    let activities = activities_of(conn, &r.id)?;
    Ok(Volunteer {
        id: r.id,
        participant_id: r.participant_id,
        name: format!("{} {}", r.family_name, r.given_name),
        name_kana: format!("{} {}", r.family_kana, r.given_kana),
        status,
        status_label: status.label().to_owned(),
        status_on: r.status_on,
        roles: from_json(&r.roles)?,
        skills: r.skills,
        availability: r.availability,
        area: r.area,
        trainings: from_json(&r.trainings)?,
        offered_at: OfferedAt::from_text(&r.offered_at)?,
        consent: standing_of(&facts, today),
        hours: hours(&activities),
        activities,
    })
}

/// How many new people a graduate volunteer referred (the circle closing), municipality-wide.
fn referrals_by_volunteers(conn: &mut DbConn, scope: &StaffScope) -> Result<u32, AppError> {
    let n: i64 = referrers::table
        .filter(referrers::municipality_id.eq(&scope.municipality_id))
        .filter(referrers::kind.eq(ReferrerKind::GraduateVolunteer.as_str()))
        .count()
        .get_result(conn)?;
    Ok(n as u32)
}

/// The registry the caller may see, with the circle's counts. Audited per person.
pub fn list(conn: &mut DbConn, scope: &StaffScope) -> Result<Audited<VolunteerList>, AppError> {
    let rows = visible_rows(conn, scope)?;
    let mut entries = vec![Entry::new(scope, "volunteer.list", None)];
    let mut out = Vec::new();
    for r in rows {
        entries.push(Entry::new(
            scope,
            "volunteer.list_person",
            Some(&r.participant_id),
        ));
        out.push(view(conn, r, scope.today)?);
    }
    let summary = CircleSummary {
        registered: out.len() as u32,
        active: out
            .iter()
            .filter(|v| v.status == VolunteerStatus::Active)
            .count() as u32,
        hours: out.iter().map(|v| v.hours).sum(),
        referrals_by_volunteers: referrals_by_volunteers(conn, scope)?,
    };
    Ok(Audited::with_entries(
        VolunteerList {
            summary,
            volunteers: out,
        },
        entries,
    ))
}

/// One registration with its activity log. Audited.
pub fn get(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &VolunteerId,
) -> Result<Audited<Volunteer>, AppError> {
    let r = one_visible(conn, scope, id)?;
    let entry = Entry::new(scope, "volunteer.read", Some(&r.participant_id));
    Ok(Audited::new(view(conn, r, scope.today)?, entry))
}

fn clean_roles(roles: &[String]) -> Result<Vec<String>, AppError> {
    let mut out: Vec<String> = Vec::new();
    for r in roles {
        let role = optional_text(r, "したい役割", 60)?;
        if !role.is_empty() && !out.contains(&role) {
            out.push(role);
        }
    }
    if out.len() > 12 {
        return Err(AppError::validation("したい役割は12までにしてください。"));
    }
    Ok(out)
}

fn clean_trainings(list: &[Training]) -> Result<Vec<Training>, AppError> {
    list.iter()
        .map(|t| {
            Ok(Training {
                name: required_text(&t.name, "研修・講座の名前", 80)?,
                on: t.on,
            })
        })
        .collect()
}

fn clean_area(area: &Option<String>) -> Result<Option<String>, AppError> {
    let a = optional_text(area.as_deref().unwrap_or(""), "圏域", 40)?;
    Ok((!a.is_empty()).then_some(a))
}

/// The person's program must have been completed (修了) to register: the registry is of
/// graduates.
fn ensure_graduate(conn: &mut DbConn, participant_id: &ParticipantId) -> Result<(), AppError> {
    let status: String = enrollments::table
        .filter(enrollments::participant_id.eq(participant_id))
        .order(enrollments::created_at.desc())
        .select(enrollments::status)
        .first(conn)?;
    if super::sessions::stored_status(&status)? != EnrollmentStatus::Completed {
        return Err(AppError::Conflict(
            "ボランティアの登録は、教室を修了した方にお声かけするものです。".into(),
        ));
    }
    Ok(())
}

fn existing(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<Option<VolunteerId>, AppError> {
    Ok(volunteers::table
        .filter(volunteers::participant_id.eq(participant_id))
        .select(volunteers::id)
        .first(conn)
        .optional()?)
}

/// Staff register a graduate (at graduation, or at the 6-month follow-up): the therapist for
/// their graduates, a coordinator for a person whose live `volunteer_registry` consent names
/// them. Never a condition of anything: the person said yes.
pub fn register(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    input: &VolunteerInput,
) -> Result<Volunteer, AppError> {
    if scope.role == Role::Coordinator {
        scope.may(Action::RecordVolunteers)?;
        let reach = consent_db::visible(conn, scope, Purpose::VolunteerRegistry)?;
        if !reach.iter().any(|(p, _, _)| p == participant_id) {
            return Err(AppError::NotFound);
        }
        audit::record(conn, scope, "volunteer.register", Some(participant_id))?;
    } else {
        change_part(
            conn,
            scope,
            participant_id,
            Action::RecordVolunteers,
            "volunteer.register",
        )?;
    }
    ensure_graduate(conn, participant_id)?;
    if existing(conn, participant_id)?.is_some() {
        return Err(AppError::Conflict(
            "この方はもうボランティアに登録されています。".into(),
        ));
    }
    let id = VolunteerId::generate();
    let at = now();
    diesel::insert_into(volunteers::table)
        .values((
            volunteers::id.eq(&id),
            volunteers::participant_id.eq(participant_id),
            volunteers::municipality_id.eq(&scope.municipality_id),
            volunteers::status.eq(VolunteerStatus::Interested.as_str()),
            volunteers::roles.eq(to_json(&clean_roles(&input.roles)?)?),
            volunteers::skills.eq(optional_text(&input.skills, "得意なこと・以前の仕事", 300)?),
            volunteers::availability.eq(optional_text(&input.availability, "活動できる日時", 200)?),
            volunteers::area.eq(clean_area(&input.area)?),
            volunteers::trainings.eq(to_json(&clean_trainings(&input.trainings)?)?),
            volunteers::offered_at.eq(input.offered_at.unwrap_or(OfferedAt::Graduation).as_str()),
            volunteers::status_on.eq(scope.today),
            volunteers::created_by.eq(Some(&scope.staff_id)),
            volunteers::created_at.eq(at),
            volunteers::updated_at.eq(at),
        ))
        .execute(conn)?;
    let r = one_visible(conn, scope, &id)?;
    view(conn, r, scope.today)
}

fn may_change(conn: &mut DbConn, scope: &StaffScope, id: &VolunteerId) -> Result<Row, AppError> {
    let r = one_visible(conn, scope, id)?;
    scope.may(Action::RecordVolunteers)?;
    Ok(r)
}

/// Keeps the registration: roles, skills, availability, 圏域, trainings.
pub fn update(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &VolunteerId,
    input: &VolunteerInput,
) -> Result<Volunteer, AppError> {
    let r = may_change(conn, scope, id)?;
    audit::record(conn, scope, "volunteer.update", Some(&r.participant_id))?;
    diesel::update(volunteers::table.filter(volunteers::id.eq(id)))
        .set((
            volunteers::roles.eq(to_json(&clean_roles(&input.roles)?)?),
            volunteers::skills.eq(optional_text(&input.skills, "得意なこと・以前の仕事", 300)?),
            volunteers::availability.eq(optional_text(&input.availability, "活動できる日時", 200)?),
            volunteers::area.eq(clean_area(&input.area)?),
            volunteers::trainings.eq(to_json(&clean_trainings(&input.trainings)?)?),
            volunteers::updated_at.eq(now()),
        ))
        .execute(conn)?;
    let r = one_visible(conn, scope, id)?;
    view(conn, r, scope.today)
}

/// Moves the status by the one rule (`domain::volunteers::transition`).
pub fn change_status(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &VolunteerId,
    change: &StatusChange,
) -> Result<Volunteer, AppError> {
    let r = may_change(conn, scope, id)?;
    let from = VolunteerStatus::from_text(&r.status)?;
    rules::transition(from, change.status).map_err(|m| AppError::Conflict(m.into()))?;
    audit::record(conn, scope, "volunteer.status", Some(&r.participant_id))?;
    diesel::update(volunteers::table.filter(volunteers::id.eq(id)))
        .set((
            volunteers::status.eq(change.status.as_str()),
            volunteers::status_on.eq(scope.today),
            volunteers::updated_at.eq(now()),
        ))
        .execute(conn)?;
    let r = one_visible(conn, scope, id)?;
    view(conn, r, scope.today)
}

/// Logs an activity (date, place, role, time) of an active volunteer.
pub fn log_activity(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &VolunteerId,
    input: &ActivityInput,
) -> Result<Volunteer, AppError> {
    let r = may_change(conn, scope, id)?;
    rules::may_log(VolunteerStatus::from_text(&r.status)?)
        .map_err(|m| AppError::Conflict(m.into()))?;
    rules::check_minutes(input.minutes).map_err(AppError::validation)?;
    if input.on_date > scope.today {
        return Err(AppError::validation("これからの日の活動は記録できません。"));
    }
    let (place_id, place_name) = match &input.place_id {
        Some(pid) => {
            let name: String = places::table
                .filter(places::id.eq(pid))
                .filter(places::municipality_id.eq(&scope.municipality_id))
                .select(places::name)
                .first(conn)
                .optional()?
                .ok_or_else(|| AppError::validation("選ばれた場所が見つかりません。"))?;
            (Some(pid.clone()), name)
        }
        None => (
            None,
            required_text(
                input.place_name.as_deref().unwrap_or(""),
                "活動した場所",
                80,
            )?,
        ),
    };
    audit::record(conn, scope, "volunteer.activity", Some(&r.participant_id))?;
    diesel::insert_into(volunteer_activities::table)
        .values((
            volunteer_activities::id.eq(new_id()),
            volunteer_activities::volunteer_id.eq(id),
            volunteer_activities::on_date.eq(input.on_date),
            volunteer_activities::place_id.eq(place_id),
            volunteer_activities::place_name.eq(place_name),
            volunteer_activities::role.eq(required_text(&input.role, "役割", 60)?),
            volunteer_activities::minutes.eq(input.minutes),
            volunteer_activities::recorded_by.eq(&scope.staff_id),
            volunteer_activities::created_at.eq(now()),
        ))
        .execute(conn)?;
    let r = one_visible(conn, scope, id)?;
    view(conn, r, scope.today)
}

/// (place id, place name, 圏域, role)
type OpenRoleRow = (String, String, Option<String>, String);

/// The directory's open roles, in the directory's order.
fn open_roles(
    conn: &mut DbConn,
    municipality: &crate::domain::ids::MunicipalityId,
) -> Result<Vec<OpenRoleRow>, AppError> {
    let rows: Vec<(String, String, Option<String>, String)> = places::table
        .filter(places::municipality_id.eq(municipality))
        .filter(places::active.eq(true))
        .filter(places::volunteer_roles.ne(""))
        .order(places::name)
        .select((
            places::id,
            places::name,
            places::area,
            places::volunteer_roles,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .flat_map(|(id, name, area, roles)| {
            rules::split_roles(&roles)
                .into_iter()
                .map(move |role| (id.clone(), name.clone(), area.clone(), role))
        })
        .collect())
}

/// The open roles that suit a volunteer, best first, each with its reasons in words.
pub fn matches(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &VolunteerId,
) -> Result<Audited<Vec<RoleMatch>>, AppError> {
    let r = one_visible(conn, scope, id)?;
    let entry = Entry::new(scope, "volunteer.matches", Some(&r.participant_id));
    let roles: Vec<String> = from_json(&r.roles)?;
    let v = rules::Volunteer {
        status: VolunteerStatus::from_text(&r.status)?,
        roles: &roles,
        skills: &r.skills,
        area: r.area.as_deref(),
    };
    let mut out: Vec<RoleMatch> = open_roles(conn, &scope.municipality_id)?
        .into_iter()
        .filter_map(|(place_id, place_name, area, role)| {
            let s = rules::score(
                &v,
                &rules::OpenRole {
                    role: &role,
                    place_area: area.as_deref(),
                },
            );
            (s.score > 0).then_some(RoleMatch {
                place_id,
                place_name,
                area,
                role,
                score: s.score,
                reasons: s.reasons,
            })
        })
        .collect();
    out.sort_by_key(|m| std::cmp::Reverse(m.score));
    Ok(Audited::new(out, entry))
}

/// The activity of the consented registry between two days, as CSV for Excel (UTF-8 with a
/// byte-order mark, CRLF), for ボランティアポイント. Audited per person.
pub fn activity_csv(
    conn: &mut DbConn,
    scope: &StaffScope,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Audited<String>, AppError> {
    scope.may(Action::ExportVolunteerActivity)?;
    if to < from {
        return Err(AppError::validation("期間の終わりが始まりより前です。"));
    }
    let rows = visible_rows(conn, scope)?;
    let mut entries = vec![Entry::new(scope, "volunteer.export", None)];
    let mut lines = vec![[
        "活動日",
        "氏名",
        "ふりがな",
        "圏域",
        "場所",
        "役割",
        "時間（分）",
    ]
    .map(audit::csv_cell)
    .join(",")];
    let mut found: Vec<(NaiveDate, String, Vec<String>)> = Vec::new();
    for r in rows {
        let acts: Vec<Activity> = activities_of(conn, &r.id)?
            .into_iter()
            .filter(|a| a.on_date >= from && a.on_date <= to)
            .collect();
        if acts.is_empty() {
            continue;
        }
        entries.push(Entry::new(
            scope,
            "volunteer.export_person",
            Some(&r.participant_id),
        ));
        for a in acts {
            found.push((
                a.on_date,
                format!("{}{}", r.family_kana, r.given_kana),
                vec![
                    a.on_date.to_string(),
                    format!("{} {}", r.family_name, r.given_name),
                    format!("{} {}", r.family_kana, r.given_kana),
                    r.area.clone().unwrap_or_default(),
                    a.place_name,
                    a.role,
                    a.minutes.to_string(),
                ],
            ));
        }
    }
    found.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    for (_, _, cells) in found {
        lines.push(
            cells
                .iter()
                .map(|c| audit::csv_cell(c))
                .collect::<Vec<_>>()
                .join(","),
        );
    }
    Ok(Audited::with_entries(
        format!("\u{feff}{}\r\n", lines.join("\r\n")),
        entries,
    ))
}

fn my_status(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<Option<(VolunteerStatus, Vec<String>)>, AppError> {
    let row: Option<(String, String)> = volunteers::table
        .filter(volunteers::participant_id.eq(participant_id))
        .select((volunteers::status, volunteers::roles))
        .first(conn)
        .optional()?;
    row.map(|(s, roles)| Ok((VolunteerStatus::from_text(&s)?, from_json(&roles)?)))
        .transpose()
}

fn completed(conn: &mut DbConn, participant_id: &ParticipantId) -> Result<bool, AppError> {
    Ok(ensure_graduate(conn, participant_id).is_ok())
}

/// The person's own registration and the open roles to choose from, on their phone.
pub fn mine(conn: &mut DbConn, scope: &ParticipantScope) -> Result<MyVolunteer, AppError> {
    let offered = completed(conn, &scope.participant_id)?;
    let mine = my_status(conn, &scope.participant_id)?;
    let mut open: Vec<String> = Vec::new();
    if offered {
        for (_, _, _, role) in open_roles(conn, &scope.municipality_id)? {
            if !open.contains(&role) {
                open.push(role);
            }
        }
    }
    Ok(MyVolunteer {
        offered,
        status: mine.as_ref().map(|(s, _)| *s),
        status_label: mine.as_ref().map(|(s, _)| s.label().to_owned()),
        roles: mine.map(|(_, r)| r).unwrap_or_default(),
        open_roles: open,
    })
}

/// The person says on their phone that they would like to help: a wish (関心あり) the
/// provider sees; staff then ask the registry consent before it is shared.
pub fn sign_up(
    conn: &mut DbConn,
    scope: &ParticipantScope,
    input: &MySignUp,
) -> Result<MyVolunteer, AppError> {
    if !completed(conn, &scope.participant_id)? {
        return Err(AppError::Conflict(
            "教室を修了したあとに、お申し込みいただけます。".into(),
        ));
    }
    let roles = to_json(&clean_roles(&input.roles)?)?;
    let availability = optional_text(&input.availability, "活動できる日時", 200)?;
    let at = now();
    match existing(conn, &scope.participant_id)? {
        Some(id) => {
            diesel::update(volunteers::table.filter(volunteers::id.eq(&id)))
                .set((
                    volunteers::roles.eq(roles),
                    volunteers::availability.eq(availability),
                    volunteers::updated_at.eq(at),
                ))
                .execute(conn)?;
        }
        None => {
            diesel::insert_into(volunteers::table)
                .values((
                    volunteers::id.eq(VolunteerId::generate()),
                    volunteers::participant_id.eq(&scope.participant_id),
                    volunteers::municipality_id.eq(&scope.municipality_id),
                    volunteers::status.eq(VolunteerStatus::Interested.as_str()),
                    volunteers::roles.eq(roles),
                    volunteers::skills.eq(""),
                    volunteers::availability.eq(availability),
                    volunteers::area.eq(None::<String>),
                    volunteers::trainings.eq("[]"),
                    volunteers::offered_at.eq(OfferedAt::Phone.as_str()),
                    volunteers::status_on.eq(scope.today),
                    volunteers::created_by.eq(None::<String>),
                    volunteers::created_at.eq(at),
                    volunteers::updated_at.eq(at),
                ))
                .execute(conn)?;
        }
    }
    mine(conn, scope)
}

/// A volunteer of the municipality, by id, with their name (for a referral naming them).
pub(super) fn named(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &VolunteerId,
) -> Result<Option<(String, VolunteerStatus)>, AppError> {
    let row: Option<(String, String, String)> = volunteers::table
        .inner_join(participants::table)
        .filter(volunteers::id.eq(id))
        .filter(volunteers::municipality_id.eq(&scope.municipality_id))
        .select((
            participants::family_name,
            participants::given_name,
            volunteers::status,
        ))
        .first(conn)
        .optional()?;
    row.map(|(f, g, s)| Ok((format!("{f} {g}"), VolunteerStatus::from_text(&s)?)))
        .transpose()
}

/// A read of the staff record for a person the caller may see, for the participant page.
pub fn of_participant(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
) -> Result<Audited<Option<Volunteer>>, AppError> {
    let seen = read_part(conn, scope, participant_id, "volunteer.read")?;
    let id = existing(conn, participant_id)?;
    let found = match id {
        Some(id) => {
            let row: Row = volunteers::table
                .inner_join(participants::table)
                .filter(volunteers::id.eq(&id))
                .select(COLUMNS)
                .first(conn)?;
            Some(view(conn, row, scope.today)?)
        }
        None => None,
    };
    Ok(Audited::new(found, seen))
}
