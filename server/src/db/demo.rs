//! The fictional demo: one municipality (ひだまり市) with one provider and a cohort of 12
//! participants at different stages, staff of every role, and a neighbouring town whose
//! records nobody in ひだまり市 may see. Every name and place here is invented.

use chrono::{Days, NaiveDate};
use diesel::prelude::*;

use super::schema::{
    cohorts, devices, enrollments, events, goal_steps, goals, municipalities, participants,
    prescriptions, program_sessions, providers,
};
use super::screenings;
use super::staff::{self, NewStaff};
use super::{new_id, now, write, DbConn};
use crate::auth::password;
use crate::domain::ids::{
    CohortId, DeviceId, EnrollmentId, MunicipalityId, ParticipantId, ProviderId, StaffId,
};
use crate::domain::role::Role;
use crate::error::AppError;
use crate::wire::screenings::ScreeningInput;

pub const PASSWORD: &str = "dekita-demo-2026";
const CODE: &str = "demo-hidamari";

pub const SIGN_INS: [(&str, &str); 7] = [
    ("therapist@hidamari.example", "リハ職（理学療法士）"),
    ("nurse@hidamari.example", "看護職員"),
    ("care-manager@hidamari.example", "地域包括支援センター"),
    ("coordinator@hidamari.example", "生活支援コーディネーター"),
    ("admin@hidamari.example", "市町村担当"),
    (
        "therapist@other-town.example",
        "となり町のリハ職（別の市町村）",
    ),
    (
        "therapist@kenko.hidamari.example",
        "ひだまり市の別の事業所のリハ職",
    ),
];

pub fn sign_in_help(url: &str) -> String {
    let mut text = format!(
        "デモを開く: {url}/#/staff/login\nデモのサインイン（パスワードはすべて {PASSWORD}）:\n"
    );
    for (email, role) in SIGN_INS {
        text.push_str(&format!("  {email:<32} {role}\n"));
    }
    text.push_str("利用者の画面: リハ職でサインインし、利用者を開いて「スマートフォン登録用の番号を発行」を押してください。");
    text
}

struct Person {
    family: &'static str,
    given: &'static str,
    family_kana: &'static str,
    given_kana: &'static str,
    born: (i32, u32, u32),
    sex: &'static str,
    /// Weeks since session 1 (negative: starts in the future); `None`: not started.
    weeks_in: Option<i64>,
    status: &'static str,
    /// Indices (1-based) of checklist items answered so that they count.
    counted: &'static [usize],
    certification: &'static str,
}

const COHORT: [Person; 12] = [
    Person {
        family: "青木",
        given: "節子",
        family_kana: "あおき",
        given_kana: "せつこ",
        born: (1943, 4, 12),
        sex: "female",
        weeks_in: None,
        status: "referred",
        counted: &[6, 7, 8, 10, 16],
        certification: "none",
    },
    Person {
        family: "石田",
        given: "昭二",
        family_kana: "いしだ",
        given_kana: "しょうじ",
        born: (1940, 9, 3),
        sex: "male",
        weeks_in: Some(-1),
        status: "enrolled",
        counted: &[],
        certification: "support_1",
    },
    Person {
        family: "上野",
        given: "和子",
        family_kana: "うえの",
        given_kana: "かずこ",
        born: (1945, 1, 20),
        sex: "female",
        weeks_in: Some(1),
        status: "enrolled",
        counted: &[1, 2, 6, 7, 8, 9, 10],
        certification: "none",
    },
    Person {
        family: "遠藤",
        given: "正男",
        family_kana: "えんどう",
        given_kana: "まさお",
        born: (1938, 6, 8),
        sex: "male",
        weeks_in: Some(2),
        status: "enrolled",
        counted: &[],
        certification: "support_2",
    },
    Person {
        family: "岡本",
        given: "幸子",
        family_kana: "おかもと",
        given_kana: "さちこ",
        born: (1947, 11, 30),
        sex: "female",
        weeks_in: Some(4),
        status: "enrolled",
        counted: &[11, 12, 13, 14],
        certification: "none",
    },
    Person {
        family: "加藤",
        given: "トシ",
        family_kana: "かとう",
        given_kana: "とし",
        born: (1936, 2, 14),
        sex: "female",
        weeks_in: Some(5),
        status: "enrolled",
        counted: &[6, 8, 9, 21, 23, 25],
        certification: "none",
    },
    Person {
        family: "木下",
        given: "勇",
        family_kana: "きのした",
        given_kana: "いさむ",
        born: (1942, 7, 7),
        sex: "male",
        weeks_in: Some(6),
        status: "enrolled",
        counted: &[],
        certification: "support_1",
    },
    Person {
        family: "久保",
        given: "静江",
        family_kana: "くぼ",
        given_kana: "しずえ",
        born: (1944, 3, 3),
        sex: "female",
        weeks_in: Some(8),
        status: "enrolled",
        counted: &[16, 17],
        certification: "none",
    },
    Person {
        family: "小松",
        given: "清",
        family_kana: "こまつ",
        given_kana: "きよし",
        born: (1939, 12, 1),
        sex: "male",
        weeks_in: Some(10),
        status: "enrolled",
        counted: &[6, 7, 10],
        certification: "none",
    },
    Person {
        family: "佐野",
        given: "春江",
        family_kana: "さの",
        given_kana: "はるえ",
        born: (1941, 5, 25),
        sex: "female",
        weeks_in: Some(14),
        status: "completed",
        counted: &[],
        certification: "support_2",
    },
    Person {
        family: "杉本",
        given: "信夫",
        family_kana: "すぎもと",
        given_kana: "のぶお",
        born: (1937, 8, 19),
        sex: "male",
        weeks_in: Some(15),
        status: "completed",
        counted: &[6, 7, 8, 9],
        certification: "none",
    },
    Person {
        family: "関口",
        given: "フミ",
        family_kana: "せきぐち",
        given_kana: "ふみ",
        born: (1935, 10, 10),
        sex: "female",
        weeks_in: Some(6),
        status: "discontinued",
        counted: &[2, 6, 7, 8, 10, 16],
        certification: "none",
    },
];

fn insert_place(
    conn: &mut DbConn,
    code: &str,
    name: &str,
    provider: &str,
    cohort: &str,
    today: NaiveDate,
) -> Result<(MunicipalityId, ProviderId, CohortId), AppError> {
    let (municipality_id, provider_id, cohort_id) = (
        MunicipalityId::generate(),
        ProviderId::generate(),
        CohortId::generate(),
    );
    let at = now();
    diesel::insert_into(municipalities::table)
        .values((
            municipalities::id.eq(&municipality_id),
            municipalities::code.eq(code),
            municipalities::name.eq(name),
            municipalities::created_at.eq(at),
        ))
        .execute(conn)?;
    diesel::insert_into(providers::table)
        .values((
            providers::id.eq(&provider_id),
            providers::municipality_id.eq(&municipality_id),
            providers::name.eq(provider),
            providers::created_at.eq(at),
            providers::address.eq(format!("{name} 中央1-1-1")),
            providers::phone.eq("000-0000-0000"),
            providers::kind.eq("both"),
        ))
        .execute(conn)?;
    diesel::insert_into(cohorts::table)
        .values((
            cohorts::id.eq(&cohort_id),
            cohorts::municipality_id.eq(&municipality_id),
            cohorts::provider_id.eq(&provider_id),
            cohorts::name.eq(cohort),
            cohorts::starts_on.eq(today - Days::new(16 * 7)),
            cohorts::ends_on.eq(today + Days::new(16 * 7)),
            cohorts::capacity.eq(12),
            cohorts::room_area_m2.eq(48.0),
            cohorts::created_at.eq(at),
            // The sessions fall on today's weekday: the demo has a session day today.
            cohorts::weekday.eq(Some(
                chrono::Datelike::weekday(&today).number_from_monday() as i32
            )),
            cohorts::starts_at.eq(Some("10:00")),
            cohorts::ends_at.eq(Some("11:30")),
            cohorts::venue.eq(format!("{name} 地域交流センター 2階 多目的室")),
            cohorts::transport.eq(true),
            cohorts::meeting_point.eq(format!("{name}役所 正面玄関")),
            cohorts::home_visits.eq("1,12"),
        ))
        .execute(conn)?;
    Ok((municipality_id, provider_id, cohort_id))
}

fn weeks_from(today: NaiveDate, weeks: i64) -> NaiveDate {
    let days = Days::new(weeks.unsigned_abs() * 7);
    if weeks >= 0 {
        today - days
    } else {
        today + days
    }
}

/// Loads the demo unless it is there already. Safe to call at every start. Whether it was
/// loaded now: the pictures (see [`super::demo_places::add_photos`]) come once the picture
/// store is open.
pub fn load(conn: &mut DbConn, today: NaiveDate) -> Result<bool, AppError> {
    // Hash outside the transaction: it is slow on purpose.
    let hash = password::hash(PASSWORD)?;
    write(conn, |conn| {
        let exists: i64 = municipalities::table
            .filter(municipalities::code.eq(CODE))
            .count()
            .get_result(conn)?;
        if exists > 0 {
            return Ok(false);
        }
        let (mun, prov, cohort) = insert_place(
            conn,
            CODE,
            "ひだまり市",
            "ひだまり市立病院 リハビリテーション科",
            "2026年度 ひだまり元気教室",
            today,
        )?;
        // The numbers on the notebook's わたしのこと and on the safety advice (invented).
        super::notebook::set_provider_contact(
            conn,
            &prov,
            "000-111-2222",
            "ひだまり市立病院 2階 リハビリ室（ひだまり駅から市内循環バス「市立病院前」）",
            "10:00〜11:30",
        )?;
        super::notebook::add_municipality_contact(
            conn,
            &mun,
            "community_center",
            &crate::wire::notebook::Phone {
                name: "ひだまり市 中央地域包括支援センター".into(),
                phone: "000-333-4444".into(),
            },
            1,
        )?;
        let mut staff_ids = Vec::new();
        let roles = [
            (SIGN_INS[0].0, "山田 理沙", Role::Therapist, true),
            (SIGN_INS[1].0, "井上 真理", Role::Nurse, true),
            (SIGN_INS[2].0, "中村 健", Role::CareManager, false),
            (SIGN_INS[3].0, "小林 陽子", Role::Coordinator, false),
            (SIGN_INS[4].0, "高橋 誠", Role::MunicipalityAdmin, false),
        ];
        for (email, name, role, at_provider) in roles {
            staff_ids.push(staff::insert(
                conn,
                &NewStaff {
                    municipality_id: &mun,
                    provider_id: at_provider.then_some(&prov),
                    role,
                    name,
                    email,
                    password_hash: &hash,
                },
            )?);
        }
        let (therapist, care_manager) = (staff_ids[0].clone(), staff_ids[2].clone());
        let mut added = Vec::new();
        for person in &COHORT {
            let (id, started_on, ended_on) = add_person(
                conn,
                &mun,
                &prov,
                &cohort,
                person,
                &care_manager,
                &therapist,
                today,
            )?;
            added.push((id, person.family, started_on, ended_on));
        }
        let people: Vec<super::demo_exit::DemoPerson> = added
            .iter()
            .map(
                |(id, family, started_on, ended_on)| super::demo_exit::DemoPerson {
                    id,
                    family,
                    started_on: *started_on,
                    ended_on: *ended_on,
                },
            )
            .collect();
        let demo_staff = super::demo_exit::DemoStaff {
            municipality: &mun,
            therapist: &therapist,
            coordinator: &staff_ids[3],
        };
        super::demo_exit::load(conn, &people, &demo_staff, today)?;
        super::demo_record::load(conn, &people, &therapist)?;
        super::demo_outcomes::cost_plan(conn, &mun, &staff_ids[4], today)?;
        super::privacy::load_demo(conn, people[3].id, &staff_ids[4], today)?;
        super::demo_followups::load(
            conn,
            &people,
            &demo_staff,
            &super::demo_followups::Earlier {
                provider: &prov,
                care_manager: &care_manager,
            },
            today,
        )?;
        super::demo_volunteers::load(
            conn,
            &super::demo_volunteers::Circle {
                municipality: &mun,
                provider: &prov,
                therapist: &therapist,
                care_manager: &care_manager,
                coordinator: &staff_ids[3],
            },
            today,
        )?;
        super::demo_outcomes::earlier_reviews(conn, &mun, &therapist)?;

        // A second provider in the same town: its staff see none of the first one's people.
        let second_provider = ProviderId::generate();
        diesel::insert_into(providers::table)
            .values((
                providers::id.eq(&second_provider),
                providers::municipality_id.eq(&mun),
                providers::name.eq("ひだまり市 健康づくりセンター"),
                providers::created_at.eq(now()),
                providers::address.eq("ひだまり市 南町2-3-4"),
                providers::phone.eq("000-0000-0001"),
                providers::kind.eq("center"),
            ))
            .execute(conn)?;
        staff::insert(
            conn,
            &NewStaff {
                municipality_id: &mun,
                provider_id: Some(&second_provider),
                role: Role::Therapist,
                name: "藤田 彩",
                email: SIGN_INS[6].0,
                password_hash: &hash,
            },
        )?;

        // Someone invited who has not opened the invitation yet (no password: cannot sign in).
        let invited = staff::insert(
            conn,
            &NewStaff {
                municipality_id: &mun,
                provider_id: Some(&prov),
                role: Role::Therapist,
                name: "石井 翔",
                email: "pt-invited@hidamari.example",
                password_hash: "",
            },
        )?;
        super::admin_staff::issue_link(
            conn,
            &invited,
            crate::wire::admin::LinkPurpose::Invitation,
            Some(&staff_ids[4]),
        )?;

        let (other_mun, other_prov, other_cohort) = insert_place(
            conn,
            "demo-tonari",
            "となり町",
            "となり町 保健センター",
            "2026年度 となり町いきいき教室",
            today,
        )?;
        // The neighbouring town checks its cohorts against its own staffing rule (草津市の基準).
        diesel::update(municipalities::table.filter(municipalities::id.eq(&other_mun)))
            .set(municipalities::staffing_rule.eq("kusatsu"))
            .execute(conn)?;
        let other_therapist = staff::insert(
            conn,
            &NewStaff {
                municipality_id: &other_mun,
                provider_id: Some(&other_prov),
                role: Role::Therapist,
                name: "森 拓也",
                email: SIGN_INS[5].0,
                password_hash: &hash,
            },
        )?;
        let neighbour = Person {
            family: "野口",
            given: "ハル",
            family_kana: "のぐち",
            given_kana: "はる",
            born: (1940, 1, 1),
            sex: "female",
            weeks_in: Some(3),
            status: "enrolled",
            counted: &[],
            certification: "support_1",
        };
        add_person(
            conn,
            &other_mun,
            &other_prov,
            &other_cohort,
            &neighbour,
            &other_therapist,
            &other_therapist,
            today,
        )?;
        Ok(true)
    })
}

/// The demo municipality's id and its coordinator (who keeps the places), if the demo is there.
pub(super) fn municipality_and_coordinator(
    conn: &mut DbConn,
) -> Result<Option<(MunicipalityId, StaffId)>, AppError> {
    let Some(mun): Option<MunicipalityId> = municipalities::table
        .filter(municipalities::code.eq(CODE))
        .select(municipalities::id)
        .first(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let coordinator: Option<StaffId> = super::schema::staff::table
        .filter(super::schema::staff::municipality_id.eq(&mun))
        .filter(super::schema::staff::email.eq(SIGN_INS[3].0))
        .select(super::schema::staff::id)
        .first(conn)
        .optional()?;
    Ok(coordinator.map(|c| (mun, c)))
}

#[allow(clippy::too_many_arguments)]
fn add_person(
    conn: &mut DbConn,
    mun: &MunicipalityId,
    prov: &ProviderId,
    cohort: &CohortId,
    p: &Person,
    referred_by: &StaffId,
    screened_by: &StaffId,
    today: NaiveDate,
) -> Result<(ParticipantId, Option<NaiveDate>, Option<NaiveDate>), AppError> {
    let id = ParticipantId::generate();
    let at = now();
    let born = NaiveDate::from_ymd_opt(p.born.0, p.born.1, p.born.2)
        .ok_or_else(|| AppError::Internal("demo birth date".into()))?;
    diesel::insert_into(participants::table)
        .values((
            participants::id.eq(&id),
            participants::municipality_id.eq(mun),
            participants::provider_id.eq(prov),
            participants::family_name.eq(p.family),
            participants::given_name.eq(p.given),
            participants::family_name_kana.eq(p.family_kana),
            participants::given_name_kana.eq(p.given_kana),
            participants::birth_date.eq(born),
            participants::sex.eq(p.sex),
            participants::referral_source.eq(Some("地域包括支援センター")),
            participants::referred_by_staff_id.eq(Some(referred_by)),
            participants::created_by_staff_id.eq(referred_by),
            participants::created_at.eq(at),
        ))
        .execute(conn)?;
    let started_on = p.weeks_in.map(|w| weeks_from(today, w));
    let ended_on = match p.status {
        "completed" => started_on.map(|s| s + Days::new(77)),
        "discontinued" => Some(today - Days::new(7)),
        _ => None,
    };
    diesel::insert_into(enrollments::table)
        .values((
            enrollments::id.eq(EnrollmentId::generate()),
            enrollments::participant_id.eq(&id),
            enrollments::cohort_id.eq(cohort),
            enrollments::status.eq(p.status),
            enrollments::started_on.eq(started_on),
            enrollments::ended_on.eq(ended_on),
            enrollments::created_at.eq(at),
        ))
        .execute(conn)?;
    let answers: Vec<Option<bool>> = (1..=25)
        .map(|item| {
            let counted = p.counted.contains(&item);
            // Items 1–8, 16 and 19 count when the answer is いいえ.
            let counts_when_no = matches!(item, 1..=8 | 16 | 19);
            Some(counted != counts_when_no)
        })
        .collect();
    let input = ScreeningInput {
        answers,
        height_cm: None,
        weight_kg: None,
        certification: p.certification.to_owned(),
        exclusions: Default::default(),
    };
    screenings::insert(conn, &id, screened_by, born, &input, today)?;
    if let Some(first) = started_on {
        add_program(conn, &id, p, first, screened_by, today)?;
        if p.status == "completed" {
            let last = ended_on.unwrap_or(first + Days::new(77));
            super::demo_outcomes::add(
                conn,
                &id,
                p.family,
                born,
                p.certification,
                first,
                last,
                screened_by,
            )?;
        }
    }
    add_notebook(conn, &id, p, today)?;
    // What a phone's sync would have found in these records.
    super::daily::refresh_successes(conn, &id, mun, today)?;
    Ok((id, started_on, ended_on))
}

/// A plan and the day-to-day records of a phone, so the heat map, the diary, streaks and
/// flags have something to show: most days ticked off, walks on every other day, one pain
/// flag (加藤) and one person who has recorded nothing yet (遠藤).
fn add_daily(
    conn: &mut DbConn,
    id: &ParticipantId,
    p: &Person,
    first: NaiveDate,
    therapist: &StaffId,
    today: NaiveDate,
) -> Result<(), AppError> {
    let at = now();
    let plan = serde_json::json!([
        {"exercise": "heel_raise", "amount": 10, "sets": 2, "days_per_week": 5},
        {"exercise": "sit_to_stand", "amount": 5, "sets": 2, "days_per_week": 3},
        {"exercise": "pataka_ra", "amount": 5, "sets": 1, "days_per_week": 7},
        {"exercise": "walking", "amount": 15, "sets": 1, "days_per_week": 5}
    ]);
    diesel::insert_into(prescriptions::table)
        .values((
            prescriptions::id.eq(new_id()),
            prescriptions::participant_id.eq(id),
            prescriptions::starts_on.eq(first),
            prescriptions::items.eq(plan.to_string()),
            prescriptions::note.eq("無理のない範囲で。痛みが出たら休みましょう。"),
            prescriptions::created_by.eq(therapist),
            prescriptions::created_at.eq(at),
        ))
        .execute(conn)?;
    if p.family == "遠藤" || first >= today {
        return Ok(());
    }
    let device = DeviceId::generate();
    diesel::insert_into(devices::table)
        .values((
            devices::id.eq(&device),
            devices::participant_id.eq(id),
            devices::label.eq("デモ端末"),
            devices::enrolled_at.eq(at),
        ))
        .execute(conn)?;
    let end = match p.status {
        "completed" => first + Days::new(77),
        "discontinued" => first + Days::new(20),
        _ => today - Days::new(1),
    };
    let mut rows = Vec::new();
    let mut event = |kind: &str, date: NaiveDate, payload: serde_json::Value| {
        rows.push((
            events::participant_id.eq(id.to_owned()),
            events::client_id.eq(new_id()),
            events::device_id.eq(device.clone()),
            events::kind.eq(kind.to_owned()),
            events::local_date.eq(date),
            events::payload.eq(payload.to_string()),
            events::retracts.eq(None::<String>),
            events::recorded_at.eq(at),
            events::received_at.eq(at),
        ));
    };
    let mut day = first;
    let mut i = 0u64;
    while day <= end {
        if i % 7 != 3 && i % 7 != 6 {
            event(
                "exercise_done",
                day,
                serde_json::json!({"exercise": "heel_raise", "amount": 10 + i % 4}),
            );
            event(
                "exercise_done",
                day,
                serde_json::json!({"exercise": "sit_to_stand", "amount": 5}),
            );
        }
        if i % 2 == 0 {
            event(
                "activity",
                day,
                serde_json::json!({"activity": "walk", "minutes": 10 + (i % 5) * 5, "note": ""}),
            );
        }
        if i == 10 {
            event(
                "activity",
                day,
                serde_json::json!({"activity": "kayoi", "minutes": 60, "note": "公民館の体操教室"}),
            );
        }
        day = day + Days::new(1);
        i += 1;
    }
    // Blood pressure, pulse and weight every third day, a little different for each person;
    // 木下 took a reading yesterday that holds exercise back (≥ 200 mmHg).
    let seed = u64::from(p.family.chars().next().map_or(0, |c| c as u32) % 7);
    let mut day = first;
    let mut i = 0u64;
    while day <= end {
        if i % 3 == 0 {
            event(
                "measurement",
                day,
                serde_json::json!({"systolic": 124 + (i + seed) % 13, "diastolic": 72 + (i + seed) % 9,
                    "pulse": 66 + (i * 3 + seed) % 11, "weight_kg": 50.0 + seed as f64 + ((i % 5) as f64) / 10.0}),
            );
        }
        day = day + Days::new(1);
        i += 1;
    }
    // After 修了 the notebook stays theirs: the graduates keep walking and measuring at home
    // (自分で続ける). Staff see none of it: no consent of theirs shares follow-up results.
    if p.status == "completed" {
        let mut day = end + Days::new(1);
        let mut i = 0u64;
        while day < today {
            if i % 2 == 0 {
                event(
                    "activity",
                    day,
                    serde_json::json!({"activity": "walk", "minutes": 20 + (i % 3) * 5, "note": ""}),
                );
            }
            if i % 7 == 0 {
                event(
                    "measurement",
                    day,
                    serde_json::json!({"systolic": 122 + (i + seed) % 9, "diastolic": 74, "pulse": 68}),
                );
            }
            day = day + Days::new(1);
            i += 1;
        }
    }
    if p.family == "木下" {
        event(
            "measurement",
            today - Days::new(1),
            serde_json::json!({"systolic": 204, "diastolic": 112, "pulse": 96}),
        );
    }
    if p.family == "加藤" {
        event(
            "exercise_flag",
            today - Days::new(2),
            serde_json::json!({"exercise": "sit_to_stand", "flag": "pain"}),
        );
    }
    for chunk in rows.chunks(200) {
        match conn {
            DbConn::Sqlite(c) => diesel::insert_into(events::table)
                .values(chunk)
                .execute(c)?,
            DbConn::Postgres(c) => diesel::insert_into(events::table)
                .values(chunk)
                .execute(c)?,
        };
    }
    if p.family == "久保" {
        add_family_phone(conn, id, therapist, today)?;
    }
    Ok(())
}

/// 久保's daughter's phone (家族), bound on a paper consent: she recorded a few exercise days,
/// a shopping trip together and two readings on his behalf (ご家族が記録).
fn add_family_phone(
    conn: &mut DbConn,
    id: &ParticipantId,
    therapist: &StaffId,
    today: NaiveDate,
) -> Result<(), AppError> {
    use super::schema::family_codes;
    use crate::domain::family::{ConsentMethod, DeviceKind, WORDING_VERSION};
    let at = now();
    let device = DeviceId::generate();
    diesel::insert_into(devices::table)
        .values((
            devices::id.eq(&device),
            devices::participant_id.eq(id),
            devices::label.eq("娘さんのスマートフォン"),
            devices::enrolled_at.eq(at),
            devices::last_seen_at.eq(Some(at)),
            devices::kind.eq(DeviceKind::Family.as_str()),
        ))
        .execute(conn)?;
    diesel::insert_into(family_codes::table)
        .values((
            family_codes::id.eq(new_id()),
            family_codes::participant_id.eq(id),
            // Used long ago: the hash of no code anyone can type.
            family_codes::code_hash.eq(format!("demo-used-{}", new_id())),
            family_codes::consent_method.eq(ConsentMethod::Paper.as_str()),
            family_codes::wording_version.eq(WORDING_VERSION),
            family_codes::paper_kept_at.eq(Some("事業所の書庫（同意書つづり）")),
            family_codes::asked_by_staff.eq(Some(therapist)),
            family_codes::created_at.eq(at),
            family_codes::expires_at.eq(at),
            family_codes::used_at.eq(Some(at)),
            family_codes::device_id.eq(Some(&device)),
        ))
        .execute(conn)?;
    let records = [
        (
            9,
            "exercise_done",
            serde_json::json!({"exercise": "heel_raise", "amount": 10}),
        ),
        (
            8,
            "measurement",
            serde_json::json!({"systolic": 128, "diastolic": 76, "pulse": 70}),
        ),
        (
            6,
            "exercise_done",
            serde_json::json!({"exercise": "sit_to_stand", "amount": 5}),
        ),
        (
            4,
            "activity",
            serde_json::json!({"activity": "shopping", "minutes": 40, "note": "娘と一緒にスーパーへ"}),
        ),
        (
            3,
            "exercise_done",
            serde_json::json!({"exercise": "heel_raise", "amount": 12}),
        ),
        (
            2,
            "measurement",
            serde_json::json!({"systolic": 132, "diastolic": 80, "pulse": 72, "weight_kg": 61.2}),
        ),
    ];
    for (days_ago, kind, payload) in records {
        diesel::insert_into(events::table)
            .values((
                events::participant_id.eq(id),
                events::client_id.eq(new_id()),
                events::device_id.eq(&device),
                events::kind.eq(kind),
                events::local_date.eq(today - Days::new(days_ago)),
                events::payload.eq(payload.to_string()),
                events::recorded_at.eq(at),
                events::received_at.eq(at),
                events::source.eq(crate::domain::events::Source::Family.as_str()),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The schedule, attendance and a goal in the person's words, so the cohort overview shows
/// people at every stage — one who missed last week, one whose goal has no steps yet.
fn add_program(
    conn: &mut DbConn,
    id: &ParticipantId,
    p: &Person,
    first: NaiveDate,
    therapist: &StaffId,
    today: NaiveDate,
) -> Result<(), AppError> {
    let at = now();
    for number in 1..=12u32 {
        let date = first + Days::new(7 * u64::from(number - 1));
        let attendance = match (p.status, date < today) {
            (_, false) => "planned",
            ("discontinued", true) if number >= 4 => "absent",
            ("enrolled", true) if p.family == "岡本" && number == 4 => "absent",
            (_, true) => "attended",
        };
        if p.status == "discontinued" && number > 6 {
            break;
        }
        diesel::insert_into(program_sessions::table)
            .values((
                program_sessions::participant_id.eq(id),
                program_sessions::number.eq(number as i32),
                program_sessions::date.eq(date),
                program_sessions::kind.eq(if number == 1 { "home" } else { "center" }),
                program_sessions::attendance.eq(attendance),
                program_sessions::updated_by.eq(therapist),
                program_sessions::updated_at.eq(at),
            ))
            .execute(conn)?;
    }
    if p.family == "杉本" {
        // Ill on the day of the twelfth; it was made up (振替) a week later, and attended.
        let missed = first + Days::new(77);
        let made_up = missed + Days::new(7);
        diesel::update(
            program_sessions::table
                .filter(program_sessions::participant_id.eq(id))
                .filter(program_sessions::number.eq(12)),
        )
        .set((
            program_sessions::date.eq(made_up),
            program_sessions::makeups.eq(1),
            program_sessions::missed_on.eq(Some(missed)),
        ))
        .execute(conn)?;
        diesel::update(enrollments::table.filter(enrollments::participant_id.eq(id)))
            .set(enrollments::ended_on.eq(Some(made_up)))
            .execute(conn)?;
    }
    if p.status == "discontinued" {
        diesel::update(enrollments::table.filter(enrollments::participant_id.eq(id)))
            .set((
                enrollments::discontinued_reason.eq("illness"),
                enrollments::discontinued_note
                    .eq("持病の治療に専念するため、主治医と相談のうえ中断。"),
            ))
            .execute(conn)?;
    }
    let (goal, step): (&str, Option<&str>) = match p.family {
        "木下" => ("また畑で野菜を育てたい", None),
        "岡本" => (
            "一人でバスに乗って買い物に行く",
            Some("バス停まで休まずに歩ける"),
        ),
        _ => ("近所の友だちとお茶会に歩いて行く", Some("10分続けて歩ける")),
    };
    let goal_id = new_id();
    diesel::insert_into(goals::table)
        .values((
            goals::id.eq(&goal_id),
            goals::participant_id.eq(id),
            goals::version.eq(1),
            goals::status.eq("active"),
            goals::text.eq(goal),
            goals::performance_start.eq(Some(3)),
            goals::satisfaction_start.eq(Some(3)),
            goals::created_by.eq(therapist),
            goals::created_at.eq(at),
            goals::updated_by.eq(therapist),
            goals::updated_at.eq(at),
        ))
        .execute(conn)?;
    add_daily(conn, id, p, first, therapist, today)?;
    if let Some(step) = step {
        diesel::insert_into(goal_steps::table)
            .values((
                goal_steps::id.eq(new_id()),
                goal_steps::goal_id.eq(&goal_id),
                goal_steps::position.eq(1),
                goal_steps::text.eq(step),
                goal_steps::target_session.eq(4),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The person's own page of the notebook: an emergency contact and a family doctor (every
/// name and number invented), and a self-check for those who have finished.
fn add_notebook(
    conn: &mut DbConn,
    id: &ParticipantId,
    p: &Person,
    today: NaiveDate,
) -> Result<(), AppError> {
    use super::notebook::{add_contact, save_demo_self_check};
    use crate::wire::notebook::PersonalContact;
    if p.status == "referred" {
        return Ok(());
    }
    add_contact(
        conn,
        id,
        &PersonalContact {
            kind: "emergency".into(),
            name: format!("{} 和子", p.family),
            relation: "長女".into(),
            phone: "000-555-0101".into(),
        },
        1,
    )?;
    add_contact(
        conn,
        id,
        &PersonalContact {
            kind: "doctor".into(),
            name: "ひだまり内科クリニック".into(),
            relation: "かかりつけ医".into(),
            phone: "000-555-0202".into(),
        },
        2,
    )?;
    if p.status == "completed" {
        // One item of 閉じこもり (No.16) answered the counting way: the 包括 is suggested.
        let answers: Vec<bool> = (1..=25).map(|i| matches!(i, 1..=8 | 19)).collect();
        save_demo_self_check(conn, id, &answers, today - Days::new(10))?;
    }
    Ok(())
}
