/* The start the database tests share (tests/db): the stack's
 * configuration from argv[1], quiet logs, the owner's connection in
 * Vietnam local time. Include after tap.h. */
#ifndef DVC_DBTEST_H
#define DVC_DBTEST_H

#include <stdio.h>

#include "core/conf.h"
#include "core/db.h"
#include "core/log.h"

/* The owner's connection (the caller db_free()s it and config_free()s
 * cfg), or NULL after a "Bail out!" line: no configuration. */
static inline struct db *
dbtest_start(int argc, char **argv, const char *name, struct config *cfg)
{
	char err[1024];
	struct db *db;

	if (argc < 2 || config_load(cfg, argv[1], err, sizeof(err)) < 0) {
		printf("Bail out! usage: %s CONFIG (%s)\n", name, argc < 2 ? "" : err);
		return NULL;
	}
	log_open(name, NULL, 0, LOG_ERR_ + 1);	/* quiet: errors are expected */
	db = db_new(cfg, "Owner");
	is_int(db_connect(db), 0, "connect as the owner");
	db_exec(db, "SET time_zone = '+07:00'");
	return db;
}

/* A citizen account of the test's own, named name: its id (the test
 * deletes it at the end). */
static inline long long
dbtest_citizen(struct db *db, const char *name)
{
	db_exec(db, "INSERT INTO account (kind, full_name, password_hash, status)"
	    " VALUES ('citizen', ?, '!', 'active')", DB_STR(name));
	return db_insert_id(db);
}

#endif
