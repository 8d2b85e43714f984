// Online submission in a real browser (issue 5, "Done when"): a citizen
// submits a level-3 dossier with several scans and prints the receipt, on
// a desktop with JavaScript (the upload progress bar) and on a 360 px phone
// without it; a level-4 dossier with a signed PDF shows a valid signature;
// the tracking page finds the dossier by code and last digits. Every page
// visited is axe-clean and needs no sideways scrolling on a phone.
import { readFileSync, writeFileSync } from 'node:fs';
import { test, assert } from '../lib/t.mjs';
import { launch, axe, describeViolations } from '../lib/browser.mjs';
import { NGINX, ROOT, RUN, BROWSER_IP, sql, clearThrottle } from '../lib/env.mjs';
import { newCitizen } from '../lib/account.mjs';

const L3 = '1.001940'; // level 3, three required documents, one agency
const L4 = '2.002021'; // level 4, one required document
const FIX = `${ROOT}/tests/fixtures/uploads`;
const file = (name, as = name, mimeType = 'application/octet-stream') =>
  ({ name: as, mimeType, buffer: readFileSync(`${FIX}/${name}`) });
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

let browser;
let alice; // the desktop journey, JavaScript on
let bob; // the phone journey, JavaScript off

// Contexts with JavaScript off. axe cannot run in those (its promises
// wait on timers that never fire), so their pages are checked as a copy:
// the same HTML at the same address, styles and all, in a browser with
// JavaScript on and the same screen.
const noScript = new WeakMap();

async function clean(page, what) {
  let target = page;
  const twin = noScript.get(page.context());
  if (twin) {
    const html = await page.content();
    const url = page.url();
    target = twin;
    await twin.route(url, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await twin.goto(url);
    await twin.unroute(url);
  }
  const v = await axe(target);
  assert.equal(v.length, 0, `${what}:\n${describeViolations(v)}`);
}

async function newContext(opts = {}) {
  opts = { locale: 'vi-VN', ...opts };
  const ctx = await browser.newContext(opts);
  ctx.setDefaultTimeout(20000);
  if (opts.javaScriptEnabled === false) {
    const { javaScriptEnabled, ...rest } = opts;
    const other = await browser.newContext(rest);
    noScript.set(ctx, await other.newPage());
    const close = ctx.close.bind(ctx);
    ctx.close = async () => { await other.close(); await close(); };
  }
  return ctx;
}

async function fits(page, what, width = 360) {
  const w = await page.evaluate(() => document.scrollingElement.scrollWidth);
  assert.ok(w <= width, `${what}: the page is ${w} px wide on a ${width} px screen`);
}

// axe, and on a phone no sideways scrolling; DVC_SHOTS=<folder> keeps a
// full-page picture of each page checked, to look at the layout
let shots = 0;
async function check(page, what, phone) {
  if (process.env.DVC_SHOTS) {
    shots += 1;
    await page.screenshot({ path: `${process.env.DVC_SHOTS}/${String(shots).padStart(2, '0')}-${what.replace(/[^a-z0-9]+/gi, '-')}.png`, fullPage: true, scale: 'css' });
  }
  await clean(page, what);
  if (phone) await fits(page, what);
}

async function click(page, selector) {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

// A context logged in as the citizen `who` (made by newCitizen) with the
// session cookie of its jar, as if the browser had logged in.
async function contextAs(who, opts = {}) {
  const ctx = await newContext(opts);
  await ctx.addCookies([{ name: 'dvc_sid', value: who.jar.sid, url: NGINX }]);
  return ctx;
}

// The document blocks of a draft page: [{ id, name, required }].
function docs(page) {
  return page.$$eval('fieldset.doc', (fs) => fs.map((f) => ({
    id: f.id.replace('muc-', ''),
    name: f.querySelector('legend').textContent,
    required: /bắt buộc/.test(f.querySelector('.hint').textContent) && !/không bắt buộc/.test(f.querySelector('.hint').textContent),
  })));
}

// PDF pages, counted from the page objects Chromium writes.
function pdfPages(buf) {
  return (buf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
}

// The receipt prints: hidden buttons, A4 in one or two pages, A5 too, and
// in print the content is no wider than the sheet.
async function printReceipt(page, what) {
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.$$eval('.no-print', (els) => els.every((e) => getComputedStyle(e).display === 'none'));
  assert.ok(hidden, `${what}: buttons and links marked no-print are not printed`);
  const qr = await page.$eval('.qr svg', (s) => {
    const r = s.getBoundingClientRect();
    return { w: r.width, h: r.height, crisp: s.getAttribute('shape-rendering') };
  });
  assert.ok(qr.w > 90 && Math.abs(qr.w - qr.h) < 1, `${what}: the QR is square and large enough (${qr.w}x${qr.h})`);
  assert.equal(qr.crisp, 'crispEdges');
  const a4 = await page.pdf({ format: 'A4', printBackground: false });
  assert.equal(a4.subarray(0, 5).toString(), '%PDF-');
  const n4 = pdfPages(a4);
  assert.ok(n4 >= 1 && n4 <= 2, `${what}: A4 in 1 or 2 pages, not ${n4}`);
  const a5 = await page.pdf({ format: 'A5' });
  if (process.env.DVC_SHOTS) {
    const base = `${process.env.DVC_SHOTS}/${what.replace(/[^a-z0-9]+/gi, '-')}`;
    writeFileSync(`${base}-A4.pdf`, a4);
    writeFileSync(`${base}-A5.pdf`, a5);
  }
  const n5 = pdfPages(a5);
  assert.ok(n5 >= 1 && n5 <= 3, `${what}: A5 in 1 to 3 pages, not ${n5}`);
  // the printable width of A4 and A5 with 15 mm margins, in CSS pixels
  const before = page.viewportSize();
  for (const [sheet, w] of [['A4', 680], ['A5', 446]]) {
    await page.setViewportSize({ width: w, height: 900 });
    await fits(page, `${what}, printed on ${sheet}`, w);
    if (process.env.DVC_SHOTS) {
      await page.screenshot({ path: `${process.env.DVC_SHOTS}/print-${sheet}-${what.replace(/[^a-z0-9]+/gi, '-')}.png`, fullPage: true, scale: 'css' });
    }
    const side = await page.evaluate(() => {
      const a = document.querySelector('.receipt-top .facts').getBoundingClientRect();
      const b = document.querySelector('.qr').getBoundingClientRect();
      return b.left >= a.right - 1 && b.top < a.bottom;
    });
    assert.ok(side, `${what}: the QR beside the facts on ${sheet}`);
  }
  await page.setViewportSize(before);
  await page.emulateMedia({ media: 'screen' });
  return { a4: n4, a5: n5 };
}

test('start chromium for the submission journeys', async () => {
  browser = await launch();
  clearThrottle(BROWSER_IP);
  alice = await newCitizen(NGINX);
  bob = await newCitizen(NGINX, { ho_ten: 'Trần Văn Bình' });
});

test('desktop, JavaScript on: from the procedure page to a level-3 receipt, several scans, upload progress, printed on A4 and A5', async () => {
  const ctx = await newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });

  await page.goto(`${NGINX}/thu-tuc/${L3}`);
  await click(page, 'main a:has-text("Nộp hồ sơ trực tuyến")');
  assert.match(page.url(), new RegExp(`/ho-so/nop/${L3.replace('.', '\\.')}$`));
  await check(page, 'start page, not logged in');
  // log in through the pages, and come back to the form
  await click(page, 'main a.button:has-text("Đăng nhập")');
  await page.fill('#dinh_danh', alice.data.so_dinh_danh);
  await page.fill('#mat_khau', alice.data.mat_khau);
  await click(page, 'main button[type=submit]');
  assert.match(page.url(), new RegExp(`/ho-so/nop/${L3.replace('.', '\\.')}$`));
  assert.equal(await page.inputValue('#ho_ten'), alice.data.ho_ten, 'the profile fills the form');
  await check(page, 'start form');
  await click(page, 'main form button[type=submit]');
  assert.match(page.url(), /\/ho-so\/nhap\/\d+$/);
  const id = Number(page.url().match(/(\d+)$/)[1]);
  assert.match(await page.textContent('h1'), /Hồ sơ nháp/);
  await check(page, 'draft, empty');
  const d = await docs(page);
  assert.equal(d.length, 3);
  assert.equal(await page.locator('.alert-warn li').count(), 3, 'three documents missing');
  assert.equal(await page.isVisible('.upload-progress'), false, 'no progress bar before sending');

  // a refused file: its reason by its document, the others kept
  // (with JavaScript the refusal comes back to the XMLHttpRequest, and
  // the script shows that page in place: no navigation)
  await page.setInputFiles(`#tep_${d[0].id}`, [file('ok.pdf', 'don-de-nghi.pdf', 'application/pdf'), file('js.pdf', 'co-ma-lenh.pdf', 'application/pdf')]);
  await page.click('button[value=luu]');
  await page.waitForSelector('#tep-bi-tu-choi');
  assert.match(await page.textContent('#tep-bi-tu-choi'), /Một số tệp không được nhận/);
  // the page rewritten in place: focus and view on what went wrong, and
  // the title says there is an error (issue 15)
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'tep-bi-tu-choi');
  const box = await page.evaluate(() => {
    const r = document.getElementById('tep-bi-tu-choi').getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, h: window.innerHeight, y: window.scrollY };
  });
  assert.ok(box.bottom > 0 && box.top < box.h, `the refusal is in view: ${JSON.stringify(box)}`);
  assert.match(await page.title(), /^Lỗi: /);
  assert.match(await page.textContent(`#tep_${d[0].id}-loi`), /co-ma-lenh\.pdf[\s\S]*mã JavaScript/);
  assert.equal(await page.getAttribute(`#tep_${d[0].id}`, 'aria-invalid'), 'true');
  assert.match(await page.getAttribute(`#tep_${d[0].id}`, 'aria-describedby'), new RegExp(`tep_${d[0].id}-loi`));
  assert.match(await page.textContent(`#muc-${d[0].id} ul.files`), /don-de-nghi\.pdf/);
  await check(page, 'draft with a refused file');

  // several scans, two on one document; the form goes through
  // XMLHttpRequest with a progress bar (the request is held back a moment
  // so the bar can be seen)
  await page.setInputFiles(`#tep_${d[1].id}`, [file('ok.jpg', 'cccd-mat-truoc.jpg', 'image/jpeg'), file('ok.png', 'cccd-mat-sau.png', 'image/png')]);
  await page.setInputFiles(`#tep_${d[2].id}`, [file('ok.tif', 'so-ho-khau.tif', 'image/tiff')]);
  let release;
  const held = new Promise((r) => { release = r; });
  let kind = null;
  await page.route((u) => u.pathname === `/ho-so/nhap/${id}`, async (route) => {
    if (route.request().method() === 'POST') {
      kind = route.request().resourceType();
      await held;
    }
    await route.continue();
  });
  await page.click('button[value=xem-lai]');
  await page.waitForSelector('.upload-progress', { state: 'visible' });
  assert.equal(kind, 'xhr', 'the upload goes through XMLHttpRequest');
  assert.equal(await page.locator('form[data-upload] button:disabled').count(), 2, 'no second click while sending');
  assert.equal(await page.getAttribute('.upload-progress progress', 'max'), '100');
  await clean(page, 'draft while sending');
  release();
  await page.waitForURL(/\/xem-lai$/);
  await page.unroute((u) => u.pathname === `/ho-so/nhap/${id}`);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM dossier_file WHERE dossier_id = ${id}`)[0][0]), 4);

  // review: everything there, the declaration, submit
  assert.match(await page.textContent('h1'), /Xem lại và nộp hồ sơ/);
  assert.match(await page.textContent('.ok-note'), /đủ các giấy tờ bắt buộc/);
  for (const n of ['don-de-nghi.pdf', 'cccd-mat-truoc.jpg', 'cccd-mat-sau.png', 'so-ho-khau.tif']) {
    assert.match(await page.textContent('table.files-table'), new RegExp(n.replace('.', '\\.')));
  }
  await check(page, 'review');
  await click(page, 'main form button[type=submit]');
  assert.match(await page.textContent('.field-error'), /cần đánh dấu lời cam đoan/);
  assert.equal(await page.getAttribute('#cam_doan', 'aria-invalid'), 'true');
  await check(page, 'review, declaration missing');
  await page.check('#cam_doan');
  await click(page, 'main form button[type=submit]');

  // the receipt
  assert.match(page.url(), /\/ho-so\/[^/]+\/bien-nhan$/);
  const code = decodeURIComponent(page.url().match(/\/ho-so\/([^/]+)\/bien-nhan$/)[1]);
  assert.match(code, /^000\.00\.09\.H34-\d{6}-\d{4}$/);
  assert.equal((await page.textContent('.receipt .code')).trim(), code);
  assert.equal(await page.locator('table.files-table tbody tr').count(), 4);
  const hashes = await page.$$eval('td.hash', (t) => t.map((x) => x.textContent.trim()));
  assert.deepEqual(hashes.sort(), sql(`SELECT sha256 FROM dossier_file WHERE dossier_id = ${id}`).map((r) => r[0]).sort());
  assert.ok(await page.isVisible('button[data-print]'), 'the print button, with JavaScript');
  assert.equal(await page.evaluate(() => document.querySelector('.qr svg title').textContent.length > 10), true);
  await check(page, 'receipt');
  // the QR beside the facts on a desktop
  const side = await page.evaluate(() => document.querySelector('.qr').getBoundingClientRect().left
    > document.querySelector('.receipt-top .facts').getBoundingClientRect().left + 200);
  assert.ok(side, 'the QR at the side on a wide screen');
  // the print button opens the browser's print (stubbed: a headless
  // browser has no dialog)
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await page.click('button[data-print]');
  assert.equal(await page.evaluate(() => window.printed), 1);
  await printReceipt(page, 'receipt');

  // the list and the dossier's page
  await page.goto(`${NGINX}/ho-so`);
  assert.match(await page.textContent('main table'), new RegExp(code.replace(/\./g, '\\.')));
  assert.match(await page.textContent('main table .badge.status-1'), /Mới đăng ký/);
  await check(page, 'list');
  await click(page, `main table a:has-text("${code}")`);
  assert.match(await page.textContent('h1'), new RegExp(code.replace(/\./g, '\\.')));
  assert.equal(await page.locator('ol.timeline li').count(), 2);
  await check(page, 'dossier page');
  await click(page, 'main a:has-text("In biên nhận")');
  assert.match(page.url(), /\/bien-nhan$/);
  alice.code = code;
  // the browser reports the refused upload's 422 to the console; nothing else
  assert.deepEqual(problems.filter((p) => !/status of 422/.test(p)), []);
  await ctx.close();
}, { timeout: 180000 });

test('a 360 px phone without JavaScript: the same journey, the form posts by itself, the receipt prints', async () => {
  const ctx = await contextAs(bob, { ...PHONE, javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(`${NGINX}/thu-tuc/${L3}`);
  await fits(page, 'procedure page');
  await click(page, 'main a:has-text("Nộp hồ sơ trực tuyến")');
  await check(page, 'start form on a phone', true);
  // a mistake first: the message by the field, what was typed kept
  await page.fill('#dien_thoai', '12');
  await click(page, 'main form button[type=submit]');
  assert.equal(await page.getAttribute('#dien_thoai', 'aria-invalid'), 'true');
  assert.equal(await page.inputValue('#ho_ten'), 'Trần Văn Bình');
  await check(page, 'start form with an error on a phone', true);
  await page.fill('#dien_thoai', bob.data.dien_thoai);
  await click(page, 'main form button[type=submit]');
  assert.match(page.url(), /\/ho-so\/nhap\/\d+$/);
  await check(page, 'draft on a phone', true);
  const d = await docs(page);
  // a refused file, then the rest; several files on one document
  await page.setInputFiles(`#tep_${d[0].id}`, [file('ok.pdf', 'don.pdf', 'application/pdf'), file('exe.pdf', 'chuong-trinh.pdf', 'application/pdf')]);
  await page.setInputFiles(`#tep_${d[1].id}`, [file('ok.jpg', 'anh-1.jpg', 'image/jpeg'), file('ok.png', 'anh-2.png', 'image/png'), file('ok-objstm.pdf', 'anh-3.pdf', 'application/pdf')]);
  await click(page, 'button[value=luu]');
  assert.match(await page.textContent(`#tep_${d[0].id}-loi`), /chuong-trinh\.pdf/);
  await check(page, 'draft with a refused file on a phone', true);
  assert.equal(await page.locator(`#muc-${d[1].id} ul.files li`).count(), 3);
  await page.setInputFiles(`#tep_${d[2].id}`, [file('ok.tif', 'giay-to.tif', 'image/tiff')]);
  await click(page, 'button[value=luu]');
  assert.match(page.url(), /\?da-luu=1$/);
  assert.match(await page.textContent('.alert-ok'), /Đã lưu/);
  await check(page, 'draft saved on a phone', true);
  // remove one of the three, then review
  await page.check(`#muc-${d[1].id} ul.files li:nth-child(3) input[type=checkbox]`);
  await click(page, 'button[value=xem-lai]');
  assert.match(page.url(), /\/xem-lai$/);
  assert.equal(await page.locator('table.files-table tbody tr').count(), 4);
  await check(page, 'review on a phone', true);
  await page.check('#cam_doan');
  await click(page, 'main form button[type=submit]');
  assert.match(page.url(), /\/bien-nhan$/);
  await check(page, 'receipt on a phone', true);
  assert.equal(await page.isVisible('button[data-print]'), false, 'no print button without JavaScript');
  // the QR under the facts on a phone
  const below = await page.evaluate(() => document.querySelector('.qr').getBoundingClientRect().top
    >= document.querySelector('.receipt-top .facts').getBoundingClientRect().bottom - 1);
  assert.ok(below, 'the QR below the facts on a phone');
  await printReceipt(page, 'receipt printed from a phone');
  const code = decodeURIComponent(page.url().match(/\/ho-so\/([^/]+)\/bien-nhan$/)[1]);
  await page.goto(`${NGINX}/ho-so`);
  await check(page, 'list on a phone', true);
  await page.goto(`${NGINX}/ho-so/${encodeURIComponent(code)}`);
  await check(page, 'dossier page on a phone', true);
  await ctx.close();
}, { timeout: 180000 });

test('level 4 with a signed PDF: the draft and the receipt show "Hợp lệ" and the signer', async () => {
  const who = await newCitizen(NGINX);
  const ctx = await contextAs(who);
  const page = await ctx.newPage();
  await page.goto(`${NGINX}/ho-so/nop/${L4}`);
  await click(page, 'main form button[type=submit]');
  assert.match(page.url(), /\/ho-so\/nhap\/\d+$/);
  const d = await docs(page);
  const req = d.filter((x) => x.required);
  assert.ok(req.length >= 1, 'a required document');
  await page.setInputFiles(`#tep_${req[0].id}`, {
    name: 'don-da-ky.pdf', mimeType: 'application/pdf', buffer: readFileSync(`${RUN}/pki/good.pdf`),
  });
  await click(page, 'button[value=luu]');
  const block = await page.textContent(`#muc-${req[0].id} ul.files`);
  assert.match(block, /Hợp lệ/);
  assert.match(block, /Nguyễn Văn An/);
  await check(page, 'level-4 draft with a signed file');
  await click(page, 'button[value=xem-lai]');
  await page.check('#cam_doan');
  await click(page, 'main form button[type=submit]');
  assert.match(page.url(), /\/bien-nhan$/);
  const row = await page.textContent('table.files-table tbody tr');
  assert.match(row, /Hợp lệ/);
  assert.match(row, /Nguyễn Văn An/);
  assert.equal(await page.locator('.alert-warn').count(), 0, 'no paper dossier needed');
  await check(page, 'level-4 receipt');
  // on a phone as well
  await page.setViewportSize({ width: 360, height: 740 });
  await fits(page, 'level-4 receipt on a phone');
  await ctx.close();
}, { timeout: 120000 });

test('tracking: code and the last four digits of the ID number show the status, on a desktop and a phone', async () => {
  for (const opts of [{}, PHONE]) {
    const phone = opts === PHONE;
    const ctx = await newContext({ ...opts, javaScriptEnabled: !phone });
    const page = await ctx.newPage();
    await page.goto(`${NGINX}/tra-cuu`);
    await check(page, 'tracking form', phone);
    // wrong digits first: not found, said plainly
    await page.fill('#ma', alice.code);
    await page.fill('#so', alice.data.so_dinh_danh.slice(-4) === '0000' ? '1111' : '0000');
    await click(page, 'main form button[type=submit]');
    assert.match(await page.textContent('.alert-error'), /Không tìm thấy hồ sơ/);
    await check(page, 'tracking, not found', phone);
    await page.fill('#ma', alice.code);
    await page.fill('#so', alice.data.so_dinh_danh.slice(-4));
    await click(page, 'main form button[type=submit]');
    assert.match(await page.textContent('.track-result h2'), new RegExp(alice.code.replace(/\./g, '\\.')));
    assert.match(await page.textContent('.track-result .badge.status-1'), /Mới đăng ký/);
    assert.ok(!(await page.content()).includes(alice.data.so_dinh_danh), 'nothing personal on the page');
    await check(page, 'tracking result', phone);
    await ctx.close();
  }
  clearThrottle(BROWSER_IP);
});

test('stop chromium after the submission journeys', async () => {
  await browser.close();
});
