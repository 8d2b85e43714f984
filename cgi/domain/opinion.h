/* Inter-agency opinions (Article 15 of the issue "Back office"; Decree
 * 61/2018, the one-stop "liên thông"): while a dossier is in processing
 * (status 4) the lead agency's specialist asks coordinating agencies for
 * their opinion. Each request (table opinion, sql/009-opinions.sql) has
 * its own consulted agency, question, deadline in working days computed
 * by the deadline engine (calendar.h cal_due, counted from the moment it
 * is asked), status (pending, answered, withdrawn) and reply (text and
 * one optional file, checked and stored as the citizen's files are).
 *
 * Asking changes neither the dossier's status nor its clock: the lead
 * agency's time keeps running. Each change is ONE transaction (the
 * dossier's row lock orders everyone acting on it) with its history event
 * (the citizen's timeline: the step, the role and the agency, never the
 * officer's name) and its audit record (owner: the citizen).
 *
 * Who may do what is access_object()'s decision (core/access.h: a
 * consulted agency's officers read the dossier and answer; they never
 * take a workflow transition); the pages ask it before calling here. */
#ifndef DVC_OPINION_H
#define DVC_OPINION_H

#include "core/cs.h"

struct config;
struct db;
struct wf_hooks;

/* Limits of a request's inputs (the pages' fields use the same). */
#define OPINION_QUESTION_MAX 2000
#define OPINION_REPLY_MAX 4000
#define OPINION_DAYS_MAX 60

/* Results, in opinion_out.result; the page maps them. */
enum opinion_result {
	OP_DONE = 0,
	OP_ALREADY,		/* the same ask form posted again: its request */
	OP_WRONG_STATUS,	/* the dossier is not in processing (409) */
	OP_NOT_PENDING,		/* answered or withdrawn already (409) */
	OP_PENDING_TWICE,	/* that agency has a pending request on it (409) */
	OP_BAD_AGENCY,		/* the own agency, unknown or closed (422) */
	OP_BAD_INPUT,		/* no question, days out of range (422) */
	OP_NOT_FOUND,		/* no such dossier or request (404) */
	OP_NEED_REASON,		/* due after the dossier, no due_reason (422) */
};

struct opinion_out {
	enum opinion_result result;
	long long id;		/* the request asked, answered or withdrawn */
};

/* Agency gone closed or merged into succ (domain/agency.c, in its
 * transaction, after gone's open dossiers went to succ): the pending
 * requests that would leave succ asking itself (on a dossier it holds,
 * asked of gone or of succ), and those asked of gone on a dossier that
 * asks succ already, are withdrawn as no longer needed, by h->user (the
 * change's decider), each with a withdrawal's history step and audit
 * record. Asking never paused the dossier's clock, so withdrawing leaves
 * it as it is. Returns how many, or a db_rc. */
int opinion_close_merged(struct db *db, const struct wf_hooks *h, long long gone,
    long long succ);

/* The facts access_object() needs about one request. */
struct opinion_facts {
	long long id;
	long long dossier_id;
	long long agency_id;		/* the consulted agency */
	long long lead_agency_id;	/* the dossier's agency */
	long long owner_id;		/* the dossier's owner (the citizen) */
	char status[12];		/* pending, answered, withdrawn */
	char code[41];			/* the dossier's code */
};

/* 1 (found), 0 or a db_rc. */
int opinion_facts(struct db *db, long long id, struct opinion_facts *f);

/* Whether agency is consulted on dossier (a pending or answered
 * request): 1, 0 or a db_rc. */
int opinion_consulted(struct db *db, long long dossier, long long agency);

struct opinion_ask {
	long long dossier_id;
	const char *agency_code;	/* the consulted agency's code */
	int days;			/* working days, 1..OPINION_DAYS_MAX */
	const char *question;
	const char *token;		/* the form's one-time token */
	/* why the answer may come after the dossier's own due date; required
	 * then (OP_NEED_REASON), ignored otherwise */
	const char *due_reason;
};
/* Asks, as h->user, in one transaction of its own: the request with its
 * deadline, the history event, the audit record, and a mail to the
 * consulted agency's address when it has one. A request is due no later
 * than the dossier (its due date in force while its clock runs): one
 * due after it is refused without a reason, and keeps the reason
 * (opinion.due_reason), which the consulted agency sees. 0 (see out) or
 * a db_rc. */
int opinion_ask(struct db *db, const struct wf_hooks *h,
    const struct opinion_ask *in, struct opinion_out *out);

/* Withdraws pending request id (the lead agency changed its mind). */
int opinion_withdraw(struct db *db, const struct wf_hooks *h, long long id,
    struct opinion_out *out);

struct opinion_answer {
	long long id;
	const char *reply;		/* required */
	/* the reply's document, already in the store; NULL: none */
	const char *file_sha256, *file_mime, *file_ext, *file_name;
	long long file_size;
};
/* Answers pending request in->id, once. */
int opinion_answer(struct db *db, const struct wf_hooks *h,
    const struct opinion_answer *in, struct opinion_out *out);

/* The requests of dossier that agency viewer may see, oldest first: the
 * lead agency (the dossier's) sees every request, a consulted agency only
 * those made to it (another agency's question and reply are not its
 * business). Under prefix: prefix.N.{id,agency_code,agency_name,question,
 * days,asked,due,status,reply,reply_name,reply_size,answered,left_text,
 * late,answered_late,due_reason}, computed at now. Count or db_rc. */
int opinion_list(struct db *db, const struct config *cfg, long long dossier,
    long long viewer, long long now, HDF *hdf, const char *prefix);

/* The consulted agency's queue: its requests, pending first and nearest
 * deadline first, then the answered and withdrawn ones (latest first), at
 * most 200, with the same fields plus code, proc_name, lead_name. Count
 * or db_rc. */
int opinion_queue(struct db *db, const struct config *cfg, long long agency,
    long long now, HDF *hdf, const char *prefix);

/* One request with the same fields as a queue row, under prefix.
 * 1, 0 or db_rc. */
int opinion_get(struct db *db, const struct config *cfg, long long id,
    long long now, HDF *hdf, const char *prefix);

/* What the ask form tells about dossier's due date at now, under prefix:
 * due (as cal_format_vi writes it) and fit (the most whole working days
 * a request asked now may take and still be due no later than the
 * dossier, 0..OPINION_DAYS_MAX), when its clock runs with a due date;
 * nothing otherwise. 0 or a db_rc. */
int opinion_fit(struct db *db, const struct config *cfg, long long dossier,
    long long now, HDF *hdf, const char *prefix);

/* The agencies the ask form offers for dossier: the procedure's
 * coordinating agencies first (coordinating = 1), then every other active
 * agency, never the dossier's own: prefix.N.{code,name,coordinating}.
 * Count or db_rc. */
int opinion_agencies(struct db *db, long long dossier, HDF *hdf,
    const char *prefix);

/* The reply's file of request id as File.{sha256,ext,name,mime,size}
 * (what page_send_file reads). 1, 0 (none) or db_rc. */
int opinion_file_get(struct db *db, long long id, HDF *hdf);

#endif
