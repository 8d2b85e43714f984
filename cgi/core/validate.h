/* Field schemas and typed validators.
 *
 * Each route declares its fields in an enum-indexed array of struct field.
 * The dispatcher runs every declared field through validate_value() before
 * the handler runs; handlers read only the normalised values in
 * req->val[FIELD] and never touch the raw query. Unknown field names are
 * ignored; names outside [A-Za-z0-9_-] never get this far (core/gate.c).
 * Validators do no I/O. */
#ifndef DVC_VALIDATE_H
#define DVC_VALIDATE_H

#include <stddef.h>

enum vtype {
	V_INT,		/* decimal integer within [min, max] */
	V_SLUG,		/* a-z 0-9 and single hyphens, at most max chars */
	V_CODE,		/* dossier code: <agency id>-YYMMDD-NNNN */
	V_EMAIL,	/* address; domain lower-cased */
	V_PHONE,	/* Vietnamese number; normalised to 0xxxxxxxxx */
	V_NAME,		/* person's name in Vietnamese; spaces collapsed */
	V_DATE,		/* dd/mm/yyyy or yyyy-mm-dd; normalised to ISO */
	V_ENUM,		/* one of choices */
	V_TEXT,		/* free text, several lines, min..max characters */
	V_LINE,		/* free text on one line, min..max characters */
	V_TOKEN,	/* base64url token, min..max characters */
	V_KEY,		/* a code: A-Z a-z 0-9 . _ - (procedure, agency, slug) */
	V_CCCD,		/* citizen identity number: 12 digits, a province code */
	V_TAXCODE,	/* mã số thuế: 10 digits, or 10-3 for a branch */
	V_SECRET,	/* password: kept exactly as typed, never re-displayed */
	V__MAX
};

enum verr {
	VE_OK,
	VE_REQUIRED,	/* missing or empty */
	VE_UTF8,	/* not valid UTF-8, or contains NUL */
	VE_CONTROL,	/* control or bidirectional-override characters */
	VE_TOOSHORT,
	VE_TOOLONG,
	VE_FORMAT,	/* the type's shape is wrong: see verr_key() */
	VE_RANGE,	/* number or date out of range */
	VE_CHOICE,	/* not one of the choices */
	VE_MULTI,	/* sent more than once */
	VE__MAX
};

#define F_REQUIRED	0x1
#define F_PATH		0x2	/* comes from the URL path (":name") */

struct field {
	const char *name;
	enum vtype type;
	unsigned flags;
	long min, max;		/* V_INT: value range; texts: length in characters */
	const char *const *choices;	/* V_ENUM, NULL-terminated */
};

struct fval {
	int present;		/* sent and not empty */
	enum verr err;
	char *s;		/* normalised value (owned), NULL if absent */
	long long i;		/* V_INT */
};

/* Validates raw (NUL-terminated; may be NULL when absent) against f and
 * fills v. v->s is malloc'd; free with fval_clear(). Returns v->err. */
enum verr validate_value(const struct field *f, const char *raw, struct fval *v);
void fval_clear(struct fval *v);

/* The language-file key for an error on this field, e.g. "format_email"
 * or "required"; templates get the message from Lang.Valid.<key>. */
const char *verr_key(const struct field *f, enum verr e);

#endif
