/* dvcctl payment: the operator's side of online payment (issue 14).
 *
 *   payment reconcile [--older-than PHÚT]
 *       asks the gateway (its status query) about every online payment
 *       still waiting for its notification PHÚT minutes (15 by default)
 *       after it started, and records what the gateway says as its
 *       notification would have (domain/payment.c payment_reconcile):
 *       paid once with the dossier's fee and e-receipt, failed,
 *       cancelled; a payment the gateway never saw is cancelled after
 *       Payment.Gateway.AbandonHours. Prints one line per payment and a
 *       summary. Exit status 1 if the gateway could not be reached for
 *       some (nothing changed for them: run it again later), as cron
 *       would report it.
 *
 * Every change has the payment's history row (source: gateway) and the
 * audit records of a notification. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/conf.h"
#include "core/db.h"
#include "ctl/ctl.h"
#include "domain/payment.h"

#define PAYMENT_USAGE "dùng: dvcctl payment reconcile [--older-than PHÚT]"

/* what each outcome is called for the operator */
static const char *
said(const char *what)
{
	static const char *const names[][2] = {
		{ "paid", "đã thanh toán: cổng thanh toán xác nhận, đã ghi nhận" },
		{ "failed", "không thành công: đã ghi nhận" },
		{ "cancelled", "đã hủy: đã ghi nhận" },
		{ "abandoned", "cổng thanh toán không có giao dịch này: đã hủy (quá thời hạn chờ)" },
		{ "unknown", "cổng thanh toán chưa có giao dịch này: chờ tiếp" },
		{ "waiting", "cổng thanh toán chưa xử lý xong: chờ tiếp" },
		{ "refused", "câu trả lời của cổng thanh toán không hợp lệ: không ghi nhận, đã lưu vết" },
		{ "unreachable", "không liên lạc được cổng thanh toán: chưa đối soát" },
	};
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(names[i][0], what) == 0)
			return names[i][1];
	return what;
}

static int
reconcile(struct ctl *c, int argc, char **argv)
{
	const char *v = ctl_opt(argc, argv, "--older-than");
	struct pay_reconcile sum;
	struct db *db;
	char err[512], *end = NULL;
	long older = 15;
	HDF *hdf, *r;
	int rc;

	if (v) {
		older = strtol(v, &end, 10);
		if (*v == '\0' || *end != '\0' || older < 0 || older > 100000) {
			ctl_err(c, "--older-than: số phút từ 0 đến 100000, không phải \"%s\"", v);
			return 2;
		}
	}
	if (config_load_audit_key(c->cfg, err, sizeof(err)) < 0 ||
	    payment_start(c->cfg, err, sizeof(err)) < 0) {
		ctl_err(c, "%s", err);
		return 1;
	}
	if (!payment_online()) {
		ctl_err(c, "chưa cấu hình thanh toán trực tuyến (Payment.Gateway.Driver):"
		    " không có gì để đối soát");
		return 1;
	}
	if (hdf_init(&hdf))
		return 1;
	db = db_new(c->cfg, "Owner");
	rc = payment_reconcile(db, c->cfg, (int)older, hdf, "R", &sum);
	db_free(db);
	for (r = hdf_get_child(hdf, "R"); r; r = hdf_obj_next(r)) {
		const char *why = hdf_get_value(r, "why", NULL);

		printf("%s: %s%s%s\n", hdf_get_value(r, "ref", ""),
		    said(hdf_get_value(r, "what", "")), why ? " – " : "", why ? why : "");
	}
	hdf_destroy(&hdf);
	if (rc < 0)
		return ctl_db_failed(c, rc);
	printf("đã hỏi cổng thanh toán %d giao dịch chờ quá %ld phút: %d đã thanh toán,"
	    " %d không thành công, %d đã hủy, %d còn chờ, %d câu trả lời không hợp lệ,"
	    " %d không liên lạc được\n", sum.asked, older, sum.paid, sum.failed,
	    sum.cancelled, sum.waiting, sum.refused, sum.unreachable);
	if (sum.unreachable) {
		ctl_err(c, "%d giao dịch chưa đối soát được vì không liên lạc được cổng"
		    " thanh toán; hãy chạy lại sau", sum.unreachable);
		return 1;
	}
	return 0;
}

int
ctl_payment(struct ctl *c, int argc, char **argv)
{
	if (argc >= 1 && strcmp(argv[0], "reconcile") == 0 &&
	    (argc == 1 || (argc == 3 && strcmp(argv[1], "--older-than") == 0)))
		return reconcile(c, argc - 1, argv + 1);
	ctl_err(c, PAYMENT_USAGE);
	return 2;
}
