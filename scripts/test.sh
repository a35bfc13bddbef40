#!/usr/bin/env bash
# Every test skillmap has; exits non-zero on the first failure.
#   formatting and lints · core tests (native, PDF engine included) · browser component
#   tests (headless Chromium)
#   · release build · end-to-end journeys against the build served on 127.0.0.1
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n== %s\n' "$*"; }

step "format"
cargo fmt --all --check

step "lints (native crates, wasm app)"
cargo clippy --locked -p skillmap-profile -p skillmap-esco -p skillmap-pdf --all-targets --all-features -- -D warnings
cargo clippy --locked -p skillmap -p skillmap-pdf-worker --target wasm32-unknown-unknown --all-targets -- -D warnings

step "core tests (native): profile, taxonomy, PDF layout and rendering (checked with poppler)"
cargo test --locked -p skillmap-profile -p skillmap-esco -p skillmap-pdf
bash scripts/make-pdf-fonts.sh --check

step "browser component tests (headless Chromium)"
cargo test --locked -p skillmap --target wasm32-unknown-unknown

step "release build"
bash scripts/build.sh

step "end-to-end journeys (headless Chromium, release build on 127.0.0.1)"
cd tests/e2e
node --test --test-concurrency=1 journeys/ data/
