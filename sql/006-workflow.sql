-- 006: the back office's workflow (issue 6): what happens to a dossier
-- after submission (Articles 8, 14, 15), the clock that governs it, and
-- the numbered notices (Circular 01/2018 forms 01-04) sent to the
-- citizen. Every change goes through one transition table
-- (cgi/domain/workflow.c) in one transaction, guarded by dossier.version.
-- Times are Vietnam local time (the connection's time_zone is +07:00 and
-- the deadline engine counts in local time).

ALTER TABLE dossier
  -- reception accepted it: the clock starts (next working period)
  ADD COLUMN received_at DATETIME NULL,
  -- the time limit copied from the procedure's online channel at
  -- acceptance, so a re-imported catalogue does not move a deadline
  ADD COLUMN limit_days_tenths INT UNSIGNED NULL,
  ADD COLUMN limit_hours_tenths INT UNSIGNED NULL,
  -- extensions granted (gia hạn), in tenths of a working day
  ADD COLUMN extension_tenths INT UNSIGNED NOT NULL DEFAULT 0,
  -- the due date as the deadline engine computed it, and its
  -- explanation in words (shown on Form 01 and the tracking pages);
  -- NULL while the clock is stopped or not started
  ADD COLUMN due_at DATETIME NULL,
  ADD COLUMN due_explain VARCHAR(2000) NULL,
  -- none: not received yet; running; paused: waiting for the citizen
  -- (an open row in dossier_pause); done: a final state was reached
  ADD COLUMN clock ENUM('none', 'running', 'paused', 'done') NOT NULL DEFAULT 'none',
  -- the status a supplement request interrupted: the citizen's
  -- supplement returns the dossier there
  ADD COLUMN resume_status TINYINT UNSIGNED NULL,
  -- Article 14: to the specialist department within half a working day
  ADD COLUMN handover_due_at DATETIME NULL,
  ADD COLUMN handed_over_at DATETIME NULL,
  -- the specialist's draft waiting for the leader (a notice in status
  -- 'draft' and the action it proposes); NULL: none
  ADD COLUMN proposal_notice_id BIGINT UNSIGNED NULL,
  ADD COLUMN proposal_action VARCHAR(32) CHARACTER SET ascii NULL,
  -- return of the result (Article 8.2)
  ADD COLUMN return_method ENUM('online', 'counter', 'post') NULL,
  ADD COLUMN post_tracking VARCHAR(40) NULL,
  ADD COLUMN collected_at DATETIME NULL,
  -- the agency could not deliver and a fee was paid: a refund is owed
  -- (the payment issue settles it)
  ADD COLUMN refund_due TINYINT(1) NOT NULL DEFAULT 0,
  -- the citizen supplemented: reception sees it marked in its queue
  ADD COLUMN supplemented_at DATETIME NULL,
  ADD KEY dossier_queue (agency_id, status, due_at);

-- The documents a supplement request names (Form 02): the citizen may add
-- files to these, and only these, while the dossier is in status 5.
ALTER TABLE dossier_doc
  ADD COLUMN supplement TINYINT(1) NOT NULL DEFAULT 0;

-- The notice an event sent (Form 01/02/03...), for the timeline.
ALTER TABLE dossier_event
  ADD COLUMN notice_id BIGINT UNSIGNED NULL;

-- Clock stops: from a supplement request to the citizen's supplement
-- (Decree 61/2018 art. 19: that time is not counted). to_at NULL: still
-- waiting. At most one open row per dossier.
CREATE TABLE dossier_pause (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id BIGINT UNSIGNED NOT NULL,
  from_at DATETIME NOT NULL,
  to_at DATETIME NULL,
  KEY dossier_pause_d (dossier_id, from_at),
  CONSTRAINT dossier_pause_fk FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Reception's check of each document (Article 14: validity and
-- completeness): valid or not, with a note, who and when.
CREATE TABLE dossier_check (
  dossier_id BIGINT UNSIGNED NOT NULL,
  doc_id BIGINT UNSIGNED NOT NULL,
  ok TINYINT(1) NOT NULL,
  note VARCHAR(500) NULL,
  checked_by BIGINT UNSIGNED NOT NULL,
  checked_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (dossier_id, doc_id),
  CONSTRAINT dossier_check_fk FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE,
  CONSTRAINT dossier_check_doc FOREIGN KEY (doc_id) REFERENCES dossier_doc (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The year's notice number per agency, taken under its row lock.
CREATE TABLE notice_seq (
  agency_id INT UNSIGNED NOT NULL,
  year SMALLINT UNSIGNED NOT NULL,
  n INT UNSIGNED NOT NULL,
  PRIMARY KEY (agency_id, year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A notice to the citizen (Circular 01/2018: 01 Giấy tiếp nhận hồ sơ và
-- hẹn trả kết quả, 02 Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ, 03 Phiếu
-- từ chối tiếp nhận giải quyết hồ sơ, 04 Phiếu xin lỗi và hẹn lại ngày
-- trả kết quả), kept as sent: the rendered HTML and its SHA-256, never
-- changed afterwards. A draft (a specialist's proposal) gets its number
-- when it is sent.
CREATE TABLE notice (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  dossier_id BIGINT UNSIGNED NOT NULL,
  agency_id INT UNSIGNED NOT NULL,
  year SMALLINT UNSIGNED NOT NULL,
  number INT UNSIGNED NULL,
  form CHAR(2) CHARACTER SET ascii NOT NULL,
  profile VARCHAR(8) CHARACTER SET ascii NOT NULL DEFAULT '2018',
  status ENUM('draft', 'approved', 'sent') NOT NULL,
  reason VARCHAR(2000) NULL,
  html MEDIUMTEXT NULL,
  sha256 CHAR(64) CHARACTER SET ascii NULL,
  created_by BIGINT UNSIGNED NOT NULL,
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  approved_by BIGINT UNSIGNED NULL,
  approved_at DATETIME NULL,
  sent_at DATETIME NULL,
  UNIQUE KEY notice_number (agency_id, year, number),
  KEY notice_d (dossier_id, id),
  CONSTRAINT notice_dossier_fk FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
