/* The deadline engine; the rules are in calendar.h. The first part is pure
 * arithmetic on local seconds and day numbers; the table calendar_day is
 * read and written only by the functions at the end. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/clock.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/log.h"
#include "core/util.h"
#include "domain/calendar.h"

#define DAY CAL_DAY_SECONDS
/* How far to look for the next working day: a calendar with no working
 * day for 11 years is a broken table, not a long holiday. */
#define HORIZON_DAYS 4000
/* cal_working_minutes_between clamps to years 1900-9999 so a stray value
 * cannot make it walk for ever. */
#define T_MIN (cal_date(1900, 1, 1) * (long long)DAY)
#define T_MAX (cal_date(10000, 1, 1) * (long long)DAY)

/* --- dates and times --- */

/* Howard Hinnant's days_from_civil: exact for every Gregorian date,
 * without the C library's time zone. */
long
cal_date(int y, int m, int d)
{
	long yy = (long)y - (m <= 2);
	long era = (yy >= 0 ? yy : yy - 399) / 400;
	long yoe = yy - era * 400;
	long doy = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

void
cal_civil(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

int
cal_date_valid(int y, int m, int d)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1)
		return 0;
	return d <= mdays[m - 1] + (m == 2 && leap);
}

int
cal_weekday(long day)
{
	return (int)((day % 7 + 11) % 7);	/* 1970-01-01 was a Thursday */
}

long long
cal_time(int y, int mo, int d, int h, int mi, int s)
{
	return (long long)cal_date(y, mo, d) * DAY + h * 3600L + mi * 60L + s;
}

long long
cal_from_utc(time_t t)
{
	return (long long)t + CAL_OFFSET_SECONDS;
}

time_t
cal_to_utc(long long t)
{
	return (time_t)(t - CAL_OFFSET_SECONDS);
}

long
cal_day_of(long long t)
{
	return (long)(t >= 0 ? t / DAY : -((-t + DAY - 1) / DAY));
}

/* Reads between 1 and max digits; returns the position after them or
 * NULL. */
static const char *
digits(const char *p, int min, int max, int *out)
{
	int n = 0, v = 0;

	while (n < max && p[n] >= '0' && p[n] <= '9')
		v = v * 10 + (p[n++] - '0');
	if (n < min)
		return NULL;
	*out = v;
	return p + n;
}

static const char *
parse_date(const char *p, long *day)
{
	int y, m, d;

	if ((p = digits(p, 1, 4, &y)) == NULL)
		return NULL;
	if (*p == '-') {
		if ((p = digits(p + 1, 2, 2, &m)) == NULL || *p != '-' ||
		    (p = digits(p + 1, 2, 2, &d)) == NULL)
			return NULL;
	} else if (*p == '/') {
		d = y;
		if ((p = digits(p + 1, 1, 2, &m)) == NULL || *p != '/' ||
		    (p = digits(p + 1, 4, 4, &y)) == NULL)
			return NULL;
	} else
		return NULL;
	if (!cal_date_valid(y, m, d))
		return NULL;
	*day = cal_date(y, m, d);
	return p;
}

int
cal_parse_date(const char *s, long *day)
{
	const char *p = parse_date(s, day);

	return p && *p == '\0' ? 0 : -1;
}

/* "HH:MM" into seconds from midnight (24:00 allowed as an end); returns
 * the position after it or NULL. */
static const char *
parse_clock(const char *p, long *sec)
{
	int h, m;

	if ((p = digits(p, 1, 2, &h)) == NULL || *p != ':' ||
	    (p = digits(p + 1, 2, 2, &m)) == NULL || m > 59 || h > 24 ||
	    (h == 24 && m != 0))
		return NULL;
	*sec = h * 3600L + m * 60L;
	return p;
}

int
cal_parse_time(const char *s, long long *t)
{
	const char *p;
	long day, sec;
	int ss = 0;

	if ((p = parse_date(s, &day)) == NULL || (*p != ' ' && *p != 'T'))
		return -1;
	if ((p = parse_clock(p + 1, &sec)) == NULL || sec >= DAY)
		return -1;
	if (*p == ':' && ((p = digits(p + 1, 2, 2, &ss)) == NULL || ss > 59))
		return -1;
	if (*p != '\0')
		return -1;
	*t = (long long)day * DAY + sec + ss;
	return 0;
}

void
cal_format_iso(long long t, char *out, size_t len)
{
	long day = cal_day_of(t), sod = (long)(t - (long long)day * DAY);
	int y, m, d;

	cal_civil(day, &y, &m, &d);
	snprintf(out, len, "%04d-%02d-%02d %02ld:%02ld:%02ld", y, m, d,
	    sod / 3600, sod / 60 % 60, sod % 60);
}

const char *
cal_weekday_name(int wd)
{
	static const char *const n[7] = { "Chủ nhật", "thứ Hai", "thứ Ba",
	    "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy" };

	return wd >= 0 && wd < 7 ? n[wd] : "";
}

/* Hours and minutes: people read times to the minute (a due date keeps
 * the seconds of the reception it was counted from, which nobody needs
 * to see; "14:59, before 15:00" reads right without them). */
static void
clock_vi(struct buf *b, long sod)
{
	buf_printf(b, "%02ld:%02ld", sod / 3600, sod / 60 % 60);
}

void
cal_format_vi(struct buf *b, long long t)
{
	long day = cal_day_of(t);
	int y, m, d;

	cal_civil(day, &y, &m, &d);
	clock_vi(b, (long)(t - (long long)day * DAY));
	buf_printf(b, " %s %02d/%02d/%04d", cal_weekday_name(cal_weekday(day)),
	    d, m, y);
}

/* The same in English, for the citizens' pages read in English:
 * "16:30 Friday 05/12/2025". */
void
cal_format_en(struct buf *b, long long t)
{
	static const char *const n[7] = { "Sunday", "Monday", "Tuesday",
	    "Wednesday", "Thursday", "Friday", "Saturday" };
	long day = cal_day_of(t);
	int y, m, d, wd = cal_weekday(day);

	cal_civil(day, &y, &m, &d);
	clock_vi(b, (long)(t - (long long)day * DAY));
	buf_printf(b, " %s %02d/%02d/%04d", wd >= 0 && wd < 7 ? n[wd] : "", d, m, y);
}

/* --- the calendar --- */

void
cal_init(struct calendar *cal)
{
	memset(cal, 0, sizeof(*cal));
	cal->nperiods = 2;
	cal->start[0] = 7 * 3600L + 30 * 60;
	cal->end[0] = 11 * 3600L + 30 * 60;
	cal->start[1] = 13 * 3600L + 30 * 60;
	cal->end[1] = 17 * 3600L + 30 * 60;
	cal->cutoff = 15 * 3600L;
}

static int
parse_period(const char *s, long *start, long *end)
{
	const char *p;

	if ((p = parse_clock(s, start)) == NULL || *p != '-' ||
	    (p = parse_clock(p + 1, end)) == NULL || *p != '\0' ||
	    *end <= *start)
		return -1;
	return 0;
}

int
cal_set_hours(struct calendar *cal, const char *morning, const char *afternoon,
    const char *cutoff)
{
	long s[CAL_PERIODS_MAX], e[CAL_PERIODS_MAX], c;
	const char *p;
	int n = 1;

	if (parse_period(morning, &s[0], &e[0]) < 0)
		return -1;
	if (afternoon && *afternoon) {
		if (parse_period(afternoon, &s[1], &e[1]) < 0 || s[1] < e[0])
			return -1;
		n = 2;
	}
	if ((p = parse_clock(cutoff, &c)) == NULL || *p != '\0' ||
	    c <= s[0] || c > e[n - 1])
		return -1;
	memcpy(cal->start, s, sizeof(s));
	memcpy(cal->end, e, sizeof(e));
	cal->nperiods = n;
	cal->cutoff = c;
	return 0;
}

int
cal_from_config(struct calendar *cal, const struct config *cfg)
{
	cal_init(cal);
	return cal_set_hours(cal, cfg_str(cfg, "Calendar.Morning"),
	    cfg_str(cfg, "Calendar.Afternoon"), cfg_str(cfg, "Calendar.SameDayCutoff"));
}

/* Index of the first entry with day >= day. */
static size_t
lower_bound(const struct calendar *cal, long day)
{
	size_t lo = 0, hi = cal->ndays;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (cal->days[mid].day < day)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void
cal_add_day(struct calendar *cal, long day, enum cal_kind kind, const char *name)
{
	size_t i = lower_bound(cal, day);

	if (i < cal->ndays && cal->days[i].day == day) {
		free(cal->days[i].name);
	} else {
		if (cal->ndays == cal->cap) {
			cal->cap = cal->cap ? cal->cap * 2 : 64;
			cal->days = xrealloc(cal->days, cal->cap * sizeof(*cal->days));
		}
		memmove(&cal->days[i + 1], &cal->days[i],
		    (cal->ndays - i) * sizeof(*cal->days));
		cal->ndays++;
	}
	cal->days[i].day = day;
	cal->days[i].kind = kind;
	cal->days[i].name = xstrdup(name ? name : "");
}

void
cal_free(struct calendar *cal)
{
	size_t i;

	for (i = 0; i < cal->ndays; i++)
		free(cal->days[i].name);
	free(cal->days);
	cal->days = NULL;
	cal->ndays = cal->cap = 0;
	free(cal->years);
	cal->years = NULL;
	cal->nyears = cal->ycap = 0;
}

/* Index of the first confirmed year >= year. */
static size_t
year_bound(const struct calendar *cal, int year)
{
	size_t lo = 0, hi = cal->nyears;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (cal->years[mid] < year)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void
cal_confirm_year(struct calendar *cal, int year)
{
	size_t i = year_bound(cal, year);

	if (i < cal->nyears && cal->years[i] == year)
		return;
	if (cal->nyears == cal->ycap) {
		cal->ycap = cal->ycap ? cal->ycap * 2 : 16;
		cal->years = xrealloc(cal->years, cal->ycap * sizeof(*cal->years));
	}
	memmove(&cal->years[i + 1], &cal->years[i],
	    (cal->nyears - i) * sizeof(*cal->years));
	cal->years[i] = year;
	cal->nyears++;
}

int
cal_year_confirmed(const struct calendar *cal, int year)
{
	size_t i = year_bound(cal, year);

	return i < cal->nyears && cal->years[i] == year;
}

int
cal_year_has_days(const struct calendar *cal, int year)
{
	size_t i = lower_bound(cal, cal_date(year, 1, 1));

	return i < cal->ndays && cal->days[i].day < cal_date(year + 1, 1, 1);
}

const struct cal_day *
cal_special(const struct calendar *cal, long day)
{
	size_t i = lower_bound(cal, day);

	return i < cal->ndays && cal->days[i].day == day ? &cal->days[i] : NULL;
}

int
cal_is_working_day(const struct calendar *cal, long day)
{
	const struct cal_day *s = cal_special(cal, day);
	int wd;

	if (s)
		return s->kind == CAL_WORKDAY;
	wd = cal_weekday(day);
	return wd != 0 && wd != 6;
}

long
cal_day_length(const struct calendar *cal)
{
	long n = 0;
	int k;

	for (k = 0; k < cal->nperiods; k++)
		n += cal->end[k] - cal->start[k];
	return n;
}

long long
cal_span_seconds(const struct calendar *cal, const struct cal_span *s)
{
	if (s->days_tenths < 0 || s->hours_tenths < 0 ||
	    s->days_tenths > CAL_LIMIT_TENTHS_MAX ||
	    s->hours_tenths > CAL_LIMIT_TENTHS_MAX)
		return -1;
	return (long long)s->days_tenths * cal_day_length(cal) / 10 +
	    (long long)s->hours_tenths * 360;
}

/* The first moment at or after t inside a working period, or -1. */
static long long
next_working(const struct calendar *cal, long long t)
{
	long day = cal_day_of(t), sod = (long)(t - (long long)day * DAY);
	int n, k;

	for (n = 0; n < HORIZON_DAYS; n++, day++, sod = 0) {
		if (!cal_is_working_day(cal, day))
			continue;
		for (k = 0; k < cal->nperiods; k++)
			if (sod < cal->end[k])
				return (long long)day * DAY +
				    (sod > cal->start[k] ? sod : cal->start[k]);
	}
	return -1;
}

static long
next_working_day(const struct calendar *cal, long day)
{
	int n;

	for (n = 0; n < HORIZON_DAYS; n++)
		if (cal_is_working_day(cal, ++day))
			return day;
	return -1;
}

/* Working seconds in [a, b), a <= b. */
static long long
working_seconds(const struct calendar *cal, long long a, long long b)
{
	long day, last = cal_day_of(b);
	long long sum = 0;
	int k;

	for (day = cal_day_of(a); day <= last; day++) {
		long long ds = (long long)day * DAY;

		if (!cal_is_working_day(cal, day))
			continue;
		for (k = 0; k < cal->nperiods; k++) {
			long long s = ds + cal->start[k], e = ds + cal->end[k];

			if (s < a)
				s = a;
			if (e > b)
				e = b;
			if (e > s)
				sum += e - s;
		}
	}
	return sum;
}

long long
cal_working_back(const struct calendar *cal, long long t, long long seconds)
{
	long day = cal_day_of(t);
	long long left = seconds;
	int n, k;

	if (seconds <= 0)
		return t;
	for (n = 0; n < HORIZON_DAYS; n++, day--) {
		long long ds = (long long)day * DAY;

		if (!cal_is_working_day(cal, day))
			continue;
		for (k = cal->nperiods - 1; k >= 0; k--) {
			long long s = ds + cal->start[k], e = ds + cal->end[k];

			if (e > t)
				e = t;
			if (e <= s)
				continue;
			if (e - s >= left)
				return e - left;
			left -= e - s;
		}
	}
	return -1;
}

long long
cal_working_forward(const struct calendar *cal, long long t, long long seconds)
{
	long day = cal_day_of(t);
	long long left = seconds;
	int n, k;

	if (seconds <= 0)
		return t;
	for (n = 0; n < HORIZON_DAYS; n++, day++) {
		long long ds = (long long)day * DAY;

		if (!cal_is_working_day(cal, day))
			continue;
		for (k = 0; k < cal->nperiods; k++) {
			long long s = ds + cal->start[k], e = ds + cal->end[k];

			if (s < t)
				s = t;
			if (e <= s)
				continue;
			if (e - s >= left)
				return s + left;
			left -= e - s;
		}
	}
	return -1;
}

long
cal_working_minutes_between(const struct calendar *cal, long long a, long long b)
{
	int neg = b < a;
	long long x = neg ? b : a, y = neg ? a : b;

	if (x < T_MIN)
		x = T_MIN;
	if (y > T_MAX)
		y = T_MAX;
	if (y <= x)
		return 0;
	return (long)(working_seconds(cal, x, y) / 60) * (neg ? -1 : 1);
}

void
cal_format_span(const struct calendar *cal, struct buf *b, long long s)
{
	long long len = cal_day_length(cal), days = s / len, rest = s % len;
	long long h = rest / 3600, m = rest % 3600 / 60;
	const char *sep = "";

	if (days) {
		buf_printf(b, "%lld ngày", days);
		sep = " ";
	}
	if (h) {
		buf_printf(b, "%s%lld giờ", sep, h);
		sep = " ";
	}
	if (m || *sep == '\0')
		buf_printf(b, "%s%lld phút", sep, m);
}

void
cal_format_span_en(const struct calendar *cal, struct buf *b, long long s)
{
	long long len = cal_day_length(cal), days = s / len, rest = s % len;
	long long h = rest / 3600, m = rest % 3600 / 60;
	const char *sep = "";

	if (days) {
		buf_printf(b, "%lld working day%s", days, days == 1 ? "" : "s");
		sep = " ";
	}
	if (h) {
		buf_printf(b, "%s%lld hour%s", sep, h, h == 1 ? "" : "s");
		sep = " ";
	}
	if (m || *sep == '\0')
		buf_printf(b, "%s%lld minute%s", sep, m, m == 1 ? "" : "s");
}

/* "5", "0,5" */
static void
tenths_vi(struct buf *b, long v)
{
	if (v % 10)
		buf_printf(b, "%ld,%ld", v / 10, v % 10);
	else
		buf_printf(b, "%ld", v / 10);
}

static void
span_vi(struct buf *b, const struct cal_span *s)
{
	if (s->days_tenths) {
		tenths_vi(b, s->days_tenths);
		buf_adds(b, " ngày");
	}
	if (s->hours_tenths) {
		if (s->days_tenths)
			buf_addc(b, ' ');
		tenths_vi(b, s->hours_tenths);
		buf_adds(b, " giờ");
	}
	buf_adds(b, " làm việc");
}

/* "30/4" or, in another year than the receipt, "2/1/2026" */
static void
short_date(struct buf *b, long day, int year)
{
	int y, m, d;

	cal_civil(day, &y, &m, &d);
	if (y == year)
		buf_printf(b, "%d/%d", d, m);
	else
		buf_printf(b, "%d/%d/%d", d, m, y);
}

/* "a", "a và b", "a, b và c": items are ranges of days, written by
 * short_date; first[i]..last[i]. */
static void
day_list(struct buf *b, const long *first, const long *last, size_t n, int year,
    int with_weekday)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i)
			buf_adds(b, i == n - 1 ? " và " : ", ");
		if (with_weekday)
			buf_printf(b, "%s ", cal_weekday_name(cal_weekday(first[i])));
		short_date(b, first[i], year);
		if (last[i] != first[i]) {
			buf_adds(b, "–");
			short_date(b, last[i], year);
		}
	}
}

/* The special days that changed the count between two days: holidays on
 * weekdays (runs with one name, broken only by days off, become one
 * range: "27/1–31/1"), then the make-up working days on weekends. */
static void
explain_days(const struct calendar *cal, struct buf *b, long from, long to,
    int year)
{
	size_t i = lower_bound(cal, from), nh = 0, nw = 0, cap;
	long *hf, *hl, *wf, *wl;
	const char *runname = NULL;

	cap = cal->ndays - i + 1;
	hf = xcalloc(cap, sizeof(long));
	hl = xcalloc(cap, sizeof(long));
	wf = xcalloc(cap, sizeof(long));
	wl = xcalloc(cap, sizeof(long));
	for (; i < cal->ndays && cal->days[i].day <= to; i++) {
		const struct cal_day *s = &cal->days[i];
		int wd = cal_weekday(s->day);

		if (s->kind == CAL_HOLIDAY && wd != 0 && wd != 6) {
			long d;
			int joined = nh > 0 && runname && strcmp(runname, s->name) == 0;

			for (d = joined ? hl[nh - 1] + 1 : s->day; joined && d < s->day; d++)
				if (cal_is_working_day(cal, d))
					joined = 0;
			if (joined)
				hl[nh - 1] = s->day;
			else {
				hf[nh] = hl[nh] = s->day;
				nh++;
			}
			runname = s->name;
		} else if (s->kind == CAL_WORKDAY && (wd == 0 || wd == 6)) {
			wf[nw] = wl[nw] = s->day;
			nw++;
		}
	}
	if (nh) {
		buf_adds(b, "; ");
		day_list(b, hf, hl, nh, year, 0);
		buf_adds(b, " là ngày nghỉ lễ");
	}
	if (nw) {
		buf_adds(b, "; ");
		day_list(b, wf, wl, nw, year, 1);
		buf_adds(b, " là ngày làm việc bù (có tính)");
	}
	free(hf);
	free(hl);
	free(wf);
	free(wl);
}

/* The years between the clock's start and until whose holidays are not
 * confirmed, and what the count used for each: " Hạn tạm tính: ngày
 * nghỉ lễ năm 2027 (tính theo ngày nghỉ dự kiến trong lịch) và năm 2028
 * (chỉ tính thứ Bảy, Chủ nhật) chưa được công bố chính thức." */
static void
explain_provisional(const struct calendar *cal, struct buf *b, long long start,
    long long until)
{
	int y0, y1, y, m, d, n = 0, last = 0;

	cal_civil(cal_day_of(start), &y0, &m, &d);
	cal_civil(cal_day_of(until), &y1, &m, &d);
	for (y = y0; y <= y1; y++)
		if (!cal_year_confirmed(cal, y))
			last = y;
	for (y = y0; y <= y1; y++) {
		if (cal_year_confirmed(cal, y))
			continue;
		buf_adds(b, n == 0 ? " Hạn tạm tính: ngày nghỉ lễ năm " :
		    y == last ? " và năm " : ", năm ");
		buf_printf(b, "%d (%s)", y, cal_year_has_days(cal, y) ?
		    "tính theo ngày nghỉ dự kiến trong lịch" :
		    "lịch chưa có ngày nghỉ lễ nào, chỉ tính thứ Bảy, Chủ nhật");
		n++;
	}
	if (n)
		buf_adds(b, " chưa được công bố chính thức.");
}

static void
explain(const struct calendar *cal, const struct cal_input *in,
    const struct cal_result *r, int late, long long until, struct buf *b)
{
	long rday = cal_day_of(in->received);
	int y, m, d;
	size_t i;

	cal_civil(rday, &y, &m, &d);
	buf_adds(b, "Nhận hồ sơ ");
	cal_format_vi(b, in->received);
	if (r->start != in->received) {
		const struct cal_day *s = cal_special(cal, rday);

		if (s && s->kind == CAL_HOLIDAY && *s->name)
			buf_printf(b, " (ngày nghỉ: %s)", s->name);
		else if (!cal_is_working_day(cal, rday))
			buf_adds(b, " (ngày nghỉ)");
		else
			buf_adds(b, " (ngoài giờ làm việc)");
		buf_adds(b, " → tính từ ");
		cal_format_vi(b, r->start);
	}
	if (in->limit.days_tenths == 0 && in->limit.hours_tenths == 0) {
		buf_adds(b, "; thời hạn trong ngày, nhận ");
		buf_adds(b, late ? "từ " : "trước ");
		clock_vi(b, cal->cutoff);
		buf_adds(b, late ? " trở đi nên trả trong ngày làm việc tiếp theo" :
		    " nên trả trong ngày");
	} else {
		buf_adds(b, "; thời hạn ");
		span_vi(b, &in->limit);
	}
	for (i = 0; i < in->next; i++) {
		buf_adds(b, "; gia hạn thêm ");
		span_vi(b, &in->ext[i].add);
		if (in->ext[i].reason && *in->ext[i].reason)
			buf_printf(b, " (%s)", in->ext[i].reason);
	}
	for (i = 0; i < in->npauses; i++) {
		const struct cal_pause *p = &in->pauses[i];

		if (p->from >= until && !(r->paused && p->to == CAL_OPEN))
			continue;	/* after the time ran out: no effect */
		buf_adds(b, "; dừng tính thời hạn chờ bổ sung hồ sơ từ ");
		cal_format_vi(b, p->from);
		if (p->to == CAL_OPEN)
			buf_adds(b, " (chưa bổ sung)");
		else {
			buf_adds(b, " đến ");
			cal_format_vi(b, p->to);
		}
	}
	explain_days(cal, b, rday, cal_day_of(until), y);
	if (r->paused) {
		buf_adds(b, " → thời hạn đang tạm dừng; còn ");
		cal_format_span(cal, b, r->left);
		buf_adds(b, " làm việc, tính tiếp khi công dân bổ sung hồ sơ.");
	} else {
		buf_adds(b, " → hạn trả kết quả: ");
		cal_format_vi(b, r->due);
		buf_addc(b, '.');
	}
	if (r->provisional)
		explain_provisional(cal, b, r->start, until);
}

int
cal_due(const struct calendar *cal, const struct cal_input *in,
    struct cal_result *out, struct buf *explain_to)
{
	const struct cal_pause *p = in->pauses;
	long long budget, ext = 0, t, left, until;
	size_t i, pi = 0;
	int late = 0;

	memset(out, 0, sizeof(*out));
	if (cal->nperiods < 1 || in->received < T_MIN || in->received > T_MAX ||
	    (budget = cal_span_seconds(cal, &in->limit)) < 0)
		return -1;
	for (i = 0; i < in->next; i++) {
		long long s = cal_span_seconds(cal, &in->ext[i].add);

		if (s < 0)
			return -1;
		ext += s;
	}
	for (i = 0; i < in->npauses; i++) {
		if (p[i].to != CAL_OPEN && p[i].to < p[i].from)
			return -1;
		if (i > 0 && (p[i - 1].to == CAL_OPEN || p[i].from < p[i - 1].to))
			return -1;
	}
	if ((out->start = next_working(cal, in->received)) < 0)
		return -1;
	if (budget == 0) {
		/* same day: the time until the end of that working day, or of
		 * the next one after the cut-off */
		long day = cal_day_of(out->start);

		late = out->start - (long long)day * DAY >= cal->cutoff;
		if (late && (day = next_working_day(cal, day)) < 0)
			return -1;
		budget = working_seconds(cal, out->start,
		    (long long)day * DAY + cal->end[cal->nperiods - 1]);
	}
	out->budget = budget += ext;

	for (t = out->start, left = budget;;) {
		long day, sod;
		long long seg_end;
		int k;

		if ((t = next_working(cal, t)) < 0)
			return -1;
		while (pi < in->npauses && p[pi].to != CAL_OPEN && p[pi].to <= t)
			pi++;
		if (pi < in->npauses && p[pi].from <= t) {
			if (p[pi].to == CAL_OPEN) {
				out->paused = 1;
				out->left = left;
				break;
			}
			t = p[pi].to;
			continue;
		}
		day = cal_day_of(t);
		sod = (long)(t - (long long)day * DAY);
		for (k = 0; k < cal->nperiods - 1 && sod >= cal->end[k]; k++)
			;
		seg_end = (long long)day * DAY + cal->end[k];
		if (pi < in->npauses && p[pi].from < seg_end)
			seg_end = p[pi].from;
		if (left <= seg_end - t) {
			out->due = t + left;
			break;
		}
		left -= seg_end - t;
		t = seg_end;
	}
	until = out->paused ? t : out->due;
	{
		/* every year the count went through: confirmed or not */
		int y, y1, m, d;

		cal_civil(cal_day_of(out->start), &y, &m, &d);
		cal_civil(cal_day_of(until), &y1, &m, &d);
		for (; y <= y1 && !out->provisional; y++)
			if (!cal_year_confirmed(cal, y))
				out->provisional = y;
	}
	if (explain_to)
		explain(cal, in, out, late, until, explain_to);
	return out->paused ? CAL_PAUSED : 0;
}

/* --- the table calendar_day --- */

const char *
cal_kind_name(enum cal_kind k)
{
	static const char *const n[CAL_KIND__MAX] = { "holiday", "workday" };

	return (unsigned)k < CAL_KIND__MAX ? n[k] : "";
}

int
cal_kind_from_name(const char *s)
{
	int k;

	for (k = 0; k < CAL_KIND__MAX; k++)
		if (strcmp(s, cal_kind_name((enum cal_kind)k)) == 0)
			return k;
	return -1;
}

int
calendar_load(struct db *db, struct calendar *cal)
{
	HDF *h, *r;
	int rc, n;

	hdf_init(&h);
	rc = db_rows(db, h, "C", "SELECT DATE_FORMAT(day, '%Y-%m-%d') AS day,"
	    " kind, name FROM calendar_day ORDER BY day");
	for (r = rc > 0 ? hdf_get_child(h, "C") : NULL; r; r = hdf_obj_next(r)) {
		const char *ds = hdf_get_value(r, "day", "");
		int k = cal_kind_from_name(hdf_get_value(r, "kind", ""));
		long day;

		if (cal_parse_date(ds, &day) < 0 || k < 0) {
			/* the column types rule this out; never guess a day */
			log_errorf("calendar_day: bad row %s", ds);
			rc = DB_ERR;
			break;
		}
		cal_add_day(cal, day, (enum cal_kind)k, hdf_get_value(r, "name", ""));
	}
	hdf_destroy(&h);
	if (rc < 0)
		return rc;
	hdf_init(&h);
	n = db_rows(db, h, "Y", "SELECT year FROM calendar_year ORDER BY year");
	for (r = n > 0 ? hdf_get_child(h, "Y") : NULL; r; r = hdf_obj_next(r))
		cal_confirm_year(cal, hdf_get_int_value(r, "year", 0));
	hdf_destroy(&h);
	return n < 0 ? n : rc;
}

int
calendar_list(struct db *db, HDF *hdf, const char *prefix, int year)
{
	char from[16], to[16];
	HDF *r;
	int rc;

	snprintf(from, sizeof(from), "%04d-01-01", year ? year : 1000);
	snprintf(to, sizeof(to), "%04d-12-31", year ? year : 9999);
	rc = db_rows(db, hdf, prefix, "SELECT DATE_FORMAT(day, '%Y-%m-%d') AS day,"
	    " kind, name, confirmed FROM calendar_day WHERE day BETWEEN ? AND ?"
	    " ORDER BY day", DB_STR(from), DB_STR(to));
	for (r = rc > 0 ? hdf_get_child(hdf, prefix) : NULL; r; r = hdf_obj_next(r)) {
		long day;

		if (cal_parse_date(hdf_get_value(r, "day", ""), &day) == 0)
			hdf_set_value(r, "weekday", cal_weekday_name(cal_weekday(day)));
	}
	return rc;
}

static void
iso_date(long day, char *out, size_t len)
{
	int y, m, d;

	cal_civil(day, &y, &m, &d);
	snprintf(out, len, "%04d-%02d-%02d", y, m, d);
}

int
calendar_put(struct db *db, long day, enum cal_kind kind, const char *name)
{
	char ds[16];
	int rc;

	iso_date(day, ds, sizeof(ds));
	rc = db_exec(db, "INSERT INTO calendar_day (day, kind, name, confirmed)"
	    " VALUES (?, ?, ?, 1) ON DUPLICATE KEY UPDATE kind = VALUES(kind),"
	    " name = VALUES(name), confirmed = 1",
	    DB_STR(ds), DB_STR(cal_kind_name(kind)), DB_STR(name));
	return rc < 0 ? rc : 0;
}

int
calendar_remove(struct db *db, long day)
{
	char ds[16];
	int rc;

	iso_date(day, ds, sizeof(ds));
	rc = db_exec(db, "DELETE FROM calendar_day WHERE day = ?", DB_STR(ds));
	return rc < 0 ? rc : rc > 0;
}

static const char *const change_names[CC__MAX] = { "add", "remove", "confirm" };

int
calendar_change_put(struct db *db, long day, enum cal_change kind, long long at,
    long long by)
{
	char ds[16], ts[24];
	int rc;

	if ((unsigned)kind >= CC__MAX)
		return DB_ERR;
	iso_date(day, ds, sizeof(ds));
	cal_format_iso(at, ts, sizeof(ts));
	rc = db_exec(db, "INSERT INTO calendar_change (day, change_kind, at, by_id)"
	    " VALUES (?, ?, ?, ?)", DB_STR(ds), DB_STR(change_names[kind]), DB_STR(ts),
	    by ? DB_INT(by) : DB_NULL);
	return rc < 0 ? rc : 0;
}

int
calendar_year_state(struct db *db, int year, long long *rows, int *confirmed,
    char *when, size_t whenlen)
{
	char from[16], to[16];
	HDF *h;
	int rc;

	snprintf(from, sizeof(from), "%04d-01-01", year);
	snprintf(to, sizeof(to), "%04d-12-31", year);
	if ((rc = db_int(db, rows, "SELECT COUNT(*) FROM calendar_day WHERE day"
	    " BETWEEN ? AND ?", DB_STR(from), DB_STR(to))) < 0)
		return rc;
	hdf_init(&h);
	rc = db_row(db, h, "Y", "SELECT DATE_FORMAT(confirmed_at, '%d/%m/%Y') AS at"
	    " FROM calendar_year WHERE year = ?", DB_INT(year));
	*confirmed = rc == 1;
	if (when)
		snprintf(when, whenlen, "%s", hdf_get_value(h, "Y.at", ""));
	hdf_destroy(&h);
	return rc < 0 ? rc : 0;
}

int
calendar_confirm(struct db *db, int year, long long at, long long by,
    const char *note)
{
	char from[16], to[16], ts[24];
	int rc;

	snprintf(from, sizeof(from), "%04d-01-01", year);
	snprintf(to, sizeof(to), "%04d-12-31", year);
	cal_format_iso(at, ts, sizeof(ts));
	rc = db_exec(db, "INSERT INTO calendar_year (year, confirmed_at, confirmed_by,"
	    " note) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE confirmed_at ="
	    " VALUES(confirmed_at), confirmed_by = VALUES(confirmed_by),"
	    " note = VALUES(note)", DB_INT(year), DB_STR(ts), by ? DB_INT(by) : DB_NULL,
	    DB_STR(note && *note ? note : NULL));
	if (rc >= 0)
		rc = db_exec(db, "UPDATE calendar_day SET confirmed = 1 WHERE day"
		    " BETWEEN ? AND ? AND confirmed = 0", DB_STR(from), DB_STR(to));
	if (rc >= 0)
		rc = calendar_change_put(db, cal_date(year, 1, 1), CC_CONFIRM, at, by);
	return rc < 0 ? rc : 0;
}

int
calendar_affected(struct db *db, long day, long long *n)
{
	char ds[16];
	int rc;

	iso_date(day, ds, sizeof(ds));
	/* a scan of the dossiers: dvcctl asks once per change of the table */
	rc = db_int(db, n, "SELECT COUNT(*) FROM dossier WHERE clock = 'running'"
	    " AND due_at IS NOT NULL AND DATE(received_at) <= ? AND DATE(due_at) >= ?",
	    DB_STR(ds), DB_STR(ds));
	return rc < 0 ? rc : 0;
}

int
calendar_affected_list(struct db *db, long day, HDF *hdf, const char *prefix,
    long limit)
{
	char ds[16];

	iso_date(day, ds, sizeof(ds));
	/* the same dossiers as calendar_affected counts, soonest due first */
	return db_rows(db, hdf, prefix, "SELECT d.code, g.name AS agency_name,"
	    " d.proc_code, DATE_FORMAT(d.received_at, '%d/%m/%Y') AS received,"
	    " DATE_FORMAT(d.due_at, '%H:%i %d/%m/%Y') AS due"
	    " FROM dossier d JOIN agency g ON g.id = d.agency_id"
	    " WHERE d.clock = 'running' AND d.due_at IS NOT NULL"
	    " AND DATE(d.received_at) <= ? AND DATE(d.due_at) >= ?"
	    " ORDER BY d.due_at, d.id LIMIT ?", DB_STR(ds), DB_STR(ds), DB_INT(limit));
}

int
calendar_proc_limit(struct db *db, const char *code, const char *channel,
    struct cal_span *out, HDF *hdf, const char *prefix)
{
	HDF *r;
	int rc;

	rc = db_row(db, hdf, prefix, "SELECT p.name, c.time_tenths, c.time_unit"
	    " FROM proc p JOIN proc_channel c ON c.proc_id = p.id"
	    " WHERE p.code = ? AND c.channel = ?", DB_STR(code), DB_STR(channel));
	if (rc <= 0)
		return rc;
	r = hdf_get_obj(hdf, prefix);
	memset(out, 0, sizeof(*out));
	if (strcmp(hdf_get_value(r, "time_unit", ""), "working_hours") == 0)
		out->hours_tenths = hdf_get_int_value(r, "time_tenths", 0);
	else
		out->days_tenths = hdf_get_int_value(r, "time_tenths", 0);
	return 1;
}

int
calendar_ready(struct db *db, const struct config *cfg, struct calendar *cal)
{
	int rc;

	if (cal_from_config(cal, cfg) != 0)
		cal_init(cal);
	if ((rc = calendar_load(db, cal)) < 0)
		cal_free(cal);
	return rc < 0 ? rc : 0;
}

int
calendar_view(struct db *db, const struct config *cfg,
    const struct calendar **out)
{
	/* One per process (a worker serves one request at a time): reading
	 * the whole table for every page was a sixth of a queue page's
	 * database work. Reference data, not request state. */
	static struct calendar cached;
	static double loaded;
	static int have;
	struct calendar fresh;
	double t = now_mono();
	long ttl = cfg_int(cfg, "Calendar.CacheSeconds");
	int rc;

	if (have && ttl > 0 && t - loaded < (double)ttl && t >= loaded) {
		*out = &cached;
		return 0;
	}
	if ((rc = calendar_ready(db, cfg, &fresh)) < 0)
		return rc;
	if (have)
		cal_free(&cached);
	cached = fresh;
	loaded = t;
	have = 1;
	*out = &cached;
	return 0;
}

void
cal_time_left(const struct calendar *cal, long long now, long long t, HDF *row)
{
	long mins = cal_working_minutes_between(cal, now, t);
	struct buf b = BUF_INIT;

	cal_format_span(cal, &b, (mins < 0 ? -mins : mins) * 60LL);
	hdf_set_value(row, "left_text", buf_str(&b));
	buf_free(&b);
	if (mins < 0 || t < now)
		hdf_set_value(row, "late", "1");
}

long long
cal_hdf_time(HDF *h, const char *name)
{
	long long t = 0;
	const char *s = hdf_get_value(h, name, NULL);

	if (s == NULL || cal_parse_time(s, &t) != 0)
		return 0;
	return t;
}

long long
cal_now(void)
{
	return cal_from_utc((time_t)clock_now());
}
