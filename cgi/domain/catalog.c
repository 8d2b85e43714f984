#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/log.h"
#include "core/util.h"
#include "domain/catalog.h"
#include "domain/fold.h"
#include "domain/scheme.h"

/* --- small maps -------------------------------------------------------- */

/* string -> index, open addressing; keys point into the catalogue's HDF */
struct smap {
	const char **key;
	int *val;
	size_t cap;
};

static unsigned
shash(const char *s)
{
	unsigned h = 2166136261u;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static void
smap_init(struct smap *m, size_t n)
{
	m->cap = 16;
	while (m->cap < n * 2 + 2)
		m->cap *= 2;
	m->key = xcalloc(m->cap, sizeof(*m->key));
	m->val = xcalloc(m->cap, sizeof(*m->val));
}

static void
smap_put(struct smap *m, const char *k, int v)
{
	size_t b = shash(k) & (m->cap - 1);

	while (m->key[b] && strcmp(m->key[b], k) != 0)
		b = (b + 1) & (m->cap - 1);
	m->key[b] = k;
	m->val[b] = v;
}

static int
smap_get(const struct smap *m, const char *k)
{
	size_t b;

	if (m->cap == 0 || k == NULL)
		return -1;
	b = shash(k) & (m->cap - 1);
	while (m->key[b]) {
		if (strcmp(m->key[b], k) == 0)
			return m->val[b];
		b = (b + 1) & (m->cap - 1);
	}
	return -1;
}

static void
smap_free(struct smap *m)
{
	free(m->key);
	free(m->val);
	memset(m, 0, sizeof(*m));
}

/* database id -> index; ids are positive */
struct imap {
	int *key;
	int *val;
	size_t cap;
};

static void
imap_init(struct imap *m, size_t n)
{
	m->cap = 16;
	while (m->cap < n * 2 + 2)
		m->cap *= 2;
	m->key = xcalloc(m->cap, sizeof(*m->key));
	m->val = xcalloc(m->cap, sizeof(*m->val));
}

static void
imap_put(struct imap *m, int k, int v)
{
	size_t b = ((unsigned)k * 2654435761u) & (m->cap - 1);

	while (m->key[b] && m->key[b] != k)
		b = (b + 1) & (m->cap - 1);
	m->key[b] = k;
	m->val[b] = v;
}

static int
imap_get(const struct imap *m, int k)
{
	size_t b;

	if (m->cap == 0 || k <= 0)
		return -1;
	b = ((unsigned)k * 2654435761u) & (m->cap - 1);
	while (m->key[b]) {
		if (m->key[b] == k)
			return m->val[b];
		b = (b + 1) & (m->cap - 1);
	}
	return -1;
}

static void
imap_free(struct imap *m)
{
	free(m->key);
	free(m->val);
	memset(m, 0, sizeof(*m));
}

/* --- the search index -------------------------------------------------- */

#define IN_NAME 1
#define IN_KEYWORD 2
#define IN_TEXT 4

struct posting {
	int idx;
	unsigned char where;
};

struct token {
	char *s;
	struct posting *p;
	int n, cap;
};

struct tindex {
	struct token *t;
	size_t cap, used;
};

static struct token *
tindex_slot(struct tindex *ix, const char *s, size_t len, int create)
{
	unsigned h = 2166136261u;
	size_t i, b;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	if (create && (ix->used + 1) * 2 > ix->cap) {
		struct tindex big = { NULL, ix->cap ? ix->cap * 2 : 1024, 0 };

		big.t = xcalloc(big.cap, sizeof(*big.t));
		for (i = 0; i < ix->cap; i++) {
			struct token *o = &ix->t[i];
			unsigned oh = 2166136261u;
			const char *c;

			if (o->s == NULL)
				continue;
			/* move the token as it is: its string and postings */
			for (c = o->s; *c; c++)
				oh = (oh ^ (unsigned char)*c) * 16777619u;
			b = oh & (big.cap - 1);
			while (big.t[b].s)
				b = (b + 1) & (big.cap - 1);
			big.t[b] = *o;
		}
		big.used = ix->used;
		free(ix->t);
		*ix = big;
	}
	if (ix->cap == 0)
		return NULL;
	b = h & (ix->cap - 1);
	while (ix->t[b].s) {
		if (strlen(ix->t[b].s) == len && memcmp(ix->t[b].s, s, len) == 0)
			return &ix->t[b];
		b = (b + 1) & (ix->cap - 1);
	}
	if (!create)
		return NULL;
	ix->t[b].s = xstrndup(s, len);
	ix->used++;
	return &ix->t[b];
}

/* Adds every token of the folded text to the index for procedure idx. */
static void
tindex_add(struct tindex *ix, const char *folded, int idx, unsigned char where)
{
	const char *p = folded, *e;

	while (*p) {
		struct token *t;

		e = strchr(p, ' ');
		if (e == NULL)
			e = p + strlen(p);
		t = tindex_slot(ix, p, (size_t)(e - p), 1);
		if (t->n && t->p[t->n - 1].idx == idx)
			t->p[t->n - 1].where |= where;
		else {
			if (t->n == t->cap) {
				t->cap = t->cap ? t->cap * 2 : 4;
				t->p = xrealloc(t->p, (size_t)t->cap * sizeof(*t->p));
			}
			t->p[t->n].idx = idx;
			t->p[t->n].where = where;
			t->n++;
		}
		p = *e ? e + 1 : e;
	}
}

static void
tindex_free(struct tindex *ix)
{
	size_t i;

	for (i = 0; i < ix->cap; i++) {
		free(ix->t[i].s);
		free(ix->t[i].p);
	}
	free(ix->t);
	memset(ix, 0, sizeof(*ix));
}

/* --- the catalogue ----------------------------------------------------- */

struct cproc {
	int id;
	const char *code, *name;
	int field;
	int level, level22;
	unsigned chan;		/* bit per enum cat_channel */
	unsigned alevel;	/* bit per enum cat_alevel */
	int *impl, nimpl;
	HDF *node;
	char *fold_name;
	long long st[6];	/* views, received, processed, early, on_time, late */
};

struct cagency {
	int id;
	const char *code;
	int active;
	HDF *node;
	HDF *sum;		/* AS.i: the summary lists and filters copy */
	long long st[6];
};

struct cfield {
	int id;
	const char *slug;
	HDF *node;
	long long st[6];
};

struct cat {
	long long version;
	HDF *hdf;
	struct cproc *p;
	int np;
	struct cagency *a;
	int na;
	struct cfield *f;
	int nf;
	struct smap pcode, acode, fslug, fcode;
	struct imap pid;
	struct tindex ix;
	int scheme;		/* 2018 or 2022 */
};

static const char *const stat_cols[6] = {
	"views", "received", "processed", "early", "on_time", "late",
};

/* Process-wide: the loaded catalogue and its bookkeeping (see catalog.h). */
static struct {
	struct cat *c;
	long long generation;
	double checked, stats_at, flushed;
	/* given by a supervisor (catalog_share): it watches the version */
	int shared;
	/* a supervisor's previous catalogue, until catalog_share_done */
	struct cat *old;
	HDF *old_rows;
	/* views counted but not yet written, by procedure id */
	struct imap pend_ix;
	int *pend_id;
	long long *pend_n;
	int npend, cappend;
} S;

static void
cat_free(struct cat *c)
{
	int i;

	if (c == NULL)
		return;
	for (i = 0; i < c->np; i++) {
		free(c->p[i].impl);
		free(c->p[i].fold_name);
	}
	free(c->p);
	free(c->a);
	free(c->f);
	smap_free(&c->pcode);
	smap_free(&c->acode);
	smap_free(&c->fslug);
	smap_free(&c->fcode);
	imap_free(&c->pid);
	tindex_free(&c->ix);
	hdf_destroy(&c->hdf);
	free(c);
}

void
catalog_free(void)
{
	/* A supervisor's worker leaves the catalogue to its exit: its pages
	 * are shared with the supervisor, and free() writes into each chunk,
	 * so freeing would first copy every page (measured: an old worker
	 * busy for tens of seconds after a publish). It stays reachable
	 * from S, so a leak checker does not count it. */
	if (S.shared)
		return;
	catalog_share_done();
	cat_free(S.c);
	imap_free(&S.pend_ix);
	free(S.pend_id);
	free(S.pend_n);
	memset(&S, 0, sizeof(S));
}

static HDF *
node_at(HDF *h, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static HDF *
node_at(HDF *h, const char *fmt, ...)
{
	char name[160];
	va_list ap;
	HDF *n;

	va_start(ap, fmt);
	vsnprintf(name, sizeof(name), fmt, ap);
	va_end(ap);
	if (hdf_get_node(h, name, &n))
		abort();
	return n;
}

/* Copies the values of a row (prefix.N.*) onto dst. */
static void
copy_row(HDF *dst, HDF *row)
{
	HDF *c;

	for (c = hdf_obj_child(row); c; c = hdf_obj_next(c))
		if (hdf_obj_value(c))
			hdf_set_value(dst, hdf_obj_name(c), hdf_obj_value(c));
}

/* tenths -> "5" or "0,5" */
static void
tenths(char *out, size_t len, long v)
{
	if (v % 10)
		snprintf(out, len, "%ld,%ld", v / 10, v % 10);
	else
		snprintf(out, len, "%ld", v / 10);
}

static int
count_children(HDF *h)
{
	int n = 0;

	for (h = hdf_obj_child(h); h; h = hdf_obj_next(h))
		n++;
	return n;
}

static int
online_level(const struct cat *c, const struct cproc *p)
{
	return scheme_online(c->scheme, p->level, p->level22 != 0);
}

/* Appends child k of list name under procedure i's node. */
static HDF *
list_item(HDF *parent, const char *list, int *counter)
{
	return node_at(parent, "%s.%d", list, (*counter)++);
}

struct loadq {
	const char *name;
	int rc;
};

/* Reads every table of the catalogue into tmp, one query each. */
static int
read_all(struct db *db, HDF *tmp)
{
	int rc;

#define Q(prefix, sql) \
	if ((rc = db_rows(db, tmp, prefix, sql)) < 0) \
		return rc;
	Q("F", "SELECT id, code, slug, name FROM field ORDER BY name, id")
	Q("A", "SELECT a.id, a.code, a.name, a.level, a.parent_id, a.address,"
	    " a.phone, a.email, a.website, a.bank_account, a.bank_name,"
	    " a.bank_holder, a.bank_bin, a.status, DATE_FORMAT(a.closed_on, '%d/%m/%Y') AS"
	    " closed_on, a.successor_id FROM agency a"
	    " ORDER BY FIELD(a.level, 'province', 'district', 'commune'), a.name, a.id")
	Q("E", "SELECT agency_id, DATE_FORMAT(happened_on, '%d/%m/%Y') AS date,"
	    " event, old_name, note FROM agency_event ORDER BY happened_on, id")
	Q("P", "SELECT id, code, name, field_id, level, level_2022, pay_when, agency_levels,"
	    " subjects, conditions, result, guide, publishing_decision AS decision,"
	    " DATE_FORMAT(valid_from, '%d/%m/%Y') AS valid_from,"
	    " DATE_FORMAT(valid_to, '%d/%m/%Y') AS valid_to FROM proc"
	    " WHERE valid_to IS NULL OR valid_to >= CURDATE() ORDER BY name, code")
	Q("PA", "SELECT pa.proc_id, pa.role, a.code, a.name, a.id AS agency_id"
	    " FROM proc_agency pa JOIN agency a ON a.id = pa.agency_id"
	    " ORDER BY pa.proc_id, pa.role, a.name")
	Q("PC", "SELECT proc_id, id, case_key, name, fee, charge FROM proc_case"
	    " ORDER BY proc_id, seq")
	Q("PS", "SELECT s.proc_id, s.party, s.text, c.name AS case_name FROM proc_step s"
	    " LEFT JOIN proc_case c ON c.id = s.case_id ORDER BY s.proc_id, s.seq")
	Q("PH", "SELECT proc_id, channel, time_tenths, time_unit, fee, charge,"
	    " fee_note FROM proc_channel"
	    " ORDER BY proc_id, FIELD(channel, 'in_person', 'online', 'post')")
	/* an uploaded form (sql/027): its hash, name, type and size */
	Q("PD", "SELECT d.proc_id, d.name, d.originals, d.copies, d.required,"
	    " d.form_name, d.form_file, d.form_sha256, ff.name AS form_orig,"
	    " UPPER(ff.ext) AS form_type, CEIL(ff.size / 1024) AS form_kb,"
	    " c.name AS case_name FROM proc_document d"
	    " LEFT JOIN proc_case c ON c.id = d.case_id"
	    " LEFT JOIN form_file ff ON ff.sha256 = d.form_sha256 ORDER BY d.proc_id, d.seq")
	Q("PT", "SELECT proc_id, kind, text FROM proc_text ORDER BY proc_id, kind, seq")
	Q("PR", "SELECT proc_id, kind, other_code FROM proc_relation"
	    " ORDER BY proc_id, kind, other_code")
	Q("PP", "SELECT proc_id, step, role, unit, hours_tenths, channel FROM proc_process"
	    " ORDER BY proc_id, seq")
	Q("N", "SELECT id, title, DATE_FORMAT(published_at, '%d/%m/%Y') AS date,"
	    " DATE_FORMAT(published_at, '%Y-%m-%d') AS iso FROM announcement"
	    " WHERE hidden = 0 AND published_at <= NOW()"
	    " ORDER BY published_at DESC, id DESC LIMIT 3")
	/* the level scheme a province admin set (domain/scheme.h) */
	Q("S", "SELECT value FROM setting WHERE name = 'Catalog.LevelScheme'")
#undef Q
	return 0;
}

static const char *
alevel_name(unsigned bit)
{
	static const char *const n[AL__MAX] = { "province", "district", "commune" };

	return bit < AL__MAX ? n[bit] : "";
}

/* A form offered as an editable file (RTF, DOCX, ODT) is offered as a
 * PDF too when htdocs/bieu-mau has one of the same name
 * (tools/forms-pdf.mjs makes them): most phones open no RTF. form_pdf,
 * beside form_file. */
static void
form_pdf(HDF *doc, const struct config *cfg)
{
	const char *f = hdf_get_value(doc, "form_file", NULL), *dot;
	char name[512], path[PATH_MAX];

	if (f == NULL || (dot = strrchr(f, '.')) == NULL || strcasecmp(dot, ".pdf") == 0 ||
	    (size_t)snprintf(name, sizeof(name), "%.*s.pdf", (int)(dot - f), f) >= sizeof(name) ||
	    (size_t)snprintf(path, sizeof(path), "%s/bieu-mau/%s",
	    cfg_str(cfg, "Paths.Htdocs"), name) >= sizeof(path) ||
	    access(path, R_OK) != 0)
		return;
	hdf_set_value(doc, "form_pdf", name);
}

/* Builds the catalogue tree and indexes from the rows in tmp. */
static struct cat *
build(HDF *tmp, const struct config *cfg, long long version)
{
	struct cat *c = xcalloc(1, sizeof(*c));
	struct imap fid = { 0 }, aid = { 0 };
	struct buf b = BUF_INIT, text = BUF_INIT;
	HDF *r, *n;
	int i, k, *cnt;
	char num[32];

	c->version = version;
	c->scheme = scheme_of(hdf_get_value(tmp, "S.0.value", NULL), cfg);
	if (hdf_init(&c->hdf))
		abort();
	hdf_set_int_value(c->hdf, "Scheme", c->scheme);

	/* fields */
	c->nf = count_children(hdf_get_obj(tmp, "F"));
	c->f = xcalloc((size_t)c->nf + 1, sizeof(*c->f));
	imap_init(&fid, (size_t)c->nf);
	smap_init(&c->fslug, (size_t)c->nf);
	smap_init(&c->fcode, (size_t)c->nf);
	for (i = 0, r = hdf_get_child(tmp, "F"); r; r = hdf_obj_next(r), i++) {
		n = node_at(c->hdf, "F.%d", i);
		copy_row(n, r);
		hdf_set_int_value(n, "idx", i);
		c->f[i].id = hdf_get_int_value(r, "id", 0);
		c->f[i].node = n;
		c->f[i].slug = hdf_get_value(n, "slug", "");
		imap_put(&fid, c->f[i].id, i);
		smap_put(&c->fslug, c->f[i].slug, i);
		smap_put(&c->fcode, hdf_get_value(n, "code", ""), i);
	}

	/* agencies, then their parents, successors and events */
	c->na = count_children(hdf_get_obj(tmp, "A"));
	c->a = xcalloc((size_t)c->na + 1, sizeof(*c->a));
	imap_init(&aid, (size_t)c->na);
	smap_init(&c->acode, (size_t)c->na);
	for (i = 0, r = hdf_get_child(tmp, "A"); r; r = hdf_obj_next(r), i++) {
		n = node_at(c->hdf, "A.%d", i);
		copy_row(n, r);
		hdf_set_int_value(n, "idx", i);
		c->a[i].id = hdf_get_int_value(r, "id", 0);
		c->a[i].node = n;
		c->a[i].code = hdf_get_value(n, "code", "");
		c->a[i].active = strcmp(hdf_get_value(n, "status", ""), "active") == 0;
		imap_put(&aid, c->a[i].id, i);
		smap_put(&c->acode, c->a[i].code, i);
	}
	for (i = 0; i < c->na; i++) {
		int pi = imap_get(&aid, hdf_get_int_value(c->a[i].node, "parent_id", 0));
		int si = imap_get(&aid, hdf_get_int_value(c->a[i].node, "successor_id", 0));

		if (pi >= 0) {
			hdf_set_value(c->a[i].node, "parent_code", c->a[pi].code);
			hdf_set_value(c->a[i].node, "parent_name",
			    hdf_get_value(c->a[pi].node, "name", ""));
		}
		if (si >= 0) {
			hdf_set_value(c->a[i].node, "successor_code", c->a[si].code);
			hdf_set_value(c->a[i].node, "successor_name",
			    hdf_get_value(c->a[si].node, "name", ""));
		}
	}
	cnt = xcalloc((size_t)c->na + 1, sizeof(int));
	for (r = hdf_get_child(tmp, "E"); r; r = hdf_obj_next(r)) {
		int ai = imap_get(&aid, hdf_get_int_value(r, "agency_id", 0));

		if (ai >= 0)
			copy_row(list_item(c->a[ai].node, "Events", &cnt[ai]), r);
	}
	free(cnt);

	/* procedures */
	c->np = count_children(hdf_get_obj(tmp, "P"));
	c->p = xcalloc((size_t)c->np + 1, sizeof(*c->p));
	imap_init(&c->pid, (size_t)c->np);
	smap_init(&c->pcode, (size_t)c->np);
	for (i = 0, r = hdf_get_child(tmp, "P"); r; r = hdf_obj_next(r), i++) {
		struct cproc *p = &c->p[i];
		const char *al, *l22;
		int fi;

		n = node_at(c->hdf, "P.%d", i);
		copy_row(n, r);
		hdf_set_int_value(n, "idx", i);
		p->id = hdf_get_int_value(r, "id", 0);
		p->node = n;
		p->code = hdf_get_value(n, "code", "");
		p->name = hdf_get_value(n, "name", "");
		p->level = hdf_get_int_value(n, "level", 0);
		l22 = hdf_get_value(n, "level_2022", "");
		p->level22 = strcmp(l22, "toan_trinh") == 0 ? 1 : strcmp(l22, "mot_phan") == 0 ? 2 : 0;
		hdf_set_int_value(n, "level22", p->level22);
		fi = imap_get(&fid, hdf_get_int_value(r, "field_id", 0));
		p->field = fi;
		if (fi >= 0) {
			hdf_set_value(n, "field_slug", c->f[fi].slug);
			hdf_set_value(n, "field_name", hdf_get_value(c->f[fi].node, "name", ""));
		}
		al = hdf_get_value(n, "agency_levels", "");
		for (k = 0; k < AL__MAX; k++)
			if (strstr(al, alevel_name((unsigned)k)))
				p->alevel |= 1u << k;
		for (k = 0; k < AL__MAX; k++)
			if (p->alevel & (1u << k))
				hdf_set_value(n, alevel_name((unsigned)k), "1");
		hdf_set_int_value(n, "online", online_level(c, p));
		imap_put(&c->pid, p->id, i);
		smap_put(&c->pcode, p->code, i);
	}

	/* the procedures' components */
	cnt = xcalloc((size_t)c->np * 13 + 13, sizeof(int));
#define CNT(i, list) (&cnt[(i) * 13 + (list)])
	for (r = hdf_get_child(tmp, "PA"); r; r = hdf_obj_next(r)) {
		int pi = imap_get(&c->pid, hdf_get_int_value(r, "proc_id", 0));
		const char *role = hdf_get_value(r, "role", "");
		int ai = imap_get(&aid, hdf_get_int_value(r, "agency_id", 0));
		struct cproc *p;

		if (pi < 0)
			continue;
		p = &c->p[pi];
		n = strcmp(role, "implementing") == 0 ? list_item(p->node, "Impl", CNT(pi, 0)) :
		    strcmp(role, "competent") == 0 ? list_item(p->node, "Competent", CNT(pi, 1)) :
		    list_item(p->node, "Coord", CNT(pi, 2));
		hdf_set_value(n, "code", hdf_get_value(r, "code", ""));
		hdf_set_value(n, "name", hdf_get_value(r, "name", ""));
		if (strcmp(role, "implementing") == 0 && ai >= 0) {
			p->impl = xrealloc(p->impl, (size_t)(p->nimpl + 1) * sizeof(int));
			p->impl[p->nimpl++] = ai;
		}
	}
	for (r = hdf_get_child(tmp, "PC"); r; r = hdf_obj_next(r)) {
		int pi = imap_get(&c->pid, hdf_get_int_value(r, "proc_id", 0));

		if (pi >= 0) {
			n = list_item(c->p[pi].node, "Cases", CNT(pi, 3));
			hdf_set_value(n, "key", hdf_get_value(r, "case_key", ""));
			hdf_set_value(n, "name", hdf_get_value(r, "name", ""));
			/* a case's own fee: grouped, "free" when nothing */
			if (hdf_get_value(r, "fee", NULL)) {
				money_group(num, sizeof(num), hdf_get_value(r, "fee", "0"));
				hdf_set_value(n, "fee", num);
				money_group(num, sizeof(num), hdf_get_value(r, "charge", "0"));
				hdf_set_value(n, "charge", num);
				if (strcmp(hdf_get_value(r, "fee", "0"), "0") == 0 &&
				    strcmp(hdf_get_value(r, "charge", "0"), "0") == 0)
					hdf_set_value(n, "free", "1");
			}
		}
	}
	for (r = hdf_get_child(tmp, "PS"); r; r = hdf_obj_next(r)) {
		int pi = imap_get(&c->pid, hdf_get_int_value(r, "proc_id", 0));

		if (pi >= 0)
			copy_row(list_item(c->p[pi].node, "Steps", CNT(pi, 4)), r);
	}
	for (r = hdf_get_child(tmp, "PH"); r; r = hdf_obj_next(r)) {
		int pi = imap_get(&c->pid, hdf_get_int_value(r, "proc_id", 0));
		const char *ch = hdf_get_value(r, "channel", "");
		const char *fee = hdf_get_value(r, "fee", "0");
		const char *charge = hdf_get_value(r, "charge", "0");

		if (pi < 0)
			continue;
		n = list_item(c->p[pi].node, "Chan", CNT(pi, 5));
		hdf_set_value(n, "channel", ch);
		hdf_set_value(n, "unit", hdf_get_value(r, "time_unit", ""));
		tenths(num, sizeof(num), hdf_get_int_value(r, "time_tenths", 0));
		hdf_set_value(n, "time", num);
		money_group(num, sizeof(num), fee);
		hdf_set_value(n, "fee", num);
		money_group(num, sizeof(num), charge);
		hdf_set_value(n, "charge", num);
		if (strcmp(fee, "0") == 0 && strcmp(charge, "0") == 0)
			hdf_set_value(n, "free", "1");
		if (hdf_get_value(r, "fee_note", NULL))
			hdf_set_value(n, "fee_note", hdf_get_value(r, "fee_note", ""));
		c->p[pi].chan |= strcmp(ch, "in_person") == 0 ? 1u << CH_IN_PERSON :
		    strcmp(ch, "online") == 0 ? 1u << CH_ONLINE : 1u << CH_POST;
	}
	for (r = hdf_get_child(tmp, "PD"); r; r = hdf_obj_next(r)) {
		int pi = imap_get(&c->pid, hdf_get_int_value(r, "proc_id", 0));

		if (pi >= 0) {
			n = list_item(c->p[pi].node, "Docs", CNT(pi, 6));
			copy_row(n, r);
			form_pdf(n, cfg);
		}
	}
	for (r = hdf_get_child(tmp, "PT"); r; r = hdf_obj_next(r)) {
		int pi = imap_get(&c->pid, hdf_get_int_value(r, "proc_id", 0));
		const char *kind = hdf_get_value(r, "kind", "");
		int kw = strcmp(kind, "keyword") == 0, ex = strcmp(kind, "fee_exemption") == 0;

		if (pi < 0)
			continue;
		n = list_item(c->p[pi].node, kw ? "Keywords" : ex ? "Exempt" : "Legal",
		    CNT(pi, kw ? 7 : ex ? 12 : 8));
		hdf_set_value(n, NULL, hdf_get_value(r, "text", ""));
	}
	for (r = hdf_get_child(tmp, "PR"); r; r = hdf_obj_next(r)) {
		int pi = imap_get(&c->pid, hdf_get_int_value(r, "proc_id", 0));
		int ia = strcmp(hdf_get_value(r, "kind", ""), "inter_agency") == 0;
		const char *oc = hdf_get_value(r, "other_code", "");
		int oi = smap_get(&c->pcode, oc);

		if (pi < 0)
			continue;
		n = list_item(c->p[pi].node, ia ? "InterAgency" : "Related", CNT(pi, ia ? 9 : 10));
		hdf_set_value(n, "code", oc);
		if (oi >= 0)
			hdf_set_value(n, "name", c->p[oi].name);
	}
	for (r = hdf_get_child(tmp, "PP"); r; r = hdf_obj_next(r)) {
		int pi = imap_get(&c->pid, hdf_get_int_value(r, "proc_id", 0));

		if (pi < 0)
			continue;
		n = list_item(c->p[pi].node, "Process", CNT(pi, 11));
		hdf_set_value(n, "step", hdf_get_value(r, "step", ""));
		hdf_set_value(n, "role", hdf_get_value(r, "role", ""));
		if (hdf_get_value(r, "unit", NULL))
			hdf_set_value(n, "unit", hdf_get_value(r, "unit", ""));
		tenths(num, sizeof(num), hdf_get_int_value(r, "hours_tenths", 0));
		hdf_set_value(n, "hours", num);
		/* absent: a step of every channel's process */
		if (hdf_get_value(r, "channel", NULL))
			hdf_set_value(n, "channel", hdf_get_value(r, "channel", ""));
	}
#undef CNT
	free(cnt);

	/* per field and per agency: counts, and each agency's procedures
	 * grouped by field (agency page, embeddable menu) */
	{
		int *pos = xcalloc((size_t)(c->na + 1) * (size_t)(c->nf + 1), sizeof(int));
		int *nfields = xcalloc((size_t)c->na + 1, sizeof(int));
		int *nprocs = xcalloc((size_t)(c->na + 1) * (size_t)(c->nf + 1), sizeof(int));

		for (i = 0; i < c->np; i++) {
			struct cproc *p = &c->p[i];
			int on = online_level(c, p), j;

			if (p->field >= 0) {
				hdf_set_int_value(c->f[p->field].node, "count",
				    hdf_get_int_value(c->f[p->field].node, "count", 0) + 1);
				if (on)
					hdf_set_int_value(c->f[p->field].node, "online",
					    hdf_get_int_value(c->f[p->field].node, "online", 0) + 1);
			}
			for (j = 0; j < p->nimpl; j++) {
				int a = p->impl[j], f = p->field < 0 ? c->nf : p->field;
				int *slot = &pos[a * (c->nf + 1) + f];
				HDF *fn, *pn;

				if (*slot == 0) {
					*slot = ++nfields[a];
					fn = node_at(c->a[a].node, "Fields.%d", *slot - 1);
					if (p->field >= 0) {
						hdf_set_value(fn, "slug", c->f[f].slug);
						hdf_set_value(fn, "name",
						    hdf_get_value(c->f[f].node, "name", ""));
					}
				}
				fn = node_at(c->a[a].node, "Fields.%d", *slot - 1);
				pn = node_at(fn, "Procs.%d", nprocs[a * (c->nf + 1) + f]++);
				hdf_set_value(pn, "code", p->code);
				hdf_set_value(pn, "name", p->name);
				hdf_set_int_value(pn, "level", p->level);
				hdf_set_int_value(pn, "level22", p->level22);
				hdf_set_int_value(pn, "online", on);
				hdf_set_int_value(c->a[a].node, "count",
				    hdf_get_int_value(c->a[a].node, "count", 0) + 1);
				if (on)
					hdf_set_int_value(c->a[a].node, "online",
					    hdf_get_int_value(c->a[a].node, "online", 0) + 1);
			}
		}
		free(pos);
		free(nfields);
		free(nprocs);
	}

	/* each agency's summary, without its procedures: what lists,
	 * filters and the statistics copy into a page */
	for (i = 0; i < c->na; i++) {
		static const char *const keys[] = { "code", "name", "level", "status",
			"count", "online", NULL };

		c->a[i].sum = node_at(c->hdf, "AS.%d", i);
		for (k = 0; keys[k]; k++)
			if (hdf_get_value(c->a[i].node, keys[k], NULL))
				hdf_set_value(c->a[i].sum, keys[k],
				    hdf_get_value(c->a[i].node, keys[k], ""));
	}

	/* the search index: name, keywords, then the rest of the text */
	for (i = 0; i < c->np; i++) {
		struct cproc *p = &c->p[i];
		HDF *x;

		buf_reset(&b);
		fold(&b, p->name);
		p->fold_name = xstrdup(buf_str(&b));
		tindex_add(&c->ix, p->fold_name, i, IN_NAME);
		buf_reset(&b);
		for (x = hdf_get_child(p->node, "Keywords"); x; x = hdf_obj_next(x)) {
			fold(&b, hdf_obj_value(x));
			buf_addc(&b, ' ');
		}
		tindex_add(&c->ix, buf_str(&b), i, IN_KEYWORD);
		buf_reset(&text);
		buf_printf(&text, "%s %s %s %s %s %s ", hdf_get_value(p->node, "field_name", ""),
		    hdf_get_value(p->node, "subjects", ""), hdf_get_value(p->node, "conditions", ""),
		    hdf_get_value(p->node, "result", ""), hdf_get_value(p->node, "guide", ""),
		    p->code);
		for (x = hdf_get_child(p->node, "Impl"); x; x = hdf_obj_next(x))
			buf_printf(&text, "%s ", hdf_get_value(x, "name", ""));
		for (x = hdf_get_child(p->node, "Docs"); x; x = hdf_obj_next(x))
			buf_printf(&text, "%s ", hdf_get_value(x, "name", ""));
		buf_reset(&b);
		fold(&b, buf_str(&text));
		tindex_add(&c->ix, buf_str(&b), i, IN_TEXT);
	}
	buf_free(&b);
	buf_free(&text);

	/* the newest announcements, for the home page */
	if (hdf_get_obj(tmp, "N"))
		hdf_copy(c->hdf, "Notices", hdf_get_obj(tmp, "N"));
	imap_free(&fid);
	imap_free(&aid);
	return c;
}

/* Usage figures: per procedure, summed per field and per agency, the
 * totals and the most viewed procedures. */
static int
load_stats(struct db *db, struct cat *c)
{
	HDF *tmp, *r;
	long long tot[6] = { 0 };
	int i, j, k, rc, online = 0, agencies = 0;
	int *top;

	if (hdf_init(&tmp))
		abort();
	if ((rc = db_rows(db, tmp, "S", "SELECT proc_id, views, received, processed,"
	    " early, on_time, late FROM proc_stat")) < 0) {
		hdf_destroy(&tmp);
		return rc;
	}
	for (i = 0; i < c->np; i++)
		memset(c->p[i].st, 0, sizeof(c->p[i].st));
	for (i = 0; i < c->na; i++)
		memset(c->a[i].st, 0, sizeof(c->a[i].st));
	for (i = 0; i < c->nf; i++)
		memset(c->f[i].st, 0, sizeof(c->f[i].st));
	for (r = hdf_get_child(tmp, "S"); r; r = hdf_obj_next(r)) {
		int pi = imap_get(&c->pid, hdf_get_int_value(r, "proc_id", 0));

		if (pi < 0)
			continue;
		/* views only: the dossier figures come from dossier_stat */
		c->p[pi].st[0] = strtoll(hdf_get_value(r, stat_cols[0], "0"), NULL, 10);
	}
	/* dossiers received, processed, early, on time, late (sql/008:
	 * kept by a trigger on dossier; dvc-public reads only these sums),
	 * per procedure and per agency that handled them */
	if ((rc = db_rows(db, tmp, "D", "SELECT proc_code, SUM(received) AS received,"
	    " SUM(processed) AS processed, SUM(early) AS early, SUM(on_time) AS on_time,"
	    " SUM(late) AS late FROM dossier_stat GROUP BY proc_code")) < 0 ||
	    (rc = db_rows(db, tmp, "G", "SELECT agency_id, SUM(received) AS received,"
	    " SUM(processed) AS processed, SUM(early) AS early, SUM(on_time) AS on_time,"
	    " SUM(late) AS late FROM dossier_stat GROUP BY agency_id")) < 0) {
		hdf_destroy(&tmp);
		return rc;
	}
	for (r = hdf_get_child(tmp, "D"); r; r = hdf_obj_next(r)) {
		int pi = smap_get(&c->pcode, hdf_get_value(r, "proc_code", ""));

		if (pi < 0)
			continue;
		for (k = 1; k < 6; k++)
			c->p[pi].st[k] = strtoll(hdf_get_value(r, stat_cols[k], "0"), NULL, 10);
	}
	for (r = hdf_get_child(tmp, "G"); r; r = hdf_obj_next(r)) {
		int id = hdf_get_int_value(r, "agency_id", 0);

		for (i = 0; i < c->na; i++)
			if (c->a[i].id == id)
				for (k = 1; k < 6; k++)
					c->a[i].st[k] = strtoll(hdf_get_value(r, stat_cols[k], "0"),
					    NULL, 10);
	}
	hdf_destroy(&tmp);
	for (i = 0; i < c->np; i++) {
		struct cproc *p = &c->p[i];

		for (k = 0; k < 6; k++) {
			char v[32];

			snprintf(v, sizeof(v), "%lld", p->st[k]);
			hdf_set_value(p->node, stat_cols[k], v);
			tot[k] += p->st[k];
			if (p->field >= 0)
				c->f[p->field].st[k] += p->st[k];
			/* an agency's views: of the procedures it implements */
			for (j = 0; k == 0 && j < p->nimpl; j++)
				c->a[p->impl[j]].st[k] += p->st[k];
		}
		online += online_level(c, p);
	}
	for (i = 0; i < c->nf; i++)
		for (k = 0; k < 6; k++) {
			char v[32];

			snprintf(v, sizeof(v), "%lld", c->f[i].st[k]);
			hdf_set_value(c->f[i].node, stat_cols[k], v);
		}
	for (i = 0; i < c->na; i++) {
		for (k = 0; k < 6; k++) {
			char v[32];

			snprintf(v, sizeof(v), "%lld", c->a[i].st[k]);
			hdf_set_value(c->a[i].node, stat_cols[k], v);
			hdf_set_value(c->a[i].sum, stat_cols[k], v);
		}
		agencies += hdf_get_int_value(c->a[i].node, "count", 0) > 0;
	}
	for (k = 0; k < 6; k++) {
		char v[32], key[32];

		snprintf(v, sizeof(v), "%lld", tot[k]);
		snprintf(key, sizeof(key), "Totals.%s", stat_cols[k]);
		hdf_set_value(c->hdf, key, v);
	}
	hdf_set_int_value(c->hdf, "Totals.procs", c->np);
	hdf_set_int_value(c->hdf, "Totals.online", online);
	hdf_set_int_value(c->hdf, "Totals.fields", c->nf);
	hdf_set_int_value(c->hdf, "Totals.agencies", agencies);

	/* the 8 most viewed (ties: by name, the catalogue's order) */
	hdf_remove_tree(c->hdf, "Top");
	top = xcalloc(8, sizeof(int));
	for (k = 0; k < 8; k++)
		top[k] = -1;
	for (i = 0; i < c->np; i++) {
		int v = (int)(c->p[i].st[0] > 0x7fffffff ? 0x7fffffff : c->p[i].st[0]);

		for (k = 0; k < 8; k++) {
			if (top[k] < 0 || v > c->p[top[k]].st[0]) {
				memmove(&top[k + 1], &top[k], (size_t)(7 - k) * sizeof(int));
				top[k] = i;
				break;
			}
		}
	}
	for (k = 0; k < 8 && top[k] >= 0; k++) {
		HDF *n = node_at(c->hdf, "Top.%d", k);

		hdf_set_value(n, "code", c->p[top[k]].code);
		hdf_set_value(n, "name", c->p[top[k]].name);
		hdf_set_value(n, "views", hdf_get_value(c->p[top[k]].node, "views", "0"));
		hdf_set_value(n, "field_name", hdf_get_value(c->p[top[k]].node, "field_name", ""));
		hdf_set_int_value(n, "online", online_level(c, &c->p[top[k]]));
		hdf_set_int_value(n, "level", c->p[top[k]].level);
		hdf_set_int_value(n, "level22", c->p[top[k]].level22);
	}
	free(top);
	return 0;
}

/* Reads and builds version of the catalogue into *out, with the rows it
 * was built from in *rows (the caller destroys them: a supervisor does
 * so only after its new workers are running). */
static int
read_build(struct db *db, const struct config *cfg, long long version,
    struct cat **out, HDF **rows)
{
	double t0 = now_mono();
	char ms[32], np[16];
	struct cat *c;
	int rc;

	if (hdf_init(rows))
		abort();
	if ((rc = read_all(db, *rows)) < 0) {
		hdf_destroy(rows);
		return rc;
	}
	c = build(*rows, cfg, version);
	if ((rc = load_stats(db, c)) < 0) {
		cat_free(c);
		hdf_destroy(rows);
		return rc;
	}
	*out = c;
	snprintf(ms, sizeof(ms), "%.1f", (now_mono() - t0) * 1000.0);
	snprintf(np, sizeof(np), "%d", c->np);
	log_event(LOG_INFO_, "catalog", NULL, "loaded", np, "ms", ms, NULL);
	return 0;
}

static int
load(struct db *db, const struct config *cfg, long long version)
{
	struct cat *c;
	HDF *rows;
	int rc;

	if ((rc = read_build(db, cfg, version, &c, &rows)) < 0)
		return rc;
	hdf_destroy(&rows);
	cat_free(S.c);
	S.c = c;
	S.generation++;
	return 0;
}

int
catalog_refresh(struct db *db, const struct config *cfg)
{
	double t = now_mono();
	long long v = 0;
	int rc;

	/* a supervisor's worker: the supervisor watches the version and
	 * replaces its workers with ones that share the new catalogue; the
	 * usage figures are the worker's own to refresh (replacing the
	 * workers for them would be a fork and an exit of each a minute) */
	if (S.c && S.shared) {
		if (t - S.stats_at >= (double)cfg_int(cfg, "Catalog.StatsInterval")) {
			S.stats_at = t;
			if (load_stats(db, S.c) == 0)
				S.generation++;
		}
		return 0;
	}
	if (S.c && t - S.checked < (double)cfg_int(cfg, "Catalog.CheckInterval"))
		return 0;
	S.checked = t;
	rc = db_int(db, &v, "SELECT version FROM catalog_version WHERE id = 1");
	if (rc <= 0)
		return S.c ? 0 : rc < 0 ? rc : DB_ERR;
	if (S.c == NULL || v != S.c->version) {
		/* views counted under the old indexes go out first */
		catalog_flush_views(db, cfg, 1);
		if ((rc = load(db, cfg, v)) < 0)
			return S.c ? 0 : rc;
		S.stats_at = t;
		return 0;
	}
	if (t - S.stats_at >= (double)cfg_int(cfg, "Catalog.StatsInterval")) {
		S.stats_at = t;
		if (load_stats(db, S.c) == 0)
			S.generation++;
	}
	return 0;
}

/* The supervisor's side of catalog_refresh (see catalog.h): one load for
 * all its workers, which inherit it at fork and share its pages. The
 * catalogue replaced, and the rows of the new one, stay until
 * catalog_share_done(): freeing them is a third of a reload's time, and
 * the new workers need not wait for it. */
int
catalog_share(struct db *db, const struct config *cfg, double *next)
{
	long long v = 0;
	struct cat *c;
	HDF *rows;
	int rc;

	double t = now_mono();

	/* one query for all the workers: four times per interval, so that
	 * a change shows within about a quarter of it plus a load */
	*next = (double)cfg_int(cfg, "Catalog.CheckInterval") / 4.0;
	if (*next < 0.25)
		*next = 0.25;
	rc = db_int(db, &v, "SELECT version FROM catalog_version WHERE id = 1");
	if (rc <= 0)
		return rc < 0 ? rc : DB_ERR;
	if (S.c && S.shared && v == S.c->version)
		return 0;
	if ((rc = read_build(db, cfg, v, &c, &rows)) < 0)
		return rc;
	catalog_share_done();
	S.old = S.c;
	S.old_rows = rows;
	S.c = c;
	S.shared = 1;
	S.generation++;
	S.checked = S.stats_at = t;
	return 1;
}

void
catalog_share_done(void)
{
	cat_free(S.old);
	S.old = NULL;
	if (S.old_rows)
		hdf_destroy(&S.old_rows);
}

long long
catalog_generation(void)
{
	return S.generation;
}

long long
catalog_version(void)
{
	return S.c ? S.c->version : 0;
}

HDF *
catalog_hdf(void)
{
	return S.c ? S.c->hdf : NULL;
}

int
catalog_proc(const char *code)
{
	return S.c ? smap_get(&S.c->pcode, code) : -1;
}

int
catalog_field(const char *slug)
{
	int i;

	if (S.c == NULL)
		return -1;
	if ((i = smap_get(&S.c->fslug, slug)) >= 0)
		return i;
	return smap_get(&S.c->fcode, slug);
}

int
catalog_agency(const char *code)
{
	return S.c ? smap_get(&S.c->acode, code) : -1;
}

int
catalog_nprocs(void)
{
	return S.c ? S.c->np : 0;
}

HDF *
catalog_proc_hdf(int i)
{
	return S.c && i >= 0 && i < S.c->np ? S.c->p[i].node : NULL;
}

HDF *
catalog_agency_hdf(int i)
{
	return S.c && i >= 0 && i < S.c->na ? S.c->a[i].node : NULL;
}

HDF *
catalog_field_hdf(int i)
{
	return S.c && i >= 0 && i < S.c->nf ? S.c->f[i].node : NULL;
}

int
catalog_online(int i)
{
	return S.c && i >= 0 && i < S.c->np ? online_level(S.c, &S.c->p[i]) : 0;
}

void
catalog_usage(int i, struct cat_usage *u)
{
	const struct cproc *p;
	long long in, all;

	memset(u, 0, sizeof(*u));
	u->on_time_tenths = -1;
	if (S.c == NULL || i < 0 || i >= S.c->np)
		return;
	p = &S.c->p[i];
	u->views = p->st[0];
	u->received = p->st[1];
	u->settled = p->st[2];
	in = p->st[3] + p->st[4];
	all = in + p->st[5];
	if (all)
		u->on_time_tenths = (long)((in * 1000 + all / 2) / all);
	/* the record's own guide, else the portal's guide to what the
	 * procedure allows */
	if (*hdf_get_value(p->node, "guide", ""))
		snprintf(u->guide, sizeof(u->guide), "/thu-tuc/%s#s-huongdan", p->code);
	else
		snprintf(u->guide, sizeof(u->guide), "/huong-dan/%s", online_level(S.c, p) ?
		    "nop-ho-so-truc-tuyen" : "tra-cuu-thu-tuc");
}

/* --- search ------------------------------------------------------------ */

static int
passes(const struct cat *c, const struct cproc *p, const struct cat_query *q,
    int ignore_level)
{
	int j;

	if (q->field >= 0 && p->field != q->field)
		return 0;
	if (q->agency >= 0) {
		for (j = 0; j < p->nimpl; j++)
			if (p->impl[j] == q->agency)
				break;
		if (j == p->nimpl)
			return 0;
	}
	if (q->channel >= 0 && !(p->chan & (1u << q->channel)))
		return 0;
	if (q->alevel >= 0 && !(p->alevel & (1u << q->alevel)))
		return 0;
	if (!ignore_level && q->level > 0 &&
	    (c->scheme == 2022 ? p->level22 : p->level) != q->level)
		return 0;
	return 1;
}

static int
level_of(const struct cat *c, const struct cproc *p)
{
	int l = c->scheme == 2022 ? p->level22 : p->level;

	return l >= 0 && l <= 4 ? l : 0;
}

/* 1 if the folded phrase occurs in folded text on word boundaries. */
static int
has_phrase(const char *text, const char *phrase)
{
	size_t n = strlen(phrase);
	const char *s = text;

	if (n == 0)
		return 0;
	while ((s = strstr(s, phrase)) != NULL) {
		if ((s == text || s[-1] == ' ') && (s[n] == '\0' || s[n] == ' '))
			return 1;
		s++;
	}
	return 0;
}

struct scored {
	int idx;
	int score;
};

static int
by_score(const void *a, const void *b)
{
	const struct scored *x = a, *y = b;

	if (x->score != y->score)
		return y->score - x->score;
	return x->idx - y->idx;	/* the catalogue's order: by name */
}

void
catalog_search(const struct cat_query *q, struct cat_result *r)
{
	const struct cat *c = S.c;
	struct buf fq = BUF_INIT;
	struct token **toks = NULL;
	int ntok = 0, i, k;
	char *qs = NULL;

	memset(r, 0, sizeof(*r));
	r->exact = -1;
	if (c == NULL)
		return;
	r->idx = xcalloc((size_t)c->np + 1, sizeof(int));
	if (q->q && *q->q) {
		/* a procedure code as typed: that procedure first */
		const char *t = q->q;

		while (*t == ' ')
			t++;
		qs = xstrdup(t);
		for (k = (int)strlen(qs); k > 0 && qs[k - 1] == ' '; k--)
			qs[k - 1] = '\0';
		r->exact = smap_get(&c->pcode, qs);
		fold(&fq, q->q);
	}
	if (fq.len) {
		/* every word must occur somewhere: intersect the postings */
		char *copy = xstrdup(buf_str(&fq)), *w, *save = NULL;
		struct scored *sc;
		int *hits, nsc = 0;

		for (w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
			struct token *tk = tindex_slot((struct tindex *)&c->ix, w, strlen(w), 0);

			toks = xrealloc(toks, (size_t)(ntok + 1) * sizeof(*toks));
			toks[ntok++] = tk;
		}
		free(copy);
		hits = xcalloc((size_t)c->np + 1, sizeof(int));
		sc = xcalloc((size_t)c->np + 1, sizeof(*sc));
		for (k = 0; k < ntok; k++) {
			if (toks[k] == NULL) {
				ntok = -1;	/* a word found nowhere: no match */
				break;
			}
			for (i = 0; i < toks[k]->n; i++) {
				struct posting *p = &toks[k]->p[i];

				hits[p->idx]++;
				sc[p->idx].score += (p->where & IN_NAME) ? 10 :
				    (p->where & IN_KEYWORD) ? 5 : 1;
			}
		}
		for (i = 0; ntok > 0 && i < c->np; i++) {
			if (hits[i] != ntok)
				continue;
			sc[nsc].idx = i;
			sc[nsc].score = sc[i].score;
			if (has_phrase(c->p[i].fold_name, buf_str(&fq)))
				sc[nsc].score += 30;
			if (strncmp(c->p[i].fold_name, buf_str(&fq), fq.len) == 0)
				sc[nsc].score += 10;
			/* shorter names first among equals: closer to the words */
			sc[nsc].score -= (int)(strlen(c->p[i].fold_name) / 40);
			nsc++;
		}
		/* sc[] was indexed by procedure above and is reused in place:
		 * entries 0..nsc-1 are written only after being read */
		qsort(sc, (size_t)nsc, sizeof(*sc), by_score);
		if (r->exact >= 0)
			r->idx[r->n++] = r->exact;
		for (k = 0; k < nsc; k++) {
			const struct cproc *p = &c->p[sc[k].idx];

			if (sc[k].idx == r->exact || !passes(c, p, q, 1))
				continue;
			r->by_level[level_of(c, p)]++;
			if (passes(c, p, q, 0))
				r->idx[r->n++] = sc[k].idx;
		}
		if (r->exact >= 0) {
			const struct cproc *p = &c->p[r->exact];

			if (passes(c, p, q, 1))
				r->by_level[level_of(c, p)]++;
		}
		free(hits);
		free(sc);
	} else if (r->exact >= 0) {
		r->idx[r->n++] = r->exact;
		r->by_level[level_of(c, &c->p[r->exact])]++;
	} else {
		for (i = 0; i < c->np; i++) {
			if (!passes(c, &c->p[i], q, 1))
				continue;
			r->by_level[level_of(c, &c->p[i])]++;
			if (passes(c, &c->p[i], q, 0))
				r->idx[r->n++] = i;
		}
	}
	free(toks);
	free(qs);
	buf_free(&fq);
}

void
cat_result_free(struct cat_result *r)
{
	free(r->idx);
	memset(r, 0, sizeof(*r));
}

/* --- views ------------------------------------------------------------- */

void
catalog_count_view(int i)
{
	int id, k;

	if (S.c == NULL || i < 0 || i >= S.c->np)
		return;
	id = S.c->p[i].id;
	if (S.pend_ix.cap == 0)
		imap_init(&S.pend_ix, 256);
	if ((k = imap_get(&S.pend_ix, id)) < 0) {
		if ((size_t)(S.npend + 1) * 2 > S.pend_ix.cap) {
			/* grow: rebuild the map */
			struct imap big;
			int j;

			imap_init(&big, (size_t)S.npend * 2 + 2);
			for (j = 0; j < S.npend; j++)
				imap_put(&big, S.pend_id[j], j);
			imap_free(&S.pend_ix);
			S.pend_ix = big;
		}
		if (S.npend == S.cappend) {
			S.cappend = S.cappend ? S.cappend * 2 : 64;
			S.pend_id = xrealloc(S.pend_id, (size_t)S.cappend * sizeof(int));
			S.pend_n = xrealloc(S.pend_n, (size_t)S.cappend * sizeof(long long));
		}
		k = S.npend++;
		S.pend_id[k] = id;
		S.pend_n[k] = 0;
		imap_put(&S.pend_ix, id, k);
	}
	S.pend_n[k]++;
}

static int
flush_tx(struct db *db, void *ctx)
{
	int k, rc;

	for (k = 0; k < S.npend; k++) {
		if (S.pend_n[k] == 0)
			continue;
		rc = db_exec(db, "INSERT INTO proc_stat (proc_id, views) VALUES (?, ?)"
		    " ON DUPLICATE KEY UPDATE views = views + VALUES(views)",
		    DB_INT(S.pend_id[k]), DB_INT(S.pend_n[k]));
		if (rc < 0 && rc != DB_ERR)
			return rc;
		/* DB_ERR: that procedure was deleted meanwhile; its views go */
	}
	return 0;
}

int
catalog_flush_views(struct db *db, const struct config *cfg, int force)
{
	double t = now_mono();
	int rc;

	if (S.npend == 0)
		return 0;
	if (!force && t - S.flushed < (double)cfg_int(cfg, "Catalog.ViewFlushInterval"))
		return 0;
	S.flushed = t;
	if ((rc = db_tx(db, flush_tx, NULL)) < 0)
		return rc;	/* kept for the next try */
	S.npend = 0;
	imap_free(&S.pend_ix);
	return 0;
}

int
catalog_bump(struct db *db)
{
	return db_exec(db, "UPDATE catalog_version SET version = version + 1 WHERE id = 1");
}
