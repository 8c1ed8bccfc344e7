//! The places directory (通いの場・地域資源) on the wire.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::domain::graduation::Transport;
use crate::domain::ids::{MediaId, PlaceId};
use crate::domain::places::PlaceKind;

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Place {
    #[schema(value_type = String)]
    pub id: PlaceId,
    /// 0 never: a place exists once created.
    pub version: i32,
    pub name: String,
    pub kind: PlaceKind,
    /// Items of the 興味関心チェックシート (8–46) this place suits.
    pub tags: Vec<i32>,
    /// Their wording.
    pub tag_labels: Vec<String>,
    pub free_tags: Vec<String>,
    /// 圏域 (第2層).
    pub area: Option<String>,
    pub address: String,
    pub schedule: String,
    pub cost: String,
    pub transport: Vec<Transport>,
    pub accessibility: String,
    pub description: String,
    pub contact: String,
    pub volunteer_roles: String,
    pub last_verified_on: Option<NaiveDate>,
    /// Not verified for 12 months.
    pub stale: bool,
    pub active: bool,
    #[serde(with = "crate::utc")]
    pub updated_at: NaiveDateTime,
    pub updated_by_name: String,
    /// What it is like, in pictures: at most [`MAX_PHOTOS`](crate::domain::places::MAX_PHOTOS),
    /// in the coordinator's order. Each is served at `/api/v1/media/{id}/thumb` and
    /// `/api/v1/media/{id}/display`.
    pub photos: Vec<PlacePhoto>,
}

/// One photo of a place.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct PlacePhoto {
    #[schema(value_type = String)]
    pub id: MediaId,
    /// What the photo shows, in words: shown under it and read out by screen readers.
    pub caption: String,
    /// The display size's width and height.
    pub width: i32,
    pub height: i32,
}

/// A place's photos in a new order: every one of them, each once.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct PlacePhotoOrder {
    #[schema(value_type = Vec<String>)]
    pub photo_ids: Vec<MediaId>,
}

#[derive(Debug, Clone, Deserialize, ToSchema)]
pub struct PlaceInput {
    pub name: String,
    pub kind: PlaceKind,
    #[serde(default)]
    pub tags: Vec<i32>,
    #[serde(default)]
    pub free_tags: Vec<String>,
    pub area: Option<String>,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub schedule: String,
    #[serde(default)]
    pub cost: String,
    #[serde(default)]
    pub transport: Vec<Transport>,
    #[serde(default)]
    pub accessibility: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub contact: String,
    #[serde(default)]
    pub volunteer_roles: String,
    pub last_verified_on: Option<NaiveDate>,
    #[serde(default = "yes")]
    pub active: bool,
}

fn yes() -> bool {
    true
}
