#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <mysql.h>
#include <errmsg.h>
#include <mysqld_error.h>

#include "core/clock.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/log.h"
#include "core/metrics.h"
#include "core/util.h"

/* A prepared statement, cached per connection and keyed by the address of
 * its SQL literal: the program has a fixed set of them. */
struct cstmt {
	const char *sql;
	MYSQL_STMT *st;
	unsigned nparams;
	unsigned ncols;
	MYSQL_RES *meta;
	struct cstmt *next;
};

#define NBUCKET 128

/* A write kept for the commit (db_exec_later): its SQL literal, where it
 * was asked, its parameters (copied, strings after them). */
struct later {
	struct later *next;
	const char *sql;
	const char *file;
	int line;
	unsigned n;
	struct db_param p[];
};

/* writes kept before they are sent anyway (memory), rows of one bulk
 * execution (its packet stays well under max_allowed_packet) */
#define LATER_MAX 4096
#define LATER_BULK 1000

struct db {
	const struct config *cfg;
	const char *user;
	const char *password;
	MYSQL *my;
	struct cstmt *bucket[NBUCKET];
	double last_use;
	const char *ref;

	int depth;
	int doomed;		/* rc that ends the open transaction, or 0 */
	char tx_file[64];
	int tx_line;
	long long insert_id;
	/* the session's clock (core/clock.h): the shift its NOW() was set
	 * to (0: the server's own time) and the real second it was set */
	long long clock_shift;
	time_t clock_at;
	/* a short-lived connection's own timeout in seconds (the health
	 * check's); 0: the Db.*Timeout keys */
	unsigned timeout;
	/* the server was unreachable and that was logged: the next failures
	 * to connect are counted, not logged again, until a connection
	 * works (one line per outage per process, not one per request) */
	int down_logged;
	int owner;		/* dvcctl's account: no read/write timeout */
	/* when the server last failed to answer (now_mono), 0: never */
	double down_at;
	struct db_txmemo memo[DB_MEMO__MAX];	/* the open transaction's (db_txmemo) */
	/* the open transaction's writes kept for its commit, in order */
	struct later *later, **later_tail;
	size_t nlater;
};

struct db *
db_new(const struct config *cfg, const char *name)
{
	struct db *db;
	char user[64], pw[64];

	if (cfg_int(cfg, "Db.SingleUser")) {
		snprintf(user, sizeof(user), "Db.User");
		snprintf(pw, sizeof(pw), "Db.Password");
	} else {
		snprintf(user, sizeof(user), "Db.%s.User", name);
		snprintf(pw, sizeof(pw), "Db.%s.Password", name);
	}
	db = db_new_as(cfg, cfg_str(cfg, user), cfg_str(cfg, pw));
	db->owner = strcmp(name, "Owner") == 0;
	return db;
}

struct db *
db_new_as(const struct config *cfg, const char *user, const char *password)
{
	struct db *db = xcalloc(1, sizeof(*db));

	db->cfg = cfg;
	db->later_tail = &db->later;
	db->user = user;
	db->password = password;
	return db;
}

struct db *
db_new_probe(const struct config *cfg, const char *name, unsigned seconds)
{
	struct db *db = db_new(cfg, name);

	db->timeout = seconds;
	db->down_logged = 1;	/* the probe's caller reports the failure */
	return db;
}

static void
drop_stmts(struct db *db)
{
	struct cstmt *c, *n;
	size_t i;

	for (i = 0; i < NBUCKET; i++) {
		for (c = db->bucket[i]; c; c = n) {
			n = c->next;
			if (c->meta)
				mysql_free_result(c->meta);
			mysql_stmt_close(c->st);
			free(c);
		}
		db->bucket[i] = NULL;
	}
}

void
db_disconnect(struct db *db)
{
	if (db->my == NULL)
		return;
	drop_stmts(db);
	mysql_close(db->my);
	db->my = NULL;
}

static void
later_drop(struct db *db)
{
	struct later *l, *n;

	for (l = db->later; l; l = n) {
		n = l->next;
		free(l);
	}
	db->later = NULL;
	db->later_tail = &db->later;
	db->nlater = 0;
}

void
db_free(struct db *db)
{
	if (db == NULL)
		return;
	later_drop(db);
	db_disconnect(db);
	free(db);
}

void
db_set_ref(struct db *db, const char *ref)
{
	db->ref = ref;
}

static int
classify(unsigned e)
{
	switch (e) {
	case ER_LOCK_DEADLOCK:
	case ER_LOCK_WAIT_TIMEOUT:
		return DB_RETRY;
	case ER_DUP_ENTRY:
	case ER_DUP_ENTRY_WITH_KEY_NAME:
		return DB_DUP;
	case CR_CONNECTION_ERROR:
	case CR_CONN_HOST_ERROR:
	case CR_SERVER_GONE_ERROR:
	case CR_SERVER_LOST:
	case CR_SERVER_LOST_EXTENDED:
	case CR_COMMANDS_OUT_OF_SYNC:
	case ER_CONNECTION_KILLED:
	case ER_SERVER_SHUTDOWN:
	case ER_UNKNOWN_COM_ERROR:	/* Galera: node not ready (WSREP) */
	case ER_CON_COUNT_ERROR:
	case ER_TOO_MANY_USER_CONNECTIONS:
		return DB_DOWN;
	}
	if (e >= 2000 && e < 3000)	/* any other client-side error */
		return DB_DOWN;
	return DB_ERR;
}

static void
log_db(struct db *db, const char *file, int line, unsigned e, const char *msg)
{
	char at[96], num[16];
	static const char *const kind[] = { "", "error", "down", "retry", "duplicate" };
	int c = classify(e);

	metrics_count("dvc_db_errors_total", "kind", kind[-c]);
	if (c == DB_DOWN) {
		if (db->down_logged)
			return;
		db->down_logged = 1;
	}
	snprintf(at, sizeof(at), "%s:%d", file, line);
	snprintf(num, sizeof(num), "%u", e);
	/* A duplicate-key message quotes the value (an email, an ID number):
	 * those stay out of the log. */
	if (classify(e) == DB_DUP)
		msg = "duplicate key";
	log_event(classify(e) == DB_ERR ? LOG_ERR_ : LOG_WARN_, "db", db->ref,
	    "at", at, "errno", num, "error", msg, NULL);
}

/* The error of a failed mysql_stmt_fetch. Rows of a statement not
 * stored are read as they come, and an error the server sends among them
 * (a locking read that lost a deadlock, measured: two counter entries of
 * one applicant at once) is left by Connector/C on the connection, not on
 * the statement, whose errno stays 0: taken as is, it read as an unknown
 * error (500) instead of a retry. */
static unsigned
fetch_errno(struct db *db, MYSQL_STMT *st, const char **msg)
{
	unsigned e = mysql_stmt_errno(st);

	*msg = mysql_stmt_error(st);
	if (e == 0 && db->my && (e = mysql_errno(db->my)) != 0)
		*msg = mysql_error(db->my);
	return e;
}

/* Marks the open transaction lost after a connection or deadlock error:
 * the server has already rolled it back. */
static int
failed(struct db *db, int rc)
{
	if (db->depth > 0 && (rc == DB_DOWN || rc == DB_RETRY) && !db->doomed)
		db->doomed = rc;
	if (rc == DB_DOWN) {
		/* a connection lost now; a failed connect was timed by
		 * db_connect, and a refusal without trying (ensure) must not
		 * put the next try off again */
		if (db->my)
			db->down_at = now_mono();
		db_disconnect(db);
	}
	return rc;
}

int
db_down_recently(const struct db *db, double seconds)
{
	return db->my == NULL && db->down_at > 0 && now_mono() - db->down_at < seconds;
}

int
db_connect(struct db *db)
{
	const struct config *cfg = db->cfg;
	unsigned int ct = db->timeout ? db->timeout : (unsigned)cfg_int(cfg, "Db.ConnectTimeout");
	unsigned int rt = db->timeout ? db->timeout : (unsigned)cfg_int(cfg, "Db.ReadTimeout");
	unsigned int wt = db->timeout ? db->timeout : (unsigned)cfg_int(cfg, "Db.WriteTimeout");
	const char *sock = cfg_str(cfg, "Db.Socket");
	char init[200];
	my_bool off = 0;

	if (db->my)
		return 0;
	if ((db->my = mysql_init(NULL)) == NULL)
		abort();
	mysql_options(db->my, MYSQL_OPT_CONNECT_TIMEOUT, &ct);
	/* The responders' statements answer in milliseconds: a server that
	 * hangs must not hold a worker longer than Db.ReadTimeout. dvcctl's
	 * (the owner account: migrations, rebuilds over every dossier) may
	 * take minutes and wait for as long as they take. */
	if (db->owner == 0) {
		mysql_options(db->my, MYSQL_OPT_READ_TIMEOUT, &rt);
		mysql_options(db->my, MYSQL_OPT_WRITE_TIMEOUT, &wt);
	}
	mysql_options(db->my, MYSQL_OPT_RECONNECT, &off);
	mysql_options(db->my, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	/* Strict mode and Vietnam time whatever the host's defaults are. A
	 * responder's statement waiting for a row lock gives up a second
	 * before Db.ReadTimeout would cut it (InnoDB's default waits 50 s):
	 * a lock wait then ends as a retry (DB_RETRY), and only a server that
	 * does not answer at all meets the read timeout. */
#define SESSION_SET "SET SESSION sql_mode='STRICT_ALL_TABLES,ERROR_FOR_DIVISION_BY_ZERO," \
	"NO_ENGINE_SUBSTITUTION', time_zone='+07:00'"
	if (db->owner)
		snprintf(init, sizeof(init), SESSION_SET);
	else
		snprintf(init, sizeof(init), SESSION_SET ", innodb_lock_wait_timeout=%u",
		    rt > 1 ? rt - 1 : 1);
#undef SESSION_SET
	mysql_options(db->my, MYSQL_INIT_COMMAND, init);
	if (mysql_real_connect(db->my, cfg_str(cfg, "Db.Host"), db->user,
	    db->password, cfg_str(cfg, "Db.Name"),
	    (unsigned)cfg_int(cfg, "Db.Port"), *sock ? sock : NULL, 0) == NULL) {
		unsigned e = mysql_errno(db->my);

		log_db(db, __FILE__, __LINE__, e, mysql_error(db->my));
		mysql_close(db->my);
		db->my = NULL;
		db->down_at = now_mono();
		return DB_DOWN;
	}
	db->last_use = now_mono();
	db->clock_shift = 0;	/* a new session runs on the server's time */
	if (db->down_logged && db->timeout == 0)
		log_event(LOG_INFO_, "db", db->ref, "msg", "connected again", NULL);
	db->down_logged = 0;
	return 0;
}

/* Connects if needed; after idle time, checks the connection is alive
 * (a server restarted meanwhile leaves a dead one). */
static int
ensure(struct db *db)
{
	double t = now_mono();
	long idle = cfg_int(db->cfg, "Db.PingAfterIdle");

	if (db->my && idle > 0 && t - db->last_use > (double)idle &&
	    db->depth == 0 && mysql_ping(db->my) != 0)
		db_disconnect(db);
	/* after a failure, a second without trying: with a server that
	 * hangs, each try holds the worker for Db.ConnectTimeout, and the
	 * requests meanwhile get their 503 at once */
	if (db->my == NULL && db_down_recently(db, 1.0))
		return DB_DOWN;
	if (db->my == NULL && db_connect(db) < 0)
		return DB_DOWN;
	db->last_use = t;
	return 0;
}

static struct cstmt *
lookup(struct db *db, const char *sql)
{
	size_t h = ((size_t)sql >> 4) % NBUCKET;
	struct cstmt *c;

	for (c = db->bucket[h]; c; c = c->next)
		if (c->sql == sql)
			return c;
	return NULL;
}

static int
prepare(struct db *db, const char *sql, const char *file, int line,
    struct cstmt **out)
{
	size_t h = ((size_t)sql >> 4) % NBUCKET;
	struct cstmt *c;
	MYSQL_STMT *st;

	if ((c = lookup(db, sql)) != NULL) {
		*out = c;
		return 0;
	}
	if ((st = mysql_stmt_init(db->my)) == NULL)
		abort();
	if (mysql_stmt_prepare(st, sql, strlen(sql)) != 0) {
		unsigned e = mysql_stmt_errno(st);

		log_db(db, file, line, e, mysql_stmt_error(st));
		mysql_stmt_close(st);
		return classify(e);
	}
	c = xcalloc(1, sizeof(*c));
	c->sql = sql;
	c->st = st;
	c->nparams = (unsigned)mysql_stmt_param_count(st);
	c->meta = mysql_stmt_result_metadata(st);
	c->ncols = c->meta ? mysql_num_fields(c->meta) : 0;
	c->next = db->bucket[h];
	db->bucket[h] = c;
	*out = c;
	return 0;
}

/* The session's NOW() follows the portal's clock (core/clock.h): on an
 * instance whose clock is shifted, the session's timestamp is set to the
 * business time before a statement outside a transaction and before a
 * transaction begins (a transaction keeps the time it began with), at most
 * once a real second; without a shift nothing is sent. */
static int
clock_sync(struct db *db)
{
	long long s = clock_shift();
	time_t now;
	struct cstmt *c;
	MYSQL_BIND b;
	long long t;
	unsigned e;

	if (s == 0 && db->clock_shift == 0)
		return 0;
	now = time(NULL);
	if (s == db->clock_shift && now == db->clock_at)
		return 0;
	if (s == 0) {
		if (mysql_real_query(db->my, "SET timestamp = DEFAULT", 23) != 0) {
			e = mysql_errno(db->my);
			log_db(db, __FILE__, __LINE__, e, mysql_error(db->my));
			return classify(e);
		}
	} else {
		int rc = prepare(db, "SET timestamp = ?", __FILE__, __LINE__, &c);

		if (rc < 0)
			return rc;
		t = (long long)now + s;
		memset(&b, 0, sizeof(b));
		b.buffer_type = MYSQL_TYPE_LONGLONG;
		b.buffer = &t;
		if (mysql_stmt_bind_param(c->st, &b) || mysql_stmt_execute(c->st)) {
			e = mysql_stmt_errno(c->st);
			log_db(db, __FILE__, __LINE__, e, mysql_stmt_error(c->st));
			return classify(e);
		}
	}
	db->clock_shift = s;
	db->clock_at = now;
	return 0;
}

static int
is_read(const char *sql)
{
	while (*sql == ' ' || *sql == '\n' || *sql == '\t' || *sql == '(')
		sql++;
	return strncasecmp(sql, "SELECT", 6) == 0;
}

/* Prepares (or finds) and executes sql with params. Outside a transaction
 * a statement that could not have had any effect (a read, or a server gone
 * before it was sent) is retried once on a fresh connection. */
static int
run(struct db *db, const char *sql, const char *file, int line,
    const struct db_param *p, struct cstmt **out)
{
	MYSQL_BIND bind[64];
	struct cstmt *c = NULL;
	unsigned n, i, e;
	int attempt, rc;

	if (db->doomed)
		return db->doomed;
	for (n = 0; p[n].t != DBP_END; n++)
		;
	if (n > NELEM(bind)) {
		log_event(LOG_ERR_, "db", db->ref, "error", "too many parameters", NULL);
		return DB_ERR;
	}
	memset(bind, 0, sizeof(bind));
	for (i = 0; i < n; i++) {
		switch (p[i].t) {
		case DBP_INT:
			bind[i].buffer_type = MYSQL_TYPE_LONGLONG;
			bind[i].buffer = (void *)&p[i].i;
			break;
		case DBP_STR:
			if (p[i].s == NULL) {
				bind[i].buffer_type = MYSQL_TYPE_NULL;
				break;
			}
			bind[i].buffer_type = MYSQL_TYPE_STRING;
			bind[i].buffer = (void *)p[i].s;
			bind[i].buffer_length = strlen(p[i].s);
			break;
		case DBP_BLOB:
			bind[i].buffer_type = MYSQL_TYPE_BLOB;
			bind[i].buffer = (void *)p[i].s;
			bind[i].buffer_length = p[i].len;
			break;
		default:
			bind[i].buffer_type = MYSQL_TYPE_NULL;
			break;
		}
	}
	for (attempt = 0; attempt < 2; attempt++) {
		if (ensure(db) < 0)
			return failed(db, DB_DOWN);
		if (db->depth == 0 && (rc = clock_sync(db)) < 0) {
			if (rc == DB_DOWN && attempt == 0) {
				db_disconnect(db);
				continue;
			}
			return failed(db, rc);
		}
		if ((rc = prepare(db, sql, file, line, &c)) < 0) {
			if (rc == DB_DOWN && attempt == 0 && db->depth == 0) {
				db_disconnect(db);
				continue;
			}
			return failed(db, rc);
		}
		if (c->nparams != n) {
			char at[96];

			snprintf(at, sizeof(at), "%s:%d", file, line);
			log_event(LOG_ERR_, "db", db->ref, "at", at, "error",
			    "parameter count does not match the placeholders", NULL);
			return DB_ERR;
		}
		if ((n && mysql_stmt_bind_param(c->st, bind)) ||
		    mysql_stmt_execute(c->st)) {
			e = mysql_stmt_errno(c->st);
			rc = classify(e);
			if (rc == DB_DOWN && attempt == 0 && db->depth == 0 &&
			    (is_read(sql) || e == CR_SERVER_GONE_ERROR)) {
				db_disconnect(db);
				continue;
			}
			log_db(db, file, line, e, mysql_stmt_error(c->st));
			return failed(db, rc);
		}
		/* an INSERT ... RETURNING tells its columns only once run */
		if (c->ncols == 0 && mysql_stmt_field_count(c->st) > 0 &&
		    (c->meta = mysql_stmt_result_metadata(c->st)) != NULL)
			c->ncols = mysql_num_fields(c->meta);
		*out = c;
		return 0;
	}
	return failed(db, DB_DOWN);
}

int
db_exec_(struct db *db, const char *sql, const char *file, int line,
    const struct db_param *p)
{
	struct cstmt *c;
	my_ulonglong n;
	int rc;

	if ((rc = run(db, sql, file, line, p, &c)) < 0)
		return rc;
	db->insert_id = (long long)mysql_stmt_insert_id(c->st);
	n = mysql_stmt_affected_rows(c->st);
	if (c->ncols)
		mysql_stmt_free_result(c->st);
	return n == (my_ulonglong)-1 ? 0 : (int)(n > 0x7fffffff ? 0x7fffffff : n);
}

/* Runs k kept writes of one SQL (g[0]->sql) as one bulk execution: each
 * parameter an array over the rows (column-wise binding: values for
 * numbers, pointers and lengths for strings), NULLs by indicator. A
 * parameter that is a number in one row and a string in another: the
 * rows one by one. 0 or a db_rc. */
static int
bulk(struct db *db, struct later **g, unsigned k)
{
	unsigned n = g[0]->n, i, j, size = k;
	enum db_ptype *t;
	struct cstmt *c;
	MYSQL_BIND *b;
	long long *ints;
	const char **ptrs;
	unsigned long *lens;
	char *ind;
	int rc = 0, mixed = 0;

	t = xcalloc(n ? n : 1, sizeof(*t));
	for (j = 0; j < n; j++)
		for (i = 0; i < k; i++) {
			enum db_ptype pt = g[i]->p[j].t;

			if (pt == DBP_NULL || (pt == DBP_STR && g[i]->p[j].s == NULL))
				continue;
			if (t[j] == DBP_END)
				t[j] = pt;
			else if (t[j] != pt)
				mixed = 1;
		}
	if (n == 0 || mixed) {
		free(t);
		for (i = 0; i < k && rc >= 0; i++)
			rc = db_exec_(db, g[i]->sql, g[i]->file, g[i]->line, g[i]->p);
		return rc < 0 ? rc : 0;
	}
	if ((rc = prepare(db, g[0]->sql, g[0]->file, g[0]->line, &c)) < 0) {
		free(t);
		return failed(db, rc);
	}
	if (c->nparams != n) {
		free(t);
		return DB_ERR;
	}
	b = xcalloc(n, sizeof(*b));
	ints = xcalloc((size_t)n * k, sizeof(*ints));
	ptrs = xcalloc((size_t)n * k, sizeof(*ptrs));
	lens = xcalloc((size_t)n * k, sizeof(*lens));
	ind = xcalloc((size_t)n * k, 1);
	for (j = 0; j < n; j++) {
		long long *iv = ints + (size_t)j * k;
		const char **pv = ptrs + (size_t)j * k;
		unsigned long *lv = lens + (size_t)j * k;
		char *nv = ind + (size_t)j * k;

		for (i = 0; i < k; i++) {
			const struct db_param *q = &g[i]->p[j];

			if (q->t == DBP_NULL || (q->t == DBP_STR && q->s == NULL)) {
				nv[i] = STMT_INDICATOR_NULL;
				continue;
			}
			nv[i] = STMT_INDICATOR_NONE;
			iv[i] = q->i;
			pv[i] = q->s;
			lv[i] = q->t == DBP_BLOB ? q->len : q->t == DBP_STR ? strlen(q->s) : 0;
		}
		b[j].u.indicator = nv;
		if (t[j] == DBP_STR || t[j] == DBP_BLOB) {
			b[j].buffer_type = t[j] == DBP_STR ? MYSQL_TYPE_STRING : MYSQL_TYPE_BLOB;
			b[j].buffer = (void *)pv;
			b[j].length = lv;
		} else {
			/* numbers, or NULL in every row */
			b[j].buffer_type = MYSQL_TYPE_LONGLONG;
			b[j].buffer = iv;
		}
	}
	if (mysql_stmt_attr_set(c->st, STMT_ATTR_ARRAY_SIZE, &size) ||
	    mysql_stmt_bind_param(c->st, b) || mysql_stmt_execute(c->st)) {
		unsigned e = mysql_stmt_errno(c->st);

		log_db(db, g[0]->file, g[0]->line, e, mysql_stmt_error(c->st));
		rc = failed(db, classify(e));
	}
	/* the statement is cached: one row at a time again */
	size = 0;
	if (db->my)
		mysql_stmt_attr_set(c->st, STMT_ATTR_ARRAY_SIZE, &size);
	free(t);
	free(b);
	free(ints);
	free(ptrs);
	free(lens);
	free(ind);
	return rc;
}

/* Sends the kept writes: those of the first SQL kept (up to LATER_BULK
 * of them, in order) as one bulk execution, then the next SQL's... 0 or
 * a db_rc (the rest dropped: the transaction is lost). */
static int
later_flush(struct db *db)
{
	struct later *g[LATER_BULK], **pp;
	unsigned k, i;
	int rc = 0;

	while (db->later && rc >= 0) {
		const char *sql = db->later->sql;

		for (k = 0, pp = &db->later; *pp && k < LATER_BULK;) {
			if ((*pp)->sql == sql) {
				g[k++] = *pp;
				*pp = (*pp)->next;
			} else
				pp = &(*pp)->next;
		}
		if (k == 1)
			rc = db_exec_(db, g[0]->sql, g[0]->file, g[0]->line, g[0]->p);
		else
			rc = bulk(db, g, k);
		for (i = 0; i < k; i++)
			free(g[i]);
	}
	later_drop(db);
	return rc < 0 ? rc : 0;
}

int
db_exec_later_(struct db *db, const char *sql, const char *file, int line,
    const struct db_param *p)
{
	struct later *l;
	size_t bytes = 0;
	unsigned n, i;
	char *s;
	int rc;

	if (db->depth == 0) {
		rc = db_exec_(db, sql, file, line, p);
		return rc < 0 ? rc : 0;
	}
	if (db->doomed)
		return db->doomed;
	for (n = 0; p[n].t != DBP_END; n++)
		if (p[n].t == DBP_STR && p[n].s)
			bytes += strlen(p[n].s) + 1;
		else if (p[n].t == DBP_BLOB)
			bytes += p[n].len;
	l = xmalloc(sizeof(*l) + (n + 1) * sizeof(l->p[0]) + bytes);
	l->next = NULL;
	l->sql = sql;
	l->file = file;
	l->line = line;
	l->n = n;
	s = (char *)&l->p[n + 1];
	for (i = 0; i <= n; i++) {
		l->p[i] = p[i];
		if (p[i].t == DBP_STR && p[i].s) {
			size_t len = strlen(p[i].s) + 1;

			memcpy(s, p[i].s, len);
			l->p[i].s = s;
			s += len;
		} else if (p[i].t == DBP_BLOB) {
			if (p[i].len)
				memcpy(s, p[i].s, p[i].len);
			l->p[i].s = s;
			s += p[i].len;
		}
	}
	*db->later_tail = l;
	db->later_tail = &l->next;
	if (++db->nlater < LATER_MAX)
		return 0;
	/* sent now rather than held: the promise above makes it the same */
	return later_flush(db);
}

long long
db_insert_id(struct db *db)
{
	return db->insert_id;
}

int
db_rows_(struct db *db, HDF *hdf, const char *prefix, int one,
    const char *sql, const char *file, int line, const struct db_param *p)
{
	struct cstmt *c;
	MYSQL_BIND *b;
	MYSQL_FIELD *f;
	unsigned long *len;
	my_bool *isnull, *err;
	char **val;
	size_t *cap;
	unsigned i, nc;
	int rc, rows = 0, r, rebind;
	char name[32];
	HDF *base = hdf, *row;

	if ((rc = run(db, sql, file, line, p, &c)) < 0)
		return rc;
	if ((nc = c->ncols) == 0)
		return 0;
	f = mysql_fetch_fields(c->meta);
	b = xcalloc(nc, sizeof(*b));
	len = xcalloc(nc, sizeof(*len));
	isnull = xcalloc(nc, sizeof(*isnull));
	err = xcalloc(nc, sizeof(*err));
	val = xcalloc(nc, sizeof(*val));
	cap = xcalloc(nc, sizeof(*cap));
	for (i = 0; i < nc; i++) {
		cap[i] = 256;
		val[i] = xmalloc(cap[i]);
		b[i].buffer_type = MYSQL_TYPE_STRING;
		b[i].buffer = val[i];
		b[i].buffer_length = cap[i] - 1;
		b[i].length = &len[i];
		b[i].is_null = &isnull[i];
		b[i].error = &err[i];
	}
	if (mysql_stmt_bind_result(c->st, b)) {
		log_db(db, file, line, mysql_stmt_errno(c->st), mysql_stmt_error(c->st));
		rc = DB_ERR;
		goto out;
	}
	if (prefix && *prefix && hdf_get_node(hdf, prefix, &base))
		abort();
	for (;;) {
		r = mysql_stmt_fetch(c->st);
		if (r == MYSQL_NO_DATA)
			break;
		if (r == 1) {
			const char *msg;
			unsigned e = fetch_errno(db, c->st, &msg);

			log_db(db, file, line, e, msg);
			rc = failed(db, classify(e));
			goto out;
		}
		if (one)
			row = base;
		else {
			snprintf(name, sizeof(name), "%d", rows);
			if (hdf_get_node(base, name, &row))
				abort();
		}
		rebind = 0;
		for (i = 0; i < nc; i++) {
			if (isnull[i])
				continue;
			if (len[i] >= cap[i]) {
				/* Longer than the buffer: fetch the whole value. */
				MYSQL_BIND big;

				cap[i] = len[i] + 1;
				val[i] = xrealloc(val[i], cap[i]);
				memset(&big, 0, sizeof(big));
				big.buffer_type = MYSQL_TYPE_STRING;
				big.buffer = val[i];
				big.buffer_length = cap[i] - 1;
				if (mysql_stmt_fetch_column(c->st, &big, i, 0)) {
					rc = DB_ERR;
					goto out;
				}
				b[i].buffer = val[i];
				b[i].buffer_length = cap[i] - 1;
				rebind = 1;
			}
			val[i][len[i]] = '\0';
			if (hdf_set_value(row, f[i].name, val[i]))
				abort();
		}
		/* Later rows use the larger buffers. Rebinding only after the
		 * whole row: a rebind in the middle of a row spoils the fetch
		 * of the next long column in it. */
		if (rebind && mysql_stmt_bind_result(c->st, b)) {
			rc = DB_ERR;
			goto out;
		}
		rows++;
		if (one)
			break;
	}
	rc = rows;
out:
	/* Reads and drops what is left of the result (a db_row of a query
	 * that has more rows): enough to execute the statement again. No
	 * mysql_stmt_reset(), a round trip to the server on every query. */
	mysql_stmt_free_result(c->st);
	for (i = 0; i < nc; i++)
		free(val[i]);
	free(b);
	free(len);
	free(isnull);
	free(err);
	free(val);
	free(cap);
	return rc;
}

int
db_int_(struct db *db, long long *out, const char *sql, const char *file,
    int line, const struct db_param *p)
{
	struct cstmt *c;
	MYSQL_BIND b;
	my_bool isnull = 0;
	long long v = 0;
	int rc, r;

	if ((rc = run(db, sql, file, line, p, &c)) < 0)
		return rc;
	if (c->ncols == 0)
		return DB_ERR;
	memset(&b, 0, sizeof(b));
	b.buffer_type = MYSQL_TYPE_LONGLONG;
	b.buffer = &v;
	b.is_null = &isnull;
	/* bind only the first column; the others are skipped */
	if (c->ncols != 1) {
		log_event(LOG_ERR_, "db", db->ref, "error",
		    "db_int needs a query with one column", NULL);
		mysql_stmt_free_result(c->st);
		return DB_ERR;
	}
	if (mysql_stmt_bind_result(c->st, &b))
		return DB_ERR;
	r = mysql_stmt_fetch(c->st);
	if (r == 1) {
		const char *msg;
		unsigned e = fetch_errno(db, c->st, &msg);

		log_db(db, file, line, e, msg);
		mysql_stmt_free_result(c->st);
		return failed(db, classify(e));
	}
	mysql_stmt_free_result(c->st);
	if (r == MYSQL_NO_DATA)
		return 0;
	*out = isnull ? 0 : v;
	return 1;
}

int
db_begin_(struct db *db, const char *file, int line)
{
	int down;

	if (db->depth > 0) {
		db->depth++;
		return db->doomed;
	}
	/* the outermost begin may ping an idle connection (ensure() does
	 * not inside a transaction): a transaction that is the request's
	 * first use of the database must not meet a dead connection */
	down = ensure(db) < 0;
	db->depth = 1;
	db->doomed = 0;
	memset(db->memo, 0, sizeof(db->memo));
	later_drop(db);
	snprintf(db->tx_file, sizeof(db->tx_file), "%s", file);
	db->tx_line = line;
	if (down) {
		db->doomed = DB_DOWN;
		return DB_DOWN;
	}
	if ((down = clock_sync(db)) < 0) {
		db->doomed = failed(db, down);
		return db->doomed;
	}
	if (mysql_real_query(db->my, "START TRANSACTION", 17)) {
		unsigned e = mysql_errno(db->my);

		int rc;

		log_db(db, file, line, e, mysql_error(db->my));
		rc = failed(db, classify(e));
		if (!db->doomed)
			db->doomed = rc;
		return rc;
	}
	return 0;
}

int
db_commit(struct db *db)
{
	unsigned e;
	int rc;

	if (db->depth == 0) {
		log_event(LOG_ERR_, "db", db->ref, "error", "commit without begin", NULL);
		return DB_ERR;
	}
	if (--db->depth > 0)
		return db->doomed;
	if (db->doomed) {
		rc = db->doomed;
		later_drop(db);
		if (db->my)
			mysql_rollback(db->my);
		db->doomed = 0;
		return rc < 0 ? rc : DB_ERR;
	}
	if (db->later) {
		/* the kept writes, still inside the transaction (no reconnect,
		 * no clock change between them) */
		db->depth = 1;
		rc = later_flush(db);
		db->depth = 0;
		db->doomed = 0;
		if (rc < 0) {
			if (db->my)
				mysql_rollback(db->my);
			return rc;
		}
	}
	if (db->my == NULL)
		return DB_DOWN;
	if (mysql_commit(db->my)) {
		e = mysql_errno(db->my);
		log_db(db, db->tx_file, db->tx_line, e, mysql_error(db->my));
		rc = classify(e);
		mysql_rollback(db->my);
		if (rc == DB_DOWN)
			db_disconnect(db);
		return rc;
	}
	return 0;
}

void
db_rollback(struct db *db)
{
	if (db->depth == 0)
		return;
	if (!db->doomed)
		db->doomed = DB_ERR;
	if (--db->depth > 0)
		return;
	db->doomed = 0;
	later_drop(db);
	if (db->my)
		mysql_rollback(db->my);
}

int
db_depth(const struct db *db)
{
	return db->depth;
}

struct db_txmemo *
db_txmemo(struct db *db, enum db_memo which)
{
	return db->depth > 0 ? &db->memo[which] : NULL;
}

void
db_end_request(struct db *db)
{
	char at[96];

	if (db->depth == 0)
		return;
	snprintf(at, sizeof(at), "%s:%d", db->tx_file, db->tx_line);
	log_event(LOG_ERR_, "db", db->ref, "error",
	    "transaction left open at the end of the request", "begun", at, NULL);
	db->depth = 1;
	db_rollback(db);
}

int
db_tx(struct db *db, int (*fn)(struct db *, void *), void *ctx)
{
	long retries = cfg_int(db->cfg, "Db.DeadlockRetries");
	unsigned char r;
	long attempt;
	int rc;

	if (db->depth > 0) {
		/* Nested: the outer db_tx owns retries. */
		if ((rc = db_begin(db)) < 0)
			return rc;
		rc = fn(db, ctx);
		if (rc == 0)
			return db_commit(db);
		db_rollback(db);
		return rc;
	}
	for (attempt = 0;; attempt++) {
		if ((rc = db_begin(db)) < 0) {
			db_rollback(db);
			return rc;
		}
		rc = fn(db, ctx);
		if (rc == 0)
			rc = db_commit(db);
		else
			db_rollback(db);
		if (rc != DB_RETRY || attempt >= retries)
			return rc;
		/* Back off a little, with jitter, before trying again. */
		random_bytes(&r, 1);
		usleep((useconds_t)(1000 * (attempt + 1) * (1 + r % 10)));
	}
}

int
db_run_script(struct db *db, const char *text, char *errbuf, size_t errlen)
{
	int status;

	if (ensure(db) < 0) {
		snprintf(errbuf, errlen, "cannot connect to the database");
		return DB_DOWN;
	}
	mysql_set_server_option(db->my, MYSQL_OPTION_MULTI_STATEMENTS_ON);
	status = mysql_real_query(db->my, text, strlen(text));
	for (;;) {
		MYSQL_RES *res;

		if (status) {
			snprintf(errbuf, errlen, "%s (error %u)", mysql_error(db->my),
			    mysql_errno(db->my));
			/* consume nothing more: the connection is reset below */
			db_disconnect(db);
			return DB_ERR;
		}
		if ((res = mysql_store_result(db->my)) != NULL)
			mysql_free_result(res);
		if ((status = mysql_next_result(db->my)) == -1)
			break;
		if (status > 0)
			continue;	/* reports the error at the loop top */
	}
	mysql_set_server_option(db->my, MYSQL_OPTION_MULTI_STATEMENTS_OFF);
	return 0;
}

long long
hdf_ll(HDF *hdf, const char *name)
{
	const char *v = hdf_get_value(hdf, name, NULL);

	return v ? strtoll(v, NULL, 10) : 0;
}
