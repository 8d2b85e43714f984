/* Citizens and organisations: registration, the links sent by mail
 * (confirm the address, reset the password), the person's own data and
 * its erasure. Database work only; the pages render the mails and queue
 * them in the same transaction (domain/mail.h). */
#ifndef DVC_PERSON_H
#define DVC_PERSON_H

#include "core/buf.h"
#include "core/cs.h"

struct config;
struct db;

#define LINK_TOKEN_LEN 43	/* base64url of 32 bytes */

/* What registration and erasure can find, beside 0 (done) and a negative
 * db_rc. */
enum person_outcome {
	PERSON_TAKEN = 1,	/* the email, phone or ID number has an account */
	PERSON_NONE,		/* no such (citizen) account */
};

struct registration {
	int organisation;
	const char *full_name, *id_number, *birth_date, *phone, *email,
	    *address;
	const char *org_name, *tax_code, *representative;	/* organisations */
	const char *password_hash;
};

/* Adds a pending account and its confirmation link (token). Returns 0,
 * PERSON_TAKEN if the email, phone or ID number is taken (the caller tells only
 * the address's owner, by mail), or a db_rc. An unconfirmed account whose
 * link has expired gives way to a new registration. */
int person_register(struct db *db, const struct config *cfg,
    const struct registration *r, char token[LINK_TOKEN_LEN + 1],
    long long *id);

/* The rules between a person's identity fields that the validators of
 * each field cannot make alone, the same for a registration and for a
 * dossier's applicant: the date of birth (ISO, may be NULL: not given)
 * is not in the future, and the citizen ID number's 4th digit (century
 * and sex) and 5th-6th digits (year of birth, Circular 07/2016/TT-BCA)
 * agree with it. id_number: 12 digits as V_CCCD checked them. NULL if
 * all agree; else the Lang.Valid key of the first rule broken, *which
 * naming the field it concerns (0: the date of birth, 1: the ID number). */
const char *person_identity_check(const char *id_number, const char *birth,
    int *which);

/* Counts a registration from a client address; *n gets how many it sent
 * in the last hour (counted with the login limits, key "r:<address>"). */
int person_register_count(struct db *db, const char *ip, long long *n);

/* A single-use link for account_id: purpose "confirm" or "reset". */
int link_new(struct db *db, long long account_id, const char *purpose,
    long minutes, char token[LINK_TOKEN_LEN + 1]);
/* Checks a link (and, with consume, uses it up). Returns 1 and
 * *account_id if it is valid, 0 if unknown, used or expired, or db_rc. */
int link_check(struct db *db, const char *token, const char *purpose,
    int consume, long long *account_id);
/* A reset link was sent less than minutes ago: 1, else 0 (or db_rc). */
int link_recent(struct db *db, long long account_id, const char *purpose,
    long minutes);

int person_confirm(struct db *db, long long id);
/* Account id, name and status for an email address: 1 found, 0, db_rc. */
int person_by_email(struct db *db, const char *email, HDF *hdf,
    const char *prefix);
/* The citizen's account holding ID number id_number (reception finds the
 * applicant of a counter dossier by it): prefix.{id,full_name,email,
 * phone,id_number,birth_date (dd/mm/yyyy),address}. 1, 0 or db_rc. */
int person_by_id_number(struct db *db, const char *id_number, HDF *hdf,
    const char *prefix);
/* Everything stored about a person, into hdf at prefix. 1, 0 or db_rc. */
int person_get(struct db *db, long long id, HDF *hdf, const char *prefix);
/* The stored password hash (for re-entering the password). */
int person_password(struct db *db, long long id, char *out, size_t outlen);
int person_set_password(struct db *db, long long id, const char *hash);
/* Staff who opened this person's data or dossiers, newest first. */
int person_accesses(struct db *db, long long id, HDF *hdf, const char *prefix,
    int limit);
/* The person's sessions, newest first. */
int person_sessions(struct db *db, long long id, HDF *hdf, const char *prefix);
/* All data held about the person, as one JSON document. */
int person_export(struct db *db, long long id, struct buf *json);
/* Open dossiers: deletion waits until they are closed. */
int person_open_dossiers(struct db *db, long long id, long long *n);
/* Erases the personal data and closes the account; the row stays (status
 * deleted, no name, contact or ID number) so the audit trail's references
 * still resolve to "a deleted account". 0, PERSON_NONE (no citizen
 * account with that id) or a db_rc. */
int person_erase(struct db *db, long long id);

#endif
