/* Upload checks (domain/filecheck.c) on the committed fixtures: each file
 * in tests/fixtures/uploads/cases.json gets its verdict and message key
 * (and, for the PDFs' allow-list, is refused where the case says), the
 * same through the in-process PDF checks; the signed PDFs of the test PKI
 * pass; stripped images lose their metadata and keep their pixels; memory
 * stays flat on a 30 MB file; random bytes crash nothing. */
#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>

#include "core/buf.h"
#include "core/cs.h"
#include "core/util.h"
#include "domain/filecheck.h"
#include "domain/image.h"
#include "tap.h"
#include "../tools/pki.h"

static char dir[4096];

static FILE *
fixture(const char *name)
{
	char path[4200];

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return fopen(path, "rb");
}

static void
slurp(FILE *f, struct buf *b)
{
	char tmp[8192];
	size_t n;

	rewind(f);
	while ((n = fread(tmp, 1, sizeof(tmp), f)) > 0)
		buf_add(b, tmp, n);
}

static int
has(const struct buf *b, const void *needle, size_t n)
{
	size_t i;

	for (i = 0; i + n <= b->len; i++)
		if (memcmp(b->s + i, needle, n) == 0)
			return 1;
	return 0;
}

/* filecheck on a fixture; the clean copy, if any, in clean */
static enum fc_verdict
check_file(struct fc_ctx *ctx, const char *name, const struct fc_policy *pol,
    struct fc_result *r, struct buf *clean)
{
	FILE *f = fixture(name), *c = tmpfile();
	enum fc_verdict v;

	if (f == NULL || c == NULL) {
		if (f)
			fclose(f);
		if (c)
			fclose(c);
		memset(r, 0, sizeof(*r));
		return FC__MAX;
	}
	v = filecheck(ctx, fileno(f), pol, fileno(c), r);
	if (clean != NULL)
		slurp(c, clean);
	fclose(f);
	fclose(c);
	return v;
}

static long
maxrss_kb(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

static void
put_be32(unsigned char *p, unsigned long v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

/* A 30 MB JPEG: ok.jpg's headers, 30 MB of entropy-coded bytes (with
 * stuffed 0xff00 and restarts), EOI. Written in pieces. */
static FILE *
big_jpeg(const struct buf *okjpg)
{
	FILE *f = tmpfile();
	unsigned char piece[65536];
	size_t i, sos = 0;
	int k;

	if (f == NULL)
		return NULL;
	for (i = 0; i + 1 < okjpg->len; i++)
		if ((unsigned char)okjpg->s[i] == 0xff && (unsigned char)okjpg->s[i + 1] == 0xda)
			sos = i;
	fwrite(okjpg->s, 1, sos + 10, f);	/* up to the end of SOS */
	for (i = 0; i < sizeof(piece); i++)
		piece[i] = (unsigned char)(i * 7 + 3) == 0xff ? 0 : (unsigned char)(i * 7 + 3);
	piece[100] = 0xff;
	piece[101] = 0x00;
	piece[200] = 0xff;
	piece[201] = 0xd3;
	for (k = 0; k < 30 * 16; k++)
		fwrite(piece, 1, sizeof(piece), f);
	fwrite("\xff\xd9", 1, 2, f);
	fflush(f);
	return f;
}

/* A 30 MB PNG: ok.png's IHDR, 480 IDAT chunks of 64 KiB, IEND. The CRCs
 * are not checked here and so not computed. */
static FILE *
big_png(const struct buf *okpng)
{
	FILE *f = tmpfile();
	static unsigned char piece[65536 + 12];
	int k;

	if (f == NULL)
		return NULL;
	fwrite(okpng->s, 1, 33, f);	/* signature, IHDR */
	put_be32(piece, 65536);
	memcpy(piece + 4, "IDAT", 4);
	for (k = 0; k < 480; k++) {
		memset(piece + 8, k, 65536);
		fwrite(piece, 1, sizeof(piece), f);
	}
	fwrite("\0\0\0\0IEND\xae\x42\x60\x82", 1, 12, f);
	fflush(f);
	return f;
}

/* A 30 MB PDF: one page whose content stream is 30 MB of comment lines;
 * qpdf must not read that stream to judge the file. */
static FILE *
big_pdf(void)
{
	FILE *f = tmpfile();
	long off[6], xref;
	static char line[1024];
	long len = 30L * 1024 * 1024, k;
	int i;

	if (f == NULL)
		return NULL;
	memset(line, 'x', sizeof(line) - 1);
	line[0] = '%';
	line[sizeof(line) - 1] = '\n';
	fputs("%PDF-1.7\n", f);
	off[1] = ftell(f);
	fputs("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n", f);
	off[2] = ftell(f);
	fputs("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n", f);
	off[3] = ftell(f);
	fputs("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n", f);
	off[4] = ftell(f);
	fprintf(f, "4 0 obj\n<< /Length %ld >>\nstream\n", len);
	for (k = 0; k < len / (long)sizeof(line); k++)
		fwrite(line, 1, sizeof(line), f);
	fputs("\nendstream\nendobj\n", f);
	xref = ftell(f);
	fputs("xref\n0 5\n0000000000 65535 f \n", f);
	for (i = 1; i <= 4; i++)
		fprintf(f, "%010ld 00000 n \n", off[i]);
	fprintf(f, "trailer\n<< /Root 1 0 R /Size 5 >>\nstartxref\n%ld\n%%%%EOF\n", xref);
	fflush(f);
	return f;
}

#if !defined(__SANITIZE_ADDRESS__)
/* A 3 MB PDF whose catalog points at one array of 1.5 million numbers:
 * small on disk, hundreds of megabytes once qpdf has parsed it. */
static FILE *
array_bomb(void)
{
	FILE *f = tmpfile();
	long off[5], xref, k;
	int i;

	if (f == NULL)
		return NULL;
	fputs("%PDF-1.7\n", f);
	off[1] = ftell(f);
	fputs("1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Big 4 0 R >>\nendobj\n", f);
	off[2] = ftell(f);
	fputs("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n", f);
	off[3] = ftell(f);
	fputs("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n", f);
	off[4] = ftell(f);
	fputs("4 0 obj\n[", f);
	for (k = 0; k < 1500000; k++)
		fputs("0 ", f);
	fputs("]\nendobj\n", f);
	xref = ftell(f);
	fputs("xref\n0 5\n0000000000 65535 f \n", f);
	for (i = 1; i <= 4; i++)
		fprintf(f, "%010ld 00000 n \n", off[i]);
	fprintf(f, "trailer\n<< /Root 1 0 R /Size 5 >>\nstartxref\n%ld\n%%%%EOF\n", xref);
	fflush(f);
	return f;
}
#endif

/* Peak RSS growth (KiB) of one filecheck on f. */
static long
rss_growth(struct fc_ctx *ctx, FILE *f, enum fc_verdict *v)
{
	FILE *c = tmpfile();
	struct fc_result r;
	long before = maxrss_kb();

	*v = filecheck(ctx, fileno(f), &fc_policy_default, fileno(c), &r);
	fclose(c);
	return maxrss_kb() - before;
}

int
main(void)
{
	const char *top = getenv("top_srcdir");
	struct fc_ctx *ctx;
	struct fc_result r;
	struct buf b = BUF_INIT, clean = BUF_INIT;
	json_t *cases, *c;
	json_error_t jerr;
	size_t i;
	char path[4200];

	snprintf(dir, sizeof(dir), "%s/tests/fixtures/uploads", top ? top : ".");
	ctx = filecheck_init();
	ok(ctx != NULL, "libmagic database loaded");
	if (ctx == NULL)
		return done_testing();

	/* every fixture and its verdict, from the manifest other tests share */
	snprintf(path, sizeof(path), "%s/cases.json", dir);
	cases = json_load_file(path, 0, &jerr);
	ok(json_is_array(cases) && json_array_size(cases) > 20, "cases.json read (%s)", jerr.text);
	json_array_foreach(cases, i, c) {
		const char *file = json_string_value(json_object_get(c, "file"));
		const char *want = json_string_value(json_object_get(c, "verdict"));
		const char *key = json_string_value(json_object_get(c, "key"));
		const char *ext = json_string_value(json_object_get(c, "ext"));
		enum fc_verdict v;

		if (file == NULL || want == NULL || key == NULL || ext == NULL) {
			ok(0, "case %zu complete", i);
			continue;
		}
		v = check_file(ctx, file, &fc_policy_default, &r, NULL);
		is_str(fc_name(v), want, "%s: %s (%s; %s)", file, want, r.mime, r.detail);
		is_str(fc_key(v), key, "%s: message key %s", file, key);
		is_str(r.ext, ext, "%s: extension '%s'", file, ext);
		if (json_object_get(c, "found") != NULL) {
			const char *found = json_string_value(json_object_get(c, "found"));

			ok(found != NULL && strstr(r.detail, found) != NULL,
			    "%s: refused where it should be: '%s' in '%s'", file, found, r.detail);
		}
		/* the PDF checks alone, as a fuzzing harness calls them: the
		 * same verdict (the %PDF- at byte 0 is filecheck's own check) */
		if (strcmp(r.mime, "application/pdf") == 0 && v != FC_PDF_JUNK) {
			struct buf pdf = BUF_INIT;
			FILE *f = fixture(file);
			char detail[160];

			snprintf(path, sizeof(path), "%s/%s", dir, file);
			is_str(fc_name(filecheck_pdf(path, &fc_policy_default, detail, sizeof(detail))),
			    want, "%s: filecheck_pdf says the same", file);
			if (f != NULL) {
				slurp(f, &pdf);
				fclose(f);
			}
			is_str(fc_name(filecheck_pdf_mem(pdf.s, pdf.len, &fc_policy_default,
			    detail, sizeof(detail))), want, "%s: filecheck_pdf_mem says the same", file);
			buf_free(&pdf);
		}
	}
	{
		/* and no fixture left out of the manifest */
		DIR *d = opendir(dir);
		struct dirent *e;
		int unlisted = 0;

		while (d != NULL && (e = readdir(d)) != NULL) {
			size_t k;
			int found = 0;

			if (e->d_name[0] == '.' || strcmp(e->d_name, "make.sh") == 0 ||
			    strcmp(e->d_name, "cases.json") == 0)
				continue;
			json_array_foreach(cases, k, c)
				if (strcmp(json_string_value(json_object_get(c, "file")), e->d_name) == 0)
					found = 1;
			if (!found) {
				printf("# not in cases.json: %s\n", e->d_name);
				unlisted++;
			}
		}
		if (d != NULL)
			closedir(d);
		ok(d != NULL && unlisted == 0, "every fixture is in cases.json");
	}
	json_decref(cases);

	/* the signed PDFs of the test PKI, good and bad signatures alike:
	 * their structure (AcroForm, signature widgets, an incremental
	 * update) is what signing tools write, and the check lets it pass */
	{
		char pki[] = "/tmp/dvc-fc-XXXXXX", err[512] = "", cmd[64];
		json_t *m, *cs;
		int n = 0, passed = 0;

		if (mkdtemp(pki) == NULL) {
			ok(0, "temporary folder for the test PKI");
		} else {
			ok(pki_make(pki, err, sizeof(err)) == 0, "test PKI made: %s", err);
			snprintf(path, sizeof(path), "%s/manifest.json", pki);
			m = json_load_file(path, 0, &jerr);
			json_array_foreach(json_object_get(m, "cases"), i, cs) {
				const char *file = json_string_value(json_object_get(cs, "file"));
				FILE *f, *cl = tmpfile();

				if (strcmp(json_string_value(json_object_get(cs, "kind")), "pdf") != 0)
					continue;
				n++;
				snprintf(path, sizeof(path), "%s/%s", pki, file);
				if ((f = fopen(path, "rb")) == NULL || cl == NULL)
					continue;
				if (filecheck(ctx, fileno(f), &fc_policy_default, fileno(cl), &r) == FC_OK)
					passed++;
				else
					printf("# %s: %s (%s)\n", file, fc_name(r.verdict), r.detail);
				fclose(f);
				fclose(cl);
			}
			json_decref(m);
			ok(n >= 15 && passed == n, "%d of the test PKI's %d signed PDFs accepted", passed, n);
			snprintf(cmd, sizeof(cmd), "rm -rf '%s'", pki);
			if (system(cmd) != 0)
				printf("# could not remove %s\n", pki);
		}
	}

	/* what the clean copies hold */
	check_file(ctx, "ok.jpg", &fc_policy_default, &r, &clean);
	ok(r.use_clean && r.width == 16 && r.height == 16, "JPEG: 16 x 16, a clean copy to store");
	ok(!has(&clean, "Bimat", 5) && !has(&clean, "\x88\x25", 2) && !has(&clean, "xap/1.0", 7) &&
	    !has(&clean, "N\0\0\0", 4), "JPEG: EXIF make, GPS, XMP and comment gone");
	ok(has(&clean, "Exif\0\0MM", 8) && has(&clean, "\x01\x12\0\x03\0\0\0\x01\0\x06", 10),
	    "JPEG: only the orientation (6) left of the EXIF");
	{
		FILE *f = fixture("ok.jpg");
		static const unsigned char tail[] = { 0xff, 0xda, 0, 8, 1, 1, 0, 0, 0x3f, 0, 0x00, 0xff, 0xd9 };

		buf_reset(&b);
		if (f != NULL) {
			slurp(f, &b);
			fclose(f);
		}
		ok(clean.len > sizeof(tail) && memcmp(clean.s + clean.len - sizeof(tail), tail, sizeof(tail)) == 0 &&
		    has(&clean, "\xff\xdb\0\x43", 4) && has(&clean, "\xff\xc0", 2),
		    "JPEG: tables, frame, scan and data kept byte for byte");
	}
	buf_reset(&clean);
	check_file(ctx, "ok.png", &fc_policy_default, &r, &clean);
	ok(r.use_clean && r.width == 4 && r.height == 4, "PNG: 4 x 4, a clean copy to store");
	ok(!has(&clean, "tEXt", 4) && !has(&clean, "iTXt", 4) && !has(&clean, "tIME", 4) &&
	    !has(&clean, "Bimat", 5), "PNG: text, XMP and time chunks gone");
	{
		FILE *f = fixture("ok.png");
		size_t k;
		int same = 0;

		buf_reset(&b);
		if (f != NULL) {
			slurp(f, &b);
			fclose(f);
		}
		/* the IDAT chunk, length to CRC, found in both */
		for (k = 8; k + 8 < b.len; k++)
			if (memcmp(b.s + k + 4, "IDAT", 4) == 0) {
				size_t n = ((size_t)(unsigned char)b.s[k] << 24 | (size_t)(unsigned char)b.s[k + 1] << 16 |
				    (size_t)(unsigned char)b.s[k + 2] << 8 | (unsigned char)b.s[k + 3]) + 12;
				struct buf idat = BUF_INIT;

				buf_add(&idat, b.s + k, n);
				same = has(&clean, idat.s, idat.len);
				buf_free(&idat);
				break;
			}
		ok(same && has(&clean, "gAMA", 4) && has(&clean, "IEND", 4), "PNG: IDAT and gAMA kept byte for byte");
	}
	buf_reset(&clean);
	check_file(ctx, "ok.tif", &fc_policy_default, &r, &clean);
	ok(!r.use_clean && clean.len == 0 && r.width == 8, "TIFF: stored as sent, no clean copy");
	check_file(ctx, "ok.pdf", &fc_policy_default, &r, &clean);
	ok(!r.use_clean && clean.len == 0 && strcmp(r.mime, "application/pdf") == 0,
	    "PDF: stored as sent, MIME type kept for the log");
	check_file(ctx, "zip.pdf", &fc_policy_default, &r, NULL);
	is_str(r.mime, "application/zip", "a refused type's MIME type kept for the log");

	/* the policy decides */
	{
		static const char *const only_pdf[] = { "application/pdf" };
		struct fc_policy p = fc_policy_default;

		p.img_max_side = 10;
		is_int(check_file(ctx, "ok.jpg", &p, &r, NULL), FC_IMAGE_DIMS, "16 px wide over a 10 px limit");
		p = fc_policy_default;
		p.img_max_pixels = 200;
		is_int(check_file(ctx, "ok.jpg", &p, &r, NULL), FC_IMAGE_DIMS, "256 pixels over a 200-pixel limit");
		p = fc_policy_default;
		p.types = only_pdf;
		p.ntypes = 1;
		is_int(check_file(ctx, "ok.png", &p, &r, NULL), FC_TYPE, "PNG not in the policy's list");
		p = fc_policy_default;
		p.pdf_max_objects = 3;
		is_int(check_file(ctx, "ok.pdf", &p, &r, NULL), FC_PDF_COMPLEX, "more objects than the policy allows");
	}

	/* every verdict has a key, and both languages have its message */
	{
		HDF *vi = NULL, *en = NULL;
		int k, keys_ok = 1, vi_ok = 1, en_ok = 1;

		hdf_init(&vi);
		hdf_init(&en);
		snprintf(path, sizeof(path), "%s/templates/lang/vi.hdf", top ? top : ".");
		nerr_ignore(&(NEOERR *){ hdf_read_file(vi, path) });
		snprintf(path, sizeof(path), "%s/templates/lang/en.hdf", top ? top : ".");
		nerr_ignore(&(NEOERR *){ hdf_read_file(en, path) });
		for (k = 0; k < FC__MAX; k++) {
			char name[96];

			if (strcmp(fc_key((enum fc_verdict)k), "Io") == 0 && k != FC_IO)
				keys_ok = 0;
			snprintf(name, sizeof(name), "Lang.Upload.%s", fc_key((enum fc_verdict)k));
			if (hdf_get_value(vi, name, NULL) == NULL) {
				printf("# vi.hdf lacks %s\n", name);
				vi_ok = 0;
			}
			if (hdf_get_value(en, name, NULL) == NULL) {
				printf("# en.hdf lacks %s\n", name);
				en_ok = 0;
			}
		}
		ok(keys_ok, "every verdict has its own key");
		ok(vi_ok, "vi.hdf has Lang.Upload.<key> for every verdict");
		ok(en_ok, "en.hdf has Lang.Upload.<key> for every verdict");
		hdf_destroy(&vi);
		hdf_destroy(&en);
	}

	/* memory: 30 MB files through the streaming paths */
	{
		FILE *okj = fixture("ok.jpg"), *okp = fixture("ok.png"), *f;
		enum fc_verdict v;
		long grew;

		buf_reset(&b);
		if (okj != NULL) {
			slurp(okj, &b);
			fclose(okj);
		}
		/* warm up: libmagic, qpdf and the allocator's first arenas */
		check_file(ctx, "ok.jpg", &fc_policy_default, &r, NULL);
		check_file(ctx, "ok.png", &fc_policy_default, &r, NULL);
		check_file(ctx, "ok.pdf", &fc_policy_default, &r, NULL);
		if ((f = big_jpeg(&b)) != NULL) {
			grew = rss_growth(ctx, f, &v);
			is_int(v, FC_OK, "30 MB JPEG accepted");
			ok(grew < 4096, "30 MB JPEG: peak RSS grew by %ld KiB (< 4 MiB)", grew);
			fclose(f);
		}
		buf_reset(&b);
		if (okp != NULL) {
			slurp(okp, &b);
			fclose(okp);
		}
		if ((f = big_png(&b)) != NULL) {
			grew = rss_growth(ctx, f, &v);
			is_int(v, FC_OK, "30 MB PNG accepted");
			ok(grew < 4096, "30 MB PNG: peak RSS grew by %ld KiB (< 4 MiB)", grew);
			fclose(f);
		}
		if ((f = big_pdf()) != NULL) {
			grew = rss_growth(ctx, f, &v);
			is_int(v, FC_OK, "30 MB PDF accepted");
			ok(grew < 4096, "30 MB PDF: peak RSS grew by %ld KiB (< 4 MiB)", grew);
			fclose(f);
		}
#if !defined(__SANITIZE_ADDRESS__)
		/* the sanitizer build has no memory limit for qpdf (see
		 * pdf_limits): there this would take gigabytes */
		if ((f = array_bomb()) != NULL) {
			struct rusage ru;

			grew = rss_growth(ctx, f, &v);
			is_int(v, FC_PDF_COMPLEX, "3 MB PDF asking qpdf for hundreds of MB: refused");
			ok(grew < 4096, "and the responder's peak RSS grew by %ld KiB", grew);
			getrusage(RUSAGE_CHILDREN, &ru);
			ok(ru.ru_maxrss < 96 * 1024, "qpdf's process peaked at %ld KiB", ru.ru_maxrss);
			fclose(f);
		}
#endif
	}

	/* random bytes behind each signature: a verdict, never a crash */
	{
		static const char *const sig[] = { "%PDF-1.7\n", "\xff\xd8\xff\xe0", "\x89PNG\r\n\x1a\n",
		    "II*\0", "MM\0*", "" };
		unsigned char rnd[4096];
		int k, j, all = 1;

		srand(11);
		for (k = 0; k < 600; k++) {
			FILE *f = tmpfile(), *cl = tmpfile();
			const char *s = sig[k % NELEM(sig)];
			size_t n = (size_t)(rand() % (int)sizeof(rnd)), sl = strlen(s) ? strlen(s) : 0;

			if (s == sig[1])
				sl = 4;
			else if (s == sig[3] || s == sig[4])
				sl = 4;
			for (j = 0; j < (int)n; j++)
				rnd[j] = (unsigned char)rand();
			fwrite(s, 1, sl, f);
			fwrite(rnd, 1, n, f);
			fflush(f);
			if ((unsigned)filecheck(ctx, fileno(f), &fc_policy_default, fileno(cl), &r) >= FC__MAX)
				all = 0;
			fclose(f);
			fclose(cl);
		}
		ok(all, "600 random files: each a verdict, no crash");
	}

	buf_free(&b);
	buf_free(&clean);
	filecheck_end(ctx);
	return done_testing();
}
