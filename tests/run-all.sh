#!/usr/bin/env bash
# Every test of dekita, on a fresh Debian machine with Rust and Node.js 20:
# system packages, the PWA's checks, formatting and lints, the Rust suite on SQLite and on
# PostgreSQL, the PWA's generated API types against the OpenAPI document, schemathesis over it,
# the FHIR export validated by an independent R4 library, and the browser end-to-end tests in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "system packages (PostgreSQL, Chromium, fonts)"
bash tests/setup-system.sh

step "PWA: install, type check, unit tests, build, size budget"
(cd pwa && npm ci --no-audit --no-fund && npm run check && npm test && npm run build && npm run size)

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy -D warnings"
cargo clippy --all-targets -- -D warnings

step "Rust tests on SQLite"
cargo test

step "Rust tests on PostgreSQL"
bash tests/with-postgres.sh cargo test

step "build the server; the PWA's API types match its OpenAPI document"
cargo build
(cd pwa && npm run api-types -- --check)

step "schemathesis over every API operation (therapist and phone)"
bash tests/schemathesis/run.sh

step "FHIR R4 export of the demo, validated (fhir.resources 6.4 + the project's checks)"
bash tests/fhir/run.sh

step "browser end-to-end tests (Chromium)"
(cd tests/e2e && npm ci --no-audit --no-fund && npm test)

step "all tests passed"
