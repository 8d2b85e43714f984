/* The one way to reach MariaDB.
 *
 * SQL is always a string literal with ? placeholders; the macros below
 * paste "" around it so anything else fails to compile, and values travel
 * only as bound parameters. Rows come back into an HDF subtree
 * (prefix.0.column, prefix.1.column ...), the same tree templates read.
 *
 * One connection per process, opened on first use, kept across requests,
 * pinged after idle time and reopened after a lost connection, so a
 * restarted server is picked up without restarting the responders.
 *
 * Return values: 0 or a row count on success, else one of enum db_rc
 * (all negative). res_db() in core/result.h maps them to 503/409/500. */
#ifndef DVC_DB_H
#define DVC_DB_H

#include <stddef.h>

#include "core/cs.h"

struct config;
struct db;

enum db_rc {
	DB_ERR = -1,		/* the statement failed: a bug or bad data */
	DB_DOWN = -2,		/* no connection to the server */
	DB_RETRY = -3,		/* deadlock, lock timeout, Galera conflict */
	DB_DUP = -4,		/* unique key violated */
};

enum db_ptype { DBP_END, DBP_INT, DBP_STR, DBP_BLOB, DBP_NULL };

struct db_param {
	enum db_ptype t;
	long long i;
	const char *s;		/* DBP_STR: NUL-terminated, NULL means SQL NULL */
	size_t len;		/* DBP_BLOB */
};

#define DB_INT(v)	((struct db_param){ .t = DBP_INT, .i = (long long)(v) })
#define DB_STR(v)	((struct db_param){ .t = DBP_STR, .s = (v) })
#define DB_BLOB(p, n)	((struct db_param){ .t = DBP_BLOB, .s = (const char *)(p), .len = (n) })
#define DB_NULL		((struct db_param){ .t = DBP_NULL })
#define DB_PARAMS_(...) \
	((const struct db_param[]){ __VA_ARGS__ __VA_OPT__(,) (struct db_param){ .t = DBP_END } })

/* Which account to use: the responder's own (Db.<Name>.User) or, in
 * single-user mode, Db.User. name is e.g. "Public" or "Owner". */
struct db *db_new(const struct config *cfg, const char *name);
void db_free(struct db *db);
/* A connection as another account of the same server (dvcctl migrate
 * reads what each responder account holds as that account); user and
 * password must outlive the struct. */
struct db *db_new_as(const struct config *cfg, const char *user, const char *password);
/* The same for a probe (the health check): connect, read and write
 * timeouts of seconds each instead of the Db.*Timeout keys, and a failure
 * to connect left for the caller to report. */
struct db *db_new_probe(const struct config *cfg, const char *name, unsigned seconds);
/* 1 when the server failed to answer this connection less than seconds
 * ago (the health check answers from that at once). */
int db_down_recently(const struct db *db, double seconds);
/* Request reference id for log lines; the string must outlive its use. */
void db_set_ref(struct db *db, const char *ref);
/* Opens the connection now (dvcctl); responders connect lazily. */
int db_connect(struct db *db);
/* Closes the connection, e.g. in a child after fork. */
void db_disconnect(struct db *db);

/* A statement without rows. Returns affected rows (>= 0) or enum db_rc. */
#define db_exec(db, sql, ...) \
	db_exec_((db), "" sql "", __FILE__, __LINE__, DB_PARAMS_(__VA_ARGS__))
/* Rows into hdf at prefix.N.col; returns the row count or enum db_rc.
 * NULL columns leave no node. */
#define db_rows(db, hdf, prefix, sql, ...) \
	db_rows_((db), (hdf), (prefix), 0, "" sql "", __FILE__, __LINE__, DB_PARAMS_(__VA_ARGS__))
/* The first row into hdf at prefix.col; returns 1, 0 (no row) or db_rc. */
#define db_row(db, hdf, prefix, sql, ...) \
	db_rows_((db), (hdf), (prefix), 1, "" sql "", __FILE__, __LINE__, DB_PARAMS_(__VA_ARGS__))
/* One integer (first column of the first row) into *out; returns 1 if a
 * row came back, 0 if none, or db_rc. */
#define db_int(db, out, sql, ...) \
	db_int_((db), (out), "" sql "", __FILE__, __LINE__, DB_PARAMS_(__VA_ARGS__))

int db_exec_(struct db *db, const char *sql, const char *file, int line,
    const struct db_param *p);
/* A write whose answer the caller does not need, inside a transaction:
 * kept until the outermost commit, then sent with the other writes of the
 * same SQL as one bulk execution (Connector/C array binding: one round
 * trip for many rows, in the order they were asked). The caller promises
 * that nothing in the transaction reads what it writes before the end,
 * and that it depends on no write but the earlier ones of the same SQL
 * and the statements run before it (history rows, audit records, the
 * payment's history). Its error, if any, is the commit's (the whole
 * transaction rolls back). Outside a transaction it runs at once.
 * Returns 0 or enum db_rc. */
#define db_exec_later(db, sql, ...) \
	db_exec_later_((db), "" sql "", __FILE__, __LINE__, DB_PARAMS_(__VA_ARGS__))
int db_exec_later_(struct db *db, const char *sql, const char *file, int line,
    const struct db_param *p);
int db_rows_(struct db *db, HDF *hdf, const char *prefix, int one,
    const char *sql, const char *file, int line, const struct db_param *p);
int db_int_(struct db *db, long long *out, const char *sql, const char *file,
    int line, const struct db_param *p);
long long db_insert_id(struct db *db);
/* A 64-bit integer column read back from a row in hdf (ids), or 0. */
long long hdf_ll(HDF *hdf, const char *name);

/* Transactions nest by counting: only the outermost begin and commit reach
 * the server, and a rollback at any depth dooms the whole transaction.
 * Each begin records where it happened, so one left open is reported with
 * its origin when the request ends. */
#define db_begin(db) db_begin_((db), __FILE__, __LINE__)
int db_begin_(struct db *db, const char *file, int line);
int db_commit(struct db *db);
void db_rollback(struct db *db);
int db_depth(const struct db *db);
/* What the open transaction remembers for a writer between statements:
 * valid is 0 when the outermost transaction begins, so nothing outlives
 * it (a nested failure dooms the whole transaction). The audit trail
 * keeps its chain's head here once it holds the head's lock
 * (domain/audit.c), instead of reading it again for every record; the
 * e-receipts their agency's counter of the year (domain/payment.c). */
enum db_memo { DB_MEMO_AUDIT, DB_MEMO_RECEIPT, DB_MEMO__MAX };
struct db_txmemo {
	int valid;
	long long n;
	long long key[2];
	unsigned char b[32];
};
/* the memo of the open transaction; NULL outside one */
struct db_txmemo *db_txmemo(struct db *db, enum db_memo which);
/* Called when a request ends: rolls back and logs a transaction left open. */
void db_end_request(struct db *db);

/* Runs fn(ctx) in a transaction; commits when it returns 0, rolls back
 * otherwise. A deadlock or Galera certification failure (DB_RETRY) reruns
 * the whole of fn, up to Db.DeadlockRetries times, so fn must not have
 * effects outside the database. fn returns 0, a db_rc, or DB_ROLLBACK to
 * undo its work on purpose (it says why in its ctx). Returns fn's result
 * or a db_rc. */
#define DB_ROLLBACK 1
int db_tx(struct db *db, int (*fn)(struct db *, void *), void *ctx);

/* For dvcctl only: runs a trusted multi-statement script (a migration file
 * from sql/). Never used for anything built from input. */
int db_run_script(struct db *db, const char *text, char *err, size_t errlen);

#endif
