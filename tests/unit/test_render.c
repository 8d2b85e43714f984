/* Templates: every page template of every responder renders with hostile
 * data in every variable it reads, and the data comes out escaped; every
 * error status has its page; no page carries inline script or style.
 *
 * The list of pages is made at build time from the responders' tables
 * (tests/unit/tpl-list.awk reads cgi/pages), so a template added to a
 * table is rendered here without anyone listing it. The variables come
 * from the templates themselves (template_keys below): each name a
 * template reads is set, so a new variable gets hostile data too. */
#include "config.h"

#define _GNU_SOURCE 1
#include <ctype.h>
#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/conf.h"
#include "core/render.h"
#include "core/request.h"
#include "core/util.h"
#include "domain/workflow.h"
#include "tap.h"

/* every page template of every responder, and which responder's */
static const struct tpl_def pages[] = {
#define TPL(responder, file, layout) { file, layout },
#include "tests/unit/tpl_list.h"
#undef TPL
};
static const char *const responder_of[] = {
#define TPL(responder, file, layout) responder,
#include "tests/unit/tpl_list.h"
#undef TPL
};
#define NPAGES (sizeof(pages) / sizeof(pages[0]))

/* Hostile text: a javascript: URL at its start (for an attribute that
 * would take it whole), quotes of both kinds, an ampersand, markup that
 * would run, a tag that would close a textarea and open another, and a
 * right-to-left override. */
#define EVIL "javascript:alert(1)//\"'&<script>alert(1)</script></textarea><b x=1>\xe2\x80\xae!"

static const char *top;		/* the source tree */

/* --- what a template reads ------------------------------------------------
 * A small reading of ClearSilver's syntax, enough to name the data: the
 * names in var:, alt:, if:, elif:, name:, call: arguments, set: and each:
 * right-hand sides, in the page file, the files it includes and its layout.
 * Local names (each:/with: variables, macro parameters: lower case) are
 * replaced by what they stand for (an each: variable by the list's first
 * item, NAME.0); Form[name] by each literal a macro is called with (the
 * form fields: call:input("ho_ten", ...)). A name compared with a literal
 * (if:X == "disabled", if:X > 0) is remembered with a value that makes the
 * comparison true, to open that branch in the second rendering. */

struct strs {
	char **v;
	size_t n, cap;
};

static void
strs_add(struct strs *a, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < a->n; i++)
		if (strlen(a->v[i]) == len && memcmp(a->v[i], s, len) == 0)
			return;
	if (a->n == a->cap) {
		a->cap = a->cap ? 2 * a->cap : 64;
		a->v = realloc(a->v, a->cap * sizeof(*a->v));
		if (a->v == NULL)
			abort();
	}
	a->v[a->n++] = strndup(s, len);
}

static void
strs_free(struct strs *a)
{
	size_t i;

	for (i = 0; i < a->n; i++)
		free(a->v[i]);
	free(a->v);
	memset(a, 0, sizeof(*a));
}

struct keys {
	struct strs files;	/* read already */
	struct strs refs;	/* names as written */
	struct strs alias;	/* "local=target" (each: target ends in .0) */
	struct strs lits;	/* first literal arguments of call: */
	struct strs calls;	/* "macro=that literal" */
	struct strs defs;	/* "macro=its first parameter" */
	/* "name=value": a number; "name=\"value": a string; "name=@parameter" */
	struct strs conds;
	int citizen;		/* the English check: leave out the officers'
				 * files a citizen's page includes for staff
				 * only (staff_menu.cs) */
};

/* An officers' template, which stays in Vietnamese: staff.c's pages, the
 * administration's, the staff menu. */
static int
officers_template(const char *file)
{
	static const char *const staff[] = { "staff_", "totp", "admin_" };
	size_t j;

	for (j = 0; j < sizeof(staff) / sizeof(staff[0]); j++)
		if (strncmp(file, staff[j], strlen(staff[j])) == 0)
			return 1;
	return 0;
}

static int
name_char(int c)
{
	return isalnum(c) || c == '_' || c == '.';
}

/* The names in expression e (up to end): remembered as refs, and with
 * a value in conds when compared with a literal (cond != 0). */
static void
scan_expr(struct keys *k, const char *e, const char *end, int cond)
{
	while (e < end) {
		const char *s = e, *n;

		if (*e == '"') {
			for (e++; e < end && *e != '"'; e++)
				;
			e++;
			continue;
		}
		if (!isalpha((unsigned char)*e) && *e != '_') {
			e++;
			continue;
		}
		while (e < end && (name_char((unsigned char)*e) || *e == '[')) {
			if (*e == '[') {	/* an index: to its closing bracket */
				int depth = 0;

				do {
					depth += *e == '[' ? 1 : *e == ']' ? -1 : 0;
					e++;
				} while (e < end && depth > 0);
			} else
				e++;
		}
		for (n = e; n < end && *n == ' '; n++)
			;
		if (n < end && *n == '(')	/* a function or macro: its arguments follow */
			continue;
		strs_add(&k->refs, s, (size_t)(e - s));
		if (cond) {
			char v[128];
			const char *op = n;
			long num;

			if (n + 1 < end && (n[0] == '=' || n[0] == '!') && n[1] == '=')
				n += 2;
			else if (n < end && (*n == '<' || *n == '>'))
				n += n + 1 < end && n[1] == '=' ? 2 : 1;
			else
				continue;
			while (n < end && *n == ' ')
				n++;
			if (*op == '!')
				continue;
			if (n < end && *n == '"') {
				const char *q = strchr(n + 1, '"');

				if (q == NULL || q > end)
					continue;
				snprintf(v, sizeof(v), "%.*s=\"%.*s", (int)(e - s), s, (int)(q - n - 1), n + 1);
			} else if (n < end && (isdigit((unsigned char)*n) || *n == '#')) {
				num = strtol(n + (*n == '#'), NULL, 10);
				num += *op == '>' ? 1 : *op == '<' ? -1 : 0;
				snprintf(v, sizeof(v), "%.*s=%ld", (int)(e - s), s, num);
			} else if (n < end && islower((unsigned char)*n)) {
				const char *q = n;

				while (q < end && name_char((unsigned char)*q))
					q++;
				snprintf(v, sizeof(v), "%.*s=@%.*s", (int)(e - s), s, (int)(q - n), n);
			} else
				continue;
			strs_add(&k->conds, v, strlen(v));
		}
	}
}

/* The whole of the file at path, NUL-terminated (the caller frees it), or
 * NULL if it cannot be opened. */
static char *
read_whole(const char *path)
{
	char *text;
	long len;
	FILE *f;

	if ((f = fopen(path, "r")) == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	rewind(f);
	text = calloc(1, (size_t)len + 1);
	if (text == NULL || fread(text, 1, (size_t)len, f) != (size_t)len)
		abort();
	fclose(f);
	return text;
}

/* Reads templates/<file> and what it includes. */
static void
template_keys(struct keys *k, const char *file)
{
	char path[PATH_MAX], *text, *p;
	size_t i;

	for (i = 0; i < k->files.n; i++)
		if (strcmp(k->files.v[i], file) == 0)
			return;
	strs_add(&k->files, file, strlen(file));
	snprintf(path, sizeof(path), "%s/templates/%s", top, file);
	if ((text = read_whole(path)) == NULL)
		return;	/* render_init names it */
	for (p = text; (p = strstr(p, "<?cs")) != NULL;) {
		char *end = strstr(p, "?>"), *cmd, *arg, *eq;

		if (end == NULL)
			break;
		for (cmd = p + 4; isspace((unsigned char)*cmd); cmd++)
			;
		p = end + 2;
		if (*cmd == '#' || (arg = memchr(cmd, ':', (size_t)(end - cmd))) == NULL)
			continue;
		arg++;
		while (isspace((unsigned char)*arg))
			arg++;
#define IS(word) (strncmp(cmd, word ":", sizeof(word)) == 0)
		if (IS("include")) {
			char *q = strchr(arg + 1, '"');

			if (*arg == '"' && q && q < end) {
				char inc[256];

				snprintf(inc, sizeof(inc), "%.*s", (int)(q - arg - 1), arg + 1);
				if (!(k->citizen && officers_template(inc)))
					template_keys(k, inc);
			}
		} else if (IS("each") || IS("with")) {
			char al[512];
			const char *lo = arg, *t;

			if ((eq = memchr(arg, '=', (size_t)(end - arg))) == NULL)
				continue;
			for (t = eq + 1; *t == ' '; t++)
				;
			while (lo < eq && name_char((unsigned char)*lo))
				lo++;
			i = 0;
			while (t + i < end && (name_char((unsigned char)t[i]) || t[i] == '[' || t[i] == ']'))
				i++;
			snprintf(al, sizeof(al), "%.*s=%.*s%s", (int)(lo - arg), arg, (int)i, t,
			    IS("each") ? ".0" : "");
			strs_add(&k->alias, al, strlen(al));
			scan_expr(k, eq + 1, end, 0);
		} else if (IS("call") || IS("def")) {
			char *open = memchr(arg, '(', (size_t)(end - arg)), pair[256];

			if (open == NULL)
				continue;
			if (IS("def")) {
				for (i = 1; name_char((unsigned char)open[i]); i++)
					;
				snprintf(pair, sizeof(pair), "%.*s=%.*s", (int)(open - arg), arg,
				    (int)i - 1, open + 1);
				strs_add(&k->defs, pair, strlen(pair));
				continue;
			}
			if (open[1] == '"') {
				char *q = strchr(open + 2, '"');

				if (q && q < end && q > open + 2) {
					strs_add(&k->lits, open + 2, (size_t)(q - open - 2));
					snprintf(pair, sizeof(pair), "%.*s=%.*s", (int)(open - arg), arg,
					    (int)(q - open - 2), open + 2);
					strs_add(&k->calls, pair, strlen(pair));
				}
			}
			scan_expr(k, open + 1, end, 0);
		} else if (IS("set") || IS("loop")) {
			if ((eq = memchr(arg, '=', (size_t)(end - arg))) != NULL)
				scan_expr(k, eq + 1, end, 0);
		} else if (IS("if") || IS("elif") || IS("alt"))
			scan_expr(k, arg, end, 1);
		else if (IS("var") || IS("name") || IS("escape"))
			scan_expr(k, arg, end, 0);
#undef IS
	}
	free(text);
}

/* The site's own addresses: Site.BaseURL and paths the code appends to it
 * (configuration, not data), which templates put at the start of a link. */
static const char *const site_addresses[] = {
	"Req.BasePath", "Notice.Base", "Mail.Base", "Embed.BaseURL", "Mail.Link",
};

/* The data names a written name stands for, into out: locals replaced
 * (up to a few levels), Form[x] by each form field, other indexes by 0.
 * The process-wide tree's (Lang, Site, Static) and the site's addresses
 * are left out. */
static void
resolve(const struct keys *k, const char *ref, int depth, struct strs *out)
{
	size_t head = strcspn(ref, ".["), i;
	char buf[512];

	if (depth > 6)
		return;
	if (islower((unsigned char)*ref)) {
		for (i = 0; i < k->alias.n; i++) {
			const char *a = k->alias.v[i], *t = strchr(a, '=');

			if ((size_t)(t - a) == head && strncmp(a, ref, head) == 0) {
				snprintf(buf, sizeof(buf), "%s%s", t + 1, ref + head);
				resolve(k, buf, depth + 1, out);
			}
		}
		return;
	}
	{
		const char *b = strchr(ref, '[');

		if (b) {
			const char *c = strchr(b, ']');
			size_t j;

			if (c == NULL)
				return;
			if (b[1] == '"') {
				snprintf(buf, sizeof(buf), "%.*s.%.*s%s", (int)(b - ref), ref,
				    (int)(c - b - 3), b + 2, c + 1);
				resolve(k, buf, depth + 1, out);
			} else if (strncmp(ref, "Form[", 5) == 0) {
				for (j = 0; j < k->lits.n; j++) {
					snprintf(buf, sizeof(buf), "Form.%s%s", k->lits.v[j], c + 1);
					resolve(k, buf, depth + 1, out);
				}
			} else {
				snprintf(buf, sizeof(buf), "%.*s.0%s", (int)(b - ref), ref, c + 1);
				resolve(k, buf, depth + 1, out);
			}
			return;
		}
	}
	if (strncmp(ref, "Lang.", 5) == 0 || strncmp(ref, "Site.", 5) == 0 ||
	    strncmp(ref, "Static.", 7) == 0)
		return;
	for (i = 0; i < sizeof(site_addresses) / sizeof(site_addresses[0]); i++)
		if (strcmp(ref, site_addresses[i]) == 0)
			return;
	strs_add(out, ref, strlen(ref));
}

/* A literal the macro whose first parameter is param is called with. */
static char *
param_value(const struct keys *k, const char *param)
{
	size_t i, j, len;

	for (i = 0; i < k->defs.n; i++) {
		const char *d = k->defs.v[i], *p = strchr(d, '=') + 1;

		if (strcmp(p, param) != 0)
			continue;
		len = (size_t)(p - 1 - d);
		for (j = 0; j < k->calls.n; j++)
			if (strncmp(k->calls.v[j], d, len + 1) == 0)
				return strchr(k->calls.v[j], '=') + 1;
	}
	return NULL;
}

/* hdf_set_value, saying so when HDF refuses a name this test made up */
static void
set(HDF *h, const char *name, const char *value)
{
	NEOERR *e = hdf_set_value(h, name, value);

	if (e != STATUS_OK) {
		printf("# cannot set %s\n", name);
		nerr_ignore(&e);
	}
}

/* ClearSilver's message for e (one line, for a TAP description); frees e. */
static void
nerr_msg(NEOERR *e, char *out, size_t outlen)
{
	STRING s;
	char *c;

	string_init(&s);
	nerr_error_string(e, &s);
	snprintf(out, outlen, "%s", s.buf ? s.buf : "unknown error");
	string_clear(&s);
	nerr_ignore(&e);
	for (c = out; *c; c++)
		if (*c == '\n')
			*c = ' ';
}

/* 1 when e is STATUS_OK; else "not ok - what: <ClearSilver's error>" and 0. */
static int
nerr_ok(NEOERR *e, const char *what)
{
	char msg[512];

	if (e == STATUS_OK)
		return 1;
	nerr_msg(e, msg, sizeof(msg));
	ok(0, "%s: %s", what, msg);
	return 0;
}

/* A new data tree; without one nothing can be tested. */
static HDF *
new_hdf(void)
{
	HDF *h = NULL;
	char msg[512];
	NEOERR *e = hdf_init(&h);

	if (e != STATUS_OK) {
		nerr_msg(e, msg, sizeof(msg));
		printf("Bail out! hdf_init: %s\n", msg);
		exit(1);
	}
	return h;
}

/* hdf_set_value of a name this test chose: a refusal is a failure */
static void
put(HDF *h, const char *name, const char *value)
{
	nerr_ok(hdf_set_value(h, name, value), name);
}

/* Template file (then its layout: NULL for layout.cs, "" for none) parses
 * the way render_init parses it, checked here one by one so that a missing
 * or broken template is named ("not ok - <template>: <error>") instead of
 * leaving render_init's table half made. 1 if it parses. */
static int
parses(HDF *init, const char *file, const char *layout)
{
	CSPARSE *cs = NULL;
	NEOERR *e;
	int good;

	if ((e = cs_init(&cs, init)) == STATUS_OK &&
	    (e = cgi_register_strfuncs(cs)) == STATUS_OK &&
	    (e = cs_parse_file(cs, file)) == STATUS_OK && (layout == NULL || *layout != '\0'))
		e = cs_parse_file(cs, layout ? layout : "layout.cs");
	good = nerr_ok(e, file);
	cs_destroy(&cs);
	return good;
}

/* The request data for page idx: every name it reads set to value; with
 * open 1, then the names it compares set to what opens the branch; with
 * open 2, those compared with a number or a macro's parameter only (the
 * else branches of string comparisons: a.status == "closed"). */
static void
hostile_data(HDF *h, const struct keys *k, const char *value, int open)
{
	struct strs names = { 0 };
	size_t i, j;

	for (i = 0; i < k->refs.n; i++)
		resolve(k, k->refs.v[i], 0, &names);
	for (i = 0; i < names.n; i++)
		set(h, names.v[i], value);
	if (open)
		for (i = 0; i < k->conds.n; i++) {
			char *c = strdup(k->conds.v[i]), *v = strchr(c, '=');
			struct strs to = { 0 };

			*v++ = '\0';
			if (*v == '"' && open == 2)
				v = NULL;
			else if (*v == '"')
				v++;
			else if (*v == '@')	/* a macro's first parameter: what it is called with */
				v = param_value(k, v + 1);
			if (v == NULL) {
				free(c);
				continue;
			}
			resolve(k, c, 0, &to);
			for (j = 0; j < to.n; j++)
				set(h, to.v[j], v);
			strs_free(&to);
			free(c);
		}
	strs_free(&names);
}

static void
page_keys(struct keys *k, size_t idx, int citizen)
{
	memset(k, 0, sizeof(*k));
	k->citizen = citizen;
	template_keys(k, pages[idx].file);
	if (pages[idx].layout == NULL || *pages[idx].layout != '\0')
		template_keys(k, pages[idx].layout == NULL ? "layout.cs" : pages[idx].layout);
}

static void
keys_free(struct keys *k)
{
	strs_free(&k->files);
	strs_free(&k->refs);
	strs_free(&k->alias);
	strs_free(&k->lits);
	strs_free(&k->calls);
	strs_free(&k->defs);
	strs_free(&k->conds);
}

/* Nothing of the hostile text came out as markup, quoting or a URL. */
static int
escaped(const char *o)
{
	static const char *const raw[] = {
		"<script>alert", "</textarea><b", "<b x=1>", "\"'&<",
		"href=\"javascript:", "src=\"javascript:", "action=\"javascript:",
		"href='javascript:", "src='javascript:", "action='javascript:",
	};
	size_t i;

	for (i = 0; i < sizeof(raw) / sizeof(raw[0]); i++) {
		const char *at = strstr(o, raw[i]), *from;

		if (at == NULL)
			continue;
		from = at - o > 120 ? at - 120 : o;
		printf("#   found %s after: ", raw[i]);
		for (; from < at; from++)
			putchar(*from == '\n' ? ' ' : *from);
		printf("\n");
		return 0;
	}
	return 1;
}

static size_t
page_index(const char *file)
{
	size_t i;

	for (i = 0; i < NPAGES; i++)
		if (strcmp(pages[i].file, file) == 0)
			break;
	return i;
}

/* No inline script (a <script> without src), style or handler. */
static int
no_inline_code(const char *html)
{
	const char *s = html;

	while ((s = strstr(s, "<script")) != NULL) {
		const char *end = strchr(s, '>');

		if (end == NULL || !memmem(s, (size_t)(end - s), " src=", 5))
			return 0;
		s = end;
	}
	return strstr(html, "style=") == NULL && strstr(html, "<style") == NULL &&
	    strstr(html, " onclick") == NULL && strstr(html, " onload") == NULL &&
	    strstr(html, " onerror") == NULL;
}

/* --- English: every word on a citizen's page --------------------------------
 * A citizen may read the portal in English (templates/lang/en.hdf over
 * vi.hdf). Every Lang.* name the citizen's pages read must be in en.hdf,
 * else the English page falls back to Vietnamese there. The pages are the
 * tables' (tpl_list.h) of dvc-public, dvc-account and dvc-dossier, with
 * their includes and layout; not the officers' pages and files (staff_*,
 * totp*, admin_*: staff.c, the administration and the staff menu, which
 * stay in Vietnamese), nor
 * a mail (a template without layout: mail and notices are sent in
 * Vietnamese). A name with an index (Lang.Dossier.St[s]) or a node
 * (each: over it) stands for its whole subtree in vi.hdf. Besides: the
 * error pages' words (render_error), the fields' messages (Lang.Valid,
 * req_form_to_hdf) and each literal key the C code passes to
 * render_text. */

static int
citizen_page(size_t i)
{
	if (strcmp(responder_of[i], "public") != 0 && strcmp(responder_of[i], "account") != 0 &&
	    strcmp(responder_of[i], "dossier") != 0)
		return 0;
	if (pages[i].layout && *pages[i].layout == '\0')
		return 0;
	return !officers_template(pages[i].file);
}

/* Each leaf of vi's node at name (or name itself, a leaf) that en lacks,
 * into missing. */
static void
lacks(HDF *vi, HDF *en, const char *name, struct strs *missing)
{
	HDF *n = hdf_get_obj(vi, name), *c;
	char sub[512];

	if (n == NULL)
		return;		/* not a Vietnamese word either (a page's own data) */
	if ((c = hdf_obj_child(n)) == NULL) {
		if (hdf_get_value(en, name, NULL) == NULL)
			strs_add(missing, name, strlen(name));
		return;
	}
	for (; c; c = hdf_obj_next(c)) {
		snprintf(sub, sizeof(sub), "%s.%s", name, hdf_obj_name(c));
		lacks(vi, en, sub, missing);
	}
}

/* The Lang.* names in what a page reads, into missing. */
static void
page_lacks(HDF *vi, HDF *en, const struct keys *k, struct strs *missing)
{
	char name[512];
	size_t i, n;

	for (i = 0; i < k->refs.n; i++) {
		if (strncmp(k->refs.v[i], "Lang.", 5) != 0)
			continue;
		n = strcspn(k->refs.v[i], "[");
		while (n > 0 && k->refs.v[i][n - 1] == '.')
			n--;
		snprintf(name, sizeof(name), "%.*s", (int)n, k->refs.v[i]);
		lacks(vi, en, name, missing);
	}
}

/* The keys C code passes to render_text as a literal, from the sources
 * under cgi/ dir, as Lang.<key>. */
static void
c_text_keys(const char *dir, struct strs *out)
{
	static const char call[] = "render_text(req, \"";
	char path[PATH_MAX], *text, *p, *q;
	struct dirent *e;
	DIR *d;

	snprintf(path, sizeof(path), "%s/cgi/%s", top, dir);
	if ((d = opendir(path)) == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		if (strlen(e->d_name) < 3 || strcmp(e->d_name + strlen(e->d_name) - 2, ".c") != 0)
			continue;
		snprintf(path, sizeof(path), "%s/cgi/%s/%s", top, dir, e->d_name);
		if ((text = read_whole(path)) == NULL)
			continue;
		for (p = text; (p = strstr(p, call)) != NULL; p = q) {
			char key[256];

			p += sizeof(call) - 1;
			if ((q = strchr(p, '"')) == NULL)
				break;
			snprintf(key, sizeof(key), "Lang.%.*s", (int)(q - p), p);
			strs_add(out, key, strlen(key));
		}
		free(text);
	}
	closedir(d);
}

/* The Vietnamese file and its English, under templates/, each read. */
static void
read_pair(const char *vi_file, const char *en_file, HDF **vi, HDF **en)
{
	char path[PATH_MAX];

	if (hdf_init(vi) || hdf_init(en))
		abort();
	snprintf(path, sizeof(path), "%s/templates/%s", top, vi_file);
	ok(hdf_read_file(*vi, path) == STATUS_OK, "%s reads", vi_file);
	snprintf(path, sizeof(path), "%s/templates/%s", top, en_file);
	ok(hdf_read_file(*en, path) == STATUS_OK, "%s reads", en_file);
}

static void
english_complete(void)
{
	HDF *vi = NULL, *en = NULL;
	struct strs missing = { 0 }, extra = { 0 };
	size_t i, j, pages_checked = 0;

	read_pair("lang/vi.hdf", "lang/en.hdf", &vi, &en);
	for (i = 0; i < NPAGES; i++) {
		struct keys k;

		if (!citizen_page(i))
			continue;
		pages_checked++;
		page_keys(&k, i, 1);
		page_lacks(vi, en, &k, &missing);
		keys_free(&k);
		for (j = 0; j < missing.n; j++)
			printf("# en.hdf lacks %s (%s)\n", missing.v[j], pages[i].file);
		ok(missing.n == 0, "%s %s: every word in English (%zu missing)", responder_of[i],
		    pages[i].file, missing.n);
		strs_free(&missing);
	}
	ok(pages_checked > 30, "the citizens' pages checked in English: %zu", pages_checked);
	strs_add(&extra, "Lang.Error", 10);
	strs_add(&extra, "Lang.Valid", 10);
	c_text_keys("pages", &extra);
	c_text_keys("core", &extra);
	ok(extra.n > 3, "keys from C: %zu", extra.n);
	for (i = 0; i < extra.n; i++)
		lacks(vi, en, extra.v[i], &missing);
	for (j = 0; j < missing.n; j++)
		printf("# en.hdf lacks %s (error pages, fields' messages, render_text)\n",
		    missing.v[j]);
	ok(missing.n == 0, "error pages, fields' messages and render_text in English (%zu missing)",
	    missing.n);
	strs_free(&missing);
	strs_free(&extra);
	hdf_destroy(&vi);
	hdf_destroy(&en);

	/* the usage guides (/huong-dan): every text in English too (a
	 * guide's Slug is its address, the same in both) */
	read_pair("guide.hdf", "lang/guide-en.hdf", &vi, &en);
	lacks(vi, en, "Guide", &missing);
	for (i = j = 0; i < missing.n; i++)
		if (strcmp(strrchr(missing.v[i], '.'), ".Slug") != 0) {
			printf("# guide-en.hdf lacks %s\n", missing.v[i]);
			j++;
		}
	ok(missing.n > 0 && j == 0, "the guides in English (%zu missing)", j);
	strs_free(&missing);
	hdf_destroy(&vi);
	hdf_destroy(&en);
}

int
main(void)
{
	char dir[] = "/tmp/dvc-test-render-XXXXXX", path[512], text[2 * PATH_MAX + 200], err[1024];
	char topabs[PATH_MAX], *long_evil;
	static const int codes[] = { 400, 403, 404, 405, 409, 411, 413, 414, 415,
		429, 431, 500, 503 };
	struct config cfg;
	size_t i, pass;

	top = getenv("top_srcdir");
	if (top == NULL)
		top = ".";
	if (realpath(top, topabs) == NULL)
		return 99;
	top = topabs;
	if (mkdtemp(dir) == NULL)
		return 99;
	snprintf(path, sizeof(path), "%s/dvc.hdf", dir);
	snprintf(text, sizeof(text), "Paths.Templates = %s/templates\n"
	    "Paths.Htdocs = %s/htdocs\nSite.Name = Cổng <b>thử</b>\n", top, top);
	{
		FILE *f = fopen(path, "w");

		fputs(text, f);
		fclose(f);
	}
	/* a very long value: the hostile text 100 times over (~8 KB) */
	long_evil = calloc(100, sizeof(EVIL));
	if (long_evil == NULL)
		return 99;
	for (i = 0; i < 100; i++)
		strcat(long_evil, EVIL);
	err[0] = '\0';
	if (config_load(&cfg, path, err, sizeof(err)) < 0) {
		printf("Bail out! %s\n", err);
		return 1;
	}
	/* every template first, each failure named; nothing is rendered
	 * unless all of them parse (render_init stops at the first and
	 * leaves the later pages without a parse tree) */
	{
		HDF *init = new_hdf();
		int all = 1;

		snprintf(text, sizeof(text), "%s/templates", top);
		put(init, "hdf.loadpaths.0", text);
		put(init, "Config.VarEscapeMode", "html");
		put(init, "Config.TagStart", "cs");
		for (i = 0; i < NPAGES; i++)
			all &= parses(init, pages[i].file, pages[i].layout);
		all &= parses(init, "error.cs", NULL);
		hdf_destroy(&init);
		ok(all, "every template parses (%zu pages and error.cs)", NPAGES);
		if (!all) {
			printf("# a template is missing or does not parse: nothing rendered\n");
			goto done;
		}
	}
	if (render_init(&cfg, pages, NPAGES, err, sizeof(err)) != 0) {
		for (i = 0; err[i]; i++)
			if (err[i] == '\n')
				err[i] = ' ';
		ok(0, "render_init: %s", err);
		goto done;	/* render_free frees what it made */
	}
	ok(1, "render_init");
	english_complete();

	/* each page three times: every name it reads hostile; then the names
	 * it compares set to open their branches, the rest very long; then
	 * the else branches of its string comparisons */
	for (i = 0; i < NPAGES; i++) {
		struct keys keys;

		page_keys(&keys, i, 0);
		for (pass = 0; pass < 3; pass++) {
			static const char *const passes[] = { "hostile", "long, branches open",
				"other branches" };
			const char *what = passes[pass];
			struct request req;
			const char *o;

			memset(&req, 0, sizeof(req));
			req.hdf = new_hdf();
			hostile_data(req.hdf, &keys, pass == 1 ? long_evil : EVIL, (int)pass);
			/* a template outside the layout is a mail: its HTML form (its
			 * text form is plain text, escape:"none" by design) */
			if (pages[i].layout && *pages[i].layout == '\0')
				put(req.hdf, "Mail.Html", "1");
			ok(render_page(&req, i) == 0, "%s %s (%s) renders", responder_of[i],
			    pages[i].file, what);
			o = buf_str(&req.out);
			ok(escaped(o), "%s (%s): no markup, quote or javascript: URL from data",
			    pages[i].file, what);
			ok(keys.refs.n == 0 || strstr(o, "&lt;script&gt;alert(1)&lt;/script&gt;") != NULL,
			    "%s (%s): the data reached the page, escaped", pages[i].file, what);
			ok(no_inline_code(o), "%s (%s): no inline script, style or handler",
			    pages[i].file, what);
			if (pages[i].layout == NULL || *pages[i].layout != '\0') {
				ok(strstr(o, "<b>thử</b>") == NULL && (pages[i].layout ||
				    strstr(o, "&lt;b&gt;thử&lt;/b&gt;") != NULL),
				    "%s: site name from config escaped", pages[i].file);
				ok(strstr(o, "<html lang=\"vi\">") && strstr(o, "<meta charset=\"utf-8\">") &&
				    strstr(o, "<main"), "%s: layout with language, charset, main",
				    pages[i].file);
			}
			if (pages[i].layout == NULL)
				ok(strstr(o, "href=\"#noi-dung\"") && strstr(o, "/tiep-can") != NULL,
				    "%s: skip link and accessibility statement", pages[i].file);
			buf_free(&req.out);
			hdf_destroy(&req.hdf);
		}
		keys_free(&keys);
	}
	{
		struct request req;
		const char *o;

		memset(&req, 0, sizeof(req));
		req.hdf = new_hdf();
		put(req.hdf, "Form.ho_ten.Error", "Vui lòng nhập mục này.");
		put(req.hdf, "Form.ErrorCount", "1");
		/* as req_render lists them (core/request.c) */
		put(req.hdf, "Form.Errors.0", "ho_ten");
		ok(page_index("feedback.cs") < NPAGES, "the feedback form is a page");
		/* render_page aborts on an index past the table */
		ok(page_index("feedback.cs") < NPAGES &&
		    render_page(&req, page_index("feedback.cs")) == 0, "feedback.cs renders");
		o = buf_str(&req.out);
		ok(strstr(o, "aria-invalid=\"true\"") && strstr(o, "aria-describedby=\"ho_ten-loi\"") &&
		    strstr(o, "id=\"ho_ten-loi\""), "field error tied to its input");
		ok(strstr(o, "href=\"#ho_ten\"") != NULL, "error summary links to the field");
		buf_free(&req.out);
		hdf_destroy(&req.hdf);
	}
	/* the notices as each profile sends them (wf_profiles): its title,
	 * number and circular; a stop under 2018 has no number; hostile
	 * data escaped */
	{
		static const enum wf_form kinds[] = { NF_APOLOGY, NF_STOP };
		size_t k, p;

		for (p = 0; p < WP__MAX; p++)
			for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
				const struct wf_form_def *d = wf_form((int)p, kinds[k]);
				struct request req;
				char want[64];
				struct keys keys;
				const char *o;
				size_t t;

				t = page_index(d->tpl);
				ok(t < NPAGES, "%s: %s is a page", wf_profiles[p].name, d->tpl);
				if (t == NPAGES)
					continue;
				memset(&req, 0, sizeof(req));
				req.hdf = new_hdf();
				page_keys(&keys, t, 0);
				hostile_data(req.hdf, &keys, EVIL, 0);
				keys_free(&keys);
				put(req.hdf, "Notice.form", d->number);
				put(req.hdf, "Notice.title", d->title);
				put(req.hdf, "Notice.profile", wf_profiles[p].name);
				put(req.hdf, "Notice.circular", wf_profiles[p].circular);
				put(req.hdf, "Notice.number", "17");
				put(req.hdf, "Notice.year", "2025");
				put(req.hdf, "Notice.extend_days", "3");
				put(req.hdf, "Notice.withdrawn", "1");
				put(req.hdf, "Due.at", "16:30 Thứ Sáu, 05/12/2025");
				put(req.hdf, "Due.first", "09:00 Thứ Hai, 01/12/2025");
				ok(render_page(&req, t) == 0, "%s %s renders", wf_profiles[p].name,
				    d->tpl);
				o = buf_str(&req.out);
				ok(strstr(o, "<script>alert") == NULL &&
				    strstr(o, "&lt;script&gt;alert(1)&lt;/script&gt;") != NULL,
				    "%s %s: the reason escaped", wf_profiles[p].name, d->tpl);
				ok(no_inline_code(o), "%s %s: no inline code", wf_profiles[p].name,
				    d->tpl);
				ok(strstr(o, d->title) && strstr(o, wf_profiles[p].circular) &&
				    strstr(o, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") &&
				    strstr(o, "Độc lập - Tự do - Hạnh phúc"),
				    "%s %s: title, circular and the national motto",
				    wf_profiles[p].name, d->tpl);
				snprintf(want, sizeof(want), "Số: 17/2025%s%s", *d->number ? "/" : "",
				    d->number);
				ok(strstr(o, want) != NULL, "%s %s: numbered %s", wf_profiles[p].name,
				    d->tpl, want);
				snprintf(want, sizeof(want), "Mẫu số %s", d->number);
				ok(*d->number ? strstr(o, want) != NULL : strstr(o, "Mẫu số") == NULL,
				    "%s %s: form number shown only when it has one",
				    wf_profiles[p].name, d->tpl);
				/* Form 04, both profiles: the date Form 01 promised
				 * beside the new one */
				if (kinds[k] == NF_APOLOGY)
					ok(strstr(o, "id=\"hen-ban-dau\">") && strstr(o, "01/12/2025") &&
					    strstr(o, "id=\"hen-moi\">") && strstr(o, "05/12/2025") &&
					    strstr(o, "3 ngày làm việc"), "%s apology: the first date, the"
					    " extension and the new date", wf_profiles[p].name);
				if (kinds[k] == NF_APOLOGY && p == WP_2025)
					ok(strstr(o, "đề nghị gia hạn") && strstr(o, "<strong>3 ngày làm việc") &&
					    strstr(o, "05/12/2025"), "2025 apology: extension and new date");
				if (kinds[k] == NF_STOP)
					ok(strstr(o, "Theo yêu cầu rút hồ sơ") != NULL,
					    "%s stop: confirms the withdrawal", wf_profiles[p].name);
				buf_free(&req.out);
				hdf_destroy(&req.hdf);
			}
	}
	/* a citizen's page in English: the English tree, the language
	 * declared, the link back to Vietnamese; an officer's or a mail's
	 * template stays Vietnamese whatever the request says (render_data) */
	for (i = 0; i < NPAGES; i++) {
		struct request req;
		const char *o;

		if (!citizen_page(i))
			continue;
		memset(&req, 0, sizeof(req));
		req.hdf = new_hdf();
		req.lang = "en";
		put(req.hdf, "Req.OtherLang", "vi");
		put(req.hdf, "Req.Path", "/thu-tuc");
		ok(render_page(&req, i) == 0, "%s in English renders", pages[i].file);
		o = buf_str(&req.out);
		ok(strstr(o, "<html lang=\"en\">") != NULL, "%s in English: html lang=en",
		    pages[i].file);
		if (pages[i].layout == NULL)
			ok(strstr(o, "hreflang=\"vi\">Tiếng Việt</a>") &&
			    strstr(o, "/ngon-ngu/vi?tiep=%2Fthu-tuc\"") &&
			    strstr(o, "published in Vietnamese only"), "%s in English: the link back to "
			    "Vietnamese and the note on published content", pages[i].file);
		buf_free(&req.out);
		hdf_destroy(&req.hdf);
	}
	{
		HDF *data = new_hdf();
		struct buf b = BUF_INIT;
		size_t m = page_index("mail.cs");

		/* words English has too (Lang.Dossier.Code): still Vietnamese */
		put(data, "Mail.Kind", "Confirm");
		put(data, "Mail.Code", "000.00.15.H34-250314-0001");
		ok(m < NPAGES && render_data(m, data, &b, "ABCDEFGHJK") == 0 &&
		    strstr(buf_str(&b), "Mã hồ sơ") && strstr(buf_str(&b), "Kính gửi") &&
		    strstr(buf_str(&b), "Application") == NULL, "mail renders in Vietnamese");
		buf_free(&b);
		hdf_destroy(&data);
	}
	for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++) {
		struct request req;
		char want[16];
		const char *o;

		memset(&req, 0, sizeof(req));
		req.hdf = new_hdf();
		strcpy(req.ref, "ABCDEFGHJK");
		put(req.hdf, "Req.Ref", req.ref);
		render_error(&req, codes[i]);
		o = buf_str(&req.out);
		snprintf(want, sizeof(want), "%d", codes[i]);
		ok(strstr(o, want) && strstr(o, "ABCDEFGHJK") && strstr(o, "<h1>") &&
		    req.content_type == NULL, "error page %d in the layout with its reference", codes[i]);
		buf_free(&req.out);
		hdf_destroy(&req.hdf);
	}
done:
	render_free();
	config_free(&cfg);
	free(long_evil);
	unlink(path);
	rmdir(dir);
	return done_testing();
}
