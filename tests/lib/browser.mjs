// Debian's chromium driven by playwright-core, and axe-core in the page.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { assert } from './t.mjs';
import { DEMO_PASSWORD } from './account.mjs';
import { NGINX } from './env.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const options = {
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync',
    // no GPU emulation (SwiftShader) and no GPU process: the renderer
    // draws the pages itself (about a fifth less chromium CPU for the same
    // pages, measured here)
    '--disable-software-rasterizer', '--in-process-gpu',
    // The tests' "agency site" is served by the browser itself while the
    // portal is on 127.0.0.1; in real life both are public sites, so the
    // browser's local-network guard (which would block the pair) is off.
    '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessRespectPreflightResults'],
};

// Each browser file starts its own: measured on this 2-core machine, one
// chromium shared by the files over its server's connection took more than
// twice the CPU and half again the time of one each.
export function launch() {
  return chromium.launch(options);
}

// Runs axe on the page (WCAG 2.0-2.2 A and AA rules); returns violations.
export async function axe(page) {
  // evaluated through the DevTools protocol, which the page's CSP does
  // not govern (a <script> tag would be refused, as it should be); once
  // per document (it is half a megabyte to compile)
  if (!(await page.evaluate(() => typeof window.axe?.run === 'function'))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      // full details for what fails only: the passes are not read
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
}

export function describeViolations(v) {
  return v.map((x) => `${x.id} (${x.impact}): ${x.help} @ ${x.nodes.join(', ')}`).join('\n');
}

// --- steps shared by the browser tests of the back office --------------

const trace = (m) => { if (process.env.DVC_TRACE) process.stderr.write(`${new Date().toISOString()} ${m}\n`); };
const within = (p, ms) => Promise.race([p, new Promise((_, no) => setTimeout(() => no(new Error('timeout')), ms))]);

// axe on the page as the browser shows it, asserting no violation. A
// notice snapshot is served with a sandboxing CSP (no script at all:
// DevTools' evaluation never returns there): its HTML is checked as a
// copy at the same address without that header.
export async function clean(page, what) {
  trace(`axe: ${what} ${page.url()}`);
  let v;
  const sandboxed = /\/thong-bao\/\d+$/.test(new URL(page.url()).pathname);
  try {
    if (sandboxed) throw new Error('sandboxed');
    v = await within(axe(page), 30000);
  } catch (e) {
    trace(`axe on a copy (${e.message})`);
    const html = await page.content();
    const url = page.url();
    const twin = await page.context().newPage();
    await twin.route(url, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await twin.goto(url);
    v = await axe(twin);
    await twin.close();
  }
  assert.equal(v.length, 0, `${what}:\n${describeViolations(v)}`);
}

// No sideways scrolling on a 360 px phone.
export async function fitsPhone(page, what) {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 740 });
  const w = await page.evaluate(() => document.scrollingElement.scrollWidth);
  await page.setViewportSize(before);
  assert.ok(w <= 360, `${what}: the page is ${w} px wide on a 360 px screen`);
}

// Clicks and waits for the page that follows.
export async function click(page, selector) {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

export const DESK = { viewport: { width: 1280, height: 900 }, locale: 'vi-VN' };

// An officer logged in through the staff login page, in a browser
// context of its own (the demo password).
export async function staffPage(browser, base, email) {
  const ctx = await browser.newContext(DESK);
  ctx.setDefaultTimeout(20000);
  const page = await ctx.newPage();
  await page.goto(`${base}/can-bo/dang-nhap`);
  await page.fill('#dinh_danh', email);
  await page.fill('#mat_khau', DEMO_PASSWORD);
  await click(page, 'main button[type=submit]');
  assert.match(page.url(), /\/can-bo$/, `${email} logged in`);
  return page;
}

// --- a dossier's steps as officers and the citizen see them (B: nginx) --

// The officer opens the dossier's page (from the given list page when one
// is given, by its link), checks it, fills a form and sends it.
export async function officerStep(page, d, { list, section, fill = async () => {}, what }) {
  if (list) {
    await page.goto(`${NGINX}${list}`);
    await clean(page, `${what}: list ${list}`);
    await click(page, `main a[href$="/can-bo/ho-so/${d.code}"]`);
  } else {
    await page.goto(`${NGINX}/can-bo/ho-so/${d.code}`);
  }
  assert.match(await page.textContent('h1'), new RegExp(d.code));
  await clean(page, `${what}: dossier page`);
  await fill(page);
  await click(page, `#${section} button[type=submit]`);
  assert.equal(await page.locator('main .alert-error').count(), 0,
    `${what}: no error\n${await page.textContent('main')}`.slice(0, 2000));
  await clean(page, `${what}: dossier page after the step`);
}

// What the citizen (d.page, a browser with the citizen's session) sees:
// the status, and the newest timeline entry.
export async function citizenSees(d, status, event, what) {
  const p = d.page;
  await p.goto(`${NGINX}/ho-so/${d.code}`);
  const facts = await p.textContent('main dl.facts');
  assert.ok(facts.includes(status), `${what}: the citizen sees "${status}" in\n${facts}`);
  const last = await p.locator('ol.timeline > li').last().textContent();
  assert.ok(last.includes(event), `${what}: the timeline ends with "${event}": ${last}`);
  await clean(p, `${what}: the citizen's dossier page`);
}

// The citizen opens a notice from the dossier page; it is the form named.
export async function citizenNotice(d, title, what) {
  const p = d.page;
  await p.goto(`${NGINX}/ho-so/${d.code}`);
  const link = p.locator('ul.notices a', { hasText: title });
  assert.equal(await link.count(), 1, `${what}: notice "${title}" listed`);
  await click(p, `ul.notices a:has-text("${title}")`);
  assert.ok((await p.textContent('body')).includes(title), `${what}: the notice shows`);
  await clean(p, `${what}: the notice`);
}
