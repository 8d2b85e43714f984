/* dvc-public's templates and the handlers shared between its files. */
#ifndef DVC_PAGES_PUBLIC_H
#define DVC_PAGES_PUBLIC_H

#include "core/request.h"

enum tpl {
	T_HOME, T_NOTICES, T_NOTICE, T_FEEDBACK, T_FEEDBACK_SENT,
	T_ACCESSIBILITY, T_PROCEDURES, T_PROCEDURE, T_PROCEDURE_PRINT,
	T_AGENCIES, T_AGENCY, T_STATS, T_EMBED, T_EMBED_HELP,
	T_GUIDES, T_GUIDE, T__MAX
};

/* the fields of the procedure lists (/thu-tuc, /linh-vuc/:slug) */
enum { L_Q, L_FIELD, L_AGENCY, L_LEVEL, L_CHANNEL, L_ALEVEL, L_PAGE, L__MAX };
extern const struct field f_list[L__MAX];
extern const struct field f_embed_help[];

struct result p_procedures(struct request *req);
struct result p_field(struct request *req);
struct result p_procedure(struct request *req);
struct result p_procedure_print(struct request *req);
struct result p_agencies(struct request *req);
struct result p_agency(struct request *req);
struct result p_stats(struct request *req);
struct result p_embed(struct request *req);
struct result p_embed_help(struct request *req);
struct result p_guides(struct request *req);
struct result p_guide(struct request *req);
/* public_forms.c: a procedure's uploaded form file */
enum { FF_SHA, FF_NAME, FF__MAX };
extern const struct field f_form_file[FF__MAX];
struct result p_form_file(struct request *req);
/* health.c: for load balancers and monitoring */
struct result p_health(struct request *req);
struct result p_metrics(struct request *req);

#endif
