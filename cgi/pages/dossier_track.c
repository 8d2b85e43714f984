/* dvc-dossier: public tracking (/tra-cuu): a dossier's status, never its
 * personal data, for whoever has its code and the last digits of the
 * applicant's ID number or phone, or the receipt's QR; and claiming a
 * dossier received at the counter or by post into one's account with its
 * code and the ID number, limited the same way. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/db.h"
#include "core/render.h"
#include "core/request.h"
#include "core/util.h"
#include "pages/common.h"
#include "pages/dossier.h"

/* GET /tra-cuu -- track.cs */
struct result
p_track(struct request *req)
{
	char code[41], digits[8], mac[23];
	const char *ip = req->remote ? req->remote : "-";
	int rc;

	hdf_set_value(req->hdf, "Page.Nav", "track");
	req_form_to_hdf(req);
	if (!req->val[TR_CODE].present)
		return req_render(req, T_TRACK);
	if (req->nerrors) {
		req->status = 422;
		return req_render(req, T_TRACK);
	}
	dossier_code_norm(req->val[TR_CODE].s, code);
	if (req->val[TR_MAC].present) {
		/* from a receipt's QR: the check value proves the portal
		 * issued that receipt */
		dossier_receipt_mac(req->cfg, code, mac);
		if (!ct_equal(mac, req->val[TR_MAC].s, 22)) {
			hdf_set_value(req->hdf, "Track.Forged", "1");
			req->status = 404;
			return req_render(req, T_TRACK);
		}
		rc = dossier_track(req->db, code, NULL, req->hdf);
		if (rc < 0)
			return req_form_db_failed(req, T_TRACK, rc);
		if (rc == 0) {
			req->status = 404;
			hdf_set_value(req->hdf, "Track.NotFound", "1");
		} else
			hdf_set_value(req->hdf, "Track.Genuine", "1");
		return req_render(req, T_TRACK);
	}
	if (!req->val[TR_DIGITS].present || strlen(hdf_get_value(req->hdf,
	    "Query.so", "")) < 4) {
		hdf_set_value(req->hdf, "Form.so.Error", render_text(req, "Dossier.TrackDigitsRequired"));
		req->status = 422;
		return req_render(req, T_TRACK);
	}
	if ((rc = dossier_track_wait(req->db, req->cfg, ip, code, 0)) != 0) {
		if (rc < 0)
			return req_form_db_failed(req, T_TRACK, rc);
		req_header(req, "Retry-After", "600");
		return req_form_failed(req, T_TRACK, 429, "wait");
	}
	snprintf(digits, sizeof(digits), "%s", hdf_get_value(req->hdf, "Query.so", ""));
	rc = dossier_track(req->db, code, digits, req->hdf);
	if (rc < 0)
		return req_form_db_failed(req, T_TRACK, rc);
	if (rc == 0) {
		/* unknown code and wrong digits: one answer */
		dossier_track_wait(req->db, req->cfg, ip, code, 1);
		req->status = 404;
		hdf_set_value(req->hdf, "Track.NotFound", "1");
	}
	return req_render(req, T_TRACK);
}

/* The list page with the claim form's answer. */
static struct result
claim_again(struct request *req, int status, const char *failure)
{
	int rc;

	req_form_to_hdf(req);
	if (failure)
		hdf_set_value(req->hdf, "Claim.Failure", failure);
	req->status = status;
	if ((rc = dossier_list_page(req)) < 0)
		return res_db(rc);
	return req_render(req, T_LIST);
}

struct claim_tx {
	struct request *req;
	long long id;
	int found;
};

static int
claim_tx(struct db *db, void *ctx)
{
	struct claim_tx *c = ctx;
	struct request *req = c->req;
	int rc;

	c->found = dossier_claim(db, req->user->id, req->val[CL_CODE].s,
	    req->val[CL_IDNO].s, &c->id);
	if (c->found <= 0 || c->found == DOSSIER_NOT_MINE)
		return c->found < 0 ? c->found : 0;
	rc = page_audit(req, "dossier.claim", "dossier", c->id, req->user->id,
	    req->val[CL_CODE].s);
	return rc < 0 ? rc : 0;
}

/* POST /ho-so/nhan-ho-so -- ma, so_dinh_danh: a dossier received at the
 * counter or by post joins the person's account when its code and the
 * ID number reception entered match. A wrong pair counts against the
 * address as a wrong tracking lookup does (dossier_track_wait): code and
 * ID number are a small secret. */
struct result
p_claim(struct request *req)
{
	const char *ip = req->remote ? req->remote : "-";
	char code[41];
	struct claim_tx c;
	int rc;

	if (req->user->kind == UK_STAFF)
		return claim_again(req, 403, "staff");
	if (req->nerrors)
		return claim_again(req, 422, NULL);
	/* limited per address and per dossier, as tracking is: guesses at
	 * one dossier's ID number spread over addresses stop too */
	dossier_code_norm(req->val[CL_CODE].s, code);
	if ((rc = dossier_track_wait(req->db, req->cfg, ip, code, 0)) != 0) {
		if (rc < 0)
			return res_db(rc);
		req_header(req, "Retry-After", "600");
		return claim_again(req, 429, "wait");
	}
	memset(&c, 0, sizeof(c));
	c.req = req;
	if ((rc = db_tx(req->db, claim_tx, &c)) != 0)
		return res_db(rc);
	if (c.found == DOSSIER_NOT_MINE)
		return claim_again(req, 422, "not_mine");
	if (c.found == 0) {
		dossier_track_wait(req->db, req->cfg, ip, code, 1);
		return claim_again(req, 404, "not_found");
	}
	return req_redirect(req, "/ho-so?da-nhan=1");
}
