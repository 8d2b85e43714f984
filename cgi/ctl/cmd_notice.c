/* dvcctl notice-profile: which set of notice forms is in force (Circular
 * 01/2018/TT-VPCP, or Decree 118/2025/NĐ-CP with Circular 03/2025/TT-VPCP).
 *
 *   notice-profile            shows the configuration's, the database's
 *                             and the one in force
 *   notice-profile 2018|2025  sets the database's: every web node uses it
 *                             from its next notice or report, no restart
 *   notice-profile --clear    back to the configuration's Notice.Profile
 *
 * A change is recorded in the audit trail in the same transaction. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/conf.h"
#include "core/db.h"
#include "ctl/ctl.h"
#include "domain/audit.h"
#include "domain/workflow.h"

struct profile_op {
	struct ctl *c;
	const char *name;	/* NULL: clear */
	char detail[128];
};

static int
profile_tx(struct db *db, void *arg)
{
	struct profile_op *o = arg;
	struct audit_event ev;
	int rc;

	if ((rc = wf_profile_set(db, o->name)) != 0)
		return rc;
	memset(&ev, 0, sizeof(ev));
	ev.actor_kind = "operator";
	ev.action = "setting.notice_profile";
	ev.detail = o->detail;
	return audit_write(db, o->c->cfg, &ev);
}

int
ctl_notice_profile(struct ctl *c, int argc, char **argv)
{
	struct profile_op o;
	struct db *db;
	char err[512];
	int rc, p;

	if (argc > 1 || (argc == 1 && strcmp(argv[0], "--clear") != 0 &&
	    wf_profile_by_name(argv[0]) < 0)) {
		ctl_err(c, "dùng: dvcctl notice-profile [2018|2025|--clear]");
		return 2;
	}
	db = db_new(c->cfg, "Owner");
	if (argc == 0) {
		rc = wf_profile(db, c->cfg, &p);
		if (rc == 0)
			printf("cấu hình: %s\nđang áp dụng: %s (%s)\n",
			    cfg_str(c->cfg, "Notice.Profile"), wf_profiles[p].name,
			    wf_profiles[p].circular);
		db_free(db);
		return rc < 0 ? ctl_db_failed(c, rc) : 0;
	}
	if (config_load_audit_key(c->cfg, err, sizeof(err)) < 0) {
		ctl_err(c, "%s", err);
		db_free(db);
		return 1;
	}
	memset(&o, 0, sizeof(o));
	o.c = c;
	o.name = strcmp(argv[0], "--clear") == 0 ? NULL : argv[0];
	snprintf(o.detail, sizeof(o.detail), "%s; người chạy dvcctl: %s",
	    o.name ? o.name : "theo cấu hình", ctl_operator_name());
	rc = db_tx(db, profile_tx, &o);
	db_free(db);
	if (rc < 0)
		return ctl_db_failed(c, rc);
	printf("bộ mẫu thông báo: %s\n", o.name ? o.name : "theo cấu hình");
	return 0;
}
