/* The deadline engine: working days, working hours, holidays and make-up
 * working days, and the one function that computes every due date and can
 * say in words how it got there (receipts, the tracking page, dvcctl
 * deadline).
 *
 * Time. Everything is Vietnam local time (UTC+07:00, no daylight saving).
 * A moment is a long long count of seconds since 1970-01-01 00:00 local
 * time ("local seconds"), a day is a long count of days since 1970-01-01.
 * The arithmetic is civil-calendar arithmetic on those numbers and never
 * asks the process's time zone (no localtime, no mktime): the portal must
 * give the same date on a server set to UTC. cal_from_utc() turns a
 * time_t into local seconds.
 *
 * Rules (decided here, tested in tests/unit/test_calendar.c):
 * - Working days are Monday to Friday, except the days of calendar_day
 *   with kind 'holiday'; a Saturday or Sunday with kind 'workday' (a
 *   make-up day the government announced) is a working day.
 * - Working hours are the periods Calendar.Morning and Calendar.Afternoon
 *   of every working day (07:30-11:30 and 13:30-17:30 by default). A
 *   working day is the sum of those periods (8 hours by default): a limit
 *   of 0,5 working days is half of it, an hour limit counts 60-minute
 *   working hours.
 * - The clock starts at receipt when that is inside a working period,
 *   else at the start of the next working period (received Friday 17:45:
 *   counts from Monday 07:30; received at 12:00: from 13:30).
 * - A limit counts working time from that start: N working days received
 *   at 09:00 on day D are due at 09:00 on the N-th working day after D;
 *   hour limits run across lunch, nights, weekends and holidays the same
 *   way. A due time that falls exactly at the end of a period stays there
 *   (4 hours from 07:30 is 11:30 that morning, not 13:30).
 * - A limit of zero is a same-day procedure (trong ngày): when the clock
 *   starts before Calendar.SameDayCutoff (15:00) it is due at the end of
 *   that working day; when it starts at or after the cut-off (15:00:00
 *   itself included) at the end of the next working day.
 * - Supplement requests stop the clock (Decree 61/2018 art. 19: the time
 *   for supplementing is not counted). When the citizen supplements, the
 *   clock continues with the time that was left, it does not restart from
 *   zero; it resumes at once if that is inside working hours, else at the
 *   next working period.
 * - Extensions (gia hạn) add working time to the limit, counted the same
 *   way.
 * - The engine knows which years' holidays are confirmed (the official
 *   notice applied to the table: calendar_year, dvcctl holiday confirm).
 *   A due date whose counted period (from the clock's start to the due
 *   date, or to where the clock stopped) touches a year that is not
 *   confirmed is still computed, with what the table holds for that year
 *   (the holidays computed in advance, or weekends only where it holds
 *   nothing), and marked provisional (cal_result.provisional, and a
 *   sentence in the explanation): it never counts silently over days it
 *   has no data for. A calendar built in code confirms no year until
 *   cal_confirm_year() says so.
 */
#ifndef DVC_CALENDAR_H
#define DVC_CALENDAR_H

#include <stddef.h>
#include <time.h>

#include "core/cs.h"

struct buf;
struct config;
struct db;

#define CAL_DAY_SECONDS 86400L
#define CAL_OFFSET_SECONDS (7 * 3600L)	/* Vietnam: UTC+07:00 all year */
#define CAL_OPEN (-1LL)		/* cal_pause.to of a pause still running */
#define CAL_PAUSED 1		/* cal_due: the clock is stopped */
/* Limits above this (in tenths) are refused: far beyond any procedure,
 * and it keeps every loop short. */
#define CAL_LIMIT_TENTHS_MAX 36500L

enum cal_kind { CAL_HOLIDAY, CAL_WORKDAY, CAL_KIND__MAX };

/* A special day: a holiday on a weekday (or on a weekend, harmless), or a
 * Saturday or Sunday that is worked. */
struct cal_day {
	long day;
	enum cal_kind kind;
	char *name;		/* owned by the calendar */
};

#define CAL_PERIODS_MAX 2

struct calendar {
	/* working periods of a day, seconds from midnight, in order */
	long start[CAL_PERIODS_MAX], end[CAL_PERIODS_MAX];
	int nperiods;
	long cutoff;		/* same-day cut-off, seconds from midnight */
	struct cal_day *days;	/* sorted by day, one entry per day */
	size_t ndays, cap;
	int *years;		/* confirmed years, sorted, each once */
	size_t nyears, ycap;
};

/* A time limit as the catalogue gives it: tenths of a working day
 * (proc_channel.time_tenths with time_unit 'working_days') plus tenths
 * of a working hour ('working_hours'). Both zero: a same-day procedure. */
struct cal_span {
	long days_tenths;
	long hours_tenths;
};

/* The clock stopped from `from` to `to` (local seconds; to = CAL_OPEN
 * while the agency still waits for the citizen). */
struct cal_pause {
	long long from, to;
};

struct cal_extension {
	struct cal_span add;
	const char *reason;	/* shown in the explanation; may be NULL */
};

/* Everything one due date depends on. Pauses sorted by `from`, not
 * overlapping; only the last may be open. */
struct cal_input {
	long long received;
	struct cal_span limit;
	const struct cal_pause *pauses;
	size_t npauses;
	const struct cal_extension *ext;
	size_t next;
};

struct cal_result {
	long long start;	/* when the clock started */
	long long due;		/* 0 while the clock is stopped */
	long long budget;	/* working seconds granted in all (limit and
				 * extensions; same day: to the end of the day) */
	long long left;		/* working seconds left when it stopped */
	int paused;
	/* the counted period touches a year whose holidays are not
	 * confirmed: the first such year (0: none) */
	int provisional;
};

/* --- dates and times (pure) --- */

/* Day number of a civil date (proleptic Gregorian); no range check. */
long cal_date(int y, int m, int d);
/* 1 if y-m-d is a real date between years 1900 and 9999. */
int cal_date_valid(int y, int m, int d);
void cal_civil(long day, int *y, int *m, int *d);
/* 0 = Sunday, 1 = Monday ... 6 = Saturday. */
int cal_weekday(long day);
long long cal_time(int y, int mo, int d, int h, int mi, int s);
long long cal_from_utc(time_t t);
/* Now, in Vietnam local seconds. */
long long cal_now(void);
time_t cal_to_utc(long long t);
/* Day number of a moment (floor division: works before 1970 too). */
long cal_day_of(long long t);
/* "YYYY-MM-DD" or "DD/MM/YYYY" into a day number: 0 or -1. */
int cal_parse_date(const char *s, long *day);
/* "YYYY-MM-DD HH:MM[:SS]" (or with T), or "DD/MM/YYYY HH:MM[:SS]": 0 or -1. */
int cal_parse_time(const char *s, long long *t);
/* "YYYY-MM-DD HH:MM:SS" into out (20 bytes). */
void cal_format_iso(long long t, char *out, size_t len);
/* "16:10 thứ Sáu 25/04/2025" appended to b. */
void cal_format_vi(struct buf *b, long long t);
/* The same in English (the citizens' pages read in English): "16:30
 * Friday 05/12/2025". */
void cal_format_en(struct buf *b, long long t);
/* "2 ngày 3 giờ 20 phút" of working time, by the calendar's day length. */
void cal_format_span(const struct calendar *cal, struct buf *b, long long seconds);
/* The same in English: "2 working days 3 hours". */
void cal_format_span_en(const struct calendar *cal, struct buf *b, long long seconds);
/* "thứ Hai" ... "Chủ nhật". */
const char *cal_weekday_name(int wd);

/* --- the calendar (pure: no I/O) --- */

/* Kon Tum's hours (07:30-11:30, 13:30-17:30, cut-off 15:00), no special
 * days. Free with cal_free. */
void cal_init(struct calendar *cal);
/* Periods "HH:MM-HH:MM" (afternoon may be "" for one period a day) and
 * the cut-off "HH:MM". Returns -1 if one is malformed or out of order
 * (the calendar is then unchanged). */
int cal_set_hours(struct calendar *cal, const char *morning,
    const char *afternoon, const char *cutoff);
/* cal_init with Calendar.Morning, .Afternoon, .SameDayCutoff. */
int cal_from_config(struct calendar *cal, const struct config *cfg);
/* Adds a special day, replacing one already there; name is copied. */
void cal_add_day(struct calendar *cal, long day, enum cal_kind kind,
    const char *name);
void cal_free(struct calendar *cal);
/* Notes that year's holidays are confirmed (calendar_year). */
void cal_confirm_year(struct calendar *cal, int year);
/* 1 if year's holidays are confirmed. */
int cal_year_confirmed(const struct calendar *cal, int year);
/* 1 if the table holds at least one special day in year. */
int cal_year_has_days(const struct calendar *cal, int year);
/* The special-day entry for day, or NULL. */
const struct cal_day *cal_special(const struct calendar *cal, long day);
int cal_is_working_day(const struct calendar *cal, long day);
/* Working seconds of one full working day. */
long cal_day_length(const struct calendar *cal);
/* A span in working seconds (-1 when negative or above the maximum). */
long long cal_span_seconds(const struct calendar *cal, const struct cal_span *s);

/* The due date. Fills *out; appends the explanation in Vietnamese plain
 * text (templates escape it) to explain unless NULL. Returns 0, CAL_PAUSED
 * when an open pause stopped the clock before the time ran out (out->due
 * is 0 and out->left says what remains), or -1 for input it refuses: a
 * negative or huge limit, pauses out of order, or no working day in
 * sight. */
int cal_due(const struct calendar *cal, const struct cal_input *in,
    struct cal_result *out, struct buf *explain);
/* The latest moment s with at least seconds of working time between s
 * and t: what a query compares a start time with to find everything that
 * has waited that long at t (s <= the moment: waited; the same answer as
 * t >= cal_due of s with that limit in hours). t itself for 0; -1 with
 * no working time in sight. */
long long cal_working_back(const struct calendar *cal, long long t,
    long long seconds);
/* The earliest moment e with seconds of working time between t and e:
 * the end of a limit in working hours started at t (reception's wait,
 * Reception.MaxWaitHours). t itself for 0; -1 with no working time in
 * sight. */
long long cal_working_forward(const struct calendar *cal, long long t,
    long long seconds);
/* Working minutes from a to b (negative when b is before a), e.g. the time
 * left until a due date, or how late a result was. Whole minutes, towards
 * zero. */
long cal_working_minutes_between(const struct calendar *cal, long long a,
    long long b);

/* --- the table calendar_day (sql/005-calendar.sql) --- */

const char *cal_kind_name(enum cal_kind k);	/* "holiday", "workday" */
int cal_kind_from_name(const char *s);		/* or -1 */

/* Adds every row of calendar_day to cal, and the confirmed years of
 * calendar_year. Returns the row count or a db_rc. */
int calendar_load(struct db *db, struct calendar *cal);
/* The calendar a request computes with: hours from the configuration
 * (the defaults if it holds none), every special day from the table.
 * 0, or a db_rc (cal is then freed). */
int calendar_ready(struct db *db, const struct config *cfg, struct calendar *cal);
/* The calendar for showing time left (queues, dossier pages): the same as
 * calendar_ready's, kept by this process and read again from the table
 * once it is Calendar.CacheSeconds old (default 60; 0: every call). A
 * change of calendar_day shows in these displays within that time. Due
 * dates that are stored (domain/workflow.c) never use it: they are
 * computed with calendar_ready inside their transaction. *out stays
 * valid until the next call. 0, or a db_rc. */
int calendar_view(struct db *db, const struct config *cfg,
    const struct calendar **out);
/* The time left until t (local seconds) at now, as working time the
 * engine counts, into row: left_text ("2 ngày 3 giờ", without sign) and
 * late = 1 once t has passed (by the clock, even if no working time has
 * passed since: a weekend). Every page's one way to say it. */
void cal_time_left(const struct calendar *cal, long long now, long long t,
    HDF *row);
/* A DATETIME column read back from a row in h as local seconds, or 0. */
long long cal_hdf_time(HDF *h, const char *name);
/* Rows of one year (0: all) into prefix.N.{day,kind,name,weekday}, day as
 * YYYY-MM-DD. Returns the count or a db_rc. */
int calendar_list(struct db *db, HDF *hdf, const char *prefix, int year);
/* Inserts or replaces the row of day. Returns 0 or a db_rc. */
int calendar_put(struct db *db, long day, enum cal_kind kind, const char *name);
/* Returns 1 if a row was removed, 0 if there was none, or a db_rc. */
int calendar_remove(struct db *db, long day);
/* --- the table's history: confirmed years, changes (sql/013-figures.sql) --- */

enum cal_change { CC_ADD, CC_REMOVE, CC_CONFIRM, CC__MAX };

/* Records a change of the table at moment at (local seconds) in
 * calendar_change, in the caller's transaction: a day added or replaced,
 * a day removed, a year confirmed (day: its 1 January). by: the account
 * (0: an operator at dvcctl, whose name is in the audit record). 0 or a
 * db_rc. */
int calendar_change_put(struct db *db, long day, enum cal_change kind,
    long long at, long long by);
/* What the table says of year: *rows (days of calendar_day in it), and
 * *confirmed (1 if calendar_year has it; its date "DD/MM/YYYY" into
 * when, may be NULL). 0 or a db_rc. */
int calendar_year_state(struct db *db, int year, long long *rows,
    int *confirmed, char *when, size_t whenlen);
/* Confirms year (its notice applied to the table) at moment at: the
 * calendar_year row (made, or its date, by and note renewed) and its
 * days marked confirmed, in the caller's transaction. note may be NULL.
 * 0 or a db_rc. */
int calendar_confirm(struct db *db, int year, long long at, long long by,
    const char *note);
/* Dossiers whose clock runs with day inside their counted period (from
 * the day they were received to their due day): the promises a change
 * of day concerns. Into *n. 0 or a db_rc. */
int calendar_affected(struct db *db, long day, long long *n);
/* The first limit of those dossiers, soonest due first, for the preview
 * of a change: prefix.N.{code, agency_name, proc_code, received
 * (DD/MM/YYYY), due (HH:MM DD/MM/YYYY)}. The count or a db_rc. */
int calendar_affected_list(struct db *db, long day, HDF *hdf,
    const char *prefix, long limit);

/* The time limit of a procedure (by national code) on one channel
 * ('online', 'in_person', 'post') into *out and its name into
 * hdf prefix.name. Returns 1, 0 (no such procedure or channel) or a
 * db_rc. */
int calendar_proc_limit(struct db *db, const char *code, const char *channel,
    struct cal_span *out, HDF *hdf, const char *prefix);

#endif
