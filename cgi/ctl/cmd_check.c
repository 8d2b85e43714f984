/* dvcctl check | remind: what an operator must act on, and reception's
 * alert. Both are meant for cron (docs/operator-guide.md): `check` prints
 * one line per finding and exits 1 when there is any (cron mails the
 * output), `remind` mails the leaders and province admins about
 * dossiers waiting too long for reception, once each. The rules are
 * domain/checks.h's; the province admin's oversight page shows the same
 * findings from the same function. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/conf.h"
#include "core/db.h"
#include "core/render.h"
#include "core/util.h"
#include "ctl/ctl.h"
#include "domain/calendar.h"
#include "domain/checks.h"
#include "domain/retention.h"
#include "domain/mail.h"

/* One finding as a line for the operator. */
static void
print_finding(HDF *f)
{
	const char *kind = hdf_get_value(f, "kind", "");

	if (strcmp(kind, "unstaffed") == 0) {
		const char *sep = "";

		printf("cơ quan %s (%s) nhận hồ sơ trực tuyến nhưng không có ",
		    hdf_get_value(f, "agency_code", ""), hdf_get_value(f, "agency_name", ""));
		if (hdf_get_int_value(f, "reception", 0) == 0) {
			printf("cán bộ tiếp nhận");
			sep = ", ";
		}
		if (hdf_get_int_value(f, "specialist", 0) == 0) {
			printf("%schuyên viên", sep);
			sep = ", ";
		}
		if (hdf_get_int_value(f, "leader", 0) == 0)
			printf("%slãnh đạo", sep);
		printf(" đang hoạt động (dvcctl user add|enable)\n");
	} else if (strcmp(kind, "year") == 0) {
		int year = hdf_get_int_value(f, "year", 0);

		printf("ngày nghỉ lễ năm %d%s chưa được xác nhận: hạn tính vào năm này"
		    " là tạm tính; %s, rồi dvcctl holiday confirm %d\n", year,
		    hdf_get_int_value(f, "next", 0) ? " (năm sau)" : "",
		    hdf_get_int_value(f, "days", 0) ? "đối chiếu lịch với thông báo chính"
		    " thức (dvcctl holiday list --year)" : "lịch chưa có ngày nào của năm"
		    " này: nhập theo thông báo (dvcctl holiday add)", year);
	} else if (strcmp(kind, "wait") == 0) {
		int unalerted = hdf_get_int_value(f, "unalerted", 0);

		printf("cơ quan %s (%s): %d hồ sơ chờ tiếp nhận quá %d giờ làm việc",
		    hdf_get_value(f, "agency_code", ""), hdf_get_value(f, "agency_name", ""),
		    hdf_get_int_value(f, "count", 0), hdf_get_int_value(f, "hours", 0));
		if (unalerted)
			printf(" (%d chưa được báo: dvcctl remind có chạy theo cron không?)",
			    unalerted);
		printf("\n");
	} else if (strcmp(kind, "mail") == 0)
		printf("%d thư chờ gửi đã quá hạn gửi hơn 1 giờ: dvcctl mail send có chạy"
		    " theo cron không? (dvcctl mail list)\n", hdf_get_int_value(f, "count", 0));
}

int
ctl_check(struct ctl *c, int argc, char **argv)
{
	struct db *db;
	HDF *h, *f;
	int rc, quiet = argc == 1 && strcmp(argv[0], "--quiet") == 0;

	if (argc > 0 && !quiet) {
		ctl_err(c, "check [--quiet]: --quiet không in gì khi không có việc cần xử"
		    " lý (cho cron)");
		return 2;
	}
	db = db_new(c->cfg, "Owner");
	hdf_init(&h);
	rc = checks_run(db, c->cfg, cal_now(), h, "F");
	if (rc < 0)
		rc = ctl_db_failed(c, rc);
	else if (rc == 0) {
		if (!quiet)
			printf("không có việc cần xử lý\n");
	}
	else {
		for (f = hdf_get_child(h, "F"); f; f = hdf_obj_next(f))
			print_finding(f);
		rc = 1;
	}
	hdf_destroy(&h);
	db_free(db);
	return rc;
}

/* checks_mail_fn for dvcctl: mail.cs rendered without a layout, twice
 * (plain text, HTML), queued in the caller's transaction. */
int
ctl_mail_hook(void *ctx, struct db *db, HDF *data, const char *kind,
    const char *to)
{
	struct ctl *c = ctx;
	char *text = NULL, *html = NULL, err[512], key[80];
	const char *subject;
	int rc = DB_ERR;

	hdf_set_value(data, "Mail.Kind", kind);
	hdf_set_value(data, "Mail.Base", c->cfg->base_url);
	hdf_set_value(data, "Mail.Html", "0");
	if (render_file_bare(c->cfg, "mail.cs", data, &text, err, sizeof(err)) == 0) {
		hdf_set_value(data, "Mail.Html", "1");
		if (render_file_bare(c->cfg, "mail.cs", data, &html, err, sizeof(err)) == 0) {
			snprintf(key, sizeof(key), "Mail.%s.Subject", kind);
			subject = render_lang(key);
			rc = mail_queue(db, to, subject ? subject : kind, text, html);
		}
	}
	if (rc == DB_ERR && (text == NULL || html == NULL))
		ctl_err(c, "%s", err);
	free(text);
	free(html);
	return rc;
}

int
ctl_remind(struct ctl *c, int argc, char **argv)
{
	struct checks_remind_out out;
	struct db *db;
	int rc;

	(void)argv;
	if (argc > 0) {
		ctl_err(c, "remind không nhận tham số");
		return 2;
	}
	db = db_new(c->cfg, "Owner");
	rc = checks_remind(db, c->cfg, cal_now(), ctl_mail_hook, c, &out);
	db_free(db);
	if (rc < 0)
		return ctl_db_failed(c, rc);
	printf("%d hồ sơ chờ tiếp nhận quá %ld giờ làm việc vừa được báo (%d thư);"
	    " gửi: dvcctl mail send\n", out.dossiers,
	    (long)cfg_int(c->cfg, "Reception.MaxWaitHours"), out.mails);
	return 0;
}

/* dvcctl purge [--dry-run]: retention (domain/retention.h), daily. */
int
ctl_purge(struct ctl *c, int argc, char **argv)
{
	struct purge_out out;
	struct db *db;
	int rc, dry = argc == 1 && strcmp(argv[0], "--dry-run") == 0;

	if (argc > 0 && !dry) {
		ctl_err(c, "purge [--dry-run]: --dry-run chỉ đếm, không xóa gì");
		return 2;
	}
	db = db_new(c->cfg, "Owner");
	rc = retention_purge(db, c->cfg, dry, ctl_mail_hook, c, &out);
	db_free(db);
	if (rc < 0)
		return ctl_db_failed(c, rc);
	printf("%s%lld phiên đăng nhập đã kết thúc, %lld nội dung thư đã gửi,"
	    " %lld dòng giới hạn đã hết hạn; hồ sơ nháp bỏ dở: %lld được báo qua"
	    " thư, %lld bị xóa%s\n", dry ? "sẽ xóa (--dry-run): " : "đã xóa ",
	    out.sessions, out.mail_bodies, out.throttles, out.drafts_warned,
	    out.drafts_deleted, out.drafts_warned && !dry ?
	    " (gửi: dvcctl mail send)" : "");
	return 0;
}
