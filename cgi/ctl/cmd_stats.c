/* dvcctl stats: the public statistics' counters (dossier_stat).
 *
 *   stats rebuild [--dry-run]   recomputes the counters from the dossiers
 *                               in one transaction (domain/stats.c) and
 *                               prints every (agency, procedure) whose
 *                               figures changed, old → new; --dry-run
 *                               prints the same and changes nothing
 *
 * A rebuild is recorded in the audit trail in the same transaction. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/conf.h"
#include "core/db.h"
#include "ctl/ctl.h"
#include "domain/audit.h"
#include "domain/stats.h"

struct stats_op {
	struct ctl *c;
	int dry;
	HDF *hdf;
	int changed;
};

static int
rebuild_tx(struct db *db, void *arg)
{
	struct stats_op *o = arg;
	struct audit_event ev;
	char detail[160];
	int rc;

	/* a retry after a deadlock starts from a clean list */
	hdf_remove_tree(o->hdf, "C");
	if ((rc = stats_rebuild(db, o->hdf, "C")) < 0)
		return rc;
	o->changed = rc;
	if (o->dry)
		return DB_ROLLBACK;
	memset(&ev, 0, sizeof(ev));
	ev.actor_kind = "operator";
	ev.action = "stats.rebuild";
	snprintf(detail, sizeof(detail), "%d dòng thay đổi; người chạy dvcctl: %s",
	    o->changed, ctl_operator_name());
	ev.detail = detail;
	return audit_write(db, o->c->cfg, &ev);
}

static void
print_changes(HDF *hdf)
{
	static const char *const cols[] = { "received", "processed", "early",
	    "on_time", "late" };
	static const char *const names[] = { "tiếp nhận", "đã giải quyết",
	    "trước hạn", "đúng hạn", "trễ hạn" };
	HDF *r;
	size_t i;
	int n;

	for (r = hdf_get_child(hdf, "C"); r; r = hdf_obj_next(r)) {
		printf("%s %s:", hdf_get_value(r, "agency", "?"),
		    hdf_get_value(r, "proc_code", "?"));
		for (n = 0, i = 0; i < sizeof(cols) / sizeof(cols[0]); i++) {
			char old[32];
			const char *now = hdf_get_value(r, cols[i], "0");

			snprintf(old, sizeof(old), "old_%s", cols[i]);
			if (strcmp(hdf_get_value(r, old, "0"), now) != 0)
				printf("%s %s %s → %s", n++ ? "," : "", names[i],
				    hdf_get_value(r, old, "0"), now);
		}
		printf("\n");
	}
}

int
ctl_stats(struct ctl *c, int argc, char **argv)
{
	struct stats_op o;
	struct db *db;
	char err[512];
	int rc;

	if (argc < 1 || strcmp(argv[0], "rebuild") != 0 || argc > 2 ||
	    (argc == 2 && strcmp(argv[1], "--dry-run") != 0)) {
		ctl_err(c, "dùng: dvcctl stats rebuild [--dry-run]");
		return 2;
	}
	memset(&o, 0, sizeof(o));
	o.c = c;
	o.dry = argc == 2;
	if (!o.dry && config_load_audit_key(c->cfg, err, sizeof(err)) < 0) {
		ctl_err(c, "%s", err);
		return 1;
	}
	if (hdf_init(&o.hdf))
		return 1;
	db = db_new(c->cfg, "Owner");
	rc = db_tx(db, rebuild_tx, &o);
	db_free(db);
	if (rc < 0) {
		hdf_destroy(&o.hdf);
		return ctl_db_failed(c, rc);
	}
	print_changes(o.hdf);
	hdf_destroy(&o.hdf);
	if (o.changed == 0)
		printf("số liệu thống kê khớp với hồ sơ: không có gì thay đổi\n");
	else
		printf("%d dòng (cơ quan, thủ tục) %s\n", o.changed,
		    o.dry ? "sẽ thay đổi (--dry-run: chưa ghi gì)" : "đã được tính lại");
	return 0;
}
