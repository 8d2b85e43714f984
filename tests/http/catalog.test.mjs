// The catalogue pages (Articles 5.1, 5.2): every page, search the way
// people type, filters that never fail, the view counter, reloading after
// an import. Runs against the demo catalogue (sql/demo/catalog.json).
import { test, assert } from '../lib/t.mjs';
import { get, assertSecurityHeaders } from '../lib/http.mjs';
import { NGINX, APACHE, sql, BUILD, CONFIG, logText, pidOf } from '../lib/env.mjs';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const names = (body) => [...body.matchAll(/<h3><a href="\/thu-tuc\/([0-9.]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
const first = (body) => names(body)[0]?.[0];
const count = (body) => Number((body.match(/Tìm thấy <strong>(\d+)<\/strong>/) || [])[1] || 0);

test('the demo catalogue is loaded: 150+ procedures, 15+ fields, real agencies', () => {
  assert.ok(Number(sql('SELECT COUNT(*) FROM proc')[0][0]) >= 150);
  assert.ok(Number(sql('SELECT COUNT(DISTINCT field_id) FROM proc')[0][0]) >= 15);
  assert.ok(Number(sql('SELECT COUNT(DISTINCT agency_id) FROM proc_agency')[0][0]) >= 20);
});

test('home: search box first, fields grid with counts, figures, announcements', async () => {
  const r = await get(NGINX, '/');
  assert.equal(r.status, 200);
  assertSecurityHeaders(assert, r);
  const main = r.body.slice(r.body.indexOf('<main'));
  assert.ok(main.indexOf('role="search"') < main.indexOf('class="field-grid"'), 'search before the fields');
  assert.match(r.body, /<a href="\/linh-vuc\/ho-tich"><span class="field-name">Hộ tịch<\/span>\s*<span class="field-count">\d+ thủ tục/);
  assert.match(r.body, /thủ tục hành chính được công khai/);
  assert.match(r.body, /Thông báo mới/);
});

for (const q of ['dang ky khai sinh', 'Đăng ký khai sinh', 'ĐĂNG KÝ KHAI SINH', 'khai sinh', 'đăng ký  khai   sinh']) {
  test(`search "${q}" finds Đăng ký khai sinh first`, async () => {
    const r = await get(NGINX, `/thu-tuc?q=${encodeURIComponent(q)}`);
    assert.equal(r.status, 200);
    assert.equal(first(r.body), '1.001193', JSON.stringify(names(r.body).slice(0, 3)));
  });
}

test('search: "đ" matches "d" both ways', async () => {
  const a = await get(NGINX, `/thu-tuc?q=${encodeURIComponent('dang ky')}`);
  const b = await get(NGINX, `/thu-tuc?q=${encodeURIComponent('đăng ký')}`);
  assert.ok(count(a.body) > 5);
  assert.equal(count(a.body), count(b.body));
});

test('search: the exact code finds the procedure', async () => {
  const r = await get(NGINX, '/thu-tuc?q=1.001193');
  assert.equal(first(r.body), '1.001193');
  assert.match(r.body, /Đúng mã thủ tục bạn tìm/);
});

test('search: two-letter syllables work ("xe", "ô tô", "lái xe")', async () => {
  const xe = await get(NGINX, `/thu-tuc?q=xe`);
  assert.ok(names(xe.body).some(([, n]) => /lái xe/i.test(n)), 'xe finds "lái xe"');
  const oto = await get(NGINX, `/thu-tuc?q=${encodeURIComponent('xe ô tô')}`);
  assert.ok(names(oto.body).some(([, n]) => /xe ô tô/i.test(n)), 'ô tô finds "xe ô tô"');
  const oto2 = await get(NGINX, '/thu-tuc?q=xe+o+to');
  assert.equal(count(oto.body), count(oto2.body));
});

test('search: ranked name over keywords over text', async () => {
  // "giay khai sinh" is a keyword of 1.001193; the name "Đăng ký khai
  // sinh" must come before procedures that only mention it in their text
  const r = await get(NGINX, '/thu-tuc?q=giay+khai+sinh');
  const list = names(r.body).map(([c]) => c);
  assert.ok(list.includes('1.001193'));
  const k = await get(NGINX, '/thu-tuc?q=khai+sinh');
  const ks = names(k.body).map(([, n]) => n);
  const lastNameHit = ks.findLastIndex((n) => /khai sinh/i.test(n));
  const firstOther = ks.findIndex((n) => !/khai sinh/i.test(n));
  assert.ok(firstOther === -1 || firstOther > lastNameHit, `names with the words first: ${ks.join(' | ')}`);
});

test('search: a word found nowhere gives no result and a helpful message', async () => {
  const r = await get(NGINX, '/thu-tuc?q=zzqqxyz');
  assert.equal(r.status, 200);
  assert.equal(count(r.body), 0);
  assert.match(r.body, /Không tìm thấy thủ tục nào phù hợp/);
});

test('filters: field, agency, level, channel, level of government combine', async () => {
  const all = count((await get(NGINX, '/thu-tuc')).body);
  const f = count((await get(NGINX, '/thu-tuc?linh-vuc=ho-tich')).body);
  const f4 = count((await get(NGINX, '/thu-tuc?linh-vuc=ho-tich&muc-do=4')).body);
  const xa = count((await get(NGINX, '/thu-tuc?cap=xa')).body);
  const online = count((await get(NGINX, '/thu-tuc?kenh=truc-tuyen')).body);
  const ag = count((await get(NGINX, '/thu-tuc?co-quan=000.31.01.H34')).body);
  assert.ok(all >= 150);
  assert.ok(f > 0 && f < all && f4 > 0 && f4 <= f);
  assert.ok(xa > 0 && xa < all && online > 0 && online < all && ag > 0);
  assert.equal(Number(sql("SELECT COUNT(*) FROM proc p JOIN field f ON f.id = p.field_id WHERE f.slug = 'ho-tich' AND p.level = 4")[0][0]), f4);
});

test('bad filter values are ignored with a visible note, never a 500', async () => {
  const cases = ['linh-vuc=khong-co', 'co-quan=999.99.99.X99', 'muc-do=7', 'muc-do=toan-trinh', 'kenh=bay',
    'cap=thon', 'trang=abc', 'trang=99999', 'linh-vuc=%C4%90', 'co-quan=%3Cscript%3E', 'q=%E2%80%AEabc'];
  for (const c of cases) {
    const r = await get(NGINX, `/thu-tuc?${c}`);
    assert.equal(r.status, 200, c);
    assert.match(r.body, /đã được bỏ qua/, c);
    assert.ok(!r.body.includes('<script>'), c);
  }
});

test('pagination keeps the filters', async () => {
  const r = await get(NGINX, '/thu-tuc?kenh=truc-tiep');
  const next = r.body.match(/rel="next" href="\?([^"]+)"/);
  assert.ok(next, 'a next page');
  assert.match(next[1], /kenh=truc-tiep&amp;trang=2/);
  const p2 = await get(NGINX, '/thu-tuc?kenh=truc-tiep&trang=2');
  assert.equal(p2.status, 200);
  assert.notEqual(first(p2.body), first(r.body));
});

test('/linh-vuc/<slug> lists one field; unknown slug: 404', async () => {
  const r = await get(NGINX, '/linh-vuc/ho-tich');
  assert.equal(r.status, 200);
  assert.match(r.body, /<h1>Hộ tịch<\/h1>/);
  assert.equal((await get(NGINX, '/linh-vuc/khong-co')).status, 404);
});

test('/thu-tuc/<code>: every component of the record, in order', async () => {
  const r = await get(NGINX, '/thu-tuc/1.001193');
  assert.equal(r.status, 200);
  const b = r.body;
  const order = ['Cơ quan thực hiện', 'Cách thức thực hiện, thời hạn và phí, lệ phí', 'Trình tự thực hiện',
    'Thành phần hồ sơ', 'Kết quả thực hiện', 'Căn cứ pháp lý', 'Tình hình sử dụng'];
  let at = 0;
  for (const h of order) {
    const i = b.indexOf(`>${h}</h2>`, at);
    assert.ok(i > 0, `section ${h}`);
    at = i;
  }
  assert.match(b, /Nộp hồ sơ trực tuyến/, 'online entry for level 3+');
  assert.match(b, /Tổ chức, cá nhân/);
  assert.match(b, /Cơ quan giải quyết/);
  assert.match(b, /Trách nhiệm của các bên/);
  assert.match(b, /ngày làm việc|giờ làm việc/);
  assert.match(b, /href="\/static\/bieu-mau\/[a-z0-9-]+\.rtf" download/);
  assert.match(b, /Quy trình nội bộ của cơ quan/);
});

test('the downloadable forms exist', async () => {
  const files = sql('SELECT DISTINCT form_file FROM proc_document WHERE form_file IS NOT NULL LIMIT 20').map((x) => x[0]);
  assert.ok(files.length > 0);
  for (const f of files) {
    const r = await get(NGINX, `/static/bieu-mau/${f}`);
    assert.equal(r.status, 200, f);
    assert.match(r.body, /^\{\\rtf1/, f);
  }
});

test('a level 1-2 procedure has no online entry', async () => {
  const code = sql('SELECT code FROM proc WHERE level <= 2 LIMIT 1')[0][0];
  const r = await get(NGINX, `/thu-tuc/${code}`);
  assert.equal(r.status, 200);
  assert.ok(!/ho-so\/nop/.test(r.body));
  assert.equal((await get(NGINX, `/ho-so/nop/${code}`)).status, 404);
});

test('unknown procedure code: 404 page', async () => {
  for (const c of ['9.999999', 'abc', '1.001193x', '%3Cx%3E']) {
    const r = await get(NGINX, `/thu-tuc/${c}`);
    assert.equal(r.status, 404, c);
    assert.match(r.body, /Không tìm thấy trang/);
  }
});

test('printable view: the record without navigation', async () => {
  const r = await get(NGINX, '/thu-tuc/1.001193/in');
  assert.equal(r.status, 200);
  assert.match(r.body, /<body class="print">/);
  assert.ok(!r.body.includes('site-nav'));
  assert.match(r.body, /Thành phần hồ sơ/);
});

test('agencies: the list by level, one agency with contact, fee account and procedures', async () => {
  const l = await get(NGINX, '/co-quan');
  assert.equal(l.status, 200);
  assert.match(l.body, /Cấp tỉnh/);
  assert.match(l.body, /Cấp xã/);
  const a = await get(NGINX, '/co-quan/000.00.09.H34');
  assert.equal(a.status, 200);
  assert.match(a.body, /<h1>Sở Tư pháp tỉnh Kon Tum<\/h1>/);
  assert.match(a.body, /Thủ tục do cơ quan thực hiện/);
  assert.equal((await get(NGINX, '/co-quan/000.99.99.X99')).status, 404);
});

test('an agency closed in the 2025 reorganisation shows its successor and history', async () => {
  const rows = sql("SELECT a.code, s.code FROM agency a JOIN agency s ON s.id = a.successor_id WHERE a.status = 'closed' LIMIT 1");
  assert.equal(rows.length, 1, 'the demo data has a closed agency with a successor');
  const r = await get(NGINX, `/co-quan/${rows[0][0]}`);
  assert.match(r.body, /đã ngừng tiếp nhận hồ sơ từ ngày/);
  assert.ok(r.body.includes(`/co-quan/${rows[0][1]}`));
  assert.match(r.body, /Quá trình thay đổi/);
});

test('statistics: totals by field and by agency', async () => {
  const r = await get(NGINX, '/thong-ke');
  assert.equal(r.status, 200);
  assert.match(r.body, /Theo lĩnh vực/);
  assert.match(r.body, /Theo cơ quan/);
  assert.match(r.body, /Trễ hạn/);
  assert.match(r.body, /Tổng cộng/);
});

test('usage guides: index and a guide; unknown guide: 404', async () => {
  const i = await get(NGINX, '/huong-dan');
  assert.equal(i.status, 200);
  assert.match(i.body, /href="\/huong-dan\/tra-cuu-thu-tuc"/);
  const g = await get(NGINX, '/huong-dan/tra-cuu-thu-tuc');
  assert.equal(g.status, 200);
  assert.match(g.body, /có dấu hoặc không dấu/);
  for (const s of ['khong-co', 'tra_cuu_thu_tuc', 'Slug']) assert.equal((await get(NGINX, `/huong-dan/${s}`)).status, 404, s);
});

test('a query of 10,000 characters: 414, never a 500', async () => {
  const r = await get(NGINX, `/thu-tuc?q=${'a'.repeat(10000)}`);
  assert.equal(r.status, 414);
  const r2 = await get(NGINX, `/thu-tuc?q=${'ab '.repeat(600)}`);
  assert.ok([200, 414].includes(r2.status), `long but allowed query: ${r2.status}`);
});

test('views are counted in batches, cache hits included, and shown', async () => {
  const code = sql("SELECT code FROM proc WHERE level = 2 ORDER BY code LIMIT 1 OFFSET 3")[0][0];
  const id = sql(`SELECT id FROM proc WHERE code = '${code}'`)[0][0];
  const before = Number(sql(`SELECT COALESCE(MAX(views), 0) FROM proc_stat WHERE proc_id = ${id}`)[0][0]);
  for (let i = 0; i < 20; i++) assert.equal((await get(NGINX, `/thu-tuc/${code}`)).status, 200);
  // every worker writes what it counted after its next request
  for (let i = 0; i < 20; i++) await get(NGINX, '/tiep-can');
  let after = 0;
  for (let t = 0; t < 30; t++) {
    after = Number(sql(`SELECT COALESCE(MAX(views), 0) FROM proc_stat WHERE proc_id = ${id}`)[0][0]);
    if (after - before >= 20) break;
    await get(NGINX, '/tiep-can');
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(after - before, 20, 'each view counted once');
  // figures refresh (Catalog.StatsInterval = 1 in the test stack)
  await new Promise((r) => setTimeout(r, 1500));
  let shown = '';
  for (let t = 0; t < 10; t++) {
    const r = await get(NGINX, `/thu-tuc/${code}`);
    shown = (r.body.match(/Lượt xem<\/dt><dd>(\d+)</) || [])[1];
    if (Number(shown) >= after) break;
    await new Promise((res) => setTimeout(res, 300));
  }
  assert.ok(Number(shown) >= after, `page shows ${shown}, database has ${after}`);
});

// The processes a supervisor forked (its workers), by pid.
function childrenOf(pid) {
  const kids = new Set();
  for (const t of readdirSync(`/proc/${pid}/task`)) {
    for (const c of readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/)) if (c) kids.add(c);
  }
  return kids;
}

test('an import changes the pages within seconds (the catalogue reloads)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-cat-'));
  // dvc-public runs under its supervisor (-w): the supervisor loads the
  // new catalogue once and replaces its workers with ones forked with
  // it; mod_fcgid's lone processes (Apache) load it themselves
  const sup = pidOf('public');
  const before = childrenOf(sup);
  const logFrom = logText().length;
  const code = '1.001193';
  const exp = spawnSync(`${BUILD}/dvcctl`, ['-c', CONFIG, 'catalog', 'export'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(exp.status, 0, exp.stderr);
  const cat = JSON.parse(exp.stdout);
  const p = cat.procedures.find((x) => x.code === code);
  const old = p.name;
  p.name = `${old} (thử tải lại)`;
  writeFileSync(join(dir, 'c.json'), JSON.stringify({ format: 'dvc-catalog-1', procedures: [p] }));
  const imp = spawnSync(`${BUILD}/dvcctl`, ['-c', CONFIG, 'catalog', 'import', join(dir, 'c.json')], { encoding: 'utf8' });
  assert.equal(imp.status, 0, imp.stderr);
  try {
    // waited for, no time asserted: a load under the sanitizer build
    // with the whole suite running takes seconds (bench catalog times it)
    for (const base of [NGINX, APACHE]) {
      let seen = false;
      for (let t = 0; t < 300 && !seen; t++) {
        seen = (await get(base, `/thu-tuc/${code}`)).body.includes('(thử tải lại)');
        if (!seen) await new Promise((r) => setTimeout(r, 100));
      }
      assert.ok(seen, `${base} shows the new name`);
    }
    const loads = [...logText().slice(logFrom).matchAll(/ dvc-public\[(\d+)\] .*ev=catalog loaded=/g)].map((m) => m[1]);
    assert.ok(loads.includes(sup), `the supervisor ${sup} loaded the new catalogue (loads by ${loads.join(', ')})`);
    // the old workers finish the request in hand, then exit: waited
    // for, no time asserted (other files change the catalogue too, so
    // a later generation may be retiring beside the new one)
    let after = childrenOf(sup);
    for (let t = 0; t < 600 && [...after].some((p) => before.has(p)); t++) {
      await new Promise((r) => setTimeout(r, 100));
      after = childrenOf(sup);
    }
    const workers = new Set([...before, ...after]);
    assert.deepEqual(loads.filter((p) => workers.has(p)), [], 'no worker of the supervisor loaded it itself');
    assert.ok([...after].every((p) => !before.has(p)), `the workers are new: ${[...before]} then ${[...after]}`);
    assert.ok(after.size >= 4, `at least the -w 4 workers: ${[...after]}`);
  } finally {
    p.name = old;
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ format: 'dvc-catalog-1', procedures: [p] }));
    spawnSync(`${BUILD}/dvcctl`, ['-c', CONFIG, 'catalog', 'import', join(dir, 'c.json')], { encoding: 'utf8' });
  }
}, { timeout: 120000 });
