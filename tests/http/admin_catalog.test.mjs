// The catalogue editor (issue 16, section 1): /quan-tri and
// /quan-tri/thu-tuc in dvc-account. Agency admins keep drafts of their
// agency's procedures, checked by the import's own validator with each
// error beside its field; a province admin publishes them under a
// decision, or withdraws one from a date; two admins saving the same
// draft: the second is told and shown the difference; an agency admin
// never reaches another agency's procedure; a login waiting for its
// second factor never reaches administration.
import { test, assert } from '../lib/t.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { DEMO_PASSWORD, Jar, login, newStaff, staffLogin } from '../lib/account.mjs';
import { get } from '../lib/http.mjs';
import { newCode as freshCode } from '../lib/catalog_edit.mjs';

const B = NGINX;
const AGENCY = '000.00.09.H34';		// Sở Tư pháp: has reception officers
const OTHER = '000.00.11.H34';		// Sở Nông nghiệp: none in the demo

// Procedure codes of this file and run: 9.<slot><4 digits of the clock>,
// made unique in the database (a later run finds the earlier ones).
const newCode = () => freshCode('9');

const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<')
  .replace(/&gt;/g, '>').replace(/&amp;/g, '&');
// The message beside a field, or null.
function errorOf(body, name) {
  const m = body.match(new RegExp(`id="${name}-loi"><span class="visually-hidden">[^<]*</span>([^<]*)</p>`));
  return m ? unescape(m[1]) : null;
}
const csrfOf = (body) => body.match(/name="csrf" value="([^"]+)"/)[1];
const revOf = (body) => body.match(/name="rev" value="(\d+)"/)[1];

// Saves one part of code's draft as the page's form does, with the rev
// the page showed (or the one given).
async function save(jar, code, part, fields, { rev, page } = {}) {
  const p = page || await jar.get(B, `/quan-tri/thu-tuc/${code}`);
  assert.equal(p.status, 200, `editor of ${code}`);
  return jar.post(B, `/quan-tri/thu-tuc/${code}/${part}`,
    { csrf: csrfOf(p.body), rev: rev ?? revOf(p.body), ...fields });
}

async function create(jar, code, agency) {
  const list = await jar.get(B, '/quan-tri/thu-tuc');
  assert.equal(list.status, 200);
  const r = await jar.post(B, '/quan-tri/thu-tuc', { csrf: csrfOf(list.body), ma: code,
    ...(agency ? { co_quan: agency } : {}) });
  assert.equal(r.status, 303, `new draft ${code}: ${r.status}`);
  assert.equal(r.headers.location, `/quan-tri/thu-tuc/${code}`);
}

// A whole valid procedure of AGENCY, part by part.
async function fill(jar, code, { level = '3', hours = '8', online = true } = {}) {
  let r = await save(jar, code, 'chung', { name: `Thủ tục kiểm thử ${code}`, field: 'HT', level,
    al_province: '1', subjects: 'Công dân', result: 'Giấy xác nhận', legal_basis: 'Luật Hộ tịch 2014\nNghị định 123/2015/NĐ-CP' });
  assert.equal(r.status, 303);
  r = await save(jar, code, 'truong-hop', { rows: '2', c0_key: 'cap-moi', c0_name: 'Cấp mới',
    c1_key: 'cap-lai', c1_name: 'Cấp lại', c1_fee: '20000' });
  assert.equal(r.status, 303);
  r = await save(jar, code, 'cac-buoc', { rows: '2', s0_party: 'citizen', s0_text: 'Nộp hồ sơ',
    s1_party: 'agency', s1_text: 'Giải quyết' });
  assert.equal(r.status, 303);
  r = await save(jar, code, 'giay-to', { rows: '2', d0_case: 'cap-moi', d0_name: 'Tờ khai', d0_originals: '1',
    d0_copies: '0', d0_required: '1', d0_form_name: 'Tờ khai', d0_form_file: 'ban-cong-bo-san-pham.rtf',
    d1_name: 'Giấy tờ tùy thân', d1_copies: '1', d1_required: '1' });
  assert.equal(r.status, 303);
  r = await save(jar, code, 'cach-nop', online
    ? { rows: '2', h0_channel: 'in_person', h0_time: '3', h0_unit: 'working_days', h0_fee: '0',
      h1_channel: 'online', h1_time: '3', h1_unit: 'working_days', h1_fee: '0' }
    : { rows: '1', h0_channel: 'in_person', h0_time: '3', h0_unit: 'working_days', h0_fee: '0' });
  assert.equal(r.status, 303);
  r = await save(jar, code, 'quy-trinh', { rows: '2', p0_step: 'Tiếp nhận', p0_role: 'reception', p0_hours: '4',
    p1_step: 'Thẩm định', p1_role: 'specialist', p1_hours: hours });
  assert.equal(r.status, 303);
}

async function publish(jar, code, no = '12/QĐ-UBND') {
  const p = await jar.get(B, `/quan-tri/thu-tuc/${code}`);
  return jar.post(B, `/quan-tri/thu-tuc/${code}/cong-bo`, { csrf: csrfOf(p.body), rev: revOf(p.body),
    so: no, ngay: '2026-12-01' });
}

// The public page of code, waited for until it says (or stops saying)
// it exists: every worker reloads the catalogue within a second of a
// change (Catalog.CheckInterval); no time is asserted, only the outcome.
async function publicStatus(code, want) {
  let r;
  for (let i = 0; i < 100; i++) {
    r = await get(B, `/thu-tuc/${code}`);
    if (r.status === want) return r;
    await new Promise((res) => setTimeout(res, 100));
  }
  return r;
}

let admin;		// agency admin of AGENCY
let admin2;		// another of AGENCY
let stranger;		// agency admin of OTHER
let province;
let reception;

test('logins: a session waiting for its second factor never reaches administration', async () => {
  const email = newStaff('agency_admin', AGENCY, 'Quản trị kiểm thử');
  const half = new Jar();
  const r = await login(B, half, email, DEMO_PASSWORD, '/can-bo/dang-nhap');
  assert.equal(r.status, 303);
  assert.equal(r.headers.location, '/can-bo/thiet-lap-xac-thuc');
  for (const path of ['/quan-tri', '/quan-tri/thu-tuc']) {
    const p = await half.get(B, path);
    assert.equal(p.status, 303, `${path} with the password only`);
    assert.match(p.headers.location, /^\/tai-khoan\/dang-nhap/);
  }
  admin = await staffLogin(B, email);
  admin2 = await staffLogin(B, newStaff('agency_admin', AGENCY, 'Quản trị thứ hai'));
  stranger = await staffLogin(B, newStaff('agency_admin', OTHER, 'Quản trị cơ quan khác'));
  province = await staffLogin(B, newStaff('province_admin', '000.00.15.H34', 'Quản trị tỉnh kiểm thử'));
  reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
});

test('the admin home lists the catalogue, linked from the staff menu for admins only', async () => {
  const home = await admin.get(B, '/quan-tri');
  assert.equal(home.status, 200);
  assert.match(home.body, /href="\/quan-tri\/thu-tuc"/);
  const staffHome = await admin.get(B, '/can-bo');
  assert.match(staffHome.body, /<a href="\/quan-tri"/);
  const officer = await reception.get(B, '/can-bo');
  assert.doesNotMatch(officer.body, /<a href="\/quan-tri"/);
  assert.equal((await reception.get(B, '/quan-tri')).status, 403);
  assert.equal((await reception.get(B, '/quan-tri/thu-tuc')).status, 403);
});

test('a new draft: its code checked by the import\'s validator, every error beside its field', async () => {
  const list = await admin.get(B, '/quan-tri/thu-tuc');
  const bad = await admin.post(B, '/quan-tri/thu-tuc', { csrf: csrfOf(list.body), ma: '1.23' });
  assert.equal(bad.status, 422);
  assert.match(unescape(bad.body), /mã thủ tục có dạng một chữ số, dấu chấm, sáu chữ số/);

  const code = newCode();
  await create(admin, code);
  const again = await admin.post(B, '/quan-tri/thu-tuc', { csrf: csrfOf(list.body), ma: code });
  assert.equal(again.status, 422, 'the same code twice');
  assert.match(again.body, /Đã có thủ tục hoặc bản nháp với mã này/);

  let page = await admin.get(B, `/quan-tri/thu-tuc/${code}`);
  assert.equal(page.status, 200);
  assert.equal(errorOf(page.body, 'name'), 'bắt buộc, đang thiếu');
  assert.equal(errorOf(page.body, 'field'), 'bắt buộc, đang thiếu');
  assert.equal(errorOf(page.body, 'level'), 'bắt buộc, đang thiếu');
  assert.equal(errorOf(page.body, 'steps'), 'bắt buộc, đang thiếu', 'a list: above its part');

  // each part's bad values, each message beside its own field
  let r = await save(admin, code, 'chung', { name: 'Thủ tục thử', field: 'khong-co', level: '9',
    valid_from: '2026-12-31', valid_to: '2026-01-01', competent: 'abc', related: '1.2' });
  assert.equal(r.status, 303);
  r = await save(admin, code, 'truong-hop', { rows: '2', c0_key: 'Cấp Mới', c0_name: 'Cấp mới',
    c1_key: 'cap-lai', c1_fee: '-5' });
  assert.equal(r.status, 303);
  r = await save(admin, code, 'giay-to', { rows: '1', d0_case: 'khac', d0_name: 'Tờ khai', d0_copies: 'hai',
    d0_form_name: 'Mẫu', d0_form_file: 'khong-co-tep.docx' });
  assert.equal(r.status, 303);
  r = await save(admin, code, 'cach-nop', { rows: '1', h0_channel: 'online', h0_time: 'ba', h0_unit: 'working_days' });
  assert.equal(r.status, 303);
  r = await save(admin, code, 'quy-trinh', { rows: '1', p0_step: 'Thẩm định', p0_role: 'specialist', p0_hours: '0' });
  assert.equal(r.status, 303);

  page = await admin.get(B, `/quan-tri/thu-tuc/${code}`);
  const e = (n) => errorOf(page.body, n);
  assert.equal(e('name'), null);
  assert.equal(e('field'), 'không có lĩnh vực "khong-co"');
  assert.equal(e('level'), 'phải là số nguyên từ 1 đến 4');
  assert.equal(e('valid_to'), 'trước valid_from');
  assert.equal(e('competent'), 'mã "abc" sai định dạng');
  assert.equal(e('related'), 'mã "1.2" sai định dạng');
  assert.equal(e('c0_key'), 'sai định dạng');
  assert.equal(e('c1_name'), 'bắt buộc, đang thiếu');
  assert.equal(e('c1_fee'), 'phải là số nguyên từ 0 đến 1000000000000');
  assert.equal(e('d0_case'), 'không có trường hợp "khac" trong cases');
  assert.equal(e('d0_copies'), 'phải là số nguyên từ 0 đến 50');
  assert.match(e('d0_form_file'), /^không có tệp khong-co-tep\.docx trong thư mục biểu mẫu của Cổng$/);
  assert.ok(!e('d0_form_file').includes('/'), 'no folder of the server shown');
  assert.equal(e('h0_time'), 'phải là một số (ví dụ 5 hoặc 0.5)');
  assert.equal(e('p0_hours'), 'phải là số dương, tối đa một chữ số thập phân');
  assert.equal(e('steps'), 'bắt buộc, đang thiếu');
  // what was typed is kept, wrong or not
  assert.match(page.body, /id="c0_key" name="c0_key" type="text" value="Cấp Mới"/);
  assert.match(page.body, /id="d0_copies" name="d0_copies" type="text" value="hai"/);
  assert.match(page.body, /Chưa đạt:<\/?[^>]*>? ?bản nháp còn lỗi|Chưa đạt: bản nháp còn lỗi/);

  // a row left empty goes; "add" gives one empty row more; a ticked row goes
  r = await save(admin, code, 'truong-hop', { rows: '3', c0_key: 'cap-moi', c0_name: 'Cấp mới',
    c1_key: 'cap-lai', c1_name: 'Cấp lại', c1_xoa: '1', them: '1' });
  page = await admin.get(B, `/quan-tri/thu-tuc/${code}`);
  assert.match(page.body, /name="c0_key" type="text" value="cap-moi"/);
  assert.match(page.body, /name="c1_key" type="text" value=""/, 'the added row');
  assert.doesNotMatch(page.body, /name="c2_key"/);
  assert.doesNotMatch(page.body, /value="cap-lai"/);
  assert.equal(errorOf(page.body, 'c1_key'), 'bắt buộc, đang thiếu');

  // the same check as the import: publishing is refused while errors stay
  const pub = await publish(province, code);
  assert.equal(pub.status, 422);
  assert.match(pub.body, /Bản nháp còn lỗi; hãy sửa các lỗi/);
});

test('scope: an agency admin never reaches another agency\'s procedure, nor publishes', async () => {
  const code = newCode();
  await create(admin, code);
  const page = await admin.get(B, `/quan-tri/thu-tuc/${code}`);
  assert.equal((await stranger.get(B, `/quan-tri/thu-tuc/${code}`)).status, 404);
  const st = await stranger.get(B, '/quan-tri/thu-tuc');
  assert.doesNotMatch(st.body, new RegExp(code.replace('.', '\\.')), 'not in their list');
  const forged = await stranger.post(B, `/quan-tri/thu-tuc/${code}/chung`,
    { csrf: csrfOf(st.body), rev: revOf(page.body), name: 'Chiếm quyền' });
  assert.equal(forged.status, 404);
  const forgedPub = await stranger.post(B, `/quan-tri/thu-tuc/${code}/cong-bo`,
    { csrf: csrfOf(st.body), rev: revOf(page.body), so: '1/QĐ', ngay: '2026-12-01' });
  assert.equal(forgedPub.status, 404);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM proc_draft WHERE code = '${code}' AND body LIKE '%Chiếm quyền%'`)[0][0]), 0);
  // their own agency's admin may not publish: the province does
  const own = await admin.post(B, `/quan-tri/thu-tuc/${code}/cong-bo`,
    { csrf: csrfOf(page.body), rev: revOf(page.body), so: '1/QĐ', ngay: '2026-12-01' });
  assert.equal(own.status, 403);
  // a published procedure of another agency: not found either
  const theirs = sql(`SELECT p.code FROM proc p JOIN proc_agency pa ON pa.proc_id = p.id
    JOIN agency a ON a.id = pa.agency_id WHERE pa.role = 'implementing' AND a.code = '${AGENCY}'
    AND p.code NOT LIKE '9.%' LIMIT 1`)[0][0];
  assert.equal((await admin.get(B, `/quan-tri/thu-tuc/${theirs}`)).status, 200, 'their own published one');
  assert.equal((await stranger.get(B, `/quan-tri/thu-tuc/${theirs}`)).status, 404);
  assert.equal((await province.get(B, `/quan-tri/thu-tuc/${theirs}`)).status, 200, 'the province: every one');
  // no token: the central CSRF check
  const noToken = await admin.post(B, `/quan-tri/thu-tuc/${code}/chung`, { rev: revOf(page.body), name: 'x' });
  assert.equal(noToken.status, 403);
});

test('two admins save the same draft: the second is told and shown the difference', async () => {
  const code = newCode();
  await create(admin, code);
  await save(admin, code, 'chung', { name: 'Tên ban đầu', field: 'HT', level: '2' });
  const seenByFirst = await admin.get(B, `/quan-tri/thu-tuc/${code}`);
  const seenBySecond = await admin2.get(B, `/quan-tri/thu-tuc/${code}`);
  assert.equal(revOf(seenByFirst.body), revOf(seenBySecond.body));
  const first = await save(admin2, code, 'chung', { name: 'Tên của người thứ hai', field: 'HT', level: '2' },
    { page: seenBySecond });
  assert.equal(first.status, 303);
  const late = await save(admin, code, 'chung', { name: 'Tên của người thứ nhất', field: 'HT', level: '3' },
    { page: seenByFirst });
  assert.equal(late.status, 409);
  assert.match(late.body, /Người khác đã lưu bản nháp này trước bạn/);
  assert.match(late.body, /Quản trị thứ hai/, 'who saved');
  // the difference, field by field, in plain labels
  assert.match(late.body, /<th scope="row">Tên<\/th>\s*<td>Tên của người thứ hai<\/td>\s*<td>Tên của người thứ nhất<\/td>/);
  assert.match(late.body, /<th scope="row">Mức độ dịch vụ công trực tuyến<\/th>\s*<td>2<\/td>\s*<td>3<\/td>/);
  // the draft is the second's; sent again (the page's new rev), the first's wins
  assert.match(sql(`SELECT body FROM proc_draft WHERE code = '${code}'`)[0][0], /người thứ hai/);
  const again = await admin.post(B, `/quan-tri/thu-tuc/${code}/chung`, { csrf: csrfOf(late.body),
    rev: revOf(late.body), name: 'Tên của người thứ nhất', field: 'HT', level: '3' });
  assert.equal(again.status, 303);
  assert.match(sql(`SELECT body FROM proc_draft WHERE code = '${code}'`)[0][0], /người thứ nhất/);
  // publishing an older rev than the draft's: refused as well
  const p = await province.get(B, `/quan-tri/thu-tuc/${code}`);
  await save(admin, code, 'chung', { name: 'Tên sau cùng', field: 'HT', level: '3' });
  const stale = await province.post(B, `/quan-tri/thu-tuc/${code}/cong-bo`,
    { csrf: csrfOf(p.body), rev: revOf(p.body), so: '3/QĐ', ngay: '2026-12-01' });
  assert.equal(stale.status, 409);
  assert.match(stale.body, /Bản nháp vừa được người khác sửa/);
});

test('checks before publishing: forms need level 2, the process fits the time limit, online needs reception staff', async () => {
  const code = newCode();
  await create(admin, code);
  await fill(admin, code, { level: '1', hours: '40' });
  let page = await province.get(B, `/quan-tri/thu-tuc/${code}`);
  assert.equal(errorOf(page.body, 'name'), null);
  assert.match(page.body, /Chưa đạt: thủ tục có mẫu đơn, tờ khai phải đạt ít nhất mức độ 2/);
  // each channel's process against its own limit (sql/028-process-channel.sql)
  assert.match(page.body, /Chưa đạt: quy trình nội bộ khi nộp trực tiếp cần 44 giờ làm việc, vượt thời hạn giải quyết đã công bố cho cách nộp này là 24 giờ làm việc/);
  assert.match(page.body, /Chưa đạt: quy trình nội bộ khi nộp trực tuyến cần 44 giờ làm việc/);
  // level 1: the start form takes it nowhere online (below)
  assert.match(page.body, /Đạt: thủ tục không nhận hồ sơ trực tuyến/);
  assert.doesNotMatch(page.body, /action="\/quan-tri\/thu-tuc\/[^"]+\/cong-bo"/, 'no publish form');
  const refused = await publish(province, code);
  assert.equal(refused.status, 422);
  assert.match(refused.body, /chưa đạt các kiểm tra trước khi công bố/);

  // an online procedure of an agency without reception staff
  const other = newCode();
  await create(province, other, OTHER);
  await fill(province, other);
  await save(province, other, 'chung', { name: 'Thủ tục của cơ quan khác', field: 'HT', level: '3',
    implementing: OTHER });
  page = await province.get(B, `/quan-tri/thu-tuc/${other}`);
  assert.match(page.body, /Chưa đạt: thủ tục nộp trực tuyến nhưng cơ quan thực hiện chưa có cán bộ tiếp nhận/);
  assert.equal((await publish(province, other)).status, 422);
  // the rule is the start form's (domain/dossier.c): an online channel
  // and, under the 2018 levels in force here, level 3 or 4. At level 2
  // the start form takes nothing online, so no reception staff is needed
  await save(province, other, 'chung', { name: 'Thủ tục của cơ quan khác', field: 'HT', level: '2',
    implementing: OTHER });
  page = await province.get(B, `/quan-tri/thu-tuc/${other}`);
  assert.doesNotMatch(page.body, /Chưa đạt: thủ tục nộp trực tuyến/);
  assert.match(page.body, /Đạt: thủ tục không nhận hồ sơ trực tuyến/);
  // level 3 without an online channel: the same
  const third = newCode();
  await create(province, third, OTHER);
  await fill(province, third, { online: false });
  await save(province, third, 'chung', { name: 'Thủ tục không nộp trực tuyến', field: 'HT', level: '3',
    implementing: OTHER });
  page = await province.get(B, `/quan-tri/thu-tuc/${third}`);
  assert.doesNotMatch(page.body, /Chưa đạt: thủ tục nộp trực tuyến/);
  assert.match(page.body, /Đạt: thủ tục không nhận hồ sơ trực tuyến/);
  // level 3 online at the agency with reception staff: they are named
  await save(admin, code, 'chung', { name: `Thủ tục kiểm thử ${code}`, field: 'HT', level: '3' });
  page = await province.get(B, `/quan-tri/thu-tuc/${code}`);
  assert.match(page.body, /Đạt: cơ quan thực hiện có cán bộ tiếp nhận/);
  assert.doesNotMatch(page.body, /Đạt: thủ tục không nhận hồ sơ trực tuyến/);
});

test('publishing: the decision, the version with its difference, the public page; then withdrawn from a date', async () => {
  const code = newCode();
  await create(admin, code);
  await fill(admin, code);
  assert.equal((await get(B, `/thu-tuc/${code}`)).status, 404, 'a draft is not public');
  const noDecision = await province.post(B, `/quan-tri/thu-tuc/${code}/cong-bo`,
    { csrf: csrfOf((await province.get(B, `/quan-tri/thu-tuc/${code}`)).body), rev: '99', so: '', ngay: '' });
  assert.equal(noDecision.status, 422);
  const r = await publish(province, code, '45/QĐ-UBND');
  assert.equal(r.status, 303);
  assert.equal(r.headers.location, `/quan-tri/thu-tuc/${code}?da-cong-bo=1`);
  const pub = await publicStatus(code, 200);
  assert.equal(pub.status, 200, 'shown on the portal');
  assert.match(pub.body, new RegExp(`Thủ tục kiểm thử ${code.replace('.', '\\.')}`));
  assert.match(pub.body, /Cấp lại/);
  const row = sql(`SELECT publishing_decision, (SELECT COUNT(*) FROM proc_case c WHERE c.proc_id = p.id)
    FROM proc p WHERE code = '${code}'`)[0];
  assert.equal(row[0], '45/QĐ-UBND ngày 01/12/2026');
  assert.equal(row[1], '2');
  assert.equal(Number(sql(`SELECT COUNT(*) FROM proc_draft WHERE code = '${code}'`)[0][0]), 0);

  // an edit of the published one: a draft again; its difference on the page
  await save(admin, code, 'cach-nop', { rows: '2', h0_channel: 'in_person', h0_time: '2', h0_unit: 'working_days',
    h0_fee: '0', h1_channel: 'online', h1_time: '2', h1_unit: 'working_days', h1_fee: '0' });
  let page = await province.get(B, `/quan-tri/thu-tuc/${code}`);
  assert.match(page.body, /<th scope="row">Cách thức 1 – Thời hạn giải quyết<\/th>\s*<td>3<\/td>\s*<td>2<\/td>/);
  assert.equal((await publish(province, code, '46/QĐ-UBND')).status, 303);
  page = await admin.get(B, `/quan-tri/thu-tuc/${code}`);
  assert.match(page.body, /Phiên bản 2: công bố/);
  assert.match(page.body, /Phiên bản 1: công bố/);
  // a list of levels in words, not the record's values
  assert.match(page.body, /<th scope="row">Cấp thực hiện<\/th>\s*<td><span class="small">\(trống\)<\/span><\/td>\s*<td>Cấp tỉnh<\/td>/);
  assert.match(page.body, /46\/QĐ-UBND/);
  assert.match(page.body, /Quản trị tỉnh kiểm thử/);
  assert.deepEqual(sql(`SELECT n, kind, decision_no FROM proc_version WHERE code = '${code}' ORDER BY n`),
    [['1', 'publish', '45/QĐ-UBND'], ['2', 'publish', '46/QĐ-UBND']]);

  // withdrawn: never from a past date; from today, gone from the portal
  const wpage = await province.get(B, `/quan-tri/thu-tuc/${code}`);
  const past = await province.post(B, `/quan-tri/thu-tuc/${code}/ngung`,
    { csrf: csrfOf(wpage.body), tu_ngay: '2020-01-01', so_qd: '50/QĐ-UBND', ngay_qd: '2026-12-05' });
  assert.equal(past.status, 422);
  assert.match(past.body, /Ngày ngừng áp dụng không được ở quá khứ/);
  assert.equal((await admin.post(B, `/quan-tri/thu-tuc/${code}/ngung`, { csrf: csrfOf(wpage.body),
    tu_ngay: '2030-01-01', so_qd: '1', ngay_qd: '2026-12-05' })).status, 403, 'agency admins do not withdraw');
  // the portal's day (its sessions' time zone, sql/001-core.sql)
  const today = sql("SET time_zone = '+07:00'; SELECT CURDATE()")[0][0];
  const w = await province.post(B, `/quan-tri/thu-tuc/${code}/ngung`,
    { csrf: csrfOf(wpage.body), tu_ngay: today, so_qd: '50/QĐ-UBND', ngay_qd: '2026-12-05' });
  assert.equal(w.status, 303);
  assert.equal((await publicStatus(code, 404)).status, 404, 'gone from the portal');
  page = await admin.get(B, `/quan-tri/thu-tuc/${code}`);
  assert.match(page.body, /Phiên bản 3: ngừng áp dụng từ ngày/);
  assert.match(page.body, /Đã ngừng áp dụng/);

  // every change audited, by whom
  const actions = sql(`SELECT action, COUNT(*) FROM audit WHERE detail LIKE '${code}%'
    AND action LIKE 'catalog.%' GROUP BY action ORDER BY action`);
  const got = Object.fromEntries(actions.map(([a, n]) => [a, Number(n)]));
  assert.equal(got['catalog.create'], 1);
  assert.equal(got['catalog.publish'], 2);
  assert.equal(got['catalog.withdraw'], 1);
  assert.ok(got['catalog.draft'] >= 7);
});
