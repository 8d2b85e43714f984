// What the officers met (issue 15, section 2): each step's reason field
// labelled for what it is; the steps that end or set back a dossier
// (refusal, its approval, a stop, a draft returned) set apart, secondary,
// and confirmed by a tick box the server checks; after a step the page says
// what was done and which notice went to the citizen.
import { test, assert } from '../lib/t.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { staffLogin } from '../lib/account.mjs';
import {
  row, version, submitted, step, processing as processingBy, proposeResult,
} from '../lib/office.mjs';

const B = NGINX;

let reception;
let specialist;
let leader;

// The text of the label for= id on the page, tags removed.
function label(body, id) {
  const m = body.match(new RegExp(`<label for="${id}">([\\s\\S]*?)</label>`));
  assert.ok(m, `a label for ${id}`);
  return m[1].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

// The page the step's redirect leads to.
async function after(jar, r) {
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  return jar.get(B, r.headers.location);
}

test('logins', async () => {
  reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  specialist = await staffLogin(B, 'chuyenvien@tuphap.kontum.demo');
  leader = await staffLogin(B, 'lanhdao@tuphap.kontum.demo');
}, { timeout: 120000 });

test('each reason field is labelled for what it is, never the supplement\'s words on a refusal, a stop or a returned draft', async () => {
  const d = await submitted();
  const rp = (await reception.get(B, `/can-bo/ho-so/${d.code}`)).body;
  assert.match(label(rp, 'ly_do_bs'), /^Nội dung cần bổ sung, hoàn thiện \(ghi trên Phiếu yêu cầu bổ sung\)$/);
  assert.match(label(rp, 'ly_do_tc'), /^Lý do từ chối tiếp nhận \(ghi trên Phiếu từ chối\) \*$/);
  assert.match(rp, /id="ly_do_tc-gy">Ghi rõ vì sao hồ sơ không được tiếp nhận/);
  const p = await processingBy(reception);
  const sp = (await specialist.get(B, `/can-bo/ho-so/${p.code}`)).body;
  assert.match(label(sp, 'ly_do_dxbs'), /^Nội dung cần bổ sung, hoàn thiện \(ghi trên dự thảo Phiếu yêu cầu bổ sung\)$/);
  assert.match(label(sp, 'ly_do_de-xuat-tu-choi'), /^Lý do từ chối/);
  assert.match(label(sp, 'ly_do_kq'), /^Ghi chú cho lãnh đạo$/);
  assert.match(label(sp, 'ly_do_gia_han'), /^Lý do chưa giải quyết được đúng hạn/);
  assert.equal((await proposeResult(specialist, p)).status, 303);
  const lp = (await leader.get(B, `/can-bo/ho-so/${p.code}`)).body;
  assert.match(label(lp, 'ly_do_tra-lai-du-thao'), /^Ý kiến của lãnh đạo/);
  assert.match(label(lp, 'ly_do_dung-giai-quyet'), /^Lý do dừng giải quyết/);
  for (const body of [rp, sp, lp]) assert.ok(!body.includes('Lý do, nội dung cần bổ sung'), 'the old catch-all label');
}, { timeout: 180000 });

test('the leader\'s approval and stop sit apart; the stop and the returned draft are secondary and ask for a tick', async () => {
  const p = await processingBy(reception);
  assert.equal((await proposeResult(specialist, p)).status, 303);
  const lp = (await leader.get(B, `/can-bo/ho-so/${p.code}`)).body;
  const apart = lp.indexOf('id="thao-tac-dung"');
  assert.ok(apart > 0, 'a group apart');
  assert.ok(lp.indexOf('id="duyet-ket-qua"') < apart, 'the approval before it');
  for (const slug of ['dung-giai-quyet', 'tra-lai-du-thao']) {
    const at = lp.indexOf(`<section class="action" id="${slug}"`);
    assert.ok(at > apart, `${slug} in the group apart`);
    const section = lp.slice(at, lp.indexOf('</section>', at));
    assert.match(section, /<button type="submit" class="button-secondary">/, `${slug} secondary`);
    assert.match(section, new RegExp(`<input type="checkbox" id="xac_nhan_${slug}" name="xac_nhan" value="1">`));
    assert.match(section, /<label for="xac_nhan_[^"]+">Tôi xác nhận /);
  }
  const approve = lp.slice(lp.indexOf('id="duyet-ket-qua"'), apart);
  assert.ok(!approve.includes('button-secondary') && !approve.includes('xac_nhan'), 'the approval is the main button, unconfirmed');
}, { timeout: 180000 });

test('a refusal without the tick changes nothing and says why, keeping the reason; with it the dossier is refused and the page names Form 03 and its number', async () => {
  const d = await submitted();
  const v = version(d.id);
  const reason = 'Thủ tục không thuộc thẩm quyền <của> cơ quan.';
  const no = await step(reception, d, 'tu-choi', { ly_do: reason });
  assert.equal(no.status, 422);
  assert.match(no.body, /<div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><a href="#xac_nhan_tu-choi">Chưa thực hiện: hãy đánh dấu ô &quot;Tôi xác nhận&quot;/);
  assert.match(no.body, /id="xac_nhan_tu-choi-loi"/);
  assert.match(no.body, /<textarea id="ly_do_tc"[^>]*>Thủ tục không thuộc thẩm quyền &lt;của&gt; cơ quan\.<\/textarea>/, 'the reason kept, escaped');
  assert.equal(version(d.id), v, 'nothing changed');
  assert.equal(row(d.id, 'status')[0], '1');
  assert.equal(sql(`SELECT COUNT(*) FROM notice WHERE dossier_id = ${d.id}`)[0][0], '0');
  // a wrong value is not a tick
  const bad = await step(reception, d, 'tu-choi', { ly_do: reason, xac_nhan: 'yes' });
  assert.equal(bad.status, 422);
  assert.equal(version(d.id), v);
  const page = await after(reception, await step(reception, d, 'tu-choi', { ly_do: reason, xac_nhan: '1' }));
  assert.equal(row(d.id, 'status')[0], '3');
  const [num, year, form] = sql(`SELECT number, year, form FROM notice WHERE dossier_id = ${d.id}`)[0];
  assert.equal(form, '03');
  const done = page.body.match(/<div class="alert alert-ok" role="status" id="da-thuc-hien"><p>([\s\S]*?)<\/p><\/div>/);
  assert.ok(done, 'the message');
  const text = done[1].replace(/<[^>]+>/g, '');
  assert.equal(text, `Đã thực hiện: Từ chối tiếp nhận. Đã gửi cho công dân: Phiếu từ chối tiếp nhận giải quyết hồ sơ số ${num}/${year}/03.`);
}, { timeout: 120000 });

test('after each step the page says what was done and which notice went out (none for a hand-over)', async () => {
  const d = await submitted();
  const sent = (kind) => sql(`SELECT number, year, form FROM notice WHERE dossier_id = ${d.id} AND kind = '${kind}' ORDER BY id DESC LIMIT 1`)[0];
  const text = (p) => p.body.match(/id="da-thuc-hien"><p>([\s\S]*?)<\/p>/)[1].replace(/<[^>]+>/g, '');
  let p = await after(reception, await step(reception, d, 'yeu-cau-bo-sung', { [`bo_sung_${d.slots[0].id}`]: '1', ly_do: 'Thiếu trang 2' }));
  let [n, y, f] = sent('supplement');
  assert.equal(text(p), `Đã thực hiện: Yêu cầu bổ sung hồ sơ. Đã gửi cho công dân: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ số ${n}/${y}/${f}.`);
  const p2 = await processingBy(reception);
  p = await reception.get(B, `/can-bo/ho-so/${p2.code}?da-xu-ly=chuyen-xu-ly`);
  assert.equal(text(p), 'Đã thực hiện: Chuyển bộ phận chuyên môn.');
  p = await reception.get(B, `/can-bo/ho-so/${p2.code}?da-xu-ly=tiep-nhan`);
  assert.equal(text(p), 'Đã thực hiện: Tiếp nhận hồ sơ.', 'a notice is named only for the newest step');
  // an unknown slug says only that something was done, never echoes it
  p = await reception.get(B, `/can-bo/ho-so/${p2.code}?da-xu-ly=%3Cb%3E`);
  assert.equal(text(p), 'Đã thực hiện.');
  [n, y, f] = sql(`SELECT number, year, form FROM notice WHERE dossier_id = ${p2.id} AND kind = 'receipt'`)[0];
  assert.ok(n && y && f === '01', 'Form 01 was sent at acceptance');
}, { timeout: 180000 });

test('the documents are numbered the same way for the officer and the citizen', async () => {
  const d = await submitted();
  const strip = (s) => s.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
  const officer = (await reception.get(B, `/can-bo/ho-so/${d.code}`)).body;
  const checks = officer.slice(officer.indexOf('id="kiem-tra"'));
  const mine = [...checks.slice(0, checks.indexOf('</table>')).matchAll(/<tr><td>(\d+)\. ([^<]+)/g)].map((m) => `${m[1]}. ${m[2].trim()}`);
  const citizen = (await d.who.jar.get(B, `/ho-so/${d.code}`)).body;
  const theirs = [...new Set([...citizen.matchAll(/<td data-label="[^"]*">(\d+\. [^<]+)<\/td>/g)].map((m) => strip(m[1])))];
  assert.ok(mine.length > 1, 'documents on the officer\'s page');
  assert.deepEqual(mine, theirs);
  assert.deepEqual(mine.map((s) => Number(s.split('.')[0])), mine.map((_, i) => i + 1), 'numbered 1, 2, 3... in the order shown');
  // the supplement request's choices are numbered the same
  const choices = [...officer.matchAll(/<label for="bo_sung_\d+">(\d+\. [^<]+)<\/label>/g)].map((m) => m[1].trim());
  assert.deepEqual(choices, mine);
}, { timeout: 120000 });
