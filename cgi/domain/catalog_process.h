/* The agency's internal process (Article 13.3) as an officer handling a
 * dossier reads it: the procedure's process on the channel the dossier
 * came by (sql/028-process-channel.sql). */
#ifndef DVC_CATALOG_PROCESS_H
#define DVC_CATALOG_PROCESS_H

#include "core/cs.h"

struct db;

/* Dossier id's process: the steps of its procedure that are its channel's
 * (online; at the counter: in person; by post) or every channel's, in
 * order, into prefix.Steps.<n>.{step, role, unit, hours}, with
 * prefix.{channel (the procedure's channel), count, hours (the total)};
 * hours as "4" or "0,5". Returns the number of steps or a db_rc. */
int catalog_dossier_process(struct db *db, long long id, HDF *h, const char *prefix);

#endif
