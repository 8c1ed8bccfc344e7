//! Cohorts (実施期間・クール) of a provider.

use chrono::NaiveDate;
use diesel::prelude::*;

use super::schema::{cohorts, providers};
use super::{DbConn, StaffScope};
use crate::domain::ids::{CohortId, ProviderId};
use crate::error::AppError;
use crate::wire::cohorts::Cohort;

type Row = (
    CohortId,
    String,
    ProviderId,
    String,
    NaiveDate,
    NaiveDate,
    i32,
);

fn from_row((id, name, provider_id, provider_name, starts_on, ends_on, capacity): Row) -> Cohort {
    Cohort {
        id,
        name,
        provider_id,
        provider_name,
        starts_on,
        ends_on,
        capacity,
    }
}

/// The cohorts the caller works with: a provider's own for its staff, the whole
/// municipality's for municipality-level staff.
pub fn list(conn: &mut DbConn, scope: &StaffScope) -> Result<Vec<Cohort>, AppError> {
    let mut query = cohorts::table
        .inner_join(providers::table)
        .filter(cohorts::municipality_id.eq(&scope.municipality_id))
        .into_boxed();
    if scope.role.is_provider_staff() {
        let Some(provider) = &scope.provider_id else {
            return Ok(Vec::new());
        };
        query = query.filter(cohorts::provider_id.eq(provider.clone()));
    }
    let rows: Vec<Row> = query
        .order((cohorts::starts_on.desc(), cohorts::name))
        .select((
            cohorts::id,
            cohorts::name,
            cohorts::provider_id,
            providers::name,
            cohorts::starts_on,
            cohorts::ends_on,
            cohorts::capacity,
        ))
        .load(conn)?;
    Ok(rows.into_iter().map(from_row).collect())
}

/// One cohort the caller works with, or `NotFound`.
pub fn get(conn: &mut DbConn, scope: &StaffScope, id: &CohortId) -> Result<Cohort, AppError> {
    list(conn, scope)?
        .into_iter()
        .find(|c| c.id == *id)
        .ok_or(AppError::NotFound)
}
