//! The structured referrer of a person (紹介者) and the feedback dekita drafts for them.
//!
//! Drafted on read, not by a job: the events worth telling (利用開始, 中断, 修了, つながった) are
//! already in the record — the enrollment's dates and the handoff's `connected` events — so
//! reading the page derives each draft from them, and nothing can be missed or made twice
//! when two servers run. Only what staff confirm is stored (one row per person, event and
//! key; a second send is refused), with how it went: in the app to a 包括 user, or as a
//! printed letter to anyone else. The words are limited by the person's live
//! `referrer_feedback` consent and its parts (`domain::referrer::draft`); without one nothing
//! can be sent. When the consent is later withdrawn, the 包括's inbox keeps only a tombstone.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::audit::{Audited, Entry};
use super::participants::{change_part, read_part, staff_name};
use super::schema::{
    enrollments, graduation_reviews, handoff_events, handoffs, participants, places, providers,
    referrer_feedback, referrers, staff,
};
use super::{consents as consent_db, new_id, now, DbConn, StaffScope};
use crate::domain::consent::{self, Part, Purpose, Standing};
use crate::domain::ids::{ParticipantId, StaffId, VolunteerId};
use crate::domain::names::optional_text;
use crate::domain::policy::Action;
use crate::domain::referrer::{self as rules, Delivery, FeedbackEvent, ReferrerKind};
use crate::domain::role::Role;
use crate::domain::volunteers::VolunteerStatus;
use crate::error::AppError;
use crate::wire::volunteers::{
    FeedbackItem, FeedbackPage, FeedbackSend, ReceivedFeedback, Referrer, ReferrerInput,
    SentFeedback,
};

type StoredReferrer = (
    String,
    String,
    String,
    String,
    Option<StaffId>,
    Option<VolunteerId>,
);

fn stored(conn: &mut DbConn, id: &ParticipantId) -> Result<Option<StoredReferrer>, AppError> {
    Ok(referrers::table
        .filter(referrers::participant_id.eq(id))
        .select((
            referrers::kind,
            referrers::organisation,
            referrers::person,
            referrers::contact,
            referrers::staff_id,
            referrers::volunteer_id,
        ))
        .first(conn)
        .optional()?)
}

fn load(conn: &mut DbConn, id: &ParticipantId) -> Result<Option<Referrer>, AppError> {
    let Some((kind, organisation, person, contact, staff_id, volunteer_id)) = stored(conn, id)?
    else {
        return Ok(None);
    };
    let kind = ReferrerKind::from_text(&kind)?;
    let staff_name = match &staff_id {
        Some(s) => Some(staff_name(conn, s)?),
        None => None,
    };
    let volunteer_name: Option<String> = match &volunteer_id {
        Some(v) => {
            use super::schema::volunteers;
            let (f, g): (String, String) = volunteers::table
                .inner_join(participants::table)
                .filter(volunteers::id.eq(v))
                .select((participants::family_name, participants::given_name))
                .first(conn)?;
            Some(format!("{f} {g}"))
        }
        None => None,
    };
    Ok(Some(Referrer {
        participant_id: id.clone(),
        kind,
        kind_label: kind.label().to_owned(),
        organisation,
        person,
        contact,
        staff_id,
        staff_name,
        volunteer_id,
        volunteer_name,
    }))
}

/// Checks and stores the referrer (insert or replace), and keeps the old free-text 紹介元 as
/// its readable label. The caller has checked that they may change this person's record.
pub(super) fn store(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    input: &ReferrerInput,
) -> Result<(), AppError> {
    let organisation = optional_text(&input.organisation, "紹介者の所属", 100)?;
    let person = optional_text(&input.person, "紹介者のお名前", 60)?;
    let contact = optional_text(&input.contact, "紹介者の連絡先", 100)?;
    let staff_id = match (&input.staff_id, input.kind) {
        (Some(s), ReferrerKind::Houkatsu) => {
            let ok: Option<StaffId> = staff::table
                .filter(staff::id.eq(s))
                .filter(staff::municipality_id.eq(&scope.municipality_id))
                .filter(staff::role.eq(Role::CareManager.as_str()))
                .select(staff::id)
                .first(conn)
                .optional()?;
            Some(ok.ok_or_else(|| AppError::validation("紹介した包括の職員が見つかりません。"))?)
        }
        (Some(_), _) => {
            return Err(AppError::validation(
                "職員を紹介者に選べるのは、地域包括支援センターのときだけです。",
            ))
        }
        (None, ReferrerKind::Houkatsu) if scope.role == Role::CareManager => {
            Some(scope.staff_id.clone())
        }
        (None, _) => None,
    };
    let volunteer_id = match (&input.volunteer_id, input.kind) {
        (Some(v), ReferrerKind::GraduateVolunteer) => {
            match super::volunteers::named(conn, scope, v)? {
                Some((
                    _,
                    VolunteerStatus::Trained | VolunteerStatus::Active | VolunteerStatus::Paused,
                )) => Some(v.clone()),
                Some(_) => {
                    return Err(AppError::validation(
                        "研修を終えたボランティアの方を選んでください。",
                    ))
                }
                None => {
                    return Err(AppError::validation(
                        "選ばれたボランティアが見つかりません。",
                    ))
                }
            }
        }
        (None, ReferrerKind::GraduateVolunteer) => {
            return Err(AppError::validation(
                "紹介してくれた卒業生ボランティアを選んでください。",
            ))
        }
        (Some(_), _) => {
            return Err(AppError::validation(
                "ボランティアを選べるのは、紹介者が卒業生ボランティアのときだけです。",
            ))
        }
        (None, _) => None,
    };
    let label = [input.kind.label(), organisation.as_str(), person.as_str()]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let at = now();
    diesel::delete(referrers::table.filter(referrers::participant_id.eq(participant_id)))
        .execute(conn)?;
    diesel::insert_into(referrers::table)
        .values((
            referrers::participant_id.eq(participant_id),
            referrers::municipality_id.eq(&scope.municipality_id),
            referrers::kind.eq(input.kind.as_str()),
            referrers::organisation.eq(organisation),
            referrers::person.eq(person),
            referrers::contact.eq(contact),
            referrers::staff_id.eq(staff_id),
            referrers::volunteer_id.eq(volunteer_id),
            referrers::updated_by.eq(Some(&scope.staff_id)),
            referrers::updated_at.eq(at),
        ))
        .execute(conn)?;
    diesel::update(participants::table.filter(participants::id.eq(participant_id)))
        .set(participants::referral_source.eq(Some(label)))
        .execute(conn)?;
    Ok(())
}

/// A person registered with only the old free text (or by a 包括 user): the structure read
/// from it, as the migration does for older rows.
pub(super) fn from_free_text(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    text: Option<&str>,
    referred_by: Option<&StaffId>,
) -> Result<(), AppError> {
    if text.is_none() && referred_by.is_none() {
        return Ok(());
    }
    let kind = rules::infer_kind(text, referred_by.is_some());
    diesel::insert_into(referrers::table)
        .values((
            referrers::participant_id.eq(participant_id),
            referrers::municipality_id.eq(&scope.municipality_id),
            referrers::kind.eq(kind.as_str()),
            referrers::organisation.eq(text.unwrap_or("")),
            referrers::person.eq(""),
            referrers::contact.eq(""),
            referrers::staff_id.eq(referred_by),
            referrers::volunteer_id.eq(None::<String>),
            referrers::updated_by.eq(Some(&scope.staff_id)),
            referrers::updated_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// The person's referrer. Audited.
pub fn get(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
) -> Result<Audited<Option<Referrer>>, AppError> {
    let seen = read_part(conn, scope, participant_id, "referrer.read")?;
    Ok(Audited::new(load(conn, participant_id)?, seen))
}

/// Records who referred the person (those who may register people).
pub fn set(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    input: &ReferrerInput,
) -> Result<Referrer, AppError> {
    change_part(
        conn,
        scope,
        participant_id,
        Action::RegisterParticipant,
        "referrer.update",
    )?;
    store(conn, scope, participant_id, input)?;
    load(conn, participant_id)?.ok_or(AppError::NotFound)
}

/// An event worth telling: (event, key, day, place name).
type Happened = (FeedbackEvent, String, NaiveDate, Option<String>);

/// A stored feedback as the inbox reads it.
type Received = (
    String,
    ParticipantId,
    String,
    NaiveDate,
    String,
    Option<String>,
    NaiveDateTime,
);

/// The events worth telling, from the record.
fn events(conn: &mut DbConn, participant_id: &ParticipantId) -> Result<Vec<Happened>, AppError> {
    let mut out = Vec::new();
    let rows: Vec<(String, Option<NaiveDate>, Option<NaiveDate>)> = enrollments::table
        .filter(enrollments::participant_id.eq(participant_id))
        .select((
            enrollments::status,
            enrollments::started_on,
            enrollments::ended_on,
        ))
        .load(conn)?;
    for (status, started, ended) in rows {
        if let Some(day) = started {
            out.push((FeedbackEvent::Started, String::new(), day, None));
        }
        match (status.as_str(), ended) {
            ("completed", Some(day)) => {
                out.push((FeedbackEvent::Completed, String::new(), day, None))
            }
            ("discontinued", Some(day)) => {
                out.push((FeedbackEvent::Discontinued, String::new(), day, None))
            }
            _ => {}
        }
    }
    let connected: Vec<(String, NaiveDate, Option<String>)> = handoff_events::table
        .inner_join(handoffs::table)
        .left_join(places::table.on(places::id.nullable().eq(handoff_events::place_id)))
        .filter(handoffs::participant_id.eq(participant_id))
        .filter(handoff_events::state.eq("connected"))
        .order(handoff_events::on_date)
        .select((
            handoff_events::id,
            handoff_events::on_date,
            places::name.nullable(),
        ))
        .load(conn)?;
    for (id, day, place) in connected {
        out.push((FeedbackEvent::Connected, id, day, place));
    }
    Ok(out)
}

fn addressee(r: &Referrer) -> String {
    let who = match (&r.staff_name, r.person.is_empty()) {
        (Some(name), _) => format!("{name}様"),
        (None, false) => format!("{}様", r.person),
        (None, true) if r.organisation.is_empty() => format!("{}の方へ", r.kind_label),
        (None, true) => "ご担当者様".to_owned(),
    };
    if r.organisation.is_empty() {
        who
    } else {
        format!("{} {who}", r.organisation)
    }
}

/// The 包括 user who receives the person's feedback in the app, when their referrer is one.
pub(super) fn in_app_recipient(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
) -> Result<Option<StaffId>, AppError> {
    Ok(match stored(conn, participant_id)? {
        Some((kind, _, _, _, Some(staff), _))
            if rules::delivery(ReferrerKind::from_text(&kind)?, true) == Delivery::InApp =>
        {
            Some(staff)
        }
        _ => None,
    })
}

/// The live `referrer_feedback` consent, if any: its id and what it shares. Feedback that
/// goes in the app counts only a consent naming its recipient (the 包括 user who referred).
fn live_consent(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    today: NaiveDate,
) -> Result<Option<(String, Vec<Part>)>, AppError> {
    let recipient = in_app_recipient(conn, participant_id)?;
    Ok(consent_db::facts_of(conn, participant_id)?
        .into_iter()
        .find(|(_, f)| match &recipient {
            Some(staff) => {
                consent::allows(f, Purpose::ReferrerFeedback, staff, None, today).is_ok()
            }
            None => {
                f.purpose == Purpose::ReferrerFeedback
                    && consent::standing(f, today) == Standing::Live
            }
        })
        .map(|(id, f)| (id, f.parts)))
}

fn abilities(conn: &mut DbConn, participant_id: &ParticipantId) -> Result<Vec<String>, AppError> {
    let body: Option<String> = graduation_reviews::table
        .filter(graduation_reviews::participant_id.eq(participant_id))
        .select(graduation_reviews::body)
        .first(conn)
        .optional()?;
    let value: serde_json::Value = match body {
        Some(b) => super::versioned::from_json(&b)?,
        None => return Ok(Vec::new()),
    };
    Ok(value["abilities"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default())
}

type SentRow = (
    String,
    String,
    String,
    String,
    String,
    StaffId,
    NaiveDateTime,
);

fn sent_rows(conn: &mut DbConn, participant_id: &ParticipantId) -> Result<Vec<SentRow>, AppError> {
    Ok(referrer_feedback::table
        .filter(referrer_feedback::participant_id.eq(participant_id))
        .select((
            referrer_feedback::id,
            referrer_feedback::event,
            referrer_feedback::event_key,
            referrer_feedback::body,
            referrer_feedback::delivery,
            referrer_feedback::sent_by,
            referrer_feedback::sent_at,
        ))
        .load(conn)?)
}

fn build_page(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
) -> Result<FeedbackPage, AppError> {
    let referrer = load(conn, participant_id)?;
    let consent = live_consent(conn, participant_id, scope.today)?;
    let (family_name, provider): (String, String) = participants::table
        .inner_join(providers::table)
        .filter(participants::id.eq(participant_id))
        .select((participants::family_name, providers::name))
        .first(conn)?;
    let abilities = abilities(conn, participant_id)?;
    let sent = sent_rows(conn, participant_id)?;
    let parts = consent.as_ref().map(|(_, p)| p.clone()).unwrap_or_default();
    let mut items = Vec::new();
    for (event, key, day, place) in events(conn, participant_id)? {
        let done = sent
            .iter()
            .find(|s| s.1 == event.as_str() && s.2 == key)
            .cloned();
        let sent = match done {
            Some((id, _, _, body, delivery, by, at)) => Some(SentFeedback {
                id,
                body,
                delivery: Delivery::from_text(&delivery)?,
                addressee: referrer.as_ref().map(addressee).unwrap_or_default(),
                sent_by_name: staff_name(conn, &by)?,
                sent_at: at,
            }),
            None => None,
        };
        let draft = match (&referrer, &consent, &sent) {
            (Some(r), Some(_), None) => Some(rules::draft(
                event,
                &rules::DraftFacts {
                    addressee: &addressee(r),
                    family_name: &family_name,
                    provider: &provider,
                    on: day,
                    place: place.as_deref(),
                    abilities: &abilities,
                },
                &parts,
            )),
            _ => None,
        };
        items.push(FeedbackItem {
            event,
            event_key: key,
            event_on: day,
            draft,
            sent,
        });
    }
    Ok(FeedbackPage {
        participant_id: participant_id.clone(),
        delivery: referrer
            .as_ref()
            .map(|r| rules::delivery(r.kind, r.staff_id.is_some())),
        referrer,
        consent_live: consent.is_some(),
        consent_parts: parts,
        items,
    })
}

/// The draft of one event without an audit row (the demo confirms it as staff would).
pub(super) fn draft_of(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    event: FeedbackEvent,
) -> Result<Option<String>, AppError> {
    Ok(build_page(conn, scope, participant_id)?
        .items
        .into_iter()
        .find(|i| i.event == event)
        .and_then(|i| i.draft))
}

/// The person's feedback to their referrer: each event, drafted or sent. Audited.
pub fn page(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
) -> Result<Audited<FeedbackPage>, AppError> {
    let seen = read_part(conn, scope, participant_id, "referrer_feedback.read")?;
    scope.may(Action::SendReferrerFeedback)?;
    Ok(Audited::new(build_page(conn, scope, participant_id)?, seen))
}

/// Staff confirm (and may have edited) a draft: it goes to the 包括 user's inbox, or is kept
/// as a letter they print. Once per event.
pub fn send(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    input: &FeedbackSend,
) -> Result<FeedbackPage, AppError> {
    change_part(
        conn,
        scope,
        participant_id,
        Action::SendReferrerFeedback,
        "referrer_feedback.send",
    )?;
    let referrer = load(conn, participant_id)?
        .ok_or_else(|| AppError::Conflict("紹介者が記録されていません。".into()))?;
    let consent = live_consent(conn, participant_id, scope.today)?;
    rules::may_send(consent.is_some()).map_err(|m| AppError::Conflict(m.into()))?;
    let event = events(conn, participant_id)?
        .into_iter()
        .find(|(e, k, _, _)| *e == input.event && *k == input.event_key)
        .ok_or_else(|| AppError::Conflict("まだ起きていないことは、お知らせできません。".into()))?;
    if sent_rows(conn, participant_id)?
        .iter()
        .any(|s| s.1 == input.event.as_str() && s.2 == input.event_key)
    {
        return Err(AppError::Conflict("このお知らせはもう送りました。".into()));
    }
    let body = crate::domain::names::required_text(&input.body, "お知らせの文", 1200)?;
    let delivery = rules::delivery(referrer.kind, referrer.staff_id.is_some());
    diesel::insert_into(referrer_feedback::table)
        .values((
            referrer_feedback::id.eq(new_id()),
            referrer_feedback::participant_id.eq(participant_id),
            referrer_feedback::municipality_id.eq(&scope.municipality_id),
            referrer_feedback::event.eq(input.event.as_str()),
            referrer_feedback::event_key.eq(&input.event_key),
            referrer_feedback::event_on.eq(event.2),
            referrer_feedback::body.eq(body),
            referrer_feedback::delivery.eq(delivery.as_str()),
            referrer_feedback::addressee.eq(addressee(&referrer)),
            referrer_feedback::recipient_staff_id.eq(match delivery {
                Delivery::InApp => referrer.staff_id.clone(),
                Delivery::Letter => None,
            }),
            referrer_feedback::consent_id.eq(consent.map(|(id, _)| id)),
            referrer_feedback::sent_by.eq(&scope.staff_id),
            referrer_feedback::sent_at.eq(now()),
        ))
        .execute(conn)?;
    build_page(conn, scope, participant_id)
}

/// What a 包括 user received about the people they referred, newest first. A feedback whose
/// consent has since been withdrawn (or ended) keeps only its date and event. Audited.
pub fn inbox(
    conn: &mut DbConn,
    scope: &StaffScope,
) -> Result<Audited<Vec<ReceivedFeedback>>, AppError> {
    scope.may(Action::ReceiveReferrerFeedback)?;
    let rows: Vec<Received> = referrer_feedback::table
        .filter(referrer_feedback::municipality_id.eq(&scope.municipality_id))
        .filter(referrer_feedback::recipient_staff_id.eq(&scope.staff_id))
        .order(referrer_feedback::sent_at.desc())
        .select((
            referrer_feedback::id,
            referrer_feedback::participant_id,
            referrer_feedback::event,
            referrer_feedback::event_on,
            referrer_feedback::body,
            referrer_feedback::consent_id,
            referrer_feedback::sent_at,
        ))
        .load(conn)?;
    let mut entries = vec![Entry::new(scope, "referrer_feedback.inbox", None)];
    let mut out = Vec::new();
    for (id, pid, event, event_on, body, consent_id, sent_at) in rows {
        let facts = consent_db::facts_of(conn, &pid)?;
        // Only under the consent it was sent with, live, and naming this user.
        let live = facts.iter().any(|(cid, f)| {
            Some(cid) == consent_id.as_ref()
                && consent::allows(
                    f,
                    Purpose::ReferrerFeedback,
                    &scope.staff_id,
                    None,
                    scope.today,
                )
                .is_ok()
        });
        if live {
            entries.push(Entry::new(
                scope,
                "referrer_feedback.read_person",
                Some(&pid),
            ));
        }
        let provider: String = participants::table
            .inner_join(providers::table)
            .filter(participants::id.eq(&pid))
            .select(providers::name)
            .first(conn)?;
        out.push(ReceivedFeedback {
            id,
            event: FeedbackEvent::from_text(&event)?,
            event_on,
            body: live.then_some(body),
            withdrawn: !live,
            from_provider: provider,
            sent_at,
        });
    }
    Ok(Audited::with_entries(out, entries))
}
