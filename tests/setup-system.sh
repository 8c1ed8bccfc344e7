#!/usr/bin/env bash
# Installs what dekita's tests need from Debian's packages, only when missing:
# PostgreSQL (server and libpq headers), OpenSSL headers, Chromium for the browser tests (and
# poppler-utils to read their printed PDFs), Japanese fonts,
# Python's venv.
set -euo pipefail

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
[ -f /usr/include/postgresql/libpq-fe.h ] || missing+=(libpq-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
# OpenSSL headers: web push's payload encryption (the ece crate) links libssl.
[ -f /usr/include/openssl/ssl.h ] || missing+=(libssl-dev)
[ -x /usr/bin/chromium ] || missing+=(chromium)
# pdftotext: the browser tests read the text of printed PDFs.
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
fc-list 2>/dev/null | grep -qi "noto sans cjk" || missing+=(fonts-noto-cjk)
# Python virtualenvs (the pinned schemathesis is installed into one).
python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || missing+=(python3-venv)

if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
