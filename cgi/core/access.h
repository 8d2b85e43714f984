/* Access control: the one function that decides whether a request may
 * reach its handler. Deny by default: a route flag this function does not
 * know, a role the person does not hold, no session where one is needed.
 *
 * The session layer (accounts issue) fills req->user; until a person has
 * logged in it is NULL. Object-level checks (this dossier, that agency)
 * extend this with (subject, action, object) in the domain layer. */
#ifndef DVC_ACCESS_H
#define DVC_ACCESS_H

#include "core/request.h"

/* Where a visitor who must log in is sent (with ?tiep=<path>). */
#define LOGIN_PATH "/tai-khoan/dang-nhap"

/* 0: allowed; 303: log in first; 403: logged in but not allowed. */
int access_route(const struct route *r, const struct user *u);

#endif
