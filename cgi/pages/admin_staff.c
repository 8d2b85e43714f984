/* dvc-account, administration (issue 16 section 2): staff and their roles.
 *
 * Agency admins invite the officers of their agency by mail, give and
 * take their working roles, disable and enable them; the province's
 * admins do this for every agency and manage the admins. Who may touch
 * which record is decided in one place, access_object (OBJ_ACCOUNT,
 * core/access.c): the pages load the record's facts and ask. Every
 * change is audited and mailed to the person in the transaction that
 * makes it.
 *
 * The invitee opens the mailed link (/can-bo/loi-moi, a one-use token of
 * account_token, purpose 'invite', valid Account.ConfirmHours) and sets a
 * password; a person given an admin role sets up the second factor at
 * the first login (the staff login's enrolment, staff.c). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>

#include "core/access.h"
#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/render.h"
#include "core/request.h"
#include "core/util.h"
#include "domain/account.h"
#include "domain/person.h"
#include "pages/account.h"
#include "pages/common.h"

static const char *const ticked[] = { "1", NULL };

/* The role tick boxes, one field each (a name sent twice is refused):
 * vai_tro_<role>, in enum role's order. */
#define ROLE_FIELD(r, name) { "vai_tro_" name, V_ENUM, 0, 0, 0, ticked }
#define ROLE_FIELDS \
	ROLE_FIELD(ROLE_RECEPTION, "reception"), \
	ROLE_FIELD(ROLE_SPECIALIST, "specialist"), \
	ROLE_FIELD(ROLE_LEADER, "leader"), \
	ROLE_FIELD(ROLE_AGENCY_ADMIN, "agency_admin"), \
	ROLE_FIELD(ROLE_PROVINCE_ADMIN, "province_admin"), \
	ROLE_FIELD(ROLE_INSPECTOR, "inspector")

/* The roles ticked in the fields from first on (ROLE__MAX of them). */
static unsigned
roles_ticked(const struct request *req, int first)
{
	unsigned roles = 0;
	int i;

	for (i = 0; i < ROLE__MAX; i++)
		if (req->val[first + i].err == VE_OK && req->val[first + i].present)
			roles |= ROLE_BIT(i);
	return roles;
}

/* Roles from account_list's "reception,leader" form. */
static unsigned
roles_of(const char *csv)
{
	char *s = xstrdup(csv ? csv : ""), *tok, *save = NULL;
	unsigned roles = 0;
	int r;

	for (tok = strtok_r(s, ",", &save); tok; tok = strtok_r(NULL, ",", &save))
		if ((r = role_from_name(tok)) >= 0)
			roles |= ROLE_BIT(r);
	free(s);
	return roles;
}

/* The roles this admin may give: working roles for an agency admin,
 * every role for the province's. */
static unsigned
roles_givable(const struct user *u)
{
	return (u->roles & ROLE_BIT(ROLE_PROVINCE_ADMIN)) ? ROLES_ALL : ROLES_WORK;
}

/* Page.RoleChoice.N.{name, field}: the tick boxes the form shows. */
static void
role_choices(struct request *req)
{
	unsigned can = roles_givable(req->user);
	char k[96];
	int i, n = 0;

	for (i = 0; i < ROLE__MAX; i++)
		if (can & ROLE_BIT(i)) {
			snprintf(k, sizeof(k), "Page.RoleChoice.%d", n++);
			hdf_set_value(req->hdf, k, role_names[i]);
		}
}

/* The roles in words, for the audit record and the mail. */
static void
roles_words(struct buf *b, unsigned roles)
{
	static const char *const key[ROLE__MAX] = {
		"Staff.RoleReception", "Staff.RoleSpecialist", "Staff.RoleLeader",
		"Staff.RoleAgencyAdmin", "Staff.RoleProvinceAdmin", "Staff.RoleInspector",
	};
	const char *w;
	int i, n = 0;

	for (i = 0; i < ROLE__MAX; i++)
		if (roles & ROLE_BIT(i)) {
			w = render_lang(key[i]);
			buf_printf(b, "%s%s", n++ ? ", " : "", w ? w : role_names[i]);
		}
}

void
admin_fail(struct request *req, int field, const char *key)
{
	char k[128];
	const char *msg, *name = field >= 0 ? req->route->fields[field].name : "vai_tro";

	snprintf(k, sizeof(k), "Admin.Org.Valid.%s", key);
	msg = render_lang(k);
	if (field < 0 || req->val[field].err == VE_OK)
		req->nerrors++;
	if (field >= 0)
		req->val[field].err = VE_FORMAT;	/* kept for re-display */
	snprintf(k, sizeof(k), "Form.%s.Error", name);
	hdf_set_value(req->hdf, k, msg ? msg : "Giá trị không hợp lệ.");
}

static int
menu(struct request *req)
{
	hdf_set_value(req->hdf, "Page.Nav", "staff");
	return page_staff_menu(req);
}

/* --- the list ------------------------------------------------------------- */

/* GET /quan-tri/nhan-vien (admins): an agency admin sees their agency's
 * staff, a province admin everyone's. Template admin_staff_list.cs. */
struct result
p_admin_staff_list(struct request *req)
{
	int province = (req->user->roles & ROLE_BIT(ROLE_PROVINCE_ADMIN)) != 0;
	HDF *s;
	int rc;

	/* an agency admin holds an agency: 0 never means "all" for them */
	if (!province && req->user->agency_id <= 0)
		return res_status(404);
	rc = account_list(req->db, req->hdf, "Staff", NULL,
	    province ? 0 : req->user->agency_id);
	if (rc < 0)
		return res_db(rc);
	for (s = hdf_get_child(req->hdf, "Staff"); s; s = hdf_obj_next(s))
		roles_to_hdf(s, "Role", roles_of(hdf_get_value(s, "roles", "")));
	if ((rc = menu(req)) < 0)
		return res_db(rc);
	return req_render(req, T_ADMIN_STAFF_LIST);
}

/* --- one record ------------------------------------------------------------- */

enum { SR_ID, SR_ROLE0, SR__MAX = SR_ROLE0 + ROLE__MAX };
const struct field f_staff_id[1] = {
	{ "id", V_INT, F_PATH | F_REQUIRED, 1, 999999999999L, NULL },
};
const struct field f_admin_staff_roles[SR__MAX] = {
	[SR_ID] = { "id", V_INT, F_PATH | F_REQUIRED, 1, 999999999999L, NULL },
	ROLE_FIELDS,
};

/* Loads a staff record's ownership facts (into into.prefix) and asks the
 * access function, for act with the roles it holds and those in more
 * (the roles it would be given): access_object's answer (0 if the admin
 * may, 403, 404, 503); *held gets the roles it holds. */
static int
staff_access(struct request *req, enum access_act act, long long id,
    unsigned more, HDF *into, const char *prefix, unsigned *held)
{
	struct access_object o = { OBJ_ACCOUNT, 0, 0, 0, 0, 0, NULL, 0, 0 };
	int rc;

	*held = 0;
	rc = account_record(req->db, id, into, prefix);
	if (rc > 0) {
		HDF *r = hdf_get_obj(into, prefix);

		o.owner_id = hdf_ll(r, "id");
		o.agency_id = hdf_ll(r, "agency_id");
		o.staff = strcmp(hdf_get_value(r, "kind", ""), "staff") == 0;
		*held = roles_of(hdf_get_value(r, "roles", ""));
		o.roles = *held | more;
	}
	return access_object(req->user, act, &o, rc);
}

/* The record's page: facts, the roles form, disable or enable. */
static struct result
show_one(struct request *req, long long id, int status)
{
	struct access_object o = { OBJ_ACCOUNT, 0, 0, 1, 0, 0, NULL, 0, 0 };
	unsigned held;
	char k[96];
	int rc, i;

	if ((rc = staff_access(req, ACT_READ, id, 0, req->hdf, "Member", &held)) != 0) {
		hdf_remove_tree(req->hdf, "Member");
		return res_status(rc);
	}
	/* a read is recorded (the officer sees who opened their record);
	 * the form shown again after an error was read already */
	if (status == 0 && (rc = page_audit(req, "account.read", "account", id, id, NULL)) < 0)
		return res_db(rc);
	roles_to_hdf(req->hdf, "Member.Role", held);
	o.owner_id = id;
	o.agency_id = hdf_ll(hdf_get_obj(req->hdf, "Member"), "agency_id");
	o.roles = held;
	if (id == req->user->id)
		hdf_set_value(req->hdf, "Page.Self", "1");
	else if (access_object(req->user, ACT_CHANGE, &o, 1) == 0)
		hdf_set_value(req->hdf, "Page.MayChange", "1");
	role_choices(req);
	/* the form shows the roles held, unless it comes back with an error */
	if (status == 0)
		for (i = 0; i < ROLE__MAX; i++)
			if (held & ROLE_BIT(i)) {
				snprintf(k, sizeof(k), "Form.vai_tro_%s.Value", role_names[i]);
				hdf_set_value(req->hdf, k, "1");
			}
	if (status)
		req->status = status;
	if ((rc = menu(req)) < 0)
		return res_db(rc);
	return req_render(req, T_ADMIN_STAFF_ONE);
}

/* GET /quan-tri/nhan-vien/:id (admins), with ?da_moi=1 after an
 * invitation. Template admin_staff_one.cs. */
struct result
p_admin_staff_one(struct request *req)
{
	return show_one(req, req->val[0].i, 0);
}

/* A change of a staff record: roles, or status. */
struct staff_change {
	struct request *req;
	long long id;
	unsigned roles;		/* roles: the new ones */
	int status;		/* -1: roles; 0: disable; 1: enable */
	int deny;		/* access_object's refusal: nothing done */
};

static int
change_tx(struct db *db, void *ctx)
{
	struct staff_change *c = ctx;
	struct buf detail = BUF_INIT, words = BUF_INIT;
	const char *action, *kind;
	unsigned held;
	HDF *t = NULL;
	int rc;

	if (hdf_init(&t))
		abort();
	c->deny = staff_access(c->req, ACT_CHANGE, c->id,
	    c->status < 0 ? c->roles : 0, t, "M", &held);
	/* an invitation waits for the person's own password: enabling would
	 * make an account nobody can log in to, and spend the link */
	if (c->deny == 0 && c->status == 1 &&
	    strcmp(hdf_get_value(t, "M.status", ""), "pending") == 0)
		c->deny = 409;
	if (c->deny) {
		hdf_destroy(&t);
		return 0;
	}
	if (c->status < 0) {
		rc = account_set_roles(db, c->id, c->roles);
		action = "staff.roles";
		kind = "OrgRoles";
		roles_words(&words, c->roles);
		buf_adds(&detail, "vai trò trước: ");
		roles_words(&detail, held);
		buf_printf(&detail, "; nay: %s", buf_str(&words));
	} else {
		/* the same change as dvcctl user disable/enable: a disabled
		 * officer's sessions end at once */
		rc = account_set_status(db, hdf_get_value(t, "M.email", ""),
		    c->status ? "active" : "disabled");
		if (rc == ACCOUNT_NONE)
			rc = DB_ERR;	/* the record just read vanished: roll back */
		action = c->status ? "staff.enable" : "staff.disable";
		kind = c->status ? "OrgEnabled" : "OrgDisabled";
	}
	if (rc == 0)
		rc = page_audit(c->req, action, "account", c->id, c->id,
		    detail.len ? buf_str(&detail) : NULL);
	if (rc == 0) {
		hdf_set_value(t, "Mail.Name", hdf_get_value(t, "M.full_name", ""));
		if (words.len)
			hdf_set_value(t, "Mail.Note", buf_str(&words));
		rc = page_mail(c->req, T_MAIL, t, kind, hdf_get_value(t, "M.email", ""));
	}
	buf_free(&detail);
	buf_free(&words);
	hdf_destroy(&t);
	return rc;
}

static struct result
change(struct request *req, unsigned roles, int status)
{
	struct staff_change c = { req, req->val[0].i, roles, status, 0 };
	char to[80];
	int rc;

	if (c.id == req->user->id)
		return res_status(409);	/* nobody locks themselves out */
	if ((rc = db_tx(req->db, change_tx, &c)) != 0)
		return res_db(rc);
	if (c.deny)
		return res_status(c.deny);
	snprintf(to, sizeof(to), "/quan-tri/nhan-vien/%lld", c.id);
	return req_redirect(req, to);
}

/* POST /quan-tri/nhan-vien/:id/khoa and /mo-khoa (admins). */
struct result
p_admin_staff_disable(struct request *req)
{
	return change(req, 0, 0);
}

struct result
p_admin_staff_enable(struct request *req)
{
	return change(req, 0, 1);
}

/* POST /quan-tri/nhan-vien/:id/vai-tro (admins): vai_tro_<role> ticked
 * for each role the officer is to hold (at least one). The roles it holds
 * are replaced and its sessions end (an admin role asks for the second
 * factor at the next login). */
struct result
p_admin_staff_roles(struct request *req)
{
	unsigned roles = roles_ticked(req, SR_ROLE0);

	if (roles == 0 && req->nerrors == 0)
		admin_fail(req, ROLES_FIELD, "roles_none");
	else if (roles & ~roles_givable(req->user))
		admin_fail(req, ROLES_FIELD, "roles_not_yours");
	if (req->nerrors) {
		req_form_to_hdf(req);
		return show_one(req, req->val[SR_ID].i, 422);
	}
	return change(req, roles, -1);
}

/* --- the invitation ------------------------------------------------------------ */

enum { IV_NAME, IV_EMAIL, IV_PHONE, IV_AGENCY, IV_ROLE0, IV__MAX = IV_ROLE0 + ROLE__MAX };
const struct field f_admin_staff_invite[IV__MAX] = {
	[IV_NAME] = { "ho_ten", V_NAME, F_REQUIRED, 2, 100, NULL },
	[IV_EMAIL] = { "email", V_EMAIL, F_REQUIRED, 3, 254, NULL },
	[IV_PHONE] = { "dien_thoai", V_PHONE, 0, 0, 20, NULL },
	[IV_AGENCY] = { "co_quan_id", V_INT, 0, 1, 999999999L, NULL },
	ROLE_FIELDS,
};

/* The form's facts: the agencies a province admin picks from
 * (Agencies.N), the agency admin's own agency (Page.OwnAgency). 0 or a
 * db_rc. */
static int
invite_facts(struct request *req)
{
	int rc;

	role_choices(req);
	if (req->user->roles & ROLE_BIT(ROLE_PROVINCE_ADMIN)) {
		hdf_set_value(req->hdf, "Page.PickAgency", "1");
		rc = account_agencies(req->db, req->hdf, "Agencies");
	} else
		rc = account_record(req->db, req->user->id, req->hdf, "Page.Own");
	if (rc < 0)
		return rc;
	return menu(req);
}

/* GET /quan-tri/nhan-vien/moi (admins). Template admin_staff_invite.cs. */
struct result
p_admin_staff_invite_form(struct request *req)
{
	int rc;

	if ((rc = invite_facts(req)) < 0)
		return res_db(rc);
	return req_render(req, T_ADMIN_STAFF_INVITE);
}

struct invite {
	struct request *req;
	struct staff_new s;
	long long agency_id;
	long long id;
	int deny;
	int taken;
	int no_agency;
};

static int
invite_tx(struct db *db, void *ctx)
{
	struct invite *v = ctx;
	struct access_object o = { OBJ_ACCOUNT, 0, 0, 1, 0, 0, NULL, 0, 0 };
	struct buf link = BUF_INIT, detail = BUF_INIT;
	char token[LINK_TOKEN_LEN + 1];
	HDF *m = NULL;
	int rc;

	/* the record to be: its agency and roles decide, as for any other */
	o.agency_id = v->agency_id;
	o.roles = v->s.roles;
	if ((v->deny = access_object(v->req->user, ACT_CHANGE, &o, 1)) != 0)
		return 0;
	rc = staff_add(db, &v->s, &v->id);
	if (rc == ACCOUNT_TAKEN || rc == ACCOUNT_NO_AGENCY) {
		/* staff_add's own transaction rolled back: so does this one */
		v->taken = rc == ACCOUNT_TAKEN;
		v->no_agency = rc == ACCOUNT_NO_AGENCY;
		return DB_ROLLBACK;
	}
	if (rc < 0)
		return rc;
	if ((rc = link_new(db, v->id, "invite",
	    cfg_int(v->req->cfg, "Account.ConfirmHours") * 60, token)) < 0)
		return rc;
	buf_printf(&link, "%s/can-bo/loi-moi?ma=%s", v->req->cfg->base_url, token);
	OPENSSL_cleanse(token, sizeof(token));
	buf_printf(&detail, "%s; cơ quan %s; vai trò ", v->s.email, v->s.agency_code);
	roles_words(&detail, v->s.roles);
	if (hdf_init(&m))
		abort();
	hdf_set_value(m, "Mail.Name", v->s.full_name);
	hdf_set_value(m, "Mail.Link", buf_str(&link));
	{
		struct buf w = BUF_INIT;

		roles_words(&w, v->s.roles);
		hdf_set_value(m, "Mail.Note", buf_str(&w));
		buf_free(&w);
	}
	hdf_set_int_value(m, "Mail.Minutes",
	    (int)cfg_int(v->req->cfg, "Account.ConfirmHours"));
	rc = page_mail(v->req, T_MAIL, m, "OrgInvite", v->s.email);
	if (rc == 0)
		rc = page_audit(v->req, "staff.invite", "account", v->id, v->id,
		    buf_str(&detail));
	if (link.s)
		OPENSSL_cleanse(link.s, link.len);
	buf_free(&link);
	buf_free(&detail);
	hdf_destroy(&m);
	return rc;
}

/* The agency an invitation is for: the one picked by a province admin
 * (an open agency, Agencies.N of invite_facts), the agency admin's own.
 * Its code, or NULL (a field error). */
static const char *
invite_agency(struct request *req, long long *id)
{
	HDF *a;

	if (!(req->user->roles & ROLE_BIT(ROLE_PROVINCE_ADMIN))) {
		const char *own = hdf_get_value(req->hdf, "Page.Own.agency_code", NULL);

		*id = req->user->agency_id;
		if (own == NULL || *id <= 0)
			admin_fail(req, IV_AGENCY, "agency_none");
		return own;
	}
	if (req->val[IV_AGENCY].err != VE_OK || !req->val[IV_AGENCY].present) {
		if (req->val[IV_AGENCY].err == VE_OK)
			admin_fail(req, IV_AGENCY, "agency_none");
		return NULL;
	}
	for (a = hdf_get_child(req->hdf, "Agencies"); a; a = hdf_obj_next(a))
		if (hdf_ll(a, "id") == req->val[IV_AGENCY].i) {
			*id = req->val[IV_AGENCY].i;
			return hdf_get_value(a, "code", NULL);
		}
	admin_fail(req, IV_AGENCY, "agency_none");
	return NULL;
}

/* POST /quan-tri/nhan-vien/moi (admins): ho_ten, email, dien_thoai
 * (optional), co_quan_id (a province admin's choice; an agency admin
 * invites to their own agency), vai_tro_<role> ticked (at least one, of
 * the roles this admin may give). Makes the account pending with its
 * roles, mails the link; redirects to the record's page. */
struct result
p_admin_staff_invite(struct request *req)
{
	struct invite v;
	unsigned char raw[32];
	char pw[64], hash[PASSWORD_HASH_MAX];
	const char *agency;
	char to[96];
	int rc;

	memset(&v, 0, sizeof(v));
	if ((rc = invite_facts(req)) < 0)
		return res_db(rc);
	agency = invite_agency(req, &v.agency_id);
	v.s.roles = roles_ticked(req, IV_ROLE0);
	if (v.s.roles == 0)
		admin_fail(req, ROLES_FIELD, "roles_none");
	else if (v.s.roles & ~roles_givable(req->user))
		admin_fail(req, ROLES_FIELD, "roles_not_yours");
	if (req->nerrors || agency == NULL)
		goto again;
	/* a password nobody knows until the person sets theirs: the account
	 * is pending, so it cannot log in anyway */
	random_bytes(raw, sizeof(raw));
	b64url_encode(raw, sizeof(raw), pw);
	OPENSSL_cleanse(raw, sizeof(raw));
	rc = password_hash(req->cfg, pw, hash, sizeof(hash));
	OPENSSL_cleanse(pw, sizeof(pw));
	if (rc < 0)
		return res_fail(500, "password_hash failed");
	v.req = req;
	v.s.email = req->val[IV_EMAIL].s;
	v.s.full_name = req->val[IV_NAME].s;
	v.s.phone = req->val[IV_PHONE].present ? req->val[IV_PHONE].s : NULL;
	v.s.agency_code = agency;
	v.s.password_hash = hash;
	v.s.invited = 1;
	if ((rc = db_tx(req->db, invite_tx, &v)) != 0 && rc != DB_ROLLBACK)
		return req_form_db_failed(req, T_ADMIN_STAFF_INVITE, rc);
	if (v.deny)
		return res_status(v.deny);
	if (v.taken)
		admin_fail(req, IV_EMAIL, "email_taken");
	else if (v.no_agency)
		admin_fail(req, IV_AGENCY, "agency_none");
	if (req->nerrors)
		goto again;
	snprintf(to, sizeof(to), "/quan-tri/nhan-vien/%lld?da_moi=1", v.id);
	return req_redirect(req, to);
again:
	req_form_to_hdf(req);
	req->status = 422;
	return req_render(req, T_ADMIN_STAFF_INVITE);
}

/* --- accepting it ------------------------------------------------------------------ */

const struct field f_staff_accept_link[1] = {
	{ "ma", V_TOKEN, 0, 1, 100, NULL },
};
enum { IA_TOKEN, IA_PASSWORD, IA_PASSWORD2, IA__MAX };
const struct field f_staff_accept[IA__MAX] = {
	[IA_TOKEN] = { "ma", V_TOKEN, F_REQUIRED, 1, 100, NULL },
	[IA_PASSWORD] = { "mat_khau_moi", V_SECRET, F_REQUIRED, PASSWORD_MIN, PASSWORD_MAX, NULL },
	[IA_PASSWORD2] = { "nhap_lai", V_SECRET, F_REQUIRED, 1, PASSWORD_MAX, NULL },
};

/* GET /can-bo/loi-moi?ma=TOKEN (anyone with the link). Template
 * admin_staff_accept.cs. */
struct result
p_staff_accept_form(struct request *req)
{
	long long id;
	int rc;

	rc = req->val[0].err == VE_OK ?
	    link_check(req->db, req->val[0].s, "invite", 0, &id) : 0;
	if (rc < 0)
		return res_db(rc);
	if (rc == 0)
		return acct_message(req, "LinkBad", 404);
	if ((rc = account_record(req->db, id, req->hdf, "Member")) < 0)
		return res_db(rc);
	hdf_set_value(req->hdf, "Form.ma.Value", req->val[0].s);
	return req_render(req, T_ADMIN_STAFF_ACCEPT);
}

struct accept {
	struct request *req;
	const char *token, *hash;
	int valid;
};

static int
accept_tx(struct db *db, void *ctx)
{
	struct accept *a = ctx;
	long long id = 0;
	int rc;

	if ((rc = link_check(db, a->token, "invite", 1, &id)) <= 0)
		return rc;
	if ((rc = staff_accept(db, id, a->hash)) == ACCOUNT_NONE)
		return 0;	/* disabled meanwhile: the link is spent */
	if (rc < 0)
		return rc;
	a->valid = 1;
	return page_audit(a->req, "staff.invite_accepted", "account", id, id, NULL);
}

/* POST /can-bo/loi-moi: ma, mat_khau_moi, nhap_lai. The account becomes
 * active with that password; the person logs in at /can-bo/dang-nhap. */
struct result
p_staff_accept(struct request *req)
{
	struct accept a = { req, NULL, NULL, 0 };
	char hash[PASSWORD_HASH_MAX];
	int rc;

	check_new_password(req, IA_PASSWORD, IA_PASSWORD2);
	if (req->nerrors) {
		if (req->val[IA_TOKEN].err != VE_OK)
			return acct_message(req, "LinkBad", 404);
		req_form_to_hdf(req);
		req->status = 422;
		return req_render(req, T_ADMIN_STAFF_ACCEPT);
	}
	if (password_hash(req->cfg, req->val[IA_PASSWORD].s, hash, sizeof(hash)) < 0)
		return res_fail(500, "password_hash failed");
	a.token = req->val[IA_TOKEN].s;
	a.hash = hash;
	rc = db_tx(req->db, accept_tx, &a);
	OPENSSL_cleanse(hash, sizeof(hash));
	if (rc != 0)
		return res_db(rc);
	if (!a.valid)
		return acct_message(req, "LinkBad", 404);
	return acct_message(req, "InviteDone", 0);
}
