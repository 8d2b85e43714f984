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

#include "core/buf.h"

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

#endif
