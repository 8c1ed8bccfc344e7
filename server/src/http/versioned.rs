//! Versioned staff documents, one seam for every feature (the program's assessment, goals and
//! interviews; the exit's graduation review, the explanation of the end, places).
//!
//! GET answers carry `ETag: "N"`, and a save must send `If-Match: "N"` (`"0"` for a new
//! document; 428 without it); a stale version gets 412 with the stored document, so both can
//! be shown side by side. A feature names its documents with [`versioned_by_field!`].

use actix_web::{HttpRequest, HttpResponse};
use serde::Serialize;

use crate::db::audit::Audited;
use crate::db::DbConn;
use crate::error::AppError;
use crate::state::AppState;

/// The version a save started from, from `If-Match: "N"` (weak or bare forms accepted).
pub(in crate::http) fn if_match(req: &HttpRequest) -> Result<i32, AppError> {
    let raw = req
        .headers()
        .get(actix_web::http::header::IF_MATCH)
        .ok_or(AppError::PreconditionRequired)?
        .to_str()
        .map_err(|_| AppError::PreconditionRequired)?;
    // `"N"`, `W/"N"` or a bare `N`, as the documented pattern says.
    let raw = raw.trim();
    let raw = raw.strip_prefix("W/").unwrap_or(raw);
    let digits = raw
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .unwrap_or(raw);
    Some(digits)
        .filter(|d| (1..=9).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|d| d.parse::<i32>().ok())
        .ok_or_else(|| AppError::validation("If-Match の版の形式が正しくありません。"))
}

/// A staff document saved with If-Match: its version is its ETag.
pub(in crate::http) trait Versioned: Serialize + Send + 'static {
    fn version(&self) -> i32;
}

/// Makes documents with a `version: i32` field [`Versioned`].
macro_rules! versioned_by_field {
    ($($t:ty),* $(,)?) => {$(
        impl $crate::http::versioned::Versioned for $t {
            fn version(&self) -> i32 {
                self.version
            }
        }
    )*};
}
pub(in crate::http) use versioned_by_field;

/// A versioned document read: audited like every staff read, answered with its `ETag`.
pub(in crate::http) async fn read_versioned<T, F>(
    state: &AppState,
    read: F,
) -> Result<HttpResponse, AppError>
where
    T: Versioned,
    F: FnOnce(&mut DbConn) -> Result<Audited<T>, AppError> + Send + 'static,
{
    let doc = state.db.audited(read).await?;
    Ok(ok_versioned(doc.version(), &doc))
}

/// A versioned document saved: the version the editor started from (`If-Match`, 428 without
/// it) is handed to `save`, which refuses a stale one (412 with the stored document); the
/// answer carries the new `ETag`.
pub(in crate::http) async fn save_versioned<T, F>(
    state: &AppState,
    req: &HttpRequest,
    save: F,
) -> Result<HttpResponse, AppError>
where
    T: Versioned,
    F: FnOnce(&mut DbConn, i32) -> Result<T, AppError> + Send + 'static,
{
    let expected = if_match(req)?;
    let doc = state.db.write(move |conn| save(conn, expected)).await?;
    Ok(ok_versioned(doc.version(), &doc))
}

/// A new versioned document (201 with its `ETag`).
pub(in crate::http) async fn create_versioned<T, F>(
    state: &AppState,
    create: F,
) -> Result<HttpResponse, AppError>
where
    T: Versioned,
    F: FnOnce(&mut DbConn) -> Result<T, AppError> + Send + 'static,
{
    let doc = state.db.write(create).await?;
    Ok(versioned(
        actix_web::http::StatusCode::CREATED,
        doc.version(),
        &doc,
    ))
}

fn versioned<T: Serialize>(
    status: actix_web::http::StatusCode,
    version: i32,
    body: &T,
) -> HttpResponse {
    HttpResponse::build(status)
        .insert_header((actix_web::http::header::ETAG, format!("\"{version}\"")))
        .json(body)
}

pub(in crate::http) fn ok_versioned<T: Serialize>(version: i32, body: &T) -> HttpResponse {
    versioned(actix_web::http::StatusCode::OK, version, body)
}
