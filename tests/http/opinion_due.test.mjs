// An opinion request is due no later than the dossier (issue 13, section
// 5): the ask form says the dossier's due date and proposes a number of
// working days that fits; a request due after the dossier needs a reason
// (422 with the message next to the field, nothing stored, what was
// typed kept), which is kept and shown to the consulted agency.
import { test, assert } from '../lib/t.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { staffLogin } from '../lib/account.mjs';
import { processing, staffLike } from '../lib/office.mjs';

const B = NGINX;
const CONSULTED = '000.00.06.H34';
const THIRD = '000.00.08.H34';

const opinions = (id) => sql(`SELECT o.days, o.due_reason, o.due_at > d.due_at FROM opinion o
  JOIN dossier d ON d.id = o.dossier_id WHERE o.dossier_id = ${id} ORDER BY o.id`);

async function form(jar, d) {
  const page = await jar.get(B, `/can-bo/ho-so/${d.code}`);
  assert.equal(page.status, 200);
  return {
    body: page.body,
    csrf: page.body.match(/name="csrf" value="([^"]+)"/)[1],
    token: page.body.match(/name="ma_phieu" value="([^"]+)"/)[1],
  };
}

test('the ask form: the dossier\'s due date, the days that fit; later needs a reason, shown to the consulted agency', async () => {
  staffLike('chuyenvien@phoihop.kontum.demo', 'specialist', CONSULTED);
  const reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  const specialist = await staffLogin(B, 'chuyenvien@tuphap.kontum.demo');
  const d = await processing(reception);
  let f = await form(specialist, d);
  const due = sql(`SELECT DATE_FORMAT(due_at, '%H:%i') FROM dossier WHERE id = ${d.id}`)[0][0];
  const said = f.body.match(/<p id="han-ho-so">Hạn giải quyết hồ sơ: <strong>(\d\d:\d\d) [^<]+<\/strong>\. Yêu cầu xin ý kiến phải có hạn trả lời không muộn hơn hạn này: gửi bây giờ thì tối đa <strong>(\d+)<\/strong> ngày làm việc\.<\/p>/);
  assert.ok(said, 'the form says the due date and the days that fit');
  assert.equal(said[1], due);
  const fit = Number(said[2]);
  assert.ok(fit === 4 || fit === 5, `five working days, asked just after reception: ${fit} fit`);
  assert.match(f.body, new RegExp(`id="so_ngay" name="so_ngay" min="1" max="60" required value="${Math.min(5, fit)}"`),
    'the proposed days fit (Opinion.DefaultDays is 5)');

  // one day too many, without a reason: 422 next to the field, nothing stored, the question kept
  let r = await specialist.post(B, `/can-bo/ho-so/${d.code}/xin-y-kien`, {
    csrf: f.csrf, ma_phieu: f.token, co_quan: CONSULTED, so_ngay: String(fit + 1),
    cau_hoi: 'Đề nghị cho ý kiến về hồ sơ gốc.', ly_do_han: '',
  });
  assert.equal(r.status, 422);
  assert.match(r.body, /<p class="field-error" id="ly_do_han-loi"><span class="visually-hidden">[^<]*<\/span>Với số ngày này, hạn trả lời kết thúc sau hạn giải quyết hồ sơ: hãy nêu lý do, hoặc chọn ít ngày hơn\.<\/p>/);
  assert.match(r.body, /aria-invalid="true">/);
  assert.match(r.body, /Không gửi được yêu cầu: hạn trả lời kết thúc sau hạn giải quyết hồ sơ mà chưa có lý do\./);
  assert.match(r.body, /Đề nghị cho ý kiến về hồ sơ gốc\./, 'the question is kept');
  assert.deepEqual(opinions(d.id), []);
  // a reason too long: refused by the field's limit
  r = await specialist.post(B, `/can-bo/ho-so/${d.code}/xin-y-kien`, {
    csrf: f.csrf, ma_phieu: f.token, co_quan: CONSULTED, so_ngay: String(fit + 1),
    cau_hoi: 'Câu hỏi', ly_do_han: 'x'.repeat(2001),
  });
  assert.equal(r.status, 422);
  assert.match(r.body, /id="ly_do_han-loi"/);
  assert.deepEqual(opinions(d.id), []);

  // with a reason: asked, the reason kept
  r = await specialist.post(B, `/can-bo/ho-so/${d.code}/xin-y-kien`, {
    csrf: f.csrf, ma_phieu: f.token, co_quan: CONSULTED, so_ngay: String(fit + 1),
    cau_hoi: 'Đề nghị cho ý kiến về hồ sơ gốc.', ly_do_han: 'Phải xác minh tại địa phương khác.',
  });
  assert.equal(r.status, 303, r.body.slice(0, 500));
  assert.deepEqual(opinions(d.id), [[String(fit + 1), 'Phải xác minh tại địa phương khác.', '1']]);

  // within the dossier's time: no reason needed, none kept even if typed.
  // The days that fit are read again from the form shown now: due dates
  // are kept to the minute, so what fitted when the first form was shown
  // may be a minute late seconds later
  f = await form(specialist, d);
  const fitNow = Number(f.body.match(/gửi bây giờ thì tối đa <strong>(\d+)<\/strong> ngày làm việc/)[1]);
  r = await specialist.post(B, `/can-bo/ho-so/${d.code}/xin-y-kien`, {
    csrf: f.csrf, ma_phieu: f.token, co_quan: THIRD, so_ngay: String(fitNow),
    cau_hoi: 'Câu hỏi thứ hai', ly_do_han: 'Không cần',
  });
  assert.equal(r.status, 303);
  assert.deepEqual(opinions(d.id)[1], [String(fitNow), 'NULL', '0']);

  // the lead's list and the consulted agency's page show the reason
  assert.match((await specialist.get(B, `/can-bo/ho-so/${d.code}`)).body,
    /Hạn trả lời sau hạn giải quyết hồ sơ, lý do: Phải xác minh tại địa phương khác\./);
  const consulted = await staffLogin(B, 'chuyenvien@phoihop.kontum.demo');
  const id = sql(`SELECT id FROM opinion WHERE dossier_id = ${d.id} ORDER BY id LIMIT 1`)[0][0];
  const p = await consulted.get(B, `/can-bo/y-kien/${id}`);
  assert.equal(p.status, 200);
  assert.match(p.body, /<dt>Lý do hạn trả lời sau hạn giải quyết hồ sơ<\/dt><dd id="ly-do-han">Phải xác minh tại địa phương khác\.<\/dd>/);
});
