/* Staff queues, the control sheet (Form 05) and the tracking book (Form
 * 06): see queue.h. The SQL is fixed text; filters that are off compare
 * a parameter with itself's neutral value, and MariaDB folds those at
 * execution, so each query keeps the index of its real conditions
 * (measured in docs/benchmarks.md, "Back office"). */
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
#include "domain/queue.h"

const char *const queue_due_slugs[] = { "dung-han", "sap-het-han", "qua-han", NULL };

void
queue_query_init(struct queue_query *qq, long long agency, const int *statuses,
    size_t n)
{
	size_t i;

	memset(qq, 0, sizeof(*qq));
	qq->agency = agency;
	if (n > QUEUE_STATUSES_MAX)
		n = QUEUE_STATUSES_MAX;
	for (i = 0; i < n; i++)
		qq->statuses[i] = statuses[i];
	qq->nstatuses = n;
	qq->limit = QUEUE_PAGE;
}

/* "YYYYMMDDHHMMSS-id" */
static int
cursor_parse(const char *s, long long *at, long long *id)
{
	int y, mo, d, h, mi, se;
	long long i;
	char tail;

	if (s == NULL || strlen(s) < 16 || s[14] != '-')
		return -1;
	if (sscanf(s, "%4d%2d%2d%2d%2d%2d-%lld%c", &y, &mo, &d, &h, &mi, &se, &i,
	    &tail) != 7 || i <= 0 || !cal_date_valid(y, mo, d) || h > 23 || mi > 59 ||
	    se > 59 || h < 0 || mi < 0 || se < 0)
		return -1;
	*at = cal_time(y, mo, d, h, mi, se);
	*id = i;
	return 0;
}

void
queue_query_set(struct queue_query *qq, const char *proc, const char *due,
    const char *q, const char *after)
{
	int i;

	if (proc && *proc)
		qq->proc_code = proc;
	if (due && *due)
		for (i = 0; queue_due_slugs[i]; i++)
			if (strcmp(due, queue_due_slugs[i]) == 0)
				qq->due = (enum queue_due)(QD_ON_TIME + i);
	if (q && *q)
		qq->q = q;
	if (after && *after && cursor_parse(after, &qq->after_at, &qq->after_id) != 0)
		qq->after_at = qq->after_id = 0;
}

int
queue_list(struct db *db, const struct config *cfg, const struct queue_query *qq,
    long long now, HDF *hdf, const char *prefix)
{
	const struct calendar *cal;
	struct cal_input in;
	struct cal_result res;
	char snow[24], ssoon[24], safter[24], swait[24], key[128];
	int st[QUEUE_STATUSES_MAX], limit, rc, n;
	long long soon;
	size_t i;
	HDF *c, *last = NULL;

	if (qq->nstatuses == 0)
		return 0;
	for (i = 0; i < QUEUE_STATUSES_MAX; i++)
		st[i] = qq->statuses[i < qq->nstatuses ? i : 0];
	limit = qq->limit < 1 || qq->limit > 200 ? QUEUE_PAGE : qq->limit;
	if ((rc = calendar_view(db, cfg, &cal)) < 0)
		return rc;
	/* due soon: before the due date of a one-day limit received now */
	memset(&in, 0, sizeof(in));
	in.received = now;
	in.limit.days_tenths = 10;
	soon = cal_due(cal, &in, &res, NULL) == 0 && res.due > now ? res.due :
	    now + 86400;
	cal_format_iso(now, snow, sizeof(snow));
	cal_format_iso(soon, ssoon, sizeof(ssoon));
	cal_format_iso(qq->after_id ? qq->after_at : 0, safter, sizeof(safter));
	/* late to receive: waiting since at or before this (domain/checks.h);
	 * nothing can be when the calendar has no working time in sight */
	if ((rc = checks_wait_cut(db, cfg, now, swait, sizeof(swait))) < 0)
		return rc;

	/* the agency's procedures, for the filter (the catalogue's list), by
	 * code: sorting long names by collation cost 7 ms over 110 rows */
	snprintf(key, sizeof(key), "%sProcs", prefix);
	if ((rc = db_rows(db, hdf, key, "SELECT p.code, p.name FROM proc_agency pa"
	    " JOIN proc p ON p.id = pa.proc_id WHERE pa.agency_id = ?"
	    " AND pa.role = 'implementing' ORDER BY p.code",
	    DB_INT(qq->agency))) < 0)
		goto out;

	/* one more row than shown: whether there is a next page */
	n = db_rows(db, hdf, prefix, "SELECT d.id, d.code, d.proc_code, d.proc_name,"
	    " d.status, d.applicant_name, d.version, d.supplemented_at IS NOT NULL"
	    " AND d.status = 1 AS supplemented,"
	    " " DOSSIER_PAPER_AWAITED_SQL " AS paper_awaited,"
	    " DATE_FORMAT(d.submitted_at, '%H:%i %d/%m/%Y') AS submitted,"
	    " DATE_FORMAT(d.due_at, '%H:%i %d/%m/%Y') AS due,"
	    " d.due_at, d.handover_due_at, d.queue_at, d.clock,"
	    " " CHECKS_SQL_WAIT_LATE " AS wait_late" CHECKS_SQL_MARKS
	    " FROM dossier d WHERE d.agency_id = ? AND d.status IN (?, ?, ?, ?, ?)"
	    " AND (? = '' OR d.proc_code = ?)"
	    " AND (? = 0 OR " DOSSIER_PAPER_AWAITED_SQL ")"
	    " AND (? = 0 OR (d.clock = 'running' AND ("
	    "   (? = 1 AND d.due_at >= ?) OR (? = 2 AND d.due_at >= ? AND d.due_at < ?)"
	    "   OR (? = 3 AND d.due_at < ?))))"
	    " AND (? = '' OR d.code = ? OR d.applicant_name LIKE CONCAT('%', ?, '%'))"
	    " AND (? = 0 OR (d.queue_at >= ? AND (d.queue_at > ? OR d.id > ?)))"
	    " ORDER BY d.queue_at, d.id LIMIT ?",
	    CHECKS_WAIT_PARAMS(swait), DB_INT(qq->agency), DB_INT(st[0]), DB_INT(st[1]), DB_INT(st[2]),
	    DB_INT(st[3]), DB_INT(st[4]), DB_STR(qq->proc_code ? qq->proc_code : ""),
	    DB_STR(qq->proc_code ? qq->proc_code : ""), DB_INT(qq->paper ? 1 : 0),
	    DB_INT(qq->due), DB_INT(qq->due), DB_STR(ssoon), DB_INT(qq->due),
	    DB_STR(snow), DB_STR(ssoon), DB_INT(qq->due), DB_STR(snow),
	    DB_STR(qq->q ? qq->q : ""), DB_STR(qq->q ? qq->q : ""),
	    DB_STR(qq->q ? qq->q : ""),
	    DB_INT(qq->after_id), DB_STR(safter), DB_STR(safter), DB_INT(qq->after_id),
	    DB_INT(limit + 1));
	if (n < 0) {
		rc = n;
		goto out;
	}
	i = 0;
	for (c = hdf_obj_child(hdf_get_obj(hdf, prefix)); c; ) {
		HDF *next = hdf_obj_next(c);
		long long t;
		const char *kind = "handover";

		if ((int)i == limit) {
			/* the extra row: the next page starts after the last shown */
			char cur[64];
			const char *qa = hdf_get_value(last, "queue_at", "");
			size_t k = 0;

			for (; *qa && k < 14; qa++)
				if (*qa >= '0' && *qa <= '9')
					cur[k++] = *qa;
			snprintf(cur + k, sizeof(cur) - k, "-%lld", hdf_ll(last, "id"));
			snprintf(key, sizeof(key), "%sMore", prefix);
			if (k == 14)
				hdf_set_value(hdf, key, cur);
			snprintf(key, sizeof(key), "%s.%s", prefix, hdf_obj_name(c));
			hdf_remove_tree(hdf, key);
			break;
		}
		i++;
		last = c;
		t = cal_hdf_time(c, "handover_due_at");
		if (hdf_get_int_value(c, "status", 0) != DS_RECEIVED || t == 0) {
			t = cal_hdf_time(c, "due_at");
			kind = "due";
		}
		if (t && strcmp(hdf_get_value(c, "clock", ""), "running") == 0) {
			long long due = cal_hdf_time(c, "due_at");

			cal_time_left(cal, now, t, c);
			hdf_set_value(c, "left_kind", kind);
			hdf_set_value(c, "due_state", due == 0 ? "" : due < now ? "late" :
			    due < soon ? "soon" : "ok");
		}
		c = next;
	}
	rc = (int)i;
out:
	return rc;
}

int
queue_counts(struct db *db, long long agency, unsigned lists, HDF *hdf,
    const char *prefix)
{
	/* the statuses the wanted lists read, -1 for none: a specialist's
	 * page does not count the returned dossiers, which only grow */
	int st[6] = { -1, -1, -1, -1, -1, -1 };

	if (lists & QC_RECEPTION) {
		st[0] = DS_NEW;
		st[1] = DS_RECEIVED;
	}
	if (lists & (QC_PROCESSING | QC_APPROVAL))
		st[2] = DS_PROCESSING;
	if (lists & QC_APPROVAL) {
		st[1] = DS_RECEIVED;
		st[3] = DS_WITHDRAWING;
	}
	if (lists & QC_RETURN) {
		st[4] = DS_DONE;
		st[5] = DS_RETURNED;
	}
	/* each sum is the WHERE of its list: reception's default view
	 * (pages/office.c p_queue), wf_worklist's 's', 'l' and 'r' */
	return db_row(db, hdf, prefix, "SELECT"
	    " COALESCE(SUM(? AND d.status IN (1, 2)), 0) AS reception,"
	    " COALESCE(SUM(? AND d.status = 4 AND d.proposal_action IS NULL), 0) AS processing,"
	    " COALESCE(SUM(? AND ((d.status IN (2, 4) AND d.proposal_action IS NOT NULL)"
	    "  OR d.status = 7)), 0) AS approval,"
	    " COALESCE(SUM(? AND (d.status = 9 OR (d.status = 10 AND d.collected_at IS NULL"
	    "  AND d.return_method <> 'online'))), 0) AS `return`"
	    " FROM dossier d WHERE d.agency_id = ? AND d.status IN (?, ?, ?, ?, ?, ?)",
	    DB_INT((lists & QC_RECEPTION) != 0), DB_INT((lists & QC_PROCESSING) != 0),
	    DB_INT((lists & QC_APPROVAL) != 0), DB_INT((lists & QC_RETURN) != 0),
	    DB_INT(agency), DB_INT(st[0]), DB_INT(st[1]), DB_INT(st[2]), DB_INT(st[3]),
	    DB_INT(st[4]), DB_INT(st[5]));
}

int
queue_control_sheet(struct db *db, long long id, HDF *hdf, const char *prefix)
{
	char key[128];
	int rc;

	rc = db_row(db, hdf, prefix, "SELECT d.id, d.code, d.proc_code, d.proc_name,"
	    " d.status, d.applicant_name, d.applicant_address, d.applicant_phone,"
	    " g.name AS agency_name,"
	    " DATE_FORMAT(d.submitted_at, '%H:%i %d/%m/%Y') AS submitted,"
	    " DATE_FORMAT(d.received_at, '%H:%i %d/%m/%Y') AS received,"
	    " DATE_FORMAT(d.due_at, '%H:%i %d/%m/%Y') AS due,"
	    /* an extension moved it: the date Form 01 promised */
	    " IF(d.first_due_at <> d.due_at, DATE_FORMAT(d.first_due_at,"
	    "   '%H:%i %d/%m/%Y'), NULL) AS first_due, d.extensions, d.timeliness,"
	    " DATE_FORMAT(d.handed_over_at, '%H:%i %d/%m/%Y') AS handed_over,"
	    " DATE_FORMAT((SELECT MIN(e.at) FROM dossier_event e WHERE e.dossier_id = d.id"
	    "   AND e.status_to = 9), '%H:%i %d/%m/%Y') AS finished,"
	    " DATE_FORMAT(COALESCE(d.collected_at, (SELECT MIN(e.at) FROM dossier_event e"
	    "   WHERE e.dossier_id = d.id AND e.status_to = 10)), '%H:%i %d/%m/%Y') AS returned"
	    " FROM dossier d JOIN agency g ON g.id = d.agency_id"
	    " WHERE d.id = ? AND d.status <> 0", DB_INT(id));
	if (rc <= 0)
		return rc;
	snprintf(key, sizeof(key), "%s.Steps", prefix);
	rc = db_rows(db, hdf, key, "SELECT ROW_NUMBER() OVER (ORDER BY e.id) AS no,"
	    " e.action, e.status_from, e.status_to,"
	    " e.actor_role, e.note, g.name AS agency_name,"
	    " DATE_FORMAT(e.at, '%H:%i %d/%m/%Y') AS at FROM dossier_event e"
	    " LEFT JOIN agency g ON g.id = e.agency_id WHERE e.dossier_id = ?"
	    " ORDER BY e.id", DB_INT(id));
	return rc < 0 ? rc : 1;
}

void
queue_csv_cell(struct buf *out, const char *s)
{
	const char *p;
	int quote = 0, formula;

	if (s == NULL)
		s = "";
	formula = *s == '=' || *s == '+' || *s == '-' || *s == '@' || *s == '\t' ||
	    *s == '\r';
	for (p = s; *p; p++)
		if (*p == '"' || *p == ',' || *p == '\n' || *p == '\r' || *p == ';')
			quote = 1;
	if (!quote && !formula) {
		buf_adds(out, s);
		return;
	}
	buf_addc(out, '"');
	if (formula)
		buf_addc(out, '\'');
	for (p = s; *p; p++) {
		if (*p == '"')
			buf_addc(out, '"');
		buf_addc(out, *p);
	}
	buf_addc(out, '"');
}

int
queue_book_csv(struct db *db, long long agency, long from, long to, HDF *lang,
    struct buf *out)
{
	static const char *const cols[] = { "no", "code", "proc_code", "proc_name",
		"applicant", "address", "phone", "submitted", "received", "due",
		"handed_over", "finished", "returned", "status", "note", NULL };
	static const char *const fields[] = { NULL, "code", "proc_code", "proc_name",
		"applicant_name", "applicant_address", "applicant_phone", "submitted",
		"received", "due", "handed_over", "finished", "returned", NULL, NULL };
	char sfrom[24], sto[24], key[96];
	HDF *h, *r;
	int i, n, no = 0;

	cal_format_iso((long long)from * 86400, sfrom, sizeof(sfrom));
	cal_format_iso((long long)(to + 1) * 86400, sto, sizeof(sto));
	if (hdf_init(&h))
		abort();
	n = db_rows(db, h, "R", "SELECT d.code, d.proc_code, d.proc_name, d.status,"
	    " d.applicant_name, d.applicant_address, d.applicant_phone, d.clock,"
	    " d.due_at, d.collected_at,"
	    " DATE_FORMAT(d.submitted_at, '%d/%m/%Y %H:%i') AS submitted,"
	    " DATE_FORMAT(d.received_at, '%d/%m/%Y %H:%i') AS received,"
	    " DATE_FORMAT(d.due_at, '%d/%m/%Y %H:%i') AS due,"
	    " DATE_FORMAT(d.handed_over_at, '%d/%m/%Y %H:%i') AS handed_over,"
	    " DATE_FORMAT(f.at, '%d/%m/%Y %H:%i') AS finished,"
	    " d.timeliness,"
	    " (SELECT e.note FROM dossier_event e WHERE e.dossier_id = d.id AND"
	    "   e.action = 'stop' ORDER BY e.id DESC LIMIT 1) AS stop_note,"
	    " DATE_FORMAT(COALESCE(d.collected_at, (SELECT MIN(e.at) FROM dossier_event e"
	    "   WHERE e.dossier_id = d.id AND e.status_to = 10)), '%d/%m/%Y %H:%i') AS returned"
	    " FROM dossier d LEFT JOIN (SELECT e.dossier_id, MIN(e.at) AS at"
	    "   FROM dossier_event e JOIN dossier x ON x.id = e.dossier_id"
	    "   WHERE x.agency_id = ? AND x.submitted_at >= ? AND x.submitted_at < ?"
	    "   AND e.status_to = 9 GROUP BY e.dossier_id) f ON f.dossier_id = d.id"
	    " WHERE d.agency_id = ? AND d.submitted_at >= ? AND d.submitted_at < ?"
	    " ORDER BY d.submitted_at, d.id",
	    DB_INT(agency), DB_STR(sfrom), DB_STR(sto), DB_INT(agency), DB_STR(sfrom),
	    DB_STR(sto));
	if (n < 0) {
		hdf_destroy(&h);
		return n;
	}
	buf_adds(out, "\xEF\xBB\xBF");
	for (i = 0; cols[i]; i++) {
		snprintf(key, sizeof(key), "Report.Col.%s", cols[i]);
		if (i)
			buf_addc(out, ',');
		queue_csv_cell(out, hdf_get_value(lang, key, cols[i]));
	}
	buf_adds(out, "\r\n");
	for (r = hdf_obj_child(hdf_get_obj(h, "R")); r; r = hdf_obj_next(r)) {
		char num[24];

		snprintf(num, sizeof(num), "%d", ++no);
		for (i = 0; cols[i]; i++) {
			if (i)
				buf_addc(out, ',');
			if (i == 0)
				buf_adds(out, num);
			else if (fields[i])
				queue_csv_cell(out, hdf_get_value(r, fields[i], ""));
			else if (strcmp(cols[i], "status") == 0) {
				snprintf(key, sizeof(key), "Dossier.St.%d",
				    hdf_get_int_value(r, "status", 0));
				queue_csv_cell(out, hdf_get_value(lang, key, ""));
			} else if (hdf_get_value(r, "stop_note", NULL)) {
				/* stopped (dừng giải quyết): why */
				struct buf note = BUF_INIT;

				buf_printf(&note, "%s %s", hdf_get_value(lang, "Report.Stopped", ""),
				    hdf_get_value(r, "stop_note", ""));
				queue_csv_cell(out, buf_str(&note));
				buf_free(&note);
			} else {
				/* early, on time or late as decided when it was
				 * settled (workflow.c classify) */
				const char *tl = hdf_get_value(r, "timeliness", "");
				const char *note = strcmp(tl, "late") == 0 ? "Report.Late" :
				    strcmp(tl, "on_time") == 0 ? "Report.OnTime" :
				    strcmp(tl, "early") == 0 ? "Report.Early" : NULL;

				queue_csv_cell(out, note ? hdf_get_value(lang, note, "") : "");
			}
		}
		buf_adds(out, "\r\n");
	}
	hdf_destroy(&h);
	return n;
}

int
queue_book_own(struct db *db, long long agency, const char *code)
{
	long long n = 0;
	int rc = db_int(db, &n, "SELECT COUNT(*) FROM agency WHERE id = ? AND code = ?",
	    DB_INT(agency), DB_STR(code));

	return rc < 0 ? rc : n > 0;
}
