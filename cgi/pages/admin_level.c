/* dvc-account, administration (issue 16 section 3): the service-level
 * scheme in force, for the province's admins (the route's role, and
 * access_object's answer for a change to the province: OBJ_AGENCY with
 * agency 0, ACT_CHANGE).
 *
 * The 2018 rules' levels 1-4 or Decree 42/2022's toàn trình / một phần:
 * the procedure pages' labels and filter, the online submission they
 * offer, the oversight's and the scorecard's "offered online" follow it
 * (domain/scheme.h). The configuration's Catalog.LevelScheme rules until
 * an admin chooses; "cau-hinh" gives it back. One transaction sets it,
 * bumps the catalogue version (every worker reloads with the new scheme)
 * and writes the audit record. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/access.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/render.h"
#include "core/request.h"
#include "domain/scheme.h"
#include "pages/account.h"
#include "pages/common.h"

static const char *const scheme_values[] = { "2018", "2022", "cau-hinh", NULL };
const struct field f_admin_level[1] = {
	{ "muc_do", V_ENUM, F_REQUIRED, 0, 0, scheme_values },
};

/* May the person change the province's settings? 0, or 403. */
static int
province_access(struct request *req)
{
	struct access_object o;

	memset(&o, 0, sizeof(o));
	o.type = OBJ_AGENCY;
	o.agency_id = 0;	/* the whole province */
	return access_object(req->user, ACT_CHANGE, &o, 1);
}

static struct result
show(struct request *req, int status)
{
	int scheme, set, rc;

	if ((rc = scheme_get(req->db, req->cfg, &scheme)) < 0 ||
	    (set = rc = scheme_is_set(req->db)) < 0 ||
	    (rc = scheme_counts(req->db, req->hdf, "Level.Count")) < 0)
		return res_db(rc);
	hdf_set_int_value(req->hdf, "Level.Now", scheme);
	hdf_set_int_value(req->hdf, "Level.Set", set);
	hdf_set_value(req->hdf, "Level.Config", cfg_str(req->cfg, SCHEME_SETTING));
	hdf_set_value(req->hdf, "Page.Nav", "staff");
	if ((rc = page_staff_menu(req)) < 0)
		return res_db(rc);
	if (status)
		req->status = status;
	return req_render(req, T_ADMIN_LEVEL);
}

/* GET /quan-tri/muc-do (province admins): the two schemes explained, the
 * one in force (and whether the configuration or an admin chose it),
 * what a switch changes for citizens, and the form. Template
 * admin_level.cs. */
struct result
p_admin_level(struct request *req)
{
	int rc;

	if ((rc = province_access(req)) != 0)
		return res_status(rc);
	return show(req, 0);
}

static int
level_tx(struct db *db, void *ctx)
{
	struct request *req = ctx;
	const char *v = req->val[0].s;
	int scheme = strcmp(v, "cau-hinh") == 0 ? 0 : atoi(v), rc, now;

	if ((rc = scheme_set(db, scheme)) != 0)
		return rc < 0 ? rc : DB_ERR;	/* the field's list allows none other */
	if ((rc = scheme_get(db, req->cfg, &now)) < 0)
		return rc;
	{
		char detail[64];

		snprintf(detail, sizeof(detail), "%s (%d)", scheme ? v : "theo cấu hình", now);
		return page_audit(req, "setting.level_scheme", "setting", 0, 0, detail);
	}
}

/* POST /quan-tri/muc-do (province admins): muc_do = 2018, 2022 or
 * cau-hinh (back to the configuration's Catalog.LevelScheme). Every
 * worker shows it within Catalog.CheckInterval. */
struct result
p_admin_level_set(struct request *req)
{
	int rc;

	if ((rc = province_access(req)) != 0)
		return res_status(rc);
	if (req->nerrors) {
		req_form_to_hdf(req);
		return show(req, 422);
	}
	if ((rc = db_tx(req->db, level_tx, req)) != 0)
		return res_db(rc);
	return req_redirect(req, "/quan-tri/muc-do");
}
