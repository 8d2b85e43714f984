/* Dossier codes under concurrency (issue 5): 10,000 drafts submitted at
 * once by 16 processes, each with its own connection, through
 * dossier_submit() in db_tx() as the responder does: every dossier gets a
 * code, no two the same, and the day's numbers at the agency are exactly
 * 1..N after what was there. Also the code pattern itself. Needs the test
 * stack's database: tests/http/dossier_code.test.mjs runs it. TAP. */
#include "config.h"

#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/conf.h"
#include "core/db.h"
#include "core/log.h"
#include "core/util.h"
#include "domain/dossier.h"
#include "../unit/tap.h"
#include "dbtest.h"

#define DOSSIERS 10000
#define PROCS 16

struct sub {
	const struct config *cfg;
	long long id;
	char code[41];
	int paper;
};

static int
submit_fn(struct db *db, void *ctx)
{
	struct sub *s = ctx;
	int rc = dossier_submit(db, s->cfg, s->id, s->code, &s->paper);

	return rc < 0 ? rc : 0;
}

/* One child: submits every PROCS-th draft from first. Exit status: the
 * number of failures (capped). */
static int
child(const struct config *cfg, long long lo, int first)
{
	struct db *db = db_new(cfg, "Owner");
	int i, fails = 0;

	for (i = first; i < DOSSIERS; i += PROCS) {
		struct sub s = { cfg, lo + i, "", 0 };

		if (db_tx(db, submit_fn, &s) != 0 || s.code[0] == '\0')
			fails++;
	}
	db_free(db);
	return fails > 100 ? 100 : fails;
}

int
main(int argc, char **argv)
{
	struct config cfg;
	struct db *db;
	char out[64];
	const char *why;
	long long owner = 0, agency = 0, lo = 0, n = 0, before = 0;
	int i, st, failed = 0;
	pid_t pids[PROCS];

	/* the pattern, without a database */
	ok(dossier_code_format("{agency}-{yymmdd}-{seq4}", "000.00.15.H34", 2026, 3, 9, 7,
	    out, sizeof(out)) == 0 && strcmp(out, "000.00.15.H34-260309-0007") == 0,
	    "Circular 01/2018 art. 19 shape: %s", out);
	ok(dossier_code_format("{agency}-{yyyymmdd}-{seq6}", "H34", 2026, 12, 31, 123, out,
	    sizeof(out)) == 0 && strcmp(out, "H34-20261231-000123") == 0, "another pattern: %s", out);
	ok(dossier_code_format("{agency}-{yymmdd}-{seq4}", "A", 2026, 1, 1, 12345, out,
	    sizeof(out)) == 0 && strcmp(out, "A-260101-12345") == 0, "a day past 9999 still unique: %s", out);
	ok(dossier_code_pattern_ok("{agency}-{yymmdd}", &why) != 0, "no sequence: refused");
	ok(dossier_code_pattern_ok("{yymmdd}-{seq4}", &why) != 0, "no agency: refused");
	ok(dossier_code_pattern_ok("{agency}/{seq4}", &why) != 0, "a slash: refused");
	ok(dossier_code_pattern_ok("{agency}-{yymmdd}-{seq9}", &why) != 0, "seq9: refused");
	ok(dossier_code_pattern_ok("{agency}-{yymmdd}-{seq4}", &why) == 0, "the default is fine");

	if ((db = dbtest_start(argc, argv, "test_dossier", &cfg)) == NULL)
		return 1;
	/* an applicant of its own, and an agency nobody else submits to (the
	 * ward of Quyết Thắng: the web tests submit at 000.00.09.H34 and
	 * 000.00.06.H34, at the same time as this one) */
	owner = dbtest_citizen(db, "Kiểm thử mã hồ sơ");
	ok(db_int(db, &agency, "SELECT id FROM agency WHERE code = '000.31.01.H34'") == 1,
	    "the agency");
	db_int(db, &before, "SELECT COALESCE(MAX(n), 0) FROM dossier_seq WHERE agency_id = ?"
	    " AND day = CURDATE()", DB_INT(agency));
	/* 10,000 complete drafts (no required documents), declared */
	is_int(db_exec(db, "INSERT INTO dossier (owner_id, proc_code, proc_name, proc_level,"
	    " agency_id, applicant_name, start_token, declared_at) SELECT ?, '2.002021',"
	    " 'Kiểm thử', 3, ?, 'Kiểm thử', LPAD(seq, 22, '0'), NOW() FROM seq_1_to_10000",
	    DB_INT(owner), DB_INT(agency)), DOSSIERS, "10,000 drafts");
	db_int(db, &lo, "SELECT MIN(id) FROM dossier WHERE owner_id = ?", DB_INT(owner));
	db_free(db);

	for (i = 0; i < PROCS; i++) {
		if ((pids[i] = fork()) == 0)
			_exit(child(&cfg, lo, i));
	}
	for (i = 0; i < PROCS; i++) {
		if (waitpid(pids[i], &st, 0) < 0 || !WIFEXITED(st) || WEXITSTATUS(st) != 0)
			failed++;
	}
	is_int(failed, 0, "16 processes submitted their share without a failure");

	db = db_new(&cfg, "Owner");
	db_exec(db, "SET time_zone = '+07:00'");
	ok(db_int(db, &n, "SELECT COUNT(*) FROM dossier WHERE owner_id = ? AND status = 1"
	    " AND code IS NOT NULL", DB_INT(owner)) == 1 && n == DOSSIERS, "every one submitted, with a code (%lld)", n);
	ok(db_int(db, &n, "SELECT COUNT(DISTINCT code) FROM dossier WHERE owner_id = ?",
	    DB_INT(owner)) == 1 && n == DOSSIERS, "10,000 different codes (%lld)", n);
	ok(db_int(db, &n, "SELECT COUNT(DISTINCT CAST(SUBSTRING_INDEX(code, '-', -1) AS UNSIGNED))"
	    " FROM dossier WHERE owner_id = ? AND CAST(SUBSTRING_INDEX(code, '-', -1) AS UNSIGNED)"
	    " BETWEEN ? AND ?", DB_INT(owner), DB_INT(before + 1), DB_INT(before + DOSSIERS)) == 1 &&
	    n == DOSSIERS, "the day's numbers are exactly the next 10,000, no gap, no repeat");
	ok(db_int(db, &n, "SELECT COUNT(*) FROM dossier_event WHERE dossier_id IN (SELECT id FROM"
	    " dossier WHERE owner_id = ?) AND action = 'submit'", DB_INT(owner)) == 1 && n == DOSSIERS,
	    "one submission event each");
	/* leave the stack as it was */
	db_exec(db, "DELETE FROM dossier WHERE owner_id = ?", DB_INT(owner));
	db_exec(db, "DELETE FROM account WHERE id = ?", DB_INT(owner));
	db_free(db);
	config_free(&cfg);
	return done_testing();
}
