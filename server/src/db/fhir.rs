//! The FHIR R4 export of a cohort or a person, for the municipality. The people are read in
//! batches (keyset on their id) and each batch's records in one query per table, so memory holds
//! one batch, never the whole export; the Bundle is written entry by entry as it goes.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Write;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::audit::{self, Entry as AuditEntry};
use super::schema::{
    cohorts, consents, enrollments, follow_ups, goals, handoffs, interest_checklists,
    municipalities, participants, performance_tests, program_sessions, providers, screenings,
    session_checks, staff,
};
use super::versioned::from_json;
use super::{DbConn, StaffScope};
use crate::domain::fhir::{self, BundleWriter};
use crate::domain::ids::{CohortId, ParticipantId};
use crate::domain::interest::{Mark, OtherMark};
use crate::domain::policy::Action;
use crate::error::AppError;

/// People read per batch.
pub const BATCH: i64 = 100;

/// What to export.
#[derive(Debug, Clone)]
pub enum Target {
    Cohort(CohortId),
    Participant(ParticipantId),
}

/// An export the caller may make: how many people it holds and the file's name.
#[derive(Debug, Clone)]
pub struct Plan {
    pub target: Target,
    pub people: i64,
    pub file_name: String,
}

/// Whether the caller may export `target`: the municipality's administrator, and the cohort or
/// the person belongs to their municipality (anything else is not found).
pub fn plan(conn: &mut DbConn, scope: &StaffScope, target: Target) -> Result<Plan, AppError> {
    scope.may(Action::ExportFhir)?;
    let (people, file_name) = match &target {
        Target::Cohort(id) => {
            let found: i64 = cohorts::table
                .filter(cohorts::id.eq(id))
                .filter(cohorts::municipality_id.eq(&scope.municipality_id))
                .count()
                .get_result(conn)?;
            if found == 0 {
                return Err(AppError::NotFound);
            }
            let people: i64 = enrollments::table
                .filter(enrollments::cohort_id.eq(id))
                .select(diesel::dsl::count(enrollments::participant_id).aggregate_distinct())
                .get_result(conn)?;
            (
                people,
                format!("dekita-fhir-cohort-{}.json", safe(id.as_str())),
            )
        }
        Target::Participant(id) => {
            let found: i64 = participants::table
                .filter(participants::id.eq(id))
                .filter(participants::municipality_id.eq(&scope.municipality_id))
                .count()
                .get_result(conn)?;
            if found == 0 {
                return Err(AppError::NotFound);
            }
            (1, format!("dekita-fhir-person-{}.json", safe(id.as_str())))
        }
    };
    Ok(Plan {
        target,
        people,
        file_name,
    })
}

fn safe(id: &str) -> String {
    id.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect()
}

/// The audit rows an export owes, in the caller's write: one for the export, one per person.
pub fn record(conn: &mut DbConn, scope: &StaffScope, plan: &Plan) -> Result<(), AppError> {
    match &plan.target {
        Target::Participant(id) => audit::record(conn, scope, "fhir.export", Some(id)),
        Target::Cohort(cohort) => {
            audit::record_detail(
                conn,
                scope,
                "fhir.export_cohort",
                None,
                Some(cohort.as_str()),
            )?;
            let mut after = String::new();
            loop {
                let ids = next_batch(conn, scope, &plan.target, &after)?;
                let Some(last) = ids.last() else { break };
                after = last.clone();
                let entries: Vec<AuditEntry> = ids
                    .iter()
                    .map(|id| {
                        AuditEntry::new(
                            scope,
                            "fhir.export",
                            Some(&ParticipantId::from_stored(id.as_str())),
                        )
                    })
                    .collect();
                audit::append(conn, &entries)?;
            }
            Ok(())
        }
    }
}

/// The next batch of people of the export, after the id `after` (keyset paging).
fn next_batch(
    conn: &mut DbConn,
    scope: &StaffScope,
    target: &Target,
    after: &str,
) -> Result<Vec<String>, AppError> {
    Ok(match target {
        Target::Participant(id) => {
            if after.is_empty() {
                participants::table
                    .filter(participants::id.eq(id))
                    .filter(participants::municipality_id.eq(&scope.municipality_id))
                    .select(participants::id)
                    .load(conn)?
            } else {
                Vec::new()
            }
        }
        Target::Cohort(cohort) => participants::table
            .filter(participants::municipality_id.eq(&scope.municipality_id))
            .filter(participants::id.gt(after))
            .filter(
                participants::id.eq_any(
                    enrollments::table
                        .filter(enrollments::cohort_id.eq(cohort))
                        .select(enrollments::participant_id),
                ),
            )
            .select(participants::id)
            .order(participants::id)
            .limit(BATCH)
            .load(conn)?,
    })
}

type ProviderRow = (String, String, String, String);
type StaffRow = (String, String, String, Option<String>);

/// The organizations and staff of the municipality, each written once, when first referred to.
struct Shared {
    municipality_id: String,
    providers: HashMap<String, ProviderRow>,
    staff: HashMap<String, StaffRow>,
    written: HashSet<String>,
}

impl Shared {
    fn provider<W: Write>(&mut self, id: &str, out: &mut BundleWriter<W>) -> std::io::Result<()> {
        if !self.written.insert(format!("o/{id}")) {
            return Ok(());
        }
        let (name, address, phone) = match self.providers.get(id) {
            Some((_, name, address, phone)) => (name.as_str(), address.as_str(), phone.as_str()),
            None => ("事業所", "", ""),
        };
        out.push(&fhir::provider(&fhir::Provider {
            id,
            name,
            address,
            phone,
            municipality_id: &self.municipality_id,
        }))
    }

    fn staff<W: Write>(&mut self, id: &str, out: &mut BundleWriter<W>) -> std::io::Result<()> {
        if !self.written.insert(format!("s/{id}")) {
            return Ok(());
        }
        let row = self.staff.get(id).cloned();
        let (name, role, provider_id) = match &row {
            Some((_, name, role, provider)) => (name.as_str(), role.as_str(), provider.as_deref()),
            None => ("職員", "unknown", None),
        };
        if let Some(p) = provider_id {
            self.provider(p, out)?;
        }
        for e in fhir::staff(&fhir::StaffMember {
            id,
            name,
            role,
            provider_id,
            municipality_id: &self.municipality_id,
        }) {
            out.push(&e)?;
        }
        Ok(())
    }
}

fn group<K: Ord, T>(rows: Vec<T>, key: impl Fn(&T) -> K) -> BTreeMap<K, Vec<T>> {
    let mut map: BTreeMap<K, Vec<T>> = BTreeMap::new();
    for row in rows {
        map.entry(key(&row)).or_default().push(row);
    }
    map
}

fn io(e: std::io::Error) -> AppError {
    AppError::Internal(format!("fhir export: {e}"))
}

type PersonRow = (
    ParticipantId,
    String,
    String,
    String,
    String,
    NaiveDate,
    String,
);
type EnrollmentRow = (
    String,
    String,
    String,
    Option<NaiveDate>,
    Option<NaiveDate>,
    Option<String>,
    NaiveDateTime,
    String,
    String,
);
type SessionRow = (String, i32, NaiveDate, String, String);
type GoalRow = (
    String,
    String,
    String,
    String,
    NaiveDateTime,
    NaiveDateTime,
    String,
    Option<i32>,
    Option<i32>,
    Option<i32>,
    Option<i32>,
    Option<i32>,
);
type TestRow = (
    String,
    i32,
    Option<i32>,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    Option<f64>,
    String,
    NaiveDateTime,
);
type CheckRow = (
    String,
    i32,
    Option<i32>,
    Option<i32>,
    Option<i32>,
    String,
    NaiveDateTime,
);
type ScreeningRow = (
    String,
    String,
    String,
    Option<f64>,
    Option<f64>,
    String,
    NaiveDateTime,
);
type InterestRow = (
    String,
    String,
    Option<NaiveDate>,
    String,
    String,
    String,
    NaiveDateTime,
);
type ConsentRow = (
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    NaiveDate,
    NaiveDate,
    String,
    String,
    String,
    NaiveDateTime,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
);
type HandoffRow = (
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    String,
    NaiveDate,
    String,
    NaiveDateTime,
    NaiveDateTime,
);
type FollowUpRow = (
    String,
    String,
    String,
    i32,
    NaiveDate,
    Option<String>,
    Option<NaiveDate>,
    Option<String>,
    NaiveDateTime,
);

/// Writes the export's Bundle to `out`, batch by batch; answers how many entries it wrote.
/// Call [`plan`] first: this assumes the caller may, and scopes every read to their
/// municipality all the same.
pub fn write_bundle<W: Write>(
    conn: &mut DbConn,
    scope: &StaffScope,
    target: &Target,
    now: NaiveDateTime,
    out: W,
) -> Result<u64, AppError> {
    scope.may(Action::ExportFhir)?;
    let m = scope.municipality_id.as_str();
    let (code, name): (String, String) = municipalities::table
        .filter(municipalities::id.eq(m))
        .select((municipalities::code, municipalities::name))
        .first(conn)?;
    let providers: HashMap<String, ProviderRow> = providers::table
        .filter(providers::municipality_id.eq(m))
        .select((
            providers::id,
            providers::name,
            providers::address,
            providers::phone,
        ))
        .load::<ProviderRow>(conn)?
        .into_iter()
        .map(|r| (r.0.clone(), r))
        .collect();
    let staff: HashMap<String, StaffRow> = staff::table
        .filter(staff::municipality_id.eq(m))
        .select((staff::id, staff::name, staff::role, staff::provider_id))
        .load::<StaffRow>(conn)?
        .into_iter()
        .map(|r| (r.0.clone(), r))
        .collect();
    let mut shared = Shared {
        municipality_id: m.to_owned(),
        providers,
        staff,
        written: HashSet::new(),
    };
    let bundle_id = fhir::urn(
        "Bundle",
        &format!("{m}/{target:?}/{}", now.and_utc().timestamp_micros()),
    );
    let mut w =
        BundleWriter::begin(out, bundle_id.trim_start_matches("urn:uuid:"), now).map_err(io)?;
    w.push(&fhir::municipality(&fhir::Municipality {
        id: m,
        code: &code,
        name: &name,
    }))
    .map_err(io)?;
    w.push(&fhir::kihon_questionnaire()).map_err(io)?;
    w.push(&fhir::interest_questionnaire()).map_err(io)?;

    let mut after = String::new();
    loop {
        let ids = next_batch(conn, scope, target, &after)?;
        let Some(last) = ids.last() else { break };
        after = last.clone();
        write_batch(conn, m, &ids, &mut shared, &mut w)?;
    }
    let entries = w.entries;
    w.finish().map_err(io)?;
    Ok(entries)
}

fn write_batch<W: Write>(
    conn: &mut DbConn,
    m: &str,
    ids: &[String],
    shared: &mut Shared,
    w: &mut BundleWriter<W>,
) -> Result<(), AppError> {
    let people: Vec<PersonRow> = participants::table
        .filter(participants::municipality_id.eq(m))
        .filter(participants::id.eq_any(ids))
        .select((
            participants::id,
            participants::family_name,
            participants::given_name,
            participants::family_name_kana,
            participants::given_name_kana,
            participants::birth_date,
            participants::sex,
        ))
        .order(participants::id)
        .load(conn)?;
    let mut courses = group(
        enrollments::table
            .inner_join(cohorts::table)
            .filter(cohorts::municipality_id.eq(m))
            .filter(enrollments::participant_id.eq_any(ids))
            .select((
                enrollments::id,
                enrollments::participant_id,
                enrollments::status,
                enrollments::started_on,
                enrollments::ended_on,
                enrollments::discontinued_reason,
                enrollments::created_at,
                cohorts::name,
                cohorts::provider_id,
            ))
            .order((enrollments::created_at, enrollments::id))
            .load::<EnrollmentRow>(conn)?,
        |r| r.1.clone(),
    );
    let mut sessions = group(
        program_sessions::table
            .filter(program_sessions::participant_id.eq_any(ids))
            .select((
                program_sessions::participant_id,
                program_sessions::number,
                program_sessions::date,
                program_sessions::kind,
                program_sessions::attendance,
            ))
            .order(program_sessions::number)
            .load::<SessionRow>(conn)?,
        |r| r.0.clone(),
    );
    let mut goal_rows = group(
        goals::table
            .filter(goals::participant_id.eq_any(ids))
            .select((
                goals::id,
                goals::participant_id,
                goals::status,
                goals::text,
                goals::created_at,
                goals::updated_at,
                goals::updated_by,
                goals::gas,
                goals::performance_start,
                goals::satisfaction_start,
                goals::performance_end,
                goals::satisfaction_end,
            ))
            .order(goals::created_at)
            .load::<GoalRow>(conn)?,
        |r| r.1.clone(),
    );
    let mut test_rows = group(
        performance_tests::table
            .filter(performance_tests::participant_id.eq_any(ids))
            .select((
                performance_tests::participant_id,
                performance_tests::session_number,
                performance_tests::chair_stand_30s,
                performance_tests::tug_s,
                performance_tests::one_leg_left_s,
                performance_tests::one_leg_right_s,
                performance_tests::five_sts_s,
                performance_tests::gait_distance_m,
                performance_tests::gait_time_s,
                performance_tests::gait_speed_mps,
                performance_tests::recorded_by,
                performance_tests::recorded_at,
            ))
            .order(performance_tests::session_number)
            .load::<TestRow>(conn)?,
        |r| r.0.clone(),
    );
    let mut checks = group(
        session_checks::table
            .filter(session_checks::participant_id.eq_any(ids))
            .select((
                session_checks::participant_id,
                session_checks::session_number,
                session_checks::systolic,
                session_checks::diastolic,
                session_checks::pulse,
                session_checks::recorded_by,
                session_checks::recorded_at,
            ))
            .order(session_checks::session_number)
            .load::<CheckRow>(conn)?,
        |r| r.0.clone(),
    );
    let mut screening_rows = group(
        screenings::table
            .filter(screenings::participant_id.eq_any(ids))
            .select((
                screenings::id,
                screenings::participant_id,
                screenings::answers,
                screenings::height_cm,
                screenings::weight_kg,
                screenings::screened_by,
                screenings::screened_at,
            ))
            .order(screenings::screened_at)
            .load::<ScreeningRow>(conn)?,
        |r| r.1.clone(),
    );
    let mut interest_rows = group(
        interest_checklists::table
            .filter(interest_checklists::participant_id.eq_any(ids))
            .select((
                interest_checklists::participant_id,
                interest_checklists::phase,
                interest_checklists::filled_on,
                interest_checklists::items,
                interest_checklists::others,
                interest_checklists::updated_by,
                interest_checklists::updated_at,
            ))
            .order(interest_checklists::phase)
            .load::<InterestRow>(conn)?,
        |r| r.0.clone(),
    );
    let mut consent_rows = group(
        consents::table
            .filter(consents::municipality_id.eq(m))
            .filter(consents::participant_id.eq_any(ids))
            .select((
                consents::id,
                consents::participant_id,
                consents::purpose,
                consents::recipient_staff_id,
                consents::recipient_team,
                consents::parts,
                consents::valid_from,
                consents::valid_until,
                consents::method,
                consents::state,
                consents::wording_version,
                consents::created_at,
                consents::given_at,
                consents::withdrawn_at,
            ))
            .order(consents::created_at)
            .load::<ConsentRow>(conn)?,
        |r| r.1.clone(),
    );
    let mut handoff_rows = group(
        handoffs::table
            .filter(handoffs::municipality_id.eq(m))
            .filter(handoffs::participant_id.eq_any(ids))
            .select((
                handoffs::id,
                handoffs::participant_id,
                handoffs::coordinator_id,
                handoffs::consent_id,
                handoffs::state,
                handoffs::reason,
                handoffs::note,
                handoffs::sent_on,
                handoffs::created_by,
                handoffs::created_at,
                handoffs::updated_at,
            ))
            .order(handoffs::created_at)
            .load::<HandoffRow>(conn)?,
        |r| r.1.clone(),
    );
    let mut follow_up_rows = group(
        follow_ups::table
            .filter(follow_ups::municipality_id.eq(m))
            .filter(follow_ups::participant_id.eq_any(ids))
            .select((
                follow_ups::id,
                follow_ups::enrollment_id,
                follow_ups::participant_id,
                follow_ups::months,
                follow_ups::due_on,
                follow_ups::assigned_staff_id,
                follow_ups::done_on,
                follow_ups::status,
                follow_ups::created_at,
            ))
            .order(follow_ups::due_on)
            .load::<FollowUpRow>(conn)?,
        |r| r.2.clone(),
    );

    for p in &people {
        let pid = p.0.as_str();
        w.push(&fhir::patient(&fhir::Person {
            id: pid,
            family_name: &p.1,
            given_name: &p.2,
            family_name_kana: &p.3,
            given_name_kana: &p.4,
            birth_date: p.5,
            sex: &p.6,
            municipality_id: m,
        }))
        .map_err(io)?;
        let courses = courses.remove(pid).unwrap_or_default();
        let mut enrollment_ids = HashSet::new();
        for c in &courses {
            shared.provider(&c.8, w).map_err(io)?;
            enrollment_ids.insert(c.0.clone());
            w.push(&fhir::episode(&fhir::Course {
                id: &c.0,
                participant_id: &p.0,
                cohort_name: &c.7,
                provider_id: &c.8,
                status: &c.2,
                started_on: c.3,
                ended_on: c.4,
                discontinued_reason: c.5.as_deref(),
            }))
            .map_err(io)?;
        }
        // The sessions belong to the person's latest course.
        let latest = courses.last();
        let over = latest.is_some_and(|c| matches!(c.2.as_str(), "completed" | "discontinued"));
        let mut dates: HashMap<i32, NaiveDate> = HashMap::new();
        let mut held: HashSet<i32> = HashSet::new();
        if let Some(course) = latest {
            for s in sessions.remove(pid).unwrap_or_default() {
                dates.insert(s.1, s.2);
                held.insert(s.1);
                w.push(&fhir::encounter(&fhir::Session {
                    participant_id: &p.0,
                    enrollment_id: &course.0,
                    provider_id: &course.8,
                    number: s.1,
                    date: s.2,
                    kind: &s.3,
                    attendance: &s.4,
                }))
                .map_err(io)?;
            }
        }
        for g in goal_rows.remove(pid).unwrap_or_default() {
            shared.staff(&g.6, w).map_err(io)?;
            for e in fhir::goal(&fhir::GoalRecord {
                id: &g.0,
                participant_id: &p.0,
                status: &g.2,
                text: &g.3,
                created_at: g.4,
                updated_at: g.5,
                updated_by: &g.6,
                gas: g.7,
                performance_start: g.8,
                satisfaction_start: g.9,
                performance_end: g.10,
                satisfaction_end: g.11,
                course_over: over,
            }) {
                w.push(&e).map_err(io)?;
            }
        }
        for t in test_rows.remove(pid).unwrap_or_default() {
            if !held.contains(&t.1) {
                continue; // no session to hang the tests on
            }
            shared.staff(&t.10, w).map_err(io)?;
            for e in fhir::tests(&fhir::Tests {
                participant_id: &p.0,
                session_number: t.1,
                date: dates.get(&t.1).copied(),
                recorded_at: t.11,
                recorded_by: &t.10,
                chair_stand_30s: t.2,
                tug_s: t.3,
                one_leg_left_s: t.4,
                one_leg_right_s: t.5,
                five_sts_s: t.6,
                gait_distance_m: t.7,
                gait_time_s: t.8,
                gait_speed_mps: t.9,
            }) {
                w.push(&e).map_err(io)?;
            }
        }
        for v in checks.remove(pid).unwrap_or_default() {
            if !held.contains(&v.1) {
                continue;
            }
            shared.staff(&v.5, w).map_err(io)?;
            for e in fhir::vitals(&fhir::Vitals {
                participant_id: &p.0,
                session_number: v.1,
                date: dates.get(&v.1).copied(),
                recorded_at: v.6,
                recorded_by: &v.5,
                systolic: v.2,
                diastolic: v.3,
                pulse: v.4,
            }) {
                w.push(&e).map_err(io)?;
            }
        }
        for s in screening_rows.remove(pid).unwrap_or_default() {
            shared.staff(&s.5, w).map_err(io)?;
            for e in fhir::screening(&fhir::Screening {
                id: &s.0,
                participant_id: &p.0,
                answers: super::screenings::answers_from_text(&s.2),
                height_cm: s.3,
                weight_kg: s.4,
                screened_at: s.6,
                screened_by: &s.5,
            }) {
                w.push(&e).map_err(io)?;
            }
        }
        for i in interest_rows.remove(pid).unwrap_or_default() {
            shared.staff(&i.5, w).map_err(io)?;
            let items: Vec<Mark> = from_json(&i.3)?;
            let others: Vec<OtherMark> = from_json(&i.4)?;
            w.push(&fhir::interest_sheet(&fhir::InterestSheet {
                participant_id: &p.0,
                phase: &i.1,
                filled_on: i.2,
                updated_at: i.6,
                updated_by: &i.5,
                items,
                others,
            }))
            .map_err(io)?;
        }
        let consent_list = consent_rows.remove(pid).unwrap_or_default();
        let consent_ids: HashSet<&str> = consent_list.iter().map(|c| c.0.as_str()).collect();
        for c in &consent_list {
            if let Some(s) = &c.3 {
                shared.staff(s, w).map_err(io)?;
            }
            let parts: Vec<String> = from_json(&c.5)?;
            w.push(&fhir::consent(&fhir::ConsentRecord {
                id: &c.0,
                participant_id: &p.0,
                municipality_id: m,
                purpose: &c.2,
                recipient_staff_id: c.3.as_deref(),
                recipient_team: c.4.as_deref(),
                parts: parts.iter().map(String::as_str).collect(),
                valid_from: c.6,
                valid_until: c.7,
                method: &c.8,
                state: &c.9,
                wording_version: &c.10,
                created_at: c.11,
                given_at: c.12,
                withdrawn_at: c.13,
            }))
            .map_err(io)?;
        }
        for h in handoff_rows.remove(pid).unwrap_or_default() {
            if !consent_ids.contains(h.3.as_str()) {
                continue; // a handoff always stands on a consent of the person
            }
            shared.staff(&h.2, w).map_err(io)?;
            shared.staff(&h.8, w).map_err(io)?;
            for e in fhir::handoff(&fhir::Handoff {
                id: &h.0,
                participant_id: &p.0,
                coordinator_id: &h.2,
                consent_id: &h.3,
                state: &h.4,
                reason: h.5.as_deref(),
                note: &h.6,
                sent_on: h.7,
                created_by: &h.8,
                created_at: h.9,
                updated_at: h.10,
            }) {
                w.push(&e).map_err(io)?;
            }
        }
        for f in follow_up_rows.remove(pid).unwrap_or_default() {
            if !enrollment_ids.contains(&f.1) {
                continue;
            }
            if let Some(s) = &f.5 {
                shared.staff(s, w).map_err(io)?;
            }
            w.push(&fhir::follow_up(&fhir::FollowUp {
                id: &f.0,
                enrollment_id: &f.1,
                participant_id: &p.0,
                months: f.3,
                due_on: f.4,
                assigned_staff_id: f.5.as_deref(),
                done_on: f.6,
                status: f.7.as_deref(),
                created_at: f.8,
            }))
            .map_err(io)?;
        }
    }
    Ok(())
}
