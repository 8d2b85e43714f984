#include "config.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/http.h"
#include "core/log.h"
#include "core/render.h"
#include "core/util.h"

/* The languages a page can be shown in: Vietnamese, complete, and
 * English over it (req_lang names one). */
static const char *const langs[] = { "vi", "en" };
#define NLANGS (sizeof(langs) / sizeof(langs[0]))

/* Built at start-up, read-only afterwards, except that each parse tree's
 * hdf and global_hdf pointers are set to the request's tree and its
 * language's for the length of one render (one request at a time per
 * process). */
static struct {
	HDF *init;		/* parse-time settings */
	HDF *tree[NLANGS];	/* Site.*, Lang.*, Static.*: one per language */
	HDF *global;		/* the site's language (Site.Language): mail,
				 * notices, officers' pages, dvcctl */
	CSPARSE **pages;
	size_t npages;
	CSPARSE *error;
} R;

static void
nerr_text(NEOERR *nerr, char *out, size_t outlen)
{
	STRING s;

	string_init(&s);
	nerr_error_traceback(nerr, &s);
	snprintf(out, outlen, "%s", s.buf ? s.buf : "unknown error");
	string_clear(&s);
	nerr_ignore(&nerr);
}

/* A short fingerprint of the stylesheet so its URL changes with it and
 * the web server can let browsers cache it for a year. */
static void
static_version(const struct config *cfg, char out[11])
{
	struct buf path = BUF_INIT, data = BUF_INIT;
	unsigned char h[32];
	char hex[65];
	char chunk[8192];
	ssize_t n;
	int fd;

	buf_printf(&path, "%s/css/dvc.css", cfg_str(cfg, "Paths.Htdocs"));
	if ((fd = open(buf_str(&path), O_RDONLY | O_CLOEXEC)) >= 0) {
		while ((n = read(fd, chunk, sizeof(chunk))) > 0)
			buf_add(&data, chunk, (size_t)n);
		close(fd);
	}
	sha256(data.s ? data.s : "", data.len, h);
	hex_encode(h, 5, hex);
	memcpy(out, hex, 11);
	buf_free(&path);
	buf_free(&data);
}

static int
read_hdf(HDF *h, const char *path, const char *what, char *err, size_t errlen)
{
	NEOERR *nerr;
	char msg[512];

	if ((nerr = hdf_read_file(h, path)) != STATUS_OK) {
		nerr_text(nerr, msg, sizeof(msg));
		snprintf(err, errlen, "%s %s: %s", what, path, msg);
		return -1;
	}
	return 0;
}

/* One language's tree: the site, Vietnamese, the language over it (so a
 * key it lacks falls back to Vietnamese: officers' words), the guides. */
static int
load_tree(const struct config *cfg, const char *lang, const char *ver,
    HDF **out, char *err, size_t errlen)
{
	const char *tdir = cfg_str(cfg, "Paths.Templates");
	struct buf p = BUF_INIT;
	HDF *h;
	int rc = -1;

	if (hdf_init(&h) || hdf_copy(h, "Site", hdf_get_obj(cfg->site, "Site")))
		abort();
	buf_printf(&p, "%s/lang/vi.hdf", tdir);
	if (read_hdf(h, buf_str(&p), "tệp ngôn ngữ", err, errlen) < 0)
		goto out;
	if (strcmp(lang, "vi") != 0) {
		buf_reset(&p);
		buf_printf(&p, "%s/lang/%s.hdf", tdir, lang);
		if (read_hdf(h, buf_str(&p), "tệp ngôn ngữ", err, errlen) < 0)
			goto out;
	}
	/* usage guides for citizens (optional file) */
	buf_reset(&p);
	buf_printf(&p, "%s/guide.hdf", tdir);
	if (access(buf_str(&p), R_OK) == 0 &&
	    read_hdf(h, buf_str(&p), "tệp hướng dẫn", err, errlen) < 0)
		goto out;
	/* and in the language, over them (optional too) */
	if (strcmp(lang, "vi") != 0) {
		buf_reset(&p);
		buf_printf(&p, "%s/lang/guide-%s.hdf", tdir, lang);
		if (access(buf_str(&p), R_OK) == 0 &&
		    read_hdf(h, buf_str(&p), "tệp hướng dẫn", err, errlen) < 0)
			goto out;
	}
	hdf_set_value(h, "Site.Lang", lang);
	/* the release, in every page's head: what an operator or a support
	 * call reads to know which one a node runs */
	hdf_set_value(h, "Site.Version", DVC_VERSION);
	hdf_set_value(h, "Static.Version", ver);
	rc = 0;
out:
	buf_free(&p);
	if (rc == 0)
		*out = h;
	else
		hdf_destroy(&h);
	return rc;
}

int
render_globals(const struct config *cfg, char *err, size_t errlen)
{
	const char *site = cfg_str(cfg, "Site.Language");
	char ver[11];
	size_t i;

	if (R.global)
		return 0;
	if (hdf_init(&R.init))
		abort();
	hdf_set_value(R.init, "Config.VarEscapeMode", "html");
	hdf_set_value(R.init, "Config.TagStart", "cs");
	hdf_set_value(R.init, "Config.EnableAuditMode", "0");
	hdf_set_value(R.init, "hdf.loadpaths.0", cfg_str(cfg, "Paths.Templates"));
	static_version(cfg, ver);
	/* every language once per process, so each request renders in its
	 * person's without reading a file */
	for (i = 0; i < NLANGS; i++)
		if (load_tree(cfg, langs[i], ver, &R.tree[i], err, errlen) < 0) {
			while (i-- > 0)
				hdf_destroy(&R.tree[i]);
			hdf_destroy(&R.init);
			return -1;
		}
	for (i = 0; i < NLANGS; i++)
		if (strcmp(langs[i], site) == 0)
			R.global = R.tree[i];
	if (R.global == NULL)
		R.global = R.tree[0];
	return 0;
}

/* The tree of a request's language (req->lang, set by the dispatcher:
 * req_lang); the site's before it is known. */
static HDF *
tree_of(const struct request *req)
{
	size_t i;

	for (i = 0; req->lang && i < NLANGS; i++)
		if (strcmp(langs[i], req->lang) == 0)
			return R.tree[i];
	return R.global;
}

static int
parse_page(const char *file, const char *layout, CSPARSE **out, char *err,
    size_t errlen)
{
	CSPARSE *cs = NULL;
	NEOERR *nerr;
	char msg[1024];

	if ((nerr = cs_init(&cs, R.init)) == STATUS_OK &&
	    (nerr = cgi_register_strfuncs(cs)) == STATUS_OK) {
		cs->global_hdf = R.global;
		/* layout "": the file stands alone (a mail) */
		if ((nerr = cs_parse_file(cs, file)) == STATUS_OK &&
		    (layout == NULL || *layout != '\0'))
			nerr = cs_parse_file(cs, layout ? layout : "layout.cs");
	}
	if (nerr != STATUS_OK) {
		nerr_text(nerr, msg, sizeof(msg));
		snprintf(err, errlen, "mẫu trang %s: %s", file, msg);
		cs_destroy(&cs);
		return -1;
	}
	*out = cs;
	return 0;
}

int
render_init(const struct config *cfg, const struct tpl_def *tpls, size_t n,
    char *err, size_t errlen)
{
	size_t i;

	if (render_globals(cfg, err, errlen) < 0)
		return -1;
	R.pages = xcalloc(n, sizeof(*R.pages));
	R.npages = n;
	for (i = 0; i < n; i++)
		if (parse_page(tpls[i].file, tpls[i].layout, &R.pages[i], err,
		    errlen) < 0)
			return -1;
	return parse_page("error.cs", NULL, &R.error, err, errlen);
}

void
render_free(void)
{
	size_t i;

	for (i = 0; i < R.npages; i++)
		cs_destroy(&R.pages[i]);
	free(R.pages);
	cs_destroy(&R.error);
	hdf_destroy(&R.init);
	for (i = 0; i < NLANGS; i++)
		hdf_destroy(&R.tree[i]);
	memset(&R, 0, sizeof(R));
}

static NEOERR *
out_cb(void *ctx, char *s)
{
	buf_adds(ctx, s);
	return STATUS_OK;
}

static int
render_with(CSPARSE *cs, HDF *hdf, HDF *global, struct buf *out,
    const char *ref)
{
	NEOERR *nerr;
	char msg[1024];

	cs->hdf = hdf;
	cs->global_hdf = global;
	nerr = cs_render(cs, out, out_cb);
	cs->hdf = R.init;
	cs->global_hdf = R.global;
	if (nerr != STATUS_OK) {
		nerr_text(nerr, msg, sizeof(msg));
		log_event(LOG_ERR_, "render", ref, "error", msg, NULL);
		return 500;
	}
	return 0;
}

/* The page file's macro definitions leave blank lines before the layout's
 * doctype; nothing may precede it. */
static void
trim_leading_space(struct buf *b)
{
	size_t n = 0;

	while (n < b->len && (b->s[n] == '\n' || b->s[n] == ' ' || b->s[n] == '\t'))
		n++;
	if (n) {
		memmove(b->s, b->s + n, b->len - n + 1);
		b->len -= n;
	}
}

int
render_page(struct request *req, size_t idx)
{
	int rc;

	if (idx >= R.npages)
		abort();
	buf_reset(&req->out);
	if ((rc = render_with(R.pages[idx], req->hdf, tree_of(req), &req->out,
	    req->ref)) == 0)
		trim_leading_space(&req->out);
	return rc;
}

int
render_data(size_t idx, HDF *data, struct buf *out, const char *ref)
{
	int rc;

	if (idx >= R.npages)
		abort();
	if ((rc = render_with(R.pages[idx], data, R.global, out, ref)) == 0)
		trim_leading_space(out);
	return rc;
}

void
render_error(struct request *req, int status)
{
	char key[64], num[8];
	const char *title, *text;
	HDF *g = tree_of(req);

	snprintf(num, sizeof(num), "%d", status);
	snprintf(key, sizeof(key), "Lang.Error.E%d.Title", status);
	if ((title = hdf_get_value(g, key, NULL)) == NULL)
		title = hdf_get_value(g, "Lang.Error.Other.Title", "Lỗi");
	snprintf(key, sizeof(key), "Lang.Error.E%d.Text", status);
	if ((text = hdf_get_value(g, key, NULL)) == NULL)
		text = hdf_get_value(g, "Lang.Error.Other.Text", "");
	buf_reset(&req->out);
	if (req->hdf && R.error) {
		hdf_set_value(req->hdf, "Error.Status", num);
		hdf_set_value(req->hdf, "Error.Title", title);
		hdf_set_value(req->hdf, "Error.Text", text);
		hdf_set_value(req->hdf, "Page.Title", title);
		if (render_with(R.error, req->hdf, g, &req->out, req->ref) == 0) {
			trim_leading_space(&req->out);
			return;
		}
		buf_reset(&req->out);
	}
	/* Before cgi_init, or if the error template fails: plain text,
	 * which still names the reference id. */
	req->content_type = "text/plain; charset=utf-8";
	buf_printf(&req->out, "%s %s\n%s\nMã tham chiếu: %s\n", num,
	    http_reason(status), title, req->ref);
}

HDF *
render_global(const char *name)
{
	return R.global ? hdf_get_obj(R.global, name) : NULL;
}

const char *
render_lang(const char *key)
{
	char k[128];

	snprintf(k, sizeof(k), "Lang.%s", key);
	return hdf_get_value(R.global, k, NULL);
}

const char *
render_text(const struct request *req, const char *key)
{
	char k[128];

	snprintf(k, sizeof(k), "Lang.%s", key);
	return hdf_get_value(tree_of(req), k, NULL);
}

static int
render_alone(const struct config *cfg, const char *file, const char *layout,
    HDF *data, char **out, char *err, size_t errlen)
{
	CSPARSE *cs = NULL;
	struct buf b = BUF_INIT;
	HDF *own = NULL;
	int rc;

	if (render_globals(cfg, err, errlen) < 0)
		return -1;
	if (parse_page(file, layout, &cs, err, errlen) < 0)
		return -1;
	if (data == NULL) {
		if (hdf_init(&own))
			abort();
		data = own;
	}
	rc = render_with(cs, data, R.global, &b, NULL);
	if (rc == 0)
		trim_leading_space(&b);
	cs_destroy(&cs);
	hdf_destroy(&own);
	if (rc) {
		snprintf(err, errlen, "mẫu trang %s không hiển thị được", file);
		buf_free(&b);
		return -1;
	}
	*out = b.s ? b.s : xstrdup("");
	return 0;
}

int
render_file_standalone(const struct config *cfg, const char *file, HDF *data,
    char **out, char *err, size_t errlen)
{
	return render_alone(cfg, file, NULL, data, out, err, errlen);
}

int
render_file_bare(const struct config *cfg, const char *file, HDF *data,
    char **out, char *err, size_t errlen)
{
	return render_alone(cfg, file, "", data, out, err, errlen);
}
