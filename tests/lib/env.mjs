// What ./dvc-dev test tells the tests about the stack it started.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, readFileSync, writeFileSync } from 'node:fs';
import { assert } from './t.mjs';

function need(name) {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run the tests with ./dvc-dev test`);
  return v;
}

export const ROOT = need('DVC_ROOT');
export const RUN = need('DVC_RUN');
export const CONFIG = need('DVC_CONFIG_FILE');
export const BUILD = need('DVC_BUILD');
export const NGINX = need('DVC_NGINX');
export const APACHE = need('DVC_APACHE');
export const PUBLIC_SOCK = need('DVC_PUBLIC_SOCK');
export const DB_SOCK = need('DVC_DB_SOCK');
export const LOG = `${RUN}/log/dvc.log`;
// The SMTP sink (tests/lib/smtp-sink.mjs) the instance's msmtp delivers
// to: one <time>-<n>.eml and .json per message in MAILDIR.
export const MAILDIR = need('DVC_MAILDIR');
export const SMTP_PORT = Number(need('DVC_SMTP_PORT'));
// The address this file's requests come from (tests/lib/http.mjs), and the
// browser's, which cannot choose one.
export const CLIENT_IP = process.env.DVC_CLIENT_IP || '127.0.0.1';
export const BROWSER_IP = '127.0.0.1';

// SQL as the database's root, for checking what the portal stored and for
// putting tables in a known state. Returns rows as arrays of strings.
export function sql(query) {
  const out = execFileSync('mariadb', ['--no-defaults', '-S', DB_SOCK, '-u', 'root',
    '-N', '-B', 'dvc', '-e', query], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l !== '').map((l) => l.split('\t'));
}

// The waits and counts the portal keeps for one client address (failed
// logins, registrations, tracking guesses): cleared for a test that must
// start without them. Other addresses' are left alone: other files run at
// the same time.
export function clearThrottle(ip = CLIENT_IP) {
  sql(`DELETE FROM login_throttle WHERE k IN ('i:${ip}', 'r:${ip}');
    DELETE FROM track_throttle WHERE client_ip = '${ip}'`);
}

// A configuration of a test's own: the stack's, without the keys in drop,
// then the lines of extra. The stack's own file sets what the tests need
// to differ from the shipped defaults (etc/dvc.hdf), such as the low
// password-hashing cost; dropping a key brings its default back.
// Readable by the responders' account, as the stack's is.
export function configWith(name, { drop = [], extra = '' } = {}) {
  const keep = (l) => !drop.some((k) => new RegExp(`^\\s*${k.replace(/\./g, '\\.')}\\s*=`).test(l));
  const path = `${RUN}/etc/${name}.hdf`;
  writeFileSync(path, readFileSync(CONFIG, 'utf8').split('\n').filter(keep).join('\n') + `\n${extra}\n`);
  chownSync(path, 0, Number(execFileSync('id', ['-g', 'www-data'], { encoding: 'utf8' })));
  chmodSync(path, 0o640);
  return path;
}

// A password ./dvc-dev generated for this instance (owner, public).
export function dbPassword(name) {
  const line = readFileSync(`${RUN}/etc/passwords`, 'utf8').split('\n')
    .find((l) => l.startsWith(`${name}=`));
  return line.slice(name.length + 1);
}

export function dvcDev(...args) {
  return execFileSync(`${ROOT}/dvc-dev`, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function logText() {
  return readFileSync(LOG, 'utf8');
}

export function pidOf(name) {
  return readFileSync(`${RUN}/pid/${name}.pid`, 'utf8').trim();
}

// Runs a C test program of tests/db (built in BUILD) on this stack's
// configuration and checks its TAP: no "not ok" or "Bail out", at least
// min checks, the plan printed (it ran to the end), exit status 0.
export function tapProgram(name, min, timeout = 60000) {
  // maxBuffer: test_transitions prints about 1.3 MB of TAP, past node's
  // 1 MiB default, which kills the program mid-way (ENOBUFS)
  const r = spawnSync(`${BUILD}/tests/db/${name}`, [CONFIG], { encoding: 'utf8', timeout, maxBuffer: 16 << 20 });
  const lines = r.stdout.split('\n');
  const bad = lines.filter((l) => l.startsWith('not ok') || l.startsWith('Bail out'));
  const good = lines.filter((l) => l.startsWith('ok '));
  assert.deepEqual(bad, [], lines.filter((l) => !l.startsWith('ok ')).join('\n') + '\n' + r.stderr.slice(0, 3000));
  assert.ok(good.length >= min, `${good.length} checks ran`);
  assert.match(r.stdout, /^1\.\.\d+$/m, 'the plan was printed: the program ran to the end');
  assert.equal(r.status, 0, r.stderr);
}
