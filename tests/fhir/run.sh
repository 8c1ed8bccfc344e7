#!/usr/bin/env bash
# The FHIR R4 export, validated: starts `dekita serve --demo` (the debug build: run
# `cargo build` first) on a free port with a fresh data folder, downloads the export of every
# demo cohort and of one person over HTTP as the municipality's administrator, and validates
# every resource with fhir.resources 6.4.x (FHIR 4.0.1) plus the project's own checks
# (validate.py). The pinned library is installed into a virtualenv under target/.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
here=$root/tests/fhir

venv=$root/target/fhir-venv
if ! cmp -s "$here/requirements.txt" "$venv/requirements.txt" 2>/dev/null; then
  echo "installing fhir.resources into $venv"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps -r "$here/requirements.txt"
  cp "$here/requirements.txt" "$venv/requirements.txt"
fi
"$venv/bin/python" -c 'import fhir.resources as f, sys; sys.exit(f.__fhir_version__ != "4.0.1")' \
  || { echo "fhir.resources is not the R4 (4.0.1) line" >&2; exit 1; }

"$venv/bin/python" "$here/validate.py" --self-test

bin=$root/target/debug/dekita
[ -x "$bin" ] || { echo "$bin is missing: run cargo build first" >&2; exit 1; }

work=$(mktemp -d /tmp/dekita-fhir.XXXXXX)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$bin" serve --demo --bind 127.0.0.1:0 --data-dir "$work/data" >"$work/out" 2>"$work/log" &
server=$!
url=""
for _ in $(seq 1 300); do
  url=$(sed -n 's/^dekita listening on \(http:[^ ]*\)$/\1/p' "$work/out" | head -n 1)
  [ -n "$url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "dekita did not start" >&2; cat "$work/log" >&2; exit 1; }
echo "dekita (demo) on $url"

mkdir -p "$work/exports"
mapfile -t files < <("$venv/bin/python" "$here/export.py" "$url" "$work/exports")
[ "${#files[@]}" -gt 0 ] || { echo "no export was made" >&2; exit 1; }
"$venv/bin/python" "$here/validate.py" --expect-all "${files[@]}"
