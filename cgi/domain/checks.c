/* What someone must act on: see checks.h. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/util.h"
#include "domain/calendar.h"
#include "domain/checks.h"
#include "domain/dossier.h"
#include "domain/scheme.h"

/* Dossiers alerted by one run at most: the mails stay readable, and the
 * next run (cron, minutes later) takes the rest. */
#define REMIND_MAX 500

long long
checks_wait_cutoff(const struct calendar *cal, const struct config *cfg,
    long long now)
{
	long long s = cal_working_back(cal, now,
	    cfg_int(cfg, "Reception.MaxWaitHours") * 3600LL);

	return s < 0 ? 0 : s;
}

long long
checks_reception_due(const struct calendar *cal, const struct config *cfg,
    long long start)
{
	long long e = cal_working_forward(cal, start,
	    cfg_int(cfg, "Reception.MaxWaitHours") * 3600LL);

	return e < 0 ? 0 : e;
}

int
checks_wait_cut(struct db *db, const struct config *cfg, long long now,
    char *out, size_t len)
{
	const struct calendar *cal;
	int rc;

	if ((rc = calendar_view(db, cfg, &cal)) < 0)
		return rc;
	cal_format_iso(checks_wait_cutoff(cal, cfg, now), out, len);
	return 0;
}

/* Copies every row of rows (db_rows' prefix node) to prefix.<n++> with
 * kind set. */
static void
take(HDF *hdf, const char *prefix, int *n, HDF *rows, const char *kind)
{
	HDF *r;
	char key[96];

	for (r = hdf_obj_child(rows); r; r = hdf_obj_next(r)) {
		snprintf(key, sizeof(key), "%s.%d", prefix, (*n)++);
		hdf_copy(hdf, key, r);
		snprintf(key, sizeof(key), "%s.%d.kind", prefix, *n - 1);
		hdf_set_value(hdf, key, kind);
	}
}

/* One finding made of values, not rows: prefix.<n++>. */
static HDF *
finding(HDF *hdf, const char *prefix, int *n, const char *kind)
{
	HDF *node;
	char key[96];

	snprintf(key, sizeof(key), "%s.%d", prefix, (*n)++);
	if (hdf_get_node(hdf, key, &node) != STATUS_OK)
		abort();
	hdf_set_value(node, "kind", kind);
	return node;
}

static int
year_check(struct db *db, HDF *hdf, const char *prefix, int *n, int year,
    int next)
{
	long long rows = 0;
	int confirmed = 0, rc;
	HDF *f;

	if ((rc = calendar_year_state(db, year, &rows, &confirmed, NULL, 0)) < 0)
		return rc;
	if (confirmed)
		return 0;
	f = finding(hdf, prefix, n, "year");
	hdf_set_int_value(f, "year", year);
	hdf_set_int_value(f, "next", next);
	hdf_set_int_value(f, "days", (int)rows);
	return 0;
}

int
checks_run(struct db *db, const struct config *cfg, long long now, HDF *hdf,
    const char *prefix)
{
	char cut[24], late[24];
	long long stuck = 0;
	int n = 0, rc, y, m, d, scheme;
	HDF *tmp;

	if (hdf_init(&tmp))
		abort();
	/* agencies the start form sends dossiers to (domain/dossier.c:
	 * online under the scheme in force, an online channel,
	 * implementing, active) and the active officers of each working
	 * role they have */
	if ((rc = scheme_get(db, cfg, &scheme)) < 0)
		goto out;
	rc = db_rows(db, tmp, "U", "SELECT a.id AS agency_id, a.code AS agency_code,"
	    " a.name AS agency_name,"
	    " COUNT(CASE WHEN r.role = 'reception' THEN 1 END) AS reception,"
	    " COUNT(CASE WHEN r.role = 'specialist' THEN 1 END) AS specialist,"
	    " COUNT(CASE WHEN r.role = 'leader' THEN 1 END) AS leader"
	    " FROM agency a LEFT JOIN account s ON s.agency_id = a.id AND"
	    " s.kind = 'staff' AND s.status = 'active'"
	    " LEFT JOIN account_role r ON r.account_id = s.id"
	    " WHERE a.status = 'active' AND EXISTS (SELECT 1 FROM proc_agency pa"
	    "   JOIN proc p ON p.id = pa.proc_id JOIN proc_channel c ON"
	    "   c.proc_id = p.id AND c.channel = 'online' WHERE pa.agency_id = a.id"
	    "   AND pa.role = 'implementing' AND " SCHEME_ONLINE_SQL("p") ")"
	    " GROUP BY a.id, a.code, a.name"
	    " HAVING reception = 0 OR specialist = 0 OR leader = 0 ORDER BY a.code",
	    DB_INT(scheme));
	if (rc < 0)
		goto out;
	take(hdf, prefix, &n, hdf_get_obj(tmp, "U"), "unstaffed");

	/* this year's holidays, and next year's from 1 October */
	cal_civil(cal_day_of(now), &y, &m, &d);
	if ((rc = year_check(db, hdf, prefix, &n, y, 0)) < 0 ||
	    (m >= 10 && (rc = year_check(db, hdf, prefix, &n, y + 1, 1)) < 0))
		goto out;

	/* late to receive, per agency: the agency's index (agency_id,
	 * status, submitted_at) reaches its few new dossiers */
	if ((rc = checks_wait_cut(db, cfg, now, cut, sizeof(cut))) < 0)
		goto out;
	rc = db_rows(db, tmp, "W", "SELECT a.id AS agency_id, a.code AS"
	    " agency_code, a.name AS agency_name, COUNT(*) AS count,"
	    " SUM(d.wait_alerted_at IS NULL) AS unalerted, ? AS hours"
	    " FROM agency a STRAIGHT_JOIN dossier d ON d.agency_id = a.id"
	    " AND " CHECKS_SQL_WAIT_LATE " GROUP BY a.id, a.code, a.name ORDER BY a.code",
	    DB_INT(cfg_int(cfg, "Reception.MaxWaitHours")), CHECKS_WAIT_PARAMS(cut));
	if (rc < 0)
		goto out;
	take(hdf, prefix, &n, hdf_get_obj(tmp, "W"), "wait");

	/* the sender (dvcctl mail send, from cron) is not running */
	cal_format_iso(now - 3600, late, sizeof(late));
	if ((rc = db_int(db, &stuck, "SELECT COUNT(*) FROM mail_outbox WHERE"
	    " status = 'queued' AND next_attempt_at < ?", DB_STR(late))) < 0)
		goto out;
	if (stuck > 0)
		hdf_set_int_value(finding(hdf, prefix, &n, "mail"), "count", (int)stuck);
	rc = n;
out:
	hdf_destroy(&tmp);
	return rc;
}

int
checks_dossier(struct db *db, const struct config *cfg, long long id,
    long long now, HDF *hdf, const char *prefix)
{
	const struct calendar *cal;
	HDF *top, *d;
	char key[96];
	int rc;

	if (hdf_get_node(hdf, prefix, &top) != STATUS_OK)
		abort();
	rc = db_row(db, top, "D", "SELECT d.id, d.status, d.submitted_at,"
	    " d.supplemented_at, DATE_FORMAT(d.wait_alerted_at, '%H:%i %d/%m/%Y')"
	    " AS wait_alerted" CHECKS_SQL_MARKS " FROM dossier d WHERE d.id = ?",
	    DB_INT(id));
	if (rc <= 0)
		return rc;
	d = hdf_get_obj(top, "D");
	if (hdf_get_int_value(d, "due_provisional", 0))
		hdf_set_value(top, "provisional", "1");
	if (hdf_get_int_value(d, "due_changed", 0)) {
		snprintf(key, sizeof(key), "%s.Changes", prefix);
		rc = db_rows(db, hdf, key, "SELECT DATE_FORMAT(cc.day, '%d/%m/%Y') AS day,"
		    " cc.change_kind AS kind, DATE_FORMAT(cc.at, '%H:%i %d/%m/%Y') AS at,"
		    " cd.kind AS day_kind, cd.name FROM dossier d JOIN calendar_change cc"
		    " ON cc.change_kind <> 'confirm' AND cc.day BETWEEN DATE(d.received_at)"
		    " AND DATE(d.due_at) AND cc.at >= COALESCE((SELECT MAX(x.at) FROM"
		    " due_change x WHERE x.dossier_id = d.id), d.received_at)"
		    " LEFT JOIN calendar_day cd ON cd.day = cc.day"
		    " WHERE d.id = ? ORDER BY cc.at, cc.id LIMIT 50", DB_INT(id));
		if (rc < 0)
			return rc;
	}
	if (hdf_get_int_value(d, "status", 0) == DS_NEW) {
		long long since = cal_hdf_time(d, "supplemented_at");
		struct cal_input in;
		struct cal_result r;
		int hours = (int)cfg_int(cfg, "Reception.MaxWaitHours");

		if (since == 0)
			since = cal_hdf_time(d, "submitted_at");
		if ((rc = calendar_view(db, cfg, &cal)) < 0)
			return rc;
		memset(&in, 0, sizeof(in));
		in.received = since;
		in.limit.hours_tenths = hours * 10L;
		/* the engine's count forwards: late from the moment the hours
		 * are up (the queue's cutoff says the same backwards) */
		if (since && cal_due(cal, &in, &r, NULL) == 0 && now >= r.due) {
			struct buf b = BUF_INIT;

			cal_format_vi(&b, r.due);
			hdf_set_value(top, "wait_late", "1");
			hdf_set_value(top, "wait_due", buf_str(&b));
			hdf_set_int_value(top, "wait_hours", hours);
			if (hdf_get_value(d, "wait_alerted", NULL))
				hdf_set_value(top, "wait_alerted",
				    hdf_get_value(d, "wait_alerted", ""));
			buf_free(&b);
		}
	}
	return 0;
}

/* --- reception's alert ----------------------------------------------------------- */

struct remind {
	const struct config *cfg;
	long long now;
	checks_mail_fn mail;
	void *ctx;
	struct checks_remind_out *out;
};

/* One mail to each active staff member with role (of agency; 0: any)
 * listing items. */
static int
remind_mail(struct db *db, struct remind *m, const char *role, long long agency,
    HDF *items, const char *link)
{
	HDF *to, *t, *data;
	int rc;

	if (hdf_init(&to))
		abort();
	rc = db_rows(db, to, "T", "SELECT s.email, s.full_name FROM account s JOIN"
	    " account_role r ON r.account_id = s.id AND r.role = ? WHERE"
	    " s.kind = 'staff' AND s.status = 'active' AND s.email IS NOT NULL"
	    " AND (? = 0 OR s.agency_id = ?) ORDER BY s.id", DB_STR(role),
	    DB_INT(agency), DB_INT(agency));
	for (t = rc > 0 ? hdf_get_child(to, "T") : NULL; t && rc >= 0; t = hdf_obj_next(t)) {
		struct buf l = BUF_INIT;

		if (hdf_init(&data))
			abort();
		buf_printf(&l, "%s%s", m->cfg->base_url, link);
		hdf_set_value(data, "Mail.Name", hdf_get_value(t, "full_name", ""));
		hdf_set_value(data, "Mail.Link", buf_str(&l));
		hdf_set_int_value(data, "Mail.Hours",
		    (int)cfg_int(m->cfg, "Reception.MaxWaitHours"));
		hdf_copy(data, "Mail.Items", items);
		rc = m->mail(m->ctx, db, data, "WaitAlert", hdf_get_value(t, "email", ""));
		if (rc >= 0)
			m->out->mails++;
		hdf_destroy(&data);
		buf_free(&l);
	}
	hdf_destroy(&to);
	return rc < 0 ? rc : 0;
}

static int
remind_tx(struct db *db, void *ctx)
{
	struct remind *m = ctx;
	struct calendar cal;
	char cut[24], now[24], key[64];
	long long cutoff, agency = -1;
	HDF *h, *r, *all, *mine = NULL;
	int rc, n = 0, k = 0;

	m->out->dossiers = m->out->mails = 0;
	if ((rc = calendar_ready(db, m->cfg, &cal)) < 0)
		return rc;
	cutoff = checks_wait_cutoff(&cal, m->cfg, m->now);
	cal_free(&cal);
	if (cutoff == 0)
		return 0;
	cal_format_iso(cutoff, cut, sizeof(cut));
	cal_format_iso(m->now, now, sizeof(now));
	if (hdf_init(&h) || hdf_init(&all))
		abort();
	/* candidates by a plain read; each is then taken by an update that
	 * only one run can make (wait_alerted_at still NULL, still new) */
	rc = db_rows(db, h, "C", "SELECT d.id, d.code, d.proc_name, d.agency_id,"
	    " a.name AS agency_name, DATE_FORMAT(COALESCE(d.supplemented_at,"
	    " d.submitted_at), '%H:%i %d/%m/%Y') AS since"
	    " FROM agency a STRAIGHT_JOIN dossier d ON d.agency_id = a.id"
	    " AND " CHECKS_SQL_WAIT_LATE " WHERE d.wait_alerted_at IS NULL"
	    " ORDER BY d.agency_id, d.id LIMIT ?",
	    CHECKS_WAIT_PARAMS(cut), DB_INT(REMIND_MAX));
	for (r = rc > 0 ? hdf_get_child(h, "C") : NULL; r && rc >= 0; r = hdf_obj_next(r)) {
		struct buf link = BUF_INIT;

		rc = db_exec(db, "UPDATE dossier SET wait_alerted_at = ? WHERE id = ?"
		    " AND status = 1 AND wait_alerted_at IS NULL", DB_STR(now),
		    DB_INT(hdf_ll(r, "id")));
		if (rc <= 0)
			continue;	/* another run took it, or it was received */
		m->out->dossiers++;
		/* the leaders of the agency before: theirs is complete */
		if (hdf_ll(r, "agency_id") != agency) {
			if (mine && (rc = remind_mail(db, m, "leader", agency, mine,
			    "/can-bo/phe-duyet")) < 0)
				break;
			if (mine)
				hdf_destroy(&mine);
			if (hdf_init(&mine))
				abort();
			agency = hdf_ll(r, "agency_id");
			k = 0;
		}
		buf_printf(&link, "%s/can-bo/ho-so/%s", m->cfg->base_url,
		    hdf_get_value(r, "code", ""));
		hdf_set_value(r, "link", buf_str(&link));
		buf_free(&link);
		snprintf(key, sizeof(key), "%d", k++);
		hdf_copy(mine, key, r);
		snprintf(key, sizeof(key), "%d", n++);
		hdf_copy(all, key, r);
		rc = 0;
	}
	if (rc >= 0 && mine)
		rc = remind_mail(db, m, "leader", agency, mine, "/can-bo/phe-duyet");
	if (rc >= 0 && n > 0)
		rc = remind_mail(db, m, "province_admin", 0, all, "/can-bo/giam-sat");
	if (mine)
		hdf_destroy(&mine);
	hdf_destroy(&all);
	hdf_destroy(&h);
	return rc < 0 ? rc : 0;
}

int
checks_remind(struct db *db, const struct config *cfg, long long now,
    checks_mail_fn mail, void *ctx, struct checks_remind_out *out)
{
	struct remind m = { cfg, now, mail, ctx, out };

	memset(out, 0, sizeof(*out));
	return db_tx(db, remind_tx, &m);
}
