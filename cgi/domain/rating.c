/* Ratings: see rating.h. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/conf.h"
#include "core/db.h"
#include "domain/dossier.h"
#include "domain/rating.h"

int
rating_criteria(const struct config *cfg, HDF *hdf, const char *prefix)
{
	const char *c = cfg_str(cfg, "Rating.Criteria");
	int n = 0;

	while (c && *c && n < RATING_CRITERIA_MAX) {
		const char *e = strchr(c, '|');
		size_t len = e ? (size_t)(e - c) : strlen(c);
		char key[64], name[256];

		snprintf(name, sizeof(name), "%.*s", (int)(len < 255 ? len : 255), c);
		snprintf(key, sizeof(key), "%s.%d.name", prefix, n);
		hdf_set_value(hdf, key, name);
		n++;
		c = e ? e + 1 : NULL;
	}
	return n;
}

int
rating_open(int status)
{
	return status == DS_DONE || status == DS_RETURNED;
}

int
rating_get(struct db *db, long long id, HDF *hdf, const char *prefix)
{
	char key[64];
	int rc;

	rc = db_row(db, hdf, prefix, "SELECT comment, DATE_FORMAT(created_at,"
	    " '%H:%i %d/%m/%Y') AS at FROM dossier_rating WHERE dossier_id = ?",
	    DB_INT(id));
	if (rc <= 0)
		return rc;
	snprintf(key, sizeof(key), "%s.Scores", prefix);
	rc = db_rows(db, hdf, key, "SELECT name, score FROM dossier_rating_score"
	    " WHERE dossier_id = ? ORDER BY criterion", DB_INT(id));
	return rc < 0 ? rc : 1;
}

int
rating_put(struct db *db, long long id, const char *comment, HDF *criteria,
    const long long *scores, int n)
{
	int i, rc;

	rc = db_exec(db, "INSERT IGNORE INTO dossier_rating (dossier_id, comment)"
	    " VALUES (?, ?)", DB_INT(id), DB_STR(comment && *comment ? comment : NULL));
	if (rc <= 0)
		return rc;	/* 0: rated before, applied once */
	for (i = 0; i < n; i++) {
		char key[32];

		snprintf(key, sizeof(key), "%d.name", i);
		if ((rc = db_exec(db, "INSERT INTO dossier_rating_score (dossier_id,"
		    " criterion, name, score) VALUES (?, ?, ?, ?)", DB_INT(id),
		    DB_INT(i), DB_STR(hdf_get_value(criteria, key, "")),
		    DB_INT(scores[i]))) < 0)
			return rc;
	}
	return 1;
}
