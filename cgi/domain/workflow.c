/* The workflow: see workflow.h. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/access.h"
#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/request.h"
#include "core/util.h"
#include "domain/account.h"
#include "domain/calendar.h"
#include "domain/checks.h"
#include "domain/dossier.h"
#include "domain/payment.h"
#include "domain/workflow.h"

#define R(x) (1u << (x))

/* The guards and effects the rows name (defined with the engine below). */
static int no_proposal(const struct wf_transition *t, const struct wf_state *s);
static int proposal_pending(const struct wf_transition *t, const struct wf_state *s);
static int not_collected(const struct wf_transition *t, const struct wf_state *s);
static int fx_name_docs(struct db *db, struct wf_run *r);
static int fx_hand_over(struct db *db, struct wf_run *r);
static int fx_supplemented(struct db *db, struct wf_run *r);
static int fx_propose(struct db *db, struct wf_run *r);
static int fx_propose_docs(struct db *db, struct wf_run *r);
static int fx_propose_result(struct db *db, struct wf_run *r);
static int fx_approve(struct db *db, struct wf_run *r);
static int fx_return_draft(struct db *db, struct wf_run *r);
static int fx_drop_proposal(struct db *db, struct wf_run *r);
static int fx_deliver(struct db *db, struct wf_run *r);
static int fx_collect(struct db *db, struct wf_run *r);
/* the paper copy of level 4 (at the end of the file) */
static int paper_awaited(const struct wf_transition *t, const struct wf_state *s);
static int fx_paper_received(struct db *db, struct wf_run *r);
/* extensions under control (issue 13) */
static int extension_proposable(const struct wf_transition *t, const struct wf_state *s);
static int extension_pending(const struct wf_transition *t, const struct wf_state *s);
static int fx_propose_extension(struct db *db, struct wf_run *r);
static int fx_approve_extension(struct db *db, struct wf_run *r);
/* fees (issue 14) */
static int fee_owed(const struct wf_transition *t, const struct wf_state *s);
static int fx_pay_counter(struct db *db, struct wf_run *r);
static int fx_fee_exempt(struct db *db, struct wf_run *r);
static int refund_owed(const struct wf_transition *t, const struct wf_state *s);
static int fx_refund(struct db *db, struct wf_run *r);
static int fx_pay_transfer(struct db *db, struct wf_run *r);

/* The one table: each row is everything its action does. */
const struct wf_transition wf_table[WA__MAX] = {
	/* reception (Article 14) */
	[WA_ACCEPT] = { .name = "accept", .slug = "tiep-nhan",
	    .from = WF_ST(DS_NEW), .roles = R(ROLE_RECEPTION), .to = DS_RECEIVED,
	    .clock = WC_START, .form = NF_RECEIPT, .pay_at = PAY_SUBMISSION },
	[WA_SUPPLEMENT] = { .name = "supplement_request", .slug = "yeu-cau-bo-sung",
	    .from = WF_ST(DS_NEW) | WF_ST(DS_RECEIVED), .roles = R(ROLE_RECEPTION),
	    .to = DS_SUPPLEMENT, .inputs = WI_DOCS_OR_REASON, .effect = fx_name_docs,
	    .clock = WC_STOP, .form = NF_SUPPLEMENT },
	[WA_REFUSE] = { .name = "refuse", .slug = "tu-choi",
	    .from = WF_ST(DS_NEW), .roles = R(ROLE_RECEPTION), .to = DS_REFUSED,
	    .inputs = WI_REASON, .clock = WC_END, .form = NF_REFUSAL, .refund = 1 },
	[WA_FORWARD] = { .name = "forward", .slug = "chuyen-xu-ly",
	    .from = WF_ST(DS_RECEIVED), .roles = R(ROLE_RECEPTION), .to = DS_PROCESSING,
	    .effect = fx_hand_over, .pay_at = PAY_ACCEPTANCE },
	[WA_CITIZEN_SUPPLEMENT] = { .name = "supplement", .slug = "bo-sung",
	    .from = WF_ST(DS_SUPPLEMENT), .citizen = 1, .to = WF_TO_RESUME,
	    .effect = fx_supplemented, .clock = WC_RESUME },
	/* processing: the specialist proposes, the leader decides; one
	 * proposal at a time */
	[WA_PROPOSE_RESULT] = { .name = "propose_result", .slug = "de-xuat-ket-qua",
	    .from = WF_ST(DS_PROCESSING), .roles = R(ROLE_SPECIALIST), .to = WF_TO_SAME,
	    .inputs = WI_RESULT_FILE, .guard = no_proposal, .effect = fx_propose_result,
	    .proposes = "result" },
	[WA_PROPOSE_SUPPLEMENT] = { .name = "propose_supplement", .slug = "de-xuat-bo-sung",
	    .from = WF_ST(DS_PROCESSING), .roles = R(ROLE_SPECIALIST), .to = WF_TO_SAME,
	    .inputs = WI_DOCS_OR_REASON, .guard = no_proposal, .effect = fx_propose_docs,
	    .form = NF_SUPPLEMENT, .proposes = "supplement" },
	[WA_PROPOSE_REFUSAL] = { .name = "propose_refusal", .slug = "de-xuat-tu-choi",
	    .from = WF_ST(DS_PROCESSING), .roles = R(ROLE_SPECIALIST), .to = WF_TO_SAME,
	    .inputs = WI_REASON, .guard = no_proposal, .effect = fx_propose,
	    .form = NF_REFUSAL, .proposes = "refusal" },
	[WA_APPROVE_RESULT] = { .name = "approve_result", .slug = "duyet-ket-qua",
	    .from = WF_ST(DS_PROCESSING), .roles = R(ROLE_LEADER), .to = DS_DONE,
	    .guard = proposal_pending, .effect = fx_approve, .clock = WC_END,
	    .mail = "Result", .approves = "result" },
	[WA_APPROVE_SUPPLEMENT] = { .name = "approve_supplement", .slug = "duyet-bo-sung",
	    .from = WF_ST(DS_PROCESSING), .roles = R(ROLE_LEADER), .to = DS_SUPPLEMENT,
	    .guard = proposal_pending, .effect = fx_approve, .clock = WC_STOP,
	    .form = NF_SUPPLEMENT, .approves = "supplement" },
	[WA_APPROVE_REFUSAL] = { .name = "approve_refusal", .slug = "duyet-tu-choi",
	    .from = WF_ST(DS_PROCESSING), .roles = R(ROLE_LEADER), .to = DS_STOPPED,
	    .guard = proposal_pending, .effect = fx_approve, .clock = WC_END,
	    .form = NF_REFUSAL, .refund = 1, .approves = "refusal" },
	/* the draft goes back with the leader's comment: never numbered,
	 * never sent, whatever it proposed */
	[WA_RETURN_DRAFT] = { .name = "return_draft", .slug = "tra-lai-du-thao",
	    .from = WF_ST(DS_RECEIVED) | WF_ST(DS_PROCESSING), .roles = R(ROLE_LEADER),
	    .to = WF_TO_SAME,
	    .inputs = WI_REASON, .guard = proposal_pending, .effect = fx_return_draft,
	    .approves = "*" },
	/* return of the result (Article 8.2), and its collection, once */
	[WA_DELIVER] = { .name = "deliver", .slug = "tra-ket-qua",
	    .from = WF_ST(DS_DONE), .roles = R(ROLE_RECEPTION), .to = DS_RETURNED,
	    .inputs = WI_RETURN, .effect = fx_deliver, .mail = "Returned",
	    .paper_first = 1, .pay_at = PAY_RETURN },
	[WA_COLLECT] = { .name = "collect", .slug = "da-nhan-ket-qua",
	    .from = WF_ST(DS_RETURNED), .roles = R(ROLE_RECEPTION), .to = WF_TO_SAME,
	    .guard = not_collected, .effect = fx_collect },
	/* the citizen withdraws while it is not finished; the agency
	 * confirms it with the stop below (Decree 118/2025: 7 is a request).
	 * 6 (payment) joins the from statuses with the transition that leads
	 * there: the generated test reaches every status a row starts from. */
	[WA_WITHDRAW] = { .name = "withdraw", .slug = "rut-ho-so",
	    .from = WF_ST(DS_NEW) | WF_ST(DS_RECEIVED) | WF_ST(DS_PROCESSING) |
	    WF_ST(DS_SUPPLEMENT), .citizen = 1, .to = DS_WITHDRAWING,
	    .inputs = WI_REASON, .clock = WC_END, .mail = "Withdrawn" },
	/* stop processing (Thông báo dừng giải quyết hồ sơ), with a reason,
	 * from an accepted dossier not finished, or confirming the
	 * citizen's withdrawal. The leader's alone: stopping is a decision on
	 * the dossier, signed by whoever may sign its result (Article 15:
	 * the leader approves what is sent in the agency's name); reception
	 * decides only before acceptance, by refusal (Form 03), and a new
	 * dossier (1) is refused, not stopped. A proposal pending is moot. */
	[WA_STOP] = { .name = "stop", .slug = "dung-giai-quyet",
	    .from = WF_ST(DS_RECEIVED) | WF_ST(DS_PROCESSING) | WF_ST(DS_SUPPLEMENT) |
	    WF_ST(DS_WITHDRAWING), .roles = R(ROLE_LEADER), .to = DS_STOPPED,
	    .inputs = WI_REASON, .effect = fx_drop_proposal, .clock = WC_END,
	    .form = NF_STOP, .refund = 1 },
	/* the paper copy of an unsigned level-4 dossier arrived (Article
	 * 7.2): reception records the day, how and a note, once, while the
	 * agency still handles the dossier (the statuses of
	 * DOSSIER_PAPER_AWAITED_SQL); the citizen is told. The result's
	 * return (paper_first above) waits for it unless
	 * Paper.ReturnBeforeArrival; the leader's approval does not: the
	 * agency settles on the scans within its time limit, and the paper
	 * must be in hand when the result leaves (docs/workflow.md). */
	[WA_PAPER_RECEIVED] = { .name = "paper_received", .slug = "da-nhan-ban-giay",
	    .from = WF_ST(DS_NEW) | WF_ST(DS_RECEIVED) | WF_ST(DS_PROCESSING) |
	    WF_ST(DS_SUPPLEMENT) | WF_ST(DS_DONE), .roles = R(ROLE_RECEPTION),
	    .to = WF_TO_SAME, .inputs = WI_PAPER, .guard = paper_awaited,
	    .effect = fx_paper_received, .mail = "PaperReceived" },
	/* late (Article 8.1; Decree 61/2018 art. 19): the officer holding the
	 * dossier proposes an extension with the apology (a Form 04 draft),
	 * the leader approves it like the other decisions; at most
	 * Deadline.MaxExtensions, in all never more than the procedure's own
	 * time, unless a province admin's extension_waiver allows it (checked
	 * by both effects: the limits read the database). While the clock
	 * runs. */
	[WA_PROPOSE_EXTENSION] = { .name = "propose_extension", .slug = "de-xuat-gia-han",
	    .from = WF_ST(DS_RECEIVED) | WF_ST(DS_PROCESSING),
	    .roles = R(ROLE_RECEPTION) | R(ROLE_SPECIALIST), .holder = 1,
	    .to = WF_TO_SAME, .inputs = WI_REASON | WI_EXTENSION,
	    .guard = extension_proposable, .effect = fx_propose_extension,
	    .form = NF_APOLOGY, .proposes = "extension" },
	[WA_APPROVE_EXTENSION] = { .name = "approve_extension", .slug = "duyet-gia-han",
	    .from = WF_ST(DS_RECEIVED) | WF_ST(DS_PROCESSING), .roles = R(ROLE_LEADER),
	    .to = WF_TO_SAME, .guard = extension_pending, .effect = fx_approve_extension,
	    .clock = WC_EXTEND, .form = NF_APOLOGY, .approves = "extension" },
	/* fees (issue 14; Articles 7.1b, 7.2b): while the dossier owes its
	 * fee (not paid, not exempted), reception records what it received
	 * at the counter (an amount other than the one owed only with a
	 * reason), or reception or the leader an exemption the procedure
	 * allows, with its reason; the rows that wait for the fee (pay_at
	 * above) may then go on. Paid: a refund is owed if the agency then
	 * does not deliver (the refund rows). */
	[WA_PAY_COUNTER] = { .name = "pay_counter", .slug = "thu-phi",
	    .from = WF_ST(DS_NEW) | WF_ST(DS_RECEIVED) | WF_ST(DS_PROCESSING) |
	    WF_ST(DS_SUPPLEMENT) | WF_ST(DS_DONE), .roles = R(ROLE_RECEPTION),
	    .to = WF_TO_SAME, .inputs = WI_PAYMENT, .guard = fee_owed,
	    .effect = fx_pay_counter },
	[WA_FEE_EXEMPT] = { .name = "fee_exempt", .slug = "mien-phi",
	    .from = WF_ST(DS_NEW) | WF_ST(DS_RECEIVED) | WF_ST(DS_PROCESSING) |
	    WF_ST(DS_SUPPLEMENT) | WF_ST(DS_DONE),
	    .roles = R(ROLE_RECEPTION) | R(ROLE_LEADER), .to = WF_TO_SAME,
	    .inputs = WI_REASON, .guard = fee_owed, .effect = fx_fee_exempt },
	/* Article 8.2: what was paid for a dossier the agency refused or
	 * stopped is owed back (the refund rows above set refund_due, as
	 * does a gateway's late confirmation); reception records the refund
	 * made, its day and reference, once. The payment becomes refunded;
	 * the dossier owes nothing and is owed nothing. */
	[WA_REFUND] = { .name = "refund", .slug = "hoan-phi",
	    .from = WF_ST(DS_REFUSED) | WF_ST(DS_STOPPED), .roles = R(ROLE_RECEPTION),
	    .to = WF_TO_SAME, .inputs = WI_REFUND, .guard = refund_owed,
	    .effect = fx_refund },
	/* a transfer to the agency's account, found in its bank statement
	 * (domain/statement.c): the import pays the dossier whose code and
	 * exact amount a line carries; reception assigns a line that waited
	 * (another amount only with a reason, as at the counter) */
	[WA_PAY_TRANSFER] = { .name = "pay_transfer", .slug = "doi-chieu-chuyen-khoan",
	    .from = WF_ST(DS_NEW) | WF_ST(DS_RECEIVED) | WF_ST(DS_PROCESSING) |
	    WF_ST(DS_SUPPLEMENT) | WF_ST(DS_DONE), .roles = R(ROLE_RECEPTION),
	    .to = WF_TO_SAME, .inputs = WI_TRANSFER, .guard = fee_owed,
	    .effect = fx_pay_transfer },
};
_Static_assert(sizeof(wf_table) / sizeof(wf_table[0]) == WA__MAX,
    "every action has its row in wf_table");

int
wf_action_by_slug(const char *s)
{
	int i;

	for (i = 0; i < WA__MAX; i++)
		if (s && wf_table[i].slug && strcmp(wf_table[i].slug, s) == 0)
			return i;
	return -1;
}

unsigned
wf_roles(int action, int status)
{
	const struct wf_transition *t;
	unsigned held;

	if ((unsigned)action >= WA__MAX)
		return 0;
	t = &wf_table[action];
	if (!t->holder)
		return t->roles;
	/* who holds a dossier: reception until it is handed over, then the
	 * specialist department */
	held = status == DS_NEW || status == DS_RECEIVED ? R(ROLE_RECEPTION) :
	    status == DS_PROCESSING ? R(ROLE_SPECIALIST) : 0;
	return (t->roles & held) ? t->roles & held : t->roles;
}

/* The forms in force under each profile. The 2018 set has no stop
 * notice: a stop under it is sent with the title the 2025 set gives it
 * and no number (Circular 01/2018 has no form for it; a notice without
 * a number says so rather than borrow another form's). SHARED_FORMS:
 * those both sets have word for word. */
#define SHARED_FORMS \
	[NF_RECEIPT] = { "01", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", "notice_01.cs" }, \
	[NF_SUPPLEMENT] = { "02", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ", "notice_02.cs" }, \
	[NF_REFUSAL] = { "03", "Phiếu từ chối tiếp nhận giải quyết hồ sơ", "notice_03.cs" }
const struct wf_profile_def wf_profiles[WP__MAX] = {
	[WP_2018] = { "2018", "Thông tư số 01/2018/TT-VPCP", {
		SHARED_FORMS,
		[NF_APOLOGY] = { "04", "Phiếu xin lỗi và hẹn lại ngày trả kết quả",
		    "notice_04.cs" },
		[NF_STOP] = { "", "Thông báo dừng giải quyết hồ sơ", "notice_stop.cs" },
		[NF_CONTROL] = { "05", "Phiếu kiểm soát quá trình giải quyết hồ sơ", NULL },
		[NF_BOOK] = { "06", "Sổ theo dõi hồ sơ", NULL },
	} },
	[WP_2025] = { "2025", "Thông tư số 03/2025/TT-VPCP", {
		SHARED_FORMS,
		[NF_APOLOGY] = { "04", "Văn bản xin lỗi và đề nghị gia hạn thời gian"
		    " giải quyết", "notice_apology_2025.cs" },
		[NF_STOP] = { "05", "Thông báo dừng giải quyết hồ sơ", "notice_stop.cs" },
		[NF_CONTROL] = { "06", "Phiếu kiểm soát quá trình giải quyết hồ sơ", NULL },
		[NF_BOOK] = { "07", "Sổ theo dõi hồ sơ", NULL },
	} },
};
#undef SHARED_FORMS

static const char *const form_kinds[NF__MAX] = {
	[NF_NONE] = "", [NF_RECEIPT] = "receipt", [NF_SUPPLEMENT] = "supplement",
	[NF_REFUSAL] = "refusal", [NF_APOLOGY] = "apology", [NF_STOP] = "stop",
	[NF_CONTROL] = "control", [NF_BOOK] = "book",
};

const char *
wf_form_kind(enum wf_form f)
{
	return (unsigned)f < NF__MAX ? form_kinds[f] : "";
}

enum wf_form
wf_form_by_kind(const char *kind)
{
	int i;

	for (i = 1; kind && i < NF__MAX; i++)
		if (strcmp(form_kinds[i], kind) == 0)
			return (enum wf_form)i;
	return NF_NONE;
}

int
wf_profile_by_name(const char *name)
{
	int i;

	for (i = 0; name && i < WP__MAX; i++)
		if (strcmp(wf_profiles[i].name, name) == 0)
			return i;
	return -1;
}

const struct wf_form_def *
wf_form(int p, enum wf_form f)
{
	if (p < 0 || p >= WP__MAX)
		p = WP_2018;
	return &wf_profiles[p].forms[(unsigned)f < NF__MAX ? f : NF_NONE];
}

int
wf_is_final(int s)
{
	int i;

	/* a transition that keeps the status (collection) leaves nothing */
	for (i = 0; i < WA__MAX; i++)
		if ((wf_table[i].from & WF_ST(s)) && wf_table[i].to != WF_TO_SAME &&
		    wf_table[i].to != s)
			return 0;
	return 1;
}

int
wf_profile(struct db *db, const struct config *cfg, int *p)
{
	HDF *h;
	int rc;

	*p = wf_profile_by_name(cfg ? cfg_str(cfg, "Notice.Profile") : NULL);
	if (*p < 0)
		*p = WP_2018;
	if (hdf_init(&h))
		abort();
	rc = db_row(db, h, "S", "SELECT value FROM setting WHERE name = ?",
	    DB_STR("Notice.Profile"));
	if (rc == 1 && wf_profile_by_name(hdf_get_value(h, "S.value", NULL)) >= 0)
		*p = wf_profile_by_name(hdf_get_value(h, "S.value", NULL));
	hdf_destroy(&h);
	return rc < 0 ? rc : 0;
}

int
wf_profile_set(struct db *db, const char *name)
{
	int rc;

	if (name && wf_profile_by_name(name) < 0)
		return 1;
	if (name)
		rc = db_exec(db, "INSERT INTO setting (name, value) VALUES (?, ?)"
		    " ON DUPLICATE KEY UPDATE value = VALUES(value)",
		    DB_STR("Notice.Profile"), DB_STR(name));
	else
		rc = db_exec(db, "DELETE FROM setting WHERE name = ?",
		    DB_STR("Notice.Profile"));
	return rc < 0 ? rc : 0;
}

int
wf_form_info(struct db *db, const struct config *cfg, enum wf_form f,
    HDF *hdf, const char *prefix)
{
	const struct wf_form_def *d;
	char key[96];
	int p, rc;

	if ((rc = wf_profile(db, cfg, &p)) < 0)
		return rc;
	d = wf_form(p, f);
	snprintf(key, sizeof(key), "%s.number", prefix);
	hdf_set_value(hdf, key, d->number);
	snprintf(key, sizeof(key), "%s.title", prefix);
	hdf_set_value(hdf, key, d->title);
	snprintf(key, sizeof(key), "%s.circular", prefix);
	hdf_set_value(hdf, key, wf_profiles[p].circular);
	return 0;
}

/* --- one run of a row: the dossier row in memory --------------------------------- */

/* apply_tx's way to roll back on purpose (not a db_rc) */
#define WF_ROLLBACK (-300)

/* The dossier's columns a transition reads or changes, as the row lock
 * read them. The effects and the clock change this copy; row_write()
 * writes it back in one statement. Times are local seconds (0: NULL);
 * -1 is an integer column's NULL; owned strings NULL for NULL. */
struct wf_dossier {
	long long id, owner_id, agency_id, version;
	char code[41], proc_code[17];
	char channel[8];	/* how it came: "online", "counter", "post" */
	int fee_paid;
	int status, resume_status;
	char clock[8];		/* "none", "running", "paused", "done" */
	long long received_at, due_at, handover_due_at, handed_over_at,
	    supplemented_at, collected_at;
	int limit_days_tenths, limit_hours_tenths, extension_tenths;
	char *due_explain;
	char proposal_action[33];	/* "": none */
	long long proposal_notice_id, result_file_id;	/* 0: none */
	char return_method[8];		/* "": none */
	char *post_tracking;
	int refund_due;
	/* the paper copy of level 4: due, and when it arrived (0: not yet) */
	int paper_pending;
	long long paper_received_at;
	char paper_how[8];		/* "": not arrived */
	char *paper_note;
	/* figures that hold (issue 13): the first due date (Form 01's), the
	 * one by the statistics' rule (no extension), when the handling
	 * ended and how it stood against the rule's date; extensions
	 * granted, and the one a proposal asks for (tenths, 0: none) */
	long long first_due_at, base_due_at, finished_at;
	char timeliness[8];		/* "": not classified */
	int extensions, proposal_extension_tenths;
	int due_provisional;	/* due_at counts a year not confirmed */
	/* the fee (issue 14): owed (fee and charge), when, exempted by whom
	 * and when, with the reason (NULL: not exempted) */
	long long fee_amount, fee_charge, fee_exempt_by, fee_exempt_at;
	char pay_when[12];
	char *fee_exempt_reason;
};

/* One application of a row, from the lock to the record. */
struct wf_run {
	const struct wf_hooks *h;
	const struct wf_in *in;
	struct wf_out *out;
	const struct wf_transition *t;
	struct wf_dossier d;	/* the row, as the action leaves it */
	int from, to;		/* statuses */
	long long now;
	char now_iso[24];
	int profile;		/* the notice profile in force (enum wf_profile_id) */
	struct calendar cal;	/* loaded by the first due date computed */
	int have_cal;
	long long due;		/* the due date computed now (0: none), and */
	struct buf explain;	/* how: for the row and the notice */
	long long draft_id;	/* the approved proposal's draft notice */
	long long notice_id;	/* the notice sent */
	long long due_was;	/* due_at as the lock read it: a change is
				 * written to due_change */
	int ext_tenths;		/* the extension this run grants or asks */
	const char *note;	/* the reason in force (a draft's, approved) */
	char *run_note;		/* owned copy behind note, or NULL */
};

struct apply {
	const struct wf_hooks *h;
	const struct wf_in *in;
	struct wf_out *out;
};

static void
set_text(char **dst, const char *s)
{
	free(*dst);
	*dst = s ? xstrdup(s) : NULL;
}

/* The columns of the dossier a step reads, as row_fill() takes them. */
#define ROW_COLS "id, code, owner_id, agency_id, version," \
	" channel, proc_code, fee_paid, status, resume_status, clock, received_at, due_at," \
	" handover_due_at, handed_over_at, supplemented_at, collected_at," \
	" limit_days_tenths, limit_hours_tenths, extension_tenths, due_explain," \
	" proposal_action, proposal_notice_id, result_file_id, return_method," \
	" post_tracking, refund_due, paper_pending, paper_received_at," \
	" paper_received_how, paper_received_note, first_due_at, base_due_at," \
	" finished_at, timeliness, extensions, proposal_extension_tenths," \
	" due_provisional, fee_amount, fee_charge, pay_when, fee_exempt_reason," \
	" fee_exempt_by, fee_exempt_at"

/* *d from row r (ROW_COLS) */
static void
row_fill(HDF *r, struct wf_dossier *d)
{
	d->id = hdf_ll(r, "id");
	d->owner_id = hdf_ll(r, "owner_id");
	d->agency_id = hdf_ll(r, "agency_id");
	d->version = hdf_ll(r, "version");
	snprintf(d->code, sizeof(d->code), "%s", hdf_get_value(r, "code", ""));
	snprintf(d->proc_code, sizeof(d->proc_code), "%s",
	    hdf_get_value(r, "proc_code", ""));
	snprintf(d->channel, sizeof(d->channel), "%s",
	    hdf_get_value(r, "channel", "online"));
	d->fee_paid = hdf_get_int_value(r, "fee_paid", 0);
	d->status = hdf_get_int_value(r, "status", 0);
	d->resume_status = hdf_get_int_value(r, "resume_status", -1);
	snprintf(d->clock, sizeof(d->clock), "%s", hdf_get_value(r, "clock", "none"));
	d->received_at = cal_hdf_time(r, "received_at");
	d->due_at = cal_hdf_time(r, "due_at");
	d->handover_due_at = cal_hdf_time(r, "handover_due_at");
	d->handed_over_at = cal_hdf_time(r, "handed_over_at");
	d->supplemented_at = cal_hdf_time(r, "supplemented_at");
	d->collected_at = cal_hdf_time(r, "collected_at");
	d->limit_days_tenths = hdf_get_int_value(r, "limit_days_tenths", -1);
	d->limit_hours_tenths = hdf_get_int_value(r, "limit_hours_tenths", -1);
	d->extension_tenths = hdf_get_int_value(r, "extension_tenths", 0);
	set_text(&d->due_explain, hdf_get_value(r, "due_explain", NULL));
	snprintf(d->proposal_action, sizeof(d->proposal_action), "%s",
	    hdf_get_value(r, "proposal_action", ""));
	d->proposal_notice_id = hdf_ll(r, "proposal_notice_id");
	d->result_file_id = hdf_ll(r, "result_file_id");
	snprintf(d->return_method, sizeof(d->return_method), "%s",
	    hdf_get_value(r, "return_method", ""));
	set_text(&d->post_tracking, hdf_get_value(r, "post_tracking", NULL));
	d->refund_due = hdf_get_int_value(r, "refund_due", 0);
	d->paper_pending = hdf_get_int_value(r, "paper_pending", 0);
	d->paper_received_at = cal_hdf_time(r, "paper_received_at");
	snprintf(d->paper_how, sizeof(d->paper_how), "%s",
	    hdf_get_value(r, "paper_received_how", ""));
	set_text(&d->paper_note, hdf_get_value(r, "paper_received_note", NULL));
	d->first_due_at = cal_hdf_time(r, "first_due_at");
	d->base_due_at = cal_hdf_time(r, "base_due_at");
	d->finished_at = cal_hdf_time(r, "finished_at");
	snprintf(d->timeliness, sizeof(d->timeliness), "%s",
	    hdf_get_value(r, "timeliness", ""));
	d->extensions = hdf_get_int_value(r, "extensions", 0);
	d->proposal_extension_tenths = hdf_get_int_value(r,
	    "proposal_extension_tenths", 0);
	d->due_provisional = hdf_get_int_value(r, "due_provisional", 0);
	d->fee_amount = hdf_ll(r, "fee_amount");
	d->fee_charge = hdf_ll(r, "fee_charge");
	snprintf(d->pay_when, sizeof(d->pay_when), "%s",
	    hdf_get_value(r, "pay_when", "acceptance"));
	set_text(&d->fee_exempt_reason, hdf_get_value(r, "fee_exempt_reason", NULL));
	d->fee_exempt_by = hdf_ll(r, "fee_exempt_by");
	d->fee_exempt_at = cal_hdf_time(r, "fee_exempt_at");
}

/* Rows read ahead (wf_ahead_read): each node of h, by code, and whether
 * a step took it. */
struct wf_ahead {
	HDF *h;
	size_t n;
	struct ahead_row {
		const char *code;
		long long id;
		HDF *node;
		int taken;
	} *rows;
};

static int
ahead_cmp(const void *a, const void *b)
{
	return strcmp(((const struct ahead_row *)a)->code, ((const struct ahead_row *)b)->code);
}

int
wf_ahead_read(struct db *db, const char *codes, struct wf_ahead **out)
{
	struct wf_ahead *a = xcalloc(1, sizeof(*a));
	HDF *n;
	int rc;

	*out = a;
	if (hdf_init(&a->h))
		abort();
	/* the codes first (STRAIGHT_JOIN): one lookup of dossier_code each,
	 * so the lock is taken on those rows alone */
	rc = db_rows(db, a->h, "D", "SELECT STRAIGHT_JOIN " ROW_COLS " FROM JSON_TABLE(?, '$[*]'"
	    " COLUMNS (ahead_code VARCHAR(40) PATH '$')) AS j JOIN dossier d"
	    " ON d.code = j.ahead_code FOR UPDATE", DB_STR(codes));
	if (rc <= 0)
		return rc;
	a->rows = xcalloc((size_t)rc, sizeof(*a->rows));
	for (n = hdf_obj_child(hdf_get_obj(a->h, "D")); n && a->n < (size_t)rc; n = hdf_obj_next(n)) {
		a->rows[a->n].code = hdf_get_value(n, "code", "");
		a->rows[a->n].id = hdf_ll(n, "id");
		a->rows[a->n++].node = n;
	}
	qsort(a->rows, a->n, sizeof(*a->rows), ahead_cmp);
	return (int)a->n;
}

int
wf_ahead_get(const struct wf_ahead *a, const char *code, struct wf_ahead_fee *out)
{
	struct ahead_row key, *r;
	HDF *n;

	memset(out, 0, sizeof(*out));
	if (a == NULL || a->n == 0)
		return 0;
	key.code = code;
	if ((r = bsearch(&key, a->rows, a->n, sizeof(*a->rows), ahead_cmp)) == NULL)
		return 0;
	n = r->node;
	out->id = r->id;
	out->agency_id = hdf_ll(n, "agency_id");
	out->status = hdf_get_int_value(n, "status", 0);
	out->owed = hdf_ll(n, "fee_amount") + hdf_ll(n, "fee_charge");
	out->settled = hdf_get_int_value(n, "fee_paid", 0) ||
	    hdf_get_value(n, "fee_exempt_reason", NULL) != NULL;
	return 1;
}

void
wf_ahead_free(struct wf_ahead *a)
{
	if (a == NULL)
		return;
	hdf_destroy(&a->h);
	free(a->rows);
	free(a);
}

/* Reads dossier id under its row lock (which orders everyone acting on
 * it) into *d: the row read ahead for it, the first time (the lock is
 * this transaction's since), else from the table. 1, 0 (none) or a
 * db_rc. */
static int
row_read(struct db *db, long long id, struct wf_ahead *ahead, struct wf_dossier *d)
{
	HDF *h;
	size_t i;
	int rc;

	for (i = 0; ahead && i < ahead->n; i++)
		if (ahead->rows[i].id == id && !ahead->rows[i].taken) {
			ahead->rows[i].taken = 1;
			row_fill(ahead->rows[i].node, d);
			return 1;
		}
	if (hdf_init(&h))
		abort();
	rc = db_row(db, h, "D", "SELECT " ROW_COLS " FROM dossier WHERE id = ? FOR UPDATE",
	    DB_INT(id));
	if (rc == 1)
		row_fill(hdf_get_obj(h, "D"), d);
	hdf_destroy(&h);
	return rc;
}

/* Bound values of the columns as the struct holds them. */
static struct db_param
p_time(long long t, char iso[24])
{
	if (t == 0)
		return DB_NULL;
	cal_format_iso(t, iso, 24);
	return DB_STR(iso);
}

static struct db_param
p_int(long long v, long long null)
{
	return v == null ? DB_NULL : DB_INT(v);
}

static struct db_param
p_name(const char *s)
{
	return *s ? DB_STR(s) : DB_NULL;
}

/* Every change of the due date in force, as the row lock read it
 * against the row written, is one due_change row in the same
 * transaction: who, in which role, the action as the history names it,
 * the old and new dates, and the reason in force if any. Whatever row
 * moved it: written here once, not by each clock effect. */
static int
due_changed(struct db *db, struct wf_run *r)
{
	char o[24], n[24];
	int rc;

	if (r->d.due_at == r->due_was)
		return 0;
	rc = db_exec(db, "INSERT INTO due_change (dossier_id, at, actor_id, actor_role,"
	    " cause, old_due, new_due, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
	    DB_INT(r->d.id), DB_STR(r->now_iso), DB_INT(r->h->user->id),
	    DB_STR(r->t->citizen ? "citizen" : wf_role_name(r->h->user,
	    wf_roles(r->in->action, r->from))), DB_STR(r->t->name),
	    p_time(r->due_was, o), p_time(r->d.due_at, n),
	    DB_STR(r->note && *r->note ? r->note : NULL));
	return rc < 0 ? rc : 0;
}

/* The one write of the dossier row: its new status and every workflow
 * column as the run left it, guarded by the version read under the
 * lock. The unchanged columns are written back as read: one statement
 * literal (no SQL built at run time), and under the lock they cannot
 * have moved. 0, WF_CONFLICT or a db_rc. */
static int
row_write(struct db *db, struct wf_run *r)
{
	const struct wf_dossier *d = &r->d;
	char t[11][24];
	int rc;

	rc = db_exec(db, "UPDATE dossier SET status = ?, version = version + 1,"
	    " updated_at = ?, clock = ?, received_at = ?, limit_days_tenths = ?,"
	    " limit_hours_tenths = ?, extension_tenths = ?, due_at = ?,"
	    " due_explain = ?, handover_due_at = ?, handed_over_at = ?,"
	    " resume_status = ?, supplemented_at = ?, proposal_action = ?,"
	    " proposal_notice_id = ?, result_file_id = ?, return_method = ?,"
	    " post_tracking = ?, collected_at = ?, refund_due = ?,"
	    " paper_received_at = ?, paper_received_how = ?, paper_received_note = ?,"
	    " first_due_at = ?, base_due_at = ?, finished_at = ?, timeliness = ?,"
	    " extensions = ?, proposal_extension_tenths = ?, due_provisional = ?,"
	    " fee_paid = ?, fee_exempt_reason = ?, fee_exempt_by = ?, fee_exempt_at = ?"
	    " WHERE id = ? AND version = ?",
	    DB_INT(r->to), DB_STR(r->now_iso), DB_STR(d->clock),
	    p_time(d->received_at, t[0]), p_int(d->limit_days_tenths, -1),
	    p_int(d->limit_hours_tenths, -1), DB_INT(d->extension_tenths),
	    p_time(d->due_at, t[1]), DB_STR(d->due_explain),
	    p_time(d->handover_due_at, t[2]), p_time(d->handed_over_at, t[3]),
	    p_int(d->resume_status, -1), p_time(d->supplemented_at, t[4]),
	    p_name(d->proposal_action), p_int(d->proposal_notice_id, 0),
	    p_int(d->result_file_id, 0), p_name(d->return_method),
	    DB_STR(d->post_tracking), p_time(d->collected_at, t[5]),
	    DB_INT(d->refund_due), p_time(d->paper_received_at, t[6]),
	    p_name(d->paper_how), DB_STR(d->paper_note), p_time(d->first_due_at, t[7]),
	    p_time(d->base_due_at, t[8]), p_time(d->finished_at, t[9]),
	    p_name(d->timeliness), DB_INT(d->extensions),
	    p_int(d->proposal_extension_tenths, 0), DB_INT(d->due_provisional),
	    DB_INT(d->fee_paid), DB_STR(d->fee_exempt_reason),
	    p_int(d->fee_exempt_by, 0), p_time(d->fee_exempt_at, t[10]),
	    DB_INT(d->id), DB_INT(d->version));
	if (rc < 0)
		return rc;
	/* cannot happen under the row lock; refuse rather than guess */
	if (rc == 0)
		return WF_CONFLICT;
	r->out->version = d->version + 1;
	return due_changed(db, r);
}

/* --- guards: the step within a status -------------------------------------------- */

/* one proposal at a time */
static int
no_proposal(const struct wf_transition *t, const struct wf_state *s)
{
	(void)t;
	return s->pending == NULL;
}

/* the leader decides on the proposal pending: the one t->approves ("*":
 * whichever) */
static int
proposal_pending(const struct wf_transition *t, const struct wf_state *s)
{
	return s->pending && (strcmp(t->approves, "*") == 0 ||
	    strcmp(t->approves, s->pending) == 0);
}

/* a result is collected once */
static int
not_collected(const struct wf_transition *t, const struct wf_state *s)
{
	(void)t;
	return !s->collected;
}

int
wf_startable(int action, int status, const char *pending, int collected,
    const char *clock, int paper, int pay)
{
	const struct wf_transition *t;
	struct wf_state s = { status, pending, collected, clock ? clock : "", paper, pay };

	if ((unsigned)action >= WA__MAX)
		return 0;
	t = &wf_table[action];
	return (t->from & WF_ST(status)) && !wf_paper_blocks(action, paper) &&
	    !wf_pay_blocks(action, pay) && (t->guard == NULL || t->guard(t, &s));
}

static int paper_input_ok(const struct wf_in *in);
static int pay_input_ok(const struct wf_in *in);
static int refund_input_ok(const struct wf_in *in);

/* What the person gave, against what the row declares (enum wf_input). */
static int
inputs_ok(unsigned inputs, const struct wf_in *in)
{
	int reason = in->reason && *in->reason;
	int post = in->method && strcmp(in->method, "post") == 0;

	if ((inputs & WI_REASON) && !reason)
		return 0;
	if ((inputs & WI_DOCS_OR_REASON) && in->ndocs == 0 && !reason)
		return 0;
	if ((inputs & WI_RESULT_FILE) && (in->file_sha256 == NULL ||
	    in->file_mime == NULL || in->file_ext == NULL || in->file_name == NULL))
		return 0;
	if ((inputs & WI_RETURN) && (in->method == NULL || (!post &&
	    strcmp(in->method, "online") != 0 && strcmp(in->method, "counter") != 0) ||
	    (post && (in->tracking == NULL || *in->tracking == '\0'))))
		return 0;
	if ((inputs & WI_EXTENSION) && in->extend_tenths <= 0)
		return 0;
	if ((inputs & WI_PAPER) && !paper_input_ok(in))
		return 0;
	if ((inputs & WI_PAYMENT) && !pay_input_ok(in))
		return 0;
	if ((inputs & WI_REFUND) && !refund_input_ok(in))
		return 0;
	if ((inputs & WI_TRANSFER) && (in->pay_line <= 0 ||
	    (in->reason && utf8_count(in->reason) > 500)))
		return 0;
	return 1;
}

/* --- the clock: one function per enum wf_clock ----------------------------------- */

/* The calendar of this transaction, loaded once. 0 or a db_rc. */
static int
run_cal(struct db *db, struct wf_run *r)
{
	int rc;

	if (!r->have_cal) {
		if ((rc = calendar_ready(db, r->h->cfg, &r->cal)) < 0)
			return rc;
		r->have_cal = 1;
	}
	return 0;
}

/* The engine's due date of the row (received_at, limits, and with_ext:
 * the extensions) with its pauses from dossier_pause, by the calendar of
 * this transaction, into *res; its explanation into explain unless
 * NULL. 0, CAL_PAUSED or a db_rc. */
static int
engine_due(struct db *db, struct wf_run *r, int with_ext, struct cal_result *res,
    struct buf *explain)
{
	struct cal_input in;
	struct cal_extension ext;
	struct cal_pause *p = NULL;
	HDF *h, *c;
	size_t np = 0, i;
	int rc;

	if ((rc = run_cal(db, r)) < 0)
		return rc;
	memset(&in, 0, sizeof(in));
	in.received = r->d.received_at;
	in.limit.days_tenths = r->d.limit_days_tenths > 0 ? r->d.limit_days_tenths : 0;
	in.limit.hours_tenths = r->d.limit_hours_tenths > 0 ? r->d.limit_hours_tenths : 0;
	memset(&ext, 0, sizeof(ext));
	ext.add.days_tenths = r->d.extension_tenths;
	if (with_ext && ext.add.days_tenths > 0) {
		in.ext = &ext;
		in.next = 1;
	}
	if (hdf_init(&h))
		abort();
	rc = db_rows(db, h, "P", "SELECT from_at, to_at FROM dossier_pause WHERE"
	    " dossier_id = ? ORDER BY from_at, id", DB_INT(r->d.id));
	if (rc < 0) {
		hdf_destroy(&h);
		return rc;
	}
	p = xcalloc((size_t)rc + 1, sizeof(*p));
	for (c = hdf_obj_child(hdf_get_obj(h, "P")); c; c = hdf_obj_next(c)) {
		p[np].from = cal_hdf_time(c, "from_at");
		p[np].to = hdf_get_value(c, "to_at", NULL) ? cal_hdf_time(c, "to_at") : CAL_OPEN;
		/* a pause before the clock started changes nothing */
		if (p[np].to != CAL_OPEN && p[np].to <= in.received)
			continue;
		if (p[np].from < in.received)
			p[np].from = in.received;
		np++;
	}
	hdf_destroy(&h);
	for (i = 1; i < np; i++)
		if (p[i].from < p[i - 1].to && p[i - 1].to != CAL_OPEN)
			p[i].from = p[i - 1].to;
	in.pauses = p;
	in.npauses = np;
	rc = cal_due(&r->cal, &in, res, explain);
	free(p);
	if (rc < 0)
		return DB_ERR;	/* limits the engine refuses: a data error */
	return rc;
}

/* The due date in force (extensions included) and the one by the
 * statistics' rule (the same count without them: base_due_at), with
 * the explanation, onto the row and for the notice. While a pause is
 * open both stay as they were (never cleared). 0 or a db_rc. */
static int
compute_due(struct db *db, struct wf_run *r)
{
	struct cal_result res, base;
	int rc;

	buf_reset(&r->explain);
	if ((rc = engine_due(db, r, 1, &res, &r->explain)) < 0)
		return rc;
	if (rc == CAL_PAUSED || res.due == 0)
		return 0;
	r->due = r->d.due_at = res.due;
	r->d.due_provisional = res.provisional != 0;
	set_text(&r->d.due_explain, buf_str(&r->explain));
	if (r->d.extension_tenths > 0) {
		if ((rc = engine_due(db, r, 0, &base, NULL)) < 0)
			return rc;
		r->d.base_due_at = rc == CAL_PAUSED ? r->d.base_due_at : base.due;
	} else
		r->d.base_due_at = res.due;
	return 0;
}

/* Closes the pause open, if any. */
static int
pause_close(struct db *db, struct wf_run *r)
{
	int rc = db_exec(db, "UPDATE dossier_pause SET to_at = ? WHERE dossier_id = ?"
	    " AND to_at IS NULL", DB_STR(r->now_iso), DB_INT(r->d.id));

	return rc < 0 ? rc : 0;
}

/* The procedure's channel (proc_channel.channel) a dossier came by: its
 * time limit and fee are that channel's. */
static const char *
proc_channel(const struct wf_dossier *d)
{
	if (strcmp(d->channel, "counter") == 0)
		return "in_person";
	return strcmp(d->channel, "post") == 0 ? "post" : "online";
}

/* received: the limit of the procedure's channel the dossier came by
 * copied (a re-imported catalogue does not move a deadline), the due
 * date, and Article 14's half working day to hand it to the specialists */
static int
clock_start(struct db *db, struct wf_run *r)
{
	struct cal_span lim;
	struct cal_input hin;
	struct cal_result hres;
	HDF *p;
	int rc;

	if (hdf_init(&p))
		abort();
	rc = calendar_proc_limit(db, r->d.proc_code, proc_channel(&r->d), &lim, p, "L");
	hdf_destroy(&p);
	if (rc < 0)
		return rc;
	if (rc == 0)
		memset(&lim, 0, sizeof(lim));	/* no limit known: same day */
	r->d.received_at = r->now;
	r->d.limit_days_tenths = (int)lim.days_tenths;
	r->d.limit_hours_tenths = (int)lim.hours_tenths;
	snprintf(r->d.clock, sizeof(r->d.clock), "running");
	if ((rc = compute_due(db, r)) < 0)
		return rc;
	/* the date Form 01 promises: kept as it was, whatever comes after */
	if (r->d.first_due_at == 0)
		r->d.first_due_at = r->d.due_at;
	memset(&hin, 0, sizeof(hin));
	hin.received = r->now;
	hin.limit.days_tenths = 5;
	r->d.handover_due_at = cal_due(&r->cal, &hin, &hres, NULL) == 0 ? hres.due : 0;
	return 0;
}

/* waiting for the citizen: a pause opens if the clock runs (before
 * reception it has not started); the status to come back to is kept */
static int
clock_stop(struct db *db, struct wf_run *r)
{
	int rc;

	if (strcmp(r->d.clock, "running") == 0) {
		if ((rc = db_exec(db, "INSERT INTO dossier_pause (dossier_id, from_at)"
		    " VALUES (?, ?)", DB_INT(r->d.id), DB_STR(r->now_iso))) < 0)
			return rc;
		/* the due date stays: the pages say the clock is paused */
		snprintf(r->d.clock, sizeof(r->d.clock), "paused");
	}
	r->d.resume_status = r->from;
	return 0;
}

/* the citizen answered: the pause closes and the due date is computed
 * anew (the paused time not counted) */
static int
clock_resume(struct db *db, struct wf_run *r)
{
	int rc;

	if ((rc = pause_close(db, r)) < 0)
		return rc;
	if (strcmp(r->d.clock, "paused") == 0) {
		snprintf(r->d.clock, sizeof(r->d.clock), "running");
		if ((rc = compute_due(db, r)) < 0)
			return rc;
	}
	r->d.resume_status = -1;
	return 0;
}

/* Early, on time or late (docs/workflow.md, "Due dates, early, on time,
 * late"): decided once, for a dossier settled with a result, from when
 * it was settled against the due date by the statistics' rule (base_due_at:
 * the procedure's time counted from reception, moved by the citizen's
 * pauses, never by an extension). A row from before migration 013
 * without it: the engine counts it now. 0 or a db_rc. */
static int
classify(struct db *db, struct wf_run *r)
{
	struct cal_result base;
	long long t = r->d.finished_at, due;
	int rc;

	if (r->d.timeliness[0] || r->d.received_at == 0)
		return 0;
	if (r->d.base_due_at == 0) {
		if ((rc = engine_due(db, r, 0, &base, NULL)) < 0)
			return rc;
		r->d.base_due_at = rc == CAL_PAUSED ? 0 : base.due;
	}
	if ((due = r->d.base_due_at) == 0)
		return 0;
	snprintf(r->d.timeliness, sizeof(r->d.timeliness), "%s",
	    cal_day_of(t) < cal_day_of(due) ? "early" : t <= due ? "on_time" : "late");
	return 0;
}

/* a final state: the clock no longer runs; the handling ended now (set
 * once), and a result is classified. The due dates stay: the pages say
 * it is finished. */
static int
clock_end(struct db *db, struct wf_run *r)
{
	int rc;

	if ((rc = pause_close(db, r)) < 0)
		return rc;
	snprintf(r->d.clock, sizeof(r->d.clock), "done");
	if (r->d.finished_at == 0)
		r->d.finished_at = r->now;
	return r->to == DS_DONE ? classify(db, r) : 0;
}

/* the engine counts the extension the approval added (cal_extension) */
static int
clock_extend(struct db *db, struct wf_run *r)
{
	return compute_due(db, r);
}

static int (*const clocks[WC__MAX])(struct db *, struct wf_run *) = {
	[WC_NONE] = NULL, [WC_START] = clock_start, [WC_STOP] = clock_stop,
	[WC_RESUME] = clock_resume, [WC_END] = clock_end, [WC_EXTEND] = clock_extend,
};
_Static_assert(sizeof(clocks) / sizeof(clocks[0]) == WC__MAX,
    "every clock effect has its function");

/* --- what goes out: notices and mail --------------------------------------------- */

/* Mails the dossier's owner kind Lang.Mail.<kind>, with data's
 * Notice/Due/Items/Return if any: to the account's address, or for a
 * dossier received at the counter or by post whose applicant has no
 * account, to the address reception entered (none: the notice is
 * printed and handed over or posted). 0 or a db_rc. */
static int
notify(struct db *db, struct wf_run *r, HDF *data, const char *kind)
{
	const struct wf_hooks *h = r->h;
	HDF *acct;
	int rc;

	if (h->mail == NULL)
		return 0;
	if (hdf_init(&acct))
		abort();
	rc = db_row(db, acct, "A", "SELECT IF(a.id IS NULL, d.applicant_email, a.email)"
	    " AS email, IF(a.id IS NULL, d.applicant_name, a.full_name) AS full_name"
	    " FROM dossier d LEFT JOIN account a ON a.id = d.owner_id WHERE d.id = ?",
	    DB_INT(r->d.id));
	if (rc == 1 && hdf_get_value(acct, "A.email", NULL)) {
		struct buf link = BUF_INIT;

		hdf_set_value(data, "Mail.Name", hdf_get_value(acct, "A.full_name", ""));
		hdf_set_value(data, "Mail.Code", r->d.code);
		hdf_copy(data, "Mail.Dossier", hdf_get_obj(data, "Dossier"));
		if (hdf_get_obj(data, "Notice"))
			hdf_copy(data, "Mail.Notice", hdf_get_obj(data, "Notice"));
		if (hdf_get_obj(data, "Due"))
			hdf_copy(data, "Mail.Due", hdf_get_obj(data, "Due"));
		if (hdf_get_obj(data, "Items"))
			hdf_copy(data, "Mail.Items", hdf_get_obj(data, "Items"));
		if (hdf_get_obj(data, "Return"))
			hdf_copy(data, "Mail.Return", hdf_get_obj(data, "Return"));
		buf_printf(&link, "%s/ho-so/%s", h->cfg->base_url, r->d.code);
		hdf_set_value(data, "Mail.Link", buf_str(&link));
		buf_free(&link);
		rc = h->mail(h->ctx, db, data, kind, hdf_get_value(acct, "A.email", ""));
	}
	hdf_destroy(&acct);
	return rc > 0 ? 0 : rc;
}

/* Tenths of a working day in words' digits: "3", "2,5" (Vietnamese
 * decimal comma), into buf. */
static const char *
tenths_text(int tenths, char *buf, size_t cap)
{
	if (tenths % 10)
		snprintf(buf, cap, "%d,%d", tenths / 10, tenths % 10);
	else
		snprintf(buf, cap, "%d", tenths / 10);
	return buf;
}

/* A specialist's draft of the row's form: unnumbered, unrendered,
 * unsent, with its reason; the leader's approval sends it. */
static int
draft_notice(struct db *db, struct wf_run *r, long long *notice_id)
{
	enum wf_form f = r->t->form;
	int y, mo, d, rc;

	cal_civil(cal_day_of(r->now), &y, &mo, &d);
	rc = db_exec(db, "INSERT INTO notice (dossier_id, agency_id, year, form, kind,"
	    " profile, status, reason, created_by) VALUES (?, ?, ?, ?, ?, ?, 'draft', ?, ?)",
	    DB_INT(r->d.id), DB_INT(r->d.agency_id), DB_INT(y),
	    DB_STR(wf_form(r->profile, f)->number), DB_STR(wf_form_kind(f)),
	    DB_STR(wf_profiles[r->profile].name),
	    DB_STR(r->in->reason && *r->in->reason ? r->in->reason : NULL),
	    DB_INT(r->h->user->id));
	if (rc < 0)
		return rc;
	*notice_id = db_insert_id(db);
	return 0;
}

/* What a notice of the row's form shows, beside the dossier as written
 * (dossier_load after row_write): Notice.* (number n of year y, the
 * form as the profile in force numbers and names it), Due.*, and what
 * its form lists (Papers and Fee, Items). 0 or a db_rc. */
static int
notice_data(struct db *db, struct wf_run *r, const char *reason, long long n, HDF *data)
{
	const struct wf_transition *t = r->t;
	const struct wf_profile_def *prof = &wf_profiles[r->profile];
	const struct wf_form_def *form = wf_form(r->profile, t->form);
	struct buf text = BUF_INIT;
	char tmp[24];
	int y, mo, d, rc;

	if ((rc = dossier_load(db, r->d.id, data, "Dossier")) < 0)
		return rc;
	cal_civil(cal_day_of(r->now), &y, &mo, &d);
	hdf_set_value(data, "Notice.form", form->number);
	hdf_set_value(data, "Notice.kind", wf_form_kind(t->form));
	hdf_set_value(data, "Notice.title", form->title);
	hdf_set_value(data, "Notice.profile", prof->name);
	hdf_set_value(data, "Notice.circular", prof->circular);
	hdf_set_int_value(data, "Notice.number", (int)n);
	hdf_set_int_value(data, "Notice.year", y);
	hdf_set_int_value(data, "Notice.day", d);
	hdf_set_int_value(data, "Notice.month", mo);
	cal_format_vi(&text, r->now);
	hdf_set_value(data, "Notice.at", buf_str(&text));
	if (reason && *reason)
		hdf_set_value(data, "Notice.reason", reason);
	/* Form 04: the extension granted, the date Form 01 promised and the
	 * one it replaces */
	if (t->form == NF_APOLOGY && r->ext_tenths > 0) {
		hdf_set_value(data, "Notice.extend_days",
		    tenths_text(r->ext_tenths, tmp, sizeof(tmp)));
		buf_reset(&text);
		cal_format_vi(&text, r->d.first_due_at);
		hdf_set_value(data, "Due.first", buf_str(&text));
		buf_reset(&text);
		cal_format_vi(&text, r->due_was);
		hdf_set_value(data, "Due.before", buf_str(&text));
	}
	if (r->from == DS_WITHDRAWING)
		hdf_set_value(data, "Notice.withdrawn", "1");
	if (t->refund && r->d.refund_due)
		hdf_set_value(data, "Notice.refund", "1");
	if (r->due) {
		buf_reset(&text);
		cal_format_vi(&text, r->due);
		hdf_set_value(data, "Due.at", buf_str(&text));
		hdf_set_value(data, "Due.explain", buf_str(&r->explain));
	}
	buf_free(&text);
	/* reception's receipt: papers to bring to compare with the
	 * originals, and the fee; a supplement request: what to add */
	if (t->form == NF_RECEIPT && ((rc = db_rows(db, data, "Papers", "SELECT name,"
	    " originals FROM dossier_doc WHERE dossier_id = ? AND originals > 0"
	    " ORDER BY seq, id", DB_INT(r->d.id))) < 0 || (rc = db_row(db, data, "Fee",
	    "SELECT c.fee, c.charge, c.fee_note FROM proc p JOIN proc_channel c ON"
	    " c.proc_id = p.id AND c.channel = ? WHERE p.code = ?",
	    DB_STR(proc_channel(&r->d)), DB_STR(r->d.proc_code))) < 0))
		return rc;
	if (t->form == NF_SUPPLEMENT && (rc = db_rows(db, data, "Items", "SELECT name FROM"
	    " dossier_doc WHERE dossier_id = ? AND supplement = 1 ORDER BY seq, id",
	    DB_INT(r->d.id))) < 0)
		return rc;
	return 0;
}

/* The notice of the row's form, numbered (per agency and year),
 * rendered, kept with its SHA-256 and mailed: a new one, or
 * (r->draft_id) the specialist's draft, approved by this user. */
static int
make_notice(struct db *db, struct wf_run *r, const char *reason)
{
	const struct wf_hooks *h = r->h;
	const struct wf_transition *t = r->t;
	const struct wf_form_def *form = wf_form(r->profile, t->form);
	const char *profile = wf_profiles[r->profile].name;
	struct buf html = BUF_INIT;
	unsigned char md[32];
	char hex[65], key[32];
	long long n;
	int y, mo, d, rc;
	HDF *data;

	cal_civil(cal_day_of(r->now), &y, &mo, &d);
	rc = db_exec(db, "INSERT INTO notice_seq (agency_id, year, n) VALUES (?, ?,"
	    " LAST_INSERT_ID(1)) ON DUPLICATE KEY UPDATE n = LAST_INSERT_ID(n + 1)",
	    DB_INT(r->d.agency_id), DB_INT(y));
	if (rc < 0)
		return rc;
	n = db_insert_id(db);
	if (hdf_init(&data))
		abort();
	if ((rc = notice_data(db, r, reason, n, data)) < 0)
		goto out;
	if (h->render == NULL || form->tpl == NULL ||
	    h->render(h->ctx, form->tpl, data, &html) != 0) {
		rc = DB_ERR;
		goto out;
	}
	sha256(buf_str(&html), html.len, md);
	hex_encode(md, sizeof(md), hex);
	if (r->draft_id) {
		/* approved: the leader's name on it, sent at once (the
		 * leader's approval is the decision; docs/workflow.md) */
		rc = db_exec(db, "UPDATE notice SET year = ?, number = ?, form = ?,"
		    " profile = ?, status = 'sent', html = ?, sha256 = ?, approved_by = ?,"
		    " approved_at = ?, sent_at = ? WHERE id = ? AND status = 'draft'",
		    DB_INT(y), DB_INT(n), DB_STR(form->number), DB_STR(profile),
		    DB_STR(buf_str(&html)), DB_STR(hex), DB_INT(h->user->id),
		    DB_STR(r->now_iso), DB_STR(r->now_iso), DB_INT(r->draft_id));
		if (rc == 0)
			rc = DB_ERR;	/* the draft vanished under the row lock */
	} else {
		rc = db_exec(db, "INSERT INTO notice (dossier_id, agency_id, year, number,"
		    " form, kind, profile, status, reason, html, sha256, created_by,"
		    " created_at, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'sent', ?, ?, ?, ?,"
		    " ?, ?)", DB_INT(r->d.id), DB_INT(r->d.agency_id), DB_INT(y), DB_INT(n),
		    DB_STR(form->number), DB_STR(wf_form_kind(t->form)), DB_STR(profile),
		    DB_STR(reason), DB_STR(buf_str(&html)), DB_STR(hex),
		    DB_INT(h->user->id), DB_STR(r->now_iso), DB_STR(r->now_iso));
	}
	if (rc < 0)
		goto out;
	r->notice_id = r->draft_id ? r->draft_id : db_insert_id(db);
	/* the mail: the notice's facts and the link to read it in full;
	 * its subject is the notice's title (Mail.Subject) */
	snprintf(key, sizeof(key), "Notice_%s", wf_form_kind(t->form));
	hdf_set_value(data, "Mail.Subject", form->title);
	rc = notify(db, r, data, key);
out:
	hdf_destroy(&data);
	buf_free(&html);
	return rc < 0 ? rc : 0;
}

/* The row's notice, if it sends one now (a proposal's is a draft, made
 * by its effect); the approved draft carries the reason the specialist
 * wrote, as the leader read it. */
static int
send_notice(struct db *db, struct wf_run *r)
{
	HDF *dr = NULL;
	const char *reason = r->in->reason;
	int rc;

	if (r->t->form == NF_NONE || r->t->proposes)
		return 0;
	if (r->draft_id) {
		if (hdf_init(&dr))
			abort();
		if ((rc = db_row(db, dr, "N", "SELECT reason FROM notice WHERE id = ?",
		    DB_INT(r->draft_id))) < 0) {
			hdf_destroy(&dr);
			return rc;
		}
		reason = hdf_get_value(dr, "N.reason", NULL);
	}
	rc = make_notice(db, r, reason);
	hdf_destroy(&dr);
	r->out->notice_id = r->notice_id;
	return rc;
}

/* The row's plain mail, for a step without a form (the result is ready,
 * returned, withdrawn). */
static int
send_mail(struct db *db, struct wf_run *r)
{
	HDF *data;
	int rc;

	if (r->t->mail == NULL)
		return 0;
	if (hdf_init(&data))
		abort();
	if ((rc = dossier_load(db, r->d.id, data, "Dossier")) >= 0) {
		if ((r->t->inputs & WI_RETURN) && r->in->method)
			hdf_set_value(data, "Return.method", r->in->method);
		if ((r->t->inputs & WI_RETURN) && r->in->tracking)
			hdf_set_value(data, "Return.tracking", r->in->tracking);
		rc = notify(db, r, data, r->t->mail);
	}
	hdf_destroy(&data);
	return rc < 0 ? rc : 0;
}

/* --- effects: what an action does beside status, clock and notice ---------------- */

/* Deletes the draft notice of the proposal pending, if any. */
static int
drop_draft(struct db *db, struct wf_run *r)
{
	int rc;

	if (r->d.proposal_notice_id == 0)
		return 0;
	rc = db_exec(db, "DELETE FROM notice WHERE id = ? AND status = 'draft'",
	    DB_INT(r->d.proposal_notice_id));
	return rc < 0 ? rc : 0;
}

static void
proposal_clear(struct wf_run *r)
{
	r->d.proposal_action[0] = '\0';
	r->d.proposal_notice_id = 0;
	r->d.proposal_extension_tenths = 0;
}

/* No document of the dossier named for a supplement any more. */
static int
docs_clear(struct db *db, struct wf_run *r)
{
	int rc = db_exec(db, "UPDATE dossier_doc SET supplement = 0 WHERE"
	    " dossier_id = ?", DB_INT(r->d.id));

	return rc < 0 ? rc : 0;
}

/* the documents to supplement (Form 02 lists them, the citizen may add
 * files to these only); one of another dossier is bad input, and nothing
 * happens */
static int
fx_name_docs(struct db *db, struct wf_run *r)
{
	size_t i;
	int rc;

	if ((rc = docs_clear(db, r)) < 0)
		return rc;
	for (i = 0; i < r->in->ndocs; i++) {
		rc = db_exec(db, "UPDATE dossier_doc SET supplement = 1 WHERE"
		    " id = ? AND dossier_id = ?", DB_INT(r->in->docs[i]), DB_INT(r->d.id));
		if (rc < 0)
			return rc;
		if (rc == 0)
			return WF_BAD_INPUT;
	}
	return 0;
}

/* to the specialist department: Article 14's hand-over is done */
static int
fx_hand_over(struct db *db, struct wf_run *r)
{
	(void)db;
	r->d.handed_over_at = r->now;
	return 0;
}

/* the citizen supplemented: the request is answered, and reception sees
 * it marked in its queue */
static int
fx_supplemented(struct db *db, struct wf_run *r)
{
	char at[24];
	long long due;
	int rc;

	r->d.supplemented_at = r->now;
	/* it waits for reception again: late to receive from its own time
	 * (the queue's order; row_write leaves the column alone) */
	if ((rc = run_cal(db, r)) < 0)
		return rc;
	if ((due = checks_reception_due(&r->cal, r->h->cfg, r->now)) > 0) {
		cal_format_iso(due, at, sizeof(at));
		if ((rc = db_exec(db, "UPDATE dossier SET reception_due_at = ? WHERE id = ?",
		    DB_STR(at), DB_INT(r->d.id))) < 0)
			return rc;
	}
	return docs_clear(db, r);
}

/* the specialist's proposal waits for the leader, with its draft notice
 * (unnumbered, unsent) when it proposes one */
static int
fx_propose(struct db *db, struct wf_run *r)
{
	long long id = 0;
	int rc;

	if (r->t->form != NF_NONE && (rc = draft_notice(db, r, &id)) < 0)
		return rc;
	snprintf(r->d.proposal_action, sizeof(r->d.proposal_action), "%s",
	    r->t->proposes);
	r->d.proposal_notice_id = id;
	return 0;
}

static int
fx_propose_docs(struct db *db, struct wf_run *r)
{
	int rc = fx_name_docs(db, r);

	return rc != 0 ? rc : fx_propose(db, r);
}

/* the result document, already in the store, linked to the dossier */
static int
fx_propose_result(struct db *db, struct wf_run *r)
{
	const struct wf_in *in = r->in;
	int rc;

	rc = db_exec(db, "INSERT INTO dossier_file (dossier_id, doc_id, sha256,"
	    " size, mime, ext, name, is_result) VALUES (?, NULL, ?, ?, ?, ?, ?, 1)",
	    DB_INT(r->d.id), DB_STR(in->file_sha256), DB_INT(in->file_size),
	    DB_STR(in->file_mime), DB_STR(in->file_ext), DB_STR(in->file_name));
	if (rc < 0)
		return rc;
	r->d.result_file_id = db_insert_id(db);
	return fx_propose(db, r);
}

/* the leader approves the proposal pending: its draft, if any, is the
 * notice send_notice sends */
static int
fx_approve(struct db *db, struct wf_run *r)
{
	(void)db;
	r->draft_id = r->d.proposal_notice_id;
	proposal_clear(r);
	return 0;
}

/* the draft goes back: never numbered, never sent; what it named (the
 * documents, the result file) is undone */
static int
fx_return_draft(struct db *db, struct wf_run *r)
{
	int rc;

	if ((rc = drop_draft(db, r)) < 0)
		return rc;
	if (strcmp(r->d.proposal_action, "supplement") == 0 &&
	    (rc = docs_clear(db, r)) < 0)
		return rc;
	if (strcmp(r->d.proposal_action, "result") == 0)
		r->d.result_file_id = 0;
	proposal_clear(r);
	return 0;
}

/* a decision of its own: a proposal pending is moot, its draft never
 * sent */
static int
fx_drop_proposal(struct db *db, struct wf_run *r)
{
	int rc;

	if ((rc = drop_draft(db, r)) < 0)
		return rc;
	proposal_clear(r);
	return 0;
}

static int
fx_deliver(struct db *db, struct wf_run *r)
{
	int post = strcmp(r->in->method, "post") == 0;

	(void)db;
	snprintf(r->d.return_method, sizeof(r->d.return_method), "%s", r->in->method);
	set_text(&r->d.post_tracking, post ? r->in->tracking : NULL);
	return 0;
}

static int
fx_collect(struct db *db, struct wf_run *r)
{
	(void)db;
	r->d.collected_at = r->now;
	return 0;
}


/* --- extensions under control (issue 13) ------------------------------------------ */

/* one proposal at a time, while the clock runs */
static int
extension_proposable(const struct wf_transition *t, const struct wf_state *s)
{
	return no_proposal(t, s) && strcmp(s->clock, "running") == 0;
}

/* the leader decides on an extension proposed, while the clock runs */
static int
extension_pending(const struct wf_transition *t, const struct wf_state *s)
{
	return proposal_pending(t, s) && strcmp(s->clock, "running") == 0;
}

/* What the rule leaves of a dossier's extensions: how many were granted
 * and may be (Deadline.MaxExtensions), the working time granted and the
 * procedure's own (the engine's budget for its limit counted from
 * reception: a same-day procedure's is the rest of its day), and whether
 * a province admin waived both. */
struct ext_room {
	int count, max, waiver;
	long long used, limit;	/* working seconds */
	long day;		/* working seconds of a day */
};

static int
ext_room(struct db *db, const struct config *cfg, const struct calendar *cal,
    long long id, int count, int ext_tenths, long long received, int days_tenths,
    int hours_tenths, struct ext_room *x)
{
	struct cal_input in;
	struct cal_result res;
	struct cal_span used = { ext_tenths, 0 };
	long long n = 0;
	int rc;

	memset(x, 0, sizeof(*x));
	x->count = count;
	x->max = cfg ? (int)cfg_int(cfg, "Deadline.MaxExtensions") : 1;
	if ((rc = db_int(db, &n, "SELECT COUNT(*) FROM extension_waiver WHERE"
	    " dossier_id = ?", DB_INT(id))) < 0)
		return rc;
	x->waiver = n > 0;
	x->day = cal_day_length(cal);
	x->used = cal_span_seconds(cal, &used);
	memset(&in, 0, sizeof(in));
	in.received = received;
	in.limit.days_tenths = days_tenths > 0 ? days_tenths : 0;
	in.limit.hours_tenths = hours_tenths > 0 ? hours_tenths : 0;
	x->limit = received && cal_due(cal, &in, &res, NULL) == 0 ? res.budget : 0;
	return 0;
}

/* May ask tenths more: 0, or the wf_result with out->why. */
static int
ext_allowed(struct wf_run *r, const struct ext_room *x, int tenths)
{
	struct cal_span add = { tenths, 0 };

	if (x->waiver)
		return 0;
	if (x->count >= x->max) {
		r->out->why = WF_WHY_EXT_MAX;
		return WF_WRONG_STATUS;
	}
	if (x->used + cal_span_seconds(&r->cal, &add) > x->limit) {
		r->out->why = WF_WHY_EXT_LONG;
		return WF_BAD_INPUT;
	}
	return 0;
}

/* The limits against this run's row, asking tenths more. */
static int
ext_check(struct db *db, struct wf_run *r, int tenths)
{
	struct ext_room x;
	int rc;

	if ((rc = run_cal(db, r)) < 0 || (rc = ext_room(db, r->h->cfg, &r->cal, r->d.id,
	    r->d.extensions, r->d.extension_tenths, r->d.received_at,
	    r->d.limit_days_tenths, r->d.limit_hours_tenths, &x)) < 0)
		return rc;
	return ext_allowed(r, &x, tenths);
}

/* the officer holding the dossier asks: the limits, then the Form 04
 * draft with the reason, and the days asked kept for the leader */
static int
fx_propose_extension(struct db *db, struct wf_run *r)
{
	int rc;

	if ((rc = ext_check(db, r, r->in->extend_tenths)) != 0 ||
	    (rc = fx_propose(db, r)) != 0)
		return rc;
	r->d.proposal_extension_tenths = r->in->extend_tenths;
	return 0;
}

/* the leader approves: the limits again (the rule in force now), then
 * the extension counted (the clock computes the new date), its draft
 * sent, the reason on the due date's history */
static int
fx_approve_extension(struct db *db, struct wf_run *r)
{
	HDF *h;
	int rc, tenths = r->d.proposal_extension_tenths;

	if (tenths <= 0)
		return WF_WRONG_STATUS;	/* a proposal without its days: none */
	if ((rc = ext_check(db, r, tenths)) != 0)
		return rc;
	if (hdf_init(&h))
		abort();
	rc = db_row(db, h, "N", "SELECT reason FROM notice WHERE id = ?",
	    DB_INT(r->d.proposal_notice_id));
	if (rc == 1)
		r->note = r->run_note = xstrdup(hdf_get_value(h, "N.reason", ""));
	hdf_destroy(&h);
	if (rc < 0)
		return rc;
	r->ext_tenths = tenths;
	r->d.extension_tenths += tenths;
	r->d.extensions++;
	return fx_approve(db, r);
}

int
wf_extension_info(struct db *db, const struct config *cfg, long long id,
    HDF *hdf, const char *prefix)
{
	const struct calendar *cal;
	struct ext_room x;
	struct buf b = BUF_INIT;
	HDF *h, *d, *out;
	char tmp[24];
	long long room;
	int rc;

	if (hdf_init(&h))
		abort();
	rc = db_row(db, h, "D", "SELECT extensions, extension_tenths, received_at,"
	    " limit_days_tenths, limit_hours_tenths, proposal_extension_tenths"
	    " FROM dossier WHERE id = ?", DB_INT(id));
	if (rc <= 0) {
		hdf_destroy(&h);
		return rc < 0 ? rc : 0;
	}
	/* the page's calendar (calendar_view): the rows check with their
	 * transaction's own */
	if ((rc = calendar_view(db, cfg, &cal)) < 0) {
		hdf_destroy(&h);
		return rc;
	}
	d = hdf_get_obj(h, "D");
	rc = ext_room(db, cfg, cal, id, hdf_get_int_value(d, "extensions", 0),
	    hdf_get_int_value(d, "extension_tenths", 0), cal_hdf_time(d, "received_at"),
	    hdf_get_int_value(d, "limit_days_tenths", 0),
	    hdf_get_int_value(d, "limit_hours_tenths", 0), &x);
	if (rc == 0) {
		if (hdf_get_node(hdf, prefix, &out) != STATUS_OK)
			abort();
		hdf_set_int_value(out, "count", x.count);
		hdf_set_int_value(out, "max", x.max);
		hdf_set_int_value(out, "waiver", x.waiver);
		hdf_set_value(out, "used", tenths_text(hdf_get_int_value(d,
		    "extension_tenths", 0), tmp, sizeof(tmp)));
		if (hdf_get_int_value(d, "proposal_extension_tenths", 0) > 0)
			hdf_set_value(out, "asked", tenths_text(hdf_get_int_value(d,
			    "proposal_extension_tenths", 0), tmp, sizeof(tmp)));
		cal_format_span(cal, &b, x.limit);
		hdf_set_value(out, "limit", buf_str(&b));
		/* whole days: the form asks for working days */
		room = x.waiver ? 60 : x.count >= x.max || x.day <= 0 ? 0 :
		    (x.limit - x.used) / x.day;
		hdf_set_int_value(out, "room", (int)(room > 60 ? 60 : room < 0 ? 0 : room));
		hdf_set_int_value(out, "can", room > 0);
	}
	buf_free(&b);
	hdf_destroy(&h);
	return rc;
}

/* --- the pipeline ---------------------------------------------------------------- */

const char *
wf_role_name(const struct user *u, unsigned roles)
{
	int r;

	if (u->kind != UK_STAFF)
		return "citizen";
	for (r = 0; r < ROLE__MAX; r++)
		if ((roles & R(r)) && (u->roles & R(r)))
			return role_names[r];
	return "staff";
}

int
wf_record(struct db *db, const struct wf_hooks *h, const struct wf_step *s)
{
	char audit[64];
	int rc;

	/* the history is read by the pages after the step, never in its
	 * transaction: sent at the commit, an import's many rows at once
	 * (the trigger report_event then reads the dossier as the step left
	 * it: the dates it counts are written once) */
	rc = db_exec_later(db, "INSERT INTO dossier_event (dossier_id, at, action,"
	    " status_from, status_to, actor_id, actor_role, agency_id, note,"
	    " notice_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	    DB_INT(s->dossier_id), DB_STR(s->at), DB_STR(s->action), DB_INT(s->from),
	    DB_INT(s->to), DB_INT(h->user->id), DB_STR(s->role), DB_INT(s->agency_id),
	    DB_STR(s->note), s->notice_id ? DB_INT(s->notice_id) : DB_NULL);
	if (rc < 0 || h->audit == NULL)
		return rc < 0 ? rc : 0;
	snprintf(audit, sizeof(audit), "dossier.%s", s->action);
	rc = h->audit(h->ctx, db, audit, s->dossier_id, s->owner_id, s->detail);
	return rc < 0 ? rc : 0;
}

int
wf_handover(struct db *db, const struct wf_hooks *h, const struct wf_move *m)
{
	struct wf_run r;
	struct wf_step st;
	HDF *row, *data;
	int rc, status;

	memset(&r, 0, sizeof(r));
	r.h = h;
	if (hdf_init(&row))
		abort();
	rc = db_row(db, row, "R", "SELECT id, code, owner_id, agency_id, status, version"
	    " FROM dossier WHERE id = ? FOR UPDATE", DB_INT(m->dossier_id));
	if (rc <= 0) {
		hdf_destroy(&row);
		return rc == 0 ? WF_NOT_FOUND : rc;
	}
	r.d.id = m->dossier_id;
	r.d.owner_id = hdf_ll(row, "R.owner_id");
	r.d.agency_id = hdf_ll(row, "R.agency_id");
	r.d.version = hdf_ll(row, "R.version");
	snprintf(r.d.code, sizeof(r.d.code), "%s", hdf_get_value(row, "R.code", ""));
	status = hdf_get_int_value(row, "R.status", -1);
	hdf_destroy(&row);
	if (r.d.agency_id != m->from_agency || status < 0 ||
	    !(m->from & WF_ST(status)))
		return WF_WRONG_STATUS;
	if (m->version >= 0 && m->version != r.d.version)
		return WF_CONFLICT;
	r.now = cal_now();
	cal_format_iso(r.now, r.now_iso, sizeof(r.now_iso));
	/* the agency alone: code, status, clock and due dates are the
	 * citizen's promise and stay */
	rc = db_exec(db, "UPDATE dossier SET agency_id = ?, version = version + 1,"
	    " updated_at = ? WHERE id = ?", DB_INT(m->to_agency), DB_STR(r.now_iso),
	    DB_INT(r.d.id));
	if (rc < 0)
		return rc;
	memset(&st, 0, sizeof(st));
	st.dossier_id = r.d.id;
	st.owner_id = r.d.owner_id;
	st.at = r.now_iso;
	st.action = m->action;
	st.from = st.to = status;
	st.role = wf_role_name(h->user, h->user->roles);
	st.agency_id = m->from_agency;
	st.note = m->note;
	st.detail = m->note;
	if ((rc = wf_record(db, h, &st)) < 0 || m->mail == NULL)
		return rc < 0 ? rc : 0;
	if (hdf_init(&data))
		abort();
	/* read after the write: the mail names the agency that holds it now */
	if ((rc = dossier_load(db, r.d.id, data, "Dossier")) >= 0) {
		if (m->note)
			hdf_set_value(data, "Mail.Reason", m->note);
		rc = notify(db, &r, data, m->mail);
	}
	hdf_destroy(&data);
	return rc < 0 ? rc : 0;
}

/* Access: may this person take the row's action on the dossier found
 * (found: row_read's answer)? access_object() alone decides; an officer
 * never acts as the citizen. A refusal that concerns a dossier is
 * recorded. 0, WF_FORBIDDEN, WF_NOT_FOUND or a db_rc. */
static int
check_access(struct db *db, struct wf_run *r, int found)
{
	const struct wf_hooks *h = r->h;
	struct access_object o;
	int access, rc;

	memset(&o, 0, sizeof(o));
	o.type = OBJ_DOSSIER;
	o.owner_id = r->d.owner_id;
	o.agency_id = r->d.agency_id;
	o.draft = r->d.status == DS_DRAFT;
	o.roles = wf_roles(r->in->action, r->d.status);
	access = access_object(h->user, r->t->citizen ? ACT_CHANGE : ACT_PROCESS, &o,
	    found);
	if (access == 0 && r->t->citizen && h->user->kind == UK_STAFF)
		access = 404;
	if (access == 0)
		return 0;
	if (o.owner_id && h->audit && (rc = h->audit(h->ctx, db, "dossier.denied",
	    r->in->dossier_id, o.owner_id, r->t->name)) < 0)
		return rc;
	return access == 403 ? WF_FORBIDDEN : WF_NOT_FOUND;
}

/* The version the page showed is not the dossier's: the same person's
 * same action posted again was done (WF_ALREADY); else someone acted
 * since the page was shown and, whatever the status now, the officer
 * must look again (WF_CONFLICT). */
static int
posted_again(struct db *db, struct wf_run *r)
{
	HDF *ev;
	int rc, already;

	if (hdf_init(&ev))
		abort();
	rc = db_row(db, ev, "E", "SELECT action, actor_id FROM dossier_event"
	    " WHERE dossier_id = ? ORDER BY id DESC LIMIT 1", DB_INT(r->d.id));
	already = rc == 1 && r->from == r->to && hdf_ll(ev, "E.actor_id") ==
	    r->h->user->id && strcmp(hdf_get_value(ev, "E.action", ""), r->t->name) == 0;
	hdf_destroy(&ev);
	if (rc < 0)
		return rc;
	return already ? WF_ALREADY : WF_CONFLICT;
}

/* Guard: when. The version the page showed, the status and the step in
 * it (wf_startable: the row's from and guard, and the paper copy a
 * paper_first row waits for: WF_WAIT_PAPER), the inputs the row
 * declares. 0, a wf_result or a db_rc. */
static int
check_guard(struct db *db, struct wf_run *r)
{
	int paper = wf_paper(r->h->cfg, r->d.paper_pending, r->d.paper_received_at != 0);
	int pay = wf_pay(r->d.pay_when, r->d.fee_amount + r->d.fee_charge,
	    r->d.fee_paid, r->d.fee_exempt_reason != NULL, r->d.refund_due);

	if (r->in->version >= 0 && r->in->version != r->d.version)
		return posted_again(db, r);
	if (!wf_startable(r->in->action, r->from, r->d.proposal_action[0] ?
	    r->d.proposal_action : NULL, r->d.collected_at != 0, r->d.clock, paper, pay)) {
		if (!(r->t->from & WF_ST(r->from)))
			return WF_WRONG_STATUS;
		return wf_paper_blocks(r->in->action, paper) ? WF_WAIT_PAPER :
		    wf_pay_blocks(r->in->action, pay) ? WF_WAIT_PAYMENT : WF_WRONG_STATUS;
	}
	if (!inputs_ok(r->t->inputs, r->in)) {
		if (r->t->inputs & WI_EXTENSION)
			r->out->why = WF_WHY_EXT_INPUT;
		if (r->t->inputs & WI_PAYMENT)
			r->out->why = WF_WHY_PAY_INPUT;
		return WF_BAD_INPUT;
	}
	return 0;
}

/* The history event (with the reason, and how the result was returned)
 * and its audit record. */
static int
record(struct db *db, struct wf_run *r)
{
	const struct wf_in *in = r->in;
	struct wf_step st;
	struct buf note = BUF_INIT;
	char detail[96];
	int rc;

	/* the reason in force: the person's, or the proposal's approved */
	if (r->note && *r->note)
		buf_adds(&note, r->note);
	if (r->t->inputs & WI_RETURN) {
		buf_printf(&note, "%s%s", note.len ? " – " : "", in->method);
		if (strcmp(in->method, "post") == 0)
			buf_printf(&note, " %s", in->tracking);
	}
	/* the refund's reference: the citizen finds the transfer by it */
	if (r->t->inputs & WI_REFUND)
		buf_printf(&note, "%s%s", note.len ? " – " : "", in->refund_ref);
	snprintf(detail, sizeof(detail), "%s %d->%d", r->d.code, r->from, r->to);
	/* what reception recorded of the paper copy: how and the day */
	if (r->t->inputs & WI_PAPER)
		snprintf(detail + strlen(detail), sizeof(detail) - strlen(detail),
		    " paper %s %s", in->paper_how, in->paper_day);
	memset(&st, 0, sizeof(st));
	st.dossier_id = r->d.id;
	st.owner_id = r->d.owner_id;
	st.at = r->now_iso;
	st.action = r->t->name;
	st.from = r->from;
	st.to = r->to;
	st.role = r->t->citizen ? "citizen" : wf_role_name(r->h->user, r->t->roles);
	st.agency_id = r->d.agency_id;
	st.note = note.len ? buf_str(&note) : NULL;
	st.notice_id = r->notice_id;
	st.detail = detail;
	rc = wf_record(db, r->h, &st);
	buf_free(&note);
	return rc;
}

/* The action on the locked row: effect, refund and clock change the
 * copy; one write; then the notice or plain mail, the history and the
 * audit record. 0, a wf_result (rolls back) or a db_rc. */
static int
act(struct db *db, struct wf_run *r)
{
	const struct wf_transition *t = r->t;
	int rc;

	/* one profile for everything this transition sends */
	if (t->form != NF_NONE && (rc = wf_profile(db, r->h->cfg, &r->profile)) < 0)
		return rc;
	if (t->effect && (rc = t->effect(db, r)) != 0)
		return rc;
	/* Article 8.2 refunds what the agency fails to deliver, not the
	 * citizen's own withdrawal */
	if (t->refund && r->from != DS_WITHDRAWING)
		r->d.refund_due = r->d.fee_paid;
	if (clocks[t->clock] && (rc = clocks[t->clock](db, r)) != 0)
		return rc;
	if ((rc = row_write(db, r)) != 0 || (rc = send_notice(db, r)) != 0 ||
	    (rc = send_mail(db, r)) != 0)
		return rc;
	return record(db, r);
}

/* lock → access → guard → act, in the transaction db_tx runs it in
 * (again from the start after a deadlock) */
static int
apply_tx(struct db *db, void *ctx)
{
	struct apply *a = ctx;
	struct wf_run r;
	int rc;

	memset(a->out, 0, sizeof(*a->out));
	memset(&r, 0, sizeof(r));
	r.h = a->h;
	r.in = a->in;
	r.out = a->out;
	r.t = &wf_table[a->in->action];
	r.now = cal_now();
	cal_format_iso(r.now, r.now_iso, sizeof(r.now_iso));
	r.profile = WP_2018;
	r.note = a->in->reason;
	rc = row_read(db, a->in->dossier_id, a->in->ahead, &r.d);
	r.due_was = r.d.due_at;
	if (rc >= 0)
		rc = check_access(db, &r, rc);
	if (rc == 0) {
		r.from = r.d.status;
		r.to = r.t->to == WF_TO_RESUME ? (r.d.resume_status >= 0 ?
		    r.d.resume_status : DS_NEW) : r.t->to == WF_TO_SAME ? r.from : r.t->to;
		snprintf(r.out->code, sizeof(r.out->code), "%s", r.d.code);
		r.out->owner_id = r.d.owner_id;
		r.out->from = r.from;
		r.out->to = r.to;
		r.out->version = r.d.version;
		rc = check_guard(db, &r);
	}
	if (rc > 0) {
		/* refused before anything changed; committed, so a refusal's
		 * audit record stays */
		r.out->result = rc;
		rc = 0;
	} else if (rc == 0 && (rc = act(db, &r)) > 0) {
		r.out->result = rc;
		rc = WF_ROLLBACK;
	}
	if (r.have_cal)
		cal_free(&r.cal);
	free(r.d.due_explain);
	free(r.d.post_tracking);
	free(r.d.paper_note);
	free(r.d.fee_exempt_reason);
	free(r.run_note);
	buf_free(&r.explain);
	return rc;
}

int
wf_apply(struct db *db, const struct wf_hooks *h, const struct wf_in *in,
    struct wf_out *out)
{
	struct apply a = { h, in, out };
	int rc;

	memset(out, 0, sizeof(*out));
	if ((unsigned)in->action >= WA__MAX || h->user == NULL) {
		out->result = WF_NOT_FOUND;
		return 0;
	}
	rc = db_tx(db, apply_tx, &a);
	if (rc == WF_ROLLBACK)
		return 0;	/* rolled back on purpose; out->result says why */
	return rc;
}

/* --- for pages ------------------------------------------------------------------- */

int
wf_clock_info(struct db *db, const struct config *cfg, HDF *row,
    long long now, HDF *hdf, const char *prefix, int en)
{
	void (*format)(struct buf *, long long) = en ? cal_format_en : cal_format_vi;
	const struct calendar *cal;
	struct buf b = BUF_INIT;
	const char *state = hdf_get_value(row, "clock", "none");
	HDF *c;
	long long due, first, finished, ho, handed;
	int rc;

	if (hdf_get_node(hdf, prefix, &c) != STATUS_OK)
		abort();
	hdf_set_value(c, "state", state);
	if ((rc = calendar_view(db, cfg, &cal)) < 0)
		return rc;
	due = cal_hdf_time(row, "due_at");
	if (due) {
		format(&b, due);
		hdf_set_value(c, "due", buf_str(&b));
		buf_reset(&b);
		hdf_set_value(c, "explain", hdf_get_value(row, "due_explain", ""));
		/* a paused or finished dossier keeps its date, but is
		 * neither on time nor late by it */
		if (strcmp(state, "running") == 0) {
			cal_time_left(cal, now, due, c);
			if (en) {
				long mins = cal_working_minutes_between(cal, now, due);

				cal_format_span_en(cal, &b, (mins < 0 ? -mins : mins) * 60LL);
				hdf_set_value(c, "left_text", buf_str(&b));
				buf_reset(&b);
			}
		}
	}
	/* an extension moved it: the date Form 01 promised beside it */
	first = cal_hdf_time(row, "first_due_at");
	if (first && due && first != due) {
		format(&b, first);
		hdf_set_value(c, "first_due", buf_str(&b));
		buf_reset(&b);
	}
	hdf_set_value(c, "extensions", hdf_get_value(row, "extensions", "0"));
	finished = cal_hdf_time(row, "finished_at");
	if (finished) {
		format(&b, finished);
		hdf_set_value(c, "finished", buf_str(&b));
		buf_reset(&b);
	}
	if (hdf_get_value(row, "timeliness", NULL))
		hdf_set_value(c, "timeliness", hdf_get_value(row, "timeliness", ""));
	ho = cal_hdf_time(row, "handover_due_at");
	handed = cal_hdf_time(row, "handed_over_at");
	if (ho) {
		format(&b, ho);
		hdf_set_value(c, "handover_due", buf_str(&b));
		buf_reset(&b);
		if ((handed ? handed : now) > ho)
			hdf_set_value(c, "handover_late", "1");
	}
	if (handed) {
		format(&b, handed);
		hdf_set_value(c, "handed_over", buf_str(&b));
	}
	buf_free(&b);
	return 0;
}

int
wf_proposal_reason(struct db *db, long long id, HDF *hdf, const char *name)
{
	return db_row(db, hdf, name, "SELECT n.reason FROM dossier d JOIN notice n"
	    " ON n.id = d.proposal_notice_id WHERE d.id = ?", DB_INT(id));
}

int
wf_notices(struct db *db, long long id, HDF *hdf, const char *prefix)
{
	HDF *n;
	int rc;

	rc = db_rows(db, hdf, prefix, "SELECT id, form, kind, profile, number, year,"
	    " status, sha256, reason, DATE_FORMAT(sent_at, '%H:%i %d/%m/%Y') AS sent FROM notice"
	    " WHERE dossier_id = ? AND status = 'sent' ORDER BY id", DB_INT(id));
	/* each under the title of the profile it was sent under; its number
	 * (form) is the one it was sent with */
	for (n = rc > 0 ? hdf_obj_child(hdf_get_obj(hdf, prefix)) : NULL; n;
	    n = hdf_obj_next(n))
		hdf_set_value(n, "title", wf_form(wf_profile_by_name(hdf_get_value(n,
		    "profile", NULL)), wf_form_by_kind(hdf_get_value(n, "kind", NULL)))->title);
	return rc;
}

int
wf_notice_get(struct db *db, long long dossier_id, long long notice_id,
    HDF *hdf, const char *prefix)
{
	return db_row(db, hdf, prefix, "SELECT id, dossier_id, form, number, year,"
	    " html, sha256 FROM notice WHERE id = ? AND (? = 0 OR dossier_id = ?)"
	    " AND status = 'sent'", DB_INT(notice_id), DB_INT(dossier_id),
	    DB_INT(dossier_id));
}

int
wf_check_put(struct db *db, long long id, long long doc_id, int ok,
    long long by)
{
	int rc = db_exec(db, "INSERT INTO dossier_check (dossier_id, doc_id, ok,"
	    " checked_by, checked_at) SELECT ?, d.id, ?, ?, NOW() FROM dossier_doc d"
	    " WHERE d.id = ? AND d.dossier_id = ? ON DUPLICATE KEY UPDATE"
	    " ok = VALUES(ok), checked_by = VALUES(checked_by), checked_at = NOW()",
	    DB_INT(id), DB_INT(ok ? 1 : 0), DB_INT(by), DB_INT(doc_id), DB_INT(id));

	return rc < 0 ? rc : 0;
}

int
wf_worklist(struct db *db, const struct config *cfg, long long agency,
    int which, long long now, HDF *hdf, const char *prefix)
{
	const struct calendar *cal;
	HDF *c;
	int rc, n;

#define WL_COLS "SELECT d.id, d.code, d.proc_code, d.proc_name, d.status," \
	" d.applicant_name, d.version, d.proposal_action, d.return_method," \
	" d.post_tracking, DATE_FORMAT(d.submitted_at, '%H:%i %d/%m/%Y')" \
	" AS submitted, d.due_at, d.clock" CHECKS_SQL_MARKS " FROM dossier d WHERE d.agency_id = ? AND "
#define WL_ORDER " ORDER BY d.due_at IS NULL, d.due_at, d.submitted_at, d.id LIMIT 200"
	/* the specialist's: in processing, nothing proposed yet; the
	 * leader's: a proposal or a withdrawal waits; reception's: results to return, or
	 * returned at the counter or by post and not yet collected */
	if (which == 's')
		n = db_rows(db, hdf, prefix, WL_COLS "d.status = 4 AND"
		    " d.proposal_action IS NULL" WL_ORDER, DB_INT(agency));
	else if (which == 'l')
		/* the leader's: proposals (an extension's from reception
		 * too), and the citizens' withdrawal
		 * requests (7), which only the leader's stop confirms */
		n = db_rows(db, hdf, prefix, WL_COLS "((d.status IN (2, 4) AND"
		    " d.proposal_action IS NOT NULL) OR d.status = 7)" WL_ORDER,
		    DB_INT(agency));
	else
		n = db_rows(db, hdf, prefix, WL_COLS "(d.status = 9 OR (d.status = 10"
		    " AND d.collected_at IS NULL AND d.return_method <> 'online'))"
		    WL_ORDER, DB_INT(agency));
#undef WL_COLS
#undef WL_ORDER
	if (n <= 0)
		return n;
	if ((rc = calendar_view(db, cfg, &cal)) < 0)
		return rc;
	/* the time left while the clock runs: a result to return, a
	 * withdrawal to confirm keep their date but are past it */
	for (c = hdf_obj_child(hdf_get_obj(hdf, prefix)); c; c = hdf_obj_next(c)) {
		long long t = cal_hdf_time(c, "due_at");

		if (t && strcmp(hdf_get_value(c, "clock", ""), "running") == 0)
			cal_time_left(cal, now, t, c);
	}
	return n;
}

/* --- the paper copy of level 4 (Article 7.2) ------------------------------------- */

int
wf_paper(const struct config *cfg, int pending, int arrived)
{
	int p = 0;

	if (pending && !arrived)
		p |= WF_PAPER_AWAITED;
	if (cfg == NULL || cfg_int(cfg, "Paper.ReturnBeforeArrival") == 0)
		p |= WF_PAPER_FIRST;
	return p;
}

int
wf_paper_blocks(int action, int paper)
{
	return (unsigned)action < WA__MAX && wf_table[action].paper_first &&
	    (paper & WF_PAPER_AWAITED) && (paper & WF_PAPER_FIRST);
}

const char *
wf_paper_day_check(long day, long long submitted, long long now)
{
	if (day > cal_day_of(now))
		return "paper_day_future";
	if (day < cal_day_of(submitted))
		return "paper_day_before";
	return NULL;
}

/* the arrival is recorded once, while it is awaited */
static int
paper_awaited(const struct wf_transition *t, const struct wf_state *s)
{
	(void)t;
	return (s->paper & WF_PAPER_AWAITED) != 0;
}

/* The inputs' shape (inputs_ok): a real day, how, a note of at most 500
 * characters (the column's). The day against the submission is the
 * effect's, which reads it under the lock. */
static int
paper_input_ok(const struct wf_in *in)
{
	const unsigned char *p;
	long day;
	size_t chars = 0;

	if (in->paper_day == NULL || cal_parse_date(in->paper_day, &day) != 0 ||
	    in->paper_how == NULL || (strcmp(in->paper_how, "post") != 0 &&
	    strcmp(in->paper_how, "counter") != 0))
		return 0;
	for (p = (const unsigned char *)(in->paper_note ? in->paper_note : ""); *p; p++)
		chars += (*p & 0xC0) != 0x80;
	return chars <= 500;
}

/* the day it arrived (its midnight: the day is what reception knows),
 * how, and the note, on the row; a day in the future or before the
 * dossier was submitted is bad input, and nothing changes */
static int
fx_paper_received(struct db *db, struct wf_run *r)
{
	long long submitted = 0;
	long day;
	HDF *h;
	int rc;

	if (hdf_init(&h))
		abort();
	rc = db_row(db, h, "D", "SELECT submitted_at FROM dossier WHERE id = ?",
	    DB_INT(r->d.id));
	if (rc == 1)
		submitted = cal_hdf_time(h, "D.submitted_at");
	hdf_destroy(&h);
	if (rc < 0)
		return rc;
	if (cal_parse_date(r->in->paper_day, &day) != 0 ||
	    wf_paper_day_check(day, submitted, r->now) != NULL)
		return WF_BAD_INPUT;
	r->d.paper_received_at = (long long)day * 86400;
	snprintf(r->d.paper_how, sizeof(r->d.paper_how), "%s", r->in->paper_how);
	set_text(&r->d.paper_note, r->in->paper_note && *r->in->paper_note ?
	    r->in->paper_note : NULL);
	return 0;
}

/* --- fees (issue 14) ------------------------------------------------------------- */

int
wf_pay(const char *pay_when, long long owed, int paid, int exempt, int refund_due)
{
	if (paid && refund_due)
		return PAY_REFUND;
	if (owed <= 0 || paid || exempt)
		return PAY_NONE;
	if (pay_when && strcmp(pay_when, "submission") == 0)
		return PAY_SUBMISSION;
	if (pay_when && strcmp(pay_when, "return") == 0)
		return PAY_RETURN;
	return PAY_ACCEPTANCE;
}

int
wf_pay_blocks(int action, int pay)
{
	return (unsigned)action < WA__MAX && wf_table[action].pay_at != PAY_NONE &&
	    pay != PAY_NONE && pay <= wf_table[action].pay_at;
}

/* paid or exempted once, while owed */
static int
fee_owed(const struct wf_transition *t, const struct wf_state *s)
{
	(void)t;
	return s->pay != PAY_NONE && s->pay != PAY_REFUND;
}

/* refunded once, while owed back */
static int
refund_owed(const struct wf_transition *t, const struct wf_state *s)
{
	(void)t;
	return s->pay == PAY_REFUND;
}

/* The inputs' shape: a real day and a reference of 1 to 60 characters
 * (the column's). The day against the payment's is the effect's. */
static int
refund_input_ok(const struct wf_in *in)
{
	long day;

	return in->refund_day && cal_parse_date(in->refund_day, &day) == 0 &&
	    in->refund_ref && *in->refund_ref && utf8_count(in->refund_ref) <= 60;
}

/* The refund of the dossier's paid payment (the latest: one is paid at
 * most), on the day reception gives, which is neither after today nor
 * before the payment (else bad input, WF_WHY_REFUND_DAY, nothing
 * changes); its history row (the officer its source, the reference its
 * note). Nothing is owed back any more. */
static int
fx_refund(struct db *db, struct wf_run *r)
{
	long long pid, paid_at;
	long day;
	HDF *h;
	int rc;

	if (hdf_init(&h))
		abort();
	rc = db_row(db, h, "P", "SELECT id, paid_at FROM payment WHERE dossier_id = ?"
	    " AND state = 'paid' ORDER BY id DESC LIMIT 1 FOR UPDATE", DB_INT(r->d.id));
	pid = hdf_ll(h, "P.id");
	paid_at = cal_hdf_time(h, "P.paid_at");
	hdf_destroy(&h);
	if (rc < 0)
		return rc;
	if (rc == 0)
		return WF_WRONG_STATUS;	/* refund_due without a payment: none to refund */
	if (cal_parse_date(r->in->refund_day, &day) != 0 ||
	    (long long)day * 86400 > r->now || (long long)(day + 1) * 86400 <= paid_at) {
		r->out->why = WF_WHY_REFUND_DAY;
		return WF_BAD_INPUT;
	}
	rc = db_exec(db, "UPDATE payment SET state = 'refunded', refund_on = ?, refund_ref = ?,"
	    " refund_by = ?, refunded_at = ? WHERE id = ?", DB_STR(r->in->refund_day),
	    DB_STR(r->in->refund_ref), DB_INT(r->h->user->id), DB_STR(r->now_iso), DB_INT(pid));
	if (rc >= 0)
		rc = payment_event_add(db, pid, "paid", "refunded", "officer", r->h->user->id,
		    r->in->refund_ref, r->now_iso);
	if (rc < 0)
		return rc;
	r->d.refund_due = 0;
	return 0;
}

/* The inputs' shape: an amount, the receipt's number (the column's 40
 * characters), one of the means. The amount against what is owed is the
 * effect's, under the lock. */
static int
pay_input_ok(const struct wf_in *in)
{
	return in->pay_amount > 0 && in->pay_amount <= 1000000000000LL &&
	    in->pay_receipt && *in->pay_receipt && utf8_count(in->pay_receipt) <= 40 &&
	    in->pay_means && (strcmp(in->pay_means, "cash") == 0 ||
	    strcmp(in->pay_means, "card") == 0 || strcmp(in->pay_means, "transfer") == 0) &&
	    (in->reason == NULL || utf8_count(in->reason) <= 500);
}

/* A payment received, paid now: its row (method, means, amount against
 * what is owed, the receipt's number, the officer's reason if any), its
 * history row (source: where it was recorded from, note), the dossier
 * paid; its id into *pid. Another amount than the one owed needs the
 * officer's reason: without it, bad input (why said) and nothing is
 * written. 0, WF_BAD_INPUT or a db_rc. The counter's and the transfer's
 * one way to record a payment. */
static int
pay_paid(struct db *db, struct wf_run *r, const char *method, const char *means,
    long long amount, const char *receipt, const char *source, const char *note,
    long long *pid)
{
	const struct wf_in *in = r->in;
	long long owed = r->d.fee_amount + r->d.fee_charge, seq;
	int reason = in->reason && *in->reason;
	int rc, year;

	if (amount != owed && !reason) {
		r->out->why = WF_WHY_PAY_REASON;
		return WF_BAD_INPUT;
	}
	/* its e-receipt's number, written with it */
	if ((rc = payment_receipt_take(db, r->d.agency_id, r->now, &year, &seq)) < 0)
		return rc;
	rc = db_exec(db, "INSERT INTO payment (dossier_id, agency_id, method, means, state,"
	    " amount, owed, receipt_no, reason, created_by, created_at, paid_at, receipt_year,"
	    " receipt_seq) VALUES (?, ?, ?, ?, 'paid', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
	    DB_INT(r->d.id), DB_INT(r->d.agency_id), DB_STR(method), DB_STR(means),
	    DB_INT(amount), DB_INT(owed), DB_STR(receipt),
	    DB_STR(reason ? in->reason : NULL), DB_INT(r->h->user->id),
	    DB_STR(r->now_iso), DB_STR(r->now_iso), DB_INT(year), DB_INT(seq));
	if (rc < 0)
		return rc;
	*pid = db_insert_id(db);
	rc = payment_event_add(db, *pid, NULL, "paid", source, r->h->user->id, note,
	    r->now_iso);
	if (rc < 0)
		return rc;
	r->d.fee_paid = 1;
	return 0;
}

/* The payment at the counter, paid, with its history row (the officer
 * its source); the dossier paid. */
static int
fx_pay_counter(struct db *db, struct wf_run *r)
{
	const struct wf_in *in = r->in;
	long long pid;

	return pay_paid(db, r, "counter", in->pay_means, in->pay_amount, in->pay_receipt,
	    "officer", in->reason && *in->reason ? in->reason : NULL, &pid);
}

/* The exemption, with its reason (the history's note), who and when. */
static int
fx_fee_exempt(struct db *db, struct wf_run *r)
{
	(void)db;
	if (utf8_count(r->in->reason) > 500)
		return WF_BAD_INPUT;
	set_text(&r->d.fee_exempt_reason, r->in->reason);
	r->d.fee_exempt_by = r->h->user->id;
	r->d.fee_exempt_at = r->now;
	return 0;
}

/* The payment by transfer, paid, from a line of the agency's statement
 * locked here (still waiting: never two payments from one line), with
 * its history row (the statement its source, the officer who imported or
 * assigned it); the line settled: "paid" by the import (no why yet),
 * "assigned" by the officer (it had waited). The line's amount against
 * what is owed as at the counter: another needs the officer's reason. */
static int
fx_pay_transfer(struct db *db, struct wf_run *r)
{
	const struct wf_in *in = r->in;
	int reason = in->reason && *in->reason;
	long long pid = 0, amount;
	const char *ref;
	char receipt[41];
	HDF *h;
	int rc;

	if (hdf_init(&h))
		abort();
	if (in->pay_amount > 0) {
		/* the import's own line, inserted in this transaction (no one
		 * else sees it before the commit): its amount and reference
		 * as the import read them, nothing to read again */
		amount = in->pay_amount;
		ref = in->pay_receipt;
		rc = 1;
	} else {
		rc = db_row(db, h, "L", "SELECT amount, bank_ref FROM statement_line"
		    " WHERE id = ? AND agency_id = ? AND state = 'waiting' FOR UPDATE",
		    DB_INT(in->pay_line), DB_INT(r->d.agency_id));
		amount = hdf_ll(h, "L.amount");
		ref = hdf_get_value(h, "L.bank_ref", NULL);
	}
	if (rc <= 0) {
		hdf_destroy(&h);
		r->out->why = WF_WHY_PAY_LINE;
		return rc < 0 ? rc : WF_BAD_INPUT;
	}
	/* the receipt's number is the bank's reference, cut to its column */
	snprintf(receipt, sizeof(receipt), "%s", ref ? ref : "");
	utf8_truncate_bytes(receipt, 40);
	rc = pay_paid(db, r, "transfer", "transfer", amount, ref ? receipt : NULL, "statement",
	    reason ? in->reason : ref, &pid);
	/* the line settled at the commit (nothing reads it before): an
	 * import's lines in one bulk execution */
	if (rc == 0)
		rc = db_exec_later(db, "UPDATE statement_line SET state = IF(why IS NULL, 'paid',"
		    " 'assigned'), dossier_id = ?, payment_id = ?, settled_by = ?,"
		    " settled_at = ?, note = ? WHERE id = ?", DB_INT(r->d.id), DB_INT(pid),
		    DB_INT(r->h->user->id), DB_STR(r->now_iso), DB_STR(reason ? in->reason : NULL),
		    DB_INT(in->pay_line));
	hdf_destroy(&h);
	/* 0, WF_BAD_INPUT (pay_paid's) or a db_rc */
	return rc;
}
