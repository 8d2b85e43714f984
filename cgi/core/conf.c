#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/crypto.h>

#include "core/buf.h"
#include "core/client.h"
#include "core/clock.h"
#include "core/conf.h"
#include "core/util.h"

#ifndef DVC_DATADIR
#define DVC_DATADIR "/usr/local/share/dvc"
#endif
#ifndef DVC_LOCALSTATEDIR
#define DVC_LOCALSTATEDIR "/usr/local/var"
#endif
#ifndef DVC_SYSCONFDIR
#define DVC_SYSCONFDIR "/usr/local/etc/dvc"
#endif

enum ktype { K_STR, K_INT, K_BOOL, K_PATH, K_ENUM, K_URL, K_PREFIX, K_ORIGINS,
    K_CLOCK, K_PERIOD, K_NETS };

struct key {
	const char *name;
	enum ktype type;
	const char *def;
	long min, max;		/* K_INT range; K_STR length range;
				 * K_PERIOD: min 1 also allows "" */
	const char *choices;	/* K_ENUM: "a|b|c" */
};

/* Every key the software reads. Keep etc/dvc.hdf in step: the unit test
 * test_config checks that each key is documented there with this default. */
static const struct key keys[] = {
	{ "Site.Name", K_STR, "Cổng Dịch vụ công tỉnh Kon Tum", 1, 200, NULL },
	{ "Site.ShortName", K_STR, "Dịch vụ công Kon Tum", 1, 60, NULL },
	{ "Site.Owner", K_STR, "Ủy ban nhân dân tỉnh Kon Tum", 1, 200, NULL },
	{ "Site.Operator", K_STR, "Sở Thông tin và Truyền thông tỉnh Kon Tum", 1, 200, NULL },
	{ "Site.Province", K_STR, "Kon Tum", 1, 100, NULL },
	{ "Site.BaseURL", K_URL, "https://dichvucong.kontum.gov.vn", 0, 0, NULL },
	{ "Site.BasePath", K_PREFIX, "", 0, 0, NULL },
	{ "Site.Language", K_ENUM, "vi", 0, 0, "vi|en" },
	{ "Site.Contact.Address", K_STR, "Số 123 đường Trần Hưng Đạo, thành phố Kon Tum, tỉnh Kon Tum", 0, 300, NULL },
	{ "Site.Contact.Phone", K_STR, "0260 3 500 000", 0, 40, NULL },
	{ "Site.Contact.Email", K_STR, "dichvucong@kontum.gov.vn", 0, 200, NULL },
	{ "Site.Contact.Hours", K_STR, "Thứ Hai đến thứ Sáu, sáng 7:00–11:30, chiều 13:00–17:00", 0, 200, NULL },
	{ "Paths.Templates", K_PATH, DVC_DATADIR "/templates", 0, 0, NULL },
	{ "Paths.Htdocs", K_PATH, DVC_DATADIR "/htdocs", 0, 0, NULL },
	{ "Paths.Sql", K_PATH, DVC_DATADIR "/sql", 0, 0, NULL },
	{ "Db.Name", K_STR, "dvc", 1, 64, NULL },
	{ "Db.Host", K_STR, "localhost", 1, 255, NULL },
	{ "Db.Port", K_INT, "0", 0, 65535, NULL },
	{ "Db.Socket", K_STR, "/run/mysqld/mysqld.sock", 0, 255, NULL },
	{ "Db.SingleUser", K_BOOL, "0", 0, 1, NULL },
	{ "Db.User", K_STR, "dvc", 1, 80, NULL },
	{ "Db.Password", K_STR, "", 0, 200, NULL },
	{ "Db.Public.User", K_STR, "dvc_public", 1, 80, NULL },
	{ "Db.Public.Password", K_STR, "", 0, 200, NULL },
	{ "Db.Api.User", K_STR, "dvc_api", 1, 80, NULL },
	{ "Db.Api.Password", K_STR, "", 0, 200, NULL },
	{ "Db.Account.User", K_STR, "dvc_account", 1, 80, NULL },
	{ "Db.Account.Password", K_STR, "", 0, 200, NULL },
	{ "Db.Dossier.User", K_STR, "dvc_dossier", 1, 80, NULL },
	{ "Db.Dossier.Password", K_STR, "", 0, 200, NULL },
	{ "Db.Office.User", K_STR, "dvc_office", 1, 80, NULL },
	{ "Db.Office.Password", K_STR, "", 0, 200, NULL },
	{ "Db.Owner.User", K_STR, "dvc_owner", 1, 80, NULL },
	{ "Db.Owner.Password", K_STR, "", 0, 200, NULL },
	{ "Db.GrantHost", K_STR, "localhost", 1, 255, NULL },
	{ "Db.ConnectTimeout", K_INT, "1", 1, 30, NULL },
	{ "Db.ReadTimeout", K_INT, "3", 1, 600, NULL },
	{ "Db.WriteTimeout", K_INT, "3", 1, 600, NULL },
	{ "Db.DeadlockRetries", K_INT, "3", 0, 20, NULL },
	{ "Db.PingAfterIdle", K_INT, "2", 0, 3600, NULL },
	{ "Limits.BodyMax", K_INT, "65536", 1024, 1048576, NULL },
	{ "Limits.QueryMax", K_INT, "2048", 256, 65536, NULL },
	{ "Limits.CookieMax", K_INT, "4096", 256, 65536, NULL },
	{ "Limits.HeaderMax", K_INT, "8192", 1024, 65536, NULL },
	{ "Limits.Fields", K_INT, "100", 1, 10000, NULL },
	{ "Limits.FieldNameMax", K_INT, "64", 8, 256, NULL },
	{ "Limits.PathMax", K_INT, "1024", 64, 8192, NULL },
	{ "Worker.MaxRequests", K_INT, "5000", 0, 100000000, NULL },
	{ "Worker.Processes", K_INT, "4", 1, 256, NULL },
	{ "Log.File", K_STR, "", 0, 1024, NULL },
	{ "Log.Syslog", K_BOOL, "0", 0, 1, NULL },
	{ "Log.Level", K_ENUM, "info", 0, 0, "debug|info|warn|error" },
	{ "Health.DbTimeout", K_INT, "1", 1, 30, NULL },
	{ "Health.MailMaxAgeMinutes", K_INT, "60", 1, 10080, NULL },
	{ "Metrics.Dir", K_PATH, DVC_LOCALSTATEDIR "/lib/dvc/metrics", 0, 0, NULL },
	{ "Metrics.Allow", K_STR, "127.0.0.1 ::1", 0, 1000, NULL },
	{ "Security.SecretFile", K_PATH, DVC_SYSCONFDIR "/secret", 0, 0, NULL },
	{ "Security.HSTSMaxAge", K_INT, "31536000", 0, 63072000, NULL },
	{ "Account.PasswordIterations", K_INT, "600000", 100000, 10000000, NULL },
	{ "Account.Argon2.MemoryKiB", K_INT, "19456", 1024, 1048576, NULL },
	{ "Account.Argon2.Iterations", K_INT, "2", 1, 64, NULL },
	{ "Account.Argon2.Parallelism", K_INT, "1", 1, 16, NULL },
	{ "Account.PepperFile", K_STR, "", 0, 1024, NULL },
	{ "Account.CommonPasswordsFile", K_PATH, DVC_DATADIR "/common-passwords.txt", 0, 0, NULL },
	{ "Account.ConfirmHours", K_INT, "48", 1, 720, NULL },
	{ "Account.ResetMinutes", K_INT, "60", 5, 1440, NULL },
	{ "Account.RegisterPerHour", K_INT, "10", 1, 100000, NULL },
	{ "Session.IdleMinutes", K_INT, "30", 1, 1440, NULL },
	{ "Session.AbsoluteHours", K_INT, "12", 1, 720, NULL },
	{ "Login.FreeFailures", K_INT, "5", 1, 100, NULL },
	{ "Login.MaxDelay", K_INT, "900", 10, 86400, NULL },
	{ "Login.QuietMinutes", K_INT, "60", 1, 10080, NULL },
	{ "Audit.KeyFile", K_PATH, DVC_SYSCONFDIR "/audit.key", 0, 0, NULL },
	{ "Mail.Sendmail", K_STR, "/usr/sbin/sendmail -t -i", 1, 1024, NULL },
	{ "Mail.From", K_STR, "Cổng Dịch vụ công <no-reply@localhost>", 3, 254, NULL },
	{ "Mail.MaxAttempts", K_INT, "8", 1, 100, NULL },
	{ "Mail.RetryMinutes", K_INT, "5", 0, 1440, NULL },
	{ "Storage.Dir", K_PATH, DVC_LOCALSTATEDIR "/lib/dvc/files", 0, 0, NULL },
	{ "Storage.QuarantineHours", K_INT, "24", 1, 720, NULL },
	{ "Upload.BodyMax", K_INT, "62914560", 65536, 2147483647, NULL },
	{ "Upload.FileMax", K_INT, "20971520", 1024, 2147483647, NULL },
	{ "Upload.FilesMax", K_INT, "20", 1, 1000, NULL },
	{ "Upload.PartsMax", K_INT, "64", 2, 2000, NULL },
	{ "Upload.FieldMax", K_INT, "8192", 256, 1048576, NULL },
	{ "Upload.HeaderLineMax", K_INT, "1024", 128, 16384, NULL },
	{ "Upload.HeadersMax", K_INT, "8", 2, 64, NULL },
	{ "Upload.ImageMaxSide", K_INT, "20000", 100, 100000, NULL },
	{ "Upload.ImageMaxPixels", K_INT, "150000000", 10000, 2000000000, NULL },
	/* a procedure's form uploaded in the catalogue editor; nginx's
	 * client_max_body_size on its location must let a little more in */
	{ "Upload.FormMax", K_INT, "10485760", 1024, 2147483647, NULL },
	{ "Dossier.CodePattern", K_STR, "{agency}-{yymmdd}-{seq4}", 8, 80, NULL },
	{ "Dossier.MaxFiles", K_INT, "60", 1, 1000, NULL },
	{ "Dossier.MaxBytes", K_INT, "104857600", 1048576, 2147483647, NULL },
	{ "Notice.Profile", K_ENUM, "2018", 0, 0, "2018|2025" },
	{ "Paper.ReturnBeforeArrival", K_BOOL, "0", 0, 1, NULL },
	{ "Payment.Gateway.Driver", K_ENUM, "", 0, 0, "|platform|sandbox" },
	{ "Payment.Gateway.Url", K_STR, "", 0, 300, NULL },
	{ "Payment.Gateway.Merchant", K_STR, "", 0, 32, NULL },
	{ "Payment.Gateway.SecretFile", K_STR, "", 0, 300, NULL },
	{ "Payment.Gateway.QueryUrl", K_STR, "", 0, 300, NULL },
	{ "Payment.Gateway.Timeout", K_INT, "10", 1, 120, NULL },
	{ "Payment.Gateway.AbandonHours", K_INT, "24", 0, 720, NULL },
	{ "Payment.Sandbox.StateDir", K_STR, "", 0, 300, NULL },
	{ "Opinion.DefaultDays", K_INT, "5", 1, 60, NULL },
	{ "Deadline.MaxExtensions", K_INT, "1", 0, 20, NULL },
	{ "Reception.MaxWaitHours", K_INT, "8", 1, 720, NULL },
	{ "Rating.Criteria", K_STR, "Thời gian giải quyết|Thái độ của cán bộ|Hướng dẫn, thông tin rõ ràng|Kết quả đúng yêu cầu", 1, 1000, NULL },
	{ "Track.FreeFailures", K_INT, "10", 1, 1000, NULL },
	{ "Track.WindowMinutes", K_INT, "60", 1, 1440, NULL },
	{ "Track.CodeFailures", K_INT, "20", 1, 1000, NULL },
	{ "Net.TrustedProxies", K_NETS, "", 0, 2000, NULL },
	{ "Retention.SessionDays", K_INT, "30", 1, 3650, NULL },
	{ "Retention.MailBodyDays", K_INT, "30", 1, 3650, NULL },
	{ "Retention.DraftDays", K_INT, "90", 1, 3650, NULL },
	{ "Retention.DraftWarnDays", K_INT, "14", 1, 365, NULL },
	{ "Feedback.PerHour", K_INT, "5", 1, 1000, NULL },
	{ "Catalog.LevelScheme", K_ENUM, "2018", 0, 0, "2018|2022" },
	{ "Catalog.CheckInterval", K_INT, "1", 0, 3600, NULL },
	{ "Catalog.StatsInterval", K_INT, "60", 1, 86400, NULL },
	{ "Catalog.ViewFlushInterval", K_INT, "10", 0, 3600, NULL },
	{ "Catalog.CacheBytes", K_INT, "16777216", 0, 1073741824, NULL },
	{ "Catalog.PerPage", K_INT, "20", 5, 200, NULL },
	{ "Embed.Origins", K_ORIGINS, "", 0, 2000, NULL },
	{ "Signature.TrustStore", K_PATH, DVC_SYSCONFDIR "/trust", 0, 0, NULL },
	{ "Signature.CRLFile", K_STR, "", 0, 1024, NULL },
	{ "Calendar.Morning", K_PERIOD, "07:30-11:30", 0, 0, NULL },
	{ "Calendar.Afternoon", K_PERIOD, "13:30-17:30", 1, 0, NULL },
	{ "Calendar.SameDayCutoff", K_CLOCK, "15:00", 0, 0, NULL },
	{ "Calendar.CacheSeconds", K_INT, "60", 0, 3600, NULL },
	{ "Clock.ShiftFile", K_STR, "", 0, 1024, NULL },
};

size_t
config_keys(const struct config_keyinfo **out)
{
	static struct config_keyinfo info[NELEM(keys)];
	size_t i;

	for (i = 0; i < NELEM(keys); i++) {
		info[i].name = keys[i].name;
		info[i].def = keys[i].def;
	}
	*out = info;
	return NELEM(keys);
}

static const struct key *
find_key(const char *name)
{
	size_t i;

	for (i = 0; i < NELEM(keys); i++)
		if (strcmp(keys[i].name, name) == 0)
			return &keys[i];
	return NULL;
}

/* "HH:MM" (00:00-24:00) into minutes; returns the position after it, or
 * NULL. The calendar (domain/calendar.c) reads the same form. */
static const char *
clock_minutes(const char *v, long *min)
{
	if (!(v[0] >= '0' && v[0] <= '2' && v[1] >= '0' && v[1] <= '9' &&
	    v[2] == ':' && v[3] >= '0' && v[3] <= '5' && v[4] >= '0' && v[4] <= '9'))
		return NULL;
	*min = ((v[0] - '0') * 10 + v[1] - '0') * 60 + (v[3] - '0') * 10 + v[4] - '0';
	return *min <= 24 * 60 ? v + 5 : NULL;
}

/* "HH:MM-HH:MM", start before end; min = 1 also allows "" (no period). */
static int
period_minutes(const char *v, long *start, long *end)
{
	const char *p;

	if ((p = clock_minutes(v, start)) == NULL || *p != '-' ||
	    (p = clock_minutes(p + 1, end)) == NULL || *p != '\0' || *end <= *start)
		return -1;
	return 0;
}

/* Checks one value against its declaration; on error fills why. */
static int
check_value(const struct key *k, const char *v, char *why, size_t whylen)
{
	char *end;
	long n;

	if (!utf8_valid(v, strlen(v))) {
		snprintf(why, whylen, "không phải UTF-8 hợp lệ");
		return -1;
	}
	switch (k->type) {
	case K_STR:
		if ((long)utf8_count(v) < k->min || (long)utf8_count(v) > k->max) {
			snprintf(why, whylen, "phải dài từ %ld đến %ld ký tự",
			    k->min, k->max);
			return -1;
		}
		for (; *v; v++)
			if ((unsigned char)*v < 0x20) {
				snprintf(why, whylen, "không được chứa ký tự điều khiển");
				return -1;
			}
		return 0;
	case K_INT:
	case K_BOOL:
		errno = 0;
		n = strtol(v, &end, 10);
		if (*v == '\0' || *end != '\0' || errno || n < k->min || n > k->max) {
			if (k->type == K_BOOL)
				snprintf(why, whylen, "phải là 0 hoặc 1, nhận được \"%.40s\"", v);
			else
				snprintf(why, whylen,
				    "phải là số nguyên từ %ld đến %ld, nhận được \"%.40s\"",
				    k->min, k->max, v);
			return -1;
		}
		return 0;
	case K_PATH:
		if (v[0] != '/' || strstr(v, "/../") || strlen(v) > 1024) {
			snprintf(why, whylen, "phải là đường dẫn tuyệt đối, nhận được \"%.80s\"", v);
			return -1;
		}
		return 0;
	case K_ENUM: {
		const char *c = k->choices;
		size_t l = strlen(v);

		while (c && *c) {
			const char *bar = strchr(c, '|');
			size_t cl = bar ? (size_t)(bar - c) : strlen(c);

			if (cl == l && strncmp(c, v, l) == 0)
				return 0;
			c = bar ? bar + 1 : NULL;
		}
		snprintf(why, whylen, "phải là một trong %s, nhận được \"%.40s\"",
		    k->choices, v);
		return -1;
	}
	case K_URL: {
		const char *p;

		if (strncmp(v, "https://", 8) && strncmp(v, "http://", 7))
			goto badurl;
		p = strstr(v, "://") + 3;
		if (*p == '\0' || *p == '/')
			goto badurl;
		for (; *p; p++)
			if (*p == '/' || *p == '?' || *p == '#' || *p == '@' ||
			    *p == ' ' || *p == '"' || *p == '<' || *p == '>')
				goto badurl;
		return 0;
	badurl:
		snprintf(why, whylen, "phải có dạng https://tên-máy[:cổng], không có "
		    "đường dẫn hay dấu / ở cuối, nhận được \"%.80s\"", v);
		return -1;
	}
	case K_ORIGINS: {
		/* "*" alone, or origins separated by spaces: they go into a
		 * Content-Security-Policy header as they are */
		const char *p = v;

		if (strcmp(v, "*") == 0 || *v == '\0')
			return 0;
		if (strlen(v) > 2000)
			goto badorigins;
		while (*p) {
			const char *e = strchr(p, ' '), *h;
			size_t len = e ? (size_t)(e - p) : strlen(p), i;

			if (len == 0) {
				p++;
				continue;
			}
			if (strncmp(p, "https://", 8) == 0)
				h = p + 8;
			else if (strncmp(p, "http://", 7) == 0)
				h = p + 7;
			else
				goto badorigins;
			if (h >= p + len)
				goto badorigins;
			for (i = (size_t)(h - p); i < len; i++)
				if (!((p[i] >= 'a' && p[i] <= 'z') || (p[i] >= '0' && p[i] <= '9') ||
				    p[i] == '.' || p[i] == '-' || p[i] == ':'))
					goto badorigins;
			p += len;
		}
		return 0;
	badorigins:
		snprintf(why, whylen, "phải là \"*\" hoặc danh sách nguồn "
		    "https://tên-máy[:cổng] cách nhau bằng dấu cách (chữ thường, "
		    "không có đường dẫn)");
		return -1;
	}
	case K_NETS: {
		char bad[64];

		if (strlen(v) > 2000 || client_nets_check(v, bad, sizeof(bad)) < 0) {
			snprintf(why, whylen, "phải là danh sách địa chỉ hoặc mạng "
			    "(ví dụ 10.0.0.5 192.168.1.0/24 ::1) cách nhau bằng dấu "
			    "cách, nhận được \"%s\"", strlen(v) > 2000 ? "..." : bad);
			return -1;
		}
		return 0;
	}
	case K_CLOCK: {
		long m;
		const char *p = clock_minutes(v, &m);

		if (p == NULL || *p != '\0') {
			snprintf(why, whylen, "phải là giờ dạng HH:MM (ví dụ 15:00), "
			    "nhận được \"%.40s\"", v);
			return -1;
		}
		return 0;
	}
	case K_PERIOD: {
		long a, b;

		if ((k->min == 1 && *v == '\0') || period_minutes(v, &a, &b) == 0)
			return 0;
		snprintf(why, whylen, "phải là khoảng giờ dạng HH:MM-HH:MM (ví dụ "
		    "07:30-11:30), giờ bắt đầu trước giờ kết thúc, nhận được "
		    "\"%.40s\"", v);
		return -1;
	}
	case K_PREFIX:
		if (*v == '\0')
			return 0;
		if (v[0] != '/' || v[strlen(v) - 1] == '/' || strlen(v) > 100)
			goto badprefix;
		for (; *v; v++)
			if (!(*v == '/' || *v == '-' || *v == '_' || *v == '.' ||
			    (*v >= 'a' && *v <= 'z') || (*v >= '0' && *v <= '9')))
				goto badprefix;
		return 0;
	badprefix:
		snprintf(why, whylen, "phải để trống hoặc có dạng /dvc (chữ "
		    "thường, không có dấu / ở cuối)");
		return -1;
	}
	return -1;
}

/* Walks every node of the file's tree; a node that carries a value must be
 * a declared key. Nodes without a value are sections. */
static int
check_tree(HDF *node, struct buf *prefix, char *err, size_t errlen,
    const char *path)
{
	for (; node; node = hdf_obj_next(node)) {
		size_t mark = prefix->len;
		const char *v = hdf_obj_value(node);
		const struct key *k;
		char why[256];

		if (mark)
			buf_addc(prefix, '.');
		buf_adds(prefix, hdf_obj_name(node));
		if (v != NULL) {
			if ((k = find_key(buf_str(prefix))) == NULL) {
				snprintf(err, errlen, "%s: khóa %s không tồn tại (xem "
				    "danh sách khóa trong etc/dvc.hdf)", path,
				    buf_str(prefix));
				return -1;
			}
			if (check_value(k, v, why, sizeof(why)) < 0) {
				snprintf(err, errlen, "%s: khóa %s %s", path,
				    buf_str(prefix), why);
				return -1;
			}
		}
		if (hdf_obj_child(node) &&
		    check_tree(hdf_obj_child(node), prefix, err, errlen, path) < 0)
			return -1;
		prefix->len = mark;
		if (prefix->s)
			prefix->s[mark] = '\0';
	}
	return 0;
}

static void
neo_err_text(NEOERR *nerr, char *out, size_t outlen)
{
	STRING s;

	string_init(&s);
	nerr_error_string(nerr, &s);
	snprintf(out, outlen, "%s", s.buf ? s.buf : "unknown error");
	string_clear(&s);
	nerr_ignore(&nerr);
}

/* ClearSilver's HDF reader stops quietly at a stray "}" and accepts a
 * section left open: both would silently drop or misplace keys, so the
 * nesting is checked here first, line by line (skipping comments and the
 * bodies of multi-line "<<" values). */
static int
check_braces(const char *path, char *err, size_t errlen)
{
	FILE *f = fopen(path, "r");
	char line[4096], *s, *e, eom[128] = "";
	int depth = 0, lineno = 0, rc = 0;

	if (f == NULL)
		return 0;	/* reported by the reader */
	while (fgets(line, sizeof(line), f)) {
		lineno++;
		for (s = line; *s == ' ' || *s == '\t'; s++)
			;
		for (e = s + strlen(s); e > s && (e[-1] == '\n' || e[-1] == '\r' ||
		    e[-1] == ' ' || e[-1] == '\t'); e--)
			;
		*e = '\0';
		if (eom[0]) {
			if (strcmp(s, eom) == 0)
				eom[0] = '\0';
			continue;
		}
		if (*s == '#' || *s == '\0')
			continue;
		if (strcmp(s, "}") == 0) {
			if (--depth < 0) {
				snprintf(err, errlen, "%s:%d: dấu } không có { tương ứng",
				    path, lineno);
				rc = -1;
				break;
			}
		} else if (e > s && e[-1] == '{' && strchr(s, '=') == NULL)
			depth++;
		else if ((e = strstr(s, "<<")) != NULL && strchr(s, '=') == NULL) {
			for (e += 2; *e == ' '; e++)
				;
			snprintf(eom, sizeof(eom), "%s", e);
		}
	}
	fclose(f);
	if (rc == 0 && depth > 0) {
		snprintf(err, errlen, "%s: thiếu %d dấu } để đóng mục", path, depth);
		rc = -1;
	}
	return rc;
}

/* The working hours as a whole: each key was checked alone, but the
 * afternoon must come after the morning and the same-day cut-off must
 * fall inside the working day. */
static int
check_calendar(const struct config *cfg, char *err, size_t errlen)
{
	long ms, me, as, ae, c;
	const char *aft = cfg_str(cfg, "Calendar.Afternoon");

	period_minutes(cfg_str(cfg, "Calendar.Morning"), &ms, &me);
	clock_minutes(cfg_str(cfg, "Calendar.SameDayCutoff"), &c);
	if (*aft) {
		period_minutes(aft, &as, &ae);
		if (as < me) {
			snprintf(err, errlen, "%s: khóa Calendar.Afternoon phải bắt "
			    "đầu sau khi buổi sáng (Calendar.Morning) kết thúc",
			    cfg->path);
			return -1;
		}
	} else
		ae = me;
	if (c <= ms || c > ae) {
		snprintf(err, errlen, "%s: khóa Calendar.SameDayCutoff phải nằm "
		    "trong giờ làm việc (sau giờ bắt đầu buổi sáng, không muộn "
		    "hơn giờ kết thúc ngày làm việc)", cfg->path);
		return -1;
	}
	return 0;
}

int
config_load(struct config *cfg, const char *path, char *err, size_t errlen)
{
	HDF *file = NULL;
	NEOERR *nerr;
	struct buf prefix = BUF_INIT;
	char msg[512];
	size_t i;

	memset(cfg, 0, sizeof(*cfg));
	if (access(path, R_OK) != 0) {
		snprintf(err, errlen, "%s: không đọc được tệp cấu hình: %s",
		    path, strerror(errno));
		return -1;
	}
	if (check_braces(path, err, errlen) < 0)
		return -1;
	if ((nerr = hdf_init(&file)) != STATUS_OK) {
		neo_err_text(nerr, msg, sizeof(msg));
		snprintf(err, errlen, "%s", msg);
		return -1;
	}
	if ((nerr = hdf_read_file(file, path)) != STATUS_OK) {
		neo_err_text(nerr, msg, sizeof(msg));
		snprintf(err, errlen, "%s: lỗi cú pháp: %s", path, msg);
		hdf_destroy(&file);
		return -1;
	}
	if (check_tree(hdf_obj_child(file), &prefix, err, errlen, path) < 0) {
		buf_free(&prefix);
		hdf_destroy(&file);
		return -1;
	}
	buf_free(&prefix);

	/* The effective tree: every key, from the file or its default. */
	if ((nerr = hdf_init(&cfg->hdf)) != STATUS_OK)
		abort();
	for (i = 0; i < NELEM(keys); i++) {
		const char *v = hdf_get_value(file, keys[i].name, NULL);

		if (hdf_set_value(cfg->hdf, keys[i].name, v ? v : keys[i].def))
			abort();
	}
	hdf_destroy(&file);
	cfg->path = xstrdup(path);
	if (hdf_init(&cfg->site) || hdf_copy(cfg->site, "Site",
	    hdf_get_obj(cfg->hdf, "Site")))
		abort();

	cfg->body_max = cfg_int(cfg, "Limits.BodyMax");
	cfg->query_max = cfg_int(cfg, "Limits.QueryMax");
	cfg->cookie_max = cfg_int(cfg, "Limits.CookieMax");
	cfg->header_max = cfg_int(cfg, "Limits.HeaderMax");
	cfg->fields_max = cfg_int(cfg, "Limits.Fields");
	cfg->field_name_max = cfg_int(cfg, "Limits.FieldNameMax");
	cfg->path_max = cfg_int(cfg, "Limits.PathMax");
	cfg->max_requests = cfg_int(cfg, "Worker.MaxRequests");
	cfg->processes = cfg_int(cfg, "Worker.Processes");
	cfg->base_path = cfg_str(cfg, "Site.BasePath");
	cfg->base_url = cfg_str(cfg, "Site.BaseURL");
	cfg->base_https = strncmp(cfg->base_url, "https://", 8) == 0;
	cfg->hsts_max_age = cfg_int(cfg, "Security.HSTSMaxAge");
	cfg->feedback_per_hour = cfg_int(cfg, "Feedback.PerHour");
	cfg->embed_origins = cfg_str(cfg, "Embed.Origins");
	if (check_calendar(cfg, err, errlen) < 0) {
		config_free(cfg);
		return -1;
	}
	/* the process's clock follows the configuration it runs on */
	clock_init(cfg);
	return 0;
}

/* Reads a key file named by config key `key` into out: a regular file
 * others cannot read, at least 32 bytes. Returns the length or -1. */
static ssize_t
load_key_file(const struct config *cfg, const char *key, unsigned char *out,
    size_t outlen, char *err, size_t errlen)
{
	const char *path = cfg_str(cfg, key);
	struct stat st;
	ssize_t n;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
		snprintf(err, errlen, "%s: khóa %s: không mở được %s: %s (tạo "
		    "bằng: head -c 48 /dev/urandom > TỆP; chmod 600 TỆP)",
		    cfg->path, key, path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) < 0 || (st.st_mode & S_IROTH) ||
	    !S_ISREG(st.st_mode)) {
		snprintf(err, errlen, "%s: khóa %s: %s phải là tệp thường mà "
		    "người khác không đọc được (chmod 600)", cfg->path, key, path);
		close(fd);
		return -1;
	}
	n = read(fd, out, outlen);
	close(fd);
	if (n < 32) {
		snprintf(err, errlen, "%s: khóa %s: %s phải chứa ít nhất 32 byte "
		    "ngẫu nhiên", cfg->path, key, path);
		return -1;
	}
	return n;
}

int
config_load_secret(struct config *cfg, char *err, size_t errlen)
{
	ssize_t n;

	if ((n = load_key_file(cfg, "Security.SecretFile", cfg->secret,
	    sizeof(cfg->secret), err, errlen)) < 0)
		return -1;
	cfg->secret_len = (size_t)n;
	return 0;
}

int
config_load_audit_key(struct config *cfg, char *err, size_t errlen)
{
	ssize_t n;

	if ((n = load_key_file(cfg, "Audit.KeyFile", cfg->audit_key,
	    sizeof(cfg->audit_key), err, errlen)) < 0)
		return -1;
	cfg->audit_key_len = (size_t)n;
	return 0;
}

void
config_free(struct config *cfg)
{
	hdf_destroy(&cfg->hdf);
	hdf_destroy(&cfg->site);
	free(cfg->path);
	OPENSSL_cleanse(cfg->secret, sizeof(cfg->secret));
	OPENSSL_cleanse(cfg->audit_key, sizeof(cfg->audit_key));
	memset(cfg, 0, sizeof(*cfg));
}

const char *
cfg_str(const struct config *cfg, const char *key)
{
	const char *v = hdf_get_value(cfg->hdf, key, NULL);

	if (v == NULL)		/* a key missing from the table is a bug */
		abort();
	return v;
}

long
cfg_int(const struct config *cfg, const char *key)
{
	return strtol(cfg_str(cfg, key), NULL, 10);
}

const char *
config_default_path(const char *from_argv)
{
	const char *e;

	if (from_argv && *from_argv)
		return from_argv;
	if ((e = getenv("DVC_CONFIG")) && *e)
		return e;
	return DVC_SYSCONFDIR "/dvc.hdf";
}
