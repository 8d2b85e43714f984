// Accounts end to end through nginx: registration and its mail, login by
// email, phone or ID number, sessions and their limits, CSRF on every
// POST route, access to other people's data, brute force, password reset
// and change, personal data and its erasure, and what never reaches the
// log.
import { readFileSync } from 'node:fs';
import { randomBytes, pbkdf2Sync } from 'node:crypto';
import { delivered, decodeWords, parseMessage } from '../lib/mail.mjs';
import { spawnSync } from 'node:child_process';
import { test, assert } from '../lib/t.mjs';
import { get, post, form, assertSecurityHeaders } from '../lib/http.mjs';
import { NGINX, ROOT, BUILD, CONFIG, CLIENT_IP, sql, logText, clearThrottle, configWith } from '../lib/env.mjs';
import { fcgi, startResponder } from '../lib/fcgi.mjs';
import {
  Jar, citizen, newCitizen, newCccd, lastMail, linkToken, login,
  staffLogin, totp, staffKeys, newStaff, DEMO_PASSWORD,
} from '../lib/account.mjs';

const B = NGINX;
// values that must never appear in the log, collected as the tests go
const canaries = new Set();
// The password-hashing cost as shipped (etc/dvc.hdf, argon2id with 19 MiB
// and 2 passes): the stack's
// configuration lowers it for speed, so the tests of the cost itself run
// against a dvc-account of their own, on the stack's configuration without
// that line, reached over FastCGI. fn(sock) runs while it does.
async function withProductionCost(fn) {
  const r = await startResponder('account', configWith('account-cost', { drop: ['Account.Argon2.MemoryKiB', 'Account.Argon2.Iterations'] }));
  try {
    await fn(r.sock);
  } finally {
    await r.stop();
  }
}

// A login through that responder from client address ip (each its own, so
// that the attempts do not wait for each other): the response and the
// milliseconds the POST took.
async function loginAt(sock, ident, password, ip) {
  const page = await fcgi({ uri: '/tai-khoan/dang-nhap', sock, env: { REMOTE_ADDR: ip } });
  assert.equal(page.status, 200, page.body.slice(0, 500));
  const cookie = (page.multi['set-cookie'] || []).map((c) => c.split(';')[0]).find((c) => c.startsWith('dvc_csrf='));
  const csrf = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  const t0 = Date.now();
  const r = await fcgi({ method: 'POST', uri: '/tai-khoan/dang-nhap', sock,
    body: form({ dinh_danh: ident, mat_khau: password, csrf }),
    env: { REMOTE_ADDR: ip, HTTP_COOKIE: cookie, CONTENT_TYPE: 'application/x-www-form-urlencoded' } });
  return { ...r, ms: Date.now() - t0 };
}

// accounts with any of these emails (other files register at the same time)
const accounts = (emails) => Number(sql(`SELECT COUNT(*) FROM account
  WHERE email IN (${emails.map((e) => `'${e.replace(/'/g, "''")}'`).join(', ')})`)[0][0]);
// Admins of this file's own (tests/lib/account.mjs newStaff): the agency
// admin of Sở Tư pháp (000.00.09.H34) and a province admin (Sở Thông tin
// và Truyền thông, 000.00.15.H34), made on first use. The demo's admins
// stay as they are for the other files.
const AGENCY_ADMIN = 'Đinh Quang Vinh';
const admins = {};
const agencyAdmin = () => (admins.agency ||= newStaff('agency_admin', '000.00.09.H34', AGENCY_ADMIN));
const provinceAdmin = () => (admins.province ||= newStaff('province_admin', '000.00.15.H34', 'Hà Văn Tỉnh'));

test('register: 303 to "open your mail", a pending account, a confirmation mail with a link', async () => {
  clearThrottle();
  const d = citizen({ mat_khau: 'Canary-Password-9137-xyz', nhap_lai: 'Canary-Password-9137-xyz' });
  canaries.add(d.mat_khau).add(d.so_dinh_danh);
  const jar = new Jar();
  const token = await jar.token(B, '/tai-khoan/dang-ky');
  const r = await jar.post(B, '/tai-khoan/dang-ky', { ...d, csrf: token });
  assert.equal(r.status, 303);
  assert.equal(r.headers.location, '/tai-khoan/da-gui-thu?loai=dang-ky');
  const sent = await jar.get(B, r.headers.location);
  assert.match(sent.body, /Vui lòng kiểm tra hộp thư/);
  const row = sql(`SELECT status, kind, full_name, id_number, phone, DATE_FORMAT(birth_date, '%Y-%m-%d'),
    password_hash LIKE '$argon2id$v=19$m=%' FROM account WHERE email = '${d.email}'`);
  assert.deepEqual(row[0], ['pending', 'citizen', d.ho_ten, d.so_dinh_danh, d.dien_thoai, '1990-03-15', '1']);
  const mail = lastMail(d.email);
  assert.equal(mail.subject, 'Xác nhận đăng ký tài khoản Cổng Dịch vụ công');
  assert.match(mail.text, /Kính gửi Nguyễn Thị Hồng Nhung/);
  const link = linkToken(mail);
  assert.ok(link, 'a link in the mail');
  canaries.add(link);

  // before confirming: the right password says "confirm first"
  const early = await login(B, new Jar(), d.email, d.mat_khau);
  assert.equal(early.status, 403);
  assert.match(early.body, /chưa được xác nhận/);

  // the link's GET only shows a button (a mail scanner changes nothing)
  const page = await jar.get(B, `/tai-khoan/xac-nhan?ma=${link}`);
  assert.equal(page.status, 200);
  assert.match(page.body, /Xác nhận và kích hoạt tài khoản/);
  assert.equal(sql(`SELECT status FROM account WHERE email = '${d.email}'`)[0][0], 'pending');
  const t2 = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  const ok = await jar.post(B, '/tai-khoan/xac-nhan', { ma: link, csrf: t2 });
  assert.equal(ok.status, 200);
  assert.match(ok.body, /Tài khoản đã được kích hoạt/);
  assert.equal(sql(`SELECT status FROM account WHERE email = '${d.email}'`)[0][0], 'active');
  // single use
  const again = await jar.post(B, '/tai-khoan/xac-nhan', { ma: link, csrf: t2 });
  assert.equal(again.status, 404);
  assert.match(again.body, /Đường dẫn không còn hiệu lực/);
  const bogus = await jar.get(B, `/tai-khoan/xac-nhan?ma=${'A'.repeat(43)}`);
  assert.equal(bogus.status, 404);

  // log in with each identifier: email, phone, ID number
  for (const ident of [d.email, d.dien_thoai, d.so_dinh_danh, d.email.toUpperCase()]) {
    const j = new Jar();
    const r2 = await login(B, j, ident, d.mat_khau);
    assert.equal(r2.status, 303, `login with ${ident}`);
    assert.equal(r2.headers.location, '/tai-khoan');
    const sc = (r2.headers['set-cookie'] || []).find((c) => c.startsWith('dvc_sid='));
    assert.match(sc, /^dvc_sid=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax/);
    canaries.add(j.sid);
    const me = await j.get(B, '/tai-khoan');
    assert.equal(me.status, 200);
    assertSecurityHeaders(assert, me, { personal: true });
    assert.match(me.body, new RegExp(d.so_dinh_danh));
    assert.match(me.body, /Đăng xuất/);
  }
  // the session is stored only as a hash
  const sid = (await (async () => { const j = new Jar(); await login(B, j, d.email, d.mat_khau); return j.sid; })());
  assert.equal(sql(`SELECT COUNT(*) FROM session WHERE token_hash = UNHEX(SHA2('${sid}', 256))`)[0][0], '1');
  assert.equal(sql(`SELECT COUNT(*) FROM session WHERE token_hash = '${sid}'`)[0][0], '0');
});

test('the confirmation mail travels the real chain (outbox, dvcctl mail send, msmtp, SMTP) and its link works', async () => {
  const d = citizen();
  const jar = new Jar();
  assert.equal((await jar.post(B, '/tai-khoan/dang-ky', { ...d, csrf: await jar.token(B, '/tai-khoan/dang-ky') })).status, 303);
  const send = spawnSync(`${BUILD}/dvcctl`, ['-c', CONFIG, 'mail', 'send'], { encoding: 'utf8' });
  assert.equal(send.status, 0, send.stderr);
  const got = delivered(d.email);
  assert.equal(got.length, 1, 'one message delivered');
  const m = parseMessage(got[0].text);
  assert.equal(decodeWords(m.headers.subject), 'Xác nhận đăng ký tài khoản Cổng Dịch vụ công');
  const text = m.parts.find((p) => /text\/plain/.test(p.headers['content-type'])).text;
  const html = m.parts.find((p) => /text\/html/.test(p.headers['content-type'])).text;
  assert.match(text, /Kính gửi Nguyễn Thị Hồng Nhung/);
  assert.match(html, /<a href="http:\/\/127\.0\.0\.1:\d+\/tai-khoan\/xac-nhan\?ma=/);
  const link = text.match(/\/tai-khoan\/xac-nhan\?ma=([A-Za-z0-9_-]{43})/)[1];
  canaries.add(link);
  const page = await jar.get(B, `/tai-khoan/xac-nhan?ma=${link}`);
  const ok = await jar.post(B, '/tai-khoan/xac-nhan', { ma: link, csrf: page.body.match(/name="csrf" value="([^"]+)"/)[1] });
  assert.equal(ok.status, 200);
  assert.equal(sql(`SELECT status FROM account WHERE email = '${d.email}'`)[0][0], 'active');
});

test('registration errors: a Vietnamese message by each field, nothing stored, no password sent back', async () => {
  const jar = new Jar();
  const token = await jar.token(B, '/tai-khoan/dang-ky');
  const tried = [];
  const cases = [
    [{ so_dinh_danh: '06209000123' }, /Số định danh cá nhân \(CCCD\) gồm đúng 12 chữ số/],
    [{ so_dinh_danh: '999090001234' }, /Số định danh cá nhân \(CCCD\) gồm đúng 12 chữ số/],
    [{ so_dinh_danh: '06209000123a' }, /gồm đúng 12 chữ số/],
    [{ so_dinh_danh: '062185001234' }, /không khớp với năm sinh/],
    [{ ngay_sinh: '31/02/1990' }, /Ngày không đúng/],
    [{ ngay_sinh: '01/01/2099', so_dinh_danh: newCccd(2099) }, /không thể sau ngày hôm nay/],
    [{ mat_khau: 'ngan', nhap_lai: 'ngan' }, /ít nhất 12 ký tự/],
    [{ mat_khau: 'password1234', nhap_lai: 'password1234' }, /quá phổ biến/],
    [{ mat_khau: 'QWERTYUIOP123', nhap_lai: 'QWERTYUIOP123' }, /quá phổ biến/],
    [{ nhap_lai: 'khac hoan toan roi' }, /Hai lần nhập mật khẩu không giống nhau/],
    [{ mat_khau: 'x'.repeat(129), nhap_lai: 'x'.repeat(129) }, /tối đa 128 ký tự/],
    [{ dong_y: '' }, /Cam kết: Vui lòng đánh dấu vào ô cam kết để tiếp tục/],
    [{ email: 'khong-phai-email' }, /Địa chỉ email không đúng định dạng/],
    [{ dien_thoai: '12345' }, /Số điện thoại không đúng/],
    [{ ho_ten: 'A'.repeat(101) }, /quá dài/],
    [{ loai: 'to_chuc' }, /Mã số thuế: Vui lòng nhập mục này/],
    [{ loai: 'to_chuc', ten_to_chuc: 'Công ty TNHH Sao Mai', ma_so_thue: '61001234', nguoi_dai_dien: 'Trần Văn Bình' }, /Mã số thuế gồm 10 chữ số/],
    [{ loai: 'ca_nhan_gia' }, /chọn một trong các giá trị/],
  ];
  for (const [over, msg] of cases) {
    const d = citizen(over);
    tried.push(d.email);
    const r = await jar.post(B, '/tai-khoan/dang-ky', { ...d, csrf: token });
    assert.equal(r.status, 422, JSON.stringify(over));
    assert.match(r.body, msg, JSON.stringify(over));
    assert.match(r.body, /Vui lòng sửa các mục sau/);
    assert.ok(!r.body.includes(d.mat_khau) || d.mat_khau.length < 6, 'password not sent back');
    assert.match(r.body, new RegExp(`value="${d.email.replace(/[.]/g, '\\.')}"`), 'email kept');
  }
  // non-UTF-8 bytes: a form error, not a 500
  const d = citizen();
  tried.push(d.email);
  const body = Object.entries({ ...d, csrf: token }).map(([k, v]) => `${k}=${k === 'ho_ten' ? '%C3%28' : encodeURIComponent(v)}`).join('&');
  const bin = await jar.post(B, '/tai-khoan/dang-ky', body);
  assert.equal(bin.status, 422);
  assert.match(bin.body, /không phải UTF-8/);
  assert.equal(accounts(tried), 0, 'nothing stored');
});

test('organisations register with their tax code and representative', async () => {
  const d = citizen({ loai: 'to_chuc', ten_to_chuc: 'Hợp tác xã Nông nghiệp Đắk Hà', ma_so_thue: '6100123456-001', nguoi_dai_dien: 'Y Blim' });
  const jar = new Jar();
  const r = await jar.post(B, '/tai-khoan/dang-ky', { ...d, csrf: await jar.token(B, '/tai-khoan/dang-ky') });
  assert.equal(r.status, 303);
  assert.deepEqual(sql(`SELECT kind, org_name, tax_code, representative FROM account WHERE email = '${d.email}'`)[0],
    ['organisation', d.ten_to_chuc, d.ma_so_thue, d.nguoi_dai_dien]);
});

test('duplicate email, phone or ID number: the same answer as a new account; only the mailbox is told', async () => {
  const a = citizen();
  const jar = new Jar();
  const token = await jar.token(B, '/tai-khoan/dang-ky');
  assert.equal((await jar.post(B, '/tai-khoan/dang-ky', { ...a, csrf: token })).status, 303);
  const tries = [
    citizen({ email: a.email }),
    citizen({ so_dinh_danh: a.so_dinh_danh }),
    citizen({ dien_thoai: a.dien_thoai }),
  ];
  for (const d of tries) {
    const r = await jar.post(B, '/tai-khoan/dang-ky', { ...d, csrf: token });
    assert.equal(r.status, 303);
    assert.equal(r.headers.location, '/tai-khoan/da-gui-thu?loai=dang-ky', 'same page as a new account');
    const m = lastMail(d.email);
    assert.equal(m.subject, 'Về yêu cầu đăng ký tài khoản Cổng Dịch vụ công');
    assert.match(m.text, /đã được dùng cho một tài khoản khác/);
    assert.ok(!m.text.includes(a.email) || d.email === a.email, 'the mail names no other account');
  }
  assert.equal(sql(`SELECT COUNT(*) FROM account WHERE email IN ('${tries.map((t) => t.email).join("', '")}')
    OR id_number = '${a.so_dinh_danh}' OR phone = '${a.dien_thoai}'`)[0][0], '1', 'no second account');
  // the form cannot flood a mailbox: one such mail per address per 10 min
  const count = () => sql(`SELECT COUNT(*) FROM mail_outbox WHERE to_addr = '${a.email}' AND subject LIKE 'Về yêu cầu%'`)[0][0];
  const before = count();
  for (let i = 0; i < 3; i++) {
    assert.equal((await jar.post(B, '/tai-khoan/dang-ky', { ...citizen({ email: a.email }), csrf: token })).status, 303);
  }
  assert.equal(count(), before, 'no more mail to the same address');
});

test('registrations per client address and hour are limited; what was typed is kept', async () => {
  const jar = new Jar();
  const token = await jar.token(B, '/tai-khoan/dang-ky');
  // this address has already sent the hour's allowance
  sql(`SET time_zone = '+07:00'; INSERT INTO login_throttle (k, failures, last_failure) VALUES ('r:${CLIENT_IP}', 100000, NOW())
    ON DUPLICATE KEY UPDATE failures = 100000, last_failure = NOW()`);
  const d = citizen();
  const r = await jar.post(B, '/tai-khoan/dang-ky', { ...d, csrf: token });
  assert.equal(r.status, 429);
  assert.match(r.body, /quá nhiều yêu cầu đăng ký/i);
  assert.match(r.body, new RegExp(`value="${d.so_dinh_danh}"`), 'typed text kept');
  assert.equal(accounts([d.email]), 0);
  assert.equal(lastMail(d.email), null, 'no mail');
  clearThrottle();
  assert.equal((await jar.post(B, '/tai-khoan/dang-ky', { ...d, csrf: token })).status, 303);
});

test('session fixation: a cookie from before the login is never the session after it', async () => {
  clearThrottle();
  const { jar, data } = await newCitizen(B);
  const before = jar.sid;
  // logging in again from the same browser: a new token, the old one dead
  const t = await jar.token(B, '/tai-khoan');
  const r = await jar.post(B, '/tai-khoan/dang-nhap', { dinh_danh: data.email, mat_khau: data.mat_khau, csrf: t });
  assert.equal(r.status, 303);
  assert.notEqual(jar.sid, before);
  const old = await get(B, '/tai-khoan', { headers: { Cookie: `dvc_sid=${before}` } });
  assert.equal(old.status, 303, 'pre-login cookie rejected');
  assert.match(old.headers.location, /^\/tai-khoan\/dang-nhap/);
  // a value an attacker chose is never accepted, before or after a login
  const planted = 'A'.repeat(43);
  const j2 = new Jar();
  j2.c.set('dvc_sid', planted);
  assert.equal((await j2.get(B, '/tai-khoan')).status, 303);
  await login(B, j2, data.email, data.mat_khau);
  assert.notEqual(j2.sid, planted);
  assert.equal((await get(B, '/tai-khoan', { headers: { Cookie: `dvc_sid=${planted}` } })).status, 303);
});

test('logout ends the session on the server: the old cookie replayed is refused', async () => {
  const { jar } = await newCitizen(B);
  const sid = jar.sid;
  const token = await jar.token(B, '/tai-khoan');
  const r = await jar.post(B, '/tai-khoan/dang-xuat', { csrf: token });
  assert.equal(r.status, 303);
  assert.equal(r.headers.location, '/tai-khoan/dang-nhap?da_thoat=1');
  assert.equal(jar.sid, undefined, 'cookie cleared');
  const replay = await get(B, '/tai-khoan', { headers: { Cookie: `dvc_sid=${sid}` } });
  assert.equal(replay.status, 303);
  const replayPost = await post(B, '/tai-khoan/dang-xuat', { csrf: token }, { cookie: `dvc_sid=${sid}` });
  assert.equal(replayPost.status, 303);
  assert.match(replayPost.headers.location, /dang-nhap/);
});

test('idle and absolute limits end a session', async () => {
  const { jar } = await newCitizen(B);
  assert.equal((await jar.get(B, '/tai-khoan')).status, 200);
  sql(`UPDATE session SET last_seen = NOW() - INTERVAL 31 MINUTE WHERE token_hash = UNHEX(SHA2('${jar.sid}', 256))`);
  assert.equal((await jar.get(B, '/tai-khoan')).status, 303, 'idle 31 min');
  const b = await newCitizen(B);
  sql(`UPDATE session SET expires_at = NOW() - INTERVAL 1 SECOND WHERE token_hash = UNHEX(SHA2('${b.jar.sid}', 256))`);
  assert.equal((await b.jar.get(B, '/tai-khoan')).status, 303, 'past 12 h');
});

// Every POST route of the portal, read from the route tables, so a new
// route cannot be added without this test seeing it.
function postRoutes() {
  const out = [];
  for (const f of ['cgi/pages/account.c', 'cgi/pages/public.c', 'cgi/pages/office.c', 'cgi/pages/office.h']) {
    const src = readFileSync(`${ROOT}/${f}`, 'utf8');
    for (const m of src.matchAll(/\{ M_POST, "([^"]+)",\s*(\w+),\s*([^,]+),[^}]*?(\w+) \},/g)) out.push({ path: m[1], flags: m[3], roles: m[4] });
  }
  return out;
}

test('CSRF: every POST route refuses a missing, wrong or other session\'s token with 403', async () => {
  clearThrottle();
  const routes = postRoutes();
  assert.ok(routes.length >= 15, `found ${routes.length} POST routes`);
  const a = await newCitizen(B);
  const b = await newCitizen(B);
  const admin = await staffLogin(B, provinceAdmin());
  // the back office's routes (dvc-office) need a working role
  const officer = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  const member = sql("SELECT id FROM account WHERE email = 'tiepnhan@tuphap.kontum.demo'")[0][0];
  const tokens = {
    a: await a.jar.token(B, '/tai-khoan'),
    b: await b.jar.token(B, '/tai-khoan'),
    admin: await admin.token(B, '/can-bo'),
    officer: await officer.token(B, '/can-bo'),
  };
  for (const r of routes) {
    const path = r.path.replace(':id', r.path.includes('phien') ? '1' : member)
      .replace(':code', '000.00.09.H34-250101-0001');
    const work = r.roles === 'R_WORK';
    const who = work ? officer : r.roles !== '0' ? admin : a.jar;
    const mine = work ? tokens.officer : r.roles !== '0' ? tokens.admin : tokens.a;
    for (const [label, tok] of [['missing', undefined], ['wrong', 'x'.repeat(43)], ['other session', tokens.b]]) {
      const fields = { ma_so: '123456', email: 'x@example.vn', mat_khau: 'sai mat khau roi', dinh_danh: 'x@example.vn' };
      if (tok) fields.csrf = tok;
      const res = await who.post(B, path, fields);
      assert.equal(res.status, 403, `${r.path}: ${label} token -> ${res.status}`);
    }
    assert.ok(mine);
  }
  // and the logged-in person's own token works (a harmless route)
  const ok = await a.jar.post(B, '/tai-khoan/dang-xuat', { csrf: tokens.a });
  assert.equal(ok.status, 303);
}, { timeout: 180000 });

test('IDOR: a citizen cannot touch another person\'s session; staff see only their agency', async () => {
  const a = await newCitizen(B);
  const b = await newCitizen(B);
  const bSession = sql(`SELECT id FROM session WHERE token_hash = UNHEX(SHA2('${b.jar.sid}', 256))`)[0][0];
  const tok = await a.jar.token(B, '/tai-khoan');
  const r = await a.jar.post(B, `/tai-khoan/phien/${bSession}/ket-thuc`, { csrf: tok });
  assert.equal(r.status, 404);
  assert.equal((await b.jar.get(B, '/tai-khoan')).status, 200, 'B still logged in');
  for (const id of ['999999999', '0', '-1', 'abc']) {
    const x = await a.jar.post(B, `/tai-khoan/phien/${id}/ket-thuc`, { csrf: tok });
    assert.equal(x.status, 404, `session id ${id}`);
  }
  // one's own other session: ended
  const a2 = new Jar();
  await login(B, a2, a.data.email, a.data.mat_khau);
  const a2Session = sql(`SELECT id FROM session WHERE token_hash = UNHEX(SHA2('${a2.sid}', 256))`)[0][0];
  const listed = await a.jar.get(B, '/tai-khoan');
  assert.match(listed.body, new RegExp(`/tai-khoan/phien/${a2Session}/ket-thuc`));
  assert.equal((await a.jar.post(B, `/tai-khoan/phien/${a2Session}/ket-thuc`, { csrf: tok })).status, 303);
  assert.equal((await a2.get(B, '/tai-khoan')).status, 303, 'the other session ended');
  assert.equal((await a.jar.get(B, '/tai-khoan')).status, 200, 'this one stays');
  // a citizen on staff pages: not allowed at all
  assert.equal((await a.jar.get(B, '/can-bo')).status, 403);
  assert.equal((await a.jar.get(B, `/quan-tri/nhan-vien/${a.id}`)).status, 403);

  // the agency admin of Sở Tư pháp (000.00.09.H34)
  clearThrottle();
  const admin = await staffLogin(B, agencyAdmin());
  const own = sql("SELECT id FROM account WHERE email = 'chuyenvien@tuphap.kontum.demo'")[0][0];
  const other = sql("SELECT id FROM account WHERE email = 'quantri@stttt.kontum.demo'")[0][0];
  const ownPage = await admin.get(B, `/quan-tri/nhan-vien/${own}`);
  assert.equal(ownPage.status, 200);
  assert.match(ownPage.body, /Trần Văn Hùng/);
  for (const id of [other, a.id, b.id, '999999999']) {
    const x = await admin.get(B, `/quan-tri/nhan-vien/${id}`);
    assert.equal(x.status, 404, `staff record ${id} of another agency or a citizen`);
    assert.ok(!x.body.includes('Lê Minh Đức'), 'nothing of it on the page');
  }
  const t = await admin.token(B, '/can-bo');
  assert.equal((await admin.post(B, `/quan-tri/nhan-vien/${other}/khoa`, { csrf: t })).status, 404);
  assert.equal(sql(`SELECT status FROM account WHERE id = ${other}`)[0][0], 'active');
  const list = await admin.get(B, '/quan-tri/nhan-vien');
  assert.match(list.body, /Trần Văn Hùng/);
  assert.ok(!list.body.includes('Lê Minh Đức'), 'list: own agency only');
  // the province admin sees both
  const prov = await staffLogin(B, provinceAdmin());
  assert.equal((await prov.get(B, `/quan-tri/nhan-vien/${own}`)).status, 200);
  assert.equal((await prov.get(B, `/quan-tri/nhan-vien/${a.id}`)).status, 404, 'citizens are not staff records');
  // the officer whose record was opened sees who opened it
  const seen = await staffLogin(B, 'chuyenvien@tuphap.kontum.demo');
  const mine = await seen.get(B, '/tai-khoan');
  assert.match(mine.body, /Cán bộ đã xem thông tin, hồ sơ của bạn/);
  assert.match(mine.body, new RegExp(AGENCY_ADMIN));
}, { timeout: 180000 });

test('an admin disables an officer: their sessions end at once; enabling lets them back', async () => {
  clearThrottle();
  const email = newStaff('reception', '000.00.09.H34');
  const officer = await staffLogin(B, email);
  assert.equal((await officer.get(B, '/can-bo')).status, 200);
  const admin = await staffLogin(B, agencyAdmin());
  const id = sql(`SELECT id FROM account WHERE email = '${email}'`)[0][0];
  const t = await admin.token(B, `/quan-tri/nhan-vien/${id}`);
  const r = await admin.post(B, `/quan-tri/nhan-vien/${id}/khoa`, { csrf: t });
  assert.equal(r.status, 303);
  assert.equal((await officer.get(B, '/can-bo')).status, 303, 'session ended');
  const again = await login(B, new Jar(), email, DEMO_PASSWORD, '/can-bo/dang-nhap');
  assert.equal(again.status, 403);
  assert.match(again.body, /đang bị khóa/);
  assert.equal((await admin.post(B, `/quan-tri/nhan-vien/${id}/mo-khoa`, { csrf: t })).status, 303);
  assert.equal((await login(B, new Jar(), email, DEMO_PASSWORD, '/can-bo/dang-nhap')).status, 303);
  // nobody locks themselves out
  const self = sql(`SELECT id FROM account WHERE email = '${agencyAdmin()}'`)[0][0];
  assert.equal((await admin.post(B, `/quan-tri/nhan-vien/${self}/khoa`, { csrf: t })).status, 409);
}, { timeout: 180000 });

test('dvcctl user disable and reset end the person\'s sessions at once', async () => {
  clearThrottle();
  const email = newStaff('specialist', '000.00.09.H34');
  const jar = await staffLogin(B, email);
  assert.equal((await jar.get(B, '/can-bo')).status, 200);
  const run = (args, input) => spawnSync(`${BUILD}/dvcctl`, ['-c', CONFIG, ...args], { input, encoding: 'utf8' });
  assert.equal(run(['user', 'reset', email, '--password-stdin'], `${DEMO_PASSWORD}\n`).status, 0);
  assert.equal((await jar.get(B, '/can-bo')).status, 303, 'reset: session ended');
  const j2 = await staffLogin(B, email);
  assert.equal(run(['user', 'disable', email]).status, 0);
  assert.equal((await j2.get(B, '/can-bo')).status, 303, 'disabled: session ended');
  assert.equal(run(['user', 'enable', email]).status, 0);
  assert.equal((await login(B, new Jar(), email, DEMO_PASSWORD, '/can-bo/dang-nhap')).status, 303);
}, { timeout: 180000 });

test('staff: admins must set up two-factor; codes work once; recovery codes work once', async () => {
  clearThrottle();
  // an admin who has not set up a second factor yet
  const email = newStaff('agency_admin', '000.00.09.H34');
  const jar = new Jar();
  const r = await login(B, jar, email, DEMO_PASSWORD, '/can-bo/dang-nhap');
  assert.equal(r.status, 303);
  assert.equal(r.headers.location, '/can-bo/thiet-lap-xac-thuc');
  // half logged in: no staff page yet
  const blocked = await jar.get(B, '/can-bo');
  assert.equal(blocked.status, 303);
  assert.match(blocked.headers.location, /dang-nhap/);
  const page = await jar.get(B, '/can-bo/thiet-lap-xac-thuc');
  const key = page.body.match(/id="khoa-bi-mat"[^>]*>([A-Z2-7]+)</)[1];
  const sealed = page.body.match(/name="khoa" value="([^"]+)"/)[1];
  const token = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  assert.match(page.body, /otpauth:\/\/totp\//);
  const wrong = await jar.post(B, '/can-bo/thiet-lap-xac-thuc', { khoa: sealed, ma_so: '000000', csrf: token });
  assert.equal(wrong.status, 422);
  assert.match(wrong.body, /Mã xác thực không đúng/);
  // a secret the server did not make is refused
  const forged = await jar.post(B, '/can-bo/thiet-lap-xac-thuc', { khoa: sealed.slice(0, -2) + 'AA', ma_so: totp(key), csrf: token });
  assert.equal(forged.status, 303);
  assert.equal(sql(`SELECT totp_enabled FROM account WHERE email = '${email}'`)[0][0], '0');
  const setupCode = totp(key);
  const done = await jar.post(B, '/can-bo/thiet-lap-xac-thuc', { khoa: sealed, ma_so: setupCode, csrf: token });
  assert.equal(done.status, 200);
  const codes = [...done.body.matchAll(/<code>([a-z0-9-]{14})<\/code>/g)].map((m) => m[1]);
  assert.equal(codes.length, 10);
  assert.match(done.headers['cache-control'] || '', /no-store/);
  staffKeys.set(email, key);
  assert.equal((await jar.get(B, '/can-bo')).status, 200, 'full login after setup');
  assert.equal(sql(`SELECT COUNT(*) FROM account_recovery WHERE account_id = (SELECT id FROM account WHERE email = '${email}')`)[0][0], '10');
  assert.equal(sql(`SELECT COUNT(*) FROM account WHERE email = '${email}' AND totp_secret LIKE '%${key}%'`)[0][0], '0', 'secret sealed');

  // next login: the password, then a code
  const j2 = new Jar();
  assert.equal((await login(B, j2, email, DEMO_PASSWORD, '/can-bo/dang-nhap')).headers.location, '/can-bo/xac-thuc');
  const t2 = await j2.token(B, '/can-bo/xac-thuc');
  // the code just used at setup is spent
  // (the very code typed at setup: computed again, a 30-second step may
  // have passed since, and the next step's code is a fresh one)
  const replay = await j2.post(B, '/can-bo/xac-thuc', { ma_so: setupCode, csrf: t2 });
  assert.equal(replay.status, 422, 'a code works once');
  // a recovery code, typed in capitals with spaces
  const rc = await j2.post(B, '/can-bo/xac-thuc', { ma_so: codes[0].toUpperCase().replace(/-/g, ' '), csrf: t2 });
  assert.equal(rc.status, 303);
  assert.equal(rc.headers.location, '/can-bo');
  // the same recovery code again: refused
  const j3 = new Jar();
  await login(B, j3, email, DEMO_PASSWORD, '/can-bo/dang-nhap');
  const t3 = await j3.token(B, '/can-bo/xac-thuc');
  assert.equal((await j3.post(B, '/can-bo/xac-thuc', { ma_so: codes[0], csrf: t3 })).status, 422);
  // five wrong codes end the half-open session
  for (let i = 0; i < 3; i++) await j3.post(B, '/can-bo/xac-thuc', { ma_so: '111111', csrf: t3 });
  const last = await j3.post(B, '/can-bo/xac-thuc', { ma_so: '111111', csrf: t3 });
  assert.equal(last.status, 403);
  assert.match(last.body, /Nhập sai mã quá nhiều lần/);
  // a non-admin officer goes straight in; doors are not interchangeable
  const off = await login(B, new Jar(), 'chuyenvien@tuphap.kontum.demo', DEMO_PASSWORD, '/can-bo/dang-nhap');
  assert.equal(off.headers.location, '/can-bo');
  assert.equal((await login(B, new Jar(), 'chuyenvien@tuphap.kontum.demo', DEMO_PASSWORD)).status, 422, 'staff on the citizens\' page');
}, { timeout: 180000 });

test('1,000 scripted wrong passwords: the limits hold, the owner gets in after the wait', async () => {
  clearThrottle();
  const { data, id } = await newCitizen(B);
  const jar = new Jar();
  const token = await jar.token(B, '/tai-khoan/dang-nhap');
  const counts = {};
  const t0 = Date.now();
  for (let i = 0; i < 1000; i++) {
    const r = await jar.post(B, '/tai-khoan/dang-nhap', { dinh_danh: data.email, mat_khau: `sai-mat-khau-${i}`, csrf: token });
    counts[r.status] = (counts[r.status] || 0) + 1;
    if (r.status === 429 && i === 999) {
      assert.match(r.body, /Đăng nhập sai quá nhiều lần/);
      assert.ok(Number(r.headers['retry-after']) > 0);
    }
  }
  // Login.FreeFailures (5) are checked at once; then one after each wait,
  // the waits doubling from 1 s (counted in whole seconds, so each may
  // end up to a second early): k more within the loop's time when
  // 2^k - 1 - k seconds fit in it. A slow or busy machine checks a few
  // more, never one per request.
  const secs = (Date.now() - t0) / 1000;
  let k = 0;
  while (2 ** (k + 1) - 1 - (k + 1) <= secs) k++;
  assert.ok((counts[422] || 0) <= 5 + k, `passwords actually checked: ${counts[422]} in ${secs} s`);
  assert.ok((counts[429] || 0) >= 1000 - 5 - k, `refused without checking: ${counts[429]}`);
  assert.deepEqual(Object.keys(counts).sort(), ['422', '429']);
  // the right password during the wait is refused the same way
  const right = await login(B, new Jar(), data.email, data.mat_khau);
  assert.equal(right.status, 429);
  // the account's own wait is at most a minute
  const wait = Number(sql(`SELECT MAX(TIMESTAMPDIFF(SECOND, last_failure, blocked_until)) FROM login_throttle WHERE k = 'a:${id}'`)[0][0]);
  assert.ok(wait <= 60, `account wait ${wait} s`);
  // time passes: the waits run out
  sql(`UPDATE login_throttle SET blocked_until = NOW() WHERE k IN ('i:${CLIENT_IP}', 'a:${id}')`);
  const after = await login(B, new Jar(), data.email, data.mat_khau);
  assert.equal(after.status, 303);
  // the login that got in cleared the account's count: its next wrong
  // password starts again from the free ones
  assert.deepEqual(sql(`SELECT k FROM login_throttle WHERE k = 'a:${id}'`), [], 'the account\'s count is gone');
  clearThrottle();
}, { timeout: 300000 });

test('unknown person and wrong password: the same message, and a password hash either way', async () => {
  const { data } = await newCitizen(B);
  await withProductionCost(async (sock) => {
    const wrong = [];
    const unknown = [];
    for (let i = 0; i < 3; i++) {
      wrong.push(await loginAt(sock, data.email, 'mat khau sai roi nhe', `127.0.3.${10 + i}`));
      unknown.push(await loginAt(sock, `khong.co.${Date.now()}.${i}@example.vn`, 'mat khau sai roi nhe', `127.0.3.${20 + i}`));
    }
    for (const x of [...wrong, ...unknown]) assert.equal(x.status, 422);
    const msg = (b) => b.match(/<div class="alert alert-error" role="alert"[^>]*><p>([^<]+)/)[1];
    assert.equal(msg(wrong[0].body), msg(unknown[0].body));
    // the unknown name is not answered at once: it costs a hash too (the
    // fastest of three of each, so that a busy moment does not decide)
    const best = (xs) => Math.min(...xs.map((x) => x.ms));
    assert.ok(best(unknown) > best(wrong) * 0.3, `unknown ${best(unknown)} ms, wrong ${best(wrong)} ms`);
  });
}, { timeout: 240000 });

test('login input: over-long, non-UTF-8 and missing values are clear form errors', async () => {
  clearThrottle();
  const jar = new Jar();
  const token = await jar.token(B, '/tai-khoan/dang-nhap');
  const long = await jar.post(B, '/tai-khoan/dang-nhap', { dinh_danh: 'a'.repeat(300), mat_khau: 'x', csrf: token });
  assert.equal(long.status, 422);
  assert.match(long.body, /quá dài/);
  const longPw = await jar.post(B, '/tai-khoan/dang-nhap', { dinh_danh: 'a@example.vn', mat_khau: 'x'.repeat(200), csrf: token });
  assert.equal(longPw.status, 422);
  assert.match(longPw.body, /tối đa 128 ký tự/);
  const bin = await jar.post(B, '/tai-khoan/dang-nhap', `csrf=${token}&dinh_danh=%FF%FE&mat_khau=abc`);
  assert.equal(bin.status, 422);
  assert.match(bin.body, /không phải UTF-8/);
  const none = await jar.post(B, '/tai-khoan/dang-nhap', { csrf: token });
  assert.equal(none.status, 422);
  assert.match(none.body, /Vui lòng nhập mục này/);
  // a "come back to" address outside the site is ignored
  const { data } = await newCitizen(B);
  const j = new Jar();
  const t = await j.token(B, '/tai-khoan/dang-nhap?tiep=//evil.example/x');
  const r = await j.post(B, '/tai-khoan/dang-nhap', { dinh_danh: data.email, mat_khau: data.mat_khau, tiep: '//evil.example/x', csrf: t });
  assert.equal(r.headers.location, '/tai-khoan');
});

test('forgotten password: the same answer for any address; a single-use, expiring link; other sessions end', async () => {
  clearThrottle();
  const { jar, data, id } = await newCitizen(B);
  const other = new Jar();
  await login(B, other, data.email, data.mat_khau);
  const anon = new Jar();
  const token = await anon.token(B, '/tai-khoan/quen-mat-khau');
  const unknown = await anon.post(B, '/tai-khoan/quen-mat-khau', { email: `khong.ai.${Date.now()}@example.vn`, csrf: token });
  const known = await anon.post(B, '/tai-khoan/quen-mat-khau', { email: data.email, csrf: token });
  assert.equal(unknown.status, 303);
  assert.equal(known.status, 303);
  assert.equal(unknown.headers.location, known.headers.location);
  const mail = lastMail(data.email);
  assert.equal(mail.subject, 'Đặt lại mật khẩu tài khoản Cổng Dịch vụ công');
  const link = linkToken(mail);
  canaries.add(link);
  const form = await anon.get(B, `/tai-khoan/dat-lai-mat-khau?ma=${link}`);
  assert.equal(form.status, 200);
  const t2 = form.body.match(/name="csrf" value="([^"]+)"/)[1];
  const mismatch = await anon.post(B, '/tai-khoan/dat-lai-mat-khau', { ma: link, mat_khau_moi: 'mot cau rat dai de nho', nhap_lai: 'khac', csrf: t2 });
  assert.equal(mismatch.status, 422);
  const fresh = 'bau troi Kon Tum xanh ngat';
  const ok = await anon.post(B, '/tai-khoan/dat-lai-mat-khau', { ma: link, mat_khau_moi: fresh, nhap_lai: fresh, csrf: t2 });
  assert.equal(ok.status, 200);
  assert.match(ok.body, /Đã đặt mật khẩu mới/);
  assert.equal((await jar.get(B, '/tai-khoan')).status, 303, 'old sessions ended');
  assert.equal((await other.get(B, '/tai-khoan')).status, 303);
  assert.equal((await login(B, new Jar(), data.email, data.mat_khau)).status, 422, 'old password gone');
  assert.equal((await login(B, new Jar(), data.email, fresh)).status, 303);
  const reuse = await anon.post(B, '/tai-khoan/dat-lai-mat-khau', { ma: link, mat_khau_moi: fresh, nhap_lai: fresh, csrf: t2 });
  assert.equal(reuse.status, 404);
  // an expired link
  sql(`DELETE FROM account_token WHERE purpose = 'reset' AND account_id = ${id}`);
  await anon.post(B, '/tai-khoan/quen-mat-khau', { email: data.email, csrf: token });
  const link2 = linkToken(lastMail(data.email));
  sql(`UPDATE account_token SET expires_at = NOW() - INTERVAL 1 SECOND WHERE purpose = 'reset' AND account_id = ${id}`);
  assert.equal((await anon.get(B, `/tai-khoan/dat-lai-mat-khau?ma=${link2}`)).status, 404);
});

test('change password: other sessions end, this one stays; a mail says so', async () => {
  clearThrottle();
  const { jar, data } = await newCitizen(B);
  const other = new Jar();
  await login(B, other, data.email, data.mat_khau);
  const token = await jar.token(B, '/tai-khoan/doi-mat-khau');
  const bad = await jar.post(B, '/tai-khoan/doi-mat-khau', { mat_khau: 'khong dung dau', mat_khau_moi: 'mat khau moi that dai', nhap_lai: 'mat khau moi that dai', csrf: token });
  assert.equal(bad.status, 422);
  assert.match(bad.body, /Mật khẩu hiện tại không đúng/);
  const fresh = 'song Dak Bla chay qua pho';
  const r = await jar.post(B, '/tai-khoan/doi-mat-khau', { mat_khau: data.mat_khau, mat_khau_moi: fresh, nhap_lai: fresh, csrf: token });
  assert.equal(r.status, 200);
  assert.equal((await jar.get(B, '/tai-khoan')).status, 200, 'this session stays');
  assert.equal((await other.get(B, '/tai-khoan')).status, 303, 'the other ended');
  assert.equal(lastMail(data.email).subject, 'Mật khẩu tài khoản Cổng Dịch vụ công đã thay đổi');
});

test('password hashes are upgraded at login when the cost rises, never lowered', async () => {
  clearThrottle();
  const { data, id } = await newCitizen(B);
  const hash = () => sql(`SELECT password_hash FROM account WHERE id = ${id}`)[0][0];
  // argon2id's memory (KiB) and passes, from the PHC string
  const cost = (h) => {
    const m = h.match(/^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    assert.ok(m, `an argon2id hash: ${h}`);
    return `${m[1]},${m[2]}`;
  };
  // made at the stack's cost, lower than the shipped one (as an older
  // release's would be)
  const made = cost(hash());
  assert.notEqual(made, '19456,2', `the stack hashes at ${made}`);
  await withProductionCost(async (sock) => {
    assert.equal((await loginAt(sock, data.email, data.mat_khau, '127.0.3.1')).status, 303);
  });
  assert.equal(cost(hash()), '19456,2', 'rehashed with the shipped default cost (etc/dvc.hdf)');
  // the new hash opens the account where the cost is lower, and stays
  assert.equal((await login(B, new Jar(), data.email, data.mat_khau)).status, 303);
  assert.equal(cost(hash()), '19456,2', 'not lowered');
}, { timeout: 240000 });

test('a PBKDF2 hash of an older release opens the account and becomes argon2id at that login', async () => {
  clearThrottle();
  const { data, id } = await newCitizen(B);
  // What a release before argon2id stored (PBKDF2-HMAC-SHA256, base64url),
  // computed here by node's own crypto. The current code makes no PBKDF2
  // hash any more, so the database is left as the older release left it.
  const salt = randomBytes(16);
  const dk = pbkdf2Sync(data.mat_khau, salt, 100000, 32, 'sha256');
  const old = `pbkdf2-sha256$100000$${salt.toString('base64url')}$${dk.toString('base64url')}`;
  sql(`UPDATE account SET password_hash = '${old}' WHERE id = ${id}`);
  const hash = () => sql(`SELECT password_hash FROM account WHERE id = ${id}`)[0][0];
  // a wrong password changes nothing
  assert.equal((await login(B, new Jar(), data.email, 'khong phai mat khau nay')).status, 422);
  assert.equal(hash(), old);
  clearThrottle();
  const jar = new Jar();
  assert.equal((await login(B, jar, data.email, data.mat_khau)).status, 303);
  assert.equal((await jar.get(B, '/tai-khoan')).status, 200);
  const now = hash();
  assert.match(now, /^\$argon2id\$v=19\$m=1024,t=1,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/,
    'made again with the configured argon2id');
  // and it opens the account from then on
  assert.equal((await login(B, new Jar(), data.email, data.mat_khau)).status, 303);
  assert.equal(hash(), now, 'not made again at the next login');
});

test('personal data: the page shows it, the download has it all, erasure removes it', async () => {
  clearThrottle();
  const { jar, data, id } = await newCitizen(B);
  const page = await jar.get(B, '/tai-khoan');
  for (const v of [data.ho_ten, data.so_dinh_danh, data.dien_thoai, data.email, '15/03/1990']) assert.ok(page.body.includes(v), v);
  const dl = await jar.get(B, '/tai-khoan/du-lieu/tai-ve');
  assert.equal(dl.status, 200);
  assert.match(dl.headers['content-type'], /application\/json/);
  assert.match(dl.headers['content-disposition'], /attachment/);
  assert.match(dl.headers['cache-control'], /no-store/);
  const j = JSON.parse(dl.body);
  assert.equal(j.tai_khoan.id_number, data.so_dinh_danh);
  assert.equal(j.tai_khoan.email, data.email);
  assert.ok(j.phien_dang_nhap.length >= 1);
  assert.ok(j.nhat_ky.some((e) => e.action === 'login.ok'));
  assert.ok(j.thu_da_gui.some((m) => /Xác nhận đăng ký/.test(m.subject)));
  assert.ok(!('password_hash' in j.tai_khoan), 'no hash in the download');
  // erasure needs the password
  const token = await jar.token(B, '/tai-khoan/xoa');
  const wrong = await jar.post(B, '/tai-khoan/xoa', { mat_khau: 'khong phai mat khau', csrf: token });
  assert.equal(wrong.status, 422);
  const r = await jar.post(B, '/tai-khoan/xoa', { mat_khau: data.mat_khau, csrf: token });
  assert.equal(r.status, 200);
  assert.match(r.body, /Tài khoản đã được xóa/);
  assert.deepEqual(sql(`SELECT status, email IS NULL, id_number IS NULL, phone IS NULL, birth_date IS NULL, address IS NULL, full_name FROM account WHERE id = ${id}`)[0],
    ['deleted', '1', '1', '1', '1', '1', '']);
  assert.equal(sql(`SELECT COUNT(*) FROM session WHERE account_id = ${id}`)[0][0], '0');
  assert.equal((await login(B, new Jar(), data.email, data.mat_khau)).status, 422);
  assert.equal(lastMail(data.email).subject, 'Tài khoản Cổng Dịch vụ công đã được xóa');
  // the same person can register again
  const again = new Jar();
  const t = await again.token(B, '/tai-khoan/dang-ky');
  assert.equal((await again.post(B, '/tai-khoan/dang-ky', { ...data, csrf: t })).status, 303);
  assert.equal(sql(`SELECT status FROM account WHERE id_number = '${data.so_dinh_danh}'`)[0][0], 'pending');
});

test('GET never changes state: every account page is safe to fetch twice', async () => {
  const { jar, id } = await newCitizen(B);
  const before = sql(`SELECT status, password_hash FROM account WHERE id = ${id}`)[0];
  for (const p of ['/tai-khoan/xoa', '/tai-khoan/doi-mat-khau', '/tai-khoan/dang-xuat', '/tai-khoan/phien/1/ket-thuc']) {
    const r = await jar.get(B, p);
    assert.ok([200, 405].includes(r.status), `${p}: ${r.status}`);
  }
  assert.deepEqual(sql(`SELECT status, password_hash FROM account WHERE id = ${id}`)[0], before);
  assert.equal((await jar.get(B, '/tai-khoan')).status, 200, 'still logged in');
});

test('the audit trail has the logins, failures, reads and changes above, and its chain is whole', async () => {
  const actions = new Set(sql('SELECT DISTINCT action FROM audit').map((r) => r[0]));
  for (const a of ['register', 'account.confirm', 'login.ok', 'login.fail', 'login.throttled', 'logout',
    'account.read', 'account.export', 'password.change', 'password.reset', 'account.erase',
    'totp.enable', 'staff.disable', 'session.end']) assert.ok(actions.has(a), `audited: ${a}`);
  // who opened whose record: actor, owner and agency are kept
  const r = sql(`SELECT u.actor_kind, a.email FROM audit u JOIN account a ON a.id = u.actor_id
    WHERE u.action = 'account.read' AND u.owner_id <> u.actor_id ORDER BY u.seq DESC LIMIT 1`);
  assert.equal(r[0][0], 'staff');
  const v = spawnSync(`${BUILD}/dvcctl`, ['-c', CONFIG, 'audit', 'verify'], { encoding: 'utf8' });
  assert.equal(v.status, 0, v.stdout + v.stderr);
  assert.match(v.stdout, /chuỗi nguyên vẹn/);
});

test('canaries: passwords, tokens and ID numbers never reach the log', async () => {
  const log = logText();
  assert.ok(canaries.size >= 5, `${canaries.size} canaries`);
  for (const c of canaries) assert.ok(!log.includes(c), `found in log: ${c.slice(0, 6)}…`);
  for (const pw of [DEMO_PASSWORD, 'nha toi o pho le loi']) assert.ok(!log.includes(pw));
});
