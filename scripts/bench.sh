#!/usr/bin/env bash
# Benchmarks (numbers, never pass/fail): what the first page load fetches; the PDF's
# generation time, file size and worker size (RUNS=n to change the number of runs).
#   scripts/bench.sh            build, then measure
#   scripts/bench.sh --no-build measure the dist/ that is there
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--no-build" ]; then bash scripts/build.sh; else bash scripts/setup.sh; fi
cd tests/e2e
node bench/first-load.mjs
node bench/pdf.mjs
