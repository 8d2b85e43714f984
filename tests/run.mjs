// Runs the HTTP, FastCGI and browser tests against the stack ./dvc-dev
// test started. Files run one after another (some stop the database);
// within a file, tests run in order. Arguments filter files by name.
// The last line is "RESULT passed=N failed=M" for ./dvc-dev.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { registry } from './lib/t.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const groups = ['fcgi', 'http', 'browser'];
const filters = process.argv.slice(2);
const files = groups.flatMap((g) => {
  let names = [];
  try { names = readdirSync(join(here, g)); } catch { return []; }
  return names.filter((n) => n.endsWith('.test.mjs')).sort().map((n) => join(here, g, n));
}).filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));

let n = 0;
let passed = 0;
let failed = 0;

// An error nobody awaited (a socket event, a timer) fails the test that is
// running instead of ending the whole run without a result line.
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

for (const file of files) {
  const rel = relative(here, file);
  registry.length = 0;
  try {
    await import(pathToFileURL(file).href);
  } catch (e) {
    n++; failed++;
    console.log(`not ok ${n} - ${rel}: cannot load: ${e.stack || e}`);
    continue;
  }
  const tests = registry.splice(0);
  for (const t of tests) {
    n++;
    const t0 = Date.now();
    try {
      await withTimeout(Promise.resolve().then(() => t.fn()), t.timeout, t.name);
      if (pendingFailure) {
        const e = pendingFailure;
        pendingFailure = null;
        throw e;
      }
      passed++;
      console.log(`ok ${n} - ${rel}: ${t.name} (${Date.now() - t0} ms)`);
    } catch (e) {
      pendingFailure = null;
      failed++;
      console.log(`not ok ${n} - ${rel}: ${t.name}`);
      console.log(String(e.stack || e).split('\n').slice(0, 12).map((l) => '#   ' + l).join('\n'));
    }
  }
}
console.log(`\n${passed} passed, ${failed} failed (HTTP, FastCGI, browser)`);
console.log(`RESULT passed=${passed} failed=${failed}`);
process.exit(failed ? 1 : 0);
