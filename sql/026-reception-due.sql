-- 026: the reception queue's true urgency (issue 15, section 2). A
-- dossier not yet received was ordered by its submission time, among
-- dossiers ordered by their due dates: a dossier the citizen supplemented
-- today came first for its old submission, and "oldest and most urgent
-- first" compared two different things. reception_due_at is when it
-- becomes late to receive (Reception.MaxWaitHours of working time after
-- its submission, or after the citizen's supplement: domain/checks.c
-- checks_reception_due), set by the submission and the supplement; the
-- queue's key takes it before the submission time. Dossiers submitted
-- before this migration keep their submission time as the key.
ALTER TABLE dossier
  ADD COLUMN reception_due_at DATETIME NULL AFTER supplemented_at,
  MODIFY queue_at DATETIME AS (COALESCE(handover_due_at, due_at, reception_due_at,
    submitted_at)) STORED;
