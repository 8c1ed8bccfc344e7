//! The participant's record as staff keep it (`wire::record`). The emergency contacts and
//! かかりつけ医 are the notebook's rows (kinds emergency and doctor): staff read and replace
//! those kinds only, leaving any other the notebook keeps. Reads are audited; the free text
//! is health information and never goes into the audit detail or a log.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::audit::{self, Audited};
use super::participants::{ensure_visible, staff_name};
use super::schema::{notebook_contacts, participant_records};
use super::{new_id, now, DbConn, StaffScope};
use crate::domain::ids::{ParticipantId, StaffId};
use crate::domain::policy::Action;
use crate::error::AppError;
use crate::wire::record::{ContactKind, ParticipantRecord, RecordContact, RecordInput};

/// At most this many contacts of each kind.
pub const MAX_CONTACTS: usize = 4;
const MAX_NAME: usize = 60;
const MAX_PHONE: usize = 20;
const MAX_TEXT: usize = 2000;

const KINDS: [&str; 2] = ["emergency", "doctor"];

/// One participant's record. Audited.
pub fn get(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &ParticipantId,
) -> Result<Audited<ParticipantRecord>, AppError> {
    ensure_visible(conn, scope, id)?;
    let seen = audit::Entry::new(scope, "participant_record.read", Some(id));
    Ok(Audited::new(load(conn, id)?, seen))
}

/// The record without a visibility check or audit row: for callers that made both.
pub(crate) fn load(conn: &mut DbConn, id: &ParticipantId) -> Result<ParticipantRecord, AppError> {
    let contacts = notebook_contacts::table
        .filter(notebook_contacts::participant_id.eq(id))
        .filter(notebook_contacts::kind.eq_any(KINDS))
        .order(notebook_contacts::position)
        .select((
            notebook_contacts::kind,
            notebook_contacts::name,
            notebook_contacts::relation,
            notebook_contacts::phone,
        ))
        .load::<(String, String, String, String)>(conn)?
        .into_iter()
        .map(|(kind, name, relation, phone)| {
            Ok(RecordContact {
                kind: ContactKind::from_text(&kind)?,
                name,
                relation,
                phone,
            })
        })
        .collect::<Result<Vec<_>, AppError>>()?;
    let mut contacts = contacts;
    // Emergency contacts first, whatever order the notebook keeps them in.
    contacts.sort_by_key(|c| c.kind != ContactKind::Emergency);
    let row: Option<(String, String, String, NaiveDateTime, StaffId)> = participant_records::table
        .filter(participant_records::participant_id.eq(id))
        .select((
            participant_records::conditions,
            participant_records::medication,
            participant_records::transport,
            participant_records::updated_at,
            participant_records::updated_by,
        ))
        .first(conn)
        .optional()?;
    let (conditions, medication, transport, updated_at, updated_by) = match row {
        Some((c, m, t, at, by)) => (c, m, t, Some(at), Some(staff_name(conn, &by)?)),
        None => Default::default(),
    };
    Ok(ParticipantRecord {
        participant_id: id.clone(),
        contacts,
        conditions,
        medication,
        transport,
        updated_at,
        updated_by,
    })
}

/// What is wrong with a record, in words for the person typing it.
pub fn check(input: &RecordInput) -> Result<(), String> {
    for kind in [ContactKind::Emergency, ContactKind::Doctor] {
        if input.contacts.iter().filter(|c| c.kind == kind).count() > MAX_CONTACTS {
            return Err(format!("連絡先は種類ごとに{MAX_CONTACTS}件までです。"));
        }
    }
    for c in &input.contacts {
        if c.name.trim().is_empty() {
            return Err("連絡先の名前を入れてください。".into());
        }
        if c.name.chars().count() > MAX_NAME || c.relation.chars().count() > MAX_NAME {
            return Err(format!("名前と続柄は{MAX_NAME}文字までです。"));
        }
        let phone = c.phone.trim();
        let digits = phone.chars().filter(char::is_ascii_digit).count();
        if phone.chars().count() > MAX_PHONE
            || digits < 3
            || !phone
                .chars()
                .all(|ch| ch.is_ascii_digit() || matches!(ch, '-' | ' ' | '(' | ')' | '+'))
        {
            return Err(format!(
                "「{}」の電話番号は、数字とハイフンで入れてください。",
                c.name.trim()
            ));
        }
    }
    for text in [&input.conditions, &input.medication, &input.transport] {
        if text.chars().count() > MAX_TEXT {
            return Err(format!("ひとつの欄は{MAX_TEXT}文字までです。"));
        }
    }
    Ok(())
}

/// Replaces the record: the contacts of the two kinds and the staff part, audited in the
/// same write.
pub fn save(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &ParticipantId,
    input: &RecordInput,
) -> Result<ParticipantRecord, AppError> {
    ensure_visible(conn, scope, id)?;
    scope.may(Action::EditParticipantRecord)?;
    check(input).map_err(AppError::Validation)?;
    audit::record(conn, scope, "participant_record.update", Some(id))?;
    diesel::delete(
        notebook_contacts::table
            .filter(notebook_contacts::participant_id.eq(id))
            .filter(notebook_contacts::kind.eq_any(KINDS)),
    )
    .execute(conn)?;
    // Emergency contacts first, then the doctor, each in the order given; after any other
    // kind the notebook keeps.
    let first: i32 = notebook_contacts::table
        .filter(notebook_contacts::participant_id.eq(id))
        .select(diesel::dsl::max(notebook_contacts::position))
        .first::<Option<i32>>(conn)?
        .map_or(0, |p| p + 1);
    let ordered = input
        .contacts
        .iter()
        .filter(|c| c.kind == ContactKind::Emergency)
        .chain(
            input
                .contacts
                .iter()
                .filter(|c| c.kind == ContactKind::Doctor),
        );
    for (i, c) in ordered.enumerate() {
        diesel::insert_into(notebook_contacts::table)
            .values((
                notebook_contacts::id.eq(new_id()),
                notebook_contacts::participant_id.eq(id),
                notebook_contacts::kind.eq(c.kind.as_str()),
                notebook_contacts::name.eq(c.name.trim()),
                notebook_contacts::relation.eq(c.relation.trim()),
                notebook_contacts::phone.eq(c.phone.trim()),
                notebook_contacts::position.eq(first + i as i32),
            ))
            .execute(conn)?;
    }
    let at = now();
    diesel::delete(participant_records::table.filter(participant_records::participant_id.eq(id)))
        .execute(conn)?;
    diesel::insert_into(participant_records::table)
        .values((
            participant_records::participant_id.eq(id),
            participant_records::conditions.eq(input.conditions.trim()),
            participant_records::medication.eq(input.medication.trim()),
            participant_records::transport.eq(input.transport.trim()),
            participant_records::updated_at.eq(at),
            participant_records::updated_by.eq(&scope.staff_id),
        ))
        .execute(conn)?;
    load(conn, id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(contacts: Vec<RecordContact>) -> RecordInput {
        RecordInput {
            contacts,
            conditions: "高血圧".into(),
            medication: String::new(),
            transport: "送迎".into(),
        }
    }

    fn contact(kind: ContactKind, phone: &str) -> RecordContact {
        RecordContact {
            kind,
            name: "テスト 花子".into(),
            relation: "長女".into(),
            phone: phone.into(),
        }
    }

    #[test]
    fn phones_are_digits_and_hyphens() {
        assert!(check(&input(vec![contact(
            ContactKind::Emergency,
            "090-1234-5678"
        )]))
        .is_ok());
        assert!(check(&input(vec![contact(ContactKind::Doctor, "(0495) 22-1234")])).is_ok());
        assert!(check(&input(vec![contact(ContactKind::Emergency, "090-abcd")])).is_err());
        assert!(check(&input(vec![contact(ContactKind::Emergency, "")])).is_err());
    }

    #[test]
    fn a_contact_needs_a_name_and_each_kind_has_a_limit() {
        let mut nameless = contact(ContactKind::Emergency, "090-1234-5678");
        nameless.name = "  ".into();
        assert!(check(&input(vec![nameless])).is_err());
        let many = vec![contact(ContactKind::Emergency, "090-1234-5678"); MAX_CONTACTS + 1];
        assert!(check(&input(many)).is_err());
        let at_limit = vec![contact(ContactKind::Doctor, "0495-22-1234"); MAX_CONTACTS];
        assert!(check(&input(at_limit)).is_ok());
    }

    #[test]
    fn free_text_has_a_limit() {
        let mut long = input(vec![]);
        long.medication = "薬".repeat(MAX_TEXT + 1);
        assert!(check(&long).is_err());
    }
}
