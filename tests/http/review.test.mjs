// The review page before submitting (issue 15, "check your answers"): the
// time limit, the fee, what happens next, a "Sửa" link per section that
// lands on the part of the draft it names; an unticked declaration gets
// the error summary at the top; discarding a draft asks first.
import { test, assert } from '../lib/t.mjs';
import { NGINX, sql } from '../lib/env.mjs';
import { newCitizen } from '../lib/account.mjs';
import { startDraft, slots, upload, submit } from '../lib/dossier.mjs';
import { L3, fixture } from '../lib/office.mjs';

const B = NGINX;

async function completeDraft() {
  const who = await newCitizen(B);
  const id = await startDraft(B, who, L3);
  const s = await slots(B, who, id);
  const r = await upload(B, who, id, s.map((x, i) => ({ slot: x.id, filename: `giay-${i}.pdf`, type: 'application/pdf', data: fixture('ok.pdf') })));
  assert.equal(r.status, 303);
  return { who, id };
}

test('check your answers: time limit, fee, what happens next, and "Sửa" links to the parts of the draft', async () => {
  const { who, id } = await completeDraft();
  const page = (await who.jar.get(B, `/ho-so/nhap/${id}/xem-lai`)).body;
  // the online channel's limit, as the catalogue has it
  const [tenths, unit] = sql(`SELECT c.time_tenths, c.time_unit FROM proc_channel c JOIN proc p ON p.id = c.proc_id
    WHERE p.code = '${L3}' AND c.channel = 'online'`)[0];
  const t = Number(tenths);
  const shown = t % 10 ? `${Math.floor(t / 10)},${t % 10}` : String(t / 10);
  const unitWord = unit === 'working_hours' ? 'giờ làm việc' : 'ngày làm việc';
  assert.match(page, new RegExp(`<dt>Thời hạn giải quyết</dt><dd id="thoi-han">${shown} ${unitWord} kể từ khi cơ quan tiếp nhận hồ sơ</dd>`));
  assert.match(page, /Phí, lệ phí|Thủ tục này không thu phí, lệ phí/, 'the fee or that there is none');
  const next = page.match(/<ol class="steps" id="sau-khi-nop">([\s\S]*?)<\/ol>/);
  assert.ok(next, 'what happens next');
  assert.equal((next[1].match(/<li>/g) || []).length, 4);
  assert.match(next[1], new RegExp(`Thời hạn giải quyết là ${shown} ${unitWord}`));
  // one "Sửa" per section, each to an anchor that exists on the draft page
  const edits = [...page.matchAll(/<a class="edit" href="([^"]+)">Sửa<span class="visually-hidden"> ([^<]+)<\/span><\/a>/g)];
  assert.deepEqual(edits.map((e) => e[2]), ['thông tin người nộp hồ sơ', 'các giấy tờ đã tải lên']);
  const draft = (await who.jar.get(B, `/ho-so/nhap/${id}`)).body;
  for (const [, href] of edits) {
    const [path, anchor] = href.split('#');
    assert.equal(path, `/ho-so/nhap/${id}`);
    assert.match(draft, new RegExp(`id="${anchor}"`), `#${anchor} on the draft page`);
  }
});

test('an unticked declaration: 422, the error summary at the top naming it, nothing submitted', async () => {
  const { who, id } = await completeDraft();
  const r = await submit(B, who, id, false);
  assert.equal(r.status, 422);
  assert.match(r.body, /<title>Lỗi: /);
  const summary = r.body.match(/id="loi-bieu-mau"[^>]*autofocus>([\s\S]*?)<\/div>/);
  assert.ok(summary, 'the summary, focused');
  assert.match(summary[1], /<a href="#cam_doan">Cam đoan: /);
  assert.ok(r.body.indexOf('id="loi-bieu-mau"') < r.body.indexOf('<dl class="facts">'), 'at the top');
  assert.equal(sql(`SELECT status FROM dossier WHERE id = ${id}`)[0][0], '0', 'still a draft');
});

test('discarding a draft asks first: the draft page links to a confirmation, which posts', async () => {
  const { who, id } = await completeDraft();
  const draft = (await who.jar.get(B, `/ho-so/nhap/${id}`)).body;
  assert.doesNotMatch(draft, new RegExp(`<form[^>]*action="/ho-so/nhap/${id}/xoa"`), 'no one-click discard');
  assert.match(draft, new RegExp(`<a class="button button-secondary" href="/ho-so/nhap/${id}/xoa">Hủy hồ sơ nháp</a>`));
  const ask = await who.jar.get(B, `/ho-so/nhap/${id}/xoa`);
  assert.equal(ask.status, 200);
  assert.match(ask.body, /<h1>Hủy hồ sơ nháp<\/h1>/);
  assert.match(ask.body, new RegExp(`<a class="button button-secondary" href="/ho-so/nhap/${id}">Không, quay lại hồ sơ</a>`));
  assert.equal(sql(`SELECT COUNT(*) FROM dossier WHERE id = ${id}`)[0][0], '1', 'asking changes nothing');
  // another person's draft: not found
  const other = await newCitizen(B);
  assert.equal((await other.jar.get(B, `/ho-so/nhap/${id}/xoa`)).status, 404);
  const csrf = ask.body.match(/name="csrf" value="([^"]+)"/)[1];
  const done = await who.jar.post(B, `/ho-so/nhap/${id}/xoa`, { csrf });
  assert.equal(done.status, 303);
  assert.equal(sql(`SELECT COUNT(*) FROM dossier WHERE id = ${id}`)[0][0], '0');
});
