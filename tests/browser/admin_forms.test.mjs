// The catalogue editor's form upload in a real browser (issue 16, section
// 1): an agency admin chooses a document and a file in the editor's
// upload form (a plain multipart form, no script) and sees it attached;
// a file with macros is refused with its reason beside the field and
// what was typed kept; once published, a citizen downloads the form from
// the procedure's page under its original name, the same bytes. Every
// page axe-clean.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { test, assert } from '../lib/t.mjs';
import { launch, clean, click, DESK } from '../lib/browser.mjs';
import { NGINX, ROOT } from '../lib/env.mjs';
import { newStaff, staffLogin } from '../lib/account.mjs';
import { get } from '../lib/http.mjs';
import { newCode, createDraft, savePart, publishDraft } from '../lib/catalog_edit.mjs';

const B = NGINX;
const AGENCY = '000.00.09.H34';
const FIX = `${ROOT}/tests/fixtures/forms`;
const save = (j, c, part, fields) => savePart(j, B, c, part, fields);

let browser, jar, code;

test('an agency admin uploads a form file for a document in the editor', async () => {
  jar = await staffLogin(B, newStaff('agency_admin', AGENCY, 'Quản trị biểu mẫu'));
  code = newCode(7);
  await createDraft(jar, B, code);
  await save(jar, code, 'chung', { name: `Đăng ký kiểm thử biểu mẫu ${code}`, field: 'HT', level: '2',
    al_province: '1', subjects: 'Công dân', result: 'Giấy xác nhận', legal_basis: 'Luật Hộ tịch 2014' });
  await save(jar, code, 'cac-buoc', { rows: '1', s0_party: 'citizen', s0_text: 'Nộp hồ sơ' });
  await save(jar, code, 'giay-to', { rows: '2', d0_name: 'Giấy tờ tùy thân', d0_copies: '1', d0_required: '1',
    d1_name: 'Tờ khai đăng ký', d1_originals: '1', d1_required: '1' });
  await save(jar, code, 'cach-nop', { rows: '1', h0_channel: 'in_person', h0_time: '3', h0_unit: 'working_days', h0_fee: '0' });
  await save(jar, code, 'quy-trinh', { rows: '1', p0_step: 'Tiếp nhận', p0_role: 'reception', p0_hours: '4' });

  browser = await launch();
  const ctx = await browser.newContext(DESK);
  ctx.setDefaultTimeout(20000);
  await ctx.addCookies([...jar.c].map(([name, value]) => ({ name, value, url: B })));
  const page = await ctx.newPage();
  await page.goto(`${B}/quan-tri/thu-tuc/${code}#giay-to`);

  // a file with macros first: refused beside the field, the choice kept
  await page.selectOption('#dong', '2');
  await page.fill('#ten', 'Mẫu tờ khai đăng ký');
  await page.setInputFiles('#tep', `${FIX}/macro.docx`);
  await click(page, 'form[enctype="multipart/form-data"] button[type=submit]');
  assert.match(await page.textContent('#tep-loi'), /macro\.docx: Tệp văn bản có macro/);
  assert.equal(await page.inputValue('#ten'), 'Mẫu tờ khai đăng ký');
  assert.equal(await page.inputValue('#dong'), '2');
  assert.equal(await page.getAttribute('#tep', 'aria-describedby'), 'tep-loi');
  await clean(page, 'the editor with a refused form file');

  // the real one
  await page.setInputFiles('#tep', `${FIX}/to-khai.odt`);
  await click(page, 'form[enctype="multipart/form-data"] button[type=submit]');
  assert.match(page.url(), /\?da-tai=1#giay-to$/);
  assert.match(await page.textContent('main'), /Đã tải lên tệp mẫu và gắn vào giấy tờ/);
  assert.match(await page.textContent('section[aria-labelledby="giay-to"]'), /Tệp mẫu đã tải lên: to-khai\.odt \(ODT, \d+ KB\)/);
  assert.equal(await page.inputValue('#d1_form_name'), 'Mẫu tờ khai đăng ký');
  await clean(page, 'the editor with an uploaded form');
  await ctx.close();
}, { timeout: 180000 });

test('published, a citizen downloads it from the procedure page under its name', async () => {
  const province = await staffLogin(B, newStaff('province_admin', '000.00.15.H34', 'Quản trị tỉnh biểu mẫu'));
  const pub = await publishDraft(province, B, code, '79/QĐ-UBND');
  assert.equal(pub.status, 303, `publish: ${pub.status}`);
  let r;
  for (let i = 0; i < 100 && (r = await get(B, `/thu-tuc/${code}`)).status !== 200; i++) {
    await new Promise((res) => setTimeout(res, 100));
  }
  assert.equal(r.status, 200);

  const ctx = await browser.newContext({ ...DESK, acceptDownloads: true });
  const page = await ctx.newPage();
  await page.goto(`${B}/thu-tuc/${code}`);
  const link = page.locator('main a[href^="/bieu-mau/tep/"]');
  assert.match(await link.textContent(), /Tải mẫu: Mẫu tờ khai đăng ký \(ODT, \d+ KB\)/);
  await clean(page, 'the procedure page with an uploaded form');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  assert.equal(download.suggestedFilename(), 'to-khai.odt');
  const got = readFileSync(await download.path());
  const want = readFileSync(`${FIX}/to-khai.odt`);
  assert.equal(createHash('sha256').update(got).digest('hex'), createHash('sha256').update(want).digest('hex'));
  await ctx.close();
}, { timeout: 180000 });

test('stop chromium after the form upload', async () => {
  await browser?.close();
});
