// Administration of staff and the province's settings through nginx
// (issue 16 sections 2 and 3): who may touch which staff record (an agency
// admin: officers of their own agency, never an admin; the province's
// admins: everyone), the invitation by mail and its one-use link, role
// changes audited and mailed, the holiday calendar's preview of the
// promised dates a change concerns (kept as they are), and feedback
// answered by mail.
import { test, assert } from '../lib/t.mjs';
import { get, post, csrf } from '../lib/http.mjs';
import { NGINX, sql, clearThrottle } from '../lib/env.mjs';
import { Jar, lastMail, linkToken, login, staffLogin, newStaff, DEMO_PASSWORD } from '../lib/account.mjs';
import { submitted, step, row } from '../lib/office.mjs';

const B = NGINX;
const TUPHAP = '000.00.09.H34';
const STTTT = '000.00.15.H34';
const admins = {};
const agencyAdmin = () => (admins.agency ||= newStaff('agency_admin', TUPHAP, 'Phan Văn Quản'));
const provinceAdmin = () => (admins.province ||= newStaff('province_admin', STTTT, 'Lò Thị Tỉnh'));
const idOf = (email) => sql(`SELECT id FROM account WHERE email = '${email}'`)[0][0];
const roles = (id) => sql(`SELECT role FROM account_role WHERE account_id = ${id}`).map((r) => r[0]).sort();
const audited = (action, id) => Number(sql(`SELECT COUNT(*) FROM audit WHERE action = '${action}'
  AND object_id = ${id}`)[0][0]);
let seq = 0;
const freshEmail = (what) => `${what}.${Date.now()}.${process.pid}.${seq++}@moi.kontum.demo`;

// An invitation posted as the form would; returns the response.
async function invite(admin, fields) {
  const t = await admin.token(B, '/quan-tri/nhan-vien/moi');
  return admin.post(B, '/quan-tri/nhan-vien/moi', { csrf: t, ...fields });
}

// The invitee opens the mailed link and sets the demo password.
async function accept(email) {
  const token = linkToken(lastMail(email));
  assert.ok(token, 'the invitation carries a link');
  const jar = new Jar();
  const page = await jar.get(B, `/can-bo/loi-moi?ma=${token}`);
  assert.equal(page.status, 200);
  const t = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  const r = await jar.post(B, '/can-bo/loi-moi', { csrf: t, ma: token, mat_khau_moi: DEMO_PASSWORD, nhap_lai: DEMO_PASSWORD });
  return { r, token, jar, t };
}

test('scope: officers and citizens get 403; an agency admin never touches another agency or an admin; settings are the province\'s', async () => {
  clearThrottle();
  const officer = await staffLogin(B, newStaff('reception', TUPHAP));
  for (const p of ['/quan-tri/nhan-vien', '/quan-tri/nhan-vien/moi', '/quan-tri/lich', '/quan-tri/gop-y'])
    assert.equal((await officer.get(B, p)).status, 403, `officer on ${p}`);
  assert.equal((await get(B, '/quan-tri/nhan-vien')).status, 303, 'nobody: log in first');

  const admin = await staffLogin(B, agencyAdmin());
  for (const p of ['/quan-tri/lich', '/quan-tri/gop-y'])
    assert.equal((await admin.get(B, p)).status, 403, `agency admin on ${p}`);
  const list = await admin.get(B, '/quan-tri/nhan-vien');
  assert.equal(list.status, 200);
  assert.ok(!list.body.includes('quantri@stttt.kontum.demo'), 'list: own agency only');
  assert.match(list.body, /Mời cán bộ mới/);

  const other = idOf(newStaff('reception', STTTT, 'Cán bộ Sở khác'));
  const t = await admin.token(B, '/quan-tri/nhan-vien/moi');
  assert.equal((await admin.get(B, `/quan-tri/nhan-vien/${other}`)).status, 404);
  assert.equal(audited('account.read', other), 0, 'a refused read is no read');
  assert.equal((await admin.post(B, `/quan-tri/nhan-vien/${other}/vai-tro`, { csrf: t, vai_tro_leader: '1' })).status, 404);
  assert.equal((await admin.post(B, `/quan-tri/nhan-vien/${other}/khoa`, { csrf: t })).status, 404);
  assert.deepEqual(roles(other), ['reception']);

  // an admin of the same agency: read, not changed
  const peer = idOf(newStaff('agency_admin', TUPHAP, 'Quản trị thứ hai'));
  const peerPage = await admin.get(B, `/quan-tri/nhan-vien/${peer}`);
  assert.equal(peerPage.status, 200);
  assert.match(peerPage.body, /do quản trị cấp tỉnh quản lý/);
  assert.ok(!peerPage.body.includes('/vai-tro"'), 'no roles form');
  assert.equal((await admin.post(B, `/quan-tri/nhan-vien/${peer}/vai-tro`, { csrf: t, vai_tro_reception: '1' })).status, 403);
  assert.equal((await admin.post(B, `/quan-tri/nhan-vien/${peer}/khoa`, { csrf: t })).status, 403);
  assert.deepEqual(roles(peer), ['agency_admin']);
  assert.equal(sql(`SELECT status FROM account WHERE id = ${peer}`)[0][0], 'active');

  // nor makes one: the role is not theirs to give
  const own = idOf(newStaff('reception', TUPHAP));
  const up = await admin.post(B, `/quan-tri/nhan-vien/${own}/vai-tro`, { csrf: t, vai_tro_province_admin: '1' });
  assert.equal(up.status, 422);
  assert.match(up.body, /vai trò quản trị, thanh tra do quản trị cấp tỉnh giao/);
  assert.deepEqual(roles(own), ['reception']);
  const email = freshEmail('quantri-gia');
  const inv = await invite(admin, { ho_ten: 'Người Không Được', email, vai_tro_agency_admin: '1' });
  assert.equal(inv.status, 422);
  assert.match(inv.body, /do quản trị cấp tỉnh giao/);
  assert.equal(sql(`SELECT COUNT(*) FROM account WHERE email = '${email}'`)[0][0], '0');

  // the province's admin changes anyone's, and manages admins
  const prov = await staffLogin(B, provinceAdmin());
  const pt = await prov.token(B, '/quan-tri/nhan-vien/moi');
  assert.equal((await prov.post(B, `/quan-tri/nhan-vien/${peer}/vai-tro`, { csrf: pt, vai_tro_agency_admin: '1', vai_tro_leader: '1' })).status, 303);
  assert.deepEqual(roles(peer), ['agency_admin', 'leader']);
  assert.equal((await prov.post(B, `/quan-tri/nhan-vien/${other}/vai-tro`, { csrf: pt, vai_tro_specialist: '1' })).status, 303);
  assert.deepEqual(roles(other), ['specialist']);
  // nobody changes their own record
  assert.equal((await prov.post(B, `/quan-tri/nhan-vien/${idOf(provinceAdmin())}/vai-tro`, { csrf: pt, vai_tro_reception: '1' })).status, 409);
}, { timeout: 240000 });

test('an invitation: mailed link, password set once, then the officer logs in and receives a dossier', async () => {
  clearThrottle();
  const admin = await staffLogin(B, agencyAdmin());
  const email = freshEmail('tiepnhan');
  // bad input: a message by each field, nothing lost, nothing made
  const bad = await invite(admin, { ho_ten: 'X', email: 'khong-phai-email', dien_thoai: '123' });
  assert.equal(bad.status, 422);
  assert.match(bad.body, /Vui lòng sửa các mục sau/);
  assert.match(bad.body, /Địa chỉ email không đúng định dạng/);
  assert.match(bad.body, /Số điện thoại không đúng/);
  assert.match(bad.body, /Hãy chọn ít nhất một vai trò/);
  assert.match(bad.body, /value="khong-phai-email"/);
  const huge = await invite(admin, { ho_ten: 'A'.repeat(5000), email, vai_tro_reception: '1' });
  assert.equal(huge.status, 422);

  const r = await invite(admin, { ho_ten: 'Y Thị Mới', email, dien_thoai: '0905 111 222', vai_tro_reception: '1' });
  assert.equal(r.status, 303, r.body.slice(0, 800));
  const id = idOf(email);
  assert.equal(r.headers.location, `/quan-tri/nhan-vien/${id}?da_moi=1`);
  const page = await admin.get(B, r.headers.location);
  assert.match(page.body, /Đã gửi thư mời/);
  assert.match(page.body, /chờ đặt mật khẩu/);
  assert.deepEqual(sql(`SELECT a.status, g.code FROM account a JOIN agency g ON g.id = a.agency_id WHERE a.id = ${id}`)[0], ['pending', TUPHAP]);
  assert.deepEqual(roles(id), ['reception']);
  assert.equal(audited('staff.invite', id), 1);
  // enabling an invitation would spend it on a password nobody knows
  const et = await admin.token(B, '/quan-tri/nhan-vien/moi');
  assert.equal((await admin.post(B, `/quan-tri/nhan-vien/${id}/mo-khoa`, { csrf: et })).status, 409);
  assert.equal(sql(`SELECT status FROM account WHERE id = ${id}`)[0][0], 'pending');
  const mail = lastMail(email);
  assert.match(mail.subject, /Lời mời dùng tài khoản cán bộ/);
  assert.match(mail.text, /\/can-bo\/loi-moi\?ma=/);
  assert.match(mail.text, /Cán bộ tiếp nhận/);
  // the same address again: said by the field
  const twice = await invite(admin, { ho_ten: 'Y Thị Mới', email, vai_tro_reception: '1' });
  assert.equal(twice.status, 422);
  assert.match(twice.body, /Email này đã có tài khoản/);

  // before the password is set nobody logs in with it
  const early = await login(B, new Jar(), email, DEMO_PASSWORD, '/can-bo/dang-nhap');
  assert.ok(early.status === 403 || early.status === 422, `no login yet: ${early.status}`);
  // a password that does not repeat: the form again
  const token = linkToken(mail);
  const j = new Jar();
  const t = await j.token(B, `/can-bo/loi-moi?ma=${token}`);
  const mismatch = await j.post(B, '/can-bo/loi-moi', { csrf: t, ma: token, mat_khau_moi: DEMO_PASSWORD, nhap_lai: 'khac hoan toan 123' });
  assert.equal(mismatch.status, 422);
  const { r: done } = await accept(email);
  assert.equal(done.status, 200);
  assert.match(done.body, /Tài khoản cán bộ đã sẵn sàng/);
  assert.equal(sql(`SELECT status FROM account WHERE id = ${id}`)[0][0], 'active');
  assert.equal(audited('staff.invite_accepted', id), 1);
  // the link is spent
  assert.equal((await new Jar().get(B, `/can-bo/loi-moi?ma=${token}`)).status, 404);
  assert.equal((await j.post(B, '/can-bo/loi-moi', { csrf: t, ma: token, mat_khau_moi: 'mot mat khau khac 99', nhap_lai: 'mot mat khau khac 99' })).status, 404);

  // a reception officer of the agency: logs in and receives a dossier
  const officer = await staffLogin(B, email);
  assert.equal((await officer.get(B, '/can-bo')).status, 200);
  const d = await submitted();
  const queue = await officer.get(B, '/can-bo/tiep-nhan');
  assert.ok(queue.body.includes(d.code), 'the dossier is in the new officer\'s queue');
  assert.equal((await step(officer, d, 'tiep-nhan')).status, 303);
  assert.equal(row(d.id, 'status')[0], '2');
}, { timeout: 240000 });

test('an admin role asks for the second factor at the first login', async () => {
  clearThrottle();
  const prov = await staffLogin(B, provinceAdmin());
  const email = freshEmail('quantri');
  const agency = sql(`SELECT id FROM agency WHERE code = '${TUPHAP}'`)[0][0];
  const noAgency = await invite(prov, { ho_ten: 'Đinh Văn Quản', email, vai_tro_agency_admin: '1' });
  assert.equal(noAgency.status, 422);
  assert.match(noAgency.body, /Hãy chọn cơ quan của người được mời/);
  const r = await invite(prov, { ho_ten: 'Đinh Văn Quản', email, co_quan_id: agency, vai_tro_agency_admin: '1' });
  assert.equal(r.status, 303, r.body.slice(0, 800));
  assert.equal((await accept(email)).r.status, 200);
  const first = await login(B, new Jar(), email, DEMO_PASSWORD, '/can-bo/dang-nhap');
  assert.equal(first.status, 303);
  assert.equal(first.headers.location, '/can-bo/thiet-lap-xac-thuc');
  const jar = await staffLogin(B, email);
  assert.equal((await jar.get(B, '/quan-tri/nhan-vien')).status, 200);
}, { timeout: 240000 });

test('roles given and taken, disable and enable: audited, mailed, sessions ended', async () => {
  clearThrottle();
  const email = newStaff('reception', TUPHAP, 'Võ Thị Vai');
  const officer = await staffLogin(B, email);
  const admin = await staffLogin(B, agencyAdmin());
  const id = idOf(email);
  const t = await admin.token(B, `/quan-tri/nhan-vien/${id}`);
  const none = await admin.post(B, `/quan-tri/nhan-vien/${id}/vai-tro`, { csrf: t });
  assert.equal(none.status, 422);
  assert.match(none.body, /Hãy chọn ít nhất một vai trò/);
  const r = await admin.post(B, `/quan-tri/nhan-vien/${id}/vai-tro`, { csrf: t, vai_tro_specialist: '1', vai_tro_leader: '1' });
  assert.equal(r.status, 303);
  assert.deepEqual(roles(id), ['leader', 'specialist']);
  assert.equal(audited('staff.roles', id), 1);
  const detail = sql(`SELECT detail FROM audit WHERE action = 'staff.roles' AND object_id = ${id}`)[0][0];
  assert.match(detail, /trước: Cán bộ tiếp nhận; nay: Chuyên viên xử lý, Lãnh đạo/);
  const m = lastMail(email);
  assert.match(m.subject, /Vai trò của bạn/);
  assert.match(m.text, /Chuyên viên xử lý, Lãnh đạo/);
  assert.equal((await officer.get(B, '/can-bo')).status, 303, 'the old session ended');
  const page = await admin.get(B, `/quan-tri/nhan-vien/${id}`);
  assert.match(page.body, /id="vai_tro_leader" name="vai_tro_leader" value="1" checked/);
  assert.ok(!page.body.includes('vai_tro_agency_admin'), 'an agency admin is not offered admin roles');

  assert.equal((await admin.post(B, `/quan-tri/nhan-vien/${id}/khoa`, { csrf: t })).status, 303);
  assert.equal(sql(`SELECT status FROM account WHERE id = ${id}`)[0][0], 'disabled');
  assert.equal(audited('staff.disable', id), 1);
  assert.match(lastMail(email).subject, /đã bị khóa/);
  assert.equal((await admin.post(B, `/quan-tri/nhan-vien/${id}/mo-khoa`, { csrf: t })).status, 303);
  assert.equal(audited('staff.enable', id), 1);
  assert.match(lastMail(email).subject, /đã được mở khóa/);
}, { timeout: 240000 });

// A day far ahead, no dossier's period reaches it: the test's own, removed
// at the end, so the calendar the other files count with stays as it was.
const FAR = { iso: '2098-09-03', vn: '03/09/2098' };

test('the holiday calendar: a preview lists the promised dates a day concerns, which never move; bad days refused', async () => {
  clearThrottle();
  const reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  const d = await submitted();
  assert.equal((await step(reception, d, 'tiep-nhan')).status, 303);
  const [due, dueDay] = sql(`SELECT due_at, DATE_FORMAT(due_at, '%d/%m/%Y') FROM dossier WHERE id = ${d.id}`)[0];
  const prov = await staffLogin(B, provinceAdmin());
  const cal = await prov.get(B, '/quan-tri/lich');
  assert.equal(cal.status, 200);
  const t = cal.body.match(/name="csrf" value="([^"]+)"/)[1];
  // the preview of a holiday on the dossier's due day: listed, kept
  const pv = await prov.post(B, '/quan-tri/lich/xem-truoc', { csrf: t, ngay: dueDay, loai_ngay: 'holiday', ten_ngay: 'Ngày nghỉ thử' });
  assert.equal(pv.status, 200, pv.body.slice(0, 1500));
  assert.ok(pv.body.includes(d.code), 'the dossier is listed');
  assert.match(pv.body, /hồ sơ đang giải quyết có ngày này trong thời hạn đã hẹn/);
  assert.match(pv.body, /được giữ nguyên/);
  assert.equal(sql(`SELECT COUNT(*) FROM calendar_day WHERE day = STR_TO_DATE('${dueDay}', '%d/%m/%Y') AND name = 'Ngày nghỉ thử'`)[0][0], '0',
    'a preview changes nothing');

  // bad input: by the field, in Vietnamese
  const past = await prov.post(B, '/quan-tri/lich/xem-truoc', { csrf: t, ngay: '02/09/2020', loai_ngay: 'holiday', ten_ngay: 'Quốc khánh' });
  assert.equal(past.status, 422);
  assert.match(past.body, /Không sửa lịch của ngày hôm nay hay ngày đã qua/);
  assert.match(past.body, /value="Quốc khánh"/, 'the name typed is kept');
  const weekday = await prov.post(B, '/quan-tri/lich/xem-truoc', { csrf: t, ngay: '04/09/2098', loai_ngay: 'workday', ten_ngay: 'Làm bù' });
  assert.equal(weekday.status, 422);
  assert.match(weekday.body, /phải là thứ Bảy hoặc Chủ nhật/);
  const noName = await prov.post(B, '/quan-tri/lich/xem-truoc', { csrf: t, ngay: FAR.vn, loai_ngay: 'holiday' });
  assert.equal(noName.status, 422);
  assert.match(noName.body, /Hãy nhập tên ngày/);
  const garbage = await prov.post(B, '/quan-tri/lich/xem-truoc', { csrf: t, ngay: '31/02/2099', loai_ngay: 'holiday', ten_ngay: 'x'.repeat(300) });
  assert.equal(garbage.status, 422);
  assert.match(garbage.body, /Ngày/);
  const absent = await prov.post(B, '/quan-tri/lich/xem-truoc', { csrf: t, ngay: '05/09/2098', xoa: '1' });
  assert.equal(absent.status, 422);
  assert.match(absent.body, /Lịch không có ngày này/);

  // a day far ahead: previewed (nothing concerned), saved, audited, removed
  const far = await prov.post(B, '/quan-tri/lich/xem-truoc', { csrf: t, ngay: FAR.vn, loai_ngay: 'holiday', ten_ngay: 'Ngày nghỉ của bài kiểm thử' });
  assert.equal(far.status, 200);
  assert.match(far.body, /Không có hồ sơ đang giải quyết nào/);
  const saved = await prov.post(B, '/quan-tri/lich/luu', { csrf: t, ngay: FAR.vn, loai_ngay: 'holiday', ten_ngay: 'Ngày nghỉ của bài kiểm thử' });
  assert.equal(saved.status, 303);
  assert.equal(saved.headers.location, '/quan-tri/lich?nam=2098');
  try {
    assert.deepEqual(sql(`SELECT kind, name FROM calendar_day WHERE day = '${FAR.iso}'`)[0], ['holiday', 'Ngày nghỉ của bài kiểm thử']);
    const provId = idOf(provinceAdmin());
    assert.equal(sql(`SELECT COUNT(*) FROM calendar_change WHERE day = '${FAR.iso}' AND change_kind = 'add' AND by_id = ${provId}`)[0][0], '1');
    assert.equal(audited('calendar.add', 20980903), 1);
    const list = await prov.get(B, '/quan-tri/lich?nam=2098');
    assert.match(list.body, /Ngày nghỉ của bài kiểm thử/);
  } finally {
    const rm = await prov.post(B, '/quan-tri/lich/luu', { csrf: t, ngay: FAR.vn, xoa: '1' });
    assert.equal(rm.status, 303);
  }
  assert.equal(sql(`SELECT COUNT(*) FROM calendar_day WHERE day = '${FAR.iso}'`)[0][0], '0');
  assert.equal(audited('calendar.remove', 20980903), 1);
  assert.equal(sql(`SELECT due_at FROM dossier WHERE id = ${d.id}`)[0][0], due, 'the promised date did not move');
}, { timeout: 240000 });

test('feedback: read, answered by mail and marked answered (Article 9.4); once only; no address, no answer', async () => {
  clearThrottle();
  const email = freshEmail('gopy');
  const send = async (over) => {
    const { cookie, token } = await csrf(B);
    const r = await post(B, '/gop-y', { ho_ten: 'Nguyễn Văn Góp', tieu_de: `Góp ý ${email}`, noi_dung: 'Trang nộp hồ sơ cần hướng dẫn rõ hơn.', csrf: token, ...over }, { cookie });
    assert.equal(r.status, 303);
  };
  await send({ email });
  await send({ tieu_de: `Không thư ${email}` });
  const [id] = sql(`SELECT id FROM feedback WHERE email = '${email}'`)[0];
  const [noMail] = sql(`SELECT id FROM feedback WHERE subject = 'Không thư ${email}'`)[0];
  const prov = await staffLogin(B, provinceAdmin());
  const list = await prov.get(B, '/quan-tri/gop-y?trang_thai=new');
  assert.equal(list.status, 200);
  assert.ok(list.body.includes(`Góp ý ${email}`));
  const one = await prov.get(B, `/quan-tri/gop-y/${id}`);
  assert.equal(one.status, 200);
  assert.equal(sql(`SELECT status FROM feedback WHERE id = ${id}`)[0][0], 'read');
  assert.equal(audited('feedback.read', id), 1);
  const t = one.body.match(/name="csrf" value="([^"]+)"/)[1];
  const short = await prov.post(B, `/quan-tri/gop-y/${id}/tra-loi`, { csrf: t, tra_loi: 'Cảm ơn' });
  assert.equal(short.status, 422);
  assert.match(short.body, /quá ngắn/);
  const answer = 'Cảm ơn bạn. Hướng dẫn đã được bổ sung ở trang Hướng dẫn.';
  const r = await prov.post(B, `/quan-tri/gop-y/${id}/tra-loi`, { csrf: t, tra_loi: answer });
  assert.equal(r.status, 303);
  assert.deepEqual(sql(`SELECT status, answer, answered_by FROM feedback WHERE id = ${id}`)[0], ['answered', answer, idOf(provinceAdmin())]);
  assert.equal(audited('feedback.answer', id), 1);
  const m = lastMail(email);
  assert.match(m.subject, /Trả lời góp ý/);
  assert.ok(m.text.includes(answer), 'the answer is in the mail');
  assert.ok(m.text.includes(`Góp ý ${email}`), 'with the subject it answers');
  const again = await prov.post(B, `/quan-tri/gop-y/${id}/tra-loi`, { csrf: t, tra_loi: 'Một câu trả lời thứ hai.' });
  assert.equal(again.status, 409);
  assert.match(again.body, /đã được trả lời/);
  const nm = await prov.post(B, `/quan-tri/gop-y/${noMail}/tra-loi`, { csrf: t, tra_loi: 'Câu trả lời không gửi được.' });
  assert.equal(nm.status, 409);
  assert.match(nm.body, /không để lại thư điện tử/);
  assert.equal(sql(`SELECT status FROM feedback WHERE id = ${noMail}`)[0][0], 'read');
  assert.equal((await prov.get(B, '/quan-tri/gop-y/999999999')).status, 404);
}, { timeout: 240000 });

test('announcements published and hidden, the notice profile set and cleared: each audited; bad input by its field', async () => {
  clearThrottle();
  const prov = await staffLogin(B, provinceAdmin());
  const list = await prov.get(B, '/quan-tri/thong-bao');
  assert.equal(list.status, 200);
  const t = list.body.match(/name="csrf" value="([^"]+)"/)[1];
  const bad = await prov.post(B, '/quan-tri/thong-bao', { csrf: t, tieu_de: 'Ngắn', noi_dung: 'x' });
  assert.equal(bad.status, 422);
  assert.match(bad.body, /Vui lòng sửa các mục sau/);
  assert.match(bad.body, /value="Ngắn"/, 'the title typed is kept');
  const title = `Lịch tiếp dân tháng mới ${Date.now()}.${process.pid}`;
  const version = () => sql('SELECT version FROM catalog_version WHERE id = 1')[0][0];
  const before = version();
  const r = await prov.post(B, '/quan-tri/thong-bao', { csrf: t, tieu_de: title, noi_dung: 'Ủy ban tiếp công dân vào sáng thứ Năm hằng tuần.' });
  assert.equal(r.status, 303);
  const [id, hidden] = sql(`SELECT id, hidden FROM announcement WHERE title = '${title}'`)[0];
  assert.equal(hidden, '0');
  assert.notEqual(version(), before, 'the catalogue version moved: every worker shows it');
  assert.equal(audited('announcement.add', id), 1);
  assert.ok((await prov.get(B, '/quan-tri/thong-bao')).body.includes(title));
  assert.equal((await prov.post(B, `/quan-tri/thong-bao/${id}/an`, { csrf: t })).status, 303);
  assert.equal(sql(`SELECT hidden FROM announcement WHERE id = ${id}`)[0][0], '1');
  assert.equal(audited('announcement.hide', id), 1);
  assert.equal((await prov.post(B, '/quan-tri/thong-bao/999999999/an', { csrf: t })).status, 404);

  // the profile: the one in force set explicitly, then back to the
  // configuration's (the same forms throughout: other files send notices)
  const page = await prov.get(B, '/quan-tri/mau-thong-bao');
  assert.equal(page.status, 200);
  const now = page.body.match(/name="bo_mau" value="(\d{4})" checked/)[1];
  const wrong = await prov.post(B, '/quan-tri/mau-thong-bao', { csrf: t, bo_mau: '2030' });
  assert.equal(wrong.status, 422);
  const n0 = Number(sql("SELECT COUNT(*) FROM audit WHERE action = 'setting.notice_profile'")[0][0]);
  assert.equal((await prov.post(B, '/quan-tri/mau-thong-bao', { csrf: t, bo_mau: now })).status, 303);
  assert.equal(sql("SELECT value FROM setting WHERE name = 'Notice.Profile'")[0][0], now);
  assert.equal((await prov.post(B, '/quan-tri/mau-thong-bao', { csrf: t, bo_mau: 'cau-hinh' })).status, 303);
  assert.equal(sql("SELECT COUNT(*) FROM setting WHERE name = 'Notice.Profile'")[0][0], '0');
  assert.equal(Number(sql("SELECT COUNT(*) FROM audit WHERE action = 'setting.notice_profile'")[0][0]), n0 + 2);
  const admin = await staffLogin(B, agencyAdmin());
  for (const p of ['/quan-tri/thong-bao', '/quan-tri/mau-thong-bao'])
    assert.equal((await admin.get(B, p)).status, 403, `agency admin on ${p}`);
}, { timeout: 240000 });
