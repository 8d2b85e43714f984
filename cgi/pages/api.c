/* dvc-api: the JSON API, for agencies that build their own service menu
 * (Article 5.1a). Public, read-only data: any site may read it (CORS).
 * Trust boundary: anonymous programs; its database account reads the
 * catalogue and nothing else (sql/grants.sql). Errors are JSON too.
 *
 *   GET /api/v1/fields                  fields with their counts
 *   GET /api/v1/agencies                agencies with contact and counts
 *   GET /api/v1/services[?agency=CODE][&field=SLUG]
 *                                       procedures, with level and address,
 *                                       the usage guide's address and the
 *                                       live counts (Article 5.1b): views,
 *                                       received, settled, on_time_rate (%,
 *                                       null before any was settled) */
#include "config.h"

#include <string.h>

#include <jansson.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/request.h"
#include "domain/catalog.h"

static struct result
send_json(struct request *req, json_t *j)
{
	char *s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);

	json_decref(j);
	if (s == NULL)
		return res_fail(500, "json_dumps failed");
	buf_reset(&req->out);
	buf_adds(&req->out, s);
	free(s);
	req->content_type = "application/json; charset=utf-8";
	req->status = 200;
	return res_ok();
}

static void
put(json_t *o, const char *key, HDF *h, const char *col)
{
	const char *v = hdf_get_value(h, col, NULL);

	if (v && *v)
		json_object_set_new(o, key, json_string(v));
}

static void
put_int(json_t *o, const char *key, HDF *h, const char *col)
{
	json_object_set_new(o, key, json_integer(hdf_get_int_value(h, col, 0)));
}

/* Nothing loaded yet and the database is away: 503. */
static struct result
need(void)
{
	return catalog_hdf() ? res_ok() : res_db(DB_DOWN);
}

/* GET /api/v1/fields */
static struct result
a_fields(struct request *req)
{
	struct result r = need();
	json_t *l, *root;
	HDF *f;

	if (!res_is_ok(r))
		return r;
	l = json_array();
	root = json_object();
	for (f = hdf_get_child(catalog_hdf(), "F"); f; f = hdf_obj_next(f)) {
		json_t *o = json_object();

		put(o, "code", f, "code");
		put(o, "slug", f, "slug");
		put(o, "name", f, "name");
		put_int(o, "procedures", f, "count");
		put_int(o, "online", f, "online");
		json_array_append_new(l, o);
	}
	json_object_set_new(root, "version", json_integer(catalog_version()));
	json_object_set_new(root, "fields", l);
	return send_json(req, root);
}

/* GET /api/v1/agencies */
static struct result
a_agencies(struct request *req)
{
	static const char *const cols[] = { "code", "name", "level", "parent_code",
		"address", "phone", "email", "website", "status", "closed_on",
		"successor_code", NULL };
	struct result res = need();
	json_t *l, *root;
	HDF *a;
	int k;

	if (!res_is_ok(res))
		return res;
	l = json_array();
	root = json_object();
	for (a = hdf_get_child(catalog_hdf(), "A"); a; a = hdf_obj_next(a)) {
		json_t *o = json_object();

		for (k = 0; cols[k]; k++)
			put(o, strcmp(cols[k], "parent_code") == 0 ? "parent" :
			    strcmp(cols[k], "successor_code") == 0 ? "successor" : cols[k], a, cols[k]);
		if (hdf_get_value(a, "bank_account", NULL)) {
			json_t *b = json_object();

			put(b, "account", a, "bank_account");
			put(b, "bank", a, "bank_name");
			put(b, "holder", a, "bank_holder");
			put(b, "bin", a, "bank_bin");
			json_object_set_new(o, "bank", b);
		}
		put_int(o, "procedures", a, "count");
		put_int(o, "online", a, "online");
		json_array_append_new(l, o);
	}
	json_object_set_new(root, "version", json_integer(catalog_version()));
	json_object_set_new(root, "agencies", l);
	return send_json(req, root);
}

/* GET /api/v1/services?agency=CODE&field=SLUG */
enum { S_AGENCY, S_FIELD, S__MAX };
static const struct field f_services[S__MAX] = {
	[S_AGENCY] = { "agency", V_KEY, 0, 1, 24, NULL },
	[S_FIELD] = { "field", V_KEY, 0, 1, 100, NULL },
};

static struct result
a_services(struct request *req)
{
	struct cat_query q = { NULL, -1, -1, 0, -1, -1 };
	struct cat_result r;
	json_t *l, *root;
	struct buf url = BUF_INIT;
	struct result res = need();
	int i;

	if (!res_is_ok(res))
		return res;
	if (req->nerrors)
		return res_status(400);
	if (req->val[S_AGENCY].present && (q.agency = catalog_agency(req->val[S_AGENCY].s)) < 0)
		return res_status(404);
	if (req->val[S_FIELD].present && (q.field = catalog_field(req->val[S_FIELD].s)) < 0)
		return res_status(404);
	catalog_search(&q, &r);
	root = json_object();
	l = json_array();
	json_object_set_new(root, "version", json_integer(catalog_version()));
	json_object_set_new(root, "scheme", json_integer(hdf_get_int_value(catalog_hdf(), "Scheme", 2018)));
	if (q.agency >= 0) {
		json_t *a = json_object();
		HDF *ah = catalog_agency_hdf(q.agency);

		put(a, "code", ah, "code");
		put(a, "name", ah, "name");
		json_object_set_new(root, "agency", a);
	}
	for (i = 0; i < r.n; i++) {
		HDF *p = catalog_proc_hdf(r.idx[i]);
		json_t *o = json_object();
		const char *l22 = hdf_get_value(p, "level_2022", NULL);

		put(o, "code", p, "code");
		put(o, "name", p, "name");
		put(o, "field", p, "field_slug");
		put(o, "field_name", p, "field_name");
		put_int(o, "level", p, "level");
		json_object_set_new(o, "level_2022", l22 ? json_string(l22) : json_null());
		json_object_set_new(o, "online", json_boolean(catalog_online(r.idx[i])));
		buf_reset(&url);
		buf_printf(&url, "%s%s/thu-tuc/%s", req->cfg->base_url, req->cfg->base_path,
		    hdf_get_value(p, "code", ""));
		json_object_set_new(o, "url", json_string(buf_str(&url)));
		{
			struct cat_usage u;

			catalog_usage(r.idx[i], &u);
			buf_reset(&url);
			buf_printf(&url, "%s%s%s", req->cfg->base_url, req->cfg->base_path, u.guide);
			json_object_set_new(o, "guide", json_string(buf_str(&url)));
			json_object_set_new(o, "views", json_integer(u.views));
			json_object_set_new(o, "received", json_integer(u.received));
			json_object_set_new(o, "settled", json_integer(u.settled));
			json_object_set_new(o, "on_time_rate", u.on_time_tenths < 0 ? json_null() :
			    json_real((double)u.on_time_tenths / 10.0));
		}
		json_array_append_new(l, o);
	}
	json_object_set_new(root, "services", l);
	cat_result_free(&r);
	buf_free(&url);
	return send_json(req, root);
}

static void
prepare(struct request *req)
{
	catalog_refresh(req->db, req->cfg);
}

static void
end(struct db *db, const struct config *cfg)
{
	catalog_free();
}

/* method, pattern, handler, flags, fields, roles */
static const struct route routes[] = {
	{ M_GET, "/api/v1/fields", a_fields, RF_CACHE | RF_CORS, NULL, 0, 0 },
	{ M_GET, "/api/v1/agencies", a_agencies, RF_CACHE | RF_CORS, NULL, 0, 0 },
	{ M_GET, "/api/v1/services", a_services, RF_CACHE | RF_CORS, FIELDS(f_services), 0 },
};

static const struct responder api_responder = {
	"api", "Api", routes, sizeof(routes) / sizeof(routes[0]), NULL, 0,
	prepare, catalog_generation, NULL, NULL, end, 1, NULL, NULL, NULL,
	catalog_share, catalog_share_done,
};

int
main(int argc, char **argv)
{
	return responder_main(argc, argv, &api_responder);
}
