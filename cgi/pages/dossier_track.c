/* dvc-dossier: public tracking (/tra-cuu): a dossier's status, never its
 * personal data, for whoever has its code and the last digits of the
 * applicant's ID number or phone, or the receipt's QR. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/render.h"
#include "core/request.h"
#include "core/util.h"
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
		hdf_set_value(req->hdf, "Form.so.Error", render_lang("Dossier.TrackDigitsRequired"));
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
