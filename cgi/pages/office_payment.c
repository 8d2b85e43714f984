/* dvc-office, fees (issue 14; Articles 7.1b, 7.2b):
 *
 * POST /can-bo/ho-so/<code>/thu-phi   reception records a payment at the
 *      counter: so_tien (the amount received, đồng, digits), so_bien_lai
 *      (the paper receipt's number, at most 40 characters), hinh_thuc
 *      (cash, card, transfer), ly_do (why the amount is not the one owed:
 *      required then, at most 500 characters). A row of wf_table
 *      (WA_PAY_COUNTER), applied by office_act().
 * POST /can-bo/ho-so/<code>/mien-phi  an exemption with its reason
 *      (ly_do): the generic action route of office.c (WA_FEE_EXEMPT).
 * POST /can-bo/ho-so/<code>/hoan-phi  reception records the refund of a
 *      fee owed back (Article 8.2: refused or stopped after payment):
 *      ngay_hoan (the day it was made: not after today nor before the
 *      payment), so_chung_tu (the transfer's or the cash voucher's
 *      reference, at most 60 characters). A row of wf_table (WA_REFUND).
 * GET  /can-bo/thanh-toan              the agency's ledger (sổ thu, hoàn
 *      phí, lệ phí) between tu and den (days, inclusive; this month by
 *      default; at most LEDGER_DAYS_MAX days): what was received by each
 *      way, the refunds made, listed, and the net.
 * GET  /can-bo/thanh-toan/doi-soat.csv  the same as a reconciliation CSV,
 *      one line per payment and per refund; its export audited.
 * Both for the officers of the agency, of their own agency only.
 *
 * The officer's page shows what is owed, when, and the payments
 * (office_payment_data); the steps that wait for the fee say so. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/buf.h"
#include "core/render.h"
#include "core/request.h"
#include "domain/calendar.h"
#include "domain/payment.h"
#include "pages/common.h"
#include "pages/office.h"

static const char *const means[] = { "cash", "card", "transfer", NULL };

enum { PY_CODE, PY_VERSION, PY_AMOUNT, PY_RECEIPT, PY_MEANS, PY_REASON };
const struct field office_f_pay[OFFICE_F_PAY_N] = {
	[PY_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 40, NULL },
	[PY_VERSION] = { "phien_ban", V_INT, F_REQUIRED, 0, 2147483647L, NULL },
	[PY_AMOUNT] = { "so_tien", V_INT, F_REQUIRED, 1, 1000000000000L, NULL },
	/* the columns' sizes (sql/016-payment.sql) */
	[PY_RECEIPT] = { "so_bien_lai", V_LINE, F_REQUIRED, 1, 40, NULL },
	[PY_MEANS] = { "hinh_thuc", V_ENUM, F_REQUIRED, 0, 0, means },
	[PY_REASON] = { "ly_do", V_TEXT, 0, 0, 500, NULL },
};

struct result
office_payment_data(struct request *req, const struct dossier_facts *f)
{
	int rc = payment_info(req->db, f->id, req->hdf, "Pay");

	/* the exemption form's reference, read where that form is */
	if (rc >= 0)
		rc = payment_exemptions(req->db, f->id, req->hdf, "Pay.Exempt");
	return rc < 0 ? res_db(rc) : res_ok();
}

/* POST /can-bo/ho-so/:code/thu-phi -- see above. Whether the fee is
 * still owed, the amount against it, role, agency, version and posted
 * twice are wf_apply's. */
struct result
office_p_pay(struct request *req)
{
	struct wf_in in;

	memset(&in, 0, sizeof(in));
	in.version = req->val[PY_VERSION].i;
	in.pay_amount = req->val[PY_AMOUNT].i;
	in.pay_receipt = req->val[PY_RECEIPT].s;
	in.pay_means = req->val[PY_MEANS].s;
	in.reason = req->val[PY_REASON].s;
	return office_act(req, WA_PAY_COUNTER, req->val[PY_CODE].s, &in);
}

enum { RF_CODE, RF_VERSION, RF_DAY, RF_REF };
const struct field office_f_refund[OFFICE_F_REFUND_N] = {
	[RF_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 40, NULL },
	[RF_VERSION] = { "phien_ban", V_INT, F_REQUIRED, 0, 2147483647L, NULL },
	[RF_DAY] = { "ngay_hoan", V_DATE, F_REQUIRED, 0, 0, NULL },
	/* the column's size (sql/018-receipts-refunds.sql) */
	[RF_REF] = { "so_chung_tu", V_LINE, F_REQUIRED, 1, 60, NULL },
};

/* POST /can-bo/ho-so/:code/hoan-phi -- see above. Whether a refund is
 * owed, the day against the payment, role, agency, version and posted
 * twice are wf_apply's (a day refused: WF_WHY_REFUND_DAY). */
struct result
office_p_refund(struct request *req)
{
	struct wf_in in;

	memset(&in, 0, sizeof(in));
	in.version = req->val[RF_VERSION].i;
	in.refund_day = req->val[RF_DAY].s;
	in.refund_ref = req->val[RF_REF].s;
	return office_act(req, WA_REFUND, req->val[RF_CODE].s, &in);
}

/* a year and a day: a year's accounts, whatever day it starts */
#define LEDGER_DAYS_MAX 367

enum { LG_FROM, LG_TO };
const struct field office_f_ledger[OFFICE_F_LEDGER_N] = {
	[LG_FROM] = { "tu", V_DATE, 0, 0, 0, NULL },
	[LG_TO] = { "den", V_DATE, 0, 0, 0, NULL },
};

/* The range asked (this month so far by default) into from and to
 * ("YYYY-MM-DD"): 0, or -1 if it is not a range (a bad day, the end
 * before the start, longer than LEDGER_DAYS_MAX). */
static int
ledger_range(struct request *req, char from[11], char to[11])
{
	char today[24];
	long a, b;

	cal_format_iso(cal_now(), today, sizeof(today));
	snprintf(to, 11, "%.10s", req->val[LG_TO].present ? req->val[LG_TO].s : today);
	if (req->val[LG_FROM].present)
		snprintf(from, 11, "%.10s", req->val[LG_FROM].s);
	else
		snprintf(from, 11, "%.8s01", to);
	if (req->nerrors || cal_parse_date(from, &a) != 0 || cal_parse_date(to, &b) != 0 ||
	    b < a || b - a >= LEDGER_DAYS_MAX)
		return -1;
	return 0;
}

/* GET /can-bo/thanh-toan */
struct result
office_p_ledger(struct request *req)
{
	char from[11], to[11];
	int rc;

	req_form_to_hdf(req);
	if (ledger_range(req, from, to) != 0) {
		req->status = 422;
		hdf_set_value(req->hdf, "Page.BadRange", "1");
		return office_render(req, T_LEDGER);
	}
	hdf_set_value(req->hdf, "Page.From", from);
	hdf_set_value(req->hdf, "Page.To", to);
	if ((rc = payment_ledger(req->db, req->user->agency_id, from, to, req->hdf,
	    "Ledger")) < 0)
		return res_db(rc);
	return office_render(req, T_LEDGER);
}

/* GET /can-bo/thanh-toan/doi-soat.csv */
struct result
office_p_ledger_csv(struct request *req)
{
	struct buf out = BUF_INIT;
	char from[11], to[11], detail[64], name[64];
	int rc;

	if (ledger_range(req, from, to) != 0)
		return res_status(422);
	rc = payment_ledger_csv(req->db, req->user->agency_id, from, to,
	    render_global("Lang"), &out);
	snprintf(detail, sizeof(detail), "%s..%s rows %d", from, to, rc);
	if (rc >= 0)
		rc = page_audit(req, "payment.export", "agency", req->user->agency_id, 0, detail);
	if (rc < 0) {
		buf_free(&out);
		return res_db(rc);
	}
	snprintf(name, sizeof(name), "doi-soat-phi-le-phi-%s-%s.csv", from, to);
	return page_download(req, name, "text/csv; charset=utf-8", &out);
}
