// Agencies change (issue 16, section 4) through nginx: the province's
// admins alone rename, merge and close agencies (an agency admin never,
// not even their own); a day in the past, a merger into a closed agency
// or into the agency's own subtree, a second change while one waits and
// too long a text are refused next to their field, nothing recorded; a
// merger recorded for today is made by the sweeper (dvcctl agency apply)
// in one audited step: the open dossiers go to the successor with their
// code, status and due date unchanged, each citizen mailed which agency
// holds it now, the successor's reception sees them, the staff, the
// procedure and the child agency follow, the agency closes with its
// history; an opinion the agency had asked of its successor on one of
// its dossiers, or the successor of it (the successor would be asking
// itself), is withdrawn as no longer needed in the same step, the
// dossier's clock as it was, while one asked of a third agency stays; a change for a later day waits, and
// may be cancelled. A
// dossier sent to the wrong agency: only its agency's leader sends it on,
// with a reason, and only before acceptance. Agencies of the file's own
// (tests/lib/agency.mjs).
import { test, assert } from '../lib/t.mjs';
import { get } from '../lib/http.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { newCitizen, newStaff, lastMail } from '../lib/account.mjs';
import { submitted, step, row, payCounter } from '../lib/office.mjs';
import { login, provinceAdmin } from '../lib/report.mjs';
import { agencySet, agencyOf, applyDue, vnDate } from '../lib/agency.mjs';

const B = NGINX;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const changes = (code, state = '') => Number(sql(`SELECT COUNT(*) FROM agency_change c JOIN agency a
  ON a.id = c.agency_id WHERE a.code = '${code}' ${state ? `AND c.state = '${state}'` : ''}`)[0][0]);
// the error shown by a field: its id-loi paragraph
const fieldError = (html, name) => {
  const m = html.match(new RegExp(`<p class="field-error" id="${name}-loi">[\\s\\S]*?</span>([^<]*)</p>`));
  return m ? m[1].trim() : null;
};

let S;		// this file's agencies
let admin;	// province admin
let agencyAdmin;	// admin of S.old
let leader;	// leader of S.old
let recOld;	// reception of S.old
let recNext;	// reception of S.next
let leaderNext;	// leader of S.next

async function change(jar, code, fields) {
  const csrf = await jar.token(B, `/quan-tri/co-quan/${code}`);
  return jar.post(B, `/quan-tri/co-quan/${code}/thay-doi`, { csrf, ...fields });
}

test('setup: agencies, their staff, the admins', async () => {
  S = agencySet('http');
  admin = await login(provinceAdmin());
  agencyAdmin = await login(newStaff('agency_admin', S.old, 'Quản trị cơ quan cũ'));
  leader = await login(S.leaderOld);
  recOld = await login(S.receptionOld);
  recNext = await login(S.receptionNext);
  leaderNext = await login(newStaff('leader', S.next, 'Lãnh đạo cơ quan mới'));
}, { timeout: 180000 });

test('the province admin alone: an agency admin, an officer, a citizen, nobody are refused', async () => {
  const list = await admin.get(B, '/quan-tri/co-quan');
  assert.equal(list.status, 200);
  assert.match(list.body, new RegExp(`href="/quan-tri/co-quan/${esc(S.old)}"`));
  assert.equal((await admin.get(B, `/quan-tri/co-quan/${S.old}`)).status, 200);
  for (const [who, jar] of [['agency admin', agencyAdmin], ['leader', leader]]) {
    assert.equal((await jar.get(B, '/quan-tri/co-quan')).status, 403, who);
    assert.equal((await jar.get(B, `/quan-tri/co-quan/${S.old}`)).status, 403, who);
    // the form's token of a page the person may open, posted here
    const csrf = await jar.token(B, '/tai-khoan/doi-mat-khau');
    const r = await jar.post(B, `/quan-tri/co-quan/${S.old}/thay-doi`,
      { csrf, loai_thay_doi: 'sap-nhap', ngay_hieu_luc: vnDate(), co_quan_tiep_nhan: S.next });
    assert.equal(r.status, 403, `${who} merges nothing`);
  }
  assert.equal((await get(B, '/quan-tri/co-quan')).status, 303, 'anonymous: log in first');
  const citizen = await newCitizen(B);
  assert.equal((await citizen.jar.get(B, '/quan-tri/co-quan')).status, 403);
  assert.equal(changes(S.old), 0, 'nothing recorded');
  assert.equal((await admin.get(B, '/quan-tri/co-quan/999.99.99.X99')).status, 404, 'no such agency');
});

test('bad input: refused next to its field with a Vietnamese message, nothing recorded', async () => {
  let r = await change(admin, S.old, { loai_thay_doi: 'sap-nhap', ngay_hieu_luc: vnDate(-1), co_quan_tiep_nhan: S.next });
  assert.equal(r.status, 422);
  assert.equal(fieldError(r.body, 'ngay_hieu_luc'), 'Ngày hiệu lực không được trước hôm nay.');
  r = await change(admin, S.old, { loai_thay_doi: 'sap-nhap', ngay_hieu_luc: vnDate(), co_quan_tiep_nhan: '000.00.10.H34' });
  assert.equal(r.status, 422, 'into a closed agency (the demo\'s Sở Lao động)');
  assert.match(fieldError(r.body, 'co_quan_tiep_nhan'), /^Cơ quan tiếp nhận đã thôi hoạt động/);
  for (const into of [S.child, S.old]) {
    r = await change(admin, S.old, { loai_thay_doi: 'giai-the', ngay_hieu_luc: vnDate(), co_quan_tiep_nhan: into });
    assert.equal(r.status, 422, `into ${into}: a cycle`);
    assert.match(fieldError(r.body, 'co_quan_tiep_nhan'), /vòng lặp/);
  }
  r = await change(admin, S.old, { loai_thay_doi: 'sap-nhap', ngay_hieu_luc: vnDate() });
  assert.equal(r.status, 422);
  assert.equal(fieldError(r.body, 'co_quan_tiep_nhan'), 'Vui lòng chọn cơ quan tiếp nhận công việc.');
  r = await change(admin, S.old, { loai_thay_doi: 'doi-ten', ngay_hieu_luc: vnDate() });
  assert.equal(fieldError(r.body, 'ten_moi'), 'Vui lòng nhập tên mới của cơ quan.');
  r = await change(admin, S.old, { loai_thay_doi: 'doi-ten', ngay_hieu_luc: '31/02/2030', ten_moi: 'Tên mới' });
  assert.equal(r.status, 422);
  assert.ok(fieldError(r.body, 'ngay_hieu_luc'), 'not a date');
  r = await change(admin, S.old, { loai_thay_doi: 'doi-ten', ngay_hieu_luc: vnDate(), ten_moi: 'Tên mới', can_cu: 'x'.repeat(501) });
  assert.equal(r.status, 422);
  assert.equal(fieldError(r.body, 'can_cu'), 'Nội dung quá dài.');
  assert.match(r.body, /value="Tên mới"/, 'what was typed is kept');
  r = await change(admin, S.old, { loai_thay_doi: 'bo-di', ngay_hieu_luc: vnDate() });
  assert.equal(r.status, 422);
  assert.ok(fieldError(r.body, 'loai_thay_doi'));
  assert.doesNotMatch(r.body, /\b(successor_closed|no_successor|cycle|past)\b/, 'no internal code shown');
  assert.equal(changes(S.old), 0, 'nothing recorded');
});

test('a dossier sent to the wrong agency: its leader alone sends it on, with a reason', async () => {
  const d = await submitted(S.proc);
  assert.equal(agencyOf(d.id), S.old);
  const path = `/can-bo/ho-so/${d.code}/chuyen-co-quan`;
  assert.equal((await recOld.get(B, path)).status, 403, 'reception is no leader');
  assert.equal((await leaderNext.get(B, path)).status, 404, 'another agency\'s leader does not see it');
  const view = await leader.get(B, `/can-bo/ho-so/${d.code}`);
  assert.match(view.body, new RegExp(`href="${esc(path)}"`), 'the button on the dossier page');
  const form = await leader.get(B, path);
  assert.equal(form.status, 200);
  assert.match(form.body, new RegExp(`<option value="${esc(S.next)}"`));
  assert.doesNotMatch(form.body, new RegExp(`<option value="${esc(S.old)}"`), 'not its own');
  const csrf = form.body.match(/name="csrf" value="([^"]+)"/)[1];
  const v = Number(row(d.id, 'version')[0]);
  let r = await leader.post(B, path, { csrf, phien_ban: v, co_quan_dung: S.next, ly_do: '' });
  assert.equal(r.status, 422, 'a reason is required');
  assert.ok(fieldError(r.body, 'ly_do'));
  r = await leader.post(B, path, { csrf, phien_ban: v, co_quan_dung: '000.00.10.H34', ly_do: 'Không thuộc thẩm quyền.' });
  assert.equal(r.status, 422, 'a closed agency');
  assert.ok(fieldError(r.body, 'co_quan_dung'));
  assert.equal(agencyOf(d.id), S.old, 'nothing moved');
  const before = row(d.id, 'code, status, due_at');
  r = await leader.post(B, path, { csrf, phien_ban: v, co_quan_dung: S.next, ly_do: 'Thủ tục thuộc thẩm quyền của Phòng Nội vụ.' });
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  assert.equal(agencyOf(d.id), S.next);
  assert.deepEqual(row(d.id, 'code, status, due_at'), before, 'code and status unchanged');
  const ev = sql(`SELECT action, note FROM dossier_event WHERE dossier_id = ${d.id} ORDER BY id DESC LIMIT 1`)[0];
  assert.deepEqual(ev, ['transfer', 'Thủ tục thuộc thẩm quyền của Phòng Nội vụ.']);
  const mail = lastMail(d.who.data.email);
  assert.equal(mail.subject, 'Hồ sơ của bạn được chuyển đến đúng cơ quan có thẩm quyền');
  assert.match(mail.text, new RegExp(esc(d.code)));
  assert.match(mail.text, /Phòng Nội vụ kiểm thử http/, 'names the agency that holds it now');
  assert.match(mail.text, /Lý do: Thủ tục thuộc thẩm quyền của Phòng Nội vụ\./);
  assert.match((await recNext.get(B, '/can-bo/tiep-nhan')).body, new RegExp(esc(d.code)), 'in the new agency\'s queue');
  assert.equal((await recOld.get(B, `/can-bo/ho-so/${d.code}`)).status, 404, 'no longer the old agency\'s');
  assert.doesNotMatch((await recOld.get(B, '/can-bo/tiep-nhan')).body, new RegExp(esc(d.code)));
});

test('after acceptance the transfer is refused', async () => {
  const d = await submitted(S.proc);
  assert.equal((await step(recOld, d, 'tiep-nhan')).status, 303);
  const path = `/can-bo/ho-so/${d.code}/chuyen-co-quan`;
  const page = await leader.get(B, `/can-bo/ho-so/${d.code}`);
  assert.doesNotMatch(page.body, new RegExp(`href="${esc(path)}"`), 'no button once accepted');
  const csrf = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  const r = await leader.post(B, path, { csrf, phien_ban: row(d.id, 'version')[0], co_quan_dung: S.next, ly_do: 'Gửi nhầm cơ quan.' });
  assert.equal(r.status, 409);
  assert.match(r.body, /đã được tiếp nhận/);
  assert.equal(agencyOf(d.id), S.old);
});

// An opinion asked by jar's agency of agency code on dossier d, through
// the dossier page's form; returns the request's id.
async function askOpinion(jar, d, code) {
  const page = await jar.get(B, `/can-bo/ho-so/${d.code}`);
  assert.equal(page.status, 200);
  const csrf = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  const token = page.body.match(/name="ma_phieu" value="([^"]+)"/)[1];
  const r = await jar.post(B, `/can-bo/ho-so/${d.code}/xin-y-kien`, { csrf, ma_phieu: token, co_quan: code,
    so_ngay: '3', cau_hoi: 'Đề nghị cho ý kiến về hồ sơ trước khi sắp xếp tổ chức.' });
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  return sql(`SELECT o.id FROM opinion o JOIN agency a ON a.id = o.agency_id
    WHERE o.dossier_id = ${d.id} AND a.code = '${code}'`)[0][0];
}

const THIRD = '000.00.08.H34';
const WITHDRAWN = 'Đã rút yêu cầu';	// Lang.Office.Opinion.St.withdrawn
let asking;	// a dossier of S.old in processing with two opinions asked
let asked;	// a dossier of S.next in processing that asked S.old

test('before the merger: a dossier of the agency asks its successor and a third agency for opinions', async () => {
  const specialist = await login(newStaff('specialist', S.old, 'Chuyên viên cơ quan cũ'));
  asking = await submitted(S.proc);
  assert.equal((await step(recOld, asking, 'tiep-nhan')).status, 303);
  await payCounter(recOld, asking);
  assert.equal((await step(recOld, asking, 'chuyen-xu-ly')).status, 303);
  assert.equal(row(asking.id, 'status')[0], '4');
  asking.toNext = await askOpinion(specialist, asking, S.next);
  asking.toThird = await askOpinion(specialist, asking, THIRD);
  asking.before = row(asking.id, 'status, due_at, clock, received_at');
  const queue = (await leaderNext.get(B, '/can-bo/y-kien')).body;
  const line = queue.match(new RegExp(`/can-bo/y-kien/${asking.toNext}"[\\s\\S]*?</tr>`));
  assert.ok(line, 'in the successor\'s queue before');
  assert.doesNotMatch(line[0], new RegExp(esc(WITHDRAWN)), 'pending');

  // the other way round: a dossier the successor holds (sent on to it by
  // the old agency's leader) asks the old agency
  asked = await submitted(S.proc);
  const path = `/can-bo/ho-so/${asked.code}/chuyen-co-quan`;
  const csrf = (await leader.get(B, path)).body.match(/name="csrf" value="([^"]+)"/)[1];
  assert.equal((await leader.post(B, path, { csrf, phien_ban: row(asked.id, 'version')[0], co_quan_dung: S.next,
    ly_do: 'Thủ tục thuộc thẩm quyền của Phòng Nội vụ.' })).status, 303);
  assert.equal((await step(recNext, asked, 'tiep-nhan')).status, 303);
  await payCounter(recNext, asked);
  assert.equal((await step(recNext, asked, 'chuyen-xu-ly')).status, 303);
  const specialistNext = await login(newStaff('specialist', S.next, 'Chuyên viên cơ quan mới'));
  asked.toOld = await askOpinion(specialistNext, asked, S.old);
  asked.before = row(asked.id, 'status, due_at, clock, received_at');
}, { timeout: 120000 });

test('a merger for today, made by the sweeper: dossiers, staff, procedure, child to the successor', async () => {
  const fresh = await submitted(S.proc);
  const taken = await submitted(S.proc);
  assert.equal((await step(recOld, taken, 'tiep-nhan')).status, 303);
  const before = [fresh, taken].map((d) => row(d.id, 'code, status, due_at, clock, received_at'));
  assert.ok(before[1][2] !== 'NULL', 'the accepted one has its due date');
  const r = await change(admin, S.old, { loai_thay_doi: 'sap-nhap', ngay_hieu_luc: vnDate(), co_quan_tiep_nhan: S.next,
    can_cu: 'Quyết định 45/QĐ-UBND về sắp xếp các phòng chuyên môn' });
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  assert.equal(changes(S.old, 'waiting'), 1);
  assert.equal(agencyOf(fresh.id), S.old, 'recorded, not made yet');
  const again = await change(admin, S.old, { loai_thay_doi: 'doi-ten', ngay_hieu_luc: vnDate(5), ten_moi: 'Tên khác' });
  assert.equal(again.status, 422, 'one change waiting at a time');
  assert.match(again.body, /đã có một thay đổi đang chờ/);
  const into = await change(admin, S.child, { loai_thay_doi: 'sap-nhap', ngay_hieu_luc: vnDate(), co_quan_tiep_nhan: S.old });
  assert.equal(into.status, 422, 'into an agency about to go');
  assert.match(fieldError(into.body, 'co_quan_tiep_nhan'), /sắp sáp nhập hoặc giải thể/);

  const out = applyDue();
  assert.match(out, /thay đổi cơ quan đã thực hiện/);
  assert.match(out, /2 yêu cầu lấy ý kiến không còn cần/);
  for (const [i, d] of [fresh, taken].entries()) {
    assert.equal(agencyOf(d.id), S.next);
    assert.deepEqual(row(d.id, 'code, status, due_at, clock, received_at'), before[i], 'code and clock kept');
    assert.equal(sql(`SELECT action FROM dossier_event WHERE dossier_id = ${d.id} ORDER BY id DESC LIMIT 1`)[0][0], 'handover');
    const mail = lastMail(d.who.data.email);
    assert.equal(mail.subject, 'Hồ sơ của bạn được chuyển sang cơ quan khác giải quyết');
    assert.match(mail.text, /Phòng Nội vụ kiểm thử http/);
    assert.match(mail.text, new RegExp(esc(d.code)));
  }
  const queue = (await recNext.get(B, '/can-bo/tiep-nhan?trang_thai=moi')).body;
  assert.match(queue, new RegExp(esc(fresh.code)), 'the successor\'s reception sees it');
  const a = sql(`SELECT a.status, s.code FROM agency a JOIN agency s ON s.id = a.successor_id WHERE a.code = '${S.old}'`)[0];
  assert.deepEqual(a, ['closed', S.next]);
  assert.equal(sql(`SELECT e.event FROM agency_event e JOIN agency a ON a.id = e.agency_id WHERE a.code = '${S.old}'`)[0][0], 'merged');
  assert.equal(sql(`SELECT a.code FROM account u JOIN agency a ON a.id = u.agency_id WHERE u.email = '${S.receptionOld}'`)[0][0], S.next, 'the staff follow');
  assert.deepEqual(sql(`SELECT a.code FROM proc_agency pa JOIN proc p ON p.id = pa.proc_id JOIN agency a ON a.id = pa.agency_id
    WHERE p.code = '${S.proc}'`).map((x) => x[0]), [S.next], 'the procedure follows');
  assert.equal(sql(`SELECT p.code FROM agency c JOIN agency p ON p.id = c.parent_id WHERE c.code = '${S.child}'`)[0][0], S.next);
  assert.equal(Number(sql(`SELECT COUNT(*) FROM audit a JOIN agency g ON g.id = a.object_id
    WHERE a.action = 'agency.merged' AND a.object_type = 'agency' AND g.code = '${S.old}'`)[0][0]), 1, 'audited once');
  assert.equal(Number(sql(`SELECT COUNT(*) FROM audit WHERE action = 'dossier.handover' AND object_id IN (${fresh.id}, ${taken.id})`)[0][0]), 2);
  const page = (await admin.get(B, `/quan-tri/co-quan/${S.old}`)).body;
  assert.match(page, /Đã thực hiện lúc/);
  assert.doesNotMatch(page, /action="[^"]*\/thay-doi"/, 'a closed agency offers no change');
  applyDue();
  assert.equal(Number(sql(`SELECT COUNT(*) FROM dossier_event WHERE dossier_id = ${fresh.id} AND action = 'handover'`)[0][0]), 1, 'made once');
  const closed = await change(admin, S.old, { loai_thay_doi: 'doi-ten', ngay_hieu_luc: vnDate(), ten_moi: 'Tên khác' });
  assert.equal(closed.status, 422, 'a closed agency changes no more');
});

test('the merger withdrew the opinion the successor would have asked of itself; the other stays', async () => {
  assert.equal(agencyOf(asking.id), S.next, 'the dossier went with the others');
  const adminId = sql(`SELECT c.requested_by FROM agency_change c JOIN agency a ON a.id = c.agency_id
    WHERE a.code = '${S.old}' AND c.state = 'done'`)[0][0];
  assert.deepEqual(sql(`SELECT status, withdrawn_by IS NOT NULL FROM opinion WHERE id = ${asking.toNext}`)[0], ['withdrawn', '1']);
  assert.equal(sql(`SELECT withdrawn_by FROM opinion WHERE id = ${asking.toNext}`)[0][0], adminId, 'by the change\'s decider');
  assert.equal(sql(`SELECT status FROM opinion WHERE id = ${asking.toThird}`)[0][0], 'pending', 'a third agency still answers');
  assert.deepEqual(row(asking.id, 'status, due_at, clock, received_at'), asking.before, 'status and clock as they were');
  // the dossier's history: the handover (the agency that handed it), then the
  // withdrawal, for the agency holding it now
  const ev = sql(`SELECT e.action, a.code FROM dossier_event e JOIN agency a ON a.id = e.agency_id
    WHERE e.dossier_id = ${asking.id} ORDER BY e.id DESC LIMIT 2`);
  assert.deepEqual(ev, [['opinion_withdraw', S.next], ['handover', S.old]]);
  const detail = sql(`SELECT detail FROM audit WHERE action = 'dossier.opinion_withdraw' AND object_id = ${asking.id}`);
  assert.equal(detail.length, 1, 'audited once');
  assert.match(detail[0][0], /merged into/);
  assert.match(sql(`SELECT a.detail FROM audit a JOIN agency g ON g.id = a.object_id
    WHERE a.action = 'agency.merged' AND g.code = '${S.old}'`)[0][0], /opinions withdrawn 2/);
  // and the one the successor's own dossier had asked of the old agency
  assert.equal(sql(`SELECT status FROM opinion WHERE id = ${asked.toOld}`)[0][0], 'withdrawn');
  assert.deepEqual(row(asked.id, 'status, due_at, clock, received_at'), asked.before);
  assert.equal(sql(`SELECT action FROM dossier_event WHERE dossier_id = ${asked.id} ORDER BY id DESC LIMIT 1`)[0][0],
    'opinion_withdraw');
  // nobody at the successor is asked to answer its own dossier: the
  // request is in its list as withdrawn
  const queue = (await leaderNext.get(B, '/can-bo/y-kien')).body;
  const line = queue.match(new RegExp(`/can-bo/y-kien/${asking.toNext}"[\\s\\S]*?</tr>`));
  assert.ok(line, 'listed');
  assert.match(line[0], new RegExp(`<td>${esc(WITHDRAWN)}</td></tr>`));
  // the lead's page shows it withdrawn
  const page = await leaderNext.get(B, `/can-bo/ho-so/${asking.code}`);
  assert.equal(page.status, 200);
  assert.match(page.body, /Rút yêu cầu lấy ý kiến cơ quan phối hợp/);
});

test('a change for a later day waits for it, and may be cancelled', async () => {
  const r = await change(admin, S.next, { loai_thay_doi: 'doi-ten', ngay_hieu_luc: vnDate(3), ten_moi: 'Phòng Nội vụ đổi tên' });
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  applyDue();
  assert.equal(changes(S.next, 'waiting'), 1, 'not its day');
  assert.notEqual(sql(`SELECT name FROM agency WHERE code = '${S.next}'`)[0][0], 'Phòng Nội vụ đổi tên');
  const page = await admin.get(B, `/quan-tri/co-quan/${S.next}`);
  const m = page.body.match(/action="(\/quan-tri\/co-quan\/[^"]+\/huy\/\d+)"/);
  assert.ok(m, 'a cancel button');
  const csrf = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  assert.equal((await agencyAdmin.post(B, m[1], { csrf: await agencyAdmin.token(B, '/tai-khoan/doi-mat-khau') })).status, 403);
  assert.equal((await admin.post(B, m[1], { csrf })).status, 303);
  assert.equal(changes(S.next, 'cancelled'), 1);
  assert.equal((await admin.post(B, m[1], { csrf })).status, 409, 'once');
});
