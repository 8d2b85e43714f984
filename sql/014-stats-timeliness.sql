-- 014: the public statistics count what the dossiers say (issue 13).
-- 008's trigger decided early / on time / late itself, from the due date
-- and NOW() when the status changed; the dossier now carries that
-- decision, made once by the workflow when it is settled with a result
-- (dossier.timeliness, sql/013; the rule in docs/workflow.md). The
-- trigger counts it, so the running counters and `dvcctl stats rebuild`
-- (the same sums over the dossiers) agree by construction:
--   received  reception accepted it: received_at first set
--   processed it entered 9 (a result) from a status other than 9 or 10
--   early, on_time, late  of those, as NEW.timeliness says
-- Dossiers settled before 013 lost their due date and carry no
-- timeliness: the counters keep what 008 counted for them; a rebuild
-- counts them as processed in no bucket.
DROP TRIGGER IF EXISTS dossier_stat_upd;
-- One statement, no BEGIN ... END: nothing for a client to split.
CREATE TRIGGER dossier_stat_upd AFTER UPDATE ON dossier FOR EACH ROW
  INSERT INTO dossier_stat (agency_id, proc_code, received, processed, early, on_time, late)
  SELECT NEW.agency_id, NEW.proc_code, x.r, x.p,
    x.p * (NEW.timeliness <=> 'early'), x.p * (NEW.timeliness <=> 'on_time'),
    x.p * (NEW.timeliness <=> 'late')
  FROM (SELECT (OLD.received_at IS NULL AND NEW.received_at IS NOT NULL) AS r,
      (NEW.status = 9 AND OLD.status NOT IN (9, 10)) AS p) x
  WHERE x.r OR x.p
  ON DUPLICATE KEY UPDATE received = received + VALUES(received),
    processed = processed + VALUES(processed), early = early + VALUES(early),
    on_time = on_time + VALUES(on_time), late = late + VALUES(late);
