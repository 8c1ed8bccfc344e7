//! Versioned staff documents: a save names the version it started from, and an update that
//! finds another version (or an insert that finds a row) is a conflict that carries the
//! stored document back, so the editor can compare and choose — never a silent overwrite.

use diesel::result::{DatabaseErrorKind, Error};
use diesel::QueryResult;
use serde::Serialize;

use crate::error::AppError;

/// The conflict answer: the stored document, for the editor to compare with theirs.
pub fn conflict<T: Serialize>(current: &T) -> AppError {
    AppError::VersionConflict(Box::new(
        serde_json::to_value(current).unwrap_or(serde_json::Value::Null),
    ))
}

/// How a versioned write went: written, lost the race, or failed.
pub enum Written {
    Yes,
    Conflict,
}

/// An insert of version 1 (the editor started from nothing) or an update guarded by
/// `version = expected`.
pub fn outcome(result: QueryResult<usize>) -> Result<Written, AppError> {
    match result {
        Ok(1) => Ok(Written::Yes),
        Ok(_) => Ok(Written::Conflict),
        Err(Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => Ok(Written::Conflict),
        Err(e) => Err(e.into()),
    }
}

pub fn to_json<T: Serialize>(value: &T) -> Result<String, AppError> {
    serde_json::to_string(value).map_err(|e| AppError::Internal(format!("json: {e}")))
}

pub fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, AppError> {
    serde_json::from_str(text).map_err(|e| AppError::Internal(format!("stored json: {e}")))
}
