/* dvc-office, the paper copy of an unsigned level-4 dossier (Article
 * 7.2; issue 13, section 4):
 *
 * POST /can-bo/ho-so/<code>/da-nhan-ban-giay  reception records that the
 *      paper copy arrived: ngay_nhan (the day, not after today nor before
 *      the submission), cach_nhan (post or counter), ghi_chu (a note of
 *      at most 500 characters). A transition of wf_table (a step within
 *      the status), applied by office_act().
 *
 * The officer's page says which required documents lack a valid
 * signature (office_paper_data) and, while the copy is awaited, offers
 * the form to reception; the queue marks and filters such dossiers
 * (pages/office.c p_queue). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/render.h"
#include "core/request.h"
#include "domain/calendar.h"
#include "pages/common.h"
#include "pages/office.h"

static const char *const hows[] = { "post", "counter", NULL };

enum { PP_CODE, PP_VERSION, PP_DAY, PP_HOW, PP_NOTE };
const struct field office_f_paper[OFFICE_F_PAPER_N] = {
	[PP_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 40, NULL },
	[PP_VERSION] = { "phien_ban", V_INT, F_REQUIRED, 0, 2147483647L, NULL },
	[PP_DAY] = { "ngay_nhan", V_DATE, F_REQUIRED, 0, 0, NULL },
	[PP_HOW] = { "cach_nhan", V_ENUM, F_REQUIRED, 0, 0, hows },
	/* the column's size (sql/013-figures.sql) */
	[PP_NOTE] = { "ghi_chu", V_TEXT, 0, 0, 500, NULL },
};

/* The officer's page: for a dossier that had to send its paper copy,
 * the required documents no valid signature covers
 * (dossier_unsigned_docs: PaperDocs.N.{id,name}), and today's date for
 * the arrival form (Page.Today, YYYY-MM-DD). After dossier_load. */
struct result
office_paper_data(struct request *req, const struct dossier_facts *f)
{
	char today[24];
	int rc;

	if (hdf_get_int_value(req->hdf, "Dossier.D.paper_pending", 0) != 1)
		return res_ok();
	if ((rc = dossier_unsigned_docs(req->db, f->id, req->hdf, "PaperDocs")) < 0)
		return res_db(rc);
	cal_format_iso(cal_now(), today, sizeof(today));
	today[10] = '\0';
	hdf_set_value(req->hdf, "Page.Today", today);
	return res_ok();
}

/* POST /can-bo/ho-so/:code/da-nhan-ban-giay -- see above. A day after
 * today or before the submission is refused by the field (422) before
 * anything is tried; the rest (role, agency, the copy awaited, the
 * version the page showed, posted twice) is wf_apply's. */
struct result
office_p_paper(struct request *req)
{
	struct dossier_facts f;
	struct wf_in in;
	struct result r;
	const char *why;
	long day;
	int rc;

	r = page_dossier(req, 0, req->val[PP_CODE].s, ACT_READ, 0, &f);
	office_denied(req, r, f.id, f.owner_id, wf_table[WA_PAPER_RECEIVED].name);
	if (!res_is_ok(r))
		return r;
	if ((rc = dossier_load(req->db, f.id, req->hdf, "Dossier")) < 0)
		return res_db(rc);
	/* the day against the dossier: the rule wf_apply applies again
	 * under the row lock, said here by the field */
	if (req->val[PP_DAY].err == VE_OK && req->val[PP_DAY].present &&
	    cal_parse_date(req->val[PP_DAY].s, &day) == 0 &&
	    (why = wf_paper_day_check(day, cal_hdf_time(hdf_get_obj(req->hdf,
	    "Dossier.D"), "submitted_at"), cal_now())) != NULL) {
		char key[64];
		const char *msg;

		snprintf(key, sizeof(key), "Valid.%s", why);
		msg = render_lang(key);
		hdf_set_value(req->hdf, "Form.ngay_nhan.Error", msg ? msg :
		    "Ngày không hợp lệ.");
		req->nerrors++;
	}
	if (req->nerrors)
		hdf_set_value(req->hdf, "Page.Action", wf_table[WA_PAPER_RECEIVED].slug);
	memset(&in, 0, sizeof(in));
	in.version = req->val[PP_VERSION].i;
	in.paper_day = req->val[PP_DAY].s;
	in.paper_how = req->val[PP_HOW].s;
	in.paper_note = req->val[PP_NOTE].s;
	return office_act(req, WA_PAPER_RECEIVED, req->val[PP_CODE].s, &in);
}
