//! Follow-up after the program (フォローアップ): the tasks at 3, 6 and 12 months and what each
//! records. Ending a program queues one job (`followups:{enrollment}`); the job runner creates
//! the three tasks, each once (the key (enrollment, months) is unique, so two servers on one
//! database agree). A task falls to the coordinator with a live `sc_handoff` consent, else the
//! referring 包括, else the municipality; the municipality may reassign it; a withdrawn consent
//! moves the open tasks resting on it to the 包括 (or the municipality).
//!
//! Who sees a task: a coordinator only the tasks given to them while the consent is live; a
//! 包括 the tasks of the people they referred; the municipality every task (and so the
//! escalated ones). Every list is audited, one row per person shown.

use chrono::NaiveDate;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::audit::{Audited, Entry};
use super::consents;
use super::schema::{
    enrollments, follow_up_self_reports, follow_ups, handoffs, participants,
    place_attendance_checks, places, staff,
};
use super::scope::{ParticipantScope, StaffScope};
use super::{new_id, now, DbConn};
use crate::domain::consent::{self as consent_rules, Purpose, Standing};
use crate::domain::followup::{
    self as rules, Assignee, Findings, Keeping, LifeEvent, Method, Outings, Service, Status,
};
use crate::domain::ids::{MunicipalityId, ParticipantId, StaffId};
use crate::domain::policy::Action;
use crate::domain::role::Role;
use crate::domain::text::TextEnum;
use crate::error::AppError;
use crate::jobs::queue;
use crate::wire::followups::{
    AttentionTask, FollowUp, FollowUpInput, MyFollowUp, Reassignment, SelfReport, SelfReportInput,
};

/// The job's kind in the jobs table.
pub const JOB_KIND: &str = "followups";

#[derive(Debug, Serialize, Deserialize)]
struct JobPayload {
    enrollment_id: String,
    ended_on: NaiveDate,
}

/// Queues the creation of the three tasks for the program that just ended, in the caller's
/// write (so the tasks come if and only if the end is stored). Repeating it is harmless.
pub fn schedule(conn: &mut DbConn, participant_id: &ParticipantId) -> Result<(), AppError> {
    let (enrollment_id, ended_on): (String, Option<NaiveDate>) = enrollments::table
        .filter(enrollments::participant_id.eq(participant_id))
        .select((enrollments::id, enrollments::ended_on))
        .first(conn)?;
    let Some(ended_on) = ended_on else {
        return Err(AppError::Internal(
            "an ended program without its end".into(),
        ));
    };
    let payload = serde_json::to_string(&JobPayload {
        enrollment_id: enrollment_id.clone(),
        ended_on,
    })
    .map_err(|e| AppError::Internal(format!("json: {e}")))?;
    queue::insert_kind(
        conn,
        JOB_KIND,
        participant_id,
        &payload,
        &format!("followups:{enrollment_id}"),
        now(),
    )
}

/// The referring 包括 (an active care manager), if any.
fn referrer_of(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<Option<StaffId>, AppError> {
    Ok(participants::table
        .inner_join(staff::table.on(staff::id.nullable().eq(participants::referred_by_staff_id)))
        .filter(participants::id.eq(participant_id))
        .filter(staff::role.eq(Role::CareManager.as_str()))
        .filter(staff::active.eq(true))
        .select(staff::id)
        .first(conn)
        .optional()?)
}

/// Who a task due on `due` falls to on `today` when nothing is stored yet: the coordinator of
/// a consent that carries it, else the referring 包括, else the municipality.
fn assignee_for(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    today: NaiveDate,
    due: NaiveDate,
) -> Result<(Assignee, Option<String>), AppError> {
    let facts = consents::facts_of(conn, participant_id)?;
    let referrer = referrer_of(conn, participant_id)?;
    let made = rules::assignee(None, referrer.clone());
    Ok(rules::holder(&made, None, &facts, referrer, today, due))
}

/// What the holder of a person's open tasks is decided from, read once per person.
type Basis = (Vec<(String, consent_rules::Facts)>, Option<StaffId>);

fn stored_assignee(kind: &str, staff_id: Option<&StaffId>) -> Assignee {
    match (kind, staff_id) {
        ("coordinator", Some(s)) => Assignee::Coordinator(s.clone()),
        ("care_manager", Some(s)) => Assignee::CareManager(s.clone()),
        _ => Assignee::Municipality,
    }
}

/// Puts the holder of an open task on `today` in its row, decided from the consents as they
/// stand (`rules::holder`), not from what was stored when the task was made: a consent that
/// begins next month gives the task to its coordinator from that day, with no job run.
fn resolve(
    conn: &mut DbConn,
    basis: &mut std::collections::HashMap<ParticipantId, Basis>,
    row: &mut Row,
    today: NaiveDate,
) -> Result<(), AppError> {
    if row.7.is_some() {
        // Done: it stays with whoever did it.
        return Ok(());
    }
    if !basis.contains_key(&row.1) {
        let facts = consents::facts_of(conn, &row.1)?;
        let referrer = referrer_of(conn, &row.1)?;
        basis.insert(row.1.clone(), (facts, referrer));
    }
    let (facts, referrer) = &basis[&row.1];
    let stored = stored_assignee(&row.4, row.5.as_ref());
    let (who, consent) = rules::holder(
        &stored,
        row.6.as_deref(),
        facts,
        referrer.clone(),
        today,
        row.3,
    );
    let (kind, staff_id) = assignee_columns(&who);
    row.4 = kind.to_owned();
    row.5 = staff_id;
    row.6 = consent;
    Ok(())
}

fn assignee_columns(who: &Assignee) -> (&'static str, Option<StaffId>) {
    match who {
        Assignee::Coordinator(s) => ("coordinator", Some(s.clone())),
        Assignee::CareManager(s) => ("care_manager", Some(s.clone())),
        Assignee::Municipality => ("municipality", None),
    }
}

/// The job: creates the three tasks (those that exist already stay as they are).
pub fn create_tasks(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    payload: &str,
) -> Result<usize, AppError> {
    let job: JobPayload = serde_json::from_str(payload)
        .map_err(|e| AppError::Internal(format!("job payload: {e}")))?;
    make_tasks(conn, participant_id, &job.enrollment_id, job.ended_on)
}

/// The three tasks of one enrollment that ended on `ended_on` (those that exist stay).
pub(super) fn make_tasks(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    enrollment_id: &str,
    ended_on: NaiveDate,
) -> Result<usize, AppError> {
    let municipality: MunicipalityId = participants::table
        .filter(participants::id.eq(participant_id))
        .select(participants::municipality_id)
        .first(conn)?;
    let at = now();
    let mut created = 0;
    for (months, due) in rules::schedule(ended_on) {
        let (who, consent_id) = assignee_for(conn, participant_id, ended_on, due)?;
        let (kind, staff_id) = assignee_columns(&who);
        let values = (
            follow_ups::id.eq(new_id()),
            follow_ups::enrollment_id.eq(enrollment_id),
            follow_ups::participant_id.eq(participant_id),
            follow_ups::municipality_id.eq(&municipality),
            follow_ups::months.eq(months as i32),
            follow_ups::due_on.eq(due),
            follow_ups::assignee_kind.eq(kind),
            follow_ups::assigned_staff_id.eq(staff_id.clone()),
            follow_ups::consent_id.eq(consent_id.clone()),
            follow_ups::created_at.eq(at),
            follow_ups::updated_at.eq(at),
        );
        let statement = diesel::insert_into(follow_ups::table)
            .values(values)
            .on_conflict((follow_ups::enrollment_id, follow_ups::months))
            .do_nothing();
        created += match conn {
            DbConn::Postgres(pg) => statement.execute(pg)?,
            DbConn::Sqlite(sqlite) => statement.execute(sqlite)?,
        };
    }
    Ok(created)
}

/// A withdrawn (or declined) consent: the open tasks resting on it go to the referring 包括,
/// else the municipality, in the caller's write.
pub fn consent_withdrawn(
    conn: &mut DbConn,
    consent_id: &str,
    today: NaiveDate,
) -> Result<(), AppError> {
    let open: Vec<(String, ParticipantId, NaiveDate)> = follow_ups::table
        .filter(follow_ups::consent_id.eq(consent_id))
        .filter(follow_ups::done_on.is_null())
        .select((
            follow_ups::id,
            follow_ups::participant_id,
            follow_ups::due_on,
        ))
        .load(conn)?;
    for (id, participant_id, due) in open {
        let (who, consent) = assignee_for(conn, &participant_id, today, due)?;
        // The withdrawn consent is no longer live, so `who` is never through it.
        let (kind, staff_id) = assignee_columns(&who);
        diesel::update(follow_ups::table.filter(follow_ups::id.eq(&id)))
            .set((
                follow_ups::assignee_kind.eq(kind),
                follow_ups::assigned_staff_id.eq(staff_id),
                follow_ups::consent_id.eq(consent),
                follow_ups::updated_at.eq(now()),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// A consent that is live now names a coordinator: the person's open tasks that rest with the
/// 包括 or the municipality move to that coordinator (with that consent), in the caller's write.
/// Tasks already with a coordinator stay where they are.
pub fn consent_given(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    today: NaiveDate,
) -> Result<usize, AppError> {
    let open: Vec<(String, NaiveDate)> = follow_ups::table
        .filter(follow_ups::participant_id.eq(participant_id))
        .filter(follow_ups::done_on.is_null())
        .filter(follow_ups::assignee_kind.ne("coordinator"))
        .select((follow_ups::id, follow_ups::due_on))
        .load(conn)?;
    let mut moved = 0;
    for (id, due) in open {
        let (who, consent) = assignee_for(conn, participant_id, today, due)?;
        if !matches!(who, Assignee::Coordinator(_)) {
            continue;
        }
        let (kind, staff_id) = assignee_columns(&who);
        moved += diesel::update(follow_ups::table.filter(follow_ups::id.eq(&id)))
            .set((
                follow_ups::assignee_kind.eq(kind),
                follow_ups::assigned_staff_id.eq(staff_id),
                follow_ups::consent_id.eq(consent),
                follow_ups::updated_at.eq(now()),
            ))
            .execute(conn)?;
    }
    Ok(moved)
}

// --- the record ---

const PARTICIPATION_KINDS: [&str; 7] = [
    "salon",
    "hobby",
    "work",
    "volunteer",
    "community",
    "home_role",
    "self_exercise",
];

const CERTIFICATIONS: [&str; 11] = [
    "none",
    "jigyo_taisho",
    "support_1",
    "support_2",
    "care_1",
    "care_2",
    "care_3",
    "care_4",
    "care_5",
    "applying",
    "unknown",
];

const CHANGES: [&str; 4] = ["same", "lighter", "heavier", "unknown"];

const NEXT_ACTIONS: [&str; 4] = ["none", "sc_other_place", "consult_care_manager", "c_again"];

fn self_report_of(conn: &mut DbConn, follow_up_id: &str) -> Result<Option<SelfReport>, AppError> {
    let row: Option<(String, String, String, NaiveDate)> = follow_up_self_reports::table
        .filter(follow_up_self_reports::follow_up_id.eq(follow_up_id))
        .select((
            follow_up_self_reports::outings,
            follow_up_self_reports::places,
            follow_up_self_reports::exercise,
            follow_up_self_reports::answered_on,
        ))
        .first(conn)
        .optional()?;
    let Some((outings, places, exercise, answered_on)) = row else {
        return Ok(None);
    };
    Ok(Some(SelfReport {
        outings: Outings::from_text(&outings)?,
        places: serde_json::from_str(&places)
            .map_err(|e| AppError::Internal(format!("stored self-report: {e}")))?,
        exercise: Keeping::from_text(&exercise)?,
        answered_on,
    }))
}

type Row = (
    String,
    ParticipantId,
    i32,
    NaiveDate,
    String,
    Option<StaffId>,
    Option<String>,
    Option<NaiveDate>,
    Option<String>,
    Option<String>,
);

fn columns() -> (
    follow_ups::id,
    follow_ups::participant_id,
    follow_ups::months,
    follow_ups::due_on,
    follow_ups::assignee_kind,
    follow_ups::assigned_staff_id,
    follow_ups::consent_id,
    follow_ups::done_on,
    follow_ups::record,
    follow_ups::status,
) {
    (
        follow_ups::id,
        follow_ups::participant_id,
        follow_ups::months,
        follow_ups::due_on,
        follow_ups::assignee_kind,
        follow_ups::assigned_staff_id,
        follow_ups::consent_id,
        follow_ups::done_on,
        follow_ups::record,
        follow_ups::status,
    )
}

fn name_of(conn: &mut DbConn, participant_id: &ParticipantId) -> Result<String, AppError> {
    let (family, given): (String, String) = participants::table
        .filter(participants::id.eq(participant_id))
        .select((participants::family_name, participants::given_name))
        .first(conn)?;
    Ok(format!("{family} {given}"))
}

fn staff_name(conn: &mut DbConn, id: &StaffId) -> Result<Option<String>, AppError> {
    Ok(staff::table
        .filter(staff::id.eq(id))
        .select(staff::name)
        .first(conn)
        .optional()?)
}

fn view(conn: &mut DbConn, r: Row, today: NaiveDate) -> Result<FollowUp, AppError> {
    let (id, participant_id, months, due_on, kind, assigned, _consent, done_on, record, status) = r;
    let (window_from, window_until) = rules::window(due_on);
    let status = status.map(|s| Status::from_text(&s)).transpose()?;
    let record = record
        .map(|r| serde_json::from_str::<FollowUpInput>(&r))
        .transpose()
        .map_err(|e| AppError::Internal(format!("stored follow-up: {e}")))?;
    let assigned_name = match &assigned {
        Some(s) => staff_name(conn, s)?,
        None => None,
    };
    Ok(FollowUp {
        self_report: self_report_of(conn, &id)?,
        display_name: name_of(conn, &participant_id)?,
        id,
        participant_id,
        months,
        due_on,
        window_from,
        window_until,
        state: rules::state_on(today, due_on, done_on).as_str().to_owned(),
        assignee_kind: kind,
        assigned_staff_id: assigned,
        assigned_name,
        done_on,
        status: status.map(|s| s.as_str().to_owned()),
        status_label: status.map(|s| s.label_ja().to_owned()),
        record,
    })
}

/// The rows the caller may see, in due order, each open one with its holder decided on
/// `scope.today` from the consents as they stand (`resolve`).
fn visible_rows(conn: &mut DbConn, scope: &StaffScope) -> Result<Vec<Row>, AppError> {
    scope.may(Action::ReadFollowUps)?;
    let base = follow_ups::table
        .filter(follow_ups::municipality_id.eq(&scope.municipality_id))
        .order((follow_ups::due_on.asc(), follow_ups::id.asc()))
        .select(columns());
    let mut basis = std::collections::HashMap::new();
    let mut resolved = |conn: &mut DbConn, rows: Vec<Row>| -> Result<Vec<Row>, AppError> {
        rows.into_iter()
            .map(|mut r| {
                resolve(conn, &mut basis, &mut r, scope.today)?;
                Ok(r)
            })
            .collect()
    };
    match scope.role {
        Role::MunicipalityAdmin => {
            let rows = base.load(conn)?;
            resolved(conn, rows)
        }
        Role::CareManager => {
            // The people they referred: a subquery to narrow by (however many over the years),
            // and a set to check the resolved holders against.
            let referred = || {
                participants::table
                    .filter(participants::municipality_id.eq(scope.municipality_id.clone()))
                    .filter(
                        participants::referred_by_staff_id.eq(scope.staff_id.as_str().to_owned()),
                    )
                    .select(participants::id)
            };
            let referred_set: std::collections::HashSet<ParticipantId> = referred()
                .load::<ParticipantId>(conn)?
                .into_iter()
                .collect();
            let rows = base
                .filter(
                    follow_ups::participant_id
                        .eq_any(referred())
                        .or(follow_ups::assigned_staff_id.eq(&scope.staff_id)),
                )
                .load(conn)?;
            Ok(resolved(conn, rows)?
                .into_iter()
                .filter(|r| referred_set.contains(&r.1) || r.5.as_ref() == Some(&scope.staff_id))
                .collect())
        }
        Role::Coordinator => {
            // Only the people with a live consent naming them (or their team), and of those
            // only the tasks they hold today through such a consent.
            let live: Vec<(ParticipantId, String)> =
                consents::visible(conn, scope, Purpose::ScHandoff)?
                    .into_iter()
                    .map(|(p, consent_id, _)| (p, consent_id))
                    .collect();
            let people: Vec<&ParticipantId> = live.iter().map(|(p, _)| p).collect();
            let rows = base
                .filter(follow_ups::participant_id.eq_any(people))
                .load(conn)?;
            Ok(resolved(conn, rows)?
                .into_iter()
                .filter(|r| {
                    r.4 == "coordinator"
                        && r.5.as_ref() == Some(&scope.staff_id)
                        && r.6
                            .as_ref()
                            .is_some_and(|c| live.iter().any(|(_, l)| l == c))
                })
                .collect())
        }
        _ => Err(AppError::Forbidden),
    }
}

/// The caller's follow-up tasks: upcoming, due, overdue (and escalated), done. Audited, one
/// row per person shown.
pub fn list(conn: &mut DbConn, scope: &StaffScope) -> Result<Audited<Vec<FollowUp>>, AppError> {
    let rows = visible_rows(conn, scope)?;
    let mut entries = vec![Entry::new(scope, "followup.list", None)];
    let mut seen: Vec<ParticipantId> = Vec::new();
    let mut out = Vec::new();
    for r in rows {
        if !seen.contains(&r.1) {
            seen.push(r.1.clone());
            entries.push(Entry::new(scope, "followup.list_person", Some(&r.1)));
        }
        out.push(view(conn, r, scope.today)?);
    }
    Ok(Audited::with_entries(out, entries))
}

/// The graduates connected to a place who have stopped attending it, as tasks, decided when
/// read from the latest attendance check of each connected handoff (`rules::stopped_task`: a
/// recorded stop, or four weeks unseen — no sweep job). Each falls to the coordinator of a live
/// handoff consent, else the referring 包括, else the municipality, and the caller sees the
/// ones they hold (a 包括 also those they referred; the municipality all). Audited, one row per
/// person shown.
pub fn attention(
    conn: &mut DbConn,
    scope: &StaffScope,
) -> Result<Audited<Vec<AttentionTask>>, AppError> {
    scope.may(Action::ReadFollowUps)?;
    let connected: Vec<(String, ParticipantId)> = handoffs::table
        .filter(handoffs::municipality_id.eq(&scope.municipality_id))
        .filter(handoffs::state.eq(crate::domain::handoff::HandoffState::Connected.as_str()))
        .order(handoffs::id.asc())
        .select((handoffs::id, handoffs::participant_id))
        .load(conn)?;
    let live: Vec<String> = consents::visible(conn, scope, Purpose::ScHandoff)?
        .into_iter()
        .map(|(_, consent_id, _)| consent_id)
        .collect();
    let mut entries = vec![Entry::new(scope, "followup.attention", None)];
    let mut out = Vec::new();
    for (handoff_id, participant_id) in connected {
        let latest: Option<(String, bool, Option<NaiveDate>, NaiveDate)> =
            place_attendance_checks::table
                .filter(place_attendance_checks::handoff_id.eq(&handoff_id))
                .order((
                    place_attendance_checks::at.desc(),
                    place_attendance_checks::id.desc(),
                ))
                .select((
                    place_attendance_checks::place_id,
                    place_attendance_checks::attending,
                    place_attendance_checks::last_seen_on,
                    place_attendance_checks::checked_on,
                ))
                .first(conn)
                .optional()?;
        let Some((place_id, attending, last_seen, checked_on)) = latest else {
            continue;
        };
        let Some(stopped) = rules::stopped_task(attending, last_seen, checked_on, scope.today)
        else {
            continue;
        };
        let facts = consents::facts_of(conn, &participant_id)?;
        let referrer = referrer_of(conn, &participant_id)?;
        let made = rules::assignee(None, referrer.clone());
        let (who, consent) = rules::holder(
            &made,
            None,
            &facts,
            referrer.clone(),
            scope.today,
            scope.today,
        );
        let (kind, staff_id) = assignee_columns(&who);
        let sees = match scope.role {
            Role::MunicipalityAdmin => true,
            Role::CareManager => {
                referrer.as_ref() == Some(&scope.staff_id)
                    || staff_id.as_ref() == Some(&scope.staff_id)
            }
            Role::Coordinator => {
                staff_id.as_ref() == Some(&scope.staff_id)
                    && consent.as_ref().is_some_and(|c| live.contains(c))
            }
            _ => false,
        };
        if !sees {
            continue;
        }
        let assigned_name = match &staff_id {
            Some(s) => staff_name(conn, s)?,
            None => None,
        };
        let place_name: String = places::table
            .filter(places::id.eq(&place_id))
            .select(places::name)
            .first(conn)?;
        let (reason, since, what) = match stopped {
            rules::Stopped::Recorded(day) => (
                "recorded",
                day,
                format!(
                    "「{place_name}」に来なくなったと{}に記録されました。",
                    rules::date_ja(day)
                ),
            ),
            rules::Stopped::NotSeen(day) => (
                "not_seen",
                day,
                format!(
                    "「{place_name}」で最後に見かけたのは{}で、4週間以上来ていません。",
                    rules::date_ja(day)
                ),
            ),
        };
        entries.push(Entry::new(
            scope,
            "followup.attention_person",
            Some(&participant_id),
        ));
        out.push(AttentionTask {
            display_name: name_of(conn, &participant_id)?,
            note: format!(
                "{what}{}",
                rules::holder_note(&who, assigned_name.as_deref())
            ),
            participant_id,
            place_name,
            reason: reason.to_owned(),
            since,
            assignee_kind: kind.to_owned(),
            assigned_staff_id: staff_id,
            assigned_name,
        });
    }
    Ok(Audited::with_entries(out, entries))
}

fn one_visible(conn: &mut DbConn, scope: &StaffScope, id: &str) -> Result<Row, AppError> {
    let rows = visible_rows(conn, scope)?;
    if let Some(r) = rows.into_iter().find(|r| r.0 == id) {
        return Ok(r);
    }
    // Not theirs (or no longer: a withdrawn consent moved it to the 包括).
    Err(AppError::NotFound)
}

fn one_of(value: &str, allowed: &[&str], what: &str) -> Result<(), AppError> {
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(AppError::validation(format!("{what}の値がわかりません。")))
    }
}

fn parse_all<T: TextEnum + Ord>(values: &[String], what: &str) -> Result<Vec<T>, AppError> {
    let mut out = values
        .iter()
        .map(|v| {
            T::from_text(v).map_err(|_| AppError::validation(format!("{what}の値がわかりません。")))
        })
        .collect::<Result<Vec<T>, _>>()?;
    out.sort();
    out.dedup();
    Ok(out)
}

/// Checks a record and derives its status.
fn check(
    conn: &mut DbConn,
    scope: &StaffScope,
    input: &FollowUpInput,
) -> Result<(FollowUpInput, Status), AppError> {
    let mut input = input.clone();
    Method::from_text(&input.method)
        .map_err(|_| AppError::validation("どうやって確かめたかを選んでください。"))?;
    one_of(&input.certification, &CERTIFICATIONS, "認定区分")?;
    one_of(&input.certification_change, &CHANGES, "認定区分の変化")?;
    one_of(&input.next_action, &NEXT_ACTIONS, "次にすること")?;
    let services: Vec<Service> = parse_all(&input.services, "サービス")?;
    let events: Vec<LifeEvent> = input
        .events
        .iter()
        .map(|e| {
            LifeEvent::from_text(e)
                .map_err(|_| AppError::validation("生活上の出来事の値がわかりません。"))
        })
        .collect::<Result<_, _>>()?;
    for p in &input.participation {
        one_of(&p.kind, &PARTICIPATION_KINDS, "地域での参加")?;
        if let Some(place) = &p.place_id {
            let known: Option<String> = places::table
                .filter(places::id.eq(place))
                .filter(places::municipality_id.eq(&scope.municipality_id))
                .select(places::id)
                .first(conn)
                .optional()?;
            if known.is_none() {
                return Err(AppError::validation("その場所は一覧にありません。"));
            }
        }
        if p.per_week.is_some_and(|f| !(0.0..=14.0).contains(&f)) {
            return Err(AppError::validation(
                "回数（週）は 0〜14 で入れてください。",
            ));
        }
    }
    if input
        .home_exercise_days
        .is_some_and(|d| !(0..=7).contains(&d))
    {
        return Err(AppError::validation(
            "自主運動は週 0〜7 日で入れてください。",
        ));
    }
    if input.satisfaction.is_some_and(|s| !(1..=5).contains(&s)) {
        return Err(AppError::validation("満足は 1〜5 で選んでください。"));
    }
    if input
        .measures
        .self_rated_health
        .is_some_and(|s| !(1..=4).contains(&s))
    {
        return Err(AppError::validation(
            "主観的健康感は 1〜4 で選んでください。",
        ));
    }
    if input
        .measures
        .checklist_count
        .is_some_and(|c| !(0..=25).contains(&c))
    {
        return Err(AppError::validation(
            "基本チェックリストは 0〜25 項目です。",
        ));
    }
    input.informant = input.informant.trim().chars().take(200).collect();
    input.fit_note = input.fit_note.trim().chars().take(1000).collect();
    let status = derive(&input, services, events);
    Ok((input, status))
}

fn derive(input: &FollowUpInput, services: Vec<Service>, events: Vec<LifeEvent>) -> Status {
    let participates = input
        .participation
        .iter()
        .any(|p| p.kind != "self_exercise");
    rules::status(&Findings {
        services,
        participates,
        events,
        living_independently: input.living_independently,
    })
}

/// A demo record, stored as the coordinator (or 包括) would have: the status derived the same way.
pub(super) fn store_demo_record(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    months: i32,
    input: &FollowUpInput,
    done_on: NaiveDate,
    by: &StaffId,
) -> Result<(), AppError> {
    let services: Vec<Service> = parse_all(&input.services, "サービス")?;
    let events = input
        .events
        .iter()
        .map(|e| LifeEvent::from_text(e))
        .collect::<Result<Vec<_>, _>>()?;
    let status = derive(input, services, events);
    let json =
        serde_json::to_string(input).map_err(|e| AppError::Internal(format!("json: {e}")))?;
    diesel::update(
        follow_ups::table
            .filter(follow_ups::participant_id.eq(participant_id))
            .filter(follow_ups::months.eq(months)),
    )
    .set((
        follow_ups::done_on.eq(Some(done_on)),
        follow_ups::record.eq(Some(json)),
        follow_ups::status.eq(Some(status.as_str())),
        follow_ups::recorded_by.eq(Some(by)),
    ))
    .execute(conn)?;
    Ok(())
}

/// Records a follow-up (or corrects it): the caller must see the task; it must be in or past
/// its window.
pub fn record(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &str,
    input: &FollowUpInput,
) -> Result<FollowUp, AppError> {
    scope.may(Action::RecordFollowUp)?;
    let row = one_visible(conn, scope, id)?;
    let (opens, _) = rules::window(row.3);
    if scope.today < opens {
        return Err(AppError::Conflict(format!(
            "このフォローアップは {} からです。",
            rules::date_ja(opens)
        )));
    }
    let (clean, status) = check(conn, scope, input)?;
    let done_on = clean.done_on.unwrap_or(scope.today);
    if done_on > scope.today {
        return Err(AppError::validation("先の日付には記録できません。"));
    }
    let json =
        serde_json::to_string(&clean).map_err(|e| AppError::Internal(format!("json: {e}")))?;
    // The holder it had today is kept with the record.
    diesel::update(follow_ups::table.filter(follow_ups::id.eq(id)))
        .set((
            follow_ups::done_on.eq(Some(done_on)),
            follow_ups::record.eq(Some(json)),
            follow_ups::status.eq(Some(status.as_str())),
            follow_ups::recorded_by.eq(Some(&scope.staff_id)),
            follow_ups::assignee_kind.eq(&row.4),
            follow_ups::assigned_staff_id.eq(&row.5),
            follow_ups::consent_id.eq(&row.6),
            follow_ups::updated_at.eq(now()),
        ))
        .execute(conn)?;
    super::audit::record(conn, scope, "followup.record", Some(&row.1))?;
    let stored: Row = follow_ups::table
        .filter(follow_ups::id.eq(id))
        .select(columns())
        .first(conn)?;
    view(conn, stored, scope.today)
}

pub fn reassign(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &str,
    to: &Reassignment,
) -> Result<FollowUp, AppError> {
    scope.may(Action::AssignFollowUps)?;
    let row = one_visible(conn, scope, id)?;
    if row.7.is_some() {
        return Err(AppError::Conflict("記録ずみのフォローアップです。".into()));
    }
    let (kind, staff_id, consent_id) = match &to.staff_id {
        None => ("municipality", None, None),
        Some(s) => {
            let role: Option<String> = staff::table
                .filter(staff::id.eq(s))
                .filter(staff::municipality_id.eq(&scope.municipality_id))
                .filter(staff::active.eq(true))
                .select(staff::role)
                .first(conn)
                .optional()?;
            match role.as_deref() {
                Some(r) if r == Role::CareManager.as_str() => {
                    ("care_manager", Some(s.clone()), None)
                }
                Some(r) if r == Role::Coordinator.as_str() => {
                    let live = consents::facts_of(conn, &row.1)?
                        .into_iter()
                        .find(|(_, f)| {
                            f.purpose == Purpose::ScHandoff
                                && consent_rules::standing(f, scope.today) == Standing::Live
                                && f.recipient_staff_id.as_deref() == Some(s.as_str())
                        });
                    let Some((consent, _)) = live else {
                        return Err(AppError::Conflict(
                            "この方の同意（生活支援コーディネーターへ）がないため、担当にできません。"
                                .into(),
                        ));
                    };
                    ("coordinator", Some(s.clone()), Some(consent))
                }
                _ => {
                    return Err(AppError::validation(
                        "担当にできるのは、生活支援コーディネーターか包括の職員です。",
                    ))
                }
            }
        }
    };
    diesel::update(follow_ups::table.filter(follow_ups::id.eq(id)))
        .set((
            follow_ups::assignee_kind.eq(kind),
            follow_ups::assigned_staff_id.eq(staff_id),
            follow_ups::consent_id.eq(consent_id),
            follow_ups::updated_at.eq(now()),
        ))
        .execute(conn)?;
    super::audit::record(conn, scope, "followup.reassign", Some(&row.1))?;
    let mut stored: Row = follow_ups::table
        .filter(follow_ups::id.eq(id))
        .select(columns())
        .first(conn)?;
    resolve(conn, &mut Default::default(), &mut stored, scope.today)?;
    view(conn, stored, scope.today)
}

/// The person's own follow-up dates.
pub fn mine(conn: &mut DbConn, scope: &ParticipantScope) -> Result<Vec<MyFollowUp>, AppError> {
    let rows: Vec<(String, i32, NaiveDate, Option<NaiveDate>)> = follow_ups::table
        .filter(follow_ups::participant_id.eq(&scope.participant_id))
        .order(follow_ups::due_on.asc())
        .select((
            follow_ups::id,
            follow_ups::months,
            follow_ups::due_on,
            follow_ups::done_on,
        ))
        .load(conn)?;
    rows.into_iter()
        .map(|(id, months, due_on, done)| {
            Ok(MyFollowUp {
                self_report: self_report_of(conn, &id)?,
                open: rules::self_report_open(scope.today, due_on, done),
                id,
                months,
                due_on,
                done: done.is_some(),
            })
        })
        .collect()
}

/// The person answers (or corrects) the short questions of a follow-up on their phone: from
/// the day its window opens until staff record the follow-up.
pub fn answer(
    conn: &mut DbConn,
    scope: &ParticipantScope,
    id: &str,
    input: &SelfReportInput,
) -> Result<MyFollowUp, AppError> {
    let row: Option<(NaiveDate, Option<NaiveDate>)> = follow_ups::table
        .filter(follow_ups::id.eq(id))
        .filter(follow_ups::participant_id.eq(&scope.participant_id))
        .select((follow_ups::due_on, follow_ups::done_on))
        .first(conn)
        .optional()?;
    let (due_on, done_on) = row.ok_or(AppError::NotFound)?;
    if !rules::self_report_open(scope.today, due_on, done_on) {
        return Err(AppError::Conflict(if done_on.is_some() {
            "このふりかえりは、もう担当の方が記録しました。".into()
        } else {
            format!(
                "このふりかえりは {} からお答えいただけます。",
                rules::date_ja(rules::window(due_on).0)
            )
        }));
    }
    let mut places = input.places.clone();
    places.sort();
    places.dedup();
    let places =
        serde_json::to_string(&places).map_err(|e| AppError::Internal(format!("json: {e}")))?;
    let at = now();
    let values = (
        follow_up_self_reports::follow_up_id.eq(id),
        follow_up_self_reports::participant_id.eq(&scope.participant_id),
        follow_up_self_reports::outings.eq(input.outings.as_str()),
        follow_up_self_reports::places.eq(&places),
        follow_up_self_reports::exercise.eq(input.exercise.as_str()),
        follow_up_self_reports::answered_on.eq(scope.today),
        follow_up_self_reports::answered_at.eq(at),
        follow_up_self_reports::device_id.eq(Some(scope.device_id.as_str())),
    );
    let again = (
        follow_up_self_reports::outings.eq(input.outings.as_str()),
        follow_up_self_reports::places.eq(&places),
        follow_up_self_reports::exercise.eq(input.exercise.as_str()),
        follow_up_self_reports::answered_on.eq(scope.today),
        follow_up_self_reports::answered_at.eq(at),
        follow_up_self_reports::device_id.eq(Some(scope.device_id.as_str())),
    );
    let statement = diesel::insert_into(follow_up_self_reports::table)
        .values(values)
        .on_conflict(follow_up_self_reports::follow_up_id)
        .do_update()
        .set(again);
    match conn {
        DbConn::Postgres(pg) => statement.execute(pg)?,
        DbConn::Sqlite(sqlite) => statement.execute(sqlite)?,
    };
    Ok(MyFollowUp {
        self_report: self_report_of(conn, id)?,
        open: true,
        id: id.to_owned(),
        months: follow_ups::table
            .filter(follow_ups::id.eq(id))
            .select(follow_ups::months)
            .first(conn)?,
        due_on,
        done: false,
    })
}

/// A follow-up date for the staff calendar feed: the caller's own tasks (as they see them).
pub struct CalendarDue {
    pub id: String,
    pub family_name: String,
    pub months: i32,
    pub due_on: NaiveDate,
    pub done: bool,
}

/// The follow-up tasks the caller sees (none for a role without follow-ups), for their feed.
pub fn for_calendar(conn: &mut DbConn, scope: &StaffScope) -> Result<Vec<CalendarDue>, AppError> {
    if scope.may(Action::ReadFollowUps).is_err() {
        return Ok(Vec::new());
    }
    let rows = visible_rows(conn, scope)?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        let family: String = participants::table
            .filter(participants::id.eq(&r.1))
            .select(participants::family_name)
            .first(conn)?;
        out.push(CalendarDue {
            id: r.0,
            family_name: family,
            months: r.2,
            due_on: r.3,
            done: r.7.is_some(),
        });
    }
    Ok(out)
}
