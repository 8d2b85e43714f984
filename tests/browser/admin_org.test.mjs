// Administration in a browser (issue 16, "Done when"): an agency admin
// invites an officer, who sets a password by the mailed link, logs in and
// receives a citizen's dossier; the province's admin adds a holiday after
// its preview. Every page axe-clean, errors by their fields.
import { test, assert } from '../lib/t.mjs';
import { launch, clean, click, officerStep, DESK } from '../lib/browser.mjs';
import { NGINX, sql, clearThrottle } from '../lib/env.mjs';
import { post, csrf } from '../lib/http.mjs';
import { lastMail, linkToken, staffLogin, newStaff, DEMO_PASSWORD } from '../lib/account.mjs';
import { submitted, step } from '../lib/office.mjs';

const B = NGINX;
let browser;

// A browser context with jar's session, as if it had logged in there.
async function contextWith(jar) {
  const ctx = await browser.newContext(DESK);
  ctx.setDefaultTimeout(20000);
  await ctx.addCookies([{ name: 'dvc_sid', value: jar.sid, url: B }]);
  return ctx;
}

test('start chromium for the administration journeys', async () => {
  browser = await launch();
});

test('an agency admin invites an officer, who sets a password, logs in and receives a dossier', async () => {
  clearThrottle();
  const adminJar = await staffLogin(B, newStaff('agency_admin', '000.00.09.H34', 'Hồ Văn Mời'));
  const admin = await (await contextWith(adminJar)).newPage();
  await admin.goto(`${B}/can-bo`);
  await click(admin, 'main a[href$="/quan-tri/nhan-vien"]');
  await clean(admin, 'staff list');
  await click(admin, 'a[href$="/quan-tri/nhan-vien/moi"]');
  await clean(admin, 'invitation form');
  // sent empty: every field says why, the summary first
  await click(admin, 'main button[type=submit]');
  assert.match(await admin.textContent('.error-summary'), /Vai trò/);
  assert.match(await admin.textContent('#vai_tro'), /Hãy chọn ít nhất một vai trò/);
  await clean(admin, 'invitation form with errors');
  const email = `moi.${Date.now()}.${process.pid}@kiemthu.kontum.demo`;
  await admin.fill('#ho_ten', 'Bùi Thị Tiếp Nhận');
  await admin.fill('#email', email);
  await admin.check('#vai_tro_reception');
  await click(admin, 'main button[type=submit]');
  assert.match(await admin.textContent('main'), /Đã gửi thư mời/);
  await clean(admin, 'the invited officer\'s record');

  // the invitee, in a browser of their own
  const ctx = await browser.newContext(DESK);
  ctx.setDefaultTimeout(20000);
  const officer = await ctx.newPage();
  await officer.goto(`${B}/can-bo/loi-moi?ma=${linkToken(lastMail(email))}`);
  assert.match(await officer.textContent('main'), /Bùi Thị Tiếp Nhận/);
  await clean(officer, 'setting the password');
  await officer.fill('#mat_khau_moi', DEMO_PASSWORD);
  await officer.fill('#nhap_lai', DEMO_PASSWORD);
  await click(officer, 'main button[type=submit]');
  assert.match(await officer.textContent('main'), /Tài khoản cán bộ đã sẵn sàng/);
  await clean(officer, 'password set');
  await click(officer, 'main a[href$="/can-bo/dang-nhap"]');
  await officer.fill('#dinh_danh', email);
  await officer.fill('#mat_khau', DEMO_PASSWORD);
  await click(officer, 'main button[type=submit]');
  assert.match(officer.url(), /\/can-bo$/);

  // a citizen submits a dossier to the agency; the new officer accepts it
  const d = await submitted();
  await officerStep(officer, d, {
    list: `/can-bo/tiep-nhan?q=${encodeURIComponent(d.code)}`, section: 'tiep-nhan', what: 'the new officer accepts',
  });
  assert.equal(sql(`SELECT status FROM dossier WHERE id = ${d.id}`)[0][0], '2');
  assert.equal(sql(`SELECT COUNT(*) FROM dossier_event e JOIN account a ON a.id = e.actor_id
    WHERE e.dossier_id = ${d.id} AND a.email = '${email}'`)[0][0], '1', 'accepted by the invited officer');
  await ctx.close();
  await admin.context().close();
}, { timeout: 300000 });

test('the province\'s admin adds a holiday after its preview', async () => {
  clearThrottle();
  const reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  const d = await submitted();
  assert.equal((await step(reception, d, 'tiep-nhan')).status, 303);
  const [due, dueDay] = sql(`SELECT due_at, DATE_FORMAT(due_at, '%d/%m/%Y') FROM dossier WHERE id = ${d.id}`)[0];
  const provJar = await staffLogin(B, newStaff('province_admin', '000.00.15.H34', 'Mạc Văn Lịch'));
  const page = await (await contextWith(provJar)).newPage();
  await page.goto(`${B}/quan-tri/lich`);
  await clean(page, 'the calendar');
  // a day already past: refused by its field
  await page.fill('#ngay', '01/01/2020');
  await page.fill('#ten_ngay', 'Tết Dương lịch');
  await click(page, '#them-ngay ~ form button[type=submit]');
  assert.match(await page.textContent('.error-summary'), /ngày đã qua/);
  assert.equal(await page.inputValue('#ten_ngay'), 'Tết Dương lịch', 'nothing typed is lost');
  await clean(page, 'the calendar with an error');
  // the preview of a day inside a promised period lists that dossier
  await page.fill('#ngay', dueDay);
  await page.fill('#ten_ngay', 'Ngày nghỉ xem trước');
  await click(page, '#them-ngay ~ form button[type=submit]');
  assert.match(await page.textContent('h1'), /Xem trước thay đổi lịch/);
  assert.match(await page.textContent('main table'), new RegExp(d.code));
  await clean(page, 'the preview');
  await click(page, 'main a[href*="/quan-tri/lich?nam="]');	// not saved
  assert.equal(sql(`SELECT COUNT(*) FROM calendar_day WHERE name = 'Ngày nghỉ xem trước'`)[0][0], '0');
  // a day far ahead (no dossier counts it, other files' dates stay): added
  await page.fill('#ngay', '04/09/2097');
  await page.selectOption('#loai_ngay', 'holiday');
  await page.fill('#ten_ngay', 'Ngày nghỉ của trình duyệt');
  await click(page, '#them-ngay ~ form button[type=submit]');
  assert.match(await page.textContent('#so-ho-so'), /Không có hồ sơ/);
  await clean(page, 'the preview of a far day');
  await click(page, 'main form[action$="/quan-tri/lich/luu"] button[type=submit]');
  assert.match(page.url(), /\/quan-tri\/lich\?nam=2097$/);
  assert.match(await page.textContent('main table'), /Ngày nghỉ của trình duyệt/);
  await clean(page, 'the calendar of 2097');
  // and removed again, through its own preview
  await click(page, 'main table form button[type=submit]');
  await click(page, 'main form[action$="/quan-tri/lich/luu"] button[type=submit]');
  assert.equal(sql(`SELECT COUNT(*) FROM calendar_day WHERE day = '2097-09-04'`)[0][0], '0');
  assert.equal(sql(`SELECT due_at FROM dossier WHERE id = ${d.id}`)[0][0], due, 'the promised date did not move');
  // the province's other settings pages, as the browser shows them
  for (const [path, what] of [['/quan-tri/gop-y', 'feedback list'], ['/quan-tri/thong-bao', 'announcements'],
    ['/quan-tri/mau-thong-bao', 'notice profile'], ['/quan-tri/muc-do', 'level scheme']]) {
    await page.goto(`${B}${path}`);
    await clean(page, what);
  }
  // a message from the public, read and its answer's form
  const { cookie, token } = await csrf(B);
  const subject = `Góp ý qua trình duyệt ${Date.now()}`;
  assert.equal((await post(B, '/gop-y', { ho_ten: 'Trần Thị Góp', email: 'gop.y@example.vn', tieu_de: subject,
    noi_dung: 'Xin bổ sung hướng dẫn nộp hồ sơ.', csrf: token }, { cookie })).status, 303);
  await page.goto(`${B}/quan-tri/gop-y?trang_thai=new`);
  await click(page, `main table a:has-text("${subject}")`);
  assert.match(await page.textContent('h1'), /Góp ý qua trình duyệt/);
  await clean(page, 'one feedback message');
  await page.context().close();
}, { timeout: 300000 });

test('stop chromium after the administration journeys', async () => {
  await browser.close();
});
