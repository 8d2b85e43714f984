/* Level-4 signatures: every case of the test PKI (tests/tools/pki.c)
 * gives its reason, the signer is reported, the trust store and CRL
 * options behave as documented, broken input never passes, and a 30 MB
 * PDF is verified in flat memory. */
#include "config.h"
#define _GNU_SOURCE 1	/* memmem */

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include "core/buf.h"
#include "core/cs.h"
#include "core/util.h"
#include "domain/signature.h"
#include "../tools/pki.h"
#include "tap.h"

static char dir[] = "/tmp/dvc-sig-XXXXXX";

static const char *
in_dir(const char *name)
{
	static char path[2][512];
	static int k;

	k ^= 1;
	snprintf(path[k], sizeof(path[k]), "%s/%s", dir, name);
	return path[k];
}

static int
verify_file(const struct sig_trust *t, const char *file, const char *content,
    struct sig_result *r)
{
	int fd, cfd, rc;

	if ((fd = open(in_dir(file), O_RDONLY)) < 0) {
		memset(r, 0, sizeof(*r));
		r->reason = SIG__MAX;
		return -2;
	}
	if (content == NULL)
		rc = sig_verify_pdf(t, fd, r);
	else {
		if ((cfd = open(in_dir(content), O_RDONLY)) < 0) {
			close(fd);
			r->reason = SIG__MAX;
			return -2;
		}
		rc = sig_verify_detached(t, fd, cfd, r);
		close(cfd);
	}
	close(fd);
	return rc;
}

static void
copy_prefix(const char *from, const char *to, off_t n)
{
	char buf[4096];
	ssize_t k;
	int a = open(from, O_RDONLY), b = open(to, O_WRONLY | O_CREAT | O_TRUNC, 0600);

	while (a >= 0 && b >= 0 && n > 0 &&
	    (k = read(a, buf, n < (off_t)sizeof(buf) ? (size_t)n : sizeof(buf))) > 0) {
		if (write(b, buf, (size_t)k) != k)
			break;
		n -= k;
	}
	if (a >= 0)
		close(a);
	if (b >= 0)
		close(b);
}

/* The cases of the manifest, with CRLs configured. */
static void
manifest_cases(const struct sig_trust *t)
{
	json_error_t jerr;
	json_t *m, *cases, *c;
	struct sig_result r;
	const char *file, *content, *reason, *signer, *serial;
	size_t i;
	int rc;

	m = json_load_file(in_dir("manifest.json"), 0, &jerr);
	ok(m != NULL, "manifest.json is JSON: %s", m ? "" : jerr.text);
	cases = json_object_get(m, "cases");
	ok(json_array_size(cases) >= 20, "manifest lists the cases (%zu)",
	    json_array_size(cases));
	json_array_foreach(cases, i, c) {
		file = json_string_value(json_object_get(c, "file"));
		content = json_string_value(json_object_get(c, "content"));
		reason = json_string_value(json_object_get(c, "reason"));
		signer = json_string_value(json_object_get(c, "signer"));
		serial = json_string_value(json_object_get(c, "serial"));
		if (file == NULL || reason == NULL) {
			ok(0, "case %zu has file and reason", i);
			continue;
		}
		rc = verify_file(t, file, content, &r);
		is_str(sig_reason_name(r.reason), reason, "%s: %s", file, reason);
		is_int(rc, strcmp(reason, "SIG_OK") == 0 ? 0 : -1,
		    "%s: return value says valid or not", file);
		is_int(r.valid, strcmp(reason, "SIG_OK") == 0, "%s: valid flag", file);
		is_str(sig_reason_key(r.reason),
		    json_string_value(json_object_get(c, "key")), "%s: message key", file);
		/* who signed is shown even when the signature is refused */
		if (signer && r.reason != SIG_CORRUPT && r.reason != SIG_NONE &&
		    strcmp(file, "adbe-sha1.pdf") && strcmp(file, "gap.pdf")) {
			is_str(r.signer, signer, "%s: signer named", file);
			is_str(r.serial, serial, "%s: serial", file);
		}
	}
	json_decref(m);
}

static void
check_qpdf(void)
{
	static const char *const pdfs[] = { "good.pdf", "cades.pdf",
	    "two-signatures.pdf", "appended.pdf", "modified.pdf", "gap.pdf",
	    "unsigned.pdf", "expired.pdf" };
	char cmd[1024];
	size_t i;
	int rc;

	if (system("command -v qpdf >/dev/null 2>&1") != 0) {
		ok(1, "# SKIP qpdf not installed");
		return;
	}
	for (i = 0; i < NELEM(pdfs); i++) {
		snprintf(cmd, sizeof(cmd), "qpdf --check '%s' >/dev/null 2>&1",
		    in_dir(pdfs[i]));
		rc = system(cmd);
		is_int(rc, 0, "qpdf --check %s: a well-formed PDF, no warnings", pdfs[i]);
	}
}

/* Every byte the signer signed (the /ByteRange, all the file but the
 * /Contents string): no single changed byte may leave it valid. Inside
 * /Contents a few envelope fields are not signed and change nothing
 * (a version number, a string type in the signer's issuer, a NULL
 * parameter); the meaningful ones have their own cases: corrupt.pdf, and
 * the content type below. (XOR 0x20 is left out: it turns a hex digit of
 * /Contents from "a" to "A", the same value.) */
static void
mutations(const struct sig_trust *t)
{
	unsigned char rnd[4], c;
	struct sig_result r;
	struct stat st;
	off_t at;
	int i, fd, bad = 0;

	off_t gap0 = 0, gap1 = 0;

	if (stat(in_dir("good.pdf"), &st) < 0)
		return;
	{
		/* the /Contents string: bytes [gap0, gap1) */
		char *all = malloc((size_t)st.st_size + 1), *br;
		long long ra, rb, rc, rd;
		FILE *f = fopen(in_dir("good.pdf"), "rb");

		if (all && f && fread(all, 1, (size_t)st.st_size, f) == (size_t)st.st_size) {
			all[st.st_size] = '\0';
			for (br = all; br < all + st.st_size && (br = memmem(br,
			    (size_t)(all + st.st_size - br), "/ByteRange", 10)) != NULL; br++)
				if (sscanf(br, "/ByteRange [%lld %lld %lld %lld]", &ra, &rb, &rc, &rd) == 4) {
					gap0 = (off_t)rb;
					gap1 = (off_t)rc;
					break;
				}
		}
		if (f)
			fclose(f);
		free(all);
	}
	ok(gap1 > gap0, "the signature's place in good.pdf");
	for (i = 0; i < 300; i++) {
		copy_prefix(in_dir("good.pdf"), in_dir("mut.pdf"), st.st_size);
		random_bytes(rnd, sizeof(rnd));
		at = (off_t)(((unsigned)rnd[0] << 16 | (unsigned)rnd[1] << 8 | rnd[2]) %
		    (unsigned)(st.st_size - (gap1 - gap0)));
		if (at >= gap0)
			at += gap1 - gap0;	/* signed bytes only */
		if (rnd[3] == 0 || rnd[3] == 0x20)
			rnd[3] = 1;
		if ((fd = open(in_dir("mut.pdf"), O_RDWR)) < 0)
			continue;
		if (pread(fd, &c, 1, at) == 1) {
			c ^= rnd[3];
			if (pwrite(fd, &c, 1, at) != 1)
				bad++;
		}
		close(fd);
		if (verify_file(t, "mut.pdf", NULL, &r) == 0) {
			printf("# byte %lld ^ 0x%02x still valid\n", (long long)at, rnd[3]);
			bad++;
		}
	}
	is_int(bad, 0, "no one-byte change of a signed byte of good.pdf is valid (300 tries)");
	{
		/* the content type of the envelope (id-data, the first OID of
		 * its kind in /Contents) is not covered by the signature, yet
		 * says what was signed: changed, the signature is refused */
		static const char oid[] = "06092a864886f70d010701";
		char *all = malloc((size_t)st.st_size + 1), *hit;
		FILE *f = fopen(in_dir("good.pdf"), "rb");
		int done = 0;

		if (all && f && fread(all, 1, (size_t)st.st_size, f) == (size_t)st.st_size &&
		    (hit = memmem(all + gap0, (size_t)(gap1 - gap0), oid, sizeof(oid) - 1)) != NULL) {
			FILE *w;

			hit[sizeof(oid) - 5] = 'b';	/* ...0107 01 -> ...010b 01 */
			if ((w = fopen(in_dir("mut.pdf"), "wb")) != NULL) {
				done = fwrite(all, 1, (size_t)st.st_size, w) == (size_t)st.st_size;
				done = fclose(w) == 0 && done;
			}
		}
		if (f)
			fclose(f);
		free(all);
		ok(done && verify_file(t, "mut.pdf", NULL, &r) != 0 && r.reason == SIG_CORRUPT,
		    "a changed content type in the envelope: refused as corrupt");
	}
}

/* Random sequences of PDF tokens around signature-looking dictionaries:
 * the lexer neither crashes (see the ASan build) nor finds a valid one. */
static void
token_soup(const struct sig_trust *t)
{
	static const char *const tok[] = { "<<", ">>", "[", "]", "/ByteRange",
	    "/Contents", "/SubFilter", "/adbe.pkcs7.detached", "/Type", "/Sig",
	    "/DocTimeStamp", "0", "12", "-3", "99999999999999999999", "<3082>",
	    "<", ">", "(", ")", "(a\\)b)", "%c\n", "stream\n", "endstream",
	    "obj", "endobj", "R", "/B#79teRange", "<00>", "1 0 R", " ", "\n" };
	struct sig_result r;
	struct buf b = BUF_INIT;
	unsigned char rnd[200];
	int i, j, fd, bad = 0;

	for (i = 0; i < 200; i++) {
		random_bytes(rnd, sizeof(rnd));
		buf_reset(&b);
		buf_adds(&b, "%PDF-1.7\n");
		for (j = 0; j < (int)sizeof(rnd); j++) {
			buf_adds(&b, tok[rnd[j] % NELEM(tok)]);
			buf_addc(&b, ' ');
		}
		if ((fd = open(in_dir("soup.pdf"), O_WRONLY | O_CREAT | O_TRUNC, 0600)) < 0)
			continue;
		if (write(fd, b.s, b.len) != (ssize_t)b.len)
			bad++;
		close(fd);
		if (verify_file(t, "soup.pdf", NULL, &r) == 0)
			bad++;
	}
	buf_free(&b);
	is_int(bad, 0, "token soup never verifies (200 files)");
}

/* Each reason has its message, in Vietnamese and in English. */
static void
check_messages(void)
{
	static const char *const langs[] = { "vi", "en" };
	const char *top = getenv("top_srcdir");
	char path[1024], key[64];
	const char *v;
	size_t l;
	int i, missing;
	NEOERR *e;
	HDF *h;

	for (l = 0; l < NELEM(langs); l++) {
		snprintf(path, sizeof(path), "%s/templates/lang/%s.hdf",
		    top ? top : ".", langs[l]);
		if ((e = hdf_init(&h)) != STATUS_OK) {
			nerr_ignore(&e);
			continue;
		}
		missing = 0;
		if ((e = hdf_read_file(h, path)) != STATUS_OK) {
			nerr_ignore(&e);
			missing = 1;
		}
		for (i = 0; i < SIG__MAX && !missing; i++) {
			snprintf(key, sizeof(key), "Lang.Sig.%s",
			    sig_reason_key((enum sig_reason)i));
			v = hdf_get_value(h, key, NULL);
			if (v == NULL || strlen(v) < 20) {
				printf("# %s: no %s\n", path, key);
				missing++;
			}
		}
		is_int(missing, 0, "%s.hdf has a message for every reason", langs[l]);
		hdf_destroy(&h);
	}
	is_str(sig_reason_name(SIG_EXPIRED), "SIG_EXPIRED", "reason names for logs");
	is_str(sig_reason_name(SIG__MAX), "SIG_UNKNOWN", "an out-of-range reason");
}

static long
maxrss_kb(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

int
main(void)
{
	struct sig_trust *t, *tplain, *tself, *tdir;
	struct sig_result r;
	char err[512], sub[600];
	struct stat st;
	long before, after;
	X509_CRL *c1, *c2;
	X509 *x;
	FILE *f;
	off_t cut;
	int fd, i, rc, bad;

	err[0] = '\0';
	if (mkdtemp(dir) == NULL)
		return 99;
	ok(pki_make(dir, err, sizeof(err)) == 0, "test PKI made: %s", err);

	/* trust stores */
	t = sig_trust_load(in_dir("root.pem"), in_dir("crl.pem"), err, sizeof(err));
	ok(t != NULL, "trust store with CRLs loads: %s", t ? "" : err);
	tplain = sig_trust_load(in_dir("root.pem"), NULL, err, sizeof(err));
	ok(tplain != NULL, "trust store without CRLs loads");
	tself = sig_trust_load(in_dir("selfsigned.pem"), "", err, sizeof(err));
	ok(tself != NULL, "a self-signed signer can itself be configured as a root");
	ok(sig_trust_load("/nonexistent/roots.pem", NULL, err, sizeof(err)) == NULL &&
	    strstr(err, "/nonexistent/roots.pem") != NULL, "missing store named: %s", err);
	ok(sig_trust_load(in_dir("content.txt"), NULL, err, sizeof(err)) == NULL,
	    "a file without certificates refused: %s", err);
	ok(sig_trust_load(in_dir("root.pem"), in_dir("content.txt"), err,
	    sizeof(err)) == NULL && strstr(err, "CRLFile") != NULL,
	    "a CRL file without CRLs refused: %s", err);
	/* a folder of roots, here one DER .cer, no c_rehash */
	snprintf(sub, sizeof(sub), "%s/trust", dir);
	mkdir(sub, 0700);
	x = NULL;
	if ((f = fopen(in_dir("root.pem"), "r")) != NULL) {
		x = PEM_read_X509(f, NULL, NULL, NULL);
		fclose(f);
	}
	if (x && (f = fopen(in_dir("trust/root.cer"), "wb")) != NULL) {
		i2d_X509_fp(f, x);
		fclose(f);
	}
	X509_free(x);
	copy_prefix(in_dir("content.txt"), in_dir("trust/README"), 100);
	tdir = sig_trust_load(sub, NULL, err, sizeof(err));
	ok(tdir != NULL, "a folder of DER roots loads, other files ignored: %s",
	    tdir ? "" : err);
	rmdir(in_dir("trust/empty"));
	mkdir(in_dir("trust/empty"), 0700);
	ok(sig_trust_load(in_dir("trust/empty"), NULL, err, sizeof(err)) == NULL,
	    "an empty folder refused: %s", err);
	rmdir(in_dir("trust/empty"));
	if (t == NULL || tplain == NULL || tself == NULL || tdir == NULL)
		return done_testing() | 1;

	/* every case of the manifest */
	manifest_cases(t);

	/* what is shown for a good signature */
	rc = verify_file(t, "good.pdf", NULL, &r);
	is_int(rc, 0, "good.pdf valid");
	is_str(r.signer, PKI_SIGNER, "signer's name in UTF-8");
	is_str(r.serial, PKI_SIGNER_SERIAL, "serial in hex");
	is_str(r.issuer, "dvc Test Sub CA", "issuer");
	is_str(r.digest, "SHA-256", "digest");
	ok(r.signed_at > time(NULL) - 3600 && r.signed_at <= time(NULL) + 60,
	    "signing time from the signed attributes (%lld)", r.signed_at);
	is_int(r.count, 1, "one signature");
	verify_file(t, "two-signatures.pdf", NULL, &r);
	is_int(r.count, 2, "two signatures found and both verified");
	ok(r.valid, "two signatures: the second covers the whole file");
	verify_file(t, "appended.pdf", NULL, &r);
	is_str(r.signer, PKI_SIGNER, "a not-covered file still names its signer");
	verify_file(t, "unsigned.pdf", NULL, &r);
	is_int(r.count, 0, "no signature: count 0");

	/* options of the trust store */
	is_int(verify_file(tplain, "revoked.pdf", NULL, &r), 0,
	    "without a CRL file the revoked signer is not detected (documented)");
	is_int(verify_file(tdir, "good.pdf", NULL, &r), 0, "roots from a folder work");
	is_int(verify_file(tself, "self-signed.pdf", NULL, &r), 0,
	    "self-signed signer accepted when it is a configured root");
	is_int(verify_file(tself, "content-self-signed.p7s", "content.txt", &r), 0,
	    "... also for a detached signature");
	verify_file(tself, "good.pdf", NULL, &r);
	is_str(sig_reason_name(r.reason), "SIG_UNTRUSTED",
	    "the national roots are not implied");
	/* only the intermediate's CRL: the intermediate itself cannot be
	 * checked, which must not pass */
	c1 = c2 = NULL;
	if ((f = fopen(in_dir("crl.pem"), "r")) != NULL) {
		c1 = PEM_read_X509_CRL(f, NULL, NULL, NULL);
		c2 = PEM_read_X509_CRL(f, NULL, NULL, NULL);
		fclose(f);
	}
	if (c2 && (f = fopen(in_dir("crl-inter.pem"), "w")) != NULL) {
		PEM_write_X509_CRL(f, c2);
		fclose(f);
	}
	X509_CRL_free(c1);
	X509_CRL_free(c2);
	{
		struct sig_trust *tpart = sig_trust_load(in_dir("root.pem"),
		    in_dir("crl-inter.pem"), err, sizeof(err));

		ok(tpart != NULL, "a CRL file with one CRL loads");
		if (tpart) {
			verify_file(tpart, "good.pdf", NULL, &r);
			is_str(sig_reason_name(r.reason), "SIG_REVOCATION_UNKNOWN",
			    "no CRL for the intermediate: revocation unknown, not valid");
			sig_trust_free(tpart);
		}
	}

	/* no prefix of a signed PDF passes, and none crashes */
	stat(in_dir("good.pdf"), &st);
	bad = 0;
	for (i = 0; i < 40; i++) {
		cut = st.st_size * i / 40 + (i % 7);
		copy_prefix(in_dir("good.pdf"), in_dir("cut.pdf"), cut);
		if (verify_file(t, "cut.pdf", NULL, &r) == 0)
			bad++;
	}
	copy_prefix(in_dir("good.pdf"), in_dir("cut.pdf"), st.st_size - 1);
	if (verify_file(t, "cut.pdf", NULL, &r) == 0)
		bad++;
	is_int(bad, 0, "no truncated copy of good.pdf is valid");
	/* random bytes, as a PDF and as a .p7s */
	bad = 0;
	for (i = 0; i < 20; i++) {
		unsigned char junk[2048];

		random_bytes(junk, sizeof(junk));
		if ((fd = open(in_dir("junk"), O_WRONLY | O_CREAT | O_TRUNC, 0600)) >= 0) {
			if (write(fd, junk, sizeof(junk)) != (ssize_t)sizeof(junk))
				bad++;
			close(fd);
		}
		if (verify_file(t, "junk", NULL, &r) == 0 ||
		    verify_file(t, "junk", "content.txt", &r) == 0)
			bad++;
	}
	is_int(bad, 0, "random bytes never verify");
	verify_file(t, "junk", NULL, &r);
	is_str(sig_reason_name(r.reason), "SIG_NONE", "random bytes: no signature");

	mutations(t);
	token_soup(t);
	check_qpdf();
	check_messages();

	/* 30 MB, verified in chunks: peak memory grows by far less */
	err[0] = '\0';
	ok(pki_big_pdf(dir, "big.pdf", 30LL * 1024 * 1024, err, sizeof(err)) == 0,
	    "30 MB signed PDF made: %s", err);
	before = maxrss_kb();
	rc = verify_file(t, "big.pdf", NULL, &r);
	after = maxrss_kb();
	is_int(rc, 0, "30 MB signed PDF valid (%s)", sig_reason_name(r.reason));
	ok(after - before < 4096, "peak memory grew by %ld kB verifying 30 MB "
	    "(peak before: %ld kB)", after - before, before);
	unlink(in_dir("big.pdf"));

	sig_trust_free(t);
	sig_trust_free(tplain);
	sig_trust_free(tself);
	sig_trust_free(tdir);
	if (tap_fail == 0) {
		snprintf(sub, sizeof(sub), "rm -rf '%s'", dir);
		if (system(sub) != 0)
			printf("# could not remove %s\n", dir);
	} else
		printf("# files kept in %s\n", dir);
	return done_testing();
}
