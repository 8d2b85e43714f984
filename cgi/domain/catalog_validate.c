/* Checking a catalogue document. See catalog_validate.h. */
#include "config.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "core/buf.h"
#include "core/util.h"
#include "core/validate.h"
#include "domain/catalog_validate.h"
#include "domain/vietqr.h"

#define MAX_ERRORS 200
#define TEXT_MAX 20000

void
catalog_check_init(struct catalog_check *x, const char *file,
    const struct catalog_lookup *look)
{
	memset(x, 0, sizeof(*x));
	x->file = file;
	x->look = look;
	x->agencies = json_object();
	x->fields = json_object();
	x->procs = json_object();
	snprintf(x->where, sizeof(x->where), "tệp");
}

void
catalog_check_free(struct catalog_check *x)
{
	buf_free(&x->errors);
	json_decref(x->agencies);
	json_decref(x->fields);
	json_decref(x->procs);
	x->agencies = x->fields = x->procs = NULL;
}

/* Appends s as one line of valid UTF-8: the messages quote what the file
 * holds (a key, a column, a code), which may contain line ends that would
 * read as another message, or be cut inside a character by a %.40s.
 * Control characters become \xNN, ill-formed bytes U+FFFD. */
static void
add_one_line(struct buf *b, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t l;

	while (*p) {
		if ((l = utf8_seq_len(p)) == 0) {
			buf_adds(b, "\xef\xbf\xbd");
			p++;
		} else if (*p < 0x20 || *p == 0x7f) {
			buf_printf(b, "\\x%02x", *p);
			p++;
		} else {
			buf_add(b, p, l);
			p += l;
		}
	}
}

void
catalog_err(struct catalog_check *x, const char *field, const char *fmt, ...)
{
	struct buf line = BUF_INIT;
	va_list ap;

	if (++x->nerrors > MAX_ERRORS) {
		if (x->nerrors == MAX_ERRORS + 1)
			buf_printf(&x->errors, "%s: ... (hơn %d lỗi, dừng liệt kê)\n",
			    x->file, MAX_ERRORS);
		return;
	}
	buf_printf(&line, "%s: %s: %s: ", x->file, x->where, field);
	va_start(ap, fmt);
	if (x->by_field && json_object_get(x->by_field, field) == NULL) {
		struct buf msg = BUF_INIT, clean = BUF_INIT;
		va_list aq;

		va_copy(aq, ap);
		buf_vprintf(&msg, fmt, aq);
		va_end(aq);
		add_one_line(&clean, buf_str(&msg));
		json_object_set_new(x->by_field, field, json_string(buf_str(&clean)));
		buf_free(&msg);
		buf_free(&clean);
	}
	buf_vprintf(&line, fmt, ap);
	va_end(ap);
	add_one_line(&x->errors, buf_str(&line));
	buf_addc(&x->errors, '\n');
	buf_free(&line);
}

/* Unknown keys are errors: a misspelt key must not vanish silently. */
static void
only_keys(struct catalog_check *x, json_t *o, const char *prefix, const char *const *allowed)
{
	const char *k;
	json_t *v;
	size_t i;

	json_object_foreach(o, k, v) {
		for (i = 0; allowed[i]; i++)
			if (strcmp(allowed[i], k) == 0)
				break;
		if (allowed[i] == NULL)
			catalog_err(x, *prefix ? prefix : k, "khóa \"%s\" không có trong định dạng", k);
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
str(struct catalog_check *x, json_t *o, const char *key, const char *label,
    enum vtype t, long max, int required)
{
	json_t *v = json_object_get(o, key);
	struct field f = { key, t, required ? F_REQUIRED : 0, 0, max, NULL };
	struct fval fv;
	const char *out = NULL;

	if (v && json_is_null(v))
		v = NULL;
	if (v && !json_is_string(v)) {
		catalog_err(x, label, "phải là chuỗi");
		return NULL;
	}
	if (t == V_DATE)
		f.min = 1900, f.max = 2100;
	if (validate_value(&f, v ? json_string_value(v) : NULL, &fv) != VE_OK) {
		catalog_err(x, label, "%s", verr_text(fv.err));
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
static int is_lowhex(int c) { return isdigit(c) || (c >= 'a' && c <= 'f'); }

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

int
catalog_one_of(const char *v, const char *const *list)
{
	size_t i;

	for (i = 0; v && list[i]; i++)
		if (strcmp(v, list[i]) == 0)
			return 1;
	return 0;
}

static const char *
enum_str(struct catalog_check *x, json_t *o, const char *key, const char *label,
    const char *const *choices, int required)
{
	const char *v = str(x, o, key, label, V_LINE, 40, required);

	if (v && !catalog_one_of(v, choices)) {
		catalog_err(x, label, "phải là một trong các giá trị cho phép, nhận được \"%s\"", v);
		return NULL;
	}
	return v;
}

static json_t *
list(struct catalog_check *x, json_t *o, const char *key, int required)
{
	json_t *v = json_object_get(o, key);

	if (v == NULL || json_is_null(v)) {
		if (required)
			catalog_err(x, key, "bắt buộc, đang thiếu");
		return NULL;
	}
	if (!json_is_array(v)) {
		catalog_err(x, key, "phải là danh sách");
		return NULL;
	}
	if (required && json_array_size(v) == 0)
		catalog_err(x, key, "cần ít nhất một phần tử");
	return v;
}

static int
int_member(struct catalog_check *x, json_t *o, const char *key, const char *label,
    long long min, long long max, long long def, long long *out)
{
	json_t *v = json_object_get(o, key);

	*out = def;
	if (v == NULL || json_is_null(v))
		return 0;
	if (!json_is_integer(v) || json_integer_value(v) < min || json_integer_value(v) > max) {
		catalog_err(x, label, "phải là số nguyên từ %lld đến %lld", min, max);
		return -1;
	}
	*out = json_integer_value(v);
	return 0;
}

/* A positive number with at most one decimal, as tenths. */
static int
tenths_member(struct catalog_check *x, json_t *o, const char *key, const char *label,
    long long *out)
{
	json_t *v = json_object_get(o, key);
	double d, t;

	*out = 0;
	if (v == NULL || !json_is_number(v)) {
		catalog_err(x, label, "phải là một số (ví dụ 5 hoặc 0.5)");
		return -1;
	}
	d = json_number_value(v);
	t = d * 10.0;
	if (!(d > 0 && d <= 10000) || fabs(t - round(t)) > 1e-6) {
		catalog_err(x, label, "phải là số dương, tối đa một chữ số thập phân");
		return -1;
	}
	*out = (long long)llround(t);
	return 0;
}

/* In the document, or outside it (the database, for the import). */
static int
exists_agency(struct catalog_check *x, const char *code)
{
	if (json_object_get(x->agencies, code))
		return 1;
	return x->look && x->look->agency && x->look->agency(x->look->ctx, code);
}

/* The field's code, from a code or slug in the document or outside it. */
static const char *
field_code(struct catalog_check *x, const char *key, struct buf *tmp)
{
	json_t *v = json_object_get(x->fields, key);

	if (v)
		return json_string_value(v);
	buf_reset(tmp);
	if (x->look && x->look->field && x->look->field(x->look->ctx, key, tmp))
		return buf_str(tmp);
	return NULL;
}

static void
where(struct catalog_check *x, const char *list_name, size_t i, json_t *o, const char *key)
{
	json_t *c = json_object_get(o, key);

	if (json_is_string(c))
		snprintf(x->where, sizeof(x->where), "%s[%zu] (%.60s)", list_name, i,
		    json_string_value(c));
	else
		snprintf(x->where, sizeof(x->where), "%s[%zu]", list_name, i);
}

/* --- checking ---------------------------------------------------------- */

/* A channel as a person says it, for the messages the editor shows. */
static const char *
channel_words(const char *ch)
{
	return strcmp(ch, "in_person") == 0 ? "trực tiếp" :
	    strcmp(ch, "online") == 0 ? "trực tuyến" : "qua bưu chính";
}

static const char *const a_levels[] = { "province", "district", "commune", NULL };

static void
check_agency(struct catalog_check *x, json_t *a)
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
		catalog_err(x, "-", "phải là một đối tượng");
		return;
	}
	only_keys(x, a, "", keys);
	if ((code = str(x, a, "code", "code", V_LINE, 24, 1)) && !agency_code_ok(code))
		catalog_err(x, "code", "mã định danh phải gồm các nhóm chữ số, chữ in hoa cách nhau bằng dấu chấm, ví dụ 000.00.15.H34");
	str(x, a, "name", "name", V_LINE, 255, 1);
	enum_str(x, a, "level", "level", a_levels, 1);
	if ((s = str(x, a, "parent", "parent", V_LINE, 24, 0)) && !exists_agency(x, s))
		catalog_err(x, "parent", "không có cơ quan mã %s", s);
	if (s && code && strcmp(s, code) == 0)
		catalog_err(x, "parent", "một cơ quan không thể trực thuộc chính nó");
	str(x, a, "address", "address", V_LINE, 300, 0);
	str(x, a, "phone", "phone", V_LINE, 40, 0);
	str(x, a, "email", "email", V_EMAIL, 254, 0);
	if ((s = str(x, a, "website", "website", V_LINE, 300, 0)) &&
	    strncmp(s, "https://", 8) && strncmp(s, "http://", 7))
		catalog_err(x, "website", "phải bắt đầu bằng https:// hoặc http://");
	if ((bank = json_object_get(a, "bank")) != NULL) {
		static const char *const bkeys[] = { "account", "bank", "holder", "bin", NULL };

		if (!json_is_object(bank))
			catalog_err(x, "bank", "phải là một đối tượng");
		else {
			only_keys(x, bank, "bank", bkeys);
			if ((s = str(x, bank, "account", "bank.account", V_LINE, 40, 1)) &&
			    !pattern(s, is_alnum, " .-"))
				catalog_err(x, "bank.account", "chỉ gồm chữ số, chữ cái, dấu cách, dấu chấm, gạch ngang");
			str(x, bank, "bank", "bank.bank", V_LINE, 200, 0);
			str(x, bank, "holder", "bank.holder", V_LINE, 255, 0);
			/* the bank's NAPAS BIN, for the VietQR code (domain/vietqr.h) */
			if ((s = str(x, bank, "bin", "bank.bin", V_LINE, 6, 0)) &&
			    !vietqr_bin_ok(s))
				catalog_err(x, "bank.bin", "mã ngân hàng (BIN) phải gồm đúng 6 chữ số, ví dụ 970436");
		}
	}
	status = enum_str(x, a, "status", "status", statuses, 0);
	closed = str(x, a, "closed_on", "closed_on", V_DATE, 10, 0);
	if (status && strcmp(status, "closed") == 0 && closed == NULL)
		catalog_err(x, "closed_on", "bắt buộc khi status là closed");
	if ((s = str(x, a, "successor", "successor", V_LINE, 24, 0)) && !exists_agency(x, s))
		catalog_err(x, "successor", "không có cơ quan mã %s", s);
	if ((h = list(x, a, "history", 0)) != NULL)
		json_array_foreach(h, i, e) {
			static const char *const hkeys[] = { "date", "event", "note", "old_name", NULL };
			char label[64];
			const char *ev;

			snprintf(label, sizeof(label), "history[%zu]", i);
			if (!json_is_object(e)) {
				catalog_err(x, label, "phải là một đối tượng");
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
				catalog_err(x, label, "bắt buộc khi event là renamed");
		}
}

static void
check_field(struct catalog_check *x, json_t *f)
{
	static const char *const keys[] = { "code", "slug", "name", NULL };
	const char *code;

	if (!json_is_object(f)) {
		catalog_err(x, "-", "phải là một đối tượng");
		return;
	}
	only_keys(x, f, "", keys);
	if ((code = str(x, f, "code", "code", V_LINE, 20, 1)) && !pattern(code, is_alnum, ".-"))
		catalog_err(x, "code", "chỉ gồm chữ, số, dấu chấm và gạch ngang");
	str(x, f, "slug", "slug", V_SLUG, 100, 1);
	str(x, f, "name", "name", V_LINE, 200, 1);
}

static void
check_code_list(struct catalog_check *x, json_t *p, json_t *parent, const char *key,
    const char *label, int agencies, int required)
{
	json_t *l = json_object_get(parent, key), *v;
	size_t i;
	char lab[80];

	(void)p;
	if (l == NULL || json_is_null(l)) {
		if (required)
			catalog_err(x, label, "bắt buộc, cần ít nhất một mã");
		return;
	}
	if (!json_is_array(l)) {
		catalog_err(x, label, "phải là danh sách mã");
		return;
	}
	if (required && json_array_size(l) == 0)
		catalog_err(x, label, "cần ít nhất một mã");
	json_array_foreach(l, i, v) {
		const char *c = json_string_value(v);

		snprintf(lab, sizeof(lab), "%s[%zu]", label, i);
		if (c == NULL)
			catalog_err(x, lab, "phải là chuỗi");
		else if (agencies ? !agency_code_ok(c) : !proc_code_ok(c))
			catalog_err(x, lab, "mã \"%.40s\" sai định dạng", c);
		else if (agencies && !exists_agency(x, c))
			catalog_err(x, lab, "không có cơ quan mã %s", c);
	}
}

static void
check_text_list(struct catalog_check *x, json_t *p, const char *key, long max)
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
			catalog_err(x, lab, "phải là chuỗi");
			continue;
		}
		if (validate_value(&f, json_string_value(v), &fv) != VE_OK)
			catalog_err(x, lab, "%s", verr_text(fv.err));
		else
			json_array_set_new(l, i, json_string(fv.s));
		fval_clear(&fv);
	}
}

static void
check_proc(struct catalog_check *x, json_t *p)
{
	static const char *const keys[] = { "code", "name", "field", "agencies",
		"agency_levels", "level", "level_2022", "pay_when", "subjects", "conditions",
		"cases", "steps", "channels", "documents", "result", "legal_basis",
		"related", "inter_agency", "publishing_decision", "valid_from",
		"valid_to", "keywords", "guide", "internal_process", "fee_exemptions", NULL };
	static const char *const l22[] = { "toan_trinh", "mot_phan", NULL };
	static const char *const pay_when[] = { "submission", "acceptance", "return", NULL };
	static const char *const parties[] = { "citizen", "agency", NULL };
	static const char *const chans[] = { "in_person", "online", "post", NULL };
	static const char *const units[] = { "working_days", "working_hours", NULL };
	static const char *const roles[] = { "reception", "specialist", "leader", NULL };
	const char *code, *fk, *from, *to;
	json_t *ag, *l, *e, *cases = json_object(), *offered = json_object();
	struct buf tmp = BUF_INIT;
	long long n;
	size_t i;
	char lab[80];

	if (!json_is_object(p)) {
		catalog_err(x, "-", "phải là một đối tượng");
		json_decref(cases);
		json_decref(offered);
		return;
	}
	only_keys(x, p, "", keys);
	if ((code = str(x, p, "code", "code", V_LINE, 16, 1)) && !proc_code_ok(code))
		catalog_err(x, "code", "mã thủ tục có dạng một chữ số, dấu chấm, sáu chữ số, ví dụ 1.001193");
	str(x, p, "name", "name", V_LINE, 500, 1);
	if ((fk = str(x, p, "field", "field", V_LINE, 100, 1)) && field_code(x, fk, &tmp) == NULL)
		catalog_err(x, "field", "không có lĩnh vực \"%s\"", fk);
	if ((ag = json_object_get(p, "agencies")) == NULL || !json_is_object(ag))
		catalog_err(x, "agencies", "bắt buộc: đối tượng với danh sách implementing");
	else {
		static const char *const akeys[] = { "implementing", "competent", "coordinating", NULL };

		only_keys(x, ag, "agencies", akeys);
		check_code_list(x, p, ag, "implementing", "agencies.implementing", 1, 1);
		check_code_list(x, p, ag, "competent", "agencies.competent", 1, 0);
		check_code_list(x, p, ag, "coordinating", "agencies.coordinating", 1, 0);
	}
	if ((l = list(x, p, "agency_levels", 0)) != NULL)
		json_array_foreach(l, i, e)
			if (!catalog_one_of(json_string_value(e), a_levels)) {
				snprintf(lab, sizeof(lab), "agency_levels[%zu]", i);
				catalog_err(x, lab, "phải là province, district hoặc commune");
			}
	if (json_object_get(p, "level") == NULL)
		catalog_err(x, "level", "bắt buộc, đang thiếu");
	else
		int_member(x, p, "level", "level", 1, 4, 1, &n);
	enum_str(x, p, "level_2022", "level_2022", l22, 0);
	enum_str(x, p, "pay_when", "pay_when", pay_when, 0);
	str(x, p, "subjects", "subjects", V_TEXT, TEXT_MAX, 0);
	str(x, p, "conditions", "conditions", V_TEXT, TEXT_MAX, 0);
	str(x, p, "result", "result", V_TEXT, TEXT_MAX, 0);
	str(x, p, "guide", "guide", V_TEXT, TEXT_MAX, 0);
	str(x, p, "publishing_decision", "publishing_decision", V_LINE, 500, 0);
	from = str(x, p, "valid_from", "valid_from", V_DATE, 10, 0);
	to = str(x, p, "valid_to", "valid_to", V_DATE, 10, 0);
	if (from && to && strcmp(to, from) < 0)
		catalog_err(x, "valid_to", "trước valid_from");

	if ((l = list(x, p, "cases", 0)) != NULL)
		json_array_foreach(l, i, e) {
			static const char *const ck[] = { "key", "name", "fee", "charge", NULL };
			const char *k;
			long long n2;

			snprintf(lab, sizeof(lab), "cases[%zu]", i);
			if (!json_is_object(e)) {
				catalog_err(x, lab, "phải là một đối tượng");
				continue;
			}
			only_keys(x, e, lab, ck);
			snprintf(lab, sizeof(lab), "cases[%zu].key", i);
			if ((k = str(x, e, "key", lab, V_SLUG, 60, 1)) != NULL) {
				if (json_object_get(cases, k))
					catalog_err(x, lab, "khóa \"%s\" trùng", k);
				json_object_set_new(cases, k, json_true());
			}
			snprintf(lab, sizeof(lab), "cases[%zu].name", i);
			str(x, e, "name", lab, V_LINE, 300, 1);
			/* the case's own fee and charge, for every channel; absent:
			 * the channel's */
			snprintf(lab, sizeof(lab), "cases[%zu].fee", i);
			int_member(x, e, "fee", lab, 0, 1000000000000LL, 0, &n2);
			snprintf(lab, sizeof(lab), "cases[%zu].charge", i);
			int_member(x, e, "charge", lab, 0, 1000000000000LL, 0, &n2);
		}
	if ((l = list(x, p, "steps", 1)) != NULL)
		json_array_foreach(l, i, e) {
			static const char *const sk[] = { "case", "party", "text", NULL };
			const char *c;

			snprintf(lab, sizeof(lab), "steps[%zu]", i);
			if (!json_is_object(e)) {
				catalog_err(x, lab, "phải là một đối tượng");
				continue;
			}
			only_keys(x, e, lab, sk);
			snprintf(lab, sizeof(lab), "steps[%zu].case", i);
			if ((c = str(x, e, "case", lab, V_SLUG, 60, 0)) && !json_object_get(cases, c))
				catalog_err(x, lab, "không có trường hợp \"%s\" trong cases", c);
			snprintf(lab, sizeof(lab), "steps[%zu].party", i);
			enum_str(x, e, "party", lab, parties, 1);
			snprintf(lab, sizeof(lab), "steps[%zu].text", i);
			str(x, e, "text", lab, V_TEXT, TEXT_MAX, 1);
		}
	if ((l = list(x, p, "channels", 1)) != NULL) {
		json_array_foreach(l, i, e) {
			static const char *const hk[] = { "channel", "time", "unit", "fee",
				"charge", "fee_note", NULL };
			const char *ch;

			snprintf(lab, sizeof(lab), "channels[%zu]", i);
			if (!json_is_object(e)) {
				catalog_err(x, lab, "phải là một đối tượng");
				continue;
			}
			only_keys(x, e, lab, hk);
			snprintf(lab, sizeof(lab), "channels[%zu].channel", i);
			if ((ch = enum_str(x, e, "channel", lab, chans, 1)) != NULL) {
				if (json_object_get(offered, ch))
					catalog_err(x, lab, "cách nộp \"%s\" xuất hiện hai lần", ch);
				json_object_set_new(offered, ch, json_true());
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
	}
	if ((l = list(x, p, "documents", 1)) != NULL)
		json_array_foreach(l, i, e) {
			static const char *const dk[] = { "case", "name", "originals", "copies",
				"required", "form", NULL };
			json_t *form, *req;
			const char *c;

			snprintf(lab, sizeof(lab), "documents[%zu]", i);
			if (!json_is_object(e)) {
				catalog_err(x, lab, "phải là một đối tượng");
				continue;
			}
			only_keys(x, e, lab, dk);
			snprintf(lab, sizeof(lab), "documents[%zu].case", i);
			if ((c = str(x, e, "case", lab, V_SLUG, 60, 0)) && !json_object_get(cases, c))
				catalog_err(x, lab, "không có trường hợp \"%s\" trong cases", c);
			snprintf(lab, sizeof(lab), "documents[%zu].name", i);
			str(x, e, "name", lab, V_LINE, 1000, 1);
			snprintf(lab, sizeof(lab), "documents[%zu].originals", i);
			int_member(x, e, "originals", lab, 0, 50, 0, &n);
			snprintf(lab, sizeof(lab), "documents[%zu].copies", i);
			int_member(x, e, "copies", lab, 0, 50, 0, &n);
			req = json_object_get(e, "required");
			snprintf(lab, sizeof(lab), "documents[%zu].required", i);
			if (req && !json_is_boolean(req))
				catalog_err(x, lab, "phải là true hoặc false");
			if ((form = json_object_get(e, "form")) != NULL) {
				static const char *const fk2[] = { "name", "file", "sha256", NULL };
				const char *file, *sha;
				json_t *up = json_object_get(form, "sha256");

				snprintf(lab, sizeof(lab), "documents[%zu].form", i);
				if (!json_is_object(form)) {
					catalog_err(x, lab, "phải là một đối tượng");
					continue;
				}
				only_keys(x, form, lab, fk2);
				snprintf(lab, sizeof(lab), "documents[%zu].form.name", i);
				str(x, form, "name", lab, V_LINE, 300, 1);
				/* an uploaded form (sha256: the editor's upload,
				 * in the store) or a file of the portal's form
				 * folder (file), one of the two */
				snprintf(lab, sizeof(lab), "documents[%zu].form.sha256", i);
				if (up && json_object_get(form, "file"))
					catalog_err(x, lab, "chỉ ghi một trong hai: file (tệp trong thư mục"
					    " biểu mẫu) hoặc sha256 (tệp đã tải lên)");
				else if (up && (sha = str(x, form, "sha256", lab, V_LINE, 64, 1)) != NULL) {
					if (strlen(sha) != 64 || !pattern(sha, is_lowhex, ""))
						catalog_err(x, lab, "phải là mã SHA-256 gồm 64 chữ số"
						    " thập lục phân viết thường");
					else if (!x->look || !x->look->stored_form ||
					    !x->look->stored_form(x->look->ctx, sha))
						catalog_err(x, lab, "không có tệp biểu mẫu đã tải lên"
						    " với mã %s", sha);
				}
				snprintf(lab, sizeof(lab), "documents[%zu].form.file", i);
				if (up == NULL && (file = str(x, form, "file", lab, V_LINE, 200, 1)) != NULL) {
					const char *dot = strrchr(file, '.');
					struct buf path = BUF_INIT;

					if (!pattern(file, is_alnum, "-.") || dot == NULL || strstr(file, "..") ||
					    !catalog_one_of(dot, (const char *const[]){ ".rtf", ".pdf", ".doc",
					    ".docx", ".odt", ".xls", ".xlsx", ".ods", NULL }))
						catalog_err(x, lab, "tên tệp mẫu chỉ gồm chữ, số, gạch ngang, "
						    "với đuôi .rtf .pdf .doc .docx .odt .xls .xlsx .ods");
					else if (!x->look || !x->look->form ||
					    !x->look->form(x->look->ctx, file, &path))
						/* the name only: the editor's page shows this
						 * to agency admins, who need not see the
						 * server's folders */
						catalog_err(x, lab, "không có tệp %s trong thư mục"
						    " biểu mẫu của Cổng", file);
					buf_free(&path);
				}
			}
		}
	check_text_list(x, p, "legal_basis", 1000);
	check_text_list(x, p, "keywords", 100);
	/* who the rules exempt from the fee: at most 20 lines */
	check_text_list(x, p, "fee_exemptions", 300);
	if ((l = list(x, p, "fee_exemptions", 0)) != NULL && json_array_size(l) > 20)
		catalog_err(x, "fee_exemptions", "nhiều nhất 20 đối tượng được miễn phí, lệ phí");
	check_code_list(x, p, p, "related", "related", 0, 0);
	check_code_list(x, p, p, "inter_agency", "inter_agency", 0, 0);
	if ((l = list(x, p, "internal_process", 0)) != NULL)
		json_array_foreach(l, i, e) {
			static const char *const pk[] = { "step", "role", "unit", "hours",
				"channel", NULL };
			const char *ch;

			snprintf(lab, sizeof(lab), "internal_process[%zu]", i);
			if (!json_is_object(e)) {
				catalog_err(x, lab, "phải là một đối tượng");
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
			/* the channel whose process the step is part of (absent:
			 * every channel's); one the procedure offers. The
			 * channel in words: the editor shows this message */
			snprintf(lab, sizeof(lab), "internal_process[%zu].channel", i);
			if ((ch = enum_str(x, e, "channel", lab, chans, 0)) != NULL &&
			    !json_object_get(offered, ch))
				catalog_err(x, lab, "thủ tục không có cách nộp %s trong channels;"
				    " hãy thêm cách nộp này hoặc chọn cách nộp khác",
				    channel_words(ch));
		}
	json_decref(cases);
	json_decref(offered);
	buf_free(&tmp);
}

/* A code or slug for the sets: trimmed as str() will store it, or as it
 * is when it will not pass (its record's check says why); NULL if it is
 * not a string. */
static const char *
set_key(json_t *o, const char *key, struct buf *b)
{
	const char *raw = json_string_value(json_object_get(o, key));
	struct field f = { key, V_LINE, 0, 0, 0, NULL };
	struct fval fv;

	if (raw == NULL)
		return NULL;
	buf_reset(b);
	buf_adds(b, validate_value(&f, raw, &fv) == VE_OK && fv.present ? fv.s : raw);
	fval_clear(&fv);
	return buf_str(b);
}

/* Fills the sets of codes first, so records may refer to ones later in
 * the file. */
void
catalog_check_doc(struct catalog_check *x, json_t *root)
{
	static const char *const keys[] = { "format", "agencies", "fields", "procedures", NULL };
	struct buf k1 = BUF_INIT, k2 = BUF_INIT;
	json_t *l, *e;
	size_t i;

	snprintf(x->where, sizeof(x->where), "tệp");
	if (!json_is_object(root)) {
		catalog_err(x, "-", "tệp phải chứa một đối tượng JSON");
		return;
	}
	only_keys(x, root, "", keys);
	if (!json_is_string(json_object_get(root, "format")) ||
	    strcmp(json_string_value(json_object_get(root, "format")), "dvc-catalog-1") != 0)
		catalog_err(x, "format", "phải là \"dvc-catalog-1\"");
	/* the sets, of codes as the records' checks will leave them: two
	 * codes that differ only before that (" X" and "X") are one */
	if ((l = json_object_get(root, "agencies")) && json_is_array(l))
		json_array_foreach(l, i, e) {
			const char *c = set_key(e, "code", &k1);

			where(x, "agencies", i, e, "code");
			if (c && json_object_get(x->agencies, c))
				catalog_err(x, "code", "mã %s trùng với một cơ quan khác trong tệp", c);
			else if (c)
				json_object_set_new(x->agencies, c, json_true());
		}
	if ((l = json_object_get(root, "fields")) && json_is_array(l))
		json_array_foreach(l, i, e) {
			const char *c = set_key(e, "code", &k1);
			const char *s = set_key(e, "slug", &k2);

			where(x, "fields", i, e, "code");
			if ((c && json_object_get(x->fields, c)) || (s && json_object_get(x->fields, s)))
				catalog_err(x, "code", "mã hoặc slug trùng với một lĩnh vực khác trong tệp");
			if (c) {
				json_object_set_new(x->fields, c, json_string(c));
				if (s)
					json_object_set_new(x->fields, s, json_string(c));
			}
		}
	if ((l = json_object_get(root, "procedures")) && json_is_array(l))
		json_array_foreach(l, i, e) {
			const char *c = set_key(e, "code", &k1);

			where(x, "procedures", i, e, "code");
			if (c && json_object_get(x->procs, c))
				catalog_err(x, "code", "mã %s trùng với một thủ tục khác trong tệp", c);
			else if (c)
				json_object_set_new(x->procs, c, json_true());
		}
	buf_free(&k1);
	buf_free(&k2);
	/* the records */
	if ((l = json_object_get(root, "agencies")) != NULL) {
		if (!json_is_array(l))
			catalog_err(x, "agencies", "phải là danh sách");
		else
			json_array_foreach(l, i, e) {
				where(x, "agencies", i, e, "code");
				check_agency(x, e);
			}
	}
	if ((l = json_object_get(root, "fields")) != NULL) {
		if (!json_is_array(l))
			catalog_err(x, "fields", "phải là danh sách");
		else
			json_array_foreach(l, i, e) {
				where(x, "fields", i, e, "code");
				check_field(x, e);
			}
	}
	if ((l = json_object_get(root, "procedures")) != NULL) {
		if (!json_is_array(l))
			catalog_err(x, "procedures", "phải là danh sách");
		else
			json_array_foreach(l, i, e) {
				where(x, "procedures", i, e, "code");
				check_proc(x, e);
			}
	}
}
