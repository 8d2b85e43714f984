/* Small helpers shared by every layer: memory, UTF-8, randomness,
 * encodings, HMAC, time. No I/O except the random source. */
#ifndef DVC_UTIL_H
#define DVC_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* Allocation that aborts on failure (see buf.h for why). */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t sz);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Length of the well-formed UTF-8 sequence at p (1-4), or 0 if p does not
 * start one (overlong forms, surrogates and values above U+10FFFF are
 * ill-formed). p must be NUL-terminated. */
size_t utf8_seq_len(const unsigned char *p);
/* Decodes one sequence of length n (from utf8_seq_len). */
uint32_t utf8_decode(const unsigned char *p, size_t n);
/* 1 if the n bytes at s are entirely well-formed UTF-8 with no NUL. */
int utf8_valid(const char *s, size_t n);
/* Number of code points in a well-formed string. */
size_t utf8_count(const char *s);
/* Cuts s after at most max characters, on a character boundary. */
void utf8_truncate(char *s, size_t max);
/* Cuts s to at most maxbytes bytes, on a character boundary. */
void utf8_truncate_bytes(char *s, size_t maxbytes);
/* 1 for the bidirectional controls that can make text read differently
 * from how it is stored (U+202A-202E, U+2066-2069, U+200E/200F, U+061C). */
int utf8_is_bidi_control(const unsigned char *p, size_t n);

/* The file name a client sent, made fit to show back to people (never to
 * name a file on disk): the last part of any path (after / or \\), each
 * ill-formed UTF-8 byte replaced by U+FFFD, control characters (C0, C1,
 * DEL), bidirectional controls and zero-width characters removed, NFC
 * (so a name typed on a Mac, "Tie\u0302\u0301ng", equals the one typed
 * elsewhere), leading dots and spaces and trailing spaces trimmed, cut on a
 * character boundary to fit outsz bytes with its NUL. An empty result
 * becomes "tep-tin". Returns the byte length written, or -1 if outsz is 0. */
int filename_display(const char *in, char *out, size_t outsz);

/* Fills p with n bytes from OpenSSL's CSPRNG; aborts if it fails. */
void random_bytes(void *p, size_t n);

/* The value of one hex digit (either case), or -1. */
int hex_digit(int c);
/* Lower-case hex of n bytes into out (2n+1 bytes). */
void hex_encode(const unsigned char *in, size_t n, char *out);
/* Hex (either case, e.g. the database's HEX()) into at most cap bytes;
 * returns the byte count or -1. */
long hex_decode(const char *s, unsigned char *out, size_t cap);
/* base64url without padding into out (4*ceil(n/3)+1 bytes). Returns length. */
size_t b64url_encode(const unsigned char *in, size_t n, char *out);
/* Standard base64 with padding (MIME) into out (4*ceil(n/3)+1 bytes). */
size_t base64_encode(const unsigned char *in, size_t n, char *out);
/* Decodes base64url (no padding); returns the byte count or -1. */
long b64url_decode(const char *in, unsigned char *out, size_t outcap);
/* Crockford base32 of n bytes, for reference ids people read aloud. */
void base32_id(const unsigned char *in, size_t n, char *out, size_t outlen);

/* HMAC-SHA-256 over msg with key; out must hold 32 bytes. */
void hmac_sha256(const void *key, size_t keylen, const void *msg, size_t msglen,
    unsigned char out[32]);
void sha256(const void *msg, size_t len, unsigned char out[32]);
/* Constant-time comparison of two equal-length buffers. */
int ct_equal(const void *a, const void *b, size_t n);

/* Monotonic seconds as a double. */
double now_mono(void);
/* UTC wall time formatted as 2026-11-28T15:00:00Z into out (21 bytes). */
void time_iso_utc(time_t t, char *out, size_t outlen);

/* Case-insensitive ASCII prefix test. */
int str_has_prefix_ci(const char *s, const char *prefix);
/* Decodes %XX and '+' (as space when plus_is_space) in place. Returns -1
 * on a malformed escape. The result may contain NUL: *outlen tells. */
int url_decode_inplace(char *s, int plus_is_space, size_t *outlen);

/* Appends s percent-encoded: only A-Z a-z 0-9 - . _ ~ and / stay. */
struct buf;
void url_encode(struct buf *b, const char *s);
/* digits "1234567" -> "1.234.567" (Vietnamese grouping of amounts in
 * đồng), truncated to len. */
void money_group(char *out, size_t len, const char *digits);

#endif
