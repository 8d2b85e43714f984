// The catalogue editor for the tests (/quan-tri/thu-tuc in dvc-account):
// fresh procedure codes and the editor's forms posted as its page posts
// them (tests/http/admin_forms, tests/browser/admin_forms).
import { assert } from './t.mjs';
import { sql } from './env.mjs';

export const csrfOf = (body) => body.match(/name="csrf" value="([^"]+)"/)[1];
export const revOf = (body) => body.match(/name="rev" value="(\d+)"/)[1];

// Procedure codes of this file and run: <first>.<slot><4 digits of the
// clock>, unused in the database (a later run finds the earlier ones).
const SLOT = String(Number(process.env.DVC_FILE_SLOT ?? process.pid) % 100).padStart(2, '0');
let serial = Number(String(Date.now()).slice(-4));
export function newCode(first) {
  for (;;) {
    serial = (serial + 1) % 10000;
    const code = `${first}.${SLOT}${String(serial).padStart(4, '0')}`;
    if (!Number(sql(`SELECT (SELECT COUNT(*) FROM proc WHERE code = '${code}')
      + (SELECT COUNT(*) FROM proc_draft WHERE code = '${code}')`)[0][0])) return code;
  }
}

// A new draft of code for the jar's agency, or for agency (a province
// admin's choice).
export async function createDraft(jar, base, code, agency) {
  const list = await jar.get(base, '/quan-tri/thu-tuc');
  const r = await jar.post(base, '/quan-tri/thu-tuc', { csrf: csrfOf(list.body), ma: code,
    ...(agency ? { co_quan: agency } : {}) });
  assert.equal(r.status, 303, `new draft ${code}: ${r.status}`);
}

// Saves one part of code's draft with the page's csrf and rev.
export async function savePart(jar, base, code, part, fields) {
  const p = await jar.get(base, `/quan-tri/thu-tuc/${code}`);
  assert.equal(p.status, 200, `editor of ${code}`);
  const r = await jar.post(base, `/quan-tri/thu-tuc/${code}/${part}`,
    { csrf: csrfOf(p.body), rev: revOf(p.body), ...fields });
  assert.equal(r.status, 303, `save ${part}: ${r.status}`);
}

// Publishes code's draft as a province admin does.
export async function publishDraft(jar, base, code, no) {
  const p = await jar.get(base, `/quan-tri/thu-tuc/${code}`);
  return jar.post(base, `/quan-tri/thu-tuc/${code}/cong-bo`, { csrf: csrfOf(p.body), rev: revOf(p.body),
    so: no, ngay: '2026-12-01' });
}
