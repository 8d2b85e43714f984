/* The public statistics' counters (dossier_stat: per agency and
 * procedure, received, processed, early, on time, late; sql/008 and
 * sql/014), rebuilt from the dossiers.
 *
 * The trigger of sql/014 keeps the counters as the dossiers change; a
 * rebuild computes the same sums over the dossiers themselves, so after
 * any walk through the pages the two agree, and a rebuild says where
 * they did not (a counter lost to a restored backup, rows deleted by
 * hand, a dossier changed outside the portal). */
#ifndef DVC_STATS_H
#define DVC_STATS_H

#include "core/cs.h"

struct db;

/* Recomputes dossier_stat from the dossiers, in the caller's
 * transaction: the counters are locked first (a change counted
 * meanwhile waits and lands on top of the rebuilt figures), the sums are
 * computed by the server in one consistent read that locks no dossier
 * (never a dossier row in this process: one row of sums per agency and
 * procedure), kept in a temporary table, compared with the counters,
 * then put in their place. What changed goes to prefix.N.{agency,proc_code,
 * old_received,received,old_processed,processed,old_early,early,
 * old_on_time,on_time,old_late,late} (agency: its code). Returns the
 * number of (agency, procedure) rows whose counts changed, or a db_rc. */
int stats_rebuild(struct db *db, HDF *hdf, const char *prefix);

#endif
