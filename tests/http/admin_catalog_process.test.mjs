// The internal process per channel (issue 16, section 1: "internal
// process per channel with its steps and hours"; sql/028-process-channel.sql).
// A process step may belong to one of the procedure's channels (none: to
// every channel's process). The import (JSON and CSV) reads it and the
// export writes it back; a step of a channel the record lacks is refused
// with a Vietnamese message; the editor chooses each step's channel
// without a script, shows each channel's hours against its time limit,
// and the check before publishing names the channel whose process is too
// long; the published version's difference says whose process a step
// is; the procedure's page shows each channel's process under its name.
import { test, assert } from '../lib/t.mjs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD, CONFIG, NGINX, sql } from '../lib/env.mjs';
import { newStaff, staffLogin } from '../lib/account.mjs';
import { get } from '../lib/http.mjs';
import { submitted } from '../lib/office.mjs';
import { newCode as freshCode } from '../lib/catalog_edit.mjs';

const B = NGINX;
const AGENCY = '000.00.09.H34';		// Sở Tư pháp: has reception officers

// Procedure codes of this file and run: 6.<slot><4 digits of the clock>,
// unique in the database (a later run finds the earlier ones).
const newCode = () => freshCode('6');

const dir = mkdtempSync(join(tmpdir(), 'dvc-process-'));
const ctl = (...args) => spawnSync(`${BUILD}/dvcctl`, ['-c', CONFIG, ...args],
  { encoding: 'utf8', maxBuffer: 64 << 20 });
function importing(name, content) {
  const f = join(dir, name);
  writeFileSync(f, typeof content === 'string' ? content : JSON.stringify(content, null, 1));
  return ctl('catalog', 'import', f);
}
// code's record as the export writes it
function exported(code) {
  const r = ctl('catalog', 'export');
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout).procedures.find((p) => p.code === code);
}

const unescape = (s) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<')
  .replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const errorOf = (body, name) => {
  const m = body.match(new RegExp(`id="${name}-loi"><span class="visually-hidden">[^<]*</span>([^<]*)</p>`));
  return m ? unescape(m[1]) : null;
};
const csrfOf = (body) => body.match(/name="csrf" value="([^"]+)"/)[1];
const revOf = (body) => body.match(/name="rev" value="(\d+)"/)[1];
// The text of a piece of a page as a person reads it.
const visible = (html) => unescape(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();

// The public page of code once every worker shows it with what (a
// worker reloads within a second of a change; no time is asserted).
async function publicPage(code, what) {
  let r;
  for (let i = 0; i < 100; i++) {
    r = await get(B, `/thu-tuc/${code}`);
    if (r.status === 200 && what.test(r.body)) return r;
    await new Promise((res) => setTimeout(res, 100));
  }
  return r;
}

// The procedure page's process for one channel: its heading and the
// steps of its table, as read.
function processOf(body, channel) {
  const h = body.match(new RegExp(`<h3 id="s-quytrinh-${channel}">([^<]*)</h3>`));
  const t = body.match(new RegExp(`<table class="stack" id="quy-trinh-${channel}">([\\s\\S]*?)</table>`));
  if (!h || !t) return null;
  const steps = [...t[1].matchAll(/<tr><td>([^<]*)<\/td>/g)].map((m) => unescape(m[1]));
  return { heading: visible(h[1]), steps };
}

function record(code, process, channels) {
  return {
    code, name: `Thủ tục kiểm thử quy trình theo cách nộp ${code}`, field: 'HT',
    agencies: { implementing: [AGENCY] }, level: 3,
    steps: [{ party: 'citizen', text: 'Nộp hồ sơ' }, { party: 'agency', text: 'Giải quyết' }],
    channels: channels ?? [
      { channel: 'in_person', time: 3, unit: 'working_days', fee: 0, charge: 0 },
      { channel: 'online', time: 2, unit: 'working_days', fee: 0, charge: 0 }],
    documents: [{ name: 'Tờ khai', originals: 1, copies: 0, required: true }],
    internal_process: process,
  };
}
const doc = (...procedures) => ({ format: 'dvc-catalog-1', procedures });

let jsonCode;
let editedCode;		// published through the editor, per channel

test('JSON: per-channel steps import, export and import again unchanged; the page shows each channel\'s', async () => {
  jsonCode = newCode();
  const process = [
    { step: 'Tiếp nhận hồ sơ', role: 'reception', unit: 'Bộ phận Một cửa', hours: 4 },
    { step: 'Kiểm tra chữ ký số', role: 'specialist', hours: 0.5, channel: 'online' },
    { step: 'Thẩm định hồ sơ giấy', role: 'specialist', hours: 8, channel: 'in_person' },
    { step: 'Ký duyệt', role: 'leader', hours: 2 },
  ];
  let r = importing('a.json', doc(record(jsonCode, process)));
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(sql(`SELECT COALESCE(pp.channel, '-'), pp.step FROM proc_process pp JOIN proc p ON p.id = pp.proc_id
    WHERE p.code = '${jsonCode}' ORDER BY pp.seq`),
  [['-', 'Tiếp nhận hồ sơ'], ['online', 'Kiểm tra chữ ký số'], ['in_person', 'Thẩm định hồ sơ giấy'], ['-', 'Ký duyệt']]);
  const a = exported(jsonCode);
  assert.deepEqual(a.internal_process, process, 'the export writes each step\'s channel, none for every channel\'s');
  r = importing('a-again.json', doc(a));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /\(0 mới, 1 cập nhật\)/);
  assert.deepEqual(exported(jsonCode), a, 'export, import, export: the same');

  // the page: one table per channel, named in words, each with the common
  // steps and its own, never another channel's
  const page = await publicPage(jsonCode, /id="quy-trinh-online"/);
  assert.equal(page.status, 200);
  const inPerson = processOf(page.body, 'in_person');
  const online = processOf(page.body, 'online');
  assert.ok(inPerson && online, 'a table for each channel');
  assert.equal(inPerson.heading, 'Khi nộp: Trực tiếp (thời hạn giải quyết 3 ngày làm việc)');
  assert.equal(online.heading, 'Khi nộp: Trực tuyến (thời hạn giải quyết 2 ngày làm việc)');
  assert.deepEqual(inPerson.steps, ['Tiếp nhận hồ sơ', 'Thẩm định hồ sơ giấy', 'Ký duyệt']);
  assert.deepEqual(online.steps, ['Tiếp nhận hồ sơ', 'Kiểm tra chữ ký số', 'Ký duyệt']);
  const section = page.body.match(/<section aria-labelledby="s-quytrinh">([\s\S]*?)<\/section>/)[1];
  assert.doesNotMatch(visible(section), /\b(in_person|online|post|reception|specialist|leader)\b/,
    'no internal code on the page');
  // in English (the language cookie): the channel in English too
  const en = await get(B, `/thu-tuc/${jsonCode}`, { headers: { Cookie: 'dvc_nn=en' } });
  assert.equal(en.status, 200);
  assert.equal(processOf(en.body, 'online').heading, 'Applying: Online (time limit 2 working days)');
});

test('a procedure whose every step is every channel\'s keeps its one table', async () => {
  const code = newCode();
  const r = importing('b.json', doc(record(code, [{ step: 'Xử lý', role: 'specialist', hours: 8 }])));
  assert.equal(r.status, 0, r.stderr);
  const page = await publicPage(code, /id="s-quytrinh"/);
  assert.equal(page.status, 200);
  assert.doesNotMatch(page.body, /id="s-quytrinh-/);
  assert.match(page.body, /<td>Xử lý<\/td>/);
  assert.equal(exported(code).internal_process[0].channel, undefined);
});

test('CSV: a step\'s channel as its fifth part; imported, exported as JSON, imported again unchanged', () => {
  const code = newCode();
  const head = 'code,name,field,implementing,level,time_in_person,time_post,fee,charge,documents,internal_process\n';
  const row = `${code},Thủ tục kiểm thử CSV ${code},HT,${AGENCY},2,5 working_days,7 working_days,0,0,Tờ khai|1|0|1,`
    + '"Tiếp nhận|reception|Một cửa|4;Chuyển phát kết quả|reception||2.5|post;Xử lý|specialist||16"\n';
  let r = importing('c.csv', head + row);
  assert.equal(r.status, 0, r.stderr);
  const a = exported(code);
  assert.deepEqual(a.internal_process, [
    { step: 'Tiếp nhận', role: 'reception', unit: 'Một cửa', hours: 4 },
    { step: 'Chuyển phát kết quả', role: 'reception', hours: 2.5, channel: 'post' },
    { step: 'Xử lý', role: 'specialist', hours: 16 },
  ]);
  r = importing('c-again.json', doc(a));
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(exported(code), a);
});

test('a step of a channel the record lacks: refused in Vietnamese, record and field named, nothing imported', () => {
  const code = newCode();
  let r = importing('d.json', doc(record(code, [
    { step: 'Tiếp nhận', role: 'reception', hours: 4 },
    { step: 'Chuyển phát', role: 'reception', hours: 2, channel: 'post' },
    { step: 'Gửi fax', role: 'reception', hours: 1, channel: 'fax' }])));
  assert.equal(r.status, 1, r.stdout);
  assert.match(r.stderr, new RegExp(`d\\.json: procedures\\[0\\] \\(${code.replace('.', '\\.')}\\): internal_process\\[1\\]\\.channel: `
    + 'thủ tục không có cách nộp qua bưu chính trong channels'));
  assert.match(r.stderr, /internal_process\[2\]\.channel: phải là một trong các giá trị cho phép, nhận được "fax"/);
  r = importing('d.csv', 'code,name,field,implementing,level,time_online,documents,internal_process\n'
    + `${code},X,HT,${AGENCY},3,2 working_days,Tờ khai|1|0|1,Tiếp nhận|reception||4|in_person\n`);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /d\.csv: procedures\[0\] \([^)]+\): internal_process\[0\]\.channel: thủ tục không có cách nộp trực tiếp trong channels/);
  // nothing imported (the catalogue's version is no witness: the other
  // files running beside this one change the catalogue too)
  assert.equal(Number(sql(`SELECT COUNT(*) FROM proc WHERE code = '${code}'`)[0][0]), 0);
});

test('the editor: each step\'s channel chosen, each channel\'s hours against its limit, the check names the channel', async () => {
  const admin = await staffLogin(B, newStaff('agency_admin', AGENCY, 'Quản trị quy trình'));
  const province = await staffLogin(B, newStaff('province_admin', '000.00.15.H34', 'Quản trị tỉnh quy trình'));
  const code = newCode();
  const list = await admin.get(B, '/quan-tri/thu-tuc');
  let r = await admin.post(B, '/quan-tri/thu-tuc', { csrf: csrfOf(list.body), ma: code });
  assert.equal(r.status, 303);
  const save = async (part, fields) => {
    const p = await admin.get(B, `/quan-tri/thu-tuc/${code}`);
    assert.equal(p.status, 200);
    const s = await admin.post(B, `/quan-tri/thu-tuc/${code}/${part}`, { csrf: csrfOf(p.body), rev: revOf(p.body), ...fields });
    assert.equal(s.status, 303, `${part}: ${s.status}`);
  };
  await save('chung', { name: `Thủ tục kiểm thử quy trình ${code}`, field: 'HT', level: '3', al_province: '1' });
  await save('cac-buoc', { rows: '1', s0_party: 'citizen', s0_text: 'Nộp hồ sơ' });
  await save('giay-to', { rows: '1', d0_name: 'Tờ khai', d0_originals: '1', d0_required: '1' });
  await save('cach-nop', { rows: '2', h0_channel: 'in_person', h0_time: '3', h0_unit: 'working_days', h0_fee: '0',
    h1_channel: 'online', h1_time: '2', h1_unit: 'working_days', h1_fee: '0' });
  // the process: a step of every channel, one of the online channel's
  // (24 hours in all, over its 16), one of the in-person channel's (12
  // in all, within its 24); a fourth of a channel it does not offer
  await save('quy-trinh', { rows: '4', p0_step: 'Tiếp nhận', p0_role: 'reception', p0_hours: '4', p0_channel: '',
    p1_step: 'Thẩm định hồ sơ điện tử', p1_role: 'specialist', p1_hours: '20', p1_channel: 'online',
    p2_step: 'Thẩm định hồ sơ giấy', p2_role: 'specialist', p2_hours: '8', p2_channel: 'in_person',
    p3_step: 'Chuyển phát', p3_role: 'reception', p3_hours: '1', p3_channel: 'post' });

  let page = await province.get(B, `/quan-tri/thu-tuc/${code}`);
  assert.equal(page.status, 200);
  // the choice is a plain select of the record's channels, in words
  const select = page.body.match(/<select id="p1_channel" name="p1_channel"[^>]*>([\s\S]*?)<\/select>/)[1];
  assert.deepEqual([...select.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)</g)].map((m) => [m[1], m[2]]),
    [['', 'Mọi cách nộp'], ['in_person', 'Trực tiếp'], ['online', 'Trực tuyến']]);
  assert.match(select, /<option value="online" selected>/);
  assert.match(page.body, /<label for="p1_channel">Áp dụng cho cách nộp<\/label>/);
  // a channel the record lacks: the message beside the step's channel, the choice kept
  assert.equal(errorOf(page.body, 'p3_channel'),
    'thủ tục không có cách nộp qua bưu chính trong channels; hãy thêm cách nộp này hoặc chọn cách nộp khác');
  assert.match(page.body, /<option value="post" selected>Qua bưu chính<\/option>/);
  await save('quy-trinh', { rows: '3', p0_step: 'Tiếp nhận', p0_role: 'reception', p0_hours: '4',
    p1_step: 'Thẩm định hồ sơ điện tử', p1_role: 'specialist', p1_hours: '20', p1_channel: 'online',
    p2_step: 'Thẩm định hồ sơ giấy', p2_role: 'specialist', p2_hours: '8', p2_channel: 'in_person' });

  page = await province.get(B, `/quan-tri/thu-tuc/${code}`);
  assert.equal(errorOf(page.body, 'p3_channel'), null);
  assert.match(page.body, /Đạt: mọi trường đều hợp lệ/);
  // each channel's hours beside the steps
  const rows = [...page.body.match(/<table id="quy-trinh-theo-cach-nop">([\s\S]*?)<\/table>/)[1]
    .matchAll(/<tr><th scope="row">([^<]*)<\/th><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><td>([^<]*)<\/td><\/tr>/g)]
    .map((m) => m.slice(1));
  assert.deepEqual(rows, [['Trực tiếp', '2', '12', '24', 'Trong thời hạn'], ['Trực tuyến', '2', '24', '16', 'Vượt thời hạn']]);
  // the check names the channel over its limit, and that one only
  assert.match(page.body, /Chưa đạt: quy trình nội bộ khi nộp trực tuyến cần 24 giờ làm việc, vượt thời hạn giải quyết đã công bố cho cách nộp này là 16 giờ làm việc\./);
  assert.doesNotMatch(page.body, /khi nộp trực tiếp cần/);
  assert.doesNotMatch(page.body, /action="\/quan-tri\/thu-tuc\/[^"]+\/cong-bo"/, 'no publish form');
  const refused = await province.post(B, `/quan-tri/thu-tuc/${code}/cong-bo`,
    { csrf: csrfOf(page.body), rev: revOf(page.body), so: '71/QĐ-UBND', ngay: '2026-12-01' });
  assert.equal(refused.status, 422);
  assert.match(refused.body, /chưa đạt các kiểm tra trước khi công bố/);

  // a step of every channel counts against each: with 14 common hours
  // the in-person process is 22 of its 24, the online one 18 of its 16
  await save('quy-trinh', { rows: '3', p0_step: 'Tiếp nhận', p0_role: 'reception', p0_hours: '14',
    p1_step: 'Thẩm định hồ sơ điện tử', p1_role: 'specialist', p1_hours: '4', p1_channel: 'online',
    p2_step: 'Thẩm định hồ sơ giấy', p2_role: 'specialist', p2_hours: '8', p2_channel: 'in_person' });
  page = await province.get(B, `/quan-tri/thu-tuc/${code}`);
  assert.match(page.body, /Chưa đạt: quy trình nội bộ khi nộp trực tuyến cần 18 giờ làm việc, vượt thời hạn giải quyết đã công bố cho cách nộp này là 16 giờ làm việc\./);
  assert.doesNotMatch(page.body, /khi nộp trực tiếp cần/);

  // within every channel's limit: publishable, published
  await save('quy-trinh', { rows: '3', p0_step: 'Tiếp nhận', p0_role: 'reception', p0_hours: '4',
    p1_step: 'Thẩm định hồ sơ điện tử', p1_role: 'specialist', p1_hours: '8', p1_channel: 'online',
    p2_step: 'Thẩm định hồ sơ giấy', p2_role: 'specialist', p2_hours: '16', p2_channel: 'in_person' });
  page = await province.get(B, `/quan-tri/thu-tuc/${code}`);
  assert.match(page.body, /Đạt: quy trình nội bộ của từng cách nộp nằm trong thời hạn/);
  r = await province.post(B, `/quan-tri/thu-tuc/${code}/cong-bo`,
    { csrf: csrfOf(page.body), rev: revOf(page.body), so: '72/QĐ-UBND', ngay: '2026-12-01' });
  assert.equal(r.status, 303);
  assert.deepEqual(sql(`SELECT COALESCE(pp.channel, '-'), pp.hours_tenths FROM proc_process pp JOIN proc p ON p.id = pp.proc_id
    WHERE p.code = '${code}' ORDER BY pp.seq`), [['-', '40'], ['online', '80'], ['in_person', '160']]);
  const pub = await publicPage(code, /id="quy-trinh-online"/);
  assert.deepEqual(processOf(pub.body, 'online').steps, ['Tiếp nhận', 'Thẩm định hồ sơ điện tử']);
  assert.deepEqual(processOf(pub.body, 'in_person').steps, ['Tiếp nhận', 'Thẩm định hồ sơ giấy']);

  // a step moved to every channel's process, another to the other channel:
  // the next version's difference says whose process each step is, in words
  await save('quy-trinh', { rows: '3', p0_step: 'Tiếp nhận', p0_role: 'reception', p0_hours: '4', p0_channel: 'in_person',
    p1_step: 'Thẩm định hồ sơ điện tử', p1_role: 'specialist', p1_hours: '8',
    p2_step: 'Thẩm định hồ sơ giấy', p2_role: 'specialist', p2_hours: '8', p2_channel: 'in_person' });
  page = await province.get(B, `/quan-tri/thu-tuc/${code}`);
  r = await province.post(B, `/quan-tri/thu-tuc/${code}/cong-bo`,
    { csrf: csrfOf(page.body), rev: revOf(page.body), so: '73/QĐ-UBND', ngay: '2026-12-02' });
  assert.equal(r.status, 303);
  page = await admin.get(B, `/quan-tri/thu-tuc/${code}`);
  const v2 = page.body.slice(page.body.indexOf('Phiên bản 2: công bố'), page.body.indexOf('Phiên bản 1: công bố'));
  const diff = [...v2.matchAll(/<tr><th scope="row">([^<]*)<\/th>\s*<td>([\s\S]*?)<\/td>\s*<td>([\s\S]*?)<\/td><\/tr>/g)]
    .map((m) => [visible(m[1]), visible(m[2]), visible(m[3])]);
  assert.deepEqual(diff.filter((d) => d[0].startsWith('Bước xử lý nội bộ')), [
    ['Bước xử lý nội bộ 1 (nộp trực tiếp) – Cách thức nộp', 'Mọi cách nộp', 'Trực tiếp'],
    ['Bước xử lý nội bộ 2 (mọi cách nộp) – Cách thức nộp', 'Trực tuyến', 'Mọi cách nộp'],
    ['Bước xử lý nội bộ 3 (nộp trực tiếp) – Số giờ làm việc', '16', '8'],
  ]);
  assert.doesNotMatch(visible(v2), /\b(in_person|online|post)\b/, 'no internal code in the difference');
  editedCode = code;
});

test('the officer handling a dossier reads the process of the channel it came by', async () => {
  // version 2: "Tiếp nhận" and "Thẩm định hồ sơ giấy" the in-person
  // channel's, "Thẩm định hồ sơ điện tử" every channel's
  const d = await submitted(editedCode);
  const officer = await staffLogin(B, 'tiepnhan@tuphap.kontum.demo');
  const page = await officer.get(B, `/can-bo/ho-so/${d.code}`);
  assert.equal(page.status, 200);
  const box = page.body.match(/<details id="quy-trinh-noi-bo"><summary>([^<]*)<\/summary>([\s\S]*?)<\/details>/);
  assert.ok(box, 'the process on the dossier\'s page');
  assert.equal(visible(box[1]), 'Quy trình nội bộ khi nộp trực tuyến: 1 bước, 8 giờ làm việc');
  assert.deepEqual([...box[2].matchAll(/<tr><td>([^<]*)<\/td>/g)].map((m) => unescape(m[1])), ['Thẩm định hồ sơ điện tử']);
  assert.doesNotMatch(visible(box[2]), /\b(reception|specialist|leader)\b/);
});
