//! The shapes requests and answers take on the wire (serde and the OpenAPI schema), by feature.
//! Plain data: `http` and `db` both use them, and they use nothing but `domain` — so the data
//! layer can answer in them without knowing about HTTP, and a handler can name them without
//! reaching into the data layer's insides.

pub mod admin;
pub mod daily;
pub mod evaluation;
pub mod family;
pub mod followups;
pub mod notebook;
pub mod privacy;
pub mod record;
pub mod session_day;
pub mod volunteers;
