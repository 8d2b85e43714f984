// Start-up: a bad configuration stops every program with a message that
// names the key; no request is ever served with a half-read config.
import { test, assert } from '../lib/t.mjs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, chmodSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD, CONFIG } from '../lib/env.mjs';

const dir = mkdtempSync(join(tmpdir(), 'dvc-startup-'));
const base = readFileSync(CONFIG, 'utf8');

function withConfig(extra) {
  const f = join(dir, `c${Math.random().toString(36).slice(2)}.hdf`);
  writeFileSync(f, base + '\n' + extra + '\n');
  chmodSync(f, 0o600);
  return f;
}

function start(cfg, args = []) {
  return spawnSync(`${BUILD}/dvc-public`, ['-c', cfg, '-s', join(dir, 'x.sock'), ...args],
    { encoding: 'utf8', timeout: 10000 });
}

for (const [line, key] of [
  ['Limits.BodyMaxx = 5', 'Limits.BodyMaxx'],
  ['Limits.BodyMax = lots', 'Limits.BodyMax'],
  ['Db.ConnectTimeout = 0', 'Db.ConnectTimeout'],
  ['Site.Language = fr', 'Site.Language'],
  ['Site.BaseURL = kontum.gov.vn', 'Site.BaseURL'],
  ['Log.Level = loud', 'Log.Level'],
]) {
  test(`bad config key: "${line}" stops start-up naming ${key}`, () => {
    const r = start(withConfig(line));
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, new RegExp(key.replace('.', '\\.')));
    assert.match(r.stderr, /^dvc-public: /);
  });
}

test('missing secret file: start-up error names Security.SecretFile', () => {
  const r = start(withConfig(`Security.SecretFile = ${dir}/nope`));
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /Security\.SecretFile/);
});

test('templates that do not parse: start-up error names the template', () => {
  const r = start(withConfig(`Paths.Templates = ${dir}`));
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /tệp ngôn ngữ .*lang\/vi\.hdf/);
});

test('a stray } in the file: error with the line number', () => {
  const f = join(dir, 'brace.hdf');
  writeFileSync(f, 'Site.Name = Thử\n}\nLimits.BodyMax = 5\n');
  const r = start(f);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /brace\.hdf:2/);
});

test('dvcctl check-config says the same', () => {
  const r = spawnSync(`${BUILD}/dvcctl`, ['-c', withConfig('Limits.Fields = many'), 'check-config'], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /Limits\.Fields/);
  const ok = spawnSync(`${BUILD}/dvcctl`, ['-c', CONFIG, 'check-config'], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
});

test('dvc-public -t checks configuration and templates without serving', () => {
  const r = spawnSync(`${BUILD}/dvc-public`, ['-t', '-c', CONFIG], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /hợp lệ/);
});

test('run on a terminal without a FastCGI socket: a clear refusal', () => {
  const r = spawnSync(`${BUILD}/dvc-public`, ['-c', CONFIG], { encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /spawn-fcgi|mod_fcgid|-s SOCKET/);
});

test('single-user mode: one database account for everything, no grants needed', async () => {
  const { fcgi } = await import('../lib/fcgi.mjs');
  const { dbPassword } = await import('../lib/env.mjs');
  const cfg = withConfig(`Db.SingleUser = 1\nDb.User = dvc_owner\nDb.Password = ${dbPassword('owner')}\n` +
    'Db.Public.Password =\nDb.Owner.Password =');
  const m = spawnSync(`${BUILD}/dvcctl`, ['-c', cfg, 'migrate'], { encoding: 'utf8' });
  assert.equal(m.status, 0, m.stderr);
  assert.match(m.stdout, /\(0 migration mới\)/);
  const sock = join(dir, 'single.sock');
  const { spawn } = await import('node:child_process');
  const p = spawn(`${BUILD}/dvc-public`, ['-c', cfg, '-s', sock], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 50 && !existsSync(sock); i++) await new Promise((r) => setTimeout(r, 100));
    const r = await fcgi({ uri: '/thong-bao', sock });
    assert.equal(r.status, 200);
    assert.match(r.body, /Cổng Dịch vụ công tỉnh Kon Tum chính thức vận hành/);
  } finally {
    p.kill('SIGTERM');
  }
});

test('a responder account without a password stops migrate with the key named', () => {
  const r = spawnSync(`${BUILD}/dvcctl`, ['-c', withConfig('Db.Public.Password ='), 'migrate'], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /Db\.Public\.Password/);
});
