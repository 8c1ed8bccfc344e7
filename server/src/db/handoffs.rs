//! Handoffs (つなぎ) to a 生活支援コーディネーター: started by the person's therapist or 包括
//! from session 6 on, resting on a live `sc_handoff` consent; worked by the coordinator in
//! their inbox (sent → acknowledged → contacted → proposed → trial → connected / not connected),
//! each change dated and by whom. A coordinator reads only through the consent: its parts,
//! while it is live; a withdrawn consent leaves a tombstone and the next request for the person
//! fails with `consent_withdrawn`. Every coordinator read is audited.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::audit::{self, Audited, Entry};
use super::consents::{self, team_of};
use super::graduation;
use super::participants::{change_part, read_part, staff_name};
use super::schema::{
    consents as consent_rows, enrollments, handoff_events, handoffs, place_attendance_checks, staff,
};
use super::{new_id, now, DbConn, StaffScope};
use crate::domain::consent::{self as consent_rules, Purpose, Refusal};
use crate::domain::enrollment::EnrollmentStatus;
use crate::domain::handoff::{self as rules, HandoffState, NotConnectedReason};
use crate::domain::ids::{ConsentId, HandoffId, ParticipantId, PlaceId, StaffId};
use crate::domain::names::optional_text;
use crate::domain::policy::Action;
use crate::domain::role::Role;
use crate::error::AppError;
use crate::wire::handoffs::{
    AttendanceCheck, AttendanceInput, CoordinatorRef, HandoffChange, HandoffDetail, HandoffEvent,
    InboxItem, NewHandoff, StaffHandoff, Suggestion, Suggestions, Tombstone,
};

#[derive(Queryable)]
struct Row {
    id: HandoffId,
    participant_id: ParticipantId,
    coordinator_id: StaffId,
    consent_id: ConsentId,
    state: String,
    reason: Option<String>,
    sent_on: NaiveDate,
}

type Columns = (
    handoffs::id,
    handoffs::participant_id,
    handoffs::coordinator_id,
    handoffs::consent_id,
    handoffs::state,
    handoffs::reason,
    handoffs::sent_on,
);
const COLUMNS: Columns = (
    handoffs::id,
    handoffs::participant_id,
    handoffs::coordinator_id,
    handoffs::consent_id,
    handoffs::state,
    handoffs::reason,
    handoffs::sent_on,
);

fn reason_of(text: &Option<String>) -> Result<Option<NotConnectedReason>, AppError> {
    Ok(match text {
        Some(t) => Some(NotConnectedReason::from_text(t)?),
        None => None,
    })
}

fn history(conn: &mut DbConn, handoff_id: &HandoffId) -> Result<Vec<HandoffEvent>, AppError> {
    type EventRow = (
        String,
        Option<String>,
        String,
        NaiveDate,
        Option<StaffId>,
        NaiveDateTime,
        Option<String>,
    );
    let rows: Vec<EventRow> = handoff_events::table
        .filter(handoff_events::handoff_id.eq(handoff_id))
        .order(handoff_events::at.asc())
        .select((
            handoff_events::state,
            handoff_events::reason,
            handoff_events::note,
            handoff_events::on_date,
            handoff_events::by_staff,
            handoff_events::at,
            handoff_events::place_id,
        ))
        .load(conn)?;
    let mut out = Vec::with_capacity(rows.len());
    for (state, reason, note, on, by, at, place) in rows {
        out.push(HandoffEvent {
            place_name: match place {
                Some(id) => Some(
                    super::schema::places::table
                        .filter(super::schema::places::id.eq(id))
                        .select(super::schema::places::name)
                        .first(conn)?,
                ),
                None => None,
            },
            state: HandoffState::from_text(&state)?,
            reason: reason_of(&reason)?,
            note,
            on,
            by_name: match by {
                Some(id) => staff_name(conn, &id)?,
                None => "ご本人".to_owned(),
            },
            at,
        });
    }
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
fn add_event(
    conn: &mut DbConn,
    handoff_id: &HandoffId,
    state: HandoffState,
    reason: Option<NotConnectedReason>,
    note: &str,
    on: NaiveDate,
    by_staff: &StaffId,
    at: NaiveDateTime,
    place_id: Option<&PlaceId>,
) -> Result<(), AppError> {
    diesel::insert_into(handoff_events::table)
        .values((
            handoff_events::place_id.eq(place_id),
            handoff_events::id.eq(new_id()),
            handoff_events::handoff_id.eq(handoff_id),
            handoff_events::state.eq(state.as_str()),
            handoff_events::reason.eq(reason.map(|r| r.as_str())),
            handoff_events::note.eq(note),
            handoff_events::on_date.eq(on),
            handoff_events::by_staff.eq(Some(by_staff)),
            handoff_events::by_person.eq(false),
            handoff_events::at.eq(at),
        ))
        .execute(conn)?;
    Ok(())
}

/// The coordinators of the caller's municipality (for the choice of recipient).
pub fn coordinators(
    conn: &mut DbConn,
    scope: &StaffScope,
) -> Result<Vec<CoordinatorRef>, AppError> {
    let rows: Vec<(StaffId, String)> = staff::table
        .filter(staff::municipality_id.eq(&scope.municipality_id))
        .filter(staff::role.eq(Role::Coordinator.as_str()))
        .filter(staff::active.eq(true))
        .order(staff::name)
        .select((staff::id, staff::name))
        .load(conn)?;
    rows.into_iter()
        .map(|(id, name)| {
            Ok(CoordinatorRef {
                team: team_of(conn, &id)?,
                staff_id: id,
                name,
            })
        })
        .collect()
}

fn coordinator_ref(conn: &mut DbConn, staff_id: &StaffId) -> Result<CoordinatorRef, AppError> {
    Ok(CoordinatorRef {
        name: staff_name(conn, staff_id)?,
        team: team_of(conn, staff_id)?,
        staff_id: staff_id.clone(),
    })
}

fn staff_view(conn: &mut DbConn, row: Row, today: NaiveDate) -> Result<StaffHandoff, AppError> {
    let state = HandoffState::from_text(&row.state)?;
    Ok(StaffHandoff {
        coordinator: coordinator_ref(conn, &row.coordinator_id)?,
        history: history(conn, &row.id)?,
        overdue: rules::overdue(state, row.sent_on, today),
        reason: reason_of(&row.reason)?,
        id: row.id,
        state,
        sent_on: row.sent_on,
    })
}

/// The handoffs of a person the caller sees (their own staff). Audited.
pub fn list_for(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
) -> Result<Audited<Vec<StaffHandoff>>, AppError> {
    let seen = read_part(conn, scope, participant_id, "handoff.list")?;
    let rows: Vec<Row> = handoffs::table
        .filter(handoffs::participant_id.eq(participant_id))
        .order(handoffs::created_at.asc())
        .select(COLUMNS)
        .load(conn)?;
    let list = rows
        .into_iter()
        .map(|r| staff_view(conn, r, scope.today))
        .collect::<Result<_, _>>()?;
    Ok(Audited::new(list, seen))
}

/// Starts a handoff to a coordinator named by a live `sc_handoff` consent, from session 6 on.
pub fn start(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    new: &NewHandoff,
) -> Result<StaffHandoff, AppError> {
    change_part(
        conn,
        scope,
        participant_id,
        Action::StartHandoff,
        "handoff.start",
    )?;
    let coordinator: Option<StaffId> = staff::table
        .filter(staff::id.eq(new.coordinator_id.as_str()))
        .filter(staff::municipality_id.eq(&scope.municipality_id))
        .filter(staff::role.eq(Role::Coordinator.as_str()))
        .filter(staff::active.eq(true))
        .select(staff::id)
        .first(conn)
        .optional()?;
    let Some(coordinator) = coordinator else {
        return Err(AppError::validation(
            "生活支援コーディネーターが見つかりません。",
        ));
    };
    let status: String = enrollments::table
        .filter(enrollments::participant_id.eq(participant_id))
        .select(enrollments::status)
        .first(conn)?;
    let status = EnrollmentStatus::from_text(&status)?;
    if status == EnrollmentStatus::Discontinued || status == EnrollmentStatus::Referred {
        return Err(AppError::Conflict(
            "教室に参加中か修了した方だけ、つなぎを始められます。".into(),
        ));
    }
    let held = super::sessions::planned(conn, participant_id)?
        .iter()
        .filter(|s| s.date <= scope.today)
        .count() as u32;
    rules::may_start(held, status == EnrollmentStatus::Completed)
        .map_err(|r| AppError::Conflict(r.0.into()))?;
    let team = team_of(conn, &coordinator)?;
    let all = consents::facts_of(conn, participant_id)?;
    let live = all.iter().find(|(_, f)| {
        consent_rules::allows(
            f,
            Purpose::ScHandoff,
            &coordinator,
            team.as_deref(),
            scope.today,
        )
        .is_ok()
    });
    let Some((consent_id, _)) = live else {
        return Err(AppError::Conflict(
            "この生活支援コーディネーターへの同意（有効なもの）がまだありません。先にご本人の同意をいただいてください。"
                .into(),
        ));
    };
    let exists: i64 = handoffs::table
        .filter(handoffs::participant_id.eq(participant_id))
        .filter(handoffs::coordinator_id.eq(&coordinator))
        .count()
        .get_result(conn)?;
    if exists > 0 {
        return Err(AppError::Conflict(
            "この方へのつなぎはもう始まっています。".into(),
        ));
    }
    let note = optional_text(&new.note, "ひとこと", 500)?;
    let id = HandoffId::generate();
    let at = now();
    diesel::insert_into(handoffs::table)
        .values((
            handoffs::id.eq(&id),
            handoffs::participant_id.eq(participant_id),
            handoffs::municipality_id.eq(&scope.municipality_id),
            handoffs::coordinator_id.eq(&coordinator),
            handoffs::consent_id.eq(consent_id),
            handoffs::state.eq(HandoffState::Sent.as_str()),
            handoffs::note.eq(&note),
            handoffs::sent_on.eq(scope.today),
            handoffs::created_by.eq(&scope.staff_id),
            handoffs::created_at.eq(at),
            handoffs::updated_at.eq(at),
        ))
        .execute(conn)?;
    add_event(
        conn,
        &id,
        HandoffState::Sent,
        None,
        &note,
        scope.today,
        &scope.staff_id,
        at,
        None,
    )?;
    let row: Row = handoffs::table
        .filter(handoffs::id.eq(&id))
        .select(COLUMNS)
        .first(conn)?;
    staff_view(conn, row, scope.today)
}

/// The handoffs addressed to the caller (or their team), in the caller's municipality.
fn addressed(conn: &mut DbConn, scope: &StaffScope) -> Result<Vec<Row>, AppError> {
    let team = team_of(conn, &scope.staff_id)?;
    let mut query = handoffs::table
        .inner_join(consent_rows::table)
        .filter(handoffs::municipality_id.eq(&scope.municipality_id))
        .into_boxed();
    query = match team {
        Some(t) => query.filter(
            handoffs::coordinator_id
                .eq(scope.staff_id.clone())
                .or(consent_rows::recipient_team.eq(t)),
        ),
        None => query.filter(handoffs::coordinator_id.eq(scope.staff_id.clone())),
    };
    Ok(query
        .order(handoffs::sent_on.desc())
        .select(COLUMNS)
        .load(conn)?)
}

fn tombstone(refusal: Refusal) -> Tombstone {
    match refusal {
        Refusal::Withdrawn => Tombstone {
            why: "withdrawn".into(),
            message: "ご本人が同意を取り消しました。この方の情報は表示できません。".into(),
        },
        Refusal::NotLive | Refusal::NotNamed => Tombstone {
            why: "ended".into(),
            message: "同意の期間が終わりました。この方の情報は表示できません。".into(),
        },
    }
}

/// The coordinator's inbox: each handoff with what its consent lets through today, or a
/// tombstone. Audited: the inbox read, and one row per person whose name is shown.
pub fn inbox(conn: &mut DbConn, scope: &StaffScope) -> Result<Audited<Vec<InboxItem>>, AppError> {
    scope.may(Action::WorkHandoffs)?;
    let team = team_of(conn, &scope.staff_id)?;
    let mut entries = vec![Entry::new(scope, "handoff.inbox", None)];
    // The people the caller may see for this purpose, each through its consent.
    let live = consents::visible(conn, scope, Purpose::ScHandoff)?;
    let mut items = Vec::new();
    for row in addressed(conn, scope)? {
        let state = HandoffState::from_text(&row.state)?;
        let seen = live
            .iter()
            .find(|(pid, cid, _)| *pid == row.participant_id && row.consent_id == cid.as_str());
        let decided = match seen {
            Some((_, _, facts)) => Ok(facts.clone()),
            // Not visible: say why (withdrawn, or ended) without any data.
            None => {
                let facts = consents::facts_of(conn, &row.participant_id)?
                    .into_iter()
                    .find(|(id, _)| row.consent_id == id.as_str())
                    .map(|(_, f)| f)
                    .ok_or(AppError::NotFound)?;
                match consent_rules::allows(
                    &facts,
                    Purpose::ScHandoff,
                    &scope.staff_id,
                    team.as_deref(),
                    scope.today,
                ) {
                    Ok(()) => Ok(facts),
                    Err(refusal) => Err(refusal),
                }
            }
        };
        let (display_name, stone) = match decided {
            Ok(facts) => {
                let name = if consent_rules::shares(&facts, consent_rules::Part::Contact) {
                    entries.push(Entry::new(
                        scope,
                        "handoff.inbox_person",
                        Some(&row.participant_id),
                    ));
                    Some(graduation::display_name(conn, &row.participant_id)?)
                } else {
                    None
                };
                (name, None)
            }
            Err(refusal) => (None, Some(tombstone(refusal))),
        };
        let attention = match stone {
            None => stopped(conn, &row.id, scope.today)?,
            Some(_) => None,
        };
        items.push(InboxItem {
            attention,
            overdue: stone.is_none() && rules::overdue(state, row.sent_on, scope.today),
            id: row.id,
            state,
            sent_on: row.sent_on,
            display_name,
            tombstone: stone,
        });
    }
    Ok(Audited::with_entries(items, entries))
}

fn addressed_one(
    conn: &mut DbConn,
    scope: &StaffScope,
    handoff_id: &HandoffId,
) -> Result<Row, AppError> {
    scope.may(Action::WorkHandoffs)?;
    addressed(conn, scope)?
        .into_iter()
        .find(|r| r.id == *handoff_id)
        .ok_or(AppError::NotFound)
}

fn detail(conn: &mut DbConn, scope: &StaffScope, row: Row) -> Result<HandoffDetail, AppError> {
    let facts = consents::access(conn, scope, &row.consent_id, Purpose::ScHandoff)?;
    let state = HandoffState::from_text(&row.state)?;
    Ok(HandoffDetail {
        attendance: attendance_of(conn, &row.id)?,
        attention: stopped(conn, &row.id, scope.today)?,
        shared: graduation::shared(conn, &row.participant_id, &facts, &scope.municipality_id)?,
        history: history(conn, &row.id)?,
        overdue: rules::overdue(state, row.sent_on, scope.today),
        reason: reason_of(&row.reason)?,
        valid_until: facts.valid_until,
        id: row.id,
        state,
        sent_on: row.sent_on,
    })
}

/// One handoff, with only the consented parts. Fails with `consent_withdrawn` once the person
/// has withdrawn. Audited.
pub fn get(
    conn: &mut DbConn,
    scope: &StaffScope,
    handoff_id: &HandoffId,
) -> Result<Audited<HandoffDetail>, AppError> {
    let row = addressed_one(conn, scope, handoff_id)?;
    let seen = Entry::new(scope, "handoff.read", Some(&row.participant_id));
    Ok(Audited::new(detail(conn, scope, row)?, seen))
}

/// The coordinator moves the handoff on (dated, by them), while the consent is live.
pub fn advance(
    conn: &mut DbConn,
    scope: &StaffScope,
    handoff_id: &HandoffId,
    change: &HandoffChange,
) -> Result<HandoffDetail, AppError> {
    let row = addressed_one(conn, scope, handoff_id)?;
    // The consent first: after a withdrawal nothing moves, and the answer says why.
    consents::access(conn, scope, &row.consent_id, Purpose::ScHandoff)?;
    let from = HandoffState::from_text(&row.state)?;
    rules::advance(from, change.state, change.reason)
        .map_err(|r| AppError::Conflict(r.0.into()))?;
    let reason = if change.state == HandoffState::NotConnected {
        change.reason
    } else {
        None
    };
    let on = change.on.unwrap_or(scope.today);
    if on > scope.today {
        return Err(AppError::validation("先の日付は記録できません。"));
    }
    let note = optional_text(&change.note, "メモ", 1000)?;
    let place = match change.place_id.as_ref().filter(|p| !p.as_str().is_empty()) {
        Some(id) => {
            super::places::name_in(conn, &scope.municipality_id, id)?;
            Some(id)
        }
        None => None,
    };
    if change.state == HandoffState::Connected && place.is_none() {
        return Err(AppError::validation("つながった場所を選んでください。"));
    }
    let at = now();
    diesel::update(handoffs::table.filter(handoffs::id.eq(&row.id)))
        .set((
            handoffs::state.eq(change.state.as_str()),
            handoffs::reason.eq(reason.map(|r| r.as_str())),
            handoffs::updated_at.eq(at),
        ))
        .execute(conn)?;
    add_event(
        conn,
        &row.id,
        change.state,
        reason,
        &note,
        on,
        &scope.staff_id,
        at,
        place,
    )?;
    audit::record(conn, scope, "handoff.advance", Some(&row.participant_id))?;
    let row = addressed_one(conn, scope, handoff_id)?;
    detail(conn, scope, row)
}

type CheckRow = (PlaceId, bool, Option<NaiveDate>, NaiveDate, String, StaffId);

fn check_rows(conn: &mut DbConn, handoff_id: &HandoffId) -> Result<Vec<CheckRow>, AppError> {
    Ok(place_attendance_checks::table
        .filter(place_attendance_checks::handoff_id.eq(handoff_id))
        .order(place_attendance_checks::at.desc())
        .select((
            place_attendance_checks::place_id,
            place_attendance_checks::attending,
            place_attendance_checks::last_seen_on,
            place_attendance_checks::checked_on,
            place_attendance_checks::note,
            place_attendance_checks::by_staff,
        ))
        .load(conn)?)
}

fn place_name(conn: &mut DbConn, place_id: &PlaceId) -> Result<String, AppError> {
    Ok(super::schema::places::table
        .filter(super::schema::places::id.eq(place_id))
        .select(super::schema::places::name)
        .first(conn)?)
}

fn attendance_of(
    conn: &mut DbConn,
    handoff_id: &HandoffId,
) -> Result<Vec<AttendanceCheck>, AppError> {
    let mut out = Vec::new();
    for (place, attending, last_seen_on, checked_on, note, by) in check_rows(conn, handoff_id)? {
        out.push(AttendanceCheck {
            place_name: place_name(conn, &place)?,
            by_name: staff_name(conn, &by)?,
            attending,
            last_seen_on,
            checked_on,
            note,
        });
    }
    Ok(out)
}

/// The "stopped attending" attention item of a connected handoff, from its latest check: the
/// coordinator recorded that the person no longer comes, or the last day seen is more than
/// four weeks ago (`domain::followup::stopped_attending`).
fn stopped(
    conn: &mut DbConn,
    handoff_id: &HandoffId,
    today: NaiveDate,
) -> Result<Option<String>, AppError> {
    use crate::domain::followup::{date_ja, stopped_attending};
    let Some((place, attending, last_seen, checked_on, _, _)) =
        check_rows(conn, handoff_id)?.into_iter().next()
    else {
        return Ok(None);
    };
    let name = place_name(conn, &place)?;
    let seen = last_seen
        .map(|d| format!("最後に来たのは{}です。", date_ja(d)))
        .unwrap_or_default();
    if !attending {
        return Ok(Some(format!(
            "「{name}」に来なくなったと{}に記録されています。{seen}様子をうかがい、別の場の提案か包括への相談を考えてください。",
            date_ja(checked_on)
        )));
    }
    Ok(match last_seen {
        Some(day) if stopped_attending(today, day, 7) => Some(format!(
            "「{name}」で最後に見かけたのは{}です。4週間以上来ていません。様子をうかがってください。",
            date_ja(day)
        )),
        _ => None,
    })
}

/// The coordinator records whether a connected person still attends their place (or no
/// longer does), while the consent is live. The place is the one the handoff connected to.
pub fn record_attendance(
    conn: &mut DbConn,
    scope: &StaffScope,
    handoff_id: &HandoffId,
    input: &AttendanceInput,
) -> Result<HandoffDetail, AppError> {
    let row = addressed_one(conn, scope, handoff_id)?;
    consents::access(conn, scope, &row.consent_id, Purpose::ScHandoff)?;
    if HandoffState::from_text(&row.state)? != HandoffState::Connected {
        return Err(AppError::Conflict(
            "通いの場につながった方についてだけ、通い続けているかを記録できます。".into(),
        ));
    }
    let place: Option<String> = handoff_events::table
        .filter(handoff_events::handoff_id.eq(&row.id))
        .filter(handoff_events::state.eq(HandoffState::Connected.as_str()))
        .order(handoff_events::at.desc())
        .select(handoff_events::place_id)
        .first::<Option<String>>(conn)
        .optional()?
        .flatten();
    let Some(place) = place else {
        return Err(AppError::Conflict(
            "つながった場所が記録されていません。".into(),
        ));
    };
    if input.last_seen_on.is_some_and(|d| d > scope.today) {
        return Err(AppError::validation("先の日付は記録できません。"));
    }
    let note = optional_text(&input.note, "メモ", 1000)?;
    diesel::insert_into(place_attendance_checks::table)
        .values((
            place_attendance_checks::id.eq(new_id()),
            place_attendance_checks::handoff_id.eq(&row.id),
            place_attendance_checks::participant_id.eq(&row.participant_id),
            place_attendance_checks::municipality_id.eq(&scope.municipality_id),
            place_attendance_checks::place_id.eq(&place),
            place_attendance_checks::attending.eq(input.attending),
            place_attendance_checks::last_seen_on.eq(input.last_seen_on),
            place_attendance_checks::checked_on.eq(scope.today),
            place_attendance_checks::note.eq(&note),
            place_attendance_checks::by_staff.eq(&scope.staff_id),
            place_attendance_checks::at.eq(now()),
        ))
        .execute(conn)?;
    audit::record(conn, scope, "handoff.attendance", Some(&row.participant_id))?;
    let row = addressed_one(conn, scope, handoff_id)?;
    detail(conn, scope, row)
}

/// Handoffs of the municipality waiting more than 7 days for acknowledgement, by person (for
/// the attention list).
pub(super) fn overdue_people(
    conn: &mut DbConn,
    participant_ids: &[ParticipantId],
    today: NaiveDate,
) -> Result<Vec<(ParticipantId, NaiveDate)>, AppError> {
    let rows: Vec<(ParticipantId, String, NaiveDate)> = handoffs::table
        .filter(handoffs::participant_id.eq_any(participant_ids))
        .select((handoffs::participant_id, handoffs::state, handoffs::sent_on))
        .load(conn)?;
    let mut out = Vec::new();
    for (pid, state, sent_on) in rows {
        if rules::overdue(HandoffState::from_text(&state)?, sent_on, today) {
            out.push((pid, sent_on));
        }
    }
    Ok(out)
}

/// The top places for a handed-off person, by a deterministic score from what the consent
/// shares, filtered by 圏域 and transport; each with its reasons. Audited.
pub fn suggestions(
    conn: &mut DbConn,
    scope: &StaffScope,
    handoff_id: &HandoffId,
) -> Result<Audited<Suggestions>, AppError> {
    use crate::domain::places::{self as matching, Candidate, Person, WEIGHTS};
    let row = addressed_one(conn, scope, handoff_id)?;
    let facts = consents::access(conn, scope, &row.consent_id, Purpose::ScHandoff)?;
    let seen = Entry::new(scope, "handoff.suggestions", Some(&row.participant_id));
    let inputs = graduation::match_inputs(conn, &row.participant_id, &facts)?;
    let rule = format!(
        "してみたい{}点・興味がある{}点・している{}点、目標か卒業後の希望にある項目は+{}点（身の回りの1〜7は除く）。",
        WEIGHTS.want, WEIGHTS.interested, WEIGHTS.doing, WEIGHTS.wished
    );
    let note = inputs
        .marks
        .is_empty()
        .then(|| "興味関心が共有されていないか、まだ記録がありません。".to_owned());
    let person = Person {
        marks: &inputs.marks,
        wished: &inputs.wished,
    };
    let means: Vec<&str> = inputs
        .transport
        .iter()
        .map(|t| transport_word(*t))
        .collect();
    let mut out: Vec<Suggestion> = Vec::new();
    for place in super::places::of_municipality(conn, &scope.municipality_id, scope.today)? {
        if !place.active {
            continue;
        }
        let place_means: Vec<&str> = place.transport.iter().map(|t| transport_word(*t)).collect();
        if !matching::reachable(
            inputs.area.as_deref(),
            &means,
            place.area.as_deref(),
            &place_means,
        ) {
            continue;
        }
        let scored = matching::score(&person, &Candidate { tags: &place.tags }, &WEIGHTS);
        if scored.score == 0 {
            continue;
        }
        out.push(Suggestion {
            place_id: place.id,
            name: place.name,
            kind: place.kind,
            area: place.area,
            schedule: place.schedule,
            cost: place.cost,
            transport: place.transport,
            stale: place.stale,
            score: scored.score,
            reasons: scored.reasons,
        });
    }
    out.sort_by(|a, b| b.score.cmp(&a.score).then_with(|| a.name.cmp(&b.name)));
    out.truncate(5);
    Ok(Audited::new(
        Suggestions {
            weights: WEIGHTS,
            rule,
            note,
            places: out,
        },
        seen,
    ))
}

fn transport_word(t: crate::domain::graduation::Transport) -> &'static str {
    use crate::domain::graduation::Transport::*;
    match t {
        Walk => "walk",
        Bicycle => "bicycle",
        Bus => "bus",
        SharedTaxi => "shared_taxi",
        FamilyCar => "family_car",
        NeedsPickup => "needs_pickup",
    }
}
