/* dvcctl deadline | holiday: the deadline engine for officers checking a
 * case by hand, and the table of holidays for administrators. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/util.h"
#include "ctl/ctl.h"
#include "domain/audit.h"
#include "domain/calendar.h"

#define PAUSES_MAX 32

static int holiday_confirm(struct ctl *c, int argc, char **argv);

/* "5", "0.5", "0,5" into tenths; -1 when it is anything else. */
static long
parse_tenths(const char *s)
{
	long v = 0;
	int n = 0;

	if (s == NULL)
		return -1;
	for (; *s >= '0' && *s <= '9' && n < 6; s++, n++)
		v = v * 10 + (*s - '0');
	if (n == 0 || n == 6)
		return -1;
	v *= 10;
	if (*s == '.' || *s == ',') {
		if (s[1] < '0' || s[1] > '9' || s[2] != '\0')
			return -1;
		return v + (s[1] - '0');
	}
	return *s == '\0' ? v : -1;
}

/* --name VALUE as tenths into *out (left alone when absent). */
static int
tenths_opt(struct ctl *c, int argc, char **argv, const char *name, long *out)
{
	const char *v = ctl_opt(argc, argv, name);

	if (v == NULL && !ctl_flag(argc, argv, name))
		return 0;
	if ((*out = parse_tenths(v)) < 0 || *out > CAL_LIMIT_TENTHS_MAX) {
		ctl_err(c, "%s phải là số không âm, tối đa một chữ số thập phân "
		    "(ví dụ 5 hoặc 0,5), nhận được \"%s\"", name, v ? v : "");
		return -1;
	}
	return 0;
}

/* Every --pause FROM..TO (TO empty: still waiting), in order. */
static int
pauses_opt(struct ctl *c, int argc, char **argv, struct cal_pause *p, size_t *n)
{
	int i;

	*n = 0;
	for (i = 0; i < argc; i++) {
		char from[40];
		const char *v, *dots;

		if (strcmp(argv[i], "--pause") != 0)
			continue;
		v = i + 1 < argc ? argv[i + 1] : "";
		if (*n == PAUSES_MAX || (dots = strstr(v, "..")) == NULL ||
		    (size_t)(dots - v) >= sizeof(from)) {
			ctl_err(c, "--pause cần dạng \"YYYY-MM-DD HH:MM..YYYY-MM-DD HH:MM\" "
			    "(bỏ trống sau .. khi còn chờ bổ sung), tối đa %d lần: %s",
			    PAUSES_MAX, v);
			return -1;
		}
		memcpy(from, v, (size_t)(dots - v));
		from[dots - v] = '\0';
		p[*n].to = CAL_OPEN;
		if (cal_parse_time(from, &p[*n].from) < 0 ||
		    (dots[2] && cal_parse_time(dots + 2, &p[*n].to) < 0)) {
			ctl_err(c, "--pause: thời điểm không hợp lệ: %s", v);
			return -1;
		}
		++*n;
	}
	return 0;
}

int
ctl_deadline(struct ctl *c, int argc, char **argv)
{
	const char *start = ctl_opt(argc, argv, "--start");
	const char *code = ctl_opt(argc, argv, "--procedure");
	const char *channel = ctl_opt(argc, argv, "--channel");
	struct cal_pause pauses[PAUSES_MAX];
	struct cal_extension ext = { { 0, 0 }, NULL };
	struct cal_input in;
	struct cal_result r;
	struct calendar cal;
	struct buf b = BUF_INIT;
	struct db *db = NULL;
	long days = -1, hours = -1;
	int same = ctl_flag(argc, argv, "--same-day"), rc;
	char iso[32];

	memset(&in, 0, sizeof(in));
	if (start == NULL || cal_parse_time(start, &in.received) < 0) {
		ctl_err(c, "cần --start \"YYYY-MM-DD HH:MM\" (giờ Việt Nam), nhận "
		    "được \"%s\"", start ? start : "");
		return 2;
	}
	if (tenths_opt(c, argc, argv, "--days", &days) < 0 ||
	    tenths_opt(c, argc, argv, "--hours", &hours) < 0 ||
	    tenths_opt(c, argc, argv, "--extend-days", &ext.add.days_tenths) < 0 ||
	    tenths_opt(c, argc, argv, "--extend-hours", &ext.add.hours_tenths) < 0 ||
	    pauses_opt(c, argc, argv, pauses, &in.npauses) < 0)
		return 2;
	if ((code != NULL) + (days >= 0 || hours >= 0) + same != 1) {
		ctl_err(c, "cần đúng một trong: --days/--hours, --procedure MÃ, --same-day");
		return 2;
	}
	if (channel && !code) {
		ctl_err(c, "--channel chỉ dùng với --procedure");
		return 2;
	}
	if (channel == NULL)
		channel = "online";
	if (strcmp(channel, "online") && strcmp(channel, "in_person") &&
	    strcmp(channel, "post")) {
		ctl_err(c, "--channel: online, in_person hoặc post");
		return 2;
	}
	in.limit.days_tenths = days > 0 ? days : 0;
	in.limit.hours_tenths = hours > 0 ? hours : 0;
	in.pauses = pauses;
	if (ext.add.days_tenths || ext.add.hours_tenths) {
		ext.reason = ctl_opt(argc, argv, "--extend-reason");
		in.ext = &ext;
		in.next = 1;
	}
	if (cal_from_config(&cal, c->cfg) < 0) {
		ctl_err(c, "giờ làm việc Calendar.* không hợp lệ");	/* config_load checked */
		return 1;
	}
	db = db_new(c->cfg, "Owner");
	if ((rc = calendar_load(db, &cal)) < 0) {
		rc = ctl_db_failed(c, rc);
		goto out;
	}
	if (code) {
		HDF *h;

		hdf_init(&h);
		rc = calendar_proc_limit(db, code, channel, &in.limit, h, "P");
		if (rc > 0)
			printf("Thủ tục %s: %s\n", code, hdf_get_value(h, "P.name", ""));
		hdf_destroy(&h);
		if (rc < 0) {
			rc = ctl_db_failed(c, rc);
			goto out;
		}
		if (rc == 0) {
			ctl_err(c, "không có thủ tục mã %s với kênh %s", code, channel);
			rc = 1;
			goto out;
		}
	}
	rc = cal_due(&cal, &in, &r, &b);
	if (rc < 0) {
		ctl_err(c, "không tính được hạn: thời gian tạm dừng chồng lên nhau "
		    "hoặc sai thứ tự, hoặc lịch không có ngày làm việc");
		rc = 1;
		goto out;
	}
	if (rc == CAL_PAUSED)
		printf("Hạn trả kết quả: đang tạm dừng\n");
	else {
		cal_format_iso(r.due, iso, sizeof(iso));
		printf("Hạn trả kết quả: %s%s\n", iso, r.provisional ? " (tạm tính)" : "");
	}
	printf("%s\n", buf_str(&b));
	rc = 0;
out:
	buf_free(&b);
	cal_free(&cal);
	db_free(db);
	return rc;
}

/* A change to the table, its calendar_change row (the promises it
 * concerns keep their dates and show a warning) and its audit record in
 * one transaction. */
struct day_op {
	struct ctl *c;
	const char *action;	/* "calendar.add", "calendar.remove" */
	long day;
	int kind;
	const char *name;
	char detail[400];
	int found;
	long long affected;	/* running dossiers with day in their period */
};

static int
day_op_tx(struct db *db, void *arg)
{
	struct day_op *o = arg;
	struct audit_event ev;
	int rc, y, m, d;

	if (o->name)
		rc = calendar_put(db, o->day, (enum cal_kind)o->kind, o->name);
	else
		rc = calendar_remove(db, o->day);
	if (rc < 0)
		return rc;
	o->found = o->name ? 1 : rc;
	if (!o->found)
		return 0;
	if ((rc = calendar_change_put(db, o->day, o->name ? CC_ADD : CC_REMOVE,
	    cal_now(), 0)) < 0 || (rc = calendar_affected(db, o->day, &o->affected)) < 0)
		return rc;
	cal_civil(o->day, &y, &m, &d);
	memset(&ev, 0, sizeof(ev));
	ev.actor_kind = "operator";
	ev.action = o->action;
	ev.object_type = "calendar_day";
	ev.object_id = y * 10000LL + m * 100 + d;	/* the day as YYYYMMDD */
	ev.detail = o->detail;
	return audit_write(db, o->c->cfg, &ev);
}

/* 2 to max characters of UTF-8 text without control characters. */
static int
text_ok(const char *s, size_t max)
{
	size_t n;

	if (s == NULL || !utf8_valid(s, strlen(s)))
		return 0;
	n = utf8_count(s);
	if (n < 2 || n > max)
		return 0;
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return 0;
	return 1;
}

static int
holiday_list(struct ctl *c, struct db *db, int argc, char **argv)
{
	const char *ys = ctl_opt(argc, argv, "--year");
	long year = 0;
	char *end;
	HDF *h, *r;
	int rc;

	if (ys) {
		year = strtol(ys, &end, 10);
		if (*end != '\0' || year < 1900 || year > 9999) {
			ctl_err(c, "--year phải là năm từ 1900 đến 9999: %s", ys);
			return 2;
		}
	}
	hdf_init(&h);
	if ((rc = calendar_list(db, h, "D", (int)year)) < 0)
		rc = ctl_db_failed(c, rc);
	else {
		for (r = hdf_get_child(h, "D"); r; r = hdf_obj_next(r)) {
			const char *wd = hdf_get_value(r, "weekday", "");
			/* printf pads bytes; "thứ Năm" has more bytes than letters */
			int pad = 9 - (int)utf8_count(wd);

			printf("%s  %s%*s %-7s  %s%s\n", hdf_get_value(r, "day", ""), wd,
			    pad > 0 ? pad : 0, "", hdf_get_value(r, "kind", ""),
			    hdf_get_value(r, "name", ""),
			    strcmp(hdf_get_value(r, "confirmed", "1"), "0") == 0 ?
			    "  (tự tính, chờ thông báo chính thức)" : "");
		}
		rc = 0;
	}
	hdf_destroy(&h);
	return rc;
}

int
ctl_holiday(struct ctl *c, int argc, char **argv)
{
	struct day_op o;
	struct db *db;
	char err[1024];
	int rc = 2, wd;

	if (argc < 1) {
		ctl_err(c, "holiday list [--year Y] | holiday add NGÀY holiday|workday "
		    "TÊN | holiday remove NGÀY | holiday confirm NĂM [--note GHI-CHÚ]");
		return 2;
	}
	if (strcmp(argv[0], "confirm") == 0)
		return holiday_confirm(c, argc - 1, argv + 1);
	if (strcmp(argv[0], "list") == 0) {
		db = db_new(c->cfg, "Owner");
		rc = holiday_list(c, db, argc - 1, argv + 1);
		db_free(db);
		return rc;
	}
	memset(&o, 0, sizeof(o));
	o.c = c;
	if (strcmp(argv[0], "add") == 0 && argc == 4) {
		o.action = "calendar.add";
		o.name = argv[3];
		if ((o.kind = cal_kind_from_name(argv[2])) < 0) {
			ctl_err(c, "loại ngày: holiday (ngày nghỉ) hoặc workday (ngày "
			    "làm việc bù), nhận được \"%s\"", argv[2]);
			return 2;
		}
		if (!text_ok(o.name, 200)) {
			ctl_err(c, "tên ngày phải dài 2 đến 200 ký tự, không có ký tự "
			    "điều khiển");
			return 2;
		}
	} else if (strcmp(argv[0], "remove") == 0 && argc == 2)
		o.action = "calendar.remove";
	else {
		ctl_err(c, "holiday list [--year Y] | holiday add NGÀY holiday|workday "
		    "TÊN | holiday remove NGÀY | holiday confirm NĂM [--note GHI-CHÚ]");
		return 2;
	}
	if (cal_parse_date(argv[1], &o.day) < 0) {
		ctl_err(c, "ngày phải có dạng YYYY-MM-DD hoặc DD/MM/YYYY: %s", argv[1]);
		return 2;
	}
	wd = cal_weekday(o.day);
	if (o.name && o.kind == CAL_WORKDAY && wd != 0 && wd != 6) {
		ctl_err(c, "%s là %s, vốn đã là ngày làm việc: ngày làm bù phải là "
		    "thứ Bảy hoặc Chủ nhật", argv[1], cal_weekday_name(wd));
		return 2;
	}
	if (config_load_audit_key(c->cfg, err, sizeof(err)) < 0) {
		ctl_err(c, "%s", err);
		ctl_err(c, "không sửa lịch khi thiếu khóa nhật ký kiểm toán "
		    "(Audit.KeyFile): mọi thay đổi phải được ghi lại");
		return 1;
	}
	{
		char iso[32];

		cal_format_iso((long long)o.day * CAL_DAY_SECONDS, iso, sizeof(iso));
		iso[10] = '\0';
		if (o.name)
			snprintf(o.detail, sizeof(o.detail), "%s %s %s; người chạy "
			    "dvcctl: %s", iso, argv[2], o.name, ctl_operator_name());
		else
			snprintf(o.detail, sizeof(o.detail), "%s; người chạy dvcctl: %s",
			    iso, ctl_operator_name());
	}
	db = db_new(c->cfg, "Owner");
	rc = db_tx(db, day_op_tx, &o);
	if (rc < 0)
		rc = ctl_db_failed(c, rc);
	else if (!o.found) {
		ctl_err(c, "lịch không có ngày %s", argv[1]);
		rc = 1;
	} else {
		printf("%s: %s\n", argv[1], o.name ? "đã ghi vào lịch" : "đã xóa khỏi lịch");
		if (o.affected > 0)
			printf("%lld hồ sơ đang giải quyết có ngày này trong thời hạn đã hẹn:"
			    " hạn đã hẹn giữ nguyên, trang hồ sơ của cán bộ có cảnh báo\n",
			    o.affected);
		rc = 0;
	}
	db_free(db);
	return rc;
}

/* dvcctl holiday confirm YEAR [--note TEXT]: the year's official notice
 * has been applied to the table. Refused for a year the table holds no
 * day of (nothing was entered: confirming would promise weekends only),
 * and for a past year already confirmed (its dates were kept). */
struct confirm_op {
	struct ctl *c;
	int year, this_year;
	const char *note;
	long long rows;
	int was;		/* it was confirmed before */
	char when[16];		/* then, DD/MM/YYYY */
	int refused;		/* 1: no days, 2: past and confirmed */
};

static int
confirm_tx(struct db *db, void *arg)
{
	struct confirm_op *o = arg;
	struct audit_event ev;
	char detail[700];
	int rc;

	o->refused = 0;
	if ((rc = calendar_year_state(db, o->year, &o->rows, &o->was, o->when,
	    sizeof(o->when))) < 0)
		return rc;
	if (o->rows == 0 || (o->was && o->year < o->this_year)) {
		o->refused = o->rows == 0 ? 1 : 2;
		return 0;
	}
	if ((rc = calendar_confirm(db, o->year, cal_now(), 0, o->note)) < 0)
		return rc;
	snprintf(detail, sizeof(detail), "%d%s%s; %lld ngày trong lịch; người chạy"
	    " dvcctl: %s", o->year, o->note ? " " : "", o->note ? o->note : "",
	    o->rows, ctl_operator_name());
	memset(&ev, 0, sizeof(ev));
	ev.actor_kind = "operator";
	ev.action = "calendar.confirm";
	ev.object_type = "calendar_year";
	ev.object_id = o->year;
	ev.detail = detail;
	return audit_write(db, o->c->cfg, &ev);
}

static int
holiday_confirm(struct ctl *c, int argc, char **argv)
{
	struct confirm_op o;
	struct db *db;
	char err[1024], *end;
	long year;
	int rc, y, m, d;

	memset(&o, 0, sizeof(o));
	o.c = c;
	if (argc != 1 && !(argc == 3 && strcmp(argv[1], "--note") == 0)) {
		ctl_err(c, "holiday confirm NĂM [--note GHI-CHÚ], ví dụ: holiday confirm"
		    " 2027 --note \"Thông báo số 123/TB-BNV\"");
		return 2;
	}
	year = strtol(argv[0], &end, 10);
	if (argv[0][0] < '0' || argv[0][0] > '9' || *end != '\0' || year < 1900 ||
	    year > 9999) {
		ctl_err(c, "năm phải là số từ 1900 đến 9999, nhận được \"%s\"", argv[0]);
		return 2;
	}
	o.year = (int)year;
	if (argc == 3) {
		if (!text_ok(argv[2], 500)) {
			ctl_err(c, "--note phải dài 2 đến 500 ký tự, không có ký tự điều khiển");
			return 2;
		}
		o.note = argv[2];
	}
	cal_civil(cal_day_of(cal_now()), &y, &m, &d);
	o.this_year = y;
	if (config_load_audit_key(c->cfg, err, sizeof(err)) < 0) {
		ctl_err(c, "%s", err);
		ctl_err(c, "không sửa lịch khi thiếu khóa nhật ký kiểm toán "
		    "(Audit.KeyFile): mọi thay đổi phải được ghi lại");
		return 1;
	}
	db = db_new(c->cfg, "Owner");
	rc = db_tx(db, confirm_tx, &o);
	db_free(db);
	if (rc < 0)
		return ctl_db_failed(c, rc);
	if (o.refused == 1) {
		ctl_err(c, "lịch chưa có ngày nào của năm %d: nhập các ngày nghỉ lễ và"
		    " ngày làm bù theo thông báo (dvcctl holiday add) rồi mới xác nhận",
		    o.year);
		return 1;
	}
	if (o.refused == 2) {
		ctl_err(c, "năm %d đã qua và đã được xác nhận ngày %s: không xác nhận lại"
		    " (sửa từng ngày bằng dvcctl holiday add|remove nếu cần)", o.year, o.when);
		return 1;
	}
	printf("năm %d: %s ngày nghỉ lễ (%lld ngày trong lịch); hạn tính từ nay không"
	    " còn tạm tính vì năm này\n", o.year, o.was ? "đã xác nhận lại" : "đã xác nhận",
	    o.rows);
	return 0;
}
