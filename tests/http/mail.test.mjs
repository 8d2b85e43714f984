// Mail: dvcctl queues and sends through the instance's msmtp to the local
// SMTP sink, which keeps each message in DVC_MAILDIR. The messages are
// parsed here as a mail reader would: headers, RFC 2047 words, MIME parts.
import { test, assert } from '../lib/t.mjs';
import { delivered, decodeWords, parseHeaders, parseMessage } from '../lib/mail.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { BUILD, CONFIG, MAILDIR, RUN, sql } from '../lib/env.mjs';

// tests/run.mjs runs this file alone, because it:
export const serial = 'makes the SMTP sink fail on purpose, and its `mail send` sends the mail every file queued';

const FAIL = `${MAILDIR}/FAIL`;
const TEST_SUBJECT = 'Thư thử từ Cổng Dịch vụ công: kiểm tra đường gửi thư điện tử';

function ctl(args, config = CONFIG) {
  return spawnSync(`${BUILD}/dvcctl`, ['-c', config, ...args], { encoding: 'utf8' });
}

function unique(name) {
  return `${name}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.vn`;
}

function queue(addr, extra = []) {
  const r = ctl(['mail', 'test', addr, ...extra]);
  assert.equal(r.status, 0, r.stderr);
  const m = r.stdout.match(/#(\d+)/);
  assert.ok(m, r.stdout);
  return m[1];
}

function send(config, extra = []) {
  const r = ctl(['mail', 'send', ...extra], config);
  assert.equal(r.status, 0, `mail send: ${r.stderr}${r.stdout}`);
  assert.match(r.stdout, /^đã gửi \d+ thư, \d+ lần gửi lỗi$/m);
  return r.stdout;
}

// The portal's sessions run in Vietnam time (core/db.c); root's client
// must too, or NOW() differs from what dvcctl wrote by hours.
const TZ = "SET time_zone = '+07:00';";

function row(id) {
  const [r] = sql(`${TZ} SELECT status, attempts, IFNULL(last_error, ''), sent_at IS NOT NULL,
    TIMESTAMPDIFF(SECOND, NOW(), next_attempt_at) FROM mail_outbox WHERE id = ${id}`);
  return { status: r[0], attempts: Number(r[1]), error: r[2], sent: r[3] === '1', wait: Number(r[4]) };
}

function due(id) {
  sql(`${TZ} UPDATE mail_outbox SET next_attempt_at = NOW() WHERE id = ${id}`);
}

function stored(id, col) {
  const hex = sql(`SELECT HEX(${col}) FROM mail_outbox WHERE id = ${id}`)[0][0];
  return Buffer.from(hex, 'hex').toString('utf8');
}

test('mail test + mail send: a MIME message with Vietnamese subject, text and HTML reaches the sink', () => {
  rmSync(FAIL, { force: true });
  // the mail the other files queued goes first (a pass sends 100 at most)
  send(undefined, ['--limit', '100000']);
  const addr = unique('nguoi-nhan');
  const id = queue(addr);
  assert.equal(row(id).status, 'queued');
  const out = send();
  assert.match(out, new RegExp(`#${id} ${addr.replace(/\./g, '\\.')}: đã gửi`));
  const got = delivered(addr);
  assert.equal(got.length, 1, 'exactly one message for the address');
  const { env, text } = got[0];
  assert.equal(env.from, 'dichvucong@kontum.demo', 'envelope sender from msmtprc');

  for (const l of text.split('\r\n')) assert.ok(l.length <= 998, `line of ${l.length} characters`);
  assert.ok(!/[^\r]\n/.test(text), 'CRLF line ends on the wire');
  const { headers: h, parts } = parseMessage(text);
  for (const l of text.slice(0, text.indexOf('\r\n\r\n')).split('\r\n')) {
    assert.ok(l.length <= 78, `header line of ${l.length}: ${l}`);
  }
  for (const k of ['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type']) {
    assert.ok(h[k], `header ${k}`);
  }
  assert.equal(h.to, addr);
  assert.equal(h['mime-version'], '1.0');
  assert.match(h.date, /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/);
  assert.ok(Math.abs(Date.parse(h.date) - Date.now()) < 120000, 'Date is now');
  assert.match(h['message-id'], /^<[0-9a-f]{32}@kontum\.demo>$/);
  assert.match(h['content-type'], /^multipart\/alternative;\s*boundary="=_dvc_[0-9a-f]{24}"$/);
  assert.match(h.subject, /^=\?UTF-8\?B\?/, 'the subject is encoded');
  assert.equal(decodeWords(h.subject), TEST_SUBJECT);
  assert.match(h.from, /^=\?UTF-8\?B\?.*\?= <dichvucong@kontum\.demo>$/);
  assert.equal(decodeWords(h.from), 'Cổng Dịch vụ công Kon Tum (minh họa) <dichvucong@kontum.demo>');

  assert.equal(parts.length, 2, 'text and HTML');
  assert.equal(parts[0].headers['content-type'], 'text/plain; charset=utf-8');
  assert.equal(parts[1].headers['content-type'], 'text/html; charset=utf-8');
  for (const p of parts) assert.equal(p.headers['content-transfer-encoding'], 'base64');
  // text in canonical form (CRLF), otherwise exactly what was queued
  const textStored = stored(id, 'body_text');
  const htmlStored = stored(id, 'body_html');
  assert.match(textStored, /đủ\ndấu tiếng Việt \(ă â đ ê ô ơ ư, Ả Ấ Ữ Ỹ\)/);
  assert.equal(parts[0].text, textStored.replace(/\n/g, '\r\n'));
  assert.equal(parts[1].text, htmlStored.replace(/\n/g, '\r\n'));
  assert.match(parts[1].text, /<strong>ă â đ ê ô ơ ư, Ả Ấ Ữ Ỹ<\/strong>/);

  const r = row(id);
  assert.equal(r.status, 'sent');
  assert.ok(r.sent, 'sent_at set');
  assert.equal(r.attempts, 1);
  assert.equal(r.error, '');
  // sent once only
  send();
  assert.equal(delivered(addr).length, 1);
});

test('a long subject is split into encoded-words at character boundaries', () => {
  const addr = unique('tieu-de-dai');
  const subject = 'Hồ sơ số 000.00.09.H34-261128-0001 của ông Nguyễn Văn Ước đã được tiếp nhận, '
    + 'đề nghị bổ sung giấy tờ theo hướng dẫn của Sở Tư pháp tỉnh Kon Tum trước ngày 30/11';
  const id = queue(addr, ['--subject', subject]);
  send();
  const [{ text }] = delivered(addr);
  const head = text.slice(0, text.indexOf('\r\n\r\n'));
  for (const l of head.split('\r\n')) assert.ok(l.length <= 78, `header line of ${l.length}: ${l}`);
  const h = parseHeaders(head);
  assert.ok((h.subject.match(/=\?UTF-8\?B\?/g) || []).length >= 3, 'several words');
  assert.equal(decodeWords(h.subject), subject, 'no word splits a character');
  assert.equal(row(id).status, 'sent');
});

test('a failing server: retried later with a doubling wait, failed after Mail.MaxAttempts, then mail flows again', () => {
  const addr = unique('thu-lai');
  writeFileSync(FAIL, '');
  try {
    const id = queue(addr);
    let out = send();
    assert.match(out, new RegExp(`#${id} .*: lỗi lần 1/3: /usr/bin/msmtp thoát với mã \\d+: msmtp: .*451`));
    let r = row(id);
    assert.equal(r.status, 'queued');
    assert.equal(r.attempts, 1);
    assert.match(r.error, /451 4\.3\.0 smtp-sink: failing on purpose/);
    assert.ok(r.wait > 40 && r.wait <= 60, `next attempt in about 1 minute, not ${r.wait} s`);
    // not due yet: the next pass leaves it alone
    send();
    assert.equal(row(id).attempts, 1);

    due(id);
    out = send();
    assert.match(out, /lỗi lần 2\/3/);
    r = row(id);
    assert.equal(r.status, 'queued');
    assert.equal(r.attempts, 2);
    assert.ok(r.wait > 100 && r.wait <= 120, `then about 2 minutes, not ${r.wait} s`);

    const list = ctl(['mail', 'list', '--limit', '20']);
    assert.equal(list.status, 0, list.stderr);
    assert.match(list.stdout, new RegExp(`#${id} +queued +2 lần .*${addr.replace(/\./g, '\\.')}`));
    assert.match(list.stdout, /lỗi: .*451/);

    due(id);
    send();
    r = row(id);
    assert.equal(r.status, 'failed');
    assert.equal(r.attempts, 3);
    assert.match(r.error, /451/);
    due(id);
    send();
    assert.equal(row(id).attempts, 3, 'a failed message is not tried again');
    assert.equal(delivered(addr).length, 0);
  } finally {
    rmSync(FAIL, { force: true });
  }
  const again = unique('sau-su-co');
  const id2 = queue(again);
  send();
  assert.equal(delivered(again).length, 1);
  assert.equal(row(id2).status, 'sent');
});

test('header injection: CR/LF or a second recipient in address or subject is refused, nothing sent', () => {
  const victim = unique('nan-nhan');
  const before = sql('SELECT COUNT(*) FROM mail_outbox')[0][0];
  for (const args of [
    [`a@example.vn\r\nBcc: ${victim}`],
    [`a@example.vn\nBcc: ${victim}`],
    [`a@example.vn, ${victim}`],
    [`Tên <${victim}>`],
    ['ok@example.vn', '--subject', `Chào\r\nBcc: ${victim}`],
    ['ok@example.vn', '--subject', `Chào\nContent-Type: text/html`],
  ]) {
    const r = ctl(['mail', 'test', ...args]);
    assert.equal(r.status, 1, `refused: ${JSON.stringify(args)}`);
    assert.match(r.stderr, /mail_refused/);
    assert.match(r.stderr, /không xếp được thư thử/);
  }
  assert.equal(sql('SELECT COUNT(*) FROM mail_outbox')[0][0], before, 'no row queued');

  // A row written some other way is checked again when sent.
  sql(`INSERT INTO mail_outbox (to_addr, subject, body_text) VALUES
    ('ok@example.vn', CONCAT('Chào', CHAR(13), CHAR(10), 'Bcc: ${victim}'), 'nội dung')`);
  const id = sql('SELECT MAX(id) FROM mail_outbox')[0][0];
  const out = send();
  assert.match(out, new RegExp(`#${id} .*thư không hợp lệ: tiêu đề có xuống dòng`));
  const r = row(id);
  assert.equal(r.status, 'failed', 'never retried');
  assert.equal(r.attempts, 1);
  assert.equal(delivered(victim).length, 0);
  assert.equal(delivered('ok@example.vn').length, 0);
});

test('a sendmail that does not exist or fails: the reason is recorded, no crash, the message waits', () => {
  const cfg = `${RUN}/etc/dvc-badmail.hdf`;
  const addr = unique('khong-co-sendmail');
  send();	// mail other tests queued goes first: the counts below are this message's
  const id = queue(addr);
  const attempts = [
    ['/nonexistent/sbin/sendmail -t -i', /^không chạy được \/nonexistent\/sbin\/sendmail: No such file or directory$/],
    ['/bin/false', /^\/bin\/false thoát với mã 1$/],
    [`/bin/cat /nonexistent/no-such-file`, /^\/bin\/cat thoát với mã 1: \/bin\/cat: \/nonexistent\/no-such-file: No such file or directory$/],
  ];
  attempts.forEach(([line, why], i) => {
    writeFileSync(cfg, `#include "${CONFIG}"\nMail.Sendmail = ${line}\nMail.MaxAttempts = 5\n`);
    due(id);
    const out = send(cfg);
    assert.match(out, /đã gửi 0 thư, 1 lần gửi lỗi/);
    const r = row(id);
    assert.equal(r.status, 'queued');
    assert.equal(r.attempts, i + 1);
    assert.match(r.error, why);
  });
  rmSync(cfg);
  due(id);
  send();
  assert.equal(row(id).status, 'sent', 'delivered once the sendmail works');
  assert.equal(delivered(addr).length, 1);
});

test('senders running at once deliver each message exactly once', async () => {
  const addrs = Array.from({ length: 8 }, (_, i) => unique(`song-song-${i}`));
  const ids = addrs.map((a) => queue(a));
  const run = () => new Promise((resolve) => {
    const p = spawn(`${BUILD}/dvcctl`, ['-c', CONFIG, 'mail', 'send'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { out += d; });
    p.on('close', (code) => resolve({ code, out }));
  });
  const res = await Promise.all([run(), run(), run(), run()]);
  for (const r of res) assert.equal(r.code, 0, r.out);
  const total = res.reduce((n, r) => n + Number(/đã gửi (\d+) thư/.exec(r.out)[1]), 0);
  assert.ok(total >= addrs.length, `${total} sent`);
  for (const a of addrs) assert.equal(delivered(a).length, 1, `one message for ${a}`);
  for (const id of ids) {
    const r = row(id);
    assert.equal(r.status, 'sent');
    assert.equal(r.attempts, 1, 'claimed once');
  }
});

test('mail send --every: passes until SIGTERM, then exits 0', async () => {
  const addr = unique('dinh-ky');
  const p = spawn(`${BUILD}/dvcctl`, ['-c', CONFIG, 'mail', 'send', '--every', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  p.stdout.on('data', (d) => { out += d; });
  p.stderr.on('data', (d) => { out += d; });
  const closed = new Promise((resolve) => p.on('close', (code, sig) => resolve({ code, sig })));
  await new Promise((r) => setTimeout(r, 500));
  const id = queue(addr);
  for (let i = 0; i < 50 && delivered(addr).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
  assert.equal(delivered(addr).length, 1, `delivered by the loop: ${out}`);
  assert.equal(row(id).status, 'sent');
  p.kill('SIGTERM');
  const { code, sig } = await closed;
  assert.equal(sig, null, out);
  assert.equal(code, 0, out);
  assert.match(out, /dừng gửi thư/);
  assert.ok(!existsSync(FAIL));
  const bad = ctl(['mail', 'send', '--every', 'x']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--every phải là số nguyên/);
});
