/* The catalogue editor's drafts and versions. See catalog_edit.h. */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "core/buf.h"
#include "core/db.h"
#include "domain/catalog.h"
#include "domain/catalog_edit.h"
#include "domain/catalog_import.h"
#include "domain/catalog_validate.h"
#include "domain/scheme.h"

/* JSON kept in the database: keys in the record's order, compact */
static char *
dump(json_t *j)
{
	return json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);
}

static void
add_agency(struct cedit *e, long long id)
{
	size_t i;

	for (i = 0; i < e->nagencies; i++)
		if (e->agencies[i] == id)
			return;
	if (id > 0 && e->nagencies < CEDIT_MAX_AGENCIES)
		e->agencies[e->nagencies++] = id;
}

/* The implementing agencies' ids of a record, into e->agencies. */
static int
implementing(struct db *db, struct cedit *e, json_t *body)
{
	json_t *l = json_object_get(json_object_get(body, "agencies"), "implementing"), *c;
	size_t i;
	int rc;

	json_array_foreach(l, i, c) {
		long long id = 0;

		if (!json_is_string(c))
			continue;
		if ((rc = db_int(db, &id, "SELECT id FROM agency WHERE code = ?",
		    DB_STR(json_string_value(c)))) < 0)
			return rc;
		add_agency(e, id);
	}
	return 0;
}

int
cedit_load(struct db *db, const char *code, struct cedit *e)
{
	HDF *h;
	int rc, rd;

	memset(e, 0, sizeof(*e));
	snprintf(e->code, sizeof(e->code), "%s", code);
	if ((rc = catalog_proc_json(db, code, &e->published)) < 0)
		return rc;
	if (e->published) {
		long long w = 0;

		if ((rc = db_int(db, &w, "SELECT withdrawn_on IS NOT NULL FROM proc WHERE code = ?",
		    DB_STR(code))) < 0)
			return rc;
		e->withdrawn = w > 0;
		if ((rc = implementing(db, e, e->published)) < 0)
			return rc;
	}
	hdf_init(&h);
	rd = db_row(db, h, "D", "SELECT body, rev, agency_id FROM proc_draft WHERE code = ?",
	    DB_STR(code));
	if (rd == 1) {
		json_error_t je;

		e->body = json_loads(hdf_get_value(h, "D.body", "{}"), 0, &je);
		e->rev = hdf_ll(h, "D.rev");
		e->draft_agency = hdf_ll(h, "D.agency_id");
		add_agency(e, e->draft_agency);
		if (e->body == NULL)
			rd = DB_ERR;	/* only this module writes it */
	}
	hdf_destroy(&h);
	if (rd < 0)
		return rd;
	if (e->body == NULL && e->published)
		e->body = json_deep_copy(e->published);
	return e->body != NULL;
}

void
cedit_free(struct cedit *e)
{
	json_decref(e->body);
	json_decref(e->published);
	e->body = e->published = NULL;
}

int
cedit_validate(struct db *db, const struct config *cfg, json_t *body, json_t *by_field)
{
	struct catalog_known k = { db, cfg };
	struct catalog_lookup look;
	struct catalog_check x;
	json_t *doc = json_pack("{s:s, s:[O]}", "format", "dvc-catalog-1", "procedures", body);
	int n;

	catalog_lookup_db(&look, &k);
	catalog_check_init(&x, "thu-tuc", &look);
	x.by_field = by_field;
	catalog_check_doc(&x, doc);
	n = x.nerrors;
	catalog_check_free(&x);
	json_decref(doc);
	return n;
}

/* A member as tenths (5 -> 50, 0.5 -> 5), as the import stores them. */
static long long
tenths(json_t *o, const char *key)
{
	return llround(json_number_value(json_object_get(o, key)) * 10.0);
}

/* tenths of an hour as a person reads them: "44", "0,5" */
static void
hours_text(char *out, size_t n, long long t)
{
	if (t % 10)
		snprintf(out, n, "%lld,%lld", t / 10, t % 10);
	else
		snprintf(out, n, "%lld", t / 10);
}

/* 1 if the process step e is in channel ch's process: its own, or one of
 * every channel (no channel). */
static int
step_of(json_t *e, const char *ch)
{
	const char *c = json_string_value(json_object_get(e, "channel"));

	return c == NULL || (ch && strcmp(c, ch) == 0);
}

int
cedit_process_time(json_t *body, HDF *into, int late_only)
{
	json_t *e, *s, *process = json_object_get(body, "internal_process");
	size_t i, k;
	int n = 0, late = 0;
	char num[32], key[64];

	json_array_foreach(json_object_get(body, "channels"), i, e) {
		const char *unit = json_string_value(json_object_get(e, "unit"));
		const char *ch = json_string_value(json_object_get(e, "channel"));
		long long limit = tenths(e, "time") *
		    (unit && strcmp(unit, "working_hours") == 0 ? 1 : 8);
		long long hours = 0;
		int steps = 0;

		json_array_foreach(process, k, s)
			if (step_of(s, ch)) {
				hours += tenths(s, "hours");
				steps++;
			}
		if (hours > limit)
			late++;
		else if (late_only)
			continue;
		snprintf(key, sizeof(key), "%d.channel", n);
		hdf_set_value(into, key, ch ? ch : "");
		snprintf(key, sizeof(key), "%d.steps", n);
		hdf_set_int_value(into, key, steps);
		snprintf(key, sizeof(key), "%d.hours", n);
		hours_text(num, sizeof(num), hours);
		hdf_set_value(into, key, num);
		snprintf(key, sizeof(key), "%d.limit", n);
		hours_text(num, sizeof(num), limit);
		hdf_set_value(into, key, num);
		if (hours > limit) {
			snprintf(key, sizeof(key), "%d.late", n);
			hdf_set_value(into, key, "1");
		}
		n++;
	}
	return late;
}

int
cedit_checks(struct db *db, const struct config *cfg, json_t *body, HDF *into)
{
	json_t *e, *ag;
	long long level = json_integer_value(json_object_get(body, "level"));
	const char *l22 = json_string_value(json_object_get(body, "level_2022"));
	int forms = 0, online = 0, failed = 0, rc, scheme;
	size_t i;

	json_array_foreach(json_object_get(body, "documents"), i, e)
		if (json_object_get(e, "form"))
			forms = 1;
	/* Article 5.2: forms are downloadable, so at least level 2 */
	if (forms && level < 2) {
		hdf_set_value(into, "form_level", "1");
		failed++;
	}
	/* Article 8.1 and 13.3: each channel's internal process fits that
	 * channel's published time limit */
	{
		HDF *late = NULL;
		int n;

		hdf_get_node(into, "process_time", &late);
		if ((n = cedit_process_time(body, late, 1)) > 0) {
			hdf_set_int_value(into, "process_time", n);
			failed++;
		} else
			hdf_remove_tree(into, "process_time");
	}
	json_array_foreach(json_object_get(body, "channels"), i, e)
		if (json_is_string(json_object_get(e, "channel")) &&
		    strcmp(json_string_value(json_object_get(e, "channel")), "online") == 0)
			online = 1;
	/* Article 13.6: staff on duty to receive e-dossiers, wherever the
	 * start form takes them (domain/dossier.c): an online channel, and
	 * online under the scheme in force (SCHEME_ONLINE_SQL's rule) */
	if ((rc = scheme_get(db, cfg, &scheme)) < 0)
		return rc;
	online = online && scheme_online(scheme, level, l22 != NULL && *l22 != '\0');
	if (!online)
		hdf_set_value(into, "offline", "1");
	else {
		long long staff = 0;

		ag = json_object_get(json_object_get(body, "agencies"), "implementing");
		json_array_foreach(ag, i, e) {
			long long n = 0;

			if (!json_is_string(e))
				continue;
			if ((rc = db_int(db, &n, "SELECT COUNT(*) FROM account a"
			    " JOIN account_role r ON r.account_id = a.id AND r.role = 'reception'"
			    " JOIN agency g ON g.id = a.agency_id"
			    " WHERE g.code = ? AND a.kind = 'staff' AND a.status = 'active'",
			    DB_STR(json_string_value(e)))) < 0)
				return rc;
			staff += n;
		}
		if (staff == 0) {
			hdf_set_value(into, "online_reception", "1");
			failed++;
		}
	}
	return failed;
}

int
cedit_save(struct db *db, struct cedit *e, json_t *body, long long agency,
    long long rev, long long by)
{
	long long cur = 0;
	char *text;
	int rc;

	if ((rc = db_int(db, &cur, "SELECT rev FROM proc_draft WHERE code = ? FOR UPDATE",
	    DB_STR(e->code))) < 0)
		return rc;
	if (rc == 0)
		cur = 0;
	if (cur != rev)
		return CEDIT_STALE;
	text = dump(body);
	if (cur == 0)
		rc = db_exec(db, "INSERT INTO proc_draft (code, agency_id, body, rev, created_by,"
		    " updated_by, updated_at) VALUES (?, ?, ?, 1, ?, ?, NOW())",
		    DB_STR(e->code), DB_INT(agency), DB_STR(text), DB_INT(by), DB_INT(by));
	else
		rc = db_exec(db, "UPDATE proc_draft SET body = ?, rev = rev + 1, updated_by = ?,"
		    " updated_at = NOW() WHERE code = ?", DB_STR(text), DB_INT(by),
		    DB_STR(e->code));
	free(text);
	if (rc < 0)
		return rc;
	e->rev = cur + 1;
	return CEDIT_OK;
}

/* --- the difference ---------------------------------------------------- */

/* A value as a person reads it: text as it is, numbers, yes/no as 1/0,
 * lists of texts one per line, anything else as compact JSON. */
static char *
text_of(json_t *v)
{
	struct buf b = BUF_INIT;
	json_t *e;
	size_t i;

	if (v == NULL || json_is_null(v))
		return strdup("");
	if (json_is_string(v))
		return strdup(json_string_value(v));
	if (json_is_array(v)) {
		int plain = 1;

		json_array_foreach(v, i, e)
			if (!json_is_string(e))
				plain = 0;
		if (plain) {
			char *t;

			json_array_foreach(v, i, e)
				buf_printf(&b, "%s%s", i ? "\n" : "", json_string_value(e));
			t = strdup(buf_str(&b));
			buf_free(&b);
			return t;
		}
	}
	if (json_is_real(v)) {
		char n[40];

		snprintf(n, sizeof(n), "%g", json_real_value(v));
		return strdup(n);
	}
	if (json_is_true(v))
		return strdup("1");
	if (json_is_false(v))
		return strdup("0");
	return json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY | JSON_PRESERVE_ORDER);
}

static void
diff_add(json_t *out, const char *key, long idx, const char *sub, json_t *a, json_t *b)
{
	char *ta = text_of(a), *tb = text_of(b);

	if (strcmp(ta, tb) != 0)
		json_array_append_new(out, json_pack("{s:s, s:I, s:s, s:s, s:s}", "key", key,
		    "idx", (json_int_t)idx, "sub", sub, "old", ta, "new", tb));
	free(ta);
	free(tb);
}

/* the lists of objects compared element by element, member by member */
static const char *const obj_lists[] = { "cases", "steps", "channels", "documents",
	"internal_process", NULL };

json_t *
cedit_diff(json_t *old, json_t *new_)
{
	json_t *out = json_array(), *keys = json_object(), *v;
	const char *k;
	size_t i;

	/* every key of either, in the new record's order first */
	json_object_foreach(new_, k, v)
		json_object_set_new(keys, k, json_true());
	json_object_foreach(old, k, v)
		json_object_set_new(keys, k, json_true());
	json_object_foreach(keys, k, v) {
		json_t *a = json_object_get(old, k), *b = json_object_get(new_, k);

		if (catalog_one_of(k, obj_lists)) {
			size_t na = json_array_size(a), nb = json_array_size(b);

			for (i = 0; i < na || i < nb; i++) {
				json_t *ea = json_array_get(a, i), *eb = json_array_get(b, i), *sv;
				json_t *sk = json_object();
				const char *s;
				size_t from = json_array_size(out), j;

				json_object_foreach(eb, s, sv)
					json_object_set_new(sk, s, json_true());
				json_object_foreach(ea, s, sv)
					json_object_set_new(sk, s, json_true());
				json_object_foreach(sk, s, sv) {
					json_t *ma = json_object_get(ea, s), *mb = json_object_get(eb, s);

					if (strcmp(s, "form") == 0) {
						diff_add(out, k, (long)i, "form_name",
						    json_object_get(ma, "name"), json_object_get(mb, "name"));
						diff_add(out, k, (long)i, "form_file",
						    json_object_get(ma, "file"), json_object_get(mb, "file"));
					} else
						diff_add(out, k, (long)i, s, ma, mb);
				}
				json_decref(sk);
				/* a process step's rows say whose process it is
				 * (its channel now, else before; "": every
				 * channel's), so the row reads "step 2 (online)" */
				if (strcmp(k, "internal_process") == 0)
					for (j = from; j < json_array_size(out); j++) {
						json_t *c = json_object_get(eb ? eb : ea, "channel");

						json_object_set_new(json_array_get(out, j), "channel",
						    json_string(json_is_string(c) ? json_string_value(c) : ""));
					}
			}
		} else if (strcmp(k, "agencies") == 0) {
			static const char *const roles[] = { "implementing", "competent",
				"coordinating", NULL };
			size_t r;

			for (r = 0; roles[r]; r++)
				diff_add(out, roles[r], -1, "", json_object_get(a, roles[r]),
				    json_object_get(b, roles[r]));
		} else
			diff_add(out, k, -1, "", a, b);
	}
	json_decref(keys);
	return out;
}

/* --- publishing and withdrawing ---------------------------------------- */

static int
next_version(struct db *db, const char *code, long long *n)
{
	int rc = db_int(db, n, "SELECT COALESCE(MAX(n), 0) + 1 FROM proc_version WHERE code = ?",
	    DB_STR(code));

	return rc < 0 ? rc : 0;
}

int
cedit_publish(struct db *db, struct cedit *e, long long rev,
    const char *decision_no, const char *decision_date, long long by, long long *n)
{
	long long cur = 0;
	json_t *diff;
	char *body, *dtext, dec[160];
	int rc;

	if ((rc = db_int(db, &cur, "SELECT rev FROM proc_draft WHERE code = ? FOR UPDATE",
	    DB_STR(e->code))) < 0)
		return rc;
	if (rc == 0)
		return CEDIT_NONE;
	if (cur != rev)
		return CEDIT_STALE;
	/* the record names its publishing decision, as the national one does:
	 * "<number> ngày dd/mm/yyyy" */
	snprintf(dec, sizeof(dec), "%s ngày %.2s/%.2s/%.4s", decision_no, decision_date + 8,
	    decision_date + 5, decision_date);
	json_object_set_new(e->body, "publishing_decision", json_string(dec));
	if ((rc = catalog_write_proc(db, e->body)) < 0)
		return rc;
	if ((rc = db_exec(db, "UPDATE proc SET withdrawn_on = NULL WHERE code = ?",
	    DB_STR(e->code))) < 0)
		return rc;
	if ((rc = next_version(db, e->code, n)) < 0)
		return rc;
	diff = cedit_diff(e->published, e->body);
	body = dump(e->body);
	dtext = dump(diff);
	rc = db_exec(db, "INSERT INTO proc_version (code, n, kind, body, diff, decision_no,"
	    " decision_date, done_by, done_at) VALUES (?, ?, 'publish', ?, ?, ?, ?, ?,"
	    " NOW())", DB_STR(e->code), DB_INT(*n), DB_STR(body), DB_STR(dtext),
	    DB_STR(decision_no), DB_STR(decision_date), DB_INT(by));
	free(body);
	free(dtext);
	json_decref(diff);
	if (rc < 0 ||
	    (rc = db_exec(db, "DELETE FROM proc_draft WHERE code = ?", DB_STR(e->code))) < 0 ||
	    (rc = catalog_bump(db)) < 0)
		return rc;
	return CEDIT_OK;
}

int
cedit_withdraw(struct db *db, struct cedit *e, const char *on,
    const char *decision_no, const char *decision_date, long long by)
{
	long long n;
	int rc;

	long long past = 0;

	if (e->published == NULL)
		return CEDIT_NONE;
	if ((rc = db_int(db, &past, "SELECT ? < CURDATE()", DB_STR(on))) < 0)
		return rc;
	if (past)
		return CEDIT_PAST;
	/* the catalogue shows a procedure while valid_to is today or later */
	if ((rc = db_exec(db, "UPDATE proc SET withdrawn_on = ?,"
	    " valid_to = DATE_SUB(?, INTERVAL 1 DAY) WHERE code = ?", DB_STR(on), DB_STR(on),
	    DB_STR(e->code))) < 0)
		return rc;
	if ((rc = next_version(db, e->code, &n)) < 0)
		return rc;
	if ((rc = db_exec(db, "INSERT INTO proc_version (code, n, kind, decision_no,"
	    " decision_date, withdrawn_on, done_by, done_at) VALUES (?, ?, 'withdraw', ?, ?, ?, ?,"
	    " NOW())", DB_STR(e->code), DB_INT(n), DB_STR(decision_no),
	    DB_STR(decision_date), DB_STR(on), DB_INT(by))) < 0)
		return rc;
	rc = catalog_bump(db);
	return rc < 0 ? rc : CEDIT_OK;
}

/* --- what the editor's pages show ------------------------------------- */

int
cedit_list(struct db *db, HDF *h, long long ag)
{
	/* the published procedures an agency implements or drafts, and the
	 * drafts of new ones */
	return db_rows(db, h, "Procs",
	    "SELECT p.code, p.name, p.withdrawn_on IS NOT NULL AS withdrawn,"
	    " d.rev IS NOT NULL AS has_draft FROM proc p"
	    " LEFT JOIN proc_draft d ON d.code = p.code"
	    " WHERE ? = 0 OR EXISTS (SELECT 1 FROM proc_agency pa WHERE pa.proc_id = p.id"
	    " AND pa.role = 'implementing' AND pa.agency_id = ?)"
	    " OR d.agency_id = ?"
	    " UNION ALL SELECT d.code, JSON_VALUE(d.body, '$.name'), 0, 1 FROM proc_draft d"
	    " WHERE NOT EXISTS (SELECT 1 FROM proc p WHERE p.code = d.code)"
	    " AND (? = 0 OR d.agency_id = ?) ORDER BY code",
	    DB_INT(ag), DB_INT(ag), DB_INT(ag), DB_INT(ag), DB_INT(ag));
}

int
cedit_choices(struct db *db, HDF *h, int agencies)
{
	int rc;

	if (agencies && (rc = db_rows(db, h, "Agencies", "SELECT code, name FROM agency"
	    " WHERE status = 'active' ORDER BY name")) < 0)
		return rc;
	rc = db_rows(db, h, "Fields", "SELECT code, name FROM field ORDER BY name");
	return rc < 0 ? rc : 0;
}

int
cedit_history(struct db *db, const char *code, HDF *h, const char *prefix)
{
	int rc;

	if ((rc = db_row(db, h, prefix, "SELECT a.full_name AS by_name,"
	    " DATE_FORMAT(d.updated_at, '%d/%m/%Y %H:%i') AS at FROM proc_draft d"
	    " JOIN account a ON a.id = d.updated_by WHERE d.code = ?", DB_STR(code))) < 0)
		return rc;
	rc = db_rows(db, h, "Versions", "SELECT v.n, v.kind, v.decision_no,"
	    " DATE_FORMAT(v.decision_date, '%d/%m/%Y') AS decision_date,"
	    " DATE_FORMAT(v.withdrawn_on, '%d/%m/%Y') AS withdrawn_on, v.diff,"
	    " DATE_FORMAT(v.done_at, '%d/%m/%Y %H:%i') AS at, a.full_name AS by_name"
	    " FROM proc_version v JOIN account a ON a.id = v.done_by WHERE v.code = ?"
	    " ORDER BY v.n DESC", DB_STR(code));
	return rc < 0 ? rc : 0;
}

int
cedit_agency_id(struct db *db, const char *code, long long *id)
{
	int rc;

	*id = 0;
	rc = db_int(db, id, "SELECT id FROM agency WHERE code = ? AND status = 'active'",
	    DB_STR(code));
	if (rc == 0)
		*id = 0;
	return rc < 0 ? rc : 0;
}

int
cedit_agency_code(struct db *db, long long id, char *code, size_t n)
{
	HDF *h;
	int rc;

	hdf_init(&h);
	rc = db_row(db, h, "A", "SELECT code FROM agency WHERE id = ?", DB_INT(id));
	snprintf(code, n, "%s", rc == 1 ? hdf_get_value(h, "A.code", "") : "");
	hdf_destroy(&h);
	return rc < 0 ? rc : 0;
}
