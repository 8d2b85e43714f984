-- 010: the notice profiles side by side (Circular 01/2018/TT-VPCP and
-- Decree 118/2025/NĐ-CP with Circular 03/2025/TT-VPCP).
--
-- A notice's form number depends on the profile it was sent under (the
-- apology is 04 in both; the stop notice is 05 in 2025 and has no number
-- in 2018), so each notice also records what it is for (kind: receipt,
-- supplement, refusal, apology, stop; cgi/domain/workflow.c wf_profiles)
-- and keeps its number as sent ('' for none). Notices sent before this
-- migration were all numbered by the 2018 set.
ALTER TABLE notice
  ADD COLUMN kind VARCHAR(16) CHARACTER SET ascii NOT NULL DEFAULT '' AFTER form;
UPDATE notice SET kind = CASE form WHEN '01' THEN 'receipt' WHEN '02' THEN 'supplement'
  WHEN '03' THEN 'refusal' WHEN '04' THEN 'apology' ELSE '' END;

-- Settings an operator changes while the portal runs (dvcctl), read at
-- each use so that every web node follows at once. Today one:
-- Notice.Profile, overriding the configuration key of that name.
CREATE TABLE setting (
  name VARCHAR(64) CHARACTER SET ascii NOT NULL PRIMARY KEY,
  value VARCHAR(255) NOT NULL,
  updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
