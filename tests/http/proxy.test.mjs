// Behind proxies (issue 17, section 4): X-Forwarded-For and X-Real-IP are
// believed only from the proxies in Net.TrustedProxies, so the limits per
// address count people, not the load balancer; and tracking by code is
// limited per dossier as well as per address.
import { test, assert } from '../lib/t.mjs';
import { get, request, form } from '../lib/http.mjs';
import { NGINX, APACHE, CLIENT_IP, sql, logText, clearThrottle, configWith } from '../lib/env.mjs';
import { fcgi, startResponder } from '../lib/fcgi.mjs';
import { newCitizen } from '../lib/account.mjs';
import { submitted } from '../lib/office.mjs';

// The failures counted for a client address (login_throttle 'i:ADDR').
const ipFailures = (ip) => Number(sql(`SELECT COALESCE(SUM(failures), 0) FROM login_throttle WHERE k = 'i:${ip}'`)[0][0]);

// A login through a responder of this file's own, from peer, with extra
// FastCGI parameters (the headers a proxy or a client sent).
async function loginVia(sock, peer, ident, password, headers = {}) {
  const env = { REMOTE_ADDR: peer, ...headers };
  const page = await fcgi({ uri: '/tai-khoan/dang-nhap', sock, env });
  assert.equal(page.status, 200, page.body.slice(0, 300));
  const cookie = (page.multi['set-cookie'] || []).map((c) => c.split(';')[0]).find((c) => c.startsWith('dvc_csrf='));
  const csrf = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  return fcgi({ method: 'POST', uri: '/tai-khoan/dang-nhap', sock,
    body: form({ dinh_danh: ident, mat_khau: password, csrf }),
    env: { ...env, HTTP_COOKIE: cookie, CONTENT_TYPE: 'application/x-www-form-urlencoded' } });
}

const stranger = () => `khong.co.ai.${Date.now()}.${Math.random().toString(36).slice(2)}@example.vn`;

test('no trusted proxy (the stack): X-Forwarded-For and X-Real-IP sent through nginx and Apache are ignored', async () => {
  for (const [name, base] of [['nginx', NGINX], ['Apache', APACHE]]) {
    clearThrottle();
    const spoof = '198.51.100.201';
    sql(`DELETE FROM login_throttle WHERE k = 'i:${spoof}'`);
    const page = await get(base, '/tai-khoan/dang-nhap');
    const cookie = (page.headers['set-cookie'] || []).map((c) => c.split(';')[0]).find((c) => c.startsWith('dvc_csrf='));
    const csrf = page.body.match(/name="csrf" value="([^"]+)"/)[1];
    const before = ipFailures(CLIENT_IP);
    const r = await request(base, 'POST', '/tai-khoan/dang-nhap', {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie,
        'X-Forwarded-For': spoof, 'X-Real-IP': spoof },
      body: form({ dinh_danh: stranger(), mat_khau: 'mat khau sai roi nhe', csrf }),
    });
    assert.equal(r.status, 422, name);
    assert.equal(ipFailures(spoof), 0, `${name}: nothing counted for the address the client made up`);
    assert.equal(ipFailures(CLIENT_IP), before + 1, `${name}: counted for the real peer`);
  }
  clearThrottle();
});

test('a listed proxy: its client counts, from X-Forwarded-For (rightmost not listed) or X-Real-IP; an unlisted peer\'s headers do not', async () => {
  const proxy = '127.0.9.1';
  const r = await startResponder('account', configWith('proxy-trusted', {
    extra: `Net.TrustedProxies = ${proxy} 10.20.0.0/16`,
  }));
  try {
    const a = '198.51.100.11';
    const forged = '198.51.100.12';
    const b = '198.51.100.13';
    const c = '198.51.100.14';
    const unlisted = '127.0.9.2';
    sql(`DELETE FROM login_throttle WHERE k IN ('i:${a}', 'i:${forged}', 'i:${b}', 'i:${c}', 'i:${proxy}', 'i:${unlisted}')`);
    // the client wrote a made-up address on the left; the proxy added the
    // one it saw, and a second listed proxy (10.20.x) its own
    const x = await loginVia(r.sock, proxy, stranger(), 'mat khau sai roi nhe',
      { HTTP_X_FORWARDED_FOR: `${forged}, ${a}, 10.20.3.4` });
    assert.equal(x.status, 422);
    assert.equal(ipFailures(a), 1, 'counted for the client the proxies named');
    assert.equal(ipFailures(forged), 0, 'not for what the client wrote itself');
    assert.equal(ipFailures(proxy), 0, 'not for the proxy');
    // X-Real-IP when there is no X-Forwarded-For
    await loginVia(r.sock, proxy, stranger(), 'mat khau sai roi nhe', { HTTP_X_REAL_IP: b });
    assert.equal(ipFailures(b), 1, 'X-Real-IP from a listed proxy');
    // the same headers from a peer not on the list
    await loginVia(r.sock, unlisted, stranger(), 'mat khau sai roi nhe',
      { HTTP_X_FORWARDED_FOR: c, HTTP_X_REAL_IP: c });
    assert.equal(ipFailures(c), 0, 'an unlisted peer cannot name a client');
    assert.equal(ipFailures(unlisted), 1, 'counted for the unlisted peer itself');
    // the request's log line names the client
    assert.ok(logText().includes(`path="/tai-khoan/dang-nhap" st="422"`) && logText().includes(`ip="${a}"`),
      'the log line names the client');
    sql(`DELETE FROM login_throttle WHERE k IN ('i:${a}', 'i:${b}', 'i:${unlisted}')`);
  } finally {
    await r.stop();
  }
});

test('behind one proxy, one person\'s wrong passwords do not lock another person out', async () => {
  const proxy = '127.0.9.1';
  const { data } = await newCitizen(NGINX);
  const r = await startResponder('account', configWith('proxy-lockout', { extra: `Net.TrustedProxies = ${proxy}` }));
  const guesser = '198.51.100.21';
  const owner = '198.51.100.22';
  try {
    sql(`DELETE FROM login_throttle WHERE k IN ('i:${guesser}', 'i:${owner}', 'i:${proxy}')`);
    // Login.FreeFailures (5) and more: the guesser must now wait
    let last;
    for (let i = 0; i < 7; i++) {
      last = await loginVia(r.sock, proxy, stranger(), 'mat khau sai roi nhe', { HTTP_X_FORWARDED_FOR: guesser });
    }
    assert.equal(last.status, 429, 'the guesser waits');
    // the owner comes through the same proxy and gets in
    const ok = await loginVia(r.sock, proxy, data.email, data.mat_khau, { HTTP_X_FORWARDED_FOR: owner });
    assert.equal(ok.status, 303, 'another person behind the same proxy logs in');
  } finally {
    sql(`DELETE FROM login_throttle WHERE k IN ('i:${guesser}', 'i:${owner}', 'i:${proxy}')`);
    await r.stop();
  }
});

test('a bad Net.TrustedProxies is refused at start with the entry named', async () => {
  let err;
  try {
    const r = await startResponder('account', configWith('proxy-bad', { extra: 'Net.TrustedProxies = 10.0.0.0/8 can-bang-tai' }));
    await r.stop();
  } catch (e) {
    err = e.message;
  }
  assert.ok(err, 'the responder did not start');
  assert.match(err, /Net\.TrustedProxies/);
  assert.match(err, /can-bang-tai/);
});

test('tracking: guesses at one dossier\'s digits from many addresses stop at Track.CodeFailures', async () => {
  const d = await submitted();
  const last4 = sql(`SELECT applicant_id_number FROM dossier WHERE id = ${d.id}`)[0][0].slice(-4);
  const wrong = last4 === '0000' ? '1111' : '0000';
  const r = await startResponder('dossier', configWith('proxy-track', { extra: 'Track.CodeFailures = 5' }));
  const addr = (i) => `127.0.8.${i}`;
  try {
    const track = (digits, ip) => fcgi({ uri: `/tra-cuu?ma=${encodeURIComponent(d.code)}&so=${digits}`,
      sock: r.sock, env: { REMOTE_ADDR: ip } });
    sql(`DELETE FROM track_throttle WHERE client_ip LIKE '127.0.8.%'`);
    // five addresses, one wrong guess each: none of them near its own limit
    for (let i = 1; i <= 5; i++) assert.equal((await track(wrong, addr(i))).status, 404);
    // a sixth address, even with the right digits, must wait now
    const blocked = await track(last4, addr(6));
    assert.equal(blocked.status, 429);
    assert.match(blocked.body, /sai quá nhiều lần/);
    // another dossier's tracking is not held by it
    const other = await fcgi({ uri: '/tra-cuu?ma=000.00.09.H34-990101-9998&so=1234', sock: r.sock, env: { REMOTE_ADDR: addr(7) } });
    assert.equal(other.status, 404);
  } finally {
    sql(`DELETE FROM track_throttle WHERE client_ip LIKE '127.0.8.%' OR client_ip IN ('d:${d.code}', 'd:000.00.09.H34-990101-9998')`);
    await r.stop();
  }
});
