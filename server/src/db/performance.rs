//! The performance tests (体力測定) at sessions 1, 6 and 12, as measured.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::audit::Audited;
use super::participants::{change_part, read_part, staff_name};
use super::schema::performance_tests;
use super::sessions::planned;
use super::{now, DbConn, StaffScope};
use crate::domain::ids::{ParticipantId, StaffId};
use crate::domain::performance::{self, Measured};
use crate::domain::policy::Action;
use crate::error::AppError;
use crate::wire::performance::{PerformanceInput, PerformanceTest};

// --- performance tests ---

type TestRow = (
    i32,
    Option<i32>,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    NaiveDateTime,
    StaffId,
);

pub(super) fn load_tests(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<Vec<PerformanceTest>, AppError> {
    let rows: Vec<TestRow> = performance_tests::table
        .filter(performance_tests::participant_id.eq(participant_id))
        .order(performance_tests::session_number)
        .select((
            performance_tests::session_number,
            performance_tests::chair_stand_30s,
            performance_tests::tug_s,
            performance_tests::one_leg_left_s,
            performance_tests::one_leg_right_s,
            performance_tests::five_sts_s,
            performance_tests::gait_distance_m,
            performance_tests::gait_time_s,
            performance_tests::gait_speed_mps,
            performance_tests::recorded_at,
            performance_tests::recorded_by,
        ))
        .load(conn)?;
    let mut out = Vec::with_capacity(rows.len());
    for (n, cs, tug, left, right, sts, dist, time, speed, at, by) in rows {
        out.push(PerformanceTest {
            session_number: n,
            chair_stand_30s: cs,
            tug_s: tug,
            one_leg_left_s: left,
            one_leg_right_s: right,
            five_sts_s: sts,
            gait_distance_m: dist,
            gait_time_s: time,
            gait_speed_mps: speed,
            recorded_at: at,
            recorded_by_name: staff_name(conn, &by)?,
        });
    }
    Ok(out)
}

pub fn list_tests(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
) -> Result<Audited<Vec<PerformanceTest>>, AppError> {
    let seen = read_part(conn, scope, participant_id, "performance_test.list")?;
    Ok(Audited::new(load_tests(conn, participant_id)?, seen))
}

pub fn save_test(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    number: i32,
    input: &PerformanceInput,
) -> Result<PerformanceTest, AppError> {
    change_part(
        conn,
        scope,
        participant_id,
        Action::RecordTests,
        "performance_test.save",
    )?;
    if !planned(conn, participant_id)?
        .iter()
        .any(|p| p.number == number)
    {
        return Err(AppError::NotFound);
    }
    let measured = Measured {
        chair_stand_30s: input.chair_stand_30s,
        tug_s: input.tug_s,
        one_leg_left_s: input.one_leg_left_s,
        one_leg_right_s: input.one_leg_right_s,
        five_sts_s: input.five_sts_s,
        gait_distance_m: input.gait_distance_m,
        gait_time_s: input.gait_time_s,
    };
    let speed = performance::validate(&measured)?;
    let values = (
        performance_tests::chair_stand_30s.eq(input.chair_stand_30s),
        performance_tests::tug_s.eq(input.tug_s),
        performance_tests::one_leg_left_s.eq(input.one_leg_left_s),
        performance_tests::one_leg_right_s.eq(input.one_leg_right_s),
        performance_tests::five_sts_s.eq(input.five_sts_s),
        performance_tests::gait_distance_m.eq(input.gait_distance_m),
        performance_tests::gait_time_s.eq(input.gait_time_s),
        performance_tests::gait_speed_mps.eq(speed),
        performance_tests::recorded_by.eq(&scope.staff_id),
        performance_tests::recorded_at.eq(now()),
    );
    let updated = diesel::update(
        performance_tests::table
            .filter(performance_tests::participant_id.eq(participant_id))
            .filter(performance_tests::session_number.eq(number)),
    )
    .set(values)
    .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(performance_tests::table)
            .values((
                performance_tests::participant_id.eq(participant_id),
                performance_tests::session_number.eq(number),
                values,
            ))
            .execute(conn)?;
    }
    load_tests(conn, participant_id)?
        .into_iter()
        .find(|t| t.session_number == number)
        .ok_or(AppError::NotFound)
}
