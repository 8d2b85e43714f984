/* dvc-account, administration (issue 16, section 4): the province's
 * admins rename, merge and close agencies, from a day on.
 *
 * /quan-tri/co-quan                    GET: every agency, with its state and
 *                                      the change waiting for its day
 * /quan-tri/co-quan/:ma                GET: one agency, its history, its
 *                                      changes, the form of a new one
 * /quan-tri/co-quan/:ma/thay-doi       POST: loai_thay_doi (doi-ten, sap-nhap,
 *                                      giai-the), ngay_hieu_luc (today or
 *                                      later), ten_moi (a rename),
 *                                      co_quan_tiep_nhan (the successor's
 *                                      code: a merger or a closure), can_cu
 *                                      (the decision's number, the reason)
 * /quan-tri/co-quan/:ma/huy/:id        POST: cancels a change before its day
 *
 * Role: province admin (the route table), a full two-factor session
 * (admins cannot hold another: staff.c), the agency's access decided by
 * access_object (OBJ_AGENCY, ACT_CHANGE). The change is recorded, never
 * made here: dvcctl agency apply makes it on its day (domain/agency.h),
 * so this responder never writes a dossier. Templates admin_agency.cs,
 * admin_agency_one.cs. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/access.h"
#include "core/db.h"
#include "core/render.h"
#include "core/request.h"
#include "domain/agency.h"
#include "domain/calendar.h"
#include "pages/account.h"
#include "pages/common.h"

/* May the person change agency id (lookup: the loader's answer)? */
static int
agency_access(struct request *req, long long id, int lookup)
{
	struct access_object o;

	memset(&o, 0, sizeof(o));
	o.type = OBJ_AGENCY;
	o.agency_id = id;
	return access_object(req->user, ACT_CHANGE, &o, lookup);
}

static struct result
admin_render(struct request *req, int tpl)
{
	int rc;

	hdf_set_value(req->hdf, "Page.Nav", "staff");
	if ((rc = page_staff_menu(req)) < 0)
		return res_db(rc);
	return req_render(req, tpl);
}

/* GET /quan-tri/co-quan */
struct result
p_admin_agencies(struct request *req)
{
	int rc;

	if ((rc = agency_access(req, 0, 1)) != 0)
		return res_status(rc);
	if ((rc = agency_list(req->db, req->hdf, "Agencies")) < 0)
		return res_db(rc);
	return admin_render(req, T_ADMIN_AGENCIES);
}

static const char *const kinds[] = { "doi-ten", "sap-nhap", "giai-the", NULL };

const struct field f_agency_code[1] = {
	{ "ma", V_KEY, F_PATH | F_REQUIRED, 1, 24, NULL },
};

const struct field f_agency_change[AC__MAX] = {
	[AC_CODE] = { "ma", V_KEY, F_PATH | F_REQUIRED, 1, 24, NULL },
	[AC_KIND] = { "loai_thay_doi", V_ENUM, F_REQUIRED, 0, 0, kinds },
	[AC_DAY] = { "ngay_hieu_luc", V_DATE, F_REQUIRED, 0, 0, NULL },
	[AC_NAME] = { "ten_moi", V_LINE, 0, 2, 255, NULL },
	[AC_SUCCESSOR] = { "co_quan_tiep_nhan", V_KEY, 0, 1, 24, NULL },
	[AC_NOTE] = { "can_cu", V_LINE, 0, 1, 500, NULL },
};

const struct field f_agency_cancel[2] = {
	{ "ma", V_KEY, F_PATH | F_REQUIRED, 1, 24, NULL },
	{ "id", V_INT, F_PATH | F_REQUIRED, 1, 4294967295L, NULL },
};

/* The page of one agency into req->hdf (Agency, Choices): 0, 404 or
 * 503 (the access decision's), or a db_rc < 0. */
static int
load_one(struct request *req, const char *code)
{
	int rc, deny;

	rc = agency_get(req->db, code, req->hdf, "Agency");
	deny = agency_access(req, rc > 0 ? hdf_ll(req->hdf, "Agency.id") : 0, rc);
	if (deny) {
		hdf_remove_tree(req->hdf, "Agency");
		return deny;
	}
	rc = agency_choices(req->db, hdf_ll(req->hdf, "Agency.id"), req->hdf, "Choices");
	return rc < 0 ? rc : 0;
}

/* GET /quan-tri/co-quan/:ma */
struct result
p_admin_agency(struct request *req)
{
	int rc;

	if ((rc = load_one(req, req->val[0].s)) < 0)
		return res_db(rc);
	if (rc)
		return res_status(rc);
	return admin_render(req, T_ADMIN_AGENCY);
}

struct change_tx {
	struct request *req;
	struct agency_change c;
	const char *why, *field;	/* a refusal: nothing recorded */
	long long id;
};

static int
change_tx(struct db *db, void *ctx)
{
	struct change_tx *t = ctx;
	char detail[160];
	int rc;

	t->why = agency_change_check(db, &t->c, cal_day_of(cal_now()), &t->field, &rc);
	if (rc < 0)
		return rc;
	if (t->why)
		return 0;
	if ((t->id = agency_change_add(db, &t->c)) < 0)
		return (int)t->id;
	snprintf(detail, sizeof(detail), "change %lld: %s, successor %lld", t->id,
	    agency_kind_names[t->c.kind], t->c.successor_id);
	return page_audit(t->req, "agency_change.add", "agency", t->c.agency_id, 0, detail);
}

/* The form again with why next to field ("": at its top), 422. */
static struct result
refused(struct request *req, const char *field, const char *why)
{
	char key[96];
	const char *msg;
	int rc;

	snprintf(key, sizeof(key), "Admin.Agency.Why.%s", why);
	msg = render_lang(key);
	if (*field) {
		size_t i;

		for (i = 0; i < AC__MAX; i++)
			if (strcmp(f_agency_change[i].name, field) == 0 &&
			    req->val[i].err == VE_OK) {
				req->val[i].err = VE_FORMAT;	/* kept for re-display */
				req->nerrors++;
			}
		snprintf(key, sizeof(key), "Form.%s.Error", field);
		hdf_set_value(req->hdf, key, msg ? msg : "");
	} else
		hdf_set_value(req->hdf, "Page.Refused", msg ? msg : "");
	req_form_to_hdf(req);
	if ((rc = load_one(req, req->val[AC_CODE].s)) < 0)
		return res_db(rc);
	if (rc)
		return res_status(rc);
	req->status = 422;
	return admin_render(req, T_ADMIN_AGENCY);
}

/* POST /quan-tri/co-quan/:ma/thay-doi */
struct result
p_admin_agency_change(struct request *req)
{
	struct change_tx t;
	const char *kind;
	char to[96];
	long long id = 0;
	int rc, deny;

	memset(&t, 0, sizeof(t));
	rc = agency_id_of(req->db, req->val[AC_CODE].s, &id);
	if ((deny = agency_access(req, id, rc)) != 0)
		return res_status(deny);
	kind = req->val[AC_KIND].err == VE_OK ? req->val[AC_KIND].s : "";
	t.c.kind = strcmp(kind, "doi-ten") == 0 ? AK_RENAME :
	    strcmp(kind, "sap-nhap") == 0 ? AK_MERGE : AK_CLOSE;
	/* what the kind needs, beside the fields' own checks */
	if (t.c.kind == AK_RENAME && req->val[AC_KIND].err == VE_OK &&
	    !req->val[AC_NAME].present && req->val[AC_NAME].err == VE_OK)
		return refused(req, "ten_moi", "no_name");
	if (t.c.kind != AK_RENAME && req->val[AC_KIND].err == VE_OK &&
	    !req->val[AC_SUCCESSOR].present && req->val[AC_SUCCESSOR].err == VE_OK)
		return refused(req, "co_quan_tiep_nhan", "no_successor");
	if (req->nerrors) {
		req_form_to_hdf(req);
		if ((rc = load_one(req, req->val[AC_CODE].s)) < 0)
			return res_db(rc);
		req->status = 422;
		return admin_render(req, T_ADMIN_AGENCY);
	}
	if (cal_parse_date(req->val[AC_DAY].s, &t.c.day) < 0)
		return refused(req, "ngay_hieu_luc", "past");
	if (t.c.kind != AK_RENAME) {
		rc = agency_id_of(req->db, req->val[AC_SUCCESSOR].s, &t.c.successor_id);
		if (rc < 0)
			return res_db(rc);
		if (rc == 0)
			return refused(req, "co_quan_tiep_nhan", "no_successor");
	}
	t.req = req;
	t.c.agency_id = id;
	t.c.new_name = req->val[AC_NAME].s;
	t.c.note = req->val[AC_NOTE].present ? req->val[AC_NOTE].s : NULL;
	t.c.by = req->user->id;
	if ((rc = db_tx(req->db, change_tx, &t)) != 0)
		return res_db(rc);
	if (t.why)
		return refused(req, t.field, t.why);
	snprintf(to, sizeof(to), "/quan-tri/co-quan/%s", req->val[AC_CODE].s);
	return req_redirect(req, to);
}

struct cancel_tx {
	struct request *req;
	long long agency, id;
	int found;
};

static int
cancel_tx(struct db *db, void *ctx)
{
	struct cancel_tx *t = ctx;
	char detail[48];
	int rc;

	if ((rc = agency_change_cancel(db, t->agency, t->id)) <= 0)
		return rc;
	t->found = 1;
	snprintf(detail, sizeof(detail), "change %lld", t->id);
	return page_audit(t->req, "agency_change.cancel", "agency", t->agency, 0, detail);
}

/* POST /quan-tri/co-quan/:ma/huy/:id */
struct result
p_admin_agency_cancel(struct request *req)
{
	struct cancel_tx t = { req, 0, req->val[1].i, 0 };
	char to[96];
	int rc, deny;

	rc = agency_id_of(req->db, req->val[0].s, &t.agency);
	if ((deny = agency_access(req, t.agency, rc)) != 0)
		return res_status(deny);
	if ((rc = db_tx(req->db, cancel_tx, &t)) != 0)
		return res_db(rc);
	if (!t.found)
		return res_status(409);	/* made or cancelled already */
	snprintf(to, sizeof(to), "/quan-tri/co-quan/%s", req->val[0].s);
	return req_redirect(req, to);
}
