/* dvcctl mail send | list | test: the outbox from the operator's side.
 *
 * `mail send` is what cron runs every minute (one pass) and what a
 * developer stack runs in the background (--every). Messages that fail
 * are retried by later passes (domain/mail.c), so a pass with failures
 * still exits 0: only an unreachable database is an error of the tool. */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/conf.h"
#include "core/db.h"
#include "core/util.h"
#include "ctl/ctl.h"
#include "domain/mail.h"

static const char test_subject[] =
    "Thư thử từ Cổng Dịch vụ công: kiểm tra đường gửi thư điện tử";
static const char test_text[] =
    "Xin chào,\n"
    "\n"
    "Đây là thư thử do lệnh \"dvcctl mail test\" gửi để kiểm tra rằng Cổng\n"
    "Dịch vụ công gửi được thư điện tử. Nếu bạn đọc được dòng này với đủ\n"
    "dấu tiếng Việt (ă â đ ê ô ơ ư, Ả Ấ Ữ Ỹ), đường gửi thư đã thông.\n"
    "\n"
    "Không cần trả lời thư này.\n";
static const char test_html[] =
    "<!DOCTYPE html>\n"
    "<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Thư thử</title></head>\n"
    "<body><p>Xin chào,</p>\n"
    "<p>Đây là thư thử do lệnh <code>dvcctl mail test</code> gửi để kiểm tra\n"
    "rằng Cổng Dịch vụ công gửi được thư điện tử. Nếu bạn đọc được dòng này với\n"
    "đủ dấu tiếng Việt (<strong>ă â đ ê ô ơ ư, Ả Ấ Ữ Ỹ</strong>), đường gửi thư\n"
    "đã thông.</p>\n"
    "<p>Không cần trả lời thư này.</p></body></html>\n";

/* A whole number in [min, max] from an option, or def when absent. */
static int
num_opt(struct ctl *c, int argc, char **argv, const char *name, long min,
    long max, long def, long *out)
{
	const char *v = ctl_opt(argc, argv, name);
	char *end;

	*out = def;
	if (v == NULL) {
		if (ctl_flag(argc, argv, name)) {
			ctl_err(c, "%s cần một số", name);
			return -1;
		}
		return 0;
	}
	errno = 0;
	*out = strtol(v, &end, 10);
	if (errno || end == v || *end != '\0' || *out < min || *out > max) {
		ctl_err(c, "%s phải là số nguyên từ %ld đến %ld, nhận được \"%s\"",
		    name, min, max, v);
		return -1;
	}
	return 0;
}

static void
stamp(char *out, size_t len)
{
	time_t t = time(NULL);
	struct tm tm;

	localtime_r(&t, &tm);
	strftime(out, len, "%Y-%m-%d %H:%M:%S", &tm);
}

/* --every: passes until SIGTERM or SIGINT. Both stay blocked and are
 * taken only while waiting between passes, so a stop never cuts a
 * delivery or a database call in half; the pass in progress finishes. */
static int
send_every(struct ctl *c, struct db *db, long every, long limit)
{
	struct timespec ts = { every, 0 };
	sigset_t set, old;
	int rc, failed, down = 0, sig;
	char when[32];

	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigprocmask(SIG_BLOCK, &set, &old);
	stamp(when, sizeof(when));
	printf("%s gửi thư mỗi %ld giây (dừng: SIGTERM)\n", when, every);
	fflush(stdout);
	for (;;) {
		rc = mail_send_due(db, c->cfg, (int)limit, stdout, &failed);
		stamp(when, sizeof(when));
		if (rc < 0 && !down) {
			/* once per outage: the loop goes on and picks the
			 * database up again when it is back */
			fprintf(stderr, "%s ", when);
			ctl_db_failed(c, rc);
			down = 1;
		} else if (rc >= 0) {
			if (down)
				printf("%s CSDL đã kết nối lại\n", when);
			down = 0;
			if (rc > 0 || failed > 0)
				printf("%s đã gửi %d thư, %d lần gửi lỗi\n", when, rc, failed);
		}
		fflush(stdout);
		fflush(stderr);
		do
			sig = sigtimedwait(&set, NULL, &ts);
		while (sig < 0 && errno == EINTR);
		if (sig > 0)
			break;
	}
	stamp(when, sizeof(when));
	printf("%s dừng gửi thư (tín hiệu %d)\n", when, sig);
	sigprocmask(SIG_SETMASK, &old, NULL);
	return 0;
}

static int
mail_send(struct ctl *c, struct db *db, int argc, char **argv)
{
	long every, limit;
	int rc, failed;

	if (num_opt(c, argc, argv, "--every", 1, 86400, 0, &every) < 0 ||
	    num_opt(c, argc, argv, "--limit", 1, 100000, 100, &limit) < 0)
		return 2;
	if (every > 0)
		return send_every(c, db, every, limit);
	if ((rc = mail_send_due(db, c->cfg, (int)limit, stdout, &failed)) < 0)
		return ctl_db_failed(c, rc);
	printf("đã gửi %d thư, %d lần gửi lỗi\n", rc, failed);
	return 0;
}

static int
mail_list_cmd(struct ctl *c, struct db *db, int argc, char **argv)
{
	long limit;
	HDF *h, *r;
	int rc;

	if (num_opt(c, argc, argv, "--limit", 1, 100000, 50, &limit) < 0)
		return 2;
	hdf_init(&h);
	if ((rc = mail_list(db, h, "M", limit)) < 0)
		rc = ctl_db_failed(c, rc);
	else {
		for (r = hdf_get_child(h, "M"); r; r = hdf_obj_next(r)) {
			printf("#%-5s %-6s %2s lần  %s  %s  %s\n",
			    hdf_get_value(r, "id", ""), hdf_get_value(r, "status", ""),
			    hdf_get_value(r, "attempts", ""), hdf_get_value(r, "at", ""),
			    hdf_get_value(r, "to_addr", ""), hdf_get_value(r, "subject", ""));
			if (strcmp(hdf_get_value(r, "status", ""), "sent") == 0)
				printf("       đã gửi %s\n", hdf_get_value(r, "sent", ""));
			else if (strcmp(hdf_get_value(r, "status", ""), "queued") == 0 &&
			    atoi(hdf_get_value(r, "attempts", "0")) > 0)
				printf("       gửi lại lúc %s\n", hdf_get_value(r, "next_at", ""));
			if (hdf_get_value(r, "last_error", NULL))
				printf("       lỗi: %s\n", hdf_get_value(r, "last_error", ""));
		}
		rc = 0;
	}
	hdf_destroy(&h);
	return rc;
}

static int
mail_test(struct ctl *c, struct db *db, int argc, char **argv)
{
	const char *subject = ctl_opt(argc, argv, "--subject");
	int rc;

	if (argc < 1 || argv[0][0] == '-') {
		ctl_err(c, "mail test ĐỊA-CHỈ [--subject TIÊU-ĐỀ]");
		return 2;
	}
	rc = mail_queue(db, argv[0], subject ? subject : test_subject, test_text,
	    test_html);
	if (rc == DB_ERR) {
		ctl_err(c, "không xếp được thư thử (địa chỉ hay tiêu đề không hợp lệ?)");
		return 1;
	}
	if (rc < 0)
		return ctl_db_failed(c, rc);
	printf("đã xếp thư thử #%lld cho %s; gửi: dvcctl mail send\n",
	    db_insert_id(db), argv[0]);
	return 0;
}

int
ctl_mail(struct ctl *c, int argc, char **argv)
{
	struct db *db;
	int rc = 2;

	if (argc < 1) {
		ctl_err(c, "mail send [--every GIÂY] [--limit N] | mail list [--limit N]"
		    " | mail test ĐỊA-CHỈ [--subject TIÊU-ĐỀ]");
		return 2;
	}
	db = db_new(c->cfg, "Owner");
	if (strcmp(argv[0], "send") == 0)
		rc = mail_send(c, db, argc - 1, argv + 1);
	else if (strcmp(argv[0], "list") == 0)
		rc = mail_list_cmd(c, db, argc - 1, argv + 1);
	else if (strcmp(argv[0], "test") == 0)
		rc = mail_test(c, db, argc - 1, argv + 1);
	else
		ctl_err(c, "mail send | mail list | mail test ĐỊA-CHỈ");
	db_free(db);
	return rc;
}
