// The supplement replaces or removes files (issue 15, section 1): for a
// document the officer's request named, the citizen ticks "Bỏ tệp này" on
// a file and uploads the corrected one in its place, or only takes a
// file back. The taken-back file is never deleted: the officer (and the
// citizen) still see it, struck through with when, and it opens; it no
// longer counts for its document. Bad input loses nothing: a request
// answered with no change, a required document left with no file, a tick
// on a file of a document not named (or of another dossier) changes
// nothing.
import { test, assert } from '../lib/t.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { staffLogin } from '../lib/account.mjs';
import { postMultipart } from '../lib/dossier.mjs';
import { row, submitted, step, fixture } from '../lib/office.mjs';

const B = NGINX;
let reception;

const files = (id) => sql(`SELECT id, doc_id, name, withdrawn_at IS NOT NULL FROM dossier_file
  WHERE dossier_id = ${id} ORDER BY id`).map(([fid, doc, name, gone]) => ({ id: fid, doc, name, gone: gone === '1' }));

// A submitted dossier whose first document (required) reception asked to
// supplement; the supplement form's token.
async function asked(reason) {
  const d = await submitted();
  const r = await step(reception, d, 'yeu-cau-bo-sung', { [`bo_sung_${d.slots[0].id}`]: '1', ly_do: reason });
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  assert.equal(row(d.id, 'status')[0], '5');
  const form = await d.who.jar.get(B, `/ho-so/${d.code}/bo-sung`);
  assert.equal(form.status, 200);
  d.form = form.body;
  d.csrf = form.body.match(/name="csrf" value="([^"]+)"/)[1];
  return d;
}

const send = (d, fields, up = []) => postMultipart(d.who.jar, B, `/ho-so/${d.code}/bo-sung`, { csrf: d.csrf, ...fields }, up);

test('logins', async () => {
  reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
}, { timeout: 120000 });

test('the form offers to take back each file of the named document, and only of it', async () => {
  const d = await asked('Bản chụp trang 1 bị mờ, hãy thay bằng bản rõ.');
  const [first, second] = files(d.id);
  assert.match(d.form, new RegExp(`<input type="checkbox" id="bo_${first.id}" name="bo_${first.id}" value="1"`));
  assert.match(d.form, new RegExp(`<label for="bo_${first.id}">Bỏ tệp này<span class="visually-hidden">: ${first.name}</span></label>`));
  assert.ok(!d.form.includes(`name="bo_${second.id}"`), 'no tick for a document not named');
  assert.match(d.form, /Để thay một tệp, đánh dấu (&quot;|")Bỏ tệp này(&quot;|") rồi tải tệp mới lên/);
});

test('replace: the old file is kept for the record, struck through; the new one counts', async () => {
  const d = await asked('Bản chụp trang 1 bị mờ.');
  const [old] = files(d.id);
  const before = files(d.id).length;
  const r = await send(d, { [`bo_${old.id}`]: '1' },
    [{ name: `tep_${d.slots[0].id}`, filename: 'bản rõ.png', type: 'image/png', data: fixture('ok.png') }]);
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  assert.equal(row(d.id, 'status')[0], '1', 'back to reception');
  const now = files(d.id);
  assert.equal(now.length, before + 1, 'nothing deleted');
  assert.deepEqual(now.filter((f) => f.gone).map((f) => f.id), [old.id]);
  assert.ok(now.some((f) => f.name === 'bản rõ.png' && !f.gone));
  // the officer's page: the new file in the document, the old one apart
  const o = (await reception.get(B, `/can-bo/ho-so/${d.code}`)).body;
  const gone = o.slice(o.indexOf('id="tep-da-bo"'));
  assert.ok(o.indexOf('id="tep-da-bo"') > 0, 'a list of taken-back files');
  assert.match(gone, /Tệp đã bỏ khi bổ sung/);
  assert.ok(gone.includes(`<del><a href="/can-bo/tep/${old.id}">${old.name}</a></del>`), 'struck through, still a link');
  assert.match(gone, /Đã bỏ khi bổ sung lúc \d\d:\d\d \d\d\/\d\d\/\d{4}/);
  assert.equal((await reception.get(B, `/can-bo/tep/${old.id}`)).status, 200, 'the old file still opens');
  const table = o.slice(o.indexOf('id="kiem-tra"'), o.indexOf('id="tep-da-bo"'));
  assert.ok(table.includes('bản rõ.png') && !table.includes(`/can-bo/tep/${old.id}"`), 'the document lists only the new file');
  // the citizen sees the same record
  const v = (await d.who.jar.get(B, `/ho-so/${d.code}`)).body;
  assert.ok(v.includes(`<del><a href="/ho-so/tep/${old.id}">${old.name}</a></del>`));
  // the timeline says the dossier was supplemented
  assert.match(sql(`SELECT GROUP_CONCAT(action) FROM dossier_event WHERE dossier_id = ${d.id}`)[0][0], /supplement/);
});

test('remove only: a file taken back without a new one, when the document keeps another', async () => {
  const d = await asked('Tệp thứ hai nộp nhầm, hãy bỏ.');
  // a second file in the named document first: through the citizen's own
  // supplement (a replace), then the officer asks again
  const [first] = files(d.id);
  let r = await send(d, {}, [{ name: `tep_${d.slots[0].id}`, filename: 'nhầm.pdf', type: 'application/pdf', data: fixture('ok.pdf') }]);
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  r = await step(reception, d, 'yeu-cau-bo-sung', { [`bo_sung_${d.slots[0].id}`]: '1', ly_do: 'Bỏ tệp nộp nhầm.' });
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  const form = await d.who.jar.get(B, `/ho-so/${d.code}/bo-sung`);
  d.csrf = form.body.match(/name="csrf" value="([^"]+)"/)[1];
  const wrong = files(d.id).find((f) => f.name === 'nhầm.pdf');
  r = await send(d, { [`bo_${wrong.id}`]: '1' });
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  assert.equal(row(d.id, 'status')[0], '1');
  const now = files(d.id);
  assert.deepEqual(now.filter((f) => f.gone).map((f) => f.name), ['nhầm.pdf']);
  assert.ok(now.find((f) => f.id === first.id && !f.gone), 'the other file stays');
});

test('bad input: no change, a required document emptied, a foreign tick: 422 or nothing, the dossier waits', async () => {
  const d = await asked('Bản chụp bị mờ.');
  const [first, second] = files(d.id);
  const before = files(d.id).length;
  // nothing changed for the named document
  let r = await send(d, {});
  assert.equal(r.status, 422);
  assert.match(r.body, /Mỗi mục được yêu cầu cần có thay đổi/);
  // its only file taken back, nothing in its place: refused, named
  r = await send(d, { [`bo_${first.id}`]: '1' });
  assert.equal(r.status, 422);
  assert.match(r.body, /Mục bắt buộc phải còn ít nhất một tệp/);
  assert.match(r.body, new RegExp(`<a href="#muc-${d.slots[0].id}">`));
  assert.match(r.body, new RegExp(`id="bo_${first.id}" name="bo_${first.id}" value="1" checked`), 'the tick is kept');
  assert.match(r.body, /<title>Lỗi: /);
  // a tick on a file of a document not named: ignored, the named one still lacks
  r = await send(d, { [`bo_${second.id}`]: '1' });
  assert.equal(r.status, 422);
  // another dossier's file, with a real upload: the upload counts, the tick changes nothing
  const other = await submitted();
  const theirs = files(other.id)[0];
  r = await send(d, { [`bo_${theirs.id}`]: '1', bo_abc: '1', 'bo_-1': '1' },
    [{ name: `tep_${d.slots[0].id}`, filename: 'thêm.png', type: 'image/png', data: fixture('ok.png') }]);
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  assert.equal(files(d.id).filter((f) => f.gone).length, 0, 'nothing of this dossier taken back');
  assert.equal(files(other.id).filter((f) => f.gone).length, 0, 'nor of the other');
  // after all this, the failed posts left the dossier as it was until the good one
  assert.equal(files(d.id).length, before + 1);
});
