#!/usr/bin/env node
// Copies the web fonts skillmap self-hosts into public/fonts/, from pinned npm packages
// (Fontsource's Noto builds, SIL Open Font License 1.1, already subset to one script):
// Noto Sans Arabic (Arabic, Persian, Dari, Pashto, Sorani) and Noto Sans Ethiopic
// (Tigrinya). The stylesheet loads them only for text in those scripts (unicode-range).
//   node scripts/get-fonts.mjs          copy
//   node scripts/get-fonts.mjs --check  exit 1 if public/fonts/ differs from the packages
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'tests/e2e/package.json'));
const FONTS = [
  ['@fontsource/noto-sans-arabic', 'noto-sans-arabic-arabic', 'noto-sans-arabic'],
  ['@fontsource/noto-sans-ethiopic', 'noto-sans-ethiopic-ethiopic', 'noto-sans-ethiopic'],
];
const out = path.join(root, 'public/fonts');
const check = process.argv.includes('--check');
const differs = [];
mkdirSync(out, { recursive: true });
for (const [pkg, file, name] of FONTS) {
  const dir = path.dirname(require.resolve(`${pkg}/package.json`));
  const copies = [
    [path.join(dir, 'files', `${file}-400-normal.woff2`), `${name}-400.woff2`],
    [path.join(dir, 'files', `${file}-700-normal.woff2`), `${name}-700.woff2`],
    [path.join(dir, 'LICENSE'), `${name}-OFL.txt`],
  ];
  for (const [from, to] of copies) {
    const bytes = readFileSync(from);
    const target = path.join(out, to);
    if (check) {
      if (!existsSync(target) || !readFileSync(target).equals(bytes)) differs.push(to);
    } else {
      writeFileSync(target, bytes);
    }
  }
}
if (differs.length) {
  console.error(`public/fonts/ differs from the pinned packages: ${differs.join(', ')}; run node scripts/get-fonts.mjs`);
  process.exit(1);
}
console.log(`${check ? 'checked' : 'copied'} ${FONTS.length * 2} fonts into public/fonts/`);
