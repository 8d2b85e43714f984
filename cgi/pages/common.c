/* Steps shared by the responders with sessions: see common.h. */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "core/access.h"
#include "core/conf.h"
#include "core/csrf.h"
#include "core/db.h"
#include "core/log.h"
#include "core/render.h"
#include "core/request.h"
#include "core/util.h"
#include "domain/audit.h"
#include "domain/queue.h"
#include "domain/dossier.h"
#include "domain/mail.h"
#include "domain/opinion.h"
#include "domain/person.h"
#include "domain/session.h"
#include "domain/store.h"
#include "domain/workflow.h"
#include "pages/common.h"

/* The signed-in hint's value for a person of kind (enum user_kind). */
static const char *
hint_of(int kind)
{
	return kind == UK_STAFF ? "cb" : "cd";
}

void
page_session_cookie(struct request *req, const char *token, int kind, int full)
{
	req_cookie_set(req, SESSION_COOKIE, token ? token : "", token ? -1 : 0);
	if (token == NULL || full)
		req_cookie_set(req, SIGNED_COOKIE, token ? hint_of(kind) : "",
		    token ? -1 : 0);
}

int
page_who(struct request *req)
{
	const char *tok = req_cookie(req, req->https ? "__Host-" SESSION_COOKIE :
	    SESSION_COOKIE);
	unsigned char hash[32];
	int rc, stage = 0;

	if (tok == NULL) {
		/* a hint without a session: the header would say signed in */
		if (hdf_get_value(req->hdf, "Req.SignedIn", NULL)) {
			req_cookie_set(req, SIGNED_COOKIE, "", 0);
			hdf_remove_tree(req->hdf, "Req.SignedIn");
		}
		return 0;
	}
	rc = session_find(req->db, req->cfg, tok, &req->user_buf, &stage, hash,
	    req->hdf, "User");
	if (rc == 0) {	/* ended or expired: the browser may forget it */
		page_session_cookie(req, NULL, 0, 0);
		hdf_remove_tree(req->hdf, "Req.SignedIn");
	}
	if (rc <= 0)
		return rc;
	req->user_buf.stage = stage;
	b64url_encode(hash, sizeof(hash), req->csrf_seed_buf);
	req->csrf_seed = req->csrf_seed_buf;
	if (stage == STAGE_FULL)
		req->user = &req->user_buf;
	else {
		/* half logged in: known to the second-factor pages only */
		req->pending = &req->user_buf;
		hdf_remove_tree(req->hdf, "User");
	}
	/* every page of a logged-in person carries the log-out button */
	hdf_set_value(req->hdf, "Req.CSRF", csrf_token(req));
	/* the hint as the session says (a browser that lost it, a session
	 * begun before it existed) */
	if (req->user && strcmp(hdf_get_value(req->hdf, "Req.SignedIn", ""),
	    hint_of(req->user->kind)) != 0)
		req_cookie_set(req, SIGNED_COOKIE, hint_of(req->user->kind), -1);
	return 0;
}

int
page_audit(struct request *req, const char *action, const char *otype,
    long long oid, long long owner, const char *detail)
{
	const struct user *u = req->user ? req->user : req->pending;
	struct audit_event ev;

	memset(&ev, 0, sizeof(ev));
	ev.actor_id = u ? u->id : 0;
	ev.actor_kind = u ? user_kind_name(u->kind) : "anonymous";
	ev.action = action;
	ev.object_type = otype;
	ev.object_id = oid;
	ev.owner_id = owner;
	ev.agency_id = u ? u->agency_id : 0;
	ev.client_ip = req->remote;
	ev.detail = detail;
	return audit_write(req->db, req->cfg, &ev);
}

/* The mail for an event: mail.cs rendered twice (plain text, HTML) with
 * Mail.Kind and the data the caller put under Mail.*, queued in the
 * caller's transaction. */
int
page_mail(struct request *req, int tpl, HDF *data, const char *kind,
    const char *to)
{
	struct buf text = BUF_INIT, html = BUF_INIT;
	char key[80];
	const char *subject;
	int rc;

	hdf_set_value(data, "Mail.Kind", kind);
	hdf_set_value(data, "Mail.Base", req->cfg->base_url);
	hdf_set_value(data, "Mail.Html", "0");
	rc = render_data(tpl, data, &text, req->ref);
	hdf_set_value(data, "Mail.Html", "1");
	if (rc == 0)
		rc = render_data(tpl, data, &html, req->ref);
	/* a notice's mail is titled as the notice (its profile's title) */
	snprintf(key, sizeof(key), "Mail.%s.Subject", kind);
	subject = hdf_get_value(data, "Mail.Subject", NULL);
	if (subject == NULL)
		subject = render_lang(key);
	if (rc == 0)
		rc = mail_queue(req->db, to, subject ? subject : kind,
		    buf_str(&text), buf_str(&html));
	buf_free(&text);
	buf_free(&html);
	return rc;
}

/* The index of template file (in layout, NULL: any) in the responder's
 * table, or -1. */
static int
tpl_index(const struct request *req, const char *file, const char *layout)
{
	size_t i;

	for (i = 0; i < req->rs->ntpls; i++)
		if (strcmp(req->rs->tpls[i].file, file) == 0 && (layout == NULL ||
		    (req->rs->tpls[i].layout && strcmp(req->rs->tpls[i].layout, layout) == 0)))
			return (int)i;
	return -1;
}

static int
hook_audit(void *ctx, struct db *db, const char *action, long long id,
    long long owner, const char *detail)
{
	(void)db;
	return page_audit(ctx, action, "dossier", id, owner, detail);
}

static int
hook_mail(void *ctx, struct db *db, HDF *data, const char *kind, const char *to)
{
	int tpl = tpl_index(ctx, "mail.cs", NULL);

	(void)db;
	return tpl < 0 ? DB_ERR : page_mail(ctx, tpl, data, kind, to);
}

/* tpl: the file wf_profiles names for the notice. */
static int
hook_render(void *ctx, const char *tpl, HDF *data, struct buf *out)
{
	struct request *req = ctx;
	int i = tpl_index(req, tpl, "layout_notice.cs");

	if (i < 0)
		return -1;
	hdf_set_value(data, "Notice.Base", req->cfg->base_url);
	return render_data((size_t)i, data, out, req->ref) == 0 ? 0 : -1;
}

void
page_hooks(struct request *req, struct wf_hooks *h)
{
	memset(h, 0, sizeof(*h));
	h->cfg = req->cfg;
	h->user = req->user;
	h->ctx = req;
	h->audit = hook_audit;
	h->mail = hook_mail;
	h->render = hook_render;
}

struct result
page_download(struct request *req, const char *filename, const char *content_type,
    struct buf *body)
{
	if (filename) {
		struct buf cd = BUF_INIT;

		buf_printf(&cd, "attachment; filename=\"%s\"", filename);
		req_header(req, "Content-Disposition", buf_str(&cd));
		buf_free(&cd);
	}
	req->content_type = content_type;
	req->status = 200;
	buf_add(&req->out, buf_str(body), body->len);
	buf_free(body);
	return res_ok();
}

struct result
page_send_file(struct request *req, const char *stem, int inline_, const char *csp,
    const char *content_type)
{
	const char *sha = hdf_get_value(req->hdf, "File.sha256", "");
	struct buf cd = BUF_INIT;
	long long size = 0;
	int fd;

	if ((fd = store_open(req->cfg, sha, &size)) < 0) {
		log_event(LOG_ERR_, "store", req->ref, "missing", sha, NULL);
		return res_fail(500, "stored file missing");
	}
	/* the stored name is ours; the person's name only in the header,
	 * RFC 6266/5987 encoded, with a plain ASCII fallback */
	buf_printf(&cd, "%s; filename=\"%s.%s\"; filename*=UTF-8''",
	    inline_ ? "inline" : "attachment", stem, hdf_get_value(req->hdf, "File.ext", "bin"));
	url_encode(&cd, hdf_get_value(req->hdf, "File.name", stem));
	req_header(req, "Content-Disposition", buf_str(&cd));
	buf_free(&cd);
	req->csp = csp;
	req->content_type = content_type;
	req->status = 200;
	/* sent by http_send from the file, after the headers */
	buf_reset(&req->out);
	req->out_fd = fd;
	req->out_fd_len = size;
	return res_ok();
}

void
page_identity_check(struct request *req, int idno, int birth)
{
	const char *why, *msg;
	char key[96];
	int which, i;

	if (req->val[idno].err != VE_OK || req->val[birth].err != VE_OK ||
	    (why = person_identity_check(req->val[idno].s, req->val[birth].s,
	    &which)) == NULL)
		return;
	i = which ? idno : birth;
	snprintf(key, sizeof(key), "Valid.%s", why);
	msg = render_text(req, key);
	req->val[i].err = VE_FORMAT;	/* keeps the value for re-display */
	req->nerrors++;
	snprintf(key, sizeof(key), "Form.%s.Error", req->route->fields[i].name);
	hdf_set_value(req->hdf, key, msg ? msg : "Giá trị không hợp lệ.");
}

struct result
page_dossier(struct request *req, long long id, const char *code,
    enum access_act act, unsigned roles, struct dossier_facts *f)
{
	struct access_object o;
	const struct user *u = req->user;
	long long mine = u ? u->agency_id : 0;
	int rc = dossier_facts(req->db, id, id ? NULL : code, f);

	memset(&o, 0, sizeof(o));
	o.type = OBJ_DOSSIER;
	o.owner_id = f->owner_id;
	o.agency_id = f->agency_id;
	o.draft = f->status == DS_DRAFT;
	o.counter = f->counter;
	o.roles = roles;
	/* an officer of another agency: is it consulted on the dossier? */
	if (rc == 1 && u && u->kind == UK_STAFF && mine && mine != f->agency_id) {
		int c = opinion_consulted(req->db, f->id, mine);

		if (c < 0)
			rc = c;
		o.consulted = &mine;
		o.nconsulted = c > 0;
	}
	rc = access_object(req->user, act, &o, rc);
	return rc == 0 ? res_ok() : res_status(rc);
}

void
page_error_menu(struct request *req)
{
	/* the error page goes out whatever the counts' query says */
	(void)page_staff_menu(req);
}

int
page_staff_menu(struct request *req)
{
	static const struct { int role; const char *name; unsigned lists; } roles[] = {
		{ ROLE_RECEPTION, "reception", QC_RECEPTION | QC_RETURN },
		{ ROLE_SPECIALIST, "specialist", QC_PROCESSING },
		{ ROLE_LEADER, "leader", QC_APPROVAL },
	};
	unsigned lists = 0;
	char key[32];
	size_t i;

	if (!req->user || req->user->kind != UK_STAFF)
		return 0;
	/* the lists without a count: the province's oversight, staff */
	if (req->user->roles & ROLES_OVERSIGHT)
		hdf_set_value(req->hdf, "Menu.Role.oversight", "1");
	if (req->user->roles & ROLES_ADMIN)
		hdf_set_value(req->hdf, "Menu.Role.admin", "1");
	/* the province's settings (administration, admin_settings.c) */
	if (req->user->roles & ROLE_BIT(ROLE_PROVINCE_ADMIN))
		hdf_set_value(req->hdf, "Menu.Role.province", "1");
	if (!req->user->agency_id || !(req->user->roles & ROLES_WORK))
		return 0;
	for (i = 0; i < sizeof(roles) / sizeof(roles[0]); i++)
		if (req->user->roles & ROLE_BIT(roles[i].role)) {
			snprintf(key, sizeof(key), "Menu.Role.%s", roles[i].name);
			hdf_set_value(req->hdf, key, "1");
			lists |= roles[i].lists;
		}
	return queue_counts(req->db, req->user->agency_id, lists, req->hdf, "Menu.N");
}
