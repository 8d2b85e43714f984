/* Templates: ClearSilver, parsed once at start-up, rendered per request.
 *
 * Each page is one parse tree: the page file (which defines the macros
 * title() and body()) followed by its layout (tpl_def.layout: NULL for
 * layout.cs, "" for none) (the one layout, which calls
 * them). Parse trees are built with Config.VarEscapeMode = html, so every
 * var: is HTML-escaped unless the template says otherwise.
 *
 * Two data trees: the request's HDF (page data, forms, Req.*) and a
 * process-wide tree read as ClearSilver's global HDF (Site.* from the
 * configuration, Lang.* from templates/lang/<language>.hdf, Static.*),
 * one per language, all loaded at start-up: a page is rendered in its
 * person's language (req_lang); mail, notices and dvcctl's files in the
 * site's (Site.Language), whatever the person chose. Secrets are never in
 * any of them. */
#ifndef DVC_RENDER_H
#define DVC_RENDER_H

#include <stddef.h>

#include "core/cs.h"

#include "core/request.h"

struct config;

int render_init(const struct config *cfg, const struct tpl_def *tpls,
    size_t n, char *err, size_t errlen);
void render_free(void);
/* Loads Site.*, Lang.* and Static.* once (render_init does it too). */
int render_globals(const struct config *cfg, char *err, size_t errlen);

/* Renders page template idx (index into the responder's tpls) with the
 * request's HDF into req->out. Returns 0 or 500. */
int render_page(struct request *req, size_t idx);
/* Renders template idx with another data tree into out (a mail or a
 * notice made while answering a request: in the site's language, not
 * the person's). Returns 0 or 500. */
int render_data(size_t idx, HDF *data, struct buf *out, const char *ref);
/* Renders the error page for status into req->out; never fails (falls
 * back to a plain text body if the template cannot render). */
void render_error(struct request *req, int status);

/* A node of the site language's tree (e.g. "Guide.tao-tai-khoan"), or
 * NULL. */
HDF *render_global(const char *name);
/* A language string (Lang.<key>) in the site's language, or NULL: for
 * mail, notices, officers' pages and dvcctl. */
const char *render_lang(const char *key);
/* The same in the language of req's page (req_lang): for words put on a
 * page a citizen reads (a form's error message). */
const char *render_text(const struct request *req, const char *key);

/* Renders a template file standing alone (no request), for dvcctl's
 * static error pages and for template tests. data may be NULL. */
int render_file_standalone(const struct config *cfg, const char *file,
    HDF *data, char **out, char *err, size_t errlen);
/* The same without the layout: a mail (mail.cs) made by dvcctl. */
int render_file_bare(const struct config *cfg, const char *file, HDF *data,
    char **out, char *err, size_t errlen);

#endif
