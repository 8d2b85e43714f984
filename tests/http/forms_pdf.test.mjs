// Forms as PDF beside the editable file (issue 15: RTF alone does not
// open on most phones). Every form in htdocs/bieu-mau has its PDF
// (tools/forms-pdf.mjs), a tagged A4 document that says the same words as
// the RTF; the procedure page offers both, named for what each is for,
// and both are served as what they are.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test, assert } from '../lib/t.mjs';
import { NGINX, ROOT } from '../lib/env.mjs';
import { get } from '../lib/http.mjs';
import { rtfText } from '../../tools/forms-pdf.mjs';

const DIR = join(ROOT, 'htdocs/bieu-mau');
const words = (s) => s.normalize('NFC').split(/\s+/).filter(Boolean);

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  assert.equal(r.status, 0, `${cmd}: ${r.stderr}`);
  return r.stdout;
};

test('every form has its PDF, tagged, A4, with the same words as the RTF', () => {
  const rtfs = readdirSync(DIR).filter((f) => f.endsWith('.rtf'));
  assert.ok(rtfs.length >= 100, `${rtfs.length} forms`);
  for (const f of rtfs) {
    const pdf = join(DIR, f.replace(/\.rtf$/, '.pdf'));
    assert.ok(existsSync(pdf), `${f}: no PDF beside it (node tools/forms-pdf.mjs)`);
    const info = run('pdfinfo', [pdf]);
    assert.match(info, /Tagged:\s+yes/, `${f}: tagged for screen readers`);
    assert.match(info, /Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/, `${f}: A4`);
    const text = run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
    const want = words(rtfText(readFileSync(join(DIR, f), 'latin1')));
    // the PDF may break a long line of dots where the RTF does not
    const got = words(text).join(' ').replace(/\.{2,} ?\.{2,}/g, (m) => m.replace(/ /g, ''));
    assert.equal(got, want.join(' '), `${f}: the PDF says what the RTF says`);
  }
});

test('the procedure page offers the form as PDF and as the editable file; both are served as what they are', async () => {
  const page = await get(NGINX, '/thu-tuc/1.000689');
  assert.equal(page.status, 200);
  const links = [...page.body.matchAll(/<a class="form-link" href="([^"]+)" download>([^<]+)<span class="visually-hidden">: ([^<]+)<\/span><\/a>/g)]
    .map((m) => ({ href: m[1], text: m[2], form: m[3] }));
  const khaiSinh = links.filter((l) => l.form === 'Tờ khai đăng ký khai sinh');
  assert.deepEqual(khaiSinh.map((l) => [l.href, l.text]), [
    ['/static/bieu-mau/to-khai-dang-ky-khai-sinh.pdf', 'Tải mẫu (PDF, để in)'],
    ['/static/bieu-mau/to-khai-dang-ky-khai-sinh.rtf', 'Tải mẫu (bản điền trên máy tính)'],
  ]);
  const pdf = await get(NGINX, khaiSinh[0].href);
  assert.equal(pdf.status, 200);
  assert.match(pdf.headers['content-type'], /^application\/pdf/);
  assert.ok(pdf.body.startsWith('%PDF-'));
  const rtf = await get(NGINX, khaiSinh[1].href);
  assert.equal(rtf.status, 200);
  assert.ok(rtf.body.startsWith('{\\rtf1'));
});

test('the converter itself: bold, italic, alignment and Unicode escapes come through', async () => {
  const { rtfToHtml } = await import('../../tools/forms-pdf.mjs');
  const { html } = rtfToHtml('{\\rtf1\\ansi{\\fonttbl{\\f0\\froman Times;}}\\paperw11906\\paperh16838\\margl1701\\margr1134\\margt1134\\margb1134\n'
    + '\\pard\\qc\\fs26\\b C\\u7896?NG H\\u210?A\\b0\\par\n\\pard\\qr\\i ng\\u224?y\\i0\\par\n}');
  assert.match(html, /<p style="text-align:center;"><span style="font-size:13pt"><b>CỘNG HÒA<\/b><\/span><\/p>/);
  assert.match(html, /<p style="text-align:right;"><span style="font-size:13pt"><i>ngày<\/i><\/span><\/p>/);
  assert.match(html, /@page \{ size: 210\.0mm 297\.0mm; margin: 20\.0mm 20\.0mm 20\.0mm 30\.0mm; \}/);
});
