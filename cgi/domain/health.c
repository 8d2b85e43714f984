/* Health checks and database gauges (see health.h). */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "core/conf.h"
#include "core/db.h"
#include "core/upload.h"
#include "domain/catalog.h"
#include "domain/health.h"

/* A probe connection of its own: the worker's may be waiting on a slow
 * page's timeouts (Db.ReadTimeout), a health check must not. */
static struct db *
probe(const struct config *cfg, const char *account)
{
	struct db *db = db_new_probe(cfg, account,
	    (unsigned)cfg_int(cfg, "Health.DbTimeout"));

	if (db_connect(db) < 0) {
		db_free(db);
		return NULL;
	}
	return db;
}

/* A file made and removed in dir: the folder is there and writable. */
static int
writable(const char *dir)
{
	char p[PATH_MAX];
	int fd;

	if (snprintf(p, sizeof(p), "%s/.health-%d", dir, (int)getpid()) >= (int)sizeof(p))
		return 0;
	if ((fd = open(p, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600)) < 0)
		return 0;
	close(fd);
	unlink(p);
	return 1;
}

int
health_check(const struct config *cfg, struct db *own, const char *account,
    struct buf *out)
{
	char q[PATH_MAX], err[256];
	const char *dir = cfg_str(cfg, "Storage.Dir");
	struct db *db;
	long long n = 0, age = 0;
	long max = cfg_int(cfg, "Health.MailMaxAgeMinutes") * 60;
	int failed = 0, nprocs;

	/* the worker's own connection failed a moment ago: no need to wait
	 * for a probe to say the same */
	if (db_down_recently(own, 1.0))
		db = NULL;
	else
		db = probe(cfg, account);
	if (db != NULL)
		buf_adds(out, "db: ok\n");
	else {
		buf_printf(out, "db: failed: no answer within %ld s\n",
		    cfg_int(cfg, "Health.DbTimeout"));
		failed++;
	}

	/* made if missing, as a responder does at start */
	snprintf(q, sizeof(q), "%s/quarantine", dir);
	if (upload_prepare_dirs(cfg, err, sizeof(err)) == 0 && writable(dir))
		buf_adds(out, "store: ok\n");
	else {
		buf_adds(out, "store: failed: Storage.Dir missing or not writable\n");
		failed++;
	}
	if (writable(q))
		buf_adds(out, "quarantine: ok\n");
	else {
		buf_adds(out, "quarantine: failed: not writable\n");
		failed++;
	}

	if (db == NULL) {
		buf_adds(out, "mail: failed: database unreachable\n");
		failed++;
	} else if (db_int(db, &n, "SELECT COUNT(*) FROM mail_outbox WHERE status = 'queued'") < 0 ||
	    db_int(db, &age, "SELECT COALESCE(TIMESTAMPDIFF(SECOND, MIN(created_at), NOW()), 0) "
	    "FROM mail_outbox WHERE status = 'queued'") < 0) {
		buf_adds(out, "mail: failed: queue unreadable\n");
		failed++;
	} else if (age > max) {
		buf_printf(out, "mail: failed: oldest queued message waits %lld min (limit %ld)\n",
		    age / 60, max / 60);
		failed++;
	} else
		buf_printf(out, "mail: ok (%lld queued)\n", n);

	if (catalog_hdf() != NULL && (nprocs = catalog_nprocs()) > 0)
		buf_printf(out, "catalogue: ok (%d procedures)\n", nprocs);
	else {
		buf_adds(out, "catalogue: failed: not loaded\n");
		failed++;
	}
	db_free(db);
	return failed;
}

void
health_gauges(const struct config *cfg, const char *account, struct buf *out)
{
	struct db *db = probe(cfg, account);
	long long n = 0, age = 0;
	HDF *h = NULL;
	HDF *row;
	int rows;

	buf_adds(out, "# HELP dvc_up Whether the database answered this scrape within Health.DbTimeout.\n"
	    "# TYPE dvc_up gauge\n");
	buf_printf(out, "dvc_up %d\n", db != NULL);
	buf_printf(out, "# HELP dvc_catalogue_procedures Procedures in the catalogue this process holds.\n"
	    "# TYPE dvc_catalogue_procedures gauge\ndvc_catalogue_procedures %d\n",
	    catalog_hdf() ? catalog_nprocs() : 0);
	if (db == NULL)
		return;
	if (db_int(db, &n, "SELECT COUNT(*) FROM mail_outbox WHERE status = 'queued'") >= 0 &&
	    db_int(db, &age, "SELECT COALESCE(TIMESTAMPDIFF(SECOND, MIN(created_at), NOW()), 0) "
	    "FROM mail_outbox WHERE status = 'queued'") >= 0)
		buf_printf(out, "# HELP dvc_mail_queue_messages Mail waiting to be sent.\n"
		    "# TYPE dvc_mail_queue_messages gauge\ndvc_mail_queue_messages %lld\n"
		    "# HELP dvc_mail_queue_oldest_seconds Age of the oldest mail waiting.\n"
		    "# TYPE dvc_mail_queue_oldest_seconds gauge\ndvc_mail_queue_oldest_seconds %lld\n",
		    n, age);
	/* open dossiers by status (1 new, 2 received, 4 processing, 5
	 * supplement, 6 payment, 7 withdrawal asked): a scan of an index,
	 * made at each scrape */
	hdf_init(&h);
	rows = db_rows(db, h, "S", "SELECT status, COUNT(*) AS n FROM dossier "
	    "WHERE status IN (1, 2, 4, 5, 6, 7) GROUP BY status ORDER BY status");
	if (rows >= 0) {
		buf_adds(out, "# HELP dvc_dossiers_waiting Dossiers not finished, by status (1 new, "
		    "2 received, 4 processing, 5 supplement asked, 6 payment asked, 7 withdrawal asked).\n"
		    "# TYPE dvc_dossiers_waiting gauge\n");
		for (row = hdf_get_obj(h, "S") ? hdf_obj_child(hdf_get_obj(h, "S")) : NULL; row;
		    row = hdf_obj_next(row))
			buf_printf(out, "dvc_dossiers_waiting{status=\"%d\"} %lld\n",
			    hdf_get_int_value(row, "status", 0), hdf_ll(row, "n"));
	}
	hdf_destroy(&h);
	db_free(db);
}
