/* A throw-away PKI and a set of signed files for the signature tests,
 * made with the OpenSSL API in a folder of the caller's choosing.
 *
 * pki_make writes: root.pem (the trust store), crl.pem (the CRLs of the
 * root and of the intermediate), the certificates and keys, the signed
 * and broken PDFs and .p7s files, and manifest.json:
 *
 *   { "trust": "root.pem", "crl": "crl.pem",
 *     "self_root": "selfsigned.pem",
 *     "cases": [ { "file": "expired.pdf", "kind": "pdf",
 *                  "reason": "SIG_EXPIRED", "key": "Expired",
 *                  "signer": "...", "serial": "1002", "crl": false }, ...,
 *                { "file": "other.p7s", "kind": "p7s",
 *                  "content": "content.txt", ... } ] }
 *
 * Every expected reason holds with both trust and crl configured; a case
 * with "crl": true needs the CRL file (without it, it would pass). Used
 * by tests/unit/test_signature and, through tests/tools/mkpki, by the
 * HTTP tests. */
#ifndef DVC_TEST_PKI_H
#define DVC_TEST_PKI_H

#include <stddef.h>

#define PKI_SIGNER "Nguyễn Văn An"	/* the good signer's CN */
#define PKI_SIGNER_SERIAL "1001"

/* Returns 0, or -1 with a message in err. */
int pki_make(const char *dir, char *err, size_t errsz);

/* A PDF of about bytes bytes signed by the good signer, written and
 * signed streaming (the generator's own memory stays small too). Needs
 * pki_make's files in dir. Returns 0 or -1. */
int pki_big_pdf(const char *dir, const char *name, long long bytes,
    char *err, size_t errsz);

#endif
