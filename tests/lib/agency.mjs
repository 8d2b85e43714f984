// Agencies of a test's own (issue 16, section 4): made the way an operator
// makes agencies, with dvcctl catalog import, so that merging or closing
// them touches no agency other files work with. Each set has an agency
// that will go (old), the one that takes its work (next), a child of old
// (for the tree's cycle) and a procedure of old's, level 3, a copy of the
// demo's 1.001940 without its form file; with a reception officer and a
// leader at old and a reception officer at next (dvcctl user add).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert } from './t.mjs';
import { ROOT, sql } from './env.mjs';
import { newStaff } from './account.mjs';
import { ctl } from './report.mjs';

const SLOT = Number(process.env.DVC_FILE_SLOT ?? process.pid) % 100;
let made = 0;

// Today in Vietnam as dd/mm/yyyy, and n days from it.
export function vnDate(days = 0) {
  const d = new Date(Date.now() + 7 * 3600 * 1000 + days * 86400 * 1000);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

// over: fields of the procedure's record to change (undefined: to drop).
export function agencySet(tag, over = {}) {
  made += 1;
  // digits and capitals in dot-joined groups; unique per file slot, set
  // and run (the seconds of the day)
  const run = String(Math.floor(Date.now() / 1000) % 100000).padStart(5, '0');
  const base = `9${String(SLOT).padStart(2, '0')}.${made}${run}`;
  const codes = { old: `${base}.1.H34`, next: `${base}.2.H34`, child: `${base}.3.H34` };
  const proc = `9.${String(SLOT).padStart(2, '0')}${String(Number(run) % 1000).padStart(3, '0')}${made}`.slice(0, 8);
  const demo = JSON.parse(readFileSync(`${ROOT}/sql/demo/catalog.json`, 'utf8'));
  const p = structuredClone(demo.procedures.find((x) => x.code === '1.001940'));
  p.code = proc;
  p.name = `Thủ tục kiểm thử sáp nhập ${tag} ${run}`;
  p.agencies = { implementing: [codes.old] };
  for (const d of p.documents) delete d.form;
  delete p.related;
  delete p.inter_agency;
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) delete p[k];
    else p[k] = v;
  }
  const file = join(mkdtempSync(join(tmpdir(), 'dvc-agency-')), 'catalog.json');
  writeFileSync(file, JSON.stringify({
    format: 'dvc-catalog-1',
    agencies: [
      { code: codes.old, name: `Phòng Tư pháp kiểm thử ${tag} ${run}`, level: 'district', parent: '000.00.31.H34' },
      { code: codes.next, name: `Phòng Nội vụ kiểm thử ${tag} ${run}`, level: 'district', parent: '000.00.31.H34' },
      { code: codes.child, name: `Tổ một cửa kiểm thử ${tag} ${run}`, level: 'commune', parent: codes.old },
    ],
    fields: [],
    procedures: [p],
  }));
  const r = ctl(['catalog', 'import', file]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  return {
    ...codes,
    proc,
    receptionOld: newStaff('reception', codes.old, 'Cán bộ tiếp nhận cũ'),
    leaderOld: newStaff('leader', codes.old, 'Lãnh đạo cơ quan cũ'),
    receptionNext: newStaff('reception', codes.next, 'Cán bộ tiếp nhận mới'),
  };
}

export const agencyOf = (dossierId) => sql(`SELECT a.code FROM dossier d JOIN agency a ON a.id = d.agency_id
  WHERE d.id = ${dossierId}`)[0][0];
// The sweeper's run, as the timer of dvc-remind starts it.
export function applyDue() {
  const r = ctl(['agency', 'apply']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  return r.stdout;
}
