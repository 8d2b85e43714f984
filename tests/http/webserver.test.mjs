// The web servers' own part (issue 17, section 4), through nginx and
// Apache as etc/nginx/dvc.conf and etc/apache/dvc.conf configure them:
// their own errors are the portal's Vietnamese pages (a 2 MB body refused
// included), static files are compressed with one Cache-Control header,
// pages with an anti-CSRF token and reflected input are never compressed,
// nginx limits requests per client with the Vietnamese 429, and a body
// that stalls is cut.
import http from 'node:http';
import net from 'node:net';
import { test, assert } from '../lib/t.mjs';
import { raw } from '../lib/http.mjs';
import { NGINX, APACHE, RUN } from '../lib/env.mjs';
import { readFileSync } from 'node:fs';

const localAddress = process.env.DVC_CLIENT_IP || undefined;
const servers = [['nginx', NGINX], ['Apache', APACHE]];

// A request that keeps the raw header list (to count repeated headers).
function fetchRaw(base, path, { method = 'GET', headers = {}, body = null, from = localAddress } = {}) {
  const u = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, method, path: u.pathname + u.search,
      headers, agent: false, localAddress: from }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const named = (n) => {
          const out = [];
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            if (res.rawHeaders[i].toLowerCase() === n) out.push(res.rawHeaders[i + 1]);
          }
          return out;
        };
        resolve({ status: res.statusCode, headers: res.headers, named, raw: Buffer.concat(chunks),
          body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.on('error', reject);
    req.setTimeout(30000, () => req.destroy(new Error(`timeout: ${path}`)));
    if (body) req.write(body);
    req.end();
  });
}

// The Vietnamese page dvcctl static-pages wrote for code (its title).
const title = (code) => readFileSync(`${RUN}/errpages/${code}.html`, 'utf8').match(/<h1[^>]*>([^<]+)</)[1];

test('dvcctl static-pages wrote a Vietnamese page for each of the servers\' own errors', () => {
  const want = {
    400: 'Yêu cầu không hợp lệ', 403: 'Không có quyền truy cập', 404: 'Không tìm thấy trang',
    413: 'Dữ liệu gửi lên quá lớn', 429: 'Quá nhiều yêu cầu', 500: 'Lỗi hệ thống',
    502: 'Dịch vụ tạm thời gián đoạn', 503: 'Hệ thống đang tạm ngưng',
  };
  for (const [code, t] of Object.entries(want)) {
    const page = readFileSync(`${RUN}/errpages/${code}.html`, 'utf8');
    assert.match(page, /<html lang="vi"/, `${code}.html`);
    assert.equal(title(code), t, `${code}.html`);
  }
});

test('400, 403 and 404 of the web servers are the Vietnamese pages', async () => {
  for (const [name, base] of servers) {
    // 404: a static file that is not there (the servers answer it)
    const missing = await fetchRaw(base, '/static/css/khong-co.css');
    assert.equal(missing.status, 404, name);
    assert.ok(missing.body.includes(title(404)), `${name} 404: ${missing.body.slice(0, 200)}`);
    assert.match(missing.headers['content-type'], /text\/html/);
    // 403: nginx, the static folder itself (no listing); Apache, an error
    // page asked for by its own address (only internal redirects may)
    const folder = await fetchRaw(base, name === 'nginx' ? '/static/css/' : '/_loi/500.html');
    assert.equal(folder.status, 403, name);
    assert.ok(folder.body.includes(title(403)), `${name} 403: ${folder.body.slice(0, 200)}`);
    // 400: HTTP/1.1 without a Host header
    const bad = await raw(base, 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n');
    assert.match(bad, /^HTTP\/1\.1 400/, name);
    assert.ok(bad.includes(title(400)), `${name} 400: ${bad.slice(0, 300)}`);
    // the error pages are not reachable by their own address
    const direct = await fetchRaw(base, '/_loi/500.html');
    assert.notEqual(direct.status, 200, `${name}: /_loi/ is internal`);
  }
});

test('a 2 MB body refused: the Vietnamese 413, through both servers', async () => {
  const body = 'noi_dung=' + 'a'.repeat(2 * 1024 * 1024);
  for (const [name, base] of servers) {
    const r = await fetchRaw(base, '/gop-y', { method: 'POST', body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body) } });
    assert.equal(r.status, 413, name);
    assert.ok(r.body.includes(title(413)), `${name} 413: ${r.body.slice(0, 300)}`);
    assert.doesNotMatch(r.body, /Request Entity Too Large|nginx/i, name);
  }
});

test('static files: compressed, one Cache-Control header; pages with a token and reflected input: never compressed', async () => {
  for (const [name, base] of servers) {
    const css = await fetchRaw(base, '/static/css/dvc.css', { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(css.status, 200, name);
    assert.equal(css.headers['content-encoding'], 'gzip', `${name}: the stylesheet is compressed`);
    assert.deepEqual(css.named('cache-control'), ['public, max-age=31536000, immutable'], `${name}: one Cache-Control`);
    const js = await fetchRaw(base, '/static/js/nhung.js', { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(js.status, 200, name);
    assert.equal(js.named('cache-control').length, 1, `${name}: one Cache-Control on the embed script`);
    assert.match(js.named('cache-control')[0], /max-age=3600/);
    // a page that reflects the search and carries a token (the feedback
    // form), and the login form with its "come back to" address
    for (const path of ['/thu-tuc?q=ho%20tich%20ket%20hon', '/gop-y?chu_de=xyz', '/tai-khoan/dang-nhap?tiep=/ho-so']) {
      const page = await fetchRaw(base, path, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
      assert.equal(page.status, 200, `${name} ${path}`);
      assert.equal(page.headers['content-encoding'], undefined, `${name} ${path} is not compressed`);
      assert.match(page.body, /<\/html>/);
    }
  }
});

test('nginx: more requests than a client may send at once get the Vietnamese 429', async () => {
  // 127.0.77.0/24 is the one local network the test stack's limits hold
  // for (./dvc-dev nginx_conf): 10 requests a second, bursts of 40
  const from = '127.0.77.1';
  const all = await Promise.all(Array.from({ length: 70 }, () => fetchRaw(NGINX, '/tra-cuu', { from })));
  const limited = all.filter((r) => r.status === 429);
  const served = all.filter((r) => r.status === 200);
  assert.ok(served.length >= 40, `${served.length} served`);
  assert.ok(limited.length >= 1, `${limited.length} refused`);
  assert.equal(served.length + limited.length, 70);
  assert.ok(limited[0].body.includes(title(429)), limited[0].body.slice(0, 200));
  // another client is not held by it
  assert.equal((await fetchRaw(NGINX, '/tra-cuu', { from: '127.0.77.2' })).status, 200);
});

test('a request body that stalls is cut by both servers', async () => {
  const stall = (base) => new Promise((resolve, reject) => {
    const u = new URL(base);
    const s = net.connect({ port: Number(u.port), host: u.hostname, localAddress });
    let got = '';
    s.setTimeout(90000, () => { s.destroy(); reject(new Error('still open after 90 s')); });
    s.on('connect', () => s.write('POST /gop-y HTTP/1.1\r\nHost: 127.0.0.1\r\n'
      + 'Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nnoi_dung=abc'));
    s.on('data', (c) => { got += c; });
    s.on('close', () => resolve(got));
    s.on('error', () => resolve(got));
  });
  const [n, a] = await Promise.all([stall(NGINX), stall(APACHE)]);
  // closed by the server (with a 408 or without a word), never a 2xx
  assert.doesNotMatch(n, /^HTTP\/1\.1 2/);
  assert.doesNotMatch(a, /^HTTP\/1\.1 2/);
}, { timeout: 120000 });
