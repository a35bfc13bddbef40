// A person builds a profile, reloads, exports, starts over and imports it back; breaks
// nothing with a bad file; reads it in Arabic. Every journey fails on any request to
// another origin and on any error in the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { axeViolations, screenshot, artifacts } from '../harness.js';
import { setup, goTo, stored, fillPersonalAndLanguages } from '../steps.js';

const env = setup();
const { journey } = env;

const expectedProfileParts = {
  personal: {
    given_names: 'أمل', family_name: 'الحسن', given_names_latin: 'Amal', family_name_latin: 'Al-Hassan',
    birth_year: 1990, country_of_origin: 'SY', nationalities: ['SY'], arrival: '2016-03',
  },
  languages: {
    mother_tongues: ['ar'],
    other: [
      { language: 'de', levels: { listening: 'B1', reading: 'B1', spoken_interaction: 'A2', spoken_production: null, writing: null }, learned: ['course'] },
      { language: 'en', levels: { listening: null, reading: 'B2', spoken_interaction: null, spoken_production: null, writing: null }, learned: [] },
    ],
  },
};

function assertHasParts(profile) {
  assert.equal(profile.written_in, 'en', 'free text is marked with the language it was written in');
  for (const [k, v] of Object.entries(expectedProfileParts.personal)) {
    assert.deepEqual(profile.personal[k], v, `personal.${k}`);
  }
  assert.deepEqual(profile.languages, expectedProfileParts.languages);
}

test('what a person types survives a reload', async () => {
  await journey({}, async (page) => {
    await fillPersonalAndLanguages(page);
    assertHasParts((await stored(page)).profile);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Languages' }).waitFor();
    const german = page.getByRole('article', { name: 'German' });
    assert.equal(await german.getByLabel('Listening').inputValue(), 'B1');
    assert.equal(await german.getByLabel('In a course').isChecked(), true);
    await page.getByRole('link', { name: /About you/ }).click();
    assert.equal(await page.getByLabel('First name(s)', { exact: true }).inputValue(), 'أمل');
    assert.equal(await page.getByLabel('Country of origin').inputValue(), 'SY');
    assert.equal(await page.getByRole('group', { name: 'When did you arrive in this country?' }).getByLabel('Year').inputValue(), '2016');
    assertHasParts((await stored(page)).profile);
  });
});

test('export, start over, import: the same profile comes back', async () => {
  await journey({}, async (page) => {
    await fillPersonalAndLanguages(page);
    const before = await stored(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save to a file' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^skillmap-profile-\d{4}-\d{2}-\d{2}\.json$/);
    mkdirSync(artifacts, { recursive: true });
    const file = path.join(artifacts, 'exported.json');
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(exported.format, 'skillmap-profile');
    assert.equal(exported.version, 1);
    assert.deepEqual(exported.profile, before.profile, 'the file holds what autosave holds');
    assertHasParts(exported.profile);
    await page.getByRole('status').getByText('saved as a file').waitFor();

    await page.getByRole('button', { name: 'Start over' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete everything and start over?' });
    await dialog.getByRole('button', { name: 'Cancel' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Cancel', 'the safe answer has focus');
    assert.deepEqual(await axeViolations(page), [], 'axe with the dialog open');
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByText('Your profile is empty now.').waitFor();
    assert.deepEqual((await stored(page)).profile.languages, { mother_tongues: [], other: [] });

    // Empty profile: the import needs no question.
    await page.locator('#import-file').setInputFiles(file);
    await page.getByText('Opened “exported.json”.').waitFor();
    assert.deepEqual((await stored(page)).profile, before.profile);
  });
});

test('education, work, skills and goals are saved and shown on the review page', async () => {
  await journey({}, async (page) => {
    await page.getByLabel('First name(s)', { exact: true }).fill('Hagos');
    await goTo(page, 'Education');
    await page.getByRole('button', { name: 'Add education or training' }).click();
    const edu = page.getByRole('article', { name: 'Education 1' });
    await edu.getByLabel('Level', { exact: true }).selectOption({ label: 'Upper secondary school' });
    // The item is named after what is known of it so far.
    await page.getByRole('article', { name: 'Upper secondary school' }).getByLabel('Name of the diploma or course').fill('Secondary school certificate');
    const course = page.getByRole('article', { name: 'Secondary school certificate' });
    await course.getByLabel('Country', { exact: true }).selectOption('ER');
    await course.getByRole('group', { name: 'From' }).getByLabel('Year').fill('2008');
    await course.getByRole('group', { name: 'Until' }).getByLabel('Year').fill('2006');
    await course.getByText('The end is before the start.').waitFor();
    await course.getByRole('group', { name: 'Until' }).getByLabel('Year').fill('2011');
    assert.equal(await course.getByText('The end is before the start.').count(), 0);
    await course.getByLabel('Your diploma', { exact: true }).selectOption({ label: 'Lost or left behind' });

    await goTo(page, 'Work');
    await page.getByRole('button', { name: 'Add a job' }).click();
    await page.getByRole('combobox', { name: 'What was your job?' }).fill('Forklift driver');
    const job = page.getByRole('article', { name: 'Forklift driver' });
    await job.getByRole('group', { name: 'From' }).getByLabel('Year').fill('2019');
    await job.getByLabel('I still do this job').check();
    assert.equal(await job.getByRole('group', { name: 'Until' }).count(), 0);
    await job.getByLabel('Type of work').selectOption({ label: 'Paid work' });

    await goTo(page, 'Skills');
    await page.getByRole('region', { name: 'Personal skills (teamwork, patience…)' }).getByRole('button', { name: 'Add a skill' }).click();
    await page.getByRole('combobox', { name: 'Skill 1' }).fill('patience');
    await page.getByLabel('Finding information online').selectOption({ label: 'Intermediate: on my own' });
    await goTo(page, 'Licences, certificates, volunteering');
    await page.getByLabel('B car').check();

    await goTo(page, 'Goals');
    await page.getByLabel('A job', { exact: true }).check();
    await page.getByLabel('How much can you work?').selectOption({ label: 'Part time' });
    await page.getByRole('group', { name: 'Do you care for children or family members?' }).getByLabel('Yes').check();

    const p = (await stored(page)).profile;
    assert.deepEqual(
      { level: p.education[0].level, country: p.education[0].country, start: p.education[0].start, end: p.education[0].end, diploma: p.education[0].diploma },
      { level: 'isced3', country: 'ER', start: '2008', end: '2011', diploma: 'lost' },
    );
    assert.deepEqual(
      { text: p.work[0].occupation.text, start: p.work[0].start, end: p.work[0].end, ongoing: p.work[0].ongoing, kind: p.work[0].kind },
      { text: 'Forklift driver', start: '2019', end: null, ongoing: true, kind: 'paid' },
    );
    assert.deepEqual(p.skills.soft, [{ esco: null, text: 'patience' }]);
    assert.equal(p.skills.digital.information, 'intermediate');
    assert.deepEqual(p.driving_licences, [{ category: 'B', issued_in: null }]);
    assert.deepEqual([p.goals.wants, p.goals.hours, p.goals.care_duties], [['job'], 'part_time', true]);

    await goTo(page, 'Review');
    for (const words of ['Secondary school certificate', 'Forklift driver', 'patience', 'Part time', 'Intermediate: on my own']) {
      await page.getByRole('main').getByText(words, { exact: false }).first().waitFor();
    }
  });
});

test('a broken or foreign file changes nothing and says why', async () => {
  await journey({}, async (page) => {
    await page.getByLabel('First name(s)', { exact: true }).fill('Olena');
    const before = await stored(page);
    const cases = [
      ['photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'This is not a skillmap file, or it is damaged.'],
      ['other.json', Buffer.from('{"name":"Olena"}'), 'This file is not a skillmap profile.'],
      ['future.json', Buffer.from('{"format":"skillmap-profile","version":9,"profile":{}}'), 'made by a newer version of skillmap'],
      ['bad.json', Buffer.from('{"format":"skillmap-profile","version":1,"profile":{"personal":{"country_of_origin":"Narnia"}}}'), 'cannot be read (line 1 of the file)'],
    ];
    for (const [name, buffer, words] of cases) {
      await page.locator('#import-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
      await page.getByRole('status').getByText(words).waitFor();
      assert.deepEqual(await stored(page), before, `profile unchanged after ${name}`);
      assert.equal(await page.getByLabel('First name(s)', { exact: true }).inputValue(), 'Olena');
    }
  });
});

test('opening a file over a profile asks first; cancel keeps it, replace replaces it', async () => {
  await journey({}, async (page) => {
    await page.getByLabel('First name(s)', { exact: true }).fill('Olena');
    const other = JSON.stringify({ format: 'skillmap-profile', version: 1, profile: { personal: { given_names: 'Hagos' } } });
    const file = { name: 'hagos.json', mimeType: 'application/json', buffer: Buffer.from(other) };

    await page.locator('#import-file').setInputFiles(file);
    const dialog = page.getByRole('dialog', { name: 'Replace your profile?' });
    await dialog.getByText('“hagos.json” will replace').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await page.getByLabel('First name(s)', { exact: true }).inputValue(), 'Olena');

    // Dropping the file on the page works like choosing it.
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'hagos.json', { type: 'application/json' }));
      document.querySelector('.app').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, other);
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await page.getByText('Opened “hagos.json”.').waitFor();
    assert.equal(await page.getByLabel('First name(s)', { exact: true }).inputValue(), 'Hagos');
  });
});

test('in Arabic the page reads right to left, translated', async () => {
  await journey({}, async (page) => {
    await page.getByLabel('Language', { exact: true }).selectOption('ar');
    await page.getByRole('heading', { level: 1, name: 'عنك' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
    await page.getByLabel('البلد الأصلي').selectOption('SY');
    assert.equal(await page.getByLabel('البلد الأصلي').locator('option:checked').textContent(), 'سوريا');
    // The choice is kept with the profile and survives a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'عنك' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  });
});

test('a browser that refuses storage: the app keeps working and says so', async () => {
  const context = await env.browser.newContext({ locale: 'en-GB' });
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => { throw new DOMException('blocked', 'QuotaExceededError'); };
  });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await page.getByRole('alert').getByText('does not let skillmap save').waitFor();
  await page.getByLabel('First name(s)', { exact: true }).fill('Amal');
  await page.getByRole('link', { name: /Next/ }).click();
  await page.getByRole('link', { name: /About you/ }).click();
  assert.equal(await page.getByLabel('First name(s)', { exact: true }).inputValue(), 'Amal');
  await context.close();
});

test('saved work this version cannot read is kept aside, never overwritten', async () => {
  const context = await env.browser.newContext({ locale: 'en-GB' });
  const future = '{"format":"skillmap-profile","version":99,"profile":{}}';
  await context.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('skillmap.profile', text);
      sessionStorage.setItem('seeded', '1');
    }
  }, future);
  const page = await context.newPage();
  await page.goto(env.server.url);
  await page.getByRole('alert').getByText('kept safe').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('skillmap.profile.unreadable')), future);
  await context.close();
});

test('every page passes an accessibility audit, in English and Arabic, phone and desktop', async () => {
  const pages = ['personal', 'languages', 'education', 'work', 'skills', 'more', 'goals', 'review', 'about'];
  for (const [locale, width] of [['en-GB', 1280], ['ar', 390]]) {
    await journey({ locale, width, height: 844 }, async (page) => {
      // Something in every list, so the audit sees the item forms too.
      await page.evaluate(() => {
        const p = { format: 'skillmap-profile', version: 1, profile: {
          personal: { given_names: 'Amal' },
          languages: { mother_tongues: ['ar'], other: [{ language: 'de', levels: { reading: 'B1' } }] },
          education: [{ title: 'Diploma' }], work: [{ occupation: { text: 'Electrician' } }],
          skills: { soft: [{ text: 'teamwork' }] }, certificates: [{ title: 'First aid' }],
        } };
        localStorage.setItem('skillmap.profile', JSON.stringify(p));
      });
      await page.reload();
      for (const slug of pages) {
        await page.goto(`${env.server.url}#/${slug}`);
        await page.locator('h1#page-title').waitFor();
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `axe on ${slug} (${locale})`);
        await screenshot(page, `${slug}-${locale}-${width}`);
      }
    });
  }
});

test('moving to another step puts focus on its heading', async () => {
  await journey({}, async (page) => {
    await page.getByRole('link', { name: /Next/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Languages' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'page-title');
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
  });
});

test('the built page has no inline script and a strict Content-Security-Policy', async () => {
  const html = readFileSync(new URL('../../../dist/index.html', import.meta.url), 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>\s*\S/, 'inline script');
  assert.match(html, /Content-Security-Policy/);
  assert.match(html, /default-src 'none'/);
  writeFileSync(path.join(artifacts, 'csp-checked.txt'), 'ok\n');
});
