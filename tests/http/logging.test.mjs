// The log: one line per request, control characters escaped, and never a
// password, token or ID number.
import { test, assert } from '../lib/t.mjs';
import { get, post, csrf, raw } from '../lib/http.mjs';
import { NGINX, CLIENT_IP, logText } from '../lib/env.mjs';

test('a request is one log line with method, path, status, time, reference', async () => {
  const marker = `/khong-co-${Date.now()}`;
  await get(NGINX, marker);
  const lines = logText().split('\n').filter((l) => l.includes(marker));
  assert.equal(lines.length, 1);
  const ip = CLIENT_IP.replace(/\./g, '\\.');
  assert.match(lines[0], new RegExp(`lvl=warn ev=req ref=[0-9A-Z]{10} m="GET" path="/khong-co-\\d+" st="404" bytes="\\d+" ms="[\\d.]+" ip="${ip}"`));
});

test('CR, LF and control characters in the path cannot forge a log line', async () => {
  const marker = `inj${Date.now()}`;
  await get(NGINX, `/${marker}%0d%0alvl=error%20ev=forged%1b[31m`);
  const text = logText();
  const line = text.split('\n').find((l) => l.includes(marker));
  assert.ok(line, 'the request was logged');
  assert.ok(!text.split('\n').some((l) => l.startsWith('lvl=error ev=forged')), 'no forged line');
  assert.match(line, /\\r\\nlvl=error ev=forged\\x1b\[31m/);
});

test('canary password, token and ID number never reach the log', async () => {
  const canary = { pw: 'CanaryPassw0rd-7731', id: '079203001234', token: 'CanaryTok-88aa' };
  const { cookie, token } = await csrf(NGINX);
  await post(NGINX, `/gop-y?password=${canary.pw}&cccd=${canary.id}`, {
    csrf: token, ho_ten: 'Canary Test', tieu_de: `Tiêu đề ${canary.id}`,
    noi_dung: `mật khẩu ${canary.pw} token ${canary.token} số định danh ${canary.id}`,
    password: canary.pw,
  }, { cookie: `${cookie}; session=${canary.token}` });
  await get(NGINX, `/thong-bao?token=${canary.token}&so_dinh_danh=${canary.id}`);
  const text = logText();
  for (const v of Object.values(canary)) assert.ok(!text.includes(v), `${v} not in the log`);
  assert.ok(!text.includes(token), 'the CSRF token is not in the log');
});

test('a malformed request line never reaches the responder and never crashes it', async () => {
  const out = await raw(NGINX, 'GET /\x00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.match(out.split('\r\n')[0], /^HTTP\/1\.1 400/);
  assert.equal((await get(NGINX, '/')).status, 200);
});
