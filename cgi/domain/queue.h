/* Staff queues and reports (issue 6, section 3): one queue component for
 * every role, the control sheet (Form 05; 06 in 2025) and the tracking
 * book (Form 06; 07 in 2025).
 *
 * A queue is "the dossiers of one agency in some statuses", most urgent
 * first (sql/008-stats.sql: dossier.queue_at = the hand-over limit, else
 * the due date, else the submission time; index dossier_queue_at), filtered
 * by procedure, due state and a search by code or applicant, paged by
 * keyset ((queue_at, id) after the last row shown; no OFFSET).
 *
 * Using it from a role's page (reception: /can-bo/tiep-nhan in
 * pages/office.c; specialist and leader queues the same way):
 *
 *   struct queue_query qq;
 *   int st[] = { DS_PROCESSING };
 *   queue_query_init(&qq, req->user->agency_id, st, 1);
 *   queue_query_set(&qq, thu_tuc, han, q, sau);  // validated values or NULL
 *   rc = queue_list(req->db, req->cfg, &qq, now, req->hdf, "Queue");
 *
 * then, in the template, <?cs include:"queue.cs" ?> and
 * <?cs call:queue_filters(QueueProcs) ?> inside the page's own filter
 * form (which adds its status choice) and
 * <?cs call:queue_table(Queue, QueueMore, query_string) ?> (see templates/queue.cs).
 * The page's field table must accept the filter fields (QUEUE_FIELDS in
 * pages: thu_tuc V_KEY, han V_ENUM of queue_due_slugs, q V_LINE, sau
 * V_KEY 16..40); pass only values that passed validation. */
#ifndef DVC_QUEUE_H
#define DVC_QUEUE_H

#include <stddef.h>

#include "core/cs.h"

struct buf;
struct calendar;
struct config;
struct db;

/* Due state of a dossier whose clock runs: late (past its due date), due
 * soon (due before one working day from now, counted by the deadline
 * engine: cal_due with a one-day limit received now), on time (later). */
enum queue_due { QD_ANY, QD_ON_TIME, QD_SOON, QD_LATE, QD__MAX };

/* "", "dung-han", "sap-het-han", "qua-han" (NULL-terminated, from
 * QD_ON_TIME: the choices of the page's V_ENUM field "han"). */
extern const char *const queue_due_slugs[];

#define QUEUE_STATUSES_MAX 5
#define QUEUE_PAGE 50

struct queue_query {
	long long agency;
	int statuses[QUEUE_STATUSES_MAX];	/* enum dossier_status */
	size_t nstatuses;			/* 1..QUEUE_STATUSES_MAX */
	const char *proc_code;			/* NULL or "": every procedure */
	enum queue_due due;
	const char *q;			/* a code (exact) or part of the applicant's name */
	int paper;			/* 1: only those waiting for their paper
					 * copy (DOSSIER_PAPER_AWAITED_SQL) */
	/* keyset: rows after (after_at, after_id); after_id 0: from the top */
	long long after_at;		/* local seconds (calendar.h) */
	long long after_id;
	int limit;			/* rows per page, 1..200 (default QUEUE_PAGE) */
};

/* Sets agency, statuses (n of them, at most QUEUE_STATUSES_MAX) and the
 * defaults: every procedure, any due state, no search, first page. */
void queue_query_init(struct queue_query *qq, long long agency,
    const int *statuses, size_t n);
/* Sets the filters from the page's validated fields (NULL or "": off):
 * proc (a procedure code), due (a slug of queue_due_slugs), q (a code or
 * part of a name), after (the cursor of <prefix>More). The pointers are
 * kept: they must live as long as qq. A malformed cursor means page 1. */
void queue_query_set(struct queue_query *qq, const char *proc,
    const char *due, const char *q, const char *after);

/* One page of the queue under prefix: prefix.N.{id,code,proc_code,
 * proc_name,status,applicant_name,version,supplemented,paper_awaited,
 * submitted,due,
 * left_text,left_kind (due|handover),late,due_state (ok|soon|late),
 * wait_late, due_provisional, due_changed (1: late to receive, a
 * provisional due date, a promise the holiday table changed under:
 * domain/checks.h)};
 * <prefix>More (e.g. QueueMore) = the cursor ("sau") of the next page
 * when there is one; <prefix>Procs.N.{code,name}: the agency's
 * procedures, for the filter.
 * Returns the rows on this page, or a db_rc. */
int queue_list(struct db *db, const struct config *cfg,
    const struct queue_query *qq, long long now, HDF *hdf, const char *prefix);

/* How many dossiers wait in each role's list at an agency, in one query:
 * prefix.reception (new and received: reception's queue), .processing
 * (the specialist's: in processing, nothing proposed), .approval (the
 * leader's: a proposal or a withdrawal waits), .return (reception's:
 * results to return or not yet collected) -- the conditions of
 * queue_list's default view and wf_worklist(), for the back office's menu
 * on every staff page. lists: the QC_* bits of the lists wanted (the
 * statuses of the others are not read; their counts are 0). Returns 1 or
 * db_rc. */
enum { QC_RECEPTION = 1, QC_PROCESSING = 2, QC_APPROVAL = 4, QC_RETURN = 8 };
int queue_counts(struct db *db, long long agency, unsigned lists, HDF *hdf,
    const char *prefix);

/* The control sheet (Form 05, 2025: 06; Phiếu kiểm soát quá trình giải
 * quyết hồ sơ) of dossier id: prefix.{code,proc_name,applicant_name,agency_name,
 * submitted,received,due,first_due (when an extension moved it),
 * extensions,timeliness,finished,returned} and prefix.Steps.N.{action,
 * status_from,status_to,actor_role,agency_name,at,note}: every step,
 * oldest first, with the role and agency (no names). 1, 0 (no such
 * dossier) or db_rc. */
int queue_control_sheet(struct db *db, long long id, HDF *hdf,
    const char *prefix);

/* The tracking book (Form 06, 2025: 07; Sổ theo dõi hồ sơ) of agency
 * for dossiers submitted on days from..to (local day numbers, calendar.h), as CSV:
 * UTF-8 with a BOM (Excel), RFC 4180 quoting (CRLF, "" inside quotes),
 * and cells that a spreadsheet would read as a formula (= + - @, tab, CR)
 * prefixed with '. Column titles from lang (the Lang node: Report.Col.*,
 * Dossier.St.N). Appends to out; returns the rows written or a db_rc. */
int queue_book_csv(struct db *db, long long agency, long from, long to, HDF *lang,
    struct buf *out);

/* Whether code is the code of agency (an officer asking for the book of
 * the agency the URL names: only their own). 1, 0 or a db_rc. */
int queue_book_own(struct db *db, long long agency, const char *code);

/* One CSV cell (quoted when needed, formula prefix); exposed for tests. */
void queue_csv_cell(struct buf *out, const char *s);

#endif
