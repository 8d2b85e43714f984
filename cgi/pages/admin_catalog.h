/* Administration's home and the catalogue editor (admin_catalog.c), in
 * dvc-account: the handlers and field schemas its route table names. */
#ifndef DVC_PAGES_ADMIN_CATALOG_H
#define DVC_PAGES_ADMIN_CATALOG_H

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

#endif
