// The citizen's and the officer's journeys in a real browser, on a phone
// screen and without JavaScript: register, confirm from the mail, log in,
// see one's data, log out; an admin logs in with the second factor. Every
// page axe-clean.
import { test, assert } from '../lib/t.mjs';
import { launch, axe, describeViolations } from '../lib/browser.mjs';
import { NGINX, BROWSER_IP, clearThrottle } from '../lib/env.mjs';
import { citizen, lastMail, linkToken, totp, newStaff, DEMO_PASSWORD } from '../lib/account.mjs';

let browser;

async function clean(page, what) {
  const v = await axe(page);
  assert.equal(v.length, 0, `${what}:\n${describeViolations(v)}`);
}

test('start chromium for the account journeys', async () => {
  browser = await launch();
  clearThrottle(BROWSER_IP);
});

test('citizen journey on a phone: register, confirm, log in, own data, log out', async () => {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  const d = citizen();
  await page.goto(NGINX + '/tai-khoan/dang-ky');
  await clean(page, 'registration form');
  // first a mistake: the password typed twice differently
  await page.fill('#ho_ten', d.ho_ten);
  await page.fill('#so_dinh_danh', d.so_dinh_danh);
  await page.fill('#ngay_sinh', d.ngay_sinh);
  await page.fill('#dien_thoai', d.dien_thoai);
  await page.fill('#email', d.email);
  await page.fill('#dia_chi', d.dia_chi);
  await page.fill('#mat_khau', d.mat_khau);
  await page.fill('#nhap_lai', 'mot mat khau khac han');
  await page.check('#dong_y');
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
  assert.match(await page.textContent('.alert-error'), /Hai lần nhập mật khẩu không giống nhau/);
  assert.equal(await page.inputValue('#ho_ten'), d.ho_ten, 'typed text kept');
  assert.equal(await page.inputValue('#mat_khau'), '', 'password not sent back');
  await clean(page, 'registration errors');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `no sideways scrolling on a phone (${width}px)`);
  await page.fill('#mat_khau', d.mat_khau);
  await page.fill('#nhap_lai', d.mat_khau);
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
  assert.match(await page.textContent('h1'), /Vui lòng kiểm tra hộp thư/);
  await clean(page, 'mail sent');
  // the link from the mail
  const link = linkToken(lastMail(d.email));
  await page.goto(`${NGINX}/tai-khoan/xac-nhan?ma=${link}`);
  await clean(page, 'confirm');
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
  assert.match(await page.textContent('h1'), /Tài khoản đã được kích hoạt/);
  // log in with the ID number
  await page.goto(NGINX + '/tai-khoan');
  assert.match(page.url(), /\/tai-khoan\/dang-nhap\?tiep=/);
  await clean(page, 'login');
  await page.fill('#dinh_danh', d.so_dinh_danh);
  await page.fill('#mat_khau', d.mat_khau);
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
  assert.match(page.url(), /\/tai-khoan$/);
  assert.match(await page.textContent('main'), new RegExp(d.so_dinh_danh));
  assert.match(await page.textContent('.user-bar'), /Nguyễn Thị Hồng Nhung/);
  await clean(page, 'account page');
  const cookies = await ctx.cookies();
  const sid = cookies.find((c) => c.name === 'dvc_sid');
  assert.ok(sid.httpOnly && sid.sameSite === 'Lax', 'session cookie HttpOnly, SameSite=Lax');
  await page.goto(NGINX + '/tai-khoan/doi-mat-khau');
  await clean(page, 'change password');
  await page.goto(NGINX + '/tai-khoan/xoa');
  await clean(page, 'delete account');
  // log out from the bar on every page
  await Promise.all([page.waitForNavigation(), page.click('.user-bar button')]);
  assert.match(await page.textContent('main'), /Bạn đã đăng xuất/);
  await page.goto(NGINX + '/tai-khoan');
  assert.match(page.url(), /dang-nhap/);
  await ctx.close();
}, { timeout: 180000 });

test('without JavaScript: log in, see one\'s data, log out', async () => {
  clearThrottle(BROWSER_IP);
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(NGINX + '/can-bo/dang-nhap');
  await page.fill('#dinh_danh', 'chuyenvien@tuphap.kontum.demo');
  await page.fill('#mat_khau', DEMO_PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
  assert.match(page.url(), /\/can-bo$/);
  assert.match(await page.textContent('main'), /Trần Văn Hùng/);
  await page.goto(NGINX + '/tai-khoan');
  assert.match(await page.textContent('main'), /chuyenvien@tuphap\.kontum\.demo/);
  await Promise.all([page.waitForNavigation(), page.click('.user-bar button')]);
  assert.match(await page.textContent('main'), /Bạn đã đăng xuất/);
  await ctx.close();
});

test('officer journey: an admin sets up two-factor, then logs in with a code', async () => {
  // a province admin of Sở Thông tin và Truyền thông, new: no second factor yet
  const email = newStaff('province_admin', '000.00.15.H34', 'Lê Minh Đức');
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(NGINX + '/can-bo/dang-nhap');
  await clean(page, 'staff login');
  await page.fill('#dinh_danh', email);
  await page.fill('#mat_khau', DEMO_PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
  assert.match(page.url(), /thiet-lap-xac-thuc/);
  await clean(page, 'two-factor setup');
  const key = (await page.textContent('#khoa-bi-mat')).trim();
  await page.fill('#ma_so', totp(key));
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
  assert.equal(await page.locator('.codes li').count(), 10);
  await clean(page, 'recovery codes');
  await Promise.all([page.waitForNavigation(), page.click('text=Tiếp tục đến trang cán bộ')]);
  assert.match(await page.textContent('main'), /Sở Thông tin và Truyền thông/);
  await clean(page, 'staff home');
  await page.goto(NGINX + '/quan-tri/nhan-vien');
  await clean(page, 'staff list');
  await Promise.all([page.waitForNavigation(), page.click('.user-bar button')]);
  // again: password, then the code of the next step
  await page.goto(NGINX + '/can-bo/dang-nhap');
  await page.fill('#dinh_danh', email);
  await page.fill('#mat_khau', DEMO_PASSWORD);
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
  assert.match(page.url(), /xac-thuc$/);
  await clean(page, 'code entry');
  await new Promise((r) => setTimeout(r, (30 - (Date.now() / 1000) % 30) * 1000 + 300));
  await page.fill('#ma_so', totp(key));
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
  assert.match(page.url(), /\/can-bo$/);
  await ctx.close();
}, { timeout: 180000 });

test('stop chromium after the account journeys', async () => {
  await browser.close();
});
