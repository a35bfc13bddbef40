#!/usr/bin/env bash
# Makes the app's starter packs (public/packs/) from data/starter/ and ESCO's English CSV
# files (../shared/esco-en by default). Run it after editing data/starter/; the test
# crates/esco/tests/starter.rs fails while the packs in the repository are stale.
set -euo pipefail
cd "$(dirname "$0")/.."
esco="${1:-../shared/esco-en}"
cargo run --quiet --release -p skillmap-esco --bin esco-convert -- starter "$esco" data/starter public/packs
