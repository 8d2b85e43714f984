// dvcctl catalog import: every error named by file, record and field;
// nothing imported when anything is wrong; re-import updates by code;
// export and import give back the same catalogue.
import { test, assert } from '../lib/t.mjs';
import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD, CONFIG, ROOT, sql } from '../lib/env.mjs';

// tests/run.mjs runs this file alone, because it:
export const serial = 'imports into the shared catalogue and compares the whole of it before and after';

const dir = mkdtempSync(join(tmpdir(), 'dvc-import-'));
const ctl = (...args) => spawnSync(`${BUILD}/dvcctl`, ['-c', CONFIG, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const small = () => JSON.parse(readFileSync(`${ROOT}/tests/fixtures/small.json`, 'utf8'));
const snapshot = () => sql(`SELECT (SELECT COUNT(*) FROM proc), (SELECT COUNT(*) FROM agency), (SELECT COUNT(*) FROM field),
  (SELECT COUNT(*) FROM proc_document), (SELECT version FROM catalog_version), (SELECT MAX(updated_at) FROM proc)`)[0].join('|');

function importing(name, content) {
  const f = join(dir, name);
  writeFileSync(f, typeof content === 'string' ? content : JSON.stringify(content, null, 1));
  return ctl('catalog', 'import', f);
}

function refused(name, content, ...patterns) {
  const before = snapshot();
  const r = importing(name, content);
  assert.equal(r.status, 1, r.stdout);
  for (const p of patterns) assert.match(r.stderr, p);
  assert.match(r.stderr, /chưa nhập gì/);
  assert.equal(snapshot(), before, 'nothing changed in the database');
  return r;
}

test('malformed JSON: refused with the line and column', () => {
  refused('bad.json', '{"format": "dvc-catalog-1", "procedures": [ {"code": "1.000001",, } ] }',
    /bad\.json: dòng 1 cột \d+: -: JSON không hợp lệ/);
});

test('duplicate keys in a JSON object are refused', () => {
  refused('dup.json', '{"format": "dvc-catalog-1", "format": "dvc-catalog-1"}', /JSON không hợp lệ/);
});

test('wrong format marker, unknown top key', () => {
  refused('fmt.json', { format: 'other', procedures: [] }, /format: phải là "dvc-catalog-1"/);
  refused('top.json', { format: 'dvc-catalog-1', procedurez: [] }, /khóa "procedurez" không có trong định dạng/);
});

test('one bad record among good ones: nothing imported, the record and field named', () => {
  const c = small();
  c.procedures[1].channels[0].time = -3;
  c.procedures[1].documents[0].originals = 'một';
  c.procedures[0].agencies.implementing.push('999.99.99.X99');
  c.procedures[0].steps[1].case = 'khong-co';
  c.procedures[0].colour = 'đỏ';
  const r = refused('mixed.json', c,
    /mixed\.json: procedures\[1\] \(2\.000635\): channels\[0\]\.time: phải là số dương/,
    /procedures\[1\] \(2\.000635\): documents\[0\]\.originals: phải là số nguyên từ 0 đến 50/,
    /procedures\[0\] \(1\.001193\): agencies\.implementing\[1\]: không có cơ quan mã 999\.99\.99\.X99/,
    /steps\[1\]\.case: không có trường hợp "khong-co"/,
    /khóa "colour" không có trong định dạng/);
  assert.match(r.stderr, /5 lỗi/);
});

test('bad codes, levels, dates, enums, emails, form files are each reported', () => {
  const c = small();
  c.procedures[0].code = '1001193';
  c.procedures[1].level = 5;
  c.procedures[1].valid_from = '31/02/2024';
  c.procedures[1].level_2022 = 'mot-phan';
  c.agencies[1].email = 'sai@';
  c.agencies[1].code = '000.00.09.h34';
  c.procedures[0].documents[0].form.file = '../../etc/passwd';
  c.fields[0].slug = 'Hộ Tịch';
  refused('bad-values.json', c, /procedures\[0\] \(1001193\): code: mã thủ tục có dạng/,
    /level: phải là số nguyên từ 1 đến 4/, /valid_from: sai định dạng/, /level_2022: phải là một trong/,
    /agencies\[1\] \(000\.00\.09\.h34\): email/, /agencies\[1\] \(000\.00\.09\.h34\): code: mã định danh/,
    /documents\[0\]\.form\.file: tên tệp mẫu/, /fields\[0\] \(HT\): slug/);
});

test('case fees and who is exempted: every bad value named, nothing imported', () => {
  const c = small();
  c.procedures[0].cases = [{ key: 'a', name: 'A', fee: -1 }, { key: 'b', name: 'B', fee: '100000' },
    { key: 'c', name: 'C', charge: 10000000000000 }, { key: 'd', name: 'D', fee: 1.5 }];
  c.procedures[0].steps.forEach((x) => { delete x.case; });
  c.procedures[0].documents.forEach((x) => { delete x.case; });
  c.procedures[0].fee_exemptions = ['Trẻ em', '', 7, 'x\u0001y', 'y'.repeat(301)];
  c.procedures[1].fee_exemptions = Array.from({ length: 21 }, (_, i) => `Đối tượng ${i}`);
  refused('case-fees.json', c, /cases\[0\]\.fee: /, /cases\[1\]\.fee: /, /cases\[2\]\.charge: /,
    /cases\[3\]\.fee: /, /fee_exemptions\[1\]: /, /fee_exemptions\[2\]: phải là chuỗi/, /fee_exemptions\[3\]: /,
    /fee_exemptions\[4\]: /, /fee_exemptions: nhiều nhất 20 đối tượng được miễn phí, lệ phí/);
});

test('duplicate codes within a file, missing required parts', () => {
  const c = small();
  c.procedures.push({ ...c.procedures[0] });
  delete c.procedures[1].channels;
  c.procedures[1].documents = [];
  refused('dups.json', c, /procedures\[2\] \(1\.001193\): code: mã 1\.001193 trùng/,
    /procedures\[1\] \(2\.000635\): channels: bắt buộc/, /documents: cần ít nhất một phần tử/);
});

test('hostile text: control characters and bidi overrides refused, markup kept as text', () => {
  const c = small();
  c.procedures[0].name = 'Đăng ký \u202eđảo chiều';
  c.procedures[1].conditions = 'dòng 1\u0007dòng 2';
  refused('hostile.json', c, /procedures\[0\] \(1\.001193\): name: chứa ký tự điều khiển/,
    /procedures\[1\] \(2\.000635\): conditions: chứa ký tự điều khiển/);
  const n = small();
  n.procedures[1].conditions = 'dòng 1\u0000dòng 2';
  refused('nul.json', n, /JSON không hợp lệ/);
});

test('a file that is not .json or .csv, a missing file', () => {
  const r = ctl('catalog', 'import', join(dir, 'x.xml'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /\.json hoặc \.csv/);
  const m = ctl('catalog', 'import', join(dir, 'missing.csv'));
  assert.equal(m.status, 1);
  assert.match(m.stderr, /không mở được/);
});

test('CSV: header checked, records validated, bad quoting and bad times reported', () => {
  const head = 'code,name,field,implementing,level,time_in_person,time_online,fee,charge,documents,keywords\n';
  refused('a.csv', head + '1.009901,Thủ tục thử CSV,ho-tich,000.31.01.H34,3,5 working_days,,0,0,Tờ khai|1|0|1,thử\n' +
    '1.009902,"Thiếu dấu ngoặc,ho-tich,000.31.01.H34,3,5 working_days,,0,0,Tờ khai|1|0|1,thử\n',
    /a\.csv: dòng 3: -: dấu ngoặc kép/);
  refused('b.csv', head + '1.009901,Thủ tục thử CSV,ho-tich,000.31.01.H34,3,năm ngày,,0,0,Tờ khai|1|0|1,thử\n',
    /b\.csv: dòng 2: time_in_person: có dạng "5 working_days"/);
  refused('c.csv', 'code,name,mau_sac\n1.009901,X,do\n', /c\.csv: dòng 1: mau_sac: cột không có trong định dạng/);
  refused('d.csv', head + '1.009901,Thủ tục thử CSV,ho-tich,000.31.01.H34,3,5 working_days,,0,0,Tờ khai|1|0,thử\n',
    /d\.csv: dòng 2: documents: mỗi giấy tờ có dạng/);
});

test('CSV: a good file imports, re-import updates by code', () => {
  const head = '\ufeffcode,name,field,implementing,agency_levels,level,level_2022,time_in_person,time_online,fee,charge,fee_note,documents,legal_basis,keywords\n';
  const row = (name) => `1.009901,"${name}",ho-tich,000.31.01.H34,commune,3,mot_phan,5 working_days,3 working_days,0,8000,"Lệ phí, theo Thông tư 85/2019/TT-BTC","Tờ khai|1|0|1;Giấy tờ tùy thân|0|1|1",Luật Hộ tịch năm 2014,thử csv;kiểm thử\n`;
  let r = importing('good.csv', head + row('Thủ tục thử nhập từ CSV'));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /1 thủ tục \(1 mới, 0 cập nhật\)/);
  assert.deepEqual(sql("SELECT name, level, level_2022 FROM proc WHERE code = '1.009901'")[0], ['Thủ tục thử nhập từ CSV', '3', 'mot_phan']);
  assert.equal(sql("SELECT COUNT(*) FROM proc_document d JOIN proc p ON p.id = d.proc_id WHERE p.code = '1.009901'")[0][0], '2');
  assert.equal(sql("SELECT fee_note FROM proc_channel c JOIN proc p ON p.id = c.proc_id WHERE p.code = '1.009901' AND channel = 'online'")[0][0], 'Lệ phí, theo Thông tư 85/2019/TT-BTC');
  r = importing('good2.csv', head + row('Thủ tục thử nhập từ CSV, đã sửa'));
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /\(0 mới, 1 cập nhật\)/);
  assert.equal(sql("SELECT name FROM proc WHERE code = '1.009901'")[0][0], 'Thủ tục thử nhập từ CSV, đã sửa');
  assert.equal(sql("SELECT COUNT(*) FROM proc_document d JOIN proc p ON p.id = d.proc_id WHERE p.code = '1.009901'")[0][0], '2', 'components replaced, not added');
  sql("DELETE FROM proc WHERE code = '1.009901'");
});

test('export, then import of the export: the same catalogue', () => {
  const a = ctl('catalog', 'export');
  assert.equal(a.status, 0, a.stderr);
  const f = join(dir, 'export.json');
  writeFileSync(f, a.stdout);
  const r = ctl('catalog', 'import', f);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /\(0 mới, \d+ cập nhật\)/);
  const b = ctl('catalog', 'export');
  assert.equal(b.stdout, a.stdout);
  const j = JSON.parse(a.stdout);
  assert.ok(j.procedures.length >= 150 && j.agencies.length >= 20 && j.fields.length >= 15);
  // a case's own fee and the exemptions travel both ways
  const llt = j.procedures.find((p) => p.code === '2.000488');
  assert.deepEqual(llt.cases.find((k) => k.key === 'uu-dai'), {
    key: 'uu-dai', name: 'Sinh viên, người có công với cách mạng, thân nhân liệt sĩ (giảm 50% phí)', fee: 100000, charge: 0,
  });
  assert.ok(!('fee' in llt.cases.find((k) => k.key === 'ca-nhan')), 'a case without its own fee has none');
  assert.equal(llt.fee_exemptions.length, 6);
  assert.equal(llt.fee_exemptions[0], 'Trẻ em');
});
