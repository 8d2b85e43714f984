// Every page in a real browser: axe-core finds nothing, nothing breaks
// the Content-Security-Policy, a 360 px phone needs no sideways scrolling,
// and the forms work without JavaScript.
import { test, assert } from '../lib/t.mjs';
import { launch, axe, describeViolations } from '../lib/browser.mjs';
import { NGINX, BROWSER_IP, sql } from '../lib/env.mjs';

const pages = ['/', '/thong-bao', '/thong-bao/1', '/gop-y', '/gop-y/da-gui', '/tiep-can', '/khong-co-trang-nay',
  '/thu-tuc', '/thu-tuc?q=khai+sinh&muc-do=4', '/thu-tuc?linh-vuc=khong-co', '/thu-tuc/1.001193', '/thu-tuc/1.001193/in',
  '/linh-vuc/ho-tich', '/co-quan', '/co-quan/000.00.09.H34', '/thong-ke', '/huong-dan', '/huong-dan/nop-ho-so-truc-tuyen',
  '/nhung', '/nhung?co-quan=000.31.01.H34', '/ho-so/nop/1.001193'];
let browser;
// one context for the desktop and one for the phone, a page of its own
// for each check: a context costs chromium a renderer of its own
let desk;
let phone;

test('start chromium', async () => {
  browser = await launch();
  desk = await browser.newContext();
  phone = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true });
});

for (const path of pages) {
  test(`${path}: axe-core clean, no CSP or console errors`, async () => {
    const page = await desk.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(String(e)));
    const r = await page.goto(NGINX + path);
    assert.ok(r.status() === 200 || (path === '/khong-co-trang-nay' && r.status() === 404), `status ${r.status()}`);
    const v = await axe(page);
    assert.equal(v.length, 0, describeViolations(v));
    // axe's own injected script is allowed by playwright, not the page:
    // what matters is the page's own errors, collected before axe ran
    // (the 404 page reports its own status to the console; that is all)
    const expected = path === '/khong-co-trang-nay' ? /status of 404/ : /^$/;
    assert.deepEqual(problems.filter((p) => !expected.test(p)), []);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi');
    await page.close();
  });

  test(`${path}: fits a 360 px wide phone`, async () => {
    const page = await phone.newPage();
    await page.goto(NGINX + path);
    const w = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(w <= 360, `page is ${w} px wide`);
    // the stylesheet applied (not blocked by CSP or a bad path)
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header, .print-header')).borderBottomStyle);
    assert.equal(bg, 'solid', 'the stylesheet applied');
    await page.close();
  });
}

test('keyboard: the skip link is the first stop and moves to the main content', async () => {
  const page = await desk.newPage();
  await page.goto(NGINX + '/');
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement.textContent.trim());
  assert.equal(first, 'Bỏ qua, đến nội dung chính');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => location.hash), '#noi-dung');
  await page.close();
});

test('without JavaScript: the feedback form sends and shows the thank-you page', async () => {
  // the hour's allowance of this address (the browser's) starts again
  sql(`DELETE FROM feedback WHERE client_ip = INET6_ATON('${BROWSER_IP}')`);
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(NGINX + '/gop-y');
  await page.fill('#ho_ten', 'Y Nhung Niê');
  await page.fill('#email', 'ynhung@example.vn');
  await page.fill('#tieu_de', 'Cảm ơn cán bộ một cửa');
  await page.fill('#noi_dung', 'Cán bộ hướng dẫn tận tình, hồ sơ được trả đúng hẹn.');
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  assert.match(page.url(), /\/gop-y\/da-gui$/);
  assert.match(await page.textContent('h1'), /Đã nhận góp ý/);
  assert.equal(sql("SELECT full_name FROM feedback WHERE email = 'ynhung@example.vn'")[0][0], 'Y Nhung Niê');
  await ctx.close();
});

test('form errors in the browser: summary, messages by each field, axe-clean, text kept', async () => {
  const page = await desk.newPage();
  await page.goto(NGINX + '/gop-y');
  await page.fill('#ho_ten', 'Nam 123');
  await page.fill('#email', 'sai-dia-chi');
  await page.fill('#noi_dung', 'Nội dung vẫn còn sau khi gửi lỗi.');
  await Promise.all([page.waitForNavigation(), page.click('button[type=submit]')]);
  assert.match(await page.textContent('.alert-error h2'), /Vui lòng sửa các mục sau/);
  assert.equal(await page.getAttribute('#email', 'aria-invalid'), 'true');
  assert.equal(await page.inputValue('#noi_dung'), 'Nội dung vẫn còn sau khi gửi lỗi.');
  assert.equal(await page.inputValue('#ho_ten'), 'Nam 123');
  const v = await axe(page);
  assert.equal(v.length, 0, describeViolations(v));
  await page.close();
});

test('stop chromium', async () => {
  await browser.close();
});
