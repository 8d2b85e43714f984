// The same behaviour through both real web servers: nginx (the demo's)
// and Apache 2.4 with mod_fcgid, each as etc/ configures it.
import { test, assert } from '../lib/t.mjs';
import { get, request, post, raw, assertSecurityHeaders, refId } from '../lib/http.mjs';
import { NGINX, APACHE } from '../lib/env.mjs';

for (const [name, base] of [['nginx', NGINX], ['apache', APACHE]]) {
  test(`${name}: home page 200 in Vietnamese with every header`, async () => {
    const r = await get(base, '/');
    assert.equal(r.status, 200);
    assertSecurityHeaders(assert, r);
    assert.match(r.body, /<html lang="vi">/);
    assert.match(r.body, /Cổng Dịch vụ công tỉnh Kon Tum/);
    assert.match(r.body, /Trang chủ/);
    assert.match(r.body, /Tuyên bố về khả năng tiếp cận/);
    assert.match(r.body, /href="\/static\/css\/dvc\.css\?v=[0-9a-f]{10}"/);
  });

  test(`${name}: unknown URL gives the 404 page`, async () => {
    const r = await get(base, '/khong-co/trang/nay');
    assert.equal(r.status, 404);
    assertSecurityHeaders(assert, r);
    assert.match(r.body, /Không tìm thấy trang/);
    assert.ok(refId(r.body), 'reference id');
  });

  test(`${name}: TRACE and PUT are refused with 405`, async () => {
    for (const m of ['TRACE', 'PUT', 'DELETE']) {
      const r = await request(base, m, '/');
      assert.equal(r.status, 405, `${m}: ${r.status}`);
      assert.ok(!/\d+\.\d+/.test(r.headers.server || ''), 'no version banner');
    }
  });

  test(`${name}: oversized body is refused with 413 in the site's layout`, async () => {
    const r = await post(base, '/gop-y', 'a='.padEnd(70000, 'x'));
    assert.equal(r.status, 413);
    assert.match(r.body, /Dữ liệu gửi lên quá lớn/);
  });

  test(`${name}: multipart upload is refused with 415`, async () => {
    const body = '--b\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--b--\r\n';
    const r = await request(base, 'POST', '/gop-y', { body, headers: {
      'Content-Type': 'multipart/form-data; boundary=b', 'Content-Length': Buffer.byteLength(body) } });
    assert.equal(r.status, 415);
    assert.match(r.body, /Định dạng dữ liệu không được hỗ trợ/);
  });

  test(`${name}: a field named a.b is refused with 400`, async () => {
    const r = await get(base, '/thong-bao?a.b=1');
    assert.equal(r.status, 400);
    assert.match(r.body, /Yêu cầu không hợp lệ/);
  });

  test(`${name}: POST without a length is refused (411)`, async () => {
    // a chunked body: the server buffers it, but the gate wants a length
    const text = 'POST /gop-y HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n' +
      'Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n3\r\na=1\r\n0\r\n\r\n';
    const out = await raw(base, text);
    // nginx passes the length it counted; Apache's mod_fcgid does too.
    // Either the app sees a length (403: no CSRF token) or it refuses (411).
    assert.match(out.split('\r\n')[0], / (403|411) /, out.split('\r\n')[0]);
  });

  test(`${name}: static files with a year of caching and nosniff`, async () => {
    const r = await get(base, '/static/css/dvc.css');
    assert.equal(r.status, 200);
    assert.match(r.headers['content-type'], /text\/css/);
    assert.match(r.headers['cache-control'], /max-age=31536000/);
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
    const f = await get(base, '/static/favicon.svg');
    assert.equal(f.status, 200);
    assert.match(f.headers['content-type'], /image\/svg\+xml/);
  });

  test(`${name}: no directory listing, no access to the web server's internals`, async () => {
    const r = await get(base, '/static/');
    assert.notEqual(r.status, 200);
    const l = await get(base, '/_loi/502.html');
    assert.notEqual(l.status, 200, 'error pages are internal');
  });

  test(`${name}: announcements list and one announcement`, async () => {
    const l = await get(base, '/thong-bao');
    assert.equal(l.status, 200);
    assert.match(l.body, /<h1>Thông báo<\/h1>/);
    const t = await get(base, '/thong-bao/999999');
    assert.equal(t.status, 404);
  });

  test(`${name}: a query string of 10,000 characters: 414`, async () => {
    const r = await get(base, `/?q=${'x'.repeat(10000)}`);
    assert.ok([414, 400].includes(r.status), `status ${r.status}`);
  });

  test(`${name}: the feedback form comes with the anti-CSRF cookie`, async () => {
    const r = await get(base, '/gop-y');
    assert.equal(r.status, 200);
    const c = (r.headers['set-cookie'] || []).find((x) => x.startsWith('dvc_csrf='));
    assert.ok(c, 'cookie set');
    assert.match(c, /HttpOnly/);
    assert.match(c, /SameSite=Lax/);
  });
}
