/* Two-factor authentication: time-based one-time passwords (RFC 6238:
 * HMAC-SHA-1, 30-second steps, 6 digits) and single-use recovery codes. */
#ifndef DVC_TOTP_H
#define DVC_TOTP_H

#include <stddef.h>
#include <time.h>

struct config;

#define TOTP_SECRET_LEN 20	/* bytes: 160 bits, as RFC 4226 advises */
#define TOTP_SEALED_MAX 80	/* bytes of a sealed secret */
#define RECOVERY_CODES 10
#define RECOVERY_CODE_LEN 14	/* "xxxx-xxxx-xxxx" */

/* The code for one time step (RFC 6238 with T0 = 0, X = 30), digits 6..8. */
int totp_code(const unsigned char *key, size_t keylen, long long step,
    int digits);
/* Checks a 6-digit code typed by a person (spaces allowed) against the
 * steps now-1, now, now+1; a step <= last_step is refused (a code works
 * once). Returns the matched step, or -1. */
long long totp_check(const unsigned char *key, size_t keylen,
    const char *code, time_t now, long long last_step);

/* Seals a secret for the database with AES-256-GCM under a key derived
 * from Security.SecretFile; unseal checks the tag. Return 0 or -1. */
int totp_seal(const struct config *cfg, const unsigned char *secret,
    size_t len, unsigned char *out, size_t *outlen);
int totp_unseal(const struct config *cfg, const unsigned char *in,
    size_t inlen, unsigned char *secret, size_t *len);

/* RFC 4648 base32 without padding, for typing into an authenticator app;
 * out needs 8 * ((len + 4) / 5) + 1 bytes. */
void totp_base32(const unsigned char *secret, size_t len, char *out);

/* A new recovery code, "xxxx-xxxx-xxxx" from an alphabet without look-
 * alikes (out: RECOVERY_CODE_LEN + 1 bytes). */
void recovery_code_new(char *out);
/* HMAC-SHA-256 of the code as typed, after dropping spaces and dashes and
 * lowering case. Returns 0, or -1 if it cannot be a code. */
int recovery_code_hash(const struct config *cfg, const char *typed,
    unsigned char out[32]);

#endif
