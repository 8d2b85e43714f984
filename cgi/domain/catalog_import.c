#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/util.h"
#include "core/validate.h"
#include "domain/catalog.h"
#include "domain/catalog_import.h"

#define MAX_ERRORS 200
#define TEXT_MAX 20000

struct ictx {
	const struct config *cfg;
	struct db *db;
	const char *file;
	struct import_report *r;
	char where[200];	/* the record: "procedures[3] (1.001193)" */
	json_t *agencies;	/* codes in the file (object as a set) */
	json_t *fields;		/* codes and slugs in the file -> code */
	json_t *procs;		/* codes in the file */
};

static void err(struct ictx *x, const char *field, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void
err(struct ictx *x, const char *field, const char *fmt, ...)
{
	va_list ap;

	if (++x->r->nerrors > MAX_ERRORS) {
		if (x->r->nerrors == MAX_ERRORS + 1)
			buf_printf(&x->r->errors, "%s: ... (hơn %d lỗi, dừng liệt kê)\n",
			    x->file, MAX_ERRORS);
		return;
	}
	buf_printf(&x->r->errors, "%s: %s: %s: ", x->file, x->where, field);
	va_start(ap, fmt);
	buf_vprintf(&x->r->errors, fmt, ap);
	va_end(ap);
	buf_addc(&x->r->errors, '\n');
}

/* Unknown keys are errors: a misspelt key must not vanish silently. */
static void
only_keys(struct ictx *x, json_t *o, const char *prefix, const char *const *allowed)
{
	const char *k;
	json_t *v;
	size_t i;

	json_object_foreach(o, k, v) {
		for (i = 0; allowed[i]; i++)
			if (strcmp(allowed[i], k) == 0)
				break;
		if (allowed[i] == NULL)
			err(x, *prefix ? prefix : k, "khóa \"%s\" không có trong định dạng", k);
	}
}

static const char *
verr_text(enum verr e)
{
	switch (e) {
	case VE_REQUIRED: return "bắt buộc, đang thiếu";
	case VE_UTF8: return "không phải UTF-8 hợp lệ";
	case VE_CONTROL: return "chứa ký tự điều khiển";
	case VE_TOOSHORT: return "quá ngắn";
	case VE_TOOLONG: return "quá dài";
	case VE_RANGE: return "ngoài khoảng cho phép";
	case VE_CHOICE: return "không phải giá trị cho phép";
	default: return "sai định dạng";
	}
}

/* A string member checked with a form validator; the normalised value
 * replaces it in the object. Returns it, or NULL if absent or wrong. */
static const char *
str(struct ictx *x, json_t *o, const char *key, const char *label,
    enum vtype t, long max, int required)
{
	json_t *v = json_object_get(o, key);
	struct field f = { key, t, required ? F_REQUIRED : 0, 0, max, NULL };
	struct fval fv;
	const char *out = NULL;

	if (v && json_is_null(v))
		v = NULL;
	if (v && !json_is_string(v)) {
		err(x, label, "phải là chuỗi");
		return NULL;
	}
	if (t == V_DATE)
		f.min = 1900, f.max = 2100;
	if (validate_value(&f, v ? json_string_value(v) : NULL, &fv) != VE_OK) {
		err(x, label, "%s", verr_text(fv.err));
		fval_clear(&fv);
		return NULL;
	}
	if (fv.present) {
		json_object_set_new(o, key, json_string(fv.s));
		out = json_string_value(json_object_get(o, key));
	} else
		json_object_del(o, key);
	fval_clear(&fv);
	return out;
}

static int
pattern(const char *s, int (*ok)(int), const char *extra)
{
	if (*s == '\0')
		return 0;
	for (; *s; s++)
		if (!ok((unsigned char)*s) && !(extra && strchr(extra, *s)))
			return 0;
	return 1;
}

static int is_upper_digit(int c) { return isdigit(c) || (c >= 'A' && c <= 'Z'); }
static int is_alnum(int c) { return isalnum(c); }

/* 000.00.15.H34: groups of digits and capitals joined by dots */
static int
agency_code_ok(const char *s)
{
	size_t n = strlen(s);

	return n && n <= 24 && s[0] != '.' && s[n - 1] != '.' && !strstr(s, "..") &&
	    pattern(s, is_upper_digit, ".");
}

/* 1.001193 */
static int
proc_code_ok(const char *s)
{
	int i;

	if (strlen(s) != 8 || !isdigit((unsigned char)s[0]) || s[1] != '.')
		return 0;
	for (i = 2; i < 8; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

static int
one_of(const char *v, const char *const *list)
{
	size_t i;

	for (i = 0; v && list[i]; i++)
		if (strcmp(v, list[i]) == 0)
			return 1;
	return 0;
}

static const char *
enum_str(struct ictx *x, json_t *o, const char *key, const char *label,
    const char *const *choices, int required)
{
	const char *v = str(x, o, key, label, V_LINE, 40, required);

	if (v && !one_of(v, choices)) {
		err(x, label, "phải là một trong các giá trị cho phép, nhận được \"%s\"", v);
		return NULL;
	}
	return v;
}

static json_t *
list(struct ictx *x, json_t *o, const char *key, int required)
{
	json_t *v = json_object_get(o, key);

	if (v == NULL || json_is_null(v)) {
		if (required)
			err(x, key, "bắt buộc, đang thiếu");
		return NULL;
	}
	if (!json_is_array(v)) {
		err(x, key, "phải là danh sách");
		return NULL;
	}
	if (required && json_array_size(v) == 0)
		err(x, key, "cần ít nhất một phần tử");
	return v;
}

static int
int_member(struct ictx *x, json_t *o, const char *key, const char *label,
    long long min, long long max, long long def, long long *out)
{
	json_t *v = json_object_get(o, key);

	*out = def;
	if (v == NULL || json_is_null(v))
		return 0;
	if (!json_is_integer(v) || json_integer_value(v) < min || json_integer_value(v) > max) {
		err(x, label, "phải là số nguyên từ %lld đến %lld", min, max);
		return -1;
	}
	*out = json_integer_value(v);
	return 0;
}

/* A positive number with at most one decimal, as tenths. */
static int
tenths_member(struct ictx *x, json_t *o, const char *key, const char *label,
    long long *out)
{
	json_t *v = json_object_get(o, key);
	double d, t;

	*out = 0;
	if (v == NULL || !json_is_number(v)) {
		err(x, label, "phải là một số (ví dụ 5 hoặc 0.5)");
		return -1;
	}
	d = json_number_value(v);
	t = d * 10.0;
	if (!(d > 0 && d <= 10000) || fabs(t - round(t)) > 1e-6) {
		err(x, label, "phải là số dương, tối đa một chữ số thập phân");
		return -1;
	}
	*out = (long long)llround(t);
	return 0;
}

static int
exists_agency(struct ictx *x, const char *code)
{
	long long n = 0;

	if (json_object_get(x->agencies, code))
		return 1;
	return db_int(x->db, &n, "SELECT COUNT(*) FROM agency WHERE code = ?",
	    DB_STR(code)) == 1 && n > 0;
}

/* The field's code, from a code or slug in the file or the database. */
static const char *
field_code(struct ictx *x, const char *key, struct buf *tmp)
{
	json_t *v = json_object_get(x->fields, key);
	HDF *h;
	int rc;

	if (v)
		return json_string_value(v);
	hdf_init(&h);
	rc = db_row(x->db, h, "F", "SELECT code FROM field WHERE code = ? OR slug = ? LIMIT 1",
	    DB_STR(key), DB_STR(key));
	if (rc == 1) {
		buf_reset(tmp);
		buf_adds(tmp, hdf_get_value(h, "F.code", ""));
	}
	hdf_destroy(&h);
	return rc == 1 ? buf_str(tmp) : NULL;
}

static void
where(struct ictx *x, const char *list_name, size_t i, json_t *o, const char *key)
{
	json_t *c = json_object_get(o, key);

	if (json_is_string(c))
		snprintf(x->where, sizeof(x->where), "%s[%zu] (%.60s)", list_name, i,
		    json_string_value(c));
	else
		snprintf(x->where, sizeof(x->where), "%s[%zu]", list_name, i);
}

/* --- checking ---------------------------------------------------------- */

static const char *const a_levels[] = { "province", "district", "commune", NULL };

static void
check_agency(struct ictx *x, json_t *a)
{
	static const char *const keys[] = { "code", "name", "level", "parent", "address",
		"phone", "email", "website", "bank", "status", "closed_on", "successor",
		"history", NULL };
	static const char *const statuses[] = { "active", "closed", NULL };
	static const char *const events[] = { "created", "renamed", "merged", "closed", NULL };
	const char *code, *s, *status, *closed;
	json_t *h, *e, *bank;
	size_t i;

	if (!json_is_object(a)) {
		err(x, "-", "phải là một đối tượng");
		return;
	}
	only_keys(x, a, "", keys);
	if ((code = str(x, a, "code", "code", V_LINE, 24, 1)) && !agency_code_ok(code))
		err(x, "code", "mã định danh phải gồm các nhóm chữ số, chữ in hoa cách nhau bằng dấu chấm, ví dụ 000.00.15.H34");
	str(x, a, "name", "name", V_LINE, 255, 1);
	enum_str(x, a, "level", "level", a_levels, 1);
	if ((s = str(x, a, "parent", "parent", V_LINE, 24, 0)) && !exists_agency(x, s))
		err(x, "parent", "không có cơ quan mã %s", s);
	if (s && code && strcmp(s, code) == 0)
		err(x, "parent", "một cơ quan không thể trực thuộc chính nó");
	str(x, a, "address", "address", V_LINE, 300, 0);
	str(x, a, "phone", "phone", V_LINE, 40, 0);
	str(x, a, "email", "email", V_EMAIL, 254, 0);
	if ((s = str(x, a, "website", "website", V_LINE, 300, 0)) &&
	    strncmp(s, "https://", 8) && strncmp(s, "http://", 7))
		err(x, "website", "phải bắt đầu bằng https:// hoặc http://");
	if ((bank = json_object_get(a, "bank")) != NULL) {
		static const char *const bkeys[] = { "account", "bank", "holder", NULL };

		if (!json_is_object(bank))
			err(x, "bank", "phải là một đối tượng");
		else {
			only_keys(x, bank, "bank", bkeys);
			if ((s = str(x, bank, "account", "bank.account", V_LINE, 40, 1)) &&
			    !pattern(s, is_alnum, " .-"))
				err(x, "bank.account", "chỉ gồm chữ số, chữ cái, dấu cách, dấu chấm, gạch ngang");
			str(x, bank, "bank", "bank.bank", V_LINE, 200, 0);
			str(x, bank, "holder", "bank.holder", V_LINE, 255, 0);
		}
	}
	status = enum_str(x, a, "status", "status", statuses, 0);
	closed = str(x, a, "closed_on", "closed_on", V_DATE, 10, 0);
	if (status && strcmp(status, "closed") == 0 && closed == NULL)
		err(x, "closed_on", "bắt buộc khi status là closed");
	if ((s = str(x, a, "successor", "successor", V_LINE, 24, 0)) && !exists_agency(x, s))
		err(x, "successor", "không có cơ quan mã %s", s);
	if ((h = list(x, a, "history", 0)) != NULL)
		json_array_foreach(h, i, e) {
			static const char *const hkeys[] = { "date", "event", "note", "old_name", NULL };
			char label[64];
			const char *ev;

			snprintf(label, sizeof(label), "history[%zu]", i);
			if (!json_is_object(e)) {
				err(x, label, "phải là một đối tượng");
				continue;
			}
			only_keys(x, e, label, hkeys);
			snprintf(label, sizeof(label), "history[%zu].date", i);
			str(x, e, "date", label, V_DATE, 10, 1);
			snprintf(label, sizeof(label), "history[%zu].event", i);
			ev = enum_str(x, e, "event", label, events, 1);
			snprintf(label, sizeof(label), "history[%zu].note", i);
			str(x, e, "note", label, V_LINE, 500, 0);
			snprintf(label, sizeof(label), "history[%zu].old_name", i);
			if (str(x, e, "old_name", label, V_LINE, 255, 0) == NULL && ev &&
			    strcmp(ev, "renamed") == 0)
				err(x, label, "bắt buộc khi event là renamed");
		}
}

static void
check_field(struct ictx *x, json_t *f)
{
	static const char *const keys[] = { "code", "slug", "name", NULL };
	const char *code;

	if (!json_is_object(f)) {
		err(x, "-", "phải là một đối tượng");
		return;
	}
	only_keys(x, f, "", keys);
	if ((code = str(x, f, "code", "code", V_LINE, 20, 1)) && !pattern(code, is_alnum, ".-"))
		err(x, "code", "chỉ gồm chữ, số, dấu chấm và gạch ngang");
	str(x, f, "slug", "slug", V_SLUG, 100, 1);
	str(x, f, "name", "name", V_LINE, 200, 1);
}

static void
check_code_list(struct ictx *x, json_t *p, json_t *parent, const char *key,
    const char *label, int agencies, int required)
{
	json_t *l = json_object_get(parent, key), *v;
	size_t i;
	char lab[80];

	(void)p;
	if (l == NULL || json_is_null(l)) {
		if (required)
			err(x, label, "bắt buộc, cần ít nhất một mã");
		return;
	}
	if (!json_is_array(l)) {
		err(x, label, "phải là danh sách mã");
		return;
	}
	if (required && json_array_size(l) == 0)
		err(x, label, "cần ít nhất một mã");
	json_array_foreach(l, i, v) {
		const char *c = json_string_value(v);

		snprintf(lab, sizeof(lab), "%s[%zu]", label, i);
		if (c == NULL)
			err(x, lab, "phải là chuỗi");
		else if (agencies ? !agency_code_ok(c) : !proc_code_ok(c))
			err(x, lab, "mã \"%.40s\" sai định dạng", c);
		else if (agencies && !exists_agency(x, c))
			err(x, lab, "không có cơ quan mã %s", c);
	}
}

static void
check_text_list(struct ictx *x, json_t *p, const char *key, long max)
{
	json_t *l = list(x, p, key, 0), *v;
	size_t i;
	char lab[80];

	if (l == NULL)
		return;
	json_array_foreach(l, i, v) {
		struct field f = { key, V_LINE, F_REQUIRED, 1, max, NULL };
		struct fval fv;

		snprintf(lab, sizeof(lab), "%s[%zu]", key, i);
		if (!json_is_string(v)) {
			err(x, lab, "phải là chuỗi");
			continue;
		}
		if (validate_value(&f, json_string_value(v), &fv) != VE_OK)
			err(x, lab, "%s", verr_text(fv.err));
		else
			json_array_set_new(l, i, json_string(fv.s));
		fval_clear(&fv);
	}
}

static void
check_proc(struct ictx *x, json_t *p)
{
	static const char *const keys[] = { "code", "name", "field", "agencies",
		"agency_levels", "level", "level_2022", "subjects", "conditions",
		"cases", "steps", "channels", "documents", "result", "legal_basis",
		"related", "inter_agency", "publishing_decision", "valid_from",
		"valid_to", "keywords", "guide", "internal_process", NULL };
	static const char *const l22[] = { "toan_trinh", "mot_phan", NULL };
	static const char *const parties[] = { "citizen", "agency", NULL };
	static const char *const chans[] = { "in_person", "online", "post", NULL };
	static const char *const units[] = { "working_days", "working_hours", NULL };
	static const char *const roles[] = { "reception", "specialist", "leader", NULL };
	const char *code, *fk, *from, *to;
	json_t *ag, *l, *e, *cases = json_object();
	struct buf tmp = BUF_INIT;
	long long n;
	size_t i;
	char lab[80];

	if (!json_is_object(p)) {
		err(x, "-", "phải là một đối tượng");
		json_decref(cases);
		return;
	}
	only_keys(x, p, "", keys);
	if ((code = str(x, p, "code", "code", V_LINE, 16, 1)) && !proc_code_ok(code))
		err(x, "code", "mã thủ tục có dạng một chữ số, dấu chấm, sáu chữ số, ví dụ 1.001193");
	str(x, p, "name", "name", V_LINE, 500, 1);
	if ((fk = str(x, p, "field", "field", V_LINE, 100, 1)) && field_code(x, fk, &tmp) == NULL)
		err(x, "field", "không có lĩnh vực \"%s\"", fk);
	if ((ag = json_object_get(p, "agencies")) == NULL || !json_is_object(ag))
		err(x, "agencies", "bắt buộc: đối tượng với danh sách implementing");
	else {
		static const char *const akeys[] = { "implementing", "competent", "coordinating", NULL };

		only_keys(x, ag, "agencies", akeys);
		check_code_list(x, p, ag, "implementing", "agencies.implementing", 1, 1);
		check_code_list(x, p, ag, "competent", "agencies.competent", 1, 0);
		check_code_list(x, p, ag, "coordinating", "agencies.coordinating", 1, 0);
	}
	if ((l = list(x, p, "agency_levels", 0)) != NULL)
		json_array_foreach(l, i, e)
			if (!one_of(json_string_value(e), a_levels)) {
				snprintf(lab, sizeof(lab), "agency_levels[%zu]", i);
				err(x, lab, "phải là province, district hoặc commune");
			}
	if (json_object_get(p, "level") == NULL)
		err(x, "level", "bắt buộc, đang thiếu");
	else
		int_member(x, p, "level", "level", 1, 4, 1, &n);
	enum_str(x, p, "level_2022", "level_2022", l22, 0);
	str(x, p, "subjects", "subjects", V_TEXT, TEXT_MAX, 0);
	str(x, p, "conditions", "conditions", V_TEXT, TEXT_MAX, 0);
	str(x, p, "result", "result", V_TEXT, TEXT_MAX, 0);
	str(x, p, "guide", "guide", V_TEXT, TEXT_MAX, 0);
	str(x, p, "publishing_decision", "publishing_decision", V_LINE, 500, 0);
	from = str(x, p, "valid_from", "valid_from", V_DATE, 10, 0);
	to = str(x, p, "valid_to", "valid_to", V_DATE, 10, 0);
	if (from && to && strcmp(to, from) < 0)
		err(x, "valid_to", "trước valid_from");

	if ((l = list(x, p, "cases", 0)) != NULL)
		json_array_foreach(l, i, e) {
			static const char *const ck[] = { "key", "name", NULL };
			const char *k;

			snprintf(lab, sizeof(lab), "cases[%zu]", i);
			if (!json_is_object(e)) {
				err(x, lab, "phải là một đối tượng");
				continue;
			}
			only_keys(x, e, lab, ck);
			snprintf(lab, sizeof(lab), "cases[%zu].key", i);
			if ((k = str(x, e, "key", lab, V_SLUG, 60, 1)) != NULL) {
				if (json_object_get(cases, k))
					err(x, lab, "khóa \"%s\" trùng", k);
				json_object_set_new(cases, k, json_true());
			}
			snprintf(lab, sizeof(lab), "cases[%zu].name", i);
			str(x, e, "name", lab, V_LINE, 300, 1);
		}
	if ((l = list(x, p, "steps", 1)) != NULL)
		json_array_foreach(l, i, e) {
			static const char *const sk[] = { "case", "party", "text", NULL };
			const char *c;

			snprintf(lab, sizeof(lab), "steps[%zu]", i);
			if (!json_is_object(e)) {
				err(x, lab, "phải là một đối tượng");
				continue;
			}
			only_keys(x, e, lab, sk);
			snprintf(lab, sizeof(lab), "steps[%zu].case", i);
			if ((c = str(x, e, "case", lab, V_SLUG, 60, 0)) && !json_object_get(cases, c))
				err(x, lab, "không có trường hợp \"%s\" trong cases", c);
			snprintf(lab, sizeof(lab), "steps[%zu].party", i);
			enum_str(x, e, "party", lab, parties, 1);
			snprintf(lab, sizeof(lab), "steps[%zu].text", i);
			str(x, e, "text", lab, V_TEXT, TEXT_MAX, 1);
		}
	if ((l = list(x, p, "channels", 1)) != NULL) {
		json_t *seen = json_object();

		json_array_foreach(l, i, e) {
			static const char *const hk[] = { "channel", "time", "unit", "fee",
				"charge", "fee_note", NULL };
			const char *ch;

			snprintf(lab, sizeof(lab), "channels[%zu]", i);
			if (!json_is_object(e)) {
				err(x, lab, "phải là một đối tượng");
				continue;
			}
			only_keys(x, e, lab, hk);
			snprintf(lab, sizeof(lab), "channels[%zu].channel", i);
			if ((ch = enum_str(x, e, "channel", lab, chans, 1)) != NULL) {
				if (json_object_get(seen, ch))
					err(x, lab, "cách nộp \"%s\" xuất hiện hai lần", ch);
				json_object_set_new(seen, ch, json_true());
			}
			snprintf(lab, sizeof(lab), "channels[%zu].time", i);
			tenths_member(x, e, "time", lab, &n);
			snprintf(lab, sizeof(lab), "channels[%zu].unit", i);
			enum_str(x, e, "unit", lab, units, 1);
			snprintf(lab, sizeof(lab), "channels[%zu].fee", i);
			int_member(x, e, "fee", lab, 0, 1000000000000LL, 0, &n);
			snprintf(lab, sizeof(lab), "channels[%zu].charge", i);
			int_member(x, e, "charge", lab, 0, 1000000000000LL, 0, &n);
			snprintf(lab, sizeof(lab), "channels[%zu].fee_note", i);
			str(x, e, "fee_note", lab, V_LINE, 1000, 0);
		}
		json_decref(seen);
	}
	if ((l = list(x, p, "documents", 1)) != NULL)
		json_array_foreach(l, i, e) {
			static const char *const dk[] = { "case", "name", "originals", "copies",
				"required", "form", NULL };
			json_t *form, *req;
			const char *c;

			snprintf(lab, sizeof(lab), "documents[%zu]", i);
			if (!json_is_object(e)) {
				err(x, lab, "phải là một đối tượng");
				continue;
			}
			only_keys(x, e, lab, dk);
			snprintf(lab, sizeof(lab), "documents[%zu].case", i);
			if ((c = str(x, e, "case", lab, V_SLUG, 60, 0)) && !json_object_get(cases, c))
				err(x, lab, "không có trường hợp \"%s\" trong cases", c);
			snprintf(lab, sizeof(lab), "documents[%zu].name", i);
			str(x, e, "name", lab, V_LINE, 1000, 1);
			snprintf(lab, sizeof(lab), "documents[%zu].originals", i);
			int_member(x, e, "originals", lab, 0, 50, 0, &n);
			snprintf(lab, sizeof(lab), "documents[%zu].copies", i);
			int_member(x, e, "copies", lab, 0, 50, 0, &n);
			req = json_object_get(e, "required");
			snprintf(lab, sizeof(lab), "documents[%zu].required", i);
			if (req && !json_is_boolean(req))
				err(x, lab, "phải là true hoặc false");
			if ((form = json_object_get(e, "form")) != NULL) {
				static const char *const fk2[] = { "name", "file", NULL };
				const char *file;

				snprintf(lab, sizeof(lab), "documents[%zu].form", i);
				if (!json_is_object(form)) {
					err(x, lab, "phải là một đối tượng");
					continue;
				}
				only_keys(x, form, lab, fk2);
				snprintf(lab, sizeof(lab), "documents[%zu].form.name", i);
				str(x, form, "name", lab, V_LINE, 300, 1);
				snprintf(lab, sizeof(lab), "documents[%zu].form.file", i);
				if ((file = str(x, form, "file", lab, V_LINE, 200, 1)) != NULL) {
					const char *dot = strrchr(file, '.');
					struct buf path = BUF_INIT;

					if (!pattern(file, is_alnum, "-.") || dot == NULL || strstr(file, "..") ||
					    !one_of(dot, (const char *const[]){ ".rtf", ".pdf", ".doc",
					    ".docx", ".odt", ".xls", ".xlsx", ".ods", NULL }))
						err(x, lab, "tên tệp mẫu chỉ gồm chữ, số, gạch ngang, "
						    "với đuôi .rtf .pdf .doc .docx .odt .xls .xlsx .ods");
					else {
						buf_printf(&path, "%s/bieu-mau/%s",
						    cfg_str(x->cfg, "Paths.Htdocs"), file);
						if (access(buf_str(&path), R_OK) != 0)
							err(x, lab, "không có tệp %s", buf_str(&path));
					}
					buf_free(&path);
				}
			}
		}
	check_text_list(x, p, "legal_basis", 1000);
	check_text_list(x, p, "keywords", 100);
	check_code_list(x, p, p, "related", "related", 0, 0);
	check_code_list(x, p, p, "inter_agency", "inter_agency", 0, 0);
	if ((l = list(x, p, "internal_process", 0)) != NULL)
		json_array_foreach(l, i, e) {
			static const char *const pk[] = { "step", "role", "unit", "hours", NULL };

			snprintf(lab, sizeof(lab), "internal_process[%zu]", i);
			if (!json_is_object(e)) {
				err(x, lab, "phải là một đối tượng");
				continue;
			}
			only_keys(x, e, lab, pk);
			snprintf(lab, sizeof(lab), "internal_process[%zu].step", i);
			str(x, e, "step", lab, V_LINE, 500, 1);
			snprintf(lab, sizeof(lab), "internal_process[%zu].role", i);
			enum_str(x, e, "role", lab, roles, 1);
			snprintf(lab, sizeof(lab), "internal_process[%zu].unit", i);
			str(x, e, "unit", lab, V_LINE, 300, 0);
			snprintf(lab, sizeof(lab), "internal_process[%zu].hours", i);
			tenths_member(x, e, "hours", lab, &n);
		}
	json_decref(cases);
	buf_free(&tmp);
}

/* Checks the whole document; fills the sets of codes first, so records
 * may refer to ones later in the file. */
static void
check_all(struct ictx *x, json_t *root)
{
	static const char *const keys[] = { "format", "agencies", "fields", "procedures", NULL };
	json_t *l, *e;
	size_t i;

	snprintf(x->where, sizeof(x->where), "tệp");
	if (!json_is_object(root)) {
		err(x, "-", "tệp phải chứa một đối tượng JSON");
		return;
	}
	only_keys(x, root, "", keys);
	if (!json_is_string(json_object_get(root, "format")) ||
	    strcmp(json_string_value(json_object_get(root, "format")), "dvc-catalog-1") != 0)
		err(x, "format", "phải là \"dvc-catalog-1\"");
	/* the sets */
	if ((l = json_object_get(root, "agencies")) && json_is_array(l))
		json_array_foreach(l, i, e) {
			const char *c = json_string_value(json_object_get(e, "code"));

			where(x, "agencies", i, e, "code");
			if (c && json_object_get(x->agencies, c))
				err(x, "code", "mã %s trùng với một cơ quan khác trong tệp", c);
			else if (c)
				json_object_set_new(x->agencies, c, json_true());
		}
	if ((l = json_object_get(root, "fields")) && json_is_array(l))
		json_array_foreach(l, i, e) {
			const char *c = json_string_value(json_object_get(e, "code"));
			const char *s = json_string_value(json_object_get(e, "slug"));

			where(x, "fields", i, e, "code");
			if ((c && json_object_get(x->fields, c)) || (s && json_object_get(x->fields, s)))
				err(x, "code", "mã hoặc slug trùng với một lĩnh vực khác trong tệp");
			if (c) {
				json_object_set_new(x->fields, c, json_string(c));
				if (s)
					json_object_set_new(x->fields, s, json_string(c));
			}
		}
	if ((l = json_object_get(root, "procedures")) && json_is_array(l))
		json_array_foreach(l, i, e) {
			const char *c = json_string_value(json_object_get(e, "code"));

			where(x, "procedures", i, e, "code");
			if (c && json_object_get(x->procs, c))
				err(x, "code", "mã %s trùng với một thủ tục khác trong tệp", c);
			else if (c)
				json_object_set_new(x->procs, c, json_true());
		}
	/* the records */
	if ((l = json_object_get(root, "agencies")) != NULL) {
		if (!json_is_array(l))
			err(x, "agencies", "phải là danh sách");
		else
			json_array_foreach(l, i, e) {
				where(x, "agencies", i, e, "code");
				check_agency(x, e);
			}
	}
	if ((l = json_object_get(root, "fields")) != NULL) {
		if (!json_is_array(l))
			err(x, "fields", "phải là danh sách");
		else
			json_array_foreach(l, i, e) {
				where(x, "fields", i, e, "code");
				check_field(x, e);
			}
	}
	if ((l = json_object_get(root, "procedures")) != NULL) {
		if (!json_is_array(l))
			err(x, "procedures", "phải là danh sách");
		else
			json_array_foreach(l, i, e) {
				where(x, "procedures", i, e, "code");
				check_proc(x, e);
			}
	}
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
		    " email, website, bank_account, bank_name, bank_holder, status, closed_on)"
		    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
		    " ON DUPLICATE KEY UPDATE name = VALUES(name), level = VALUES(level),"
		    " address = VALUES(address), phone = VALUES(phone), email = VALUES(email),"
		    " website = VALUES(website), bank_account = VALUES(bank_account),"
		    " bank_name = VALUES(bank_name), bank_holder = VALUES(bank_holder),"
		    " status = VALUES(status), closed_on = VALUES(closed_on)",
		    DB_STR(js(a, "code")), DB_STR(js(a, "name")), DB_STR(js(a, "level")),
		    DB_STR(js(a, "address")), DB_STR(js(a, "phone")), DB_STR(js(a, "email")),
		    DB_STR(js(a, "website")), DB_STR(js(bank, "account")),
		    DB_STR(js(bank, "bank")), DB_STR(js(bank, "holder")),
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
			if ((rc = db_exec(db, "INSERT INTO agency_event (agency_id, happened_on,"
			    " event, old_name, note) VALUES (?, ?, ?, ?, ?)", DB_INT(id),
			    DB_STR(js(e, "date")), DB_STR(js(e, "event")),
			    DB_STR(js(e, "old_name")), DB_STR(js(e, "note")))) < 0)
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
	    " agency_levels, subjects, conditions, result, guide, publishing_decision,"
	    " valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
	    " ON DUPLICATE KEY UPDATE name = VALUES(name), field_id = VALUES(field_id),"
	    " level = VALUES(level), level_2022 = VALUES(level_2022),"
	    " agency_levels = VALUES(agency_levels), subjects = VALUES(subjects),"
	    " conditions = VALUES(conditions), result = VALUES(result), guide = VALUES(guide),"
	    " publishing_decision = VALUES(publishing_decision),"
	    " valid_from = VALUES(valid_from), valid_to = VALUES(valid_to)",
	    DB_STR(js(p, "code")), DB_STR(js(p, "name")), DB_INT(field),
	    DB_INT(ji(p, "level", 1)), DB_STR(js(p, "level_2022")), DB_STR(buf_str(&levels)),
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
			if ((rc = db_exec(db, "INSERT INTO proc_case (proc_id, case_key, name, seq)"
			    " VALUES (?, ?, ?, ?)", DB_INT(id), DB_STR(js(e, "key")),
			    DB_STR(js(e, "name")), DB_INT(i))) < 0)
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
			    " name, originals, copies, required, form_name, form_file)"
			    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", DB_INT(id), CASE_ID(e), DB_INT(i),
			    DB_STR(js(e, "name")), DB_INT(ji(e, "originals", 0)),
			    DB_INT(ji(e, "copies", 0)), DB_INT(req == NULL || json_is_true(req)),
			    DB_STR(js(form, "name")), DB_STR(js(form, "file")))) < 0)
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
			if ((rc = db_exec(db, "INSERT INTO proc_process (proc_id, seq, step, role, unit,"
			    " hours_tenths) VALUES (?, ?, ?, ?, ?, ?)", DB_INT(id), DB_INT(i),
			    DB_STR(js(e, "step")), DB_STR(js(e, "role")), DB_STR(js(e, "unit")),
			    DB_INT(jtenths(e, "hours")))) < 0)
				goto out;
	rc = 0;
out:
	json_decref(cases);
	buf_free(&levels);
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

/* --- CSV --------------------------------------------------------------- */

/* One RFC 4180 record from *pp into fields (malloc'd); returns the count,
 * 0 at the end, -1 on a malformed quote. */
static int
csv_record(const char **pp, char ***out)
{
	const char *p = *pp;
	struct buf f = BUF_INIT;
	char **fields = NULL;
	int n = 0, quoted = 0;

	if (*p == '\0')
		return 0;
	for (;;) {
		if (*p == '"' && f.len == 0 && !quoted) {
			quoted = 1;
			p++;
			continue;
		}
		if (quoted) {
			if (*p == '\0') {
				buf_free(&f);
				while (n)
					free(fields[--n]);
				free(fields);
				return -1;
			}
			if (*p == '"' && p[1] == '"') {
				buf_addc(&f, '"');
				p += 2;
				continue;
			}
			if (*p == '"') {
				quoted = 2;	/* closed: only , or end may follow */
				p++;
				if (*p != ',' && *p != '\n' && *p != '\r' && *p != '\0') {
					buf_free(&f);
					while (n)
						free(fields[--n]);
					free(fields);
					return -1;
				}
				continue;
			}
			if (quoted == 1) {
				buf_addc(&f, *p++);
				continue;
			}
		}
		if (*p == ',' || *p == '\n' || *p == '\r' || *p == '\0') {
			fields = xrealloc(fields, (size_t)(n + 1) * sizeof(*fields));
			fields[n++] = f.s ? f.s : xstrdup("");
			f.s = NULL;
			f.len = f.cap = 0;
			quoted = 0;
			if (*p == ',') {
				p++;
				continue;
			}
			if (*p == '\r')
				p++;
			if (*p == '\n')
				p++;
			break;
		}
		buf_addc(&f, *p++);
	}
	*pp = p;
	*out = fields;
	return n;
}

static json_t *
split_list(const char *s)
{
	json_t *a = json_array();
	const char *e;

	while (s && *s) {
		while (*s == ' ')
			s++;
		e = strchr(s, ';');
		if (e == NULL)
			e = s + strlen(s);
		if (e > s)
			json_array_append_new(a, json_stringn(s, (size_t)(e - s)));
		s = *e ? e + 1 : e;
	}
	return a;
}

/* "5 working_days" -> channel object */
static int
csv_channel(json_t *chans, const char *channel, const char *v, json_t *fee_src)
{
	char unit[40];
	double t;
	json_t *c;

	if (v == NULL || *v == '\0')
		return 0;
	if (sscanf(v, "%lf %39s", &t, unit) != 2)
		return -1;
	c = json_object();
	json_object_set_new(c, "channel", json_string(channel));
	json_object_set_new(c, "time", json_real(t));
	json_object_set_new(c, "unit", json_string(unit));
	if (json_object_get(fee_src, "fee"))
		json_object_set(c, "fee", json_object_get(fee_src, "fee"));
	if (json_object_get(fee_src, "charge"))
		json_object_set(c, "charge", json_object_get(fee_src, "charge"));
	if (json_object_get(fee_src, "fee_note"))
		json_object_set(c, "fee_note", json_object_get(fee_src, "fee_note"));
	json_array_append_new(chans, c);
	return 0;
}

/* Reads the CSV into the JSON shape, one procedure per line; what cannot
 * be turned into JSON is reported here, the rest by check_proc. */
static json_t *
csv_to_json(struct ictx *x, const char *text)
{
	static const char *const cols[] = { "code", "name", "field", "implementing",
		"competent", "coordinating", "agency_levels", "level", "level_2022",
		"subjects", "conditions", "result", "guide", "time_in_person",
		"time_online", "time_post", "fee", "charge", "fee_note", "documents",
		"legal_basis", "keywords", "publishing_decision", "valid_from", "valid_to",
		NULL };
	json_t *root = json_object(), *procs = json_array();
	const char *p = text;
	char **head = NULL, **f;
	int nh, n, i, line = 1;
	size_t c;

	json_object_set_new(root, "format", json_string("dvc-catalog-1"));
	json_object_set_new(root, "procedures", procs);
	if (strncmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	snprintf(x->where, sizeof(x->where), "dòng 1");
	if ((nh = csv_record(&p, &head)) <= 0) {
		err(x, "-", "không đọc được dòng tiêu đề");
		return root;
	}
	for (i = 0; i < nh; i++)
		if (!one_of(head[i], cols))
			err(x, head[i], "cột không có trong định dạng (xem man dvc-catalog)");
	while ((n = csv_record(&p, &f)) != 0) {
		json_t *o, *ag, *chans, *docs, *fees = json_object();

		line++;
		snprintf(x->where, sizeof(x->where), "dòng %d", line);
		if (n < 0) {
			err(x, "-", "dấu ngoặc kép không đóng hoặc sai vị trí");
			json_decref(fees);
			break;
		}
		if (n == 1 && f[0][0] == '\0') {	/* blank line */
			free(f[0]);
			free(f);
			json_decref(fees);
			continue;
		}
		if (n != nh)
			err(x, "-", "có %d cột, tiêu đề có %d", n, nh);
		o = json_object();
		ag = json_object();
		chans = json_array();
		json_object_set_new(o, "agencies", ag);
		for (i = 0; i < n && i < nh; i++) {
			const char *h = head[i], *v = f[i];

			if (*v == '\0')
				continue;
			if (!strcmp(h, "implementing") || !strcmp(h, "competent") ||
			    !strcmp(h, "coordinating"))
				json_object_set_new(ag, h, split_list(v));
			else if (!strcmp(h, "agency_levels") || !strcmp(h, "legal_basis") ||
			    !strcmp(h, "keywords"))
				json_object_set_new(o, h, split_list(v));
			else if (!strcmp(h, "level") || !strcmp(h, "fee") || !strcmp(h, "charge")) {
				char *end;
				long long k = strtoll(v, &end, 10);

				if (*end || end == v)
					err(x, h, "phải là số nguyên");
				else
					json_object_set_new(!strcmp(h, "level") ? o : fees, h,
					    json_integer(k));
			} else if (!strcmp(h, "fee_note"))
				json_object_set_new(fees, h, json_string(v));
			else if (!strncmp(h, "time_", 5))
				;	/* below, once fees are known */
			else if (!strcmp(h, "documents")) {
				json_t *ds = split_list(v), *d;
				size_t k;

				docs = json_array();
				json_array_foreach(ds, k, d) {
					char *copy = xstrdup(json_string_value(d)), *save = NULL;
					char *name = strtok_r(copy, "|", &save);
					char *orig = strtok_r(NULL, "|", &save);
					char *cop = strtok_r(NULL, "|", &save);
					char *req = strtok_r(NULL, "|", &save);
					json_t *doc = json_object();

					json_object_set_new(doc, "name", json_string(name ? name : ""));
					if (orig == NULL || cop == NULL || req == NULL ||
					    strtok_r(NULL, "|", &save))
						err(x, "documents", "mỗi giấy tờ có dạng tên|bản chính|bản sao|bắt buộc (1/0)");
					else {
						json_object_set_new(doc, "originals", json_integer(atoi(orig)));
						json_object_set_new(doc, "copies", json_integer(atoi(cop)));
						json_object_set_new(doc, "required", json_boolean(atoi(req) != 0));
					}
					json_array_append_new(docs, doc);
					free(copy);
				}
				json_decref(ds);
				json_object_set_new(o, "documents", docs);
			} else
				json_object_set_new(o, h, json_string(v));
		}
		for (i = 0; i < n && i < nh; i++) {
			const char *h = head[i];

			if (!strncmp(h, "time_", 5) &&
			    csv_channel(chans, !strcmp(h, "time_in_person") ? "in_person" :
			    !strcmp(h, "time_online") ? "online" : "post", f[i], fees) < 0)
				err(x, h, "có dạng \"5 working_days\" hoặc \"4 working_hours\"");
		}
		json_object_set_new(o, "channels", chans);
		/* CSV has no steps: one step per party, from the procedure's name */
		{
			json_t *steps = json_array(), *s1 = json_object(), *s2 = json_object();

			json_object_set_new(s1, "party", json_string("citizen"));
			json_object_set_new(s1, "text", json_string("Nộp hồ sơ theo thành phần đã công bố."));
			json_object_set_new(s2, "party", json_string("agency"));
			json_object_set_new(s2, "text", json_string("Tiếp nhận, giải quyết và trả kết quả đúng thời hạn."));
			json_array_append_new(steps, s1);
			json_array_append_new(steps, s2);
			json_object_set_new(o, "steps", steps);
		}
		json_array_append_new(procs, o);
		json_decref(fees);
		for (c = 0; c < (size_t)n; c++)
			free(f[c]);
		free(f);
	}
	for (i = 0; i < nh; i++)
		free(head[i]);
	free(head);
	return root;
}

/* --- entry points ------------------------------------------------------ */

int
catalog_import(struct db *db, const struct config *cfg, const char *path,
    struct import_report *r)
{
	struct ictx x;
	json_t *root = NULL;
	json_error_t je;
	const char *dot = strrchr(path, '.');
	int rc;

	memset(r, 0, sizeof(*r));
	memset(&x, 0, sizeof(x));
	x.cfg = cfg;
	x.db = db;
	x.file = path;
	x.r = r;
	x.agencies = json_object();
	x.fields = json_object();
	x.procs = json_object();
	snprintf(x.where, sizeof(x.where), "tệp");
	if (dot && strcmp(dot, ".csv") == 0) {
		FILE *f = fopen(path, "rb");
		struct buf text = BUF_INIT;
		char chunk[65536];
		size_t n;

		if (f == NULL) {
			err(&x, "-", "không mở được: %s", strerror(errno));
			rc = 422;
			goto out;
		}
		while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0 && text.len < 64u << 20)
			buf_add(&text, chunk, n);
		fclose(f);
		if (!utf8_valid(buf_str(&text), text.len)) {
			err(&x, "-", "tệp không phải UTF-8 hợp lệ");
			buf_free(&text);
			rc = 422;
			goto out;
		}
		root = csv_to_json(&x, buf_str(&text));
		buf_free(&text);
	} else if (dot && strcmp(dot, ".json") == 0) {
		if ((root = json_load_file(path, JSON_REJECT_DUPLICATES, &je)) == NULL) {
			snprintf(x.where, sizeof(x.where), "dòng %d cột %d", je.line, je.column);
			err(&x, "-", "JSON không hợp lệ: %s", je.text);
			rc = 422;
			goto out;
		}
	} else {
		err(&x, "-", "tên tệp phải kết thúc bằng .json hoặc .csv");
		rc = 422;
		goto out;
	}
	check_all(&x, root);
	if (r->nerrors) {
		rc = 422;
		goto out;
	}
	{
		struct wctx w = { root, r };

		rc = db_tx(db, write_tx, &w);
		if (rc == DB_DUP) {
			err(&x, "-", "một mã hoặc slug trùng với bản ghi đã có trong CSDL");
			rc = 422;
		}
	}
out:
	json_decref(root);
	json_decref(x.agencies);
	json_decref(x.fields);
	json_decref(x.procs);
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
	    " a.email, a.website, a.bank_account, a.bank_name, a.bank_holder, a.status,"
	    " a.closed_on, s.code AS successor FROM agency a"
	    " LEFT JOIN agency p ON p.id = a.parent_id LEFT JOIN agency s ON s.id = a.successor_id"
	    " ORDER BY a.code")
	Q("E", "SELECT agency_id, happened_on AS date, event, old_name, note FROM agency_event"
	    " ORDER BY agency_id, happened_on, id")
	Q("P", "SELECT p.id, p.code, p.name, f.code AS field, p.agency_levels, p.level,"
	    " p.level_2022, p.subjects, p.conditions, p.result, p.guide,"
	    " p.publishing_decision, p.valid_from, p.valid_to FROM proc p"
	    " JOIN field f ON f.id = p.field_id ORDER BY p.code")
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
		json_t *o = json_object(), *ag = json_object(), *l;
		long long pid = strtoll(hdf_get_value(r, "id", "0"), NULL, 10);
		static const char *const cols[] = { "code", "name", "field", "level_2022", "subjects",
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
#define Q(sql) if ((rc = db_rows(db, h, "X", sql, DB_INT(pid))) < 0) { json_decref(o); json_decref(ag); goto out; }
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
		Q("SELECT case_key AS `key`, name FROM proc_case WHERE proc_id = ? ORDER BY seq")
		if (hdf_get_child(h, "X")) {
			l = json_array();
			for (k2 = hdf_get_child(h, "X"); k2; k2 = hdf_obj_next(k2)) {
				json_t *e = json_object();

				set_str(e, "key", k2, "key");
				set_str(e, "name", k2, "name");
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
		    " d.form_name, d.form_file FROM proc_document d"
		    " LEFT JOIN proc_case c ON c.id = d.case_id WHERE d.proc_id = ? ORDER BY d.seq")
		l = json_array();
		for (k2 = hdf_get_child(h, "X"); k2; k2 = hdf_obj_next(k2)) {
			json_t *e = json_object();

			set_str(e, "case", k2, "case");
			set_str(e, "name", k2, "name");
			json_object_set_new(e, "originals", json_integer(hdf_get_int_value(k2, "originals", 0)));
			json_object_set_new(e, "copies", json_integer(hdf_get_int_value(k2, "copies", 0)));
			json_object_set_new(e, "required", json_boolean(hdf_get_int_value(k2, "required", 1)));
			if (hdf_get_value(k2, "form_file", NULL)) {
				json_t *fo = json_object();

				set_str(fo, "name", k2, "form_name");
				set_str(fo, "file", k2, "form_file");
				json_object_set_new(e, "form", fo);
			}
			json_array_append_new(l, e);
		}
		json_object_set_new(o, "documents", l);
		hdf_remove_tree(h, "X");
		Q("SELECT kind, text FROM proc_text WHERE proc_id = ? ORDER BY seq")
		for (k2 = hdf_get_child(h, "X"); k2; k2 = hdf_obj_next(k2)) {
			const char *kind = strcmp(hdf_get_value(k2, "kind", ""), "keyword") ?
			    "legal_basis" : "keywords";

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
		Q("SELECT step, role, unit, hours_tenths FROM proc_process WHERE proc_id = ? ORDER BY seq")
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
				json_array_append_new(l, e);
			}
			json_object_set_new(o, "internal_process", l);
		}
#undef Q
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
