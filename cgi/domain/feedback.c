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
