/* One request, from the gate to the answer: see request.h. The processes
 * that serve requests one after another are core/worker.c. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "core/access.h"
#include "core/client.h"
#include "core/conf.h"
#include "core/csrf.h"
#include "core/db.h"
#include "core/gate.h"
#include "core/http.h"
#include "core/log.h"
#include "core/pagecache.h"
#include "core/render.h"
#include "core/metrics.h"
#include "core/request.h"
#include "core/upload.h"
#include "core/util.h"

static unsigned
env_hash(const char *s, size_t n)
{
	unsigned h = 2166136261u;	/* FNV-1a */
	size_t i;

	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* Open addressing; a name that repeats keeps its first value, as
 * FCGX_GetParam does. Names longer than 255 bytes are left out (no CGI
 * variable we read is). */
void
req_env_index(struct env_index *ix, char **envp)
{
	size_t n, k;
	unsigned h;

	memset(ix, 0, sizeof(*ix));
	for (; envp && *envp; envp++) {
		const char *eq = strchr(*envp, '=');

		if (eq == NULL || (n = (size_t)(eq - *envp)) == 0 || n > 255)
			continue;
		h = env_hash(*envp, n);
		for (k = 0; k < ENV_BUCKETS; k++) {
			size_t b = (h + k) & (ENV_BUCKETS - 1);

			if (ix->name[b] == NULL) {
				ix->name[b] = *envp;
				ix->len[b] = (unsigned char)n;
				break;
			}
			if (ix->len[b] == n && memcmp(ix->name[b], *envp, n) == 0)
				break;	/* keep the first */
		}
	}
}

const char *
req_param(const struct request *req, const char *name)
{
	size_t n = strlen(name), k;
	unsigned h;

	if (n == 0 || n > 255)
		return NULL;
	h = env_hash(name, n);
	for (k = 0; k < ENV_BUCKETS; k++) {
		size_t b = (h + k) & (ENV_BUCKETS - 1);

		if (req->env.name[b] == NULL)
			return NULL;
		if (req->env.len[b] == n && memcmp(req->env.name[b], name, n) == 0)
			return req->env.name[b] + n + 1;
	}
	/* more than ENV_BUCKETS parameters: the slow way */
	return FCGX_GetParam(name, req->fx->envp);
}

const char *
req_cookie(const struct request *req, const char *name)
{
	HDF *c;

	if (req->hdf == NULL || (c = hdf_get_obj(req->hdf, "Cookie")) == NULL)
		return NULL;
	return hdf_get_value(c, name, NULL);
}

/* --- ClearSilver's cgiwrap, pointed at this request ------------------- */

/* The body was read whole by the gate; ClearSilver reads it from there.
 * nginx sends CONTENT_LENGTH="" for a body without length and ClearSilver
 * then asks for -1 bytes: a length <= 0 gets 0. */
static int
cb_read(void *data, char *buf, int len)
{
	struct request *req = data;
	size_t n;

	if (len <= 0 || req->body == NULL)
		return 0;
	n = req->body_len - req->body_pos;
	if (n > (size_t)len)
		n = (size_t)len;
	memcpy(buf, req->body + req->body_pos, n);
	req->body_pos += n;
	return (int)n;
}

static int
cb_writef(void *data, const char *fmt, va_list ap)
{
	struct request *req = data;
	struct buf b = BUF_INIT;

	buf_vprintf(&b, fmt, ap);
	FCGX_PutStr(buf_str(&b), (int)b.len, req->fx->out);
	buf_free(&b);
	return 0;	/* 0.10.5 treats any non-zero as an error */
}

static int
cb_write(void *data, const char *buf, int len)
{
	struct request *req = data;

	FCGX_PutStr(buf, len, req->fx->out);
	return len;
}

/* ClearSilver frees what this returns. Content-Type and Content-Length are
 * the gate's checked and normalised values, not the client's. */
static char *
cb_getenv(void *data, const char *name)
{
	struct request *req = data;
	const char *v;

	if (strcmp(name, "CONTENT_TYPE") == 0)
		return req->ctype ? xstrdup(req->ctype) : NULL;
	if (strcmp(name, "CONTENT_LENGTH") == 0)
		return req->clen[0] ? xstrdup(req->clen) : NULL;
	v = req_param(req, name);
	return v ? xstrdup(v) : NULL;
}

static int
cb_putenv(void *data, const char *k, const char *v)
{
	return 1;	/* the environment is the server's: refused */
}

static int
cb_iterenv(void *data, int x, char **k, char **v)
{
	struct request *req = data;
	char **e = req->fx->envp;
	const char *eq;
	int i;

	*k = *v = NULL;
	for (i = 0; e[i] && i < x; i++)
		;
	if (e[i] == NULL || (eq = strchr(e[i], '=')) == NULL)
		return 0;
	*k = xstrndup(e[i], (size_t)(eq - e[i]));
	*v = xstrdup(eq + 1);
	return 0;
}

/* --- helpers for handlers --------------------------------------------- */

static void error_order(struct request *req);

struct result
req_render(struct request *req, int tpl)
{
	if (req->hdf && req->route)
		error_order(req);
	if (render_page(req, (size_t)tpl) != 0)
		return res_fail(500, "template failed");
	if (req->status == 0)
		req->status = 200;
	return res_ok();
}

struct result
req_redirect(struct request *req, const char *path)
{
	struct buf loc = BUF_INIT;

	/* Only paths inside this site: never a full URL, never "//host". */
	if (path[0] != '/' || path[1] == '/' || path[1] == '\\')
		return res_fail(500, "refused a redirect outside the site");
	buf_printf(&loc, "%s%s", req->cfg->base_path, path);
	req_header(req, "Location", buf_str(&loc));
	buf_free(&loc);
	req->status = 303;
	buf_reset(&req->out);
	return (struct result){ RES_REDIRECT, 303, NULL };
}

const char *
safe_next(const char *p, const char *dflt)
{
	if (p == NULL || p[0] != '/' || p[1] == '/' || p[1] == '\\' ||
	    strpbrk(p, "\\\r\n") != NULL)
		return dflt;
	return p;
}

/* Form.Errors.N: the names of the fields with an error, in the order the
 * form asks for them (the route's field table), then any other field a
 * handler gave an error (a file's), so that the error summary lists them
 * as the person meets them on the page. */
static void
error_order(struct request *req)
{
	const struct route *r = req->route;
	HDF *form, *c;
	char key[160];
	size_t i;
	int n = 0;

	hdf_remove_tree(req->hdf, "Form.Errors");
	if ((form = hdf_get_obj(req->hdf, "Form")) == NULL)
		return;
	for (i = 0; i < r->nfields; i++) {
		snprintf(key, sizeof(key), "%s.Error", r->fields[i].name);
		if (hdf_get_value(form, key, NULL)) {
			snprintf(key, sizeof(key), "Form.Errors.%d", n++);
			hdf_set_value(req->hdf, key, r->fields[i].name);
		}
	}
	for (c = hdf_obj_child(form); c; c = hdf_obj_next(c)) {
		const char *name = hdf_obj_name(c);

		if (hdf_get_value(c, "Error", NULL) == NULL)
			continue;
		for (i = 0; i < r->nfields; i++)
			if (strcmp(r->fields[i].name, name) == 0)
				break;
		if (i == r->nfields) {
			snprintf(key, sizeof(key), "Form.Errors.%d", n++);
			hdf_set_value(req->hdf, key, name);
		}
	}
}

void
req_form_to_hdf(struct request *req)
{
	const struct route *r = req->route;
	char key[160];
	size_t i;

	for (i = 0; i < r->nfields; i++) {
		const struct field *f = &r->fields[i];
		const struct fval *v = &req->val[i];
		const char *raw;

		if (f->flags & F_PATH || strcmp(f->name, CSRF_FIELD) == 0)
			continue;
		/* Re-display what the person typed, so nothing is lost. */
		snprintf(key, sizeof(key), "Query.%s", f->name);
		raw = hdf_get_value(req->hdf, key, NULL);
		snprintf(key, sizeof(key), "Form.%s.Value", f->name);
		if (f->type == V_SECRET)
			;	/* a password is never sent back */
		else if (v->err == VE_OK && v->s && f->type != V_DATE)
			hdf_set_value(req->hdf, key, v->s);	/* dates: as typed, not ISO */
		else if (raw && utf8_valid(raw, strlen(raw)))
			hdf_set_value(req->hdf, key, raw);
		if (v->err != VE_OK) {
			char lk[160];
			const char *msg;

			/* a field's own wording first (a tick box is ticked,
			 * not typed in), then the kind of error's */
			snprintf(lk, sizeof(lk), "Valid.ByField.%s.%s", f->name, verr_key(f, v->err));
			if ((msg = render_text(req, lk)) == NULL) {
				snprintf(lk, sizeof(lk), "Valid.%s", verr_key(f, v->err));
				msg = render_text(req, lk);
			}
			snprintf(key, sizeof(key), "Form.%s.Error", f->name);
			/* a handler's own message (a rule between fields) stays */
			if (hdf_get_value(req->hdf, key, NULL) == NULL)
				hdf_set_value(req->hdf, key, msg ? msg : "Giá trị không hợp lệ.");
		}
	}
	if (req->nerrors)
		hdf_set_int_value(req->hdf, "Form.ErrorCount", req->nerrors);
}

struct result
req_form_failed(struct request *req, int tpl, int status, const char *why)
{
	req_form_to_hdf(req);
	req->status = status;
	hdf_set_value(req->hdf, "Form.Failure", why);
	hdf_set_value(req->hdf, "Req.Ref", req->ref);
	if (status == 503)
		req_header(req, "Retry-After", "30");
	return req_render(req, tpl);
}

struct result
req_form_db_failed(struct request *req, int tpl, int rc)
{
	return req_form_failed(req, tpl, res_db(rc).status, "down");
}

/* --- the dispatcher ---------------------------------------------------- */

/* Index of ":name" among the pattern's parameters, or -1. */
static int
param_index(const char *pattern, const char *name)
{
	const char *p = pattern;
	size_t nl = strlen(name);
	int i = 0;

	while ((p = strchr(p, ':')) != NULL) {
		p++;
		if (strncmp(p, name, nl) == 0 && (p[nl] == '/' || p[nl] == '\0'))
			return i;
		i++;
	}
	return -1;
}

/* Runs every declared field through its validator. A bad path parameter
 * means the page does not exist (404); bad form fields are the handler's
 * to show. */
static struct result
validate_fields(struct request *req)
{
	const struct route *r = req->route;
	char key[96];
	size_t i;

	req->val = xcalloc(r->nfields ? r->nfields : 1, sizeof(*req->val));
	for (i = 0; i < r->nfields; i++) {
		const struct field *f = &r->fields[i];
		const char *raw = NULL;

		if (f->flags & F_PATH) {
			int k = param_index(r->pattern, f->name);

			raw = (k >= 0 && k < req->nparam) ? req->param[k] : NULL;
			if (validate_value(f, raw, &req->val[i]) != VE_OK)
				return res_fail(404, "bad path parameter");
			continue;
		}
		snprintf(key, sizeof(key), "Query.%s", f->name);
		raw = hdf_get_value(req->hdf, key, NULL);
		if (raw && hdf_obj_child(hdf_get_obj(req->hdf, key))) {
			req->val[i].err = VE_MULTI;
			req->nerrors++;
			continue;
		}
		if (validate_value(f, raw, &req->val[i]) != VE_OK)
			req->nerrors++;
	}
	return res_ok();
}

/* The raw value of cookie name (with __Host- under https) in the Cookie
 * header, up to its end; NULL if absent. From the header itself, because
 * a cached page is looked up before the request's HDF exists. */
static const char *
raw_cookie(struct request *req, const char *name, size_t *len)
{
	const char *c = req_param(req, "HTTP_COOKIE");
	const char *pre = req->https ? "__Host-" : "";
	size_t np = strlen(pre), n = strlen(name);

	while (c && *c) {
		while (*c == ' ' || *c == ';')
			c++;
		if (strncmp(c, pre, np) == 0 && strncmp(c + np, name, n) == 0 &&
		    c[np + n] == '=') {
			c += np + n + 1;
			*len = strcspn(c, "; ");
			return c;
		}
		c = strchr(c, ';');
	}
	return NULL;
}

/* The signed-in hint's value (SIGNED_COOKIE: "cd", "cb"), or "". */
static const char *
read_hint(struct request *req)
{
	size_t n;
	const char *v = raw_cookie(req, SIGNED_COOKIE, &n);

	if (v && n == 2 && v[0] == 'c' && (v[1] == 'd' || v[1] == 'b'))
		return v[1] == 'd' ? "cd" : "cb";
	return "";
}

/* The hint, read once per request (the cache key needs it twice, the
 * page's HDF once). */
static const char *
signed_hint(struct request *req)
{
	if (req->signed_hint == NULL)
		req->signed_hint = read_hint(req);
	return req->signed_hint;
}

/* "/can-bo", "/can-bo/..." for prefix "/can-bo" */
static int
under(const char *path, const char *prefix)
{
	size_t n = strlen(prefix);

	return path && strncmp(path, prefix, n) == 0 &&
	    (path[n] == '\0' || path[n] == '/');
}

/* Officers work in Vietnamese: their pages are not translated (the
 * language cookie is a citizen's choice). */
static int
officers_page(const struct request *req)
{
	return under(req->path, "/can-bo") || under(req->path, "/quan-tri");
}

const char *
req_lang(struct request *req)
{
	const char *v;
	size_t n;

	if (req->lang)
		return req->lang;
	req->lang = cfg_str(req->cfg, "Site.Language");
	if (officers_page(req))
		return req->lang;
	if ((v = raw_cookie(req, LANG_COOKIE, &n)) != NULL && n == 2) {
		if (strncmp(v, "vi", 2) == 0)
			req->lang = "vi";
		else if (strncmp(v, "en", 2) == 0)
			req->lang = "en";
	}
	return req->lang;
}

static void
fill_req_hdf(struct request *req)
{
	const char *hint = signed_hint(req);

	if (*hint)
		hdf_set_value(req->hdf, "Req.SignedIn", hint);
	/* the language link's target (layout.cs), on the pages it changes */
	if (!officers_page(req))
		hdf_set_value(req->hdf, "Req.OtherLang",
		    strcmp(req_lang(req), "en") == 0 ? "vi" : "en");
	hdf_set_value(req->hdf, "Req.Ref", req->ref);
	hdf_set_value(req->hdf, "Req.Path", req->path ? req->path : "/");
	hdf_set_value(req->hdf, "Req.BasePath", req->cfg->base_path);
}

/* The cache key: the signed-in hint (the header differs), the language,
 * path and raw query string. */
static void
cache_key(struct request *req, struct buf *k)
{
	const char *qs = req_param(req, "QUERY_STRING");

	buf_printf(k, "%s|%s|%s?%s", signed_hint(req), req_lang(req), req->path,
	    qs ? qs : "");
}

static int
cache_lookup(struct request *req, long long gen)
{
	const struct cached *c;
	struct buf k = BUF_INIT;

	cache_key(req, &k);
	c = pagecache_get(gen, buf_str(&k));
	buf_free(&k);
	if (c == NULL)
		return 0;
	req->status = c->status;
	req->content_type = c->ctype;
	if (c->headers)
		buf_adds(&req->headers, c->headers);
	buf_reset(&req->out);
	buf_add(&req->out, c->body, c->len);
	req->cache_hit = 1;
	if (req->rs->on_hit)
		req->rs->on_hit(req, c->count_arg);
	return 1;
}

static void
cache_store(struct request *req, long long gen)
{
	struct cached c;
	struct buf k = BUF_INIT;

	if (req->status != 200 || req->user != NULL || req->out_fd > 0 ||
	    (req->headers.len && strstr(buf_str(&req->headers), "Set-Cookie")))
		return;
	memset(&c, 0, sizeof(c));
	c.status = req->status;
	c.ctype = (char *)req->content_type;
	c.headers = req->headers.len ? (char *)buf_str(&req->headers) : NULL;
	c.body = req->out.s ? req->out.s : (char *)"";
	c.len = req->out.len;
	c.count_arg = req->cache_arg;
	cache_key(req, &k);
	pagecache_put(gen, buf_str(&k), &c);
	buf_free(&k);
}

/* A step of the request path that answers 0 (go on) or an HTTP status
 * (the gate, the CSRF check, receiving the files), as a result. */
static struct result
step(int status)
{
	return status == 0 ? res_ok() : res_status(status);
}

/* "/x/" for an existing "/x" (the gate's 301): the page without the
 * slash, keeping the query. */
static struct result
slash_redirect(struct request *req)
{
	const char *qs = req_param(req, "QUERY_STRING");
	struct buf loc = BUF_INIT;

	buf_printf(&loc, "%s%s%s%s", req->cfg->base_path, req->path,
	    qs && *qs ? "?" : "", qs && *qs ? qs : "");
	req_header(req, "Location", buf_str(&loc));
	buf_free(&loc);
	req->status = 301;
	return (struct result){ RES_REDIRECT, 301, NULL };
}

static struct result
dispatch(struct request *req)
{
	NEOERR *nerr;
	long long gen = 0;
	struct result r;
	int rc, cacheable;

	if ((rc = gate(req)) != 0)
		return rc == 301 ? slash_redirect(req) : res_status(rc);
	if (req->rs->prepare)
		req->rs->prepare(req);
	req_lang(req);	/* the cache key's and the render's */
	cacheable = (req->route->flags & RF_CACHE) && req->rs->generation &&
	    req->user == NULL && strcmp(req->method, "POST") != 0;
	if (cacheable && (gen = req->rs->generation()) != 0 && cache_lookup(req, gen))
		return res_ok();
	cgiwrap_init_emu(req, cb_read, cb_writef, cb_write, cb_getenv,
	    cb_putenv, cb_iterenv);
	if ((nerr = cgi_init(&req->cgi, NULL)) != STATUS_OK) {
		nerr_ignore(&nerr);
		return res_fail(400, "cgi_init failed");
	}
	req->hdf = req->cgi->hdf;
	fill_req_hdf(req);
	if (req->body && !(req->route->flags & RF_JSON)) {
		/* The gate checked type, length and every field name. */
		if ((nerr = cgi_parse(req->cgi)) != STATUS_OK) {
			nerr_ignore(&nerr);
			return res_fail(400, "cgi_parse failed");
		}
	}
	if (req->route->flags & (RF_PERSONAL | RF_LOGIN) || req->route->roles)
		req->no_store = 1;
	if (req->rs->session && (rc = req->rs->session(req)) != 0) {
		/* deny by default: without the session store nobody is
		 * logged in, and a page that needs someone is refused */
		req->user = req->pending = NULL;
		req->csrf_seed = NULL;
		if ((req->route->flags & RF_LOGIN) || req->route->roles) {
			r = res_db(rc);
			r.why = "session store unreachable";
			return r;
		}
	}
	if ((rc = access_route(req->route, req->user)) != 0) {
		if (rc == 303) {
			struct buf to = BUF_INIT;

			/* log in first, then come back to this page (a GET) */
			buf_adds(&to, LOGIN_PATH);
			if (strcmp(req->method, "POST") != 0) {
				buf_adds(&to, "?tiep=");
				url_encode(&to, req->path);
			}
			req->log_note = "login required";
			r = req_redirect(req, buf_str(&to));
			buf_free(&to);
			return r;
		}
		return res_fail(rc, "access denied");
	}
	/* files are read only for someone allowed here, and before the
	 * CSRF check, whose token travels in the same body */
	if (req->multipart && !res_is_ok(r = step(upload_receive(req))))
		return r;
	if ((req->route->flags & RF_CSRF) && !res_is_ok(r = step(csrf_check(req))))
		return r;
	if (!res_is_ok(r = validate_fields(req)))
		return r;
	if (req->route->flags & (RF_FORM | RF_CSRF))
		hdf_set_value(req->hdf, "Req.CSRF", csrf_token(req));
	r = req->route->handler(req);
	if (res_is_ok(r) && req->status == 0)
		return res_fail(500, "handler produced no response");
	/* stored only if the catalogue did not change while rendering */
	if (res_is_ok(r) && cacheable && gen && gen == req->rs->generation())
		cache_store(req, gen);
	return r;
}

/* Turns a handler's or the gate's error into the page people see. */
static void
answer_error(struct request *req, int status)
{
	req->status = status;
	req->content_type = NULL;
	if (req->out_fd > 0) {	/* the error page, not a file set before */
		close(req->out_fd);
		req->out_fd = 0;
	}
	if (req->hdf == NULL) {
		/* refused before ClearSilver saw the request */
		if (hdf_init(&req->hdf))
			abort();
		fill_req_hdf(req);
	}
	if (status == 503)
		req_header(req, "Retry-After", "30");
	if (req->rs->json) {
		/* programs get the same facts as people: status and reference */
		char key[64];
		const char *title;

		snprintf(key, sizeof(key), "Error.E%d.Title", status);
		title = render_lang(key);
		buf_reset(&req->out);
		buf_printf(&req->out, "{\"error\":%d,\"message\":", status);
		buf_add_json_string(&req->out, title ? title : "");
		buf_printf(&req->out, ",\"ref\":\"%s\"}", req->ref);
		req->content_type = "application/json; charset=utf-8";
		return;
	}
	if (req->rs->on_error && req->user && status != 503)
		req->rs->on_error(req);
	render_error(req, status);
}

/* Why an upload was refused before its files were looked at, by the
 * status it got (core/upload.h), for the counters. */
static const char *
upload_refusal(int status)
{
	switch (status) {
	case 413: return "too_large";
	case 400: return "malformed";
	case 403: return "forbidden";
	case 500: return "server_error";
	case 503: return "unavailable";
	default: return "other";
	}
}

static void
log_request(struct request *req)
{
	char st[8], ms[24], bytes[24];

	snprintf(st, sizeof(st), "%d", req->status);
	snprintf(ms, sizeof(ms), "%.2f", (now_mono() - req->t0) * 1000.0);
	snprintf(bytes, sizeof(bytes), "%lld", http_body_len(req));
	/* The path only: query strings can carry personal data. */
	log_event(req->status >= 500 ? LOG_ERR_ :
	    req->status >= 400 ? LOG_WARN_ : LOG_INFO_, "req", req->ref,
	    "m", req->method ? req->method : "-",
	    "path", req->path ? req->path : "-",
	    "st", st, "bytes", bytes, "ms", ms,
	    "ip", req->remote ? req->remote : "-",
	    req->log_key ? req->log_key : "", req->log_val,
	    req->log_note ? "note" : NULL, req->log_note, NULL);
}

void
request_serve(const struct config *cfg, const struct responder *rs, struct db *db,
    FCGX_Request *fx)
{
	struct request req;
	struct result r;
	unsigned char rnd[7];
	const char *https;
	int own_hdf;
	int i;

	memset(&req, 0, sizeof(req));
	req.cache_arg = -1;
	req.cfg = cfg;
	req.rs = rs;
	req.db = db;
	req.fx = fx;
	req.t0 = now_mono();
	req_env_index(&req.env, fx->envp);
	random_bytes(rnd, sizeof(rnd));
	base32_id(rnd, sizeof(rnd), req.ref, 11);
	db_set_ref(db, req.ref);
	https = req_param(&req, "HTTPS");
	req.https = cfg->base_https || (https && (strcasecmp(https, "on") == 0 ||
	    strcmp(https, "1") == 0));
	/* behind a listed proxy, the client it names (Net.TrustedProxies):
	 * the limits per address then count people, not the proxy */
	req.remote = client_address(cfg_str(cfg, "Net.TrustedProxies"),
	    req_param(&req, "REMOTE_ADDR"), req_param(&req, "HTTP_X_FORWARDED_FOR"),
	    req_param(&req, "HTTP_X_REAL_IP"), req.remote_buf);

	r = dispatch(&req);
	own_hdf = req.cgi == NULL;
	if (r.why)
		req.log_note = r.why;
	if (r.kind == RES_ERROR)
		answer_error(&req, r.status);
	db_end_request(db);
	http_send(&req);
	log_request(&req);
	metrics_request(req.route ? req.route->pattern : "-", req.status,
	    now_mono() - req.t0, req.route && (req.route->flags & RF_UPLOAD) &&
	    req.status >= 400 ? upload_refusal(req.status) : NULL);

	if (req.val) {
		for (i = 0; req.route && i < (int)req.route->nfields; i++)
			fval_clear(&req.val[i]);
		free(req.val);
	}
	for (i = 0; i < req.nparam; i++)
		free(req.param[i]);
	if (own_hdf)
		hdf_destroy(&req.hdf);
	cgi_destroy(&req.cgi);
	free(req.path);
	free(req.body);
	upload_cleanup(&req);
	free(req.csrf_token);
	buf_free(&req.headers);
	buf_free(&req.out);
	if (req.out_fd > 0)
		close(req.out_fd);
	db_set_ref(db, NULL);
}
