#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "core/conf.h"
#include "core/http.h"
#include "core/log.h"
#include "core/util.h"

const char *
http_reason(int status)
{
	switch (status) {
	case 200: return "OK";
	case 301: return "Moved Permanently";
	case 303: return "See Other";
	case 304: return "Not Modified";
	case 400: return "Bad Request";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 409: return "Conflict";
	case 411: return "Length Required";
	case 413: return "Content Too Large";
	case 414: return "URI Too Long";
	case 415: return "Unsupported Media Type";
	case 422: return "Unprocessable Content";
	case 429: return "Too Many Requests";
	case 431: return "Request Header Fields Too Large";
	case 500: return "Internal Server Error";
	case 503: return "Service Unavailable";
	}
	return "Unknown";
}

static int
header_safe(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return 0;
	return 1;
}

void
req_header(struct request *req, const char *name, const char *value)
{
	/* A header value with CR or LF would let input write headers of
	 * its own; such a value is dropped, never sent. */
	if (!header_safe(name) || !header_safe(value)) {
		log_event(LOG_ERR_, "header", req->ref, "error",
		    "control character in a header value: dropped", "name",
		    name, NULL);
		return;
	}
	buf_printf(&req->headers, "%s: %s\r\n", name, value);
}

void
req_cookie_set(struct request *req, const char *name, const char *value,
    long max_age)
{
	struct buf c = BUF_INIT;

	/* Under https the __Host- prefix pins the cookie to this host, with
	 * Secure and Path=/; it cannot then be set by a sibling subdomain. */
	buf_printf(&c, "%s%s=%s; Path=%s; HttpOnly; SameSite=Lax",
	    req->https ? "__Host-" : "", name, value,
	    req->https ? "/" : (*req->cfg->base_path ? req->cfg->base_path : "/"));
	if (max_age >= 0)
		buf_printf(&c, "; Max-Age=%ld", max_age);
	if (req->https)
		buf_adds(&c, "; Secure");
	req_header(req, "Set-Cookie", buf_str(&c));
	buf_free(&c);
}

/* The file's out_fd_len bytes, a chunk at a time. The headers are gone:
 * a read that fails or ends early can only be logged, and the short body
 * tells the client (its Content-Length is not met). */
static void
send_fd(struct request *req)
{
	char chunk[65536];
	long long left = req->out_fd_len;
	ssize_t n = 0;

	while (left > 0 && (n = read(req->out_fd, chunk,
	    left < (long long)sizeof(chunk) ? (size_t)left : sizeof(chunk))) > 0) {
		if (FCGX_PutStr(chunk, (int)n, req->fx->out) < 0)
			return;		/* the client went away */
		left -= n;
	}
	if (left > 0)
		log_event(LOG_ERR_, "store", req->ref, "short-read",
		    n < 0 ? "error" : "end of file", NULL);
}

long long
http_body_len(const struct request *req)
{
	return req->out_fd > 0 ? req->out_fd_len : (long long)req->out.len;
}

void
http_send(struct request *req)
{
	struct buf h = BUF_INIT;
	char len[32];

	/* FCGX_FPrintF does not know %zu: numbers go through snprintf. */
	snprintf(len, sizeof(len), "%lld", http_body_len(req));
	buf_printf(&h, "Status: %d %s\r\n", req->status, http_reason(req->status));
	buf_printf(&h, "Content-Type: %s\r\n",
	    req->content_type ? req->content_type : "text/html; charset=utf-8");
	buf_printf(&h, "Content-Length: %s\r\n", len);
	/* No inline script or style anywhere, so the policy can forbid them. */
	if (req->csp && req->status < 400) {
		buf_printf(&h, "Content-Security-Policy: %s\r\n", req->csp);
		buf_adds(&h, "X-Frame-Options: DENY\r\n");
	} else {
		buf_adds(&h, "Content-Security-Policy: default-src 'self'; "
		    "script-src 'self'; style-src 'self'; img-src 'self' data:; "
		    "font-src 'self'; connect-src 'self'; object-src 'none'; "
		    "base-uri 'none'; form-action 'self'; frame-ancestors ");
		if (req->route && (req->route->flags & RF_EMBED) && req->status < 400) {
			/* the embeddable menu: the portal and the configured sites */
			buf_printf(&h, "'self'%s%s\r\n", *req->cfg->embed_origins ? " " : "",
			    req->cfg->embed_origins);
		} else {
			buf_adds(&h, "'none'\r\n");
			buf_adds(&h, "X-Frame-Options: DENY\r\n");
		}
	}
	buf_adds(&h, "X-Content-Type-Options: nosniff\r\n");
	if (req->route && (req->route->flags & RF_CORS))
		buf_adds(&h, "Access-Control-Allow-Origin: *\r\n");
	buf_adds(&h, "Referrer-Policy: same-origin\r\n");
	buf_adds(&h, "Permissions-Policy: camera=(), microphone=(), "
	    "geolocation=(), payment=()\r\n");
	buf_adds(&h, "Cross-Origin-Opener-Policy: same-origin\r\n");
	if (req->https && req->cfg->hsts_max_age > 0)
		buf_printf(&h, "Strict-Transport-Security: max-age=%ld; "
		    "includeSubDomains\r\n", req->cfg->hsts_max_age);
	if (req->no_store || req->status >= 400)
		buf_adds(&h, "Cache-Control: no-store\r\n");
	else if (req->cache_control)
		buf_printf(&h, "Cache-Control: %s\r\n", req->cache_control);
	else
		buf_adds(&h, "Cache-Control: no-cache\r\n");
	buf_add(&h, buf_str(&req->headers), req->headers.len);
	buf_adds(&h, "\r\n");
	FCGX_PutStr(h.s, (int)h.len, req->fx->out);
	if (req->head)
		;
	else if (req->out_fd > 0)
		send_fd(req);
	else if (req->out.len)
		FCGX_PutStr(req->out.s, (int)req->out.len, req->fx->out);
	buf_free(&h);
}
