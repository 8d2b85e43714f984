/* dvcctl store sweep: the file store's housekeeping, for cron (daily).
 *
 * Removes what a worker that died mid-upload left in the quarantine, and
 * store files no dossier uses any more (a discarded draft, a removed
 * file, a transaction that failed after its file was stored), both only
 * once older than Storage.QuarantineHours. --dry-run counts without
 * removing. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/conf.h"
#include "core/db.h"
#include "ctl/ctl.h"
#include "domain/store.h"

int
ctl_store(struct ctl *c, int argc, char **argv)
{
	struct sweep_stats st;
	struct db *db;
	int rc, dry;

	if (argc < 1 || strcmp(argv[0], "sweep") != 0) {
		ctl_err(c, "dùng: dvcctl store sweep [--dry-run] [--verbose]");
		return 2;
	}
	dry = ctl_flag(argc, argv, "--dry-run");
	db = db_new(c->cfg, "Owner");
	rc = store_sweep(db, c->cfg, dry, ctl_flag(argc, argv, "--verbose") ? stdout : NULL, &st);
	db_free(db);
	if (rc < 0)
		return ctl_db_failed(c, rc);
	printf("%s%ld tệp trong quarantine, %ld tệp không còn hồ sơ nào dùng;"
	    " giữ %ld tệp cũ đang được dùng\n", dry ? "(thử) sẽ xóa " : "đã xóa ",
	    st.quarantine_removed, st.store_removed, st.store_kept);
	return 0;
}
