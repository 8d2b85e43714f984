/* The service-level scheme in force: the 2018 rules' levels 1-4, or
 * Decree 42/2022's toàn trình / một phần (issue 16 section 3).
 *
 * The configuration key Catalog.LevelScheme is the default; a province
 * admin's choice (/quan-tri/muc-do, the setting row of that name,
 * sql/010-notice-profile.sql's table) overrides it until it is cleared.
 * Every reader takes it from here: the catalogue when it loads (the
 * procedure pages' labels, catalog_online), the oversight and the
 * scorecard (which procedures count as online), so the three always
 * agree. A change bumps the catalogue version in its transaction: every
 * worker reloads with the new scheme. */
#ifndef DVC_SCHEME_H
#define DVC_SCHEME_H

#include "core/cs.h"

struct config;
struct db;

/* The setting's name (the configuration key's). */
#define SCHEME_SETTING "Catalog.LevelScheme"

/* The one SQL test of "offered online" for a procedure aliased p, as
 * scheme_online() below decides it in C: its placeholder takes the
 * scheme (2018 or 2022). */
#define SCHEME_ONLINE_SQL(p) \
	"IF(? = 2022, " p ".level_2022 IS NOT NULL, " p ".level >= 3)"
/* The same rule in C, for a procedure in memory (the catalogue's) or in
 * a draft (the editor's checks): its 2018 level, and whether it has a
 * 2022 one. */
static inline int
scheme_online(int scheme, long long level, int has_level_2022)
{
	return scheme == 2022 ? has_level_2022 : level >= 3;
}

/* 2018 or 2022: value (the setting row's, NULL: none) when it names one,
 * else the configuration's. */
int scheme_of(const char *value, const struct config *cfg);
/* The scheme in force into *scheme (the configuration's if the row
 * cannot be read). Returns 0 or a db_rc. */
int scheme_get(struct db *db, const struct config *cfg, int *scheme);
/* Whether a province admin set it (1) or the configuration rules (0);
 * db_rc on failure. */
int scheme_is_set(struct db *db);
/* What each scheme offers online among the procedures in force, at
 * prefix: procs, online2018 (level 3 or 4), online2022 (toàn trình or
 * một phần), only2018, only2022 (what a switch takes away or adds).
 * 1 or a db_rc. */
int scheme_counts(struct db *db, HDF *hdf, const char *prefix);
/* Sets it (2018 or 2022; 0: back to the configuration's) and bumps the
 * catalogue version, in the caller's transaction. Returns 0, 1 for a
 * value that names no scheme (nothing written), or a db_rc. */
int scheme_set(struct db *db, int scheme);

#endif
