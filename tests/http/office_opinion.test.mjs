// Inter-agency opinions through nginx (Article 15 of the issue "Back
// office"; Decree 61/2018 liên thông): the lead agency's specialist asks a
// coordinating agency, which sees the request in its queue, reads the
// dossier and its files, and answers with text and a file; the lead sees
// the reply and downloads the file; the lead's status and due date do not
// move. And the faults: own, unknown agency, bad question or days (422),
// a second pending request to the same agency and the wrong status (409),
// answering twice or a withdrawn request (409), a third agency (404), a
// consulted officer trying a workflow action or a consulted reception
// officer (403, on record), a refused file (nothing stored), no CSRF token.
import { test, assert } from '../lib/t.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { staffLogin, lastMail } from '../lib/account.mjs';
import { postMultipart } from '../lib/dossier.mjs';
import { L3, fixture, version, submitted, step, processing as inProcessing, staffLike } from '../lib/office.mjs';

const B = NGINX;
const LEAD = '000.00.09.H34'; // Sở Tư pháp: implements L3
const CONSULTED = '000.00.06.H34'; // Sở Kế hoạch và Đầu tư: made L3's coordinating agency here
const THIRD = '000.00.08.H34'; // active (000.00.15.H34 closed in 2025: its successor)

const dossier = (id, cols) => sql(`SELECT ${cols} FROM dossier WHERE id = ${id}`)[0];
const opinions = (id, cols = 'id, status') => sql(`SELECT ${cols} FROM opinion WHERE dossier_id = ${id} ORDER BY id`);
const audits = (id, action) => Number(sql(`SELECT COUNT(*) FROM audit WHERE object_type = 'dossier'
  AND object_id = ${id} AND action = '${action}'`)[0][0]);
const events = (id) => sql(`SELECT action, actor_role, agency_id, status_from, status_to FROM dossier_event
  WHERE dossier_id = ${id} AND action LIKE 'opinion%' ORDER BY id`);
const agencyId = (code) => sql(`SELECT id FROM agency WHERE code = '${code}'`)[0][0];

let reception;
let specialist;
let leader;
let cSpecialist;
let cLeader;
let cReception;
let third;

const processing = () => inProcessing(reception);

// The ask form's fields from the dossier page as the specialist sees it.
async function askForm(jar, d) {
  const page = await jar.get(B, `/can-bo/ho-so/${d.code}`);
  assert.equal(page.status, 200);
  const csrf = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  const m = page.body.match(/name="ma_phieu" value="([^"]+)"/);
  return { page, csrf, token: m && m[1] };
}

async function ask(d, fields = {}, jar = specialist) {
  const f = await askForm(jar, d);
  return jar.post(B, `/can-bo/ho-so/${d.code}/xin-y-kien`, {
    csrf: f.csrf, ma_phieu: f.token, co_quan: CONSULTED, so_ngay: '3',
    cau_hoi: 'Đề nghị Sở cho ý kiến về điều kiện của người nộp.', ...fields,
  });
}

async function answer(jar, id, fields, files = []) {
  const page = await jar.get(B, `/can-bo/y-kien/${id}`);
  const m = page.body.match(/name="csrf" value="([^"]+)"/);
  const csrf = m ? m[1] : await jar.token(B, '/can-bo');
  return postMultipart(jar, B, `/can-bo/y-kien/${id}/tra-loi`, { csrf, ...fields }, files);
}

test('logins; the consulted agency is the procedure\'s coordinating agency', async () => {
  reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  specialist = await staffLogin(B, 'chuyenvien@tuphap.kontum.demo');
  leader = await staffLogin(B, 'lanhdao@tuphap.kontum.demo');
  staffLike('chuyenvien@phoihop.kontum.demo', 'specialist', CONSULTED);
  staffLike('lanhdao@phoihop.kontum.demo', 'leader', CONSULTED);
  staffLike('tiepnhan@phoihop.kontum.demo', 'reception', CONSULTED);
  staffLike('chuyenvien@thuba.kontum.demo', 'specialist', THIRD);
  cSpecialist = await staffLogin(B, 'chuyenvien@phoihop.kontum.demo');
  cLeader = await staffLogin(B, 'lanhdao@phoihop.kontum.demo');
  cReception = await staffLogin(B, 'tiepnhan@phoihop.kontum.demo');
  third = await staffLogin(B, 'chuyenvien@thuba.kontum.demo');
  sql(`INSERT IGNORE INTO proc_agency (proc_id, agency_id, role)
    SELECT p.id, a.id, 'coordinating' FROM proc p, agency a WHERE p.code = '${L3}' AND a.code = '${CONSULTED}'`);
  // the queue is for the consulted agency's specialists and leaders
  assert.equal((await cSpecialist.get(B, '/can-bo/y-kien')).status, 200);
  assert.equal((await cLeader.get(B, '/can-bo/y-kien')).status, 200);
  assert.equal((await cReception.get(B, '/can-bo/y-kien')).status, 403);
  // and linked from the staff home
  assert.match((await cSpecialist.get(B, '/can-bo')).body, /\/can-bo\/y-kien/);
  assert.ok(!(await cReception.get(B, '/can-bo')).body.includes('/can-bo/y-kien'));
}, { timeout: 120000 });

test('the whole way: ask, the consulted agency\'s queue, its reading of the files, the answer with a file, the lead reads it; the lead\'s clock never moves', async () => {
  const d = await processing();
  const before = dossier(d.id, 'status, version, clock, due_at, received_at');
  // the form: coordinating agencies first, never the lead itself
  const f = await askForm(specialist, d);
  assert.match(f.page.body, /Xin ý kiến cơ quan phối hợp/);
  const coord = f.page.body.match(/<optgroup label="Cơ quan phối hợp của thủ tục">([\s\S]*?)<\/optgroup>/);
  assert.ok(coord && coord[1].includes(`value="${CONSULTED}"`), 'the coordinating agency listed first');
  assert.ok(!f.page.body.includes(`<option value="${LEAD}"`), 'not the lead agency');
  assert.ok(f.token, 'a one-time token');
  const fields = {
    csrf: f.csrf, ma_phieu: f.token, co_quan: CONSULTED, so_ngay: '3',
    cau_hoi: 'Đề nghị Sở cho ý kiến về điều kiện của người nộp.\nDòng hai <b>không phải HTML</b>',
  };
  const r = await specialist.post(B, `/can-bo/ho-so/${d.code}/xin-y-kien`, fields);
  assert.equal(r.status, 303, r.body.slice(0, 2000));
  assert.match(r.headers.location, new RegExp(`/can-bo/ho-so/${d.code}\\?y-kien=hoi#y-kien$`));
  // posted again (and five more at once): asked once
  const again = await Promise.all([1, 2, 3, 4, 5].map(() => specialist.post(B, `/can-bo/ho-so/${d.code}/xin-y-kien`, fields)));
  assert.deepEqual(again.map((x) => x.status), [303, 303, 303, 303, 303]);
  const ops = opinions(d.id, 'id, status, days, due_at > asked_at, due_at <= asked_at + INTERVAL 14 DAY, agency_id');
  assert.equal(ops.length, 1, 'applied once');
  const [id, status, days, later, bounded, ag] = ops[0];
  assert.deepEqual([status, days, later, bounded, ag], ['pending', '3', '1', '1', agencyId(CONSULTED)]);
  // the dossier: same status, version, clock and due date
  assert.deepEqual(dossier(d.id, 'status, version, clock, due_at, received_at'), before);
  // history and audit: one step by the lead's specialist, status unchanged
  assert.deepEqual(events(d.id), [['opinion_ask', 'specialist', agencyId(LEAD), '4', '4']]);
  assert.equal(audits(d.id, 'dossier.opinion_ask'), 1);
  // the consulted agency is told by mail
  const mail = lastMail(sql(`SELECT email FROM agency WHERE code = '${CONSULTED}'`)[0][0]);
  assert.ok(mail, 'a mail to the consulted agency');
  assert.match(mail.subject, /Đề nghị cho ý kiến/);
  assert.match(mail.text, new RegExp(`/can-bo/y-kien/${id}`));
  // the lead's page lists it, escaped
  const lead = await specialist.get(B, `/can-bo/ho-so/${d.code}`);
  assert.match(lead.body, /Chờ trả lời/);
  assert.ok(lead.body.includes('&lt;b&gt;không phải HTML&lt;/b&gt;'), 'the question is escaped');
  assert.match(lead.body, new RegExp(`/can-bo/y-kien/${id}/rut`), 'a withdraw button');

  // the consulted agency's queue
  const q = await cSpecialist.get(B, '/can-bo/y-kien');
  assert.equal(q.status, 200);
  assert.ok(q.body.includes(d.code), 'in the queue');
  assert.match(q.body, /Chờ trả lời/);
  assert.match(q.body, /Sở Tư pháp/);
  // the request, the dossier and its files
  const v = await cSpecialist.get(B, `/can-bo/y-kien/${id}`);
  assert.equal(v.status, 200);
  assert.match(v.body, /Đề nghị Sở cho ý kiến/);
  assert.match(v.body, /Gửi ý kiến trả lời/);
  const fid = v.body.match(/\/can-bo\/tep\/(\d+)"/)[1];
  const file = await cSpecialist.get(B, `/can-bo/tep/${fid}`);
  assert.equal(file.status, 200);
  assert.ok(file.body.startsWith('%PDF'), 'the dossier\'s file');
  const reads = audits(d.id, 'dossier.read');
  const page = await cLeader.get(B, `/can-bo/ho-so/${d.code}`);
  assert.equal(page.status, 200, 'the dossier page, to read');
  assert.equal(audits(d.id, 'dossier.read'), reads + 1, 'the view on record');
  assert.ok(!/\/(de-xuat-ket-qua|duyet-ket-qua|de-xuat-tu-choi|xin-loi|xin-y-kien)"/.test(page.body), 'no action for a consulted agency');
  assert.ok(!page.body.includes('/rut"'), 'nor the lead\'s withdraw button');
  // a workflow action by the consulted agency: refused (wf_apply's own
  // decision: not the agency's dossier to act on, 404), on record; and
  // asking on the lead's behalf: 403
  const denied = audits(d.id, 'dossier.denied');
  const ltok = await cLeader.token(B, '/can-bo/y-kien');
  assert.equal((await cLeader.post(B, `/can-bo/ho-so/${d.code}/duyet-ket-qua`, { csrf: ltok, phien_ban: version(d.id) })).status, 404);
  assert.equal((await step(cSpecialist, d, 'de-xuat-tu-choi', { ly_do: 'x' })).status, 404);
  assert.equal((await step(cSpecialist, d, 'xin-y-kien', { co_quan: THIRD, so_ngay: '2', cau_hoi: 'x', ma_phieu: 'A'.repeat(22) })).status, 403);
  assert.equal(audits(d.id, 'dossier.denied'), denied + 3);
  // the consulted agency's reception: 403 on the request, the dossier and the answer, on record
  const r0 = audits(d.id, 'dossier.denied');
  assert.equal((await cReception.get(B, `/can-bo/y-kien/${id}`)).status, 403);
  assert.equal((await cReception.get(B, `/can-bo/ho-so/${d.code}`)).status, 403);
  const rtok = await cReception.token(B, '/can-bo');
  assert.equal((await postMultipart(cReception, B, `/can-bo/y-kien/${id}/tra-loi`, { csrf: rtok, tra_loi: 'x' }, [])).status, 403);
  assert.equal(audits(d.id, 'dossier.denied'), r0 + 3);
  // a third agency: 404 everywhere, on record
  const d2 = audits(d.id, 'dossier.denied');
  assert.equal((await third.get(B, `/can-bo/y-kien/${id}`)).status, 404);
  assert.equal((await third.get(B, `/can-bo/ho-so/${d.code}`)).status, 404);
  assert.equal((await third.get(B, `/can-bo/tep/${fid}`)).status, 404);
  assert.equal((await third.get(B, `/ho-so/${d.code}`)).status, 404, 'nor through the citizen\'s pages');
  const ttok = await third.token(B, '/can-bo');
  assert.equal((await postMultipart(third, B, `/can-bo/y-kien/${id}/tra-loi`, { csrf: ttok, tra_loi: 'x' }, [])).status, 404);
  assert.equal(audits(d.id, 'dossier.denied'), d2 + 4, 'the third agency\'s tries in the back office on record');
  assert.equal(opinions(d.id)[0][1], 'pending');

  // answers that are refused: no text; a file that is not a document
  assert.equal((await answer(cSpecialist, id, { tra_loi: '' })).status, 422);
  const bad = await answer(cSpecialist, id, { tra_loi: 'Đồng ý.' },
    [{ name: 'tep', filename: 'trang.pdf', type: 'application/pdf', data: fixture('html.pdf') }]);
  assert.equal(bad.status, 422);
  assert.match(bad.body, /không được chấp nhận|Tệp không phải PDF/);
  assert.deepEqual(opinions(d.id, 'status, reply IS NULL, reply_sha256 IS NULL')[0], ['pending', '1', '1'], 'nothing stored');
  // the answer: text and a file
  const ok = await answer(cSpecialist, id, { tra_loi: 'Sở Kế hoạch và Đầu tư thống nhất.\nĐủ điều kiện.' },
    [{ name: 'tep', filename: 'công văn trả lời.pdf', type: 'application/pdf', data: fixture('ok.pdf') }]);
  assert.equal(ok.status, 303, ok.body.slice(0, 2000));
  assert.deepEqual(opinions(d.id, 'status, reply_sha256 IS NOT NULL, reply_name, answered_by IS NOT NULL')[0],
    ['answered', '1', 'công văn trả lời.pdf', '1']);
  assert.deepEqual(events(d.id).map((e) => e.slice(0, 3)), [
    ['opinion_ask', 'specialist', agencyId(LEAD)], ['opinion_answer', 'specialist', agencyId(CONSULTED)]]);
  assert.equal(audits(d.id, 'dossier.opinion_answer'), 1);
  // answering twice: 409, applied once
  const twice = await answer(cLeader, id, { tra_loi: 'Lần hai' });
  assert.equal(twice.status, 409);
  assert.match(twice.body, /đã được trả lời hoặc đã được rút/);
  assert.equal(events(d.id).length, 2);
  assert.equal(opinions(d.id, 'reply')[0][0].startsWith('Sở Kế hoạch'), true);
  // still readable by the consulted agency once answered
  assert.equal((await cSpecialist.get(B, `/can-bo/ho-so/${d.code}`)).status, 200);

  // the lead sees the reply and downloads the file
  const seen = await specialist.get(B, `/can-bo/ho-so/${d.code}`);
  assert.match(seen.body, /Đã trả lời/);
  assert.match(seen.body, /Sở Kế hoạch và Đầu tư thống nhất/);
  assert.ok(!seen.body.includes(`/can-bo/y-kien/${id}/rut`), 'nothing to withdraw');
  const dl = await specialist.get(B, `/can-bo/y-kien/${id}/tep`);
  assert.equal(dl.status, 200);
  assert.match(dl.headers['content-disposition'], /^attachment;/);
  assert.match(dl.headers['content-security-policy'], /sandbox/);
  assert.ok(dl.body.startsWith('%PDF'), 'the reply\'s file');
  assert.equal((await third.get(B, `/can-bo/y-kien/${id}/tep`)).status, 404);
  // nothing moved on the lead's side
  assert.deepEqual(dossier(d.id, 'status, version, clock, due_at, received_at'), before);
  // the citizen's timeline: the steps, the agency and role, no names, no internal text
  const cv = await d.who.jar.get(B, `/ho-so/${d.code}`);
  assert.match(cv.body, /Lấy ý kiến cơ quan phối hợp/);
  assert.match(cv.body, /Cơ quan phối hợp đã trả lời/);
  assert.ok(!cv.body.includes('Đủ điều kiện.'), 'the reply is not the citizen\'s');
  assert.ok(!cv.body.includes('Đề nghị Sở cho ý kiến'), 'nor the question');
  assert.ok(!cv.body.includes('Cán bộ kiểm thử') && !cv.body.includes('Trần Văn Hùng'), 'no officer\'s name');
  // the citizen cannot reach the reply's file
  assert.equal((await d.who.jar.get(B, `/can-bo/y-kien/${id}/tep`)).status, 403);
}, { timeout: 240000 });

test('bad asks: own or unknown agency, no or long question, bad days (422); a second pending request (409); wrong role (403); no CSRF token', async () => {
  const d = await processing();
  const own = await ask(d, { co_quan: LEAD });
  assert.equal(own.status, 422);
  assert.match(own.body, /khác cơ quan đang giải quyết hồ sơ/);
  assert.equal((await ask(d, { co_quan: '000.00.99.H34' })).status, 422, 'unknown agency');
  assert.equal((await ask(d, { co_quan: '' })).status, 422, 'no agency');
  const closed = sql("SELECT code FROM agency WHERE status = 'closed' LIMIT 1");
  if (closed.length) assert.equal((await ask(d, { co_quan: closed[0][0] })).status, 422, 'a closed agency');
  const empty = await ask(d, { cau_hoi: '' });
  assert.equal(empty.status, 422);
  assert.match(empty.body, /nhập nội dung xin ý kiến/);
  assert.equal((await ask(d, { cau_hoi: 'ý'.repeat(2001) })).status, 422, 'too long');
  for (const days of ['0', '61', 'ba', '-1', '']) assert.equal((await ask(d, { so_ngay: days })).status, 422, `days ${days}`);
  assert.equal(opinions(d.id).length, 0, 'nothing asked');
  // wrong role of the lead agency: 403, on record
  const denied = audits(d.id, 'dossier.denied');
  assert.equal((await ask(d, {}, reception)).status, 403);
  assert.equal((await ask(d, {}, leader)).status, 403);
  assert.equal(audits(d.id, 'dossier.denied'), denied + 2);
  // no CSRF token: refused, nothing asked
  const f = await askForm(specialist, d);
  const nocsrf = await specialist.post(B, `/can-bo/ho-so/${d.code}/xin-y-kien`, {
    ma_phieu: f.token, co_quan: CONSULTED, so_ngay: '3', cau_hoi: 'x' });
  assert.equal(nocsrf.status, 403);
  assert.equal(opinions(d.id).length, 0);
  // one pending request per agency
  assert.equal((await ask(d)).status, 303);
  const twice = await ask(d, { cau_hoi: 'Câu hỏi khác' });
  assert.equal(twice.status, 409);
  assert.match(twice.body, /đang có một yêu cầu xin ý kiến chưa trả lời/);
  assert.equal((await ask(d, { co_quan: THIRD })).status, 303, 'another agency may be asked at the same time');
  assert.equal(opinions(d.id).length, 2);
  // withdrawal by the lead's specialist; answering it then: 409
  const [id] = opinions(d.id)[0];
  const wtok = await specialist.token(B, `/can-bo/ho-so/${d.code}`);
  assert.equal((await cSpecialist.post(B, `/can-bo/y-kien/${id}/rut`, { csrf: await cSpecialist.token(B, '/can-bo') })).status, 403, 'the consulted agency cannot withdraw');
  const w = await specialist.post(B, `/can-bo/y-kien/${id}/rut`, { csrf: wtok });
  assert.equal(w.status, 303);
  assert.equal(opinions(d.id)[0][1], 'withdrawn');
  assert.equal((await specialist.post(B, `/can-bo/y-kien/${id}/rut`, { csrf: wtok })).status, 409, 'withdrawn once');
  const late = await answer(cSpecialist, id, { tra_loi: 'Trả lời muộn' });
  assert.equal(late.status, 409);
  assert.match(late.body, /đã được trả lời hoặc đã được rút/);
  assert.equal(opinions(d.id, 'reply IS NULL')[0][0], '1');
  assert.deepEqual(events(d.id).map((e) => e[0]), ['opinion_ask', 'opinion_ask', 'opinion_withdraw']);
  // withdrawn: no longer shared with the consulted agency; it may be asked anew
  assert.equal((await cSpecialist.get(B, `/can-bo/ho-so/${d.code}`)).status, 404);
  assert.equal((await ask(d)).status, 303);
  assert.equal((await cSpecialist.get(B, `/can-bo/ho-so/${d.code}`)).status, 200);
}, { timeout: 240000 });

test('asking outside processing: 409, nothing asked', async () => {
  const d = await submitted();
  assert.equal((await step(reception, d, 'tiep-nhan')).status, 303);
  // the lead's specialist on a dossier not yet forwarded (status 2)
  const tok = await specialist.token(B, `/can-bo/ho-so/${d.code}`);
  const r = await specialist.post(B, `/can-bo/ho-so/${d.code}/xin-y-kien`, {
    csrf: tok, ma_phieu: 'B'.repeat(22), co_quan: CONSULTED, so_ngay: '3', cau_hoi: 'Câu hỏi' });
  assert.equal(r.status, 409);
  assert.match(r.body, /Chỉ xin ý kiến được khi hồ sơ đang ở trạng thái/);
  assert.ok(!r.body.includes('name="ma_phieu"'), 'no ask form outside processing');
  assert.equal(opinions(d.id).length, 0);
}, { timeout: 120000 });
