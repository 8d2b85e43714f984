/* Retention: what the portal keeps only for a while (dvcctl purge, run
 * daily by cron or a timer). Ended sessions, the bodies of sent mail,
 * drafts nobody touched (after a mailed warning) and throttle rows whose
 * window is over; the periods are in the configuration (Retention.*). */
#ifndef DVC_RETENTION_H
#define DVC_RETENTION_H

#include "domain/checks.h"

struct config;
struct db;

struct purge_out {
	long long sessions;		/* ended sessions deleted */
	long long mail_bodies;		/* sent or failed mail emptied */
	long long drafts_warned;	/* owners warned (one mail each) */
	long long drafts_deleted;	/* warned drafts deleted */
	long long throttles;		/* login and tracking rows deleted */
};

/* Purges what is past its period, in short transactions (a few hundred
 * rows each, so the portal's own writes never wait long). Warning mails
 * are queued through mail (kind "DraftWarning", to the owner), each in
 * the transaction that marks its draft. With dry_run, counts what would
 * go and changes nothing. 0 or a db_rc; *out either way. */
int retention_purge(struct db *db, const struct config *cfg, int dry_run,
    checks_mail_fn mail, void *ctx, struct purge_out *out);

#endif
