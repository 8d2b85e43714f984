// A person never sees an internal code (issue 15, section 1; the lesson
// of the first wave): every label on a citizen's own pages comes from the
// language file, in words. A dossier is taken the whole way through the
// pages (submitted, its fee paid at the counter, accepted, handed over, a
// result proposed and approved, returned by post with a tracking number)
// while an officer reads it; then the text a person sees on each of the
// citizen's pages (the dossier, its receipt, the payment page, the
// e-receipt, the list, the account page with "Cán bộ đã xem") is read
// and every word that looks like a code is a failure: names with dots or
// underscores (dossier.read, pay_counter) and the values the database
// keeps in words of its own (paper, online, post, counter, refunded...).
import { test, assert } from '../lib/t.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { staffLogin } from '../lib/account.mjs';
import { row, submitted, step, payCounter, proposeResult } from '../lib/office.mjs';

const B = NGINX;
// the values kept in the database in English (enums, notes)
const CODES = ['paper', 'online', 'post', 'counter', 'gateway', 'transfer', 'cash', 'card', 'paid',
  'refunded', 'started', 'pending', 'failed', 'cancelled', 'submission', 'acceptance', 'return',
  'reception', 'specialist', 'leader', 'citizen', 'in_person', 'running', 'paused', 'done', 'none',
  'early', 'on_time', 'late', 'deliver', 'accept', 'forward', 'submit', 'read', 'file', 'sheet'];
const FILE_EXT = /\.(pdf|jpe?g|png|tiff?|rtf|docx?|csv|json)$/;

// The text of a page as a person reads it: no markup, no script or
// style, the few entities the templates write decoded.
function visible(html) {
  return html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<title[\s\S]*?<\/title>/g, ' ').replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'").replace(/\s+/g, ' ');
}

// The words of text that look like internal codes.
function codes(text) {
  const found = new Set();
  for (const m of text.matchAll(/(^|[^\w@.\/-])([a-z]+(?:[._][a-z]+)+)(?![\w@\/-])/g)) {
    const w = m[2];
    // an address (web, mail) or a file name is data, not a code
    if (/\.(vn|demo|invalid|com|org|net|gov)$/.test(w) || FILE_EXT.test(w)) continue;
    found.add(w);
  }
  for (const w of text.split(/[^A-Za-z_]+/)) if (CODES.includes(w)) found.add(w);
  return [...found];
}

test('codes are caught: the rule itself', () => {
  assert.deepEqual(codes(visible('<p>Cán bộ: dossier.read dossier 3</p>')).sort(), ['dossier.read', 'read']);
  assert.deepEqual(codes(visible('<span class="note">paper</span> <b>pay_counter</b>')).sort(), ['paper', 'pay_counter']);
  assert.deepEqual(codes(visible('<p>Email: tiepnhan@tuphap.kontum.demo, dvc.kontum.gov.vn, giấy 0.pdf, ok.pdf</p>')), []);
  assert.deepEqual(codes(visible('<p>Đã trả kết quả qua dịch vụ bưu chính công ích, mã bưu gửi: EB123VN</p>')), []);
});

test('a dossier the whole way, and every page of the citizen in words', async () => {
  const reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  const specialist = await staffLogin(B, 'chuyenvien@tuphap.kontum.demo');
  const leader = await staffLogin(B, 'lanhdao@tuphap.kontum.demo');
  const d = await submitted();
  assert.equal((await step(reception, d, 'tiep-nhan')).status, 303);
  assert.ok(await payCounter(reception, d));
  assert.equal((await step(reception, d, 'chuyen-xu-ly')).status, 303);
  assert.equal((await specialist.get(B, `/can-bo/ho-so/${d.code}`)).status, 200, 'an officer reads it');
  assert.equal((await proposeResult(specialist, d)).status, 303);
  assert.equal((await step(leader, d, 'duyet-ket-qua')).status, 303);
  if (row(d.id, 'paper_pending')[0] === '1') {
    const day = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);
    assert.equal((await step(reception, d, 'da-nhan-ban-giay', { ngay_nhan: day, cach_nhan: 'counter' })).status, 303);
  }
  assert.equal((await step(reception, d, 'tra-ket-qua', { hinh_thuc: 'post', ma_buu_gui: 'EB123456789VN' })).status, 303);
  assert.equal(row(d.id, 'status')[0], '10');
  const pid = sql(`SELECT id FROM payment WHERE dossier_id = ${d.id}`)[0][0];
  const pages = [`/ho-so/${d.code}`, `/ho-so/${d.code}/bien-nhan`, `/thanh-toan/ho-so/${d.code}`,
    `/thanh-toan/ho-so/${d.code}/bien-lai/${pid}`, '/ho-so', '/tai-khoan'];
  const seen = {};
  for (const p of pages) {
    const r = await d.who.jar.get(B, p);
    assert.equal(r.status, 200, p);
    seen[p] = visible(r.body);
    assert.deepEqual(codes(seen[p]), [], `${p}: internal codes shown`);
  }
  // what they now say instead
  assert.match(seen[`/ho-so/${d.code}`], /Qua dịch vụ bưu chính công ích, Mã bưu gửi: EB123456789VN/);
  assert.match(seen['/tai-khoan'], new RegExp(`Xem hồ sơ – hồ sơ ${d.code.replace(/\./g, '\\.')}`));
  assert.match(seen['/tai-khoan'], /Đã nộp phí, lệ phí tại quầy – hồ sơ/, 'a step of the workflow, named as the history names it');
}, { timeout: 300000 });
