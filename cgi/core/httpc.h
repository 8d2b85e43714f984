/* A small HTTP client for the calls the portal makes to other servers
 * (issue 14: the sandbox gateway's notification to the portal, the
 * portal's status query to the payment gateway): one request, HTTP/1.0,
 * the connection closed after the answer; http:// or https:// (OpenSSL:
 * the server's certificate checked against the system's trust store and
 * its name against the host). No redirects, no proxies, no cookies. */
#ifndef DVC_HTTPC_H
#define DVC_HTTPC_H

#include <stddef.h>

struct buf;

/* the most of an answer kept (headers and body): a gateway's answer is a
 * few hundred bytes */
#define HTTPC_ANSWER_MAX 65536

/* method ("GET", "POST") url with body (blen bytes of type ctype; NULL:
 * none), waiting at most timeout_s seconds for each step. The answer's
 * body goes into body (unless NULL). Returns the answer's status (200...),
 * or -1 with why in err (Vietnamese, for the operator): the URL, the name
 * not found, unreachable, TLS refused, timed out, no HTTP answer. */
int httpc(const char *method, const char *url, const char *ctype, const char *body,
    size_t blen, int timeout_s, struct buf *answer, char *err, size_t errlen);

#endif
