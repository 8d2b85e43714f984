/* The back office's workflow (Articles 8, 14, 15): one table of
 * transitions whose rows carry their behaviour, and one short pipeline
 * that applies a row in one transaction.
 *
 * A row (struct wf_transition) says everything one action does: the
 * statuses it starts from and the step within them (its guard), who acts
 * (roles, or the citizen), what it needs as input (enum wf_input), what
 * it does beside the status (its effect), what it does to the clock
 * (enum wf_clock: one small function each), the notice it sends or the
 * plain mail, and whether a fee paid is owed back. wf_apply() runs the
 * same pipeline for every row, in ONE database transaction: lock the row
 * (SELECT ... FOR UPDATE) → access (access_object(), the one access
 * decision; a refusal is audited) → guard (the version the page showed,
 * wf_startable(), the inputs) → effect and clock (on an in-memory copy of
 * the dossier's columns; other tables get their own writes) → ONE write
 * of the dossier row (UPDATE ... WHERE id = ? AND version = ?) → the
 * notice (numbered per agency and year, kept as rendered HTML with its
 * SHA-256) or the plain mail, the history event and the audit record
 * (owner = the citizen). Any failure rolls all of it back: a worker
 * killed in the middle leaves nothing half done.
 *
 * Adding an action: a value in enum wf_action and its row in wf_table
 * (the _Static_assert in workflow.c fails without it), with its guard and
 * effect if the existing ones do not say it; its Lang.Dossier.Event and
 * Lang.Office.Do strings; if it sends a notice, what the notice is for
 * (enum wf_form) with its number, title and template in each profile's
 * row of wf_profiles. The generated test (tests/db/test_transitions.c)
 * then drives the row: it must reach every status the row starts from
 * and know how to fill every input kind the row declares, or it fails. */
#ifndef DVC_WORKFLOW_H
#define DVC_WORKFLOW_H

#include <stddef.h>

#include "core/cs.h"

struct buf;
struct config;
struct db;
struct user;

enum wf_action {
	WA_ACCEPT,		/* tiếp nhận: 1 → 2, Form 01, the clock starts */
	WA_SUPPLEMENT,		/* yêu cầu bổ sung: 1, 2 → 5, Form 02, the clock stops */
	WA_REFUSE,		/* từ chối tiếp nhận: 1 → 3, Form 03 */
	WA_FORWARD,		/* chuyển bộ phận chuyên môn: 2 → 4 (half a working day) */
	WA_CITIZEN_SUPPLEMENT,	/* the citizen supplements: 5 → the interrupted status */
	/* processing (workflow part 2): a specialist's proposal is a draft
	 * (dossier.proposal_action, proposal_notice_id) the leader approves
	 * or returns; approved notices are numbered and sent then */
	WA_PROPOSE_RESULT,	/* đề xuất kết quả: 4, the result file attached */
	WA_PROPOSE_SUPPLEMENT,	/* đề xuất yêu cầu bổ sung: 4, Form 02 draft */
	WA_PROPOSE_REFUSAL,	/* đề xuất từ chối: 4, Form 03 draft */
	WA_APPROVE_RESULT,	/* duyệt kết quả: 4 → 9, the clock done */
	WA_APPROVE_SUPPLEMENT,	/* duyệt yêu cầu bổ sung: 4 → 5, Form 02, paused */
	WA_APPROVE_REFUSAL,	/* duyệt từ chối: 4 → 8, Form 03, refund if paid */
	WA_RETURN_DRAFT,	/* trả lại dự thảo: 4, the proposal withdrawn */
	WA_DELIVER,		/* trả kết quả: 9 → 10, online/counter/post */
	WA_COLLECT,		/* đã nhận kết quả: 10, collected_at */
	WA_WITHDRAW,		/* the citizen withdraws: 1, 2, 4, 5 → 7 */
	WA_STOP,		/* dừng giải quyết: 2, 4, 5, 7 → 8, the stop notice */
	/* the paper copy of an unsigned level-4 dossier (Article 7.2) */
	WA_PAPER_RECEIVED,	/* đã nhận bản giấy: 1, 2, 4, 5, 9, reception */
	/* extensions under control (issue 13): the officer holding the
	 * dossier proposes (a Form 04 draft), the leader approves */
	WA_PROPOSE_EXTENSION,	/* đề xuất gia hạn: 2, 4, reason and days */
	WA_APPROVE_EXTENSION,	/* duyệt gia hạn: 2, 4, Form 04, extended */
	/* fees (issue 14): while the dossier owes its fee, reception records
	 * a payment at the counter, or an officer its exemption */
	WA_PAY_COUNTER,		/* thu phí tại quầy: 1, 2, 4, 5, 9 */
	WA_FEE_EXEMPT,		/* miễn phí, lệ phí: 1, 2, 4, 5, 9, a reason */
	/* a fee paid and owed back (Article 8.2: refused or stopped):
	 * reception records the refund made */
	WA_REFUND,		/* hoàn trả phí: 3, 8, the day and reference */
	/* a transfer found in the agency's bank statement (domain/statement.h):
	 * the import, or reception assigning a line that waited */
	WA_PAY_TRANSFER,	/* đối chiếu chuyển khoản: 1, 2, 4, 5, 9, the line */
	WA__MAX
};

/* What a transition does to the clock. */
enum wf_clock {
	WC_NONE,		/* nothing */
	WC_START,		/* received: the due date is computed */
	WC_STOP,		/* waiting for the citizen: a pause opens (if running) */
	WC_RESUME,		/* the citizen answered: the pause closes, due date anew */
	WC_END,			/* a final state: the clock no longer runs */
	WC_EXTEND,		/* an extension: the due date anew, later */
	WC__MAX
};

/* What a form is for, whatever its number in a profile; NF_NONE: the
 * transition sends none. The notices are the ones a transition sends;
 * the control sheet and the tracking book are reports (no template of
 * layout_notice.cs). Stored in notice.kind by wf_form_kind(). */
enum wf_form {
	NF_NONE,
	NF_RECEIPT,	/* tiếp nhận, hẹn trả kết quả */
	NF_SUPPLEMENT,	/* yêu cầu bổ sung, hoàn thiện */
	NF_REFUSAL,	/* từ chối tiếp nhận giải quyết */
	NF_APOLOGY,	/* xin lỗi, hẹn lại (2025: đề nghị gia hạn) */
	NF_STOP,	/* dừng giải quyết hồ sơ */
	NF_CONTROL,	/* phiếu kiểm soát quá trình giải quyết */
	NF_BOOK,	/* sổ theo dõi hồ sơ */
	NF__MAX
};

/* The notice profiles: the set of forms in force. */
enum wf_profile_id {
	WP_2018,	/* Circular 01/2018/TT-VPCP: 6 forms */
	WP_2025,	/* Decree 118/2025/NĐ-CP, Circular 03/2025/TT-VPCP: 7 */
	WP__MAX
};

/* One form of a profile. */
struct wf_form_def {
	const char *number;	/* "01".."07"; "": none in this profile (a
				 * notice sent under its title only) */
	const char *title;	/* as the circular names it */
	const char *tpl;	/* a notice's body template (in
				 * layout_notice.cs); NULL for a report */
};

struct wf_profile_def {
	const char *name;	/* "2018": Notice.Profile, notice.profile */
	const char *circular;	/* "Thông tư số 01/2018/TT-VPCP" */
	struct wf_form_def forms[NF__MAX];	/* [NF_NONE] unused */
};

/* The one table of forms: profile → form → number, title, template. */
extern const struct wf_profile_def wf_profiles[WP__MAX];

/* to of a transition that returns to the status a supplement request
 * interrupted (dossier.resume_status). */
#define WF_TO_RESUME (-1)
/* to of a transition that keeps the status (a proposal, an apology). */
#define WF_TO_SAME (-2)
/* Bit of a status in a from mask. */
#define WF_ST(s) (1u << (s))

/* What an action needs from the person beside the dossier and its
 * version (struct wf_in); missing or malformed: WF_BAD_INPUT, nothing
 * changed. Bits of wf_transition.inputs. */
enum wf_input {
	WI_REASON = 1u << 0,		/* a reason, not empty (refusal, stop) */
	WI_DOCS_OR_REASON = 1u << 1,	/* documents to supplement, or a reason
					 * saying what is lacking */
	WI_RESULT_FILE = 1u << 2,	/* the result file, already stored */
	WI_RETURN = 1u << 3,		/* method online/counter/post, a
					 * tracking number for post */
	WI_EXTENSION = 1u << 4,		/* extend_tenths > 0 (a proposal's) */
	WI_PAPER = 1u << 5,		/* the paper copy's arrival: paper_day
					 * (not after today nor before the day
					 * of submission), paper_how (post or
					 * counter), paper_note (at most 500
					 * characters, may be NULL) */
	WI_PAYMENT = 1u << 6,		/* a payment at the counter: pay_amount
					 * (1 to 10^12 đồng), pay_receipt (the
					 * receipt's number, 1-40 characters),
					 * pay_means (cash, card, transfer); an
					 * amount other than the one owed needs
					 * the reason (WF_WHY_PAY_REASON) */
	WI_TRANSFER = 1u << 7,		/* a line of the bank statement: pay_line
					 * (statement_line.id, the agency's,
					 * waiting: the effect checks it under
					 * its lock); an amount other than the
					 * one owed needs the reason */
	WI_REFUND = 1u << 8,		/* a refund made: refund_day (not after
					 * today nor before the payment),
					 * refund_ref (the transfer's or the
					 * voucher's reference, 1-60
					 * characters) */
	WI__ALL = (1u << 9) - 1
};

/* When a dossier's fee must be paid (the catalogue's pay_when, copied to
 * the dossier at submission), as wf_state.pay carries it (from wf_pay:
 * PAY_NONE when nothing is owed any more), and the step a row is
 * (wf_transition.pay_at): a row waits (WF_WAIT_PAYMENT) while the fee is
 * owed at or before its own step. */
enum wf_pay_at {
	PAY_NONE,
	PAY_SUBMISSION,		/* before reception accepts it */
	PAY_ACCEPTANCE,		/* before it goes to processing (default) */
	PAY_RETURN,		/* before the result is returned */
	PAY_REFUND,		/* paid, and owed back: the agency refused or
				 * stopped the dossier (refund_due); no row
				 * waits for it, the refund row takes it */
};

/* The paper copy of an unsigned level-4 dossier as the guards read it
 * (wf_state.paper, from wf_paper): bits. */
#define WF_PAPER_AWAITED 1	/* due (paper_pending) and not yet arrived */
#define WF_PAPER_FIRST 2	/* Paper.ReturnBeforeArrival = 0: the rows
				 * marked paper_first wait for it */

/* Where a dossier stands within its status: what the guards read. The
 * officer's page has it from dossier_load, wf_apply from the locked row. */
struct wf_state {
	int status;
	const char *pending;	/* the proposal pending, NULL: none */
	int collected;		/* the result was collected */
	const char *clock;	/* "none", "running", "paused", "done" */
	int paper;		/* WF_PAPER_* bits (wf_paper) */
	int pay;		/* enum wf_pay_at (wf_pay): when the fee still
				 * owed is due, PAY_NONE if none is */
};

/* One application of a row, as the pipeline carries it (workflow.c). */
struct wf_run;

struct wf_transition {
	const char *name;	/* history and audit name (ascii): "accept" */
	const char *slug;	/* its URL segment: "tiep-nhan" */
	unsigned from;		/* WF_ST() of every status it may start from */
	unsigned roles;		/* staff: bits (1 << enum role), any of them */
	int citizen;		/* 1: the dossier's owner acts (roles is 0) */
	/* 1: of roles, only the officer holding the dossier at its status
	 * acts (reception while it waits or is received, 1 and 2; the
	 * specialist while in processing, 4): see wf_roles() */
	int holder;
	int to;			/* enum dossier_status, WF_TO_RESUME, WF_TO_SAME */
	unsigned inputs;	/* enum wf_input bits: what the person gives */
	/* the step within a from status (one proposal at a time, ...): 1 if
	 * the action may start in s; NULL: any step */
	int (*guard)(const struct wf_transition *t, const struct wf_state *s);
	/* what the action does beside status, clock and notice: changes the
	 * run's copy of the dossier row, writes other tables (documents,
	 * files, draft notices). 0, a db_rc, or a wf_result (> 0) that rolls
	 * the transaction back. NULL: nothing. */
	int (*effect)(struct db *db, struct wf_run *r);
	enum wf_clock clock;
	enum wf_form form;	/* the notice sent (a draft if proposes) */
	/* without a form: the plain mail to the citizen, Lang.Mail.<mail>
	 * ("Result", "Returned", "Withdrawn"); NULL: none */
	const char *mail;
	/* 1: the agency will not deliver, so a fee paid is owed back
	 * (Article 8.2), unless the citizen asked to withdraw */
	int refund;
	/* a specialist's proposal: the proposal_action it records (its
	 * notice, if form, is a draft: unnumbered, unsent); NULL: none */
	const char *proposes;
	/* the proposal_action that must be pending ("*": any); its draft
	 * notice is numbered, rendered and sent when form; NULL: none */
	const char *approves;
	/* 1: with Paper.ReturnBeforeArrival = 0, not while the paper copy
	 * of an unsigned level-4 dossier is awaited (WF_WAIT_PAPER) */
	int paper_first;
	/* enum wf_pay_at: the step this row is for payment; it waits while a
	 * fee due at or before it is owed (wf_pay_blocks) */
	int pay_at;
};

extern const struct wf_transition wf_table[WA__MAX];

/* The action whose slug is s, or -1. */
int wf_action_by_slug(const char *s);
/* The roles that may take action on a dossier in status: the row's
 * roles, narrowed to the holder's when the row says so (a status
 * without a holder among them: the row's roles, so that the status is
 * what refuses). 0 for no such action. */
unsigned wf_roles(int action, int status);
/* "receipt", "stop"...: what form f is for, as notice.kind stores it;
 * "" for NF_NONE. wf_form_by_kind: the reverse, or NF_NONE. */
const char *wf_form_kind(enum wf_form f);
enum wf_form wf_form_by_kind(const char *kind);
/* The profile named name ("2018", "2025"), or -1. */
int wf_profile_by_name(const char *name);
/* Form f of profile p (p out of range: 2018's). Never NULL. */
const struct wf_form_def *wf_form(int p, enum wf_form f);
/* 1 if action may start now: from status (the row's from), at the step
 * the row's guard wants, with the pending proposal (NULL: none), the
 * result collected or not, the clock's state ("running", ...), the paper
 * copy (wf_paper's bits; a row marked paper_first waits for it).
 * wf_apply's rule, and the pages' for what to offer. */
int wf_startable(int action, int status, const char *pending, int collected,
    const char *clock, int paper, int pay);
/* When the fee of a dossier is due, for wf_state.pay: pay_when as the
 * dossier has it ("submission", "acceptance", "return"; NULL or unknown:
 * acceptance), what it owes (fee and charge, đồng), whether it was paid
 * or exempted, whether what was paid is owed back (refund_due).
 * PAY_REFUND if paid and owed back; PAY_NONE if nothing is owed, or no
 * more. */
int wf_pay(const char *pay_when, long long owed, int paid, int exempt, int refund_due);
/* 1 if action, allowed from the status, waits for the fee (pay, from
 * wf_pay, due at or before the row's pay_at): wf_apply answers
 * WF_WAIT_PAYMENT. */
int wf_pay_blocks(int action, int pay);
/* The paper copy's bits for wf_state.paper: pending (dossier.paper_pending)
 * and arrived (paper_received_at set), with Paper.ReturnBeforeArrival
 * of cfg. */
int wf_paper(const struct config *cfg, int pending, int arrived);
/* 1 if action, allowed from the status, waits for the paper copy (its
 * row is paper_first and paper says the copy is awaited and must come
 * first): wf_apply answers WF_WAIT_PAPER. */
int wf_paper_blocks(int action, int paper);
/* The day the paper copy arrived, as reception gives it (day: a day
 * number, calendar.h), against the dossier's submission (submitted,
 * local seconds) and now: NULL if it may be, else why not, as its
 * message's key under Lang.Valid ("paper_day_future",
 * "paper_day_before"). wf_apply's rule and the form's message. */
const char *wf_paper_day_check(long day, long long submitted, long long now);
/* 1 if no transition leaves status s (a final state). */
int wf_is_final(int s);
/* The notice profile in force: the database's setting (dvcctl
 * notice-profile, read at each call so every node switches at once),
 * else the key Notice.Profile of cfg. Into *p; 0 or a db_rc. */
int wf_profile(struct db *db, const struct config *cfg, int *p);
/* Sets (name "2018"/"2025") or clears (NULL) the database's setting.
 * 0, 1 (not a profile) or a db_rc. */
int wf_profile_set(struct db *db, const char *name);
/* Form f's number and title under the profile in force, for pages that
 * print a form (the control sheet, the tracking book): prefix.{number,
 * title,circular}. 0 or a db_rc. */
int wf_form_info(struct db *db, const struct config *cfg, enum wf_form f,
    HDF *hdf, const char *prefix);

/* The work lists of the processing pages at agency, oldest and most
 * urgent first, with left_text/late: which = 's' the specialist's
 * (status 4, no pending proposal), 'l' the leader's (proposals, and
 * withdrawal requests, 7, to confirm by a stop), 'r' reception's returns
 * (9, and 10 not collected). Count or db_rc. */
int wf_worklist(struct db *db, const struct config *cfg, long long agency,
    int which, long long now, HDF *hdf, const char *prefix);

/* Results of wf_apply, in wf_out.result. The page maps them: WF_DONE and
 * WF_ALREADY redirect to the dossier, WF_WRONG_STATUS and WF_CONFLICT
 * are 409 with their message, WF_FORBIDDEN 403, WF_NOT_FOUND 404,
 * WF_BAD_INPUT 422, WF_WAIT_PAPER 409 with its message. */
enum wf_result {
	WF_DONE = 0,
	WF_ALREADY = 1,		/* the same person's same action, posted again */
	WF_WRONG_STATUS = 2,	/* the dossier is not in a status it starts from */
	WF_CONFLICT = 3,	/* another officer acted since the page was shown */
	WF_FORBIDDEN = 4,	/* the agency's officer without the role */
	WF_NOT_FOUND = 5,	/* no such dossier, or not this person's to act on */
	WF_BAD_INPUT = 6,	/* a required reason or document choice missing */
	WF_WAIT_PAPER = 7,	/* the result waits for the paper copy (409) */
	WF_WAIT_PAYMENT = 8,	/* the step waits for the fee (409) */
};

/* Why a rule refused (wf_out.why), beside the result: a key of
 * Lang.Office.Why the page shows. */
#define WF_WHY_EXT_INPUT "extension_input"	/* no reason or no days */
#define WF_WHY_EXT_MAX "extension_max"	/* Deadline.MaxExtensions reached (409) */
#define WF_WHY_EXT_LONG "extension_long"	/* over the procedure's own limit (422) */
#define WF_WHY_PAY_REASON "pay_reason"	/* another amount than owed, no reason (422) */
#define WF_WHY_REFUND_DAY "refund_day"	/* the refund's day after today or before the payment (422) */
#define WF_WHY_PAY_INPUT "pay_input"	/* amount, receipt or means missing (422) */
#define WF_WHY_PAY_LINE "pay_line"	/* the statement line is not waiting (422) */

struct wf_in {
	enum wf_action action;
	long long dossier_id;
	long long version;	/* the version the page showed; < 0: not compared */
	const char *reason;	/* free text (Forms 02, 03), may be NULL */
	const long long *docs;	/* WA_SUPPLEMENT: documents to supplement */
	size_t ndocs;
	/* WA_PROPOSE_RESULT: the result file, already in the store */
	const char *file_sha256, *file_mime, *file_ext, *file_name;
	long long file_size;
	/* WA_DELIVER: "online", "counter" or "post" (+ tracking number) */
	const char *method, *tracking;
	/* WA_PROPOSE_EXTENSION: the extension in tenths of a working day */
	int extend_tenths;
	/* WA_PAPER_RECEIVED: the day the paper copy arrived ("YYYY-MM-DD"),
	 * how ("post" or "counter"), reception's note (NULL: none) */
	const char *paper_day, *paper_how, *paper_note;
	/* WA_PAY_COUNTER: the amount received (đồng), the paper receipt's
	 * number, "cash", "card" or "transfer"; the reason, if the amount is
	 * not the one owed, in reason */
	long long pay_amount;
	const char *pay_receipt, *pay_means;
	/* WA_REFUND: the day the refund was made ("YYYY-MM-DD"), its
	 * reference (the bank transfer's, or the cash voucher's number) */
	const char *refund_day, *refund_ref;
	/* WA_PAY_TRANSFER: the statement line that paid (statement_line.id);
	 * the import, which wrote the line in this very transaction, also
	 * gives its amount (pay_amount) and the bank's reference
	 * (pay_receipt), so that it is not read again; an officer's
	 * assignment gives the line alone, read and locked by the effect */
	long long pay_line;
	/* rows read ahead in this transaction (wf_ahead_read), or NULL */
	struct wf_ahead *ahead;
};

/* Rows read ahead: a transaction that takes steps on many dossiers (a
 * bank statement's payments) reads and locks their rows with one
 * statement; the first step on each (in.ahead) then starts from the row
 * read, not from another read. The caller changes none of them
 * otherwise before that step. */
struct wf_ahead;
/* The dossiers of codes (a JSON array of strings), read and locked as
 * wf_apply reads its row, into *out (free it with wf_ahead_free, after
 * the steps). Their count or a db_rc. */
int wf_ahead_read(struct db *db, const char *codes, struct wf_ahead **out);
/* What a row read ahead says of its fee, for the step's caller to choose
 * the step. */
struct wf_ahead_fee {
	long long id, agency_id;
	int status;
	long long owed;		/* fee and charge */
	int settled;		/* paid or exempted */
};
/* The row of code in a (NULL: none read) into *out: 1, or 0 (none). */
int wf_ahead_get(const struct wf_ahead *a, const char *code, struct wf_ahead_fee *out);
void wf_ahead_free(struct wf_ahead *a);

struct wf_out {
	enum wf_result result;
	int from, to;		/* statuses */
	char code[41];		/* the dossier's code */
	long long owner_id;
	long long notice_id;	/* the notice sent, 0 none */
	long long version;	/* the dossier's version after */
	const char *why;	/* WF_WHY_*: the rule that refused, or NULL */
};

/* What wf_apply needs from the responder it runs in: who acts, and the
 * steps that belong to the pages (the audit record with the request's
 * address, rendering a template of the responder's table, the mail).
 * Each returns 0 or a db_rc (render: 0 or -1). */
struct wf_hooks {
	const struct config *cfg;
	const struct user *user;
	void *ctx;
	int (*audit)(void *ctx, struct db *db, const char *action,
	    long long dossier_id, long long owner, const char *detail);
	/* tpl: the notice body's template file (wf_form_def.tpl) */
	int (*render)(void *ctx, const char *tpl, HDF *data, struct buf *out);
	int (*mail)(void *ctx, struct db *db, HDF *data, const char *kind,
	    const char *to);
};

/* One step in a dossier's history, as the back office records it. */
struct wf_step {
	long long dossier_id, owner_id;
	const char *at;		/* local "YYYY-MM-DD HH:MM:SS" */
	const char *action;	/* history name; the audit action is
				 * "dossier.<action>" */
	int from, to;		/* statuses (equal: a step within one) */
	const char *role;	/* the role acted in (wf_role_name) */
	long long agency_id;	/* the agency that acted */
	const char *note;	/* shown in the history, or NULL */
	long long notice_id;	/* the notice sent, 0 none */
	const char *detail;	/* the audit record's detail */
};

/* The history step (dossier_event, by h->user) and its audit record in
 * the caller's transaction: the back office's one way to write both
 * (transitions, opinion requests). 0 or a db_rc. */
int wf_record(struct db *db, const struct wf_hooks *h, const struct wf_step *s);
/* The name of the first role of roles that u holds, for the history
 * (the role, never the name): "citizen" for a citizen, "staff" if none. */
const char *wf_role_name(const struct user *u, unsigned roles);

/* Applies in->action to dossier in->dossier_id as h->user, in one
 * transaction of its own (retried on deadlock). Fills *out. Returns 0
 * (see out->result; a refusal for role or agency is recorded in the
 * audit trail and committed) or a db_rc (nothing was changed). */
int wf_apply(struct db *db, const struct wf_hooks *h, const struct wf_in *in,
    struct wf_out *out);

/* A dossier handed to another agency, whole: its code, status, clock and
 * due dates stay as they are; only the agency that holds it changes.
 * Two uses: an agency merged or closed hands its open dossiers to its
 * successor (domain/agency.c, "handover"), and a leader sends a dossier
 * received by mistake to the right agency before acceptance
 * (pages/office_transfer.c, "transfer"). */
struct wf_move {
	long long dossier_id;
	long long from_agency;	/* the agency it must be at (under the lock) */
	long long to_agency;
	unsigned from;		/* WF_ST() of the statuses it may be in */
	long long version;	/* the version the page showed; < 0: any */
	const char *action;	/* history name: "handover", "transfer" */
	const char *note;	/* the reason, shown in the history and the mail */
	const char *mail;	/* Lang.Mail.<mail> to the citizen; NULL: none */
};
/* In the caller's transaction: locks the row, checks it is still at
 * m->from_agency in one of m->from (else WF_WRONG_STATUS; another
 * version than m->version: WF_CONFLICT; none: WF_NOT_FOUND; nothing
 * changed), then writes its new agency and version, a step of its
 * history by h->user with its audit record (wf_record), and the mail
 * naming the agency that now holds it. 0 (WF_DONE), a wf_result or a
 * db_rc. */
int wf_handover(struct db *db, const struct wf_hooks *h, const struct wf_move *m);

/* The clock of a dossier for pages: Clock.{state,due,explain,left,
 * left_text,late,handover_due,handover_late,handed_over,first_due,
 * extensions,finished,timeliness} under prefix, computed at now (local
 * seconds, see calendar.h) from its row as dossier_load gives it
 * (prefix.D: clock, due_at, due_explain, handover_due_at,
 * handed_over_at, first_due_at, extensions, finished_at, timeliness).
 * The time left (left_text, late) only while the clock runs: a paused
 * or finished dossier keeps its due date but is neither on time nor
 * late by it; first_due only when it differs from due (extended). en:
 * the dates and the time left in English (a citizen's page read in
 * English); the explanation stays as stored, in Vietnamese, as on the
 * notice. 0 or a db_rc. */
int wf_clock_info(struct db *db, const struct config *cfg, HDF *row,
    long long now, HDF *hdf, const char *prefix, int en);

/* How many extensions dossier id may still take (Deadline.MaxExtensions;
 * in all never more than the procedure's own time limit, unless a
 * province admin's extension_waiver allows it): prefix.{count,max,
 * waiver,used (working days given, "2,5"),asked (the days a proposal
 * waiting asks, if any),limit (the procedure's own time, in words),room (whole working days that may still be asked;
 * 0: none),can (1: another may be proposed now)}. The same rule the
 * rows' checks apply. 0 or a db_rc. */
int wf_extension_info(struct db *db, const struct config *cfg, long long id,
    HDF *hdf, const char *prefix);

/* Reception's mark on one document by officer by (a document of another
 * dossier is ignored); dossier_load shows the marks (Docs.N.checked).
 * 0 or a db_rc. */
int wf_check_put(struct db *db, long long id, long long doc_id, int ok,
    long long by);

/* The reason of the specialist's pending proposal of dossier id (its
 * draft notice), as name.reason: for the back office only. 1, 0 or db_rc. */
int wf_proposal_reason(struct db *db, long long id, HDF *hdf, const char *name);

/* The notices of dossier id, oldest first: prefix.N.{id,form,kind,
 * profile,title,number,year,status,sent,sha256}: title and form (its
 * number, "" for none) as the profile it was sent under names it. Count
 * or db_rc. */
int wf_notices(struct db *db, long long id, HDF *hdf, const char *prefix);
/* One notice as sent: {id,dossier_id,form,number,year,html,sha256} under
 * prefix; dossier_id 0: whichever dossier it belongs to. 1, 0 (no such
 * notice, or not of that dossier) or db_rc. */
int wf_notice_get(struct db *db, long long dossier_id, long long notice_id,
    HDF *hdf, const char *prefix);

#endif
