// The period report against dossiers taken through the pages (issue 13,
// "Done when"): settled early, on time (on the due day, before the due
// time, the clock moved there) and late (the clock moved past the due
// date), refused at reception, stopped by the leader, withdrawn by the
// citizen, waiting for the citizen's supplement, still in progress, one
// rated with a comment. What the walk made, counted here, must be what
// the report adds for the agency's procedure; the page, the printable
// page, the CSV and the JSON must give the same numbers; and every figure
// must equal a count of the dossiers made here in SQL (reading). Then
// dvcctl rebuild reports gives the same report as the running counts.
// Moves the instance's clock: alone, and always set back.
import { test, assert } from '../lib/t.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { login as citizenLogin } from '../lib/account.mjs';
import { submitted, step, processing, proposeResult, row, L3 } from '../lib/office.mjs';
import { shiftClock, resetClock, DAY } from '../lib/clock.mjs';
import {
  AGENCY, provinceAdmin, newProvinceAdmin, login, vnDay, reportJson, rowOf, pageRow, pageTotal, jsonCells, parseCsv, ctl,
  COUNTS,
} from '../lib/report.mjs';

export const serial = 'moves the clock';

const B = NGINX;
const SPAN = 30;			// days the report covers, from today
const now = () => Date.now() / 1000;
const unix = (id, col) => Number(sql(`SET time_zone = '+07:00';
  SELECT UNIX_TIMESTAMP(${col}) FROM dossier WHERE id = ${id}`)[0][0]);

let query;				// the report asked for, one agency by procedure
let before;				// its row for L3 before the walk
let after;				// and after
let made;				// the dossiers the walk made, by what happened
let reports;				// the page, print, CSV and JSON read at the end
const start = now();

// The report as it stands SPAN days on (a period into next year is not
// refused then: the portal's year is that one), as a province admin.
async function readShifted() {
  await shiftClock(SPAN * DAY - 3600);
  const admin = await login(provinceAdmin());
  return { admin, json: await reportJson(admin, query) };
}

test('the walk: early, on time, late, refused, stopped, withdrawn, paused, in progress, rated', async () => {
  query = `ky=khoang&tu_ngay=${vnDay(start)}&den_ngay=${vnDay(start + SPAN * DAY)}` +
    `&co_quan=${AGENCY}&theo=thu-tuc`;
  // the database tests (tests/db), run before this file, delete the
  // dossiers they drove, and counts kept from events do not go back down
  // when a row is deleted (the portal never deletes a submitted dossier):
  // the counts made again from the dossiers as they are first, as an
  // operator would after such a clean-up
  const rb = ctl(['rebuild', 'reports']);
  assert.equal(rb.status, 0, rb.stderr);
  try {
    before = rowOf((await readShifted()).json, L3);
    await resetClock();
    let reception = await login('tiepnhan@tuphap.kontum.demo');
    let specialist = await login('chuyenvien@tuphap.kontum.demo');
    let leader = await login('lanhdao@tuphap.kontum.demo');
    made = {};
    // early: settled the day it was received, its due date days away
    made.early = await processing(reception);
    assert.equal((await proposeResult(specialist, made.early)).status, 303);
    assert.equal((await step(leader, made.early, 'duyet-ket-qua')).status, 303);
    assert.equal((await step(reception, made.early, 'tra-ket-qua', { hinh_thuc: 'online' })).status, 303);
    // rated with a comment
    const d = made.early;
    const view = await d.who.jar.get(B, `/ho-so/${d.code}`);
    const crit = [...view.body.matchAll(/name="diem_(\d+)"/g)].map((m) => m[1]);
    const csrf = view.body.match(/name="csrf" value="([^"]+)"/)[1];
    const scores = Object.fromEntries(crit.map((c, i) => [`diem_${c}`, String(5 - (i % 2))]));
    assert.equal((await d.who.jar.post(B, `/ho-so/${d.code}/danh-gia`,
      { csrf, ...scores, gop_y: 'Cán bộ hướng dẫn rõ ràng.' })).status, 303);
    made.scores = crit.map((c, i) => 5 - (i % 2));
    // received now, settled later
    made.onTime = await processing(reception);
    made.late = await processing(reception);
    // refused at reception, with the reason
    made.refused = await submitted();
    assert.equal((await step(reception, made.refused, 'tu-choi', { xac_nhan: '1', ly_do: 'Hồ sơ không thuộc thẩm quyền.' })).status, 303);
    // stopped by the leader after reception
    made.stopped = await submitted();
    assert.equal((await step(reception, made.stopped, 'tiep-nhan')).status, 303);
    assert.equal((await step(leader, made.stopped, 'dung-giai-quyet', { xac_nhan: '1', ly_do: 'Người nộp đã mất năng lực hành vi.' })).status, 303);
    // withdrawn by the citizen before reception
    made.withdrawn = await submitted();
    {
      const w = made.withdrawn;
      const page = await w.who.jar.get(B, `/ho-so/${w.code}`);
      const tok = page.body.match(/name="csrf" value="([^"]+)"/)[1];
      assert.equal((await w.who.jar.post(B, `/ho-so/${w.code}/rut-ho-so`, { csrf: tok, ly_do: 'Không còn nhu cầu' })).status, 303);
    }
    // waiting for the citizen: a supplement asked for after reception
    made.paused = await submitted();
    assert.equal((await step(reception, made.paused, 'tiep-nhan')).status, 303);
    assert.equal((await step(reception, made.paused, 'yeu-cau-bo-sung', { ly_do: 'Bản chụp giấy khai sinh bị mờ.' })).status, 303);
    // received, still in processing at the end
    made.open = await processing(reception);

    // on time: on its due day, half an hour before the due time
    const onDue = unix(made.onTime.id, 'due_at');
    await shiftClock(onDue - 1800 - now());
    specialist = await login('chuyenvien@tuphap.kontum.demo');
    leader = await login('lanhdao@tuphap.kontum.demo');
    assert.equal((await proposeResult(specialist, made.onTime)).status, 303);
    assert.equal((await step(leader, made.onTime, 'duyet-ket-qua')).status, 303);
    // late: a day after its due date
    const lateDue = unix(made.late.id, 'due_at');
    await shiftClock(lateDue + DAY - now());
    specialist = await login('chuyenvien@tuphap.kontum.demo');
    leader = await login('lanhdao@tuphap.kontum.demo');
    assert.equal((await proposeResult(specialist, made.late)).status, 303);
    assert.equal((await step(leader, made.late, 'duyet-ket-qua')).status, 303);
    assert.ok(lateDue + DAY < start + SPAN * DAY - 3600, 'the walk ends inside the report');

    // the report, SPAN days on, in its four forms
    const { admin, json } = await readShifted();
    after = rowOf(json, L3);
    reports = {
      json,
      page: (await admin.get(B, `/can-bo/bao-cao?${query}`)).body,
      print: (await admin.get(B, `/can-bo/bao-cao/in?${query}`)).body,
      csv: await admin.get(B, `/can-bo/bao-cao.csv?${query}`),
      province: await reportJson(admin, query.replace(`&co_quan=${AGENCY}&theo=thu-tuc`, '')),
      score: (await admin.get(B, `/can-bo/bao-cao/chi-so?${query.replace('&theo=thu-tuc', '')}`)).body,
      sql: sqlCounts(),
    };
    reception = null;
  } finally {
    await resetClock();
  }
}, { timeout: 600000 });

// The same figures counted from the dossiers themselves (SQL, reading
// only), for the agency's procedure L3 over the report's days.
function sqlCounts() {
  const from = vnDay(start);
  const to = vnDay(start + SPAN * DAY);
  const q = (where) => Number(sql(`SET time_zone = '+07:00'; SELECT COUNT(*) FROM dossier d
    JOIN agency a ON a.id = d.agency_id WHERE a.code = '${AGENCY}' AND d.proc_code = '${L3}'
    AND ${where}`)[0][0]);
  const inP = (col) => `${col} >= '${from}' AND ${col} < '${to}' + INTERVAL 1 DAY`;
  const ev = (actions, extra = '') => Number(sql(`SET time_zone = '+07:00'; SELECT COUNT(*)
    FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id JOIN agency a ON a.id = d.agency_id
    WHERE a.code = '${AGENCY}' AND d.proc_code = '${L3}' AND e.action IN (${actions})
    AND ${inP('e.at')} ${extra}`)[0][0]);
  return {
    submitted: q(`d.status > 0 AND ${inP('d.submitted_at')}`),
    received: q(inP('d.received_at')),
    settled: ev("'approve_result'"),
    early: q(`d.timeliness = 'early' AND ${inP('d.finished_at')}`),
    on_time: q(`d.timeliness = 'on_time' AND ${inP('d.finished_at')}`),
    late: q(`d.timeliness = 'late' AND ${inP('d.finished_at')}`),
    refused: ev("'refuse', 'approve_refusal'"),
    stopped: ev("'stop'", 'AND e.status_from <> 7'),
    withdrawn: ev("'withdraw'"),
    rated: Number(sql(`SET time_zone = '+07:00'; SELECT COUNT(*) FROM dossier_rating r
      JOIN dossier d ON d.id = r.dossier_id JOIN agency a ON a.id = d.agency_id
      WHERE a.code = '${AGENCY}' AND d.proc_code = '${L3}' AND ${inP('r.created_at')}`)[0][0]),
  };
}

test('what the walk made is what the report adds (received, settled, refused, stopped, withdrawn, paused, in progress, ratings)', () => {
  assert.ok(after, 'the walk ran');
  const delta = Object.fromEntries(COUNTS.map((c) => [c, after[c] - before[c]]));
  // eight submitted; six received (early, on time, late, stopped, paused, open)
  assert.equal(delta.submitted, 8, JSON.stringify(delta));
  assert.equal(delta.received, 6);
  assert.equal(delta.settled, 3, 'early, on time and late were settled with a result');
  assert.equal(delta.refused, 1);
  assert.equal(delta.stopped, 1);
  assert.equal(delta.withdrawn, 1);
  assert.equal(delta.paused, 1, 'waiting for the citizen, apart');
  // SPAN days on, the one left in processing is past its due date
  assert.equal(delta.prog_late, 1, 'in progress, overdue by now');
  assert.equal(delta.rated, 1);
  assert.equal(delta.commented, 1);
  // the scores: the report's average per criterion moved as the rating did
  assert.ok(made.scores.length >= 3);
});

test('the early, on-time and late ones are classified as the walk made them (Decision 766 rule)', () => {
  assert.ok(after, 'the walk ran');
  assert.deepEqual([after.early - before.early, after.on_time - before.on_time, after.late - before.late],
    [1, 1, 1], 'one settled early, one on its due day before the due time, one after it');
  assert.equal(row(made.early.id, 'timeliness')[0], 'early');
  assert.equal(row(made.onTime.id, 'timeliness')[0], 'on_time');
  assert.equal(row(made.late.id, 'timeliness')[0], 'late');
  // the chart draws them, with a table of the same numbers beside it
  const chart = reports.page.match(/<div class="table-wrap chart-data">[\s\S]*?<\/table>/);
  assert.ok(chart, 'a table beside the chart');
  assert.match(reports.page, /<svg class="chart-svg"[^>]*role="img"/);
  const cells = chart[0].match(new RegExp(`<th scope="row">[^<]*</th><td>(\\d+)</td><td>(\\d+)</td><td>(\\d+)</td>`));
  assert.ok(cells, 'a row in the chart\'s table');
});

test('every figure of the row equals a count of the dossiers in SQL', () => {
  assert.ok(reports, 'the walk ran');
  for (const [k, v] of Object.entries(reports.sql)) assert.equal(after[k], v, `${k}`);
});

test('the page, the printable page, the CSV and the JSON give the same numbers', () => {
  assert.ok(reports, 'the walk ran');
  const want = jsonCells(after);
  assert.deepEqual(pageRow(reports.page, L3), want, 'the page');
  assert.deepEqual(pageRow(reports.print, L3), want, 'the printable page');
  assert.deepEqual(pageTotal(reports.page), jsonCells(reports.json.total), 'the totals');
  const csv = reports.csv;
  assert.equal(csv.status, 200);
  assert.match(csv.headers['content-type'], /^text\/csv; charset=utf-8/);
  assert.deepEqual([...csv.raw.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const rows = parseCsv(csv.body);
  const line = rows.find((r) => r[0] === L3);
  assert.ok(line, 'the procedure in the CSV');
  // code, name, the counts with the derived figures after "late", then the scores
  assert.deepEqual(line.slice(2, 19), [after.submitted, after.received, after.settled, after.early,
    after.on_time, after.late, ...jsonCells(after).slice(6, 9), after.refused, after.stopped,
    after.withdrawn, after.prog_ok, after.prog_late, after.paused, after.rated, after.commented]
    .map(String), 'the CSV row');
  assert.equal(rows[rows.length - 1][1], 'Tổng cộng', 'a total row last');
  assert.equal(rows[0][2], 'Nộp trực tuyến', 'column titles in Vietnamese');
});

test('the scorecard of the agency agrees with the report it is made from', () => {
  assert.ok(reports, 'the walk ran');
  const agencyRow = reports.province.rows.find((r) => r.code === AGENCY);
  const inTime = agencyRow.early + agencyRow.on_time;
  const all = inTime + agencyRow.late;
  const formula = reports.score.match(/id="chi-so-tien-do">[\s\S]*?= (\d+) \/ (\d+) × 100/);
  assert.ok(formula, 'the progress figure shows its formula');
  assert.deepEqual([Number(formula[1]), Number(formula[2])], [inTime, all]);
});

test('dvcctl rebuild reports makes the same report as the running counts', async () => {
  assert.ok(reports, 'the walk ran');
  const r = ctl(['rebuild', 'reports']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /đã tính lại số liệu báo cáo/);
  try {
    const { json } = await readShifted();
    assert.deepEqual(json, reports.json, 'the same figures after the rebuild');
  } finally {
    await resetClock();
  }
}, { timeout: 240000 });

// An edge of more than half a month is read as its month's counts less
// the days outside the range (report_span, domain/report.c): the clock
// moved to the 3rd of next month, a dossier submitted there; the range
// from the 4th to the month's end must leave it out, the whole month and
// the 3rd alone count it, each as SQL counts the dossiers.
test('a range whose edge is its month less the days outside leaves those days out', async () => {
  const now = Date.now() / 1000;
  const vn = new Date((now + 7 * 3600) * 1000);
  const y = vn.getUTCMonth() === 11 ? vn.getUTCFullYear() + 1 : vn.getUTCFullYear();
  const m = (vn.getUTCMonth() + 1) % 12 + 1;
  const ym = `${y}-${String(m).padStart(2, '0')}`;
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  const noonOf3rd = Date.UTC(y, m - 1, 3, 5) / 1000;	// 12:00 in Vietnam
  const count = (from, to) => Number(sql(`SET time_zone = '+07:00'; SELECT COUNT(*) FROM dossier d
    WHERE d.status > 0 AND DATE(d.submitted_at) BETWEEN '${from}' AND '${to}'`)[0][0]);
  try {
    await shiftClock(noonOf3rd - now);
    const d = await submitted();
    assert.equal(vnDay(Number(sql(`SELECT UNIX_TIMESTAMP(submitted_at) FROM dossier WHERE id = ${d.id}`)[0][0])),
      `${ym}-03`, 'submitted on the 3rd');
    const admin = await login(newProvinceAdmin());
    const read = async (q) => (await reportJson(admin, q)).total.submitted;
    const third = await read(`ky=khoang&tu_ngay=${ym}-03&den_ngay=${ym}-03`);
    assert.ok(third >= 1);
    assert.equal(third, count(`${ym}-03`, `${ym}-03`), 'the 3rd alone');
    assert.equal(await read(`ky=thang&nam=${y}&thang=${m}`), count(`${ym}-01`, last), 'the month');
    // 4th..end: its month less the 1st to the 3rd
    assert.equal(await read(`ky=khoang&tu_ngay=${ym}-04&den_ngay=${last}`), count(`${ym}-04`, last),
      'the 4th to the end leave the 3rd out');
    // 2nd..28th: its month less the 1st and the days after the 28th
    assert.equal(await read(`ky=khoang&tu_ngay=${ym}-02&den_ngay=${ym}-28`), count(`${ym}-02`, `${ym}-28`),
      'the 2nd to the 28th');
    // from the 25th of this month to the 4th of next month: both edges days
    const prev = `${vn.getUTCFullYear()}-${String(vn.getUTCMonth() + 1).padStart(2, '0')}-25`;
    assert.equal(await read(`ky=khoang&tu_ngay=${prev}&den_ngay=${ym}-04`), count(prev, `${ym}-04`),
      'short edges, read as days');
  } finally {
    await resetClock();
  }
}, { timeout: 240000 });

// A range across years with more than six whole months in one of them is
// read as that year's counts less the months and days outside: the clock
// moved to 15 August next year, a dossier submitted there; a range ending
// on the 10th (its year less August to December, plus 1-10 August) leaves
// it out, one ending on the 20th (less September to December and 21-31
// August) counts it, and one starting on 20 January this year (its year
// less January, plus 20-31 January) too, each as SQL counts.
test('a range across years read as a year less the months and days outside', async () => {
  const now = Date.now() / 1000;
  const year = new Date((now + 7 * 3600) * 1000).getUTCFullYear();
  const next = year + 1;
  const count = (from, to) => Number(sql(`SET time_zone = '+07:00'; SELECT COUNT(*) FROM dossier d
    WHERE d.status > 0 AND DATE(d.submitted_at) BETWEEN '${from}' AND '${to}'`)[0][0]);
  try {
    await shiftClock(Date.UTC(next, 7, 15, 5) / 1000 - now);	// 12:00, 15 August, in Vietnam
    const d = await submitted();
    assert.equal(vnDay(Number(sql(`SELECT UNIX_TIMESTAMP(submitted_at) FROM dossier WHERE id = ${d.id}`)[0][0])),
      `${next}-08-15`, 'submitted on 15 August');
    const admin = await login(newProvinceAdmin());
    const read = async (from, to) => (await reportJson(admin, `ky=khoang&tu_ngay=${from}&den_ngay=${to}`)).total;
    const cases = [[`${year}-12-01`, `${next}-08-10`], [`${year}-12-01`, `${next}-08-20`],
      [`${year}-01-20`, `${next}-08-20`]];
    for (const [from, to] of cases) {
      const t = await read(from, to);
      assert.equal(t.submitted, count(from, to), `${from}..${to}: submitted`);
      assert.equal(t.received, Number(sql(`SET time_zone = '+07:00'; SELECT COUNT(*) FROM dossier d
        WHERE DATE(d.received_at) BETWEEN '${from}' AND '${to}'`)[0][0]), `${from}..${to}: received`);
    }
    assert.equal((await read(`${year}-12-01`, `${next}-08-20`)).submitted -
      (await read(`${year}-12-01`, `${next}-08-10`)).submitted, count(`${next}-08-11`, `${next}-08-20`),
      'the dossier of 15 August between the two');
    assert.ok(count(`${next}-08-11`, `${next}-08-20`) >= 1);
  } finally {
    await resetClock();
  }
}, { timeout: 240000 });
