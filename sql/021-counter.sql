-- 021: dossiers received at the counter or by post (issue 15, section 3).
-- Reception enters them (/can-bo/tiep-nhan/truc-tiep): they take a code
-- from the same series and follow the same workflow as online dossiers.
--
-- channel: how the dossier came in. owner_id NULL: the applicant has no
-- account (yet); they may claim the dossier later with its code and
-- their ID number (dossier_claim). entered_by: the reception officer who
-- entered it; with start_token, the entry form's posts make one dossier.
ALTER TABLE dossier
  MODIFY owner_id BIGINT UNSIGNED NULL,
  ADD COLUMN channel ENUM('online', 'counter', 'post') NOT NULL DEFAULT 'online',
  ADD COLUMN entered_by BIGINT UNSIGNED NULL,
  ADD UNIQUE KEY dossier_entry (entered_by, start_token),
  -- the same paper dossier entered twice: same applicant, procedure, day
  ADD KEY dossier_applicant (applicant_id_number, proc_code, created_at);

-- Reception compared the paper's scan with its original (Article 14).
ALTER TABLE dossier_doc
  ADD COLUMN compared_by BIGINT UNSIGNED NULL,
  ADD COLUMN compared_at DATETIME NULL;
