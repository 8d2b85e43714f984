/* dvc-dossier: a dossier before it is sent (Article 7): the start form,
 * the draft with its upload slots, the review with the Article 16
 * declaration, submission, and throwing a draft away. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/render.h"
#include "core/request.h"
#include "core/util.h"
#include "domain/payment.h"
#include "domain/person.h"
#include "pages/common.h"
#include "pages/dossier.h"

static void
applicant_from(const struct request *req, struct applicant *a)
{
	memset(a, 0, sizeof(*a));
	a->name = req->val[A_NAME].s;
	a->id_number = req->val[A_IDNO].s;
	a->birth_date = req->val[A_BIRTH].s;
	a->phone = req->val[A_PHONE].s;
	a->email = req->val[A_EMAIL].s;
	a->address = req->val[A_ADDRESS].s;
	a->org = req->val[A_ORG].s;
	a->tax_code = req->val[A_TAX].s;
	a->on_behalf = req->val[A_BEHALF].present;
}

/* The applicant's identity fields checked against each other
 * (page_identity_check). */
static void
applicant_check(struct request *req)
{
	page_identity_check(req, A_IDNO, A_BIRTH);
}

/* --- start ------------------------------------------------------------------- */

/* The start form's data: the procedure, its cases and agencies, and a
 * one-time token that makes the form's posts one draft. */
static struct result
start_page(struct request *req, int prefill)
{
	unsigned char rnd[16];
	char tok[24];
	int rc;

	rc = dossier_proc_info(req->db, req->cfg, req->val[ST_CODE].s, req->hdf);
	if (rc <= 0)
		return rc < 0 ? res_db(rc) : res_status(404);
	if ((rc = payment_proc_fee(req->db, req->val[ST_CODE].s, NULL, req->hdf, "Fee")) < 0)
		return res_db(rc);
	/* level 4: the documents to sign, or else to post on paper */
	if (hdf_get_int_value(req->hdf, "Proc.level", 0) >= 4 &&
	    (rc = dossier_proc_required(req->db, req->val[ST_CODE].s, req->hdf,
	    "Proc.Required")) < 0)
		return res_db(rc);
	if (req->user && prefill) {
		/* the applicant is the person, unless they act for someone */
		HDF *p;

		if ((rc = person_get(req->db, req->user->id, req->hdf, "Person")) < 0)
			return res_db(rc);
		p = hdf_get_obj(req->hdf, "Person");
		hdf_set_value(req->hdf, "Form.ho_ten.Value", hdf_get_value(p, "full_name", ""));
		hdf_set_value(req->hdf, "Form.so_dinh_danh.Value", hdf_get_value(p, "id_number", ""));
		hdf_set_value(req->hdf, "Form.ngay_sinh.Value", hdf_get_value(p, "birth_date", ""));
		hdf_set_value(req->hdf, "Form.dien_thoai.Value", hdf_get_value(p, "phone", ""));
		hdf_set_value(req->hdf, "Form.email.Value", hdf_get_value(p, "email", ""));
		hdf_set_value(req->hdf, "Form.dia_chi.Value", hdf_get_value(p, "address", ""));
		hdf_set_value(req->hdf, "Form.ten_to_chuc.Value", hdf_get_value(p, "org_name", ""));
		hdf_set_value(req->hdf, "Form.ma_so_thue.Value", hdf_get_value(p, "tax_code", ""));
	}
	if (prefill) {
		random_bytes(rnd, sizeof(rnd));
		b64url_encode(rnd, sizeof(rnd), tok);
		hdf_set_value(req->hdf, "Form.ma_phieu.Value", tok);
	}
	hdf_set_value(req->hdf, "Page.Nav", "procedures");
	return req_render(req, T_START);
}

/* GET /ho-so/nop/:code -- dossier_start.cs; anonymous visitors see what
 * they need and the way to log in. */
struct result
p_start_form(struct request *req)
{
	if (req->user && req->user->kind == UK_STAFF)
		hdf_set_value(req->hdf, "Start.Staff", "1");
	return start_page(req, 1);
}

struct start_tx {
	struct request *req;
	struct applicant a;
	long long id;
	int res;		/* dossier_start's outcome */
};

static int
start_tx(struct db *db, void *ctx)
{
	struct start_tx *s = ctx;
	struct request *req = s->req;
	int rc;

	s->res = dossier_start(db, req->cfg, req->user->id, req->val[ST_CODE].s,
	    req->val[ST_CASE].s, req->val[ST_AGENCY].s, req->val[ST_TOKEN].s,
	    &s->a, &s->id);
	if (s->res < 0)
		return s->res;
	if (s->res != DOSSIER_OK)
		return 0;	/* refused, or the same form again: nothing to record */
	rc = page_audit(req, "dossier.draft", "dossier", s->id, req->user->id,
	    req->val[ST_CODE].s);
	return rc < 0 ? rc : 0;
}

/* POST /ho-so/nop/:code -- makes the draft, then shows it. */
struct result
p_start(struct request *req)
{
	struct access_object o = { OBJ_DOSSIER, 0, 0, 0, 1, 0, NULL, 0, 0 };
	struct start_tx s;
	struct buf to = BUF_INIT;
	struct result r;
	int rc;

	/* one's own new dossier: officers do not submit through here */
	o.owner_id = req->user->id;
	if (access_object(req->user, ACT_CHANGE, &o, 1) != 0)
		return res_status(403);
	applicant_check(req);
	if (req->nerrors) {
		req_form_to_hdf(req);
		req->status = 422;
		return start_page(req, 0);
	}
	memset(&s, 0, sizeof(s));
	s.req = req;
	applicant_from(req, &s.a);
	if ((rc = db_tx(req->db, start_tx, &s)) != 0) {
		req_form_to_hdf(req);
		hdf_set_value(req->hdf, "Form.Failure", "down");
		req->status = res_db(rc).status;
		if (req->status == 503)
			req_header(req, "Retry-After", "30");
		return start_page(req, 0);
	}
	if (s.res == DOSSIER_NO_PROC)
		return res_status(404);
	if (s.res == DOSSIER_NO_CASE || s.res == DOSSIER_NO_AGENCY) {
		req_form_to_hdf(req);
		hdf_set_value(req->hdf, s.res == DOSSIER_NO_CASE ?
		    "Form.truong_hop.Error" : "Form.co_quan.Error",
		    render_text(req, "Valid.choice"));
		hdf_set_int_value(req->hdf, "Form.ErrorCount", 1);
		req->status = 422;
		return start_page(req, 0);
	}
	buf_printf(&to, "/ho-so/nhap/%lld", s.id);
	r = req_redirect(req, buf_str(&to));
	buf_free(&to);
	return r;
}

/* --- the draft ---------------------------------------------------------------- */

/* The draft's page data: the dossier, its documents and files, and at
 * level 4 the required documents no valid signature covers yet
 * (Dossier.Unsigned.N.name, Dossier.nunsigned: the paper copy must
 * follow if they stay so). */
static struct result
draft_data(struct request *req, long long id, int fill_form)
{
	int rc = dossier_load(req->db, id, req->hdf, "Dossier");

	if (rc < 0)
		return res_db(rc);
	if ((rc = dossier_unsigned_docs(req->db, id, req->hdf, "Dossier.Unsigned")) < 0)
		return res_db(rc);
	hdf_set_int_value(req->hdf, "Dossier.nunsigned", rc);
	/* what it will owe once submitted, and when (the review page) */
	if ((rc = payment_proc_fee(req->db, hdf_get_value(req->hdf, "Dossier.D.proc_code", ""),
	    hdf_get_value(req->hdf, "Dossier.D.case_key", NULL), req->hdf, "Fee")) < 0)
		return res_db(rc);
	if (fill_form) {
		HDF *d = hdf_get_obj(req->hdf, "Dossier.D");

		hdf_set_value(req->hdf, "Form.ho_ten.Value", hdf_get_value(d, "applicant_name", ""));
		hdf_set_value(req->hdf, "Form.so_dinh_danh.Value", hdf_get_value(d, "applicant_id_number", ""));
		hdf_set_value(req->hdf, "Form.ngay_sinh.Value", hdf_get_value(d, "applicant_birth_date", ""));
		hdf_set_value(req->hdf, "Form.dien_thoai.Value", hdf_get_value(d, "applicant_phone", ""));
		hdf_set_value(req->hdf, "Form.email.Value", hdf_get_value(d, "applicant_email", ""));
		hdf_set_value(req->hdf, "Form.dia_chi.Value", hdf_get_value(d, "applicant_address", ""));
		hdf_set_value(req->hdf, "Form.ten_to_chuc.Value", hdf_get_value(d, "applicant_org", ""));
		hdf_set_value(req->hdf, "Form.ma_so_thue.Value", hdf_get_value(d, "applicant_tax_code", ""));
		if (hdf_get_int_value(d, "on_behalf", 0))
			hdf_set_value(req->hdf, "Form.thay_mat.Value", "1");
	}
	hdf_set_int_value(req->hdf, "Upload.FileMaxMB",
	    (int)(cfg_int(req->cfg, "Upload.FileMax") / 1048576));
	hdf_set_value(req->hdf, "Page.Nav", "account");
	return res_ok();
}

/* A page of the draft whose :id is the route's field 0. */
static struct result
draft_page(struct request *req, int tpl, int fill_form)
{
	struct dossier_facts f;
	struct result r;

	if (!res_is_ok(r = load_draft(req, req->val[0].i, &f, "")) ||
	    !res_is_ok(r = draft_data(req, f.id, fill_form)))
		return r;
	return req_render(req, tpl);
}

/* GET /ho-so/nhap/:id -- dossier_draft.cs */
struct result
p_draft(struct request *req)
{
	return draft_page(req, T_DRAFT, 1);
}

struct save_tx {
	struct request *req;
	const struct dossier_facts *f;
	const struct taken *t;
	long long *remove;
	int nremove;
	int set_applicant;
	struct applicant a;
};

static int
save_tx(struct db *db, void *ctx)
{
	struct save_tx *s = ctx;
	int i, rc;

	for (i = 0; i < s->nremove; i++)
		if ((rc = dossier_remove_file(db, s->f->id, s->remove[i])) < 0)
			return rc;
	if ((rc = dossier_link_files(db, s->f, s->t)) < 0)
		return rc;
	if (s->set_applicant && (rc = dossier_set_applicant(db, s->f->id, &s->a)) < 0)
		return rc;
	if (s->t->nacc || s->nremove) {
		char note[64];

		snprintf(note, sizeof(note), "+%d -%d", s->t->nacc, s->nremove);
		if ((rc = page_audit(s->req, "dossier.files", "dossier", s->f->id,
		    s->f->owner_id, note)) < 0)
			return rc;
	}
	return 0;
}

/* The files ticked for removal ("xoa_<file id>" = 1, each validated), of
 * the draft's files in Dossier.Docs: their ids into remove (room for
 * f->files); returns how many. */
static int
ticked_removals(struct request *req, const struct dossier_facts *f, long long *remove)
{
	static const char *const one[] = { "1", NULL };
	HDF *d, *fl;
	int n = 0;

	for (d = hdf_obj_child(hdf_get_obj(req->hdf, "Dossier.Docs")); d; d = hdf_obj_next(d))
		for (fl = hdf_obj_child(hdf_get_obj(d, "Files")); fl; fl = hdf_obj_next(fl)) {
			char name[40], key[48];
			struct field fd = { name, V_ENUM, 0, 0, 0, one };
			struct fval v;

			snprintf(name, sizeof(name), "xoa_%lld", hdf_ll(fl, "id"));
			snprintf(key, sizeof(key), "Query.%s", name);
			memset(&v, 0, sizeof(v));
			if (validate_value(&fd, hdf_get_value(req->hdf, key, NULL), &v) == VE_OK &&
			    v.present && n < f->files)
				remove[n++] = hdf_ll(fl, "id");
			fval_clear(&v);
		}
	return n;
}

/* POST /ho-so/nhap/:id (multipart) -- applicant data, files to remove,
 * new files; every good file is kept even when others are refused. */
struct result
p_draft_save(struct request *req)
{
	struct dossier_facts f;
	struct save_tx s;
	struct taken t = { NULL, 0 };
	struct result r;
	struct buf to = BUF_INIT;
	long long *remove;
	int rc, nremove;

	if (!res_is_ok(r = load_draft(req, req->val[DR_ID].i, &f, "")) ||
	    !res_is_ok(r = draft_data(req, f.id, 0)))
		return r;
	applicant_check(req);
	remove = xcalloc((size_t)f.files + 1, sizeof(*remove));
	nremove = ticked_removals(req, &f, remove);
	if (!res_is_ok(r = dossier_take_files(req, &f, f.files - nremove, 0, &t))) {
		free(t.acc);
		free(remove);
		return r;
	}
	memset(&s, 0, sizeof(s));
	s.req = req;
	s.f = &f;
	s.t = &t;
	s.remove = remove;
	s.nremove = nremove;
	/* the applicant data only when all of it is valid; otherwise it is
	 * shown again with its messages, and the files are kept anyway */
	s.set_applicant = req->nerrors == 0;
	applicant_from(req, &s.a);
	rc = db_tx(req->db, save_tx, &s);
	free(t.acc);
	free(remove);
	if (rc != 0) {
		/* the stored files are not linked: the sweeper takes them */
		req_form_to_hdf(req);
		hdf_set_value(req->hdf, "Form.Failure", "down");
		req->status = res_db(rc).status;
		if (req->status == 503)
			req_header(req, "Retry-After", "30");
		return req_render(req, T_DRAFT);
	}
	if (req->nerrors || hdf_get_int_value(req->hdf, "Refused.count", 0)) {
		/* show what was kept, and what was not and why */
		hdf_remove_tree(req->hdf, "Dossier");
		if (!res_is_ok(r = draft_data(req, f.id, 0)))
			return r;
		req_form_to_hdf(req);
		req->status = 422;
		return req_render(req, T_DRAFT);
	}
	buf_printf(&to, "/ho-so/nhap/%lld%s", f.id,
	    req->val[DR_NEXT].s && strcmp(req->val[DR_NEXT].s, "xem-lai") == 0 ?
	    "/xem-lai" : "?da-luu=1");
	r = req_redirect(req, buf_str(&to));
	buf_free(&to);
	return r;
}

/* --- review and submission ---------------------------------------------------------- */

/* GET /ho-so/nhap/:id/xem-lai -- dossier_review.cs */
struct result
p_review(struct request *req)
{
	return draft_page(req, T_REVIEW, 0);
}

/* GET /ho-so/nhap/:id/xoa -- dossier_discard.cs: discarding a draft asks
 * first (the draft page links here; the button posts). */
struct result
p_discard_form(struct request *req)
{
	return draft_page(req, T_DISCARD, 0);
}

struct submit_tx {
	struct request *req;
	struct dossier_facts *f;
	char code[41];
	int paper;
	int res;		/* dossier_submit's outcome */
};

static int
submit_tx(struct db *db, void *ctx)
{
	struct submit_tx *s = ctx;
	struct request *req = s->req;
	HDF *mail;
	int rc;

	if ((rc = dossier_declare(db, s->f->id)) < 0)
		return rc;
	s->res = dossier_submit(db, req->cfg, s->f->id, s->code, &s->paper);
	if (s->res < 0)
		return s->res;
	if (s->res == DOSSIER_INCOMPLETE)
		return DB_ROLLBACK;	/* the declaration goes too */
	if (s->res == DOSSIER_AGAIN)
		return 0;	/* a second click: submitted already */
	if ((rc = page_audit(req, "dossier.submit", "dossier", s->f->id,
	    s->f->owner_id, s->code)) < 0)
		return rc;
	/* the receipt by mail, to the account's address */
	if (hdf_init(&mail))
		abort();
	rc = person_get(db, req->user->id, mail, "P");
	if (rc == 1 && hdf_get_value(mail, "P.email", NULL)) {
		struct buf link = BUF_INIT;

		hdf_set_value(mail, "Mail.Code", s->code);
		hdf_set_value(mail, "Mail.Name", hdf_get_value(mail, "P.full_name", ""));
		rc = dossier_load(db, s->f->id, mail, "Mail.Dossier");
		buf_printf(&link, "%s/ho-so/%s", req->cfg->base_url, s->code);
		hdf_set_value(mail, "Mail.Link", buf_str(&link));
		buf_free(&link);
		if (rc >= 0)
			rc = page_mail(req, T_MAIL, mail, "Submitted",
			    hdf_get_value(mail, "P.email", ""));
	}
	hdf_destroy(&mail);
	return rc < 0 ? rc : 0;
}

/* POST /ho-so/nhap/:id/nop -- once only, however often it is posted. */
struct result
p_submit(struct request *req)
{
	struct dossier_facts f;
	struct submit_tx s;
	struct buf to = BUF_INIT;
	struct result r;
	int rc = 0;

	/* a second click after the first went through: the same receipt */
	if (!res_is_ok(r = load_draft(req, req->val[RV_ID].i, &f, "/bien-nhan")))
		return r;
	memset(&s, 0, sizeof(s));
	s.req = req;
	s.f = &f;
	if (!req->val[RV_DECLARE].present)
		s.res = DOSSIER_UNDECLARED;
	else
		rc = db_tx(req->db, submit_tx, &s);
	/* incomplete: submit_tx rolled back on purpose (the declaration too) */
	if ((rc == 0 || rc == DB_ROLLBACK) &&
	    (s.res == DOSSIER_INCOMPLETE || s.res == DOSSIER_UNDECLARED)) {
		if (!res_is_ok(r = draft_data(req, f.id, 0)))
			return r;
		if (s.res == DOSSIER_INCOMPLETE)
			hdf_set_value(req->hdf, "Form.Failure", "incomplete");
		else
			hdf_set_value(req->hdf, "Form.cam_doan.Error",
			    render_text(req, "Dossier.DeclareRequired"));
		req->status = 422;
		return req_render(req, T_REVIEW);
	}
	if (rc != 0) {
		if (!res_is_ok(r = draft_data(req, f.id, 0)))
			return r;
		return req_form_db_failed(req, T_REVIEW, rc);
	}
	buf_printf(&to, "/ho-so/%s/bien-nhan", s.code);
	r = req_redirect(req, buf_str(&to));
	buf_free(&to);
	return r;
}

static int
discard_tx(struct db *db, void *ctx)
{
	struct dossier_facts *f = ctx;
	int rc = dossier_delete_draft(db, f->id);

	return rc < 0 ? rc : 0;
}

/* POST /ho-so/nhap/:id/xoa -- a draft thrown away. */
struct result
p_discard(struct request *req)
{
	struct dossier_facts f;
	struct result r;
	int rc;

	if (!res_is_ok(r = load_draft(req, req->val[RV_ID].i, &f, "")))
		return r;
	if ((rc = db_tx(req->db, discard_tx, &f)) != 0)
		return res_db(rc);
	return req_redirect(req, "/ho-so?da-xoa=1");
}
