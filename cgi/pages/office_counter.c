/* dvc-office: dossiers received at the counter or by post (issue 15,
 * section 3). Reception enters them; from submission on they are
 * dossiers like any other: the same code series, workflow, clock and
 * notices.
 *
 * GET  /can-bo/tiep-nhan/truc-tiep  the entry form (office_counter.cs):
 *      the applicant (found by ID number, or entered: they may have no
 *      account), the channel, the procedure and its case
 * POST /can-bo/tiep-nhan/truc-tiep  so_dinh_danh, ho_ten, ngay_sinh,
 *      dien_thoai, email, dia_chi, kenh (quay, buu-chinh), thu_tuc,
 *      truong_hop, ma_phieu (the form's one-time token); tim = 1 looks
 *      the applicant's account up by ID number and fills the form;
 *      xac_nhan = 1 confirms a second dossier of the same applicant and
 *      procedure the same day. Makes the draft (dossier_counter_start),
 *      then its page.
 * GET  /can-bo/tiep-nhan/truc-tiep/:id  the papers (office_counter_draft.cs)
 * POST /can-bo/tiep-nhan/truc-tiep/:id  (multipart) tep_<doc id>: the
 *      scans, checked as online uploads (pages/dossier_files.c);
 *      doi_chieu_<doc id> = 1: compared with its original; tiep =
 *      tiep-nhan: submit (dossier_submit_by: the code) and accept (the
 *      workflow's WA_ACCEPT: Form 01, the clock), then the printed
 *      receipt with its QR (/ho-so/<code>/bien-nhan).
 *
 * Reception of the dossier's agency only (route role, access_object with
 * the draft's counter mark). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/render.h"
#include "core/request.h"
#include "core/util.h"
#include "domain/person.h"
#include "pages/common.h"
#include "pages/dossier_files.h"
#include "pages/office.h"

static const char *const channels[] = { "quay", "buu-chinh", NULL };
static const char *const one[] = { "1", NULL };
static const char *const steps[] = { "luu", "tiep-nhan", NULL };

/* in the form's order: the error summary lists them so */
enum { CN_IDNO, CN_NAME, CN_BIRTH, CN_PHONE, CN_EMAIL, CN_ADDRESS, CN_CHANNEL,
	CN_PROC, CN_CASE, CN_TOKEN, CN_FIND, CN_CONFIRM };
const struct field office_f_counter[OFFICE_F_COUNTER_N] = {
	[CN_IDNO] = { "so_dinh_danh", V_CCCD, F_REQUIRED, 12, 12, NULL },
	[CN_NAME] = { "ho_ten", V_NAME, F_REQUIRED, 2, 100, NULL },
	[CN_BIRTH] = { "ngay_sinh", V_DATE, 0, 1900, 2100, NULL },
	[CN_PHONE] = { "dien_thoai", V_PHONE, F_REQUIRED, 0, 20, NULL },
	[CN_EMAIL] = { "email", V_EMAIL, 0, 0, 254, NULL },
	[CN_ADDRESS] = { "dia_chi", V_LINE, F_REQUIRED, 5, 300, NULL },
	[CN_CHANNEL] = { "kenh", V_ENUM, F_REQUIRED, 0, 0, channels },
	[CN_PROC] = { "thu_tuc", V_KEY, F_REQUIRED, 1, 16, NULL },
	[CN_CASE] = { "truong_hop", V_KEY, 0, 1, 60, NULL },
	[CN_TOKEN] = { "ma_phieu", V_TOKEN, F_REQUIRED, 22, 22, NULL },
	[CN_FIND] = { "tim", V_ENUM, 0, 0, 0, one },
	[CN_CONFIRM] = { "xac_nhan", V_ENUM, 0, 0, 0, one },
};

enum { CD_ID, CD_NEXT };
const struct field office_f_counter_draft[OFFICE_F_COUNTER_DRAFT_N] = {
	[CD_ID] = { "id", V_INT, F_PATH | F_REQUIRED, 1, 0x7fffffffffffL, NULL },
	[CD_NEXT] = { "tiep", V_ENUM, 0, 0, 0, steps },
};

/* --- the entry form ------------------------------------------------------------ */

/* The form's lists: the agency's procedures offered in person or by post
 * and their cases (Counter.Procs, Counter.ProcsCases). */
static struct result
entry_page(struct request *req, int fresh)
{
	int rc;

	if ((rc = dossier_counter_procs(req->db, req->user->agency_id, req->hdf,
	    "Counter.Procs")) < 0)
		return res_db(rc);
	if (fresh) {
		unsigned char rnd[16];
		char tok[24];

		random_bytes(rnd, sizeof(rnd));
		b64url_encode(rnd, sizeof(rnd), tok);
		hdf_set_value(req->hdf, "Form.ma_phieu.Value", tok);
		hdf_set_value(req->hdf, "Form.kenh.Value", "quay");
	}
	hdf_set_value(req->hdf, "Page.Nav", "office");
	return office_render(req, T_COUNTER);
}

/* GET /can-bo/tiep-nhan/truc-tiep */
struct result
office_p_counter_form(struct request *req)
{
	return entry_page(req, 1);
}

/* tim = 1: the applicant's account by ID number fills the form; only the
 * ID number is checked (the rest is what the officer is about to type). */
static struct result
find_applicant(struct request *req)
{
	HDF *p;
	size_t i;
	int rc;

	for (i = 0; i < OFFICE_F_COUNTER_N; i++)
		if (i != CN_IDNO)
			req->val[i].err = VE_OK;
	req->nerrors = req->val[CN_IDNO].err != VE_OK;
	req_form_to_hdf(req);
	if (req->nerrors) {
		req->status = 422;
		return entry_page(req, 0);
	}
	if ((rc = person_by_id_number(req->db, req->val[CN_IDNO].s, req->hdf, "Found")) < 0)
		return req_form_db_failed(req, T_COUNTER, rc);
	if (rc == 0) {
		hdf_set_value(req->hdf, "Counter.NotFound", "1");
		return entry_page(req, 0);
	}
	p = hdf_get_obj(req->hdf, "Found");
	hdf_set_value(req->hdf, "Counter.Found", "1");
	hdf_set_value(req->hdf, "Form.ho_ten.Value", hdf_get_value(p, "full_name", ""));
	hdf_set_value(req->hdf, "Form.ngay_sinh.Value", hdf_get_value(p, "birth_date", ""));
	hdf_set_value(req->hdf, "Form.dien_thoai.Value", hdf_get_value(p, "phone", ""));
	hdf_set_value(req->hdf, "Form.email.Value", hdf_get_value(p, "email", ""));
	hdf_set_value(req->hdf, "Form.dia_chi.Value", hdf_get_value(p, "address", ""));
	return entry_page(req, 0);
}

struct entry_tx {
	struct request *req;
	struct applicant a;
	long long owner, id;
	int res;		/* dossier_counter_start's outcome */
	int twins;		/* entered today already, not confirmed: nothing made */
};

static int
entry_tx(struct db *db, void *ctx)
{
	struct entry_tx *e = ctx;
	struct request *req = e->req;
	int rc;

	/* the same paper dossier twice: say so, and let the officer confirm
	 * (checked here, under the lock that orders two entries at once) */
	e->twins = 0;
	if (!req->val[CN_CONFIRM].present) {
		if ((rc = dossier_counter_twins(db, req->user->agency_id,
		    req->val[CN_IDNO].s, req->val[CN_PROC].s, req->hdf, "Counter.Twins")) < 0)
			return rc;
		if (rc > 0) {
			e->twins = 1;
			return 0;
		}
	}
	e->res = dossier_counter_start(db, e->owner, req->user->id,
	    strcmp(req->val[CN_CHANNEL].s, "buu-chinh") == 0, req->val[CN_PROC].s,
	    req->val[CN_CASE].s, req->user->agency_id, req->val[CN_TOKEN].s, &e->a,
	    &e->id);
	if (e->res < 0)
		return e->res;
	if (e->res != DOSSIER_OK)
		return 0;
	rc = page_audit(req, "dossier.draft", "dossier", e->id, e->owner,
	    req->val[CN_PROC].s);
	return rc < 0 ? rc : 0;
}

/* A field's own message after the dispatcher's checks passed. */
static struct result
field_error(struct request *req, const char *field, const char *lang_key, int status)
{
	char key[64];

	req_form_to_hdf(req);
	snprintf(key, sizeof(key), "Form.%s.Error", field);
	hdf_set_value(req->hdf, key, render_lang(lang_key));
	hdf_set_int_value(req->hdf, "Form.ErrorCount", 1);
	req->status = status;
	return entry_page(req, 0);
}

/* POST /can-bo/tiep-nhan/truc-tiep -- see above. */
struct result
office_p_counter_start(struct request *req)
{
	struct entry_tx e;
	struct buf to = BUF_INIT;
	struct result r;
	int rc;

	if (req->val[CN_FIND].present)
		return find_applicant(req);
	page_identity_check(req, CN_IDNO, CN_BIRTH);
	if (req->nerrors) {
		req_form_to_hdf(req);
		req->status = 422;
		return entry_page(req, 0);
	}
	memset(&e, 0, sizeof(e));
	e.req = req;
	e.a.name = req->val[CN_NAME].s;
	e.a.id_number = req->val[CN_IDNO].s;
	e.a.birth_date = req->val[CN_BIRTH].s;
	e.a.phone = req->val[CN_PHONE].s;
	e.a.email = req->val[CN_EMAIL].s;
	e.a.address = req->val[CN_ADDRESS].s;
	/* the applicant's account, if they have one, owns it from the start */
	rc = person_by_id_number(req->db, e.a.id_number, req->hdf, "Owner");
	if (rc < 0)
		return req_form_db_failed(req, T_COUNTER, rc);
	e.owner = rc ? hdf_ll(req->hdf, "Owner.id") : 0;
	hdf_remove_tree(req->hdf, "Owner");
	if ((rc = db_tx(req->db, entry_tx, &e)) != 0)
		return req_form_db_failed(req, T_COUNTER, rc);
	if (e.twins) {
		req_form_to_hdf(req);
		req->status = 409;
		return entry_page(req, 0);
	}
	if (e.res == DOSSIER_NO_PROC || e.res == DOSSIER_NO_AGENCY)
		return field_error(req, "thu_tuc", "Counter.NoProc", 422);
	if (e.res == DOSSIER_NO_CASE)
		return field_error(req, "truong_hop", "Counter.NoCase", 422);
	buf_printf(&to, "/can-bo/tiep-nhan/truc-tiep/%lld", e.id);
	r = req_redirect(req, buf_str(&to));
	buf_free(&to);
	return r;
}

/* --- the papers ---------------------------------------------------------------------- */

/* The draft of the route's :id, reception's to fill: res_ok() (f
 * filled, Dossier loaded); once submitted, a redirect to its page. */
static struct result
counter_draft(struct request *req, struct dossier_facts *f)
{
	struct result r = page_dossier(req, req->val[CD_ID].i, NULL, ACT_READ, 0, f);
	int rc;

	if (res_is_ok(r) && !f->counter)
		r = res_status(404);
	office_denied(req, r, f->id, f->owner_id, "counter");
	if (!res_is_ok(r))
		return r;
	if (f->status != DS_DRAFT) {
		struct buf to = BUF_INIT;

		buf_printf(&to, "/can-bo/ho-so/%s", f->code);
		r = req_redirect(req, buf_str(&to));
		buf_free(&to);
		return r;
	}
	if ((rc = dossier_load(req->db, f->id, req->hdf, "Dossier")) < 0)
		return res_db(rc);
	hdf_set_int_value(req->hdf, "Upload.FileMaxMB",
	    (int)(cfg_int(req->cfg, "Upload.FileMax") / 1048576));
	hdf_set_value(req->hdf, "Page.Nav", "office");
	return res_ok();
}

/* GET /can-bo/tiep-nhan/truc-tiep/:id */
struct result
office_p_counter_draft(struct request *req)
{
	struct dossier_facts f;
	struct result r;

	if (!res_is_ok(r = counter_draft(req, &f)))
		return r;
	return office_render(req, T_COUNTER_DRAFT);
}

struct papers_tx {
	struct request *req;
	const struct dossier_facts *f;
	const struct taken *t;
	long long *compared;
	size_t ncompared;
};

static int
papers_tx(struct db *db, void *ctx)
{
	struct papers_tx *p = ctx;
	HDF *d;
	int rc;

	if ((rc = dossier_link_files(db, p->f, p->t)) < 0)
		return rc;
	/* the marks as the form shows them now: ticked or not */
	for (d = hdf_obj_child(hdf_get_obj(p->req->hdf, "Dossier.Docs")); d; d = hdf_obj_next(d)) {
		long long doc = hdf_ll(d, "id");
		size_t i;
		int on = 0;

		for (i = 0; i < p->ncompared; i++)
			on |= p->compared[i] == doc;
		if ((rc = dossier_compare(db, p->f->id, doc, on, p->req->user->id)) < 0)
			return rc;
	}
	if (p->t->nacc) {
		char note[32];

		snprintf(note, sizeof(note), "+%d", p->t->nacc);
		rc = page_audit(p->req, "dossier.files", "dossier", p->f->id, p->f->owner_id,
		    note);
	}
	return rc < 0 ? rc : 0;
}

struct submit_tx {
	struct request *req;
	const struct dossier_facts *f;
	char code[41];
	int res;
	struct wf_out out;	/* the acceptance's */
};

/* Submitted and accepted in one transaction: a dossier received at the
 * counter is never seen waiting as "Mới đăng ký" unless its fee must be
 * paid first (the acceptance row waits for it, and the submission
 * stays); an acceptance that fails takes the submission back with it. */
static int
submit_tx(struct db *db, void *ctx)
{
	struct submit_tx *s = ctx;
	struct wf_hooks h;
	struct wf_in in;
	int paper, rc;

	/* the applicant signed the declaration on the paper form */
	if ((rc = dossier_declare(db, s->f->id)) < 0)
		return rc;
	s->res = dossier_submit_by(db, s->req->cfg, s->f->id, s->req->user->id, s->code,
	    &paper);
	if (s->res < 0)
		return s->res;
	if (s->res == DOSSIER_INCOMPLETE)
		return DB_ROLLBACK;
	if (s->res == DOSSIER_AGAIN)
		return 0;
	if ((rc = page_audit(s->req, "dossier.submit", "dossier", s->f->id,
	    s->f->owner_id, s->code)) < 0)
		return rc;
	/* received: the workflow's acceptance, as for an online dossier
	 * (Form 01 by mail or printed, the clock starts), nested in this
	 * transaction */
	memset(&in, 0, sizeof(in));
	in.action = WA_ACCEPT;
	in.dossier_id = s->f->id;
	in.version = -1;
	page_hooks(s->req, &h);
	rc = wf_apply(db, &h, &in, &s->out);
	return rc < 0 ? rc : 0;
}

/* The papers' page again, with what was kept and why not all. */
static struct result
papers_again(struct request *req, const char *failure)
{
	struct dossier_facts f;
	struct result r;

	hdf_remove_tree(req->hdf, "Dossier");
	if (!res_is_ok(r = counter_draft(req, &f)))
		return r;
	if (failure)
		hdf_set_value(req->hdf, "Form.Failure", failure);
	req->status = 422;
	return office_render(req, T_COUNTER_DRAFT);
}

/* POST /can-bo/tiep-nhan/truc-tiep/:id -- see above. */
struct result
office_p_counter_save(struct request *req)
{
	struct dossier_facts f;
	struct papers_tx p;
	struct submit_tx s;
	struct taken t = { NULL, 0 };
	struct buf to = BUF_INIT;
	struct result r;
	int rc;

	if (!res_is_ok(r = counter_draft(req, &f)))
		return r;
	if (!res_is_ok(r = dossier_take_files(req, &f, f.files, 0, &t))) {
		free(t.acc);
		return r;
	}
	memset(&p, 0, sizeof(p));
	p.req = req;
	p.f = &f;
	p.t = &t;
	p.compared = xcalloc(office_doc_count(req) + 1, sizeof(*p.compared));
	p.ncompared = office_ticked_docs(req, "doi_chieu_", p.compared, NULL);
	rc = db_tx(req->db, papers_tx, &p);
	free(t.acc);
	free(p.compared);
	if (rc != 0)
		return req_form_db_failed(req, T_COUNTER_DRAFT, rc);
	if (hdf_get_int_value(req->hdf, "Refused.count", 0))
		return papers_again(req, NULL);
	if (req->val[CD_NEXT].s == NULL || strcmp(req->val[CD_NEXT].s, "tiep-nhan") != 0) {
		buf_printf(&to, "/can-bo/tiep-nhan/truc-tiep/%lld?da-luu=1", f.id);
		r = req_redirect(req, buf_str(&to));
		buf_free(&to);
		return r;
	}
	/* every paper scanned is compared with its original first */
	hdf_remove_tree(req->hdf, "Dossier");
	if (!res_is_ok(r = counter_draft(req, &f)))
		return r;
	if ((rc = dossier_uncompared(req->db, f.id, req->hdf, "Uncompared")) < 0)
		return res_db(rc);
	if (rc > 0)
		return papers_again(req, "uncompared");
	memset(&s, 0, sizeof(s));
	s.req = req;
	s.f = &f;
	rc = db_tx(req->db, submit_tx, &s);
	if ((rc == 0 || rc == DB_ROLLBACK) && s.res == DOSSIER_INCOMPLETE)
		return papers_again(req, "incomplete");
	if (rc != 0)
		return req_form_db_failed(req, T_COUNTER_DRAFT, rc);
	if (s.res == DOSSIER_AGAIN || s.out.result == WF_DONE)
		buf_printf(&to, "/ho-so/%s/bien-nhan", s.code);
	else
		/* waiting (the fee first): its page says what to do */
		buf_printf(&to, "/can-bo/ho-so/%s?cho-tiep-nhan=1", s.code);
	r = req_redirect(req, buf_str(&to));
	buf_free(&to);
	return r;
}
