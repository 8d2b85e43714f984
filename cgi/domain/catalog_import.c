/* Importing and exporting the catalogue. See catalog_import.h. */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/util.h"
#include "domain/agency.h"
#include "domain/catalog.h"
#include "domain/catalog_csv.h"
#include "domain/catalog_import.h"
#include "domain/catalog_validate.h"

/* --- what the file may refer to: the database, the form templates ----- */

static int
known_agency(void *ctx, const char *code)
{
	struct catalog_known *k = ctx;
	long long n = 0;

	return db_int(k->db, &n, "SELECT COUNT(*) FROM agency WHERE code = ?",
	    DB_STR(code)) == 1 && n > 0;
}

static int
known_field(void *ctx, const char *key, struct buf *code)
{
	struct catalog_known *k = ctx;
	HDF *h;
	int rc;

	hdf_init(&h);
	rc = db_row(k->db, h, "F", "SELECT code FROM field WHERE code = ? OR slug = ? LIMIT 1",
	    DB_STR(key), DB_STR(key));
	if (rc == 1)
		buf_adds(code, hdf_get_value(h, "F.code", ""));
	hdf_destroy(&h);
	return rc == 1;
}

/* The downloadable form templates are files under htdocs/bieu-mau. */
static int
known_form(void *ctx, const char *file, struct buf *path)
{
	struct catalog_known *k = ctx;

	buf_printf(path, "%s/bieu-mau/%s", cfg_str(k->cfg, "Paths.Htdocs"), file);
	return access(buf_str(path), R_OK) == 0;
}

/* A form uploaded in the catalogue editor: a row of form_file. */
static int
known_upload(void *ctx, const char *sha256)
{
	struct catalog_known *k = ctx;
	long long n = 0;

	return db_int(k->db, &n, "SELECT COUNT(*) FROM form_file WHERE sha256 = ?",
	    DB_STR(sha256)) == 1 && n > 0;
}

void
catalog_lookup_db(struct catalog_lookup *look, struct catalog_known *k)
{
	look->agency = known_agency;
	look->field = known_field;
	look->form = known_form;
	look->ctx = k;
	look->stored_form = known_upload;
}

/* --- writing ----------------------------------------------------------- */

static const char *
js(json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

static long long
ji(json_t *o, const char *key, long long def)
{
	json_t *v = json_object_get(o, key);

	return json_is_integer(v) ? json_integer_value(v) : def;
}

static long long
jtenths(json_t *o, const char *key)
{
	return llround(json_number_value(json_object_get(o, key)) * 10.0);
}

static int
agency_id(struct db *db, const char *code, long long *id)
{
	int rc = db_int(db, id, "SELECT id FROM agency WHERE code = ?", DB_STR(code));

	return rc < 0 ? rc : rc == 0 ? DB_ERR : 0;
}

struct wctx {
	json_t *root;
	struct import_report *r;
};

static int
write_agencies(struct db *db, json_t *l, struct import_report *r)
{
	json_t *a;
	size_t i;
	int rc;

	/* first every agency, then parents and successors, which may point
	 * to agencies later in the file */
	json_array_foreach(l, i, a) {
		json_t *bank = json_object_get(a, "bank");

		rc = db_exec(db, "INSERT INTO agency (code, name, level, address, phone,"
		    " email, website, bank_account, bank_name, bank_holder, bank_bin, status,"
		    " closed_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
		    " ON DUPLICATE KEY UPDATE name = VALUES(name), level = VALUES(level),"
		    " address = VALUES(address), phone = VALUES(phone), email = VALUES(email),"
		    " website = VALUES(website), bank_account = VALUES(bank_account),"
		    " bank_name = VALUES(bank_name), bank_holder = VALUES(bank_holder),"
		    " bank_bin = VALUES(bank_bin),"
		    " status = VALUES(status), closed_on = VALUES(closed_on)",
		    DB_STR(js(a, "code")), DB_STR(js(a, "name")), DB_STR(js(a, "level")),
		    DB_STR(js(a, "address")), DB_STR(js(a, "phone")), DB_STR(js(a, "email")),
		    DB_STR(js(a, "website")), DB_STR(js(bank, "account")),
		    DB_STR(js(bank, "bank")), DB_STR(js(bank, "holder")), DB_STR(js(bank, "bin")),
		    DB_STR(js(a, "status") ? js(a, "status") : "active"),
		    DB_STR(js(a, "closed_on")));
		if (rc < 0)
			return rc;
		r->agencies++;
	}
	json_array_foreach(l, i, a) {
		long long id, parent = 0, succ = 0;
		json_t *h, *e;
		size_t k;

		if ((rc = agency_id(db, js(a, "code"), &id)) < 0)
			return rc;
		if (js(a, "parent") && (rc = agency_id(db, js(a, "parent"), &parent)) < 0)
			return rc;
		if (js(a, "successor") && (rc = agency_id(db, js(a, "successor"), &succ)) < 0)
			return rc;
		if ((rc = db_exec(db, "UPDATE agency SET parent_id = ?, successor_id = ? WHERE id = ?",
		    parent ? DB_INT(parent) : DB_NULL, succ ? DB_INT(succ) : DB_NULL, DB_INT(id))) < 0)
			return rc;
		if ((h = json_object_get(a, "history")) == NULL)
			continue;
		if ((rc = db_exec(db, "DELETE FROM agency_event WHERE agency_id = ?", DB_INT(id))) < 0)
			return rc;
		json_array_foreach(h, k, e)
			if ((rc = agency_event_add(db, id, js(e, "date"), js(e, "event"),
			    js(e, "old_name"), js(e, "note"))) < 0)
				return rc;
	}
	return 0;
}

static int
write_fields(struct db *db, json_t *l, struct import_report *r)
{
	json_t *f;
	size_t i;
	int rc;

	json_array_foreach(l, i, f) {
		rc = db_exec(db, "INSERT INTO field (code, slug, name) VALUES (?, ?, ?)"
		    " ON DUPLICATE KEY UPDATE slug = VALUES(slug), name = VALUES(name)",
		    DB_STR(js(f, "code")), DB_STR(js(f, "slug")), DB_STR(js(f, "name")));
		if (rc < 0)
			return rc;
		r->fields++;
	}
	return 0;
}

static int
write_proc(struct db *db, json_t *p, struct import_report *r)
{
	static const char *const roles[] = { "implementing", "competent", "coordinating" };
	long long field = 0, id, exists = 0, seq;
	json_t *l, *e, *cases = json_object();
	struct buf levels = BUF_INIT;
	size_t i, k;
	int rc;

	if ((rc = db_int(db, &field, "SELECT id FROM field WHERE code = ? OR slug = ? LIMIT 1",
	    DB_STR(js(p, "field")), DB_STR(js(p, "field")))) <= 0) {
		rc = rc < 0 ? rc : DB_ERR;	/* checked before: cannot happen */
		goto out;
	}
	if ((l = json_object_get(p, "agency_levels")) != NULL)
		json_array_foreach(l, i, e)
			buf_printf(&levels, "%s%s", levels.len ? "," : "", json_string_value(e));
	db_int(db, &exists, "SELECT COUNT(*) FROM proc WHERE code = ?", DB_STR(js(p, "code")));
	rc = db_exec(db, "INSERT INTO proc (code, name, field_id, level, level_2022,"
	    " pay_when, agency_levels, subjects, conditions, result, guide,"
	    " publishing_decision, valid_from, valid_to)"
	    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
	    " ON DUPLICATE KEY UPDATE name = VALUES(name), field_id = VALUES(field_id),"
	    " level = VALUES(level), level_2022 = VALUES(level_2022),"
	    " pay_when = VALUES(pay_when),"
	    " agency_levels = VALUES(agency_levels), subjects = VALUES(subjects),"
	    " conditions = VALUES(conditions), result = VALUES(result), guide = VALUES(guide),"
	    " publishing_decision = VALUES(publishing_decision),"
	    " valid_from = VALUES(valid_from), valid_to = VALUES(valid_to)",
	    DB_STR(js(p, "code")), DB_STR(js(p, "name")), DB_INT(field),
	    DB_INT(ji(p, "level", 1)), DB_STR(js(p, "level_2022")),
	    /* absent: the default, after acceptance (sql/016-payment.sql) */
	    DB_STR(js(p, "pay_when") ? js(p, "pay_when") : "acceptance"),
	    DB_STR(buf_str(&levels)),
	    DB_STR(js(p, "subjects")), DB_STR(js(p, "conditions")), DB_STR(js(p, "result")),
	    DB_STR(js(p, "guide")), DB_STR(js(p, "publishing_decision")),
	    DB_STR(js(p, "valid_from")), DB_STR(js(p, "valid_to")));
	if (rc < 0)
		goto out;
	if ((rc = db_int(db, &id, "SELECT id FROM proc WHERE code = ?", DB_STR(js(p, "code")))) <= 0) {
		rc = rc < 0 ? rc : DB_ERR;
		goto out;
	}
	r->procs++;
	if (!exists)
		r->procs_new++;

	/* the components are replaced by those in the file */
#define DEL(sql) if ((rc = db_exec(db, sql, DB_INT(id))) < 0) goto out;
	DEL("DELETE FROM proc_agency WHERE proc_id = ?")
	DEL("DELETE FROM proc_step WHERE proc_id = ?")
	DEL("DELETE FROM proc_document WHERE proc_id = ?")
	DEL("DELETE FROM proc_case WHERE proc_id = ?")
	DEL("DELETE FROM proc_channel WHERE proc_id = ?")
	DEL("DELETE FROM proc_text WHERE proc_id = ?")
	DEL("DELETE FROM proc_relation WHERE proc_id = ?")
	DEL("DELETE FROM proc_process WHERE proc_id = ?")
#undef DEL
	for (k = 0; k < 3; k++) {
		if ((l = json_object_get(json_object_get(p, "agencies"), roles[k])) == NULL)
			continue;
		json_array_foreach(l, i, e) {
			long long a;

			if ((rc = agency_id(db, json_string_value(e), &a)) < 0)
				goto out;
			rc = db_exec(db, "INSERT IGNORE INTO proc_agency (proc_id, agency_id, role)"
			    " VALUES (?, ?, ?)", DB_INT(id), DB_INT(a), DB_STR(roles[k]));
			if (rc < 0)
				goto out;
		}
	}
	if ((l = json_object_get(p, "cases")) != NULL)
		json_array_foreach(l, i, e) {
			json_t *fee = json_object_get(e, "fee"), *charge = json_object_get(e, "charge");

			if ((rc = db_exec(db, "INSERT INTO proc_case (proc_id, case_key, name, seq,"
			    " fee, charge) VALUES (?, ?, ?, ?, ?, ?)", DB_INT(id), DB_STR(js(e, "key")),
			    DB_STR(js(e, "name")), DB_INT(i),
			    fee || charge ? DB_INT(ji(e, "fee", 0)) : DB_NULL,
			    fee || charge ? DB_INT(ji(e, "charge", 0)) : DB_NULL)) < 0)
				goto out;
			json_object_set_new(cases, js(e, "key"), json_integer(db_insert_id(db)));
		}
#define CASE_ID(e) (js(e, "case") ? DB_INT(json_integer_value(json_object_get(cases, js(e, "case")))) : DB_NULL)
	if ((l = json_object_get(p, "steps")) != NULL)
		json_array_foreach(l, i, e)
			if ((rc = db_exec(db, "INSERT INTO proc_step (proc_id, case_id, seq, party, text)"
			    " VALUES (?, ?, ?, ?, ?)", DB_INT(id), CASE_ID(e), DB_INT(i),
			    DB_STR(js(e, "party")), DB_STR(js(e, "text")))) < 0)
				goto out;
	if ((l = json_object_get(p, "channels")) != NULL)
		json_array_foreach(l, i, e)
			if ((rc = db_exec(db, "INSERT INTO proc_channel (proc_id, channel,"
			    " time_tenths, time_unit, fee, charge, fee_note) VALUES (?, ?, ?, ?, ?, ?, ?)",
			    DB_INT(id), DB_STR(js(e, "channel")), DB_INT(jtenths(e, "time")),
			    DB_STR(js(e, "unit")), DB_INT(ji(e, "fee", 0)), DB_INT(ji(e, "charge", 0)),
			    DB_STR(js(e, "fee_note")))) < 0)
				goto out;
	if ((l = json_object_get(p, "documents")) != NULL)
		json_array_foreach(l, i, e) {
			json_t *req = json_object_get(e, "required");
			json_t *form = json_object_get(e, "form");

			if ((rc = db_exec(db, "INSERT INTO proc_document (proc_id, case_id, seq,"
			    " name, originals, copies, required, form_name, form_file, form_sha256)"
			    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", DB_INT(id), CASE_ID(e), DB_INT(i),
			    DB_STR(js(e, "name")), DB_INT(ji(e, "originals", 0)),
			    DB_INT(ji(e, "copies", 0)), DB_INT(req == NULL || json_is_true(req)),
			    DB_STR(js(form, "name")), DB_STR(js(form, "file")),
			    DB_STR(js(form, "sha256")))) < 0)
				goto out;
		}
#undef CASE_ID
	seq = 0;
	if ((l = json_object_get(p, "legal_basis")) != NULL)
		json_array_foreach(l, i, e)
			if ((rc = db_exec(db, "INSERT INTO proc_text (proc_id, kind, seq, text)"
			    " VALUES (?, 'legal_basis', ?, ?)", DB_INT(id), DB_INT(seq++),
			    DB_STR(json_string_value(e)))) < 0)
				goto out;
	if ((l = json_object_get(p, "keywords")) != NULL)
		json_array_foreach(l, i, e)
			if ((rc = db_exec(db, "INSERT INTO proc_text (proc_id, kind, seq, text)"
			    " VALUES (?, 'keyword', ?, ?)", DB_INT(id), DB_INT(seq++),
			    DB_STR(json_string_value(e)))) < 0)
				goto out;
	if ((l = json_object_get(p, "fee_exemptions")) != NULL)
		json_array_foreach(l, i, e)
			if ((rc = db_exec(db, "INSERT INTO proc_text (proc_id, kind, seq, text)"
			    " VALUES (?, 'fee_exemption', ?, ?)", DB_INT(id), DB_INT(seq++),
			    DB_STR(json_string_value(e)))) < 0)
				goto out;
	if ((l = json_object_get(p, "related")) != NULL)
		json_array_foreach(l, i, e)
			if ((rc = db_exec(db, "INSERT IGNORE INTO proc_relation (proc_id, other_code, kind)"
			    " VALUES (?, ?, 'related')", DB_INT(id), DB_STR(json_string_value(e)))) < 0)
				goto out;
	if ((l = json_object_get(p, "inter_agency")) != NULL)
		json_array_foreach(l, i, e)
			if ((rc = db_exec(db, "INSERT IGNORE INTO proc_relation (proc_id, other_code, kind)"
			    " VALUES (?, ?, 'inter_agency')", DB_INT(id), DB_STR(json_string_value(e)))) < 0)
				goto out;
	if ((l = json_object_get(p, "internal_process")) != NULL)
		json_array_foreach(l, i, e)
			/* channel NULL: the step is in every channel's process
			 * (sql/028-process-channel.sql) */
			if ((rc = db_exec(db, "INSERT INTO proc_process (proc_id, channel, seq, step,"
			    " role, unit, hours_tenths) VALUES (?, ?, ?, ?, ?, ?, ?)", DB_INT(id),
			    DB_STR(js(e, "channel")), DB_INT(i),
			    DB_STR(js(e, "step")), DB_STR(js(e, "role")), DB_STR(js(e, "unit")),
			    DB_INT(jtenths(e, "hours")))) < 0)
				goto out;
	rc = 0;
out:
	json_decref(cases);
	buf_free(&levels);
	return rc;
}

int
catalog_write_proc(struct db *db, json_t *p)
{
	struct import_report r;
	int rc;

	memset(&r, 0, sizeof(r));
	rc = write_proc(db, p, &r);
	import_report_free(&r);
	return rc;
}

static int
write_tx(struct db *db, void *ctx)
{
	struct wctx *w = ctx;
	json_t *l, *p;
	size_t i;
	int rc;

	w->r->agencies = w->r->fields = w->r->procs = w->r->procs_new = 0;
	if ((l = json_object_get(w->root, "fields")) && (rc = write_fields(db, l, w->r)) < 0)
		return rc;
	if ((l = json_object_get(w->root, "agencies")) && (rc = write_agencies(db, l, w->r)) < 0)
		return rc;
	if ((l = json_object_get(w->root, "procedures")) != NULL)
		json_array_foreach(l, i, p)
			if ((rc = write_proc(db, p, w->r)) < 0)
				return rc;
	rc = catalog_bump(db);
	return rc < 0 ? rc : 0;
}

/* --- entry points ------------------------------------------------------ */

int
catalog_import(struct db *db, const struct config *cfg, const char *path,
    struct import_report *r)
{
	struct catalog_known k = { db, cfg };
	struct catalog_lookup look;
	struct catalog_check x;
	json_t *root = NULL;
	json_error_t je;
	const char *dot = strrchr(path, '.');
	int rc;

	memset(r, 0, sizeof(*r));
	catalog_lookup_db(&look, &k);
	catalog_check_init(&x, path, &look);
	if (dot && strcmp(dot, ".csv") == 0) {
		FILE *f = fopen(path, "rb");
		struct buf text = BUF_INIT;
		char chunk[65536];
		size_t n;

		if (f == NULL) {
			catalog_err(&x, "-", "không mở được: %s", strerror(errno));
			rc = 422;
			goto out;
		}
		while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0 && text.len < 64u << 20)
			buf_add(&text, chunk, n);
		fclose(f);
		if (!utf8_valid(buf_str(&text), text.len)) {
			catalog_err(&x, "-", "tệp không phải UTF-8 hợp lệ");
			buf_free(&text);
			rc = 422;
			goto out;
		}
		root = catalog_csv_to_json(&x, buf_str(&text));
		buf_free(&text);
	} else if (dot && strcmp(dot, ".json") == 0) {
		if ((root = json_load_file(path, JSON_REJECT_DUPLICATES, &je)) == NULL) {
			snprintf(x.where, sizeof(x.where), "dòng %d cột %d", je.line, je.column);
			catalog_err(&x, "-", "JSON không hợp lệ: %s", je.text);
			rc = 422;
			goto out;
		}
	} else {
		catalog_err(&x, "-", "tên tệp phải kết thúc bằng .json hoặc .csv");
		rc = 422;
		goto out;
	}
	catalog_check_doc(&x, root);
	if (x.nerrors) {
		rc = 422;
		goto out;
	}
	{
		struct wctx w = { root, r };

		rc = db_tx(db, write_tx, &w);
		if (rc == DB_DUP) {
			catalog_err(&x, "-", "một mã hoặc slug trùng với bản ghi đã có trong CSDL");
			rc = 422;
		}
	}
out:
	/* the messages go to the report */
	r->errors = x.errors;
	r->nerrors = x.nerrors;
	memset(&x.errors, 0, sizeof(x.errors));
	catalog_check_free(&x);
	json_decref(root);
	return rc;
}

void
import_report_free(struct import_report *r)
{
	buf_free(&r->errors);
	memset(r, 0, sizeof(*r));
}

/* --- export ------------------------------------------------------------ */

static void
set_str(json_t *o, const char *key, HDF *row, const char *col)
{
	const char *v = hdf_get_value(row, col, NULL);

	if (v && *v)
		json_object_set_new(o, key, json_string(v));
}

/* One procedure's record as the export writes it (r: its row of the
 * export's "P" query; h: room for the components' rows, under "X").
 * *out is the caller's. Returns 0 or a db_rc. */
static int
proc_json(struct db *db, HDF *h, HDF *r, json_t **out)
{
	json_t *o = json_object(), *ag = json_object(), *l;
	int rc;
	long long pid = strtoll(hdf_get_value(r, "id", "0"), NULL, 10);
	static const char *const cols[] = { "code", "name", "field", "level_2022", "pay_when", "subjects",
		"conditions", "result", "guide", "publishing_decision", "valid_from",
		"valid_to", NULL };
	HDF *k2;
	size_t k;

	for (k = 0; cols[k]; k++)
		set_str(o, cols[k], r, cols[k]);
	json_object_set_new(o, "level", json_integer(hdf_get_int_value(r, "level", 1)));
	/* agency_levels is a SET: "a,b" */
	{
		json_t *al = json_array();
		char *copy = xstrdup(hdf_get_value(r, "agency_levels", "")), *s, *save = NULL;

		for (s = strtok_r(copy, ",", &save); s; s = strtok_r(NULL, ",", &save))
			json_array_append_new(al, json_string(s));
		json_object_set_new(o, "agency_levels", al);
		free(copy);
	}
	hdf_remove_tree(h, "X");
#define Q(sql) if ((rc = db_rows(db, h, "X", sql, DB_INT(pid))) < 0) { json_decref(o); json_decref(ag); return rc; }
	Q("SELECT pa.role, a.code FROM proc_agency pa JOIN agency a ON a.id = pa.agency_id"
	    " WHERE pa.proc_id = ? ORDER BY pa.role, a.code")
	for (k2 = hdf_get_child(h, "X"); k2; k2 = hdf_obj_next(k2)) {
		const char *role = hdf_get_value(k2, "role", "");

		if ((l = json_object_get(ag, role)) == NULL) {
			l = json_array();
			json_object_set_new(ag, role, l);
		}
		json_array_append_new(l, json_string(hdf_get_value(k2, "code", "")));
	}
	json_object_set_new(o, "agencies", ag);
	hdf_remove_tree(h, "X");
	Q("SELECT case_key AS `key`, name, fee, charge FROM proc_case WHERE proc_id = ?"
	    " ORDER BY seq")
	if (hdf_get_child(h, "X")) {
		l = json_array();
		for (k2 = hdf_get_child(h, "X"); k2; k2 = hdf_obj_next(k2)) {
			json_t *e = json_object();

			set_str(e, "key", k2, "key");
			set_str(e, "name", k2, "name");
			if (hdf_get_value(k2, "fee", NULL)) {
				json_object_set_new(e, "fee", json_integer(strtoll(
				    hdf_get_value(k2, "fee", "0"), NULL, 10)));
				json_object_set_new(e, "charge", json_integer(strtoll(
				    hdf_get_value(k2, "charge", "0"), NULL, 10)));
			}
			json_array_append_new(l, e);
		}
		json_object_set_new(o, "cases", l);
	}
	hdf_remove_tree(h, "X");
	Q("SELECT c.case_key AS `case`, s.party, s.text FROM proc_step s"
	    " LEFT JOIN proc_case c ON c.id = s.case_id WHERE s.proc_id = ? ORDER BY s.seq")
	l = json_array();
	for (k2 = hdf_get_child(h, "X"); k2; k2 = hdf_obj_next(k2)) {
		json_t *e = json_object();

		set_str(e, "case", k2, "case");
		set_str(e, "party", k2, "party");
		set_str(e, "text", k2, "text");
		json_array_append_new(l, e);
	}
	json_object_set_new(o, "steps", l);
	hdf_remove_tree(h, "X");
	Q("SELECT channel, time_tenths, time_unit, fee, charge, fee_note FROM proc_channel"
	    " WHERE proc_id = ? ORDER BY FIELD(channel, 'in_person', 'online', 'post')")
	l = json_array();
	for (k2 = hdf_get_child(h, "X"); k2; k2 = hdf_obj_next(k2)) {
		json_t *e = json_object();
		long t = hdf_get_int_value(k2, "time_tenths", 0);

		set_str(e, "channel", k2, "channel");
		json_object_set_new(e, "time", t % 10 ? json_real((double)t / 10.0) :
		    json_integer(t / 10));
		set_str(e, "unit", k2, "time_unit");
		json_object_set_new(e, "fee", json_integer(strtoll(hdf_get_value(k2, "fee", "0"), NULL, 10)));
		json_object_set_new(e, "charge", json_integer(strtoll(hdf_get_value(k2, "charge", "0"), NULL, 10)));
		set_str(e, "fee_note", k2, "fee_note");
		json_array_append_new(l, e);
	}
	json_object_set_new(o, "channels", l);
	hdf_remove_tree(h, "X");
	Q("SELECT c.case_key AS `case`, d.name, d.originals, d.copies, d.required,"
	    " d.form_name, d.form_file, d.form_sha256 FROM proc_document d"
	    " LEFT JOIN proc_case c ON c.id = d.case_id WHERE d.proc_id = ? ORDER BY d.seq")
	l = json_array();
	for (k2 = hdf_get_child(h, "X"); k2; k2 = hdf_obj_next(k2)) {
		json_t *e = json_object();

		set_str(e, "case", k2, "case");
		set_str(e, "name", k2, "name");
		json_object_set_new(e, "originals", json_integer(hdf_get_int_value(k2, "originals", 0)));
		json_object_set_new(e, "copies", json_integer(hdf_get_int_value(k2, "copies", 0)));
		json_object_set_new(e, "required", json_boolean(hdf_get_int_value(k2, "required", 1)));
		if (hdf_get_value(k2, "form_file", NULL) || hdf_get_value(k2, "form_sha256", NULL)) {
			json_t *fo = json_object();

			set_str(fo, "name", k2, "form_name");
			set_str(fo, "file", k2, "form_file");
			set_str(fo, "sha256", k2, "form_sha256");
			json_object_set_new(e, "form", fo);
		}
		json_array_append_new(l, e);
	}
	json_object_set_new(o, "documents", l);
	hdf_remove_tree(h, "X");
	Q("SELECT kind, text FROM proc_text WHERE proc_id = ? ORDER BY seq")
	for (k2 = hdf_get_child(h, "X"); k2; k2 = hdf_obj_next(k2)) {
		const char *k3 = hdf_get_value(k2, "kind", "");
		const char *kind = strcmp(k3, "keyword") == 0 ? "keywords" :
		    strcmp(k3, "fee_exemption") == 0 ? "fee_exemptions" : "legal_basis";

		if ((l = json_object_get(o, kind)) == NULL) {
			l = json_array();
			json_object_set_new(o, kind, l);
		}
		json_array_append_new(l, json_string(hdf_get_value(k2, "text", "")));
	}
	hdf_remove_tree(h, "X");
	Q("SELECT kind, other_code FROM proc_relation WHERE proc_id = ? ORDER BY kind, other_code")
	for (k2 = hdf_get_child(h, "X"); k2; k2 = hdf_obj_next(k2)) {
		const char *kind = hdf_get_value(k2, "kind", "");

		if ((l = json_object_get(o, kind)) == NULL) {
			l = json_array();
			json_object_set_new(o, kind, l);
		}
		json_array_append_new(l, json_string(hdf_get_value(k2, "other_code", "")));
	}
	hdf_remove_tree(h, "X");
	Q("SELECT step, role, unit, hours_tenths, channel FROM proc_process WHERE proc_id = ?"
	    " ORDER BY seq")
	if (hdf_get_child(h, "X")) {
		l = json_array();
		for (k2 = hdf_get_child(h, "X"); k2; k2 = hdf_obj_next(k2)) {
			json_t *e = json_object();
			long t = hdf_get_int_value(k2, "hours_tenths", 0);

			set_str(e, "step", k2, "step");
			set_str(e, "role", k2, "role");
			set_str(e, "unit", k2, "unit");
			json_object_set_new(e, "hours", t % 10 ? json_real((double)t / 10.0) :
			    json_integer(t / 10));
			set_str(e, "channel", k2, "channel");	/* absent: every channel */
			json_array_append_new(l, e);
		}
		json_object_set_new(o, "internal_process", l);
	}
#undef Q
	*out = o;
	return 0;
}

#define PROC_ROW "SELECT p.id, p.code, p.name, f.code AS field, p.agency_levels, p.level," \
	" p.level_2022, p.pay_when, p.subjects, p.conditions, p.result, p.guide," \
	" p.publishing_decision, p.valid_from, p.valid_to FROM proc p" \
	" JOIN field f ON f.id = p.field_id"

int
catalog_proc_json(struct db *db, const char *code, json_t **out)
{
	HDF *h;
	int rc;

	*out = NULL;
	hdf_init(&h);
	rc = db_rows(db, h, "P", PROC_ROW " WHERE p.code = ?", DB_STR(code));
	if (rc > 0)
		rc = proc_json(db, h, hdf_get_child(h, "P"), out) < 0 ? DB_ERR : 1;
	hdf_destroy(&h);
	return rc;
}

int
catalog_export(struct db *db, FILE *out)
{
	json_t *root = json_object(), *as = json_array(), *fs = json_array(), *ps = json_array();
	HDF *h, *r, *c;
	int rc;

	hdf_init(&h);
#define Q(prefix, sql) if ((rc = db_rows(db, h, prefix, sql)) < 0) goto out;
	Q("F", "SELECT code, slug, name FROM field ORDER BY code")
	Q("A", "SELECT a.id, a.code, a.name, a.level, p.code AS parent, a.address, a.phone,"
	    " a.email, a.website, a.bank_account, a.bank_name, a.bank_holder, a.bank_bin, a.status,"
	    " a.closed_on, s.code AS successor FROM agency a"
	    " LEFT JOIN agency p ON p.id = a.parent_id LEFT JOIN agency s ON s.id = a.successor_id"
	    " ORDER BY a.code")
	Q("E", "SELECT agency_id, happened_on AS date, event, old_name, note FROM agency_event"
	    " ORDER BY agency_id, happened_on, id")
	Q("P", PROC_ROW " ORDER BY p.code")
#undef Q
	for (r = hdf_get_child(h, "F"); r; r = hdf_obj_next(r)) {
		json_t *o = json_object();

		set_str(o, "code", r, "code");
		set_str(o, "slug", r, "slug");
		set_str(o, "name", r, "name");
		json_array_append_new(fs, o);
	}
	for (r = hdf_get_child(h, "A"); r; r = hdf_obj_next(r)) {
		json_t *o = json_object(), *hist = json_array();
		const char *id = hdf_get_value(r, "id", "");
		static const char *const cols[] = { "code", "name", "level", "parent", "address",
			"phone", "email", "website", "status", "closed_on", "successor", NULL };
		size_t k;

		for (k = 0; cols[k]; k++)
			set_str(o, cols[k], r, cols[k]);
		if (hdf_get_value(r, "bank_account", NULL)) {
			json_t *b = json_object();

			set_str(b, "account", r, "bank_account");
			set_str(b, "bank", r, "bank_name");
			set_str(b, "holder", r, "bank_holder");
			set_str(b, "bin", r, "bank_bin");
			json_object_set_new(o, "bank", b);
		}
		for (c = hdf_get_child(h, "E"); c; c = hdf_obj_next(c))
			if (strcmp(hdf_get_value(c, "agency_id", ""), id) == 0) {
				json_t *e = json_object();

				set_str(e, "date", c, "date");
				set_str(e, "event", c, "event");
				set_str(e, "old_name", c, "old_name");
				set_str(e, "note", c, "note");
				json_array_append_new(hist, e);
			}
		if (json_array_size(hist))
			json_object_set_new(o, "history", hist);
		else
			json_decref(hist);
		json_array_append_new(as, o);
	}
	for (r = hdf_get_child(h, "P"); r; r = hdf_obj_next(r)) {
		json_t *o;

		if ((rc = proc_json(db, h, r, &o)) < 0)
			goto out;
		json_array_append_new(ps, o);
	}
	json_object_set_new(root, "format", json_string("dvc-catalog-1"));
	json_object_set(root, "agencies", as);
	json_object_set(root, "fields", fs);
	json_object_set(root, "procedures", ps);
	rc = json_dumpf(root, out, JSON_INDENT(1) | JSON_PRESERVE_ORDER) == 0 ? 0 : DB_ERR;
	fputc('\n', out);
out:
	json_decref(as);
	json_decref(fs);
	json_decref(ps);
	json_decref(root);
	hdf_destroy(&h);
	return rc;
}
