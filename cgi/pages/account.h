/* dvc-account: registration, login, sessions, the person's own data
 * (account.c) and the staff's login, second factor and staff records
 * (staff.c). Trust boundary: people with a session; its database account
 * may add to the audit trail but never change it (sql/grants.sql). */
#ifndef DVC_PAGES_ACCOUNT_H
#define DVC_PAGES_ACCOUNT_H

#include "core/request.h"

struct audit_event;

enum {
	T_LOGIN, T_REGISTER, T_MESSAGE, T_CONFIRM, T_LOGOUT, T_FORGOT, T_RESET,
	T_ACCOUNT, T_PASSWORD, T_DELETE,
	T_STAFF_HOME, T_TOTP, T_TOTP_SETUP, T_STAFF_LIST, T_STAFF_ONE,
	T_MAIL,
	T_ADMIN_AGENCIES, T_ADMIN_AGENCY,	/* admin_agency.c (issue 16, 4) */
	/* issue 16 section 1: administration's home, the catalogue editor */
	T_ADMIN_HOME, T_ADMIN_CAT_LIST, T_ADMIN_CAT_EDIT,
	T__MAX
};

/* Fields shared by the citizen's and the staff's login forms. */
enum { LG_IDENT, LG_PASSWORD, LG_NEXT, LG__MAX };
extern const struct field f_login[LG__MAX];

/* Logs in: ends any session the browser had, starts a new one at stage,
 * records it, sets the cookie. Returns 0 or a db_rc. */
int acct_start_session(struct request *req, long long account_id, int kind,
    int stage, const char *action);
struct login;
/* The first step of both login pages: fields, limits, password. Returns
 * 1 when the person passed (l filled); 0 when the page has been answered
 * (the form again with why), *answer then being the handler's result. */
int acct_password_step(struct request *req, int staff, struct login *l,
    struct result *answer);
/* The login form's failure from a login_check result or a db_rc
 * (message, status). */
struct result acct_login_failed(struct request *req, int res, long wait, int tpl);
/* Renders the one-message page: Lang.Msg.<key>.Title / .Body. */
struct result acct_message(struct request *req, const char *key, int status);

/* staff.c */
struct result p_staff_login_form(struct request *req);
struct result p_staff_login(struct request *req);
struct result p_totp_form(struct request *req);
struct result p_totp(struct request *req);
struct result p_totp_setup_form(struct request *req);
struct result p_totp_setup(struct request *req);
struct result p_staff_home(struct request *req);
struct result p_staff_list(struct request *req);
struct result p_staff_one(struct request *req);
struct result p_staff_disable(struct request *req);
struct result p_staff_enable(struct request *req);
extern const struct field f_totp[1];
extern const struct field f_totp_setup[2];
extern const struct field f_staff_id[1];

/* admin_agency.c: agencies renamed, merged, closed (issue 16, section 4) */
enum { AC_CODE, AC_KIND, AC_DAY, AC_NAME, AC_SUCCESSOR, AC_NOTE, AC__MAX };
extern const struct field f_agency_code[1];
extern const struct field f_agency_change[AC__MAX];
extern const struct field f_agency_cancel[2];
struct result p_admin_agencies(struct request *req);
struct result p_admin_agency(struct request *req);
struct result p_admin_agency_change(struct request *req);
struct result p_admin_agency_cancel(struct request *req);

#endif
