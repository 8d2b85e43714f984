// Dossier codes under concurrency: tests/db/test_dossier.c (built by make
// check in the sanitizer build) submits 10,000 drafts from 16 processes
// against the test MariaDB; each of its TAP lines is checked here.
import { test, assert } from '../lib/t.mjs';
import { spawnSync } from 'node:child_process';
import { BUILD, CONFIG } from '../lib/env.mjs';

test('10,000 concurrent submissions: 10,000 different codes, the day\'s numbers without gap or repeat', () => {
  const r = spawnSync(`${BUILD}/tests/db/test_dossier`, [CONFIG], { encoding: 'utf8', timeout: 600000 });
  const lines = r.stdout.split('\n');
  const bad = lines.filter((l) => l.startsWith('not ok') || l.startsWith('Bail out'));
  assert.deepEqual(bad, [], lines.filter((l) => !l.startsWith('ok ')).join('\n') + '\n' + r.stderr.slice(0, 3000));
  assert.ok(lines.filter((l) => l.startsWith('ok ')).length >= 14, 'every check ran');
  assert.match(r.stdout, /^1\.\.\d+$/m);
  assert.equal(r.status, 0, r.stderr);
}, { timeout: 620000 });
