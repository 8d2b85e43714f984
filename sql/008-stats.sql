-- 008: queues, reports and public statistics for the back office
-- (issue 6, section 3).
--
-- Queues: every role's queue is "the dossiers of an agency in some
-- statuses, most urgent first". queue_at is that order's key (the
-- hand-over limit, else the due date, else the submission time), kept by
-- the server so it can be indexed with (agency_id, status): a queue page
-- reads only its own rows in index order and pages by (queue_at, id)
-- keyset, never OFFSET.
ALTER TABLE dossier
  ADD COLUMN queue_at DATETIME AS (COALESCE(handover_due_at, due_at, submitted_at)) STORED,
  ADD KEY dossier_queue_at (agency_id, status, queue_at, id),
  -- 006's (agency_id, status, due_at) is a prefix of dossier_due below
  DROP KEY dossier_queue,
  -- the tracking book (Form 06): an agency's dossiers by submission date
  ADD KEY dossier_book (agency_id, submitted_at, id),
  -- the due-state filters (late, due soon) within a status
  ADD KEY dossier_due (agency_id, status, due_at, id);

-- Public statistics (Article 5.1b; Decision 766/QĐ-TTg's buckets): per
-- agency and procedure, how many dossiers were received (accepted by
-- reception), processed (a result: statuses 9 and 10), and of those
-- early (finished on a day before the due date), on time (on the due
-- day, not after the due time) or late. dvc-public reads this table and
-- nothing of the dossiers themselves. Kept by the trigger below in the
-- same transaction as the change of status, whichever responder makes it;
-- bench/gen-dossiers.sql rebuilds it in bulk.
CREATE TABLE dossier_stat (
  agency_id INT UNSIGNED NOT NULL,
  proc_code VARCHAR(16) NOT NULL,
  received BIGINT UNSIGNED NOT NULL DEFAULT 0,
  processed BIGINT UNSIGNED NOT NULL DEFAULT 0,
  early BIGINT UNSIGNED NOT NULL DEFAULT 0,
  on_time BIGINT UNSIGNED NOT NULL DEFAULT 0,
  late BIGINT UNSIGNED NOT NULL DEFAULT 0,
  PRIMARY KEY (agency_id, proc_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One statement, no BEGIN ... END: nothing for a client to split. The
-- finish time is NOW() in the connection's time zone (+07:00, as due_at).
CREATE TRIGGER dossier_stat_upd AFTER UPDATE ON dossier FOR EACH ROW
  INSERT INTO dossier_stat (agency_id, proc_code, received, processed, early, on_time, late)
  SELECT NEW.agency_id, NEW.proc_code, x.r, x.p,
    x.p * (x.due IS NOT NULL AND DATE(NOW()) < DATE(x.due)),
    x.p * (x.due IS NOT NULL AND DATE(NOW()) = DATE(x.due) AND NOW() <= x.due),
    x.p * (x.due IS NOT NULL AND NOW() > x.due)
  FROM (SELECT (OLD.received_at IS NULL AND NEW.received_at IS NOT NULL) AS r,
      (NEW.status IN (9, 10) AND OLD.status NOT IN (9, 10)) AS p,
      COALESCE(OLD.due_at, NEW.due_at) AS due) x
  WHERE x.r OR x.p
  ON DUPLICATE KEY UPDATE received = received + VALUES(received),
    processed = processed + VALUES(processed), early = early + VALUES(early),
    on_time = on_time + VALUES(on_time), late = late + VALUES(late);
