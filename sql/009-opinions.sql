-- 009: inter-agency opinions (Article 15 of the issue "Back office";
-- Decree 61/2018, one-stop "liên thông"): while a dossier is in
-- processing (status 4) the specialist of the lead agency may ask
-- coordinating agencies for their opinion. Each request has its own
-- agency, question, deadline (counted by the deadline engine in working
-- days from the moment it is asked) and reply. Asking changes neither the
-- dossier's status nor its clock: the lead agency's time keeps running.
CREATE TABLE opinion (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id BIGINT UNSIGNED NOT NULL,
  -- the consulted agency (never the dossier's own)
  agency_id INT UNSIGNED NOT NULL,
  asked_by BIGINT UNSIGNED NOT NULL,
  asked_at DATETIME NOT NULL,
  -- the ask form's one-time token: the same form posted twice makes one
  ask_token CHAR(22) CHARACTER SET ascii NOT NULL,
  question VARCHAR(2000) NOT NULL,
  days TINYINT UNSIGNED NOT NULL,
  due_at DATETIME NOT NULL,
  due_explain VARCHAR(2000) NULL,
  status ENUM('pending', 'answered', 'withdrawn') NOT NULL DEFAULT 'pending',
  reply VARCHAR(4000) NULL,
  -- the reply's document, checked and stored as the citizen's files are
  -- (the store's sweeper counts these rows too); never the citizen's
  reply_sha256 CHAR(64) CHARACTER SET ascii NULL,
  reply_size BIGINT UNSIGNED NULL,
  reply_mime VARCHAR(64) CHARACTER SET ascii NULL,
  reply_ext VARCHAR(8) CHARACTER SET ascii NULL,
  reply_name VARCHAR(255) NULL,
  answered_by BIGINT UNSIGNED NULL,
  answered_at DATETIME NULL,
  withdrawn_by BIGINT UNSIGNED NULL,
  withdrawn_at DATETIME NULL,
  -- one pending request per (dossier, agency), kept by the server too
  pending_agency INT UNSIGNED AS (IF(status = 'pending', agency_id, NULL)) STORED,
  UNIQUE KEY opinion_token (dossier_id, ask_token),
  UNIQUE KEY opinion_pending (dossier_id, pending_agency),
  KEY opinion_dossier (dossier_id, agency_id, status),
  -- the consulted agency's queue: pending first, nearest deadline first
  KEY opinion_queue (agency_id, status, due_at, id),
  KEY opinion_reply_sha (reply_sha256),
  CONSTRAINT opinion_dossier_fk FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE,
  CONSTRAINT opinion_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- How many requests a dossier has had: the dossier page reads the
-- requests only when there are some (most dossiers never have one), and
-- dossier_load gives the count with the dossier. Kept by opinion_ask in
-- the request's transaction.
ALTER TABLE dossier ADD COLUMN opinions SMALLINT UNSIGNED NOT NULL DEFAULT 0;
