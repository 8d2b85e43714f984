/* What a handler answers, and what the request's steps and the page steps
 * a handler calls give back: one type (STYLE.md 17), never an int that is
 * a row count in one place, an HTTP status in another and a database error
 * in a third.
 *
 *   res_ok()               go on; from a handler: the response is made
 *                          (a page rendered, a file or JSON written: the
 *                          step that made it set req->status)
 *   req_redirect(req, p)   303 to a path inside the site (core/request.h)
 *   res_status(404)        the site's page for that error status
 *   res_db(rc)             a failed database call (enum db_rc): 503 when
 *                          the server is away or busy, 409 for a
 *                          duplicate, else 500
 *
 * Domain functions do not return a struct result: they return what they
 * found (a count, 1/0) or an outcome of their own enum, with a negative
 * enum db_rc when the database failed; the page turns that into a result
 * with res_db(). */
#ifndef DVC_RESULT_H
#define DVC_RESULT_H

#include "core/db.h"

enum res_kind {
	RES_OK,		/* go on, or the response is made */
	RES_REDIRECT,	/* Location is set: req_redirect() */
	RES_ERROR,	/* answer with the error page for status */
};

struct result {
	enum res_kind kind;
	int status;		/* RES_ERROR: 400-599; RES_REDIRECT: 301, 303 */
	const char *why;	/* RES_ERROR: a note for the log, never shown */
};

static inline struct result
res_ok(void)
{
	return (struct result){ RES_OK, 0, NULL };
}

/* status: 400-599; anything else is a bug and answers 500. */
static inline struct result
res_status(int status)
{
	if (status < 400 || status > 599)
		status = 500;
	return (struct result){ RES_ERROR, status, NULL };
}

/* The same with a note for the request's log line. */
static inline struct result
res_fail(int status, const char *why)
{
	struct result r = res_status(status);

	r.why = why;
	return r;
}

/* A failed database call (rc < 0, enum db_rc). */
static inline struct result
res_db(int rc)
{
	switch (rc) {
	case DB_DOWN:
	case DB_RETRY:
		return res_fail(503, "database unavailable");
	case DB_DUP:
		return res_fail(409, "duplicate key");
	default:
		return res_fail(500, "database error");
	}
}

/* 1 if r says go on (nothing to answer yet, or the response is made). */
static inline int
res_is_ok(struct result r)
{
	return r.kind == RES_OK;
}

#endif
