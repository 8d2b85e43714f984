-- 015: period reports and oversight (issue 13, section 6): the figures a
-- report adds up, kept per day and per month as the dossiers move, so a
-- report over a year of a million dossiers reads one row per agency and
-- procedure (cgi/domain/report.c); the indexes the oversight page and the
-- drill-down lists need.
--
-- report_day: per grain ('d' a day, 'm' a month, 'y' a year: day is then
-- its first day), agency and procedure, how many dossiers were
--   submitted  submitted online (the only channel the portal has)
--   received   accepted by reception (received_at)
--   settled    settled with a result (finished_at), of which early,
--              on_time and late by dossier.timeliness (the rule in
--              docs/workflow.md); handling_s the sum of their calendar
--              seconds from reception to the result, and d00..d13 how
--              many took, in whole calendar days, 0, 1, 2, 3-4, 5-6, 7-9,
--              10-13, 14-19, 20-29, 30-44, 45-59, 60-89, 90-179, 180 or
--              more: the 90th percentile is estimated from these counts
--   refused    refused (at reception, or on the leader's approval)
--   stopped    stopped by the agency (not a confirmed withdrawal)
--   withdrawn  withdrawn at the citizen's request
--   rated      rated by the citizen, commented with a written comment
-- on that day (in that month). report_rating: the scores given that day
-- (month) per criterion (its position in Rating.Criteria): how many, and
-- their sum. Both are kept by the triggers below in the same transaction
-- as the step they count; report_rebuild() (dvcctl report rebuild) makes
-- them again from the dossiers, their history and their ratings by the
-- same rules, as the statements at the end of this file do.
CREATE TABLE report_day (
  grain CHAR(1) CHARACTER SET ascii NOT NULL,
  day DATE NOT NULL,
  agency_id INT UNSIGNED NOT NULL,
  proc_code VARCHAR(16) NOT NULL,
  submitted INT UNSIGNED NOT NULL DEFAULT 0,
  received INT UNSIGNED NOT NULL DEFAULT 0,
  settled INT UNSIGNED NOT NULL DEFAULT 0,
  early INT UNSIGNED NOT NULL DEFAULT 0,
  on_time INT UNSIGNED NOT NULL DEFAULT 0,
  late INT UNSIGNED NOT NULL DEFAULT 0,
  handling_s BIGINT UNSIGNED NOT NULL DEFAULT 0,
  refused INT UNSIGNED NOT NULL DEFAULT 0,
  stopped INT UNSIGNED NOT NULL DEFAULT 0,
  withdrawn INT UNSIGNED NOT NULL DEFAULT 0,
  rated INT UNSIGNED NOT NULL DEFAULT 0,
  commented INT UNSIGNED NOT NULL DEFAULT 0,
  d00 INT UNSIGNED NOT NULL DEFAULT 0, d01 INT UNSIGNED NOT NULL DEFAULT 0, d02 INT
  UNSIGNED NOT NULL DEFAULT 0, d03 INT UNSIGNED NOT NULL DEFAULT 0, d04 INT UNSIGNED NOT
  NULL DEFAULT 0, d05 INT UNSIGNED NOT NULL DEFAULT 0, d06 INT UNSIGNED NOT NULL DEFAULT
  0, d07 INT UNSIGNED NOT NULL DEFAULT 0, d08 INT UNSIGNED NOT NULL DEFAULT 0, d09 INT
  UNSIGNED NOT NULL DEFAULT 0, d10 INT UNSIGNED NOT NULL DEFAULT 0, d11 INT UNSIGNED NOT
  NULL DEFAULT 0, d12 INT UNSIGNED NOT NULL DEFAULT 0, d13 INT UNSIGNED NOT NULL DEFAULT
  0,
  PRIMARY KEY (grain, day, agency_id, proc_code),
  KEY report_day_agency (grain, agency_id, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE report_rating (
  grain CHAR(1) CHARACTER SET ascii NOT NULL,
  day DATE NOT NULL,
  agency_id INT UNSIGNED NOT NULL,
  proc_code VARCHAR(16) NOT NULL,
  criterion TINYINT UNSIGNED NOT NULL,
  n INT UNSIGNED NOT NULL DEFAULT 0,
  score_sum INT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (grain, day, agency_id, proc_code, criterion),
  KEY report_rating_agency (grain, agency_id, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The steps a report counts, from the history: each writes its day's,
-- its month's and its year's row (the three rows of g). The dates are the dossier's own
-- (submitted_at, received_at, finished_at: what report_rebuild() reads);
-- refusals, stops and withdrawals are known by their step alone. A stop
-- of a dossier the citizen asked to withdraw (status 7) confirms the
-- withdrawal, counted when it was asked. b: the handling time's bucket
-- (d00..d13). One statement, no BEGIN ... END: nothing for a client to
-- split.
CREATE TRIGGER report_event AFTER INSERT ON dossier_event FOR EACH ROW
  INSERT INTO report_day (grain, day, agency_id, proc_code, submitted, received, settled,
    early, on_time, late, handling_s, refused, stopped, withdrawn,
    d00, d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13)
  SELECT g.grain, CASE g.grain WHEN 'd' THEN x.day
      WHEN 'm' THEN x.day - INTERVAL (DAYOFMONTH(x.day) - 1) DAY
      ELSE MAKEDATE(YEAR(x.day), 1) END,
    x.agency_id, x.proc_code, x.a = 'submit', x.a = 'accept', x.a = 'approve_result',
    x.a = 'approve_result' AND x.timeliness <=> 'early',
    x.a = 'approve_result' AND x.timeliness <=> 'on_time',
    x.a = 'approve_result' AND x.timeliness <=> 'late',
    IF(x.a = 'approve_result' AND x.received_at IS NOT NULL,
      GREATEST(0, TIMESTAMPDIFF(SECOND, x.received_at, x.at)), 0),
    x.a IN ('refuse', 'approve_refusal'), x.a = 'stop', x.a = 'withdraw',
    x.b <=> 0, x.b <=> 1, x.b <=> 2, x.b <=> 3, x.b <=> 4, x.b <=> 5, x.b <=> 6, x.b <=>
    7, x.b <=> 8, x.b <=> 9, x.b <=> 10, x.b <=> 11, x.b <=> 12, x.b <=> 13
  FROM (SELECT y.*, IF(y.a = 'approve_result' AND y.received_at IS NOT NULL,
        (y.days >= 1) + (y.days >= 2) + (y.days >= 3) + (y.days >= 5) + (y.days >= 7) +
        (y.days >= 10) + (y.days >= 14) + (y.days >= 20) + (y.days >= 30) + (y.days >=
        45) + (y.days >= 60) + (y.days >= 90) + (y.days >= 180),
        NULL) AS b
    FROM (SELECT NEW.action AS a, d.agency_id, d.proc_code, d.timeliness, d.received_at,
        CASE NEW.action WHEN 'submit' THEN COALESCE(d.submitted_at, NEW.at)
          WHEN 'accept' THEN COALESCE(d.received_at, NEW.at)
          WHEN 'approve_result' THEN COALESCE(d.finished_at, NEW.at) ELSE NEW.at END AS at,
        DATE(CASE NEW.action WHEN 'submit' THEN COALESCE(d.submitted_at, NEW.at)
          WHEN 'accept' THEN COALESCE(d.received_at, NEW.at)
          WHEN 'approve_result' THEN COALESCE(d.finished_at, NEW.at) ELSE NEW.at END) AS day,
        GREATEST(0, TIMESTAMPDIFF(DAY, d.received_at,
          COALESCE(d.finished_at, NEW.at))) AS days
      FROM dossier d WHERE d.id = NEW.dossier_id
        AND NEW.action IN ('submit', 'accept', 'approve_result', 'refuse', 'approve_refusal',
          'stop', 'withdraw')
        AND NOT (NEW.action = 'stop' AND NEW.status_from = 7)) y) x
  JOIN (SELECT 'd' AS grain UNION ALL SELECT 'm' UNION ALL SELECT 'y') g ON TRUE
  ON DUPLICATE KEY UPDATE submitted = submitted + VALUES(submitted),
    received = received + VALUES(received), settled = settled + VALUES(settled),
    early = early + VALUES(early), on_time = on_time + VALUES(on_time),
    late = late + VALUES(late), handling_s = handling_s + VALUES(handling_s),
    refused = refused + VALUES(refused), stopped = stopped + VALUES(stopped),
    withdrawn = withdrawn + VALUES(withdrawn),
    d00 = d00 + VALUES(d00), d01 = d01 + VALUES(d01), d02 = d02 + VALUES(d02), d03 = d03
    + VALUES(d03), d04 = d04 + VALUES(d04), d05 = d05 + VALUES(d05), d06 = d06 +
    VALUES(d06), d07 = d07 + VALUES(d07), d08 = d08 + VALUES(d08), d09 = d09 +
    VALUES(d09), d10 = d10 + VALUES(d10), d11 = d11 + VALUES(d11), d12 = d12 +
    VALUES(d12), d13 = d13 + VALUES(d13);

-- A rating, and whether it has a written comment (the feedback counts).
CREATE TRIGGER report_rated AFTER INSERT ON dossier_rating FOR EACH ROW
  INSERT INTO report_day (grain, day, agency_id, proc_code, rated, commented)
  SELECT g.grain, CASE g.grain WHEN 'd' THEN DATE(NEW.created_at)
      WHEN 'm' THEN DATE(NEW.created_at) - INTERVAL (DAYOFMONTH(NEW.created_at) - 1) DAY
      ELSE MAKEDATE(YEAR(NEW.created_at), 1) END,
    d.agency_id, d.proc_code, 1, COALESCE(TRIM(NEW.comment), '') <> ''
  FROM dossier d JOIN (SELECT 'd' AS grain UNION ALL SELECT 'm' UNION ALL SELECT 'y') g ON TRUE
  WHERE d.id = NEW.dossier_id
  ON DUPLICATE KEY UPDATE rated = rated + 1, commented = commented + VALUES(commented);

-- Each score, under its criterion.
CREATE TRIGGER report_scored AFTER INSERT ON dossier_rating_score FOR EACH ROW
  INSERT INTO report_rating (grain, day, agency_id, proc_code, criterion, n, score_sum)
  SELECT g.grain, CASE g.grain WHEN 'd' THEN DATE(r.created_at)
      WHEN 'm' THEN DATE(r.created_at) - INTERVAL (DAYOFMONTH(r.created_at) - 1) DAY
      ELSE MAKEDATE(YEAR(r.created_at), 1) END,
    d.agency_id, d.proc_code, NEW.criterion, 1, NEW.score
  FROM dossier_rating r JOIN dossier d ON d.id = r.dossier_id
  JOIN (SELECT 'd' AS grain UNION ALL SELECT 'm' UNION ALL SELECT 'y') g ON TRUE
  WHERE r.dossier_id = NEW.dossier_id
  ON DUPLICATE KEY UPDATE n = n + 1, score_sum = score_sum + VALUES(score_sum);

-- The oversight page (cgi/domain/oversight.c): every agency's open
-- dossiers by status, due date, submission and paper copy, read from
-- this index alone; the period report's "in progress" figures too.
ALTER TABLE dossier
  ADD KEY dossier_open (status, agency_id, due_at, submitted_at, received_at,
    paper_pending, paper_received_at, proc_code),
  -- the drill-down lists of a period: an agency's dossiers settled late
  -- (they cost points on the scorecard), by the day they were settled
  ADD KEY dossier_finished (agency_id, timeliness, finished_at);
-- ratings by the day they were given (the scorecard's low scores)
ALTER TABLE dossier_rating ADD KEY dossier_rating_at (created_at);

-- What the dossiers already hold, counted by the rules above: the same
-- statements as report_rebuild() in cgi/domain/report.c. The groups are
-- many: kept in memory rather than in a temporary file.
SET SESSION max_heap_table_size = 536870912, tmp_table_size = 536870912;
INSERT INTO report_day (grain, day, agency_id, proc_code, submitted)
  SELECT 'd', DATE(submitted_at), agency_id, proc_code, COUNT(*) FROM dossier
  WHERE status > 0 AND submitted_at IS NOT NULL GROUP BY 2, 3, 4;
INSERT INTO report_day (grain, day, agency_id, proc_code, received)
  SELECT 'd', DATE(received_at), agency_id, proc_code, COUNT(*) FROM dossier
  WHERE received_at IS NOT NULL GROUP BY 2, 3, 4
  ON DUPLICATE KEY UPDATE received = received + VALUES(received);
INSERT INTO report_day (grain, day, agency_id, proc_code, settled, early, on_time, late,
    handling_s,
    d00, d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13)
  SELECT 'd', DATE(finished_at), agency_id, proc_code, COUNT(*), SUM(timeliness <=> 'early'),
    SUM(timeliness <=> 'on_time'), SUM(timeliness <=> 'late'),
    SUM(GREATEST(0, TIMESTAMPDIFF(SECOND, received_at, finished_at))),
    SUM(b <=> 0), SUM(b <=> 1), SUM(b <=> 2), SUM(b <=> 3), SUM(b <=> 4), SUM(b <=> 5),
    SUM(b <=> 6), SUM(b <=> 7), SUM(b <=> 8), SUM(b <=> 9), SUM(b <=> 10), SUM(b <=>
    11), SUM(b <=> 12), SUM(b <=> 13)
  FROM (SELECT finished_at, received_at, agency_id, proc_code, timeliness,
      (x.days >= 1) + (x.days >= 2) + (x.days >= 3) + (x.days >= 5) + (x.days >= 7) +
      (x.days >= 10) + (x.days >= 14) + (x.days >= 20) + (x.days >= 30) + (x.days >= 45)
      + (x.days >= 60) + (x.days >= 90) + (x.days >= 180) AS b
    FROM (SELECT finished_at, received_at, agency_id, proc_code, timeliness,
        GREATEST(0, TIMESTAMPDIFF(DAY, received_at, finished_at)) AS days FROM dossier
      WHERE status IN (9, 10) AND finished_at IS NOT NULL AND received_at IS NOT NULL) x) y
  GROUP BY 2, 3, 4
  ON DUPLICATE KEY UPDATE settled = settled + VALUES(settled), early = early + VALUES(early),
    on_time = on_time + VALUES(on_time), late = late + VALUES(late),
    handling_s = handling_s + VALUES(handling_s),
    d00 = d00 + VALUES(d00), d01 = d01 + VALUES(d01), d02 = d02 + VALUES(d02), d03 = d03
    + VALUES(d03), d04 = d04 + VALUES(d04), d05 = d05 + VALUES(d05), d06 = d06 +
    VALUES(d06), d07 = d07 + VALUES(d07), d08 = d08 + VALUES(d08), d09 = d09 +
    VALUES(d09), d10 = d10 + VALUES(d10), d11 = d11 + VALUES(d11), d12 = d12 +
    VALUES(d12), d13 = d13 + VALUES(d13);
INSERT INTO report_day (grain, day, agency_id, proc_code, refused, stopped, withdrawn)
  SELECT 'd', DATE(e.at), d.agency_id, d.proc_code, SUM(e.action IN ('refuse', 'approve_refusal')),
    SUM(e.action = 'stop'), SUM(e.action = 'withdraw')
  FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id
  WHERE e.action IN ('refuse', 'approve_refusal', 'stop', 'withdraw')
    AND NOT (e.action = 'stop' AND e.status_from = 7)
  GROUP BY 2, 3, 4
  ON DUPLICATE KEY UPDATE refused = refused + VALUES(refused),
    stopped = stopped + VALUES(stopped), withdrawn = withdrawn + VALUES(withdrawn);
INSERT INTO report_day (grain, day, agency_id, proc_code, rated, commented)
  SELECT 'd', DATE(r.created_at), d.agency_id, d.proc_code, COUNT(*),
    SUM(COALESCE(TRIM(r.comment), '') <> '')
  FROM dossier_rating r JOIN dossier d ON d.id = r.dossier_id GROUP BY 2, 3, 4
  ON DUPLICATE KEY UPDATE rated = rated + VALUES(rated), commented = commented + VALUES(commented);
INSERT INTO report_day (grain, day, agency_id, proc_code, submitted, received, settled, early,
    on_time, late, handling_s, refused, stopped, withdrawn, rated, commented,
    d00, d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13)
  SELECT 'm', day - INTERVAL (DAYOFMONTH(day) - 1) DAY, agency_id, proc_code, SUM(submitted),
    SUM(received), SUM(settled), SUM(early), SUM(on_time), SUM(late), SUM(handling_s),
    SUM(refused), SUM(stopped), SUM(withdrawn), SUM(rated), SUM(commented),
    SUM(d00), SUM(d01), SUM(d02), SUM(d03), SUM(d04), SUM(d05), SUM(d06), SUM(d07),
    SUM(d08), SUM(d09), SUM(d10), SUM(d11), SUM(d12), SUM(d13)
  FROM report_day WHERE grain = 'd' GROUP BY 2, 3, 4;
INSERT INTO report_day (grain, day, agency_id, proc_code, submitted, received, settled, early,
    on_time, late, handling_s, refused, stopped, withdrawn, rated, commented,
    d00, d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13)
  SELECT 'y', MAKEDATE(YEAR(day), 1), agency_id, proc_code, SUM(submitted), SUM(received),
    SUM(settled), SUM(early), SUM(on_time), SUM(late), SUM(handling_s), SUM(refused),
    SUM(stopped), SUM(withdrawn), SUM(rated), SUM(commented),
    SUM(d00), SUM(d01), SUM(d02), SUM(d03), SUM(d04), SUM(d05), SUM(d06), SUM(d07),
    SUM(d08), SUM(d09), SUM(d10), SUM(d11), SUM(d12), SUM(d13)
  FROM report_day WHERE grain = 'm' GROUP BY 2, 3, 4;
INSERT INTO report_rating (grain, day, agency_id, proc_code, criterion, n, score_sum)
  SELECT 'd', DATE(r.created_at), d.agency_id, d.proc_code, s.criterion, COUNT(*), SUM(s.score)
  FROM dossier_rating_score s JOIN dossier_rating r ON r.dossier_id = s.dossier_id
  JOIN dossier d ON d.id = s.dossier_id GROUP BY 2, 3, 4, 5;
INSERT INTO report_rating (grain, day, agency_id, proc_code, criterion, n, score_sum)
  SELECT 'm', day - INTERVAL (DAYOFMONTH(day) - 1) DAY, agency_id, proc_code, criterion, SUM(n),
    SUM(score_sum)
  FROM report_rating WHERE grain = 'd' GROUP BY 2, 3, 4, 5;
INSERT INTO report_rating (grain, day, agency_id, proc_code, criterion, n, score_sum)
  SELECT 'y', MAKEDATE(YEAR(day), 1), agency_id, proc_code, criterion, SUM(n), SUM(score_sum)
  FROM report_rating WHERE grain = 'm' GROUP BY 2, 3, 4, 5;
