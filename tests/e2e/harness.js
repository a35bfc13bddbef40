// Shared by the journeys: serve dist/ on 127.0.0.1, drive Debian's Chromium, watch every
// request, and audit with axe-core. No browser is ever downloaded.
import { spawn } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const artifacts = path.join(here, 'artifacts');
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Starts scripts/serve.py on a free port; resolves to { url, stop }. */
export function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [path.join(root, 'scripts/serve.py'), '--port', '0', '--dir', path.join(root, 'dist')], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.on('error', reject);
    child.stdout.on('data', (chunk) => {
      const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(chunk.toString());
      if (m) resolve({ url: m[0], stop: () => child.kill() });
    });
    setTimeout(() => reject(new Error('server did not start')), 10000);
  });
}

/** Launches headless Chromium with no background traffic of its own. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * A fresh browser context (empty storage) and page. Every request is recorded; any request
 * to another origin is collected in `foreign` so a journey can fail on it.
 */
export async function openApp(browser, baseUrl, { locale = 'en-GB', width = 1280, height = 900, hash = '' } = {}) {
  const context = await browser.newContext({
    locale,
    viewport: { width, height },
    acceptDownloads: true,
    serviceWorkers: 'block',
  });
  const origin = new URL(baseUrl).origin;
  const requests = [];
  const foreign = [];
  const errors = [];
  context.on('request', (req) => {
    const url = req.url();
    requests.push(url);
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
      foreign.push(url);
    }
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  await page.goto(baseUrl + hash);
  await page.locator('h1#page-title').waitFor();
  return { context, page, requests, foreign, errors };
}

/** Runs axe-core on the page; resolves to its violations (id, impact, targets). */
export async function axeViolations(page) {
  // page.evaluate runs through DevTools, so the app's CSP (no inline script) still holds.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return result;
}

/** Saves a screenshot under tests/e2e/artifacts/ for people to look at. */
export async function screenshot(page, name) {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}
