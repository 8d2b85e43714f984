// The back office through nginx (issue 6, reception): the queue, the
// officer's view of a dossier with its files (each view audited and shown
// to the citizen), the supplement request and the citizen's supplement,
// acceptance with its deadline, hand-over, refusal; and the faults: wrong
// role, other agency, wrong status, two officers at once, double posts,
// GET changing nothing.
import crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test, assert } from '../lib/t.mjs';
import { get } from '../lib/http.mjs';
import { NGINX, APACHE, ROOT, sql } from '../lib/env.mjs';
import { newCitizen, staffLogin, lastMail } from '../lib/account.mjs';
import { startDraft, slots, upload, submit, postMultipart } from '../lib/dossier.mjs';
import { staffLike, payCounter } from '../lib/office.mjs';

const B = NGINX;
const FIX = `${ROOT}/tests/fixtures/uploads`;
const fixture = (f) => readFileSync(`${FIX}/${f}`);
const L3 = '1.001940'; // level 3 at 000.00.09.H34
const AGENCY = '000.00.09.H34';

// A submitted level-3 dossier of a new citizen: { who, id, code, slots }.
async function submitted() {
  const who = await newCitizen(B);
  const id = await startDraft(B, who, L3);
  const s = await slots(B, who, id);
  const files = s.map((x, i) => ({
    slot: x.id, filename: i % 2 ? `giấy ${i}.jpg` : `đơn ${i}.pdf`,
    data: fixture(i % 2 ? 'ok.jpg' : 'ok.pdf'), type: i % 2 ? 'image/jpeg' : 'application/pdf',
  }));
  const u = await upload(B, who, id, files);
  assert.equal(u.status, 303, u.body.slice(0, 1500));
  const r = await submit(B, who, id);
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  const code = sql(`SELECT code FROM dossier WHERE id = ${id}`)[0][0];
  return { who, id, code, slots: s };
}

const row = (id, cols) => sql(`SELECT ${cols} FROM dossier WHERE id = ${id}`)[0];
const version = (id) => Number(row(id, 'version')[0]);
const act = (jar, code, slug, fields) => jar.post(B, `/can-bo/ho-so/${code}/${slug}`, fields);
const audits = (id, action) => Number(sql(`SELECT COUNT(*) FROM audit WHERE object_type = 'dossier'
  AND object_id = ${id} AND action = '${action}'`)[0][0]);

let reception;
let reception2;
let specialist;
let outsider;
let one; // the dossier walked through supplement, acceptance, hand-over

test('routing: /can-bo/tiep-nhan is dvc-office, /can-bo/dang-nhap stays with dvc-account, through nginx and Apache', async () => {
  for (const base of [NGINX, APACHE]) {
    const login = await get(base, '/can-bo/dang-nhap');
    assert.equal(login.status, 200, `${base} staff login page`);
    const q = await get(base, '/can-bo/tiep-nhan');
    assert.equal(q.status, 303, `${base} queue needs a login`);
    assert.match(q.headers.location, /^\/tai-khoan\/dang-nhap/);
  }
  reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  specialist = await staffLogin(B, 'chuyenvien@tuphap.kontum.demo');
  staffLike('tiepnhan2@tuphap.kontum.demo', 'reception', AGENCY);
  staffLike('tiepnhan@tuphap-khac.kontum.demo', 'reception', '000.00.06.H34');
  reception2 = await staffLogin(B, 'tiepnhan2@tuphap.kontum.demo');
  outsider = await staffLogin(B, 'tiepnhan@tuphap-khac.kontum.demo');
  const q = await reception.get(B, '/can-bo/tiep-nhan');
  assert.equal(q.status, 200);
  assert.equal(q.headers['cache-control'], 'no-store');
  assert.match(q.body, /Tiếp nhận hồ sơ/);
  // the queue is reception's: a specialist is refused, a citizen too
  assert.equal((await specialist.get(B, '/can-bo/tiep-nhan')).status, 403);
  const c = await newCitizen(B);
  assert.equal((await c.jar.get(B, '/can-bo/tiep-nhan')).status, 403);
}, { timeout: 120000 });

test('queue: a submitted dossier is there, oldest first, searchable by code and applicant; not in another agency', async () => {
  one = await submitted();
  // the newest is the least urgent, so last: files running beside this
  // one (the transition table's) may fill more than a page before it,
  // so the pages are followed by their "next" link
  let q = await reception.get(B, '/can-bo/tiep-nhan');
  for (let i = 0; i < 200 && !q.body.includes(one.code); i++) {
    const next = q.body.match(/<a class="button" rel="next" href="([^"]+)">/);
    if (!next) break;
    q = await reception.get(B, next[1].replace(/&amp;/g, '&'));
  }
  assert.ok(q.body.includes(one.code), 'new dossier listed');
  assert.match(q.body, /Chưa tính thời hạn/);
  const byCode = await reception.get(B, `/can-bo/tiep-nhan?q=${encodeURIComponent(one.code)}`);
  assert.ok(byCode.body.includes(one.code));
  assert.equal((byCode.body.match(/class="queue-row"/g) || []).length, 1, 'one row for its code');
  const byName = await reception.get(B, `/can-bo/tiep-nhan?q=${encodeURIComponent('Hồng Nhung')}&trang_thai=moi`);
  assert.ok(byName.body.includes(one.code));
  const other = await reception.get(B, '/can-bo/tiep-nhan?trang_thai=cho-bo-sung');
  assert.ok(!other.body.includes(one.code), 'filter by status');
  const out = await outsider.get(B, '/can-bo/tiep-nhan');
  assert.ok(!out.body.includes(one.code), 'another agency does not see it');
  // oldest first: the codes appear in submission order. Files running
  // beside this one accept dossiers of the same queue, which moves a
  // dossier's key between the page and the SQL read: a wrong order is
  // read again (a wrong query fails every time).
  for (let i = 0; ; i++) {
    const page = await reception.get(B, '/can-bo/tiep-nhan');
    const codes = [...page.body.matchAll(/<tr class="queue-row[^"]*" data-code="([^"]+)">/g)].map((m) => m[1]);
    const times = codes.map((c) => sql(`SELECT COALESCE(handover_due_at, due_at, reception_due_at, submitted_at) FROM dossier WHERE code = '${c}'`)[0][0]);
    assert.ok(codes.length > 0);
    if (JSON.stringify(times) === JSON.stringify([...times].sort()) || i === 4) {
      assert.deepEqual(times, [...times].sort(), 'ordered by urgency');
      break;
    }
  }
});

test('view: the officer sees every file inline and sandboxed; each view is audited and listed for the citizen', async () => {
  const before = audits(one.id, 'dossier.read');
  const page = await reception.get(B, `/can-bo/ho-so/${one.code}`);
  assert.equal(page.status, 200);
  assert.equal(page.headers['cache-control'], 'no-store');
  assert.match(page.body, /Kiểm tra thành phần hồ sơ/);
  assert.ok(!/<script>|style="/.test(page.body), 'no inline script or style');
  assert.equal(audits(one.id, 'dossier.read'), before + 1, 'the view is recorded');
  const owner = sql(`SELECT owner_id FROM audit WHERE object_type = 'dossier' AND object_id = ${one.id}
    AND action = 'dossier.read' ORDER BY seq DESC LIMIT 1`)[0][0];
  assert.equal(owner, String(one.who.id), 'owner of the record is the citizen');
  const ids = [...page.body.matchAll(/\/can-bo\/tep\/(\d+)"/g)].map((m) => m[1]);
  assert.ok(ids.length >= 2, 'files linked');
  for (const fid of ids) {
    const f = await reception.get(B, `/can-bo/tep/${fid}`);
    assert.equal(f.status, 200);
    assert.match(f.headers['content-disposition'], /^inline;/);
    assert.equal(f.headers['x-content-type-options'], 'nosniff');
    assert.match(f.headers['content-type'], /^(application\/pdf|image\/jpeg)$/);
    const csp = f.headers['content-security-policy'];
    assert.ok(/default-src 'none'/.test(csp) && !/script-src/.test(csp), `no script: ${csp}`);
    if (f.headers['content-type'].startsWith('image/')) assert.match(csp, /sandbox/);
  }
  assert.ok(audits(one.id, 'dossier.file') >= ids.length, 'file views recorded');
  // the citizen's account page lists the officer's views, in words
  const acct = await one.who.jar.get(B, '/tai-khoan');
  assert.match(acct.body, new RegExp(`Xem hồ sơ – hồ sơ ${one.code.replace(/\./g, '\\.')}`));
  assert.match(acct.body, /Mở một tệp của hồ sơ – hồ sơ/);
  assert.ok(!acct.body.includes('dossier.read') && !acct.body.includes('dossier.file'), 'no internal code');
  assert.match(acct.body, /Sở Tư pháp|tư pháp/i);
  // other agency: 404, and the attempt is on record; a citizen: 404
  assert.equal((await outsider.get(B, `/can-bo/ho-so/${one.code}`)).status, 404);
  assert.equal((await outsider.get(B, `/can-bo/tep/${ids[0]}`)).status, 404);
  const stranger = await newCitizen(B);
  assert.equal((await stranger.jar.get(B, `/can-bo/ho-so/${one.code}`)).status, 403);
});

test('GET never changes state: a GET on an action path is 405 and the dossier is untouched', async () => {
  const v = version(one.id);
  for (const slug of ['tiep-nhan', 'yeu-cau-bo-sung', 'tu-choi', 'chuyen-xu-ly', 'kiem-tra']) {
    const r = await reception.get(B, `/can-bo/ho-so/${one.code}/${slug}`);
    assert.equal(r.status, 405, slug);
  }
  await reception.get(B, `/can-bo/ho-so/${one.code}`);
  assert.equal(version(one.id), v);
  assert.equal(row(one.id, 'status')[0], '1');
});

test('wrong role: a specialist cannot accept (403, on record); wrong status: forwarding a new dossier is 409 with a message', async () => {
  const tok = await specialist.token(B, `/can-bo/ho-so/${one.code}`);
  const before = audits(one.id, 'dossier.denied');
  const r = await act(specialist, one.code, 'tiep-nhan', { csrf: tok, phien_ban: version(one.id) });
  assert.equal(r.status, 403);
  assert.equal(audits(one.id, 'dossier.denied'), before + 1, 'the refusal is on record');
  assert.equal(row(one.id, 'status')[0], '1');
  // another agency's reception officer: 404 (its page is 404 too)
  const otok = await outsider.token(B, '/can-bo');
  const obefore = audits(one.id, 'dossier.denied');
  const o = await act(outsider, one.code, 'tiep-nhan', { csrf: otok, phien_ban: version(one.id) });
  assert.equal(o.status, 404);
  assert.equal(audits(one.id, 'dossier.denied'), obefore + 1, 'the other agency\'s try is on record');
  const rtok = await reception.token(B, `/can-bo/ho-so/${one.code}`);
  const w = await act(reception, one.code, 'chuyen-xu-ly', { csrf: rtok, phien_ban: version(one.id) });
  assert.equal(w.status, 409);
  assert.match(w.body, /Không thể thực hiện thao tác này: hồ sơ đang ở trạng thái/);
  assert.match(w.body, /Mới đăng ký/);
});

test('check and supplement request: Form 02 with the chosen documents and the reason, mailed; status 5; the clock not running', async () => {
  const tok = await reception.token(B, `/can-bo/ho-so/${one.code}`);
  const docs = one.slots.map((s) => s.id);
  const chk = await act(reception, one.code, 'kiem-tra', { csrf: tok, [`hop_le_${docs[0]}`]: '1' });
  assert.equal(chk.status, 303);
  assert.deepEqual(sql(`SELECT doc_id, ok FROM dossier_check WHERE dossier_id = ${one.id} ORDER BY doc_id`)
    .map((r) => r.join(':')), docs.map((d, i) => `${d}:${i === 0 ? 1 : 0}`));
  // no document and no reason: refused, nothing changes
  const empty = await act(reception, one.code, 'yeu-cau-bo-sung', { csrf: tok, phien_ban: version(one.id) });
  assert.equal(empty.status, 422);
  assert.equal(row(one.id, 'status')[0], '1');
  const r = await act(reception, one.code, 'yeu-cau-bo-sung', {
    csrf: tok, phien_ban: version(one.id), [`bo_sung_${docs[1]}`]: '1',
    ly_do: 'Ảnh chụp bị mờ, không đọc được số giấy tờ <b>.',
  });
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  const [status, clock, due] = row(one.id, 'status, clock, due_at IS NULL');
  assert.equal(status, '5');
  assert.notEqual(clock, 'running', 'the clock does not run while waiting');
  assert.equal(due, '1');
  const n = sql(`SELECT form, number, year, status, sha256, SHA2(html, 256) FROM notice WHERE dossier_id = ${one.id}`);
  assert.equal(n.length, 1);
  assert.equal(n[0][0], '02');
  assert.equal(n[0][3], 'sent');
  assert.equal(n[0][4], n[0][5], 'the stored hash is the snapshot\'s');
  const mail = lastMail(one.who.data.email);
  assert.match(mail.subject, /Phiếu yêu cầu bổ sung/);
  assert.ok(mail.text.includes(one.slots[1].name.slice(0, 20)), 'the document is named in the mail');
  assert.match(mail.text, /Ảnh chụp bị mờ/);
  // the citizen sees status 5, the notice, the timeline with the role and agency
  const v = await one.who.jar.get(B, `/ho-so/${one.code}`);
  assert.match(v.body, /Yêu cầu bổ sung giấy tờ/);
  assert.match(v.body, /Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ/);
  assert.match(v.body, /Bộ phận tiếp nhận/);
  assert.ok(!v.body.includes('Nguyễn Thị Lan'), 'not the officer\'s name');
  const nid = v.body.match(/\/thong-bao\/(\d+)"/)[1];
  const snap = await one.who.jar.get(B, `/ho-so/${one.code}/thong-bao/${nid}`);
  assert.equal(snap.status, 200);
  assert.match(snap.headers['content-security-policy'], /sandbox/);
  assert.equal(crypto.createHash('sha256').update(snap.body).digest('hex'), n[0][4], 'served as sent');
  assert.ok(snap.body.includes('&lt;b&gt;'), 'the reason is escaped');
  assert.equal((await get(B, `/ho-so/${one.code}/thong-bao/${nid}`)).status, 303, 'not for anonymous visitors');
});

test('double post: the same supplement request posted again is applied once', async () => {
  // the page's version is the old one now: the same officer's repeat
  const tok = await reception.token(B, `/can-bo/tiep-nhan`);
  const v = version(one.id);
  const again = await act(reception, one.code, 'yeu-cau-bo-sung', {
    csrf: tok, phien_ban: v - 1, [`bo_sung_${one.slots[1].id}`]: '1', ly_do: 'lần nữa',
  });
  assert.equal(again.status, 303);
  assert.equal(version(one.id), v);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM notice WHERE dossier_id = ${one.id}`)[0][0]), 1);
});

test('the citizen supplements in place: files to the named document, back to reception, marked in the queue', async () => {
  const form = await one.who.jar.get(B, `/ho-so/${one.code}/bo-sung`);
  assert.equal(form.status, 200);
  assert.ok(form.body.includes(`tep_${one.slots[1].id}`), 'slot of the requested document');
  assert.ok(!form.body.includes(`name="tep_${one.slots[0].id}"`), 'no slot for the others');
  const csrf = form.body.match(/name="csrf" value="([^"]+)"/)[1];
  // without a file for the requested document: 422, nothing changes
  const none = await postMultipart(one.who.jar, B, `/ho-so/${one.code}/bo-sung`, { csrf }, []);
  assert.equal(none.status, 422);
  assert.equal(row(one.id, 'status')[0], '5');
  const r = await postMultipart(one.who.jar, B, `/ho-so/${one.code}/bo-sung`, { csrf },
    [{ name: `tep_${one.slots[1].id}`, filename: 'rõ hơn.png', type: 'image/png', data: fixture('ok.png') }]);
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  const [status, supp] = row(one.id, 'status, supplemented_at IS NOT NULL');
  assert.equal(status, '1', 'back to reception');
  assert.equal(supp, '1');
  assert.equal(sql(`SELECT COUNT(*) FROM dossier_file WHERE dossier_id = ${one.id} AND name = 'rõ hơn.png'`)[0][0], '1');
  assert.equal(sql(`SELECT COUNT(*) FROM dossier_doc WHERE dossier_id = ${one.id} AND supplement = 1`)[0][0], '0');
  const q = await reception.get(B, `/can-bo/tiep-nhan?q=${encodeURIComponent(one.code)}`);
  const tr = q.body.match(new RegExp(`<tr[^>]*data-code="${one.code}">([\\s\\S]*?)</tr>`));
  assert.ok(tr, 'in the queue');
  assert.match(tr[1], /Đã bổ sung/);
  // a second supplement post finds the dossier no longer waiting
  const again = await postMultipart(one.who.jar, B, `/ho-so/${one.code}/bo-sung`, { csrf }, []);
  assert.equal(again.status, 303);
  assert.equal(row(one.id, 'status')[0], '1');
});

test('accept: Form 01 with the due date from the deadline engine and its explanation, papers and fee; mailed', async () => {
  const tok = await reception.token(B, `/can-bo/ho-so/${one.code}`);
  const r = await act(reception, one.code, 'tiep-nhan', { csrf: tok, phien_ban: version(one.id) });
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  const [status, clock, due, explain, ho] = row(one.id, 'status, clock, due_at, due_explain, handover_due_at');
  assert.equal(status, '2');
  assert.equal(clock, 'running');
  assert.ok(due && due !== 'NULL', 'due date set');
  assert.ok(explain.length > 20, 'explanation kept');
  assert.ok(ho && ho !== 'NULL', 'hand-over limit set');
  assert.ok(ho <= due, 'hand-over before the due date');
  const n = sql(`SELECT id, html FROM notice WHERE dossier_id = ${one.id} AND form = '01'`);
  assert.equal(n.length, 1);
  assert.match(n[0][1], /Giấy tiếp nhận hồ sơ và hẹn trả kết quả/);
  assert.match(n[0][1], /Phí, lệ phí/);
  assert.match(n[0][1], /Giấy tờ mang theo/);
  const mail = lastMail(one.who.data.email);
  assert.match(mail.subject, /Giấy tiếp nhận hồ sơ/);
  assert.match(mail.text, /Ngày hẹn trả kết quả: /);
  const v = await one.who.jar.get(B, `/ho-so/${one.code}`);
  assert.match(v.body, /Được tiếp nhận/);
  assert.match(v.body, /Hẹn trả kết quả/);
  assert.match(v.body, /Tiếp nhận hồ sơ/);
  const page = await reception.get(B, `/can-bo/ho-so/${one.code}`);
  assert.match(page.body, /Trong nửa ngày làm việc, trước/);
});

test('two officers at once: one wins, the other is told another officer acted first', async () => {
  // the fee paid first: the hand-over waits for it (issue 14)
  assert.ok(await payCounter(reception, one), 'procedure L3 has a fee');
  const t1 = await reception.token(B, `/can-bo/ho-so/${one.code}`);
  const t2 = await reception2.token(B, `/can-bo/ho-so/${one.code}`);
  const v = version(one.id);
  const [a, b] = await Promise.all([
    act(reception, one.code, 'chuyen-xu-ly', { csrf: t1, phien_ban: v }),
    act(reception2, one.code, 'yeu-cau-bo-sung', { csrf: t2, phien_ban: v, ly_do: 'Thiếu chữ ký' }),
  ]);
  const statuses = [a.status, b.status].sort();
  assert.deepEqual(statuses, [303, 409], `${a.status} ${b.status}`);
  const loser = a.status === 409 ? a : b;
  assert.match(loser.body, /Một cán bộ khác vừa xử lý hồ sơ này trước bạn/);
  assert.equal(version(one.id), v + 1, 'exactly one change');
  assert.equal(Number(sql(`SELECT COUNT(*) FROM dossier_event WHERE dossier_id = ${one.id}
    AND action IN ('forward', 'supplement_request') AND id > (SELECT MAX(id) FROM dossier_event
    WHERE dossier_id = ${one.id} AND action = 'accept')`)[0][0]), 1);
});

test('refusal: a second dossier refused with Form 03 and its reason; a refused dossier accepts nothing more', async () => {
  const two = await submitted();
  const tok = await reception.token(B, `/can-bo/ho-so/${two.code}`);
  const noReason = await act(reception, two.code, 'tu-choi', { xac_nhan: '1', csrf: tok, phien_ban: version(two.id) });
  assert.equal(noReason.status, 422);
  assert.match(noReason.body, /Cần ghi lý do/);
  const r = await act(reception, two.code, 'tu-choi', { xac_nhan: '1',
    csrf: tok, phien_ban: version(two.id), ly_do: 'Thủ tục không thuộc thẩm quyền giải quyết của cơ quan.',
  });
  assert.equal(r.status, 303);
  assert.deepEqual(row(two.id, 'status, clock'), ['3', 'done']);
  const n = sql(`SELECT form, html FROM notice WHERE dossier_id = ${two.id}`);
  assert.equal(n.length, 1);
  assert.equal(n[0][0], '03');
  assert.match(n[0][1], /Phiếu từ chối tiếp nhận giải quyết hồ sơ/);
  assert.match(n[0][1], /không thuộc thẩm quyền/);
  assert.match(lastMail(two.who.data.email).subject, /Phiếu từ chối/);
  const v = await two.who.jar.get(B, `/ho-so/${two.code}`);
  assert.match(v.body, /Không được tiếp nhận/);
  const late = await act(reception, two.code, 'tiep-nhan', { csrf: tok, phien_ban: version(two.id) });
  assert.equal(late.status, 409);
  // notice numbers are per agency and year, without repeats (drafts have
  // none yet: the generated transition test leaves some in this agency
  // while it runs beside this file, and NULL read as NaN counted once)
  const nums = sql(`SELECT number FROM notice WHERE agency_id = (SELECT id FROM agency WHERE code = '${AGENCY}')
    AND year = YEAR(NOW()) AND number IS NOT NULL`).map((x) => Number(x[0]));
  assert.equal(new Set(nums).size, nums.length);
}, { timeout: 120000 });

test('clock: a supplement request after acceptance pauses the clock, the supplement resumes it with the time left', async () => {
  const three = await submitted();
  let tok = await reception.token(B, `/can-bo/ho-so/${three.code}`);
  assert.equal((await act(reception, three.code, 'tiep-nhan', { csrf: tok, phien_ban: version(three.id) })).status, 303);
  const due1 = row(three.id, 'due_at')[0];
  tok = await reception.token(B, `/can-bo/ho-so/${three.code}`);
  const r = await act(reception, three.code, 'yeu-cau-bo-sung', {
    csrf: tok, phien_ban: version(three.id), [`bo_sung_${three.slots[0].id}`]: '1',
  });
  assert.equal(r.status, 303);
  // the due date kept (the pages say the clock is paused)
  assert.deepEqual(row(three.id, 'status, clock, due_at, resume_status'), ['5', 'paused', due1, '2']);
  assert.equal(sql(`SELECT COUNT(*) FROM dossier_pause WHERE dossier_id = ${three.id} AND to_at IS NULL`)[0][0], '1');
  // the pause lasted an hour of (maybe) working time
  sql(`UPDATE dossier_pause SET from_at = from_at - INTERVAL 1 HOUR WHERE dossier_id = ${three.id}`);
  const form = await three.who.jar.get(B, `/ho-so/${three.code}/bo-sung`);
  const csrf = form.body.match(/name="csrf" value="([^"]+)"/)[1];
  const s = await postMultipart(three.who.jar, B, `/ho-so/${three.code}/bo-sung`, { csrf },
    [{ name: `tep_${three.slots[0].id}`, filename: 'bổ sung.pdf', type: 'application/pdf', data: fixture('ok.pdf') }]);
  assert.equal(s.status, 303, s.body.slice(0, 1000));
  const [status, clock, due2] = row(three.id, 'status, clock, due_at');
  assert.equal(status, '2', 'back to where the request interrupted');
  assert.equal(clock, 'running');
  assert.ok(due2 >= due1, `due date not earlier after a pause: ${due1} -> ${due2}`);
  assert.equal(sql(`SELECT COUNT(*) FROM dossier_pause WHERE dossier_id = ${three.id} AND to_at IS NULL`)[0][0], '0');
}, { timeout: 120000 });

test('forward: hand-over to the specialist department, time recorded against half a working day', async () => {
  // the earlier race left "one" either forwarded or waiting: a fresh one
  const four = await submitted();
  let tok = await reception.token(B, `/can-bo/ho-so/${four.code}`);
  assert.equal((await act(reception, four.code, 'tiep-nhan', { csrf: tok, phien_ban: version(four.id) })).status, 303);
  assert.ok(await payCounter(reception, four), 'procedure L3 has a fee');
  tok = await reception.token(B, `/can-bo/ho-so/${four.code}`);
  const r = await act(reception, four.code, 'chuyen-xu-ly', { csrf: tok, phien_ban: version(four.id) });
  assert.equal(r.status, 303);
  const [status, handed] = row(four.id, 'status, handed_over_at IS NOT NULL');
  assert.equal(status, '4');
  assert.equal(handed, '1');
  const page = await reception.get(B, `/can-bo/ho-so/${four.code}`);
  assert.match(page.body, /đã chuyển lúc/);
  const ev = sql(`SELECT action, actor_role FROM dossier_event WHERE dossier_id = ${four.id} ORDER BY id`);
  assert.deepEqual(ev.map((e) => e[0]), ['draft', 'submit', 'accept', 'pay_counter', 'forward']);
  assert.equal(ev[4][1], 'reception');
}, { timeout: 120000 });
