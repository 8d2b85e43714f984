// The JSON API for agencies that build their own menu, through both
// servers: public data, CORS, JSON errors.
import { test, assert } from '../lib/t.mjs';
import { get, request } from '../lib/http.mjs';
import { NGINX, APACHE, sql } from '../lib/env.mjs';

for (const [name, base] of [['nginx', NGINX], ['apache', APACHE]]) {
  test(`${name}: /api/v1/fields`, async () => {
    const r = await get(base, '/api/v1/fields');
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(r.headers['access-control-allow-origin'], '*');
    const j = JSON.parse(r.body);
    assert.ok(j.fields.length >= 15);
    const ht = j.fields.find((f) => f.slug === 'ho-tich');
    assert.equal(ht.name, 'Hộ tịch');
    assert.ok(ht.procedures > 0);
  });

  test(`${name}: /api/v1/agencies`, async () => {
    const j = JSON.parse((await get(base, '/api/v1/agencies')).body);
    const stp = j.agencies.find((a) => a.code === '000.00.09.H34');
    assert.equal(stp.name, 'Sở Tư pháp tỉnh Kon Tum');
    assert.equal(stp.level, 'province');
    assert.ok(stp.procedures > 0);
  });

  test(`${name}: /api/v1/services?agency=CODE lists that agency's services`, async () => {
    const r = await get(base, '/api/v1/services?agency=000.31.01.H34');
    assert.equal(r.status, 200);
    const j = JSON.parse(r.body);
    assert.equal(j.agency.code, '000.31.01.H34');
    const want = Number(sql(`SELECT COUNT(*) FROM proc_agency pa JOIN agency a ON a.id = pa.agency_id
      JOIN proc p ON p.id = pa.proc_id WHERE a.code = '000.31.01.H34' AND pa.role = 'implementing'
      AND (p.valid_to IS NULL OR p.valid_to >= CURDATE())`)[0][0]);
    assert.equal(j.services.length, want);
    const ks = j.services.find((s) => s.code === '1.001193');
    assert.ok(ks, 'Đăng ký khai sinh is there');
    assert.equal(ks.level, 4);
    assert.equal(ks.online, true);
    assert.match(ks.url, /\/thu-tuc\/1\.001193$/);
  });

  test(`${name}: unknown agency 404, bad parameter 400, unknown path 404: JSON errors`, async () => {
    for (const [path, code] of [['/api/v1/services?agency=999.99.99.X99', 404], ['/api/v1/services?agency=%3Cx%3E', 400],
      ['/api/v1/khong-co', 404], ['/api/v1/services?a.b=1', 400]]) {
      const r = await get(base, path);
      assert.equal(r.status, code, path);
      assert.match(r.headers['content-type'], /application\/json/, path);
      const j = JSON.parse(r.body);
      assert.equal(j.error, code);
      assert.match(j.ref, /^[0-9A-Z]{10}$/);
      assert.ok(j.message.length > 0);
    }
  });

  test(`${name}: the API only reads: POST 405`, async () => {
    const r = await request(base, 'POST', '/api/v1/fields', { headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': 1 }, body: 'a' });
    assert.equal(r.status, 405);
  });
}
