// The reconciliation of online payments left without a notification
// (issue 14, section 2: "a status query used by dvcctl payment reconcile
// for payments left pending"), through the sandbox gateway's own status
// query. A citizen pays, the gateway's notification is lost (the
// sandbox's "not sent"): the payment waits; `dvcctl payment reconcile`
// asks the gateway and records it paid once, with the dossier's event,
// audit record and e-receipt. The gateway unreachable: a clear message,
// exit status 1, nothing changed. An answer that does not verify (a
// forged server): refused and audited, nothing changed. A payment the
// gateway never saw is cancelled once Payment.Gateway.AbandonHours have
// passed. The gateway down when the citizen starts paying: the portal's
// page says so (503), nothing started, the other ways to pay beside it;
// back up, paying goes on. The JSON route takes JSON only, and the form
// routes never take it.
import { createServer } from 'node:http';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createHmac } from 'node:crypto';
import { test, assert } from '../lib/t.mjs';
import { NGINX, RUN, BUILD, CONFIG, sql, configWith, dvcDev } from '../lib/env.mjs';
import { staffLogin } from '../lib/account.mjs';
import { row, events, submitted, step } from '../lib/office.mjs';

// it asks the gateway about every payment left pending: a payment another
// file is paying at that moment would be settled under it
export const serial = 'reconciles every online payment left pending';

const B = NGINX;
const SECRET = readFileSync(`${RUN}/etc/payment.secret`, 'utf8').replace(/\n$/, '');
const payment = (ref) => sql(`SELECT state, COALESCE(receipt_seq, '') FROM payment WHERE order_ref = '${ref}'`)[0];
const ctl = (args, cfg = CONFIG) => spawnSync(`${BUILD}/dvcctl`, ['-c', cfg, 'payment', ...args], { encoding: 'utf8' });
// the same without blocking this process (a server of this file answers it)
const ctlAsync = (args, cfg) => new Promise((done) => {
  const p = spawn(`${BUILD}/dvcctl`, ['-c', cfg, 'payment', ...args]);
  let stdout = '';
  let stderr = '';
  p.stdout.on('data', (c) => { stdout += c; });
  p.stderr.on('data', (c) => { stderr += c; });
  p.on('close', (status) => done({ status, stdout, stderr }));
});

let reception;

// The citizen starts paying and reaches the sandbox's page: its form.
async function atGateway(d) {
  const page = await d.who.jar.get(B, `/thanh-toan/ho-so/${d.code}`);
  const csrf = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  const r = await d.who.jar.post(B, `/thanh-toan/ho-so/${d.code}/truc-tuyen`, { csrf });
  assert.equal(r.status, 303);
  const url = new URL(r.headers.location);
  const gw = await d.who.jar.get(B, `${url.pathname}${url.search}`);
  return {
    ref: url.searchParams.get('vnp_TxnRef'),
    csrf: gw.body.match(/name="csrf" value="([^"]+)"/)[1],
    q: gw.body.match(/name="q" value="([^"]+)"/)[1].replace(/&amp;/g, '&'),
  };
}

test('logins', async () => {
  reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
}, { timeout: 120000 });

let d;
let lost;

test('paid, the notification lost: the payment waits, the citizen is told it is not confirmed yet', async () => {
  d = await submitted();
  assert.equal((await step(reception, d, 'tiep-nhan')).status, 303);
  lost = await atGateway(d);
  const r = await d.who.jar.post(B, '/cong-thanh-toan-thu/ket-qua', { csrf: lost.csrf, q: lost.q, chon: 'thanh-cong', lan: '0' });
  assert.equal(r.status, 303);
  assert.deepEqual(payment(lost.ref), ['started', '']);
  const back = await d.who.jar.get(B, new URL(r.headers.location).pathname);
  assert.match(back.body, /Chưa nhận được xác nhận thanh toán thành công/);
  assert.equal(row(d.id, 'fee_paid')[0], '0');
}, { timeout: 180000 });

test('the gateway unreachable: a clear message, exit status 1, nothing changed', async () => {
  const cfg = configWith('reconcile-down', { extra: 'Payment.Gateway.QueryUrl = http://127.0.0.1:9/truy-van' });
  const r = ctl(['reconcile', '--older-than', '0'], cfg);
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stdout, new RegExp(`${lost.ref}: không liên lạc được cổng thanh toán: chưa đối soát – không kết nối được 127\\.0\\.0\\.1:9`));
  assert.match(r.stderr, /chưa đối soát được vì không liên lạc được cổng thanh toán; hãy chạy lại sau/);
  assert.deepEqual(payment(lost.ref), ['started', '']);
}, { timeout: 60000 });

test('a forged answer (a server without the secret): refused and audited, nothing changed', async () => {
  const forged = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      const q = JSON.parse(body);
      const a = {
        vnp_ResponseId: 'x1', vnp_Command: 'querydr', vnp_ResponseCode: '00', vnp_Message: 'ok',
        vnp_TmnCode: q.vnp_TmnCode, vnp_TxnRef: q.vnp_TxnRef, vnp_Amount: '10000000',
        vnp_TransactionNo: '1', vnp_TransactionStatus: '00',
      };
      a.vnp_SecureHash = createHmac('sha512', 'not-the-merchant-secret').update('x').digest('hex');
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(a));
    });
  });
  await new Promise((ok) => forged.listen(0, '127.0.0.1', ok));
  try {
    const cfg = configWith('reconcile-forged', { extra: `Payment.Gateway.QueryUrl = http://127.0.0.1:${forged.address().port}/q` });
    const before = Number(sql("SELECT COUNT(*) FROM audit WHERE action = 'payment.refused' AND detail LIKE '%bad signature (answer)%'")[0][0]);
    const r = await ctlAsync(['reconcile', '--older-than', '0'], cfg);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, new RegExp(`${lost.ref}: câu trả lời của cổng thanh toán không hợp lệ`));
    assert.ok(Number(sql("SELECT COUNT(*) FROM audit WHERE action = 'payment.refused' AND detail LIKE '%bad signature (answer)%'")[0][0]) > before);
    assert.deepEqual(payment(lost.ref), ['started', '']);
    assert.equal(row(d.id, 'fee_paid')[0], '0');
  } finally {
    forged.close();
  }
}, { timeout: 60000 });

test('reconciled through the gateway\'s status query: paid once, with the dossier\'s event, audit record and e-receipt', async () => {
  const r = ctl(['reconcile', '--older-than', '0']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, new RegExp(`${lost.ref}: đã thanh toán: cổng thanh toán xác nhận, đã ghi nhận`));
  assert.match(r.stdout, /đã hỏi cổng thanh toán \d+ giao dịch chờ quá 0 phút: [1-9]\d* đã thanh toán/);
  const [state, seq] = payment(lost.ref);
  assert.equal(state, 'paid');
  assert.ok(Number(seq) >= 1, 'its e-receipt numbered');
  assert.equal(row(d.id, 'fee_paid')[0], '1');
  assert.equal(events(d.id).filter((e) => e === 'pay_online').length, 1);
  assert.deepEqual(sql(`SELECT e.source FROM payment_event e JOIN payment p ON p.id = e.payment_id
    WHERE p.order_ref = '${lost.ref}' AND e.state_to = 'paid'`).map((x) => x[0]), ['gateway']);
  // again: nothing left for this order
  const again = ctl(['reconcile', '--older-than', '0']);
  assert.equal(again.status, 0);
  assert.ok(!again.stdout.includes(`${lost.ref}:`), 'paid: no longer asked');
  assert.equal(events(d.id).filter((e) => e === 'pay_online').length, 1);
  // the citizen sees it paid
  assert.match((await d.who.jar.get(B, `/thanh-toan/ho-so/${d.code}`)).body, /id="phi-tinh-trang"><span class="badge badge-ok">Đã nộp/);
}, { timeout: 60000 });

test('a payment the gateway never saw: left while it may come, cancelled after Payment.Gateway.AbandonHours', async () => {
  const e = await submitted();
  assert.equal((await step(reception, e, 'tiep-nhan')).status, 303);
  const { ref } = await atGateway(e);	// the citizen left the gateway's page
  let r = ctl(['reconcile', '--older-than', '0']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, new RegExp(`${ref}: cổng thanh toán chưa có giao dịch này: chờ tiếp`));
  assert.equal(payment(ref)[0], 'started');
  const cfg = configWith('reconcile-abandon', { drop: ['Payment.Gateway.AbandonHours'], extra: 'Payment.Gateway.AbandonHours = 0' });
  r = ctl(['reconcile', '--older-than', '0'], cfg);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, new RegExp(`${ref}: cổng thanh toán không có giao dịch này: đã hủy`));
  assert.equal(payment(ref)[0], 'cancelled');
  assert.deepEqual(sql(`SELECT e.state_from, e.state_to, e.source, e.note FROM payment_event e JOIN payment p
    ON p.id = e.payment_id WHERE p.order_ref = '${ref}' ORDER BY e.id DESC LIMIT 1`)[0], ['started', 'cancelled', 'gateway', '91']);
  // the citizen may start again
  assert.match((await e.who.jar.get(B, `/thanh-toan/ho-so/${e.code}`)).body, /id="thanh-toan-truc-tuyen"/);
}, { timeout: 180000 });

test('the gateway down when the citizen starts paying: said on the portal, nothing started; back up, paying goes on', async () => {
  const g = await submitted();
  assert.equal((await step(reception, g, 'tiep-nhan')).status, 303);
  const page = await g.who.jar.get(B, `/thanh-toan/ho-so/${g.code}`);
  const csrf = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  dvcDev('sandbox-stop');
  try {
    const r = await g.who.jar.post(B, `/thanh-toan/ho-so/${g.code}/truc-tuyen`, { csrf });
    assert.equal(r.status, 503);
    assert.match(r.body, /id="cong-khong-tra-loi"><p>Cổng thanh toán trực tuyến hiện không trả lời; chưa có khoản tiền nào bị trừ/);
    assert.match(r.body, /id="phi-cach-nop"/, 'the other ways to pay on the same page');
    assert.match(r.body, /id="thanh-toan-truc-tuyen"/, 'and the button to try again');
    assert.equal(Number(sql(`SELECT COUNT(*) FROM payment WHERE dossier_id = ${g.id}`)[0][0]), 0, 'nothing started');
  } finally {
    dvcDev('sandbox-start');
  }
  let again;
  for (let i = 0; i < 50; i++) {	// the sandbox back on its socket
    again = await g.who.jar.post(B, `/thanh-toan/ho-so/${g.code}/truc-tuyen`, { csrf });
    if (again.status !== 503) break;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  assert.equal(again.status, 303);
  assert.match(again.headers.location, /\/cong-thanh-toan-thu\/thanh-toan\?/);
}, { timeout: 180000 });

test('bad options refused with the usage; the JSON route takes JSON only, the form routes never', async () => {
  for (const args of [['reconcile', '--older-than', 'abc'], ['reconcile', '--older-than', '-1'], ['reconcile', 'x'], ['doi-soat']]) {
    const r = ctl(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /dùng: dvcctl payment reconcile|--older-than: số phút/, args.join(' '));
  }
  const form = await fetch(`${B}/cong-thanh-toan-thu/truy-van`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
  assert.equal(form.status, 415);
  const json = await fetch(`${B}/gop-y`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"a":"1"}' });
  assert.equal(json.status, 415);
  // the sandbox's query, unsigned or malformed: its refusal, signed
  for (const [body, code] of [['{"vnp_TxnRef":"DVC1"}', '97'], ['[1,2]', '03'], ['{"a":', '03'], ['{"a":"1","a":"2"}', '03']]) {
    const r = await fetch(`${B}/cong-thanh-toan-thu/truy-van`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    assert.equal(r.status, 200, body);
    const a = await r.json();
    assert.equal(a.vnp_ResponseCode, code, body);
    const piped = ['vnp_ResponseId', 'vnp_Command', 'vnp_ResponseCode', 'vnp_Message', 'vnp_TmnCode', 'vnp_TxnRef',
      'vnp_Amount', 'vnp_BankCode', 'vnp_PayDate', 'vnp_TransactionNo', 'vnp_TransactionType',
      'vnp_TransactionStatus', 'vnp_OrderInfo', 'vnp_PromotionCode', 'vnp_PromotionAmount'].map((k) => a[k] ?? '').join('|');
    assert.equal(a.vnp_SecureHash, createHmac('sha512', SECRET).update(piped).digest('hex'), `${body}: signed`);
  }
}, { timeout: 60000 });
