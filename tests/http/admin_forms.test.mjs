// The catalogue editor's form files (issue 16, section 1: "form files are
// uploaded through the same checks as citizens' files (PDF, and editable
// DOCX/ODT/RTF), stored by hash"). An agency admin uploads a document's
// form in the editor (multipart, as the page's form sends it); a hostile,
// empty or over-size file is refused with its Vietnamese reason and the
// draft stays as it was; another agency's admin cannot; the form is not
// public before publishing, and after it the procedure page links it and
// the public route gives back the same bytes, by hash, with its type, its
// original name and long caching; every upload is audited.
import { test, assert } from '../lib/t.mjs';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { NGINX, APACHE, ROOT, sql } from '../lib/env.mjs';
import { newStaff, staffLogin } from '../lib/account.mjs';
import { postMultipart } from '../lib/dossier.mjs';
import { get, raw } from '../lib/http.mjs';
import { csrfOf, revOf, newCode, createDraft, savePart, publishDraft } from '../lib/catalog_edit.mjs';

const B = NGINX;
const AGENCY = '000.00.09.H34';		// Sở Tư pháp: has reception officers
const OTHER = '000.00.11.H34';
const fixture = (f) => readFileSync(`${ROOT}/tests/fixtures/forms/${f}`);
const sha = (buf) => createHash('sha256').update(buf).digest('hex');
const FORM_MAX = 10 * 1024 * 1024;	// Upload.FormMax's default (etc/dvc.hdf)

const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<')
  .replace(/&gt;/g, '>').replace(/&amp;/g, '&');
// the upload form's message, or null
const uploadError = (body) => {
  const m = body.match(/id="tep-loi" role="alert"><span class="visually-hidden">[^<]*<\/span>([^<]*)<\/p>/);
  return m ? unescape(m[1]) : null;
};
// a refusal's message of the citizens' uploads (Lang.Upload.<key>)
const uploadsVi = (() => {
  const t = readFileSync(`${ROOT}/templates/lang/vi.hdf`, 'utf8');
  return t.slice(t.indexOf('\n  Upload {\n'));
})();
const vi = (key) => uploadsVi.match(new RegExp(`^\\s*${key} = (.*)$`, 'm'))[1];
// the same bytes made different (a ZIP comment, a word in an RTF): a
// file of its own, with its own hash
function variant(buf, tag) {
  if (buf[0] === 0x50) {
    const out = Buffer.concat([buf, Buffer.from(tag)]);
    out.writeUInt16LE(Buffer.byteLength(tag), buf.length - 2);
    return out;
  }
  return Buffer.from(buf.toString('latin1').replace(/\\par\}\s*$/, ` ${tag}\\par}\n`), 'latin1');
}
let hv;		// the hash of the form finally published

const save = (jar, code, part, fields) => savePart(jar, B, code, part, fields);

// The upload as the editor's form sends it, from the page's csrf and rev.
async function upload(jar, code, file, { row = '2', name = '', filename = file, data, rev } = {}) {
  const p = await jar.get(B, `/quan-tri/thu-tuc/${code}`);
  const fields = { csrf: p.status === 200 ? csrfOf(p.body) : 'x', rev: rev ?? (p.status === 200 ? revOf(p.body) : '0'), dong: row };
  if (name) fields.ten = name;
  return postMultipart(jar, B, `/quan-tri/thu-tuc/${code}/bieu-mau/tai-len`, fields,
    file === null ? [] : [{ name: 'tep', filename, type: 'application/octet-stream', data: data ?? fixture(file) }]);
}

const draftBody = (code) => sql(`SELECT rev, body FROM proc_draft WHERE code = '${code}'`)[0];

async function publicStatus(path, want) {
  let r;
  for (let i = 0; i < 100; i++) {
    r = await get(B, path);
    if (r.status === want) return r;
    await new Promise((res) => setTimeout(res, 100));
  }
  return r;
}

let admin, stranger, province, code;

test('setup: an agency admin\'s draft with two documents, one with a form of the portal\'s folder', async () => {
  admin = await staffLogin(B, newStaff('agency_admin', AGENCY, 'Quản trị biểu mẫu'));
  stranger = await staffLogin(B, newStaff('agency_admin', OTHER, 'Quản trị cơ quan khác'));
  province = await staffLogin(B, newStaff('province_admin', '000.00.15.H34', 'Quản trị tỉnh biểu mẫu'));
  code = newCode(8);
  await createDraft(admin, B, code);
  await save(admin, code, 'chung', { name: `Thủ tục biểu mẫu ${code}`, field: 'HT', level: '3', al_province: '1',
    subjects: 'Công dân', result: 'Giấy xác nhận', legal_basis: 'Luật Hộ tịch 2014' });
  await save(admin, code, 'cac-buoc', { rows: '1', s0_party: 'citizen', s0_text: 'Nộp hồ sơ' });
  await save(admin, code, 'giay-to', { rows: '2', d0_name: 'Bản công bố', d0_originals: '1', d0_copies: '0',
    d0_required: '1', d0_form_name: 'Bản công bố', d0_form_file: 'ban-cong-bo-san-pham.rtf',
    d1_name: 'Tờ khai đăng ký', d1_originals: '1', d1_copies: '0', d1_required: '1' });
  await save(admin, code, 'cach-nop', { rows: '2', h0_channel: 'in_person', h0_time: '3', h0_unit: 'working_days',
    h0_fee: '0', h1_channel: 'online', h1_time: '3', h1_unit: 'working_days', h1_fee: '0' });
  await save(admin, code, 'quy-trinh', { rows: '1', p0_step: 'Tiếp nhận', p0_role: 'reception', p0_hours: '4' });
  const page = await admin.get(B, `/quan-tri/thu-tuc/${code}`);
  assert.match(page.body, /enctype="multipart\/form-data"/, 'the upload form works without JavaScript');
  assert.match(page.body, /<option value="2">2\. Tờ khai đăng ký<\/option>/);
});

test('each allowed type is taken: PDF, DOCX, ODT, RTF, stored by hash with its type and size', async () => {
  for (const [f, ext] of [['to-khai.pdf', 'pdf'], ['to-khai.odt', 'odt'], ['to-khai.rtf', 'rtf'], ['to-khai.docx', 'docx']]) {
    const r = await upload(admin, code, f);
    assert.equal(r.status, 303, `${f}: ${r.status} ${uploadError(r.body)}`);
    assert.equal(r.headers.location, `/quan-tri/thu-tuc/${code}?da-tai=1#giay-to`);
    const h = sha(fixture(f));
    const [row] = sql(`SELECT ext, size, name FROM form_file WHERE sha256 = '${h}'`);
    assert.deepEqual(row.slice(0, 2), [ext, String(fixture(f).length)], `${f} recorded`);
    const body = JSON.parse(draftBody(code)[1]);
    assert.deepEqual(body.documents[1].form, { name: 'Tờ khai đăng ký', sha256: h }, `${f}: the document names it`);
    assert.equal(body.documents[0].form.file, 'ban-cong-bo-san-pham.rtf', 'the file-name form stays');
  }
  const page = await admin.get(B, `/quan-tri/thu-tuc/${code}?da-tai=1`);
  assert.match(page.body, /Đã tải lên tệp mẫu và gắn vào giấy tờ/);
  assert.match(page.body, new RegExp(`href="/quan-tri/thu-tuc/${code.replace('.', '\\.')}/bieu-mau/${sha(fixture('to-khai.docx'))}">to-khai\\.docx</a> \\(DOCX, \\d+ KB\\)`));
  assert.match(page.body, new RegExp(`name="d1_form_sha256" value="${sha(fixture('to-khai.docx'))}"`));
  // saving the documents' part again keeps it (the hidden field)
  const p = await admin.get(B, `/quan-tri/thu-tuc/${code}`);
  const r = await admin.post(B, `/quan-tri/thu-tuc/${code}/giay-to`, { csrf: csrfOf(p.body), rev: revOf(p.body), rows: '2',
    d0_name: 'Bản công bố', d0_originals: '1', d0_copies: '0', d0_required: '1', d0_form_name: 'Bản công bố',
    d0_form_file: 'ban-cong-bo-san-pham.rtf', d1_name: 'Tờ khai đăng ký', d1_originals: '1', d1_copies: '0',
    d1_required: '1', d1_form_name: 'Tờ khai đăng ký', d1_form_sha256: sha(fixture('to-khai.docx')) });
  assert.equal(r.status, 303);
  assert.equal(JSON.parse(draftBody(code)[1]).documents[1].form.sha256, sha(fixture('to-khai.docx')));
  const again = await admin.get(B, `/quan-tri/thu-tuc/${code}`);
  assert.doesNotMatch(again.body, /id="d1_form_sha256-loi"/, 'no error on the stored form');
});

test('hostile, empty and over-size files are refused with their reason; the draft stays as it was', async () => {
  const cases = [
    ['program.pdf', 'TypeProgram', 422, 'a program renamed .pdf'],
    ['script.pdf', 'PdfActive', 422, 'a PDF that runs JavaScript'],
    ['macro.docx', 'OfficeActive', 422, 'a Word file with macros'],
    ['remote-template.docx', 'OfficeActive', 422, 'a template fetched from the network'],
    ['dde.docx', 'OfficeActive', 422, 'a DDE field'],
    ['macro.odt', 'OfficeActive', 422, 'an ODT with a Basic library'],
    ['object.rtf', 'OfficeActive', 422, 'an RTF with an OLE object'],
    ['cut.docx', 'OfficeBroken', 422, 'a cut ZIP'],
    ['empty.pdf', 'Empty', 422, 'an empty file'],
  ];
  for (const [f, key, status, what] of cases) {
    const before = draftBody(code);
    const r = await upload(admin, code, f, { name: 'Mẫu mới' });
    assert.equal(r.status, status, `${what}: ${r.status}`);
    const msg = uploadError(r.body);
    assert.ok(msg && msg.endsWith(vi(key)), `${what}: ${msg}`);
    assert.ok(msg.startsWith(f), `${what}: the file is named`);
    assert.deepEqual(draftBody(code), before, `${what}: the draft as it was`);
    assert.match(r.body, /id="ten" name="ten" type="text" value="Mẫu mới"/, `${what}: what was typed is kept`);
    assert.match(r.body, /<option value="2" selected>/, `${what}: the document chosen is kept`);
  }
  // an image: not a form's type
  const img = readFileSync(`${ROOT}/tests/fixtures/uploads/ok.png`);
  const r = await upload(admin, code, 'anh.png', { data: img });
  assert.equal(r.status, 422);
  assert.match(uploadError(r.body), /^anh\.png: Tệp mẫu chỉ nhận PDF, DOCX, ODT hoặc RTF\./);
  // no file chosen
  const none = await upload(admin, code, null);
  assert.equal(none.status, 422);
  assert.equal(uploadError(none.body), 'Hãy chọn tệp mẫu để tải lên.');
  // just over Upload.FormMax: the editor's message (nginx lets 11m in)
  const before = draftBody(code);
  const big = Buffer.concat([fixture('to-khai.pdf'), Buffer.alloc(FORM_MAX + 1 - fixture('to-khai.pdf').length, 0x20)]);
  const over = await upload(admin, code, 'lon.pdf', { data: big });
  assert.equal(over.status, 413);
  assert.match(uploadError(over.body), /^Tệp mẫu vượt quá dung lượng cho phép \(tối đa 10 MB\)\. /);
  assert.deepEqual(draftBody(code), before);
  // far over it: nginx's fence on that location answers before any body,
  // with the portal's own page
  const fence = await raw(B, `POST /quan-tri/thu-tuc/${code}/bieu-mau/tai-len HTTP/1.1\r\nHost: 127.0.0.1\r\n`
    + `Cookie: ${admin.header}\r\nContent-Type: multipart/form-data; boundary=abc\r\n`
    + `Content-Length: ${12 * 1048576}\r\nConnection: close\r\n\r\n`);
  assert.match(fence, /^HTTP\/1\.1 413/);
  assert.match(fence, /Dữ liệu gửi lên quá lớn/);
  // Apache lets Upload.BodyMax through: the editor's message again
  const viaApache = await postMultipart(admin, APACHE, `/quan-tri/thu-tuc/${code}/bieu-mau/tai-len`,
    { csrf: csrfOf((await admin.get(APACHE, `/quan-tri/thu-tuc/${code}`)).body), rev: before[0], dong: '2' },
    [{ name: 'tep', filename: 'lon.pdf', data: big }]);
  assert.equal(viaApache.status, 413);
  assert.match(uploadError(viaApache.body), /^Tệp mẫu vượt quá dung lượng cho phép/);
  // an out-of-date page: told, nothing attached
  const stale = await upload(admin, code, 'to-khai.rtf', { rev: String(Number(before[0]) - 1) });
  assert.equal(stale.status, 409);
  assert.match(uploadError(stale.body), /^Bản nháp vừa được người khác lưu/);
  assert.deepEqual(draftBody(code), before);
});

test('another agency\'s admin can neither upload to nor preview the procedure\'s forms', async () => {
  const before = draftBody(code);
  const r = await upload(stranger, code, 'to-khai.pdf');
  assert.ok([403, 404].includes(r.status), `upload: ${r.status}`);
  assert.deepEqual(draftBody(code), before);
  const v = await stranger.get(B, `/quan-tri/thu-tuc/${code}/bieu-mau/${sha(fixture('to-khai.docx'))}`);
  assert.ok([403, 404].includes(v.status), `preview: ${v.status}`);
  // anonymous: to the login
  assert.equal((await get(B, `/quan-tri/thu-tuc/${code}/bieu-mau/${sha(fixture('to-khai.docx'))}`)).status, 303);
});

test('names with Vietnamese diacritics and hostile characters: kept for showing, escaped on the page, RFC 5987 in the download', async () => {
  // a / or \\ would end a path: the name is what follows it (filename_display)
  const name = 'Tờ khai <b>kết hôn<b>; 100% \'mẫu\' & đơn.docx';
  const data = variant(fixture('to-khai.docx'), code);
  hv = sha(data);
  const r = await upload(admin, code, 'x', { filename: name, data, name: 'Tờ khai <i>kết hôn</i>' });
  assert.equal(r.status, 303, `${r.status} ${uploadError(r.body)}`);
  assert.deepEqual(sql(`SELECT name FROM form_file WHERE sha256 = '${hv}'`)[0], [name]);
  const page = await admin.get(B, `/quan-tri/thu-tuc/${code}`);
  assert.doesNotMatch(page.body, /<b>kết hôn|<i>kết hôn/, 'no markup from a name');
  assert.ok(page.body.includes(`>Tờ khai &lt;b&gt;kết hôn&lt;b&gt;; 100% &#39;mẫu&#39; &amp; đơn.docx</a>`), 'the name, escaped');
  const pv = await admin.get(B, `/quan-tri/thu-tuc/${code}/bieu-mau/${hv}`);
  assert.equal(pv.status, 200, 'the admin previews the draft\'s form');
  assert.ok(pv.raw.equals(data), 'byte for byte');
  assert.equal(pv.headers['cache-control'], 'no-store');
  checkDisposition(pv.headers['content-disposition'], 'docx', name);
});

// attachment, an ASCII name, and the original as RFC 5987's filename*
// (only its attr-chars and %XX)
function checkDisposition(cd, ext, name) {
  const m = cd.match(/^attachment; filename="bieu-mau\.([a-z]+)"; filename\*=UTF-8''(.*)$/);
  assert.ok(m, cd);
  assert.equal(m[1], ext);
  assert.match(m[2], /^(?:[A-Za-z0-9!#$&+\-.^_`|~]|%[0-9A-F]{2})+$/, 'RFC 5987 attr-chars');
  assert.equal(decodeURIComponent(m[2]), name);
}

test('not served before publishing; after it, the page links it and the public route gives the same bytes by hash', async () => {
  const data = variant(fixture('to-khai.docx'), code);
  assert.equal(sha(data), hv);
  assert.equal((await get(B, `/bieu-mau/tep/${hv}/to-khai.docx`)).status, 404, 'a draft\'s form is not public');
  const pub = await publishDraft(province, B, code, '77/QĐ-UBND');
  assert.equal(pub.status, 303, `publish: ${pub.status} ${pub.body.slice(0, 2000)}`);
  const page = await publicStatus(`/thu-tuc/${code}`, 200);
  assert.equal(page.status, 200);
  const link = page.body.match(new RegExp(`href="(/bieu-mau/tep/${hv}/[^"]+)" download>Tải mẫu<span class="visually-hidden">: Tờ khai &lt;i&gt;kết hôn&lt;/i&gt;</span> \\(DOCX, (\\d+) KB\\)</a>`));
  assert.ok(link, 'the procedure page links the stored form with its type and size');
  assert.equal(Number(link[2]), Math.ceil(data.length / 1024));
  assert.match(page.body, /href="\/static\/bieu-mau\/ban-cong-bo-san-pham\.rtf"/, 'the file-name form is still offered');
  for (const base of [B, APACHE]) {
    const r = await get(base, link[1]);
    assert.equal(r.status, 200);
    assert.ok(r.raw.equals(data), 'byte for byte');
    assert.equal(sha(r.raw), hv);
    assert.equal(r.headers['content-type'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
    assert.equal(r.headers['cache-control'], 'public, max-age=31536000, immutable');
    checkDisposition(r.headers['content-disposition'], 'docx', 'Tờ khai <b>kết hôn<b>; 100% \'mẫu\' & đơn.docx');
  }
  // uploaded to the draft once, but no published procedure names it
  assert.equal((await get(B, `/bieu-mau/tep/${sha(fixture('to-khai.rtf'))}/x.rtf`)).status, 404);
  // anything else: 404
  for (const bad of ['0'.repeat(64), hv.toUpperCase(), hv.slice(0, 63), `${hv}0`, '..']) {
    assert.equal((await get(B, `/bieu-mau/tep/${bad}/a.pdf`)).status, 404, bad);
  }
  // an encoded slash: the gate's refusal
  assert.equal((await get(B, '/bieu-mau/tep/..%2F..%2Fetc%2Fpasswd/a.pdf')).status, 400);
  // the export names it by hash: an import of the export finds it
  const { spawnSync } = await import('node:child_process');
  const { BUILD, CONFIG } = await import('../lib/env.mjs');
  const ex = spawnSync(`${BUILD}/dvcctl`, ['-c', CONFIG, 'catalog', 'export'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(ex.status, 0, ex.stderr);
  const proc = JSON.parse(ex.stdout).procedures.find((x) => x.code === code);
  assert.deepEqual(proc.documents[1].form, { name: 'Tờ khai <i>kết hôn</i>', sha256: hv });
  assert.equal(proc.documents[0].form.file, 'ban-cong-bo-san-pham.rtf');
});

test('an uploaded form is taken off its document with its tick; the rest of the document stays', async () => {
  const other = newCode(8);
  await createDraft(admin, B, other);
  await save(admin, other, 'giay-to', { rows: '1', d0_name: 'Tờ khai', d0_originals: '1', d0_copies: '0', d0_required: '1' });
  const data = variant(fixture('to-khai.pdf'), other);
  const up = await upload(admin, other, 'to-khai.pdf', { row: '1', data });
  assert.equal(up.status, 303, uploadError(up.body));
  const h = sha(data);
  let page = await admin.get(B, `/quan-tri/thu-tuc/${other}`);
  assert.match(page.body, /<input type="checkbox" id="d0_bo_mau" name="d0_bo_mau" value="1"> <label for="d0_bo_mau">Bỏ mẫu đơn, tờ khai này khỏi giấy tờ khi lưu<\/label>/);
  assert.equal((await admin.get(B, `/quan-tri/thu-tuc/${other}/bieu-mau/${h}`)).status, 200, 'the draft\'s preview');
  const r = await admin.post(B, `/quan-tri/thu-tuc/${other}/giay-to`, { csrf: csrfOf(page.body), rev: revOf(page.body), rows: '1',
    d0_name: 'Tờ khai', d0_originals: '1', d0_copies: '0', d0_required: '1', d0_form_name: 'Tờ khai',
    d0_form_sha256: h, d0_bo_mau: '1' });
  assert.equal(r.status, 303);
  const doc = JSON.parse(draftBody(other)[1]).documents[0];
  assert.equal(doc.form, undefined, 'no form on the document');
  assert.deepEqual([doc.name, doc.originals, doc.copies, doc.required], ['Tờ khai', 1, 0, true]);
  page = await admin.get(B, `/quan-tri/thu-tuc/${other}`);
  assert.doesNotMatch(page.body, /Tệp mẫu đã tải lên/);
  assert.doesNotMatch(page.body, /name="d0_bo_mau"/);
  assert.equal((await admin.get(B, `/quan-tri/thu-tuc/${other}/bieu-mau/${h}`)).status, 404, 'no longer the draft\'s');
  assert.equal(Number(sql(`SELECT COUNT(*) FROM form_file WHERE sha256 = '${h}'`)[0][0]), 1, 'the stored file stays');
});

test('every upload is audited, by whom', () => {
  const [[n, actors]] = sql(`SELECT COUNT(*), COUNT(DISTINCT actor_id) FROM audit
    WHERE action = 'catalog.form' AND detail LIKE '${code} %'`);
  assert.equal(Number(n), 5, 'the four types and the hostile name');
  assert.equal(Number(actors), 1);
  const [[detail]] = sql(`SELECT detail FROM audit WHERE action = 'catalog.form' AND detail LIKE '${code} %'
    ORDER BY seq LIMIT 1`);
  assert.equal(detail, `${code} 2 ${sha(fixture('to-khai.pdf'))} to-khai.pdf`);
});
