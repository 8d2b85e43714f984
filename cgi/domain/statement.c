/* Bank statements: see statement.h. */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/request.h"
#include "core/util.h"
#include "domain/calendar.h"
#include "domain/dossier.h"
#include "domain/fold.h"
#include "domain/payment.h"
#include "domain/statement.h"
#include "domain/workflow.h"

static const char *const err_names[ST__MAX] = {
	[ST_OK] = "ok", [ST_EMPTY] = "empty", [ST_TOO_BIG] = "too_big",
	[ST_TOO_MANY_LINES] = "too_many_lines", [ST_ENCODING] = "encoding",
	[ST_LINE_LONG] = "line_long", [ST_QUOTE] = "quote", [ST_CELLS] = "cells",
	[ST_NO_COLUMN] = "no_column", [ST_SHORT] = "short", [ST_DATE] = "date",
	[ST_AMOUNT] = "amount", [ST_CONTENT_LONG] = "content_long",
	[ST_REF_LONG] = "ref_long", [ST_NO_LINES] = "no_lines",
};

const char *
st_err_name(enum st_err e)
{
	return (unsigned)e < ST__MAX ? err_names[e] : "empty";
}

static const char *const col_names[SC__MAX] = {
	[SC_DATE] = "date", [SC_AMOUNT] = "amount", [SC_CONTENT] = "content", [SC_REF] = "ref",
};

const char *
st_col_name(enum st_col c)
{
	return (unsigned)c < SC__MAX ? col_names[c] : "date";
}

/* The header names Vietnamese banks' exports use, folded (domain/fold.h:
 * lower case, no diacritics), a trailing unit ("vnd", "d") left out. An
 * amount named for the credit side wins over a plain "so tien". */
static const struct {
	const char *name;
	enum st_col col;
	int rank;
} heads[] = {
	{ "ngay", SC_DATE, 1 }, { "ngay giao dich", SC_DATE, 2 }, { "ngay gd", SC_DATE, 2 },
	{ "ngay hach toan", SC_DATE, 2 }, { "ngay hieu luc", SC_DATE, 1 },
	{ "ngay ghi so", SC_DATE, 2 }, { "thoi gian", SC_DATE, 1 },
	{ "thoi gian giao dich", SC_DATE, 2 }, { "date", SC_DATE, 1 },
	{ "transaction date", SC_DATE, 2 }, { "posting date", SC_DATE, 2 },
	{ "so tien", SC_AMOUNT, 1 }, { "so tien giao dich", SC_AMOUNT, 1 },
	{ "amount", SC_AMOUNT, 1 }, { "so tien ghi co", SC_AMOUNT, 2 },
	{ "ghi co", SC_AMOUNT, 2 }, { "phat sinh co", SC_AMOUNT, 2 },
	{ "so tien co", SC_AMOUNT, 2 }, { "so tien vao", SC_AMOUNT, 2 },
	{ "credit", SC_AMOUNT, 2 }, { "credit amount", SC_AMOUNT, 2 },
	{ "noi dung", SC_CONTENT, 1 }, { "noi dung giao dich", SC_CONTENT, 2 },
	{ "noi dung chuyen khoan", SC_CONTENT, 2 }, { "dien giai", SC_CONTENT, 2 },
	{ "mo ta", SC_CONTENT, 1 }, { "chi tiet giao dich", SC_CONTENT, 2 },
	{ "description", SC_CONTENT, 1 }, { "content", SC_CONTENT, 1 },
	{ "details", SC_CONTENT, 1 }, { "narrative", SC_CONTENT, 1 },
	{ "so tham chieu", SC_REF, 2 }, { "ma tham chieu", SC_REF, 2 },
	{ "ma giao dich", SC_REF, 2 }, { "ma gd", SC_REF, 2 }, { "so giao dich", SC_REF, 1 },
	{ "so gd", SC_REF, 1 }, { "so but toan", SC_REF, 2 }, { "so chung tu", SC_REF, 1 },
	{ "so ct", SC_REF, 1 }, { "reference", SC_REF, 2 }, { "ref", SC_REF, 1 },
	{ "transaction id", SC_REF, 2 }, { "transaction no", SC_REF, 2 },
};

/* The column a header cell names, and how surely: -1 none. */
static int
head_col(const char *cell, int *rank)
{
	struct buf f = BUF_INIT;
	size_t i, n;
	int col = -1;

	fold(&f, cell);
	n = f.len;
	/* "Số tiền (VND)", "Ghi có (đ)" */
	if (n > 4 && strcmp(buf_str(&f) + n - 4, " vnd") == 0)
		n -= 4;
	else if (n > 5 && strcmp(buf_str(&f) + n - 5, " dong") == 0)
		n -= 5;
	else if (n > 2 && strcmp(buf_str(&f) + n - 2, " d") == 0)
		n -= 2;
	for (i = 0; i < sizeof(heads) / sizeof(heads[0]); i++)
		if (strlen(heads[i].name) == n && strncmp(heads[i].name, buf_str(&f), n) == 0) {
			col = (int)heads[i].col;
			*rank = heads[i].rank;
			break;
		}
	buf_free(&f);
	return col;
}

/* Splits line (n bytes, copied into scratch) into cells at delim;
 * quoted cells unquoted in place. The count, -1 (a quote not closed or
 * text after one), -2 (over ST_CELLS_MAX). */
static int
split(const char *line, size_t n, char delim, char *scratch, char **cells)
{
	size_t r = 0, w = 0;
	int nc = 0;

	memcpy(scratch, line, n);
	for (;;) {
		if (nc == ST_CELLS_MAX)
			return -2;
		cells[nc++] = scratch + w;
		if (r < n && scratch[r] == '"') {
			r++;
			for (;;) {
				if (r >= n)
					return -1;
				if (scratch[r] == '"') {
					if (r + 1 < n && scratch[r + 1] == '"') {
						scratch[w++] = '"';
						r += 2;
						continue;
					}
					r++;
					break;
				}
				scratch[w++] = scratch[r++];
			}
			/* spaces may follow the closing quote, nothing else */
			while (r < n && scratch[r] == ' ')
				r++;
			if (r < n && scratch[r] != delim)
				return -1;
		} else
			while (r < n && scratch[r] != delim)
				scratch[w++] = scratch[r++];
		if (r >= n) {
			scratch[w] = '\0';
			return nc;
		}
		scratch[w++] = '\0';	/* the delimiter's place */
		r++;
	}
}

/* s without the spaces around it, in place */
static char *
trim(char *s)
{
	size_t n;

	while (*s == ' ' || *s == '\t')
		s++;
	n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		s[--n] = '\0';
	return s;
}

/* "dd/mm/yyyy", "dd-mm-yyyy", "dd.mm.yyyy", "yyyy-mm-dd", "yyyy/mm/dd",
 * a time after a space or T ignored; into out as YYYY-MM-DD. 0 or -1. */
static int
parse_date(const char *s, char out[11])
{
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int a = 0, b = 0, c = 0, na = 0, nb = 0, nc = 0, y, m, d;
	char s1, s2;

	while (isdigit((unsigned char)*s) && na < 5)
		a = a * 10 + (*s++ - '0'), na++;
	s1 = *s;
	if (s1 != '/' && s1 != '-' && s1 != '.')
		return -1;
	s++;
	while (isdigit((unsigned char)*s) && nb < 3)
		b = b * 10 + (*s++ - '0'), nb++;
	s2 = *s;
	if (s2 != s1)
		return -1;
	s++;
	while (isdigit((unsigned char)*s) && nc < 5)
		c = c * 10 + (*s++ - '0'), nc++;
	if (*s != '\0' && *s != ' ' && *s != 'T')
		return -1;
	if (na == 4 && nc >= 1 && nc <= 2 && nb >= 1)
		y = a, m = b, d = c;
	else if (nc == 4 && na >= 1 && na <= 2 && nb >= 1)
		y = c, m = b, d = a;
	else
		return -1;
	if (y < 2000 || y > 2099 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1] ||
	    (m == 2 && d == 29 && (y % 4 != 0 || (y % 100 == 0 && y % 400 != 0))))
		return -1;
	/* the ranges are checked: ten characters */
	out[0] = (char)('0' + y / 1000), out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10), out[3] = (char)('0' + y % 10), out[4] = '-';
	out[5] = (char)('0' + m / 10), out[6] = (char)('0' + m % 10), out[7] = '-';
	out[8] = (char)('0' + d / 10), out[9] = (char)('0' + d % 10), out[10] = '\0';
	return 0;
}

/* An amount in đồng: "1.200.000", "1,200,000", "1200000", cents ",00"
 * or ".00" (zero only: đồng have none), a sign, "VND"/"VNĐ"/"đ"/"₫"
 * after. 1 (*out, maybe <= 0), 0 (empty), -1 (not an amount). */
static int
parse_amount(const char *in, long long *out)
{
	static const char *const units[] = { "VND", "vnd", "VN\xc4\x90", "\xc4\x91",
		"\xc4\x90", "\xe2\x82\xab", NULL };
	char s[64], *p, grp = 0, dec = 0;
	size_t n = 0, i, digits = 0, k;
	int neg = 0, group_len = -1;
	long long v = 0;

	for (; *in && n < sizeof(s) - 1; in++)
		if (*in != ' ')
			s[n++] = *in;
	if (*in)
		return -1;
	s[n] = '\0';
	for (k = 0; units[k]; k++) {
		size_t u = strlen(units[k]);

		if (n >= u && strcmp(s + n - u, units[k]) == 0) {
			s[n -= u] = '\0';
			break;
		}
	}
	if (n == 0)
		return 0;
	p = s;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	/* cents: a separator followed by one or two digits at the end */
	n = strlen(p);
	for (i = n; i > 0 && isdigit((unsigned char)p[i - 1]); i--)
		;
	if (i > 0 && n - i >= 1 && n - i <= 2 && (p[i - 1] == '.' || p[i - 1] == ',')) {
		dec = p[i - 1];
		for (k = i; k < n; k++)
			if (p[k] != '0')
				return -1;
		p[i - 1] = '\0';
	}
	for (; *p; p++) {
		if (isdigit((unsigned char)*p)) {
			if (++digits > 13)
				return -1;
			v = v * 10 + (*p - '0');
			if (group_len >= 0)
				group_len++;
			continue;
		}
		if ((*p != '.' && *p != ',') || digits == 0 || (grp && *p != grp) ||
		    *p == dec || (group_len >= 0 && group_len != 3) ||
		    (group_len < 0 && digits > 3))
			return -1;
		grp = *p;
		group_len = 0;
	}
	if (digits == 0 || (group_len >= 0 && group_len != 3))
		return -1;
	*out = neg ? -v : v;
	return 1;
}

/* text of a cell for the database: control characters as spaces */
static char *
clean(const char *s)
{
	char *c = xstrdup(s), *p;

	for (p = c; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = ' ';
	return c;
}

static int
ascii_printable(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x21 || (unsigned char)*s > 0x7e)
			return 0;
	return 1;
}

static void
hex_sha(const char *p, size_t n, const char *tag, char key[80])
{
	unsigned char md[32];
	char hex[65];

	sha256(p, n, md);
	hex_encode(md, 32, hex);
	snprintf(key, 80, "%s%s", tag, hex);
}

void
st_free(struct st_file *f)
{
	size_t i;

	for (i = 0; i < f->n; i++)
		free(f->lines[i].content);
	free(f->lines);
	memset(f, 0, sizeof(*f));
}

enum st_err
st_parse(const char *data, size_t len, struct st_file *out, int *line, int *col)
{
	const char *p = data, *end = data + len, *nl;
	char scratch[ST_LINE_MAX + 1], *cells[ST_CELLS_MAX];
	int cols[SC__MAX], rank[SC__MAX], lineno = 0, nc, i, need = 0;
	/* lines before the header (the account, the period), and the
	 * column the likeliest of them lacked */
	int pre = 0, best = -1, best_named = -1;
	char delim = ',';
	size_t cap = 0, n;
	enum st_err e = ST_OK;

	memset(out, 0, sizeof(*out));
	*line = *col = -1;
	if (len > ST_BYTES_MAX)
		return ST_TOO_BIG;
	if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	for (i = 0; i < SC__MAX; i++)
		cols[i] = -1, rank[i] = 0;
	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		n = (size_t)((nl ? nl : end) - p);
		if (++lineno > ST_LINES_MAX) {
			e = ST_TOO_MANY_LINES;
			break;
		}
		*line = lineno;
		if (n > 0 && p[n - 1] == '\r')
			n--;
		if (n > ST_LINE_MAX) {
			e = ST_LINE_LONG;
			break;
		}
		if (memchr(p, '\0', n) || !utf8_valid(p, n)) {
			e = ST_ENCODING;
			break;
		}
		{
			const char *q = p;

			while (q < p + n && (*q == ' ' || *q == '\t' || *q == ',' || *q == ';'))
				q++;
			if (q == p + n)
				goto next;	/* a blank line */
		}
		if (need == 0) {
			/* the header: its delimiter, then its columns */
			size_t k, semi = 0, comma = 0, tab = 0;

			for (k = 0; k < n; k++)
				semi += p[k] == ';', comma += p[k] == ',', tab += p[k] == '\t';
			delim = tab > semi && tab > comma ? '\t' : semi > comma ? ';' : ',';
			if ((nc = split(p, n, delim, scratch, cells)) < 0) {
				e = nc == -1 ? ST_QUOTE : ST_CELLS;
				break;
			}
			for (i = 0; i < nc; i++) {
				int r = 0, c = head_col(cells[i], &r);

				if (c >= 0 && r > rank[c])
					cols[c] = i, rank[c] = r;
			}
			/* the header is the first line that names the required
			 * columns: banks' exports open with the account's name,
			 * number and the period */
			{
				int named = 0, missing = -1;

				for (i = 0; i < SC_REF; i++)
					if (cols[i] >= 0)
						named++;
					else if (missing < 0)
						missing = i;
				if (missing >= 0) {
					if (named > best_named)
						best_named = named, best = missing;
					for (i = 0; i < SC__MAX; i++)
						cols[i] = -1, rank[i] = 0;
					if (++pre < ST_PREAMBLE_MAX)
						goto next;
					*col = best;
					e = ST_NO_COLUMN;
					goto out;
				}
			}
			for (i = 0; i < SC__MAX; i++)
				if (cols[i] + 1 > need)
					need = cols[i] + 1;
			goto next;
		}
		if ((nc = split(p, n, delim, scratch, cells)) < 0) {
			e = nc == -1 ? ST_QUOTE : ST_CELLS;
			break;
		}
		if (nc < need) {
			/* a reference column left empty at the end of the line */
			if (nc < need - (cols[SC_REF] == need - 1) || nc <= cols[SC_CONTENT] ||
			    nc <= cols[SC_DATE] || nc <= cols[SC_AMOUNT]) {
				e = ST_SHORT;
				break;
			}
		}
		{
			char *date = trim(cells[cols[SC_DATE]]), *amt = trim(cells[cols[SC_AMOUNT]]);
			char *content = trim(cells[cols[SC_CONTENT]]);
			char *ref = cols[SC_REF] >= 0 && cols[SC_REF] < nc ?
			    trim(cells[cols[SC_REF]]) : "";
			struct st_line *l;
			long long v = 0;
			int a;

			if (*date == '\0') {
				out->skipped++;	/* a total, a note: no day */
				goto next;
			}
			if ((a = parse_amount(amt, &v)) < 0) {
				e = ST_AMOUNT;
				break;
			}
			if (a == 0 || v <= 0) {
				out->skipped++;	/* a debit */
				goto next;
			}
			if (v > 9999999999999LL) {
				e = ST_AMOUNT;
				break;
			}
			if (out->n == cap) {
				cap = cap ? cap * 2 : 256;
				out->lines = xrealloc(out->lines, cap * sizeof(*out->lines));
			}
			l = &out->lines[out->n];
			memset(l, 0, sizeof(*l));
			if (parse_date(date, l->date) != 0) {
				e = ST_DATE;
				break;
			}
			if (utf8_count(content) > ST_CONTENT_MAX) {
				e = ST_CONTENT_LONG;
				break;
			}
			if (utf8_count(ref) > ST_REF_MAX) {
				e = ST_REF_LONG;
				break;
			}
			for (i = 0; ref[i]; i++)
				if ((unsigned char)ref[i] < 0x20 || ref[i] == 0x7f) {
					e = ST_REF_LONG;
					goto out;
				}
			l->lineno = lineno;
			l->amount = v;
			snprintf(l->ref, sizeof(l->ref), "%s", ref);
			l->content = clean(content);
			if (*ref && ascii_printable(ref))
				snprintf(l->key, sizeof(l->key), "ref:%s", ref);
			else if (*ref)
				hex_sha(ref, strlen(ref), "rfh:", l->key);
			else
				hex_sha(p, n, "sha:", l->key);
			out->n++;
		}
next:
		p = nl ? nl + 1 : end;
	}
out:
	if (e == ST_OK && need == 0 && pre > 0) {
		/* lines, none of them the header: what the likeliest lacked */
		*col = best;
		e = ST_NO_COLUMN;
	} else if (e == ST_OK && need == 0)
		e = ST_EMPTY;
	else if (e == ST_OK && out->n == 0 && out->skipped == 0)
		e = ST_NO_LINES;
	if (e != ST_OK) {
		if (e != ST_NO_COLUMN && e != ST_TOO_BIG && e != ST_EMPTY && e != ST_NO_LINES)
			*col = -1;
		if (e == ST_EMPTY || e == ST_NO_LINES || e == ST_TOO_BIG || e == ST_NO_COLUMN)
			*line = -1;
		st_free(out);
		return e;
	}
	*line = *col = -1;
	return ST_OK;
}

/* --- the codes in a line's content ------------------------------------------- */

#define PIECES_MAX 96
/* the pattern with the agency's code in: each piece a literal byte, or
 * 'D' for a digit (literal letters and digits in lit[]) */
struct piece {
	char kind;	/* 'L' literal, 'S' separator, 'D' digit */
	char c;
};

static int
compile(const char *pattern, const char *agency, struct piece *pc)
{
	int n = 0, k;
	const char *p = pattern, *a;

#define PUT(k_, c_) do { if (n == PIECES_MAX) return -1; pc[n].kind = (k_); \
	pc[n++].c = (char)toupper((unsigned char)(c_)); } while (0)
	while (*p) {
		if (strncmp(p, "{agency}", 8) == 0) {
			for (a = agency; *a; a++)
				PUT(strchr("-._", *a) ? 'S' : 'L', *a);
			p += 8;
		} else if (strncmp(p, "{yymmdd}", 8) == 0) {
			for (k = 0; k < 6; k++)
				PUT('D', '0');
			p += 8;
		} else if (strncmp(p, "{yyyymmdd}", 10) == 0) {
			for (k = 0; k < 8; k++)
				PUT('D', '0');
			p += 10;
		} else if (strncmp(p, "{seq", 4) == 0 && p[4] >= '3' && p[4] <= '6' && p[5] == '}') {
			for (k = 0; k < p[4] - '0'; k++)
				PUT('D', '0');
			p += 6;
		} else {
			PUT(strchr("-._", *p) ? 'S' : 'L', *p);
			p++;
		}
	}
#undef PUT
	return n;
}

/* the code at s, as stored, into code; the bytes matched, or 0 */
static size_t
match_at(const struct piece *pc, int n, const char *s, char code[41])
{
	size_t k = 0;
	int j, w = 0;

	for (j = 0; j < n; j++) {
		if (w >= 40)
			return 0;
		switch (pc[j].kind) {
		case 'S':
			if (s[k] && strchr("-._ /", s[k]))
				k++;
			code[w++] = pc[j].c;
			break;
		case 'L':
			if (toupper((unsigned char)s[k]) != pc[j].c)
				return 0;
			code[w++] = pc[j].c;
			k++;
			break;
		default:
			if (!isdigit((unsigned char)s[k]))
				return 0;
			code[w++] = s[k++];
		}
	}
	code[w] = '\0';
	return isdigit((unsigned char)s[k]) ? 0 : k;
}

int
st_codes(const char *pattern, const char *agency, const char *content,
    char codes[2][41])
{
	struct piece pc[PIECES_MAX];
	char code[41];
	int n = compile(pattern, agency, pc), found = 0;
	size_t i;

	codes[0][0] = codes[1][0] = '\0';
	if (n <= 0)
		return 0;
	for (i = 0; content[i]; i++) {
		if (i > 0 && isalnum((unsigned char)content[i - 1]))
			continue;
		if (match_at(pc, n, content + i, code) == 0)
			continue;
		if (found == 0 || strcmp(code, codes[0]) != 0) {
			memcpy(codes[found], code, sizeof(code));
			if (++found == 2)
				break;
		}
	}
	return found;
}

/* --- the import (database) ------------------------------------------------- */

/* Why a line waits: the column's values (sql/017-transfer.sql). */
#define WHY_NO_CODE "no_code"
#define WHY_UNKNOWN "unknown"
#define WHY_TWO "two_codes"
#define WHY_AMOUNT "amount"
#define WHY_SETTLED "settled"
#define WHY_CLOSED "closed"

/* Lines handled per round of statements: their rows written by one
 * statement, their dossiers read by another (a parameter of some 150
 * KB, far under max_allowed_packet). */
#define CHUNK 500

/* Why a line for amount naming dossier o (its row read ahead; found 0:
 * none such) waits, or NULL: it pays o. */
static const char *
line_why(const struct wf_ahead_fee *o, int found, long long agency, long long amount)
{
	if (!found || o->agency_id != agency)
		return WHY_UNKNOWN;
	if (o->settled || o->owed <= 0)
		return WHY_SETTLED;
	if (!payment_open(o->status))
		return WHY_CLOSED;
	if (o->owed != amount)
		return WHY_AMOUNT;
	return NULL;
}

/* The n lines l of the file from the agency (its code agency_code): each
 * new one written (once per agency: a line known already, or twice in
 * the file, changes nothing), then paying its dossier through the
 * workflow or waiting with why. Two statements for the chunk (its
 * lines, its dossiers) and the workflow's own for each payment; the
 * waiting lines' why is written at the commit. 0 or a db_rc. */
static int
import_chunk(struct db *db, const struct wf_hooks *h, long long agency,
    const char *agency_code, const char *pattern, const char *now,
    const struct st_line *l, size_t n, struct st_report *r)
{
	struct buf js = BUF_INIT, cj = BUF_INIT;
	long long *ids = xcalloc(n, sizeof(*ids));
	char (*codes)[2][41] = xcalloc(n, sizeof(*codes));
	int *ncodes = xcalloc(n, sizeof(*ncodes));
	/* the dossiers this chunk paid: a later line for one finds it paid */
	long long *paid = xcalloc(n, sizeof(*paid));
	struct wf_ahead *ahead = NULL;
	HDF *ret, *x;
	size_t i, npaid = 0, k;
	int rc;

	/* the lines, in the file's order; the rows written come back in
	 * that order (INSERT IGNORE: a key known already, or again in the
	 * file, writes nothing and comes back not) */
	buf_addc(&js, '[');
	for (i = 0; i < n; i++) {
		buf_adds(&js, i ? ",{\"k\":" : "{\"k\":");
		buf_add_json_string(&js, l[i].key);
		if (l[i].ref[0]) {
			buf_adds(&js, ",\"r\":");
			buf_add_json_string(&js, l[i].ref);
		}
		buf_printf(&js, ",\"d\":\"%s\",\"a\":%lld,\"c\":", l[i].date, l[i].amount);
		buf_add_json_string(&js, l[i].content);
		buf_addc(&js, '}');
	}
	buf_addc(&js, ']');
	if (hdf_init(&ret))
		abort();
	rc = db_rows(db, ret, "L", "INSERT IGNORE INTO statement_line (agency_id, line_key,"
	    " bank_ref, booked_on, amount, content, state, imported_by, imported_at)"
	    " SELECT ?, j.k, j.r, j.d, j.a, j.c, 'waiting', ?, ? FROM JSON_TABLE(?, '$[*]'"
	    " COLUMNS (n FOR ORDINALITY, k VARCHAR(80) PATH '$.k', r VARCHAR(60) PATH '$.r',"
	    " d DATE PATH '$.d', a BIGINT UNSIGNED PATH '$.a', c VARCHAR(500) PATH '$.c')) AS j"
	    " ORDER BY j.n RETURNING id, line_key", DB_INT(agency), DB_INT(h->user->id),
	    DB_STR(now), DB_STR(buf_str(&js)));
	buf_free(&js);
	x = rc > 0 ? hdf_obj_child(hdf_get_obj(ret, "L")) : NULL;
	/* a line is new if it is the next row written: an earlier twin in
	 * the file was written first, a known key not at all */
	for (i = 0; i < n && rc >= 0; i++)
		if (x && strcmp(hdf_get_value(x, "line_key", ""), l[i].key) == 0) {
			ids[i] = hdf_ll(x, "id");
			x = hdf_obj_next(x);
		}
	hdf_destroy(&ret);
	/* the codes the new lines carry, their dossiers read at once, as the
	 * workflow reads a row: its steps start from them */
	buf_addc(&cj, '[');
	for (i = 0; i < n && rc >= 0; i++) {
		if (ids[i] == 0)
			continue;
		ncodes[i] = st_codes(pattern, agency_code, l[i].content, codes[i]);
		if (ncodes[i] == 1) {
			if (cj.len > 1)
				buf_addc(&cj, ',');
			buf_add_json_string(&cj, codes[i][0]);
		}
	}
	buf_addc(&cj, ']');
	if (rc >= 0 && cj.len > 2)
		rc = wf_ahead_read(db, buf_str(&cj), &ahead);
	buf_free(&cj);
	for (i = 0; i < n && rc >= 0; i++) {
		struct wf_ahead_fee o;
		const char *why;
		int found = 0;

		if (ids[i] == 0) {
			r->known++;
			continue;
		}
		if (ncodes[i] == 1 && (found = wf_ahead_get(ahead, codes[i][0], &o)))
			for (k = 0; k < npaid; k++)
				if (paid[k] == o.id)
					o.settled = 1;
		why = ncodes[i] == 0 ? WHY_NO_CODE : ncodes[i] > 1 ? WHY_TWO :
		    line_why(&o, found, agency, l[i].amount);
		if (why == NULL) {
			struct wf_in in;
			struct wf_out out;

			memset(&in, 0, sizeof(in));
			in.action = WA_PAY_TRANSFER;
			in.dossier_id = o.id;
			in.ahead = ahead;
			in.version = -1;
			in.pay_line = ids[i];
			/* the line this transaction just wrote: the workflow
			 * need not read it again */
			in.pay_amount = l[i].amount;
			in.pay_receipt = l[i].ref[0] ? l[i].ref : NULL;
			if ((rc = wf_apply(db, h, &in, &out)) < 0)
				break;
			if (out.result == WF_DONE) {
				paid[npaid++] = o.id;
				r->paid++;
				continue;
			}
			why = WHY_CLOSED;	/* refused all the same: the officer sees it */
		}
		rc = db_exec_later(db, "UPDATE statement_line SET why = ?, dossier_id = ?"
		    " WHERE id = ?", DB_STR(why), found && o.agency_id == agency ?
		    DB_INT(o.id) : DB_NULL, DB_INT(ids[i]));
		r->waiting++;
	}
	wf_ahead_free(ahead);
	free(paid);
	free(ids);
	free(codes);
	free(ncodes);
	return rc < 0 ? rc : 0;
}

int
statement_import(struct db *db, const struct wf_hooks *h, long long agency,
    const char *data, size_t len, struct st_report *r)
{
	const char *pattern = cfg_str(h->cfg, "Dossier.CodePattern");
	struct st_file f;
	char now[24], agency_code[32];
	HDF *a;
	size_t i;
	int rc = 0;

	memset(r, 0, sizeof(*r));
	r->err = st_parse(data, len, &f, &r->err_line, &r->err_col);
	if (r->err != ST_OK)
		return 0;
	/* the agency's code, the start of its dossiers' codes */
	if (hdf_init(&a))
		abort();
	rc = db_row(db, a, "A", "SELECT code FROM agency WHERE id = ?", DB_INT(agency));
	snprintf(agency_code, sizeof(agency_code), "%s", hdf_get_value(a, "A.code", ""));
	hdf_destroy(&a);
	if (rc <= 0) {
		st_free(&f);
		r->err = ST_EMPTY;
		return rc;
	}
	r->lines = (int)f.n;
	r->skipped = (int)f.skipped;
	cal_format_iso(cal_now(), now, sizeof(now));
	for (i = 0, rc = 0; i < f.n && rc >= 0; i += CHUNK)
		rc = import_chunk(db, h, agency, agency_code, pattern, now, f.lines + i,
		    f.n - i < CHUNK ? f.n - i : CHUNK, r);
	st_free(&f);
	return rc < 0 ? rc : 0;
}

int
statement_assign(struct db *db, const struct wf_hooks *h, long long agency,
    long long id, const char *code, const char *reason, enum st_settle *out)
{
	struct wf_in in;
	struct wf_out wo;
	char norm[41];
	long long dossier = 0, line = 0;
	int rc;

	*out = SS_NOT_FOUND;
	rc = db_int(db, &line, "SELECT id FROM statement_line WHERE id = ? AND agency_id = ?"
	    " AND state = 'waiting'", DB_INT(id), DB_INT(agency));
	if (rc <= 0)
		return rc < 0 ? rc : 0;
	dossier_code_norm(code ? code : "", norm);
	rc = db_int(db, &dossier, "SELECT id FROM dossier WHERE code = ? AND agency_id = ?",
	    DB_STR(norm), DB_INT(agency));
	if (rc <= 0) {
		*out = SS_NO_DOSSIER;
		return rc < 0 ? rc : 0;
	}
	/* the workflow's row settles it under the dossier's and the line's
	 * locks (its own transaction): the line still waiting, the fee
	 * owed, the amount or a reason */
	memset(&in, 0, sizeof(in));
	in.action = WA_PAY_TRANSFER;
	in.dossier_id = dossier;
	in.version = -1;
	in.pay_line = id;
	in.reason = reason && *reason ? reason : NULL;
	if ((rc = wf_apply(db, h, &in, &wo)) < 0)
		return rc;
	switch (wo.result) {
	case WF_DONE:
	case WF_ALREADY:
		*out = SS_DONE;
		break;
	case WF_FORBIDDEN:
		*out = SS_FORBIDDEN;
		break;
	case WF_NOT_FOUND:
		*out = SS_NO_DOSSIER;
		break;
	case WF_BAD_INPUT:
		*out = wo.why && strcmp(wo.why, WF_WHY_PAY_REASON) == 0 ? SS_REASON : SS_NOT_FOUND;
		break;
	default:
		*out = SS_NOT_OWED;
	}
	return 0;
}

int
statement_dismiss(struct db *db, const struct wf_hooks *h, long long agency,
    long long id, const char *reason, enum st_settle *out)
{
	char now[24];
	int rc;

	cal_format_iso(cal_now(), now, sizeof(now));
	rc = db_exec(db, "UPDATE statement_line SET state = 'dismissed', note = ?, settled_by = ?,"
	    " settled_at = ? WHERE id = ? AND agency_id = ? AND state = 'waiting'",
	    DB_STR(reason), DB_INT(h->user->id), DB_STR(now), DB_INT(id), DB_INT(agency));
	*out = rc == 1 ? SS_DONE : SS_NOT_FOUND;
	return rc < 0 ? rc : 0;
}

int
statement_lists(struct db *db, long long agency, HDF *hdf, const char *prefix,
    const char *prefix_done)
{
	HDF *n;
	char amount[40];
	int rc, count;

	count = db_rows(db, hdf, prefix, "SELECT l.id, DATE_FORMAT(l.booked_on, '%d/%m/%Y')"
	    " AS booked, l.amount AS amount_raw, l.content, l.bank_ref, l.why, d.code"
	    " FROM statement_line l LEFT JOIN dossier d ON d.id = l.dossier_id"
	    " WHERE l.agency_id = ? AND l.state = 'waiting' ORDER BY l.id DESC LIMIT 500",
	    DB_INT(agency));
	if (count < 0)
		return count;
	rc = db_rows(db, hdf, prefix_done, "SELECT l.id, DATE_FORMAT(l.booked_on, '%d/%m/%Y')"
	    " AS booked, l.amount AS amount_raw, l.content, l.bank_ref, l.state, l.note, d.code,"
	    " DATE_FORMAT(l.settled_at, '%H:%i %d/%m/%Y') AS settled"
	    " FROM statement_line l LEFT JOIN dossier d ON d.id = l.dossier_id"
	    " WHERE l.agency_id = ? AND l.settled_at IS NOT NULL ORDER BY l.settled_at DESC"
	    " LIMIT 50", DB_INT(agency));
	if (rc < 0)
		return rc;
	for (n = hdf_obj_child(hdf_get_obj(hdf, prefix)); n; n = hdf_obj_next(n)) {
		money_group(amount, sizeof(amount), hdf_get_value(n, "amount_raw", "0"));
		hdf_set_value(n, "amount", amount);
	}
	for (n = hdf_obj_child(hdf_get_obj(hdf, prefix_done)); n; n = hdf_obj_next(n)) {
		money_group(amount, sizeof(amount), hdf_get_value(n, "amount_raw", "0"));
		hdf_set_value(n, "amount", amount);
	}
	return count;
}
