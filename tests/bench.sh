#!/usr/bin/env bash
# dekita's benchmarks, the one documented command: photo processing, the release server's peak
# memory while 10 phones upload hostile PNGs at once (beside the machine's memory), then sync
# on SQLite (WAL, synchronous=FULL) and on a throwaway PostgreSQL server, each beside the raw
# batched insert rate of the same database in the same run, then the participant's notebook
# read beside 10 million records of 20,000 other people on PostgreSQL, and the server's peak
# memory while it streams the FHIR export of a generated year of 1,000 people, and the fiscal
# year's outcome figures of a municipality with 100,000 enrollments over ten years on
# PostgreSQL beside a plain count(*) of the same rows. Needs what tests/setup-system.sh installs.
#   tests/bench.sh                  everything
#   tests/bench.sh --notebook-only  only the notebook read (a few minutes, most of it the generator)
#   tests/bench.sh --fhir-only      only the FHIR export's peak memory
#   tests/bench.sh --figures-only   only the outcome figures (the generator, then the reads)
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/setup-system.sh >/dev/null
notebook() {
  bash tests/with-postgres.sh bash -c 'DEKITA_BENCH_DATABASE_URL="$DEKITA_TEST_DATABASE_URL" cargo bench --bench dekita -- --notebook-only'
}
figures() {
  bash tests/with-postgres.sh bash -c 'DEKITA_BENCH_DATABASE_URL="$DEKITA_TEST_DATABASE_URL" cargo bench --bench dekita -- --figures-only'
}
fhir() {
  cargo bench --bench dekita -- --fhir-only
}
if [ "${1:-}" = "--fhir-only" ]; then
  fhir
  exit
fi
if [ "${1:-}" = "--figures-only" ]; then
  figures
  exit
fi
if [ "${1:-}" = "--notebook-only" ]; then
  notebook
  exit
fi
cargo bench --bench dekita
bash tests/with-postgres.sh bash -c 'DEKITA_BENCH_DATABASE_URL="$DEKITA_TEST_DATABASE_URL" cargo bench --bench dekita -- --sync-only'
notebook
figures
fhir
