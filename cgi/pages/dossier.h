/* dvc-dossier's pages shared between its files: dossier.c (the responder,
 * the steps every page takes), dossier_draft.c (start, draft, review,
 * submission), dossier_files.c (taking uploaded files into a draft or a
 * supplement), dossier_view.c (the citizen's dossiers after submission:
 * list, page, receipt, notices, supplement, result, withdrawal, rating),
 * dossier_track.c (public tracking). */
#ifndef DVC_PAGES_DOSSIER_H
#define DVC_PAGES_DOSSIER_H

#include "core/access.h"
#include "core/request.h"
#include "domain/workflow.h"
#include "domain/dossier.h"
#include "domain/intake.h"
#include "domain/rating.h"
#include "pages/dossier_files.h"

enum tpl {
	T_START, T_DRAFT, T_REVIEW, T_DISCARD, T_LIST, T_VIEW, T_RECEIPT, T_TRACK, T_MAIL,
	T_SUPPLEMENT, T_PAYMENT, T_PAY_RECEIPT, T_PAY_CHECK, T__MAX
};

#define ID_MAX 0x7fffffffffffL

/* dossier.c */

/* The dossier of the route's :code (its field 0) with the access
 * decision for act: res_ok() (f filled), 404 or 503. */
struct result path_dossier(struct request *req, enum access_act act,
    struct dossier_facts *f);
/* A draft of the person's, id: res_ok() (f filled), 404, 503; a
 * submitted dossier's old draft address redirects to the dossier's page
 * then ("" or "/bien-nhan"). */
struct result load_draft(struct request *req, long long id,
    struct dossier_facts *f, const char *then);
/* dossier_view.c: the list page's data (the person's dossiers, the
 * messages of ?da-xoa and ?da-nhan), for /ho-so and the claim form's
 * answer. 0 or a db_rc. */
int dossier_list_page(struct request *req);
/* 303 to /ho-so/<code><query>. */
struct result to_dossier(struct request *req, const char *code, const char *query);

/* The fields of each form, by index into req->val (the schemas are with
 * the routes, in dossier.c). The applicant's fields sit at the same
 * indices in the start form and the draft form (index 0 is the path
 * parameter), so one function reads them from either. */
enum { A_NAME = 1, A_IDNO, A_BIRTH, A_PHONE, A_EMAIL, A_ADDRESS, A_ORG, A_TAX,
	A_BEHALF, A__END };
enum { ST_CODE = 0, ST_CASE = A__END, ST_AGENCY, ST_TOKEN, ST__MAX };
enum { DR_ID = 0, DR_NEXT = A__END, DR__MAX };
enum { RV_ID, RV_DECLARE, RV_SAVED, RV__MAX };
enum { VW_CODE, VW__MAX };
enum { NT_CODE, NT_ID, NT__MAX };
enum { FL_ID, FL__MAX };
enum { WD_CODE, WD_REASON, WD__MAX };
enum { RT_CODE, RT_COMMENT, RT_S0, RT__MAX = RT_S0 + RATING_CRITERIA_MAX };
enum { TR_CODE, TR_DIGITS, TR_MAC, TR__MAX };
enum { RC_NO, RC_MAC, RC__MAX };
enum { RA_CODE, RA_BANK, RA_ACCOUNT, RA_HOLDER, RA__MAX };
enum { CL_CODE, CL_IDNO, CL__MAX };

/* The handlers (routes in dossier.c) */
struct result p_start_form(struct request *req);
struct result p_start(struct request *req);
struct result p_draft(struct request *req);
struct result p_draft_save(struct request *req);
struct result p_review(struct request *req);
struct result p_submit(struct request *req);
struct result p_discard(struct request *req);
struct result p_discard_form(struct request *req);
struct result p_list(struct request *req);
struct result p_view(struct request *req);
struct result p_receipt(struct request *req);
struct result p_notice(struct request *req);
struct result p_file(struct request *req);
struct result p_supplement_form(struct request *req);
struct result p_supplement(struct request *req);
struct result p_result(struct request *req);
struct result p_withdraw(struct request *req);
struct result p_rate(struct request *req);
struct result p_track(struct request *req);
struct result p_claim(struct request *req);	/* POST /ho-so/nhan-ho-so */

/* dossier_pay.c: paying the fee online (issue 14) */
struct result p_pay(struct request *req);
struct result p_pay_receipt(struct request *req);	/* GET /thanh-toan/ho-so/:code/bien-lai/:id */
struct result p_pay_check(struct request *req);	/* GET /thanh-toan/bien-lai */
struct result p_pay_account(struct request *req);	/* POST /thanh-toan/ho-so/:code/tai-khoan-hoan */
struct result p_pay_return(struct request *req);
struct result p_pay_online(struct request *req);
struct result p_pay_notify(struct request *req);

#endif
