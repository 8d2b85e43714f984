#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <magic.h>
#include <qpdf/qpdf-c.h>

#include "core/buf.h"
#include "core/util.h"
#include "domain/filecheck.h"
#include "domain/image.h"
#include "domain/officecheck.h"

/* libmagic sees this much of the file's start: enough for every format's
 * signature (a DOCX names its parts in the first kilobytes). */
#define HEAD	(64 * 1024)
/* PDF readers look for %PDF- this far into a file (Acrobat's limit). */
#define PDF_SEARCH	1024
/* Direct objects nested deeper than this are no PDF a scanner writes. */
#define PDF_MAX_DEPTH	64
/* Objects with a generation other than 0 (numbers reused by an update). */
#define PDF_MAX_OLDGEN	1024

struct fc_ctx {
	magic_t magic;
};

static const char *const default_types[] = {
	"application/pdf", "image/jpeg", "image/png", "image/tiff",
};

const struct fc_policy fc_policy_default = {
	default_types, NELEM(default_types), 20000, 100000000, 100000,
	24UL * 1024 * 1024, 10,
};

static const char *const forms_types[] = {
	"application/pdf", OFFICE_DOCX, OFFICE_ODT, "text/rtf",
};

const struct fc_policy fc_policy_forms = {
	forms_types, NELEM(forms_types), 20000, 100000000, 100000,
	24UL * 1024 * 1024, 10,
};

/* The rows in enum order; the assertion below fails to compile when a
 * verdict is added without its row. */
static const struct {
	enum fc_verdict v;
	const char *key, *name;
} verdicts[] = {
	{ FC_OK, "Ok", "FC_OK" },
	{ FC_EMPTY, "Empty", "FC_EMPTY" },
	{ FC_TYPE, "Type", "FC_TYPE" },
	{ FC_TYPE_OFFICE, "TypeOffice", "FC_TYPE_OFFICE" },
	{ FC_TYPE_ARCHIVE, "TypeArchive", "FC_TYPE_ARCHIVE" },
	{ FC_TYPE_PROGRAM, "TypeProgram", "FC_TYPE_PROGRAM" },
	{ FC_TYPE_WEB, "TypeWeb", "FC_TYPE_WEB" },
	{ FC_PDF_JUNK, "PdfJunk", "FC_PDF_JUNK" },
	{ FC_PDF_BROKEN, "PdfBroken", "FC_PDF_BROKEN" },
	{ FC_PDF_ENCRYPTED, "PdfEncrypted", "FC_PDF_ENCRYPTED" },
	{ FC_PDF_ACTIVE, "PdfActive", "FC_PDF_ACTIVE" },
	{ FC_PDF_LINK, "PdfLink", "FC_PDF_LINK" },
	{ FC_PDF_EXTERNAL, "PdfExternal", "FC_PDF_EXTERNAL" },
	{ FC_PDF_EMBEDDED, "PdfEmbedded", "FC_PDF_EMBEDDED" },
	{ FC_PDF_COMPLEX, "PdfComplex", "FC_PDF_COMPLEX" },
	{ FC_IMAGE_BROKEN, "ImageBroken", "FC_IMAGE_BROKEN" },
	{ FC_IMAGE_DIMS, "ImageDims", "FC_IMAGE_DIMS" },
	{ FC_IMAGE_TRAILING, "ImageTrailing", "FC_IMAGE_TRAILING" },
	{ FC_POLYGLOT, "Polyglot", "FC_POLYGLOT" },
	{ FC_OFFICE_BROKEN, "OfficeBroken", "FC_OFFICE_BROKEN" },
	{ FC_OFFICE_ACTIVE, "OfficeActive", "FC_OFFICE_ACTIVE" },
	{ FC_IO, "Io", "FC_IO" },
};
_Static_assert(NELEM(verdicts) == FC__MAX, "a verdict without its row");

const char *
fc_key(enum fc_verdict v)
{
	return (unsigned)v < FC__MAX && verdicts[v].v == v ? verdicts[v].key : "Io";
}

const char *
fc_name(enum fc_verdict v)
{
	return (unsigned)v < FC__MAX && verdicts[v].v == v ? verdicts[v].name : "FC_IO";
}

struct fc_ctx *
filecheck_init(void)
{
	struct fc_ctx *ctx = xcalloc(1, sizeof(*ctx));

	/* no decompressing or peeking inside archives: the type of the
	 * outer file is what is stored */
	ctx->magic = magic_open(MAGIC_MIME_TYPE | MAGIC_NO_CHECK_COMPRESS |
	    MAGIC_NO_CHECK_TAR | MAGIC_NO_CHECK_CDF | MAGIC_NO_CHECK_ELF |
	    MAGIC_ERROR);
	if (ctx->magic == NULL || magic_load(ctx->magic, NULL) != 0) {
		filecheck_end(ctx);
		return NULL;
	}
	return ctx;
}

void
filecheck_end(struct fc_ctx *ctx)
{
	if (ctx == NULL)
		return;
	if (ctx->magic != NULL)
		magic_close(ctx->magic);
	free(ctx);
}

static enum fc_verdict
verdict(struct fc_result *out, enum fc_verdict v, const char *detail)
{
	out->verdict = v;
	if (detail != NULL)
		snprintf(out->detail, sizeof(out->detail), "%s", detail);
	if (v != FC_OK) {
		out->ext = "";
		out->use_clean = 0;
	}
	return v;
}

/* Up to n bytes from offset off; the count, or -1. */
static ssize_t
pread_full(int fd, unsigned char *p, size_t n, off_t off)
{
	size_t got = 0;
	ssize_t r;

	while (got < n) {
		r = pread(fd, p + got, n - got, off + (off_t)got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			return -1;
		if (r == 0)
			break;
		got += (size_t)r;
	}
	return (ssize_t)got;
}

/* 1 if the k bytes of s occur in the n bytes at p (memmem is a GNU
 * extension). */
static int
contains(const unsigned char *p, size_t n, const char *s, size_t k)
{
	const unsigned char *q;

	while (n >= k && (q = memchr(p, s[0], n - k + 1)) != NULL) {
		if (memcmp(q, s, k) == 0)
			return 1;
		n -= (size_t)(q - p) + 1;
		p = q + 1;
	}
	return 0;
}

/* A refused type sorted by what the sender can do about it. */
static enum fc_verdict
type_kind(const char *mime)
{
	static const struct {
		const char *prefix;
		enum fc_verdict v;
	} kinds[] = {
		{ "application/msword", FC_TYPE_OFFICE },
		{ "application/vnd.openxmlformats-officedocument.", FC_TYPE_OFFICE },
		{ "application/vnd.ms-", FC_TYPE_OFFICE },
		{ "application/vnd.oasis.opendocument.", FC_TYPE_OFFICE },
		{ "application/rtf", FC_TYPE_OFFICE },
		{ "text/rtf", FC_TYPE_OFFICE },
		{ "application/CDFV2", FC_TYPE_OFFICE },
		{ "application/zip", FC_TYPE_ARCHIVE },
		{ "application/x-rar", FC_TYPE_ARCHIVE },
		{ "application/vnd.rar", FC_TYPE_ARCHIVE },
		{ "application/x-7z-compressed", FC_TYPE_ARCHIVE },
		{ "application/gzip", FC_TYPE_ARCHIVE },
		{ "application/x-tar", FC_TYPE_ARCHIVE },
		{ "application/x-bzip2", FC_TYPE_ARCHIVE },
		{ "application/x-xz", FC_TYPE_ARCHIVE },
		{ "application/zstd", FC_TYPE_ARCHIVE },
		{ "application/x-executable", FC_TYPE_PROGRAM },
		{ "application/x-pie-executable", FC_TYPE_PROGRAM },
		{ "application/x-sharedlib", FC_TYPE_PROGRAM },
		{ "application/x-object", FC_TYPE_PROGRAM },
		{ "application/x-dosexec", FC_TYPE_PROGRAM },
		{ "application/vnd.microsoft.portable-executable", FC_TYPE_PROGRAM },
		{ "application/x-mach-binary", FC_TYPE_PROGRAM },
		{ "application/java-archive", FC_TYPE_PROGRAM },
		{ "application/javascript", FC_TYPE_PROGRAM },
		{ "text/javascript", FC_TYPE_PROGRAM },
		{ "text/x-shellscript", FC_TYPE_PROGRAM },
		{ "text/x-msdos-batch", FC_TYPE_PROGRAM },
		{ "text/html", FC_TYPE_WEB },
		{ "application/xhtml+xml", FC_TYPE_WEB },
		{ "image/svg+xml", FC_TYPE_WEB },
	};
	size_t i;

	for (i = 0; i < NELEM(kinds); i++)
		if (strncmp(mime, kinds[i].prefix, strlen(kinds[i].prefix)) == 0)
			return kinds[i].v;
	return FC_TYPE;
}

static int
allowed(const struct fc_policy *pol, const char *mime)
{
	size_t i;

	for (i = 0; i < pol->ntypes; i++)
		if (strcmp(pol->types[i], mime) == 0)
			return 1;
	return 0;
}

/* --- PDF ------------------------------------------------------------- */

/* What a PDF may hold is decided at each place where the format lets a
 * document do something by itself or reach outside (ISO 32000-2: 7.7.2
 * the catalogue, 7.7.3 pages, 12.3.3 outlines, 12.5 annotations, 12.6
 * actions, 12.7 forms). There only what a scanned or printed document
 * uses is permitted, and anything else, known or not, is refused:
 *
 *   actions      GoTo only (a place in this document), and GoTo again
 *                along its Next chain: a link's A and PA, an outline
 *                item's A, a widget's or a field's A, the OpenAction
 *   OpenAction   a destination, or a GoTo action
 *   AA           none: the additional actions that run on opening,
 *                closing, printing, a page shown, a field entered...,
 *                on the catalogue, a page, an annotation or a field
 *   annotations  those that only show something: Text, FreeText, Line,
 *                Square, Circle, Polygon, PolyLine, Highlight,
 *                Underline, Squiggly, StrikeOut, Caret, Stamp, Ink,
 *                Popup, Link, Widget (form fields, the signature field
 *                among them), PrinterMark, TrapNet, Watermark, Redact,
 *                Projection; not Sound, Movie, Screen, 3D, RichMedia,
 *                FileAttachment or any other
 *   Names        the name trees of destinations (Dests), appearances
 *                (AP) and web capture (IDS, URLS); not JavaScript,
 *                EmbeddedFiles, Renditions, AlternatePresentations,
 *                Pages, Templates or any other
 *   AcroForm     no XFA; its fields as above
 *   pages        no Dur (a page that turns by itself) and no PresSteps
 *                (presentation steps, which run actions)
 *   catalogue    no URI (the base of links to outside)
 *
 * The other entries of the catalogue and the pages describe what is
 * shown (structure tree, metadata, page labels, viewer preferences,
 * optional content, output intents, the signatures' Perms and DSS...)
 * and do nothing by themselves; keys the specification does not define
 * are left alone too, as readers leave them alone: producers keep their
 * own data there (iText writes /ITXT in every page tree it makes), and
 * refusing them would refuse ordinary PDFs without making a reader safer.
 *
 * That walk follows the document from its catalogue as a reader does.
 * Behind it every object is looked at by number, those in compressed
 * object streams and those no reference reaches too, for what acts or
 * reaches outside wherever it sits (the names below, AA, a dictionary
 * typed /Action other than GoTo): a reader that repairs the file, or
 * finds its objects another way than qpdf, must not meet there what the
 * walk refused. qpdf hands names over with their #xx escapes resolved,
 * so /J#61vaScript is seen as /JavaScript. */

/* What each refused action would do decides the message; only GoTo is
 * permitted, and any type not named here (JavaScript, Named, Hide,
 * ResetForm, SetOCGState, Rendition, Sound, Movie, Trans, Thread,
 * GoTo3DView, GoToDp, RichMediaExecute, a misspelt one) runs something:
 * FC_PDF_ACTIVE. */
static const struct {
	const char *s;
	enum fc_verdict v;
} pdf_action_kinds[] = {
	{ "/URI", FC_PDF_LINK },
	{ "/Launch", FC_PDF_EXTERNAL },
	{ "/GoToR", FC_PDF_EXTERNAL },
	{ "/GoToE", FC_PDF_EXTERNAL },
	{ "/SubmitForm", FC_PDF_EXTERNAL },
	{ "/ImportData", FC_PDF_EXTERNAL },
};

static const char *const pdf_annots_ok[] = {
	"/Text", "/FreeText", "/Line", "/Square", "/Circle", "/Polygon",
	"/PolyLine", "/Highlight", "/Underline", "/Squiggly", "/StrikeOut",
	"/Caret", "/Stamp", "/Ink", "/Popup", "/Link", "/Widget",
	"/PrinterMark", "/TrapNet", "/Watermark", "/Redact", "/Projection",
};

static const char *const pdf_names_ok[] = { "/Dests", "/AP", "/IDS", "/URLS" };

/* Names that exist only to act, to reach outside or to carry files: the
 * net's reasons, found as keys or values in any object. */
static const struct {
	const char *name;
	enum fc_verdict v;
} pdf_net[] = {
	{ "/JS", FC_PDF_ACTIVE },
	{ "/JavaScript", FC_PDF_ACTIVE },
	{ "/XFA", FC_PDF_ACTIVE },
	{ "/RichMedia", FC_PDF_ACTIVE },
	{ "/RichMediaExecute", FC_PDF_ACTIVE },
	{ "/Rendition", FC_PDF_ACTIVE },
	{ "/Renditions", FC_PDF_ACTIVE },
	{ "/Sound", FC_PDF_ACTIVE },
	{ "/Movie", FC_PDF_ACTIVE },
	{ "/3D", FC_PDF_ACTIVE },
	{ "/Named", FC_PDF_ACTIVE },
	{ "/Hide", FC_PDF_ACTIVE },
	{ "/ResetForm", FC_PDF_ACTIVE },
	{ "/SetOCGState", FC_PDF_ACTIVE },
	{ "/GoTo3DView", FC_PDF_ACTIVE },
	{ "/URI", FC_PDF_LINK },
	{ "/Launch", FC_PDF_EXTERNAL },
	{ "/GoToR", FC_PDF_EXTERNAL },
	{ "/GoToE", FC_PDF_EXTERNAL },
	{ "/SubmitForm", FC_PDF_EXTERNAL },
	{ "/ImportData", FC_PDF_EXTERNAL },
	{ "/EmbeddedFile", FC_PDF_EMBEDDED },
	{ "/EmbeddedFiles", FC_PDF_EMBEDDED },
	{ "/EF", FC_PDF_EMBEDDED },
	{ "/FileAttachment", FC_PDF_EMBEDDED },
};

/* The roles an object is walked in: an object met again in the same role
 * is not walked again (so a cycle of references ends), but one that
 * first came as an outline item is still judged when a link names it as
 * its action. */
enum {
	R_ACTION = 1, R_PAGE = 2, R_ANNOT = 4, R_FIELD = 8, R_OUTLINE = 16,
};

struct pdf_scan {
	qpdf_data q;
	enum fc_verdict v;
	char detail[sizeof(((struct fc_result *)0)->detail)];
	long long size;		/* the trailer's /Size: object numbers below it */
	unsigned char *seen;	/* per object number, the roles walked */
	int id;			/* the object the net is in, for the log */
	/* the objects of a generation other than 0 qpdf knows, for the net:
	 * read from its JSON ("obj:N G R") by a matcher fed byte by byte */
	struct { int id, gen; } oldgen[PDF_MAX_OLDGEN];
	size_t noldgen;
	int jstate;
	long long jid, jgen;
};

/* 1 while nothing is refused and qpdf has met no error. After an error
 * the walk stops and pdf_judge reports it: each qpdf call made while an
 * error is pending would print it on stderr. */
static int
pdf_ok(struct pdf_scan *s)
{
	return s->v == FC_OK && !qpdf_has_error(s->q);
}

static void pdf_refuse(struct pdf_scan *s, enum fc_verdict v, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* The first refusal stands: its detail is what the log says. */
static void
pdf_refuse(struct pdf_scan *s, enum fc_verdict v, const char *fmt, ...)
{
	va_list ap;

	if (s->v != FC_OK)
		return;
	s->v = v;
	va_start(ap, fmt);
	vsnprintf(s->detail, sizeof(s->detail), fmt, ap);
	va_end(ap);
}

/* 1 the first time an object is met in role r (direct objects, which no
 * cycle can reach twice, always). */
static int
pdf_first(struct pdf_scan *s, qpdf_oh oh, int r)
{
	int id;

	if (!qpdf_oh_is_indirect(s->q, oh))
		return 1;
	id = qpdf_oh_get_object_id(s->q, oh);
	if (id <= 0 || id >= s->size)
		return 1;	/* not in the table: qpdf reads it as null */
	if (s->seen[id] & r)
		return 0;
	s->seen[id] |= (unsigned char)r;
	return 1;
}

/* The name oh holds, copied into out for the log ("?" if none). */
static const char *
pdf_name_of(struct pdf_scan *s, qpdf_oh oh, char *out, size_t n)
{
	snprintf(out, n, "%s", qpdf_oh_is_name(s->q, oh) ? qpdf_oh_get_name(s->q, oh) : "?");
	return out;
}

/* The value of key k of dictionary d (a null when d is none or k is
 * absent); the caller releases it. qpdf warns about dictionary calls on
 * other types, and a warning refuses the file, hence the test. */
static qpdf_oh
pdf_get(struct pdf_scan *s, qpdf_oh d, const char *k)
{
	if (!qpdf_oh_is_dictionary(s->q, d))
		return qpdf_oh_new_null(s->q);
	return qpdf_oh_get_key(s->q, d, k);
}

/* 1 if d has k with something in it: a dictionary with an entry, or
 * anything but null (an AA that is not even a dictionary is no more
 * acceptable than one that is). */
static int
pdf_has(struct pdf_scan *s, qpdf_oh d, const char *k)
{
	qpdf_oh v = pdf_get(s, d, k);
	int r;

	if (qpdf_oh_is_dictionary(s->q, v)) {
		qpdf_oh_begin_dict_key_iter(s->q, v);
		r = qpdf_oh_dict_more_keys(s->q);
	} else
		r = !qpdf_oh_is_null(s->q, v);
	qpdf_oh_release(s->q, v);
	return r;
}

/* An action where the document keeps one (where: for the log), and the
 * actions of its Next chain. Null is no action. */
static void
pdf_action(struct pdf_scan *s, qpdf_oh a, const char *where, int depth)
{
	qpdf_oh t, next;
	char name[64];
	size_t i;
	int n, k;

	if (!pdf_ok(s) || qpdf_oh_is_null(s->q, a) || !pdf_first(s, a, R_ACTION))
		return;
	if (depth > PDF_MAX_DEPTH) {
		pdf_refuse(s, FC_PDF_COMPLEX, "%s: actions chained deeper than %d", where, PDF_MAX_DEPTH);
		return;
	}
	if (!qpdf_oh_is_dictionary(s->q, a)) {
		pdf_refuse(s, FC_PDF_ACTIVE, "%s: an action that is no dictionary", where);
		return;
	}
	t = qpdf_oh_get_key(s->q, a, "/S");
	if (!qpdf_oh_is_name_and_equals(s->q, t, "/GoTo")) {
		enum fc_verdict v = FC_PDF_ACTIVE;

		for (i = 0; i < NELEM(pdf_action_kinds); i++)
			if (qpdf_oh_is_name_and_equals(s->q, t, pdf_action_kinds[i].s))
				v = pdf_action_kinds[i].v;
		pdf_refuse(s, v, "%s: action %s", where, pdf_name_of(s, t, name, sizeof(name)));
	}
	qpdf_oh_release(s->q, t);
	next = qpdf_oh_get_key(s->q, a, "/Next");
	if (qpdf_oh_is_array(s->q, next)) {
		n = qpdf_oh_get_array_n_items(s->q, next);
		for (k = 0; k < n && pdf_ok(s); k++) {
			qpdf_oh item = qpdf_oh_get_array_item(s->q, next, k);

			pdf_action(s, item, where, depth + 1);
			qpdf_oh_release(s->q, item);
		}
	} else
		pdf_action(s, next, where, depth + 1);
	qpdf_oh_release(s->q, next);
}

/* The action entries every kind of dictionary that holds actions may
 * have: no AA, and A (PA: a link's former URI action) a GoTo. */
static void
pdf_actions_of(struct pdf_scan *s, qpdf_oh d, const char *where)
{
	static const char *const keys[] = { "/A", "/PA" };
	size_t i;

	if (pdf_has(s, d, "/AA")) {
		pdf_refuse(s, FC_PDF_ACTIVE, "%s: additional actions (AA)", where);
		return;
	}
	for (i = 0; i < NELEM(keys) && pdf_ok(s); i++) {
		qpdf_oh a = pdf_get(s, d, keys[i]);

		pdf_action(s, a, where, 0);
		qpdf_oh_release(s->q, a);
	}
}

/* A form field and the fields and widgets under it. */
static void
pdf_field(struct pdf_scan *s, qpdf_oh f, int depth)
{
	qpdf_oh kids;
	int n, k;

	if (!pdf_ok(s) || !qpdf_oh_is_dictionary(s->q, f) || !pdf_first(s, f, R_FIELD))
		return;
	if (depth > PDF_MAX_DEPTH) {
		pdf_refuse(s, FC_PDF_COMPLEX, "form fields nested deeper than %d", PDF_MAX_DEPTH);
		return;
	}
	pdf_actions_of(s, f, "form field");
	kids = qpdf_oh_get_key(s->q, f, "/Kids");
	n = qpdf_oh_is_array(s->q, kids) ? qpdf_oh_get_array_n_items(s->q, kids) : 0;
	for (k = 0; k < n && pdf_ok(s); k++) {
		qpdf_oh kid = qpdf_oh_get_array_item(s->q, kids, k);

		pdf_field(s, kid, depth + 1);
		qpdf_oh_release(s->q, kid);
	}
	qpdf_oh_release(s->q, kids);
}

/* One annotation of page n. A widget's field may sit above it, with
 * actions of its own, and need not be listed in the AcroForm: its
 * topmost parent is walked down as the AcroForm's fields are. */
static void
pdf_annot(struct pdf_scan *s, qpdf_oh a, long long n)
{
	qpdf_oh sub, up, parent;
	char name[64], where[96];
	size_t i;
	int ok = 0, depth;

	if (!pdf_ok(s) || !qpdf_oh_is_dictionary(s->q, a) || !pdf_first(s, a, R_ANNOT))
		return;
	sub = qpdf_oh_get_key(s->q, a, "/Subtype");
	for (i = 0; i < NELEM(pdf_annots_ok); i++)
		if (qpdf_oh_is_name_and_equals(s->q, sub, pdf_annots_ok[i]))
			ok = 1;
	snprintf(where, sizeof(where), "page %lld, annotation %s", n,
	    pdf_name_of(s, sub, name, sizeof(name)));
	if (!ok)
		pdf_refuse(s, qpdf_oh_is_name_and_equals(s->q, sub, "/FileAttachment") ?
		    FC_PDF_EMBEDDED : FC_PDF_ACTIVE, "%s", where);
	qpdf_oh_release(s->q, sub);
	if (!pdf_ok(s))
		return;
	pdf_actions_of(s, a, where);
	up = qpdf_oh_get_key(s->q, a, "/Parent");
	for (depth = 0; qpdf_oh_is_dictionary(s->q, up) && depth <= PDF_MAX_DEPTH; depth++) {
		parent = qpdf_oh_get_key(s->q, up, "/Parent");
		if (!qpdf_oh_is_dictionary(s->q, parent)) {
			qpdf_oh_release(s->q, parent);
			break;
		}
		qpdf_oh_release(s->q, up);
		up = parent;
	}
	pdf_field(s, up, 0);
	qpdf_oh_release(s->q, up);
}

/* A node of the page tree (n counts the pages met, for the log): the
 * rules of a page apply to every node, the annotations of a page, then
 * the kids of a node. */
static void
pdf_pages(struct pdf_scan *s, qpdf_oh node, int depth, long long *n)
{
	qpdf_oh list;
	char where[32];
	int k, m;

	if (!pdf_ok(s) || !qpdf_oh_is_dictionary(s->q, node) || !pdf_first(s, node, R_PAGE))
		return;
	if (depth > PDF_MAX_DEPTH) {
		pdf_refuse(s, FC_PDF_COMPLEX, "page tree deeper than %d", PDF_MAX_DEPTH);
		return;
	}
	if (!qpdf_oh_has_key(s->q, node, "/Kids"))
		++*n;
	snprintf(where, sizeof(where), "page %lld", *n);
	if (pdf_has(s, node, "/AA"))
		pdf_refuse(s, FC_PDF_ACTIVE, "%s: additional actions (AA)", where);
	else if (qpdf_oh_has_key(s->q, node, "/Dur"))
		pdf_refuse(s, FC_PDF_ACTIVE, "%s: /Dur turns it by itself", where);
	else if (qpdf_oh_has_key(s->q, node, "/PresSteps"))
		pdf_refuse(s, FC_PDF_ACTIVE, "%s: presentation steps", where);
	list = qpdf_oh_get_key(s->q, node, "/Annots");
	m = qpdf_oh_is_array(s->q, list) ? qpdf_oh_get_array_n_items(s->q, list) : 0;
	for (k = 0; k < m && pdf_ok(s); k++) {
		qpdf_oh a = qpdf_oh_get_array_item(s->q, list, k);

		pdf_annot(s, a, *n);
		qpdf_oh_release(s->q, a);
	}
	qpdf_oh_release(s->q, list);
	list = qpdf_oh_get_key(s->q, node, "/Kids");
	m = qpdf_oh_is_array(s->q, list) ? qpdf_oh_get_array_n_items(s->q, list) : 0;
	for (k = 0; k < m && pdf_ok(s); k++) {
		qpdf_oh kid = qpdf_oh_get_array_item(s->q, list, k);

		pdf_pages(s, kid, depth + 1, n);
		qpdf_oh_release(s->q, kid);
	}
	qpdf_oh_release(s->q, list);
}

/* The outline items from first on, and those under each. */
static void
pdf_outline(struct pdf_scan *s, qpdf_oh first, int depth)
{
	qpdf_oh item = first, next;
	long long count = 0;

	if (depth > PDF_MAX_DEPTH) {
		pdf_refuse(s, FC_PDF_COMPLEX, "outline deeper than %d", PDF_MAX_DEPTH);
		return;
	}
	/* each item is walked once: a Next pointing back ends the list (and
	 * no list is longer than the file has objects) */
	while (pdf_ok(s) && qpdf_oh_is_dictionary(s->q, item) &&
	    pdf_first(s, item, R_OUTLINE) && count++ < s->size) {
		qpdf_oh a = qpdf_oh_get_key(s->q, item, "/A"), kid;

		pdf_action(s, a, "outline item", 0);
		qpdf_oh_release(s->q, a);
		kid = qpdf_oh_get_key(s->q, item, "/First");
		pdf_outline(s, kid, depth + 1);
		qpdf_oh_release(s->q, kid);
		next = qpdf_oh_get_key(s->q, item, "/Next");
		if (item != first)
			qpdf_oh_release(s->q, item);
		item = next;
	}
	if (item != first)
		qpdf_oh_release(s->q, item);
}

/* The document as a reader opens it, from its catalogue. */
static void
pdf_document(struct pdf_scan *s, qpdf_oh root)
{
	qpdf_oh v, w;
	long long pages = 0;
	size_t i;
	int k, n;

	if (!pdf_ok(s))
		return;
	if (!qpdf_oh_is_dictionary(s->q, root)) {
		pdf_refuse(s, FC_PDF_BROKEN, "no catalogue");
		return;
	}
	if (pdf_has(s, root, "/AA"))
		pdf_refuse(s, FC_PDF_ACTIVE, "catalogue: additional actions (AA)");
	if (qpdf_oh_has_key(s->q, root, "/URI"))
		pdf_refuse(s, FC_PDF_LINK, "catalogue: /URI, the base of links to outside");

	/* a destination (an array, or a name or string naming one) or a
	 * dictionary, which is an action */
	v = qpdf_oh_get_key(s->q, root, "/OpenAction");
	if (qpdf_oh_is_dictionary(s->q, v))
		pdf_action(s, v, "catalogue /OpenAction", 0);
	qpdf_oh_release(s->q, v);

	if (!pdf_ok(s))
		return;
	v = qpdf_oh_get_key(s->q, root, "/Names");
	if (qpdf_oh_is_dictionary(s->q, v)) {
		struct buf keys = BUF_INIT;
		size_t at;

		qpdf_oh_begin_dict_key_iter(s->q, v);
		while (qpdf_oh_dict_more_keys(s->q)) {
			const char *key = qpdf_oh_dict_next_key(s->q);

			buf_add(&keys, key, strlen(key) + 1);
		}
		for (at = 0; at < keys.len; at += strlen(keys.s + at) + 1) {
			int ok = 0;

			for (i = 0; i < NELEM(pdf_names_ok); i++)
				if (strcmp(keys.s + at, pdf_names_ok[i]) == 0)
					ok = 1;
			if (!ok)
				pdf_refuse(s, strcmp(keys.s + at, "/EmbeddedFiles") == 0 ?
				    FC_PDF_EMBEDDED : FC_PDF_ACTIVE, "catalogue /Names: %s", keys.s + at);
		}
		buf_free(&keys);
	}
	qpdf_oh_release(s->q, v);

	if (!pdf_ok(s))
		return;
	v = qpdf_oh_get_key(s->q, root, "/AcroForm");
	if (pdf_has(s, v, "/XFA"))
		pdf_refuse(s, FC_PDF_ACTIVE, "AcroForm: XFA");
	w = pdf_get(s, v, "/Fields");
	n = qpdf_oh_is_array(s->q, w) ? qpdf_oh_get_array_n_items(s->q, w) : 0;
	for (k = 0; k < n && pdf_ok(s); k++) {
		qpdf_oh f = qpdf_oh_get_array_item(s->q, w, k);

		pdf_field(s, f, 0);
		qpdf_oh_release(s->q, f);
	}
	qpdf_oh_release(s->q, w);
	qpdf_oh_release(s->q, v);

	if (!pdf_ok(s))
		return;
	v = qpdf_oh_get_key(s->q, root, "/Outlines");
	w = pdf_get(s, v, "/First");
	pdf_outline(s, w, 0);
	qpdf_oh_release(s->q, w);
	qpdf_oh_release(s->q, v);

	if (!pdf_ok(s))
		return;
	v = qpdf_oh_get_key(s->q, root, "/Pages");
	pdf_pages(s, v, 0, &pages);
	qpdf_oh_release(s->q, v);
}

/* The net's look at one name, a key or a value. */
static void
pdf_net_name(struct pdf_scan *s, const char *name)
{
	size_t i;

	for (i = 0; i < NELEM(pdf_net); i++)
		if (strcmp(name, pdf_net[i].name) == 0) {
			pdf_refuse(s, pdf_net[i].v, "object %d: name %s", s->id, name);
			return;
		}
}

static void pdf_net_object(struct pdf_scan *s, qpdf_oh oh, int depth, int top);

static void
pdf_net_dict(struct pdf_scan *s, qpdf_oh oh, int depth)
{
	struct buf keys = BUF_INIT;
	const char *k;
	size_t at;

	/* qpdf iterates one dictionary at a time: the keys first, then the
	 * values, which may be dictionaries themselves */
	qpdf_oh_begin_dict_key_iter(s->q, oh);
	while (qpdf_oh_dict_more_keys(s->q)) {
		k = qpdf_oh_dict_next_key(s->q);
		buf_add(&keys, k, strlen(k) + 1);
	}
	/* additional actions, and an action by its own say-so, wherever
	 * they sit */
	if (pdf_has(s, oh, "/AA"))
		pdf_refuse(s, FC_PDF_ACTIVE, "object %d: additional actions (AA)", s->id);
	if (pdf_ok(s)) {
		qpdf_oh t = qpdf_oh_get_key(s->q, oh, "/Type");

		if (qpdf_oh_is_name_and_equals(s->q, t, "/Action")) {
			char where[32];

			snprintf(where, sizeof(where), "object %d", s->id);
			pdf_action(s, oh, where, 0);
		}
		qpdf_oh_release(s->q, t);
	}
	for (at = 0; at < keys.len && pdf_ok(s); at += strlen(keys.s + at) + 1) {
		qpdf_oh val;

		pdf_net_name(s, keys.s + at);
		if (!pdf_ok(s))
			break;
		val = qpdf_oh_get_key(s->q, oh, keys.s + at);
		pdf_net_object(s, val, depth + 1, 0);
		qpdf_oh_release(s->q, val);
	}
	buf_free(&keys);
}

/* Every key and name inside one object. References are not followed:
 * the caller walks every object qpdf knows. */
static void
pdf_net_object(struct pdf_scan *s, qpdf_oh oh, int depth, int top)
{
	int i, n;

	if (!pdf_ok(s))
		return;
	if (depth > PDF_MAX_DEPTH) {
		pdf_refuse(s, FC_PDF_COMPLEX, "nesting deeper than %d", PDF_MAX_DEPTH);
		return;
	}
	if (!top && qpdf_oh_is_indirect(s->q, oh))
		return;
	switch (qpdf_oh_get_type_code(s->q, oh)) {
	case ot_name:
		pdf_net_name(s, qpdf_oh_get_name(s->q, oh));
		break;
	case ot_array:
		n = qpdf_oh_get_array_n_items(s->q, oh);
		for (i = 0; i < n && pdf_ok(s); i++) {
			qpdf_oh item = qpdf_oh_get_array_item(s->q, oh, i);

			pdf_net_object(s, item, depth + 1, 0);
			qpdf_oh_release(s->q, item);
		}
		break;
	case ot_dictionary:
		pdf_net_dict(s, oh, depth);
		break;
	case ot_stream: {
		/* the dictionary only: stream data is never read */
		qpdf_oh d = qpdf_oh_get_dict(s->q, oh);

		pdf_net_dict(s, d, depth);
		qpdf_oh_release(s->q, d);
		break;
	}
	default:
		break;
	}
}

/* qpdf reads an object when something asks for it, and the walks ask
 * only for what is reachable or numbered with generation 0. Writing the
 * document as JSON (to nowhere, without stream data) asks for every
 * object the cross-reference table lists: one that is not what the table
 * says (another number or generation at that offset) becomes a warning,
 * and so damage, where a reader that rebuilds the table would find it;
 * and the objects of another generation are named in the output as
 * "obj:N G R" (a PDF string there is "u:..." or "b:..."), which this
 * matcher picks out across the writer's blocks for the net. */
static int
pdf_json_sink(const char *d, size_t n, void *udata)
{
	static const char lead[] = "\"obj:";
	struct pdf_scan *s = udata;
	size_t i;

	for (i = 0; i < n; i++) {
		char c = d[i];

		if (s->jstate < 5) {		/* the lead, one byte at a time */
			if (c == lead[s->jstate])
				s->jstate++;
			else
				s->jstate = c == '"';
			if (s->jstate == 5)
				s->jid = s->jgen = -1;
		} else if (s->jstate == 5 || s->jstate == 6) {	/* number, generation */
			long long *v = s->jstate == 5 ? &s->jid : &s->jgen;

			if (c >= '0' && c <= '9' && *v < 1000000000LL)
				*v = (*v < 0 ? 0 : *v * 10) + (c - '0');
			else if (c == ' ' && *v >= 0)
				s->jstate++;
			else
				s->jstate = c == '"';
		} else if (s->jstate == 7)
			s->jstate = c == 'R' ? 8 : c == '"';
		else {
			s->jstate = 0;
			if (c != '"' || s->jgen == 0)
				continue;
			if (s->noldgen == PDF_MAX_OLDGEN) {
				pdf_refuse(s, FC_PDF_COMPLEX, "over %d reused object numbers", PDF_MAX_OLDGEN);
				continue;
			}
			s->oldgen[s->noldgen].id = (int)s->jid;
			s->oldgen[s->noldgen++].gen = (int)s->jgen;
		}
	}
	return 0;
}

/* What a qpdf error means for the sender. An exception that is not
 * qpdf's own (qpdf_e_internal) is mostly std::bad_alloc under the memory
 * limit below: the file asked for more than a scan needs. qpdf also calls
 * a number too large for 64 bits a "system" error (found by fuzz_pdf);
 * the file was read whole before this point, so its errors are the
 * file's, never the disk's. */
static enum fc_verdict
pdf_error_verdict(qpdf_data q, qpdf_error e)
{
	switch (qpdf_get_error_code(q, e)) {
	case qpdf_e_password:
		return FC_PDF_ENCRYPTED;
	case qpdf_e_internal:
		return FC_PDF_COMPLEX;
	default:
		return FC_PDF_BROKEN;
	}
}

/* Anything qpdf had to say, an error or a warning, means a PDF that is
 * not as its writer should have made it. */
static enum fc_verdict
pdf_complaint(qpdf_data q, char *detail, size_t n)
{
	qpdf_error e;
	enum fc_verdict v;

	if (qpdf_has_error(q)) {
		e = qpdf_get_error(q);
		v = pdf_error_verdict(q, e);
	} else if (qpdf_more_warnings(q)) {
		e = qpdf_next_warning(q);
		v = FC_PDF_BROKEN;
	} else
		return FC_OK;
	snprintf(detail, n, "qpdf: %s", qpdf_get_error_full_text(q, e));
	/* qpdf reports running out of memory inside an object as damage */
	if (strstr(qpdf_get_error_full_text(q, e), "bad_alloc") != NULL)
		v = FC_PDF_COMPLEX;
	return v;
}

/* qpdf set up to judge, not to mend: a damaged file is refused, not
 * repaired, since what qpdf would rebuild another reader may rebuild
 * differently. */
static qpdf_data
pdf_open(void)
{
	qpdf_data q = qpdf_init();

	qpdf_silence_errors(q);
	qpdf_set_suppress_warnings(q, QPDF_TRUE);
	qpdf_set_attempt_recovery(q, QPDF_FALSE);
	return q;
}

/* The judgement on a PDF qpdf has just read (or failed to read). */
static enum fc_verdict
pdf_judge(qpdf_data q, const struct fc_policy *pol, char *detail, size_t dlen)
{
	struct pdf_scan *s;
	qpdf_oh tr, size_oh, root;
	long long size = 0, id;
	enum fc_verdict v;
	size_t k;

	detail[0] = '\0';
	if ((v = pdf_complaint(q, detail, dlen)) != FC_OK)
		return v;
	if (qpdf_is_encrypted(q)) {
		snprintf(detail, dlen, "encrypted, no password needed to open");
		return FC_PDF_ENCRYPTED;
	}
	tr = qpdf_get_trailer(q);
	size_oh = qpdf_oh_get_key(q, tr, "/Size");
	if (qpdf_oh_is_integer(q, size_oh))
		size = qpdf_oh_get_int_value(q, size_oh);
	qpdf_oh_release(q, size_oh);
	if (size < 1 || (unsigned long long)size > pol->pdf_max_objects + 1) {
		snprintf(detail, dlen, "trailer /Size %lld", size);
		return size < 1 ? FC_PDF_BROKEN : FC_PDF_COMPLEX;
	}
	s = xcalloc(1, sizeof(*s));
	s->q = q;
	s->size = size;
	s->seen = xcalloc((size_t)size, 1);
	/* every object the table lists read once (pdf_json_sink); the
	 * document as a reader opens it; then the net: the trailer and every
	 * object by number, those inside compressed object streams too, and
	 * those no reference reaches, and those of another generation */
	qpdf_write_json(q, 2, pdf_json_sink, s, qpdf_dl_none, qpdf_sj_none, "", NULL);
	root = qpdf_get_root(q);
	pdf_document(s, root);
	qpdf_oh_release(q, root);
	pdf_net_object(s, tr, 0, 1);
	for (id = 1; id < size && pdf_ok(s); id++) {
		qpdf_oh oh = qpdf_get_object_by_id(q, (int)id, 0);

		s->id = (int)id;
		pdf_net_object(s, oh, 0, 1);
		qpdf_oh_release(q, oh);
	}
	for (k = 0; k < s->noldgen && pdf_ok(s); k++) {
		qpdf_oh oh = qpdf_get_object_by_id(q, s->oldgen[k].id, s->oldgen[k].gen);

		s->id = s->oldgen[k].id;
		pdf_net_object(s, oh, 0, 1);
		qpdf_oh_release(q, oh);
	}
	if (s->v != FC_OK) {
		v = s->v;
		snprintf(detail, dlen, "%s", s->detail);
	} else
		v = pdf_complaint(q, detail, dlen);	/* e.g. a damaged object stream */
	free(s->seen);
	free(s);
	return v;
}

enum fc_verdict
filecheck_pdf(const char *path, const struct fc_policy *pol, char *detail, size_t dlen)
{
	qpdf_data q = pdf_open();
	enum fc_verdict v;

	qpdf_read(q, path, NULL);
	v = pdf_judge(q, pol, detail, dlen);
	qpdf_cleanup(&q);
	return v;
}

enum fc_verdict
filecheck_pdf_mem(const void *p, size_t n, const struct fc_policy *pol,
    char *detail, size_t dlen)
{
	qpdf_data q = pdf_open();
	enum fc_verdict v;

	qpdf_read_memory(q, "upload", p, n, NULL);
	v = pdf_judge(q, pol, detail, dlen);
	qpdf_cleanup(&q);
	return v;
}

#if !defined(__SANITIZE_ADDRESS__)
/* Private writable memory mapped now (VmData), in bytes; 0 if unknown. */
static unsigned long long
vm_data(void)
{
	char line[128];
	unsigned long long kb = 0;
	FILE *f = fopen("/proc/self/status", "r");

	if (f == NULL)
		return 0;
	while (fgets(line, sizeof(line), f) != NULL)
		if (sscanf(line, "VmData: %llu kB", &kb) == 1)
			break;
	fclose(f);
	return kb * 1024;
}
#endif

/* In the child: qpdf builds every object it parses in memory, so a 6 MB
 * file holding one array of three million numbers costs it most of a
 * gigabyte, and a compressed object stream can hide far more. The limit
 * turns that into std::bad_alloc (or death), in a process that is not the
 * responder. AddressSanitizer maps terabytes of shadow memory, so
 * sanitizer builds run without the memory limit. */
static void
pdf_limits(const struct fc_policy *pol)
{
	struct rlimit rl;
#if !defined(__SANITIZE_ADDRESS__)
	unsigned long long base = vm_data();
#endif

	/* a handler the responder set must not catch what is meant to end
	 * this process */
	signal(SIGALRM, SIG_DFL);
	signal(SIGXCPU, SIG_DFL);
#if !defined(__SANITIZE_ADDRESS__)
	if (base > 0) {
		rl.rlim_cur = rl.rlim_max = (rlim_t)(base + pol->pdf_max_memory);
		setrlimit(RLIMIT_DATA, &rl);
	}
#endif
	rl.rlim_cur = rl.rlim_max = (rlim_t)pol->pdf_max_seconds;
	setrlimit(RLIMIT_CPU, &rl);
	alarm((unsigned)pol->pdf_max_seconds * 2);	/* waiting on a slow disk */
}

struct pdf_answer {
	int v;
	char detail[sizeof(((struct fc_result *)0)->detail)];
};

/* qpdf runs in a child process: a parser of hostile input kept out of
 * the responder, under memory and time limits of its own. The responder
 * is single-threaded (STYLE.md), so the child may do anything after fork;
 * it leaves with _exit, touching none of the parent's buffers or its
 * database connection. */
static enum fc_verdict
pdf_check(int fd, const unsigned char *head, size_t n,
    const struct fc_policy *pol, struct fc_result *out)
{
	struct pdf_answer a;
	char path[64];
	int p[2], status = 0;
	size_t got = 0;
	ssize_t r;
	pid_t pid;

	if (n < 5 || memcmp(head, "%PDF-", 5) != 0)
		return verdict(out, FC_PDF_JUNK, "%PDF- not at byte 0");
	if (pipe(p) != 0)
		return verdict(out, FC_IO, "pipe");
	if ((pid = fork()) < 0) {
		close(p[0]);
		close(p[1]);
		return verdict(out, FC_IO, "fork");
	}
	if (pid == 0) {
		close(p[0]);
		pdf_limits(pol);
		memset(&a, 0, sizeof(a));
		/* qpdf reads a file by name; the caller's quarantine file is
		 * reached through its descriptor, so it need not say where */
		snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
		a.v = (int)filecheck_pdf(path, pol, a.detail, sizeof(a.detail));
		_exit(write(p[1], &a, sizeof(a)) == (ssize_t)sizeof(a) ? 0 : 1);
	}
	close(p[1]);
	while (got < sizeof(a) &&
	    ((r = read(p[0], (char *)&a + got, sizeof(a) - got)) > 0 ||
	    (r < 0 && errno == EINTR)))
		if (r > 0)
			got += (size_t)r;
	close(p[0]);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (got != sizeof(a) || a.v < 0 || a.v >= FC__MAX) {
		snprintf(out->detail, sizeof(out->detail),
		    "qpdf's process gave no verdict (%s %d)",
		    WIFSIGNALED(status) ? "signal" : "exit status",
		    WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
		return verdict(out, FC_PDF_COMPLEX, NULL);
	}
	a.detail[sizeof(a.detail) - 1] = '\0';
	if (a.v == FC_OK)
		out->ext = "pdf";
	return verdict(out, (enum fc_verdict)a.v, a.detail);
}

/* --- images ---------------------------------------------------------- */

/* 1 if "%PDF-" occurs anywhere in the file: a PDF reader given this
 * image would find a document in it. -1 on a read error. */
static int
has_pdf(int fd)
{
	static const char sig[] = "%PDF-";
	enum { KEEP = sizeof(sig) - 2 };	/* a signature cut by a read */
	unsigned char *b = xmalloc(HEAD + KEEP);
	size_t have = 0;
	off_t off = 0;
	ssize_t r;
	int found = 0;

	while ((r = pread_full(fd, b + have, HEAD, off)) > 0) {
		if (contains(b, have + (size_t)r, sig, sizeof(sig) - 1)) {
			found = 1;
			break;
		}
		off += r;
		have += (size_t)r;
		if (have > KEEP) {
			memmove(b, b + have - KEEP, KEEP);
			have = KEEP;
		}
	}
	if (r < 0)
		found = -1;
	free(b);
	return found;
}

static enum fc_verdict
image_check(int fd, const char *mime, const struct fc_policy *pol,
    int clean_fd, struct fc_result *out)
{
	static const struct {
		const char *mime;
		enum img_type type;
		const char *ext;
		int (*strip)(int, int);
	} kinds[] = {
		{ "image/jpeg", IMG_JPEG, "jpg", jpeg_strip_fd },
		{ "image/png", IMG_PNG, "png", png_strip_fd },
		{ "image/tiff", IMG_TIFF, "tif", NULL },	/* stored as sent */
	};
	struct img_info info;
	size_t k;
	int r;

	for (k = 0; k < NELEM(kinds) && strcmp(kinds[k].mime, mime) != 0; k++)
		;
	if (k == NELEM(kinds))
		return verdict(out, FC_TYPE, "accepted type without a check");
	if ((r = image_probe_fd(fd, &info)) != 0 || info.type != kinds[k].type)
		return verdict(out, r == IMG_IO ? FC_IO : FC_IMAGE_BROKEN,
		    "header unreadable or not the type libmagic saw");
	out->width = info.width;
	out->height = info.height;
	if (info.width > pol->img_max_side || info.height > pol->img_max_side ||
	    info.width > pol->img_max_pixels / info.height) {
		snprintf(out->detail, sizeof(out->detail), "%lu x %lu", info.width, info.height);
		return verdict(out, FC_IMAGE_DIMS, NULL);
	}
	if ((r = has_pdf(fd)) != 0)
		return verdict(out, r < 0 ? FC_IO : FC_POLYGLOT, "%PDF- inside an image");
	if (kinds[k].strip != NULL) {
		switch (kinds[k].strip(fd, clean_fd)) {
		case 0:
			out->use_clean = 1;
			break;
		case IMG_TRAILING:
			return verdict(out, FC_IMAGE_TRAILING, "data after the end of the image");
		case IMG_IO:
			return verdict(out, FC_IO, "reading or writing the clean copy");
		default:
			return verdict(out, FC_IMAGE_BROKEN, "malformed while stripping");
		}
	}
	out->ext = kinds[k].ext;
	return verdict(out, FC_OK, NULL);
}

enum fc_verdict
filecheck(struct fc_ctx *ctx, int fd, const struct fc_policy *pol,
    int clean_fd, struct fc_result *out)
{
	unsigned char *head;
	const char *mime;
	struct stat st;
	ssize_t n;
	enum fc_verdict v;

	memset(out, 0, sizeof(*out));
	out->ext = "";
	if (fstat(fd, &st) != 0)
		return verdict(out, FC_IO, "fstat");
	if (st.st_size == 0)
		return verdict(out, FC_EMPTY, NULL);
	head = xmalloc(HEAD);
	if ((n = pread_full(fd, head, HEAD, 0)) <= 0) {
		free(head);
		return verdict(out, FC_IO, "reading the start");
	}
	mime = magic_buffer(ctx->magic, head, (size_t)n);
	snprintf(out->mime, sizeof(out->mime), "%s",
	    mime != NULL ? mime : "application/octet-stream");
	if (!allowed(pol, out->mime)) {
		/* a PDF behind something else still opens as a PDF */
		if (contains(head, (size_t)n < PDF_SEARCH ? (size_t)n : PDF_SEARCH,
		    "%PDF-", 5))
			v = verdict(out, FC_PDF_JUNK, "%PDF- after other bytes");
		else
			v = verdict(out, type_kind(out->mime), NULL);
	} else if (strcmp(out->mime, "application/pdf") == 0)
		v = pdf_check(fd, head, (size_t)n, pol, out);
	else if (strncmp(out->mime, "image/", 6) != 0)
		v = verdict(out, officecheck(fd, out->mime, out), NULL);
	else
		v = image_check(fd, out->mime, pol, clean_fd, out);
	free(head);
	return v;
}
