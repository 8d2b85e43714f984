// MariaDB stopped: pages answer 503 within 2 s, nothing typed is lost;
// MariaDB back: the same responder processes serve again. (Named zz_ so it
// runs after the other HTTP tests: it stops the shared database.)
import { test, assert } from '../lib/t.mjs';
import { get, post, csrf, refId } from '../lib/http.mjs';
import { NGINX, APACHE, dvcDev, pidOf, logText } from '../lib/env.mjs';

// tests/run.mjs runs this file alone, because it:
export const serial = 'stops the shared database';

test('database stopped: 503 page within 2 s, then 200 again with no responder restart', async () => {
  const master = pidOf('public');
  const form = await csrf(NGINX);
  assert.equal((await get(NGINX, '/thong-bao')).status, 200);
  dvcDev('db-stop', 'test');
  try {
    for (const base of [NGINX, APACHE]) {
      // the catalogue lives in memory: its pages keep working where it
      // was loaded; a worker that has none answers 503 like the rest
      for (let i = 0; i < 6; i++) {
        const t0 = Date.now();
        const r = await get(base, '/thu-tuc/1.001193');
        assert.ok(Date.now() - t0 < 2000, 'fast');
        assert.ok([200, 503].includes(r.status), `catalogue page: ${r.status}`);
        if (r.status === 200) assert.match(r.body, /Đăng ký khai sinh/);
      }
      for (let i = 0; i < 6; i++) {
        const t0 = Date.now();
        // a query string of its own: the page cache cannot answer it
        const r = await get(base, `/thong-bao?lan=${i}-${Date.now()}`);
        const ms = Date.now() - t0;
        assert.equal(r.status, 503, `${base} request ${i}`);
        assert.ok(ms < 2000, `answered in ${ms} ms`);
        assert.match(r.body, /Hệ thống đang tạm ngưng/);
        assert.equal(r.headers['retry-after'], '30');
        const ref = refId(r.body);
        assert.ok(ref, 'reference id');
        assert.ok(!/mysql|mariadb|sql|socket/i.test(r.body.replace(/<[^>]*>/g, '')), 'no database detail on the page');
        if (i === 0) assert.ok(logText().includes(`ref=${ref}`), 'the reference is in the log');
      }
    }
    // a form sent while the database is down comes back with its text
    const r = await post(NGINX, '/gop-y', {
      csrf: form.token, ho_ten: 'Phạm Văn Bình', tieu_de: 'Gửi khi hệ thống gián đoạn',
      noi_dung: 'Nội dung này không được mất khi cơ sở dữ liệu dừng.' }, { cookie: form.cookie });
    assert.equal(r.status, 503);
    assert.match(r.body, /Nội dung bạn vừa nhập vẫn còn/);
    assert.match(r.body, /Nội dung này không được mất khi cơ sở dữ liệu dừng\.<\/textarea>/);
  } finally {
    dvcDev('db-start', 'test');
  }
  // every worker reconnects on its own
  const deadline = Date.now() + 15000;
  let okCount = 0;
  while (Date.now() < deadline && okCount < 12) {
    const r = await get(NGINX, `/thong-bao?lan=${Date.now()}-${okCount}`);
    okCount = r.status === 200 ? okCount + 1 : 0;
    if (r.status !== 200) await new Promise((res) => setTimeout(res, 200));
  }
  assert.equal(okCount, 12, '12 answers in a row are 200 after the restart');
  const a = await get(APACHE, `/thong-bao?lan=${Date.now()}`);
  assert.equal(a.status, 200, 'Apache too');
  assert.equal(pidOf('public'), master, 'the same responder master: no restart');
}, { timeout: 90000 });
