//! The demo's end-of-program measures, so the outcome figures have something true to count:
//! for each person who completed, a second 基本チェックリスト on the last day, the performance
//! tests at sessions 1 and 12, and the goal's self-ratings and GAS at the end — one who
//! improved on most indicators, one who held steady.

use chrono::{Days, NaiveDate};
use diesel::prelude::*;

use super::schema::{goals, performance_tests, screenings};
use super::screenings::ScreeningInput;
use super::{now, DbConn};
use crate::domain::ids::{ParticipantId, StaffId};
use crate::error::AppError;

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
