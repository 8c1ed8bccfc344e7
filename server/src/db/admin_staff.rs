//! Staff accounts as the municipality administers them, and the one-time links that let a
//! person set their password: the first administrator's set-up link (`dekita init`), an
//! invitation, a password reset. dekita sends no e-mail: the link is shown to whoever made it,
//! to pass on. Only a SHA-256 hash of a link's token is kept, and a link works once.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use super::schema::{municipalities, providers, staff, staff_links, staff_two_factor};
use super::tokens::{self, Subject};
use super::{audit, new_id, now, DbConn, StaffScope};
use crate::domain::administration::email_address;
use crate::domain::ids::{MunicipalityId, ProviderId, StaffId};
use crate::domain::names::required_text;
use crate::domain::policy::Action;
use crate::domain::role::Role;
use crate::error::AppError;
use crate::wire::admin::{
    AccountStatus, Invitation, InvitedStaff, IssuedLink, LinkInfo, LinkPurpose, RoleChange,
    StaffAccount,
};

/// How long a link works: a day.
pub const LINK_TTL: Duration = Duration::hours(24);

/// The path of the PWA screen that redeems a link (the token in the fragment never reaches a
/// server log).
pub fn link_path(token: &str) -> String {
    format!("/#/welcome/{token}")
}

/// Makes a link for `staff_id` (earlier unused links of the person stop working).
pub fn issue_link(
    conn: &mut DbConn,
    staff_id: &StaffId,
    purpose: LinkPurpose,
    created_by: Option<&StaffId>,
) -> Result<(String, NaiveDateTime), AppError> {
    let at = now();
    diesel::update(
        staff_links::table
            .filter(staff_links::staff_id.eq(staff_id))
            .filter(staff_links::used_at.is_null())
            .filter(staff_links::voided_at.is_null()),
    )
    .set(staff_links::voided_at.eq(Some(at)))
    .execute(conn)?;
    let raw = tokens::random_token();
    let expires_at = at + LINK_TTL;
    diesel::insert_into(staff_links::table)
        .values((
            staff_links::id.eq(new_id()),
            staff_links::staff_id.eq(staff_id),
            staff_links::purpose.eq(purpose.as_str()),
            staff_links::token_hash.eq(tokens::hash(&raw)),
            staff_links::created_by.eq(created_by),
            staff_links::created_at.eq(at),
            staff_links::expires_at.eq(expires_at),
        ))
        .execute(conn)?;
    Ok((raw, expires_at))
}

struct LiveLink {
    id: String,
    staff_id: StaffId,
    info: LinkInfo,
}

type LinkRow = (
    String,
    StaffId,
    String,
    NaiveDateTime,
    String,
    String,
    String,
    String,
    bool,
    Option<String>,
);

/// A link that still works, or `InvalidCode` (unknown, used, replaced, expired, or its person
/// deactivated — all the same answer).
fn live_link(conn: &mut DbConn, raw: &str) -> Result<LiveLink, AppError> {
    let row: Option<LinkRow> = staff_links::table
        .inner_join(staff::table.on(staff::id.eq(staff_links::staff_id)))
        .inner_join(municipalities::table.on(municipalities::id.eq(staff::municipality_id)))
        .left_join(providers::table.on(providers::id.nullable().eq(staff::provider_id)))
        .filter(staff_links::token_hash.eq(tokens::hash(raw.trim())))
        .filter(staff_links::used_at.is_null())
        .filter(staff_links::voided_at.is_null())
        .filter(staff_links::expires_at.gt(now()))
        .filter(staff::active.eq(true))
        .select((
            staff_links::id,
            staff_links::staff_id,
            staff_links::purpose,
            staff_links::expires_at,
            staff::name,
            staff::email,
            staff::role,
            municipalities::name,
            municipalities::two_factor_required,
            providers::name.nullable(),
        ))
        .first(conn)
        .optional()?;
    let Some((id, staff_id, purpose, expires_at, name, email, role, mun, required, provider)) = row
    else {
        return Err(AppError::InvalidCode);
    };
    Ok(LiveLink {
        id,
        staff_id,
        info: LinkInfo {
            purpose: LinkPurpose::from_text(&purpose)?,
            name,
            email,
            role: Role::from_text(&role)?,
            municipality_name: mun,
            provider_name: provider,
            two_factor_required: required,
            expires_at,
        },
    })
}

pub fn link_info(conn: &mut DbConn, raw: &str) -> Result<LinkInfo, AppError> {
    live_link(conn, raw).map(|l| l.info)
}

/// Spends a link: the person's password becomes `password_hash`, every earlier sign-in ends,
/// and the person (as stored) is returned for signing in.
pub fn redeem(
    conn: &mut DbConn,
    raw: &str,
    password_hash: &str,
) -> Result<super::staff::StaffRow, AppError> {
    let link = live_link(conn, raw)?;
    let changed = diesel::update(
        staff_links::table
            .filter(staff_links::id.eq(&link.id))
            .filter(staff_links::used_at.is_null()),
    )
    .set(staff_links::used_at.eq(Some(now())))
    .execute(conn)?;
    if changed != 1 {
        return Err(AppError::InvalidCode);
    }
    super::staff::set_password_hash(conn, &link.staff_id, password_hash)?;
    tokens::revoke_subject(conn, &Subject::Staff(link.staff_id.clone()))?;
    let row = super::staff::find_active(conn, &link.staff_id)?.ok_or(AppError::InvalidCode)?;
    let scope = row.scope(chrono::Utc::now().date_naive())?;
    let action = match link.info.purpose {
        LinkPurpose::Setup => "staff.setup_done",
        LinkPurpose::Invitation => "staff.invitation_accepted",
        LinkPurpose::Reset => "staff.password_reset_done",
    };
    audit::record(conn, &scope, action, None)?;
    Ok(row)
}

// --- the municipality's staff ---

type AccountRow = (
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    bool,
    String,
    Option<NaiveDateTime>,
);

pub fn list(conn: &mut DbConn, scope: &StaffScope) -> Result<Vec<StaffAccount>, AppError> {
    scope.may(Action::ManageStaff)?;
    let rows: Vec<AccountRow> = staff::table
        .left_join(providers::table.on(providers::id.nullable().eq(staff::provider_id)))
        .left_join(staff_two_factor::table.on(staff_two_factor::staff_id.eq(staff::id)))
        .filter(staff::municipality_id.eq(&scope.municipality_id))
        .order((staff::active.desc(), staff::role.asc(), staff::name.asc()))
        .select((
            staff::id,
            staff::name,
            staff::email,
            staff::role,
            staff::provider_id,
            providers::name.nullable(),
            staff::active,
            staff::password_hash,
            staff_two_factor::confirmed_at.nullable(),
        ))
        .load(conn)?;
    let at = now();
    let open: Vec<(String, NaiveDateTime)> = staff_links::table
        .inner_join(staff::table.on(staff::id.eq(staff_links::staff_id)))
        .filter(staff::municipality_id.eq(&scope.municipality_id))
        .filter(staff_links::used_at.is_null())
        .filter(staff_links::voided_at.is_null())
        .filter(staff_links::expires_at.gt(at))
        .select((staff_links::staff_id, staff_links::expires_at))
        .load(conn)?;
    rows.into_iter()
        .map(
            |(id, name, email, role, provider_id, provider_name, active, hash, confirmed)| {
                let status = if !active {
                    AccountStatus::Deactivated
                } else if hash.is_empty() {
                    AccountStatus::Invited
                } else {
                    AccountStatus::Active
                };
                Ok(StaffAccount {
                    link_expires_at: open
                        .iter()
                        .find(|(s, _)| *s == id)
                        .filter(|_| active)
                        .map(|(_, e)| *e),
                    id: StaffId::from_stored(id),
                    name,
                    email,
                    role: Role::from_text(&role)?,
                    provider_id: provider_id.map(ProviderId::from_stored),
                    provider_name,
                    status,
                    two_factor_enabled: confirmed.is_some(),
                })
            },
        )
        .collect()
}

fn account(conn: &mut DbConn, scope: &StaffScope, id: &StaffId) -> Result<StaffAccount, AppError> {
    list(conn, scope)?
        .into_iter()
        .find(|s| s.id == *id)
        .ok_or(AppError::NotFound)
}

/// Checks a role and provider together: provider staff work at one active provider of the
/// municipality; the others at none.
fn role_and_provider(
    conn: &mut DbConn,
    scope: &StaffScope,
    role: Role,
    provider: Option<&ProviderId>,
) -> Result<Option<ProviderId>, AppError> {
    match (role.is_provider_staff(), provider) {
        (true, Some(p)) => {
            super::admin::active_provider(conn, scope, p.as_str())?;
            Ok(Some(p.clone()))
        }
        (true, None) => Err(AppError::validation(
            "リハ職・看護職員は、働く事業所を選んでください。",
        )),
        (false, _) => Ok(None),
    }
}

/// Invites a person: an account without a password, and a one-time link to set one.
pub fn invite(
    conn: &mut DbConn,
    scope: &StaffScope,
    input: &Invitation,
    origin: &str,
) -> Result<InvitedStaff, AppError> {
    scope.may(Action::ManageStaff)?;
    let name = required_text(&input.name, "名前", 60)?;
    let email = email_address(&input.email)?;
    let provider = role_and_provider(conn, scope, input.role, input.provider_id.as_ref())?;
    let taken: i64 = staff::table
        .filter(staff::email.eq(&email))
        .count()
        .get_result(conn)?;
    if taken > 0 {
        return Err(AppError::Conflict(
            "このメールアドレスはもう使われています。".into(),
        ));
    }
    let id = super::staff::insert(
        conn,
        &super::staff::NewStaff {
            municipality_id: &scope.municipality_id,
            provider_id: provider.as_ref(),
            role: input.role,
            name: &name,
            email: &email,
            password_hash: "",
        },
    )?;
    let (raw, expires_at) = issue_link(conn, &id, LinkPurpose::Invitation, Some(&scope.staff_id))?;
    audit::record_detail(conn, scope, "staff.invite", None, Some(id.as_str()))?;
    Ok(InvitedStaff {
        staff: account(conn, scope, &id)?,
        link: IssuedLink {
            url: format!("{origin}{}", link_path(&raw)),
            expires_at,
        },
    })
}

fn own_staff(conn: &mut DbConn, scope: &StaffScope, id: &StaffId) -> Result<(), AppError> {
    scope.may(Action::ManageStaff)?;
    if !super::admin::staff_of_municipality(conn, scope, id)? {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// Stops an account: its sign-ins end at once (refresh tokens revoked; access tokens are
/// checked against the account on every request), and its open links stop working.
pub fn deactivate(conn: &mut DbConn, scope: &StaffScope, id: &StaffId) -> Result<(), AppError> {
    own_staff(conn, scope, id)?;
    if *id == scope.staff_id {
        return Err(AppError::Conflict(
            "自分のアカウントは止められません。ほかの管理者に頼んでください。".into(),
        ));
    }
    diesel::update(staff::table.filter(staff::id.eq(id)))
        .set(staff::active.eq(false))
        .execute(conn)?;
    tokens::revoke_subject(conn, &Subject::Staff(id.clone()))?;
    diesel::update(
        staff_links::table
            .filter(staff_links::staff_id.eq(id))
            .filter(staff_links::used_at.is_null())
            .filter(staff_links::voided_at.is_null()),
    )
    .set(staff_links::voided_at.eq(Some(now())))
    .execute(conn)?;
    audit::record_detail(conn, scope, "staff.deactivate", None, Some(id.as_str()))
}

/// A new one-time link for a person who forgot their password (or never used their
/// invitation): the old password stops working and every sign-in ends.
pub fn reset_password(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &StaffId,
    origin: &str,
) -> Result<IssuedLink, AppError> {
    own_staff(conn, scope, id)?;
    let active: bool = staff::table
        .filter(staff::id.eq(id))
        .select(staff::active)
        .first(conn)?;
    if !active {
        return Err(AppError::Conflict(
            "止めたアカウントのパスワードは再設定できません。".into(),
        ));
    }
    let hash: String = staff::table
        .filter(staff::id.eq(id))
        .select(staff::password_hash)
        .first(conn)?;
    let purpose = if hash.is_empty() {
        LinkPurpose::Invitation
    } else {
        LinkPurpose::Reset
    };
    if purpose == LinkPurpose::Reset {
        super::staff::set_password_hash(conn, id, "")?;
    }
    tokens::revoke_subject(conn, &Subject::Staff(id.clone()))?;
    let (raw, expires_at) = issue_link(conn, id, purpose, Some(&scope.staff_id))?;
    audit::record_detail(conn, scope, "staff.password_reset", None, Some(id.as_str()))?;
    Ok(IssuedLink {
        url: format!("{origin}{}", link_path(&raw)),
        expires_at,
    })
}

/// A new role (and provider): it holds from the person's next request.
pub fn change_role(
    conn: &mut DbConn,
    scope: &StaffScope,
    id: &StaffId,
    input: &RoleChange,
) -> Result<StaffAccount, AppError> {
    own_staff(conn, scope, id)?;
    if *id == scope.staff_id && input.role != Role::MunicipalityAdmin {
        return Err(AppError::Conflict(
            "自分の役割は変えられません。ほかの管理者に頼んでください。".into(),
        ));
    }
    let provider = role_and_provider(conn, scope, input.role, input.provider_id.as_ref())?;
    diesel::update(staff::table.filter(staff::id.eq(id)))
        .set((
            staff::role.eq(input.role.as_str()),
            staff::provider_id.eq(provider),
        ))
        .execute(conn)?;
    audit::record_detail(conn, scope, "staff.role_change", None, Some(id.as_str()))?;
    account(conn, scope, id)
}

// --- `dekita init` ---

/// What `dekita init` is asked to make.
#[derive(Debug, Clone)]
pub struct InitRequest {
    pub municipality_code: String,
    pub municipality_name: String,
    pub admin_name: String,
    pub admin_email: String,
    pub two_factor_required: bool,
    /// Add one more administrator to a municipality that has one already.
    pub additional_admin: bool,
}

#[derive(Debug, Clone)]
pub struct InitOutcome {
    pub municipality_id: MunicipalityId,
    pub created_municipality: bool,
    pub admin_id: StaffId,
    /// The raw set-up token (shown once; only its hash is stored).
    pub token: String,
    pub expires_at: NaiveDateTime,
}

/// Creates a municipality and its first administrator with a one-time set-up link. Run again
/// for a municipality that already has an administrator it refuses, unless asked explicitly
/// for an additional administrator.
pub fn init(conn: &mut DbConn, req: &InitRequest) -> Result<InitOutcome, AppError> {
    let code = req.municipality_code.trim();
    if code.is_empty()
        || code.len() > 40
        || !code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(AppError::validation(
            "市町村コードは英数字とハイフンで入れてください（例: 112119 や hidamari-city）。",
        ));
    }
    let name = required_text(&req.municipality_name, "市町村の名前", 60)?;
    let admin_name = required_text(&req.admin_name, "管理者の名前", 60)?;
    let email = email_address(&req.admin_email)?;
    let existing: Option<MunicipalityId> = municipalities::table
        .filter(municipalities::code.eq(code))
        .select(municipalities::id)
        .first(conn)
        .optional()?;
    let (municipality_id, created) = match existing {
        Some(id) => {
            let admins: i64 = staff::table
                .filter(staff::municipality_id.eq(&id))
                .filter(staff::role.eq(Role::MunicipalityAdmin.as_str()))
                .filter(staff::active.eq(true))
                .count()
                .get_result(conn)?;
            if admins > 0 && !req.additional_admin {
                return Err(AppError::Conflict(format!(
                    "市町村「{code}」はもう初期設定されていて、管理者がいます。\
                     管理者をもう一人加えるときは --additional-admin を付けてください。"
                )));
            }
            (id, false)
        }
        None => {
            let id = MunicipalityId::generate();
            diesel::insert_into(municipalities::table)
                .values((
                    municipalities::id.eq(&id),
                    municipalities::code.eq(code),
                    municipalities::name.eq(&name),
                    municipalities::created_at.eq(now()),
                    municipalities::two_factor_required.eq(req.two_factor_required),
                ))
                .execute(conn)?;
            (id, true)
        }
    };
    let taken: i64 = staff::table
        .filter(staff::email.eq(&email))
        .count()
        .get_result(conn)?;
    if taken > 0 {
        return Err(AppError::Conflict(format!(
            "メールアドレス {email} はもう使われています。"
        )));
    }
    let admin_id = super::staff::insert(
        conn,
        &super::staff::NewStaff {
            municipality_id: &municipality_id,
            provider_id: None,
            role: Role::MunicipalityAdmin,
            name: &admin_name,
            email: &email,
            password_hash: "",
        },
    )?;
    let (token, expires_at) = issue_link(conn, &admin_id, LinkPurpose::Setup, None)?;
    let scope = StaffScope {
        staff_id: admin_id.clone(),
        role: Role::MunicipalityAdmin,
        municipality_id: municipality_id.clone(),
        provider_id: None,
        today: chrono::Utc::now().date_naive(),
    };
    audit::record(conn, &scope, "municipality.init", None)?;
    Ok(InitOutcome {
        municipality_id,
        created_municipality: created,
        admin_id,
        token,
        expires_at,
    })
}
