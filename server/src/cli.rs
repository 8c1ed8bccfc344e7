//! The command line: `dekita serve`, `dekita backup`, `dekita openapi`.

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
