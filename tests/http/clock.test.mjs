// The test instance's clock (Clock.ShiftFile): moved ahead, it moves the
// responders' business time and the database's NOW() together, so the
// later issues' tests can take a dossier past its due date through the
// pages; set back, real time again. Changes the instance's time: alone.
import { test, assert } from '../lib/t.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { staffLogin } from '../lib/account.mjs';
import { submitted, step } from '../lib/office.mjs';
import { shiftClock, resetClock, DAY } from '../lib/clock.mjs';

export const serial = "moves the instance's clock";

const B = NGINX;
const yymmdd = (t) => {
  // Vietnam's date of unix time t
  const d = new Date((t + 7 * 3600) * 1000);
  return `${String(d.getUTCFullYear() % 100).padStart(2, '0')}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
};
// a dossier's DATETIME column (Vietnam local time) as unix time
const unix = (id, col) => Number(sql(`SET time_zone = '+07:00';
  SELECT UNIX_TIMESTAMP(${col}) FROM dossier WHERE id = ${id}`)[0][0]);

test('a shifted clock: the code\'s date, submission (SQL NOW) and reception (the engine\'s clock) all ten days on; then real time again', async () => {
  const now = Date.now() / 1000;
  try {
    await shiftClock(10 * DAY);
    const d = await submitted();
    assert.ok(d.code.includes(`-${yymmdd(now + 10 * DAY)}-`), `${d.code} carries the shifted date`);
    const submittedAt = unix(d.id, 'submitted_at');
    assert.ok(Math.abs(submittedAt - (now + 10 * DAY)) < 120, 'submitted ten days on (the database\'s NOW)');
    const reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
    assert.equal((await step(reception, d, 'tiep-nhan')).status, 303);
    const receivedAt = unix(d.id, 'received_at');
    assert.ok(Math.abs(receivedAt - (now + 10 * DAY)) < 120, 'received ten days on (the engine\'s clock)');
    assert.ok(unix(d.id, 'due_at') > receivedAt,
      'due after it was received');
  } finally {
    await resetClock();
  }
  const d2 = await submitted();
  assert.ok(d2.code.includes(`-${yymmdd(Date.now() / 1000)}-`), `${d2.code}: today again`);
  const at = unix(d2.id, 'submitted_at');
  assert.ok(Math.abs(at - Date.now() / 1000) < 120, 'submitted now');
});
