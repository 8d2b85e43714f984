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
#include "domain/totp.h"

struct config;
struct db;
struct user;

#define SESSION_COOKIE "dvc_sid"
#define SESSION_TOKEN_LEN 43		/* base64url of 32 bytes */

enum session_stage { STAGE_FULL, STAGE_TOTP, STAGE_ENROL };

/* account.kind in the database <-> enum user_kind (core/request.h). */
const char *user_kind_name(int kind);
int user_kind_parse(const char *name);

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

/* The account a session belongs to, the row locked until the transaction
 * ends: 1 (*owner set), 0 if there is no such session, or a db_rc. */
int session_owner(struct db *db, long long sid, long long *owner);

/* --- the second factor ------------------------------------------------ */

/* The person's TOTP secret, unsealed into secret (TOTP_SECRET_LEN bytes
 * or more) with the last time step used. Returns the secret's length, 0
 * if there is none (or it cannot be unsealed), or a db_rc. */
int totp_load(struct db *db, const struct config *cfg, long long id,
    unsigned char *secret, long long *last_step);
/* Takes a time step, so its code works once even for two racing tabs:
 * 1 taken, 0 already used, or a db_rc. */
int totp_take_step(struct db *db, long long id, long long step);
/* Uses up a recovery code as typed: 1 used, 0 unknown or spent, db_rc. */
int recovery_use(struct db *db, const struct config *cfg, long long id,
    const char *typed);
/* Turns TOTP on with a sealed secret whose step has been used, and
 * replaces the recovery codes with new ones, written into codes (shown
 * once; only their HMACs are stored). Call inside a transaction. */
int totp_enable(struct db *db, const struct config *cfg, long long id,
    const unsigned char *sealed, size_t len, long long step,
    char codes[RECOVERY_CODES][RECOVERY_CODE_LEN + 1]);
/* Counts a wrong code against a half-open session; at the fifth the
 * session is ended (the person starts again with the password, itself
 * limited). Returns 1 when it was ended, 0, or a db_rc. */
int totp_wrong_code(struct db *db, long long sid);

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
	int totp_required;	/* holds an admin role, or inspector */
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
