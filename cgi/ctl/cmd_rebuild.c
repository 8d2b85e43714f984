/* dvcctl rebuild: the counts kept from the dossiers, made again from the
 * dossiers themselves. One command for both kinds, so that an operator
 * after a restore or a bulk load has one thing to run:
 *
 *   rebuild                      stats, then reports (each in its own
 *                                transaction, as if run one after the
 *                                other; a failure stops there)
 *   rebuild stats [--dry-run]    the public statistics' counters
 *                                (dossier_stat: domain/stats.c), in one
 *                                transaction, recorded in the audit trail
 *                                in it; prints every (agency, procedure)
 *                                whose figures changed, old → new;
 *                                --dry-run prints the same and changes
 *                                nothing
 *   rebuild reports              the counts the period reports read
 *                                (report_day, report_rating:
 *                                sql/015-reports.sql) from the dossiers,
 *                                their history and their ratings, in one
 *                                transaction (domain/report.c); prints the
 *                                day rows made and the time taken
 *
 * The triggers keep both as the dossiers move; a rebuild is for after a
 * restore, a bulk load (bench/gen-dossiers.sql), or to check that running
 * counts and a rebuild agree. Run it when the portal is quiet: steps taken
 * while it runs wait for it. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core/conf.h"
#include "core/db.h"
#include "ctl/ctl.h"
#include "domain/audit.h"
#include "domain/report.h"
#include "domain/stats.h"

#define REBUILD_USAGE "dùng: dvcctl rebuild [stats [--dry-run] | reports]"

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

/* The public counters again; dry: print what would change, write
 * nothing. The exit status. */
static int
rebuild_stats(struct ctl *c, int dry)
{
	struct stats_op o;
	struct db *db;
	char err[512];
	int rc;

	memset(&o, 0, sizeof(o));
	o.c = c;
	o.dry = dry;
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

/* The period reports' counts again. The exit status. */
static int
rebuild_reports(struct ctl *c)
{
	struct timespec t0, t1;
	struct db *db;
	long long n = 0;
	int rc;

	db = db_new(c->cfg, "Owner");
	clock_gettime(CLOCK_MONOTONIC, &t0);
	rc = report_rebuild(db);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	if (rc == 0)
		rc = db_int(db, &n, "SELECT COUNT(*) FROM report_day WHERE grain = 'd'");
	db_free(db);
	if (rc < 0)
		return ctl_db_failed(c, rc);
	printf("đã tính lại số liệu báo cáo: %lld dòng theo ngày, %.1f giây\n", n,
	    (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
	return 0;
}

int
ctl_rebuild(struct ctl *c, int argc, char **argv)
{
	int rc;

	if (argc == 0) {
		if ((rc = rebuild_stats(c, 0)) != 0)
			return rc;
		return rebuild_reports(c);
	}
	if (strcmp(argv[0], "stats") == 0 && (argc == 1 ||
	    (argc == 2 && strcmp(argv[1], "--dry-run") == 0)))
		return rebuild_stats(c, argc == 2);
	if (strcmp(argv[0], "reports") == 0 && argc == 1)
		return rebuild_reports(c);
	if (ctl_flag(argc, argv, "--dry-run") && strcmp(argv[0], "stats") != 0)
		ctl_err(c, "--dry-run chỉ dùng với stats: dvcctl rebuild stats --dry-run");
	else if (strcmp(argv[0], "stats") != 0 && strcmp(argv[0], "reports") != 0)
		ctl_err(c, "không có số liệu nào tên \"%s\" để tính lại: chọn stats "
		    "(thống kê công khai) hoặc reports (báo cáo), bỏ trống để tính "
		    "lại cả hai", argv[0]);
	ctl_err(c, REBUILD_USAGE);
	return 2;
}
