// make install into a temporary prefix (--prefix, --sysconfdir,
// --localstatedir all inside it), then from there: the service files name
// the installed paths and pass systemd-analyze verify, dvcctl and a
// responder find the configuration where it was installed, and the
// responder, started the way its unit starts it, serves.
import { test, assert } from '../lib/t.mjs';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fcgi } from '../lib/fcgi.mjs';
import { ROOT, CONFIG } from '../lib/env.mjs';

const T = mkdtempSync('/tmp/dvc-install-');
chmodSync(T, 0o755);	// www-data runs the responder from here
const prefix = join(T, 'usr'), etc = join(T, 'etc'), varDir = join(T, 'var');
const units = join(prefix, 'lib/systemd/system');
const www = Number(execFileSync('id', ['-u', 'www-data'], { encoding: 'utf8' }));

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')}:\n${(r.stdout || '').slice(-3000)}\n${(r.stderr || '').slice(-3000)}`);
  return r;
}

test('configure with a prefix of its own, make, make install', () => {
  const b = join(T, 'build');
  mkdirSync(b);
  run(join(ROOT, 'configure'), ['-q', `--prefix=${prefix}`, `--sysconfdir=${etc}`,
    `--localstatedir=${varDir}`], { cwd: b });
  run('nice', ['-n', '10', 'make', '-s', '-j2'], { cwd: b });
  run('make', ['-s', 'install'], { cwd: b });
  for (const f of ['sbin/dvcctl', 'libexec/dvc/dvc-public', 'libexec/dvc/dvc-office',
    'share/dvc/templates/layout.cs', 'share/dvc/etc/dvc.hdf', 'share/man/man5/dvc.hdf.5',
    'lib/systemd/system/dvc@.service', 'lib/systemd/system/dvc@.socket',
    'lib/systemd/system/dvc-mail.timer', 'lib/systemd/system/dvc-sweep.timer',
    'lib/systemd/system/dvc-purge.timer',
    'lib/sysusers.d/dvc.conf', 'lib/tmpfiles.d/dvc.conf'])
    assert.ok(existsSync(join(prefix, f)), f);
  assert.ok(existsSync(join(etc, 'logrotate.d/dvc')), 'logrotate file in SYSCONFDIR/logrotate.d');
  // the login pool's name for dvc@login: dvc-account under another name
  assert.equal(readlinkSync(join(prefix, 'libexec/dvc/dvc-login')), 'dvc-account');
  // and its drop-in: a larger share of the processors, two workers
  const dropin = readFileSync(join(units, 'dvc@login.service.d/login.conf'), 'utf8').split('\n');
  for (const l of ['[Service]', 'CPUWeight=250', 'Environment=DVC_WORKERS=2'])
    assert.ok(dropin.includes(l), l);
}, { timeout: 1200000 });

test('the service files name the installed paths', () => {
  const svc = readFileSync(join(units, 'dvc@.service'), 'utf8');
  assert.match(svc, new RegExp(`^ExecStart=${prefix}/libexec/dvc/dvc-%i -c ${etc}/dvc/dvc\\.hdf -w \\$\\{DVC_WORKERS\\}$`, 'm'));
  assert.match(svc, new RegExp(`^ReadWritePaths=${varDir}/lib/dvc -${varDir}/log/dvc$`, 'm'));
  for (const h of ['User=dvc', 'NoNewPrivileges=yes', 'ProtectSystem=strict', 'PrivateTmp=yes',
    'StandardInput=socket', 'ExecReload=/bin/kill -HUP $MAINPID'])
    assert.ok(svc.split('\n').includes(h), h);
  assert.match(readFileSync(join(units, 'dvc-mail.service'), 'utf8'),
    new RegExp(`^ExecStart=${prefix}/sbin/dvcctl -c ${etc}/dvc/dvcctl\\.hdf mail send$`, 'm'));
  assert.match(readFileSync(join(units, 'dvc-sweep.service'), 'utf8'), /dvcctl -c \S+ store sweep$/m);
  assert.match(readFileSync(join(units, 'dvc-purge.service'), 'utf8'), /dvcctl -c \S+ purge$/m);
  assert.match(readFileSync(join(etc, 'logrotate.d/dvc'), 'utf8'), new RegExp(`^${varDir}/log/dvc/\\*\\.log \\{$`, 'm'));
  const hdf = readFileSync(join(prefix, 'share/dvc/etc/dvc.hdf'), 'utf8');
  assert.match(hdf, new RegExp(`^  Templates = ${prefix}/share/dvc/templates$`, 'm'));
  assert.match(hdf, new RegExp(`^  Dir = ${varDir}/lib/dvc/files$`, 'm'));
  assert.match(hdf, new RegExp(`^  SecretFile = ${etc}/dvc/secret$`, 'm'));
  assert.ok(!hdf.includes('/usr/local'), 'no /usr/local left in the installed example');
});

test('systemd-analyze verify passes every unit; the responder unit is hardened', () => {
  // dvc@login.service with its drop-in (systemd-analyze reads the
  // folder beside the unit): a key systemd does not know is a complaint
  const names = ['dvc@public.service', 'dvc@public.socket', 'dvc@office.service', 'dvc@login.service', 'dvc-mail.service',
    'dvc-mail.timer', 'dvc-sweep.service', 'dvc-sweep.timer', 'dvc-remind.service', 'dvc-remind.timer',
    'dvc-purge.service', 'dvc-purge.timer'];
  const r = spawnSync('systemd-analyze', ['verify', '--man=no', ...names.map((n) => join(units, n))],
    { encoding: 'utf8', cwd: T });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr.trim(), '', r.stderr);
  const s = spawnSync('systemd-analyze', ['security', '--offline=true', join(units, 'dvc@public.service')],
    { encoding: 'utf8', cwd: T });
  const m = (s.stdout + s.stderr).match(/Overall exposure level for dvc@public\.service: ([0-9.]+)/);
  assert.ok(m, s.stdout + s.stderr);
  assert.ok(Number(m[1]) <= 2.5, `exposure ${m[1]}`);
});

test('started from the installed tree: dvcctl and the responder find the configuration, the responder serves', async () => {
  // the folders the tmpfiles file makes at boot, as it says
  for (const l of readFileSync(join(prefix, 'lib/tmpfiles.d/dvc.conf'), 'utf8').split('\n')) {
    const m = l.match(/^d (\S+) (\d+) /);
    if (!m) continue;
    assert.ok(m[1].startsWith(varDir), m[1]);
    mkdirSync(join(m[1], '..'), { recursive: true, mode: 0o755 });
    mkdirSync(m[1], { mode: parseInt(m[2], 8) });
    chownSync(m[1], www, 0);
  }
  // the configuration where the build puts it: the test stack's database
  // and secrets; the installed paths left to their built-in defaults
  mkdirSync(join(etc, 'dvc'), { recursive: true });
  const drop = /^(#include|Paths\.|Storage\.Dir|Metrics\.Dir|Account\.CommonPasswordsFile|Log\.File)/;
  const cfg = readFileSync(CONFIG, 'utf8').split('\n').filter((l) => !drop.test(l)).join('\n') +
    `\nLog.File = ${varDir}/log/dvc/dvc.log\n`;
  const cpath = join(etc, 'dvc/dvc.hdf');
  writeFileSync(cpath, cfg, { mode: 0o640 });
  chownSync(cpath, 0, Number(execFileSync('id', ['-g', 'www-data'], { encoding: 'utf8' })));
  const env = { ...process.env };
  delete env.DVC_CONFIG;
  // dvcctl without -c: the same compiled-in path as the responders
  const c = run(join(prefix, 'sbin/dvcctl'), ['check-config'], { env });
  assert.match(c.stdout + c.stderr, new RegExp(`${etc}/dvc/dvc\\.hdf`));
  run(join(prefix, 'sbin/dvcctl'), ['migrate', '--status'], { env });
  run(join(prefix, 'libexec/dvc/dvc-public'), ['-t'], { env });
  // -t as root makes no log file the responders' account could not open
  assert.ok(!existsSync(join(varDir, 'log/dvc/dvc.log')), '-t left no log file behind');
  // what dvc@public.service runs, with the socket on standard input
  // (spawn-fcgi gives it the same way as systemd's StandardInput=socket)
  const sock = join(T, 'public.sock'), pidf = join(T, 'public.pid');
  run('spawn-fcgi', ['-s', sock, '-M', '0600', '-u', 'www-data', '-g', 'www-data', '-P', pidf, '--',
    join(prefix, 'libexec/dvc/dvc-public'), '-w', '2'], { env });
  const pid = Number(readFileSync(pidf, 'utf8'));
  try {
    let h;
    for (let i = 0; i < 50; i++) {
      h = await fcgi({ uri: '/_health', sock });
      if (h.status === 200) break;
      await new Promise((res) => setTimeout(res, 200));
    }
    assert.equal(h.status, 200, h.body);
    assert.match(h.body, /^store: ok$/m);
    const page = await fcgi({ uri: '/thong-bao', sock });
    assert.equal(page.status, 200);
    assert.ok(existsSync(join(varDir, 'lib/dvc/files/quarantine')), 'Storage.Dir under LOCALSTATEDIR');
    assert.ok(existsSync(join(varDir, 'lib/dvc/metrics/public.metrics')), 'Metrics.Dir under LOCALSTATEDIR');
    assert.match(readFileSync(join(varDir, 'log/dvc/dvc.log'), 'utf8'), new RegExp(`ev=start config="${etc}/dvc/dvc\\.hdf"`));
  } finally {
    process.kill(pid, 'SIGTERM');
  }
  for (let i = 0; i < 50 && existsSync(`/proc/${pid}`); i++) await new Promise((res) => setTimeout(res, 100));
  assert.ok(!existsSync(`/proc/${pid}`), 'stopped by SIGTERM');
  rmSync(T, { recursive: true, force: true });
}, { timeout: 60000 });
