/* Administration's home and the catalogue editor (admin_catalog.c), in
 * dvc-account: the handlers and field schemas its route table names. */
#ifndef DVC_PAGES_ADMIN_CATALOG_H
#define DVC_PAGES_ADMIN_CATALOG_H

#include <jansson.h>

#include "core/access.h"
#include "core/request.h"

enum { CN_CODE, CN_AGENCY, CN__MAX };
enum { CC_CODE, CC__MAX };
enum { CS_CODE, CS_PART, CS_REV, CS_ROWS, CS_ADD, CS__MAX };
enum { CP_CODE, CP_REV, CP_NO, CP_DATE, CP__MAX };
enum { CW_CODE, CW_ON, CW_NO, CW_DATE, CW__MAX };
extern const struct field f_cat_new[CN__MAX];
extern const struct field f_cat_code[CC__MAX];
extern const struct field f_cat_save[CS__MAX];
extern const struct field f_cat_publish[CP__MAX];
extern const struct field f_cat_withdraw[CW__MAX];

struct result p_admin_home(struct request *req);
struct result p_cat_list(struct request *req);
struct result p_cat_new(struct request *req);
struct result p_cat_edit(struct request *req);
struct result p_cat_save(struct request *req);
struct result p_cat_publish(struct request *req);
struct result p_cat_withdraw(struct request *req);

/* The editor's form files (admin_forms.c). */
enum { CF_CODE, CF_REV, CF_ROW, CF_NAME, CF__MAX };
enum { CG_CODE, CG_SHA, CG__MAX };
extern const struct field f_cat_form[CF__MAX];
extern const struct field f_cat_form_get[CG__MAX];
struct result p_cat_form_upload(struct request *req);
struct result p_cat_form_view(struct request *req);
struct cedit;
/* What admin_forms.c shares with the editor: the procedure loaded and
 * access_object's answer (0, or the refusal's status with e freed); the
 * editor's page for e showing body with status (0: 200); the uploaded
 * forms body's documents name, into Edit.Forms.<i> (the editor's page
 * calls it). */
int admin_cat_access(struct request *req, const char *code, enum access_act act,
    struct cedit *e);
struct result admin_cat_page(struct request *req, struct cedit *e, json_t *body, int status);
void admin_forms_hdf(struct request *req, json_t *body);

#endif
