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
 * GET  /thanh-toan/thong-bao              the gateway's server-to-server
 *      notification (no session, no CSRF: its HMAC-SHA512 signature is
 *      the check), the only thing that marks a payment paid; answered
 *      in JSON as the gateways expect ({"RspCode":"00",...}). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/request.h"
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
	    req->user && req->user->id == f->owner_id &&
	    strchr("12459", '0' + f->status) != NULL)
		hdf_set_value(req->hdf, "Page.Online", "1");
	if (returned)
		hdf_set_value(req->hdf, "Page.Returned", "1");
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
