// The role × route matrix (issue 16, section 5), generated from the route
// tables themselves (tests/lib/routes.mjs reads every routes[] of
// cgi/pages/*.c, with their macros): for every route that needs a role,
// each person — nobody, a staff member who gave the password but not the
// second factor, a citizen, and one staff member of each role, holding
// that role alone — gets what the table says: a role it lists is let
// through (a GET is never 403 nor sent to log in; a POST carries the
// person's CSRF token and is never 403 nor sent to log in), anyone else
// is refused (403; 303 to the login page for nobody and for the half
// logged-in). Routes that need a login only refuse nobody and the half
// logged-in. Parameters get values that name nothing (the object checks
// answer 404, which is the handler's business, not the route's).
// Administration (/quan-tri) has roles on every route, admin roles only
// (their second factor is required: staff.c), and CSRF on every POST.
// Routes added by anyone to any table are in the matrix.
import { test, assert } from '../lib/t.mjs';
import { request, form } from '../lib/http.mjs';
import { NGINX, ROOT } from '../lib/env.mjs';
import { Jar, newCitizen, newStaff, login, DEMO_PASSWORD, staffLogin } from '../lib/account.mjs';
import { multipart } from '../lib/dossier.mjs';
import { routeTables } from '../lib/routes.mjs';

const B = NGINX;
const { routes, roleNames } = routeTables(ROOT);
const AGENCY = '000.00.09.H34';
const PROVINCE = '000.00.01.H34';

// a value for each kind of path parameter that passes its validator and
// names nothing
const PARAM = { code: `${AGENCY}-000101-9999`, id: '999999999', ma: '999.99.99.X99', what: 'khong-co', slug: 'khong-co' };
const fill = (pattern) => pattern.replace(/:(\w+)/g, (_, n) => PARAM[n] ?? 'khong-co');

const people = new Map();	// name -> { jar, csrf, roles: [] | null (nobody) }

// A request as the person's browser makes it: their cookies; a POST with
// their CSRF token (a multipart body for an upload route).
async function ask(p, method, route) {
  const path = fill(route.pattern);
  const headers = p.jar.c.size ? { Cookie: p.jar.header } : {};
  if (method === 'GET') return request(B, 'GET', path, { headers });
  const fields = p.csrf ? { csrf: p.csrf } : {};
  if (route.flagNames.includes('RF_UPLOAD')) {
    const { body, type } = multipart(fields, []);
    return request(B, 'POST', path, { headers: { ...headers, 'Content-Type': type, 'Content-Length': body.length }, body });
  }
  const body = form(fields);
  return request(B, 'POST', path, {
    headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': Buffer.byteLength(body) },
    body,
  });
}

const toLogin = (r) => r.status === 303 && /^\/tai-khoan\/dang-nhap(\?|$)/.test(r.headers.location || '');

test('the tables: routes read, /quan-tri for admins only, with CSRF on every POST', () => {
  assert.ok(routes.length > 100, `${routes.length} routes read`);
  assert.ok(routes.some((r) => r.pattern === '/can-bo/tiep-nhan' && r.roles.join() === 'reception'));
  const admin = routes.filter((r) => r.pattern.startsWith('/quan-tri'));
  assert.ok(admin.length >= 4, 'the administration\'s routes are read');
  for (const r of admin) {
    assert.ok(r.roles.length > 0, `${r.pattern}: a role is required`);
    assert.deepEqual(r.roles.filter((x) => !/admin$/.test(x)), [], `${r.pattern}: admin roles only (two factors)`);
    if (r.methods.includes('POST')) assert.ok(r.flagNames.includes('RF_CSRF'), `${r.pattern}: CSRF`);
  }
  for (const r of routes.filter((x) => x.roles.length && x.methods.includes('POST'))) {
    assert.ok(r.flagNames.includes('RF_CSRF'), `${r.pattern}: a POST with a role changes state: CSRF`);
  }
});

test('setup: nobody, half logged-in staff, a citizen, one officer per role', async () => {
  people.set('nobody', { jar: new Jar(), roles: null });
  // the password given, the second factor not: an admin must set it up
  const half = new Jar();
  const r = await login(B, half, newStaff('agency_admin', AGENCY, 'Quản trị chưa xác thực'), DEMO_PASSWORD, '/can-bo/dang-nhap');
  assert.equal(r.status, 303);
  assert.equal(r.headers.location, '/can-bo/thiet-lap-xac-thuc');
  people.set('half', { jar: half, csrf: await half.token(B, '/can-bo/thiet-lap-xac-thuc'), roles: null });
  const citizen = await newCitizen(B);
  people.set('citizen', { jar: citizen.jar, csrf: await citizen.jar.token(B, '/tai-khoan/doi-mat-khau'), roles: [] });
  for (const role of roleNames) {
    const at = /province|inspector/.test(role) ? PROVINCE : AGENCY;
    const jar = await staffLogin(B, newStaff(role, at, 'Cán bộ kiểm thử ma trận'));
    people.set(role, { jar, csrf: await jar.token(B, '/tai-khoan/doi-mat-khau'), roles: [role] });
  }
}, { timeout: 240000 });

test('every route with roles: each role let through or refused as its table says', async () => {
  assert.equal(people.size, 3 + roleNames.length, 'everyone logged in');
  const wrong = [];
  const seen = {};	// status answered, by allowed or refused: the matrix is not empty either way
  let asked = 0;
  for (const route of routes.filter((r) => r.roles.length)) {
    for (const method of route.methods) {
      for (const [name, p] of people) {
        const r = await ask(p, method, route);
        asked++;
        const allowed = p.roles !== null && p.roles.some((x) => route.roles.includes(x));
        let ok;
        if (allowed) ok = r.status !== 403 && !toLogin(r) && r.status < 500;
        else if (p.roles === null) ok = toLogin(r);
        else ok = r.status === 403;
        seen[`${allowed ? 'allowed' : 'refused'} ${r.status}`] = (seen[`${allowed ? 'allowed' : 'refused'} ${r.status}`] || 0) + 1;
        if (!ok) wrong.push(`${method} ${route.pattern} as ${name}: ${r.status} ${r.headers.location || ''} (${allowed ? 'allowed' : 'refused'} by the table)`);
      }
    }
  }
  assert.ok(asked > 400, `${asked} requests`);
  assert.deepEqual(wrong, []);
  // pages shown, objects not found, forms refused; and both refusals
  for (const k of ['allowed 200', 'allowed 404', 'refused 403', 'refused 303']) assert.ok(seen[k] > 0, `${k}: ${JSON.stringify(seen)}`);
}, { timeout: 300000 });

test('every route that needs a login: nobody and the half logged-in are sent to log in', async () => {
  const wrong = [];
  for (const route of routes.filter((r) => !r.roles.length && r.flagNames.includes('RF_LOGIN'))) {
    for (const method of route.methods) {
      for (const name of ['nobody', 'half']) {
        const r = await ask(people.get(name), method, route);
        if (!toLogin(r)) wrong.push(`${method} ${route.pattern} as ${name}: ${r.status} ${r.headers.location || ''}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
}, { timeout: 120000 });
