// A foreigner uses the portal in English on a phone (issue 15): the header's
// "English" link, then the main citizen pages (the catalogue, an agency,
// statistics, the guides, announcements, feedback, tracking, accessibility, the
// embed help, the account forms, a draft from start to the check page and
// its discard page, a submitted dossier with its receipt, payment page and
// supplement request, the account page) each in English, axe-clean, and
// without a Vietnamese-only interface label: no heading, label, button,
// table or list heading, link of the header, menu or footer whose text is
// a Vietnamese string of the language file that English says otherwise
// (e.g. "Đăng nhập" in the header). Catalogue content stays as published.
import { readFileSync } from 'node:fs';
import { test, assert } from '../lib/t.mjs';
import { launch, clean } from '../lib/browser.mjs';
import { NGINX, ROOT, BROWSER_IP, clearThrottle } from '../lib/env.mjs';
import { staffLogin } from '../lib/account.mjs';
import { startDraft } from '../lib/dossier.mjs';
import { L3, submitted, step } from '../lib/office.mjs';

const B = NGINX;

// A language file as { "Lang.X.Y": value } (HDF: blocks, "name = value",
// comments; the language files use nothing else).
function readHdf(path) {
  const out = {};
  const stack = [];
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const l = raw.trim();
    if (!l || l.startsWith('#')) continue;
    if (l === '}') { stack.pop(); continue; }
    let m = l.match(/^([\w.]+)\s*\{$/);
    if (m) { stack.push(m[1]); continue; }
    m = l.match(/^([\w.]+)\s*=\s?(.*)$/);
    if (!m) throw new Error(`${path}: cannot read ${l}`);
    out[[...stack, m[1]].join('.')] = m[2];
  }
  return out;
}

// The Vietnamese interface words English replaces (or lacks): what an
// English page must not show as a label.
const vi = readHdf(`${ROOT}/templates/lang/vi.hdf`);
const en = readHdf(`${ROOT}/templates/lang/en.hdf`);
const viOnly = new Set(Object.entries(vi).filter(([k, v]) => en[k] !== v).map(([, v]) => v.trim()));

// The interface's labels on the page that are Vietnamese-only words.
async function viLabels(page) {
  const texts = await page.$$eval(
    'header a, header button, header span, header p, nav a, footer a, h1, h2, h3, label, legend, button, th, dt, summary',
    (els) => els.map((e) => e.textContent.replace(/\s+/g, ' ').trim()));
  return [...new Set(texts.filter((t) => viOnly.has(t) || viOnly.has(t.replace(/[:*]$/, '').trim())))];
}

let browser;
let phone;

async function english(page, path, what = path) {
  const r = await page.goto(B + path);
  assert.equal(r.status(), 200, `${what}: status`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', `${what}: html lang`);
  assert.deepEqual(await viLabels(page), [], `${what}: Vietnamese-only labels`);
  if (await page.locator('header.site-header').count()) {
    const head = await page.textContent('header.site-header');
    assert.ok(!head.includes('Đăng nhập') && !head.includes('Hồ sơ của tôi'), `${what}: header in English`);
    assert.equal(await page.getAttribute('.lang-bar a', 'hreflang'), 'vi', `${what}: the way back to Vietnamese`);
  }
  await clean(page, `${what} (English, phone)`);
  const w = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(w <= 360, `${what}: ${w} px wide on a 360 px phone`);
}

test('start chromium, a phone', async () => {
  browser = await launch();
  clearThrottle(BROWSER_IP);
  phone = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, locale: 'en-GB' };
});

test('the public pages and the account forms in English', async () => {
  const ctx = await browser.newContext(phone);
  const page = await ctx.newPage();
  await page.goto(B + '/thu-tuc?q=khai+sinh');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi');
  assert.ok(viOnly.has('Đăng nhập'), 'the rule knows the Vietnamese header');
  assert.deepEqual(await viLabels(page).then((l) => l.includes('Đăng nhập')), true, 'and finds it on a Vietnamese page');
  // the link, found by its language
  await Promise.all([page.waitForNavigation(), page.click('a[hreflang="en"]')]);
  assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, '/thu-tuc?q=khai+sinh', 'back on the page');
  const cookie = (await ctx.cookies()).find((c) => c.name === 'dvc_nn');
  assert.ok(cookie && cookie.value === 'en' && cookie.sameSite === 'Lax' && cookie.expires > Date.now() / 1000 + 300 * 86400,
    'remembered for long, SameSite=Lax');
  for (const path of ['/thu-tuc?q=khai+sinh', '/', '/thu-tuc', '/thu-tuc/1.001193', '/linh-vuc/ho-tich', '/co-quan',
    '/co-quan/000.00.09.H34', '/thong-ke', '/huong-dan', '/huong-dan/nop-ho-so-truc-tuyen', '/thong-bao',
    '/gop-y', '/tiep-can', '/nhung', '/nhung?co-quan=000.31.01.H34', '/tra-cuu', '/ho-so/nop/1.001193',
    '/tai-khoan/dang-nhap', '/tai-khoan/dang-ky', '/tai-khoan/quen-mat-khau']) {
    await english(page, path);
  }
  // a form's errors, in English
  await page.goto(B + '/gop-y');
  await Promise.all([page.waitForNavigation(), page.click('main button[type=submit]')]);
  assert.match(await page.title(), /^Error: /);
  assert.match(await page.textContent('main'), /There is a problem/);
  assert.deepEqual(await viLabels(page), [], 'feedback errors');
  await clean(page, 'feedback errors (English, phone)');
  // the receipt's print page and the procedure's: English too
  await page.goto(B + '/thu-tuc/1.001193/in');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(await viLabels(page), [], 'procedure print page');
  // and back to Vietnamese
  await page.goto(B + '/thong-ke');
  await Promise.all([page.waitForNavigation(), page.click('a[hreflang="vi"]')]);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi');
  assert.match(await page.textContent('header.site-header'), /Đăng nhập/);
  await ctx.close();
}, { timeout: 300000 });

test('a citizen\'s own pages in English: a draft, a submitted dossier, the account', async () => {
  const reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  const d = await submitted();
  assert.equal((await step(reception, d, 'yeu-cau-bo-sung',
    { [`bo_sung_${d.slots[0].id}`]: '1', ly_do: 'Bản sao mờ' })).status, 303);
  const draft = await startDraft(B, d.who, L3);
  const ctx = await browser.newContext(phone);
  await ctx.addCookies([{ name: 'dvc_sid', value: d.who.jar.sid, url: B }, { name: 'dvc_nn', value: 'en', url: B }]);
  const page = await ctx.newPage();
  for (const path of ['/ho-so', `/ho-so/${d.code}`, `/ho-so/${d.code}/bo-sung`, `/thanh-toan/ho-so/${d.code}`,
    `/ho-so/nop/${L3}`, `/ho-so/nhap/${draft}`, `/ho-so/nhap/${draft}/xem-lai`, `/ho-so/nhap/${draft}/xoa`,
    '/tai-khoan', '/tai-khoan/doi-mat-khau', '/tai-khoan/xoa', '/tai-khoan/dang-xuat']) {
    await english(page, path);
  }
  // the header says who is signed in, in English
  await page.goto(B + '/ho-so');
  assert.match(await page.textContent('header.site-header'), /My applications/);
  assert.match(await page.textContent('.user-bar'), /Hello, .*Sign out/s);
  // the receipt (print layout): English, axe-clean
  const r = await page.goto(`${B}/ho-so/${d.code}/bien-nhan`);
  assert.equal(r.status(), 200);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(await viLabels(page), [], 'receipt');
  await clean(page, 'receipt (English, phone)');
  await ctx.close();
}, { timeout: 300000 });

test('stop chromium', async () => {
  await browser.close();
});
