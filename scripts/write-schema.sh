#!/usr/bin/env bash
# Regenerates schema/skillmap-profile.schema.json from the Rust types.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p schema
cargo run --quiet -p skillmap-profile --features schema --bin write-schema > schema/skillmap-profile.schema.json
echo "wrote schema/skillmap-profile.schema.json"
