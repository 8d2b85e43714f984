/* Taking an uploaded file into a dossier: see intake.h. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "core/conf.h"
#include "core/log.h"
#include "core/upload.h"
#include "core/util.h"
#include "domain/filecheck.h"
#include "domain/intake.h"
#include "domain/signature.h"
#include "domain/store.h"

/* Per-process, loaded once by intake_start and only read afterwards:
 * libmagic's database and the trust store (see the responder's start
 * hook in core/request.h). */
static struct fc_ctx *fc;
static struct sig_trust *trust;
static struct fc_policy policy;

int
intake_start(const struct config *cfg, char *err, size_t errlen)
{
	const char *ca = cfg_str(cfg, "Signature.TrustStore");
	const char *crl = cfg_str(cfg, "Signature.CRLFile");

	if (intake_form_start(cfg, err, errlen) != 0)
		return -1;
	policy = fc_policy_default;
	policy.img_max_side = (unsigned long)cfg_int(cfg, "Upload.ImageMaxSide");
	policy.img_max_pixels = (unsigned long)cfg_int(cfg, "Upload.ImageMaxPixels");
	/* no trust store yet (a new install): signatures are reported as
	 * not checkable rather than the dossier pages not starting */
	if (*ca && access(ca, F_OK) != 0) {
		log_event(LOG_WARN_, "signature", "-", "trust_store_missing", ca, NULL);
		ca = "";
	}
	if (*ca) {
		char why[256];

		trust = sig_trust_load(ca, *crl ? crl : NULL, why, sizeof(why));
		if (trust == NULL) {
			snprintf(err, errlen, "khóa Signature.TrustStore: %s", why);
			return -1;
		}
	}
	return 0;
}

void
intake_name(const struct upload *u, char out[256])
{
	filename_display(u->filename ? u->filename : "", out, 256);
}

void
intake_typed_name(const char *name, const char *ext, char *out, size_t outsz)
{
	/* each detected type's extensions as people's systems write them;
	 * the first is the one added */
	static const char *const spellings[][4] = {
		{ "pdf" },
		{ "jpg", "jpeg", "jpe", "jfif" },
		{ "png" },
		{ "tif", "tiff" },
		{ "p7s" },
		{ "docx" },
		{ "odt" },
		{ "rtf" },
	};
	const char *const *alt = NULL;
	char stem[256], suffix[16];
	size_t n, i, k;

	if (outsz == 0)
		return;
	snprintf(stem, sizeof(stem), "%s", name);
	utf8_truncate_bytes(stem, sizeof(stem) - 1);
	n = strlen(stem);
	while (n > 0 && (stem[n - 1] == '.' || stem[n - 1] == ' '))
		stem[--n] = '\0';
	if (n == 0)
		n = (size_t)snprintf(stem, sizeof(stem), "tep-tin");
	/* what stays whole: the extension the name ends in, as written, or
	 * the one added */
	snprintf(suffix, sizeof(suffix), ".%s", ext);
	for (i = 0; i < NELEM(spellings); i++)
		if (strcmp(spellings[i][0], ext) == 0)
			alt = spellings[i];
	for (k = 0; alt != NULL && k < NELEM(spellings[0]) && alt[k] != NULL; k++) {
		size_t l = strlen(alt[k]);

		if (n > l && stem[n - l - 1] == '.' && strcasecmp(stem + n - l, alt[k]) == 0) {
			snprintf(suffix, sizeof(suffix), "%s", stem + n - l - 1);
			stem[n - l - 1] = '\0';
			break;
		}
	}
	if (strlen(suffix) + 1 >= outsz) {	/* no room for any of the name */
		snprintf(out, outsz, "%s", suffix + 1);
		return;
	}
	utf8_truncate_bytes(stem, outsz - 1 - strlen(suffix));
	snprintf(out, outsz, "%s%s", stem, suffix);
}

int
intake_is_signature(const struct upload *u)
{
	size_t n = u->filename ? strlen(u->filename) : 0;

	return n > 4 && strcasecmp(u->filename + n - 4, ".p7s") == 0;
}

static void
sig_copy(struct intake *r, const struct sig_result *s)
{
	r->sig_state = s->valid ? "valid" : "invalid";
	r->sig_reason = s->valid ? NULL : sig_reason_key(s->reason);
	snprintf(r->sig_signer, sizeof(r->sig_signer), "%s", s->signer);
	snprintf(r->sig_serial, sizeof(r->sig_serial), "%s", s->serial);
	snprintf(r->sig_issuer, sizeof(r->sig_issuer), "%s", s->issuer);
	r->sig_time = s->signed_at;
}

/* A refusal by signature: "Sig.<reason>". */
static void
refuse_sig(struct intake *r, const struct sig_result *s)
{
	snprintf(r->key, sizeof(r->key), "Sig.%s", sig_reason_key(s->reason));
	r->ok = 0;
}

static int judge_and_store(const struct config *cfg, struct upload *u,
    const struct fc_policy *pol, int level, struct intake *r);

int
intake_file(const struct config *cfg, struct upload *u, int level,
    int signed_fd, struct intake *r)
{
	memset(r, 0, sizeof(*r));
	intake_name(u, r->name);
	r->sig_state = "none";
	r->size = (long long)u->size;

	if (signed_fd >= 0) {
		/* a detached signature: nothing but a valid one is kept */
		struct sig_result s;

		r->is_p7s = 1;
		if (trust == NULL) {
			snprintf(r->key, sizeof(r->key), "Sig.NoTrust");
			return 0;
		}
		sig_verify_detached(trust, u->fd, signed_fd, &s);
		if (!s.valid) {
			refuse_sig(r, &s);
			return 0;
		}
		sig_copy(r, &s);
		snprintf(r->mime, sizeof(r->mime), "application/pkcs7-signature");
		snprintf(r->ext, sizeof(r->ext), "p7s");
		intake_typed_name(r->name, r->ext, r->name, sizeof(r->name));
		if (store_put(cfg, u->path, u->fd, r->sha256) != 0) {
			log_event(LOG_ERR_, "upload", "-", "store", strerror(errno), NULL);
			return -1;
		}
		r->ok = 1;
		return 0;
	}
	return judge_and_store(cfg, u, &policy, level, r);
}

/* The checks by content under pol, a level-4 dossier's PDF signature
 * (level: 0 for a form), then the store; r's name, size and sig_state
 * are set. Returns as intake_file. */
static int
judge_and_store(const struct config *cfg, struct upload *u, const struct fc_policy *pol,
    int level, struct intake *r)
{
	struct fc_result fr;
	char clean[PATH_MAX] = "";
	int cfd = -1, rc = -1;

	if ((cfd = quarantine_open(cfg, clean)) < 0)
		goto fault;
	if (filecheck(fc, u->fd, pol, cfd, &fr) != FC_OK) {
		if (fr.verdict == FC_IO)
			goto fault;
		snprintf(r->key, sizeof(r->key), "Upload.%s", fc_key(fr.verdict));
		log_event(LOG_INFO_, "upload", "-", "refused", fc_name(fr.verdict),
		    "mime", fr.mime, "detail", fr.detail, NULL);
		rc = 0;
		goto out;
	}
	snprintf(r->mime, sizeof(r->mime), "%s", fr.mime);
	snprintf(r->ext, sizeof(r->ext), "%s", fr.ext);
	intake_typed_name(r->name, r->ext, r->name, sizeof(r->name));
	/* signatures are what level 4 rests on; a level-3 dossier is scans,
	 * and its PDFs are not read a second time for them */
	if (strcmp(fr.ext, "pdf") == 0 && trust && level >= 4) {
		struct sig_result s;

		sig_verify_pdf(trust, u->fd, &s);
		if (s.reason != SIG_NONE) {
			if (!s.valid && level >= 4) {
				/* level 4 rests on the signature: a bad one is
				 * refused with its reason, not stored as if it
				 * proved something */
				refuse_sig(r, &s);
				rc = 0;
				goto out;
			}
			sig_copy(r, &s);
		}
	}
	if (fr.use_clean) {
		off_t end = lseek(cfd, 0, SEEK_END);

		if (end < 0 || store_put(cfg, clean, cfd, r->sha256) != 0)
			goto fault;
		r->size = (long long)end;
	} else if (store_put(cfg, u->path, u->fd, r->sha256) != 0)
		goto fault;
	r->ok = 1;
	rc = 0;
	goto out;
fault:
	log_event(LOG_ERR_, "upload", "-", "store", strerror(errno), NULL);
	rc = -1;
out:
	if (cfd >= 0)
		close(cfd);
	if (clean[0])
		unlink(clean);
	return rc;
}

int
intake_form_start(const struct config *cfg, char *err, size_t errlen)
{
	(void)cfg;
	if (fc == NULL && (fc = filecheck_init()) == NULL) {
		snprintf(err, errlen, "libmagic: không nạp được cơ sở dữ liệu kiểu tệp");
		return -1;
	}
	return 0;
}

int
intake_form(const struct config *cfg, struct upload *u, struct intake *r)
{
	memset(r, 0, sizeof(*r));
	intake_name(u, r->name);
	r->sig_state = "none";
	r->size = (long long)u->size;
	/* filecheck writes a clean copy of images only, which the forms'
	 * policy refuses; no signature is looked at (level 0) */
	return judge_and_store(cfg, u, &fc_policy_forms, 0, r);
}
