/* The period reports' pure parts (domain/report.h): which days a period
 * asks for and why one is refused, how a range splits into whole years,
 * months and days (checked against adding up day by day), and the
 * figures derived from a row: the on-time rate, the average handling
 * time and the 90th percentile estimated from its buckets. */
#include "config.h"

#include <string.h>

#include "domain/calendar.h"
#include "domain/report.h"
#include "tap.h"

static long
D(int y, int m, int d)
{
	return cal_date(y, m, d);
}

static enum report_period_err
parse(const char *kind, long year, long month, long quarter, long from, long to,
    struct report_period *p)
{
	struct report_period_in in;

	memset(&in, 0, sizeof(in));
	in.kind = kind;
	in.year = year;
	in.month = month;
	in.quarter = quarter;
	in.from = from;
	in.to = to;
	return report_period_parse(&in, D(2026, 5, 14), p);
}

/* Whether day d lies in [r[0], r[1]). */
static int
in(const long r[2], long d)
{
	return d >= r[0] && d < r[1];
}

/* Whole months from month's first day a to b. */
static long
months(const long r[2])
{
	int ya, ma, yb, mb, d;

	if (r[1] <= r[0])
		return 0;
	cal_civil(r[0], &ya, &ma, &d);
	cal_civil(r[1] - 1, &yb, &mb, &d);
	return (yb - ya) * 12 + mb - ma + 1;
}

/* Adds up the rows report_span reads for from..to over every day of a
 * wide window around it: each day inside counted once (as a day row,
 * through its month's row, or its year's), less the day and month rows
 * taken away; each day outside not at all. Also: no range reversed, no
 * edge reading more than 15 day rows. 1 if all holds. */
static int
covers(long from, long to)
{
	struct report_span sp;
	long d;
	int i;

	report_span(from, to, &sp);
	if (sp.y[0] > sp.y[1])
		return 0;
	for (i = 0; i < 2; i++)
		if (sp.m[i][0] > sp.m[i][1] || sp.d[i][0] > sp.d[i][1] ||
		    sp.x[i][0] > sp.x[i][1] || sp.xm[i][0] > sp.xm[i][1] ||
		    sp.d[i][1] - sp.d[i][0] > 15 || sp.x[i][1] - sp.x[i][0] > 15)
			return 0;
	for (d = from - 400; d <= to + 400; d++) {
		int yy, mm, dd, n;
		long first;

		cal_civil(d, &yy, &mm, &dd);
		first = d - dd + 1;
		n = in(sp.d[0], d) + in(sp.d[1], d) + in(sp.m[0], first) +
		    in(sp.m[1], first) + in(sp.y, D(yy, 1, 1)) -
		    in(sp.x[0], d) - in(sp.x[1], d) - in(sp.xm[0], first) -
		    in(sp.xm[1], first);
		if (n != (d >= from && d <= to))
			return 0;
	}
	return 1;
}

/* The day rows report_span reads for from..to, added and taken away. */
static long
day_rows(long from, long to)
{
	struct report_span sp;

	report_span(from, to, &sp);
	return (sp.d[0][1] - sp.d[0][0]) + (sp.d[1][1] - sp.d[1][0]) +
	    (sp.x[0][1] - sp.x[0][0]) + (sp.x[1][1] - sp.x[1][0]);
}

/* And the month rows. */
static long
month_rows(long from, long to)
{
	struct report_span sp;

	report_span(from, to, &sp);
	return months(sp.m[0]) + months(sp.m[1]) + months(sp.xm[0]) + months(sp.xm[1]);
}

int
main(void)
{
	struct report_period p;
	struct report_row row;
	struct report_span sp;

	/* periods */
	is_int(parse(NULL, 0, 0, 0, -1, -1, &p), RP_OK, "nothing asked: this month");
	ok(p.kind == RK_MONTH && p.from == D(2026, 5, 1) && p.to == D(2026, 5, 31),
	    "this month is May 2026");
	is_int(parse("thang", 2024, 2, 0, -1, -1, &p), RP_OK, "a month");
	ok(p.from == D(2024, 2, 1) && p.to == D(2024, 2, 29), "February of a leap year");
	is_int(parse("quy", 2025, 0, 4, -1, -1, &p), RP_OK, "a quarter");
	ok(p.from == D(2025, 10, 1) && p.to == D(2025, 12, 31), "the fourth quarter");
	is_int(parse("quy", 2025, 0, 1, -1, -1, &p), RP_OK, "the first quarter");
	ok(p.from == D(2025, 1, 1) && p.to == D(2025, 3, 31), "January to March");
	is_int(parse("nam", 2026, 0, 0, -1, -1, &p), RP_OK, "this year");
	ok(p.from == D(2026, 1, 1) && p.to == D(2026, 12, 31), "the whole year, to come too");
	is_int(parse("khoang", 0, 0, 0, D(2025, 3, 10), D(2026, 2, 1), &p), RP_OK, "a range");
	ok(p.from == D(2025, 3, 10) && p.to == D(2026, 2, 1), "its days as given");
	is_int(parse("khoang", 0, 0, 0, D(2026, 2, 1), D(2026, 2, 1), &p), RP_OK, "one day");
	is_int(parse("tuan", 2026, 0, 0, -1, -1, &p), RP_KIND, "an unknown kind");
	is_int(parse("nam", 1999, 0, 0, -1, -1, &p), RP_YEAR, "a year before 2000");
	is_int(parse("nam", 2027, 0, 0, -1, -1, &p), RP_YEAR, "a year to come");
	is_int(parse("nam", 0, 0, 0, -1, -1, &p), RP_YEAR, "no year");
	is_int(parse("thang", 2026, 13, 0, -1, -1, &p), RP_MONTH, "month 13");
	is_int(parse("thang", 2026, 0, 0, -1, -1, &p), RP_MONTH, "no month");
	is_int(parse("quy", 2026, 0, 5, -1, -1, &p), RP_QUARTER, "quarter 5");
	is_int(parse("khoang", 0, 0, 0, D(2026, 2, 1), -1, &p), RP_DATES, "a range without its end");
	is_int(parse("khoang", 0, 0, 0, -1, -1, &p), RP_DATES, "a range without days");
	is_int(parse("khoang", 0, 0, 0, D(2026, 3, 1), D(2026, 2, 1), &p), RP_REVERSED,
	    "a range ending before it starts");
	is_int(parse("khoang", 0, 0, 0, D(1999, 12, 1), D(2000, 2, 1), &p), RP_RANGE_YEARS,
	    "a range from before 2000");
	is_int(parse("khoang", 0, 0, 0, D(2026, 12, 1), D(2027, 2, 1), &p), RP_RANGE_YEARS,
	    "a range into a year to come");
	is_str(report_period_err_keys[RP_REVERSED], "reversed", "the message's key");

	/* spans */
	report_span(D(2025, 1, 1), D(2025, 12, 31), &sp);
	ok(sp.y[0] == D(2025, 1, 1) && sp.y[1] == D(2026, 1, 1) &&
	    day_rows(D(2025, 1, 1), D(2025, 12, 31)) == 0 &&
	    month_rows(D(2025, 1, 1), D(2025, 12, 31)) == 0, "a year is one year row");
	report_span(D(2025, 3, 1), D(2025, 3, 31), &sp);
	ok(sp.m[0][0] == D(2025, 3, 1) && sp.m[0][1] == D(2025, 4, 1) &&
	    day_rows(D(2025, 3, 1), D(2025, 3, 31)) == 0, "a month is one month row");
	report_span(D(2025, 3, 10), D(2025, 3, 20), &sp);
	ok(sp.d[0][0] == D(2025, 3, 10) && sp.d[0][1] == D(2025, 3, 21) &&
	    day_rows(D(2025, 3, 10), D(2025, 3, 20)) == 11,
	    "11 days inside a month: those days");
	report_span(D(2025, 3, 3), D(2025, 3, 28), &sp);
	ok(sp.m[0][0] == D(2025, 3, 1) && sp.x[0][0] == D(2025, 3, 1) &&
	    sp.x[0][1] == D(2025, 3, 3) && sp.x[1][0] == D(2025, 3, 29) &&
	    sp.x[1][1] == D(2025, 4, 1) && day_rows(D(2025, 3, 3), D(2025, 3, 28)) == 5,
	    "26 days inside a month: its row less the 5 days outside");
	report_span(D(2024, 12, 10), D(2026, 11, 20), &sp);
	ok(sp.m[0][0] == D(2024, 12, 1) && sp.x[0][1] == D(2024, 12, 10) &&
	    sp.y[0] == D(2025, 1, 1) && sp.y[1] == D(2027, 1, 1) &&
	    sp.xm[1][0] == D(2026, 12, 1) && sp.x[1][0] == D(2026, 11, 21) &&
	    day_rows(D(2024, 12, 10), D(2026, 11, 20)) == 9 + 10 &&
	    month_rows(D(2024, 12, 10), D(2026, 11, 20)) == 2,
	    "December less 9 days, 2025, 2026 less December and 10 days");
	report_span(D(2025, 1, 10), D(2026, 3, 20), &sp);
	ok(sp.y[0] == D(2025, 1, 1) && sp.y[1] == D(2026, 1, 1) &&
	    day_rows(D(2025, 1, 10), D(2026, 3, 20)) == 9 + 11 &&
	    month_rows(D(2025, 1, 10), D(2026, 3, 20)) == 3,
	    "the benchmark's 14 months from the 10th to the 20th: a year, 3 months, 20 days");
	ok(day_rows(D(2025, 1, 25), D(2026, 3, 5)) == 7 + 5 &&
	    month_rows(D(2025, 1, 25), D(2026, 3, 5)) == 1 + 2,
	    "short edges: their days; 2025 less January");
	{
		static const long cases[][2] = {
			{ 0, 0 }, { 0, 30 }, { 0, 31 }, { 5, 400 }, { 31, 58 }, { 31, 59 },
			{ 58, 425 }, { 59, 424 }, { 300, 1200 }, { 364, 365 }, { 365, 729 },
			{ 366, 731 }, { 1, 2000 }, { 730, 1460 },
		};
		long base = D(2024, 1, 1), f, t;
		size_t i;
		int all = 1;

		for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
			if (!covers(base + cases[i][0], base + cases[i][1])) {
				all = 0;
				printf("# range %ld..%ld\n", cases[i][0], cases[i][1]);
			}
		/* and every range of up to 800 days starting on any day of
		 * 2024 (leap February), by steps */
		for (f = base; f < base + 366 && all; f++)
			for (t = f; t < f + 800 && all; t += (t - f < 70 ? 1 : 13))
				if (!covers(f, t)) {
					all = 0;
					printf("# range %ld..%ld\n", f - base, t - base);
				}
		ok(all, "every day of every range counted once, none outside");
	}

	/* derived figures */
	memset(&row, 0, sizeof(row));
	is_int(report_on_time_tenths(&row), -1, "no rate without settled dossiers");
	is_int(report_avg_days_tenths(&row), -1, "no average without settled dossiers");
	is_int(report_p90_days_tenths(&row), -1, "no percentile without settled dossiers");
	row.c[RC_EARLY] = 6;
	row.c[RC_ON_TIME] = 2;
	row.c[RC_LATE] = 2;
	row.c[RC_SETTLED] = 10;
	is_int(report_on_time_tenths(&row), 800, "8 of 10 in time: 80,0 percent");
	row.handling_s = 10LL * 86400 * 3 + 10 * 43200;	/* 3.5 days each */
	is_int(report_avg_days_tenths(&row), 35, "3,5 days on average");
	row.dur[3] = 9;		/* 3-4 days */
	row.dur[5] = 1;		/* 7-9 days */
	is_int(report_p90_days_tenths(&row), 50, "9 of 10 within 3-5 days: the bucket end");
	memset(row.dur, 0, sizeof(row.dur));
	row.dur[0] = 10;
	is_int(report_p90_days_tenths(&row), 9, "the same day: 0,9 day");
	memset(row.dur, 0, sizeof(row.dur));
	row.dur[REPORT_BUCKETS - 1] = 10;
	is_int(report_p90_days_tenths(&row), 1800, "180 days or more: 180");
	memset(row.dur, 0, sizeof(row.dur));
	row.dur[7] = 100;	/* 14-19 days, evenly: 90 percent at 14 + 0,9 x 6 */
	is_int(report_p90_days_tenths(&row), 194, "interpolated inside the bucket");
	is_int(report_bucket_lo[REPORT_BUCKETS - 1], 180, "the open bucket starts at 180");
	return done_testing();
}
