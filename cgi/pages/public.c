/* dvc-public: the public pages, no login. Trust boundary: anonymous
 * visitors; its database account can read the public tables and add
 * feedback, nothing else (sql/grants.sql).
 *
 * Every handler follows the same steps: the dispatcher has already checked
 * method, CSRF and fields (core/request.c); the handler acts, fills the
 * HDF and renders or redirects. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/conf.h"
#include "core/db.h"
#include "core/error.h"
#include "core/render.h"
#include "core/request.h"
#include "domain/feedback.h"
#include "domain/notice.h"

enum tpl { T_HOME, T_NOTICES, T_NOTICE, T_FEEDBACK, T_FEEDBACK_SENT,
	T_ACCESSIBILITY, T__MAX };

static const struct tpl_def tpls[T__MAX] = {
	[T_HOME] = { "home.cs" },
	[T_NOTICES] = { "notices.cs" },
	[T_NOTICE] = { "notice.cs" },
	[T_FEEDBACK] = { "feedback.cs" },
	[T_FEEDBACK_SENT] = { "feedback_sent.cs" },
	[T_ACCESSIBILITY] = { "accessibility.cs" },
};

#define NOTICES_PER_PAGE 20

/* GET /  -- home.cs
 * The portal's front page: what it is for, where to start, the newest
 * announcements. */
static int
p_home(struct request *req)
{
	int rc;

	if ((rc = notice_latest(req->db, req->hdf, "Notices", 3)) < 0)
		return rc;
	hdf_set_value(req->hdf, "Page.Nav", "home");
	return req_render(req, T_HOME);
}

/* GET /thong-bao?trang=N  -- notices.cs
 * All announcements, newest first, NOTICES_PER_PAGE a page. A bad page
 * number is ignored with a note, never an error. */
enum { NL_PAGE, NL__MAX };
static const struct field f_notices[NL__MAX] = {
	[NL_PAGE] = { "trang", V_INT, 0, 1, 100000, NULL },
};

static int
p_notices(struct request *req)
{
	long long total = 0;
	long page = 1, pages;
	int rc;

	if (req->val[NL_PAGE].err != VE_OK)
		hdf_set_value(req->hdf, "Page.IgnoredPage", "1");
	else if (req->val[NL_PAGE].present)
		page = (long)req->val[NL_PAGE].i;
	if ((rc = notice_page(req->db, req->hdf, "Notices", page,
	    NOTICES_PER_PAGE, &total)) < 0)
		return rc;
	pages = (long)((total + NOTICES_PER_PAGE - 1) / NOTICES_PER_PAGE);
	if (page > 1 && page > pages)
		return 404;
	hdf_set_int_value(req->hdf, "Pager.Page", (int)page);
	hdf_set_int_value(req->hdf, "Pager.Pages", (int)pages);
	hdf_set_int_value(req->hdf, "Pager.Total", (int)total);
	if (page > 1)
		hdf_set_int_value(req->hdf, "Pager.Prev", (int)page - 1);
	if (page < pages)
		hdf_set_int_value(req->hdf, "Pager.Next", (int)page + 1);
	hdf_set_value(req->hdf, "Page.Nav", "notices");
	return req_render(req, T_NOTICES);
}

/* GET /thong-bao/:id  -- notice.cs */
enum { NI_ID, NI__MAX };
static const struct field f_notice[NI__MAX] = {
	[NI_ID] = { "id", V_INT, F_PATH | F_REQUIRED, 1, 999999999999L, NULL },
};

static int
p_notice(struct request *req)
{
	int rc = notice_get(req->db, req->hdf, "Notice", req->val[NI_ID].i);

	if (rc < 0)
		return rc;
	if (rc == 0)
		return 404;
	hdf_set_value(req->hdf, "Page.Nav", "notices");
	return req_render(req, T_NOTICE);
}

/* GET /gop-y, POST /gop-y  -- feedback.cs
 * Feedback from anyone (Article 9.4). POST validates every field; errors,
 * the hourly limit and a database outage all show the form again with
 * what was typed and a message, so nothing is lost. Success redirects to
 * /gop-y/da-gui (Post/Redirect/Get). */
enum { FB_NAME, FB_EMAIL, FB_PHONE, FB_SUBJECT, FB_BODY, FB__MAX };
static const struct field f_feedback[FB__MAX] = {
	[FB_NAME] = { "ho_ten", V_NAME, F_REQUIRED, 2, 100, NULL },
	[FB_EMAIL] = { "email", V_EMAIL, 0, 0, 254, NULL },
	[FB_PHONE] = { "dien_thoai", V_PHONE, 0, 0, 20, NULL },
	[FB_SUBJECT] = { "tieu_de", V_LINE, F_REQUIRED, 5, 200, NULL },
	[FB_BODY] = { "noi_dung", V_TEXT, F_REQUIRED, 10, 5000, NULL },
};

static int
p_feedback_form(struct request *req)
{
	hdf_set_value(req->hdf, "Page.Nav", "feedback");
	return req_render(req, T_FEEDBACK);
}

static int
p_feedback_post(struct request *req)
{
	struct feedback f;
	int rc;

	hdf_set_value(req->hdf, "Page.Nav", "feedback");
	if (req->nerrors) {
		req_form_to_hdf(req);
		req->status = 422;
		return req_render(req, T_FEEDBACK);
	}
	memset(&f, 0, sizeof(f));
	f.full_name = req->val[FB_NAME].s;
	f.email = req->val[FB_EMAIL].s;
	f.phone = req->val[FB_PHONE].s;
	f.subject = req->val[FB_SUBJECT].s;
	f.body = req->val[FB_BODY].s;
	f.client_ip = req->remote;
	rc = feedback_submit(req->db, &f, req->cfg->feedback_per_hour);
	if (rc == 0)
		return req_redirect(req, "/gop-y/da-gui");
	/* Keep what was typed on the page whatever went wrong. */
	req_form_to_hdf(req);
	req->status = http_status(rc);
	hdf_set_value(req->hdf, "Form.Failure",
	    req->status == 429 ? "limit" : req->status == 503 ? "down" : "error");
	hdf_set_value(req->hdf, "Req.Ref", req->ref);
	if (req->status == 503)
		req_header(req, "Retry-After", "30");
	return req_render(req, T_FEEDBACK);
}

/* GET /gop-y/da-gui  -- feedback_sent.cs */
static int
p_feedback_sent(struct request *req)
{
	hdf_set_value(req->hdf, "Page.Nav", "feedback");
	return req_render(req, T_FEEDBACK_SENT);
}

/* GET /tiep-can  -- accessibility.cs: the accessibility statement. */
static int
p_accessibility(struct request *req)
{
	return req_render(req, T_ACCESSIBILITY);
}

/* method, pattern, handler, flags, fields, roles (0: anyone) */
static const struct route routes[] = {
	{ M_GET, "/", p_home, 0, NULL, 0, 0 },
	{ M_GET, "/thong-bao", p_notices, 0, FIELDS(f_notices), 0 },
	{ M_GET, "/thong-bao/:id", p_notice, 0, FIELDS(f_notice), 0 },
	{ M_GET, "/gop-y", p_feedback_form, RF_FORM, NULL, 0, 0 },
	{ M_POST, "/gop-y", p_feedback_post, RF_CSRF | RF_PERSONAL, FIELDS(f_feedback), 0 },
	{ M_GET, "/gop-y/da-gui", p_feedback_sent, 0, NULL, 0, 0 },
	{ M_GET, "/tiep-can", p_accessibility, 0, NULL, 0, 0 },
};

static const struct responder public_responder = {
	"public", "Public", routes, sizeof(routes) / sizeof(routes[0]),
	tpls, T__MAX,
};

int
main(int argc, char **argv)
{
	return responder_main(argc, argv, &public_responder);
}
