/* dvc-office's reports (issue 6, section 3):
 *
 * /can-bo/ho-so/<code>/phieu-kiem-soat  the control sheet (Phiếu kiểm soát
 *                                      quá trình giải quyết hồ sơ: Form 05
 *                                      of 2018, 06 of 2025), printable:
 *                                      every step, when, the role and
 *                                      agency that acted
 * /can-bo/so-theo-doi.csv              the agency's tracking book (Sổ theo
 *                                      dõi hồ sơ: Form 06 of 2018, 07 of
 *                                      2025) for a range of submission
 *                                      dates, as CSV
 *
 * Their numbers and titles are those of the notice profile in force
 * (wf_form_info).
 *
 * Both are for officers of the dossier's (the book's) agency only; both
 * views are recorded in the audit trail. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/buf.h"
#include "core/render.h"
#include "core/request.h"
#include "core/validate.h"
#include "domain/calendar.h"
#include "domain/queue.h"
#include "domain/workflow.h"
#include "pages/common.h"
#include "pages/office.h"

const struct field f_sheet[1] = {
	{ "code", V_KEY, F_PATH | F_REQUIRED, 1, 40, NULL },
};

/* GET /can-bo/ho-so/:code/phieu-kiem-soat -- control_sheet.cs in the
 * print layout. */
struct result
p_control_sheet(struct request *req)
{
	struct dossier_facts f;
	struct result r;
	int rc;

	if (!res_is_ok(r = page_dossier(req, 0, req->val[0].s, ACT_READ, 0, &f)))
		return r;
	if ((rc = page_audit(req, "dossier.sheet", "dossier", f.id, f.owner_id,
	    f.code)) < 0)
		return res_db(rc);
	if ((rc = queue_control_sheet(req->db, f.id, req->hdf, "Sheet")) < 0)
		return res_db(rc);
	if (rc == 0)
		return res_status(404);
	if ((rc = wf_form_info(req->db, req->cfg, NF_CONTROL, req->hdf, "Sheet.Form")) < 0)
		return res_db(rc);
	{
		struct buf b = BUF_INIT;

		cal_format_vi(&b, cal_now());
		hdf_set_value(req->hdf, "Sheet.printed", buf_str(&b));
		buf_free(&b);
	}
	hdf_set_value(req->hdf, "Page.Nav", "office");
	return office_render(req, T_SHEET);
}

enum { B_FROM, B_TO, B_AGENCY };
const struct field f_book[3] = {
	[B_FROM] = { "tu_ngay", V_DATE, F_REQUIRED, 0, 0, NULL },
	[B_TO] = { "den_ngay", V_DATE, F_REQUIRED, 0, 0, NULL },
	/* the agency's code: only the officer's own (another: 403) */
	[B_AGENCY] = { "co_quan", V_KEY, 0, 1, 40, NULL },
};

/* At most a year per export: a bounded answer. */
#define BOOK_DAYS_MAX 366

/* GET /can-bo/so-theo-doi.csv?tu_ngay=&den_ngay=[&co_quan=] -- the
 * tracking book of the officer's agency. 422 for bad or reversed dates or
 * a range over a year; 403 (recorded) for another agency's code. */
struct result
p_book(struct request *req)
{
	struct buf out = BUF_INIT, cd = BUF_INIT;
	struct result r;
	const char *number;
	long from, to;
	int rc;

	if (req->nerrors || cal_parse_date(req->val[B_FROM].s, &from) != 0 ||
	    cal_parse_date(req->val[B_TO].s, &to) != 0 || to < from ||
	    to - from >= BOOK_DAYS_MAX)
		return res_status(422);
	if (req->val[B_AGENCY].present) {
		if ((rc = queue_book_own(req->db, req->user->agency_id,
		    req->val[B_AGENCY].s)) < 0)
			return res_db(rc);
		if (rc == 0) {
			page_audit(req, "book.denied", "agency", 0, 0, req->val[B_AGENCY].s);
			return res_status(403);
		}
	}
	rc = queue_book_csv(req->db, req->user->agency_id, from, to,
	    render_global("Lang"), &out);
	if (rc < 0) {
		buf_free(&out);
		return res_db(rc);
	}
	{
		char detail[64];

		snprintf(detail, sizeof(detail), "%s..%s rows %d", req->val[B_FROM].s,
		    req->val[B_TO].s, rc);
		if ((rc = page_audit(req, "book.export", "agency", req->user->agency_id, 0,
		    detail)) < 0) {
			buf_free(&out);
			return res_db(rc);
		}
	}
	/* the form's number in the file's name: so-theo-doi-mau-07-... (the
	 * first row stays the columns' names, for spreadsheets to read) */
	if ((rc = wf_form_info(req->db, req->cfg, NF_BOOK, req->hdf, "Book")) < 0) {
		buf_free(&out);
		return res_db(rc);
	}
	number = hdf_get_value(req->hdf, "Book.number", "");
	buf_printf(&cd, "so-theo-doi-mau-%s-%s-%s.csv", number, req->val[B_FROM].s,
	    req->val[B_TO].s);
	r = page_download(req, buf_str(&cd), "text/csv; charset=utf-8", &out);
	buf_free(&cd);
	return r;
}
