// core/db.c against the test MariaDB (tests/db/test_db.c, built by make
// check in the sanitizer build): each TAP line of it is checked here.
import { test, assert } from '../lib/t.mjs';
import { spawnSync } from 'node:child_process';
import { BUILD, CONFIG } from '../lib/env.mjs';

test('db module: values, NULLs, errors, transactions, deadlock retry, no server', () => {
  const r = spawnSync(`${BUILD}/tests/db/test_db`, [CONFIG], { encoding: 'utf8', timeout: 60000 });
  const lines = r.stdout.split('\n');
  const bad = lines.filter((l) => l.startsWith('not ok') || l.startsWith('Bail out'));
  const good = lines.filter((l) => l.startsWith('ok '));
  const detail = lines.filter((l) => !l.startsWith('ok ')).join('\n');
  assert.deepEqual(bad, [], detail + '\n' + r.stderr.slice(0, 3000));
  assert.ok(good.length >= 35, `${good.length} checks ran`);
  assert.match(r.stdout, /^1\.\.\d+$/m, 'the plan was printed: the program ran to the end');
  assert.equal(r.status, 0, r.stderr);
}, { timeout: 90000 });
