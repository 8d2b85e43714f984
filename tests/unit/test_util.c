/* UTF-8, encodings, log escaping, URL decoding. */
#include "config.h"

#include <stdlib.h>

#include "core/buf.h"
#include "core/util.h"
#include "tap.h"

int
main(void)
{
	struct buf b = BUF_INIT;
	unsigned char raw[32], back[32];
	char enc[64], s[64];
	size_t n;
	long k;
	int i;

	ok(utf8_valid("Việt Nam", strlen("Việt Nam")), "Vietnamese is valid UTF-8");
	ok(!utf8_valid("\xc3\x28", 2), "bad continuation byte");
	ok(!utf8_valid("\xf4\x90\x80\x80", 4), "above U+10FFFF");
	ok(!utf8_valid("\xe0\x80\xaf", 3), "overlong 3-byte");
	ok(!utf8_valid("ab\xe1\xbb", 4), "truncated sequence at the end");
	ok(!utf8_valid("a\0b", 3), "NUL inside");
	{
		/* n bytes, no terminator after them (ASan build: no read past) */
		char *cut = xmalloc(3);

		memcpy(cut, "a\xe1\xbb", 3);
		ok(!utf8_valid(cut, 3), "a sequence cut at n is not read past n");
		memcpy(cut, "\xe1\xbb\x87", 3);
		ok(utf8_valid(cut, 3), "a sequence ending at n is valid");
		free(cut);
	}
	is_int(utf8_count("Đắk Hà"), 6, "code points in 'Đắk Hà'");

	for (i = 0; i < 32; i++)
		raw[i] = (unsigned char)(i * 37 + 1);
	for (n = 0; n <= 32; n++) {
		b64url_encode(raw, n, enc);
		k = b64url_decode(enc, back, sizeof(back));
		if (k != (long)n || memcmp(raw, back, n) != 0)
			break;
	}
	ok(n == 33, "base64url round-trips every length 0..32");
	is_int(b64url_decode("a", back, sizeof(back)), -1, "base64url of impossible length");
	is_int(b64url_decode("ab+/", back, sizeof(back)), -1, "base64url refuses + and /");

	buf_add_logsafe(&b, "a\"b\\c\r\nd\x01\xff" "é\xe2\x80\xae", 100);
	is_str(buf_str(&b), "a\\\"b\\\\c\\r\\nd\\x01\\xffé\\xe2\\x80\\xae",
	    "log escaping: quotes, CR/LF, controls, bad bytes, bidi override");
	buf_reset(&b);
	buf_add_logsafe(&b, "abcdef", 3);
	is_str(buf_str(&b), "abc...", "log value truncated");
	buf_free(&b);

	strcpy(s, "a%20b+c%C3%A9");
	ok(url_decode_inplace(s, 1, &n) == 0 && strcmp(s, "a b cé") == 0, "url decode with plus");
	strcpy(s, "a%2");
	is_int(url_decode_inplace(s, 1, &n), -1, "truncated escape refused");
	strcpy(s, "a%zz");
	is_int(url_decode_inplace(s, 1, &n), -1, "non-hex escape refused");
	strcpy(s, "a%00b");
	ok(url_decode_inplace(s, 1, &n) == 0 && n == 3, "NUL decoded, length tells");

	{
		/* file names as clients send them, shown back to people */
		static const struct { const char *in, *want, *what; } fn[] = {
			{ "scan.pdf", "scan.pdf", "plain name unchanged" },
			{ "../../etc/passwd", "passwd", "traversal: path dropped" },
			{ "C:\\Users\\an\\CCCD.jpg", "CCCD.jpg", "Windows path dropped" },
			{ "a\xe2\x80\xae" "fdp.exe", "afdp.exe", "RIGHT-TO-LEFT OVERRIDE removed" },
			{ "x\xe2\x81\xa6y\xe2\x80\x8fz\xd8\x9c.pdf", "xyz.pdf", "isolates, RLM, ALM removed" },
			{ "a\xe2\x80\x8b" "b\xef\xbb\xbf" "c\xe2\x80\x8d.pdf", "abc.pdf", "zero-width characters removed" },
			{ "a\tb\r\nc\x7f\xc2\x85.pdf", "abc.pdf", "C0, DEL and C1 removed" },
			/* "Tiếng Việt" decomposed (NFD, as macOS sends it) */
			{ "Tie\xcc\x82\xcc\x81ng Vie\xcc\xa3\xcc\x82t.pdf",
			  "Ti\xe1\xba\xbfng Vi\xe1\xbb\x87t.pdf", "NFD Vietnamese becomes NFC" },
			{ "\xc0\xaf" "etc", "\xef\xbf\xbd\xef\xbf\xbd" "etc", "overlong '/' is two U+FFFD, not a slash" },
			{ "a\xff.pdf", "a\xef\xbf\xbd.pdf", "stray byte replaced" },
			{ "..\\.. .htaccess", "htaccess", "leading dots and spaces trimmed" },
			{ "dir/", "tep-tin", "nothing after the path: fallback" },
			{ "\xe2\x80\xae\xe2\x80\xac", "tep-tin", "only controls: fallback" },
			{ "", "tep-tin", "empty: fallback" },
		};
		char o[64], small[8];
		size_t fi;

		for (fi = 0; fi < NELEM(fn); fi++) {
			filename_display(fn[fi].in, o, sizeof(o));
			is_str(o, fn[fi].want, "file name: %s", fn[fi].what);
		}
		/* "Đơn.pdf" in 4 bytes (3 and the NUL) must not split "ơ" */
		is_int(filename_display("\xc4\x90\xc6\xa1n.pdf", small, 4), 2, "cut to 3 bytes: only 'Đ' fits whole");
		is_str(small, "\xc4\x90", "cut on a character boundary");
		filename_display("ab", small, 1);
		is_str(small, "", "room for the NUL only");
		ok(utf8_valid(small, strlen(small)), "always valid UTF-8");
		filename_display("..", small, 4);
		is_str(small, "tep", "fallback cut too");
		is_int(filename_display("x", small, 0), -1, "no room at all");
	}
	{
		unsigned char id[7] = { 0, 1, 2, 3, 4, 5, 6 };
		char out[12];

		base32_id(id, sizeof(id), out, 11);
		is_int(strlen(out), 10, "reference id has 10 characters");
		ok(strspn(out, "0123456789ABCDEFGHJKMNPQRSTVWXYZ") == 10, "Crockford alphabet only");
	}
	{
		unsigned char a[32], b2[32];

		hmac_sha256("k", 1, "m", 1, a);
		hmac_sha256("k", 1, "m", 1, b2);
		ok(ct_equal(a, b2, 32), "HMAC is deterministic");
		hmac_sha256("k", 1, "n", 1, b2);
		ok(!ct_equal(a, b2, 32), "HMAC differs for another message");
	}
		{
		/* RFC 4648 section 10 test vectors, standard alphabet, padded */
		static const char *const v[][2] = { { "", "" }, { "f", "Zg==" },
		    { "fo", "Zm8=" }, { "foo", "Zm9v" }, { "foob", "Zm9vYg==" },
		    { "fooba", "Zm9vYmE=" }, { "foobar", "Zm9vYmFy" } };
		char e64[16];
		size_t vi;

		for (vi = 0; vi < sizeof(v) / sizeof(v[0]); vi++) {
			base64_encode((const unsigned char *)v[vi][0], strlen(v[vi][0]), e64);
			is_str(e64, v[vi][1], "base64 of \"%s\"", v[vi][0]);
		}
		base64_encode((const unsigned char *)"\xfb\xff", 2, e64);
		is_str(e64, "+/8=", "base64 uses + and / where base64url has - and _");
	}
	return done_testing();
}
