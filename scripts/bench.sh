#!/usr/bin/env bash
# Benchmarks (numbers, never pass/fail). Today: what the first page load fetches.
#   scripts/bench.sh            build, then measure
#   scripts/bench.sh --no-build measure the dist/ that is there
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--no-build" ]; then bash scripts/build.sh; else bash scripts/setup.sh; fi
cd tests/e2e
node bench/first-load.mjs
