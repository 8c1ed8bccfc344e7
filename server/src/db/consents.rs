//! Consents (同意), one per purpose, and a coordinator's reach through them.
//!
//! Staff ask for a consent (the person answers on their phone) or record one given on paper or
//! by a family member; the person sees every consent on their phone and may withdraw it there,
//! and staff may record a withdrawal. A withdrawal takes effect at once: the handoffs that rest
//! on it are withdrawn in the same write, and the coordinator's next request for that person
//! fails with `consent_withdrawn`.
//!
//! [`visible`] is a coordinator's view of people: those with a live consent naming them (or
//! their team) for the purpose of the request. The coordinator never reaches the staff record
//! itself (`participants::visible` gives them no one); they read what a consent lets through.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::audit::Audited;
use super::participants::{change_part, read_part, staff_name};
use super::schema::{consents, coordinator_teams, enrollments, handoff_events, handoffs, staff};
use super::scope::ParticipantScope;
use super::{new_id, now, DbConn, StaffScope};
use crate::domain::consent::{
    self as rules, Facts, Method, Part, Purpose, Refusal, Standing, State,
};
use crate::domain::enrollment::EnrollmentStatus;
use crate::domain::handoff::HandoffState;
use crate::domain::ids::{ConsentId, ParticipantId, StaffId};
use crate::domain::names::optional_text;
use crate::domain::policy::Action;
use crate::domain::role::Role;
use crate::error::AppError;
use crate::wire::consents::{Agreement, Consent, MyConsent, NewConsent, Recipient};

#[derive(Queryable)]
struct Row {
    id: ConsentId,
    participant_id: ParticipantId,
    purpose: String,
    recipient_staff_id: Option<StaffId>,
    recipient_team: Option<String>,
    parts: String,
    valid_from: NaiveDate,
    valid_until: NaiveDate,
    method: String,
    state: String,
    wording_version: String,
    paper_kept_at: Option<String>,
    proxy_name: Option<String>,
    proxy_relationship: Option<String>,
    created_by: StaffId,
    created_at: NaiveDateTime,
    given_at: Option<NaiveDateTime>,
    recorded_by: Option<StaffId>,
    withdrawn_at: Option<NaiveDateTime>,
    withdrawn_via: Option<String>,
}

type Columns = (
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
    consents::paper_kept_at,
    consents::proxy_name,
    consents::proxy_relationship,
    consents::created_by,
    consents::created_at,
    consents::given_at,
    consents::recorded_by,
    consents::withdrawn_at,
    consents::withdrawn_via,
);

const COLUMNS: Columns = (
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
    consents::paper_kept_at,
    consents::proxy_name,
    consents::proxy_relationship,
    consents::created_by,
    consents::created_at,
    consents::given_at,
    consents::recorded_by,
    consents::withdrawn_at,
    consents::withdrawn_via,
);

fn parts_from(text: &str) -> Result<Vec<Part>, AppError> {
    let names: Vec<String> = super::versioned::from_json(text)?;
    names
        .iter()
        .map(|n| Part::from_text(n).map_err(AppError::from))
        .collect()
}

impl Row {
    fn facts(&self) -> Result<Facts, AppError> {
        Ok(Facts {
            purpose: Purpose::from_text(&self.purpose)?,
            state: State::from_text(&self.state)?,
            recipient_staff_id: self
                .recipient_staff_id
                .as_ref()
                .map(|s| s.as_str().to_owned()),
            recipient_team: self.recipient_team.clone(),
            parts: parts_from(&self.parts)?,
            valid_from: self.valid_from,
            valid_until: self.valid_until,
        })
    }
}

fn recipient(conn: &mut DbConn, staff_id: Option<&StaffId>) -> Result<Option<Recipient>, AppError> {
    let Some(id) = staff_id else { return Ok(None) };
    let (name, role): (String, String) = staff::table
        .filter(staff::id.eq(id))
        .select((staff::name, staff::role))
        .first(conn)?;
    Ok(Some(Recipient {
        staff_id: id.clone(),
        name,
        role: Role::from_text(&role)?,
    }))
}

fn to_consent(conn: &mut DbConn, row: Row, today: NaiveDate) -> Result<Consent, AppError> {
    let facts = row.facts()?;
    Ok(Consent {
        recipient: recipient(conn, row.recipient_staff_id.as_ref())?,
        asked_by_name: staff_name(conn, &row.created_by)?,
        recorded_by_name: match &row.recorded_by {
            Some(by) => Some(staff_name(conn, by)?),
            None => None,
        },
        id: row.id,
        participant_id: row.participant_id,
        purpose: facts.purpose,
        recipient_team: row.recipient_team,
        standing: rules::standing(&facts, today),
        parts: facts.parts,
        valid_from: row.valid_from,
        valid_until: row.valid_until,
        method: Method::from_text(&row.method)?,
        state: facts.state,
        wording_version: row.wording_version,
        paper_kept_at: row.paper_kept_at,
        proxy_name: row.proxy_name,
        proxy_relationship: row.proxy_relationship,
        created_at: row.created_at,
        given_at: row.given_at,
        withdrawn_at: row.withdrawn_at,
        withdrawn_via: row.withdrawn_via,
    })
}

fn to_mine(conn: &mut DbConn, row: Row, today: NaiveDate) -> Result<MyConsent, AppError> {
    let facts = row.facts()?;
    Ok(MyConsent {
        recipient_name: recipient(conn, row.recipient_staff_id.as_ref())?.map(|r| r.name),
        id: row.id,
        purpose: facts.purpose,
        recipient_team: row.recipient_team,
        standing: rules::standing(&facts, today),
        parts: facts.parts,
        valid_until: row.valid_until,
        method: Method::from_text(&row.method)?,
        state: facts.state,
        wording: rules::wording(facts.purpose).to_owned(),
        wording_version: row.wording_version,
        withdrawn_at: row.withdrawn_at,
    })
}

fn rows_of(conn: &mut DbConn, participant_id: &ParticipantId) -> Result<Vec<Row>, AppError> {
    Ok(consents::table
        .filter(consents::participant_id.eq(participant_id))
        .order(consents::created_at.desc())
        .select(COLUMNS)
        .load(conn)?)
}

fn row(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    consent_id: &ConsentId,
) -> Result<Row, AppError> {
    consents::table
        .filter(consents::participant_id.eq(participant_id))
        .filter(consents::id.eq(consent_id))
        .select(COLUMNS)
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)
}

/// A person's consents, newest first (staff who see the person). Audited.
pub fn list(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
) -> Result<Audited<Vec<Consent>>, AppError> {
    let seen = read_part(conn, scope, participant_id, "consent.list")?;
    let list = rows_of(conn, participant_id)?
        .into_iter()
        .map(|r| to_consent(conn, r, scope.today))
        .collect::<Result<_, _>>()?;
    Ok(Audited::new(list, seen))
}

/// The role a purpose's recipient must have.
fn recipient_role(purpose: Purpose) -> Role {
    match purpose {
        Purpose::ScHandoff | Purpose::VolunteerRegistry => Role::Coordinator,
        Purpose::ReferrerFeedback => Role::CareManager,
        Purpose::CaseStory => Role::MunicipalityAdmin,
    }
}

/// The day of the last session (planned, or the day the program ended), for the default end.
fn last_session_day(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<Option<NaiveDate>, AppError> {
    let ended: Option<Option<NaiveDate>> = enrollments::table
        .filter(enrollments::participant_id.eq(participant_id))
        .select(enrollments::ended_on)
        .first(conn)
        .optional()?;
    if let Some(Some(day)) = ended {
        return Ok(Some(day));
    }
    Ok(super::sessions::planned(conn, participant_id)?
        .last()
        .map(|s| s.date))
}

/// A coordinator's team (圏域), if they have one.
pub fn team_of(conn: &mut DbConn, staff_id: &StaffId) -> Result<Option<String>, AppError> {
    Ok(coordinator_teams::table
        .filter(coordinator_teams::staff_id.eq(staff_id))
        .select(coordinator_teams::team)
        .first(conn)
        .optional()?)
}

fn text(value: &Option<String>, label: &str) -> Result<Option<String>, AppError> {
    let t = optional_text(value.as_deref().unwrap_or(""), label, 200)?;
    Ok((!t.is_empty()).then_some(t))
}

/// Asks for a consent (answered on the phone) or records one given on paper or by family.
pub fn create(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    new: &NewConsent,
) -> Result<Consent, AppError> {
    change_part(
        conn,
        scope,
        participant_id,
        Action::RecordConsent,
        "consent.create",
    )?;
    // The recipient: active staff of this municipality, in the role the purpose needs.
    let found: Option<StaffId> = staff::table
        .filter(staff::id.eq(new.recipient_staff_id.as_str()))
        .filter(staff::municipality_id.eq(&scope.municipality_id))
        .filter(staff::active.eq(true))
        .filter(staff::role.eq(recipient_role(new.purpose).as_str()))
        .select(staff::id)
        .first(conn)
        .optional()?;
    let Some(recipient_id) = found else {
        return Err(AppError::validation(
            "受け取る方が見つかりません。この目的で受け取れる職員を選んでください。",
        ));
    };
    // Feedback to a 包括 referrer goes in the app to that user only: the consent names them.
    if new.purpose == Purpose::ReferrerFeedback {
        if let Some(referrer) = super::referrer_feedback::in_app_recipient(conn, participant_id)? {
            if referrer != recipient_id {
                return Err(AppError::validation(
                    "お知らせは紹介してくださった包括の方にだけ届きます。その方を受け取る方に選んでください。",
                ));
            }
        }
    }
    let team = if new.include_team {
        Some(team_of(conn, &recipient_id)?.ok_or_else(|| {
            AppError::validation("この方には圏域（チーム）が登録されていません。")
        })?)
    } else {
        None
    };
    let today = scope.today;
    let valid_from = new.valid_from.unwrap_or(today);
    let valid_until = match new.valid_until {
        Some(day) => day,
        None => rules::default_until(last_session_day(conn, participant_id)?.unwrap_or(today)),
    };
    let paper = text(&new.paper_kept_at, "用紙の保管場所")?;
    let proxy_name = text(&new.proxy_name, "ご家族のお名前")?;
    let proxy_relationship = text(&new.proxy_relationship, "続柄")?;
    let mut parts = new.parts.clone();
    parts.sort();
    parts.dedup();
    rules::check(
        &rules::Proposal {
            purpose: new.purpose,
            recipient_staff_id: Some(recipient_id.as_str()),
            parts: &parts,
            valid_from,
            valid_until,
            method: new.method,
            paper_kept_at: paper.as_deref(),
            proxy_name: proxy_name.as_deref(),
            proxy_relationship: proxy_relationship.as_deref(),
        },
        today,
    )
    .map_err(AppError::validation)?;
    // One consent per purpose and recipient at a time: a standing one must end first.
    for existing in rows_of(conn, participant_id)? {
        let facts = existing.facts()?;
        let standing = rules::standing(&facts, today);
        if facts.purpose == new.purpose
            && existing.recipient_staff_id.as_ref() == Some(&recipient_id)
            && matches!(
                standing,
                Standing::Asked | Standing::Live | Standing::NotYet
            )
        {
            return Err(AppError::Conflict(
                "この目的・この方への同意はもうあります。変えるときは、今の同意を取り消してから新しく作ってください。"
                    .into(),
            ));
        }
    }
    let state = rules::initial_state(new.method);
    let at = now();
    let given = state == State::Given;
    let wording_version = match new.method {
        Method::Device => rules::WORDING_VERSION.to_owned(),
        // The paper form carries the same words, by the same version.
        Method::Paper | Method::Proxy => format!("paper:{}", rules::WORDING_VERSION),
    };
    let part_names: Vec<&str> = parts.iter().map(|p| p.as_str()).collect();
    let id = ConsentId::generate();
    diesel::insert_into(consents::table)
        .values((
            consents::id.eq(&id),
            consents::participant_id.eq(participant_id),
            consents::municipality_id.eq(&scope.municipality_id),
            consents::purpose.eq(new.purpose.as_str()),
            consents::recipient_staff_id.eq(Some(&recipient_id)),
            consents::recipient_team.eq(team),
            consents::parts.eq(super::versioned::to_json(&part_names)?),
            consents::valid_from.eq(valid_from),
            consents::valid_until.eq(valid_until),
            consents::method.eq(new.method.as_str()),
            consents::state.eq(state.as_str()),
            consents::wording_version.eq(wording_version),
            consents::paper_kept_at.eq(paper),
            consents::proxy_name.eq(proxy_name),
            consents::proxy_relationship.eq(proxy_relationship),
            consents::created_by.eq(&scope.staff_id),
            consents::created_at.eq(at),
            consents::given_at.eq(given.then_some(at)),
            consents::recorded_by.eq(given.then_some(&scope.staff_id)),
        ))
        .execute(conn)?;
    if given {
        // Tasks with the 包括 or the municipality go to the coordinator it names, if live now.
        super::followups::consent_given(conn, participant_id, today)?;
    }
    let stored = row(conn, participant_id, &id)?;
    to_consent(conn, stored, today)
}

/// Ends the handoffs resting on a withdrawn consent, in the same write, with the day and by whom.
fn withdraw_handoffs(
    conn: &mut DbConn,
    consent_id: &ConsentId,
    by_staff: Option<&StaffId>,
    today: NaiveDate,
) -> Result<(), AppError> {
    let open: Vec<(String, String)> = handoffs::table
        .filter(handoffs::consent_id.eq(consent_id))
        .select((handoffs::id, handoffs::state))
        .load(conn)?;
    let at = now();
    for (id, state) in open {
        if HandoffState::from_text(&state)?.is_closed() {
            continue;
        }
        diesel::update(handoffs::table.filter(handoffs::id.eq(&id)))
            .set((
                handoffs::state.eq(HandoffState::Withdrawn.as_str()),
                handoffs::updated_at.eq(at),
            ))
            .execute(conn)?;
        diesel::insert_into(handoff_events::table)
            .values((
                handoff_events::id.eq(new_id()),
                handoff_events::handoff_id.eq(&id),
                handoff_events::state.eq(HandoffState::Withdrawn.as_str()),
                handoff_events::reason.eq(None::<String>),
                handoff_events::note.eq(""),
                handoff_events::on_date.eq(today),
                handoff_events::by_staff.eq(by_staff),
                handoff_events::by_person.eq(by_staff.is_none()),
                handoff_events::at.eq(at),
            ))
            .execute(conn)?;
    }
    Ok(())
}

fn store_withdrawal(
    conn: &mut DbConn,
    consent_id: &ConsentId,
    via: &str,
    by_staff: Option<&StaffId>,
    today: NaiveDate,
) -> Result<(), AppError> {
    diesel::update(consents::table.filter(consents::id.eq(consent_id)))
        .set((
            consents::state.eq(State::Withdrawn.as_str()),
            consents::withdrawn_at.eq(Some(now())),
            consents::withdrawn_via.eq(Some(via)),
            consents::withdrawn_by.eq(by_staff),
        ))
        .execute(conn)?;
    withdraw_handoffs(conn, consent_id, by_staff, today)?;
    super::followups::consent_withdrawn(conn, consent_id.as_str(), today)
}

/// Staff record that the person withdrew a consent (e.g. by telephone).
pub fn withdraw_by_staff(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    consent_id: &ConsentId,
) -> Result<Consent, AppError> {
    change_part(
        conn,
        scope,
        participant_id,
        Action::RecordConsent,
        "consent.withdraw",
    )?;
    let current = row(conn, participant_id, consent_id)?;
    rules::withdraw(State::from_text(&current.state)?).map_err(|m| AppError::Conflict(m.into()))?;
    store_withdrawal(
        conn,
        consent_id,
        "staff",
        Some(&scope.staff_id),
        scope.today,
    )?;
    let stored = row(conn, participant_id, consent_id)?;
    to_consent(conn, stored, scope.today)
}

/// Every consent of the person, on their phone.
pub fn mine(conn: &mut DbConn, scope: &ParticipantScope) -> Result<Vec<MyConsent>, AppError> {
    rows_of(conn, &scope.participant_id)?
        .into_iter()
        .map(|r| to_mine(conn, r, scope.today))
        .collect()
}

/// The person agrees on their phone, having read the words of `wording_version`.
pub fn give_on_device(
    conn: &mut DbConn,
    scope: &ParticipantScope,
    consent_id: &ConsentId,
    agreement: &Agreement,
) -> Result<MyConsent, AppError> {
    let current = row(conn, &scope.participant_id, consent_id)?;
    if agreement.wording_version != rules::WORDING_VERSION {
        return Err(AppError::Conflict(
            "説明の文が新しくなりました。画面を開き直して、もう一度お読みください。".into(),
        ));
    }
    let next =
        rules::give(State::from_text(&current.state)?).map_err(|m| AppError::Conflict(m.into()))?;
    diesel::update(consents::table.filter(consents::id.eq(consent_id)))
        .set((
            consents::state.eq(next.as_str()),
            consents::given_at.eq(Some(now())),
            consents::given_device_id.eq(Some(&scope.device_id)),
            consents::wording_version.eq(&agreement.wording_version),
        ))
        .execute(conn)?;
    super::followups::consent_given(conn, &scope.participant_id, scope.today)?;
    let stored = row(conn, &scope.participant_id, consent_id)?;
    to_mine(conn, stored, scope.today)
}

/// The person withdraws (or declines) a consent on their phone: at once.
pub fn withdraw_on_device(
    conn: &mut DbConn,
    scope: &ParticipantScope,
    consent_id: &ConsentId,
) -> Result<MyConsent, AppError> {
    let current = row(conn, &scope.participant_id, consent_id)?;
    rules::withdraw(State::from_text(&current.state)?).map_err(|m| AppError::Conflict(m.into()))?;
    store_withdrawal(conn, consent_id, "device", None, scope.today)?;
    let stored = row(conn, &scope.participant_id, consent_id)?;
    to_mine(conn, stored, scope.today)
}

/// A coordinator's reach: the people with a live consent naming them (or their team) for
/// `purpose`, each with the consent that lets them through. Empty for any other role.
pub fn visible(
    conn: &mut DbConn,
    scope: &StaffScope,
    purpose: Purpose,
) -> Result<Vec<(ParticipantId, String, Facts)>, AppError> {
    if scope.role != Role::Coordinator {
        return Ok(Vec::new());
    }
    let team = team_of(conn, &scope.staff_id)?;
    let mut query = consents::table
        .filter(consents::municipality_id.eq(&scope.municipality_id))
        .filter(consents::purpose.eq(purpose.as_str()))
        // 利用停止: a person whose data is not to be used is out of every inbox.
        .filter(diesel::dsl::not(
            consents::participant_id.eq_any(
                super::schema::use_stops::table
                    .filter(super::schema::use_stops::lifted_at.is_null())
                    .select(super::schema::use_stops::participant_id),
            ),
        ))
        .into_boxed();
    query = match team.clone() {
        Some(t) => query.filter(
            consents::recipient_staff_id
                .eq(scope.staff_id.clone())
                .or(consents::recipient_team.eq(t)),
        ),
        None => query.filter(consents::recipient_staff_id.eq(scope.staff_id.clone())),
    };
    let rows: Vec<Row> = query.select(COLUMNS).load(conn)?;
    let mut out = Vec::new();
    for r in rows {
        let facts = r.facts()?;
        if rules::allows(
            &facts,
            purpose,
            &scope.staff_id,
            team.as_deref(),
            scope.today,
        )
        .is_ok()
        {
            out.push((r.participant_id, r.id.into_string(), facts));
        }
    }
    Ok(out)
}

/// What one consent says for this coordinator today: `Ok` with what it allows, or the error
/// to answer (`consent_withdrawn` when withdrawn, "not found" otherwise).
pub fn access(
    conn: &mut DbConn,
    scope: &StaffScope,
    consent_id: &ConsentId,
    purpose: Purpose,
) -> Result<Facts, AppError> {
    if scope.role != Role::Coordinator {
        return Err(AppError::NotFound);
    }
    let r: Row = consents::table
        .filter(consents::id.eq(consent_id))
        .filter(consents::municipality_id.eq(&scope.municipality_id))
        .select(COLUMNS)
        .first(conn)
        .optional()?
        .ok_or(AppError::NotFound)?;
    if super::privacy::is_stopped(conn, &r.participant_id)? {
        return Err(AppError::NotFound);
    }
    let facts = r.facts()?;
    let team = team_of(conn, &scope.staff_id)?;
    match rules::allows(
        &facts,
        purpose,
        &scope.staff_id,
        team.as_deref(),
        scope.today,
    ) {
        Ok(()) => Ok(facts),
        Err(Refusal::Withdrawn) => Err(AppError::ConsentWithdrawn),
        Err(Refusal::NotNamed | Refusal::NotLive) => Err(AppError::NotFound),
    }
}

/// The day the person's latest program ended as 修了, if it did.
pub fn program_ended_on(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<Option<NaiveDate>, AppError> {
    let latest: Option<(String, Option<NaiveDate>)> = enrollments::table
        .filter(enrollments::participant_id.eq(participant_id))
        .order((enrollments::created_at.desc(), enrollments::id.desc()))
        .select((enrollments::status, enrollments::ended_on))
        .first(conn)
        .optional()?;
    Ok(match latest {
        Some((status, ended_on))
            if super::sessions::stored_status(&status)? == EnrollmentStatus::Completed =>
        {
            ended_on
        }
        _ => None,
    })
}

/// The last day of the person's records this staff member may see (`None`: all of them).
/// After 修了 the notebook is the person's: what they record afterwards is shown to staff
/// only under a live consent that shares follow-up results (`rules::sees_after_program`).
pub fn staff_sees_until(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
) -> Result<Option<NaiveDate>, AppError> {
    let Some(ended_on) = program_ended_on(conn, participant_id)? else {
        return Ok(None);
    };
    let facts: Vec<Facts> = facts_of(conn, participant_id)?
        .into_iter()
        .map(|(_, f)| f)
        .collect();
    let sees = rules::sees_after_program(&facts, scope.today);
    Ok(rules::staff_sees_until(Some(ended_on), sees))
}

/// The facts of a person's consents (for the staff side of a handoff).
pub(super) fn facts_of(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<Vec<(String, Facts)>, AppError> {
    rows_of(conn, participant_id)?
        .into_iter()
        .map(|r| Ok((r.id.as_str().to_owned(), r.facts()?)))
        .collect()
}
