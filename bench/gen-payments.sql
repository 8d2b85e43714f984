-- bench/gen-payments.sql: @n dossiers, each owing 100.000 đồng with an
-- online payment started (order reference DVCB<n>), for the gateway's
-- notifications under load (./dvc-dev bench payment). Spread over every
-- agency that implements a procedure, as notifications come for the
-- whole province. Run on a BENCH database only, after the catalogue is
-- loaded; set @n first (20,000 by default).
SET time_zone = '+07:00';
SET @n = COALESCE(@n, 20000);

INSERT IGNORE INTO account (kind, email, full_name, password_hash, status)
  VALUES ('citizen', 'bench-payer@dvc.invalid', 'Công dân thử thanh toán', '!', 'active');
SET @owner = (SELECT id FROM account WHERE email = 'bench-payer@dvc.invalid');

DROP TEMPORARY TABLE IF EXISTS g_pa;
CREATE TEMPORARY TABLE g_pa (n INT NOT NULL PRIMARY KEY, proc_code VARCHAR(16) NOT NULL,
  proc_name VARCHAR(500) NOT NULL, agency_id INT UNSIGNED NOT NULL,
  agency_code VARCHAR(40) NOT NULL) ENGINE=InnoDB;
INSERT INTO g_pa
  SELECT ROW_NUMBER() OVER (ORDER BY a.id), MIN(p.code), LEFT(MIN(p.name), 500), a.id, a.code
  FROM proc_agency pa JOIN proc p ON p.id = pa.proc_id JOIN agency a ON a.id = pa.agency_id
  WHERE pa.role = 'implementing' GROUP BY a.id, a.code;
SET @agencies = (SELECT COUNT(*) FROM g_pa);

-- received an hour ago (status 2), its fee due after acceptance
INSERT INTO dossier (code, owner_id, proc_code, proc_name, proc_level, agency_id, status,
  applicant_name, applicant_phone, applicant_address, start_token, version,
  created_at, updated_at, submitted_at, received_at, limit_days_tenths, due_at, clock,
  handover_due_at, fee_amount, fee_charge, pay_when)
SELECT CONCAT(g.agency_code, '-', DATE_FORMAT(NOW(), '%y%m%d'), '-P', LPAD(s.seq, 7, '0')),
  @owner, g.proc_code, g.proc_name, 3, g.agency_id, 2, 'Nguyễn Văn Thử',
  '0900000000', 'Thành phố Kon Tum, tỉnh Kon Tum', LPAD(s.seq, 22, '0'), 1,
  NOW() - INTERVAL 2 HOUR, NOW() - INTERVAL 1 HOUR, NOW() - INTERVAL 2 HOUR,
  NOW() - INTERVAL 1 HOUR, 100, NOW() + INTERVAL 10 DAY, 'running',
  NOW() + INTERVAL 3 HOUR, 100000, 0, 'acceptance'
FROM (SELECT CAST(seq AS SIGNED) AS seq FROM seq_1_to_1000000 WHERE seq <= @n) s
JOIN g_pa g ON g.n = 1 + s.seq % @agencies;

INSERT INTO payment (dossier_id, agency_id, method, state, amount, owed, order_ref, created_at)
SELECT d.id, d.agency_id, 'gateway', 'started', 100000, 100000,
  CONCAT('DVCB', SUBSTRING_INDEX(d.code, '-P', -1) + 0), NOW() - INTERVAL 5 MINUTE
FROM dossier d WHERE d.owner_id = @owner AND d.code LIKE '%-P%';

SELECT COUNT(*) AS orders FROM payment WHERE order_ref LIKE 'DVCB%' AND state = 'started';
