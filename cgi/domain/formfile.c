/* Procedures' uploaded form files: see formfile.h. */
#include "config.h"

#include <string.h>

#include "core/db.h"
#include "domain/formfile.h"
#include "domain/intake.h"

int
formfile_record(struct db *db, const struct intake *in, long long agency, long long account)
{
	long long n = 0;
	int rc;

	/* the same bytes again (another document, another procedure) keep
	 * the row of their first upload; each upload is audited. Two at
	 * once: the locking read's gap locks make one of them a deadlock,
	 * which db_tx runs again, and it then finds the row */
	if ((rc = db_int(db, &n, "SELECT COUNT(*) FROM form_file WHERE sha256 = ? FOR UPDATE",
	    DB_STR(in->sha256))) < 0 || n > 0)
		return rc < 0 ? rc : 0;
	rc = db_exec(db, "INSERT INTO form_file (sha256, name, mime, ext, size, agency_id,"
	    " uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, NOW())",
	    DB_STR(in->sha256), DB_STR(in->name), DB_STR(in->mime), DB_STR(in->ext),
	    DB_INT(in->size), DB_INT(agency), DB_INT(account));
	return rc < 0 ? rc : 0;
}

int
formfile_get(struct db *db, const char *sha256, HDF *hdf, const char *prefix)
{
	return db_row(db, hdf, prefix, "SELECT sha256, name, mime, ext, size,"
	    " CEIL(size / 1024) AS kb, UPPER(ext) AS type FROM form_file WHERE sha256 = ?",
	    DB_STR(sha256));
}

int
formfile_published(struct db *db, const char *sha256, HDF *hdf, const char *prefix)
{
	/* the catalogue's own rule for a procedure in use (domain/catalog.c) */
	return db_row(db, hdf, prefix, "SELECT ff.sha256, ff.name, ff.mime, ff.ext, ff.size,"
	    " CEIL(ff.size / 1024) AS kb, UPPER(ff.ext) AS type FROM form_file ff"
	    " WHERE ff.sha256 = ? AND EXISTS (SELECT 1 FROM proc_document d"
	    " JOIN proc p ON p.id = d.proc_id WHERE d.form_sha256 = ff.sha256"
	    " AND (p.valid_to IS NULL OR p.valid_to >= CURDATE()))", DB_STR(sha256));
}

const char *
formfile_content_type(const char *ext)
{
	static const struct {
		const char *ext, *type;
	} types[] = {
		{ "pdf", "application/pdf" },
		{ "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
		{ "odt", "application/vnd.oasis.opendocument.text" },
		{ "rtf", "application/rtf" },
	};
	size_t i;

	for (i = 0; i < sizeof(types) / sizeof(types[0]); i++)
		if (strcmp(types[i].ext, ext) == 0)
			return types[i].type;
	return "application/octet-stream";
}
