/* Counters for monitoring, in the Prometheus text format.
 *
 * Each responder keeps its counters in one file, Metrics.Dir/<name>.metrics,
 * mapped shared by all its processes: a worker adds to it with atomic
 * operations, so the counts are the responder's, whatever worker served
 * and however often workers are recycled or the responder reloaded. The
 * file is a table of series ("name{labels}" -> 64-bit count); what it
 * holds is counts only, never a request's data. GET /_metrics (dvc-public)
 * prints every responder's file; a restart of the machine or a removed
 * file starts the counts at 0 again, which Prometheus's rate() expects.
 *
 * The mapping is process state set at a worker's start (metrics_open),
 * like the page cache; nothing in it belongs to a request. */
#ifndef DVC_METRICS_H
#define DVC_METRICS_H

#include "core/buf.h"

struct config;

/* Maps Metrics.Dir/<responder>.metrics (made if missing). On failure the
 * counters are off for this process and one line says why in the log. */
void metrics_open(const struct config *cfg, const char *responder);
void metrics_close(void);

/* One answered request: its route pattern ("/thu-tuc/:code", or "-" when
 * no route matched), status and time taken. refused: for an upload
 * refused, why (a short fixed word, e.g. "too_large"); NULL otherwise. */
void metrics_request(const char *route, int status, double seconds,
    const char *refused);
/* Adds one to a counter of family with one label (e.g.
 * "dvc_db_errors_total", "kind", "down"). */
void metrics_count(const char *family, const char *label, const char *value);

/* Appends the counters of every responder's file in Metrics.Dir to out,
 * in the Prometheus text format (HELP and TYPE for each family). */
void metrics_write(const struct config *cfg, struct buf *out);

/* Whether addr is one of the addresses in list (Metrics.Allow: addresses
 * separated by spaces or commas; "*" allows any). */
int metrics_allowed(const char *list, const char *addr);

#endif
