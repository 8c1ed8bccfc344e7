//! A cohort at a glance: who is where, who needs attention, the graduation days and the
//! staffing check — a handful of batched queries whatever the cohort's size.

use chrono::NaiveDate;
use diesel::prelude::*;

use std::collections::{HashMap, HashSet};

use super::audit::Audited;
use super::participants::visible_in_cohort;
use super::schema::{cohorts, enrollments, participants, program_sessions, providers};
use super::sessions::{stored_status, Planned};
use super::{audit, cohorts as cohort_db, goals, DbConn, StaffScope};
use crate::domain::attention::{
    self, Attention, AttentionKind, GoalFact, PersonFacts, SessionFact,
};
use crate::domain::enrollment::EnrollmentStatus;
use crate::domain::ids::{CohortId, ParticipantId};
use crate::domain::policy::Action;
use crate::domain::sessions::{Attendance, Kind};
use crate::domain::staffing;
use crate::error::AppError;
use crate::wire::overview::{CohortFacts, GraduationDay, Overview, OverviewPerson, StaffingInput};
use crate::wire::participants::NextSession;

// --- a cohort at a glance ---

fn cohort_facts(conn: &mut DbConn, cohort_id: &CohortId) -> Result<CohortFacts, AppError> {
    type Row = (
        CohortId,
        String,
        String,
        NaiveDate,
        NaiveDate,
        i32,
        f64,
        i32,
        i32,
        i32,
    );
    let (id, name, provider_name, starts_on, ends_on, capacity, room, therapists, nurses, aides): Row =
        cohorts::table
            .inner_join(providers::table)
            .filter(cohorts::id.eq(cohort_id))
            .select((
                cohorts::id,
                cohorts::name,
                providers::name,
                cohorts::starts_on,
                cohorts::ends_on,
                cohorts::capacity,
                cohorts::room_area_m2,
                cohorts::therapists,
                cohorts::nurses,
                cohorts::aides,
            ))
            .first(conn)?;
    Ok(CohortFacts {
        id,
        name,
        provider_name,
        starts_on,
        ends_on,
        capacity,
        room_area_m2: room,
        therapists,
        nurses,
        aides,
    })
}

/// Who is where, who needs attention, the graduation dates and the staffing check. Audited.
pub fn overview(
    conn: &mut DbConn,
    scope: &StaffScope,
    cohort_id: &CohortId,
) -> Result<Audited<Overview>, AppError> {
    cohort_db::get(conn, scope, cohort_id)?;
    scope.may(Action::ReadCohortOverview)?;
    let seen = audit::Entry::new(scope, "cohort.overview", None);
    Ok(Audited::new(build_overview(conn, scope, cohort_id)?, seen))
}

/// The overview in a handful of queries whatever the cohort's size (see [`people_states`]).
fn build_overview(
    conn: &mut DbConn,
    scope: &StaffScope,
    cohort_id: &CohortId,
) -> Result<Overview, AppError> {
    let ids = visible_in_cohort(conn, scope, cohort_id)?;
    let cohort = cohort_facts(conn, cohort_id)?;
    let rule = super::admin::staffing_rule(conn, &scope.municipality_id)?;
    let staffing = staffing::check(
        rule,
        &staffing::Staffing {
            places: cohort.capacity,
            room_area_m2: cohort.room_area_m2,
            therapists: cohort.therapists,
            nurses: cohort.nurses,
            aides: cohort.aides,
        },
    );
    let mut out = Vec::with_capacity(ids.len());
    let mut graduations: Vec<GraduationDay> = Vec::new();
    for person in people_states(conn, scope, &ids)? {
        let PersonState {
            id,
            family,
            given,
            status_text,
            status,
            plan,
            attention,
        } = person;
        let graduation_date = plan.last().map(|p| p.date);
        if let Some(date) = graduation_date.filter(|_| status == EnrollmentStatus::Enrolled) {
            match graduations.iter_mut().find(|g| g.date == date) {
                Some(g) => g.count += 1,
                None => graduations.push(GraduationDay { date, count: 1 }),
            }
        }
        out.push(OverviewPerson {
            display_name: format!("{family} {given}"),
            sessions_attended: plan
                .iter()
                .filter(|p| p.attendance == Attendance::Attended)
                .count() as u32,
            next_session: (status == EnrollmentStatus::Enrolled)
                .then(|| {
                    plan.iter()
                        .find(|p| p.attendance == Attendance::Planned)
                        .map(|p| NextSession {
                            number: p.number as u32,
                            date: p.date,
                        })
                })
                .flatten(),
            graduation_date,
            attention,
            status: status_text,
            id,
        });
    }
    graduations.sort_by_key(|g| g.date);
    Ok(Overview {
        cohort,
        staffing,
        participants: out,
        graduations,
    })
}

/// Where one person is, and what needs attention.
struct PersonState {
    id: ParticipantId,
    family: String,
    given: String,
    status_text: String,
    status: EnrollmentStatus,
    plan: Vec<Planned>,
    attention: Vec<Attention>,
}

/// Of the given (already visible) people, those with at least one attention item — the
/// participant list's 要確認 filter. The same batched queries as the overview.
pub(super) fn needing_attention(
    conn: &mut DbConn,
    scope: &StaffScope,
    ids: &[ParticipantId],
) -> Result<HashSet<ParticipantId>, AppError> {
    // A batch at a time: the ids are bound one by one, and the municipality's everyone can be
    // more than the databases take in one statement.
    let mut flagged = HashSet::new();
    for batch in ids.chunks(super::ID_BATCH) {
        flagged.extend(
            people_states(conn, scope, batch)?
                .into_iter()
                .filter(|p| !p.attention.is_empty())
                .map(|p| p.id),
        );
    }
    Ok(flagged)
}

/// The state and attention items of several people (visibility already checked), in kana
/// order, in a handful of queries whatever their number: each kind of fact is loaded for
/// every person at once, and of the daily records only the days since each person's last
/// session (with the last day of any record, for those with none since).
fn people_states(
    conn: &mut DbConn,
    scope: &StaffScope,
    ids: &[ParticipantId],
) -> Result<Vec<PersonState>, AppError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let people: Vec<(ParticipantId, String, String, String, Option<NaiveDate>)> =
        participants::table
            .inner_join(enrollments::table)
            .filter(participants::id.eq_any(ids))
            .order((
                participants::family_name_kana,
                participants::given_name_kana,
            ))
            .select((
                participants::id,
                participants::family_name,
                participants::given_name,
                enrollments::status,
                enrollments::started_on,
            ))
            .load(conn)?;
    let mut goal_steps: HashMap<ParticipantId, Vec<GoalFact>> = HashMap::new();
    for (pid, text, steps) in goals::active_step_counts(conn, ids)? {
        goal_steps
            .entry(pid)
            .or_default()
            .push(GoalFact { text, steps });
    }
    let mut plans = planned_of(conn, ids)?;
    // The daily records: the last day anything was recorded, and pain since the last
    // session attended (or the start).
    let since: HashMap<ParticipantId, NaiveDate> = people
        .iter()
        .filter_map(|(id, _, _, _, started_on)| {
            plans
                .get(id)
                .and_then(|plan| {
                    plan.iter()
                        .filter(|p| p.attendance == Attendance::Attended)
                        .map(|p| p.date)
                        .next_back()
                })
                .or(*started_on)
                .map(|day| (id.clone(), day))
        })
        .collect();
    let today = scope.today;
    let limits = super::notebook::thresholds(conn, &scope.municipality_id)?;
    // After 修了 what a person records is theirs: shown only under a consent that shares
    // follow-up results, as on their day-to-day (`consents::staff_sees_until`).
    let cut = super::consents::staff_sees_until_many(conn, scope, ids)?;
    let mut signals = record_signals(conn, &since, &cut, today, &limits)?;
    // The exit: the end explained at 導入, and handoffs waiting for the coordinator.
    let explained = super::graduation::explained(conn, ids)?;
    let overdue = super::handoffs::overdue_people(conn, ids, today)?;
    let mut out = Vec::with_capacity(people.len());
    for (id, family, given, status_text, started_on) in people {
        let status = stored_status(&status_text)?;
        let plan = plans.remove(&id).unwrap_or_default();
        let facts: Vec<SessionFact> = plan
            .iter()
            .map(|p| SessionFact {
                number: p.number as u32,
                date: p.date,
                attendance: p.attendance,
            })
            .collect();
        let goals = goal_steps.remove(&id).unwrap_or_default();
        let records = since
            .contains_key(&id)
            .then(|| signals.remove(&id).unwrap_or_default());
        let mut attention = attention::rules(
            &PersonFacts {
                status,
                started_on,
                sessions: &facts,
                active_goals: &goals,
                records,
            },
            today,
        );
        let held = plan.iter().filter(|p| p.date <= today).count() as u32;
        if status == EnrollmentStatus::Enrolled
            && crate::domain::graduation::explanation_missing(explained.contains(&id), held)
        {
            attention.push(Attention {
                kind: AttentionKind::EndNotExplained,
                message: "教室の期間と卒業（終わり）の説明が、まだ記録されていません。".to_owned(),
            });
        }
        for (_, sent_on) in overdue.iter().filter(|(pid, _)| *pid == id) {
            attention.push(Attention {
                kind: AttentionKind::HandoffNotAcknowledged,
                message: format!(
                    "{sent_on}に送った生活支援コーディネーターへのつなぎが、7日を過ぎても受け取られていません。"
                ),
            });
        }
        out.push(PersonState {
            id,
            family,
            given,
            status_text,
            status,
            plan,
            attention,
        });
    }
    Ok(out)
}

/// The schedules of several people, in order, in one query.
fn planned_of(
    conn: &mut DbConn,
    ids: &[ParticipantId],
) -> Result<HashMap<ParticipantId, Vec<Planned>>, AppError> {
    type Row = (
        ParticipantId,
        i32,
        NaiveDate,
        String,
        String,
        i32,
        Option<NaiveDate>,
    );
    let rows: Vec<Row> = program_sessions::table
        .filter(program_sessions::participant_id.eq_any(ids))
        .order((program_sessions::participant_id, program_sessions::number))
        .select((
            program_sessions::participant_id,
            program_sessions::number,
            program_sessions::date,
            program_sessions::kind,
            program_sessions::attendance,
            program_sessions::makeups,
            program_sessions::missed_on,
        ))
        .load(conn)?;
    let mut plans: HashMap<ParticipantId, Vec<Planned>> = HashMap::new();
    for (pid, number, date, kind, attendance, makeups, missed_on) in rows {
        plans.entry(pid).or_default().push(Planned {
            number,
            date,
            kind: Kind::from_text(&kind)?,
            attendance: Attendance::from_text(&attendance)?,
            makeups,
            missed_on,
        });
    }
    Ok(plans)
}

/// For each person, from the day given on: the last day any record was kept (a retracted
/// record and the retractions themselves do not count) and the 「痛い」 flags up to today.
/// Records after a person's day in `cut` (the last day staff may see) are left out.
/// Four queries at most, whatever the number of people: the retractions, the records since
/// the earliest of the days, and — only for those with no record since their day — the last
/// day of any record (those with a cut, the days of their records up to the latest cut).
fn record_signals(
    conn: &mut DbConn,
    since: &HashMap<ParticipantId, NaiveDate>,
    cut: &HashMap<ParticipantId, NaiveDate>,
    today: NaiveDate,
    limits: &crate::domain::safety::Thresholds,
) -> Result<HashMap<ParticipantId, attention::RecordFacts>, AppError> {
    use super::schema::events;
    let ids: Vec<&ParticipantId> = since.keys().collect();
    let Some(earliest) = since.values().min().copied() else {
        return Ok(HashMap::new());
    };
    let retracted: HashSet<(ParticipantId, String)> = events::table
        .filter(events::participant_id.eq_any(&ids))
        .filter(events::retracts.is_not_null())
        .select((events::participant_id, events::retracts))
        .load::<(ParticipantId, Option<String>)>(conn)?
        .into_iter()
        .filter_map(|(pid, target)| target.map(|t| (pid, t)))
        .collect();
    let recent: Vec<(ParticipantId, String, String, NaiveDate, String)> = events::table
        .filter(events::participant_id.eq_any(&ids))
        .filter(events::local_date.ge(earliest))
        .filter(events::kind.ne("retraction"))
        .select((
            events::participant_id,
            events::client_id,
            events::kind,
            events::local_date,
            events::payload,
        ))
        .load(conn)?;
    let mut out: HashMap<ParticipantId, attention::RecordFacts> = HashMap::new();
    for (pid, client_id, kind, date, payload) in recent {
        let Some(from) = since.get(&pid) else {
            continue;
        };
        let hidden_after = cut.get(&pid).is_some_and(|last| date > *last);
        if date < *from || hidden_after || retracted.contains(&(pid.clone(), client_id)) {
            continue;
        }
        let pain = kind == "exercise_flag"
            && date <= today
            && serde_json::from_str::<serde_json::Value>(&payload)
                .ok()
                .and_then(|p| p.get("flag").and_then(|f| f.as_str()).map(|f| f == "pain"))
                .unwrap_or(false);
        let unsafe_reading = kind == "measurement"
            && date <= today
            && match crate::domain::events::Record::from_stored(&kind, &payload) {
                Ok(crate::domain::events::Record::Measurement {
                    systolic,
                    diastolic,
                    pulse,
                    ..
                }) => {
                    let reading = crate::domain::safety::Reading {
                        systolic,
                        diastolic,
                        pulse,
                        ..Default::default()
                    };
                    !crate::domain::safety::judge(&reading, limits).is_fine()
                }
                _ => false,
            };
        let facts = out.entry(pid).or_default();
        facts.last_record_on = facts.last_record_on.max(Some(date));
        if unsafe_reading {
            facts.unsafe_reading_on = facts.unsafe_reading_on.max(Some(date));
        }
        facts.pain_flags_since_last_session += u32::from(pain);
    }
    // Nothing since their day: the last record may be older.
    let quiet: Vec<&ParticipantId> = ids
        .iter()
        .copied()
        .filter(|id| !out.contains_key(*id))
        .collect();
    let hidden: Vec<&String> = retracted
        .iter()
        .filter(|(pid, _)| quiet.contains(&pid))
        .map(|(_, target)| target)
        .collect();
    let (quiet_cut, quiet_whole): (Vec<&ParticipantId>, Vec<&ParticipantId>) =
        quiet.iter().partition(|id| cut.contains_key(**id));
    if !quiet_whole.is_empty() {
        let last: Vec<(ParticipantId, Option<NaiveDate>)> = events::table
            .filter(events::participant_id.eq_any(&quiet_whole))
            .filter(events::kind.ne("retraction"))
            .filter(events::client_id.ne_all(&hidden))
            .group_by(events::participant_id)
            .select((events::participant_id, diesel::dsl::max(events::local_date)))
            .load(conn)?;
        for (pid, day) in last {
            out.entry(pid).or_default().last_record_on = day;
        }
    }
    if let Some(latest_cut) = quiet_cut.iter().filter_map(|id| cut.get(*id)).max() {
        // The days (not the records) up to the latest cut; each person's own cut applied here.
        let days: Vec<(ParticipantId, NaiveDate)> = events::table
            .filter(events::participant_id.eq_any(&quiet_cut))
            .filter(events::kind.ne("retraction"))
            .filter(events::client_id.ne_all(&hidden))
            .filter(events::local_date.le(latest_cut))
            .select((events::participant_id, events::local_date))
            .distinct()
            .load(conn)?;
        for (pid, day) in days {
            if cut.get(&pid).is_some_and(|last| day <= *last) {
                let facts = out.entry(pid).or_default();
                facts.last_record_on = facts.last_record_on.max(Some(day));
            }
        }
    }
    Ok(out)
}

pub fn set_staffing(
    conn: &mut DbConn,
    scope: &StaffScope,
    cohort_id: &CohortId,
    input: &StaffingInput,
) -> Result<Overview, AppError> {
    cohort_db::get(conn, scope, cohort_id)?;
    scope.may(Action::CheckStaffing)?;
    if !(1..=100).contains(&input.capacity) {
        return Err(AppError::validation("定員は1〜100名で入力してください。"));
    }
    if !input.room_area_m2.is_finite() || !(1.0..=10_000.0).contains(&input.room_area_m2) {
        return Err(AppError::validation("部屋の広さ（m²）をご確認ください。"));
    }
    for (n, what) in [
        (input.therapists, "リハ職"),
        (input.nurses, "看護職員"),
        (input.aides, "補助スタッフ"),
    ] {
        if !(0..=50).contains(&n) {
            return Err(AppError::validation(format!(
                "{what}の人数は0〜50名で入力してください。"
            )));
        }
    }
    diesel::update(cohorts::table.filter(cohorts::id.eq(cohort_id)))
        .set((
            cohorts::capacity.eq(input.capacity),
            cohorts::room_area_m2.eq(input.room_area_m2),
            cohorts::therapists.eq(input.therapists),
            cohorts::nurses.eq(input.nurses),
            cohorts::aides.eq(input.aides),
        ))
        .execute(conn)?;
    audit::record(conn, scope, "cohort.staffing", None)?;
    audit::record(conn, scope, "cohort.overview", None)?;
    build_overview(conn, scope, cohort_id)
}
