#!/usr/bin/env bash
# dekita's benchmarks, the one documented command: photo processing, the release server's peak
# memory while 10 phones upload hostile PNGs at once (beside the machine's memory), then sync
# on SQLite (WAL, synchronous=FULL) and on a throwaway PostgreSQL server, each beside the raw
# batched insert rate of the same database in the same run. Needs what tests/setup-system.sh
# installs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/setup-system.sh >/dev/null
cargo bench --bench dekita
bash tests/with-postgres.sh bash -c 'DEKITA_BENCH_DATABASE_URL="$DEKITA_TEST_DATABASE_URL" cargo bench --bench dekita -- --sync-only'
