/* Time-based one-time passwords (RFC 6238 over RFC 4226) and recovery
 * codes. See totp.h. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "core/conf.h"
#include "core/util.h"
#include "domain/totp.h"

#define STEP_SECS 30
#define SEAL_VERSION 1
#define SEAL_NONCE 12
#define SEAL_TAG 16
#define SEAL_OVERHEAD (1 + SEAL_NONCE + SEAL_TAG)

/* No 0/o, 1/i/l: a code read from paper is typed right the first time. */
static const char recovery_alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
#define RECOVERY_CHARS 12

int
totp_code(const unsigned char *key, size_t keylen, long long step, int digits)
{
	static const long mod[] = { 1000000, 10000000, 100000000 };
	unsigned char msg[8], mac[EVP_MAX_MD_SIZE];
	unsigned int maclen = 0;
	unsigned long bin;
	unsigned off;
	int i;

	if (digits < 6 || digits > 8 || step < 0)
		return -1;
	for (i = 7; i >= 0; i--) {
		msg[i] = (unsigned char)(step & 0xff);
		step >>= 8;
	}
	if (HMAC(EVP_sha1(), key, (int)keylen, msg, sizeof(msg), mac,
	    &maclen) == NULL || maclen != 20)
		return -1;
	/* dynamic truncation (RFC 4226 section 5.3) */
	off = mac[19] & 0x0f;
	bin = ((unsigned long)(mac[off] & 0x7f) << 24) |
	    ((unsigned long)mac[off + 1] << 16) |
	    ((unsigned long)mac[off + 2] << 8) | mac[off + 3];
	OPENSSL_cleanse(mac, sizeof(mac));
	return (int)(bin % (unsigned long)mod[digits - 6]);
}

long long
totp_check(const unsigned char *key, size_t keylen, const char *code,
    time_t now, long long last_step)
{
	char typed[7], want[16];
	long long step, found = -1;
	size_t n = 0;
	int d, c, match;

	for (; *code; code++) {
		if (*code == ' ')
			continue;
		if (*code < '0' || *code > '9' || n == 6)
			return -1;
		typed[n++] = *code;
	}
	if (n != 6 || now < 0)
		return -1;
	typed[6] = '\0';
	/* All three steps are computed and compared whatever matches, so the
	 * time taken does not say which step (or how many digits) was right. */
	for (d = -1; d <= 1; d++) {
		step = (long long)(now / STEP_SECS) + d;
		if ((c = totp_code(key, keylen, step, 6)) < 0)
			continue;
		snprintf(want, sizeof(want), "%06d", c);
		match = ct_equal(typed, want, 6);
		if (match && step > last_step && found < 0)
			found = step;
	}
	OPENSSL_cleanse(want, sizeof(want));
	OPENSSL_cleanse(typed, sizeof(typed));
	return found;
}

/* The sealing key is derived, never the site secret itself, so the CSRF
 * MACs and the sealed secrets cannot be played against each other. */
static int
seal_key(const struct config *cfg, unsigned char key[32])
{
	static const char label[] = "totp-seal";

	if (cfg->secret_len == 0)
		return -1;
	hmac_sha256(cfg->secret, cfg->secret_len, label, sizeof(label) - 1, key);
	return 0;
}

int
totp_seal(const struct config *cfg, const unsigned char *secret, size_t len,
    unsigned char *out, size_t *outlen)
{
	unsigned char key[32];
	EVP_CIPHER_CTX *ctx;
	int n, rc = -1;

	if (len == 0 || len > TOTP_SEALED_MAX - SEAL_OVERHEAD ||
	    seal_key(cfg, key) < 0)
		return -1;
	out[0] = SEAL_VERSION;
	random_bytes(out + 1, SEAL_NONCE);
	if ((ctx = EVP_CIPHER_CTX_new()) == NULL)
		goto out;
	/* The version byte is authenticated data: it cannot be changed to
	 * make an old format read a new one. */
	if (EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, NULL, NULL) != 1 ||
	    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, SEAL_NONCE, NULL) != 1 ||
	    EVP_EncryptInit_ex(ctx, NULL, NULL, key, out + 1) != 1 ||
	    EVP_EncryptUpdate(ctx, NULL, &n, out, 1) != 1 ||
	    EVP_EncryptUpdate(ctx, out + 1 + SEAL_NONCE, &n, secret, (int)len) != 1 ||
	    (size_t)n != len ||
	    EVP_EncryptFinal_ex(ctx, out + 1 + SEAL_NONCE + len, &n) != 1 ||
	    n != 0 ||
	    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_GET_TAG, SEAL_TAG,
	    out + 1 + SEAL_NONCE + len) != 1)
		goto out;
	*outlen = len + SEAL_OVERHEAD;
	rc = 0;
out:
	EVP_CIPHER_CTX_free(ctx);
	OPENSSL_cleanse(key, sizeof(key));
	return rc;
}

int
totp_unseal(const struct config *cfg, const unsigned char *in, size_t inlen,
    unsigned char *secret, size_t *len)
{
	unsigned char key[32], tag[SEAL_TAG];
	EVP_CIPHER_CTX *ctx;
	size_t clen;
	int n, rc = -1;

	if (inlen <= SEAL_OVERHEAD || inlen > TOTP_SEALED_MAX ||
	    in[0] != SEAL_VERSION || seal_key(cfg, key) < 0)
		return -1;
	clen = inlen - SEAL_OVERHEAD;
	memcpy(tag, in + 1 + SEAL_NONCE + clen, SEAL_TAG);
	if ((ctx = EVP_CIPHER_CTX_new()) == NULL)
		goto out;
	if (EVP_DecryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, NULL, NULL) != 1 ||
	    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, SEAL_NONCE, NULL) != 1 ||
	    EVP_DecryptInit_ex(ctx, NULL, NULL, key, in + 1) != 1 ||
	    EVP_DecryptUpdate(ctx, NULL, &n, in, 1) != 1 ||
	    EVP_DecryptUpdate(ctx, secret, &n, in + 1 + SEAL_NONCE, (int)clen) != 1 ||
	    (size_t)n != clen ||
	    EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_TAG, SEAL_TAG, tag) != 1 ||
	    EVP_DecryptFinal_ex(ctx, secret + clen, &n) != 1) {
		/* a wrong tag: nothing of the plaintext is handed out */
		OPENSSL_cleanse(secret, clen);
		goto out;
	}
	*len = clen;
	rc = 0;
out:
	EVP_CIPHER_CTX_free(ctx);
	OPENSSL_cleanse(key, sizeof(key));
	return rc;
}

void
totp_base32(const unsigned char *secret, size_t len, char *out)
{
	static const char alpha[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
	unsigned long acc = 0;
	size_t i;
	int bits = 0;

	for (i = 0; i < len; i++) {
		acc = (acc << 8) | secret[i];
		bits += 8;
		while (bits >= 5) {
			*out++ = alpha[(acc >> (bits - 5)) & 0x1f];
			bits -= 5;
		}
	}
	if (bits > 0)
		*out++ = alpha[(acc << (5 - bits)) & 0x1f];
	*out = '\0';
}

void
recovery_code_new(char *out)
{
	const size_t na = sizeof(recovery_alphabet) - 1;
	unsigned char r;
	int i = 0;

	while (i < RECOVERY_CHARS) {
		random_bytes(&r, 1);
		/* reject the top of the byte range: every letter equally likely */
		if (r >= 256 - 256 % na)
			continue;
		if (i == 4 || i == 8)
			*out++ = '-';
		*out++ = recovery_alphabet[r % na];
		i++;
	}
	*out = '\0';
}

int
recovery_code_hash(const struct config *cfg, const char *typed,
    unsigned char out[32])
{
	static const char prefix[] = "recovery\n";
	char msg[sizeof(prefix) - 1 + RECOVERY_CHARS];
	size_t n = 0;
	char ch;

	if (cfg->secret_len == 0)
		return -1;
	for (; *typed; typed++) {
		ch = *typed;
		if (ch == ' ' || ch == '-')
			continue;
		if (ch >= 'A' && ch <= 'Z')
			ch = (char)(ch - 'A' + 'a');
		if (n == RECOVERY_CHARS ||
		    strchr(recovery_alphabet, ch) == NULL)
			return -1;
		msg[sizeof(prefix) - 1 + n++] = ch;
	}
	if (n != RECOVERY_CHARS)
		return -1;
	memcpy(msg, prefix, sizeof(prefix) - 1);
	hmac_sha256(cfg->secret, cfg->secret_len, msg, sizeof(msg), out);
	OPENSSL_cleanse(msg, sizeof(msg));
	return 0;
}
