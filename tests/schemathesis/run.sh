#!/usr/bin/env bash
# Schemathesis over every operation of dekita's OpenAPI document, once with a therapist's
# token and once with a participant's phone: no server error, no answer that the document
# does not describe (status, headers, body), unsupported methods 405 with Allow.
#
# Starts `dekita serve --demo` (the debug build: run `cargo build` first) on a free port with
# a fresh data folder, and installs the pinned schemathesis into a virtualenv under target/.
# SCHEMATHESIS_EXAMPLES (default 25) and SCHEMATHESIS_SEED (default 1) bound and fix the run.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
here=$root/tests/schemathesis

venv=$root/target/schemathesis-venv
if ! cmp -s "$here/requirements.txt" "$venv/requirements.txt" 2>/dev/null; then
  echo "installing schemathesis into $venv"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check --no-deps -r "$here/requirements.txt"
  cp "$here/requirements.txt" "$venv/requirements.txt"
fi

bin=$root/target/debug/dekita
[ -x "$bin" ] || { echo "$bin is missing: run cargo build first" >&2; exit 1; }

work=$(mktemp -d /tmp/dekita-schemathesis.XXXXXX)
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

# The tokens, and the ids schemathesis.toml puts in paths.
"$venv/bin/python" "$here/tokens.py" "$url" >"$work/env"
set -a
# shellcheck disable=SC1091
. "$work/env"
set +a

status=0
summary=()
# The phone first: the therapist's run may discontinue people (not the phone's person).
for who in participant therapist; do
  case $who in
    therapist) token=$DEKITA_THERAPIST_TOKEN ;;
    participant) token=$DEKITA_PARTICIPANT_TOKEN ;;
  esac
  echo
  echo "--- schemathesis as the $who ---"
  # Tokens stay out of the output: schemathesis masks the Authorization header.
  set +e
  # (In the temporary folder: schemathesis keeps a cache in the folder it runs in.)
  # One worker: with two threads, Debian's Python 3.11 can fail while compiling schemathesis's own
  # modules ("AST constructor recursion depth mismatch", a thread-safety bug of that Python), which
  # is a fault of the tool, not of the API.
  (cd "$work" && timeout 900 "$venv/bin/schemathesis" --config-file "$here/schemathesis.toml" run "$url/api/openapi.json" \
    --header "Authorization: Bearer $token" \
    --checks all \
    --phases examples,coverage,fuzzing,stateful \
    --max-examples "${SCHEMATHESIS_EXAMPLES:-25}" \
    --seed "${SCHEMATHESIS_SEED:-1}" \
    --workers 1 \
    --no-color) | tee "$work/$who.txt"
  code=${PIPESTATUS[0]}
  set -e
  [ "$code" -eq 0 ] || status=1
  ops=$(sed -n 's/^ *Tested: *\([0-9]*\).*/\1/p' "$work/$who.txt" | tail -n 1)
  cases=$(sed -n 's/^ *\([0-9]*\) generated.*/\1/p' "$work/$who.txt" | tail -n 1)
  found=$(sed -n 's/.* found \([0-9]*\) unique failure.*/\1/p' "$work/$who.txt" | tail -n 1)
  summary+=("as the $who: ${ops:-?} operations, ${cases:-?} test cases, ${found:-0} failures (exit $code)")
done

# An internal error is answered as a plain 500 and logged as "request failed".
if grep -q 'request failed\|panicked' "$work/log"; then
  echo "the server logged internal errors:" >&2
  grep 'request failed\|panicked' "$work/log" >&2
  status=1
fi

echo
printf 'schemathesis %s\n' "${summary[@]}"
exit $status
