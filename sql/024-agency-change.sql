-- 024: agencies change from the browser (issue 16, section 4). A province
-- admin decides that an agency is renamed, merged into another or closed
-- (its work going to a successor), on a day not in the past; the change
-- waits here until that day, when dvcctl agency apply (the timer of
-- dvc-remind, every quarter of an hour) makes it in one transaction: the
-- agency row and its history (agency_event, as the catalogue import
-- records it), and for a merger or a closure the handover of its open
-- dossiers (each a step of its history, the citizen mailed), its staff
-- and its procedures to the successor. The responder that records the
-- decision (dvc-account) never writes dossiers: only the sweeper does.
--
-- state: waiting (until effective_on), done (done_at, and how many
-- dossiers, staff and procedures moved), cancelled (by an admin before
-- the day). One waiting change per agency at a time (the page refuses
-- a second).
CREATE TABLE agency_change (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  agency_id INT UNSIGNED NOT NULL,
  kind ENUM('renamed', 'merged', 'closed') NOT NULL,
  effective_on DATE NOT NULL,
  new_name VARCHAR(255) NULL,
  successor_id INT UNSIGNED NULL,
  note VARCHAR(500) NULL,
  state ENUM('waiting', 'done', 'cancelled') NOT NULL DEFAULT 'waiting',
  requested_by BIGINT UNSIGNED NOT NULL,
  requested_at DATETIME NOT NULL,
  done_at DATETIME NULL,
  dossiers INT UNSIGNED NOT NULL DEFAULT 0,
  staff INT UNSIGNED NOT NULL DEFAULT 0,
  procs INT UNSIGNED NOT NULL DEFAULT 0,
  KEY agency_change_due (state, effective_on),
  KEY agency_change_agency (agency_id, state),
  CONSTRAINT agency_change_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id),
  CONSTRAINT agency_change_successor_fk FOREIGN KEY (successor_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
