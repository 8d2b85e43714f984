/* dvc-dossier: the citizen's dossiers once sent: the list, a dossier's
 * page with its history, notices and clock, the receipt with its QR, a
 * notice as sent, the supplement a Form 02 asked for, the result, the
 * withdrawal and the rating (Articles 6, 8.2, 9.4). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/request.h"
#include "core/util.h"
#include "domain/calendar.h"
#include "domain/payment.h"
#include "domain/rating.h"
#include "domain/workflow.h"
#include "pages/common.h"
#include "pages/dossier.h"
#include "pages/qr.h"

/* GET /ho-so -- dossier_list.cs */
struct result
p_list(struct request *req)
{
	int rc;

	if (req->user->kind == UK_STAFF)
		return req_redirect(req, "/can-bo");
	if ((rc = dossier_list_page(req)) < 0)
		return res_db(rc);
	return req_render(req, T_LIST);
}

int
dossier_list_page(struct request *req)
{
	int rc;

	if ((rc = dossier_list(req->db, req->user->id, req->hdf, "Dossiers")) < 0)
		return rc;
	if (hdf_get_value(req->hdf, "Query.da-xoa", NULL))
		hdf_set_value(req->hdf, "Page.Discarded", "1");
	if (hdf_get_value(req->hdf, "Query.da-nhan", NULL))
		hdf_set_value(req->hdf, "Page.Claimed", "1");
	hdf_set_value(req->hdf, "Page.Nav", "dossiers");
	return 0;
}

/* The QR code of the tracking link (Receipt.Url, Receipt.Qr.{path,size})
 * and, while the fee can be paid by transfer, the VietQR code of that
 * transfer (Pay.Qr.*, from payment_info's Pay.qr). */
static int
receipt_qr(struct request *req, const char *code)
{
	char mac[23];
	struct buf url = BUF_INIT;
	const char *vietqr = hdf_get_value(req->hdf, "Pay.qr", NULL);
	int rc;

	dossier_receipt_mac(req->cfg, code, mac);
	buf_printf(&url, "%s/tra-cuu?ma=", req->cfg->base_url);
	url_encode(&url, code);
	buf_printf(&url, "&k=%s", mac);
	hdf_set_value(req->hdf, "Receipt.Url", buf_str(&url));
	rc = page_qr(req, buf_str(&url), "Receipt.Qr");
	buf_free(&url);
	if (rc == 0 && vietqr)
		rc = page_qr(req, vietqr, "Pay.Qr");
	return rc;
}

/* The dossier page's part after processing, once dossier_load has given
 * the result (Dossier.D.result_*, return_*): the rating given (Rating.*)
 * or its form, whether the citizen may withdraw. */
static struct result
after_data(struct request *req, const struct dossier_facts *f)
{
	int rc;

	if (wf_table[WA_WITHDRAW].from & WF_ST(f->status))
		hdf_set_value(req->hdf, "Page.CanWithdraw", "1");
	if (f->status == DS_RETURNED &&
	    strcmp(hdf_get_value(req->hdf, "Dossier.D.return_method", ""), "online") == 0 &&
	    hdf_get_value(req->hdf, "Dossier.D.result_file_id", NULL))
		hdf_set_value(req->hdf, "Page.ResultOnline", "1");
	if (rating_open(f->status)) {
		if ((rc = rating_get(req->db, f->id, req->hdf, "Rating")) < 0)
			return res_db(rc);
		if (rc == 0) {
			rating_criteria(req->cfg, req->hdf, "Criteria");
			hdf_set_value(req->hdf, "Page.CanRate", "1");
		}
	}
	if (hdf_get_value(req->hdf, "Query.da-danh-gia", NULL))
		hdf_set_value(req->hdf, "Page.Rated", "1");
	return res_ok();
}

/* The dossier's page data: the dossier, its notices, its clock, its fee,
 * what follows processing. */
static struct result
view_data(struct request *req, const struct dossier_facts *f)
{
	int rc;

	if ((rc = dossier_load(req->db, f->id, req->hdf, "Dossier")) < 0 ||
	    (rc = wf_notices(req->db, f->id, req->hdf, "Notices")) < 0 ||
	    (rc = wf_clock_info(req->db, req->cfg, hdf_get_obj(req->hdf, "Dossier.D"),
	    cal_now(), req->hdf, "Clock", strcmp(req_lang(req), "en") == 0)) < 0 ||
	    (rc = payment_info(req->db, f->id, req->hdf, "Pay")) < 0)
		return res_db(rc);
	hdf_set_value(req->hdf, "Page.Nav", "account");
	return after_data(req, f);
}

/* GET /ho-so/:code -- dossier_view.cs */
struct result
p_view(struct request *req)
{
	struct dossier_facts f;
	struct result r;

	if (!res_is_ok(r = path_dossier(req, ACT_READ, &f)) ||
	    !res_is_ok(r = view_data(req, &f)))
		return r;
	if (hdf_get_value(req->hdf, "Query.da-bo-sung", NULL))
		hdf_set_value(req->hdf, "Page.Supplemented", "1");
	return req_render(req, T_VIEW);
}

/* GET /ho-so/:code/bien-nhan -- receipt.cs in the print layout */
struct result
p_receipt(struct request *req)
{
	struct dossier_facts f;
	struct result r;
	int rc;

	if (!res_is_ok(r = path_dossier(req, ACT_READ, &f)))
		return r;
	if ((rc = dossier_load(req->db, f.id, req->hdf, "Dossier")) < 0 ||
	    (rc = payment_info(req->db, f.id, req->hdf, "Pay")) < 0)
		return res_db(rc);
	if (receipt_qr(req, f.code) != 0)
		return res_fail(500, "QR encoding failed");
	hdf_set_value(req->hdf, "Page.Nav", "account");
	return req_render(req, T_RECEIPT);
}

/* The dossier page again with a failure message and status. */
static struct result
view_again(struct request *req, const struct dossier_facts *f, int status,
    const char *failure)
{
	struct result r;

	if (!res_is_ok(r = view_data(req, f)))
		return r;
	hdf_set_value(req->hdf, "Page.Failure", failure);
	req->status = status;
	return req_render(req, T_VIEW);
}

/* GET /ho-so/:code/thong-bao/:id -- the agency's notice exactly as sent
 * (stored HTML, its SHA-256 on the dossier page), a document of its own
 * under CSP sandbox. */
struct result
p_notice(struct request *req)
{
	struct dossier_facts f;
	struct result r;
	int rc;

	if (!res_is_ok(r = path_dossier(req, ACT_READ, &f)))
		return r;
	rc = wf_notice_get(req->db, f.id, req->val[NT_ID].i, req->hdf, "N");
	if (rc <= 0)
		return rc < 0 ? res_db(rc) : res_status(404);
	req->csp = "default-src 'none'; style-src 'self'; img-src 'self';"
	    " frame-ancestors 'none'; sandbox";
	req->content_type = "text/html; charset=utf-8";
	req->status = 200;
	buf_adds(&req->out, hdf_get_value(req->hdf, "N.html", ""));
	return res_ok();
}

/* GET /ho-so/tep/:id -- the bytes, only for who may read the dossier;
 * always a download, never shown by the browser as a page of this site. */
struct result
p_file(struct request *req)
{
	struct dossier_facts f;
	struct result r;
	long long did = 0;
	char stem[32];
	int rc;

	rc = dossier_file_get(req->db, req->val[FL_ID].i, req->hdf, &did);
	if (rc <= 0)
		return rc < 0 ? res_db(rc) : res_status(404);
	/* a result file only through /ho-so/<code>/ket-qua, once returned */
	if (hdf_get_int_value(req->hdf, "File.is_result", 0))
		return res_status(404);
	if (!res_is_ok(r = page_dossier(req, did, NULL, ACT_READ, 0, &f)))
		return r;
	snprintf(stem, sizeof(stem), "ho-so-%lld", req->val[FL_ID].i);
	return page_send_file(req, stem, 0, "default-src 'none'; sandbox",
	    hdf_get_value(req->hdf, "File.mime", "application/octet-stream"));
}

/* --- the supplement ------------------------------------------------------------------- */

/* The dossier waiting for this person's supplement (status 5), with its
 * data in Dossier.*: res_ok(), 404, 503, or a redirect to the dossier's
 * page when it is not waiting (any more). */
static struct result
load_supplement(struct request *req, struct dossier_facts *f)
{
	struct result r;
	int rc;

	if (!res_is_ok(r = path_dossier(req, ACT_CHANGE, f)))
		return r;
	if (f->status != DS_SUPPLEMENT)
		return to_dossier(req, f->code, "");
	if ((rc = dossier_load(req->db, f->id, req->hdf, "Dossier")) < 0 ||
	    (rc = wf_notices(req->db, f->id, req->hdf, "Notices")) < 0)
		return res_db(rc);
	hdf_set_int_value(req->hdf, "Upload.FileMaxMB",
	    (int)(cfg_int(req->cfg, "Upload.FileMax") / 1048576));
	hdf_set_value(req->hdf, "Page.Nav", "account");
	return res_ok();
}

/* GET /ho-so/:code/bo-sung -- dossier_supplement.cs */
struct result
p_supplement_form(struct request *req)
{
	struct dossier_facts f;
	struct result r;

	if (!res_is_ok(r = load_supplement(req, &f)))
		return r;
	return req_render(req, T_SUPPLEMENT);
}

struct supp_tx {
	struct request *req;
	const struct dossier_facts *f;
	const struct taken *t;
	const long long *drop;	/* files taken back (bo_<id> ticked) */
	int ndrop;
	struct wf_out out;
};

static int
supp_tx(struct db *db, void *ctx)
{
	struct supp_tx *s = ctx;
	struct wf_hooks h;
	struct wf_in in;
	int rc;

	if ((rc = dossier_link_files(db, s->f, s->t)) < 0 ||
	    (rc = dossier_withdraw_files(db, s->f->id, s->drop, s->ndrop)) < 0)
		return rc;
	/* the transition in the same transaction (db_tx nests): the files
	 * and the status change commit together or not at all */
	page_hooks(s->req, &h);
	h.mail = NULL;
	memset(&in, 0, sizeof(in));
	in.action = WA_CITIZEN_SUPPLEMENT;
	in.dossier_id = s->f->id;
	in.version = -1;
	if ((rc = wf_apply(db, &h, &in, &s->out)) != 0)
		return rc;
	return s->out.result == WF_DONE ? 0 : DB_ROLLBACK;
}

/* The files of the requested document d the person ticked to take back
 * (the field bo_<file id> = 1), appended to drop; how many. *kept: how
 * many of its files stay (a detached signature is not a file of its own:
 * it goes with the one it signs). */
static int
supp_ticked(struct request *req, HDF *d, long long *drop, int *ndrop, int max,
    int *kept)
{
	HDF *f;
	int n = 0;

	*kept = 0;
	for (f = hdf_obj_child(hdf_get_obj(d, "Files")); f; f = hdf_obj_next(f)) {
		char key[48];

		if (hdf_get_value(f, "signs_id", NULL))
			continue;
		(*kept)++;
		snprintf(key, sizeof(key), "Query.bo_%lld", hdf_ll(f, "id"));
		if (strcmp(hdf_get_value(req->hdf, key, ""), "1") != 0 || *ndrop >= max)
			continue;
		drop[(*ndrop)++] = hdf_ll(f, "id");
		n++;
		(*kept)--;
	}
	return n;
}

/* POST /ho-so/:code/bo-sung (multipart) -- tep_<doc id>: files for the
 * documents the request named; bo_<file id>: a file of one of them taken
 * back (replaced by the new ones, or removed). Each named document
 * changes, and a required one keeps at least one file; then the dossier
 * goes back to the agency and the clock resumes. */
struct result
p_supplement(struct request *req)
{
	struct dossier_facts f;
	struct supp_tx s;
	struct taken t = { NULL, 0 };
	struct result r;
	long long *drop;
	HDF *d;
	int rc, lacking = 0, emptied = 0, ndrop = 0, max;

	if (!res_is_ok(r = load_supplement(req, &f)))
		return r;
	if (!res_is_ok(r = dossier_take_files(req, &f, f.files, 1, &t))) {
		free(t.acc);
		return r;
	}
	max = (int)f.files + 1;
	drop = xcalloc((size_t)max, sizeof(*drop));
	for (d = hdf_obj_child(hdf_get_obj(req->hdf, "Dossier.Docs")); d; d = hdf_obj_next(d)) {
		char key[48];
		int got, gone, kept;

		if (hdf_get_int_value(d, "supplement", 0) != 1)
			continue;
		snprintf(key, sizeof(key), "Got.%lld", hdf_ll(d, "id"));
		got = hdf_get_value(req->hdf, key, NULL) != NULL;
		gone = supp_ticked(req, d, drop, &ndrop, max, &kept);
		if (!got && !gone)
			lacking++;
		else if (!got && kept == 0 && hdf_get_int_value(d, "required", 0)) {
			/* a required document cannot be left without a file */
			snprintf(key, sizeof(key), "Emptied.%lld", hdf_ll(d, "id"));
			hdf_set_value(req->hdf, key, "1");
			emptied++;
		}
	}
	if (lacking || emptied || hdf_get_int_value(req->hdf, "Refused.count", 0)) {
		free(t.acc);
		free(drop);
		hdf_set_value(req->hdf, "Form.Failure", lacking ? "lacking" :
		    emptied ? "emptied" : "refused");
		req->status = 422;
		return req_render(req, T_SUPPLEMENT);
	}
	memset(&s, 0, sizeof(s));
	s.req = req;
	s.f = &f;
	s.t = &t;
	s.drop = drop;
	s.ndrop = ndrop;
	rc = db_tx(req->db, supp_tx, &s);
	free(t.acc);
	free(drop);
	if (rc == DB_ROLLBACK)
		return res_status(s.out.result == WF_NOT_FOUND ? 404 : 409);
	if (rc != 0)
		return req_form_db_failed(req, T_SUPPLEMENT, rc);
	return to_dossier(req, f.code, "?da-bo-sung=1");
}

/* --- the result, withdrawal, rating ---------------------------------------------------- */

/* GET /ho-so/:code/ket-qua -- the result document, for the owner once
 * reception returned it online (level 4). The first download is the
 * collection; each is recorded. */
struct result
p_result(struct request *req)
{
	struct dossier_facts f;
	struct result r;
	long long fid, did = 0;
	char stem[64];
	int rc;

	if (!res_is_ok(r = path_dossier(req, ACT_READ, &f)))
		return r;
	if ((rc = dossier_load(req->db, f.id, req->hdf, "Dossier")) < 0)
		return res_db(rc);
	fid = hdf_ll(req->hdf, "Dossier.D.result_file_id");
	if (f.status != DS_RETURNED || fid == 0 ||
	    strcmp(hdf_get_value(req->hdf, "Dossier.D.return_method", ""), "online") != 0)
		return res_status(404);
	if ((rc = dossier_file_get(req->db, fid, req->hdf, &did)) <= 0 || did != f.id)
		return rc < 0 ? res_db(rc) : res_status(404);
	if ((rc = dossier_collected(req->db, f.id)) < 0 ||
	    (rc = page_audit(req, "dossier.result", "dossier", f.id, f.owner_id, f.code)) < 0)
		return res_db(rc);
	snprintf(stem, sizeof(stem), "ket-qua-%s", f.code);
	return page_send_file(req, stem, 0, "default-src 'none'; sandbox",
	    hdf_get_value(req->hdf, "File.mime", "application/octet-stream"));
}

/* POST /ho-so/:code/rut-ho-so -- ly_do: the citizen withdraws a dossier
 * not finished yet (status 7). Posted again: the dossier page. */
struct result
p_withdraw(struct request *req)
{
	struct dossier_facts f;
	struct wf_hooks h;
	struct wf_in in;
	struct wf_out out;
	struct result r;
	int rc;

	if (!res_is_ok(r = path_dossier(req, ACT_READ, &f)))
		return r;
	if (f.status == DS_WITHDRAWING)
		return to_dossier(req, f.code, "");	/* applied once */
	page_hooks(req, &h);
	memset(&in, 0, sizeof(in));
	in.action = WA_WITHDRAW;
	in.dossier_id = f.id;
	in.version = -1;
	in.reason = req->val[WD_REASON].err == VE_OK ? req->val[WD_REASON].s : NULL;
	if ((rc = wf_apply(req->db, &h, &in, &out)) != 0)
		return res_db(rc);
	switch (out.result) {
	case WF_DONE:
	case WF_ALREADY:
		return to_dossier(req, f.code, "");
	case WF_WRONG_STATUS:
	case WF_CONFLICT:
	case WF_WAIT_PAPER:	/* a citizen's row never waits for it */
	case WF_WAIT_PAYMENT:	/* nor for the fee */
		return view_again(req, &f, 409, "status");
	case WF_BAD_INPUT:
		return view_again(req, &f, 422, "withdraw");
	case WF_FORBIDDEN:
		return res_status(403);
	case WF_NOT_FOUND:
		return res_status(404);
	}
	return res_fail(500, "unknown workflow result");
}

struct rate_tx {
	struct request *req;
	const struct dossier_facts *f;
	long long scores[RATING_CRITERIA_MAX];
	int n;
	int done;	/* 0: rated before (nothing written) */
};

static int
rate_tx(struct db *db, void *ctx)
{
	struct rate_tx *r = ctx;
	struct request *req = r->req;
	int rc;

	rc = rating_put(db, r->f->id, req->val[RT_COMMENT].s,
	    hdf_get_obj(req->hdf, "Criteria"), r->scores, r->n);
	if (rc <= 0)
		return rc;
	r->done = 1;
	rc = page_audit(req, "dossier.rating", "dossier", r->f->id, r->f->owner_id, r->f->code);
	return rc < 0 ? rc : 0;
}

/* POST /ho-so/:code/danh-gia -- diem_N (1-5) for each criterion of
 * Rating.Criteria, gop_y (feedback): once per dossier, after the result. */
struct result
p_rate(struct request *req)
{
	struct dossier_facts f;
	struct rate_tx t;
	struct result r;
	int i, rc;

	if (!res_is_ok(r = path_dossier(req, ACT_READ, &f)))
		return r;
	if (!rating_open(f.status))
		return view_again(req, &f, 409, "status");
	memset(&t, 0, sizeof(t));
	t.n = rating_criteria(req->cfg, req->hdf, "Criteria");
	for (i = 0; i < t.n; i++) {
		if (!req->val[RT_S0 + i].present || req->val[RT_S0 + i].err != VE_OK)
			break;
		t.scores[i] = req->val[RT_S0 + i].i;
	}
	if (i < t.n || req->val[RT_COMMENT].err != VE_OK)
		return view_again(req, &f, 422, "rating");
	t.req = req;
	t.f = &f;
	if ((rc = db_tx(req->db, rate_tx, &t)) != 0)
		return res_db(rc);
	return to_dossier(req, f.code, t.done ? "?da-danh-gia=1#danh-gia" : "#danh-gia");
}
