/* The test PKI and signed files. See pki.h.
 *
 * The PDFs are written by hand, object by object, with a correct xref
 * table (qpdf --check passes), a /Sig dictionary whose /ByteRange and
 * /Contents are fixed-width placeholders, then patched in place: the
 * ranges first, then the CMS signature over them, as a signing tool
 * does. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "core/buf.h"
#include "core/util.h"
#include "domain/signature.h"
#include "pki.h"

#define HEXLEN 16384	/* /Contents placeholder: 8 kB of DER */
#define DAY 1L

struct ident {
	X509 *cert;
	EVP_PKEY *key;
};

struct pki {
	const char *dir;
	struct ident root, inter, good, expired, notyet, self, revoked,
	    other_root, stranger, weak, badusage;
	STACK_OF(X509) *chain;		/* the intermediate, sent in each CMS */
	struct buf manifest;
	int ncases;
	char *err;
	size_t errsz;
};

static int
fail(struct pki *p, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(p->err, p->errsz, fmt, ap);
	va_end(ap);
	return -1;
}

static int
add_ext(X509 *x, X509 *issuer, int nid, const char *value)
{
	X509V3_CTX ctx;
	X509_EXTENSION *e;
	int ok;

	X509V3_set_ctx(&ctx, issuer, x, NULL, NULL, 0);
	if ((e = X509V3_EXT_conf_nid(NULL, &ctx, nid, value)) == NULL)
		return -1;
	ok = X509_add_ext(x, e, -1);
	X509_EXTENSION_free(e);
	return ok == 1 ? 0 : -1;
}

/* A certificate for key named cn, issued by issuer (NULL: self-signed),
 * valid from `from` to `to` days from now. */
static int
mkcert(struct ident *id, const char *cn, long serial, int rsa_bits,
    const struct ident *issuer, long from, long to, int ca, const char *ku)
{
	X509_NAME *nm;
	X509 *x;

	id->key = rsa_bits ? EVP_RSA_gen((unsigned)rsa_bits) : EVP_EC_gen("P-256");
	if (id->key == NULL || (x = X509_new()) == NULL)
		return -1;
	id->cert = x;
	nm = X509_NAME_new();
	if (X509_set_version(x, 2) != 1 ||
	    ASN1_INTEGER_set(X509_get_serialNumber(x), serial) != 1 ||
	    X509_time_adj_ex(X509_getm_notBefore(x), (int)from, 0, NULL) == NULL ||
	    X509_time_adj_ex(X509_getm_notAfter(x), (int)to, 0, NULL) == NULL ||
	    X509_set_pubkey(x, id->key) != 1 || nm == NULL ||
	    X509_NAME_add_entry_by_txt(nm, "C", MBSTRING_UTF8,
	    (const unsigned char *)"VN", -1, -1, 0) != 1 ||
	    X509_NAME_add_entry_by_txt(nm, "O", MBSTRING_UTF8,
	    (const unsigned char *)"dvc test PKI", -1, -1, 0) != 1 ||
	    X509_NAME_add_entry_by_txt(nm, "CN", MBSTRING_UTF8,
	    (const unsigned char *)cn, -1, -1, 0) != 1 ||
	    X509_set_subject_name(x, nm) != 1 ||
	    X509_set_issuer_name(x, issuer ? X509_get_subject_name(issuer->cert) : nm) != 1) {
		X509_NAME_free(nm);
		return -1;
	}
	X509_NAME_free(nm);
	if (add_ext(x, issuer ? issuer->cert : x, NID_basic_constraints,
	    ca ? "critical,CA:TRUE" : "critical,CA:FALSE") < 0 ||
	    add_ext(x, issuer ? issuer->cert : x, NID_key_usage, ku) < 0 ||
	    add_ext(x, issuer ? issuer->cert : x, NID_subject_key_identifier, "hash") < 0 ||
	    add_ext(x, issuer ? issuer->cert : x, NID_authority_key_identifier,
	    "keyid:always") < 0)
		return -1;
	if (X509_sign(x, issuer ? issuer->key : id->key, EVP_sha256()) <= 0)
		return -1;
	return 0;
}

static void
ident_free(struct ident *id)
{
	X509_free(id->cert);
	EVP_PKEY_free(id->key);
}

static X509_CRL *
mkcrl(const struct ident *ca, const long *serials, size_t n)
{
	X509_CRL *crl = X509_CRL_new();
	ASN1_TIME *t = X509_time_adj_ex(NULL, 0, -3600, NULL);
	ASN1_TIME *next = X509_time_adj_ex(NULL, 30, 0, NULL);
	X509_REVOKED *rv;
	ASN1_INTEGER *sn;
	size_t i;
	int ok;

	ok = crl && t && next && X509_CRL_set_version(crl, 1) == 1 &&
	    X509_CRL_set_issuer_name(crl, X509_get_subject_name(ca->cert)) == 1 &&
	    X509_CRL_set1_lastUpdate(crl, t) == 1 &&
	    X509_CRL_set1_nextUpdate(crl, next) == 1;
	for (i = 0; ok && i < n; i++) {
		rv = X509_REVOKED_new();
		sn = ASN1_INTEGER_new();
		ok = rv && sn && ASN1_INTEGER_set(sn, serials[i]) == 1 &&
		    X509_REVOKED_set_serialNumber(rv, sn) == 1 &&
		    X509_REVOKED_set_revocationDate(rv, t) == 1 &&
		    X509_CRL_add0_revoked(crl, rv) == 1;
		ASN1_INTEGER_free(sn);
		if (!ok)
			X509_REVOKED_free(rv);
	}
	ok = ok && X509_CRL_sort(crl) == 1 &&
	    X509_CRL_sign(crl, ca->key, EVP_sha256()) > 0;
	ASN1_TIME_free(t);
	ASN1_TIME_free(next);
	if (!ok) {
		X509_CRL_free(crl);
		return NULL;
	}
	return crl;
}

static int
path_of(const struct pki *p, const char *name, char *out, size_t outsz)
{
	return (size_t)snprintf(out, outsz, "%s/%s", p->dir, name) < outsz ? 0 : -1;
}

static int
write_file(struct pki *p, const char *name, const void *data, size_t n)
{
	char path[4096];
	FILE *f;
	int ok;

	if (path_of(p, name, path, sizeof(path)) < 0 || (f = fopen(path, "wb")) == NULL)
		return fail(p, "%s/%s: %s", p->dir, name, strerror(errno));
	ok = fwrite(data, 1, n, f) == n;
	if (fclose(f) != 0 || !ok)
		return fail(p, "%s: write failed", path);
	return 0;
}

/* cert (and key) as PEM under name.pem / name.key */
static int
save_ident(struct pki *p, const char *name, const struct ident *id)
{
	char path[4096];
	FILE *f;
	int ok;

	snprintf(path, sizeof(path), "%s/%s.pem", p->dir, name);
	if ((f = fopen(path, "w")) == NULL)
		return fail(p, "%s: %s", path, strerror(errno));
	ok = PEM_write_X509(f, id->cert) == 1;
	fclose(f);
	snprintf(path, sizeof(path), "%s/%s.key", p->dir, name);
	if (!ok || (f = fopen(path, "w")) == NULL)
		return fail(p, "%s: cannot write", path);
	ok = PEM_write_PrivateKey(f, id->key, NULL, NULL, 0, NULL, NULL) == 1;
	fclose(f);
	return ok ? 0 : fail(p, "%s: cannot write", path);
}

static int
load_ident(struct pki *p, const char *name, struct ident *id)
{
	char path[4096];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s.pem", p->dir, name);
	if ((f = fopen(path, "r")) == NULL)
		return fail(p, "%s: %s", path, strerror(errno));
	id->cert = PEM_read_X509(f, NULL, NULL, NULL);
	fclose(f);
	snprintf(path, sizeof(path), "%s/%s.key", p->dir, name);
	if ((f = fopen(path, "r")) == NULL)
		return fail(p, "%s: %s", path, strerror(errno));
	id->key = PEM_read_PrivateKey(f, NULL, NULL, NULL);
	fclose(f);
	return id->cert && id->key ? 0 : fail(p, "%s: unreadable", name);
}

/* A detached CMS signature of whatever data gives, as DER. */
static int
cms_sign(const struct ident *id, STACK_OF(X509) *chain, const EVP_MD *md,
    BIO *data, unsigned char **der, int *len)
{
	const int fl = CMS_DETACHED | CMS_BINARY | CMS_NOSMIMECAP;
	CMS_ContentInfo *cms;
	int ok;

	*der = NULL;
	if ((cms = CMS_sign(NULL, NULL, chain, NULL, fl | CMS_PARTIAL)) == NULL)
		return -1;
	ok = CMS_add1_signer(cms, id->cert, id->key, md, fl) != NULL &&
	    CMS_final(cms, data, NULL, fl) == 1 &&
	    (*len = i2d_CMS_ContentInfo(cms, der)) > 0;
	CMS_ContentInfo_free(cms);
	return ok ? 0 : -1;
}

/* ---- PDF writing --------------------------------------------------- */

struct pw {
	int fd;
	long long pos;
	long long obj[12];	/* offsets by object number */
	int err;
	/* where the placeholders and the visible text are */
	long long br_off, c_off, text_off, xref;
};

static void
pw_put(struct pw *w, const void *s, size_t n)
{
	const char *c = s;
	ssize_t k;

	while (n > 0 && !w->err) {
		if ((k = write(w->fd, c, n)) <= 0) {
			w->err = 1;
			return;
		}
		c += k;
		n -= (size_t)k;
		w->pos += k;
	}
}

static void __attribute__((format(printf, 2, 3)))
pw_printf(struct pw *w, const char *fmt, ...)
{
	struct buf b = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&b, fmt, ap);
	va_end(ap);
	pw_put(w, b.s, b.len);
	buf_free(&b);
}

static void
pw_obj(struct pw *w, int n)
{
	w->obj[n] = w->pos;
	pw_printf(w, "%d 0 obj\n", n);
}

/* The signature dictionary with its two placeholders. */
static void
pw_sig(struct pw *w, int n, const char *subfilter, const char *who)
{
	pw_obj(w, n);
	pw_printf(w, "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /%s\n"
	    "/ByteRange ", subfilter);
	w->br_off = w->pos;
	pw_printf(w, "[0 0000000000 0000000000 0000000000]\n/Contents ");
	w->c_off = w->pos;
	pw_put(w, "<", 1);
	{
		char zeros[1024];

		memset(zeros, '0', sizeof(zeros));
		for (int i = 0; i < HEXLEN / (int)sizeof(zeros); i++)
			pw_put(w, zeros, sizeof(zeros));
	}
	pw_printf(w, ">\n/M (D:20260101080000+07'00') /Name (%s) "
	    "/Reason (Ky ho so muc do 4) >>\nendobj\n", who);
}

static void
pw_xref(struct pw *w, const int *nums, int n, int size, long long prev)
{
	int i;

	w->xref = w->pos;
	pw_printf(w, "xref\n0 1\n0000000000 65535 f \n");
	for (i = 0; i < n; i++)
		pw_printf(w, "%d 1\n%010lld 00000 n \n", nums[i], w->obj[nums[i]]);
	pw_printf(w, "trailer\n<< /Size %d /Root 1 0 R", size);
	if (prev >= 0)
		pw_printf(w, " /Prev %lld", prev);
	pw_printf(w, " >>\nstartxref\n%lld\n%%%%EOF\n", w->xref);
}

/* The one-page document; signed adds the AcroForm, the widget (5) and
 * the /Sig dictionary (7). filler adds that many bytes of comment lines
 * to the page's content stream. */
static void
pw_document(struct pw *w, int signed_, const char *subfilter, long long filler)
{
	static const char text[] =
	    "BT /F1 18 Tf 72 770 Td (Don de nghi - ho so muc do 4) Tj ET\n";
	static const int nums[] = { 1, 2, 3, 4, 5, 6, 7 };
	char line[64];
	long long left;

	pw_printf(w, "%%PDF-1.7\n%%\xe2\xe3\xcf\xd3\n");
	pw_obj(w, 1);
	if (signed_)
		pw_printf(w, "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields "
		    "[5 0 R] /SigFlags 3 >> >>\nendobj\n");
	else
		pw_printf(w, "<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
	pw_obj(w, 2);
	pw_printf(w, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
	pw_obj(w, 3);
	pw_printf(w, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
	    "/Contents 4 0 R /Resources << /Font << /F1 6 0 R >> >>%s >>\nendobj\n",
	    signed_ ? " /Annots [5 0 R]" : "");
	pw_obj(w, 4);
	pw_printf(w, "<< /Length %lld >>\nstream\n", (long long)sizeof(text) - 1 + filler);
	w->text_off = w->pos + (strchr(text, ')') - text) - 1;	/* "muc do 4" */
	pw_put(w, text, sizeof(text) - 1);
	memset(line, 'x', sizeof(line));
	line[0] = '%';
	line[sizeof(line) - 1] = '\n';
	for (left = filler; left > 0; left -= (long long)sizeof(line))
		pw_put(w, line, left < (long long)sizeof(line) ? (size_t)left : sizeof(line));
	pw_printf(w, "\nendstream\nendobj\n");
	pw_obj(w, 5);
	if (signed_)
		pw_printf(w, "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Chu ky 1) "
		    "/Rect [0 0 0 0] /F 132 /P 3 0 R /V 7 0 R >>\nendobj\n");
	else
		pw_printf(w, "null\nendobj\n");
	pw_obj(w, 6);
	pw_printf(w, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n");
	if (signed_)
		pw_sig(w, 7, subfilter, "Nguyen Van An");
	else {
		pw_obj(w, 7);
		pw_printf(w, "null\nendobj\n");
	}
	pw_xref(w, nums, 7, 8, -1);
}

static int
put_at(int fd, long long off, const void *s, size_t n)
{
	return pwrite(fd, s, n, (off_t)off) == (ssize_t)n ? 0 : -1;
}

/* Patches the ByteRange at w->br_off and signs the ranges into the
 * /Contents at w->c_off. gap_extra > 0 makes the first range end that
 * many bytes early: a signature that leaves bytes unsigned. der_cut > 0
 * writes only that many bytes of the DER (a corrupt signature). */
static int
pw_sign(struct pw *w, const struct ident *id, STACK_OF(X509) *chain,
    const EVP_MD *md, long long gap_extra, int der_cut)
{
	long long b = w->c_off - gap_extra, c = w->c_off + HEXLEN + 2;
	long long d = w->pos - c;
	unsigned char *der = NULL;
	char br[64], *hex;
	BIO *data;
	int len, rc;

	snprintf(br, sizeof(br), "[0 %010lld %010lld %010lld]", b, c, d);
	if (put_at(w->fd, w->br_off, br, strlen(br)) < 0 ||
	    (data = sig_ranges_bio(w->fd, 0, (off_t)b, (off_t)c, (off_t)d)) == NULL)
		return -1;
	rc = cms_sign(id, chain, md, data, &der, &len);
	BIO_free(data);
	if (rc < 0 || len * 2 > HEXLEN) {
		OPENSSL_free(der);
		return -1;
	}
	if (der_cut > 0 && der_cut < len)
		len = der_cut;
	hex = xmalloc((size_t)len * 2 + 1);
	hex_encode(der, (size_t)len, hex);
	rc = put_at(w->fd, w->c_off + 1, hex, (size_t)len * 2);
	free(hex);
	OPENSSL_free(der);
	return rc;
}

/* An incremental update: a second widget (9) and /Sig (8), the catalog
 * and page listing both. */
static void
pw_second_sig(struct pw *w)
{
	static const int nums[] = { 1, 3, 8, 9 };
	long long prev = w->xref;

	pw_put(w, "\n", 1);
	pw_obj(w, 1);
	pw_printf(w, "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields "
	    "[5 0 R 9 0 R] /SigFlags 3 >> >>\nendobj\n");
	pw_obj(w, 3);
	pw_printf(w, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
	    "/Contents 4 0 R /Resources << /Font << /F1 6 0 R >> >> "
	    "/Annots [5 0 R 9 0 R] >>\nendobj\n");
	pw_obj(w, 9);
	pw_printf(w, "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Chu ky 2) "
	    "/Rect [0 0 0 0] /F 132 /P 3 0 R /V 8 0 R >>\nendobj\n");
	pw_sig(w, 8, "ETSI.CAdES.detached", "Can bo tiep nhan");
	pw_xref(w, nums, 4, 10, prev);
}

/* An incremental update after signing: a new content stream on the
 * page, which the signature does not cover. */
static void
pw_append_change(struct pw *w)
{
	static const char text[] = "BT /F1 18 Tf 72 700 Td (Sua sau khi ky) Tj ET\n";
	static const int nums[] = { 3, 8 };
	long long prev = w->xref;

	pw_obj(w, 8);
	pw_printf(w, "<< /Length %d >>\nstream\n%s\nendstream\nendobj\n",
	    (int)sizeof(text) - 1, text);
	pw_obj(w, 3);
	pw_printf(w, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
	    "/Contents [4 0 R 8 0 R] /Resources << /Font << /F1 6 0 R >> >> "
	    "/Annots [5 0 R] >>\nendobj\n");
	pw_xref(w, nums, 2, 9, prev);
}

enum pdf_kind { PDF_PLAIN, PDF_FLIP, PDF_APPEND, PDF_GAP, PDF_CORRUPT,
	PDF_TWO, PDF_UNSIGNED };

static int
open_out(struct pki *p, const char *name)
{
	char path[4096];
	int fd;

	if (path_of(p, name, path, sizeof(path)) < 0 ||
	    (fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644)) < 0)
		return fail(p, "%s/%s: %s", p->dir, name, strerror(errno));
	return fd;
}

static int
make_pdf(struct pki *p, const char *name, enum pdf_kind kind,
    const struct ident *id, const EVP_MD *md, const char *subfilter,
    long long filler)
{
	struct pw w;
	unsigned char c;
	int rc = 0;

	memset(&w, 0, sizeof(w));
	if ((w.fd = open_out(p, name)) < 0)
		return -1;
	pw_document(&w, kind != PDF_UNSIGNED, subfilter, filler);
	if (kind != PDF_UNSIGNED && !w.err)
		rc = pw_sign(&w, id, p->chain, md, kind == PDF_GAP ? 10 : 0,
		    kind == PDF_CORRUPT ? 200 : 0);
	if (kind == PDF_FLIP && rc == 0) {
		c = '5';	/* "muc do 4" becomes "muc do 5" */
		rc = put_at(w.fd, w.text_off, &c, 1);
	}
	if (kind == PDF_APPEND && rc == 0) {
		if (lseek(w.fd, 0, SEEK_END) < 0)
			rc = -1;
		pw_append_change(&w);
	}
	if (kind == PDF_TWO && rc == 0) {
		if (lseek(w.fd, 0, SEEK_END) < 0)
			rc = -1;
		pw_second_sig(&w);
		if (!w.err && rc == 0)
			rc = pw_sign(&w, id, p->chain, md, 0, 0);
	}
	if (close(w.fd) != 0 || w.err)
		rc = -1;
	return rc < 0 ? fail(p, "%s: cannot make the PDF", name) : 0;
}

/* ---- detached signatures ------------------------------------------- */

static int
make_p7s(struct pki *p, const char *name, const char *content,
    const struct ident *id, const EVP_MD *md, const char *pem)
{
	unsigned char *der = NULL;
	struct buf out = BUF_INIT;
	char *b64;
	BIO *data;
	size_t i, n;
	int len, rc;

	if ((data = BIO_new_mem_buf(content, (int)strlen(content))) == NULL)
		return -1;
	rc = cms_sign(id, p->chain, md, data, &der, &len);
	BIO_free(data);
	if (rc < 0)
		return fail(p, "%s: CMS_sign failed", name);
	if (pem == NULL)
		rc = write_file(p, name, der, (size_t)len);
	else {
		b64 = xmalloc(4 * ((size_t)len / 3 + 1) + 1);
		n = base64_encode(der, (size_t)len, b64);
		buf_printf(&out, "-----BEGIN %s-----\n", pem);
		for (i = 0; i < n; i += 64) {
			buf_add(&out, b64 + i, n - i < 64 ? n - i : 64);
			buf_addc(&out, '\n');
		}
		buf_printf(&out, "-----END %s-----\n", pem);
		rc = write_file(p, name, out.s, out.len);
		buf_free(&out);
		free(b64);
	}
	OPENSSL_free(der);
	return rc;
}

/* ---- manifest ------------------------------------------------------ */

static void
add_case(struct pki *p, const char *file, const char *content,
    enum sig_reason why, const struct ident *signer, int needs_crl)
{
	struct sig_result tmp;
	struct buf *m = &p->manifest;
	BIGNUM *bn;
	char *hex;

	buf_adds(m, p->ncases++ ? ",\n    " : "\n    ");
	buf_adds(m, "{ \"file\": ");
	buf_add_json_string(m, file);
	buf_printf(m, ", \"kind\": \"%s\"", content ? "p7s" : "pdf");
	if (content) {
		buf_adds(m, ", \"content\": ");
		buf_add_json_string(m, content);
	}
	buf_printf(m, ", \"reason\": \"%s\", \"key\": \"%s\"",
	    sig_reason_name(why), sig_reason_key(why));
	if (signer) {
		memset(&tmp, 0, sizeof(tmp));
		X509_NAME_get_text_by_NID(X509_get_subject_name(signer->cert),
		    NID_commonName, tmp.signer, sizeof(tmp.signer));
		buf_adds(m, ", \"signer\": ");
		buf_add_json_string(m, tmp.signer);
		bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(signer->cert), NULL);
		hex = bn ? BN_bn2hex(bn) : NULL;
		buf_adds(m, ", \"serial\": ");
		buf_add_json_string(m, hex ? hex : "");
		OPENSSL_free(hex);
		BN_free(bn);
	}
	buf_printf(m, ", \"crl\": %s }", needs_crl ? "true" : "false");
}

/* ---- the whole set ------------------------------------------------- */

static const char content_txt[] =
    "Đơn đề nghị cấp giấy phép xây dựng\nHồ sơ nộp trực tuyến mức độ 4.\n";
static const char other_txt[] =
    "Đơn đề nghị cấp giấy phép xây dựng\nHồ sơ nộp trực tuyến mức độ 3.\n";

static int
make_idents(struct pki *p)
{
	const char *ca_ku = "critical,keyCertSign,cRLSign";
	const char *sig_ku = "critical,digitalSignature,nonRepudiation";

	if (mkcert(&p->root, "dvc Test Root CA", 1, 2048, NULL, -1, 3650, 1, ca_ku) ||
	    mkcert(&p->inter, "dvc Test Sub CA", 2, 0, &p->root, -1, 3650, 1, ca_ku) ||
	    mkcert(&p->good, PKI_SIGNER, 0x1001, 2048, &p->inter, -1, 730, 0, sig_ku) ||
	    mkcert(&p->expired, "Trần Thị Bình", 0x1002, 0, &p->inter, -730, -1, 0, sig_ku) ||
	    mkcert(&p->notyet, "Lê Văn Cường", 0x1003, 0, &p->inter, 365, 730, 0, sig_ku) ||
	    mkcert(&p->self, "Phạm Thị Dung", 0x1004, 0, NULL, -1, 730, 0, sig_ku) ||
	    mkcert(&p->revoked, "Hoàng Văn Em", 0x1005, 0, &p->inter, -1, 730, 0, sig_ku) ||
	    mkcert(&p->other_root, "Other Root CA", 0x10, 0, NULL, -1, 3650, 1, ca_ku) ||
	    mkcert(&p->stranger, "Vũ Thị Giang", 0x1006, 0, &p->other_root, -1, 730, 0, sig_ku) ||
	    mkcert(&p->weak, "Đặng Văn Hùng", 0x1007, 1024, &p->inter, -1, 730, 0, sig_ku) ||
	    mkcert(&p->badusage, "Bùi Thị Lan", 0x1008, 0, &p->inter, -1, 730, 0,
	    "critical,keyEncipherment"))
		return fail(p, "cannot make the certificates");
	if ((p->chain = sk_X509_new_null()) == NULL ||
	    sk_X509_push(p->chain, p->inter.cert) <= 0)
		return fail(p, "out of memory");
	X509_up_ref(p->inter.cert);
	return 0;
}

static int
save_pki(struct pki *p)
{
	static const long revoked[] = { 0x1005 };
	X509_CRL *crl_root, *crl_inter;
	char path[4096];
	FILE *f;
	int ok;

	if (save_ident(p, "root", &p->root) || save_ident(p, "inter", &p->inter) ||
	    save_ident(p, "good", &p->good) || save_ident(p, "selfsigned", &p->self) ||
	    save_ident(p, "expired", &p->expired) ||
	    save_ident(p, "other-root", &p->other_root))
		return -1;
	crl_root = mkcrl(&p->root, NULL, 0);
	crl_inter = mkcrl(&p->inter, revoked, NELEM(revoked));
	snprintf(path, sizeof(path), "%s/crl.pem", p->dir);
	ok = crl_root && crl_inter && (f = fopen(path, "w")) != NULL;
	if (ok) {
		ok = PEM_write_X509_CRL(f, crl_root) == 1 &&
		    PEM_write_X509_CRL(f, crl_inter) == 1;
		ok = fclose(f) == 0 && ok;
	}
	X509_CRL_free(crl_root);
	X509_CRL_free(crl_inter);
	return ok ? 0 : fail(p, "%s: cannot write", path);
}

static int
make_files(struct pki *p)
{
	static const char *const det = "adbe.pkcs7.detached";
	const EVP_MD *sha256 = EVP_sha256(), *sha1 = EVP_sha1();
	unsigned char garbage[600];
	unsigned char *der = NULL;
	BIO *data;
	int len;

#define PDF(file, kind, id, md, sub, why, crl) do { \
		if (make_pdf(p, file, kind, id, md, sub, 0) < 0) \
			return -1; \
		add_case(p, file, NULL, why, kind == PDF_UNSIGNED ? NULL : id, crl); \
	} while (0)

	PDF("good.pdf", PDF_PLAIN, &p->good, sha256, det, SIG_OK, 0);
	PDF("cades.pdf", PDF_PLAIN, &p->good, sha256, "ETSI.CAdES.detached", SIG_OK, 0);
	PDF("two-signatures.pdf", PDF_TWO, &p->good, sha256, det, SIG_OK, 0);
	PDF("expired.pdf", PDF_PLAIN, &p->expired, sha256, det, SIG_EXPIRED, 0);
	PDF("not-yet-valid.pdf", PDF_PLAIN, &p->notyet, sha256, det, SIG_NOT_YET_VALID, 0);
	PDF("self-signed.pdf", PDF_PLAIN, &p->self, sha256, det, SIG_SELF_SIGNED, 0);
	PDF("revoked.pdf", PDF_PLAIN, &p->revoked, sha256, det, SIG_REVOKED, 1);
	PDF("untrusted.pdf", PDF_PLAIN, &p->stranger, sha256, det, SIG_UNTRUSTED, 0);
	PDF("sha1.pdf", PDF_PLAIN, &p->good, sha1, det, SIG_WEAK_DIGEST, 0);
	PDF("adbe-sha1.pdf", PDF_PLAIN, &p->good, sha256, "adbe.pkcs7.sha1", SIG_WEAK_DIGEST, 0);
	PDF("weak-key.pdf", PDF_PLAIN, &p->weak, sha256, det, SIG_WEAK_KEY, 0);
	PDF("bad-usage.pdf", PDF_PLAIN, &p->badusage, sha256, det, SIG_BAD_USAGE, 0);
	PDF("modified.pdf", PDF_FLIP, &p->good, sha256, det, SIG_MISMATCH, 0);
	PDF("appended.pdf", PDF_APPEND, &p->good, sha256, det, SIG_NOT_COVERED, 0);
	PDF("gap.pdf", PDF_GAP, &p->good, sha256, det, SIG_NOT_COVERED, 0);
	PDF("corrupt.pdf", PDF_CORRUPT, &p->good, sha256, det, SIG_CORRUPT, 0);
	PDF("unsigned.pdf", PDF_UNSIGNED, NULL, sha256, det, SIG_NONE, 0);
#undef PDF

	if (write_file(p, "content.txt", content_txt, sizeof(content_txt) - 1) ||
	    write_file(p, "other.txt", other_txt, sizeof(other_txt) - 1))
		return -1;
#define P7S(file, text, id, md, pem, why) do { \
		if (make_p7s(p, file, text, id, md, pem) < 0) \
			return -1; \
		add_case(p, file, "content.txt", why, id, 0); \
	} while (0)
	P7S("content.p7s", content_txt, &p->good, sha256, NULL, SIG_OK);
	P7S("content-cms.p7s", content_txt, &p->good, sha256, "CMS", SIG_OK);
	P7S("content-pkcs7.p7s", content_txt, &p->good, sha256, "PKCS7", SIG_OK);
	P7S("other.p7s", other_txt, &p->good, sha256, NULL, SIG_MISMATCH);
	P7S("content-sha1.p7s", content_txt, &p->good, sha1, NULL, SIG_WEAK_DIGEST);
	P7S("content-expired.p7s", content_txt, &p->expired, sha256, NULL, SIG_EXPIRED);
	P7S("content-self-signed.p7s", content_txt, &p->self, sha256, NULL, SIG_SELF_SIGNED);
#undef P7S
	/* a signature cut in the middle, and bytes that are no DER at all */
	if ((data = BIO_new_mem_buf(content_txt, (int)sizeof(content_txt) - 1)) == NULL ||
	    cms_sign(&p->good, p->chain, sha256, data, &der, &len) < 0) {
		BIO_free(data);
		return fail(p, "CMS_sign failed");
	}
	BIO_free(data);
	len = write_file(p, "truncated.p7s", der, (size_t)len / 2);
	OPENSSL_free(der);
	if (len < 0)
		return -1;
	add_case(p, "truncated.p7s", "content.txt", SIG_CORRUPT, NULL, 0);
	random_bytes(garbage, sizeof(garbage));
	garbage[0] = 0x30;	/* looks like a SEQUENCE, is not one */
	garbage[1] = 0x82;
	if (write_file(p, "garbage.p7s", garbage, sizeof(garbage)) < 0)
		return -1;
	add_case(p, "garbage.p7s", "content.txt", SIG_CORRUPT, NULL, 0);
	return 0;
}

static void
pki_free(struct pki *p)
{
	struct ident *all[] = { &p->root, &p->inter, &p->good, &p->expired,
	    &p->notyet, &p->self, &p->revoked, &p->other_root, &p->stranger,
	    &p->weak, &p->badusage };
	size_t i;

	for (i = 0; i < NELEM(all); i++)
		ident_free(all[i]);
	sk_X509_pop_free(p->chain, X509_free);
	buf_free(&p->manifest);
}

int
pki_make(const char *dir, char *err, size_t errsz)
{
	struct pki p;
	int rc = -1;

	memset(&p, 0, sizeof(p));
	p.dir = dir;
	p.err = err;
	p.errsz = errsz;
	if (mkdir(dir, 0755) < 0 && errno != EEXIST) {
		fail(&p, "%s: %s", dir, strerror(errno));
		goto out;
	}
	buf_adds(&p.manifest, "{ \"trust\": \"root.pem\", \"crl\": \"crl.pem\",\n"
	    "  \"self_root\": \"selfsigned.pem\",\n  \"cases\": [");
	if (make_idents(&p) || save_pki(&p) || make_files(&p))
		goto out;
	buf_adds(&p.manifest, "\n  ]\n}\n");
	rc = write_file(&p, "manifest.json", p.manifest.s, p.manifest.len);
out:
	pki_free(&p);
	ERR_clear_error();
	return rc;
}

int
pki_big_pdf(const char *dir, const char *name, long long bytes, char *err,
    size_t errsz)
{
	struct pki p;
	int rc = -1;

	memset(&p, 0, sizeof(p));
	p.dir = dir;
	p.err = err;
	p.errsz = errsz;
	if (load_ident(&p, "good", &p.good) || load_ident(&p, "inter", &p.inter))
		goto out;
	if ((p.chain = sk_X509_new_null()) == NULL ||
	    sk_X509_push(p.chain, p.inter.cert) <= 0)
		goto out;
	X509_up_ref(p.inter.cert);
	rc = make_pdf(&p, name, PDF_PLAIN, &p.good, EVP_sha256(),
	    "adbe.pkcs7.detached", bytes);
out:
	pki_free(&p);
	ERR_clear_error();
	return rc;
}
