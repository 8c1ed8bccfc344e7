//! `405 Method Not Allowed`: the methods each API path answers are read from the OpenAPI
//! document, so the `Allow` header and the documentation cannot disagree. A path that is not
//! an API resource (the PWA's files and routes) answers `GET` and `HEAD`; `TRACE` is refused
//! everywhere.

use std::sync::OnceLock;

use actix_web::{http::Method, HttpRequest};
use utoipa::OpenApi;

use crate::error::AppError;

/// A documented path: its segments (`None` for a `{parameter}`) and the methods it answers.
struct Resource {
    segments: Vec<Option<String>>,
    methods: Vec<&'static str>,
}

/// The order methods are listed in `Allow`.
const ORDER: [&str; 8] = [
    "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE",
];

fn table() -> &'static [Resource] {
    static TABLE: OnceLock<Vec<Resource>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let doc = super::openapi::ApiDoc::openapi();
        let mut table: Vec<Resource> = doc
            .paths
            .paths
            .iter()
            .map(|(path, item)| {
                let ops = [
                    ("GET", item.get.is_some()),
                    ("HEAD", item.head.is_some()),
                    ("POST", item.post.is_some()),
                    ("PUT", item.put.is_some()),
                    ("PATCH", item.patch.is_some()),
                    ("DELETE", item.delete.is_some()),
                    ("OPTIONS", item.options.is_some()),
                    ("TRACE", item.trace.is_some()),
                ];
                Resource {
                    segments: template(path),
                    methods: ops.iter().filter(|(_, on)| *on).map(|(m, _)| *m).collect(),
                }
            })
            .collect();
        // The document itself and its page.
        for path in ["/api/openapi.json", "/api/docs"] {
            table.push(Resource {
                segments: template(path),
                methods: vec!["GET"],
            });
        }
        table
    })
}

fn template(path: &str) -> Vec<Option<String>> {
    path.strip_prefix('/')
        .unwrap_or(path)
        .split('/')
        .map(|s| (!(s.starts_with('{') && s.ends_with('}'))).then(|| s.to_owned()))
        .collect()
}

/// The methods the API resource at `path` answers (`GET, PUT`), or `None` if no documented
/// path matches. When several documented paths match, the most specific ones (the most
/// literal segments) name the resource: `/volunteers/activity.csv` is not `/volunteers/{id}`.
pub fn allowed(path: &str) -> Option<String> {
    let segments: Vec<&str> = path.strip_prefix('/').unwrap_or(path).split('/').collect();
    let mut methods: Vec<&str> = Vec::new();
    let mut best = 0;
    for resource in table() {
        let matches = resource.segments.len() == segments.len()
            && resource
                .segments
                .iter()
                .zip(&segments)
                .all(|(want, got)| match want {
                    Some(literal) => literal == got,
                    None => !got.is_empty(),
                });
        if matches {
            let literal = resource.segments.iter().filter(|s| s.is_some()).count();
            if literal > best {
                best = literal;
                methods.clear();
            }
            if literal == best {
                methods.extend(&resource.methods);
            }
        }
    }
    if methods.is_empty() {
        return None;
    }
    let listed: Vec<&str> = ORDER.into_iter().filter(|m| methods.contains(m)).collect();
    Some(listed.join(", "))
}

/// Why no route took this request: `405` with `Allow` when the path is an API resource that
/// does not answer this method (or the method is `TRACE`), else `404`.
pub fn not_routed(req: &HttpRequest) -> AppError {
    match allowed(req.path()) {
        Some(allow) if !allow.split(", ").any(|m| m == req.method().as_str()) => {
            AppError::MethodNotAllowed { allow }
        }
        Some(_) => AppError::NotFound,
        None if req.method() == Method::TRACE => AppError::MethodNotAllowed {
            allow: if req.path().starts_with("/api/") {
                String::new()
            } else {
                "GET, HEAD".into()
            },
        },
        None => AppError::NotFound,
    }
}

/// The default service of a scope or resource of the API.
pub async fn fallback(req: HttpRequest) -> Result<actix_web::HttpResponse, AppError> {
    Err(not_routed(&req))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allow_lists_the_documented_methods_of_a_path() {
        assert_eq!(
            allowed("/api/v1/participants").as_deref(),
            Some("GET, POST")
        );
        assert_eq!(
            allowed("/api/v1/participants/0190-abc/goals/7").as_deref(),
            Some("PUT")
        );
        assert_eq!(allowed("/healthz").as_deref(), Some("GET"));
        // A literal path beside a parameter one: the literal names the resource.
        assert_eq!(
            allowed("/api/v1/volunteers/activity.csv").as_deref(),
            Some("GET")
        );
        assert_eq!(
            allowed("/api/v1/volunteers/0190-abc").as_deref(),
            Some("GET, PUT")
        );
        assert_eq!(allowed("/api/openapi.json").as_deref(), Some("GET"));
        assert_eq!(allowed("/api/v1/participants//goals"), None);
        assert_eq!(allowed("/api/v1/participants/"), None);
        assert_eq!(allowed("/api/v1/nothing"), None);
        assert_eq!(allowed("/"), None);
    }
}
