// Oversight and period reports in a real browser (issue 13, section 6):
// the inspector opens the oversight page from the staff home, drills down
// into an agency's dossiers and one dossier; chooses a period in the
// report form (no script: a plain GET form) and reads the report with its
// chart drawn as SVG (role="img", a title, a table of the same numbers
// beside it); the scorecard, a drill-down and the printable annual report.
// Every page axe-clean; the oversight page, the report and the scorecard
// fit a 360 px phone.
import { test, assert } from '../lib/t.mjs';
import { launch, clean, fitsPhone, click, DESK } from '../lib/browser.mjs';
import { NGINX } from '../lib/env.mjs';
import { submitted, step, processing, proposeResult } from '../lib/office.mjs';
import { AGENCY, ensureInspector, login, vnDay } from '../lib/report.mjs';

const B = NGINX;
let browser;
let page;

test('the inspector: oversight, a drill-down, one dossier; a report with its chart; the scorecard; the annual report', async () => {
  // something to see: a dossier settled today, one waiting for reception
  const reception = await login('tiepnhan@tuphap.kontum.demo');
  const specialist = await login('chuyenvien@tuphap.kontum.demo');
  const leader = await login('lanhdao@tuphap.kontum.demo');
  const done = await processing(reception);
  assert.equal((await proposeResult(specialist, done)).status, 303);
  assert.equal((await step(leader, done, 'duyet-ket-qua')).status, 303);
  const fresh = await submitted();

  // the inspector's session (second factor through the pages) in a browser
  const jar = await login(ensureInspector());
  browser = await launch();
  try {
    const ctx = await browser.newContext(DESK);
    ctx.setDefaultTimeout(20000);
    await ctx.addCookies([{ name: 'dvc_sid', value: jar.sid, url: B }]);
    page = await ctx.newPage();
    await page.goto(`${B}/can-bo`);
    await click(page, 'a[href$="/can-bo/giam-sat"]');
    assert.match(await page.locator('h1').innerText(), /Giám sát giải quyết hồ sơ/);
    await clean(page, 'the oversight page');
    await fitsPhone(page, 'the oversight page');
    // drill down: the agency's dossiers waiting for reception
    await click(page, `tr[data-code="${AGENCY}"] a[data-state="cho-tiep-nhan"]`);
    assert.ok(await page.locator(`tr.ov-dossier[data-code="${fresh.code}"]`).count() === 1, 'listed');
    assert.ok(!(await page.content()).includes(fresh.who.data.ho_ten), 'no applicant name');
    await clean(page, 'a drill-down list');
    await click(page, `tr.ov-dossier[data-code="${fresh.code}"] a`);
    assert.match(await page.locator('h1').innerText(), new RegExp(fresh.code));
    assert.equal(await page.locator('textarea#ly_do').count(), 0, 'no waiver form for the inspector');
    await clean(page, 'one dossier, as the oversight sees it');

    // a report: the form (a plain GET) for today, by procedure, one agency
    await page.goto(`${B}/can-bo/bao-cao`);
    await page.selectOption('#ky', 'khoang');
    await page.fill('#tu_ngay', vnDay());
    await page.fill('#den_ngay', vnDay());
    await page.selectOption('#co_quan', AGENCY);
    await page.selectOption('#theo', 'thu-tuc');
    await click(page, 'form.report-form button[type=submit]');
    assert.match(page.url(), /ky=khoang/);
    const reportUrl = page.url();
    await clean(page, 'a report');
    await fitsPhone(page, 'a report');

    // the scorecard and one drill-down
    await click(page, 'a[href*="/can-bo/bao-cao/chi-so?"]');
    assert.match(await page.locator('h1').innerText(), /Chỉ số chất lượng phục vụ/);
    assert.ok(await page.locator('.formula').count() >= 5, 'formulas beside the figures');
    {
      // its chart: an image with a title, the four rates, its table beside
      const svg = page.locator('svg.chart-svg');
      assert.equal(await svg.getAttribute('role'), 'img');
      assert.match(await page.locator('svg.chart-svg title').textContent(), /Tỷ lệ của từng nhóm chỉ số/);
      assert.equal(await page.locator('.chart-data tbody tr.chart-row').count(), 4);
      const bars = await page.locator('svg.chart-svg text.chart-value').allTextContents();
      const cells = await page.locator('.chart-data tbody tr.chart-row td').allTextContents();
      assert.deepEqual(bars, cells, 'the same numbers');
    }
    await clean(page, 'the scorecard');
    await fitsPhone(page, 'the scorecard');
    await click(page, '#chi-so-cong-khai a.see');
    assert.match(await page.locator('h1').innerText(), /Thủ tục chưa công khai đầy đủ thông tin/);
    await clean(page, 'what cost points');

    // the annual report: one printable document
    await page.goto(`${B}/can-bo/bao-cao/nam?co_quan=${AGENCY}`);
    assert.equal(await page.locator('body.print').count(), 1);
    assert.match(await page.locator('h1').innerText(), /Báo cáo tình hình cung cấp, sử dụng dịch vụ công trực tuyến năm/);
    await clean(page, 'the annual report');
    await page.goto(`${B}/can-bo/bao-cao/in?ky=khoang&tu_ngay=${vnDay()}&den_ngay=${vnDay()}`);
    await clean(page, 'a report, printable');

    // the report's chart: settled early, on time, late (the workflow
    // classifies them when the leader approves)
    await page.goto(reportUrl);
    const svg = page.locator('svg.chart-svg');
    assert.equal(await svg.count(), 1, 'a chart');
    assert.equal(await svg.getAttribute('role'), 'img');
    const title = await page.locator('svg.chart-svg title').textContent();
    assert.match(title, /Hồ sơ đã giải quyết/);
    // the chart's bars and the table beside it: the same numbers
    const bars = await page.locator('svg.chart-svg text.chart-value').allTextContents();
    const rows = await page.locator('.chart-data tbody tr.chart-row').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].reduce((a, td) => a + Number(td.textContent), 0)));
    assert.deepEqual(bars.map(Number), rows, 'each bar\'s total is its row\'s');
    assert.ok(rows.reduce((a, b) => a + b, 0) >= 1, 'today\'s settled one is drawn');
    await clean(page, 'a report with its chart');
  } finally {
    await browser.close();
  }
}, { timeout: 300000 });
