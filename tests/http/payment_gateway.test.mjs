// Paying online (issue 14, section 2, the gateway) through nginx: the
// citizen's payment page, the signed redirect to the gateway (its
// HMAC-SHA512 checked here with node's own crypto, not the portal's
// code), and the gateway's server-to-server notification as the only
// thing that marks a payment paid. Every bad notification of the issue:
// a wrong signature, a changed amount, another merchant, another
// currency, an unknown order, a malformed query, an already-paid order,
// a replay, a reversed order (a failure after the success), 50 identical
// notifications at once: the payment's state is right and recorded
// once, and every refused one has its audit record. The browser's
// return, whatever it carries, only shows the state.
import { readFileSync } from 'node:fs';
import { createHmac } from 'node:crypto';
import { test, assert } from '../lib/t.mjs';
import { NGINX, RUN, sql } from '../lib/env.mjs';
import { newCitizen, staffLogin } from '../lib/account.mjs';
import { row, version, events, submitted, step, feeOwed } from '../lib/office.mjs';

const B = NGINX;
const SECRET = readFileSync(`${RUN}/etc/payment.secret`, 'utf8').replace(/\n$/, '');
const MERCHANT = 'DVCKT001';

// PHP's urlencode, which the gateways sign with: space '+', every byte
// outside A-Z a-z 0-9 - _ . as %XX
const enc = (s) => encodeURIComponent(s).replace(/%20/g, '+')
  .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const canonical = (p) => Object.keys(p).filter((k) => k.startsWith('vnp_') && k !== 'vnp_SecureHash'
  && k !== 'vnp_SecureHashType' && p[k] !== '').sort().map((k) => `${k}=${enc(p[k])}`).join('&');
const sign = (p, key = SECRET) => createHmac('sha512', key).update(canonical(p)).digest('hex');
const query = (p) => Object.keys(p).map((k) => `${enc(k)}=${enc(p[k])}`).join('&');

let reception;
let txn = 1000;

// A notification as the gateway sends it (signed unless told otherwise).
function note(ref, amount, over = {}, key = SECRET) {
  const p = {
    vnp_Amount: String(amount * 100), vnp_BankCode: 'NCB', vnp_OrderInfo: 'Nop phi le phi',
    vnp_PayDate: '20261207120501', vnp_ResponseCode: '00', vnp_TmnCode: MERCHANT,
    vnp_TransactionNo: String(++txn), vnp_TransactionStatus: '00', vnp_TxnRef: ref, ...over,
  };
  p.vnp_SecureHashType = 'HmacSHA512';
  p.vnp_SecureHash = sign(p, key);
  return p;
}
async function notify(p) {
  const r = await fetch(`${B}/thanh-toan/thong-bao?${typeof p === 'string' ? p : query(p)}`);
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /application\/json/);
  return (await r.json()).RspCode;
}
const payment = (ref) => sql(`SELECT state, amount, COALESCE(gateway_txn, '') FROM payment WHERE order_ref = '${ref}'`)[0];
const refused = () => Number(sql("SELECT COUNT(*) FROM audit WHERE action = 'payment.refused'")[0][0]);
const paidEvents = (ref) => Number(sql(`SELECT COUNT(*) FROM payment_event e JOIN payment p ON p.id = e.payment_id
  WHERE p.order_ref = '${ref}' AND e.state_to = 'paid'`)[0][0]);

// The citizen starts paying: the redirect, checked; the order reference.
async function start(d) {
  const page = await d.who.jar.get(B, `/thanh-toan/ho-so/${d.code}`);
  assert.equal(page.status, 200);
  assert.match(page.body, /id="thanh-toan-truc-tuyen"/, 'the online button');
  const csrf = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  const r = await d.who.jar.post(B, `/thanh-toan/ho-so/${d.code}/truc-tuyen`, { csrf });
  assert.equal(r.status, 303, r.body.slice(0, 1000));
  const url = new URL(r.headers.location);
  assert.equal(`${url.origin}${url.pathname}`, `${B}/cong-thanh-toan-thu/thanh-toan`, 'to the sandbox gateway');
  const p = Object.fromEntries(url.searchParams);
  assert.equal(p.vnp_SecureHash, sign(p), 'signed with the merchant secret, as computed here');
  assert.equal(p.vnp_TmnCode, MERCHANT);
  assert.equal(p.vnp_CurrCode, 'VND');
  assert.equal(p.vnp_ReturnUrl, `${B}/thanh-toan/ho-so/${d.code}/ket-qua`);
  assert.deepEqual(payment(p.vnp_TxnRef).slice(0, 2), ['started', String(Number(p.vnp_Amount) / 100)]);
  assert.ok(!r.headers.location.includes(SECRET) && !readFileSync(`${RUN}/log/dvc.log`, 'utf8').includes(SECRET),
    'the secret neither in the URL nor in the log');
  return { ref: p.vnp_TxnRef, amount: Number(p.vnp_Amount) / 100 };
}

test('logins', async () => {
  reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
}, { timeout: 180000 });

let d;
let o;

test('the payment page and the signed redirect: a payment started, nothing paid by it', async () => {
  d = await submitted();
  assert.equal((await step(reception, d, 'tiep-nhan')).status, 303);
  const view = await d.who.jar.get(B, `/ho-so/${d.code}`);
  assert.match(view.body, /id="nop-phi" href="\/thanh-toan\/ho-so\//, 'the dossier page links the payment page');
  const stranger = await newCitizen(B);
  assert.equal((await stranger.jar.get(B, `/thanh-toan/ho-so/${d.code}`)).status, 404);
  o = await start(d);
  assert.equal(o.amount, 100000);
  assert.equal(row(d.id, 'fee_paid')[0], '0');
  assert.equal(Number(sql(`SELECT COUNT(*) FROM audit WHERE action = 'payment.start' AND object_id = ${d.id}`)[0][0]), 1);
}, { timeout: 180000 });

test('refused notifications: signature, amount, merchant, currency, order, malformed; each audited, nothing changed', async () => {
  const v = version(d.id);
  const cases = [
    [note(o.ref, o.amount, {}, 'not-the-secret-0123456789'), '97', 'a wrong signature'],
    [(() => { const p = note(o.ref, o.amount); p.vnp_Amount = '100'; return p; })(), '97', 'the amount changed after signing'],
    [note(o.ref, o.amount - 1), '04', 'another amount, signed'],
    [note(o.ref, o.amount, { vnp_TmnCode: 'KHAC0001' }), '99', 'another merchant'],
    [note(o.ref, o.amount, { vnp_CurrCode: 'USD' }), '99', 'another currency'],
    [note('DVC999999999', o.amount), '01', 'an unknown order'],
    [`vnp_TxnRef=${o.ref}&vnp_Amount=10000000`, '97', 'no signature'],
    [`${query(note(o.ref, o.amount))}&vnp_TxnRef=${o.ref}`, '99', 'a parameter twice'],
    ['', '97', 'nothing: no signature, as the gateways answer it'],
  ];
  for (const [p, code, what] of cases) {
    const before = refused();
    assert.equal(await notify(p), code, what);
    assert.equal(refused(), before + 1, `${what}: on record`);
  }
  // A query that is not even well-formed (a bad percent escape) never
  // reaches the payment code: the request gate refuses it for every route
  // alike, with 400, before any handler runs.
  const bad = await fetch(`${B}/thanh-toan/thong-bao?vnp_TxnRef=%zz`);
  assert.equal(bad.status, 400, 'a bad escape: refused by the gate');
  assert.deepEqual(payment(o.ref), ['started', '100000', '']);
  assert.equal(row(d.id, 'fee_paid')[0], '0');
  assert.equal(version(d.id), v);
  // the browser's return, with whatever it carries, only shows the state
  const back = await d.who.jar.get(B, `/thanh-toan/ho-so/${d.code}/ket-qua?${query(note(o.ref, o.amount))}`);
  assert.equal(back.status, 200);
  assert.match(back.body, /Chưa nhận được xác nhận thanh toán thành công/);
  assert.equal(payment(o.ref)[0], 'started');
}, { timeout: 180000 });

test('a failure first, then the success: paid once, with the dossier\'s event and audit record; replays and a late failure change nothing', async () => {
  assert.equal(await notify(note(o.ref, o.amount, { vnp_ResponseCode: '51', vnp_TransactionStatus: '02' })), '00');
  assert.equal(payment(o.ref)[0], 'failed');
  assert.equal(row(d.id, 'fee_paid')[0], '0');
  const ok = note(o.ref, o.amount);
  assert.equal(await notify(ok), '00');
  assert.deepEqual(payment(o.ref), ['paid', '100000', ok.vnp_TransactionNo]);
  assert.equal(row(d.id, 'fee_paid')[0], '1');
  assert.equal(events(d.id).filter((e) => e === 'pay_online').length, 1);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM audit WHERE action = 'dossier.pay_online' AND object_id = ${d.id}`)[0][0]), 1);
  const before = refused();
  assert.equal(await notify(ok), '02', 'the same notification again');
  assert.equal(await notify(note(o.ref, o.amount, { vnp_ResponseCode: '24' })), '02', 'a cancellation after');
  assert.equal(await notify(note(o.ref, o.amount, { vnp_ResponseCode: '51', vnp_TransactionStatus: '02' })), '02', 'a late failure');
  assert.equal(refused(), before + 3, 'each on record');
  assert.equal(payment(o.ref)[0], 'paid');
  assert.equal(paidEvents(o.ref), 1);
  assert.equal(events(d.id).filter((e) => e === 'pay_online').length, 1);
  // the citizen sees it paid; nothing more to pay online
  const back = await d.who.jar.get(B, `/thanh-toan/ho-so/${d.code}/ket-qua`);
  assert.match(back.body, /Cổng thanh toán đã báo thanh toán thành công/);
  assert.match(back.body, /Trực tuyến/);
  assert.ok(!back.body.includes('id="thanh-toan-truc-tuyen"'));
  const csrf = back.body.match(/name="csrf" value="([^"]+)"/);
  const tok = csrf ? csrf[1] : await d.who.jar.token(B, `/ho-so/${d.code}`);
  const again = await d.who.jar.post(B, `/thanh-toan/ho-so/${d.code}/truc-tuyen`, { csrf: tok });
  assert.equal(again.status, 409);
  assert.match(again.body, /Hồ sơ không còn khoản phí, lệ phí nào phải nộp/);
  // the scorecard counts it among the dossiers paid online: read between
  // two counts of the database, as other files pay meanwhile
  const year = new Date(Date.now() + 7 * 3600e3).getUTCFullYear();
  const counts = () => sql(`SELECT COUNT(DISTINCT p.dossier_id),
    COUNT(DISTINCT IF(p.method IN ('gateway', 'transfer'), p.dossier_id, NULL)) FROM payment p
    JOIN agency a ON a.id = p.agency_id WHERE a.code = '000.00.09.H34' AND p.state IN ('paid', 'refunded')
    AND YEAR(p.paid_at) = ${year}`)[0].map(Number);
  const was = counts();
  const card = (await reception.get(B, `/can-bo/bao-cao/chi-so?ky=nam&nam=${year}&co_quan=000.00.09.H34`)).body;
  const now = counts();
  const m = card.match(/id="chi-so-thanh-toan-truc-tuyen"><strong class="rate">[\d,]+%<\/strong>[\s\S]*?= (\d+) \/ (\d+) × 100/);
  assert.ok(m, 'the share of dossiers paid online, with its formula');
  const [online, paid] = [Number(m[1]), Number(m[2])];
  assert.ok(online >= 1 && online >= was[1] && online <= now[1], `paid online: ${was[1]} <= ${online} <= ${now[1]}`);
  assert.ok(paid >= was[0] && paid <= now[0] && online <= paid, `paid: ${was[0]} <= ${paid} <= ${now[0]}`);
  // reception: nothing to collect at the counter, the hand-over goes on
  assert.equal(await feeOwed(reception, d), null);
  assert.equal((await step(reception, d, 'chuyen-xu-ly')).status, 303);
}, { timeout: 180000 });

test('50 identical notifications at once: paid once, 49 refused and audited', async () => {
  const e = await submitted();
  assert.equal((await step(reception, e, 'tiep-nhan')).status, 303);
  const p = await start(e);
  const n = note(p.ref, p.amount);
  const before = refused();
  const codes = await Promise.all(Array.from({ length: 50 }, () => notify(n)));
  assert.equal(codes.filter((c) => c === '00').length, 1, codes.join(' '));
  assert.equal(codes.filter((c) => c === '02').length, 49);
  assert.equal(payment(p.ref)[0], 'paid');
  assert.equal(paidEvents(p.ref), 1);
  assert.equal(events(e.id).filter((x) => x === 'pay_online').length, 1);
  assert.equal(refused(), before + 49);
  assert.equal(row(e.id, 'fee_paid')[0], '1');
}, { timeout: 240000 });

// The sandbox gateway's page, as the citizen's browser reaches it.
async function sandboxPage(jar, d) {
  const page = await d.who.jar.get(B, `/thanh-toan/ho-so/${d.code}`);
  const csrf = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  const r = await d.who.jar.post(B, `/thanh-toan/ho-so/${d.code}/truc-tuyen`, { csrf });
  assert.equal(r.status, 303);
  const url = new URL(r.headers.location);
  const gw = await jar.get(B, `${url.pathname}${url.search}`);
  assert.equal(gw.status, 200, gw.body.slice(0, 500));
  return { url, gw, ref: url.searchParams.get('vnp_TxnRef') };
}

test('the sandbox gateway: a tampered redirect refused; success sent twice is paid once, and the browser comes back to the state', async () => {
  const f = await submitted();
  assert.equal((await step(reception, f, 'tiep-nhan')).status, 303);
  const jar = f.who.jar;
  const { url, gw, ref } = await sandboxPage(jar, f);
  assert.match(gw.body, /Cổng thanh toán thử nghiệm/);
  assert.match(gw.body, /id="so-tien"><strong>100\.000 đồng<\/strong>/);
  assert.ok(gw.body.includes(`id="ma-don">${ref}<`));
  // a redirect changed on the way: the gateway refuses it
  const bad = new URL(url);
  bad.searchParams.set('vnp_Amount', '100');
  const refusedPage = await jar.get(B, `${bad.pathname}${bad.search}`);
  assert.equal(refusedPage.status, 400);
  assert.match(refusedPage.body, /sai chữ ký/);
  // success, the notification sent twice: paid once
  const csrf = gw.body.match(/name="csrf" value="([^"]+)"/)[1];
  const q = gw.body.match(/name="q" value="([^"]+)"/)[1].replace(/&amp;/g, '&');
  const before = refused();
  const r = await jar.post(B, '/cong-thanh-toan-thu/ket-qua', { csrf, q, chon: 'thanh-cong', lan: '2' });
  assert.equal(r.status, 303);
  const back = new URL(r.headers.location);
  assert.equal(back.pathname, `/thanh-toan/ho-so/${f.code}/ket-qua`);
  assert.equal(back.searchParams.get('vnp_ResponseCode'), '00');
  assert.equal(back.searchParams.get('vnp_SecureHash'), sign(Object.fromEntries(back.searchParams)), 'the way back signed too');
  assert.equal(payment(ref)[0], 'paid');
  assert.equal(paidEvents(ref), 1);
  assert.equal(refused(), before + 1, 'the second notification refused, on record');
  const page = await jar.get(B, `${back.pathname}${back.search}`);
  assert.match(page.body, /Cổng thanh toán đã báo thanh toán thành công/);
}, { timeout: 180000 });

test('the sandbox gateway: cancelled, then a failure; the citizen may try again and pay', async () => {
  const g = await submitted();
  assert.equal((await step(reception, g, 'tiep-nhan')).status, 303);
  const jar = g.who.jar;
  let s = await sandboxPage(jar, g);
  let csrf = s.gw.body.match(/name="csrf" value="([^"]+)"/)[1];
  let q = s.gw.body.match(/name="q" value="([^"]+)"/)[1].replace(/&amp;/g, '&');
  let r = await jar.post(B, '/cong-thanh-toan-thu/ket-qua', { csrf, q, chon: 'huy' });
  assert.equal(r.status, 303);
  assert.equal(payment(s.ref)[0], 'cancelled');
  const page = await jar.get(B, new URL(r.headers.location).pathname);
  assert.match(page.body, /Chưa nhận được xác nhận thanh toán thành công/);
  assert.match(page.body, /id="thanh-toan-truc-tuyen"/, 'offered again');
  s = await sandboxPage(jar, g);
  csrf = s.gw.body.match(/name="csrf" value="([^"]+)"/)[1];
  q = s.gw.body.match(/name="q" value="([^"]+)"/)[1].replace(/&amp;/g, '&');
  r = await jar.post(B, '/cong-thanh-toan-thu/ket-qua', { csrf, q, chon: 'that-bai' });
  assert.equal(payment(s.ref)[0], 'failed');
  s = await sandboxPage(jar, g);
  csrf = s.gw.body.match(/name="csrf" value="([^"]+)"/)[1];
  q = s.gw.body.match(/name="q" value="([^"]+)"/)[1].replace(/&amp;/g, '&');
  r = await jar.post(B, '/cong-thanh-toan-thu/ket-qua', { csrf, q, chon: 'thanh-cong', dao: '1' });
  assert.equal(payment(s.ref)[0], 'paid', 'the failure sent after the success changes nothing');
  assert.equal(row(g.id, 'fee_paid')[0], '1');
  assert.equal(Number(sql(`SELECT COUNT(*) FROM payment WHERE dossier_id = ${g.id}`)[0][0]), 3, 'three tries, each kept');
}, { timeout: 180000 });

test('paid after the agency stopped the dossier (a late notification): recorded paid, and owed back', async () => {
  const leader = await staffLogin(B, 'lanhdao@tuphap.kontum.demo');
  const h = await submitted();
  assert.equal((await step(reception, h, 'tiep-nhan')).status, 303);
  const p = await start(h);
  assert.equal((await step(leader, h, 'dung-giai-quyet', { xac_nhan: '1', ly_do: 'Không đủ điều kiện' })).status, 303);
  assert.deepEqual(row(h.id, 'status, refund_due'), ['8', '0'], 'nothing paid yet: nothing owed back');
  assert.equal(await notify(note(p.ref, p.amount)), '00');
  assert.equal(payment(p.ref)[0], 'paid');
  assert.deepEqual(row(h.id, 'status, fee_paid, refund_due'), ['8', '1', '1']);
}, { timeout: 180000 });
