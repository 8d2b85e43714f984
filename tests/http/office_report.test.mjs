// Period reports, the annual report and the scorecard through nginx
// (issue 13, section 6): who reads which agency's figures (an officer
// their own; the province's admins and inspectors any, and the province;
// another agency's: 403, recorded), bad input (a period reversed, years
// out of range, an unknown agency...) answered with the page and a
// message in Vietnamese, never a 500; the figures against counts of the
// dossiers made here; CSV (BOM, CRLF, RFC 4180) and JSON; exports and
// drill-downs recorded; the drill-downs give no applicant's data; the
// inspector made with dvcctl; Article 5.1b in the API and the embed.
import { readFileSync } from 'node:fs';
import { test, assert } from '../lib/t.mjs';
import { get } from '../lib/http.mjs';
import { NGINX, ROOT, sql } from '../lib/env.mjs';
import { newCitizen } from '../lib/account.mjs';
import { submitted, step, staffLike, L3 } from '../lib/office.mjs';
import {
  AGENCY, provinceAdmin, INSPECTOR, ensureInspector, login, vnDay, reportJson, rowOf, parseCsv, pageRow,
  jsonCells, ctl,
} from '../lib/report.mjs';

const B = NGINX;
const OTHER = '000.00.06.H34';
const lang = readFileSync(`${ROOT}/templates/lang/vi.hdf`, 'utf8');
const bad = lang.slice(lang.indexOf('    Bad {\n      kind = '));
// tests/run.mjs runs this file alone, because it:
export const serial = "compares today's figures of the whole province with the dossiers counted in SQL";

// a message of Lang.Period.Bad, as the page shows it (HTML-escaped)
const msg = (key) => {
  const m = bad.slice(0, bad.indexOf('}')).match(new RegExp(`\\n\\s*${key} = (.*)`));
  assert.ok(m, `Lang key ${key}`);
  return m[1].replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
};
const audits = (action) => Number(sql(`SELECT COUNT(*) FROM audit WHERE action = '${action}'`)[0][0]);
const today = vnDay();
const year = Number(today.slice(0, 4));

let reception;
let admin;
let inspector;
let made;

test('setup: the inspector made with dvcctl user add --role inspector; officers; dossiers of today', async () => {
  ensureInspector();
  const roles = sql(`SELECT GROUP_CONCAT(r.role), a.agency_id = (SELECT id FROM agency WHERE code = '000.00.01.H34')
    FROM account a JOIN account_role r ON r.account_id = a.id WHERE a.email = '${INSPECTOR}'`)[0];
  assert.deepEqual(roles, ['inspector', '1'], 'the province office\'s inspector');
  reception = await login('tiepnhan@tuphap.kontum.demo');
  admin = await login(provinceAdmin());
  inspector = await login(INSPECTOR);
  assert.ok(sql(`SELECT totp_enabled FROM account WHERE email = '${INSPECTOR}'`)[0][0] === '1',
    'the inspector logs in with a second factor, as admins do');
  made = { refused: await submitted(), open: await submitted() };
  assert.equal((await step(reception, made.refused, 'tu-choi', { xac_nhan: '1', ly_do: 'Không đúng thẩm quyền.' })).status, 303);
  assert.equal((await step(reception, made.open, 'tiep-nhan')).status, 303);
}, { timeout: 180000 });

test('staff home links the pages each may read', async () => {
  const home = (await reception.get(B, '/can-bo')).body;
  assert.ok(home.includes('/can-bo/bao-cao"') && !home.includes('/can-bo/giam-sat"'),
    'an officer: reports, no oversight');
  for (const j of [admin, inspector]) {
    const h = (await j.get(B, '/can-bo')).body;
    assert.ok(h.includes('/can-bo/giam-sat"') && h.includes('/can-bo/bao-cao"') &&
      h.includes('/can-bo/bao-cao/chi-so"') && h.includes('/can-bo/bao-cao/nam"'));
  }
  assert.match((await inspector.get(B, '/can-bo')).body, /Thanh tra, giám sát/, 'the role in words');
});

test('who reads what: an officer their agency, overseers any agency and the province; 403 recorded', async () => {
  const own = await reception.get(B, '/can-bo/bao-cao');
  assert.equal(own.status, 200);
  assert.match(own.body, /Sở Tư pháp tỉnh Kon Tum/, 'their agency by default');
  assert.equal((await reception.get(B, `/can-bo/bao-cao?co_quan=${AGENCY}`)).status, 200);
  const denied = audits('report.denied');
  for (const path of [`/can-bo/bao-cao?co_quan=${OTHER}`, `/can-bo/bao-cao.csv?co_quan=${OTHER}`,
    `/can-bo/bao-cao.json?co_quan=${OTHER}`, `/can-bo/bao-cao/nam?co_quan=${OTHER}`,
    `/can-bo/bao-cao/chi-so?co_quan=${OTHER}`, `/can-bo/bao-cao/chi-so/tre-han?co_quan=${OTHER}`]) {
    assert.equal((await reception.get(B, path)).status, 403, path);
  }
  assert.equal(audits('report.denied'), denied + 6, 'each refusal on record');
  for (const j of [admin, inspector]) {
    const p = await j.get(B, '/can-bo/bao-cao');
    assert.equal(p.status, 200);
    assert.match(p.body, /Toàn tỉnh/, 'the province by default');
    assert.equal((await j.get(B, `/can-bo/bao-cao?co_quan=${OTHER}`)).status, 200);
    assert.equal((await j.get(B, `/can-bo/bao-cao/chi-so?co_quan=${OTHER}`)).status, 200);
  }
  assert.equal((await get(B, '/can-bo/bao-cao')).status, 303, 'anonymous: log in first');
  const citizen = await newCitizen(B);
  assert.equal((await citizen.jar.get(B, '/can-bo/bao-cao')).status, 403, 'a citizen: no');
  // an officer without an agency reads nothing
  staffLike('khongcoquan@kontum.test', 'specialist', AGENCY);
  sql("UPDATE account SET agency_id = NULL WHERE email = 'khongcoquan@kontum.test'");
  const orphan = await login('khongcoquan@kontum.test');
  assert.equal((await orphan.get(B, '/can-bo/bao-cao')).status, 403);
}, { timeout: 120000 });

test('bad input: the page again with a clear message in Vietnamese, never a 500', async () => {
  const cases = [
    ['ky=khoang&tu_ngay=2026-03-01&den_ngay=2026-02-01', 'reversed'],
    ['ky=khoang&tu_ngay=01/03/2026&den_ngay=01/02/2026', 'reversed'],
    ['ky=nam&nam=1999', 'year'],
    [`ky=nam&nam=${year + 1}`, 'year'],
    ['ky=nam&nam=abc', 'year'],
    ['ky=nam', 'year'],
    [`ky=thang&nam=${year}&thang=13`, 'month'],
    [`ky=thang&nam=${year}&thang=0`, 'month'],
    [`ky=quy&nam=${year}&quy=5`, 'quarter'],
    ['ky=khoang&tu_ngay=2026-02-30&den_ngay=2026-03-01', 'date_format'],
    ['ky=khoang&tu_ngay=hom-qua&den_ngay=2026-03-01', 'date_format'],
    ['ky=khoang&tu_ngay=2026-03-01', 'dates'],
    [`ky=khoang&tu_ngay=1999-12-01&den_ngay=${year}-01-31`, 'range_years'],
    [`ky=khoang&tu_ngay=${year}-01-01&den_ngay=${year + 1}-01-31`, 'range_years'],
    ['ky=tuan', 'kind'],
    ['co_quan=000.99.99.H34', 'agency'],
    ['co_quan=%3Cscript%3E', 'agency'],
    ['theo=tinh', 'group'],
  ];
  for (const [q, key] of cases) {
    for (const path of ['/can-bo/bao-cao', '/can-bo/bao-cao.csv', '/can-bo/bao-cao.json',
      '/can-bo/bao-cao/in', '/can-bo/bao-cao/chi-so']) {
      if (path === '/can-bo/bao-cao/chi-so' && key === 'group') continue;	/* no grouping there */
      const r = await admin.get(B, `${path}?${q}`);
      assert.equal(r.status, 422, `${path}?${q}: ${r.status}`);
      assert.ok(r.body.includes(msg(key)), `${path}?${q}: the message "${key}"`);
      assert.match(r.headers['content-type'], /^text\/html/, 'a page, not a broken file');
    }
  }
  // the annual report: its year
  for (const q of ['nam=1999', `nam=${year + 1}`, 'nam=x', 'co_quan=000.99.99.H34']) {
    const r = await admin.get(B, `/can-bo/bao-cao/nam?${q}`);
    assert.equal(r.status, 422, q);
  }
  // a drill-down needs one agency, and a good page cursor
  const r = await admin.get(B, `/can-bo/bao-cao/chi-so/tre-han?ky=nam&nam=${year}`);
  assert.equal(r.status, 422);
  assert.ok(r.body.includes(msg('agency_needed')));
  assert.equal((await admin.get(B, `/can-bo/bao-cao/chi-so/tre-han?co_quan=${AGENCY}&sau=-1`)).status, 422);
  assert.equal((await admin.get(B, `/can-bo/bao-cao/chi-so/khong-co?co_quan=${AGENCY}`)).status, 404);
  // what was typed stays in the form
  const again = await admin.get(B, '/can-bo/bao-cao?ky=khoang&tu_ngay=2026-03-01&den_ngay=2026-02-01');
  assert.match(again.body, /name="tu_ngay" type="date" value="2026-03-01"/);
}, { timeout: 300000 });

test('today\'s figures of the province equal the dossiers counted in SQL; JSON, CSV and the page agree', async () => {
  // the database tests (tests/db) delete the dossiers they drove through
  // thousands of steps, and counts kept from events do not go back down
  // when a row is deleted (the portal never deletes a submitted dossier):
  // the counts made again from the dossiers as they are, the way an
  // operator would after such a clean-up
  const rb = ctl(['rebuild', 'reports']);
  assert.equal(rb.status, 0, rb.stderr);
  const q = `ky=khoang&tu_ngay=${today}&den_ngay=${today}`;
  const json = await reportJson(admin, q);
  const count = (where) => Number(sql(`SET time_zone = '+07:00'; SELECT COUNT(*) FROM dossier d
    WHERE ${where}`)[0][0]);
  assert.equal(json.total.submitted, count(`d.status > 0 AND DATE(d.submitted_at) = '${today}'`));
  assert.equal(json.total.received, count(`DATE(d.received_at) = '${today}'`));
  assert.equal(json.total.refused, Number(sql(`SET time_zone = '+07:00'; SELECT COUNT(*) FROM dossier_event
    WHERE action IN ('refuse', 'approve_refusal') AND DATE(at) = '${today}'`)[0][0]));
  // every channel counted: online, at the counter, by post
  assert.equal(json.channels.online + json.channels.counter + json.channels.post, json.total.received);
  assert.equal(json.channels.counter, count(`d.channel = 'counter' AND DATE(d.received_at) = '${today}'`));
  assert.equal(json.channels.post, count(`d.channel = 'post' AND DATE(d.received_at) = '${today}'`));
  const page = (await admin.get(B, `/can-bo/bao-cao?${q}`)).body;
  assert.match(page, new RegExp(`id="kenh-truc-tuyen">${json.channels.online}<`));
  assert.match(page, new RegExp(`id="kenh-truc-tiep">${json.channels.counter}<`));
  for (const r of json.rows) assert.deepEqual(pageRow(page, r.code), jsonCells(r), r.code);
  const csv = await admin.get(B, `/can-bo/bao-cao.csv?${q}`);
  assert.match(csv.headers['content-disposition'], /^attachment; filename="bao-cao-tinh-/);
  const text = csv.body.replace(/^\uFEFF/, '');
  assert.ok(text.endsWith('\r\n') && !/[^\r]\n/.test(text), 'CRLF line ends');
  const rows = parseCsv(csv.body);
  assert.equal(rows.length, json.rows.length + 2, 'a title row, one per agency, the total');
  for (const r of json.rows) {
    const line = rows.find((x) => x[0] === r.code);
    assert.equal(line[1], r.name);
    assert.equal(line[2], String(r.submitted));
  }
  // a name with a comma, quoted
  const withComma = json.rows.find((r) => r.name.includes(','));
  if (withComma) assert.ok(text.includes(`"${withComma.name}"`));
  // the JSON: agency of each row, criteria named
  assert.ok(Array.isArray(json.criteria) && json.criteria.length >= 3);
  assert.equal(json.group, 'co-quan');
});

test('exports and drill-downs are recorded; drill-downs hold no applicant\'s data', async () => {
  const before = audits('report.export');
  await admin.get(B, `/can-bo/bao-cao.csv?ky=thang&nam=${year}&thang=${Number(today.slice(5, 7))}`);
  await admin.get(B, `/can-bo/bao-cao.json?ky=thang&nam=${year}&thang=${Number(today.slice(5, 7))}`);
  assert.equal(audits('report.export'), before + 2);
  const list = audits('report.list');
  for (const what of ['chua-day-du', 'tre-han', 'chua-phat-sinh', 'danh-gia-thap']) {
    const r = await admin.get(B, `/can-bo/bao-cao/chi-so/${what}?ky=nam&nam=${year}&co_quan=${AGENCY}`);
    assert.equal(r.status, 200, what);
    assert.ok(!r.body.includes(made.open.who.data.ho_ten) && !r.body.includes(made.open.who.data.dien_thoai),
      'no applicant name or phone');
  }
  assert.equal(audits('report.list'), list + 4);
  // the officer's own agency without naming it
  assert.equal((await reception.get(B, `/can-bo/bao-cao/chi-so/chua-day-du?ky=nam&nam=${year}`)).status, 200);
});

test('the scorecard: its figures with their formulas; publicity and online provision counted from the catalogue', async () => {
  const page = (await admin.get(B, `/can-bo/bao-cao/chi-so?ky=nam&nam=${year}&co_quan=${AGENCY}`)).body;
  const pairs = sql(`SELECT p.level, p.code FROM proc_agency pa JOIN proc p ON p.id = pa.proc_id
    JOIN agency a ON a.id = pa.agency_id WHERE a.code = '${AGENCY}' AND pa.role = 'implementing'`);
  const pub = page.match(/id="chi-so-cong-khai">[\s\S]*?= (\d+) \/ (\d+) × 100/);
  assert.ok(pub, 'publicity with its formula');
  assert.equal(Number(pub[2]), pairs.length, 'the agency\'s procedures');
  const online = page.match(/id="chi-so-truc-tuyen">[\s\S]*?= (\d+) \/ (\d+) × 100/);
  assert.deepEqual([Number(online[1]), Number(online[2])],
    [pairs.filter((p) => Number(p[0]) >= 3).length, pairs.length], 'level 3-4 of those implemented');
  // the incomplete ones listed are those the formula leaves out
  const missing = (await admin.get(B, `/can-bo/bao-cao/chi-so/chua-day-du?ky=nam&nam=${year}&co_quan=${AGENCY}`)).body;
  const listed = [...missing.matchAll(/class="cost-row" data-code="([^"]+)"/g)].length;
  assert.equal(listed, Number(pub[2]) - Number(pub[1]), 'the procedures that cost points');
  for (const id of ['chi-so-tien-do', 'chi-so-phat-sinh', 'chi-so-ho-so-truc-tuyen', 'chi-so-hai-long'])
    assert.match(page, new RegExp(`id="${id}">`), id);
  assert.match(page, /<svg class="chart-svg"[^>]*role="img"[^>]*><title id="[^"]+">/, 'the chart named');
  assert.match(page, /<caption>Số liệu của biểu đồ<\/caption>/, 'its table beside it');
});

test('the annual report (Article 17): one printable document, per agency and for the province', async () => {
  for (const q of [`nam=${year}`, `nam=${year}&co_quan=${AGENCY}`]) {
    const r = await admin.get(B, `/can-bo/bao-cao/nam?${q}`);
    assert.equal(r.status, 200, q);
    assert.match(r.body, /<body class="print">/, 'the print layout');
    for (const h of ['ket-qua-chung', 'theo-thang', 'chi-tiet', 'danh-gia', 'chi-so'])
      assert.match(r.body, new RegExp(`<h2 id="${h}">`), h);
    const json = await reportJson(admin, `ky=nam&nam=${year}${q.includes('co_quan') ? `&co_quan=${AGENCY}` : ''}`);
    assert.match(r.body, new RegExp(`id="tong-nop">${json.total.submitted}<`), 'the year\'s totals');
    const months = [...r.body.matchAll(/<tr class="month-row">(?:<[^>]+>[^<]*){2}<td>(\d+)<\/td>/g)]
      .reduce((a, m) => a + Number(m[1]), 0);
    assert.equal(months, json.total.submitted, 'the months add up to the year');
  }
  assert.match((await admin.get(B, `/can-bo/bao-cao/nam?nam=${year}`)).body, /id="gop-y">\d+</,
    'the public\'s messages, for the province');
  assert.equal((await reception.get(B, `/can-bo/bao-cao/nam?nam=${year}`)).status, 200, 'an officer: their agency\'s');
});

test('Article 5.1b: the API and the embed carry each procedure\'s guide and live counts', async () => {
  await new Promise((r) => setTimeout(r, 1500));	// Catalog.StatsInterval = 1 here
  const api = JSON.parse((await get(B, `/api/v1/services?agency=${AGENCY}`)).body);
  const one = api.services.find((s) => s.code === L3);
  assert.ok(one, L3);
  const stat = sql(`SELECT COALESCE(SUM(received), 0), COALESCE(SUM(processed), 0),
    COALESCE(SUM(early + on_time), 0), COALESCE(SUM(early + on_time + late), 0)
    FROM dossier_stat WHERE proc_code = '${L3}'`)[0].map(Number);
  const views = Number((sql(`SELECT views FROM proc_stat s JOIN proc p ON p.id = s.proc_id
    WHERE p.code = '${L3}'`)[0] || ['0'])[0]);
  assert.equal(one.received, stat[0]);
  assert.equal(one.settled, stat[1]);
  assert.equal(one.views, views);
  assert.equal(one.on_time_rate, stat[3] ? Math.round(stat[2] * 1000 / stat[3]) / 10 : null);
  assert.match(one.guide, /^https?:\/\/[^/]+\/(thu-tuc\/1\.001940#s-huongdan|huong-dan\/[a-z-]+)$/);
  for (const s of api.services) {
    for (const k of ['guide', 'views', 'received', 'settled', 'on_time_rate']) assert.ok(k in s, `${s.code}: ${k}`);
  }
  const embed = (await get(B, `/nhung/co-quan/${AGENCY}`)).body;
  const li = embed.match(new RegExp(`<li data-code="${L3.replace('.', '\\.')}">([\\s\\S]*?)</li>`));
  assert.ok(li, 'the procedure in the embed');
  assert.match(li[1], new RegExp(`<span class="received">${one.received}</span>`));
  assert.match(li[1], new RegExp(`<span class="settled">${one.settled}</span>`));
  assert.match(li[1], new RegExp(`<span class="views">${one.views}</span>`));
  assert.ok(li[1].includes(one.guide.replace(/&/g, '&amp;')), 'the guide link');
});

test('a report over a period with nothing in it says so', async () => {
  const r = await admin.get(B, '/can-bo/bao-cao?ky=thang&nam=2001&thang=2');
  assert.equal(r.status, 200);
  assert.match(r.body, /id="khong-co">Không có hồ sơ nào trong kỳ báo cáo\./);
  const json = await reportJson(admin, 'ky=thang&nam=2001&thang=2');
  assert.deepEqual(json.rows, []);
  assert.equal(json.total.on_time_rate, null);
  assert.equal(rowOf(json, AGENCY).submitted, 0);
});
