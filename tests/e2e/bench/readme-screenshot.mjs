// Makes docs/screenshot.png for the README: the Work step, a job being found by typing
// with a typo. `node bench/readme-screenshot.mjs` after scripts/build.sh.
import path from 'node:path';
import { startServer, launch, openApp, root } from '../harness.js';

const server = await startServer();
const browser = await launch();
try {
  const { page } = await openApp(browser, server.url, { hash: '#/work', width: 1100, height: 760 });
  await page.getByRole('button', { name: 'Add a job' }).click();
  const box = page.getByRole('combobox', { name: 'What was your job?' });
  await box.pressSequentially('electrican', { delay: 20 });
  await page.getByRole('option').filter({ hasText: 'building electrician' }).waitFor();
  await box.press('ArrowDown');
  await page.screenshot({ path: path.join(root, 'docs/screenshot.png') });
} finally {
  await browser.close();
  server.stop();
}
