#!/usr/bin/env python3
"""Trunk post-build hook: puts each UI language's words and CLDR names beside the app,
`locales/<code>.json` and `names/<code>.tsv`, fetched when a person chooses that language
(English is compiled in). Every `locales/<code>.json` is a UI language. Fails loudly if a
language lacks its names."""
import os
import pathlib
import shutil
import sys

root = pathlib.Path(__file__).resolve().parent.parent
staging = pathlib.Path(os.environ["TRUNK_STAGING_DIR"])
(staging / "locales").mkdir(exist_ok=True)
(staging / "names").mkdir(exist_ok=True)
codes = sorted(p.stem for p in (root / "locales").glob("*.json"))
for code in codes:
    names = root / "src" / "names" / f"{code}.tsv"
    if not names.exists():
        sys.exit(f"copy_languages: {code} has no {names.relative_to(root)}; run scripts/gen-names.mjs")
    shutil.copyfile(root / "locales" / f"{code}.json", staging / "locales" / f"{code}.json")
    shutil.copyfile(names, staging / "names" / f"{code}.tsv")
print(f"copy_languages: {len(codes)} languages: {' '.join(codes)}")
