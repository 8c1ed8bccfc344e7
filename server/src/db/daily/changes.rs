//! What the phone pulls (today's plan, new successes, words from staff), and staff's words of
//! recognition (承認) kept for it.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::prescriptions::plan_on;
use super::successes::stored_successes;
use crate::db::participants::staff_name;
use crate::db::schema::messages;
use crate::db::scope::ParticipantScope;
use crate::db::{new_id, now, DbConn, StaffScope};
use crate::domain::ids::ParticipantId;
use crate::domain::names::required_text;
use crate::domain::policy::PhoneAction;
use crate::error::AppError;
use crate::wire::daily::{Changes, Message};

pub fn changes(
    conn: &mut DbConn,
    scope: &ParticipantScope,
    since: Option<NaiveDateTime>,
) -> Result<Changes, AppError> {
    scope.may(PhoneAction::ReadPlan)?;
    // Successes are found when records change (on sync); this only reads them.
    let cursor = now();
    let plan = plan_on(
        conn,
        &scope.participant_id,
        &scope.municipality_id,
        scope.today,
    )?;
    let successes = stored_successes(conn, &scope.participant_id, since)?;
    let mut q = messages::table
        .inner_join(crate::db::schema::staff::table)
        .filter(messages::participant_id.eq(&scope.participant_id))
        .into_boxed();
    if let Some(t) = since {
        q = q.filter(messages::created_at.gt(t));
    }
    // Words from staff are addressed to the person: their own phone only.
    let messages: Vec<Message> = if scope.by_family() {
        Vec::new()
    } else {
        q.order(messages::created_at)
            .select((
                messages::id,
                crate::db::schema::staff::name,
                messages::text,
                messages::created_at,
            ))
            .load::<(String, String, String, NaiveDateTime)>(conn)?
            .into_iter()
            .map(|(id, from_name, text, created_at)| Message {
                id,
                from_name,
                text,
                created_at,
            })
            .collect()
    };
    Ok(Changes {
        cursor,
        plan,
        successes,
        messages,
    })
}

/// A word of recognition (承認) from staff, kept for the person's phone.
pub fn add_message(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    text: &str,
) -> Result<Message, AppError> {
    let text = required_text(text, "メッセージ", 200)?;
    let id = new_id();
    let at = now();
    diesel::insert_into(messages::table)
        .values((
            messages::id.eq(&id),
            messages::participant_id.eq(participant_id),
            messages::staff_id.eq(&scope.staff_id),
            messages::text.eq(&text),
            messages::created_at.eq(at),
        ))
        .execute(conn)?;
    Ok(Message {
        id,
        from_name: staff_name(conn, &scope.staff_id)?,
        text,
        created_at: at,
    })
}
