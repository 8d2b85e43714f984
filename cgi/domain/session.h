/* Sessions, logins and their limits.
 *
 * A session token is 32 bytes from OpenSSL's RNG, sent to the browser
 * once (cookie dvc_sid) and stored only as its SHA-256. A session ends
 * after Session.IdleMinutes without a request, Session.AbsoluteHours
 * after the login, at logout, and when the password changes.
 *
 * Failed logins are counted per account and per client address; past
 * Login.FreeFailures each further try must wait, the wait doubling up to
 * Login.MaxDelay (an account's own wait stops at a minute, so nobody can
 * keep its owner out for long). */
#ifndef DVC_SESSION_H
#define DVC_SESSION_H

#include <stddef.h>

#include "core/cs.h"

struct config;
struct db;
struct user;

#define SESSION_COOKIE "dvc_sid"
#define SESSION_TOKEN_LEN 43		/* base64url of 32 bytes */

enum session_stage { STAGE_FULL, STAGE_TOTP, STAGE_ENROL };

/* The session for a cookie value. Returns 1 (u, *stage filled; the
 * person's name and kind into hdf at prefix if hdf), 0 (no such live
 * session: missing, expired, account not active) or a db_rc. Refreshes
 * last_seen at most once a minute. */
int session_find(struct db *db, const struct config *cfg, const char *token,
    struct user *u, int *stage, unsigned char hash[32], HDF *hdf,
    const char *prefix);

/* A new session; writes the cookie value into token. Returns 0 or db_rc;
 * *sid gets its id. Call inside the login's transaction. */
int session_create(struct db *db, const struct config *cfg,
    long long account_id, int stage, const char *ip, const char *agent,
    char token[SESSION_TOKEN_LEN + 1], long long *sid);
/* Ends one session, or all of an account's but keep (0: all). */
int session_end(struct db *db, long long sid);
int session_end_others(struct db *db, long long account_id, long long keep);

/* --- logins ------------------------------------------------------------ */

enum login_result {
	LOGIN_OK,
	LOGIN_BAD,		/* unknown, wrong password, wrong kind, closed */
	LOGIN_WAIT,		/* too many failures: *wait seconds */
	LOGIN_UNCONFIRMED,	/* right password, email not confirmed yet */
	LOGIN_DISABLED,		/* right password, account disabled */
};

struct login {
	/* in */
	const char *ident;	/* email, phone or citizen ID number */
	const char *password;
	int staff;		/* 1: the staff page (staff accounts only) */
	const char *ip;
	/* out */
	long long account_id;
	long wait;
	int totp_enabled;
	int totp_required;	/* holds an admin role */
	int kind;		/* enum user_kind */
};

/* Checks a login against the limits and the stored hash, records the
 * failure or clears the account's count, and upgrades an old hash. The
 * same work (one hash) for an unknown person as for a wrong password.
 * Returns an enum login_result, or a db_rc. */
int login_check(struct db *db, const struct config *cfg, struct login *l);

/* Forgets the failures counted against an account (after a password
 * reset). */
int login_clear(struct db *db, long long account_id);

#endif
