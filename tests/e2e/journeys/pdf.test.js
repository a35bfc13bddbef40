// The PDF, made on the device and read back: a complete profile in Arabic + Spanish,
// Tigrinya + English and Ukrainian + German is opened, downloaded as a PDF from the review
// page, checked with poppler's tools (text in reading order, subset fonts embedded,
// tagged, titled), rendered to PNG to look at, and opened again in a fresh browser: the
// same profile comes back. Words are read from the shipped files, so the test follows them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { artifacts, axeViolations } from '../harness.js';
import { setup, stored } from '../steps.js';
import { CASES, COOK, KITCHEN, label, profileFile, words } from '../profiles.js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const env = setup();
const { journey } = env;

const run = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8' });

/**
 * The lines of text pdf.js (Firefox's viewer) reads off the pages, glyph by glyph (it
 * ignores ActualText): its pieces on one baseline, put in reading order as a viewer does
 * (right to left when the line holds right-to-left script).
 */
async function pdfjsLines(file) {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false }).promise;
  const lines = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    const byLine = new Map();
    for (const item of content.items.filter((i) => i.str)) {
      const key = `${Math.round(item.transform[5])}:${item.transform[4] < 297 ? 'l' : 'r'}`;
      byLine.set(key, [...(byLine.get(key) || []), item]);
    }
    for (const items of byLine.values()) {
      const rtl = items.some((i) => /[\u0600-\u06ff]/.test(i.str));
      items.sort((a, b) => (rtl ? b.transform[4] - a.transform[4] : a.transform[4] - b.transform[4]));
      lines.push(items.map((i) => i.str).join(''));
    }
  }
  await doc.destroy();
  return lines;
}

/**
 * What a screen reader meets, as pdf.js reads it for Firefox's accessibility tree: the
 * structure tree's roles and languages, and whether every piece of marked content on every
 * page belongs to an element of it (so nothing is read twice or left out).
 */
async function pdfjsStructure(file) {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false }).promise;
  const roles = new Set();
  const langs = new Set();
  const unowned = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const owned = new Set();
    const walk = (node) => {
      if (node.type === 'content') owned.add(node.id);
      if (node.role) roles.add(node.role);
      if (node.lang) langs.add(node.lang);
      (node.children || []).forEach(walk);
    };
    walk(await page.getStructTree());
    const content = await page.getTextContent({ includeMarkedContent: true });
    for (const item of content.items) {
      if (item.type === 'beginMarkedContentProps' && item.id && !owned.has(item.id)) unowned.push(`page ${n}: ${item.id}`);
    }
  }
  await doc.destroy();
  return { roles, langs, unowned };
}

/** Opens a file through the app's own "Open a file" button. */
async function open(page, file) {
  await page.locator('#import-file').setInputFiles(file);
}

for (const [first, second, country, t] of CASES) {
  test(`a complete profile as a PDF in ${first} and ${second}, side by side, read back whole`, async () => {
    mkdirSync(artifacts, { recursive: true });
    const json = path.join(artifacts, `pdf-profile-${first}.json`);
    writeFileSync(json, JSON.stringify(profileFile(first, { ...t, country }), null, 2));
    const [w1, w2] = [words(first), words(second)];
    const pdf = path.join(artifacts, `profile-${first}-${second}.pdf`);
    let original;
    await journey({ locale: first, width: 1280, height: 900 }, async (page, session) => {
      await open(page, json);
      await page.getByText(w1['file.imported'].replace('{{ name }}', path.basename(json))).waitFor();
      original = (await stored(page)).profile;
      await page.goto(`${env.server.url}#/review`);
      await page.locator('#second-language').selectOption(second);
      await page.locator('.side-by-side > .column').nth(1).getByRole('heading', { name: w2['nav.work'] }).waitFor();
      const section = page.getByRole('region', { name: new RegExp(`^${w1['pdf.heading']}`) });
      // The PDF workers are not part of the app's first load: nothing of them was fetched yet.
      assert.deepEqual(session.requests.filter((u) => /pdf-worker|pdf-reader|pdf-fonts/.test(u)), []);
      // Side by side is the choice when a second language shows.
      // (The page shows both languages now: the first language's words come first.)
      const template = (key) => new RegExp(`^${w1[key].replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\{ \w+ \}\}/g, '.+')}`);
      assert.equal(await section.getByRole('radio', { name: template('pdf.side_by_side') }).isChecked(), true);
      assert.equal(await section.getByRole('radio', { name: template('pdf.one_after') }).isChecked(), false);
      assert.deepEqual(await axeViolations(page), [], 'axe on the review page with the PDF options');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        section.getByRole('button', { name: new RegExp(`^${w1['pdf.download']}`) }).click(),
      ]);
      await download.saveAs(pdf);
      assert.match(download.suggestedFilename(), /^skillmap-profile-\d{4}-\d{2}-\d{2}\.pdf$/);
      await page.getByText(w1['pdf.made'], { exact: false }).first().waitFor();
      // The worker fetched the fonts from this origin only (the journey fails otherwise).
      assert.ok(session.requests.some((u) => u.endsWith('pdf-fonts/noto-sans-400.ttf')));
    });

    // What poppler's tools see.
    const info = run('pdfinfo', [pdf]);
    assert.match(info, /^Tagged:\s+yes$/m);
    const title = info.match(/^Title:\s+(.*)$/m)[1];
    assert.equal(title, `${w1['pdf.title']}: ${t.given} ${t.family}`);
    assert.match(info, /^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/m, 'A4 in Europe');
    const fonts = run('pdffonts', [pdf]).split('\n').slice(2).filter(Boolean);
    assert.ok(fonts.length >= 2);
    for (const row of fonts) assert.match(row, /^[A-Z]{6}\+\S+\s.*\byes yes yes\b/, `a subset, embedded, with its text: ${row}`);
    // Lines wrap where the column ends: read the text layer as one line of words.
    const text = run('pdftotext', [pdf, '-']).replace(/\s+/g, ' ');
    const phrases = [
      `${t.given} ${t.family}`, t.school, t.employer, t.certificate, t.volunteering, t.ownSkill,
      w1['pdf.personal'], w2['pdf.personal'], w1['pdf.work'], w2['pdf.work'],
      label(first, COOK), label(second, COOK), label(first, KITCHEN), label(second, KITCHEN),
    ];
    for (const phrase of phrases) assert.ok(text.includes(phrase), `${JSON.stringify(phrase)} in the text layer`);
    // Text in one script with no numbers reads back exactly as written.
    for (const phrase of t.notes.split(/[()0-9.;:]|B1/).map((s) => s.trim()).filter((s) => s.length > 3)) {
      assert.ok(text.includes(phrase), `${JSON.stringify(phrase)} from the notes in the text layer`);
    }
    // A viewer that ignores ActualText and reads glyph by glyph (pdf.js) reads every word as
    // written too: each glyph stands for its own letters, in one of the columns.
    const items = await pdfjsLines(pdf);
    const wordsOf = (s) => s.split(/[\s()0-9.,;:«»–·]+/).filter((w) => [...w].length > 1);
    for (const word of [t.given, t.family, ...wordsOf(t.school), ...wordsOf(t.employer), ...wordsOf(t.notes), ...wordsOf(w1['pdf.personal'])]) {
      assert.ok(items.some((i) => i.includes(word)), `pdf.js reads ${JSON.stringify(word)}`);
    }
    // The structure a screen reader follows: both languages' parts, headings, the CEFR
    // grid as a table with header cells, answers as labelled list items; every piece of
    // text on the pages inside it.
    const structure = await pdfjsStructure(pdf);
    for (const role of ['Document', 'Part', 'Sect', 'H1', 'H2', 'H3', 'Table', 'TR', 'TH', 'TD', 'L', 'LI', 'Lbl', 'LBody']) {
      assert.ok(structure.roles.has(role), `structure has ${role}: ${[...structure.roles]}`);
    }
    assert.ok(structure.langs.has(first) && structure.langs.has(second), `parts in ${first} and ${second}: ${[...structure.langs]}`);
    assert.deepEqual(structure.unowned, [], 'marked content outside the structure');
    run('pdftoppm', ['-r', '70', '-png', pdf, path.join(artifacts, `profile-${first}-${second}`)]);

    // A counsellor opens the PDF in a fresh browser: the same profile, read by the reader
    // worker alone (opening a PDF fetches neither the engine nor its fonts).
    await journey({ locale: second, width: 1280, height: 900 }, async (page, session) => {
      await open(page, pdf);
      await page.getByText(w2['file.imported'].replace('{{ name }}', path.basename(pdf))).waitFor();
      assert.deepEqual((await stored(page)).profile, original);
      assert.ok(session.requests.some((u) => u.endsWith('pdf-reader_bg.wasm')), 'the reader was fetched');
      assert.deepEqual(session.requests.filter((u) => /pdf-worker|pdf-fonts/.test(u)), []);
    });
  });
}

test('a PDF without a profile is refused in the person\'s language; the profile stays', async () => {
  const bare = path.join(artifacts, 'no-profile.pdf');
  // A minimal valid PDF with one empty page and no attachment.
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'];
  let body = '%PDF-1.7\n';
  const offsets = objects.map((o, i) => { const at = body.length; body += `${i + 1} 0 obj\n${o}\nendobj\n`; return at; });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  writeFileSync(bare, body);
  const w = words('uk');
  await journey({ locale: 'uk' }, async (page) => {
    await page.getByLabel(w['personal.given_names'], { exact: true }).fill('Олена');
    const before = (await stored(page)).profile;
    await open(page, bare);
    await page.getByText(w['pdf.error.no_profile']).waitFor();
    assert.deepEqual((await stored(page)).profile, before);
  });
});

test('leaving out personal details leaves them out of the PDF and the file it carries', async () => {
  const json = path.join(artifacts, 'pdf-profile-uk.json');
  writeFileSync(json, JSON.stringify(profileFile('uk', { ...CASES[2][3], country: 'UA' }), null, 2));
  const w = words('uk');
  const pdf = path.join(artifacts, 'profile-uk-no-personal.pdf');
  await journey({ locale: 'uk' }, async (page) => {
    await open(page, json);
    await page.getByText(w['file.imported'].replace('{{ name }}', 'pdf-profile-uk.json')).waitFor();
    await page.goto(`${env.server.url}#/review`);
    const section = page.getByRole('region', { name: w['pdf.heading'] });
    // No second language chosen: the PDF is in Ukrainian only.
    const only = new RegExp(`^${w['pdf.only'].replace('{{ language }}', '.+')}$`);
    assert.equal(await section.getByRole('radio', { name: only }).isChecked(), true);
    await section.getByRole('checkbox', { name: w['pdf.personal'] }).uncheck();
    await section.getByRole('radio', { name: w['pdf.letter'] }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: w['pdf.download'] }).click(),
    ]);
    await download.saveAs(pdf);
  });
  const text = run('pdftotext', [pdf, '-']);
  assert.ok(!text.includes('Ковальчук') && !text.includes('person@example.org'));
  assert.ok(text.includes(label('uk', COOK)));
  assert.match(run('pdfinfo', [pdf]), /^Page size:\s+612 x 792 pts \(letter\)/m);
  // The carried file has no name either: open it and look.
  await journey({ locale: 'uk' }, async (page) => {
    await open(page, pdf);
    await page.getByText(w['file.imported'].replace('{{ name }}', path.basename(pdf))).waitFor();
    const p = (await stored(page)).profile;
    assert.equal(p.personal.family_name, '');
    assert.equal(p.personal.contact.email, '');
    assert.equal(p.work.length, 3);
  });
});
