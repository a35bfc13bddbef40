#!/usr/bin/env bash
# The fonts the PDF worker embeds (subset again, per document, into each PDF), made from
# pinned npm packages of Google's Noto builds (SIL Open Font License 1.1):
#   Noto Sans (Latin, Greek, Cyrillic)   @expo-google-fonts/noto-sans        (TrueType)
#   Noto Sans Arabic (ar fa prs ps ckb)  @expo-google-fonts/noto-sans-arabic (TrueType)
#   Noto Sans Ethiopic (ti)              @fontsource/noto-sans-ethiopic      (WOFF2 → TrueType)
# Each is cut to the scripts skillmap writes and stripped of hinting (PDF viewers do not
# use it), so the worker fetches less; shaping tables (GSUB, GPOS, GDEF) are kept whole.
# Needs fontTools (PyPI; installed here if missing) and tests/e2e's npm packages.
#   scripts/make-pdf-fonts.sh          write public/pdf-fonts/
#   scripts/make-pdf-fonts.sh --check  exit 1 if public/pdf-fonts/ differs from a fresh cut
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -c "import fontTools, brotli" 2>/dev/null \
  || python3 -m pip install --quiet "fonttools==4.55.3" "brotli==1.1.0"
modules=tests/e2e/node_modules
out=public/pdf-fonts
if [ "${1:-}" = "--check" ]; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
fi
mkdir -p "$out"

# Latin (with every European diacritic, IPA and combining marks), Greek, Cyrillic,
# punctuation (with the bidi isolates), currency, letter-like symbols.
latin="U+0000-036F,U+0370-03FF,U+0400-052F,U+1C80-1C8F,U+1E00-1FFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-2199,U+2212,U+25CF,U+2713,U+FEFF,U+FFFD"
cut() { # source, unicodes, target
  python3 -m fontTools.subset "$1" --unicodes="$2" --layout-features='*' --no-hinting \
    --name-IDs='*' --name-languages='*' --notdef-outline --output-file="$3"
}
for w in 400Regular:400 700Bold:700; do
  src=${w%%:*} weight=${w##*:}
  cut "$modules/@expo-google-fonts/noto-sans/$src/NotoSans_$src.ttf" "$latin" "$out/noto-sans-$weight.ttf"
  cut "$modules/@expo-google-fonts/noto-sans-arabic/$src/NotoSansArabic_$src.ttf" '*' "$out/noto-sans-arabic-$weight.ttf"
  cut "$modules/@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-$weight-normal.woff2" '*' "$out/noto-sans-ethiopic-$weight.ttf"
done
cp "$modules/@expo-google-fonts/noto-sans/LICENSE_FONT" "$out/OFL.txt"

if [ "${1:-}" = "--check" ]; then
  if ! diff -rq "$out" public/pdf-fonts; then
    echo "public/pdf-fonts/ differs from the pinned packages; run scripts/make-pdf-fonts.sh" >&2
    exit 1
  fi
  echo "checked public/pdf-fonts/"
else
  ls -l "$out"
fi
