/* The transition table driven row by row (STYLE.md habit 16), against the
 * test stack's database. Generated from wf_table, not from a list of
 * cases: every row, whatever its number, is found, reached and tried.
 *
 * Dossiers are brought where a row starts the way people bring them
 * there: a citizen's draft made, filled and submitted through the domain
 * functions the citizen's pages call, then wf_apply() with an officer of
 * the role each step needs. The procedure is level 4 and the files are
 * not signed, so every dossier awaits its paper copy (Article 7.2) until
 * reception records it: the search finds each state with the copy
 * awaited and arrived, and the result's return waiting for it
 * (WF_WAIT_PAPER, with Paper.ReturnBeforeArrival = 0 as the test
 * instance has it). Which statuses and steps exist is found by
 * searching the graph of the table from "submitted" (breadth first, each
 * state with the shortest path to it); a fresh dossier replays that path.
 *
 * Then, for every row and every state it starts from: each allowed role
 * succeeds (status, version, clock, notice or mail, history event, audit
 * record, proposal and refund as the row says; the due dates kept, every
 * change of the due date one due_change row, the first due date never
 * moved, the end of the handling and the classification of a result
 * written once); every other role of the
 * agency, another agency's officer, and the citizen on an officer's row
 * (an officer or another citizen on the citizen's) are refused and the
 * refusal is audited; in every other state the row is a 409
 * (WF_WRONG_STATUS); each input kind the row declares, left out, is
 * WF_BAD_INPUT; two officers posting the same version at once give one
 * WF_DONE, one WF_CONFLICT or WF_ALREADY and one history event.
 *
 * A row that starts from a status the search does not reach, or declares
 * an input kind fill() does not know, fails here: a new row without its
 * way to be driven fails the suite. The test's own accounts and dossiers
 * are deleted at the end; the demo agencies and procedure are only read.
 * tests/http/office_transitions.test.mjs runs it. TAP. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/log.h"
#include "core/request.h"
#include "core/util.h"
#include "domain/account.h"
#include "domain/audit.h"
#include "domain/calendar.h"
#include "domain/dossier.h"
#include "domain/person.h"
#include "domain/session.h"
#include "domain/statement.h"
#include "domain/workflow.h"
#include "../unit/tap.h"
#include "dbtest.h"

/* level 4, online, at the lead agency alone; a case without
 * documents of its own; its fee due before the return (pay_when
 * "return" in the demo catalogue), so that the fee may be owed in every
 * status the fee's rows start from */
#define PROC "2.000488"
#define CASE "ca-nhan"
#define AGENCY "000.00.09.H34"
#define OTHER_AGENCY "000.00.06.H34"
#define STATES_MAX 256	/* 46 with the paper copy, more with the fee
			 * owed; room for more rows */
#define STEPS_MAX 16

/* The input kinds fill() knows. A new kind fails the build here until
 * fill() is taught it; a row declaring a kind outside fails the run. */
#define KNOWN_INPUTS (WI_REASON | WI_DOCS_OR_REASON | WI_RESULT_FILE | WI_RETURN | \
	WI_EXTENSION | WI_PAPER | WI_PAYMENT | WI_TRANSFER | WI_REFUND)
_Static_assert(WI__ALL == KNOWN_INPUTS, "fill() fills every input kind");

/* Someone who acts, and what the hooks saw of it. */
struct actor {
	struct user u;
	const char *label;	/* in the test's lines */
	int owner;		/* the dossiers' citizen: supplements with files */
	const struct config *cfg;
	char mail[40];		/* the kind of the last mail, "" none */
	int mails;
};

/* A place in the graph: a status and the step in it (what the guards
 * read), the status a supplement returns to, and how to get there. */
struct state {
	int status, resume, collected;
	int paper;			/* wf_paper's bits */
	int pay;			/* wf_pay's: the fee owed, when */
	char pending[33], clock[8];
	int path[STEPS_MAX], npath;	/* actions from "submitted" */
	long long specimen;		/* a dossier standing here: the refusals */
	long long version, events;	/* of the specimen, which never moves */
};

/* What the test reads of a dossier after an action (SQL only reads). */
struct snap {
	int status, resume, collected, refund_due, fee_paid, extension, extensions;
	int paper_pending, paper_arrived;
	char paper_how[8];
	/* the fee (issue 14): wf_pay of the row, and payments recorded */
	int pay;
	long long payments, refunds;
	long long version, events, sent, drafts, open_pauses, proposal_notice;
	char pending[33], clock[8], due_at[24], received[24], handover_due[24];
	/* figures that hold (issue 13) */
	char first_due[24], base_due[24], finished[24], timeliness[8];
	long long due_changes;
	char last_cause[33], last_old[24], last_new[24];
};

struct world {
	const struct config *cfg;
	struct db *db;
	struct actor owner, stranger;		/* the dossiers' citizen, another */
	struct actor staff[ROLE__MAX][2];	/* of the agency: one role each, two */
	struct actor outsider;			/* another agency's, every working role */
	long long accounts[ROLE__MAX * 2 + 4];
	int naccounts, seq;
	struct state states[STATES_MAX];
	int nstates;
	long long draft;			/* a draft of the owner's */
};

/* --- the hooks a responder would give: the real audit record, a simple
 * render, the mail noted ------------------------------------------------------ */

static int
hook_audit(void *ctx, struct db *db, const char *action, long long id, long long owner,
    const char *detail)
{
	struct actor *a = ctx;
	struct audit_event ev;

	memset(&ev, 0, sizeof(ev));
	ev.actor_id = a->u.id;
	ev.actor_kind = user_kind_name(a->u.kind);
	ev.action = action;
	ev.object_type = "dossier";
	ev.object_id = id;
	ev.owner_id = owner;
	ev.agency_id = a->u.agency_id;
	ev.detail = detail;
	return audit_write(db, a->cfg, &ev);
}

static int
hook_render(void *ctx, const char *tpl, HDF *data, struct buf *out)
{
	(void)ctx;
	buf_printf(out, "<h1>%s</h1><p>%s %s/%s %s</p>", hdf_get_value(data, "Notice.title", ""),
	    tpl, hdf_get_value(data, "Notice.number", ""), hdf_get_value(data, "Notice.year", ""),
	    hdf_get_value(data, "Dossier.D.code", ""));
	return 0;
}

static int
hook_mail(void *ctx, struct db *db, HDF *data, const char *kind, const char *to)
{
	struct actor *a = ctx;

	(void)db;
	(void)data;
	(void)to;
	snprintf(a->mail, sizeof(a->mail), "%s", kind);
	a->mails++;
	return 0;
}

static void
hooks(struct wf_hooks *h, struct actor *a)
{
	memset(h, 0, sizeof(*h));
	h->cfg = a->cfg;
	h->user = &a->u;
	h->ctx = a;
	h->audit = hook_audit;
	h->render = hook_render;
	h->mail = hook_mail;
}

/* --- people ------------------------------------------------------------------- */

/* A citizen registered and confirmed as the account pages do it. */
static int
citizen(struct world *w, struct actor *a, const char *label, int n)
{
	struct registration r;
	char token[LINK_TOKEN_LEN + 1], idn[16], phone[16], email[64];
	unsigned u = (unsigned)(getpid() % 10000000) * 10 + (unsigned)n;
	long long id = 0;

	/* unique to this run: 12 digits of ID, 10 of phone */
	snprintf(idn, sizeof(idn), "0791%08u", u % 100000000);
	snprintf(phone, sizeof(phone), "09%08u", u % 100000000);
	snprintf(email, sizeof(email), "wf%d-%d@kiemthu.invalid", (int)getpid(), n);
	memset(&r, 0, sizeof(r));
	r.full_name = label;
	r.id_number = idn;
	r.birth_date = "1990-01-01";
	r.phone = phone;
	r.email = email;
	r.address = "Kon Tum";
	r.password_hash = "!";
	if (person_register(w->db, w->cfg, &r, token, &id) != 0 || person_confirm(w->db, id) != 0)
		return -1;
	memset(a, 0, sizeof(*a));
	a->u.id = id;
	a->u.kind = UK_CITIZEN;
	a->label = label;
	a->cfg = w->cfg;
	w->accounts[w->naccounts++] = id;
	return 0;
}

/* An officer made as dvcctl user add makes one (staff_add). */
static int
officer(struct world *w, struct actor *a, const char *agency, unsigned roles, const char *label,
    int n)
{
	struct staff_new s;
	char email[64];
	long long id = 0, agency_id = 0;

	snprintf(email, sizeof(email), "wf%d-staff%d@kiemthu.invalid", (int)getpid(), n);
	memset(&s, 0, sizeof(s));
	s.email = email;
	s.full_name = label;
	s.agency_code = agency;
	s.roles = roles;
	s.password_hash = "!";
	if (staff_add(w->db, &s, &id) != 0 ||
	    db_int(w->db, &agency_id, "SELECT id FROM agency WHERE code = ?", DB_STR(agency)) != 1)
		return -1;
	memset(a, 0, sizeof(*a));
	a->u.id = id;
	a->u.roles = roles;
	a->u.agency_id = agency_id;
	a->u.kind = UK_STAFF;
	a->label = label;
	a->cfg = w->cfg;
	w->accounts[w->naccounts++] = id;
	return 0;
}

/* The first actor the row allows on a dossier in status (k: the first
 * or second of that role): the holder's role where the row has one. */
static struct actor *
allowed(struct world *w, int action, int status, int k)
{
	unsigned roles = wf_roles(action, status);
	int r;

	if (wf_table[action].citizen)
		return &w->owner;
	for (r = 0; r < ROLE__MAX; r++)
		if (roles & (1u << r))
			return &w->staff[r][k];
	return NULL;
}

/* The status of dossier id now (SQL reads). */
static int
status_of(struct db *db, long long id)
{
	long long s = -1;

	db_int(db, &s, "SELECT status FROM dossier WHERE id = ?", DB_INT(id));
	return (int)s;
}

/* --- a dossier, the way the citizen's pages make it ------------------------------ */

struct start {
	struct world *w;
	struct applicant *ap;
	const char *token;
	long long id;
	int res;
};

static int
start_tx(struct db *db, void *ctx)
{
	struct start *s = ctx;

	s->res = dossier_start(db, s->w->cfg, s->w->owner.u.id, PROC, CASE, AGENCY, s->token, s->ap, &s->id);
	if (s->res != 0)
		return s->res < 0 ? s->res : 0;
	return hook_audit(&s->w->owner, db, "dossier.draft", s->id, s->w->owner.u.id, PROC);
}

struct submit {
	struct world *w;
	long long id;
	char code[41];
	int paper, res;
};

static int
submit_tx(struct db *db, void *ctx)
{
	struct submit *s = ctx;
	int rc;

	if ((rc = dossier_declare(db, s->id)) < 0)
		return rc;
	if ((s->res = dossier_submit(db, s->w->cfg, s->id, s->code, &s->paper)) != 0)
		return s->res < 0 ? s->res : 0;
	return hook_audit(&s->w->owner, db, "dossier.submit", s->id, s->w->owner.u.id, s->code);
}

/* A file for document doc of dossier id, as the intake would have stored
 * it (the bytes are not needed by the workflow). */
static int
add_file(struct db *db, long long id, long long doc)
{
	struct dossier_file df;
	unsigned char md[32];
	char text[64], hex[65];
	long long fid;

	snprintf(text, sizeof(text), "wf %lld %lld", id, doc);
	sha256(text, strlen(text), md);
	hex_encode(md, sizeof(md), hex);
	memset(&df, 0, sizeof(df));
	df.doc_id = doc;
	df.sha256 = hex;
	df.mime = "application/pdf";
	df.ext = "pdf";
	df.name = "giấy tờ.pdf";
	df.size = 1000;
	df.sig_state = "none";
	return dossier_add_file(db, id, &df, &fid);
}

/* A draft of the owner's with the applicant's data and a file for every
 * document: its id, or 0. */
static long long
new_draft(struct world *w)
{
	struct applicant ap = { "Nguyễn Văn Kiểm", "079190000001", "1990-01-01",
	    "0905000001", NULL, "Kon Tum", NULL, NULL, 0 };
	struct start s;
	char token[32];
	HDF *h, *d;
	int rc = 0;

	/* the start form's one-time token: 22 characters */
	snprintf(token, sizeof(token), "wf%08u%012u", (unsigned)(getpid() % 100000000),
	    (unsigned)++w->seq);
	memset(&s, 0, sizeof(s));
	s.w = w;
	s.ap = &ap;
	s.token = token;
	if (db_tx(w->db, start_tx, &s) != 0 || s.res != 0 || s.id == 0)
		return 0;
	/* the draft's form saved, then a file for each document */
	if (dossier_set_applicant(w->db, s.id, &ap) != 0)
		return 0;
	if (hdf_init(&h))
		abort();
	if (dossier_load(w->db, s.id, h, "D") < 0)
		rc = -1;
	for (d = hdf_obj_child(hdf_get_obj(h, "D.Docs")); d && rc == 0; d = hdf_obj_next(d))
		rc = add_file(w->db, s.id, hdf_ll(d, "id"));
	hdf_destroy(&h);
	return rc == 0 ? s.id : 0;
}

/* A dossier submitted (status 1), its paper copy awaited: its id, or 0. */
static long long
new_dossier(struct world *w)
{
	struct submit s;

	memset(&s, 0, sizeof(s));
	s.w = w;
	if ((s.id = new_draft(w)) == 0)
		return 0;
	if (db_tx(w->db, submit_tx, &s) != 0 || s.res != 0 || s.code[0] == '\0' ||
	    s.paper != 1)
		return 0;
	return s.id;
}

/* --- acting ------------------------------------------------------------------------ */

/* The version a page would post: the officer's page shows the dossier's;
 * the citizen's pages compare none. */
static long long
page_version(struct db *db, const struct wf_transition *t, long long id)
{
	long long v = -1;

	if (!t->citizen)
		db_int(db, &v, "SELECT version FROM dossier WHERE id = ?", DB_INT(id));
	return v;
}

/* The inputs the row declares, filled as a person fills the form, less
 * the kinds in leave_out. */
struct fill {
	long long doc;
	const char *sha256;
	char day[24];
};

static void
fill(struct db *db, const struct wf_hooks *h, const struct wf_transition *t,
    unsigned leave_out, long long id, struct fill *f, struct wf_in *in)
{
	unsigned give = t->inputs & ~leave_out;

	if (give & (WI_REASON | WI_DOCS_OR_REASON))
		in->reason = "Kiểm thử: lý do <b>&</b>.";
	if (give & WI_DOCS_OR_REASON) {
		/* the first document, as the officer ticks it */
		db_int(db, &f->doc, "SELECT id FROM dossier_doc WHERE dossier_id = ?"
		    " ORDER BY seq, id LIMIT 1", DB_INT(id));
		in->docs = &f->doc;
		in->ndocs = 1;
	}
	if (give & WI_RESULT_FILE) {
		in->file_sha256 = "0000000000000000000000000000000000000000000000000000000000000001";
		in->file_mime = "application/pdf";
		in->file_ext = "pdf";
		in->file_name = "kết quả.pdf";
		in->file_size = 2000;
	}
	if (give & WI_RETURN) {
		in->method = "post";
		in->tracking = "EE123456789VN";
	}
	if (give & WI_EXTENSION)
		in->extend_tenths = 20;
	if (give & WI_PAPER) {
		/* arrived today at the counter, as reception's form says it */
		cal_format_iso(cal_now(), f->day, sizeof(f->day));
		f->day[10] = '\0';
		in->paper_day = f->day;
		in->paper_how = "counter";
		in->paper_note = "Kiểm thử: phong bì <b>&</b> đủ giấy tờ.";
	}
	if (give & WI_PAYMENT) {
		/* what is owed, received in cash, as reception's form says it */
		db_int(db, &in->pay_amount, "SELECT fee_amount + fee_charge FROM dossier"
		    " WHERE id = ?", DB_INT(id));
		in->pay_receipt = "BL-<b>&</b>-1";
		in->pay_means = "cash";
	}
	if (give & WI_REFUND) {
		/* transferred back today, as reception's form says it */
		cal_format_iso(cal_now(), f->day, sizeof(f->day));
		f->day[10] = '\0';
		in->refund_day = f->day;
		in->refund_ref = "UNC-<b>&</b>-1";
	}
	if (give & WI_TRANSFER) {
		/* a transfer of one đồng more than owed in the agency's
		 * statement, imported as the statement page does it: it waits
		 * (the amount), and the officer assigns it with a reason */
		static int n;
		struct st_report rep;
		struct buf csv = BUF_INIT;
		HDF *d;
		long long owed = 0;

		if (hdf_init(&d))
			abort();
		db_row(db, d, "D", "SELECT code, agency_id, fee_amount + fee_charge AS owed"
		    " FROM dossier WHERE id = ?", DB_INT(id));
		owed = hdf_ll(d, "D.owed");
		buf_printf(&csv, "Ngày giao dịch;Số tiền ghi có;Nội dung\n07/12/2026;%lld;"
		    "NOP PHI HS %s lan %d\n", owed + 1, hdf_get_value(d, "D.code", ""), ++n);
		ok(statement_import(db, h, hdf_ll(d, "D.agency_id"), buf_str(&csv), csv.len,
		    &rep) == 0 && rep.err == ST_OK && rep.waiting == 1,
		    "a statement line imported for the transfer, waiting");
		db_int(db, &in->pay_line, "SELECT MAX(id) FROM statement_line WHERE agency_id = ?"
		    " AND state = 'waiting'", DB_INT(hdf_ll(d, "D.agency_id")));
		in->reason = "Kiểm thử: chuyển thừa 1 đồng <b>&</b>.";
		buf_free(&csv);
		hdf_destroy(&d);
	}
}

struct supplement {
	const struct wf_hooks *h;
	const struct wf_in *in;
	struct wf_out *out;
};

/* The citizen's supplement page: a file for each document named, then
 * the transition, in one transaction (pages/dossier.c supp_tx). */
static int
supplement_tx(struct db *db, void *ctx)
{
	struct supplement *s = ctx;
	HDF *h, *d;
	int rc = 0;

	if (hdf_init(&h))
		abort();
	if (db_rows(db, h, "S", "SELECT id FROM dossier_doc WHERE dossier_id = ? AND"
	    " supplement = 1", DB_INT(s->in->dossier_id)) < 0)
		rc = DB_ERR;
	for (d = hdf_obj_child(hdf_get_obj(h, "S")); d && rc == 0; d = hdf_obj_next(d))
		rc = add_file(db, s->in->dossier_id, hdf_ll(d, "id"));
	hdf_destroy(&h);
	if (rc == 0 && (rc = wf_apply(db, s->h, s->in, s->out)) == 0 &&
	    s->out->result != WF_DONE)
		rc = DB_ERR;	/* the files go with the refusal */
	return rc;
}

/* a posts action on dossier id at version, on connection db. 0 (see
 * out->result) or a db_rc. */
static int
post(struct db *db, struct actor *a, int action, long long id, long long version,
    unsigned leave_out, struct wf_out *out)
{
	const struct wf_transition *t = &wf_table[action];
	struct wf_hooks h;
	struct wf_in in;
	struct fill f = { 0, NULL, "" };
	int rc;

	memset(&in, 0, sizeof(in));
	in.action = (enum wf_action)action;
	in.dossier_id = id;
	in.version = version;
	hooks(&h, a);
	fill(db, &h, t, leave_out, id, &f, &in);
	a->mail[0] = '\0';
	a->mails = 0;
	memset(out, 0, sizeof(*out));
	/* only the owner reaches the supplement page's transaction; anyone
	 * else is refused by wf_apply alone, and the refusal kept */
	if (action == WA_CITIZEN_SUPPLEMENT && a->owner) {
		struct supplement s = { &h, &in, out };

		rc = db_tx(db, supplement_tx, &s);
		return rc == DB_ERR && out->result != WF_DONE ? 0 : rc;
	}
	return wf_apply(db, &h, &in, out);
}

/* --- reading ------------------------------------------------------------------------ */

static void
snap(struct db *db, long long id, struct snap *x)
{
	HDF *h, *r;

	memset(x, 0, sizeof(*x));
	if (hdf_init(&h))
		abort();
	db_row(db, h, "D", "SELECT status, version, COALESCE(resume_status, -1) AS resume,"
	    " collected_at IS NOT NULL AS collected, refund_due, fee_paid, extension_tenths,"
	    " COALESCE(proposal_action, '') AS pending, clock, COALESCE(due_at, '') AS due_at,"
	    " COALESCE(received_at, '') AS received, COALESCE(handover_due_at, '') AS ho,"
	    " COALESCE(proposal_notice_id, 0) AS pn, paper_pending,"
	    " paper_received_at IS NOT NULL AS paper_arrived,"
	    " COALESCE(paper_received_how, '') AS paper_how,"
	    " (SELECT COUNT(*) FROM dossier_event e WHERE e.dossier_id = d.id) AS events,"
	    " (SELECT COUNT(*) FROM notice n WHERE n.dossier_id = d.id AND n.status = 'sent')"
	    " AS sent, (SELECT COUNT(*) FROM notice n WHERE n.dossier_id = d.id AND"
	    " n.status = 'draft') AS drafts, (SELECT COUNT(*) FROM dossier_pause p WHERE"
	    " p.dossier_id = d.id AND p.to_at IS NULL) AS open_pauses,"
	    " COALESCE(first_due_at, '') AS first_due, COALESCE(base_due_at, '') AS base_due,"
	    " COALESCE(finished_at, '') AS finished, COALESCE(timeliness, '') AS tl,"
	    " extensions, (SELECT COUNT(*) FROM due_change c WHERE c.dossier_id = d.id)"
	    " AS due_changes, fee_amount + fee_charge AS owed, pay_when,"
	    " fee_exempt_reason IS NOT NULL AS exempt, (SELECT COUNT(*) FROM payment p"
	    " WHERE p.dossier_id = d.id AND p.state = 'paid') AS payments,"
	    " (SELECT COUNT(*) FROM payment p WHERE p.dossier_id = d.id"
	    " AND p.state = 'refunded') AS refunds"
	    " FROM dossier d WHERE d.id = ?", DB_INT(id));
	r = hdf_get_obj(h, "D");
	x->status = hdf_get_int_value(r, "status", -1);
	x->version = hdf_ll(r, "version");
	x->resume = hdf_get_int_value(r, "resume", -1);
	x->collected = hdf_get_int_value(r, "collected", 0);
	x->refund_due = hdf_get_int_value(r, "refund_due", 0);
	x->fee_paid = hdf_get_int_value(r, "fee_paid", 0);
	x->extension = hdf_get_int_value(r, "extension_tenths", 0);
	snprintf(x->pending, sizeof(x->pending), "%s", hdf_get_value(r, "pending", ""));
	snprintf(x->clock, sizeof(x->clock), "%s", hdf_get_value(r, "clock", ""));
	snprintf(x->due_at, sizeof(x->due_at), "%s", hdf_get_value(r, "due_at", ""));
	snprintf(x->received, sizeof(x->received), "%s", hdf_get_value(r, "received", ""));
	snprintf(x->handover_due, sizeof(x->handover_due), "%s", hdf_get_value(r, "ho", ""));
	x->proposal_notice = hdf_ll(r, "pn");
	x->paper_pending = hdf_get_int_value(r, "paper_pending", 0);
	x->paper_arrived = hdf_get_int_value(r, "paper_arrived", 0);
	snprintf(x->paper_how, sizeof(x->paper_how), "%s", hdf_get_value(r, "paper_how", ""));
	x->events = hdf_ll(r, "events");
	x->sent = hdf_ll(r, "sent");
	x->drafts = hdf_ll(r, "drafts");
	x->open_pauses = hdf_ll(r, "open_pauses");
	snprintf(x->first_due, sizeof(x->first_due), "%s", hdf_get_value(r, "first_due", ""));
	snprintf(x->base_due, sizeof(x->base_due), "%s", hdf_get_value(r, "base_due", ""));
	snprintf(x->finished, sizeof(x->finished), "%s", hdf_get_value(r, "finished", ""));
	snprintf(x->timeliness, sizeof(x->timeliness), "%s", hdf_get_value(r, "tl", ""));
	x->extensions = hdf_get_int_value(r, "extensions", 0);
	x->due_changes = hdf_ll(r, "due_changes");
	x->pay = wf_pay(hdf_get_value(r, "pay_when", NULL), hdf_ll(r, "owed"), x->fee_paid,
	    hdf_get_int_value(r, "exempt", 0), x->refund_due);
	x->payments = hdf_ll(r, "payments");
	x->refunds = hdf_ll(r, "refunds");
	db_row(db, h, "C", "SELECT cause, COALESCE(old_due, '') AS o, COALESCE(new_due, '')"
	    " AS n FROM due_change WHERE dossier_id = ? ORDER BY id DESC LIMIT 1", DB_INT(id));
	snprintf(x->last_cause, sizeof(x->last_cause), "%s", hdf_get_value(h, "C.cause", ""));
	snprintf(x->last_old, sizeof(x->last_old), "%s", hdf_get_value(h, "C.o", ""));
	snprintf(x->last_new, sizeof(x->last_new), "%s", hdf_get_value(h, "C.n", ""));
	hdf_destroy(&h);
}

/* Audit records of action on dossier id by actor (0: anyone). */
static long long
audits(struct db *db, long long id, const char *action, long long actor)
{
	long long n = -1;

	db_int(db, &n, "SELECT COUNT(*) FROM audit WHERE object_type = 'dossier' AND"
	    " object_id = ? AND action = ? AND (? = 0 OR actor_id = ?)", DB_INT(id),
	    DB_STR(action), DB_INT(actor), DB_INT(actor));
	return n;
}

static int
startable(int action, const struct state *s)
{
	return wf_startable(action, s->status, s->pending[0] ? s->pending : NULL,
	    s->collected, s->clock, s->paper, s->pay);
}

static const char *
describe(const struct state *s, char *buf, size_t cap)
{
	snprintf(buf, cap, "status %d%s%s%s, clock %s, paper %s, fee %s", s->status,
	    s->pending[0] ? " proposing " : "", s->pending, s->collected ? " collected" : "",
	    s->clock, (s->paper & WF_PAPER_AWAITED) ? "awaited" : "arrived",
	    s->pay == PAY_REFUND ? "owed back" : s->pay ? "owed" : "settled");
	if (s->resume >= 0)
		snprintf(buf + strlen(buf), cap - strlen(buf), ", back to %d", s->resume);
	return buf;
}

/* --- the graph: every state reachable from "submitted" ------------------------------ */

static int
state_of(struct world *w, const struct snap *x)
{
	int i;

	for (i = 0; i < w->nstates; i++) {
		const struct state *s = &w->states[i];

		if (s->status == x->status && s->resume == x->resume &&
		    s->collected == x->collected && strcmp(s->pending, x->pending) == 0 &&
		    strcmp(s->clock, x->clock) == 0 &&
		    s->paper == wf_paper(w->cfg, x->paper_pending, x->paper_arrived) &&
		    s->pay == x->pay)
			return i;
	}
	return -1;
}

/* Adds the state dossier id stands in (reached by path + action, if
 * action >= 0) unless known; the dossier becomes its specimen. */
static void
state_add(struct world *w, long long id, const struct state *from, int action)
{
	struct snap x;
	struct state *s;

	snap(w->db, id, &x);
	if (state_of(w, &x) >= 0 || w->nstates == STATES_MAX)
		return;
	s = &w->states[w->nstates++];
	memset(s, 0, sizeof(*s));
	s->status = x.status;
	s->resume = x.resume;
	s->collected = x.collected;
	snprintf(s->pending, sizeof(s->pending), "%s", x.pending);
	snprintf(s->clock, sizeof(s->clock), "%s", x.clock);
	s->paper = wf_paper(w->cfg, x.paper_pending, x.paper_arrived);
	s->pay = x.pay;
	if (from) {
		memcpy(s->path, from->path, sizeof(s->path));
		s->npath = from->npath;
		s->path[s->npath++] = action;
	}
	s->specimen = id;
	s->version = x.version;
	s->events = x.events;
}

/* A fresh dossier in state s, along its path: its id, or 0. */
static long long
dossier_at(struct world *w, const struct state *s)
{
	struct wf_out out;
	long long id = new_dossier(w);
	int i;

	for (i = 0; id && i < s->npath; i++) {
		const struct wf_transition *t = &wf_table[s->path[i]];

		if (post(w->db, allowed(w, s->path[i], status_of(w->db, id), 0), s->path[i], id,
		    page_version(w->db, t, id), 0, &out) != 0 || out.result != WF_DONE) {
			printf("# %s on the way: result %d\n", t->name, out.result);
			return 0;
		}
	}
	return id;
}

static void
explore(struct world *w)
{
	struct wf_out out;
	long long id;
	int i, a, failed = 0;

	id = new_dossier(w);
	ok(id != 0, "a dossier submitted as the citizen's pages do it");
	if (id == 0)
		return;
	state_add(w, id, NULL, -1);
	is_int(w->states[0].status, DS_NEW, "submitted: status 1");
	for (i = 0; i < w->nstates; i++)
		for (a = 0; a < WA__MAX; a++) {
			const struct wf_transition *t = &wf_table[a];

			if (!startable(a, &w->states[i]))
				continue;
			if (w->states[i].npath == STEPS_MAX) {
				failed++;
				continue;
			}
			id = dossier_at(w, &w->states[i]);
			if (id == 0 || post(w->db, allowed(w, a, w->states[i].status, 0), a, id,
			    page_version(w->db, t, id), 0, &out) != 0 || out.result != WF_DONE) {
				printf("# %s from state %d: result %d\n", t->name, i, out.result);
				failed++;
				continue;
			}
			state_add(w, id, &w->states[i], a);
		}
	is_int(failed, 0, "the graph searched from submitted: every step taken on a fresh dossier");
	ok(w->nstates < STATES_MAX, "%d states reached (room for %d)", w->nstates, STATES_MAX);
}

/* --- the checks of one row ------------------------------------------------------------- */

/* The clock as the row's enum wf_clock says, from b to x. */
static void
clock_ok(const struct wf_transition *t, const struct snap *b, const struct snap *x,
    const char *what)
{
	switch (t->clock) {
	case WC_NONE:
		ok(strcmp(x->clock, b->clock) == 0 && strcmp(x->due_at, b->due_at) == 0 &&
		    x->open_pauses == b->open_pauses, "%s: the clock untouched", what);
		break;
	case WC_START:
		ok(strcmp(x->clock, "running") == 0 && x->due_at[0] && x->received[0] &&
		    x->handover_due[0], "%s: the clock starts, due %s, hand over by %s", what,
		    x->due_at, x->handover_due);
		break;
	case WC_STOP:
		ok(strcmp(b->clock, "running") == 0 ? strcmp(x->clock, "paused") == 0 &&
		    x->open_pauses == 1 : strcmp(x->clock, b->clock) == 0 &&
		    x->open_pauses == 0, "%s: the clock stops if it ran (%s to %s)", what,
		    b->clock, x->clock);
		is_str(x->due_at, b->due_at, "%s: the due date kept while paused", what);
		is_int(x->resume, b->status, "%s: the status to come back to kept", what);
		break;
	case WC_RESUME:
		ok(strcmp(b->clock, "paused") == 0 ? strcmp(x->clock, "running") == 0 &&
		    x->due_at[0] : strcmp(x->clock, b->clock) == 0, "%s: the clock runs again"
		    " if it was paused (%s to %s)", what, b->clock, x->clock);
		ok(x->open_pauses == 0 && x->resume == -1, "%s: the pause closed", what);
		break;
	case WC_END:
		ok(strcmp(x->clock, "done") == 0 && x->open_pauses == 0,
		    "%s: the clock done", what);
		is_str(x->due_at, b->due_at, "%s: the due date kept when it ends", what);
		ok(x->finished[0] && (!b->finished[0] || strcmp(x->finished, b->finished) == 0),
		    "%s: the end of the handling written once (%s)", what, x->finished);
		break;
	case WC_EXTEND:
		ok(strcmp(x->clock, "running") == 0 && strcmp(x->due_at, b->due_at) > 0 &&
		    x->extension == b->extension + 20 && x->extensions == b->extensions + 1,
		    "%s: due later (%s to %s), one extension more", what, b->due_at, x->due_at);
		break;
	default:
		ok(0, "%s: clock effect %d unknown to this test", what, t->clock);
	}
}

/* Figures that hold (issue 13), whatever the row: due dates are history. */
static void
figures_ok(const struct wf_transition *t, int to, const struct snap *b, const struct snap *x,
    const char *what)
{
	ok(!b->due_at[0] || x->due_at[0], "%s: a due date is never cleared", what);
	if (b->first_due[0])
		is_str(x->first_due, b->first_due, "%s: the first due date never moves", what);
	else if (t->clock == WC_START)
		is_str(x->first_due, x->due_at, "%s: the first due date is Form 01's", what);
	if (strcmp(x->due_at, b->due_at) != 0)
		ok(x->due_changes == b->due_changes + 1 && strcmp(x->last_cause, t->name) == 0 &&
		    strcmp(x->last_old, b->due_at) == 0 && strcmp(x->last_new, x->due_at) == 0,
		    "%s: the change of due date on record (%s: %s to %s)", what, x->last_cause,
		    x->last_old, x->last_new);
	else
		ok(x->due_changes == b->due_changes, "%s: no change of due date, none on record",
		    what);
	/* the statistics' date: the same count without the extensions */
	if (x->due_at[0])
		ok(x->extension == 0 ? strcmp(x->base_due, x->due_at) == 0 :
		    x->base_due[0] && strcmp(x->base_due, x->due_at) < 0,
		    "%s: the date by the statistics' rule (%s; in force %s)", what, x->base_due,
		    x->due_at);
	if (t->clock != WC_END)
		is_str(x->finished, b->finished, "%s: the end of the handling untouched", what);
	/* classified once, when settled with a result, and only then */
	if (to == DS_DONE && t->clock == WC_END)
		ok(strcmp(x->timeliness, "early") == 0 || strcmp(x->timeliness, "on_time") == 0 ||
		    strcmp(x->timeliness, "late") == 0, "%s: classified (%s)", what, x->timeliness);
	else
		is_str(x->timeliness, b->timeliness, "%s: not classified by this step", what);
}

/* a, allowed, takes action on a fresh dossier in state s. */
static void
succeeds(struct world *w, int action, const struct state *s, struct actor *a)
{
	const struct wf_transition *t = &wf_table[action];
	struct wf_out out;
	struct snap b, x;
	char what[160], st[128];
	long long id, n = 0;
	int rc, to;

	snprintf(what, sizeof(what), "%s by %s from %s", t->name, a->label,
	    describe(s, st, sizeof(st)));
	if ((id = dossier_at(w, s)) == 0) {
		ok(0, "%s: a dossier brought there", what);
		return;
	}
	snap(w->db, id, &b);
	rc = post(w->db, a, action, id, page_version(w->db, t, id), 0, &out);
	snap(w->db, id, &x);
	ok(rc == 0 && out.result == WF_DONE, "%s: done (%d, %d)", what, rc, out.result);
	to = t->to == WF_TO_RESUME ? s->resume : t->to == WF_TO_SAME ? s->status : t->to;
	ok(x.status == to && out.to == to && out.from == s->status, "%s: status %d (%d)", what,
	    to, x.status);
	ok(x.version == b.version + 1 && out.version == x.version, "%s: version + 1", what);
	ok(x.events == b.events + 1 && db_int(w->db, &n, "SELECT COUNT(*) FROM dossier_event"
	    " WHERE dossier_id = ? AND action = ? AND status_from = ? AND status_to = ? AND"
	    " actor_id = ?", DB_INT(id), DB_STR(t->name), DB_INT(s->status), DB_INT(to),
	    DB_INT(a->u.id)) == 1 && n == 1, "%s: one history event", what);
	{
		char act[64];

		snprintf(act, sizeof(act), "dossier.%s", t->name);
		is_int(audits(w->db, id, act, a->u.id), 1, "%s: its audit record", what);
	}
	clock_ok(t, &b, &x, what);
	figures_ok(t, to, &b, &x, what);
	if (t->form != NF_NONE && !t->proposes) {
		char kind[40];

		snprintf(kind, sizeof(kind), "Notice_%s", wf_form_kind(t->form));
		ok(x.sent == b.sent + 1 && out.notice_id && db_int(w->db, &n, "SELECT COUNT(*)"
		    " FROM notice n JOIN dossier_event e ON e.notice_id = n.id WHERE n.id = ? AND"
		    " n.kind = ? AND n.number IS NOT NULL AND e.dossier_id = ?",
		    DB_INT(out.notice_id), DB_STR(wf_form_kind(t->form)), DB_INT(id)) == 1 && n == 1,
		    "%s: notice %s numbered, sent, in the history", what, wf_form_kind(t->form));
		ok(a->mails == 1 && strcmp(a->mail, kind) == 0, "%s: mailed as %s (%s)", what,
		    kind, a->mail);
	} else if (t->form != NF_NONE) {
		ok(x.sent == b.sent && x.drafts == b.drafts + 1 && x.proposal_notice &&
		    out.notice_id == 0, "%s: a draft notice, unsent", what);
		ok(a->mails == 0, "%s: no mail for a draft", what);
	} else {
		ok(x.sent == b.sent && out.notice_id == 0, "%s: no notice", what);
		ok(t->mail ? a->mails == 1 && strcmp(a->mail, t->mail) == 0 : a->mails == 0,
		    "%s: mail %s (%s)", what, t->mail ? t->mail : "none", a->mail);
	}
	if (t->proposes)
		is_str(x.pending, t->proposes, "%s: the proposal waits for the leader", what);
	if (t->approves)
		ok(x.pending[0] == '\0' && x.proposal_notice == 0 && x.drafts == 0,
		    "%s: no proposal left pending, no draft", what);
	/* Article 8.2: not when the citizen asked to withdraw */
	if (t->refund)
		is_int(x.refund_due, s->status != DS_WITHDRAWING && x.fee_paid,
		    "%s: a refund owed if a fee was paid (not on a withdrawal)", what);
	if (t->inputs & WI_PAPER)
		ok(!b.paper_arrived && x.paper_arrived && strcmp(x.paper_how, "counter") == 0,
		    "%s: the arrival recorded (%s)", what, x.paper_how);
	else
		is_int(x.paper_arrived, b.paper_arrived, "%s: the paper copy untouched", what);
	/* the fee: settled by the rows that settle it, once; refunded by the
	 * refund row, once; owed back after a refund row if it was paid;
	 * else untouched */
	if (t->inputs & WI_REFUND)
		ok(b.pay == PAY_REFUND && x.pay == PAY_NONE && !x.refund_due && x.fee_paid &&
		    x.payments == b.payments - 1 && x.refunds == b.refunds + 1,
		    "%s: refunded once, nothing owed back", what);
	else if (t->refund && x.refund_due)
		ok(b.pay == PAY_NONE && x.pay == PAY_REFUND && x.fee_paid &&
		    x.payments == b.payments, "%s: what was paid is owed back", what);
	else if (t->inputs & (WI_PAYMENT | WI_TRANSFER))
		ok(b.pay && !x.pay && x.fee_paid && x.payments == b.payments + 1,
		    "%s: one payment, paid, nothing owed", what);
	else if (t == &wf_table[WA_FEE_EXEMPT])
		ok(b.pay && !x.pay && !x.fee_paid && x.payments == b.payments,
		    "%s: exempted, nothing owed, no payment", what);
	else
		ok(x.pay == b.pay && x.fee_paid == b.fee_paid && x.payments == b.payments,
		    "%s: the fee untouched", what);
}

/* a takes action on state s's dossier and is refused with want; the
 * refusal is on record. */
static void
refused(struct world *w, int action, const struct state *s, struct actor *a, int want)
{
	const struct wf_transition *t = &wf_table[action];
	struct wf_out out;
	char st[128];
	long long n0 = audits(w->db, s->specimen, "dossier.denied", a->u.id);
	int rc;

	rc = post(w->db, a, action, s->specimen, page_version(w->db, t, s->specimen), 0, &out);
	ok(rc == 0 && (int)out.result == want && audits(w->db, s->specimen, "dossier.denied",
	    a->u.id) == n0 + 1, "%s by %s at %s: refused (%d, want %d), on record", t->name,
	    a->label, describe(s, st, sizeof(st)), out.result, want);
}

/* Everyone but the row's own is refused at state s. */
static void
others_refused(struct world *w, int action, const struct state *s)
{
	const struct wf_transition *t = &wf_table[action];
	int r;

	for (r = 0; r < ROLE__MAX; r++)
		if (t->citizen)
			refused(w, action, s, &w->staff[r][0], WF_NOT_FOUND);
		else if (!(wf_roles(action, s->status) & (1u << r)))
			refused(w, action, s, &w->staff[r][0], WF_FORBIDDEN);
	refused(w, action, s, &w->outsider, WF_NOT_FOUND);
	refused(w, action, s, t->citizen ? &w->stranger : &w->owner, WF_NOT_FOUND);
}

/* The row's own actor at state s, where the row does not start: 409,
 * WF_WAIT_PAPER where the status is the row's and only the paper copy
 * is missing. */
static void
wrong_status(struct world *w, int action, const struct state *s)
{
	const struct wf_transition *t = &wf_table[action];
	struct wf_out out;
	char st[128];
	int rc, want;

	want = !(t->from & WF_ST(s->status)) ? WF_WRONG_STATUS :
	    wf_paper_blocks(action, s->paper) ? WF_WAIT_PAPER :
	    wf_pay_blocks(action, s->pay) ? WF_WAIT_PAYMENT : WF_WRONG_STATUS;
	rc = post(w->db, allowed(w, action, s->status, 0), action, s->specimen,
	    page_version(w->db, t, s->specimen), 0, &out);
	ok(rc == 0 && (int)out.result == want, "%s at %s: 409, %s (%d)", t->name,
	    describe(s, st, sizeof(st)), want == WF_WAIT_PAPER ? "waits for the paper copy" :
	    want == WF_WAIT_PAYMENT ? "waits for the fee" : "not its status or step",
	    out.result);
}

/* Each input kind the row declares, left out: WF_BAD_INPUT. */
static void
bad_inputs(struct world *w, int action, const struct state *s)
{
	const struct wf_transition *t = &wf_table[action];
	struct wf_out out;
	unsigned k;
	int rc;

	for (k = 1; k & WI__ALL; k <<= 1) {
		if (!(t->inputs & k))
			continue;
		rc = post(w->db, allowed(w, action, s->status, 0), action, s->specimen,
		    page_version(w->db, t, s->specimen), k, &out);
		ok(rc == 0 && out.result == WF_BAD_INPUT, "%s without input 0x%x: refused as bad"
		    " input (%d)", t->name, k, out.result);
	}
}

/* Two of the row's actors post the same version at once, each on its own
 * connection: one wins, once. */
static void
race(struct world *w, int action, const struct state *s)
{
	const struct wf_transition *t = &wf_table[action];
	struct actor *who[2] = { allowed(w, action, s->status, 0),
	    allowed(w, action, s->status, 1) };
	long long id = dossier_at(w, s), version, n = 0;
	int i, st, fds[2], got[2], done = 0, lost = 0;
	pid_t pid[2];
	char c;

	if (id == 0) {
		ok(0, "%s: a dossier for the race", t->name);
		return;
	}
	version = page_version(w->db, t, id);
	if (pipe(fds) != 0)
		abort();
	fflush(stdout);
	for (i = 0; i < 2; i++)
		if ((pid[i] = fork()) == 0) {
			struct db *db = db_new(w->cfg, "Owner");
			struct wf_out out;
			int rc;

			close(fds[1]);
			if (read(fds[0], &c, 1) < 0 || db_connect(db) != 0)
				_exit(99);
			db_exec(db, "SET time_zone = '+07:00'");
			rc = post(db, who[i], action, id, version, 0, &out);
			db_free(db);
			_exit(rc != 0 ? 99 : (int)out.result);
		}
	/* both wait on the pipe; closing it starts them together */
	close(fds[0]);
	close(fds[1]);
	for (i = 0; i < 2; i++) {
		got[i] = waitpid(pid[i], &st, 0) > 0 && WIFEXITED(st) ? WEXITSTATUS(st) : 99;
		done += got[i] == WF_DONE;
		/* another officer acted since the page was shown; the citizen's
		 * pages compare no version: the status has moved on */
		lost += t->citizen ? got[i] == WF_WRONG_STATUS :
		    got[i] == WF_CONFLICT || got[i] == WF_ALREADY;
	}
	ok(done == 1 && lost == 1, "%s: two at once, one wins (%d, %d)", t->name, got[0], got[1]);
	ok(db_int(w->db, &n, "SELECT COUNT(*) FROM dossier_event WHERE dossier_id = ? AND"
	    " action = ?", DB_INT(id), DB_STR(t->name)) == 1 && n == 1,
	    "%s: one history event (%lld)", t->name, n);
}

/* Everything about row action. 1 if it was driven from some state. */
static int
drive(struct world *w, int action)
{
	const struct wf_transition *t = &wf_table[action];
	const struct state *first = NULL;
	int s, i, r, reached;

	ok((t->inputs & ~(unsigned)KNOWN_INPUTS) == 0, "%s: this test fills every input it"
	    " declares", t->name);
	for (s = 0; s < DS__MAX; s++) {
		if (!(t->from & WF_ST(s)))
			continue;
		for (reached = 0, i = 0; i < w->nstates; i++)
			reached |= w->states[i].status == s && startable(action, &w->states[i]);
		ok(reached, "%s: status %d reached at a step it starts from", t->name, s);
	}
	for (i = 0; i < w->nstates; i++) {
		const struct state *st = &w->states[i];

		if (!startable(action, st)) {
			wrong_status(w, action, st);
			continue;
		}
		if (first == NULL)
			first = st;
		if (t->citizen)
			succeeds(w, action, st, &w->owner);
		for (r = 0; r < ROLE__MAX; r++)
			if (wf_roles(action, st->status) & (1u << r))
				succeeds(w, action, st, &w->staff[r][0]);
		others_refused(w, action, st);
	}
	/* a draft is the citizen's alone: no officer sees it */
	{
		struct wf_out out;
		struct actor *a = allowed(w, action, DS_DRAFT, 0);
		int rc = post(w->db, a, action, w->draft, page_version(w->db, t, w->draft), 0, &out);

		is_int(rc == 0 ? (int)out.result : -1, t->citizen ? WF_WRONG_STATUS : WF_NOT_FOUND,
		    "%s on a draft: %s", t->name, t->citizen ? "409" : "not found");
	}
	if (first == NULL)
		return 0;
	bad_inputs(w, action, first);
	race(w, action, first);
	return 1;
}

static void
cleanup(struct world *w)
{
	int i;

	if (w->owner.u.id)
		db_exec(w->db, "DELETE FROM dossier WHERE owner_id = ?", DB_INT(w->owner.u.id));
	for (i = 0; i < w->naccounts; i++)
		db_exec(w->db, "DELETE FROM account WHERE id = ?", DB_INT(w->accounts[i]));
}

int
main(int argc, char **argv)
{
	static const char *const labels[ROLE__MAX] = { "reception", "specialist", "leader",
	    "agency admin", "province admin", "inspector" };
	static struct world w;
	struct config cfg;
	char err[256];
	int i, r, k, rows = 0, n = 0;

	if ((w.db = dbtest_start(argc, argv, "test_transitions", &cfg)) == NULL)
		return 1;
	w.cfg = &cfg;
	if (config_load_audit_key(&cfg, err, sizeof(err)) < 0) {
		printf("Bail out! no audit key: %s\n", err);
		return 1;
	}
	/* the people: the citizen, another, two officers of each role at
	 * the lead agency, one of another agency with every working role */
	ok(citizen(&w, &w.owner, "citizen", n++) == 0 && citizen(&w, &w.stranger,
	    "another citizen", n++) == 0, "two citizens registered");
	w.owner.owner = 1;
	for (r = 0; r < ROLE__MAX; r++)
		for (k = 0; k < 2; k++)
			ok(labels[r] && officer(&w, &w.staff[r][k], AGENCY, 1u << r, labels[r],
			    n++) == 0, "an officer: %s %d", labels[r] ? labels[r] : "(a role without"
			    " a label here)", k + 1);
	ok(officer(&w, &w.outsider, OTHER_AGENCY, (1u << ROLE_RECEPTION) |
	    (1u << ROLE_SPECIALIST) | (1u << ROLE_LEADER), "another agency's officer", n++) == 0,
	    "another agency's officer");
	w.draft = new_draft(&w);
	ok(w.draft != 0, "a draft");

	explore(&w);
	for (i = 0; i < w.nstates; i++) {
		char st[128];

		printf("# state %d: %s, by", i, describe(&w.states[i], st, sizeof(st)));
		for (k = 0; k < w.states[i].npath; k++)
			printf(" %s", wf_table[w.states[i].path[k]].name);
		printf("\n");
	}
	for (i = 0; i < WA__MAX; i++)
		rows += drive(&w, i);
	is_int(rows, WA__MAX, "every row of wf_table driven");
	/* the refusals moved nothing */
	for (i = 0; i < w.nstates; i++) {
		struct snap x;

		snap(w.db, w.states[i].specimen, &x);
		ok(x.version == w.states[i].version && x.events == w.states[i].events,
		    "state %d's dossier never moved by a refusal", i);
	}
	cleanup(&w);
	db_free(w.db);
	config_free(&cfg);
	return done_testing();
}
