#include "config.h"

#include <ctype.h>
#include <strings.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <uninorm.h>

#include "core/buf.h"
#include "core/util.h"

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		abort();
	return p;
}

void *
xcalloc(size_t n, size_t sz)
{
	void *p = calloc(n ? n : 1, sz ? sz : 1);

	if (p == NULL)
		abort();
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (q == NULL)
		abort();
	return q;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

size_t
utf8_seq_len(const unsigned char *p)
{
	unsigned char c = p[0];

	if (c < 0x80)
		return c ? 1 : 0;
	if (c >= 0xc2 && c <= 0xdf)
		return (p[1] & 0xc0) == 0x80 ? 2 : 0;
	if (c >= 0xe0 && c <= 0xef) {
		if ((p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80)
			return 0;
		if (c == 0xe0 && p[1] < 0xa0)
			return 0;	/* overlong */
		if (c == 0xed && p[1] >= 0xa0)
			return 0;	/* surrogate */
		return 3;
	}
	if (c >= 0xf0 && c <= 0xf4) {
		if ((p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80 ||
		    (p[3] & 0xc0) != 0x80)
			return 0;
		if (c == 0xf0 && p[1] < 0x90)
			return 0;	/* overlong */
		if (c == 0xf4 && p[1] >= 0x90)
			return 0;	/* above U+10FFFF */
		return 4;
	}
	return 0;
}

uint32_t
utf8_decode(const unsigned char *p, size_t n)
{
	switch (n) {
	case 1:
		return p[0];
	case 2:
		return ((uint32_t)(p[0] & 0x1f) << 6) | (p[1] & 0x3f);
	case 3:
		return ((uint32_t)(p[0] & 0x0f) << 12) |
		    ((uint32_t)(p[1] & 0x3f) << 6) | (p[2] & 0x3f);
	case 4:
		return ((uint32_t)(p[0] & 0x07) << 18) |
		    ((uint32_t)(p[1] & 0x3f) << 12) |
		    ((uint32_t)(p[2] & 0x3f) << 6) | (p[3] & 0x3f);
	}
	return 0xfffd;
}

/* One loop for both limits: whichever is reached first cuts. */
static void
utf8_cut(char *s, size_t maxchars, size_t maxbytes)
{
	size_t n = 0, l;
	unsigned char *p = (unsigned char *)s;

	while (*p && n < maxchars) {
		if ((l = utf8_seq_len(p)) == 0 ||
		    (size_t)(p - (unsigned char *)s) + l > maxbytes)
			break;
		p += l;
		n++;
	}
	*p = '\0';
}

void
utf8_truncate(char *s, size_t max)
{
	utf8_cut(s, max, SIZE_MAX);
}

void
utf8_truncate_bytes(char *s, size_t maxbytes)
{
	utf8_cut(s, SIZE_MAX, maxbytes);
}

int
utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, k;

	while (i < n) {
		if (p[i] == 0)
			return 0;
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		/* utf8_seq_len reads as far as the lead byte says, up to 3
		 * bytes ahead: that must be inside n, which need not be the
		 * end of a string */
		k = p[i] >= 0xf0 ? 4 : p[i] >= 0xe0 ? 3 : 2;
		if (i + k > n || utf8_seq_len(p + i) != k)
			return 0;
		i += k;
	}
	return 1;
}

size_t
utf8_count(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

int
utf8_is_bidi_control(const unsigned char *p, size_t n)
{
	uint32_t c;

	if (n < 2)
		return 0;
	c = utf8_decode(p, n);
	return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ||
	    c == 0x200e || c == 0x200f || c == 0x061c;
}

void
random_bytes(void *p, size_t n)
{
	if (RAND_bytes(p, (int)n) != 1)
		abort();
}

void
hex_encode(const unsigned char *in, size_t n, char *out)
{
	static const char hx[] = "0123456789abcdef";
	size_t i;

	for (i = 0; i < n; i++) {
		out[2 * i] = hx[in[i] >> 4];
		out[2 * i + 1] = hx[in[i] & 15];
	}
	out[2 * n] = '\0';
}

static const char b64u[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
static const char b64s[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* Both alphabets, one encoder: pad adds '=' to whole groups of four. */
static size_t
b64_encode(const unsigned char *in, size_t n, char *out, const char *abc,
    int pad)
{
	size_t i, o = 0;
	uint32_t v;

	for (i = 0; i + 2 < n; i += 3) {
		v = ((uint32_t)in[i] << 16) | ((uint32_t)in[i + 1] << 8) | in[i + 2];
		out[o++] = abc[(v >> 18) & 63];
		out[o++] = abc[(v >> 12) & 63];
		out[o++] = abc[(v >> 6) & 63];
		out[o++] = abc[v & 63];
	}
	if (n - i == 1) {
		v = (uint32_t)in[i] << 16;
		out[o++] = abc[(v >> 18) & 63];
		out[o++] = abc[(v >> 12) & 63];
		if (pad) {
			out[o++] = '=';
			out[o++] = '=';
		}
	} else if (n - i == 2) {
		v = ((uint32_t)in[i] << 16) | ((uint32_t)in[i + 1] << 8);
		out[o++] = abc[(v >> 18) & 63];
		out[o++] = abc[(v >> 12) & 63];
		out[o++] = abc[(v >> 6) & 63];
		if (pad)
			out[o++] = '=';
	}
	out[o] = '\0';
	return o;
}

size_t
b64url_encode(const unsigned char *in, size_t n, char *out)
{
	return b64_encode(in, n, out, b64u, 0);
}

size_t
base64_encode(const unsigned char *in, size_t n, char *out)
{
	return b64_encode(in, n, out, b64s, 1);
}

static int
b64u_val(int c)
{
	const char *p;

	if (c == 0)
		return -1;
	p = strchr(b64u, c);
	return p ? (int)(p - b64u) : -1;
}

long
b64url_decode(const char *in, unsigned char *out, size_t outcap)
{
	size_t n = strlen(in), i, o = 0;
	uint32_t v = 0;
	int bits = 0, d;

	if (n % 4 == 1)
		return -1;
	for (i = 0; i < n; i++) {
		if ((d = b64u_val((unsigned char)in[i])) < 0)
			return -1;
		v = (v << 6) | (uint32_t)d;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			if (o >= outcap)
				return -1;
			out[o++] = (unsigned char)(v >> bits);
		}
	}
	return (long)o;
}

void
base32_id(const unsigned char *in, size_t n, char *out, size_t outlen)
{
	static const char al[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	size_t i, o = 0;
	uint32_t v = 0;
	int bits = 0;

	for (i = 0; i < n && o + 1 < outlen; i++) {
		v = (v << 8) | in[i];
		bits += 8;
		while (bits >= 5 && o + 1 < outlen) {
			bits -= 5;
			out[o++] = al[(v >> bits) & 31];
		}
	}
	out[o] = '\0';
}

void
hmac_sha256(const void *key, size_t keylen, const void *msg, size_t msglen,
    unsigned char out[32])
{
	unsigned int len = 32;

	if (HMAC(EVP_sha256(), key, (int)keylen, msg, msglen, out, &len) == NULL)
		abort();
}

void
sha256(const void *msg, size_t len, unsigned char out[32])
{
	unsigned int n = 32;

	if (EVP_Digest(msg, len, out, &n, EVP_sha256(), NULL) != 1)
		abort();
}

int
ct_equal(const void *a, const void *b, size_t n)
{
	return CRYPTO_memcmp(a, b, n) == 0;
}

double
now_mono(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void
time_iso_utc(time_t t, char *out, size_t outlen)
{
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, outlen, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int
str_has_prefix_ci(const char *s, const char *prefix)
{
	return strncasecmp(s, prefix, strlen(prefix)) == 0;
}

int
hex_digit(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

long
hex_decode(const char *s, unsigned char *out, size_t cap)
{
	size_t n, i;
	int hi, lo;

	if (s == NULL || (n = strlen(s)) % 2 || n / 2 > cap)
		return -1;
	for (i = 0; i < n / 2; i++) {
		if ((hi = hex_digit(s[2 * i])) < 0 || (lo = hex_digit(s[2 * i + 1])) < 0)
			return -1;
		out[i] = (unsigned char)(hi << 4 | lo);
	}
	return (long)(n / 2);
}

int
url_decode_inplace(char *s, int plus_is_space, size_t *outlen)
{
	char *r = s, *w = s;
	int hi, lo;

	while (*r) {
		if (*r == '%') {
			if ((hi = hex_digit((unsigned char)r[1])) < 0 ||
			    (lo = hex_digit((unsigned char)r[2])) < 0)
				return -1;
			*w++ = (char)(hi * 16 + lo);
			r += 3;
		} else if (*r == '+' && plus_is_space) {
			*w++ = ' ';
			r++;
		} else
			*w++ = *r++;
	}
	*w = '\0';
	if (outlen)
		*outlen = (size_t)(w - s);
	return 0;
}

void
url_encode(struct buf *b, const char *s)
{
	static const char hx[] = "0123456789ABCDEF";
	const unsigned char *p = (const unsigned char *)s;

	for (; *p; p++) {
		if (isalnum(*p) || *p == '-' || *p == '.' || *p == '_' ||
		    *p == '~' || *p == '/')
			buf_addc(b, (char)*p);
		else {
			buf_addc(b, '%');
			buf_addc(b, hx[*p >> 4]);
			buf_addc(b, hx[*p & 15]);
		}
	}
}

/* Characters that print as nothing and so can hide what a name really is. */
static int
is_invisible(uint32_t c)
{
	return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0xad ||
	    (c >= 0x200b && c <= 0x200d) || c == 0x2028 || c == 0x2029 ||
	    (c >= 0x2060 && c <= 0x2064) || c == 0xfeff || c == 0x180e;
}

int
filename_display(const char *in, char *out, size_t outsz)
{
	static const char fallback[] = "tep-tin";
	const unsigned char *p = (const unsigned char *)in, *q;
	struct buf b = BUF_INIT;
	uint8_t *nfc;
	size_t l, nlen, i, j;

	if (outsz == 0)
		return -1;
	/* Windows browsers of old sent C:\\Users\\...\\scan.pdf; either
	 * separator is a path, and what precedes it is none of our business.
	 * Both are ASCII, so they cannot sit inside a multi-byte sequence. */
	for (q = p; *q; q++)
		if (*q == '/' || *q == '\\')
			p = q + 1;
	while (*p) {
		if ((l = utf8_seq_len(p)) == 0) {
			buf_add(&b, "\xef\xbf\xbd", 3);	/* U+FFFD */
			p++;
			continue;
		}
		if (!is_invisible(utf8_decode(p, l)) && !utf8_is_bidi_control(p, l))
			buf_add(&b, p, l);
		p += l;
	}
	nfc = b.len ? u8_normalize(UNINORM_NFC, (const uint8_t *)b.s, b.len,
	    NULL, &nlen) : NULL;
	buf_free(&b);
	i = j = 0;
	if (nfc != NULL) {
		while (i < nlen && (nfc[i] == '.' || nfc[i] == ' '))
			i++;
		while (nlen > i && nfc[nlen - 1] == ' ')
			nlen--;
		j = nlen - i < outsz - 1 ? nlen - i : outsz - 1;
		memcpy(out, nfc + i, j);
	}
	out[j] = '\0';
	free(nfc);
	/* the byte cut may have split a character: back to its start */
	utf8_truncate_bytes(out, outsz - 1);
	if (out[0] == '\0') {
		j = sizeof(fallback) - 1 < outsz - 1 ? sizeof(fallback) - 1 : outsz - 1;
		memcpy(out, fallback, j);
		out[j] = '\0';
	}
	return (int)strlen(out);
}

void
money_group(char *out, size_t len, const char *digits)
{
	size_t n = strlen(digits), i, o = 0;

	for (i = 0; i < n && o + 2 < len; i++) {
		if (i && (n - i) % 3 == 0)
			out[o++] = '.';
		out[o++] = digits[i];
	}
	out[o] = '\0';
}
