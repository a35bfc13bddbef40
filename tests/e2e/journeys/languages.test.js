// The core journey in several UI languages, as a person whose browser speaks that language
// meets it: the interface in that language and direction, a job found by typing its name
// in that language, the right font fetched only where the script needs it, and a clean
// accessibility audit. Words are read from the shipped files, so the test follows them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { axeViolations, screenshot, root } from '../harness.js';
import { setup, stored } from '../steps.js';

const env = setup();
const { journey } = env;

const ELECTRICIAN = 'http://data.europa.eu/esco/occupation/4910419f-b4af-4f59-b544-9dbebc8a74f0';

/** The UI words of a language, flattened to dotted keys. */
function words(lang) {
  const flat = {};
  const walk = (o, p) => Object.entries(o).forEach(([k, v]) => (typeof v === 'object' ? walk(v, `${p}${k}.`) : (flat[`${p}${k}`] = v)));
  walk(JSON.parse(readFileSync(path.join(root, 'locales', `${lang}.json`), 'utf8')), '');
  return flat;
}

/** The occupation's preferred label in a language, from the shipped pack. */
function occupationLabel(lang, uri) {
  const id = uri.split('/').pop();
  const line = readFileSync(path.join(root, `public/packs/occupations-${lang}.tsv`), 'utf8').split('\n').find((l) => l.startsWith(`${id}\t`));
  return line.split('\t')[3];
}

const CASES = [
  // [language, width, direction, font the script needs]
  ['uk', 1280, 'ltr', null],
  ['ti', 1280, 'ltr', 'noto-sans-ethiopic'],
  ['fa', 390, 'rtl', 'noto-sans-arabic'],
];

for (const [lang, width, dir, font] of CASES) {
  test(`the core journey in ${lang}: ${dir}, its own words, a job found in ${lang}`, { skip: !existsSync(path.join(root, 'locales', `${lang}.json`)) && `${lang} is not a UI language yet` }, async () => {
    const w = words(lang);
    await journey({ locale: lang, width, height: 844 }, async (page, session) => {
      await page.locator(`html[lang="${lang}"]`).waitFor();
      assert.equal(await page.locator('html').getAttribute('dir'), dir);
      await page.getByRole('heading', { level: 1, name: w['nav.personal'] }).waitFor();
      await page.getByLabel(w['personal.given_names'], { exact: true }).fill('Olena');

      await page.getByRole('link', { name: new RegExp(w['nav.next']) }).click();
      await page.getByRole('heading', { level: 1, name: w['nav.languages'] }).waitFor();

      await page.goto(`${env.server.url}#/work`);
      await page.getByRole('heading', { level: 1, name: w['nav.work'] }).waitFor();
      await page.getByRole('button', { name: w['work.add'], exact: true }).click();
      const box = page.getByRole('combobox', { name: w['work.occupation'] });
      const label = occupationLabel(lang, ELECTRICIAN);
      const typed = [...label].slice(0, Math.max(4, Math.ceil([...label].length * 0.7))).join('');
      await box.pressSequentially(typed, { delay: 15 });
      const list = page.locator(`#${await box.getAttribute('aria-controls')}`);
      const options = list.getByRole('option');
      await options.first().waitFor();
      const texts = await options.allInnerTexts();
      const position = texts.findIndex((t) => t.split(' · ')[0] === label);
      assert.ok(position >= 0, `"${label}" among ${texts.join(' / ')}`);
      for (let i = 0; i <= position; i += 1) await box.press('ArrowDown');
      await box.press('Enter');
      assert.equal((await stored(page)).profile.work[0].occupation.esco, ELECTRICIAN);

      // Every face the page's text needs has loaded (no boxes instead of letters).
      await page.evaluate(() => document.fonts.ready);
      const failed = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'error').map((f) => `${f.family} ${f.weight}`));
      assert.deepEqual(failed, []);
      if (font) {
        const family = font === 'noto-sans-ethiopic' ? 'Noto Sans Ethiopic' : 'Noto Sans Arabic';
        const regular = await page.evaluate((fam) => [...document.fonts].some((f) => f.family === fam && f.weight === '400' && f.status === 'loaded' && f.unicodeRange.length > 40), family);
        assert.ok(regular, `${family} regular loaded for body text`);
      }
      assert.deepEqual(await axeViolations(page), [], `axe in ${lang}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, 'nothing wider than the screen');
      // The picker's 1 KB cut of Ethiopic is fetched everywhere (it names Tigrinya in itself).
      const fonts = session.requests.filter((u) => u.includes('/fonts/')).map((u) => u.split('/fonts/')[1])
        .filter((f) => f !== 'noto-sans-ethiopic-picker.woff2');
      if (font) assert.ok(fonts.some((f) => f.startsWith(font)), `${font} fetched: ${fonts}`);
      assert.ok(fonts.every((f) => font && f.startsWith(font)), `no other font fetched: ${fonts}`);
      await screenshot(page, `journey-${lang}-${width}`);
      assert.equal(session.requests.filter((u) => u.endsWith(`/locales/${lang}.json`)).length, 1, 'the words fetched once');

      // The language and the answers survive a reload; the exported file holds the code.
      await page.reload();
      await page.locator(`html[lang="${lang}"]`).waitFor();
      await page.getByRole('heading', { level: 1, name: w['nav.work'] }).waitFor();
      assert.equal(await page.getByRole('combobox', { name: w['work.occupation'] }).inputValue(), label);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: w['file.export'], exact: true }).click(),
      ]);
      const file = await download.path();
      const exported = JSON.parse(readFileSync(file, 'utf8'));
      assert.equal(exported.profile.work[0].occupation.esco, ELECTRICIAN);
      assert.equal(exported.profile.personal.given_names, 'Olena');
    });
  });
}

test("an English first screen fetches no other language and no font but the picker's 1 KB cut", async () => {
  await journey({}, async (page, session) => {
    await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
    await page.waitForLoadState('networkidle');
    const extra = session.requests.filter((u) => /\/(fonts|locales|names|packs)\//.test(u))
      .map((u) => u.split('/').slice(-2).join('/'));
    assert.ok(extra.every((u) => u === 'fonts/noto-sans-ethiopic-picker.woff2'), extra.join(', '));
  });
});

test('side by side: an Arabic profile with Spanish beside it, coded answers in each language', async () => {
  const ar = words('ar');
  const es = words('es');
  await journey({ locale: 'ar', width: 1280, height: 900 }, async (page) => {
    await page.locator('html[lang="ar"]').waitFor();
    await page.getByLabel(ar['personal.given_names'], { exact: true }).fill('أمل');
    await page.getByLabel(ar['personal.country_of_origin']).selectOption('SY');
    await page.goto(`${env.server.url}#/work`);
    await page.locator('button.add').click();
    const box = page.getByRole('combobox', { name: ar['work.occupation'] });
    await box.pressSequentially('كهربائي', { delay: 15 });
    await page.locator(`#${await box.getAttribute('aria-controls')}`).getByRole('option').first().waitFor();
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.getByRole('group').first().waitFor();
    const tasks = page.getByLabel(ar['work.tasks']);
    await tasks.fill('تمديدات كهربائية للمنازل');

    await page.goto(`${env.server.url}#/review`);
    await page.locator('#second-language').selectOption('es');
    const columns = page.locator('.side-by-side > .column');
    await columns.nth(1).waitFor();
    const [first, second] = [columns.nth(0), columns.nth(1)];
    assert.equal(await first.getAttribute('lang'), 'ar');
    assert.equal(await first.getAttribute('dir'), 'rtl');
    assert.equal(await second.getAttribute('lang'), 'es');
    assert.equal(await second.getAttribute('dir'), 'ltr');
    // Headings, coded answers and country names in each language; free text as written.
    await first.getByRole('heading', { name: ar['nav.work'] }).waitFor();
    await second.getByRole('heading', { name: es['nav.work'] }).waitFor();
    await first.getByText(occupationLabel('ar', ELECTRICIAN), { exact: true }).waitFor();
    await second.getByText(occupationLabel('es', ELECTRICIAN), { exact: true }).waitFor();
    await first.getByText('سوريا').first().waitFor();
    await second.getByText('Siria').first().waitFor();
    assert.equal(await second.getByText('أمل').count() > 0, true, 'the name as written');
    assert.deepEqual(await axeViolations(page), [], 'axe side by side');
    await screenshot(page, 'side-by-side-ar-es');

    // Every page: each label in both languages, the chosen job in both.
    await page.goto(`${env.server.url}#/work`);
    const both = `${ar['work.occupation']} · \u2068${es['work.occupation']}\u2069`;
    const box2 = page.getByRole('combobox', { name: both });
    await box2.waitFor();
    await page.getByText(occupationLabel('es', ELECTRICIAN), { exact: true }).waitFor();
    // Country names and proposed skills in both languages too.
    const country = page.getByRole('combobox', { name: `${ar['common.country']} · \u2068${es['common.country']}\u2069` }).first();
    await country.selectOption('SY');
    assert.match(await country.locator('option:checked').innerText(), /سوريا · \u2068Siria\u2069/);
    assert.match(await page.getByRole('group').filter({ hasText: es['work.proposed.legend'] }).getByRole('checkbox').first().locator('xpath=..').innerText(), / · \u2068.+\u2069/);
    assert.deepEqual(await axeViolations(page), [], 'axe on a form page, side by side');
    await screenshot(page, 'side-by-side-work-ar-es');
  });
});
