// E-receipts and refunds (issue 14, section 3; Article 8.2c) through
// nginx. Every payment recorded paid gets an e-receipt numbered in its
// agency's year, one after the other, which the citizen opens and prints
// and anyone holding it checks through its QR (a tampered check value is
// refused). A dossier refused at intake after its fee was paid owes the
// fee back: the citizen gives the account to send it to (bad input: a
// clear message, nothing saved), reception records the refund made
// (its day neither after today nor before the payment, a reference),
// once; the wrong people are refused; the payment becomes refunded with
// its history row, the dossier's event and audit record; nothing is
// owed back any more. A dossier never paid owes nothing back.
import { test, assert } from '../lib/t.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { newCitizen, staffLogin } from '../lib/account.mjs';
import {
  row, version, audits, events, submitted, step, staffLike, payCounter,
} from '../lib/office.mjs';

const B = NGINX;
const vnDay = (days = 0) => new Date(Date.now() + 7 * 3600e3 + days * 86400e3).toISOString().slice(0, 10);
const receipt = (id) => sql(`SELECT receipt_year, receipt_seq, state FROM payment WHERE dossier_id = ${id}
  AND method = 'counter'`)[0];

let reception;
let specialist;
let outsider;

test('logins', async () => {
  reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  specialist = await staffLogin(B, 'chuyenvien@tuphap.kontum.demo');
  staffLike('tiepnhan@khac-hoan.kontum.demo', 'reception', '000.00.06.H34', 'Tiếp nhận khác');
  outsider = await staffLogin(B, 'tiepnhan@khac-hoan.kontum.demo');
}, { timeout: 240000 });

let d;

test('e-receipts: numbered in the agency\'s year one after the other, shown, printable, and checked by their QR', async () => {
  d = await submitted();
  const e = await submitted();
  assert.ok(await payCounter(reception, d), 'procedure L3 has a fee');
  assert.ok(await payCounter(reception, e));
  const [year, n, state] = receipt(d.id);
  const [year2, n2] = receipt(e.id);
  assert.equal(state, 'paid');
  assert.equal(year, vnDay().slice(0, 4), 'the year of the payment, Vietnam time');
  assert.equal(year2, year);
  assert.ok(Number(n2) > Number(n), 'a later number of the agency\'s year');
  // other files pay at the same agency meanwhile: what holds at any
  // moment is that the numbers of an agency's year are 1..N, each once
  // (the counter's lock orders the payments' commits)
  const [count, distinct, max] = sql(`SELECT COUNT(*), COUNT(DISTINCT receipt_seq), MAX(receipt_seq) FROM payment
    WHERE receipt_seq IS NOT NULL AND agency_id = (SELECT agency_id FROM dossier WHERE id = ${d.id})
    AND receipt_year = ${year}`)[0].map(Number);
  assert.deepEqual([distinct, max], [count, count], 'no number twice, none missing');
  const no = `${String(n).padStart(7, '0')}/${year}`;
  // the dossier page links it
  const page = await d.who.jar.get(B, `/ho-so/${d.code}`);
  const link = page.body.match(/class="bien-lai" href="([^"]+)">Xem biên lai điện tử ([^<]+)</);
  assert.ok(link, 'the e-receipt linked from the payments');
  assert.equal(link[2], no);
  const r = await d.who.jar.get(B, link[1]);
  assert.equal(r.status, 200);
  assert.match(r.body, /<h1>Biên lai thu phí, lệ phí \(điện tử\)<\/h1>/);
  assert.match(r.body, new RegExp(`id="so-bien-lai">${no.replace('/', '\\/')}<`));
  assert.match(r.body, /id="bien-lai-so-tien"><strong>100\.000 đồng<\/strong>/);
  assert.match(r.body, /Tại quầy \(Tiền mặt\)/);
  assert.match(r.body, new RegExp(`BL-${d.id}`), 'the counter\'s paper receipt number');
  assert.match(r.body, /<path d="M\d+ \d+h\d+v1h-\d+z/, 'the QR drawn');
  assert.match(r.body, /class="print"/, 'the print layout');
  // nobody else opens it; another payment's number under this dossier is not found
  const stranger = await newCitizen(B);
  assert.equal((await stranger.jar.get(B, link[1])).status, 404);
  const other = sql(`SELECT id FROM payment WHERE dossier_id = ${e.id}`)[0][0];
  assert.equal((await d.who.jar.get(B, `/thanh-toan/ho-so/${d.code}/bien-lai/${other}`)).status, 404);
  // the public check, as the QR gives it, needs no login
  const url = new URL(r.body.match(/id="kiem-tra-bien-lai">([^<]+)</)[1].replace(/&amp;/g, '&'));
  const check = await fetch(`${B}${url.pathname}${url.search}`);
  const body = await check.text();
  assert.equal(check.status, 200);
  assert.match(body, /Biên lai này do Cổng Dịch vụ công lập/);
  assert.match(body, new RegExp(`id="so-bien-lai">${no.replace('/', '\\/')}<`));
  // a number with another's check value, a changed value, none: refused alike
  const k = url.searchParams.get('k');
  const bad = [
    `so=${other}&k=${k}`,
    `so=${url.searchParams.get('so')}&k=${k.slice(0, -1)}${k.endsWith('A') ? 'B' : 'A'}`,
    `so=${url.searchParams.get('so')}`,
    `so=abc&k=${k}`,
    '',
  ];
  for (const q of bad) {
    const x = await fetch(`${B}/thanh-toan/bien-lai?${q}`);
    const t = await x.text();
    assert.equal(x.status, 404, q);
    assert.match(t, /Không tìm thấy biên lai với mã kiểm tra này/, q);
    assert.ok(!t.includes('Biên lai này do Cổng'), q);
  }
}, { timeout: 240000 });

test('refused at intake after paying: the fee owed back; the citizen\'s refund account with every bad input refused', async () => {
  assert.equal((await step(reception, d, 'tu-choi', { xac_nhan: '1', ly_do: 'Hồ sơ không thuộc thẩm quyền' })).status, 303);
  assert.deepEqual(row(d.id, 'status, refund_due, fee_paid'), ['3', '1', '1']);
  const page = await d.who.jar.get(B, `/thanh-toan/ho-so/${d.code}`);
  assert.match(page.body, /id="hoan-tra"/);
  assert.match(page.body, /khoản đã nộp được hoàn trả cho bạn/);
  assert.match(page.body, /action="\/thanh-toan\/ho-so\/[^"]+\/tai-khoan-hoan"/);
  const tok = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  const good = { csrf: tok, ngan_hang: 'Ngân hàng TMCP Ngoại thương Việt Nam', so_tai_khoan: '0071000123456', chu_tai_khoan: 'Nguyễn Văn An' };
  const cases = [
    [{ ...good, ngan_hang: '' }, 'ngan_hang', 'no bank'],
    [{ ...good, so_tai_khoan: '' }, 'so_tai_khoan', 'no account'],
    [{ ...good, so_tai_khoan: '0071-000.123' }, 'so_tai_khoan', 'not digits'],
    [{ ...good, so_tai_khoan: '12' }, 'so_tai_khoan', 'too short'],
    [{ ...good, so_tai_khoan: '1'.repeat(31) }, 'so_tai_khoan', 'too long'],
    [{ ...good, chu_tai_khoan: '' }, 'chu_tai_khoan', 'no holder'],
    [{ ...good, ngan_hang: 'x'.repeat(201) }, 'ngan_hang', 'a bank of 201 characters'],
  ];
  for (const [fields, field, what] of cases) {
    const r = await d.who.jar.post(B, `/thanh-toan/ho-so/${d.code}/tai-khoan-hoan`, fields);
    assert.equal(r.status, 422, what);
    assert.match(r.body, /id="loi-bieu-mau"/, `${what}: the error summary`);
    assert.match(r.body, new RegExp(`href="#${field}"`), `${what}: names the field`);
    assert.deepEqual(row(d.id, 'refund_account IS NULL'), ['1'], `${what}: nothing saved`);
  }
  const digits = await d.who.jar.post(B, `/thanh-toan/ho-so/${d.code}/tai-khoan-hoan`, cases[2][0]);
  assert.match(digits.body, /Số tài khoản chỉ gồm chữ số/);
  assert.match(digits.body, /value="0071-000\.123"/, 'what was typed is kept');
  // nobody else gives it
  const stranger = await newCitizen(B);
  const stok = await stranger.jar.token(B, '/ho-so');
  assert.equal((await stranger.jar.post(B, `/thanh-toan/ho-so/${d.code}/tai-khoan-hoan`, { ...good, csrf: stok })).status, 404);
  const ok = await d.who.jar.post(B, `/thanh-toan/ho-so/${d.code}/tai-khoan-hoan`, good);
  assert.equal(ok.status, 303, ok.body.slice(0, 800));
  assert.deepEqual(row(d.id, 'refund_bank, refund_account, refund_holder'),
    ['Ngân hàng TMCP Ngoại thương Việt Nam', '0071000123456', 'Nguyễn Văn An']);
  assert.equal(audits(d.id, 'dossier.refund_account'), 1);
  const saved = await d.who.jar.get(B, ok.headers.location.replace(B, ''));
  assert.match(saved.body, /Đã lưu tài khoản nhận hoàn trả/);
  // reception sees where to send it
  const office = await reception.get(B, `/can-bo/ho-so/${d.code}`);
  assert.match(office.body, /id="hoan-phi"/);
  assert.match(office.body, /id="tai-khoan-hoan">Tài khoản nhận hoàn trả: 0071000123456 tại Ngân hàng TMCP Ngoại thương Việt Nam, chủ tài khoản Nguyễn Văn An/);
}, { timeout: 240000 });

test('the refund: bad days and references refused, the wrong people refused, then recorded once', async () => {
  const v = version(d.id);
  const cases = [
    [{ ngay_hoan: vnDay(1), so_chung_tu: 'FT1' }, /Ngày hoàn trả không được sau hôm nay và không được trước ngày nộp phí/, 'tomorrow'],
    [{ ngay_hoan: vnDay(-1), so_chung_tu: 'FT1' }, /Ngày hoàn trả không được sau hôm nay và không được trước ngày nộp phí/, 'before the payment'],
    [{ ngay_hoan: '31/02/2026', so_chung_tu: 'FT1' }, /Thông tin gửi lên không hợp lệ/, 'no such day'],
    [{ ngay_hoan: '', so_chung_tu: 'FT1' }, /Thông tin gửi lên không hợp lệ/, 'no day'],
    [{ ngay_hoan: vnDay(), so_chung_tu: '' }, /Thông tin gửi lên không hợp lệ/, 'no reference'],
    [{ ngay_hoan: vnDay(), so_chung_tu: 'x'.repeat(61) }, /Thông tin gửi lên không hợp lệ/, 'a reference of 61 characters'],
  ];
  for (const [fields, msg, what] of cases) {
    const r = await step(reception, d, 'hoan-phi', fields);
    assert.equal(r.status, 422, what);
    assert.match(r.body, msg, what);
  }
  const good = { ngay_hoan: vnDay(), so_chung_tu: 'FT26341<b>9</b>' };
  const denied = audits(d.id, 'dossier.denied');
  assert.equal((await step(specialist, d, 'hoan-phi', good)).status, 403);
  const otok = await outsider.token(B, '/can-bo');
  assert.equal((await outsider.post(B, `/can-bo/ho-so/${d.code}/hoan-phi`, { csrf: otok, phien_ban: v, ...good })).status, 404);
  assert.equal(audits(d.id, 'dossier.denied'), denied + 2);
  assert.equal(version(d.id), v, 'nothing changed');
  assert.deepEqual(receipt(d.id).slice(2), ['paid']);
  const r = await step(reception, d, 'hoan-phi', good);
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  assert.deepEqual(sql(`SELECT state, refund_on, refund_ref, refund_by IS NOT NULL FROM payment WHERE dossier_id = ${d.id}`)[0],
    ['refunded', vnDay(), 'FT26341<b>9</b>', '1']);
  assert.deepEqual(sql(`SELECT e.state_from, e.state_to, e.source, e.note FROM payment_event e
    JOIN payment p ON p.id = e.payment_id WHERE p.dossier_id = ${d.id} ORDER BY e.id DESC LIMIT 1`)[0],
  ['paid', 'refunded', 'officer', 'FT26341<b>9</b>']);
  assert.deepEqual(row(d.id, 'status, refund_due, fee_paid'), ['3', '0', '1']);
  assert.equal(events(d.id).filter((x) => x === 'refund').length, 1);
  assert.equal(audits(d.id, 'dossier.refund'), 1);
  // once: the form is gone, posting again is refused, nothing changes
  const again = await step(reception, d, 'hoan-phi', good);
  assert.equal(again.status, 409);
  assert.equal(events(d.id).filter((x) => x === 'refund').length, 1);
  assert.ok(!(await reception.get(B, `/can-bo/ho-so/${d.code}`)).body.includes('id="hoan-phi"'));
  // the citizen reads it, in words, on the dossier, payment and receipt pages
  const view = await d.who.jar.get(B, `/ho-so/${d.code}`);
  assert.match(view.body, /Đã hoàn trả phí, lệ phí/, 'in the timeline');
  assert.match(view.body, /Đã hoàn trả ngày \d\d\/\d\d\/\d{4}, số chứng từ hoàn trả FT26341&lt;b&gt;9&lt;\/b&gt;/);
  for (const p of [view.body, (await d.who.jar.get(B, `/thanh-toan/ho-so/${d.code}`)).body]) {
    assert.ok(!/>\s*refund(ed)?\s*</.test(p), 'no internal code');
    assert.ok(!p.includes('FT26341<b>'), 'escaped');
  }
  const pay = await d.who.jar.get(B, `/thanh-toan/ho-so/${d.code}`);
  assert.ok(!pay.body.includes('id="hoan-tra"'), 'nothing owed back any more');
  const link = view.body.match(/class="bien-lai" href="([^"]+)"/)[1];
  assert.match((await d.who.jar.get(B, link)).body, /id="bien-lai-hoan-tra">Khoản này đã được hoàn trả ngày/);
  // the account can no longer be given
  const tok = await d.who.jar.token(B, `/ho-so/${d.code}`);
  const late = await d.who.jar.post(B, `/thanh-toan/ho-so/${d.code}/tai-khoan-hoan`,
    { csrf: tok, ngan_hang: 'Ngân hàng A', so_tai_khoan: '123456', chu_tai_khoan: 'Nguyễn Văn An' });
  assert.equal(late.status, 409);
  assert.match(late.body, /Hồ sơ không có khoản nào được hoàn trả/);
}, { timeout: 240000 });

test('refused without paying: nothing owed back, no refund offered', async () => {
  const f = await submitted();
  assert.equal((await step(reception, f, 'tu-choi', { xac_nhan: '1', ly_do: 'Hồ sơ không thuộc thẩm quyền' })).status, 303);
  assert.deepEqual(row(f.id, 'status, refund_due'), ['3', '0']);
  assert.ok(!(await reception.get(B, `/can-bo/ho-so/${f.code}`)).body.includes('id="hoan-phi"'));
  assert.ok(!(await f.who.jar.get(B, `/thanh-toan/ho-so/${f.code}`)).body.includes('id="hoan-tra"'));
  const r = await step(reception, f, 'hoan-phi', { ngay_hoan: vnDay(), so_chung_tu: 'FT1' });
  assert.equal(r.status, 409);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM payment WHERE dossier_id = ${f.id}`)[0][0]), 0);
}, { timeout: 240000 });

test('the agency\'s ledger and reconciliation CSV: the payment and its refund, in words; bad ranges and the wrong people refused', async () => {
  const today = vnDay();
  const page = await reception.get(B, `/can-bo/thanh-toan?tu=${today}&den=${today}`);
  assert.equal(page.status, 200);
  assert.match(page.body, /<h1>Sổ thu, hoàn trả phí, lệ phí<\/h1>/);
  assert.match(page.body, /id="thu-counter"><th scope="row">Thu – Tại quầy<\/th><td>[1-9]\d*<\/td>/);
  const refunds = page.body.match(/<table id="so-hoan-tra">[\s\S]*?<\/table>/)[0];
  assert.ok(refunds.includes(`>${d.code}</a>`), 'the refund listed');
  assert.ok(refunds.includes('FT26341&lt;b&gt;9&lt;/b&gt;'), 'its reference, escaped');
  assert.ok(refunds.includes('0071000123456 Ngân hàng TMCP Ngoại thương Việt Nam Nguyễn Văn An'), 'where it went');
  // the CSV: one line for the payment, one for the refund, in words
  const csv = await reception.get(B, `/can-bo/thanh-toan/doi-soat.csv?tu=${today}&den=${today}`);
  assert.equal(csv.status, 200);
  assert.match(csv.headers['content-type'], /text\/csv; charset=utf-8/);
  assert.match(csv.headers['content-disposition'], new RegExp(`doi-soat-phi-le-phi-${today}-${today}\\.csv`));
  const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(lines[0], 'Loại,Ngày,Mã hồ sơ,Người nộp,Hình thức,Phương tiện,Số tiền (đồng),Số biên lai điện tử,'
    + '"Mã giao dịch, số chứng từ",Tài khoản nhận hoàn trả');
  const mine = lines.filter((l) => l.includes(`,${d.code},`));
  assert.equal(mine.length, 2, mine.join('\n'));
  assert.match(mine[0], new RegExp(`^Thu,\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d,${d.code},[^,]+,Tại quầy,Tiền mặt,100000,\\d{7}/\\d{4},BL-${d.id},$`));
  assert.match(mine[1], new RegExp(`^Hoàn trả,\\d\\d/\\d\\d/\\d{4},${d.code},[^,]+,Tại quầy,Tiền mặt,100000,\\d{7}/\\d{4},FT26341<b>9</b>,0071000123456 `));
  assert.ok(!/\b(counter|cash|refunded|in|out),/.test(csv.body), 'no internal code');
  assert.equal(Number(sql("SELECT COUNT(*) FROM audit WHERE action = 'payment.export'")[0][0]) >= 1, true);
  // a month with nothing in it
  const none = await reception.get(B, '/can-bo/thanh-toan?tu=2020-01-01&den=2020-01-31');
  assert.match(none.body, /id="thu-tong"><th scope="row">Tổng thu<\/th><td><\/td><td><strong>0 đồng/);
  assert.match(none.body, /id="khong-hoan-tra"/);
  // bad ranges: a clear message, and no CSV
  for (const q of [`tu=${today}&den=2020-01-01`, 'tu=2024-01-01&den=2025-12-31', 'tu=31/02/2026', 'den=hom-nay']) {
    const r = await reception.get(B, `/can-bo/thanh-toan?${q}`);
    assert.equal(r.status, 422, q);
    assert.match(r.body, /Khoảng ngày không hợp lệ/, q);
    assert.equal((await reception.get(B, `/can-bo/thanh-toan/doi-soat.csv?${q}`)).status, 422, q);
  }
  // the specialist and a citizen may not; another agency sees its own only
  assert.equal((await specialist.get(B, '/can-bo/thanh-toan')).status, 403);
  const citizen = await newCitizen(B);
  assert.notEqual((await citizen.jar.get(B, '/can-bo/thanh-toan')).status, 200);
  const theirs = await outsider.get(B, `/can-bo/thanh-toan/doi-soat.csv?tu=${today}&den=${today}`);
  assert.equal(theirs.status, 200);
  assert.ok(!theirs.body.includes(d.code), 'not another agency\'s');
  // the officer's home links it for reception
  assert.match((await reception.get(B, '/can-bo')).body, /id="so-thu-phi"/);
}, { timeout: 240000 });
