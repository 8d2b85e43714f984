/* dvc-office, the bank statement of the agency's fee account (issue 14,
 * section 2: transfers by VietQR), reception's:
 *
 * GET  /can-bo/thanh-toan/sao-ke   office_statement.cs: the upload form,
 *      the lines waiting for the officer (why each waits, a form to
 *      assign it to a dossier and one to dismiss it), the lines settled
 *      lately.
 * POST /can-bo/thanh-toan/sao-ke   (multipart) sao_ke: the statement as
 *      CSV (domain/statement.h). Imported in one transaction with its
 *      audit record (payment.statement): matching lines pay their
 *      dossiers, the rest wait; the page again with what was done, or
 *      why the file was refused (422, nothing applied). Sent twice, the
 *      file applies nothing twice (the lines are known).
 * POST /can-bo/thanh-toan/sao-ke/<id>/gan   ma_ho_so (the dossier's code),
 *      ly_do (required if the line's amount is not the one owed, at most
 *      500 characters): the waiting line pays that dossier (the
 *      workflow's WA_PAY_TRANSFER: history, audit, payment rows).
 * POST /can-bo/thanh-toan/sao-ke/<id>/bo-qua   ly_do (required, at most
 *      500): the line dismissed, audited (payment.statement_dismiss).
 *
 * Only the officer's own agency's lines: another agency's line is not
 * found (404). The roles are the route table's (reception). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/db.h"
#include "core/render.h"
#include "core/request.h"
#include "core/upload.h"
#include "core/util.h"
#include "domain/statement.h"
#include "domain/workflow.h"
#include "pages/common.h"
#include "pages/office.h"

enum { SK_FILE };
const struct field office_f_statement[OFFICE_F_STATEMENT_N] = {
	[SK_FILE] = { "sao_ke", V_LINE, 0, 0, 255, NULL },
};

enum { SL_ID, SL_CODE, SL_REASON };
const struct field office_f_line[OFFICE_F_LINE_N] = {
	[SL_ID] = { "id", V_INT, F_PATH | F_REQUIRED, 1, 0x7fffffffffffL, NULL },
	[SL_CODE] = { "ma_ho_so", V_LINE, 0, 1, 40, NULL },
	/* the column's size (sql/017-transfer.sql) */
	[SL_REASON] = { "ly_do", V_TEXT, 0, 0, 500, NULL },
};

/* the page, with status; failure: a key of Lang.Statement.Fail */
static struct result
page(struct request *req, int status, const char *failure)
{
	int rc;

	if ((rc = statement_lists(req->db, req->user->agency_id, req->hdf, "Waiting",
	    "Settled")) < 0)
		return res_db(rc);
	hdf_set_int_value(req->hdf, "WaitingCount", rc);
	if (failure)
		hdf_set_value(req->hdf, "Page.Fail", failure);
	hdf_set_value(req->hdf, "Page.Nav", "office");
	if (status != 200)
		return req_form_failed(req, T_STATEMENT, status, failure ? failure : "input");
	return office_render(req, T_STATEMENT);
}

/* GET /can-bo/thanh-toan/sao-ke */
struct result
office_p_statement(struct request *req)
{
	if (hdf_get_value(req->hdf, "Query.da-gan", NULL))
		hdf_set_value(req->hdf, "Page.Assigned", "1");
	if (hdf_get_value(req->hdf, "Query.da-bo-qua", NULL))
		hdf_set_value(req->hdf, "Page.Dismissed", "1");
	return page(req, 200, NULL);
}

struct import {
	struct request *req;
	const struct wf_hooks *h;
	const char *data;
	size_t len;
	struct st_report rep;
};

/* the import and its audit record, all or nothing */
static int
import_tx(struct db *db, void *ctx)
{
	struct import *im = ctx;
	char detail[160];
	int rc;

	rc = statement_import(db, im->h, im->req->user->agency_id, im->data, im->len,
	    &im->rep);
	if (rc < 0 || im->rep.err != ST_OK)
		return rc;
	snprintf(detail, sizeof(detail), "lines %d paid %d waiting %d known %d skipped %d",
	    im->rep.lines, im->rep.paid, im->rep.waiting, im->rep.known, im->rep.skipped);
	return page_audit(im->req, "payment.statement", "agency", im->req->user->agency_id, 0,
	    detail);
}

/* the uploaded file into memory: its bytes (malloc'd), or NULL and why */
static char *
read_upload(struct request *req, size_t *len, const char **why)
{
	struct upload *u = NULL;
	char *data;
	size_t got = 0;
	ssize_t n;
	int i;

	for (i = 0; i < req->nuploads; i++)
		if (strcmp(req->uploads[i].name, "sao_ke") == 0 && req->uploads[i].fd >= 0)
			u = &req->uploads[i];
	if (u == NULL || (u->size == 0 && !u->over)) {
		*why = "no_file";
		return NULL;
	}
	if (u->over || u->size > ST_BYTES_MAX) {
		*why = "too_big";
		return NULL;
	}
	data = xmalloc((size_t)u->size + 1);
	while (got < u->size && (n = pread(u->fd, data + got, (size_t)u->size - got,
	    (off_t)got)) > 0)
		got += (size_t)n;
	if (got != u->size) {
		free(data);
		*why = NULL;	/* a fault: 500 */
		return NULL;
	}
	*len = got;
	return data;
}

/* POST /can-bo/thanh-toan/sao-ke -- see above */
struct result
office_p_statement_import(struct request *req)
{
	struct import im;
	struct wf_hooks h;
	const char *why = NULL;
	int rc;

	memset(&im, 0, sizeof(im));
	if ((im.data = read_upload(req, &im.len, &why)) == NULL) {
		if (why == NULL)
			return res_fail(500, "statement upload unreadable");
		hdf_set_value(req->hdf, "Import.err", why);
		return page(req, why[0] == 't' ? 413 : 422, "file");
	}
	page_hooks(req, &h);
	im.req = req;
	im.h = &h;
	rc = db_tx(req->db, import_tx, &im);
	free((char *)im.data);
	if (rc < 0)
		return res_db(rc);
	hdf_set_value(req->hdf, "Import.err", st_err_name(im.rep.err));
	if (im.rep.err != ST_OK) {
		if (im.rep.err_line > 0)
			hdf_set_int_value(req->hdf, "Import.line", im.rep.err_line);
		if (im.rep.err_col >= 0)
			hdf_set_value(req->hdf, "Import.col", st_col_name(im.rep.err_col));
		return page(req, im.rep.err == ST_TOO_BIG ? 413 : 422, "file");
	}
	hdf_set_int_value(req->hdf, "Import.lines", im.rep.lines);
	hdf_set_int_value(req->hdf, "Import.paid", im.rep.paid);
	hdf_set_int_value(req->hdf, "Import.waiting", im.rep.waiting);
	hdf_set_int_value(req->hdf, "Import.known", im.rep.known);
	hdf_set_int_value(req->hdf, "Import.skipped", im.rep.skipped);
	return page(req, 200, NULL);
}

/* POST /can-bo/thanh-toan/sao-ke/:id/gan -- see above */
struct result
office_p_statement_assign(struct request *req)
{
	static const char *const fails[] = { [SS_DONE] = NULL, [SS_NOT_FOUND] = "not_found",
		[SS_NO_DOSSIER] = "no_dossier", [SS_NOT_OWED] = "not_owed",
		[SS_REASON] = "reason", [SS_FORBIDDEN] = "forbidden" };
	static const int statuses[] = { [SS_DONE] = 303, [SS_NOT_FOUND] = 404,
		[SS_NO_DOSSIER] = 422, [SS_NOT_OWED] = 409, [SS_REASON] = 422,
		[SS_FORBIDDEN] = 403 };
	struct wf_hooks h;
	enum st_settle out;
	int rc;

	if (req->nerrors)
		return page(req, 422, "input");
	if (req->val[SL_CODE].s == NULL || *req->val[SL_CODE].s == '\0')
		return page(req, 422, "code_missing");
	page_hooks(req, &h);
	if ((rc = statement_assign(req->db, &h, req->user->agency_id, req->val[SL_ID].i,
	    req->val[SL_CODE].s, req->val[SL_REASON].s, &out)) < 0)
		return res_db(rc);
	if (out == SS_DONE)
		return req_redirect(req, "/can-bo/thanh-toan/sao-ke?da-gan=1");
	return page(req, statuses[out], fails[out]);
}

struct dismiss {
	struct request *req;
	enum st_settle out;
};

static int
dismiss_tx(struct db *db, void *ctx)
{
	struct dismiss *d = ctx;
	struct request *req = d->req;
	struct wf_hooks h;
	char detail[40];
	int rc;

	page_hooks(req, &h);
	rc = statement_dismiss(db, &h, req->user->agency_id, req->val[SL_ID].i,
	    req->val[SL_REASON].s, &d->out);
	if (rc < 0 || d->out != SS_DONE)
		return rc;
	snprintf(detail, sizeof(detail), "line %lld", req->val[SL_ID].i);
	return page_audit(req, "payment.statement_dismiss", "agency", req->user->agency_id, 0,
	    detail);
}

/* POST /can-bo/thanh-toan/sao-ke/:id/bo-qua -- see above */
struct result
office_p_statement_dismiss(struct request *req)
{
	struct dismiss d = { req, SS_NOT_FOUND };
	int rc;

	if (req->nerrors)
		return page(req, 422, "input");
	if (req->val[SL_REASON].s == NULL || *req->val[SL_REASON].s == '\0')
		return page(req, 422, "dismiss_reason");
	if ((rc = db_tx(req->db, dismiss_tx, &d)) < 0)
		return res_db(rc);
	if (d.out != SS_DONE)
		return page(req, 404, "not_found");
	return req_redirect(req, "/can-bo/thanh-toan/sao-ke?da-bo-qua=1");
}
