// The signed-in state on every page, cached public ones included (issue 15):
// a hint cookie beside the session's picks the header of the shared cached
// pages (two variants each, never a person's name); the personal pages
// show the name. Failed forms: the title says so, the error summary comes
// first in the form's order and takes the focus; registration reads the
// common date forms and offers number keyboards.
import { test, assert } from '../lib/t.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { Jar, citizen, newCitizen, staffLogin, lastMail, linkToken } from '../lib/account.mjs';
import { L3 } from '../lib/office.mjs';

const B = NGINX;
const myDossiers = /<a href="\/ho-so"[^>]*>Hồ sơ của tôi<\/a>/;

// The site navigation's part of a page.
const nav = (body) => body.slice(body.indexOf('<nav class="site-nav"'), body.indexOf('</header>'));

test('anonymous: the header offers to log in, nothing says signed in', async () => {
  const r = await new Jar().get(B, '/thu-tuc');
  assert.equal(r.status, 200);
  const h = nav(r.body);
  assert.match(h, /<a href="\/tai-khoan\/dang-nhap"[^>]*>Đăng nhập<\/a>/);
  assert.doesNotMatch(h, myDossiers);
  assert.doesNotMatch(h, /Bạn đang đăng nhập/);
});

test('a citizen: cached public pages say signed in (no name), link "Hồ sơ của tôi" and a log-out page; anonymous visitors still get their own variant', async () => {
  const { jar, data } = await newCitizen(B);
  assert.equal(jar.c.get('dvc_dn'), 'cd', 'the hint is set at login');
  for (const path of ['/', '/thu-tuc', '/co-quan', '/thong-ke']) {
    // twice: the second is the cache's copy
    for (let i = 0; i < 2; i++) {
      const r = await jar.get(B, path);
      assert.equal(r.status, 200, path);
      const h = nav(r.body);
      assert.match(h, myDossiers, path);
      assert.match(h, /<a href="\/tai-khoan">Tài khoản của tôi<\/a>/, path);
      assert.match(h, /Bạn đang đăng nhập\.<\/span> <a href="\/tai-khoan\/dang-xuat">Đăng xuất<\/a>/, path);
      assert.ok(!r.body.includes(data.ho_ten), `${path}: no name on a shared page`);
      assert.ok(!r.headers['set-cookie'], `${path}: the cached page sets no cookie`);
    }
    const anon = await new Jar().get(B, path);
    assert.doesNotMatch(nav(anon.body), myDossiers, `${path}: the anonymous variant stays anonymous`);
  }
  // the personal pages: the name and the log-out button
  const own = await jar.get(B, '/tai-khoan');
  assert.match(nav(own.body), new RegExp(`>${data.ho_ten}</a>`));
  assert.match(nav(own.body), myDossiers);
  const list = await jar.get(B, '/ho-so');
  assert.match(nav(list.body), /<a href="\/ho-so" aria-current="page">Hồ sơ của tôi<\/a>/);

  // the log-out page the hint links to: a button with the person's token
  const out = await jar.get(B, '/tai-khoan/dang-xuat');
  assert.equal(out.status, 200);
  assert.match(out.body, /<h1>Đăng xuất<\/h1>/);
  const token = out.body.match(/name="csrf" value="([^"]+)"/)[1];
  const done = await jar.post(B, '/tai-khoan/dang-xuat', { csrf: token });
  assert.equal(done.status, 303);
  assert.equal(jar.c.get('dvc_dn'), undefined, 'the hint goes with the session');
  assert.equal(jar.sid, undefined);
  const after = await jar.get(B, '/thu-tuc');
  assert.doesNotMatch(nav(after.body), myDossiers);
  assert.match(nav(after.body), />Đăng nhập<\/a>/);
});

test('a hint without a session is taken back by the first personal page; a forged value shows nothing', async () => {
  const jar = new Jar();
  jar.c.set('dvc_dn', 'cd');
  const r = await jar.get(B, '/tai-khoan/dang-nhap');
  assert.equal(r.status, 200);
  assert.equal(jar.c.get('dvc_dn'), undefined, 'cleared');
  assert.doesNotMatch(nav(r.body), /Bạn đang đăng nhập/);
  // the hint opens nothing
  const j2 = new Jar();
  j2.c.set('dvc_dn', 'cd');
  const p = await j2.get(B, '/ho-so');
  assert.equal(p.status, 303);
  assert.match(p.headers.location, /dang-nhap/);
  // any other value is no hint at all
  const j3 = new Jar();
  j3.c.set('dvc_dn', 'cd<script>');
  const q = await j3.get(B, '/thu-tuc');
  assert.doesNotMatch(nav(q.body), /Bạn đang đăng nhập|Hồ sơ của tôi/);
});

test('an officer: the hint sends "my account" to the back office, without "Hồ sơ của tôi"', async () => {
  const jar = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  assert.equal(jar.c.get('dvc_dn'), 'cb');
  const r = await jar.get(B, '/co-quan');
  const h = nav(r.body);
  assert.match(h, /<a href="\/can-bo">Tài khoản của tôi<\/a>/);
  assert.doesNotMatch(h, myDossiers);
});

test('a failed form: "Lỗi:" in the title, the summary first and focused, its errors in the order of the form', async () => {
  const jar = new Jar();
  const token = await jar.token(B, '/tai-khoan/dang-ky');
  // errors in several fields, the tick box among them
  const d = citizen({ ho_ten: '', so_dinh_danh: '12', ngay_sinh: '31/02/1990', email: 'khong-phai', dong_y: '', nhap_lai: 'khac han' });
  const r = await jar.post(B, '/tai-khoan/dang-ky', { ...d, csrf: token });
  assert.equal(r.status, 422);
  assert.match(r.body, /<title>Lỗi: Đăng ký tài khoản/);
  const summary = r.body.match(/<div class="alert alert-error error-summary" role="alert" tabindex="-1" id="loi-bieu-mau" autofocus>([\s\S]*?)<\/div>/);
  assert.ok(summary, 'the summary, focused on load');
  const listed = [...summary[1].matchAll(/href="#([a-z_]+)"/g)].map((m) => m[1]);
  assert.deepEqual(listed, ['ho_ten', 'so_dinh_danh', 'ngay_sinh', 'email', 'nhap_lai', 'dong_y']);
  // the same order as the fields on the page
  const form = r.body.slice(r.body.indexOf('<form class="form"'));
  const onPage = [...form.matchAll(/ id="([a-z_]+)"/g)].map((m) => m[1]).filter((id) => listed.includes(id));
  assert.deepEqual(listed, onPage);
  assert.match(summary[1], /Cam kết: Vui lòng đánh dấu vào ô cam kết để tiếp tục\./);
  assert.ok(r.body.indexOf('id="loi-bieu-mau"') < r.body.indexOf('<form class="form"'), 'above the form');
  // a page without errors says nothing of the kind
  const fresh = await new Jar().get(B, '/tai-khoan/dang-ky');
  assert.match(fresh.body, /<title>Đăng ký tài khoản/);
  assert.doesNotMatch(fresh.body, /autofocus/);
});

test('registration: the common date forms, number keyboards, "new password" only where a password changes', async () => {
  const forms = [['15-3-1990', '1990-03-15'], ['15/03/1990', '1990-03-15'], ['1990-03-15', '1990-03-15'], ['5.3.1990', '1990-03-05']];
  for (const [typed, stored] of forms) {
    const jar = new Jar();
    const token = await jar.token(B, '/tai-khoan/dang-ky');
    const d = citizen({ ngay_sinh: typed });
    const r = await jar.post(B, '/tai-khoan/dang-ky', { ...d, csrf: token });
    assert.equal(r.status, 303, `${typed}: ${r.status}`);
    assert.equal(sql(`SELECT DATE_FORMAT(birth_date, '%Y-%m-%d') FROM account WHERE email = '${d.email}'`)[0][0], stored, typed);
  }
  const page = (await new Jar().get(B, '/tai-khoan/dang-ky')).body;
  assert.match(page, /<input id="so_dinh_danh" name="so_dinh_danh" type="text" value="" inputmode="numeric"/);
  assert.match(page, /<input id="ma_so_thue" name="ma_so_thue" type="text" value="" inputmode="numeric"/);
  assert.match(page, /<input id="dien_thoai" name="dien_thoai" type="tel"/);
  assert.match(page, /<label for="nhap_lai">Nhập lại mật khẩu <span/);
  assert.doesNotMatch(page, /mật khẩu mới/i);
  const { jar } = await newCitizen(B);
  const change = (await jar.get(B, '/tai-khoan/doi-mat-khau')).body;
  assert.match(change, /<label for="nhap_lai">Nhập lại mật khẩu mới <span/);
  // every form that checks its fields itself leaves the browser's English
  // bubbles out (novalidate)
  for (const p of ['/tai-khoan/dang-ky', '/tai-khoan/dang-nhap', '/tai-khoan/quen-mat-khau', '/gop-y']) {
    const b = (await new Jar().get(B, p)).body;
    for (const f of b.match(/<form class="form"[^>]*>/g) || [])
      if (/method="post"/.test(f)) assert.match(f, /novalidate/, `${p}: ${f}`);
  }
});

test('registering from a procedure: the way back goes through the confirmation mail to the login and the start page', async () => {
  const code = L3;
  const start = `/ho-so/nop/${code}`;
  const page = await new Jar().get(B, start);
  const reg = page.body.match(/href="(\/tai-khoan\/dang-ky\?tiep=[^"]+)"/);
  assert.ok(reg, 'the start page offers to register and come back');
  assert.equal(decodeURIComponent(reg[1].split('tiep=')[1]), start);
  const jar = new Jar();
  const form = await jar.get(B, reg[1].replace(/&amp;/g, '&'));
  assert.match(form.body, new RegExp(`<input type="hidden" name="tiep" value="${start.replace(/\./g, '\\.')}">`));
  const token = form.body.match(/name="csrf" value="([^"]+)"/)[1];
  const d = citizen();
  const r = await jar.post(B, '/tai-khoan/dang-ky', { ...d, tiep: start, csrf: token });
  assert.equal(r.status, 303);
  const mail = lastMail(d.email);
  const link = mail.text.match(/https?:\/\/\S+\/tai-khoan\/xac-nhan\?ma=\S+/)[0];
  assert.match(link, new RegExp(`&tiep=${encodeURIComponent(start).replace(/\./g, '\\.')}`), link);
  const path = link.replace(/^https?:\/\/[^/]+/, '');
  const confirm = await jar.get(B, path);
  const t2 = confirm.body.match(/name="csrf" value="([^"]+)"/)[1];
  assert.match(confirm.body, /name="tiep"/);
  const done = await jar.post(B, '/tai-khoan/xac-nhan', { ma: linkToken(mail), tiep: start, csrf: t2 });
  assert.equal(done.status, 200);
  const login = done.body.match(/href="(\/tai-khoan\/dang-nhap\?tiep=[^"]+)"/);
  assert.ok(login, 'the login link carries the way back');
  const lf = await jar.get(B, login[1]);
  const t3 = lf.body.match(/name="csrf" value="([^"]+)"/)[1];
  const in_ = await jar.post(B, '/tai-khoan/dang-nhap', { dinh_danh: d.email, mat_khau: d.mat_khau, tiep: start, csrf: t3 });
  assert.equal(in_.status, 303);
  assert.equal(in_.headers.location, start);
  // a way back outside the site is dropped, not followed
  const j2 = new Jar();
  const f2 = await j2.get(B, '/tai-khoan/dang-ky?tiep=//evil.example/x');
  assert.doesNotMatch(f2.body, /name="tiep"/);
});
