// Prints every file the first page load fetches from dist/, raw and compressed (brotli
// quality 11 and gzip 9, as a static host would serve them), and the totals.
// Not a test: it prints numbers and always exits 0 when it could measure.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer, launch, root } from '../harness.js';

const server = await startServer();
const browser = await launch();
try {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const urls = new Set();
  page.on('requestfinished', (req) => urls.add(req.url()));
  await page.goto(server.url);
  await page.locator('h1#page-title').waitFor();
  await page.waitForLoadState('networkidle');
  const rows = [];
  for (const url of urls) {
    let rel = new URL(url).pathname.replace(/^\//, '');
    if (rel === '') rel = 'index.html';
    const bytes = readFileSync(path.join(root, 'dist', rel));
    const br = zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const gz = zlib.gzipSync(bytes, { level: 9 }).length;
    rows.push({ file: rel, raw: bytes.length, brotli: br, gzip: gz });
  }
  rows.sort((a, b) => b.brotli - a.brotli);
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, brotli: t.brotli + r.brotli, gzip: t.gzip + r.gzip }), { raw: 0, brotli: 0, gzip: 0 });
  const kb = (n) => (n / 1024).toFixed(1).padStart(8);
  console.log('first load of the release build (KiB)');
  console.log(`${'file'.padEnd(40)} ${'raw'.padStart(8)} ${'brotli'.padStart(8)} ${'gzip'.padStart(8)}`);
  for (const r of rows) console.log(`${r.file.padEnd(40)} ${kb(r.raw)} ${kb(r.brotli)} ${kb(r.gzip)}`);
  console.log(`${'total'.padEnd(40)} ${kb(total.raw)} ${kb(total.brotli)} ${kb(total.gzip)}`);
  console.log(`first-load bytes: raw=${total.raw} brotli=${total.brotli} gzip=${total.gzip} files=${rows.length}`);
  await context.close();
} finally {
  await browser.close();
  server.stop();
}
