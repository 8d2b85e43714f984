// The reception queue keeps its promise "oldest and most urgent first"
// (issue 15, section 2): a dossier not yet received is ordered by when it
// becomes late to receive (reception_due_at: Reception.MaxWaitHours of
// working time after its submission, or after the citizen's supplement),
// not by its submission time. A dossier submitted first but supplemented
// later waits behind one submitted in between.
import { test, assert } from '../lib/t.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { staffLogin, newCitizen } from '../lib/account.mjs';
import { startDraft, slots, upload, submit, postMultipart } from '../lib/dossier.mjs';
import { L3, step, fixture } from '../lib/office.mjs';

const B = NGINX;
const NAME = 'Rơ Châm Thị Hàng';
let reception;
let who;

const facts = (id) => {
  const [due, queue, sub, supp] = sql(`SELECT UNIX_TIMESTAMP(reception_due_at), UNIX_TIMESTAMP(queue_at),
    UNIX_TIMESTAMP(submitted_at), UNIX_TIMESTAMP(supplemented_at) FROM dossier WHERE id = ${id}`)[0];
  return { due: Number(due), queue: Number(queue), sub: Number(sub), supp: supp === 'NULL' ? null : Number(supp) };
};

async function dossier() {
  const id = await startDraft(B, who, L3);
  const s = await slots(B, who, id);
  const files = s.map((x, i) => ({ slot: x.id, filename: `giấy ${i}.pdf`, data: fixture('ok.pdf'), type: 'application/pdf' }));
  assert.equal((await upload(B, who, id, files)).status, 303);
  assert.equal((await submit(B, who, id)).status, 303);
  return { id, code: sql(`SELECT code FROM dossier WHERE id = ${id}`)[0][0], slots: s, who };
}

test('logins', async () => {
  reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  who = await newCitizen(B, { ho_ten: NAME });
}, { timeout: 120000 });

test('a dossier supplemented after another was submitted waits behind it', async () => {
  const a = await dossier();
  const fa = facts(a.id);
  assert.ok(fa.due > 0, 'a submitted dossier has its reception due time');
  assert.ok(fa.due >= fa.sub, 'not before its submission');
  assert.equal(fa.queue, fa.due, 'the queue orders it by that time');
  const b = await dossier();
  // reception asks a for a supplement; the citizen answers it after b came in
  let r = await step(reception, a, 'yeu-cau-bo-sung', { [`bo_sung_${a.slots[0].id}`]: '1', ly_do: 'Bản chụp bị mờ.' });
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  const form = await who.jar.get(B, `/ho-so/${a.code}/bo-sung`);
  const csrf = form.body.match(/name="csrf" value="([^"]+)"/)[1];
  r = await postMultipart(who.jar, B, `/ho-so/${a.code}/bo-sung`, { csrf },
    [{ name: `tep_${a.slots[0].id}`, filename: 'rõ.png', type: 'image/png', data: fixture('ok.png') }]);
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  const fa2 = facts(a.id);
  const fb = facts(b.id);
  assert.ok(fa2.supp >= fb.sub, 'supplemented after b was submitted');
  assert.ok(fa2.due >= fa2.supp, 'late to receive counted from the supplement');
  assert.ok(fa2.due >= fb.due, 'so not due before b');
  assert.ok(fa.sub <= fb.sub, 'though submitted first');
  assert.equal(fa2.queue, fa2.due);
  // the queue, narrowed to this applicant: b first whenever its time is
  // earlier (out of working hours both fall on the next working hour: then
  // the older row first, as the order by (queue_at, id) says)
  const q = (await reception.get(B, `/can-bo/tiep-nhan?q=${encodeURIComponent(NAME)}&trang_thai=moi`)).body;
  const order = [a.code, b.code].sort((x, y) => q.indexOf(x) - q.indexOf(y));
  assert.ok(q.indexOf(a.code) > 0 && q.indexOf(b.code) > 0, 'both listed');
  const want = fb.due < fa2.due || (fb.due === fa2.due && b.id < a.id) ? [b.code, a.code] : [a.code, b.code];
  assert.deepEqual(order, want);
});
