// Bank transfer by QR (issue 14, section 2) through nginx: the VietQR code
// on the payment page and the receipt while the fee is owed (its payload
// read from the page's data-vietqr, its fields and CRC-16/CCITT-FALSE
// checked here, independently of the C code), with the account, bank,
// holder, amount and message beside it; reception imports the agency's
// bank statement: lines with a dossier's code and its exact amount pay it
// (a transfer payment, its history row from the statement, the event and
// audit record), the rest wait with why (another amount, an unknown code,
// no code, two codes); the same file again, or a line twice, applies
// nothing twice and says how many were known; a bank's export that opens
// with lines about the account is read from its header; a file with a column
// missing, a bad date or Latin-1 bytes is refused with the line or column
// and nothing of it is applied; reception assigns a waiting line (another
// amount only with a reason) or dismisses one with a reason; a citizen, a
// specialist and another agency's officer are refused. The parser's rules:
// tests/unit/test_statement.c; the payload: tests/unit/test_vietqr.c.
import crypto from 'node:crypto';
import { test, assert } from '../lib/t.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { staffLogin } from '../lib/account.mjs';
import { postMultipart } from '../lib/dossier.mjs';
import { row, audits, events, submitted, staffLike } from '../lib/office.mjs';

const B = NGINX;
const PAGE = '/can-bo/thanh-toan/sao-ke';
const BIN = '970436'; // Sở Tư pháp's fee account at Vietcombank (demo catalogue)
const HEAD = 'Ngày giao dịch;Số tham chiếu;Số tiền ghi nợ;Số tiền ghi có;Nội dung';

let reception;
let specialist;
let outsider;
const run = crypto.randomBytes(4).toString('hex').toUpperCase(); // refs unique to this run

const payments = (id) => sql(`SELECT method, means, state, amount, owed, COALESCE(receipt_no, ''),
  COALESCE(reason, '') FROM payment WHERE dossier_id = ${id} ORDER BY id`);
const payEvents = (id) => sql(`SELECT e.state_to, e.source, e.actor_id IS NOT NULL
  FROM payment_event e JOIN payment p ON p.id = e.payment_id WHERE p.dossier_id = ${id} ORDER BY e.id`);
// the lines reception imported (the generated transition test imports
// lines of the same agency at the same time, as its own officers)
const lineCount = () => Number(sql(`SELECT COUNT(*) FROM statement_line l JOIN account a ON a.id = l.imported_by
  WHERE a.email = 'tiepnhan@tuphap.kontum.demo'`)[0][0]);
const lineByRef = (ref) => sql(`SELECT state, COALESCE(why, ''), COALESCE(dossier_id, 0), id
  FROM statement_line WHERE bank_ref = '${ref}'`)[0];

// CRC-16/CCITT-FALSE, as the EMVCo specification defines it
function crc16(s) {
  let c = 0xffff;
  for (const b of Buffer.from(s, 'utf8')) {
    c ^= b << 8;
    for (let i = 0; i < 8; i++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  }
  return c.toString(16).toUpperCase().padStart(4, '0');
}
// EMVCo's tag-length-value fields of s
function tlv(s) {
  const out = {};
  for (let i = 0; i < s.length;) {
    const n = Number(s.slice(i + 2, i + 4));
    assert.ok(Number.isInteger(n) && i + 4 + n <= s.length, `a field at ${i} of ${s}`);
    out[s.slice(i, i + 2)] = s.slice(i + 4, i + 4 + n);
    i += 4 + n;
  }
  return out;
}
const unescape = (s) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

async function upload(jar, data, name = 'sao-ke.csv') {
  const tok = await jar.token(B, PAGE);
  return postMultipart(jar, B, PAGE, { csrf: tok },
    [{ name: 'sao_ke', filename: name, type: 'text/csv', data: Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8') }]);
}
const count = (body, id) => Number(body.match(new RegExp(`id="${id}">(\\d+)<`))[1]);
async function settle(jar, line, what, fields) {
  const tok = await jar.token(B, PAGE);
  return jar.post(B, `${PAGE}/${line}/${what}`, { csrf: tok, ...fields });
}

test('logins', async () => {
  reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  specialist = await staffLogin(B, 'chuyenvien@tuphap.kontum.demo');
  staffLike('tiepnhan@khac-ck.kontum.demo', 'reception', '000.00.06.H34', 'Tiếp nhận khác');
  outsider = await staffLogin(B, 'tiepnhan@khac-ck.kontum.demo');
}, { timeout: 240000 });

let a; // paid by the statement (its reference)
let b; // paid by the statement (no reference, the code's separators dropped)
let c; // another amount: waits, then assigned with a reason
let e; // assigned the line whose code is unknown
let dup; // two identical lines without a reference

test('the payment page and the receipt show the VietQR code of the exact amount, the dossier code its message, the account beside it', async () => {
  a = await submitted();
  for (const path of [`/thanh-toan/ho-so/${a.code}`, `/ho-so/${a.code}/bien-nhan`]) {
    const p = await a.who.jar.get(B, path);
    assert.equal(p.status, 200, path);
    const m = p.body.match(/<figure class="qr" id="ma-vietqr" data-vietqr="([^"]+)">\s*<svg[^>]*role="img"[^>]*>[\s\S]*?<path d="(M[^"]+)"/);
    assert.ok(m, `${path}: the code drawn, its payload beside`);
    const payload = unescape(m[1]);
    // the CRC over everything up to and including "6304"
    assert.equal(payload.slice(-8, -4), '6304', path);
    assert.equal(crc16(payload.slice(0, -4)), payload.slice(-4), `${path}: the CRC is right`);
    const f = tlv(payload);
    assert.equal(f['00'], '01', 'payload format');
    assert.equal(f['01'], '12', 'dynamic: the amount is fixed');
    const merchant = tlv(f['38']);
    assert.equal(merchant['00'], 'A000000727', 'NAPAS');
    assert.equal(merchant['02'], 'QRIBFTTA', 'a transfer to an account');
    const org = tlv(merchant['01']);
    assert.equal(org['00'], BIN, 'the bank');
    const acct = sql(`SELECT a.bank_account FROM agency a JOIN dossier d ON d.agency_id = a.id WHERE d.id = ${a.id}`)[0][0];
    assert.equal(org['01'], acct.replace(/[ .-]/g, ''), 'the account, its spaces left out');
    assert.equal(f['53'], '704', 'đồng');
    assert.equal(f['54'], '100000', 'the amount owed');
    assert.equal(f['58'], 'VN');
    assert.equal(tlv(f['62'])['08'], a.code, 'the message: the dossier code');
    assert.ok(p.body.includes(`id="ck-tai-khoan">${acct}<`), `${path}: the account in text`);
    assert.match(p.body, /id="ck-ngan-hang">Ngân hàng TMCP Ngoại thương Việt Nam \(Vietcombank\)/, path);
    assert.match(p.body, /id="ck-chu-tai-khoan">Sở Tư pháp tỉnh Kon Tum</, path);
    assert.match(p.body, /id="ck-so-tien"><strong>100\.000 đồng<\/strong>/, path);
    assert.ok(p.body.includes(`id="ck-noi-dung"><strong class="code">${a.code}</strong>`), path);
    assert.match(p.body, /Chuyển khoản bằng mã VietQR/, path);
  }
}, { timeout: 180000 });

test('reception imports the statement: matching lines pay their dossiers once; the others wait with why', async () => {
  b = await submitted();
  c = await submitted();
  dup = await submitted();
  const before = lineCount();
  const squeezed = b.code.replace(/[.-]/g, '');
  const csv = [
    HEAD,
    `07/12/2026 09:01:00;FT${run}01;;100.000;MBVCB.123456.NOP PHI HS ${a.code}.CT tu 0123456789 NGUYEN VAN A`,
    `07/12/2026;;;100000;nop phi ho so ${squeezed}`,
    `07/12/2026;FT${run}03;;90.000;Nop phi ${c.code}`,
    `07/12/2026;FT${run}04;;100.000;Nop phi 000.00.09.H34-991231-9999`,
    `07/12/2026;FT${run}05;;100.000;chuyen tien ung ho`,
    `07/12/2026;FT${run}06;;200.000;phi ${dup.code} va ${c.code}`,
    `07/12/2026;FT${run}07;250.000;;Tra tien dien`,
    `07/12/2026 09:01:00;FT${run}01;;100.000;MBVCB.123456.NOP PHI HS ${a.code}.CT tu 0123456789 NGUYEN VAN A`,
    ';;250.000;790.000;Tổng cộng',
  ].join('\r\n') + '\r\n';
  const r = await upload(reception, '\ufeff' + csv);
  assert.equal(r.status, 200, r.body.slice(0, 2000));
  assert.match(r.body, /Đã nhập sao kê:/);
  assert.equal(count(r.body, 'sk-so-dong'), 7, 'seven credits');
  assert.equal(count(r.body, 'sk-da-khop'), 2, 'two dossiers paid');
  assert.equal(count(r.body, 'sk-cho'), 4, 'four waiting');
  assert.equal(count(r.body, 'sk-da-co'), 1, 'the line twice: known');
  assert.equal(count(r.body, 'sk-bo-qua'), 2, 'the debit and the total skipped');
  assert.equal(lineCount(), before + 6);
  for (const d of [a, b]) {
    assert.equal(row(d.id, 'fee_paid')[0], '1');
    assert.equal(events(d.id).filter((x) => x === 'pay_transfer').length, 1);
    assert.equal(audits(d.id, 'dossier.pay_transfer'), 1);
    assert.deepEqual(payEvents(d.id), [['paid', 'statement', '1']]);
  }
  assert.deepEqual(payments(a.id), [['transfer', 'transfer', 'paid', '100000', '100000', `FT${run}01`, '']]);
  assert.deepEqual(payments(b.id), [['transfer', 'transfer', 'paid', '100000', '100000', '', '']]);
  assert.deepEqual(lineByRef(`FT${run}01`).slice(0, 3), ['paid', '', String(a.id)]);
  assert.deepEqual(lineByRef(`FT${run}03`).slice(0, 3), ['waiting', 'amount', String(c.id)]);
  assert.deepEqual(lineByRef(`FT${run}04`).slice(0, 2), ['waiting', 'unknown']);
  assert.deepEqual(lineByRef(`FT${run}05`).slice(0, 2), ['waiting', 'no_code']);
  assert.deepEqual(lineByRef(`FT${run}06`).slice(0, 2), ['waiting', 'two_codes']);
  for (const d of [c, dup]) assert.equal(row(d.id, 'fee_paid')[0], '0');
  assert.ok(Number(sql(`SELECT COUNT(*) FROM audit WHERE action = 'payment.statement'
    AND detail = 'lines 7 paid 2 waiting 4 known 1 skipped 2'`)[0][0]) >= 1, 'the import on record');
  // the officer's list: each waiting line with why, in words
  const page = await reception.get(B, PAGE);
  const waitRow = (ref) => page.body.match(new RegExp(`<tr id="dong-${lineByRef(ref)[3]}" data-ly-do="(\\w+)">[\\s\\S]*?</tr>`));
  assert.ok(waitRow(`FT${run}03`)[0].includes('Số tiền khác số tiền hồ sơ phải nộp'));
  assert.ok(waitRow(`FT${run}04`)[0].includes('Mã hồ sơ không có trong hệ thống của cơ quan'));
  assert.ok(waitRow(`FT${run}05`)[0].includes('Nội dung không có mã hồ sơ của cơ quan'));
  assert.ok(waitRow(`FT${run}06`)[0].includes('Nội dung có từ hai mã hồ sơ trở lên'));
  assert.match(page.body, /<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cho-xu-ly-ten"><table id="cho-xu-ly">/);
  // paid: the code and the account no longer offered
  for (const path of [`/thanh-toan/ho-so/${a.code}`, `/ho-so/${a.code}/bien-nhan`]) {
    const p = await a.who.jar.get(B, path);
    assert.ok(!p.body.includes('data-vietqr'), `${path}: no code once paid`);
    assert.match(p.body, /id="phi-tinh-trang"><span class="badge badge-ok">Đã nộp<\/span>/, path);
    assert.ok(p.body.includes('Chuyển khoản'), `${path}: the payment's method`);
  }
  assert.match((await a.who.jar.get(B, `/ho-so/${a.code}`)).body, /Đã nộp phí, lệ phí bằng chuyển khoản/, 'in the timeline');

  // the same file again: nothing applied twice, all known
  const again = await upload(reception, '\ufeff' + csv);
  assert.equal(again.status, 200);
  assert.equal(count(again.body, 'sk-da-khop'), 0);
  assert.equal(count(again.body, 'sk-cho'), 0);
  assert.equal(count(again.body, 'sk-da-co'), 7, 'every line known');
  assert.equal(lineCount(), before + 6);
  assert.equal(payments(a.id).length, 1);
  assert.equal(payments(b.id).length, 1);
}, { timeout: 240000 });

test('a line twice without the bank\'s reference, in one file: applied once, the second known', async () => {
  const line = `08/12/2026;;;100.000;HS ${dup.code} nop phi`;
  const r = await upload(reception, `${HEAD}\n${line}\n${line}\n`);
  assert.equal(r.status, 200, r.body.slice(0, 2000));
  assert.equal(count(r.body, 'sk-da-khop'), 1);
  assert.equal(count(r.body, 'sk-da-co'), 1);
  assert.equal(payments(dup.id).length, 1);
  assert.equal(row(dup.id, 'fee_paid')[0], '1');
}, { timeout: 180000 });

test('a bank\'s export opening with the account and the period: the header found below them, the line pays; a second transfer for the dossier waits', async () => {
  const d = await submitted();
  const preamble = ['SAO KÊ TÀI KHOẢN;;;;', 'Tên tài khoản: SỞ TƯ PHÁP TỈNH KON TUM;;;;',
    'Số tài khoản: 0123456789;;;;', 'Từ ngày 01/12/2026 đến ngày 09/12/2026;;;;', ';;;;'];
  const r = await upload(reception, `\ufeff${preamble.join('\r\n')}\r\n${HEAD}\r\n` +
    `09/12/2026;FT${run}40;;100.000;Nop phi ${d.code}\r\n` +
    `09/12/2026;FT${run}42;;100.000;Nop phi lan nua ${d.code}\r\n`);
  assert.equal(r.status, 200, r.body.slice(0, 2000));
  assert.equal(count(r.body, 'sk-so-dong'), 2);
  assert.equal(count(r.body, 'sk-da-khop'), 1);
  assert.deepEqual(lineByRef(`FT${run}40`).slice(0, 3), ['paid', '', String(d.id)]);
  // another transfer for the dossier just paid, in the same file: it waits
  assert.deepEqual(lineByRef(`FT${run}42`).slice(0, 3), ['waiting', 'settled', String(d.id)]);
  assert.equal(row(d.id, 'fee_paid')[0], '1');
  assert.equal(payments(d.id).length, 1);
  // twenty lines of something else first: no header looked for below them
  const e = await submitted();
  const before = lineCount();
  const long = await upload(reception, `${'Ghi chú: sao kê in từ ngân hàng điện tử;;;;\n'.repeat(20)}${HEAD}\n` +
    `09/12/2026;FT${run}41;;100.000;Nop phi ${e.code}\n`);
  assert.equal(long.status, 422);
  assert.match(long.body, /Tệp thiếu cột <strong>ngày giao dịch<\/strong>\./);
  assert.equal(lineCount(), before, 'nothing kept');
  assert.equal(row(e.id, 'fee_paid')[0], '0');
}, { timeout: 180000 });

test('a wrong file: a column missing, a bad date after a good line, Latin-1 bytes, no file; said plainly, nothing applied', async () => {
  const d = await submitted();
  const before = lineCount();
  const good = `09/12/2026;FT${run}20;;100.000;Nop phi ${d.code}`;
  const noAmount = await upload(reception, `Ngày giao dịch;Số tham chiếu;Nội dung\n09/12/2026;X;${d.code}\n`);
  assert.equal(noAmount.status, 422);
  assert.match(noAmount.body, /Tệp thiếu cột <strong>số tiền ghi có<\/strong>\./);
  assert.match(noAmount.body, /Không khoản nào trong tệp được ghi nhận/);
  const badDate = await upload(reception, `${HEAD}\n${good}\n31/02/2026;FT${run}21;;100.000;x\n`);
  assert.equal(badDate.status, 422);
  assert.match(badDate.body, /Dòng 3: ngày giao dịch không đọc được/);
  const latin1 = Buffer.concat([Buffer.from(`${HEAD}\n${good}\n`, 'utf8'),
    Buffer.from('09/12/2026;FT', 'latin1'), Buffer.from(run, 'latin1'),
    Buffer.from('22;;100.000;Nộp phí hồ sơ\n', 'latin1')]);
  const enc = await upload(reception, latin1);
  assert.equal(enc.status, 422);
  assert.match(enc.body, /Dòng 3: tệp không phải văn bản UTF-8/);
  const none = await upload(reception, '');
  assert.equal(none.status, 422);
  assert.match(none.body, /Chưa chọn tệp sao kê, hoặc tệp trống\./);
  assert.equal(lineCount(), before, 'no line kept');
  assert.equal(row(d.id, 'fee_paid')[0], '0', 'the good line applied nothing');
  assert.deepEqual(payments(d.id), []);
}, { timeout: 180000 });

test('reception assigns a waiting line: another amount needs a reason; an unknown code\'s line to the dossier meant; a line dismissed with its reason; each once', async () => {
  e = await submitted();
  const amountLine = lineByRef(`FT${run}03`)[3];
  const noReason = await settle(reception, amountLine, 'gan', { ma_ho_so: c.code });
  assert.equal(noReason.status, 422);
  assert.match(noReason.body, /Số tiền của khoản này khác số tiền hồ sơ phải nộp: cần ghi lý do\./);
  assert.deepEqual(payments(c.id), []);
  const noCode = await settle(reception, amountLine, 'gan', { ma_ho_so: '' });
  assert.equal(noCode.status, 422);
  assert.match(noCode.body, /Cần nhập mã hồ sơ để ghi nhận khoản này\./);
  const ok = await settle(reception, amountLine, 'gan', { ma_ho_so: c.code.toLowerCase(), ly_do: 'Công dân chuyển thiếu, đã <b>nộp bù</b> tại quầy' });
  assert.equal(ok.status, 303, ok.body.slice(0, 1500));
  assert.match(ok.headers.location, /\/can-bo\/thanh-toan\/sao-ke\?da-gan=1$/);
  assert.deepEqual(payments(c.id), [['transfer', 'transfer', 'paid', '90000', '100000', `FT${run}03`,
    'Công dân chuyển thiếu, đã <b>nộp bù</b> tại quầy']]);
  assert.equal(row(c.id, 'fee_paid')[0], '1');
  assert.deepEqual(lineByRef(`FT${run}03`).slice(0, 3), ['assigned', 'amount', String(c.id)]);
  assert.equal(audits(c.id, 'dossier.pay_transfer'), 1);
  // the same line again: no longer waiting
  const twice = await settle(reception, amountLine, 'gan', { ma_ho_so: c.code, ly_do: 'x' });
  assert.equal(twice.status, 404);
  assert.equal(payments(c.id).length, 1);
  // the unknown code's line, to the dossier the citizen meant
  const unknownLine = lineByRef(`FT${run}04`)[3];
  assert.equal((await settle(reception, unknownLine, 'gan', { ma_ho_so: a.code })).status, 409, 'a dossier already paid');
  assert.equal((await settle(reception, unknownLine, 'gan', { ma_ho_so: '000.00.09.H34-991231-9999' })).status, 422, 'no such dossier');
  const toE = await settle(reception, unknownLine, 'gan', { ma_ho_so: e.code });
  assert.equal(toE.status, 303);
  assert.deepEqual(payments(e.id), [['transfer', 'transfer', 'paid', '100000', '100000', `FT${run}04`, '']]);
  // dismissed, with a reason
  const noCodeLine = lineByRef(`FT${run}05`)[3];
  const dNo = await settle(reception, noCodeLine, 'bo-qua', {});
  assert.equal(dNo.status, 422);
  assert.match(dNo.body, /Cần ghi lý do bỏ qua khoản này\./);
  const dismissed = await settle(reception, noCodeLine, 'bo-qua', { ly_do: 'Khoản ủng hộ, không phải phí <i>hồ sơ</i>' });
  assert.equal(dismissed.status, 303);
  assert.deepEqual(lineByRef(`FT${run}05`).slice(0, 1), ['dismissed']);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM audit WHERE action = 'payment.statement_dismiss'
    AND detail = 'line ${noCodeLine}'`)[0][0]), 1);
  const page = await reception.get(B, `${PAGE}?da-bo-qua=1`);
  assert.match(page.body, /Đã bỏ qua khoản tiền vào\./);
  assert.ok(page.body.includes('Khoản ủng hộ, không phải phí &lt;i&gt;hồ sơ&lt;/i&gt;'), 'the reason, escaped');
  assert.ok(!page.body.includes(`id="dong-${noCodeLine}"`), 'no longer waiting');
}, { timeout: 240000 });

test('the wrong people: a citizen and a specialist refused, another agency\'s officer sees none of the lines and pays nothing', async () => {
  const d = await submitted();
  const twoCodes = lineByRef(`FT${run}06`)[3];
  assert.equal((await d.who.jar.get(B, PAGE)).status, 403, 'a citizen');
  assert.equal((await specialist.get(B, PAGE)).status, 403, 'a specialist');
  const ctok = await d.who.jar.token(B, `/ho-so/${d.code}`);
  const cpost = await postMultipart(d.who.jar, B, PAGE, { csrf: ctok },
    [{ name: 'sao_ke', filename: 'x.csv', type: 'text/csv', data: Buffer.from(`${HEAD}\n09/12/2026;;;100000;${d.code}\n`) }]);
  assert.equal(cpost.status, 403, 'a citizen cannot import');
  assert.equal((await d.who.jar.post(B, `${PAGE}/${twoCodes}/gan`, { csrf: ctok, ma_ho_so: d.code })).status, 403);
  const page = await outsider.get(B, PAGE);
  assert.equal(page.status, 200);
  assert.ok(!page.body.includes(`id="dong-${twoCodes}"`), 'another agency\'s lines are not listed');
  assert.equal((await settle(outsider, twoCodes, 'gan', { ma_ho_so: d.code })).status, 404);
  assert.equal((await settle(outsider, twoCodes, 'bo-qua', { ly_do: 'x' })).status, 404);
  // their own statement carrying our dossier's code pays nothing of ours
  const r = await upload(outsider, `${HEAD}\n09/12/2026;FT${run}30;;100.000;Nop phi ${d.code}\n`);
  assert.equal(r.status, 200);
  assert.equal(count(r.body, 'sk-da-khop'), 0);
  assert.equal(count(r.body, 'sk-cho'), 1);
  assert.deepEqual(lineByRef(`FT${run}30`).slice(0, 2), ['waiting', 'no_code']);
  assert.equal(row(d.id, 'fee_paid')[0], '0');
  assert.deepEqual(payments(d.id), []);
  assert.deepEqual(lineByRef(`FT${run}06`).slice(0, 1), ['waiting'], 'our line untouched');
}, { timeout: 180000 });
