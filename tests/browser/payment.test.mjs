// Paying a fee online in a real browser (issue 14, "Tests"): a citizen on
// a 360 px phone opens the dossier reception accepted, follows "Nộp phí,
// lệ phí", pays online through the sandbox gateway, comes back to the
// portal and sees the payment recorded, on the payment page, the dossier
// page and the receipt. Every page is axe-clean and fits the phone. The
// gateway's notification, not the browser's return, is what marked it
// paid (tests/http/payment_gateway.test.mjs tries the rest).
import { test, assert } from '../lib/t.mjs';
import { launch, clean, fitsPhone, click } from '../lib/browser.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { staffLogin } from '../lib/account.mjs';
import { submitted, step, row } from '../lib/office.mjs';

const B = NGINX;
const PHONE = { viewport: { width: 360, height: 740 }, locale: 'vi-VN' };

let browser;

async function check(page, what) {
  await clean(page, what);
  await fitsPhone(page, what);
}

test('a citizen on a phone pays through the sandbox gateway and sees it recorded', async () => {
  browser = await launch();
  try {
    const reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
    const d = await submitted();
    assert.equal((await step(reception, d, 'tiep-nhan')).status, 303);
    const ctx = await browser.newContext(PHONE);
    ctx.setDefaultTimeout(60000);
    await ctx.addCookies([{ name: 'dvc_sid', value: d.who.jar.sid, url: B }]);
    const p = await ctx.newPage();

    await p.goto(`${B}/ho-so/${d.code}`);
    assert.match(await p.textContent('#phi-tinh-trang'), /Chưa nộp/);
    await check(p, 'dossier page, fee owed');
    await click(p, '#nop-phi');
    assert.match(p.url(), new RegExp(`/thanh-toan/ho-so/${d.code}$`));
    assert.match(await p.textContent('#phi-so-tien'), /100\.000 đồng/);
    await check(p, 'payment page');
    await click(p, '#thanh-toan-truc-tuyen button[type=submit]');
    assert.match(p.url(), /\/cong-thanh-toan-thu\/thanh-toan\?/);
    assert.match(await p.textContent('#so-tien'), /100\.000 đồng/);
    await check(p, 'the sandbox gateway');
    await click(p, '#thanh-cong');
    assert.match(p.url(), new RegExp(`/thanh-toan/ho-so/${d.code}/ket-qua\\?`));
    assert.match(await p.textContent('#ket-qua-thanh-toan'), /thanh toán thành công/);
    assert.match(await p.textContent('#phi-tinh-trang'), /Đã nộp/);
    assert.match(await p.textContent('#phi-cac-khoan'), /Trực tuyến/);
    await check(p, 'back from the gateway');
    await p.goto(`${B}/ho-so/${d.code}/bien-nhan`);
    assert.match(await p.textContent('#phi-tinh-trang'), /Đã nộp/);
    await check(p, 'receipt, paid');
    await p.goto(`${B}/ho-so/${d.code}`);
    assert.match(await p.textContent('ol.timeline'), /Đã thanh toán phí, lệ phí trực tuyến/);
    assert.equal(row(d.id, 'fee_paid')[0], '1');
    assert.equal(sql(`SELECT state FROM payment WHERE dossier_id = ${d.id}`)[0][0], 'paid');
  } finally {
    await browser.close();
  }
}, { timeout: 400000 });
