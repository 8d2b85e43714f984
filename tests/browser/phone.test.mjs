// A citizen on a phone (issue 15): the header menu folds into one button,
// search results come before the filters (which fold away), the
// procedure page's channels, documents and process are stacked cards
// rather than squeezed tables. All of it with and without JavaScript
// (the folds are CSS :target links), axe-clean in each state; on a wide
// screen nothing is folded.
import { test, assert } from '../lib/t.mjs';
import { launch, clean } from '../lib/browser.mjs';
import { NGINX } from '../lib/env.mjs';

const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, locale: 'vi-VN' };
let browser;
const ctx = {};

test('start chromium', async () => {
  browser = await launch();
  ctx.js = await browser.newContext(PHONE);
  ctx.nojs = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  ctx.desk = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
});

const shown = (page, sel) => page.locator(sel).first().isVisible();
// The folds are CSS alone (no script on these pages), so the same page in
// the same state is the same for axe with or without JavaScript; axe
// itself needs script, so it runs in the JavaScript context.
const axeIf = (mode, page, what) => (mode === 'js' ? clean(page, what) : null);
// the link to #x was followed (read without page script)
const hashIs = async (page, h) => { await page.waitForURL((u) => u.hash === h); };

for (const mode of ['js', 'nojs']) {
  test(`phone (${mode}): the header menu is one button that opens the menu`, async () => {
    const page = await ctx[mode].newPage();
    await page.goto(`${NGINX}/`);
    assert.equal(await shown(page, '.menu-toggle'), true, 'the menu button shows');
    assert.equal(await page.textContent('.menu-toggle'), 'Danh mục');
    assert.equal(await shown(page, '.site-nav a[href$="/thu-tuc"]'), false, 'the menu is folded');
    const folded = (await page.locator('.site-header').boundingBox()).height;
    await axeIf(mode, page, `phone ${mode}: home, menu folded`);
    await page.click('.menu-toggle');
    await hashIs(page, '#dieu-huong');
    assert.equal(await shown(page, '.site-nav a[href$="/thu-tuc"]'), true, 'the menu opened');
    const open = (await page.locator('.site-header').boundingBox()).height;
    assert.ok(open > folded + 100, `the open menu takes room (${folded} -> ${open} px)`);
    await axeIf(mode, page, `phone ${mode}: home, menu open`);
    // the menu works: its links lead where they say
    await Promise.all([page.waitForNavigation(), page.click('.site-nav a[href$="/thu-tuc"]')]);
    assert.match(page.url(), /\/thu-tuc$/);
    assert.equal(await shown(page, '.site-nav a[href$="/co-quan"]'), false, 'folded again on the next page');
    await page.close();
  });

  test(`phone (${mode}): search results come before the filters, which fold away`, async () => {
    const page = await ctx[mode].newPage();
    await page.goto(`${NGINX}/thu-tuc?q=khai+sinh`);
    const first = await page.locator('.proc-list li').first().boundingBox();
    assert.ok(first, 'there are results');
    assert.ok(first.y < 740, `the first result is on the first screen (y=${first.y})`);
    assert.equal(await shown(page, '#linh-vuc'), false, 'the filters are folded');
    assert.equal(await page.textContent('.filters-toggle a'), 'Lọc kết quả');
    await axeIf(mode, page, `phone ${mode}: search, filters folded`);
    await page.click('.filters-toggle a');
    await hashIs(page, '#loc');
    assert.equal(await shown(page, '#linh-vuc'), true, 'the filters opened');
    await axeIf(mode, page, `phone ${mode}: search, filters open`);
    // a filter applied from the phone keeps the search and narrows it
    const before = Number(await page.textContent('.count strong'));
    await page.selectOption('#kenh', 'truc-tuyen');
    await Promise.all([page.waitForNavigation(), page.click('form.filters button[type=submit]')]);
    assert.match(page.url(), /q=khai\+sinh/);
    assert.match(page.url(), /kenh=truc-tuyen/);
    const after = Number(await page.textContent('.count strong'));
    assert.ok(after >= 1 && after <= before, `filtered ${before} -> ${after}`);
    assert.equal(await shown(page, '#linh-vuc'), false, 'folded again over the new results');
    await page.close();
  });

  test(`phone (${mode}): the procedure page's tables are stacked cards`, async () => {
    const page = await ctx[mode].newPage();
    await page.goto(`${NGINX}/thu-tuc/1.001193`);
    for (const id of ['s-cachthuc', 's-hoso']) {
      const t = page.locator(`section[aria-labelledby="${id}"] table.stack`);
      assert.equal(await t.count(), 1, `${id}: one card table`);
      // no sideways scrolling inside the table's box, rows as blocks
      // rows as blocks the width of the table, cells under each other
      const box = await t.boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= 360, `${id}: the table fits (${box.x}+${box.width})`);
      const row = await t.locator('tbody tr').first().boundingBox();
      assert.ok(Math.abs(row.width - box.width) < 2, `${id}: a row is as wide as the table (${row.width}/${box.width})`);
      const cells = t.locator('tbody tr').first().locator('td[data-label]');
      const c1 = await cells.nth(0).boundingBox();
      const c2 = await cells.nth(1).boundingBox();
      assert.ok(c2.y >= c1.y + c1.height - 1, `${id}: the row's values are stacked`);
      if (mode === 'js') {
        // each value says what it is (the column's heading, read by CSS)
        const label = await t.evaluate((e) => getComputedStyle(e.querySelector('td[data-label]'), '::before').content);
        assert.match(label, /^".+"$/, `${id}: the value is labelled (${label})`);
      }
    }
    const time = await page.locator('section[aria-labelledby="s-cachthuc"] td[data-label]').first().getAttribute('data-label');
    assert.equal(time, 'Thời hạn giải quyết');
    if (mode === 'js') {
      const w = await page.evaluate(() => document.scrollingElement.scrollWidth);
      assert.ok(w <= 360, `the page is ${w} px wide`);
    }
    await axeIf(mode, page, `phone ${mode}: procedure page`);
    await page.close();
  });
}

test('wide screen: nothing folds, tables stay tables', async () => {
  const page = await ctx.desk.newPage();
  await page.goto(`${NGINX}/thu-tuc?q=khai+sinh`);
  assert.equal(await shown(page, '.menu-toggle'), false, 'no menu button');
  assert.equal(await shown(page, '.site-nav a[href$="/thu-tuc"]'), true, 'the menu is open');
  assert.equal(await shown(page, '.filters-toggle'), false, 'no filters link');
  assert.equal(await shown(page, '#linh-vuc'), true, 'the filters are open');
  // filters on the left of the results
  const f = await page.locator('form.filters').boundingBox();
  const r = await page.locator('.proc-list').boundingBox();
  assert.ok(f.x + f.width <= r.x, 'filters beside the results');
  await page.goto(`${NGINX}/thu-tuc/1.001193`);
  const d = await page.locator('section[aria-labelledby="s-hoso"] tbody tr').first().evaluate((e) => getComputedStyle(e).display);
  assert.equal(d, 'table-row');
  await page.close();
});

test('stop chromium', async () => {
  await browser.close();
});
