// The back office's steps for the HTTP tests (tests/http/office_*.test.mjs):
// a submitted dossier, one transition posted as the page would, a dossier
// brought to processing, the specialist's result proposal.
import { readFileSync } from 'node:fs';
import { assert } from './t.mjs';
import { NGINX, ROOT, sql } from './env.mjs';
import { newCitizen } from './account.mjs';
import { startDraft, slots, upload, submit, postMultipart } from './dossier.mjs';

const B = NGINX;
export const L3 = '1.001940'; // level 3 at 000.00.09.H34
export const fixture = (f) => readFileSync(`${ROOT}/tests/fixtures/uploads/${f}`);

export const row = (id, cols) => sql(`SELECT ${cols} FROM dossier WHERE id = ${id}`)[0];
export const version = (id) => Number(row(id, 'version')[0]);
export const act = (jar, code, slug, fields) => jar.post(B, `/can-bo/ho-so/${code}/${slug}`, fields);
export const audits = (id, action) => Number(sql(`SELECT COUNT(*) FROM audit WHERE object_type = 'dossier'
  AND object_id = ${id} AND action = '${action}'`)[0][0]);
export const events = (id) => sql(`SELECT action FROM dossier_event WHERE dossier_id = ${id} ORDER BY id`).map((e) => e[0]);

// A staff account made in SQL beside the demo officer (same password).
export function staffLike(email, role, agencyCode, name = 'Cán bộ kiểm thử') {
  sql(`INSERT IGNORE INTO account (kind, email, full_name, password_hash, agency_id, status)
    SELECT 'staff', '${email}', '${name}', password_hash,
      (SELECT id FROM agency WHERE code = '${agencyCode}'), 'active'
    FROM account WHERE email = 'tiepnhan@tuphap.kontum.demo'`);
  sql(`INSERT IGNORE INTO account_role (account_id, role)
    SELECT id, '${role}' FROM account WHERE email = '${email}'`);
}

// A citizen's dossier of procedure L3 (or proc), every slot filled,
// submitted (1).
export async function submitted(proc = L3) {
  const who = await newCitizen(B);
  const id = await startDraft(B, who, proc);
  const s = await slots(B, who, id);
  const files = s.map((x, i) => ({
    slot: x.id, filename: `giấy ${i}.pdf`, data: fixture('ok.pdf'), type: 'application/pdf',
  }));
  assert.equal((await upload(B, who, id, files)).status, 303);
  assert.equal((await submit(B, who, id)).status, 303);
  const code = sql(`SELECT code FROM dossier WHERE id = ${id}`)[0][0];
  return { who, id, code, slots: s };
}

// One transition by jar with the token and version its page shows.
export async function step(jar, d, slug, fields = {}) {
  const tok = await jar.token(B, `/can-bo/ho-so/${d.code}`);
  return act(jar, d.code, slug, { csrf: tok, phien_ban: version(d.id), ...fields });
}

// What the dossier owes and has not settled, as the officer's counter
// form offers it (issue 14): the amount in đồng, or null if nothing is
// owed (a free procedure, paid or exempted already).
export async function feeOwed(jar, d) {
  const page = await jar.get(B, `/can-bo/ho-so/${d.code}`);
  const m = page.body.match(/id="thu-phi"[\s\S]*?name="so_tien"[^>]*value="(\d+)"/);
  return m ? m[1] : null;
}

// Reception records at the counter what the dossier owes (the form's
// amount, a receipt number, cash), if anything: the fee settled the way
// reception settles it, before the steps that wait for it.
export async function payCounter(reception, d, fields = {}) {
  const owed = await feeOwed(reception, d);
  if (owed === null) return null;
  const r = await step(reception, d, 'thu-phi', {
    so_tien: owed, so_bien_lai: `BL-${d.id}`, hinh_thuc: 'cash', ...fields,
  });
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  return owed;
}

// Submitted, accepted, its fee paid at the counter and forwarded by
// reception: in processing (4).
export async function processing(reception) {
  const d = await submitted();
  assert.equal((await step(reception, d, 'tiep-nhan')).status, 303);
  assert.ok(await payCounter(reception, d), 'procedure L3 has a fee');
  assert.equal((await step(reception, d, 'chuyen-xu-ly')).status, 303);
  assert.equal(row(d.id, 'status')[0], '4');
  return d;
}

// The specialist proposes a result file.
export async function proposeResult(specialist, d) {
  const page = await specialist.get(B, `/can-bo/ho-so/${d.code}`);
  const csrf = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  return postMultipart(specialist, B, `/can-bo/ho-so/${d.code}/de-xuat-ket-qua`,
    { csrf, phien_ban: String(version(d.id)), ly_do: 'Đủ điều kiện cấp.' },
    [{ name: 'ket_qua', filename: 'kết quả.pdf', type: 'application/pdf', data: fixture('ok.pdf') }]);
}

// An extension as the rule has it: the officer holding the dossier
// (reception while received, the specialist in processing) proposes it
// with a reason and days (a Form 04 draft), the leader approves it (Form
// 04 sent, the due date moved).
export async function extend(proposer, leader, d, fields) {
  const p = await step(proposer, d, 'de-xuat-gia-han', fields);
  assert.equal(p.status, 303, p.body.slice(0, 1500));
  const a = await step(leader, d, 'duyet-gia-han');
  assert.equal(a.status, 303, a.body.slice(0, 1500));
}
