// Steps every journey shares: a server and a browser per test file, a journey wrapper that
// fails on any request to another origin or any page error, and a person's first answers.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launch, openApp } from './harness.js';

/** Starts the server and browser for this test file; returns `{ journey, server }`. */
export function setup() {
  const ctx = { server: null, browser: null };
  before(async () => {
    ctx.server = await startServer();
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    ctx.server?.stop();
  });
  /** Opens the app; `run` gets the page; then asserts no foreign request and no page error. */
  async function journey(options, run, { allowErrors = () => false } = {}) {
    const session = await openApp(ctx.browser, ctx.server.url, options);
    try {
      await run(session.page, session);
      assert.deepEqual(session.foreign, [], 'requests to other origins');
      assert.deepEqual(session.errors.filter((e) => !allowErrors(e)), [], 'errors in the page');
    } finally {
      await session.context.close();
    }
  }
  return {
    journey,
    get server() { return ctx.server; },
    get browser() { return ctx.browser; },
  };
}

/** Goes to a step through the list of steps, as a person would. */
export const goTo = (page, name) => page.getByRole('navigation', { name: 'Steps of your profile' }).getByRole('link', { name, exact: true }).click();

/** The profile file autosave keeps. */
export const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('skillmap.profile')));

/** About you and Languages, as Amal would fill them in. */
export async function fillPersonalAndLanguages(page) {
  await page.getByLabel('First name(s)', { exact: true }).fill('أمل');
  await page.getByLabel('Family name', { exact: true }).fill('الحسن');
  await page.getByLabel('First name(s) in Latin letters').fill('Amal');
  await page.getByLabel('Family name in Latin letters').fill('Al-Hassan');
  await page.getByLabel('Year of birth').fill('1990');
  await page.getByLabel('Country of origin').selectOption('SY');
  await page.getByLabel('Add a nationality').selectOption('SY');
  await page.getByRole('group', { name: 'When did you arrive in this country?' }).getByLabel('Year').fill('2016');
  await page.getByRole('group', { name: 'When did you arrive in this country?' }).getByLabel('Month (if you know it)').selectOption('3');
  await page.getByRole('link', { name: /Next/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Languages' }).waitFor();
  await page.getByLabel('Add a mother tongue').selectOption('ar');
  await page.getByRole('button', { name: 'Add a language' }).click();
  await page.getByLabel('Which language?').selectOption('de');
  const german = page.getByRole('article', { name: 'German' });
  await german.getByLabel('Listening').selectOption('B1');
  await german.getByLabel('Reading').selectOption('B1');
  await german.getByLabel('Talking with people').selectOption('A2');
  await german.getByLabel('In a course').check();
  await page.getByRole('button', { name: 'Add a language' }).click();
  await page.getByRole('article', { name: 'Language 2' }).getByLabel('Which language?').selectOption('en');
  await page.getByRole('article', { name: 'English' }).getByLabel('Reading').selectOption('B2');
}
