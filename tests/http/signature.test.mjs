// Level 4 (Article 7.2): signed PDFs and detached .p7s signatures checked
// against the instance's trust store (a test PKI made by
// tests/tools/mkpki, see ./dvc-dev), each bad signature refused with its
// own message; a dossier without valid signatures is accepted but waits
// for the paper dossier by post.
import crypto from 'node:crypto';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { test, assert } from '../lib/t.mjs';
import { NGINX, ROOT, RUN, sql } from '../lib/env.mjs';
import { newCitizen } from '../lib/account.mjs';
import { startDraft, slots, upload, submit } from '../lib/dossier.mjs';

const B = NGINX;
const PKI = `${RUN}/pki`;
const manifest = JSON.parse(readFileSync(`${PKI}/manifest.json`, 'utf8'));
const vi = readFileSync(`${ROOT}/templates/lang/vi.hdf`, 'utf8');
const sigMsg = (key) => {
  const block = vi.slice(vi.indexOf('  Sig {'));
  return block.match(new RegExp(`^\\s*${key} = (.+)$`, 'm'))[1];
};
const OKPDF = readFileSync(`${ROOT}/tests/fixtures/uploads/ok.pdf`);
const OTHERPDF = readFileSync(`${ROOT}/tests/fixtures/uploads/ok-objstm.pdf`);
// level 4, one agency, one required document first
const L4 = '2.002021';

// A detached CMS signature (DER) over data, made with the openssl tool
// and a key of the test PKI.
const tmp = mkdtempSync(`${tmpdir()}/dvc-sig-`);
function p7s(data, who, md = 'sha256') {
  const inFile = `${tmp}/in-${crypto.randomBytes(4).toString('hex')}`;
  writeFileSync(inFile, data);
  return execFileSync('openssl', ['cms', '-sign', '-binary', '-md', md, '-in', inFile,
    '-signer', `${PKI}/${who}.pem`, '-inkey', `${PKI}/${who}.key`,
    ...(who === 'selfsigned' ? [] : ['-certfile', `${PKI}/inter.pem`]), '-outform', 'DER']);
}

let who;
let draft;
let s;

test('a signed PDF: valid, with the signer, serial and time shown to the citizen', async () => {
  who = await newCitizen(B);
  draft = await startDraft(B, who, L4);
  s = await slots(B, who, draft);
  const required = sql(`SELECT id FROM dossier_doc WHERE dossier_id = ${draft} AND required = 1 ORDER BY seq`).map((x) => Number(x[0]));
  assert.ok(required.length >= 1);
  s.required = required[0];
  const r = await upload(B, who, draft, [{ slot: s.required, filename: 'don-da-ky.pdf', data: readFileSync(`${PKI}/good.pdf`) }]);
  assert.equal(r.status, 303, r.body.slice(0, 2000));
  const row = sql(`SELECT sig_state, sig_signer, sig_serial, sig_issuer FROM dossier_file WHERE dossier_id = ${draft}`)[0];
  assert.deepEqual(row.slice(0, 3), ['valid', 'Nguyễn Văn An', '1001']);
  const page = await who.jar.get(B, `/ho-so/nhap/${draft}`);
  assert.match(page.body, /Hợp lệ<\/span> Người ký: Nguyễn Văn An; Số hiệu chứng thư: 1001/);
});

test('bad signatures in a PDF: each refused with its own message, nothing stored', async () => {
  const cases = manifest.cases.filter((c) => c.kind === 'pdf' && c.reason !== 'SIG_OK' && c.reason !== 'SIG_NONE');
  assert.ok(cases.length >= 10);
  const n0 = Number(sql(`SELECT COUNT(*) FROM dossier_file WHERE dossier_id = ${draft}`)[0][0]);
  for (const c of cases) {
    const r = await upload(B, who, draft, [{ slot: s.required, filename: c.file, data: readFileSync(`${PKI}/${c.file}`) }]);
    assert.equal(r.status, 422, c.file);
    const box = r.body.match(new RegExp(`id="tep_${s.required}-loi">([\\s\\S]*?)</div>`));
    assert.ok(box, `${c.file}: message by the field`);
    assert.ok(box[1].includes(sigMsg(c.key)), `${c.file}: ${c.key}\n${box[1]}`);
  }
  assert.equal(Number(sql(`SELECT COUNT(*) FROM dossier_file WHERE dossier_id = ${draft}`)[0][0]), n0);
});

test('detached .p7s: accepted with its file; over another file, self-signed, expired, SHA-1 or corrupt DER: refused', async () => {
  const good = p7s(OKPDF, 'good');
  const ok = await upload(B, who, draft, [
    { slot: s[s.length - 1].id, filename: 'phu-luc.pdf', data: OKPDF },
    { slot: s[s.length - 1].id, filename: 'phu-luc.pdf.p7s', data: good },
  ]);
  assert.equal(ok.status, 303, ok.body.slice(0, 2000));
  const rows = sql(`SELECT name, ext, sig_state, signs_id IS NOT NULL FROM dossier_file WHERE dossier_id = ${draft} AND doc_id = ${s[s.length - 1].id} ORDER BY id`);
  assert.deepEqual(rows, [['phu-luc.pdf', 'pdf', 'valid', '0'], ['phu-luc.pdf.p7s', 'p7s', 'valid', '1']]);
  const bad = [
    ['over another file', p7s(OTHERPDF, 'good'), 'Mismatch'],
    ['self-signed signer', p7s(OKPDF, 'selfsigned'), 'SelfSigned'],
    ['expired signer', p7s(OKPDF, 'expired'), 'Expired'],
    ['SHA-1', p7s(OKPDF, 'good', 'sha1'), 'WeakDigest'],
    ['corrupt DER', good.subarray(0, good.length - 40), 'Corrupt'],
    ['not DER at all', crypto.randomBytes(300), 'Corrupt'],
  ];
  const slot = s[0].id === s.required ? s[1].id : s[0].id;
  for (const [what, sig, key] of bad) {
    const r = await upload(B, who, draft, [
      { slot, filename: 'x.pdf', data: OKPDF },
      { slot, filename: 'x.pdf.p7s', data: sig },
    ]);
    assert.equal(r.status, 422, what);
    const box = r.body.match(new RegExp(`id="tep_${slot}-loi">([\\s\\S]*?)</div>`));
    assert.ok(box && box[1].includes(sigMsg(key)), `${what}: ${key}`);
    assert.equal(Number(sql(`SELECT COUNT(*) FROM dossier_file WHERE dossier_id = ${draft} AND name = 'x.pdf.p7s'`)[0][0]), 0, what);
    sql(`DELETE FROM dossier_file WHERE dossier_id = ${draft} AND name = 'x.pdf'`);
  }
  // a .p7s with nothing to sign in its slot
  const alone = await upload(B, who, draft, [{ slot, filename: 'lac.pdf.p7s', data: good }]);
  assert.equal(alone.status, 422);
  assert.ok(alone.body.includes(sigMsg('NoTarget')));
});

test('level 4 submitted with a valid signature on every required document: no paper dossier', async () => {
  const r = await submit(B, who, draft);
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  const [code, paper] = sql(`SELECT code, paper_pending FROM dossier WHERE id = ${draft}`)[0];
  assert.equal(paper, '0');
  const receipt = await who.jar.get(B, `/ho-so/${code}/bien-nhan`);
  assert.match(receipt.body, /Nguyễn Văn An/);
  assert.ok(!/gửi hồ sơ giấy qua bưu điện/.test(receipt.body));
});

test('level 4 without signatures: accepted, marked waiting for the paper dossier, and the receipt says to post it with the code', async () => {
  const d = await startDraft(B, who, L4, { ma_phieu: crypto.randomBytes(16).toString('base64url') });
  const sl = await slots(B, who, d);
  const req = sql(`SELECT id FROM dossier_doc WHERE dossier_id = ${d} AND required = 1`).map((x) => Number(x[0]));
  const r = await upload(B, who, d, req.map((id) => ({ slot: id, filename: 'scan.pdf', data: readFileSync(`${PKI}/unsigned.pdf`) })));
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  assert.ok(sl.length >= req.length);
  const sub = await submit(B, who, d);
  assert.equal(sub.status, 303);
  const [code, paper] = sql(`SELECT code, paper_pending FROM dossier WHERE id = ${d}`)[0];
  assert.equal(paper, '1');
  const receipt = await who.jar.get(B, `/ho-so/${code}/bien-nhan`);
  assert.match(receipt.body, /gửi hồ sơ giấy qua bưu điện/);
  assert.ok(receipt.body.includes(code));
  assert.match(receipt.body, /Không có chữ ký số/);
  const view = await who.jar.get(B, `/ho-so/${code}`);
  assert.match(view.body, /gửi hồ sơ giấy qua bưu điện/);
});
