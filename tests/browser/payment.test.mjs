// Paying a fee online in a real browser (issue 14, "Tests"): a citizen on
// a 360 px phone opens the dossier reception accepted, follows "Nộp phí,
// lệ phí", pays online through the sandbox gateway, comes back to the
// portal and sees the payment recorded, on the payment page, the dossier
// page and the receipt. Every page is axe-clean and fits the phone. The
// gateway's notification, not the browser's return, is what marked it
// paid (tests/http/payment_gateway.test.mjs tries the rest). The citizen
// then opens the e-receipt and checks it by its QR link. A second
// citizen, who paid at the counter and whose dossier reception refused,
// gives a refund account on the phone (a bad one first: the error
// summary, what was typed kept), and reception records the refund in its browser;
// the citizen reads it.
import { test, assert } from '../lib/t.mjs';
import { launch, clean, fitsPhone, click } from '../lib/browser.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { staffLogin } from '../lib/account.mjs';
import { submitted, step, row, payCounter } from '../lib/office.mjs';

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
    // the e-receipt, and its check by the QR's link
    await click(p, 'a.bien-lai');
    assert.match(p.url(), new RegExp(`/thanh-toan/ho-so/${d.code}/bien-lai/\\d+$`));
    assert.match(await p.textContent('h1'), /Biên lai thu phí, lệ phí \(điện tử\)/);
    assert.match(await p.textContent('#bien-lai-so-tien'), /100\.000 đồng/);
    await check(p, 'the e-receipt');
    const url = await p.textContent('#kiem-tra-bien-lai');
    await p.goto(url);
    assert.match(await p.textContent('#bien-lai-hop-le'), /Biên lai này do Cổng Dịch vụ công lập/);
    await check(p, 'the e-receipt checked');
  } finally {
    await browser.close();
  }
}, { timeout: 400000 });

test('refused after paying: the citizen gives a refund account on a phone, reception records the refund', async () => {
  browser = await launch();
  try {
    const reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
    const d = await submitted();
    assert.ok(await payCounter(reception, d));
    assert.equal((await step(reception, d, 'tu-choi', { xac_nhan: '1', ly_do: 'Hồ sơ không thuộc thẩm quyền' })).status, 303);
    const ctx = await browser.newContext(PHONE);
    ctx.setDefaultTimeout(60000);
    await ctx.addCookies([{ name: 'dvc_sid', value: d.who.jar.sid, url: B }]);
    const p = await ctx.newPage();
    await p.goto(`${B}/thanh-toan/ho-so/${d.code}`);
    assert.match(await p.textContent('#hoan-tra'), /được hoàn trả cho bạn/);
    await check(p, 'payment page, refund owed');
    await p.fill('#ngan_hang', 'Ngân hàng Nông nghiệp và Phát triển Nông thôn');
    await p.fill('#so_tai_khoan', '5100-2050');
    await p.fill('#chu_tai_khoan', 'Trần Thị Bình');
    await click(p, '#hoan-tra button[type=submit]');
    assert.match(await p.textContent('#loi-bieu-mau'), /Số tài khoản chỉ gồm chữ số/);
    assert.equal(await p.inputValue('#ngan_hang'), 'Ngân hàng Nông nghiệp và Phát triển Nông thôn', 'nothing typed is lost');
    await check(p, 'refund account, refused');
    await p.fill('#so_tai_khoan', '51002050123');
    await click(p, '#hoan-tra button[type=submit]');
    assert.match(await p.textContent('#da-luu-tai-khoan'), /Đã lưu tài khoản nhận hoàn trả/);
    assert.match(await p.textContent('#tai-khoan-hoan'), /51002050123/);
    await check(p, 'refund account saved');
    // reception, at its desk
    const desk = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    desk.setDefaultTimeout(60000);
    await desk.addCookies([{ name: 'dvc_sid', value: reception.sid, url: B }]);
    const o = await desk.newPage();
    await o.goto(`${B}/can-bo/ho-so/${d.code}`);
    assert.match(await o.textContent('#tai-khoan-hoan'), /51002050123 tại Ngân hàng Nông nghiệp/);
    await o.fill('#ngay_hoan', new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10));
    await o.fill('#so_chung_tu', 'FT26341123456');
    await click(o, '#hoan-phi button[type=submit]');
    assert.ok(!(await o.$('#hoan-phi')), 'recorded: the form is gone');
    await check(o, 'officer, refund recorded');
    assert.equal(sql(`SELECT state FROM payment WHERE dossier_id = ${d.id}`)[0][0], 'refunded');
    await p.goto(`${B}/ho-so/${d.code}`);
    assert.match(await p.textContent('#phi-cac-khoan'), /Đã hoàn trả/);
    assert.match(await p.textContent('ol.timeline'), /Đã hoàn trả phí, lệ phí/);
    await check(p, 'dossier page, refunded');
  } finally {
    await browser.close();
  }
}, { timeout: 400000 });
