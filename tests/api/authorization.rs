//! Every operation of the OpenAPI document, tried as every role, as a participant, as nobody,
//! and as staff of another municipality. A new operation fails this test until it is added to
//! `expectation` below — so no route ships without a decision about who may call it. Who may
//! take each action of the policy table is read from the table itself (`by_policy`).

use reqwest::{Method, StatusCode};
use serde_json::{json, Value};

use dekita::domain::policy::{self, Action};
use dekita::domain::role::Role;

use crate::helpers::*;

/// A loopback address where nothing listens: deliveries to it are refused and retried later,
/// and never leave the machine.
const AUTHZ_PUSH_ENDPOINT: &str = "http://127.0.0.1:9/authorization-test";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Caller {
    Nobody,
    Participant,
    /// A family member's phone (家族), bound to the target with their consent.
    Family,
    Therapist,
    Nurse,
    CareManager,
    Coordinator,
    MunicipalityAdmin,
    OtherTown,
    /// A therapist of another provider in the same municipality.
    OtherProvider,
}

const CALLERS: [Caller; 10] = [
    Caller::Nobody,
    Caller::Participant,
    Caller::Family,
    Caller::Therapist,
    Caller::Nurse,
    Caller::CareManager,
    Caller::Coordinator,
    Caller::MunicipalityAdmin,
    Caller::OtherTown,
    Caller::OtherProvider,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// 2xx, and the answer concerns the target participant where there is one.
    Allowed,
    /// 2xx, but nothing of the target participant in it (lists filtered by scope).
    AllowedWithoutTarget,
    /// The handler ran and refused the input (e.g. a wrong current password): not an
    /// authorization failure, and nothing changed.
    Reached,
    /// 401, 403 or 404, or 422 for a reference the caller cannot see — and no target data.
    Denied,
    /// Open to anyone (sign-in itself): the same answer whoever calls.
    Public,
}

use Caller::*;
use Expect::*;

/// The demo's own staff, by role: the callers who see the target participant (the
/// coordinator only with a consent, which the demo person has not given).
fn role_of(caller: Caller) -> Option<Role> {
    match caller {
        Therapist => Some(Role::Therapist),
        Nurse => Some(Role::Nurse),
        CareManager => Some(Role::CareManager),
        MunicipalityAdmin => Some(Role::MunicipalityAdmin),
        Nobody | Participant | Family | Coordinator | OtherTown | OtherProvider => None,
    }
}

/// An action the policy table governs, read from the table itself: `when_allowed` for those
/// who see the target and whom the table allows, denied for everyone else.
fn by_policy(action: Action, caller: Caller, when_allowed: Expect) -> Expect {
    match role_of(caller) {
        Some(role) if policy::allows(role, action) => when_allowed,
        _ => Denied,
    }
}

/// A family member's phone: what the phones' policy lets it do (read the notebook and today's
/// plan, record on the person's behalf), read from the table; nothing else.
fn family_expectation(operation: &str) -> Expect {
    use dekita::domain::family::DeviceKind;
    use dekita::domain::policy::{phone_allows, PhoneAction};
    let action = match operation {
        "me" => return Allowed,
        "my_notebook" | "my_safety" => PhoneAction::ReadNotebook,
        "my_changes" => PhoneAction::ReadPlan,
        "sync_events" => PhoneAction::Record,
        // The person's own photo, seen in the notebook.
        "get_media" => PhoneAction::ReadNotebook,
        "my_family_phones" | "agree_family_phone" | "unbind_family_phone" => {
            PhoneAction::ManageFamilyPhones
        }
        _ => match expectation(operation, Nobody) {
            // Open to anyone, or the key is in the address: as for nobody.
            Public => return Public,
            Allowed => return Allowed,
            _ => return Denied,
        },
    };
    if phone_allows(DeviceKind::Family, action) {
        Allowed
    } else {
        Denied
    }
}

/// Who keeps the places' photos, from the policy table: the demo's coordinator (whom
/// `role_of` leaves out, as they see no participant) when the table lets coordinators.
fn place_photos(caller: Caller, when_allowed: Expect) -> Expect {
    match caller {
        Coordinator if policy::allows(Role::Coordinator, Action::ManagePlacePhotos) => when_allowed,
        _ => by_policy(Action::ManagePlacePhotos, caller, when_allowed),
    }
}

fn expectation(operation: &str, caller: Caller) -> Expect {
    if caller == Family {
        return family_expectation(operation);
    }
    match operation {
        "healthz" | "readyz" => Allowed,
        "login" | "enroll" | "refresh" | "logout" | "fork_session" => Public,
        // The second step of a staff sign-in: the ticket is the key (a made-up one here).
        "verify_two_factor" => Public,
        // Any staff member sets up their own authenticator (nothing changes until confirmed).
        "setup_two_factor" | "two_factor_status" => match caller {
            Nobody | Participant => Denied,
            _ => AllowedWithoutTarget,
        },
        // With a wrong code (confirm) or none on (disable): refused by the handler.
        "confirm_two_factor" | "disable_two_factor" => match caller {
            Nobody | Participant => Denied,
            _ => Reached,
        },
        // The municipality's staff and its sign-in rules: its admins only (the reset is tried
        // on the demo therapist, whom only ひだまり市's admin may reset).
        "list_staff" | "reset_two_factor" | "set_two_factor_required" => {
            by_policy(Action::ManageStaff, caller, AllowedWithoutTarget)
        }
        "change_password" => match caller {
            Nobody | Participant => Denied,
            _ => Reached,
        },
        "me" => match caller {
            Nobody => Denied,
            _ => Allowed,
        },
        "my_home" => match caller {
            Participant => Allowed,
            _ => Denied,
        },
        "list_cohorts" => match caller {
            Nobody | Participant => Denied,
            OtherTown | OtherProvider => AllowedWithoutTarget,
            _ => Allowed,
        },
        "list_participants" => match caller {
            Nobody | Participant => Denied,
            OtherTown | OtherProvider | Coordinator => AllowedWithoutTarget,
            _ => Allowed,
        },
        "get_participant" | "list_screenings" => match caller {
            Therapist | Nurse | CareManager | MunicipalityAdmin => Allowed,
            _ => Denied,
        },
        "create_participant" => by_policy(Action::RegisterParticipant, caller, Allowed),
        "get_participant_record" => match caller {
            Therapist | Nurse | CareManager | MunicipalityAdmin => Allowed,
            _ => Denied,
        },
        "save_participant_record" => by_policy(Action::EditParticipantRecord, caller, Allowed),
        // The notebook printed for the person: those who see their record, as the policy says
        // (a coordinator never; another provider or town sees no one).
        "participant_notebook" => by_policy(Action::PrintNotebook, caller, Allowed),
        "create_screening" => by_policy(Action::Screen, caller, Allowed),
        "create_enrollment_code" => by_policy(Action::IssuePhoneCode, caller, Allowed),
        "take_home_sheet" => by_policy(Action::PrintTakeHomeSheet, caller, Allowed),
        "list_devices" | "revoke_device" => by_policy(Action::ManagePhones, caller, Allowed),
        "list_audit" => by_policy(Action::ReadAudit, caller, Allowed),
        "audit_csv" => by_policy(Action::ReadAudit, caller, Allowed),
        // One-time links: the token is the key (a made-up one here), the same for everyone.
        "lookup_link" | "accept_link" => Public,
        // The municipality's administration: its administrators only. Staff accounts are
        // tried on a freshly invited person, providers and cohorts on fresh ones.
        "list_providers" | "create_provider" | "update_provider" => {
            by_policy(Action::ManageProviders, caller, AllowedWithoutTarget)
        }
        "list_cohort_plans" | "create_cohort" | "update_cohort" => {
            by_policy(Action::ManageCohorts, caller, AllowedWithoutTarget)
        }
        "list_staff_accounts"
        | "invite_staff"
        | "deactivate_staff"
        | "reset_staff_password"
        | "change_staff_role" => by_policy(Action::ManageStaff, caller, AllowedWithoutTarget),
        "get_settings" | "save_settings" | "get_safety_limits" | "save_safety_limits" => {
            by_policy(Action::ManageSettings, caller, AllowedWithoutTarget)
        }
        // A session day: provider staff of the cohort's provider.
        "cohort_day" => by_policy(Action::RunSessionDay, caller, Allowed),
        "save_session_check" => by_policy(Action::RunSessionDay, caller, Allowed),
        // Holidays and closed days, for planning: any staff member.
        "closed_days" => match caller {
            Nobody | Participant => Denied,
            _ => AllowedWithoutTarget,
        },
        // The outcome figures: counts only, for the municipality's administrators.
        "get_evaluation" | "get_evaluation_csv" | "get_evaluation_people_csv" => {
            by_policy(Action::ReadEvaluation, caller, Allowed)
        }
        "get_evaluation_settings"
        | "get_cost_effectiveness"
        | "get_cost_effectiveness_csv"
        | "get_cost_actual"
        | "get_cost_actual_csv" => by_policy(Action::ReadEvaluation, caller, AllowedWithoutTarget),
        "set_evaluation_settings" | "set_cost_plan" => {
            by_policy(Action::SetEvaluationSettings, caller, AllowedWithoutTarget)
        }
        // The program: readers of a record, and who may change which part.
        "get_assessment"
        | "get_interest_checklists"
        | "list_goals"
        | "get_sessions"
        | "get_interview"
        | "list_performance_tests" => match caller {
            Therapist | Nurse | CareManager | MunicipalityAdmin => Allowed,
            _ => Denied,
        },
        "save_assessment" => by_policy(Action::EditAssessment, caller, Allowed),
        "save_interest_checklist" => by_policy(Action::EditInterestChecklist, caller, Allowed),
        "create_goal" | "update_goal" | "raise_goal" => {
            by_policy(Action::EditGoals, caller, Allowed)
        }
        "generate_sessions" => by_policy(Action::ScheduleSessions, caller, Allowed),
        "discontinue" => by_policy(Action::CloseProgram, caller, Allowed),
        "save_interview" => by_policy(Action::WriteInterview, caller, Allowed),
        // Session 12 of the target was not missed, and the fresh person has not started: the
        // therapist reaches the rule and is refused there (409).
        "add_makeup" => by_policy(Action::ScheduleSessions, caller, Reached),
        "complete_program" => by_policy(Action::CloseProgram, caller, Reached),
        // The body records attendance.
        "change_session" => by_policy(Action::RecordAttendance, caller, Allowed),
        "save_performance_test" => by_policy(Action::RecordTests, caller, Allowed),
        "cohort_overview" => by_policy(Action::ReadCohortOverview, caller, Allowed),
        "set_cohort_staffing" => by_policy(Action::CheckStaffing, caller, Allowed),
        "list_calendar_feeds" | "create_calendar_feed" => match caller {
            Nobody | Participant => Denied,
            _ => AllowedWithoutTarget,
        },
        // Only the feed's owner (the therapist who made it) may stop it.
        "revoke_calendar_feed" => match caller {
            Therapist => Allowed,
            _ => Denied,
        },
        // The token in the address is the key: calendar apps cannot sign in.
        "calendar_feed" => Allowed,
        "my_goals" => match caller {
            Participant => Allowed,
            _ => Denied,
        },
        // The daily loop.
        "list_exercises" => match caller {
            Nobody | Participant => Denied,
            _ => AllowedWithoutTarget,
        },
        // Staff elsewhere make exercises of their own municipality.
        "create_exercise" => match caller {
            OtherTown | OtherProvider => AllowedWithoutTarget,
            _ => by_policy(Action::ManageLocalExercises, caller, Allowed),
        },
        // The body here is not a picture: allowed callers reach the handler and get a 422.
        // The exercise was made at the demo provider: it is kept there and by the
        // municipality's administrator, not by another provider's therapist.
        "set_exercise_picture" => by_policy(Action::ManageLocalExercises, caller, Reached),
        "list_prescriptions" | "daily_view" => match caller {
            Therapist | Nurse | CareManager | MunicipalityAdmin => Allowed,
            _ => Denied,
        },
        "prescribe" => by_policy(Action::Prescribe, caller, Allowed),
        "enter_paper" => by_policy(Action::EnterPaperRecords, caller, Allowed),
        "sync_events" | "my_changes" => match caller {
            Participant => Allowed,
            _ => Denied,
        },
        "upload_photo" => match caller {
            Participant => Reached,
            _ => Denied,
        },
        "get_media" => match caller {
            Participant | Therapist | Nurse | CareManager | MunicipalityAdmin => Allowed,
            _ => Denied,
        },
        // Browsers need the key before anyone signs in to subscribe.
        "push_public_key" => Public,
        // Each phone manages its own subscription and reminders.
        "subscribe_push" | "unsubscribe_push" | "get_reminder" | "set_reminder" => match caller {
            Participant => Allowed,
            _ => Denied,
        },
        "send_recognition" => by_policy(Action::SendRecognition, caller, Allowed),
        // The exit: consents, the review and the explanation of the end, handoffs.
        "list_consents"
        | "get_graduation"
        | "get_end_explanation"
        | "list_participant_handoffs" => match caller {
            Therapist | Nurse | CareManager | MunicipalityAdmin => Allowed,
            _ => Denied,
        },
        // A fresh person (or consent) per call: one consent per purpose and recipient.
        "create_consent" | "withdraw_consent" => by_policy(Action::RecordConsent, caller, Allowed),
        "save_graduation" | "save_end_explanation" => {
            by_policy(Action::ReviewGraduation, caller, Allowed)
        }
        // The target has not reached session 6 and has no consent: refused by the rule (409).
        "start_handoff" => by_policy(Action::StartHandoff, caller, Reached),
        "list_coordinators" => match caller {
            Nobody | Participant => Denied,
            _ => AllowedWithoutTarget,
        },
        // The coordinator's inbox: theirs only, through the demo graduate's live consent (the
        // target has given none, so nothing of theirs is in it). The consent dimension (none,
        // live, expired, withdrawn, another coordinator) is tried in `exit.rs`.
        "handoff_inbox" => match caller {
            Coordinator => AllowedWithoutTarget,
            _ => Denied,
        },
        // The directory is not personal data: every staff member of the municipality reads
        // it (the target is in none of it); coordinators keep it.
        "get_graduation_rule" => match caller {
            Nobody | Participant => Denied,
            _ => AllowedWithoutTarget,
        },
        "set_graduation_rule" => by_policy(Action::SetGraduationRule, caller, AllowedWithoutTarget),
        "list_places" => match caller {
            Nobody | Participant => Denied,
            _ => AllowedWithoutTarget,
        },
        "create_place" | "update_place" => match caller {
            Coordinator => AllowedWithoutTarget,
            _ => Denied,
        },
        // The places' photos: kept by the coordinators (the body here is not a picture, so the
        // upload is refused by the handler), seen by every staff member with the directory.
        "add_place_photo" => place_photos(caller, Reached),
        "reorder_place_photos" | "remove_place_photo" => place_photos(caller, AllowedWithoutTarget),
        "get_handoff" | "change_handoff" | "handoff_suggestions" => match caller {
            Coordinator => Allowed,
            _ => Denied,
        },
        "my_family_phones" | "agree_family_phone" | "unbind_family_phone" => match caller {
            Participant => Allowed,
            _ => Denied,
        },
        "create_family_code" => by_policy(Action::BindFamilyPhone, caller, Allowed),
        "my_consents"
        | "my_graduation"
        | "agree_consent"
        | "withdraw_my_consent"
        | "my_notebook"
        | "my_safety"
        | "save_self_check" => match caller {
            Participant => Allowed,
            _ => Denied,
        },
        // Follow-ups: the coordinator (through the live consent of the fresh graduate below),
        // the referring 包括 and the municipality; the target has no follow-up, so nothing of
        // theirs is in the list.
        "list_follow_ups" | "follow_up_attention" => match caller {
            Coordinator if policy::allows(Role::Coordinator, Action::ReadFollowUps) => {
                AllowedWithoutTarget
            }
            _ => by_policy(Action::ReadFollowUps, caller, AllowedWithoutTarget),
        },
        // The graduate's 3-month follow-up is months away: refused by the window (409) for
        // those who see it.
        "record_follow_up" => match caller {
            Coordinator if policy::allows(Role::Coordinator, Action::RecordFollowUp) => Reached,
            _ => by_policy(Action::RecordFollowUp, caller, Reached),
        },
        "reassign_follow_up" => by_policy(Action::AssignFollowUps, caller, Allowed),
        // Personal-data requests: the administrator's (a fresh person is stopped; lifting a
        // stop that is not there is refused by the handler).
        "disclosure" => by_policy(Action::DisclosePersonalData, caller, Allowed),
        "privacy_requests" => by_policy(Action::ReadPrivacyRequests, caller, Allowed),
        "record_correction_request" => by_policy(Action::RecordCorrectionRequest, caller, Allowed),
        "stop_use" => by_policy(Action::StopUse, caller, Allowed),
        "lift_use_stop" => by_policy(Action::LiftUseStop, caller, Reached),
        "my_follow_ups" => match caller {
            Participant => Allowed,
            _ => Denied,
        },
        // The volunteer registry: the provider its graduates, a coordinator only through a live
        // registry consent (the demo's 松本 gave one; the consent dimension — none, live,
        // withdrawn — is tried in `volunteers.rs`), the municipality the consented ones. The
        // target is in none of it.
        "list_volunteers" => match caller {
            Coordinator | OtherTown | OtherProvider => AllowedWithoutTarget,
            _ => by_policy(Action::ReadVolunteers, caller, AllowedWithoutTarget),
        },
        // The target's own Bundle: the municipality's administrator only.
        "export_fhir" => by_policy(Action::ExportFhir, caller, Allowed),
        "volunteer_activity_csv" => by_policy(
            Action::ExportVolunteerActivity,
            caller,
            AllowedWithoutTarget,
        ),
        // 松本's registration: seen by the provider, the consented coordinator, the municipality.
        "get_volunteer" | "volunteer_matches" => match caller {
            Coordinator if policy::allows(Role::Coordinator, Action::ReadVolunteers) => Allowed,
            _ => by_policy(Action::ReadVolunteers, caller, Allowed),
        },
        "update_volunteer" | "log_volunteer_activity" => match caller {
            Coordinator if policy::allows(Role::Coordinator, Action::RecordVolunteers) => Allowed,
            _ => by_policy(Action::RecordVolunteers, caller, Allowed),
        },
        // 松本 is active: back to trained is not a step the rule allows (409).
        "change_volunteer_status" => match caller {
            Coordinator if policy::allows(Role::Coordinator, Action::RecordVolunteers) => Reached,
            _ => by_policy(Action::RecordVolunteers, caller, Reached),
        },
        "participant_volunteer" | "get_referrer" => match caller {
            Therapist | Nurse | CareManager | MunicipalityAdmin => Allowed,
            _ => Denied,
        },
        // The target is still in the program: not offered the registry yet (409) — for the
        // coordinator too, whom the target's registry consent (agreed on the phone, earlier in
        // this run) names.
        "register_volunteer" => match caller {
            Coordinator if policy::allows(Role::Coordinator, Action::RecordVolunteers) => Reached,
            _ => by_policy(Action::RecordVolunteers, caller, Reached),
        },
        "set_referrer" => by_policy(Action::RegisterParticipant, caller, Allowed),
        "referrer_feedback_page" => by_policy(Action::SendReferrerFeedback, caller, Allowed),
        // The target gave no feedback consent: nothing may be sent (409).
        "send_referrer_feedback" => by_policy(Action::SendReferrerFeedback, caller, Reached),
        "referrer_feedback_inbox" => by_policy(
            Action::ReceiveReferrerFeedback,
            caller,
            AllowedWithoutTarget,
        ),
        "my_volunteer" => match caller {
            Participant => Allowed,
            _ => Denied,
        },
        "sign_up_volunteer" => match caller {
            Participant => Reached,
            _ => Denied,
        },
        // The follow-up in the address is another person's: the phone answers only its own
        // (the phone's own answer is tried in tests/api/followups.rs); staff never answer.
        "answer_follow_up" => Denied,
        // The demo handoff in the coordinator's inbox is not connected to a place yet: the
        // coordinator is refused by its state (409), everyone else never reaches it.
        "record_place_attendance" => match caller {
            Coordinator if policy::allows(Role::Coordinator, Action::WorkHandoffs) => Reached,
            _ => Denied,
        },
        other => panic!(
            "operation `{other}` is not covered by the authorization test: decide who may call it"
        ),
    }
}

struct World {
    app: TestApp,
    tokens: Vec<(Caller, Option<String>)>,
    therapist: String,
    therapist_id: String,
    target: Value,
    cohort_id: String,
    first_date: String,
    goal_id: String,
    feed_token: String,
    exercise_key: String,
    photo_id: String,
    coordinator_id: String,
    handoff_id: String,
    place_id: String,
    /// The photos of `place_id`, in order (to put them in the same order).
    place_photo_ids: Vec<String>,
    /// A demo place with photos and its first photo (one to take off).
    farm_place_id: String,
    farm_photo_id: String,
    /// The target's consents asked on their phone: one to agree to, one to withdraw.
    agree_id: String,
    /// A follow-up of a fresh graduate who consented to the demo coordinator.
    follow_up_id: String,
    withdraw_id: String,
    /// A provider made for the administration operations.
    provider_id: String,
    /// The demo's active volunteer 松本, with a live registry consent to the coordinator.
    volunteer_id: String,
}

impl World {
    async fn new() -> World {
        let app = TestApp::spawn().await;
        let therapist_session = app.sign_in(THERAPIST).await;
        let therapist = therapist_session["access_token"]
            .as_str()
            .unwrap()
            .to_owned();
        let therapist_id = therapist_session["user"]["id"].as_str().unwrap().to_owned();
        let target = app.a_participant(&therapist).await;
        let phone = app
            .enroll_phone(&therapist, target["id"].as_str().unwrap())
            .await;
        let (_, cohorts) = app.get("/api/v1/cohorts", &therapist).await;
        let cohort_id = cohorts[0]["id"].as_str().unwrap().to_owned();
        let first_date = cohorts[0]["starts_on"].as_str().unwrap().to_owned();
        let target_id = target["id"].as_str().unwrap();
        let (_, goals) = app
            .get(
                &format!("/api/v1/participants/{target_id}/goals"),
                &therapist,
            )
            .await;
        let goal_id = goals[0]["id"]
            .as_str()
            .expect("the demo gives a goal")
            .to_owned();
        let (_, feed) = app
            .post("/api/v1/calendar-feeds", Some(&therapist), json!({}))
            .await;
        let feed_token = feed["url"]
            .as_str()
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap()
            .trim_end_matches(".ics")
            .to_owned();
        let (_, exercise) = app
            .post(
                "/api/v1/exercises",
                Some(&therapist),
                json!({"title": "ひだまり体操", "area": "balance", "level": 1, "unit": "reps", "steps": ["立ちます。"]}),
            )
            .await;
        let exercise_key = exercise["key"].as_str().unwrap().to_owned();
        let photo = app
            .client
            .post(format!("{}/api/v1/me/photos", app.url))
            .bearer_auth(phone["access_token"].as_str().unwrap())
            .header("Content-Type", "image/jpeg")
            .body(a_jpeg(64, 48))
            .send()
            .await
            .unwrap()
            .json::<Value>()
            .await
            .unwrap();
        let photo_id = photo["id"].as_str().expect("a photo").to_owned();
        let (_, coordinators) = app.get("/api/v1/coordinators", &therapist).await;
        let coordinator_id = coordinators[0]["staff_id"].as_str().unwrap().to_owned();
        let (_, inbox) = app
            .get("/api/v1/handoffs", &app.token(COORDINATOR).await)
            .await;
        let handoff_id = inbox
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["tombstone"].is_null())
            .expect("the demo hands a graduate off")["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let (_, places) = app.get("/api/v1/places", &therapist).await;
        let place_id = places[0]["id"]
            .as_str()
            .expect("the demo has places")
            .to_owned();
        let place_photo_ids: Vec<String> = places[0]["photos"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].as_str().unwrap().to_owned())
            .collect();
        let farm = places
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] != place_id.as_str() && !p["photos"][0].is_null())
            .expect("another demo place with photos");
        let farm_place_id = farm["id"].as_str().unwrap().to_owned();
        let farm_photo_id = farm["photos"][0]["id"].as_str().unwrap().to_owned();
        let mut asked = Vec::new();
        for (purpose, recipient) in [
            ("volunteer_registry", coordinator_id.clone()),
            ("sc_handoff", coordinator_id.clone()),
        ] {
            let (status, consent) = app
                .post(
                    &format!("/api/v1/participants/{target_id}/consents"),
                    Some(&therapist),
                    json!({"purpose": purpose, "recipient_staff_id": recipient,
                        "parts": ["contact"], "method": "device"}),
                )
                .await;
            assert_eq!(status, StatusCode::CREATED, "{consent}");
            asked.push(consent["id"].as_str().unwrap().to_owned());
        }
        let admin = app.token(ADMIN).await;
        let (_, provider) = app
            .post(
                "/api/v1/providers",
                Some(&admin),
                json!({"name": "認可の試験の事業所", "kind": "center"}),
            )
            .await;
        let provider_id = provider["id"].as_str().expect("a provider").to_owned();
        let follow_up_id = a_follow_up(&app, &therapist, &coordinator_id).await;
        let (_, registry) = app.get("/api/v1/volunteers", &therapist).await;
        let volunteer_id = registry["volunteers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["name"].as_str().unwrap().starts_with("松本"))
            .expect("the demo has an active volunteer")["id"]
            .as_str()
            .unwrap()
            .to_owned();
        let family = a_family_phone(&app, &therapist, target_id).await;
        let mut tokens = Vec::new();
        for caller in CALLERS {
            let token = match caller {
                Nobody => None,
                Participant => Some(phone["access_token"].as_str().unwrap().to_owned()),
                Family => Some(family["access_token"].as_str().unwrap().to_owned()),
                Therapist => Some(therapist.clone()),
                Nurse => Some(app.token(NURSE).await),
                CareManager => Some(app.token(CARE_MANAGER).await),
                Coordinator => Some(app.token(COORDINATOR).await),
                MunicipalityAdmin => Some(app.token(ADMIN).await),
                OtherTown => Some(app.token(OTHER_TOWN).await),
                OtherProvider => Some(app.token(OTHER_PROVIDER).await),
            };
            tokens.push((caller, token));
        }
        World {
            app,
            tokens,
            therapist,
            therapist_id,
            target,
            cohort_id,
            first_date,
            goal_id,
            feed_token,
            exercise_key,
            photo_id,
            withdraw_id: asked.pop().unwrap(),
            agree_id: asked.pop().unwrap(),
            coordinator_id,
            handoff_id,
            place_id,
            place_photo_ids,
            farm_place_id,
            farm_photo_id,
            provider_id,
            follow_up_id,
            volunteer_id,
        }
    }

    /// A fresh family phone of the target, on a paper consent the therapist records.
    async fn family_phone(&self) -> Value {
        a_family_phone(&self.app, &self.therapist, self.target_id()).await
    }

    fn admin_token(&self) -> &str {
        self.tokens
            .iter()
            .find(|(c, _)| *c == MunicipalityAdmin)
            .and_then(|(_, t)| t.as_deref())
            .unwrap()
    }

    fn cohort_body(&self, name: &str) -> Value {
        json!({"provider_id": self.provider_id, "name": name, "starts_on": "2026-04-01",
            "ends_on": "2027-03-31", "capacity": 10, "room_area_m2": 40.0, "weekday": 3,
            "starts_at": "13:30", "ends_at": "15:00", "venue": "認可の試験の会場"})
    }

    fn target_id(&self) -> &str {
        self.target["id"].as_str().unwrap()
    }

    /// A request body that would succeed for an allowed caller.
    fn body(&self, operation: &str) -> Option<Value> {
        let answers: Vec<Value> = (1..=25)
            .map(|i| Value::Bool(!matches!(i, 1..=8 | 16 | 19)))
            .collect();
        match operation {
            "login" => {
                Some(json!({"email": "nobody@hidamari.example", "password": "wrong-password"}))
            }
            "enroll" => Some(json!({"code": "ZZZZ-ZZZZ"})),
            "refresh" | "logout" | "fork_session" => Some(json!({"refresh_token": "not-a-token"})),
            "verify_two_factor" => Some(json!({"ticket": "not-a-ticket", "code": "123456"})),
            "setup_two_factor" => Some(json!({})),
            "confirm_two_factor" | "disable_two_factor" => Some(json!({"code": "000000"})),
            "set_two_factor_required" => Some(json!({"required": false})),
            "change_password" => Some(
                json!({"current_password": "not the password", "new_password": "another long password"}),
            ),
            "create_participant" => Some(
                json!({"family_name": "認可", "given_name": "試験", "family_name_kana": "にんか",
                "given_name_kana": "しけん", "birth_date": "1946-02-02", "sex": "female", "cohort_id": self.cohort_id}),
            ),
            "create_screening" => Some(json!({"answers": answers, "certification": "none"})),
            "create_enrollment_code" => Some(json!({})),
            "save_assessment" => Some(json!({"difficulties": ["stairs"], "wishes": "認可の試験"})),
            "save_interest_checklist" => Some(
                json!({"items": [{"item": 37, "doing": true, "want": false, "interested": true}]}),
            ),
            "create_goal" | "raise_goal" => Some(
                json!({"text": "認可の試験の目標", "steps": [{"text": "一歩", "target_session": 3}]}),
            ),
            "update_goal" => Some(
                json!({"text": "認可の試験の目標（更新）", "steps": [{"text": "一歩", "target_session": 4}]}),
            ),
            "generate_sessions" => Some(json!({"first_date": self.first_date, "home_visits": [1]})),
            "change_session" => Some(json!({"attendance": "attended"})),
            "discontinue" => Some(json!({"reason": "moved", "note": ""})),
            "add_makeup" => Some(json!({"date": self.first_date})),
            "complete_program" => Some(json!({"reason": "認可の試験"})),
            "save_interview" => Some(json!({"went_well": "認可の試験", "next_step": "散歩"})),
            "save_performance_test" => Some(json!({"chair_stand_30s": 11, "tug_s": 9.5})),
            "create_exercise" => Some(
                json!({"title": "ひだまり体操", "area": "strength", "level": 1, "unit": "reps", "steps": ["いすに座ります。"]}),
            ),
            "prescribe" => Some(
                json!({"items": [{"exercise": "heel_raise", "amount": 10, "sets": 2, "days_per_week": 5}]}),
            ),
            "sync_events" | "enter_paper" => Some(
                json!({"events": [{"client_id": uuid::Uuid::now_v7().to_string(),
                "kind": "exercise_done", "local_date": self.first_date, "data": {"exercise": "heel_raise"}}]}),
            ),
            "set_exercise_picture" | "upload_photo" => Some(json!({"not": "a picture"})),
            "subscribe_push" => Some(json!({"endpoint": AUTHZ_PUSH_ENDPOINT, "keys": {
                "p256dh": crate::push::TestSubscriber::new().p256dh(), "auth": "AAECAwQFBgcICQoLDA0ODw"}})),
            "unsubscribe_push" => Some(json!({"endpoint": AUTHZ_PUSH_ENDPOINT})),
            "set_reminder" => Some(json!({"daily_time": "07:30", "session_days": true})),
            "send_recognition" => Some(json!({"message": "認可の試験です。"})),
            "create_consent" => Some(json!({"purpose": "sc_handoff",
                "recipient_staff_id": self.coordinator_id, "parts": ["contact", "interests"],
                "method": "paper", "paper_kept_at": "事業所の書庫"})),
            "withdraw_consent" | "withdraw_my_consent" => Some(json!({})),
            "agree_family_phone" => {
                Some(json!({"wording_version": dekita::domain::family::WORDING_VERSION}))
            }
            "create_family_code" => Some(json!({"paper_kept_at": "認可の試験の書庫"})),
            "agree_consent" => {
                Some(json!({"wording_version": dekita::domain::consent::WORDING_VERSION}))
            }
            "save_graduation" => {
                Some(json!({"abilities": ["認可の試験で歩けました。"], "cautions": "認可の試験"}))
            }
            "save_end_explanation" => {
                Some(json!({"wish": "認可の試験の後に散歩したい", "wish_items": [37]}))
            }
            "start_handoff" => Some(json!({"coordinator_id": self.coordinator_id})),
            "change_handoff" => Some(json!({"state": "proposed", "note": "認可の試験"})),
            "set_graduation_rule" => Some(json!({"support_counts_as_graduation": true})),
            "set_evaluation_settings" => Some(json!({"indicator": "checklist", "checklist_k": 1,
                "rating_m": 2, "margin_cs30": 2.0, "margin_tug_s": 1.0, "margin_five_sts_s": 1.0,
                "margin_one_leg_s": 5.0, "margin_gait_mps": 0.1})),
            "set_cost_plan" => Some(json!({"users": 100, "finish_bp": 9000, "improve_bp": 7500,
                "graduation_bp": 6500, "cost_yen": 12000000, "effect_mode": "per_graduate",
                "per_graduate_yen": 448000, "retention_bp": [10000, 5000, 2500], "basis": "cost",
                "user_share_bp": 1000, "prices": []})),
            "create_place" | "update_place" => {
                Some(json!({"name": "認可の試験の場", "kind": "salon",
                "tags": [17], "area": "北圏域", "transport": ["walk"]}))
            }
            "add_place_photo" => Some(json!({"not": "a picture"})),
            "reorder_place_photos" => Some(json!({"photo_ids": self.place_photo_ids})),
            "create_provider" | "update_provider" => {
                Some(json!({"name": "認可の試験の事業所", "kind": "both"}))
            }
            "create_cohort" | "update_cohort" => Some(self.cohort_body("認可の試験の教室")),
            "invite_staff" => Some(
                json!({"name": "認可 試験", "email": "authz-invite@hidamari.example",
                "role": "nurse", "provider_id": self.provider_id}),
            ),
            "change_staff_role" => Some(json!({"role": "care_manager"})),
            "deactivate_staff" | "reset_staff_password" => Some(json!({})),
            "lookup_link" => Some(json!({"token": "not-a-token"})),
            "save_session_check" => {
                Some(json!({"systolic": 128, "diastolic": 78, "pulse": 72, "feeling": "usual"}))
            }
            "accept_link" => {
                Some(json!({"token": "not-a-token", "password": "long enough password"}))
            }
            "save_settings" => Some(
                json!({"program_end_text": "認可の試験", "staffing_rule": "model",
                "push_contact": "", "two_factor_required": false, "closed_days": "12-29/01-03"}),
            ),
            "save_self_check" => Some(
                json!({"answers": (1..=25).map(|i| matches!(i, 1..=8 | 16 | 19)).collect::<Vec<bool>>()}),
            ),
            "record_follow_up" => Some(json!({"method": "phone", "certification": "none",
                "certification_change": "same", "next_action": "none"})),
            "reassign_follow_up" => Some(json!({"staff_id": self.coordinator_id})),
            "answer_follow_up" => Some(json!({"outings": "few_a_week", "places": ["salon"],
                "exercise": "most_days"})),
            "record_place_attendance" => Some(json!({"attending": false, "note": "認可の試験"})),
            "record_correction_request" => {
                Some(json!({"requested": "認可の試験の訂正", "received_on": "2025-12-01"}))
            }
            "stop_use" => Some(json!({"reason": "認可の試験"})),
            "save_participant_record" => Some(
                json!({"contacts": [{"kind": "emergency", "name": "認可 試験", "phone": "000-999-0000"}],
                "conditions": "認可の試験", "medication": "", "transport": "徒歩"}),
            ),
            "save_safety_limits" => Some(json!({"systolic_high": 200, "systolic_low": 70,
                "diastolic_high": 120, "pulse_high": 120, "pulse_low": 40})),
            "register_volunteer" | "update_volunteer" => {
                Some(json!({"roles": ["お茶出し"], "skills": "認可の試験", "availability": "木曜"}))
            }
            "change_volunteer_status" => Some(json!({"status": "trained"})),
            "log_volunteer_activity" => Some(
                json!({"on_date": "2026-01-07", "place_name": "認可の試験の場", "role": "お茶出し", "minutes": 60}),
            ),
            "sign_up_volunteer" => Some(json!({"roles": ["お茶出し"], "availability": "午前"})),
            "set_referrer" => {
                Some(json!({"kind": "minsei", "organisation": "認可の試験", "person": "試験"}))
            }
            "send_referrer_feedback" => Some(json!({"event": "started", "body": "認可の試験"})),
            "set_cohort_staffing" => Some(
                json!({"capacity": 12, "room_area_m2": 48.0, "therapists": 1, "nurses": 1, "aides": 1}),
            ),
            _ => None,
        }
    }

    /// The concrete path, with a fresh phone to revoke, a fresh feed to stop, or a fresh
    /// person to schedule or discontinue where the operation needs one.
    async fn path(&self, template: &str, operation: &str) -> String {
        let person = if matches!(
            operation,
            "generate_sessions"
                | "discontinue"
                | "complete_program"
                | "create_consent"
                | "withdraw_consent"
                | "stop_use"
                | "lift_use_stop"
        ) {
            let fresh = self.app.a_new_participant("認可別人").await;
            fresh["id"].as_str().unwrap().to_owned()
        } else {
            self.target_id().to_owned()
        };
        let consent = match operation {
            "agree_consent" => self.agree_id.clone(),
            "withdraw_my_consent" => self.withdraw_id.clone(),
            // A fresh consent on paper of the fresh person, for each staff withdrawal.
            "withdraw_consent" => {
                let (status, consent) = self
                    .app
                    .post(
                        &format!("/api/v1/participants/{person}/consents"),
                        Some(&self.therapist),
                        json!({"purpose": "sc_handoff", "recipient_staff_id": self.coordinator_id,
                            "parts": ["contact"], "method": "paper", "paper_kept_at": "書庫"}),
                    )
                    .await;
                assert_eq!(status, StatusCode::CREATED, "{consent}");
                consent["id"].as_str().unwrap().to_owned()
            }
            _ => String::new(),
        };
        let person = if operation.ends_with("follow_up") {
            self.follow_up_id.clone()
        } else {
            person
        };
        // The photo taken off is another place's (the photos of `place_id` are put in order).
        let template = if operation == "remove_place_photo" {
            template
                .replace("{place_id}", &self.farm_place_id)
                .replace("{photo_id}", &self.farm_photo_id)
        } else {
            template.to_owned()
        };
        let mut path = template
            .replace("{id}", &person)
            .replace("{phase}", "assessment")
            .replace("{number}", "1")
            .replace("{cohort_id}", &self.cohort_id)
            .replace("{goal_id}", &self.goal_id)
            .replace("{token}", &format!("{}.ics", self.feed_token))
            .replace("{key}", &self.exercise_key)
            .replace("{media_id}", &self.photo_id)
            .replace("{size}", "thumb")
            .replace("{provider_id}", &self.provider_id)
            .replace("{staff_id}", &self.therapist_id)
            .replace("{consent_id}", &consent)
            .replace("{handoff_id}", &self.handoff_id)
            .replace("{place_id}", &self.place_id)
            .replace("{volunteer_id}", &self.volunteer_id);
        if operation == "volunteer_activity_csv" {
            path.push_str("?from=2026-01-01&to=2026-12-31");
        }
        if operation == "export_fhir" {
            path.push_str(&format!("?participant={person}"));
        }
        if operation == "closed_days" {
            path.push_str("?from=2026-09-01&to=2026-10-31&weekday=1");
        }
        if matches!(
            operation,
            "deactivate_staff" | "reset_staff_password" | "change_staff_role"
        ) {
            // A fresh invited person: the demo's own staff keep working.
            let (_, invited) = self
                .app
                .post(
                    "/api/v1/staff",
                    Some(self.admin_token()),
                    json!({"name": "認可 別人", "email": format!("authz-{}@hidamari.example", uuid::Uuid::now_v7().simple()),
                        "role": "nurse", "provider_id": self.provider_id}),
                )
                .await;
            let id = invited["staff"]["id"].as_str().expect("an invitation");
            path = path.replace(&self.therapist_id, id);
        }
        if operation == "update_cohort" {
            // A fresh cohort: the demo's keeps its period.
            let (_, cohort) = self
                .app
                .post(
                    "/api/v1/cohorts",
                    Some(self.admin_token()),
                    self.cohort_body("認可の試験の別の教室"),
                )
                .await;
            path = path.replace(&self.cohort_id, cohort["id"].as_str().expect("a cohort"));
        }
        if path.contains("{feed_id}") {
            let (_, feed) = self
                .app
                .post("/api/v1/calendar-feeds", Some(&self.therapist), json!({}))
                .await;
            path = path.replace("{feed_id}", feed["id"].as_str().unwrap());
        }
        if path.contains("{device_id}") && operation == "unbind_family_phone" {
            let family = self.family_phone().await;
            path = path.replace("{device_id}", family["user"]["device_id"].as_str().unwrap());
        }
        if path.contains("{device_id}") {
            let phone = self
                .app
                .enroll_phone(&self.therapist, self.target_id())
                .await;
            path = path.replace("{device_id}", phone["user"]["device_id"].as_str().unwrap());
        }
        path
    }

    /// `If-Match` with the stored version, for the versioned documents.
    async fn headers(&self, operation: &str, path: &str) -> Vec<(&'static str, String)> {
        let version = match operation {
            "save_assessment" | "save_interview" | "save_graduation" | "save_end_explanation" => {
                self.app.get(path, &self.therapist).await.1["version"]
                    .as_i64()
                    .unwrap()
            }
            "save_interest_checklist" => {
                let list = path.rsplit_once('/').unwrap().0;
                self.app.get(list, &self.therapist).await.1["assessment"]["version"]
                    .as_i64()
                    .unwrap()
            }
            "update_place" => {
                let (_, places) = self.app.get("/api/v1/places", &self.therapist).await;
                places
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|p| p["id"] == self.place_id.as_str())
                    .unwrap()["version"]
                    .as_i64()
                    .unwrap()
            }
            "update_goal" => {
                let list = path.rsplit_once('/').unwrap().0;
                let (_, goals) = self.app.get(list, &self.therapist).await;
                goals
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|g| g["id"] == self.goal_id.as_str())
                    .unwrap()["version"]
                    .as_i64()
                    .unwrap()
            }
            _ => return Vec::new(),
        };
        vec![("If-Match", format!("\"{version}\""))]
    }
}

async fn a_family_phone(app: &TestApp, therapist: &str, target_id: &str) -> Value {
    let (status, code) = app
        .post(
            &format!("/api/v1/participants/{target_id}/family-code"),
            Some(therapist),
            json!({"paper_kept_at": "認可の試験の書庫"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{code}");
    let (status, session) = app
        .post("/api/v1/enroll", None, json!({"code": code["code"]}))
        .await;
    assert_eq!(status, StatusCode::OK, "{session}");
    session
}

/// A demo person in the program, with a paper consent to the coordinator, completed: the job
/// runner makes their follow-ups; the first one's id.
async fn a_follow_up(app: &TestApp, therapist: &str, coordinator_id: &str) -> String {
    let (_, list) = app.get("/api/v1/participants", therapist).await;
    let person = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["status"] == "enrolled")
        .nth(1)
        .expect("a second person in the program")["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let (status, consent) = app
        .post(
            &format!("/api/v1/participants/{person}/consents"),
            Some(therapist),
            json!({"purpose": "sc_handoff", "recipient_staff_id": coordinator_id,
                "parts": ["contact"], "method": "paper", "paper_kept_at": "書庫"}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{consent}");
    let (status, done) = app
        .post(
            &format!("/api/v1/participants/{person}/completion"),
            Some(therapist),
            json!({"reason": "認可の試験"}),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{done}");
    let admin = app.token(ADMIN).await;
    for _ in 0..100 {
        let (_, tasks) = app.get("/api/v1/follow-ups", &admin).await;
        if let Some(t) = tasks
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["participant_id"] == person.as_str())
        {
            return t["id"].as_str().unwrap().to_owned();
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("no follow-up was made");
}

#[actix_web::test]
async fn every_operation_is_guarded_for_every_caller() {
    let world = World::new().await;
    let doc: Value = world
        .app
        .client
        .get(format!("{}/api/openapi.json", world.app.url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let target_id = world.target_id().to_owned();
    let target_name = world.target["family_name"].as_str().unwrap().to_owned();
    let mut checked = 0;
    for (template, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let operation = op["operationId"]
                .as_str()
                .expect("every operation has an id");
            let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let mut public_answers = Vec::new();
            for (caller, token) in &world.tokens {
                let expect = expectation(operation, *caller);
                let path = world.path(template, operation).await;
                let headers = world.headers(operation, &path).await;
                let (status, body) = world
                    .app
                    .request_with(
                        method.clone(),
                        &path,
                        token.as_deref(),
                        world.body(operation),
                        &headers,
                    )
                    .await;
                let text = body.to_string();
                let context = format!(
                    "{method} {path} ({operation}) as {caller:?} [{}]: {status} {text}",
                    backend_name()
                );
                assert!(status.as_u16() < 500, "server error: {context}");
                match expect {
                    Allowed => {
                        assert!(status.is_success(), "should be allowed: {context}");
                        if path.contains(&target_id)
                            && method == Method::GET
                            && !path.ends_with("/devices")
                            && !path.ends_with("/screenings")
                            && !path.ends_with("/performance-tests")
                            && !path.ends_with("/prescriptions")
                            && !path.ends_with("/handoffs")
                            && !path.ends_with("/volunteer")
                        {
                            assert!(
                                text.contains(&target_id),
                                "answer about the target: {context}"
                            );
                        }
                    }
                    AllowedWithoutTarget => {
                        assert!(status.is_success(), "should be allowed: {context}");
                        assert!(
                            !text.contains(&target_id) && !text.contains(&target_name),
                            "leaks the target: {context}"
                        );
                    }
                    Reached => {
                        assert!(
                            !matches!(
                                status,
                                StatusCode::UNAUTHORIZED
                                    | StatusCode::FORBIDDEN
                                    | StatusCode::NOT_FOUND
                            ) && !status.is_success(),
                            "should reach the handler and be refused there: {context}"
                        );
                    }
                    Denied => {
                        assert!(
                            matches!(
                                status,
                                StatusCode::UNAUTHORIZED
                                    | StatusCode::FORBIDDEN
                                    | StatusCode::NOT_FOUND
                                    | StatusCode::UNPROCESSABLE_ENTITY
                            ),
                            "should be denied: {context}"
                        );
                        assert!(
                            !text.contains(&target_name),
                            "a refusal must not carry the record: {context}"
                        );
                        assert!(
                            body["error"].is_string(),
                            "errors have one shape: {context}"
                        );
                    }
                    Public => public_answers.push((status, text.clone())),
                }
                checked += 1;
            }
            if !public_answers.is_empty() {
                assert!(
                    public_answers.windows(2).all(|w| w[0] == w[1]),
                    "{operation} answers differently by caller: {public_answers:?}"
                );
            }
        }
    }
    assert!(
        checked >= 52 * CALLERS.len(),
        "only {checked} calls: did the document lose operations?"
    );

    // Nothing was created by a caller who was denied: the only new participants are the
    // three allowed creations (therapist, care manager, municipality), all in this provider.
    let (_, list) = world
        .app
        .get("/api/v1/participants", &world.therapist)
        .await;
    let created = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["family_name"] == "認可")
        .count();
    assert_eq!(created, 3);
}
