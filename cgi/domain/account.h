/* Accounts: people who log in. Citizens and organisations register
 * themselves (accounts issue); staff are made by operators with
 * dvcctl user add. */
#ifndef DVC_ACCOUNT_H
#define DVC_ACCOUNT_H

#include <stddef.h>

#include "core/cs.h"
#include "core/request.h"

struct config;
struct db;

/* Database names of the roles, indexed by enum role (core/request.h). */
extern const char *const role_names[ROLE__MAX];
int role_from_name(const char *name);

#define PASSWORD_MIN 12
#define PASSWORD_MAX 128

/* NULL if pw is acceptable, else the Lang.Valid key of the reason. */
const char *password_policy(const char *pw);
/* argon2id (RFC 9106) with Account.Argon2.MemoryKiB, .Iterations and
 * .Parallelism, a 16-byte random salt, a 32-byte hash, of the password or,
 * with a pepper in Account.PepperFile, of HMAC-SHA256(pepper, password):
 * the PHC string "$argon2id$v=19$m=M,t=T,p=P$SALT$HASH" (base64 without
 * padding) that libargon2, Python's argon2-cffi and PHP read alike. At
 * most PASSWORD_HASH_MAX bytes with the NUL. Returns 0 or -1 (logged). */
int password_hash(const struct config *cfg, const char *pw, char *out,
    size_t outlen);
/* The same with a given salt (the unit test's known vectors). */
int password_hash_salted(const struct config *cfg, const char *pw,
    const unsigned char *salt, size_t saltlen, char *out, size_t outlen);
#define PASSWORD_HASH_MAX 200
/* Bounds of the parameters, in the configuration and in a stored hash. */
#define ARGON2_MEMORY_MAX 1048576UL	/* KiB: 1 GiB */
#define ARGON2_ITERATIONS_MAX 64UL
#define ARGON2_PARALLELISM_MAX 16UL
/* 1 if pw is on the bundled list of common passwords
 * (Account.CommonPasswordsFile), compared without case. */
int password_common(const struct config *cfg, const char *pw);
/* 1 if stored is a PBKDF2 hash of before, or argon2id with less memory
 * or fewer passes than configured now: the login that proves the password
 * makes it again. A stronger hash is never made weaker. */
int password_needs_rehash(const struct config *cfg, const char *stored);
/* 1 if pw matches stored (argon2id, or "pbkdf2-sha256$ITER$SALT$HASH" in
 * base64url as made before), 0 if not, -1 if stored is malformed. */
int password_verify(const struct config *cfg, const char *pw,
    const char *stored);

/* What the changes of a staff record can find, beside 0 (done) and a
 * negative db_rc. */
enum account_outcome {
	ACCOUNT_NO_AGENCY = 1,	/* no agency with that code */
	ACCOUNT_TAKEN,		/* the email has an account */
	ACCOUNT_NONE,		/* no account with that email */
};

struct staff_new {
	const char *email;
	const char *full_name;
	const char *phone;		/* may be NULL */
	const char *agency_code;
	unsigned roles;			/* ROLE_BIT() of each role */
	const char *password_hash;
	int invited;			/* status 'pending' until the person
					 * sets a password by the invitation's
					 * link (staff_accept) */
};

/* Creates a staff account with its roles in one transaction. Returns 0,
 * ACCOUNT_NO_AGENCY, ACCOUNT_TAKEN or a db_rc; *id on success. */
int staff_add(struct db *db, const struct staff_new *s, long long *id);
/* 0, ACCOUNT_NONE or a db_rc. */
int account_set_status(struct db *db, const char *email, const char *status);
int account_set_password(struct db *db, const char *email, const char *hash);
/* Staff accounts with their agency and roles, of one agency (by code or
 * by id; NULL and 0: all). */
int account_list(struct db *db, HDF *hdf, const char *prefix,
    const char *agency_code, long long agency_id);
/* One account's record with its agency and roles (none once deleted):
 * 1, 0 or a db_rc. */
int account_record(struct db *db, long long id, HDF *hdf, const char *prefix);

/* Replaces the roles of account id by roles (ROLE_BIT() of each) and
 * ends its sessions, in the caller's transaction. 0 or a db_rc. */
int account_set_roles(struct db *db, long long id, unsigned roles);
/* An invited officer's first password: the account becomes active. 0,
 * ACCOUNT_NONE (no pending staff account id) or a db_rc. */
int staff_accept(struct db *db, long long id, const char *hash);
/* The agencies open today, by name: prefix.N.{id, code, name}. The count
 * or a db_rc. */
int account_agencies(struct db *db, HDF *hdf, const char *prefix);

#endif
