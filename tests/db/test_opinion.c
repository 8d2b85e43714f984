/* Inter-agency opinions under concurrency (domain/opinion.h), against the
 * test stack's database: 16 processes post the same ask form (one request),
 * 16 ask the same agency with forms of their own (one pending request,
 * the others told one is pending), 16 answer the same request (answered
 * once); the dossier's status, version and due date never move, and the
 * request's deadline is the engine's. tests/http/office_opinion.test.mjs
 * runs it. TAP. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/conf.h"
#include "core/db.h"
#include "core/log.h"
#include "core/request.h"
#include "domain/account.h"
#include "domain/calendar.h"
#include "domain/opinion.h"
#include "domain/workflow.h"
#include "../unit/tap.h"
#include "dbtest.h"

#define PROCS 16

enum { ASK_SAME, ASK_OWN, ANSWER };

/* One child's try; its exit status is the enum opinion_result (or 99). */
static int
child(const struct config *cfg, int what, int i, long long dossier, long long id)
{
	struct user u = { 900000 + i, 1u << ROLE_SPECIALIST, 0, 0, UK_STAFF, 0 };
	struct db *db = db_new(cfg, "Owner");
	struct wf_hooks h;
	struct opinion_out out;
	char token[32];
	int rc;

	memset(&h, 0, sizeof(h));
	h.cfg = cfg;
	h.user = &u;
	if (db_connect(db) != 0)
		return 99;
	db_exec(db, "SET time_zone = '+07:00'");
	if (what == ANSWER) {
		struct opinion_answer in;

		memset(&in, 0, sizeof(in));
		in.id = id;
		in.reply = "Thống nhất.";
		rc = opinion_answer(db, &h, &in, &out);
	} else {
		struct opinion_ask in;

		memset(&in, 0, sizeof(in));
		snprintf(token, sizeof(token), "%022d", what == ASK_SAME ? 1 : 100 + i);
		in.dossier_id = dossier;
		in.agency_code = what == ASK_SAME ? "000.00.06.H34" : "000.00.08.H34";
		in.days = 3;
		in.question = "Đề nghị cho ý kiến.";
		in.token = token;
		rc = opinion_ask(db, &h, &in, &out);
	}
	db_free(db);
	return rc != 0 ? 99 : (int)out.result;
}

/* Runs PROCS children doing what; counts[r] = how many ended with r. */
static void
race(const struct config *cfg, int what, long long dossier, long long id, int counts[100])
{
	pid_t pids[PROCS];
	int i, st;

	memset(counts, 0, 100 * sizeof(int));
	fflush(stdout);
	for (i = 0; i < PROCS; i++)
		if ((pids[i] = fork()) == 0)
			_exit(child(cfg, what, i, dossier, id));
	for (i = 0; i < PROCS; i++)
		counts[waitpid(pids[i], &st, 0) > 0 && WIFEXITED(st) ? WEXITSTATUS(st) % 100 : 99]++;
}

int
main(int argc, char **argv)
{
	struct config cfg;
	struct calendar cal;
	struct cal_input ci;
	struct cal_result cr;
	struct db *db;
	char code[41], due[24];
	long long owner = 0, agency = 0, dossier = 0, id = 0, n = 0;
	int counts[100];
	HDF *h;

	if ((db = dbtest_start(argc, argv, "test_opinion", &cfg)) == NULL)
		return 1;
	/* a dossier in processing at the lead agency, its clock running */
	owner = dbtest_citizen(db, "Kiểm thử xin ý kiến");
	ok(db_int(db, &agency, "SELECT id FROM agency WHERE code = '000.00.09.H34'") == 1,
	    "the lead agency");
	snprintf(code, sizeof(code), "TEST-YKIEN-%lld", owner);
	is_int(db_exec(db, "INSERT INTO dossier (code, owner_id, proc_code, proc_name, proc_level,"
	    " agency_id, status, applicant_name, start_token, submitted_at, received_at,"
	    " clock, due_at) VALUES (?, ?, '1.001940', 'Kiểm thử', 3, ?, 4, 'Kiểm thử',"
	    " 'ykien', NOW(), NOW(), 'running', NOW() + INTERVAL 10 DAY)", DB_STR(code),
	    DB_INT(owner), DB_INT(agency)), 1, "a dossier in processing");
	dossier = db_insert_id(db);
	if (hdf_init(&h))
		abort();
	db_row(db, h, "B", "SELECT status, version, due_at, clock FROM dossier WHERE id = ?",
	    DB_INT(dossier));

	/* the same form 16 times at once: one request */
	race(&cfg, ASK_SAME, dossier, 0, counts);
	ok(counts[OP_DONE] == 1 && counts[OP_ALREADY] == PROCS - 1,
	    "the same form posted 16 times: asked once, the others get it (%d, %d, errors %d)",
	    counts[OP_DONE], counts[OP_ALREADY], counts[99]);
	ok(db_int(db, &n, "SELECT COUNT(*) FROM opinion WHERE dossier_id = ? AND agency_id ="
	    " (SELECT id FROM agency WHERE code = '000.00.06.H34')", DB_INT(dossier)) == 1 && n == 1,
	    "one request (%lld)", n);
	db_int(db, &id, "SELECT id FROM opinion WHERE dossier_id = ?", DB_INT(dossier));

	/* 16 different forms to one agency at once: one pending request */
	race(&cfg, ASK_OWN, dossier, 0, counts);
	ok(counts[OP_DONE] == 1 && counts[OP_PENDING_TWICE] == PROCS - 1,
	    "16 forms to one agency: one asked, 15 told it is pending (%d, %d, errors %d)",
	    counts[OP_DONE], counts[OP_PENDING_TWICE], counts[99]);
	ok(db_int(db, &n, "SELECT COUNT(*) FROM opinion WHERE dossier_id = ? AND status ="
	    " 'pending'", DB_INT(dossier)) == 1 && n == 2, "two pending requests in all (%lld)", n);

	/* 16 answers to one request at once: answered once */
	race(&cfg, ANSWER, dossier, id, counts);
	ok(counts[OP_DONE] == 1 && counts[OP_NOT_PENDING] == PROCS - 1,
	    "16 answers at once: one taken, 15 told it is answered (%d, %d, errors %d)",
	    counts[OP_DONE], counts[OP_NOT_PENDING], counts[99]);
	ok(db_int(db, &n, "SELECT COUNT(*) FROM dossier_event WHERE dossier_id = ? AND action ="
	    " 'opinion_answer'", DB_INT(dossier)) == 1 && n == 1, "one answer in the history");
	ok(db_int(db, &n, "SELECT COUNT(*) FROM dossier_event WHERE dossier_id = ? AND action ="
	    " 'opinion_ask' AND status_from = 4 AND status_to = 4", DB_INT(dossier)) == 1 && n == 2,
	    "two asks in the history, the status kept");

	/* the lead's dossier did not move */
	ok(db_int(db, &n, "SELECT COUNT(*) FROM dossier WHERE id = ? AND status = ? AND"
	    " version = ? AND due_at = ? AND clock = ?", DB_INT(dossier),
	    DB_INT(hdf_get_int_value(h, "B.status", -1)), DB_INT(hdf_ll(h, "B.version")),
	    DB_STR(hdf_get_value(h, "B.due_at", "")), DB_STR(hdf_get_value(h, "B.clock", ""))) == 1 &&
	    n == 1, "the dossier's status, version, due date and clock unchanged");

	/* the request's deadline: 3 working days from its asking, as the
	 * engine counts them */
	db_row(db, h, "O", "SELECT asked_at, due_at FROM opinion WHERE id = ?", DB_INT(id));
	is_int(calendar_ready(db, &cfg, &cal), 0, "the calendar");
	memset(&ci, 0, sizeof(ci));
	ci.received = cal_hdf_time(h, "O.asked_at");
	ci.limit.days_tenths = 30;
	is_int(cal_due(&cal, &ci, &cr, NULL), 0, "the engine's due date");
	cal_format_iso(cr.due, due, sizeof(due));
	is_str(hdf_get_value(h, "O.due_at", ""), due, "the request is due when the engine says");
	cal_free(&cal);

	/* leave the stack as it was */
	db_exec(db, "DELETE FROM dossier WHERE id = ?", DB_INT(dossier));
	db_exec(db, "DELETE FROM account WHERE id = ?", DB_INT(owner));
	hdf_destroy(&h);
	db_free(db);
	config_free(&cfg);
	return done_testing();
}
