//! HTTP: thin handlers that parse, call the data layer with the caller's scope, and map
//! errors. Routes are grouped by feature.

pub mod account;
pub mod admin;
pub mod admin_setup;
pub mod calendar;
pub mod daily;
pub mod evaluation;
pub mod exit;
pub mod exports;
pub mod family;
pub mod followups;
pub mod health;
pub mod ical;
pub mod icons;
pub mod methods;
pub mod notebook;
pub mod openapi;
pub mod participants;
pub mod place_photos;
pub mod privacy;
pub mod program;
pub mod push;
pub mod record;
pub mod session_day;
pub mod two_factor;
pub mod versioned;
pub mod volunteers;
pub mod web;

use actix_web::{error::JsonPayloadError, web as aw, HttpRequest};

use crate::error::AppError;

/// Request bodies are small forms; anything larger is refused before it is read.
pub const JSON_LIMIT: usize = 64 * 1024;

pub fn json_config() -> aw::JsonConfig {
    aw::JsonConfig::default()
        .limit(JSON_LIMIT)
        .error_handler(|err, _req| json_error(err).into())
}

fn json_error(err: JsonPayloadError) -> AppError {
    match err {
        JsonPayloadError::Overflow { .. } | JsonPayloadError::OverflowKnownLength { .. } => {
            AppError::PayloadTooLarge
        }
        JsonPayloadError::ContentType => {
            AppError::validation("Content-Type: application/json で送ってください。")
        }
        JsonPayloadError::Deserialize(e) => {
            AppError::validation(format!("入力の形式が正しくありません（{e}）。"))
        }
        _ => AppError::validation("入力を読み取れませんでした。"),
    }
}

pub fn path_config() -> aw::PathConfig {
    aw::PathConfig::default().error_handler(|_, _| AppError::NotFound.into())
}

pub fn query_config() -> aw::QueryConfig {
    aw::QueryConfig::default().error_handler(|e, _| {
        AppError::validation(format!("問い合わせの形式が正しくありません（{e}）。")).into()
    })
}

/// Every route of the API, under `/api/v1`, plus health and the OpenAPI document.
pub fn configure(cfg: &mut aw::ServiceConfig) {
    cfg.service(
        aw::scope("/api/v1")
            .configure(account::routes)
            .configure(participants::routes)
            .configure(record::routes)
            .configure(privacy::routes)
            .configure(program::routes)
            .configure(calendar::routes)
            .configure(daily::routes)
            .configure(exit::routes)
            .configure(place_photos::routes)
            .configure(notebook::routes)
            .configure(family::routes)
            .configure(followups::routes)
            .configure(volunteers::routes)
            .configure(admin::routes)
            .configure(admin_setup::routes)
            .configure(session_day::routes)
            .configure(evaluation::routes)
            .configure(exports::routes)
            .configure(push::routes)
            .configure(two_factor::routes)
            .default_service(aw::to(methods::fallback)),
    )
    .configure(health::routes)
    .configure(openapi::routes)
    .configure(icons::routes)
    .configure(web::routes);
}

/// The public origin of this server (configured, or as the request reached it).
pub fn origin(state: &crate::state::AppState, req: &HttpRequest) -> String {
    match &state.config.public_url {
        Some(url) => url.trim_end_matches('/').to_owned(),
        None => {
            let info = req.connection_info();
            format!("{}://{}", info.scheme(), info.host())
        }
    }
}

/// A file the browser saves rather than shows: CSV for Excel (UTF-8 with BOM, built by the data
/// layer), a FHIR Bundle, a disclosure. `file_name` is ASCII, made by the server, never from
/// the request.
pub fn download(content_type: &str, file_name: &str) -> actix_web::HttpResponseBuilder {
    debug_assert!(file_name
        .bytes()
        .all(|b| b.is_ascii_graphic() && b != b'"' && b != b'\\'));
    let mut answer = actix_web::HttpResponse::Ok();
    answer.content_type(content_type).insert_header((
        actix_web::http::header::CONTENT_DISPOSITION,
        format!("attachment; filename=\"{file_name}\""),
    ));
    answer
}

/// Which characters a CSV download is written in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize, utoipa::ToSchema)]
pub enum CsvEncoding {
    /// UTF-8 with a byte-order mark: today's Excel opens it with every character.
    #[default]
    #[serde(rename = "utf-8")]
    Utf8,
    /// Shift_JIS (CP932) without a byte-order mark, for older systems; a file holding a
    /// character it cannot write is refused (`not_in_shift_jis`), naming the characters.
    #[serde(rename = "shift_jis")]
    ShiftJis,
}

/// The options every CSV download takes.
#[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
pub struct CsvOptions {
    /// `utf-8` (default, with BOM) or `shift_jis` (CP932, for older systems).
    #[param(inline)]
    pub encoding: Option<CsvEncoding>,
}

/// CSV (built by the data layer as UTF-8 with BOM and CRLF), saved as `file_name`, in the
/// encoding asked for.
pub fn csv_download(
    file_name: &str,
    csv: String,
    options: &CsvOptions,
) -> Result<actix_web::HttpResponse, crate::error::AppError> {
    match options.encoding.unwrap_or_default() {
        CsvEncoding::Utf8 => Ok(download("text/csv; charset=utf-8", file_name).body(csv)),
        CsvEncoding::ShiftJis => match crate::domain::spreadsheet::shift_jis(&csv) {
            Ok(bytes) => Ok(download("text/csv; charset=Shift_JIS", file_name).body(bytes)),
            Err(missing) => Err(crate::error::AppError::NotInShiftJis(
                crate::domain::spreadsheet::unmappable_message(&missing),
            )),
        },
    }
}

/// Answers of the API hold health information, tokens and codes: no cache may keep them
/// (browsers' included — staff PCs at a provider are shared). An answer that chose its own
/// caching (e.g. the calendar feed) keeps it.
pub fn no_store(headers: &mut actix_web::http::header::HeaderMap) {
    use actix_web::http::header::{HeaderValue, CACHE_CONTROL};
    if !headers.contains_key(CACHE_CONTROL) {
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
}

/// What the request log may say of a path: the route's pattern where one matched
/// (`/api/v1/calendar/{token}`, never the key itself); otherwise the first segment when it is
/// a plain lower-case word, and of every other segment only a known file extension — a
/// mistyped or hostile path can hold a code or a name.
pub fn loggable_path(pattern: Option<&str>, path: &str) -> String {
    if let Some(pattern) = pattern.filter(|p| p.contains('{') || *p == path) {
        return pattern.to_owned();
    }
    const EXTENSIONS: [&str; 8] = [
        "js",
        "css",
        "svg",
        "png",
        "json",
        "webmanifest",
        "html",
        "ico",
    ];
    let mut out = String::new();
    for (i, segment) in path.split('/').skip(1).enumerate() {
        out.push('/');
        let word = segment.len() <= 32
            && segment
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-' || c == '.');
        if i == 0 && word {
            out.push_str(segment);
        } else if !segment.is_empty() {
            out.push('…');
            if let Some((_, ext)) = segment
                .rsplit_once('.')
                .filter(|(_, e)| EXTENSIONS.contains(e))
            {
                out.push('.');
                out.push_str(ext);
            }
        }
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

/// Where the client is, for rate limits. Behind a reverse proxy the proxy's address is what
/// counts unless the proxy is configured to pass the real one; we do not trust headers here.
pub fn client_ip(req: &HttpRequest) -> std::net::IpAddr {
    req.peer_addr()
        .map(|a| a.ip())
        .unwrap_or(std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED))
}

#[cfg(test)]
mod tests {
    use super::loggable_path;

    #[test]
    fn a_matched_route_is_logged_as_its_pattern() {
        assert_eq!(
            loggable_path(
                Some("/api/v1/calendar/{token}"),
                "/api/v1/calendar/s3cr3t.ics"
            ),
            "/api/v1/calendar/{token}"
        );
        assert_eq!(
            loggable_path(
                Some("/api/v1/participants/{id}"),
                "/api/v1/participants/0193-abc"
            ),
            "/api/v1/participants/{id}"
        );
        assert_eq!(loggable_path(Some("/healthz"), "/healthz"), "/healthz");
    }

    #[test]
    fn an_unmatched_path_keeps_only_its_first_segment_and_app_files() {
        assert_eq!(loggable_path(None, "/enroll/ABCD2345"), "/enroll/…");
        assert_eq!(loggable_path(None, "/assets/app-1a2b3c.js"), "/assets/….js");
        assert_eq!(
            loggable_path(None, "/exercises/sit-to-stand.svg"),
            "/exercises/….svg"
        );
        assert_eq!(loggable_path(None, "/index.html"), "/index.html");
        assert_eq!(loggable_path(None, "/山田花子"), "/…");
        assert_eq!(loggable_path(None, "/Yamada/Hanako.txt"), "/…/…");
        assert_eq!(loggable_path(None, "/"), "/");
        assert_eq!(
            loggable_path(Some("/api/v1"), "/api/v1/calendar/s3cr3t"),
            "/api/…/…/…"
        );
    }
}
