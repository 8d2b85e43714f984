// The paper copy of a level-4 dossier in real browsers (issue 13, section
// 4, "Done when"): the citizen, on a 360 px phone, sees before
// submitting that without valid signatures the paper copy must follow by
// post and for which documents, submits scans without signatures and is
// asked for it; reception finds the dossier by the queue's filter, is
// refused a day in the future with the message by the field, records the
// arrival; the citizen's page then says it arrived. Every page is
// axe-clean and fits a 360 px phone.
import { readFileSync } from 'node:fs';
import { test, assert } from '../lib/t.mjs';
import { launch, clean, fitsPhone, click, staffPage } from '../lib/browser.mjs';
import { NGINX, RUN, sql } from '../lib/env.mjs';
import { newCitizen } from '../lib/account.mjs';

const B = NGINX;
const L4 = '2.000488'; // level 4 at 000.00.09.H34, with cases
const PHONE = { viewport: { width: 360, height: 740 }, locale: 'vi-VN' };
const unsigned = (as) => ({ name: as, mimeType: 'application/pdf', buffer: readFileSync(`${RUN}/pki/unsigned.pdf`) });
const vnDay = (offsetDays = 0) => new Date(Date.now() + 7 * 3600e3 + offsetDays * 86400e3).toISOString().slice(0, 10);
const dmy = (iso) => iso.split('-').reverse().join('/');

let browser;
let citizen;	// the citizen's page, on a phone
let who;
let code;

// axe, and no sideways scrolling on a phone
async function check(page, what) {
  await clean(page, what);
  await fitsPhone(page, what);
}

test('the citizen, on a phone, is told before submitting; submits unsigned scans; the receipt asks for the paper copy', async () => {
  browser = await launch();
  who = await newCitizen(B);
  const ctx = await browser.newContext(PHONE);
  ctx.setDefaultTimeout(20000);
  await ctx.addCookies([{ name: 'dvc_sid', value: who.jar.sid, url: B }]);
  citizen = await ctx.newPage();

  await citizen.goto(`${B}/ho-so/nop/${L4}`);
  const before = await citizen.textContent('#ban-giay');
  assert.match(before, /chữ ký số hợp lệ/);
  assert.match(before, /gửi thêm hồ sơ giấy qua bưu điện/);
  assert.match(before, /ghi rõ mã hồ sơ/);
  assert.match(before, /Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp/, 'the documents to sign');
  await check(citizen, 'start page of a level-4 procedure');
  await citizen.check('input[name=truong_hop][value=ca-nhan]');
  await click(citizen, 'main form button[type=submit]');
  assert.match(citizen.url(), /\/ho-so\/nhap\/\d+$/);
  const id = Number(citizen.url().match(/(\d+)$/)[1]);

  // scans without signatures on both required documents
  const req = sql(`SELECT id, name FROM dossier_doc WHERE dossier_id = ${id} AND required = 1 ORDER BY seq`);
  assert.equal(req.length, 2);
  for (const [doc] of req) await citizen.setInputFiles(`#tep_${doc}`, [unsigned(`scan-${doc}.pdf`)]);
  await Promise.all([citizen.waitForURL(/\/xem-lai$/), citizen.click('button[value=xem-lai]')]);
  const review = await citizen.textContent('#ban-giay');
  assert.match(review, /chưa có chữ ký số hợp lệ/);
  for (const [, name] of req) assert.ok(review.includes(name), `the review names ${name}`);
  await check(citizen, 'review page with unsigned documents');
  await citizen.check('#cam_doan');
  await click(citizen, 'main form button[type=submit]');
  assert.match(citizen.url(), /\/bien-nhan$/);
  code = decodeURIComponent(citizen.url().match(/\/ho-so\/([^/]+)\/bien-nhan$/)[1]);
  assert.match(await citizen.textContent('#ban-giay'), /gửi hồ sơ giấy qua bưu điện/);
  await check(citizen, 'receipt asking for the paper copy');
  await citizen.goto(`${B}/ho-so/${code}`);
  assert.match(await citizen.textContent('#ban-giay'), /gửi hồ sơ giấy qua bưu điện/);
  await check(citizen, 'dossier page asking for the paper copy');
}, { timeout: 180000 });

test('reception finds it by the queue\'s filter, is refused a day in the future, records the arrival; on a desktop and a phone', async () => {
  const reception = await staffPage(browser, B, 'tiepnhan@tuphap.kontum.demo');
  await reception.goto(`${B}/can-bo/tiep-nhan`);
  await reception.click('details.filters-fold > summary'); // the filters fold away
  await reception.selectOption('#trang_thai', 'cho-ban-giay');
  await click(reception, 'form.filters button[type=submit]');
  assert.match(reception.url(), /trang_thai=cho-ban-giay/);
  const rowText = await reception.textContent(`tr[data-code="${code}"]`);
  assert.match(rowText, /Chờ bản giấy/);
  await check(reception, 'queue filtered: waiting for the paper copy');
  await click(reception, `main a[href$="/can-bo/ho-so/${code}"]`);
  assert.match(await reception.textContent('#cho-ban-giay'), /Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp/);
  assert.equal(await reception.inputValue('#ngay_nhan'), vnDay(), 'today proposed');
  await check(reception, 'dossier page waiting for the paper copy');

  // a day in the future: refused, said by the field, nothing recorded
  await reception.fill('#ngay_nhan', vnDay(2));
  await reception.check('#cach_nhan_post');
  await click(reception, '#ban-giay form button[type=submit]');
  assert.match(await reception.textContent('#ngay_nhan-loi'), /không thể sau ngày hôm nay/);
  assert.equal(await reception.getAttribute('#ngay_nhan', 'aria-invalid'), 'true');
  assert.equal(sql(`SELECT paper_received_at IS NULL FROM dossier WHERE code = '${code}'`)[0][0], '1');
  await check(reception, 'arrival refused: a day in the future');

  // today, at the counter, with a note
  await reception.fill('#ngay_nhan', vnDay());
  await reception.check('#cach_nhan_counter');
  await reception.fill('#ghi_chu', 'Công dân mang đến, đủ bản chính.');
  await click(reception, '#ban-giay form button[type=submit]');
  assert.equal(await reception.locator('main .alert-error').count(), 0, await reception.textContent('main'));
  assert.match(await reception.textContent('#ban-giay-da-nhan'), new RegExp(`Đã nhận bản giấy ngày ${dmy(vnDay())}`));
  assert.match(await reception.textContent('#ban-giay'), /đủ bản chính/);
  assert.match(await reception.textContent('ol.timeline'), /Đã nhận bản giấy/);
  await check(reception, 'dossier page, paper copy arrived');
  await reception.context().close();
}, { timeout: 120000 });

test('the citizen\'s page then says it arrived, and when', async () => {
  await citizen.goto(`${B}/ho-so/${code}`);
  const box = await citizen.textContent('#ban-giay');
  assert.match(box, /đã nhận hồ sơ giấy của bạn/);
  assert.ok(box.includes(dmy(vnDay())));
  assert.doesNotMatch(await citizen.textContent('main'), /gửi hồ sơ giấy qua bưu điện/);
  assert.match(await citizen.textContent('ol.timeline'), /Đã nhận bản giấy/);
  await check(citizen, 'dossier page, paper copy arrived');
  await citizen.goto(`${B}/ho-so`);
  assert.match(await citizen.textContent('main table'), /Đã nhận hồ sơ giấy/);
  await check(citizen, 'list, paper copy arrived');
  await browser.close();
}, { timeout: 120000 });
