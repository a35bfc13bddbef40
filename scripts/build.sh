#!/usr/bin/env bash
# Builds the release app into dist/ (installs the toolchain first if anything is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
# Trunk's update check ignores `offline = true`; this stops it.
export TRUNK_SKIP_VERSION_CHECK=true
cargo fetch --locked --quiet
trunk build --release --locked 2>&1 | grep -vE "^\s*$" | grep -E "ERROR|error|warning|success|externalize" || true
test -f dist/index.html || { echo "build failed: no dist/index.html" >&2; exit 1; }
ls dist/*.wasm >/dev/null
