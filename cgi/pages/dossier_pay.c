/* dvc-dossier, paying a dossier's fee online (issue 14, section 2):
 *
 * GET  /thanh-toan/ho-so/<code>           payment.cs: what is owed, when,
 *      how (the counter, the agency's account), the payments so far and,
 *      while the fee is owed and Payment.Gateway.Driver is set, the
 *      button to pay online. The dossier's owner, or whoever may read it.
 * POST /thanh-toan/ho-so/<code>/truc-tuyen  the owner starts an online
 *      payment (a payment row, state started) and is sent to the
 *      gateway's page with the signed redirect (303).
 * GET  /thanh-toan/ho-so/<code>/ket-qua   where the gateway sends the
 *      browser back: payment.cs again with the state as the database has
 *      it. The parameters the browser brings change nothing.
 * GET  /thanh-toan/ho-so/<code>/bien-lai/<id>  the e-receipt (biên lai
 *      điện tử) of payment id, in the print layout, with the QR of its
 *      public check. Whoever may read the dossier.
 * POST /thanh-toan/ho-so/<code>/tai-khoan-hoan  the owner says where a
 *      fee owed back is to be sent (bank, account, holder), while one is.
 * GET  /thanh-toan/bien-lai?so=<id>&k=<check>  anyone holding the
 *      receipt checks that the portal issued it: its number, agency,
 *      amount and day. A wrong check value says so (404).
 * GET  /thanh-toan/thong-bao              the gateway's server-to-server
 *      notification (no session, no CSRF: its HMAC-SHA512 signature is
 *      the check), the only thing that marks a payment paid; answered
 *      in JSON as the gateways expect ({"RspCode":"00",...}). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/render.h"
#include "core/request.h"
#include "core/util.h"
#include "domain/payment.h"
#include "pages/common.h"
#include "pages/dossier.h"
#include "pages/qr.h"

/* the page: the fee, and whether the online button is offered */
static struct result
pay_page(struct request *req, const struct dossier_facts *f, int returned)
{
	int rc;

	if ((rc = dossier_load(req->db, f->id, req->hdf, "Dossier")) < 0 ||
	    (rc = payment_info(req->db, f->id, req->hdf, "Pay")) < 0)
		return res_db(rc);
	if (payment_online() && hdf_get_value(req->hdf, "Pay.owed", NULL) &&
	    req->user && req->user->id == f->owner_id && payment_open(f->status))
		hdf_set_value(req->hdf, "Page.Online", "1");
	if (returned)
		hdf_set_value(req->hdf, "Page.Returned", "1");
	if (hdf_get_value(req->hdf, "Query.da-luu", NULL))
		hdf_set_value(req->hdf, "Page.AccountSaved", "1");
	/* the refund account form: the owner, while a refund is owed */
	if (hdf_get_int_value(req->hdf, "Pay.refund_due", 0) && req->user &&
	    req->user->id == f->owner_id)
		hdf_set_value(req->hdf, "Page.RefundForm", "1");
	/* the transfer's VietQR code (payment_info gives its payload) */
	if (hdf_get_value(req->hdf, "Pay.qr", NULL) &&
	    page_qr(req, hdf_get_value(req->hdf, "Pay.qr", ""), "Pay.Qr") != 0)
		return res_fail(500, "QR encoding failed");
	hdf_set_value(req->hdf, "Page.Nav", "account");
	return req_render(req, T_PAYMENT);
}

/* GET /thanh-toan/ho-so/:code */
struct result
p_pay(struct request *req)
{
	struct dossier_facts f;
	struct result r;

	if (!res_is_ok(r = path_dossier(req, ACT_READ, &f)))
		return r;
	return pay_page(req, &f, 0);
}

/* GET /thanh-toan/ho-so/:code/ket-qua */
struct result
p_pay_return(struct request *req)
{
	struct dossier_facts f;
	struct result r;

	if (!res_is_ok(r = path_dossier(req, ACT_READ, &f)))
		return r;
	return pay_page(req, &f, 1);
}

struct start_tx {
	struct request *req;
	const struct dossier_facts *f;
	struct buf url;
	int res;
};

static int
start_tx(struct db *db, void *ctx)
{
	struct start_tx *s = ctx;
	int rc = payment_online_start(db, s->req->cfg, s->f->id, s->req->user->id,
	    s->req->remote, &s->url);

	if (rc < 0)
		return rc;
	s->res = rc;
	return rc == PAY_STARTED ? page_audit(s->req, "payment.start", "dossier",
	    s->f->id, s->f->owner_id, s->f->code) : 0;
}

/* POST /thanh-toan/ho-so/:code/truc-tuyen */
struct result
p_pay_online(struct request *req)
{
	struct dossier_facts f;
	struct start_tx s;
	struct result r;
	int rc;

	if (!res_is_ok(r = path_dossier(req, ACT_CHANGE, &f)))
		return r;
	if (!payment_online())
		return res_status(404);
	if (!payment_gateway_up(req->cfg)) {
		/* nothing started: the citizen may try again, or pay another way */
		hdf_set_value(req->hdf, "Page.Failure", "gateway");
		req->status = 503;
		req_header(req, "Retry-After", "300");
		return pay_page(req, &f, 0);
	}
	memset(&s, 0, sizeof(s));
	s.req = req;
	s.f = &f;
	rc = db_tx(req->db, start_tx, &s);
	if (rc != 0) {
		buf_free(&s.url);
		return res_db(rc);
	}
	if (s.res != PAY_STARTED) {
		/* nothing owed any more (paid meanwhile): the page says so */
		hdf_set_value(req->hdf, "Page.Failure", "nothing");
		req->status = 409;
		buf_free(&s.url);
		return pay_page(req, &f, 0);
	}
	/* to the gateway: a URL of the configured driver, built and signed
	 * here (req_redirect keeps to this site, so the header is set here) */
	req_header(req, "Location", buf_str(&s.url));
	buf_free(&s.url);
	req->status = 303;
	buf_reset(&req->out);
	return (struct result){ RES_REDIRECT, 303, NULL };
}

/* The e-receipt's check value: the tracking link's MAC over a name no
 * dossier code can take ("bien-lai:" and the payment's number). */
static void
receipt_check(struct request *req, long long pid, char mac[23])
{
	char what[40];

	snprintf(what, sizeof(what), "bien-lai:%lld", pid);
	dossier_receipt_mac(req->cfg, what, mac);
}

/* GET /thanh-toan/ho-so/:code/bien-lai/:id */
struct result
p_pay_receipt(struct request *req)
{
	struct dossier_facts f;
	struct buf url = BUF_INIT;
	struct result r;
	long long pid = req->val[NT_ID].i;
	char mac[23];
	int rc;

	if (!res_is_ok(r = path_dossier(req, ACT_READ, &f)))
		return r;
	if ((rc = payment_receipt(req->db, f.id, pid, req->hdf, "Receipt")) < 0)
		return res_db(rc);
	if (rc == 0)
		return res_status(404);
	receipt_check(req, pid, mac);
	buf_printf(&url, "%s/thanh-toan/bien-lai?so=%lld&k=%s", req->cfg->base_url, pid, mac);
	hdf_set_value(req->hdf, "Receipt.Url", buf_str(&url));
	rc = page_qr(req, buf_str(&url), "Receipt.Qr");
	buf_free(&url);
	if (rc != 0)
		return res_fail(500, "QR encoding failed");
	hdf_set_value(req->hdf, "Page.Nav", "account");
	return req_render(req, T_PAY_RECEIPT);
}

/* GET /thanh-toan/bien-lai */
struct result
p_pay_check(struct request *req)
{
	char mac[23];
	int rc;

	if (req->nerrors || !req->val[RC_NO].present || !req->val[RC_MAC].present) {
		req->status = 404;
		hdf_set_value(req->hdf, "Check.Forged", "1");
		return req_render(req, T_PAY_CHECK);
	}
	receipt_check(req, req->val[RC_NO].i, mac);
	if (!ct_equal(mac, req->val[RC_MAC].s, 22)) {
		req->status = 404;
		hdf_set_value(req->hdf, "Check.Forged", "1");
		return req_render(req, T_PAY_CHECK);
	}
	if ((rc = payment_receipt(req->db, 0, req->val[RC_NO].i, req->hdf, "Receipt")) < 0)
		return res_db(rc);
	if (rc == 0) {
		req->status = 404;
		hdf_set_value(req->hdf, "Check.Forged", "1");
	}
	return req_render(req, T_PAY_CHECK);
}

struct account_tx {
	struct request *req;
	const struct dossier_facts *f;
	int owed;
};

static int
account_tx(struct db *db, void *ctx)
{
	struct account_tx *a = ctx;
	struct request *req = a->req;
	int rc = payment_refund_account(db, a->f->id, req->val[RA_BANK].s,
	    req->val[RA_ACCOUNT].s, req->val[RA_HOLDER].s);

	if (rc <= 0)
		return rc;
	a->owed = 1;
	return page_audit(req, "dossier.refund_account", "dossier", a->f->id,
	    a->f->owner_id, a->f->code);
}

/* POST /thanh-toan/ho-so/:code/tai-khoan-hoan */
struct result
p_pay_account(struct request *req)
{
	struct dossier_facts f;
	struct account_tx a;
	struct buf to = BUF_INIT;
	struct result r;
	const char *acct = req->val[RA_ACCOUNT].s;
	int rc;

	if (!res_is_ok(r = path_dossier(req, ACT_CHANGE, &f)))
		return r;
	/* an account number is digits: what the banks give */
	if (req->val[RA_ACCOUNT].err == VE_OK && acct &&
	    acct[strspn(acct, "0123456789")] != '\0') {
		hdf_set_value(req->hdf, "Form.so_tai_khoan.Error",
		    render_text(req, "Pay.AccountDigits"));
		req->nerrors++;
	}
	if (req->nerrors) {
		req_form_to_hdf(req);
		req->status = 422;
		hdf_set_value(req->hdf, "Page.Failure", "account");
		return pay_page(req, &f, 0);
	}
	memset(&a, 0, sizeof(a));
	a.req = req;
	a.f = &f;
	if ((rc = db_tx(req->db, account_tx, &a)) != 0)
		return res_db(rc);
	if (!a.owed) {
		req->status = 409;
		hdf_set_value(req->hdf, "Page.Failure", "norefund");
		return pay_page(req, &f, 0);
	}
	buf_printf(&to, "/thanh-toan/ho-so/%s?da-luu=1#hoan-tra", f.code);
	r = req_redirect(req, buf_str(&to));
	buf_free(&to);
	return r;
}

/* GET /thanh-toan/thong-bao */
struct result
p_pay_notify(struct request *req)
{
	const char *qs = req_param(req, "QUERY_STRING");
	enum pay_notify out;
	int rc;

	rc = payment_notify(req->db, req->cfg, qs ? qs : "", qs ? strlen(qs) : 0,
	    req->remote, &out);
	if (rc != 0)
		return res_db(rc);	/* the gateway retries */
	buf_reset(&req->out);
	buf_printf(&req->out, "{\"RspCode\":\"%s\",\"Message\":\"%s\"}",
	    payment_notify_code(out), out == PN_PAID || out == PN_RECORDED ?
	    "Confirm Success" : out == PN_ALREADY ? "Order already confirmed" :
	    out == PN_BAD_SIGNATURE ? "Invalid signature" : out == PN_UNKNOWN_ORDER ?
	    "Order not found" : out == PN_BAD_AMOUNT ? "Invalid amount" : "Invalid request");
	req->content_type = "application/json; charset=utf-8";
	req->no_store = 1;
	req->status = 200;
	return res_ok();
}
