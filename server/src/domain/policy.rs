//! Who may do what: one table. Each action a staff member can take is named here, and one
//! `match` says which roles may take it. Whose records they may touch at all (the
//! municipality, the provider, a coordinator's consent) is the visibility rule, kept in the
//! data layer beside every query; this table decides the rest.
//!
//! The data layer asks [`allows`] before it writes; `GET /api/v1/me` hands each staff member
//! their [`capabilities`], so the PWA shows what a person may do without knowing roles; and the
//! authorization test reads its expectations from [`allows`] too.

use serde::Serialize;
use utoipa::ToSchema;

use super::family::DeviceKind;
use super::role::Role;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Register a person referred to the program.
    RegisterParticipant,
    /// Screen with the 基本チェックリスト.
    Screen,
    /// Write the assessment visit (アセスメント訪問).
    EditAssessment,
    /// Fill in the 興味関心チェックシート.
    EditInterestChecklist,
    /// Set goals and their small steps.
    EditGoals,
    /// Make the twelve sessions, move them, choose 通所/訪問, plan a make-up (振替).
    ScheduleSessions,
    /// Record attendance (出席・欠席).
    RecordAttendance,
    /// End the program early (中断) or declare it complete (修了).
    CloseProgram,
    /// Write the interview of a session.
    WriteInterview,
    /// Record the performance tests (体力測定).
    RecordTests,
    /// Prescribe home exercise.
    Prescribe,
    /// Add the municipality's own exercises and their pictures.
    ManageLocalExercises,
    /// Issue the one-time code that binds a participant's phone.
    IssuePhoneCode,
    /// See a participant's phones and stop one.
    ManagePhones,
    /// Print the take-home sheet for a new participant (お渡し用の紙: schedule, place,
    /// graduation day, the provider's phone; the phone code when the caller may issue one).
    PrintTakeHomeSheet,
    /// Send words of recognition (承認) to a participant's phone.
    SendRecognition,
    /// Enter a returned paper log sheet for a participant (代行入力).
    EnterPaperRecords,
    /// See a cohort at a glance.
    ReadCohortOverview,
    /// Check a cohort's staffing against the municipality's rule.
    CheckStaffing,
    /// Read the audit log.
    ReadAudit,
    /// Administer staff: the staff list, invitations, deactivation, password-reset links,
    /// roles, second-factor resets and requirement.
    ManageStaff,
    /// Add, change and deactivate the municipality's providers (事業所).
    ManageProviders,
    /// Plan cohorts (実施期間): provider, period, capacity, the day, time and place.
    ManageCohorts,
    /// Change the municipality's settings (the program-end wording, the staffing rule, the
    /// push contact, closed days).
    ManageSettings,
    /// Run a session day: who is due, attendance in one place, the check before exercise.
    RunSessionDay,
    /// Read the program's outcome figures (counts only, never a person).
    ReadEvaluation,
    /// Record a consent (asked on the phone, on paper, by family) or its withdrawal for a person.
    RecordConsent,
    /// Write the graduation review and summary, and explain the end at 導入.
    ReviewGraduation,
    /// Start a handoff to a 生活支援コーディネーター.
    StartHandoff,
    /// Work one's handoff inbox (acknowledge, contact, propose, trial, connect) — only for
    /// people whose live consent names the caller.
    WorkHandoffs,
    /// Keep the places directory (通いの場・地域資源).
    ManagePlaces,
    /// Add photos of a place in the directory (with the words a screen reader says for each),
    /// remove them and put them in order.
    ManagePlacePhotos,
    /// Decide whether support B/D counts as 卒業 in the municipality.
    SetGraduationRule,
    /// See one's follow-up tasks after the program (a coordinator only through a live
    /// consent, a 包括 their referrals, the municipality all).
    ReadFollowUps,
    /// Record a follow-up (3, 6, 12 months after the program).
    RecordFollowUp,
    /// Give a follow-up task to another staff member.
    AssignFollowUps,
    /// Keep a participant's record: emergency contacts, かかりつけ医, main conditions,
    /// medication, how they come to the sessions.
    EditParticipantRecord,
    /// Print a person's notebook (介護予防手帳) as an A4 booklet for them: the program's staff
    /// and the person's 包括, as for the participant record; never a consent's recipient.
    PrintNotebook,
    /// Read the volunteer registry (担い手): the provider its graduates, a coordinator through a
    /// live `volunteer_registry` consent, the municipality every consented one.
    ReadVolunteers,
    /// Register a graduate as a volunteer, keep their registration, status and activity log.
    RecordVolunteers,
    /// Export the volunteers' activity (ボランティアポイント).
    ExportVolunteerActivity,
    /// See and send the feedback drafted for a person's referrer.
    SendReferrerFeedback,
    /// Receive feedback about people one referred (a 包括 user's inbox).
    ReceiveReferrerFeedback,
    /// Set the outcome figures' indicator and margins, and the cost-effectiveness plan and
    /// unit prices.
    SetEvaluationSettings,
    /// Produce everything dekita holds about one person (開示, 個人情報保護法).
    DisclosePersonalData,
    /// See a person's personal-data requests: corrections and whether use is stopped.
    ReadPrivacyRequests,
    /// Record a correction request (訂正の請求) and how it was handled.
    RecordCorrectionRequest,
    /// Stop use of a person's data (利用停止): no staff read but the administrator's, phones
    /// unbound.
    StopUse,
    /// Lift a stop of use.
    LiftUseStop,
    /// Export a cohort's or a person's records as an HL7 FHIR R4 Bundle.
    ExportFhir,
    /// Record a family member's consent given on paper and issue the code that binds the
    /// family phone (家族).
    BindFamilyPhone,
}

impl Action {
    pub const ALL: [Action; 51] = [
        Action::RegisterParticipant,
        Action::Screen,
        Action::EditAssessment,
        Action::EditInterestChecklist,
        Action::EditGoals,
        Action::ScheduleSessions,
        Action::RecordAttendance,
        Action::CloseProgram,
        Action::WriteInterview,
        Action::RecordTests,
        Action::Prescribe,
        Action::ManageLocalExercises,
        Action::IssuePhoneCode,
        Action::ManagePhones,
        Action::PrintTakeHomeSheet,
        Action::SendRecognition,
        Action::EnterPaperRecords,
        Action::ReadCohortOverview,
        Action::CheckStaffing,
        Action::ReadAudit,
        Action::ManageStaff,
        Action::ManageProviders,
        Action::ManageCohorts,
        Action::ManageSettings,
        Action::RunSessionDay,
        Action::ReadEvaluation,
        Action::RecordConsent,
        Action::ReviewGraduation,
        Action::StartHandoff,
        Action::WorkHandoffs,
        Action::ManagePlaces,
        Action::ManagePlacePhotos,
        Action::SetGraduationRule,
        Action::ReadFollowUps,
        Action::RecordFollowUp,
        Action::AssignFollowUps,
        Action::EditParticipantRecord,
        Action::PrintNotebook,
        Action::ReadVolunteers,
        Action::RecordVolunteers,
        Action::ExportVolunteerActivity,
        Action::SendReferrerFeedback,
        Action::ReceiveReferrerFeedback,
        Action::SetEvaluationSettings,
        Action::DisclosePersonalData,
        Action::ReadPrivacyRequests,
        Action::RecordCorrectionRequest,
        Action::StopUse,
        Action::LiftUseStop,
        Action::ExportFhir,
        Action::BindFamilyPhone,
    ];

    /// The name sent in `capabilities`.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::RegisterParticipant => "register_participant",
            Action::Screen => "screen",
            Action::EditAssessment => "edit_assessment",
            Action::EditInterestChecklist => "edit_interest_checklist",
            Action::EditGoals => "edit_goals",
            Action::ScheduleSessions => "schedule_sessions",
            Action::RecordAttendance => "record_attendance",
            Action::CloseProgram => "close_program",
            Action::WriteInterview => "write_interview",
            Action::RecordTests => "record_tests",
            Action::Prescribe => "prescribe",
            Action::ManageLocalExercises => "manage_local_exercises",
            Action::IssuePhoneCode => "issue_phone_code",
            Action::ManagePhones => "manage_phones",
            Action::PrintTakeHomeSheet => "print_take_home_sheet",
            Action::SendRecognition => "send_recognition",
            Action::EnterPaperRecords => "enter_paper_records",
            Action::ReadCohortOverview => "read_cohort_overview",
            Action::CheckStaffing => "check_staffing",
            Action::ReadAudit => "read_audit",
            Action::ManageStaff => "manage_staff",
            Action::ManageProviders => "manage_providers",
            Action::ManageCohorts => "manage_cohorts",
            Action::ManageSettings => "manage_settings",
            Action::RunSessionDay => "run_session_day",
            Action::ReadEvaluation => "read_evaluation",
            Action::RecordConsent => "record_consent",
            Action::ReviewGraduation => "review_graduation",
            Action::StartHandoff => "start_handoff",
            Action::WorkHandoffs => "work_handoffs",
            Action::ManagePlaces => "manage_places",
            Action::ManagePlacePhotos => "manage_place_photos",
            Action::SetGraduationRule => "set_graduation_rule",
            Action::ReadFollowUps => "read_follow_ups",
            Action::RecordFollowUp => "record_follow_up",
            Action::AssignFollowUps => "assign_follow_ups",
            Action::EditParticipantRecord => "edit_participant_record",
            Action::PrintNotebook => "print_notebook",
            Action::ReadVolunteers => "read_volunteers",
            Action::RecordVolunteers => "record_volunteers",
            Action::ExportVolunteerActivity => "export_volunteer_activity",
            Action::SendReferrerFeedback => "send_referrer_feedback",
            Action::ReceiveReferrerFeedback => "receive_referrer_feedback",
            Action::SetEvaluationSettings => "set_evaluation_settings",
            Action::DisclosePersonalData => "disclose_personal_data",
            Action::ReadPrivacyRequests => "read_privacy_requests",
            Action::RecordCorrectionRequest => "record_correction_request",
            Action::StopUse => "stop_use",
            Action::LiftUseStop => "lift_use_stop",
            Action::ExportFhir => "export_fhir",
            Action::BindFamilyPhone => "bind_family_phone",
        }
    }
}

/// The table: whether `role` may take `action`.
pub fn allows(role: Role, action: Action) -> bool {
    use Role::*;
    match action {
        Action::RegisterParticipant => matches!(role, Therapist | CareManager | MunicipalityAdmin),
        Action::Screen | Action::EditAssessment => matches!(role, Therapist | CareManager),
        Action::EditInterestChecklist
        | Action::EditGoals
        | Action::ScheduleSessions
        | Action::CloseProgram
        | Action::WriteInterview
        | Action::Prescribe
        | Action::IssuePhoneCode
        | Action::BindFamilyPhone => role == Therapist,
        Action::RecordAttendance
        | Action::RecordTests
        | Action::ManagePhones
        | Action::SendRecognition
        | Action::EnterPaperRecords
        | Action::RunSessionDay
        | Action::PrintTakeHomeSheet => matches!(role, Therapist | Nurse),
        Action::ManageLocalExercises | Action::CheckStaffing => {
            matches!(role, Therapist | MunicipalityAdmin)
        }
        Action::ReadCohortOverview => {
            matches!(role, Therapist | Nurse | CareManager | MunicipalityAdmin)
        }
        Action::ReadAudit
        | Action::ManageStaff
        | Action::ReadEvaluation
        | Action::SetGraduationRule
        | Action::SetEvaluationSettings
        | Action::ManageProviders
        | Action::ManageCohorts
        | Action::ManageSettings
        | Action::DisclosePersonalData
        | Action::ReadPrivacyRequests
        | Action::RecordCorrectionRequest
        | Action::StopUse
        | Action::LiftUseStop => role == MunicipalityAdmin,
        Action::RecordConsent | Action::StartHandoff => matches!(role, Therapist | CareManager),
        Action::ReviewGraduation => role == Therapist,
        Action::WorkHandoffs | Action::ManagePlaces | Action::ManagePlacePhotos => {
            role == Coordinator
        }
        Action::ReadFollowUps | Action::RecordFollowUp => {
            matches!(role, Coordinator | CareManager | MunicipalityAdmin)
        }
        Action::AssignFollowUps => role == MunicipalityAdmin,
        Action::EditParticipantRecord | Action::PrintNotebook => {
            matches!(role, Therapist | Nurse | CareManager | MunicipalityAdmin)
        }
        Action::ReadVolunteers => matches!(role, Therapist | Coordinator | MunicipalityAdmin),
        Action::RecordVolunteers => matches!(role, Therapist | Coordinator),
        Action::ExportVolunteerActivity | Action::ExportFhir => role == MunicipalityAdmin,
        Action::SendReferrerFeedback => role == Therapist,
        Action::ReceiveReferrerFeedback => role == CareManager,
    }
}

/// What a bound phone may do. The person's own phone does everything of theirs; a family
/// member's phone (bound with the person's consent) reads the notebook and today's plan and
/// records on the person's behalf — never consents, settings, binding or staff-only data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum PhoneAction {
    /// Read the notebook (read-only) and the municipality's safety limits.
    ReadNotebook,
    /// Read today's plan and what changed (words from staff only on the person's own phone).
    ReadPlan,
    /// Record exercise, activity and readings (from a family phone: on the person's behalf,
    /// each record marked so).
    Record,
    /// What is the person's alone: consents, reminders and push, photos, the home screen,
    /// goals, self-checks, follow-up answers, the volunteer registry.
    ActAsPerson,
    /// Agree to a family phone and get its code, see the family phones, unbind one.
    ManageFamilyPhones,
}

impl PhoneAction {
    pub const ALL: [PhoneAction; 5] = [
        PhoneAction::ReadNotebook,
        PhoneAction::ReadPlan,
        PhoneAction::Record,
        PhoneAction::ActAsPerson,
        PhoneAction::ManageFamilyPhones,
    ];
}

/// The phones' table: whether a phone of `kind` may take `action`.
pub fn phone_allows(kind: DeviceKind, action: PhoneAction) -> bool {
    match action {
        PhoneAction::ReadNotebook | PhoneAction::ReadPlan | PhoneAction::Record => true,
        PhoneAction::ActAsPerson | PhoneAction::ManageFamilyPhones => kind == DeviceKind::Own,
    }
}

/// What a phone may do, in the table's order (sent in `GET /me`).
pub fn phone_capabilities(kind: DeviceKind) -> Vec<PhoneAction> {
    PhoneAction::ALL
        .into_iter()
        .filter(|a| phone_allows(kind, *a))
        .collect()
}

/// What a role may do, by name, in the table's order.
pub fn capabilities(role: Role) -> Vec<Action> {
    Action::ALL
        .into_iter()
        .filter(|a| allows(role, *a))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_a_unique_name_and_someone_who_may_take_it() {
        let mut names: Vec<&str> = Action::ALL.iter().map(|a| a.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Action::ALL.len());
        for action in Action::ALL {
            assert!(
                Role::ALL.iter().any(|r| allows(*r, action)),
                "{action:?} has nobody"
            );
            let json = serde_json::to_value(action).unwrap();
            assert_eq!(json, action.as_str());
        }
    }

    #[test]
    fn the_roles_do_what_the_program_gives_them() {
        use Role::*;
        // The therapist runs the program; the nurse records the day; the 包括 refers and
        // screens; the coordinator only receives (with consent, in the data layer); the municipality
        // administers.
        assert!(capabilities(Therapist).len() > capabilities(Nurse).len());
        assert_eq!(
            capabilities(Nurse),
            vec![
                Action::RecordAttendance,
                Action::RecordTests,
                Action::ManagePhones,
                Action::PrintTakeHomeSheet,
                Action::SendRecognition,
                Action::EnterPaperRecords,
                Action::ReadCohortOverview,
                Action::RunSessionDay,
                Action::EditParticipantRecord,
                Action::PrintNotebook,
            ]
        );
        assert_eq!(
            capabilities(CareManager),
            vec![
                Action::RegisterParticipant,
                Action::Screen,
                Action::EditAssessment,
                Action::ReadCohortOverview,
                Action::RecordConsent,
                Action::StartHandoff,
                Action::ReadFollowUps,
                Action::RecordFollowUp,
                Action::EditParticipantRecord,
                Action::PrintNotebook,
                Action::ReceiveReferrerFeedback,
            ]
        );
        // The coordinator only receives: their inbox, through consent.
        assert_eq!(
            capabilities(Coordinator),
            vec![
                Action::WorkHandoffs,
                Action::ManagePlaces,
                Action::ManagePlacePhotos,
                Action::ReadFollowUps,
                Action::RecordFollowUp,
                Action::ReadVolunteers,
                Action::RecordVolunteers,
            ]
        );
        assert!(allows(MunicipalityAdmin, Action::ReadAudit));
        assert!(allows(Therapist, Action::BindFamilyPhone));
        assert!(!allows(CareManager, Action::BindFamilyPhone));
        assert!(!allows(Therapist, Action::ReadAudit));
        assert!(!allows(MunicipalityAdmin, Action::WriteInterview));
    }

    #[test]
    fn a_family_phone_reads_and_records_and_nothing_more() {
        assert_eq!(
            phone_capabilities(DeviceKind::Family),
            vec![
                PhoneAction::ReadNotebook,
                PhoneAction::ReadPlan,
                PhoneAction::Record
            ]
        );
        assert_eq!(
            phone_capabilities(DeviceKind::Own),
            PhoneAction::ALL.to_vec()
        );
    }
}
