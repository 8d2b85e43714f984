/* Checking a catalogue document (man/dvc-catalog.5) before anything of it
 * is written: the import (domain/catalog_import.c) runs it over a whole
 * file; the one validator any other editor of the catalogue is to use.
 *
 * Nothing here reads the database or the disk: what lies outside the
 * document (agencies and fields already in the database, the form
 * template files) is asked through struct catalog_lookup, so the checks
 * run the same from a command, a page or a fuzz harness.
 *
 * Every error is collected, not only the first: one line each, "file:
 * record: field: message", in Vietnamese for the person who wrote the
 * file. Values that pass are normalised in place (form validators of
 * core/validate.h: NFC, trimmed), so what is written is what was checked. */
#ifndef DVC_CATALOG_VALIDATE_H
#define DVC_CATALOG_VALIDATE_H

#include <jansson.h>

#include "core/buf.h"

/* What the document may refer to without holding it. A NULL function
 * answers "not there". */
struct catalog_lookup {
	/* 1 if an agency with this code exists */
	int (*agency)(void *ctx, const char *code);
	/* 1 if a field has this code or slug, its code copied into code */
	int (*field)(void *ctx, const char *key, struct buf *code);
	/* 1 if the form template file (a plain name, already checked)
	 * exists; path: where it was looked for, for the message */
	int (*form)(void *ctx, const char *file, struct buf *path);
	void *ctx;
	/* 1 if a form file was uploaded with this SHA-256 (64 lower-case
	 * hex digits, already checked): sql/027-form-files.sql */
	int (*stored_form)(void *ctx, const char *sha256);
};

struct catalog_check {
	const char *file;		/* names the document in each message */
	const struct catalog_lookup *look;
	struct buf errors;		/* one line per error */
	int nerrors;
	char where[200];		/* the record: "procedures[3] (1.001193)" */
	json_t *agencies;		/* codes in the document (object as a set) */
	json_t *fields;			/* codes and slugs in the document -> code */
	json_t *procs;			/* codes in the document */
	/* NULL, or an object the caller made: each field's first error by
	 * its label ("name", "cases[0].key"), for a page that shows the
	 * message next to the field (the same messages as in errors) */
	json_t *by_field;
};

/* look stays the caller's and must outlive x. Free with
 * catalog_check_free. */
void catalog_check_init(struct catalog_check *x, const char *file,
    const struct catalog_lookup *look);
void catalog_check_free(struct catalog_check *x);

/* Checks a whole document ({"format": "dvc-catalog-1", "agencies": [...],
 * "fields": [...], "procedures": [...]}), normalising it in place; the
 * errors are in x. Records may refer to ones later in the document. */
void catalog_check_doc(struct catalog_check *x, json_t *root);

/* Adds one error about field of the record x->where names; after 200,
 * one line says the list stops. */
void catalog_err(struct catalog_check *x, const char *field, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* 1 if v is one of the NULL-terminated list (0 for a NULL v). */
int catalog_one_of(const char *v, const char *const *list);

#endif
