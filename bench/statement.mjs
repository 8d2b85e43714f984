#!/usr/bin/env node
// The bank statement import benchmark (issue 14: a 10,000-line statement
// imported in under 5 s; never a timed test). Run through
//   ./dvc-dev bench statement [N]
// which starts the bench stack with the demo data and sets the DVC_*
// variables tests/lib reads.
//
// 1. N dossiers (default 10,000) at Sở Tư pháp (000.00.09.H34), each
//    owing 100.000 đồng, made in SQL (a bench database only: making them
//    through the pages would measure the submission instead).
// 2. A statement of N credit lines as a bank exports it (BOM, ';',
//    Vietnamese headers, grouped amounts, a reference each): 90% carry a
//    dossier's code and its exact amount (each pays its dossier through
//    the workflow: payment, history, audit record), 5% another amount and
//    5% no code (they wait for the officer).
// 3. Reception uploads it at /can-bo/thanh-toan/sao-ke through nginx: the
//    time from the request sent to the page received, in one transaction;
//    then the same file again (every line known, nothing applied).
import crypto from 'node:crypto';
import fs from 'node:fs';
import { sql } from '../tests/lib/env.mjs';
import { staffLogin } from '../tests/lib/account.mjs';
import { postMultipart } from '../tests/lib/dossier.mjs';

const N = Number(process.argv[2] || 10000);
const BASE = process.env.DVC_BENCH_BASE || process.env.DVC_NGINX;
const PAGE = '/can-bo/thanh-toan/sao-ke';
const run = crypto.randomBytes(3).toString('hex').toUpperCase();

// 1. the dossiers, codes {agency}-{yymmdd}-{seq4} on days from 2024 no
// other dossier of the bench has (after an earlier run's, @k)
sql(`INSERT IGNORE INTO account (kind, email, full_name, password_hash, status)
  VALUES ('citizen', 'bench-citizen@dvc.invalid', 'Công dân thử tải', '!', 'active')`);
sql(`SET @owner = (SELECT id FROM account WHERE email = 'bench-citizen@dvc.invalid');
  SET @ag = (SELECT id FROM agency WHERE code = '000.00.09.H34');
  SET @k = (SELECT COUNT(*) FROM dossier WHERE start_token LIKE 'ST%' AND owner_id = @owner);
  INSERT INTO dossier (code, owner_id, proc_code, proc_name, proc_level, agency_id, status,
    applicant_name, start_token, version, created_at, updated_at, submitted_at, clock,
    fee_amount, fee_charge, pay_when)
  SELECT CONCAT('000.00.09.H34-', DATE_FORMAT(DATE '2024-01-01' + INTERVAL (s.seq - 1 + @k) DIV 1000 DAY,
      '%y%m%d'), '-', LPAD((s.seq - 1 + @k) % 1000 + 1, 4, '0')),
    @owner, '1.001940', 'Thủ tục thử tải', 3, @ag, 1, 'Công dân thử tải',
    CONCAT('ST${run}', LPAD(s.seq, 14, '0')), 1, NOW(), NOW(), NOW(), 'none', 100000, 0, 'acceptance'
  FROM seq_1_to_1000000 s WHERE s.seq <= ${N}`);
const codes = sql(`SELECT code FROM dossier WHERE start_token LIKE 'ST${run}%' ORDER BY id`).map((r) => r[0]);
if (codes.length !== N) throw new Error(`made ${codes.length} dossiers, not ${N}`);

// 2. the statement
const lines = ['Ngày giao dịch;Số tham chiếu;Số tiền ghi nợ;Số tiền ghi có;Nội dung'];
for (let i = 0; i < N; i++) {
  const ref = `FT${run}${String(i).padStart(7, '0')}`;
  const kind = i % 20;
  const amount = kind === 18 ? '90.000' : '100.000';
  const content = kind === 19 ? `CHUYEN TIEN ${i}` :
    `MBVCB.${1000000 + i}.NOP PHI HO SO ${codes[i]}.CT tu 0123456789 NGUYEN VAN A`;
  lines.push(`07/12/2026 09:${String(i % 60).padStart(2, '0')}:00;${ref};;${amount};${content}`);
}
const file = Buffer.from('\ufeff' + lines.join('\r\n') + '\r\n', 'utf8');

// What the time does not show on a busy machine: the statements the
// server ran (prepared executions, bulk ones counted once) and the CPU
// of MariaDB and of the office responder (its workers, this stack's:
// their command lines name its data folder or its configuration).
function cpu(comm, match) {
  let ticks = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== comm) continue;
      if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(match)) continue;
      const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(f[11]) + Number(f[12]); // utime, stime
    } catch { /* gone meanwhile */ }
  }
  return ticks / 100;
}
const statements = () => Number(sql(`SHOW GLOBAL STATUS LIKE 'Com_stmt_execute'`)[0][1]);
const cost = () => ({ st: statements(), db: cpu('mariadbd', process.env.DVC_RUN),
  office: cpu('dvc-office', process.env.DVC_CONFIG_FILE) });

// 3. through the page
const reception = await staffLogin(BASE, 'tiepnhan@tuphap.kontum.demo');
async function upload(label) {
  const tok = await reception.token(BASE, PAGE);
  const c0 = cost();
  const t0 = process.hrtime.bigint();
  const r = await postMultipart(reception, BASE, PAGE, { csrf: tok },
    [{ name: 'sao_ke', filename: 'sao-ke.csv', type: 'text/csv', data: file }]);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const c1 = cost();
  const n = (id) => Number((r.body.match(new RegExp(`id="${id}">(\\d+)<`)) || [])[1]);
  if (r.status !== 200) throw new Error(`${label}: ${r.status}\n${r.body.slice(0, 2000)}`);
  console.log(`${label}: ${(ms / 1000).toFixed(2)} s (target: under 5 s) — ${n('sk-so-dong')} lines,` +
    ` ${n('sk-da-khop')} paid, ${n('sk-cho')} waiting, ${n('sk-da-co')} known`);
  console.log(`  ${c1.st - c0.st} statements executed (about, with the page's own), CPU:` +
    ` MariaDB ${(c1.db - c0.db).toFixed(2)} s, dvc-office ${(c1.office - c0.office).toFixed(2)} s`);
  return ms;
}
console.log(`Statement import: ${N} lines, ${(file.length / 1e6).toFixed(2)} MB, through nginx`);
await upload('first import');
await upload('the same file again');
const paid = sql(`SELECT COUNT(*) FROM dossier WHERE start_token LIKE 'ST${run}%' AND fee_paid = 1`)[0][0];
console.log(`dossiers paid: ${paid} of ${N}`);
