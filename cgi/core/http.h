/* HTTP responses: status lines, the security headers every response
 * carries, cookies, sending. */
#ifndef DVC_HTTP_H
#define DVC_HTTP_H

#include "core/request.h"

const char *http_reason(int status);

/* Writes status, headers and (unless HEAD) the body to the server:
 * req->out, or the stored file req->out_fd a chunk at a time. */
void http_send(struct request *req);
/* The body's length as sent: the stored file's (out_fd) or out's. */
long long http_body_len(const struct request *req);

#endif
