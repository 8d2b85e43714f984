#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/conf.h"
#include "core/db.h"
#include "core/request.h"
#include "domain/agency.h"
#include "domain/audit.h"
#include "domain/calendar.h"
#include "domain/catalog.h"
#include "domain/dossier.h"
#include "domain/opinion.h"
#include "domain/workflow.h"

const char *const agency_kind_names[AK__MAX] = {
	[AK_RENAME] = "renamed", [AK_MERGE] = "merged", [AK_CLOSE] = "closed",
};

/* The statuses in which an agency still holds a dossier: a closed
 * agency's go to its successor (drafts too: they are submitted to the
 * agency of their procedure, which goes with them). */
#define OPEN_STATUSES (WF_ST(DS_DRAFT) | WF_ST(DS_NEW) | WF_ST(DS_RECEIVED) | \
	WF_ST(DS_PROCESSING) | WF_ST(DS_SUPPLEMENT) | WF_ST(DS_PAYMENT) | \
	WF_ST(DS_WITHDRAWING) | WF_ST(DS_DONE))
#define OPEN_SQL "(0, 1, 2, 4, 5, 6, 7, 9)"

int
agency_list(struct db *db, HDF *hdf, const char *prefix)
{
	return db_rows(db, hdf, prefix, "SELECT a.id, a.code, a.name, a.level, a.status,"
	    " DATE_FORMAT(a.closed_on, '%d/%m/%Y') AS closed_on, p.name AS parent,"
	    " s.name AS successor, c.kind AS waiting,"
	    " DATE_FORMAT(c.effective_on, '%d/%m/%Y') AS waiting_on"
	    " FROM agency a LEFT JOIN agency p ON p.id = a.parent_id"
	    " LEFT JOIN agency s ON s.id = a.successor_id"
	    " LEFT JOIN agency_change c ON c.agency_id = a.id AND c.state = 'waiting'"
	    " ORDER BY a.status = 'closed', a.code");
}

int
agency_get(struct db *db, const char *code, HDF *hdf, const char *prefix)
{
	char k[128];
	long long id, n;
	int rc;

	rc = db_row(db, hdf, prefix, "SELECT a.id, a.code, a.name, a.level, a.status,"
	    " DATE_FORMAT(a.closed_on, '%d/%m/%Y') AS closed_on, p.name AS parent,"
	    " s.name AS successor, s.code AS successor_code FROM agency a"
	    " LEFT JOIN agency p ON p.id = a.parent_id"
	    " LEFT JOIN agency s ON s.id = a.successor_id WHERE a.code = ?", DB_STR(code));
	if (rc <= 0)
		return rc;
	snprintf(k, sizeof(k), "%s.id", prefix);
	id = hdf_ll(hdf, k);
	snprintf(k, sizeof(k), "%s.Events", prefix);
	if ((rc = db_rows(db, hdf, k, "SELECT DATE_FORMAT(happened_on, '%d/%m/%Y') AS date,"
	    " event, old_name, note FROM agency_event WHERE agency_id = ?"
	    " ORDER BY happened_on, id", DB_INT(id))) < 0)
		return rc;
	snprintf(k, sizeof(k), "%s.Changes", prefix);
	if ((rc = db_rows(db, hdf, k, "SELECT c.id, c.kind,"
	    " DATE_FORMAT(c.effective_on, '%d/%m/%Y') AS effective_on, c.new_name,"
	    " s.name AS successor, c.note, c.state,"
	    " DATE_FORMAT(c.done_at, '%H:%i %d/%m/%Y') AS done_at, c.dossiers, c.staff,"
	    " c.procs FROM agency_change c LEFT JOIN agency s ON s.id = c.successor_id"
	    " WHERE c.agency_id = ? ORDER BY c.id DESC LIMIT 20", DB_INT(id))) < 0)
		return rc;
	if ((rc = db_int(db, &n, "SELECT id FROM agency_change WHERE agency_id = ?"
	    " AND state = 'waiting'", DB_INT(id))) < 0)
		return rc;
	if (rc == 1) {
		snprintf(k, sizeof(k), "%s.Waiting", prefix);
		hdf_set_int_value(hdf, k, (int)n);
	}
	if ((rc = db_int(db, &n, "SELECT COUNT(*) FROM dossier WHERE agency_id = ?"
	    " AND status IN " OPEN_SQL, DB_INT(id))) < 0)
		return rc;
	snprintf(k, sizeof(k), "%s.Open", prefix);
	hdf_set_int_value(hdf, k, (int)n);
	return 1;
}

int
agency_choices(struct db *db, long long except, HDF *hdf, const char *prefix)
{
	return db_rows(db, hdf, prefix, "SELECT id, code, name FROM agency"
	    " WHERE status = 'active' AND id <> ? ORDER BY name", DB_INT(except));
}

int
agency_id_of(struct db *db, const char *code, long long *id)
{
	return db_int(db, id, "SELECT id FROM agency WHERE code = ?", DB_STR(code));
}

int
agency_active_id(struct db *db, const char *code, long long *id)
{
	return db_int(db, id, "SELECT id FROM agency WHERE code = ? AND status = 'active'",
	    DB_STR(code));
}

/* 1 if agency a is inside the subtree of root (root itself included),
 * by the parent links (a tree the import keeps acyclic; the walk stops
 * after 64 steps anyway), 0 if not, or a db_rc. */
static int
inside(struct db *db, long long a, long long root)
{
	long long up;
	int i, rc;

	for (i = 0; i < 64 && a > 0; i++) {
		if (a == root)
			return 1;
		rc = db_int(db, &up, "SELECT COALESCE(parent_id, 0) FROM agency WHERE id = ?",
		    DB_INT(a));
		if (rc <= 0)
			return rc;
		a = up;
	}
	return 0;
}

const char *
agency_change_check(struct db *db, const struct agency_change *c, long today,
    const char **field, int *rc)
{
	HDF *t;
	long long n;
	const char *why = NULL;

	*rc = 0;
	*field = "";
	if (hdf_init(&t))
		abort();
	/* the agency, locked: two admins deciding at once wait for each other */
	*rc = db_row(db, t, "A", "SELECT id, name, status FROM agency WHERE id = ?"
	    " FOR UPDATE", DB_INT(c->agency_id));
	if (*rc <= 0) {
		why = *rc == 0 ? "gone" : "down";
		goto out;
	}
	if (strcmp(hdf_get_value(t, "A.status", ""), "active") != 0) {
		why = "closed";
		goto out;
	}
	if ((*rc = db_int(db, &n, "SELECT COUNT(*) FROM agency_change WHERE agency_id = ?"
	    " AND state = 'waiting'", DB_INT(c->agency_id))) < 0) {
		why = "down";
		goto out;
	}
	if (n > 0) {
		why = "waiting";
		goto out;
	}
	if (c->day < today) {
		*field = "ngay_hieu_luc";
		why = "past";
		goto out;
	}
	if (c->kind == AK_RENAME) {
		if (c->new_name == NULL || *c->new_name == '\0') {
			*field = "ten_moi";
			why = "no_name";
		} else if (strcmp(c->new_name, hdf_get_value(t, "A.name", "")) == 0) {
			*field = "ten_moi";
			why = "same_name";
		}
		goto out;
	}
	*field = "co_quan_tiep_nhan";
	if (c->successor_id <= 0) {
		why = "no_successor";
		goto out;
	}
	if (c->successor_id == c->agency_id) {
		why = "cycle";
		goto out;
	}
	if ((*rc = db_row(db, t, "S", "SELECT status FROM agency WHERE id = ? FOR UPDATE",
	    DB_INT(c->successor_id))) <= 0) {
		why = *rc == 0 ? "no_successor" : "down";
		goto out;
	}
	if (strcmp(hdf_get_value(t, "S.status", ""), "active") != 0) {
		why = "successor_closed";
		goto out;
	}
	/* a successor that itself goes on a day: the work would move twice,
	 * or in a circle (A into B while B into A) */
	if ((*rc = db_int(db, &n, "SELECT COUNT(*) FROM agency_change WHERE agency_id = ?"
	    " AND state = 'waiting' AND kind <> 'renamed'", DB_INT(c->successor_id))) < 0) {
		why = "down";
		goto out;
	}
	if (n > 0) {
		why = "successor_leaving";
		goto out;
	}
	/* into its own subtree: the child would become its own ancestor's
	 * successor, and the children handed over their own parent */
	if ((*rc = inside(db, c->successor_id, c->agency_id)) != 0) {
		why = *rc > 0 ? "cycle" : "down";
		if (*rc > 0)
			*rc = 0;
		goto out;
	}
out:
	hdf_destroy(&t);
	if (why && strcmp(why, "down") == 0 && *rc >= 0)
		*rc = DB_ERR;
	return why;
}

long long
agency_change_add(struct db *db, const struct agency_change *c)
{
	char day[11];
	int y, m, d, rc;

	cal_civil(c->day, &y, &m, &d);
	snprintf(day, sizeof(day), "%04d-%02d-%02d", y, m, d);
	rc = db_exec(db, "INSERT INTO agency_change (agency_id, kind, effective_on, new_name,"
	    " successor_id, note, requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?,"
	    " NOW())", DB_INT(c->agency_id), DB_STR(agency_kind_names[c->kind]), DB_STR(day),
	    c->kind == AK_RENAME ? DB_STR(c->new_name) : DB_NULL,
	    c->kind == AK_RENAME ? DB_NULL : DB_INT(c->successor_id), DB_STR(c->note),
	    DB_INT(c->by));
	if (rc < 0)
		return rc;
	return db_insert_id(db);
}

int
agency_change_cancel(struct db *db, long long agency, long long id)
{
	int rc = db_exec(db, "UPDATE agency_change SET state = 'cancelled' WHERE id = ?"
	    " AND agency_id = ? AND state = 'waiting'", DB_INT(id), DB_INT(agency));

	return rc < 0 ? rc : rc > 0;
}

int
agency_event_add(struct db *db, long long agency, const char *day,
    const char *event, const char *old_name, const char *note)
{
	int rc = db_exec(db, "INSERT INTO agency_event (agency_id, happened_on, event, old_name,"
	    " note) VALUES (?, ?, ?, ?, ?)", DB_INT(agency), DB_STR(day), DB_STR(event),
	    DB_STR(old_name), DB_STR(note));

	return rc < 0 ? rc : 0;
}

/* --- making a change on its day --------------------------------------------- */

struct apply_one {
	const struct config *cfg;
	const struct wf_hooks *h;	/* as the caller gave them */
	long long change_id;
	struct agency_apply_out n;	/* this change's counts */
};

/* The audit record of the change made: by the tool that makes it on its
 * day (dvcctl), naming the change and its decider (whose own record,
 * agency_change.add, is the page's); owner nobody: the agency's history
 * is the province's. */
static int
audit_change(struct db *db, struct apply_one *a, const char *action,
    long long agency, const char *detail)
{
	struct audit_event ev;

	memset(&ev, 0, sizeof(ev));
	ev.actor_kind = "operator";
	ev.action = action;
	ev.object_type = "agency";
	ev.object_id = agency;
	ev.agency_id = agency;
	ev.detail = detail;
	return audit_write(db, a->cfg, &ev);
}

static int
apply_tx(struct db *db, void *ctx)
{
	struct apply_one *a = ctx;
	struct wf_hooks h = *a->h;
	struct user u;
	struct wf_move m;
	HDF *t;
	HDF *d;
	char detail[200], action[32];
	long long agency, succ, by;
	const char *kind, *note;
	int rc, i, n;

	memset(&a->n, 0, sizeof(a->n));
	if (hdf_init(&t))
		abort();
	rc = db_row(db, t, "C", "SELECT c.agency_id, c.kind, c.effective_on, c.new_name,"
	    " c.successor_id, c.note, c.requested_by, a.name, a.status,"
	    " u.agency_id AS by_agency FROM agency_change c"
	    " JOIN agency a ON a.id = c.agency_id LEFT JOIN account u ON u.id = c.requested_by"
	    " WHERE c.id = ? AND c.state = 'waiting' FOR UPDATE", DB_INT(a->change_id));
	if (rc <= 0)
		goto out;	/* made or cancelled meanwhile */
	agency = hdf_ll(t, "C.agency_id");
	succ = hdf_ll(t, "C.successor_id");
	by = hdf_ll(t, "C.requested_by");
	kind = hdf_get_value(t, "C.kind", "");
	note = hdf_get_value(t, "C.note", NULL);
	/* a successor closed since the decision (its own change came first)
	 * hands on to its own successor: the work goes where it is done */
	for (i = 0; succ && i < 16; i++) {
		long long next = 0;

		if ((rc = db_int(db, &next, "SELECT IF(status = 'closed', COALESCE(successor_id, 0),"
		    " 0) FROM agency WHERE id = ?", DB_INT(succ))) < 0)
			goto out;
		if (next == 0 || next == agency)
			break;
		succ = next;
	}
	/* both agencies locked before their dossiers, as the page's check
	 * locks them (agency_change_check) */
	if ((rc = db_rows(db, t, "L", "SELECT id FROM agency WHERE id IN (?, ?) ORDER BY id"
	    " FOR UPDATE", DB_INT(agency), DB_INT(succ ? succ : agency))) < 0)
		goto out;
	if (strcmp(kind, "renamed") == 0) {
		rc = db_exec(db, "UPDATE agency SET name = ? WHERE id = ?",
		    DB_STR(hdf_get_value(t, "C.new_name", "")), DB_INT(agency));
		if (rc >= 0)
			rc = agency_event_add(db, agency, hdf_get_value(t, "C.effective_on", ""),
			    "renamed", hdf_get_value(t, "C.name", ""), note);
		goto done;
	}
	/* the history of each dossier names the decider, acting for the
	 * province: the handover is theirs, made by the sweeper on the day */
	memset(&u, 0, sizeof(u));
	u.id = by;
	u.kind = UK_STAFF;
	u.roles = ROLE_BIT(ROLE_PROVINCE_ADMIN);
	u.agency_id = hdf_ll(t, "C.by_agency");
	h.user = &u;
	if (hdf_init(&d))
		abort();
	rc = db_rows(db, d, "D", "SELECT id FROM dossier WHERE agency_id = ? AND status IN "
	    OPEN_SQL " ORDER BY id FOR UPDATE", DB_INT(agency));
	for (i = 0, n = rc; rc >= 0 && i < n; i++) {
		char k[32];

		memset(&m, 0, sizeof(m));
		snprintf(k, sizeof(k), "D.%d.id", i);
		m.dossier_id = hdf_ll(d, k);
		m.from_agency = agency;
		m.to_agency = succ;
		m.from = OPEN_STATUSES;
		m.version = -1;
		m.action = "handover";
		m.note = note;
		m.mail = "Handover";
		rc = wf_handover(db, &h, &m);
		if (rc > 0)
			rc = DB_ERR;	/* read under the same lock: cannot be */
		a->n.dossiers++;
	}
	hdf_destroy(&d);
	if (rc < 0)
		goto out;
	/* the staff keep their roles, at the successor; their sessions
	 * read the agency anew at each request */
	if ((rc = db_exec(db, "UPDATE account SET agency_id = ? WHERE agency_id = ?"
	    " AND kind = 'staff'", DB_INT(succ), DB_INT(agency))) < 0)
		goto out;
	a->n.staff = rc;
	/* the procedures: the successor takes each role the agency had
	 * (once, if it had it already) */
	if ((rc = db_exec(db, "INSERT IGNORE INTO proc_agency (proc_id, role, agency_id)"
	    " SELECT proc_id, role, ? FROM proc_agency WHERE agency_id = ?",
	    DB_INT(succ), DB_INT(agency))) < 0)
		goto out;
	if ((rc = db_exec(db, "DELETE FROM proc_agency WHERE agency_id = ?",
	    DB_INT(agency))) < 0)
		goto out;
	a->n.procs = rc;
	/* the requests that merging makes pointless (the successor asking
	 * itself, or asked twice on one dossier) are withdrawn first */
	if ((rc = opinion_close_merged(db, &h, agency, succ)) < 0)
		goto out;
	a->n.opinions = rc;
	/* the other opinions asked of it and not yet given: the successor
	 * answers them (the condition only restates the step above: an
	 * agency is never consulted on its own dossier) */
	if ((rc = db_exec(db, "UPDATE opinion o JOIN dossier d ON d.id = o.dossier_id"
	    " SET o.agency_id = ? WHERE o.agency_id = ? AND o.status = 'pending'"
	    " AND d.agency_id <> ?", DB_INT(succ), DB_INT(agency), DB_INT(succ))) < 0)
		goto out;
	if ((rc = db_exec(db, "UPDATE agency SET parent_id = ? WHERE parent_id = ?",
	    DB_INT(succ), DB_INT(agency))) < 0)
		goto out;
	if ((rc = db_exec(db, "UPDATE agency SET status = 'closed', closed_on = ?,"
	    " successor_id = ? WHERE id = ?", DB_STR(hdf_get_value(t, "C.effective_on", "")),
	    DB_INT(succ), DB_INT(agency))) < 0)
		goto out;
	rc = agency_event_add(db, agency, hdf_get_value(t, "C.effective_on", ""), kind,
	    NULL, note);
done:
	if (rc < 0)
		goto out;
	if ((rc = db_exec(db, "UPDATE agency_change SET state = 'done', done_at = NOW(),"
	    " dossiers = ?, staff = ?, procs = ? WHERE id = ?", DB_INT(a->n.dossiers),
	    DB_INT(a->n.staff), DB_INT(a->n.procs), DB_INT(a->change_id))) < 0)
		goto out;
	if ((rc = catalog_bump(db)) < 0)
		goto out;
	snprintf(action, sizeof(action), "agency.%s", kind);
	snprintf(detail, sizeof(detail), "change %lld decided by %lld; successor %lld;"
	    " dossiers %d, staff %d, procedures %d, opinions withdrawn %d", a->change_id, by,
	    succ, a->n.dossiers, a->n.staff, a->n.procs, a->n.opinions);
	rc = audit_change(db, a, action, agency, detail);
	a->n.changes = 1;
out:
	hdf_destroy(&t);
	return rc < 0 ? rc : 0;
}

int
agency_apply_due(struct db *db, const struct config *cfg, long today,
    const struct wf_hooks *h, struct agency_apply_out *out)
{
	struct apply_one a;
	HDF *t;
	char day[11], k[32];
	int y, m, d, i, n, rc;

	memset(out, 0, sizeof(*out));
	cal_civil(today, &y, &m, &d);
	snprintf(day, sizeof(day), "%04d-%02d-%02d", y, m, d);
	if (hdf_init(&t))
		abort();
	/* the renames first: an agency merged the same day into one renamed
	 * shows its new name in the mail */
	n = rc = db_rows(db, t, "C", "SELECT id FROM agency_change WHERE state = 'waiting'"
	    " AND effective_on <= ? ORDER BY kind <> 'renamed', effective_on, id",
	    DB_STR(day));
	for (i = 0; rc >= 0 && i < n; i++) {
		memset(&a, 0, sizeof(a));
		a.cfg = cfg;
		a.h = h;
		snprintf(k, sizeof(k), "C.%d.id", i);
		a.change_id = hdf_ll(t, k);
		if ((rc = db_tx(db, apply_tx, &a)) == 0) {
			out->changes += a.n.changes;
			out->dossiers += a.n.dossiers;
			out->staff += a.n.staff;
			out->procs += a.n.procs;
			out->opinions += a.n.opinions;
		}
	}
	hdf_destroy(&t);
	return rc < 0 ? rc : 0;
}
