// Agencies change in a real browser (issue 16, "Done when"): the province
// admin merges an agency from /quan-tri/co-quan (a day in the past
// refused next to its field first); on its day the sweeper (dvcctl agency
// apply, as its timer runs it) hands the agency's open dossier to the
// successor, where the successor's reception finds it in its queue with
// its code and its clock (the due date) unchanged; the citizen is mailed
// which agency holds it now and sees the step in the dossier's history.
// Before that, the agency's leader sends a dossier that came to the wrong
// agency on to the right one with a reason. Every page visited is
// axe-clean. Agencies of the file's own (tests/lib/agency.mjs).
import { test, assert } from '../lib/t.mjs';
import { launch, clean, click, staffPage, DESK, citizenSees } from '../lib/browser.mjs';
import { NGINX } from '../lib/env.mjs';
import { lastMail } from '../lib/account.mjs';
import { submitted, step } from '../lib/office.mjs';
import { login, provinceAdmin } from '../lib/report.mjs';
import { agencySet, agencyOf, applyDue, vnDate } from '../lib/agency.mjs';

const B = NGINX;
let browser;
let S;

// A citizen's dossier of the set's procedure, submitted through the
// citizen's pages (the HTTP helpers), with the citizen's browser.
async function submittedAt(proc) {
  const d = await submitted(proc);
  const ctx = await browser.newContext(DESK);
  ctx.setDefaultTimeout(20000);
  await ctx.addCookies([{ name: 'dvc_sid', value: d.who.jar.sid, url: B }]);
  return { ...d, page: await ctx.newPage() };
}

// The promised date and hour on an officer's dossier page (its clock).
async function due(page, code) {
  await page.goto(`${B}/can-bo/ho-so/${code}`);
  const t = await page.textContent('#dong-ho');
  const m = t.match(/\d{1,2}:\d{2}[^\d]*\d{2}\/\d{2}\/\d{4}/);
  assert.ok(m, `a due date in "${t}"`);
  return m[0];
}

test('start chromium; the agencies, their officers', async () => {
  browser = await launch();
  S = agencySet('trình duyệt');
}, { timeout: 120000 });

test('the leader sends a dossier that came to the wrong agency on, with a reason', async () => {
  const d = await submittedAt(S.proc);
  const leader = await staffPage(browser, B, S.leaderOld);
  await leader.goto(`${B}/can-bo/ho-so/${d.code}`);
  await clean(leader, 'the dossier page with the transfer button');
  await click(leader, '#chuyen-co-quan a');
  await clean(leader, 'the transfer form');
  await leader.selectOption('#co_quan_dung', S.next);
  await click(leader, 'main form button[type=submit]');
  assert.equal(await leader.locator('#ly_do-loi').count(), 1, 'a reason is required, said by the field');
  await clean(leader, 'the transfer form with its error');
  await leader.fill('#ly_do', 'Thủ tục thuộc thẩm quyền của Phòng Nội vụ.');
  await click(leader, 'main form button[type=submit]');
  assert.match(leader.url(), /\/can-bo\/phe-duyet$/);
  assert.equal(agencyOf(d.id), S.next);
  const mail = lastMail(d.who.data.email);
  assert.match(mail.subject, /đúng cơ quan có thẩm quyền/);
  assert.ok(mail.text.includes(d.code) && mail.text.includes('Phòng Nội vụ kiểm thử trình duyệt'));
  await citizenSees(d, 'Mới đăng ký', 'Chuyển đến đúng cơ quan có thẩm quyền', 'transferred');
  await leader.context().close();
}, { timeout: 120000 });

test('an agency merged: its open dossier in the successor\'s queue, code and clock unchanged, the citizen mailed', async () => {
  const d = await submittedAt(S.proc);
  const recOld = await login(S.receptionOld);
  assert.equal((await step(recOld, d, 'tiep-nhan')).status, 303, 'accepted: its clock runs');
  const before = await staffPage(browser, B, S.receptionOld);
  const promised = await due(before, d.code);
  await before.context().close();

  // the province admin, with both factors (through the pages), in a browser
  const jar = await login(provinceAdmin());
  const ctx = await browser.newContext(DESK);
  ctx.setDefaultTimeout(20000);
  await ctx.addCookies([{ name: 'dvc_sid', value: jar.sid, url: B }]);
  const admin = await ctx.newPage();
  await admin.goto(`${B}/quan-tri/co-quan`);
  await clean(admin, 'the agencies');
  await click(admin, `main a[href="/quan-tri/co-quan/${S.old}"]`);
  await clean(admin, 'one agency with the form');
  await admin.check('#loai-sap-nhap');
  await admin.fill('#ngay_hieu_luc', vnDate(-2));
  await admin.selectOption('#co_quan_tiep_nhan', S.next);
  await admin.fill('#can_cu', 'Quyết định 45/QĐ-UBND về sắp xếp các phòng chuyên môn');
  await click(admin, 'main form.form button[type=submit]');
  assert.equal((await admin.textContent('#ngay_hieu_luc-loi')).trim().endsWith('Ngày hiệu lực không được trước hôm nay.'), true);
  await clean(admin, 'the form with a day in the past');
  await admin.fill('#ngay_hieu_luc', vnDate());
  await click(admin, 'main form.form button[type=submit]');
  assert.equal(await admin.locator('.field-error').count(), 0, await admin.textContent('main'));
  assert.match(await admin.textContent('#thay-doi'), /Chờ đến ngày hiệu lực/);
  await clean(admin, 'the change waiting for its day');
  assert.equal(agencyOf(d.id), S.old, 'not yet: the sweeper makes it');

  applyDue();
  await admin.reload();
  assert.match(await admin.textContent('#thay-doi'), /Đã thực hiện lúc/);
  await clean(admin, 'the change made');

  // the successor's reception: the dossier in its queue, code and clock kept
  const recNext = await staffPage(browser, B, S.receptionNext);
  await recNext.goto(`${B}/can-bo/tiep-nhan?trang_thai=da-tiep-nhan`);
  await clean(recNext, 'the successor\'s queue');
  assert.equal(await recNext.locator(`main a[href$="/can-bo/ho-so/${d.code}"]`).count(), 1, 'in the successor\'s queue');
  await click(recNext, `main a[href$="/can-bo/ho-so/${d.code}"]`);
  assert.match(await recNext.textContent('h1'), new RegExp(d.code));
  await clean(recNext, 'the dossier at the successor');
  assert.equal(await due(recNext, d.code), promised, 'the same due date');
  assert.equal(agencyOf(d.id), S.next);

  const mail = lastMail(d.who.data.email);
  assert.equal(mail.subject, 'Hồ sơ của bạn được chuyển sang cơ quan khác giải quyết');
  assert.ok(mail.text.includes(d.code), 'the mail names the dossier');
  assert.ok(mail.text.includes('Phòng Nội vụ kiểm thử trình duyệt'), 'and the agency that holds it now');
  await citizenSees(d, 'Được tiếp nhận', 'Chuyển cho cơ quan tiếp nhận do sắp xếp tổ chức', 'merged');
}, { timeout: 180000 });

test('close chromium', async () => {
  await browser.close();
});
