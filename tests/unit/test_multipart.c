/* The multipart/form-data parser (core/multipart.c) on good bodies, fed
 * whole and byte by byte, and on every kind of broken one. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/multipart.h"
#include "tap.h"

/* What the callbacks saw, as one text: [name|filename|ctype]data; */
struct seen {
	struct buf log;
	int refuse_at;		/* refuse the Nth begin (1-based), 0: never */
	int begins;
};

static int
on_begin(void *ctx, const struct mp_part *p)
{
	struct seen *s = ctx;

	if (++s->begins == s->refuse_at)
		return 1;
	buf_printf(&s->log, "[%s|%s|%s]", p->name, p->filename ? p->filename : "-", p->ctype);
	return 0;
}

static int
on_data(void *ctx, const char *b, size_t n)
{
	buf_add(&((struct seen *)ctx)->log, b, n);
	return 0;
}

static int
on_end(void *ctx)
{
	buf_addc(&((struct seen *)ctx)->log, ';');
	return 0;
}

static int
contains(const char *h, size_t n, const char *needle)
{
	size_t l = strlen(needle), i;

	for (i = 0; i + l <= n; i++)
		if (memcmp(h + i, needle, l) == 0)
			return 1;
	return 0;
}

static const struct mp_callbacks cbs = { on_begin, on_data, on_end };

static struct mp_limits
limits(void)
{
	struct mp_limits l = { 1 << 20, 1000, 100, 10, 3, 200, 5 };

	return l;
}

#define CT "multipart/form-data; boundary=XyZ"

/* Parses body with piece size step (0: whole); returns the error and
 * fills what the callbacks saw. */
static enum mp_err
parse(const char *ct, const char *body, size_t len, size_t step,
    const struct mp_limits *lim, struct seen *s, int refuse_at)
{
	enum mp_err e;
	struct mp *m;
	size_t off;

	memset(s, 0, sizeof(*s));
	s->refuse_at = refuse_at;
	if ((m = mp_new(ct, lim, &cbs, s, &e)) == NULL)
		return e;
	if (step == 0)
		step = len ? len : 1;
	for (off = 0; off < len && e == MP_OK; off += step)
		e = mp_feed(m, body + off, len - off < step ? len - off : step);
	if (e == MP_OK)
		e = mp_finish(m);
	mp_free(m);
	return e;
}

static enum mp_err
simple(const char *body, struct seen *s)
{
	struct mp_limits l = limits();

	return parse(CT, body, strlen(body), 0, &l, s, 0);
}

int
main(void)
{
	static const char good[] =
	    "preamble is ignored\r\n"
	    "--XyZ\r\n"
	    "Content-Disposition: form-data; name=\"ho_ten\"\r\n"
	    "\r\n"
	    "Nguyễn Văn An\r\n"
	    "--XyZ  \r\n"
	    "Content-Disposition: form-data; name=\"giay_to\"; filename=\"bản quét.pdf\"\r\n"
	    "Content-Type: application/pdf\r\n"
	    "\r\n"
	    "%PDF-1.4\r\n--XyNot a boundary\r\n-XyZ neither\n--XyZ nor this\r\nend"
	    "\r\n--XyZ\r\n"
	    "content-disposition: form-data; name=empty\r\n"
	    "\r\n"
	    "\r\n--XyZ--\r\n"
	    "epilogue, ignored";
	const char *want = "[ho_ten|-|]Nguyễn Văn An;"
	    "[giay_to|bản quét.pdf|application/pdf]%PDF-1.4\r\n--XyNot a boundary\r\n-XyZ neither\n--XyZ nor this\r\nend;"
	    "[empty|-|];";
	struct mp_limits l = limits();
	struct seen s;
	char big[80];
	size_t step;
	int all = 1;

	/* 1. a good body, whole and in every piece size up to 40 */
	is_int(parse(CT, good, strlen(good), 0, &l, &s, 0), MP_OK, "good body");
	is_str(buf_str(&s.log), want, "parts, names, file name, type and data as sent");
	buf_free(&s.log);
	for (step = 1; step <= 40; step++) {
		if (parse(CT, good, strlen(good), step, &l, &s, 0) != MP_OK ||
		    strcmp(buf_str(&s.log), want) != 0)
			all = 0;
		buf_free(&s.log);
	}
	ok(all, "the same result fed in pieces of 1 to 40 bytes");
	is_int(parse("multipart/form-data; boundary=\"XyZ\"", good, strlen(good), 0, &l, &s, 0), MP_OK,
	    "quoted boundary");
	buf_free(&s.log);
	is_int(parse("Multipart/Form-Data;boundary=XyZ; charset=utf-8", good, strlen(good), 0, &l, &s, 0),
	    MP_OK, "type case and other parameters");
	buf_free(&s.log);

	/* 2. the Content-Type */
	is_int(parse("multipart/form-data", good, 10, 0, &l, &s, 0), MP_BAD_TYPE, "no boundary");
	is_int(parse("multipart/form-data; boundary=", good, 10, 0, &l, &s, 0), MP_BAD_TYPE, "empty boundary");
	is_int(parse("multipart/form-data; boundary=\"XyZ", good, 10, 0, &l, &s, 0), MP_BAD_TYPE, "unclosed quote");
	memset(big, 'a', 71);
	strcpy(big + 71, "");
	{
		char ct[160];

		snprintf(ct, sizeof(ct), "multipart/form-data; boundary=%.71s", big);
		is_int(parse(ct, good, 10, 0, &l, &s, 0), MP_BAD_TYPE, "boundary of 71 characters");
		big[70] = '\0';
		snprintf(ct, sizeof(ct), "multipart/form-data; boundary=%.71s", big);
		ok(parse(ct, good, 10, 0, &l, &s, 0) == MP_TRUNCATED, "70 characters is a boundary");
	}
	is_int(parse("multipart/form-data; boundary=a<b", good, 10, 0, &l, &s, 0), MP_BAD_TYPE, "boundary with '<'");
	is_int(parse("multipart/mixed; boundary=XyZ", good, 10, 0, &l, &s, 0), MP_BAD_TYPE, "multipart/mixed");
	is_int(parse("application/x-www-form-urlencoded", good, 10, 0, &l, &s, 0), MP_BAD_TYPE, "urlencoded");
	is_int(parse(NULL, good, 10, 0, &l, &s, 0), MP_BAD_TYPE, "no Content-Type");

	/* 3. framing */
	is_int(simple("", &s), MP_TRUNCATED, "empty body");
	buf_free(&s.log);
	is_int(simple("no boundary anywhere", &s), MP_TRUNCATED, "no boundary in the body");
	buf_free(&s.log);
	is_int(simple("--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\nabc", &s), MP_TRUNCATED,
	    "missing final boundary");
	buf_free(&s.log);
	is_int(simple("--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\nabc\r\n--XyZ", &s), MP_TRUNCATED,
	    "ends right after a boundary");
	buf_free(&s.log);
	is_int(simple("--XyZjunk\r\n", &s), MP_BAD_FRAMING, "junk after a boundary");
	buf_free(&s.log);
	is_int(simple("--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\nx\r\n--XyZZ\r\n--XyZ--", &s),
	    MP_BAD_FRAMING, "the boundary inside a part's data (RFC 2046: the sender's fault)");
	buf_free(&s.log);
	is_int(simple("--XyZ--", &s), MP_OK, "no parts at all");
	buf_free(&s.log);

	/* 4. part headers */
	is_int(simple("--XyZ\nContent-Disposition: form-data; name=a\r\n\r\nx\r\n--XyZ--", &s), MP_BAD_FRAMING,
	    "bare LF after the boundary");
	buf_free(&s.log);
	is_int(simple("--XyZ\r\nContent-Disposition: form-data; name=a\n\r\nx\r\n--XyZ--", &s), MP_BAD_HEADER,
	    "bare LF ending a header");
	buf_free(&s.log);
	is_int(simple("--XyZ\r\n\r\nx\r\n--XyZ--", &s), MP_BAD_DISPOSITION, "no Content-Disposition");
	buf_free(&s.log);
	is_int(simple("--XyZ\r\nContent-Disposition: form-data; name=a\r\nContent-Disposition: form-data; name=b\r\n\r\nx\r\n--XyZ--", &s),
	    MP_BAD_DISPOSITION, "two Content-Disposition");
	buf_free(&s.log);
	is_int(simple("--XyZ\r\nContent-Disposition: attachment; name=a\r\n\r\nx\r\n--XyZ--", &s),
	    MP_BAD_DISPOSITION, "not form-data");
	buf_free(&s.log);
	is_int(simple("--XyZ\r\nContent-Disposition: form-data; filename=a.pdf\r\n\r\nx\r\n--XyZ--", &s),
	    MP_BAD_DISPOSITION, "no name");
	buf_free(&s.log);
	is_int(simple("--XyZ\r\nContent-Disposition: form-data; name=\"a.b\"\r\n\r\nx\r\n--XyZ--", &s),
	    MP_BAD_DISPOSITION, "a name with a dot");
	buf_free(&s.log);
	is_int(simple("--XyZ\r\nContent-Disposition: form-data; name=a; name=b\r\n\r\nx\r\n--XyZ--", &s),
	    MP_BAD_DISPOSITION, "name twice");
	buf_free(&s.log);
	is_int(simple("--XyZ\r\nContent-Disposition: form-data; name=a; filename*=UTF-8''x.pdf\r\n\r\nx\r\n--XyZ--", &s),
	    MP_BAD_DISPOSITION, "filename*");
	buf_free(&s.log);
	is_int(simple("--XyZ\r\nContent-Disposition: form-data; name=a; filename=\"x.pdf\r\n\r\nx\r\n--XyZ--", &s),
	    MP_BAD_DISPOSITION, "unclosed quoted file name");
	buf_free(&s.log);
	is_int(simple("--XyZ\r\n Content-Disposition: form-data; name=a\r\n\r\nx\r\n--XyZ--", &s),
	    MP_BAD_HEADER, "a folded header line");
	buf_free(&s.log);
	is_int(simple("--XyZ\r\nNoColonHere\r\n\r\nx\r\n--XyZ--", &s), MP_BAD_HEADER, "a line without a colon");
	buf_free(&s.log);
	{
		static const char nul[] = "--XyZ\r\nContent-Disposition: form-data; name=a\0b\r\n\r\nx\r\n--XyZ--";

		is_int(parse(CT, nul, sizeof(nul) - 1, 0, &l, &s, 0), MP_BAD_HEADER, "NUL in a header");
		buf_free(&s.log);
	}
	{
		struct buf b = BUF_INIT;
		int i;

		buf_adds(&b, "--XyZ\r\nContent-Disposition: form-data; name=a\r\nX-Long: ");
		for (i = 0; i < 300; i++)
			buf_addc(&b, 'x');
		buf_adds(&b, "\r\n\r\nx\r\n--XyZ--");
		is_int(simple(buf_str(&b), &s), MP_HEADER_TOO_LONG, "a header line over the limit");
		buf_free(&s.log);
		buf_reset(&b);
		buf_adds(&b, "--XyZ\r\nContent-Disposition: form-data; name=a\r\n");
		for (i = 0; i < 6; i++)
			buf_adds(&b, "X-A: b\r\n");
		buf_adds(&b, "\r\nx\r\n--XyZ--");
		is_int(simple(buf_str(&b), &s), MP_TOO_MANY_HEADERS, "too many header lines");
		buf_free(&s.log);
		buf_free(&b);
	}

	/* 5. sizes and counts: exactly at a limit is fine, one more is not */
	{
		struct buf b = BUF_INIT;
		int i, n;

		for (n = 1000; n <= 1001; n++) {
			buf_reset(&b);
			buf_adds(&b, "--XyZ\r\nContent-Disposition: form-data; name=f; filename=a.pdf\r\n\r\n");
			for (i = 0; i < n; i++)
				buf_addc(&b, 'z');
			buf_adds(&b, "\r\n--XyZ--\r\n");
			is_int(simple(buf_str(&b), &s), n == 1000 ? MP_OK : MP_FILE_TOO_BIG,
			    "a file of %d bytes (limit 1000)", n);
			buf_free(&s.log);
		}
		buf_reset(&b);
		buf_adds(&b, "--XyZ\r\nContent-Disposition: form-data; name=f\r\n\r\n");
		for (i = 0; i < 101; i++)
			buf_addc(&b, 'z');
		buf_adds(&b, "\r\n--XyZ--\r\n");
		is_int(simple(buf_str(&b), &s), MP_FIELD_TOO_BIG, "a field over field_max");
		buf_free(&s.log);
		buf_reset(&b);
		for (i = 0; i < 11; i++)
			buf_adds(&b, "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\nx\r\n");
		buf_adds(&b, "--XyZ--");
		is_int(simple(buf_str(&b), &s), MP_TOO_MANY_PARTS, "11 parts (limit 10)");
		buf_free(&s.log);
		buf_reset(&b);
		for (i = 0; i < 4; i++)
			buf_adds(&b, "--XyZ\r\nContent-Disposition: form-data; name=a; filename=x\r\n\r\nx\r\n");
		buf_adds(&b, "--XyZ--");
		is_int(simple(buf_str(&b), &s), MP_TOO_MANY_FILES, "4 files (limit 3)");
		buf_free(&s.log);
		l.body_max = 50;
		is_int(parse(CT, good, strlen(good), 7, &l, &s, 0), MP_BODY_TOO_BIG, "body over body_max");
		buf_free(&s.log);
		l = limits();
		buf_free(&b);
	}

	/* 6. the receiver may refuse a part (a wrong field name, a quota) */
	is_int(parse(CT, good, strlen(good), 0, &l, &s, 2), MP_CALLBACK, "a callback's refusal stops the parse");
	buf_free(&s.log);

	/* 7. random bytes after a valid start: never a crash, never MP_OK
	 * without the final boundary (the sanitizer build checks memory) */
	{
		char r[512];
		int i, j, okay = 1;

		srand(42);
		for (i = 0; i < 3000; i++) {
			size_t n = (size_t)(rand() % (int)sizeof(r));

			memcpy(r, "--XyZ\r\n", 7);
			for (j = 7; j < (int)n; j++)
				r[j] = "-XyZ\r\n:;=\"aC \tform-data"[rand() % 24];
			if (n < 7)
				n = 7;
			/* MP_OK needs the final boundary, which is in the body */
			if (parse(CT, r, n, (size_t)(1 + rand() % 9), &l, &s, 0) == MP_OK &&
			    !contains(r, n, "\r\n--XyZ--"))
				okay = 0;
			buf_free(&s.log);
		}
		ok(okay, "3000 random bodies parsed without a crash");
	}
	(void)big;
	return done_testing();
}
