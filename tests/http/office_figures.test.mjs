// Figures that hold (issue 13, sections 1 and "Done when"): dossiers taken
// through the pages, with the test clock, to early, on time, late, late
// after an approved extension, and early after a pause for the citizen
// that moved its date; each one's outcome decided by this test from the
// rule (docs/workflow.md: the finish time against the date by the
// statistics' rule, base_due_at) and counted here independently; then
// /thong-ke's per-agency row and the procedure's page must show exactly
// those counts more, `dvcctl rebuild stats` must find nothing to change
// (the running counters were right), and the tracking book, the control
// sheet and the citizen's page say how each one ended. In-progress
// dossiers are on time or overdue by the date in force (an extension
// included). No status or date is written in SQL: SQL only reads.
import { spawnSync } from 'node:child_process';
import { test, assert } from '../lib/t.mjs';
import { get } from '../lib/http.mjs';
import { NGINX, BUILD, CONFIG, sql } from '../lib/env.mjs';
import { staffLogin, login, Jar } from '../lib/account.mjs';
import { postMultipart } from '../lib/dossier.mjs';
import {
  L3, fixture, row, submitted, step, processing, proposeResult, extend, payCounter,
} from '../lib/office.mjs';
import { shiftClock, resetClock, DAY } from '../lib/clock.mjs';

export const serial = "moves the instance's clock";

const B = NGINX;
const AGENCY = '000.00.09.H34';
const TZ = "SET time_zone = '+07:00';";

let reception;
let specialist;
let leader;
let shift = 0;

async function logins() {
  reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  specialist = await staffLogin(B, 'chuyenvien@tuphap.kontum.demo');
  leader = await staffLogin(B, 'lanhdao@tuphap.kontum.demo');
}

// The portal's clock `seconds` ahead; sessions were counted in the old
// time, so everyone logs in again.
async function moveTo(t) {
  shift = Math.round(t - Date.now() / 1000);
  await shiftClock(shift);
  await logins();
}

// The citizen of d logs in again, in a fresh browser (its session may
// have lapsed in the moved time).
async function citizenAgain(d) {
  d.who.jar = new Jar();
  assert.equal((await login(B, d.who.jar, d.who.data.email, d.who.data.mat_khau)).status, 303);
}

function ctl(...args) {
  return spawnSync(`${BUILD}/dvcctl`, ['-c', CONFIG, ...args], { encoding: 'utf8' });
}

// a dossier's DATETIME column (Vietnam local time) as unix time
const unix = (id, col) => Number(sql(`${TZ} SELECT UNIX_TIMESTAMP(${col}) FROM dossier WHERE id = ${id}`)[0][0]);
// the Vietnam calendar day of unix time t
const vnDay = (t) => Math.floor((t + 7 * 3600) / DAY);
// the rule, as this test reads it: a day before the due day, early; on
// the due day by the due time, on time; after it, late
const rule = (finished, due) => (vnDay(finished) < vnDay(due) ? 'early' : finished <= due ? 'on_time' : 'late');

// /thong-ke's row of the agency, and the procedure page's usage figures
async function agencyRow() {
  const body = (await get(B, '/thong-ke')).body;
  const tr = body.split('<tr>').find((t) => t.includes(`/co-quan/${AGENCY}"`) && t.includes('<th scope="row">'));
  const n = [...tr.matchAll(/<td>(\d+)<\/td>/g)].map((m) => Number(m[1]));
  return { received: n[2], processed: n[3], early: n[4], on_time: n[5], late: n[6] };
}
async function procFigures() {
  const body = (await get(B, `/thu-tuc/${L3}`)).body;
  const dl = body.slice(body.indexOf('<dl class="usage">'));
  const n = [...dl.matchAll(/<dd>(\d+)<\/dd>/g)].map((m) => Number(m[1]));
  return { received: n[1], processed: n[2], early: n[3], on_time: n[4], late: n[5] };
}
const KEYS = ['received', 'processed', 'early', 'on_time', 'late'];
const plus = (a, b) => Object.fromEntries(KEYS.map((k) => [k, a[k] + b[k]]));
// the public pages refresh their figures within Catalog.StatsInterval
async function figuresBecome(read, want) {
  let s;
  for (let i = 0; i < 40; i++) {
    s = await read();
    if (KEYS.every((k) => s[k] === want[k])) return s;
    await new Promise((r) => setTimeout(r, 300));
  }
  return s;
}

let before;
let beforeProc;
let audits0;

test('the counters agree with the dossiers before the walk (what other tests wrote in SQL is counted again); the figures before', async () => {
  await resetClock();
  const r = ctl('rebuild', 'stats');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /không có gì thay đổi|đã được tính lại/);
  audits0 = Number(sql("SELECT COUNT(*) FROM audit WHERE action = 'stats.rebuild'")[0][0]);
  assert.ok(audits0 >= 1, 'the rebuild is on record');
  // the figures the rebuild left, read from its table; the pages show
  // them once their Catalog.StatsInterval has passed (read earlier, a
  // page could still show the counts from before the rebuild)
  const sums = (where) => {
    const [received, processed, early, on_time, late] = sql(`SELECT COALESCE(SUM(received), 0),
      COALESCE(SUM(processed), 0), COALESCE(SUM(early), 0), COALESCE(SUM(on_time), 0),
      COALESCE(SUM(late), 0) FROM dossier_stat WHERE ${where}`)[0].map(Number);
    return { received, processed, early, on_time, late };
  };
  const agencyNow = sums(`agency_id = (SELECT id FROM agency WHERE code = '${AGENCY}')`);
  const procNow = sums(`proc_code = '${L3}'`);
  before = await figuresBecome(agencyRow, agencyNow);
  assert.deepEqual(before, agencyNow, 'the agency\'s row on /thong-ke after the rebuild');
  beforeProc = await figuresBecome(procFigures, procNow);
  assert.deepEqual(beforeProc, procNow, `the procedure ${L3}'s page after the rebuild`);
  await logins();
}, { timeout: 120000 });

const want = { received: 0, processed: 0, early: 0, on_time: 0, late: 0 };
const ended = {};

// The leader approves the result proposed for d now; the outcome is the
// one this test expects, by the rule from the finish time and the date
// that counts, and is counted here.
async function settle(d, expect, what) {
  const r = await step(leader, d, 'duyet-ket-qua');
  assert.equal(r.status, 303, `${what}: approved\n${r.body.slice(0, 1500)}`);
  const [status, timeliness, clock] = row(d.id, 'status, timeliness, clock');
  const fin = unix(d.id, 'finished_at');
  const base = unix(d.id, 'base_due_at');
  assert.deepEqual([status, clock], ['9', 'done'], what);
  assert.ok(Math.abs(fin - (Date.now() / 1000 + shift)) < 600, `${what}: finished now, by the portal's clock`);
  assert.equal(rule(fin, base), expect, `${what}: the rule gives ${expect}`);
  assert.equal(timeliness, expect, `${what}: the dossier says ${expect}`);
  assert.ok(unix(d.id, 'due_at') > 0, `${what}: the due date kept`);
  want.processed += 1;
  want[expect] += 1;
  ended[what] = d;
}

test('the walk: early, on time, late, late after an extension, early after a pause; in progress on time or overdue by the date in force', async () => {
  try {
    // five dossiers received now (real time)
    const E = await processing(reception);
    const O = await processing(reception);
    const L = await processing(reception);
    const X = await processing(reception);
    const P = await submitted();
    assert.equal((await step(reception, P, 'tiep-nhan')).status, 303);
    want.received += 5;
    // the citizen of P is asked for a document: the clock stops for them
    assert.equal((await step(reception, P, 'yeu-cau-bo-sung', { [`bo_sung_${P.slots[0].id}`]: '1', ly_do: 'Bản sao mờ' })).status, 303);
    assert.equal(row(P.id, 'clock')[0], 'paused');
    for (const d of [E, O, L]) assert.equal((await proposeResult(specialist, d)).status, 303);
    // X: the specialist proposes two more days, the leader approves
    await extend(specialist, leader, X, { ly_do: 'Chờ Công an tỉnh xác minh', gia_han_ngay: '2' });
    assert.equal((await proposeResult(specialist, X)).status, 303);
    const [xBase, xDue, xFirst] = [unix(X.id, 'base_due_at'), unix(X.id, 'due_at'), unix(X.id, 'first_due_at')];
    assert.equal(xBase, xFirst, 'the statistics\' date is the first one');
    assert.ok(xDue > xBase + 3600, 'the date in force is later');

    // E: approved at once, days before its date
    await settle(E, 'early', 'early');

    // O: on its due day, ten minutes before the due time
    await moveTo(unix(O.id, 'base_due_at') - 600);
    await settle(O, 'on_time', 'on time');

    // an hour after X's first date, before its extended one
    await moveTo(xBase + 3600);
    // in progress: X on time by the date in force, L overdue
    const list = (await leader.get(B, '/can-bo/phe-duyet')).body.split('<tr class="work-row">');
    const xRow = list.find((t) => t.includes(X.code));
    const lRow = list.find((t) => t.includes(L.code));
    assert.ok(xRow && !xRow.includes('class="late"') && /còn \d/.test(xRow), `X on time by its extended date: ${xRow}`);
    assert.ok(lRow && lRow.includes('<span class="late">quá hạn'), `L overdue: ${lRow}`);
    const xp = await leader.get(B, `/can-bo/ho-so/${X.code}`);
    assert.match(xp.body, /id="dong-ho">Hẹn trả kết quả <strong>[^<]+<\/strong> \(còn /);
    assert.match(xp.body, /id="hen-ban-dau">[^<]+ \(đã gia hạn 1 lần\)/);
    const lp = await leader.get(B, `/can-bo/ho-so/${L.code}`);
    assert.match(lp.body, /id="dong-ho">Hẹn trả kết quả <strong>[^<]+<\/strong> \(<span class="late">quá hạn/);
    // the extension does not make it on time for the index
    await settle(X, 'late', 'late after an extension');

    // P: the citizen supplements now; the paused time is not the agency's
    await citizenAgain(P);
    const form = await P.who.jar.get(B, `/ho-so/${P.code}/bo-sung`);
    const csrf = form.body.match(/name="csrf" value="([^"]+)"/)[1];
    const s = await postMultipart(P.who.jar, B, `/ho-so/${P.code}/bo-sung`, { csrf },
      [{ name: `tep_${P.slots[0].id}`, filename: 'rõ.pdf', type: 'application/pdf', data: fixture('ok.pdf') }]);
    assert.equal(s.status, 303);
    const [pFirst, pBase] = [unix(P.id, 'first_due_at'), unix(P.id, 'base_due_at')];
    assert.ok(pBase > pFirst + DAY, 'the date moved by the time the citizen took');
    assert.deepEqual(sql(`SELECT cause, actor_role FROM due_change WHERE dossier_id = ${P.id} ORDER BY id DESC LIMIT 1`)[0],
      ['supplement', 'citizen']);
    await payCounter(reception, P);
    assert.equal((await step(reception, P, 'chuyen-xu-ly')).status, 303);
    assert.equal((await proposeResult(specialist, P)).status, 303);

    // a day after L's date
    await moveTo(unix(L.id, 'base_due_at') + DAY);
    await settle(L, 'late', 'late');
    // P, after its first date but well before the one its pause gave it
    assert.ok(Date.now() / 1000 + shift > pFirst, 'past P\'s first date');
    await settle(P, 'early', 'early after a pause');
  } finally {
    await resetClock();
    shift = 0;
  }
}, { timeout: 900000 });

test('/thong-ke per agency and the procedure\'s page: exactly the counts this test made, more', async () => {
  assert.deepEqual(want, { received: 5, processed: 5, early: 2, on_time: 1, late: 2 });
  const a = await figuresBecome(agencyRow, plus(before, want));
  assert.deepEqual(a, plus(before, want), 'the agency\'s row on /thong-ke');
  const p = await figuresBecome(procFigures, plus(beforeProc, want));
  assert.deepEqual(p, plus(beforeProc, want), `the procedure ${L3}'s page`);
}, { timeout: 60000 });

test('dvcctl rebuild stats: nothing to change, the running counters were right; on record; /thong-ke unchanged', async () => {
  const dry = ctl('rebuild', 'stats', '--dry-run');
  assert.equal(dry.status, 0, dry.stderr);
  assert.match(dry.stdout, /số liệu thống kê khớp với hồ sơ: không có gì thay đổi/, dry.stdout);
  const r = ctl('rebuild', 'stats');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), 'số liệu thống kê khớp với hồ sơ: không có gì thay đổi');
  assert.equal(Number(sql("SELECT COUNT(*) FROM audit WHERE action = 'stats.rebuild'")[0][0]), audits0 + 1,
    'the rebuild recorded, the dry run not');
  assert.deepEqual(await agencyRow(), plus(before, want));
  // a counter that drifted (a fault: a row changed by hand) is found and
  // put right; the dry run only says so
  const aid = sql(`SELECT id FROM agency WHERE code = '${AGENCY}'`)[0][0];
  sql(`UPDATE dossier_stat SET late = late + 7 WHERE agency_id = ${aid} AND proc_code = '${L3}'`);
  const late = Number(sql(`SELECT late FROM dossier_stat WHERE agency_id = ${aid} AND proc_code = '${L3}'`)[0][0]);
  const seen = ctl('rebuild', 'stats', '--dry-run');
  assert.match(seen.stdout, new RegExp(`^${AGENCY} ${L3.replace('.', '\\.')}: trễ hạn ${late} → ${late - 7}$`, 'm'), seen.stdout);
  assert.match(seen.stdout, /1 dòng \(cơ quan, thủ tục\) sẽ thay đổi \(--dry-run: chưa ghi gì\)/);
  assert.equal(Number(sql(`SELECT late FROM dossier_stat WHERE agency_id = ${aid} AND proc_code = '${L3}'`)[0][0]), late);
  const fixed = ctl('rebuild', 'stats');
  assert.match(fixed.stdout, /1 dòng \(cơ quan, thủ tục\) đã được tính lại/);
  assert.equal(Number(sql(`SELECT late FROM dossier_stat WHERE agency_id = ${aid} AND proc_code = '${L3}'`)[0][0]), late - 7);
  assert.deepEqual(await figuresBecome(agencyRow, plus(before, want)), plus(before, want));
  // a usage error says how to use it
  const bad = ctl('rebuild', 'stats', '--dry-rn');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /dùng: dvcctl rebuild \[stats \[--dry-run\] \| reports\]/);
}, { timeout: 60000 });

test('dvcctl rebuild: no argument makes both, the statistics first; stats or reports makes that one; anything else refused with the choices', () => {
  const aid = sql(`SELECT id FROM agency WHERE code = '${AGENCY}'`)[0][0];
  const statLate = () => Number(sql(`SELECT late FROM dossier_stat WHERE agency_id = ${aid} AND proc_code = '${L3}'`)[0][0]);
  const dayRow = `grain = 'd' AND agency_id = ${aid} AND proc_code = '${L3}'`;
  const reportLate = () => Number(sql(`SELECT SUM(late) FROM report_day WHERE ${dayRow}`)[0][0]);
  const audits = () => Number(sql("SELECT COUNT(*) FROM audit WHERE action = 'stats.rebuild'")[0][0]);
  const reportLine = /^đã tính lại số liệu báo cáo: (\d+) dòng theo ngày, \d+\.\d giây$/;
  // the reports' counts as a rebuild makes them from the dossiers as they
  // are (the database tests deleted dossiers the running counts still
  // hold); the statistics were put right by the test before
  const base = ctl('rebuild', 'reports');
  assert.equal(base.status, 0, base.stderr);
  assert.match(base.stdout.trim(), reportLine, 'reports alone: its line only');
  assert.equal(Number(base.stdout.match(/(\d+) dòng theo ngày/)[1]),
    Number(sql("SELECT COUNT(*) FROM report_day WHERE grain = 'd'")[0][0]));
  const sLate = statLate();
  const rLate = reportLate();
  assert.ok(rLate >= 2, 'the walk\'s late dossiers are in the reports\' counts');
  // both drift (a fault: rows changed by hand)
  const drift = () => {
    sql(`UPDATE dossier_stat SET late = late + 7 WHERE agency_id = ${aid} AND proc_code = '${L3}'`);
    sql(`UPDATE report_day SET late = late + 3 WHERE ${dayRow} ORDER BY day DESC LIMIT 1`);
    assert.deepEqual([statLate(), reportLate()], [sLate + 7, rLate + 3]);
  };

  // no argument: both, the statistics first, each saying what it did
  drift();
  const a0 = audits();
  const both = ctl('rebuild');
  assert.equal(both.status, 0, both.stderr);
  const lines = both.stdout.trim().split('\n');
  assert.equal(lines.length, 3, both.stdout);
  assert.match(lines[0], new RegExp(`^${AGENCY} ${L3.replace('.', '\\.')}: trễ hạn ${sLate + 7} → ${sLate}$`));
  assert.equal(lines[1], '1 dòng (cơ quan, thủ tục) đã được tính lại');
  assert.match(lines[2], reportLine);
  assert.deepEqual([statLate(), reportLate()], [sLate, rLate], 'both put right');
  assert.equal(audits(), a0 + 1, 'the statistics\' rebuild on record');

  // stats alone: the reports' counts stay as they were
  drift();
  const stats = ctl('rebuild', 'stats');
  assert.equal(stats.status, 0, stats.stderr);
  assert.doesNotMatch(stats.stdout, /số liệu báo cáo/);
  assert.match(stats.stdout, /1 dòng \(cơ quan, thủ tục\) đã được tính lại/);
  assert.deepEqual([statLate(), reportLate()], [sLate, rLate + 3]);
  assert.equal(audits(), a0 + 2);

  // reports alone: the statistics stay, nothing audited
  sql(`UPDATE dossier_stat SET late = late + 7 WHERE agency_id = ${aid} AND proc_code = '${L3}'`);
  const reports = ctl('rebuild', 'reports');
  assert.equal(reports.status, 0, reports.stderr);
  assert.match(reports.stdout.trim(), reportLine);
  assert.deepEqual([statLate(), reportLate()], [sLate + 7, rLate]);
  assert.equal(audits(), a0 + 2);

  // anything else: a usage error naming the choices, nothing done
  for (const args of [['foo'], ['rebuild'], ['reports', '--dry-run'], ['stats', 'reports'], ['--dry-run']]) {
    const bad = ctl('rebuild', ...args);
    assert.equal(bad.status, 2, `rebuild ${args.join(' ')}`);
    assert.equal(bad.stdout, '');
    assert.match(bad.stderr, /dùng: dvcctl rebuild \[stats \[--dry-run\] \| reports\]/);
  }
  const foo = ctl('rebuild', 'foo');
  assert.match(foo.stderr, /không có số liệu nào tên "foo" để tính lại: chọn stats \(thống kê công khai\) hoặc reports \(báo cáo\), bỏ trống để tính lại cả hai/);
  assert.deepEqual([statLate(), reportLate()], [sLate + 7, rLate]);
  // the old names are gone
  for (const old of [['stats', 'rebuild'], ['report', 'rebuild']]) {
    const r = ctl(...old);
    assert.equal(r.status, 2);
    assert.match(r.stderr, new RegExp(`lệnh không rõ: ${old[0]}`));
  }
  // left as the dossiers say
  assert.equal(ctl('rebuild', 'stats').status, 0);
  assert.equal(statLate(), sLate);
}, { timeout: 120000 });

test('how each ended, as the pages say it: the tracking book, the control sheet, the citizen\'s page', async () => {
  await logins();
  const today = sql(`${TZ} SELECT DATE(NOW())`)[0][0];
  const book = (await reception.get(B, `/can-bo/so-theo-doi.csv?tu_ngay=${today}&den_ngay=${today}`)).body.split('\r\n');
  const line = (d) => book.find((l) => l.includes(d.code)) || '';
  assert.match(line(ended.early), /,Trước hạn$/);
  assert.match(line(ended['on time']), /,Đúng hạn$/);
  assert.match(line(ended.late), /,Trễ hạn$/);
  assert.match(line(ended['late after an extension']), /,Trễ hạn$/);
  const X = ended['late after an extension'];
  const E = ended.early;
  for (const d of [X, E]) await citizenAgain(d);
  const sh = await reception.get(B, `/can-bo/ho-so/${X.code}/phieu-kiem-soat`);
  assert.match(sh.body, /id="hen-ban-dau">\d\d:\d\d \d\d\/\d\d\/\d{4}</);
  assert.match(sh.body, /id="so-lan-gia-han">1</);
  assert.match(sh.body, /id="so-voi-han">trễ hạn</);
  assert.match(sh.body, /<td>Phê duyệt gia hạn, gửi Phiếu xin lỗi và hẹn lại ngày trả kết quả<\/td>/);
  const op = await reception.get(B, `/can-bo/ho-so/${X.code}`);
  assert.match(op.body, /id="dong-ho">Đã kết thúc</);
  assert.match(op.body, /id="ket-thuc">[^<]+ – <span class="timeliness-late">trễ hạn</);
  assert.ok(!/id="dong-ho">[^\n]*quá hạn/.test(op.body), 'no countdown once finished');
  const cv = await X.who.jar.get(B, `/ho-so/${X.code}`);
  assert.equal(cv.status, 200);
  assert.match(cv.body, /id="ket-thuc">[^<]+ – <span class="timeliness-late">trễ hạn</);
  assert.match(cv.body, /id="hen-ban-dau">[^<]+ \(đã gia hạn 1 lần\)/);
  assert.match((await E.who.jar.get(B, `/ho-so/${E.code}`)).body, /<span class="timeliness-early">trước hạn</);
}, { timeout: 120000 });
