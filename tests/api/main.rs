//! The API through real HTTP, on SQLite by default and on PostgreSQL when
//! `DEKITA_TEST_DATABASE_URL` is set (`tests/with-postgres.sh` does that).

mod account;
mod administration;
mod authorization;
mod crash;
mod daily;
mod evaluation;
mod evaluation_people;
mod exit;
mod exports;
mod family;
mod figures;
mod followups;
mod hardening;
mod helpers;
mod notebook;
mod participants;
#[path = "../support/phones.rs"]
mod phones;
#[path = "../support/pictures.rs"]
mod pictures;
mod place_photos;
mod privacy;
mod program;
mod push;
mod record;
mod scale;
#[path = "../support/scenario.rs"]
mod scenario;
mod storage;
mod two_factor;
mod volunteers;
mod web;
