/* dvc-account, staff side: the officers' login with its second factor
 * (TOTP, RFC 6238, required for agency and province admins), their home
 * page, and the admins' view of the staff records they are responsible
 * for. The back office proper (dossiers) builds on these pages. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/crypto.h>

#include "core/access.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/render.h"
#include "core/request.h"
#include "core/util.h"
#include "domain/account.h"
#include "domain/person.h"
#include "domain/session.h"
#include "domain/totp.h"
#include "pages/account.h"
#include "pages/common.h"

/* --- log in -------------------------------------------------------------- */

struct result
p_staff_login_form(struct request *req)
{
	if (req->user && req->user->kind == UK_STAFF)
		return req_redirect(req, "/can-bo");
	hdf_set_value(req->hdf, "Page.Staff", "1");
	return req_render(req, T_LOGIN);
}

struct result
p_staff_login(struct request *req)
{
	struct login l;
	struct result r;
	int rc, stage;

	hdf_set_value(req->hdf, "Page.Staff", "1");
	if (!acct_password_step(req, 1, &l, &r))
		return r;
	/* the password is the first step; admins, and anyone who turned it
	 * on, need the second */
	stage = l.totp_enabled ? STAGE_TOTP : l.totp_required ? STAGE_ENROL :
	    STAGE_FULL;
	if ((rc = acct_start_session(req, l.account_id, l.kind, stage,
	    stage == STAGE_FULL ? "login.ok" : "login.password_ok")) != 0)
		return acct_login_failed(req, rc, 0, T_LOGIN);
	return req_redirect(req, stage == STAGE_TOTP ? "/can-bo/xac-thuc" :
	    stage == STAGE_ENROL ? "/can-bo/thiet-lap-xac-thuc" : "/can-bo");
}

/* --- the second factor ------------------------------------------------------ */

const struct field f_totp[1] = {
	{ "ma_so", V_LINE, F_REQUIRED, 1, 32, NULL },
};

struct result
p_totp_form(struct request *req)
{
	if (req->pending == NULL || req->pending->stage != STAGE_TOTP)
		return req_redirect(req, "/can-bo/dang-nhap");
	return req_render(req, T_TOTP);
}

struct result
p_totp(struct request *req)
{
	unsigned char secret[64];
	const struct user *p = req->pending;
	long long last = 0, step = -1;
	int n, rc, ok = 0;

	if (p == NULL || p->stage != STAGE_TOTP)
		return req_redirect(req, "/can-bo/dang-nhap");
	if (req->nerrors)
		goto wrong;
	if ((n = totp_load(req->db, req->cfg, p->id, secret, &last)) < 0)
		return res_db(n);
	if (n > 0 && (step = totp_check(secret, (size_t)n, req->val[0].s,
	    time(NULL), last)) >= 0)
		ok = totp_take_step(req->db, p->id, step);
	else if ((ok = recovery_use(req->db, req->cfg, p->id, req->val[0].s)) == 1)
		page_audit(req, "totp.recovery_used", "account", p->id, p->id, NULL);
	if (ok < 0) {
		OPENSSL_cleanse(secret, sizeof(secret));
		return res_db(ok);
	}
	OPENSSL_cleanse(secret, sizeof(secret));
	if (ok) {
		if ((rc = acct_start_session(req, p->id, p->kind, STAGE_FULL, "login.ok")) != 0)
			return res_db(rc);
		return req_redirect(req, "/can-bo");
	}
wrong:
	page_audit(req, "login.totp_fail", "account", p->id, p->id, NULL);
	if ((rc = totp_wrong_code(req->db, p->session_id)) < 0)
		return res_db(rc);
	if (rc == 1) {
		page_session_cookie(req, NULL, 0, 0);
		return acct_message(req, "TotpTooMany", 403);
	}
	req->status = 422;
	hdf_set_value(req->hdf, "Form.ma_so.Error", render_lang("Valid.totp_wrong"));
	hdf_set_int_value(req->hdf, "Form.ErrorCount", 1);
	return req_render(req, T_TOTP);
}

/* --- setting it up ------------------------------------------------------------- */

enum { TS_KEY, TS_CODE };
const struct field f_totp_setup[2] = {
	[TS_KEY] = { "khoa", V_TOKEN, F_REQUIRED, 1, 200, NULL },
	[TS_CODE] = { "ma_so", V_LINE, F_REQUIRED, 1, 32, NULL },
};

/* Who may set up a second factor: a full staff login, or one that must
 * before it can go on. */
static const struct user *
enrolling(struct request *req)
{
	if (req->user && req->user->kind == UK_STAFF)
		return req->user;
	if (req->pending && req->pending->stage == STAGE_ENROL)
		return req->pending;
	return NULL;
}

/* Puts a secret on the page: for the app (base32, otpauth: URI) and,
 * sealed, in the form, so the server later accepts only a secret it
 * made. Nothing is stored until the person proves the app works. */
static struct result
show_setup(struct request *req, const unsigned char *secret, const char *sealed64)
{
	char b32[64];
	struct buf uri = BUF_INIT;

	totp_base32(secret, TOTP_SECRET_LEN, b32);
	hdf_set_value(req->hdf, "Totp.Key", b32);
	hdf_set_value(req->hdf, "Form.khoa.Value", sealed64);
	buf_adds(&uri, "otpauth://totp/");
	url_encode(&uri, cfg_str(req->cfg, "Site.ShortName"));
	buf_printf(&uri, "?secret=%s&issuer=", b32);
	url_encode(&uri, cfg_str(req->cfg, "Site.ShortName"));
	buf_adds(&uri, "&digits=6&period=30");
	hdf_set_value(req->hdf, "Totp.Uri", buf_str(&uri));
	buf_free(&uri);
	return req_render(req, T_TOTP_SETUP);
}

struct result
p_totp_setup_form(struct request *req)
{
	unsigned char secret[TOTP_SECRET_LEN], sealed[TOTP_SEALED_MAX];
	char sealed64[2 * TOTP_SEALED_MAX];
	size_t n = 0;
	struct result r;

	if (enrolling(req) == NULL)
		return req_redirect(req, "/can-bo/dang-nhap");
	random_bytes(secret, sizeof(secret));
	if (totp_seal(req->cfg, secret, sizeof(secret), sealed, &n) < 0)
		return res_fail(500, "totp_seal failed");
	b64url_encode(sealed, n, sealed64);
	r = show_setup(req, secret, sealed64);
	OPENSSL_cleanse(secret, sizeof(secret));
	return r;
}

struct enrol {
	struct request *req;
	const struct user *u;
	const unsigned char *sealed;
	size_t sealed_len;
	long long step;
	char codes[RECOVERY_CODES][RECOVERY_CODE_LEN + 1];
};

static int
enrol_tx(struct db *db, void *ctx)
{
	struct enrol *e = ctx;
	int rc;

	if ((rc = totp_enable(db, e->req->cfg, e->u->id, e->sealed, e->sealed_len,
	    e->step, e->codes)) < 0)
		return rc;
	return page_audit(e->req, "totp.enable", "account", e->u->id, e->u->id, NULL);
}

struct result
p_totp_setup(struct request *req)
{
	unsigned char sealed[TOTP_SEALED_MAX], secret[64];
	struct enrol e;
	struct result r;
	long n;
	size_t len = 0;
	int rc, i;

	memset(&e, 0, sizeof(e));
	if ((e.u = enrolling(req)) == NULL)
		return req_redirect(req, "/can-bo/dang-nhap");
	if (req->val[TS_KEY].err != VE_OK ||
	    (n = b64url_decode(req->val[TS_KEY].s, sealed, sizeof(sealed))) <= 0 ||
	    totp_unseal(req->cfg, sealed, (size_t)n, secret, &len) < 0 ||
	    len != TOTP_SECRET_LEN)
		return req_redirect(req, "/can-bo/thiet-lap-xac-thuc");
	if (req->val[TS_CODE].err != VE_OK ||
	    (e.step = totp_check(secret, len, req->val[TS_CODE].s, time(NULL), 0)) < 0) {
		req->status = 422;
		hdf_set_value(req->hdf, "Form.ma_so.Error", render_lang("Valid.totp_wrong"));
		hdf_set_int_value(req->hdf, "Form.ErrorCount", 1);
		r = show_setup(req, secret, req->val[TS_KEY].s);
		OPENSSL_cleanse(secret, sizeof(secret));
		return r;
	}
	OPENSSL_cleanse(secret, sizeof(secret));
	e.req = req;
	e.sealed = sealed;
	e.sealed_len = (size_t)n;
	if ((rc = db_tx(req->db, enrol_tx, &e)) != 0)
		return res_db(rc);
	/* a login waiting for this step becomes a full one */
	if (req->user == NULL &&
	    (rc = acct_start_session(req, e.u->id, e.u->kind, STAGE_FULL, "login.ok")) != 0)
		return res_db(rc);
	/* shown once, on this page, never stored in clear */
	for (i = 0; i < RECOVERY_CODES; i++) {
		char k[32];

		snprintf(k, sizeof(k), "Codes.%d", i);
		hdf_set_value(req->hdf, k, e.codes[i]);
	}
	OPENSSL_cleanse(e.codes, sizeof(e.codes));
	hdf_set_value(req->hdf, "Totp.Done", "1");
	req->no_store = 1;
	return req_render(req, T_TOTP_SETUP);
}

/* --- staff pages ------------------------------------------------------------------- */

void
roles_to_hdf(HDF *hdf, const char *prefix, unsigned roles)
{
	char k[64];
	int i, n = 0;

	for (i = 0; i < ROLE__MAX; i++)
		if (roles & ROLE_BIT(i)) {
			snprintf(k, sizeof(k), "%s.%d", prefix, n++);
			hdf_set_value(hdf, k, role_names[i]);
		}
}

/* GET /can-bo: who the officer is and where to go. */
struct result
p_staff_home(struct request *req)
{
	int rc;

	if ((rc = person_get(req->db, req->user->id, req->hdf, "Person")) < 0)
		return res_db(rc);
	roles_to_hdf(req->hdf, "Person.Roles", req->user->roles);
	if (req->user->roles & ROLES_ADMIN)
		hdf_set_value(req->hdf, "Page.Admin", "1");
	if (req->user->roles & ROLES_OVERSIGHT)
		hdf_set_value(req->hdf, "Page.Oversight", "1");
	hdf_set_value(req->hdf, "Page.Nav", "staff");
	if ((rc = page_staff_menu(req)) < 0)
		return res_db(rc);
	return req_render(req, T_STAFF_HOME);
}
