//! The demo's circle (循環型): every demo person gets a structured referrer (read from the old
//! free text, as the migration does); the directory's places list open volunteer roles; two
//! earlier graduates (松本, 前田) are active volunteers under a live registry consent, with
//! their activity logged; the cohort's graduate 佐野 said on the phone she is interested; the cohort's
//! newly referred person (青木) came through 松本 — the circle closing; and the feedback to the referrer is
//! drafted for 杉本 and 上野 (with their consent), one already sent to the demo 包括 user.

use chrono::{Days, NaiveDate};
use diesel::prelude::*;
use serde_json::json;

use super::schema::{consents, participants, places, referrers, volunteer_activities, volunteers};
use super::{new_id, now, DbConn, StaffScope};
use crate::domain::consent::WORDING_VERSION;
use crate::domain::ids::{MunicipalityId, ParticipantId, ProviderId, StaffId, VolunteerId};
use crate::domain::referrer::{self, FeedbackEvent, ReferrerKind};
use crate::domain::role::Role;
use crate::error::AppError;
use crate::wire::volunteers::{FeedbackSend, ReferrerInput};

pub struct Circle<'a> {
    pub municipality: &'a MunicipalityId,
    pub provider: &'a ProviderId,
    pub therapist: &'a StaffId,
    pub care_manager: &'a StaffId,
    pub coordinator: &'a StaffId,
}

fn person(conn: &mut DbConn, c: &Circle, family: &str) -> Result<ParticipantId, AppError> {
    Ok(participants::table
        .filter(participants::municipality_id.eq(c.municipality))
        .filter(participants::family_name.eq(family))
        .select(participants::id)
        .first(conn)?)
}

#[allow(clippy::too_many_arguments)]
fn consent(
    conn: &mut DbConn,
    c: &Circle,
    who: &ParticipantId,
    purpose: &str,
    recipient: &StaffId,
    parts: serde_json::Value,
    given: NaiveDate,
) -> Result<(), AppError> {
    let at = given.and_hms_opt(1, 30, 0).unwrap_or_default();
    diesel::insert_into(consents::table)
        .values((
            consents::id.eq(new_id()),
            consents::participant_id.eq(who),
            consents::municipality_id.eq(c.municipality),
            consents::purpose.eq(purpose),
            consents::recipient_staff_id.eq(Some(recipient)),
            consents::recipient_team.eq(None::<String>),
            consents::parts.eq(parts.to_string()),
            consents::valid_from.eq(given),
            consents::valid_until.eq(given + Days::new(400)),
            consents::method.eq("paper"),
            consents::state.eq("given"),
            consents::wording_version.eq(format!("paper:{WORDING_VERSION}")),
            consents::paper_kept_at.eq(Some("事業所の鍵付き書庫（同意書ファイル）")),
            consents::created_by.eq(c.therapist),
            consents::created_at.eq(at),
            consents::given_at.eq(Some(at)),
            consents::recorded_by.eq(Some(c.therapist)),
        ))
        .execute(conn)?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn volunteer(
    conn: &mut DbConn,
    c: &Circle,
    who: &ParticipantId,
    status: &str,
    roles: &[&str],
    skills: &str,
    availability: &str,
    area: Option<&str>,
    trainings: serde_json::Value,
    offered_at: &str,
    status_on: NaiveDate,
) -> Result<VolunteerId, AppError> {
    let id = VolunteerId::generate();
    let at = now();
    diesel::insert_into(volunteers::table)
        .values((
            volunteers::id.eq(&id),
            volunteers::participant_id.eq(who),
            volunteers::municipality_id.eq(c.municipality),
            volunteers::status.eq(status),
            volunteers::roles.eq(json!(roles).to_string()),
            volunteers::skills.eq(skills),
            volunteers::availability.eq(availability),
            volunteers::area.eq(area),
            volunteers::trainings.eq(trainings.to_string()),
            volunteers::offered_at.eq(offered_at),
            volunteers::status_on.eq(status_on),
            volunteers::created_by.eq((offered_at != "phone").then_some(c.therapist)),
            volunteers::created_at.eq(at),
            volunteers::updated_at.eq(at),
        ))
        .execute(conn)?;
    Ok(id)
}

fn place_id(conn: &mut DbConn, c: &Circle, name: &str) -> Result<String, AppError> {
    Ok(places::table
        .filter(places::municipality_id.eq(c.municipality))
        .filter(places::name.eq(name))
        .select(places::id)
        .first(conn)?)
}

fn activity(
    conn: &mut DbConn,
    c: &Circle,
    volunteer: &VolunteerId,
    on: NaiveDate,
    place: (&str, &str),
    role: &str,
    minutes: i32,
) -> Result<(), AppError> {
    diesel::insert_into(volunteer_activities::table)
        .values((
            volunteer_activities::id.eq(new_id()),
            volunteer_activities::volunteer_id.eq(volunteer),
            volunteer_activities::on_date.eq(on),
            volunteer_activities::place_id.eq(Some(place.0)),
            volunteer_activities::place_name.eq(place.1),
            volunteer_activities::role.eq(role),
            volunteer_activities::minutes.eq(minutes),
            volunteer_activities::recorded_by.eq(c.coordinator),
            volunteer_activities::created_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

fn scope_of(c: &Circle, staff_id: &StaffId, role: Role, today: NaiveDate) -> StaffScope {
    StaffScope {
        staff_id: staff_id.clone(),
        role,
        municipality_id: c.municipality.clone(),
        provider_id: (role == Role::Therapist).then(|| c.provider.clone()),
        today,
    }
}

pub fn load(conn: &mut DbConn, c: &Circle, today: NaiveDate) -> Result<(), AppError> {
    // Every demo person's referrer, from the old free text (as the migration reads it).
    let people: Vec<(
        ParticipantId,
        MunicipalityId,
        Option<String>,
        Option<StaffId>,
    )> = participants::table
        .left_join(referrers::table.on(referrers::participant_id.eq(participants::id)))
        .filter(referrers::participant_id.nullable().is_null())
        .select((
            participants::id,
            participants::municipality_id,
            participants::referral_source,
            participants::referred_by_staff_id,
        ))
        .load(conn)?;
    for (id, municipality, text, by) in people {
        let kind = referrer::infer_kind(text.as_deref(), by.is_some());
        diesel::insert_into(referrers::table)
            .values((
                referrers::participant_id.eq(&id),
                referrers::municipality_id.eq(&municipality),
                referrers::kind.eq(kind.as_str()),
                referrers::organisation.eq(text.unwrap_or_default()),
                referrers::person.eq(""),
                referrers::contact.eq(""),
                referrers::staff_id.eq(by),
                referrers::volunteer_id.eq(None::<String>),
                referrers::updated_by.eq(None::<String>),
                referrers::updated_at.eq(now()),
            ))
            .execute(conn)?;
    }

    // The directory's open roles (担い手募集).
    for (name, roles) in [
        (
            "ふれあいサロン ひだまり",
            "お茶出し、会場の鍵開け・閉め、受付（出欠名簿）",
        ),
        (
            "いきいき百歳体操 北町会場",
            "体操のカウント、おもりの準備と片付け",
        ),
        (
            "みんなの農園ボランティア",
            "草刈り、花壇の水やり、大工仕事（棚の修理）",
        ),
    ] {
        diesel::update(
            places::table
                .filter(places::municipality_id.eq(c.municipality))
                .filter(places::name.eq(name)),
        )
        .set(places::volunteer_roles.eq(roles))
        .execute(conn)?;
    }
    let salon = place_id(conn, c, "ふれあいサロン ひだまり")?;
    let taiso = place_id(conn, c, "いきいき百歳体操 北町会場")?;

    // Two earlier graduates, now active, under a live registry consent to the coordinator.
    let registry = json!(["contact", "interests", "participation_wishes"]);
    let matsumoto = person(conn, c, "松本")?;
    consent(
        conn,
        c,
        &matsumoto,
        "volunteer_registry",
        c.coordinator,
        registry.clone(),
        today - Days::new(120),
    )?;
    let trained = today - Days::new(100);
    let v_matsumoto = volunteer(
        conn,
        c,
        &matsumoto,
        "active",
        &["お茶出し", "受付"],
        "元 小学校の給食調理員。人と話すのが好き。",
        "木曜の午後",
        Some("北圏域"),
        json!([{"name": "介護予防サポーター養成講座", "on": trained}]),
        "graduation",
        today - Days::new(90),
    )?;
    for weeks in [1u64, 2, 3, 5, 6, 8, 9, 11] {
        activity(
            conn,
            c,
            &v_matsumoto,
            today - Days::new(weeks * 7 + 3),
            (&salon, "ふれあいサロン ひだまり"),
            "お茶出し",
            if weeks % 3 == 0 { 120 } else { 90 },
        )?;
    }
    let maeda = person(conn, c, "前田")?;
    consent(
        conn,
        c,
        &maeda,
        "volunteer_registry",
        c.coordinator,
        registry,
        today - Days::new(60),
    )?;
    let v_maeda = volunteer(
        conn,
        c,
        &maeda,
        "active",
        &["体操のカウント"],
        "元 事務員。声が大きいと言われます。",
        "月・金の午前",
        Some("北圏域"),
        json!([{"name": "いきいき百歳体操 サポーター研修", "on": today - Days::new(45)}]),
        "follow_up",
        today - Days::new(30),
    )?;
    for days in [4u64, 11, 18, 25] {
        activity(
            conn,
            c,
            &v_maeda,
            today - Days::new(days),
            (&taiso, "いきいき百歳体操 北町会場"),
            "体操のカウント",
            60,
        )?;
    }

    // The cohort's graduate 佐野 said on her phone that she would like to help: interested,
    // no registry consent asked yet (the provider sees it; nobody else).
    let sano = person(conn, c, "佐野")?;
    volunteer(
        conn,
        c,
        &sano,
        "interested",
        &["受付（出欠名簿）"],
        "",
        "平日の午前",
        None,
        json!([]),
        "phone",
        today - Days::new(2),
    )?;

    // The circle closing: 松本 found a frail neighbour at the salon and brought her — 青木, the
    // cohort's newly referred person.
    let aoki = person(conn, c, "青木")?;
    let therapist = scope_of(c, c.therapist, Role::Therapist, today);
    super::referrer_feedback::store(
        conn,
        &therapist,
        &aoki,
        &ReferrerInput {
            kind: ReferrerKind::GraduateVolunteer,
            organisation: "ふれあいサロン ひだまり".into(),
            person: "松本 トミ".into(),
            contact: "サロンの木曜の会で".into(),
            staff_id: None,
            volunteer_id: Some(v_matsumoto),
        },
    )?;

    // Feedback to the referrer: 杉本 (completed) consented for the 包括, one sent in the app and
    // one still a draft; 上野 was referred by a 民生委員: a letter to print, as a draft.
    let sugimoto = person(conn, c, "杉本")?;
    consent(
        conn,
        c,
        &sugimoto,
        "referrer_feedback",
        c.care_manager,
        json!(["contact", "summary_abilities", "participation_wishes"]),
        today - Days::new(100),
    )?;
    send_draft(conn, &therapist, &sugimoto, FeedbackEvent::Started)?;
    let ueno = person(conn, c, "上野")?;
    super::referrer_feedback::store(
        conn,
        &therapist,
        &ueno,
        &ReferrerInput {
            kind: ReferrerKind::Minsei,
            organisation: "北町 第3地区".into(),
            person: "民生委員 田村".into(),
            contact: "000-555-6666".into(),
            staff_id: None,
            volunteer_id: None,
        },
    )?;
    consent(
        conn,
        c,
        &ueno,
        "referrer_feedback",
        c.care_manager,
        json!(["contact"]),
        today - Days::new(10),
    )?;
    Ok(())
}

/// Sends the draft of one event as staff would confirm it unchanged.
fn send_draft(
    conn: &mut DbConn,
    scope: &StaffScope,
    who: &ParticipantId,
    event: FeedbackEvent,
) -> Result<(), AppError> {
    let body = super::referrer_feedback::draft_of(conn, scope, who, event)?
        .ok_or_else(|| AppError::Internal("demo feedback: no draft".into()))?;
    super::referrer_feedback::send(
        conn,
        scope,
        who,
        &FeedbackSend {
            event,
            event_key: String::new(),
            body,
        },
    )?;
    Ok(())
}
