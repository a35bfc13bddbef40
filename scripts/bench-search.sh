#!/usr/bin/env bash
# Occupation and skill search on the English ESCO sample (../shared/esco-en/): natively
# and as release wasm in headless Chromium. Prints numbers; never fails on them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
echo "== native"
cargo run --quiet --locked --profile bench-native -p skillmap-esco --bin search-bench
echo
echo "== wasm in headless Chromium"
cargo test --locked --release --target wasm32-unknown-unknown -p skillmap-esco \
  --test wasm_search_bench -- --nocapture 2>&1 \
  | grep -vE "^\s*(running|test result|test bench_|Running|Finished|Compiling|Try find|Not found|Loading Wasm|Invoking|using deprecated|$)" || true
