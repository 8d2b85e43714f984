/* dvc-office: a dossier sent to the wrong agency (issue 16, section 4).
 * Before it is accepted, the leader of the agency that received it sends
 * it to the right one with a reason: the dossier keeps its code and its
 * citizen's promise, the citizen is mailed which agency holds it now, and
 * it waits in that agency's reception queue as it waited here.
 *
 * /can-bo/ho-so/:code/chuyen-co-quan   GET: the form (office_transfer.cs)
 *                                      POST: co_quan_dung (the agency's
 *                                      code), ly_do (5-1000 characters),
 *                                      phien_ban (the version shown)
 *
 * Role: leader (the route); the dossier's agency and the leader's role on
 * it decided by access_object (OBJ_DOSSIER, ACT_PROCESS with the leader's
 * bit), the status (new, not yet accepted) under the row's lock by
 * wf_handover. Anyone else of the agency: 403; of another agency: 404. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/db.h"
#include "core/render.h"
#include "core/request.h"
#include "domain/agency.h"
#include "domain/dossier.h"
#include "domain/workflow.h"
#include "pages/common.h"
#include "pages/office.h"

const struct field office_f_transfer[OFFICE_F_TRANSFER_N] = {
	{ "code", V_CODE, F_PATH | F_REQUIRED, 0, 0, NULL },
	{ "co_quan_dung", V_KEY, F_REQUIRED, 1, 24, NULL },
	{ "ly_do", V_TEXT, F_REQUIRED, 5, 1000, NULL },
	{ "phien_ban", V_INT, F_REQUIRED, 0, 2147483647L, NULL },
};
enum { TR_CODE, TR_AGENCY, TR_REASON, TR_VERSION };

#define LEADER ROLE_BIT(ROLE_LEADER)

/* The page with the dossier's facts and the agencies it may go to. */
static struct result
form(struct request *req, const struct dossier_facts *f, int status)
{
	int rc;

	if ((rc = dossier_load(req->db, f->id, req->hdf, "Dossier")) < 0 ||
	    (rc = agency_choices(req->db, f->agency_id, req->hdf, "Choices")) < 0)
		return res_db(rc);
	if (f->status != DS_NEW)
		hdf_set_value(req->hdf, "Page.Late", "1");
	if (status)
		req->status = status;
	return office_render(req, T_TRANSFER);
}

/* GET /can-bo/ho-so/:code/chuyen-co-quan */
struct result
office_p_transfer_form(struct request *req)
{
	struct dossier_facts f;
	struct result r;

	memset(&f, 0, sizeof(f));
	r = page_dossier(req, 0, req->val[TR_CODE].s, ACT_PROCESS, LEADER, &f);
	if (r.kind != RES_OK)
		return r;
	return form(req, &f, 0);
}

struct transfer_tx {
	struct request *req;
	struct wf_move m;
	int result;
};

static int
transfer_tx(struct db *db, void *ctx)
{
	struct transfer_tx *t = ctx;
	struct wf_hooks h;
	int rc;

	page_hooks(t->req, &h);
	rc = wf_handover(db, &h, &t->m);
	if (rc > 0) {
		t->result = rc;
		return DB_ROLLBACK;
	}
	return rc;
}

/* POST /can-bo/ho-so/:code/chuyen-co-quan */
struct result
office_p_transfer(struct request *req)
{
	struct dossier_facts f;
	struct transfer_tx t;
	struct result r;
	int rc;

	memset(&f, 0, sizeof(f));
	r = page_dossier(req, 0, req->val[TR_CODE].s, ACT_PROCESS, LEADER, &f);
	if (r.kind != RES_OK) {
		office_denied(req, r, f.id, f.owner_id, "transfer");
		return r;
	}
	memset(&t, 0, sizeof(t));
	if (req->nerrors == 0) {
		rc = agency_active_id(req->db, req->val[TR_AGENCY].s, &t.m.to_agency);
		if (rc < 0)
			return res_db(rc);
		if (rc == 0 || t.m.to_agency == f.agency_id) {
			/* a closed agency, its own, or no such code: the choice
			 * offers none of them */
			req->val[TR_AGENCY].err = VE_FORMAT;
			req->nerrors++;
			hdf_set_value(req->hdf, "Form.co_quan_dung.Error",
			    render_lang("Office.Transfer.WrongAgency"));
		}
	}
	if (req->nerrors) {
		req_form_to_hdf(req);
		return form(req, &f, 422);
	}
	t.req = req;
	t.m.dossier_id = f.id;
	t.m.from_agency = f.agency_id;
	t.m.from = WF_ST(DS_NEW);
	t.m.version = req->val[TR_VERSION].i;
	t.m.action = "transfer";
	t.m.note = req->val[TR_REASON].s;
	t.m.mail = "Transfer";
	if ((rc = db_tx(req->db, transfer_tx, &t)) != 0 && rc != DB_ROLLBACK)
		return res_db(rc);
	if (t.result == WF_WRONG_STATUS || t.result == WF_CONFLICT) {
		/* accepted (or changed) since the page was shown: too late */
		req_form_to_hdf(req);
		hdf_set_value(req->hdf, "Page.Late", "1");
		return form(req, &f, 409);
	}
	if (t.result)
		return res_status(t.result == WF_NOT_FOUND ? 404 : 409);
	/* no longer this agency's: the leader goes back to their list */
	return req_redirect(req, "/can-bo/phe-duyet");
}
