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

#endif
