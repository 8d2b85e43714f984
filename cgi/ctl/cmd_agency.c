/* dvcctl agency apply: makes the agency changes (renames, mergers,
 * closures) whose day has come, as the province admins decided them on
 * /quan-tri/co-quan (domain/agency.h). Run by the timer of dvc-remind
 * every quarter of an hour, so a change takes effect in the first minutes
 * of its day; an operator may run it at once. The citizens' mails go to
 * the outbox (dvcctl mail send). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/conf.h"
#include "core/db.h"
#include "core/request.h"
#include "ctl/ctl.h"
#include "domain/agency.h"
#include "domain/audit.h"
#include "domain/calendar.h"
#include "domain/workflow.h"

/* The dossier's audit record of a handover step: made by this tool for
 * the province admin who decided the change (the dossier's history names
 * them; the agency's own record, agency.merged or agency.closed, too),
 * owner the citizen. */
static int
hook_audit(void *ctx, struct db *db, const char *action, long long id,
    long long owner, const char *detail)
{
	struct ctl *c = ctx;
	struct audit_event ev;

	memset(&ev, 0, sizeof(ev));
	ev.actor_kind = "operator";
	ev.action = action;
	ev.object_type = "dossier";
	ev.object_id = id;
	ev.owner_id = owner;
	ev.detail = detail;
	return audit_write(db, c->cfg, &ev);
}

int
ctl_agency(struct ctl *c, int argc, char **argv)
{
	struct agency_apply_out out;
	struct wf_hooks h;
	struct user nobody;
	struct db *db;
	char err[512];
	int rc;

	if (argc != 1 || strcmp(argv[0], "apply") != 0) {
		ctl_err(c, "agency apply: thực hiện các thay đổi cơ quan đã đến ngày hiệu lực");
		return 2;
	}
	if (config_load_audit_key(c->cfg, err, sizeof(err)) < 0) {
		ctl_err(c, "%s", err);
		return 1;
	}
	memset(&nobody, 0, sizeof(nobody));
	memset(&h, 0, sizeof(h));
	h.cfg = c->cfg;
	h.user = &nobody;	/* each change's decider replaces it */
	h.ctx = c;
	h.audit = hook_audit;
	h.mail = ctl_mail_hook;
	db = db_new(c->cfg, "Owner");
	rc = agency_apply_due(db, c->cfg, cal_day_of(cal_now()), &h, &out);
	db_free(db);
	if (rc < 0)
		return ctl_db_failed(c, rc);
	printf("%d thay đổi cơ quan đã thực hiện: %d hồ sơ, %d cán bộ, %d thủ tục được"
	    " chuyển cho cơ quan tiếp nhận%s\n", out.changes, out.dossiers, out.staff,
	    out.procs, out.dossiers ? " (gửi thư: dvcctl mail send)" : "");
	if (out.opinions)
		printf("%d yêu cầu lấy ý kiến không còn cần (cơ quan hỏi chính mình sau"
		    " sắp xếp) đã được rút\n", out.opinions);
	return 0;
}
