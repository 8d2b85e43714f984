// A late dossier after an extension, in real browsers (issue 13, "Done
// when"): reception accepts and hands it over; the specialist proposes an
// extension with its reason and days from the dossier page (on a 360 px
// phone); the leader approves it from the approval list; the citizen sees
// the new date beside the first and reads Form 04; then, with the test
// clock an hour past the first date, the dossier is still on time by the
// date in force in the leader's list, and the leader's approval of the
// result settles it as late: the officer's page, the control sheet and the
// citizen's page say "trễ hạn". The leader's period report of that day
// (page and its CSV) and its scorecard, read in the browser before and
// after the approval, and /thong-ke before and after the walk, differ by
// exactly this one late dossier. Every page is axe-clean.
import { readFileSync } from 'node:fs';
import { test, assert } from '../lib/t.mjs';
import {
  launch, clean, fitsPhone, click, staffPage, DESK, officerStep, citizenSees, citizenNotice,
} from '../lib/browser.mjs';
import { NGINX, ROOT, sql } from '../lib/env.mjs';
import { Jar, login } from '../lib/account.mjs';
import { submitted as submittedHttp, L3 } from '../lib/office.mjs';
import { pageRow, parseCsv, vnDay } from '../lib/report.mjs';
import { shiftClock, resetClock } from '../lib/clock.mjs';

export const serial = "moves the instance's clock";

const B = NGINX;
const TZ = "SET time_zone = '+07:00';";
const file = (name, as, mimeType) => ({ name: as, mimeType, buffer: readFileSync(`${ROOT}/tests/fixtures/uploads/${name}`) });
const unix = (id, col) => Number(sql(`${TZ} SELECT UNIX_TIMESTAMP(${col}) FROM dossier WHERE id = ${id}`)[0][0]);

let browser;
let officers = {};

async function logins() {
  for (const p of Object.values(officers)) await p.context().close();
  officers = {
    reception: await staffPage(browser, B, 'tiepnhan@tuphap.kontum.demo'),
    specialist: await staffPage(browser, B, 'chuyenvien@tuphap.kontum.demo'),
    leader: await staffPage(browser, B, 'lanhdao@tuphap.kontum.demo'),
  };
}

// The citizen's browser, logged in (again: a moved clock ends sessions).
async function citizenBrowser(d) {
  if (d.page) await d.page.context().close();
  const jar = new Jar();
  assert.equal((await login(B, jar, d.who.data.email, d.who.data.mat_khau)).status, 303);
  const ctx = await browser.newContext(DESK);
  ctx.setDefaultTimeout(20000);
  await ctx.addCookies([{ name: 'dvc_sid', value: jar.sid, url: B }]);
  d.page = await ctx.newPage();
}

test('start chromium; the officers log in', async () => {
  await resetClock();
  browser = await launch();
  await logins();
}, { timeout: 120000 });

// What the leader's browser reads of the figures of one day: the period
// report's row for the procedure (page and CSV) and the scorecard's
// progress formula. The day is the one the moved clock settles the
// dossier on (this file runs alone: nothing else happens that day).
const COLS = ['submitted', 'received', 'settled', 'early', 'on_time', 'late'];
async function figuresSeen(p, day) {
  const period = `ky=khoang&tu_ngay=${day}&den_ngay=${day}`;
  await p.goto(`${B}/can-bo/bao-cao?${period}&theo=thu-tuc`);
  await clean(p, 'the period report');
  const cells = pageRow(await p.content(), L3) || COLS.map(() => '0');
  const report = Object.fromEntries(COLS.map((c, i) => [c, Number(cells[i])]));
  const href = await p.getAttribute('#tai-csv', 'href');
  const csv = await p.request.get(new URL(href, B).href);
  assert.equal(csv.status(), 200);
  const line = parseCsv(await csv.text()).find((r) => r[0] === L3);
  const fromCsv = Object.fromEntries(COLS.map((c, i) => [c, line ? Number(line[2 + i]) : 0]));
  assert.deepEqual(fromCsv, report, 'the CSV says what the page says');
  await p.goto(`${B}/can-bo/bao-cao/chi-so?${period}`);
  await clean(p, 'the scorecard');
  const f = (await p.textContent('#chi-so-tien-do')).match(/= (\d+) \/ (\d+) × 100/);
  return { report, score: f ? { in_time: Number(f[1]), all: Number(f[2]) } : { in_time: 0, all: 0 } };
}
async function statsSeen(p) {
  await p.goto(`${B}/thong-ke`);
  const tr = p.locator('#theo-co-quan ~ .table-wrap tr', { has: p.locator('a[href$="/co-quan/000.00.09.H34"]') });
  const n = (await tr.locator('td').allTextContents()).map((t) => Number(t.replace(/\./g, '')));
  return { received: n[2], processed: n[3], early: n[4], on_time: n[5], late: n[6] };
}

test('late after an extension, as the officers and the citizen see it', async () => {
  const statsBefore = await statsSeen(officers.leader);
  const d = await submittedHttp();
  await citizenBrowser(d);
  try {
    const { reception, specialist, leader } = officers;
    await officerStep(reception, d, { list: `/can-bo/tiep-nhan?q=${encodeURIComponent(d.code)}`, section: 'tiep-nhan', what: 'accept' });
    // reception holds it: the extension form is reception's now
    assert.equal(await reception.locator('#de-xuat-gia-han form').count(), 1, 'reception may propose while it holds it');
    await officerStep(reception, d, {
      section: 'thu-phi', what: 'fee at the counter',
      fill: async (p) => { await p.fill('#so_bien_lai', `BL-${d.id}`); },
    });
    await officerStep(reception, d, { section: 'chuyen-xu-ly', what: 'forward' });
    assert.equal(await reception.locator('#de-xuat-gia-han').count(), 0, 'handed over: no longer reception\'s');

    // the specialist proposes two more days, on a phone-sized page
    await officerStep(specialist, d, {
      list: '/can-bo/xu-ly', section: 'de-xuat-gia-han', what: 'propose extension',
      fill: async (p) => {
        await fitsPhone(p, 'dossier page with the extension form');
        assert.match(await p.textContent('#gia-han-han-muc'), /Đã gia hạn 0 trên tối đa 1 lần/);
        await p.fill('#gia_han_ngay', '2');
        await p.fill('#ly_do_gia_han', 'Chờ Công an tỉnh xác minh nhân thân.');
      },
    });
    assert.match(await specialist.textContent('#de-xuat'), /Đề xuất gia hạn/);
    await citizenSees(d, 'Đang xử lý', 'Đề xuất gia hạn thời gian giải quyết', 'propose extension');
    assert.ok(!(await d.page.textContent('main')).includes('Công an tỉnh'), 'the proposal\'s content stays in the office');

    // the leader approves it from the approval list
    await officerStep(leader, d, {
      list: '/can-bo/phe-duyet', section: 'duyet-gia-han', what: 'approve extension',
      fill: async (p) => { assert.match(await p.textContent('#gia-han-de-xuat'), /2 ngày làm việc/); },
    });
    assert.match(await leader.textContent('#hen-ban-dau'), /đã gia hạn 1 lần/);
    await fitsPhone(leader, 'dossier page after the extension');
    await citizenSees(d, 'Đang xử lý', 'Phê duyệt gia hạn, gửi Phiếu xin lỗi và hẹn lại ngày trả kết quả', 'approve extension');
    const first = (await d.page.textContent('#hen-ban-dau')).trim();
    assert.match(first, /\(đã gia hạn 1 lần\)/);
    await fitsPhone(d.page, 'the citizen\'s dossier page');
    await citizenNotice(d, 'Phiếu xin lỗi và hẹn lại ngày trả kết quả', 'Form 04');
    assert.ok((await d.page.textContent('#hen-ban-dau')).trim().length > 0, 'Form 04: the first date');
    assert.ok((await d.page.textContent('#hen-moi')).trim().length > 0, 'Form 04: the new date');
    assert.match(await d.page.textContent('body'), /Chờ Công an tỉnh xác minh nhân thân/);

    // the result proposed now
    await officerStep(specialist, d, {
      list: '/can-bo/xu-ly', section: 'de-xuat-ket-qua', what: 'propose result',
      fill: async (p) => { await p.setInputFiles('#ket_qua', [file('ok.pdf', 'quyết định.pdf', 'application/pdf')]); },
    });

    // an hour past the first date: on time by the date in force
    const base = unix(d.id, 'base_due_at');
    assert.ok(unix(d.id, 'due_at') > base + 3600, 'the date in force is later');
    await shiftClock(base + 3600 - Date.now() / 1000);
    await logins();
    await citizenBrowser(d);
    const l = officers.leader;
    await l.goto(`${B}/can-bo/phe-duyet`);
    const listed = l.locator('tr.work-row', { hasText: d.code });
    assert.equal(await listed.locator('.late').count(), 0, 'not overdue: extended');
    assert.match(await listed.textContent(), /còn \d/);
    await clean(l, 'the leader\'s list, shifted');
    const day = vnDay(base + 3600);
    const before = await figuresSeen(l, day);
    await officerStep(l, d, { list: '/can-bo/phe-duyet', section: 'duyet-ket-qua', what: 'approve result' });
    assert.match(await l.textContent('#trang-thai'), /Đã xử lý xong/);
    assert.match(await l.textContent('#dong-ho'), /Đã kết thúc/);
    assert.match(await l.textContent('#ket-thuc'), /trễ hạn/);
    await fitsPhone(l, 'the finished dossier');
    // the control sheet
    await click(l, `a[href$="/can-bo/ho-so/${d.code}/phieu-kiem-soat"]`);
    assert.match(await l.textContent('#so-voi-han'), /trễ hạn/);
    assert.match(await l.textContent('#so-lan-gia-han'), /1/);
    assert.ok((await l.textContent('#hen-ban-dau')).trim().length > 0, 'the first date on the sheet');
    await clean(l, 'control sheet');
    await fitsPhone(l, 'control sheet');
    // the citizen
    await citizenSees(d, 'Đã xử lý xong', 'Phê duyệt kết quả giải quyết', 'approve result');
    assert.match(await d.page.textContent('#ket-thuc'), /trễ hạn/);
    assert.equal((await d.page.textContent('#hen-ban-dau')).trim(), first, 'the first date still shown');
    await fitsPhone(d.page, 'the citizen\'s finished dossier');
    assert.equal(sql(`SELECT timeliness FROM dossier WHERE id = ${d.id}`)[0][0], 'late');

    // the figures of that day, as the leader reads them: one more
    // settled, and late; /thong-ke (all time) one more received,
    // processed and late
    const after = await figuresSeen(l, day);
    assert.deepEqual(after.report, { ...before.report, settled: before.report.settled + 1,
      late: before.report.late + 1 }, 'the period report and its CSV');
    assert.deepEqual(after.score, { in_time: before.score.in_time, all: before.score.all + 1 }, 'the scorecard');
    // /thong-ke refreshes its figures within Catalog.StatsInterval
    let statsAfter = await statsSeen(l);
    for (let i = 0; i < 20 && statsAfter.late === statsBefore.late; i++) {
      await new Promise((r) => setTimeout(r, 500));
      statsAfter = await statsSeen(l);
    }
    assert.deepEqual(statsAfter, { ...statsBefore, received: statsBefore.received + 1,
      processed: statsBefore.processed + 1, late: statsBefore.late + 1 }, '/thong-ke');
  } finally {
    await resetClock();
    if (d.page) await d.page.context().close();
  }
}, { timeout: 600000 });

test('stop chromium', async () => {
  for (const p of Object.values(officers)) await p.context().close();
  await browser.close();
});
