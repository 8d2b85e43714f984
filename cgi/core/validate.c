#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/util.h"
#include "core/validate.h"

void
fval_clear(struct fval *v)
{
	if (v->s)	/* passwords pass through here */
		explicit_bzero(v->s, strlen(v->s));
	free(v->s);
	memset(v, 0, sizeof(*v));
}

/* Trims ASCII and no-break spaces at both ends; returns a new string. */
static char *
trim_dup(const char *s)
{
	const char *e;

	for (;;) {
		if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
			s++;
		else if ((unsigned char)s[0] == 0xc2 && (unsigned char)s[1] == 0xa0)
			s += 2;
		else
			break;
	}
	e = s + strlen(s);
	for (;;) {
		if (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' ||
		    e[-1] == '\n'))
			e--;
		else if (e - s >= 2 && (unsigned char)e[-2] == 0xc2 &&
		    (unsigned char)e[-1] == 0xa0)
			e -= 2;
		else
			break;
	}
	return xstrndup(s, (size_t)(e - s));
}

/* Control characters other than tab and newline, and bidi overrides. */
static int
has_controls(const char *s, int allow_newline)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n;

	while (*p) {
		if (*p < 0x20 || *p == 0x7f) {
			if (!(allow_newline && (*p == '\n' || *p == '\t')))
				return 1;
			p++;
			continue;
		}
		if (*p < 0x80) {
			p++;
			continue;
		}
		n = utf8_seq_len(p);
		if (n == 0)
			return 1;
		{
			uint32_t c = utf8_decode(p, n);

			/* C1 controls, bidi controls, zero-width joiners and
			 * other invisible format characters */
			if ((c >= 0x80 && c <= 0x9f) || utf8_is_bidi_control(p, n) ||
			    (c >= 0x200b && c <= 0x200d) || c == 0xfeff ||
			    (c >= 0xfff9 && c <= 0xfffb))
				return 1;
		}
		p += n;
	}
	return 0;
}

static enum verr
check_len(const char *s, const struct field *f)
{
	long n = (long)utf8_count(s);

	if (f->min > 0 && n < f->min)
		return VE_TOOSHORT;
	if (f->max > 0 && n > f->max)
		return VE_TOOLONG;
	return VE_OK;
}

static enum verr
v_int(const struct field *f, char *s, struct fval *v)
{
	const char *p = s;
	char *end;
	long long n;

	if (*p == '-')
		p++;
	if (*p == '\0' || strlen(p) > 18)
		return VE_FORMAT;
	for (; *p; p++)
		if (!isdigit((unsigned char)*p))
			return VE_FORMAT;
	errno = 0;
	n = strtoll(s, &end, 10);
	if (errno)
		return VE_RANGE;
	if (f->min < f->max && (n < f->min || n > f->max))
		return VE_RANGE;
	v->i = n;
	return VE_OK;
}

static enum verr
v_slug(const struct field *f, char *s)
{
	const char *p;
	long max = f->max > 0 ? f->max : 100;

	if ((long)strlen(s) > max)
		return VE_TOOLONG;
	if (s[0] == '-' || s[strlen(s) - 1] == '-' || strstr(s, "--"))
		return VE_FORMAT;
	for (p = s; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
			return VE_FORMAT;
	return VE_OK;
}

static int
days_in_month(int y, int m)
{
	static const int d[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return d[m - 1];
}

static int
all_digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!isdigit((unsigned char)s[i]))
			return 0;
	return 1;
}

/* Agency identifier (Circular 10/2016/TT-BTTTT: groups of digits and upper
 * case letters separated by dots, e.g. 000.00.15.H34), then -YYMMDD-NNNN
 * (Circular 01/2018/TT-VPCP art. 19). Upper-cased in place. */
static enum verr
v_code(char *s)
{
	char *p, *d1, *d2;
	size_t idlen;
	int mm, dd;

	for (p = s; *p; p++)
		*p = (char)toupper((unsigned char)*p);
	if (strlen(s) > 40)
		return VE_TOOLONG;
	if ((d2 = strrchr(s, '-')) == NULL || d2 == s)
		return VE_FORMAT;
	*d2 = '\0';
	d1 = strrchr(s, '-');
	*d2 = '-';
	if (d1 == NULL)
		return VE_FORMAT;
	idlen = (size_t)(d1 - s);
	if (idlen == 0 || idlen > 24 || s[0] == '.' || s[idlen - 1] == '.')
		return VE_FORMAT;
	for (p = s; p < d1; p++) {
		if (*p == '.' && p[1] == '.')
			return VE_FORMAT;
		if (!(*p == '.' || isdigit((unsigned char)*p) || (*p >= 'A' && *p <= 'Z')))
			return VE_FORMAT;
	}
	if (d2 - d1 - 1 != 6 || !all_digits(d1 + 1, 6))
		return VE_FORMAT;
	mm = (d1[3] - '0') * 10 + (d1[4] - '0');
	dd = (d1[5] - '0') * 10 + (d1[6] - '0');
	if (mm < 1 || mm > 12 || dd < 1 ||
	    dd > days_in_month(2000 + (d1[1] - '0') * 10 + (d1[2] - '0'), mm))
		return VE_FORMAT;
	if (strlen(d2 + 1) < 4 || strlen(d2 + 1) > 6 ||
	    !all_digits(d2 + 1, strlen(d2 + 1)))
		return VE_FORMAT;
	return VE_OK;
}

static int
label_ok(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || n > 63 || s[0] == '-' || s[n - 1] == '-')
		return 0;
	for (i = 0; i < n; i++)
		if (!(isalnum((unsigned char)s[i]) || s[i] == '-'))
			return 0;
	return 1;
}

static enum verr
v_email(char *s)
{
	char *at = strrchr(s, '@'), *p, *dot, *lab;
	static const char lok[] = "!#$%&'*+/=?^_`{|}~-.";
	size_t llen;

	if (strlen(s) > 254)
		return VE_TOOLONG;
	if (at == NULL || at == s)
		return VE_FORMAT;
	llen = (size_t)(at - s);
	if (llen > 64 || s[0] == '.' || at[-1] == '.')
		return VE_FORMAT;
	for (p = s; p < at; p++) {
		if (*p == '.' && p[1] == '.')
			return VE_FORMAT;
		if (!(isalnum((unsigned char)*p) || strchr(lok, *p)))
			return VE_FORMAT;
	}
	/* domain: at least two labels, the last one alphabetic */
	lab = at + 1;
	if (strchr(lab, '.') == NULL)
		return VE_FORMAT;
	for (p = lab; *p; p++)
		*p = (char)tolower((unsigned char)*p);
	while ((dot = strchr(lab, '.')) != NULL) {
		if (!label_ok(lab, (size_t)(dot - lab)))
			return VE_FORMAT;
		lab = dot + 1;
	}
	if (!label_ok(lab, strlen(lab)) || strlen(lab) < 2)
		return VE_FORMAT;
	for (p = lab; *p; p++)
		if (!isalpha((unsigned char)*p) && strncmp(lab, "xn--", 4))
			return VE_FORMAT;
	return VE_OK;
}

/* Vietnamese numbers: mobiles have 10 digits, landlines 11 (0 + 3-digit
 * area code + 7 digits); +84 stands for the leading 0. Spaces, dots,
 * hyphens and parentheses are layout and dropped. */
static enum verr
v_phone(struct fval *v)
{
	struct buf b = BUF_INIT;
	const char *p = v->s;
	size_t n;

	if (*p == '+') {
		if (strncmp(p, "+84", 3))
			return VE_FORMAT;
		buf_addc(&b, '0');
		p += 3;
		while (*p == ' ' || *p == '.' || *p == '-' || *p == '(' || *p == ')')
			p++;
		if (*p == '0')	/* "+84 0..." is a common mistake */
			p++;
	}
	for (; *p; p++) {
		if (isdigit((unsigned char)*p))
			buf_addc(&b, *p);
		else if (!(*p == ' ' || *p == '.' || *p == '-' || *p == '(' || *p == ')')) {
			buf_free(&b);
			return VE_FORMAT;
		}
	}
	n = b.len;
	if (n < 10 || n > 11 || b.s[0] != '0' || b.s[1] == '0') {
		buf_free(&b);
		return VE_FORMAT;
	}
	free(v->s);
	v->s = b.s;
	return VE_OK;
}

/* Letters of the Latin script as Vietnamese and the languages of the
 * province's ethnic minorities write them, with combining marks. */
static int
is_name_letter(uint32_t c, int *mark)
{
	*mark = 0;
	if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))
		return 1;
	if (c >= 0xc0 && c <= 0x24f && c != 0xd7 && c != 0xf7)
		return 1;
	if (c >= 0x1e00 && c <= 0x1eff)
		return 1;
	if (c >= 0x300 && c <= 0x36f) {
		*mark = 1;
		return 1;
	}
	return 0;
}

static enum verr
v_name(const struct field *f, struct fval *v)
{
	const unsigned char *p = (const unsigned char *)v->s;
	struct buf b = BUF_INIT;
	int letters = 0, prev_sep = 1, mark;
	size_t n;
	enum verr e;

	while (*p) {
		if (*p == ' ' || *p == '\t') {
			if (!prev_sep)
				buf_addc(&b, ' ');
			prev_sep = 1;
			p++;
			continue;
		}
		n = utf8_seq_len(p);
		if (n == 0)
			goto bad;
		if (n == 1 && (*p == '\'' || *p == '-' || *p == '.')) {
			if (prev_sep && *p != '.')
				goto bad;
		} else if (!is_name_letter(utf8_decode(p, n), &mark) ||
		    (mark && prev_sep))
			goto bad;
		else
			letters++;
		buf_add(&b, p, n);
		prev_sep = 0;
		p += n;
	}
	if (b.len && b.s[b.len - 1] == ' ')
		b.s[--b.len] = '\0';
	if (letters == 0)
		goto bad;
	free(v->s);
	v->s = b.s ? b.s : xstrdup("");
	if ((e = check_len(v->s, f)) != VE_OK)
		return e;
	return VE_OK;
bad:
	buf_free(&b);
	return VE_FORMAT;
}

/* Reads up to max digits at *p (at least one) into *n, moving *p on. */
static int
digits(const char **p, int max, int *n)
{
	int k = 0;

	*n = 0;
	while (k < max && isdigit((unsigned char)**p)) {
		*n = *n * 10 + (**p - '0');
		(*p)++;
		k++;
	}
	return k;
}

/* The date forms people type: day, month and year in Vietnamese order with
 * '/', '-' or '.' between them, the day and month with or without their
 * leading zero (15/03/1990, 15-3-1990, 5.3.1990), or year first as browsers
 * and ISO write it (1990-03-15). Stored as YYYY-MM-DD. */
static enum verr
v_date(const struct field *f, struct fval *v)
{
	const char *p = v->s;
	int y, m, d, n;
	char sep, out[32];

	if ((n = digits(&p, 4, &y)) == 4 && *p == '-') {
		p++;
		if (digits(&p, 2, &m) == 0 || *p++ != '-' || digits(&p, 2, &d) == 0)
			return VE_FORMAT;
	} else if (n >= 1 && n <= 2 && (*p == '/' || *p == '-' || *p == '.')) {
		d = y;
		sep = *p++;
		if (digits(&p, 2, &m) == 0 || *p++ != sep || digits(&p, 4, &y) != 4)
			return VE_FORMAT;
	} else
		return VE_FORMAT;
	if (*p != '\0')
		return VE_FORMAT;
	if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
		return VE_FORMAT;
	/* min/max bound the year when set */
	if (f->min < f->max && (y < f->min || y > f->max))
		return VE_RANGE;
	snprintf(out, sizeof(out), "%04d-%02d-%02d", y, m, d);
	free(v->s);
	v->s = xstrdup(out);
	return VE_OK;
}

static enum verr
v_token(const struct field *f, const char *s)
{
	const char *p;

	for (p = s; *p; p++)
		if (!(isalnum((unsigned char)*p) || *p == '-' || *p == '_'))
			return VE_FORMAT;
	return check_len(s, f);
}

/* The provinces' codes that open a citizen identity number (Circular
 * 07/2016/TT-BCA and its amendments): the 63 pre-2025 provinces. Numbers
 * keep their code after provinces merge. */
static const char *const cccd_provinces =
    "001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 "
    "027 030 031 033 034 035 036 037 038 040 042 044 045 046 048 049 051 "
    "052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 "
    "082 083 084 086 087 089 091 092 093 094 095 096";

static enum verr
v_cccd(const char *s)
{
	char prov[4];
	size_t i;

	for (i = 0; s[i]; i++)
		if (!isdigit((unsigned char)s[i]))
			return VE_FORMAT;
	if (i != 12)
		return VE_FORMAT;
	memcpy(prov, s, 3);
	prov[3] = '\0';
	return strstr(cccd_provinces, prov) ? VE_OK : VE_FORMAT;
}

static enum verr
v_taxcode(const char *s)
{
	size_t i;

	for (i = 0; i < 10; i++)
		if (!isdigit((unsigned char)s[i]))
			return VE_FORMAT;
	if (s[10] == '\0')
		return VE_OK;
	if (s[10] != '-')
		return VE_FORMAT;
	for (i = 11; i < 14; i++)
		if (!isdigit((unsigned char)s[i]))
			return VE_FORMAT;
	return s[14] == '\0' ? VE_OK : VE_FORMAT;
}

/* Turns CRLF and lone CR into LF, in place. */
static void
normalise_newlines(char *s)
{
	char *r = s, *w = s;

	while (*r) {
		if (*r == '\r') {
			*w++ = '\n';
			r += r[1] == '\n' ? 2 : 1;
		} else
			*w++ = *r++;
	}
	*w = '\0';
}

enum verr
validate_value(const struct field *f, const char *raw, struct fval *v)
{
	enum verr e = VE_OK;

	memset(v, 0, sizeof(*v));
	if (raw == NULL)
		goto absent;
	if (!utf8_valid(raw, strlen(raw)))
		return v->err = VE_UTF8;
	if (f->type == V_SECRET) {
		/* a space at either end is part of a password */
		if (*raw == '\0')
			goto absent;
		v->present = 1;
		v->s = xstrdup(raw);
		if (has_controls(v->s, 0))
			return v->err = VE_CONTROL;
		return v->err = check_len(v->s, f);
	}
	v->s = trim_dup(raw);
	if (v->s[0] == '\0') {
		free(v->s);
		v->s = NULL;
		goto absent;
	}
	v->present = 1;
	if (f->type == V_TEXT)
		normalise_newlines(v->s);
	if (has_controls(v->s, f->type == V_TEXT))
		return v->err = VE_CONTROL;
	switch (f->type) {
	case V_INT:
		e = v_int(f, v->s, v);
		break;
	case V_SLUG:
		e = v_slug(f, v->s);
		break;
	case V_CODE:
		e = v_code(v->s);
		break;
	case V_EMAIL:
		e = v_email(v->s);
		break;
	case V_PHONE:
		e = v_phone(v);
		break;
	case V_NAME:
		e = v_name(f, v);
		break;
	case V_DATE:
		e = v_date(f, v);
		break;
	case V_ENUM: {
		const char *const *c;

		e = VE_CHOICE;
		for (c = f->choices; c && *c; c++)
			if (strcmp(*c, v->s) == 0) {
				e = VE_OK;
				break;
			}
		break;
	}
	case V_TEXT:
	case V_LINE:
		e = check_len(v->s, f);
		break;
	case V_TOKEN:
		e = v_token(f, v->s);
		break;
	case V_KEY: {
		const char *k;

		e = check_len(v->s, f);
		for (k = v->s; e == VE_OK && *k; k++)
			if (!(isalnum((unsigned char)*k) || *k == '.' || *k == '_' || *k == '-'))
				e = VE_FORMAT;
		break;
	}
	case V_CCCD:
		e = v_cccd(v->s);
		break;
	case V_TAXCODE:
		e = v_taxcode(v->s);
		break;
	default:
		e = VE_FORMAT;
	}
	return v->err = e;
absent:
	if (f->flags & F_REQUIRED)
		return v->err = VE_REQUIRED;
	return v->err = VE_OK;
}

const char *
verr_key(const struct field *f, enum verr e)
{
	static const char *const fmt[V__MAX] = {
		[V_INT] = "format_int", [V_SLUG] = "format_slug",
		[V_CODE] = "format_code", [V_EMAIL] = "format_email",
		[V_PHONE] = "format_phone", [V_NAME] = "format_name",
		[V_DATE] = "format_date", [V_ENUM] = "format_enum",
		[V_TEXT] = "format_text", [V_LINE] = "format_text",
		[V_TOKEN] = "format_token", [V_KEY] = "format_token",
		[V_CCCD] = "format_cccd", [V_TAXCODE] = "format_taxcode",
		[V_SECRET] = "format",
	};
	static const char *const key[VE__MAX] = {
		[VE_OK] = "ok", [VE_REQUIRED] = "required", [VE_UTF8] = "utf8",
		[VE_CONTROL] = "control", [VE_TOOSHORT] = "tooshort",
		[VE_TOOLONG] = "toolong", [VE_FORMAT] = "format",
		[VE_RANGE] = "range", [VE_CHOICE] = "choice", [VE_MULTI] = "multi",
	};

	if (f->type == V_SECRET && e == VE_TOOSHORT)
		return "password_short";
	if (f->type == V_SECRET && e == VE_TOOLONG)
		return "password_long";
	if (e == VE_FORMAT && f->type < V__MAX && fmt[f->type])
		return fmt[f->type];
	return e < VE__MAX ? key[e] : "format";
}
