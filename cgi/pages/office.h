/* dvc-office's pages shared between its files: office.c (the responder,
 * reception and its actions), office_process.c (processing, approval,
 * return, extensions), office_reports.c (queues' shared filters, the control
 * sheet, the tracking book), office_opinion.c (inter-agency opinions),
 * office_paper.c (the paper copy of level 4), office_oversight.c (the
 * province's oversight), office_period.c (period reports, the annual
 * report, the scorecard). */
#ifndef DVC_PAGES_OFFICE_H
#define DVC_PAGES_OFFICE_H

#include <stddef.h>

#include "core/access.h"
#include "core/request.h"
#include "domain/account.h"
#include "domain/dossier.h"
#include "domain/workflow.h"

/* Templates of dvc-office (office.c's table). */
enum office_tpl {
	T_QUEUE, T_DOSSIER, T_MAIL, T_NOTICE01, T_NOTICE02, T_NOTICE03,
	T_NOTICE04, T_WORK, T_SHEET, T_NOTICE_APOLOGY25, T_NOTICE_STOP,
	T_OPINIONS, T_OPINION,
	T_OVERSIGHT, T_OVERSIGHT_LIST, T_OVERSIGHT_DOSSIER, T_REPORT, T_REPORT_PRINT,
	T_ANNUAL, T_SCORECARD, T_SCORECARD_LIST, T_LEDGER,
	T_STATEMENT, T_COUNTER, T_COUNTER_DRAFT,
	T_TRANSFER,	/* office_transfer.c (issue 16, section 4) */
	T__MAX
};


struct result office_dossier_data(struct request *req,
    const struct dossier_facts *f);
struct result office_dossier_again(struct request *req,
    const struct dossier_facts *f, int status, const char *failure);
size_t office_ticked_docs(struct request *req, const char *prefix,
    long long *ids, int *all_ok);
size_t office_doc_count(struct request *req);
void office_denied(struct request *req, struct result r, long long dossier,
    long long owner, const char *what);
/* Runs transition action on dossier code with *in (version, reason and
 * the action's own inputs; action, dossier_id and the supplement's
 * documents are filled here) and answers: a redirect to the dossier, or
 * its page with 409/422, or 403/404. */
/* req_render with the back office's menu on the site's layout. */
struct result office_render(struct request *req, int t);
struct result office_act(struct request *req, int action, const char *code,
    struct wf_in *in);

/* office_process.c */
struct result office_p_work(struct request *req);
struct result office_p_process(struct request *req);
struct result office_p_propose_result(struct request *req);
extern const struct field office_f_process[];
extern const struct field office_f_result[];
#define OFFICE_F_PROCESS_N 7
#define OFFICE_F_RESULT_N 4

#define OFFICE_PROCESS_ROUTES \
	{ M_GET, "/can-bo/xu-ly", office_p_work, RF_PERSONAL, NULL, 0, ROLE_BIT(ROLE_SPECIALIST) }, \
	{ M_GET, "/can-bo/phe-duyet", office_p_work, RF_PERSONAL, NULL, 0, ROLE_BIT(ROLE_LEADER) }, \
	{ M_GET, "/can-bo/tra-ket-qua", office_p_work, RF_PERSONAL, NULL, 0, ROLE_BIT(ROLE_RECEPTION) }, \
	{ M_POST, "/can-bo/ho-so/:code/de-xuat-ket-qua", office_p_propose_result, \
	    RF_CSRF | RF_UPLOAD, office_f_result, OFFICE_F_RESULT_N, ROLES_WORK }, \
	{ M_POST, "/can-bo/ho-so/:code/de-xuat-bo-sung", office_p_process, RF_CSRF, office_f_process, OFFICE_F_PROCESS_N, ROLES_WORK }, \
	{ M_POST, "/can-bo/ho-so/:code/de-xuat-tu-choi", office_p_process, RF_CSRF, office_f_process, OFFICE_F_PROCESS_N, ROLES_WORK }, \
	{ M_POST, "/can-bo/ho-so/:code/duyet-ket-qua", office_p_process, RF_CSRF, office_f_process, OFFICE_F_PROCESS_N, ROLES_WORK }, \
	{ M_POST, "/can-bo/ho-so/:code/duyet-bo-sung", office_p_process, RF_CSRF, office_f_process, OFFICE_F_PROCESS_N, ROLES_WORK }, \
	{ M_POST, "/can-bo/ho-so/:code/duyet-tu-choi", office_p_process, RF_CSRF, office_f_process, OFFICE_F_PROCESS_N, ROLES_WORK }, \
	{ M_POST, "/can-bo/ho-so/:code/tra-lai-du-thao", office_p_process, RF_CSRF, office_f_process, OFFICE_F_PROCESS_N, ROLES_WORK }, \
	{ M_POST, "/can-bo/ho-so/:code/tra-ket-qua", office_p_process, RF_CSRF, office_f_process, OFFICE_F_PROCESS_N, ROLES_WORK }, \
	{ M_POST, "/can-bo/ho-so/:code/da-nhan-ket-qua", office_p_process, RF_CSRF, office_f_process, OFFICE_F_PROCESS_N, ROLES_WORK }, \
	{ M_POST, "/can-bo/ho-so/:code/de-xuat-gia-han", office_p_process, RF_CSRF, office_f_process, OFFICE_F_PROCESS_N, ROLES_WORK }, \
	{ M_POST, "/can-bo/ho-so/:code/duyet-gia-han", office_p_process, RF_CSRF, office_f_process, OFFICE_F_PROCESS_N, ROLES_WORK }, \
	{ M_POST, "/can-bo/ho-so/:code/dung-giai-quyet", office_p_process, RF_CSRF, office_f_process, OFFICE_F_PROCESS_N, ROLES_WORK },


/* office_opinion.c: inter-agency opinions (domain/opinion.h) */
struct result office_opinion_data(struct request *req,
    const struct dossier_facts *f);
struct result office_p_ask(struct request *req);
struct result office_p_opinions(struct request *req);
struct result office_p_opinion(struct request *req);
struct result office_p_answer(struct request *req);
struct result office_p_withdraw(struct request *req);
struct result office_p_opinion_file(struct request *req);
extern const struct field office_f_ask[];
extern const struct field office_f_opinion[];
extern const struct field office_f_answer[];
#define OFFICE_F_ASK_N 6
#define OFFICE_F_OPINION_N 1
#define OFFICE_F_ANSWER_N 3

#define OFFICE_OPINION_ROUTES \
	{ M_POST, "/can-bo/ho-so/:code/xin-y-kien", office_p_ask, RF_CSRF, office_f_ask, OFFICE_F_ASK_N, ROLES_WORK }, \
	{ M_GET, "/can-bo/y-kien", office_p_opinions, RF_PERSONAL, NULL, 0, ROLES_CONSULT }, \
	{ M_GET, "/can-bo/y-kien/:id", office_p_opinion, RF_PERSONAL | RF_FORM, office_f_opinion, OFFICE_F_OPINION_N, ROLES_WORK }, \
	{ M_GET, "/can-bo/y-kien/:id/tep", office_p_opinion_file, RF_PERSONAL, office_f_opinion, OFFICE_F_OPINION_N, ROLES_WORK }, \
	{ M_POST, "/can-bo/y-kien/:id/tra-loi", office_p_answer, RF_CSRF | RF_UPLOAD, office_f_answer, OFFICE_F_ANSWER_N, ROLES_WORK }, \
	{ M_POST, "/can-bo/y-kien/:id/rut", office_p_withdraw, RF_CSRF, office_f_opinion, OFFICE_F_OPINION_N, ROLES_WORK },

/* office_oversight.c: /can-bo/giam-sat (domain/oversight.h), for the
 * province's admins and inspectors; the waiver is the admin's alone */
struct result office_p_oversight(struct request *req);
struct result office_p_oversight_list(struct request *req);
struct result office_p_oversight_dossier(struct request *req);
struct result office_p_waive(struct request *req);
extern const struct field office_f_ov_list[];
extern const struct field office_f_ov_dossier[];
extern const struct field office_f_waive[];
#define OFFICE_F_OV_LIST_N 3
#define OFFICE_F_OV_DOSSIER_N 1
#define OFFICE_F_WAIVE_N 2

#define OFFICE_OVERSIGHT_ROUTES \
	{ M_GET, "/can-bo/giam-sat", office_p_oversight, RF_PERSONAL, NULL, 0, ROLES_OVERSIGHT }, \
	{ M_GET, "/can-bo/giam-sat/co-quan/:code", office_p_oversight_list, RF_PERSONAL, \
	    office_f_ov_list, OFFICE_F_OV_LIST_N, ROLES_OVERSIGHT }, \
	{ M_GET, "/can-bo/giam-sat/ho-so/:code", office_p_oversight_dossier, RF_PERSONAL | RF_FORM, \
	    office_f_ov_dossier, OFFICE_F_OV_DOSSIER_N, ROLES_OVERSIGHT }, \
	{ M_POST, "/can-bo/giam-sat/ho-so/:code/mien-gioi-han", office_p_waive, RF_CSRF, \
	    office_f_waive, OFFICE_F_WAIVE_N, ROLE_BIT(ROLE_PROVINCE_ADMIN) },

/* office_period.c: /can-bo/bao-cao (domain/report.h), for every officer:
 * their agency's figures; the province's admins and inspectors, any
 * agency's and the province's */
struct result office_p_report(struct request *req);
struct result office_p_annual(struct request *req);
struct result office_p_scorecard(struct request *req);
struct result office_p_scorecard_list(struct request *req);
extern const struct field office_f_report[];
extern const struct field office_f_cost[];
#define OFFICE_F_REPORT_N 8
#define OFFICE_F_COST_N 10

#define OFFICE_PERIOD_ROUTES \
	{ M_GET, "/can-bo/bao-cao", office_p_report, RF_PERSONAL, office_f_report, \
	    OFFICE_F_REPORT_N, ROLES_ALL }, \
	{ M_GET, "/can-bo/bao-cao.csv", office_p_report, RF_PERSONAL, office_f_report, \
	    OFFICE_F_REPORT_N, ROLES_ALL }, \
	{ M_GET, "/can-bo/bao-cao.json", office_p_report, RF_PERSONAL, office_f_report, \
	    OFFICE_F_REPORT_N, ROLES_ALL }, \
	{ M_GET, "/can-bo/bao-cao/in", office_p_report, RF_PERSONAL, office_f_report, \
	    OFFICE_F_REPORT_N, ROLES_ALL }, \
	{ M_GET, "/can-bo/bao-cao/nam", office_p_annual, RF_PERSONAL, office_f_report, \
	    OFFICE_F_REPORT_N, ROLES_ALL }, \
	{ M_GET, "/can-bo/bao-cao/chi-so", office_p_scorecard, RF_PERSONAL, office_f_report, \
	    OFFICE_F_REPORT_N, ROLES_ALL }, \
	{ M_GET, "/can-bo/bao-cao/chi-so/:what", office_p_scorecard_list, RF_PERSONAL, \
	    office_f_cost, OFFICE_F_COST_N, ROLES_ALL },

/* office_paper.c: the paper copy of an unsigned level-4 dossier */
struct result office_paper_data(struct request *req,
    const struct dossier_facts *f);
struct result office_p_paper(struct request *req);
extern const struct field office_f_paper[];
#define OFFICE_F_PAPER_N 5

#define OFFICE_PAPER_ROUTES \
	{ M_POST, "/can-bo/ho-so/:code/da-nhan-ban-giay", office_p_paper, RF_CSRF, office_f_paper, OFFICE_F_PAPER_N, ROLES_WORK },

/* office_counter.c: dossiers received at the counter or by post (issue
 * 15), reception's */
struct result office_p_counter_form(struct request *req);
struct result office_p_counter_start(struct request *req);
struct result office_p_counter_draft(struct request *req);
struct result office_p_counter_save(struct request *req);
extern const struct field office_f_counter[];
extern const struct field office_f_counter_draft[];
#define OFFICE_F_COUNTER_N 12
#define OFFICE_F_COUNTER_DRAFT_N 2

#define OFFICE_COUNTER_ROUTES \
	{ M_GET, "/can-bo/tiep-nhan/truc-tiep", office_p_counter_form, RF_PERSONAL | RF_FORM, \
	    NULL, 0, ROLE_BIT(ROLE_RECEPTION) }, \
	{ M_POST, "/can-bo/tiep-nhan/truc-tiep", office_p_counter_start, RF_CSRF | RF_PERSONAL, \
	    office_f_counter, OFFICE_F_COUNTER_N, ROLE_BIT(ROLE_RECEPTION) }, \
	{ M_GET, "/can-bo/tiep-nhan/truc-tiep/:id", office_p_counter_draft, RF_PERSONAL | RF_FORM, \
	    office_f_counter_draft, OFFICE_F_COUNTER_DRAFT_N, ROLE_BIT(ROLE_RECEPTION) }, \
	{ M_POST, "/can-bo/tiep-nhan/truc-tiep/:id", office_p_counter_save, \
	    RF_CSRF | RF_PERSONAL | RF_UPLOAD, office_f_counter_draft, OFFICE_F_COUNTER_DRAFT_N, \
	    ROLE_BIT(ROLE_RECEPTION) },

/* office_payment.c: fees (issue 14) */
struct result office_payment_data(struct request *req,
    const struct dossier_facts *f);
struct result office_p_pay(struct request *req);
extern const struct field office_f_pay[];
#define OFFICE_F_PAY_N 6
struct result office_p_refund(struct request *req);
extern const struct field office_f_refund[];
#define OFFICE_F_REFUND_N 4
/* the agency's money: reception, which takes it and pays it back, and
 * the leader, who answers for it */
#define ROLES_LEDGER (ROLE_BIT(ROLE_RECEPTION) | ROLE_BIT(ROLE_LEADER))
struct result office_p_ledger(struct request *req);
struct result office_p_ledger_csv(struct request *req);
extern const struct field office_f_ledger[];
#define OFFICE_F_LEDGER_N 2
#define OFFICE_PAYMENT_ROUTES \
	{ M_GET, "/can-bo/thanh-toan", office_p_ledger, RF_PERSONAL | RF_FORM, office_f_ledger, OFFICE_F_LEDGER_N, ROLES_LEDGER }, \
	{ M_GET, "/can-bo/thanh-toan/doi-soat.csv", office_p_ledger_csv, RF_PERSONAL, office_f_ledger, OFFICE_F_LEDGER_N, ROLES_LEDGER }, \
	{ M_POST, "/can-bo/ho-so/:code/thu-phi", office_p_pay, RF_CSRF, office_f_pay, OFFICE_F_PAY_N, ROLES_WORK }, \
	{ M_POST, "/can-bo/ho-so/:code/hoan-phi", office_p_refund, RF_CSRF, office_f_refund, OFFICE_F_REFUND_N, ROLES_WORK }, \
	{ M_POST, "/can-bo/ho-so/:code/mien-phi", p_act, RF_CSRF, FIELDS(f_act), ROLES_WORK },

/* office_statement.c: the bank statement of the fee account (issue 14) */
struct result office_p_statement(struct request *req);
struct result office_p_statement_import(struct request *req);
struct result office_p_statement_assign(struct request *req);
struct result office_p_statement_dismiss(struct request *req);
extern const struct field office_f_statement[];
extern const struct field office_f_line[];
#define OFFICE_F_STATEMENT_N 1
#define OFFICE_F_LINE_N 3
#define OFFICE_STATEMENT_ROUTES \
	{ M_GET, "/can-bo/thanh-toan/sao-ke", office_p_statement, RF_PERSONAL | RF_FORM, \
	    NULL, 0, ROLE_BIT(ROLE_RECEPTION) }, \
	{ M_POST, "/can-bo/thanh-toan/sao-ke", office_p_statement_import, \
	    RF_CSRF | RF_UPLOAD, office_f_statement, OFFICE_F_STATEMENT_N, \
	    ROLE_BIT(ROLE_RECEPTION) }, \
	{ M_POST, "/can-bo/thanh-toan/sao-ke/:id/gan", office_p_statement_assign, \
	    RF_CSRF, office_f_line, OFFICE_F_LINE_N, ROLE_BIT(ROLE_RECEPTION) }, \
	{ M_POST, "/can-bo/thanh-toan/sao-ke/:id/bo-qua", office_p_statement_dismiss, \
	    RF_CSRF, office_f_line, OFFICE_F_LINE_N, ROLE_BIT(ROLE_RECEPTION) },

/* office_transfer.c: a dossier sent to the wrong agency, sent on by the
 * leader before acceptance (issue 16, section 4) */
struct result office_p_transfer_form(struct request *req);
struct result office_p_transfer(struct request *req);
#define OFFICE_F_TRANSFER_N 4
extern const struct field office_f_transfer[OFFICE_F_TRANSFER_N];
#define OFFICE_TRANSFER_ROUTES \
	{ M_GET, "/can-bo/ho-so/:code/chuyen-co-quan", office_p_transfer_form, \
	    RF_PERSONAL | RF_FORM, office_f_transfer, 1, ROLE_BIT(ROLE_LEADER) }, \
	{ M_POST, "/can-bo/ho-so/:code/chuyen-co-quan", office_p_transfer, \
	    RF_CSRF | RF_PERSONAL, office_f_transfer, OFFICE_F_TRANSFER_N, ROLE_BIT(ROLE_LEADER) },

/* office_reports.c */
struct result p_control_sheet(struct request *req);	/* GET /can-bo/ho-so/:code/phieu-kiem-soat */
struct result p_book(struct request *req);		/* GET /can-bo/so-theo-doi.csv */
extern const struct field f_sheet[1];
extern const struct field f_book[3];

#endif
