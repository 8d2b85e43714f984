// Backups (issue 17, section 3): dvcctl backup DIR while the portal runs
// (a consistent dump, the store copied by hash, a manifest with
// checksums), a second backup into the same DIR copying only what is new,
// a damaged backup refused, and dvcctl restore DIR into a fresh instance
// (its own database, responder accounts and file store): the dossier, its
// files' hashes, the audit chain and a responder on it.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, statSync, existsSync, mkdirSync, rmSync, chownSync, appendFileSync } from 'node:fs';
import { spawnSync, execFileSync } from 'node:child_process';
import { test, assert } from '../lib/t.mjs';
import { RUN, BUILD, CONFIG, sql, configWith } from '../lib/env.mjs';
import { fcgi, startResponder } from '../lib/fcgi.mjs';
import { submitted } from '../lib/office.mjs';

const DIR = `${RUN}/backup-test`;
const FILES = `${RUN}/restore-files`;
const DB = 'dvc_restore_test';
const USERS = ['public', 'api', 'account', 'dossier', 'office'];
const sha = (p) => createHash('sha256').update(readFileSync(p)).digest('hex');

function ctl(args, config = CONFIG) {
  return spawnSync(`${BUILD}/dvcctl`, ['-c', config, ...args], { encoding: 'utf8' });
}

// The fresh instance: what a hosting admin makes on a new machine (an
// empty database the owner account may use), a store folder of its own,
// and responder accounts of its own so the test stack's stay as they are.
function freshInstance() {
  sql(`DROP DATABASE IF EXISTS ${DB}; CREATE DATABASE ${DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    GRANT ALL PRIVILEGES ON ${DB}.* TO 'dvc_owner'@'localhost' WITH GRANT OPTION`);
  rmSync(FILES, { recursive: true, force: true });
  mkdirSync(FILES, { mode: 0o700 });
  const www = Number(execFileSync('id', ['-u', 'www-data'], { encoding: 'utf8' }));
  chownSync(FILES, www, Number(execFileSync('id', ['-g', 'www-data'], { encoding: 'utf8' })));
  const cap = (u) => u[0].toUpperCase() + u.slice(1);
  return configWith('restore-test', {
    drop: ['Db.Name', 'Storage.Dir', ...USERS.map((u) => `Db.${cap(u)}.User`)],
    extra: [`Db.Name = ${DB}`, `Storage.Dir = ${FILES}`, ...USERS.map((u) => `Db.${cap(u)}.User = dvcr_${u}`)].join('\n'),
  });
}

function dropInstance() {
  sql(`DROP DATABASE IF EXISTS ${DB}; ${USERS.map((u) => `DROP USER IF EXISTS 'dvcr_${u}'@'localhost';`).join(' ')}`);
  rmSync(FILES, { recursive: true, force: true });
}

test('backup while the portal runs, incremental, checked; restore into a fresh instance that works', async () => {
  rmSync(DIR, { recursive: true, force: true });
  const d = await submitted();
  // the dossier's files (one stored file may serve several documents)
  const all = sql(`SELECT sha256 FROM dossier_file WHERE dossier_id = ${d.id} ORDER BY sha256`).map((r) => r[0]);
  const hashes = [...new Set(all)];
  assert.ok(hashes.length >= 1);
  const row = sql(`SELECT code, status, proc_code, applicant_id_number FROM dossier WHERE id = ${d.id}`)[0];

  // 1. the backup
  const b = ctl(['backup', DIR]);
  assert.equal(b.status, 0, b.stderr);
  assert.match(b.stdout, /đã sao lưu vào .*: CSDL \(migration \d{3}\), \d+ tệp mới/);
  assert.match(b.stdout, /giữ riêng Security\.SecretFile và Audit\.KeyFile/);
  assert.equal(statSync(DIR).mode & 0o777, 0o700, 'the backup folder is private');
  const manifest = readFileSync(`${DIR}/manifest`, 'utf8');
  assert.match(manifest, /^dvc-backup 1\nrelease \S+\nmigration \d{3}\ncreated \d{4}-/);
  const dbLine = manifest.split('\n').find((l) => l.endsWith(' db.sql')).split(' ');
  assert.equal(dbLine[0], sha(`${DIR}/db.sql`), 'the dump\'s checksum');
  assert.match(readFileSync(`${DIR}/db.sql`, 'utf8'), new RegExp(row[0].replace(/\./g, '\\.')));
  for (const h of hashes) {
    const rel = `files/${h.slice(0, 2)}/${h.slice(2, 4)}/${h}`;
    assert.ok(manifest.includes(`${h} `) && manifest.includes(rel), `${h} in the manifest`);
    assert.equal(sha(`${DIR}/${rel}`), h, 'the copy has the bytes of its name');
  }
  assert.ok(!readFileSync(`${DIR}/db.sql`, 'utf8').includes('Dv1-'), 'no password of the configuration in the dump');
  assert.ok(!existsSync(`${DIR}/secret`) && !manifest.includes('audit.key'), 'no secret in the backup');

  // 2. again into the same folder: what it has is not copied again
  const first = `${DIR}/files/${hashes[0].slice(0, 2)}/${hashes[0].slice(2, 4)}/${hashes[0]}`;
  const ino = statSync(first).ino;
  const again = ctl(['backup', DIR]);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /\d+ tệp đã có từ lần trước/);
  assert.ok(Number(again.stdout.match(/(\d+) tệp đã có/)[1]) >= hashes.length);
  assert.equal(statSync(first).ino, ino, 'a file already in the backup is left as it is');

  const cfg = freshInstance();
  try {
    // 3. a damaged backup is refused and restores nothing
    const saved = readFileSync(first);
    appendFileSync(first, 'x');
    const bad = ctl(['restore', DIR], cfg);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /không khớp tổng kiểm tra/);
    assert.match(bad.stderr, /không phục hồi gì/);
    assert.equal(sql(`SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '${DB}'`)[0][0], '0');
    writeFileSync(first, saved);

    // 4. the restore
    const r = ctl(['restore', DIR], cfg);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /đã phục hồi CSDL dvc_restore_test/);
    assert.match(r.stdout, /CSDL đã cập nhật/);
    assert.deepEqual(sql(`SELECT code, status, proc_code, applicant_id_number FROM ${DB}.dossier WHERE id = ${d.id}`)[0], row);
    assert.deepEqual(sql(`SELECT sha256 FROM ${DB}.dossier_file WHERE dossier_id = ${d.id} ORDER BY sha256`).map((x) => x[0]), all);
    for (const h of hashes) {
      const p = `${FILES}/${h.slice(0, 2)}/${h.slice(2, 4)}/${h}`;
      assert.equal(sha(p), h, 'the restored store has the file');
      assert.equal(statSync(p).uid, statSync(FILES).uid, 'owned like the store');
    }
    // the audit chain is whole (the same Audit.KeyFile)
    const v = ctl(['audit', 'verify'], cfg);
    assert.equal(v.status, 0, v.stderr + v.stdout);
    // a responder runs on it with its own account and grants
    const pub = await startResponder('public', cfg);
    try {
      for (const uri of ['/', '/thu-tuc', `/thu-tuc/${row[2]}`]) {
        const page = await fcgi({ uri, sock: pub.sock });
        assert.equal(page.status, 200, `${uri}: ${page.body.slice(0, 300)}`);
      }
    } finally {
      await pub.stop();
    }
    // 5. a second restore into the now full database is refused
    const twice = ctl(['restore', DIR], cfg);
    assert.equal(twice.status, 1);
    assert.match(twice.stderr, /chỉ vào một CSDL trống/);
  } finally {
    dropInstance();
    rmSync(DIR, { recursive: true, force: true });
  }
}, { timeout: 240000 });
