/* Feedback from the public (góp ý, Article 9.4 of the regulation). */
#ifndef DVC_FEEDBACK_H
#define DVC_FEEDBACK_H

#include "core/cs.h"

struct db;

struct feedback {
	const char *full_name;
	const char *email;	/* may be NULL */
	const char *phone;	/* may be NULL */
	const char *subject;
	const char *body;
	const char *client_ip;	/* textual address, may be NULL */
};

/* Stores f unless the address already sent per_hour messages in the last
 * hour. Returns 0 (stored), FEEDBACK_LIMITED, or a db_rc. Runs in its own
 * transaction. */
#define FEEDBACK_LIMITED 1
int feedback_submit(struct db *db, const struct feedback *f, long per_hour);
/* For dvcctl: the newest messages. */
int feedback_list(struct db *db, HDF *hdf, const char *prefix, long limit);

/* The province admins' list: prefix.N.{id, at, full_name, subject,
 * status, has_email}, newest first, of one status (NULL: all). The count
 * or a db_rc. */
int feedback_page(struct db *db, HDF *hdf, const char *prefix,
    const char *status, long limit);
/* One message with its answer, locked for the caller's transaction: 1, 0
 * or a db_rc. */
int feedback_get(struct db *db, long long id, HDF *hdf, const char *prefix);
/* A new message has been read. 0 or a db_rc. */
int feedback_mark_read(struct db *db, long long id);
/* Article 9.4: the answer is kept and the message marked answered (the
 * caller mails it in the same transaction). 0, FEEDBACK_ANSWERED (it was
 * answered already: nothing changed) or a db_rc. */
#define FEEDBACK_ANSWERED 2
int feedback_answer(struct db *db, long long id, const char *answer,
    long long by);

#endif
