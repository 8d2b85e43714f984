// Debian's chromium driven by playwright-core, and axe-core in the page.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { assert } from './t.mjs';
import { DEMO_PASSWORD } from './account.mjs';

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
