// The audit trail: dvcctl's account changes are recorded, `dvcctl audit
// verify` finds every kind of tampering done straight in SQL and names the
// record, and the responders' database account cannot rewrite history.
import { test, assert } from '../lib/t.mjs';
import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { BUILD, CONFIG, DB_SOCK, RUN, sql } from '../lib/env.mjs';

// tests/run.mjs runs this file alone, because it:
export const serial = 'rewrites the audit table and puts it back; counts and lists its newest records';

function ctl(args, input, config = CONFIG) {
  return spawnSync(`${BUILD}/dvcctl`, ['-c', config, ...args], { encoding: 'utf8', input });
}

const PW = 'mật khẩu kiểm toán đủ dài\n';
const AGENCY = '000.00.00.H34';
const count = () => Number(sql('SELECT COUNT(*) FROM audit')[0][0]);
const maxSeq = () => Number(sql('SELECT COALESCE(MAX(seq), 0) FROM audit')[0][0]);

function addStaff(tag) {
  const email = `kiemtoan-${tag}-${Date.now()}@kontum.test`;
  const r = ctl(['user', 'add', '--email', email, '--name', 'Trần Văn Kiểm', '--agency', AGENCY,
    '--role', 'specialist', '--password-stdin'], PW);
  assert.equal(r.status, 0, r.stderr);
  return email;
}

function verify() {
  const r = ctl(['audit', 'verify']);
  const m = r.stdout.match(/(\d+) vấn đề/);
  return { ...r, problems: m ? Number(m[1]) : 0, lines: r.stdout.split('\n').filter((l) => l) };
}

// The table as it was, kept in a database of its own (not in dvc, whose
// tables another test checks), put back after each tampering.
function save() {
  sql(`CREATE DATABASE IF NOT EXISTS dvc_audit_saved;
    DROP TABLE IF EXISTS dvc_audit_saved.audit, dvc_audit_saved.head;
    CREATE TABLE dvc_audit_saved.audit AS SELECT * FROM audit;
    CREATE TABLE dvc_audit_saved.head AS SELECT * FROM audit_head`);
}
function restore() {
  sql(`DELETE FROM audit; INSERT INTO audit SELECT * FROM dvc_audit_saved.audit;
    DELETE FROM audit_head; INSERT INTO audit_head SELECT * FROM dvc_audit_saved.head`);
}
function tampered(what, fn) {
  try {
    fn();
  } finally {
    restore();
    const v = verify();
    assert.equal(v.status, 0, `after ${what}, the restored chain verifies: ${v.stdout}`);
  }
}

test('user add, disable, enable and reset each write an audit record in the chain', () => {
  const before = maxSeq();
  const a = addStaff('a');
  const b = addStaff('b');
  const c = addStaff('c');
  assert.equal(ctl(['user', 'disable', b]).status, 0);
  assert.equal(ctl(['user', 'enable', b]).status, 0);
  const r = ctl(['user', 'reset', c, '--password-stdin'], PW);
  assert.equal(r.status, 0, r.stderr);
  const rows = sql(`SELECT seq, actor_kind, action, object_type, object_id, owner_id, actor_id, detail
    FROM audit WHERE seq > ${before} ORDER BY seq`);
  assert.deepEqual(rows.map((x) => x[2]), ['user.add', 'user.add', 'user.add', 'user.disable', 'user.enable', 'user.reset']);
  assert.deepEqual(rows.map((x) => Number(x[0])), [1, 2, 3, 4, 5, 6].map((i) => before + i), 'seq has no holes');
  const id = (e) => sql(`SELECT id FROM account WHERE email = '${e}'`)[0][0];
  assert.deepEqual(rows.map((x) => x[4]), [id(a), id(b), id(c), id(b), id(b), id(c)]);
  for (const x of rows) {
    assert.equal(x[1], 'operator');
    assert.equal(x[3], 'account');
    assert.equal(x[5], x[4], 'owner is the account itself');
    assert.equal(x[6], 'NULL', 'no account id for an operator');
    assert.ok(!x[7].includes('mật khẩu kiểm toán'), 'no password in the detail');
  }
  assert.match(rows[0][7], new RegExp(a.replace(/\./g, '\\.')));
  const head = sql('SELECT seq, HEX(mac) FROM audit_head')[0];
  const last = sql(`SELECT seq, HEX(mac) FROM audit WHERE seq = ${before + 6}`)[0];
  assert.deepEqual(head, last, 'audit_head names the last record');

  const v = verify();
  assert.equal(v.status, 0, v.stdout + v.stderr);
  assert.equal(v.stdout, `nhật ký kiểm toán: ${count()} bản ghi, chuỗi nguyên vẹn\n`);
});

test('audit list: newest first, one tab-separated line per record', () => {
  for (let i = 0; i < 3; i++) addStaff(`l${i}`);
  const r = ctl(['audit', 'list', '--limit', '3']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.split('\n').filter((l) => l);
  assert.equal(lines.length, 3);
  const top = maxSeq();
  assert.deepEqual(lines.map((l) => Number(l.split('\t')[0])), [top, top - 1, top - 2]);
  const cols = lines[0].split('\t');
  assert.equal(cols.length, 11);
  assert.match(cols[1], /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$/);
  assert.deepEqual([cols[2], cols[3], cols[4], cols[5]], ['operator', '-', 'user.add', 'account']);
  assert.equal(ctl(['audit', 'list', '--limit', 'nhiều']).status, 2);
  assert.equal(ctl(['audit']).status, 2);
});

test('without the audit key, dvcctl changes no account (the trail must be complete)', () => {
  const path = `${RUN}/etc/audit-nokey.hdf`;
  writeFileSync(path, readFileSync(CONFIG, 'utf8').replace(/^\s*Audit\.KeyFile\s*=.*$/m, '')
    + `\nAudit.KeyFile = ${RUN}/etc/no-such-audit.key\n`, { mode: 0o600 });
  try {
    const n = count();
    const email = `kiemtoan-nokey-${Date.now()}@kontum.test`;
    const r = ctl(['user', 'add', '--email', email, '--name', 'Không Khóa', '--agency', AGENCY,
      '--role', 'leader', '--password-stdin'], PW, path);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /Audit\.KeyFile/);
    assert.equal(sql(`SELECT COUNT(*) FROM account WHERE email = '${email}'`)[0][0], '0');
    const victim = addStaff('nokey');
    const n2 = count();
    assert.equal(n2, n + 1);
    const d = ctl(['user', 'disable', victim], undefined, path);
    assert.equal(d.status, 1);
    assert.match(d.stderr, /Audit\.KeyFile/);
    assert.equal(sql(`SELECT status FROM account WHERE email = '${victim}'`)[0][0], 'active');
    assert.equal(ctl(['user', 'reset', victim], undefined, path).status, 1);
    assert.equal(count(), n2, 'nothing recorded, nothing changed');
    const v = ctl(['audit', 'verify'], undefined, path);
    assert.equal(v.status, 1);
    assert.match(v.stderr, /Audit\.KeyFile/);
  } finally {
    unlinkSync(path);
  }
});

test('tampering: a changed record is named, and each change separately', () => {
  while (maxSeq() < 8) addStaff('pad');
  save();
  const n = maxSeq();
  const k = n - 4;
  tampered('an update', () => {
    sql(`UPDATE audit SET detail = CONCAT(detail, ' (đã sửa)') WHERE seq = ${k}`);
    let v = verify();
    assert.equal(v.status, 1, v.stdout);
    assert.deepEqual(v.lines.slice(0, -1), [`bản ghi ${k}: nội dung đã bị sửa (MAC không khớp)`]);
    assert.equal(v.problems, 1);
    sql(`UPDATE audit SET action = 'user.enable' WHERE seq = ${k + 2}`);
    sql(`UPDATE audit SET at = at + INTERVAL 1 SECOND WHERE seq = 1`);
    v = verify();
    assert.equal(v.status, 1);
    assert.deepEqual(v.lines.slice(0, -1), [
      'bản ghi 1: nội dung đã bị sửa (MAC không khớp)',
      `bản ghi ${k}: nội dung đã bị sửa (MAC không khớp)`,
      `bản ghi ${k + 2}: nội dung đã bị sửa (MAC không khớp)`]);
    assert.equal(v.problems, 3);
    assert.match(v.lines.at(-1), new RegExp(`^nhật ký kiểm toán: ${n} bản ghi, 3 vấn đề`));
  });
  tampered('NULL for empty', () => {
    sql(`UPDATE audit SET client_ip = '' WHERE seq = ${k}`);
    const v = verify();
    assert.equal(v.status, 1);
    assert.deepEqual(v.lines.slice(0, -1), [`bản ghi ${k}: nội dung đã bị sửa (MAC không khớp)`]);
  });
});

test('tampering: a deleted record, in the middle or at the end', () => {
  save();
  const n = maxSeq();
  const k = n - 4;
  tampered('a delete in the middle', () => {
    sql(`DELETE FROM audit WHERE seq = ${k}`);
    const v = verify();
    assert.equal(v.status, 1, v.stdout);
    assert.deepEqual(v.lines.slice(0, -1), [`thiếu bản ghi ${k}`]);
    assert.equal(v.problems, 1);
  });
  tampered('three deleted', () => {
    sql(`DELETE FROM audit WHERE seq BETWEEN ${k} AND ${k + 2}`);
    const v = verify();
    assert.equal(v.status, 1);
    assert.deepEqual(v.lines.slice(0, -1), [`thiếu bản ghi ${k}–${k + 2}`]);
  });
  tampered('the last deleted', () => {
    sql(`DELETE FROM audit WHERE seq = ${n}`);
    const v = verify();
    assert.equal(v.status, 1, v.stdout);
    assert.deepEqual(v.lines.slice(0, -1),
      [`đầu chuỗi ghi bản ghi ${n} nhưng bản ghi cuối là ${n - 1}: thiếu bản ghi ${n} ở cuối`]);
    assert.equal(v.problems, 1);
  });
  tampered('the last deleted and the head moved back', () => {
    sql(`DELETE FROM audit WHERE seq = ${n}`);
    sql(`UPDATE audit_head SET seq = ${n - 1}, mac = UNHEX(SHA2('giả', 256))`);
    const v = verify();
    assert.equal(v.status, 1);
    assert.deepEqual(v.lines.slice(0, -1), [`đầu chuỗi: MAC không khớp bản ghi cuối ${n - 1}`]);
  });
});

test('tampering: an inserted record, in the middle (later ones renumbered) or at the end', () => {
  save();
  const n = maxSeq();
  const k = n - 4;
  const cols = 'at, actor_id, actor_kind, action, object_type, object_id, owner_id, agency_id, client_ip';
  tampered('an insertion in the middle', () => {
    // the trigger audit_head_follow (sql/011) moves the head on every
    // insert: the forger puts it back where the renumbering needs it
    sql(`SET @mac = (SELECT mac FROM audit_head);
      UPDATE audit SET seq = seq + 1 WHERE seq >= ${k} ORDER BY seq DESC;
      INSERT INTO audit (seq, ${cols}, detail, mac)
        SELECT ${k}, ${cols}, 'bản ghi giả', UNHEX(SHA2('giả', 256)) FROM audit WHERE seq = ${k + 1};
      UPDATE audit_head SET seq = ${n + 1}, mac = @mac`);
    const v = verify();
    assert.equal(v.status, 1, v.stdout);
    assert.deepEqual(v.lines.slice(0, -1), [
      `bản ghi ${k}: bản ghi chèn thêm, không thuộc chuỗi (MAC không khớp)`,
      `bản ghi ${k + 1}–${n + 1}: sai thứ tự (vốn là bản ghi ${k}–${n})`]);
    assert.equal(v.problems, 2);
  });
  tampered('an insertion at the end, head moved on (by the trigger)', () => {
    sql(`INSERT INTO audit (seq, ${cols}, detail, mac)
        SELECT ${n + 1}, ${cols}, 'bản ghi giả', UNHEX(SHA2('giả', 256)) FROM audit WHERE seq = ${n}`);
    assert.deepEqual(sql('SELECT seq, HEX(mac) = SHA2(\'giả\', 256) FROM audit_head')[0], [String(n + 1), '1']);
    const v = verify();
    assert.equal(v.status, 1, v.stdout);
    assert.deepEqual(v.lines.slice(0, -1), [`bản ghi ${n + 1}: nội dung đã bị sửa (MAC không khớp)`]);
  });
  tampered('an insertion at the end, head put back', () => {
    sql(`SET @seq = (SELECT seq FROM audit_head), @mac = (SELECT mac FROM audit_head);
      INSERT INTO audit (seq, ${cols}, detail, mac)
        SELECT ${n + 1}, ${cols}, 'bản ghi giả', UNHEX(SHA2('giả', 256)) FROM audit WHERE seq = ${n};
      UPDATE audit_head SET seq = @seq, mac = @mac`);
    const v = verify();
    assert.equal(v.status, 1);
    assert.deepEqual(v.lines.slice(0, -1), [`bản ghi ${n + 1}: nội dung đã bị sửa (MAC không khớp)`,
      `đầu chuỗi ghi bản ghi ${n} nhưng có bản ghi đến ${n + 1}: bản ghi ${n + 1} nằm ngoài chuỗi`]);
  });
});

test('tampering: two records swapped', () => {
  save();
  const n = maxSeq();
  const k = n - 4;
  tampered('a swap', () => {
    sql(`UPDATE audit SET seq = 999999999 WHERE seq = ${k};
      UPDATE audit SET seq = ${k} WHERE seq = ${k + 1};
      UPDATE audit SET seq = ${k + 1} WHERE seq = 999999999`);
    const v = verify();
    assert.equal(v.status, 1, v.stdout);
    assert.deepEqual(v.lines.slice(0, -1), [
      `bản ghi ${k}: sai thứ tự (vốn là bản ghi ${k + 1})`,
      `bản ghi ${k + 1}: sai thứ tự (vốn là bản ghi ${k})`]);
    assert.equal(v.problems, 2);
  });
  sql('DROP DATABASE IF EXISTS dvc_audit_saved');
});

// The chain as cgi/domain/audit.c documents it, written again here: the
// records made below are valid only if both agree on every byte.
function field(v) {
  if (v === null) return Buffer.from([0]);
  const b = Buffer.from(String(v), 'utf8');
  const h = Buffer.alloc(5);
  h[0] = 1;
  h.writeUInt32BE(b.length, 1);
  return Buffer.concat([h, b]);
}
function chainMac(key, prev, seq, r) {
  return createHmac('sha256', key).update(Buffer.concat([prev, Buffer.from('dvc-audit-1\n'), field(seq),
    ...[r.at, r.actor_id, r.actor_kind, r.action, r.object_type, r.object_id, r.owner_id, r.agency_id,
      r.client_ip, r.detail].map(field)])).digest();
}
const q = (v) => (v === null ? 'NULL' : `'${String(v).replace(/'/g, "''")}'`);

test('a long chain, read in batches: records made outside dvcctl with the documented encoding verify', () => {
  const keyFile = readFileSync(CONFIG, 'utf8').match(/^\s*Audit\.KeyFile\s*=\s*(.*?)\s*$/m)[1];
  const key = readFileSync(keyFile).subarray(0, 64);
  let [seq, mac] = sql('SELECT seq, HEX(mac) FROM audit_head')[0];
  seq = Number(seq);
  mac = Buffer.from(mac, 'hex');
  const first = seq + 1;
  const values = [];
  for (let i = 0; i < 2100; i++) {
    const r = {
      at: `2026-02-03 04:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.${String(i * 37 % 1000000).padStart(6, '0')}`,
      actor_id: i % 3 ? 100 + i : null, actor_kind: i % 3 ? 'staff' : 'anonymous',
      action: i % 2 ? 'account.read' : 'login.ok', object_type: i % 2 ? 'account' : null,
      object_id: i % 2 ? 7 + i : null, owner_id: i % 4 ? 9 : null, agency_id: i % 5 ? 3 : null,
      client_ip: i % 5 ? `10.0.${i % 250}.1` : null,
      detail: i % 11 === 0 ? '' : i % 7 ? `bản ghi thử ${i} — “Đắk Hà”, a'b` : null,
    };
    seq++;
    mac = chainMac(key, mac, seq, r);
    values.push(`(${seq}, ${q(r.at)}, ${q(r.actor_id)}, ${q(r.actor_kind)}, ${q(r.action)}, ${q(r.object_type)},
      ${q(r.object_id)}, ${q(r.owner_id)}, ${q(r.agency_id)}, ${q(r.client_ip)}, ${q(r.detail)}, UNHEX('${mac.toString('hex')}'))`);
  }
  const ins = spawnSync('mariadb', ['--no-defaults', '-S', DB_SOCK, '-u', 'root', 'dvc'], {
    encoding: 'utf8',
    input: `INSERT INTO audit (seq, at, actor_id, actor_kind, action, object_type, object_id, owner_id,
      agency_id, client_ip, detail, mac) VALUES ${values.join(',\n')};
      UPDATE audit_head SET seq = ${seq}, mac = UNHEX('${mac.toString('hex')}');`,
  });
  assert.equal(ins.status, 0, ins.stderr);
  let v = verify();
  assert.equal(v.status, 0, v.stdout);
  assert.equal(v.stdout, `nhật ký kiểm toán: ${count()} bản ghi, chuỗi nguyên vẹn\n`);

  save();
  const n = seq;
  // audit_verify reads 1000 records at a time and keeps the last 8 of each
  // batch for the next, so the records that straddle batches are k*992 and
  // k*992+1: the first such pair inside the records made here (the other
  // tests may have written many before)
  const a = Math.ceil((first + 1) / 992) * 992;
  assert.ok(a + 993 <= n, 'two batch boundaries inside the records made here');
  tampered('changes around the batch boundaries', () => {
    for (const s of [a, a + 1, a + 992, a + 993, n]) sql(`UPDATE audit SET detail = 'x' WHERE seq = ${s}`);
    v = verify();
    assert.equal(v.status, 1);
    assert.deepEqual(v.lines.slice(0, -1), [a, a + 1, a + 992, a + 993, n].map((s) => `bản ghi ${s}: nội dung đã bị sửa (MAC không khớp)`));
  });
  tampered('an insertion renumbering 1100 records across batches', () => {
    sql(`SET @mac = (SELECT mac FROM audit_head);
      UPDATE audit SET seq = seq + 1 WHERE seq >= ${a} ORDER BY seq DESC;
      INSERT INTO audit (seq, at, actor_kind, action, mac) VALUES (${a}, NOW(6), 'staff', 'login.ok', UNHEX(SHA2('giả', 256)));
      UPDATE audit_head SET seq = ${n + 1}, mac = @mac`);
    v = verify();
    assert.equal(v.status, 1);
    assert.deepEqual(v.lines.slice(0, -1), [
      `bản ghi ${a}: bản ghi chèn thêm, không thuộc chuỗi (MAC không khớp)`,
      `bản ghi ${a + 1}–${n + 1}: sai thứ tự (vốn là bản ghi ${a}–${n})`]);
  });
  tampered('a swap across a batch boundary', () => {
    for (const b of [a - 1, a, a + 1, a + 992]) {
      sql(`UPDATE audit SET seq = 999999999 WHERE seq = ${b};
        UPDATE audit SET seq = ${b} WHERE seq = ${b + 1};
        UPDATE audit SET seq = ${b + 1} WHERE seq = 999999999`);
      v = verify();
      assert.equal(v.status, 1);
      assert.deepEqual(v.lines.slice(0, -1), [
        `bản ghi ${b}: sai thứ tự (vốn là bản ghi ${b + 1})`,
        `bản ghi ${b + 1}: sai thứ tự (vốn là bản ghi ${b})`], `swap of ${b} and ${b + 1}`);
      restore();
    }
  });
  sql('DROP DATABASE IF EXISTS dvc_audit_saved');
});

test("the account responder's database user may read the trail but not change it", () => {
  const text = readFileSync(CONFIG, 'utf8');
  const get = (k) => (text.match(new RegExp(`^\\s*${k.replace(/\./g, '\\.')}\\s*=\\s*(.*?)\\s*$`, 'm')) || [])[1];
  const user = get('Db.Account.User') || 'dvc_account';
  const pw = get('Db.Account.Password');
  assert.ok(pw, 'Db.Account.Password is in the test configuration');
  const as = (q) => spawnSync('mariadb', ['--no-defaults', '-S', DB_SOCK, '-u', user, `-p${pw}`,
    '-N', '-B', 'dvc', '-e', q], { encoding: 'utf8' });
  const before = sql('SELECT COUNT(*), SUM(CRC32(CONCAT_WS(\'|\', seq, action, detail, HEX(mac)))) FROM audit')[0];
  const r = as('SELECT COUNT(*) FROM audit');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), before[0]);
  for (const q of ["UPDATE audit SET detail = 'đã sửa' WHERE seq = 1", 'DELETE FROM audit WHERE seq = 1',
    'DELETE FROM audit', 'TRUNCATE TABLE audit', 'DROP TABLE audit',
    // the head follows new records by the trigger (sql/011): a responder
    // cannot move it back over records it would hide
    'UPDATE audit_head SET seq = seq - 1', 'DELETE FROM audit_head',
    'DROP TRIGGER audit_head_follow']) {
    const d = as(q);
    assert.notEqual(d.status, 0, `${q} must be refused`);
    assert.match(d.stderr, /denied/i, q);
  }
  assert.deepEqual(sql('SELECT COUNT(*), SUM(CRC32(CONCAT_WS(\'|\', seq, action, detail, HEX(mac)))) FROM audit')[0], before);
  assert.equal(verify().status, 0);
});
