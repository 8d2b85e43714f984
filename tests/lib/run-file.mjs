// One test file in a process of its own, started by tests/run.mjs: its
// tests run in order, each within its timeout, and each result goes to the
// parent over the IPC channel ({ ok, name, ms, diag }), then { done }.
// A process per file keeps the files' module state (logins, second-factor
// keys, counters) apart, and lets a blocking call in one file (spawnSync,
// the SQL client) hold up only that file.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { registry } from './t.mjs';

const file = process.argv[2];
const send = (m) => new Promise((resolve) => process.send(m, resolve));

// An error nobody awaited (a socket event, a timer) fails the test that is
// running instead of ending the file without its results.
let pendingFailure = null;
process.on('uncaughtException', (e) => { pendingFailure = e; });
process.on('unhandledRejection', (e) => { pendingFailure = e; });

function withTimeout(p, ms, name) {
  let t;
  return Promise.race([
    p.finally(() => clearTimeout(t)),
    new Promise((_, rej) => { t = setTimeout(() => rej(new Error(`timed out after ${ms} ms: ${name}`)), ms); }),
  ]);
}

const diag = (e) => String((e && e.stack) || e).split('\n').slice(0, 12);

// CPU seconds of this process and of the programs it ran and waited for
// (the SQL client, dvcctl, the tests/db programs...), for the runner's
// table: utime, stime, cutime, cstime of /proc/self/stat, in clock ticks
// (USER_HZ, 100 on Linux).
function cpu() {
  const f = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / 100;
}

try {
  await import(pathToFileURL(file).href);
} catch (e) {
  await send({ ok: false, name: 'cannot load', ms: 0, diag: diag(e) });
  await send({ done: true, cpu: cpu() });
  process.exit(0);
}
for (const t of registry.splice(0)) {
  const t0 = Date.now();
  try {
    await withTimeout(Promise.resolve().then(() => t.fn()), t.timeout, t.name);
    if (pendingFailure) throw pendingFailure;
    await send({ ok: true, name: t.name, ms: Date.now() - t0 });
  } catch (e) {
    await send({ ok: false, name: t.name, ms: Date.now() - t0, diag: diag(e) });
  }
  pendingFailure = null;
}
await send({ done: true, cpu: cpu() });
// sockets, browsers or children a test left open do not keep it alive
process.exit(0);
