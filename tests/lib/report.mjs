// The period reports and the oversight for the tests (issue 13, section
// 6): the province's inspector made with dvcctl as an operator would,
// the report in its four forms (page, print, CSV, JSON) read back into
// numbers, and dates in Vietnam time.
import { spawnSync } from 'node:child_process';
import { assert } from './t.mjs';
import { BUILD, CONFIG, NGINX, sql } from './env.mjs';
import { DEMO_PASSWORD, newStaff, staffLogin } from './account.mjs';

const B = NGINX;
export const AGENCY = '000.00.09.H34';
export const PROVINCE_OFFICE = '000.00.01.H34'; // Văn phòng UBND tỉnh
export const INSPECTOR = 'thanhtra@vpubnd.kontum.test';

export function ctl(args, input) {
  return spawnSync(`${BUILD}/dvcctl`, ['-c', CONFIG, ...args], { encoding: 'utf8', input });
}

// The province's inspector, made once with dvcctl user add --role inspector.
export function ensureInspector() {
  if (sql(`SELECT COUNT(*) FROM account WHERE email = '${INSPECTOR}'`)[0][0] === '0') {
    const r = ctl(['user', 'add', '--email', INSPECTOR, '--name', 'Hồ Thị Kim Oanh',
      '--agency', PROVINCE_OFFICE, '--role', 'inspector', '--password-stdin'], `${DEMO_PASSWORD}\n`);
    assert.equal(r.status, 0, r.stderr);
  }
  return INSPECTOR;
}

export const login = (email) => staffLogin(B, email);

// A province admin made with dvcctl user add, as an operator makes one:
// newProvinceAdmin() a new one each time, provinceAdmin() this file's own.
// An admin's second factor takes one code per 30-second step (and the
// steps either side): files that log in again after each move of the
// clock would otherwise wait for the next step of the one demo admin
// every file shares.
export const newProvinceAdmin = () => newStaff('province_admin', '000.00.15.H34', 'Quản trị tỉnh kiểm thử');
let admin;
export const provinceAdmin = () => (admin ||= newProvinceAdmin());

// Vietnam's calendar day of unix time t, as YYYY-MM-DD.
export function vnDay(t = Date.now() / 1000) {
  return new Date((t + 7 * 3600) * 1000).toISOString().slice(0, 10);
}

// The report as JSON: { from, to, rows: [...], total }, asserting 200.
export async function reportJson(jar, query) {
  const r = await jar.get(B, `/can-bo/bao-cao.json?${query}`);
  assert.equal(r.status, 200, r.body.slice(0, 800));
  assert.match(r.headers['content-type'], /^application\/json; charset=utf-8/);
  return JSON.parse(r.body);
}

// A row of a report (JSON) by code, or zeros.
export const COUNTS = ['submitted', 'received', 'settled', 'early', 'on_time', 'late', 'refused',
  'stopped', 'withdrawn', 'prog_ok', 'prog_late', 'paused', 'rated', 'commented'];
export function rowOf(report, code) {
  const r = report.rows.find((x) => x.code === code);
  return r || Object.fromEntries(COUNTS.map((c) => [c, 0]));
}

// The numbers of the report table's row data-code="code" on a page
// (office_report.cs, office_report_print.cs), in the table's column order.
export function pageRow(html, code) {
  const tr = html.match(new RegExp(`<tr class="report-row" data-code="${code.replace(/\./g, '\\.')}">([\\s\\S]*?)</tr>`));
  if (!tr) return null;
  return [...tr[1].matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]);
}
export function pageTotal(html) {
  const tr = html.match(/<tr class="report-total">([\s\S]*?)<\/tr>/);
  return tr ? [...tr[1].matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]) : null;
}
// The same columns from a JSON row: counts, then the derived figures where
// the table has them (Vietnamese decimal comma).
export function jsonCells(r) {
  const vi = (v) => (v === null ? '' : String(v.toFixed(1)).replace('.', ','));
  return [r.submitted, r.received, r.settled, r.early, r.on_time, r.late, vi(r.on_time_rate),
    vi(r.avg_days), vi(r.p90_days), r.refused, r.stopped, r.withdrawn, r.prog_ok, r.prog_late,
    r.paused, r.rated, r.commented].map(String);
}

// RFC 4180 parsing of a CSV body (BOM dropped): rows of cells.
export function parseCsv(text) {
  const s = text.replace(/^\uFEFF/, '');
  const rows = [];
  let row = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell); rows.push(row); row = []; cell = ''; i++;
    } else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}
