//! The therapist's program, one file per part: the assessment and the 興味関心チェックシート,
//! goals, the twelve sessions, interviews, performance tests, and a cohort at a glance.
//!
//! Staff documents are versioned: GET answers carry `ETag: "N"`, and a save must send
//! `If-Match: "N"` (`"0"` for a new document); a stale version gets 412 with the stored
//! document, so both can be shown side by side.

pub mod assessment;
pub mod goals;
pub mod interviews;
pub mod overview;
pub mod performance;
pub mod sessions;

use actix_web::web;

use super::versioned::{create_versioned, read_versioned, save_versioned};
use crate::error::AppError;

crate::http::versioned::versioned_by_field!(
    crate::wire::assessments::Assessment,
    crate::wire::assessments::Checklist,
    crate::wire::goals::Goal,
    crate::wire::interviews::Interview,
);

fn session_number(raw: &str) -> Result<i32, AppError> {
    raw.parse::<i32>()
        .ok()
        .filter(|n| (1..=12).contains(n))
        .ok_or(AppError::NotFound)
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(assessment::get_assessment)
        .service(assessment::save_assessment)
        .service(assessment::get_interest_checklists)
        .service(assessment::save_interest_checklist)
        .service(goals::list_goals)
        .service(goals::create_goal)
        .service(goals::update_goal)
        .service(goals::raise_goal)
        .service(sessions::get_sessions)
        .service(sessions::generate_sessions)
        .service(sessions::change_session)
        .service(sessions::discontinue)
        .service(sessions::add_makeup)
        .service(sessions::complete_program)
        .service(interviews::get_interview)
        .service(interviews::save_interview)
        .service(performance::list_performance_tests)
        .service(performance::save_performance_test)
        .service(overview::cohort_overview)
        .service(overview::set_cohort_staffing)
        .service(goals::my_goals);
}
