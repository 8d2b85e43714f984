/* The catalogue editor's form files (issue 16, section 1: "form files are
 * uploaded through the same checks as citizens' files, stored by hash"),
 * in dvc-account beside admin_catalog.c.
 *
 *   POST /quan-tri/thu-tuc/:code/bieu-mau/tai-len   multipart: rev, dong (the
 *        document's number on the page, from 1), ten (the form's name;
 *        empty: the form's name so far, else the document's), tep (the
 *        file): checks the file by content (PDF, DOCX, ODT, RTF:
 *        domain/intake.h intake_form), puts it in the store, records it
 *        (form_file) and makes the draft's document name it by hash; a
 *        refused file is named with its reason on the editor's page
 *        (status 413 or 422), the draft as it was
 *   GET  /quan-tri/thu-tuc/:code/bieu-mau/:sha   the form file a draft (or
 *        the published record) of code names, for the admin's preview
 *        before publishing (the public route serves published ones only)
 *
 * Roles and scope as the editor's: agency and province admins, a full
 * session, access_object on the procedure (an agency's admin never
 * reaches another agency's). The upload is audited (catalog.form). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "core/access.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/render.h"
#include "core/request.h"
#include "core/upload.h"
#include "core/validate.h"
#include "domain/catalog_edit.h"
#include "domain/formfile.h"
#include "domain/intake.h"
#include "pages/admin_catalog.h"
#include "pages/common.h"

const struct field f_cat_form[CF__MAX] = {
	[CF_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 16, NULL },
	[CF_REV] = { "rev", V_INT, F_REQUIRED, 0, 2000000000, NULL },
	[CF_ROW] = { "dong", V_INT, 0, 1, 1000, NULL },
	[CF_NAME] = { "ten", V_LINE, 0, 1, 300, NULL },
};
const struct field f_cat_form_get[CG__MAX] = {
	[CG_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 16, NULL },
	[CG_SHA] = { "sha", V_KEY, F_PATH | F_REQUIRED, 64, 64, NULL },
};

void
admin_forms_hdf(struct request *req, json_t *body)
{
	json_t *d;
	size_t i;

	hdf_set_int_value(req->hdf, "Edit.FormMaxMB",
	    (int)((cfg_int(req->cfg, "Upload.FormMax") + 1048575) / 1048576));
	json_array_foreach(json_object_get(body, "documents"), i, d) {
		json_t *sha = json_object_get(json_object_get(d, "form"), "sha256");
		char prefix[48];

		if (!json_is_string(sha))
			continue;
		snprintf(prefix, sizeof(prefix), "Edit.Forms.%zu", i);
		/* a hash no upload has is the validator's to name */
		if (formfile_get(req->db, json_string_value(sha), req->hdf, prefix) < 0)
			return;
	}
}

/* The editor again with the upload's message (Edit.FormUp.Error) beside
 * the upload form, the draft as it was. */
static struct result
upload_refused(struct request *req, struct cedit *e, const char *msg, int status)
{
	struct result r;

	hdf_set_value(req->hdf, "Edit.FormUp.Error", msg);
	if (req->val[CF_ROW].present && !req->val[CF_ROW].err)
		hdf_set_int_value(req->hdf, "Edit.FormUp.Row", (int)req->val[CF_ROW].i);
	if (req->val[CF_NAME].present && !req->val[CF_NAME].err)
		hdf_set_value(req->hdf, "Edit.FormUp.Name", req->val[CF_NAME].s);
	r = admin_cat_page(req, e, e->body, status);
	cedit_free(e);
	return r;
}

struct form_tx {
	struct request *req;
	struct cedit *e;
	json_t *body;
	const struct intake *in;
	long long agency;
	int outcome;
};

static int
form_tx(struct db *db, void *ctx)
{
	struct form_tx *t = ctx;
	struct request *req = t->req;
	char note[400];
	int rc;

	if ((rc = formfile_record(db, t->in, t->agency, req->user->id)) < 0)
		return rc;
	if ((rc = cedit_save(db, t->e, t->body, t->agency, req->val[CF_REV].i,
	    req->user->id)) != CEDIT_OK) {
		t->outcome = rc;
		return rc < 0 ? rc : DB_ROLLBACK;
	}
	t->outcome = CEDIT_OK;
	snprintf(note, sizeof(note), "%s %lld %s %s", t->e->code, req->val[CF_ROW].i,
	    t->in->sha256, t->in->name);
	return page_audit(req, "catalog.form", "proc", 0, 0, note);
}

/* POST /quan-tri/thu-tuc/:code/bieu-mau/tai-len */
struct result
p_cat_form_upload(struct request *req)
{
	struct cedit e;
	struct form_tx t;
	struct intake in;
	struct upload *u = NULL;
	json_t *body, *doc, *form;
	const char *name;
	long long max = cfg_int(req->cfg, "Upload.FormMax");
	char msg[600], to[96];
	int i, st, rc;

	if ((st = admin_cat_access(req, req->val[CF_CODE].s, ACT_CHANGE, &e)) != 0)
		return res_status(st);
	if (req->val[CF_CODE].err || req->val[CF_REV].err)
		return res_status(400);	/* the form's own fields: never typed */
	if (req->val[CF_NAME].err)
		return upload_refused(req, &e, render_text(req, "Admin.Form.BadName"), 422);
	doc = json_array_get(json_object_get(e.body, "documents"),
	    req->val[CF_ROW].present && !req->val[CF_ROW].err ? (size_t)req->val[CF_ROW].i - 1 :
	    (size_t)-1);
	if (!json_is_object(doc))
		return upload_refused(req, &e, render_text(req, "Admin.Form.NoRow"), 422);
	if (e.rev != req->val[CF_REV].i)
		return upload_refused(req, &e, render_text(req, "Admin.Form.Stale"), 409);
	for (i = 0; i < req->nuploads; i++)
		if (strcmp(req->uploads[i].name, "tep") == 0)
			u = &req->uploads[i];
	if (u == NULL || (u->fd < 0 && !u->over))
		return upload_refused(req, &e, render_text(req, "Admin.Form.NoFile"), 422);
	if (u->over || (long long)u->size > max) {
		snprintf(msg, sizeof(msg), "%s %lld MB%s", render_text(req, "Admin.Form.TooBig"),
		    (max + 1048575) / 1048576, render_text(req, "Admin.Form.TooBigTail"));
		return upload_refused(req, &e, msg, 413);
	}
	if (intake_form(req->cfg, u, &in) < 0) {
		cedit_free(&e);
		return res_fail(500, "form file not stored");
	}
	if (!in.ok) {
		/* which types a form may be is the forms' own message; every
		 * other reason is the citizens' one */
		const char *key = strncmp(in.key, "Upload.Type", 11) == 0 &&
		    strcmp(in.key, "Upload.TypeProgram") != 0 ? "Admin.Form.Type" : in.key;

		snprintf(msg, sizeof(msg), "%s: %s", in.name, render_text(req, key));
		return upload_refused(req, &e, msg, 422);
	}
	/* the document names the stored form; its name as typed, else as
	 * it was, else the document's */
	body = json_deep_copy(e.body);
	doc = json_array_get(json_object_get(body, "documents"), (size_t)req->val[CF_ROW].i - 1);
	name = req->val[CF_NAME].present ? req->val[CF_NAME].s :
	    json_string_value(json_object_get(json_object_get(doc, "form"), "name"));
	if (name == NULL)
		name = json_string_value(json_object_get(doc, "name"));
	form = json_pack("{s:s, s:s}", "name", name ? name : in.name, "sha256", in.sha256);
	json_object_set_new(doc, "form", form);
	memset(&t, 0, sizeof(t));
	t.req = req;
	t.e = &e;
	t.body = body;
	t.in = &in;
	/* the draft's agency, as a save of the editor keeps it */
	t.agency = e.rev > 0 ? e.draft_agency : e.nagencies ? e.agencies[0] : req->user->agency_id;
	if (!(req->user->roles & ROLE_BIT(ROLE_PROVINCE_ADMIN)))
		t.agency = req->user->agency_id;
	rc = db_tx(req->db, form_tx, &t);
	json_decref(body);
	if (rc != 0 && rc != DB_ROLLBACK) {
		cedit_free(&e);
		return res_db(rc);
	}
	if (t.outcome == CEDIT_STALE)
		return upload_refused(req, &e, render_text(req, "Admin.Form.Stale"), 409);
	snprintf(to, sizeof(to), "/quan-tri/thu-tuc/%s?da-tai=1#giay-to", e.code);
	cedit_free(&e);
	return req_redirect(req, to);
}

/* 1 if record (a draft or a published record) names sha as a form. */
static int
names_form(json_t *record, const char *sha)
{
	json_t *d;
	size_t i;

	json_array_foreach(json_object_get(record, "documents"), i, d) {
		json_t *s = json_object_get(json_object_get(d, "form"), "sha256");

		if (json_is_string(s) && strcmp(json_string_value(s), sha) == 0)
			return 1;
	}
	return 0;
}

/* GET /quan-tri/thu-tuc/:code/bieu-mau/:sha */
struct result
p_cat_form_view(struct request *req)
{
	struct cedit e;
	struct result r;
	const char *sha = req->val[CG_SHA].s;
	int st, rc;

	if ((st = admin_cat_access(req, req->val[CG_CODE].s, ACT_READ, &e)) != 0)
		return res_status(st);
	if (req->nerrors || !(names_form(e.body, sha) || names_form(e.published, sha))) {
		cedit_free(&e);
		return res_status(404);
	}
	cedit_free(&e);
	if ((rc = formfile_get(req->db, sha, req->hdf, "File")) < 0)
		return res_db(rc);
	if (rc == 0)
		return res_status(404);
	req->no_store = 1;	/* a draft's form: not for shared caches */
	r = page_send_file(req, "bieu-mau", 0, NULL,
	    formfile_content_type(hdf_get_value(req->hdf, "File.ext", "")));
	return r;
}
