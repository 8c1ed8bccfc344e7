//! dekita (できた): the API and PWA server for a municipality's 短期集中予防サービス
//! (通所型サービスC). See DESIGN.md of the project for the program it models.

pub mod auth;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod domain;
pub mod error;
pub mod http;
pub mod jobs;
pub mod media;
pub mod push;
pub mod startup;
pub mod state;
pub mod utc;
pub mod wire;
