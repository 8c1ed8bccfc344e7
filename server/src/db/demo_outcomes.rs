//! The demo's end-of-program measures, so the outcome figures have something true to count:
//! for each person who completed, a second 基本チェックリスト on the last day, the performance
//! tests at sessions 1 and 12, and the goal's self-ratings and GAS at the end — one who
//! improved on most indicators, one who held steady.

use chrono::{Days, NaiveDate};
use diesel::prelude::*;

use super::schema::{goals, performance_tests, screenings};
use super::{now, DbConn};
use crate::domain::ids::{ParticipantId, StaffId};
use crate::error::AppError;
use crate::wire::screenings::ScreeningInput;

/// The measures at the start and the end for one demo person who completed.
#[allow(clippy::too_many_arguments)]
pub(super) fn add(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    family: &str,
    born: NaiveDate,
    certification: &str,
    first: NaiveDate,
    last: NaiveDate,
    therapist: &StaffId,
) -> Result<(), AppError> {
    let (counted_at_end, start, end, goal): (&[usize], Tests, Tests, (i32, i32, i32)) = match family
    {
        // Held steady: the checklist as before, tests within their margins, GAS −1.
        "佐野" => (
            &[],
            Tests(9, 13.2, 14.8, 6.0, 0.80),
            Tests(10, 12.8, 14.1, 7.5, 0.84),
            (4, 5, -1),
        ),
        // Improved: two checklist items fewer, faster and stronger, the goal reached.
        _ => (
            &[6, 7],
            Tests(11, 12.0, 13.5, 8.0, 0.90),
            Tests(15, 10.4, 11.2, 14.0, 1.05),
            (7, 8, 1),
        ),
    };
    // The first checklist was taken before session 1; the second on the last day.
    let at = |day: NaiveDate| day.and_hms_opt(10, 0, 0).expect("a time of day");
    diesel::update(screenings::table.filter(screenings::participant_id.eq(participant_id)))
        .set(screenings::screened_at.eq(at(first - Days::new(14))))
        .execute(conn)?;
    let answers: Vec<Option<bool>> = (1..=25)
        .map(|item| {
            let counts_when_no = matches!(item, 1..=8 | 16 | 19);
            Some(counted_at_end.contains(&item) != counts_when_no)
        })
        .collect();
    let input = ScreeningInput {
        answers,
        height_cm: None,
        weight_kg: None,
        certification: certification.to_owned(),
        exclusions: Default::default(),
    };
    let (id, _, _) =
        super::screenings::insert(conn, participant_id, therapist, born, &input, last)?;
    diesel::update(screenings::table.filter(screenings::id.eq(&id)))
        .set(screenings::screened_at.eq(at(last)))
        .execute(conn)?;

    for (session, t) in [(1, start), (12, end)] {
        diesel::insert_into(performance_tests::table)
            .values((
                performance_tests::participant_id.eq(participant_id),
                performance_tests::session_number.eq(session),
                performance_tests::chair_stand_30s.eq(Some(t.0)),
                performance_tests::tug_s.eq(Some(t.1)),
                performance_tests::five_sts_s.eq(Some(t.2)),
                performance_tests::one_leg_left_s.eq(Some(t.3)),
                performance_tests::one_leg_right_s.eq(Some(t.3 + 1.0)),
                performance_tests::gait_speed_mps.eq(Some(t.4)),
                performance_tests::recorded_by.eq(therapist),
                performance_tests::recorded_at.eq(now()),
            ))
            .execute(conn)?;
    }
    let (performance, satisfaction, gas) = goal;
    diesel::update(goals::table.filter(goals::participant_id.eq(participant_id)))
        .set((
            goals::performance_end.eq(Some(performance)),
            goals::satisfaction_end.eq(Some(satisfaction)),
            goals::gas.eq(Some(gas)),
        ))
        .execute(conn)?;
    Ok(())
}

/// CS-30 (times), TUG (s), five times sit-to-stand (s), one-leg standing (s), gait (m/s).
#[derive(Clone, Copy)]
struct Tests(i32, f64, f64, f64, f64);

/// The town's planned cost-effectiveness for this fiscal year, so the screen shows a plan of
/// its own: 40 users, the year's budget, prices by 要支援 level (要支援2 at a price above the
/// Kochi default) and a retention that falls year by year, counted as 公費.
pub(super) fn cost_plan(
    conn: &mut DbConn,
    municipality: &crate::domain::ids::MunicipalityId,
    admin: &StaffId,
    today: NaiveDate,
) -> Result<(), AppError> {
    use super::schema::{cost_plans, unit_prices};
    let year = super::evaluation::fiscal_year_of(today);
    diesel::insert_into(cost_plans::table)
        .values((
            cost_plans::municipality_id.eq(municipality),
            cost_plans::fiscal_year.eq(year),
            cost_plans::users.eq(40),
            cost_plans::finish_bp.eq(8_500),
            cost_plans::improve_bp.eq(7_000),
            cost_plans::graduation_bp.eq(6_000),
            cost_plans::cost_yen.eq(4_800_000i64),
            cost_plans::effect_mode.eq("monthly"),
            cost_plans::per_graduate_yen.eq(0i64),
            cost_plans::retention_bp.eq("10000,6000,3500"),
            cost_plans::basis.eq("public"),
            cost_plans::user_share_bp.eq(1_000),
            (
                cost_plans::share_day1_bp.eq(5_000),
                cost_plans::share_day2_bp.eq(3_000),
                cost_plans::share_home1_bp.eq(1_500),
                cost_plans::share_home2_bp.eq(500),
                cost_plans::updated_by.eq(admin),
                cost_plans::updated_at.eq(now()),
            ),
        ))
        .execute(conn)?;
    for (service, yen) in [
        ("day_support1", 21_150i64),
        ("day_support2", 43_080),
        ("home_weekly1", 12_260),
        ("home_weekly2", 24_520),
    ] {
        diesel::insert_into(unit_prices::table)
            .values((
                unit_prices::municipality_id.eq(municipality),
                unit_prices::fiscal_year.eq(year),
                unit_prices::service.eq(service),
                unit_prices::price_yen.eq(yen),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The earlier course's first two graduates get the review their therapist wrote at the end, so
/// 卒業率 and 卒業継続率 count them: one lived on without services, one with support D. The most
/// recent one's review is not written yet (counted as missing).
pub(super) fn earlier_reviews(
    conn: &mut DbConn,
    municipality: &crate::domain::ids::MunicipalityId,
    therapist: &StaffId,
) -> Result<(), AppError> {
    use super::schema::{cohorts, enrollments, graduation_reviews, participants};
    let reviewed: Vec<String> = graduation_reviews::table
        .select(graduation_reviews::participant_id)
        .load(conn)?;
    let mut ended: Vec<(String, Option<NaiveDate>)> = enrollments::table
        .inner_join(participants::table)
        .inner_join(cohorts::table)
        .filter(participants::municipality_id.eq(municipality))
        .filter(cohorts::name.eq("2025年度 ひだまり元気教室（前期）"))
        .filter(enrollments::status.eq("completed"))
        .select((enrollments::participant_id, enrollments::ended_on))
        .load(conn)?;
    ended.retain(|(id, _)| !reviewed.contains(id));
    ended.sort_by_key(|(_, on)| *on);
    for (i, (id, on)) in ended.into_iter().take(2).enumerate() {
        let (outcome, body) = match i {
            0 => (
                "graduated",
                serde_json::json!({"abilities": ["近所のサロンまで歩いて通えるようになりました。"]}),
            ),
            _ => (
                "graduated_with_support",
                serde_json::json!({"support": ["d"], "abilities": ["買い物に送迎つきで出かけられます。"]}),
            ),
        };
        diesel::insert_into(graduation_reviews::table)
            .values((
                graduation_reviews::participant_id.eq(&id),
                graduation_reviews::version.eq(1),
                graduation_reviews::reviewed_on.eq(on),
                graduation_reviews::outcome.eq(Some(outcome)),
                graduation_reviews::body.eq(body.to_string()),
                graduation_reviews::updated_by.eq(therapist),
                graduation_reviews::updated_at.eq(super::now()),
            ))
            .execute(conn)?;
    }
    Ok(())
}
