/* Administration's home and the catalogue editor (issue 16, section 1),
 * in dvc-account under /quan-tri.
 *
 *   GET  /quan-tri                          admin_home.cs: the admin
 *        sections the person may use
 *   GET  /quan-tri/thu-tuc                  admin_catalog.cs: the
 *        procedures the person may edit, their drafts; a new one
 *   POST /quan-tri/thu-tuc                  ma, co_quan: a new draft
 *   GET  /quan-tri/thu-tuc/:code            admin_catalog_edit.cs: the
 *        draft (or the published record) in parts, each its own form,
 *        every error of the import's validator next to its field; the
 *        checks before publishing; the difference from the published
 *        record; the versions
 *   POST /quan-tri/thu-tuc/:code/cong-bo    rev, so, ngay: publish
 *        (province admins)
 *   POST /quan-tri/thu-tuc/:code/ngung      tu_ngay, so_qd, ngay_qd: withdraw
 *        from use from a date (province admins)
 *   POST /quan-tri/thu-tuc/:code/:part      rev, the part's fields: save
 *        one part of the draft; "them" adds an empty row
 *
 * Roles: agency and province admins (a full session: access_route never
 * lets a login waiting for its second factor through, req->user being
 * unset until then). Scope: access_object (OBJ_PROCEDURE), an agency's
 * admin never sees another agency's procedures. Every change is audited.
 *
 * The draft is the procedure's national record as JSON, the same that
 * `dvcctl catalog import` reads: each part's fields are put into it as
 * typed, and the page checks the whole record with the import's
 * validator (catalog_check_doc) on every view, so a draft may hold
 * errors; publishing refuses while it does. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "core/access.h"
#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/render.h"
#include "core/request.h"
#include "core/validate.h"
#include "domain/catalog_edit.h"
#include "domain/catalog_validate.h"
#include "pages/account.h"
#include "pages/admin_catalog.h"
#include "pages/common.h"

/* the most rows the rows field may claim; a part's own limit is what
 * the request's field limit takes (rows_max) */
#define ROWS_MAX 100

/* --- the parts of the record and their forms -------------------------- */

enum part { P_GENERAL, P_CASES, P_STEPS, P_DOCS, P_CHANNELS, P_PROCESS, P__MAX };

/* slug in the URL; the record's list; the rows' prefix in field names */
static const struct {
	const char *slug, *list, *prefix;
} parts[P__MAX] = {
	[P_GENERAL] = { "chung", NULL, NULL },
	[P_CASES] = { "truong-hop", "cases", "c" },
	[P_STEPS] = { "cac-buoc", "steps", "s" },
	[P_DOCS] = { "giay-to", "documents", "d" },
	[P_CHANNELS] = { "cach-nop", "channels", "h" },
	[P_PROCESS] = { "quy-trinh", "internal_process", "p" },
};

/* each row's members as the record names them; form.name and form.file
 * of a document as form_name and form_file */
static const char *const row_keys[P__MAX][9] = {
	[P_CASES] = { "key", "name", "fee", "charge", NULL },
	[P_STEPS] = { "case", "party", "text", NULL },
	/* form_sha256: an uploaded form (admin_forms.c), kept by a hidden
	 * field when the part is saved */
	[P_DOCS] = { "case", "name", "originals", "copies", "required", "form_name",
		"form_file", "form_sha256", NULL },
	[P_CHANNELS] = { "channel", "time", "unit", "fee", "charge", "fee_note", NULL },
	/* channel: whose process the step is in (none: every channel's) */
	[P_PROCESS] = { "step", "role", "unit", "hours", "channel", NULL },
};
/* members that are numbers in the record */
static const char *const numeric[] = { "fee", "charge", "originals", "copies", "time",
	"hours", "level", NULL };

/* the general part: texts, and lists of texts one a line */
static const char *const gen_texts[] = { "name", "field", "level", "level_2022", "pay_when",
	"subjects", "conditions", "result", "guide", "valid_from", "valid_to", NULL };
static const char *const gen_lines[] = { "legal_basis", "keywords", "fee_exemptions",
	"related", "inter_agency", NULL };
static const char *const agency_roles[] = { "implementing", "competent", "coordinating", NULL };
static const char *const levels_of_agency[] = { "province", "district", "commune", NULL };

const struct field f_cat_new[CN__MAX] = {
	[CN_CODE] = { "ma", V_LINE, F_REQUIRED, 1, 16, NULL },
	[CN_AGENCY] = { "co_quan", V_KEY, 0, 1, 24, NULL },
};
const struct field f_cat_code[CC__MAX] = {
	[CC_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 16, NULL },
};
static const char *const part_slugs[] = { "chung", "truong-hop", "cac-buoc", "giay-to",
	"cach-nop", "quy-trinh", NULL };
static const char *const one[] = { "1", NULL };
const struct field f_cat_save[CS__MAX] = {
	[CS_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 16, NULL },
	[CS_PART] = { "part", V_ENUM, F_PATH | F_REQUIRED, 0, 0, part_slugs },
	[CS_REV] = { "rev", V_INT, F_REQUIRED, 0, 2000000000, NULL },
	[CS_ROWS] = { "rows", V_INT, 0, 0, ROWS_MAX, NULL },
	[CS_ADD] = { "them", V_ENUM, 0, 0, 0, one },
};
const struct field f_cat_publish[CP__MAX] = {
	[CP_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 16, NULL },
	[CP_REV] = { "rev", V_INT, F_REQUIRED, 1, 2000000000, NULL },
	[CP_NO] = { "so", V_LINE, F_REQUIRED, 1, 100, NULL },
	[CP_DATE] = { "ngay", V_DATE, F_REQUIRED, 2000, 2100, NULL },
};
const struct field f_cat_withdraw[CW__MAX] = {
	[CW_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 16, NULL },
	[CW_ON] = { "tu_ngay", V_DATE, F_REQUIRED, 2000, 2100, NULL },
	[CW_NO] = { "so_qd", V_LINE, F_REQUIRED, 1, 100, NULL },
	[CW_DATE] = { "ngay_qd", V_DATE, F_REQUIRED, 2000, 2100, NULL },
};

/* Rows a part's form may post: a whole form must fit the request's field
 * limit (Limits.Fields, 100 by default), with its csrf, rev, rows and
 * "them" fields; each row has its members and its removal tick. */
static int
rows_max(const struct request *req, int p)
{
	long room = cfg_int(req->cfg, "Limits.Fields") - 4;
	int k = 0;

	while (row_keys[p][k])
		k++;
	return room > 0 ? (int)(room / (k + 1)) : 0;
}

static int
is_province(const struct request *req)
{
	return (req->user->roles & ROLE_BIT(ROLE_PROVINCE_ADMIN)) != 0;
}

/* --- administration's home -------------------------------------------- */

/* GET /quan-tri */
struct result
p_admin_home(struct request *req)
{
	int rc;

	if (req->user->roles & ROLE_BIT(ROLE_PROVINCE_ADMIN))
		hdf_set_value(req->hdf, "Admin.Province", "1");
	hdf_set_value(req->hdf, "Page.Nav", "staff");
	if ((rc = page_staff_menu(req)) < 0)
		return res_db(rc);
	return req_render(req, T_ADMIN_HOME);
}

/* --- the list ---------------------------------------------------------- */

/* GET /quan-tri/thu-tuc */
struct result
p_cat_list(struct request *req)
{
	long long ag = is_province(req) ? 0 : req->user->agency_id;
	int rc;

	if (!is_province(req) && ag <= 0)
		return res_status(404);
	if ((rc = cedit_list(req->db, req->hdf, ag)) < 0)
		return res_db(rc);
	if (is_province(req)) {
		hdf_set_value(req->hdf, "Admin.Province", "1");
		if ((rc = cedit_choices(req->db, req->hdf, 1)) < 0)
			return res_db(rc);
	}
	hdf_set_value(req->hdf, "Page.Nav", "staff");
	if ((rc = page_staff_menu(req)) < 0)
		return res_db(rc);
	return req_render(req, T_ADMIN_CAT_LIST);
}

/* --- one procedure: loading, access ----------------------------------- */

/* Loads code and asks access_object whether the person may act on it:
 * 0 (e loaded, cedit_free it), or the refusal's status (e freed). */
static int
cat_access(struct request *req, const char *code, enum access_act act, struct cedit *e)
{
	struct access_object o = { OBJ_PROCEDURE, 0, 0, 0, 0, 0, NULL, 0, 0 };
	int rc = cedit_load(req->db, code, e), st;

	o.consulted = e->agencies;
	o.nconsulted = e->nagencies;
	if ((st = access_object(req->user, act, &o, rc)) != 0)
		cedit_free(e);
	return st;
}

/* --- the record into the page ----------------------------------------- */

/* A value as the form shows it. */
static void
set_text(HDF *h, const char *name, json_t *v)
{
	char key[96], num[40];

	snprintf(key, sizeof(key), "Form.%s.Value", name);
	if (json_is_string(v))
		hdf_set_value(h, key, json_string_value(v));
	else if (json_is_integer(v)) {
		snprintf(num, sizeof(num), "%lld", (long long)json_integer_value(v));
		hdf_set_value(h, key, num);
	} else if (json_is_real(v)) {
		snprintf(num, sizeof(num), "%g", json_real_value(v));
		hdf_set_value(h, key, num);
	} else if (json_is_boolean(v))
		hdf_set_value(h, key, json_is_true(v) ? "1" : "0");
}

static void
set_lines(HDF *h, const char *name, json_t *l)
{
	struct buf b = BUF_INIT;
	char key[96];
	json_t *e;
	size_t i;

	json_array_foreach(l, i, e)
		if (json_is_string(e))
			buf_printf(&b, "%s%s", b.len ? "\n" : "", json_string_value(e));
	snprintf(key, sizeof(key), "Form.%s.Value", name);
	hdf_set_value(h, key, buf_str(&b));
	buf_free(&b);
}

/* The record's fields as Form.<name>.Value, the rows' counts as
 * Rows.<prefix>, the cases' keys as Cases.<i>, the channels offered as
 * Chans.<i> (for the process steps' choice of channel). */
static void
body_to_form(HDF *h, json_t *body)
{
	json_t *l, *e;
	size_t i, k;
	int p;
	char name[64];

	for (k = 0; gen_texts[k]; k++)
		set_text(h, gen_texts[k], json_object_get(body, gen_texts[k]));
	set_text(h, "code", json_object_get(body, "code"));
	for (k = 0; gen_lines[k]; k++)
		set_lines(h, gen_lines[k], json_object_get(body, gen_lines[k]));
	for (k = 0; agency_roles[k]; k++)
		set_lines(h, agency_roles[k],
		    json_object_get(json_object_get(body, "agencies"), agency_roles[k]));
	json_array_foreach(json_object_get(body, "agency_levels"), i, e)
		if (json_is_string(e) && catalog_one_of(json_string_value(e), levels_of_agency)) {
			snprintf(name, sizeof(name), "Form.al_%s.Value", json_string_value(e));
			hdf_set_value(h, name, "1");
		}
	for (p = P_CASES; p < P__MAX; p++) {
		l = json_object_get(body, parts[p].list);
		snprintf(name, sizeof(name), "Rows.%s", parts[p].prefix);
		hdf_set_int_value(h, name, (int)json_array_size(l));
		json_array_foreach(l, i, e) {
			for (k = 0; row_keys[p][k]; k++) {
				const char *m = row_keys[p][k];
				json_t *v;

				if (strncmp(m, "form_", 5) == 0)
					v = json_object_get(json_object_get(e, "form"), m + 5);
				else
					v = json_object_get(e, m);
				snprintf(name, sizeof(name), "%s%zu_%s", parts[p].prefix, i, m);
				if (strcmp(m, "required") == 0 && v == NULL)
					v = json_true();	/* the format's default */
				set_text(h, name, v);
			}
			if (p == P_CASES && json_is_string(json_object_get(e, "key"))) {
				snprintf(name, sizeof(name), "Cases.%zu", i);
				hdf_set_value(h, name, json_string_value(json_object_get(e, "key")));
			}
			if (p == P_CHANNELS && json_is_string(json_object_get(e, "channel"))) {
				snprintf(name, sizeof(name), "Chans.%zu", i);
				hdf_set_value(h, name, json_string_value(json_object_get(e, "channel")));
			}
		}
	}
}

/* The validator's label of a field ("cases[0].name",
 * "agencies.implementing[1]", "documents[2].form.file") as the form's
 * field name ("c0_name", "implementing", "d2_form_file"), into out. */
static void
label_to_name(const char *label, char *out, size_t n)
{
	const char *br = strchr(label, '[');
	size_t k;
	int p;

	if (strncmp(label, "agencies", 8) == 0) {
		const char *r = label[8] == '.' ? label + 9 : "implementing";

		snprintf(out, n, "%.*s", (int)strcspn(r, "[."), r);
		return;
	}
	for (p = P_CASES; br && p < P__MAX; p++) {
		size_t ll = strlen(parts[p].list);
		char *end;
		long idx;

		if ((size_t)(br - label) != ll || strncmp(label, parts[p].list, ll) != 0)
			continue;
		idx = strtol(br + 1, &end, 10);
		if (*end != ']')
			break;
		if (end[1] == '.')
			snprintf(out, n, "%s%ld_%s", parts[p].prefix, idx, end + 2);
		else	/* the row as a whole: by its first field */
			snprintf(out, n, "%s%ld_%s", parts[p].prefix, idx, row_keys[p][0]);
		for (k = 0; out[k]; k++)
			if (out[k] == '.')
				out[k] = '_';
		return;
	}
	snprintf(out, n, "%.*s", (int)strcspn(label, "[."), label);
}

/* Validates body (the import's validator) into Form.<name>.Error and
 * Edit.Errors (how many); returns how many. */
static int
check_into(struct request *req, json_t *body)
{
	json_t *by = json_object(), *v;
	const char *label;
	int n = cedit_validate(req->db, req->cfg, body, by);

	json_object_foreach(by, label, v) {
		char name[64], key[96];

		label_to_name(label, name, sizeof(name));
		snprintf(key, sizeof(key), "Form.%s.Error", name);
		if (hdf_get_value(req->hdf, key, NULL) == NULL)
			hdf_set_value(req->hdf, key, json_string_value(v));
	}
	json_decref(by);
	hdf_set_int_value(req->hdf, "Edit.Errors", n);
	return n;
}

/* A list of values one a line (agency_levels: "province\ndistrict") in
 * the language file's words (Lang.Admin.Cat.V), comma-separated, into
 * key; a line without a word stays as it is. */
static void
set_words(HDF *h, const char *key, const char *lines)
{
	struct buf b = BUF_INIT;
	const char *p = lines;

	while (*p) {
		size_t n = strcspn(p, "\n");
		char name[64];
		const char *w;

		snprintf(name, sizeof(name), "Admin.Cat.V.%.*s", (int)(n < 40 ? n : 40), p);
		w = n < 40 ? render_lang(name) : NULL;
		if (b.len)
			buf_adds(&b, ", ");
		if (w)
			buf_adds(&b, w);
		else
			buf_add(&b, p, n);
		p += n;
		p += *p == '\n';
	}
	hdf_set_value(h, key, buf_str(&b));
	buf_free(&b);
}

/* A difference list (cedit_diff) into prefix. */
static void
diff_to_hdf(HDF *h, const char *prefix, json_t *diff)
{
	json_t *d;
	size_t i;
	char key[96];
	int words;

	json_array_foreach(diff, i, d) {
		snprintf(key, sizeof(key), "%s.%zu.key", prefix, i);
		hdf_set_value(h, key, json_string_value(json_object_get(d, "key")));
		snprintf(key, sizeof(key), "%s.%zu.sub", prefix, i);
		hdf_set_value(h, key, json_string_value(json_object_get(d, "sub")));
		if (json_integer_value(json_object_get(d, "idx")) >= 0) {
			snprintf(key, sizeof(key), "%s.%zu.no", prefix, i);
			hdf_set_int_value(h, key, (int)json_integer_value(json_object_get(d, "idx")) + 1);
		}
		/* a process step's channel: "all" for every channel's */
		if (json_is_string(json_object_get(d, "channel"))) {
			const char *c = json_string_value(json_object_get(d, "channel"));

			snprintf(key, sizeof(key), "%s.%zu.ch", prefix, i);
			hdf_set_value(h, key, *c ? c : "all");
		}
		/* a list of levels: each in words */
		words = strcmp(json_string_value(json_object_get(d, "key")), "agency_levels") == 0;
		snprintf(key, sizeof(key), "%s.%zu.old", prefix, i);
		if (words)
			set_words(h, key, json_string_value(json_object_get(d, "old")));
		else
			hdf_set_value(h, key, json_string_value(json_object_get(d, "old")));
		snprintf(key, sizeof(key), "%s.%zu.new", prefix, i);
		if (words)
			set_words(h, key, json_string_value(json_object_get(d, "new")));
		else
			hdf_set_value(h, key, json_string_value(json_object_get(d, "new")));
	}
}

/* The editor's page for e with body (the draft, or what the person sent
 * when their save came too late), status 200 or 409. */
static struct result
edit_page(struct request *req, struct cedit *e, json_t *body, int status)
{
	HDF *versions;
	json_t *diff;
	int rc, errors, p;

	body_to_form(req->hdf, body);
	admin_forms_hdf(req, body);
	errors = check_into(req, body);
	/* each channel's process against its time limit, beside the steps */
	if (json_array_size(json_object_get(body, "internal_process"))) {
		HDF *times = NULL;

		hdf_get_node(req->hdf, "Edit.ProcTime", &times);
		cedit_process_time(body, times, 0);
	}
	hdf_set_value(req->hdf, "Edit.Code", e->code);
	hdf_set_int_value(req->hdf, "Edit.Rev", (int)e->rev);
	hdf_set_int_value(req->hdf, "Edit.Published", e->published != NULL);
	hdf_set_int_value(req->hdf, "Edit.Withdrawn", e->withdrawn);
	for (p = P_CASES; p < P__MAX; p++) {
		char key[32];

		snprintf(key, sizeof(key), "Edit.RowsMax.%s", parts[p].prefix);
		hdf_set_int_value(req->hdf, key, rows_max(req, p));
	}
	if (is_province(req))
		hdf_set_value(req->hdf, "Admin.Province", "1");
	if (e->rev > 0) {
		HDF *checks = NULL;

		/* what publishing would change, and the checks it needs */
		diff = cedit_diff(e->published, body);
		diff_to_hdf(req->hdf, "Edit.Diff", diff);
		json_decref(diff);
		hdf_get_node(req->hdf, "Edit.Checks", &checks);
		if ((rc = cedit_checks(req->db, req->cfg, body, checks)) < 0)
			return res_db(rc);
		hdf_set_int_value(req->hdf, "Edit.Publishable", errors == 0 && rc == 0);
	}
	if ((rc = cedit_choices(req->db, req->hdf, 0)) < 0 ||
	    (rc = cedit_history(req->db, e->code, req->hdf, "Edit.Draft")) < 0)
		return res_db(rc);
	/* each version's difference, from the JSON it was kept as */
	for (versions = hdf_get_child(req->hdf, "Versions"); versions;
	    versions = hdf_obj_next(versions)) {
		json_t *d = json_loads(hdf_get_value(versions, "diff", "[]"), 0, NULL);

		if (d) {
			diff_to_hdf(versions, "Changes", d);
			json_decref(d);
		}
		hdf_remove_tree(versions, "diff");
	}
	hdf_set_value(req->hdf, "Page.Nav", "staff");
	if ((rc = page_staff_menu(req)) < 0)
		return res_db(rc);
	if (status)
		req->status = status;
	return req_render(req, T_ADMIN_CAT_EDIT);
}

/* GET /quan-tri/thu-tuc/:code */
struct result
p_cat_edit(struct request *req)
{
	struct cedit e;
	struct result r;
	int st;

	if ((st = cat_access(req, req->val[CC_CODE].s, ACT_READ, &e)) != 0)
		return res_status(st);
	if (hdf_get_value(req->hdf, "Query.da-luu", NULL))
		hdf_set_value(req->hdf, "Edit.Saved", "1");
	if (hdf_get_value(req->hdf, "Query.da-cong-bo", NULL))
		hdf_set_value(req->hdf, "Edit.Done", "published");
	if (hdf_get_value(req->hdf, "Query.da-ngung", NULL))
		hdf_set_value(req->hdf, "Edit.Done", "withdrawn");
	if (hdf_get_value(req->hdf, "Query.da-tai", NULL))
		hdf_set_value(req->hdf, "Edit.FormUp.Done", "1");
	r = edit_page(req, &e, e.body, 0);
	cedit_free(&e);
	return r;
}

/* --- the posted part into the record --------------------------------- */

/* A posted field, checked as a line (or several) of text: its value, or
 * NULL when absent, empty or not text (the record then lacks it, and
 * the validator says so where it must). Freed with the request. */
static const char *
posted(struct request *req, const char *name, int lines)
{
	struct field f = { name, lines ? V_TEXT : V_LINE, 0, 0, 20000, NULL };
	struct fval v;
	char key[80];
	const char *out = NULL;

	snprintf(key, sizeof(key), "Query.%s", name);
	memset(&v, 0, sizeof(v));
	if (validate_value(&f, hdf_get_value(req->hdf, key, NULL), &v) == VE_OK && v.present) {
		snprintf(key, sizeof(key), "Edit.In.%s", name);
		hdf_set_value(req->hdf, key, v.s);
		out = hdf_get_value(req->hdf, key, NULL);
	}
	fval_clear(&v);
	return out;
}

/* A number as the record holds it: an integer, a decimal ("0,5" as
 * well), or the text as typed, which the validator then refuses with
 * its message. */
static json_t *
number(const char *s)
{
	char *end, buf[40];
	long long n;
	double d;
	size_t i;

	errno = 0;
	n = strtoll(s, &end, 10);
	if (*end == '\0' && errno == 0)
		return json_integer(n);
	if (strlen(s) < sizeof(buf)) {
		snprintf(buf, sizeof(buf), "%s", s);
		for (i = 0; buf[i]; i++)
			if (buf[i] == ',')
				buf[i] = '.';
		d = strtod(buf, &end);
		if (*end == '\0' && end != buf && isdigit((unsigned char)buf[0]))
			return json_real(d);
	}
	return json_string(s);
}

static void
set_or_del(json_t *o, const char *key, json_t *v)
{
	if (v)
		json_object_set_new(o, key, v);
	else
		json_object_del(o, key);
}

static json_t *
lines_of(const char *s)
{
	json_t *l = json_array();
	const char *p = s;

	while (s && *p) {
		size_t n = strcspn(p, "\r\n");
		const char *a = p, *b = p + n;

		while (a < b && isspace((unsigned char)*a))
			a++;
		while (b > a && isspace((unsigned char)b[-1]))
			b--;
		if (b > a)
			json_array_append_new(l, json_stringn(a, (size_t)(b - a)));
		p += n;
		p += strspn(p, "\r\n");
	}
	if (json_array_size(l) == 0) {
		json_decref(l);
		return NULL;
	}
	return l;
}

/* The general part into body. An agency's admin keeps the implementing
 * agencies as they are (the procedure stays their agency's). */
static void
general_into(struct request *req, json_t *body)
{
	json_t *ag = json_object_get(body, "agencies"), *al = json_array();
	size_t k;
	char name[32];

	for (k = 0; gen_texts[k]; k++) {
		const char *s = posted(req, gen_texts[k], 1);

		set_or_del(body, gen_texts[k], s == NULL ? NULL :
		    strcmp(gen_texts[k], "level") == 0 ? number(s) : json_string(s));
	}
	for (k = 0; gen_lines[k]; k++)
		set_or_del(body, gen_lines[k], lines_of(posted(req, gen_lines[k], 1)));
	if (!json_is_object(ag)) {
		ag = json_object();
		json_object_set_new(body, "agencies", ag);
	}
	for (k = 0; agency_roles[k]; k++)
		if (k > 0 || is_province(req))
			set_or_del(ag, agency_roles[k], lines_of(posted(req, agency_roles[k], 1)));
	for (k = 0; levels_of_agency[k]; k++) {
		snprintf(name, sizeof(name), "al_%s", levels_of_agency[k]);
		if (posted(req, name, 0))
			json_array_append_new(al, json_string(levels_of_agency[k]));
	}
	set_or_del(body, "agency_levels", json_array_size(al) ? al : NULL);
	if (json_array_size(al) == 0)
		json_decref(al);
}

/* The rows of a repeated part into body's list: rows ticked for removal
 * ("<prefix><i>_xoa") and rows left empty go; add: one empty row more. */
static void
rows_into(struct request *req, json_t *body, int p, int rows, int add)
{
	json_t *l = json_array();
	int i;
	size_t k;
	char name[64];

	for (i = 0; i < rows; i++) {
		json_t *row = json_object(), *form = json_object();

		snprintf(name, sizeof(name), "%s%d_xoa", parts[p].prefix, i);
		if (posted(req, name, 0)) {
			json_decref(row);
			json_decref(form);
			continue;
		}
		for (k = 0; row_keys[p][k]; k++) {
			const char *m = row_keys[p][k], *s;

			snprintf(name, sizeof(name), "%s%d_%s", parts[p].prefix, i, m);
			s = posted(req, name, strcmp(m, "text") == 0);
			if (strcmp(m, "required") == 0) {
				/* a checkbox: ticked or not, and a row's own
				 * hidden mark says it was on the form */
				continue;
			}
			if (s == NULL)
				continue;
			if (strncmp(m, "form_", 5) == 0)
				json_object_set_new(form, m + 5, json_string(s));
			else
				json_object_set_new(row, m, catalog_one_of(m, numeric) ?
				    number(s) : json_string(s));
		}
		/* "bỏ mẫu": the document's uploaded form goes, name and
		 * file (the stored file stays: published versions may name
		 * it, and the sweeper knows what nothing names) */
		snprintf(name, sizeof(name), "%s%d_bo_mau", parts[p].prefix, i);
		if (p == P_DOCS && posted(req, name, 0))
			json_object_clear(form);
		if (json_object_size(form))
			json_object_set(row, "form", form);
		json_decref(form);
		if (json_object_size(row) == 0) {
			json_decref(row);
			continue;	/* left empty: not a row */
		}
		if (p == P_DOCS) {
			snprintf(name, sizeof(name), "d%d_required", i);
			json_object_set_new(row, "required", json_boolean(posted(req, name, 0) != NULL));
		}
		json_array_append_new(l, row);
	}
	if (add && (int)json_array_size(l) < rows_max(req, p))
		json_array_append_new(l, json_object());
	set_or_del(body, parts[p].list, json_array_size(l) ? l : NULL);
	if (json_array_size(l) == 0)
		json_decref(l);
}

struct save_tx {
	struct request *req;
	struct cedit *e;
	json_t *body;
	long long agency, rev;
	int outcome;
};

static int
save_tx(struct db *db, void *ctx)
{
	struct save_tx *s = ctx;
	int rc;

	if ((rc = cedit_save(db, s->e, s->body, s->agency, s->rev, s->req->user->id)) != CEDIT_OK) {
		s->outcome = rc;
		return rc < 0 ? rc : 0;
	}
	s->outcome = CEDIT_OK;
	return page_audit(s->req, "catalog.draft", "proc", 0, 0, s->e->code);
}

/* POST /quan-tri/thu-tuc/:code/:part */
struct result
p_cat_save(struct request *req)
{
	struct cedit e;
	struct save_tx s;
	struct result r;
	json_t *mine, *now;
	int p, st, rc;
	char to[96];

	if ((st = cat_access(req, req->val[CS_CODE].s, ACT_CHANGE, &e)) != 0)
		return res_status(st);
	for (p = 0; p < P__MAX; p++)
		if (strcmp(parts[p].slug, req->val[CS_PART].s) == 0)
			break;
	if (req->nerrors || p == P__MAX) {
		cedit_free(&e);
		return res_status(400);	/* the form's own fields: never typed */
	}
	mine = json_deep_copy(e.body);
	if (p == P_GENERAL)
		general_into(req, mine);
	else
		rows_into(req, mine, p, (int)req->val[CS_ROWS].i, req->val[CS_ADD].present);
	memset(&s, 0, sizeof(s));
	s.req = req;
	s.e = &e;
	s.body = mine;
	s.agency = e.rev > 0 ? e.draft_agency : e.nagencies ? e.agencies[0] : req->user->agency_id;
	if (!is_province(req))
		s.agency = req->user->agency_id;
	s.rev = req->val[CS_REV].i;
	if ((rc = db_tx(req->db, save_tx, &s)) != 0) {
		json_decref(mine);
		cedit_free(&e);
		return res_db(rc);
	}
	if (s.outcome == CEDIT_STALE) {
		/* someone saved first: their draft and what this person sent,
		 * side by side; the form shows what they sent, at the draft's
		 * version now, so sending it again replaces the other's */
		cedit_free(&e);
		if ((st = cat_access(req, req->val[CS_CODE].s, ACT_CHANGE, &e)) != 0) {
			json_decref(mine);
			return res_status(st);
		}
		now = json_deep_copy(e.body);
		if (p == P_GENERAL)
			general_into(req, now);
		else
			rows_into(req, now, p, (int)req->val[CS_ROWS].i, 0);
		{
			json_t *diff = cedit_diff(e.body, now);

			diff_to_hdf(req->hdf, "Edit.Stale", diff);
			json_decref(diff);
		}
		hdf_set_value(req->hdf, "Edit.StaleOf", "1");
		r = edit_page(req, &e, now, 409);
		json_decref(now);
		json_decref(mine);
		cedit_free(&e);
		return r;
	}
	json_decref(mine);
	snprintf(to, sizeof(to), "/quan-tri/thu-tuc/%s?da-luu=1#%s", e.code, parts[p].slug);
	cedit_free(&e);
	return req_redirect(req, to);
}

/* --- a new procedure --------------------------------------------------- */

struct new_tx {
	struct request *req;
	struct cedit *e;
	json_t *body;
	long long agency;
	int outcome;
};

static int
new_tx(struct db *db, void *ctx)
{
	struct new_tx *n = ctx;
	int rc;

	if ((rc = cedit_save(db, n->e, n->body, n->agency, 0, n->req->user->id)) != CEDIT_OK) {
		n->outcome = rc;
		return rc < 0 ? rc : 0;
	}
	n->outcome = CEDIT_OK;
	return page_audit(n->req, "catalog.create", "proc", 0, 0, n->e->code);
}

/* The list again with New.Error (a key of Lang.Admin.Cat.NewError). */
static struct result
new_failed(struct request *req, const char *why)
{
	hdf_set_value(req->hdf, "New.Error", why);
	req->status = 422;
	return p_cat_list(req);
}

/* POST /quan-tri/thu-tuc */
struct result
p_cat_new(struct request *req)
{
	struct cedit e;
	struct new_tx n;
	const char *code = req->val[CN_CODE].s;
	char acode[32];
	long long agency = req->user->agency_id;
	json_t *probe;
	char to[96];
	int rc;

	if (req->nerrors == 0 && is_province(req)) {
		if (!req->val[CN_AGENCY].present)
			return new_failed(req, "agency");
		if ((rc = cedit_agency_id(req->db, req->val[CN_AGENCY].s, &agency)) < 0)
			return res_db(rc);
		if (agency == 0)
			return new_failed(req, "agency");
	}
	if (req->nerrors || agency <= 0)
		return new_failed(req, "code");
	/* the code's form, by the import's validator */
	probe = json_pack("{s:s}", "code", code);
	{
		json_t *by = json_object();

		cedit_validate(req->db, req->cfg, probe, by);
		if (json_object_get(by, "code")) {
			hdf_set_value(req->hdf, "New.Message", json_string_value(json_object_get(by, "code")));
			hdf_set_value(req->hdf, "New.Value", code);
			json_decref(by);
			json_decref(probe);
			return new_failed(req, "code");
		}
		json_decref(by);
	}
	if ((rc = cedit_load(req->db, json_string_value(json_object_get(probe, "code")), &e)) < 0) {
		cedit_free(&e);
		json_decref(probe);
		return res_db(rc);
	}
	if (rc > 0) {
		/* it exists: its page (access decides there) */
		snprintf(to, sizeof(to), "/quan-tri/thu-tuc/%s", e.code);
		cedit_free(&e);
		json_decref(probe);
		hdf_set_value(req->hdf, "New.Value", code);
		return new_failed(req, "exists");
	}
	if ((rc = cedit_agency_code(req->db, agency, acode, sizeof(acode))) < 0 || !*acode) {
		json_decref(probe);
		return rc < 0 ? res_db(rc) : res_status(404);
	}
	json_object_set_new(probe, "agencies", json_pack("{s:[s]}", "implementing", acode));
	memset(&n, 0, sizeof(n));
	n.req = req;
	n.e = &e;
	n.body = probe;
	n.agency = agency;
	rc = db_tx(req->db, new_tx, &n);
	json_decref(probe);
	if (rc != 0)
		return res_db(rc);
	if (n.outcome == CEDIT_STALE) {
		/* another admin made it at the same moment */
		hdf_set_value(req->hdf, "New.Value", code);
		snprintf(to, sizeof(to), "/quan-tri/thu-tuc/%s", e.code);
		return new_failed(req, "exists");
	}
	snprintf(to, sizeof(to), "/quan-tri/thu-tuc/%s", e.code);
	return req_redirect(req, to);
}

/* --- publishing and withdrawing --------------------------------------- */

struct pub_tx {
	struct request *req;
	struct cedit *e;
	long long n;
	int outcome;
};

static int
pub_tx(struct db *db, void *ctx)
{
	struct pub_tx *t = ctx;
	struct request *req = t->req;
	char note[200];
	int rc;

	rc = cedit_publish(db, t->e, req->val[CP_REV].i, req->val[CP_NO].s,
	    req->val[CP_DATE].s, req->user->id, &t->n);
	if (rc != CEDIT_OK) {
		t->outcome = rc;
		return rc < 0 ? rc : 0;
	}
	t->outcome = CEDIT_OK;
	snprintf(note, sizeof(note), "%s v%lld %s", t->e->code, t->n, req->val[CP_NO].s);
	return page_audit(req, "catalog.publish", "proc", 0, 0, note);
}

/* The editor's page again with why the action was refused (Edit.Refused:
 * a key of Lang.Admin.Cat.Refused), status 409 or 422. */
static struct result
refused(struct request *req, struct cedit *e, const char *why, int status)
{
	struct result r;

	hdf_set_value(req->hdf, "Edit.Refused", why);
	req_form_to_hdf(req);
	r = edit_page(req, e, e->body, status);
	cedit_free(e);
	return r;
}

/* POST /quan-tri/thu-tuc/:code/cong-bo */
struct result
p_cat_publish(struct request *req)
{
	struct cedit e;
	struct pub_tx t;
	HDF *checks = NULL;
	char to[96];
	int st, rc;

	if ((st = cat_access(req, req->val[CP_CODE].s, ACT_PUBLISH, &e)) != 0)
		return res_status(st);
	if (req->nerrors)
		return refused(req, &e, "form", 422);
	if (e.rev == 0)
		return refused(req, &e, "nodraft", 409);
	if (e.rev != req->val[CP_REV].i)
		return refused(req, &e, "stale", 409);
	/* the import's validator and the regulation's checks, again: the
	 * page that showed them may be old */
	if (cedit_validate(req->db, req->cfg, e.body, NULL) > 0)
		return refused(req, &e, "errors", 422);
	hdf_init(&checks);
	rc = cedit_checks(req->db, req->cfg, e.body, checks);
	hdf_destroy(&checks);
	if (rc < 0) {
		cedit_free(&e);
		return res_db(rc);
	}
	if (rc > 0)
		return refused(req, &e, "checks", 422);
	memset(&t, 0, sizeof(t));
	t.req = req;
	t.e = &e;
	if ((rc = db_tx(req->db, pub_tx, &t)) != 0) {
		cedit_free(&e);
		return res_db(rc);
	}
	if (t.outcome == CEDIT_STALE || t.outcome == CEDIT_NONE)
		return refused(req, &e, t.outcome == CEDIT_STALE ? "stale" : "nodraft", 409);
	snprintf(to, sizeof(to), "/quan-tri/thu-tuc/%s?da-cong-bo=1", e.code);
	cedit_free(&e);
	return req_redirect(req, to);
}

struct wd_tx {
	struct request *req;
	struct cedit *e;
	int outcome;
};

static int
wd_tx(struct db *db, void *ctx)
{
	struct wd_tx *t = ctx;
	struct request *req = t->req;
	char note[200];
	int rc;

	rc = cedit_withdraw(db, t->e, req->val[CW_ON].s, req->val[CW_NO].s,
	    req->val[CW_DATE].s, req->user->id);
	if (rc != CEDIT_OK) {
		t->outcome = rc;
		return rc < 0 ? rc : 0;
	}
	t->outcome = CEDIT_OK;
	snprintf(note, sizeof(note), "%s %s %s", t->e->code, req->val[CW_ON].s, req->val[CW_NO].s);
	return page_audit(req, "catalog.withdraw", "proc", 0, 0, note);
}

/* POST /quan-tri/thu-tuc/:code/ngung */
struct result
p_cat_withdraw(struct request *req)
{
	struct cedit e;
	struct wd_tx t;
	char to[96];
	int st, rc;

	if ((st = cat_access(req, req->val[CW_CODE].s, ACT_PUBLISH, &e)) != 0)
		return res_status(st);
	if (req->nerrors)
		return refused(req, &e, "form", 422);
	if (e.published == NULL)
		return refused(req, &e, "unpublished", 409);
	memset(&t, 0, sizeof(t));
	t.req = req;
	t.e = &e;
	if ((rc = db_tx(req->db, wd_tx, &t)) != 0) {
		cedit_free(&e);
		return res_db(rc);
	}
	/* from today on: dossiers already taken under it stay as they are */
	if (t.outcome == CEDIT_PAST)
		return refused(req, &e, "past", 422);
	if (t.outcome == CEDIT_NONE)
		return refused(req, &e, "unpublished", 409);
	snprintf(to, sizeof(to), "/quan-tri/thu-tuc/%s?da-ngung=1", e.code);
	cedit_free(&e);
	return req_redirect(req, to);
}

/* --- for the editor's form files (admin_forms.c) ---------------------- */

int
admin_cat_access(struct request *req, const char *code, enum access_act act, struct cedit *e)
{
	return cat_access(req, code, act, e);
}

struct result
admin_cat_page(struct request *req, struct cedit *e, json_t *body, int status)
{
	return edit_page(req, e, body, status);
}
