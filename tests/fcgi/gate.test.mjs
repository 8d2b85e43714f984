// The request gate and the dispatcher, straight through the responder's
// FastCGI socket (cgi-fcgi): every case a web server would let through,
// and some it would not.
import { test, assert } from '../lib/t.mjs';
import { fcgi } from '../lib/fcgi.mjs';
import { logText } from '../lib/env.mjs';

const errorPage = (r, code) => {
  assert.equal(r.status, code, `status ${r.status}, want ${code}`);
  assert.match(r.body, /<html lang="vi">/, 'error page in the layout');
  assert.match(r.body, new RegExp(`Mã lỗi ${code}`), 'code on the page');
  assert.match(r.body, /Mã tham chiếu: <strong class="ref-id">[0-9A-Z]{10}</, 'reference id on the page');
  assert.match(r.headers['cache-control'], /no-store/);
};

test('home page: 200, Vietnamese, charset, security headers', async () => {
  const r = await fcgi({ uri: '/' });
  assert.equal(r.status, 200);
  assert.equal(r.headers['content-type'], 'text/html; charset=utf-8');
  assert.match(r.body, /<html lang="vi">/);
  assert.match(r.body, /Cổng Dịch vụ công/);
  assert.match(r.headers['content-security-policy'], /frame-ancestors 'none'/);
  assert.equal(r.headers['x-content-type-options'], 'nosniff');
  assert.equal(Number(r.headers['content-length']), Buffer.byteLength(r.body));
  assert.ok(!r.headers['strict-transport-security'], 'no HSTS over http');
  assert.ok(r.body.startsWith('<!DOCTYPE html>'), 'nothing before the doctype');
});

test('HTTPS=on from the server: HSTS and __Host- cookie with Secure', async () => {
  const r = await fcgi({ uri: '/gop-y', env: { HTTPS: 'on' } });
  assert.match(r.headers['strict-transport-security'], /max-age=31536000/);
  const c = r.multi['set-cookie'].find((x) => x.startsWith('__Host-dvc_csrf='));
  assert.ok(c, 'cookie with the __Host- prefix');
  assert.match(c, /; Secure/);
  assert.match(c, /; HttpOnly/);
  assert.match(c, /SameSite=Lax/);
  assert.match(c, /Path=\//);
});

test('HEAD: headers with the length of the page, no body', async () => {
  const g = await fcgi({ uri: '/tiep-can' });
  const h = await fcgi({ method: 'HEAD', uri: '/tiep-can' });
  assert.equal(h.status, 200);
  assert.equal(h.body, '');
  assert.equal(h.headers['content-length'], g.headers['content-length']);
});

test('unknown URL: 404 page with reference id', async () => {
  errorPage(await fcgi({ uri: '/khong-co-trang-nay' }), 404);
});

test('unknown announcement and a non-numeric id: 404', async () => {
  errorPage(await fcgi({ uri: '/thong-bao/999999' }), 404);
  errorPage(await fcgi({ uri: '/thong-bao/abc' }), 404);
  errorPage(await fcgi({ uri: '/thong-bao/0' }), 404);
  errorPage(await fcgi({ uri: '/thong-bao/99999999999999999999999' }), 404);
});

for (const m of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'CONNECT', 'PROPFIND']) {
  test(`${m}: 405 with Allow`, async () => {
    const r = await fcgi({ method: m, uri: '/' });
    errorPage(r, 405);
    assert.match(r.headers.allow, /GET/);
  });
}

test('POST on a GET-only page: 405, Allow: GET, HEAD', async () => {
  const r = await fcgi({ method: 'POST', uri: '/thong-bao', body: 'a=1',
    env: { CONTENT_TYPE: 'application/x-www-form-urlencoded' } });
  errorPage(r, 405);
  assert.equal(r.headers.allow, 'GET, HEAD');
});

test('POST without Content-Length: 411', async () => {
  errorPage(await fcgi({ method: 'POST', uri: '/gop-y',
    env: { CONTENT_TYPE: 'application/x-www-form-urlencoded' } }), 411);
});

test('POST with CONTENT_LENGTH="" (what nginx sends for no length): 411', async () => {
  errorPage(await fcgi({ method: 'POST', uri: '/gop-y',
    env: { CONTENT_TYPE: 'application/x-www-form-urlencoded', CONTENT_LENGTH: '' } }), 411);
});

test('Content-Length not a number: 400', async () => {
  for (const v of ['-1', 'abc', '1e3', ' 5', '99999999999999999999']) {
    errorPage(await fcgi({ method: 'POST', uri: '/gop-y',
      env: { CONTENT_TYPE: 'application/x-www-form-urlencoded', CONTENT_LENGTH: v } }), 400);
  }
});

test('body over Limits.BodyMax: 413, refused before reading it', async () => {
  errorPage(await fcgi({ method: 'POST', uri: '/gop-y', body: 'a='.padEnd(65537, 'x'),
    env: { CONTENT_TYPE: 'application/x-www-form-urlencoded' } }), 413);
  // a huge declared length with no body: the gate must not wait for it
  errorPage(await fcgi({ method: 'POST', uri: '/gop-y',
    env: { CONTENT_TYPE: 'application/x-www-form-urlencoded', CONTENT_LENGTH: '999999999999' } }), 413);
});

test('body shorter than its Content-Length: 400', async () => {
  errorPage(await fcgi({ method: 'POST', uri: '/gop-y', body: 'a=1',
    env: { CONTENT_TYPE: 'application/x-www-form-urlencoded', CONTENT_LENGTH: '50' } }), 400);
});

test('multipart/form-data on a page that takes no files: 415, with or without boundary', async () => {
  for (const ct of ['multipart/form-data; boundary=xyz', 'multipart/form-data', 'Multipart/Form-Data; boundary=']) {
    errorPage(await fcgi({ method: 'POST', uri: '/gop-y', body: '--xyz\r\n\r\n--xyz--\r\n',
      env: { CONTENT_TYPE: ct } }), 415);
  }
});

test('other or missing Content-Type, foreign charset: 415', async () => {
  for (const ct of [undefined, 'text/plain', 'application/json', 'application/x-www-form-urlencodedx',
    'application/x-www-form-urlencoded; charset=iso-8859-1']) {
    errorPage(await fcgi({ method: 'POST', uri: '/gop-y', body: 'a=1', env: { CONTENT_TYPE: ct } }), 415);
  }
});

test('field name with a dot or outside [A-Za-z0-9_-]: 400, in query and in body', async () => {
  for (const q of ['a.b=1', 'a%2Eb=1', 'doc.FileHandle=1', 'x[y]=1', 't%C3%AAn=1', '%00=1', '=1', 'a%zz=1']) {
    errorPage(await fcgi({ uri: `/thong-bao?${q}` }), 400);
    errorPage(await fcgi({ method: 'POST', uri: '/gop-y', body: q,
      env: { CONTENT_TYPE: 'application/x-www-form-urlencoded' } }), 400);
  }
});

test('NUL byte in a value: 400', async () => {
  errorPage(await fcgi({ uri: '/thong-bao?trang=1%002' }), 400);
});

test('more than Limits.Fields fields: 400; exactly at the cap passes the gate', async () => {
  const many = (n) => Array.from({ length: n }, (_, i) => `f${i}=1`).join('&');
  errorPage(await fcgi({ uri: `/thong-bao?${many(101)}` }), 400);
  // query and body count together
  errorPage(await fcgi({ method: 'POST', uri: `/gop-y?${many(60)}`, body: many(41),
    env: { CONTENT_TYPE: 'application/x-www-form-urlencoded' } }), 400);
  const ok = await fcgi({ uri: `/thong-bao?${many(100)}`.slice(0, 2048) });
  assert.equal(ok.status, 200);
});

test('query string over Limits.QueryMax: 414', async () => {
  errorPage(await fcgi({ uri: `/thong-bao?q=${'a'.repeat(2100)}` }), 414);
  errorPage(await fcgi({ uri: `/?q=${'a'.repeat(10000)}` }), 414);
});

test('path over Limits.PathMax: 414', async () => {
  errorPage(await fcgi({ uri: `/${'a'.repeat(1100)}` }), 414);
});

test('cookie header over Limits.CookieMax, headers over Limits.HeaderMax: 431', async () => {
  errorPage(await fcgi({ uri: '/', env: { HTTP_COOKIE: `a=${'b'.repeat(5000)}` } }), 431);
  const env = {};
  for (let i = 0; i < 20; i++) env[`HTTP_X_FILLER_${i}`] = 'x'.repeat(500);
  errorPage(await fcgi({ uri: '/', env }), 431);
});

test('bad paths: NUL, invalid UTF-8, dot segments, backslash, empty segment: 400', async () => {
  for (const p of ['/%00', '/thong-bao%00', '/%ff%fe', '/%c0%af', '/a/../gop-y', '/a/%2e%2e/gop-y',
    '/./gop-y', '/gop-y/.', '/a\\b', '//gop-y', '/%', '/%zz']) {
    errorPage(await fcgi({ uri: p }), 400);
  }
});

test('no REQUEST_URI at all: 400, never a crash', async () => {
  errorPage(await fcgi({ uri: '/', env: { REQUEST_URI: undefined } }), 400);
});

test('trailing slash on a page: 301 to the page, query kept', async () => {
  const r = await fcgi({ uri: '/thong-bao/?trang=1' });
  assert.equal(r.status, 301);
  assert.equal(r.headers.location, '/thong-bao?trang=1');
});

test('bad filter value is ignored with a visible note, never an error', async () => {
  for (const v of ['abc', '-1', '0', '1e9', '%F0%9F%98%80']) {
    const r = await fcgi({ uri: `/thong-bao?trang=${v}` });
    assert.equal(r.status, 200, `trang=${v}`);
    assert.match(r.body, /Số trang trong địa chỉ không hợp lệ/);
  }
});

test('page number past the end: 404', async () => {
  errorPage(await fcgi({ uri: '/thong-bao?trang=5000' }), 404);
});

test('the same reference id is on the error page and in the log', async () => {
  const r = await fcgi({ uri: '/khong-co-trang-nay-nua' });
  const ref = r.body.match(/class="ref-id">([0-9A-Z]{10})</)[1];
  const line = logText().split('\n').find((l) => l.includes(`ref=${ref}`));
  assert.ok(line, `log line with ref=${ref}`);
  assert.match(line, /st="404"/);
  assert.match(line, /path="\/khong-co-trang-nay-nua"/);
});

test('no debug path is reachable: Config.DebugEnabled and debug_pause do nothing', async () => {
  const t0 = Date.now();
  const r = await fcgi({ uri: '/?debug_pause=1&Config-DebugEnabled=1&debug=1&hdf=1' });
  assert.equal(r.status, 200);
  assert.ok(Date.now() - t0 < 5000, 'no pause');
  assert.ok(!/Config\.|CGI\.|HTTP\.|Query\./.test(r.body), 'no HDF dump');
  assert.ok(!/ClearSilver|Timing|secs/.test(r.body), 'no TimeFooter');
});
