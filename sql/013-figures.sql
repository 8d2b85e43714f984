-- 013: figures that hold (issue 13): due dates kept as history, the
-- early / on time / late decision made once when a dossier is settled,
-- controlled extensions, the paper copy of an unsigned level-4 dossier,
-- dossiers waiting too long for reception, the holiday table's confirmed
-- years, and the province's read-only inspector.

ALTER TABLE dossier
  -- the due date Form 01 promised, set at acceptance and never changed
  ADD COLUMN first_due_at DATETIME NULL,
  -- the due date by the rule the statistics use (Decision 766/QĐ-TTg):
  -- the procedure's time limit counted from reception and moved by the
  -- time the clock stood still for the citizen, never by an extension
  -- (an extension granted with the apology counts as late); kept
  -- whenever due_at is computed. due_at stays the date in force for
  -- people (extensions included) and is no longer cleared when the
  -- clock stops or ends.
  ADD COLUMN base_due_at DATETIME NULL,
  -- the due date counts days of a year whose holidays are not
  -- confirmed (calendar_year): it may still move, and says so
  ADD COLUMN due_provisional TINYINT(1) NOT NULL DEFAULT 0,
  -- when the agency's handling ended (a result approved, a refusal, a
  -- stop): set once
  ADD COLUMN finished_at DATETIME NULL,
  -- for a dossier settled with a result: finished_at against
  -- base_due_at, decided once when it is settled. early: on a day before
  -- the due day; on_time: on the due day, by the due time; late: after.
  ADD COLUMN timeliness ENUM('early', 'on_time', 'late') NULL,
  -- extensions granted (Deadline.MaxExtensions), and the one a
  -- proposal waiting for the leader asks for, in tenths of a working day
  ADD COLUMN extensions TINYINT UNSIGNED NOT NULL DEFAULT 0,
  ADD COLUMN proposal_extension_tenths INT UNSIGNED NULL,
  -- the paper copy of an unsigned level-4 dossier (paper_pending):
  -- reception records its arrival
  ADD COLUMN paper_received_at DATETIME NULL,
  ADD COLUMN paper_received_how ENUM('post', 'counter') NULL,
  ADD COLUMN paper_received_note VARCHAR(500) NULL,
  -- not received within Reception.MaxWaitHours: the leaders and the
  -- province's admins were mailed, once
  ADD COLUMN wait_alerted_at DATETIME NULL;

-- What is known from before: the due date a dossier still shows is the
-- one it was given; those finished before this migration lost theirs.
UPDATE dossier SET first_due_at = due_at, base_due_at = IF(extension_tenths = 0, due_at, NULL)
  WHERE received_at IS NOT NULL AND due_at IS NOT NULL;
UPDATE dossier d JOIN (SELECT dossier_id, MIN(at) AS at FROM dossier_event
    WHERE status_to IN (3, 8, 9) AND status_from <> status_to GROUP BY dossier_id) e
  ON e.dossier_id = d.id
  SET d.finished_at = e.at WHERE d.status IN (3, 8, 9, 10) AND d.finished_at IS NULL;

-- Every change of a dossier's due date: who (NULL: the portal itself),
-- in which role, why, the date before and after. Written in the same
-- transaction as the change; never updated or deleted.
CREATE TABLE due_change (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id BIGINT UNSIGNED NOT NULL,
  at DATETIME NOT NULL,
  actor_id BIGINT UNSIGNED NULL,
  actor_role VARCHAR(32) CHARACTER SET ascii NULL,
  -- accept (the first date), pause (waiting for the citizen), resume,
  -- extension, ... : what moved it, as the history names its action
  cause VARCHAR(32) CHARACTER SET ascii NOT NULL,
  old_due DATETIME NULL,
  new_due DATETIME NULL,
  note VARCHAR(2000) NULL,
  KEY due_change_dossier (dossier_id, id),
  CONSTRAINT due_change_fk FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A province admin's leave for one dossier's extensions to go past
-- Deadline.MaxExtensions or the procedure's own time limit, with why.
CREATE TABLE extension_waiver (
  dossier_id BIGINT UNSIGNED NOT NULL PRIMARY KEY,
  granted_by BIGINT UNSIGNED NOT NULL,
  granted_at DATETIME NOT NULL,
  reason VARCHAR(2000) NOT NULL,
  CONSTRAINT extension_waiver_fk FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Years whose holidays are confirmed: the official notice was applied to
-- calendar_day. A due date that counts days of a later year is computed
-- with what the table holds (weekends only where it holds nothing) and
-- marked provisional.
CREATE TABLE calendar_year (
  year SMALLINT UNSIGNED NOT NULL PRIMARY KEY,
  confirmed_at DATETIME NOT NULL,
  confirmed_by BIGINT UNSIGNED NULL,
  note VARCHAR(500) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
-- 2025's rows are the official notice's; 2026's were computed from the
-- law before its notice and match it (Tết 14-22/2/2026, 1/9 beside 2/9).
INSERT INTO calendar_year (year, confirmed_at, note) VALUES
  (2025, NOW(), 'Thông báo nghỉ lễ, Tết năm 2025'),
  (2026, NOW(), 'Thông báo nghỉ lễ, Tết năm 2026');
UPDATE calendar_day SET confirmed = 1 WHERE YEAR(day) <= 2026;

-- Changes made to the holiday table, so that dossiers whose promised
-- date was counted before a change that concerns it can be shown with a
-- warning (a promised date never moves).
CREATE TABLE calendar_change (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  day DATE NOT NULL,
  change_kind ENUM('add', 'remove', 'confirm') NOT NULL,
  at DATETIME NOT NULL,
  by_id BIGINT UNSIGNED NULL,
  KEY calendar_change_day (day, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- An opinion request due after the dossier itself needs a reason.
ALTER TABLE opinion ADD COLUMN due_reason VARCHAR(2000) NULL;

-- The province's oversight office: reads everything, changes nothing.
ALTER TABLE account_role MODIFY role ENUM('reception', 'specialist', 'leader',
  'agency_admin', 'province_admin', 'inspector') NOT NULL;
