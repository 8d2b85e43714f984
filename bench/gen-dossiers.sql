-- bench/gen-dossiers.sql: N generated dossiers for the back office's
-- benchmark (./dvc-dev bench office), with MariaDB's sequence engine
-- (seq_1_to_N: no loop, one INSERT ... SELECT). Run as the database owner
-- or root on a BENCH database only, after the catalogue is loaded:
--   mariadb dvc < bench/gen-dossiers.sql          (N = 1,000,000)
-- Spread: every implementing (procedure, agency) pair of the catalogue,
-- skewed (a few pairs get most dossiers, as in life); submitted over the
-- last two years, one every ~63 s; statuses as a steady state would have
-- them (most returned; a day's worth new; ten days' worth in process);
-- due dates 3-20 days after reception, about 6% finished late (the dates
-- kept as sql/013 keeps them: first and base due date, when and how each
-- was settled); one unsigned level-4 dossier in fifty waits for its paper
-- copy; history events for one dossier in ten, and for every refusal and
-- stop; one returned dossier in five rated. ./dvc-dev bench office then
-- runs dvcctl rebuild reports and dvcctl rebuild stats.
SET time_zone = '+07:00';
SET @n = 1000000;

INSERT IGNORE INTO account (kind, email, full_name, password_hash, status)
  VALUES ('citizen', 'bench-citizen@dvc.invalid', 'Công dân thử tải', '!', 'active');
SET @owner = (SELECT id FROM account WHERE email = 'bench-citizen@dvc.invalid');

DROP TEMPORARY TABLE IF EXISTS g_pa;
CREATE TEMPORARY TABLE g_pa (n INT NOT NULL PRIMARY KEY, proc_code VARCHAR(16) NOT NULL,
  proc_name VARCHAR(500) NOT NULL, level TINYINT NOT NULL, agency_id INT UNSIGNED NOT NULL,
  agency_code VARCHAR(40) NOT NULL) ENGINE=InnoDB;
INSERT INTO g_pa
  SELECT ROW_NUMBER() OVER (ORDER BY a.code = '000.00.09.H34' DESC, p.code, a.id),
    p.code, LEFT(p.name, 500), 3, a.id, a.code
  FROM proc_agency pa JOIN proc p ON p.id = pa.proc_id JOIN agency a ON a.id = pa.agency_id
  WHERE pa.role = 'implementing';
SET @pairs = (SELECT COUNT(*) FROM g_pa);

-- r: the status draw (per mille), k: the pair (squared: skewed to the
-- first pairs, those of 000.00.09.H34 first), t: submission time
INSERT INTO dossier (code, owner_id, proc_code, proc_name, proc_level, agency_id, status,
  applicant_name, applicant_phone, applicant_address, start_token, version,
  created_at, updated_at, submitted_at, received_at, limit_days_tenths, due_at,
  clock, handover_due_at, handed_over_at, collected_at, return_method,
  first_due_at, base_due_at, finished_at, timeliness, paper_pending)
SELECT CONCAT(g.agency_code, '-', DATE_FORMAT(x.t, '%y%m%d'), '-B', LPAD(x.seq, 7, '0')),
  @owner, g.proc_code, g.proc_name, g.level, g.agency_id, x.st,
  CONCAT(ELT(1 + x.seq % 12, 'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan',
      'Vũ', 'Võ', 'Đặng', 'Bùi', 'Y'), ' ',
    ELT(1 + x.seq DIV 12 % 8, 'Văn', 'Thị', 'Minh', 'Ngọc', 'Đức', 'Thu', 'Quốc', 'Hồng'), ' ',
    ELT(1 + x.seq DIV 96 % 16, 'An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hùng', 'Khánh',
      'Lan', 'Mai', 'Nam', 'Phúc', 'Quân', 'Sương', 'Tâm', 'Vy')),
  CONCAT('09', LPAD(x.seq * 7919 % 100000000, 8, '0')),
  'Thành phố Kon Tum, tỉnh Kon Tum', LPAD(x.seq, 22, '0'), 1,
  x.t, x.t + INTERVAL IF(x.st >= 9, x.days + x.skew, 0) DAY, x.t,
  IF(x.st IN (1, 3), NULL, x.t + INTERVAL 3 HOUR),
  IF(x.st IN (1, 3), NULL, x.days * 10),
  IF(x.st IN (1, 3), NULL, x.t + INTERVAL 3 HOUR + INTERVAL x.days DAY),
  CASE WHEN x.st = 1 THEN 'none' WHEN x.st IN (2, 4) THEN 'running'
    WHEN x.st = 5 THEN 'paused' ELSE 'done' END,
  IF(x.st = 2, x.t + INTERVAL 7 HOUR, NULL),
  IF(x.st IN (4, 8, 9, 10), x.t + INTERVAL 5 HOUR, NULL),
  IF(x.st = 10, x.t + INTERVAL x.days + x.skew DAY + INTERVAL 1 HOUR, NULL),
  IF(x.st IN (9, 10), 'online', NULL),
  IF(x.st IN (1, 3), NULL, x.t + INTERVAL 3 HOUR + INTERVAL x.days DAY),
  IF(x.st IN (1, 3), NULL, x.t + INTERVAL 3 HOUR + INTERVAL x.days DAY),
  CASE WHEN x.st IN (9, 10) THEN x.t + INTERVAL x.days + x.skew DAY
    WHEN x.st = 3 THEN x.t + INTERVAL 2 HOUR
    WHEN x.st = 8 THEN x.t + INTERVAL 3 HOUR + INTERVAL x.days DIV 2 DAY END,
  -- the rule of docs/workflow.md: a day before the due day, the due day
  -- by the due time, or after it (skew 0 finishes on the due day, 3 hours
  -- before the due time)
  CASE WHEN x.st NOT IN (9, 10) THEN NULL WHEN x.skew < 0 THEN 'early'
    WHEN x.skew = 0 THEN 'on_time' ELSE 'late' END,
  x.st IN (1, 2, 4, 5) AND x.seq % 50 = 7
FROM (
  SELECT s.seq,
    NOW() - INTERVAL ((@n - s.seq) * 63 + 600) SECOND AS t,
    1 + FLOOR(POW((s.seq * 2654435761 % 1000003) / 1000003, 2) * @pairs) AS k,
    3 + s.seq * 31 % 18 AS days,
    -- finish before (negative), on, or after the due day
    CASE WHEN s.seq % 100 < 6 THEN 1 + s.seq % 4 WHEN s.seq % 100 < 30 THEN 0
      ELSE -1 - s.seq % 3 END AS skew,
    CASE
      -- the newest dossiers are the open ones (a steady state)
      WHEN s.seq > @n - 1500 AND s.seq % 3 = 0 THEN 1
      WHEN s.seq > @n - 1500 AND s.seq % 3 = 1 THEN 2
      WHEN s.seq > @n - 16000 AND s.seq % 10 < 7 THEN 4
      WHEN s.seq > @n - 16000 AND s.seq % 10 = 7 THEN 5
      WHEN s.seq % 100 = 0 THEN 3
      WHEN s.seq % 100 = 1 THEN 8
      WHEN s.seq > @n - 30000 THEN 9
      ELSE 10 END AS st
  FROM (SELECT CAST(seq AS SIGNED) AS seq FROM seq_1_to_1000000 WHERE seq <= @n) s
) x JOIN g_pa g ON g.n = x.k;

-- history for one dossier in ten: submitted, received, handed over,
-- result, returned (as far as its status got)
SET @first = (SELECT MIN(id) FROM dossier WHERE code LIKE '%-B%' AND start_token REGEXP '^[0-9]{22}$');
INSERT INTO dossier_event (dossier_id, at, action, status_from, status_to, actor_role, agency_id)
SELECT d.id, CASE e.seq WHEN 1 THEN d.submitted_at WHEN 2 THEN d.received_at
    WHEN 3 THEN d.handed_over_at WHEN 4 THEN d.updated_at ELSE d.collected_at END,
  ELT(e.seq, 'submit', 'accept', 'forward', 'result', 'return'),
  ELT(e.seq, 0, 1, 2, 4, 9), ELT(e.seq, 1, 2, 4, 9, 10),
  ELT(e.seq, 'citizen', 'reception', 'reception', 'leader', 'reception'),
  IF(e.seq = 1, NULL, d.agency_id)
FROM dossier d JOIN seq_1_to_5 e
WHERE d.id >= @first AND d.id % 10 = 0 AND d.owner_id = @owner
  AND (e.seq = 1 OR (e.seq = 2 AND d.received_at IS NOT NULL)
    OR (e.seq = 3 AND d.handed_over_at IS NOT NULL)
    OR (e.seq = 4 AND d.status IN (9, 10)) OR (e.seq = 5 AND d.status = 10));

-- every refusal (1 -> 3) and stop (4 -> 8) in the history: the reports
-- count them from there
INSERT INTO dossier_event (dossier_id, at, action, status_from, status_to, actor_role, agency_id)
SELECT d.id, d.finished_at, IF(d.status = 3, 'refuse', 'stop'), IF(d.status = 3, 1, 4),
  d.status, IF(d.status = 3, 'reception', 'leader'), d.agency_id
FROM dossier d WHERE d.id >= @first AND d.owner_id = @owner AND d.status IN (3, 8);

-- one returned dossier in five rated on each criterion of Rating.Criteria
-- (four by default), a day after its return; one in three of those with
-- a comment
INSERT INTO dossier_rating (dossier_id, comment, created_at)
SELECT d.id, IF(d.id % 3 = 0, 'Cán bộ hướng dẫn tận tình.', NULL),
  LEAST(NOW(), d.collected_at + INTERVAL 1 DAY)
FROM dossier d WHERE d.id >= @first AND d.owner_id = @owner AND d.status = 10 AND d.id % 5 = 0;
INSERT INTO dossier_rating_score (dossier_id, criterion, name, score)
SELECT r.dossier_id, c.seq - 1, ELT(c.seq, 'Thời gian giải quyết', 'Thái độ của cán bộ',
    'Hướng dẫn, thông tin rõ ràng', 'Kết quả đúng yêu cầu'),
  5 - (r.dossier_id DIV 5 + c.seq) % 13 DIV 4
FROM dossier_rating r JOIN seq_1_to_4 c
WHERE r.dossier_id >= @first;

-- the public statistics (dossier_stat) are not made here: ./dvc-dev bench
-- office runs dvcctl rebuild stats, the one rule for them (a count of its
-- own here classified by the day of the due date and disagreed with it
-- on 997 (agency, procedure) pairs)
ANALYZE TABLE dossier, dossier_event, dossier_rating;
SELECT COUNT(*) AS dossiers FROM dossier;
