//! Staff accounts.

use diesel::prelude::*;

use super::schema::{municipalities, providers, staff};
use super::{now, DbConn, StaffScope};
use crate::domain::ids::{MunicipalityId, ProviderId, StaffId};
use crate::domain::policy;
use crate::domain::role::Role;
use crate::error::AppError;
use crate::wire::staff::StaffProfile;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = staff)]
pub struct StaffRow {
    pub id: StaffId,
    pub municipality_id: MunicipalityId,
    pub provider_id: Option<ProviderId>,
    pub role: String,
    pub name: String,
    pub password_hash: String,
    pub active: bool,
}

impl StaffRow {
    /// The scope of this staff member acting on `today`.
    pub fn scope(&self, today: chrono::NaiveDate) -> Result<StaffScope, AppError> {
        Ok(StaffScope {
            today,
            staff_id: self.id.clone(),
            role: Role::from_text(&self.role)?,
            municipality_id: self.municipality_id.clone(),
            provider_id: self.provider_id.clone(),
        })
    }
}

/// Sign-in looks a person up before there is any scope: the only unscoped staff query.
pub fn find_active_by_email(conn: &mut DbConn, email: &str) -> Result<Option<StaffRow>, AppError> {
    Ok(staff::table
        .filter(staff::email.eq(email.trim().to_lowercase()))
        .filter(staff::active.eq(true))
        .select(StaffRow::as_select())
        .first(conn)
        .optional()?)
}

pub fn find_active(conn: &mut DbConn, id: &StaffId) -> Result<Option<StaffRow>, AppError> {
    Ok(staff::table
        .filter(staff::id.eq(id))
        .filter(staff::active.eq(true))
        .select(StaffRow::as_select())
        .first(conn)
        .optional()?)
}

/// The sign-in address, as the authenticator app labels the account.
pub fn email(conn: &mut DbConn, id: &StaffId) -> Result<String, AppError> {
    Ok(staff::table
        .filter(staff::id.eq(id))
        .select(staff::email)
        .first(conn)?)
}

pub fn profile(conn: &mut DbConn, scope: &StaffScope) -> Result<StaffProfile, AppError> {
    let (id, name, municipality_id, municipality_name, provider_id): (
        StaffId,
        String,
        MunicipalityId,
        String,
        Option<ProviderId>,
    ) = staff::table
        .inner_join(municipalities::table.on(municipalities::id.eq(staff::municipality_id)))
        .filter(staff::id.eq(&scope.staff_id))
        .select((
            staff::id,
            staff::name,
            staff::municipality_id,
            municipalities::name,
            staff::provider_id,
        ))
        .first(conn)?;
    let provider_name = match &provider_id {
        Some(pid) => Some(
            providers::table
                .filter(providers::id.eq(pid))
                .select(providers::name)
                .first(conn)?,
        ),
        None => None,
    };
    let standing = super::two_factor::standing(conn, &scope.staff_id)?;
    Ok(StaffProfile {
        id,
        name,
        role: scope.role,
        municipality_id,
        municipality_name,
        provider_id,
        provider_name,
        two_factor_enabled: standing.enabled,
        two_factor_required: standing.required,
        capabilities: policy::capabilities(scope.role),
    })
}

pub fn set_password_hash(
    conn: &mut DbConn,
    staff_id: &StaffId,
    hash: &str,
) -> Result<(), AppError> {
    diesel::update(staff::table.filter(staff::id.eq(staff_id)))
        .set((
            staff::password_hash.eq(hash),
            staff::password_changed_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

pub struct NewStaff<'a> {
    pub municipality_id: &'a MunicipalityId,
    pub provider_id: Option<&'a ProviderId>,
    pub role: Role,
    pub name: &'a str,
    pub email: &'a str,
    pub password_hash: &'a str,
}

pub fn insert(conn: &mut DbConn, new: &NewStaff<'_>) -> Result<StaffId, AppError> {
    let id = StaffId::generate();
    let at = now();
    diesel::insert_into(staff::table)
        .values((
            staff::id.eq(&id),
            staff::municipality_id.eq(new.municipality_id),
            staff::provider_id.eq(new.provider_id),
            staff::role.eq(new.role.as_str()),
            staff::name.eq(new.name),
            staff::email.eq(new.email.trim().to_lowercase()),
            staff::password_hash.eq(new.password_hash),
            staff::active.eq(true),
            staff::created_at.eq(at),
            staff::password_changed_at.eq(at),
        ))
        .execute(conn)?;
    Ok(id)
}
