// Dossiers in the back office for the tests: submitted through the
// citizen's pages, then moved on by officers through the real forms.
import { readFileSync } from 'node:fs';
import { assert } from './t.mjs';
import { NGINX, ROOT, sql } from './env.mjs';
import { newCitizen } from './account.mjs';
import { startDraft, slots, upload, submit } from './dossier.mjs';

export const L3 = '1.001940'; // level 3 at 000.00.09.H34
export const fixture = (f) => readFileSync(`${ROOT}/tests/fixtures/uploads/${f}`);
export const version = (id) => Number(sql(`SELECT version FROM dossier WHERE id = ${id}`)[0][0]);

// A new citizen's dossier of procedure L3, every slot with a PDF,
// submitted (status 1): { who, id, code, slots }.
export async function submitted(B = NGINX) {
  const who = await newCitizen(B);
  const id = await startDraft(B, who, L3);
  const s = await slots(B, who, id);
  const files = s.map((x, i) => ({
    slot: x.id, filename: `giấy ${i}.pdf`, data: fixture('ok.pdf'), type: 'application/pdf',
  }));
  assert.equal((await upload(B, who, id, files)).status, 303);
  assert.equal((await submit(B, who, id)).status, 303);
  const code = sql(`SELECT code FROM dossier WHERE id = ${id}`)[0][0];
  return { who, id, code, slots: s };
}

// A transition of dossier d by the officer in jar, with the token of the
// dossier's page and its current version.
export async function step(jar, d, slug, fields = {}, B = NGINX) {
  const tok = await jar.token(B, `/can-bo/ho-so/${d.code}`);
  return jar.post(B, `/can-bo/ho-so/${d.code}/${slug}`, { csrf: tok, phien_ban: version(d.id), ...fields });
}

// Submitted, accepted and forwarded by reception: in processing (status 4).
export async function processing(reception, B = NGINX) {
  const d = await submitted(B);
  assert.equal((await step(reception, d, 'tiep-nhan', {}, B)).status, 303);
  assert.equal((await step(reception, d, 'chuyen-xu-ly', {}, B)).status, 303);
  assert.equal(sql(`SELECT status FROM dossier WHERE id = ${d.id}`)[0][0], '4');
  return d;
}

// A staff account made in SQL beside the demo officer (same password),
// with role at agency agencyCode; made once.
export function staffLike(email, role, agencyCode) {
  sql(`INSERT IGNORE INTO account (kind, email, full_name, password_hash, agency_id, status)
    SELECT 'staff', '${email}', 'Cán bộ kiểm thử', password_hash,
      (SELECT id FROM agency WHERE code = '${agencyCode}'), 'active'
    FROM account WHERE email = 'tiepnhan@tuphap.kontum.demo'`);
  sql(`INSERT IGNORE INTO account_role (account_id, role)
    SELECT id, '${role}' FROM account WHERE email = '${email}'`);
}
