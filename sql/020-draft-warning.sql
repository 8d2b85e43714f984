-- Retention (dvcctl purge): when the owner of a draft nobody has touched
-- for Retention.DraftDays was warned by mail. The draft is deleted
-- Retention.DraftWarnDays after that warning if it is still untouched
-- (updated_at not after draft_warned_at); a change after the warning
-- starts the count again.
ALTER TABLE dossier ADD COLUMN draft_warned_at DATETIME NULL AFTER updated_at;
