//! The OpenAPI 3 document, generated from the handlers' annotations.

use actix_web::{get, web, HttpResponse};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::{
    account, admin, admin_setup, calendar, daily, evaluation, exit, exports, family, followups,
    health, notebook, participants, place_photos, privacy, program, push, record, session_day,
    two_factor, volunteers,
};

#[derive(OpenApi)]
#[openapi(
    info(title = "dekita API", description = "短期集中予防サービス（通所型サービスC）を支える API"),
    paths(health::healthz, health::readyz),
    nest((path = "/api/v1", api = V1)),
    modifiers(&BearerAuth)
)]
pub struct ApiDoc;

/// Everything under `/api/v1` (the handlers' own paths are relative to that scope).
#[derive(OpenApi)]
#[openapi(paths(
    account::login,
    account::enroll,
    account::refresh,
    account::fork_session,
    account::logout,
    account::change_password,
    account::me,
    account::my_home,
    two_factor::verify_two_factor,
    two_factor::setup_two_factor,
    two_factor::confirm_two_factor,
    two_factor::two_factor_status,
    two_factor::disable_two_factor,
    two_factor::list_staff,
    two_factor::reset_two_factor,
    two_factor::set_two_factor_required,
    participants::list_cohorts,
    participants::list_participants,
    participants::create_participant,
    participants::get_participant,
    participants::list_screenings,
    participants::create_screening,
    participants::create_enrollment_code,
    participants::take_home_sheet,
    participants::list_devices,
    participants::revoke_device,
    record::get_participant_record,
    record::save_participant_record,
    privacy::disclosure,
    privacy::privacy_requests,
    privacy::record_correction_request,
    privacy::stop_use,
    privacy::lift_use_stop,
    admin::list_audit,
    admin::audit_csv,
    admin_setup::lookup_link,
    admin_setup::accept_link,
    admin_setup::list_providers,
    admin_setup::create_provider,
    admin_setup::update_provider,
    admin_setup::list_cohort_plans,
    admin_setup::create_cohort,
    admin_setup::update_cohort,
    admin_setup::closed_days,
    admin_setup::list_staff_accounts,
    admin_setup::invite_staff,
    admin_setup::deactivate_staff,
    admin_setup::reset_staff_password,
    admin_setup::change_staff_role,
    admin_setup::get_settings,
    admin_setup::save_settings,
    admin_setup::get_safety_limits,
    admin_setup::save_safety_limits,
    session_day::cohort_day,
    session_day::save_session_check,
    evaluation::get_evaluation,
    evaluation::get_evaluation_csv,
    evaluation::get_evaluation_people_csv,
    evaluation::get_evaluation_settings,
    evaluation::set_evaluation_settings,
    evaluation::get_cost_effectiveness,
    evaluation::set_cost_plan,
    evaluation::get_cost_effectiveness_csv,
    evaluation::get_cost_actual,
    evaluation::get_cost_actual_csv,
    program::assessment::get_assessment,
    program::assessment::save_assessment,
    program::assessment::get_interest_checklists,
    program::assessment::save_interest_checklist,
    program::goals::list_goals,
    program::goals::create_goal,
    program::goals::update_goal,
    program::goals::raise_goal,
    program::sessions::get_sessions,
    program::sessions::generate_sessions,
    program::sessions::change_session,
    program::sessions::discontinue,
    program::sessions::add_makeup,
    program::sessions::complete_program,
    program::interviews::get_interview,
    program::interviews::save_interview,
    program::performance::list_performance_tests,
    program::performance::save_performance_test,
    program::overview::cohort_overview,
    program::overview::set_cohort_staffing,
    calendar::list_calendar_feeds,
    calendar::create_calendar_feed,
    calendar::revoke_calendar_feed,
    calendar::calendar_feed,
    program::goals::my_goals,
    daily::list_exercises,
    daily::create_exercise,
    daily::set_exercise_picture,
    daily::list_prescriptions,
    daily::prescribe,
    daily::daily_view,
    daily::enter_paper,
    daily::sync_events,
    daily::my_changes,
    daily::upload_photo,
    daily::get_media,
    notebook::my_notebook,
    notebook::my_safety,
    notebook::save_self_check,
    notebook::participant_notebook,
    family::my_family_phones,
    family::agree_family_phone,
    family::unbind_family_phone,
    family::create_family_code,
    push::push_public_key,
    push::subscribe_push,
    push::unsubscribe_push,
    push::get_reminder,
    push::set_reminder,
    push::send_recognition,
    exit::list_consents,
    exit::create_consent,
    exit::withdraw_consent,
    exit::get_graduation,
    exit::save_graduation,
    exit::get_end_explanation,
    exit::save_end_explanation,
    exit::list_coordinators,
    exit::list_participant_handoffs,
    exit::start_handoff,
    exit::handoff_inbox,
    exit::get_handoff,
    exit::change_handoff,
    exit::record_place_attendance,
    exit::handoff_suggestions,
    exit::get_graduation_rule,
    exit::set_graduation_rule,
    exit::list_places,
    exit::create_place,
    exit::update_place,
    place_photos::add_place_photo,
    place_photos::reorder_place_photos,
    place_photos::remove_place_photo,
    exit::my_consents,
    exit::agree_consent,
    exit::withdraw_my_consent,
    exit::my_graduation,
    followups::list_follow_ups,
    followups::follow_up_attention,
    followups::record_follow_up,
    followups::reassign_follow_up,
    followups::my_follow_ups,
    volunteers::list_volunteers,
    volunteers::volunteer_activity_csv,
    exports::export_fhir,
    volunteers::get_volunteer,
    volunteers::update_volunteer,
    volunteers::change_volunteer_status,
    volunteers::log_volunteer_activity,
    volunteers::volunteer_matches,
    volunteers::participant_volunteer,
    volunteers::register_volunteer,
    volunteers::my_volunteer,
    volunteers::sign_up_volunteer,
    volunteers::get_referrer,
    volunteers::set_referrer,
    volunteers::referrer_feedback_page,
    volunteers::send_referrer_feedback,
    volunteers::referrer_feedback_inbox,
    followups::answer_follow_up,
))]
struct V1;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("JWT")
                    .build(),
            ),
        );
    }
}

/// The document as `/api/openapi.json` serves it.
pub fn document() -> String {
    serde_json::to_string(&ApiDoc::openapi()).expect("the OpenAPI document serializes")
}

#[get("/api/openapi.json")]
async fn openapi_json() -> HttpResponse {
    HttpResponse::Ok().json(ApiDoc::openapi())
}

#[get("/api/docs")]
async fn docs() -> HttpResponse {
    HttpResponse::Found()
        .insert_header(("Location", "/api-docs/"))
        .finish()
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(openapi_json).service(docs);
}
