-- 021: dossiers received at the counter or by post (issue 15, section 3).
-- Reception enters them (/can-bo/tiep-nhan/truc-tiep): they take a code
-- from the same series and follow the same workflow as online dossiers.
--
-- channel: how the dossier came in. owner_id NULL: the applicant has no
-- account (yet); they may claim the dossier later with its code and
-- their ID number (dossier_claim). entered_by: the reception officer who
-- entered it; with start_token, the entry form's posts make one dossier.
ALTER TABLE dossier
  MODIFY owner_id BIGINT UNSIGNED NULL,
  ADD COLUMN channel ENUM('online', 'counter', 'post') NOT NULL DEFAULT 'online',
  ADD COLUMN entered_by BIGINT UNSIGNED NULL,
  ADD UNIQUE KEY dossier_entry (entered_by, start_token),
  -- the same paper dossier entered twice: same applicant, procedure, day
  ADD KEY dossier_applicant (applicant_id_number, proc_code, created_at);

-- Reception compared the paper's scan with its original (Article 14).
ALTER TABLE dossier_doc
  ADD COLUMN compared_by BIGINT UNSIGNED NULL,
  ADD COLUMN compared_at DATETIME NULL;

-- The figures by channel (statistics and reports count every channel):
-- of the dossiers received, those received at the counter and by post;
-- the rest came online. Kept by the history trigger as the other counts
-- (sql/015-reports.sql, made again here with the two columns) and made
-- again by report_rebuild(). Every dossier before this migration came
-- online: nothing to fill in.
ALTER TABLE report_day
  ADD COLUMN received_counter INT UNSIGNED NOT NULL DEFAULT 0 AFTER received,
  ADD COLUMN received_post INT UNSIGNED NOT NULL DEFAULT 0 AFTER received_counter;

DROP TRIGGER IF EXISTS report_event;
CREATE TRIGGER report_event AFTER INSERT ON dossier_event FOR EACH ROW
  INSERT INTO report_day (grain, day, agency_id, proc_code, submitted, received,
    received_counter, received_post, settled,
    early, on_time, late, handling_s, refused, stopped, withdrawn,
    d00, d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13)
  SELECT g.grain, CASE g.grain WHEN 'd' THEN x.day
      WHEN 'm' THEN x.day - INTERVAL (DAYOFMONTH(x.day) - 1) DAY
      ELSE MAKEDATE(YEAR(x.day), 1) END,
    x.agency_id, x.proc_code, x.a = 'submit', x.a = 'accept',
    x.a = 'accept' AND x.channel = 'counter', x.a = 'accept' AND x.channel = 'post',
    x.a = 'approve_result',
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
    FROM (SELECT NEW.action AS a, d.agency_id, d.proc_code, d.channel, d.timeliness,
        d.received_at,
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
    received = received + VALUES(received),
    received_counter = received_counter + VALUES(received_counter),
    received_post = received_post + VALUES(received_post), settled = settled + VALUES(settled),
    early = early + VALUES(early), on_time = on_time + VALUES(on_time),
    late = late + VALUES(late), handling_s = handling_s + VALUES(handling_s),
    refused = refused + VALUES(refused), stopped = stopped + VALUES(stopped),
    withdrawn = withdrawn + VALUES(withdrawn),
    d00 = d00 + VALUES(d00), d01 = d01 + VALUES(d01), d02 = d02 + VALUES(d02), d03 = d03
    + VALUES(d03), d04 = d04 + VALUES(d04), d05 = d05 + VALUES(d05), d06 = d06 +
    VALUES(d06), d07 = d07 + VALUES(d07), d08 = d08 + VALUES(d08), d09 = d09 +
    VALUES(d09), d10 = d10 + VALUES(d10), d11 = d11 + VALUES(d11), d12 = d12 +
    VALUES(d12), d13 = d13 + VALUES(d13);
