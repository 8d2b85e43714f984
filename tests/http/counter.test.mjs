// Dossiers received at the counter or by post (issue 15, section 3)
// through nginx: reception enters the applicant (found by ID number or
// typed: no account), the channel, the procedure; scans each paper
// (the online upload's checks) and compares it with its original; the
// dossier gets a code of the same series, the receipt with its QR, Form
// 01 by mail where an address is known, and then the same workflow to
// its return. The bad input (each field named in form order, nothing
// lost), the same paper dossier entered twice (confirmation), the
// citizen's claim with code and ID number (right and wrong), and the
// channel in the period report.
import { test, assert } from '../lib/t.mjs';
import { NGINX, CLIENT_IP, clearThrottle, sql } from '../lib/env.mjs';
import { newCitizen, newCccd, newPhone, staffLogin, lastMail } from '../lib/account.mjs';
import { postMultipart } from '../lib/dossier.mjs';
import {
  L3, fixture, row, events, step, payCounter, proposeResult as proposeBy,
} from '../lib/office.mjs';
import { reportJson, vnDay } from '../lib/report.mjs';

const B = NGINX;
const FORM = '/can-bo/tiep-nhan/truc-tiep';

let reception;
let specialist;
let leader;

// The entry form's fields for a person without an account.
function person(over = {}) {
  return {
    so_dinh_danh: newCccd(1975), ho_ten: 'Trần Văn Bình', ngay_sinh: '02/09/1975',
    dien_thoai: newPhone(), email: `binh.${Date.now()}.${process.pid}@example.vn`,
    dia_chi: '45 Trần Hưng Đạo, phường Thắng Lợi, Kon Tum', kenh: 'quay', thu_tuc: L3,
    ...over,
  };
}

// Posts the entry form as the page carries it (its CSRF token and
// one-time token); returns the response.
async function enter(fields) {
  const page = await reception.get(B, FORM);
  assert.equal(page.status, 200);
  const csrf = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  const token = page.body.match(/name="ma_phieu" value="([^"]+)"/)[1];
  return reception.post(B, FORM, { csrf, ma_phieu: token, ...fields });
}

// The draft's document slots on its page: [{ id, name }].
async function papers(id) {
  const page = await reception.get(B, `${FORM}/${id}`);
  assert.equal(page.status, 200, page.body.slice(0, 800));
  return [...page.body.matchAll(/<fieldset class="group doc[^"]*" id="muc-(\d+)">\s*<legend>\d+\. ([^<]+)<\/legend>/g)]
    .map((m) => ({ id: Number(m[1]), name: m[2] }));
}

// Posts the papers' form: files [{ slot, filename, data, type }], the
// documents ticked as compared, and the step (luu or tiep-nhan).
async function savePapers(id, files, compared, next) {
  const csrf = await reception.token(B, `${FORM}/${id}`);
  const fields = { csrf, tiep: next };
  for (const c of compared) fields[`doi_chieu_${c}`] = '1';
  return postMultipart(reception, B, `${FORM}/${id}`, fields,
    files.map((f) => ({ name: `tep_${f.slot}`, filename: f.filename, type: f.type, data: f.data })));
}

const draftId = (r) => Number(r.headers.location.match(/\/can-bo\/tiep-nhan\/truc-tiep\/(\d+)$/)[1]);

// Entered, every paper scanned and compared, received: { id, code, data }.
async function received(fields) {
  const r = await enter(fields);
  assert.equal(r.status, 303, r.body.slice(0, 2000));
  const id = draftId(r);
  const s = await papers(id);
  const files = s.map((x, i) => ({ slot: x.id, filename: `bản quét ${i}.pdf`, data: fixture('ok.pdf'), type: 'application/pdf' }));
  const done = await savePapers(id, files, s.map((x) => x.id), 'tiep-nhan');
  assert.equal(done.status, 303, done.body.slice(0, 2000));
  const code = row(id, 'code')[0];
  assert.equal(done.headers.location, `/ho-so/${code}/bien-nhan`);
  return { id, code, slots: s, data: fields };
}

test('logins; the reception queue links the entry form, which lists the agency\'s procedures; other roles may not enter', async () => {
  reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  specialist = await staffLogin(B, 'chuyenvien@tuphap.kontum.demo');
  leader = await staffLogin(B, 'lanhdao@tuphap.kontum.demo');
  const queue = await reception.get(B, '/can-bo/tiep-nhan');
  assert.match(queue.body, /href="\/can-bo\/tiep-nhan\/truc-tiep">Nhận hồ sơ trực tiếp hoặc qua bưu chính</);
  const form = await reception.get(B, FORM);
  assert.equal(form.status, 200);
  assert.match(form.headers['cache-control'], /no-store/);
  assert.match(form.body, new RegExp(`<option value="${L3.replace('.', '\\.')}">`));
  assert.match(form.body, /Nộp trực tiếp tại quầy/);
  assert.match(form.body, /Gửi qua dịch vụ bưu chính/);
  assert.equal((await specialist.get(B, FORM)).status, 403);
  const citizen = await newCitizen(B);
  assert.equal((await citizen.jar.get(B, FORM)).status, 403);
}, { timeout: 120000 });

test('bad input: each missing or invalid field named in Vietnamese in form order, the values back in the form, nothing made', async () => {
  // the dossiers reception entered for this file's applicants (other
  // files make dossiers meanwhile, the browser's counter test among them)
  const entered = () => Number(sql(`SELECT COUNT(*) FROM dossier WHERE entered_by IS NOT NULL
    AND applicant_name IN ('Lê Thị Cúc', 'Trần Văn Bình')`)[0][0]);
  const before = entered();
  const r = await enter({ so_dinh_danh: '123', ho_ten: 'Lê Thị Cúc', dien_thoai: '12', dia_chi: '', kenh: 'fax', thu_tuc: '' });
  assert.equal(r.status, 422);
  const summary = r.body.match(/id="loi-bieu-mau"[^>]*>([\s\S]*?)<\/div>/)[1];
  const named = [...summary.matchAll(/<a href="#([a-z_]+)">/g)].map((m) => m[1]);
  assert.deepEqual(named, ['so_dinh_danh', 'dien_thoai', 'dia_chi', 'kenh', 'thu_tuc']);
  assert.match(summary, /Số định danh cá nhân \(CCCD\):/);
  assert.ok(!/[A-Z][a-z]+\.[A-Z]/.test(summary), 'no language keys shown');
  // what was typed comes back
  assert.match(r.body, /id="ho_ten" name="ho_ten" type="text" value="Lê Thị Cúc"/);
  assert.match(r.body, /id="dien_thoai" name="dien_thoai" type="tel" value="12"/);
  assert.match(r.body, /id="so_dinh_danh" name="so_dinh_danh" type="text" value="123"/);
  // a procedure the agency does not take at its counter: named by its field
  const other = await enter(person({ thu_tuc: '9.999999' }));
  assert.equal(other.status, 422);
  assert.match(other.body, /Cơ quan của bạn không tiếp nhận thủ tục này/);
  assert.equal(entered(), before);
  // without the CSRF token: refused
  const page = await reception.get(B, FORM);
  const token = page.body.match(/name="ma_phieu" value="([^"]+)"/)[1];
  assert.equal((await reception.post(B, FORM, { ma_phieu: token, ...person() })).status, 403);
}, { timeout: 120000 });

test('the applicant found by ID number fills the form; an unknown number says to type the data', async () => {
  const citizen = await newCitizen(B);
  const r = await enter({ so_dinh_danh: citizen.data.so_dinh_danh, tim: '1' });
  assert.equal(r.status, 200);
  assert.match(r.body, /Đã tìm thấy tài khoản của người nộp/);
  assert.match(r.body, new RegExp(`id="ho_ten" name="ho_ten" type="text" value="${citizen.data.ho_ten}"`));
  assert.match(r.body, new RegExp(`value="${citizen.data.dien_thoai}"`));
  const none = await enter({ so_dinh_danh: newCccd(1980), tim: '1' });
  assert.equal(none.status, 200);
  assert.match(none.body, /Chưa có tài khoản nào với số định danh này/);
  // the dossier entered for them is theirs from the start, mailed to their account
  const d = await received(person({
    so_dinh_danh: citizen.data.so_dinh_danh, ho_ten: citizen.data.ho_ten,
    ngay_sinh: citizen.data.ngay_sinh, email: '',
  }));
  assert.equal(row(d.id, 'owner_id')[0], String(citizen.id));
  assert.match(lastMail(citizen.data.email).subject, /Giấy tiếp nhận/);
  const list = await citizen.jar.get(B, '/ho-so');
  assert.ok(list.body.includes(d.code), 'in the citizen\'s list');
}, { timeout: 180000 });

test('a counter dossier without an account, from entry to return: papers checked as online, compared, the code of the same series, the receipt with QR, Form 01 by mail, the workflow to the return at the counter', async () => {
  const fields = person();
  const r = await enter(fields);
  assert.equal(r.status, 303, r.body.slice(0, 2000));
  const id = draftId(r);
  assert.deepEqual(row(id, 'status, channel, owner_id IS NULL, applicant_id_number'),
    ['0', 'counter', '1', fields.so_dinh_danh]);
  // the draft is reception's: not the specialist's, not public
  assert.equal((await specialist.get(B, `${FORM}/${id}`)).status, 403);
  const s = await papers(id);
  assert.ok(s.length >= 1, 'the procedure\'s documents');
  // a refused file is named by its document with the reason; the good one is kept
  const bad = await savePapers(id, [
    { slot: s[0].id, filename: 'trang.svg', data: fixture('image.svg'), type: 'image/svg+xml' },
    { slot: s[0].id, filename: 'giấy 1.pdf', data: fixture('ok.pdf'), type: 'application/pdf' },
  ], [], 'luu');
  assert.equal(bad.status, 422);
  assert.match(bad.body, /Tệp là trang web hoặc ảnh SVG/);
  assert.match(bad.body, /giấy 1\.pdf/);
  assert.equal(sql(`SELECT COUNT(*) FROM dossier_file WHERE dossier_id = ${id}`)[0][0], '1');
  // the rest of the papers, not yet compared: receiving is refused and says which
  const rest = s.slice(1).map((x, i) => ({ slot: x.id, filename: `giấy ${i + 2}.pdf`, data: fixture('ok.pdf'), type: 'application/pdf' }));
  const uncompared = await savePapers(id, rest, [], 'tiep-nhan');
  assert.equal(uncompared.status, 422);
  assert.match(uncompared.body, /Cần đối chiếu với bản chính/);
  assert.match(uncompared.body, new RegExp(`href="#doi_chieu_${s[0].id}"`));
  assert.equal(row(id, 'status')[0], '0');
  // compared: received
  const done = await savePapers(id, [], s.map((x) => x.id), 'tiep-nhan');
  assert.equal(done.status, 303, done.body.slice(0, 2000));
  const code = row(id, 'code')[0];
  assert.equal(done.headers.location, `/ho-so/${code}/bien-nhan`);
  const d = { id, code };
  // the same series as online: the agency's code, the day, its number
  assert.match(code, /^000\.00\.09\.H34-\d{6}-\d{4}$/);
  assert.deepEqual(row(id, 'status, clock, paper_pending, declared_at IS NOT NULL, fee_amount'),
    ['2', 'running', '0', '1', '100000']);
  assert.deepEqual(events(id), ['draft', 'submit', 'accept']);
  assert.equal(sql(`SELECT COUNT(*) FROM dossier_doc WHERE dossier_id = ${id} AND compared_by IS NULL`)[0][0], '0');
  // Form 01 to the address reception entered
  assert.match(lastMail(fields.email).subject, /Giấy tiếp nhận/);
  assert.equal(sql(`SELECT COUNT(*) FROM notice WHERE dossier_id = ${id} AND kind = 'receipt'`)[0][0], '1');
  // the printed receipt with its QR, for reception
  const receipt = await reception.get(B, `/ho-so/${code}/bien-nhan`);
  assert.equal(receipt.status, 200);
  assert.match(receipt.body, /<svg[^>]*role="img"/);
  assert.match(receipt.body, new RegExp(code.replace(/\./g, '\\.')));
  // posting the papers again changes nothing: its page now
  const again = await reception.get(B, `${FORM}/${id}`);
  assert.equal(again.status, 303);
  assert.equal(again.headers.location, `/can-bo/ho-so/${code}`);
  // the officer's page names how it came, in words; with a mail address
  // nothing needs printing
  const office = await reception.get(B, `/can-bo/ho-so/${code}`);
  assert.match(office.body, /Nộp hồ sơ trực tiếp hoặc qua bưu chính/);
  assert.match(office.body, /id="hinh-thuc-nop">Nộp trực tiếp tại quầy \(chưa có tài khoản\)</);
  assert.ok(!office.body.includes('id="in-thong-bao"'));
  // the same workflow: fee at the counter, forward, result, approval, return at the counter
  await payCounter(reception, d);
  assert.equal((await step(reception, d, 'chuyen-xu-ly')).status, 303);
  assert.equal((await proposeBy(specialist, d)).status, 303);
  assert.equal((await step(leader, d, 'duyet-ket-qua')).status, 303);
  assert.equal(row(id, 'status')[0], '9');
  assert.match(lastMail(fields.email).subject, /đã có kết quả/);
  assert.equal((await step(reception, d, 'tra-ket-qua', { hinh_thuc: 'counter' })).status, 303);
  assert.deepEqual(row(id, 'status, return_method'), ['10', 'counter']);
  assert.deepEqual(events(id).slice(-5), ['pay_counter', 'forward', 'propose_result', 'approve_result', 'deliver']);
}, { timeout: 240000 });

test('two entries of the same paper dossier at the same moment: one is made, the other asks for confirmation', async () => {
  // two forms open (two tabs, two officers' worth of tokens), sent at once,
  // a few times over: the check and the insert are one locked step
  for (let round = 0; round < 4; round++) {
    const fields = person();
    const forms = [];
    for (let i = 0; i < 2; i++) {
      const page = await reception.get(B, FORM);
      forms.push({ csrf: page.body.match(/name="csrf" value="([^"]+)"/)[1],
        ma_phieu: page.body.match(/name="ma_phieu" value="([^"]+)"/)[1] });
    }
    const rs = await Promise.all(forms.map((f) => reception.post(B, FORM, { ...f, ...fields })));
    assert.deepEqual(rs.map((r) => r.status).sort(), [303, 409], `round ${round}: ${rs.map((r) => r.status)}`);
    assert.equal(sql(`SELECT COUNT(*) FROM dossier WHERE applicant_id_number = '${fields.so_dinh_danh}'`)[0][0], '1');
  }
}, { timeout: 120000 });

test('the same paper dossier twice the same day asks for confirmation before the second', async () => {
  const fields = person();
  const first = await enter(fields);
  assert.equal(first.status, 303);
  const twice = await enter(fields);
  assert.equal(twice.status, 409);
  assert.match(twice.body, /Hôm nay đã có hồ sơ của người này cho cùng thủ tục/);
  assert.match(twice.body, /name="xac_nhan"/);
  assert.match(twice.body, new RegExp(`value="${fields.dien_thoai}"`), 'the values are kept');
  assert.equal(sql(`SELECT COUNT(*) FROM dossier WHERE applicant_id_number = '${fields.so_dinh_danh}'`)[0][0], '1');
  const confirmed = await enter({ ...fields, xac_nhan: '1' });
  assert.equal(confirmed.status, 303);
  assert.equal(sql(`SELECT COUNT(*) FROM dossier WHERE applicant_id_number = '${fields.so_dinh_danh}'`)[0][0], '2');
  // received without its required papers: refused in words, still a draft
  const empty = await savePapers(draftId(confirmed), [], [], 'tiep-nhan');
  assert.equal(empty.status, 422);
  assert.match(empty.body, /Hồ sơ còn thiếu giấy tờ bắt buộc/);
  assert.equal(row(draftId(confirmed), 'status, code IS NULL, declared_at IS NULL').join(), '0,1,1');
  // by post, the other channel
  assert.equal(row(draftId(confirmed), 'channel')[0], 'counter');
  // by post, without a mail address: reception is told to print the notices
  const sent = await received({ ...person(), kenh: 'buu-chinh', email: '' });
  assert.deepEqual(row(sent.id, 'channel, applicant_email IS NULL'), ['post', '1']);
  const page = await reception.get(B, `/can-bo/ho-so/${sent.code}`);
  assert.match(page.body, /id="hinh-thuc-nop">Gửi qua dịch vụ bưu chính/);
  assert.match(page.body, /id="in-thong-bao"[^>]*><p>Người nộp chưa có tài khoản và không khai thư điện tử/);
}, { timeout: 120000 });

test('the citizen claims a counter dossier with its code and their own ID number; another\'s ID number or a wrong code is refused in words', async () => {
  const fields = person();
  const d = await received(fields);
  const who = await newCitizen(B, { so_dinh_danh: fields.so_dinh_danh, ngay_sinh: fields.ngay_sinh });
  const list = await who.jar.get(B, '/ho-so');
  assert.match(list.body, /Nhận hồ sơ đã nộp trực tiếp vào tài khoản/);
  const csrf = list.body.match(/name="csrf" value="([^"]+)"/)[1];
  // an ID number that is not the account's own: refused before any
  // lookup (knowing another's code and ID number does not make their
  // dossier yours), the values kept, nothing counted
  clearThrottle();
  const notMine = await who.jar.post(B, '/ho-so/nhan-ho-so', { csrf, ma: d.code, so_dinh_danh: newCccd(1975) });
  assert.equal(notMine.status, 422);
  assert.match(notMine.body, /Số định danh này không phải số định danh của tài khoản bạn đang dùng/);
  assert.match(notMine.body, new RegExp(`id="ma" name="ma" type="text" value="${d.code.replace(/\./g, '\\.')}"`));
  assert.equal(sql(`SELECT COUNT(*) FROM track_throttle WHERE client_ip = '${CLIENT_IP}'`)[0][0], '0');
  assert.equal(row(d.id, 'owner_id IS NULL')[0], '1');
  // a wrong code with one's own ID number: refused, nothing changes; it
  // counts against the address as a wrong tracking lookup does
  const wrongCode = d.code.replace(/\d$/, (x) => String((Number(x) + 5) % 10));
  const wrong = await who.jar.post(B, '/ho-so/nhan-ho-so', { csrf, ma: wrongCode, so_dinh_danh: fields.so_dinh_danh });
  assert.equal(wrong.status, 404);
  assert.equal(sql(`SELECT failures FROM track_throttle WHERE client_ip = '${CLIENT_IP}'`)[0][0], '1');
  assert.match(wrong.body, /Mã hồ sơ hoặc số định danh không đúng/);
  assert.equal(row(d.id, 'owner_id IS NULL')[0], '1');
  // a malformed one: named by its field
  const bad = await who.jar.post(B, '/ho-so/nhan-ho-so', { csrf, ma: d.code, so_dinh_danh: '12' });
  assert.equal(bad.status, 422);
  assert.match(bad.body, /href="#so_dinh_danh"/);
  // another citizen's view of it: not theirs
  assert.equal((await who.jar.get(B, `/ho-so/${d.code}`)).status, 404);
  // guessing is limited: after Track.FreeFailures wrong pairs, even the
  // right one waits (429, in words)
  let tries = 1;
  let r;
  while ((r = await who.jar.post(B, '/ho-so/nhan-ho-so', { csrf, ma: wrongCode, so_dinh_danh: fields.so_dinh_danh })).status === 404 && tries < 50) tries += 1;
  assert.equal(r.status, 429, `limited after ${tries} wrong pairs`);
  assert.match(r.body, /Bạn đã nhập sai quá nhiều lần/);
  const limited = await who.jar.post(B, '/ho-so/nhan-ho-so', { csrf, ma: d.code, so_dinh_danh: fields.so_dinh_danh });
  assert.equal(limited.status, 429);
  assert.equal(row(d.id, 'owner_id IS NULL')[0], '1');
  clearThrottle();
  // the right pair (the code as typed, in any case)
  const ok = await who.jar.post(B, '/ho-so/nhan-ho-so', { csrf, ma: d.code.toLowerCase(), so_dinh_danh: fields.so_dinh_danh });
  assert.equal(ok.status, 303);
  assert.equal(ok.headers.location, '/ho-so?da-nhan=1');
  assert.equal(row(d.id, 'owner_id')[0], String(who.id));
  const after = await who.jar.get(B, '/ho-so?da-nhan=1');
  assert.match(after.body, /Hồ sơ đã được đưa vào tài khoản của bạn/);
  assert.ok(after.body.includes(d.code));
  const view = await who.jar.get(B, `/ho-so/${d.code}`);
  assert.equal(view.status, 200);
  assert.match(view.body, /Nộp hồ sơ trực tiếp hoặc qua bưu chính/);
  // claimed once: another account cannot take it
  const other = await newCitizen(B);
  const otok = (await other.jar.get(B, '/ho-so')).body.match(/name="csrf" value="([^"]+)"/)[1];
  assert.equal((await other.jar.post(B, '/ho-so/nhan-ho-so', { csrf: otok, ma: d.code, so_dinh_danh: fields.so_dinh_danh })).status, 422);
  assert.equal((await other.jar.post(B, '/ho-so/nhan-ho-so', { csrf: otok, ma: d.code, so_dinh_danh: other.data.so_dinh_danh })).status, 404);
  assert.equal(row(d.id, 'owner_id')[0], String(who.id));
  assert.ok(Number(sql(`SELECT COUNT(*) FROM audit WHERE action = 'dossier.claim' AND object_id = ${d.id}`)[0][0]) === 1);
}, { timeout: 180000 });

test('the period report counts every channel: a dossier received at the counter and one by post', async () => {
  const today = vnDay();
  const q = `ky=khoang&tu_ngay=${today}&den_ngay=${today}`;
  const before = await reportJson(reception, q);
  await received(person());
  await received({ ...person(), kenh: 'buu-chinh' });
  const after = await reportJson(reception, q);
  // other files receive dossiers at the same agency meanwhile (online
  // ones, and the browser's counter test): at least these two, each in
  // its channel, and the channels add up to the total
  assert.ok(after.total.received >= before.total.received + 2, `${before.total.received} -> ${after.total.received}`);
  assert.ok(after.channels.counter >= before.channels.counter + 1, 'the counter one counted');
  assert.ok(after.channels.post >= before.channels.post + 1, 'the post one counted');
  assert.equal(after.channels.online + after.channels.counter + after.channels.post, after.total.received);
  const page = (await reception.get(B, `/can-bo/bao-cao?${q}`)).body;
  assert.match(page, new RegExp(`id="kenh-truc-tiep">${after.channels.counter}<`));
  assert.match(page, new RegExp(`id="kenh-buu-chinh">${after.channels.post}<`));
}, { timeout: 180000 });
