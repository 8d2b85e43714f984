// The supplement replacing a file, in a real browser (issue 15, "Done
// when"): reception asks for a clearer copy of one paper; the citizen, on
// a phone, reads the officer's reason on the supplement page, ticks "Bỏ
// tệp này" on the blurred file and uploads the new one; a tick with no
// file in its place is refused with the error in view and focus on it;
// the officer then sees the new file in the document and the old one
// struck through. With and without JavaScript, axe on every page.
import { test, assert } from '../lib/t.mjs';
import { launch, clean, click, DESK } from '../lib/browser.mjs';
import { NGINX, ROOT, sql } from '../lib/env.mjs';
import { staffLogin } from '../lib/account.mjs';
import { submitted, step } from '../lib/office.mjs';

const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, locale: 'vi-VN' };
let browser;
let reception;

test('start chromium, reception logs in', async () => {
  browser = await launch();
  reception = await staffLogin(NGINX, 'tiepnhan@tuphap.kontum.demo');
}, { timeout: 120000 });

for (const js of [true, false]) {
  test(`a citizen on a phone replaces the blurred file (JavaScript ${js ? 'on' : 'off'})`, async () => {
    const d = await submitted();
    const r = await step(reception, d, 'yeu-cau-bo-sung', { [`bo_sung_${d.slots[0].id}`]: '1', ly_do: 'Bản chụp trang 1 bị mờ, không đọc được số.' });
    assert.equal(r.status, 303);
    const old = sql(`SELECT id, name FROM dossier_file WHERE doc_id = ${d.slots[0].id} ORDER BY id LIMIT 1`)[0];
    const ctx = await browser.newContext({ ...PHONE, javaScriptEnabled: js });
    ctx.setDefaultTimeout(20000);
    await ctx.addCookies([{ name: 'dvc_sid', value: d.who.jar.sid, url: NGINX }]);
    const page = await ctx.newPage();
    await page.goto(`${NGINX}/ho-so/${d.code}/bo-sung`);
    assert.match(await page.textContent('#ly-do-bo-sung'), /Bản chụp trang 1 bị mờ/);
    if (js) await clean(page, 'supplement form');
    // only a tick, no new file: refused, the error in view with focus
    await page.check(`#bo_${old[0]}`);
    await click(page, 'form[data-upload] button[type=submit]');
    assert.match(await page.title(), /^Lỗi: /);
    const err = page.locator('.alert-error[role=alert]').first();
    assert.match(await err.textContent(), /Mục bắt buộc phải còn ít nhất một tệp/);
    if (js) {
      assert.equal(await page.evaluate(() => document.activeElement.classList.contains('alert-error')), true, 'focus on the error');
      const box = await err.boundingBox();
      assert.ok(box.y >= 0 && box.y < 740, `the error is in view (y=${box.y})`);
      await clean(page, 'supplement refused');
    }
    assert.equal(await page.isChecked(`#bo_${old[0]}`), true, 'the tick was kept');
    // the new file in its place
    await page.setInputFiles(`#tep_${d.slots[0].id}`, { name: 'trang-1-ro.png', mimeType: 'image/png',
      buffer: (await import('node:fs')).readFileSync(`${ROOT}/tests/fixtures/uploads/ok.png`) });
    await click(page, 'form[data-upload] button[type=submit]');
    assert.match(page.url(), new RegExp(`/ho-so/${d.code}\\?da-bo-sung=1`));
    const gone = page.locator('.files-gone');
    assert.match(await gone.textContent(), new RegExp(`${old[1]}[\\s\\S]*Đã bỏ khi bổ sung lúc`));
    if (js) await clean(page, 'dossier after the supplement');
    await ctx.close();
    // the officer's page: new file in the document, the old one apart
    const o = await browser.newContext(DESK);
    await o.addCookies([{ name: 'dvc_sid', value: reception.sid, url: NGINX }]);
    const op = await o.newPage();
    await op.goto(`${NGINX}/can-bo/ho-so/${d.code}`);
    const row = op.locator(`#hop_le_${d.slots[0].id}`).locator('xpath=ancestor::tr');
    assert.match(await row.textContent(), /trang-1-ro\.png/);
    assert.ok(!(await row.textContent()).includes(old[1]), 'the old file is not in the document any more');
    assert.equal(await op.locator(`.files-gone del a[href="/can-bo/tep/${old[0]}"]`).count(), 1);
    if (js) await clean(op, 'officer sees the replaced file');
    await o.close();
  }, { timeout: 180000 });
}

test('stop chromium', async () => { await browser.close(); });
