-- 007: processing after reception (issue 6, part 2): the result a
-- specialist proposes, the fee a refund depends on, and the citizen's
-- satisfaction rating.

-- The result document: a file of the dossier that belongs to no
-- declared document (doc_id NULL), marked as a result. The citizen gets
-- it only through /ho-so/<code>/ket-qua once it is returned online; the
-- store's sweeper keeps it (it counts every dossier_file row).
ALTER TABLE dossier_file
  MODIFY doc_id BIGINT UNSIGNED NULL,
  ADD COLUMN is_result TINYINT(1) NOT NULL DEFAULT 0;

ALTER TABLE dossier
  -- the result file the specialist attached (the latest proposal)
  ADD COLUMN result_file_id BIGINT UNSIGNED NULL,
  -- a fee was paid (set by the payment issue; a stop then owes a refund)
  ADD COLUMN fee_paid TINYINT(1) NOT NULL DEFAULT 0,
  ADD KEY dossier_work (agency_id, status, proposal_action, due_at);

-- The citizen's rating after the result: one per dossier; a score 1-5
-- per criterion (Rating.Criteria in dvc.hdf, by its position and name as
-- shown then) and free feedback.
CREATE TABLE dossier_rating (
  dossier_id BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  comment VARCHAR(2000) NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT dossier_rating_fk FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dossier_rating_score (
  dossier_id BIGINT UNSIGNED NOT NULL,
  criterion TINYINT UNSIGNED NOT NULL,
  name VARCHAR(200) NOT NULL,
  score TINYINT UNSIGNED NOT NULL,
  PRIMARY KEY (dossier_id, criterion),
  CONSTRAINT dossier_rating_score_fk FOREIGN KEY (dossier_id) REFERENCES dossier_rating (dossier_id) ON DELETE CASCADE,
  CONSTRAINT dossier_rating_score_ck CHECK (score BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
