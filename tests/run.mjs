// Runs the HTTP, FastCGI and browser tests against the stack ./dvc-dev
// test started, each file in a process of its own (tests/lib/run-file.mjs).
//
//   node tests/run.mjs [FILTER...]   files whose path contains a FILTER
//   node tests/run.mjs --quick       the quick tier (see quick() below)
//   node tests/run.mjs --list [...]  the plan only: what would run, how
//
// Independent files run DVC_TEST_JOBS at a time (default 3: see JOBS). A
// file that changes what the others see (stops the database, switches a
// setting of the whole site, rewrites a shared table, counts every row of
// one) says so itself, with the reason:
//
//   export const serial = 'stops the shared database';
//
// and runs alone, after the others. Within a file, tests run in order.
// Every file's lines are printed together, in the order of the plan
// (independent files, then the serial ones, each list by name), whatever
// the order they finished in; progress goes to stderr. The last line is
// "RESULT passed=N failed=M" for ./dvc-dev.
//
// Each file's requests leave from an address of its own (DVC_CLIENT_IP,
// 127.0.2.x: tests/lib/http.mjs binds to it), so the per-address limits
// (login throttle, registrations, feedback, tracking) count that file's
// requests only.
import { execFileSync, fork } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const ROOT = process.env.DVC_ROOT || join(here, '..');
const groups = ['fcgi', 'http', 'browser'];
// 3 on this 2-core machine: the files wait on the servers, the database
// and their timers a good part of the time (measured in the commit that
// set it); more only adds contention.
const JOBS = Math.max(1, Number(process.env.DVC_TEST_JOBS || 3));
const FILE_TIMEOUT = 20 * 60 * 1000;
const TIMES = join(ROOT, '_build', 'test-times.json');

const all = groups.flatMap((g) => {
  let names = [];
  try { names = readdirSync(join(here, g)); } catch { return []; }
  return names.filter((n) => n.endsWith('.test.mjs')).sort().map((n) => `${g}/${n}`);
});

// The quick tier (./dvc-dev test quick): the files that run a program of
// tests/db (they call tapProgram), and the files of the areas changed
// since main's merge-base (since the last commit when on main), changes
// not yet committed included. A changed path's areas are AREA[its stem]
// or else the first word of its stem: cgi/pages/office_opinion.c,
// templates/office_queue.cs and tests/lib/office.mjs are all "office". An
// area's files are tests/{fcgi,http,browser}/<area>*.test.mjs. When no
// file is selected (only build files or docs changed), SMOKE runs.
const AREA = {
  // the back office's modules and templates
  workflow: ['office'], queue: ['office'], notice: ['office'], notices: ['catalog', 'pages'],
  calendar: ['office'], opinion: ['office'], intake: ['office'], control: ['office'],
  layout_notice: ['office'], cmd_notice: ['office'], cmd_calendar: ['office'],
  // accounts, sessions, staff
  person: ['account'], session: ['account'], totp: ['account'], staff: ['account'],
  login: ['account'], register: ['account'], confirm: ['account'], forgot: ['account'],
  reset: ['account'], password: ['account'], delete: ['account'], csrf: ['account', 'feedback'],
  mail: ['mail', 'account'], cmd_mail: ['mail'],
  // dossiers and files
  upload: ['dossier'], multipart: ['dossier', 'gate'], filecheck: ['dossier'], image: ['dossier'],
  store: ['dossier'], cmd_store: ['dossier'], signature: ['signature', 'dossier'],
  receipt: ['dossier'], track: ['dossier'],
  // the public catalogue
  catalog_import: ['import', 'catalog'], catalog_pages: ['catalog', 'pages'], fold: ['catalog'],
  procedure: ['catalog', 'pages'], procedures: ['catalog', 'pages'], procedure_parts: ['catalog'],
  procedure_print: ['catalog'], agency: ['catalog'], agencies: ['catalog'], guide: ['catalog'],
  guides: ['catalog'], stats: ['catalog', 'office_reports'], home: ['catalog', 'pages'],
  public: ['catalog', 'servers'], layout_embed: ['embed'],
  // what every page goes through
  gate: ['gate', 'servers'], request: ['gate', 'servers'], http: ['gate', 'servers'],
  route: ['servers'], render: ['servers', 'pages'], layout: ['servers', 'pages'],
  macros: ['pages'], error: ['servers'], accessibility: ['pages'], message: ['account'],
  access: ['office', 'dossier'], validate: ['feedback', 'account'], conf: ['startup'],
  log: ['logging'], db: ['db', 'zz_db_down'], pagecache: ['catalog'], util: ['gate'],
  // dvcctl and the schema
  dvcctl: ['dvcctl'], commands: ['dvcctl'], migrate: ['dvcctl'], cmd_audit: ['audit'],
  grants: ['dvcctl'],
};
const SMOKE = ['fcgi/gate.test.mjs', 'http/servers.test.mjs', 'http/catalog.test.mjs'];

function git(...args) {
  return execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

// main's merge-base, or the commit before on main (or without a main)
function quickBase() {
  try {
    if (git('rev-parse', '--abbrev-ref', 'HEAD') !== 'main') return git('merge-base', 'HEAD', 'main');
  } catch { /* no branch main here */ }
  try { return git('rev-parse', 'HEAD~1'); } catch { return git('rev-parse', 'HEAD'); }
}

function quick() {
  const base = quickBase();
  const paths = new Set([...git('diff', '--name-only', base).split('\n'),
    ...git('ls-files', '--others', '--exclude-standard').split('\n')].filter((p) => p));
  const areas = new Set();
  for (const p of paths) {
    const stem = p.split('/').pop().replace(/\.(test\.mjs|mjs|c|h|cs|hdf|sql)$/, '');
    for (const a of AREA[stem] || [stem.split(/[_.-]/)[0]]) areas.add(a);
  }
  const name = (f) => f.split('/')[1].replace(/\.test\.mjs$/, '');
  const db = all.filter((f) => /\btapProgram\(/.test(readFileSync(join(here, f), 'utf8')));
  let picked = all.filter((f) => [...areas].some((a) => name(f).startsWith(a)));
  if (picked.length === 0) picked = SMOKE;
  process.stderr.write(`# quick: ${paths.size} path(s) changed since ${base.slice(0, 10)}` +
    ` (areas: ${[...areas].sort().join(' ') || 'none'})\n`);
  return all.filter((f) => db.includes(f) || picked.includes(f));
}

let args = process.argv.slice(2);
const listOnly = args[0] === '--list';
if (listOnly) args = args.slice(1);
const files = args[0] === '--quick' ? quick()
  : all.filter((f) => args.length === 0 || args.some((x) => f.includes(x)));

// The file's own declaration, read from its source (the file is imported
// by its own process only).
const serialReason = (f) => {
  const m = readFileSync(join(here, f), 'utf8').match(/^export const serial = (['"`])(.+?)\1;?\s*$/m);
  return m ? m[2] : null;
};
const plan = files.map((f) => ({ file: f, serial: serialReason(f), slot: all.indexOf(f), lines: [], done: false }));
const pool = plan.filter((p) => !p.serial);
const alone = plan.filter((p) => p.serial);
const order = [...pool, ...alone];

// Longest first, so that the pool ends together: the milliseconds of the
// last run where known, a guess from the size of the file otherwise (3 ms
// a byte; a browser file three times that: chromium is what costs).
let last = {};
try { last = JSON.parse(readFileSync(TIMES, 'utf8')); } catch { /* a first run */ }
const weight = (p) => last[p.file] ?? readFileSync(join(here, p.file)).length * 3 * (p.file.startsWith('browser/') ? 3 : 1);
const queue = [...pool].sort((a, b) => weight(b) - weight(a));

let n = 0;
let passed = 0;
let failed = 0;
let printed = 0;
// Prints the finished files at the head of the plan, in its order.
function flush() {
  while (printed < order.length && order[printed].done) {
    const p = order[printed++];
    for (const r of p.lines) {
      n++;
      if (r.ok) {
        passed++;
        console.log(`ok ${n} - ${p.file}: ${r.name} (${r.ms} ms)`);
      } else {
        failed++;
        console.log(`not ok ${n} - ${p.file}: ${r.name}`);
        if (r.diag) console.log(r.diag.map((l) => `#   ${l}`).join('\n'));
      }
    }
    for (const l of p.output) console.log(`# ${p.file}: ${l}`);
  }
}

function runFile(p) {
  return new Promise((resolve) => {
    (async () => {
      const env = { ...process.env, DVC_FILE_SLOT: String(p.slot), DVC_CLIENT_IP: `127.0.2.${p.slot + 1}` };
      const t0 = Date.now();
      const child = fork(join(here, 'lib', 'run-file.mjs'), [join(here, p.file)],
        { env, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
      let out = '';
      child.stdout.on('data', (d) => { out += d; });
      let finished = false;
      child.on('message', (m) => {
        if (m.done) {
          finished = true;
          p.cpu = m.cpu;
        } else p.lines.push(m);
      });
      const watchdog = setTimeout(() => {
        p.lines.push({ ok: false, name: `still running after ${FILE_TIMEOUT / 60000} min: stopped`, ms: FILE_TIMEOUT });
        child.kill('SIGKILL');
      }, FILE_TIMEOUT);
      child.on('exit', (code, sig) => {
        clearTimeout(watchdog);
        if (!finished) p.lines.push({ ok: false, name: `the file's process ended early (${sig || `exit ${code}`})`, ms: 0 });
        p.ms = Date.now() - t0;
        p.output = out.split('\n').filter((l) => l);
        p.done = true;
        const bad = p.lines.filter((r) => !r.ok).length;
        process.stderr.write(`# ${p.file}: ${p.lines.length - bad} ok, ${bad} failed, ${(p.ms / 1000).toFixed(1)} s\n`);
        flush();
        resolve();
      });
    })();
  });
}

if (listOnly) {
  for (const p of order) console.log(`${p.file}${p.serial ? `  (alone: ${p.serial})` : ''}`);
  process.exit(0);
}

const t0 = Date.now();
process.stderr.write(`# ${pool.length} file(s), ${JOBS} at a time; then ${alone.length} alone\n`);
await Promise.all(Array.from({ length: Math.min(JOBS, queue.length) }, async () => {
  while (queue.length) await runFile(queue.shift());
}));
const tPool = Date.now();
// the files that run alone mostly wait (a clock moved, one page at a
// time): dvc-dev starts the work that needs no server beside them
if (process.env.DVC_SERIAL_MARK) writeFileSync(process.env.DVC_SERIAL_MARK, `${alone.length}\n`);
for (const p of alone) {
  process.stderr.write(`# alone: ${p.file} (${p.serial})\n`);
  await runFile(p);
}
const tEnd = Date.now();

try {
  for (const p of plan) last[p.file] = p.ms;
  mkdirSync(dirname(TIMES), { recursive: true });
  writeFileSync(TIMES, JSON.stringify(last, null, 1) + '\n');
} catch { /* only a hint for the next run's order */ }

console.log('');
console.log(`# files by time (${JOBS} at a time: ${((tPool - t0) / 1000).toFixed(1)} s; alone: ${((tEnd - tPool) / 1000).toFixed(1)} s),`);
console.log('# with the CPU time of the file\'s process and the programs it ran');
for (const p of [...plan].sort((a, b) => b.ms - a.ms)) {
  const cpu = p.cpu === undefined ? '' : `cpu ${p.cpu.toFixed(1).padStart(6)} s`;
  console.log(`# ${(p.ms / 1000).toFixed(1).padStart(7)} s  ${cpu.padEnd(14)} ${p.file}${p.serial ? `  (alone: ${p.serial})` : ''}`);
}
console.log(`\n${passed} passed, ${failed} failed (HTTP, FastCGI, browser)`);
console.log(`RESULT passed=${passed} failed=${failed}`);
process.exit(failed ? 1 : 0);
