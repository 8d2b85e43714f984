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
	T_STAFF_HOME, T_TOTP, T_TOTP_SETUP,
	T_MAIL,
	T_ADMIN_AGENCIES, T_ADMIN_AGENCY,	/* admin_agency.c (issue 16, 4) */
	/* issue 16 section 1: administration's home, the catalogue editor */
	T_ADMIN_HOME, T_ADMIN_CAT_LIST, T_ADMIN_CAT_EDIT,
	/* administration (issue 16 sections 2 and 3: admin_staff.c,
	 * admin_settings.c) */
	T_ADMIN_STAFF_LIST, T_ADMIN_STAFF_ONE, T_ADMIN_STAFF_INVITE,
	T_ADMIN_STAFF_ACCEPT, T_ADMIN_CALENDAR, T_ADMIN_CALENDAR_PREVIEW,
	T_ADMIN_FEEDBACK_LIST, T_ADMIN_FEEDBACK_ONE, T_ADMIN_ANNOUNCE,
	T_ADMIN_PROFILE,
	T_ADMIN_LEVEL,		/* admin_level.c: the level scheme */
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

/* Checks a new password (fields pw and again: the policy, the list of
 * common ones, the repetition); a failure is a field error. 0 if fine. */
int check_new_password(struct request *req, int pw, int again);

/* staff.c */
/* prefix.N: the database names of roles (for the staff_role macro). */
void roles_to_hdf(HDF *hdf, const char *prefix, unsigned roles);
struct result p_staff_login_form(struct request *req);
struct result p_staff_login(struct request *req);
struct result p_totp_form(struct request *req);
struct result p_totp(struct request *req);
struct result p_totp_setup_form(struct request *req);
struct result p_totp_setup(struct request *req);
struct result p_staff_home(struct request *req);
extern const struct field f_totp[1];
extern const struct field f_totp_setup[2];

/* admin_staff.c (issue 16 section 2) */
/* A rule beyond a field's own validator, broken: the message of
 * Lang.Admin.Org.Valid.<key> by field (an index of the route's fields; its
 * value stays for re-display), or by the role tick boxes as a whole
 * (ROLES_FIELD, "vai_tro"). */
#define ROLES_FIELD (-1)
void admin_fail(struct request *req, int field, const char *key);
struct result p_admin_staff_list(struct request *req);
struct result p_admin_staff_one(struct request *req);
struct result p_admin_staff_disable(struct request *req);
struct result p_admin_staff_enable(struct request *req);
struct result p_admin_staff_roles(struct request *req);
struct result p_admin_staff_invite_form(struct request *req);
struct result p_admin_staff_invite(struct request *req);
struct result p_staff_accept_form(struct request *req);
struct result p_staff_accept(struct request *req);
extern const struct field f_staff_id[1];
extern const struct field f_admin_staff_roles[1 + ROLE__MAX];
extern const struct field f_admin_staff_invite[4 + ROLE__MAX];
extern const struct field f_staff_accept_link[1];
extern const struct field f_staff_accept[3];

/* admin_settings.c (issue 16 section 3) */
struct result p_admin_calendar(struct request *req);
struct result p_admin_calendar_preview(struct request *req);
struct result p_admin_calendar_save(struct request *req);
struct result p_admin_feedback_list(struct request *req);
struct result p_admin_feedback_one(struct request *req);
struct result p_admin_feedback_answer(struct request *req);
extern const struct field f_admin_calendar_year[1];
extern const struct field f_admin_calendar_day[4];
extern const struct field f_admin_feedback_filter[1];
extern const struct field f_admin_feedback_id[1];
extern const struct field f_admin_feedback_answer[2];
struct result p_admin_announce_list(struct request *req);
struct result p_admin_announce_add(struct request *req);
struct result p_admin_announce_hide(struct request *req);
struct result p_admin_announce_show(struct request *req);
struct result p_admin_profile(struct request *req);
struct result p_admin_profile_set(struct request *req);
extern const struct field f_admin_announce[2];
extern const struct field f_admin_announce_id[1];
extern const struct field f_admin_profile[1];

/* admin_level.c: the service-level scheme (issue 16 section 3) */
struct result p_admin_level(struct request *req);
struct result p_admin_level_set(struct request *req);
extern const struct field f_admin_level[1];

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
