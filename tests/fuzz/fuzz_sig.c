/* Fuzz target for signature checking (domain/signature.c): the streaming
 * lexer that finds /ByteRange and /Contents in a PDF's raw bytes, the
 * hex /Contents, the CMS SignedData (DER, or PEM for a .p7s) and
 * everything verify_cms asks of it.
 *
 * Input:
 *   byte 0   bit 0: 0 a signed PDF, 1 a detached .p7s and its content;
 *            bit 1: revocation checked (Signature.CRLFile set)
 *   PDF      the rest is the PDF
 *   .p7s     bytes 1-2: the content's length (big-endian), the content,
 *            then the .p7s
 * The trust store and CRLs are those of the test PKI the seeds were
 * signed with (tests/fuzz/sig/, made by tests/tools/mkpki), so a seed's
 * chain verifies and the fuzzer starts from signatures that pass.
 *
 * Rules checked besides crashes and leaks: valid exactly when the reason
 * is SIG_OK; the reason is a known one; the signer and issuer names
 * shown to officers are clean UTF-8 without control or bidirectional
 * characters; the serial is hex. */
#define _GNU_SOURCE	/* memfd_create */
#define FUZZ_NAME "sig"
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "core/util.h"
#include "domain/signature.h"
#include "fuzz.h"

static const struct sig_trust *
trust(int crl)
{
	static struct sig_trust *t[2];
	char err[512], ca[4096];

	if (t[crl] == NULL) {
		snprintf(ca, sizeof(ca), "%s", fuzz_path("tests/fuzz/sig/root.pem"));
		t[crl] = sig_trust_load(ca, crl ? fuzz_path("tests/fuzz/sig/crl.pem") : NULL,
		    err, sizeof(err));
		if (t[crl] == NULL) {
			fprintf(stderr, "fuzz_sig: %s (top_srcdir?)\n", err);
			abort();
		}
	}
	return t[crl];
}

static int
mem_file(const uint8_t *p, size_t n)
{
	int fd = memfd_create("fuzz-sig", 0);

	if (fd < 0 || (n > 0 && write(fd, p, n) != (ssize_t)n))
		abort();
	return fd;
}

/* A name as signature.c promises to show it. */
static int
shown_clean(const char *s, size_t cap)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strnlen(s, cap), l;

	if (n == cap || !utf8_valid(s, n))
		return 0;
	for (; *p; p += l) {
		l = utf8_seq_len(p);
		if (*p < 0x20 || *p == 0x7f || utf8_is_bidi_control(p, l) ||
		    (l == 2 && p[0] == 0xc2 && p[1] < 0xa0))
			return 0;
	}
	return 1;
}

static void
check_result(int rc, const struct sig_result *r)
{
	const char *s;

	if ((unsigned)r->reason >= SIG__MAX || (rc == 0) != (r->reason == SIG_OK) ||
	    r->valid != (rc == 0) || r->count < 0)
		abort();
	if (!shown_clean(r->signer, sizeof(r->signer)) ||
	    !shown_clean(r->issuer, sizeof(r->issuer)) ||
	    memchr(r->digest, '\0', sizeof(r->digest)) == NULL ||
	    memchr(r->serial, '\0', sizeof(r->serial)) == NULL)
		abort();
	for (s = r->serial + (r->serial[0] == '-'); *s; s++)
		if (!((*s >= '0' && *s <= '9') || (*s >= 'A' && *s <= 'F')))
			abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *in, size_t size)
{
	struct sig_result r;
	int fd, cfd, rc;
	size_t clen;

	if (size < 1)
		return 0;
	if ((in[0] & 1) == 0) {
		fd = mem_file(in + 1, size - 1);
		rc = sig_verify_pdf(trust((in[0] >> 1) & 1), fd, &r);
		check_result(rc, &r);
		if (r.reason == SIG_NONE && r.count != 0)
			abort();
		close(fd);
		return 0;
	}
	if (size < 3)
		return 0;
	clen = (size_t)in[1] << 8 | in[2];
	if (clen > size - 3)
		clen = size - 3;
	cfd = mem_file(in + 3, clen);
	fd = mem_file(in + 3 + clen, size - 3 - clen);
	rc = sig_verify_detached(trust((in[0] >> 1) & 1), fd, cfd, &r);
	check_result(rc, &r);
	close(fd);
	close(cfd);
	return 0;
}
