// Paying by transfer in a real browser (issue 14, section 2): a citizen
// on a 360 px phone sees the VietQR code on the receipt and the payment
// page, axe-clean and within the phone's width; reception, on a desk,
// uploads the bank's statement through the page's file field, reads what
// was done, and assigns the line that waited (another amount, with a
// reason) from the list; the citizen's page then says paid by transfer.
// Every page is axe-clean. tests/http/payment_transfer.test.mjs tries
// every bad input.
import { writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, assert } from '../lib/t.mjs';
import { launch, clean, fitsPhone, click, staffPage } from '../lib/browser.mjs';
import { NGINX } from '../lib/env.mjs';
import { submitted, row } from '../lib/office.mjs';

const B = NGINX;
const PHONE = { viewport: { width: 360, height: 740 }, locale: 'vi-VN' };

test('the VietQR code on a phone; reception imports the statement and assigns the line that waited', async () => {
  const browser = await launch();
  try {
    const d = await submitted();
    const w = await submitted();
    const ctx = await browser.newContext(PHONE);
    ctx.setDefaultTimeout(60000);
    await ctx.addCookies([{ name: 'dvc_sid', value: d.who.jar.sid, url: B }]);
    const p = await ctx.newPage();
    for (const [url, what] of [[`/ho-so/${d.code}/bien-nhan`, 'receipt with the VietQR code'],
      [`/thanh-toan/ho-so/${d.code}`, 'payment page with the VietQR code']]) {
      await p.goto(`${B}${url}`);
      assert.ok(await p.isVisible('#ma-vietqr svg'), `${what}: drawn`);
      assert.match(await p.textContent('#ck-noi-dung'), new RegExp(d.code.replace(/\./g, '\\.')));
      await clean(p, what);
      await fitsPhone(p, what);
    }

    const office = await staffPage(browser, B, 'tiepnhan@tuphap.kontum.demo');
    await office.goto(`${B}/can-bo`);
    await click(office, `a[href$="/can-bo/thanh-toan/sao-ke"]`);
    await clean(office, 'statement page');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dvc-sao-ke-'));
    const file = path.join(dir, 'sao-ke.csv');
    const ref = `BR${Date.now()}`;
    writeFileSync(file, '\ufeffNgày giao dịch;Số tham chiếu;Số tiền ghi có;Nội dung\r\n' +
      `07/12/2026;${ref}1;100.000;NOP PHI HS ${d.code}\r\n` +
      `07/12/2026;${ref}2;80.000;NOP PHI HS ${w.code}\r\n`);
    await office.setInputFiles('#sao_ke', file);
    await click(office, '#nhap-sao-ke button[type=submit]');
    assert.match(await office.textContent('#sao-ke-ket-qua'), /Đã nhập sao kê/);
    assert.equal(await office.textContent('#sk-da-khop'), '1');
    assert.equal(await office.textContent('#sk-cho'), '1');
    await clean(office, 'statement imported, a line waiting');
    const line = office.locator('#cho-xu-ly tr', { hasText: w.code }).first();
    const id = (await line.getAttribute('id')).replace('dong-', '');
    await office.fill(`#ma-${id}`, w.code);
    await office.fill(`#ly-do-gan-${id}`, 'Công dân chuyển thiếu 20.000 đồng, nộp bù tại quầy');
    await click(office, `#dong-${id} form[action$="/gan"] button[type=submit]`);
    assert.match(await office.textContent('#sao-ke-ket-qua'), /Đã ghi nhận khoản chuyển khoản/);
    assert.match(await office.textContent('#da-xu-ly'), /Cán bộ ghi nhận cho hồ sơ/);
    await clean(office, 'a line assigned');
    assert.equal(row(d.id, 'fee_paid')[0], '1');
    assert.equal(row(w.id, 'fee_paid')[0], '1');

    await p.goto(`${B}/ho-so/${d.code}`);
    assert.match(await p.textContent('#phi-tinh-trang'), /Đã nộp/);
    assert.match(await p.textContent('ol.timeline'), /Đã nộp phí, lệ phí bằng chuyển khoản/);
    assert.equal(await p.locator('#ma-vietqr').count(), 0, 'no code once paid');
    await clean(p, 'dossier page, paid by transfer');
    await fitsPhone(p, 'dossier page, paid by transfer');
  } finally {
    await browser.close();
  }
}, { timeout: 400000 });
