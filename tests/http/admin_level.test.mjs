// The service-level scheme from the browser (issue 16 section 3): a
// province admin switches between the 2018 levels 1-4 and Decree
// 42/2022's toàn trình / một phần at /quan-tri/muc-do; the public
// procedure pages and the scorecard then use the other scheme's words and
// count (a procedure of this file's own, level 3 with no 2022 level, is
// online under 2018 only); the change is audited and bumps the catalogue
// version; an agency admin and an officer are refused; a value naming no
// scheme is refused next to its field in Vietnamese; "theo cấu hình"
// gives the choice back to the configuration's Catalog.LevelScheme.
import { test, assert } from '../lib/t.mjs';
import { get } from '../lib/http.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { newStaff, newCitizen } from '../lib/account.mjs';
import { login, provinceAdmin } from '../lib/report.mjs';
import { agencySet } from '../lib/agency.mjs';
import { createDraft, newCode, savePart } from '../lib/catalog_edit.mjs';

// every public catalogue page shows the scheme: other files must not run
// while it is switched
export const serial = 'switches the level scheme every catalogue page shows';

const B = NGINX;
const SELF = '1.001940';	// level 3 and "một phần" in the demo
const year = new Date(Date.now() + 7 * 3600 * 1000).getUTCFullYear();
const version = () => Number(sql('SELECT version FROM catalog_version WHERE id = 1')[0][0]);
const setting = () => sql("SELECT value FROM setting WHERE name = 'Catalog.LevelScheme'").map((r) => r[0]);
const audited = () => Number(sql("SELECT COUNT(*) FROM audit WHERE action = 'setting.level_scheme'")[0][0]);
const fieldError = (html, name) => {
  const m = html.match(new RegExp(`<p class="field-error" id="${name}-loi">[\\s\\S]*?</span>([^<]*)</p>`));
  return m ? m[1].trim() : null;
};

let admin;
let own;	// { agency, proc }: level 3, no 2022 level
let citizen;	// a citizen who opens the start forms
let draft;	// a draft in the catalogue editor, for its checks

async function form(jar) {
  const page = await jar.get(B, '/quan-tri/muc-do');
  assert.equal(page.status, 200);
  return { page, csrf: page.body.match(/name="csrf" value="([^"]+)"/)[1] };
}

// The public page of code once it shows what test() looks for: the
// catalogue reloads within Catalog.CheckInterval of the bump (no timing
// asserted: waits up to 20 s for it).
async function publicPage(code, ok) {
  let body = '';
  for (let i = 0; i < 100; i++) {
    const r = await get(B, `/thu-tuc/${code}`);
    body = r.body;
    // a procedure just imported: 404 until the catalogue reloads
    if (r.status === 200 && ok(body)) return body;
    await new Promise((res) => setTimeout(res, 200));
  }
  return body;
}
const badge = (body) => (body.match(/<p class="proc-meta"><span class="badge[^"]*">([^<]*)<\/span>/) || [])[1];

async function scorecard() {
  const page = (await admin.get(B, `/can-bo/bao-cao/chi-so?ky=nam&nam=${year}&co_quan=${own.agency}`)).body;
  const m = page.match(/id="chi-so-truc-tuyen">[\s\S]*?<span class="formula">[^:]*: ([^=]*) = (\d+) \/ (\d+) × 100/);
  assert.ok(m, 'the online figure with its formula');
  return { words: m[1].trim(), online: Number(m[2]), procs: Number(m[3]) };
}

test('setup: a procedure of the file\'s own; the page shows the configuration\'s scheme', async () => {
  // an agency and a procedure of the file's own, as an operator imports
  // them: the demo's 1.001940 without its 2022 level
  const set = agencySet('level', { level_2022: undefined });
  own = { agency: set.old, proc: set.proc, unstaffed: set.child };
  admin = await login(provinceAdmin());
  assert.deepEqual(setting(), [], 'nobody chose yet: the configuration rules');
  const { page } = await form(admin);
  assert.match(page.body, /id="muc-do-hien-hanh">Mức độ 1 đến 4/);
  assert.match(page.body, /id="muc-do-nguon">theo tệp cấu hình/);
  assert.match(page.body, /Toàn trình: người dân làm mọi bước trên mạng/, 'both schemes explained');
  assert.match(page.body, /name="muc_do" value="2018" checked/);
  assert.equal(badge(await publicPage(SELF, () => true)), 'Mức độ 3');
  assert.equal(badge(await publicPage(own.proc, () => true)), 'Mức độ 3');
  const s = await scorecard();
  assert.deepEqual([s.online, s.procs], [1, 1], 'level 3: online under 2018');
  assert.match(s.words, /mức độ 3, 4/);
  const home = await admin.get(B, '/quan-tri');
  assert.match(home.body, /href="\/quan-tri\/muc-do"/, 'linked from administration\'s home');
}, { timeout: 120000 });

test('an agency admin and an officer are refused; a value naming no scheme is refused in Vietnamese', async () => {
  const agencyAdmin = await login(newStaff('agency_admin', '000.00.09.H34', 'Quản trị Sở kiểm thử mức độ'));
  const officer = await login(newStaff('specialist', '000.00.09.H34', 'Chuyên viên kiểm thử mức độ'));
  for (const [who, jar] of [['agency admin', agencyAdmin], ['officer', officer]]) {
    assert.equal((await jar.get(B, '/quan-tri/muc-do')).status, 403, who);
    const csrf = await jar.token(B, '/tai-khoan/doi-mat-khau');
    assert.equal((await jar.post(B, '/quan-tri/muc-do', { csrf, muc_do: '2022' })).status, 403, who);
  }
  assert.equal((await get(B, '/quan-tri/muc-do')).status, 303, 'nobody: log in first');
  const n = audited();
  const v = version();
  const { csrf } = await form(admin);
  for (const bogus of ['2030', '', 'toan-trinh']) {
    const r = await admin.post(B, '/quan-tri/muc-do', { csrf, muc_do: bogus });
    assert.equal(r.status, 422, `"${bogus}"`);
    assert.equal(fieldError(r.body, 'muc_do'),
      'Hãy chọn một cách phân loại: mức độ 1 đến 4, hoặc toàn trình và một phần theo Nghị định 42/2022/NĐ-CP.');
  }
  assert.deepEqual(setting(), [], 'nothing set');
  assert.equal(audited(), n, 'nothing recorded');
  assert.equal(version(), v, 'no reload');
}, { timeout: 120000 });

test('switched to Decree 42/2022: the procedure pages and the scorecard follow; audited', async () => {
  const n = audited();
  const v = version();
  const { csrf } = await form(admin);
  const r = await admin.post(B, '/quan-tri/muc-do', { csrf, muc_do: '2022' });
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  assert.deepEqual(setting(), ['2022']);
  assert.ok(version() > v, 'the catalogue version moved: every worker reloads');
  assert.equal(audited(), n + 1);
  const detail = sql("SELECT detail FROM audit WHERE action = 'setting.level_scheme' ORDER BY seq DESC LIMIT 1")[0][0];
  assert.match(detail, /^2022/);
  const { page } = await form(admin);
  assert.match(page.body, /id="muc-do-hien-hanh">Toàn trình, một phần/);
  assert.match(page.body, /id="muc-do-nguon">do quản trị cấp tỉnh chọn/);
  assert.equal(badge(await publicPage(SELF, (b) => badge(b) !== 'Mức độ 3')), 'Một phần');
  assert.equal(badge(await publicPage(own.proc, (b) => badge(b) !== 'Mức độ 3')), 'Chưa trực tuyến');
  const s = await scorecard();
  assert.match(s.words, /toàn trình, một phần/);
  assert.doesNotMatch(s.words, /mức độ 3/);
  assert.deepEqual([s.online, s.procs], [0, 1], 'level 3 without a 2022 level is not online under 2022');
  // the start form offers online what the pages show as online
  citizen = await newCitizen(B);
  assert.equal((await citizen.jar.get(B, `/ho-so/nop/${own.proc}`)).status, 404, 'not online under 2022: no start form');
  assert.equal((await citizen.jar.get(B, `/ho-so/nop/${SELF}`)).status, 200, '"một phần": the start form');

  // the editor's check before publishing follows the same rule: a draft
  // of an agency with no reception officer, level 3 with an online
  // channel, needs none under 2022 until it has a 2022 level
  draft = newCode('8');
  await createDraft(admin, B, draft, own.unstaffed);
  const general = { name: `Thủ tục kiểm thử mức độ ${draft}`, field: 'HT', level: '3', implementing: own.unstaffed };
  await savePart(admin, B, draft, 'chung', general);
  await savePart(admin, B, draft, 'cach-nop', { rows: '1', h0_channel: 'online', h0_time: '3',
    h0_unit: 'working_days', h0_fee: '0' });
  let editor = (await admin.get(B, `/quan-tri/thu-tuc/${draft}`)).body;
  assert.match(editor, /Đạt: thủ tục không nhận hồ sơ trực tuyến/, 'level 3, no 2022 level: not online under 2022');
  await savePart(admin, B, draft, 'chung', { ...general, level_2022: 'mot_phan' });
  editor = (await admin.get(B, `/quan-tri/thu-tuc/${draft}`)).body;
  assert.match(editor, /Chưa đạt: thủ tục nộp trực tuyến nhưng cơ quan thực hiện chưa có cán bộ tiếp nhận/);
  await savePart(admin, B, draft, 'chung', { ...general, level: '2', level_2022: 'mot_phan' });
  editor = (await admin.get(B, `/quan-tri/thu-tuc/${draft}`)).body;
  assert.match(editor, /Chưa đạt: thủ tục nộp trực tuyến/, 'under 2022 the 2018 level does not decide');
}, { timeout: 120000 });

test('given back to the configuration: the 2018 levels again, audited', async () => {
  const n = audited();
  const { csrf } = await form(admin);
  assert.equal((await admin.post(B, '/quan-tri/muc-do', { csrf, muc_do: 'cau-hinh' })).status, 303);
  assert.deepEqual(setting(), []);
  assert.equal(audited(), n + 1);
  assert.match(sql("SELECT detail FROM audit WHERE action = 'setting.level_scheme' ORDER BY seq DESC LIMIT 1")[0][0], /theo cấu hình \(2018\)/);
  assert.equal(badge(await publicPage(SELF, (b) => badge(b) === 'Mức độ 3')), 'Mức độ 3');
  assert.deepEqual(await scorecard().then((s) => [s.online, s.procs]), [1, 1]);
  assert.equal((await citizen.jar.get(B, `/ho-so/nop/${own.proc}`)).status, 200, 'level 3 under 2018: the start form');
  // the draft of level 2 with a 2022 level: not online under 2018
  let editor = (await admin.get(B, `/quan-tri/thu-tuc/${draft}`)).body;
  assert.match(editor, /Đạt: thủ tục không nhận hồ sơ trực tuyến/, 'level 2 under 2018');
  await savePart(admin, B, draft, 'chung', { name: `Thủ tục kiểm thử mức độ ${draft}`, field: 'HT', level: '3',
    implementing: own.unstaffed });
  editor = (await admin.get(B, `/quan-tri/thu-tuc/${draft}`)).body;
  assert.match(editor, /Chưa đạt: thủ tục nộp trực tuyến nhưng cơ quan thực hiện chưa có cán bộ tiếp nhận/, 'level 3 under 2018');
}, { timeout: 120000 });
