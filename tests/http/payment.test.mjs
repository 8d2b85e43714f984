// Fees (issue 14, sections 1 and 2: what is owed and when, the counter)
// through nginx. The amount, when it is due and how to pay on the
// procedure, start and review pages; what a dossier owes copied from its
// procedure's online channel at submission and shown on the citizen's
// page and receipt; the step the fee is due before waits for it (409 with
// the message, nothing changed): the hand-over for 1.001940 (after
// acceptance, the default), the return for 2.000488 (pay_when "return" in
// the demo catalogue); reception records the payment at the counter
// (amount, receipt number, means; another amount only with a reason) or
// an officer the exemption with its reason, each with its history event,
// audit record and payment rows, once. Every bad input and wrong person
// is refused and nothing is recorded. The rule itself: tests/unit/
// test_workflow.c; every row from every state: tests/db/test_transitions.c.
import { test, assert } from '../lib/t.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { newCitizen, staffLogin } from '../lib/account.mjs';
import { startDraft, slots, upload, submit } from '../lib/dossier.mjs';
import {
  L3, fixture, row, version, audits, events, submitted, step, proposeResult, staffLike,
  feeOwed, payCounter,
} from '../lib/office.mjs';

const B = NGINX;
const RETURN = '2.000488'; // level 4, 200.000 đồng, paid before the return
const FREE = '1.001193'; // level 4, no fee online
const PAYS = 'Bước này chờ công dân nộp phí, lệ phí.';

let reception;
let specialist;
let leader;
let outsider;

const payments = (id) => sql(`SELECT method, means, state, amount, owed, receipt_no, COALESCE(reason, '')
  FROM payment WHERE dossier_id = ${id} ORDER BY id`);
const payEvents = (id) => sql(`SELECT e.state_from IS NULL, e.state_to, e.source, e.actor_id IS NOT NULL
  FROM payment_event e JOIN payment p ON p.id = e.payment_id WHERE p.dossier_id = ${id} ORDER BY e.id`);
// the officer's page's counter form: its amount, or null
const vnDay = () => new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);

test('logins', async () => {
  reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  specialist = await staffLogin(B, 'chuyenvien@tuphap.kontum.demo');
  leader = await staffLogin(B, 'lanhdao@tuphap.kontum.demo');
  staffLike('tiepnhan@khac-phi.kontum.demo', 'reception', '000.00.06.H34', 'Tiếp nhận khác');
  outsider = await staffLogin(B, 'tiepnhan@khac-phi.kontum.demo');
}, { timeout: 240000 });

test('before submitting: the procedure and start pages say the amount, when it is due and how to pay', async () => {
  const proc = await (await newCitizen(B)).jar.get(B, `/thu-tuc/${L3}`);
  assert.equal(proc.status, 200);
  assert.match(proc.body, /id="phi-thoi-diem">Sau khi hồ sơ được tiếp nhận: hồ sơ được chuyển giải quyết sau khi đã nộp phí, lệ phí\./);
  assert.match(proc.body, /id="phi-cach-nop">Nộp tại Bộ phận tiếp nhận và trả kết quả/);
  const ret = await (await newCitizen(B)).jar.get(B, `/thu-tuc/${RETURN}`);
  assert.match(ret.body, /id="phi-thoi-diem">Trước khi nhận kết quả/);
  // the guide no longer promises an online payment
  assert.ok(!/thanh toán trực tuyến/.test(proc.body), 'no online payment promised');
  const who = await newCitizen(B);
  const start = await who.jar.get(B, `/ho-so/nop/${L3}`);
  assert.match(start.body, /id="phi-so-tien"><strong>100\.000 đồng<\/strong>/);
  assert.match(start.body, /id="phi-thoi-diem">Sau khi hồ sơ được tiếp nhận/);
  const free = await who.jar.get(B, `/ho-so/nop/${FREE}`);
  assert.match(free.body, /id="phi-khong-thu">Thủ tục này không thu phí, lệ phí\./);
  assert.ok(!free.body.includes('id="phi-so-tien"'));
});

let d; // the L3 dossier of the counter tests

test('submitted: the review page says it, the dossier owes the online channel\'s fee, the citizen\'s page and receipt show it unpaid with how to pay', async () => {
  const who = await newCitizen(B);
  const id = await startDraft(B, who, L3);
  const s = await slots(B, who, id);
  assert.equal((await upload(B, who, id, s.map((x, i) => ({
    slot: x.id, filename: `giấy ${i}.pdf`, data: fixture('ok.pdf'), type: 'application/pdf',
  })))).status, 303);
  const review = await who.jar.get(B, `/ho-so/nhap/${id}/xem-lai`);
  assert.match(review.body, /id="phi-so-tien"><strong>100\.000 đồng<\/strong>/);
  assert.equal((await submit(B, who, id)).status, 303);
  d = { who, id, code: sql(`SELECT code FROM dossier WHERE id = ${id}`)[0][0], slots: s };
  assert.deepEqual(row(id, 'fee_amount, fee_charge, pay_when, fee_paid'), ['100000', '0', 'acceptance', '0']);
  for (const path of [`/ho-so/${d.code}`, `/ho-so/${d.code}/bien-nhan`]) {
    const p = await who.jar.get(B, path);
    assert.equal(p.status, 200, path);
    assert.match(p.body, /id="phi-so-tien"><strong>100\.000 đồng<\/strong>/, path);
    assert.match(p.body, /id="phi-tinh-trang"><span class="badge badge-warn">Chưa nộp<\/span>/, path);
    assert.match(p.body, /id="phi-cach-nop">Nộp tại Bộ phận tiếp nhận/, path);
  }
  // the agency's published account, with the dossier's code as the message
  const acct = sql(`SELECT a.bank_account FROM agency a JOIN dossier d ON d.agency_id = a.id WHERE d.id = ${id}`)[0][0];
  if (acct !== 'NULL') assert.ok((await who.jar.get(B, `/ho-so/${d.code}`)).body.includes(acct));
}, { timeout: 240000 });

test('the hand-over waits for the fee: 409 with the message, nothing changed; the page says so and offers the counter', async () => {
  assert.equal((await step(reception, d, 'tiep-nhan')).status, 303, 'acceptance does not wait (after acceptance)');
  const v = version(d.id);
  const r = await step(reception, d, 'chuyen-xu-ly');
  assert.equal(r.status, 409);
  assert.ok(r.body.includes(PAYS), 'the message');
  assert.equal(version(d.id), v, 'nothing changed');
  assert.equal(row(d.id, 'status')[0], '2');
  const page = await reception.get(B, `/can-bo/ho-so/${d.code}`);
  assert.ok(!page.body.includes('/chuyen-xu-ly"'), 'the hand-over not offered');
  assert.match(page.body, /id="buoc-cho-phi"/);
  assert.equal(await feeOwed(reception, d), '100000', 'the counter form, with the amount owed');
  assert.match(page.body, /id="mien-phi"/, 'the exemption offered');
}, { timeout: 180000 });

test('the counter\'s bad input: each refused with its message, nothing recorded', async () => {
  const v = version(d.id);
  const ok = { so_tien: '100000', so_bien_lai: 'BL-1', hinh_thuc: 'cash' };
  const cases = [
    [{ ...ok, so_tien: '' }, 'no amount'],
    [{ ...ok, so_tien: 'một trăm' }, 'not a number'],
    [{ ...ok, so_tien: '100.000' }, 'grouped digits'],
    [{ ...ok, so_tien: '0' }, 'zero'],
    [{ ...ok, so_tien: '-5' }, 'negative'],
    [{ ...ok, so_tien: '10000000000000' }, 'over 10^12'],
    [{ ...ok, so_bien_lai: '' }, 'no receipt number'],
    [{ ...ok, so_bien_lai: 'x'.repeat(41) }, 'a receipt number of 41 characters'],
    [{ ...ok, hinh_thuc: 'bitcoin' }, 'an unknown means'],
    [{ ...ok, hinh_thuc: '' }, 'no means'],
    [{ ...ok, ly_do: 'x'.repeat(501) }, 'a reason of 501 characters'],
  ];
  for (const [fields, what] of cases) {
    const r = await step(reception, d, 'thu-phi', fields);
    assert.equal(r.status, 422, what);
    assert.match(r.body, /Thông tin gửi lên không hợp lệ/, what);
  }
  // another amount than owed, without a reason: its own message
  const diff = await step(reception, d, 'thu-phi', { ...ok, so_tien: '90000' });
  assert.equal(diff.status, 422);
  assert.match(diff.body, /Số tiền thu khác số tiền phải nộp: cần ghi lý do\./);
  assert.match(diff.body, /value="90000"/, 'what was typed is kept');
  assert.equal(version(d.id), v, 'nothing changed');
  assert.deepEqual(payments(d.id), []);
  assert.equal(row(d.id, 'fee_paid')[0], '0');
}, { timeout: 240000 });

test('the wrong people: the specialist and the leader 403, another agency 404, the citizen 403; each on record', async () => {
  const v = version(d.id);
  const fields = { so_tien: '100000', so_bien_lai: 'BL-1', hinh_thuc: 'cash' };
  const denied = audits(d.id, 'dossier.denied');
  assert.equal((await step(specialist, d, 'thu-phi', fields)).status, 403);
  assert.equal((await step(leader, d, 'thu-phi', fields)).status, 403);
  assert.equal((await step(specialist, d, 'mien-phi', { ly_do: 'x' })).status, 403);
  const otok = await outsider.token(B, '/can-bo');
  assert.equal((await outsider.post(B, `/can-bo/ho-so/${d.code}/thu-phi`, { csrf: otok, phien_ban: v, ...fields })).status, 404);
  assert.equal(audits(d.id, 'dossier.denied'), denied + 4);
  const ctok = await d.who.jar.token(B, `/ho-so/${d.code}`);
  assert.equal((await d.who.jar.post(B, `/can-bo/ho-so/${d.code}/thu-phi`, { csrf: ctok, phien_ban: v, ...fields })).status, 403);
  assert.equal(version(d.id), v);
  assert.deepEqual(payments(d.id), []);
}, { timeout: 180000 });

test('paid at the counter: another amount with its reason; the payment, its history row, the event and audit record; posted twice, once; then the hand-over', async () => {
  const v = version(d.id);
  const tok = await reception.token(B, `/can-bo/ho-so/${d.code}`);
  const fields = { csrf: tok, phien_ban: v, so_tien: '50000', so_bien_lai: 'BL-<b>&</b>', hinh_thuc: 'card',
    ly_do: 'Người cao tuổi: giảm <i>50%</i>' };
  const a = await reception.post(B, `/can-bo/ho-so/${d.code}/thu-phi`, fields);
  assert.equal(a.status, 303);
  const again = await reception.post(B, `/can-bo/ho-so/${d.code}/thu-phi`, fields);
  assert.equal(again.status, 303, 'the same post again: done once');
  assert.deepEqual(payments(d.id), [['counter', 'card', 'paid', '50000', '100000', 'BL-<b>&</b>',
    'Người cao tuổi: giảm <i>50%</i>']]);
  assert.deepEqual(payEvents(d.id), [['1', 'paid', 'officer', '1']]);
  assert.deepEqual(row(d.id, 'fee_paid, version, status'), ['1', String(v + 1), '2']);
  assert.equal(events(d.id).filter((e) => e === 'pay_counter').length, 1);
  assert.equal(audits(d.id, 'dossier.pay_counter'), 1);
  // paid: nothing more to pay, no form
  assert.equal(await feeOwed(reception, d), null);
  assert.equal((await step(reception, d, 'thu-phi', { so_tien: '1', so_bien_lai: 'x', hinh_thuc: 'cash' })).status, 409);
  assert.equal((await step(reception, d, 'mien-phi', { ly_do: 'x' })).status, 409);
  assert.equal(payments(d.id).length, 1);
  // the citizen sees it paid, with the payment, escaped
  for (const path of [`/ho-so/${d.code}`, `/ho-so/${d.code}/bien-nhan`]) {
    const p = await d.who.jar.get(B, path);
    assert.match(p.body, /id="phi-tinh-trang"><span class="badge badge-ok">Đã nộp<\/span>/, path);
    assert.ok(p.body.includes('BL-&lt;b&gt;&amp;&lt;/b&gt;'), `${path}: the receipt number escaped`);
    assert.ok(p.body.includes('50.000 đồng'), path);
    assert.ok(p.body.includes('Tại quầy (Thẻ ngân hàng)'), path);
    assert.ok(!p.body.includes('<i>50%</i>'), `${path}: the reason escaped`);
    assert.ok(!p.body.includes('id="phi-cach-nop"'), `${path}: how to pay no longer shown`);
  }
  assert.match((await d.who.jar.get(B, `/ho-so/${d.code}`)).body, /Đã nộp phí, lệ phí tại quầy/, 'in the timeline');
  assert.equal((await step(reception, d, 'chuyen-xu-ly')).status, 303);
  assert.equal(row(d.id, 'status')[0], '4');
}, { timeout: 180000 });

test('exemption: a reason is needed; recorded with who and when, the citizen reads it; the hand-over goes on; a stop owes nothing back', async () => {
  const e = await submitted();
  assert.equal((await step(reception, e, 'tiep-nhan')).status, 303);
  const v = version(e.id);
  const no = await step(reception, e, 'mien-phi', {});
  assert.equal(no.status, 422);
  assert.equal(version(e.id), v);
  assert.equal((await step(reception, e, 'mien-phi', { ly_do: 'Người thuộc hộ <b>nghèo</b>' })).status, 303);
  assert.deepEqual(row(e.id, 'fee_exempt_reason, fee_exempt_by IS NOT NULL, fee_exempt_at IS NOT NULL, fee_paid'),
    ['Người thuộc hộ <b>nghèo</b>', '1', '1', '0']);
  assert.deepEqual(payments(e.id), [], 'no payment for an exemption');
  assert.equal(audits(e.id, 'dossier.fee_exempt'), 1);
  const p = await e.who.jar.get(B, `/ho-so/${e.code}`);
  assert.match(p.body, /<span class="badge badge-ok">Được miễn<\/span> Lý do miễn: Người thuộc hộ &lt;b&gt;nghèo&lt;\/b&gt;/);
  assert.equal((await step(reception, e, 'chuyen-xu-ly')).status, 303);
  assert.equal((await step(leader, e, 'dung-giai-quyet', { xac_nhan: '1', ly_do: 'Không đủ điều kiện' })).status, 303);
  assert.deepEqual(row(e.id, 'status, refund_due'), ['8', '0'], 'nothing was paid: nothing owed back');
}, { timeout: 240000 });

test('a case with a fee of its own (2.000488, students and people of merit): on the procedure, start and review pages; the dossier owes it; who is exempted, for the citizen and the officer', async () => {
  const proc = await (await newCitizen(B)).jar.get(B, `/thu-tuc/${RETURN}`);
  assert.match(proc.body, /Sinh viên, người có công với cách mạng, thân nhân liệt sĩ \(giảm 50% phí\) – Phí 100\.000 đồng/);
  assert.match(proc.body, /<ul id="doi-tuong-mien-phi"><li>Trẻ em<\/li><li>Người cao tuổi<\/li>/);
  const who = await newCitizen(B);
  const start = await who.jar.get(B, `/ho-so/nop/${RETURN}`);
  assert.match(start.body, /id="phi-so-tien"><strong>200\.000 đồng<\/strong><br>Theo trường hợp:<ul id="phi-theo-truong-hop"><li>Sinh viên, người có công với cách mạng, thân nhân liệt sĩ \(giảm 50% phí\): 100\.000 đồng<\/li><\/ul>/);
  const id = await startDraft(B, who, RETURN, { truong_hop: 'uu-dai' });
  const sl = await slots(B, who, id);
  assert.equal((await upload(B, who, id, sl.map((x, i) => ({
    slot: x.id, filename: `giấy ${i}.pdf`, data: fixture('ok.pdf'), type: 'application/pdf',
  })))).status, 303);
  assert.match((await who.jar.get(B, `/ho-so/nhap/${id}/xem-lai`)).body, /id="phi-so-tien"><strong>100\.000 đồng<\/strong><\/dd>/,
    'the review page: the case\'s fee, no list');
  assert.equal((await submit(B, who, id)).status, 303);
  assert.deepEqual(row(id, 'fee_amount, fee_charge, pay_when'), ['100000', '0', 'return']);
  const code = sql(`SELECT code FROM dossier WHERE id = ${id}`)[0][0];
  assert.match((await who.jar.get(B, `/ho-so/${code}`)).body, /id="phi-so-tien"><strong>100\.000 đồng/);
  const office = await reception.get(B, `/can-bo/ho-so/${code}`);
  assert.match(office.body, /id="mien-phi"[\s\S]*?<ul id="doi-tuong-mien-phi"><li>Trẻ em<\/li>/, 'beside the exemption form');
  // a case without a fee of its own owes the channel's
  const other = await newCitizen(B);
  const id2 = await startDraft(B, other, RETURN, { truong_hop: 'ca-nhan' });
  const sl2 = await slots(B, other, id2);
  assert.equal((await upload(B, other, id2, sl2.map((x, i) => ({
    slot: x.id, filename: `giấy ${i}.pdf`, data: fixture('ok.pdf'), type: 'application/pdf',
  })))).status, 303);
  assert.equal((await submit(B, other, id2)).status, 303);
  assert.deepEqual(row(id2, 'fee_amount'), ['200000']);
}, { timeout: 240000 });

test('before the return (2.000488): accepted and handed over unpaid; the return waits for the fee, then goes', async () => {
  const who = await newCitizen(B);
  const id = await startDraft(B, who, RETURN, { truong_hop: 'ca-nhan' });
  const s = await slots(B, who, id);
  assert.equal((await upload(B, who, id, s.map((x, i) => ({
    slot: x.id, filename: `giấy ${i}.pdf`, data: fixture('ok.pdf'), type: 'application/pdf',
  })))).status, 303);
  assert.equal((await submit(B, who, id)).status, 303);
  const r = { who, id, code: sql(`SELECT code FROM dossier WHERE id = ${id}`)[0][0] };
  assert.deepEqual(row(id, 'fee_amount, pay_when'), ['200000', 'return']);
  assert.match((await who.jar.get(B, `/ho-so/${r.code}`)).body, /id="phi-thoi-diem">Trước khi nhận kết quả/);
  assert.equal((await step(reception, r, 'tiep-nhan')).status, 303);
  assert.equal((await step(reception, r, 'chuyen-xu-ly')).status, 303, 'the hand-over does not wait');
  assert.equal((await proposeResult(specialist, r)).status, 303);
  assert.equal((await step(leader, r, 'duyet-ket-qua')).status, 303);
  // the paper copy of this unsigned level-4 dossier arrives first
  if (row(id, 'paper_pending')[0] === '1')
    assert.equal((await step(reception, r, 'da-nhan-ban-giay', { ngay_nhan: vnDay(), cach_nhan: 'counter' })).status, 303);
  const v = version(id);
  const w = await step(reception, r, 'tra-ket-qua', { hinh_thuc: 'counter' });
  assert.equal(w.status, 409);
  assert.ok(w.body.includes(PAYS));
  assert.equal(version(id), v);
  assert.equal(await payCounter(reception, r), '200000');
  assert.equal((await step(reception, r, 'tra-ket-qua', { hinh_thuc: 'counter' })).status, 303);
  assert.equal(row(id, 'status')[0], '10');
}, { timeout: 180000 });
