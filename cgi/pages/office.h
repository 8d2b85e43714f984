/* dvc-office's pages shared between its files (office.c: the responder,
 * reception and the actions; office_reports.c: queues' shared filters,
 * the control sheet and the tracking book). */
#ifndef DVC_PAGES_OFFICE_H
#define DVC_PAGES_OFFICE_H

#include "core/access.h"
#include "core/request.h"
#include "domain/dossier.h"

/* Officers who work on dossiers (admins manage staff, not dossiers). */
#define R_WORK ((1u << ROLE_RECEPTION) | (1u << ROLE_SPECIALIST) | (1u << ROLE_LEADER))
#define R_RECEPTION (1u << ROLE_RECEPTION)

/* Templates of dvc-office (office.c's table). */
enum office_tpl {
	T_QUEUE, T_DOSSIER, T_MAIL, T_NOTICE01, T_NOTICE02, T_NOTICE03,
	T_SHEET,
	T__MAX
};

/* The dossier of code (upper-cased) or id, and the access decision for
 * act. 0 (allowed, f filled), 404 or 503. */
int office_load_dossier(struct request *req, const char *code, long long id,
    enum access_act act, unsigned roles, struct dossier_facts *f);

/* The current local time (calendar.h seconds). */
long long office_now(void);

/* office_reports.c */
int p_control_sheet(struct request *req);	/* GET /can-bo/ho-so/:code/phieu-kiem-soat */
int p_book(struct request *req);		/* GET /can-bo/so-theo-doi.csv */
extern const struct field f_sheet[1];
extern const struct field f_book[3];

#endif
