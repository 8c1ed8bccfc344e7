//! Configuration: command-line flags, each also readable from the environment.

use std::path::PathBuf;

use clap::Args;

use crate::db::Location;
use crate::error::AppError;

#[derive(Debug, Clone, Args)]
pub struct Config {
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, env = "DEKITA_BIND", default_value = "127.0.0.1:8080")]
    pub bind: String,
    /// Folder for the SQLite database and other local data (created if missing).
    #[arg(long, env = "DEKITA_DATA_DIR", default_value = "./data")]
    pub data_dir: PathBuf,
    /// `postgres://…` to use PostgreSQL; empty for the SQLite file in the data folder.
    #[arg(long, env = "DATABASE_URL")]
    pub database_url: Option<String>,
    /// Load the fictional demo (once; later starts leave it as it is).
    #[arg(long, env = "DEKITA_DEMO")]
    pub demo: bool,
    /// The address people reach dekita at, for enrollment links (default: from the request).
    #[arg(long, env = "DEKITA_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Lifetime of access tokens, in minutes.
    #[arg(long, env = "DEKITA_ACCESS_TOKEN_MINUTES", default_value_t = 15)]
    pub access_token_minutes: i64,
    /// Sign-in and code attempts allowed at once per address.
    #[arg(long, env = "DEKITA_SIGNIN_BURST", default_value_t = 10)]
    pub signin_burst: u32,
    /// Seconds after which one more attempt is allowed.
    #[arg(long, env = "DEKITA_SIGNIN_PERIOD_SECS", default_value_t = 6)]
    pub signin_period_secs: u64,
    /// Second-factor code attempts allowed at once per staff account (on top of the limit
    /// per address).
    #[arg(long, env = "DEKITA_TWO_FACTOR_BURST", default_value_t = 5)]
    pub two_factor_burst: u32,
    /// Seconds after which one more code attempt is allowed for the same account.
    #[arg(long, env = "DEKITA_TWO_FACTOR_PERIOD_SECS", default_value_t = 60)]
    pub two_factor_period_secs: u64,
    /// The VAPID contact push services see: `mailto:…` or `https://…` (default: the public
    /// URL when it is https, else `mailto:` of --push-contact).
    #[arg(long, env = "DEKITA_VAPID_SUBJECT")]
    pub vapid_subject: Option<String>,
    /// An e-mail address for push services to reach the operator, when --vapid-subject is
    /// not given and the public URL is not https.
    #[arg(long, env = "DEKITA_PUSH_CONTACT", default_value = DEFAULT_PUSH_CONTACT)]
    pub push_contact: String,
    /// How often, in milliseconds, the job runner looks for notifications to send.
    #[arg(long, env = "DEKITA_JOB_POLL_MS", default_value_t = 5000)]
    pub job_poll_ms: u64,
    /// Where processed pictures are kept: `directory` (`<data dir>/media/`) or `database`
    /// (shared by every app server). Default: `database` with PostgreSQL, else `directory`.
    #[arg(long, env = "DEKITA_MEDIA_STORE")]
    pub media_store: Option<String>,
    /// How many photos are decoded at once (each may take up to 120 MB while it is decoded).
    #[arg(long, env = "DEKITA_PHOTO_DECODES", default_value_t = crate::media::DEFAULT_DECODES_AT_ONCE)]
    pub photo_decodes: usize,
    /// Seconds an upload waits for its turn to be decoded before it is answered 503 with
    /// `Retry-After` (0: answer at once when every turn is taken).
    #[arg(long, env = "DEKITA_PHOTO_WAIT_SECS", default_value_t = crate::media::DEFAULT_WAIT_SECS)]
    pub photo_wait_secs: u64,
    /// The push services subscriptions may name (comma-separated host names, each covering
    /// its subdomains; `*` any https host name).
    #[arg(long, env = "DEKITA_PUSH_SERVICES", default_value = crate::push::DEFAULT_PUSH_SERVICES)]
    pub push_services: String,
    /// Accept plain-http push endpoints on loopback addresses (tests' push services only).
    #[arg(long, env = "DEKITA_PUSH_ALLOW_LOOPBACK_HTTP", hide = true)]
    pub push_allow_loopback_http: bool,
}

/// The placeholder contact, for trying dekita out: Apple's push service refuses it (it wants
/// an address on a real domain), so start-up warns while it is in use, and a configured
/// contact must be real.
pub const DEFAULT_PUSH_CONTACT: &str = "webpush@localhost";

impl Config {
    pub fn location(&self) -> Result<Location, AppError> {
        match self.database_url.as_deref().map(str::trim) {
            Some(url) if !url.is_empty() => Location::parse(url),
            _ => Ok(Location::SqliteFile(self.data_dir.join("dekita.sqlite3"))),
        }
    }
}
