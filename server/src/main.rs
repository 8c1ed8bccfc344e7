use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = dekita::cli::Cli::parse();
    dekita::cli::run(cli)
}
