/* Level-4 dossiers: digital signatures on what a citizen submits, checked
 * with OpenSSL's CMS against the roots the operator configured
 * (Signature.TrustStore, Signature.CRLFile).
 *
 * Two shapes are accepted: a PDF carrying its own signature (a /Sig
 * dictionary whose /Contents is a detached CMS SignedData over the file's
 * /ByteRange, SubFilter adbe.pkcs7.detached or ETSI.CAdES.detached), and
 * any file with a detached .p7s beside it (DER, or PEM "PKCS7" / "CMS").
 *
 * A signature is valid only if all of these hold: the CMS parses; its
 * digest and signature algorithms are SHA-256 or stronger; for a PDF the
 * signed ranges are the whole file except exactly the /Contents string;
 * the content's digest matches and the signature verifies; the signer's
 * certificate chains to a configured root, every certificate of the chain
 * is within its validity period now, none is revoked (when a CRL file is
 * configured) and keys are at least 112-bit strong; a key usage, if the
 * certificate has one, allows digitalSignature or nonRepudiation.
 *
 * Files are read with pread in chunks: memory stays flat whatever the
 * size (a 50 MB PDF costs the same as a 50 kB one). */
#ifndef DVC_SIGNATURE_H
#define DVC_SIGNATURE_H

#include <stddef.h>
#include <sys/types.h>

#include <openssl/bio.h>

/* Why a signature is not valid, from the first check that failed. Keep
 * sig_reasons[] in signature.c (message keys Lang.Sig.<key>) in step. */
enum sig_reason {
	SIG_OK,
	SIG_NONE,		/* no signature in the file */
	SIG_CORRUPT,		/* not a well-formed CMS SignedData */
	SIG_UNSUPPORTED,	/* adbe.x509.rsa_sha1, a document timestamp,
				 * content inside the CMS... */
	SIG_NOT_COVERED,	/* some bytes of the PDF are not signed
				 * (changed or appended after signing) */
	SIG_MISMATCH,		/* the content is not what was signed, or the
				 * signature value does not verify */
	SIG_UNTRUSTED,		/* no chain to a configured root */
	SIG_SELF_SIGNED,	/* the signer signed its own certificate */
	SIG_EXPIRED,
	SIG_NOT_YET_VALID,
	SIG_REVOKED,
	SIG_REVOCATION_UNKNOWN,	/* CRL check configured, no current CRL */
	SIG_WEAK_DIGEST,	/* SHA-1, MD5... in the signature or chain */
	SIG_WEAK_KEY,		/* RSA under 2048 bits and the like */
	SIG_BAD_USAGE,		/* key usage does not allow signing */
	SIG_IO,			/* the file could not be read */
	SIG__MAX
};

struct sig_result {
	int valid;
	enum sig_reason reason;
	char signer[256];	/* subject CN (else O), UTF-8, printable */
	char serial[80];	/* signer certificate serial, upper-case hex */
	char issuer[256];	/* issuer CN (else O) */
	long long signed_at;	/* signingTime attribute (unix time), or 0:
				 * what the signer's clock said, not proof */
	char digest[16];	/* "SHA-256"... */
	int count;		/* signatures found (PDF: all are verified) */
};

struct sig_trust;

/* Loads the roots (and any intermediate CAs, which help build chains but
 * are never anchors) from ca: a file of PEM or DER certificates, or a
 * folder whose *.pem, *.crt, *.cer, *.der files are read one by one (no
 * c_rehash needed). crl, if not NULL or "", is a file of one or more CRLs
 * (PEM or DER) and turns on revocation checking for every certificate of
 * the chain; see signature.c for what a missing CRL means. Meant to be
 * called once per process at start-up. Returns NULL with a line for the
 * operator in err. The caller frees with sig_trust_free. */
struct sig_trust *sig_trust_load(const char *ca, const char *crl,
    char *err, size_t errsz);
void sig_trust_free(struct sig_trust *t);

/* Verifies every signature in the PDF open on fd; r describes the one
 * that covers the whole file (or, if none does, the last one found).
 * Returns 0 if it is valid, -1 otherwise; r->reason always says. */
int sig_verify_pdf(const struct sig_trust *t, int fd, struct sig_result *r);

/* Verifies the detached CMS signature in sig_fd over the file content_fd.
 * Returns 0 if valid, -1 otherwise; r->reason says. */
int sig_verify_detached(const struct sig_trust *t, int sig_fd, int content_fd,
    struct sig_result *r);

/* "SIG_EXPIRED" for logs; "Expired" for the message Lang.Sig.Expired. */
const char *sig_reason_name(enum sig_reason why);
const char *sig_reason_key(enum sig_reason why);

/* A read-only BIO giving bytes [a, a+alen) then [c, c+clen) of fd through
 * pread (the file offset is not used). The verifier digests a PDF's
 * signed ranges through it; the test PKI signs through it. fd stays the
 * caller's; free the BIO with BIO_free. */
BIO *sig_ranges_bio(int fd, off_t a, off_t alen, off_t c, off_t clen);

#endif
