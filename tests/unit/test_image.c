/* Image headers and metadata stripping (domain/image.c) on hand-made
 * files: sizes read before decoding, metadata gone, image data intact. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/buf.h"
#include "domain/image.h"
#include "tap.h"

static void
put32(struct buf *b, unsigned long v)
{
	unsigned char x[4] = { (unsigned char)(v >> 24), (unsigned char)(v >> 16),
	    (unsigned char)(v >> 8), (unsigned char)v };

	buf_add(b, x, 4);
}

static void
chunk(struct buf *b, const char *type, const void *data, size_t n)
{
	put32(b, n);
	buf_add(b, type, 4);
	buf_add(b, data, n);
	put32(b, 0x12345678);	/* CRC: not checked here */
}

static void
png(struct buf *b, unsigned long w, unsigned long h, int text, int end)
{
	unsigned char ihdr[13] = { 0 };
	static const unsigned char sig[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	ihdr[0] = (unsigned char)(w >> 24); ihdr[1] = (unsigned char)(w >> 16);
	ihdr[2] = (unsigned char)(w >> 8); ihdr[3] = (unsigned char)w;
	ihdr[4] = (unsigned char)(h >> 24); ihdr[5] = (unsigned char)(h >> 16);
	ihdr[6] = (unsigned char)(h >> 8); ihdr[7] = (unsigned char)h;
	ihdr[8] = 8; ihdr[9] = 2;
	buf_add(b, sig, 8);
	chunk(b, "IHDR", ihdr, 13);
	if (text) {
		chunk(b, "tEXt", "GPS 10.8N 107.9E", 16);
		chunk(b, "tIME", "\x07\xea\x0b\x1d\x01\x02\x03", 7);
	}
	chunk(b, "gAMA", "\0\0\xb1\x8f", 4);
	chunk(b, "IDAT", "PIXELS", 6);
	if (end)
		chunk(b, "IEND", "", 0);
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

/* SOI, JFIF, EXIF (orientation o, plus a GPS-like tag), a comment, an ICC
 * profile, the frame (w x h), a scan and its data, EOI. */
static void
jpeg(struct buf *b, int w, int h, int o, int sof_first_scan)
{
	static const unsigned char soi[] = { 0xff, 0xd8 };
	static const unsigned char app0[] = { 0xff, 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0 };
	unsigned char app1[] = { 0xff, 0xe1, 0, 46, 'E', 'x', 'i', 'f', 0, 0,
		'M', 'M', 0, 42, 0, 0, 0, 8, 0, 2,
		0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 0, 0, 0,
		0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 99,
		0, 0, 0, 0 };
	static const unsigned char com[] = { 0xff, 0xfe, 0, 10, 'b', 'i', 'm', 'a', 't', '-', 'x', 'y' };
	static const unsigned char icc[] = { 0xff, 0xe2, 0, 18, 'I', 'C', 'C', '_', 'P', 'R', 'O', 'F', 'I', 'L', 'E', 0, 1, 1, 'p', 'q' };
	unsigned char sof[] = { 0xff, 0xc0, 0, 11, 8, 0, 0, 0, 0, 1, 1, 0x11, 0 };
	static const unsigned char sos[] = { 0xff, 0xda, 0, 8, 1, 1, 0, 0, 0x3f, 0, 'D', 'A', 'T', 'A', 0xff, 0x00, 0xff, 0xd9 };

	app1[29] = (unsigned char)o;
	sof[5] = (unsigned char)(h >> 8); sof[6] = (unsigned char)h;
	sof[7] = (unsigned char)(w >> 8); sof[8] = (unsigned char)w;
	buf_add(b, soi, sizeof(soi));
	buf_add(b, app0, sizeof(app0));
	buf_add(b, app1, sizeof(app1));
	buf_add(b, com, sizeof(com));
	buf_add(b, icc, sizeof(icc));
	if (sof_first_scan) {
		buf_add(b, sos, sizeof(sos));
		return;
	}
	buf_add(b, sof, sizeof(sof));
	buf_add(b, sos, sizeof(sos));
}

/* The _fd form of a strip on the bytes of b: its result, its output in o. */
static int
strip_via_fd(int (*fn)(int, int), const struct buf *b, struct buf *o)
{
	FILE *in = tmpfile(), *out = tmpfile();
	char tmp[4096];
	size_t n;
	int r;

	if (in == NULL || out == NULL || fwrite(b->s, 1, b->len, in) != b->len ||
	    fflush(in) != 0)
		return -99;
	r = fn(fileno(in), fileno(out));
	rewind(out);
	while ((n = fread(tmp, 1, sizeof(tmp), out)) > 0)
		buf_add(o, tmp, n);
	fclose(in);
	fclose(out);
	return r;
}

int
main(void)
{
	struct buf b = BUF_INIT, o = BUF_INIT;
	struct img_info in;
	static const unsigned char tail[] = { 0xff, 0xda, 0, 8, 1, 1, 0, 0, 0x3f, 0, 'D', 'A', 'T', 'A', 0xff, 0x00, 0xff, 0xd9 };
	static const unsigned char tiff_le[] = { 'I', 'I', 42, 0, 8, 0, 0, 0, 2, 0,
		0x00, 0x01, 3, 0, 1, 0, 0, 0, 40, 0, 0, 0,
		0x01, 0x01, 4, 0, 1, 0, 0, 0, 30, 0, 0, 0, 0, 0, 0, 0 };
	int i, j, okay;

	/* PNG */
	png(&b, 3, 2, 1, 1);
	ok(image_probe((unsigned char *)b.s, b.len, &in) == 0 && in.type == IMG_PNG &&
	    in.width == 3 && in.height == 2, "PNG: 3 x 2 from IHDR");
	ok(png_strip((unsigned char *)b.s, b.len, &o) == 0, "PNG stripped");
	ok(!has(&o, "tEXt", 4) && !has(&o, "GPS", 3) && !has(&o, "tIME", 4), "PNG: text and time chunks gone");
	ok(has(&o, "IDATPIXELS", 10) && has(&o, "gAMA", 4) && has(&o, "IEND", 4), "PNG: image data and colour chunks kept");
	buf_reset(&b);
	buf_reset(&o);
	png(&b, 65536, 65536, 0, 1);
	ok(image_probe((unsigned char *)b.s, b.len, &in) == 0 && in.width == 65536 && in.height == 65536,
	    "PNG claiming 65536 x 65536: known from 33 bytes, before decoding");
	buf_reset(&b);
	png(&b, 0, 5, 0, 1);
	is_int(image_probe((unsigned char *)b.s, b.len, &in), -1, "PNG of width 0");
	buf_reset(&b);
	png(&b, 3, 2, 1, 0);
	is_int(png_strip((unsigned char *)b.s, b.len, &o), -1, "PNG without IEND: truncated");
	buf_reset(&o);
	is_int(image_probe((unsigned char *)b.s, 20, &in), -1, "PNG cut inside IHDR");

	/* JPEG */
	buf_reset(&b);
	jpeg(&b, 300, 200, 6, 0);
	ok(image_probe((unsigned char *)b.s, b.len, &in) == 0 && in.type == IMG_JPEG &&
	    in.width == 300 && in.height == 200, "JPEG: 300 x 200 from SOF0, after the APP segments");
	ok(jpeg_strip((unsigned char *)b.s, b.len, &o) == 0, "JPEG stripped");
	ok(!has(&o, "bimat-xy", 8), "JPEG: comment gone");
	ok(!has(&o, "\x88\x25", 2), "JPEG: EXIF with its GPS tag gone");
	ok(has(&o, "ICC_PROFILE", 11) && has(&o, "JFIF", 4), "JPEG: ICC profile and JFIF kept");
	ok(has(&o, "Exif\0\0MM", 8) && has(&o, "\x01\x12\0\x03\0\0\0\x01\0\x06", 10),
	    "JPEG: orientation 6 kept in a minimal EXIF");
	ok(o.len >= sizeof(tail) && memcmp(o.s + o.len - sizeof(tail), tail, sizeof(tail)) == 0,
	    "JPEG: scan and image data byte for byte");
	ok(image_probe((unsigned char *)o.s, o.len, &in) == 0 && in.width == 300, "stripped JPEG still a 300-wide JPEG");
	buf_reset(&b);
	buf_reset(&o);
	jpeg(&b, 300, 200, 1, 0);
	ok(jpeg_strip((unsigned char *)b.s, b.len, &o) == 0 && !has(&o, "Exif", 4), "orientation 1: no EXIF at all");
	buf_reset(&b);
	buf_reset(&o);
	jpeg(&b, 300, 200, 1, 1);
	is_int(image_probe((unsigned char *)b.s, b.len, &in), -1, "JPEG with a scan before any frame");
	is_int(image_probe((unsigned char *)b.s, 30, &in), -1, "JPEG cut short");
	is_int(jpeg_strip((unsigned char *)b.s, 30, &o), -1, "JPEG cut short: not stripped");
	buf_reset(&o);

	/* TIFF */
	ok(image_probe(tiff_le, sizeof(tiff_le), &in) == 0 && in.type == IMG_TIFF &&
	    in.width == 40 && in.height == 30, "TIFF (little-endian): 40 x 30 from the first IFD");
	is_int(image_probe(tiff_le, 12, &in), -1, "TIFF cut inside its IFD");

	/* the file forms: same parser, same output, and what follows the end */
	buf_reset(&b);
	buf_reset(&o);
	{
		struct buf viabuf = BUF_INIT;
		FILE *f;

		jpeg(&b, 300, 200, 6, 0);
		jpeg_strip((unsigned char *)b.s, b.len, &viabuf);
		ok(strip_via_fd(jpeg_strip_fd, &b, &o) == 0 && o.len == viabuf.len &&
		    memcmp(o.s, viabuf.s, o.len) == 0, "jpeg_strip_fd writes what jpeg_strip builds");
		buf_reset(&o);
		buf_add(&b, "%PDF-1.7", 8);
		is_int(jpeg_strip((unsigned char *)b.s, b.len, &o), IMG_TRAILING, "JPEG: bytes after EOI");
		buf_reset(&o);
		is_int(strip_via_fd(jpeg_strip_fd, &b, &o), IMG_TRAILING, "JPEG file: bytes after EOI");
		buf_reset(&o);
		buf_reset(&b);
		buf_reset(&viabuf);
		png(&b, 3, 2, 1, 1);
		png_strip((unsigned char *)b.s, b.len, &viabuf);
		ok(strip_via_fd(png_strip_fd, &b, &o) == 0 && o.len == viabuf.len &&
		    memcmp(o.s, viabuf.s, o.len) == 0, "png_strip_fd writes what png_strip builds");
		buf_reset(&o);
		buf_add(&b, "PK\3\4", 4);
		is_int(strip_via_fd(png_strip_fd, &b, &o), IMG_TRAILING, "PNG file: a ZIP after IEND");
		buf_reset(&o);
		buf_free(&viabuf);

		/* a progressive JPEG: a comment between two scans goes too */
		buf_reset(&b);
		jpeg(&b, 300, 200, 1, 0);
		b.len -= 2;	/* EOI */
		buf_add(&b, "\xff\xfe\x00\x07hello\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00MORE\xff\xd0RST\xff\xd9", 30);
		ok(jpeg_strip((unsigned char *)b.s, b.len, &o) == 0 && !has(&o, "hello", 5) &&
		    has(&o, "MORE\xff\xd0RST\xff\xd9", 10), "JPEG: comment between scans dropped, second scan kept");
		buf_reset(&o);

		/* a PNG with a private ancillary chunk: dropped; an unknown critical one: refused */
		buf_reset(&b);
		png(&b, 3, 2, 0, 0);
		chunk(&b, "prVt", "%PDF-", 5);
		chunk(&b, "IEND", "", 0);
		ok(png_strip((unsigned char *)b.s, b.len, &o) == 0 && !has(&o, "prVt", 4), "PNG: private chunk dropped");
		buf_reset(&o);
		buf_reset(&b);
		png(&b, 3, 2, 0, 0);
		chunk(&b, "QUUX", "", 0);
		chunk(&b, "IEND", "", 0);
		is_int(png_strip((unsigned char *)b.s, b.len, &o), IMG_MALFORMED, "PNG: unknown critical chunk");
		buf_reset(&o);

		/* a TIFF whose IFD follows 300 KB of image data, as scanners write */
		f = tmpfile();
		if (f != NULL) {
			static const unsigned char head[] = { 'M', 'M', 0, 42, 0, 4, 0x93, 0xe0 };
			static const unsigned char ifd[] = { 0, 2,
				0x01, 0x00, 0, 3, 0, 0, 0, 1, 0x09, 0xb0, 0, 0,
				0x01, 0x01, 0, 4, 0, 0, 0, 1, 0, 0, 0x0d, 0xac, 0, 0, 0, 0 };
			static unsigned char zero[300000];

			fwrite(head, 1, sizeof(head), f);
			fwrite(zero, 1, 300000 - 8, f);
			fwrite(ifd, 1, sizeof(ifd), f);
			fflush(f);
			ok(image_probe_fd(fileno(f), &in) == 0 && in.type == IMG_TIFF &&
			    in.width == 2480 && in.height == 3500, "TIFF file with its IFD at 300000: 2480 x 3500");
			fclose(f);
		}
	}

	/* not images */
	is_int(image_probe((const unsigned char *)"%PDF-1.7\n", 9, &in), -1, "a PDF is not an image");
	is_int(image_probe((const unsigned char *)"", 0, &in), -1, "empty");
	is_int(image_probe((const unsigned char *)"<svg xmlns=", 11, &in), -1, "SVG is not a scan");

	/* random bytes after each signature: never a crash (ASan build) */
	okay = 1;
	srand(7);
	for (i = 0; i < 20000; i++) {
		unsigned char r[256];
		size_t n = (size_t)(rand() % (int)sizeof(r));
		int kind = i % 3;

		for (j = 0; j < (int)n; j++)
			r[j] = (unsigned char)rand();
		if (n >= 8 && kind == 0)
			memcpy(r, "\x89PNG\r\n\x1a\n", 8);
		else if (n >= 2 && kind == 1)
			memcpy(r, "\xff\xd8", 2);
		else if (n >= 4)
			memcpy(r, "MM\0*", 4);
		image_probe(r, n, &in);
		buf_reset(&o);
		jpeg_strip(r, n, &o);
		buf_reset(&o);
		png_strip(r, n, &o);
		if (o.len > n + 64)
			okay = 0;
	}
	ok(okay, "20000 random images: no crash, no output longer than its input");
	buf_free(&b);
	buf_free(&o);
	return done_testing();
}
