/* Procedures' form files uploaded in the catalogue editor (issue 16,
 * section 1; sql/027-form-files.sql). The bytes are in the file store
 * (domain/store.h) under their SHA-256, checked on the way in by
 * domain/intake.c's intake_form (PDF, DOCX, ODT, RTF); a row of form_file
 * says what they are. A procedure document's form names one by hash
 * (documents[].form.sha256 of the catalogue format, proc_document.form_sha256
 * once published). */
#ifndef DVC_FORMFILE_H
#define DVC_FORMFILE_H

#include "core/cs.h"

struct db;
struct intake;

/* Records an accepted upload (in: intake_form's result) for agency, by
 * account, in the caller's transaction. Bytes already recorded keep their
 * first row. Returns 0 or a db_rc. */
int formfile_record(struct db *db, const struct intake *in, long long agency,
    long long account);

/* The row of sha256 into prefix.{sha256,name,mime,ext,size,kb,type}: 1,
 * 0 when there is none, or a db_rc. */
int formfile_get(struct db *db, const char *sha256, HDF *hdf, const char *prefix);

/* The same, only when a procedure in the catalogue (published and in use)
 * names it: what the public may download. */
int formfile_published(struct db *db, const char *sha256, HDF *hdf, const char *prefix);

/* The Content-Type a form of this type (ext: "pdf", "docx", "odt",
 * "rtf") is sent with; a static string. */
const char *formfile_content_type(const char *ext);

#endif
