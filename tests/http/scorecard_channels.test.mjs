// The scorecard's "online procedures with dossiers in the period" counts
// only dossiers that came online (issue 15: a dossier entered at the
// counter is submitted too, and made a procedure count as used online).
// An agency of the test's own with one level-3 procedure: a dossier
// received at its counter leaves it unused (and listed as unused); one
// received online makes it used.
import { test, assert } from '../lib/t.mjs';
import { NGINX } from '../lib/env.mjs';
import { staffLogin, newCccd, newPhone } from '../lib/account.mjs';
import { postMultipart } from '../lib/dossier.mjs';
import { submitted, step, fixture } from '../lib/office.mjs';
import { agencySet } from '../lib/agency.mjs';
import { login, provinceAdmin } from '../lib/report.mjs';

const B = NGINX;
const FORM = '/can-bo/tiep-nhan/truc-tiep';
let set;
let reception;
let admin;
const year = new Date(Date.now() + 7 * 3600 * 1000).getUTCFullYear();

// used / online procedures of the agency, as the scorecard writes them,
// and whether the procedure is in the list of the unused ones
async function used() {
  const q = `ky=nam&nam=${year}&co_quan=${set.old}`;
  const page = (await admin.get(B, `/can-bo/bao-cao/chi-so?${q}`)).body;
  const m = page.match(/id="chi-so-phat-sinh">[\s\S]*?= (\d+) \/ (\d+) × 100/);
  assert.ok(m, 'the figure with its formula');
  const list = (await admin.get(B, `/can-bo/bao-cao/chi-so/chua-phat-sinh?${q}`)).body;
  return { used: Number(m[1]), online: Number(m[2]), listed: list.includes(`data-code="${set.proc}"`) };
}

test('an agency of its own, its reception and the province admin', async () => {
  set = agencySet('kênh');
  reception = await staffLogin(B, set.receptionOld);
  admin = await login(provinceAdmin());
}, { timeout: 120000 });

test('a dossier received at the counter does not make the procedure used online; one received online does', async () => {
  assert.deepEqual(await used(), { used: 0, online: 1, listed: true }, 'nothing yet');
  // at the counter: entered, scanned, compared, received
  const page = await reception.get(B, FORM);
  assert.equal(page.status, 200);
  const csrf = page.body.match(/name="csrf" value="([^"]+)"/)[1];
  const token = page.body.match(/name="ma_phieu" value="([^"]+)"/)[1];
  const r = await reception.post(B, FORM, { csrf, ma_phieu: token, so_dinh_danh: newCccd(1980),
    ho_ten: 'Y Bih Niê', ngay_sinh: '03/04/1980', dien_thoai: newPhone(), email: '',
    dia_chi: '12 Bà Triệu, Kon Tum', kenh: 'quay', thu_tuc: set.proc });
  assert.equal(r.status, 303, r.body.slice(0, 1500));
  const id = Number(r.headers.location.match(/\/(\d+)$/)[1]);
  const papers = await reception.get(B, `${FORM}/${id}`);
  const slots = [...papers.body.matchAll(/<fieldset class="group doc[^"]*" id="muc-(\d+)">/g)].map((m) => m[1]);
  const fields = { csrf: await reception.token(B, `${FORM}/${id}`), tiep: 'tiep-nhan' };
  for (const s of slots) fields[`doi_chieu_${s}`] = '1';
  const done = await postMultipart(reception, B, `${FORM}/${id}`, fields,
    slots.map((s, i) => ({ name: `tep_${s}`, filename: `bản quét ${i}.pdf`, type: 'application/pdf', data: fixture('ok.pdf') })));
  assert.equal(done.status, 303, done.body.slice(0, 1500));
  assert.deepEqual(await used(), { used: 0, online: 1, listed: true }, 'a counter dossier: still unused online');
  // online: submitted by a citizen, received by reception
  const d = await submitted(set.proc);
  assert.equal((await step(reception, d, 'tiep-nhan')).status, 303);
  assert.deepEqual(await used(), { used: 1, online: 1, listed: false }, 'used online now');
}, { timeout: 180000 });
