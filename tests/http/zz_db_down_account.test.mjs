// The session store unreachable: a logged-in person's pages are denied
// (503, nothing personal on the page), never served as if allowed; the
// public pages are not affected by the account responder. (zz_: stops the
// shared database.)
import { test, assert } from '../lib/t.mjs';
import { NGINX, dvcDev } from '../lib/env.mjs';
import { newCitizen } from '../lib/account.mjs';

// tests/run.mjs runs this file alone, because it:
export const serial = 'stops the shared database';

test('database down during the access check: denied with 503, no personal data; back when it returns', async () => {
  const { jar, data } = await newCitizen(NGINX);
  assert.equal((await jar.get(NGINX, '/tai-khoan')).status, 200);
  dvcDev('db-stop', 'test');
  try {
    for (const p of ['/tai-khoan', '/tai-khoan/du-lieu/tai-ve', '/can-bo', '/quan-tri/nhan-vien/1']) {
      const r = await jar.get(NGINX, p);
      assert.equal(r.status, 503, `${p}: ${r.status}`);
      assert.ok(!r.body.includes(data.so_dinh_danh) && !r.body.includes(data.email), 'nothing personal');
      assert.match(r.body, /Hệ thống đang tạm ngưng/);
    }
    const tok = 'x'.repeat(43);
    const post = await jar.post(NGINX, '/tai-khoan/doi-mat-khau', { csrf: tok, mat_khau: 'a', mat_khau_moi: 'b', nhap_lai: 'b' });
    assert.equal(post.status, 503);
  } finally {
    dvcDev('db-start', 'test');
  }
  let ok = 0;
  for (let i = 0; i < 20 && ok === 0; i++) {
    const r = await jar.get(NGINX, '/tai-khoan');
    if (r.status === 200) ok = 1;
    else await new Promise((res) => setTimeout(res, 250));
  }
  assert.equal(ok, 1, 'the same session works again');
});
