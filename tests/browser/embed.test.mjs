// The embeddable service menu in a real browser: an agency's page (a
// made-up origin listed in Embed.Origins) pastes the one line, the frame
// appears and takes the height of its content; a site not listed cannot
// frame it, and no other page of the portal can be framed at all.
import { test, assert } from '../lib/t.mjs';
import { launch, axe, describeViolations } from '../lib/browser.mjs';
import { NGINX, APACHE } from '../lib/env.mjs';

// An agency's site on another origin: "localhost" with the test port is
// listed in Embed.Origins; "localhost" with Apache's port is not. Both are
// served by the browser itself (route), and both are on this machine, so
// the browser's private-network rules stay out of the way.
const ALLOWED = NGINX.replace('127.0.0.1', 'localhost');
const OTHER = APACHE.replace('127.0.0.1', 'localhost');

let browser;
const agencyPage = (origin) => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Sở Tư pháp</title></head>
<body><h1>Trang của cơ quan</h1><p>Trước danh mục</p>
<script src="${NGINX}/static/js/nhung.js" data-co-quan="000.31.01.H34" async></script>
<p id="sau">Sau danh mục</p></body></html>`;

async function site(origin) {
  const ctx = await browser.newContext();
  await ctx.route(`${origin}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: agencyPage(origin) }));
  const page = await ctx.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${origin}/dich-vu-cong`);
  return { ctx, page, errors };
}

test('start chromium', async () => { browser = await launch(); });

test('an allowed agency site: the menu appears and is sized to its content by postMessage', async () => {
  const { ctx, page } = await site(ALLOWED);
  const frameEl = await page.waitForSelector('iframe[src*="/nhung/co-quan/000.31.01.H34"]');
  const frame = await frameEl.contentFrame();
  await frame.waitForSelector('.embed-list');
  assert.match(await frame.textContent('h1'), /Ủy ban nhân dân phường Quyết Thắng/);
  // the parent resizes the frame to the height the frame reports
  let h = 0, want = 0;
  for (let i = 0; i < 50; i++) {
    h = await frameEl.evaluate((f) => f.getBoundingClientRect().height);
    want = await frame.evaluate(() => document.documentElement.scrollHeight);
    if (Math.abs(h - want) <= 1 && h > 150) break;
    await page.waitForTimeout(100);
  }
  assert.ok(Math.abs(h - want) <= 1 && h > 150, `frame ${h}px for content ${want}px`);
  // links open the portal in the top window
  const targets = await frame.$$eval('a', (as) => as.map((a) => a.target));
  assert.ok(targets.length > 3 && targets.every((t) => t === '_top'));
  const href = await frame.$eval('.embed-list a', (a) => a.href);
  assert.ok(href.startsWith(NGINX + '/thu-tuc/'));
  await ctx.close();
});

test('a message from another origin cannot resize the frame', async () => {
  const { ctx, page } = await site(ALLOWED);
  const frameEl = await page.waitForSelector('iframe');
  await (await frameEl.contentFrame()).waitForSelector('.embed-list');
  await page.waitForTimeout(300);
  const before = await frameEl.evaluate((f) => f.style.height);
  await page.evaluate(() => window.postMessage({ type: 'dvc-height', height: 5 }, '*'));
  await page.waitForTimeout(300);
  assert.equal(await frameEl.evaluate((f) => f.style.height), before);
  await ctx.close();
});

test('a site not in Embed.Origins cannot frame the menu', async () => {
  const { ctx, page, errors } = await site(OTHER);
  const frameEl = await page.waitForSelector('iframe');
  await page.waitForTimeout(1000);
  const frame = await frameEl.contentFrame();
  const text = frame ? await frame.evaluate(() => document.body ? document.body.innerText : '').catch(() => '') : '';
  assert.ok(!/Quyết Thắng/.test(text), 'the menu did not render in the frame');
  assert.ok(errors.some((e) => /frame-ancestors|Refused to frame/i.test(e)) || text === '', 'blocked by CSP');
  await ctx.close();
});

test('other portal pages cannot be framed by anyone', async () => {
  const ctx = await browser.newContext();
  await ctx.route(`${ALLOWED}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html',
    body: `<!DOCTYPE html><html lang="vi"><head><title>x</title></head><body><iframe src="${NGINX}/thu-tuc/1.001193" title="x"></iframe></body></html>` }));
  const page = await ctx.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${ALLOWED}/khung`);
  await page.waitForTimeout(1000);
  const frame = await (await page.$('iframe')).contentFrame();
  const text = frame ? await frame.evaluate(() => document.body ? document.body.innerText : '').catch(() => '') : '';
  assert.ok(!/Đăng ký khai sinh/.test(text), 'the procedure page did not render');
  await ctx.close();
});

test('the embedded menu and the webmaster page are axe-clean', async () => {
  const page = await browser.newPage();
  await page.goto(`${NGINX}/nhung/co-quan/000.31.01.H34`);
  let v = await axe(page);
  assert.equal(v.length, 0, describeViolations(v));
  await page.goto(`${NGINX}/nhung?co-quan=000.31.01.H34`);
  assert.match(await page.textContent('pre.snippet'), /nhung\.js" data-co-quan="000\.31\.01\.H34"/);
  const preview = await (await page.waitForSelector('iframe.preview')).contentFrame();
  await preview.waitForSelector('.embed-list');
  v = await axe(page);
  assert.equal(v.length, 0, describeViolations(v));
  await page.close();
});

test('stop chromium', async () => { await browser.close(); });
