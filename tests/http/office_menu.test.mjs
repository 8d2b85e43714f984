// The back office's menu (issue 15, section 2): on every staff page each
// of the person's roles' lists with how many dossiers wait in it; the staff
// home shows the work waiting; every breadcrumb link on a staff page
// answers 200 for the officer who sees it (the specialist's dossier page
// led to reception's queue, 403); reception's queue in the order it states.
import { test, assert } from '../lib/t.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { staffLogin, newCitizen } from '../lib/account.mjs';
import { ensureInspector, login } from '../lib/report.mjs';
import { L3, submitted, step, processing as processingBy } from '../lib/office.mjs';

const B = NGINX;
const AGENCY = '000.00.09.H34';

// What each list holds now at the agency, read as its page's own query
// reads it (other test files add dossiers meanwhile: see sameAs).
const WHERE = {
  'tiep-nhan': 'status IN (1, 2)',
  'xu-ly': 'status = 4 AND proposal_action IS NULL',
  'phe-duyet': '(status IN (2, 4) AND proposal_action IS NOT NULL) OR status = 7',
  'tra-ket-qua': "status = 9 OR (status = 10 AND collected_at IS NULL AND return_method <> 'online')",
};
const count = (list) => Number(sql(`SELECT COUNT(*) FROM dossier WHERE agency_id =
  (SELECT id FROM agency WHERE code = '${AGENCY}') AND (${WHERE[list]})`)[0][0]);

// The menu's lists: { path: count or null }.
function menu(body) {
  const nav = body.match(/<nav class="wrap staff-menu" id="menu-can-bo" aria-label="Công việc của cán bộ">([\s\S]*?)<\/nav>/);
  assert.ok(nav, 'the staff menu');
  const items = {};
  for (const m of nav[1].matchAll(/<a href="([^"]+)"[^>]*>[^<]*(?:<span class="count">(\d+)<\/span>)?<\/a>/g)) {
    items[m[1]] = m[2] === undefined ? null : Number(m[2]);
  }
  return items;
}

// The page's menu count of a list equals the list's size, read before and
// after the page: tried again while another file changed it meanwhile (a
// dossier made and removed between the two reads, as the transition
// table's test does, leaves them equal and the page's count one off, so
// a difference is tried again too). A wrong count is wrong every time.
async function sameAs(jar, path, list) {
  let stable = null;
  for (let i = 0; i < 8; i++) {
    const before = count(list);
    const page = await jar.get(B, path);
    assert.equal(page.status, 200, path);
    const shown = menu(page.body)[`/can-bo/${list}`];
    if (before !== count(list)) continue;
    if (shown === before) return page;
    stable = { shown, before };
    await new Promise((res) => setTimeout(res, 200));
  }
  if (stable) assert.equal(stable.shown, stable.before, `${path}: the menu's count of ${list}`);
  throw new Error(`${list} kept changing`);
}

let reception;
let specialist;
let leader;

test('logins, and dossiers waiting in each list', async () => {
  reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  specialist = await staffLogin(B, 'chuyenvien@tuphap.kontum.demo');
  leader = await staffLogin(B, 'lanhdao@tuphap.kontum.demo');
  await submitted();
  await processingBy(reception);
  assert.ok(count('tiep-nhan') > 0 && count('xu-ly') > 0);
}, { timeout: 120000 });

test('a specialist sees the specialist\'s lists with their counts, not reception\'s', async () => {
  for (const path of ['/can-bo/xu-ly', '/can-bo', '/can-bo/bao-cao']) {
    const page = await sameAs(specialist, path, 'xu-ly');
    const m = menu(page.body);
    assert.deepEqual(Object.keys(m).sort(), ['/can-bo', '/can-bo/bao-cao', '/can-bo/xu-ly', '/can-bo/y-kien'], path);
  }
  const own = await specialist.get(B, '/can-bo/xu-ly');
  assert.match(own.body, /<a href="\/can-bo\/xu-ly" aria-current="page">Hồ sơ cần xử lý <span class="count">\d+<\/span><\/a>/);
}, { timeout: 120000 });

test('a reception officer sees the queue and the returns with their counts', async () => {
  const q = await sameAs(reception, '/can-bo/tiep-nhan', 'tiep-nhan');
  assert.deepEqual(Object.keys(menu(q.body)).sort(), ['/can-bo', '/can-bo/bao-cao', '/can-bo/tiep-nhan', '/can-bo/tra-ket-qua']);
  await sameAs(reception, '/can-bo/tra-ket-qua', 'tra-ket-qua');
  // on a dossier's page too
  const d = await submitted();
  await sameAs(reception, `/can-bo/ho-so/${d.code}`, 'tiep-nhan');
  await sameAs(leader, '/can-bo/phe-duyet', 'phe-duyet');
}, { timeout: 120000 });

test('the staff home shows the work waiting, not a placeholder', async () => {
  const home = await sameAs(specialist, '/can-bo', 'xu-ly');
  assert.ok(!home.body.includes('khi cơ quan đưa vào sử dụng'), 'the old placeholder');
  const waiting = home.body.match(/<ul class="work-waiting" aria-labelledby="viec-cho">([\s\S]*?)<\/ul>/);
  assert.ok(waiting, 'the work waiting');
  assert.match(waiting[1], /<a href="\/can-bo\/xu-ly">Hồ sơ cần xử lý<\/a>: <strong>\d+<\/strong> hồ sơ/);
  assert.ok(!waiting[1].includes('/can-bo/tiep-nhan'), 'not reception\'s');
  const r = await reception.get(B, '/can-bo');
  assert.match(r.body, /<a href="\/can-bo\/tiep-nhan">Tiếp nhận hồ sơ<\/a>: <strong>\d+<\/strong> hồ sơ/);
  assert.match(r.body, /<a href="\/can-bo\/tra-ket-qua">Trả kết quả<\/a>: <strong>\d+<\/strong> hồ sơ/);
}, { timeout: 120000 });

test('every breadcrumb and menu link on the staff pages answers 200 for the officer who sees it', async () => {
  const d = await processingBy(reception);
  const who = { reception, specialist, leader };
  for (const [name, jar] of Object.entries(who)) {
    const start = ['/can-bo', `/can-bo/ho-so/${d.code}`];
    const seen = new Set();
    for (const path of start) {
      const page = await jar.get(B, path);
      assert.equal(page.status, 200, `${name} ${path}`);
      const links = Object.keys(menu(page.body));
      const crumbs = page.body.match(/<nav class="breadcrumb"[^>]*>([\s\S]*?)<\/nav>/);
      if (crumbs) for (const m of crumbs[1].matchAll(/href="([^"]+)"/g)) links.push(m[1]);
      for (const link of links) {
        if (seen.has(link)) continue;
        seen.add(link);
        const r = await jar.get(B, link);
        assert.equal(r.status, 200, `${name}: ${link} from ${path}`);
        if (link !== '/can-bo/bao-cao') menu(r.body);
      }
    }
  }
  const sp = await specialist.get(B, `/can-bo/ho-so/${d.code}`);
  assert.match(sp.body, /<nav class="breadcrumb"[^>]*>\s*<ol><li><a href="\/can-bo">Trang cán bộ<\/a><\/li><li><a href="\/can-bo\/xu-ly">/);
}, { timeout: 180000 });

// The codes of reception's queue in the order shown, page after page
// (filtered to procedure L3, the helpers' procedure).
async function queueCodes(jar) {
  const codes = [];
  let path = `/can-bo/tiep-nhan?thu_tuc=${L3}`;
  for (let i = 0; path && i < 100; i++) {
    const page = await jar.get(B, path);
    assert.equal(page.status, 200);
    for (const m of page.body.matchAll(/<tr class="queue-row[^"]*" data-code="([^"]+)">/g)) codes.push(m[1]);
    const next = page.body.match(/<a class="button" rel="next" href="([^"]+)">/);
    path = next ? next[1].replace(/&amp;/g, '&') : null;
  }
  return codes;
}

test('reception\'s queue keeps its promise: the longest waiting and most urgent first; the list before the folded filters', async () => {
  const a = await submitted(); // new, waiting longest
  const b = await submitted();
  const c = await submitted(); // new, just now
  assert.equal((await step(reception, b, 'tiep-nhan')).status, 303); // received: its hand-over limit is ahead
  const codes = await queueCodes(reception);
  const at = (d) => codes.indexOf(d.code);
  assert.ok(at(a) >= 0 && at(b) >= 0 && at(c) >= 0, 'all three listed');
  assert.ok(at(a) < at(c), 'the older new dossier first');
  // each by the deadline of what it waits for: the new one's to be
  // received (reception_due_at), the received one's to be handed over
  const [cDue, bDue] = [sql(`SELECT UNIX_TIMESTAMP(reception_due_at) FROM dossier WHERE id = ${c.id}`)[0][0],
    sql(`SELECT UNIX_TIMESTAMP(handover_due_at) FROM dossier WHERE id = ${b.id}`)[0][0]].map(Number);
  assert.ok(cDue > 0 && bDue > 0, 'both have their deadline');
  assert.equal(at(c) < at(b), cDue < bDue || (cDue === bDue && c.id < b.id),
    `the sooner deadline first (new: ${cDue}, received: ${bDue})`);
  // the order the page states
  const page = await reception.get(B, '/can-bo/tiep-nhan');
  assert.match(page.body, /hồ sơ mới và hồ sơ vừa bổ sung theo hạn tiếp nhận .*, hồ sơ đã tiếp nhận theo hạn chuyển bộ phận chuyên môn/);
  // the filters folded, closed until one is used; the list before the tracking book's link
  assert.match(page.body, /<details class="filters-fold"><summary>Lọc danh sách/);
  assert.ok(page.body.indexOf('<table>') < page.body.indexOf('/can-bo/so-theo-doi.csv'), 'the list first');
  const filtered = await reception.get(B, `/can-bo/tiep-nhan?q=${encodeURIComponent(a.code)}`);
  assert.match(filtered.body, /<details class="filters-fold" open><summary>/);
  assert.ok(filtered.body.includes(`data-code="${a.code}"`));
}, { timeout: 180000 });

test('an officer who meets a 404 or a 403 still has the menu; a citizen never gets it', async () => {
  const missing = await specialist.get(B, '/can-bo/ho-so/000.00.09.H34-991231-9999');
  assert.equal(missing.status, 404);
  assert.ok(menu(missing.body)['/can-bo/xu-ly'] !== undefined, 'the specialist\'s list on the 404 page');
  const denied = await specialist.get(B, '/can-bo/tiep-nhan');
  assert.equal(denied.status, 403);
  assert.ok(menu(denied.body)['/can-bo/xu-ly'] !== undefined, 'and on the 403 page');
  // dvc-account's: an admin's page (a path no route knows is answered
  // before anyone is identified, so a scanner's 404s cost no session read)
  const admin = await specialist.get(B, '/quan-tri/nhan-vien');
  assert.equal(admin.status, 403);
  assert.ok(menu(admin.body)['/can-bo/xu-ly'] !== undefined, 'on dvc-account\'s error pages too');
  const who = await newCitizen(B);
  const c = await who.jar.get(B, '/ho-so/000.00.09.H34-991231-9999');
  assert.equal(c.status, 404);
  assert.ok(!c.body.includes('id="menu-can-bo"'), 'no staff menu for a citizen');
});

test('an inspector sees the oversight in the menu, without counts, and no dossier list; each link answers 200', async () => {
  const inspector = await login(ensureInspector());
  for (const path of ['/can-bo', '/can-bo/giam-sat']) {
    const page = await inspector.get(B, path);
    assert.equal(page.status, 200, path);
    const m = menu(page.body);
    assert.deepEqual(m, { '/can-bo': null, '/can-bo/giam-sat': null, '/can-bo/bao-cao': null }, path);
    for (const link of Object.keys(m)) assert.equal((await inspector.get(B, link)).status, 200, link);
  }
  const home = await inspector.get(B, '/can-bo');
  assert.ok(!home.body.includes('class="work-waiting"'));
  assert.match(home.body, /Bạn chưa được giao vai trò tiếp nhận, chuyên viên hay lãnh đạo/);
}, { timeout: 120000 });
