/* The audit trail (sql/003-accounts.sql): security and data events, each
 * record chained to the one before by HMAC-SHA-256 under Audit.KeyFile,
 * a key kept outside the database. */
#ifndef DVC_AUDIT_H
#define DVC_AUDIT_H

#include <stdio.h>

struct config;
struct db;

struct audit_event {
	long long actor_id;		/* account id; 0: nobody logged in */
	const char *actor_kind;		/* "citizen", "organisation", "staff",
					 * "anonymous", "operator" (dvcctl) */
	const char *action;		/* "login.ok", "login.fail", "account.read"... */
	const char *object_type;	/* "account", "session", "dossier"; NULL */
	long long object_id;		/* 0: none */
	long long owner_id;		/* whose data it is; 0: nobody's */
	long long agency_id;		/* 0: none */
	const char *client_ip;		/* NULL: none */
	const char *detail;		/* short note, never a secret; NULL */
};

/* Appends one record. Call it inside the transaction of the event it
 * records (db_tx), so both commit or neither; the chain head row is
 * locked until then, which orders concurrent writers. cfg->audit_key must
 * be loaded (config_load_audit_key). Returns 0 or a db_rc; without a key,
 * or with an actor_kind, action, object_type or client_ip too long for its
 * column, it logs, dooms the caller's transaction and returns DB_ERR.
 * Called outside a transaction, it runs in one of its own. detail is cut
 * to 500 characters (on a character boundary) and loses its control and
 * bidi characters; `at` is the UTC time of the write, to the microsecond. */
int audit_write(struct db *db, const struct config *cfg,
    const struct audit_event *ev);

/* Recomputes the whole chain. Prints one line per problem to out (which
 * record, what is wrong: changed, missing, inserted, out of order, head
 * mismatch). Returns the number of problems, or a db_rc. */
long long audit_verify(struct db *db, const struct config *cfg, FILE *out,
    long long *records);

#endif
