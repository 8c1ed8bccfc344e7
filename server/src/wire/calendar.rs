//! The staff calendar feed's shapes on the wire (`http::calendar`, `db::calendar`).

use chrono::NaiveDateTime;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Feed {
    pub id: String,
    #[serde(with = "crate::utc")]
    pub created_at: NaiveDateTime,
    #[serde(default, with = "crate::utc::option")]
    pub revoked_at: Option<NaiveDateTime>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct NewFeed {
    pub id: String,
    /// The feed's address; shown once, like a password.
    pub url: String,
    #[serde(with = "crate::utc")]
    pub created_at: NaiveDateTime,
}
