/* The request: everything one request needs, passed to every function that
 * serves it. Nothing about a request lives in a global: under FastCGI a
 * global written during one request leaks into the next person's page.
 *
 * Life of a request (core/request.c):
 *   gate (method, path, route, sizes, Content-Type, field names)
 *   -> ClearSilver cgi_init for query and cookies, cgi_parse for a small
 *      urlencoded body already read and checked by the gate
 *   -> CSRF check for routes that change state
 *   -> field schema: every declared field validated into req->val[]
 *   -> handler: act (in a transaction), fill req->hdf, render or redirect
 *   -> response with the security headers, one log line. */
#ifndef DVC_REQUEST_H
#define DVC_REQUEST_H

#include <stddef.h>

#include "core/cs.h"
#include <fcgiapp.h>

#include "core/buf.h"
#include "core/result.h"
#include "core/validate.h"

struct config;
struct db;
struct request;

/* Methods a route accepts; GET also answers HEAD. */
#define M_GET	0x1
#define M_POST	0x2

/* Route flags, enforced by the dispatcher so no handler can forget them. */
#define RF_CSRF		0x1	/* state-changing POST: anti-CSRF token required */
#define RF_PERSONAL	0x2	/* personal data: Cache-Control: no-store */
#define RF_FORM		0x4	/* page shows a form: issue the CSRF cookie */
#define RF_LOGIN	0x8	/* only for a logged-in person (see core/access.h) */
#define RF_CACHE	0x10	/* same for every anonymous visitor: cache it */
#define RF_EMBED	0x20	/* may be framed by Embed.Origins */
#define RF_CORS		0x40	/* readable by scripts of any site (public data) */
#define RF_UPLOAD	0x80	/* multipart/form-data with files (core/upload.h) */
#define RF_JSON		0x100	/* POST of application/json, read whole into
				 * req->body for the handler (a gateway's
				 * server-to-server call); never a form */
#define RF__KNOWN	0x1ff	/* core/access.c denies any other bit */

#define ROUTE_MAXPARAM 4

/* A page's handler: the route's checks are done (method, session, access,
 * CSRF, fields validated into req->val); it acts and answers with a
 * rendered page, a redirect or an error status (core/result.h). */
typedef struct result (*handler_fn)(struct request *);

struct route {
	unsigned methods;
	const char *pattern;		/* "/thong-bao/:id" */
	handler_fn handler;
	unsigned flags;
	const struct field *fields;	/* schema, NULL for none */
	size_t nfields;
	unsigned roles;			/* any of these role bits; 0: no role needed.
					 * Non-zero implies RF_LOGIN. */
};

/* Staff roles, as bits of struct user.roles and struct route.roles: the
 * one definition (their database names are role_names, domain/account.h).
 * Sets of them used in more than one place have a name here too. */
enum role {
	ROLE_RECEPTION,		/* cán bộ tiếp nhận */
	ROLE_SPECIALIST,	/* chuyên viên */
	ROLE_LEADER,		/* lãnh đạo */
	ROLE_AGENCY_ADMIN,	/* quản trị cơ quan */
	ROLE_PROVINCE_ADMIN,	/* quản trị tỉnh (Sở TT&TT) */
	ROLE_INSPECTOR,		/* thanh tra, giám sát: the province's oversight
				 * office, reads and changes nothing */
	ROLE__MAX
};
#define ROLE_BIT(r)	(1u << (r))
/* officers who work on dossiers (admins manage staff, not dossiers) */
#define ROLES_WORK	(ROLE_BIT(ROLE_RECEPTION) | ROLE_BIT(ROLE_SPECIALIST) | \
			 ROLE_BIT(ROLE_LEADER))
/* who reads and answers for an agency consulted on a dossier */
#define ROLES_CONSULT	(ROLE_BIT(ROLE_SPECIALIST) | ROLE_BIT(ROLE_LEADER))
#define ROLES_ADMIN	(ROLE_BIT(ROLE_AGENCY_ADMIN) | ROLE_BIT(ROLE_PROVINCE_ADMIN))
/* who oversees every agency (/can-bo/giam-sat, any agency's reports) */
#define ROLES_OVERSIGHT	(ROLE_BIT(ROLE_PROVINCE_ADMIN) | ROLE_BIT(ROLE_INSPECTOR))
#define ROLES_ALL	(ROLE_BIT(ROLE__MAX) - 1)

/* The person behind a request, once logged in (NULL before). */
struct user {
	long long id;
	unsigned roles;			/* ROLE_BIT() of each enum role held */
	long long agency_id;		/* staff: their agency; 0 otherwise */
	long long session_id;
	int kind;			/* enum user_kind */
	int stage;			/* enum session_stage: 0 is a full login */
};

enum user_kind { UK_CITIZEN, UK_ORGANISATION, UK_STAFF };

#define FIELDS(a) (a), (sizeof(a) / sizeof((a)[0]))

struct tpl_def {
	const char *file;		/* page template, defines the page macros */
	const char *layout;		/* NULL: layout.cs */
};

/* A responder: one binary, one trust boundary, its own DB account. */
struct responder {
	const char *name;		/* "public": program and log name */
	const char *db_account;		/* "Public": Db.Public.User */
	const struct route *routes;
	size_t nroutes;
	const struct tpl_def *tpls;
	size_t ntpls;
	/* Optional hooks. prepare: after the gate, before the page cache
	 * (e.g. refresh the catalogue); its failure is the handler's to
	 * see, not an error of its own. generation: the page cache's key
	 * part (0: do not cache). on_hit: a cached page was served, with
	 * the count_arg its handler set. idle: after each request has been
	 * answered. end: when the worker exits. */
	void (*prepare)(struct request *req);
	long long (*generation)(void);
	void (*on_hit)(struct request *req, int arg);
	void (*idle)(struct db *db, const struct config *cfg);
	void (*end)(struct db *db, const struct config *cfg);
	int json;			/* errors as JSON, not HTML pages */
	/* Who is asking: reads the session cookie and fills req->user (and
	 * req->pending, req->csrf_seed). Returns 0, or a db_rc when the
	 * session store cannot be read: the request then goes on as
	 * anonymous, so pages that need a person are denied. NULL: this
	 * responder serves anonymous visitors only. */
	int (*session)(struct request *req);
	/* Once per process after the configuration is loaded (e.g. the
	 * file-type database, the signature trust store): 0, or -1 with a
	 * line for the operator in err. NULL: nothing to do. */
	int (*start)(const struct config *cfg, char *err, size_t errlen);
	/* Before an error page is rendered for a person who is logged in
	 * (e.g. the back office's menu, so an officer who meets a 404 or a
	 * 403 still has their way around). Not for a 503: the database may
	 * be what failed. NULL: nothing. */
	void (*on_error)(struct request *req);
	/* In a supervisor (-w): data its workers share, loaded once for
	 * them all before they are forked (the catalogue: one build instead
	 * of one per worker, and pages shared copy-on-write). Returns 1
	 * when it changed (the workers are replaced by new ones forked with
	 * it), 0 when not, a db_rc on failure (nothing changes); *next:
	 * seconds until the next call. share_done: once the new workers run,
	 * frees what the replaced ones used. NULL: each worker loads what it
	 * needs itself, as a lone worker always does. */
	int (*share)(struct db *db, const struct config *cfg, double *next);
	void (*share_done)(void);
};

/* The server's CGI parameters, hashed once per request: ClearSilver's
 * cgi_init asks for some sixty of them, and libfcgi's FCGX_GetParam scans
 * the whole list for each. */
#define ENV_BUCKETS 128
struct env_index {
	const char *name[ENV_BUCKETS];	/* points into envp: "NAME=value" */
	unsigned char len[ENV_BUCKETS];	/* length of NAME */
};

struct request {
	const struct config *cfg;
	struct env_index env;
	const struct responder *rs;
	struct db *db;
	FCGX_Request *fx;
	CGI *cgi;			/* owns hdf */
	HDF *hdf;			/* request data: Query.*, Cookie.*, page data */

	char ref[16];			/* reference id, on error pages and in logs */
	double t0;
	const char *method;		/* "GET", "HEAD", "POST" */
	int head;			/* HEAD: headers only */
	int https;
	const char *remote;		/* client address (core/client.h) */
	char remote_buf[46];		/* CLIENT_ADDR_MAX: remote's text */
	char *path;			/* decoded path below Site.BasePath */
	const struct route *route;
	const struct user *user;	/* NULL: anonymous */
	struct user user_buf;		/* what user points to, when set */
	/* a staff login waiting for its second factor: known, but not
	 * logged in; only the second-factor pages look at it */
	const struct user *pending;
	/* what the anti-CSRF token is bound to: the session (hash of its
	 * token) when there is one; NULL: the per-browser cookie */
	const char *csrf_seed;
	char csrf_seed_buf[48];
	char *param[ROUTE_MAXPARAM];	/* ":name" values, in pattern order */
	int nparam;
	struct fval *val;		/* one per route field, same order */
	int nerrors;			/* fields that failed validation */

	/* request body (urlencoded, read and checked by the gate) */
	const char *ctype;		/* normalised Content-Type for ClearSilver */
	char clen[24];
	char *body;
	size_t body_len, body_pos;
	int multipart;			/* RF_UPLOAD route, multipart body: read
					 * by core/upload.c after the access check */
	struct upload *uploads;		/* its files, nuploads of them */
	int nuploads;

	/* response */
	int status;
	struct buf headers;		/* extra header lines, CRLF-terminated */
	struct buf out;			/* body */
	/* a stored file as the body instead of out (page_send_file): its
	 * out_fd_len bytes sent after the headers, 64 KiB at a time, so a
	 * download never sits whole in a worker's memory; closed by
	 * request_serve. 0: none (fd 0 is the FastCGI socket, never a file
	 * a handler opened) */
	int out_fd;
	long long out_fd_len;
	const char *content_type;
	/* a handler's own Content-Security-Policy for a response that is not
	 * a page of the site (a file viewed inline, a notice as sent): it
	 * replaces the default policy; NULL: the default */
	const char *csp;
	int no_store;
	/* a response that never changes under its URL (a stored form by its
	 * hash): its Cache-Control value; NULL: no-cache (no_store wins) */
	const char *cache_control;
	char *csrf_token;
	const char *log_note;		/* why a request was refused, for the log */
	int cache_arg;			/* kept with a cached page: see on_hit */
	const char *log_key;		/* one measurement a handler adds to the */
	char log_val[24];		/* request's log line (e.g. search_ms) */
	int cache_hit;
	/* the signed-in hint (SIGNED_COOKIE), read once: NULL until then */
	const char *signed_hint;
	/* the page's language (req_lang), read once by the dispatcher before
	 * the page cache: NULL until then (render.c: the site's) */
	const char *lang;
};

/* Runs a responder (core/worker.c): parses -c CONFIG, -s SOCKET, -w
 * WORKERS, -t; loads the configuration and templates, then serves FastCGI
 * requests until told to stop or Worker.MaxRequests is reached. Returns
 * the exit status. */
int responder_main(int argc, char **argv, const struct responder *rs);
/* Serves one accepted FastCGI request (core/request.c): the whole life
 * above, its answer sent and its log line written; for the worker loop. */
void request_serve(const struct config *cfg, const struct responder *rs,
    struct db *db, FCGX_Request *fx);

/* Indexes the server's CGI parameters (envp, "NAME=value") for
 * req_param; envp must outlive ix. Done for every request before the
 * gate; exposed for the gate's fuzz harness. */
void req_env_index(struct env_index *ix, char **envp);
/* Value of a CGI parameter from the server (REQUEST_URI, HTTP_HOST...). */
const char *req_param(const struct request *req, const char *name);
/* Value of a cookie, or NULL. */
const char *req_cookie(const struct request *req, const char *name);

/* The language a person chose with the link in every page's header
 * (GET /ngon-ngu/<code>, pages/public.c): a cookie that names it and
 * nothing else, sent beside every request. */
#define LANG_COOKIE "dvc_nn"
#define LANG_COOKIE_AGE (400L * 24 * 3600)	/* browsers' cap */
/* The language of this request's page: "vi" or "en" (render.c's trees),
 * read once from LANG_COOKIE's raw header (the page cache is looked up
 * before the request's HDF exists). Officers' pages (/can-bo, /quan-tri)
 * ignore the cookie, and so does an unknown value: the site's language
 * (Site.Language) then. */
const char *req_lang(struct request *req);

/* Renders template tpl with status 200 (or req->status if a handler set
 * one): res_ok(), or 500 if the template failed. */
struct result req_render(struct request *req, int tpl);
/* 303 to a path inside the site (e.g. "/gop-y/da-gui"); a path that
 * would leave the site (a full URL, "//host") is refused with 500. */
struct result req_redirect(struct request *req, const char *path);
/* A "come back here afterwards" path (after logging in, after choosing a
 * language): p if it is inside this site (never a scheme, another host
 * "//x" or a backslash trick), else dflt. */
const char *safe_next(const char *p, const char *dflt);
/* Copies every field's value, and its error message if any, into
 * Form.<name>.Value / Form.<name>.Error for re-display. */
void req_form_to_hdf(struct request *req);
/* A form page again after its action failed (status: 429, 503, 500...):
 * what was typed (req_form_to_hdf), Form.Failure = why for the template,
 * the reference id, Retry-After on a 503. Returns req_render's result. */
struct result req_form_failed(struct request *req, int tpl, int status,
    const char *why);
/* The same after a database call failed with rc (enum db_rc): its status
 * as res_db() maps it, Form.Failure "down". */
struct result req_form_db_failed(struct request *req, int tpl, int rc);
/* Adds one response header; the value must not contain CR or LF. */
void req_header(struct request *req, const char *name, const char *value);
/* Sets a cookie with HttpOnly, SameSite=Lax, Path, and Secure plus the
 * __Host- prefix under https. max_age < 0 makes a session cookie. */
void req_cookie_set(struct request *req, const char *name, const char *value,
    long max_age);

#endif
