// The catalogue editor in a real browser (issue 16, "Done when"): an
// agency admin creates a procedure with two cases, documents and a form,
// part by part, the forms adding rows by their own buttons (no script
// needed); the province admin checks and publishes it under a decision;
// it shows on the portal and a citizen submits a dossier for it. Every
// page axe-clean.
import { readFileSync } from 'node:fs';
import { test, assert } from '../lib/t.mjs';
import { launch, clean, click, DESK } from '../lib/browser.mjs';
import { NGINX, ROOT, sql } from '../lib/env.mjs';
import { newCitizen, newStaff, staffLogin } from '../lib/account.mjs';
import { get } from '../lib/http.mjs';
import { startDraft, slots, upload, submit } from '../lib/dossier.mjs';
import { newCode as freshCode } from '../lib/catalog_edit.mjs';

const B = NGINX;
const AGENCY = '000.00.09.H34';
const newCode = () => freshCode('8');

// A browser context with a session taken through the login pages (the
// second factor set up by the helper, as an admin's first login does).
async function pageOf(browser, jar) {
  const ctx = await browser.newContext(DESK);
  ctx.setDefaultTimeout(20000);
  await ctx.addCookies([...jar.c].map(([name, value]) => ({ name, value, url: B })));
  return ctx.newPage();
}

const part = (slug) => `section[aria-labelledby="${slug}"]`;
async function save(page, slug) {
  await click(page, `${part(slug)} button[type=submit]:not([name])`);
  assert.match(page.url(), /\?da-luu=1/);
}
async function addRow(page, slug) {
  await click(page, `${part(slug)} button[name=them]`);
}

let browser;
let code;
let admin;

test('an agency admin creates a procedure: its general part, two cases, its steps', async () => {
  browser = await launch();
  admin = await pageOf(browser, await staffLogin(B, newStaff('agency_admin', AGENCY, 'Quản trị Sở Tư pháp')));
  await admin.goto(`${B}/can-bo`);
  await click(admin, 'nav.staff-menu a[href="/quan-tri"]');
  await clean(admin, 'the admin home');
  await click(admin, 'main a[href="/quan-tri/thu-tuc"]');
  await clean(admin, 'the catalogue list');

  code = newCode();
  await admin.fill('#ma', code);
  await click(admin, 'main form button[type=submit]');
  assert.match(admin.url(), new RegExp(`/quan-tri/thu-tuc/${code.replace('.', '\\.')}$`));
  // a new draft: what is missing, each message beside its field
  assert.match(await admin.textContent('#name-loi'), /bắt buộc, đang thiếu/);
  await clean(admin, 'a new draft with its errors');

  await admin.fill('#name', `Cấp giấy xác nhận kiểm thử ${code}`);
  await admin.selectOption('#field', 'HT');
  await admin.selectOption('#level', '3');
  await admin.check('#al_province');
  await admin.fill('#subjects', 'Công dân Việt Nam');
  await admin.fill('#result', 'Giấy xác nhận');
  await admin.fill('#legal_basis', 'Luật Hộ tịch năm 2014');
  await save(admin, 'chung');

  await addRow(admin, 'truong-hop');
  await admin.fill('#c0_key', 'cap-moi');
  await admin.fill('#c0_name', 'Cấp lần đầu');
  await addRow(admin, 'truong-hop');
  assert.equal(await admin.inputValue('#c0_key'), 'cap-moi', 'the first row kept');
  await admin.fill('#c1_key', 'cap-lai');
  await admin.fill('#c1_name', 'Cấp lại do mất, hỏng');
  await admin.fill('#c1_fee', '15000');
  await save(admin, 'truong-hop');

  await addRow(admin, 'cac-buoc');
  await admin.selectOption('#s0_party', 'citizen');
  await admin.fill('#s0_text', 'Nộp hồ sơ trực tuyến hoặc tại Bộ phận Một cửa.');
  await addRow(admin, 'cac-buoc');
  await admin.selectOption('#s1_party', 'agency');
  await admin.fill('#s1_text', 'Thẩm định và cấp giấy xác nhận.');
  await save(admin, 'cac-buoc');
}, { timeout: 180000 });

test('the agency admin adds documents with a form, the channels and the internal process', async () => {
  await addRow(admin, 'giay-to');
  await admin.selectOption('#d0_case', 'cap-moi');
  await admin.fill('#d0_name', 'Tờ khai đề nghị cấp giấy xác nhận');
  await admin.fill('#d0_originals', '1');
  await admin.check('#d0_required');
  await admin.fill('#d0_form_name', 'Mẫu tờ khai');
  await admin.fill('#d0_form_file', 'ban-cong-bo-san-pham.rtf');
  await addRow(admin, 'giay-to');
  await admin.fill('#d1_name', 'Giấy tờ tùy thân');
  await admin.fill('#d1_copies', '1');
  await admin.check('#d1_required');
  await save(admin, 'giay-to');

  await addRow(admin, 'cach-nop');
  await admin.selectOption('#h0_channel', 'in_person');
  await admin.fill('#h0_time', '5');
  await admin.selectOption('#h0_unit', 'working_days');
  await addRow(admin, 'cach-nop');
  await admin.selectOption('#h1_channel', 'online');
  await admin.fill('#h1_time', '5');
  await admin.selectOption('#h1_unit', 'working_days');
  await save(admin, 'cach-nop');

  await addRow(admin, 'quy-trinh');
  await admin.fill('#p0_step', 'Tiếp nhận, chuyển hồ sơ');
  await admin.selectOption('#p0_role', 'reception');
  await admin.fill('#p0_hours', '4');
  await addRow(admin, 'quy-trinh');
  await admin.fill('#p1_step', 'Thẩm định');
  await admin.selectOption('#p1_role', 'specialist');
  await admin.fill('#p1_hours', '24');
  await save(admin, 'quy-trinh');

  assert.equal(await admin.locator('main .field-error').count(), 0,
    `no error left:\n${(await admin.textContent('main')).slice(0, 3000)}`);
  assert.match(await admin.textContent(part('cong-bo')), /Quản trị cấp tỉnh xem xét và công bố/);
  await clean(admin, 'the complete draft');
  await admin.context().close();
}, { timeout: 180000 });

test('the province admin checks and publishes it; it shows on the portal', async () => {
  const prov = await pageOf(browser, await staffLogin(B, newStaff('province_admin', '000.00.15.H34', 'Quản trị tỉnh')));
  await prov.goto(`${B}/quan-tri/thu-tuc`);
  await click(prov, `main a[href="/quan-tri/thu-tuc/${code}"]`);
  const checks = await prov.textContent(`${part('cong-bo')} ul.checks`);
  assert.doesNotMatch(checks, /Chưa đạt/);
  assert.match(await prov.textContent(part('cong-bo')), /Cấp lại do mất, hỏng/, 'the difference lists the cases');
  await prov.fill('#so', '99/QĐ-UBND');
  await prov.fill('#ngay', '2026-12-01');
  await click(prov, `${part('cong-bo')} form button[type=submit]`);
  assert.match(prov.url(), /\?da-cong-bo=1$/);
  assert.match(await prov.textContent('main .alert-ok'), /Đã công bố thủ tục/);
  assert.match(await prov.textContent(part('phien-ban')), /Phiên bản 1: công bố/);
  await clean(prov, 'the editor after publishing');
  await prov.context().close();

  // every worker reloads within a second (Catalog.CheckInterval): waited
  // for, not timed
  let r;
  for (let i = 0; i < 100 && (r = await get(B, `/thu-tuc/${code}`)).status !== 200; i++) {
    await new Promise((res) => setTimeout(res, 100));
  }
  assert.equal(r.status, 200);
}, { timeout: 180000 });

test('a citizen reads it on the portal and submits a dossier for it', async () => {
  const ctx = await browser.newContext(DESK);
  const pub = await ctx.newPage();
  await pub.goto(`${B}/thu-tuc/${code}`);
  const main = await pub.textContent('main');
  assert.match(main, /Cấp lần đầu/);
  assert.match(main, /Cấp lại do mất, hỏng/);
  assert.match(main, /Tờ khai đề nghị cấp giấy xác nhận/);
  assert.equal(await pub.locator('main a[href$="ban-cong-bo-san-pham.rtf"]').count() > 0, true, 'the form to download');
  await clean(pub, 'the published procedure');
  await ctx.close();

  const who = await newCitizen(B);
  const id = await startDraft(B, who, code, { truong_hop: 'cap-moi' });
  const docs = await slots(B, who, id);
  assert.deepEqual(docs.map((d) => d.name), ['Tờ khai đề nghị cấp giấy xác nhận', 'Giấy tờ tùy thân']);
  const pdf = readFileSync(`${ROOT}/tests/fixtures/uploads/ok.pdf`);
  const up = await upload(B, who, id, docs.map((d) => ({ slot: d.id, filename: `${d.id}.pdf`, type: 'application/pdf', data: pdf })));
  assert.equal(up.status, 303);
  const done = await submit(B, who, id);
  assert.equal(done.status, 303);
  const row = sql(`SELECT proc_code, status, code IS NOT NULL FROM dossier WHERE id = ${id}`)[0];
  assert.deepEqual(row, [code, '1', '1'], 'submitted: Mới đăng ký, with its code');

  // the citizen's own page of it, in the browser
  const mine = await (async () => {
    const c = await browser.newContext(DESK);
    await c.addCookies([...who.jar.c].map(([name, value]) => ({ name, value, url: B })));
    return c.newPage();
  })();
  const dcode = sql(`SELECT code FROM dossier WHERE id = ${id}`)[0][0];
  await mine.goto(`${B}/ho-so/${dcode}`);
  assert.match(await mine.textContent('main'), new RegExp(`Cấp giấy xác nhận kiểm thử ${code.replace('.', '\\.')}`));
  await clean(mine, 'the citizen\'s dossier');
  await mine.context().close();
}, { timeout: 180000 });

test('stop chromium after the catalogue editor', async () => {
  await browser?.close();
});
