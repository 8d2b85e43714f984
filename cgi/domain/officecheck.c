/* The structure checks of the editable office formats a procedure's form
 * may be uploaded in (DOCX, ODT, RTF): see officecheck.h. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <zlib.h>

#include "core/buf.h"
#include "core/util.h"
#include "domain/officecheck.h"

/* A ZIP's end record is in its last 22 bytes plus a comment of up to
 * 64 KiB. */
#define EOCD_MIN	22
#define EOCD_SEARCH	(EOCD_MIN + 65535)
/* What a form has room for: entries, central directory, the sum of the
 * parts unpacked, and how much smaller than its content a part may be
 * packed (text packs ~10:1; a bomb by thousands). */
#define ZIP_MAX_ENTRIES	2000
#define ZIP_MAX_CD	(4 * 1024 * 1024)
#define ZIP_MAX_TOTAL	(200ULL * 1024 * 1024)
#define ZIP_MAX_RATIO	200ULL
/* A relationships part read whole, at most. */
#define RELS_MAX	(1024 * 1024)

struct zent {
	char name[256];
	unsigned method, flags;
	unsigned long long csize, usize, local;
};

struct zip {
	int fd;
	unsigned long long fsize;
	struct zent *e;
	size_t n;
};

static unsigned
le16(const unsigned char *p)
{
	return (unsigned)p[0] | (unsigned)p[1] << 8;
}

static unsigned long
le32(const unsigned char *p)
{
	return (unsigned long)p[0] | (unsigned long)p[1] << 8 | (unsigned long)p[2] << 16 |
	    (unsigned long)p[3] << 24;
}

static int
read_at(int fd, void *p, size_t n, unsigned long long off)
{
	size_t got = 0;
	ssize_t r;

	while (got < n) {
		r = pread(fd, (char *)p + got, n - got, (off_t)(off + got));
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		got += (size_t)r;
	}
	return 0;
}

/* v, with what was found (what, then name when there is one) for the
 * log. */
static enum fc_verdict
refuse(struct fc_result *out, enum fc_verdict v, const char *what, const char *name)
{
	/* a part's name is cut: the line is for the log */
	snprintf(out->detail, sizeof(out->detail), "%.50s%s%.100s", what, name ? " " : "",
	    name ? name : "");
	return v;
}

/* Reads the central directory into z: FC_OK, or why not. A name with a
 * folder going up, an absolute one or a backslash, an encrypted part,
 * ZIP64, several disks or an unpacked size out of proportion are
 * refused: no office program writes them. */
static enum fc_verdict
zip_open(struct zip *z, struct fc_result *out)
{
	unsigned char *tail, h[46];
	size_t tn, i;
	unsigned long long cd_off, cd_size, total = 0, off;
	ssize_t k;

	tn = z->fsize < EOCD_SEARCH ? (size_t)z->fsize : EOCD_SEARCH;
	if (tn < EOCD_MIN)
		return refuse(out, FC_OFFICE_BROKEN, "shorter than a ZIP", NULL);
	tail = xmalloc(tn);
	if (read_at(z->fd, tail, tn, z->fsize - tn) != 0) {
		free(tail);
		return refuse(out, FC_IO, "reading the end", NULL);
	}
	for (k = (ssize_t)tn - EOCD_MIN; k >= 0; k--)
		if (le32(tail + k) == 0x06054b50UL)
			break;
	if (k < 0) {
		free(tail);
		return refuse(out, FC_OFFICE_BROKEN, "no ZIP end record", NULL);
	}
	if (le16(tail + k + 4) != 0 || le16(tail + k + 6) != 0 ||
	    le16(tail + k + 8) != le16(tail + k + 10) || le16(tail + k + 10) == 0xffff) {
		free(tail);
		return refuse(out, FC_OFFICE_BROKEN, "several disks or ZIP64", NULL);
	}
	z->n = le16(tail + k + 10);
	cd_size = le32(tail + k + 12);
	cd_off = le32(tail + k + 16);
	free(tail);
	if (z->n == 0 || z->n > ZIP_MAX_ENTRIES || cd_size > ZIP_MAX_CD ||
	    cd_off + cd_size > z->fsize)
		return refuse(out, FC_OFFICE_BROKEN, "central directory out of bounds", NULL);
	z->e = xcalloc(z->n, sizeof(*z->e));
	off = cd_off;
	for (i = 0; i < z->n; i++) {
		struct zent *e = &z->e[i];
		unsigned nl, xl, cl;

		if (off + 46 > cd_off + cd_size || read_at(z->fd, h, 46, off) != 0 ||
		    le32(h) != 0x02014b50UL)
			return refuse(out, FC_OFFICE_BROKEN, "bad central directory entry", NULL);
		e->flags = le16(h + 8);
		e->method = le16(h + 10);
		e->csize = le32(h + 20);
		e->usize = le32(h + 24);
		nl = le16(h + 28);
		xl = le16(h + 30);
		cl = le16(h + 32);
		e->local = le32(h + 42);
		if (nl == 0 || nl >= sizeof(e->name) || off + 46 + nl > cd_off + cd_size ||
		    read_at(z->fd, e->name, nl, off + 46) != 0)
			return refuse(out, FC_OFFICE_BROKEN, "bad entry name", NULL);
		e->name[nl] = '\0';
		if (memchr(e->name, '\0', nl) || e->name[0] == '/' || strchr(e->name, '\\') ||
		    strstr(e->name, "../") || strcmp(e->name, "..") == 0)
			return refuse(out, FC_OFFICE_BROKEN, "odd entry name", e->name);
		if (e->flags & 1)
			return refuse(out, FC_OFFICE_BROKEN, "encrypted entry", e->name);
		if (e->method != 0 && e->method != 8)
			return refuse(out, FC_OFFICE_BROKEN, "packing method of", e->name);
		if (e->csize == 0xffffffffUL || e->usize == 0xffffffffUL ||
		    e->local >= cd_off || e->csize > z->fsize ||
		    e->usize > ZIP_MAX_RATIO * e->csize + 1024 * 1024)
			return refuse(out, FC_OFFICE_BROKEN, "sizes of", e->name);
		total += e->usize;
		off += 46 + nl + xl + cl;
	}
	if (total > ZIP_MAX_TOTAL)
		return refuse(out, FC_OFFICE_BROKEN, "unpacked size over the cap", NULL);
	return FC_OK;
}

/* 1 if s holds w, letters in any case (strcasestr is GNU's). */
static int
has_ci(const char *s, const char *w)
{
	size_t n = strlen(w);

	for (; *s; s++)
		if (strncasecmp(s, w, n) == 0)
			return 1;
	return 0;
}

static const struct zent *
zip_find(const struct zip *z, const char *name)
{
	size_t i;

	for (i = 0; i < z->n; i++)
		if (strcmp(z->e[i].name, name) == 0)
			return &z->e[i];
	return NULL;
}

/* Unpacks e, giving its bytes to cb piece by piece (cb returns non-zero
 * to stop). Returns 0, 1 when cb stopped it, or -1 when the part is
 * broken (bad local header, bad deflate data, a size other than the
 * directory says). */
static int
zip_each(const struct zip *z, const struct zent *e,
    int (*cb)(const unsigned char *p, size_t n, void *ctx), void *ctx)
{
	unsigned char lh[30], *in, *outb;
	unsigned long long pos, left, made = 0;
	z_stream s;
	int rc = 0, zr = Z_OK;

	if (read_at(z->fd, lh, 30, e->local) != 0 || le32(lh) != 0x04034b50UL)
		return -1;
	pos = e->local + 30 + le16(lh + 26) + le16(lh + 28);
	if (pos + e->csize > z->fsize)
		return -1;
	in = xmalloc(65536);
	outb = xmalloc(65536);
	left = e->csize;
	if (e->method == 0) {
		while (left > 0 && rc == 0) {
			size_t n = left < 65536 ? (size_t)left : 65536;

			if (read_at(z->fd, in, n, pos) != 0) {
				rc = -1;
				break;
			}
			pos += n;
			left -= n;
			made += n;
			rc = cb(in, n, ctx) ? 1 : 0;
		}
		goto done;
	}
	memset(&s, 0, sizeof(s));
	if (inflateInit2(&s, -MAX_WBITS) != Z_OK) {
		rc = -1;
		goto done;
	}
	while (rc == 0 && zr != Z_STREAM_END) {
		if (s.avail_in == 0 && left > 0) {
			size_t n = left < 65536 ? (size_t)left : 65536;

			if (read_at(z->fd, in, n, pos) != 0) {
				rc = -1;
				break;
			}
			pos += n;
			left -= n;
			s.next_in = in;
			s.avail_in = (uInt)n;
		}
		s.next_out = outb;
		s.avail_out = 65536;
		zr = inflate(&s, Z_NO_FLUSH);
		if (zr != Z_OK && zr != Z_STREAM_END) {
			rc = -1;
			break;
		}
		made += 65536 - s.avail_out;
		if (made > e->usize) {
			rc = -1;	/* more than it said: a bomb's way */
			break;
		}
		if (65536 - s.avail_out > 0 && cb(outb, 65536 - s.avail_out, ctx))
			rc = 1;
		if (zr != Z_STREAM_END && s.avail_in == 0 && left == 0 && s.avail_out != 0) {
			rc = -1;	/* the data ended early */
			break;
		}
	}
	inflateEnd(&s);
done:
	free(in);
	free(outb);
	if (rc == 0 && made != e->usize)
		rc = -1;
	return rc;
}

/* --- searching unpacked text ------------------------------------------ */

/* Looks for any of needles across the pieces it is given (a needle may
 * straddle two): found is its index, or -1. */
struct seek {
	const char *const *needles;
	int found;
	size_t keep;
	unsigned char carry[64];
	size_t ncarry;
	unsigned char *win;
};

static int
seek_cb(const unsigned char *p, size_t n, void *ctx)
{
	struct seek *k = ctx;
	size_t total = k->ncarry + n, i, j, nl;

	memcpy(k->win, k->carry, k->ncarry);
	memcpy(k->win + k->ncarry, p, n);
	for (j = 0; k->needles[j]; j++) {
		nl = strlen(k->needles[j]);
		for (i = 0; i + nl <= total; i++)
			if (k->win[i] == (unsigned char)k->needles[j][0] &&
			    memcmp(k->win + i, k->needles[j], nl) == 0) {
				k->found = (int)j;
				return 1;
			}
	}
	k->ncarry = total < k->keep ? total : k->keep;
	memcpy(k->carry, k->win + total - k->ncarry, k->ncarry);
	return 0;
}

static void
seek_init(struct seek *k, const char *const *needles)
{
	size_t j;

	memset(k, 0, sizeof(*k));
	k->needles = needles;
	k->found = -1;
	for (j = 0; needles[j]; j++)
		if (strlen(needles[j]) > k->keep)
			k->keep = strlen(needles[j]);
	k->keep = k->keep ? k->keep - 1 : 0;
	k->win = xmalloc(65536 + sizeof(k->carry));
}

/* Part e of z searched for needles: the needle's index, -1 when none is
 * there, -2 when the part is broken. */
static int
zip_seek(const struct zip *z, const struct zent *e, const char *const *needles)
{
	struct seek k;
	int rc;

	seek_init(&k, needles);
	rc = zip_each(z, e, seek_cb, &k);
	free(k.win);
	return rc < 0 ? -2 : k.found;
}

/* Part e unpacked whole, searched for bad (NULL: only unpacked): FC_OK,
 * FC_OFFICE_BROKEN when it does not unpack, FC_OFFICE_ACTIVE (what:
 * the kind of thing found, for the log) when it holds one of bad. */
static enum fc_verdict
part_check(const struct zip *z, const struct zent *e, const char *const *bad,
    const char *what, struct fc_result *out)
{
	static const char *const none[] = { NULL };
	int r = zip_seek(z, e, bad ? bad : none);

	if (r == -2)
		return refuse(out, FC_OFFICE_BROKEN, "part", e->name);
	return r >= 0 ? refuse(out, FC_OFFICE_ACTIVE, what, bad[r]) : FC_OK;
}

/* --- DOCX --------------------------------------------------------------- */

static int
whole_cb(const unsigned char *p, size_t n, void *ctx)
{
	struct buf *b = ctx;

	if (b->len + n > RELS_MAX)
		return 1;
	buf_add(b, p, n);
	return 0;
}

/* A relationships part: a target outside the document (TargetMode
 * "External") is allowed for a hyperlink only; an attached template, a
 * linked object, picture, frame or sub-document fetched from elsewhere
 * is how a document reaches out when it is opened. 1: such a target;
 * 0: none; -1: broken. */
static int
rels_external(const struct zip *z, const struct zent *e)
{
	struct buf b = BUF_INIT;
	const char *p, *end;
	int rc = zip_each(z, e, whole_cb, &b), bad = 0;

	if (rc != 0) {
		buf_free(&b);
		return -1;
	}
	p = buf_str(&b);
	while ((p = strstr(p, "<Relationship ")) != NULL && !bad) {
		char el[4096];
		size_t n;

		end = strchr(p, '>');
		if (end == NULL)
			break;
		n = (size_t)(end - p);
		snprintf(el, sizeof(el), "%.*s", (int)(n < sizeof(el) - 1 ? n : sizeof(el) - 1), p);
		if (strstr(el, "TargetMode=\"External\"") || strstr(el, "TargetMode='External'")) {
			const char *t = strstr(el, "Type=");

			if (t == NULL || strncmp(t + 6, "http://schemas.openxmlformats.org/"
			    "officeDocument/2006/relationships/hyperlink", 67) != 0 ||
			    (t[73] != '"' && t[73] != '\''))
				bad = 1;
		}
		p = end;
	}
	buf_free(&b);
	return bad;
}

static enum fc_verdict
docx_check(const struct zip *z, struct fc_result *out)
{
	/* macros (and the content types a macro-enabled file declares),
	 * ActiveX controls, embedded OLE objects, the ribbon's callbacks */
	static const char *const types_bad[] = { "macroEnabled", "vbaProject", "vbaData",
		"activeX", "oleObject", NULL };
	/* field codes that run or fetch something: DDE, text or pictures
	 * included from another file or address */
	static const char *const fields_bad[] = { "DDEAUTO", "DDE ", "INCLUDETEXT",
		"INCLUDEPICTURE", "IMPORT ", NULL };
	const struct zent *ct = zip_find(z, "[Content_Types].xml");
	size_t i;
	enum fc_verdict v;
	int r;

	if (ct == NULL || zip_find(z, "word/document.xml") == NULL)
		return refuse(out, FC_OFFICE_BROKEN, "no content types or document part", NULL);
	for (i = 0; i < z->n; i++) {
		const char *nm = z->e[i].name, *dot = strrchr(nm, '.');

		if (has_ci(nm, "vbaProject") || has_ci(nm, "activeX") ||
		    has_ci(nm, "embeddings/") || has_ci(nm, "customUI") ||
		    (dot && strcasecmp(dot, ".bin") == 0))
			return refuse(out, FC_OFFICE_ACTIVE, "part", nm);
	}
	if ((v = part_check(z, ct, types_bad, "content type", out)) != FC_OK)
		return v;
	for (i = 0; i < z->n; i++) {
		const char *nm = z->e[i].name;
		size_t l = strlen(nm);
		int word = strncmp(nm, "word/", 5) == 0 && l > 4 && strcmp(nm + l - 4, ".xml") == 0;

		if (l > 5 && strcmp(nm + l - 5, ".rels") == 0) {
			if ((r = rels_external(z, &z->e[i])) != 0)
				return r < 0 ? refuse(out, FC_OFFICE_BROKEN, "part", nm) :
				    refuse(out, FC_OFFICE_ACTIVE, "external target in", nm);
		} else if ((v = part_check(z, &z->e[i], word ? fields_bad : NULL, "field",
		    out)) != FC_OK)
			return v;
	}
	out->ext = "docx";
	return FC_OK;
}

/* --- ODT ---------------------------------------------------------------- */

static enum fc_verdict
odt_check(const struct zip *z, struct fc_result *out)
{
	/* scripts bound to events, macros, applets and plug-ins, DDE links,
	 * fields that run a macro */
	static const char *const xml_bad[] = { "script:event-listener", "<office:event-listeners",
		"<draw:applet", "<draw:plugin", "text:execute-macro", "office:dde-source",
		"text:dde-connection", "<office:script ", "<office:script>", NULL };
	static const char mt[] = "application/vnd.oasis.opendocument.text";
	const struct zent *m = zip_find(z, "mimetype");
	size_t i;
	enum fc_verdict v;

	/* the format puts its type, stored, as the first part */
	if (m == NULL || m != &z->e[0] || m->method != 0 || m->usize != sizeof(mt) - 1 ||
	    zip_find(z, "content.xml") == NULL || zip_find(z, "META-INF/manifest.xml") == NULL)
		return refuse(out, FC_OFFICE_BROKEN, "mimetype, content or manifest", NULL);
	{
		struct buf b = BUF_INIT;

		if (zip_each(z, m, whole_cb, &b) != 0 || b.len != sizeof(mt) - 1 ||
		    memcmp(buf_str(&b), mt, sizeof(mt) - 1) != 0) {
			buf_free(&b);
			return refuse(out, FC_OFFICE_BROKEN, "mimetype's content", NULL);
		}
		buf_free(&b);
	}
	for (i = 0; i < z->n; i++) {
		const char *nm = z->e[i].name;
		size_t l = strlen(nm);

		/* Basic and script libraries; an "Object N" that is a file
		 * of its own (not a folder of ODF parts) is a foreign
		 * (OLE) object */
		if (strncmp(nm, "Basic/", 6) == 0 || strncmp(nm, "Scripts/", 8) == 0 ||
		    (strncmp(nm, "Object ", 7) == 0 && strchr(nm, '/') == NULL))
			return refuse(out, FC_OFFICE_ACTIVE, "part", nm);
		if ((v = part_check(z, &z->e[i], l > 4 && strcmp(nm + l - 4, ".xml") == 0 ?
		    xml_bad : NULL, "element", out)) != FC_OK)
			return v;
	}
	out->ext = "odt";
	return FC_OK;
}

/* --- RTF ---------------------------------------------------------------- */

/* Embedded or linked objects (\object, \objdata, \objlink...: the way
 * RTF exploits carry their payload), an attached template fetched when
 * the file opens, and fields that run or fetch something. The control
 * words are matched as written: RTF's are case-sensitive. */
static enum fc_verdict
rtf_check(int fd, unsigned long long size, struct fc_result *out)
{
	static const char *const bad[] = { "\\obj", "\\template", "DDEAUTO", "DDE ",
		"INCLUDETEXT", "INCLUDEPICTURE", "IMPORT ", NULL };
	unsigned char *chunk = xmalloc(65536);
	unsigned long long off = 0;
	struct seek k;
	int stop = 0;

	if (read_at(fd, chunk, 5, 0) != 0 || memcmp(chunk, "{\\rtf", 5) != 0) {
		free(chunk);
		return refuse(out, FC_OFFICE_BROKEN, "{\\rtf not at byte 0", NULL);
	}
	seek_init(&k, bad);
	while (off < size && !stop) {
		size_t n = size - off < 65536 ? (size_t)(size - off) : 65536;

		if (read_at(fd, chunk, n, off) != 0) {
			free(chunk);
			free(k.win);
			return refuse(out, FC_IO, "reading", NULL);
		}
		stop = seek_cb(chunk, n, &k);
		off += n;
	}
	free(chunk);
	free(k.win);
	if (k.found >= 0)
		return refuse(out, FC_OFFICE_ACTIVE, "control word or field", bad[k.found]);
	out->ext = "rtf";
	return FC_OK;
}

enum fc_verdict
officecheck(int fd, const char *mime, struct fc_result *out)
{
	struct stat st;
	struct zip z;
	enum fc_verdict v;

	if (fstat(fd, &st) != 0)
		return refuse(out, FC_IO, "fstat", NULL);
	if (strcmp(mime, "text/rtf") == 0 || strcmp(mime, "application/rtf") == 0)
		return rtf_check(fd, (unsigned long long)st.st_size, out);
	memset(&z, 0, sizeof(z));
	z.fd = fd;
	z.fsize = (unsigned long long)st.st_size;
	if ((v = zip_open(&z, out)) == FC_OK) {
		if (strcmp(mime, OFFICE_DOCX) == 0)
			v = docx_check(&z, out);
		else if (strcmp(mime, OFFICE_ODT) == 0)
			v = odt_check(&z, out);
		else
			v = refuse(out, FC_TYPE, "no check for this type", NULL);
	}
	free(z.e);
	return v;
}
