// The downloadable forms as PDF beside their editable RTF (issue 15: RTF
// alone does not open on most phones). Reads each htdocs/bieu-mau/*.rtf,
// turns the small RTF subset the forms use (paragraphs, alignment, bold,
// italic, font sizes, line spacing, page size and margins, \uN? Unicode
// characters) into HTML, and prints it to a PDF of the same name with
// Debian's chromium (fonts: DejaVu Serif, which has every Vietnamese
// letter). The PDFs are kept in the repository beside the RTF files: run
//   node tools/forms-pdf.mjs [FILE.rtf...]
// again after changing a form (tests/http/forms_pdf.test.mjs checks that
// every form has its PDF and that the two say the same words).
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIR = join(ROOT, 'htdocs/bieu-mau');
// playwright-core is the tests' (tests/package.json)
const require = createRequire(join(ROOT, 'tests/package.json'));
const { chromium } = require('playwright-core');

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// RTF (the forms' subset) to { html, page: { w, h, margins in mm } }.
export function rtfToHtml(rtf) {
  const twip = (n) => `${(n / 1440 * 25.4).toFixed(1)}mm`;
  const page = { w: 11906, h: 16838, l: 1701, r: 1134, t: 1134, b: 1134 };
  const paras = [];
  let cur = null;
  let st = { align: 'left', b: false, i: false, fs: 26, sl: 0 };
  let text = '';
  const flush = (endPara) => {
    if (text) {
      if (!cur) cur = { align: st.align, sl: st.sl, runs: [] };
      cur.runs.push({ text, b: st.b, i: st.i, fs: st.fs });
      text = '';
    }
    if (endPara) {
      paras.push(cur || { align: st.align, sl: st.sl, runs: [] });
      cur = null;
    }
  };
  // the font table and the outer group are skipped; nothing else nests
  const body = rtf.replace(/\{\\fonttbl[^}]*\}\}/, '').replace(/^\{/, '').replace(/\}\s*$/, '');
  const re = /\\u(-?\d+)\?|\\([a-z]+)(-?\d+)? ?|\\([{}\\])|([^\\\r\n]+)|[\r\n]+/gy;
  let m;
  while ((m = re.exec(body)) !== null) {
    if (m[5] !== undefined) { text += m[5]; continue; }
    if (m[4] !== undefined) { text += m[4]; continue; }
    if (m[1] !== undefined) { let c = Number(m[1]); if (c < 0) c += 65536; text += String.fromCharCode(c); continue; }
    if (m[2] === undefined) continue;
    const w = m[2];
    const n = m[3] === undefined ? null : Number(m[3]);
    const style = () => flush(false);
    switch (w) {
      case 'par': flush(true); break;
      case 'pard': flush(false); if (cur && cur.runs.length === 0) cur = null; st = { ...st, align: 'left', sl: 0 }; break;
      case 'qc': st.align = 'center'; if (cur && !cur.runs.length) cur.align = 'center'; break;
      case 'qr': st.align = 'right'; break;
      case 'ql': st.align = 'left'; break;
      case 'b': style(); st.b = n !== 0; break;
      case 'i': style(); st.i = n !== 0; break;
      case 'fs': style(); st.fs = n; break;
      case 'sl': st.sl = n; break;
      case 'paperw': page.w = n; break;
      case 'paperh': page.h = n; break;
      case 'margl': page.l = n; break;
      case 'margr': page.r = n; break;
      case 'margt': page.t = n; break;
      case 'margb': page.b = n; break;
      default: break; // rtf, ansi, ansicpg, deff, uc, f, slmult: nothing to draw
    }
  }
  flush(false);
  if (cur) paras.push(cur);
  const html = paras.map((p) => {
    const lh = p.sl > 0 ? `line-height:${(p.sl / 240).toFixed(2)};` : '';
    const runs = p.runs.map((r) => {
      let t = esc(r.text);
      if (r.b) t = `<b>${t}</b>`;
      if (r.i) t = `<i>${t}</i>`;
      return `<span style="font-size:${r.fs / 2}pt">${t}</span>`;
    }).join('');
    return `<p style="text-align:${p.align};${lh}">${runs || '&nbsp;'}</p>`;
  }).join('\n');
  return {
    html: `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>
@page { size: ${twip(page.w)} ${twip(page.h)}; margin: ${twip(page.t)} ${twip(page.r)} ${twip(page.b)} ${twip(page.l)}; }
body { margin: 0; font-family: "DejaVu Serif", serif; font-size: 13pt; }
p { margin: 0; line-height: 1.3; overflow-wrap: anywhere; }
</style></head><body>
${html}
</body></html>`,
  };
}

// The words of an RTF form, for comparing with its PDF's text.
export function rtfText(rtf) {
  const body = rtf.replace(/\{\\fonttbl[^}]*\}\}/, '');
  return body.replace(/\\u(-?\d+)\?/g, (_, n) => String.fromCharCode(Number(n) < 0 ? Number(n) + 65536 : Number(n)))
    .replace(/\\par\b/g, '\n').replace(/\\[a-z]+-?\d* ?/g, '').replace(/[{}]/g, '');
}

async function main() {
  const files = process.argv.slice(2).length ? process.argv.slice(2)
    : readdirSync(DIR).filter((f) => f.endsWith('.rtf')).map((f) => join(DIR, f));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage();
  for (const f of files) {
    const { html } = rtfToHtml(readFileSync(f, 'latin1'));
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false, tagged: true });
    const out = join(dirname(f), `${basename(f, '.rtf')}.pdf`);
    writeFileSync(out, pdf);
    process.stdout.write(`${basename(out)} ${pdf.length} bytes\n`);
  }
  await browser.close();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
