/* The service-level scheme in force: see scheme.h. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/conf.h"
#include "core/db.h"
#include "domain/catalog.h"
#include "domain/scheme.h"

int
scheme_of(const char *value, const struct config *cfg)
{
	if (value && strcmp(value, "2022") == 0)
		return 2022;
	if (value && strcmp(value, "2018") == 0)
		return 2018;
	return cfg && strcmp(cfg_str(cfg, SCHEME_SETTING), "2022") == 0 ? 2022 : 2018;
}

int
scheme_get(struct db *db, const struct config *cfg, int *scheme)
{
	HDF *h;
	int rc;

	if (hdf_init(&h))
		abort();
	rc = db_row(db, h, "S", "SELECT value FROM setting WHERE name = ?",
	    DB_STR(SCHEME_SETTING));
	*scheme = scheme_of(rc == 1 ? hdf_get_value(h, "S.value", NULL) : NULL, cfg);
	hdf_destroy(&h);
	return rc < 0 ? rc : 0;
}

int
scheme_is_set(struct db *db)
{
	long long n = 0;
	int rc = db_int(db, &n, "SELECT COUNT(*) FROM setting WHERE name = ?",
	    DB_STR(SCHEME_SETTING));

	return rc < 0 ? rc : n > 0;
}

int
scheme_counts(struct db *db, HDF *hdf, const char *prefix)
{
	/* "in force" as the catalogue reads it (catalog.c read_all) */
	return db_row(db, hdf, prefix, "SELECT COUNT(*) AS procs,"
	    " COALESCE(SUM(level >= 3), 0) AS online2018,"
	    " COALESCE(SUM(level_2022 IS NOT NULL), 0) AS online2022,"
	    " COALESCE(SUM(level >= 3 AND level_2022 IS NULL), 0) AS only2018,"
	    " COALESCE(SUM(level < 3 AND level_2022 IS NOT NULL), 0) AS only2022"
	    " FROM proc WHERE valid_to IS NULL OR valid_to >= CURDATE()");
}

int
scheme_set(struct db *db, int scheme)
{
	int rc;

	if (scheme != 0 && scheme != 2018 && scheme != 2022)
		return 1;
	if (scheme)
		rc = db_exec(db, "INSERT INTO setting (name, value) VALUES (?, ?)"
		    " ON DUPLICATE KEY UPDATE value = VALUES(value)",
		    DB_STR(SCHEME_SETTING), DB_STR(scheme == 2022 ? "2022" : "2018"));
	else
		rc = db_exec(db, "DELETE FROM setting WHERE name = ?", DB_STR(SCHEME_SETTING));
	if (rc < 0)
		return rc;
	/* the catalogue holds the scheme: every worker reloads */
	rc = catalog_bump(db);
	return rc < 0 ? rc : 0;
}
