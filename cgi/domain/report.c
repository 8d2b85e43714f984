/* Period reports and the scorecard: see report.h. Every figure is an SQL
 * aggregate over the counts of sql/015-reports.sql; a range of days is
 * read as the whole years inside it (grain 'y'), the whole months beside
 * them ('m') and the days at its edges ('d'), so a year costs one row per
 * agency and procedure. */
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
#include "domain/queue.h"
#include "domain/report.h"
#include "domain/scheme.h"

const char *const report_kind_slugs[] = { "thang", "quy", "nam", "khoang", NULL };
const char *const report_group_slugs[] = { "co-quan", "linh-vuc", "thu-tuc", NULL };
const char *const report_group_names[RG__MAX] = { "agency", "field", "proc" };
const char *const report_cost_slugs[] = { "chua-day-du", "tre-han", "chua-phat-sinh",
	"danh-gia-thap", NULL };
const char *const report_cost_names[RCOST__MAX] = { "incomplete", "late", "unused",
	"low_rating" };
const char *const report_period_err_keys[RP__MAX] = { "", "kind", "year", "month",
	"quarter", "dates", "reversed", "range_years" };
const char *const report_count_names[RC__MAX] = { "submitted", "received", "settled",
	"early", "on_time", "late", "refused", "stopped", "withdrawn", "prog_ok",
	"prog_late", "paused", "rated", "commented" };

/* --- the period -------------------------------------------------------- */

static long
month_days(int y, int m)
{
	return m == 12 ? cal_date(y + 1, 1, 1) - cal_date(y, 12, 1) :
	    cal_date(y, m + 1, 1) - cal_date(y, m, 1);
}

enum report_period_err
report_period_parse(const struct report_period_in *in, long today,
    struct report_period *out)
{
	int ty, tm, td, k;

	cal_civil(today, &ty, &tm, &td);
	memset(out, 0, sizeof(*out));
	out->kind = RK__MAX;
	if (in->kind == NULL || *in->kind == '\0') {
		/* nothing asked: this month */
		out->kind = RK_MONTH;
		out->year = ty;
		out->month = tm;
	} else
		for (k = 0; k < RK__MAX; k++)
			if (strcmp(in->kind, report_kind_slugs[k]) == 0)
				out->kind = (enum report_kind)k;
	if (out->kind == RK__MAX)
		return RP_KIND;
	if (out->kind == RK_RANGE) {
		int fy, fm, fd, ly, lm, ld;

		if (in->from < 0 || in->to < 0)
			return RP_DATES;
		cal_civil(in->from, &fy, &fm, &fd);
		cal_civil(in->to, &ly, &lm, &ld);
		if (fy < REPORT_YEAR_MIN || ly > ty || fy > ty || ly < REPORT_YEAR_MIN)
			return RP_RANGE_YEARS;
		if (in->to < in->from)
			return RP_REVERSED;
		out->from = in->from;
		out->to = in->to;
		out->year = fy;
		return RP_OK;
	}
	if (in->kind && *in->kind) {
		if (in->year < REPORT_YEAR_MIN || in->year > ty)
			return RP_YEAR;
		out->year = (int)in->year;
		if (out->kind == RK_MONTH) {
			if (in->month < 1 || in->month > 12)
				return RP_MONTH;
			out->month = (int)in->month;
		}
		if (out->kind == RK_QUARTER) {
			if (in->quarter < 1 || in->quarter > 4)
				return RP_QUARTER;
			out->quarter = (int)in->quarter;
		}
	}
	switch (out->kind) {
	case RK_MONTH:
		out->from = cal_date(out->year, out->month, 1);
		out->to = out->from + month_days(out->year, out->month) - 1;
		break;
	case RK_QUARTER:
		out->from = cal_date(out->year, out->quarter * 3 - 2, 1);
		out->to = (out->quarter == 4 ? cal_date(out->year + 1, 1, 1) :
		    cal_date(out->year, out->quarter * 3 + 1, 1)) - 1;
		break;
	default:
		out->from = cal_date(out->year, 1, 1);
		out->to = cal_date(out->year + 1, 1, 1) - 1;
		break;
	}
	return RP_OK;
}

/* The days from..to (inclusive) as the rows that add up to them: whole
 * years [y1, y2) (grain 'y'), whole months [m1, y1) and [y2, m2) ('m'),
 * and the days [from, m1) and [m2, to] ('d'), from <= m1 <= y1 <= y2 <=
 * m2 <= to + 1, as "YYYY-MM-DD". No whole month: m1 = y1 = y2 = m2 =
 * to + 1; no whole year: y1 = y2 = m2. */
/* A report_span as the text the SQL takes. */
struct span {
	char y[2][12], m[2][2][12], d[2][2][12], x[2][2][12], xm[2][2][12];
};

static void
day_iso(long day, char *out, size_t len)
{
	int y, m, d;

	cal_civil(day, &y, &m, &d);
	snprintf(out, len, "%04d-%02d-%02d", y, m, d);
}

/* The first day of day's month, and of the next. */
static void
month_of(long day, long *first, long *next)
{
	int y, m, d;

	cal_civil(day, &y, &m, &d);
	*first = day - d + 1;
	*next = *first + month_days(y, m);
}

/* Whole months from a to b (first days of months, a <= b). */
static int
months_between(long a, long b)
{
	int ya, ma, yb, mb, d;

	cal_civil(a, &ya, &ma, &d);
	cal_civil(b, &yb, &mb, &d);
	return (yb - ya) * 12 + mb - ma;
}

static void
set(long r[2], long a, long b)
{
	r[0] = a;
	r[1] = b;
}

void
report_span(long from, long to, struct report_span *sp)
{
	long fs, fe, ts, te, m1, m2, ya, yb, jan, next;
	int fy, ty, m, d, lower_year = 0, upper_year = 0;

	month_of(from, &fs, &fe);
	month_of(to, &ts, &te);
	cal_civil(from, &fy, &m, &d);
	cal_civil(to, &ty, &m, &d);
	/* nothing taken away, unless said below */
	set(sp->x[0], to + 1, to + 1);
	set(sp->x[1], to + 1, to + 1);
	set(sp->xm[0], to + 1, to + 1);
	set(sp->xm[1], to + 1, to + 1);
	set(sp->y, to + 1, to + 1);
	set(sp->m[1], to + 1, to + 1);
	set(sp->d[1], to + 1, to + 1);
	if (fs == ts) {
		/* one month: whole, its days, or (more than half of it) its
		 * row less the days outside */
		if (from == fs && to + 1 == te) {
			set(sp->m[0], fs, te);
			set(sp->d[0], to + 1, to + 1);
		} else if (2 * (to + 1 - from) > te - fs) {
			set(sp->m[0], fs, fs + 1);
			set(sp->d[0], to + 1, to + 1);
			set(sp->x[0], fs, from);
			set(sp->x[1], to + 1, te);
		} else {
			set(sp->m[0], to + 1, to + 1);
			set(sp->d[0], from, to + 1);
		}
		return;
	}
	/* days at the edges, whole months, whole years among them */
	m1 = from == fs ? fs : fe;
	m2 = to + 1 == te ? te : ts;
	{
		int y1, mm, dd;

		cal_civil(m1, &y1, &mm, &dd);
		ya = mm == 1 ? m1 : cal_date(y1 + 1, 1, 1);
		cal_civil(m2, &y1, &mm, &dd);
		yb = cal_date(y1, 1, 1);	/* the last new year's day <= m2 */
	}
	if (ya >= yb)
		ya = yb = m2;
	set(sp->d[0], from, m1);
	set(sp->m[0], m1, ya);
	set(sp->y, ya, yb);
	set(sp->m[1], yb, m2);
	set(sp->d[1], m2, to + 1);

	/* the start's year, when the range goes on past it and holds more
	 * than half of it in whole months: its year's row less the months
	 * before, and less the days of from's month before from (or that
	 * month, and its days from from on) */
	jan = cal_date(fy, 1, 1);
	next = cal_date(fy + 1, 1, 1);
	if (fy < ty && from > jan && months_between(m1, next) > 6) {
		lower_year = 1;
		if (sp->y[0] == sp->y[1]) {	/* no whole year: this one */
			set(sp->m[1], next, m2);
			sp->y[1] = next;
		}
		sp->y[0] = jan;
		set(sp->m[0], jan, jan);
		if (from == fs) {
			set(sp->xm[0], jan, fs);
		} else if (2 * (from - fs) <= fe - fs) {
			set(sp->xm[0], jan, fs);
			set(sp->x[0], fs, from);
			set(sp->d[0], from, from);
		} else
			set(sp->xm[0], jan, fe);	/* d[0]: from..fe */
	}
	/* the end's year, the same way */
	jan = cal_date(ty, 1, 1);
	next = cal_date(ty + 1, 1, 1);
	if (fy < ty && to + 1 < next && months_between(jan, m2) > 6) {
		upper_year = 1;
		if (sp->y[0] > jan) {		/* no whole year before */
			sp->m[0][1] = jan;
			sp->y[0] = jan;
		}
		sp->y[1] = next;
		set(sp->m[1], next, next);
		if (to + 1 == te) {
			set(sp->xm[1], te, next);
		} else if (2 * (te - to - 1) <= te - ts) {
			set(sp->xm[1], te, next);
			set(sp->x[1], to + 1, te);
			set(sp->d[1], to + 1, to + 1);
		} else
			set(sp->xm[1], ts, next);	/* d[1]: ts..to */
	}
	/* an edge of more than half its month: its row less the days
	 * outside */
	if (!lower_year && from > fs && 2 * (fe - from) > fe - fs) {
		sp->m[0][0] = fs;		/* fs < m1: its row joins */
		set(sp->d[0], from, from);
		set(sp->x[0], fs, from);
	}
	if (!upper_year && to + 1 < te && 2 * (to + 1 - ts) > te - ts) {
		sp->m[1][1] = te;		/* ts = m2: its row joins */
		set(sp->d[1], to + 1, to + 1);
		set(sp->x[1], to + 1, te);
	}
}

static void
span_of(long from, long to, struct span *s)
{
	struct report_span sp;
	int i, j;

	report_span(from, to, &sp);
	for (i = 0; i < 2; i++) {
		day_iso(sp.y[i], s->y[i], sizeof(s->y[i]));
		for (j = 0; j < 2; j++) {
			day_iso(sp.m[i][j], s->m[i][j], sizeof(s->m[i][j]));
			day_iso(sp.d[i][j], s->d[i][j], sizeof(s->d[i][j]));
			day_iso(sp.x[i][j], s->x[i][j], sizeof(s->x[i][j]));
			day_iso(sp.xm[i][j], s->xm[i][j], sizeof(s->xm[i][j]));
		}
	}
}

/* The rows of table alias t the period adds (SPAN_WHERE) and those it
 * takes away (SPAN_MINUS), each with its parameters in its order. */
#define SPAN_WHERE(t) \
	" ((" t ".grain = 'y' AND " t ".day >= ? AND " t ".day < ?)" \
	" OR (" t ".grain = 'm' AND ((" t ".day >= ? AND " t ".day < ?)" \
	"  OR (" t ".day >= ? AND " t ".day < ?)))" \
	" OR (" t ".grain = 'd' AND ((" t ".day >= ? AND " t ".day < ?)" \
	"  OR (" t ".day >= ? AND " t ".day < ?))))"
#define SPAN_PARAMS(s) DB_STR((s)->y[0]), DB_STR((s)->y[1]), \
	DB_STR((s)->m[0][0]), DB_STR((s)->m[0][1]), DB_STR((s)->m[1][0]), \
	DB_STR((s)->m[1][1]), DB_STR((s)->d[0][0]), DB_STR((s)->d[0][1]), \
	DB_STR((s)->d[1][0]), DB_STR((s)->d[1][1])
#define SPAN_MINUS(t) \
	" ((" t ".grain = 'd' AND ((" t ".day >= ? AND " t ".day < ?)" \
	"  OR (" t ".day >= ? AND " t ".day < ?)))" \
	" OR (" t ".grain = 'm' AND ((" t ".day >= ? AND " t ".day < ?)" \
	"  OR (" t ".day >= ? AND " t ".day < ?))))"
#define SPAN_MINUS_PARAMS(s) DB_STR((s)->x[0][0]), DB_STR((s)->x[0][1]), \
	DB_STR((s)->x[1][0]), DB_STR((s)->x[1][1]), DB_STR((s)->xm[0][0]), \
	DB_STR((s)->xm[0][1]), DB_STR((s)->xm[1][0]), DB_STR((s)->xm[1][1])

/* One agency's rows of table t, or every agency's (0): the condition and
 * its two parameters, in this order. */
#define AGENCY_WHERE(t) " (? = 0 OR " t ".agency_id = ?)"
#define AGENCY_PARAMS(a) DB_INT(a), DB_INT(a)

/* The rows of table tbl (alias r) of one agency or all in the period,
 * summed by keys: the sums of what the period adds (plus: a column list
 * of SUMs), and the same sums negated over the days it takes away (minus)
 * -- a derived table to add up again by keys. Its parameters:
 * SPAN_SUM_PARAMS. */
#define SPAN_SUM(tbl, keys, plus, minus) \
	" (SELECT " keys "," plus " FROM " tbl " r WHERE" SPAN_WHERE("r") \
	"  AND" AGENCY_WHERE("r") " GROUP BY " keys \
	"  UNION ALL SELECT " keys "," minus " FROM " tbl " r WHERE" SPAN_MINUS("r") \
	"  AND" AGENCY_WHERE("r") " GROUP BY " keys ")"
#define SPAN_SUM_PARAMS(s, a) SPAN_PARAMS(s), AGENCY_PARAMS(a), \
	SPAN_MINUS_PARAMS(s), AGENCY_PARAMS(a)

/* A procedure is "used online" in a span when a dossier of it that came
 * online (not at the counter, not by post) was received in it: the
 * scorecard's count and its list of the unused ones, as SPAN_SUM's two
 * halves over report_day (n > 0 summed: used). Counter and post dossiers
 * are submitted too, so the submissions alone counted them. */
#define USED_ONLINE_PLUS \
	" SUM(r.received) - SUM(r.received_counter) - SUM(r.received_post) AS n"
#define USED_ONLINE_MINUS \
	" SUM(r.received_counter) + SUM(r.received_post) - SUM(r.received) AS n"

/* --- rows -------------------------------------------------------------- */

/* rows by key: an open-addressed index into r->rows */
struct rindex {
	size_t *slot;		/* row + 1; 0 empty */
	size_t cap;
};

static size_t
hash(const char *s)
{
	size_t h = 2166136261u;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static struct report_row *
row_find(struct report *r, struct rindex *ix, const char *key)
{
	size_t i;

	if (ix->cap == 0)
		return NULL;
	for (i = hash(key) & (ix->cap - 1); ix->slot[i]; i = (i + 1) & (ix->cap - 1))
		if (strcmp(r->rows[ix->slot[i] - 1].key, key) == 0)
			return &r->rows[ix->slot[i] - 1];
	return NULL;
}

static struct report_row *
row_add(struct report *r, struct rindex *ix, HDF *h)
{
	const char *key = hdf_get_value(h, "k", "");
	struct report_row *row = row_find(r, ix, key);
	size_t i;

	if (row)
		return row;
	if ((r->nrows + 1) * 2 > ix->cap) {
		size_t n = ix->cap ? ix->cap * 2 : 256, k;

		free(ix->slot);
		ix->slot = xcalloc(n, sizeof(*ix->slot));
		ix->cap = n;
		for (k = 0; k < r->nrows; k++) {
			for (i = hash(r->rows[k].key) & (n - 1); ix->slot[i]; i = (i + 1) & (n - 1))
				;
			ix->slot[i] = k + 1;
		}
	}
	if (r->nrows == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 64;
		r->rows = xrealloc(r->rows, r->cap * sizeof(*r->rows));
	}
	row = &r->rows[r->nrows];
	memset(row, 0, sizeof(*row));
	row->key = xstrdup(key);
	row->code = xstrdup(hdf_get_value(h, "code", ""));
	row->name = xstrdup(hdf_get_value(h, "name", ""));
	for (i = hash(key) & (ix->cap - 1); ix->slot[i]; i = (i + 1) & (ix->cap - 1))
		;
	ix->slot[i] = ++r->nrows;
	return row;
}

static long long
ll(HDF *h, const char *name)
{
	return hdf_ll(h, name);
}

static int
by_code(const void *a, const void *b)
{
	const struct report_row *x = a, *y = b;
	int c = strcmp(x->code, y->code);

	return c ? c : strcmp(x->key, y->key);
}

static const char *const bucket_cols[REPORT_BUCKETS] = { "d00", "d01", "d02", "d03",
	"d04", "d05", "d06", "d07", "d08", "d09", "d10", "d11", "d12", "d13" };
const int report_bucket_lo[REPORT_BUCKETS] = { 0, 1, 2, 3, 5, 7, 10, 14, 20, 30, 45,
	60, 90, 180 };

static void
criteria_of(const struct config *cfg, struct report *r)
{
	const char *c = cfg_str(cfg, "Rating.Criteria");

	while (c && *c && r->ncriteria < REPORT_CRITERIA_MAX) {
		const char *e = strchr(c, '|');
		size_t len = e ? (size_t)(e - c) : strlen(c);
		char *s = xmalloc(len + 1);

		memcpy(s, c, len);
		s[len] = '\0';
		r->criteria[r->ncriteria++] = s;
		c = e ? e + 1 : NULL;
	}
}

/* The group of a row: inner queries add up per agency and procedure (at
 * most one row per pair of the catalogue), the outer one per group with
 * its code and name, so the joins run over those few rows. */
#define GROUP_COLS \
	" CASE ? WHEN 0 THEN CAST(x.agency_id AS CHAR) WHEN 1 THEN COALESCE(f.code, '')" \
	"   ELSE x.proc_code END AS k," \
	" MIN(CASE ? WHEN 0 THEN a.code WHEN 1 THEN COALESCE(f.code, '') ELSE x.proc_code" \
	"   END) AS code," \
	" MIN(CASE ? WHEN 0 THEN a.name WHEN 1 THEN COALESCE(f.name, '')" \
	"   ELSE COALESCE(p.name, x.proc_code) END) AS name"
#define GROUP_JOINS \
	" JOIN agency a ON a.id = x.agency_id LEFT JOIN proc p ON p.code = x.proc_code" \
	" LEFT JOIN field f ON f.id = p.field_id"
#define GROUP_PARAMS(q) DB_INT((q)->group), DB_INT((q)->group), DB_INT((q)->group)
/* The sums of every count of t, with sign sg ("" or "-": SPAN_SUM). */
#define SUM_COUNTS_S(t, sg) \
	" " sg "SUM(" t ".submitted) AS submitted, " sg "SUM(" t ".received) AS received," \
	" " sg "SUM(" t ".received_counter) AS received_counter," \
	" " sg "SUM(" t ".received_post) AS received_post," \
	" " sg "SUM(" t ".settled) AS settled, " sg "SUM(" t ".early) AS early," \
	" " sg "SUM(" t ".on_time) AS on_time, " sg "SUM(" t ".late) AS late," \
	" " sg "SUM(" t ".handling_s) AS handling_s, " sg "SUM(" t ".refused) AS refused," \
	" " sg "SUM(" t ".stopped) AS stopped, " sg "SUM(" t ".withdrawn) AS withdrawn," \
	" " sg "SUM(" t ".rated) AS rated, " sg "SUM(" t ".commented) AS commented,"
#define SUM_BUCKETS_S(t, sg) \
	" " sg "SUM(" t ".d00) AS d00, " sg "SUM(" t ".d01) AS d01, " sg "SUM(" t ".d02) AS d02," \
	" " sg "SUM(" t ".d03) AS d03, " sg "SUM(" t ".d04) AS d04, " sg "SUM(" t ".d05) AS d05," \
	" " sg "SUM(" t ".d06) AS d06, " sg "SUM(" t ".d07) AS d07, " sg "SUM(" t ".d08) AS d08," \
	" " sg "SUM(" t ".d09) AS d09, " sg "SUM(" t ".d10) AS d10, " sg "SUM(" t ".d11) AS d11," \
	" " sg "SUM(" t ".d12) AS d12, " sg "SUM(" t ".d13) AS d13"
#define SUM_COUNTS(t) SUM_COUNTS_S(t, "")
#define SUM_BUCKETS(t) SUM_BUCKETS_S(t, "")

int
report_run(struct db *db, const struct config *cfg, const struct report_query *q,
    struct report *r)
{
	struct rindex ix = { NULL, 0 };
	struct report_row *row;
	struct span s;
	char snow[24], send[24];
	HDF *h, *x;
	int rc, k;
	size_t i;

	memset(r, 0, sizeof(*r));
	r->q = *q;
	criteria_of(cfg, r);
	span_of(q->from, q->to, &s);
	cal_format_iso(q->now, snow, sizeof(snow));
	cal_format_iso((long long)(q->to + 1) * CAL_DAY_SECONDS, send, sizeof(send));
	if (hdf_init(&h))
		abort();

	/* the period's counts, one row per group */
	rc = db_rows(db, h, "C", "SELECT" GROUP_COLS "," SUM_COUNTS("x") SUM_BUCKETS("x")
	    " FROM" SPAN_SUM("report_day", "r.agency_id, r.proc_code",
	      SUM_COUNTS("r") SUM_BUCKETS("r"), SUM_COUNTS_S("r", "-") SUM_BUCKETS_S("r", "-"))
	    " x" GROUP_JOINS " GROUP BY k",
	    GROUP_PARAMS(q), SPAN_SUM_PARAMS(&s, q->agency));
	if (rc < 0)
		goto out;
	for (x = hdf_get_child(h, "C"); x; x = hdf_obj_next(x)) {
		row = row_add(r, &ix, x);
		for (k = 0; k < RC__MAX; k++)
			if (k < RC_PROG_OK || k > RC_PAUSED)
				row->c[k] = ll(x, report_count_names[k]);
		row->handling_s = ll(x, "handling_s");
		row->received_counter = ll(x, "received_counter");
		row->received_post = ll(x, "received_post");
		for (k = 0; k < REPORT_BUCKETS; k++)
			row->dur[k] = ll(x, bucket_cols[k]);
	}

	/* in progress now, of those received by the period's end: the
	 * index of open dossiers */
	rc = db_rows(db, h, "P", "SELECT" GROUP_COLS ", SUM(x.prog_ok) AS prog_ok,"
	    " SUM(x.prog_late) AS prog_late, SUM(x.paused) AS paused"
	    " FROM (SELECT d.agency_id, d.proc_code,"
	    "  SUM(d.status IN (2, 4, 6) AND (d.due_at IS NULL OR d.due_at >= ?)) AS prog_ok,"
	    "  SUM(d.status IN (2, 4, 6) AND d.due_at < ?) AS prog_late,"
	    "  SUM(d.status = 5) AS paused"
	    "  FROM dossier d WHERE d.status IN (2, 4, 5, 6) AND d.received_at < ?"
	    "  AND" AGENCY_WHERE("d") " GROUP BY d.agency_id, d.proc_code) x"
	    GROUP_JOINS " GROUP BY k",
	    GROUP_PARAMS(q), DB_STR(snow), DB_STR(snow), DB_STR(send),
	    AGENCY_PARAMS(q->agency));
	if (rc < 0)
		goto out;
	for (x = hdf_get_child(h, "P"); x; x = hdf_obj_next(x)) {
		row = row_add(r, &ix, x);
		row->c[RC_PROG_OK] = ll(x, "prog_ok");
		row->c[RC_PROG_LATE] = ll(x, "prog_late");
		row->c[RC_PAUSED] = ll(x, "paused");
	}

	/* the citizens' scores per criterion */
	rc = db_rows(db, h, "R", "SELECT" GROUP_COLS ", x.criterion, SUM(x.n) AS n,"
	    " SUM(x.s) AS s FROM" SPAN_SUM("report_rating", "r.agency_id, r.proc_code, r.criterion",
	      " SUM(r.n) AS n, SUM(r.score_sum) AS s", " -SUM(r.n) AS n, -SUM(r.score_sum) AS s")
	    " x" GROUP_JOINS " GROUP BY k, x.criterion",
	    GROUP_PARAMS(q), SPAN_SUM_PARAMS(&s, q->agency));
	if (rc < 0)
		goto out;
	for (x = hdf_get_child(h, "R"); x; x = hdf_obj_next(x)) {
		int c = hdf_get_int_value(x, "criterion", -1);

		if (c < 0 || c >= REPORT_CRITERIA_MAX)
			continue;
		row = row_add(r, &ix, x);
		row->crit_n[c] += ll(x, "n");
		row->crit_sum[c] += ll(x, "s");
	}

	if (r->nrows)
		qsort(r->rows, r->nrows, sizeof(*r->rows), by_code);
	for (i = 0; i < r->nrows; i++) {
		for (k = 0; k < RC__MAX; k++)
			r->total.c[k] += r->rows[i].c[k];
		r->total.handling_s += r->rows[i].handling_s;
		r->total.received_counter += r->rows[i].received_counter;
		r->total.received_post += r->rows[i].received_post;
		for (k = 0; k < REPORT_BUCKETS; k++)
			r->total.dur[k] += r->rows[i].dur[k];
		for (k = 0; k < REPORT_CRITERIA_MAX; k++) {
			r->total.crit_n[k] += r->rows[i].crit_n[k];
			r->total.crit_sum[k] += r->rows[i].crit_sum[k];
		}
	}
	rc = (int)r->nrows;
out:
	free(ix.slot);
	hdf_destroy(&h);
	return rc;
}

void
report_free(struct report *r)
{
	size_t i;
	int k;

	for (i = 0; i < r->nrows; i++) {
		free(r->rows[i].key);
		free(r->rows[i].code);
		free(r->rows[i].name);
	}
	free(r->rows);
	for (k = 0; k < r->ncriteria; k++)
		free(r->criteria[k]);
	memset(r, 0, sizeof(*r));
}

long long
report_received_online(const struct report_row *row)
{
	return row->c[RC_RECEIVED] - row->received_counter - row->received_post;
}

long
report_on_time_tenths(const struct report_row *row)
{
	long long in = row->c[RC_EARLY] + row->c[RC_ON_TIME];
	long long all = in + row->c[RC_LATE];

	return all ? (long)((in * 1000 + all / 2) / all) : -1;
}

long
report_avg_days_tenths(const struct report_row *row)
{
	long long n = row->c[RC_SETTLED];

	return n ? (long)((row->handling_s * 10 + n * 43200) / (n * 86400)) : -1;
}

long
report_p90_days_tenths(const struct report_row *row)
{
	long long total = 0, cum = 0, target;
	int k;

	for (k = 0; k < REPORT_BUCKETS; k++)
		total += row->dur[k];
	if (total == 0)
		return -1;
	target = (total * 9 + 9) / 10;	/* at least 90 %, in dossiers */
	for (k = 0; k < REPORT_BUCKETS; k++) {
		if (row->dur[k] && cum + row->dur[k] >= target) {
			long lo = report_bucket_lo[k] * 10L;
			long hi = k + 1 < REPORT_BUCKETS ? report_bucket_lo[k + 1] * 10L : lo;

			return lo + (long)((hi - lo) * (target - cum) / row->dur[k]);
		}
		cum += row->dur[k];
	}
	return report_bucket_lo[REPORT_BUCKETS - 1] * 10L;
}

/* "93,5"; for -1 */
static void
tenths_vi(char *out, size_t len, long t)
{
	if (t < 0)
		snprintf(out, len, "%s", "");
	else
		snprintf(out, len, "%ld,%ld", t / 10, t % 10);
}

/* A criterion's average score, in tenths: -1 without scores. */
static long
crit_avg_tenths(const struct report_row *row, int k)
{
	return row->crit_n[k] ? (long)((row->crit_sum[k] * 10 + row->crit_n[k] / 2) /
	    row->crit_n[k]) : -1;
}

static void
row_to_hdf(const struct report *r, const struct report_row *row, HDF *n)
{
	char v[32];
	int k;

	if (row->key)
		hdf_set_value(n, "key", row->key);
	if (row->code)
		hdf_set_value(n, "code", row->code);
	if (row->name)
		hdf_set_value(n, "name", row->name);
	for (k = 0; k < RC__MAX; k++) {
		snprintf(v, sizeof(v), "%lld", row->c[k]);
		hdf_set_value(n, report_count_names[k], v);
	}
	/* the received by channel (the page's channel figures) */
	snprintf(v, sizeof(v), "%lld", report_received_online(row));
	hdf_set_value(n, "received_online", v);
	snprintf(v, sizeof(v), "%lld", row->received_counter);
	hdf_set_value(n, "received_counter", v);
	snprintf(v, sizeof(v), "%lld", row->received_post);
	hdf_set_value(n, "received_post", v);
	tenths_vi(v, sizeof(v), report_on_time_tenths(row));
	hdf_set_value(n, "on_time_rate", v);
	tenths_vi(v, sizeof(v), report_avg_days_tenths(row));
	hdf_set_value(n, "avg_days", v);
	tenths_vi(v, sizeof(v), report_p90_days_tenths(row));
	hdf_set_value(n, "p90_days", v);
	for (k = 0; k < r->ncriteria; k++) {
		char key[32];

		tenths_vi(v, sizeof(v), crit_avg_tenths(row, k));
		snprintf(key, sizeof(key), "Crit.%d.avg", k);
		hdf_set_value(n, key, v);
		snprintf(key, sizeof(key), "Crit.%d.n", k);
		hdf_set_int_value(n, key, (int)row->crit_n[k]);
	}
}

void
report_to_hdf(const struct report *r, HDF *hdf, const char *prefix)
{
	char key[128], v[16];
	long long max = 0;
	size_t i;
	int k;

	snprintf(key, sizeof(key), "%s.from", prefix);
	day_iso(r->q.from, v, sizeof(v));
	hdf_set_value(hdf, key, v);
	snprintf(key, sizeof(key), "%s.to", prefix);
	day_iso(r->q.to, v, sizeof(v));
	hdf_set_value(hdf, key, v);
	for (i = 0; i < r->nrows; i++) {
		const long long *c = r->rows[i].c;
		long long t = c[RC_SETTLED] + c[RC_PROG_OK] + c[RC_PROG_LATE];

		snprintf(key, sizeof(key), "%s.Rows.%zu", prefix, i);
		hdf_set_value(hdf, key, "");
		row_to_hdf(r, &r->rows[i], hdf_get_obj(hdf, key));
		if (t > max)
			max = t;
	}
	snprintf(key, sizeof(key), "%s.Total", prefix);
	hdf_set_value(hdf, key, "");
	row_to_hdf(r, &r->total, hdf_get_obj(hdf, key));
	for (k = 0; k < r->ncriteria; k++) {
		snprintf(key, sizeof(key), "%s.Criteria.%d.name", prefix, k);
		hdf_set_value(hdf, key, r->criteria[k]);
	}
	snprintf(key, sizeof(key), "%s.Max", prefix);
	hdf_set_int_value(hdf, key, (int)(max > 0x7fffffff ? 0x7fffffff : max));
}

/* The CSV's columns after code and name. */
static void
csv_row(const struct report *r, const struct report_row *row, struct buf *out)
{
	char v[32];
	int k;

	for (k = 0; k < RC__MAX; k++) {
		buf_printf(out, ",%lld", row->c[k]);
		if (k == RC_LATE) {
			tenths_vi(v, sizeof(v), report_on_time_tenths(row));
			buf_addc(out, ',');
			queue_csv_cell(out, v);
			tenths_vi(v, sizeof(v), report_avg_days_tenths(row));
			buf_addc(out, ',');
			queue_csv_cell(out, v);
			tenths_vi(v, sizeof(v), report_p90_days_tenths(row));
			buf_addc(out, ',');
			queue_csv_cell(out, v);
		}
	}
	for (k = 0; k < r->ncriteria; k++) {
		tenths_vi(v, sizeof(v), crit_avg_tenths(row, k));
		buf_addc(out, ',');
		queue_csv_cell(out, v);
	}
	buf_adds(out, "\r\n");
}

void
report_csv(const struct report *r, HDF *lang, struct buf *out)
{
	static const char *const derived[] = { "on_time_rate", "avg_days", "p90_days" };
	char key[96];
	size_t i;
	int k;

	buf_adds(out, "\xEF\xBB\xBF");
	snprintf(key, sizeof(key), "Period.Group.%s", report_group_names[r->q.group]);
	queue_csv_cell(out, hdf_get_value(lang, "Period.Code", "code"));
	buf_addc(out, ',');
	queue_csv_cell(out, hdf_get_value(lang, key, "name"));
	for (k = 0; k < RC__MAX; k++) {
		snprintf(key, sizeof(key), "Period.Count.%s", report_count_names[k]);
		buf_addc(out, ',');
		queue_csv_cell(out, hdf_get_value(lang, key, report_count_names[k]));
		if (k == RC_LATE) {
			int j;

			for (j = 0; j < 3; j++) {
				snprintf(key, sizeof(key), "Period.Count.%s", derived[j]);
				buf_addc(out, ',');
				queue_csv_cell(out, hdf_get_value(lang, key, derived[j]));
			}
		}
	}
	for (k = 0; k < r->ncriteria; k++) {
		struct buf t = BUF_INIT;

		buf_printf(&t, "%s: %s", hdf_get_value(lang, "Period.Count.score", ""),
		    r->criteria[k]);
		buf_addc(out, ',');
		queue_csv_cell(out, buf_str(&t));
		buf_free(&t);
	}
	buf_adds(out, "\r\n");
	for (i = 0; i < r->nrows; i++) {
		queue_csv_cell(out, r->rows[i].code);
		buf_addc(out, ',');
		queue_csv_cell(out, r->rows[i].name);
		csv_row(r, &r->rows[i], out);
	}
	buf_addc(out, ',');
	queue_csv_cell(out, hdf_get_value(lang, "Period.Total", "total"));
	csv_row(r, &r->total, out);
}

/* a number in tenths as JSON (null for -1) */
static void
json_tenths(struct buf *out, long t)
{
	if (t < 0)
		buf_adds(out, "null");
	else
		buf_printf(out, "%ld.%ld", t / 10, t % 10);
}

static void
json_row(const struct report *r, const struct report_row *row, struct buf *out)
{
	int k;

	buf_addc(out, '{');
	if (row->code) {
		buf_adds(out, "\"code\":");
		buf_add_json_string(out, row->code);
		buf_adds(out, ",\"name\":");
		buf_add_json_string(out, row->name ? row->name : "");
		buf_addc(out, ',');
	}
	for (k = 0; k < RC__MAX; k++)
		buf_printf(out, "\"%s\":%lld,", report_count_names[k], row->c[k]);
	buf_adds(out, "\"on_time_rate\":");
	json_tenths(out, report_on_time_tenths(row));
	buf_adds(out, ",\"avg_days\":");
	json_tenths(out, report_avg_days_tenths(row));
	buf_adds(out, ",\"p90_days\":");
	json_tenths(out, report_p90_days_tenths(row));
	buf_adds(out, ",\"scores\":[");
	for (k = 0; k < r->ncriteria; k++) {
		buf_printf(out, "%s{\"n\":%lld,\"avg\":", k ? "," : "", row->crit_n[k]);
		json_tenths(out, crit_avg_tenths(row, k));
		buf_addc(out, '}');
	}
	buf_adds(out, "]}");
}

int
report_json(const struct report *r, struct buf *out)
{
	char v[16];
	size_t i;
	int k;

	day_iso(r->q.from, v, sizeof(v));
	buf_printf(out, "{\"from\":\"%s\",", v);
	day_iso(r->q.to, v, sizeof(v));
	/* the dossiers received, by the channel they came by */
	buf_printf(out, "\"to\":\"%s\",\"group\":\"%s\",\"channels\":{\"online\":%lld,"
	    "\"counter\":%lld,\"post\":%lld},\"criteria\":[", v,
	    report_group_slugs[r->q.group], report_received_online(&r->total),
	    r->total.received_counter, r->total.received_post);
	for (k = 0; k < r->ncriteria; k++) {
		if (k)
			buf_addc(out, ',');
		buf_add_json_string(out, r->criteria[k]);
	}
	buf_adds(out, "],\"rows\":[");
	for (i = 0; i < r->nrows; i++) {
		if (i)
			buf_addc(out, ',');
		json_row(r, &r->rows[i], out);
	}
	buf_adds(out, "],\"total\":");
	json_row(r, &r->total, out);
	buf_adds(out, "}\n");
	return 0;
}

/* --- the scorecard ----------------------------------------------------- */

/* percent of a / b in tenths, as "93,5" into h.name and as a number of
 * tenths into h.name_t (for charts); and -1 when b is 0 */
static void
rate_to(HDF *h, const char *name, long long a, long long b)
{
	char v[32], key[64];
	long t = b ? (long)((a * 1000 + b / 2) / b) : -1;

	tenths_vi(v, sizeof(v), t);
	hdf_set_value(h, name, v);
	snprintf(key, sizeof(key), "%s_t", name);
	hdf_set_int_value(h, key, (int)t);
}

int
report_scorecard(struct db *db, const struct config *cfg, const struct report_query *q,
    HDF *hdf, const char *prefix)
{
	struct span s;
	char snow[24], swait[24], key[128];
	HDF *g;
	int rc, k, n, scheme;

	span_of(q->from, q->to, &s);
	cal_format_iso(q->now, snow, sizeof(snow));
	if ((rc = checks_wait_cut(db, cfg, q->now, swait, sizeof(swait))) < 0 ||
	    (rc = scheme_get(db, cfg, &scheme)) < 0)
		return rc;
	/* which procedures count as online, for the formula's words */
	snprintf(key, sizeof(key), "%s.Scheme", prefix);
	hdf_set_int_value(hdf, key, scheme);

	/* publicity: the agency's procedures whose record has every part a
	 * citizen needs (Article 5.2: time limits, documents, steps, legal
	 * basis, result, who may ask, the forms to download) */
	snprintf(key, sizeof(key), "%s.Publicity", prefix);
	if ((rc = db_row(db, hdf, key, "SELECT COUNT(*) AS procs,"
	    " COALESCE(SUM(x.complete), 0) AS complete FROM (SELECT DISTINCT p.id,"
	    "  EXISTS (SELECT 1 FROM proc_channel c WHERE c.proc_id = p.id)"
	    "  AND EXISTS (SELECT 1 FROM proc_document d WHERE d.proc_id = p.id)"
	    "  AND EXISTS (SELECT 1 FROM proc_step t WHERE t.proc_id = p.id)"
	    "  AND EXISTS (SELECT 1 FROM proc_text l WHERE l.proc_id = p.id AND l.kind = 'legal_basis')"
	    "  AND COALESCE(p.result, '') <> '' AND COALESCE(p.subjects, '') <> ''"
	    "  AND NOT EXISTS (SELECT 1 FROM proc_document d WHERE d.proc_id = p.id"
	    "   AND COALESCE(d.form_name, '') <> '' AND COALESCE(d.form_file, '') = '')"
	    "  AS complete FROM proc_agency pa JOIN proc p ON p.id = pa.proc_id"
	    "  WHERE pa.role = 'implementing' AND" AGENCY_WHERE("pa") ") x",
	    AGENCY_PARAMS(q->agency))) < 0)
		return rc;
	g = hdf_get_obj(hdf, key);
	rate_to(g, "rate", hdf_ll(g, "complete"), hdf_ll(g, "procs"));

	/* progress: settled in the period by the timeliness rule; now, the
	 * overdue ones in processing and those waiting too long for reception */
	snprintf(key, sizeof(key), "%s.Progress", prefix);
	if ((rc = db_row(db, hdf, key, "SELECT COALESCE(SUM(r.early + r.on_time + r.late), 0)"
	    " AS classified, COALESCE(SUM(r.early + r.on_time), 0) AS in_time,"
	    " COALESCE(SUM(r.late), 0) AS late, COALESCE(SUM(r.received), 0) AS received,"
	    " COALESCE(SUM(r.received_online), 0) AS received_online,"
	    " (SELECT COUNT(*) FROM dossier d WHERE d.status IN (2, 4, 6) AND d.due_at < ?"
	    "   AND" AGENCY_WHERE("d") ") AS overdue_now,"
	    " (SELECT COUNT(*) FROM dossier d WHERE " CHECKS_SQL_WAIT_LATE
	    "   AND" AGENCY_WHERE("d") ") AS waiting_late_now"
	    " FROM" SPAN_SUM("report_day", "r.agency_id", " SUM(r.early) AS early,"
	      " SUM(r.on_time) AS on_time, SUM(r.late) AS late, SUM(r.received) AS received,"
	      " SUM(r.received) - SUM(r.received_counter) - SUM(r.received_post) AS received_online",
	      " -SUM(r.early) AS early, -SUM(r.on_time) AS on_time, -SUM(r.late) AS late,"
	      " -SUM(r.received) AS received, SUM(r.received_counter) + SUM(r.received_post)"
	      " - SUM(r.received) AS received_online") " r",
	    DB_STR(snow), AGENCY_PARAMS(q->agency), CHECKS_WAIT_PARAMS(swait),
	    AGENCY_PARAMS(q->agency), SPAN_SUM_PARAMS(&s, q->agency))) < 0)
		return rc;
	g = hdf_get_obj(hdf, key);
	rate_to(g, "rate", hdf_ll(g, "in_time"), hdf_ll(g, "classified"));

	/* online provision: procedures offered online (level 3-4, or toàn
	 * trình / một phần under 2022) of those implemented, and those of
	 * them with a dossier submitted in the period; the share of the
	 * dossiers received that came online (not at the counter or by
	 * post). */
	snprintf(key, sizeof(key), "%s.Online", prefix);
	/* the pairs with a submission in the period, added up once (u),
	 * beside every pair the catalogue has */
	if ((rc = db_row(db, hdf, key, "SELECT COUNT(*) AS procs,"
	    " COALESCE(SUM(x.online), 0) AS online_procs,"
	    " COALESCE(SUM(x.online AND x.used), 0) AS used_procs FROM (SELECT p.id,"
	    "  MAX(" SCHEME_ONLINE_SQL("p") ") AS online,"
	    "  MAX(u.proc_code IS NOT NULL) AS used"
	    "  FROM proc_agency pa JOIN proc p ON p.id = pa.proc_id"
	    "  LEFT JOIN (SELECT x.agency_id, x.proc_code FROM"
	    SPAN_SUM("report_day", "r.agency_id, r.proc_code", USED_ONLINE_PLUS,
	      USED_ONLINE_MINUS)
	    "   x GROUP BY x.agency_id, x.proc_code HAVING SUM(x.n) > 0) u"
	    "  ON u.agency_id = pa.agency_id AND u.proc_code = p.code"
	    "  WHERE pa.role = 'implementing' AND" AGENCY_WHERE("pa") " GROUP BY p.id) x",
	    DB_INT(scheme), SPAN_SUM_PARAMS(&s, q->agency),
	    AGENCY_PARAMS(q->agency))) < 0)
		return rc;
	g = hdf_get_obj(hdf, key);
	hdf_set_value(g, "received", hdf_get_value(hdf_get_obj(hdf, prefix), "Progress.received", "0"));
	hdf_set_value(g, "received_online", hdf_get_value(hdf_get_obj(hdf, prefix),
	    "Progress.received_online", "0"));
	rate_to(g, "rate", hdf_ll(g, "online_procs"), hdf_ll(g, "procs"));
	rate_to(g, "used_rate", hdf_ll(g, "used_procs"), hdf_ll(g, "online_procs"));
	rate_to(g, "dossier_rate", hdf_ll(g, "received_online"), hdf_ll(g, "received"));

	/* online payment (issue 14): of the dossiers whose fee was paid in
	 * the period (a payment paid then, refunded since or not), those
	 * paid online: through the payment gateway or by the transfer the
	 * portal's QR asks for, not at the counter */
	snprintf(key, sizeof(key), "%s.Online", prefix);
	g = hdf_get_obj(hdf, key);
	{
		char sfrom[24], sto[24];
		long long paid = 0, online = 0;

		cal_format_iso((long long)q->from * CAL_DAY_SECONDS, sfrom, sizeof(sfrom));
		cal_format_iso((long long)(q->to + 1) * CAL_DAY_SECONDS, sto, sizeof(sto));
		if ((rc = db_row(db, g, "Pay", "SELECT COUNT(DISTINCT p.dossier_id) AS paid,"
		    " COUNT(DISTINCT IF(p.method IN ('gateway', 'transfer'), p.dossier_id, NULL))"
		    " AS online FROM payment p WHERE p.state IN ('paid', 'refunded')"
		    " AND p.paid_at >= ? AND p.paid_at < ? AND" AGENCY_WHERE("p"),
		    DB_STR(sfrom), DB_STR(sto), AGENCY_PARAMS(q->agency))) < 0)
			return rc;
		paid = hdf_ll(g, "Pay.paid");
		online = hdf_ll(g, "Pay.online");
		rate_to(g, "paid_online_rate", online, paid);
	}

	/* satisfaction: every score given in the period, of the most it
	 * could have been (5 each), and per criterion */
	snprintf(key, sizeof(key), "%s.Satisfaction", prefix);
	hdf_set_value(hdf, key, "");
	snprintf(key, sizeof(key), "%s.Satisfaction.Crit", prefix);
	if ((n = db_rows(db, hdf, key, "SELECT x.criterion, SUM(x.n) AS n, SUM(x.s) AS sum FROM"
	    SPAN_SUM("report_rating", "r.criterion", " SUM(r.n) AS n, SUM(r.score_sum) AS s",
	      " -SUM(r.n) AS n, -SUM(r.score_sum) AS s")
	    " x GROUP BY x.criterion ORDER BY x.criterion",
	    SPAN_SUM_PARAMS(&s, q->agency))) < 0)
		return n;
	snprintf(key, sizeof(key), "%s.Satisfaction", prefix);
	g = hdf_get_obj(hdf, key);
	{
		struct report tmp;
		long long sn = 0, ss = 0;
		HDF *c;

		memset(&tmp, 0, sizeof(tmp));
		criteria_of(cfg, &tmp);
		for (c = hdf_get_child(g, "Crit"); c; c = hdf_obj_next(c)) {
			int ci = hdf_get_int_value(c, "criterion", -1);

			sn += hdf_ll(c, "n");
			ss += hdf_ll(c, "sum");
			if (ci >= 0 && ci < tmp.ncriteria)
				hdf_set_value(c, "name", tmp.criteria[ci]);
			rate_to(c, "rate", hdf_ll(c, "sum"), hdf_ll(c, "n") * 5);
		}
		for (k = 0; k < tmp.ncriteria; k++)
			free(tmp.criteria[k]);
		hdf_set_int_value(g, "n", (int)sn);
		hdf_set_int_value(g, "sum", (int)ss);
		hdf_set_int_value(g, "max", (int)(sn * 5));
		rate_to(g, "rate", ss, sn * 5);
	}
	return 0;
}

int
report_cost_list(struct db *db, const struct config *cfg, const struct report_query *q,
    enum report_cost what, long long after, HDF *hdf, const char *prefix)
{
	struct span s;
	char sfrom[24], send[24], key[128];
	HDF *c, *last = NULL;
	int n, i = 0, scheme;

	if ((n = scheme_get(db, cfg, &scheme)) < 0)
		return n;
	span_of(q->from, q->to, &s);
	cal_format_iso((long long)q->from * CAL_DAY_SECONDS, sfrom, sizeof(sfrom));
	cal_format_iso((long long)(q->to + 1) * CAL_DAY_SECONDS, send, sizeof(send));
	switch (what) {
	case RCOST_INCOMPLETE:
		n = db_rows(db, hdf, prefix, "SELECT * FROM (SELECT p.id, p.code, p.name,"
		    " NOT EXISTS (SELECT 1 FROM proc_channel c WHERE c.proc_id = p.id) AS time,"
		    " NOT EXISTS (SELECT 1 FROM proc_document d WHERE d.proc_id = p.id) AS docs,"
		    " NOT EXISTS (SELECT 1 FROM proc_step t WHERE t.proc_id = p.id) AS steps,"
		    " NOT EXISTS (SELECT 1 FROM proc_text l WHERE l.proc_id = p.id"
		    "  AND l.kind = 'legal_basis') AS legal,"
		    " COALESCE(p.result, '') = '' AS result, COALESCE(p.subjects, '') = '' AS subjects,"
		    " EXISTS (SELECT 1 FROM proc_document d WHERE d.proc_id = p.id"
		    "  AND COALESCE(d.form_name, '') <> '' AND COALESCE(d.form_file, '') = '') AS forms"
		    " FROM proc_agency pa JOIN proc p ON p.id = pa.proc_id"
		    " WHERE pa.role = 'implementing' AND pa.agency_id = ? AND p.id > ?) x"
		    " WHERE x.time OR x.docs OR x.steps OR x.legal OR x.result OR x.subjects OR x.forms"
		    " ORDER BY x.id LIMIT ?", DB_INT(q->agency), DB_INT(after),
		    DB_INT(REPORT_LIST_PAGE + 1));
		break;
	case RCOST_UNUSED:
		n = db_rows(db, hdf, prefix, "SELECT p.id, p.code, p.name"
		    " FROM proc_agency pa JOIN proc p ON p.id = pa.proc_id"
		    " LEFT JOIN (SELECT x.proc_code FROM"
		    SPAN_SUM("report_day", "r.proc_code", USED_ONLINE_PLUS,
		      USED_ONLINE_MINUS)
		    "  x GROUP BY x.proc_code HAVING SUM(x.n) > 0) u"
		    " ON u.proc_code = p.code"
		    " WHERE pa.role = 'implementing' AND pa.agency_id = ? AND p.id > ?"
		    " AND " SCHEME_ONLINE_SQL("p")
		    " AND u.proc_code IS NULL ORDER BY p.id LIMIT ?",
		    SPAN_SUM_PARAMS(&s, q->agency), DB_INT(q->agency), DB_INT(after),
		    DB_INT(scheme), DB_INT(REPORT_LIST_PAGE + 1));
		break;
	case RCOST_LATE:
		n = db_rows(db, hdf, prefix, "SELECT d.id, d.code, d.proc_code, d.proc_name, d.status,"
		    " DATE_FORMAT(d.submitted_at, '%H:%i %d/%m/%Y') AS submitted,"
		    " DATE_FORMAT(d.received_at, '%H:%i %d/%m/%Y') AS received,"
		    " DATE_FORMAT(COALESCE(d.base_due_at, d.due_at), '%H:%i %d/%m/%Y') AS due,"
		    " DATE_FORMAT(d.finished_at, '%H:%i %d/%m/%Y') AS finished"
		    " FROM dossier d WHERE d.agency_id = ? AND d.finished_at >= ?"
		    " AND d.finished_at < ? AND d.timeliness = 'late' AND d.id > ?"
		    " ORDER BY d.id LIMIT ?", DB_INT(q->agency), DB_STR(sfrom), DB_STR(send),
		    DB_INT(after), DB_INT(REPORT_LIST_PAGE + 1));
		break;
	case RCOST_LOW_RATING:
		n = db_rows(db, hdf, prefix, "SELECT d.id, d.code, d.proc_code, d.proc_name, d.status,"
		    " DATE_FORMAT(d.submitted_at, '%H:%i %d/%m/%Y') AS submitted,"
		    " DATE_FORMAT(d.received_at, '%H:%i %d/%m/%Y') AS received,"
		    " DATE_FORMAT(d.finished_at, '%H:%i %d/%m/%Y') AS finished,"
		    " MIN(s.score) AS low"
		    " FROM dossier_rating r JOIN dossier d ON d.id = r.dossier_id"
		    " JOIN dossier_rating_score s ON s.dossier_id = r.dossier_id"
		    " WHERE r.created_at >= ? AND r.created_at < ? AND d.agency_id = ? AND d.id > ?"
		    " GROUP BY d.id HAVING MIN(s.score) <= 2 ORDER BY d.id LIMIT ?",
		    DB_STR(sfrom), DB_STR(send), DB_INT(q->agency), DB_INT(after),
		    DB_INT(REPORT_LIST_PAGE + 1));
		break;
	default:
		return 0;
	}
	if (n < 0)
		return n;
	for (c = hdf_get_child(hdf, prefix); c; ) {
		HDF *next = hdf_obj_next(c);

		if (i == REPORT_LIST_PAGE) {
			snprintf(key, sizeof(key), "%sMore", prefix);
			hdf_set_value(hdf, key, hdf_get_value(last, "id", ""));
			snprintf(key, sizeof(key), "%s.%s", prefix, hdf_obj_name(c));
			hdf_remove_tree(hdf, key);
			break;
		}
		if (what == RCOST_INCOMPLETE) {
			static const char *const parts[] = { "time", "docs", "steps", "legal",
				"result", "subjects", "forms", NULL };
			int j, m = 0;

			for (j = 0; parts[j]; j++)
				if (hdf_get_int_value(c, parts[j], 0)) {
					snprintf(key, sizeof(key), "Missing.%d", m++);
					hdf_set_value(c, key, parts[j]);
				}
		}
		i++;
		last = c;
		c = next;
	}
	return i;
}

/* --- rebuild and lookups ----------------------------------------------- */

/* The handling time's bucket (d00..d13) of a dossier that took `days`
 * whole days: report_bucket_lo's bounds. */
#define BUCKET_OF(days) \
	"(" days " >= 1) + (" days " >= 2) + (" days " >= 3) + (" days " >= 5) +" \
	" (" days " >= 7) + (" days " >= 10) + (" days " >= 14) + (" days " >= 20) +" \
	" (" days " >= 30) + (" days " >= 45) + (" days " >= 60) + (" days " >= 90) +" \
	" (" days " >= 180)"
#define BUCKETS "d00, d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13"

static int
rebuild_tx(struct db *db, void *ctx)
{
	int rc;

	(void)ctx;
	/* the same statements as the end of sql/015-reports.sql */
	if ((rc = db_exec(db, "DELETE FROM report_day")) < 0 ||
	    (rc = db_exec(db, "DELETE FROM report_rating")) < 0)
		return rc;
	if ((rc = db_exec(db, "INSERT INTO report_day (grain, day, agency_id, proc_code, submitted)"
	    " SELECT 'd', DATE(submitted_at), agency_id, proc_code, COUNT(*) FROM dossier"
	    " WHERE status > 0 AND submitted_at IS NOT NULL GROUP BY 2, 3, 4")) < 0)
		return rc;
	if ((rc = db_exec(db, "INSERT INTO report_day (grain, day, agency_id, proc_code, received,"
	    " received_counter, received_post)"
	    " SELECT 'd', DATE(received_at), agency_id, proc_code, COUNT(*),"
	    " SUM(channel = 'counter'), SUM(channel = 'post') FROM dossier"
	    " WHERE received_at IS NOT NULL GROUP BY 2, 3, 4"
	    " ON DUPLICATE KEY UPDATE received = received + VALUES(received),"
	    " received_counter = received_counter + VALUES(received_counter),"
	    " received_post = received_post + VALUES(received_post)")) < 0)
		return rc;
	if ((rc = db_exec(db, "INSERT INTO report_day (grain, day, agency_id, proc_code, settled,"
	    " early, on_time, late, handling_s, " BUCKETS ")"
	    " SELECT 'd', DATE(finished_at), agency_id, proc_code, COUNT(*),"
	    " SUM(timeliness <=> 'early'), SUM(timeliness <=> 'on_time'), SUM(timeliness <=> 'late'),"
	    " SUM(GREATEST(0, TIMESTAMPDIFF(SECOND, received_at, finished_at))),"
	    " SUM(b <=> 0), SUM(b <=> 1), SUM(b <=> 2), SUM(b <=> 3), SUM(b <=> 4), SUM(b <=> 5),"
	    " SUM(b <=> 6), SUM(b <=> 7), SUM(b <=> 8), SUM(b <=> 9), SUM(b <=> 10),"
	    " SUM(b <=> 11), SUM(b <=> 12), SUM(b <=> 13)"
	    " FROM (SELECT finished_at, received_at, agency_id, proc_code, timeliness,"
	    "  " BUCKET_OF("x.days") " AS b"
	    "  FROM (SELECT finished_at, received_at, agency_id, proc_code, timeliness,"
	    "   GREATEST(0, TIMESTAMPDIFF(DAY, received_at, finished_at)) AS days FROM dossier"
	    "   WHERE status IN (9, 10) AND finished_at IS NOT NULL AND received_at IS NOT NULL) x) y"
	    " GROUP BY 2, 3, 4"
	    " ON DUPLICATE KEY UPDATE settled = settled + VALUES(settled),"
	    " early = early + VALUES(early), on_time = on_time + VALUES(on_time),"
	    " late = late + VALUES(late), handling_s = handling_s + VALUES(handling_s),"
	    " d00 = d00 + VALUES(d00), d01 = d01 + VALUES(d01), d02 = d02 + VALUES(d02),"
	    " d03 = d03 + VALUES(d03), d04 = d04 + VALUES(d04), d05 = d05 + VALUES(d05),"
	    " d06 = d06 + VALUES(d06), d07 = d07 + VALUES(d07), d08 = d08 + VALUES(d08),"
	    " d09 = d09 + VALUES(d09), d10 = d10 + VALUES(d10), d11 = d11 + VALUES(d11),"
	    " d12 = d12 + VALUES(d12), d13 = d13 + VALUES(d13)")) < 0)
		return rc;
	if ((rc = db_exec(db, "INSERT INTO report_day (grain, day, agency_id, proc_code, refused,"
	    " stopped, withdrawn)"
	    " SELECT 'd', DATE(e.at), d.agency_id, d.proc_code,"
	    " SUM(e.action IN ('refuse', 'approve_refusal')), SUM(e.action = 'stop'),"
	    " SUM(e.action = 'withdraw')"
	    " FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id"
	    " WHERE e.action IN ('refuse', 'approve_refusal', 'stop', 'withdraw')"
	    " AND NOT (e.action = 'stop' AND e.status_from = 7) GROUP BY 2, 3, 4"
	    " ON DUPLICATE KEY UPDATE refused = refused + VALUES(refused),"
	    " stopped = stopped + VALUES(stopped), withdrawn = withdrawn + VALUES(withdrawn)")) < 0)
		return rc;
	if ((rc = db_exec(db, "INSERT INTO report_day (grain, day, agency_id, proc_code, rated,"
	    " commented)"
	    " SELECT 'd', DATE(r.created_at), d.agency_id, d.proc_code, COUNT(*),"
	    " SUM(COALESCE(TRIM(r.comment), '') <> '')"
	    " FROM dossier_rating r JOIN dossier d ON d.id = r.dossier_id GROUP BY 2, 3, 4"
	    " ON DUPLICATE KEY UPDATE rated = rated + VALUES(rated),"
	    " commented = commented + VALUES(commented)")) < 0)
		return rc;
	if ((rc = db_exec(db, "INSERT INTO report_day (grain, day, agency_id, proc_code, submitted,"
	    " received, received_counter, received_post, settled, early, on_time, late,"
	    " handling_s, refused, stopped, withdrawn, rated, commented, " BUCKETS ")"
	    " SELECT 'm', day - INTERVAL (DAYOFMONTH(day) - 1) DAY, agency_id, proc_code,"
	    " SUM(submitted), SUM(received), SUM(received_counter), SUM(received_post),"
	    " SUM(settled), SUM(early), SUM(on_time), SUM(late),"
	    " SUM(handling_s), SUM(refused), SUM(stopped), SUM(withdrawn), SUM(rated),"
	    " SUM(commented), SUM(d00), SUM(d01), SUM(d02), SUM(d03), SUM(d04), SUM(d05),"
	    " SUM(d06), SUM(d07), SUM(d08), SUM(d09), SUM(d10), SUM(d11), SUM(d12), SUM(d13)"
	    " FROM report_day WHERE grain = 'd' GROUP BY 2, 3, 4")) < 0)
		return rc;
	if ((rc = db_exec(db, "INSERT INTO report_day (grain, day, agency_id, proc_code, submitted,"
	    " received, received_counter, received_post, settled, early, on_time, late,"
	    " handling_s, refused, stopped, withdrawn, rated, commented, " BUCKETS ")"
	    " SELECT 'y', MAKEDATE(YEAR(day), 1), agency_id, proc_code,"
	    " SUM(submitted), SUM(received), SUM(received_counter), SUM(received_post),"
	    " SUM(settled), SUM(early), SUM(on_time), SUM(late),"
	    " SUM(handling_s), SUM(refused), SUM(stopped), SUM(withdrawn), SUM(rated),"
	    " SUM(commented), SUM(d00), SUM(d01), SUM(d02), SUM(d03), SUM(d04), SUM(d05),"
	    " SUM(d06), SUM(d07), SUM(d08), SUM(d09), SUM(d10), SUM(d11), SUM(d12), SUM(d13)"
	    " FROM report_day WHERE grain = 'm' GROUP BY 2, 3, 4")) < 0)
		return rc;
	if ((rc = db_exec(db, "INSERT INTO report_rating (grain, day, agency_id, proc_code,"
	    " criterion, n, score_sum)"
	    " SELECT 'd', DATE(r.created_at), d.agency_id, d.proc_code, s.criterion, COUNT(*),"
	    " SUM(s.score) FROM dossier_rating_score s"
	    " JOIN dossier_rating r ON r.dossier_id = s.dossier_id"
	    " JOIN dossier d ON d.id = s.dossier_id GROUP BY 2, 3, 4, 5")) < 0)
		return rc;
	if ((rc = db_exec(db, "INSERT INTO report_rating (grain, day, agency_id, proc_code,"
	    " criterion, n, score_sum)"
	    " SELECT 'm', day - INTERVAL (DAYOFMONTH(day) - 1) DAY, agency_id, proc_code, criterion,"
	    " SUM(n), SUM(score_sum) FROM report_rating WHERE grain = 'd' GROUP BY 2, 3, 4, 5")) < 0)
		return rc;
	rc = db_exec(db, "INSERT INTO report_rating (grain, day, agency_id, proc_code, criterion,"
	    " n, score_sum)"
	    " SELECT 'y', MAKEDATE(YEAR(day), 1), agency_id, proc_code, criterion, SUM(n),"
	    " SUM(score_sum) FROM report_rating WHERE grain = 'm' GROUP BY 2, 3, 4, 5");
	return rc < 0 ? rc : 0;
}

int
report_rebuild(struct db *db)
{
	int rc;

	/* the groups of a million dossiers: in memory, not a temporary file */
	if ((rc = db_exec(db, "SET SESSION max_heap_table_size = 536870912,"
	    " tmp_table_size = 536870912")) < 0)
		return rc;
	return db_tx(db, rebuild_tx, NULL);
}

int
report_agency(struct db *db, const char *code, HDF *hdf, const char *prefix)
{
	return db_row(db, hdf, prefix, "SELECT id, code, name FROM agency WHERE code = ?",
	    DB_STR(code));
}

int
report_agency_id(struct db *db, long long id, HDF *hdf, const char *prefix)
{
	return db_row(db, hdf, prefix, "SELECT id, code, name FROM agency WHERE id = ?",
	    DB_INT(id));
}

int
report_agencies(struct db *db, HDF *hdf, const char *prefix)
{
	return db_rows(db, hdf, prefix, "SELECT id, code, name FROM agency"
	    " WHERE status = 'active' ORDER BY code");
}

int
report_months(struct db *db, long long agency, int year, HDF *hdf, const char *prefix)
{
	char from[24], to[24];

	snprintf(from, sizeof(from), "%04d-01-01", year);
	snprintf(to, sizeof(to), "%04d-01-01", year + 1);
	return db_rows(db, hdf, prefix, "SELECT MONTH(r.day) AS month,"
	    " SUM(r.submitted) AS submitted, SUM(r.received) AS received,"
	    " SUM(r.settled) AS settled, SUM(r.early) AS early, SUM(r.on_time) AS on_time,"
	    " SUM(r.late) AS late FROM report_day r WHERE r.grain = 'm' AND r.day >= ?"
	    " AND r.day < ? AND" AGENCY_WHERE("r") " GROUP BY r.day ORDER BY r.day",
	    DB_STR(from), DB_STR(to), AGENCY_PARAMS(agency));
}

int
report_feedback(struct db *db, long from, long to, long long *n)
{
	char sfrom[24], sto[24];

	cal_format_iso((long long)from * CAL_DAY_SECONDS, sfrom, sizeof(sfrom));
	cal_format_iso((long long)(to + 1) * CAL_DAY_SECONDS, sto, sizeof(sto));
	*n = 0;
	return db_int(db, n, "SELECT COUNT(*) FROM feedback WHERE created_at >= ?"
	    " AND created_at < ?", DB_STR(sfrom), DB_STR(sto));
}
