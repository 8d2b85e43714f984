#include "config.h"

#include "core/db.h"
#include "domain/feedback.h"

struct submit {
	const struct feedback *f;
	long per_hour;
	int limited;
};

static int
submit_tx(struct db *db, void *ctx)
{
	struct submit *s = ctx;
	long long n = 0;
	int rc;

	if (s->f->client_ip) {
		if ((rc = db_int(db, &n, "SELECT COUNT(*) FROM feedback"
		    " WHERE client_ip = INET6_ATON(?)"
		    " AND created_at > NOW() - INTERVAL 1 HOUR",
		    DB_STR(s->f->client_ip))) < 0)
			return rc;
		if (n >= s->per_hour) {
			s->limited = 1;
			return 0;	/* nothing written */
		}
	}
	rc = db_exec(db, "INSERT INTO feedback"
	    " (full_name, email, phone, subject, body, client_ip)"
	    " VALUES (?, ?, ?, ?, ?, INET6_ATON(?))",
	    DB_STR(s->f->full_name), DB_STR(s->f->email), DB_STR(s->f->phone),
	    DB_STR(s->f->subject), DB_STR(s->f->body), DB_STR(s->f->client_ip));
	return rc < 0 ? rc : 0;
}

int
feedback_submit(struct db *db, const struct feedback *f, long per_hour)
{
	struct submit s = { f, per_hour, 0 };
	int rc = db_tx(db, submit_tx, &s);

	return rc < 0 ? rc : s.limited ? FEEDBACK_LIMITED : 0;
}

int
feedback_list(struct db *db, HDF *hdf, const char *prefix, long limit)
{
	return db_rows(db, hdf, prefix,
	    "SELECT id, DATE_FORMAT(created_at, '%Y-%m-%d %H:%i') AS at,"
	    " full_name, email, phone, subject, body, status"
	    " FROM feedback ORDER BY created_at DESC, id DESC LIMIT ?",
	    DB_INT(limit));
}

int
feedback_page(struct db *db, HDF *hdf, const char *prefix, const char *status,
    long limit)
{
	return db_rows(db, hdf, prefix,
	    "SELECT id, DATE_FORMAT(created_at, '%d/%m/%Y %H:%i') AS at,"
	    " full_name, subject, status, email IS NOT NULL AS has_email"
	    " FROM feedback WHERE (? IS NULL OR status = ?)"
	    " ORDER BY created_at DESC, id DESC LIMIT ?",
	    DB_STR(status), DB_STR(status), DB_INT(limit));
}

int
feedback_get(struct db *db, long long id, HDF *hdf, const char *prefix)
{
	return db_row(db, hdf, prefix,
	    "SELECT f.id, DATE_FORMAT(f.created_at, '%d/%m/%Y %H:%i') AS at,"
	    " f.full_name, f.email, f.phone, f.subject, f.body, f.status, f.answer,"
	    " DATE_FORMAT(f.answered_at, '%d/%m/%Y %H:%i') AS answered_at,"
	    " a.full_name AS answered_by"
	    " FROM feedback f LEFT JOIN account a ON a.id = f.answered_by"
	    " WHERE f.id = ? FOR UPDATE", DB_INT(id));
}

int
feedback_mark_read(struct db *db, long long id)
{
	int rc = db_exec(db, "UPDATE feedback SET status = 'read'"
	    " WHERE id = ? AND status = 'new'", DB_INT(id));

	return rc < 0 ? rc : 0;
}

int
feedback_answer(struct db *db, long long id, const char *answer, long long by)
{
	int rc = db_exec(db, "UPDATE feedback SET status = 'answered', answer = ?,"
	    " answered_at = NOW(), answered_by = ? WHERE id = ? AND status <> 'answered'",
	    DB_STR(answer), DB_INT(by), DB_INT(id));

	if (rc < 0)
		return rc;
	return rc == 0 ? FEEDBACK_ANSWERED : 0;
}
