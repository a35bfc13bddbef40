#!/usr/bin/env bash
# Builds skillmap and serves it on http://127.0.0.1:${PORT:-8080}/ (Ctrl+C to stop).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec python3 scripts/serve.py --port "${PORT:-8080}" --dir dist
