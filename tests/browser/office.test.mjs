// The back office in a real browser (issue 6, "Done when"): officers in
// their own browsers walk dossiers through the pages: one through
// supplement request, supplement, acceptance, the specialist's result, the
// leader's approval and the online return; two through refusal (at
// reception, and after processing) (a late one, extended: office_figures.test.mjs).
// The citizen, in another browser, sees each step on /ho-so/<code>
// (status and timeline) and each notice arrives by mail.
// Every back-office page visited and the citizen's pages with notices are
// axe-clean; the queue and the dossier page fit a 360 px phone.
import { readFileSync } from 'node:fs';
import { test, assert } from '../lib/t.mjs';
import {
  launch, clean, fitsPhone, click, staffPage, DESK, officerStep, citizenSees, citizenNotice,
} from '../lib/browser.mjs';
import { NGINX, ROOT, sql } from '../lib/env.mjs';
import { newCitizen, lastMail } from '../lib/account.mjs';
import { startDraft, slots, upload, submit } from '../lib/dossier.mjs';

const B = NGINX;
const L3 = '1.001940'; // level 3 at 000.00.09.H34
const FIX = `${ROOT}/tests/fixtures/uploads`;
const fixture = (f) => readFileSync(`${FIX}/${f}`);
const file = (name, as, mimeType) => ({ name: as, mimeType, buffer: fixture(name) });

let browser;
let reception;
let specialist;
let leader;

// An officer logged in through the staff login page, in a browser of its own.
const staff = (email) => staffPage(browser, B, email);

// A submitted level-3 dossier of a new citizen (through the HTTP helpers),
// and the citizen's browser with its session: { who, id, code, slots, page }.
async function submitted() {
  const who = await newCitizen(B);
  const id = await startDraft(B, who, L3);
  const s = await slots(B, who, id);
  const files = s.map((x, i) => ({ slot: x.id, filename: `giấy ${i}.pdf`, data: fixture('ok.pdf'), type: 'application/pdf' }));
  assert.equal((await upload(B, who, id, files)).status, 303);
  assert.equal((await submit(B, who, id)).status, 303);
  const code = sql(`SELECT code FROM dossier WHERE id = ${id}`)[0][0];
  const ctx = await browser.newContext(DESK);
  ctx.setDefaultTimeout(20000);
  await ctx.addCookies([{ name: 'dvc_sid', value: who.jar.sid, url: B }]);
  const page = await ctx.newPage();
  return { who, id, code, slots: s, page };
}

const mails = (to) => Number(sql(`SELECT COUNT(*) FROM mail_outbox WHERE to_addr = '${to}'`)[0][0]);

// A new mail to the citizen since `before`, its subject matching re.
function mailed(d, before, re, what) {
  assert.ok(mails(d.who.data.email) > before, `${what}: a mail was queued`);
  const m = lastMail(d.who.data.email);
  assert.match(m.subject, re, `${what}: the mail`);
  assert.ok(m.text.includes(d.code), `${what}: the mail names the dossier`);
}

test('start chromium; reception, specialist and leader log in through the staff login page', async () => {
  browser = await launch();
  reception = await staff('tiepnhan@tuphap.kontum.demo');
  specialist = await staff('chuyenvien@tuphap.kontum.demo');
  leader = await staff('lanhdao@tuphap.kontum.demo');
  await clean(reception, 'staff home');
}, { timeout: 120000 });

test('the whole way: submit, supplement request, supplement, accept, forward, result, approval, online return and download', async () => {
  const d = await submitted();
  await citizenSees(d, 'Mới đăng ký', 'Nộp hồ sơ trực tuyến', 'submitted');

  // the queue, on a desktop and a phone
  await reception.goto(`${B}/can-bo/tiep-nhan?q=${encodeURIComponent(d.code)}`);
  assert.equal(await reception.locator(`main a[href$="/can-bo/ho-so/${d.code}"]`).count(), 1, 'in the queue');
  await clean(reception, 'queue');
  await fitsPhone(reception, 'queue');
  await reception.goto(`${B}/can-bo/tiep-nhan`);
  await clean(reception, 'queue, all');
  await fitsPhone(reception, 'queue, all');

  // supplement request: the first document, with a reason
  let n = mails(d.who.data.email);
  await officerStep(reception, d, {
    list: `/can-bo/tiep-nhan?q=${encodeURIComponent(d.code)}`, section: 'yeu-cau-bo-sung', what: 'supplement request',
    fill: async (p) => {
      await fitsPhone(p, 'dossier page');
      await p.check(`#bo_sung_${d.slots[0].id}`);
      await p.fill('#ly_do_bs', 'Bản scan trang 2 bị mờ, đề nghị chụp lại.');
    },
  });
  assert.match(await reception.textContent('#trang-thai'), /Yêu cầu bổ sung giấy tờ/);
  mailed(d, n, /Phiếu yêu cầu bổ sung/, 'supplement request');
  assert.match(lastMail(d.who.data.email).text, /trang 2 bị mờ/);
  await citizenSees(d, 'Yêu cầu bổ sung giấy tờ', 'Yêu cầu bổ sung, hoàn thiện hồ sơ', 'supplement request');
  await citizenNotice(d, 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ', 'supplement request');

  // the citizen supplements from the link on the dossier page
  const c = d.page;
  await c.goto(`${B}/ho-so/${d.code}`);
  await click(c, 'main a:has-text("Bổ sung hồ sơ theo yêu cầu")');
  assert.match(c.url(), /\/bo-sung$/);
  await clean(c, 'supplement page');
  assert.equal(await c.locator(`input[name="tep_${d.slots[0].id}"]`).count(), 1, 'the requested document');
  assert.equal(await c.locator('fieldset.doc').count(), 1, 'only the requested document');
  await c.setInputFiles(`#tep_${d.slots[0].id}`, [file('ok.png', 'trang-2-ro.png', 'image/png')]);
  await Promise.all([c.waitForURL(new RegExp(`/ho-so/${d.code}\\?da-bo-sung=1$`)), c.click('main form button[type=submit]')]);
  assert.match(await c.textContent('main'), /Đã gửi hồ sơ bổ sung/);
  await clean(c, 'dossier page after the supplement');
  await citizenSees(d, 'Mới đăng ký', 'Bổ sung hồ sơ', 'supplement');

  // the queue marks it supplemented; the officer sees the new file and accepts
  await reception.goto(`${B}/can-bo/tiep-nhan?q=${encodeURIComponent(d.code)}`);
  assert.match(await reception.textContent('main'), /Đã bổ sung/);
  n = mails(d.who.data.email);
  await officerStep(reception, d, {
    section: 'tiep-nhan', what: 'accept',
    fill: async (p) => { assert.match(await p.textContent('main'), /trang-2-ro\.png/); },
  });
  assert.match(await reception.textContent('#trang-thai'), /Được tiếp nhận/);
  mailed(d, n, /Giấy tiếp nhận hồ sơ/, 'accept');
  await citizenSees(d, 'Được tiếp nhận', 'Tiếp nhận hồ sơ', 'accept');
  await citizenNotice(d, 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả', 'accept');

  // the officer's copy of the notices, and the control sheet
  await click(reception, 'ul.notices a:has-text("Giấy tiếp nhận hồ sơ")');
  assert.match(await reception.textContent('body'), /Giấy tiếp nhận hồ sơ và hẹn trả kết quả/);
  await clean(reception, 'notice, officer\'s view');
  await reception.goto(`${B}/can-bo/ho-so/${d.code}`);
  await click(reception, `a[href$="/can-bo/ho-so/${d.code}/phieu-kiem-soat"]`);
  await clean(reception, 'control sheet');

  // the fee at the counter (issue 14): the form has the amount owed; the
  // receipt's number as reception types it; the citizen sees it paid
  await officerStep(reception, d, {
    section: 'thu-phi', what: 'fee at the counter',
    fill: async (p) => { await p.fill('#so_bien_lai', `BL-${d.id}`); },
  });
  assert.match(await reception.textContent('#phi-tinh-trang'), /Đã nộp/);
  await citizenSees(d, 'Được tiếp nhận', 'Đã nộp phí, lệ phí tại quầy', 'fee paid');

  // hand-over to the specialist department
  await officerStep(reception, d, { section: 'chuyen-xu-ly', what: 'forward' });
  assert.match(await reception.textContent('#trang-thai'), /Đang xử lý/);
  await citizenSees(d, 'Đang xử lý', 'Chuyển bộ phận chuyên môn xử lý', 'forward');

  // the specialist proposes the result with its file
  await officerStep(specialist, d, {
    list: '/can-bo/xu-ly', section: 'de-xuat-ket-qua', what: 'propose result',
    fill: async (p) => {
      await p.setInputFiles('#ket_qua', [file('ok.pdf', 'quyết định.pdf', 'application/pdf')]);
      await p.fill('#ly_do_kq', 'Đủ điều kiện cấp.');
    },
  });
  assert.match(await specialist.textContent('#de-xuat'), /quyết định\.pdf/);
  await citizenSees(d, 'Đang xử lý', 'Chuyên viên đề xuất kết quả giải quyết', 'propose result');
  assert.ok(!(await d.page.textContent('main')).includes('Đủ điều kiện cấp'), 'the internal note stays in the office');

  // the leader approves
  n = mails(d.who.data.email);
  await officerStep(leader, d, { list: '/can-bo/phe-duyet', section: 'duyet-ket-qua', what: 'approve result' });
  assert.match(await leader.textContent('#trang-thai'), /Đã xử lý xong/);
  mailed(d, n, /đã có kết quả/, 'approve result');
  await citizenSees(d, 'Đã xử lý xong', 'Phê duyệt kết quả giải quyết', 'approve result');

  // reception returns it online
  n = mails(d.who.data.email);
  await officerStep(reception, d, {
    list: '/can-bo/tra-ket-qua', section: 'tra-ket-qua', what: 'return online',
    fill: async (p) => { await p.check('#hinh_thuc_online'); },
  });
  assert.match(await reception.textContent('#trang-thai'), /Đã trả kết quả/);
  mailed(d, n, /đã được trả/, 'return online');
  await citizenSees(d, 'Đã trả kết quả', 'Trả kết quả', 'return online');

  // the citizen downloads the result
  const [dl] = await Promise.all([d.page.waitForEvent('download'), d.page.click('main a:has-text("Tải văn bản kết quả")')]);
  const got = readFileSync(await dl.path());
  assert.equal(got.subarray(0, 4).toString(), '%PDF', 'the result file');
  assert.deepEqual(got, fixture('ok.pdf'), 'the file the specialist attached');
  assert.equal(sql(`SELECT collected_at IS NOT NULL FROM dossier WHERE id = ${d.id}`)[0][0], '1', 'collected');
  await d.page.context().close();
}, { timeout: 300000 });

test('refusal: reception refuses with a reason; the citizen sees it and gets Form 03 by mail', async () => {
  const d = await submitted();
  const n = mails(d.who.data.email);
  // sent without the tick: nothing happens, the error in view, the reason kept
  await reception.goto(`${B}/can-bo/ho-so/${d.code}`);
  const reason = 'Thủ tục không thuộc thẩm quyền giải quyết của cơ quan.';
  await reception.fill('#ly_do_tc', reason);
  await click(reception, '#tu-choi button[type=submit]');
  assert.match(await reception.textContent('main .alert-error'), /hãy đánh dấu ô "Tôi xác nhận"/);
  assert.equal(await reception.evaluate(() => document.activeElement.classList.contains('alert-error')), true, 'focus on the error');
  assert.equal(await reception.inputValue('#ly_do_tc'), reason);
  assert.match(await reception.textContent('#trang-thai'), /Mới đăng ký/);
  await clean(reception, 'refusal without the tick');
  await officerStep(reception, d, {
    list: `/can-bo/tiep-nhan?q=${encodeURIComponent(d.code)}`, section: 'tu-choi', what: 'refuse',
    fill: async (p) => {
      await p.fill('#ly_do_tc', 'Thủ tục không thuộc thẩm quyền giải quyết của cơ quan.');
      await p.check('#xac_nhan_tu-choi');
    },
  });
  assert.match(await reception.textContent('#trang-thai'), /Không được tiếp nhận/);
  assert.equal(await reception.locator('section.action').count(), 0, 'nothing more to do');
  mailed(d, n, /Phiếu từ chối/, 'refuse');
  assert.match(lastMail(d.who.data.email).text, /không thuộc thẩm quyền/);
  await citizenSees(d, 'Không được tiếp nhận', 'Từ chối tiếp nhận hồ sơ', 'refuse');
  await citizenNotice(d, 'Phiếu từ chối tiếp nhận giải quyết hồ sơ', 'refuse');
  assert.match(await d.page.textContent('body'), /không thuộc thẩm quyền/);
  await d.page.context().close();
}, { timeout: 180000 });

test('refusal after processing: the specialist proposes it, the leader approves; the citizen sees each step and gets Form 03 by mail', async () => {
  const d = await submitted();
  await officerStep(reception, d, { section: 'tiep-nhan', what: 'accept (refused later)' });
  await officerStep(reception, d, {
    section: 'thu-phi', what: 'fee (refused later)',
    fill: async (p) => { await p.fill('#so_bien_lai', `BL-${d.id}`); },
  });
  await officerStep(reception, d, { section: 'chuyen-xu-ly', what: 'forward (refused later)' });
  let n = mails(d.who.data.email);
  await officerStep(specialist, d, {
    list: '/can-bo/xu-ly', section: 'de-xuat-tu-choi', what: 'propose refusal',
    fill: async (p) => { await p.fill('#ly_do_de-xuat-tu-choi', 'Không đủ điều kiện theo quy định.'); },
  });
  assert.equal(mails(d.who.data.email), n, 'a proposal is not mailed');
  await citizenSees(d, 'Đang xử lý', 'Chuyên viên đề xuất từ chối giải quyết', 'propose refusal');
  assert.equal(await d.page.locator('ul.notices a', { hasText: 'Phiếu từ chối' }).count(), 0, 'no draft for the citizen');
  n = mails(d.who.data.email);
  await officerStep(leader, d, {
    list: '/can-bo/phe-duyet', section: 'duyet-tu-choi', what: 'approve refusal',
    fill: async (p) => { await p.check('#xac_nhan_duyet-tu-choi'); },
  });
  assert.match(await leader.textContent('#trang-thai'), /Dừng xử lý/);
  mailed(d, n, /Phiếu từ chối/, 'approve refusal');
  await citizenSees(d, 'Dừng xử lý', 'Phê duyệt dừng xử lý hồ sơ', 'approve refusal');
  await citizenNotice(d, 'Phiếu từ chối tiếp nhận giải quyết hồ sơ', 'approve refusal');
  assert.match(await d.page.textContent('body'), /Không đủ điều kiện theo quy định/);
  await d.page.context().close();
}, { timeout: 180000 });

test('stop chromium after the back-office journeys', async () => {
  for (const p of [reception, specialist, leader]) if (p) await p.context().close();
  await browser.close();
});
