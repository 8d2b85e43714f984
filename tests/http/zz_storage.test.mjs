// The quarantine folder removed while the responders run (a cleanup, a
// new mount): the next upload makes it again and is kept, and /_health
// says store and quarantine are fine once it is back.
import { test, assert } from '../lib/t.mjs';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { get } from '../lib/http.mjs';
import { NGINX, ROOT, RUN, sql } from '../lib/env.mjs';
import { newCitizen } from '../lib/account.mjs';
import { startDraft, slots, upload } from '../lib/dossier.mjs';

// tests/run.mjs runs this file alone, because it:
export const serial = 'removes the shared quarantine folder';

const L3 = '1.001940';
const fixture = (f) => readFileSync(`${ROOT}/tests/fixtures/uploads/${f}`);

test('an upload after the quarantine folder was removed: the folder is made again, the file kept', async () => {
  const who = await newCitizen(NGINX);
  const id = await startDraft(NGINX, who, L3);
  const s = await slots(NGINX, who, id);
  const q = `${RUN}/files/quarantine`;
  rmSync(q, { recursive: true, force: true });
  assert.ok(!existsSync(q));
  const r = await upload(NGINX, who, id, [
    { slot: s[0].id, filename: 'don.pdf', data: fixture('ok.pdf'), type: 'application/pdf' },
  ]);
  assert.equal(r.status, 303, r.body.slice(0, 2000));
  assert.ok(existsSync(q) && statSync(q).isDirectory(), 'quarantine made again');
  assert.equal(statSync(q).mode & 0o777, 0o700);
  assert.deepEqual(sql(`SELECT name FROM dossier_file WHERE dossier_id = ${id}`), [['don.pdf']]);
});

test('/_health makes a missing quarantine again and says so', async () => {
  const q = `${RUN}/files/quarantine`;
  rmSync(q, { recursive: true, force: true });
  const h = await get(NGINX, '/_health');
  assert.equal(h.status, 200, h.body);
  assert.match(h.body, /^quarantine: ok$/m);
  assert.ok(existsSync(q));
});
