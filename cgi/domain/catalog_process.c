/* The internal process of a dossier's channel. See catalog_process.h. */
#include "config.h"

#include <stdio.h>

#include "core/db.h"
#include "domain/catalog_process.h"

/* the procedure's channel a dossier came by, as workflow.c's clock takes
 * its time limit: the counter is in person */
#define CHANNEL_OF_DOSSIER \
	"ELT(FIELD(d.channel, 'online', 'counter', 'post'), 'online', 'in_person', 'post')"
/* tenths of an hour as a person reads them: "4", "0,5" */
#define HOURS(t) "REPLACE(TRIM(TRAILING '.0' FROM CAST(" t " / 10 AS DECIMAL(10,1))), '.', ',')"

int
catalog_dossier_process(struct db *db, long long id, HDF *h, const char *prefix)
{
	char key[96];
	int rc, n;

	snprintf(key, sizeof(key), "%s.Steps", prefix);
	if ((rc = db_rows(db, h, key, "SELECT pp.step, pp.role, pp.unit,"
	    " " HOURS("pp.hours_tenths") " AS hours"
	    " FROM dossier d JOIN proc p ON p.code = d.proc_code"
	    " JOIN proc_process pp ON pp.proc_id = p.id"
	    " AND (pp.channel IS NULL OR pp.channel = " CHANNEL_OF_DOSSIER ")"
	    " WHERE d.id = ? ORDER BY pp.seq", DB_INT(id))) <= 0)
		return rc;
	n = rc;
	rc = db_row(db, h, prefix, "SELECT " CHANNEL_OF_DOSSIER " AS channel,"
	    " COUNT(*) AS count, " HOURS("SUM(pp.hours_tenths)") " AS hours"
	    " FROM dossier d JOIN proc p ON p.code = d.proc_code"
	    " JOIN proc_process pp ON pp.proc_id = p.id"
	    " AND (pp.channel IS NULL OR pp.channel = " CHANNEL_OF_DOSSIER ")"
	    " WHERE d.id = ? GROUP BY d.id", DB_INT(id));
	return rc < 0 ? rc : n;
}
