/* The portal's health, for load balancers and monitoring (GET /_health)
 * and the figures beside the counters of core/metrics.h (GET /_metrics).
 *
 * Checks, each named in the answer: the database answers a fresh
 * connection within Health.DbTimeout; Storage.Dir and its quarantine are
 * there (made if missing) and writable; the oldest queued mail is younger
 * than Health.MailMaxAgeMinutes; the catalogue is loaded in this process.
 * The lines say what failed, never a path, an address or a password. */
#ifndef DVC_HEALTH_H
#define DVC_HEALTH_H

#include "core/buf.h"

struct config;

/* Runs every check as the database account name ("Public") and writes
 * one line per check ("db: ok", "mail: failed: ...") to out. Returns 0
 * when all pass, else the number that failed. */
struct db;
/* own: the worker's connection (a failure of it less than a second ago
 * answers the database check at once). */
int health_check(const struct config *cfg, struct db *own, const char *account,
    struct buf *out);

/* The gauges read from the database at a scrape, in the Prometheus text
 * format: the mail queue (count, age of the oldest) and the dossiers
 * waiting, by status. Nothing is written when the database does not
 * answer within Health.DbTimeout (dvc_up 0 says so). */
void health_gauges(const struct config *cfg, const char *account, struct buf *out);

#endif
