// The PDF benchmark: generation time (median of several runs, in headless Chromium) and
// file size for a complete bilingual ar+es profile and an English one, and the worker's
// size (brotli). Not a test: it prints numbers and exits 0 when it could measure.
//
// Each profile is opened through the app and its PDF made once through the UI; the
// document the app sent its worker is kept (recorded from the page) and then sent again
// and again to a warm worker (fonts fetched, wasm compiled), as a person's second and
// later PDFs are. Two times per run: the round trip the page waits for (post to bytes
// back), and the engine alone (layout and PDF writing, timed inside the worker).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer, launch, root, artifacts } from '../harness.js';
import { CASES, ENGLISH, profileFile } from '../profiles.js';

const RUNS = Number(process.env.RUNS || 15);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const br = (bytes) => zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const server = await startServer();
const browser = await launch();
mkdirSync(artifacts, { recursive: true });
const rows = [];
try {
  for (const [first, second, country, t] of [CASES[0], ENGLISH[0]]) {
    const context = await browser.newContext({ locale: first, acceptDownloads: true, serviceWorkers: 'block' });
    // Keep what the app posts to its worker (the document), to send it again below.
    await context.addInitScript(() => {
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (message, transfer) {
        if (message && message.kind === 'make') window.__pdfDocument = message.document.slice();
        return post.call(this, message, transfer);
      };
    });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('h1#page-title').waitFor();
    const file = path.join(artifacts, `bench-profile-${first}.json`);
    writeFileSync(file, JSON.stringify(profileFile(first, { ...t, country })));
    await page.locator('#import-file').setInputFiles(file);
    await page.waitForFunction(() => JSON.parse(localStorage.getItem('skillmap.profile') || '{}').profile?.work?.length === 3);
    await page.goto(`${server.url}#/review`);
    if (second) {
      await page.locator('#second-language').selectOption(second);
      await page.locator('.side-by-side > .column').nth(1).waitFor();
    }
    const started = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#pdf-download').click()]);
    const firstPdf = Date.now() - started;
    const pdfPath = path.join(artifacts, `bench-${first}${second ? `-${second}` : ''}.pdf`);
    await download.saveAs(pdfPath);
    const pages = Number(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)[1]);
    const times = await page.evaluate(async (runs) => {
      const worker = new Worker('pdf-worker_loader.js');
      await new Promise((resolve) => { worker.onmessage = resolve; });
      const once = () => new Promise((resolve) => {
        const start = performance.now();
        worker.onmessage = (e) => resolve({ trip: performance.now() - start, engine: e.data.ms, bytes: e.data.bytes.length, ok: e.data.ok });
        worker.postMessage({ kind: 'make', document: window.__pdfDocument });
      });
      await once(); // fonts fetched, code warm
      const out = [];
      for (let i = 0; i < runs; i += 1) out.push(await once());
      worker.terminate();
      return out;
    }, RUNS);
    if (!times.every((x) => x.ok)) throw new Error('the worker failed to make a PDF');
    rows.push({
      profile: second ? `${first}+${second} side by side` : first,
      pages,
      bytes: times[0].bytes,
      trip: median(times.map((x) => x.trip)),
      engine: median(times.map((x) => x.engine)),
      firstPdf,
    });
    await context.close();
  }
  const dist = (f) => readFileSync(path.join(root, 'dist', f));
  const files = (name) => [`${name}_bg.wasm`, `${name}.js`, `${name}_loader.js`].map((f) => ({ f, raw: dist(f).length, br: br(dist(f)) }));
  const worker = files('pdf-worker');
  const reader = files('pdf-reader');
  const fonts = ['noto-sans-400.ttf', 'noto-sans-700.ttf', 'noto-sans-arabic-400.ttf', 'noto-sans-arabic-700.ttf', 'noto-sans-ethiopic-400.ttf', 'noto-sans-ethiopic-700.ttf']
    .map((f) => ({ f, raw: dist(`pdf-fonts/${f}`).length, br: br(dist(`pdf-fonts/${f}`)) }));
  const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`PDF generation in headless Chromium (median of ${RUNS} runs, warm worker)`);
  for (const r of rows) {
    console.log(`  ${r.profile.padEnd(22)} ${String(r.pages).padStart(2)} pages  ${kb(r.bytes).padStart(10)}  round trip ${r.trip.toFixed(1)} ms  engine ${r.engine.toFixed(1)} ms  (first PDF through the UI, cold: ${r.firstPdf} ms)`);
  }
  const total = worker.reduce((t, x) => t + x.br, 0);
  console.log(`PDF worker (brotli 11): ${worker.map((x) => `${x.f} ${kb(x.br)}`).join(', ')}; total ${kb(total)}`);
  const readerTotal = reader.reduce((t, x) => t + x.br, 0);
  console.log(`PDF reader worker, fetched only to open a PDF (brotli 11): ${reader.map((x) => `${x.f} ${kb(x.br)}`).join(', ')}; total ${kb(readerTotal)}`);
  console.log(`PDF fonts (fetched by the worker when a PDF is made; brotli 11): ${fonts.map((x) => `${x.f} ${kb(x.br)}`).join(', ')}`);
  console.log(`pdf-bench: ${rows.map((r) => `${r.profile.split(' ')[0]} trip_ms=${r.trip.toFixed(1)} engine_ms=${r.engine.toFixed(1)} bytes=${r.bytes} pages=${r.pages}`).join('; ')}; worker_brotli=${total} reader_brotli=${readerTotal}`);
} finally {
  await browser.close();
  server.stop();
}
