#!/usr/bin/env node
// The catalogue editor's benchmark (issue 16, section 1; never a timed
// test). Run through
//   ./dvc-dev bench catalog [SECS] [CONNS] [ROUNDS]
// which starts the bench stack with the demo data and 2,000 generated
// procedures, and sets the DVC_* variables tests/lib reads.
//
// 1. Publishing shows on every worker: a province admin changes the name
//    of one procedure in the editor (/quan-tri/thu-tuc/CODE, the page's
//    own form) and publishes it; from the moment the publish answered,
//    CONNS/4 clients ask dvc-public for the procedure's page without a
//    pause until every answer has the new name for 3 s. Printed: when the
//    first new page came, when the last old one came (after it, every
//    worker serves the new version), and how many of the workers running
//    then were not there before the publish (dvc-public's supervisor loads
//    the new catalogue once and replaces its workers with ones forked with
//    it). ROUNDS times (default 5), then the loads' times from the log.
// 2. Catalogue pages while publishing: wrk -t2 -cCONNS -dSECS --latency on
//    the procedure's page alone (the reference, same run), then again
//    while the admin publishes a change every second; then the catalogue
//    list /thu-tuc the same two ways. Printed: requests/s and p99 of
//    each, and how many publishes happened during the run.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { LOG, RUN, sql } from '../tests/lib/env.mjs';
import { newStaff, staffLogin } from '../tests/lib/account.mjs';
import { get } from '../tests/lib/http.mjs';

const SECS = Number(process.argv[2] || 10);
const CONNS = Number(process.argv[3] || 16);
const ROUNDS = Number(process.argv[4] || 5);
const BASE = process.env.DVC_BENCH_BASE || process.env.DVC_NGINX;
const CODE = process.env.DVC_BENCH_PROC || '1.001940';	// level 3 at Sở Tư pháp
const EVERY = Number(process.env.DVC_BENCH_PUBLISH_EVERY || 1000);	// ms between publishes in part 2
const HELD = 100;	// ms: an answer slower than this waited for a reload
const sleep = (ms) => new Promise((res) => setTimeout(res, ms));

const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<')
  .replace(/&gt;/g, '>').replace(/&amp;/g, '&');

// The general part's form as the editor shows it: every field's value,
// so that posting it back changes only what the caller changes.
function generalForm(html) {
  const start = html.indexOf(`/quan-tri/thu-tuc/${CODE}/chung"`);
  const form = html.slice(start, html.indexOf('</form>', start));
  const f = {};
  for (const m of form.matchAll(/<input id="([^"]+)" name="\1" type="(?:text|date)" value="([^"]*)"/g)) f[m[1]] = unescape(m[2]);
  for (const m of form.matchAll(/<input type="checkbox" id="([^"]+)" name="\1" value="1"( checked)?>/g)) if (m[2]) f[m[1]] = '1';
  for (const m of form.matchAll(/<textarea id="([^"]+)" name="\1"[^>]*>([^<]*)<\/textarea>/g)) f[m[1]] = unescape(m[2]);
  for (const m of form.matchAll(/<select id="([^"]+)" name="\1"[^>]*>([\s\S]*?)<\/select>/g)) {
    const sel = m[2].match(/<option value="([^"]*)" selected>/);
    f[m[1]] = sel ? unescape(sel[1]) : '';
  }
  f.csrf = html.match(/name="csrf" value="([^"]+)"/)[1];
  f.rev = html.match(/name="rev" value="(\d+)"/)[1];
  return f;
}

let admin;
let base;		// the procedure's name before the benchmark
let n = 0;

// One change of the name and its publishing: the new name, and the time
// the publish answered.
async function publishChange() {
  n += 1;
  const name = `${base} [thử tải ${n}]`;
  let page = await admin.get(BASE, `/quan-tri/thu-tuc/${CODE}`);
  if (page.status !== 200) throw new Error(`editor: ${page.status}`);
  const f = generalForm(page.body);
  const saved = await admin.post(BASE, `/quan-tri/thu-tuc/${CODE}/chung`, { ...f, name });
  if (saved.status !== 303) throw new Error(`save: ${saved.status}`);
  page = await admin.get(BASE, `/quan-tri/thu-tuc/${CODE}`);
  const rev = page.body.match(/name="rev" value="(\d+)"/)[1];
  const csrf = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  const r = await admin.post(BASE, `/quan-tri/thu-tuc/${CODE}/cong-bo`, { csrf, rev, so: `${n}/QĐ-THU-TAI`, ngay: '2026-12-01' });
  if (r.status !== 303) throw new Error(`publish: ${r.status} ${r.body.match(/alert-error[\s\S]{0,300}/)?.[0] || ''}`);
  return { name, at: Date.now() };
}

// the public responder's workers: the children of its spawn-fcgi'd parent
function publicWorkers() {
  const pid = readFileSync(`${RUN}/pid/public.pid`, 'utf8').trim();
  const kids = new Set();
  for (const t of readdirSync(`/proc/${pid}/task`)) {
    for (const c of readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').trim().split(/\s+/)) if (c) kids.add(c);
  }
  return kids;
}

async function visibility() {
  const before = publicWorkers();
  const { name, at } = await publishChange();
  let firstNew = null;
  let lastOld = 0;
  let settled = 0;
  let slowest = 0;
  let asked = 0;
  let done = false;
  const want = name.replace(/&/g, '&amp;');
  const client = async () => {
    while (!done) {
      const sent = Date.now();
      const r = await get(BASE, `/thu-tuc/${CODE}`);
      const now = Date.now();
      const t = now - at;
      asked += 1;
      slowest = Math.max(slowest, now - sent);
      if (r.body.includes(want)) { if (firstNew === null) firstNew = t; } else lastOld = Math.max(lastOld, t);
      // an old page, or an answer held by a worker's reload (a page
      // takes a few ms otherwise): after the last of them, every worker
      // serves the new version
      if (!r.body.includes(want) || now - sent > HELD) settled = Math.max(settled, t);
      if (t > 15000 || (firstNew !== null && t - settled > 3000)) done = true;
    }
  };
  await Promise.all(Array.from({ length: Math.max(4, CONNS / 4) }, client));
  const workers = publicWorkers();
  const fresh = [...workers].filter((p) => !before.has(p));
  return { firstNew, lastOld, settled, slowest, asked, fresh: fresh.length, workers: workers.size };
}

function wrk(path) {
  return new Promise((resolve, reject) => {
    const p = spawn('wrk', ['-t2', `-c${CONNS}`, `-d${SECS}s`, '--latency', `${BASE}${path}`]);
    let out = '';
    p.stdout.on('data', (d) => { out += d; });
    p.on('error', reject);
    p.on('close', () => {
      const rps = Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1]);
      const p99 = out.match(/\s99%\s+([\d.]+\w+)/)?.[1];
      const errors = out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] || '0';
      // wrk leaves requests that took over 2 s out of its latencies
      const timeouts = out.match(/timeout (\d+)/)?.[1] || '0';
      resolve({ rps, p99, errors, timeouts });
    });
  });
}

// Waits until the workers are done reloading (ten answers in a row under
// HELD ms), so that one run's reloads do not fall into the next.
async function settle() {
  for (let ok = 0, i = 0; ok < 10 && i < 600; i++) {
    const t = Date.now();
    await get(BASE, `/thu-tuc/${CODE}`);
    ok = Date.now() - t < HELD ? ok + 1 : 0;
    if (!ok) await sleep(200);
  }
}

async function underPublishing(path) {
  let stop = false;
  let publishes = 0;
  const loop = (async () => {
    while (!stop) {
      const t = Date.now();
      await publishChange();
      publishes += 1;
      await sleep(Math.max(0, EVERY - (Date.now() - t)));
    }
  })();
  const r = await wrk(path);
  stop = true;
  await loop;
  return { ...r, publishes };
}

// --- run ----------------------------------------------------------------
admin = await staffLogin(BASE, newStaff('province_admin', '000.00.15.H34', 'Quản trị thử tải'));
{
  const page = await admin.get(BASE, `/quan-tri/thu-tuc/${CODE}`);
  if (page.status !== 200) throw new Error(`editor of ${CODE}: ${page.status}`);
  base = generalForm(page.body).name.replace(/ \[thử tải \d+\]$/, '');
}
const procs = sql('SELECT COUNT(*) FROM proc')[0][0];
console.log(`Catalogue editor: procedure ${CODE} on ${BASE} (${procs} procedures in the catalogue)`);
// what the log got during part 1 (a stack kept with DVC_BENCH_REUSE
// keeps its log, which grows past what one string may hold)
const logFrom = statSync(LOG).size;
function logSince(from) {
  const n = statSync(LOG).size - from;
  const b = Buffer.alloc(Math.max(0, n));
  const fd = openSync(LOG, 'r');
  readSync(fd, b, 0, b.length, from);
  closeSync(fd);
  return b.toString('utf8');
}
console.log(`\n1. Publishing a change: when every dvc-public worker serves it (${ROUNDS} rounds)`);
console.log(`   round  first new  last old  all by   slowest  requests  new workers  (held: an answer over ${HELD} ms)`);
const rounds = [];
await settle();		// the workers' load after the bench's own import
for (let i = 0; i < ROUNDS; i++) {
  const v = await visibility();
  rounds.push(v);
  // no old page at all: the first answer after the publish was new
  const old = v.lastOld ? `${String(v.lastOld).padStart(5)} ms` : '   none ';
  console.log(`   ${String(i + 1).padStart(5)}  ${String(v.firstNew).padStart(6)} ms  ${old}  ${String(v.settled).padStart(5)} ms  ${String(v.slowest).padStart(5)} ms  ${String(v.asked).padStart(8)}  ${v.fresh} of ${v.workers}`);
  await settle();
}
const worst = Math.max(...rounds.map((r) => r.settled));
console.log(`   every worker served the new version at most ${worst} ms after the publish answered (target: 2000 ms)`);
const loads = logSince(logFrom).split('\n').filter((l) => /dvc-public\[\d+\] .*ev=catalog loaded=/.test(l))
  .slice(-ROUNDS).map((l) => Number(l.match(/ms="([\d.]+)"/)[1])).sort((a, b) => a - b);
console.log(`   a load of the catalogue (log, last ${loads.length}): median ${loads[loads.length >> 1]} ms, max ${loads[loads.length - 1]} ms`);

console.log(`\n2. Catalogue pages while publishing: wrk -t2 -c${CONNS} -d${SECS}s --latency, a publish every ${EVERY} ms`);
console.log('   page                    publishing   req/s      p99  non-2xx  timeouts  publishes');
for (const path of [`/thu-tuc/${CODE}`, '/thu-tuc']) {
  await settle();
  const ref = await wrk(path);
  console.log(`   ${path.padEnd(22)}  no          ${String(ref.rps).padStart(7)}  ${String(ref.p99).padStart(7)}  ${String(ref.errors).padStart(7)}  ${String(ref.timeouts).padStart(8)}  ${'-'.padStart(9)}`);
  await settle();
  const pub = await underPublishing(path);
  console.log(`   ${path.padEnd(22)}  yes         ${String(pub.rps).padStart(7)}  ${String(pub.p99).padStart(7)}  ${String(pub.errors).padStart(7)}  ${String(pub.timeouts).padStart(8)}  ${String(pub.publishes).padStart(9)}`);
}
process.exit(0);
