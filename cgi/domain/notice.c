#include "config.h"

#include "core/db.h"
#include "domain/notice.h"

int
notice_latest(struct db *db, HDF *hdf, const char *prefix, int n)
{
	return db_rows(db, hdf, prefix,
	    "SELECT id, title, DATE_FORMAT(published_at, '%d/%m/%Y') AS date,"
	    " DATE_FORMAT(published_at, '%Y-%m-%d') AS iso"
	    " FROM announcement WHERE hidden = 0 AND published_at <= NOW()"
	    " ORDER BY published_at DESC, id DESC LIMIT ?", DB_INT(n));
}

int
notice_page(struct db *db, HDF *hdf, const char *prefix, long page, long per,
    long long *total)
{
	int rc;

	if ((rc = db_int(db, total, "SELECT COUNT(*) FROM announcement"
	    " WHERE hidden = 0 AND published_at <= NOW()")) < 0)
		return rc;
	return db_rows(db, hdf, prefix,
	    "SELECT id, title, DATE_FORMAT(published_at, '%d/%m/%Y') AS date,"
	    " DATE_FORMAT(published_at, '%Y-%m-%d') AS iso,"
	    " LEFT(body, 240) AS excerpt"
	    " FROM announcement WHERE hidden = 0 AND published_at <= NOW()"
	    " ORDER BY published_at DESC, id DESC LIMIT ? OFFSET ?",
	    DB_INT(per), DB_INT((page - 1) * per));
}

int
notice_get(struct db *db, HDF *hdf, const char *prefix, long long id)
{
	return db_row(db, hdf, prefix,
	    "SELECT id, title, body, DATE_FORMAT(published_at, '%d/%m/%Y') AS date,"
	    " DATE_FORMAT(published_at, '%Y-%m-%d') AS iso"
	    " FROM announcement WHERE id = ? AND hidden = 0 AND published_at <= NOW()",
	    DB_INT(id));
}

int
notice_add(struct db *db, const char *title, const char *body, long long *id)
{
	int rc = db_exec(db, "INSERT INTO announcement (title, body) VALUES (?, ?)",
	    DB_STR(title), DB_STR(body));

	if (rc >= 0)
		*id = db_insert_id(db);
	return rc;
}

int
notice_set_hidden(struct db *db, long long id, int hidden)
{
	return db_exec(db, "UPDATE announcement SET hidden = ? WHERE id = ?",
	    DB_INT(hidden), DB_INT(id));
}

int
notice_list_all(struct db *db, HDF *hdf, const char *prefix)
{
	return db_rows(db, hdf, prefix,
	    "SELECT id, title, hidden, DATE_FORMAT(published_at, '%Y-%m-%d %H:%i') AS at"
	    " FROM announcement ORDER BY published_at DESC, id DESC");
}
