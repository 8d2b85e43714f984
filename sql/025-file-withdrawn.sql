-- 025: a supplement replaces or removes files (issue 15, section 1). The
-- citizen answering a supplement request may take back a file of a
-- document the request named, usually to put a corrected one in its
-- place. The file is not deleted: the officer must still see what the
-- dossier held when it was checked. withdrawn_at marks it (with the time
-- of the supplement that took it back); from then on it no longer counts
-- for its document (missing papers, signatures, the receipt's list).
ALTER TABLE dossier_file
  ADD COLUMN withdrawn_at DATETIME NULL AFTER created_at;
