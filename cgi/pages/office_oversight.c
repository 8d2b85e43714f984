/* The province's oversight (issue 13, section 6; domain/oversight.h):
 *
 * /can-bo/giam-sat                       every agency: waiting for
 *                                        reception, late to receive, in
 *                                        processing on time / overdue,
 *                                        waiting for the citizen, paper
 *                                        copies awaited; agencies taking
 *                                        online dossiers without an active
 *                                        reception officer
 * /can-bo/giam-sat/co-quan/<code>        one agency's dossiers in one of
 *                                        those states (?trang_thai=), with
 *                                        minimum personal data: code,
 *                                        procedure, status, dates
 * /can-bo/giam-sat/ho-so/<code>          one dossier as the oversight sees
 *                                        it: dates, the history of its due
 *                                        date, a waiver granted
 * /can-bo/giam-sat/ho-so/<code>/mien-gioi-han
 *                                        POST: the province admin grants
 *                                        the dossier an extension waiver
 *
 * For the province's admins and inspectors (route roles); what each may do
 * to an agency or a dossier is access_object's decision (OBJ_AGENCY read,
 * ACT_WAIVE). Every view is recorded in the audit trail; the views of one
 * dossier and the waiver with its citizen as the owner (they see them on
 * /tai-khoan). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/access.h"
#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/render.h"
#include "core/request.h"
#include "core/validate.h"
#include "domain/calendar.h"
#include "domain/dossier.h"
#include "domain/oversight.h"
#include "domain/report.h"
#include "pages/common.h"
#include "pages/office.h"

/* Whether this person may read agency's figures (0: the province's):
 * access_object's answer. */
static int
agency_access(struct request *req, long long agency, int lookup)
{
	struct access_object o;

	memset(&o, 0, sizeof(o));
	o.type = OBJ_AGENCY;
	o.agency_id = agency;
	return access_object(req->user, ACT_READ, &o, lookup);
}

/* GET /can-bo/giam-sat -- office_oversight.cs. */
struct result
office_p_oversight(struct request *req)
{
	long long now = cal_now();
	int rc;

	if ((rc = agency_access(req, 0, 1)) != 0)
		return res_status(rc);
	if ((rc = oversight_summary(req->db, req->cfg, now, req->hdf, "Ov")) < 0)
		return res_db(rc);
	if ((rc = page_audit(req, "oversight.view", "agency", 0, 0, NULL)) < 0)
		return res_db(rc);
	hdf_set_int_value(req->hdf, "Page.MaxWaitHours",
	    (int)cfg_int(req->cfg, "Reception.MaxWaitHours"));
	if (req->user->roles & ROLE_BIT(ROLE_PROVINCE_ADMIN))
		hdf_set_value(req->hdf, "Page.Admin", "1");
	hdf_set_value(req->hdf, "Page.Nav", "office");
	return office_render(req, T_OVERSIGHT);
}

enum { OL_CODE, OL_STATE, OL_AFTER };
const struct field office_f_ov_list[OFFICE_F_OV_LIST_N] = {
	[OL_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 24, NULL },
	[OL_STATE] = { "trang_thai", V_ENUM, F_REQUIRED, 0, 0, ov_state_slugs },
	[OL_AFTER] = { "sau", V_INT, 0, 1, 0x7fffffffffffL, NULL },
};

/* GET /can-bo/giam-sat/co-quan/:code?trang_thai=<state>[&sau=<id>] --
 * office_oversight_list.cs: 100 dossiers a page, oldest first. A state
 * missing or unknown: 422 with the choices; an unknown agency: 404. */
struct result
office_p_oversight_list(struct request *req)
{
	long long now = cal_now(), agency;
	enum ov_state st = OV__MAX;
	char detail[96];
	int rc, k;

	rc = report_agency(req->db, req->val[OL_CODE].s, req->hdf, "Agency");
	agency = rc > 0 ? hdf_ll(req->hdf, "Agency.id") : 0;
	if ((rc = agency_access(req, agency, rc)) != 0)
		return res_status(rc);
	for (k = 0; req->val[OL_STATE].err == VE_OK && k < OV__MAX; k++)
		if (strcmp(req->val[OL_STATE].s, ov_state_slugs[k]) == 0)
			st = (enum ov_state)k;
	hdf_set_value(req->hdf, "Page.Nav", "office");
	if (st == OV__MAX || req->val[OL_AFTER].err != VE_OK) {
		hdf_set_value(req->hdf, "Page.Bad", "1");
		req->status = 422;
		return office_render(req, T_OVERSIGHT_LIST);
	}
	rc = oversight_list(req->db, req->cfg, agency, st, now,
	    req->val[OL_AFTER].present ? req->val[OL_AFTER].i : 0, req->hdf, "List");
	if (rc < 0)
		return res_db(rc);
	hdf_set_int_value(req->hdf, "ListCount", rc);
	snprintf(detail, sizeof(detail), "%s %s", req->val[OL_CODE].s, ov_state_slugs[st]);
	if ((rc = page_audit(req, "oversight.list", "agency", agency, 0, detail)) < 0)
		return res_db(rc);
	hdf_set_value(req->hdf, "Page.State", ov_state_slugs[st]);
	hdf_set_value(req->hdf, "Page.StateName", ov_state_names[st]);
	if (req->user->roles & ROLE_BIT(ROLE_PROVINCE_ADMIN))
		hdf_set_value(req->hdf, "Page.Admin", "1");
	return office_render(req, T_OVERSIGHT_LIST);
}

const struct field office_f_ov_dossier[OFFICE_F_OV_DOSSIER_N] = {
	{ "code", V_KEY, F_PATH | F_REQUIRED, 1, 40, NULL },
};

/* The dossier's page data; its facts in *f. res_ok(), 403, 404. */
static struct result
dossier_data(struct request *req, const char *code, struct dossier_facts *f)
{
	char norm[41];
	int rc;

	dossier_code_norm(code, norm);	/* code may be f->code: first */
	memset(f, 0, sizeof(*f));
	rc = dossier_facts(req->db, 0, norm, f);
	if (rc > 0 && f->status == DS_DRAFT)
		rc = 0;		/* a draft is its citizen's alone */
	if ((rc = agency_access(req, f->agency_id, rc)) != 0)
		return res_status(rc);
	if ((rc = oversight_dossier(req->db, norm, req->hdf, "D")) < 0)
		return res_db(rc);
	if (rc == 0)
		return res_status(404);
	if (req->user->roles & ROLE_BIT(ROLE_PROVINCE_ADMIN))
		hdf_set_value(req->hdf, "Page.Admin", "1");
	hdf_set_value(req->hdf, "Page.Nav", "office");
	return res_ok();
}

/* GET /can-bo/giam-sat/ho-so/:code -- office_oversight_dossier.cs (with
 * the waiver form for a province admin). The view is recorded. */
struct result
office_p_oversight_dossier(struct request *req)
{
	struct dossier_facts f;
	struct result r;
	int rc;

	if (!res_is_ok(r = dossier_data(req, req->val[0].s, &f)))
		return r;
	if ((rc = page_audit(req, "oversight.dossier", "dossier", f.id, f.owner_id,
	    f.code)) < 0)
		return res_db(rc);
	if (hdf_get_value(req->hdf, "Query.da-mien", NULL))
		hdf_set_value(req->hdf, "Page.Done", "1");
	return office_render(req, T_OVERSIGHT_DOSSIER);
}

enum { W_CODE, W_REASON };
const struct field office_f_waive[OFFICE_F_WAIVE_N] = {
	[W_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 40, NULL },
	[W_REASON] = { "ly_do", V_TEXT, F_REQUIRED, 1, 2000, NULL },
};

struct waive_tx {
	struct request *req;
	const struct dossier_facts *f;
	int granted;
};

static int
waive_tx(struct db *db, void *ctx)
{
	struct waive_tx *w = ctx;
	int rc;

	if ((rc = oversight_waive(db, w->f->id, w->req->user->id,
	    w->req->val[W_REASON].s)) < 0)
		return rc;
	if ((w->granted = rc) == 0)
		return 0;	/* granted before: nothing to record */
	return page_audit(w->req, "dossier.waiver", "dossier", w->f->id, w->f->owner_id,
	    w->f->code);
}

/* POST /can-bo/giam-sat/ho-so/:code/mien-gioi-han -- ly_do (required):
 * the extension waiver, once per dossier. A missing reason: 422, a
 * waiver granted before: 409, each with the page and its message. */
struct result
office_p_waive(struct request *req)
{
	struct dossier_facts f;
	struct waive_tx w;
	struct result r;
	int rc;

	r = page_dossier(req, 0, req->val[W_CODE].s, ACT_WAIVE, 0, &f);
	if (r.kind == RES_ERROR && (r.status == 403 || r.status == 404) && f.id)
		page_audit(req, "dossier.denied", "dossier", f.id, f.owner_id, "waiver");
	if (!res_is_ok(r))
		return r;
	if (req->nerrors) {
		if (!res_is_ok(r = dossier_data(req, f.code, &f)))
			return r;
		req_form_to_hdf(req);
		hdf_set_value(req->hdf, "Page.Failure", "reason");
		req->status = 422;
		return office_render(req, T_OVERSIGHT_DOSSIER);
	}
	memset(&w, 0, sizeof(w));
	w.req = req;
	w.f = &f;
	if ((rc = db_tx(req->db, waive_tx, &w)) != 0)
		return res_db(rc);
	if (!w.granted) {
		if (!res_is_ok(r = dossier_data(req, f.code, &f)))
			return r;
		hdf_set_value(req->hdf, "Page.Failure", "twice");
		req->status = 409;
		return office_render(req, T_OVERSIGHT_DOSSIER);
	}
	{
		struct buf to = BUF_INIT;

		buf_printf(&to, "/can-bo/giam-sat/ho-so/%s?da-mien=1", f.code);
		r = req_redirect(req, buf_str(&to));
		buf_free(&to);
	}
	return r;
}
