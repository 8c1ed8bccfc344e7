//! The PWA, embedded in the binary at build time (see `server/build.rs`).

use actix_web::{http::Method, web, HttpRequest, HttpResponse};

use crate::error::AppError;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/pwa_files.rs"));
}

fn find(path: &str) -> Option<&'static [u8]> {
    embedded::FILES
        .iter()
        .find(|(name, _)| *name == path)
        .map(|(_, bytes)| *bytes)
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        "map" => "application/json",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// Pages load only what this server serves: a participant's record never leaves for a third
/// party, and injected markup cannot run script. (Inline styles are allowed for the API page.)
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; \
     manifest-src 'self'; worker-src 'self'; frame-ancestors 'none'; base-uri 'none'; \
     form-action 'self'; object-src 'none'";

/// `app-1A2B3C4D.js`: a content hash in the name means the file never changes.
fn is_hashed(path: &str) -> bool {
    let file = path.rsplit('/').next().unwrap_or(path);
    let stem = file.split('.').next().unwrap_or_default();
    stem.rsplit_once('-')
        .is_some_and(|(_, hash)| hash.len() == 8 && hash.chars().all(|c| c.is_ascii_alphanumeric()))
}

async fn serve(req: HttpRequest) -> Result<HttpResponse, AppError> {
    let raw = req.path().trim_start_matches('/');
    // An API path (or TRACE) that no route took: 405 with `Allow`, or 404.
    if raw.starts_with("api/") || super::methods::allowed(req.path()).is_some() {
        return Err(super::methods::not_routed(&req));
    }
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return Err(AppError::MethodNotAllowed {
            allow: "GET, HEAD".into(),
        });
    }
    let mut path = if raw.is_empty() || raw.ends_with('/') {
        format!("{raw}index.html")
    } else {
        raw.to_owned()
    };
    let bytes = match find(&path) {
        Some(bytes) => bytes,
        // A folder without its slash, or an app route: the app shell answers.
        None => match find(&format!("{path}/index.html")) {
            Some(bytes) => {
                path = format!("{path}/index.html");
                bytes
            }
            None if !path.rsplit('/').next().unwrap_or_default().contains('.') => {
                path = "index.html".into();
                find(&path).ok_or(AppError::NotFound)?
            }
            None => return Err(AppError::NotFound),
        },
    };
    let cache = if is_hashed(&path) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    let mut response = HttpResponse::Ok();
    response
        .content_type(content_type(&path))
        .insert_header(("Cache-Control", cache));
    if path.ends_with(".html") {
        response.insert_header(("Content-Security-Policy", CONTENT_SECURITY_POLICY));
    }
    Ok(response.body(bytes))
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.default_service(web::to(serve));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_content_hashed_names_are_cached_forever() {
        assert!(is_hashed("app-1A2B3C4D.js"));
        assert!(is_hashed("assets/staff-ab12cd34.css"));
        assert!(!is_hashed("index.html"));
        assert!(!is_hashed("sw.js"));
        assert!(!is_hashed("swagger-ui-bundle.js"));
    }
}
