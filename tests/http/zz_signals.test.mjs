// Signals under load (wrk through nginx): SIGHUP reloads the public
// responder (configuration, templates, log) and a graceful restart puts a
// new one on the socket, without a request lost; a reload with a broken
// configuration is refused and the old one keeps serving; a supervisor
// killed outright takes its workers with it and its replacement serves at
// once. These are the commands the systemd units run (etc/systemd).
import { test, assert } from '../lib/t.mjs';
import { spawn, execFileSync } from 'node:child_process';
import { appendFileSync, chmodSync, chownSync, existsSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { get } from '../lib/http.mjs';
import { NGINX, RUN, BUILD, PUBLIC_SOCK, configWith, logText, pidOf } from '../lib/env.mjs';

// tests/run.mjs runs this file alone, because it:
export const serial = 'reloads, restarts and kills the shared public responder';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const wwwData = Number(execFileSync('id', ['-u', 'www-data'], { encoding: 'utf8' }));
const wwwGroup = Number(execFileSync('id', ['-g', 'www-data'], { encoding: 'utf8' }));

function children(pid) {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
  } catch { return []; }
}
const alive = (pid) => existsSync(`/proc/${pid}`) &&
  !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));

// wrk for secs seconds on a page of dvc-public; resolves with its counts
function wrk(secs) {
  return new Promise((resolve, reject) => {
    const p = spawn('wrk', ['-t2', '-c16', `-d${secs}s`, '--timeout', '10s', `${NGINX}/thong-bao`]);
    let out = '';
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { out += d; });
    p.on('error', reject);
    p.on('close', () => {
      const n = (re) => { const m = out.match(re); return m ? Number(m[1]) : 0; };
      resolve({
        out,
        requests: n(/(\d+) requests in/),
        non2xx: n(/Non-2xx or 3xx responses: (\d+)/),
        errors: (out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/) || [0, 0, 0, 0, 0])
          .slice(1).reduce((a, b) => a + Number(b), 0),
      });
    });
  });
}

// A responder on the stack's socket, started the way the documentation
// says for a restart without socket activation: its own -s (unlink, bind),
// as www-data; resolves with its pid once the new socket is in place.
async function startResponder(cfg) {
  const err = openSync(`${RUN}/log/public-restart.err`, 'a');
  const p = spawn(`${BUILD}/dvc-public`, ['-c', cfg, '-s', PUBLIC_SOCK, '-w', '4'],
    { uid: wwwData, gid: wwwGroup, detached: true, stdio: ['ignore', 'ignore', err] });
  p.unref();
  // it logs its start once its socket is in place
  const started = new RegExp(`dvc-public\\[${p.pid}\\] lvl=info ev=start `);
  for (let i = 0; i < 100 && !started.test(logText()); i++) await sleep(50);
  assert.match(logText(), started, 'the new responder is listening');
  // ./dvc-dev stops what the pid file names
  writeFileSync(`${RUN}/pid/public.pid`, `${p.pid}\n`);
  return p.pid;
}

const cfg = configWith('signals');
// The stack's socket folder is root's (spawn-fcgi opens the sockets as
// root); a responder started as www-data with -s must replace its socket.
chownSync(dirname(PUBLIC_SOCK), 0, wwwGroup);
chmodSync(dirname(PUBLIC_SOCK), 0o775);

// Waits up to ms for cond(); returns whether it came.
async function waitFor(cond, ms) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100))
    if (cond()) return true;
  return cond();
}

test('SIGHUP twice and a graceful restart under wrk: no request lost', async () => {
  const master = Number(pidOf('public'));
  const workers0 = children(master);
  assert.ok(workers0.length >= 2, `workers ${workers0}`);
  const logStart = logText().length;
  const starts = () => (logText().slice(logStart).match(new RegExp(`dvc-public\\[${master}\\] lvl=info ev=start `, 'g')) || []).length;
  const SECS = 30;
  const t0 = Date.now();
  const load = wrk(SECS);
  await sleep(1000);
  process.kill(master, 'SIGHUP');
  assert.ok(await waitFor(() => starts() >= 1, 20000), 'the supervisor ran again');
  // the old workers finish and exit; the new ones serve
  assert.ok(await waitFor(() => workers0.every((w) => !alive(w)), 15000), `old workers left: ${workers0.filter(alive)}`);
  process.kill(master, 'SIGHUP');
  assert.ok(await waitFor(() => starts() >= 2, 20000), 'the supervisor ran again, twice');
  assert.ok(alive(master), 'the supervisor lives on after SIGHUP (same pid)');
  // graceful restart: the new responder on the socket, then the old one
  // told to finish
  const fresh = await startResponder(cfg);
  assert.ok(Date.now() - t0 < (SECS - 2) * 1000, 'the restart came while wrk was still running');
  process.kill(master, 'SIGTERM');
  const r = await load;
  assert.ok(r.requests > 100, r.out);
  assert.equal(r.non2xx, 0, `non-2xx answers:\n${r.out}`);
  assert.equal(r.errors, 0, `socket errors:\n${r.out}`);
  const log = logText().slice(logStart);
  assert.equal((log.match(/ ev=reload [^\n]*config="re-reading"/g) || []).length, 2, 'two reloads logged');
  for (let i = 0; i < 150 && alive(master); i++) await sleep(100);
  assert.ok(!alive(master), 'the old supervisor exited');
  assert.equal((await get(NGINX, '/thong-bao')).status, 200);
  assert.ok(alive(fresh));
}, { timeout: 120000 });

test('SIGHUP with a configuration that does not load: refused, the old one keeps serving', async () => {
  const master = Number(pidOf('public'));
  const good = readFileSync(cfg, 'utf8');
  const logStart = logText().length;
  appendFileSync(cfg, '\nLimits.BodyMax = lots\n');
  try {
    process.kill(master, 'SIGHUP');
    let log = '';
    for (let i = 0; i < 100 && !/did not pass -t/.test(log); i++) {
      await sleep(100);
      log = logText().slice(logStart);
    }
    assert.match(log, /ev=reload [^\n]*the new configuration did not pass -t/);
    // not run again (workers are recycled every 200 requests here, so
    // their pids say nothing)
    assert.doesNotMatch(log, new RegExp(`dvc-public\\[${master}\\] lvl=info ev=(reload|start) `));
    assert.ok(alive(master));
    assert.equal((await get(NGINX, '/thong-bao')).status, 200);
  } finally {
    writeFileSync(cfg, good);
  }
});

test('a supervisor killed outright takes its workers with it; the replacement serves at once', async () => {
  const master = Number(pidOf('public'));
  const workers = children(master);
  assert.ok(workers.length >= 2);
  process.kill(master, 'SIGKILL');
  for (let i = 0; i < 50 && workers.some(alive); i++) await sleep(100);
  assert.deepEqual(workers.filter(alive), [], 'no orphan worker left serving');
  await startResponder(cfg);
  const r = await get(NGINX, `/thong-bao?lan=${Date.now()}`);
  assert.equal(r.status, 200, 'the first request after the replacement is served');
}, { timeout: 30000 });

test('a lone worker (spawn-fcgi without -w, as mod_fcgid runs it) reloads itself on SIGHUP between requests', async () => {
  const { fcgi } = await import('../lib/fcgi.mjs');
  const { mkdtempSync } = await import('node:fs');
  const dir = mkdtempSync('/tmp/dvc-lone-');
  chmodSync(dir, 0o755);
  const sock = `${dir}/lone.sock`, pidf = `${dir}/lone.pid`;
  execFileSync('spawn-fcgi', ['-s', sock, '-M', '0600', '-u', 'www-data', '-g', 'www-data', '-P', pidf,
    '--', `${BUILD}/dvc-public`, '-c', cfg]);
  const pid = Number(readFileSync(pidf, 'utf8'));
  try {
    assert.equal((await fcgi({ uri: '/thong-bao', sock })).status, 200);
    const logStart = logText().length;
    process.kill(pid, 'SIGHUP');
    const started = new RegExp(`dvc-public\\[${pid}\\] lvl=info ev=start `);
    for (let i = 0; i < 100 && !started.test(logText().slice(logStart)); i++) await sleep(50);
    assert.match(logText().slice(logStart), started, 'the same process started again');
    assert.equal((await fcgi({ uri: `/thong-bao?lan=${Date.now()}`, sock })).status, 200);
    assert.ok(alive(pid));
  } finally {
    process.kill(pid, 'SIGTERM');
  }
});
