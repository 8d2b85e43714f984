-- 002: the catalogue of administrative procedures (Articles 5.1, 5.2):
-- agencies in full with their history, fields, procedures with every
-- component of the national procedure record, the agencies' internal
-- processes, usage counters, and the catalogue version every responder
-- watches to reload its in-memory copy.

ALTER TABLE agency
  ADD COLUMN address VARCHAR(300) NULL AFTER parent_id,
  ADD COLUMN phone VARCHAR(40) NULL AFTER address,
  ADD COLUMN email VARCHAR(254) NULL AFTER phone,
  ADD COLUMN website VARCHAR(300) NULL AFTER email,
  ADD COLUMN bank_account VARCHAR(40) NULL AFTER website,
  ADD COLUMN bank_name VARCHAR(200) NULL AFTER bank_account,
  ADD COLUMN bank_holder VARCHAR(255) NULL AFTER bank_name,
  ADD COLUMN status ENUM('active', 'closed') NOT NULL DEFAULT 'active' AFTER bank_holder,
  ADD COLUMN closed_on DATE NULL AFTER status,
  ADD COLUMN successor_id INT UNSIGNED NULL AFTER closed_on,
  ADD CONSTRAINT agency_successor_fk FOREIGN KEY (successor_id) REFERENCES agency (id);

-- Renames, mergers, closures: the agency tree keeps its past.
CREATE TABLE agency_event (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  agency_id INT UNSIGNED NOT NULL,
  happened_on DATE NOT NULL,
  event ENUM('created', 'renamed', 'merged', 'closed') NOT NULL,
  old_name VARCHAR(255) NULL,
  note VARCHAR(500) NULL,
  KEY agency_event_agency (agency_id, happened_on),
  CONSTRAINT agency_event_fk FOREIGN KEY (agency_id) REFERENCES agency (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Fields (lĩnh vực).
CREATE TABLE field (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(20) NOT NULL,
  slug VARCHAR(100) NOT NULL,
  name VARCHAR(200) NOT NULL,
  UNIQUE KEY field_code (code),
  UNIQUE KEY field_slug (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE proc (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(16) NOT NULL,
  name VARCHAR(500) NOT NULL,
  field_id INT UNSIGNED NOT NULL,
  -- online service level: 1-4 under the 2018 scheme, and the 2022 scheme
  level TINYINT UNSIGNED NOT NULL,
  level_2022 ENUM('toan_trinh', 'mot_phan') NULL,
  -- levels of government that perform it
  agency_levels SET('province', 'district', 'commune') NOT NULL DEFAULT '',
  subjects TEXT NULL,
  conditions TEXT NULL,
  result TEXT NULL,
  guide TEXT NULL,
  publishing_decision VARCHAR(500) NULL,
  valid_from DATE NULL,
  valid_to DATE NULL,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  UNIQUE KEY proc_code (code),
  KEY proc_field (field_id),
  CONSTRAINT proc_field_fk FOREIGN KEY (field_id) REFERENCES field (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Which agencies implement it (receive dossiers), decide it, are consulted.
CREATE TABLE proc_agency (
  proc_id INT UNSIGNED NOT NULL,
  agency_id INT UNSIGNED NOT NULL,
  role ENUM('implementing', 'competent', 'coordinating') NOT NULL,
  PRIMARY KEY (proc_id, role, agency_id),
  KEY proc_agency_agency (agency_id, role),
  CONSTRAINT proc_agency_p FOREIGN KEY (proc_id) REFERENCES proc (id) ON DELETE CASCADE,
  CONSTRAINT proc_agency_a FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Case variants (trường hợp) of a procedure.
CREATE TABLE proc_case (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  proc_id INT UNSIGNED NOT NULL,
  case_key VARCHAR(60) NOT NULL,
  name VARCHAR(300) NOT NULL,
  seq SMALLINT UNSIGNED NOT NULL,
  UNIQUE KEY proc_case_key (proc_id, case_key),
  CONSTRAINT proc_case_fk FOREIGN KEY (proc_id) REFERENCES proc (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Steps, each with the party responsible; case_id NULL: every case.
CREATE TABLE proc_step (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  proc_id INT UNSIGNED NOT NULL,
  case_id INT UNSIGNED NULL,
  seq SMALLINT UNSIGNED NOT NULL,
  party ENUM('citizen', 'agency') NOT NULL,
  text TEXT NOT NULL,
  KEY proc_step_p (proc_id, seq),
  CONSTRAINT proc_step_p FOREIGN KEY (proc_id) REFERENCES proc (id) ON DELETE CASCADE,
  CONSTRAINT proc_step_c FOREIGN KEY (case_id) REFERENCES proc_case (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Channels, each with its own time limit and its fees (in đồng).
CREATE TABLE proc_channel (
  proc_id INT UNSIGNED NOT NULL,
  channel ENUM('in_person', 'online', 'post') NOT NULL,
  -- tenths of the unit, so 0.5 working days is 5
  time_tenths INT UNSIGNED NOT NULL,
  time_unit ENUM('working_days', 'working_hours') NOT NULL,
  fee BIGINT UNSIGNED NOT NULL DEFAULT 0,
  charge BIGINT UNSIGNED NOT NULL DEFAULT 0,
  fee_note VARCHAR(1000) NULL,
  PRIMARY KEY (proc_id, channel),
  CONSTRAINT proc_channel_fk FOREIGN KEY (proc_id) REFERENCES proc (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Documents of the dossier; case_id NULL: every case.
CREATE TABLE proc_document (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  proc_id INT UNSIGNED NOT NULL,
  case_id INT UNSIGNED NULL,
  seq SMALLINT UNSIGNED NOT NULL,
  name VARCHAR(1000) NOT NULL,
  originals TINYINT UNSIGNED NOT NULL DEFAULT 0,
  copies TINYINT UNSIGNED NOT NULL DEFAULT 0,
  required TINYINT(1) NOT NULL DEFAULT 1,
  form_name VARCHAR(300) NULL,
  form_file VARCHAR(200) NULL,
  KEY proc_document_p (proc_id, seq),
  CONSTRAINT proc_document_p FOREIGN KEY (proc_id) REFERENCES proc (id) ON DELETE CASCADE,
  CONSTRAINT proc_document_c FOREIGN KEY (case_id) REFERENCES proc_case (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Legal basis and keywords: ordered texts.
CREATE TABLE proc_text (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  proc_id INT UNSIGNED NOT NULL,
  kind ENUM('legal_basis', 'keyword') NOT NULL,
  seq SMALLINT UNSIGNED NOT NULL,
  text VARCHAR(1000) NOT NULL,
  KEY proc_text_p (proc_id, kind, seq),
  CONSTRAINT proc_text_fk FOREIGN KEY (proc_id) REFERENCES proc (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Related procedures and procedures done together across agencies.
CREATE TABLE proc_relation (
  proc_id INT UNSIGNED NOT NULL,
  other_code VARCHAR(16) NOT NULL,
  kind ENUM('related', 'inter_agency') NOT NULL,
  PRIMARY KEY (proc_id, kind, other_code),
  CONSTRAINT proc_relation_fk FOREIGN KEY (proc_id) REFERENCES proc (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The agency's internal process (Article 13.3-4): steps, role, budget.
CREATE TABLE proc_process (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  proc_id INT UNSIGNED NOT NULL,
  seq SMALLINT UNSIGNED NOT NULL,
  step VARCHAR(500) NOT NULL,
  role ENUM('reception', 'specialist', 'leader') NOT NULL,
  unit VARCHAR(300) NULL,
  hours_tenths INT UNSIGNED NOT NULL,
  KEY proc_process_p (proc_id, seq),
  CONSTRAINT proc_process_fk FOREIGN KEY (proc_id) REFERENCES proc (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Usage per procedure (Article 5.1b). views are added in batches by the
-- responders; the dossier counts come from dossiers once they exist.
CREATE TABLE proc_stat (
  proc_id INT UNSIGNED NOT NULL PRIMARY KEY,
  views BIGINT UNSIGNED NOT NULL DEFAULT 0,
  received BIGINT UNSIGNED NOT NULL DEFAULT 0,
  processed BIGINT UNSIGNED NOT NULL DEFAULT 0,
  early BIGINT UNSIGNED NOT NULL DEFAULT 0,
  on_time BIGINT UNSIGNED NOT NULL DEFAULT 0,
  late BIGINT UNSIGNED NOT NULL DEFAULT 0,
  CONSTRAINT proc_stat_fk FOREIGN KEY (proc_id) REFERENCES proc (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row: bumped by every change to the catalogue or the announcements;
-- responders compare it (at most once a second) with what they hold.
CREATE TABLE catalog_version (
  id TINYINT UNSIGNED NOT NULL PRIMARY KEY,
  version BIGINT UNSIGNED NOT NULL,
  changed_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO catalog_version (id, version) VALUES (1, 1);
