//! The shapes requests and answers take on the wire (serde and the OpenAPI schema), by feature.
//! Plain data: `http` and `db` both use them, and they use nothing but `domain` — so the data
//! layer can answer in them without knowing about HTTP, and a handler can name them without
//! reaching into the data layer's insides.

pub mod admin;
pub mod assessments;
pub mod audit;
pub mod calendar;
pub mod cohorts;
pub mod consents;
pub mod daily;
pub mod devices;
pub mod evaluation;
pub mod family;
pub mod followups;
pub mod goals;
pub mod graduation;
pub mod handoffs;
pub mod interviews;
pub mod notebook;
pub mod overview;
pub mod participants;
pub mod performance;
pub mod places;
pub mod privacy;
pub mod push;
pub mod record;
pub mod screenings;
pub mod session_day;
pub mod sessions;
pub mod staff;
pub mod take_home;
pub mod two_factor;
pub mod volunteers;
