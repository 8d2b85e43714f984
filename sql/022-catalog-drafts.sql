-- 022: the catalogue editor (issue 16, section 1). Agency admins edit
-- their agency's procedures in the browser as drafts; a province admin
-- publishes a draft with the publishing decision's number and date, or
-- withdraws a procedure from use from a date.
--
-- A draft holds the whole national record of one procedure as the import
-- reads it (man/dvc-catalog.5, one element of "procedures"), so the page
-- checks it with the import's own validator and publishing writes it the
-- way the import does. rev is the optimistic version: every save bumps it,
-- a save carrying an older one is refused and shown the difference.
-- agency_id: the implementing agency whose admins may edit it.
CREATE TABLE proc_draft (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(16) NOT NULL,
  agency_id INT UNSIGNED NOT NULL,
  body MEDIUMTEXT NOT NULL,
  rev INT UNSIGNED NOT NULL DEFAULT 1,
  created_by BIGINT UNSIGNED NOT NULL,
  updated_by BIGINT UNSIGNED NOT NULL,
  updated_at DATETIME NOT NULL,
  UNIQUE KEY proc_draft_code (code),
  KEY proc_draft_agency (agency_id),
  CONSTRAINT proc_draft_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every published version and every withdrawal, kept: the record as
-- published (body), the difference from the one before (diff: a JSON list
-- of {path, old, new}), who published it and under which decision.
CREATE TABLE proc_version (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(16) NOT NULL,
  n INT UNSIGNED NOT NULL,
  kind ENUM('publish', 'withdraw') NOT NULL,
  body MEDIUMTEXT NULL,
  diff MEDIUMTEXT NULL,
  decision_no VARCHAR(100) NOT NULL,
  decision_date DATE NOT NULL,
  withdrawn_on DATE NULL,
  done_by BIGINT UNSIGNED NOT NULL,
  done_at DATETIME NOT NULL,
  UNIQUE KEY proc_version_n (code, n)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Withdrawn from use from this date: the catalogue hides it from then
-- (valid_to is set to the day before, which the catalogue already reads).
ALTER TABLE proc ADD COLUMN withdrawn_on DATE NULL;
