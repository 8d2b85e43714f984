/* The province's oversight: see oversight.h. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/conf.h"
#include "core/db.h"
#include "domain/calendar.h"
#include "domain/checks.h"
#include "domain/oversight.h"
#include "domain/scheme.h"

const char *const ov_state_slugs[] = { "cho-tiep-nhan", "tre-tiep-nhan", "dung-han",
	"qua-han", "cho-cong-dan", "cho-ban-giay", NULL };
const char *const ov_state_names[OV__MAX] = { "waiting", "late_receive", "on_time",
	"overdue", "paused", "paper" };

int
oversight_summary(struct db *db, const struct config *cfg, long long now,
    HDF *hdf, const char *prefix)
{
	char snow[24], swait[24], key[128];
	HDF *r, *tot;
	int n, k, nu = 0, scheme;

	cal_format_iso(now, snow, sizeof(snow));
	if ((n = checks_wait_cut(db, cfg, now, swait, sizeof(swait))) < 0 ||
	    (n = scheme_get(db, cfg, &scheme)) < 0)
		return n;
	/* the open dossiers (statuses 1, 2, 4, 5, 6) from the index
	 * dossier_open alone, then every active agency beside its counts */
	n = db_rows(db, hdf, prefix, "SELECT a.id, a.code, a.name, a.level,"
	    " COALESCE(s.waiting, 0) AS waiting, COALESCE(w.late_receive, 0) AS late_receive,"
	    " COALESCE(s.on_time, 0) AS on_time, COALESCE(s.overdue, 0) AS overdue,"
	    " COALESCE(s.paused, 0) AS paused, COALESCE(s.paper, 0) AS paper,"
	    " EXISTS (SELECT 1 FROM proc_agency pa JOIN proc p ON p.id = pa.proc_id"
	    "   WHERE pa.agency_id = a.id AND pa.role = 'implementing'"
	    "   AND " SCHEME_ONLINE_SQL("p") ") AS online,"
	    " EXISTS (SELECT 1 FROM account u JOIN account_role ur ON ur.account_id = u.id"
	    "   AND ur.role = 'reception' WHERE u.agency_id = a.id AND u.kind = 'staff'"
	    "   AND u.status = 'active') AS staffed"
	    " FROM agency a LEFT JOIN (SELECT agency_id, SUM(status = 1) AS waiting,"
	    "   SUM(status IN (2, 4, 6) AND (due_at IS NULL OR due_at >= ?)) AS on_time,"
	    "   SUM(status IN (2, 4, 6) AND due_at < ?) AS overdue,"
	    "   SUM(status = 5) AS paused,"
	    "   SUM(paper_pending = 1 AND paper_received_at IS NULL) AS paper"
	    "   FROM dossier d WHERE status IN (1, 2, 4, 5, 6) GROUP BY agency_id) s"
	    " ON s.agency_id = a.id"
	    /* apart: the rule reads supplemented_at, which the index above
	     * lacks; the few waiting ones by the index (agency, status,
	     * submitted_at) */
	    " LEFT JOIN (SELECT d.agency_id, COUNT(*) AS late_receive FROM dossier d"
	    "   WHERE " CHECKS_SQL_WAIT_LATE " GROUP BY d.agency_id) w ON w.agency_id = a.id"
	    " WHERE a.status = 'active' ORDER BY a.code",
	    DB_INT(scheme), DB_STR(snow),
	    DB_STR(snow), CHECKS_WAIT_PARAMS(swait));
	if (n < 0)
		return n;
	snprintf(key, sizeof(key), "%sTotal", prefix);
	hdf_set_value(hdf, key, "");
	tot = hdf_get_obj(hdf, key);
	for (k = 0; k < OV__MAX; k++)
		hdf_set_int_value(tot, ov_state_names[k], 0);
	for (r = hdf_get_child(hdf, prefix); r; r = hdf_obj_next(r)) {
		for (k = 0; k < OV__MAX; k++)
			hdf_set_int_value(tot, ov_state_names[k],
			    hdf_get_int_value(tot, ov_state_names[k], 0) +
			    hdf_get_int_value(r, ov_state_names[k], 0));
		if (hdf_get_int_value(r, "online", 0) && !hdf_get_int_value(r, "staffed", 0)) {
			hdf_set_value(r, "unstaffed", "1");
			snprintf(key, sizeof(key), "%sUnstaffed.%d.code", prefix, nu);
			hdf_set_value(hdf, key, hdf_get_value(r, "code", ""));
			snprintf(key, sizeof(key), "%sUnstaffed.%d.name", prefix, nu++);
			hdf_set_value(hdf, key, hdf_get_value(r, "name", ""));
		}
	}
	hdf_set_int_value(tot, "unstaffed", nu);
	return n;
}

int
oversight_list(struct db *db, const struct config *cfg, long long agency,
    enum ov_state state, long long now, long long after, HDF *hdf,
    const char *prefix)
{
	char snow[24], swait[24], key[128];
	HDF *c, *last = NULL;
	int n, i = 0;

	cal_format_iso(now, snow, sizeof(snow));
	if ((n = checks_wait_cut(db, cfg, now, swait, sizeof(swait))) < 0)
		return n;
	/* one more row than shown: whether there is a next page. The open
	 * statuses are a range of the index (agency_id, status, ...); the
	 * state narrows them. */
	n = db_rows(db, hdf, prefix, "SELECT d.id, d.code, d.proc_code, d.proc_name, d.status,"
	    " d.extensions, d.paper_pending,"
	    " DATE_FORMAT(d.submitted_at, '%H:%i %d/%m/%Y') AS submitted,"
	    " DATE_FORMAT(d.received_at, '%H:%i %d/%m/%Y') AS received,"
	    " DATE_FORMAT(d.due_at, '%H:%i %d/%m/%Y') AS due,"
	    " d.status IN (2, 4, 6) AND d.due_at < ? AS late,"
	    " EXISTS (SELECT 1 FROM extension_waiver w WHERE w.dossier_id = d.id) AS waiver"
	    " FROM dossier d WHERE d.agency_id = ? AND d.status IN (1, 2, 4, 5, 6) AND d.id > ?"
	    " AND CASE ? WHEN 0 THEN d.status = 1"
	    "   WHEN 1 THEN " CHECKS_SQL_WAIT_LATE
	    "   WHEN 2 THEN d.status IN (2, 4, 6) AND (d.due_at IS NULL OR d.due_at >= ?)"
	    "   WHEN 3 THEN d.status IN (2, 4, 6) AND d.due_at < ?"
	    "   WHEN 4 THEN d.status = 5"
	    "   ELSE d.paper_pending = 1 AND d.paper_received_at IS NULL END"
	    " ORDER BY d.id LIMIT ?",
	    DB_STR(snow), DB_INT(agency), DB_INT(after), DB_INT(state), CHECKS_WAIT_PARAMS(swait),
	    DB_STR(snow), DB_STR(snow), DB_INT(OV_LIST_PAGE + 1));
	if (n < 0)
		return n;
	for (c = hdf_get_child(hdf, prefix); c; ) {
		HDF *next = hdf_obj_next(c);

		if (i == OV_LIST_PAGE) {
			snprintf(key, sizeof(key), "%sMore", prefix);
			hdf_set_value(hdf, key, hdf_get_value(last, "id", ""));
			snprintf(key, sizeof(key), "%s.%s", prefix, hdf_obj_name(c));
			hdf_remove_tree(hdf, key);
			break;
		}
		i++;
		last = c;
		c = next;
	}
	return i;
}

int
oversight_dossier(struct db *db, const char *code, HDF *hdf, const char *prefix)
{
	char key[128];
	int rc;

	rc = db_row(db, hdf, prefix, "SELECT d.id, d.code, d.agency_id, g.code AS agency_code,"
	    " g.name AS agency_name, d.proc_code, d.proc_name, d.status, d.extensions,"
	    " d.paper_pending, d.timeliness, d.status = 0 AS draft,"
	    " DATE_FORMAT(d.submitted_at, '%H:%i %d/%m/%Y') AS submitted,"
	    " DATE_FORMAT(d.received_at, '%H:%i %d/%m/%Y') AS received,"
	    " DATE_FORMAT(d.first_due_at, '%H:%i %d/%m/%Y') AS first_due,"
	    " DATE_FORMAT(d.due_at, '%H:%i %d/%m/%Y') AS due,"
	    " DATE_FORMAT(d.finished_at, '%H:%i %d/%m/%Y') AS finished,"
	    " DATE_FORMAT(d.paper_received_at, '%H:%i %d/%m/%Y') AS paper_received"
	    " FROM dossier d JOIN agency g ON g.id = d.agency_id WHERE d.code = ?",
	    DB_STR(code));
	if (rc <= 0)
		return rc;
	snprintf(key, sizeof(key), "%s.Due", prefix);
	if ((rc = db_rows(db, hdf, key, "SELECT DATE_FORMAT(c.at, '%H:%i %d/%m/%Y') AS at,"
	    " c.cause, DATE_FORMAT(c.old_due, '%H:%i %d/%m/%Y') AS old_due,"
	    " DATE_FORMAT(c.new_due, '%H:%i %d/%m/%Y') AS new_due"
	    " FROM due_change c WHERE c.dossier_id = ? ORDER BY c.id",
	    DB_INT(hdf_ll(hdf_get_obj(hdf, prefix), "id")))) < 0)
		return rc;
	snprintf(key, sizeof(key), "%s.Waiver", prefix);
	rc = db_row(db, hdf, key, "SELECT a.full_name AS by_name,"
	    " DATE_FORMAT(w.granted_at, '%H:%i %d/%m/%Y') AS at, w.reason"
	    " FROM extension_waiver w LEFT JOIN account a ON a.id = w.granted_by"
	    " WHERE w.dossier_id = ?", DB_INT(hdf_ll(hdf_get_obj(hdf, prefix), "id")));
	return rc < 0 ? rc : 1;
}

int
oversight_waive(struct db *db, long long id, long long by, const char *reason)
{
	return db_exec(db, "INSERT IGNORE INTO extension_waiver (dossier_id, granted_by,"
	    " granted_at, reason) VALUES (?, ?, NOW(), ?)", DB_INT(id), DB_INT(by),
	    DB_STR(reason));
}
