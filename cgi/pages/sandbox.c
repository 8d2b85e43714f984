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
 *      vnp_ReturnUrl with the signed result, as gateways do. lan=0: the
 *      notification is lost (never sent), for the reconciliation. What
 *      was chosen is kept in Payment.Sandbox.StateDir, one small file per
 *      order, for the status query.
 * POST /cong-thanh-toan-thu/truy-van  the status query (querydr, JSON,
 *      domain/paygw.h): checked as a gateway checks it (signature,
 *      merchant), answered with the signed JSON of what was chosen for
 *      the order, or 91 (no such transaction) if nothing was. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/httpc.h"
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
static const char *const how_many[] = { "0", "1", "2", NULL };
static const char *const one[] = { "1", NULL };

enum { SB_Q, SB_CHOICE, SB_TIMES, SB_REVERSE, SB__MAX };
static const struct field f_result[SB__MAX] = {
	[SB_Q] = { "q", V_TEXT, F_REQUIRED, 1, PG_QUERY_MAX, NULL },
	[SB_CHOICE] = { "chon", V_ENUM, F_REQUIRED, 0, 0, choices },
	[SB_TIMES] = { "lan", V_ENUM, 0, 0, 0, how_many },
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

/* The notification of m's order with response code: signed, sent to the
 * portal. 0 or -1 (not delivered). */
static int
send_notice(struct request *req, const struct pg_msg *m, const char *code, const char *txn)
{
	struct pg_msg *x = xcalloc(1, sizeof(*x));
	struct buf url = BUF_INIT, answer = BUF_INIT;
	char date[16], err[256];
	int rc;

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
	rc = httpc("GET", buf_str(&url), NULL, NULL, 0, 5, &answer, err, sizeof(err)) == 200 ?
	    0 : -1;
	if (rc != 0)
		log_event(LOG_WARN_, "sandbox.notify_failed", req->ref, "order",
		    pg_get(m, "vnp_TxnRef"), NULL);
	free(x);
	buf_free(&url);
	buf_free(&answer);
	return rc;
}

/* The file where the state of order ref is kept (StateDir/ref), into
 * path: 0, or -1 if there is no folder or ref is not a plain reference
 * (letters and digits: ours are DVC<n>). */
static int
state_path(const struct config *cfg, const char *ref, char *path, size_t len)
{
	const char *dir = cfg_str(cfg, "Payment.Sandbox.StateDir");
	size_t n = ref ? strlen(ref) : 0;

	if (*dir == '\0' || n == 0 || n > 40 || strspn(ref, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "abcdefghijklmnopqrstuvwxyz0123456789") != n)
		return -1;
	return snprintf(path, len, "%s/%s", dir, ref) < (int)len ? 0 : -1;
}

/* What was chosen for m's order (the response code, the transaction's
 * number, the amount), kept for the status query; written whole, then
 * renamed. */
static void
keep_state(struct request *req, const struct pg_msg *m, const char *code, const char *txn)
{
	char path[512], tmp[520];
	FILE *f;

	if (state_path(req->cfg, pg_get(m, "vnp_TxnRef"), path, sizeof(path)) != 0)
		return;
	snprintf(tmp, sizeof(tmp), "%s.new", path);
	if ((f = fopen(tmp, "w")) == NULL)
		return;
	fprintf(f, "%s %s %s %s\n", code, txn, pg_get(m, "vnp_Amount"),
	    pg_get(m, "vnp_CreateDate") ? pg_get(m, "vnp_CreateDate") : "-");
	if (fclose(f) != 0 || rename(tmp, path) != 0)
		unlink(tmp);
}

/* POST /cong-thanh-toan-thu/ket-qua */
static struct result
s_result(struct request *req)
{
	const char *q = req->val[SB_Q].s, *choice = req->val[SB_CHOICE].s, *code;
	struct pg_msg *m = xcalloc(1, sizeof(*m)), *back;
	struct buf to = BUF_INIT, base = BUF_INIT;
	char txn[24];
	int times, i, failed = 0;

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
	times = !req->val[SB_TIMES].present ? 1 : atoi(req->val[SB_TIMES].s);
	/* the gateway's number for this transaction, kept for the query */
	snprintf(txn, sizeof(txn), "%ld", (long)(now_mono() * 1000) % 100000000L);
	keep_state(req, m, code, txn);
	for (i = 0; i < times; i++)
		failed |= send_notice(req, m, code, txn) != 0;
	if (times > 0 && req->val[SB_REVERSE].present && strcmp(code, "00") == 0) {
		char late[32];

		snprintf(late, sizeof(late), "%s9", txn);
		failed |= send_notice(req, m, "51", late) != 0;	/* a failure, late */
	}
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

/* The answer to a status query: a, signed, as JSON. */
static struct result
query_answer(struct request *req, struct pg_msg *a)
{
	payment_sign_fields(a, PG_SIGNED_ANSWER);
	buf_reset(&req->out);
	pg_to_json(a, &req->out);
	req->content_type = "application/json; charset=utf-8";
	req->no_store = 1;
	req->status = 200;
	return res_ok();
}

/* POST /cong-thanh-toan-thu/truy-van */
static struct result
s_query(struct request *req)
{
	struct pg_msg *q = xcalloc(1, sizeof(*q)), *a = xcalloc(1, sizeof(*a));
	const char *ref, *code = "00";
	char path[512], line[160], st[8] = "", txn[32] = "", amount[32] = "", date[24] = "";
	unsigned char rnd[8];
	char rid[17];
	struct result r;
	FILE *f;

	random_bytes(rnd, sizeof(rnd));
	hex_encode(rnd, sizeof(rnd), rid);
	pg_add(a, "vnp_ResponseId", rid);
	pg_add(a, "vnp_Command", "querydr");
	if (!payment_online() || req->body == NULL ||
	    pg_from_json(req->body, req->body_len, q) != PG_OK)
		code = "03";	/* the gateways' "data format" */
	else if (payment_verify_fields(q, PG_SIGNED_QUERY) != PG_OK)
		code = "97";
	else if (!pg_get(q, "vnp_TmnCode") ||
	    strcmp(pg_get(q, "vnp_TmnCode"), cfg_str(req->cfg, "Payment.Gateway.Merchant")) != 0)
		code = "02";	/* another merchant */
	ref = code[1] == '0' ? pg_get(q, "vnp_TxnRef") : NULL;
	if (ref && (state_path(req->cfg, ref, path, sizeof(path)) != 0 ||
	    (f = fopen(path, "r")) == NULL))
		code = "91";	/* no such transaction */
	else if (ref) {
		if (fgets(line, sizeof(line), f) == NULL ||
		    sscanf(line, "%7s %31s %31s %23s", st, txn, amount, date) != 4)
			code = "99";
		fclose(f);
	}
	pg_add(a, "vnp_ResponseCode", code);
	pg_add(a, "vnp_Message", strcmp(code, "00") == 0 ? "QueryDR Success" : "QueryDR Failed");
	pg_add(a, "vnp_TmnCode", cfg_str(req->cfg, "Payment.Gateway.Merchant"));
	if (ref)
		pg_add(a, "vnp_TxnRef", ref);
	if (strcmp(code, "00") == 0) {
		pg_add(a, "vnp_Amount", amount);
		pg_add(a, "vnp_BankCode", "SANDBOX");
		pg_add(a, "vnp_PayDate", date);
		pg_add(a, "vnp_TransactionNo", txn);
		pg_add(a, "vnp_TransactionType", "01");
		/* 00 paid; a failure or a cancellation: 02 */
		pg_add(a, "vnp_TransactionStatus", strcmp(st, "00") == 0 ? "00" : "02");
	}
	r = query_answer(req, a);
	free(q);
	free(a);
	return r;
}

static int
start(const struct config *cfg, char *err, size_t errlen)
{
	return payment_start(cfg, err, errlen);
}

static const struct route routes[] = {
	{ M_GET, "/cong-thanh-toan-thu/thanh-toan", s_page, RF_PERSONAL | RF_FORM, NULL, 0, 0 },
	{ M_POST, "/cong-thanh-toan-thu/ket-qua", s_result, RF_CSRF, FIELDS(f_result), 0 },
	{ M_POST, "/cong-thanh-toan-thu/truy-van", s_query, RF_JSON, NULL, 0, 0 },
};

static const struct responder sandbox_responder = {
	"sandbox", "Public", routes, sizeof(routes) / sizeof(routes[0]),
	tpls, T__MAX, NULL, NULL, NULL, NULL, NULL, 0, NULL, start, NULL, NULL, NULL,
};

int
main(int argc, char **argv)
{
	return responder_main(argc, argv, &sandbox_responder);
}
