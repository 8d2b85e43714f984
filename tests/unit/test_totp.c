/* Two-factor authentication: RFC 6238 vectors, the window and replay
 * rules, sealing of the secret, base32, recovery codes. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/conf.h"
#include "domain/totp.h"
#include "tap.h"

static const unsigned char rfc_key[] = "12345678901234567890";
#define RFC_KEYLEN 20

static const char *
code6(long long step)
{
	static char s[8];

	snprintf(s, sizeof(s), "%06d", totp_code(rfc_key, RFC_KEYLEN, step, 6));
	return s;
}

int
main(void)
{
	/* RFC 6238 Appendix B, SHA-1, 8 digits */
	static const struct { long long t; int code; } vec[] = {
		{ 59, 94287082 }, { 1111111109, 7081804 },
		{ 1111111111, 14050471 }, { 1234567890, 89005924 },
		{ 2000000000, 69279037 }, { 20000000000LL, 65353130 },
	};
	static const struct { const char *in, *out; } b32[] = {
		{ "", "" }, { "f", "MY" }, { "fo", "MZXQ" }, { "foo", "MZXW6" },
		{ "foob", "MZXW6YQ" }, { "fooba", "MZXW6YTB" },
		{ "foobar", "MZXW6YTBOI" },
	};
	struct config cfg, other;
	unsigned char sealed[TOTP_SEALED_MAX], back[TOTP_SEALED_MAX];
	unsigned char secret[TOTP_SECRET_LEN], h1[32], h2[32], h3[32];
	char out[64], code[RECOVERY_CODE_LEN + 1], code2[RECOVERY_CODE_LEN + 1];
	const time_t now = 1111111111;		/* step 37037037 */
	const long long step = 37037037;
	size_t i, n, blen;
	int bad;

	for (i = 0; i < sizeof(vec) / sizeof(vec[0]); i++)
		is_int(totp_code(rfc_key, RFC_KEYLEN, vec[i].t / 30, 8), vec[i].code,
		    "RFC 6238 T=%lld, 8 digits", vec[i].t);
	is_int(totp_code(rfc_key, RFC_KEYLEN, 1, 6), 287082,
	    "6 digits are the last 6 of the truncated value");
	is_int(totp_code(rfc_key, RFC_KEYLEN, 0, 6), 755224,
	    "RFC 4226 Appendix D, counter 0");
	is_int(totp_code(rfc_key, RFC_KEYLEN, 1, 5), -1, "5 digits refused");
	is_int(totp_code(rfc_key, RFC_KEYLEN, 1, 9), -1, "9 digits refused");

	/* the window: now-1, now, now+1 */
	is_int(totp_check(rfc_key, RFC_KEYLEN, code6(step), now, 0), step,
	    "the current step is accepted");
	is_int(totp_check(rfc_key, RFC_KEYLEN, code6(step - 1), now, 0), step - 1,
	    "one step behind is accepted");
	is_int(totp_check(rfc_key, RFC_KEYLEN, code6(step + 1), now, 0), step + 1,
	    "one step ahead is accepted");
	is_int(totp_check(rfc_key, RFC_KEYLEN, code6(step - 2), now, 0), -1,
	    "two steps behind is refused");
	is_int(totp_check(rfc_key, RFC_KEYLEN, code6(step + 2), now, 0), -1,
	    "two steps ahead is refused");
	/* a code works once */
	is_int(totp_check(rfc_key, RFC_KEYLEN, code6(step), now, step), -1,
	    "the step already used is refused (replay)");
	is_int(totp_check(rfc_key, RFC_KEYLEN, code6(step - 1), now, step), -1,
	    "an older step than the last used is refused");
	is_int(totp_check(rfc_key, RFC_KEYLEN, code6(step + 1), now, step), step + 1,
	    "a later step than the last used is accepted");
	/* what a person types */
	is_int(totp_check(rfc_key, RFC_KEYLEN, "287 082", 59, 0), 1,
	    "spaces inside the code are ignored");
	is_int(totp_check(rfc_key, RFC_KEYLEN, " 287082 ", 59, 0), 1,
	    "spaces around the code are ignored");
	is_int(totp_check(rfc_key, RFC_KEYLEN, "28708a", 59, 0), -1, "a letter refused");
	is_int(totp_check(rfc_key, RFC_KEYLEN, "28708", 59, 0), -1, "5 digits refused");
	is_int(totp_check(rfc_key, RFC_KEYLEN, "2870820", 59, 0), -1, "7 digits refused");
	is_int(totp_check(rfc_key, RFC_KEYLEN, "94287082", 59, 0), -1,
	    "the 8-digit form refused");
	is_int(totp_check(rfc_key, RFC_KEYLEN, "", 59, 0), -1, "empty refused");
	is_int(totp_check(rfc_key, RFC_KEYLEN, "-28708", 59, 0), -1, "a sign refused");
	is_int(totp_check(rfc_key, RFC_KEYLEN, "287082", 59, 0), 1,
	    "the same code is accepted (the refusals above are for the input)");

	/* sealing */
	memset(&cfg, 0, sizeof(cfg));
	memset(&other, 0, sizeof(other));
	for (i = 0; i < 48; i++) {
		cfg.secret[i] = (unsigned char)(i * 7 + 3);
		other.secret[i] = (unsigned char)(i * 7 + 4);
	}
	cfg.secret_len = other.secret_len = 48;
	for (i = 0; i < sizeof(secret); i++)
		secret[i] = (unsigned char)(0xa0 + i);
	ok(totp_seal(&cfg, secret, sizeof(secret), sealed, &n) == 0 &&
	    n <= TOTP_SEALED_MAX, "seal: fits TOTP_SEALED_MAX (%zu bytes)", n);
	for (bad = 0, i = 0; i + sizeof(secret) <= n; i++)
		if (memcmp(sealed + i, secret, sizeof(secret)) == 0)
			bad++;
	is_int(bad, 0, "the sealed form does not contain the secret");
	ok(totp_unseal(&cfg, sealed, n, back, &blen) == 0 &&
	    blen == sizeof(secret) && memcmp(back, secret, blen) == 0,
	    "unseal gives the secret back");
	{
		unsigned char s2[TOTP_SEALED_MAX];
		size_t n2;

		ok(totp_seal(&cfg, secret, sizeof(secret), s2, &n2) == 0 &&
		    n2 == n && memcmp(s2, sealed, n) != 0,
		    "two seals of the same secret differ (random nonce)");
	}
	for (bad = 0, i = 0; i < n; i++) {
		sealed[i] ^= 0x01;
		if (totp_unseal(&cfg, sealed, n, back, &blen) == 0)
			bad++;
		sealed[i] ^= 0x01;
	}
	is_int(bad, 0, "a change to any byte of the sealed form is refused");
	ok(totp_unseal(&cfg, sealed, n - 1, back, &blen) < 0, "a truncated seal is refused");
	ok(totp_unseal(&other, sealed, n, back, &blen) < 0,
	    "another site secret cannot unseal");
	other.secret_len = 0;
	ok(totp_seal(&other, secret, sizeof(secret), back, &blen) < 0,
	    "no site secret: seal refuses");
	ok(totp_seal(&cfg, secret, TOTP_SEALED_MAX, back, &blen) < 0,
	    "a secret too long to fit is refused");

	/* base32 (RFC 4648 section 10, without padding) */
	for (i = 0; i < sizeof(b32) / sizeof(b32[0]); i++) {
		totp_base32((const unsigned char *)b32[i].in, strlen(b32[i].in), out);
		is_str(out, b32[i].out, "base32 \"%s\"", b32[i].in);
	}
	totp_base32(secret, sizeof(secret), out);
	is_int(strlen(out), 32, "a 20-byte secret is 32 base32 letters");

	/* recovery codes */
	recovery_code_new(code);
	recovery_code_new(code2);
	for (bad = 0, i = 0; i < RECOVERY_CODE_LEN; i++)
		if (i == 4 || i == 9 ? code[i] != '-' :
		    strchr("abcdefghjkmnpqrstuvwxyz23456789", code[i]) == NULL ||
		    code[i] == '\0')
			bad++;
	ok(strlen(code) == RECOVERY_CODE_LEN && bad == 0,
	    "recovery code has the form xxxx-xxxx-xxxx: %s", code);
	ok(strcmp(code, code2) != 0, "two recovery codes differ");
	ok(recovery_code_hash(&cfg, code, h1) == 0, "a new code hashes");
	ok(recovery_code_hash(&cfg, "ABCD-EFGH-JKMN", h1) == 0 &&
	    recovery_code_hash(&cfg, "abcd efgh jkmn", h2) == 0 &&
	    recovery_code_hash(&cfg, "abcdefghjkmn", h3) == 0 &&
	    memcmp(h1, h2, 32) == 0 && memcmp(h1, h3, 32) == 0,
	    "case, spaces and dashes do not matter");
	ok(recovery_code_hash(&cfg, "abcd-efgh-jkmp", h2) == 0 &&
	    memcmp(h1, h2, 32) != 0, "another code, another hash");
	other.secret_len = 48;
	ok(recovery_code_hash(&other, "abcd-efgh-jkmn", h2) == 0 &&
	    memcmp(h1, h2, 32) != 0, "the hash is keyed by the site secret");
	is_int(recovery_code_hash(&cfg, "abcd-efgh-jkm", h2), -1, "11 letters refused");
	is_int(recovery_code_hash(&cfg, "abcd-efgh-jkmnp", h2), -1, "13 letters refused");
	is_int(recovery_code_hash(&cfg, "abcd-efgh-jkm0", h2), -1, "0 is not in the alphabet");
	is_int(recovery_code_hash(&cfg, "abcd-efgh-jklm", h2), -1, "l is not in the alphabet");
	is_int(recovery_code_hash(&cfg, "abcd_efgh_jkmn", h2), -1, "other separators refused");
	is_int(recovery_code_hash(&cfg, "", h2), -1, "empty refused");
	other.secret_len = 0;
	is_int(recovery_code_hash(&other, "abcd-efgh-jkmn", h2), -1,
	    "no site secret: refused");
	return done_testing();
}
