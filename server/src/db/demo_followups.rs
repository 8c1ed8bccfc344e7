//! The demo's follow-ups after the program: the cohort's recent graduates get their three
//! tasks as the job would make them, and three graduates of an earlier course, 3, 6 and 12
//! months out, show the task list in several states — due, overdue, escalated to the
//! municipality, and done with different statuses (地域につながった, 介護サービスを利用,
//! 医療のリハビリを利用).

use chrono::{Days, Months, NaiveDate};
use diesel::prelude::*;
use serde_json::json;

use super::demo_exit::{insert_consent, DemoPerson, DemoStaff};
use super::followups::{make_tasks, store_demo_record, FollowUpInput};
use super::schema::{cohorts, enrollments, participants};
use super::{new_id, now, DbConn};
use crate::domain::ids::{CohortId, EnrollmentId, ParticipantId, ProviderId, StaffId};
use crate::error::AppError;

pub struct Earlier<'a> {
    pub provider: &'a ProviderId,
    pub care_manager: &'a StaffId,
}

fn record(value: serde_json::Value) -> Result<FollowUpInput, AppError> {
    serde_json::from_value(value).map_err(|e| AppError::Internal(format!("demo follow-up: {e}")))
}

fn months_before(today: NaiveDate, months: u32, days: u64) -> NaiveDate {
    today
        .checked_sub_months(Months::new(months))
        .unwrap_or(today)
        - Days::new(days)
}

#[allow(clippy::too_many_arguments)]
fn graduate(
    conn: &mut DbConn,
    staff: &DemoStaff,
    earlier: &Earlier,
    cohort: &CohortId,
    names: (&str, &str, &str, &str),
    born: NaiveDate,
    ended_on: NaiveDate,
) -> Result<(ParticipantId, String), AppError> {
    let id = ParticipantId::generate();
    let at = now();
    diesel::insert_into(participants::table)
        .values((
            participants::id.eq(&id),
            participants::municipality_id.eq(staff.municipality),
            participants::provider_id.eq(earlier.provider),
            participants::family_name.eq(names.0),
            participants::given_name.eq(names.1),
            participants::family_name_kana.eq(names.2),
            participants::given_name_kana.eq(names.3),
            participants::birth_date.eq(born),
            participants::sex.eq("female"),
            participants::referral_source.eq(Some("地域包括支援センター")),
            participants::referred_by_staff_id.eq(Some(earlier.care_manager)),
            participants::created_by_staff_id.eq(earlier.care_manager),
            participants::created_at.eq(at),
        ))
        .execute(conn)?;
    let enrollment = EnrollmentId::generate();
    diesel::insert_into(enrollments::table)
        .values((
            enrollments::id.eq(&enrollment),
            enrollments::participant_id.eq(&id),
            enrollments::cohort_id.eq(cohort),
            enrollments::status.eq("completed"),
            enrollments::started_on.eq(Some(ended_on - Days::new(77))),
            enrollments::ended_on.eq(Some(ended_on)),
            enrollments::created_at.eq(at),
            enrollments::completion_note.eq(Some("12回を終えて修了")),
        ))
        .execute(conn)?;
    Ok((id, enrollment.to_string()))
}

pub fn load(
    conn: &mut DbConn,
    people: &[DemoPerson],
    staff: &DemoStaff,
    earlier: &Earlier,
    today: NaiveDate,
) -> Result<(), AppError> {
    // The cohort's own graduates (and the one who stopped): their tasks, all still ahead.
    for p in people {
        let Some(ended) = p.ended_on else { continue };
        let enrollment: String = enrollments::table
            .filter(enrollments::participant_id.eq(p.id))
            .select(enrollments::id)
            .first(conn)?;
        make_tasks(conn, p.id, &enrollment, ended)?;
    }

    // An earlier course, a year ago.
    let cohort = CohortId::generate();
    let starts = months_before(today, 15, 0);
    diesel::insert_into(cohorts::table)
        .values((
            cohorts::id.eq(&cohort),
            cohorts::municipality_id.eq(staff.municipality),
            cohorts::provider_id.eq(earlier.provider),
            cohorts::name.eq("2025年度 ひだまり元気教室（前期）"),
            cohorts::starts_on.eq(starts),
            cohorts::ends_on.eq(starts + Days::new(16 * 7)),
            cohorts::capacity.eq(12),
            cohorts::room_area_m2.eq(48.0),
            cohorts::created_at.eq(now()),
        ))
        .execute(conn)?;
    let born = |y| NaiveDate::from_ymd_opt(y, 4, 10).unwrap_or(today);

    // 前田: 3 months out, consented to the coordinator: the 3-month follow-up is due now.
    let ended = months_before(today, 3, 3);
    let (maeda, enrollment) = graduate(
        conn,
        staff,
        earlier,
        &cohort,
        ("前田", "すみ子", "まえだ", "すみこ"),
        born(1943),
        ended,
    )?;
    let given = ended - Days::new(10);
    insert_consent(
        conn,
        &new_id(),
        &maeda,
        staff,
        "device",
        json!([
            "contact",
            "interests",
            "participation_wishes",
            "followup_results"
        ]),
        given,
        given.checked_add_months(Months::new(13)).unwrap_or(given),
        false,
    )?;
    make_tasks(conn, &maeda, &enrollment, ended)?;

    // 松本: 6 months out, no consent (the 包括 follows up): connected to a salon at 3 months,
    // the 6-month one is overdue.
    let ended = months_before(today, 6, 20);
    let (matsumoto, enrollment) = graduate(
        conn,
        staff,
        earlier,
        &cohort,
        ("松本", "トミ", "まつもと", "とみ"),
        born(1941),
        ended,
    )?;
    make_tasks(conn, &matsumoto, &enrollment, ended)?;
    store_demo_record(
        conn,
        &matsumoto,
        3,
        &record(json!({
            "method": "phone", "informant": "ご本人",
            "certification": "jigyo_taisho", "certification_change": "same",
            "services": ["general_prevention"],
            "participation": [{"kind": "salon", "per_week": 1.0}, {"kind": "home_role"}],
            "living_independently": true, "home_exercise_days": 5,
            "measures": {"self_rated_health": 3}, "satisfaction": 5,
            "fit_note": "サロンのお茶の時間が楽しみ。", "next_action": "none"
        }))?,
        ended.checked_add_months(Months::new(3)).unwrap_or(ended),
        earlier.care_manager,
    )?;

    // 森: a year out: at 3 months on 外来リハ, at 6 months back on 従前相当 — and the
    // 12-month one overdue by more than 30 days is shown to the municipality.
    let ended = months_before(today, 12, 50);
    let (mori, enrollment) = graduate(
        conn,
        staff,
        earlier,
        &cohort,
        ("森", "ハル", "もり", "はる"),
        born(1939),
        ended,
    )?;
    make_tasks(conn, &mori, &enrollment, ended)?;
    store_demo_record(
        conn,
        &mori,
        3,
        &record(json!({
            "method": "from_care_manager", "informant": "包括の担当",
            "certification": "support_1", "certification_change": "same",
            "services": ["medical_rehab"], "living_independently": true,
            "home_exercise_days": 2, "next_action": "consult_care_manager"
        }))?,
        ended.checked_add_months(Months::new(3)).unwrap_or(ended) + Days::new(4),
        earlier.care_manager,
    )?;
    store_demo_record(
        conn,
        &mori,
        6,
        &record(json!({
            "method": "visit", "informant": "ご本人とご家族",
            "certification": "support_2", "certification_change": "heavier",
            "services": ["equivalent_day"],
            "participation": [{"kind": "home_role"}],
            "living_independently": true, "home_exercise_days": 1,
            "satisfaction": 3, "fit_note": "ひざの痛みで外出が減った。",
            "next_action": "c_again"
        }))?,
        ended.checked_add_months(Months::new(6)).unwrap_or(ended) - Days::new(6),
        earlier.care_manager,
    )?;
    Ok(())
}
