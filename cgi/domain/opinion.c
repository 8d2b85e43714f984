/* Inter-agency opinions: see opinion.h. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/request.h"
#include "domain/account.h"
#include "domain/calendar.h"
#include "domain/dossier.h"
#include "domain/opinion.h"
#include "domain/workflow.h"

/* The roles that ask (the lead's specialist) and answer (the consulted
 * agency's specialist or leader), for the history's role name. */
#define R_ASK ROLE_BIT(ROLE_SPECIALIST)
#define R_ANSWER ROLES_CONSULT

/* A rejection that leaves nothing: out->result says why (not a db_rc). */
#define OP_ROLLBACK (-310)

int
opinion_facts(struct db *db, long long id, struct opinion_facts *f)
{
	HDF *h;
	int rc;

	memset(f, 0, sizeof(*f));
	if (hdf_init(&h))
		abort();
	rc = db_row(db, h, "O", "SELECT o.id, o.dossier_id, o.agency_id, o.status,"
	    " d.agency_id AS lead_agency_id, d.owner_id, d.code FROM opinion o"
	    " JOIN dossier d ON d.id = o.dossier_id WHERE o.id = ?", DB_INT(id));
	if (rc == 1) {
		f->id = hdf_ll(h, "O.id");
		f->dossier_id = hdf_ll(h, "O.dossier_id");
		f->agency_id = hdf_ll(h, "O.agency_id");
		f->lead_agency_id = hdf_ll(h, "O.lead_agency_id");
		f->owner_id = hdf_ll(h, "O.owner_id");
		snprintf(f->status, sizeof(f->status), "%s", hdf_get_value(h, "O.status", ""));
		snprintf(f->code, sizeof(f->code), "%s", hdf_get_value(h, "O.code", ""));
	}
	hdf_destroy(&h);
	return rc;
}

int
opinion_consulted(struct db *db, long long dossier, long long agency)
{
	long long n = 0;
	int rc = db_int(db, &n, "SELECT COUNT(agency_id) FROM opinion WHERE dossier_id = ?"
	    " AND agency_id = ? AND status IN ('pending', 'answered')",
	    DB_INT(dossier), DB_INT(agency));

	return rc < 0 ? rc : n > 0;
}

/* The step in the dossier's history and the audit record, in the
 * caller's transaction (wf_record). agency: the one that acted. */
static int
record(struct db *db, const struct wf_hooks *h, HDF *d, const char *action,
    unsigned roles, long long agency, const char *note, const char *detail)
{
	struct wf_step st;
	char now[24];

	cal_format_iso(cal_now(), now, sizeof(now));
	memset(&st, 0, sizeof(st));
	st.dossier_id = hdf_ll(d, "id");
	st.owner_id = hdf_ll(d, "owner_id");
	st.at = now;
	st.action = action;
	st.from = st.to = hdf_get_int_value(d, "status", 0);
	st.role = wf_role_name(h->user, roles);
	st.agency_id = agency;
	st.note = note;
	st.detail = detail;
	return wf_record(db, h, &st);
}

/* The dossier's row under its lock (orders everyone acting on it) into
 * h at "D": 1, 0 or db_rc. */
static int
lock_dossier(struct db *db, long long id, HDF *h)
{
	return db_row(db, h, "D", "SELECT id, code, owner_id, agency_id, status,"
	    " clock, due_at FROM dossier WHERE id = ? FOR UPDATE", DB_INT(id));
}

/* --- asking --------------------------------------------------------------------- */

struct ask_tx {
	const struct wf_hooks *h;
	const struct opinion_ask *in;
	struct opinion_out *out;
};

/* The mail to the consulted agency's address (agency row A), with the
 * dossier's facts and the link to the request. */
static int
ask_mail(struct db *db, const struct wf_hooks *h, HDF *row, long long id)
{
	struct buf link = BUF_INIT;
	HDF *data;
	int rc;

	if (h->mail == NULL || !*hdf_get_value(row, "A.email", ""))
		return 0;
	if (hdf_init(&data))
		abort();
	if ((rc = dossier_load(db, hdf_ll(row, "D.id"), data, "Mail.Dossier")) >= 0) {
		buf_printf(&link, "%s/can-bo/y-kien/%lld", h->cfg->base_url, id);
		hdf_set_value(data, "Mail.Name", hdf_get_value(row, "A.name", ""));
		hdf_set_value(data, "Mail.Code", hdf_get_value(row, "D.code", ""));
		hdf_set_value(data, "Mail.Link", buf_str(&link));
		rc = h->mail(h->ctx, db, data, "Opinion", hdf_get_value(row, "A.email", ""));
	}
	buf_free(&link);
	hdf_destroy(&data);
	return rc < 0 ? rc : 0;
}

static int
ask_tx(struct db *db, void *ctx)
{
	struct ask_tx *a = ctx;
	const struct opinion_ask *in = a->in;
	struct opinion_out *out = a->out;
	struct calendar cal;
	struct cal_input ci;
	struct cal_result cr;
	struct buf explain = BUF_INIT;
	char now[24], due[24];
	long long t = cal_now(), id = 0, dossier_due;
	int after;
	HDF *row;
	int rc;

	out->result = OP_DONE;
	out->id = 0;
	if (hdf_init(&row))
		abort();
	if ((rc = lock_dossier(db, in->dossier_id, row)) <= 0) {
		out->result = OP_NOT_FOUND;
		goto out;
	}
	/* the same form posted again: the request it made (locking reads:
	 * what is committed now, not this transaction's snapshot) */
	rc = db_int(db, &id, "SELECT id FROM opinion WHERE dossier_id = ? AND"
	    " ask_token = ? LOCK IN SHARE MODE", DB_INT(in->dossier_id), DB_STR(in->token));
	if (rc != 0) {
		out->result = OP_ALREADY;
		out->id = id;
		goto out;
	}
	if (hdf_get_int_value(row, "D.status", 0) != DS_PROCESSING) {
		out->result = OP_WRONG_STATUS;
		goto out;
	}
	if (in->question == NULL || *in->question == '\0' || in->days < 1 ||
	    in->days > OPINION_DAYS_MAX || in->token == NULL) {
		out->result = OP_BAD_INPUT;
		goto out;
	}
	rc = db_row(db, row, "A", "SELECT id, code, name, email FROM agency WHERE"
	    " code = ? AND status = 'active'", DB_STR(in->agency_code ? in->agency_code : ""));
	if (rc <= 0 || hdf_ll(row, "A.id") == hdf_ll(row, "D.agency_id")) {
		out->result = OP_BAD_AGENCY;
		goto out;
	}
	rc = db_int(db, &id, "SELECT id FROM opinion WHERE dossier_id = ? AND"
	    " agency_id = ? AND status = 'pending' LOCK IN SHARE MODE", DB_INT(in->dossier_id),
	    DB_INT(hdf_ll(row, "A.id")));
	if (rc != 0) {
		out->result = OP_PENDING_TWICE;
		goto out;
	}
	/* its own deadline: working days from now, as the engine counts */
	if ((rc = calendar_ready(db, a->h->cfg, &cal)) < 0)
		goto out;
	memset(&ci, 0, sizeof(ci));
	ci.received = t;
	ci.limit.days_tenths = in->days * 10;
	rc = cal_due(&cal, &ci, &cr, &explain);
	cal_free(&cal);
	if (rc != 0) {
		rc = DB_ERR;	/* the engine found no working day in sight */
		goto out;
	}
	/* no later than the dossier, unless a reason says why */
	dossier_due = strcmp(hdf_get_value(row, "D.clock", ""), "running") == 0 ?
	    cal_hdf_time(row, "D.due_at") : 0;
	after = dossier_due && cr.due > dossier_due;
	if (after && (in->due_reason == NULL || *in->due_reason == '\0')) {
		out->result = OP_NEED_REASON;
		goto out;
	}
	cal_format_iso(t, now, sizeof(now));
	cal_format_iso(cr.due, due, sizeof(due));
	rc = db_exec(db, "INSERT INTO opinion (dossier_id, agency_id, asked_by, asked_at,"
	    " ask_token, question, days, due_at, due_explain, due_reason) VALUES (?, ?,"
	    " ?, ?, ?, ?, ?, ?, ?, ?)", DB_INT(in->dossier_id), DB_INT(hdf_ll(row, "A.id")),
	    DB_INT(a->h->user->id), DB_STR(now), DB_STR(in->token), DB_STR(in->question),
	    DB_INT(in->days), DB_STR(due), DB_STR(buf_str(&explain)),
	    DB_STR(after ? in->due_reason : NULL));
	if (rc < 0)
		goto out;
	out->id = db_insert_id(db);
	/* the dossier page reads requests only when there are some */
	if ((rc = db_exec(db, "UPDATE dossier SET opinions = opinions + 1 WHERE id = ?",
	    DB_INT(in->dossier_id))) < 0)
		goto out;
	{
		char detail[96];

		snprintf(detail, sizeof(detail), "%s opinion %lld %s",
		    hdf_get_value(row, "D.code", ""), out->id, hdf_get_value(row, "A.code", ""));
		rc = record(db, a->h, hdf_get_obj(row, "D"), "opinion_ask", R_ASK,
		    hdf_ll(row, "D.agency_id"), hdf_get_value(row, "A.name", ""), detail);
	}
	if (rc == 0)
		rc = ask_mail(db, a->h, row, out->id);
out:
	hdf_destroy(&row);
	buf_free(&explain);
	return rc < 0 ? rc : 0;
}

int
opinion_ask(struct db *db, const struct wf_hooks *h, const struct opinion_ask *in,
    struct opinion_out *out)
{
	struct ask_tx a = { h, in, out };

	memset(out, 0, sizeof(*out));
	return db_tx(db, ask_tx, &a);
}

/* --- answering and withdrawing ------------------------------------------------------- */

struct change_tx {
	const struct wf_hooks *h;
	const struct opinion_answer *in;	/* NULL: withdraw */
	long long id;
	struct opinion_out *out;
};

static int
change_tx(struct db *db, void *ctx)
{
	struct change_tx *c = ctx;
	const struct opinion_answer *in = c->in;
	const struct user *u = c->h->user;
	char now[24], detail[96];
	long long dossier = 0;
	HDF *row;
	int rc;

	c->out->result = OP_DONE;
	c->out->id = c->id;
	if (hdf_init(&row))
		abort();
	/* the dossier's lock first, as everyone acting on it takes it */
	rc = db_int(db, &dossier, "SELECT dossier_id FROM opinion WHERE id = ?",
	    DB_INT(c->id));
	if (rc > 0)
		rc = lock_dossier(db, dossier, row);
	if (rc > 0)
		rc = db_row(db, row, "O", "SELECT o.status, o.agency_id, g.code, g.name"
		    " FROM opinion o JOIN agency g ON g.id = o.agency_id WHERE o.id = ?"
		    " FOR UPDATE", DB_INT(c->id));
	if (rc <= 0) {
		c->out->result = OP_NOT_FOUND;
		goto out;
	}
	if (strcmp(hdf_get_value(row, "O.status", ""), "pending") != 0) {
		c->out->result = OP_NOT_PENDING;
		goto out;
	}
	if (in && (in->reply == NULL || *in->reply == '\0')) {
		c->out->result = OP_BAD_INPUT;
		goto out;
	}
	cal_format_iso(cal_now(), now, sizeof(now));
	if (in)
		rc = db_exec(db, "UPDATE opinion SET status = 'answered', reply = ?,"
		    " reply_sha256 = ?, reply_size = ?, reply_mime = ?, reply_ext = ?,"
		    " reply_name = ?, answered_by = ?, answered_at = ? WHERE id = ? AND"
		    " status = 'pending'", DB_STR(in->reply), DB_STR(in->file_sha256),
		    in->file_sha256 ? DB_INT(in->file_size) : DB_NULL, DB_STR(in->file_mime),
		    DB_STR(in->file_ext), DB_STR(in->file_name), DB_INT(u->id), DB_STR(now),
		    DB_INT(c->id));
	else
		rc = db_exec(db, "UPDATE opinion SET status = 'withdrawn', withdrawn_by = ?,"
		    " withdrawn_at = ? WHERE id = ? AND status = 'pending'", DB_INT(u->id),
		    DB_STR(now), DB_INT(c->id));
	if (rc < 0)
		goto out;
	if (rc == 0) {
		/* cannot happen under the row lock; refuse rather than guess */
		c->out->result = OP_NOT_PENDING;
		rc = OP_ROLLBACK;
		goto out;
	}
	snprintf(detail, sizeof(detail), "%s opinion %lld %s", hdf_get_value(row, "D.code", ""),
	    c->id, hdf_get_value(row, "O.code", ""));
	/* the answer is the consulted agency's step; a withdrawal the lead's */
	rc = record(db, c->h, hdf_get_obj(row, "D"), in ? "opinion_answer" : "opinion_withdraw",
	    in ? R_ANSWER : R_ASK, in ? hdf_ll(row, "O.agency_id") :
	    hdf_ll(row, "D.agency_id"), in ? NULL : hdf_get_value(row, "O.name", ""), detail);
out:
	hdf_destroy(&row);
	return rc < 0 ? rc : 0;
}

static int
change(struct db *db, const struct wf_hooks *h, const struct opinion_answer *in,
    long long id, struct opinion_out *out)
{
	struct change_tx c = { h, in, id, out };
	int rc;

	memset(out, 0, sizeof(*out));
	rc = db_tx(db, change_tx, &c);
	return rc == OP_ROLLBACK ? 0 : rc;
}

int
opinion_withdraw(struct db *db, const struct wf_hooks *h, long long id,
    struct opinion_out *out)
{
	return change(db, h, NULL, id, out);
}

int
opinion_answer(struct db *db, const struct wf_hooks *h,
    const struct opinion_answer *in, struct opinion_out *out)
{
	return change(db, h, in, in->id, out);
}

/* --- agencies merged or closed -------------------------------------------------------- */

int
opinion_close_merged(struct db *db, const struct wf_hooks *h, long long gone,
    long long succ)
{
	char now[24], detail[160], k[32];
	HDF *t, *row;
	int rc, i, n, closed = 0;

	if (hdf_init(&t))
		abort();
	/* the successor asking itself: a dossier it holds now (its own, or
	 * the closed agency's handed over) asking it or the closed agency;
	 * and a request to the closed agency on a dossier that asks the
	 * successor already (one pending request per agency and dossier) */
	n = rc = db_rows(db, t, "O", "SELECT o.id, o.dossier_id FROM opinion o"
	    " JOIN dossier d ON d.id = o.dossier_id WHERE o.status = 'pending' AND"
	    " ((o.agency_id IN (?, ?) AND d.agency_id = ?) OR (o.agency_id = ? AND EXISTS"
	    " (SELECT 1 FROM opinion p WHERE p.dossier_id = o.dossier_id AND p.agency_id = ?"
	    " AND p.status = 'pending'))) ORDER BY o.dossier_id, o.id",
	    DB_INT(gone), DB_INT(succ), DB_INT(succ), DB_INT(gone), DB_INT(succ));
	cal_format_iso(cal_now(), now, sizeof(now));
	for (i = 0; rc >= 0 && i < n; i++) {
		long long id;

		snprintf(k, sizeof(k), "O.%d.id", i);
		id = hdf_ll(t, k);
		snprintf(k, sizeof(k), "O.%d.dossier_id", i);
		if (hdf_init(&row))
			abort();
		/* the dossier's lock first, as everyone acting on it takes it */
		if ((rc = lock_dossier(db, hdf_ll(t, k), row)) > 0 &&
		    (rc = db_row(db, row, "O", "SELECT o.status, g.code, g.name FROM opinion o"
		    " JOIN agency g ON g.id = o.agency_id WHERE o.id = ? FOR UPDATE",
		    DB_INT(id))) > 0 && strcmp(hdf_get_value(row, "O.status", ""), "pending") == 0 &&
		    (rc = db_exec(db, "UPDATE opinion SET status = 'withdrawn', withdrawn_by = ?,"
		    " withdrawn_at = ? WHERE id = ? AND status = 'pending'", DB_INT(h->user->id),
		    DB_STR(now), DB_INT(id))) > 0) {
			/* a withdrawal's step and audit record, by the decider
			 * of the change, for the agency now holding the dossier */
			snprintf(detail, sizeof(detail), "%s opinion %lld %s; agency %lld merged"
			    " into %lld: no longer needed", hdf_get_value(row, "D.code", ""), id,
			    hdf_get_value(row, "O.code", ""), gone, succ);
			rc = record(db, h, hdf_get_obj(row, "D"), "opinion_withdraw",
			    h->user->roles, hdf_ll(row, "D.agency_id"),
			    hdf_get_value(row, "O.name", ""), detail);
			if (rc >= 0)
				closed++;
		}
		hdf_destroy(&row);
	}
	hdf_destroy(&t);
	return rc < 0 ? rc : closed;
}

/* --- for pages ----------------------------------------------------------------------- */

#define OP_COLS "SELECT o.id, o.dossier_id, o.status, o.question, o.days, o.reply," \
	" o.reply_name, o.reply_size, o.reply_sha256 IS NOT NULL AS has_file, o.due_at," \
	" o.due_reason," \
	" o.answered_at > o.due_at AS answered_late," \
	" DATE_FORMAT(o.asked_at, '%H:%i %d/%m/%Y') AS asked," \
	" DATE_FORMAT(o.due_at, '%H:%i %d/%m/%Y') AS due, o.due_explain," \
	" DATE_FORMAT(o.answered_at, '%H:%i %d/%m/%Y') AS answered," \
	" DATE_FORMAT(o.withdrawn_at, '%H:%i %d/%m/%Y') AS withdrawn," \
	" g.code AS agency_code, g.name AS agency_name, d.code, d.proc_code," \
	" d.proc_name, d.status AS dossier_status, l.name AS lead_name" \
	" FROM opinion o JOIN agency g ON g.id = o.agency_id" \
	" JOIN dossier d ON d.id = o.dossier_id JOIN agency l ON l.id = d.agency_id "

/* Time left (pending rows) on n rows under prefix, or on the one row
 * at prefix when one. Returns n or a db_rc. */
static int
with_time_left(struct db *db, const struct config *cfg, long long now, HDF *hdf,
    const char *prefix, int n, int one)
{
	const struct calendar *cal;
	HDF *top = hdf_get_obj(hdf, prefix), *c;
	int rc;

	if (n <= 0)
		return n;
	/* a display: the process's calendar, as the queues use it */
	if ((rc = calendar_view(db, cfg, &cal)) < 0)
		return rc;
	for (c = one ? top : hdf_obj_child(top); c; c = one ? NULL : hdf_obj_next(c))
		if (strcmp(hdf_get_value(c, "status", ""), "pending") == 0)
			cal_time_left(cal, now, cal_hdf_time(c, "due_at"), c);
	return n;
}

int
opinion_list(struct db *db, const struct config *cfg, long long dossier,
    long long viewer, long long now, HDF *hdf, const char *prefix)
{
	int n = db_rows(db, hdf, prefix, OP_COLS "WHERE o.dossier_id = ? AND"
	    " (d.agency_id = ? OR o.agency_id = ?) ORDER BY o.id", DB_INT(dossier),
	    DB_INT(viewer), DB_INT(viewer));

	return with_time_left(db, cfg, now, hdf, prefix, n, 0);
}

int
opinion_queue(struct db *db, const struct config *cfg, long long agency,
    long long now, HDF *hdf, const char *prefix)
{
	int n = db_rows(db, hdf, prefix, OP_COLS "WHERE o.agency_id = ?"
	    " ORDER BY o.status <> 'pending', IF(o.status = 'pending', o.due_at, NULL),"
	    " o.id DESC LIMIT 200", DB_INT(agency));

	return with_time_left(db, cfg, now, hdf, prefix, n, 0);
}

int
opinion_get(struct db *db, const struct config *cfg, long long id, long long now,
    HDF *hdf, const char *prefix)
{
	int n = db_row(db, hdf, prefix, OP_COLS "WHERE o.id = ?", DB_INT(id));

	return with_time_left(db, cfg, now, hdf, prefix, n, 1);
}

int
opinion_fit(struct db *db, const struct config *cfg, long long dossier,
    long long now, HDF *hdf, const char *prefix)
{
	const struct calendar *cal;
	struct buf b = BUF_INIT;
	long long due, fit;
	char key[96];
	HDF *h;
	int rc;

	if (hdf_init(&h))
		abort();
	rc = db_row(db, h, "D", "SELECT clock, due_at FROM dossier WHERE id = ?",
	    DB_INT(dossier));
	due = rc == 1 && strcmp(hdf_get_value(h, "D.clock", ""), "running") == 0 ?
	    cal_hdf_time(h, "D.due_at") : 0;
	hdf_destroy(&h);
	if (rc < 0 || due == 0)
		return rc < 0 ? rc : 0;
	if ((rc = calendar_view(db, cfg, &cal)) < 0)
		return rc;
	/* the most working days that, asked now, are due no later than the
	 * dossier by the engine's own count, the one opinion_ask judges the
	 * request by (the working time left divided by a day's length once
	 * proposed a day too many, at 14:29 in Vietnam: the engine's rules
	 * for where a count starts are its own) */
	for (fit = 0; fit < OPINION_DAYS_MAX; fit++) {
		struct cal_input ci;
		struct cal_result cr;

		memset(&ci, 0, sizeof(ci));
		ci.received = now;
		ci.limit.days_tenths = (long)(fit + 1) * 10;
		if (cal_due(cal, &ci, &cr, NULL) != 0 || cr.due > due)
			break;
	}
	cal_format_vi(&b, due);
	snprintf(key, sizeof(key), "%s.due", prefix);
	hdf_set_value(hdf, key, buf_str(&b));
	snprintf(key, sizeof(key), "%s.fit", prefix);
	hdf_set_int_value(hdf, key, (int)fit);
	buf_free(&b);
	return 0;
}

int
opinion_agencies(struct db *db, long long dossier, HDF *hdf, const char *prefix)
{
	return db_rows(db, hdf, prefix, "SELECT a.code, a.name, EXISTS (SELECT 1 FROM"
	    " proc_agency pa JOIN proc p ON p.id = pa.proc_id WHERE pa.agency_id = a.id"
	    " AND pa.role = 'coordinating' AND p.code = d.proc_code) AS coordinating"
	    " FROM agency a JOIN dossier d ON d.id = ? WHERE a.status = 'active'"
	    " AND a.id <> d.agency_id ORDER BY coordinating DESC, a.name",
	    DB_INT(dossier));
}

int
opinion_file_get(struct db *db, long long id, HDF *hdf)
{
	return db_row(db, hdf, "File", "SELECT reply_sha256 AS sha256, reply_ext AS ext,"
	    " reply_name AS name, reply_mime AS mime, reply_size AS size FROM opinion"
	    " WHERE id = ? AND reply_sha256 IS NOT NULL", DB_INT(id));
}
