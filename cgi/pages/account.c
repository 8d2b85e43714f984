/* dvc-account: citizens' and organisations' accounts.
 *
 * Every handler follows the same steps as the public pages: the
 * dispatcher has checked method, session, access, CSRF and fields
 * (core/request.c); the handler acts in one transaction (the change, its
 * audit record and its mail commit together), then renders or redirects.
 * Messages never say whether another person's account exists. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/crypto.h>

#include "core/access.h"
#include "core/conf.h"
#include "core/csrf.h"
#include "core/db.h"
#include "core/log.h"
#include "core/render.h"
#include "core/request.h"
#include "core/util.h"
#include "domain/account.h"
#include "domain/audit.h"
#include "domain/intake.h"
#include "domain/mail.h"
#include "domain/person.h"
#include "domain/session.h"
#include "pages/account.h"
#include "pages/admin_catalog.h"
#include "pages/common.h"

static const struct tpl_def tpls[T__MAX] = {
	[T_LOGIN] = { "login.cs", NULL },
	[T_REGISTER] = { "register.cs", NULL },
	[T_MESSAGE] = { "message.cs", NULL },
	[T_CONFIRM] = { "confirm.cs", NULL },
	[T_LOGOUT] = { "logout.cs", NULL },
	[T_FORGOT] = { "forgot.cs", NULL },
	[T_RESET] = { "reset.cs", NULL },
	[T_ACCOUNT] = { "account.cs", NULL },
	[T_PASSWORD] = { "password.cs", NULL },
	[T_DELETE] = { "delete.cs", NULL },
	[T_STAFF_HOME] = { "staff_home.cs", NULL },
	[T_TOTP] = { "totp.cs", NULL },
	[T_TOTP_SETUP] = { "totp_setup.cs", NULL },
	[T_MAIL] = { "mail.cs", "" },
	[T_ADMIN_AGENCIES] = { "admin_agency.cs", NULL },
	[T_ADMIN_AGENCY] = { "admin_agency_one.cs", NULL },
	[T_ADMIN_HOME] = { "admin_home.cs", NULL },
	[T_ADMIN_CAT_LIST] = { "admin_catalog.cs", NULL },
	[T_ADMIN_CAT_EDIT] = { "admin_catalog_edit.cs", NULL },
	/* administration (issue 16 sections 2 and 3) */
	[T_ADMIN_STAFF_LIST] = { "admin_staff_list.cs", NULL },
	[T_ADMIN_STAFF_ONE] = { "admin_staff_one.cs", NULL },
	[T_ADMIN_STAFF_INVITE] = { "admin_staff_invite.cs", NULL },
	[T_ADMIN_STAFF_ACCEPT] = { "admin_staff_accept.cs", NULL },
	[T_ADMIN_CALENDAR] = { "admin_settings_calendar.cs", NULL },
	[T_ADMIN_CALENDAR_PREVIEW] = { "admin_settings_preview.cs", NULL },
	[T_ADMIN_FEEDBACK_LIST] = { "admin_settings_feedback_list.cs", NULL },
	[T_ADMIN_FEEDBACK_ONE] = { "admin_settings_feedback.cs", NULL },
	[T_ADMIN_ANNOUNCE] = { "admin_settings_announce.cs", NULL },
	[T_ADMIN_PROFILE] = { "admin_settings_profile.cs", NULL },
	[T_ADMIN_LEVEL] = { "admin_level.cs", NULL },
};

/* --- shared steps ----------------------------------------------------------- */

struct result
acct_message(struct request *req, const char *key, int status)
{
	hdf_set_value(req->hdf, "Msg.Key", key);
	if (status)
		req->status = status;
	if (status >= 400)
		hdf_set_value(req->hdf, "Msg.Error", "1");
	return req_render(req, T_MESSAGE);
}

static int
queue_mail(struct request *req, HDF *data, const char *kind, const char *to)
{
	return page_mail(req, T_MAIL, data, kind, to);
}

struct start {
	struct request *req;
	long long account_id;
	int kind;
	int stage;
	const char *action;
	char token[SESSION_TOKEN_LEN + 1];
	long long sid;
};

static int
start_tx(struct db *db, void *ctx)
{
	struct start *s = ctx;
	struct request *req = s->req;
	const struct user *old = req->user ? req->user : req->pending;
	const char *ua = req_param(req, "HTTP_USER_AGENT");
	int rc;

	/* a new token at every login and every step up: a session the
	 * browser (or whoever planted its cookie) had before is gone */
	if (old && (rc = session_end(db, old->session_id)) < 0)
		return rc;
	struct audit_event ev;

	if ((rc = session_create(db, req->cfg, s->account_id, s->stage,
	    req->remote, ua, s->token, &s->sid)) < 0)
		return rc;
	/* the person logging in is the actor, whoever the browser was */
	memset(&ev, 0, sizeof(ev));
	ev.actor_id = s->account_id;
	ev.actor_kind = user_kind_name(s->kind);
	ev.action = s->action;
	ev.object_type = "session";
	ev.object_id = s->sid;
	ev.owner_id = s->account_id;
	ev.client_ip = req->remote;
	return audit_write(db, req->cfg, &ev);
}

int
acct_start_session(struct request *req, long long account_id, int kind,
    int stage, const char *action)
{
	struct start s;
	int rc;

	memset(&s, 0, sizeof(s));
	s.req = req;
	s.account_id = account_id;
	s.kind = kind;
	s.stage = stage;
	s.action = action;
	if ((rc = db_tx(req->db, start_tx, &s)) != 0)
		return rc;
	page_session_cookie(req, s.token, kind, stage == STAGE_FULL);
	OPENSSL_cleanse(s.token, sizeof(s.token));
	return 0;
}

struct result
acct_login_failed(struct request *req, int res, long wait, int tpl)
{
	if (res < 0)
		return req_form_db_failed(req, tpl, res);
	req_form_to_hdf(req);
	switch (res) {
	case LOGIN_WAIT:
		req->status = 429;
		hdf_set_value(req->hdf, "Form.Failure", "wait");
		/* whole minutes past one minute: easier to read */
		hdf_set_int_value(req->hdf, "Form.WaitSeconds", (int)wait);
		hdf_set_int_value(req->hdf, "Form.WaitMinutes", (int)((wait + 59) / 60));
		req_header(req, "Retry-After", hdf_get_value(req->hdf, "Form.WaitSeconds", "60"));
		break;
	case LOGIN_UNCONFIRMED:
		req->status = 403;
		hdf_set_value(req->hdf, "Form.Failure", "unconfirmed");
		break;
	case LOGIN_DISABLED:
		req->status = 403;
		hdf_set_value(req->hdf, "Form.Failure", "disabled");
		break;
	default:
		req->status = 422;
		hdf_set_value(req->hdf, "Form.Failure", "bad");
	}
	return req_render(req, tpl);
}

/* --- log in, log out ---------------------------------------------------------- */

const struct field f_login[LG__MAX] = {
	[LG_IDENT] = { "dinh_danh", V_LINE, F_REQUIRED, 1, 254, NULL },
	[LG_PASSWORD] = { "mat_khau", V_SECRET, F_REQUIRED, 1, PASSWORD_MAX, NULL },
	[LG_NEXT] = { "tiep", V_LINE, 0, 1, 500, NULL },
};

/* GET /tai-khoan/dang-nhap?tiep=/path  -- login.cs */
static struct result
p_login_form(struct request *req)
{
	if (req->user)
		return req_redirect(req, safe_next(req->val[LG_NEXT].s, "/tai-khoan"));
	if (req->val[LG_NEXT].err == VE_OK && req->val[LG_NEXT].s)
		hdf_set_value(req->hdf, "Form.tiep.Value",
		    safe_next(req->val[LG_NEXT].s, "/tai-khoan"));
	hdf_set_value(req->hdf, "Page.Nav", "account");
	return req_render(req, T_LOGIN);
}

/* Sends a new confirmation link to someone who logs in before
 * confirming, at most one every 10 minutes. */
struct resend {
	struct request *req;
	long long id;
};

static int
resend_tx(struct db *db, void *ctx)
{
	struct resend *r = ctx;
	char token[LINK_TOKEN_LEN + 1];
	HDF *m = NULL;
	int rc;

	if ((rc = link_recent(db, r->id, "confirm", 10)) != 0)
		return rc < 0 ? rc : 0;
	if (hdf_init(&m))
		abort();
	if ((rc = person_get(db, r->id, m, "P")) <= 0 ||
	    (rc = link_new(db, r->id, "confirm",
	    cfg_int(r->req->cfg, "Account.ConfirmHours") * 60, token)) < 0) {
		hdf_destroy(&m);
		return rc < 0 ? rc : 0;
	}
	hdf_set_value(m, "Mail.Name", hdf_get_value(m, "P.full_name", ""));
	hdf_set_value(m, "Mail.Token", token);
	rc = queue_mail(r->req, m, "Confirm", hdf_get_value(m, "P.email", ""));
	hdf_destroy(&m);
	return rc;
}

int
acct_password_step(struct request *req, int staff, struct login *l,
    struct result *answer)
{
	int res, rc;

	if (req->nerrors) {
		req_form_to_hdf(req);
		req->status = 422;
		*answer = req_render(req, T_LOGIN);
		return 0;
	}
	memset(l, 0, sizeof(*l));
	l->ident = req->val[LG_IDENT].s;
	l->password = req->val[LG_PASSWORD].s;
	l->staff = staff;
	l->ip = req->remote;
	if ((res = login_check(req->db, req->cfg, l)) == LOGIN_OK)
		return 1;
	if (res == LOGIN_BAD || res == LOGIN_WAIT)
		page_audit(req, res == LOGIN_BAD ? "login.fail" : "login.throttled",
		    NULL, 0, 0, staff ? "staff" : NULL);
	if (res == LOGIN_UNCONFIRMED) {
		struct resend r = { req, l->account_id };

		if ((rc = db_tx(req->db, resend_tx, &r)) != 0)
			res = rc < 0 ? rc : DB_ERR;
	}
	*answer = acct_login_failed(req, res, l->wait, T_LOGIN);
	return 0;
}

/* POST /tai-khoan/dang-nhap */
static struct result
p_login(struct request *req)
{
	struct login l;
	struct result r;
	int rc;

	hdf_set_value(req->hdf, "Page.Nav", "account");
	if (!acct_password_step(req, 0, &l, &r))
		return r;
	if ((rc = acct_start_session(req, l.account_id, l.kind, STAGE_FULL, "login.ok")) != 0)
		return acct_login_failed(req, rc, 0, T_LOGIN);
	return req_redirect(req, safe_next(req->val[LG_NEXT].s, "/tai-khoan"));
}

/* GET /tai-khoan/dang-xuat -- logout.cs: the button that logs out, for
 * the pages that cannot carry it (a shared cached page has no person's
 * CSRF token, only the signed-in hint's link here). */
static struct result
p_logout_form(struct request *req)
{
	hdf_set_value(req->hdf, "Page.Nav", "account");
	return req_render(req, T_LOGOUT);
}

/* POST /tai-khoan/dang-xuat: the session ends on the server. */
static int
logout_tx(struct db *db, void *ctx)
{
	struct request *req = ctx;
	int rc;

	if ((rc = session_end(db, req->user->session_id)) < 0)
		return rc;
	return page_audit(req, "logout", "session", req->user->session_id,
	    req->user->id, NULL);
}

static struct result
p_logout(struct request *req)
{
	int staff = req->user->kind == UK_STAFF, rc;

	if ((rc = db_tx(req->db, logout_tx, req)) != 0)
		return res_db(rc);
	page_session_cookie(req, NULL, 0, 0);
	return req_redirect(req, staff ? "/can-bo/dang-nhap?da_thoat=1" :
	    "/tai-khoan/dang-nhap?da_thoat=1");
}

/* --- register ----------------------------------------------------------------- */

static const char *const kinds[] = { "ca_nhan", "to_chuc", NULL };

enum {
	RG_KIND, RG_NAME, RG_CCCD, RG_BIRTH, RG_PHONE, RG_EMAIL, RG_ADDRESS,
	RG_ORG, RG_TAX, RG_REP, RG_PASSWORD, RG_PASSWORD2, RG_AGREE, RG_NEXT, RG__MAX
};
static const char *const yes[] = { "1", NULL };
static const struct field f_register[RG__MAX] = {
	[RG_KIND] = { "loai", V_ENUM, F_REQUIRED, 0, 0, kinds },
	[RG_NAME] = { "ho_ten", V_NAME, F_REQUIRED, 2, 100, NULL },
	[RG_CCCD] = { "so_dinh_danh", V_CCCD, F_REQUIRED, 12, 12, NULL },
	[RG_BIRTH] = { "ngay_sinh", V_DATE, F_REQUIRED, 1900, 2100, NULL },
	[RG_PHONE] = { "dien_thoai", V_PHONE, F_REQUIRED, 0, 20, NULL },
	[RG_EMAIL] = { "email", V_EMAIL, F_REQUIRED, 0, 254, NULL },
	[RG_ADDRESS] = { "dia_chi", V_LINE, F_REQUIRED, 5, 300, NULL },
	[RG_ORG] = { "ten_to_chuc", V_LINE, 0, 2, 200, NULL },
	[RG_TAX] = { "ma_so_thue", V_TAXCODE, 0, 10, 14, NULL },
	[RG_REP] = { "nguoi_dai_dien", V_NAME, 0, 2, 100, NULL },
	[RG_PASSWORD] = { "mat_khau", V_SECRET, F_REQUIRED, PASSWORD_MIN, PASSWORD_MAX, NULL },
	[RG_PASSWORD2] = { "nhap_lai", V_SECRET, F_REQUIRED, 1, PASSWORD_MAX, NULL },
	[RG_AGREE] = { "dong_y", V_ENUM, F_REQUIRED, 0, 0, yes },
	/* the page to come back to (a procedure's start page), carried
	 * through the confirmation mail to the login */
	[RG_NEXT] = { "tiep", V_LINE, 0, 1, 500, NULL },
};

/* A rule between fields, after each passed on its own: the message goes
 * by that field. */
static void
field_fail(struct request *req, int i, const char *lang_key)
{
	char k[96];
	const char *msg;

	snprintf(k, sizeof(k), "Valid.%s", lang_key);
	msg = render_text(req, k);
	if (req->val[i].err == VE_OK)
		req->nerrors++;
	req->val[i].err = VE_FORMAT;	/* keeps the value for re-display */
	snprintf(k, sizeof(k), "Form.%s.Error", req->route->fields[i].name);
	hdf_set_value(req->hdf, k, msg ? msg : "Giá trị không hợp lệ.");
}

/* The rules between the identity fields (domain/person.h), once each
 * passed on its own: the message goes by the field concerned. */
static void
identity_check(struct request *req, int id_field, int birth_field)
{
	const char *why;
	int which;

	if (req->val[id_field].err != VE_OK || req->val[birth_field].err != VE_OK)
		return;
	if ((why = person_identity_check(req->val[id_field].s,
	    req->val[birth_field].s, &which)) != NULL)
		field_fail(req, which ? id_field : birth_field, why);
}

/* Checks a new password and its repetition; returns 0 if both are fine. */
int
check_new_password(struct request *req, int pw, int again)
{
	const char *why;

	if (req->val[pw].err != VE_OK || req->val[again].err != VE_OK)
		return -1;
	if ((why = password_policy(req->val[pw].s)) != NULL) {
		field_fail(req, pw, why);
		return -1;
	}
	if (password_common(req->cfg, req->val[pw].s)) {
		field_fail(req, pw, "password_common");
		return -1;
	}
	if (strcmp(req->val[pw].s, req->val[again].s) != 0) {
		field_fail(req, again, "password_mismatch");
		return -1;
	}
	return 0;
}

static struct result
p_register_form(struct request *req)
{
	if (req->user)
		return req_redirect(req, "/tai-khoan");
	hdf_set_value(req->hdf, "Form.loai.Value", "ca_nhan");
	if (req->val[RG_NEXT].err == VE_OK && req->val[RG_NEXT].s &&
	    safe_next(req->val[RG_NEXT].s, NULL))
		hdf_set_value(req->hdf, "Form.tiep.Value", req->val[RG_NEXT].s);
	hdf_set_value(req->hdf, "Page.Nav", "account");
	return req_render(req, T_REGISTER);
}

struct reg {
	struct request *req;
	struct registration r;
	const char *next;	/* safe_next's, or NULL */
	long long id;
};

static int
register_tx(struct db *db, void *ctx)
{
	struct reg *g = ctx;
	struct request *req = g->req;
	char token[LINK_TOKEN_LEN + 1];
	HDF *m = NULL;
	int rc;

	if (hdf_init(&m))
		abort();
	hdf_set_value(m, "Mail.Name", g->r.full_name);
	rc = person_register(db, req->cfg, &g->r, token, &g->id);
	if (rc == PERSON_TAKEN) {
		/* Taken. The page says the same as for a new account; only
		 * the mailbox typed in learns what happened, and what to do. */
		const char *subj = render_lang("Mail.Exists.Subject");

		/* one such mail per address per 10 minutes: the form cannot
		 * be used to flood someone's mailbox */
		rc = subj ? mail_recent(db, g->r.email, subj, 10) : 0;
		if (rc == 0)
			rc = queue_mail(req, m, "Exists", g->r.email);
		else if (rc > 0)
			rc = 0;
		if (rc == 0)
			rc = page_audit(req, "register.duplicate", NULL, 0, 0, NULL);
	} else if (rc == 0) {
		hdf_set_value(m, "Mail.Token", token);
		if (g->next)
			hdf_set_value(m, "Mail.Next", g->next);
		if ((rc = queue_mail(req, m, "Confirm", g->r.email)) == 0)
			rc = page_audit(req, "register", "account", g->id, g->id, NULL);
	}
	OPENSSL_cleanse(token, sizeof(token));
	hdf_destroy(&m);
	return rc;
}

static struct result
p_register(struct request *req)
{
	struct reg g;
	char hash[PASSWORD_HASH_MAX];
	long long count = 0;
	int org, rc;

	hdf_set_value(req->hdf, "Page.Nav", "account");
	org = req->val[RG_KIND].s && strcmp(req->val[RG_KIND].s, "to_chuc") == 0;
	if (org) {
		/* an organisation's three fields become required */
		static const int need[] = { RG_ORG, RG_TAX, RG_REP };
		size_t i;

		for (i = 0; i < NELEM(need); i++)
			if (req->val[need[i]].err == VE_OK && !req->val[need[i]].present)
				field_fail(req, need[i], "required");
	}
	check_new_password(req, RG_PASSWORD, RG_PASSWORD2);
	identity_check(req, RG_CCCD, RG_BIRTH);
	if (req->nerrors) {
		req_form_to_hdf(req);
		req->status = 422;
		return req_render(req, T_REGISTER);
	}
	/* registrations per address and hour: each one sends a mail */
	if ((rc = person_register_count(req->db, req->remote, &count)) < 0)
		return req_form_db_failed(req, T_REGISTER, rc);
	if (count > cfg_int(req->cfg, "Account.RegisterPerHour")) {
		req_header(req, "Retry-After", "3600");
		return req_form_failed(req, T_REGISTER, 429, "limit");
	}
	if (password_hash(req->cfg, req->val[RG_PASSWORD].s, hash, sizeof(hash)) < 0)
		return res_fail(500, "password_hash failed");
	memset(&g, 0, sizeof(g));
	g.req = req;
	g.r.organisation = org;
	g.next = req->val[RG_NEXT].err == VE_OK ? safe_next(req->val[RG_NEXT].s, NULL) : NULL;
	g.r.full_name = req->val[RG_NAME].s;
	g.r.id_number = req->val[RG_CCCD].s;
	g.r.birth_date = req->val[RG_BIRTH].s;
	g.r.phone = req->val[RG_PHONE].s;
	g.r.email = req->val[RG_EMAIL].s;
	g.r.address = req->val[RG_ADDRESS].s;
	g.r.org_name = req->val[RG_ORG].s;
	g.r.tax_code = req->val[RG_TAX].s;
	g.r.representative = req->val[RG_REP].s;
	g.r.password_hash = hash;
	rc = db_tx(req->db, register_tx, &g);
	OPENSSL_cleanse(hash, sizeof(hash));
	if (rc != 0)
		return req_form_db_failed(req, T_REGISTER, rc);
	return req_redirect(req, "/tai-khoan/da-gui-thu?loai=dang-ky");
}

/* GET /tai-khoan/da-gui-thu?loai=dang-ky|mat-khau: "open your mail". */
static const char *const sent_kinds[] = { "dang-ky", "mat-khau", NULL };
static const struct field f_sent[1] = {
	{ "loai", V_ENUM, 0, 0, 0, sent_kinds },
};

static struct result
p_mail_sent(struct request *req)
{
	const char *k = req->val[0].err == VE_OK && req->val[0].s ?
	    req->val[0].s : "dang-ky";

	return acct_message(req, strcmp(k, "mat-khau") == 0 ? "ResetSent" :
	    "RegisterSent", 0);
}

/* --- links from mail ---------------------------------------------------------- */

static const struct field f_link[1] = {
	{ "ma", V_TOKEN, 0, 1, 100, NULL },
};
/* the confirmation link: its token, and the page the person registered
 * from (tiep), handed on to the login */
static const struct field f_confirm[2] = {
	{ "ma", V_TOKEN, 0, 1, 100, NULL },
	{ "tiep", V_LINE, 0, 1, 500, NULL },
};

/* The confirmation's tiep, when it is a path of this site; else NULL. */
static const char *
confirm_next(struct request *req)
{
	return req->val[1].err == VE_OK ? safe_next(req->val[1].s, NULL) : NULL;
}

/* GET /tai-khoan/xac-nhan?ma=T: a button, because a GET (a mail
 * scanner following the link) must not change anything. */
static struct result
p_confirm_form(struct request *req)
{
	long long id;
	int rc;

	rc = req->val[0].err == VE_OK ?
	    link_check(req->db, req->val[0].s, "confirm", 0, &id) : 0;
	if (rc < 0)
		return res_db(rc);
	if (rc == 0)
		return acct_message(req, "LinkBad", 404);
	hdf_set_value(req->hdf, "Form.ma.Value", req->val[0].s);
	if (confirm_next(req))
		hdf_set_value(req->hdf, "Form.tiep.Value", confirm_next(req));
	return req_render(req, T_CONFIRM);
}

struct confirm {
	struct request *req;
	const char *token;
	int valid;
};

static int
confirm_tx(struct db *db, void *ctx)
{
	struct confirm *c = ctx;
	long long id = 0;
	int rc;

	if ((rc = link_check(db, c->token, "confirm", 1, &id)) <= 0) {
		c->valid = 0;
		return rc;
	}
	c->valid = 1;
	if ((rc = person_confirm(db, id)) < 0)
		return rc;
	return page_audit(c->req, "account.confirm", "account", id, id, NULL);
}

static struct result
p_confirm(struct request *req)
{
	struct confirm c = { req, req->val[0].s, 0 };
	int rc;

	if (req->val[0].err != VE_OK || req->val[0].s == NULL)
		return acct_message(req, "LinkBad", 404);
	if ((rc = db_tx(req->db, confirm_tx, &c)) != 0)
		return res_db(rc);
	if (!c.valid)
		return acct_message(req, "LinkBad", 404);
	if (confirm_next(req))
		hdf_set_value(req->hdf, "Msg.Next", confirm_next(req));
	return acct_message(req, "Confirmed", 0);
}

/* --- forgotten password --------------------------------------------------------- */

static const struct field f_forgot[1] = {
	{ "email", V_EMAIL, F_REQUIRED, 0, 254, NULL },
};

static struct result
p_forgot_form(struct request *req)
{
	hdf_set_value(req->hdf, "Page.Nav", "account");
	return req_render(req, T_FORGOT);
}

struct forgot {
	struct request *req;
	const char *email;
};

static int
forgot_tx(struct db *db, void *ctx)
{
	struct forgot *f = ctx;
	char token[LINK_TOKEN_LEN + 1];
	HDF *m = NULL;
	long long id;
	int rc;

	if (hdf_init(&m))
		abort();
	rc = person_by_email(db, f->email, m, "P");
	if (rc <= 0 || strcmp(hdf_get_value(m, "P.status", ""), "active") != 0) {
		hdf_destroy(&m);
		return rc < 0 ? rc : 0;
	}
	id = hdf_ll(m, "P.id");
	/* one mail per five minutes, however often the form is sent */
	if ((rc = link_recent(db, id, "reset", 5)) != 0) {
		hdf_destroy(&m);
		return rc < 0 ? rc : 0;
	}
	if ((rc = link_new(db, id, "reset",
	    cfg_int(f->req->cfg, "Account.ResetMinutes"), token)) == 0) {
		hdf_set_value(m, "Mail.Name", hdf_get_value(m, "P.full_name", ""));
		hdf_set_value(m, "Mail.Token", token);
		hdf_set_int_value(m, "Mail.Minutes",
		    (int)cfg_int(f->req->cfg, "Account.ResetMinutes"));
		rc = queue_mail(f->req, m, "Reset", f->email);
	}
	if (rc == 0)
		rc = page_audit(f->req, "password.reset_request", "account", id, id, NULL);
	OPENSSL_cleanse(token, sizeof(token));
	hdf_destroy(&m);
	return rc;
}

static struct result
p_forgot(struct request *req)
{
	struct forgot f = { req, req->val[0].s };
	int rc;

	hdf_set_value(req->hdf, "Page.Nav", "account");
	if (req->nerrors) {
		req_form_to_hdf(req);
		req->status = 422;
		return req_render(req, T_FORGOT);
	}
	/* the same answer whether the address has an account or not */
	if ((rc = db_tx(req->db, forgot_tx, &f)) != 0)
		return req_form_db_failed(req, T_FORGOT, rc);
	return req_redirect(req, "/tai-khoan/da-gui-thu?loai=mat-khau");
}

enum { RS_TOKEN, RS_PASSWORD, RS_PASSWORD2, RS__MAX };
static const struct field f_reset[RS__MAX] = {
	[RS_TOKEN] = { "ma", V_TOKEN, F_REQUIRED, 1, 100, NULL },
	[RS_PASSWORD] = { "mat_khau_moi", V_SECRET, F_REQUIRED, PASSWORD_MIN, PASSWORD_MAX, NULL },
	[RS_PASSWORD2] = { "nhap_lai", V_SECRET, F_REQUIRED, 1, PASSWORD_MAX, NULL },
};

static struct result
p_reset_form(struct request *req)
{
	long long id;
	int rc;

	rc = req->val[0].err == VE_OK ?
	    link_check(req->db, req->val[0].s, "reset", 0, &id) : 0;
	if (rc < 0)
		return res_db(rc);
	if (rc == 0)
		return acct_message(req, "LinkBad", 404);
	hdf_set_value(req->hdf, "Form.ma.Value", req->val[0].s);
	return req_render(req, T_RESET);
}

struct reset {
	struct request *req;
	const char *token;
	const char *hash;
	int valid;
};

static int
reset_tx(struct db *db, void *ctx)
{
	struct reset *r = ctx;
	HDF *m = NULL;
	long long id = 0;
	int rc;

	if ((rc = link_check(db, r->token, "reset", 1, &id)) <= 0) {
		r->valid = 0;
		return rc;
	}
	r->valid = 1;
	if ((rc = person_set_password(db, id, r->hash)) < 0 ||
	    (rc = session_end_others(db, id, 0)) < 0 ||
	    (rc = login_clear(db, id)) < 0)
		return rc;
	if (hdf_init(&m))
		abort();
	if ((rc = person_get(db, id, m, "P")) > 0) {
		hdf_set_value(m, "Mail.Name", hdf_get_value(m, "P.full_name", ""));
		rc = queue_mail(r->req, m, "Changed", hdf_get_value(m, "P.email", ""));
	}
	hdf_destroy(&m);
	if (rc < 0)
		return rc;
	return page_audit(r->req, "password.reset", "account", id, id, NULL);
}

static struct result
p_reset(struct request *req)
{
	struct reset r;
	char hash[PASSWORD_HASH_MAX];
	int rc;

	check_new_password(req, RS_PASSWORD, RS_PASSWORD2);
	if (req->nerrors) {
		if (req->val[RS_TOKEN].err != VE_OK)
			return acct_message(req, "LinkBad", 404);
		req_form_to_hdf(req);
		req->status = 422;
		return req_render(req, T_RESET);
	}
	if (password_hash(req->cfg, req->val[RS_PASSWORD].s, hash, sizeof(hash)) < 0)
		return res_fail(500, "password_hash failed");
	r.req = req;
	r.token = req->val[RS_TOKEN].s;
	r.hash = hash;
	r.valid = 0;
	rc = db_tx(req->db, reset_tx, &r);
	OPENSSL_cleanse(hash, sizeof(hash));
	if (rc != 0)
		return res_db(rc);
	if (!r.valid)
		return acct_message(req, "LinkBad", 404);
	return acct_message(req, "ResetDone", 0);
}

/* --- the person's own pages -------------------------------------------------------- */

/* GET /tai-khoan  -- account.cs: everything held about the person, their
 * sessions, and which officers opened their data. */
static struct result
p_account(struct request *req)
{
	const struct user *u = req->user;
	struct access_object o = { OBJ_ACCOUNT, u->id, u->agency_id, u->kind == UK_STAFF,
	    0, 0, NULL, 0, 0 };
	int rc, deny;

	rc = person_get(req->db, u->id, req->hdf, "Person");
	if ((deny = access_object(u, ACT_READ, &o, rc)) != 0)
		return res_status(deny);
	if ((rc = person_sessions(req->db, u->id, req->hdf, "Sessions")) < 0 ||
	    (rc = person_accesses(req->db, u->id, req->hdf, "Accesses", 50)) < 0)
		return res_db(rc);
	hdf_set_value(req->hdf, "Page.Nav", "account");
	{
		char sid[24];

		snprintf(sid, sizeof(sid), "%lld", u->session_id);
		hdf_set_value(req->hdf, "Page.SessionId", sid);
	}
	if ((rc = page_audit(req, "account.read", "account", u->id, u->id, NULL)) < 0)
		return res_db(rc);
	return req_render(req, T_ACCOUNT);
}

/* GET /tai-khoan/du-lieu/tai-ve: the same, whole, as a JSON file. */
static struct result
p_export(struct request *req)
{
	int rc;

	if ((rc = person_export(req->db, req->user->id, &req->out)) < 0)
		return res_db(rc);
	if (rc == 0)
		return res_status(404);
	if ((rc = page_audit(req, "account.export", "account", req->user->id,
	    req->user->id, NULL)) < 0)
		return res_db(rc);
	req->status = 200;
	req->content_type = "application/json; charset=utf-8";
	req_header(req, "Content-Disposition",
	    "attachment; filename=\"du-lieu-ca-nhan.json\"");
	return res_ok();
}

/* POST /tai-khoan/phien/:id/ket-thuc: end one of one's own sessions. */
static const struct field f_session_id[1] = {
	{ "id", V_INT, F_PATH | F_REQUIRED, 1, 999999999999L, NULL },
};

struct end_one {
	struct request *req;
	long long sid;
	int deny;		/* access_object's refusal: nothing done */
};

static int
end_one_tx(struct db *db, void *ctx)
{
	struct end_one *e = ctx;
	struct access_object o = { OBJ_SESSION, 0, 0, 0, 0, 0, NULL, 0, 0 };
	int rc;

	rc = session_owner(db, e->sid, &o.owner_id);
	if ((e->deny = access_object(e->req->user, ACT_CHANGE, &o, rc)) != 0)
		return rc < 0 ? rc : 0;
	if ((rc = session_end(db, e->sid)) < 0)
		return rc;
	return page_audit(e->req, "session.end", "session", e->sid,
	    e->req->user->id, NULL);
}

static struct result
p_session_end(struct request *req)
{
	struct end_one e = { req, req->val[0].i, 0 };
	int rc;

	if ((rc = db_tx(req->db, end_one_tx, &e)) != 0)
		return res_db(rc);
	if (e.deny)
		return res_status(e.deny);
	return req_redirect(req, e.sid == req->user->session_id ?
	    "/tai-khoan/dang-nhap" : "/tai-khoan#phien");
}

/* GET, POST /tai-khoan/doi-mat-khau: ends every other session. */
enum { PW_OLD, PW_NEW, PW_NEW2, PW__MAX };
static const struct field f_password[PW__MAX] = {
	[PW_OLD] = { "mat_khau", V_SECRET, F_REQUIRED, 1, PASSWORD_MAX, NULL },
	[PW_NEW] = { "mat_khau_moi", V_SECRET, F_REQUIRED, PASSWORD_MIN, PASSWORD_MAX, NULL },
	[PW_NEW2] = { "nhap_lai", V_SECRET, F_REQUIRED, 1, PASSWORD_MAX, NULL },
};

static struct result
p_password_form(struct request *req)
{
	hdf_set_value(req->hdf, "Page.Nav", "account");
	return req_render(req, T_PASSWORD);
}

/* Checks the current password a person re-types before a change: 1, 0
 * (the field gets its message) or a db_rc. */
static int
current_password_ok(struct request *req, int field)
{
	char stored[PASSWORD_HASH_MAX];
	int rc;

	if (req->val[field].err != VE_OK)
		return 0;
	if ((rc = person_password(req->db, req->user->id, stored, sizeof(stored))) < 0)
		return rc;
	if (rc == 0 || password_verify(req->cfg, req->val[field].s, stored) != 1) {
		field_fail(req, field, "password_wrong");
		return 0;
	}
	return 1;
}

struct change {
	struct request *req;
	const char *hash;
};

static int
change_tx(struct db *db, void *ctx)
{
	struct change *c = ctx;
	const struct user *u = c->req->user;
	HDF *m = NULL;
	int rc;

	if ((rc = person_set_password(db, u->id, c->hash)) < 0 ||
	    (rc = session_end_others(db, u->id, u->session_id)) < 0)
		return rc;
	if (hdf_init(&m))
		abort();
	if ((rc = person_get(db, u->id, m, "P")) > 0 && hdf_get_value(m, "P.email", NULL)) {
		hdf_set_value(m, "Mail.Name", hdf_get_value(m, "P.full_name", ""));
		rc = queue_mail(c->req, m, "Changed", hdf_get_value(m, "P.email", ""));
	}
	hdf_destroy(&m);
	if (rc < 0)
		return rc;
	return page_audit(c->req, "password.change", "account", u->id, u->id, NULL);
}

static struct result
p_password(struct request *req)
{
	struct change c;
	char hash[PASSWORD_HASH_MAX];
	int rc;

	hdf_set_value(req->hdf, "Page.Nav", "account");
	if ((rc = current_password_ok(req, PW_OLD)) < 0)
		return res_db(rc);
	check_new_password(req, PW_NEW, PW_NEW2);
	if (req->nerrors) {
		req_form_to_hdf(req);
		req->status = 422;
		return req_render(req, T_PASSWORD);
	}
	if (password_hash(req->cfg, req->val[PW_NEW].s, hash, sizeof(hash)) < 0)
		return res_fail(500, "password_hash failed");
	c.req = req;
	c.hash = hash;
	rc = db_tx(req->db, change_tx, &c);
	OPENSSL_cleanse(hash, sizeof(hash));
	if (rc != 0)
		return res_db(rc);
	return acct_message(req, "PasswordChanged", 0);
}

/* GET, POST /tai-khoan/xoa: erase the account, once no dossier is open. */
static const struct field f_delete[1] = {
	{ "mat_khau", V_SECRET, F_REQUIRED, 1, PASSWORD_MAX, NULL },
};

static struct result
p_delete_form(struct request *req)
{
	long long open_ = 0;
	int rc;

	if ((rc = person_open_dossiers(req->db, req->user->id, &open_)) < 0)
		return res_db(rc);
	hdf_set_int_value(req->hdf, "Page.OpenDossiers", (int)open_);
	hdf_set_value(req->hdf, "Page.Nav", "account");
	return req_render(req, T_DELETE);
}

struct erase {
	struct request *req;
	long long open_;
};

static int
erase_tx(struct db *db, void *ctx)
{
	struct erase *e = ctx;
	const struct user *u = e->req->user;
	HDF *m = NULL;
	char *email = NULL;
	int rc;

	if ((rc = person_open_dossiers(db, u->id, &e->open_)) < 0)
		return rc;
	if (e->open_ > 0)
		return 0;
	if (hdf_init(&m))
		abort();
	/* the goodbye mail goes to the address before it is erased */
	if ((rc = person_get(db, u->id, m, "P")) > 0 &&
	    hdf_get_value(m, "P.email", NULL))
		email = xstrdup(hdf_get_value(m, "P.email", ""));
	hdf_set_value(m, "Mail.Name", hdf_get_value(m, "P.full_name", ""));
	if (rc >= 0 && (rc = person_erase(db, u->id)) == 0 && email)
		rc = queue_mail(e->req, m, "Deleted", email);
	free(email);
	hdf_destroy(&m);
	if (rc == PERSON_NONE)
		rc = DB_ERR;	/* a logged-in citizen's row vanished: roll back */
	if (rc != 0)
		return rc;
	return page_audit(e->req, "account.erase", "account", u->id, u->id, NULL);
}

static struct result
p_delete(struct request *req)
{
	struct erase e = { req, 0 };
	int rc;

	hdf_set_value(req->hdf, "Page.Nav", "account");
	if (req->user->kind == UK_STAFF)
		return res_status(403);	/* staff accounts are closed by their admins */
	if ((rc = current_password_ok(req, 0)) < 0)
		return res_db(rc);
	if (req->nerrors) {
		req_form_to_hdf(req);
		req->status = 422;
		return req_render(req, T_DELETE);
	}
	if ((rc = db_tx(req->db, erase_tx, &e)) != 0)
		return res_db(rc);
	if (e.open_ > 0) {
		hdf_set_int_value(req->hdf, "Page.OpenDossiers", (int)e.open_);
		req->status = 409;
		return req_render(req, T_DELETE);
	}
	page_session_cookie(req, NULL, 0, 0);
	return acct_message(req, "Deleted", 0);
}

/* --- the table ---------------------------------------------------------------- */

#define STAFF_ROLES ROLES_ALL
#define ADMIN_ROLES ROLES_ADMIN
#define PROVINCE_ROLES ROLE_BIT(ROLE_PROVINCE_ADMIN)

/* method, pattern, handler, flags, fields, roles (0: anyone) */
static const struct route routes[] = {
	{ M_GET, "/tai-khoan/dang-nhap", p_login_form, RF_FORM, f_login, LG__MAX, 0 },
	{ M_POST, "/tai-khoan/dang-nhap", p_login, RF_CSRF | RF_PERSONAL, f_login, LG__MAX, 0 },
	{ M_GET, "/tai-khoan/dang-xuat", p_logout_form, RF_FORM | RF_LOGIN, NULL, 0, 0 },
	{ M_POST, "/tai-khoan/dang-xuat", p_logout, RF_CSRF | RF_LOGIN, NULL, 0, 0 },
	{ M_GET, "/tai-khoan/dang-ky", p_register_form, RF_FORM, FIELDS(f_register), 0 },
	{ M_POST, "/tai-khoan/dang-ky", p_register, RF_CSRF | RF_PERSONAL, FIELDS(f_register), 0 },
	{ M_GET, "/tai-khoan/da-gui-thu", p_mail_sent, 0, FIELDS(f_sent), 0 },
	{ M_GET, "/tai-khoan/xac-nhan", p_confirm_form, RF_FORM | RF_PERSONAL, FIELDS(f_confirm), 0 },
	{ M_POST, "/tai-khoan/xac-nhan", p_confirm, RF_CSRF | RF_PERSONAL, FIELDS(f_confirm), 0 },
	{ M_GET, "/tai-khoan/quen-mat-khau", p_forgot_form, RF_FORM, NULL, 0, 0 },
	{ M_POST, "/tai-khoan/quen-mat-khau", p_forgot, RF_CSRF | RF_PERSONAL, FIELDS(f_forgot), 0 },
	{ M_GET, "/tai-khoan/dat-lai-mat-khau", p_reset_form, RF_FORM | RF_PERSONAL, FIELDS(f_link), 0 },
	{ M_POST, "/tai-khoan/dat-lai-mat-khau", p_reset, RF_CSRF | RF_PERSONAL, FIELDS(f_reset), 0 },
	{ M_GET, "/tai-khoan", p_account, RF_LOGIN, NULL, 0, 0 },
	{ M_GET, "/tai-khoan/du-lieu/tai-ve", p_export, RF_LOGIN, NULL, 0, 0 },
	{ M_POST, "/tai-khoan/phien/:id/ket-thuc", p_session_end, RF_LOGIN | RF_CSRF, FIELDS(f_session_id), 0 },
	{ M_GET, "/tai-khoan/doi-mat-khau", p_password_form, RF_LOGIN | RF_FORM, NULL, 0, 0 },
	{ M_POST, "/tai-khoan/doi-mat-khau", p_password, RF_LOGIN | RF_CSRF, FIELDS(f_password), 0 },
	{ M_GET, "/tai-khoan/xoa", p_delete_form, RF_LOGIN | RF_FORM, NULL, 0, 0 },
	{ M_POST, "/tai-khoan/xoa", p_delete, RF_LOGIN | RF_CSRF, FIELDS(f_delete), 0 },
	/* staff (staff.c) */
	{ M_GET, "/can-bo/dang-nhap", p_staff_login_form, RF_FORM, f_login, LG__MAX, 0 },
	{ M_POST, "/can-bo/dang-nhap", p_staff_login, RF_CSRF | RF_PERSONAL, f_login, LG__MAX, 0 },
	{ M_GET, "/can-bo/xac-thuc", p_totp_form, RF_FORM | RF_PERSONAL, NULL, 0, 0 },
	{ M_POST, "/can-bo/xac-thuc", p_totp, RF_CSRF | RF_PERSONAL, FIELDS(f_totp), 0 },
	{ M_GET, "/can-bo/thiet-lap-xac-thuc", p_totp_setup_form, RF_FORM | RF_PERSONAL, NULL, 0, 0 },
	{ M_POST, "/can-bo/thiet-lap-xac-thuc", p_totp_setup, RF_CSRF | RF_PERSONAL, FIELDS(f_totp_setup), 0 },
	{ M_GET, "/can-bo", p_staff_home, 0, NULL, 0, STAFF_ROLES },
	/* administration, section 4: agencies change (admin_agency.c) */
	{ M_GET, "/quan-tri/co-quan", p_admin_agencies, RF_PERSONAL, NULL, 0, ROLE_BIT(ROLE_PROVINCE_ADMIN) },
	{ M_GET, "/quan-tri/co-quan/:ma", p_admin_agency, RF_PERSONAL | RF_FORM, FIELDS(f_agency_code), ROLE_BIT(ROLE_PROVINCE_ADMIN) },
	{ M_POST, "/quan-tri/co-quan/:ma/thay-doi", p_admin_agency_change, RF_CSRF | RF_PERSONAL, FIELDS(f_agency_change), ROLE_BIT(ROLE_PROVINCE_ADMIN) },
	{ M_POST, "/quan-tri/co-quan/:ma/huy/:id", p_admin_agency_cancel, RF_CSRF, FIELDS(f_agency_cancel), ROLE_BIT(ROLE_PROVINCE_ADMIN) },
	/* issue 16 section 1: administration's home and the catalogue editor
	 * (admin_catalog.c); cong-bo and ngung before :part, which would
	 * take them */
	{ M_GET, "/quan-tri", p_admin_home, 0, NULL, 0, ROLES_ADMIN },
	{ M_GET, "/quan-tri/thu-tuc", p_cat_list, RF_FORM, NULL, 0, ROLES_ADMIN },
	{ M_POST, "/quan-tri/thu-tuc", p_cat_new, RF_CSRF | RF_FORM, FIELDS(f_cat_new), ROLES_ADMIN },
	{ M_GET, "/quan-tri/thu-tuc/:code", p_cat_edit, RF_FORM, FIELDS(f_cat_code), ROLES_ADMIN },
	{ M_POST, "/quan-tri/thu-tuc/:code/cong-bo", p_cat_publish, RF_CSRF | RF_FORM, FIELDS(f_cat_publish), ROLES_ADMIN },
	{ M_POST, "/quan-tri/thu-tuc/:code/ngung", p_cat_withdraw, RF_CSRF | RF_FORM, FIELDS(f_cat_withdraw), ROLES_ADMIN },
	{ M_POST, "/quan-tri/thu-tuc/:code/:part", p_cat_save, RF_CSRF | RF_FORM, FIELDS(f_cat_save), ROLES_ADMIN },
	/* issue 16 sections 2 and 3: staff and roles (admin_staff.c), the
	 * province's settings (admin_settings.c) */
	{ M_GET, "/can-bo/loi-moi", p_staff_accept_form, RF_FORM | RF_PERSONAL, FIELDS(f_staff_accept_link), 0 },
	{ M_POST, "/can-bo/loi-moi", p_staff_accept, RF_CSRF | RF_PERSONAL, FIELDS(f_staff_accept), 0 },
	{ M_GET, "/quan-tri/nhan-vien", p_admin_staff_list, RF_PERSONAL, NULL, 0, ADMIN_ROLES },
	{ M_GET, "/quan-tri/nhan-vien/moi", p_admin_staff_invite_form, RF_FORM | RF_PERSONAL, NULL, 0, ADMIN_ROLES },
	{ M_POST, "/quan-tri/nhan-vien/moi", p_admin_staff_invite, RF_CSRF | RF_PERSONAL, FIELDS(f_admin_staff_invite), ADMIN_ROLES },
	{ M_GET, "/quan-tri/nhan-vien/:id", p_admin_staff_one, RF_FORM | RF_PERSONAL, FIELDS(f_staff_id), ADMIN_ROLES },
	{ M_POST, "/quan-tri/nhan-vien/:id/vai-tro", p_admin_staff_roles, RF_CSRF | RF_PERSONAL, FIELDS(f_admin_staff_roles), ADMIN_ROLES },
	{ M_POST, "/quan-tri/nhan-vien/:id/khoa", p_admin_staff_disable, RF_CSRF, FIELDS(f_staff_id), ADMIN_ROLES },
	{ M_POST, "/quan-tri/nhan-vien/:id/mo-khoa", p_admin_staff_enable, RF_CSRF, FIELDS(f_staff_id), ADMIN_ROLES },
	{ M_GET, "/quan-tri/lich", p_admin_calendar, RF_FORM, FIELDS(f_admin_calendar_year), PROVINCE_ROLES },
	{ M_POST, "/quan-tri/lich/xem-truoc", p_admin_calendar_preview, RF_CSRF | RF_FORM, FIELDS(f_admin_calendar_day), PROVINCE_ROLES },
	{ M_POST, "/quan-tri/lich/luu", p_admin_calendar_save, RF_CSRF, FIELDS(f_admin_calendar_day), PROVINCE_ROLES },
	{ M_GET, "/quan-tri/gop-y", p_admin_feedback_list, RF_PERSONAL, FIELDS(f_admin_feedback_filter), PROVINCE_ROLES },
	{ M_GET, "/quan-tri/gop-y/:id", p_admin_feedback_one, RF_FORM | RF_PERSONAL, FIELDS(f_admin_feedback_id), PROVINCE_ROLES },
	{ M_POST, "/quan-tri/gop-y/:id/tra-loi", p_admin_feedback_answer, RF_CSRF | RF_PERSONAL, FIELDS(f_admin_feedback_answer), PROVINCE_ROLES },
	{ M_GET, "/quan-tri/thong-bao", p_admin_announce_list, RF_FORM, NULL, 0, PROVINCE_ROLES },
	{ M_POST, "/quan-tri/thong-bao", p_admin_announce_add, RF_CSRF, FIELDS(f_admin_announce), PROVINCE_ROLES },
	{ M_POST, "/quan-tri/thong-bao/:id/an", p_admin_announce_hide, RF_CSRF, FIELDS(f_admin_announce_id), PROVINCE_ROLES },
	{ M_POST, "/quan-tri/thong-bao/:id/hien", p_admin_announce_show, RF_CSRF, FIELDS(f_admin_announce_id), PROVINCE_ROLES },
	{ M_GET, "/quan-tri/mau-thong-bao", p_admin_profile, RF_FORM, NULL, 0, PROVINCE_ROLES },
	{ M_POST, "/quan-tri/mau-thong-bao", p_admin_profile_set, RF_CSRF, FIELDS(f_admin_profile), PROVINCE_ROLES },
	/* issue 16 section 3, level: the service-level scheme in force
	 * (admin_level.c) */
	{ M_GET, "/quan-tri/muc-do", p_admin_level, RF_FORM, NULL, 0, PROVINCE_ROLES },
	{ M_POST, "/quan-tri/muc-do", p_admin_level_set, RF_CSRF, FIELDS(f_admin_level), PROVINCE_ROLES },
	/* issue 16 section 1: the catalogue editor's form files (admin_forms.c);
	 * four segments after thu-tuc, so :part above never takes them */
	{ M_POST, "/quan-tri/thu-tuc/:code/bieu-mau/tai-len", p_cat_form_upload, RF_CSRF | RF_FORM | RF_UPLOAD, FIELDS(f_cat_form), ROLES_ADMIN },
	{ M_GET, "/quan-tri/thu-tuc/:code/bieu-mau/:sha", p_cat_form_view, 0, FIELDS(f_cat_form_get), ROLES_ADMIN },
};

/* libmagic's database for the form files' checks (admin_forms.c) */
static int
account_start(const struct config *cfg, char *err, size_t errlen)
{
	return intake_form_start(cfg, err, errlen);
}

static const struct responder account_responder = {
	"account", "Account", routes, sizeof(routes) / sizeof(routes[0]),
	tpls, T__MAX, NULL, NULL, NULL, NULL, NULL, 0, page_who, account_start,
	page_error_menu, NULL, NULL,
};

int
main(int argc, char **argv)
{
	return responder_main(argc, argv, &account_responder);
}
