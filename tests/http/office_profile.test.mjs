// The notice profiles through nginx (Decree 118/2025/NĐ-CP, Circular
// 03/2025/TT-VPCP beside Circular 01/2018): the leader's stop (dừng giải
// quyết hồ sơ, status 8) with its notice under the default 2018 profile
// (no form number) and the faults (no reason 422, wrong status 409, wrong
// role 403, other agency 404, a double post applied once); then a walk
// under 2025, switched by `dvcctl notice-profile` while the stack runs:
// Form 01, the apology proposing an extension (04), the citizen's
// withdrawal confirmed by the stop notice (05), the control sheet (06) and
// the tracking book (07); notices sent under 2018 still read as sent.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { test, assert } from '../lib/t.mjs';
import { NGINX, BUILD, CONFIG, sql } from '../lib/env.mjs';
import { staffLogin, lastMail } from '../lib/account.mjs';
import {
  L3, row, version, act, audits, events, submitted, step, processing, proposeResult,
  staffLike, extend,
} from '../lib/office.mjs';

// tests/run.mjs runs this file alone, because it:
export const serial = 'switches the notice profile of the whole site, and counts the received and processed dossiers of its agency';

const B = NGINX;
const AGENCY = '000.00.09.H34';
const TZ = "SET time_zone = '+07:00';";
const TITLE_STOP = 'Thông báo dừng giải quyết hồ sơ';

let reception;
let specialist;
let leader;
let outsider;
let stopped2018; // a dossier stopped under 2018, with its notice

function ctl(...args) {
  const r = spawnSync(`${BUILD}/dvcctl`, ['-c', CONFIG, ...args], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

// (html as the batch client prints it: newlines as \n)
const notices = (id, kind) => sql(`SELECT id, form, profile, number, year, html, sha256 FROM notice
  WHERE dossier_id = ${id} AND kind = '${kind}' AND status = 'sent' ORDER BY id`);
const stat = () => sql(`SELECT received, processed FROM dossier_stat WHERE proc_code = '${L3}'
  AND agency_id = (SELECT id FROM agency WHERE code = '${AGENCY}')`)[0] || ['0', '0'];

async function book(jar) {
  const today = sql(`${TZ} SELECT DATE(NOW())`)[0][0];
  return jar.get(B, `/can-bo/so-theo-doi.csv?tu_ngay=${today}&den_ngay=${today}`);
}

test('logins; the profile is the configuration\'s', async () => {
  ctl('notice-profile', '--clear');
  assert.match(ctl('notice-profile'), /đang áp dụng: 2018/);
  reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  specialist = await staffLogin(B, 'chuyenvien@tuphap.kontum.demo');
  leader = await staffLogin(B, 'lanhdao@tuphap.kontum.demo');
  staffLike('lanhdao@khac.kontum.demo', 'leader', '000.00.06.H34', 'Lãnh đạo khác');
  outsider = await staffLogin(B, 'lanhdao@khac.kontum.demo');
}, { timeout: 120000 });

test('stop (2018 profile): the leader\'s, with a reason; status 8, the clock ends, the notice without a form number, the mail', async () => {
  const d = await processing(reception);
  // paid at reception's counter on the way (processing): a stop owes it back
  assert.equal(row(d.id, 'fee_paid')[0], '1', 'the fee paid at the counter');
  // late first: the 2018 apology (Form 04), to read again under 2025
  await extend(specialist, leader, d, { ly_do: 'Chờ xác minh', gia_han_ngay: '1' });
  const before = stat();
  const reason = 'Hồ sơ có <b>giấy tờ giả</b> & "sai lệch"';
  // the specialist and reception may not stop it: 403, on record
  const denied = audits(d.id, 'dossier.denied');
  assert.equal((await step(specialist, d, 'dung-giai-quyet', { xac_nhan: '1', ly_do: reason })).status, 403);
  assert.equal((await step(reception, d, 'dung-giai-quyet', { xac_nhan: '1', ly_do: reason })).status, 403);
  assert.equal(audits(d.id, 'dossier.denied'), denied + 2);
  // another agency's leader: 404, on record
  const otok = await outsider.token(B, '/can-bo/phe-duyet');
  assert.equal((await act(outsider, d.code, 'dung-giai-quyet', { xac_nhan: '1', csrf: otok, phien_ban: version(d.id), ly_do: reason })).status, 404);
  assert.equal(audits(d.id, 'dossier.denied'), denied + 3);
  // the leader sees the form; without a reason: 422, nothing changes
  const page = await leader.get(B, `/can-bo/ho-so/${d.code}`);
  assert.match(page.body, /action="\/can-bo\/ho-so\/[^"]+\/dung-giai-quyet"/);
  const v = version(d.id);
  const none = await step(leader, d, 'dung-giai-quyet', { xac_nhan: '1', });
  assert.equal(none.status, 422);
  assert.match(none.body, /Cần ghi lý do/);
  assert.equal(version(d.id), v);
  // with a reason: 8, the clock done, the fee owed back
  const ltok = await leader.token(B, `/can-bo/ho-so/${d.code}`);
  const r = await act(leader, d.code, 'dung-giai-quyet', { xac_nhan: '1', csrf: ltok, phien_ban: v, ly_do: reason });
  assert.equal(r.status, 303, r.body.slice(0, 800));
  // the due date kept (the pages say it is finished), the end on record
  assert.deepEqual(row(d.id, 'status, clock, due_at IS NOT NULL, finished_at IS NOT NULL, timeliness IS NULL, refund_due'),
    ['8', 'done', '1', '1', '1', '1']);
  // posted again: applied once
  assert.equal((await act(leader, d.code, 'dung-giai-quyet', { xac_nhan: '1', csrf: ltok, phien_ban: v, ly_do: reason })).status, 303);
  assert.equal(version(d.id), v + 1);
  assert.equal(events(d.id).filter((e) => e === 'stop').length, 1);
  assert.equal(audits(d.id, 'dossier.stop'), 1);
  // the notice: numbered in the agency's register, 2018 has no form for it
  const n = notices(d.id, 'stop');
  assert.equal(n.length, 1);
  const [nid, form, profile, number, year, html, sha] = n[0];
  assert.deepEqual([form, profile], ['', '2018']);
  assert.ok(Number(number) > 0);
  assert.ok(html.includes(`<h1>${TITLE_STOP}</h1>`));
  assert.ok(html.includes(`Số: ${number}/${year}</p>`), 'number/year, no form');
  assert.ok(!html.includes('Mẫu số'), 'no form number in 2018');
  assert.match(html, /Không có mẫu tương ứng trong Thông tư số 01\/2018\/TT-VPCP/);
  assert.match(html, /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
  assert.ok(html.includes('Hồ sơ có &lt;b&gt;giấy tờ giả&lt;/b&gt; &amp; &quot;sai lệch&quot;'), 'the reason escaped');
  assert.match(html, /được hoàn trả/, 'the refund said');
  // the mail, titled as the notice
  const mail = lastMail(d.who.data.email);
  assert.equal(mail.subject, TITLE_STOP);
  assert.ok(mail.text.includes('giấy tờ giả'));
  assert.ok(mail.text.includes(`${number}/${year})`));
  // the citizen's page: status, the notice, the timeline
  const cv = await d.who.jar.get(B, `/ho-so/${d.code}`);
  assert.match(cv.body, /Dừng xử lý/);
  assert.ok(cv.body.includes(`/thong-bao/${nid}">${TITLE_STOP}</a>`));
  assert.match(cv.body, /<strong>Dừng giải quyết hồ sơ<\/strong> – Lãnh đạo/);
  const nv = await d.who.jar.get(B, `/ho-so/${d.code}/thong-bao/${nid}`);
  assert.equal(nv.status, 200);
  assert.equal(createHash('sha256').update(nv.body).digest('hex'), sha, 'the stored bytes, hashed');
  // stopped: no more stopping (409), nothing counted as processed
  assert.equal((await step(leader, d, 'dung-giai-quyet', { xac_nhan: '1', ly_do: 'lần nữa' })).status, 409);
  assert.deepEqual(stat(), [before[0], before[1]], 'received once at acceptance, not processed');
  // the tracking book says why
  const b = await book(reception);
  assert.match(b.headers['content-disposition'], /filename="so-theo-doi-mau-06-/);
  const line = b.body.split('\r\n').find((l) => l.includes(d.code));
  assert.match(line, /Dừng xử lý/);
  assert.match(line, /Dừng giải quyết: Hồ sơ có <b>giấy tờ giả<\/b>/);
  // the control sheet: Form 05 of 2018, the step listed
  const s = await leader.get(B, `/can-bo/ho-so/${d.code}/phieu-kiem-soat`);
  assert.match(s.body, /Mẫu số 05 – Thông tư số 01\/2018\/TT-VPCP/);
  assert.match(s.body, /<td>Dừng giải quyết hồ sơ<\/td>/);
  stopped2018 = { d, nid, body: nv.body, sha };
}, { timeout: 240000 });

test('stop in a wrong status: new (1), done (9), returned (10) are 409; a pending proposal is dropped unsent', async () => {
  const fresh = await submitted();
  assert.equal((await step(leader, fresh, 'dung-giai-quyet', { xac_nhan: '1', ly_do: 'x' })).status, 409, 'a new dossier is refused, not stopped');
  const d = await processing(reception);
  assert.equal((await proposeResult(specialist, d)).status, 303);
  assert.equal((await step(leader, d, 'duyet-ket-qua')).status, 303);
  const done = await step(leader, d, 'dung-giai-quyet', { xac_nhan: '1', ly_do: 'x' });
  assert.equal(done.status, 409);
  assert.match(done.body, /Đã xử lý xong/);
  assert.equal((await step(reception, d, 'tra-ket-qua', { hinh_thuc: 'online' })).status, 303);
  assert.equal((await step(leader, d, 'dung-giai-quyet', { xac_nhan: '1', ly_do: 'x' })).status, 409);
  assert.equal(row(d.id, 'status')[0], '10');
  // a refusal draft waiting for the leader: the stop drops it
  const p = await processing(reception);
  assert.equal((await step(specialist, p, 'de-xuat-tu-choi', { ly_do: 'Không đủ điều kiện' })).status, 303);
  assert.equal((await step(leader, p, 'dung-giai-quyet', { xac_nhan: '1', ly_do: 'Cơ quan không còn thẩm quyền' })).status, 303);
  assert.deepEqual(row(p.id, 'status, proposal_action IS NULL, proposal_notice_id IS NULL'), ['8', '1', '1']);
  assert.equal(sql(`SELECT COUNT(*) FROM notice WHERE dossier_id = ${p.id} AND kind = 'refusal'`)[0][0], '0');
}, { timeout: 240000 });

test('2025 profile: Form 01, the apology proposing an extension (04), the withdrawal confirmed by the stop notice (05), Forms 06 and 07; 2018 notices unchanged', async () => {
  ctl('notice-profile', '2025');
  try {
    assert.match(ctl('notice-profile'), /đang áp dụng: 2025 \(Thông tư số 03\/2025\/TT-VPCP\)/);
    assert.ok(Number(sql("SELECT COUNT(*) FROM audit WHERE action = 'setting.notice_profile'")[0][0]) >= 2);
    // received under 2025: Form 01 names Circular 03/2025
    const d = await processing(reception);
    const [r01] = notices(d.id, 'receipt');
    assert.deepEqual([r01[1], r01[2]], ['01', '2025']);
    assert.match(r01[5], /Mẫu số 01 – Thông tư số 03\/2025\/TT-VPCP/);
    // the apology: its own wording, the extension, the first and the new date
    await extend(specialist, leader, d, { ly_do: 'Chờ kết quả xác minh', gia_han_ngay: '3' });
    const [ap] = notices(d.id, 'apology');
    assert.deepEqual([ap[1], ap[2]], ['04', '2025']);
    assert.match(ap[5], /<h1>Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết<\/h1>/);
    assert.match(ap[5], /Mẫu số 04 – Thông tư số 03\/2025\/TT-VPCP/);
    assert.match(ap[5], /<strong>3 ngày làm việc<\/strong>/);
    assert.match(ap[5], /Ngày hẹn trả kết quả mới: <strong>\d\d:\d\d /);
    assert.match(ap[5], /Ngày hẹn trả kết quả ban đầu: \d\d:\d\d /);
    assert.match(lastMail(d.who.data.email).subject, /Văn bản xin lỗi và đề nghị gia hạn/);
    // the citizen withdraws (7): the leader's list shows it to confirm
    assert.equal(row(d.id, 'fee_paid')[0], '1', 'the fee paid at the counter');
    const page = await d.who.jar.get(B, `/ho-so/${d.code}`);
    const csrf = page.body.match(/name="csrf" value="([^"]+)"/)[1];
    assert.equal((await d.who.jar.post(B, `/ho-so/${d.code}/rut-ho-so`, { csrf, ly_do: 'Đã giải quyết ở nơi khác' })).status, 303);
    assert.equal(row(d.id, 'status')[0], '7');
    assert.match((await d.who.jar.get(B, `/ho-so/${d.code}`)).body, /Cơ quan sẽ xác nhận bằng Thông báo dừng giải quyết hồ sơ/);
    assert.ok((await leader.get(B, '/can-bo/phe-duyet')).body.includes(d.code), 'in the leader\'s list');
    assert.equal((await step(specialist, d, 'dung-giai-quyet', { xac_nhan: '1', ly_do: 'x' })).status, 403);
    // confirmed by the stop: Form 05, status 8, no refund for a withdrawal
    assert.equal((await step(leader, d, 'dung-giai-quyet', { xac_nhan: '1', ly_do: 'Công dân rút hồ sơ' })).status, 303);
    assert.deepEqual(row(d.id, 'status, clock, refund_due'), ['8', 'done', '0']);
    assert.ok(!(await leader.get(B, '/can-bo/phe-duyet')).body.includes(d.code), 'out of the list');
    const [st] = notices(d.id, 'stop');
    assert.deepEqual([st[1], st[2]], ['05', '2025']);
    assert.ok(st[5].includes(`Số: ${st[3]}/${st[4]}/05</p>`));
    assert.match(st[5], new RegExp(`<h1>${TITLE_STOP}</h1>`));
    assert.match(st[5], /Mẫu số 05 – Thông tư số 03\/2025\/TT-VPCP/);
    assert.match(st[5], /Theo yêu cầu rút hồ sơ của ông\/bà/);
    assert.ok(!st[5].includes('hoàn trả'));
    assert.equal(lastMail(d.who.data.email).subject, TITLE_STOP);
    assert.deepEqual(events(d.id).slice(-2), ['withdraw', 'stop']);
    const cv = await d.who.jar.get(B, `/ho-so/${d.code}`);
    assert.match(cv.body, /Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết<\/a> – Số: \d+\/\d{4}\/04/);
    assert.match(cv.body, new RegExp(`${TITLE_STOP}</a> – Số: \\d+/\\d{4}/05`));
    assert.ok(!cv.body.includes('Cơ quan sẽ xác nhận bằng'), 'no longer pending');
    // the control sheet is Form 06, the tracking book Form 07
    const s = await reception.get(B, `/can-bo/ho-so/${d.code}/phieu-kiem-soat`);
    assert.match(s.body, /Mẫu số 06 – Thông tư số 03\/2025\/TT-VPCP/);
    assert.match(s.body, /<h1>Phiếu kiểm soát quá trình giải quyết hồ sơ<\/h1>/);
    const b = await book(reception);
    assert.equal(b.status, 200);
    assert.match(b.headers['content-disposition'], /filename="so-theo-doi-mau-07-\d{4}-\d\d-\d\d-\d{4}-\d\d-\d\d\.csv"/);
    assert.match(b.body.split('\r\n').find((l) => l.includes(d.code)), /Dừng xử lý,"?Dừng giải quyết: Công dân rút hồ sơ/);
    // a 2018 notice reads as it was sent, listed under its 2018 title
    const old = stopped2018;
    const nv = await old.d.who.jar.get(B, `/ho-so/${old.d.code}/thong-bao/${old.nid}`);
    assert.equal(nv.body, old.body);
    assert.equal(createHash('sha256').update(nv.body).digest('hex'), old.sha);
    const ov = await old.d.who.jar.get(B, `/ho-so/${old.d.code}`);
    assert.match(ov.body, new RegExp(`${TITLE_STOP}</a> – Số: \\d+/\\d{4}, `), 'no form number: sent under 2018');
    assert.match(ov.body, /Phiếu xin lỗi và hẹn lại ngày trả kết quả<\/a> – Số: \d+\/\d{4}\/04/, 'the 2018 apology keeps its title');
  } finally {
    ctl('notice-profile', '--clear');
  }
  assert.match(ctl('notice-profile'), /đang áp dụng: 2018/);
}, { timeout: 300000 });
