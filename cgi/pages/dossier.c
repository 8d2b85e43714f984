/* dvc-dossier: citizens' dossiers (Article 7) and public tracking, its own
 * responder and database account.
 *
 * /ho-so/nop/<procedure>  start a draft (applicant, case, agency)
 * /ho-so/nhap/<id>        the draft: applicant data, one upload slot per
 *                         document, files kept as they come (multipart)
 * /ho-so/nhap/<id>/xem-lai  review, the Article 16 declaration, submit
 *                         (dossier_draft.c)
 * /ho-so, /ho-so/<code>, /ho-so/<code>/bien-nhan  list, detail, receipt
 * /ho-so/nhan-ho-so       claim a dossier received at the counter or by
 *                         post (code and ID number; dossier_track.c)
 * /ho-so/<code>/thong-bao/<id>  a notice of the agency, as it was sent
 * /ho-so/<code>/bo-sung   the supplement a Form 02 asked for (multipart):
 *                         files to the documents it names, then the
 *                         workflow's citizen transition (the clock resumes)
 * /ho-so/<code>/ket-qua, rut-ho-so, danh-gia  the result, withdrawal,
 *                         rating (dossier_view.c)
 * /ho-so/tep/<id>         a file, through the app (authorised download)
 * /tra-cuu                status by code and last digits, or a receipt's
 *                         QR (dossier_track.c)
 *
 * Same five steps as every page (core/request.c): the dispatcher checked
 * method, session, route access, CSRF and fields; each handler loads the
 * dossier's facts and asks access_object, acts in one transaction with
 * its audit record and mail, then redirects or renders. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/request.h"
#include "domain/payment.h"
#include "pages/common.h"
#include "pages/dossier.h"

static const struct tpl_def tpls[T__MAX] = {
	[T_START] = { "dossier_start.cs", NULL },
	[T_DRAFT] = { "dossier_draft.cs", NULL },
	[T_REVIEW] = { "dossier_review.cs", NULL },
	[T_DISCARD] = { "dossier_discard.cs", NULL },
	[T_LIST] = { "dossier_list.cs", NULL },
	[T_VIEW] = { "dossier_view.cs", NULL },
	[T_RECEIPT] = { "receipt.cs", "layout_print.cs" },
	[T_TRACK] = { "track.cs", NULL },
	[T_MAIL] = { "mail.cs", "" },
	[T_SUPPLEMENT] = { "dossier_supplement.cs", NULL },
	[T_PAYMENT] = { "payment.cs", NULL },
	[T_PAY_RECEIPT] = { "payment_receipt.cs", "layout_print.cs" },
	[T_PAY_CHECK] = { "payment_check.cs", NULL },
};

/* --- steps every page takes ------------------------------------------------- */

struct result
path_dossier(struct request *req, enum access_act act, struct dossier_facts *f)
{
	return page_dossier(req, 0, req->val[0].s, act, 0, f);
}

struct result
load_draft(struct request *req, long long id, struct dossier_facts *f,
    const char *then)
{
	struct result r = page_dossier(req, id, NULL, ACT_CHANGE, 0, f);
	struct buf to = BUF_INIT;

	if (!res_is_ok(r) || f->status == DS_DRAFT)
		return r;
	buf_printf(&to, "/ho-so/%s%s", f->code, then);
	r = req_redirect(req, buf_str(&to));
	buf_free(&to);
	return r;
}

struct result
to_dossier(struct request *req, const char *code, const char *query)
{
	struct buf to = BUF_INIT;
	struct result r;

	buf_printf(&to, "/ho-so/%s%s", code, query);
	r = req_redirect(req, buf_str(&to));
	buf_free(&to);
	return r;
}

/* --- the forms ------------------------------------------------------------------ */

static const char *const one[] = { "1", NULL };
static const char *const next_steps[] = { "luu", "xem-lai", NULL };

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

static const struct field f_start[ST__MAX] = {
	[ST_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 16, NULL },
	APPLICANT_FIELDS,
	[ST_CASE] = { "truong_hop", V_KEY, 0, 1, 60, NULL },
	[ST_AGENCY] = { "co_quan", V_KEY, 0, 1, 24, NULL },
	[ST_TOKEN] = { "ma_phieu", V_TOKEN, F_REQUIRED, 22, 22, NULL },
};

static const struct field f_draft[DR__MAX] = {
	[DR_ID] = { "id", V_INT, F_PATH | F_REQUIRED, 1, ID_MAX, NULL },
	APPLICANT_FIELDS,
	[DR_NEXT] = { "tiep", V_ENUM, 0, 0, 0, next_steps },
};

static const struct field f_review[RV__MAX] = {
	[RV_ID] = { "id", V_INT, F_PATH | F_REQUIRED, 1, ID_MAX, NULL },
	[RV_DECLARE] = { "cam_doan", V_ENUM, 0, 0, 0, one },
	[RV_SAVED] = { "da-luu", V_ENUM, 0, 0, 0, one },
};

static const struct field f_view[VW__MAX] = {
	[VW_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 40, NULL },
};

static const struct field f_notice[NT__MAX] = {
	[NT_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 40, NULL },
	[NT_ID] = { "id", V_INT, F_PATH | F_REQUIRED, 1, ID_MAX, NULL },
};

static const struct field f_file[FL__MAX] = {
	[FL_ID] = { "id", V_INT, F_PATH | F_REQUIRED, 1, ID_MAX, NULL },
};

static const struct field f_withdraw[WD__MAX] = {
	[WD_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 40, NULL },
	[WD_REASON] = { "ly_do", V_TEXT, 0, 0, 2000, NULL },
};

/* a score (1-5) per criterion of Rating.Criteria, diem_0 .. diem_9 */
#define SCORE(i) [RT_S0 + i] = { "diem_" #i, V_INT, 0, 1, 5, NULL }
static const struct field f_rate[RT__MAX] = {
	[RT_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 40, NULL },
	[RT_COMMENT] = { "gop_y", V_TEXT, 0, 0, 2000, NULL },
	SCORE(0), SCORE(1), SCORE(2), SCORE(3), SCORE(4),
	SCORE(5), SCORE(6), SCORE(7), SCORE(8), SCORE(9),
};
#undef SCORE
_Static_assert(RATING_CRITERIA_MAX == 10, "one diem_N field per criterion");

static const struct field f_track[TR__MAX] = {
	[TR_CODE] = { "ma", V_KEY, 0, 1, 40, NULL },
	[TR_DIGITS] = { "so", V_INT, 0, 0, 999999, NULL },
	[TR_MAC] = { "k", V_TOKEN, 0, 22, 22, NULL },
};

/* the e-receipt's public check: its number in the portal and its check
 * value (the receipt's QR) */
static const struct field f_rcheck[RC__MAX] = {
	[RC_NO] = { "so", V_INT, 0, 1, ID_MAX, NULL },
	[RC_MAC] = { "k", V_TOKEN, 0, 22, 22, NULL },
};

/* where a refund is sent: the bank, the account (digits, checked by the
 * page), its holder; the columns' sizes (sql/018-receipts-refunds.sql) */
static const struct field f_raccount[RA__MAX] = {
	[RA_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 40, NULL },
	[RA_BANK] = { "ngan_hang", V_LINE, F_REQUIRED, 2, 200, NULL },
	[RA_ACCOUNT] = { "so_tai_khoan", V_KEY, F_REQUIRED, 4, 30, NULL },
	[RA_HOLDER] = { "chu_tai_khoan", V_NAME, F_REQUIRED, 2, 100, NULL },
};

/* claiming a dossier received at the counter or by post: its code and
 * the applicant's ID number as reception entered it */
static const struct field f_claim[CL__MAX] = {
	[CL_CODE] = { "ma", V_KEY, F_REQUIRED, 1, 40, NULL },
	[CL_IDNO] = { "so_dinh_danh", V_CCCD, F_REQUIRED, 12, 12, NULL },
};

/* --- the responder ---------------------------------------------------------------- */

static int
start(const struct config *cfg, char *err, size_t errlen)
{
	const char *why;

	if (dossier_code_pattern_ok(cfg_str(cfg, "Dossier.CodePattern"), &why) != 0) {
		snprintf(err, errlen, "khóa Dossier.CodePattern: %s", why);
		return -1;
	}
	if (payment_start(cfg, err, errlen) != 0)
		return -1;
	return intake_start(cfg, err, errlen);
}

static const struct route routes[] = {
	{ M_GET, "/ho-so", p_list, RF_LOGIN | RF_FORM, NULL, 0, 0 },
	{ M_POST, "/ho-so/nhan-ho-so", p_claim, RF_LOGIN | RF_CSRF, FIELDS(f_claim), 0 },
	{ M_GET, "/ho-so/nop/:code", p_start_form, RF_FORM | RF_PERSONAL, FIELDS(f_start), 0 },
	{ M_POST, "/ho-so/nop/:code", p_start, RF_LOGIN | RF_CSRF, FIELDS(f_start), 0 },
	{ M_GET, "/ho-so/nhap/:id", p_draft, RF_LOGIN | RF_FORM, FIELDS(f_draft), 0 },
	{ M_POST, "/ho-so/nhap/:id", p_draft_save, RF_LOGIN | RF_CSRF | RF_UPLOAD, FIELDS(f_draft), 0 },
	{ M_GET, "/ho-so/nhap/:id/xem-lai", p_review, RF_LOGIN | RF_FORM, FIELDS(f_review), 0 },
	{ M_POST, "/ho-so/nhap/:id/nop", p_submit, RF_LOGIN | RF_CSRF, FIELDS(f_review), 0 },
	{ M_GET, "/ho-so/nhap/:id/xoa", p_discard_form, RF_LOGIN | RF_FORM, FIELDS(f_review), 0 },
	{ M_POST, "/ho-so/nhap/:id/xoa", p_discard, RF_LOGIN | RF_CSRF, FIELDS(f_review), 0 },
	{ M_GET, "/ho-so/tep/:id", p_file, RF_LOGIN, FIELDS(f_file), 0 },
	{ M_GET, "/ho-so/:code", p_view, RF_LOGIN | RF_FORM, FIELDS(f_view), 0 },
	{ M_GET, "/ho-so/:code/bien-nhan", p_receipt, RF_LOGIN, FIELDS(f_view), 0 },
	{ M_GET, "/ho-so/:code/thong-bao/:id", p_notice, RF_LOGIN, FIELDS(f_notice), 0 },
	{ M_GET, "/ho-so/:code/bo-sung", p_supplement_form, RF_LOGIN | RF_FORM, FIELDS(f_view), 0 },
	{ M_POST, "/ho-so/:code/bo-sung", p_supplement, RF_LOGIN | RF_CSRF | RF_UPLOAD, FIELDS(f_view), 0 },
	{ M_GET, "/ho-so/:code/ket-qua", p_result, RF_LOGIN, FIELDS(f_view), 0 },
	{ M_POST, "/ho-so/:code/rut-ho-so", p_withdraw, RF_LOGIN | RF_CSRF, FIELDS(f_withdraw), 0 },
	{ M_POST, "/ho-so/:code/danh-gia", p_rate, RF_LOGIN | RF_CSRF, FIELDS(f_rate), 0 },
	{ M_GET, "/tra-cuu", p_track, RF_PERSONAL, FIELDS(f_track), 0 },
	{ M_GET, "/thanh-toan/ho-so/:code", p_pay, RF_LOGIN | RF_FORM, FIELDS(f_view), 0 },
	{ M_POST, "/thanh-toan/ho-so/:code/truc-tuyen", p_pay_online, RF_LOGIN | RF_CSRF, FIELDS(f_view), 0 },
	{ M_GET, "/thanh-toan/ho-so/:code/ket-qua", p_pay_return, RF_LOGIN, FIELDS(f_view), 0 },
	{ M_GET, "/thanh-toan/ho-so/:code/bien-lai/:id", p_pay_receipt, RF_LOGIN, FIELDS(f_notice), 0 },
	{ M_POST, "/thanh-toan/ho-so/:code/tai-khoan-hoan", p_pay_account, RF_LOGIN | RF_CSRF, FIELDS(f_raccount), 0 },
	{ M_GET, "/thanh-toan/bien-lai", p_pay_check, 0, FIELDS(f_rcheck), 0 },
	{ M_GET, "/thanh-toan/thong-bao", p_pay_notify, 0, NULL, 0, 0 },
};

static const struct responder dossier_responder = {
	"dossier", "Dossier", routes, sizeof(routes) / sizeof(routes[0]),
	tpls, T__MAX, NULL, NULL, NULL, NULL, NULL, 0, page_who, start, NULL, NULL, NULL,
};

int
main(int argc, char **argv)
{
	return responder_main(argc, argv, &dossier_responder);
}
