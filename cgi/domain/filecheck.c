#include "config.h"

#include <errno.h>
#include <signal.h>
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

/* libmagic sees this much of the file's start: enough for every format's
 * signature (a DOCX names its parts in the first kilobytes). */
#define HEAD	(64 * 1024)
/* PDF readers look for %PDF- this far into a file (Acrobat's limit). */
#define PDF_SEARCH	1024
/* Direct objects nested deeper than this are no PDF a scanner writes. */
#define PDF_MAX_DEPTH	64
/* Objects with a generation other than 0 (reached through references). */
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
	{ FC_PDF_EMBEDDED, "PdfEmbedded", "FC_PDF_EMBEDDED" },
	{ FC_PDF_COMPLEX, "PdfComplex", "FC_PDF_COMPLEX" },
	{ FC_IMAGE_BROKEN, "ImageBroken", "FC_IMAGE_BROKEN" },
	{ FC_IMAGE_DIMS, "ImageDims", "FC_IMAGE_DIMS" },
	{ FC_IMAGE_TRAILING, "ImageTrailing", "FC_IMAGE_TRAILING" },
	{ FC_POLYGLOT, "Polyglot", "FC_POLYGLOT" },
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

/* Names that make a PDF do something when opened or clicked, or carry
 * another file. Keys and name values alike: /JS and /JavaScript (actions,
 * the name tree), /S /Launch... qpdf hands names over with their #xx
 * escapes resolved, so /J#61vaScript is caught as /JavaScript. */
static const struct {
	const char *name;
	enum fc_verdict v;
} pdf_bad[] = {
	{ "/JS", FC_PDF_ACTIVE },
	{ "/JavaScript", FC_PDF_ACTIVE },
	{ "/Launch", FC_PDF_ACTIVE },
	{ "/RichMedia", FC_PDF_ACTIVE },
	{ "/XFA", FC_PDF_ACTIVE },
	{ "/SubmitForm", FC_PDF_ACTIVE },
	{ "/ImportData", FC_PDF_ACTIVE },
	{ "/GoToR", FC_PDF_ACTIVE },
	{ "/GoToE", FC_PDF_ACTIVE },
	{ "/EmbeddedFile", FC_PDF_EMBEDDED },
	{ "/EmbeddedFiles", FC_PDF_EMBEDDED },
	{ "/FileAttachment", FC_PDF_EMBEDDED },
	{ "/EF", FC_PDF_EMBEDDED },
};

struct pdf_walk {
	qpdf_data q;
	enum fc_verdict v;
	char detail[96];
	/* objects of a generation other than 0, already walked */
	struct { int id, gen; } oldgen[PDF_MAX_OLDGEN];
	size_t noldgen;
};

static void
pdf_name(struct pdf_walk *w, const char *name)
{
	size_t i;

	for (i = 0; i < NELEM(pdf_bad); i++)
		if (strcmp(name, pdf_bad[i].name) == 0) {
			w->v = pdf_bad[i].v;
			snprintf(w->detail, sizeof(w->detail), "name %s", name);
			return;
		}
}

static void pdf_walk_object(struct pdf_walk *w, qpdf_oh oh, int depth, int top);

static void
pdf_walk_dict(struct pdf_walk *w, qpdf_oh oh, int depth)
{
	struct buf keys = BUF_INIT;
	const char *k;
	size_t at;

	/* qpdf iterates one dictionary at a time: the keys first, then the
	 * values, which may be dictionaries themselves */
	qpdf_oh_begin_dict_key_iter(w->q, oh);
	while (qpdf_oh_dict_more_keys(w->q)) {
		k = qpdf_oh_dict_next_key(w->q);
		buf_add(&keys, k, strlen(k) + 1);
	}
	for (at = 0; at < keys.len && w->v == FC_OK; at += strlen(keys.s + at) + 1) {
		qpdf_oh val;

		pdf_name(w, keys.s + at);
		if (w->v != FC_OK)
			break;
		val = qpdf_oh_get_key(w->q, oh, keys.s + at);
		pdf_walk_object(w, val, depth + 1, 0);
		qpdf_oh_release(w->q, val);
	}
	buf_free(&keys);
}

/* Every key and name inside one object. References are not followed:
 * the caller walks every object by its number. The exception is an
 * object of a generation other than 0, which that walk cannot name. */
static void
pdf_walk_object(struct pdf_walk *w, qpdf_oh oh, int depth, int top)
{
	int i, n;

	if (w->v != FC_OK)
		return;
	if (depth > PDF_MAX_DEPTH) {
		w->v = FC_PDF_COMPLEX;
		snprintf(w->detail, sizeof(w->detail), "nesting deeper than %d", PDF_MAX_DEPTH);
		return;
	}
	if (!top && qpdf_oh_is_indirect(w->q, oh)) {
		int id = qpdf_oh_get_object_id(w->q, oh), gen = qpdf_oh_get_generation(w->q, oh);
		size_t k;

		if (gen == 0)
			return;
		for (k = 0; k < w->noldgen; k++)
			if (w->oldgen[k].id == id && w->oldgen[k].gen == gen)
				return;
		if (w->noldgen == PDF_MAX_OLDGEN) {
			w->v = FC_PDF_COMPLEX;
			snprintf(w->detail, sizeof(w->detail), "over %d reused object numbers", PDF_MAX_OLDGEN);
			return;
		}
		w->oldgen[w->noldgen].id = id;
		w->oldgen[w->noldgen++].gen = gen;
	}
	switch (qpdf_oh_get_type_code(w->q, oh)) {
	case ot_name:
		pdf_name(w, qpdf_oh_get_name(w->q, oh));
		break;
	case ot_array:
		n = qpdf_oh_get_array_n_items(w->q, oh);
		for (i = 0; i < n && w->v == FC_OK; i++) {
			qpdf_oh item = qpdf_oh_get_array_item(w->q, oh, i);

			pdf_walk_object(w, item, depth + 1, 0);
			qpdf_oh_release(w->q, item);
		}
		break;
	case ot_dictionary:
		pdf_walk_dict(w, oh, depth);
		break;
	case ot_stream: {
		/* the dictionary only: stream data is never read */
		qpdf_oh d = qpdf_oh_get_dict(w->q, oh);

		pdf_walk_dict(w, d, depth);
		qpdf_oh_release(w->q, d);
		break;
	}
	default:
		break;
	}
}

/* What a qpdf error means for the sender. An exception that is not
 * qpdf's own (qpdf_e_internal) is mostly std::bad_alloc under the memory
 * limit below: the file asked for more than a scan needs. */
static enum fc_verdict
pdf_error_verdict(qpdf_data q, qpdf_error e)
{
	switch (qpdf_get_error_code(q, e)) {
	case qpdf_e_password:
		return FC_PDF_ENCRYPTED;
	case qpdf_e_system:
		return FC_IO;
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

/* The whole PDF judgement, in the child process pdf_check makes. */
static enum fc_verdict
pdf_examine(int fd, const struct fc_policy *pol, char *detail, size_t dlen)
{
	struct pdf_walk *w;
	qpdf_data q;
	qpdf_oh tr, size_oh;
	char path[64];
	long long size = 0, id;
	enum fc_verdict v;

	/* qpdf reads a file by name; the caller's quarantine file is
	 * reached through its descriptor, so it need not say where it is */
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	w = xcalloc(1, sizeof(*w));
	w->q = q = qpdf_init();
	qpdf_silence_errors(q);
	qpdf_set_suppress_warnings(q, QPDF_TRUE);
	/* a damaged file is refused, not repaired: what qpdf would rebuild
	 * another reader may rebuild differently */
	qpdf_set_attempt_recovery(q, QPDF_FALSE);
	qpdf_read(q, path, NULL);
	if ((v = pdf_complaint(q, detail, dlen)) != FC_OK)
		goto done;
	if (qpdf_is_encrypted(q)) {
		snprintf(detail, dlen, "encrypted, no password needed to open");
		v = FC_PDF_ENCRYPTED;
		goto done;
	}
	tr = qpdf_get_trailer(q);
	size_oh = qpdf_oh_get_key(q, tr, "/Size");
	if (qpdf_oh_is_integer(q, size_oh))
		size = qpdf_oh_get_int_value(q, size_oh);
	qpdf_oh_release(q, size_oh);
	if (size < 1 || (unsigned long long)size > pol->pdf_max_objects + 1) {
		snprintf(detail, dlen, "trailer /Size %lld", size);
		v = size < 1 ? FC_PDF_BROKEN : FC_PDF_COMPLEX;
		goto done;
	}
	/* the trailer, then every object by number: those inside compressed
	 * object streams too, and those no reference reaches */
	pdf_walk_object(w, tr, 0, 1);
	for (id = 1; id < size && w->v == FC_OK && !qpdf_has_error(q); id++) {
		qpdf_oh oh = qpdf_get_object_by_id(q, (int)id, 0);

		pdf_walk_object(w, oh, 0, 1);
		qpdf_oh_release(q, oh);
	}
	if (w->v != FC_OK) {
		v = w->v;
		snprintf(detail, dlen, "%s", w->detail);
	} else
		v = pdf_complaint(q, detail, dlen);	/* e.g. a damaged object stream */
done:
	qpdf_cleanup(&q);
	free(w);
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
		a.v = (int)pdf_examine(fd, pol, a.detail, sizeof(a.detail));
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

enum fc_verdict
filecheck_pdf_examine(int fd, const struct fc_policy *pol, struct fc_result *out)
{
	memset(out, 0, sizeof(*out));
	out->ext = "";
	snprintf(out->mime, sizeof(out->mime), "application/pdf");
	out->verdict = pdf_examine(fd, pol, out->detail, sizeof(out->detail));
	if (out->verdict == FC_OK)
		out->ext = "pdf";
	return out->verdict;
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
	else
		v = image_check(fd, out->mime, pol, clean_fd, out);
	free(head);
	return v;
}
