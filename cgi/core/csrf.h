/* Anti-CSRF tokens, checked centrally by the dispatcher for every route
 * flagged RF_CSRF.
 *
 * A logged-in person's token is bound to their session: token =
 * HMAC(secret, hash of the session token), so a token from another
 * session, or from before a login, fails. A visitor without a session
 * gets a random per-browser cookie (dvc_csrf): token = HMAC(secret,
 * cookie).
 * A forged cross-site POST carries neither the right cookie nor a token
 * for it. The Origin header, when the browser sends one, must also be this
 * site. */
#ifndef DVC_CSRF_H
#define DVC_CSRF_H

#include "core/request.h"

#define CSRF_FIELD "csrf"

/* The token for forms on this page; sets the cookie if the visitor has
 * none. The string lives until the request ends. */
const char *csrf_token(struct request *req);
/* 0 if the POST carries a valid token and a same-site Origin, else 403. */
int csrf_check(struct request *req);

#endif
