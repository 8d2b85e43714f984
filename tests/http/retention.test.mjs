// Retention (issue 17, section 3): dvcctl purge, run daily, removes ended
// sessions, the bodies of sent mail and throttle rows whose window is
// over, and abandoned drafts only after their owner was warned by mail
// and left them untouched for Retention.DraftWarnDays more. The portal's
// clock (tests/lib/clock.mjs) stands in for the months.
import { spawnSync } from 'node:child_process';
import { test, assert } from '../lib/t.mjs';
import { NGINX, BUILD, CONFIG, CLIENT_IP, sql } from '../lib/env.mjs';
import { Jar, newCitizen, login, lastMail } from '../lib/account.mjs';
import { startDraft, upload } from '../lib/dossier.mjs';
import { shiftClock, resetClock, DAY } from '../lib/clock.mjs';

export const serial = "moves the instance's clock by months and purges what is that old, other files' drafts and sessions included";

const B = NGINX;
const L3 = '1.001940';
const SUBJECT = 'Hồ sơ nháp chưa nộp sắp bị xóa';

function ctl(...args) {
  const r = spawnSync(`${BUILD}/dvcctl`, ['-c', CONFIG, ...args], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}
const one = (q) => sql(q)[0][0];
const exists = (id) => Number(one(`SELECT COUNT(*) FROM dossier WHERE id = ${id}`)) === 1;
const warnings = (email) => Number(one(`SELECT COUNT(*) FROM mail_outbox WHERE to_addr = '${email}' AND subject = '${SUBJECT}'`));

test('purge: sessions, sent mail bodies and throttle rows past their time; abandoned drafts after a warning, touched ones kept', async () => {
  await resetClock();
  try {
    const who = await newCitizen(B);
    const { email } = who.data;
    const kept = await startDraft(B, who, L3);
    const gone = await startDraft(B, who, L3);
    // the registration mail, sent
    ctl('mail', 'send');
    const regMail = one(`SELECT id FROM mail_outbox WHERE to_addr = '${email}' AND status = 'sent' ORDER BY id LIMIT 1`);
    // a wrong password: a throttle row for this address
    assert.equal((await login(B, new Jar(), email, 'khong dung mat khau nay')).status, 422);
    assert.ok(Number(one(`SELECT COUNT(*) FROM login_throttle WHERE k = 'i:${CLIENT_IP}'`)) >= 1);
    assert.ok(Number(one(`SELECT COUNT(*) FROM session WHERE account_id = ${who.id}`)) >= 1);

    // today nothing of this is old: a dry run counts, the real one keeps it all
    const dry = ctl('purge', '--dry-run');
    assert.match(dry, /^sẽ xóa \(--dry-run\): /);
    ctl('purge');
    assert.ok(exists(kept) && exists(gone));
    assert.equal(warnings(email), 0);
    assert.ok(Number(one(`SELECT COUNT(*) FROM session WHERE account_id = ${who.id}`)) >= 1);
    assert.ok(Number(one(`SELECT LENGTH(body_text) FROM mail_outbox WHERE id = ${regMail}`)) > 0);

    // 91 days on (Retention.DraftDays 90): a warning for each draft
    await shiftClock(91 * DAY);
    const out = ctl('purge');
    assert.match(out, /^đã xóa \d+ phiên/);
    assert.match(out, /gửi: dvcctl mail send/);
    assert.equal(warnings(email), 2, 'one warning per draft');
    const mail = lastMail(email);
    assert.equal(mail.subject, SUBJECT);
    assert.match(mail.text, new RegExp(`/ho-so/nhap/(${kept}|${gone})`));
    assert.match(mail.text, /Số ngày còn lại trước khi xóa: 14/);
    assert.ok(exists(kept) && exists(gone), 'warned, not deleted');
    assert.equal(Number(one(`SELECT COUNT(*) FROM session WHERE account_id = ${who.id}`)), 0, 'ended sessions gone');
    assert.equal(one(`SELECT CONCAT(LENGTH(body_text), '/', body_html IS NULL) FROM mail_outbox WHERE id = ${regMail}`), '0/1', 'the sent mail body is gone');
    assert.equal(one(`SELECT subject FROM mail_outbox WHERE id = ${regMail}`), 'Xác nhận đăng ký tài khoản Cổng Dịch vụ công', 'its record stays');
    assert.equal(Number(one(`SELECT COUNT(*) FROM login_throttle WHERE k = 'i:${CLIENT_IP}'`)), 0, 'the throttle row is gone');
    // a second run the same day warns nobody twice
    ctl('purge');
    assert.equal(warnings(email), 2);

    // the owner comes back the next day and changes one draft
    await shiftClock(92 * DAY);
    const jar = new Jar();
    assert.equal((await login(B, jar, email, who.data.mat_khau)).status, 303);
    const save = await upload(B, { jar, data: who.data }, kept, [], { dia_chi: 'Số 9 Phan Đình Phùng, Kon Tum' });
    assert.equal(save.status, 303, save.body.slice(0, 500));

    // 15 days after the warning: the untouched draft goes, the changed one stays
    await shiftClock(106 * DAY);
    const last = ctl('purge');
    assert.match(last, /\d+ bị xóa/);
    assert.ok(!exists(gone), 'the abandoned draft is deleted');
    assert.equal(Number(one(`SELECT COUNT(*) FROM dossier_doc WHERE dossier_id = ${gone}`)), 0, 'with its documents');
    assert.ok(exists(kept), 'the draft changed after the warning stays');
    assert.equal(warnings(email), 2, 'and is not warned again before its own 90 days');
  } finally {
    await resetClock();
  }
}, { timeout: 180000 });
