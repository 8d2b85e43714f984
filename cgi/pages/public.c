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
#include "core/render.h"
#include "core/request.h"
#include "domain/catalog.h"
#include "domain/feedback.h"
#include "domain/notice.h"
#include "pages/public.h"

static const struct tpl_def tpls[T__MAX] = {
	[T_HOME] = { "home.cs", NULL },
	[T_NOTICES] = { "notices.cs", NULL },
	[T_NOTICE] = { "notice.cs", NULL },
	[T_FEEDBACK] = { "feedback.cs", NULL },
	[T_FEEDBACK_SENT] = { "feedback_sent.cs", NULL },
	[T_ACCESSIBILITY] = { "accessibility.cs", NULL },
	[T_PROCEDURES] = { "procedures.cs", NULL },
	[T_PROCEDURE] = { "procedure.cs", NULL },
	[T_PROCEDURE_PRINT] = { "procedure_print.cs", "layout_print.cs" },
	[T_AGENCIES] = { "agencies.cs", NULL },
	[T_AGENCY] = { "agency.cs", NULL },
	[T_STATS] = { "stats.cs", NULL },
	[T_EMBED] = { "embed.cs", "layout_embed.cs" },
	[T_EMBED_HELP] = { "embed_help.cs", NULL },
	[T_GUIDES] = { "guides.cs", NULL },
	[T_GUIDE] = { "guide.cs", NULL },
};

#define NOTICES_PER_PAGE 20

/* GET /  -- home.cs
 * Search first, the fields as a grid, the most used services, a few
 * figures and the newest announcements: all from the in-memory
 * catalogue, so the page is cached and costs no query. */
static struct result
p_home(struct request *req)
{
	HDF *cat = catalog_hdf();

	if (cat == NULL)
		return res_db(DB_DOWN);
	hdf_copy(req->hdf, "Cat.F", hdf_get_obj(cat, "F"));
	if (hdf_get_obj(cat, "Top"))
		hdf_copy(req->hdf, "Cat.Top", hdf_get_obj(cat, "Top"));
	hdf_copy(req->hdf, "Cat.Totals", hdf_get_obj(cat, "Totals"));
	if (hdf_get_obj(cat, "Notices"))
		hdf_copy(req->hdf, "Notices", hdf_get_obj(cat, "Notices"));
	hdf_set_int_value(req->hdf, "Cat.Scheme", hdf_get_int_value(cat, "Scheme", 2018));
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

static struct result
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
		return res_db(rc);
	pages = (long)((total + NOTICES_PER_PAGE - 1) / NOTICES_PER_PAGE);
	if (page > 1 && page > pages)
		return res_status(404);
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

static struct result
p_notice(struct request *req)
{
	int rc = notice_get(req->db, req->hdf, "Notice", req->val[NI_ID].i);

	if (rc < 0)
		return res_db(rc);
	if (rc == 0)
		return res_status(404);
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

static struct result
p_feedback_form(struct request *req)
{
	hdf_set_value(req->hdf, "Page.Nav", "feedback");
	return req_render(req, T_FEEDBACK);
}

static struct result
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
	if (rc == FEEDBACK_LIMITED)
		return req_form_failed(req, T_FEEDBACK, 429, "limit");
	return req_form_failed(req, T_FEEDBACK, res_db(rc).status,
	    res_db(rc).status == 503 ? "down" : "error");
}

/* GET /gop-y/da-gui  -- feedback_sent.cs */
static struct result
p_feedback_sent(struct request *req)
{
	hdf_set_value(req->hdf, "Page.Nav", "feedback");
	return req_render(req, T_FEEDBACK_SENT);
}

/* GET /tiep-can  -- accessibility.cs: the accessibility statement. */
static struct result
p_accessibility(struct request *req)
{
	return req_render(req, T_ACCESSIBILITY);
}

/* GET /ngon-ngu/:lang?tiep=/path  -- the language link in every page's
 * header: remembers the person's choice (LANG_COOKIE: the language and
 * nothing else, for a long time) and takes them back to the page they
 * were on, if it is one of this site's. */
enum { LN_LANG, LN_NEXT, LN__MAX };
static const char *const lang_codes[] = { "vi", "en", NULL };
static const struct field f_language[LN__MAX] = {
	[LN_LANG] = { "lang", V_ENUM, F_PATH | F_REQUIRED, 2, 2, lang_codes },
	[LN_NEXT] = { "tiep", V_LINE, 0, 1, 500, NULL },
};

static struct result
p_language(struct request *req)
{
	req_cookie_set(req, LANG_COOKIE, req->val[LN_LANG].s, LANG_COOKIE_AGE);
	return req_redirect(req, safe_next(req->val[LN_NEXT].err == VE_OK ?
	    req->val[LN_NEXT].s : NULL, "/"));
}

/* A path parameter that names something: a procedure or agency code, a
 * slug. Anything else is a 404. */
enum { PK_CODE, PK__MAX };
static const struct field f_key[PK__MAX] = {
	[PK_CODE] = { "code", V_KEY, F_PATH | F_REQUIRED, 1, 40, NULL },
};
/* the same field named "slug" for /linh-vuc/:slug and /huong-dan/:slug */
static const struct field f_slug[PK__MAX] = {
	[PK_CODE] = { "slug", V_KEY, F_PATH | F_REQUIRED, 1, 100, NULL },
};
/* /linh-vuc/:slug takes the list's filters, and the slug after them */
static struct field f_field_list[L__MAX + 1];

/* --- hooks --------------------------------------------------------------- */

/* Before the page cache: the catalogue is current (one cheap, rate-limited
 * version check). A failure leaves the old catalogue, or none: the pages
 * that need it answer 503. */
static void
prepare(struct request *req)
{
	/* /_health and /_metrics look at what is loaded: with a database
	 * that hangs, a version check would hold them Db.ReadTimeout */
	if (req->route->handler == p_health || req->route->handler == p_metrics)
		return;
	catalog_refresh(req->db, req->cfg);
}

static void
on_hit(struct request *req, int arg)
{
	if (arg >= 0)
		catalog_count_view(arg);
}

/* After each request and every second without one: write counted views,
 * and keep the catalogue current, so a fresh worker (called once before
 * its first request) or a quiet one never makes a visitor wait for a
 * reload. */
static void
idle(struct db *db, const struct config *cfg)
{
	catalog_refresh(db, cfg);
	catalog_flush_views(db, cfg, 0);
}

static void
end(struct db *db, const struct config *cfg)
{
	catalog_flush_views(db, cfg, 1);
	catalog_free();
}

/* method, pattern, handler, flags, fields, roles (0: anyone) */
static const struct route routes[] = {
	{ M_GET, "/", p_home, RF_CACHE, NULL, 0, 0 },
	{ M_GET, "/thu-tuc", p_procedures, RF_CACHE, f_list, L__MAX, 0 },
	{ M_GET, "/thu-tuc/:code", p_procedure, RF_CACHE, FIELDS(f_key), 0 },
	{ M_GET, "/thu-tuc/:code/in", p_procedure_print, RF_CACHE, FIELDS(f_key), 0 },
	{ M_GET, "/linh-vuc/:slug", p_field, RF_CACHE, f_field_list, L__MAX + 1, 0 },
	{ M_GET, "/co-quan", p_agencies, RF_CACHE, NULL, 0, 0 },
	{ M_GET, "/co-quan/:code", p_agency, RF_CACHE, FIELDS(f_key), 0 },
	{ M_GET, "/thong-ke", p_stats, RF_CACHE, NULL, 0, 0 },
	{ M_GET, "/nhung", p_embed_help, RF_CACHE, f_embed_help, 1, 0 },
	{ M_GET, "/nhung/co-quan/:code", p_embed, RF_CACHE | RF_EMBED, FIELDS(f_key), 0 },
	{ M_GET, "/huong-dan", p_guides, RF_CACHE, NULL, 0, 0 },
	{ M_GET, "/huong-dan/:slug", p_guide, RF_CACHE, FIELDS(f_slug), 0 },
	{ M_GET, "/thong-bao", p_notices, RF_CACHE, FIELDS(f_notices), 0 },
	{ M_GET, "/thong-bao/:id", p_notice, RF_CACHE, FIELDS(f_notice), 0 },
	{ M_GET, "/gop-y", p_feedback_form, RF_FORM, NULL, 0, 0 },
	{ M_POST, "/gop-y", p_feedback_post, RF_CSRF | RF_PERSONAL, FIELDS(f_feedback), 0 },
	{ M_GET, "/gop-y/da-gui", p_feedback_sent, RF_CACHE, NULL, 0, 0 },
	{ M_GET, "/tiep-can", p_accessibility, RF_CACHE, NULL, 0, 0 },
	{ M_GET, "/ngon-ngu/:lang", p_language, 0, FIELDS(f_language), 0 },
	{ M_GET, "/_health", p_health, RF_PERSONAL, NULL, 0, 0 },
	{ M_GET, "/_metrics", p_metrics, RF_PERSONAL, NULL, 0, 0 },
	/* issue 16 section 1: procedures' uploaded form files (public_forms.c) */
	{ M_GET, "/bieu-mau/tep/:sha/:name", p_form_file, 0, FIELDS(f_form_file), 0 },
};

static const struct responder public_responder = {
	"public", "Public", routes, sizeof(routes) / sizeof(routes[0]),
	tpls, T__MAX, prepare, catalog_generation, on_hit, idle, end, 0, NULL, NULL, NULL,
	catalog_share, catalog_share_done,
};

int
main(int argc, char **argv)
{
	memcpy(f_field_list, f_list, sizeof(f_list));
	f_field_list[L__MAX] = f_slug[PK_CODE];
	return responder_main(argc, argv, &public_responder);
}
