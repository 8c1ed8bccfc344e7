//! HTTP: thin handlers that parse, call the data layer with the caller's scope, and map
//! errors. Routes are grouped by feature.

pub mod account;
pub mod admin;
pub mod daily;
pub mod health;
pub mod ical;
pub mod icons;
pub mod openapi;
pub mod participants;
pub mod program;
pub mod push;
pub mod two_factor;
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
            .configure(program::routes)
            .configure(daily::routes)
            .configure(admin::routes)
            .configure(push::routes)
            .configure(two_factor::routes)
            .default_service(aw::to(|| async { Err::<String, _>(AppError::NotFound) })),
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

/// Where the client is, for rate limits. Behind a reverse proxy the proxy's address is what
/// counts unless the proxy is configured to pass the real one; we do not trust headers here.
pub fn client_ip(req: &HttpRequest) -> std::net::IpAddr {
    req.peer_addr()
        .map(|a| a.ip())
        .unwrap_or(std::net::IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED))
}
