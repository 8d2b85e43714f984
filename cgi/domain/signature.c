/* Digital signatures on submitted files (level 4). See signature.h.
 *
 * Finding the signatures in a PDF: a streaming lexer over the raw bytes,
 * not a PDF library. What a PDF signature protects is a list of raw byte
 * ranges, so the questions that matter ("is every byte outside /Contents
 * signed?", "is the gap exactly the /Contents string?") are questions
 * about raw offsets, which an object-level parser such as qpdf answers
 * only indirectly, after repairing and resolving a 50 MB file an attacker
 * wrote. The lexer reads the file once in 64 kB chunks, knows strings,
 * comments, names, arrays, dictionaries and skips stream data; for each
 * dictionary holding both /ByteRange and a hex /Contents it records the
 * four numbers and the string's exact offsets. A signature dictionary
 * cannot live in a compressed object stream (its /Contents would then not
 * be a gap in the raw file), so nothing is missed by not inflating.
 * Whatever the lexer gets wrong fails closed: a signature it does not see
 * leaves bytes uncovered, and the one it reports must still verify over
 * the whole file.
 *
 * Revocation: with a CRL file, every certificate of the chain below the
 * root must have a current CRL from its issuer in that file (OpenSSL's
 * CRL_CHECK | CRL_CHECK_ALL). A missing or expired CRL, for the signer's
 * CA or for an intermediate, gives SIG_REVOCATION_UNKNOWN, not a pass: a
 * revoked intermediate would otherwise go unnoticed, which is exactly the
 * case revocation exists for. The operator keeps the file current (the
 * CAs publish new CRLs every few days) and workers pick it up when they
 * recycle.
 *
 * Times: certificates are checked at verification time. The signingTime
 * attribute is the signer's own claim, so it is shown but never used to
 * rescue a certificate that has expired since. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "core/util.h"
#include "domain/signature.h"

#define CHUNK 65536
#define SIG_DER_MAX (512 * 1024)	/* largest CMS accepted, in bytes */
#define MAX_SIGS 16			/* signatures looked at in one PDF */
#define DEPTH_MAX 64			/* nesting the PDF lexer follows */
/* 112-bit security (RSA and DSA >= 2048 bits, ECC >= 224): NIST's floor
 * since 2014 and what the Vietnamese CAs have issued for years. */
#define AUTH_LEVEL 2

static const struct {
	const char *name, *key;
} sig_reasons[] = {
	[SIG_OK] = { "SIG_OK", "Ok" },
	[SIG_NONE] = { "SIG_NONE", "None" },
	[SIG_CORRUPT] = { "SIG_CORRUPT", "Corrupt" },
	[SIG_UNSUPPORTED] = { "SIG_UNSUPPORTED", "Unsupported" },
	[SIG_NOT_COVERED] = { "SIG_NOT_COVERED", "NotCovered" },
	[SIG_MISMATCH] = { "SIG_MISMATCH", "Mismatch" },
	[SIG_UNTRUSTED] = { "SIG_UNTRUSTED", "Untrusted" },
	[SIG_SELF_SIGNED] = { "SIG_SELF_SIGNED", "SelfSigned" },
	[SIG_EXPIRED] = { "SIG_EXPIRED", "Expired" },
	[SIG_NOT_YET_VALID] = { "SIG_NOT_YET_VALID", "NotYetValid" },
	[SIG_REVOKED] = { "SIG_REVOKED", "Revoked" },
	[SIG_REVOCATION_UNKNOWN] = { "SIG_REVOCATION_UNKNOWN", "RevocationUnknown" },
	[SIG_WEAK_DIGEST] = { "SIG_WEAK_DIGEST", "WeakDigest" },
	[SIG_WEAK_KEY] = { "SIG_WEAK_KEY", "WeakKey" },
	[SIG_BAD_USAGE] = { "SIG_BAD_USAGE", "BadUsage" },
	[SIG_IO] = { "SIG_IO", "Io" },
};
_Static_assert(NELEM(sig_reasons) == SIG__MAX, "sig_reasons[] and enum sig_reason differ");

const char *
sig_reason_name(enum sig_reason why)
{
	return (unsigned)why < SIG__MAX ? sig_reasons[why].name : "SIG_UNKNOWN";
}

const char *
sig_reason_key(enum sig_reason why)
{
	return (unsigned)why < SIG__MAX ? sig_reasons[why].key : "Corrupt";
}

struct sig_trust {
	X509_STORE *store;
	int crl;
};

/* ---- a BIO over two byte ranges of a file ------------------------- */

struct ranges {
	int fd;
	off_t off[2], len[2];
	int i;
	off_t done;
	int err;
};

/* Made once per process and kept, as OpenSSL keeps its own: BIO_METHOD
 * is opaque, so it cannot be a static constant. Read-only once made. */
static BIO_METHOD *ranges_method;
static CRYPTO_ONCE ranges_once = CRYPTO_ONCE_STATIC_INIT;

static int
ranges_read(BIO *b, char *out, size_t n, size_t *got)
{
	struct ranges *rg = BIO_get_data(b);
	ssize_t k;

	*got = 0;
	BIO_clear_retry_flags(b);
	while (rg->i < 2 && rg->done == rg->len[rg->i]) {
		rg->i++;
		rg->done = 0;
	}
	if (rg->i == 2 || rg->err)
		return 0;
	if ((off_t)n > rg->len[rg->i] - rg->done)
		n = (size_t)(rg->len[rg->i] - rg->done);
	do
		k = pread(rg->fd, out, n, rg->off[rg->i] + rg->done);
	while (k < 0 && errno == EINTR);
	if (k <= 0) {
		/* a short file reads as an error, never as a shorter content */
		rg->err = 1;
		return 0;
	}
	rg->done += k;
	*got = (size_t)k;
	return 1;
}

static long
ranges_ctrl(BIO *b, int cmd, long num, void *ptr)
{
	struct ranges *rg = BIO_get_data(b);

	switch (cmd) {
	case BIO_CTRL_EOF:
		return rg->i == 2 || rg->err;
	case BIO_CTRL_FLUSH:
		return 1;
	default:
		return 0;
	}
}

static int
ranges_destroy(BIO *b)
{
	OPENSSL_free(BIO_get_data(b));
	BIO_set_data(b, NULL);
	return 1;
}

static void
ranges_method_init(void)
{
	BIO_METHOD *m = BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK,
	    "dvc file ranges");

	if (m && BIO_meth_set_read_ex(m, ranges_read) == 1 &&
	    BIO_meth_set_ctrl(m, ranges_ctrl) == 1 &&
	    BIO_meth_set_destroy(m, ranges_destroy) == 1)
		ranges_method = m;
	else
		BIO_meth_free(m);
}

BIO *
sig_ranges_bio(int fd, off_t a, off_t alen, off_t c, off_t clen)
{
	struct ranges *rg;
	BIO *b;

	if (a < 0 || alen < 0 || c < 0 || clen < 0 ||
	    !CRYPTO_THREAD_run_once(&ranges_once, ranges_method_init) ||
	    ranges_method == NULL || (b = BIO_new(ranges_method)) == NULL)
		return NULL;
	if ((rg = OPENSSL_zalloc(sizeof(*rg))) == NULL) {
		BIO_free(b);
		return NULL;
	}
	rg->fd = fd;
	rg->off[0] = a;
	rg->len[0] = alen;
	rg->off[1] = c;
	rg->len[1] = clen;
	BIO_set_data(b, rg);
	BIO_set_init(b, 1);
	return b;
}

static int
ranges_failed(BIO *b)
{
	struct ranges *rg = BIO_get_data(b);

	return rg == NULL || rg->err;
}

/* ---- trust store --------------------------------------------------- */

/* Adds the certificates (crl == 0) or CRLs (crl == 1) of one file, PEM
 * (any number) or DER (one). Returns how many, or -1 if unreadable. */
static int
load_file(X509_STORE *st, const char *path, int crl)
{
	STACK_OF(X509_INFO) *infos;
	X509_INFO *xi;
	BIO *b;
	int i, n = 0;

	if ((b = BIO_new_file(path, "rb")) == NULL)
		return -1;
	if ((infos = PEM_X509_INFO_read_bio(b, NULL, NULL, NULL)) != NULL) {
		for (i = 0; i < sk_X509_INFO_num(infos); i++) {
			xi = sk_X509_INFO_value(infos, i);
			if (!crl && xi->x509 && X509_STORE_add_cert(st, xi->x509) == 1)
				n++;
			if (crl && xi->crl && X509_STORE_add_crl(st, xi->crl) == 1)
				n++;
		}
		sk_X509_INFO_pop_free(infos, X509_INFO_free);
	}
	if (n == 0 && BIO_reset(b) == 0) {
		if (!crl) {
			X509 *x = d2i_X509_bio(b, NULL);

			if (x && X509_STORE_add_cert(st, x) == 1)
				n++;
			X509_free(x);
		} else {
			X509_CRL *c = d2i_X509_CRL_bio(b, NULL);

			if (c && X509_STORE_add_crl(st, c) == 1)
				n++;
			X509_CRL_free(c);
		}
	}
	BIO_free(b);
	ERR_clear_error();
	return n;
}

static int
cert_file_name(const char *name)
{
	static const char *const ext[] = { ".pem", ".crt", ".cer", ".der" };
	size_t i, l = strlen(name);

	if (name[0] == '.')
		return 0;
	for (i = 0; i < NELEM(ext); i++)
		if (l > 4 && strcasecmp(name + l - 4, ext[i]) == 0)
			return 1;
	return 0;
}

struct sig_trust *
sig_trust_load(const char *ca, const char *crl, char *err, size_t errsz)
{
	struct sig_trust *t = xcalloc(1, sizeof(*t));
	char path[PATH_MAX];
	struct dirent *de;
	struct stat st;
	DIR *d;
	int n = 0, k;

	if ((t->store = X509_STORE_new()) == NULL) {
		snprintf(err, errsz, "Signature: out of memory");
		goto fail;
	}
	if (ca == NULL || stat(ca, &st) < 0) {
		snprintf(err, errsz, "Signature.TrustStore %s: %s", ca ? ca : "(unset)",
		    ca ? strerror(errno) : "not set");
		goto fail;
	}
	if (S_ISDIR(st.st_mode)) {
		if ((d = opendir(ca)) == NULL) {
			snprintf(err, errsz, "Signature.TrustStore %s: %s", ca, strerror(errno));
			goto fail;
		}
		while ((de = readdir(d)) != NULL) {
			if (!cert_file_name(de->d_name))
				continue;
			if ((size_t)snprintf(path, sizeof(path), "%s/%s", ca,
			    de->d_name) >= sizeof(path))
				continue;
			if ((k = load_file(t->store, path, 0)) <= 0) {
				snprintf(err, errsz, "Signature.TrustStore: %s holds no "
				    "certificate (PEM or DER)", path);
				closedir(d);
				goto fail;
			}
			n += k;
		}
		closedir(d);
	} else if ((n = load_file(t->store, ca, 0)) < 0) {
		snprintf(err, errsz, "Signature.TrustStore %s: cannot read", ca);
		goto fail;
	}
	if (n == 0) {
		snprintf(err, errsz, "Signature.TrustStore %s: no certificate found", ca);
		goto fail;
	}
	if (crl && *crl) {
		if ((k = load_file(t->store, crl, 1)) <= 0) {
			snprintf(err, errsz, "Signature.CRLFile %s: %s", crl,
			    k < 0 ? "cannot read" : "no CRL found (PEM or DER)");
			goto fail;
		}
		X509_STORE_set_flags(t->store,
		    X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL);
		t->crl = 1;
	}
	return t;
fail:
	sig_trust_free(t);
	ERR_clear_error();
	return NULL;
}

void
sig_trust_free(struct sig_trust *t)
{
	if (t == NULL)
		return;
	X509_STORE_free(t->store);
	free(t);
}

/* ---- what is reported about the signer ----------------------------- */

/* Copies a name for display: valid UTF-8 only, without control or
 * bidirectional characters (a name could otherwise read as another). */
static void
clean_copy(char *out, size_t outsz, const unsigned char *s, size_t n)
{
	size_t o = 0, i = 0, l;

	while (i < n && s[i]) {
		l = utf8_seq_len(s + i);
		if (l == 0 || i + l > n) {
			i++;
			continue;
		}
		if (s[i] < 0x20 || s[i] == 0x7f || utf8_is_bidi_control(s + i, l) ||
		    (l == 2 && s[i] == 0xc2 && s[i + 1] < 0xa0)) {
			i += l;
			continue;
		}
		if (o + l >= outsz)
			break;
		memcpy(out + o, s + i, l);
		o += l;
		i += l;
	}
	out[o] = '\0';
}

static void
name_field(const X509_NAME *nm, char *out, size_t outsz)
{
	static const int nids[] = { NID_commonName, NID_organizationName };
	const X509_NAME_ENTRY *e;
	unsigned char *u;
	size_t i;
	int at, n;

	out[0] = '\0';
	for (i = 0; i < NELEM(nids) && nm; i++) {
		if ((at = X509_NAME_get_index_by_NID(nm, nids[i], -1)) < 0 ||
		    (e = X509_NAME_get_entry(nm, at)) == NULL)
			continue;
		if ((n = ASN1_STRING_to_UTF8(&u,
		    X509_NAME_ENTRY_get_data(e))) < 0)
			continue;
		clean_copy(out, outsz, u, (size_t)n);
		OPENSSL_free(u);
		if (out[0])
			return;
	}
}

static const char *
digest_label(int nid)
{
	switch (nid) {
	case NID_sha256: return "SHA-256";
	case NID_sha384: return "SHA-384";
	case NID_sha512: return "SHA-512";
	case NID_sha3_256: return "SHA3-256";
	case NID_sha3_384: return "SHA3-384";
	case NID_sha3_512: return "SHA3-512";
	case NID_sha1: return "SHA-1";
	case NID_md5: return "MD5";
	default: return OBJ_nid2sn(nid) ? OBJ_nid2sn(nid) : "?";
	}
}

static int
strong_digest(int nid)
{
	return nid == NID_sha256 || nid == NID_sha384 || nid == NID_sha512 ||
	    nid == NID_sha3_256 || nid == NID_sha3_384 || nid == NID_sha3_512;
}

static void
describe_signer(CMS_SignerInfo *si, X509 *x, struct sig_result *r)
{
	X509_ALGOR *dig = NULL;
	X509_ATTRIBUTE *a;
	ASN1_TYPE *ty;
	BIGNUM *bn;
	struct tm tm;
	char *hex;
	int at;

	CMS_SignerInfo_get0_algs(si, NULL, NULL, &dig, NULL);
	if (dig)
		snprintf(r->digest, sizeof(r->digest), "%s",
		    digest_label(OBJ_obj2nid(dig->algorithm)));
	if ((at = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1)) >= 0 &&
	    (a = CMS_signed_get_attr(si, at)) != NULL &&
	    (ty = X509_ATTRIBUTE_get0_type(a, 0)) != NULL &&
	    (ty->type == V_ASN1_UTCTIME || ty->type == V_ASN1_GENERALIZEDTIME) &&
	    ASN1_TIME_to_tm(ty->value.utctime, &tm) == 1)
		r->signed_at = (long long)timegm(&tm);
	if (x == NULL)
		return;
	name_field(X509_get_subject_name(x), r->signer, sizeof(r->signer));
	name_field(X509_get_issuer_name(x), r->issuer, sizeof(r->issuer));
	if ((bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), NULL)) != NULL) {
		if ((hex = BN_bn2hex(bn)) != NULL) {
			snprintf(r->serial, sizeof(r->serial), "%s", hex);
			OPENSSL_free(hex);
		}
		BN_free(bn);
	}
}

/* ---- the checks ---------------------------------------------------- */

static enum sig_reason
chain_reason(int e)
{
	switch (e) {
	case X509_V_ERR_CERT_HAS_EXPIRED:
		return SIG_EXPIRED;
	case X509_V_ERR_CERT_NOT_YET_VALID:
		return SIG_NOT_YET_VALID;
	case X509_V_ERR_CERT_REVOKED:
		return SIG_REVOKED;
	case X509_V_ERR_UNABLE_TO_GET_CRL:
	case X509_V_ERR_UNABLE_TO_GET_CRL_ISSUER:
	case X509_V_ERR_CRL_HAS_EXPIRED:
	case X509_V_ERR_CRL_NOT_YET_VALID:
	case X509_V_ERR_CRL_SIGNATURE_FAILURE:
	case X509_V_ERR_UNABLE_TO_DECRYPT_CRL_SIGNATURE:
	case X509_V_ERR_ERROR_IN_CRL_LAST_UPDATE_FIELD:
	case X509_V_ERR_ERROR_IN_CRL_NEXT_UPDATE_FIELD:
	case X509_V_ERR_DIFFERENT_CRL_SCOPE:
	case X509_V_ERR_KEYUSAGE_NO_CRL_SIGN:
		return SIG_REVOCATION_UNKNOWN;
	case X509_V_ERR_CA_MD_TOO_WEAK:
		return SIG_WEAK_DIGEST;
	case X509_V_ERR_CA_KEY_TOO_SMALL:
	case X509_V_ERR_EE_KEY_TOO_SMALL:
		return SIG_WEAK_KEY;
	case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
		return SIG_SELF_SIGNED;
	case X509_V_ERR_ERROR_IN_CERT_NOT_BEFORE_FIELD:
	case X509_V_ERR_ERROR_IN_CERT_NOT_AFTER_FIELD:
		return SIG_CORRUPT;
	default:
		return SIG_UNTRUSTED;
	}
}

static enum sig_reason
check_chain(const struct sig_trust *t, X509 *x, STACK_OF(X509) *certs)
{
	X509_STORE_CTX *ctx;
	enum sig_reason why = SIG_OK;
	uint32_t ku;

	if ((ctx = X509_STORE_CTX_new()) == NULL ||
	    X509_STORE_CTX_init(ctx, t->store, x, certs) != 1) {
		X509_STORE_CTX_free(ctx);
		return SIG_CORRUPT;
	}
	X509_VERIFY_PARAM_set_auth_level(X509_STORE_CTX_get0_param(ctx), AUTH_LEVEL);
	if (X509_verify_cert(ctx) != 1) {
		why = chain_reason(X509_STORE_CTX_get_error(ctx));
		/* A certificate that names itself as issuer and is not one of
		 * the roots: whatever else OpenSSL tripped on first, that is
		 * what the person needs to hear. */
		if (why == SIG_UNTRUSTED && X509_self_signed(x, 0) == 1)
			why = SIG_SELF_SIGNED;
	}
	X509_STORE_CTX_free(ctx);
	if (why != SIG_OK)
		return why;
	/* digitalSignature for a signature, nonRepudiation for a commitment
	 * (what Vietnamese CAs put on citizens' certificates) */
	if (X509_get_extension_flags(x) & EXFLAG_KUSAGE) {
		ku = X509_get_key_usage(x);
		if (!(ku & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)))
			return SIG_BAD_USAGE;
	}
	return SIG_OK;
}

static enum sig_reason
check_algs(CMS_SignerInfo *si)
{
	X509_ALGOR *dig = NULL, *sig = NULL;
	int mdnid = NID_undef, pknid;

	CMS_SignerInfo_get0_algs(si, NULL, NULL, &dig, &sig);
	if (dig == NULL || sig == NULL)
		return SIG_CORRUPT;
	if (!strong_digest(OBJ_obj2nid(dig->algorithm)))
		return SIG_WEAK_DIGEST;
	/* "sha1WithRSAEncryption" and the like name their own digest; plain
	 * rsaEncryption, PSS and EdDSA do not, and are judged by dig above */
	if (OBJ_find_sigid_algs(OBJ_obj2nid(sig->algorithm), &mdnid, &pknid) == 1 &&
	    mdnid != NID_undef && !strong_digest(mdnid))
		return SIG_WEAK_DIGEST;
	return SIG_OK;
}

/* Parses a CMS ContentInfo. d2i reads the outer length from the DER
 * header and stops there, which is how the zero padding of a PDF's
 * /Contents is told from the signature (whose own last bytes may well be
 * zero): what follows must be all zeros when pad is set, nothing
 * otherwise. */
static CMS_ContentInfo *
parse_cms(const unsigned char *p, size_t n, int pad)
{
	const unsigned char *q = p;
	CMS_ContentInfo *cms;
	size_t used;

	if (n < 2 || n > SIG_DER_MAX || p[0] != 0x30)
		return NULL;
	if ((cms = d2i_CMS_ContentInfo(NULL, &q, (long)n)) == NULL)
		return NULL;
	used = (size_t)(q - p);
	for (; used < n; used++)
		if (!pad || p[used] != 0) {
			CMS_ContentInfo_free(cms);
			return NULL;
		}
	return cms;
}

/* Everything about one CMS SignedData over the bytes content gives.
 * Fills r (signer of the first SignerInfo) and returns the reason. */
static enum sig_reason
verify_cms(const struct sig_trust *t, CMS_ContentInfo *cms, BIO *content,
    struct sig_result *r)
{
	STACK_OF(CMS_SignerInfo) *sis;
	STACK_OF(X509) *certs = NULL;
	ASN1_OCTET_STRING **inner;
	enum sig_reason why = SIG_OK;
	CMS_SignerInfo *si;
	unsigned long e;
	X509 *x;
	int i;

	if (OBJ_obj2nid(CMS_get0_type(cms)) != NID_pkcs7_signed)
		return SIG_UNSUPPORTED;
	if ((sis = CMS_get0_SignerInfos(cms)) == NULL || sk_CMS_SignerInfo_num(sis) < 1)
		return SIG_CORRUPT;
	/* What is signed is data (a PDF's ranges, a file): eContentType and
	 * every signer's contentType attribute must say so. OpenSSL does not
	 * compare them (RFC 5652 11.1), and eContentType is outside what the
	 * signature covers, so a changed one would otherwise pass. */
	if (OBJ_obj2nid(CMS_get0_eContentType(cms)) != NID_pkcs7_data)
		return SIG_CORRUPT;
	CMS_set1_signers_certs(cms, NULL, 0);
	ERR_clear_error();
	for (i = 0; i < sk_CMS_SignerInfo_num(sis); i++) {
		int at;

		si = sk_CMS_SignerInfo_value(sis, i);
		at = CMS_signed_get_attr_by_NID(si, NID_pkcs9_contentType, -1);
		if (at >= 0) {
			ASN1_OBJECT *ct = CMS_signed_get0_data_by_OBJ(si,
			    OBJ_nid2obj(NID_pkcs9_contentType), -3, V_ASN1_OBJECT);

			if (ct == NULL || OBJ_obj2nid(ct) != NID_pkcs7_data)
				return SIG_CORRUPT;
		}
		x = NULL;
		CMS_SignerInfo_get0_algs(si, NULL, &x, NULL, NULL);
		if (i == 0)
			describe_signer(si, x, r);
		if (x == NULL)
			return SIG_CORRUPT;	/* the signer's certificate is not there */
		if ((why = check_algs(si)) != SIG_OK)
			return why;
	}
	/* The content inside the CMS (adbe.pkcs7.sha1, or an attached .p7m)
	 * is not what the person sent beside it: only detached signatures. */
	if ((inner = CMS_get0_content(cms)) != NULL && *inner != NULL)
		return SIG_UNSUPPORTED;

	/* Signature and messageDigest: CMS_BINARY so no byte of a PDF is
	 * taken for text; the chain is checked below, with our own rules. */
	if (CMS_verify(cms, NULL, NULL, content, NULL,
	    CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) != 1) {
		e = ERR_peek_last_error();
		if (ranges_failed(content))
			why = SIG_IO;
		else if (ERR_GET_LIB(e) == ERR_LIB_CMS &&
		    (ERR_GET_REASON(e) == CMS_R_CONTENT_VERIFY_ERROR ||
		    ERR_GET_REASON(e) == CMS_R_VERIFICATION_FAILURE))
			why = SIG_MISMATCH;
		else
			why = SIG_CORRUPT;
		ERR_clear_error();
		return why;
	}
	if (ranges_failed(content))
		return SIG_IO;
	certs = CMS_get1_certs(cms);
	for (i = 0; i < sk_CMS_SignerInfo_num(sis) && why == SIG_OK; i++) {
		x = NULL;
		CMS_SignerInfo_get0_algs(sk_CMS_SignerInfo_value(sis, i), NULL, &x,
		    NULL, NULL);
		why = check_chain(t, x, certs);
	}
	sk_X509_pop_free(certs, X509_free);
	ERR_clear_error();
	return why;
}

static void
result_init(struct sig_result *r)
{
	memset(r, 0, sizeof(*r));
	r->reason = SIG_NONE;
}

static int
result_end(struct sig_result *r, enum sig_reason why)
{
	r->reason = why;
	r->valid = why == SIG_OK;
	return r->valid ? 0 : -1;
}

/* Reads the whole of a small file (a .p7s) into a new buffer. */
static unsigned char *
read_small(int fd, size_t max, size_t *n, enum sig_reason *why)
{
	unsigned char *p;
	struct stat st;
	size_t got = 0;
	ssize_t k;

	if (fstat(fd, &st) < 0) {
		*why = SIG_IO;
		return NULL;
	}
	if (st.st_size <= 0 || (unsigned long long)st.st_size > max) {
		*why = SIG_CORRUPT;
		return NULL;
	}
	p = xmalloc((size_t)st.st_size);
	while (got < (size_t)st.st_size) {
		k = pread(fd, p + got, (size_t)st.st_size - got, (off_t)got);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			free(p);
			*why = SIG_IO;
			return NULL;
		}
		got += (size_t)k;
	}
	*n = got;
	return p;
}

/* ---- PDF: finding the signature dictionaries ----------------------- */

struct rd {
	int fd;
	off_t pos;		/* file offset of buf[0] */
	size_t len, i;
	int err;
	unsigned char buf[CHUNK];
};

/* The refill, out of line: rd_get below is a compare and a load, since
 * the lexer calls it for every byte of the file. */
static int
rd_fill(struct rd *r)
{
	ssize_t k;

	r->pos += (off_t)r->len;
	r->len = r->i = 0;
	do
		k = pread(r->fd, r->buf, sizeof(r->buf), r->pos);
	while (k < 0 && errno == EINTR);
	if (k < 0)
		r->err = 1;
	if (k <= 0)
		return EOF;
	r->len = (size_t)k;
	return r->buf[r->i++];
}

static inline int
rd_get(struct rd *r)
{
	return r->i < r->len ? r->buf[r->i++] : rd_fill(r);
}

/* Only right after an rd_get that returned a byte. */
static void
rd_unget(struct rd *r)
{
	r->i--;
}

static off_t
rd_tell(const struct rd *r)
{
	return r->pos + (off_t)r->i;
}

static int
pdf_space(int c)
{
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' ||
	    c == '\0';
}

static int
pdf_delim(int c)
{
	return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' ||
	    c == ']' || c == '{' || c == '}' || c == '/' || c == '%';
}

enum pdf_key { PK_NONE, PK_OTHER, PK_BYTERANGE, PK_CONTENTS, PK_SUBFILTER, PK_TYPE };
enum pdf_sub { PS_NONE, PS_DETACHED, PS_SHA1, PS_TIMESTAMP, PS_OTHER };

struct frame {
	char kind;		/* 'd' dictionary, 'a' array */
	enum pdf_key key;	/* dictionary: the key whose value comes next */
	/* dictionary */
	int has_br, has_contents, is_ts;
	long long br[4];
	off_t cstart, cend;
	enum pdf_sub sub;
	/* array that is a /ByteRange value */
	int collect, n, bad;
	long long v[4];
};

struct cand {
	long long br[4];
	off_t cstart, cend;	/* '<' and one past '>' */
	int has_contents;
	enum pdf_sub sub;
};

struct lex {
	struct rd rd;
	struct frame st[DEPTH_MAX];
	int depth;		/* may exceed DEPTH_MAX: deeper frames untracked */
	struct cand c[MAX_SIGS];
	int nc, more;
};

static struct frame *
lex_top(struct lex *L)
{
	return L->depth > 0 && L->depth <= DEPTH_MAX ? &L->st[L->depth - 1] : NULL;
}

/* A value other than a name ended in the current frame. */
static void
lex_value(struct lex *L)
{
	struct frame *f = lex_top(L);

	if (f && f->kind == 'd')
		f->key = PK_NONE;
	else if (f && f->kind == 'a' && f->collect)
		f->bad = 1;
}

static void
lex_push(struct lex *L, char kind)
{
	struct frame *parent = lex_top(L), *f;

	if (L->depth++ >= DEPTH_MAX)
		return;
	f = &L->st[L->depth - 1];
	memset(f, 0, sizeof(*f));
	f->kind = kind;
	f->key = PK_NONE;
	f->collect = kind == 'a' && parent && parent->kind == 'd' &&
	    parent->key == PK_BYTERANGE;
}

static void
lex_pop(struct lex *L, char kind)
{
	struct frame *f = lex_top(L), *parent;
	struct cand *c;

	if (L->depth == 0)
		return;
	if (f && f->kind != kind) {
		/* "]" closing a dictionary or the reverse: the object is
		 * broken; forget what it was about to say */
		L->depth = 0;
		return;
	}
	L->depth--;
	parent = lex_top(L);
	if (f && kind == 'a' && f->collect && parent) {
		if (f->n == 4 && !f->bad) {
			parent->has_br = 1;
			memcpy(parent->br, f->v, sizeof(f->v));
		}
	}
	if (f && kind == 'd' && (f->has_br || f->is_ts)) {
		if (L->nc < MAX_SIGS) {
			c = &L->c[L->nc++];
			memcpy(c->br, f->br, sizeof(c->br));
			if (!f->has_br)
				c->br[0] = -1;
			c->cstart = f->cstart;
			c->cend = f->cend;
			c->has_contents = f->has_contents;
			c->sub = f->is_ts ? PS_TIMESTAMP : f->sub;
		} else
			L->more++;
	}
	if (parent && parent->kind == 'd')
		parent->key = PK_NONE;
	else if (parent && parent->kind == 'a' && parent->collect)
		parent->bad = 1;
}

static void
lex_name(struct lex *L, const char *nm)
{
	struct frame *f = lex_top(L);

	if (f == NULL)
		return;
	if (f->kind == 'a') {
		if (f->collect)
			f->bad = 1;
		return;
	}
	if (f->key == PK_NONE) {
		f->key = strcmp(nm, "ByteRange") == 0 ? PK_BYTERANGE :
		    strcmp(nm, "Contents") == 0 ? PK_CONTENTS :
		    strcmp(nm, "SubFilter") == 0 ? PK_SUBFILTER :
		    strcmp(nm, "Type") == 0 ? PK_TYPE : PK_OTHER;
		return;
	}
	if (f->key == PK_SUBFILTER)
		f->sub = strcmp(nm, "adbe.pkcs7.detached") == 0 ||
		    strcmp(nm, "ETSI.CAdES.detached") == 0 ? PS_DETACHED :
		    strcmp(nm, "adbe.pkcs7.sha1") == 0 ? PS_SHA1 :
		    strcmp(nm, "ETSI.RFC3161") == 0 ? PS_TIMESTAMP : PS_OTHER;
	if (f->key == PK_TYPE && strcmp(nm, "DocTimeStamp") == 0)
		f->is_ts = 1;
	f->key = PK_NONE;
}

static void
lex_int(struct lex *L, long long v)
{
	struct frame *f = lex_top(L);

	if (f && f->kind == 'a' && f->collect) {
		if (f->n < 4)
			f->v[f->n] = v;
		f->n++;
		return;
	}
	lex_value(L);
}

static void
lex_hex(struct lex *L, off_t start, off_t end)
{
	struct frame *f = lex_top(L);

	if (f && f->kind == 'd' && f->key == PK_CONTENTS) {
		f->has_contents = 1;
		f->cstart = start;
		f->cend = end;
	}
	lex_value(L);
}

/* Skips stream data up to "endstream". /Length is not trusted (it may be
 * an indirect reference, or wrong); the keyword is what a reader that
 * repairs files would look for too. */
static void
skip_stream(struct rd *r)
{
	static const char kw[] = "endstream";
	size_t m = 0;
	int c;

	for (;;) {
		/* outside a partial match only an 'e' can start one: jump to
		 * the next in the buffer (most of a scan's bytes are here) */
		if (m == 0 && r->i < r->len) {
			const unsigned char *e = memchr(r->buf + r->i, 'e', r->len - r->i);

			r->i = e != NULL ? (size_t)(e - (const unsigned char *)r->buf) : r->len;
			if (e == NULL)
				continue;
		}
		if ((c = rd_get(r)) == EOF)
			return;
		if (c == kw[m]) {
			if (++m == sizeof(kw) - 1)
				return;
			continue;
		}
		/* "endstre" + "ndstream": 'e' is the only prefix that is also a
		 * suffix of a partial match */
		m = m == 7 && c == 'n' ? 2 : c == 'e' ? 1 : 0;
	}
}

static void
lex_word(struct lex *L, const char *w)
{
	const char *p = w;
	long long v = 0;
	int digits = 0;

	if (*p == '+' || *p == '-')
		p++;
	for (; *p >= '0' && *p <= '9'; p++)
		if (++digits <= 15)
			v = v * 10 + (*p - '0');
	if (*p == '\0' && digits > 0 && digits <= 15) {
		lex_int(L, w[0] == '-' ? -v : v);
		return;
	}
	if (strcmp(w, "stream") == 0) {
		skip_stream(&L->rd);
		L->depth = 0;
		return;
	}
	/* each indirect object starts afresh: an unbalanced one does not
	 * hide the signatures after it */
	if (strcmp(w, "obj") == 0 || strcmp(w, "endobj") == 0 ||
	    strcmp(w, "trailer") == 0 || strcmp(w, "xref") == 0) {
		L->depth = 0;
		return;
	}
	lex_value(L);
}

static void
pdf_scan(struct lex *L)
{
	struct rd *r = &L->rd;
	char w[64];
	size_t wn;
	off_t start;
	int c, c2, depth;

	while ((c = rd_get(r)) != EOF) {
		if (pdf_space(c))
			continue;
		switch (c) {
		case '%':
			while ((c = rd_get(r)) != EOF && c != '\n' && c != '\r')
				;
			continue;
		case '(':
			for (depth = 1; depth > 0 && (c = rd_get(r)) != EOF;) {
				if (c == '\\')
					(void)rd_get(r);
				else if (c == '(')
					depth++;
				else if (c == ')')
					depth--;
			}
			lex_value(L);
			continue;
		case '<':
			if ((c2 = rd_get(r)) == '<') {
				lex_push(L, 'd');
				continue;
			}
			if (c2 != EOF)
				rd_unget(r);
			start = rd_tell(r) - 1;
			while ((c = rd_get(r)) != EOF && c != '>')
				;
			lex_hex(L, start, rd_tell(r));
			continue;
		case '>':
			if ((c2 = rd_get(r)) == '>')
				lex_pop(L, 'd');
			else if (c2 != EOF)
				rd_unget(r);
			continue;
		case '[':
			lex_push(L, 'a');
			continue;
		case ']':
			lex_pop(L, 'a');
			continue;
		case '/':
			/* names compare after #xx decoding: /Byte#52ange is /ByteRange */
			for (wn = 0; (c = rd_get(r)) != EOF && !pdf_space(c) && !pdf_delim(c);) {
				if (c == '#') {
					int h = hex_digit(rd_get(r)), l = hex_digit(rd_get(r));

					c = h >= 0 && l >= 0 ? h * 16 + l : '?';
				}
				if (wn < sizeof(w) - 1)
					w[wn++] = (char)c;
			}
			if (c != EOF)
				rd_unget(r);
			w[wn] = '\0';
			lex_name(L, w);
			continue;
		case ')': case '{': case '}':
			continue;
		}
		wn = 0;
		do {
			if (wn < sizeof(w) - 1)
				w[wn++] = (char)c;
		} while ((c = rd_get(r)) != EOF && !pdf_space(c) && !pdf_delim(c));
		if (c != EOF)
			rd_unget(r);
		w[wn] = '\0';
		lex_word(L, w);
	}
}

/* Reads /Contents <hex> at [start, end) into a new buffer of DER bytes.
 * Only hex digits between the brackets: no white space, an even count. */
static unsigned char *
read_contents(int fd, off_t start, off_t end, size_t *n, enum sig_reason *why)
{
	unsigned char *hex, *der;
	size_t hn, i;
	ssize_t k;
	int h, l;

	if (end - start < 4 || (end - start - 2) % 2 != 0 ||
	    (unsigned long long)(end - start - 2) > 2ULL * SIG_DER_MAX) {
		*why = SIG_CORRUPT;
		return NULL;
	}
	hn = (size_t)(end - start);
	hex = xmalloc(hn);
	for (i = 0; i < hn; i += (size_t)k) {
		k = pread(fd, hex + i, hn - i, start + (off_t)i);
		if (k < 0 && errno == EINTR) {
			k = 0;
			continue;
		}
		if (k <= 0) {
			free(hex);
			*why = SIG_IO;
			return NULL;
		}
	}
	if (hex[0] != '<' || hex[hn - 1] != '>') {
		free(hex);
		*why = SIG_CORRUPT;
		return NULL;
	}
	der = xmalloc((hn - 2) / 2);
	for (i = 0; i < (hn - 2) / 2; i++) {
		h = hex_digit(hex[1 + 2 * i]);
		l = hex_digit(hex[2 + 2 * i]);
		if (h < 0 || l < 0) {
			free(hex);
			free(der);
			*why = SIG_CORRUPT;
			return NULL;
		}
		der[i] = (unsigned char)(h * 16 + l);
	}
	free(hex);
	*n = (hn - 2) / 2;
	return der;
}

/* One signature of the PDF over its own ranges. *whole says whether
 * those ranges are all of the file but exactly its /Contents string. */
static enum sig_reason
verify_one(const struct sig_trust *t, int fd, off_t size, const struct cand *c,
    struct sig_result *r, int *whole)
{
	long long a = c->br[0], b = c->br[1], cc = c->br[2], d = c->br[3];
	CMS_ContentInfo *cms;
	enum sig_reason why = SIG_CORRUPT;
	unsigned char *der;
	size_t n;
	BIO *content;

	*whole = 0;
	if (c->sub == PS_TIMESTAMP)
		return SIG_UNSUPPORTED;
	if (!c->has_contents || a < 0)
		return SIG_CORRUPT;
	if (a != 0 || b < 0 || cc < b || d < 0 || cc > (long long)size ||
	    d > (long long)size - cc)
		return SIG_NOT_COVERED;
	/* the gap must be the /Contents string and nothing else: a byte in
	 * the gap that is not part of it is a byte nobody signed */
	if ((off_t)b != c->cstart || (off_t)cc != c->cend)
		return SIG_NOT_COVERED;
	*whole = cc + d == (long long)size;
	if (c->sub == PS_SHA1)
		return SIG_WEAK_DIGEST;
	if (c->sub == PS_OTHER)
		return SIG_UNSUPPORTED;
	if ((der = read_contents(fd, c->cstart, c->cend, &n, &why)) == NULL)
		return why;
	cms = parse_cms(der, n, 1);
	free(der);
	ERR_clear_error();
	if (cms == NULL)
		return SIG_CORRUPT;
	if ((content = sig_ranges_bio(fd, 0, (off_t)b, (off_t)cc, (off_t)d)) == NULL) {
		CMS_ContentInfo_free(cms);
		return SIG_IO;
	}
	why = verify_cms(t, cms, content, r);
	BIO_free(content);
	CMS_ContentInfo_free(cms);
	return why;
}

/* Every signature is verified. The file is valid when one signature
 * covers all of it and every signature passes every check (an earlier
 * signature is expected to end where the next revision begins, and a
 * later signer vouches for what was added since). r describes the first
 * failing signature, else the one covering the whole file. */
int
sig_verify_pdf(const struct sig_trust *t, int fd, struct sig_result *r)
{
	struct sig_result one, fail;
	struct lex *L;
	struct stat st;
	enum sig_reason why, fail_why = SIG_OK;
	int i, whole, found_whole = 0;

	result_init(r);
	result_init(&fail);
	if (fstat(fd, &st) < 0)
		return result_end(r, SIG_IO);
	L = xcalloc(1, sizeof(*L));
	L->rd.fd = fd;
	pdf_scan(L);
	if (L->rd.err) {
		free(L);
		return result_end(r, SIG_IO);
	}
	for (i = 0; i < L->nc; i++) {
		result_init(&one);
		why = verify_one(t, fd, st.st_size, &L->c[i], &one, &whole);
		if (why == SIG_OK && whole) {
			if (!found_whole)
				*r = one;
			found_whole = 1;
		}
		if (why != SIG_OK && fail_why == SIG_OK) {
			fail = one;
			fail_why = why;
		}
		if (i == L->nc - 1 && !found_whole && fail_why == SIG_OK) {
			/* all verify, none reaches the end: bytes were added
			 * after the last signature */
			fail = one;
			fail_why = SIG_NOT_COVERED;
		}
	}
	r->count = L->nc + L->more;
	free(L);
	if (r->count == 0)
		return result_end(r, SIG_NONE);
	if (fail_why != SIG_OK || !found_whole) {
		i = r->count;
		*r = fail;
		r->count = i;
		return result_end(r, fail_why != SIG_OK ? fail_why : SIG_NOT_COVERED);
	}
	return result_end(r, SIG_OK);
}

int
sig_verify_detached(const struct sig_trust *t, int sig_fd, int content_fd,
    struct sig_result *r)
{
	enum sig_reason why = SIG_CORRUPT;
	CMS_ContentInfo *cms = NULL;
	unsigned char *p, *der = NULL;
	struct stat st;
	size_t n = 0, i;
	long len = 0;
	char *name = NULL, *hdr = NULL;
	BIO *b, *content;

	result_init(r);
	r->count = 1;
	/* base64 is 4/3 of the DER, plus line ends and armour */
	if ((p = read_small(sig_fd, SIG_DER_MAX * 2, &n, &why)) == NULL)
		return result_end(r, why);
	for (i = 0; i < n && pdf_space(p[i]); i++)
		;
	if (n - i > 11 && memcmp(p + i, "-----BEGIN ", 11) == 0 &&
	    (b = BIO_new_mem_buf(p, (int)n)) != NULL) {
		/* PEM: the armour names what it holds; only a CMS is taken */
		if (PEM_read_bio(b, &name, &hdr, &der, &len) == 1 &&
		    (strcmp(name, "PKCS7") == 0 || strcmp(name, "CMS") == 0))
			cms = parse_cms(der, (size_t)len, 0);
		BIO_free(b);
		OPENSSL_free(name);
		OPENSSL_free(hdr);
		OPENSSL_free(der);
	} else
		cms = parse_cms(p, n, 0);
	free(p);
	ERR_clear_error();
	if (cms == NULL)
		return result_end(r, SIG_CORRUPT);
	if (fstat(content_fd, &st) < 0 ||
	    (content = sig_ranges_bio(content_fd, 0, st.st_size, 0, 0)) == NULL) {
		CMS_ContentInfo_free(cms);
		return result_end(r, SIG_IO);
	}
	why = verify_cms(t, cms, content, r);
	BIO_free(content);
	CMS_ContentInfo_free(cms);
	return result_end(r, why);
}
