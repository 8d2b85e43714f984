/* dvc-office, inter-agency opinions (Article 15 of the issue "Back
 * office"; domain/opinion.h):
 *
 * POST /can-bo/ho-so/<code>/xin-y-kien  the lead agency's specialist asks
 *                                       an agency (the dossier's page,
 *                                       office_dossier_opinions.cs)
 * /can-bo/y-kien                        the consulted agency's queue
 * /can-bo/y-kien/<id>                   one request: the question, the
 *                                       dossier and its files, the reply
 *                                       form (office_opinion.cs)
 * POST /can-bo/y-kien/<id>/tra-loi      (multipart) the reply and a file
 * POST /can-bo/y-kien/<id>/rut          the lead agency withdraws it
 * /can-bo/y-kien/<id>/tep               the reply's file (a download)
 *
 * Who may do what is access_object()'s decision (OBJ_OPINION, and
 * OBJ_DOSSIER with the consulted agencies, pages/common.c page_dossier);
 * a refusal (403, 404) with a request or dossier behind it is recorded in
 * the audit trail (office_denied), as the workflow's are. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/access.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/render.h"
#include "core/request.h"
#include "core/upload.h"
#include "core/util.h"
#include "domain/calendar.h"
#include "domain/intake.h"
#include "domain/opinion.h"
#include "pages/common.h"
#include "pages/office.h"

#define ID_MAX 0x7fffffffffffL

enum { K_CODE, K_AGENCY, K_DAYS, K_QUESTION, K_TOKEN, K_DUE_REASON };
const struct field office_f_ask[OFFICE_F_ASK_N] = {
	[K_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 40, NULL },
	[K_AGENCY] = { "co_quan", V_KEY, F_REQUIRED, 1, 20, NULL },
	[K_DAYS] = { "so_ngay", V_INT, F_REQUIRED, 1, OPINION_DAYS_MAX, NULL },
	[K_QUESTION] = { "cau_hoi", V_TEXT, F_REQUIRED, 1, OPINION_QUESTION_MAX, NULL },
	[K_TOKEN] = { "ma_phieu", V_TOKEN, F_REQUIRED, 22, 22, NULL },
	[K_DUE_REASON] = { "ly_do_han", V_TEXT, 0, 0, OPINION_QUESTION_MAX, NULL },
};

enum { O_ID };
const struct field office_f_opinion[OFFICE_F_OPINION_N] = {
	[O_ID] = { "id", V_INT, F_PATH | F_REQUIRED, 1, ID_MAX, NULL },
};

enum { N_ID, N_REPLY, N_FILE };
const struct field office_f_answer[OFFICE_F_ANSWER_N] = {
	[N_ID] = { "id", V_INT, F_PATH | F_REQUIRED, 1, ID_MAX, NULL },
	[N_REPLY] = { "tra_loi", V_TEXT, F_REQUIRED, 1, OPINION_REPLY_MAX, NULL },
	[N_FILE] = { "tep", V_LINE, 0, 0, 255, NULL },
};

/* Request id and the one access decision for act on it (roles: what
 * ACT_PROCESS needs): res_ok() (f filled), 403, 404 (both on record) or
 * 503. */
static struct result
opinion_access(struct request *req, long long id, enum access_act act,
    unsigned roles, struct opinion_facts *f)
{
	struct access_object o;
	struct result r;
	int rc = opinion_facts(req->db, id, f);

	memset(&o, 0, sizeof(o));
	o.type = OBJ_OPINION;
	o.owner_id = f->owner_id;
	o.agency_id = f->lead_agency_id;
	o.roles = roles;
	o.consulted = &f->agency_id;
	o.nconsulted = 1;
	rc = access_object(req->user, act, &o, rc);
	r = rc == 0 ? res_ok() : res_status(rc);
	office_denied(req, r, f->dossier_id, f->owner_id, act == ACT_ANSWER ?
	    "opinion_answer" : act == ACT_PROCESS ? "opinion_withdraw" : "opinion_read");
	return r;
}

/* Redirect to base + code or id + then (Post/Redirect/Get). */
static struct result
redirect(struct request *req, const char *base, const char *what, const char *then)
{
	struct buf to = BUF_INIT;
	struct result r;

	buf_printf(&to, "%s%s%s", base, what, then);
	r = req_redirect(req, buf_str(&to));
	buf_free(&to);
	return r;
}

/* --- on the dossier's page ------------------------------------------------------ */

/* The dossier page's part: the requests (the lead agency: all of them; a
 * consulted agency: its own), and for the lead's specialist while the
 * dossier is in processing the ask form (Page.Can.xin-y-kien, the
 * agencies to choose from, a one-time token, the default days). */
struct result
office_opinion_data(struct request *req, const struct dossier_facts *f)
{
	const struct user *u = req->user;
	int rc, own = f->agency_id == u->agency_id;

	/* most dossiers never had a request (dossier_load's count); which
	 * ones this agency sees is the domain's rule */
	if (hdf_get_int_value(req->hdf, "Dossier.D.opinions", 1) > 0 &&
	    (rc = opinion_list(req->db, req->cfg, f->id, u->agency_id, cal_now(),
	    req->hdf, "Opinions")) < 0)
		return res_db(rc);
	if (!own) {
		hdf_set_value(req->hdf, "Page.Consulted", "1");
		return res_ok();
	}
	if (f->status == DS_PROCESSING && (u->roles & ROLE_BIT(ROLE_SPECIALIST))) {
		unsigned char rnd[16];
		char tok[32];

		if ((rc = opinion_agencies(req->db, f->id, req->hdf, "OpinionAgencies")) < 0)
			return res_db(rc);
		int days = (int)cfg_int(req->cfg, "Opinion.DefaultDays");

		if ((rc = opinion_fit(req->db, req->cfg, f->id, cal_now(), req->hdf,
		    "Opinion.Dossier")) < 0)
			return res_db(rc);
		/* the form proposes a deadline no later than the dossier's */
		if (hdf_get_int_value(req->hdf, "Opinion.Dossier.fit", 0) > 0 &&
		    hdf_get_int_value(req->hdf, "Opinion.Dossier.fit", 0) < days)
			days = hdf_get_int_value(req->hdf, "Opinion.Dossier.fit", 0);
		random_bytes(rnd, sizeof(rnd));
		b64url_encode(rnd, sizeof(rnd), tok);
		hdf_set_value(req->hdf, "Opinion.Token", tok);
		hdf_set_int_value(req->hdf, "Opinion.Days", days);
		hdf_set_value(req->hdf, "Page.Can.xin-y-kien", "1");
		hdf_set_value(req->hdf, "Page.Can.rut-y-kien", "1");
	}
	if (hdf_get_value(req->hdf, "Query.y-kien", NULL))
		hdf_set_value(req->hdf, "Page.OpinionDone",
		    hdf_get_value(req->hdf, "Query.y-kien", ""));
	return res_ok();
}

/* POST /can-bo/ho-so/:code/xin-y-kien -- co_quan (the agency's code),
 * so_ngay (working days to answer, 1-60), cau_hoi (the question, up to
 * 2,000 characters), ma_phieu (the form's one-time token: posted twice,
 * asked once), ly_do_han (why the answer may come after the dossier's
 * own due date: required then, 422 next to the field without it). The lead agency's specialist, while the dossier is in
 * processing; the dossier's status and clock do not change. */
struct result
office_p_ask(struct request *req)
{
	struct dossier_facts f;
	struct opinion_ask in;
	struct opinion_out out;
	struct wf_hooks h;
	struct result r;
	int rc;

	r = page_dossier(req, 0, req->val[K_CODE].s, ACT_PROCESS,
	    ROLE_BIT(ROLE_SPECIALIST), &f);
	office_denied(req, r, f.id, f.owner_id, "opinion_ask");
	if (!res_is_ok(r))
		return r;
	if (req->nerrors)
		return office_dossier_again(req, &f, 422, "opinion_input");
	memset(&in, 0, sizeof(in));
	in.dossier_id = f.id;
	in.agency_code = req->val[K_AGENCY].s;
	in.days = (int)req->val[K_DAYS].i;
	in.question = req->val[K_QUESTION].s;
	in.token = req->val[K_TOKEN].s;
	in.due_reason = req->val[K_DUE_REASON].s;
	page_hooks(req, &h);
	if ((rc = opinion_ask(req->db, &h, &in, &out)) != 0)
		return res_db(rc);
	switch (out.result) {
	case OP_DONE:
	case OP_ALREADY:
		return redirect(req, "/can-bo/ho-so/", f.code, "?y-kien=hoi#y-kien");
	case OP_WRONG_STATUS:
		return office_dossier_again(req, &f, 409, "opinion_status");
	case OP_PENDING_TWICE:
		return office_dossier_again(req, &f, 409, "opinion_twice");
	case OP_BAD_AGENCY:
		return office_dossier_again(req, &f, 422, "opinion_agency");
	case OP_BAD_INPUT:
		return office_dossier_again(req, &f, 422, "opinion_input");
	case OP_NEED_REASON:
		/* the message next to the field; the form keeps what was typed */
		hdf_set_value(req->hdf, "Form.ly_do_han.Error",
		    render_lang("Office.Opinion.DueReasonRequired"));
		return office_dossier_again(req, &f, 422, "opinion_reason");
	case OP_NOT_PENDING:
	case OP_NOT_FOUND:
		break;
	}
	return res_status(404);
}

/* POST /can-bo/y-kien/:id/rut -- the lead agency's specialist withdraws a
 * pending request; back to the dossier's page. */
struct result
office_p_withdraw(struct request *req)
{
	struct opinion_facts o;
	struct opinion_out out;
	struct wf_hooks h;
	struct result r;
	int rc;

	r = opinion_access(req, req->val[O_ID].i, ACT_PROCESS,
	    ROLE_BIT(ROLE_SPECIALIST), &o);
	if (!res_is_ok(r))
		return r;
	page_hooks(req, &h);
	if ((rc = opinion_withdraw(req->db, &h, o.id, &out)) != 0)
		return res_db(rc);
	if (out.result == OP_DONE)
		return redirect(req, "/can-bo/ho-so/", o.code, "?y-kien=rut#y-kien");
	if (out.result == OP_NOT_PENDING) {
		struct dossier_facts f;

		if (!res_is_ok(r = page_dossier(req, o.dossier_id, NULL, ACT_READ, 0, &f)))
			return r;
		return office_dossier_again(req, &f, 409, "opinion_not_pending");
	}
	return res_status(404);
}

/* --- the consulted agency ----------------------------------------------------------- */

/* GET /can-bo/y-kien -- office_opinions.cs: the requests to the officer's
 * agency, pending first and nearest deadline first. */
struct result
office_p_opinions(struct request *req)
{
	int rc = opinion_queue(req->db, req->cfg, req->user->agency_id, cal_now(),
	    req->hdf, "Opinions");

	if (rc < 0)
		return res_db(rc);
	hdf_set_int_value(req->hdf, "OpinionCount", rc);
	hdf_set_value(req->hdf, "Page.Nav", "office");
	return office_render(req, T_OPINIONS);
}

/* office_opinion.cs for request o: the request, and the dossier with its
 * documents and files while this agency may read it (the view is
 * recorded), the reply form for who may answer; status and failure (a
 * Page.Failure key) for a page after a refused post. */
static struct result
opinion_page(struct request *req, const struct opinion_facts *o, int status,
    const char *failure)
{
	struct dossier_facts f;
	struct access_object a;
	struct result r;
	int rc;

	if ((rc = opinion_get(req->db, req->cfg, o->id, cal_now(), req->hdf, "Opinion")) <= 0)
		return rc < 0 ? res_db(rc) : res_status(404);
	/* the dossier itself only while this agency may read it */
	r = page_dossier(req, o->dossier_id, NULL, ACT_READ, 0, &f);
	if (r.kind == RES_ERROR && r.status == 503)
		return r;
	if (res_is_ok(r)) {
		if ((rc = page_audit(req, "dossier.read", "dossier", f.id, f.owner_id,
		    f.code)) < 0 || (rc = dossier_load(req->db, f.id, req->hdf, "Dossier")) < 0)
			return res_db(rc);
		hdf_set_value(req->hdf, "Page.Readable", "1");
	}
	memset(&a, 0, sizeof(a));
	a.type = OBJ_OPINION;
	a.agency_id = o->lead_agency_id;
	a.consulted = &o->agency_id;
	a.nconsulted = 1;
	a.roles = ROLE_BIT(ROLE_SPECIALIST);
	if (strcmp(o->status, "pending") == 0) {
		if (access_object(req->user, ACT_ANSWER, &a, 1) == 0)
			hdf_set_value(req->hdf, "Page.CanAnswer", "1");
		if (access_object(req->user, ACT_PROCESS, &a, 1) == 0)
			hdf_set_value(req->hdf, "Page.CanWithdraw", "1");
	}
	if (failure) {
		hdf_set_value(req->hdf, "Page.Failure", failure);
		req_form_to_hdf(req);
	}
	if (hdf_get_value(req->hdf, "Query.da-tra-loi", NULL))
		hdf_set_value(req->hdf, "Page.Done", "1");
	hdf_set_value(req->hdf, "Page.Nav", "office");
	req->status = status;
	return office_render(req, T_OPINION);
}

/* GET /can-bo/y-kien/:id -- office_opinion.cs. */
struct result
office_p_opinion(struct request *req)
{
	struct opinion_facts o;
	struct result r;

	if (!res_is_ok(r = opinion_access(req, req->val[O_ID].i, ACT_READ, 0, &o)))
		return r;
	return opinion_page(req, &o, 200, NULL);
}

/* POST /can-bo/y-kien/:id/tra-loi (multipart) -- tra_loi (the reply, up
 * to 4,000 characters), tep (optional: one document, checked and stored
 * as the citizen's files are; a refused file stores nothing). The
 * consulted agency's specialist or leader, once. */
struct result
office_p_answer(struct request *req)
{
	struct opinion_facts o;
	struct opinion_answer in;
	struct opinion_out out;
	struct intake file;
	struct wf_hooks h;
	struct result r;
	int i, rc;

	if (!res_is_ok(r = opinion_access(req, req->val[N_ID].i, ACT_ANSWER, 0, &o)))
		return r;
	/* answered or withdrawn: say so before taking any file */
	if (strcmp(o.status, "pending") != 0)
		return opinion_page(req, &o, 409, "not_pending");
	if (req->nerrors)
		return opinion_page(req, &o, 422, "input");
	memset(&in, 0, sizeof(in));
	in.id = o.id;
	in.reply = req->val[N_REPLY].s;
	for (i = 0; i < req->nuploads; i++) {
		struct upload *u = &req->uploads[i];

		if (strcmp(u->name, "tep") != 0 || (u->size == 0 && !u->over &&
		    (u->filename == NULL || *u->filename == '\0')))
			continue;	/* no file chosen */
		memset(&file, 0, sizeof(file));
		if (u->over)
			snprintf(file.key, sizeof(file.key), "Upload.TooBig");
		else if (u->fd < 0 || intake_file(req->cfg, u, 3, -1, &file) < 0)
			return res_fail(500, "intake failed");
		if (!file.ok) {
			hdf_set_value(req->hdf, "Page.Refused", file.key);
			return opinion_page(req, &o, 422, "file");
		}
		in.file_sha256 = file.sha256;
		in.file_mime = file.mime;
		in.file_ext = file.ext;
		in.file_name = file.name;
		in.file_size = file.size;
		break;
	}
	page_hooks(req, &h);
	if ((rc = opinion_answer(req->db, &h, &in, &out)) != 0)
		return res_db(rc);
	if (out.result == OP_DONE) {
		char id[24];

		snprintf(id, sizeof(id), "%lld", o.id);
		return redirect(req, "/can-bo/y-kien/", id, "?da-tra-loi=1");
	}
	if (out.result == OP_NOT_PENDING)
		return opinion_page(req, &o, 409, "not_pending");
	if (out.result == OP_BAD_INPUT)
		return opinion_page(req, &o, 422, "input");
	return res_status(404);
}

/* GET /can-bo/y-kien/:id/tep -- the reply's file, for the lead agency
 * and the consulted one: a download (attachment, its detected type,
 * CSP sandbox), recorded. */
struct result
office_p_opinion_file(struct request *req)
{
	struct opinion_facts o;
	char stem[32], detail[80];
	struct result r;
	int rc;

	if (!res_is_ok(r = opinion_access(req, req->val[O_ID].i, ACT_READ, 0, &o)))
		return r;
	if ((rc = opinion_file_get(req->db, o.id, req->hdf)) <= 0)
		return rc < 0 ? res_db(rc) : res_status(404);
	snprintf(detail, sizeof(detail), "%s opinion %lld", o.code, o.id);
	if ((rc = page_audit(req, "dossier.file", "dossier", o.dossier_id, o.owner_id,
	    detail)) < 0)
		return res_db(rc);
	snprintf(stem, sizeof(stem), "y-kien-%lld", o.id);
	return page_send_file(req, stem, 0, "default-src 'none'; sandbox",
	    hdf_get_value(req->hdf, "File.mime", "application/octet-stream"));
}
