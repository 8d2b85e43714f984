/* core/db.c against a real MariaDB: values, NULLs, long values, errors,
 * nested transactions, writes kept for the commit (db_exec_later, sent
 * in bulk), INSERT ... RETURNING, a statement left open, and a real deadlock that
 * db_tx() must retry. Needs a database: tests/http/db.test.mjs runs it
 * against the test stack (./dvc-dev test), with that stack's config. TAP. */
#include "config.h"

#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/conf.h"
#include "core/db.h"
#include "core/log.h"
#include "core/util.h"
#include "../unit/tap.h"

struct dl {
	long long first, second;	/* rows to update, in this order */
	long long add;
	int attempts;
	int wait_fd, signal_fd;		/* barrier, on the first attempt only */
};

/* Locks one row, waits until the other process has locked its row, then
 * asks for the other's: one of the two is chosen as deadlock victim. */
static int
deadlock_fn(struct db *db, void *ctx)
{
	struct dl *d = ctx;
	char c = 'x';
	int rc;

	d->attempts++;
	if ((rc = db_exec(db, "UPDATE zz_dbtest SET n = n + ? WHERE id = ?",
	    DB_INT(d->add), DB_INT(d->first))) < 0)
		return rc;
	if (d->attempts == 1) {
		if (write(d->signal_fd, &c, 1) != 1 || read(d->wait_fd, &c, 1) != 1)
			return 500;
	}
	if ((rc = db_exec(db, "UPDATE zz_dbtest SET n = n + ? WHERE id = ?",
	    DB_INT(d->add), DB_INT(d->second))) < 0)
		return rc;
	return 0;
}

static int
insert_fn(struct db *db, void *ctx)
{
	int rc = db_exec(db, "INSERT INTO zz_dbtest (id, n) VALUES (?, 1)", DB_INT(*(int *)ctx));

	return rc < 0 ? rc : 0;
}

int
main(int argc, char **argv)
{
	struct config cfg;
	struct db *db;
	char err[1024], big[3000];
	long long n;
	HDF *h;
	int i, rc, p2c[2], c2p[2];

	if (argc < 2 || config_load(&cfg, argv[1], err, sizeof(err)) < 0) {
		printf("Bail out! usage: test_db CONFIG (%s)\n", argc < 2 ? "" : err);
		return 1;
	}
	log_open("test_db", NULL, 0, LOG_ERR_ + 1);	/* quiet: errors are expected */
	db = db_new(&cfg, "Owner");
	is_int(db_connect(db), 0, "connect as the owner");
	db_exec(db, "DROP TABLE IF EXISTS zz_dbtest");
	is_int(db_exec(db, "CREATE TABLE zz_dbtest (id INT PRIMARY KEY, v TEXT NULL, n BIGINT NULL)"
	    " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"), 0, "scratch table");

	/* values in and out */
	for (i = 0; i < (int)sizeof(big) - 3; i += 3)
		memcpy(big + i, "\xe1\xbb\x87", 3);	/* ệ */
	big[i] = '\0';
	is_int(db_exec(db, "INSERT INTO zz_dbtest (id, v, n) VALUES (?, ?, ?), (?, ?, ?)",
	    DB_INT(1), DB_STR(big), DB_INT(-9007199254740993LL),
	    DB_INT(2), DB_STR(NULL), DB_NULL), 2, "two rows inserted, NULLs bound");
	hdf_init(&h);
	is_int(db_rows(db, h, "R", "SELECT id, v, n FROM zz_dbtest ORDER BY id"), 2, "two rows back");
	is_str(hdf_get_value(h, "R.0.v", ""), big, "a value longer than the fetch buffer comes back whole");
	is_str(hdf_get_value(h, "R.0.n", ""), "-9007199254740993", "64-bit integer exact");
	ok(hdf_get_obj(h, "R.1.v") == NULL && hdf_get_obj(h, "R.1.n") == NULL, "NULL columns leave no node");
	is_str(hdf_get_value(h, "R.1.id", ""), "2", "second row");
	/* two long values in one row, then a row of short ones after the
	 * buffers grew */
	is_int(db_rows(db, h, "L", "SELECT v AS a, CONCAT(v, 'x') AS b, n FROM zz_dbtest"
	    " WHERE id = 1 UNION ALL SELECT 'short', 'also short', 3"), 2, "two long columns: rows back");
	is_str(hdf_get_value(h, "L.0.a", ""), big, "first long column whole");
	ok(strncmp(hdf_get_value(h, "L.0.b", ""), big, strlen(big)) == 0 &&
	    strcmp(hdf_get_value(h, "L.0.b", "") + strlen(big), "x") == 0,
	    "second long column of the same row whole");
	is_str(hdf_get_value(h, "L.1.b", ""), "also short", "a short value after the buffer grew");
	is_int(db_row(db, h, "One", "SELECT id FROM zz_dbtest WHERE id = ?", DB_INT(42)), 0, "db_row: no row");
	is_int(db_row(db, h, "One", "SELECT id, n FROM zz_dbtest WHERE id = ?", DB_INT(1)), 1, "db_row: one row");
	is_str(hdf_get_value(h, "One.id", ""), "1", "db_row fills prefix.col");
	ok(db_int(db, &n, "SELECT COUNT(*) FROM zz_dbtest") == 1 && n == 2, "db_int");
	is_int(db_int(db, &n, "SELECT id FROM zz_dbtest WHERE id = 99"), 0, "db_int: no row");
	hdf_destroy(&h);

	/* errors are values, never crashes */
	is_int(db_exec(db, "INSERT INTO zz_dbtest (id) VALUES (?)", DB_INT(1)), DB_DUP, "duplicate key: DB_DUP");
	is_int(db_exec(db, "INSERT INTO zz_dbtest (id) VALUES (?)"), DB_ERR, "fewer parameters than placeholders: DB_ERR");
	is_int(db_exec(db, "INSERT INTO zz_dbtest (id) VALUES (?)", DB_INT(5), DB_INT(6)), DB_ERR, "more parameters: DB_ERR");
	is_int(db_exec(db, "SELEKT 1"), DB_ERR, "syntax error: DB_ERR");
	is_int(db_exec(db, "INSERT INTO zz_dbtest (id, n) VALUES (?, ?)", DB_INT(3), DB_STR("abc")),
	    DB_ERR, "strict mode: a string in a number column is an error");
	ok(db_int(db, &n, "SELECT 1") == 1 && n == 1, "the connection still works after errors");
	{
		long long a = 0, b = 0;

		/* a string with every awkward character goes through as data */
		const char *evil = "'; DROP TABLE zz_dbtest; -- \\ \" \x01 Đ";

		db_exec(db, "INSERT INTO zz_dbtest (id, v) VALUES (?, ?)", DB_INT(9), DB_STR(evil));
		db_int(db, &a, "SELECT COUNT(*) FROM zz_dbtest WHERE v = ?", DB_STR(evil));
		db_int(db, &b, "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'zz_dbtest'");
		ok(a == 1 && b == 1, "hostile text is data: stored and found, table intact");
	}

	/* transactions */
	db_begin(db);
	db_exec(db, "INSERT INTO zz_dbtest (id) VALUES (10)");
	db_rollback(db);
	ok(db_int(db, &n, "SELECT COUNT(*) FROM zz_dbtest WHERE id = 10") == 1 && n == 0, "rollback undoes");
	db_begin(db);
	db_begin(db);
	is_int(db_depth(db), 2, "nested begin counts");
	db_exec(db, "INSERT INTO zz_dbtest (id) VALUES (11)");
	is_int(db_commit(db), 0, "inner commit");
	is_int(db_commit(db), 0, "outer commit");
	ok(db_int(db, &n, "SELECT COUNT(*) FROM zz_dbtest WHERE id = 11") == 1 && n == 1, "nested commit keeps");
	db_begin(db);
	db_exec(db, "INSERT INTO zz_dbtest (id) VALUES (12)");
	db_begin(db);
	db_rollback(db);
	ok(db_commit(db) < 0, "an inner rollback dooms the outer commit");
	ok(db_int(db, &n, "SELECT COUNT(*) FROM zz_dbtest WHERE id = 12") == 1 && n == 0,
	    "and nothing of it stays");
	db_begin(db);
	db_exec(db, "INSERT INTO zz_dbtest (id) VALUES (13)");
	db_end_request(db);
	is_int(db_depth(db), 0, "a transaction left open is closed when the request ends");
	ok(db_int(db, &n, "SELECT COUNT(*) FROM zz_dbtest WHERE id = 13") == 1 && n == 0, "by rolling back");
	i = 14;
	is_int(db_tx(db, insert_fn, &i), 0, "db_tx commits");
	is_int(db_tx(db, insert_fn, &i), DB_DUP, "db_tx returns the error and rolls back");

	/* a real deadlock between two processes: db_tx retries the victim */
	db_exec(db, "DELETE FROM zz_dbtest");
	db_exec(db, "INSERT INTO zz_dbtest (id, n) VALUES (1, 0), (2, 0)");
	if (pipe(p2c) < 0 || pipe(c2p) < 0)
		return 1;
	fflush(stdout);
	if (fork() == 0) {
		struct db *cdb = db_new(&cfg, "Owner");
		struct dl d = { 2, 1, 10, 0, p2c[0], c2p[1] };

		rc = db_tx(cdb, deadlock_fn, &d);
		db_free(cdb);
		/* _exit, and never db_free(db): the parent's connection is
		 * shared after fork, and closing it here would end it there. */
		_exit(rc == 0 ? d.attempts : 100);
	} else {
		struct dl d = { 1, 2, 1, 0, c2p[0], p2c[1] };
		int st, child_attempts;

		rc = db_tx(db, deadlock_fn, &d);
		wait(&st);
		child_attempts = WIFEXITED(st) ? WEXITSTATUS(st) : 200;
		is_int(rc, 0, "parent's transaction committed");
		ok(child_attempts >= 1 && child_attempts < 100, "child's transaction committed (%d attempts)", child_attempts);
		ok(d.attempts + child_attempts >= 3, "one of them was retried after the deadlock (%d + %d attempts)",
		    d.attempts, child_attempts);
		rc = db_int(db, &n, "SELECT SUM(n) FROM zz_dbtest");
		ok(rc == 1 && n == 22, "both updates applied exactly once (sum %lld, want 22)", n);
	}

	/* writes kept for the commit (db_exec_later): sent in bulk, in order,
	 * NULLs and long strings as bound; dropped by a rollback; an error
	 * is the commit's */
	db_exec(db, "DELETE FROM zz_dbtest");
	is_int(db_exec_later(db, "INSERT INTO zz_dbtest (id, v, n) VALUES (?, ?, ?)", DB_INT(100),
	    DB_STR("now"), DB_NULL), 0, "outside a transaction: run at once");
	ok(db_int(db, &n, "SELECT COUNT(*) FROM zz_dbtest WHERE id = 100") == 1 && n == 1,
	    "and there");
	db_begin(db);
	for (i = 0, rc = 0; i < 5000 && rc >= 0; i++)
		rc = db_exec_later(db, "INSERT INTO zz_dbtest (id, v, n) VALUES (?, ?, ?)",
		    DB_INT(1000 + i), i % 3 == 0 ? DB_STR(NULL) : DB_STR(i == 1 ? big : "k\xc3\xa9"),
		    i % 2 ? DB_INT(i) : DB_NULL);
	ok(rc >= 0, "5000 writes kept (more than are held: some sent before the commit)");
	/* each its own value, one in a row a string where the others bind a number */
	for (i = 0; i < 3; i++)
		db_exec_later(db, "UPDATE zz_dbtest SET n = ? WHERE id = ?",
		    i == 1 ? DB_STR("8") : DB_INT(7 + i), DB_INT(1001 + 2 * i));
	is_int(db_commit(db), 0, "committed");
	ok(db_int(db, &n, "SELECT COUNT(*) FROM zz_dbtest WHERE id >= 1000") == 1 && n == 5000,
	    "all 5000 written (%lld)", n);
	ok(db_int(db, &n, "SELECT COUNT(*) FROM zz_dbtest WHERE id >= 1000 AND (v IS NULL) ="
	    " ((id - 1000) % 3 = 0) AND (n IS NULL) = ((id - 1000) % 2 = 0)") == 1 && n == 5000,
	    "each row's NULLs its own (%lld)", n);
	ok(db_int(db, &n, "SELECT COUNT(*) FROM zz_dbtest WHERE id = 1001 AND v = ?", DB_STR(big)) == 1 &&
	    n == 1, "a long string whole");
	ok(db_int(db, &n, "SELECT SUM(n) FROM zz_dbtest WHERE id IN (1001, 1003, 1005)") == 1 && n == 24,
	    "the updates after the inserts, a number sent as a string too (%lld)", n);
	db_begin(db);
	db_exec_later(db, "INSERT INTO zz_dbtest (id) VALUES (?)", DB_INT(200));
	db_rollback(db);
	ok(db_int(db, &n, "SELECT COUNT(*) FROM zz_dbtest WHERE id = 200") == 1 && n == 0,
	    "a rollback drops what was kept");
	db_begin(db);
	db_exec(db, "INSERT INTO zz_dbtest (id) VALUES (201)");
	db_exec_later(db, "INSERT INTO zz_dbtest (id) VALUES (?)", DB_INT(202));
	db_exec_later(db, "INSERT INTO zz_dbtest (id) VALUES (?)", DB_INT(100));
	ok(db_commit(db) < 0, "a kept write that fails fails the commit");
	ok(db_int(db, &n, "SELECT COUNT(*) FROM zz_dbtest WHERE id IN (201, 202)") == 1 && n == 0,
	    "and nothing of the transaction stays");
	/* INSERT ... RETURNING through db_rows */
	hdf_init(&h);
	is_int(db_rows(db, h, "I", "INSERT IGNORE INTO zz_dbtest (id, v) VALUES (?, 'a'), (?, 'b'),"
	    " (?, 'c') RETURNING id, v", DB_INT(300), DB_INT(100), DB_INT(301)), 2,
	    "INSERT IGNORE ... RETURNING: the rows written");
	ok(strcmp(hdf_get_value(h, "I.0.id", ""), "300") == 0 &&
	    strcmp(hdf_get_value(h, "I.1.v", ""), "c") == 0, "in order, the known key left out");
	hdf_destroy(&h);
	ok(db_int(db, &n, "SELECT 1") == 1 && n == 1, "the connection in step after them");

	db_exec(db, "DROP TABLE zz_dbtest");
	db_free(db);

	/* no server: an answer within the connect timeout, not a hang */
	{
		char path[] = "/tmp/dvc-test-db-XXXXXX";
		char cf[600];
		struct config c2;
		struct db *d2;
		FILE *f;
		double t0;
		int fd = mkstemp(path);

		close(fd);
		f = fopen(path, "w");
		fprintf(f, "Db.Socket = /nonexistent/mysqld.sock\nDb.Owner.Password = x\n");
		fclose(f);
		snprintf(cf, sizeof(cf), "%s", path);
		config_load(&c2, cf, err, sizeof(err));
		d2 = db_new(&c2, "Owner");
		t0 = now_mono();
		is_int(db_int(d2, &n, "SELECT 1"), DB_DOWN, "no server: DB_DOWN");
		ok(now_mono() - t0 < 2.0, "within 2 s");
		db_free(d2);
		config_free(&c2);
		unlink(path);
	}
	config_free(&cfg);
	return done_testing();
}
