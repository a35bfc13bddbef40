// The fonts the app self-hosts (public/fonts/) are the pinned Fontsource Noto packages'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from '../harness.js';

test('self-hosted Noto fonts match the pinned packages, with their licence', () => {
  const r = spawnSync('node', [path.join(root, 'scripts/get-fonts.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr + r.stdout);
});
