/* dvc-dossier: citizens' dossiers (Article 7) and public tracking.
 *
 * /ho-so/nop/<procedure>  start a draft (applicant, case, agency)
 * /ho-so/nhap/<id>        the draft: applicant data, one upload slot per
 *                         document, files kept as they come (multipart)
 * /ho-so/nhap/<id>/xem-lai  review, the Article 16 declaration, submit
 * /ho-so, /ho-so/<code>, /ho-so/<code>/bien-nhan  list, detail, receipt
 * /ho-so/<code>/thong-bao/<id>  a notice of the agency, as it was sent
 * /ho-so/<code>/bo-sung   the supplement a Form 02 asked for (multipart):
 *                         files to the documents it names, then the
 *                         workflow's citizen transition (the clock resumes)
 * /ho-so/tep/<id>         a file, through the app (authorised download)
 * /tra-cuu                status by code and last digits, or a receipt's QR
 *
 * Same five steps as every page (core/request.c): the dispatcher checked
 * method, session, route access, CSRF and fields; each handler loads the
 * dossier's facts and asks access_object, acts in one transaction with
 * its audit record and mail, then redirects or renders. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <qrencode.h>

#include "core/access.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/error.h"
#include "core/log.h"
#include "core/render.h"
#include "core/request.h"
#include "core/upload.h"
#include "core/util.h"
#include "domain/dossier.h"
#include "domain/intake.h"
#include "domain/person.h"
#include "domain/calendar.h"
#include "domain/store.h"
#include "domain/workflow.h"
#include "pages/common.h"

enum tpl {
	T_START, T_DRAFT, T_REVIEW, T_LIST, T_VIEW, T_RECEIPT, T_TRACK, T_MAIL,
	T_SUPPLEMENT, T__MAX
};

static const struct tpl_def tpls[T__MAX] = {
	[T_START] = { "dossier_start.cs", NULL },
	[T_DRAFT] = { "dossier_draft.cs", NULL },
	[T_REVIEW] = { "dossier_review.cs", NULL },
	[T_LIST] = { "dossier_list.cs", NULL },
	[T_VIEW] = { "dossier_view.cs", NULL },
	[T_RECEIPT] = { "receipt.cs", "layout_print.cs" },
	[T_TRACK] = { "track.cs", NULL },
	[T_MAIL] = { "mail.cs", "" },
	[T_SUPPLEMENT] = { "dossier_supplement.cs", NULL },
};

/* --- shared steps ------------------------------------------------------------ */

/* The dossier of the route's :code (its field 0) with the access
 * decision for act: 0 (allowed, f filled), 404 or 503. */
static int
path_dossier(struct request *req, enum access_act act, struct dossier_facts *f)
{
	if (req->val[0].err != VE_OK)
		return 404;
	return page_dossier(req, 0, req->val[0].s, act, 0, f);
}

/* A draft of the person's for the :id path parameter: 0, 404, 503; a
 * submitted dossier's old draft address leads to the dossier (303), to
 * its page "then" ("" or "/bien-nhan"). */
static int
load_draft(struct request *req, long long id, struct dossier_facts *f,
    const char *then)
{
	int rc = page_dossier(req, id, NULL, ACT_CHANGE, 0, f);
	struct buf to = BUF_INIT;

	if (rc != 0)
		return rc;
	if (f->status == DS_DRAFT)
		return 0;
	buf_printf(&to, "/ho-so/%s%s", f->code, then);
	rc = req_redirect(req, buf_str(&to));
	buf_free(&to);
	return rc == 0 ? 303 : rc;
}

/* --- start ------------------------------------------------------------------- */

/* The applicant's fields, at the same indices in the start form and the
 * draft form (index 0 is the path parameter), so one function reads
 * them from either. */
enum { A_NAME = 1, A_IDNO, A_BIRTH, A_PHONE, A_EMAIL, A_ADDRESS, A_ORG, A_TAX,
	A_BEHALF, A__END };
enum { ST_CODE = 0, ST_CASE = A__END, ST_AGENCY, ST_TOKEN, ST__MAX };

static const char *const one[] = { "1", NULL };

#define APPLICANT_FIELDS \
	[A_NAME] = { "ho_ten", V_NAME, F_REQUIRED, 2, 100, NULL }, \
	[A_IDNO] = { "so_dinh_danh", V_CCCD, F_REQUIRED, 12, 12, NULL }, \
	[A_BIRTH] = { "ngay_sinh", V_DATE, 0, 1900, 2100, NULL }, \
	[A_PHONE] = { "dien_thoai", V_PHONE, F_REQUIRED, 0, 20, NULL }, \
	[A_EMAIL] = { "email", V_EMAIL, 0, 0, 254, NULL }, \
	[A_ADDRESS] = { "dia_chi", V_LINE, F_REQUIRED, 5, 300, NULL }, \
	[A_ORG] = { "ten_to_chuc", V_LINE, 0, 2, 200, NULL }, \
	[A_TAX] = { "ma_so_thue", V_TAXCODE, 0, 10, 14, NULL }, \
	[A_BEHALF] = { "thay_mat", V_ENUM, 0, 0, 0, one }

#define ID_MAX 0x7fffffffffffL

static const struct field f_start[ST__MAX] = {
	[ST_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 16, NULL },
	APPLICANT_FIELDS,
	[ST_CASE] = { "truong_hop", V_KEY, 0, 1, 60, NULL },
	[ST_AGENCY] = { "co_quan", V_KEY, 0, 1, 24, NULL },
	[ST_TOKEN] = { "ma_phieu", V_TOKEN, F_REQUIRED, 22, 22, NULL },
};

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

/* The start form's data: the procedure, its cases and agencies, and a
 * one-time token that makes the form's posts one draft. */
static int
start_page(struct request *req, int prefill)
{
	unsigned char rnd[16];
	char tok[24];
	int rc;

	rc = dossier_proc_info(req->db, req->val[ST_CODE].s, req->hdf);
	if (rc <= 0)
		return rc < 0 ? http_status(rc) : 404;
	if (req->user && prefill) {
		/* the applicant is the person, unless they act for someone */
		HDF *p;

		if ((rc = person_get(req->db, req->user->id, req->hdf, "Person")) < 0)
			return http_status(rc);
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
static int
p_start_form(struct request *req)
{
	if (req->val[ST_CODE].err != VE_OK)
		return 404;
	if (req->user && req->user->kind == UK_STAFF)
		hdf_set_value(req->hdf, "Start.Staff", "1");
	return start_page(req, 1);
}

struct start_tx {
	struct request *req;
	struct applicant a;
	long long id;
	int res;
};

static int
start_tx(struct db *db, void *ctx)
{
	struct start_tx *s = ctx;
	struct request *req = s->req;
	int rc;

	s->res = dossier_start(db, req->user->id, req->val[ST_CODE].s,
	    req->val[ST_CASE].s, req->val[ST_AGENCY].s, req->val[ST_TOKEN].s,
	    &s->a, &s->id);
	if (s->res < 0)
		return s->res <= DOSSIER_NO_PROC && s->res >= DOSSIER_NO_AGENCY ? 0 : s->res;
	if (s->res == 1)
		return 0;	/* the same form again: nothing new to record */
	rc = page_audit(req, "dossier.draft", "dossier", s->id, req->user->id,
	    req->val[ST_CODE].s);
	return rc < 0 ? rc : 0;
}

/* POST /ho-so/nop/:code -- makes the draft, then shows it. */
static int
p_start(struct request *req)
{
	struct access_object o = { OBJ_DOSSIER, 0, 0, 0, 1, 0, NULL, 0 };
	struct start_tx s;
	struct buf to = BUF_INIT;
	int rc;

	if (req->val[ST_CODE].err != VE_OK)
		return 404;
	/* one's own new dossier: officers do not submit through here */
	o.owner_id = req->user->id;
	if ((rc = access_object(req->user, ACT_CHANGE, &o, 1)) != 0)
		return 403;
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
		req->status = http_status(rc);
		if (req->status == 503)
			req_header(req, "Retry-After", "30");
		return start_page(req, 0);
	}
	if (s.res == DOSSIER_NO_PROC)
		return 404;
	if (s.res == DOSSIER_NO_CASE || s.res == DOSSIER_NO_AGENCY) {
		req_form_to_hdf(req);
		hdf_set_value(req->hdf, s.res == DOSSIER_NO_CASE ?
		    "Form.truong_hop.Error" : "Form.co_quan.Error",
		    render_lang("Valid.choice"));
		hdf_set_int_value(req->hdf, "Form.ErrorCount", 1);
		req->status = 422;
		return start_page(req, 0);
	}
	buf_printf(&to, "/ho-so/nhap/%lld", s.id);
	rc = req_redirect(req, buf_str(&to));
	buf_free(&to);
	return rc;
}

/* --- the draft ---------------------------------------------------------------- */

enum { DR_ID = 0, DR_NEXT = A__END, DR__MAX };

static const char *const next_steps[] = { "luu", "xem-lai", NULL };

static const struct field f_draft[DR__MAX] = {
	[DR_ID] = { "id", V_INT, F_PATH | F_REQUIRED, 1, ID_MAX, NULL },
	APPLICANT_FIELDS,
	[DR_NEXT] = { "tiep", V_ENUM, 0, 0, 0, next_steps },
};

/* The draft's page data: the dossier, its documents and files. */
static int
draft_data(struct request *req, long long id, int fill_form)
{
	int rc = dossier_load(req->db, id, req->hdf, "Dossier");

	if (rc < 0)
		return http_status(rc);
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
	return 0;
}

/* A page of the draft whose :id is the route's field 0. */
static int
draft_page(struct request *req, int tpl, int fill_form)
{
	struct dossier_facts f;
	int rc;

	if (req->val[0].err != VE_OK)
		return 404;
	if ((rc = load_draft(req, req->val[0].i, &f, "")) != 0)
		return rc == 303 ? 0 : rc;
	if ((rc = draft_data(req, f.id, fill_form)) != 0)
		return rc;
	return req_render(req, tpl);
}

/* GET /ho-so/nhap/:id -- dossier_draft.cs */
static int
p_draft(struct request *req)
{
	return draft_page(req, T_DRAFT, 1);
}

/* What one save did, for the page and the audit trail. */
struct accepted {
	long long doc_id;
	struct intake in;
	int p7s_for;		/* index into the accepted list, or -1 */
	long long signs_id;	/* an already stored file it signs */
};

struct save_tx {
	struct request *req;
	struct dossier_facts *f;
	struct accepted *acc;
	int nacc;
	long long *remove;
	int nremove;
	int set_applicant;
	struct applicant a;
	long long *ids;		/* out: the rows made, per accepted file */
};

static int
save_tx(struct db *db, void *ctx)
{
	struct save_tx *s = ctx;
	struct request *req = s->req;
	int i, rc;

	for (i = 0; i < s->nremove; i++)
		if ((rc = dossier_remove_file(db, s->f->id, s->remove[i])) < 0)
			return rc;
	for (i = 0; i < s->nacc; i++) {
		struct accepted *a = &s->acc[i];
		struct dossier_file df;

		memset(&df, 0, sizeof(df));
		df.doc_id = a->doc_id;
		df.sha256 = a->in.sha256;
		df.mime = a->in.mime;
		df.ext = a->in.ext;
		df.name = a->in.name;
		df.size = a->in.size;
		df.signs_id = a->p7s_for >= 0 ? s->ids[a->p7s_for] : a->signs_id;
		df.sig_state = a->in.sig_state;
		df.sig_reason = a->in.sig_reason;
		df.sig_signer = a->in.sig_signer[0] ? a->in.sig_signer : NULL;
		df.sig_serial = a->in.sig_serial[0] ? a->in.sig_serial : NULL;
		df.sig_issuer = a->in.sig_issuer[0] ? a->in.sig_issuer : NULL;
		df.sig_time = a->in.sig_time;
		if ((rc = dossier_add_file(db, s->f->id, &df, &s->ids[i])) < 0)
			return rc;
		/* the signed file shows the detached signature's result */
		if (a->in.is_p7s && df.signs_id &&
		    (rc = dossier_file_sign(db, s->f->id, df.signs_id, &df)) < 0)
			return rc;
	}
	if (s->set_applicant && (rc = dossier_set_applicant(db, s->f->id, &s->a)) < 0)
		return rc;
	if (s->nacc || s->nremove) {
		char note[64];

		snprintf(note, sizeof(note), "+%d -%d", s->nacc, s->nremove);
		if ((rc = page_audit(req, "dossier.files", "dossier", s->f->id,
		    s->f->owner_id, note)) < 0)
			return rc;
	}
	return 0;
}

/* The upload slot's document: "tep_<doc id>" of this dossier, or 0. */
static long long
slot_doc(HDF *docs, const char *name)
{
	char *end;
	long long id;
	HDF *d;

	if (strncmp(name, "tep_", 4) != 0)
		return 0;
	id = strtoll(name + 4, &end, 10);
	if (*end != '\0' || id <= 0)
		return 0;
	for (d = hdf_obj_child(docs); d; d = hdf_obj_next(d))
		if (hdf_ll(d, "id") == id)
			return id;
	return 0;
}

/* A refused file: its message next to the document's field. */
static void
refuse(struct request *req, long long doc_id, const char *name, const char *key)
{
	char k[96];
	int n;
	HDF *node;

	snprintf(k, sizeof(k), "Refused.%lld", doc_id);
	node = hdf_get_obj(req->hdf, k);
	n = 0;
	if (node)
		for (node = hdf_obj_child(node); node; node = hdf_obj_next(node))
			n++;
	snprintf(k, sizeof(k), "Refused.%lld.%d.name", doc_id, n);
	hdf_set_value(req->hdf, k, name);
	snprintf(k, sizeof(k), "Refused.%lld.%d.key", doc_id, n);
	hdf_set_value(req->hdf, k, key);
	hdf_set_int_value(req->hdf, "Refused.count",
	    hdf_get_int_value(req->hdf, "Refused.count", 0) + 1);
}

/* A file over Upload.FileMax, or one the dossier's quotas (it holds
 * files and bytes now) have no room for: refused by its document, 1. */
static int
over_limit(struct request *req, const struct upload *u, long long doc,
    const char *name, long long files, long long bytes)
{
	const char *why = NULL;

	if (u->over)
		why = "Upload.TooBig";
	else if (files + 1 > cfg_int(req->cfg, "Dossier.MaxFiles"))
		why = "Upload.QuotaFiles";
	else if (bytes + (long long)u->size > cfg_int(req->cfg, "Dossier.MaxBytes"))
		why = "Upload.QuotaBytes";
	if (why)
		refuse(req, doc, name, why);
	return why != NULL;
}

/* A .p7s sent with the file it signs: that file's index among the
 * accepted ones (same slot, same name without ".p7s", or the slot's only
 * file); -1 if none. */
static int
p7s_partner(struct accepted *acc, int nacc, long long doc_id, const char *name)
{
	size_t n = strlen(name);
	int i, only = -1, count = 0;

	for (i = 0; i < nacc; i++) {
		if (acc[i].doc_id != doc_id || acc[i].in.is_p7s)
			continue;
		count++;
		only = i;
		if (n > 4 && strlen(acc[i].in.name) == n - 4 &&
		    strncmp(acc[i].in.name, name, n - 4) == 0)
			return i;
	}
	return count == 1 ? only : -1;
}

/* The same among the files the draft has already: a stored file's id and
 * hash (into sha), or 0. */
static long long
p7s_stored_partner(HDF *docs, long long doc_id, const char *name, char sha[65])
{
	size_t n = strlen(name);
	long long only = 0;
	int count = 0;
	HDF *d, *f;

	for (d = hdf_obj_child(docs); d; d = hdf_obj_next(d)) {
		if (hdf_ll(d, "id") != doc_id)
			continue;
		for (f = hdf_obj_child(hdf_get_obj(d, "Files")); f; f = hdf_obj_next(f)) {
			const char *fn = hdf_get_value(f, "name", "");

			if (hdf_get_value(f, "signs_id", NULL))
				continue;
			count++;
			only = hdf_ll(f, "id");
			snprintf(sha, 65, "%s", hdf_get_value(f, "sha256", ""));
			if (n > 4 && strlen(fn) == n - 4 && strncmp(fn, name, n - 4) == 0)
				return only;
		}
	}
	return count == 1 ? only : 0;
}

/* POST /ho-so/nhap/:id (multipart) -- applicant data, files to remove,
 * new files; every good file is kept even when others are refused. */
static int
p_draft_save(struct request *req)
{
	struct dossier_facts f;
	struct save_tx s;
	struct accepted *acc = NULL;
	long long *remove = NULL, *ids = NULL;
	HDF *docs;
	long long files, bytes;
	int i, rc, nacc = 0, nremove = 0, fault = 0;

	if (req->val[DR_ID].err != VE_OK)
		return 404;
	if ((rc = load_draft(req, req->val[DR_ID].i, &f, "")) != 0)
		return rc == 303 ? 0 : rc;
	if ((rc = draft_data(req, f.id, 0)) != 0)
		return rc;
	docs = hdf_get_obj(req->hdf, "Dossier.Docs");

	/* files ticked for removal: "xoa_<file id>" = 1, each validated */
	remove = xcalloc((size_t)f.files + 1, sizeof(*remove));
	{
		HDF *d, *fl;

		for (d = hdf_obj_child(docs); d; d = hdf_obj_next(d))
			for (fl = hdf_obj_child(hdf_get_obj(d, "Files")); fl; fl = hdf_obj_next(fl)) {
				char name[40], key[48];
				struct field fd = { name, V_ENUM, 0, 0, 0, one };
				struct fval v;

				snprintf(name, sizeof(name), "xoa_%lld", hdf_ll(fl, "id"));
				snprintf(key, sizeof(key), "Query.%s", name);
				memset(&v, 0, sizeof(v));
				if (validate_value(&fd, hdf_get_value(req->hdf, key, NULL), &v) == VE_OK &&
				    v.present && nremove < f.files) {
					remove[nremove++] = hdf_ll(fl, "id");
				}
				fval_clear(&v);
			}
	}
	files = f.files - nremove;
	bytes = f.bytes;

	/* new files, checked one by one */
	acc = xcalloc((size_t)req->nuploads + 1, sizeof(*acc));
	for (i = 0; i < req->nuploads && !fault; i++) {
		struct upload *u = &req->uploads[i];
		long long doc = slot_doc(docs, u->name);
		struct accepted *a = &acc[nacc];
		char name[256];
		int signed_fd = -1;

		if (doc == 0 || (u->fd < 0 && !u->over))
			continue;	/* not a slot of this draft, or nothing chosen */
		intake_name(u, name);
		if (over_limit(req, u, doc, name, files, bytes))
			continue;
		a->doc_id = doc;
		a->p7s_for = -1;
		if (intake_is_signature(u)) {
			char sha[65] = "";
			long long size;

			a->p7s_for = p7s_partner(acc, nacc, doc, name);
			if (a->p7s_for < 0)
				a->signs_id = p7s_stored_partner(docs, doc, name, sha);
			if (a->p7s_for >= 0)
				snprintf(sha, sizeof(sha), "%s", acc[a->p7s_for].in.sha256);
			if (a->p7s_for < 0 && a->signs_id == 0) {
				refuse(req, doc, name, "Sig.NoTarget");
				continue;
			}
			if ((signed_fd = store_open(req->cfg, sha, &size)) < 0) {
				fault = 1;
				break;
			}
		}
		rc = intake_file(req->cfg, u, f.level, signed_fd, &a->in);
		if (signed_fd >= 0)
			close(signed_fd);
		if (rc < 0) {
			fault = 1;
			break;
		}
		if (!a->in.ok) {
			refuse(req, doc, name, a->in.key);
			continue;
		}
		files++;
		bytes += a->in.size;
		nacc++;
	}
	if (fault) {
		free(acc);
		free(remove);
		return 500;
	}

	memset(&s, 0, sizeof(s));
	s.req = req;
	s.f = &f;
	s.acc = acc;
	s.nacc = nacc;
	s.remove = remove;
	s.nremove = nremove;
	ids = xcalloc((size_t)nacc + 1, sizeof(*ids));
	s.ids = ids;
	/* the applicant data only when all of it is valid; otherwise it is
	 * shown again with its messages, and the files are kept anyway */
	s.set_applicant = req->nerrors == 0;
	applicant_from(req, &s.a);
	rc = db_tx(req->db, save_tx, &s);
	free(acc);
	free(remove);
	free(ids);
	if (rc != 0) {
		/* the stored files are not linked: the sweeper takes them */
		req_form_to_hdf(req);
		hdf_set_value(req->hdf, "Form.Failure", "down");
		req->status = http_status(rc);
		if (req->status == 503)
			req_header(req, "Retry-After", "30");
		return req_render(req, T_DRAFT);
	}
	if (req->nerrors || hdf_get_int_value(req->hdf, "Refused.count", 0)) {
		/* show what was kept, and what was not and why */
		hdf_remove_tree(req->hdf, "Dossier");
		if ((rc = draft_data(req, f.id, 0)) != 0)
			return rc;
		req_form_to_hdf(req);
		req->status = 422;
		return req_render(req, T_DRAFT);
	}
	{
		struct buf to = BUF_INIT;

		buf_printf(&to, "/ho-so/nhap/%lld%s", f.id,
		    req->val[DR_NEXT].s && strcmp(req->val[DR_NEXT].s, "xem-lai") == 0 ?
		    "/xem-lai" : "?da-luu=1");
		rc = req_redirect(req, buf_str(&to));
		buf_free(&to);
	}
	return rc;
}

/* --- review and submission ---------------------------------------------------------- */

enum { RV_ID, RV_DECLARE, RV_SAVED, RV__MAX };

static const struct field f_review[RV__MAX] = {
	[RV_ID] = { "id", V_INT, F_PATH | F_REQUIRED, 1, ID_MAX, NULL },
	[RV_DECLARE] = { "cam_doan", V_ENUM, 0, 0, 0, one },
	[RV_SAVED] = { "da-luu", V_ENUM, 0, 0, 0, one },
};

/* GET /ho-so/nhap/:id/xem-lai -- dossier_review.cs */
static int
p_review(struct request *req)
{
	return draft_page(req, T_REVIEW, 0);
}

struct submit_tx {
	struct request *req;
	struct dossier_facts *f;
	char code[41];
	int paper;
	int res;
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
	if (s->res == DOSSIER_INCOMPLETE || s->res == DOSSIER_UNDECLARED)
		return s->res;	/* rolls back the declaration too */
	if (s->res < 0)
		return s->res;
	if (s->res == 1)
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
static int
p_submit(struct request *req)
{
	struct dossier_facts f;
	struct submit_tx s;
	struct buf to = BUF_INIT;
	int rc;

	if (req->val[RV_ID].err != VE_OK)
		return 404;
	/* a second click after the first went through: the same receipt */
	if ((rc = load_draft(req, req->val[RV_ID].i, &f, "/bien-nhan")) != 0)
		return rc == 303 ? 0 : rc;
	memset(&s, 0, sizeof(s));
	s.req = req;
	s.f = &f;
	if (!req->val[RV_DECLARE].present)
		rc = DOSSIER_UNDECLARED;
	else
		rc = db_tx(req->db, submit_tx, &s);
	if (rc == DOSSIER_INCOMPLETE || rc == DOSSIER_UNDECLARED) {
		if ((rc = draft_data(req, f.id, 0)) != 0)
			return rc;
		if (s.res == DOSSIER_INCOMPLETE)
			hdf_set_value(req->hdf, "Form.Failure", "incomplete");
		else
			hdf_set_value(req->hdf, "Form.cam_doan.Error",
			    render_lang("Dossier.DeclareRequired"));
		req->status = 422;
		return req_render(req, T_REVIEW);
	}
	if (rc != 0) {
		if ((rc = draft_data(req, f.id, 0)) != 0)
			return rc;
		return req_form_failed(req, T_REVIEW, 503, "down");
	}
	buf_printf(&to, "/ho-so/%s/bien-nhan", s.code);
	rc = req_redirect(req, buf_str(&to));
	buf_free(&to);
	return rc;
}

static int
discard_tx(struct db *db, void *ctx)
{
	struct dossier_facts *f = ctx;
	int rc = dossier_delete_draft(db, f->id);

	return rc < 0 ? rc : 0;
}

/* POST /ho-so/nhap/:id/xoa -- a draft thrown away. */
static int
p_discard(struct request *req)
{
	struct dossier_facts f;
	int rc;

	if (req->val[RV_ID].err != VE_OK)
		return 404;
	if ((rc = load_draft(req, req->val[RV_ID].i, &f, "")) != 0)
		return rc == 303 ? 0 : rc;
	if ((rc = db_tx(req->db, discard_tx, &f)) != 0)
		return http_status(rc);
	return req_redirect(req, "/ho-so?da-xoa=1");
}

/* --- the person's dossiers ---------------------------------------------------------- */

/* GET /ho-so -- dossier_list.cs */
static int
p_list(struct request *req)
{
	int rc;

	if (req->user->kind == UK_STAFF)
		return req_redirect(req, "/can-bo");
	if ((rc = dossier_list(req->db, req->user->id, req->hdf, "Dossiers")) < 0)
		return http_status(rc);
	if (hdf_get_value(req->hdf, "Query.da-xoa", NULL))
		hdf_set_value(req->hdf, "Page.Discarded", "1");
	hdf_set_value(req->hdf, "Page.Nav", "account");
	return req_render(req, T_LIST);
}

enum { VW_CODE, VW__MAX };
static const struct field f_view[VW__MAX] = {
	[VW_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 40, NULL },
};

/* The QR code of the tracking link, as an SVG path of unit squares:
 * Receipt.Qr.{path,size}. Drawn by the template, no image file. */
static int
receipt_qr(struct request *req, const char *code)
{
	char mac[23];
	struct buf url = BUF_INIT, path = BUF_INIT;
	QRcode *qr;
	int x, y;

	dossier_receipt_mac(req->cfg, code, mac);
	buf_printf(&url, "%s/tra-cuu?ma=", req->cfg->base_url);
	url_encode(&url, code);
	buf_printf(&url, "&k=%s", mac);
	hdf_set_value(req->hdf, "Receipt.Url", buf_str(&url));
	qr = QRcode_encodeString(buf_str(&url), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
	buf_free(&url);
	if (qr == NULL)
		return -1;
	for (y = 0; y < qr->width; y++)
		for (x = 0; x < qr->width; x++) {
			int run = 0;

			while (x + run < qr->width && (qr->data[y * qr->width + x + run] & 1))
				run++;
			if (run) {
				/* a 4-module quiet zone around the symbol */
				buf_printf(&path, "M%d %dh%dv1h-%dz", x + 4, y + 4, run, run);
				x += run - 1;
			}
		}
	hdf_set_value(req->hdf, "Receipt.Qr.path", buf_str(&path));
	hdf_set_int_value(req->hdf, "Receipt.Qr.size", qr->width + 8);
	QRcode_free(qr);
	buf_free(&path);
	return 0;
}

static int after_data(struct request *req, const struct dossier_facts *f);

/* GET /ho-so/:code and /ho-so/:code/bien-nhan */
static int
view(struct request *req, int tpl)
{
	struct dossier_facts f;
	int rc;

	if ((rc = path_dossier(req, ACT_READ, &f)) != 0)
		return rc;
	if ((rc = dossier_load(req->db, f.id, req->hdf, "Dossier")) < 0)
		return http_status(rc);
	if (tpl == T_RECEIPT && receipt_qr(req, f.code) != 0)
		return 500;
	if (tpl == T_VIEW) {
		if ((rc = wf_notices(req->db, f.id, req->hdf, "Notices")) < 0)
			return http_status(rc);
		if ((rc = wf_clock_info(req->db, req->cfg,
		    hdf_get_obj(req->hdf, "Dossier.D"), cal_now(), req->hdf, "Clock")) < 0)
			return http_status(rc);
		if (hdf_get_value(req->hdf, "Query.da-bo-sung", NULL))
			hdf_set_value(req->hdf, "Page.Supplemented", "1");
		if ((rc = after_data(req, &f)) != 0)
			return rc;
	}
	hdf_set_value(req->hdf, "Page.Nav", "account");
	return req_render(req, tpl);
}

static int
p_view(struct request *req)
{
	return view(req, T_VIEW);
}

static int
p_receipt(struct request *req)
{
	return view(req, T_RECEIPT);
}

/* --- notices and the supplement ------------------------------------------------------- */

enum { NT_CODE, NT_ID, NT__MAX };
static const struct field f_notice[NT__MAX] = {
	[NT_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 40, NULL },
	[NT_ID] = { "id", V_INT, F_PATH | F_REQUIRED, 1, ID_MAX, NULL },
};

/* The :code of the path, upper-cased, into code. */
/* GET /ho-so/:code/thong-bao/:id -- the agency's notice exactly as sent
 * (stored HTML, its SHA-256 on the dossier page), a document of its own
 * under CSP sandbox. */
static int
p_notice(struct request *req)
{
	struct dossier_facts f;
	int rc;

	if (req->val[NT_ID].err != VE_OK)
		return 404;
	if ((rc = path_dossier(req, ACT_READ, &f)) != 0)
		return rc;
	rc = wf_notice_get(req->db, f.id, req->val[NT_ID].i, req->hdf, "N");
	if (rc <= 0)
		return rc < 0 ? http_status(rc) : 404;
	req->csp = "default-src 'none'; style-src 'self'; img-src 'self';"
	    " frame-ancestors 'none'; sandbox";
	req->content_type = "text/html; charset=utf-8";
	req->status = 200;
	buf_adds(&req->out, hdf_get_value(req->hdf, "N.html", ""));
	return 0;
}

/* The dossier waiting for this person's supplement (status 5), with its
 * data in Dossier.*: 0, 404, 503, or 303 to the dossier's page when it
 * is not waiting (any more). */
static int
load_supplement(struct request *req, struct dossier_facts *f)
{
	int rc;

	if ((rc = path_dossier(req, ACT_CHANGE, f)) != 0)
		return rc;
	if (f->status != DS_SUPPLEMENT) {
		struct buf to = BUF_INIT;

		buf_printf(&to, "/ho-so/%s", f->code);
		rc = req_redirect(req, buf_str(&to));
		buf_free(&to);
		return rc == 0 ? 303 : rc;
	}
	if ((rc = dossier_load(req->db, f->id, req->hdf, "Dossier")) < 0)
		return http_status(rc);
	if ((rc = wf_notices(req->db, f->id, req->hdf, "Notices")) < 0)
		return http_status(rc);
	hdf_set_int_value(req->hdf, "Upload.FileMaxMB",
	    (int)(cfg_int(req->cfg, "Upload.FileMax") / 1048576));
	hdf_set_value(req->hdf, "Page.Nav", "account");
	return 0;
}

enum { SP_CODE, SP__MAX };
static const struct field f_supp[SP__MAX] = {
	[SP_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 40, NULL },
};

/* GET /ho-so/:code/bo-sung -- dossier_supplement.cs */
static int
p_supplement_form(struct request *req)
{
	struct dossier_facts f;
	int rc;

	if ((rc = load_supplement(req, &f)) != 0)
		return rc == 303 ? 0 : rc;
	return req_render(req, T_SUPPLEMENT);
}

static int
hook_audit(void *ctx, struct db *db, const char *action, long long id,
    long long owner, const char *detail)
{
	(void)db;
	return page_audit(ctx, action, "dossier", id, owner, detail);
}

struct supp_tx {
	struct request *req;
	struct dossier_facts *f;
	struct accepted *acc;
	int nacc;
	struct wf_out out;
};

static int
supp_tx(struct db *db, void *ctx)
{
	struct supp_tx *s = ctx;
	struct request *req = s->req;
	struct wf_hooks h;
	struct wf_in in;
	int i, rc;

	for (i = 0; i < s->nacc; i++) {
		struct dossier_file df;
		long long fid;

		memset(&df, 0, sizeof(df));
		df.doc_id = s->acc[i].doc_id;
		df.sha256 = s->acc[i].in.sha256;
		df.mime = s->acc[i].in.mime;
		df.ext = s->acc[i].in.ext;
		df.name = s->acc[i].in.name;
		df.size = s->acc[i].in.size;
		df.sig_state = s->acc[i].in.sig_state;
		df.sig_reason = s->acc[i].in.sig_reason;
		df.sig_signer = s->acc[i].in.sig_signer[0] ? s->acc[i].in.sig_signer : NULL;
		df.sig_serial = s->acc[i].in.sig_serial[0] ? s->acc[i].in.sig_serial : NULL;
		df.sig_issuer = s->acc[i].in.sig_issuer[0] ? s->acc[i].in.sig_issuer : NULL;
		df.sig_time = s->acc[i].in.sig_time;
		if ((rc = dossier_add_file(db, s->f->id, &df, &fid)) < 0)
			return rc;
	}
	/* the transition in the same transaction (db_tx nests): the files
	 * and the status change commit together or not at all */
	memset(&h, 0, sizeof(h));
	h.cfg = req->cfg;
	h.user = req->user;
	h.ctx = req;
	h.audit = hook_audit;
	memset(&in, 0, sizeof(in));
	in.action = WA_CITIZEN_SUPPLEMENT;
	in.dossier_id = s->f->id;
	in.version = -1;
	if ((rc = wf_apply(db, &h, &in, &s->out)) != 0)
		return rc;
	return s->out.result == WF_DONE ? 0 : DB_ERR;
}

/* POST /ho-so/:code/bo-sung (multipart) -- tep_<doc id>: files for the
 * documents the request named, at least one for each; then the dossier
 * goes back to the agency and the clock resumes. */
static int
p_supplement(struct request *req)
{
	struct dossier_facts f;
	struct supp_tx s;
	struct accepted *acc;
	HDF *docs, *d;
	long long files, bytes;
	int i, rc, nacc = 0, fault = 0, lacking = 0;

	if ((rc = load_supplement(req, &f)) != 0)
		return rc == 303 ? 0 : rc;
	docs = hdf_get_obj(req->hdf, "Dossier.Docs");
	files = f.files;
	bytes = f.bytes;
	acc = xcalloc((size_t)req->nuploads + 1, sizeof(*acc));
	for (i = 0; i < req->nuploads && !fault; i++) {
		struct upload *u = &req->uploads[i];
		long long doc = slot_doc(docs, u->name);
		struct accepted *a = &acc[nacc];
		char name[256];
		char key[48];

		if (doc == 0 || (u->fd < 0 && !u->over))
			continue;
		/* only the documents the request named */
		for (d = hdf_obj_child(docs); d; d = hdf_obj_next(d))
			if (hdf_ll(d, "id") == doc)
				break;
		if (d == NULL || hdf_get_int_value(d, "supplement", 0) != 1)
			continue;
		intake_name(u, name);
		if (over_limit(req, u, doc, name, files, bytes))
			continue;
		if (intake_is_signature(u)) {
			/* a detached signature needs its file in the same
			 * post; the supplement takes signed PDFs instead */
			refuse(req, doc, name, "Sig.NoTarget");
			continue;
		}
		a->doc_id = doc;
		a->p7s_for = -1;
		if (intake_file(req->cfg, u, f.level, -1, &a->in) < 0) {
			fault = 1;
			break;
		}
		if (!a->in.ok) {
			refuse(req, doc, name, a->in.key);
			continue;
		}
		snprintf(key, sizeof(key), "Got.%lld", doc);
		hdf_set_value(req->hdf, key, "1");
		files++;
		bytes += a->in.size;
		nacc++;
	}
	if (fault) {
		free(acc);
		return 500;
	}
	/* every requested document has something new */
	for (d = hdf_obj_child(docs); d; d = hdf_obj_next(d)) {
		char key[48];

		snprintf(key, sizeof(key), "Got.%lld", hdf_ll(d, "id"));
		if (hdf_get_int_value(d, "supplement", 0) == 1 &&
		    !hdf_get_value(req->hdf, key, NULL))
			lacking++;
	}
	if (lacking || hdf_get_int_value(req->hdf, "Refused.count", 0)) {
		free(acc);
		hdf_set_value(req->hdf, "Form.Failure", lacking ? "lacking" : "refused");
		req->status = 422;
		return req_render(req, T_SUPPLEMENT);
	}
	memset(&s, 0, sizeof(s));
	s.req = req;
	s.f = &f;
	s.acc = acc;
	s.nacc = nacc;
	rc = db_tx(req->db, supp_tx, &s);
	free(acc);
	if (rc != 0 && s.out.result != WF_DONE && s.out.result != 0)
		return s.out.result == WF_NOT_FOUND ? 404 : 409;
	if (rc != 0)
		return req_form_failed(req, T_SUPPLEMENT, http_status(rc), "down");
	{
		struct buf to = BUF_INIT;

		buf_printf(&to, "/ho-so/%s?da-bo-sung=1", f.code);
		rc = req_redirect(req, buf_str(&to));
		buf_free(&to);
	}
	return rc;
}

/* --- files ----------------------------------------------------------------------------- */

enum { FL_ID, FL__MAX };
static const struct field f_file[FL__MAX] = {
	[FL_ID] = { "id", V_INT, F_PATH | F_REQUIRED, 1, ID_MAX, NULL },
};

/* GET /ho-so/tep/:id -- the bytes, only for who may read the dossier;
 * always a download, never shown by the browser as a page of this site. */
static int
p_file(struct request *req)
{
	struct dossier_facts f;
	long long did = 0;
	int rc;

	if (req->val[FL_ID].err != VE_OK)
		return 404;
	rc = dossier_file_get(req->db, req->val[FL_ID].i, req->hdf, &did);
	if (rc <= 0)
		return rc < 0 ? http_status(rc) : 404;
	/* a result file only through /ho-so/<code>/ket-qua, once returned */
	if (hdf_get_int_value(req->hdf, "File.is_result", 0))
		return 404;
	if ((rc = page_dossier(req, did, NULL, ACT_READ, 0, &f)) != 0)
		return rc;
	{
		char stem[32];

		snprintf(stem, sizeof(stem), "ho-so-%lld", req->val[FL_ID].i);
		return page_send_file(req, stem, 0, "default-src 'none'; sandbox",
		    hdf_get_value(req->hdf, "File.mime", "application/octet-stream"));
	}
}

/* --- tracking ------------------------------------------------------------------------------ */

enum { TR_CODE, TR_DIGITS, TR_MAC, TR__MAX };
static const struct field f_track[TR__MAX] = {
	[TR_CODE] = { "ma", V_KEY, 0, 1, 40, NULL },
	[TR_DIGITS] = { "so", V_INT, 0, 0, 999999, NULL },
	[TR_MAC] = { "k", V_TOKEN, 0, 22, 22, NULL },
};

/* GET /tra-cuu -- track.cs: status only, never personal data. */
static int
p_track(struct request *req)
{
	char code[41], digits[8], mac[23];
	const char *ip = req->remote ? req->remote : "-";
	int rc;

	hdf_set_value(req->hdf, "Page.Nav", "track");
	if (!req->val[TR_CODE].present) {
		req_form_to_hdf(req);
		return req_render(req, T_TRACK);
	}
	req_form_to_hdf(req);
	if (req->nerrors) {
		req->status = 422;
		return req_render(req, T_TRACK);
	}
	dossier_code_norm(req->val[TR_CODE].s, code);
	if (req->val[TR_MAC].present) {
		/* from a receipt's QR: the check value proves the portal
		 * issued that receipt */
		dossier_receipt_mac(req->cfg, code, mac);
		if (!ct_equal(mac, req->val[TR_MAC].s, 22)) {
			hdf_set_value(req->hdf, "Track.Forged", "1");
			req->status = 404;
			return req_render(req, T_TRACK);
		}
		rc = dossier_track(req->db, code, NULL, req->hdf);
		if (rc < 0)
			return req_form_failed(req, T_TRACK, http_status(rc), "down");
		if (rc == 0) {
			req->status = 404;
			hdf_set_value(req->hdf, "Track.NotFound", "1");
		} else
			hdf_set_value(req->hdf, "Track.Genuine", "1");
		return req_render(req, T_TRACK);
	}
	if (!req->val[TR_DIGITS].present || strlen(hdf_get_value(req->hdf,
	    "Query.so", "")) < 4) {
		hdf_set_value(req->hdf, "Form.so.Error", render_lang("Dossier.TrackDigitsRequired"));
		req->status = 422;
		return req_render(req, T_TRACK);
	}
	if ((rc = dossier_track_wait(req->db, req->cfg, ip, 0)) != 0) {
		if (rc < 0)
			return req_form_failed(req, T_TRACK, http_status(rc), "down");
		req_header(req, "Retry-After", "600");
		return req_form_failed(req, T_TRACK, 429, "wait");
	}
	snprintf(digits, sizeof(digits), "%s", hdf_get_value(req->hdf, "Query.so", ""));
	rc = dossier_track(req->db, code, digits, req->hdf);
	if (rc < 0)
		return req_form_failed(req, T_TRACK, http_status(rc), "down");
	if (rc == 0) {
		/* unknown code and wrong digits: one answer */
		dossier_track_wait(req->db, req->cfg, ip, 1);
		req->status = 404;
		hdf_set_value(req->hdf, "Track.NotFound", "1");
	}
	return req_render(req, T_TRACK);
}

/* --- the responder ------------------------------------------------------------------------------ */

/* --- after processing: the result, withdrawal, rating ------------------------------- */

/* The criteria of Rating.Criteria ("a|b|c") under Criteria.N.name;
 * returns how many (at most 10). */
static int
rating_criteria(struct request *req)
{
	const char *c = cfg_str(req->cfg, "Rating.Criteria");
	int n = 0;

	while (c && *c && n < 10) {
		const char *e = strchr(c, '|');
		size_t len = e ? (size_t)(e - c) : strlen(c);
		char key[32], name[256];

		snprintf(name, sizeof(name), "%.*s", (int)(len < 255 ? len : 255), c);
		snprintf(key, sizeof(key), "Criteria.%d.name", n);
		hdf_set_value(req->hdf, key, name);
		n++;
		c = e ? e + 1 : NULL;
	}
	return n;
}

/* The dossier page's part after processing, once dossier_load has given
 * the result (Dossier.D.result_*, return_*): the rating given (Rating.*)
 * or its form, whether the citizen may withdraw. */
static int
after_data(struct request *req, const struct dossier_facts *f)
{
	int rc;

	if (wf_table[WA_WITHDRAW].from & WF_ST(f->status))
		hdf_set_value(req->hdf, "Page.CanWithdraw", "1");
	if (f->status == DS_RETURNED &&
	    strcmp(hdf_get_value(req->hdf, "Dossier.D.return_method", ""), "online") == 0 &&
	    hdf_get_value(req->hdf, "Dossier.D.result_file_id", NULL))
		hdf_set_value(req->hdf, "Page.ResultOnline", "1");
	if (f->status == DS_DONE || f->status == DS_RETURNED) {
		if ((rc = db_row(req->db, req->hdf, "Rating", "SELECT comment,"
		    " DATE_FORMAT(created_at, '%H:%i %d/%m/%Y') AS at FROM dossier_rating"
		    " WHERE dossier_id = ?", DB_INT(f->id))) < 0)
			return http_status(rc);
		if (rc == 0) {
			rating_criteria(req);
			hdf_set_value(req->hdf, "Page.CanRate", "1");
		} else if ((rc = db_rows(req->db, req->hdf, "Rating.Scores", "SELECT name,"
		    " score FROM dossier_rating_score WHERE dossier_id = ? ORDER BY criterion",
		    DB_INT(f->id))) < 0)
			return http_status(rc);
	}
	if (hdf_get_value(req->hdf, "Query.da-danh-gia", NULL))
		hdf_set_value(req->hdf, "Page.Rated", "1");
	return 0;
}

/* GET /ho-so/:code/ket-qua -- the result document, for the owner once
 * reception returned it online (level 4). The first download is the
 * collection; each is recorded. */
static int
p_result(struct request *req)
{
	struct dossier_facts f;
	long long fid;
	int rc;

	if ((rc = path_dossier(req, ACT_READ, &f)) != 0)
		return rc;
	if ((rc = dossier_load(req->db, f.id, req->hdf, "Dossier")) < 0)
		return http_status(rc);
	fid = hdf_ll(req->hdf, "Dossier.D.result_file_id");
	if (f.status != DS_RETURNED || fid == 0 ||
	    strcmp(hdf_get_value(req->hdf, "Dossier.D.return_method", ""), "online") != 0)
		return 404;
	{
		long long did = 0;

		if ((rc = dossier_file_get(req->db, fid, req->hdf, &did)) <= 0 || did != f.id)
			return rc < 0 ? http_status(rc) : 404;
	}
	if ((rc = dossier_collected(req->db, f.id)) < 0)
		return http_status(rc);
	if ((rc = page_audit(req, "dossier.result", "dossier", f.id, f.owner_id, f.code)) < 0)
		return http_status(rc);
	{
		char stem[64];

		snprintf(stem, sizeof(stem), "ket-qua-%s", f.code);
		return page_send_file(req, stem, 0, "default-src 'none'; sandbox",
		    hdf_get_value(req->hdf, "File.mime", "application/octet-stream"));
	}
}

static int
hook_mail(void *ctx, struct db *db, HDF *data, const char *kind, const char *to)
{
	(void)db;
	return page_mail(ctx, T_MAIL, data, kind, to);
}

enum { WD_CODE, WD_REASON, WD__MAX };
static const struct field f_withdraw[WD__MAX] = {
	[WD_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 40, NULL },
	[WD_REASON] = { "ly_do", V_TEXT, 0, 0, 2000, NULL },
};

/* The dossier page again with a failure message and status. */
static int
view_again(struct request *req, const struct dossier_facts *f, int status,
    const char *failure)
{
	int rc;

	if ((rc = dossier_load(req->db, f->id, req->hdf, "Dossier")) < 0)
		return http_status(rc);
	if ((rc = wf_notices(req->db, f->id, req->hdf, "Notices")) < 0)
		return http_status(rc);
	if ((rc = wf_clock_info(req->db, req->cfg,
	    hdf_get_obj(req->hdf, "Dossier.D"), cal_now(), req->hdf, "Clock")) < 0)
		return http_status(rc);
	if ((rc = after_data(req, f)) != 0)
		return rc;
	hdf_set_value(req->hdf, "Page.Failure", failure);
	hdf_set_value(req->hdf, "Page.Nav", "account");
	req->status = status;
	return req_render(req, T_VIEW);
}

static int
to_dossier(struct request *req, const char *code, const char *query)
{
	struct buf to = BUF_INIT;
	int rc;

	buf_printf(&to, "/ho-so/%s%s", code, query);
	rc = req_redirect(req, buf_str(&to));
	buf_free(&to);
	return rc;
}

/* POST /ho-so/:code/rut-ho-so -- ly_do: the citizen withdraws a dossier
 * not finished yet (status 7). Posted again: the dossier page. */
static int
p_withdraw(struct request *req)
{
	struct dossier_facts f;
	struct wf_hooks h;
	struct wf_in in;
	struct wf_out out;
	int rc;

	if ((rc = path_dossier(req, ACT_READ, &f)) != 0)
		return rc;
	if (f.status == DS_WITHDRAWING)
		return to_dossier(req, f.code, "");	/* applied once */
	memset(&h, 0, sizeof(h));
	h.cfg = req->cfg;
	h.user = req->user;
	h.ctx = req;
	h.audit = hook_audit;
	h.mail = hook_mail;
	memset(&in, 0, sizeof(in));
	in.action = WA_WITHDRAW;
	in.dossier_id = f.id;
	in.version = -1;
	in.reason = req->val[WD_REASON].err == VE_OK ? req->val[WD_REASON].s : NULL;
	if ((rc = wf_apply(req->db, &h, &in, &out)) != 0)
		return http_status(rc);
	switch (out.result) {
	case WF_DONE:
	case WF_ALREADY:
		return to_dossier(req, f.code, "");
	case WF_WRONG_STATUS:
	case WF_CONFLICT:
		return view_again(req, &f, 409, "status");
	case WF_BAD_INPUT:
		return view_again(req, &f, 422, "withdraw");
	case WF_FORBIDDEN:
		return 403;
	case WF_NOT_FOUND:
		return 404;
	}
	return 500;
}

enum { RT_CODE, RT_COMMENT, RT_S0 };
#define RT_N 10
static const struct field f_rate[RT_S0 + RT_N] = {
	[RT_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 40, NULL },
	[RT_COMMENT] = { "gop_y", V_TEXT, 0, 0, 2000, NULL },
	[RT_S0 + 0] = { "diem_0", V_INT, 0, 1, 5, NULL },
	[RT_S0 + 1] = { "diem_1", V_INT, 0, 1, 5, NULL },
	[RT_S0 + 2] = { "diem_2", V_INT, 0, 1, 5, NULL },
	[RT_S0 + 3] = { "diem_3", V_INT, 0, 1, 5, NULL },
	[RT_S0 + 4] = { "diem_4", V_INT, 0, 1, 5, NULL },
	[RT_S0 + 5] = { "diem_5", V_INT, 0, 1, 5, NULL },
	[RT_S0 + 6] = { "diem_6", V_INT, 0, 1, 5, NULL },
	[RT_S0 + 7] = { "diem_7", V_INT, 0, 1, 5, NULL },
	[RT_S0 + 8] = { "diem_8", V_INT, 0, 1, 5, NULL },
	[RT_S0 + 9] = { "diem_9", V_INT, 0, 1, 5, NULL },
};

struct rate_tx {
	struct request *req;
	const struct dossier_facts *f;
	int n;
	int done;	/* 0: rated before (nothing written) */
};

static int
rate_tx(struct db *db, void *ctx)
{
	struct rate_tx *r = ctx;
	struct request *req = r->req;
	int i, rc;

	rc = db_exec(db, "INSERT IGNORE INTO dossier_rating (dossier_id, comment)"
	    " VALUES (?, ?)", DB_INT(r->f->id), DB_STR(req->val[RT_COMMENT].err == VE_OK &&
	    req->val[RT_COMMENT].s && *req->val[RT_COMMENT].s ? req->val[RT_COMMENT].s : NULL));
	if (rc <= 0)
		return rc;	/* 0: rated before, applied once */
	for (i = 0; i < r->n; i++) {
		char key[32];

		snprintf(key, sizeof(key), "Criteria.%d.name", i);
		if ((rc = db_exec(db, "INSERT INTO dossier_rating_score (dossier_id,"
		    " criterion, name, score) VALUES (?, ?, ?, ?)", DB_INT(r->f->id),
		    DB_INT(i), DB_STR(hdf_get_value(req->hdf, key, "")),
		    DB_INT(req->val[RT_S0 + i].i))) < 0)
			return rc;
	}
	r->done = 1;
	rc = page_audit(req, "dossier.rating", "dossier", r->f->id, r->f->owner_id, r->f->code);
	return rc < 0 ? rc : 0;
}

/* POST /ho-so/:code/danh-gia -- diem_N (1-5) for each criterion of
 * Rating.Criteria, gop_y (feedback): once per dossier, after the result. */
static int
p_rate(struct request *req)
{
	struct dossier_facts f;
	struct rate_tx r;
	int i, rc, n;

	if ((rc = path_dossier(req, ACT_READ, &f)) != 0)
		return rc;
	if (f.status != DS_DONE && f.status != DS_RETURNED)
		return view_again(req, &f, 409, "status");
	n = rating_criteria(req);
	for (i = 0; i < n; i++)
		if (!req->val[RT_S0 + i].present || req->val[RT_S0 + i].err != VE_OK)
			break;
	if (i < n || req->val[RT_COMMENT].err != VE_OK)
		return view_again(req, &f, 422, "rating");
	memset(&r, 0, sizeof(r));
	r.req = req;
	r.f = &f;
	r.n = n;
	if ((rc = db_tx(req->db, rate_tx, &r)) != 0)
		return http_status(rc);
	return to_dossier(req, f.code, r.done ? "?da-danh-gia=1#danh-gia" : "#danh-gia");
}

static int
start(const struct config *cfg, char *err, size_t errlen)
{
	const char *why;

	if (dossier_code_pattern_ok(cfg_str(cfg, "Dossier.CodePattern"), &why) != 0) {
		snprintf(err, errlen, "khóa Dossier.CodePattern: %s", why);
		return -1;
	}
	return intake_start(cfg, err, errlen);
}

static const struct route routes[] = {
	{ M_GET, "/ho-so", p_list, RF_LOGIN, NULL, 0, 0 },
	{ M_GET, "/ho-so/nop/:code", p_start_form, RF_FORM | RF_PERSONAL, FIELDS(f_start), 0 },
	{ M_POST, "/ho-so/nop/:code", p_start, RF_LOGIN | RF_CSRF, FIELDS(f_start), 0 },
	{ M_GET, "/ho-so/nhap/:id", p_draft, RF_LOGIN | RF_FORM, FIELDS(f_draft), 0 },
	{ M_POST, "/ho-so/nhap/:id", p_draft_save, RF_LOGIN | RF_CSRF | RF_UPLOAD, FIELDS(f_draft), 0 },
	{ M_GET, "/ho-so/nhap/:id/xem-lai", p_review, RF_LOGIN | RF_FORM, FIELDS(f_review), 0 },
	{ M_POST, "/ho-so/nhap/:id/nop", p_submit, RF_LOGIN | RF_CSRF, FIELDS(f_review), 0 },
	{ M_POST, "/ho-so/nhap/:id/xoa", p_discard, RF_LOGIN | RF_CSRF, FIELDS(f_review), 0 },
	{ M_GET, "/ho-so/tep/:id", p_file, RF_LOGIN, FIELDS(f_file), 0 },
	{ M_GET, "/ho-so/:code", p_view, RF_LOGIN | RF_FORM, FIELDS(f_view), 0 },
	{ M_GET, "/ho-so/:code/bien-nhan", p_receipt, RF_LOGIN, FIELDS(f_view), 0 },
	{ M_GET, "/ho-so/:code/thong-bao/:id", p_notice, RF_LOGIN, FIELDS(f_notice), 0 },
	{ M_GET, "/ho-so/:code/bo-sung", p_supplement_form, RF_LOGIN | RF_FORM, FIELDS(f_supp), 0 },
	{ M_POST, "/ho-so/:code/bo-sung", p_supplement, RF_LOGIN | RF_CSRF | RF_UPLOAD, FIELDS(f_supp), 0 },
	{ M_GET, "/ho-so/:code/ket-qua", p_result, RF_LOGIN, FIELDS(f_view), 0 },
	{ M_POST, "/ho-so/:code/rut-ho-so", p_withdraw, RF_LOGIN | RF_CSRF, FIELDS(f_withdraw), 0 },
	{ M_POST, "/ho-so/:code/danh-gia", p_rate, RF_LOGIN | RF_CSRF, FIELDS(f_rate), 0 },
	{ M_GET, "/tra-cuu", p_track, RF_PERSONAL, FIELDS(f_track), 0 },
};

static const struct responder dossier_responder = {
	"dossier", "Dossier", routes, sizeof(routes) / sizeof(routes[0]),
	tpls, T__MAX, NULL, NULL, NULL, NULL, NULL, 0, page_who, start,
};

int
main(int argc, char **argv)
{
	return responder_main(argc, argv, &dossier_responder);
}
