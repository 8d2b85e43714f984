// The province's oversight through nginx (issue 13, section 6,
// /can-bo/giam-sat): for its admins and inspectors only; every agency's
// open dossiers by state, equal to counts of the dossiers in SQL; the
// lists behind them with minimum personal data, each view recorded; a
// dossier submitted and left unreceived becomes late to receive once
// Reception.MaxWaitHours working hours have passed (the clock moved); an
// agency that takes online dossiers without an active reception officer
// is named until one is added with dvcctl; the province admin's extension
// waiver: a reason required, once, recorded; the inspector changes
// nothing. Moves the instance's clock: alone, and always set back.
import { test, assert } from '../lib/t.mjs';
import { get } from '../lib/http.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { DEMO_PASSWORD } from '../lib/account.mjs';
import { submitted, step, processing } from '../lib/office.mjs';
import { shiftClock, resetClock, DAY } from '../lib/clock.mjs';
import { AGENCY, provinceAdmin, newProvinceAdmin, ensureInspector, login, ctl } from '../lib/report.mjs';

export const serial = 'moves the clock';

const B = NGINX;
const audits = (action, where = '') => Number(sql(`SELECT COUNT(*) FROM audit WHERE action = '${action}' ${where}`)[0][0]);
// the summary row of an agency: [waiting, late_receive, on_time, overdue, paused, paper]
const ovRow = (html, code) => {
  const tr = html.match(new RegExp(`<tr class="ov-row[^"]*" data-code="${code.replace(/\./g, '\\.')}">([\\s\\S]*?)</tr>`));
  assert.ok(tr, `${code} on the page`);
  return [...tr[1].matchAll(/<td>(?:<a [^>]*>)?(\d+)/g)].map((m) => Number(m[1]));
};
const listed = (html) => [...html.matchAll(/<tr class="ov-dossier" data-code="([^"]+)"/g)].map((m) => m[1]);

let admin;
let inspector;
let reception;
let fresh;		// submitted, never received
let open;		// in processing

test('setup', async () => {
  ensureInspector();
  admin = await login(provinceAdmin());
  inspector = await login(ensureInspector());
  reception = await login('tiepnhan@tuphap.kontum.demo');
  fresh = await submitted();
  open = await processing(reception);
}, { timeout: 120000 });

test('for the province\'s admins and inspectors only', async () => {
  for (const j of [admin, inspector]) assert.equal((await j.get(B, '/can-bo/giam-sat')).status, 200);
  assert.equal((await reception.get(B, '/can-bo/giam-sat')).status, 403, 'an agency\'s officer');
  assert.equal((await reception.get(B, `/can-bo/giam-sat/co-quan/${AGENCY}?trang_thai=cho-tiep-nhan`)).status, 403);
  assert.equal((await reception.get(B, `/can-bo/giam-sat/ho-so/${fresh.code}`)).status, 403);
  assert.equal((await get(B, '/can-bo/giam-sat')).status, 303, 'anonymous: log in first');
  assert.equal((await fresh.who.jar.get(B, '/can-bo/giam-sat')).status, 403, 'a citizen');
});

test('every agency\'s open dossiers by state equal counts of the dossiers; each view recorded', async () => {
  const views = audits('oversight.view');
  const page = (await inspector.get(B, '/can-bo/giam-sat')).body;
  assert.equal(audits('oversight.view'), views + 1);
  const n = (where) => Number(sql(`SET time_zone = '+07:00'; SELECT COUNT(*) FROM dossier d
    JOIN agency a ON a.id = d.agency_id WHERE a.code = '${AGENCY}' AND ${where}`)[0][0]);
  assert.deepEqual(ovRow(page, AGENCY), [
    n('d.status = 1'),
    ovRow(page, AGENCY)[1],		/* late to receive: by the engine, below */
    n('d.status IN (2, 4, 6) AND (d.due_at IS NULL OR d.due_at >= NOW())'),
    n('d.status IN (2, 4, 6) AND d.due_at < NOW()'),
    n('d.status = 5'),
    n('d.status IN (1, 2, 4, 5, 6) AND d.paper_pending = 1 AND d.paper_received_at IS NULL'),
  ]);
  assert.ok(ovRow(page, AGENCY)[0] >= 1, 'the fresh one waits for reception');
  // the province's total is the sum of the agencies'
  const rows = [...page.matchAll(/<tr class="ov-row[^"]*" data-code="([^"]+)"/g)].map((m) => ovRow(page, m[1]));
  const total = page.match(/<tr class="ov-total">([\s\S]*?)<\/tr>/)[1];
  const tot = [...total.matchAll(/<td>(\d+)<\/td>/g)].map((m) => Number(m[1])).slice(0, 6);
  assert.deepEqual(tot, [0, 1, 2, 3, 4, 5].map((k) => rows.reduce((a, r) => a + r[k], 0)));
});

test('the lists: minimum personal data, recorded, 422 for an unknown state, 404 for an unknown agency', async () => {
  const before = audits('oversight.list');
  const r = await admin.get(B, `/can-bo/giam-sat/co-quan/${AGENCY}?trang_thai=cho-tiep-nhan`);
  assert.equal(r.status, 200);
  assert.ok(listed(r.body).includes(fresh.code), 'the fresh one is listed');
  const who = fresh.who.data;
  for (const personal of [who.ho_ten, who.dien_thoai, who.email, who.so_dinh_danh, who.dia_chi])
    assert.ok(!r.body.includes(personal), `no ${personal}`);
  assert.equal(audits('oversight.list'), before + 1);
  const inProc = await admin.get(B, `/can-bo/giam-sat/co-quan/${AGENCY}?trang_thai=dung-han`);
  assert.ok(listed(inProc.body).includes(open.code), 'in processing, on time');
  const bad = await admin.get(B, `/can-bo/giam-sat/co-quan/${AGENCY}?trang_thai=tat-ca`);
  assert.equal(bad.status, 422);
  assert.match(bad.body, /Hãy chọn một trạng thái trong bảng giám sát/);
  assert.equal((await admin.get(B, `/can-bo/giam-sat/co-quan/${AGENCY}`)).status, 422);
  assert.equal((await admin.get(B, '/can-bo/giam-sat/co-quan/000.99.99.H34?trang_thai=qua-han')).status, 404);
  assert.equal((await admin.get(B, `/can-bo/giam-sat/co-quan/${AGENCY}?trang_thai=qua-han&sau=x`)).status, 422);
  // one dossier: its dates, no applicant; the view in the citizen's record
  const seen = audits('oversight.dossier', `AND owner_id = ${fresh.who.id}`);
  const one = await inspector.get(B, `/can-bo/giam-sat/ho-so/${fresh.code}`);
  assert.equal(one.status, 200);
  assert.ok(!one.body.includes(who.ho_ten) && !one.body.includes(who.dien_thoai));
  assert.equal(audits('oversight.dossier', `AND owner_id = ${fresh.who.id}`), seen + 1);
  assert.equal((await inspector.get(B, '/can-bo/giam-sat/ho-so/KHONG-CO-MA')).status, 404);
});

test('late to receive: Reception.MaxWaitHours working hours after submission, by the deadline engine', async () => {
  const lateOnes = async () => listed((await admin.get(B,
    `/can-bo/giam-sat/co-quan/${AGENCY}?trang_thai=tre-tiep-nhan`)).body);
  assert.ok(!(await lateOnes()).includes(fresh.code), 'just submitted: not late');
  try {
    await shiftClock(7 * DAY);	// a week: past 8 working hours whatever the weekday
    admin = await login(newProvinceAdmin());	// this file's admin logged in a second ago
    assert.ok((await lateOnes()).includes(fresh.code), 'a week on, never received: late');
    const page = (await admin.get(B, '/can-bo/giam-sat')).body;
    assert.ok(ovRow(page, AGENCY)[1] >= 1);
    assert.match(page, /đã nộp hơn 8 giờ làm việc mà chưa được tiếp nhận/);
  } finally {
    await resetClock();
  }
  admin = await login(provinceAdmin());
}, { timeout: 120000 });

test('an agency taking online dossiers without an active reception officer is named until one is added', async () => {
  const [code] = sql(`SELECT a.code FROM agency a WHERE a.status = 'active'
    AND EXISTS (SELECT 1 FROM proc_agency pa JOIN proc p ON p.id = pa.proc_id
      WHERE pa.agency_id = a.id AND pa.role = 'implementing' AND p.level >= 3)
    AND NOT EXISTS (SELECT 1 FROM account u JOIN account_role r ON r.account_id = u.id
      WHERE u.agency_id = a.id AND r.role = 'reception' AND u.status = 'active')
    ORDER BY a.code LIMIT 1`)[0];
  const unstaffed = async () => [...((await inspector.get(B, '/can-bo/giam-sat')).body
    .match(/<ul id="co-quan-chua-co-can-bo">([\s\S]*?)<\/ul>/) || ['', ''])[1]
    .matchAll(/data-code="([^"]+)"/g)].map((m) => m[1]);
  assert.ok((await unstaffed()).includes(code), `${code} is named`);
  assert.ok(!(await unstaffed()).includes(AGENCY), 'an agency with its reception officer is not');
  const email = `tiepnhan${Date.now()}@kontum.test`;
  const r = ctl(['user', 'add', '--email', email, '--name', 'Trần Thị Mai', '--agency', code,
    '--role', 'reception', '--password-stdin'], `${DEMO_PASSWORD}\n`);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(!(await unstaffed()).includes(code), 'no longer once it has one');
  assert.equal(ctl(['user', 'disable', email]).status, 0);
  assert.ok((await unstaffed()).includes(code), 'named again when that officer is disabled');
});

test('the extension waiver: the province admin\'s, with a reason, once, recorded; the inspector\'s page has no form', async () => {
  const d = open;
  const page = (await inspector.get(B, `/can-bo/giam-sat/ho-so/${d.code}`)).body;
  assert.ok(!page.includes('/mien-gioi-han"') && !page.includes('name="ly_do"'), 'no form for the inspector');
  assert.match(page, /id="khong-mien">Hồ sơ chưa được cho phép gia hạn vượt giới hạn\./);
  const itok = await inspector.token(B, `/can-bo/giam-sat/ho-so/${d.code}`);
  const tok = await admin.token(B, `/can-bo/giam-sat/ho-so/${d.code}`);
  assert.equal((await inspector.post(B, `/can-bo/giam-sat/ho-so/${d.code}/mien-gioi-han`,
    { csrf: itok, ly_do: 'x' })).status, 403, 'the inspector changes nothing');
  assert.equal(sql(`SELECT COUNT(*) FROM extension_waiver WHERE dossier_id = ${d.id}`)[0][0], '0');
  const empty = await admin.post(B, `/can-bo/giam-sat/ho-so/${d.code}/mien-gioi-han`, { csrf: tok, ly_do: '' });
  assert.equal(empty.status, 422);
  assert.match(empty.body, /Hãy nhập lý do cho phép/);
  assert.equal(sql(`SELECT COUNT(*) FROM extension_waiver WHERE dossier_id = ${d.id}`)[0][0], '0');
  const before = audits('dossier.waiver', `AND object_id = ${d.id} AND owner_id = ${d.who.id}`);
  const ok = await admin.post(B, `/can-bo/giam-sat/ho-so/${d.code}/mien-gioi-han`,
    { csrf: tok, ly_do: 'Hồ sơ cần xác minh tại hai địa phương.' });
  assert.equal(ok.status, 303);
  assert.equal(ok.headers.location, `/can-bo/giam-sat/ho-so/${d.code}?da-mien=1`);
  const w = sql(`SELECT reason, granted_by = (SELECT id FROM account WHERE email = '${provinceAdmin()}')
    FROM extension_waiver WHERE dossier_id = ${d.id}`)[0];
  assert.deepEqual(w, ['Hồ sơ cần xác minh tại hai địa phương.', '1']);
  assert.equal(audits('dossier.waiver', `AND object_id = ${d.id} AND owner_id = ${d.who.id}`), before + 1,
    'recorded, in the citizen\'s record');
  const shown = (await admin.get(B, ok.headers.location)).body;
  assert.match(shown, /Đã ghi nhận việc cho phép gia hạn vượt giới hạn/);
  assert.match(shown, /Hồ sơ cần xác minh tại hai địa phương\./);
  const twice = await admin.post(B, `/can-bo/giam-sat/ho-so/${d.code}/mien-gioi-han`, { csrf: tok, ly_do: 'lần hai' });
  assert.equal(twice.status, 409);
  assert.match(twice.body, /đã được cho phép gia hạn vượt giới hạn trước đó/);
  assert.equal(sql(`SELECT reason FROM extension_waiver WHERE dossier_id = ${d.id}`)[0][0],
    'Hồ sơ cần xác minh tại hai địa phương.', 'the first stands');
  const list = (await admin.get(B, `/can-bo/giam-sat/co-quan/${AGENCY}?trang_thai=dung-han`)).body;
  assert.match(list, new RegExp(`data-code="${d.code}">[\\s\\S]*?Đã cho phép gia hạn vượt giới hạn`));
  assert.equal((await admin.post(B, '/can-bo/giam-sat/ho-so/KHONG-CO/mien-gioi-han',
    { csrf: tok, ly_do: 'x' })).status, 404);
}, { timeout: 120000 });
