// Processing after reception through nginx (issue 6, part 2): the
// specialist's proposals, the leader's approval or return of a draft, the
// return of the result (online download), the refusal after processing
// (Form 03), the citizen's withdrawal and rating (extensions, Form 04:
// office_extension.test.mjs); and the faults: wrong role or agency (403/404 on
// record), wrong status (409), double posts applied once.
import { test, assert } from '../lib/t.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { newCitizen, staffLogin, lastMail } from '../lib/account.mjs';
import { postMultipart } from '../lib/dossier.mjs';
import {
  fixture, row, version, act, audits, events, submitted, step, payCounter,
  processing as processingBy, proposeResult as proposeBy, staffLike,
} from '../lib/office.mjs';

const B = NGINX;

let reception;
let specialist;
let leader;
let outsider;

const processing = () => processingBy(reception);
const proposeResult = (d) => proposeBy(specialist, d);

test('logins; the work lists belong to their roles', async () => {
  reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  specialist = await staffLogin(B, 'chuyenvien@tuphap.kontum.demo');
  leader = await staffLogin(B, 'lanhdao@tuphap.kontum.demo');
  staffLike('chuyenvien@khac.kontum.demo', 'specialist', '000.00.06.H34', 'Cán bộ khác');
  outsider = await staffLogin(B, 'chuyenvien@khac.kontum.demo');
  assert.equal((await specialist.get(B, '/can-bo/xu-ly')).status, 200);
  assert.equal((await leader.get(B, '/can-bo/phe-duyet')).status, 200);
  assert.equal((await reception.get(B, '/can-bo/tra-ket-qua')).status, 200);
  assert.equal((await reception.get(B, '/can-bo/xu-ly')).status, 403);
  assert.equal((await specialist.get(B, '/can-bo/phe-duyet')).status, 403);
  assert.equal((await leader.get(B, '/can-bo/tra-ket-qua')).status, 403);
}, { timeout: 120000 });

test('the whole way: submit, supplement request, supplement, accept, forward, result, approval, online return, download, rating', async () => {
  const d = await submitted();
  // supplement request and the citizen's supplement (part 1's path)
  assert.equal((await step(reception, d, 'yeu-cau-bo-sung', { [`bo_sung_${d.slots[0].id}`]: '1', ly_do: 'Thiếu trang 2' })).status, 303);
  assert.match(lastMail(d.who.data.email).subject, /Phiếu yêu cầu bổ sung/);
  const form = await d.who.jar.get(B, `/ho-so/${d.code}/bo-sung`);
  // the officer's reason on the citizen's page, with the notice it came in
  // (issue 15)
  const why = form.body.match(/<div class="alert alert-warn" role="note" id="ly-do-bo-sung">([\s\S]*?)<\/div>/);
  assert.ok(why, 'the reason box');
  assert.match(why[1], /<p class="explain">Thiếu trang 2<\/p>/);
  assert.match(why[1], new RegExp(`href="/ho-so/${d.code.replace(/\./g, '\\.')}/thong-bao/\\d+">Phiếu yêu cầu bổ sung`));
  const csrf = form.body.match(/name="csrf" value="([^"]+)"/)[1];
  const s = await postMultipart(d.who.jar, B, `/ho-so/${d.code}/bo-sung`, { csrf },
    [{ name: `tep_${d.slots[0].id}`, filename: 'đủ.pdf', type: 'application/pdf', data: fixture('ok.pdf') }]);
  assert.equal(s.status, 303);
  assert.equal((await step(reception, d, 'tiep-nhan')).status, 303);
  assert.match(lastMail(d.who.data.email).subject, /Giấy tiếp nhận/);
  await payCounter(reception, d);
  assert.equal((await step(reception, d, 'chuyen-xu-ly')).status, 303);
  // the specialist's list, oldest and most urgent first
  const work = await specialist.get(B, '/can-bo/xu-ly');
  assert.ok(work.body.includes(d.code), 'in the specialist\'s list');
  // a leader cannot propose (403, on record)
  const before = audits(d.id, 'dossier.denied');
  assert.equal((await step(leader, d, 'de-xuat-bo-sung', { ly_do: 'x' })).status, 403);
  assert.equal(audits(d.id, 'dossier.denied'), before + 1);
  // without a file: 422, nothing changes
  const page = await specialist.get(B, `/can-bo/ho-so/${d.code}`);
  const tok = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  const none = await postMultipart(specialist, B, `/can-bo/ho-so/${d.code}/de-xuat-ket-qua`,
    { csrf: tok, phien_ban: String(version(d.id)) }, []);
  assert.equal(none.status, 422);
  const r = await proposeResult(d);
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  assert.deepEqual(row(d.id, 'status, proposal_action, result_file_id IS NOT NULL'), ['4', 'result', '1']);
  // the citizen cannot fetch the result file before it is returned
  const fid = row(d.id, 'result_file_id')[0];
  assert.equal((await d.who.jar.get(B, `/ho-so/tep/${fid}`)).status, 404);
  assert.equal((await d.who.jar.get(B, `/ho-so/${d.code}/ket-qua`)).status, 404);
  // a second proposal while one waits: 409
  const second = await step(specialist, d, 'de-xuat-tu-choi', { ly_do: 'x' });
  assert.equal(second.status, 409);
  assert.match(second.body, /đang có một đề xuất khác chờ phê duyệt/);
  // the leader's list; the specialist cannot approve
  assert.ok((await leader.get(B, '/can-bo/phe-duyet')).body.includes(d.code));
  assert.equal((await step(specialist, d, 'duyet-ket-qua')).status, 403);
  // another agency: 404, on record
  const ob = audits(d.id, 'dossier.denied');
  const otok = await outsider.token(B, '/can-bo/xu-ly');
  assert.equal((await act(outsider, d.code, 'duyet-ket-qua', { csrf: otok, phien_ban: version(d.id) })).status, 404);
  assert.equal(audits(d.id, 'dossier.denied'), ob + 1);
  // approval: 9, the clock done, the citizen told
  const v = version(d.id);
  const ltok = await leader.token(B, `/can-bo/ho-so/${d.code}`);
  assert.equal((await act(leader, d.code, 'duyet-ket-qua', { csrf: ltok, phien_ban: v })).status, 303);
  assert.deepEqual(row(d.id, 'status, clock, proposal_action IS NULL'), ['9', 'done', '1']);
  assert.match(lastMail(d.who.data.email).subject, /đã có kết quả/);
  // posted again: applied once
  assert.equal((await act(leader, d.code, 'duyet-ket-qua', { csrf: ltok, phien_ban: v })).status, 303);
  assert.equal(version(d.id), v + 1);
  assert.equal(events(d.id).filter((e) => e === 'approve_result').length, 1);
  // return online: reception's list, then 10
  assert.ok((await reception.get(B, '/can-bo/tra-ket-qua')).body.includes(d.code));
  assert.equal((await step(reception, d, 'tra-ket-qua', {})).status, 422, 'a method is needed');
  assert.equal((await step(reception, d, 'tra-ket-qua', { hinh_thuc: 'online' })).status, 303);
  assert.deepEqual(row(d.id, 'status, return_method'), ['10', 'online']);
  assert.match(lastMail(d.who.data.email).subject, /đã được trả/);
  const view = await d.who.jar.get(B, `/ho-so/${d.code}`);
  assert.match(view.body, /Đã trả kết quả/);
  assert.match(view.body, /Tải văn bản kết quả/);
  assert.match(view.body, /Chuyên viên đề xuất kết quả/);
  assert.match(view.body, /Phê duyệt kết quả giải quyết/);
  const dl = await d.who.jar.get(B, `/ho-so/${d.code}/ket-qua`);
  assert.equal(dl.status, 200);
  assert.match(dl.headers['content-disposition'], /^attachment;/);
  assert.ok(dl.body.startsWith('%PDF'), 'the result file');
  assert.equal(row(d.id, 'collected_at IS NOT NULL')[0], '1', 'downloading online is collecting');
  assert.equal((await get404(d)), 404, 'another citizen cannot download it');
  // rating: criteria from config, once
  const crit = [...view.body.matchAll(/name="diem_(\d+)"/g)].map((m) => m[1]);
  assert.ok(crit.length >= 3, 'criteria shown');
  const rtok = view.body.match(/name="csrf" value="([^"]+)"/)[1];
  const partial = await d.who.jar.post(B, `/ho-so/${d.code}/danh-gia`, { csrf: rtok, diem_0: '5' });
  assert.equal(partial.status, 422);
  const scores = Object.fromEntries(crit.map((c) => [`diem_${c}`, '4']));
  const rate = await d.who.jar.post(B, `/ho-so/${d.code}/danh-gia`, { csrf: rtok, ...scores, gop_y: 'Nhanh, đúng hẹn.' });
  assert.equal(rate.status, 303);
  const again = await d.who.jar.post(B, `/ho-so/${d.code}/danh-gia`, { csrf: rtok, ...scores, gop_y: 'lần hai' });
  assert.equal(again.status, 303);
  assert.equal(sql(`SELECT COUNT(*) FROM dossier_rating WHERE dossier_id = ${d.id}`)[0][0], '1');
  assert.equal(sql(`SELECT comment FROM dossier_rating WHERE dossier_id = ${d.id}`)[0][0], 'Nhanh, đúng hẹn.');
  assert.equal(Number(sql(`SELECT COUNT(*) FROM dossier_rating_score WHERE dossier_id = ${d.id}`)[0][0]), crit.length);
  assert.match((await d.who.jar.get(B, `/ho-so/${d.code}`)).body, /4\/5/);
}, { timeout: 240000 });

async function get404(d) {
  const stranger = await newCitizen(B);
  return (await stranger.jar.get(B, `/ho-so/${d.code}/ket-qua`)).status;
}

test('refusal after processing: the specialist proposes, the leader approves, the citizen gets Form 03; a paid fee is owed back', async () => {
  const d = await processing();
  // paid at reception's counter on the way (processing)
  assert.equal(row(d.id, 'fee_paid')[0], '1', 'the fee paid at the counter');
  assert.equal((await step(specialist, d, 'de-xuat-tu-choi', {})).status, 422, 'a reason is needed');
  assert.equal((await step(specialist, d, 'de-xuat-tu-choi', { ly_do: 'Không đủ điều kiện theo quy định.' })).status, 303);
  const draft = sql(`SELECT status, number IS NULL, html IS NULL FROM notice WHERE dossier_id = ${d.id} AND form = '03'`);
  assert.deepEqual(draft, [['draft', '1', '1']], 'a draft, unnumbered and unsent');
  assert.ok(!(await d.who.jar.get(B, `/ho-so/${d.code}`)).body.includes('Phiếu từ chối'), 'the citizen does not see a draft');
  assert.equal((await step(leader, d, 'duyet-ket-qua')).status, 409, 'the proposal is a refusal');
  assert.equal((await step(leader, d, 'duyet-tu-choi', { xac_nhan: '1' })).status, 303);
  assert.deepEqual(row(d.id, 'status, clock, refund_due'), ['8', 'done', '1']);
  const n = sql(`SELECT status, number IS NOT NULL, approved_by IS NOT NULL, html FROM notice WHERE dossier_id = ${d.id} AND form = '03'`);
  assert.equal(n[0][0], 'sent');
  assert.equal(n[0][1], '1');
  assert.equal(n[0][2], '1');
  assert.match(n[0][3], /Không đủ điều kiện/);
  assert.match(lastMail(d.who.data.email).subject, /Phiếu từ chối/);
  const v = await d.who.jar.get(B, `/ho-so/${d.code}`);
  assert.match(v.body, /Dừng xử lý/);
  assert.match(v.body, /Phiếu từ chối tiếp nhận giải quyết hồ sơ/);
  assert.ok(!v.body.includes('rut-ho-so'), 'a stopped dossier cannot be withdrawn');
}, { timeout: 240000 });

test('the leader returns a draft with a comment; the specialist proposes again; an approved supplement pauses the clock', async () => {
  const d = await processing();
  assert.equal((await step(specialist, d, 'de-xuat-bo-sung', { [`bo_sung_${d.slots[0].id}`]: '1', ly_do: 'Bản sao chưa chứng thực' })).status, 303);
  assert.equal((await step(leader, d, 'tra-lai-du-thao', { xac_nhan: '1', })).status, 422, 'a comment is needed');
  assert.equal((await step(leader, d, 'tra-lai-du-thao', { xac_nhan: '1', ly_do: 'Ghi rõ điều khoản' })).status, 303);
  assert.deepEqual(row(d.id, 'status, proposal_action IS NULL, proposal_notice_id IS NULL'), ['4', '1', '1']);
  assert.match((await specialist.get(B, `/can-bo/ho-so/${d.code}`)).body, /Ghi rõ điều khoản/, 'the comment for the specialist');
  const cv = await d.who.jar.get(B, `/ho-so/${d.code}`);
  assert.match(cv.body, /Lãnh đạo trả lại dự thảo/);
  assert.ok(!cv.body.includes('Ghi rõ điều khoản'), 'the internal comment is not the citizen\'s');
  assert.equal(sql(`SELECT COUNT(*) FROM notice WHERE dossier_id = ${d.id} AND form = '02'`)[0][0], '0');
  assert.equal(sql(`SELECT COUNT(*) FROM dossier_doc WHERE dossier_id = ${d.id} AND supplement = 1`)[0][0], '0');
  assert.ok((await specialist.get(B, '/can-bo/xu-ly')).body.includes(d.code), 'back in the specialist\'s list');
  assert.equal((await step(specialist, d, 'de-xuat-bo-sung', { [`bo_sung_${d.slots[0].id}`]: '1', ly_do: 'Bản sao chưa chứng thực theo khoản 2' })).status, 303);
  assert.equal((await step(leader, d, 'duyet-bo-sung')).status, 303);
  assert.deepEqual(row(d.id, 'status, clock, resume_status'), ['5', 'paused', '4']);
  const mail = lastMail(d.who.data.email);
  assert.match(mail.subject, /Phiếu yêu cầu bổ sung/);
  assert.match(mail.text, /khoản 2/);
  // the supplement returns it to the specialist
  const form = await d.who.jar.get(B, `/ho-so/${d.code}/bo-sung`);
  const csrf = form.body.match(/name="csrf" value="([^"]+)"/)[1];
  const s = await postMultipart(d.who.jar, B, `/ho-so/${d.code}/bo-sung`, { csrf },
    [{ name: `tep_${d.slots[0].id}`, filename: 'chứng thực.pdf', type: 'application/pdf', data: fixture('ok.pdf') }]);
  assert.equal(s.status, 303);
  assert.deepEqual(row(d.id, 'status, clock'), ['4', 'running']);
}, { timeout: 240000 });

test('return at the counter and by post: collection recorded by reception, once', async () => {
  const d = await processing();
  assert.equal((await proposeResult(d)).status, 303);
  assert.equal((await step(leader, d, 'duyet-ket-qua')).status, 303);
  assert.equal((await step(reception, d, 'tra-ket-qua', { hinh_thuc: 'post' })).status, 422, 'post needs a tracking number');
  assert.equal((await step(reception, d, 'tra-ket-qua', { hinh_thuc: 'post', ma_buu_gui: 'EB123456789VN' })).status, 303);
  assert.deepEqual(row(d.id, 'status, return_method, post_tracking'), ['10', 'post', 'EB123456789VN']);
  assert.ok((await reception.get(B, '/can-bo/tra-ket-qua')).body.includes(d.code), 'waiting for collection');
  assert.equal((await d.who.jar.get(B, `/ho-so/${d.code}/ket-qua`)).status, 404, 'not online');
  assert.match((await d.who.jar.get(B, `/ho-so/${d.code}`)).body, /EB123456789VN/);
  assert.equal((await step(reception, d, 'da-nhan-ket-qua')).status, 303);
  assert.equal(row(d.id, 'collected_at IS NOT NULL')[0], '1');
  assert.equal((await step(reception, d, 'da-nhan-ket-qua')).status, 409, 'collected once');
  assert.ok(!(await reception.get(B, '/can-bo/tra-ket-qua')).body.includes(d.code));
  // the staff home links each role's list
  assert.match((await leader.get(B, '/can-bo')).body, /\/can-bo\/phe-duyet/);
  assert.match((await specialist.get(B, '/can-bo')).body, /\/can-bo\/xu-ly/);
}, { timeout: 240000 });

test('withdraw: the citizen withdraws with a reason (status 7), once; then nothing more happens to it', async () => {
  const d = await processing();
  const page = await d.who.jar.get(B, `/ho-so/${d.code}`);
  assert.match(page.body, /Rút hồ sơ/);
  const csrf = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  assert.equal((await d.who.jar.post(B, `/ho-so/${d.code}/rut-ho-so`, { csrf })).status, 422);
  const stranger = await newCitizen(B);
  const stok = await stranger.jar.token(B, '/ho-so');
  assert.equal((await stranger.jar.post(B, `/ho-so/${d.code}/rut-ho-so`, { csrf: stok, ly_do: 'x' })).status, 404);
  assert.equal((await d.who.jar.post(B, `/ho-so/${d.code}/rut-ho-so`, { csrf, ly_do: 'Không còn nhu cầu' })).status, 303);
  assert.deepEqual(row(d.id, 'status, clock'), ['7', 'done']);
  assert.equal((await d.who.jar.post(B, `/ho-so/${d.code}/rut-ho-so`, { csrf, ly_do: 'Không còn nhu cầu' })).status, 303);
  assert.equal(events(d.id).filter((e) => e === 'withdraw').length, 1, 'applied once');
  assert.match(lastMail(d.who.data.email).subject, /Yêu cầu rút hồ sơ đã được ghi nhận/);
  assert.equal(audits(d.id, 'dossier.withdraw'), 1);
  assert.equal((await step(specialist, d, 'de-xuat-tu-choi', { ly_do: 'x' })).status, 409);
  assert.match((await d.who.jar.get(B, `/ho-so/${d.code}`)).body, /Công dân yêu cầu rút hồ sơ/);
}, { timeout: 240000 });
