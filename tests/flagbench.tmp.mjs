import { chromium } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const B = 'http://127.0.0.1:18110';
function tree(root) {
  const procs = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try { const st = readFileSync(`/proc/${d}/stat`, 'utf8'); const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      const type = (cmd.match(/--type=([a-z-]+)/) || [, 'browser'])[1] + (cmd.includes('--utility-sub-type=') ? ':' + cmd.match(/--utility-sub-type=([^\0]+)/)[1].split('.').pop() : '');
      procs.set(+d, { pp: +f[1], t: (+f[11] + +f[12] + +f[13] + +f[14]) / 100, type }); } catch {}
  }
  const by = {}; const todo = [root];
  while (todo.length) { const p = todo.pop(); const v = procs.get(p); if (v) by[v.type] = (by[v.type] || 0) + v.t; for (const [c, w] of procs) if (w.pp === p) todo.push(c); }
  return by;
}
const base = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];
const variants = {
  current: [],
  'no-swiftshader': ['--disable-software-rasterizer'],
  'in-process-gpu': ['--in-process-gpu'],
  'both': ['--disable-software-rasterizer', '--in-process-gpu'],
};
const paths = ['/', '/thu-tuc', '/thu-tuc/1.001193', '/co-quan', '/thong-ke', '/gop-y', '/tai-khoan/dang-ky'];
for (const [name, extra] of Object.entries(variants)) {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...base, ...extra] });
  const pid = b._connection ? null : null;
  // find chromium pid: the child of this node process named chromium
  const kids = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).filter((d) => { try { const st = readFileSync(`/proc/${d}/stat`, 'utf8'); return st.slice(st.lastIndexOf(')') + 2).split(' ')[1] == String(process.pid) && readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('chromium'); } catch { return false; } });
  const cpid = +kids[0];
  const t0 = Date.now();
  const ctx = await b.newContext(); const page = await ctx.newPage();
  for (let r = 0; r < 2; r++) for (const p of paths) {
    await page.goto(B + p);
    await page.evaluate(axeSource);
    await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.length);
  }
  const phone = await b.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true }); const pp = await phone.newPage();
  for (const p of paths) { await pp.goto(B + p); await pp.evaluate(() => document.documentElement.scrollWidth); }
  await new Promise((r) => setTimeout(r, 3000)); // idle
  const by = tree(cpid);
  const total = Object.values(by).reduce((a, b) => a + b, 0);
  console.log(name.padEnd(16), 'wall', Date.now() - t0, 'cpu', total.toFixed(1), JSON.stringify(Object.fromEntries(Object.entries(by).map(([k, v]) => [k, +v.toFixed(1)]))));
  await b.close();
}
