/* Period reports (issue 13, section 6; Article 17 of the regulation):
 * for a month, a quarter, a year or any range of days, per agency, field
 * or procedure, how many dossiers were submitted (online: the portal's
 * one channel), received, settled early / on time / late, refused,
 * stopped, withdrawn; how long the settled ones took (average and 90th
 * percentile, calendar time from reception to the result); the citizens'
 * scores per rating criterion and how many wrote a comment; and how many
 * are in progress now, on time or overdue.
 *
 * The figures come from SQL aggregates, never from the dossiers one by
 * one: the counts of sql/015-reports.sql (report_day,
 * report_rating), kept per day, month and year as the dossiers move, so a
 * year is one row per agency and procedure, and any range its whole years,
 * the months beside them and the days at its edges; the in-progress figures from the index of open dossiers. A report
 * holds one row per group (at most the catalogue's procedures), never a
 * dossier.
 *
 * Using it from a page:
 *
 *   struct report_period p;
 *   if (report_period_parse(&in, cal_day_of(now), &p) != RP_OK) ... message
 *   struct report_query q = { p.from, p.to, agency_id, RG_AGENCY, now };
 *   struct report r;
 *   rc = report_run(db, cfg, &q, &r);         // r: rows and the total
 *   report_to_hdf(&r, req->hdf, "Report");    // or report_csv, report_json
 *   report_free(&r); */
#ifndef DVC_REPORT_H
#define DVC_REPORT_H

#include <stddef.h>

#include "core/cs.h"

struct buf;
struct config;
struct db;

/* --- the period (pure) --- */

enum report_kind { RK_MONTH, RK_QUARTER, RK_YEAR, RK_RANGE, RK__MAX };

/* "thang", "quy", "nam", "khoang": the choices of the pages' field "ky",
 * NULL-terminated, in enum report_kind's order. */
extern const char *const report_kind_slugs[];

/* The first year a report may cover; the last is the current one. */
#define REPORT_YEAR_MIN 2000

/* What the form asked for: kind (NULL: this month), year, month 1-12,
 * quarter 1-4 (0: not given), from/to days for a range (-1: not given). */
struct report_period_in {
	const char *kind;
	long year, month, quarter;
	long from, to;
};

struct report_period {
	enum report_kind kind;
	long from, to;		/* local day numbers (calendar.h), inclusive */
	int year, month, quarter;
};

/* Why a period is refused: the key of its message, Lang.Period.Bad.<key>. */
enum report_period_err {
	RP_OK,
	RP_KIND,		/* "kind": not one of the kinds */
	RP_YEAR,		/* "year": missing, or outside REPORT_YEAR_MIN..this year */
	RP_MONTH,		/* "month": missing or not 1-12 */
	RP_QUARTER,		/* "quarter": missing or not 1-4 */
	RP_DATES,		/* "dates": a range without both its days */
	RP_REVERSED,		/* "reversed": the range ends before it starts */
	RP_RANGE_YEARS,		/* "range_years": a day outside the years allowed */
	RP__MAX
};
extern const char *const report_period_err_keys[RP__MAX];

/* Checks in and fills out; today is the current local day. */
enum report_period_err report_period_parse(const struct report_period_in *in,
    long today, struct report_period *out);

/* The rows of the counts kept by day, month and year (report_day.grain,
 * each row keyed by its period's first day) that add up to the days
 * from..to (inclusive, local day numbers): the rows of each grain whose
 * day lies in one of its ranges [a, b), less the day rows in x and the
 * month rows in xm. Whole years y; whole months m[0] before them and m[1]
 * after; days d[0] at the start and d[1] at the end. Every count is
 * additive, so an edge of more than half a month is read as its month's
 * row less the days outside (x), and the part of the first or last year
 * of a range that goes on into another one, when it holds more than six
 * whole months, as the year's row less the months (xm) and days (x)
 * outside: no edge reads more than half a month of day rows, and a range
 * across years no more than seven month rows at each end. Empty ranges
 * have a == b. */
struct report_span {
	long y[2], m[2][2], d[2][2], x[2][2], xm[2][2];
};
void report_span(long from, long to, struct report_span *sp);

/* --- the report --- */

enum report_group { RG_AGENCY, RG_FIELD, RG_PROC, RG__MAX };
/* "co-quan", "linh-vuc", "thu-tuc": the field "theo", NULL-terminated;
 * their names in the language file (Lang.Period.Group.<name>). */
extern const char *const report_group_slugs[];
extern const char *const report_group_names[RG__MAX];

/* Counters of one row, in this order in every output. */
enum report_count {
	RC_SUBMITTED,		/* submitted online in the period */
	RC_RECEIVED,		/* accepted by reception */
	RC_SETTLED,		/* settled with a result */
	RC_EARLY, RC_ON_TIME, RC_LATE,	/* of those, by the timeliness rule */
	RC_REFUSED, RC_STOPPED, RC_WITHDRAWN,
	RC_PROG_OK,		/* in progress now, before the due date */
	RC_PROG_LATE,		/* in progress now, past the due date */
	RC_PAUSED,		/* waiting for the citizen now (the clock stopped) */
	RC_RATED, RC_COMMENTED,	/* ratings given, with a written comment */
	RC__MAX
};
/* The counters' names in CSV headers, JSON and the language file
 * (Lang.Period.Count.<name>). */
extern const char *const report_count_names[RC__MAX];

#define REPORT_CRITERIA_MAX 10	/* RATING_CRITERIA_MAX */
/* Handling times by whole calendar days from reception to the result
 * (report_day.d00..d13): [0,1) [1,2) [2,3) [3,5) [5,7) [7,10) [10,14)
 * [14,20) [20,30) [30,45) [45,60) [60,90) [90,180) [180,...). */
#define REPORT_BUCKETS 14
extern const int report_bucket_lo[REPORT_BUCKETS];

struct report_row {
	char *key;		/* agency id, field code or procedure code */
	char *code;		/* what a person reads: agency, field or procedure code */
	char *name;
	long long c[RC__MAX];
	long long handling_s;	/* seconds from reception to result, summed */
	/* of c[RC_RECEIVED], those received at the counter and by post;
	 * the rest came online (report_received_online) */
	long long received_counter, received_post;
	long long dur[REPORT_BUCKETS];	/* settled ones per handling time */
	long long crit_n[REPORT_CRITERIA_MAX];
	long long crit_sum[REPORT_CRITERIA_MAX];
};

struct report_query {
	long from, to;		/* local days, inclusive */
	long long agency;	/* 0: every agency of the province */
	enum report_group group;
	long long now;		/* local seconds: the in-progress figures */
};

struct report {
	struct report_query q;
	struct report_row *rows;	/* by code */
	size_t nrows, cap;
	struct report_row total;	/* the sum of the rows */
	int ncriteria;			/* Rating.Criteria */
	char *criteria[REPORT_CRITERIA_MAX];
};

/* Runs q: one row per group with anything to count. Returns the number
 * of rows or a db_rc; free r with report_free either way. */
int report_run(struct db *db, const struct config *cfg,
    const struct report_query *q, struct report *r);
void report_free(struct report *r);

/* Derived figures of a row, as the pages, CSV and JSON give them, in
 * tenths (-1: nothing to divide): the settled on time rate in percent
 * (early + on time, of those classified), the average handling time in
 * days, and the 90th percentile of the handling time in days, estimated
 * from the row's buckets (linear within the bucket it falls in; 180 for
 * the open last one). */
long report_on_time_tenths(const struct report_row *row);
/* Of the dossiers a row counts as received, those that came online. */
long long report_received_online(const struct report_row *row);
long report_avg_days_tenths(const struct report_row *row);
long report_p90_days_tenths(const struct report_row *row);

/* prefix.{from,to} (yyyy-mm-dd), prefix.Rows.N.{key,code,name,<counter>
 * for each of report_count_names, on_time_rate, avg_days, p90_days,
 * Crit.K.{avg,n}}, prefix.Total.{...} the same, prefix.Criteria.K.name,
 * and prefix.Max (the largest settled + in-progress figure, for charts).
 * Rates and averages in Vietnamese notation ("93,5"), "" when there is
 * nothing to divide. */
void report_to_hdf(const struct report *r, HDF *hdf, const char *prefix);
/* The same as CSV (RFC 4180, UTF-8 with a BOM, formula-safe cells:
 * queue_csv_cell), column titles from lang (Lang node: Period.Code,
 * Period.Group.*, Period.Count.*), a total row last. Appends to out. */
void report_csv(const struct report *r, HDF *lang, struct buf *out);
/* The same as JSON: {from, to, group, agency, criteria[], rows[], total}. */
int report_json(const struct report *r, struct buf *out);

/* --- the Decision 766 scorecard (an agency's or the province's) --- */

/* The figures of the index groups local data can compute, for agency
 * (0: the province) over q's period, into prefix:
 *   Publicity.{procs,complete}        the catalogue's completeness
 *   Progress.{classified,in_time,late,overdue_now,waiting_late_now}
 *   Online.{procs,online_procs,used_procs,received,received_online}
 *   Satisfaction.{n,sum,max} and Satisfaction.Crit.K.{name,n,sum}
 * each group also .rate (percent, Vietnamese notation; "" when nothing
 * to divide). Late to receive: checks.h's rule at q->now. 0 or a db_rc. */
int report_scorecard(struct db *db, const struct config *cfg,
    const struct report_query *q, HDF *hdf, const char *prefix);

/* The drill-downs of the scorecard: what cost points. */
enum report_cost {
	RCOST_INCOMPLETE,	/* procedures whose catalogue record lacks a part */
	RCOST_LATE,		/* dossiers settled late in the period */
	RCOST_UNUSED,		/* procedures offered online with no dossier in it */
	RCOST_LOW_RATING,	/* dossiers rated 1 or 2 on some criterion in it */
	RCOST__MAX
};
/* "chua-day-du", "tre-han", "chua-phat-sinh", "danh-gia-thap"
 * (NULL-terminated), and their names in the language file
 * (Lang.Period.Cost.<name>). */
extern const char *const report_cost_slugs[];
extern const char *const report_cost_names[RCOST__MAX];

#define REPORT_LIST_PAGE 100

/* One page of drill-down `what` for agency q->agency (not 0) over q's
 * period, after the keyset cursor `after` (0: from the start; the id of
 * the last row shown), into prefix.N: procedures {code,name,Missing.K
 * (the parts lacking: time, docs, steps, legal, result, subjects, forms:
 * Lang.Period.Part.<part>)} or
 * dossiers {id,code,proc_code,proc_name,status,submitted,received,due,
 * finished,low} (no applicant's name or contact). prefix + "More": the
 * next page's cursor. Rows on this page, or a db_rc. */
int report_cost_list(struct db *db, const struct config *cfg,
    const struct report_query *q, enum report_cost what, long long after,
    HDF *hdf, const char *prefix);

/* Month by month of year, for agency (0: every agency):
 * prefix.N.{month,submitted,received,settled,early,on_time,late}, the
 * months with anything to count. Rows or a db_rc. */
int report_months(struct db *db, long long agency, int year, HDF *hdf,
    const char *prefix);
/* The messages the public sent through /gop-y on days from..to (they
 * name no agency: the province's figure) into *n. 1 or a db_rc. */
int report_feedback(struct db *db, long from, long to, long long *n);

/* Makes report_day and report_rating again from the
 * dossiers, their history and their ratings (dvcctl rebuild reports), in
 * one transaction. 0 or a db_rc. */
int report_rebuild(struct db *db);

/* The agency of code into prefix.{id,code,name} (active or closed). 1,
 * 0 (no such agency) or a db_rc. */
int report_agency(struct db *db, const char *code, HDF *hdf, const char *prefix);
/* The same by id. */
int report_agency_id(struct db *db, long long id, HDF *hdf, const char *prefix);
/* Every agency, by code, into prefix.N.{id,code,name} (the scope chooser). */
int report_agencies(struct db *db, HDF *hdf, const char *prefix);

#endif
