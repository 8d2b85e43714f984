// A dossier received at the counter, in a real browser on reception's
// desktop (issue 15, section 3, "Done when": a counter dossier taken from
// entry to return; the HTTP test takes it the rest of the way): from the
// queue's link to the entry form, refused with the fields named and
// kept, entered, its papers scanned and compared, received; the printed
// receipt with its QR. Every page axe-clean.
import { readFileSync } from 'node:fs';
import { test, assert } from '../lib/t.mjs';
import { launch, clean, click, staffPage } from '../lib/browser.mjs';
import { NGINX, ROOT, sql } from '../lib/env.mjs';
import { newCccd, newPhone } from '../lib/account.mjs';

const B = NGINX;
const L3 = '1.001940'; // level 3 at 000.00.09.H34
const scan = (name) => ({ name, mimeType: 'application/pdf', buffer: readFileSync(`${ROOT}/tests/fixtures/uploads/ok.pdf`) });

let browser;

test('reception enters a paper dossier on a desktop: the form refuses with every field named, keeps what was typed, then the papers, compared, received, the receipt printed', async () => {
  browser = await launch();
  const page = await staffPage(browser, B, 'tiepnhan@tuphap.kontum.demo');
  await page.goto(`${B}/can-bo/tiep-nhan`);
  await click(page, 'a[href="/can-bo/tiep-nhan/truc-tiep"]');
  assert.match(page.url(), /\/can-bo\/tiep-nhan\/truc-tiep$/);
  await clean(page, 'the entry form');

  // the ID number alone, a wrong phone: refused, each field named
  const idno = newCccd(1968);
  await page.fill('#so_dinh_danh', idno);
  await page.fill('#dien_thoai', '12');
  await click(page, 'main form button.button:not([name])');
  const summary = await page.textContent('#loi-bieu-mau');
  assert.match(summary, /Họ và tên/);
  assert.match(summary, /Số điện thoại|Điện thoại/);
  assert.match(summary, /Thủ tục/);
  assert.equal(await page.inputValue('#so_dinh_danh'), idno, 'kept');
  assert.equal(await page.inputValue('#dien_thoai'), '12', 'kept');
  await clean(page, 'the entry form with errors');

  // looked up: no account; typed in
  await click(page, 'button[name=tim]');
  assert.match(await page.textContent('main'), /Chưa có tài khoản nào với số định danh này/);
  await page.fill('#ho_ten', 'Y Nhung Niê');
  await page.fill('#ngay_sinh', '12/01/1968');
  await page.fill('#dien_thoai', newPhone());
  await page.fill('#dia_chi', '7 Bà Triệu, phường Quyết Thắng, Kon Tum');
  await page.check('#kenh-quay');
  await page.selectOption('#thu_tuc', L3);
  await click(page, 'main form button.button:not([name])');
  assert.match(page.url(), /\/can-bo\/tiep-nhan\/truc-tiep\/\d+$/);
  const id = Number(page.url().match(/(\d+)$/)[1]);
  await clean(page, 'the papers of a counter dossier');

  // the papers scanned and compared, then received
  const docs = sql(`SELECT id FROM dossier_doc WHERE dossier_id = ${id} ORDER BY seq`).map((r) => r[0]);
  assert.ok(docs.length >= 1);
  for (const doc of docs) {
    await page.setInputFiles(`#tep_${doc}`, [scan(`bản quét ${doc}.pdf`)]);
    await page.check(`#doi_chieu_${doc}`);
  }
  await Promise.all([page.waitForURL(/\/bien-nhan$/), page.click('button[value=tiep-nhan]')]);
  const code = sql(`SELECT code FROM dossier WHERE id = ${id}`)[0][0];
  assert.ok(page.url().endsWith(`/ho-so/${code}/bien-nhan`));
  assert.match(await page.textContent('main'), new RegExp(code.replace(/\./g, '\\.')));
  assert.equal(await page.locator('svg[aria-labelledby="qr-mo-ta"]').count(), 1, 'the receipt\'s tracking QR');
  await clean(page, 'the receipt of a counter dossier');
  assert.deepEqual(sql(`SELECT status, channel FROM dossier WHERE id = ${id}`)[0], ['2', 'counter']);
  await browser.close();
}, { timeout: 180000 });
