#!/usr/bin/env node
// Writes src/names/<locale>.tsv: the name of every country and language code the app
// offers (crates/profile/src/codes.rs), in each UI language (locales/*.json), from CLDR
// (npm cldr-localenames-full, Unicode licence). Fails if CLDR has no name for a code, or
// names two codes alike.
//   node scripts/gen-names.mjs          write the files
//   node scripts/gen-names.mjs --check  exit 1 if the committed files differ
import { readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'tests/e2e/package.json'));
const cldrRoot = path.dirname(require.resolve('cldr-localenames-full/package.json'));

// Codes whose CLDR name lives under another key.
const CLDR_KEY = { prs: 'fa-AF', kmr: 'ku' };

function codeList(name) {
  const src = readFileSync(path.join(root, 'crates/profile/src/codes.rs'), 'utf8');
  const m = new RegExp(`pub const ${name}: &\\[&str\\] = &\\[([^\\]]*)\\];`).exec(src);
  if (!m) throw new Error(`${name} not found in codes.rs`);
  return [...m[1].matchAll(/"([A-Za-z]+)"/g)].map((x) => x[1]);
}

const countries = codeList('COUNTRY_CODES');
const languages = codeList('LANGUAGE_CODES');
const locales = readdirSync(path.join(root, 'locales')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
// UI languages whose CLDR data lives under another locale id.
const CLDR_LOCALE = { prs: 'fa-AF', kmr: 'ku' };

const check = process.argv.includes('--check');
const problems = [];
// Where a language's CLDR data has no name for a code: Dari under Persian's Afghan key,
// else the English name, so a person sees a name rather than a code. (Not Tagalog as
// Filipino or Twi as Akan: the app lists both of each pair.)
const ALIASES = { prs: ['fa-AF', 'fa_AF'] };
const english = (() => {
  const dir = path.join(cldrRoot, 'main', 'en');
  return {
    languages: JSON.parse(readFileSync(path.join(dir, 'languages.json'), 'utf8')).main.en.localeDisplayNames.languages,
    territories: JSON.parse(readFileSync(path.join(dir, 'territories.json'), 'utf8')).main.en.localeDisplayNames.territories,
  };
})();
const fallbacks = [];
for (const locale of locales) {
  const id = CLDR_LOCALE[locale] ?? locale;
  const dir = path.join(cldrRoot, 'main', id);
  const cldrLanguages = JSON.parse(readFileSync(path.join(dir, 'languages.json'), 'utf8')).main[id].localeDisplayNames.languages;
  const cldrTerritories = JSON.parse(readFileSync(path.join(dir, 'territories.json'), 'utf8')).main[id].localeDisplayNames.territories;
  const out = { source: `CLDR ${JSON.parse(readFileSync(path.join(cldrRoot, 'package.json'), 'utf8')).version} (Unicode licence)`, countries: {}, languages: {} };
  for (const c of countries) {
    let name = cldrTerritories[c];
    if (!name && locale !== 'en' && english.territories[c]) {
      name = english.territories[c];
      fallbacks.push(`${locale}:${c}`);
    }
    if (!name) problems.push(`${locale}: no CLDR name for country ${c}`);
    else out.countries[c] = name;
  }
  for (const l of languages) {
    let name = [CLDR_KEY[l] ?? l, ...(ALIASES[l] ?? [])].map((k) => cldrLanguages[k]).find(Boolean);
    if (!name && locale !== 'en') {
      name = [CLDR_KEY[l] ?? l, ...(ALIASES[l] ?? [])].map((k) => english.languages[k]).find(Boolean);
      if (name) fallbacks.push(`${locale}:${l}`);
    }
    if (!name) problems.push(`${locale}: no CLDR name for language ${l}`);
    else out.languages[l] = name;
  }
  for (const [kind, map] of [['country', out.countries], ['language', out.languages]]) {
    const seen = new Map();
    for (const [code, name] of Object.entries(map)) {
      if (seen.has(name)) problems.push(`${locale}: ${kind}s ${seen.get(name)} and ${code} are both called "${name}"`);
      seen.set(name, code);
    }
  }
  // One name a line, `c` for a country or `l` for a language, tab-separated: the app reads
  // it with a few lines of code (no JSON decoder for it in the download).
  const file = path.join(root, 'src/names', `${locale}.tsv`);
  const text = [`# ${out.source}`,
    ...Object.entries(out.countries).map(([c, n]) => `c\t${c}\t${n}`),
    ...Object.entries(out.languages).map(([c, n]) => `l\t${c}\t${n}`)].join('\n') + '\n';
  if (check) {
    let kept = '';
    try { kept = readFileSync(file, 'utf8'); } catch { /* missing */ }
    if (kept !== text) problems.push(`src/names/${locale}.tsv is stale: run node scripts/gen-names.mjs`);
  } else {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
if (fallbacks.length) console.log(`English names where CLDR has none in that language (${fallbacks.length}): ${fallbacks.join(' ')}`);
console.log(`${check ? 'checked' : 'wrote'} names for ${countries.length} countries and ${languages.length} languages in ${locales.join(', ')}`);
