/* The deadline engine (domain/calendar.c) on calendars built in code, and
 * on the holidays seeded by sql/005-calendar.sql read from the file. */
#include "config.h"

#include <stdlib.h>

#include "core/buf.h"
#include "core/util.h"
#include "domain/calendar.h"
#include "tap.h"

static char got[64];

static long long
T(const char *s)
{
	long long t;

	if (cal_parse_time(s, &t) < 0) {
		printf("Bail out! bad time in test: %s\n", s);
		exit(1);
	}
	return t;
}

static long
D(const char *s)
{
	long d;

	if (cal_parse_date(s, &d) < 0) {
		printf("Bail out! bad date in test: %s\n", s);
		exit(1);
	}
	return d;
}

/* The due date as "YYYY-MM-DD HH:MM:SS", "paused" or "error". */
static const char *
due_full(const struct calendar *cal, const char *recv, long dt, long ht,
    const struct cal_pause *p, size_t np, const struct cal_extension *e,
    size_t ne, struct buf *explain)
{
	struct cal_input in = { T(recv), { dt, ht }, p, np, e, ne };
	struct cal_result r;
	int rc = cal_due(cal, &in, &r, explain);

	if (rc < 0)
		return "error";
	if (rc == CAL_PAUSED)
		return "paused";
	cal_format_iso(r.due, got, sizeof(got));
	return got;
}

static const char *
due(const struct calendar *cal, const char *recv, long dt, long ht)
{
	return due_full(cal, recv, dt, ht, NULL, 0, NULL, 0, NULL);
}

static const char *
explain(const struct calendar *cal, const char *recv, long dt, long ht,
    const struct cal_pause *p, size_t np, const struct cal_extension *e,
    size_t ne)
{
	static struct buf b;

	buf_reset(&b);
	due_full(cal, recv, dt, ht, p, np, e, ne, &b);
	return buf_str(&b);
}

/* Reads the rows of sql/005-calendar.sql into cal; returns how many, or
 * -1 on a row that does not read. */
static int
load_seed(struct calendar *cal, const char *top)
{
	char path[1024], *text, *p;
	int n = 0;

	snprintf(path, sizeof(path), "%s/sql/005-calendar.sql", top);
	{
		FILE *f = fopen(path, "r");
		long len;

		if (f == NULL)
			return -1;
		fseek(f, 0, SEEK_END);
		len = ftell(f);
		rewind(f);
		text = xmalloc((size_t)len + 1);
		text[fread(text, 1, (size_t)len, f)] = '\0';
		fclose(f);
	}
	for (p = text; (p = strstr(p, "('")) != NULL; p++) {
		char ds[11], kind[10], name[600];
		int confirmed, used = 0, k, wd;
		long day;

		if (p[2] < '0' || p[2] > '9')
			continue;	/* the ENUM('holiday', ...) of the table */
		if (sscanf(p, "('%10[0-9-]', '%9[a-z]', '%599[^']', %d)%n", ds, kind,
		    name, &confirmed, &used) != 4 || used == 0 ||
		    cal_parse_date(ds, &day) < 0 ||
		    (k = cal_kind_from_name(kind)) < 0 ||
		    (confirmed != 0 && confirmed != 1) || cal_special(cal, day)) {
			printf("# bad or repeated row: %.60s\n", p);
			free(text);
			return -1;
		}
		wd = cal_weekday(day);
		if (k == CAL_WORKDAY && wd != 0 && wd != 6) {
			printf("# make-up day on a weekday: %s\n", ds);
			free(text);
			return -1;
		}
		cal_add_day(cal, day, (enum cal_kind)k, name);
		n++;
	}
	free(text);
	return n;
}

static void
test_dates(void)
{
	int y, m, d;
	long long t;
	char s[32];

	is_int(cal_date(1970, 1, 1), 0, "day 0 is 1970-01-01");
	is_int(cal_weekday(0), 4, "1970-01-01 was a Thursday");
	is_int(cal_weekday(-1), 3, "1969-12-31 was a Wednesday");
	is_int(cal_weekday(D("2025-04-25")), 5, "25/4/2025 was a Friday");
	is_int(cal_weekday(D("2026-02-17")), 2, "Tết 2026 is a Tuesday");
	is_int(cal_weekday(D("2027-02-06")), 6, "Tết 2027 is a Saturday");
	cal_civil(cal_date(2028, 2, 29), &y, &m, &d);
	ok(y == 2028 && m == 2 && d == 29, "civil date round trip on a leap day");
	cal_civil(-1, &y, &m, &d);
	ok(y == 1969 && m == 12 && d == 31, "civil date before 1970");
	ok(cal_date_valid(2028, 2, 29), "29/2/2028 exists");
	ok(!cal_date_valid(2027, 2, 29), "29/2/2027 does not");
	ok(!cal_date_valid(2100, 2, 29), "29/2/2100 does not");
	ok(cal_date_valid(2000, 2, 29), "29/2/2000 exists");
	ok(!cal_date_valid(2025, 4, 31), "31/4 does not exist");
	is_int(cal_day_of(-1), -1, "day of a moment before 1970 rounds down");

	ok(cal_parse_time("2025-04-25 16:10", &t) == 0 &&
	    t == cal_time(2025, 4, 25, 16, 10, 0), "parse ISO date and time");
	ok(cal_parse_time("25/04/2025 16:10:05", &t) == 0 &&
	    t == cal_time(2025, 4, 25, 16, 10, 5), "parse Vietnamese date order");
	ok(cal_parse_time("2025-04-25T07:30", &t) == 0, "parse with T");
	ok(cal_parse_time("2025-02-29 10:00", &t) < 0, "29/2/2025 refused");
	ok(cal_parse_time("2025-04-25 24:00", &t) < 0, "24:00 refused as a moment");
	ok(cal_parse_time("2025-04-25 16:60", &t) < 0, "minute 60 refused");
	ok(cal_parse_time("2025-04-25 16:10x", &t) < 0, "trailing text refused");
	ok(cal_parse_time("2025-04-25", &t) < 0, "a date alone is not a moment");

	/* no time zone of the process: UTC+7 by arithmetic */
	is_int(cal_from_utc(0), 7 * 3600, "epoch is 07:00 in Vietnam");
	cal_format_iso(cal_from_utc((time_t)1745572200), s, sizeof(s));
	is_str(s, "2025-04-25 16:10:00", "09:10Z is 16:10 in Vietnam");
	is_int(cal_to_utc(T("2025-04-25 16:10")), 1745572200, "and back");
}

static void
test_hours(void)
{
	struct calendar cal;

	cal_init(&cal);
	is_int(cal_day_length(&cal), 8 * 3600, "default day is 8 hours");
	ok(cal_set_hours(&cal, "11:30-07:30", "13:30-17:30", "15:00") < 0,
	    "period ending before it starts refused");
	ok(cal_set_hours(&cal, "07:30-11:30", "10:00-17:30", "15:00") < 0,
	    "afternoon overlapping the morning refused");
	ok(cal_set_hours(&cal, "07:30-11:30", "13:30-17:30", "18:00") < 0,
	    "cut-off after the day refused");
	ok(cal_set_hours(&cal, "07:30-11:30", "13:30-17:30", "7:00") < 0,
	    "cut-off before the day refused");
	ok(cal_set_hours(&cal, "7:30-11:30", "x", "15:00") < 0, "garbage refused");
	is_int(cal_day_length(&cal), 8 * 3600, "a refused setting changes nothing");

	/* other provinces' hours: a working day is what they work */
	ok(cal_set_hours(&cal, "07:00-11:30", "13:00-17:00", "15:00") == 0,
	    "7:00-11:30, 13:00-17:00 accepted");
	is_int(cal_day_length(&cal), 8 * 3600 + 1800, "that day is 8.5 hours");
	is_str(due(&cal, "2025-03-03 09:00", 10, 0), "2025-03-04 09:00:00",
	    "one day is still the same time the next day");
	is_str(due(&cal, "2025-03-03 09:00", 5, 0), "2025-03-03 14:45:00",
	    "half of an 8.5-hour day");
	ok(cal_set_hours(&cal, "08:00-16:00", "", "15:00") == 0,
	    "one period a day accepted");
	is_str(due(&cal, "2025-03-03 15:00", 0, 20), "2025-03-04 09:00:00",
	    "hours over the night with one period");
	cal_free(&cal);
}

static void
test_plain(void)
{
	struct calendar cal;

	cal_init(&cal);
	is_str(due(&cal, "2025-03-03 09:00", 50, 0), "2025-03-10 09:00:00",
	    "5 days from Monday 09:00: next Monday 09:00");
	is_str(due(&cal, "2025-03-03 09:00", 10, 0), "2025-03-04 09:00:00",
	    "1 day: same time the next working day");
	is_str(due(&cal, "2025-03-07 16:10", 50, 0), "2025-03-14 16:10:00",
	    "received Friday 16:10 (in hours): Friday 16:10 a week later");
	is_str(due(&cal, "2025-03-07 17:45", 10, 0), "2025-03-10 17:30:00",
	    "received Friday 17:45: counts from Monday 07:30, due at its end");
	is_str(due(&cal, "2025-03-07 17:45", 50, 0), "2025-03-14 17:30:00",
	    "received Friday 17:45, 5 days: end of the next Friday");
	is_str(due(&cal, "2025-03-08 10:00", 20, 0), "2025-03-11 17:30:00",
	    "received Saturday: counts from Monday");
	is_str(due(&cal, "2025-03-09 23:59:59", 10, 0), "2025-03-10 17:30:00",
	    "received late Sunday night");
	is_str(due(&cal, "2025-03-03 06:00", 10, 0), "2025-03-03 17:30:00",
	    "received before opening: counts from 07:30 that day");
	is_str(due(&cal, "2025-03-03 12:00", 10, 0), "2025-03-04 11:30:00",
	    "received at lunch: counts from 13:30, a day later is 11:30");
	is_str(due(&cal, "2025-03-03 11:30", 10, 0), "2025-03-04 11:30:00",
	    "received at 11:30 sharp: the morning is over");
	is_str(due(&cal, "2025-03-03 07:30", 10, 0), "2025-03-03 17:30:00",
	    "1 day from 07:30: 17:30 the same day, not the next morning");

	/* fractions of days */
	is_str(due(&cal, "2025-03-03 09:00", 5, 0), "2025-03-03 15:00:00",
	    "half a day across lunch");
	is_str(due(&cal, "2025-03-03 14:00", 5, 0), "2025-03-04 08:00:00",
	    "half a day across the night");
	is_str(due(&cal, "2025-03-03 07:30", 15, 0), "2025-03-04 11:30:00",
	    "1.5 days ending at the end of a morning stays at 11:30");
	is_str(due(&cal, "2025-03-03 07:30", 5, 0), "2025-03-03 11:30:00",
	    "half a day from 07:30: 11:30, not 13:30");
	is_str(due(&cal, "2025-03-07 13:30", 5, 0), "2025-03-07 17:30:00",
	    "half a day from Friday 13:30: Friday 17:30, not Monday");

	/* hours */
	is_str(due(&cal, "2025-03-03 10:00", 0, 40), "2025-03-03 16:00:00",
	    "4 hours across lunch");
	is_str(due(&cal, "2025-03-07 16:00", 0, 40), "2025-03-10 10:00:00",
	    "4 hours across a weekend");
	is_str(due(&cal, "2025-03-03 11:00", 0, 15), "2025-03-03 14:30:00",
	    "1.5 hours across lunch");
	is_str(due(&cal, "2025-03-03 07:30", 0, 40), "2025-03-03 11:30:00",
	    "4 hours from 07:30: 11:30");
	is_str(due(&cal, "2025-03-03 13:30", 0, 80), "2025-03-04 11:30:00",
	    "8 hours from 13:30: 11:30 the next day");
	is_str(due(&cal, "2025-03-03 09:00", 10, 20), "2025-03-04 11:00:00",
	    "1 day and 2 hours");
	is_str(due(&cal, "2025-03-03 09:00:30", 10, 0), "2025-03-04 09:00:30",
	    "seconds carry through");

	/* bad input */
	is_str(due(&cal, "2025-03-03 09:00", -1, 0), "error", "negative limit refused");
	is_str(due(&cal, "2025-03-03 09:00", CAL_LIMIT_TENTHS_MAX + 1, 0), "error",
	    "huge limit refused");

	/* between */
	is_int(cal_working_minutes_between(&cal, T("2025-03-03 09:00"),
	    T("2025-03-10 09:00")), 5 * 480, "a week is 5 working days of minutes");
	is_int(cal_working_minutes_between(&cal, T("2025-03-10 09:00"),
	    T("2025-03-03 09:00")), -5 * 480, "backwards is negative");
	is_int(cal_working_minutes_between(&cal, T("2025-03-07 16:00"),
	    T("2025-03-10 08:00")), 120, "over a weekend");
	is_int(cal_working_minutes_between(&cal, T("2025-03-08 08:00"),
	    T("2025-03-09 20:00")), 0, "a weekend has none");
	is_int(cal_working_minutes_between(&cal, T("2025-03-03 11:00"),
	    T("2025-03-03 14:00")), 60, "lunch does not count");
	cal_free(&cal);
}

static void
test_same_day(void)
{
	struct calendar cal;

	cal_init(&cal);
	is_str(due(&cal, "2025-03-03 14:59:59", 0, 0), "2025-03-03 17:30:00",
	    "same day, 14:59:59: due that day");
	is_str(due(&cal, "2025-03-03 15:00:00", 0, 0), "2025-03-04 17:30:00",
	    "same day, 15:00:00 exactly counts as after the cut-off");
	is_str(due(&cal, "2025-03-03 15:00:01", 0, 0), "2025-03-04 17:30:00",
	    "same day, 15:00:01: next working day");
	is_str(due(&cal, "2025-03-03 07:00", 0, 0), "2025-03-03 17:30:00",
	    "same day, before opening");
	is_str(due(&cal, "2025-03-03 12:00", 0, 0), "2025-03-03 17:30:00",
	    "same day, at lunch: the afternoon starts before the cut-off");
	is_str(due(&cal, "2025-03-03 17:45", 0, 0), "2025-03-04 17:30:00",
	    "same day, after closing: the next day");
	is_str(due(&cal, "2025-03-07 15:00", 0, 0), "2025-03-10 17:30:00",
	    "same day, Friday 15:00: Monday");
	is_str(due(&cal, "2025-03-08 16:00", 0, 0), "2025-03-10 17:30:00",
	    "same day, Saturday afternoon: counts from Monday morning");
	cal_add_day(&cal, D("2025-03-10"), CAL_HOLIDAY, "Nghỉ thử");
	is_str(due(&cal, "2025-03-07 14:00", 0, 0), "2025-03-07 17:30:00",
	    "same day before the cut-off ignores the holiday after it");
	is_str(due(&cal, "2025-03-07 15:30", 0, 0), "2025-03-11 17:30:00",
	    "same day after the cut-off skips the holiday");
	ok(cal_set_hours(&cal, "07:30-11:30", "13:30-17:30", "16:00") == 0,
	    "cut-off from config");
	is_str(due(&cal, "2025-03-04 15:30", 0, 0), "2025-03-04 17:30:00",
	    "a 16:00 cut-off keeps 15:30 in the day");
	cal_free(&cal);
}

static void
test_holidays(void)
{
	struct calendar cal;

	cal_init(&cal);
	cal_add_day(&cal, D("2025-03-12"), CAL_HOLIDAY, "Nghỉ thử");
	ok(!cal_is_working_day(&cal, D("2025-03-12")), "a holiday is not worked");
	ok(cal_is_working_day(&cal, D("2025-03-13")), "the day after is");
	ok(!cal_is_working_day(&cal, D("2025-03-15")), "Saturday is not");
	is_str(due(&cal, "2025-03-10 09:00", 20, 0), "2025-03-13 09:00:00",
	    "holiday on the due date: the next working day");
	cal_add_day(&cal, D("2025-03-15"), CAL_WORKDAY, "Làm bù");
	ok(cal_is_working_day(&cal, D("2025-03-15")), "a make-up Saturday is worked");
	is_str(due(&cal, "2025-03-14 09:00", 10, 0), "2025-03-15 09:00:00",
	    "a make-up Saturday counts");
	is_str(due(&cal, "2025-03-15 09:00", 5, 0), "2025-03-15 15:00:00",
	    "received on the make-up Saturday, in hours");
	cal_add_day(&cal, D("2025-03-15"), CAL_HOLIDAY, "Đổi lại");
	is_int(cal.ndays, 2, "adding a day again replaces it");
	ok(!cal_is_working_day(&cal, D("2025-03-15")), "replaced by a holiday");
	cal_free(&cal);

	/* the year boundary */
	cal_init(&cal);
	cal_add_day(&cal, D("2026-01-01"), CAL_HOLIDAY, "Tết Dương lịch");
	is_str(due(&cal, "2025-12-31 10:00", 20, 0), "2026-01-05 10:00:00",
	    "over New Year's Day and a weekend");
	is_str(due(&cal, "2025-12-31 14:00", 0, 0), "2025-12-31 17:30:00",
	    "same day on New Year's Eve");
	is_str(due(&cal, "2025-12-31 15:30", 0, 0), "2026-01-02 17:30:00",
	    "same day after the cut-off on New Year's Eve");
	/* leap day */
	is_str(due(&cal, "2028-02-28 09:00", 10, 0), "2028-02-29 09:00:00",
	    "into a leap day");
	is_str(due(&cal, "2028-02-28 09:00", 20, 0), "2028-03-01 09:00:00",
	    "over a leap day");
	is_str(due(&cal, "2027-02-26 09:00", 10, 0), "2027-03-01 09:00:00",
	    "no leap day in 2027");
	cal_free(&cal);

	/* a calendar where nothing is worked cannot give a date */
	cal_init(&cal);
	{
		long d, from = D("2025-03-03");

		for (d = from; d < from + 4100; d++)
			cal_add_day(&cal, d, CAL_HOLIDAY, "x");
	}
	is_str(due(&cal, "2025-03-03 09:00", 10, 0), "error",
	    "no working day in sight is an error, not a loop");
	cal_free(&cal);
}

static void
test_pauses(void)
{
	struct calendar cal;
	struct cal_pause p[3];
	struct cal_extension e[2];
	struct cal_input in;
	struct cal_result r;

	cal_init(&cal);
	p[0].from = T("2025-03-06 10:00");
	p[0].to = T("2025-03-10 10:00");
	is_str(due_full(&cal, "2025-03-03 09:00", 50, 0, p, 1, NULL, 0, NULL),
	    "2025-03-12 09:00:00", "supplement over a weekend: the rest continues");

	p[0].from = T("2025-03-03 10:00");
	p[0].to = T("2025-03-03 14:00");
	p[1].from = T("2025-03-04 09:00");
	p[1].to = T("2025-03-04 10:00");
	is_str(due_full(&cal, "2025-03-03 09:00", 20, 0, p, 2, NULL, 0, NULL),
	    "2025-03-05 14:00:00", "two pauses: 3 working hours added");

	p[0].from = T("2025-03-07 18:00");
	p[0].to = T("2025-03-10 07:00");
	is_str(due_full(&cal, "2025-03-03 09:00", 50, 0, p, 1, NULL, 0, NULL),
	    "2025-03-10 09:00:00", "a pause outside working hours changes nothing");
	p[0].from = T("2025-03-08 10:00");
	p[0].to = T("2025-03-10 10:00");
	is_str(due_full(&cal, "2025-03-03 09:00", 50, 0, p, 1, NULL, 0, NULL),
	    "2025-03-10 11:30:00", "a pause starting on Saturday stops Monday morning");
	p[0].from = T("2025-03-10 09:00");
	p[0].to = T("2025-03-12 09:00");
	is_str(due_full(&cal, "2025-03-03 09:00", 50, 0, p, 1, NULL, 0, NULL),
	    "2025-03-10 09:00:00", "a pause when the time has run out changes nothing");
	p[0].from = T("2025-03-03 15:00");
	p[0].to = T("2025-03-04 08:00");
	is_str(due_full(&cal, "2025-03-03 14:00", 0, 0, p, 1, NULL, 0, NULL),
	    "2025-03-04 10:30:00", "same day paused: the rest of the day continues");
	p[0].from = T("2025-03-03 08:00");
	p[0].to = T("2025-03-03 10:00");
	is_str(due_full(&cal, "2025-03-03 09:00", 10, 0, p, 1, NULL, 0, NULL),
	    "2025-03-04 10:00:00", "a pause running at receipt starts the clock at its end");

	/* still waiting for the citizen */
	p[0].from = T("2025-03-05 09:30");
	p[0].to = CAL_OPEN;
	memset(&in, 0, sizeof(in));
	in.received = T("2025-03-03 09:00");
	in.limit.days_tenths = 50;
	in.pauses = p;
	in.npauses = 1;
	is_int(cal_due(&cal, &in, &r, NULL), CAL_PAUSED, "an open pause stops the clock");
	is_int(r.left, 23 * 3600 + 1800,
	    "the time left when it stopped");
	is_int(r.due, 0, "no due date while paused");
	p[0].from = T("2025-03-20 09:30");
	is_int(cal_due(&cal, &in, &r, NULL), 0, "an open pause after the due date");

	/* refused */
	p[0].from = T("2025-03-05 09:00");
	p[0].to = T("2025-03-04 09:00");
	is_str(due_full(&cal, "2025-03-03 09:00", 50, 0, p, 1, NULL, 0, NULL),
	    "error", "a pause ending before it starts is refused");
	p[0].from = T("2025-03-04 09:00");
	p[0].to = T("2025-03-06 09:00");
	p[1].from = T("2025-03-05 09:00");
	p[1].to = T("2025-03-07 09:00");
	is_str(due_full(&cal, "2025-03-03 09:00", 50, 0, p, 2, NULL, 0, NULL),
	    "error", "overlapping pauses are refused");
	p[0].to = CAL_OPEN;
	is_str(due_full(&cal, "2025-03-03 09:00", 50, 0, p, 2, NULL, 0, NULL),
	    "error", "only the last pause may be open");

	/* extensions */
	memset(e, 0, sizeof(e));
	e[0].add.days_tenths = 20;
	is_str(due_full(&cal, "2025-03-03 09:00", 50, 0, NULL, 0, e, 1, NULL),
	    "2025-03-12 09:00:00", "extension by 2 days");
	e[1].add.hours_tenths = 40;
	is_str(due_full(&cal, "2025-03-03 09:00", 50, 0, NULL, 0, e, 2, NULL),
	    "2025-03-12 15:00:00", "two extensions add up");
	e[0].add.days_tenths = 10;
	is_str(due_full(&cal, "2025-03-03 14:00", 0, 0, NULL, 0, e, 1, NULL),
	    "2025-03-04 17:30:00", "a same-day procedure extended by a day");
	p[0].from = T("2025-03-06 10:00");
	p[0].to = T("2025-03-10 10:00");
	e[0].add.days_tenths = 20;
	is_str(due_full(&cal, "2025-03-03 09:00", 50, 0, p, 1, e, 1, NULL),
	    "2025-03-14 09:00:00", "a pause and an extension together");
	e[0].add.days_tenths = -10;
	is_str(due_full(&cal, "2025-03-03 09:00", 50, 0, NULL, 0, e, 1, NULL),
	    "error", "a negative extension is refused");
	cal_free(&cal);
}

static void
test_explain(const char *top)
{
	struct calendar cal, vn;
	struct cal_pause p[1];
	struct cal_extension e[1];
	struct buf b = BUF_INIT;
	int n;

	/* the example: only 30/4 and 1/5 off */
	cal_init(&cal);
	cal_confirm_year(&cal, 2025);
	cal_add_day(&cal, D("2025-04-30"), CAL_HOLIDAY, "Ngày Giải phóng miền Nam");
	cal_add_day(&cal, D("2025-05-01"), CAL_HOLIDAY, "Ngày Quốc tế Lao động");
	is_str(due(&cal, "2025-04-25 16:10", 50, 0), "2025-05-06 16:10:00",
	    "30/4 and 1/5: Friday 16:10 plus 5 days");
	is_str(explain(&cal, "2025-04-25 17:45", 50, 0, NULL, 0, NULL, 0),
	    "Nhận hồ sơ 17:45 thứ Sáu 25/04/2025 (ngoài giờ làm việc) → tính từ "
	    "07:30 thứ Hai 28/04/2025; thời hạn 5 ngày làm việc; 30/4 và 1/5 là "
	    "ngày nghỉ lễ → hạn trả kết quả: 17:30 thứ Ba 06/05/2025.",
	    "explanation: received after hours, two holidays");
	is_str(explain(&cal, "2025-04-26 09:00", 0, 40, NULL, 0, NULL, 0),
	    "Nhận hồ sơ 09:00 thứ Bảy 26/04/2025 (ngày nghỉ) → tính từ 07:30 "
	    "thứ Hai 28/04/2025; thời hạn 4 giờ làm việc → hạn trả kết quả: 11:30 "
	    "thứ Hai 28/04/2025.", "explanation: received on a Saturday, hours");
	is_str(explain(&cal, "2025-04-30 09:00", 5, 0, NULL, 0, NULL, 0),
	    "Nhận hồ sơ 09:00 thứ Tư 30/04/2025 (ngày nghỉ: Ngày Giải phóng miền "
	    "Nam) → tính từ 07:30 thứ Sáu 02/05/2025; thời hạn 0,5 ngày làm việc; "
	    "30/4 và 1/5 là ngày nghỉ lễ → hạn trả kết quả: 11:30 thứ Sáu "
	    "02/05/2025.", "explanation: received on a holiday, half a day");
	cal_free(&cal);

	cal_init(&cal);
	cal_confirm_year(&cal, 2025);
	is_str(explain(&cal, "2025-03-03 15:00", 0, 0, NULL, 0, NULL, 0),
	    "Nhận hồ sơ 15:00 thứ Hai 03/03/2025; thời hạn trong ngày, nhận từ "
	    "15:00 trở đi nên trả trong ngày làm việc tiếp theo → hạn trả kết quả: "
	    "17:30 thứ Ba 04/03/2025.", "explanation: same day at the cut-off");
	is_str(explain(&cal, "2025-03-03 14:59:59", 0, 0, NULL, 0, NULL, 0),
	    "Nhận hồ sơ 14:59 thứ Hai 03/03/2025; thời hạn trong ngày, nhận "
	    "trước 15:00 nên trả trong ngày → hạn trả kết quả: 17:30 thứ Hai "
	    "03/03/2025.", "explanation: same day before the cut-off");
	p[0].from = T("2025-03-05 09:30");
	p[0].to = CAL_OPEN;
	is_str(explain(&cal, "2025-03-03 09:00", 50, 0, p, 1, NULL, 0),
	    "Nhận hồ sơ 09:00 thứ Hai 03/03/2025; thời hạn 5 ngày làm việc; dừng "
	    "tính thời hạn chờ bổ sung hồ sơ từ 09:30 thứ Tư 05/03/2025 (chưa bổ "
	    "sung) → thời hạn đang tạm dừng; còn 2 ngày 7 giờ 30 phút làm việc, "
	    "tính tiếp khi công dân bổ sung hồ sơ.", "explanation: waiting for the citizen");
	p[0].to = T("2025-03-10 10:00");
	memset(e, 0, sizeof(e));
	e[0].add.days_tenths = 20;
	e[0].reason = "cần xác minh thực địa";
	is_str(explain(&cal, "2025-03-03 09:00", 50, 0, p, 1, e, 1),
	    "Nhận hồ sơ 09:00 thứ Hai 03/03/2025; thời hạn 5 ngày làm việc; gia "
	    "hạn thêm 2 ngày làm việc (cần xác minh thực địa); dừng tính thời hạn "
	    "chờ bổ sung hồ sơ từ 09:30 thứ Tư 05/03/2025 đến 10:00 thứ Hai "
	    "10/03/2025 → hạn trả kết quả: 09:30 thứ Hai 17/03/2025.",
	    "explanation: a supplement and an extension");
	cal_free(&cal);

	/* the seeded table, as the database will hold it, with the years
	 * sql/013-figures.sql confirms */
	cal_init(&vn);
	cal_confirm_year(&vn, 2025);
	cal_confirm_year(&vn, 2026);
	n = load_seed(&vn, top);
	ok(n >= 40, "sql/005-calendar.sql: %d rows read, each a real date, "
	    "make-up days on weekends, no day twice", n);
	is_str(due(&vn, "2025-04-25 16:10", 50, 0), "2025-05-06 16:10:00",
	    "2025: Saturday 26/4 worked, 30/4 to 2/5 off");
	is_str(explain(&vn, "2025-04-25 16:10", 50, 0, NULL, 0, NULL, 0),
	    "Nhận hồ sơ 16:10 thứ Sáu 25/04/2025; thời hạn 5 ngày làm việc; 30/4, "
	    "1/5 và 2/5 là ngày nghỉ lễ; thứ Bảy 26/4 là ngày làm việc bù (có "
	    "tính) → hạn trả kết quả: 16:10 thứ Ba 06/05/2025.",
	    "explanation: 2025's swap");
	is_str(explain(&vn, "2025-01-24 10:00", 10, 0, NULL, 0, NULL, 0),
	    "Nhận hồ sơ 10:00 thứ Sáu 24/01/2025; thời hạn 1 ngày làm việc; "
	    "27/1–31/1 là ngày nghỉ lễ → hạn trả kết quả: 10:00 thứ Hai "
	    "03/02/2025.", "explanation: Tết 2025 as one range");
	is_str(due(&vn, "2025-01-28 09:00", 0, 0), "2025-02-03 17:30:00",
	    "same day received during Tết: the first day back");
	is_str(due(&vn, "2025-08-29 15:30", 0, 0), "2025-09-03 17:30:00",
	    "same day after the cut-off before Quốc khánh 2025");
	is_str(due(&vn, "2026-02-13 10:00", 10, 0), "2026-02-23 10:00:00",
	    "Tết 2026 (as computed)");
	is_str(due(&vn, "2026-04-24 10:00", 10, 0), "2026-04-28 10:00:00",
	    "Giỗ Tổ 2026 on a Sunday: Monday 27/4 off");
	is_str(due(&vn, "2027-04-29 10:00", 10, 0), "2027-05-04 10:00:00",
	    "30/4 and 1/5/2027 with Monday 3/5 off");
	is_str(due(&vn, "2027-12-31 10:00", 10, 0), "2028-01-03 10:00:00",
	    "beyond the table: weekends only (provisional, test_provisional)");
	buf_reset(&b);
	cal_format_span(&vn, &b, 3 * 3600 + 20 * 60);
	is_str(buf_str(&b), "3 giờ 20 phút", "a span shorter than a day");
	buf_reset(&b);
	cal_format_span(&vn, &b, 0);
	is_str(buf_str(&b), "0 phút", "an empty span");
	/* the same for a page read in English */
	buf_reset(&b);
	cal_format_span_en(&vn, &b, 2 * 8 * 3600 + 3600 + 60);
	is_str(buf_str(&b), "2 working days 1 hour 1 minute", "a span in English");
	buf_reset(&b);
	cal_format_span_en(&vn, &b, 0);
	is_str(buf_str(&b), "0 minutes", "an empty span in English");
	buf_reset(&b);
	cal_format_en(&b, T("2025-12-05 16:30:59"));
	is_str(buf_str(&b), "16:30 Friday 05/12/2025", "a moment in English, to the minute");
	buf_reset(&b);
	cal_format_vi(&b, T("2025-12-05 16:30:59"));
	is_str(buf_str(&b), "16:30 thứ Sáu 05/12/2025", "the same in Vietnamese");
	buf_free(&b);
	cal_free(&vn);
}

/* The holiday table's edge: a count over a year whose holidays are not
 * confirmed is made with what the table holds and says so. */
static void
test_provisional(const char *top)
{
	struct calendar vn;
	struct cal_input in;
	struct cal_result r;
	struct buf b = BUF_INIT;

	cal_init(&vn);
	cal_confirm_year(&vn, 2025);
	cal_confirm_year(&vn, 2026);
	ok(load_seed(&vn, top) > 0, "the seeded table");
	ok(cal_year_confirmed(&vn, 2026) && !cal_year_confirmed(&vn, 2027) &&
	    !cal_year_confirmed(&vn, 2024), "confirmed years: 2025 and 2026");
	ok(cal_year_has_days(&vn, 2027) && !cal_year_has_days(&vn, 2028),
	    "2027 has computed rows, 2028 none");
	cal_confirm_year(&vn, 2026);
	is_int((long)vn.nyears, 2, "a year confirmed twice is there once");

	/* inside a confirmed year: not provisional, no word about it */
	memset(&in, 0, sizeof(in));
	in.received = T("2026-03-02 09:00");
	in.limit.days_tenths = 100;
	is_int(cal_due(&vn, &in, &r, &b), 0, "a due date in 2026");
	is_int(r.provisional, 0, "inside confirmed 2026: not provisional");
	ok(strstr(buf_str(&b), "tạm tính") == NULL, "and the explanation says nothing of it");

	/* into 2028, which the table knows nothing of: weekends only */
	memset(&in, 0, sizeof(in));
	in.received = T("2027-12-24 09:00");
	in.limit.days_tenths = 100;
	buf_reset(&b);
	is_int(cal_due(&vn, &in, &r, &b), 0, "a due date into 2028");
	cal_format_iso(r.due, got, sizeof(got));
	is_str(got, "2028-01-07 09:00:00", "2028 counted with weekends only");
	is_int(r.provisional, 2027, "provisional: 2027 is the first year not confirmed");
	is_str(buf_str(&b), "Nhận hồ sơ 09:00 thứ Sáu 24/12/2027; thời hạn 10 ngày "
	    "làm việc → hạn trả kết quả: 09:00 thứ Sáu "
	    "07/01/2028. Hạn tạm tính: ngày nghỉ lễ năm 2027 (tính theo ngày nghỉ "
	    "dự kiến trong lịch) và năm 2028 (lịch chưa có ngày nghỉ lễ nào, chỉ tính "
	    "thứ Bảy, Chủ nhật) chưa được công bố chính thức.",
	    "the explanation names both years and what each was counted with");

	/* 2027 confirmed: a count into 2028 is still provisional, for 2028 */
	cal_confirm_year(&vn, 2027);
	buf_reset(&b);
	is_int(cal_due(&vn, &in, &r, &b), 0, "again with 2027 confirmed");
	is_int(r.provisional, 2028, "provisional for 2028 alone");
	ok(strstr(buf_str(&b), "Hạn tạm tính: ngày nghỉ lễ năm 2028 (lịch chưa có "
	    "ngày nghỉ lễ nào, chỉ tính thứ Bảy, Chủ nhật) chưa được công bố chính "
	    "thức.") != NULL, "one year named: %s", buf_str(&b));

	/* an unconfirmed year with computed rows: counted with them */
	memset(&in, 0, sizeof(in));
	in.received = T("2028-12-29 09:00");
	in.limit.days_tenths = 10;
	cal_add_day(&vn, D("2029-01-01"), CAL_HOLIDAY, "Tết Dương lịch");
	buf_reset(&b);
	is_int(cal_due(&vn, &in, &r, &b), 0, "into 2029 with a computed row");
	cal_format_iso(r.due, got, sizeof(got));
	is_str(got, "2029-01-02 09:00:00", "the computed 1/1/2029 is counted");
	is_int(r.provisional, 2028, "still provisional");
	ok(strstr(buf_str(&b), "năm 2029 (tính theo ngày nghỉ dự kiến trong lịch)") != NULL,
	    "2029 counted with its computed rows: %s", buf_str(&b));

	/* a period that stays in one confirmed year next to unconfirmed ones */
	memset(&in, 0, sizeof(in));
	in.received = T("2027-06-01 09:00");
	in.limit.days_tenths = 50;
	is_int(cal_due(&vn, &in, &r, NULL), 0, "inside 2027, now confirmed");
	is_int(r.provisional, 0, "not provisional");

	/* the clock stopped: the period so far decides */
	{
		struct cal_pause p = { T("2028-12-29 10:00"), CAL_OPEN };

		memset(&in, 0, sizeof(in));
		in.received = T("2028-12-29 09:00");
		in.limit.days_tenths = 50;
		in.pauses = &p;
		in.npauses = 1;
		is_int(cal_due(&vn, &in, &r, NULL), CAL_PAUSED, "paused in 2028");
		is_int(r.provisional, 2028, "what was counted touched 2028: provisional");
	}

	/* a calendar built in code confirms nothing */
	{
		struct calendar bare;

		cal_init(&bare);
		memset(&in, 0, sizeof(in));
		in.received = T("2025-03-03 09:00");
		in.limit.days_tenths = 10;
		is_int(cal_due(&bare, &in, &r, NULL), 0, "a bare calendar");
		is_int(r.provisional, 2025, "knows no confirmed year: provisional");
		cal_free(&bare);
	}
	buf_free(&b);
	cal_free(&vn);
}

/* Backwards: what has waited N working hours at t. */
static void
test_back(void)
{
	static const char *const at[] = { "2025-05-05 15:30", "2025-05-05 07:00",
		"2025-05-02 12:00", "2025-04-29 11:30", "2025-05-06 13:30:01" };
	struct calendar cal;
	size_t i;

	cal_init(&cal);
	cal_add_day(&cal, D("2025-04-30"), CAL_HOLIDAY, "Ngày Giải phóng miền Nam");
	cal_add_day(&cal, D("2025-05-01"), CAL_HOLIDAY, "Ngày Quốc tế Lao động");
	cal_format_iso(cal_working_back(&cal, T("2025-05-05 08:30"), 8 * 3600), got,
	    sizeof(got));
	is_str(got, "2025-05-02 08:30:00", "8 hours before Monday 08:30: Friday 08:30");
	cal_format_iso(cal_working_back(&cal, T("2025-05-05 12:30"), 4 * 3600), got,
	    sizeof(got));
	is_str(got, "2025-05-05 07:30:00", "4 hours before Monday's lunch: its morning");
	cal_format_iso(cal_working_back(&cal, T("2025-05-02 10:00"), 8 * 3600), got,
	    sizeof(got));
	is_str(got, "2025-04-29 10:00:00", "over 30/4 and 1/5 to Tuesday");
	is_int(cal_working_back(&cal, T("2025-05-05 08:30"), 0), T("2025-05-05 08:30"),
	    "no time: t itself");
	/* the same answer as the engine forwards: a start at the moment
	 * found is due exactly at t, a second later is not yet */
	for (i = 0; i < sizeof(at) / sizeof(at[0]); i++) {
		struct cal_input in;
		struct cal_result r;
		long long t = T(at[i]), s = cal_working_back(&cal, t, 8 * 3600);

		memset(&in, 0, sizeof(in));
		in.received = s;
		in.limit.hours_tenths = 80;
		ok(cal_due(&cal, &in, &r, NULL) == 0 && r.due <= t,
		    "%s: started at the moment found, 8 hours are up", at[i]);
		in.received = s + 1;
		ok(cal_due(&cal, &in, &r, NULL) == 0 && r.due > t,
		    "%s: a second later, not yet", at[i]);
	}
	cal_free(&cal);
}

/* Forwards: when N working hours started at t end (reception's wait). */
static void
test_forward(void)
{
	static const char *const at[] = { "2025-05-05 15:30", "2025-05-05 07:00",
		"2025-05-02 12:00", "2025-04-29 11:30", "2025-05-06 13:30:01",
		"2025-05-03 09:00" };
	struct calendar cal;
	size_t i;

	cal_init(&cal);
	cal_add_day(&cal, D("2025-04-30"), CAL_HOLIDAY, "Ngày Giải phóng miền Nam");
	cal_add_day(&cal, D("2025-05-01"), CAL_HOLIDAY, "Ngày Quốc tế Lao động");
	cal_format_iso(cal_working_forward(&cal, T("2025-05-02 08:30"), 8 * 3600), got,
	    sizeof(got));
	is_str(got, "2025-05-05 08:30:00", "8 hours from Friday 08:30: Monday 08:30");
	cal_format_iso(cal_working_forward(&cal, T("2025-05-05 07:30"), 4 * 3600), got,
	    sizeof(got));
	is_str(got, "2025-05-05 11:30:00", "4 hours from Monday 07:30: its lunch");
	cal_format_iso(cal_working_forward(&cal, T("2025-04-29 10:00"), 8 * 3600), got,
	    sizeof(got));
	is_str(got, "2025-05-02 10:00:00", "over 30/4 and 1/5 to Friday");
	cal_format_iso(cal_working_forward(&cal, T("2025-05-03 22:00"), 3600), got,
	    sizeof(got));
	is_str(got, "2025-05-05 08:30:00", "from a Saturday night: Monday's first hour");
	is_int(cal_working_forward(&cal, T("2025-05-05 08:30"), 0), T("2025-05-05 08:30"),
	    "no time: t itself");
	/* the engine's own answer for a limit of 8 hours, and back again */
	for (i = 0; i < sizeof(at) / sizeof(at[0]); i++) {
		struct cal_input in;
		struct cal_result r;
		long long t = T(at[i]), e = cal_working_forward(&cal, t, 8 * 3600);

		memset(&in, 0, sizeof(in));
		in.received = t;
		in.limit.hours_tenths = 80;
		ok(cal_due(&cal, &in, &r, NULL) == 0 && r.due == e,
		    "%s: the same end as the engine's due date", at[i]);
		ok(cal_working_back(&cal, e, 8 * 3600) >= t,
		    "%s: back from the end, at or after the start", at[i]);
	}
	cal_free(&cal);
}

int
main(void)
{
	const char *top = getenv("top_srcdir");

	test_dates();
	test_hours();
	test_plain();
	test_same_day();
	test_holidays();
	test_pauses();
	test_explain(top ? top : ".");
	test_provisional(top ? top : ".");
	test_back();
	test_forward();
	return done_testing();
}
