-- A stored file's name ends in the extension of its detected type (issue
-- 12): the intake names every file it accepts so from now on
-- (intake_typed_name in domain/intake.c); the files stored before get the
-- same rule here, once, so that every page, the API and the downloads'
-- headers read one name from one column. The rule: trailing dots and
-- spaces dropped (Windows drops them); a name that then ends in its
-- type's extension, in any case or spelling (.jpeg, .jpe, .jfif for a
-- JPEG, .tiff for a TIFF), is kept; any other gets "." and the extension
-- added, its name cut to fit the column (by characters here; the intake
-- cuts by bytes, and both fit). Stored names never start with a dot or a
-- space (filename_display), so none is left empty. The cases of
-- tests/fixtures/file-names.json are run through both.
UPDATE dossier_file SET name =
  IF(LOWER(REGEXP_REPLACE(name, '[. ]+$', '')) REGEXP CONCAT('[.](',
      CASE ext WHEN 'jpg' THEN 'jpg|jpeg|jpe|jfif' WHEN 'tif' THEN 'tif|tiff' ELSE ext END, ')$'),
    REGEXP_REPLACE(name, '[. ]+$', ''),
    CONCAT(LEFT(REGEXP_REPLACE(name, '[. ]+$', ''), 254 - CHAR_LENGTH(ext)), '.', ext))
  WHERE ext <> '';
-- an opinion's reply document, stored the same way
UPDATE opinion SET reply_name =
  IF(LOWER(REGEXP_REPLACE(reply_name, '[. ]+$', '')) REGEXP CONCAT('[.](',
      CASE reply_ext WHEN 'jpg' THEN 'jpg|jpeg|jpe|jfif' WHEN 'tif' THEN 'tif|tiff' ELSE reply_ext END, ')$'),
    REGEXP_REPLACE(reply_name, '[. ]+$', ''),
    CONCAT(LEFT(REGEXP_REPLACE(reply_name, '[. ]+$', ''), 254 - CHAR_LENGTH(reply_ext)), '.', reply_ext))
  WHERE reply_name IS NOT NULL AND reply_ext IS NOT NULL AND reply_ext <> '';
