#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/conf.h"
#include "core/gate.h"
#include "core/route.h"
#include "core/util.h"

int
gate_check_fields(const char *s, long max_fields, long max_name, long *count,
    const char **why)
{
	char *copy, *pair, *save = NULL, *eq;
	size_t len;
	int rc = 0;

	*count = 0;
	if (s == NULL || *s == '\0')
		return 0;
	copy = xstrdup(s);
	for (pair = strtok_r(copy, "&", &save); pair;
	    pair = strtok_r(NULL, "&", &save)) {
		const char *p;

		if (++*count > max_fields) {
			*why = "too many fields";
			rc = 400;
			break;
		}
		if ((eq = strchr(pair, '=')) != NULL)
			*eq = '\0';
		if (url_decode_inplace(pair, 1, &len) < 0) {
			*why = "malformed escape in a field name";
			rc = 400;
			break;
		}
		if (len == 0 || (long)len > max_name) {
			*why = len ? "field name too long" : "empty field name";
			rc = 400;
			break;
		}
		/* [A-Za-z0-9_-] only: a '.' would land in ClearSilver's HDF
		 * tree as a path (the cgi_filehandle crash), and NUL or
		 * non-ASCII names have no use here. */
		for (p = pair; p < pair + len; p++)
			if (!(isalnum((unsigned char)*p) || *p == '_' || *p == '-')) {
				*why = "field name outside [A-Za-z0-9_-]";
				rc = 400;
				break;
			}
		if (rc)
			break;
		if (eq) {
			char *v = eq + 1;

			if (url_decode_inplace(v, 1, &len) < 0) {
				*why = "malformed escape in a field value";
				rc = 400;
				break;
			}
			if (memchr(v, '\0', len) != NULL) {
				*why = "NUL byte in a field value";
				rc = 400;
				break;
			}
		}
	}
	free(copy);
	return rc;
}

static int
method_bit(const char *m, int *head)
{
	*head = 0;
	if (strcmp(m, "GET") == 0)
		return M_GET;
	if (strcmp(m, "HEAD") == 0) {
		*head = 1;
		return M_GET;
	}
	if (strcmp(m, "POST") == 0)
		return M_POST;
	return 0;
}

static void
allow_header(struct request *req, unsigned allow)
{
	char v[32];

	snprintf(v, sizeof(v), "%s%s", (allow & M_GET) ? "GET, HEAD" : "",
	    (allow & M_POST) ? ((allow & M_GET) ? ", POST" : "POST") : "");
	req_header(req, "Allow", v);
}

/* Decodes and checks the path part of REQUEST_URI into req->path. */
static int
gate_path(struct request *req)
{
	const struct config *cfg = req->cfg;
	const char *uri = req_param(req, "REQUEST_URI");
	const char *bp = cfg->base_path;
	size_t n, bl = strlen(bp);
	char *p;

	if (uri == NULL || uri[0] != '/') {
		req->log_note = "no usable REQUEST_URI";
		return 400;
	}
	n = strcspn(uri, "?#");
	if ((long)n > cfg->path_max) {
		req->log_note = "path too long";
		return 414;
	}
	p = xstrndup(uri, n);
	if (url_decode_inplace(p, 0, &n) < 0 || memchr(p, '\0', n) ||
	    !utf8_valid(p, n)) {
		req->log_note = "path is not clean UTF-8";
		free(p);
		return 400;
	}
	if (strstr(p, "/../") || strstr(p, "/./") || strstr(p, "//") ||
	    (n >= 3 && strcmp(p + n - 3, "/..") == 0) ||
	    (n >= 2 && strcmp(p + n - 2, "/.") == 0) || strchr(p, '\\')) {
		req->log_note = "dot segment or empty segment in path";
		free(p);
		return 400;
	}
	if (bl) {
		if (strncmp(p, bp, bl) != 0 || (p[bl] != '/' && p[bl] != '\0')) {
			free(p);
			req->log_note = "outside Site.BasePath";
			return 404;
		}
		memmove(p, p + bl, n - bl + 1);
		if (p[0] == '\0') {
			free(p);
			p = xstrdup("/");
		}
	}
	req->path = p;
	return 0;
}

/* CONTENT_LENGTH: present, digits only, at most max (too_big: the log
 * note). Copied into req->clen for the body's reader. 0 or a status. */
static int
content_length(struct request *req, const char *cl, long max,
    const char *too_big, unsigned long long *len)
{
	char *end;

	if (cl == NULL || *cl == '\0') {
		req->log_note = "POST without Content-Length";
		return 411;
	}
	if (!isdigit((unsigned char)cl[0]) || strlen(cl) > 18) {
		req->log_note = "bad Content-Length";
		return 400;
	}
	*len = strtoull(cl, &end, 10);
	if (*end != '\0') {
		req->log_note = "bad Content-Length";
		return 400;
	}
	if (*len > (unsigned long long)max) {
		req->log_note = too_big;
		return 413;
	}
	snprintf(req->clen, sizeof(req->clen), "%llu", *len);
	return 0;
}

int
gate(struct request *req)
{
	const struct config *cfg = req->cfg;
	const char *qs, *cookie, *ct, *cl;
	unsigned m, allow = 0;
	long count, total;
	int rc, head;
	unsigned long long len;
	const char *why = NULL;

	/* 1. method */
	req->method = req_param(req, "REQUEST_METHOD");
	if (req->method == NULL)
		req->method = "GET";
	if ((m = (unsigned)method_bit(req->method, &head)) == 0) {
		allow_header(req, M_GET | M_POST);
		req->log_note = "method not served";
		return 405;
	}
	req->head = head;

	/* 2. path and route */
	if ((rc = gate_path(req)) != 0)
		return rc;
	req->route = route_find(req->rs->routes, req->rs->nroutes, req->path,
	    m, &allow, req->param, &req->nparam);
	if (req->route == NULL) {
		if (allow == 0) {
			/* "/x/" for an existing "/x": send people to the page */
			size_t n = strlen(req->path);

			if (n > 1 && req->path[n - 1] == '/' && m == M_GET) {
				char *t = xstrndup(req->path, n - 1);

				req->path[n - 1] = '\0';
				req->route = route_find(req->rs->routes,
				    req->rs->nroutes, t, m, &allow, req->param,
				    &req->nparam);
				free(t);
				if (req->route) {
					req->log_note = "trailing slash";
					return 301;
				}
			}
			req->log_note = "no route";
			return 404;
		}
		allow_header(req, allow);
		req->log_note = "method not allowed on this route";
		return 405;
	}

	/* 3. sizes of what comes before the body */
	qs = req_param(req, "QUERY_STRING");
	if (qs && (long)strlen(qs) > cfg->query_max) {
		req->log_note = "query string too long";
		return 414;
	}
	cookie = req_param(req, "HTTP_COOKIE");
	if (cookie && (long)strlen(cookie) > cfg->cookie_max) {
		req->log_note = "cookie header too long";
		return 431;
	}
	{
		char **e;
		long hsum = 0;

		for (e = req->fx->envp; *e; e++)
			if (strncmp(*e, "HTTP_", 5) == 0)
				hsum += (long)strlen(*e);
		if (hsum > cfg->header_max) {
			req->log_note = "headers too large";
			return 431;
		}
	}
	if ((rc = gate_check_fields(qs, cfg->fields_max, cfg->field_name_max,
	    &count, &why)) != 0) {
		req->log_note = why;
		return rc;
	}
	total = count;

	/* 4. body */
	cl = req_param(req, "CONTENT_LENGTH");
	ct = req_param(req, "CONTENT_TYPE");
	if (m != M_POST) {
		/* A body on GET has no meaning here; it is never read. */
		return 0;
	}
	if (ct == NULL || *ct == '\0') {
		req->log_note = "POST without Content-Type";
		return 415;
	}
	if (str_has_prefix_ci(ct, "multipart/form-data")) {
		/* only where files are expected; the body is streamed later,
		 * once the person is known (core/upload.c) */
		if (!(req->route->flags & RF_UPLOAD)) {
			req->log_note = "multipart body on a route without files";
			return 415;
		}
		if ((rc = content_length(req, cl, cfg_int(cfg, "Upload.BodyMax"),
		    "body over Upload.BodyMax", &len)) != 0)
			return rc;
		req->multipart = 1;
		return 0;
	}
	{
		size_t tl = strcspn(ct, "; \t");
		const char *rest = ct + tl;
		int json = tl == 16 && strncasecmp(ct, "application/json", 16) == 0;

		/* JSON only where the route reads it, and nothing else there */
		if (json != !!(req->route->flags & RF_JSON) || (!json &&
		    !(tl == 33 && strncasecmp(ct, "application/x-www-form-urlencoded", 33) == 0))) {
			req->log_note = "Content-Type not accepted";
			return 415;
		}
		/* only a UTF-8 (or no) charset parameter */
		while (*rest == ' ' || *rest == '\t' || *rest == ';')
			rest++;
		if (*rest && strcasecmp(rest, "charset=utf-8") &&
		    strcasecmp(rest, "charset=\"utf-8\"")) {
			req->log_note = "charset other than UTF-8";
			return 415;
		}
	}
	req->ctype = req->route->flags & RF_JSON ? "application/json" :
	    "application/x-www-form-urlencoded";
	if ((rc = content_length(req, cl, cfg->body_max, "body over Limits.BodyMax",
	    &len)) != 0)
		return rc;
	req->body = xmalloc((size_t)len + 1);
	while (req->body_len < len) {
		int r = FCGX_GetStr(req->body + req->body_len,
		    (int)(len - req->body_len), req->fx->in);

		if (r <= 0)
			break;
		req->body_len += (size_t)r;
	}
	req->body[req->body_len] = '\0';
	if (req->body_len != len) {
		req->log_note = "body shorter than Content-Length";
		return 400;
	}
	if (memchr(req->body, '\0', req->body_len)) {
		req->log_note = "NUL byte in body";
		return 400;
	}
	if (req->route->flags & RF_JSON)
		return 0;	/* the handler's own parser reads it */
	if ((rc = gate_check_fields(req->body, cfg->fields_max - total,
	    cfg->field_name_max, &count, &why)) != 0) {
		req->log_note = why;
		return rc;
	}
	return 0;
}
