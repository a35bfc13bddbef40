#!/usr/bin/env bash
# The language picker names every language in itself; "ትግርኛ" (Tigrinya) needs an Ethiopic
# font many systems lack. Rather than make every first screen fetch the whole Noto Sans
# Ethiopic (75 KB), this cuts from it a face with just the picker's Ethiopic letters
# (public/fonts/noto-sans-ethiopic-picker.woff2, under 2 KB); the stylesheet gives it
# exactly those code points. Needs fontTools (PyPI; installed here if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c "import fontTools, brotli" 2>/dev/null \
  || python3 -m pip install --quiet "fonttools==4.55.3" "brotli==1.1.0"
python3 -m fontTools.subset public/fonts/noto-sans-ethiopic-400.woff2 \
  --text="ትግርኛ" --flavor=woff2 --layout-features='*' --no-hinting \
  --output-file=public/fonts/noto-sans-ethiopic-picker.woff2
ls -l public/fonts/noto-sans-ethiopic-picker.woff2
