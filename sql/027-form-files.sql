-- 027: form files uploaded in the catalogue editor (issue 16, section 1:
-- "form files are uploaded through the same checks as citizens' files,
-- stored by hash"). An agency admin uploads a procedure document's form
-- (PDF, DOCX, ODT or RTF, checked by domain/filecheck.c with the forms'
-- policy); its bytes go to the file store under their SHA-256 like a
-- dossier's files, and this table says what they are: the name the admin's
-- file had (cleaned, shown and sent as the download's name), the type found
-- in its content, its size, and which agency's admin uploaded it and when.
-- One row per content: the same bytes uploaded again keep their first row
-- (every upload is in the audit log).
CREATE TABLE form_file (
  sha256 CHAR(64) NOT NULL PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  mime VARCHAR(100) NOT NULL,
  ext VARCHAR(8) NOT NULL,
  size BIGINT UNSIGNED NOT NULL,
  agency_id INT UNSIGNED NOT NULL,
  uploaded_by BIGINT UNSIGNED NOT NULL,
  uploaded_at DATETIME NOT NULL,
  KEY form_file_agency (agency_id),
  CONSTRAINT form_file_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A document's form is either a file of htdocs/bieu-mau (form_file, as
-- before) or an uploaded one (form_sha256, a row of form_file).
ALTER TABLE proc_document
  ADD COLUMN form_sha256 CHAR(64) NULL AFTER form_file,
  ADD KEY proc_document_form (form_sha256);
