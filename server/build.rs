//! Builds the PWA (`pwa/`, with npm) and embeds its files in the binary, so that one file
//! serves the API and the app from the same origin.
//!
//! `DEKITA_PWA_DIST=/path/to/dist` embeds an already built folder instead of running npm.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let pwa = root.join("pwa");
    println!("cargo:rerun-if-env-changed=DEKITA_PWA_DIST");
    println!("cargo:rerun-if-changed=assets/icon.png");
    println!("cargo:rerun-if-changed=assets/exercises");

    let dist = match std::env::var_os("DEKITA_PWA_DIST") {
        Some(dir) => {
            // Rebuilt into the same folder, its file names change: embed the new ones.
            println!("cargo:rerun-if-changed={}", Path::new(&dir).display());
            PathBuf::from(dir)
        }
        None => {
            watch_sources(&pwa);
            if !pwa.join("node_modules").is_dir() {
                npm(&pwa, &["ci", "--no-audit", "--no-fund"]);
            }
            npm(&pwa, &["run", "build"]);
            pwa.join("dist")
        }
    };

    let mut files = Vec::new();
    collect(&dist, &dist, &mut files);
    // The exercise pictures are served beside the app, at /exercises/<key>.svg.
    let pictures = root.join("assets").join("exercises");
    if pictures.is_dir() {
        let mut svgs = Vec::new();
        collect(&pictures, &pictures, &mut svgs);
        files.extend(
            svgs.into_iter()
                .filter(|(name, _)| name.ends_with(".svg"))
                .map(|(name, path)| (format!("exercises/{name}"), path)),
        );
    }
    files.sort();
    assert!(
        files.iter().any(|(name, _)| name == "index.html"),
        "{} has no index.html: the PWA build did not produce the app",
        dist.display()
    );
    let mut code = String::from("pub static FILES: &[(&str, &[u8])] = &[\n");
    for (name, path) in &files {
        writeln!(
            code,
            "    ({name:?}, include_bytes!({:?})),",
            path.display().to_string()
        )
        .expect("writing to a String");
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
    std::fs::write(out.join("pwa_files.rs"), code).expect("write pwa_files.rs");
}

/// Rebuild when anything the PWA is made from changes (not its output or its packages).
fn watch_sources(pwa: &Path) {
    let entries = std::fs::read_dir(pwa).unwrap_or_else(|e| panic!("{}: {e}", pwa.display()));
    for entry in entries.flatten() {
        let name = entry.file_name();
        if name != "node_modules" && name != "dist" {
            println!("cargo:rerun-if-changed={}", entry.path().display());
        }
    }
}

fn npm(dir: &Path, args: &[&str]) {
    let status = Command::new("npm")
        .args(args)
        .current_dir(dir)
        .status()
        .unwrap_or_else(|e| {
            panic!("could not run npm (Node.js 20 with npm is needed to build the PWA): {e}")
        });
    assert!(
        status.success(),
        "npm {} failed in {}",
        args.join(" "),
        dir.display()
    );
}

fn collect(base: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let entries = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e} (was the PWA built?)", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(base, &path, out);
        } else {
            let rel = path
                .strip_prefix(base)
                .expect("inside base")
                .to_string_lossy()
                .replace('\\', "/");
            out.push((rel, path));
        }
    }
}
