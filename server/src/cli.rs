//! The command line: `dekita serve`, `dekita init`, `dekita backup`, `dekita openapi`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::config::Config;
use crate::db::Database;
use crate::startup::Application;

#[derive(Debug, Parser)]
#[command(
    name = "dekita",
    version,
    about = "dekita — 短期集中予防サービス（通所型サービスC）のための API と PWA"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the API and the PWA.
    Serve(Config),
    /// Make a consistent online copy of the SQLite database, keeping the newest generations,
    /// and add new pictures of the folder store to `<to>/media/`.
    Backup {
        #[command(flatten)]
        config: Config,
        /// Folder for the copies.
        #[arg(long)]
        to: PathBuf,
        /// How many copies to keep.
        #[arg(long, default_value_t = 7)]
        keep: usize,
    },
    /// Print the OpenAPI document (what `/api/openapi.json` serves), with no server running.
    Openapi,
    /// Set up a municipality from nothing: the municipality and its first administrator, who
    /// gets a one-time set-up link (valid 24 hours) to choose a password. Refuses to run again
    /// for a municipality that has an administrator, unless --additional-admin is given.
    Init(InitArgs),
}

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    #[command(flatten)]
    pub config: Config,
    /// The municipality's code (letters, digits, hyphens; e.g. its 全国地方公共団体コード).
    #[arg(long, env = "DEKITA_INIT_MUNICIPALITY_CODE")]
    pub municipality_code: String,
    /// The municipality's name as staff see it (e.g. ひだまり市).
    #[arg(long, env = "DEKITA_INIT_MUNICIPALITY_NAME")]
    pub municipality_name: String,
    /// The first administrator's name.
    #[arg(long, env = "DEKITA_INIT_ADMIN_NAME")]
    pub admin_name: String,
    /// The first administrator's sign-in address.
    #[arg(long, env = "DEKITA_INIT_ADMIN_EMAIL")]
    pub admin_email: String,
    /// Require a second factor (an authenticator app) of all the municipality's staff; the
    /// administrator sets theirs up right after the password.
    #[arg(long, env = "DEKITA_INIT_REQUIRE_TWO_FACTOR")]
    pub require_two_factor: bool,
    /// Add one more administrator to a municipality that already has one.
    #[arg(long)]
    pub additional_admin: bool,
}

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
}

pub fn run(cli: Cli) -> ExitCode {
    init_tracing();
    let result = match cli.command {
        Command::Serve(config) => serve(config),
        Command::Backup { config, to, keep } => config
            .location()
            .and_then(Database::open)
            .and_then(|db| db.backup(&to, keep))
            .and_then(|path| {
                // The database first: every picture its copy refers to is then on disk.
                let pictures = crate::media::copy_new_pictures(&config.data_dir, &to)?;
                println!("バックアップを作りました: {}", path.display());
                if pictures > 0 {
                    println!(
                        "写真 {pictures} 枚を {} に加えました",
                        to.join("media").display()
                    );
                }
                Ok(())
            }),
        Command::Init(args) => init(args),
        Command::Openapi => {
            println!("{}", crate::http::openapi::document());
            Ok(())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dekita: {e}");
            ExitCode::FAILURE
        }
    }
}

fn init(args: InitArgs) -> Result<(), crate::error::AppError> {
    use crate::db::admin_staff::{self, InitRequest};
    let db = args.config.location().and_then(Database::open)?;
    let request = InitRequest {
        municipality_code: args.municipality_code,
        municipality_name: args.municipality_name,
        admin_name: args.admin_name,
        admin_email: args.admin_email,
        two_factor_required: args.require_two_factor,
        additional_admin: args.additional_admin,
    };
    let outcome = {
        let mut conn = db.conn()?;
        crate::db::write(&mut conn, |conn| admin_staff::init(conn, &request))?
    };
    let base = args
        .config
        .public_url
        .as_deref()
        .map(|u| u.trim_end_matches('/').to_owned())
        .unwrap_or_else(|| format!("http://{}", args.config.bind));
    if outcome.created_municipality {
        println!(
            "市町村「{}」を作りました。",
            request.municipality_name.trim()
        );
    } else {
        println!(
            "市町村「{}」に管理者を加えました。",
            request.municipality_code.trim()
        );
    }
    println!(
        "管理者 {} の設定用リンク（1回だけ使えます。{} まで有効）:",
        request.admin_email.trim(),
        crate::utc::format(&outcome.expires_at)
    );
    println!("{base}{}", admin_staff::link_path(&outcome.token));
    println!(
        "このリンクを開いてパスワードを決めてください。dekita serve を動かしたままにしてください。"
    );
    Ok(())
}

fn serve(config: Config) -> Result<(), crate::error::AppError> {
    actix_web::rt::System::new().block_on(async move {
        let demo = config.demo;
        let app = Application::build(config).await?;
        let url = format!("http://{}", app.addr());
        // Tests and scripts read this line to learn the port.
        println!("dekita listening on {url}");
        if demo {
            println!("{}", crate::db::demo::sign_in_help(&url));
        }
        app.run()
            .await
            .map_err(|e| crate::error::AppError::Config(format!("server: {e}")))
    })
}
