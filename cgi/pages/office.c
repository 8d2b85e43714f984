/* dvc-office: the back office (Articles 14, 15), its own responder and
 * database account.
 *
 * /can-bo/tiep-nhan               reception's queue (role: reception)
 * /can-bo/ho-so/<code>            one dossier for an officer of its agency:
 *                                 files, checks, the clock, the actions
 * /can-bo/ho-so/<code>/kiem-tra   POST: reception ticks each document
 * /can-bo/ho-so/<code>/<action>   POST: a workflow transition, <action> a
 *                                 slug of wf_table (domain/workflow.c)
 * /can-bo/tep/<id>                a file, inline and sandboxed
 * /can-bo/thong-bao/<id>          a notice as it was sent
 * /can-bo/y-kien...               inter-agency opinions (office_opinion.c)
 * /can-bo/giam-sat...             the province's oversight (office_oversight.c)
 * /can-bo/bao-cao...              period reports, the annual report, the
 *                                 scorecard (office_period.c)
 *
 * Every view of a dossier or its files writes an audit record whose owner
 * is the citizen (they see it on /tai-khoan). Routes need one of the
 * working roles; which role an action needs is the transition table's
 * business, decided by access_object() inside wf_apply(), so an officer
 * of the agency without it gets 403 and an audit record, and anyone
 * outside the agency 404. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/access.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/log.h"
#include "core/render.h"
#include "core/request.h"
#include "core/util.h"
#include "domain/account.h"
#include "domain/calendar.h"
#include "domain/catalog_process.h"
#include "domain/checks.h"
#include "domain/intake.h"
#include "domain/dossier.h"
#include "domain/queue.h"
#include "domain/store.h"
#include "domain/workflow.h"
#include "pages/common.h"
#include "pages/office.h"

static const struct tpl_def tpls[T__MAX] = {
	[T_QUEUE] = { "office_queue.cs", NULL },
	[T_DOSSIER] = { "office_dossier.cs", NULL },
	[T_MAIL] = { "mail.cs", "" },
	[T_NOTICE01] = { "notice_01.cs", "layout_notice.cs" },
	[T_NOTICE02] = { "notice_02.cs", "layout_notice.cs" },
	[T_NOTICE03] = { "notice_03.cs", "layout_notice.cs" },
	[T_NOTICE04] = { "notice_04.cs", "layout_notice.cs" },
	[T_NOTICE_APOLOGY25] = { "notice_apology_2025.cs", "layout_notice.cs" },
	[T_NOTICE_STOP] = { "notice_stop.cs", "layout_notice.cs" },
	[T_WORK] = { "office_work.cs", NULL },
	[T_SHEET] = { "control_sheet.cs", "layout_print.cs" },
	[T_OPINIONS] = { "office_opinions.cs", NULL },
	[T_OPINION] = { "office_opinion.cs", NULL },
	[T_OVERSIGHT] = { "office_oversight.cs", NULL },
	[T_OVERSIGHT_LIST] = { "office_oversight_list.cs", NULL },
	[T_OVERSIGHT_DOSSIER] = { "office_oversight_dossier.cs", NULL },
	[T_REPORT] = { "office_report.cs", NULL },
	[T_REPORT_PRINT] = { "office_report_print.cs", "layout_print.cs" },
	[T_ANNUAL] = { "office_annual.cs", "layout_print.cs" },
	[T_SCORECARD] = { "office_scorecard.cs", NULL },
	[T_SCORECARD_LIST] = { "office_scorecard_list.cs", NULL },
	[T_LEDGER] = { "office_ledger.cs", NULL },
	[T_STATEMENT] = { "office_statement.cs", NULL },
	[T_COUNTER] = { "office_counter.cs", NULL },
	[T_COUNTER_DRAFT] = { "office_counter_draft.cs", NULL },
	[T_TRANSFER] = { "office_transfer.cs", NULL },
};


#define ID_MAX 0x7fffffffffffL

static const char *const one[] = { "1", NULL };

/* A page of the back office: with the staff menu (page_staff_menu) when
 * it is in the site's layout (print and notice layouts go without). */
struct result
office_render(struct request *req, int t)
{
	int rc;

	if (t >= 0 && t < T__MAX && tpls[t].layout == NULL &&
	    (rc = page_staff_menu(req)) < 0)
		return res_db(rc);
	return req_render(req, t);
}

/* --- the queue ----------------------------------------------------------------- */

static const char *const queue_states[] = { "moi", "da-tiep-nhan", "cho-bo-sung",
	"cho-ban-giay", NULL };

enum { Q_STATE, Q_TEXT, Q_PROC, Q_DUE, Q_AFTER, Q__MAX };
static const struct field f_queue[Q__MAX] = {
	[Q_STATE] = { "trang_thai", V_ENUM, 0, 0, 0, queue_states },
	[Q_TEXT] = { "q", V_LINE, 0, 1, 100, NULL },
	[Q_PROC] = { "thu_tuc", V_KEY, 0, 1, 16, NULL },
	[Q_DUE] = { "han", V_ENUM, 0, 0, 0, queue_due_slugs },
	[Q_AFTER] = { "sau", V_KEY, 0, 16, 40, NULL },
};

/* GET /can-bo/tiep-nhan -- office_queue.cs: reception's dossiers (the
 * shared queue, domain/queue.h), filtered by trang_thai (moi,
 * da-tiep-nhan, cho-bo-sung; cho-ban-giay: waiting for the paper copy of
 * an unsigned level-4 dossier, whatever the status; none: new and
 * received), thu_tuc (a
 * procedure's code), han (dung-han, sap-het-han, qua-han), q (a code or
 * part of the applicant's name), sau (the next page's cursor). */
static struct result
p_queue(struct request *req)
{
	static const int todo[] = { DS_NEW, DS_RECEIVED };
	struct queue_query qq;
	int rc;

	req_form_to_hdf(req);
	queue_query_init(&qq, req->user->agency_id, todo, 2);
	if (req->val[Q_STATE].present && req->val[Q_STATE].err == VE_OK) {
		/* the paper copy: in every status where it may arrive
		 * (DOSSIER_PAPER_AWAITED_SQL's) */
		static const int paper[] = { DS_NEW, DS_RECEIVED, DS_PROCESSING,
			DS_SUPPLEMENT, DS_DONE };
		const char *s = req->val[Q_STATE].s;

		qq.statuses[0] = strcmp(s, "moi") == 0 ? DS_NEW :
		    strcmp(s, "da-tiep-nhan") == 0 ? DS_RECEIVED : DS_SUPPLEMENT;
		qq.nstatuses = 1;
		if (strcmp(s, "cho-ban-giay") == 0) {
			queue_query_init(&qq, req->user->agency_id, paper, 5);
			qq.paper = 1;
		}
	}
#define OK_(i) (req->val[i].err == VE_OK && req->val[i].present ? req->val[i].s : NULL)
	queue_query_set(&qq, OK_(Q_PROC), OK_(Q_DUE), OK_(Q_TEXT), OK_(Q_AFTER));
#undef OK_
	rc = queue_list(req->db, req->cfg, &qq, cal_now(), req->hdf, "Queue");
	if (rc < 0)
		return res_db(rc);
	hdf_set_int_value(req->hdf, "QueueCount", rc);
	{
		/* the tracking book of this month, linked from the queue */
		long day = cal_day_of(cal_now());
		int y, m, d;
		char v[16];

		cal_civil(day, &y, &m, &d);
		snprintf(v, sizeof(v), "%04d-%02d-01", y, m);
		hdf_set_value(req->hdf, "Page.BookFrom", v);
		snprintf(v, sizeof(v), "%04d-%02d-%02d", y, m, d);
		hdf_set_value(req->hdf, "Page.BookTo", v);
	}
	hdf_set_value(req->hdf, "Page.Nav", "office");
	return office_render(req, T_QUEUE);
}

/* --- one dossier ----------------------------------------------------------------- */

/* The steps that end or set back a dossier (refusal, its approval, a
 * stop, a draft returned): their forms carry a tick box xac_nhan that
 * office_act() requires, so a stray click does nothing without a script
 * as with one. The page asks for it where this says so (Page.Confirm). */
static int
office_confirms(int action)
{
	return action == WA_REFUSE || action == WA_APPROVE_REFUSAL ||
	    action == WA_STOP || action == WA_RETURN_DRAFT;
}

enum { D_CODE, D__MAX };
static const struct field f_dossier[D__MAX] = {
	[D_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 40, NULL },
};

/* The officer's page data: the dossier, its clock, checks, notices, and
 * which actions this person may take now (Page.Can.<slug>). */
struct result
office_dossier_data(struct request *req, const struct dossier_facts *f)
{
	struct result r;
	int rc, i, paper, pay;

	if ((rc = dossier_load(req->db, f->id, req->hdf, "Dossier")) < 0)
		return res_db(rc);
	if ((rc = wf_clock_info(req->db, req->cfg,
	    hdf_get_obj(req->hdf, "Dossier.D"), cal_now(), req->hdf, "Clock", 0)) < 0)
		return res_db(rc);
	if ((rc = wf_notices(req->db, f->id, req->hdf, "Notices")) < 0)
		return res_db(rc);
	/* provisional date, holiday changes since the promise, late to
	 * receive */
	if ((rc = checks_dossier(req->db, req->cfg, f->id, cal_now(), req->hdf,
	    "Checks")) < 0)
		return res_db(rc);
	if (hdf_get_value(req->hdf, "Dossier.D.proposal_action", NULL) &&
	    (rc = wf_proposal_reason(req->db, f->id, req->hdf, "Proposal")) < 0)
		return res_db(rc);
	/* the agency's internal process for the channel it came by */
	if ((rc = catalog_dossier_process(req->db, f->id, req->hdf, "Process")) < 0)
		return res_db(rc);
	if (!res_is_ok(r = office_opinion_data(req, f)))
		return r;
	if (!res_is_ok(r = office_paper_data(req, f)))
		return r;
	if (!res_is_ok(r = office_payment_data(req, f)))
		return r;
	paper = wf_paper(req->cfg, hdf_get_int_value(req->hdf, "Dossier.D.paper_pending", 0),
	    hdf_get_value(req->hdf, "Dossier.D.paper_received", NULL) != NULL);
	pay = wf_pay(hdf_get_value(req->hdf, "Pay.when", NULL),
	    hdf_ll(req->hdf, "Pay.total_raw"), hdf_get_int_value(req->hdf, "Pay.paid", 0),
	    hdf_get_value(req->hdf, "Pay.exempt", NULL) != NULL,
	    hdf_get_int_value(req->hdf, "Pay.refund_due", 0));
	/* what the extension rule leaves (the form's limits, or why none) */
	if ((rc = wf_extension_info(req->db, req->cfg, f->id, req->hdf, "Ext")) < 0)
		return res_db(rc);
	/* a consulted agency's officer reads; the actions are the agency's */
	for (i = 0; f->agency_id == req->user->agency_id && i < WA__MAX; i++) {
		const struct wf_transition *t = &wf_table[i];
		char key[64];

		if (t->citizen || !(req->user->roles & wf_roles(i, f->status)))
			continue;
		/* the return waits for the paper copy: said, not offered */
		if ((t->from & WF_ST(f->status)) && wf_paper_blocks(i, paper)) {
			snprintf(key, sizeof(key), "Page.Waits.%s", t->slug);
			hdf_set_value(req->hdf, key, "1");
		}
		/* a step that waits for the fee: said, not offered */
		if ((t->from & WF_ST(f->status)) && wf_pay_blocks(i, pay)) {
			snprintf(key, sizeof(key), "Page.WaitsPay.%s", t->slug);
			hdf_set_value(req->hdf, key, "1");
			hdf_set_value(req->hdf, "Page.WaitsPayAny", "1");
		}
		if (!wf_startable(i, f->status, hdf_get_value(req->hdf,
		    "Dossier.D.proposal_action", NULL), hdf_get_value(req->hdf,
		    "Dossier.D.collected", NULL) != NULL,
		    hdf_get_value(req->hdf, "Clock.state", ""), paper, pay))
			continue;
		snprintf(key, sizeof(key), "Page.Can.%s", t->slug);
		hdf_set_value(req->hdf, key, "1");
		if (office_confirms(i)) {
			snprintf(key, sizeof(key), "Page.Confirm.%s", t->slug);
			hdf_set_value(req->hdf, key, "1");
		}
	}
	hdf_set_value(req->hdf, "Page.Nav", "office");
	return res_ok();
}

/* After a step (?da-xu-ly=<slug>, office_act's redirect): what was done
 * (Page.Done, the action's name) and, when the dossier's newest event is
 * that step and sent a notice, which one (Page.DoneNotice, its id in
 * Notices). The slug is looked up in wf_table, never echoed. */
static void
done_said(struct request *req)
{
	const char *slug = hdf_get_value(req->hdf, "Query.da-xu-ly", NULL);
	HDF *e, *last = NULL;
	int a;

	if (!slug)
		return;
	hdf_set_value(req->hdf, "Page.Done", "1");
	if ((a = wf_action_by_slug(slug)) < 0 || wf_table[a].citizen)
		return;
	hdf_set_value(req->hdf, "Page.DoneAction", wf_table[a].name);
	for (e = hdf_obj_child(hdf_get_obj(req->hdf, "Dossier.Events")); e; e = hdf_obj_next(e))
		last = e;
	if (last && strcmp(hdf_get_value(last, "action", ""), wf_table[a].name) == 0 &&
	    hdf_get_value(last, "notice_id", NULL))
		hdf_set_value(req->hdf, "Page.DoneNotice", hdf_get_value(last, "notice_id", ""));
}

/* GET /can-bo/ho-so/:code -- office_dossier.cs. The view is recorded. */
static struct result
p_dossier(struct request *req)
{
	struct dossier_facts f;
	struct result r;
	int rc;

	r = page_dossier(req, 0, req->val[D_CODE].s, ACT_READ, 0, &f);
	office_denied(req, r, f.id, f.owner_id, "read");
	if (!res_is_ok(r))
		return r;
	/* the officer opened the citizen's data: in the citizen's list */
	if ((rc = page_audit(req, "dossier.read", "dossier", f.id, f.owner_id,
	    f.code)) < 0)
		return res_db(rc);
	if (!res_is_ok(r = office_dossier_data(req, &f)))
		return r;
	done_said(req);
	return office_render(req, T_DOSSIER);
}

/* The dossier page again with a message, after an action could not be
 * taken (409, 422). */
struct result
office_dossier_again(struct request *req, const struct dossier_facts *f, int status,
    const char *failure)
{
	struct result r;

	if (!res_is_ok(r = office_dossier_data(req, f)))
		return r;
	hdf_set_value(req->hdf, "Page.Failure", failure);
	req_form_to_hdf(req);
	req->status = status;
	return office_render(req, T_DOSSIER);
}

/* A checkbox named prefix<doc id> for each document of the dossier in
 * Dossier.Docs: the ids of those ticked, into ids (room for every
 * document); returns how many. Each value is validated. */
size_t
office_ticked_docs(struct request *req, const char *prefix, long long *ids, int *all_ok)
{
	size_t n = 0;
	HDF *d;

	if (all_ok)
		*all_ok = 1;
	for (d = hdf_obj_child(hdf_get_obj(req->hdf, "Dossier.Docs")); d; d = hdf_obj_next(d)) {
		char name[48], key[64];
		struct field fd = { name, V_ENUM, 0, 0, 0, one };
		struct fval v;

		snprintf(name, sizeof(name), "%s%lld", prefix, hdf_ll(d, "id"));
		snprintf(key, sizeof(key), "Query.%s", name);
		memset(&v, 0, sizeof(v));
		if (validate_value(&fd, hdf_get_value(req->hdf, key, NULL), &v) == VE_OK &&
		    v.present)
			ids[n++] = hdf_ll(d, "id");
		else if (all_ok)
			*all_ok = 0;
		fval_clear(&v);
	}
	return n;
}

size_t
office_doc_count(struct request *req)
{
	size_t n = 0;
	HDF *d;

	for (d = hdf_obj_child(hdf_get_obj(req->hdf, "Dossier.Docs")); d; d = hdf_obj_next(d))
		n++;
	return n;
}

/* --- reception's check of each document ------------------------------------------- */

struct check_tx {
	struct request *req;
	struct dossier_facts *f;
	long long *ok_ids;
	size_t nok;
};

static int
check_tx(struct db *db, void *ctx)
{
	struct check_tx *c = ctx;
	struct request *req = c->req;
	HDF *d;
	int rc;

	for (d = hdf_obj_child(hdf_get_obj(req->hdf, "Dossier.Docs")); d; d = hdf_obj_next(d)) {
		long long id = hdf_ll(d, "id");
		size_t i;
		int ok = 0;

		for (i = 0; i < c->nok; i++)
			if (c->ok_ids[i] == id)
				ok = 1;
		if ((rc = wf_check_put(db, c->f->id, id, ok, req->user->id)) < 0)
			return rc;
	}
	rc = page_audit(req, "dossier.check", "dossier", c->f->id, c->f->owner_id,
	    c->f->code);
	return rc < 0 ? rc : 0;
}

/* POST /can-bo/ho-so/:code/kiem-tra -- hop_le_<doc id> = 1 for each
 * document found valid; the others are marked not valid. Reception only,
 * while the dossier waits for reception. */
static struct result
p_check(struct request *req)
{
	struct dossier_facts f;
	struct check_tx c;
	struct result r;
	long long *ids;
	int rc;

	r = page_dossier(req, 0, req->val[D_CODE].s, ACT_PROCESS,
	    ROLE_BIT(ROLE_RECEPTION), &f);
	office_denied(req, r, f.id, f.owner_id, "check");
	if (!res_is_ok(r))
		return r;
	if ((rc = dossier_load(req->db, f.id, req->hdf, "Dossier")) < 0)
		return res_db(rc);
	if (f.status != DS_NEW)
		return office_dossier_again(req, &f, 409, "status");
	ids = xcalloc(office_doc_count(req) + 1, sizeof(*ids));
	memset(&c, 0, sizeof(c));
	c.req = req;
	c.f = &f;
	c.ok_ids = ids;
	c.nok = office_ticked_docs(req, "hop_le_", ids, NULL);
	rc = db_tx(req->db, check_tx, &c);
	free(ids);
	if (rc != 0)
		return res_db(rc);
	{
		struct buf to = BUF_INIT;

		buf_printf(&to, "/can-bo/ho-so/%s?da-kiem-tra=1#kiem-tra", f.code);
		r = req_redirect(req, buf_str(&to));
		buf_free(&to);
	}
	return r;
}

/* --- actions ------------------------------------------------------------------- */

enum { A_CODE, A_VERSION, A_REASON, A_CONFIRM, A__MAX };
static const struct field f_act[A__MAX] = {
	[A_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 40, NULL },
	[A_VERSION] = { "phien_ban", V_INT, F_REQUIRED, 0, 2147483647L, NULL },
	[A_REASON] = { "ly_do", V_TEXT, 0, 0, 2000, NULL },
	/* the tick box of the steps office_confirms() names */
	[A_CONFIRM] = { "xac_nhan", V_ENUM, 0, 0, 0, one },
};

/* A refusal (403, 404) that concerns a dossier, on record: the citizen
 * sees who tried (what: the action, "read", "file"). Another agency's
 * officer, a consulted agency's officer without a consulting role. */
void
office_denied(struct request *req, struct result r, long long dossier,
    long long owner, const char *what)
{
	if (r.kind == RES_ERROR && (r.status == 403 || r.status == 404) && dossier)
		page_audit(req, "dossier.denied", "dossier", dossier, owner, what);
}

/* POST /can-bo/ho-so/:code/<action> -- one transition of wf_table:
 * phien_ban (the version the page showed), ly_do (the reason: Forms 02
 * and 03), bo_sung_<doc id> = 1 (the documents a supplement request
 * names). Applied once; the result's page says what happened. */
static struct result
p_act(struct request *req)
{
	struct wf_in in;
	const char *slash = strrchr(req->path, '/');
	int action;

	action = wf_action_by_slug(slash ? slash + 1 : "");
	if (action < 0 || wf_table[action].citizen)
		return res_status(404);
	memset(&in, 0, sizeof(in));
	in.version = req->val[A_VERSION].i;
	in.reason = req->val[A_REASON].s;
	return office_act(req, action, req->val[A_CODE].s, &in);
}

struct result
office_act(struct request *req, int action, const char *code, struct wf_in *inp)
{
	struct dossier_facts f;
	struct wf_hooks h;
	struct wf_in in = *inp;
	struct wf_out out;
	struct result r;
	long long *docs = NULL;
	int rc;

	/* the dossier is the agency's to see (404 otherwise); whether this
	 * officer may act is wf_apply's decision */
	r = page_dossier(req, 0, code, ACT_READ, 0, &f);
	office_denied(req, r, f.id, f.owner_id, wf_table[action].name);
	if (!res_is_ok(r))
		return r;
	if ((rc = dossier_load(req->db, f.id, req->hdf, "Dossier")) < 0)
		return res_db(rc);
	if (req->nerrors) {
		hdf_set_value(req->hdf, "Page.Action", wf_table[action].slug);
		return office_dossier_again(req, &f, 422, "input");
	}
	/* a step that ends or sets back the dossier, not confirmed: nothing
	 * changes, the page asks for the tick (the role's own refusal, 403,
	 * stays wf_apply's) */
	if (office_confirms(action) && (req->user->roles & wf_roles(action, f.status)) &&
	    strcmp(hdf_get_value(req->hdf, "Query.xac_nhan", ""), "1") != 0) {
		hdf_set_value(req->hdf, "Page.Action", wf_table[action].slug);
		return office_dossier_again(req, &f, 422, "confirm");
	}
	in.action = (enum wf_action)action;
	in.dossier_id = f.id;
	if (action == WA_SUPPLEMENT || action == WA_PROPOSE_SUPPLEMENT) {
		docs = xcalloc(office_doc_count(req) + 1, sizeof(*docs));
		in.docs = docs;
		in.ndocs = office_ticked_docs(req, "bo_sung_", docs, NULL);
	}
	page_hooks(req, &h);
	rc = wf_apply(req->db, &h, &in, &out);
	free(docs);
	if (rc != 0)
		return res_db(rc);
	switch (out.result) {
	case WF_DONE:
	case WF_ALREADY: {
		struct buf to = BUF_INIT;

		/* the page says what was done and which notice went out */
		buf_printf(&to, "/can-bo/ho-so/%s?da-xu-ly=%s", f.code, wf_table[action].slug);
		r = req_redirect(req, buf_str(&to));
		buf_free(&to);
		return r;
	}
	case WF_WRONG_STATUS:
		hdf_set_value(req->hdf, "Page.Action", wf_table[action].slug);
		/* a rule's own message (too many extensions); else the right
		 * status, the wrong step in it (a proposal pending or not,
		 * collected already, the clock not running) */
		if (out.why)
			hdf_set_value(req->hdf, "Page.Why", out.why);
		return office_dossier_again(req, &f, 409, out.why ? "why" :
		    (wf_table[action].from & WF_ST(f.status)) ? "step" : "status");
	case WF_CONFLICT:
		return office_dossier_again(req, &f, 409, "conflict");
	case WF_WAIT_PAPER:
		hdf_set_value(req->hdf, "Page.Action", wf_table[action].slug);
		return office_dossier_again(req, &f, 409, "paper");
	case WF_WAIT_PAYMENT:
		hdf_set_value(req->hdf, "Page.Action", wf_table[action].slug);
		return office_dossier_again(req, &f, 409, "payment");
	case WF_BAD_INPUT:
		hdf_set_value(req->hdf, "Page.Action", wf_table[action].slug);
		if (out.why)
			hdf_set_value(req->hdf, "Page.Why", out.why);
		return office_dossier_again(req, &f, 422, out.why ? "why" : "reason");
	case WF_FORBIDDEN:
		return res_status(403);
	case WF_NOT_FOUND:
		return res_status(404);
	}
	return res_fail(500, "unknown workflow result");
}

/* --- files and notices ---------------------------------------------------------------- */

enum { FL_ID, FL__MAX };
static const struct field f_id[FL__MAX] = {
	[FL_ID] = { "id", V_INT, F_PATH | F_REQUIRED, 1, ID_MAX, NULL },
};

/* GET /can-bo/tep/:id -- a file of a dossier of the officer's agency, to
 * read in the browser. Nothing in it may run on the portal's origin:
 * the type is the one detected at upload (PDF, JPEG, PNG; anything else
 * is a download), never sniffed; images come with CSP sandbox; PDFs,
 * which Chromium's viewer will not show in a sandbox, were refused at
 * upload if they held JavaScript, actions or embedded files, and are
 * shown by the browser's own viewer in its own process with a CSP that
 * allows nothing else. Each view is recorded. */
static struct result
p_file(struct request *req)
{
	struct dossier_facts f;
	struct result r;
	long long did = 0;
	const char *mime;
	char stem[32];
	int rc, inl;

	rc = dossier_file_get(req->db, req->val[FL_ID].i, req->hdf, &did);
	if (rc <= 0)
		return rc < 0 ? res_db(rc) : res_status(404);
	r = page_dossier(req, did, NULL, ACT_READ, 0, &f);
	office_denied(req, r, f.id, f.owner_id, "file");
	if (!res_is_ok(r))
		return r;
	{
		char detail[64];

		snprintf(detail, sizeof(detail), "%s file %lld", f.code, req->val[FL_ID].i);
		if ((rc = page_audit(req, "dossier.file", "dossier", f.id, f.owner_id,
		    detail)) < 0)
			return res_db(rc);
	}
	mime = hdf_get_value(req->hdf, "File.mime", "application/octet-stream");
	inl = strcmp(mime, "application/pdf") == 0 || strcmp(mime, "image/jpeg") == 0 ||
	    strcmp(mime, "image/png") == 0;
	req_header(req, "Cross-Origin-Resource-Policy", "same-origin");
	snprintf(stem, sizeof(stem), "ho-so-%lld", req->val[FL_ID].i);
	return page_send_file(req, stem, inl, strcmp(mime, "application/pdf") == 0 ?
	    "default-src 'none'; object-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'" :
	    "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox",
	    inl ? mime : "application/octet-stream");
}

/* GET /can-bo/thong-bao/:id -- a notice exactly as sent (its stored
 * HTML, whose SHA-256 is on record), as a document of its own with CSP
 * sandbox: it runs nothing, and the page that links it shows its hash. */
static struct result
p_notice(struct request *req)
{
	struct dossier_facts f;
	struct result r;
	int rc;

	rc = wf_notice_get(req->db, 0, req->val[FL_ID].i, req->hdf, "N");
	if (rc <= 0)
		return rc < 0 ? res_db(rc) : res_status(404);
	if (!res_is_ok(r = page_dossier(req, hdf_ll(req->hdf, "N.dossier_id"), NULL,
	    ACT_READ, 0, &f)))
		return r;
	req->csp = "default-src 'none'; style-src 'self'; img-src 'self';"
	    " frame-ancestors 'none'; sandbox";
	req->content_type = "text/html; charset=utf-8";
	req->status = 200;
	buf_adds(&req->out, hdf_get_value(req->hdf, "N.html", ""));
	return res_ok();
}

/* --- the responder ----------------------------------------------------------------------- */

static const struct route routes[] = {
	{ M_GET, "/can-bo/tiep-nhan", p_queue, RF_PERSONAL, FIELDS(f_queue), ROLE_BIT(ROLE_RECEPTION) },
	{ M_GET, "/can-bo/ho-so/:code", p_dossier, RF_PERSONAL | RF_FORM, FIELDS(f_dossier), ROLES_WORK },
	{ M_POST, "/can-bo/ho-so/:code/kiem-tra", p_check, RF_CSRF, FIELDS(f_dossier), ROLES_WORK },
	{ M_POST, "/can-bo/ho-so/:code/tiep-nhan", p_act, RF_CSRF, FIELDS(f_act), ROLES_WORK },
	{ M_POST, "/can-bo/ho-so/:code/yeu-cau-bo-sung", p_act, RF_CSRF, FIELDS(f_act), ROLES_WORK },
	{ M_POST, "/can-bo/ho-so/:code/tu-choi", p_act, RF_CSRF, FIELDS(f_act), ROLES_WORK },
	{ M_POST, "/can-bo/ho-so/:code/chuyen-xu-ly", p_act, RF_CSRF, FIELDS(f_act), ROLES_WORK },
	{ M_GET, "/can-bo/ho-so/:code/phieu-kiem-soat", p_control_sheet, RF_PERSONAL, FIELDS(f_sheet), ROLES_WORK },
	{ M_GET, "/can-bo/so-theo-doi.csv", p_book, RF_PERSONAL, FIELDS(f_book), ROLES_WORK },
	{ M_GET, "/can-bo/tep/:id", p_file, RF_PERSONAL, FIELDS(f_id), ROLES_WORK },
	{ M_GET, "/can-bo/thong-bao/:id", p_notice, RF_PERSONAL, FIELDS(f_id), ROLES_WORK },
	OFFICE_PROCESS_ROUTES
	OFFICE_OPINION_ROUTES
	OFFICE_OVERSIGHT_ROUTES
	OFFICE_PERIOD_ROUTES
	OFFICE_PAPER_ROUTES
	OFFICE_PAYMENT_ROUTES
	OFFICE_STATEMENT_ROUTES
	OFFICE_COUNTER_ROUTES
	OFFICE_TRANSFER_ROUTES
};

/* The result upload checks files as the citizen's are (domain/intake). */
static int
start(const struct config *cfg, char *err, size_t errlen)
{
	return intake_start(cfg, err, errlen);
}

static const struct responder office_responder = {
	"office", "Office", routes, sizeof(routes) / sizeof(routes[0]),
	tpls, T__MAX, NULL, NULL, NULL, NULL, NULL, 0, page_who, start,
	page_error_menu, NULL, NULL,
};

int
main(int argc, char **argv)
{
	return responder_main(argc, argv, &office_responder);
}
