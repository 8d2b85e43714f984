// Queues and reports for staff through nginx (issue 6, section 3): the
// shared queue's filters (status, procedure, due state: on time / due
// soon / late) and search by code and applicant, keyset pages; the
// tracking book (Form 06) as CSV: BOM, RFC 4180 quoting, formula
// injection, only the officer's own agency; the control sheet (Form 05)
// lists every step; /thong-ke counts an acceptance (the walks to early, on
// time and late through the pages: office_figures.test.mjs), and
// dvc-public's database account still cannot read a dossier.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, assert } from '../lib/t.mjs';
import { get } from '../lib/http.mjs';
import { NGINX, ROOT, DB_SOCK, sql, dbPassword } from '../lib/env.mjs';
import { newCitizen, staffLogin } from '../lib/account.mjs';
import { startDraft, slots, upload, submit } from '../lib/dossier.mjs';
import { staffLike } from '../lib/office.mjs';

// tests/run.mjs runs this file alone, because it:
export const serial = 'counts every dossier of the agency on /thong-ke; puts 60 dossiers in its queue';

const B = NGINX;
const FIX = `${ROOT}/tests/fixtures/uploads`;
const L3 = '1.001940'; // level 3 at 000.00.09.H34
const AGENCY = '000.00.09.H34';
const OTHER = '000.00.06.H34';
const TZ = "SET time_zone = '+07:00';";

async function submitted() {
  const who = await newCitizen(B);
  const id = await startDraft(B, who, L3);
  const s = await slots(B, who, id);
  const files = s.map((x, i) => ({
    slot: x.id, filename: i % 2 ? `giấy ${i}.jpg` : `đơn ${i}.pdf`,
    data: readFileSync(`${FIX}/${i % 2 ? 'ok.jpg' : 'ok.pdf'}`),
    type: i % 2 ? 'image/jpeg' : 'application/pdf',
  }));
  assert.equal((await upload(B, who, id, files)).status, 303);
  assert.equal((await submit(B, who, id)).status, 303);
  return { who, id, code: sql(`SELECT code FROM dossier WHERE id = ${id}`)[0][0] };
}

// A dossier made in SQL (the queue reads rows; how they got there does
// not matter): status, applicant, procedure, due date in hours from now.
let nfake = 0;
const RUNID = Date.now().toString(36).toUpperCase();
function fake({ status = 1, name = 'Người Nộp Giả', proc = L3, dueHours = null, agency = AGENCY } = {}) {
  nfake += 1;
  const code = `T${RUNID}-${nfake}`;
  const due = dueHours === null ? 'NULL' : `NOW() + INTERVAL ${Math.round(dueHours * 60)} MINUTE`;
  const q = (s) => `'${String(s).replace(/'/g, "''").replace(/\\/g, '\\\\')}'`;
  sql(`${TZ} INSERT INTO dossier (code, owner_id, proc_code, proc_name, proc_level, agency_id,
      status, applicant_name, start_token, submitted_at, received_at, due_at, clock)
    SELECT ${q(code)}, (SELECT MIN(id) FROM account WHERE kind = 'citizen'), ${q(proc)},
      (SELECT name FROM proc WHERE code = ${q(proc)}), 3, (SELECT id FROM agency WHERE code = '${agency}'),
      ${status}, ${q(name)}, ${q(code.slice(-22))}, NOW() - INTERVAL ${nfake} MINUTE,
      ${status === 1 ? 'NULL' : 'NOW() - INTERVAL 2 DAY'}, ${due}, '${dueHours === null ? 'none' : 'running'}'`);
  return code;
}

const rows = (body) => [...body.matchAll(/data-code="([^"]+)"/g)].map((m) => m[1]);

let reception;
let outsider;
let f; // fake dossiers by kind

test('setup: officers of two agencies; dossiers new, late, due soon, on time', async () => {
  reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  await newCitizen(B); // the fake dossiers' owner
  staffLike('tiepnhan@bc-khac.kontum.demo', 'reception', OTHER);
  outsider = await staffLogin(B, 'tiepnhan@bc-khac.kontum.demo');
  f = {
    fresh: fake({ status: 1, name: 'Phạm Thị Lọc Mới' }),
    late: fake({ status: 2, name: 'Trần Văn Trễ', dueHours: -24 * 5 }),
    soon: fake({ status: 2, name: 'Lê Văn Sắp', dueHours: 1 }),
    ok: fake({ status: 2, name: 'Hoàng Văn Còn', dueHours: 24 * 40 }),
    otherProc: fake({ status: 1, name: 'Đỗ Thủ Tục Khác', proc: '1.001193' }),
    done: fake({ status: 9, name: 'Vũ Đã Xong' }),
  };
});

test('queue filters: due state (late, due soon, on time), procedure, status; the time left shown', async () => {
  const all = rows((await reception.get(B, '/can-bo/tiep-nhan?q=' + encodeURIComponent('Văn'))).body);
  for (const k of ['late', 'soon', 'ok']) assert.ok(all.includes(f[k]), `${k} listed`);
  const late = rows((await reception.get(B, '/can-bo/tiep-nhan?han=qua-han')).body);
  assert.ok(late.includes(f.late) && !late.includes(f.soon) && !late.includes(f.ok) && !late.includes(f.fresh), 'late');
  const soon = rows((await reception.get(B, '/can-bo/tiep-nhan?han=sap-het-han')).body);
  assert.ok(soon.includes(f.soon) && !soon.includes(f.late) && !soon.includes(f.ok), 'due soon');
  const ok = rows((await reception.get(B, '/can-bo/tiep-nhan?han=dung-han')).body);
  assert.ok(ok.includes(f.ok) && !ok.includes(f.soon) && !ok.includes(f.late), 'on time');
  const byProc = rows((await reception.get(B, `/can-bo/tiep-nhan?thu_tuc=${L3}`)).body);
  assert.ok(byProc.includes(f.fresh) && !byProc.includes(f.otherProc), 'by procedure');
  const other = rows((await reception.get(B, '/can-bo/tiep-nhan?thu_tuc=1.001193')).body);
  assert.ok(other.includes(f.otherProc) && !other.includes(f.fresh));
  const moi = rows((await reception.get(B, '/can-bo/tiep-nhan?trang_thai=moi')).body);
  assert.ok(moi.includes(f.fresh) && !moi.includes(f.late), 'by status');
  assert.ok(!moi.includes(f.done) && !all.includes(f.done), 'a finished dossier is no work for reception');
  const page = (await reception.get(B, '/can-bo/tiep-nhan?han=qua-han')).body;
  const tbody = (page.match(/<tbody>[\s\S]*<\/tbody>/) || [''])[0];
  assert.match(tbody, /class="late">quá hạn \d/, tbody.slice(0, 3000));
  assert.match(tbody, /class="queue-row due-late"/);
  // a bad filter value is ignored by the queue (the form says why), not a 500
  assert.notEqual((await reception.get(B, '/can-bo/tiep-nhan?han=xyz')).status, 500);
});

test('queue search: by exact code and by part of the applicant name; not another agency', async () => {
  const byCode = rows((await reception.get(B, `/can-bo/tiep-nhan?q=${f.late}`)).body);
  assert.deepEqual(byCode, [f.late]);
  const byName = rows((await reception.get(B, `/can-bo/tiep-nhan?q=${encodeURIComponent('Lọc Mới')}`)).body);
  assert.deepEqual(byName, [f.fresh]);
  const out = rows((await outsider.get(B, `/can-bo/tiep-nhan?q=${f.late}`)).body);
  assert.deepEqual(out, [], 'another agency sees none of them');
});

test('queue pages: keyset "more" link, no row twice, in urgency order', async () => {
  const made = [];
  for (let i = 0; i < 60; i++) made.push(fake({ status: 2, name: `Trang Phân ${i}`, dueHours: 100 + i }));
  const q = encodeURIComponent('Trang Phân');
  const p1 = (await reception.get(B, `/can-bo/tiep-nhan?q=${q}`)).body;
  const r1 = rows(p1);
  assert.equal(r1.length, 50);
  const more = p1.match(/rel="next" href="([^"]+)"/);
  assert.ok(more, 'a link to the next page');
  const p2 = (await reception.get(B, more[1].replace(/&amp;/g, '&'))).body;
  const r2 = rows(p2);
  assert.equal(r2.length, 10);
  assert.ok(!/rel="next"/.test(p2), 'no more after the last page');
  assert.deepEqual([...r1, ...r2], made, 'every row once, most urgent first');
});

test('tracking book (Form 06): CSV with BOM, RFC 4180 quoting, formulas defused; own agency only', async () => {
  const evil = fake({ status: 1, name: '=HYPERLINK("http://x.invalid","bấm")' });
  const comma = fake({ status: 1, name: 'Trần, "Văn" A' });
  const plus = fake({ status: 1, name: '+84 905' });
  const today = sql(`${TZ} SELECT DATE(NOW())`)[0][0];
  const url = `/can-bo/so-theo-doi.csv?tu_ngay=${today}&den_ngay=${today}`;
  const r = await reception.get(B, url);
  assert.equal(r.status, 200, r.body.slice(0, 500));
  assert.match(r.headers['content-type'], /^text\/csv; charset=utf-8/);
  assert.match(r.headers['content-disposition'], /^attachment; filename="so-theo-doi-/);
  assert.deepEqual([...r.raw.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const text = r.body.replace(/^\uFEFF/, '');
  assert.match(text, /^STT,Mã hồ sơ,Mã thủ tục,Tên thủ tục hành chính,/);
  assert.ok(text.endsWith('\r\n') && !/[^\r]\n/.test(text), 'CRLF line ends');
  assert.ok(text.includes(`"'=HYPERLINK(""http://x.invalid"",""bấm"")"`), 'formula prefixed and quoted');
  assert.ok(text.includes('"Trần, ""Văn"" A"'), 'comma and quotes quoted');
  assert.ok(text.includes(`"'+84 905"`), 'a leading + is defused');
  for (const c of [evil, comma, plus, f.fresh]) assert.ok(text.includes(c), `${c} in the book`);
  const line = text.split('\r\n').find((l) => l.includes(f.late));
  assert.match(line, /Được tiếp nhận/, 'status in words');
  // other agency: its own book has none of these; asking for ours is 403
  const o = await outsider.get(B, url);
  assert.equal(o.status, 200);
  assert.ok(!o.body.includes(f.fresh));
  assert.equal((await outsider.get(B, `${url}&co_quan=${AGENCY}`)).status, 403);
  assert.equal((await reception.get(B, `${url}&co_quan=${AGENCY}`)).status, 200);
  // bad or reversed dates, no login, a citizen
  assert.equal((await reception.get(B, '/can-bo/so-theo-doi.csv?tu_ngay=2026-13-01&den_ngay=2026-12-01')).status, 422);
  assert.equal((await reception.get(B, '/can-bo/so-theo-doi.csv?tu_ngay=2026-12-01&den_ngay=2026-11-01')).status, 422);
  assert.equal((await get(B, url)).status, 303);
  const c = await newCitizen(B);
  assert.equal((await c.jar.get(B, url)).status, 403);
});

let real;
const statRow = (body) => {
  const tr = body.split('<tr>').find((t) => t.includes(`/co-quan/${AGENCY}"`) && t.includes('<th scope="row">'));
  const n = [...tr.matchAll(/<td>(\d+)<\/td>/g)].map((m) => Number(m[1]));
  return { received: n[2], processed: n[3], early: n[4], onTime: n[5], late: n[6] };
};
const statsNow = async () => statRow((await get(B, '/thong-ke')).body);
async function statsAfter(pred) {
  let s;
  for (let t = 0; t < 30; t++) {
    s = await statsNow();
    if (pred(s)) return s;
    await new Promise((r) => setTimeout(r, 300));
  }
  return s;
}

test('control sheet (Form 05): every step with time, role and agency; printable; not for another agency', async () => {
  real = await submitted();
  const before = await statsNow();
  const tok = await reception.token(B, `/can-bo/ho-so/${real.code}`);
  const v = Number(sql(`SELECT version FROM dossier WHERE id = ${real.id}`)[0][0]);
  const a = await reception.post(B, `/can-bo/ho-so/${real.code}/tiep-nhan`, { csrf: tok, phien_ban: v });
  assert.equal(a.status, 303, a.body.slice(0, 800));
  const page = await reception.get(B, `/can-bo/ho-so/${real.code}`);
  assert.ok(page.body.includes(`/can-bo/ho-so/${real.code}/phieu-kiem-soat`), 'linked from the dossier');
  const s = await reception.get(B, `/can-bo/ho-so/${real.code}/phieu-kiem-soat`);
  assert.equal(s.status, 200);
  assert.match(s.body, /Phiếu kiểm soát quá trình giải quyết hồ sơ/);
  assert.match(s.body, /<body class="print">/);
  const events = Number(sql(`SELECT COUNT(*) FROM dossier_event WHERE dossier_id = ${real.id}`)[0][0]);
  assert.ok(events >= 2, 'submitted and accepted');
  assert.equal((s.body.match(/<tr class="step">/g) || []).length, events, 'every step');
  assert.match(s.body, /Bộ phận tiếp nhận/);
  assert.match(s.body, /id="ngay-nhan">\d\d:\d\d \d\d\/\d\d\/\d{4}</, 'received date');
  assert.match(s.body, /id="hen-tra">\d\d:\d\d \d\d\/\d\d\/\d{4}</, 'due date');
  assert.ok(!s.body.includes('Cán bộ kiểm thử'), 'no officer names');
  assert.equal((await outsider.get(B, `/can-bo/ho-so/${real.code}/phieu-kiem-soat`)).status, 404);
  // the acceptance counted as received on /thong-ke
  const after = await statsAfter((x) => x.received === before.received + 1);
  assert.equal(after.received, before.received + 1, 'received + 1');
});

test('least privilege: dvc_public reads the aggregate, never a dossier', () => {
  const asPublic = (q) => spawnSync('mariadb', ['--no-defaults', '-S', DB_SOCK, '-u', 'dvc_public',
    `-p${dbPassword('public')}`, '-N', '-B', 'dvc', '-e', q], { encoding: 'utf8' });
  assert.equal(asPublic('SELECT COUNT(*) FROM dossier_stat').status, 0);
  // /_health and /_metrics count dossiers by status (SELECT (status) ON
  // dossier, issue 17): that count, and nothing else of a dossier
  assert.equal(asPublic('SELECT status, COUNT(*) FROM dossier GROUP BY status').status, 0);
  for (const q of ['SELECT code FROM dossier', 'SELECT applicant_name FROM dossier', 'SELECT * FROM dossier',
    'SELECT owner_id FROM dossier',
    'SELECT * FROM dossier_event', 'UPDATE dossier_stat SET late = 0', 'INSERT INTO dossier_stat (agency_id, proc_code) VALUES (1, \'x\')']) {
    const r = asPublic(q);
    assert.notEqual(r.status, 0, `${q} must be denied`);
    assert.match(r.stderr, /denied/i);
  }
});
