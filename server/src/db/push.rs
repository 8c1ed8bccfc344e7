//! A participant's push subscriptions (one per phone and browser) and reminder settings, and
//! the staff's words of recognition (承認) that go out as notifications.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{push_subscriptions, reminder_settings};
use super::scope::ParticipantScope;
use super::{new_id, now, participants as participant_db, DbConn, StaffScope};
use crate::domain::ids::ParticipantId;
use crate::domain::policy::Action;
use crate::domain::reminders;
use crate::error::AppError;
use crate::jobs::{self, Notification, HOME_URL};
use crate::push::Target;
use crate::wire::push::{NewRecognition, Recognition, Reminder};

/// Stores the phone's subscription. An endpoint is one browser on one phone: subscribing it
/// again (new keys, or the phone enrolled anew) replaces what was stored for it.
pub fn subscribe(
    conn: &mut DbConn,
    scope: &ParticipantScope,
    target: &Target,
) -> Result<(), AppError> {
    diesel::delete(
        push_subscriptions::table.filter(push_subscriptions::endpoint.eq(&target.endpoint)),
    )
    .execute(conn)?;
    diesel::insert_into(push_subscriptions::table)
        .values((
            push_subscriptions::id.eq(new_id()),
            push_subscriptions::participant_id.eq(&scope.participant_id),
            push_subscriptions::device_id.eq(&scope.device_id),
            push_subscriptions::endpoint.eq(&target.endpoint),
            push_subscriptions::p256dh.eq(&target.p256dh),
            push_subscriptions::auth.eq(&target.auth),
            push_subscriptions::created_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

/// Forgets the participant's subscription with this endpoint (nothing if there is none).
pub fn unsubscribe(
    conn: &mut DbConn,
    scope: &ParticipantScope,
    endpoint: &str,
) -> Result<(), AppError> {
    diesel::delete(
        push_subscriptions::table
            .filter(push_subscriptions::endpoint.eq(endpoint.trim()))
            .filter(push_subscriptions::participant_id.eq(&scope.participant_id)),
    )
    .execute(conn)?;
    Ok(())
}

/// How many subscriptions a participant has (for tests and the staff view).
pub fn count_for(conn: &mut DbConn, participant_id: &ParticipantId) -> Result<i64, AppError> {
    Ok(push_subscriptions::table
        .filter(push_subscriptions::participant_id.eq(participant_id))
        .count()
        .get_result(conn)?)
}

pub fn reminder(conn: &mut DbConn, scope: &ParticipantScope) -> Result<Reminder, AppError> {
    let row: Option<(Option<String>, bool)> = reminder_settings::table
        .filter(reminder_settings::participant_id.eq(&scope.participant_id))
        .select((
            reminder_settings::daily_time,
            reminder_settings::session_days,
        ))
        .first(conn)
        .optional()?;
    Ok(row
        .map(|(daily_time, session_days)| Reminder {
            daily_time,
            session_days,
        })
        .unwrap_or_default())
}

pub fn set_reminder(
    conn: &mut DbConn,
    scope: &ParticipantScope,
    input: &Reminder,
) -> Result<Reminder, AppError> {
    let daily_time = match input.daily_time.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(text) => {
            let time = reminders::parse_time(text).ok_or_else(|| {
                AppError::validation("時刻は「09:30」のように、時と分を2けたずつで入れてください。")
            })?;
            Some(time.format("%H:%M").to_string())
        }
    };
    let at: NaiveDateTime = now();
    let updated = diesel::update(
        reminder_settings::table
            .filter(reminder_settings::participant_id.eq(&scope.participant_id)),
    )
    .set((
        reminder_settings::daily_time.eq(&daily_time),
        reminder_settings::session_days.eq(input.session_days),
        reminder_settings::updated_at.eq(at),
    ))
    .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(reminder_settings::table)
            .values((
                reminder_settings::participant_id.eq(&scope.participant_id),
                reminder_settings::daily_time.eq(&daily_time),
                reminder_settings::session_days.eq(input.session_days),
                reminder_settings::updated_at.eq(at),
            ))
            .execute(conn)?;
    }
    Ok(Reminder {
        daily_time,
        session_days: input.session_days,
    })
}

/// The longest word of recognition, in characters.
pub const RECOGNITION_MAX_CHARS: usize = 200;

/// Sends a word of recognition from the therapist or nurse of the participant's provider to
/// the participant's phones. Audited.
pub fn recognize(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    input: &NewRecognition,
) -> Result<Recognition, AppError> {
    participant_db::change_part(
        conn,
        scope,
        participant_id,
        Action::SendRecognition,
        "recognition.send",
    )?;
    let message = input.message.trim();
    if message.is_empty() {
        return Err(AppError::validation("メッセージを入れてください。"));
    }
    if message.chars().count() > RECOGNITION_MAX_CHARS {
        return Err(AppError::validation(format!(
            "メッセージは{RECOGNITION_MAX_CHARS}文字以内にしてください。"
        )));
    }
    if message
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\r')
    {
        return Err(AppError::validation(
            "メッセージに使えない文字が含まれています。",
        ));
    }
    let name = participant_db::staff_name(conn, &scope.staff_id)?;
    let id = new_id();
    let words = reminders::recognition_words(&name, message, &id);
    let notification = Notification::new(words, HOME_URL);
    jobs::enqueue_notification(
        conn,
        participant_id,
        &notification,
        &format!("recognition:{id}"),
        now(),
    )?;
    // Kept for the phone too: it shows the words in the app, with or without push.
    crate::db::daily::add_message(conn, scope, participant_id, message)?;
    Ok(Recognition {
        id,
        title: notification.title,
        body: notification.body,
    })
}
