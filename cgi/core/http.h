/* HTTP responses: status lines, the security headers every response
 * carries, cookies, sending. */
#ifndef DVC_HTTP_H
#define DVC_HTTP_H

#include "core/request.h"

const char *http_reason(int status);

/* Writes status, headers and (unless HEAD) req->out to the server. */
void http_send(struct request *req);

#endif
