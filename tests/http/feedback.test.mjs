// The feedback form end to end through nginx: validation, CSRF, storage,
// the hourly limit. Nothing typed is lost on any error.
import { test, assert } from '../lib/t.mjs';
import { get, post, csrf, assertSecurityHeaders } from '../lib/http.mjs';
import { NGINX, CLIENT_IP, sql } from '../lib/env.mjs';

// This file's feedback: the rows sent from its own address (other files
// send feedback at the same time), and the hour's allowance of that address.
const MINE = `client_ip = INET6_ATON('${CLIENT_IP}')`;

const good = {
  ho_ten: 'Nguyễn Thị Hồng Nhung',
  email: 'nhung.nguyen@example.vn',
  dien_thoai: '0912 345 678',
  tieu_de: 'Đề nghị bổ sung hướng dẫn',
  noi_dung: 'Xin hướng dẫn rõ hơn cách nộp hồ sơ đăng ký khai sinh trực tuyến.',
};

test('a valid message is stored and the browser is sent to the thank-you page', async () => {
  sql(`DELETE FROM feedback WHERE ${MINE}`);
  const { cookie, token } = await csrf(NGINX);
  const r = await post(NGINX, '/gop-y', { ...good, csrf: token }, { cookie });
  assert.equal(r.status, 303);
  assert.equal(r.headers.location, '/gop-y/da-gui');
  const t = await get(NGINX, '/gop-y/da-gui');
  assert.equal(t.status, 200);
  assert.match(t.body, /Đã nhận góp ý của bạn/);
  const rows = sql(`SELECT full_name, email, phone, subject, body, INET6_NTOA(client_ip) FROM feedback WHERE ${MINE}`);
  assert.equal(rows.length, 1);
  assert.deepEqual(rows[0], [good.ho_ten, good.email, '0912345678', good.tieu_de, good.noi_dung, CLIENT_IP]);
});

test('invalid fields: 422, a Vietnamese message per field, the typed text kept', async () => {
  const { cookie, token } = await csrf(NGINX);
  const bad = { ho_ten: 'Nam <script>', email: 'nam@@x', dien_thoai: '12345', tieu_de: 'ab',
    noi_dung: 'Nội dung <b>dài</b> đủ mười ký tự' };
  const r = await post(NGINX, '/gop-y', { ...bad, csrf: token }, { cookie });
  assert.equal(r.status, 422);
  assertSecurityHeaders(assert, r, { personal: true });
  assert.match(r.body, /Vui lòng sửa các mục sau/);
  assert.match(r.body, /Họ tên chỉ gồm chữ cái/);
  assert.match(r.body, /Địa chỉ email không đúng định dạng/);
  assert.match(r.body, /Số điện thoại không đúng/);
  assert.match(r.body, /Nội dung quá ngắn/);
  assert.match(r.body, /value="Nam &lt;script&gt;"/, 'name kept, escaped');
  assert.match(r.body, /value="nam@@x"/);
  assert.match(r.body, /Nội dung &lt;b&gt;dài&lt;\/b&gt; đủ mười ký tự<\/textarea>/, 'text kept, escaped');
  assert.ok(!r.body.includes('<script>'), 'nothing raw');
  assert.equal(sql("SELECT COUNT(*) FROM feedback WHERE email = 'nam@@x'")[0][0], '0');
});

test('over-long and non-UTF-8 input: clear form errors, never a 500', async () => {
  const { cookie, token } = await csrf(NGINX);
  const long = await post(NGINX, '/gop-y', { ...good, tieu_de: 'x'.repeat(201), csrf: token }, { cookie });
  assert.equal(long.status, 422);
  assert.match(long.body, /Nội dung quá dài/);
  const body = `csrf=${token}&ho_ten=%C3%28&tieu_de=Ti%EAu+de&noi_dung=${encodeURIComponent(good.noi_dung)}`;
  const bin = await post(NGINX, '/gop-y', body, { cookie });
  assert.equal(bin.status, 422);
  assert.match(bin.body, /không phải UTF-8/);
  const ctl = await post(NGINX, '/gop-y', { ...good, tieu_de: 'Tiêu đề \u202e đảo chiều', csrf: token }, { cookie });
  assert.equal(ctl.status, 422);
  assert.match(ctl.body, /ký tự điều khiển/);
});

test('a field sent twice is an error on that field', async () => {
  const { cookie, token } = await csrf(NGINX);
  const body = `csrf=${token}&ho_ten=An&ho_ten=Binh&tieu_de=Tieu+de+hai&noi_dung=${encodeURIComponent(good.noi_dung)}`;
  const r = await post(NGINX, '/gop-y', body, { cookie });
  assert.equal(r.status, 422);
  assert.match(r.body, /chỉ được gửi một lần/);
});

test('CSRF: missing token, wrong token, token of another visitor, no cookie: 403', async () => {
  const a = await csrf(NGINX);
  const b = await csrf(NGINX);
  const cases = [
    [{ ...good }, a.cookie],
    [{ ...good, csrf: 'x'.repeat(43) }, a.cookie],
    [{ ...good, csrf: b.token }, a.cookie],
    [{ ...good, csrf: a.token }, undefined],
    [{ ...good, csrf: a.token }, 'dvc_csrf=AAAAAAAAAAAAAAAAAAAAAA'],
  ];
  const before = sql(`SELECT COUNT(*) FROM feedback WHERE ${MINE}`)[0][0];
  for (const [fields, cookie] of cases) {
    const r = await post(NGINX, '/gop-y', fields, { cookie });
    assert.equal(r.status, 403);
    assert.match(r.body, /Không có quyền truy cập/);
  }
  assert.equal(sql(`SELECT COUNT(*) FROM feedback WHERE ${MINE}`)[0][0], before, 'nothing stored');
});

test('CSRF: a cross-site Origin is refused even with a valid token', async () => {
  const { cookie, token } = await csrf(NGINX);
  const r = await post(NGINX, '/gop-y', { ...good, csrf: token }, { cookie,
    headers: { Origin: 'https://attacker.example' } });
  assert.equal(r.status, 403);
  const same = await post(NGINX, '/gop-y', { ...good, csrf: token }, { cookie,
    headers: { Origin: NGINX } });
  assert.equal(same.status, 303);
});

test('the hourly limit per address: 429, the message kept on the page', async () => {
  sql(`DELETE FROM feedback WHERE ${MINE}`);
  const { cookie, token } = await csrf(NGINX);
  for (let i = 0; i < 5; i++) {
    const r = await post(NGINX, '/gop-y', { ...good, csrf: token }, { cookie });
    assert.equal(r.status, 303, `message ${i + 1}`);
  }
  const r = await post(NGINX, '/gop-y', { ...good, tieu_de: 'Góp ý thứ sáu', csrf: token }, { cookie });
  assert.equal(r.status, 429);
  assert.match(r.body, /Góp ý chưa được gửi/);
  assert.match(r.body, /value="Góp ý thứ sáu"/);
  assert.equal(sql(`SELECT COUNT(*) FROM feedback WHERE ${MINE}`)[0][0], '5');
  sql(`DELETE FROM feedback WHERE ${MINE}`);
});
