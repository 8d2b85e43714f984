/* dvcctl report rebuild: makes the counts the period reports read
 * (report_day, report_rating: sql/015-reports.sql) again from the
 * dossiers, their history and their ratings, in one transaction. The
 * triggers keep them as the dossiers move; this is for after a restore,
 * a bulk load (bench/gen-dossiers.sql), or to check that running counts
 * and a rebuild agree. Run it when the portal is quiet: steps taken while
 * it runs wait for it. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "core/db.h"
#include "ctl/ctl.h"
#include "domain/report.h"

int
ctl_report(struct ctl *c, int argc, char **argv)
{
	struct timespec t0, t1;
	struct db *db;
	long long n = 0;
	int rc;

	if (argc != 1 || strcmp(argv[0], "rebuild") != 0) {
		ctl_err(c, "dùng: dvcctl report rebuild");
		return 2;
	}
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
