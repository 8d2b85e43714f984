// The internal process per channel in a real browser (issue 16, section 1;
// sql/028-process-channel.sql): an agency admin, with scripts turned off,
// moves a process step to one channel's process and saves; the editor
// shows each channel's hours against its limit and names the channel over
// it; the procedure's page shows each channel's process under its name.
// Every page axe-clean.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, assert } from '../lib/t.mjs';
import { launch, clean, click, DESK } from '../lib/browser.mjs';
import { BUILD, CONFIG, NGINX } from '../lib/env.mjs';
import { newStaff, staffLogin } from '../lib/account.mjs';
import { get } from '../lib/http.mjs';
import { newCode as freshCode } from '../lib/catalog_edit.mjs';

const B = NGINX;
const AGENCY = '000.00.09.H34';
const newCode = () => freshCode('5');

const part = (slug) => `section[aria-labelledby="${slug}"]`;
let browser;
let code;

test('published with per-channel steps: the procedure\'s page shows each channel\'s process', async () => {
  browser = await launch();
  code = newCode();
  // published the way an operator does, by an import
  const f = join(mkdtempSync(join(tmpdir(), 'dvc-process-')), 'p.json');
  writeFileSync(f, JSON.stringify({ format: 'dvc-catalog-1', procedures: [{
    code, name: `Thủ tục kiểm thử quy trình trên trình duyệt ${code}`, field: 'HT',
    agencies: { implementing: [AGENCY] }, level: 3,
    steps: [{ party: 'citizen', text: 'Nộp hồ sơ' }, { party: 'agency', text: 'Giải quyết' }],
    channels: [{ channel: 'in_person', time: 3, unit: 'working_days' }, { channel: 'online', time: 2, unit: 'working_days' }],
    documents: [{ name: 'Tờ khai', originals: 1 }],
    internal_process: [
      { step: 'Tiếp nhận hồ sơ', role: 'reception', hours: 4 },
      { step: 'Thẩm định hồ sơ điện tử', role: 'specialist', hours: 8, channel: 'online' },
      { step: 'Thẩm định hồ sơ giấy', role: 'specialist', hours: 12, channel: 'in_person' }],
  }] }));
  const r = spawnSync(`${BUILD}/dvcctl`, ['-c', CONFIG, 'catalog', 'import', f], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  // every worker reloads within a second: waited for, not timed
  for (let i = 0; i < 100 && (await get(B, `/thu-tuc/${code}`)).status !== 200; i++) {
    await new Promise((res) => setTimeout(res, 100));
  }
  const ctx = await browser.newContext(DESK);
  const pub = await ctx.newPage();
  await pub.goto(`${B}/thu-tuc/${code}`);
  assert.equal(await pub.textContent('#s-quytrinh-in_person'), 'Khi nộp: Trực tiếp (thời hạn giải quyết 3 ngày làm việc)');
  assert.equal(await pub.textContent('#s-quytrinh-online'), 'Khi nộp: Trực tuyến (thời hạn giải quyết 2 ngày làm việc)');
  const steps = (ch) => pub.locator(`#quy-trinh-${ch} tbody tr td:first-child`).allTextContents();
  assert.deepEqual(await steps('in_person'), ['Tiếp nhận hồ sơ', 'Thẩm định hồ sơ giấy']);
  assert.deepEqual(await steps('online'), ['Tiếp nhận hồ sơ', 'Thẩm định hồ sơ điện tử']);
  await clean(pub, 'the procedure\'s page with a process per channel');
  await ctx.close();
}, { timeout: 180000 });

test('an agency admin, without scripts, moves a step to the online channel\'s process and is told it is too long', async () => {
  const jar = await staffLogin(B, newStaff('agency_admin', AGENCY, 'Quản trị quy trình trình duyệt'));
  const cookies = [...jar.c].map(([name, value]) => ({ name, value, url: B }));
  const noScript = await browser.newContext({ ...DESK, javaScriptEnabled: false });
  await noScript.addCookies(cookies);
  const page = await noScript.newPage();
  page.setDefaultTimeout(20000);
  await page.goto(`${B}/quan-tri/thu-tuc/${code}`);
  // the choice of channel: every channel's, or one the record offers
  assert.deepEqual(await page.locator('#p2_channel option').allTextContents(), ['Mọi cách nộp', 'Trực tiếp', 'Trực tuyến']);
  assert.equal(await page.inputValue('#p2_channel'), 'in_person');
  await page.selectOption('#p2_channel', 'online');
  await click(page, `${part('quy-trinh')} button[type=submit]:not([name])`);
  assert.match(page.url(), /\?da-luu=1/);
  assert.equal(await page.inputValue('#p2_channel'), 'online', 'saved');
  // online: 4 + 8 + 12 = 24 hours of its 16; in person: 4 of its 24
  const row = (i) => page.locator('#quy-trinh-theo-cach-nop tbody tr').nth(i).locator('th, td').allTextContents();
  assert.deepEqual([await row(0), await row(1)],
    [['Trực tiếp', '1', '4', '24', 'Trong thời hạn'], ['Trực tuyến', '3', '24', '16', 'Vượt thời hạn']]);
  const checks = await page.textContent(`${part('cong-bo')} ul.checks`);
  assert.match(checks, /Chưa đạt: quy trình nội bộ khi nộp trực tuyến cần 24 giờ làm việc, vượt thời hạn giải quyết đã công bố cho cách nộp này là 16 giờ làm việc\./);
  assert.doesNotMatch(checks, /khi nộp trực tiếp/);
  // the difference from the published record, in words
  assert.match(await page.textContent(part('cong-bo')), /Bước xử lý nội bộ 3 \(nộp trực tuyến\) – Cách thức nộp\s*Trực tiếp\s*Trực tuyến/);
  await noScript.close();

  const ctx = await browser.newContext(DESK);
  await ctx.addCookies(cookies);
  const again = await ctx.newPage();
  await again.goto(`${B}/quan-tri/thu-tuc/${code}`);
  await clean(again, 'the editor with each channel\'s process');
  await ctx.close();
}, { timeout: 180000 });

test('stop chromium after the process per channel', async () => {
  await browser?.close();
});
