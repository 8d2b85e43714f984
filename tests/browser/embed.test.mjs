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
// the two lines the webmaster page gives, as it gives them
let snippet;
const agencyPage = () => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Sở Tư pháp</title></head>
<body><main><h1>Trang của cơ quan</h1><p>Trước danh mục</p>
<div id="khung">${snippet}</div>
<p id="sau">Sau danh mục</p></main></body></html>`;

async function site(origin, opts = {}) {
  if (!snippet) {
    const r = await fetch(`${NGINX}/nhung?co-quan=000.31.01.H34`);
    const m = /<pre class="snippet"[^>]*><code>([\s\S]*?)<\/code><\/pre>/.exec(await r.text());
    snippet = m[1].replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
  }
  const ctx = await browser.newContext(opts);
  await ctx.route(`${origin}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: agencyPage() }));
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

test('the frame follows its content both ways: taller on a narrow screen, shorter again on a wide one', async () => {
  const { ctx, page } = await site(ALLOWED, { viewport: { width: 1280, height: 900 } });
  const frameEl = await page.waitForSelector('iframe');
  const frame = await frameEl.contentFrame();
  await frame.waitForSelector('.embed-list');
  // the frame's height once it matches its content's, as the menu measures
  // it (the body's box), for a few polls in a row (a loaded machine may
  // take a while to lay out and post)
  const settle = async () => {
    let same = 0, h = 0;
    for (let i = 0; i < 100 && same < 3; i++) {
      await page.waitForTimeout(100);
      h = await frameEl.evaluate((f) => f.getBoundingClientRect().height);
      const want = await frame.evaluate(() => {
        const b = document.body, cs = getComputedStyle(b);
        return Math.ceil(b.getBoundingClientRect().height + parseFloat(cs.marginTop) + parseFloat(cs.marginBottom));
      });
      same = Math.abs(h - want) <= 1 ? same + 1 : 0;
    }
    return h;
  };
  const wide = await settle();
  await page.setViewportSize({ width: 360, height: 740 });
  const narrow = await settle();
  assert.ok(narrow > wide + 50, `narrow ${narrow}px > wide ${wide}px`);
  await page.setViewportSize({ width: 1280, height: 900 });
  const again = await settle();
  assert.ok(again < narrow - 50, `the frame shrank back: ${narrow}px -> ${again}px`);
  assert.ok(Math.abs(again - wide) <= 2, `as tall as at first: ${wide}px, now ${again}px`);
  // the menu spoke: no fallback link under it
  assert.equal(await page.isVisible('.dvc-nhung-lien-ket'), false);
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
  // the refused frame gives way to a visible link to the agency's services
  const link = await page.waitForSelector('.dvc-nhung-lien-ket a', { state: 'visible', timeout: 15000 });
  assert.equal(await link.getAttribute('href'), `${NGINX}/co-quan/000.31.01.H34`);
  assert.match(await link.textContent(), /dịch vụ công trực tuyến của cơ quan/);
  assert.equal(await page.$('iframe'), null, 'the refused frame is gone');
  const v = await axe(page);
  assert.equal(v.length, 0, describeViolations(v));
  await ctx.close();
});

test('without JavaScript the agency page shows the snippet\'s link instead of the frame', async () => {
  const { ctx, page } = await site(ALLOWED, { javaScriptEnabled: false });
  const link = page.locator('#khung a');
  assert.equal(await link.isVisible(), true);
  assert.equal(await link.getAttribute('href'), `${NGINX}/co-quan/000.31.01.H34`);
  assert.match(await link.textContent(), /Dịch vụ công trực tuyến của Ủy ban nhân dân phường Quyết Thắng/);
  assert.equal(await page.$('iframe'), null);
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
  assert.match(await page.textContent('pre.snippet'), /<noscript><a href="[^"]+\/co-quan\/000\.31\.01\.H34">/);
  // plain words for the webmaster: how a site gets allowed, which are, and
  // no configuration key of the portal
  const main = await page.textContent('main');
  assert.match(main, /Cách đưa danh mục lên trang của cơ quan/);
  assert.ok(main.includes(ALLOWED), 'the allowed sites are listed');
  assert.ok(!/Embed\.|Origins|khóa /.test(main), 'no configuration key shown');
  const preview = await (await page.waitForSelector('iframe.preview')).contentFrame();
  await preview.waitForSelector('.embed-list');
  v = await axe(page);
  assert.equal(v.length, 0, describeViolations(v));
  await page.close();
});

test('stop chromium', async () => { await browser.close(); });
