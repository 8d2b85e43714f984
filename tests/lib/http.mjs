// HTTP for the tests: node:http without the fetch API's rules, so any
// method, header or malformed request can be sent; raw() for bytes that
// no client library would send.
import http from 'node:http';
import net from 'node:net';

// The address requests leave from: one per test file (tests/run.mjs sets
// DVC_CLIENT_IP, 127.0.2.x), so the limits the portal keeps per client
// address count one file's requests only. Unset: the system's choice.
const localAddress = process.env.DVC_CLIENT_IP || undefined;

export function request(base, method, path, { headers = {}, body = null } = {}) {
  const u = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: u.hostname, port: u.port, method, path: u.pathname + u.search,
      headers, agent: false, localAddress,
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const buf = Buffer.concat(chunks);
        resolve({ status: res.statusCode, headers: res.headers, body: buf.toString('utf8'), raw: buf });
      });
    });
    req.on('error', reject);
    req.setTimeout(30000, () => req.destroy(new Error(`timeout: ${method} ${path}`)));
    if (body !== null) req.write(body);
    req.end();
  });
}

export const get = (base, path, opts) => request(base, 'GET', path, opts);

// application/x-www-form-urlencoded body from an object (UTF-8)
export function form(fields) {
  return Object.entries(fields)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

export function post(base, path, fields, { cookie, headers = {} } = {}) {
  const body = typeof fields === 'string' ? fields : form(fields);
  return request(base, 'POST', path, {
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Content-Length': Buffer.byteLength(body),
      ...(cookie ? { Cookie: cookie } : {}),
      ...headers,
    },
    body,
  });
}

// Sends text as it is and returns what comes back until the server closes.
export function raw(base, text) {
  const u = new URL(base);
  return new Promise((resolve, reject) => {
    const s = net.connect({ port: Number(u.port), host: u.hostname, localAddress });
    const chunks = [];
    s.setTimeout(15000, () => s.destroy(new Error('raw: timeout')));
    s.on('connect', () => s.write(text));
    s.on('data', (c) => chunks.push(c));
    s.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    s.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    s.on('error', reject);
  });
}

// The anti-CSRF cookie and token of a fresh visitor of a form page.
export async function csrf(base, path = '/gop-y') {
  const r = await get(base, path);
  const setCookie = r.headers['set-cookie'] || [];
  const c = setCookie.map((x) => x.split(';')[0]).find((x) => /dvc_csrf=/.test(x));
  const m = r.body.match(/name="csrf" value="([^"]+)"/);
  if (!c || !m) throw new Error('no CSRF cookie or token on ' + path);
  return { cookie: c, token: m[1] };
}

// The reference id shown on an error page.
export function refId(body) {
  const m = body.match(/class="ref-id">([0-9A-Z]{10})</) || body.match(/<strong>([0-9A-Z]{10})<\/strong>/);
  return m ? m[1] : null;
}

// Headers every page must carry.
export function assertSecurityHeaders(assert, r, { personal = false } = {}) {
  const h = r.headers;
  assert.match(h['content-type'] || '', /charset=utf-8/i, 'charset in Content-Type');
  const csp = h['content-security-policy'] || '';
  assert.match(csp, /default-src 'self'/, 'CSP default-src');
  assert.match(csp, /frame-ancestors 'none'/, 'CSP frame-ancestors none');
  assert.ok(!/unsafe-inline/.test(csp), 'CSP allows no inline script or style');
  assert.equal(h['x-content-type-options'], 'nosniff');
  assert.ok(h['referrer-policy'], 'Referrer-Policy');
  assert.ok(!h['x-powered-by'], 'no X-Powered-By');
  assert.ok(!/\d/.test(h.server || ''), `no version in Server header: ${h.server}`);
  if (personal) assert.match(h['cache-control'] || '', /no-store/);
}
