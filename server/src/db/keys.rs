//! Secrets every app server must share (so servers stay stateless): made once, kept in the
//! database, never logged.

use base64::Engine;
use diesel::prelude::*;
use rand::RngCore;

use super::schema::server_keys;
use super::{now, DbConn};
use crate::error::AppError;

/// The named secret, created (random, 64 bytes) by whichever server asks first.
pub fn get_or_create(conn: &mut DbConn, name: &str) -> Result<Vec<u8>, AppError> {
    get_or_create_with(conn, name, || {
        let mut bytes = [0u8; 64];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        bytes.to_vec()
    })
}

/// The named secret, made by `make` by whichever server asks first (e.g. a key pair's
/// private half); every other server reads the winner's.
pub fn get_or_create_with(
    conn: &mut DbConn,
    name: &str,
    make: impl FnOnce() -> Vec<u8>,
) -> Result<Vec<u8>, AppError> {
    if let Some(value) = find(conn, name)? {
        return decode(&value);
    }
    let bytes = make();
    let inserted = diesel::insert_into(server_keys::table)
        .values((
            server_keys::name.eq(name),
            server_keys::value.eq(base64::engine::general_purpose::STANDARD.encode(bytes)),
            server_keys::created_at.eq(now()),
        ))
        .execute(conn);
    match inserted {
        // Another server won the race: use its key.
        Ok(_)
        | Err(diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        )) => {}
        Err(e) => return Err(e.into()),
    }
    let value = find(conn, name)?.ok_or_else(|| AppError::Internal("key vanished".into()))?;
    decode(&value)
}

fn find(conn: &mut DbConn, name: &str) -> Result<Option<String>, AppError> {
    Ok(server_keys::table
        .filter(server_keys::name.eq(name))
        .select(server_keys::value)
        .first(conn)
        .optional()?)
}

fn decode(value: &str) -> Result<Vec<u8>, AppError> {
    base64::engine::general_purpose::STANDARD
        .decode(value)
        .map_err(|_| AppError::Internal("stored key is not base64".into()))
}
