//! The demo's follow-ups after the program: the cohort's recent graduates get their three
//! tasks as the job would make them, and three graduates of an earlier course, 3, 6 and 12
//! months out, show the task list in several states — due, overdue, escalated to the
//! municipality, and done with different statuses (地域につながった, 介護サービスを利用,
//! 医療のリハビリを利用).

use chrono::{Days, Months, NaiveDate};
use diesel::prelude::*;
use serde_json::json;

use super::demo_exit::{event, insert_consent, insert_handoff, DemoPerson, DemoStaff};
use super::followups::{make_tasks, store_demo_record};
use super::schema::{
    cohorts, enrollments, follow_up_self_reports, follow_ups, participants,
    place_attendance_checks, places,
};
use super::{new_id, now, DbConn};
use crate::domain::ids::{CohortId, EnrollmentId, ParticipantId, ProviderId, StaffId};
use crate::error::AppError;
use crate::wire::followups::FollowUpInput;

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
    // The 基本チェックリスト taken before the start, with the level at entry (so the actual
    // cost-effectiveness can price the months each graduate lived without services).
    let certification = match names.0 {
        "前田" => "support_1",
        "松本" => "support_2",
        _ => "none",
    };
    let input = crate::wire::screenings::ScreeningInput {
        answers: (1..=25)
            .map(|item| Some(matches!(item, 6 | 7 | 8 | 13)))
            .collect(),
        height_cm: None,
        weight_kg: None,
        certification: certification.to_owned(),
        exclusions: Default::default(),
    };
    let screened_on = ended_on - Days::new(91);
    let (screening, _, _) =
        super::screenings::insert(conn, &id, earlier.care_manager, born, &input, screened_on)?;
    diesel::update(
        super::schema::screenings::table.filter(super::schema::screenings::id.eq(&screening)),
    )
    .set(
        super::schema::screenings::screened_at
            .eq(screened_on.and_hms_opt(10, 0, 0).unwrap_or_default()),
    )
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
    let maeda_consent = new_id();
    insert_consent(
        conn,
        &maeda_consent,
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
    maeda_after(conn, staff, &maeda, &maeda_consent, given, ended, today)?;

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

/// 前田 after the program: handed off and connected to the salon a month after the end, then
/// the coordinator heard from the salon that she no longer comes (the "stopped attending"
/// attention item in the inbox); and she answered her 3-month questions on her phone (the
/// self-report part of the due follow-up).
fn maeda_after(
    conn: &mut DbConn,
    staff: &DemoStaff,
    maeda: &ParticipantId,
    consent: &str,
    given: NaiveDate,
    ended: NaiveDate,
    today: NaiveDate,
) -> Result<(), AppError> {
    let salon: String = places::table
        .filter(places::municipality_id.eq(staff.municipality))
        .filter(places::name.eq("ふれあいサロン ひだまり"))
        .select(places::id)
        .first(conn)?;
    let handoff = new_id();
    insert_handoff(conn, &handoff, maeda, consent, staff, "connected", given)?;
    event(
        conn,
        &handoff,
        "sent",
        "お茶飲みの場を希望。",
        given,
        Some(staff.therapist),
    )?;
    event(
        conn,
        &handoff,
        "acknowledged",
        "",
        given + Days::new(1),
        Some(staff.coordinator),
    )?;
    event(
        conn,
        &handoff,
        "contacted",
        "",
        given + Days::new(4),
        Some(staff.coordinator),
    )?;
    event(
        conn,
        &handoff,
        "trial",
        "サロンを一緒に見学。",
        ended + Days::new(7),
        Some(staff.coordinator),
    )?;
    let connected_on = ended + Days::new(30);
    diesel::insert_into(super::schema::handoff_events::table)
        .values((
            super::schema::handoff_events::id.eq(new_id()),
            super::schema::handoff_events::handoff_id.eq(&handoff),
            super::schema::handoff_events::state.eq("connected"),
            super::schema::handoff_events::note.eq("毎週木曜に通い始めました。"),
            super::schema::handoff_events::on_date.eq(connected_on),
            super::schema::handoff_events::by_staff.eq(Some(staff.coordinator)),
            super::schema::handoff_events::by_person.eq(false),
            super::schema::handoff_events::at
                .eq(connected_on.and_hms_opt(3, 0, 0).unwrap_or_default()),
            super::schema::handoff_events::place_id.eq(Some(&salon)),
        ))
        .execute(conn)?;
    for (attending, last_seen, checked, note) in [
        (
            true,
            Some(connected_on + Days::new(21)),
            connected_on + Days::new(22),
            "世話役さんから：毎週来ています。",
        ),
        (
            false,
            Some(today - Days::new(40)),
            today - Days::new(5),
            "世話役さんから：ここ1か月ほど見えていません。",
        ),
    ] {
        diesel::insert_into(place_attendance_checks::table)
            .values((
                place_attendance_checks::id.eq(new_id()),
                place_attendance_checks::handoff_id.eq(&handoff),
                place_attendance_checks::participant_id.eq(maeda),
                place_attendance_checks::municipality_id.eq(staff.municipality),
                place_attendance_checks::place_id.eq(&salon),
                place_attendance_checks::attending.eq(attending),
                place_attendance_checks::last_seen_on.eq(last_seen),
                place_attendance_checks::checked_on.eq(checked),
                place_attendance_checks::note.eq(note),
                place_attendance_checks::by_staff.eq(staff.coordinator),
                place_attendance_checks::at.eq(checked.and_hms_opt(3, 0, 0).unwrap_or_default()),
            ))
            .execute(conn)?;
    }
    let three: String = follow_ups::table
        .filter(follow_ups::participant_id.eq(maeda))
        .filter(follow_ups::months.eq(3))
        .select(follow_ups::id)
        .first(conn)?;
    diesel::insert_into(follow_up_self_reports::table)
        .values((
            follow_up_self_reports::follow_up_id.eq(&three),
            follow_up_self_reports::participant_id.eq(maeda),
            follow_up_self_reports::outings.eq("once_a_week"),
            follow_up_self_reports::places.eq(r#"["shopping","clinic"]"#),
            follow_up_self_reports::exercise.eq("sometimes"),
            follow_up_self_reports::answered_on.eq(today - Days::new(2)),
            follow_up_self_reports::answered_at.eq(now()),
            follow_up_self_reports::device_id.eq(None::<String>),
        ))
        .execute(conn)?;
    Ok(())
}
