//! A family member's phone (家族). The person agrees on their own phone (or staff record
//! their consent signed on paper) and gets a one-time code; the family phone redeems it at
//! `POST /enroll` and becomes a device of kind `family`. The person's own phone lists and
//! unbinds family phones here; staff see and unbind them with the person's other phones.

use chrono::NaiveDate;
use diesel::prelude::*;
use rand::Rng;

use super::devices::{format_code, CODE_TTL};
use super::schema::{devices, family_codes, participants};
use super::scope::ParticipantScope;
use super::tokens::{self, hash, Subject};
use super::{audit, new_id, now, participants as participant_db, DbConn, StaffScope};
use crate::domain::family::{ConsentMethod, DeviceKind, WORDING, WORDING_VERSION};
use crate::domain::ids::{DeviceId, MunicipalityId, ParticipantId};
use crate::domain::policy::{Action, PhoneAction};
use crate::error::AppError;
use crate::wire::family::{FamilyCode, FamilyPhone, FamilyPhones};

const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LEN: usize = 8;
pub const FAMILY_LABEL: &str = "ご家族のスマートフォン";

struct Consent<'a> {
    method: ConsentMethod,
    paper_kept_at: Option<&'a str>,
    by_device: Option<&'a DeviceId>,
    by_staff: Option<&'a crate::domain::ids::StaffId>,
}

/// A new code resting on the consent; earlier unused family codes of the person stop working.
fn issue(
    conn: &mut DbConn,
    participant_id: &ParticipantId,
    consent: Consent<'_>,
) -> Result<FamilyCode, AppError> {
    let at = now();
    diesel::update(
        family_codes::table
            .filter(family_codes::participant_id.eq(participant_id))
            .filter(family_codes::used_at.is_null())
            .filter(family_codes::voided_at.is_null()),
    )
    .set(family_codes::voided_at.eq(Some(at)))
    .execute(conn)?;
    let mut rng = rand::rngs::OsRng;
    let code: String = (0..CODE_LEN)
        .map(|_| CODE_ALPHABET[rng.gen_range(0..CODE_ALPHABET.len())] as char)
        .collect();
    let expires_at = at + CODE_TTL;
    diesel::insert_into(family_codes::table)
        .values((
            family_codes::id.eq(new_id()),
            family_codes::participant_id.eq(participant_id),
            family_codes::code_hash.eq(hash(&code)),
            family_codes::consent_method.eq(consent.method.as_str()),
            family_codes::wording_version.eq(WORDING_VERSION),
            family_codes::paper_kept_at.eq(consent.paper_kept_at),
            family_codes::asked_by_device.eq(consent.by_device),
            family_codes::asked_by_staff.eq(consent.by_staff),
            family_codes::created_at.eq(at),
            family_codes::expires_at.eq(expires_at),
        ))
        .execute(conn)?;
    Ok(FamilyCode {
        code: format_code(&code),
        expires_at,
    })
}

/// The person agrees on their own phone, having read the words of `wording_version`.
pub fn agree_on_phone(
    conn: &mut DbConn,
    scope: &ParticipantScope,
    wording_version: &str,
) -> Result<FamilyCode, AppError> {
    scope.may(PhoneAction::ManageFamilyPhones)?;
    if wording_version != WORDING_VERSION {
        return Err(AppError::validation(
            "お知らせの文が新しくなりました。画面を開き直して、もう一度お読みください。",
        ));
    }
    issue(
        conn,
        &scope.participant_id,
        Consent {
            method: ConsentMethod::Device,
            paper_kept_at: None,
            by_device: Some(&scope.device_id),
            by_staff: None,
        },
    )
}

/// Staff record the person's consent signed on paper, and hand the code over. Audited.
pub fn agree_on_paper(
    conn: &mut DbConn,
    scope: &StaffScope,
    participant_id: &ParticipantId,
    paper_kept_at: &str,
) -> Result<FamilyCode, AppError> {
    participant_db::ensure_visible(conn, scope, participant_id)?;
    scope.may(Action::BindFamilyPhone)?;
    let kept = paper_kept_at.trim();
    if kept.is_empty() {
        return Err(AppError::validation("同意書の保管場所を入れてください。"));
    }
    if kept.chars().count() > 200 {
        return Err(AppError::validation("同意書の保管場所は200文字までです。"));
    }
    let code = issue(
        conn,
        participant_id,
        Consent {
            method: ConsentMethod::Paper,
            paper_kept_at: Some(kept),
            by_device: None,
            by_staff: Some(&scope.staff_id),
        },
    )?;
    audit::record(conn, scope, "family_code.issue", Some(participant_id))?;
    Ok(code)
}

/// Redeems a family code (already normalised): binds a family phone. `None` when no live
/// family code matches.
pub fn redeem(
    conn: &mut DbConn,
    normalized: &str,
    label: &str,
    today: NaiveDate,
) -> Result<Option<ParticipantScope>, AppError> {
    let at = now();
    let found: Option<(String, ParticipantId, MunicipalityId)> = family_codes::table
        .inner_join(participants::table)
        .filter(family_codes::code_hash.eq(hash(normalized)))
        .filter(family_codes::used_at.is_null())
        .filter(family_codes::voided_at.is_null())
        .filter(family_codes::expires_at.gt(at))
        .select((
            family_codes::id,
            participants::id,
            participants::municipality_id,
        ))
        .first(conn)
        .optional()?;
    let Some((code_id, participant_id, municipality_id)) = found else {
        return Ok(None);
    };
    let device_id = DeviceId::generate();
    let label: String = label.trim().chars().take(60).collect();
    diesel::insert_into(devices::table)
        .values((
            devices::id.eq(&device_id),
            devices::participant_id.eq(&participant_id),
            devices::label.eq(if label.is_empty() {
                FAMILY_LABEL.to_owned()
            } else {
                label
            }),
            devices::enrolled_at.eq(at),
            devices::last_seen_at.eq(Some(at)),
            devices::kind.eq(DeviceKind::Family.as_str()),
        ))
        .execute(conn)?;
    diesel::update(family_codes::table.filter(family_codes::id.eq(&code_id)))
        .set((
            family_codes::used_at.eq(Some(at)),
            family_codes::device_id.eq(Some(&device_id)),
        ))
        .execute(conn)?;
    Ok(Some(ParticipantScope {
        participant_id,
        device_id,
        municipality_id,
        today,
        kind: DeviceKind::Family,
    }))
}

/// The family phones bound now, for the person's own phone, with the words to agree to another.
pub fn phones(conn: &mut DbConn, scope: &ParticipantScope) -> Result<FamilyPhones, AppError> {
    scope.may(PhoneAction::ManageFamilyPhones)?;
    let phones = devices::table
        .filter(devices::participant_id.eq(&scope.participant_id))
        .filter(devices::kind.eq(DeviceKind::Family.as_str()))
        .filter(devices::revoked_at.is_null())
        .order(devices::enrolled_at)
        .select((
            devices::id,
            devices::label,
            devices::enrolled_at,
            devices::last_seen_at,
        ))
        .load::<(
            DeviceId,
            String,
            chrono::NaiveDateTime,
            Option<chrono::NaiveDateTime>,
        )>(conn)?
        .into_iter()
        .map(|(id, label, enrolled_at, last_seen_at)| FamilyPhone {
            id,
            label,
            enrolled_at,
            last_seen_at,
        })
        .collect();
    Ok(FamilyPhones {
        phones,
        wording: WORDING.to_owned(),
        wording_version: WORDING_VERSION.to_owned(),
    })
}

/// The person unbinds a family phone from their own phone: its sign-in ends and its next
/// request is refused. Only a live family phone of this person; their own phones are staff's.
pub fn unbind(
    conn: &mut DbConn,
    scope: &ParticipantScope,
    device_id: &DeviceId,
) -> Result<(), AppError> {
    scope.may(PhoneAction::ManageFamilyPhones)?;
    let changed = diesel::update(
        devices::table
            .filter(devices::id.eq(device_id))
            .filter(devices::participant_id.eq(&scope.participant_id))
            .filter(devices::kind.eq(DeviceKind::Family.as_str()))
            .filter(devices::revoked_at.is_null()),
    )
    .set(devices::revoked_at.eq(Some(now())))
    .execute(conn)?;
    if changed == 0 {
        return Err(AppError::NotFound);
    }
    tokens::revoke_subject(conn, &Subject::Device(device_id.clone()))?;
    Ok(())
}
