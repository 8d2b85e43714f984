// Online submission through nginx: drafts, uploads checked by content,
// the store, submission with its code, receipts with their QR check
// value, the citizen's list and tracking; and every bad file and bad
// request the issue lists, none of which may store a byte.
import crypto from 'node:crypto';
import { readFileSync, readdirSync, existsSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { test, assert } from '../lib/t.mjs';
import { get, request, raw, assertSecurityHeaders } from '../lib/http.mjs';
import { NGINX, APACHE, ROOT, RUN, BUILD, CONFIG, sql, logText, clearThrottle } from '../lib/env.mjs';
import { Jar, newCitizen, newStaff, staffLogin, lastMail } from '../lib/account.mjs';
import {
  multipart, postMultipart, applicant, startDraft, slots, upload, submit, pdfOf,
} from '../lib/dossier.mjs';
import { spawnSync } from 'node:child_process';

const B = NGINX;
const FIX = `${ROOT}/tests/fixtures/uploads`;
const fixture = (f) => readFileSync(`${FIX}/${f}`);
const sha = (b) => crypto.createHash('sha256').update(b).digest('hex');
const STORE = `${RUN}/files`;
const QUAR = `${STORE}/quarantine`;
// level 3, one agency (000.00.09.H34), three required documents
const L3 = '1.001940';
// level 4, one agency (000.00.06.H34), required and optional documents
const L4 = '2.002021';

const fileRows = (id) => Number(sql(`SELECT COUNT(*) FROM dossier_file WHERE dossier_id = ${id}`)[0][0]);
const storePath = (h) => `${STORE}/${h.slice(0, 2)}/${h.slice(2, 4)}/${h}`;
const storeFiles = () => {
  const out = [];
  if (!existsSync(STORE)) return out;
  for (const a of readdirSync(STORE)) {
    if (!/^[0-9a-f]{2}$/.test(a)) continue;
    for (const b of readdirSync(`${STORE}/${a}`)) for (const c of readdirSync(`${STORE}/${a}/${b}`)) out.push(c);
  }
  return out.sort();
};
const quarantine = () => readdirSync(QUAR).filter((f) => f.startsWith('q-'));
// Nothing this file's requests put in the quarantine stays there. Other
// files' uploads pass through it at the same time, each for as long as its
// checks take: what is there now must be gone within a few seconds.
async function quarantineClears(what = 'nothing left in the quarantine') {
  let left = quarantine();
  for (let i = 0; i < 100 && left.length; i++) {
    await new Promise((r) => setTimeout(r, 100));
    left = left.filter((f) => existsSync(`${QUAR}/${f}`));
  }
  assert.deepEqual(left, [], what);
}
let alice; // a citizen with a level-3 dossier through the tests
let bob;
// an officer of another agency (Sở Thông tin và Truyền thông), made on first use
let outsider;
const outsiderEmail = () => (outsider ||= newStaff('specialist', '000.00.15.H34', 'Lê Minh Đức'));

test('start: anonymous visitors are asked to log in; a citizen gets the form with the profile filled in', async () => {
  const anon = await get(B, `/ho-so/nop/${L3}`);
  assert.equal(anon.status, 200);
  assert.match(anon.body, /bạn cần đăng nhập/);
  assert.ok(!/name="ma_phieu"/.test(anon.body), 'no form for an anonymous visitor');
  alice = await newCitizen(B);
  bob = await newCitizen(B);
  const page = await alice.jar.get(B, `/ho-so/nop/${L3}`);
  assert.equal(page.status, 200);
  assert.equal(page.headers['cache-control'], 'no-store');
  assert.ok(page.body.includes(`value="${alice.data.so_dinh_danh}"`), 'CCCD prefilled');
  assert.ok(page.body.includes(`value="${alice.data.ho_ten}"`), 'name prefilled');
  assert.equal((await get(B, '/ho-so/nop/9.999999')).status, 404);
  // a procedure offered only at the counter has no online form
  const offline = sql(`SELECT p.code FROM proc p WHERE p.level < 3 LIMIT 1`)[0][0];
  assert.equal((await alice.jar.get(B, `/ho-so/nop/${offline}`)).status, 404);
});

test('start: 50 concurrent posts of one form make one draft; a bad field keeps what was typed', async () => {
  const page = await alice.jar.get(B, `/ho-so/nop/${L3}`);
  const csrf = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  const token = page.body.match(/name="ma_phieu" value="([^"]+)"/)[1];
  const before = Number(sql(`SELECT COUNT(*) FROM dossier WHERE owner_id = ${alice.id}`)[0][0]);
  const rs = await Promise.all(Array.from({ length: 50 }, () =>
    alice.jar.post(B, `/ho-so/nop/${L3}`, { ...applicant(alice.data), csrf, ma_phieu: token })));
  const locs = new Set(rs.map((r) => r.headers.location));
  assert.deepEqual(rs.map((r) => r.status).filter((s) => s !== 303), []);
  assert.equal(locs.size, 1, [...locs].join(' '));
  const after = Number(sql(`SELECT COUNT(*) FROM dossier WHERE owner_id = ${alice.id}`)[0][0]);
  assert.equal(after, before + 1);
  alice.draft = Number([...locs][0].match(/(\d+)$/)[1]);
  // docs copied from the catalogue
  assert.equal(Number(sql(`SELECT COUNT(*) FROM dossier_doc WHERE dossier_id = ${alice.draft}`)[0][0]), 3);

  const bad = await alice.jar.post(B, `/ho-so/nop/${L3}`, {
    ...applicant(alice.data), so_dinh_danh: '12345', dia_chi: 'Số 5 đường Trần Phú', csrf,
    ma_phieu: crypto.randomBytes(16).toString('base64url'),
  });
  assert.equal(bad.status, 422);
  assert.match(bad.body, /Số 5 đường Trần Phú/);
  assert.match(bad.body, /id="so_dinh_danh-loi"/);
});

test('the applicant gets the ID checks a registration gets: the ID number\'s century and year must match the birth date, which is not in the future', async () => {
  // a person born 1990 whose ID number says born 2005 (4th digit 2:
  // the 2000s, 5th-6th: 05), and a birth date to come: each refused by
  // its field at the start and in the draft, nothing changed
  const wrongId = `0622${'05'}${String(Date.now() % 1000000).padStart(6, '0')}`;
  const page = await alice.jar.get(B, `/ho-so/nop/${L3}`);
  const csrf = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  const before = Number(sql(`SELECT COUNT(*) FROM dossier WHERE owner_id = ${alice.id}`)[0][0]);
  const bad = await alice.jar.post(B, `/ho-so/nop/${L3}`, {
    ...applicant(alice.data), so_dinh_danh: wrongId, ngay_sinh: '15/03/1990', csrf,
    ma_phieu: crypto.randomBytes(16).toString('base64url'),
  });
  assert.equal(bad.status, 422);
  const msg = bad.body.match(/id="so_dinh_danh-loi"[^>]*>([^]*?)<\/p>/);
  assert.ok(msg, 'an error by the ID number field');
  assert.match(msg[1], /Số định danh không khớp với năm sinh/);
  assert.ok(bad.body.includes(`value="${wrongId}"`), 'what was typed is kept');
  const future = await alice.jar.post(B, `/ho-so/nop/${L3}`, {
    ...applicant(alice.data), ngay_sinh: '01/01/2099', csrf,
    ma_phieu: crypto.randomBytes(16).toString('base64url'),
  });
  assert.equal(future.status, 422);
  assert.match(future.body, /id="ngay_sinh-loi"[^>]*>[^]*?Ngày sinh không thể sau ngày hôm nay/);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM dossier WHERE owner_id = ${alice.id}`)[0][0]), before,
    'no draft made');
  // the same rule in the draft: the applicant data is not saved
  const id = await startDraft(B, alice, L3);
  const r = await upload(B, alice, id, [], { so_dinh_danh: wrongId, ngay_sinh: '15/03/1990' });
  assert.equal(r.status, 422);
  assert.match(r.body, /id="so_dinh_danh-loi"[^>]*>[^]*?Số định danh không khớp với năm sinh/);
  assert.equal(sql(`SELECT applicant_id_number FROM dossier WHERE id = ${id}`)[0][0],
    alice.data.so_dinh_danh, 'the draft keeps the applicant it had');
  // and a matching pair for someone else (acting on their behalf) is fine
  const other = `0620${'85'}${String((Date.now() + 7) % 1000000).padStart(6, '0')}`;
  const ok = await upload(B, alice, id, [], { so_dinh_danh: other, ngay_sinh: '02/09/1985', thay_mat: '1' });
  assert.equal(ok.status, 303, ok.body.slice(0, 2000));
  assert.equal(sql(`SELECT applicant_id_number FROM dossier WHERE id = ${id}`)[0][0], other);
});

test('draft: files by document; images stripped; several files for one document; the store holds each once', async () => {
  const s = await slots(B, alice, alice.draft);
  assert.equal(s.length, 3);
  alice.slots = s;
  const r = await upload(B, alice, alice.draft, [
    { slot: s[0].id, filename: 'don.pdf', data: fixture('ok.pdf'), type: 'application/pdf' },
    { slot: s[1].id, filename: 'ảnh giấy tờ.jpg', data: fixture('ok.jpg'), type: 'image/jpeg' },
    { slot: s[1].id, filename: 'trang 2.png', data: fixture('ok.png'), type: 'image/png' },
  ]);
  assert.equal(r.status, 303, r.body.slice(0, 2000));
  assert.equal(r.headers.location, `/ho-so/nhap/${alice.draft}?da-luu=1`);
  const rows = sql(`SELECT name, mime, ext, sha256, size FROM dossier_file WHERE dossier_id = ${alice.draft} ORDER BY id`);
  assert.deepEqual(rows.map((x) => [x[0], x[2]]), [['don.pdf', 'pdf'], ['ảnh giấy tờ.jpg', 'jpg'], ['trang 2.png', 'png']]);
  assert.equal(rows[0][1], 'application/pdf');
  assert.equal(rows[0][3], sha(fixture('ok.pdf')), 'a PDF is stored as sent');
  for (const [name, , ext, h, size] of rows) {
    const p = `${STORE}/${h.slice(0, 2)}/${h.slice(2, 4)}/${h}`;
    assert.ok(existsSync(p), `${name} in the store`);
    const bytes = readFileSync(p);
    assert.equal(sha(bytes), h, 'named by its hash');
    assert.equal(bytes.length, Number(size));
    if (ext === 'jpg') {
      assert.ok(bytes.length < fixture('ok.jpg').length, 'metadata removed');
      assert.ok(!bytes.includes(Buffer.from('Exif\0\0')) || !bytes.includes(Buffer.from('GPS')), 'no GPS');
      assert.ok(!bytes.includes(Buffer.from('http://ns.adobe.com/xap')), 'no XMP');
    }
    if (ext === 'png') assert.ok(!bytes.includes(Buffer.from('tEXt')), 'no text chunks');
  }
  await quarantineClears();
  // the page shows them, and what is still missing
  const page = await alice.jar.get(B, `/ho-so/nhap/${alice.draft}`);
  assert.match(page.body, /ảnh giấy tờ\.jpg/);
  assert.match(page.body, /Hồ sơ còn thiếu/);
  assert.ok(page.body.includes(s[2].name), 'the missing document is named');
});

test('review: an incomplete dossier cannot be submitted, and says what is missing', async () => {
  const page = await alice.jar.get(B, `/ho-so/nhap/${alice.draft}/xem-lai`);
  assert.equal(page.status, 200);
  assert.match(page.body, /Hồ sơ còn thiếu/);
  assert.ok(!/\/nop"/.test(page.body), 'no submit form while incomplete');
  const r = await submit(B, alice, alice.draft);
  assert.equal(r.status, 422);
  assert.match(r.body, /chưa đủ giấy tờ bắt buộc/);
  assert.equal(sql(`SELECT status, code IS NULL FROM dossier WHERE id = ${alice.draft}`)[0].join(), '0,1');
});

test('submit: declaration required, then 50 concurrent submits give one dossier, one code, one mail', async () => {
  const r = await upload(B, alice, alice.draft, [
    { slot: alice.slots[2].id, filename: 'scan.tif', data: fixture('ok.tif') },
  ]);
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  const nodecl = await submit(B, alice, alice.draft, false);
  assert.equal(nodecl.status, 422);
  assert.match(nodecl.body, /cần đánh dấu lời cam đoan/);
  assert.equal(sql(`SELECT status FROM dossier WHERE id = ${alice.draft}`)[0][0], '0');

  const csrf = await alice.jar.token(B, `/ho-so/nhap/${alice.draft}/xem-lai`);
  const rs = await Promise.all(Array.from({ length: 50 }, () =>
    alice.jar.post(B, `/ho-so/nhap/${alice.draft}/nop`, { csrf, cam_doan: '1' })));
  assert.deepEqual([...new Set(rs.map((x) => x.status))], [303]);
  const locs = new Set(rs.map((x) => x.headers.location));
  assert.equal(locs.size, 1);
  const [code, status] = sql(`SELECT code, status FROM dossier WHERE id = ${alice.draft}`)[0];
  assert.equal(status, '1');
  assert.match(code, /^000\.00\.09\.H34-\d{6}-\d{4}$/);
  assert.equal([...locs][0], `/ho-so/${code}/bien-nhan`);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM dossier_event WHERE dossier_id = ${alice.draft} AND action = 'submit'`)[0][0]), 1);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM audit WHERE action = 'dossier.submit' AND object_id = ${alice.draft}`)[0][0]), 1);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM mail_outbox WHERE to_addr = '${alice.data.email}' AND body_text LIKE '%${code}%'`)[0][0]), 1);
  const mail = lastMail(alice.data.email);
  assert.equal(mail.subject, 'Cổng Dịch vụ công đã nhận hồ sơ của bạn');
  assert.ok(mail.text.includes(code));
  alice.code = code;
  // the day part is today in Vietnam
  const d = new Date(Date.now() + 7 * 3600e3);
  const yymmdd = `${String(d.getUTCFullYear() % 100).padStart(2, '0')}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
  assert.equal(code.split('-')[1], yymmdd);
  // the old draft address leads to the dossier; files can no longer change
  const old = await alice.jar.get(B, `/ho-so/nhap/${alice.draft}`);
  assert.equal(old.status, 303);
  assert.equal(old.headers.location, `/ho-so/${code}`);
});

test('receipt: code, procedure, files with SHA-256, next step, a QR whose check value the tracking page accepts', async () => {
  const r = await alice.jar.get(B, `/ho-so/${alice.code}/bien-nhan`);
  assert.equal(r.status, 200);
  assertSecurityHeaders(assert, r, { personal: true });
  assert.ok(r.body.includes(alice.code));
  assert.match(r.body, /Biên nhận hồ sơ nộp trực tuyến/);
  assert.match(r.body, /Bước tiếp theo/);
  for (const [h] of sql(`SELECT sha256 FROM dossier_file WHERE dossier_id = ${alice.draft}`)) assert.ok(r.body.includes(h), `hash ${h}`);
  assert.match(r.body, /<svg[^>]*viewBox="0 0 \d+ \d+"[\s\S]*<path d="M\d+ \d+h\d+v1h-\d+z/);
  const url = r.body.match(/class="url">([^<]+)</)[1].replace(/&amp;/g, '&');
  const u = new URL(url);
  assert.equal(u.pathname, '/tra-cuu');
  const t = await get(B, u.pathname + u.search);
  assert.equal(t.status, 200);
  assert.match(t.body, /Biên nhận hợp lệ/);
  assert.match(t.body, /Mới đăng ký/);
  assert.ok(!t.body.includes(alice.data.so_dinh_danh) && !t.body.includes(alice.data.dien_thoai), 'nothing personal');
  // a forged check value, or a code swapped in, is told apart
  const k = u.searchParams.get('k');
  const forged = await get(B, `/tra-cuu?ma=${encodeURIComponent(alice.code)}&k=${k.slice(0, 21)}${k[21] === 'A' ? 'B' : 'A'}`);
  assert.equal(forged.status, 404);
  assert.match(forged.body, /không do Cổng Dịch vụ công cấp/);
  // the print stylesheet: an A4 page
  const css = readFileSync(`${ROOT}/htdocs/css/dvc.css`, 'utf8');
  assert.match(css, /@page\s*\{\s*size:\s*A4/);
});

test('list, detail and history: the citizen sees the dossier; others get 404', async () => {
  const list = await alice.jar.get(B, '/ho-so');
  assert.equal(list.status, 200);
  assert.ok(list.body.includes(alice.code));
  assert.match(list.body, /Mới đăng ký/);
  const view = await alice.jar.get(B, `/ho-so/${alice.code}`);
  assert.equal(view.status, 200);
  assert.match(view.body, /Nộp hồ sơ trực tuyến/);
  assert.match(view.body, /Tạo hồ sơ nháp/);
  assert.equal((await bob.jar.get(B, `/ho-so/${alice.code}`)).status, 404);
  assert.equal((await bob.jar.get(B, `/ho-so/${alice.code}/bien-nhan`)).status, 404);
  const anon = await get(B, `/ho-so/${alice.code}`);
  assert.equal(anon.status, 303);
  assert.match(anon.headers.location, /^\/tai-khoan\/dang-nhap\?tiep=/);
  // an officer of another agency sees nothing; of the agency, the dossier
  const other = await staffLogin(B, outsiderEmail());
  assert.equal((await other.get(B, `/ho-so/${alice.code}`)).status, 404);
});

test('downloads: through the app, attachment, detected type, nosniff, sandbox; nobody else', async () => {
  const [id, h, mime] = sql(`SELECT id, sha256, mime FROM dossier_file WHERE dossier_id = ${alice.draft} AND ext = 'pdf'`)[0];
  const r = await alice.jar.get(B, `/ho-so/tep/${id}`);
  assert.equal(r.status, 200);
  assert.equal(r.headers['content-type'], mime);
  assert.match(r.headers['content-disposition'], /^attachment; filename="ho-so-\d+\.pdf"; filename\*=UTF-8''don\.pdf$/);
  assert.equal(r.headers['x-content-type-options'], 'nosniff');
  assert.match(r.headers['content-security-policy'], /sandbox/);
  assert.equal(sha(r.raw), h);
  assert.equal((await bob.jar.get(B, `/ho-so/tep/${id}`)).status, 404);
  assert.equal((await get(B, `/ho-so/tep/${id}`)).status, 303);
  assert.equal((await alice.jar.get(B, '/ho-so/tep/99999999')).status, 404);
});

test('tracking: code + last digits of ID or phone shows status only; wrong digits and unknown codes look the same; guessing is limited', async () => {
  clearThrottle();
  const last4 = alice.data.so_dinh_danh.slice(-4);
  const ok = await get(B, `/tra-cuu?ma=${encodeURIComponent(alice.code)}&so=${last4}`);
  assert.equal(ok.status, 200);
  assert.match(ok.body, /Mới đăng ký/);
  assert.ok(!ok.body.includes(alice.data.so_dinh_danh));
  const byPhone = await get(B, `/tra-cuu?ma=${encodeURIComponent(alice.code.toLowerCase())}&so=${alice.data.dien_thoai.slice(-6)}`);
  assert.equal(byPhone.status, 200);
  const wrong = await get(B, `/tra-cuu?ma=${encodeURIComponent(alice.code)}&so=${last4 === '0000' ? '1111' : '0000'}`);
  const unknown = await get(B, '/tra-cuu?ma=000.00.09.H34-990101-9999&so=1234');
  assert.equal(wrong.status, 404);
  assert.equal(unknown.status, 404);
  const msg = (b) => b.match(/<div class="alert alert-error"[^>]*>([\s\S]*?)<\/div>/)[1];
  assert.equal(msg(wrong.body), msg(unknown.body));
  const short = await get(B, `/tra-cuu?ma=${encodeURIComponent(alice.code)}&so=12`);
  assert.equal(short.status, 422);
  for (let i = 0; i < 10; i++) await get(B, `/tra-cuu?ma=000.00.09.H34-990101-${String(i).padStart(4, '0')}&so=1234`);
  const blocked = await get(B, `/tra-cuu?ma=${encodeURIComponent(alice.code)}&so=${last4}`);
  assert.equal(blocked.status, 429);
  assert.match(blocked.body, /sai quá nhiều lần/);
  clearThrottle();
  const form = await get(B, '/tra-cuu');
  assert.equal(form.status, 200);
  assert.match(form.body, /Tra cứu hồ sơ/);
});

test('bad files: each refused with its own Vietnamese message next to its document, nothing stored, the draft keeps the rest', async () => {
  const id = await startDraft(B, bob, L3);
  const s = await slots(B, bob, id);
  const cases = JSON.parse(readFileSync(`${FIX}/cases.json`, 'utf8')).filter((c) => c.verdict !== 'FC_OK');
  const vi = readFileSync(`${ROOT}/templates/lang/vi.hdf`, 'utf8');
  const msgOf = (key) => vi.match(new RegExp(`^\\s*${key} = (.+)$`, 'm'))[1];
  for (const [i, c] of cases.entries()) {
    // a good file beside the first few bad ones (more would fill the
    // draft's quota of files before the end of the list)
    const r = await upload(B, bob, id, [
      { slot: s[0].id, filename: c.file, data: fixture(c.file), type: 'application/pdf' },
      ...(i < 5 ? [{ slot: s[1].id, filename: 'good.pdf', data: fixture('ok.pdf'), type: 'application/pdf' }] : []),
    ]);
    assert.equal(r.status, 422, `${c.file}: ${r.status}`);
    const box = r.body.match(new RegExp(`id="tep_${s[0].id}-loi">([\\s\\S]*?)</div>`));
    assert.ok(box, `${c.file}: a message by its field`);
    const want = msgOf(c.key).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    assert.ok(box[1].includes(want), `${c.file}: ${c.key}\n${box[1]}`);
    assert.ok(box[1].includes(c.file.replace(/&/g, '&amp;')), `${c.file}: the file is named`);
    await quarantineClears(`${c.file}: quarantine empty`);
  }
  // the good file of each post that had one was kept (the same bytes:
  // one store file)
  const names = sql(`SELECT DISTINCT name, ext FROM dossier_file WHERE dossier_id = ${id}`);
  assert.deepEqual(names, [['good.pdf', 'pdf']]);
  assert.equal(fileRows(id), 5);
  // none of the refused files entered the store (other files store their
  // own meanwhile, so the store is not compared as a whole)
  const stored = cases.filter((c) => existsSync(storePath(sha(fixture(c.file))))).map((c) => c.file);
  assert.deepEqual(stored, [], 'no refused file in the store');
  assert.ok(storeFiles().includes(sha(fixture('ok.pdf'))), 'the good file is');
  bob.draft = id;
  bob.slots = s;
});

test('content, not names: a PDF sent as photo.png with image/png is a PDF; a lying Content-Type changes nothing', async () => {
  const r = await upload(B, bob, bob.draft, [
    { slot: bob.slots[2].id, filename: 'photo.png', data: fixture('ok-objstm.pdf'), type: 'image/png' },
  ]);
  assert.equal(r.status, 303);
  // and it is shown and sent as a PDF: the name ends in .pdf
  const row = sql(`SELECT mime, ext FROM dossier_file WHERE dossier_id = ${bob.draft} AND name = 'photo.png.pdf'`)[0];
  assert.deepEqual(row, ['application/pdf', 'pdf']);
  const html = await upload(B, bob, bob.draft, [
    { slot: bob.slots[2].id, filename: 'scan.jpg', data: fixture('html.pdf'), type: 'image/jpeg' },
  ]);
  assert.equal(html.status, 422);
});

test('file names: path parts, NUL-free, controls and right-to-left override removed, NFC; display only', async () => {
  const names = [
    ['../../../etc/passwd.pdf', 'passwd.pdf'],
    ['C:\\Users\\x\\đơn.pdf', 'đơn.pdf'],
    ['invoice\u202Efdp.exe.pdf', 'invoicefdp.exe.pdf'],
    ['Tie\u0302\u0301ng Vie\u0323\u0302t.pdf', 'Tiếng Việt.pdf'],
    ['a\u0007b\u200Bc.pdf', 'abc.pdf'],
  ];
  for (const [sent, shown] of names) {
    const r = await upload(B, bob, bob.draft, [
      { slot: bob.slots[2].id, filename: sent, data: fixture('ok.pdf') },
    ]);
    assert.equal(r.status, 303, sent);
    const got = sql(`SELECT name FROM dossier_file WHERE dossier_id = ${bob.draft} ORDER BY id DESC LIMIT 1`)[0][0];
    assert.equal(got, shown, JSON.stringify(sent));
  }
  // a NUL in a part header is a broken request, refused whole
  const csrf = await bob.jar.token(B, `/ho-so/nhap/${bob.draft}`);
  const b = 'xYz123';
  const body = Buffer.concat([
    Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${csrf}\r\n`),
    Buffer.from(`--${b}\r\nContent-Disposition: form-data; name="tep_${bob.slots[2].id}"; filename="a\0.pdf"\r\n\r\n`),
    fixture('ok.pdf'), Buffer.from(`\r\n--${b}--\r\n`)]);
  const n0 = fileRows(bob.draft);
  const r = await request(B, 'POST', `/ho-so/nhap/${bob.draft}`, { headers: {
    'Content-Type': `multipart/form-data; boundary=${b}`, 'Content-Length': body.length, Cookie: bob.jar.header }, body });
  assert.equal(r.status, 400);
  assert.equal(fileRows(bob.draft), n0);
  await quarantineClears();
});

// tests/fixtures/file-names.json: what a client sends, the name cleaned,
// the type found in the content, the name every page shows and every
// download sends (the same cases as tests/unit/test_intake)
const NAMES = JSON.parse(readFileSync(`${ROOT}/tests/fixtures/file-names.json`, 'utf8'));
const OF_TYPE = { pdf: 'ok.pdf', jpg: 'ok.jpg', png: 'ok.png', tif: 'ok.tif' };
const html = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  .replace(/"/g, '&quot;').replace(/'/g, '&#39;');

test('misleading names: a stored file is shown and sent as <name>.<detected extension>, on the citizen\'s, the receipt\'s and the officer\'s pages and in both download headers', async () => {
  const who = await newCitizen(B);
  const id = await startDraft(B, who, L3);
  const s = await slots(B, who, id);
  const cases = NAMES.filter((c) => OF_TYPE[c.ext]);
  assert.ok(cases.length >= 18);
  const r = await upload(B, who, id, cases.map((c) => ({ slot: s[0].id, filename: c.sent, data: fixture(OF_TYPE[c.ext]) })));
  assert.equal(r.status, 303, r.body.slice(0, 2000));
  assert.equal((await upload(B, who, id, [
    { slot: s[1].id, filename: 'b.pdf', data: fixture('ok.pdf') },
    { slot: s[2].id, filename: 'c.pdf', data: fixture('ok.pdf') },
  ])).status, 303);
  const rows = sql(`SELECT id, name, ext FROM dossier_file WHERE dossier_id = ${id} AND doc_id = ${s[0].id} ORDER BY id`);
  assert.deepEqual(rows.map((x) => [x[1], x[2]]), cases.map((c) => [c.shown, c.ext]));
  const sent = (cd) => decodeURIComponent(cd.match(/; filename\*=UTF-8''(.+)$/)[1]);
  for (const [fid, shown, ext] of rows) {
    const dl = await who.jar.get(B, `/ho-so/tep/${fid}`);
    assert.equal(dl.status, 200);
    const cd = dl.headers['content-disposition'];
    assert.match(cd, new RegExp(`^attachment; filename="ho-so-${fid}\\.${ext}"; filename\\*=UTF-8''`), cd);
    assert.equal(sent(cd), shown, cd);
  }
  // the pages show the same names, and none of the names as sent
  const wrong = cases.filter((c) => c.name !== c.shown).map((c) => html(c.name));
  const shows = (body, what) => {
    const links = [...body.matchAll(/\/tep\/\d+"[^>]*>([^<]*)</g)].map((m) => m[1]);
    for (const c of cases) assert.ok(links.includes(html(c.shown)), `${what}: ${c.shown}`);
    for (const w of wrong) assert.ok(!links.includes(w), `${what}: not ${w}`);
  };
  shows((await who.jar.get(B, `/ho-so/nhap/${id}`)).body, 'draft');
  const review = (await who.jar.get(B, `/ho-so/nhap/${id}/xem-lai`)).body;
  for (const c of cases) assert.ok(review.includes(html(c.shown)), `review: ${c.shown}`);
  assert.equal((await submit(B, who, id)).status, 303);
  const code = sql(`SELECT code FROM dossier WHERE id = ${id}`)[0][0];
  const receipt = (await who.jar.get(B, `/ho-so/${code}/bien-nhan`)).body;
  const view = (await who.jar.get(B, `/ho-so/${code}`)).body;
  for (const c of cases) {
    assert.ok(receipt.includes(html(c.shown)), `receipt: ${c.shown}`);
    assert.ok(view.includes(html(c.shown)), `dossier page: ${c.shown}`);
  }
  const officer = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  shows((await officer.get(B, `/can-bo/ho-so/${code}`)).body, 'officer');
  for (const [fid, shown, ext] of rows.slice(0, 4)) {
    const f = await officer.get(B, `/can-bo/tep/${fid}`);
    assert.equal(f.status, 200);
    assert.match(f.headers['content-disposition'], new RegExp(`^inline; filename="[^"]+\\.${ext}"; `));
    assert.equal(sent(f.headers['content-disposition']), shown);
  }
});

test('names stored before: migration 012 gives them the ends the intake gives new ones', async () => {
  // rows as the intake stored them before this change: the cleaned name
  // as sent. Written in SQL to simulate that past (the pages cannot make
  // such a row any more), then the migration's own text is run again.
  const who = await newCitizen(B);
  const id = await startDraft(B, who, L3);
  const s = await slots(B, who, id);
  const cases = NAMES.filter((c) => OF_TYPE[c.ext]);
  const r = await upload(B, who, id, cases.map((c) => ({ slot: s[0].id, filename: 'x', data: fixture(OF_TYPE[c.ext]) })));
  assert.equal(r.status, 303);
  const ids = sql(`SELECT id FROM dossier_file WHERE dossier_id = ${id} ORDER BY id`).map((x) => x[0]);
  const lit = (t) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
  cases.forEach((c, i) => sql(`UPDATE dossier_file SET name = ${lit(c.name)} WHERE id = ${ids[i]}`));
  assert.deepEqual(sql(`SELECT name FROM dossier_file WHERE dossier_id = ${id} ORDER BY id`).map((x) => x[0]),
    cases.map((c) => c.name), 'the past, as it was');
  sql(readFileSync(`${ROOT}/sql/012-file-names.sql`, 'utf8'));
  assert.deepEqual(sql(`SELECT name FROM dossier_file WHERE dossier_id = ${id} ORDER BY id`).map((x) => x[0]),
    cases.map((c) => c.shown));
  assert.equal(Number(sql(`SELECT COUNT(*) FROM schema_migration WHERE version = 12`)[0][0]), 1, 'applied by dvcctl migrate');
});

test('PDFs people make pass: Chromium, LibreOffice, Ghostscript, a scan, forms, internal links; none is refused', async () => {
  const who = await newCitizen(B);
  const id = await startDraft(B, who, L3);
  const s = await slots(B, who, id);
  const pdfs = JSON.parse(readFileSync(`${FIX}/cases.json`, 'utf8')).filter((c) => c.verdict === 'FC_OK' && c.ext === 'pdf');
  assert.ok(pdfs.length >= 10);
  const r = await upload(B, who, id, pdfs.map((c) => ({ slot: s[0].id, filename: c.file, data: fixture(c.file) })));
  assert.equal(r.status, 303, r.body.match(/id="tep_\d+-loi">([\s\S]*?)<\/div>/)?.[1]);
  assert.deepEqual(sql(`SELECT name FROM dossier_file WHERE dossier_id = ${id} ORDER BY id`).map((x) => x[0]),
    pdfs.map((c) => c.file));
  await quarantineClears();
});

test('removing files from a draft; quotas per dossier; the other person\'s draft is out of reach', async () => {
  const ids = sql(`SELECT id FROM dossier_file WHERE dossier_id = ${bob.draft} ORDER BY id`).map((x) => x[0]);
  const csrf = await bob.jar.token(B, `/ho-so/nhap/${bob.draft}`);
  const r = await postMultipart(bob.jar, B, `/ho-so/nhap/${bob.draft}`,
    { csrf, ...applicant(bob.data), tiep: 'luu', [`xoa_${ids[0]}`]: '1', [`xoa_${ids[1]}`]: '1' }, []);
  assert.equal(r.status, 303);
  assert.equal(fileRows(bob.draft), ids.length - 2);
  // alice cannot see, change or remove bob's draft
  assert.equal((await alice.jar.get(B, `/ho-so/nhap/${bob.draft}`)).status, 404);
  const t = await alice.jar.token(B, `/ho-so/nhap/${alice.draft}/xem-lai`).catch(() => null);
  const ta = t || await alice.jar.token(B, '/ho-so/nop/' + L3);
  const steal = await postMultipart(alice.jar, B, `/ho-so/nhap/${bob.draft}`,
    { csrf: ta, ...applicant(alice.data), [`xoa_${ids[2]}`]: '1' }, []);
  assert.equal(steal.status, 404);
  assert.equal((await alice.jar.post(B, `/ho-so/nhap/${bob.draft}/xoa`, { csrf: ta })).status, 404);
  assert.equal(fileRows(bob.draft), ids.length - 2);
  // the per-dossier count limit (Dossier.MaxFiles, 60)
  const have = fileRows(bob.draft);
  const file = (i) => ({ slot: bob.slots[2].id, filename: `p${i}.pdf`, data: fixture('ok.pdf') });
  let n = have;
  while (n < 60) {
    const k = Math.min(20, 60 - n);
    const r2 = await upload(B, bob, bob.draft, Array.from({ length: k }, (_, i) => file(n + i)));
    assert.equal(r2.status, 303, `filling to 60: ${n}`);
    n += k;
  }
  const q3 = await upload(B, bob, bob.draft, [file(99)]);
  assert.equal(q3.status, 422);
  assert.match(q3.body, /Hồ sơ đã có đủ số tệp tối đa/);
  assert.equal(fileRows(bob.draft), 60);
});

test('file size: exactly Upload.FileMax is accepted, one byte more is refused with a message; Upload.BodyMax is a 413', async () => {
  const max = Number(readFileSync(CONFIG, 'utf8').match(/^Upload\.FileMax = (\d+)$/m)?.[1] ?? 20971520);
  const id = await startDraft(B, alice, L3, { ma_phieu: crypto.randomBytes(16).toString('base64url') });
  const s = await slots(B, alice, id);
  const exact = pdfOf(max);
  assert.equal(exact.length, max);
  const ok = await upload(B, alice, id, [{ slot: s[0].id, filename: 'max.pdf', data: exact }]);
  assert.equal(ok.status, 303, ok.body.slice(0, 1500));
  // downloaded whole, through both web servers: the responder sends it
  // from the file a chunk at a time after the headers (core/http.c), so
  // the length it announces must be the bytes it sends; HEAD: the length
  // and no body
  const [fid] = sql(`SELECT id FROM dossier_file WHERE dossier_id = ${id} AND name = 'max.pdf'`)[0];
  for (const base of [B, APACHE]) {
    const d = await alice.jar.get(base, `/ho-so/tep/${fid}`);
    assert.equal(d.status, 200, base);
    assert.equal(Number(d.headers['content-length']), max, base);
    assert.ok(d.raw.equals(exact), `byte for byte through ${base}`);
  }
  const h = await request(B, 'HEAD', `/ho-so/tep/${fid}`, { headers: { Cookie: alice.jar.header } });
  assert.equal(h.status, 200);
  assert.equal(Number(h.headers['content-length']), max);
  assert.equal(h.raw.length, 0);
  assert.match(logText(), new RegExp(`path="/ho-so/tep/${fid}" st="200" bytes="${max}"`), 'the log has the bytes sent');
  const over = await upload(B, alice, id, [{ slot: s[0].id, filename: 'over.pdf', data: Buffer.concat([exact, Buffer.from(' ')]) }]);
  assert.equal(over.status, 422);
  assert.match(over.body, /vượt quá dung lượng cho phép/);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM dossier_file WHERE dossier_id = ${id} AND name = 'over.pdf'`)[0][0]), 0);
  await quarantineClears();
  // Upload.BodyMax: the responder refuses by the declared length alone,
  // before reading (FastCGI straight, as nginx would pass it on)
  const bodyMax = Number(readFileSync(CONFIG, 'utf8').match(/^Upload\.BodyMax = (\d+)$/m)?.[1] ?? 62914560);
  const { fcgi } = await import('../lib/fcgi.mjs');
  const big = await fcgi({
    method: 'POST', uri: `/ho-so/nhap/${id}`, sock: `${RUN}/sock/dossier.sock`,
    env: { CONTENT_TYPE: 'multipart/form-data; boundary=b', CONTENT_LENGTH: String(bodyMax + 1), HTTP_COOKIE: alice.jar.header },
    body: '--b--\r\n',
  });
  assert.equal(big.status, 413);
  // and nginx's own fence, a little above it, answers before any body
  const fence = await raw(B, `POST /ho-so/nhap/${id} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${alice.jar.header}\r\n` +
    `Content-Type: multipart/form-data; boundary=abc\r\nContent-Length: ${64 * 1048576}\r\nConnection: close\r\n\r\n`);
  assert.match(fence, /^HTTP\/1\.1 413/);
});

test('multipart protocol: broken framing is refused whole, no worker dies, nothing stays in the quarantine', async () => {
  const csrf = await bob.jar.token(B, `/ho-so/nhap/${bob.draft}`);
  const slot = `tep_${bob.slots[0].id}`;
  const n0 = fileRows(bob.draft);
  const send = (type, body) => request(B, 'POST', `/ho-so/nhap/${bob.draft}`, {
    headers: { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), Cookie: bob.jar.header }, body });
  const part = (b, extra = '') => `--${b}\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${csrf}\r\n` +
    `--${b}\r\nContent-Disposition: form-data; name="${slot}"; filename="a.pdf"${extra}\r\n\r\n%PDF-1.4 x\r\n`;
  const cases = [
    ['no boundary', 'multipart/form-data', part('b') + '--b--\r\n'],
    ['boundary of 71 characters', `multipart/form-data; boundary=${'b'.repeat(71)}`, part('b'.repeat(71)) + `--${'b'.repeat(71)}--\r\n`],
    ['no final boundary', 'multipart/form-data; boundary=b', part('b')],
    ['bare LF in part headers', 'multipart/form-data; boundary=b', `--b\nContent-Disposition: form-data; name="csrf"\n\n${csrf}\r\n--b--\r\n`],
    ['two Content-Disposition', 'multipart/form-data; boundary=b',
      `--b\r\nContent-Disposition: form-data; name="x"\r\nContent-Disposition: form-data; name="y"\r\n\r\n1\r\n--b--\r\n`],
    ['filename*', 'multipart/form-data; boundary=b', part('b', `; filename*=UTF-8''a.pdf`) + '--b--\r\n'],
    ['no name', 'multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data\r\n\r\n1\r\n--b--\r\n'],
    ['a name with a dot', 'multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="a.FileHandle"\r\n\r\n1\r\n--b--\r\n'],
  ];
  for (const [what, type, body] of cases) {
    const r = await send(type, body);
    assert.equal(r.status, 400, what);
    assert.match(r.body, /Mã tham chiếu|tham chiếu/, `${what}: the error page`);
  }
  // text before the first boundary is a preamble (RFC 2046), ignored:
  // here it hides the CSRF part, so the request is refused as forged
  assert.equal((await send('multipart/form-data; boundary=b', 'junk' + part('b') + '--b--\r\n')).status, 403);
  // a duplicate field name is refused by the field schema (once only)
  const dup = await send('multipart/form-data; boundary=b',
    `--b\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${csrf}\r\n` +
    '--b\r\nContent-Disposition: form-data; name="ho_ten"\r\n\r\nA B\r\n' +
    '--b\r\nContent-Disposition: form-data; name="ho_ten"\r\n\r\nC D\r\n--b--\r\n');
  assert.equal(dup.status, 422);
  // too many parts
  let many = `--b\r\nContent-Disposition: form-data; name="csrf"\r\n\r\n${csrf}\r\n`;
  for (let i = 0; i < 70; i++) many += `--b\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\n1\r\n`;
  assert.equal((await send('multipart/form-data; boundary=b', many + '--b--\r\n')).status, 413);
  // without the CSRF token: nothing stored
  const nocsrf = await send('multipart/form-data; boundary=b',
    `--b\r\nContent-Disposition: form-data; name="${slot}"; filename="a.pdf"\r\n\r\n${fixture('ok.pdf')}\r\n--b--\r\n`);
  assert.equal(nocsrf.status, 403);
  // multipart where no files are expected
  const other = await request(B, 'POST', '/tai-khoan/dang-nhap', { headers: {
    'Content-Type': 'multipart/form-data; boundary=b', 'Content-Length': 8 }, body: '--b--\r\n\r\n' });
  assert.equal(other.status, 415);
  assert.equal(fileRows(bob.draft), n0);
  await quarantineClears();
  // the responder still answers
  assert.equal((await bob.jar.get(B, `/ho-so/nhap/${bob.draft}`)).status, 200);
});

test('a POST without Content-Length gets 411 from the responder (FastCGI, no web server in between)', async () => {
  const { fcgi } = await import('../lib/fcgi.mjs');
  const r = await fcgi({
    method: 'POST', uri: `/ho-so/nhap/${bob.draft}`, sock: `${RUN}/sock/dossier.sock`,
    env: { CONTENT_TYPE: 'multipart/form-data; boundary=b', CONTENT_LENGTH: '', HTTP_COOKIE: bob.jar.header },
    body: '--b--\r\n',
  });
  assert.equal(r.status, 411);
  assert.match(r.body, /tham chiếu/);
});

test('Apache: an upload through mod_fcgid is checked and stored the same way', async () => {
  const jar = new Jar();
  for (const [k, v] of bob.jar.c) jar.c.set(k, v);
  const who = { jar, data: bob.data };
  const id = await startDraft(APACHE, who, L3, { ma_phieu: crypto.randomBytes(16).toString('base64url') });
  const s = await slots(APACHE, who, id);
  const r = await upload(APACHE, who, id, [
    { slot: s[0].id, filename: 'a.pdf', data: fixture('ok.pdf') },
    { slot: s[1].id, filename: 'js.pdf', data: fixture('js.pdf') },
  ]);
  assert.equal(r.status, 422);
  assert.match(r.body, /mã JavaScript/);
  assert.deepEqual(sql(`SELECT name FROM dossier_file WHERE dossier_id = ${id}`), [['a.pdf']]);
});

test('account erasure waits while a dossier is open; drafts go with the account', async () => {
  const csrf = await alice.jar.token(B, '/tai-khoan/xoa');
  const r = await alice.jar.post(B, '/tai-khoan/xoa', { csrf, mat_khau: alice.data.mat_khau });
  assert.equal(r.status, 409);
  assert.equal(sql(`SELECT status FROM account WHERE id = ${alice.id}`)[0][0], 'active');
});

test('officers do not submit through the citizen pages', async () => {
  const jar = await staffLogin(B, outsiderEmail());
  const page = await jar.get(B, `/ho-so/nop/${L3}`);
  assert.equal(page.status, 200);
  assert.match(page.body, /Tài khoản cán bộ không dùng để nộp hồ sơ/);
  const csrf = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  const r = await jar.post(B, `/ho-so/nop/${L3}`, {
    ho_ten: 'Lê Minh Đức', so_dinh_danh: '062090123456', dien_thoai: '0912345678', dia_chi: '1 Trần Hưng Đạo',
    csrf, ma_phieu: crypto.randomBytes(16).toString('base64url') });
  assert.equal(r.status, 403);
});

test('sweeper: dvcctl store sweep removes old quarantine leftovers and unreferenced files, keeps every file a dossier uses', async () => {
  // the files dossiers use and the store has (the transition table's
  // test, running beside this one, names a hash it never stores)
  const used = sql('SELECT DISTINCT sha256 FROM dossier_file').map((x) => x[0])
    .filter((h) => existsSync(storePath(h)));
  assert.ok(used.length > 0);
  // files as the responders' account would have stored them: folders
  // this root process makes must not keep the responders out of them
  const { mkdirSync, chownSync } = await import('node:fs');
  const { execFileSync } = await import('node:child_process');
  const uid = Number(execFileSync('id', ['-u', 'www-data'], { encoding: 'utf8' }));
  const gid = Number(execFileSync('id', ['-g', 'www-data'], { encoding: 'utf8' }));
  const put = (bytes) => {
    const h = sha(bytes);
    const dirs = [`${STORE}/${h.slice(0, 2)}`, `${STORE}/${h.slice(0, 2)}/${h.slice(2, 4)}`];
    for (const d of dirs) if (!existsSync(d)) { mkdirSync(d, { mode: 0o700 }); chownSync(d, uid, gid); }
    const path = `${dirs[1]}/${h}`;
    writeFileSync(path, bytes);
    chownSync(path, uid, gid);
    return path;
  };
  const op = put(crypto.randomBytes(40));
  const yp = put(crypto.randomBytes(40));
  const q = `${QUAR}/q-0123456789abcdef01234567`;
  writeFileSync(q, 'left over');
  const old = Date.now() / 1000 - 48 * 3600;
  utimesSync(op, old, old);
  utimesSync(q, old, old);
  for (const h of used) {
    const p = `${STORE}/${h.slice(0, 2)}/${h.slice(2, 4)}/${h}`;
    utimesSync(p, old, old);
  }
  const r = spawnSync(`${BUILD}/dvcctl`, ['-c', CONFIG, 'store', 'sweep'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(!existsSync(op), 'an old unreferenced file goes');
  assert.ok(!existsSync(q), 'an old quarantine file goes');
  assert.ok(existsSync(yp), 'a young file stays (its transaction may be in flight)');
  for (const h of used) assert.ok(existsSync(`${STORE}/${h.slice(0, 2)}/${h.slice(2, 4)}/${h}`), `${h} is used and stays`);
  assert.match(r.stdout, /1 .*quarantine/);
});

test('GET never changes a dossier; the log carries no ID numbers or file names', async () => {
  // this file's citizens' dossiers (other files change theirs meanwhile)
  const mine = `SELECT COUNT(*), COALESCE(SUM(version), 0) FROM dossier WHERE owner_id IN (${alice.id}, ${bob.id})`;
  const before = sql(mine)[0].join();
  for (const p of ['/ho-so', `/ho-so/${alice.code}`, `/ho-so/${alice.code}/bien-nhan`, `/ho-so/nhap/${bob.draft}`,
    `/ho-so/nhap/${bob.draft}/xem-lai`, `/ho-so/nop/${L3}`]) {
    await alice.jar.get(B, p);
    await bob.jar.get(B, p);
  }
  assert.equal(sql(mine)[0].join(), before);
  const log = logText();
  assert.ok(!log.includes(alice.data.so_dinh_danh), 'no ID number in the log');
  assert.ok(!log.includes('ảnh giấy tờ'), 'no file names in the log');
});
