// The CLDR names the app ships (src/names/*.tsv) are what the generator makes from the
// pinned CLDR package: every code named, in every UI language, no two alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from '../harness.js';

test('country and language names are current and complete', () => {
  const r = spawnSync('node', [path.join(root, 'scripts/gen-names.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr + r.stdout);
});
