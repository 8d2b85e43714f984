/* The public statistics' counters rebuilt: see stats.h. */
#include "config.h"

#include <stdlib.h>

#include "core/db.h"
#include "domain/stats.h"

int
stats_rebuild(struct db *db, HDF *hdf, const char *prefix)
{
	long long n = 0;
	HDF *sums, *r;
	int rc, changed;

	/* the counters first (every row and the gaps between: a new
	 * agency and procedure too): the trigger of a change made meanwhile
	 * waits for this transaction, and what it adds lands on the rebuilt
	 * figures; the sums below then read the dossiers as committed now */
	if ((rc = db_int(db, &n, "SELECT COUNT(*) FROM dossier_stat FOR UPDATE")) < 0)
		return rc;
	if ((rc = db_exec(db, "DROP TEMPORARY TABLE IF EXISTS stat_rebuild")) < 0 ||
	    (rc = db_exec(db, "CREATE TEMPORARY TABLE stat_rebuild ("
	    " agency_id INT UNSIGNED NOT NULL, proc_code VARCHAR(16) NOT NULL,"
	    " received BIGINT UNSIGNED NOT NULL, processed BIGINT UNSIGNED NOT NULL,"
	    " early BIGINT UNSIGNED NOT NULL, on_time BIGINT UNSIGNED NOT NULL,"
	    " late BIGINT UNSIGNED NOT NULL, PRIMARY KEY (agency_id, proc_code))"
	    " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci")) < 0)
		return rc;
	/* what the trigger of sql/014 counts, summed over the dossiers:
	 * received once reception accepted it, processed once it reached a
	 * result (9, then 10), and of those the bucket the workflow wrote
	 * when it was settled. A plain SELECT: a consistent read of the
	 * dossiers as committed when the counters were locked, taking no
	 * lock on them (INSERT ... SELECT would hold a shared lock on every
	 * dossier until the commit, and the portal's changes would wait).
	 * Only the sums come back, one row per agency and procedure. */
	if (hdf_init(&sums))
		abort();
	rc = db_rows(db, sums, "S", "SELECT agency_id, proc_code,"
	    " SUM(received_at IS NOT NULL) AS r, SUM(status IN (9, 10)) AS p,"
	    " SUM(status IN (9, 10) AND timeliness <=> 'early') AS e,"
	    " SUM(status IN (9, 10) AND timeliness <=> 'on_time') AS o,"
	    " SUM(status IN (9, 10) AND timeliness <=> 'late') AS l"
	    " FROM dossier WHERE status > 0 GROUP BY agency_id, proc_code");
	for (r = rc > 0 ? hdf_get_child(sums, "S") : NULL; r && rc >= 0; r = hdf_obj_next(r))
		rc = db_exec(db, "INSERT INTO stat_rebuild (agency_id, proc_code, received,"
		    " processed, early, on_time, late) VALUES (?, ?, ?, ?, ?, ?, ?)",
		    DB_INT(hdf_ll(r, "agency_id")), DB_STR(hdf_get_value(r, "proc_code", "")),
		    DB_INT(hdf_ll(r, "r")), DB_INT(hdf_ll(r, "p")), DB_INT(hdf_ll(r, "e")),
		    DB_INT(hdf_ll(r, "o")), DB_INT(hdf_ll(r, "l")));
	hdf_destroy(&sums);
	if (rc < 0)
		return rc;
	/* the differences, both ways (a counter row without dossiers goes) */
	changed = db_rows(db, hdf, prefix, "SELECT COALESCE(a.code, u.agency_id) AS agency,"
	    " u.proc_code, SUM(u.o_r) AS old_received, SUM(u.n_r) AS received,"
	    " SUM(u.o_p) AS old_processed, SUM(u.n_p) AS processed,"
	    " SUM(u.o_e) AS old_early, SUM(u.n_e) AS early,"
	    " SUM(u.o_o) AS old_on_time, SUM(u.n_o) AS on_time,"
	    " SUM(u.o_l) AS old_late, SUM(u.n_l) AS late FROM ("
	    "  SELECT agency_id, proc_code, received AS o_r, processed AS o_p, early AS o_e,"
	    "   on_time AS o_o, late AS o_l, 0 AS n_r, 0 AS n_p, 0 AS n_e, 0 AS n_o,"
	    "   0 AS n_l FROM dossier_stat"
	    "  UNION ALL SELECT agency_id, proc_code, 0, 0, 0, 0, 0, received, processed,"
	    "   early, on_time, late FROM stat_rebuild) u"
	    " LEFT JOIN agency a ON a.id = u.agency_id"
	    " GROUP BY u.agency_id, u.proc_code, a.code"
	    " HAVING SUM(u.o_r) <> SUM(u.n_r) OR SUM(u.o_p) <> SUM(u.n_p)"
	    "  OR SUM(u.o_e) <> SUM(u.n_e) OR SUM(u.o_o) <> SUM(u.n_o)"
	    "  OR SUM(u.o_l) <> SUM(u.n_l)"
	    " ORDER BY agency, u.proc_code");
	if (changed < 0)
		return changed;
	if ((rc = db_exec(db, "DELETE FROM dossier_stat")) < 0 ||
	    (rc = db_exec(db, "INSERT INTO dossier_stat (agency_id, proc_code, received,"
	    " processed, early, on_time, late) SELECT agency_id, proc_code, received,"
	    " processed, early, on_time, late FROM stat_rebuild")) < 0 ||
	    (rc = db_exec(db, "DROP TEMPORARY TABLE stat_rebuild")) < 0)
		return rc;
	return changed;
}
