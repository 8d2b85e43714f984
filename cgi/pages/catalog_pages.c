/* dvc-public: the catalogue pages (Articles 5.1, 5.2). Everything comes
 * from the in-memory catalogue (domain/catalog.h); the pages are cached
 * per catalogue generation (RF_CACHE), so most requests cost neither a
 * query nor a render. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/render.h"
#include "core/request.h"
#include "core/util.h"
#include "domain/catalog.h"
#include "pages/public.h"

/* Nothing loaded yet and the database is away: 503. */
static struct result
need_catalog(void)
{
	return catalog_hdf() ? res_ok() : res_db(DB_DOWN);
}

static void
copy_node(HDF *dst, const char *name, HDF *src)
{
	if (src)
		hdf_copy(dst, name, src);
}

/* Appends "&name=value" (URL-encoded) to the query string that pager and
 * filter links carry. */
static void
qs_add(struct buf *qs, const char *name, const char *value)
{
	if (value == NULL || *value == '\0')
		return;
	buf_printf(qs, "%s%s=", qs->len ? "&" : "", name);
	url_encode(qs, value);
}

/* Copies the summary of procedure i into item (list pages). */
static void
item(HDF *item, int i)
{
	HDF *p = catalog_proc_hdf(i), *impl;
	static const char *const keys[] = { "code", "name", "field_name",
		"field_slug", "level", "level22", "online", "views" };
	size_t k;
	int n = 0;

	for (k = 0; k < NELEM(keys); k++)
		hdf_set_value(item, keys[k], hdf_get_value(p, keys[k], ""));
	for (impl = hdf_get_child(p, "Impl"); impl; impl = hdf_obj_next(impl))
		n++;
	if ((impl = hdf_get_child(p, "Impl")) != NULL)
		hdf_set_value(item, "agency", hdf_get_value(impl, "name", ""));
	if (n > 1)
		hdf_set_int_value(item, "more_agencies", n - 1);
}

/* --- list and search --------------------------------------------------- */

static const char *const levels[] = { "1", "2", "3", "4", "toan-trinh", "mot-phan", NULL };
static const char *const channels[] = { "truc-tiep", "truc-tuyen", "buu-chinh", NULL };
static const char *const alevels[] = { "tinh", "huyen", "xa", NULL };

const struct field f_list[L__MAX] = {
	[L_Q] = { "q", V_LINE, 0, 0, 200, NULL },
	[L_FIELD] = { "linh-vuc", V_KEY, 0, 0, 100, NULL },
	[L_AGENCY] = { "co-quan", V_KEY, 0, 0, 24, NULL },
	[L_LEVEL] = { "muc-do", V_ENUM, 0, 0, 0, levels },
	[L_CHANNEL] = { "kenh", V_ENUM, 0, 0, 0, channels },
	[L_ALEVEL] = { "cap", V_ENUM, 0, 0, 0, alevels },
	[L_PAGE] = { "trang", V_INT, 0, 1, 100000, NULL },
};

/* A filter value that does not apply is ignored, and the page says so. */
static void
ignored(struct request *req, const char *name)
{
	char key[64];

	snprintf(key, sizeof(key), "Search.Ignored.%s", name);
	hdf_set_value(req->hdf, key, "1");
	hdf_set_value(req->hdf, "Search.AnyIgnored", "1");
}

static int
enum_index(const char *const *list, const char *v)
{
	int i;

	for (i = 0; v && list[i]; i++)
		if (strcmp(list[i], v) == 0)
			return i;
	return -1;
}

/* GET /thu-tuc, GET /linh-vuc/:slug  -- procedures.cs
 * Fields: q, linh-vuc, co-quan, muc-do, kenh, cap, trang. Every filter
 * that does not validate or names nothing known is ignored with a note. */
static void
list(struct request *req, int fixed_field)
{
	struct cat_query q = { NULL, -1, -1, 0, -1, -1 };
	struct cat_result r;
	struct buf qs = BUF_INIT;
	int scheme = hdf_get_int_value(catalog_hdf(), "Scheme", 2018);
	long per = cfg_int(req->cfg, "Catalog.PerPage"), page = 1, pages, i;
	const struct fval *v = req->val;
	char key[64];
	int li;

	if (v[L_Q].err == VE_OK && v[L_Q].present) {
		q.q = v[L_Q].s;
		hdf_set_value(req->hdf, "Search.q", v[L_Q].s);
		qs_add(&qs, "q", v[L_Q].s);
	} else if (v[L_Q].err != VE_OK)
		ignored(req, "q");
	if (fixed_field >= 0)
		q.field = fixed_field;
	else if (v[L_FIELD].present || v[L_FIELD].err != VE_OK) {
		q.field = v[L_FIELD].err == VE_OK ? catalog_field(v[L_FIELD].s) : -1;
		if (q.field < 0)
			ignored(req, "field");
		else {
			hdf_set_value(req->hdf, "Search.field", v[L_FIELD].s);
			qs_add(&qs, "linh-vuc", v[L_FIELD].s);
		}
	}
	if (v[L_AGENCY].present || v[L_AGENCY].err != VE_OK) {
		q.agency = v[L_AGENCY].err == VE_OK ? catalog_agency(v[L_AGENCY].s) : -1;
		if (q.agency < 0)
			ignored(req, "agency");
		else {
			hdf_set_value(req->hdf, "Search.agency", v[L_AGENCY].s);
			hdf_set_value(req->hdf, "Search.agency_name",
			    hdf_get_value(catalog_agency_hdf(q.agency), "name", ""));
			qs_add(&qs, "co-quan", v[L_AGENCY].s);
		}
	}
	if (v[L_LEVEL].present || v[L_LEVEL].err != VE_OK) {
		li = v[L_LEVEL].err == VE_OK ? enum_index(levels, v[L_LEVEL].s) : -1;
		/* levels of the other scheme do not apply */
		if (li >= 0 && li < 4 && scheme == 2018)
			q.level = li + 1;
		else if (li >= 4 && scheme == 2022)
			q.level = li - 3;
		if (q.level == 0)
			ignored(req, "level");
		else {
			hdf_set_value(req->hdf, "Search.level", v[L_LEVEL].s);
			qs_add(&qs, "muc-do", v[L_LEVEL].s);
		}
	}
	if (v[L_CHANNEL].present || v[L_CHANNEL].err != VE_OK) {
		q.channel = v[L_CHANNEL].err == VE_OK ? enum_index(channels, v[L_CHANNEL].s) : -1;
		if (q.channel < 0)
			ignored(req, "channel");
		else {
			hdf_set_value(req->hdf, "Search.channel", v[L_CHANNEL].s);
			qs_add(&qs, "kenh", v[L_CHANNEL].s);
		}
	}
	if (v[L_ALEVEL].present || v[L_ALEVEL].err != VE_OK) {
		q.alevel = v[L_ALEVEL].err == VE_OK ? enum_index(alevels, v[L_ALEVEL].s) : -1;
		if (q.alevel < 0)
			ignored(req, "alevel");
		else {
			hdf_set_value(req->hdf, "Search.alevel", v[L_ALEVEL].s);
			qs_add(&qs, "cap", v[L_ALEVEL].s);
		}
	}
	if (v[L_PAGE].err != VE_OK)
		ignored(req, "page");
	else if (v[L_PAGE].present)
		page = (long)v[L_PAGE].i;

	{
		double t0 = now_mono();

		catalog_search(&q, &r);
		req->log_key = "search_ms";
		snprintf(req->log_val, sizeof(req->log_val), "%.3f", (now_mono() - t0) * 1000.0);
	}
	pages = (r.n + per - 1) / per;
	if (page > 1 && page > pages) {
		/* past the end: the last page, with a note */
		ignored(req, "page");
		page = pages ? pages : 1;
	}
	for (i = (page - 1) * per; i < r.n && i < page * per; i++) {
		snprintf(key, sizeof(key), "Results.Items.%ld", i - (page - 1) * per);
		{
			HDF *it;

			if (hdf_get_node(req->hdf, key, &it))
				abort();
			item(it, r.idx[i]);
		}
	}
	hdf_set_int_value(req->hdf, "Results.total", r.n);
	hdf_set_int_value(req->hdf, "Results.from", r.n ? (int)((page - 1) * per + 1) : 0);
	hdf_set_int_value(req->hdf, "Results.to", (int)(page * per < r.n ? page * per : r.n));
	hdf_set_int_value(req->hdf, "Pager.Page", (int)page);
	hdf_set_int_value(req->hdf, "Pager.Pages", (int)pages);
	if (page > 1)
		hdf_set_int_value(req->hdf, "Pager.Prev", (int)page - 1);
	if (page < pages)
		hdf_set_int_value(req->hdf, "Pager.Next", (int)page + 1);
	if (r.exact >= 0)
		hdf_set_value(req->hdf, "Search.exact", "1");
	for (i = 1; i <= 4; i++) {
		snprintf(key, sizeof(key), "Search.ByLevel.%ld", i);
		hdf_set_int_value(req->hdf, key, r.by_level[i]);
	}
	hdf_set_value(req->hdf, "Search.qs", buf_str(&qs));
	copy_node(req->hdf, "Cat.F", hdf_get_obj(catalog_hdf(), "F"));
	copy_node(req->hdf, "Cat.A", hdf_get_obj(catalog_hdf(), "AS"));
	hdf_set_int_value(req->hdf, "Cat.Scheme", scheme);
	cat_result_free(&r);
	buf_free(&qs);
	hdf_set_value(req->hdf, "Page.Nav", "procedures");
}

struct result
p_procedures(struct request *req)
{
	struct result r;

	if (!res_is_ok(r = need_catalog()))
		return r;
	list(req, -1);
	hdf_set_value(req->hdf, "Search.base", "/thu-tuc");
	return req_render(req, T_PROCEDURES);
}

/* GET /linh-vuc/:slug  -- procedures.cs with the field fixed */
struct result
p_field(struct request *req)
{
	struct result r;
	int f;

	if (!res_is_ok(r = need_catalog()))
		return r;
	if ((f = catalog_field(req->param[0])) < 0)
		return res_status(404);
	list(req, f);
	copy_node(req->hdf, "Field", catalog_field_hdf(f));
	hdf_set_value(req->hdf, "Search.field", hdf_get_value(catalog_field_hdf(f), "slug", ""));
	hdf_set_value(req->hdf, "Search.fixed_field", "1");
	hdf_set_value(req->hdf, "Search.base", "/linh-vuc/");
	return req_render(req, T_PROCEDURES);
}

/* --- one procedure ----------------------------------------------------- */

/* GET /thu-tuc/:code  -- procedure.cs; GET /thu-tuc/:code/in -- the
 * printable view. Each view is counted (also when served from the cache:
 * see on_hit in public.c). */
static struct result
procedure(struct request *req, int tpl)
{
	struct result r;
	int i;

	if (!res_is_ok(r = need_catalog()))
		return r;
	if ((i = catalog_proc(req->param[0])) < 0)
		return res_status(404);
	copy_node(req->hdf, "P", catalog_proc_hdf(i));
	hdf_set_int_value(req->hdf, "Cat.Scheme", hdf_get_int_value(catalog_hdf(), "Scheme", 2018));
	hdf_set_value(req->hdf, "Page.Nav", "procedures");
	req->cache_arg = i;
	catalog_count_view(i);
	return req_render(req, tpl);
}

struct result
p_procedure(struct request *req)
{
	return procedure(req, T_PROCEDURE);
}

struct result
p_procedure_print(struct request *req)
{
	return procedure(req, T_PROCEDURE_PRINT);
}

/* --- agencies ---------------------------------------------------------- */

/* GET /co-quan  -- agencies.cs: every agency, by level. */
struct result
p_agencies(struct request *req)
{
	struct result r;

	if (!res_is_ok(r = need_catalog()))
		return r;
	copy_node(req->hdf, "Cat.A", hdf_get_obj(catalog_hdf(), "AS"));
	hdf_set_value(req->hdf, "Page.Nav", "agencies");
	return req_render(req, T_AGENCIES);
}

/* Article 5.1b beside each procedure of an agency's Fields.N.Procs.M:
 * its usage guide's path and live counts (catalog_usage): guide, views,
 * received, settled, on_time_rate ("95,0"; absent before any). */
static void
usage_to_procs(HDF *agency)
{
	HDF *f, *p;

	for (f = hdf_get_child(agency, "Fields"); f; f = hdf_obj_next(f))
		for (p = hdf_get_child(f, "Procs"); p; p = hdf_obj_next(p)) {
			struct cat_usage u;
			char v[32];

			catalog_usage(catalog_proc(hdf_get_value(p, "code", "")), &u);
			hdf_set_value(p, "guide", u.guide);
			snprintf(v, sizeof(v), "%lld", u.views);
			hdf_set_value(p, "views", v);
			snprintf(v, sizeof(v), "%lld", u.received);
			hdf_set_value(p, "received", v);
			snprintf(v, sizeof(v), "%lld", u.settled);
			hdf_set_value(p, "settled", v);
			if (u.on_time_tenths >= 0) {
				snprintf(v, sizeof(v), "%ld,%ld", u.on_time_tenths / 10,
				    u.on_time_tenths % 10);
				hdf_set_value(p, "on_time_rate", v);
			}
		}
}

/* One agency (the :code of the path) in template tpl. */
static struct result
agency_page(struct request *req, int tpl)
{
	struct result r;
	int a;

	if (!res_is_ok(r = need_catalog()))
		return r;
	if ((a = catalog_agency(req->param[0])) < 0)
		return res_status(404);
	copy_node(req->hdf, "Agency", catalog_agency_hdf(a));
	hdf_set_int_value(req->hdf, "Cat.Scheme", hdf_get_int_value(catalog_hdf(), "Scheme", 2018));
	hdf_set_value(req->hdf, "Page.Nav", "agencies");
	if (tpl == T_EMBED)
		usage_to_procs(hdf_get_obj(req->hdf, "Agency"));
	return req_render(req, tpl);
}

/* GET /co-quan/:code  -- agency.cs: contact, fee account, history, and
 * its procedures grouped by field. */
struct result
p_agency(struct request *req)
{
	return agency_page(req, T_AGENCY);
}

/* --- statistics -------------------------------------------------------- */

/* GET /thong-ke  -- stats.cs: usage per field and per agency (Article
 * 5.1b). Figures are as of the last refresh (Catalog.StatsInterval). */
struct result
p_stats(struct request *req)
{
	struct result r;

	if (!res_is_ok(r = need_catalog()))
		return r;
	copy_node(req->hdf, "Cat.F", hdf_get_obj(catalog_hdf(), "F"));
	copy_node(req->hdf, "Cat.A", hdf_get_obj(catalog_hdf(), "AS"));
	copy_node(req->hdf, "Cat.Totals", hdf_get_obj(catalog_hdf(), "Totals"));
	copy_node(req->hdf, "Cat.Top", hdf_get_obj(catalog_hdf(), "Top"));
	hdf_set_value(req->hdf, "Page.Nav", "stats");
	return req_render(req, T_STATS);
}

/* --- the embeddable service menu (Article 5.1a) ------------------------- */

/* GET /nhung/co-quan/:code  -- embed.cs in layout_embed.cs: the agency's
 * services by field with their levels, each with its usage guide and
 * live counts (Article 5.1b), for the agency's own site to frame
 * (RF_EMBED: frame-ancestors from Embed.Origins). Links open the portal
 * in the top window. */
struct result
p_embed(struct request *req)
{
	return agency_page(req, T_EMBED);
}

/* GET /nhung?co-quan=CODE  -- embed_help.cs: for agency webmasters, the
 * line to paste and a live preview. */
enum { EH_AGENCY, EH__MAX };
const struct field f_embed_help[EH__MAX] = {
	[EH_AGENCY] = { "co-quan", V_KEY, 0, 0, 24, NULL },
};

/* The sites allowed to frame the menu (Embed.Origins, a checked list
 * separated by spaces, or "*"), for the webmaster page: it is no secret,
 * every framed response names them in its CSP. Embed.Allowed.N, or
 * Embed.AllowedAll. */
static void
embed_allowed(struct request *req)
{
	const char *p = req->cfg->embed_origins, *e;
	char key[40], one[256];
	int n = 0;

	if (strcmp(p, "*") == 0) {
		hdf_set_value(req->hdf, "Embed.AllowedAll", "1");
		return;
	}
	while (*p) {
		while (*p == ' ')
			p++;
		for (e = p; *e && *e != ' '; e++)
			;
		if (e > p && (size_t)(e - p) < sizeof(one)) {
			memcpy(one, p, e - p);
			one[e - p] = '\0';
			snprintf(key, sizeof(key), "Embed.Allowed.%d", n++);
			hdf_set_value(req->hdf, key, one);
		}
		p = e;
	}
}

struct result
p_embed_help(struct request *req)
{
	struct result r;
	int a = -1;

	if (!res_is_ok(r = need_catalog()))
		return r;
	if (req->val[EH_AGENCY].present) {
		if ((a = catalog_agency(req->val[EH_AGENCY].s)) < 0)
			hdf_set_value(req->hdf, "Embed.Unknown", "1");
		else
			copy_node(req->hdf, "Agency", catalog_agency_hdf(a));
	} else if (req->val[EH_AGENCY].err != VE_OK)
		hdf_set_value(req->hdf, "Embed.Unknown", "1");
	copy_node(req->hdf, "Cat.A", hdf_get_obj(catalog_hdf(), "AS"));
	hdf_set_value(req->hdf, "Embed.BaseURL", req->cfg->base_url);
	embed_allowed(req);
	return req_render(req, T_EMBED_HELP);
}

/* --- usage guides ------------------------------------------------------ */

/* GET /huong-dan, GET /huong-dan/:slug  -- guides.cs, guide.cs: how to use
 * the portal, from templates/guide.hdf. */
struct result
p_guides(struct request *req)
{
	hdf_set_value(req->hdf, "Page.Nav", "guide");
	return req_render(req, T_GUIDES);
}

struct result
p_guide(struct request *req)
{
	char name[160], *k;
	HDF *g;

	/* HDF names cannot hold '-': the slug's hyphens are underscores there */
	if (strchr(req->param[0], '_') || strchr(req->param[0], '.'))
		return res_status(404);
	snprintf(name, sizeof(name), "Guide.%s", req->param[0]);
	for (k = name; *k; k++)
		if (*k == '-')
			*k = '_';
	if ((g = render_global(name)) == NULL)
		return res_status(404);
	hdf_set_value(req->hdf, "GuideSlug", name + 6);
	hdf_set_value(req->hdf, "Page.Nav", "guide");
	return req_render(req, T_GUIDE);
}
