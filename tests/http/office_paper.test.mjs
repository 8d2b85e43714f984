// The paper copy of a level-4 dossier submitted without valid digital
// signatures (Article 7.2; issue 13, section 4), through nginx: the start
// and review pages say it before submitting, and which documents; the
// dossier waits in reception's queue (marked, and a filter) and on the
// officer's page with the documents concerned; reception records the
// arrival (day, how, note) once, with its history event, audit record
// and mail; the citizen's warning then clears on every page; with
// Paper.ReturnBeforeArrival = 0 (the default) the result is not returned
// before it arrives. Bad input and the wrong people are refused and
// nothing changes. The domain's rule itself: tests/db/test_paper.c.
import { readFileSync } from 'node:fs';
import { test, assert } from '../lib/t.mjs';
import { NGINX, ROOT, RUN, sql, tapProgram } from '../lib/env.mjs';
import { newCitizen, staffLogin, lastMail } from '../lib/account.mjs';
import { startDraft, slots, upload, submit } from '../lib/dossier.mjs';
import {
  L3, row, version, act, audits, events, submitted, step, proposeResult, staffLike, payCounter,
} from '../lib/office.mjs';

const B = NGINX;
const L4 = '2.000488'; // level 4 at 000.00.09.H34 (Sở Tư pháp), with cases
const UNSIGNED = readFileSync(`${RUN}/pki/unsigned.pdf`);
const SIGNED = readFileSync(`${RUN}/pki/good.pdf`);
// the language file as full paths (Lang.Valid.required) and their values
const vi = new Map();
{
  const stack = [];
  for (const line of readFileSync(`${ROOT}/templates/lang/vi.hdf`, 'utf8').split('\n')) {
    let m;
    if ((m = /^\s*([\w.]+)\s*\{\s*$/.exec(line))) stack.push(m[1]);
    else if (/^\s*\}\s*$/.test(line)) stack.pop();
    else if ((m = /^\s*([\w.]+) = (.+)$/.exec(line))) vi.set([...stack, m[1]].join('.'), m[2]);
  }
}
// a sentence of the language file by the end of its path ('required',
// 'Paper.How.post'): the one path that ends so in the back office's or
// the forms' parts; more than one is the test's mistake to fix
const lang = (key) => {
  const all = [...vi.keys()].filter((k) => k.endsWith(`.${key}`) && !k.startsWith('Lang.Admin.')
    && !k.includes('.ByField.'));
  assert.equal(all.length, 1, `${key}: ${all.join(', ')}`);
  return vi.get(all[0]);
};
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// the portal's day in Vietnam (the test instance's clock is not moved here)
const vnDay = (offsetDays = 0) => new Date(Date.now() + 7 * 3600e3 + offsetDays * 86400e3).toISOString().slice(0, 10);
const dmy = (iso) => iso.split('-').reverse().join('/');

let who;
let draftId;
let d;
let reception;
let specialist;
let leader;
let outsider;

test('the domain: which required documents lack a valid signature, one rule for submission and pages', () => {
  tapProgram('test_paper', 25, 120000);
}, { timeout: 130000 });

test('before submitting: the start page of a level-4 procedure names the documents to sign; the review page those unsigned now', async () => {
  who = await newCitizen(B);
  const start = await who.jar.get(B, `/ho-so/nop/${L4}`);
  assert.equal(start.status, 200);
  assert.ok(start.body.includes(esc(lang('PaperBefore'))), 'the paper copy said before starting');
  const box = start.body.match(/id="ban-giay">([\s\S]*?)<\/div>/)[1];
  const required = sql(`SELECT pd.name FROM proc_document pd JOIN proc p ON p.id = pd.proc_id
    WHERE p.code = '${L4}' AND pd.required = 1`).map((r) => r[0]);
  assert.ok(required.length >= 2);
  for (const name of required) assert.ok(box.includes(esc(name)), `listed: ${name}`);
  // a level-3 procedure asks for no signature
  const l3 = await who.jar.get(B, `/ho-so/nop/${L3}`);
  assert.ok(!l3.body.includes('id="ban-giay"'));

  draftId = await startDraft(B, who, L4, { truong_hop: 'ca-nhan' });
  const s = await slots(B, who, draftId);
  const req = sql(`SELECT id, name FROM dossier_doc WHERE dossier_id = ${draftId} AND required = 1 ORDER BY seq`);
  assert.equal(req.length, 2);
  assert.ok(s.length >= 2);
  const up = await upload(B, who, draftId, req.map(([id], i) => ({ slot: id, filename: `scan-${i}.pdf`, data: UNSIGNED })));
  assert.equal(up.status, 303, up.body.slice(0, 1500));
  let review = await who.jar.get(B, `/ho-so/nhap/${draftId}/xem-lai`);
  let warn = review.body.match(/id="ban-giay">([\s\S]*?)<\/div>/);
  assert.ok(warn, 'the review page warns');
  assert.ok(warn[1].includes(esc(lang('PaperReview'))));
  for (const [, name] of req) assert.ok(warn[1].includes(esc(name)), `unsigned now: ${name}`);
  // the form signed: only the other is left
  assert.equal((await upload(B, who, draftId, [{ slot: req[0][0], filename: 'to-khai-da-ky.pdf', data: SIGNED }])).status, 303);
  review = await who.jar.get(B, `/ho-so/nhap/${draftId}/xem-lai`);
  warn = review.body.match(/id="ban-giay">([\s\S]*?)<\/div>/)[1];
  assert.ok(!warn.includes(esc(req[0][1])), 'the signed document is no longer listed');
  assert.ok(warn.includes(esc(req[1][1])), 'the unsigned one still is');
});

test('submitted unsigned: marked in reception\'s queue and its filter, and on the officer\'s page with the documents concerned', async () => {
  assert.equal((await submit(B, who, draftId)).status, 303);
  const [code, paper] = row(draftId, 'code, paper_pending');
  assert.equal(paper, '1');
  d = { who, id: draftId, code };
  const receipt = await who.jar.get(B, `/ho-so/${code}/bien-nhan`);
  assert.ok(receipt.body.includes(esc(lang('PaperPending'))), 'the receipt asks for it');
  // the citizen's history says why, in words (never the stored note)
  const view = await who.jar.get(B, `/ho-so/${code}`);
  assert.ok(view.body.includes(esc(lang('SubmitPaper'))));
  assert.ok(!/<span class="note">paper<\/span>/.test(view.body));

  reception = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  specialist = await staffLogin(B, 'chuyenvien@tuphap.kontum.demo');
  leader = await staffLogin(B, 'lanhdao@tuphap.kontum.demo');
  staffLike('tiepnhan@khac.kontum.demo', 'reception', '000.00.06.H34', 'Cán bộ khác');
  outsider = await staffLogin(B, 'tiepnhan@khac.kontum.demo');

  const plain = await submitted(); // level 3: nothing awaited
  const queue = await reception.get(B, `/can-bo/tiep-nhan?q=${encodeURIComponent(code)}`);
  const tr = queue.body.match(new RegExp(`<tr[^>]*data-code="${code}">([\\s\\S]*?)</tr>`));
  assert.ok(tr, 'in the queue');
  assert.ok(tr[1].includes(`paper-awaited">${lang('PaperAwaited')}<`), 'marked waiting for the paper copy');
  // the filter with the code searched: files running beside this one
  // (the transition table's) may put more than a page before it
  const filtered = await reception.get(B, `/can-bo/tiep-nhan?trang_thai=cho-ban-giay&q=${encodeURIComponent(code)}`);
  assert.equal(filtered.status, 200);
  assert.ok(filtered.body.includes(`data-code="${code}"`), 'the filter finds it');
  assert.ok(filtered.body.includes(`value="cho-ban-giay" selected`));
  const needsNone = await reception.get(B, `/can-bo/tiep-nhan?trang_thai=cho-ban-giay&q=${encodeURIComponent(plain.code)}`);
  assert.ok(!needsNone.body.includes(`data-code="${plain.code}"`), 'and not a dossier that needs none');
  assert.ok((await reception.get(B, `/can-bo/tiep-nhan?q=${encodeURIComponent(plain.code)}`)).body
    .includes(`data-code="${plain.code}"`), 'which the search alone finds');
  const other = await reception.get(B, `/can-bo/tiep-nhan?q=${encodeURIComponent(plain.code)}`);
  const tr3 = other.body.match(new RegExp(`<tr[^>]*data-code="${plain.code}">([\\s\\S]*?)</tr>`))[1];
  assert.ok(!tr3.includes('paper-awaited'));

  const page = await reception.get(B, `/can-bo/ho-so/${code}`);
  const sec = page.body.match(/<section class="paper" id="ban-giay">([\s\S]*?)<\/section>/);
  assert.ok(sec, 'the officer\'s page has the paper copy\'s section');
  assert.ok(sec[1].includes(esc(lang('Awaited'))));
  const unsignedName = sql(`SELECT name FROM dossier_doc WHERE dossier_id = ${d.id} AND required = 1 ORDER BY seq`)[1][0];
  assert.ok(sec[1].includes(esc(unsignedName)), 'the document concerned');
  assert.ok(sec[1].includes('action="/can-bo/ho-so/' + code + '/da-nhan-ban-giay"'), 'reception\'s form');
  assert.ok(sec[1].includes(`value="${vnDay()}"`), 'today proposed');
  // the control sheet says it in words too
  const sheet = await reception.get(B, `/can-bo/ho-so/${code}/phieu-kiem-soat`);
  assert.equal(sheet.status, 200);
  assert.ok(sheet.body.includes(esc(lang('SubmitPaper'))) && !sheet.body.includes('<td>paper</td>'));
  // the specialist sees the state but has no form
  const sp = await specialist.get(B, `/can-bo/ho-so/${code}`);
  assert.ok(sp.body.includes('id="cho-ban-giay"'));
  assert.ok(!sp.body.includes('/da-nhan-ban-giay"'));
});

// One arrival post by jar with the version its page shows.
const arrive = async (jar, fields) => step(jar, d, 'da-nhan-ban-giay', fields);
const untouched = (v) => {
  assert.deepEqual(row(d.id, 'paper_received_at IS NULL, version'), ['1', String(v)]);
  assert.equal(audits(d.id, 'dossier.paper_received'), 0);
};

test('bad input and the wrong people: refused with a message, nothing recorded', async () => {
  const v = version(d.id);
  const field = (body, name) => (body.match(new RegExp(`id="${name}-loi">([\\s\\S]*?)</p>`)) || [])[1] || '';
  let r = await arrive(reception, { ngay_nhan: vnDay(1), cach_nhan: 'post' });
  assert.equal(r.status, 422);
  assert.ok(field(r.body, 'ngay_nhan').includes(lang('paper_day_future')), 'a day in the future');
  assert.ok(r.body.includes(`value="${vnDay(1)}"`), 'the day typed shown again');
  r = await arrive(reception, { ngay_nhan: vnDay(-1), cach_nhan: 'post' });
  assert.equal(r.status, 422);
  assert.ok(field(r.body, 'ngay_nhan').includes(lang('paper_day_before')), 'before the submission');
  r = await arrive(reception, { ngay_nhan: '31/02/2026', cach_nhan: 'post' });
  assert.equal(r.status, 422);
  assert.ok(field(r.body, 'ngay_nhan').includes(lang('format_date')), 'not a date');
  r = await arrive(reception, { ngay_nhan: vnDay(), cach_nhan: 'fax' });
  assert.equal(r.status, 422);
  assert.ok(field(r.body, 'cach_nhan').includes(lang('format_enum')), 'neither post nor counter');
  r = await arrive(reception, { ngay_nhan: vnDay() });
  assert.equal(r.status, 422);
  assert.ok(field(r.body, 'cach_nhan').includes(lang('required')), 'how is required');
  r = await arrive(reception, { ngay_nhan: vnDay(), cach_nhan: 'post', ghi_chu: 'đ'.repeat(501) });
  assert.equal(r.status, 422);
  assert.ok(field(r.body, 'ghi_chu').includes(lang('toolong')), 'a note over 500 characters');
  assert.ok(r.body.includes('đ'.repeat(501)), 'the note kept for the officer to shorten');
  untouched(v);
  // the specialist: 403, on record; another agency's reception: 404, on record
  const denied = audits(d.id, 'dossier.denied');
  assert.equal((await arrive(specialist, { ngay_nhan: vnDay(), cach_nhan: 'post' })).status, 403);
  assert.equal(audits(d.id, 'dossier.denied'), denied + 1);
  const otok = await outsider.token(B, '/can-bo/tiep-nhan');
  const out = await act(outsider, d.code, 'da-nhan-ban-giay', { csrf: otok, phien_ban: v, ngay_nhan: vnDay(), cach_nhan: 'post' });
  assert.equal(out.status, 404);
  assert.equal(audits(d.id, 'dossier.denied'), denied + 2);
  // a dossier that needs no paper copy: 409 with its message
  const plain = await submitted();
  const p = await step(reception, plain, 'da-nhan-ban-giay', { ngay_nhan: vnDay(), cach_nhan: 'post' });
  assert.equal(p.status, 409);
  assert.ok(p.body.includes(esc(lang('NotAwaited'))));
  assert.equal(row(plain.id, 'paper_received_at IS NULL')[0], '1');
  untouched(v);
});

test('Paper.ReturnBeforeArrival = 0: the result is approved on the scans, but not returned before the paper copy', async () => {
  assert.equal((await step(reception, d, 'tiep-nhan')).status, 303);
  await payCounter(reception, d);
  assert.equal((await step(reception, d, 'chuyen-xu-ly')).status, 303);
  assert.equal((await proposeResult(specialist, d)).status, 303);
  assert.equal((await step(leader, d, 'duyet-ket-qua')).status, 303, 'the leader approves: only the return waits');
  assert.equal(row(d.id, 'status')[0], '9');
  const page = await reception.get(B, `/can-bo/ho-so/${d.code}`);
  assert.ok(page.body.includes('id="tra-ket-qua-cho-ban-giay"'), 'the return says why it waits');
  assert.ok(!page.body.includes(`/${d.code}/tra-ket-qua"`), 'and is not offered');
  const v = version(d.id);
  const r = await step(reception, d, 'tra-ket-qua', { hinh_thuc: 'online' });
  assert.equal(r.status, 409);
  assert.ok(r.body.includes(esc(lang('ReturnWaits'))), 'a clear message');
  assert.deepEqual(row(d.id, 'status, version'), ['9', String(v)]);
  assert.ok(!events(d.id).includes('deliver'));
});

test('reception records the arrival once: history, audit, mail; the citizen\'s warning clears everywhere; the result may then go', async () => {
  const v = version(d.id);
  const today = vnDay();
  const note = 'Phong bì đủ giấy tờ, <b>dán kín</b> & ghi mã hồ sơ.';
  const tok = await reception.token(B, `/can-bo/ho-so/${d.code}`);
  const fields = { csrf: tok, phien_ban: v, ngay_nhan: today, cach_nhan: 'post', ghi_chu: note };
  const r = await act(reception, d.code, 'da-nhan-ban-giay', fields);
  assert.equal(r.status, 303, r.body.slice(0, 2000));
  assert.deepEqual(row(d.id, "DATE_FORMAT(paper_received_at, '%Y-%m-%d'), paper_received_how, paper_received_note, status, version"),
    [today, 'post', note, '9', String(v + 1)]);
  assert.equal(events(d.id).filter((e) => e === 'paper_received').length, 1, 'one history event');
  assert.equal(audits(d.id, 'dossier.paper_received'), 1, 'one audit record');
  const detail = sql(`SELECT detail FROM audit WHERE object_type = 'dossier' AND object_id = ${d.id} AND action = 'dossier.paper_received'`)[0][0];
  assert.ok(detail.includes(`paper post ${today}`), detail);
  const mail = lastMail(who.data.email);
  assert.equal(mail.subject, lang('PaperReceived.Subject'), 'the citizen is mailed');
  assert.ok(mail.text.includes(d.code));
  assert.ok(!mail.text.includes(lang('PaperPending')), 'the mail no longer asks for it');
  // posted again with the same page: recorded once
  const again = await act(reception, d.code, 'da-nhan-ban-giay', fields);
  assert.equal(again.status, 303);
  assert.equal(events(d.id).filter((e) => e === 'paper_received').length, 1);
  assert.equal(audits(d.id, 'dossier.paper_received'), 1);
  // from a page loaded since: 409, nothing more
  const later = await step(reception, d, 'da-nhan-ban-giay', { ngay_nhan: today, cach_nhan: 'counter' });
  assert.equal(later.status, 409);
  assert.ok(later.body.includes(esc(lang('NotAwaited'))));
  assert.equal(row(d.id, 'paper_received_how')[0], 'post');

  // the officer's page: arrived, with the day, how and the note (escaped)
  const op = await reception.get(B, `/can-bo/ho-so/${d.code}`);
  const arrived = op.body.match(/id="ban-giay-da-nhan">([\s\S]*?)<\/p>/)[1];
  assert.ok(arrived.includes(dmy(today)) && arrived.includes(lang('Paper.How.post')));
  assert.ok(op.body.includes(esc(note)));
  assert.ok(!op.body.includes('id="cho-ban-giay"'));
  // the queue: no longer marked, no longer in the filter
  const f = await reception.get(B, `/can-bo/tiep-nhan?trang_thai=cho-ban-giay&q=${encodeURIComponent(d.code)}`);
  assert.ok(!f.body.includes(`data-code="${d.code}"`));

  // the citizen: the dossier page, the receipt, the tracking page and the
  // list say it arrived, and when, instead of asking for it
  const said = `${esc(lang('PaperArrived'))} ${lang('PaperArrivedOn')} ${dmy(today)}.`;
  const view = await who.jar.get(B, `/ho-so/${d.code}`);
  assert.ok(view.body.includes(said), 'the dossier page');
  assert.ok(!view.body.includes(esc(lang('PaperPending'))));
  assert.ok(view.body.includes(lang('Event.paper_received')), 'the history names the step');
  assert.ok(!view.body.includes(esc(note)), 'reception\'s note stays with the office');
  const receipt = await who.jar.get(B, `/ho-so/${d.code}/bien-nhan`);
  assert.ok(receipt.body.includes(said) && !receipt.body.includes(esc(lang('PaperPending'))), 'the receipt');
  const track = await who.jar.get(B, `/tra-cuu?ma=${encodeURIComponent(d.code)}&so=${who.data.so_dinh_danh.slice(-4)}`);
  assert.equal(track.status, 200);
  assert.ok(track.body.includes(said) && !track.body.includes(esc(lang('PaperPending'))), 'the tracking page');
  const list = await who.jar.get(B, '/ho-so');
  const line = list.body.match(new RegExp(`${d.code}</a></td>([\\s\\S]*?)</tr>`))[1];
  assert.ok(line.includes(`${lang('PaperArrivedShort')} ${dmy(today)}`), 'the list');

  // the result may go now
  assert.equal((await step(reception, d, 'tra-ket-qua', { hinh_thuc: 'online' })).status, 303);
  assert.equal(row(d.id, 'status')[0], '10');
});
