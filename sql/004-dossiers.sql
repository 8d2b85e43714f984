-- 004: dossiers submitted online (Article 7): drafts, their documents
-- and files, submission with a code per Circular 01/2018 art. 19, the
-- dossier's history, and the files' place in the content-addressed store.

-- One dossier. A draft (status 0) has no code yet; the code is given at
-- submission. Applicant data is a copy: the dossier keeps what was
-- declared even if the account changes later. The procedure's name and
-- case are copied too, so a re-imported catalogue does not change it.
-- status follows the national list (1 Mới đăng ký ... 10 Đã trả kết quả);
-- 0 is a draft, which only its owner sees.
CREATE TABLE dossier (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(40) NULL,
  owner_id BIGINT UNSIGNED NOT NULL,
  proc_code VARCHAR(16) NOT NULL,
  proc_name VARCHAR(500) NOT NULL,
  proc_level TINYINT UNSIGNED NOT NULL,
  case_key VARCHAR(60) NULL,
  case_name VARCHAR(300) NULL,
  agency_id INT UNSIGNED NOT NULL,
  status TINYINT UNSIGNED NOT NULL DEFAULT 0,
  -- level 4 without a valid signature on every required document: the
  -- paper dossier must follow by post, marked with the code
  paper_pending TINYINT(1) NOT NULL DEFAULT 0,
  on_behalf TINYINT(1) NOT NULL DEFAULT 0,
  applicant_name VARCHAR(100) NOT NULL,
  applicant_id_number CHAR(12) NULL,
  applicant_birth_date DATE NULL,
  applicant_phone VARCHAR(15) NULL,
  applicant_email VARCHAR(254) NULL,
  applicant_address VARCHAR(300) NULL,
  applicant_org VARCHAR(200) NULL,
  applicant_tax_code VARCHAR(14) NULL,
  note VARCHAR(2000) NULL,
  declared_at DATETIME NULL,
  -- the start form's one-time token: 50 posts of the same form make one
  start_token CHAR(22) NOT NULL,
  -- optimistic concurrency for the back office (issue 6)
  version INT UNSIGNED NOT NULL DEFAULT 0,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  submitted_at DATETIME NULL,
  UNIQUE KEY dossier_code (code),
  UNIQUE KEY dossier_start (owner_id, start_token),
  KEY dossier_owner (owner_id, status, updated_at),
  KEY dossier_agency (agency_id, status, submitted_at),
  CONSTRAINT dossier_owner_fk FOREIGN KEY (owner_id) REFERENCES account (id),
  CONSTRAINT dossier_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The day's sequence per agency: the NNNN of the code. One row per
-- agency and day, taken under its row lock in the submission's
-- transaction, so two submissions never get the same number.
CREATE TABLE dossier_seq (
  agency_id INT UNSIGNED NOT NULL,
  day DATE NOT NULL,
  n INT UNSIGNED NOT NULL,
  PRIMARY KEY (agency_id, day)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The documents the dossier must contain, copied from the catalogue for
-- the chosen case when the draft is made.
CREATE TABLE dossier_doc (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id BIGINT UNSIGNED NOT NULL,
  seq SMALLINT UNSIGNED NOT NULL,
  name VARCHAR(1000) NOT NULL,
  required TINYINT(1) NOT NULL,
  originals TINYINT UNSIGNED NOT NULL DEFAULT 0,
  copies TINYINT UNSIGNED NOT NULL DEFAULT 0,
  KEY dossier_doc_d (dossier_id, seq),
  CONSTRAINT dossier_doc_fk FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A file of a document. The bytes live in the store under their SHA-256
-- (Storage.Dir); name is what the person's computer called it, cleaned,
-- for display only. A detached signature (.p7s) is a row of its own
-- pointing at the file it signs (signs_id). sig_*: the verification's
-- result (level 4), shown to the citizen and the officer.
CREATE TABLE dossier_file (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id BIGINT UNSIGNED NOT NULL,
  doc_id BIGINT UNSIGNED NOT NULL,
  sha256 CHAR(64) CHARACTER SET ascii NOT NULL,
  size BIGINT UNSIGNED NOT NULL,
  mime VARCHAR(64) CHARACTER SET ascii NOT NULL,
  ext VARCHAR(8) CHARACTER SET ascii NOT NULL,
  name VARCHAR(255) NOT NULL,
  signs_id BIGINT UNSIGNED NULL,
  sig_state ENUM('none', 'valid', 'invalid') NOT NULL DEFAULT 'none',
  sig_reason VARCHAR(40) NULL,
  sig_signer VARCHAR(255) NULL,
  sig_serial VARCHAR(80) NULL,
  sig_issuer VARCHAR(255) NULL,
  sig_time DATETIME NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY dossier_file_d (dossier_id, doc_id),
  KEY dossier_file_sha (sha256),
  CONSTRAINT dossier_file_fk FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE,
  CONSTRAINT dossier_file_doc FOREIGN KEY (doc_id) REFERENCES dossier_doc (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What happened to the dossier, in order: the history the citizen sees.
-- actor_role: 'citizen', or the officer's role (back office issue).
CREATE TABLE dossier_event (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id BIGINT UNSIGNED NOT NULL,
  at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  action VARCHAR(32) CHARACTER SET ascii NOT NULL,
  status_from TINYINT UNSIGNED NOT NULL,
  status_to TINYINT UNSIGNED NOT NULL,
  actor_id BIGINT UNSIGNED NULL,
  actor_role VARCHAR(20) CHARACTER SET ascii NOT NULL,
  agency_id INT UNSIGNED NULL,
  note VARCHAR(2000) NULL,
  KEY dossier_event_d (dossier_id, id),
  CONSTRAINT dossier_event_fk FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Failed tracking lookups per client address (code + last digits is a
-- small secret: its guessing is limited like a password's).
CREATE TABLE track_throttle (
  client_ip VARCHAR(45) CHARACTER SET ascii NOT NULL PRIMARY KEY,
  failures INT UNSIGNED NOT NULL DEFAULT 0,
  window_start DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
