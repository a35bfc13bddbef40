#!/usr/bin/env python3
"""Trunk post-build hook: move Trunk's inline module loader into its own file.

Our Content-Security-Policy allows script only from 'self', never inline. Trunk 0.21
writes the wasm loader inline, so we move it to boot-<hash>.js and point a
<script type="module" src> at it. Fails loudly if the loader is not found, so a
Trunk upgrade that changes the markup cannot silently ship a blank page.
"""
import hashlib
import os
import pathlib
import re
import sys

staging = pathlib.Path(os.environ["TRUNK_STAGING_DIR"])
index = staging / "index.html"
html = index.read_text(encoding="utf-8")

pattern = re.compile(r'<script type="module"[^>]*>(.*?)</script>', re.DOTALL)
scripts = [m for m in pattern.finditer(html) if m.group(1).strip()]
if len(scripts) != 1:
    sys.exit(f"externalize_loader: expected one inline module script, found {len(scripts)}")

match = scripts[0]
body = match.group(1).strip() + "\n"
digest = hashlib.sha256(body.encode()).hexdigest()[:16]
name = f"boot-{digest}.js"
(staging / name).write_text(body, encoding="utf-8")
html = html[: match.start()] + f'<script type="module" src="./{name}"></script>' + html[match.end():]
index.write_text(html, encoding="utf-8")

leftover = re.search(r"<script(?![^>]*\bsrc=)[^>]*>\s*\S", html)
if leftover:
    sys.exit("externalize_loader: an inline script is still in index.html")
print(f"externalize_loader: loader moved to {name}")
