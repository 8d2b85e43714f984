// Logins under load: ./dvc-dev bench logins [SECS] [LOGINS] [READERS]
//
// 20 (LOGINS) people log in again and again for 30 s (SECS, twice) while 200
// (READERS) others read the catalogue (wrk on /thu-tuc) and four logged-in
// officers move between the other account pages (/can-bo,
// /tai-khoan/doi-mat-khau, /tai-khoan/dang-ky: the account pool's; the
// login forms go to the login pool). Printed, each against a reference
// measured in the same run on the same stack:
//   - CPU per login: the account responders' CPU for LOGINS logins in a
//     row, alone, against PBKDF2-HMAC-SHA256 at 600,000 iterations (the
//     scheme before argon2id) computed by OpenSSL in this process;
//   - login p50/p99 (target p99 under 1 s), first with every service at an
//     equal share of the processors, then with the login pool at its
//     weight (./dvc-dev gives it 2.44 times, as CPUWeight=250 does under
//     systemd; the bench puts it back to 1 for the reference: root only);
//   - the other account pages' p50/p99 under the logins (target p99 under
//     200 ms), against the same pages with the readers and no logins.
// Needs the variables ./dvc-dev bench sets (DVC_BENCH_BASE, DVC_BUILD,
// DVC_BENCH_CONFIG). Latencies are the client's (node, on the same two
// cores as everything else).
import http from 'node:http';
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { pbkdf2Sync, randomBytes } from 'node:crypto';

const BASE = process.env.DVC_BENCH_BASE;
const CTL = `${process.env.DVC_BUILD}/dvcctl`;
const CONFIG = process.env.DVC_BENCH_CONFIG;
const SECS = Number(process.argv[2] || 30);
const LOGINS = Number(process.argv[3] || 20);
const READERS = Number(process.argv[4] || 200);
const REF_SECS = Math.max(5, Math.round(SECS / 3));
const OFFICERS = 4;
const PASSWORD = 'Bench-Login-Mat-Khau-2026';
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function request(method, path, { cookie, body } = {}) {
  return new Promise((resolve, reject) => {
    const headers = {};
    if (cookie) headers.Cookie = cookie;
    if (body) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      headers['Content-Length'] = Buffer.byteLength(body);
    }
    const t0 = process.hrtime.bigint();
    const r = http.request(`${BASE}${path}`, { method, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({
        status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString(),
        ms: Number(process.hrtime.bigint() - t0) / 1e6,
      }));
    });
    r.on('error', reject);
    if (body) r.write(body);
    r.end();
  });
}

const cookiesOf = (r) => (r.headers['set-cookie'] || []).map((c) => c.split(';')[0]);
const form = (o) => new URLSearchParams(o).toString();

// The login form's token and the cookie it goes with.
async function loginForm() {
  const r = await request('GET', '/can-bo/dang-nhap');
  const csrf = r.body.match(/name="csrf" value="([^"]+)"/)[1];
  return { csrf, cookie: cookiesOf(r).find((c) => c.startsWith('dvc_csrf=')) };
}

async function logIn(email, f) {
  const r = await request('POST', '/can-bo/dang-nhap', {
    cookie: f.cookie, body: form({ csrf: f.csrf, dinh_danh: email, mat_khau: PASSWORD }),
  });
  if (r.status !== 303) throw new Error(`login of ${email}: ${r.status} ${r.body.slice(0, 200)}`);
  return { ms: r.ms, sid: cookiesOf(r).find((c) => c.startsWith('dvc_sid=')) };
}

// CPU seconds used so far by every dvc-account process, exited workers
// included (their supervisor's cutime/cstime).
function accountCpu() {
  const hz = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let stat;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    if (comm !== 'dvc-account') continue;
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields 14-17 of proc(5): utime stime cutime cstime (f[0] is field 3)
    ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
  }
  return ticks / hz;
}

const pct = (xs, p) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
};
const fmt = (ms) => (Number.isNaN(ms) ? '-' : `${ms.toFixed(0)} ms`);

// Officers moving between account pages until stop() says so.
function officers(sids, until) {
  const times = [];
  // served by the account pool (the login forms are the login pool's)
  const pages = ['/can-bo', '/tai-khoan/doi-mat-khau', '/tai-khoan/dang-ky'];
  const loops = sids.map(async (sid, i) => {
    let n = i;
    while (Date.now() < until) {
      const path = pages[n++ % pages.length];
      const r = await request('GET', path, { cookie: sid });
      if (r.status >= 400) throw new Error(`${path}: ${r.status}`);
      times.push(r.ms);
    }
  });
  return Promise.all(loops).then(() => times);
}

// wrk with READERS connections on the catalogue for secs seconds.
function readers(secs) {
  const w = spawn('wrk', ['-t2', `-c${READERS}`, `-d${secs}s`, '--latency', `${BASE}/thu-tuc`],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  w.stdout.on('data', (d) => { out += d; });
  return new Promise((resolve) => w.on('close', () => {
    const rps = (out.match(/Requests\/sec:\s+([\d.]+)/) || [])[1];
    const p99 = (out.match(/99%\s+([\d.]+\w+)/) || [])[1];
    resolve({ rps: Number(rps || 0), p99: p99 || '-' });
  }));
}

async function main() {
  console.log(`Logins under load: ${LOGINS} logins in a loop for ${SECS} s beside ${READERS} catalogue readers`);
  const cfg = readFileSync(CONFIG, 'utf8');
  const param = (k, d) => (cfg.match(new RegExp(`^Account\\.Argon2\\.${k} = (\\d+)`, 'm')) || [])[1] || d;
  console.log(`  argon2id: ${param('MemoryKiB', '19456 (default)')} KiB, ${param('Iterations', '2 (default)')} passes, ${param('Parallelism', '1 (default)')} lane(s)`);

  // the login pool's share of the processors (./dvc-dev's login_weight,
  // as etc/systemd/dvc-login.conf gives it under systemd): its session's
  // autogroup nice, each step 1.25 times the weight
  let weight = null;
  try {
    const pid = readFileSync(`${process.env.DVC_RUN}/pid/login.pid`, 'utf8').trim();
    const file = `/proc/${pid}/autogroup`;
    const nice = Number((readFileSync(file, 'utf8').match(/nice (-?\d+)/) || [])[1]);
    weight = { file, nice };
    console.log(`  login pool's CPU weight: ${(1.25 ** -nice).toFixed(2)} times a service's (autogroup nice ${nice};`
      + ' under systemd CPUWeight=250, etc/systemd/dvc-login.conf)');
  } catch (e) {
    console.log(`  login pool's CPU weight: unknown (${e.code || e.message})`);
  }

  // the people: officers made the way operators make them
  const stamp = Date.now();
  const emails = [];
  for (let i = 0; i < LOGINS + OFFICERS; i++) {
    const email = `bench.login.${stamp}.${i}@tuphap.kontum.demo`;
    const r = spawnSync(CTL, ['-c', CONFIG, 'user', 'add', '--email', email, '--name', `Cán bộ Thử ${String.fromCharCode(65 + (i % 26))}`,
      '--agency', '000.00.09.H34', '--role', 'specialist', '--password-stdin'], { input: `${PASSWORD}\n`, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`dvcctl user add: ${r.stderr}`);
    emails.push(email);
  }
  const loginers = emails.slice(0, LOGINS);
  const f = await loginForm();
  const sids = [];
  for (const e of emails.slice(LOGINS)) sids.push((await logIn(e, f)).sid);

  // 1. CPU per login, alone, against PBKDF2 at 600,000 in this process
  const c0 = accountCpu();
  const alone = [];
  for (const e of loginers) alone.push((await logIn(e, f)).ms);
  const perLogin = (accountCpu() - c0) / loginers.length * 1000;
  const u0 = process.cpuUsage();
  for (let i = 0; i < 3; i++) pbkdf2Sync(PASSWORD, randomBytes(16), 600000, 32, 'sha256');
  const u1 = process.cpuUsage(u0);
  const pbkdf2 = (u1.user + u1.system) / 3 / 1000;
  console.log(`  CPU per login, alone (${loginers.length} in a row, whole request): ${perLogin.toFixed(1)} ms;`
    + ` PBKDF2-SHA256 at 600000 here: ${pbkdf2.toFixed(1)} ms (ratio ${(perLogin / pbkdf2).toFixed(2)})`);
  console.log(`  login alone: p50 ${fmt(pct(alone, 0.5))}, max ${fmt(Math.max(...alone))}`);

  // 2. reference: the readers and the account pages, no logins
  const refUntil = Date.now() + REF_SECS * 1000;
  const [refRead, refPages] = await Promise.all([readers(REF_SECS), officers(sids, refUntil)]);

  // 3. the same with the logins: first with every service at an equal
  // share of the processors (the reference: the login pool's weight put
  // back to a service's), then at the pool's weight
  const withLogins = async () => {
    const until = Date.now() + SECS * 1000;
    const times = [];
    let failed = 0;
    const c1 = accountCpu();
    const loops = loginers.map(async (e) => {
      const mine = await loginForm();
      while (Date.now() < until) {
        try {
          times.push((await logIn(e, mine)).ms);
        } catch (err) {
          failed++;
          if (failed < 4) console.log(`  ${err.message}`);
        }
      }
    });
    const [read, pages] = await Promise.all([readers(SECS), officers(sids, until), Promise.all(loops)]);
    return { read, pages, times, failed, cpu: accountCpu() - c1 };
  };
  const report = (label, r) => {
    console.log(`  ${label}:`);
    console.log(`    catalogue (wrk -c${READERS} /thu-tuc): reference ${refRead.rps.toFixed(0)} r/s, p99 ${refRead.p99};`
      + ` with the logins ${r.read.rps.toFixed(0)} r/s, p99 ${r.read.p99}`);
    console.log(`    logins under load: ${r.times.length} (${(r.times.length / SECS).toFixed(1)}/s), ${r.failed} failed;`
      + ` p50 ${fmt(pct(r.times, 0.5))}, p99 ${fmt(pct(r.times, 0.99))} (target < 1000 ms);`
      + ` p99 / alone p50 ${(pct(r.times, 0.99) / pct(alone, 0.5)).toFixed(1)}`);
    console.log(`    other account pages (${OFFICERS} officers): reference p50 ${fmt(pct(refPages, 0.5))}, p99 ${fmt(pct(refPages, 0.99))}`
      + ` (${refPages.length}); with the logins p50 ${fmt(pct(r.pages, 0.5))}, p99 ${fmt(pct(r.pages, 0.99))} (${r.pages.length}),`
      + ` ratio ${(pct(r.pages, 0.99) / pct(refPages, 0.99)).toFixed(2)} (target p99 < 200 ms)`);
    console.log(`    account responders' CPU during the load: ${r.cpu.toFixed(1)} s,`
      + ` ${(r.cpu * 1000 / Math.max(1, r.times.length)).toFixed(1)} ms per login (pages included)`);
    return pct(r.times, 0.99);
  };
  // (putting the weight back needs root)
  if (weight && weight.nice < 0 && process.getuid() === 0) {
    writeFileSync(weight.file, '0');
    let equal;
    try {
      equal = await withLogins();
    } finally {
      writeFileSync(weight.file, String(weight.nice));
    }
    const p99equal = report('every service at an equal share (reference)', equal);
    const p99 = report(`the login pool at ${(1.25 ** -weight.nice).toFixed(2)} times the share`, await withLogins());
    console.log(`  login p99 at the pool's weight / at an equal share: ${(p99 / p99equal).toFixed(2)}`);
  } else {
    report('logins at the share they have', await withLogins());
  }
  agent.destroy();
}

main().catch((e) => {
  console.error(`bench logins: ${e.stack || e}`);
  process.exit(1);
});
