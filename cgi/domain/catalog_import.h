/* Importing and exporting the catalogue (man/dvc-catalog.5).
 *
 * An import reads the file (JSON, or CSV through domain/catalog_csv.h) and
 * checks every record before it writes anything (domain/catalog_validate.h,
 * asking the database for the agencies and fields the file does not hold):
 * the errors are collected (file, record, field, message) and nothing is
 * imported when there is one. Then everything is written in one transaction, matching
 * agencies, fields and procedures by code, and the catalogue version is
 * bumped so every responder reloads. */
#ifndef DVC_CATALOG_IMPORT_H
#define DVC_CATALOG_IMPORT_H

#include <stdio.h>

#include <jansson.h>

#include "core/buf.h"

struct catalog_lookup;
struct config;
struct db;

struct import_report {
	struct buf errors;	/* one line per error */
	int nerrors;
	int agencies, fields, procs, procs_new;
};

/* Imports path (.json or .csv). Returns 0, 422 when the file has errors
 * (see r->errors), or a db_rc. */
int catalog_import(struct db *db, const struct config *cfg, const char *path,
    struct import_report *r);
void import_report_free(struct import_report *r);

/* Writes the whole catalogue as JSON to out. Returns 0 or a db_rc. */
int catalog_export(struct db *db, FILE *out);

/* The database and the form templates as the import sees them, for
 * catalog_check (domain/catalog_validate.h) from another editor: look
 * gets the import's lookups on k, which stays the caller's. */
struct catalog_known {
	struct db *db;
	const struct config *cfg;
};
void catalog_lookup_db(struct catalog_lookup *look, struct catalog_known *k);

/* One procedure's record (an element of "procedures", already checked)
 * written as the import writes it, in the caller's transaction; the
 * catalogue version is the caller's to bump. 0 or a db_rc. */
int catalog_write_proc(struct db *db, json_t *p);

/* One procedure's record as the export writes it, into *out (the
 * caller's to json_decref). 1, 0 when there is no such procedure, or a
 * db_rc. */
int catalog_proc_json(struct db *db, const char *code, json_t **out);

#endif
