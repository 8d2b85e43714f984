/* dvc-sandbox: a payment gateway of this repository's own, for the demo
 * and the tests (issue 14): it speaks the protocol of domain/paygw.h the
 * way a real gateway does, so the portal calls it exactly as it calls
 * the real one. Its own responder: it trusts nothing of the portal but
 * the merchant's secret (Payment.Gateway.SecretFile) and reads no
 * database. Route it only on a demo or test site.
 *
 * GET  /cong-thanh-toan-thu/thanh-toan?<signed redirect>
 *      sandbox.cs: a bank-like page with the order, the amount and the
 *      merchant, where one chooses success, failure or cancel (and to
 *      send the notification twice, or the failure after the success).
 *      A redirect whose signature or merchant is wrong: 400, said.
 * POST /cong-thanh-toan-thu/ket-qua  q (the signed redirect again),
 *      chon (thanh-cong, that-bai, huy), lan (1, 2: the notification
 *      twice), dao (1: a failure sent after the success): the signed
 *      notification sent server to server to the portal's
 *      /thanh-toan/thong-bao (Site.BaseURL), then the browser back to
 *      vnp_ReturnUrl with the signed result, as gateways do. */
#include "config.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/log.h"
#include "core/request.h"
#include "core/util.h"
#include "domain/payment.h"
#include "domain/paygw.h"
#include "pages/common.h"

enum { T_PAGE, T__MAX };
static const struct tpl_def tpls[T__MAX] = {
	[T_PAGE] = { "sandbox.cs", NULL },
};

static const char *const choices[] = { "thanh-cong", "that-bai", "huy", NULL };
static const char *const times[] = { "1", "2", NULL };
static const char *const one[] = { "1", NULL };

enum { SB_Q, SB_CHOICE, SB_TIMES, SB_REVERSE, SB__MAX };
static const struct field f_result[SB__MAX] = {
	[SB_Q] = { "q", V_TEXT, F_REQUIRED, 1, PG_QUERY_MAX, NULL },
	[SB_CHOICE] = { "chon", V_ENUM, F_REQUIRED, 0, 0, choices },
	[SB_TIMES] = { "lan", V_ENUM, 0, 0, 0, times },
	[SB_REVERSE] = { "dao", V_ENUM, 0, 0, 0, one },
};

/* The signed redirect q (len bytes), checked as a gateway checks it:
 * parsed, signed with the merchant's secret, our merchant. 0 or -1. */
static int
redirect_ok(struct request *req, const char *q, size_t len, struct pg_msg *m)
{
	const char *tmn;

	if (pg_parse(q, len, m) != PG_OK || payment_verify(m) != PG_OK)
		return -1;
	tmn = pg_get(m, "vnp_TmnCode");
	return tmn && strcmp(tmn, cfg_str(req->cfg, "Payment.Gateway.Merchant")) == 0 &&
	    pg_get(m, "vnp_TxnRef") && pg_get(m, "vnp_Amount") &&
	    pg_get(m, "vnp_ReturnUrl") ? 0 : -1;
}

static struct result
refuse(struct request *req)
{
	hdf_set_value(req->hdf, "Page.Bad", "1");
	req->status = 400;
	return req_render(req, T_PAGE);
}

/* GET /cong-thanh-toan-thu/thanh-toan */
static struct result
s_page(struct request *req)
{
	const char *qs = req_param(req, "QUERY_STRING");
	struct pg_msg *m = xcalloc(1, sizeof(*m));
	struct result r;
	char amount[40];

	if (!payment_online() || qs == NULL ||
	    redirect_ok(req, qs, strlen(qs), m) != 0) {
		free(m);
		return refuse(req);
	}
	hdf_set_value(req->hdf, "Sandbox.q", qs);
	hdf_set_value(req->hdf, "Sandbox.ref", pg_get(m, "vnp_TxnRef"));
	hdf_set_value(req->hdf, "Sandbox.info", pg_get(m, "vnp_OrderInfo") ?
	    pg_get(m, "vnp_OrderInfo") : "");
	hdf_set_value(req->hdf, "Sandbox.merchant", pg_get(m, "vnp_TmnCode"));
	{
		/* vnp_Amount is đồng times 100 */
		const char *a = pg_get(m, "vnp_Amount");
		size_t n = strlen(a);
		char digits[32];

		snprintf(digits, sizeof(digits), "%.*s", n > 2 ? (int)(n - 2) : 1,
		    n > 2 ? a : "0");
		money_group(amount, sizeof(amount), digits);
	}
	hdf_set_value(req->hdf, "Sandbox.amount", amount);
	free(m);
	r = req_render(req, T_PAGE);
	return r;
}

/* Sends one GET of url (http://host:port/path?query) and reads the
 * status line: 0 if the answer was 200, -1 otherwise (unreachable,
 * timed out). A gateway retries; the sandbox says it on its page. */
static int
http_get(const char *url, struct buf *answer)
{
	char host[256], port[8] = "80";
	const char *p, *path;
	struct addrinfo hints, *ai = NULL;
	struct timeval tv = { 5, 0 };
	struct buf rq = BUF_INIT;
	char chunk[2048];
	ssize_t n;
	size_t hl;
	int fd = -1, rc = -1;

	if (strncmp(url, "http://", 7) != 0)
		return -1;
	p = url + 7;
	path = strchr(p, '/');
	hl = path ? (size_t)(path - p) : strlen(p);
	if (hl == 0 || hl >= sizeof(host))
		return -1;
	memcpy(host, p, hl);
	host[hl] = '\0';
	if (strchr(host, ':')) {
		snprintf(port, sizeof(port), "%s", strchr(host, ':') + 1);
		*strchr(host, ':') = '\0';
	}
	memset(&hints, 0, sizeof(hints));
	hints.ai_socktype = SOCK_STREAM;
	if (getaddrinfo(host, port, &hints, &ai) != 0)
		return -1;
	if ((fd = socket(ai->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0)) < 0 ||
	    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)) != 0 ||
	    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv)) != 0 ||
	    connect(fd, ai->ai_addr, ai->ai_addrlen) != 0)
		goto out;
	buf_printf(&rq, "GET %s HTTP/1.0\r\nHost: %s\r\nUser-Agent: dvc-sandbox\r\n\r\n",
	    path ? path : "/", host);
	if (write(fd, rq.s, rq.len) != (ssize_t)rq.len)
		goto out;
	while ((n = read(fd, chunk, sizeof(chunk))) > 0 && answer->len < 65536)
		buf_add(answer, chunk, (size_t)n);
	rc = answer->len > 12 && strncmp(buf_str(answer) + 8, " 200", 4) == 0 ? 0 : -1;
out:
	if (fd >= 0)
		close(fd);
	freeaddrinfo(ai);
	buf_free(&rq);
	return rc;
}

/* The notification of m's order with response code: signed, sent to the
 * portal. 0 or -1 (not delivered). */
static int
send_notice(struct request *req, const struct pg_msg *m, const char *code, int n)
{
	struct pg_msg *x = xcalloc(1, sizeof(*x));
	struct buf url = BUF_INIT, answer = BUF_INIT;
	char txn[24], date[16];
	int rc;

	snprintf(txn, sizeof(txn), "%ld%d", (long)(now_mono() * 1000) % 100000000L, n);
	snprintf(date, sizeof(date), "%s", pg_get(m, "vnp_CreateDate") ?
	    pg_get(m, "vnp_CreateDate") : "");
	pg_add(x, "vnp_Amount", pg_get(m, "vnp_Amount"));
	pg_add(x, "vnp_BankCode", "SANDBOX");
	pg_add(x, "vnp_OrderInfo", pg_get(m, "vnp_OrderInfo") ? pg_get(m, "vnp_OrderInfo") : "");
	pg_add(x, "vnp_PayDate", date);
	pg_add(x, "vnp_ResponseCode", code);
	pg_add(x, "vnp_TmnCode", pg_get(m, "vnp_TmnCode"));
	pg_add(x, "vnp_TransactionNo", txn);
	pg_add(x, "vnp_TransactionStatus", strcmp(code, "00") == 0 ? "00" : "02");
	pg_add(x, "vnp_TxnRef", pg_get(m, "vnp_TxnRef"));
	pg_add(x, "vnp_SecureHashType", "HmacSHA512");
	buf_printf(&url, "%s%s/thanh-toan/thong-bao?", cfg_str(req->cfg, "Site.BaseURL"),
	    cfg_str(req->cfg, "Site.BasePath"));
	payment_sign_query(x, &url);
	rc = http_get(buf_str(&url), &answer);
	if (rc != 0)
		log_event(LOG_WARN_, "sandbox.notify_failed", req->ref, "order",
		    pg_get(m, "vnp_TxnRef"), NULL);
	free(x);
	buf_free(&url);
	buf_free(&answer);
	return rc;
}

/* POST /cong-thanh-toan-thu/ket-qua */
static struct result
s_result(struct request *req)
{
	const char *q = req->val[SB_Q].s, *choice = req->val[SB_CHOICE].s, *code;
	struct pg_msg *m = xcalloc(1, sizeof(*m)), *back;
	struct buf to = BUF_INIT, base = BUF_INIT;
	int twice, i, failed = 0;

	if (req->nerrors || !payment_online() || redirect_ok(req, q, strlen(q), m) != 0) {
		free(m);
		return refuse(req);
	}
	/* the way back must be this portal's */
	buf_printf(&base, "%s%s/", cfg_str(req->cfg, "Site.BaseURL"),
	    cfg_str(req->cfg, "Site.BasePath"));
	if (strncmp(pg_get(m, "vnp_ReturnUrl"), buf_str(&base), base.len) != 0) {
		free(m);
		buf_free(&base);
		return refuse(req);
	}
	buf_free(&base);
	code = strcmp(choice, "thanh-cong") == 0 ? "00" : strcmp(choice, "huy") == 0 ?
	    "24" : "51";
	twice = req->val[SB_TIMES].present && strcmp(req->val[SB_TIMES].s, "2") == 0;
	for (i = 0; i < (twice ? 2 : 1); i++)
		failed |= send_notice(req, m, code, i) != 0;
	if (req->val[SB_REVERSE].present && strcmp(code, "00") == 0)
		failed |= send_notice(req, m, "51", 9) != 0;	/* a failure, late */
	/* the browser back, with the result signed as gateways do */
	back = xcalloc(1, sizeof(*back));
	pg_add(back, "vnp_Amount", pg_get(m, "vnp_Amount"));
	pg_add(back, "vnp_ResponseCode", failed ? "99" : code);
	pg_add(back, "vnp_TmnCode", pg_get(m, "vnp_TmnCode"));
	pg_add(back, "vnp_TxnRef", pg_get(m, "vnp_TxnRef"));
	buf_printf(&to, "%s?", pg_get(m, "vnp_ReturnUrl"));
	payment_sign_query(back, &to);
	req_header(req, "Location", buf_str(&to));
	free(back);
	free(m);
	buf_free(&to);
	req->status = 303;
	buf_reset(&req->out);
	return (struct result){ RES_REDIRECT, 303, NULL };
}

static int
start(const struct config *cfg, char *err, size_t errlen)
{
	return payment_start(cfg, err, errlen);
}

static const struct route routes[] = {
	{ M_GET, "/cong-thanh-toan-thu/thanh-toan", s_page, RF_PERSONAL | RF_FORM, NULL, 0, 0 },
	{ M_POST, "/cong-thanh-toan-thu/ket-qua", s_result, RF_CSRF, FIELDS(f_result), 0 },
};

static const struct responder sandbox_responder = {
	"sandbox", "Public", routes, sizeof(routes) / sizeof(routes[0]),
	tpls, T__MAX, NULL, NULL, NULL, NULL, NULL, 0, NULL, start,
};

int
main(int argc, char **argv)
{
	return responder_main(argc, argv, &sandbox_responder);
}
