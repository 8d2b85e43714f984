/* Announcements (Thông báo) the portal publishes on its home page and at
 * /thong-bao. Operators manage them with dvcctl announce. */
#ifndef DVC_NOTICE_H
#define DVC_NOTICE_H

#include "core/cs.h"

struct db;

/* The n newest visible announcements into prefix.N.{id,title,date}.
 * Returns the count or a db_rc. */
int notice_latest(struct db *db, HDF *hdf, const char *prefix, int n);
/* One page (1-based) of per visible announcements into prefix; the total
 * count into *total. */
int notice_page(struct db *db, HDF *hdf, const char *prefix, long page,
    long per, long long *total);
/* One visible announcement into prefix.{id,title,body,date}: 1, 0 or rc. */
int notice_get(struct db *db, HDF *hdf, const char *prefix, long long id);
/* For dvcctl. */
int notice_add(struct db *db, const char *title, const char *body,
    long long *id);
int notice_set_hidden(struct db *db, long long id, int hidden);
int notice_list_all(struct db *db, HDF *hdf, const char *prefix);

#endif
