// Extensions under control through nginx (issue 13, section 2): the
// officer holding the dossier (reception while it is received, the
// specialist in processing) proposes an extension with a reason and days
// (a Form 04 draft), the agency's leader approves it (Form 04 sent,
// numbered, with the first and the new date; the due date's history) or
// returns it; at most Deadline.MaxExtensions (1 in the test stack) and in
// all never more than the procedure's own time limit (1.001940: 5 working
// days), unless a province admin waived both for the dossier. The faults:
// no reason, no days, over the limit (422), over the maximum, wrong status
// or step (409), wrong role (403, on record), a double post applied once.
// The citizen's page, Form 04 and the control sheet show the first date
// beside the new one; a paused dossier keeps its date and says "paused".
import { test, assert } from '../lib/t.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { staffLogin, lastMail } from '../lib/account.mjs';
import { postMultipart } from '../lib/dossier.mjs';
import { provinceAdmin, login } from '../lib/report.mjs';
import {
  fixture, row, version, act, audits, events, submitted, step, processing, extend,
} from '../lib/office.mjs';

const B = NGINX;
const TZ = "SET time_zone = '+07:00';";

let reception;
let specialist;
let leader;

// dd/mm/yyyy hh:mm of a DATETIME column, as the pages print dates
const shown = (id, col) => sql(`${TZ} SELECT DATE_FORMAT(${col}, '%H:%i') AS t,
  DATE_FORMAT(${col}, '%d/%m/%Y') AS d FROM dossier WHERE id = ${id}`)[0];
const dueChanges = (id) => sql(`SELECT cause, actor_role, COALESCE(old_due, ''), COALESCE(new_due, ''),
  COALESCE(note, '') FROM due_change WHERE dossier_id = ${id} ORDER BY id`);
const sent04 = (id) => sql(`SELECT number, html FROM notice WHERE dossier_id = ${id} AND kind = 'apology'
  AND status = 'sent' ORDER BY id`);

test('logins', async () => {
  reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  specialist = await staffLogin(B, 'chuyenvien@tuphap.kontum.demo');
  leader = await staffLogin(B, 'lanhdao@tuphap.kontum.demo');
}, { timeout: 120000 });

test('received (2): reception proposes, the leader returns the draft, then approves the next: Form 04 with the first and the new date, the history of the due date, the citizen\'s page and the control sheet', async () => {
  const d = await submitted();
  // a new dossier (1) is not extended: 409
  assert.equal((await step(reception, d, 'de-xuat-gia-han', { ly_do: 'x', gia_han_ngay: '1' })).status, 409);
  assert.equal((await step(reception, d, 'tiep-nhan')).status, 303);
  const [due1, first1] = row(d.id, 'due_at, first_due_at');
  assert.equal(first1, due1, 'the first due date is Form 01\'s');
  // the form is reception's while it holds the dossier, with the limits
  const page = await reception.get(B, `/can-bo/ho-so/${d.code}`);
  assert.match(page.body, /action="\/can-bo\/ho-so\/[^"]+\/de-xuat-gia-han"/);
  assert.match(page.body, /id="gia-han-han-muc">Đã gia hạn 0 trên tối đa 1 lần, tổng thời gian đã gia hạn: 0 ngày làm việc\. Tổng thời gian gia hạn không được vượt quá thời hạn giải quyết của thủ tục: 5 ngày\./);
  assert.match(page.body, /<label for="ly_do_gia_han">Lý do chưa giải quyết được đúng hạn/, 'the reason labelled for what it is');
  assert.ok(!(await specialist.get(B, `/can-bo/ho-so/${d.code}`)).body.includes('/de-xuat-gia-han"'), 'not the specialist\'s yet');
  // wrong role: the specialist (not holding it yet) and the leader, 403 on record
  const denied = audits(d.id, 'dossier.denied');
  assert.equal((await step(specialist, d, 'de-xuat-gia-han', { ly_do: 'x', gia_han_ngay: '1' })).status, 403);
  assert.equal((await step(leader, d, 'de-xuat-gia-han', { ly_do: 'x', gia_han_ngay: '1' })).status, 403);
  assert.equal(audits(d.id, 'dossier.denied'), denied + 2);
  // bad input: no reason, no days, over the procedure's limit; nothing changes
  const v = version(d.id);
  let r = await step(reception, d, 'de-xuat-gia-han', { gia_han_ngay: '2' });
  assert.equal(r.status, 422);
  assert.match(r.body, /Cần ghi lý do chưa giải quyết được đúng hạn và số ngày làm việc gia hạn/);
  r = await step(reception, d, 'de-xuat-gia-han', { ly_do: 'Chờ xác minh' });
  assert.equal(r.status, 422);
  assert.match(r.body, /Cần ghi lý do chưa giải quyết được đúng hạn và số ngày làm việc gia hạn/);
  assert.match(r.body, />Chờ xác minh<\/textarea>/, 'what was typed is kept');
  r = await step(reception, d, 'de-xuat-gia-han', { ly_do: 'Chờ xác minh', gia_han_ngay: '6' });
  assert.equal(r.status, 422);
  assert.match(r.body, /tổng thời gian gia hạn không được vượt quá thời hạn giải quyết của thủ tục \(5 ngày\)\. Số ngày còn có thể đề xuất: 5 ngày làm việc/);
  assert.match(r.body, /name="gia_han_ngay" min="1" max="5" required value="6"/, 'the days typed kept');
  r = await step(reception, d, 'de-xuat-gia-han', { ly_do: 'Chờ xác minh', gia_han_ngay: '61' });
  assert.equal(r.status, 422, 'out of the field\'s range');
  assert.equal(version(d.id), v, 'nothing changed');
  assert.equal(sql(`SELECT COUNT(*) FROM notice WHERE dossier_id = ${d.id} AND kind = 'apology'`)[0][0], '0');
  // the proposal: a Form 04 draft, unnumbered and unsent; posted twice, once
  const tok = await reception.token(B, `/can-bo/ho-so/${d.code}`);
  const fields = { csrf: tok, phien_ban: v, ly_do: 'Chờ cơ quan <b>công an</b> xác minh', gia_han_ngay: '2' };
  assert.equal((await act(reception, d.code, 'de-xuat-gia-han', fields)).status, 303);
  assert.equal((await act(reception, d.code, 'de-xuat-gia-han', fields)).status, 303);
  assert.equal(events(d.id).filter((e) => e === 'propose_extension').length, 1, 'applied once');
  assert.deepEqual(row(d.id, 'status, proposal_action, proposal_extension_tenths, due_at, extensions'), ['2', 'extension', '20', due1, '0']);
  assert.deepEqual(sql(`SELECT status, number IS NULL, html IS NULL FROM notice WHERE dossier_id = ${d.id} AND kind = 'apology'`),
    [['draft', '1', '1']]);
  assert.ok(!lastMail(d.who.data.email).subject.match(/xin lỗi/), 'a proposal is not mailed');
  let cv = await d.who.jar.get(B, `/ho-so/${d.code}`);
  assert.match(cv.body, /Đề xuất gia hạn thời gian giải quyết/, 'the step in the citizen\'s timeline');
  assert.ok(!cv.body.includes('công an'), 'not its content');
  // one proposal at a time: 409; the leader's list and page
  r = await step(reception, d, 'de-xuat-gia-han', { ly_do: 'y', gia_han_ngay: '1' });
  assert.equal(r.status, 409);
  assert.ok((await leader.get(B, '/can-bo/phe-duyet')).body.includes(d.code), 'in the leader\'s list');
  const lp = await leader.get(B, `/can-bo/ho-so/${d.code}`);
  assert.match(lp.body, /Đề xuất gia hạn: dự thảo Phiếu xin lỗi và hẹn lại ngày trả kết quả: Chờ cơ quan &lt;b&gt;công an&lt;\/b&gt; xác minh/);
  assert.match(lp.body, /id="gia-han-de-xuat">Số ngày làm việc đề nghị gia hạn: <strong>2 ngày làm việc<\/strong>/);
  assert.match(lp.body, /action="\/can-bo\/ho-so\/[^"]+\/duyet-gia-han"/);
  assert.match(lp.body, /<label for="ly_do_tra-lai-du-thao">Ý kiến của lãnh đạo/);
  // reception cannot approve (403); the leader returns it with a comment
  assert.equal((await step(reception, d, 'duyet-gia-han')).status, 403);
  assert.equal((await step(leader, d, 'tra-lai-du-thao', { xac_nhan: '1', ly_do: 'Ghi rõ cơ quan xác minh' })).status, 303);
  assert.deepEqual(row(d.id, 'proposal_action IS NULL, proposal_extension_tenths IS NULL, due_at'), ['1', '1', due1]);
  assert.equal(sql(`SELECT COUNT(*) FROM notice WHERE dossier_id = ${d.id} AND kind = 'apology'`)[0][0], '0', 'the draft deleted unsent');
  assert.equal((await step(leader, d, 'duyet-gia-han')).status, 409, 'nothing to approve');
  // proposed again, approved (posted twice: once)
  assert.equal((await step(reception, d, 'de-xuat-gia-han', { ly_do: 'Chờ Công an tỉnh xác minh nhân thân', gia_han_ngay: '2' })).status, 303);
  const av = version(d.id);
  const ltok = await leader.token(B, `/can-bo/ho-so/${d.code}`);
  assert.equal((await act(leader, d.code, 'duyet-gia-han', { csrf: ltok, phien_ban: av })).status, 303);
  assert.equal((await act(leader, d.code, 'duyet-gia-han', { csrf: ltok, phien_ban: av })).status, 303);
  assert.equal(version(d.id), av + 1);
  assert.equal(events(d.id).filter((e) => e === 'approve_extension').length, 1, 'applied once');
  const [status, due2, first2, base2, ext, n, tenths, pending] = row(d.id,
    'status, due_at, first_due_at, base_due_at, extension_tenths, extensions, proposal_extension_tenths IS NULL, proposal_action IS NULL');
  assert.deepEqual([status, first2, base2, ext, n, tenths, pending], ['2', due1, due1, '20', '1', '1', '1'],
    'the first and the statistics\' date unmoved, one extension of 2 days');
  assert.ok(due2 > due1, `later: ${due1} -> ${due2}`);
  // every change of the due date on record: who, why, old, new
  assert.deepEqual(dueChanges(d.id), [
    ['accept', 'reception', '', due1, ''],
    ['approve_extension', 'leader', due1, due2, 'Chờ Công an tỉnh xác minh nhân thân'],
  ]);
  // Form 04 sent, numbered, with both dates and the extension; mailed
  const f04 = sent04(d.id);
  assert.equal(f04.length, 1);
  const [t1, d1] = shown(d.id, 'first_due_at');
  const [t2, d2] = shown(d.id, 'due_at');
  assert.ok(Number(f04[0][0]) > 0, 'numbered');
  assert.match(f04[0][1], /<h1>Phiếu xin lỗi và hẹn lại ngày trả kết quả<\/h1>/);
  assert.match(f04[0][1], new RegExp(`id="hen-ban-dau">${t1} [^<]*${d1}<`), 'the first date');
  assert.match(f04[0][1], new RegExp(`id="hen-moi"><strong>${t2} [^<]*${d2}<`), 'the new date');
  assert.match(f04[0][1], /<strong>2 ngày làm việc<\/strong>/);
  assert.match(f04[0][1], /Chờ Công an tỉnh xác minh nhân thân/);
  assert.match(lastMail(d.who.data.email).subject, /Phiếu xin lỗi và hẹn lại ngày trả kết quả/);
  // the citizen's page: the new date in force, the first beside it
  cv = await d.who.jar.get(B, `/ho-so/${d.code}`);
  assert.match(cv.body, new RegExp(`id="dong-ho">Hẹn trả kết quả <strong>${t2} [^<]*${d2}</strong>`));
  assert.match(cv.body, new RegExp(`id="hen-ban-dau">${t1} [^<]*${d1} \\(đã gia hạn 1 lần\\)`));
  assert.match(cv.body, /Phê duyệt gia hạn, gửi Phiếu xin lỗi và hẹn lại ngày trả kết quả/);
  assert.match(cv.body, /Phiếu xin lỗi và hẹn lại ngày trả kết quả<\/a> – Số: \d+\/\d{4}\/04/);
  // the control sheet
  const sh = await reception.get(B, `/can-bo/ho-so/${d.code}/phieu-kiem-soat`);
  assert.match(sh.body, new RegExp(`id="hen-ban-dau">${t1} ${d1}<`));
  assert.match(sh.body, new RegExp(`id="hen-tra">${t2} ${d2}<`));
  assert.match(sh.body, /id="so-lan-gia-han">1</);
  // the maximum reached: no form, a message, and a post refused with 409
  const again = await reception.get(B, `/can-bo/ho-so/${d.code}`);
  assert.match(again.body, /id="gia-han-het">Hồ sơ không thể gia hạn thêm/);
  assert.ok(!again.body.includes('name="gia_han_ngay"'), 'no form');
  r = await step(reception, d, 'de-xuat-gia-han', { ly_do: 'Lần hai', gia_han_ngay: '1' });
  assert.equal(r.status, 409);
  assert.match(r.body, /Không thể gia hạn thêm: hồ sơ đã được gia hạn 1 lần, bằng số lần tối đa cho phép/);
  assert.equal(row(d.id, 'extensions')[0], '1');
}, { timeout: 300000 });

test('in processing (4): the specialist proposes, reception may not; a province admin\'s waiver allows a second extension and more than the procedure\'s time', async () => {
  const d = await processing(reception);
  assert.equal((await step(reception, d, 'de-xuat-gia-han', { ly_do: 'x', gia_han_ngay: '1' })).status, 403, 'handed over: not reception\'s');
  await extend(specialist, leader, d, { ly_do: 'Chờ kết quả giám định', gia_han_ngay: '5' });
  assert.deepEqual(row(d.id, 'extensions, extension_tenths'), ['1', '50']);
  assert.equal((await step(specialist, d, 'de-xuat-gia-han', { ly_do: 'Lần hai', gia_han_ngay: '1' })).status, 409);
  // the province admin's leave for this dossier, on the oversight page
  const admin = await login(provinceAdmin());
  const tok = await admin.token(B, `/can-bo/giam-sat/ho-so/${d.code}`);
  const w = await admin.post(B, `/can-bo/giam-sat/ho-so/${d.code}/mien-gioi-han`,
    { csrf: tok, ly_do: 'Vụ việc phức tạp, cần giám định bổ sung' });
  assert.equal(w.status, 303, w.body.slice(0, 500));
  const page = await specialist.get(B, `/can-bo/ho-so/${d.code}`);
  assert.match(page.body, /Quản trị cấp tỉnh đã cho phép hồ sơ này vượt số lần và tổng thời gian gia hạn/);
  const due1 = row(d.id, 'due_at')[0];
  await extend(specialist, leader, d, { ly_do: 'Chờ giám định bổ sung', gia_han_ngay: '3' });
  assert.deepEqual(row(d.id, 'extensions, extension_tenths'), ['2', '80'], 'past both limits, by leave');
  assert.ok(row(d.id, 'due_at')[0] > due1);
  assert.equal(sent04(d.id).length, 2, 'each extension its own Form 04');
  assert.deepEqual(dueChanges(d.id).map((c) => c[0]), ['accept', 'approve_extension', 'approve_extension']);
}, { timeout: 300000 });

test('paused: the due date stays and the pages say "paused"; no extension while the clock stops; the citizen\'s supplement moves the date on record', async () => {
  const d = await submitted();
  assert.equal((await step(reception, d, 'tiep-nhan')).status, 303);
  const due1 = row(d.id, 'due_at')[0];
  // a proposal waits; a supplement request then pauses the clock
  assert.equal((await step(reception, d, 'de-xuat-gia-han', { ly_do: 'Chờ xác minh', gia_han_ngay: '1' })).status, 303);
  assert.equal((await step(reception, d, 'yeu-cau-bo-sung', { [`bo_sung_${d.slots[0].id}`]: '1', ly_do: 'Thiếu trang 2' })).status, 303);
  assert.deepEqual(row(d.id, 'status, clock, due_at'), ['5', 'paused', due1], 'the due date kept');
  const op = await reception.get(B, `/can-bo/ho-so/${d.code}`);
  assert.match(op.body, /id="dong-ho">Tạm dừng: chờ công dân bổ sung hồ sơ/);
  assert.match(op.body, /Ngày hẹn trước khi tạm dừng/);
  assert.ok(!/id="dong-ho">[^<]*<span class="late"/.test(op.body), 'no countdown');
  const cv = await d.who.jar.get(B, `/ho-so/${d.code}`);
  assert.match(cv.body, /id="dong-ho">Tạm dừng: chờ công dân bổ sung hồ sơ/);
  // the leader cannot approve while paused (409), nor anyone propose
  assert.equal((await step(leader, d, 'duyet-gia-han')).status, 409);
  // the citizen supplements: the clock runs again, the date anew, on record
  const form = await d.who.jar.get(B, `/ho-so/${d.code}/bo-sung`);
  const csrf = form.body.match(/name="csrf" value="([^"]+)"/)[1];
  const s = await postMultipart(d.who.jar, B, `/ho-so/${d.code}/bo-sung`, { csrf },
    [{ name: `tep_${d.slots[0].id}`, filename: 'đủ.pdf', type: 'application/pdf', data: fixture('ok.pdf') }]);
  assert.equal(s.status, 303);
  const [st, clock, due2, first] = row(d.id, 'status, clock, due_at, first_due_at');
  assert.deepEqual([st, clock, first], ['2', 'running', due1]);
  assert.ok(due2 >= due1, `${due1} -> ${due2}`);
  const ch = dueChanges(d.id);
  if (due2 !== due1) assert.deepEqual(ch[ch.length - 1].slice(0, 4), ['supplement', 'citizen', due1, due2]);
  else assert.equal(ch.length, 1, 'no change, none on record');
  // the extension proposed before the pause may now be approved
  assert.equal((await step(leader, d, 'duyet-gia-han')).status, 303);
  assert.equal(row(d.id, 'extensions')[0], '1');
}, { timeout: 300000 });
