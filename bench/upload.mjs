#!/usr/bin/env node
// The upload benchmark (never a timed test): citizens' scans into dossier
// drafts through nginx, checks and store included. Run through
//   ./dvc-dev bench upload [N] [CLIENTS]     (this part alone)
//   ./dvc-dev bench [SECS] [CONNS]           (bench/run calls it last)
// which start the bench stack and set the DVC_* variables tests/lib reads.
//
// 1. Memory: one upload at a time of a 5 MB, 10 MB and 19 MB PDF and a
//    10 MB JPEG. Before each, every dvc-dossier worker's peak RSS (VmHWM)
//    is reset to its current RSS (echo 5 > /proc/PID/clear_refs); after
//    it, the peak of the worker that served it (its pid is in the log
//    line) is read. The qpdf check runs in a child the worker forks; its
//    peak is sampled every 0.1 ms by bench/memwatch.c (a lower bound).
// 2. Throughput: N uploads (default 24) of a different 5 MB PDF each, one
//    file per request, CLIENTS (default 2) at a time, each client on its
//    own drafts (Dossier.MaxBytes). MB/s of file bytes from the first
//    request sent to the last answer, against dd conv=fsync of the same
//    bytes into the same folder as the file store, in the same run.
//
// Needs root (reading and resetting the www-data workers' /proc entries).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import { readFileSync, writeFileSync, rmSync, mkdirSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { RUN, ROOT, LOG, sql } from '../tests/lib/env.mjs';
import { newCitizen } from '../tests/lib/account.mjs';
import { startDraft, slots, multipart, applicant, pdfOf } from '../tests/lib/dossier.mjs';

const N = Number(process.argv[2] || 24);
const CLIENTS = Number(process.argv[3] || 2);
const BASE = process.env.DVC_BENCH_BASE || process.env.DVC_NGINX;
const PROC = '1.001940';	// level 3, three documents
const MB = 1e6;
const FILE = 5 * MB;
const PER_DRAFT = 16;	// 16 x 5 MB stays under Dossier.MaxBytes (100 MiB)
const STORE = `${RUN}/files`;

// --- files ----------------------------------------------------------------

// A baseline greyscale JPEG of about size bytes: SOI, JFIF, tables, a
// frame of w x h, one scan whose entropy-coded data is random bytes with
// every 0xFF stuffed (0xFF 0x00), EOI. The checks read its header and
// copy its segments without decoding, as they do for any JPEG.
function jpegOf(size, w = 4000, h = 3000) {
  const seg = (m, d) => { const b = Buffer.alloc(4); b[0] = 0xff; b[1] = m; b.writeUInt16BE(d.length + 2, 2); return Buffer.concat([b, d]); };
  const sof = Buffer.alloc(9); sof[0] = 8; sof.writeUInt16BE(h, 1); sof.writeUInt16BE(w, 3); sof[5] = 1; sof[6] = 1; sof[7] = 0x11; sof[8] = 0;
  const dht = (cls) => Buffer.concat([Buffer.from([cls, 1]), Buffer.alloc(15), Buffer.from([0])]);
  const head = Buffer.concat([Buffer.from([0xff, 0xd8]),
    seg(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1')),
    seg(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])),
    seg(0xc0, sof), seg(0xc4, dht(0x00)), seg(0xc4, dht(0x10)),
    seg(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0]))]);
  const raw = crypto.randomBytes(size - head.length - 2);
  const out = Buffer.alloc(raw.length * 2);
  let k = 0;
  for (let i = 0; i < raw.length && k < raw.length; i++) {
    out[k++] = raw[i];
    if (raw[i] === 0xff) out[k++] = 0;
  }
  return Buffer.concat([head, out.subarray(0, k), Buffer.from([0xff, 0xd9])]);
}

// --- HTTP -----------------------------------------------------------------

// One POST of a ready body; resolves { status, location, ms }.
function send(path, body, type, cookie) {
  const u = new URL(path, BASE);
  const t0 = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: u.hostname, port: u.port, method: 'POST', path: u.pathname, agent: false,
      headers: { 'Content-Type': type, 'Content-Length': body.length, Cookie: cookie },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({
        status: res.statusCode, location: res.headers.location,
        body: Buffer.concat(chunks).toString('utf8'),
        ms: Number(process.hrtime.bigint() - t0) / 1e6,
      }));
    });
    req.on('error', reject);
    req.setTimeout(180000, () => req.destroy(new Error(`timeout: POST ${path}`)));
    req.end(body);
  });
}

// A draft ready for uploads: { id, slot, path, cookie, fields }.
async function draft(who) {
  const id = await startDraft(BASE, who, PROC);
  const s = await slots(BASE, who, id);
  if (!s.length) throw new Error(`draft ${id}: no document slots`);
  const csrf = await who.jar.token(BASE, `/ho-so/nhap/${id}`);
  return {
    id, slot: s[0].id, path: `/ho-so/nhap/${id}`, cookie: who.jar.header,
    fields: { csrf, ...applicant(who.data), tiep: 'luu' },
  };
}

function bodyFor(d, name, data, type) {
  return multipart(d.fields, [{ name: `tep_${d.slot}`, filename: name, type, data }]);
}

function ok(r, what) {
  if (r.status !== 303) throw new Error(`${what}: ${r.status} ${r.body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 400)}`);
}

// --- processes ------------------------------------------------------------

const supervisor = () => Number(readFileSync(`${RUN}/pid/dossier.pid`, 'utf8'));
const workers = () => readFileSync(`/proc/${supervisor()}/task/${supervisor()}/children`, 'utf8')
  .trim().split(/\s+/).filter(Boolean).map(Number);
function vm(pid) {
  const s = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k) => Number((s.match(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm')) || [0, 0])[1]);
  return { hwm: kb('VmHWM'), rss: kb('VmRSS'), anon: kb('RssAnon') };
}
const resetPeaks = () => { for (const w of workers()) writeFileSync(`/proc/${w}/clear_refs`, '5'); };
const logSize = () => statSync(LOG).size;
function logSince(off) {
  const n = logSize() - off;
  if (n <= 0) return '';
  const b = Buffer.alloc(n);
  const fd = openSync(LOG, 'r');
  readSync(fd, b, 0, n, off);
  closeSync(fd);
  return b.toString('utf8');
}
// the responder's lines for POSTs to a path: [{ pid, ms }]
const served = (text, path) => [...text.matchAll(/dvc-dossier\[(\d+)\] .*ev=req .*m="POST" path="([^"]+)" st="(\d+)".* ms="([\d.]+)"/g)]
  .filter((m) => m[2] === path).map((m) => ({ pid: Number(m[1]), st: Number(m[3]), ms: Number(m[4]) }));

// bench/memwatch: children of the workers (qpdf), sampled
function memwatch() {
  const bin = `${RUN}/memwatch`;
  execFileSync('gcc', ['-O2', '-Wall', '-o', bin, `${ROOT}/bench/memwatch.c`]);
  const p = spawn(bin, [String(supervisor()), '100'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let buf = '';
  const waiting = [];
  p.stdout.on('data', (c) => {
    buf += c;
    let i;
    while ((i = buf.indexOf('\n')) >= 0) { const line = buf.slice(0, i); buf = buf.slice(i + 1); waiting.shift()(JSON.parse(line)); }
  });
  return {
    mark: () => new Promise((res) => { waiting.push(res); p.stdin.write('\n'); }),
    stop: () => p.stdin.end(),
  };
}

// CPU time in clock ticks: the whole machine's busy time (/proc/stat),
// and that of the upload path (dvc-dossier's workers and their reaped
// qpdf children, nginx, this stack's MariaDB). The difference is what
// other processes on the machine took during the run.
function machineBusy() {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return f.reduce((a, b) => a + b, 0) - f[3] - f[4];
}
function ticks(pid) {
  try {
    const st = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = st.slice(st.lastIndexOf(')') + 2).split(' ').map(Number);
    return f[11] + f[12] + f[13] + f[14];	// utime stime cutime cstime
  } catch { return 0; }
}
function pathTicks() {
  const pidOf = (n) => Number(readFileSync(`${RUN}/pid/${n}.pid`, 'utf8'));
  const kids = (p) => readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  const pids = [...workers(), pidOf('nginx'), ...kids(pidOf('nginx')), pidOf('mariadb')];
  return pids.reduce((a, p) => a + ticks(p), 0);
}
const HZ = 100;	// USER_HZ on Linux

// --- disk -----------------------------------------------------------------

// dd conv=fsync into the store's folder; { bytes, secs }.
function dd(path, bs, count) {
  const r = spawnSync('dd', ['if=/dev/zero', `of=${path}`, `bs=${bs}`, `count=${count}`, 'conv=fsync'], { encoding: 'utf8' });
  const m = r.stderr.match(/^(\d+) bytes .* copied, ([\d.e+-]+) s/m);
  if (!m) throw new Error(`dd: ${r.stderr}`);
  return { bytes: Number(m[1]), secs: Number(m[2]) };
}
const mbs = (bytes, secs) => bytes / MB / secs;

// --- the run ----------------------------------------------------------------

const fmtMB = (kb) => `${(kb / 1024).toFixed(1)} MiB`;
const pct = (a, p) => a[Math.min(a.length - 1, Math.floor(a.length * p))];

async function main() {
  process.stdout.write(`Uploads (dvc-dossier, ${workers().length} workers), procedure ${PROC}, through nginx\n`);
  const who = await newCitizen(BASE);

  // 1. memory, one upload at a time
  console.log('  peak memory, one upload at a time (VmHWM reset before each):');
  const mw = memwatch();
  const cases = [
    ['5 MB PDF', 'scan-5.pdf', 'application/pdf', () => pdfOf(5 * MB, 'm5')],
    ['10 MB PDF', 'scan-10.pdf', 'application/pdf', () => pdfOf(10 * MB, 'm10')],
    ['19 MB PDF', 'scan-19.pdf', 'application/pdf', () => pdfOf(19 * MB, 'm19')],
    ['10 MB JPEG', 'scan-10.jpg', 'image/jpeg', () => jpegOf(10 * MB)],
  ];
  const peaks = [];
  for (const [label, name, type, make] of cases) {
    const d = await draft(who);
    const data = make();
    const { body, type: ct } = bodyFor(d, name, data, type);
    const rest = Object.fromEntries(workers().map((w) => [w, vm(w)]));
    resetPeaks();
    await mw.mark();
    const off = logSize();
    const r = await send(d.path, body, ct, d.cookie);
    ok(r, `${label} upload`);
    const kids = await mw.mark();
    const line = served(logSince(off), d.path)[0];
    const w = line ? line.pid : workers().reduce((a, b) => (vm(a).hwm >= vm(b).hwm ? a : b));
    const v = vm(w);
    const kid = kids.filter((k) => k.parent === w).reduce((a, k) => (k.hwm_kb > a.hwm_kb ? k : a), { hwm_kb: 0, rss_kb: 0, samples: 0 });
    peaks.push(v.hwm);
    console.log(`  ${label.padEnd(10)} (${data.length} bytes): worker ${w} peak ${fmtMB(v.hwm)} (before: ${fmtMB(rest[w]?.rss || 0)}, ${fmtMB(rest[w]?.anon || 0)} of it anonymous), ` +
      `qpdf child ${kid.samples ? `peak >= ${fmtMB(kid.hwm_kb)} (${kid.samples} samples)` : 'none seen'}, ` +
      `${r.ms.toFixed(0)} ms, ${line ? line.ms.toFixed(0) : '?'} ms in the responder`);
  }
  mw.stop();
  const maxPeak = Math.max(...peaks);
  console.log(`  worker peak: max ${fmtMB(maxPeak)}, ${maxPeak < 32 * 1024 ? 'under' : 'OVER'} 32 MiB; ` +
    `5 MB -> 19 MB PDF: ${peaks[2] - peaks[0] >= 0 ? '+' : ''}${peaks[2] - peaks[0]} kB`);

  // where one 5 MB upload's time goes, black-box: the same bytes refused
  // by type (received, parsed, written to the quarantine, then libmagic
  // says no: no qpdf, no signature scan, no SHA-256, no fsync), a JPEG
  // (received, stripped into a clean copy, hashed, fsynced) and a PDF
  // (received, qpdf in a child, the signature scan, hashed, fsynced)
  const stage = async (label, name, type, make) => {
    const ms = [], inner = [];
    for (let i = 0; i < 3; i++) {
      const d = await draft(who);
      const { body, type: ct } = bodyFor(d, name, make(i), type);
      const off = logSize();
      const r = await send(d.path, body, ct, d.cookie);
      if (r.status !== (label.startsWith('refused') ? 422 : 303)) ok(r, label);
      ms.push(r.ms);
      inner.push(...served(logSince(off), d.path).map((x) => x.ms));
    }
    ms.sort((a, b) => a - b); inner.sort((a, b) => a - b);
    return `${label} ${inner[1].toFixed(0)} ms in the responder, ${ms[1].toFixed(0)} ms the whole request`;
  };
  console.log('  one 5 MB upload at a time, median of 3:');
  console.log(`    ${await stage('refused by type (receive + quarantine only):', 'scan.pdf', 'application/pdf', () => crypto.randomBytes(FILE))}`);
  console.log(`    ${await stage('JPEG kept (+ strip copy, SHA-256, fsync):   ', 'scan.jpg', 'image/jpeg', () => jpegOf(FILE))}`);
  console.log(`    ${await stage('PDF kept (+ qpdf, signature scan, SHA-256, fsync):', 'scan.pdf', 'application/pdf', (i) => pdfOf(FILE, `s${i}`))}`);

  // 2. throughput: N different 5 MB PDFs, CLIENTS at a time
  const per = Array.from({ length: CLIENTS }, () => []);
  for (let i = 0; i < N; i++) per[i % CLIENTS].push(i);
  const jobs = [];
  for (let c = 0; c < CLIENTS; c++) {
    let d = null;
    const list = [];
    for (let j = 0; j < per[c].length; j++) {
      if (j % PER_DRAFT === 0) d = await draft(who);
      const data = pdfOf(FILE, `t${per[c][j]}-${Date.now()}`);
      list.push({ d, ...bodyFor(d, `scan-${per[c][j]}.pdf`, data, 'application/pdf') });
    }
    jobs.push(list);
  }
  const total = N * FILE;
  execFileSync('sync');
  const ddDir = `${STORE}/dd-bench`;
  mkdirSync(ddDir, { recursive: true });
  const ddOne = dd(`${ddDir}/one`, '1M', Math.round(total / 1048576));
  rmSync(`${ddDir}/one`);
  execFileSync('sync');

  const off = logSize();
  const busy0 = machineBusy(), path0 = pathTicks(), node0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const lat = [];
  await Promise.all(jobs.map(async (list) => {
    for (const j of list) {
      const r = await send(j.d.path, j.body, j.type, j.d.cookie);
      ok(r, 'throughput upload');
      lat.push(r.ms);
    }
  }));
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = {
    busy: (machineBusy() - busy0) / HZ / secs,
    path: (pathTicks() - path0) / HZ / secs,
    node: ((u) => (u.user + u.system) / 1e6 / secs)(process.cpuUsage(node0)),
  };
  const inside = [];
  const text = logSince(off);
  for (const list of jobs) for (const d of new Set(list.map((j) => j.d.path))) inside.push(...served(text, d).map((x) => x.ms));
  execFileSync('sync');

  // dd of the same files: N x 5 MB, one after the other, and CLIENTS at a time
  let t = process.hrtime.bigint();
  for (let i = 0; i < N; i++) dd(`${ddDir}/f${i}`, '1000000', FILE / 1e6);
  const ddSeqSecs = Number(process.hrtime.bigint() - t) / 1e9;
  rmSync(ddDir, { recursive: true });
  mkdirSync(ddDir);
  execFileSync('sync');
  t = process.hrtime.bigint();
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => new Promise((res, rej) => {
    const files = per[c].map((i) => `dd if=/dev/zero of=${ddDir}/f${i} bs=1000000 count=${FILE / 1e6} conv=fsync status=none`).join(' && ');
    const p = spawn('sh', ['-c', files || 'true'], { stdio: 'inherit' });
    p.on('exit', (code) => (code === 0 ? res() : rej(new Error(`dd: ${code}`))));
  })));
  const ddParSecs = Number(process.hrtime.bigint() - t) / 1e9;
  rmSync(ddDir, { recursive: true });

  lat.sort((a, b) => a - b);
  inside.sort((a, b) => a - b);
  const up = mbs(total, secs);
  console.log(`  throughput: ${N} uploads of a different 5 MB PDF, ${CLIENTS} at a time, one file per request:`);
  console.log(`    request time p50 ${pct(lat, 0.5).toFixed(0)} ms, max ${lat[lat.length - 1].toFixed(0)} ms; ` +
    `inside the responder p50 ${inside.length ? pct(inside, 0.5).toFixed(0) : '?'} ms`);
  console.log(`    CPU during them, in cores of ${os.cpus().length}: machine busy ${cpu.busy.toFixed(2)}; ` +
    `upload path ${cpu.path.toFixed(2)} (dvc-dossier with its qpdf children, nginx, MariaDB) + this client ${cpu.node.toFixed(2)}; ` +
    `other processes ${Math.max(0, cpu.busy - cpu.path - cpu.node).toFixed(2)}`);
  console.log(`    CPU the upload path spent per 5 MB upload: ${(cpu.path * secs / N * 1000).toFixed(0)} ms ` +
    `(the figure to compare between builds when other processes share the machine)`);
  console.log(`    dd conv=fsync, ${N} x 5 MB files one after the other: ${mbs(total, ddSeqSecs).toFixed(1)} MB/s; ` +
    `${CLIENTS} at a time: ${mbs(total, ddParSecs).toFixed(1)} MB/s`);
  console.log(`  upload 5 MB: ${up.toFixed(1)} MB/s, dd conv=fsync: ${mbs(ddOne.bytes, ddOne.secs).toFixed(1)} MB/s ` +
    `(one file of ${(ddOne.bytes / MB).toFixed(0)} MB), ratio ${(up / mbs(ddOne.bytes, ddOne.secs)).toFixed(2)}; ` +
    `against ${N} x 5 MB dd files ${(up / mbs(total, ddSeqSecs)).toFixed(2)}`);
  // the accepted files are in the database: what the pages said is what happened
  const stored = Number(sql(`SELECT COUNT(*) FROM dossier_file f JOIN dossier d ON d.id = f.dossier_id
    WHERE d.owner_id = ${who.id} AND f.name LIKE 'scan-%.pdf'`)[0][0]);
  if (stored < N) throw new Error(`only ${stored} of the ${N} uploaded files are recorded`);
}

main().catch((e) => { console.error(`bench/upload: ${e.stack || e}`); process.exit(1); });
