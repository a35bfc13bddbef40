// A person fills in every page, finding jobs and skills by typing (with typos, in English
// and in Arabic), exports the file, and the file holds ESCO codes a counsellor can read in
// another language. The occupations and skills come from the app's own data packs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { axeViolations, screenshot, artifacts, root } from '../harness.js';
import { setup, goTo, stored, fillPersonalAndLanguages } from '../steps.js';

const env = setup();
const { journey } = env;

const ESCO = 'http://data.europa.eu/esco/';

/** URI → English label, from the packs the app ships. */
function packLabels(kind) {
  const text = readFileSync(path.join(root, `public/packs/${kind}-en.tsv`), 'utf8');
  const labels = new Map();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [id, , , preferred] = line.split('\t');
    labels.set(`${ESCO}${kind === 'occupations' ? 'occupation' : 'skill'}/${id}`, preferred);
  }
  return labels;
}
const occupations = packLabels('occupations');
const skills = packLabels('skills');
const uriOf = (labels, label) => [...labels].find(([, l]) => l === label)?.[0];

/**
 * Types into a picker key by key, as a person does, waits for the suggestion, and chooses
 * it with the keyboard (arrow keys, then Enter).
 */
async function pick(page, box, typed, wanted) {
  await box.click();
  await box.pressSequentially(typed, { delay: 15 });
  const list = page.locator(`#${await box.getAttribute('aria-controls')}`);
  const option = list.getByRole('option').filter({ hasText: wanted }).first();
  await option.waitFor();
  const options = await list.getByRole('option').allInnerTexts();
  const position = options.findIndex((o) => o.split(' · ')[0] === wanted);
  assert.ok(position >= 0, `"${wanted}" among the suggestions for "${typed}": ${options.join(' / ')}`);
  assert.equal(await box.getAttribute('aria-expanded'), 'true');
  for (let i = 0; i <= position; i += 1) await box.press('ArrowDown');
  const active = await box.getAttribute('aria-activedescendant');
  assert.equal(await page.locator(`#${active}`).getAttribute('aria-selected'), 'true');
  await box.press('Enter');
  assert.equal(await box.getAttribute('aria-expanded'), 'false');
  assert.equal(await box.inputValue(), wanted);
  return position;
}

test('a complete profile, with jobs and skills found by typing with typos, exports ESCO codes', async () => {
  await journey({}, async (page, session) => {
    await fillPersonalAndLanguages(page);
    assert.equal(session.requests.filter((u) => u.includes('/packs/')).length, 0, 'no lists fetched before a page needs them');
    // The chosen level says what it means, in plain words.
    await page.getByRole('article', { name: 'German' }).getByText('I can follow what my boss explains').waitFor();

    await goTo(page, 'Education');
    await page.getByRole('button', { name: 'Add education or training' }).click();
    const edu = page.getByRole('article', { name: 'Education 1' });
    await edu.getByLabel('Level', { exact: true }).selectOption({ label: "Bachelor's degree or equivalent" });
    await page.getByRole('article', { name: "Bachelor's degree or equivalent" }).getByLabel('Name of the diploma or course').fill('Bachelor of Nursing');
    const nursing = page.getByRole('article', { name: 'Bachelor of Nursing' });
    await nursing.getByLabel('Subject area').selectOption({ label: 'Health and social care' });
    await nursing.getByLabel('School, university or centre').fill('University of Aleppo');
    await nursing.getByLabel('Country', { exact: true }).selectOption('SY');
    await nursing.getByRole('group', { name: 'From' }).getByLabel('Year').fill('2008');
    await nursing.getByRole('group', { name: 'Until' }).getByLabel('Year').fill('2012');
    await nursing.getByLabel('Did you finish?').selectOption({ label: 'Yes, finished' });
    await nursing.getByLabel('Your diploma', { exact: true }).selectOption({ label: 'I have it, with an official translation' });
    await nursing.getByLabel('Recognition in this country').selectOption({ label: 'Asked for, waiting' });
    // Two typos in "nurse responsible".
    await pick(page, nursing.getByRole('combobox', { name: 'Which job does this prepare you for?' }), 'nurse resposible', 'nurse responsible for general care');
    await nursing.getByRole('note').getByText('is a regulated profession').waitFor();
    assert.deepEqual(
      session.requests.filter((u) => u.includes('/packs/')).map((u) => u.split('/packs/')[1]).sort(),
      ['occupation-skills.tsv', 'occupations-en.tsv', 'skills-en.tsv'],
      'the English lists only, once',
    );

    await goTo(page, 'Work');
    await page.getByRole('button', { name: 'Add a job' }).click();
    // One typo. (The job's card is named after what is typed, so find the box on the page.)
    await pick(page, page.getByRole('combobox', { name: 'What was your job?' }), 'electrican', 'electrician');
    const electrician = page.getByRole('article', { name: 'electrician' });
    await electrician.getByText('From the European list').waitFor();
    await electrician.getByLabel('Employer or company').fill('Al-Nour Electrics');
    await electrician.getByLabel('Country', { exact: true }).selectOption('SY');
    await electrician.getByRole('group', { name: 'From' }).getByLabel('Year').fill('2012');
    await electrician.getByRole('group', { name: 'Until' }).getByLabel('Year').fill('2015');
    await electrician.getByLabel('Type of work').selectOption({ label: 'Paid work' });
    await electrician.getByLabel('What did you do? Your main tasks').fill('Wiring houses and shops, 3-phase, 380 V');
    // The skills that go with the job are proposed; ticking confirms them.
    const proposed = electrician.getByRole('group', { name: 'Skills that often go with this job' });
    await proposed.getByLabel('install low voltage wiring').check();
    await proposed.getByLabel('repair wiring').check();
    const usedList = electrician.getByRole('region', { name: 'Skills you used in this job' });
    assert.equal(await usedList.getByRole('combobox').count(), 2, 'ticked skills are listed');
    await usedList.getByRole('button', { name: 'Add a skill' }).click();
    await pick(page, usedList.getByRole('combobox', { name: 'Skill 3' }), 'forklfit', 'operate forklift');
    // Something the list does not have is kept in the person's words.
    await usedList.getByRole('button', { name: 'Add a skill' }).click();
    await usedList.getByRole('combobox', { name: 'Skill 4' }).fill('Solar panel wiring on roofs');
    await usedList.getByText('Your own words (not from the list).').waitFor();
    await screenshot(page, 'journey-work-en');

    await goTo(page, 'Skills');
    const work = page.getByRole('region', { name: 'Skills for work' });
    await work.getByRole('button', { name: 'Add a skill' }).click();
    await pick(page, work.getByRole('combobox', { name: 'Skill 1' }), 'electrical diagrms', 'interpret electrical diagrams');
    const personal = page.getByRole('region', { name: 'Personal skills (teamwork, patience…)' });
    await personal.getByRole('button', { name: 'Add a skill' }).click();
    await pick(page, personal.getByRole('combobox', { name: 'Skill 1' }), 'teams', 'work in teams');
    await page.getByLabel('Finding information online').selectOption({ label: 'Intermediate: on my own' });
    const safety = page.locator('.digcomp-area').nth(3);
    await safety.getByText('Say more: rate each part').click();
    await safety.getByLabel('Protecting my personal data and privacy').selectOption({ label: 'Basic: with help' });

    await goTo(page, 'Licences, certificates, volunteering');
    await page.getByLabel('B car').check();
    await page.getByRole('button', { name: 'Add a certificate' }).click();
    await page.getByLabel('Name of the certificate').fill('First aid');
    await page.getByLabel('Who gave it?').fill('Red Cross');
    await page.getByRole('button', { name: 'Add volunteering' }).click();
    await page.getByLabel('What did you do?').fill('Teaching children to read');
    await page.getByLabel('Organisation or group').fill('Neighbourhood centre');
    await page.getByLabel('Interests and hobbies').fill('Football, cooking');

    await goTo(page, 'Goals');
    await page.getByLabel('A job', { exact: true }).check();
    await page.getByLabel('Recognition of my diploma').check();
    await page.getByRole('button', { name: 'Add a job' }).click();
    await pick(page, page.getByRole('combobox', { name: 'Job you would like 1' }), 'care worker', 'social care worker');
    // Typing a job's exact name and moving on chooses it too.
    await page.getByRole('button', { name: 'Add a job' }).click();
    await page.getByRole('combobox', { name: 'Job you would like 2' }).pressSequentially('Kitchen Assistant', { delay: 10 });
    await page.getByRole('combobox', { name: 'Job you would like 2' }).press('Tab');
    await page.getByRole('region', { name: 'Jobs you would like to do' }).getByText('From the European list').nth(1).waitFor();
    await page.getByLabel('How much can you work?').selectOption({ label: 'Full time' });

    await goTo(page, 'Review');
    for (const words of ['electrician', 'install low voltage wiring', 'Solar panel wiring on roofs', 'work in teams', 'social care worker', 'Teaching children to read', 'nurse responsible for general care']) {
      await page.getByRole('main').getByText(words, { exact: false }).first().waitFor();
    }
    assert.deepEqual(await axeViolations(page), [], 'axe on the review page');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save to a file' }).click(),
    ]);
    mkdirSync(artifacts, { recursive: true });
    const file = path.join(artifacts, 'complete-profile.json');
    await download.saveAs(file);
    const { profile } = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(profile, (await stored(page)).profile, 'the file holds what autosave holds');

    const w = profile.work[0];
    assert.deepEqual(w.occupation, { esco: uriOf(occupations, 'electrician'), text: 'electrician' });
    assert.deepEqual(
      w.skills_used.map((s) => s.esco),
      [uriOf(skills, 'install low voltage wiring'), uriOf(skills, 'repair wiring'), uriOf(skills, 'operate forklift'), null],
    );
    assert.equal(w.skills_used[3].text, 'Solar panel wiring on roofs');
    assert.equal(profile.education[0].occupation.esco, uriOf(occupations, 'nurse responsible for general care'));
    assert.equal(profile.skills.occupational[0].esco, uriOf(skills, 'interpret electrical diagrams'));
    assert.equal(profile.skills.soft[0].esco, uriOf(skills, 'work in teams'));
    assert.equal(profile.goals.target_occupations[0].esco, uriOf(occupations, 'social care worker'));
    assert.deepEqual(profile.goals.target_occupations[1], { esco: uriOf(occupations, 'kitchen assistant'), text: 'kitchen assistant' });
    assert.deepEqual(profile.skills.digital.competences, [{ competence: '4.2', level: 'foundation' }]);
    assert.equal(profile.volunteering[0].role, 'Teaching children to read');
    // Every code in the file is one the app ships.
    const codes = JSON.stringify(profile).match(/http:\/\/data\.europa\.eu\/esco\/[a-z]+\/[0-9a-f-]+/g);
    assert.equal(codes.length, 9);
    for (const uri of codes) assert.ok(occupations.has(uri) || skills.has(uri), uri);

    // The same answers read in Arabic: coded ones in Arabic, free text as written.
    await page.getByLabel('Language', { exact: true }).selectOption('ar');
    await page.getByRole('heading', { level: 1, name: 'المراجعة' }).waitFor();
    const main = page.getByRole('main');
    await main.getByText('كهربائي', { exact: true }).first().waitFor();
    await main.getByText('Solar panel wiring on roofs', { exact: false }).waitFor();
    await screenshot(page, 'journey-review-ar');
  });
});

test('in Arabic, on a phone: found with Arabic spelling variants, coded the same as in English', async () => {
  await journey({ locale: 'ar', width: 390, height: 844, hash: '#/work' }, async (page) => {
    await page.locator('button.add').click();
    const box = page.getByRole('combobox', { name: 'ما كان عملك؟' });
    // "كهرباىي": alef maqsura for yeh-with-hamza, as people type on many keyboards.
    await pick(page, box, 'كهرباىي', 'كهربائي');
    const p = (await stored(page)).profile;
    assert.equal(p.work[0].occupation.esco, uriOf(occupations, 'electrician'));
    // English works in the Arabic interface too, and shows the Arabic label.
    await page.getByRole('button', { name: 'أضف مهارة' }).click();
    const skill = page.getByRole('combobox', { name: 'المهارة 1' });
    await skill.pressSequentially('forklift', { delay: 15 });
    const first = page.locator(`#${await skill.getAttribute('aria-controls')}`).getByRole('option').first();
    await first.waitFor();
    // Shown in Arabic, with the English word that matched beside it.
    assert.match(await first.innerText(), /^[\u0600-\u06FF][^·]* · forklift/, 'says which English word matched');
    // The live region tells a screen reader how many suggestions there are.
    // (In the plural form Arabic grammar asks for: "اقتراح واحد", "اقتراحان", "3 اقتراحات"…)
    const options = await page.locator(`#${await skill.getAttribute('aria-controls')}`).getByRole('option').count();
    const said = await page.locator('[role=status]').filter({ hasText: 'اقتراح' }).innerText();
    const expected = { 1: 'اقتراح واحد', 2: 'اقتراحان' }[options] ?? `${options} اقتراح`;
    assert.ok(said.startsWith(expected), `"${said}" for ${options} suggestions`);
    // Escape closes the list and keeps what was typed.
    await skill.press('Escape');
    assert.equal(await skill.getAttribute('aria-expanded'), 'false');
    assert.equal(await skill.inputValue(), 'forklift');
    assert.deepEqual(await axeViolations(page), [], 'axe in Arabic with pickers');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'nothing wider than the phone');
    await screenshot(page, 'journey-work-ar-phone');
  });
});

test('a complete profile in Arabic, on a phone: every page, coded answers, exported', async () => {
  const step = (page, name) => page.getByRole('navigation', { name: 'خطوات ملفّك' }).getByRole('link', { name, exact: true }).click();
  await journey({ locale: 'ar', width: 390, height: 844 }, async (page) => {
    await page.getByLabel('الاسم الأول', { exact: false }).first().fill('أمل');

    await step(page, 'التعليم');
    await page.getByRole('button', { name: 'أضف تعليماً أو تدريباً' }).click();
    await page.getByLabel('المستوى', { exact: true }).selectOption({ label: 'بكالوريوس أو ما يعادلها' });
    await pick(page, page.getByRole('combobox', { name: 'لأي عمل يؤهّلك هذا التعليم؟' }), 'ممرضه', 'ممرض');
    await page.getByRole('note').getByText('مهنة منظَّمة').waitFor();

    await step(page, 'العمل');
    await page.locator('button.add').click();
    await pick(page, page.getByRole('combobox', { name: 'ما كان عملك؟' }), 'طباخ', 'طباخ');
    const proposed = page.getByRole('group', { name: 'مهارات ترافق هذا العمل عادةً' });
    await proposed.getByRole('checkbox').first().check();

    await step(page, 'المهارات');
    const soft = page.getByRole('region', { name: 'مهارات شخصية (العمل الجماعي، الصبر…)' });
    await soft.getByRole('button', { name: 'أضف مهارة' }).click();
    await pick(page, soft.getByRole('combobox', { name: 'المهارة 1' }), 'العمل في فريق', 'العمل ضمن فريق');

    await step(page, 'الرخص والشهادات والتطوع');
    await page.getByRole('checkbox', { name: 'B سيارة', exact: true }).check();
    await page.getByRole('group', { name: 'رخصة القيادة' }).waitFor();
    await page.getByRole('button', { name: 'أضف عملًا تطوعيًا' }).click();
    await page.getByLabel('ماذا فعلت؟').fill('توزيع الطعام في الحي');

    await step(page, 'الأهداف');
    await page.getByRole('button', { name: 'أضف عملًا' }).click();
    await pick(page, page.getByRole('combobox', { name: 'عمل تودّه 1' }), 'مساعد مطبخ', 'مساعد مطبخ');

    await step(page, 'المراجعة');
    for (const words of ['ممرض', 'طباخ', 'العمل ضمن فريق', 'مساعد مطبخ', 'توزيع الطعام في الحي']) {
      await page.getByRole('main').getByText(words, { exact: false }).first().waitFor();
    }
    assert.deepEqual(await axeViolations(page), [], 'axe on the Arabic review page');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'nothing wider than the phone');
    await screenshot(page, 'journey-review-ar-phone');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'حفظ في ملف' }).click(),
    ]);
    const file = path.join(artifacts, 'complete-profile-ar.json');
    await download.saveAs(file);
    const { profile } = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(profile.written_in, 'ar');
    assert.equal(profile.education[0].occupation.esco, uriOf(occupations, 'nurse responsible for general care'));
    assert.equal(profile.work[0].occupation.esco, uriOf(occupations, 'cook'));
    assert.equal(profile.work[0].skills_used.length, 1);
    assert.ok(skills.has(profile.work[0].skills_used[0].esco), 'a proposed skill, coded');
    assert.equal(profile.skills.soft[0].esco, uriOf(skills, 'work in teams'));
    assert.equal(profile.goals.target_occupations[0].esco, uriOf(occupations, 'kitchen assistant'));
    assert.deepEqual(profile.driving_licences, [{ category: 'B', issued_in: null }]);
  });
});

test('when the lists cannot be loaded, jobs and skills are still kept in the person\'s words', async () => {
  const failed = (e) => /Failed to load resource/.test(e);
  await journey({ hash: '#/work' }, async (page, session) => {
    await session.context.route('**/packs/**', (route) => route.fulfill({ status: 404, body: '' }));
    await page.reload();
    await page.getByRole('button', { name: 'Add a job' }).click();
    await page.getByText('could not be loaded').first().waitFor();
    await page.getByRole('combobox', { name: 'What was your job?' }).fill('Elektriker');
    assert.deepEqual((await stored(page)).profile.work[0].occupation, { esco: null, text: 'Elektriker' });
  }, { allowErrors: failed });
});
