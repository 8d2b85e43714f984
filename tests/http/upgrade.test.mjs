// Upgrades (issue 17, section 3): the release is named by dvcctl --version
// and in every page's head; dvcctl migrate works where MariaDB has a
// password-validation plugin (simple_password_check installed on the test
// instance), says clearly when a password does not pass it, and refuses a
// database that a newer release migrated further.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { test, assert } from '../lib/t.mjs';
import { get } from '../lib/http.mjs';
import { NGINX, ROOT, BUILD, CONFIG, DB_SOCK, sql, configWith } from '../lib/env.mjs';

export const serial = 'installs a password-validation plugin in the test MariaDB, which judges every password set meanwhile';

function ctl(args, config = CONFIG) {
  return spawnSync(`${BUILD}/dvcctl`, ['-c', config, ...args], { encoding: 'utf8' });
}

// The release as configure.ac names it.
const release = readFileSync(`${ROOT}/configure.ac`, 'utf8').match(/AC_INIT\(\[dvc\], \[([^\]]+)\]/)[1];

test('the release: dvcctl --version and the generator meta tag of every page', async () => {
  const v = spawnSync(`${BUILD}/dvcctl`, ['--version'], { encoding: 'utf8' });
  assert.equal(v.status, 0);
  assert.equal(v.stdout, `dvcctl (dvc) ${release}\n`);
  for (const path of ['/', '/thu-tuc', '/tai-khoan/dang-nhap']) {
    const r = await get(NGINX, path);
    assert.equal(r.status, 200, path);
    assert.ok(r.body.includes(`<meta name="generator" content="dvc ${release}">`), path);
  }
});

test('migrate with simple_password_check: the generated passwords pass, a weak one is named, nothing breaks', async () => {
  sql("INSTALL SONAME 'simple_password_check'");
  try {
    assert.equal(sql("SELECT PLUGIN_STATUS FROM information_schema.plugins WHERE PLUGIN_NAME = 'simple_password_check'")[0][0], 'ACTIVE');
    // the plugin is on: a password it judges weak is refused by the server
    const weak = spawnSync('mariadb', ['--no-defaults', '-S', DB_SOCK, '-u', 'root', '-e',
      "CREATE USER 'dvc_thu_yeu'@'localhost' IDENTIFIED BY 'yeu'"], { encoding: 'utf8' });
    assert.notEqual(weak.status, 0, 'the plugin refuses a weak password');
    // the stack's own passwords (./dvc-dev makes them) pass it
    const r = ctl(['migrate']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /CSDL đã cập nhật/);
    // the responders still reach the database with them
    assert.equal((await get(NGINX, '/thu-tuc')).status, 200);
    assert.equal((await get(NGINX, '/tai-khoan/dang-nhap')).status, 200);
    // a weak password in the configuration: a clear message, exit 1
    const cfg = configWith('upgrade-weak', { drop: ['Db.Office.Password'], extra: 'Db.Office.Password = matkhau' });
    const w = ctl(['migrate'], cfg);
    assert.equal(w.status, 1);
    assert.match(w.stderr, /plugin kiểm tra mật khẩu/);
    assert.match(w.stderr, /Db\.Office\.Password/);
    assert.doesNotMatch(w.stderr, /matkhau/, 'the password is not printed');
    // and the office responder kept its account as it was
    assert.equal(ctl(['migrate']).status, 0);
  } finally {
    sql("UNINSTALL SONAME 'simple_password_check'");
  }
});

test('migrate: a password with a quote is refused before any SQL', () => {
  const cfg = configWith('upgrade-quote', { drop: ['Db.Api.Password'], extra: "Db.Api.Password = Abc-123'; DROP USER x; --" });
  const r = ctl(['migrate'], cfg);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /Db\.Api\.Password không được chứa dấu nháy đơn/);
});

test('migrate refuses a database a newer release migrated further, and changes nothing', () => {
  const before = sql('SELECT COUNT(*), MAX(version) FROM schema_migration')[0];
  // what a newer release's migrate leaves (this code cannot make it)
  sql("INSERT INTO schema_migration (version, name, checksum) VALUES (999, '999-tu-ban-moi.sql', REPEAT('0', 64))");
  try {
    const r = ctl(['migrate']);
    assert.equal(r.status, 3);
    assert.match(r.stderr, /phiên bản mới hơn nâng cấp \(migration 999\)/);
    assert.match(r.stderr, new RegExp(`dvc ${release.replace(/\./g, '\\.')} chỉ biết đến migration ${before[1].padStart(3, '0')}`));
    assert.match(r.stderr, /không thay đổi gì/);
  } finally {
    sql('DELETE FROM schema_migration WHERE version = 999');
  }
  assert.deepEqual(sql('SELECT COUNT(*), MAX(version) FROM schema_migration')[0], before);
  assert.equal(ctl(['migrate']).status, 0);
});
