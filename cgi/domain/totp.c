#include "config.h"
/* STUB: replaced by the TOTP helper. */
#include "domain/totp.h"
int totp_code(const unsigned char *key, size_t keylen, long long step, int digits) { (void)key; (void)keylen; (void)step; (void)digits; return -1; }
long long totp_check(const unsigned char *key, size_t keylen, const char *code, time_t now, long long last_step) { (void)key; (void)keylen; (void)code; (void)now; (void)last_step; return -1; }
int totp_seal(const struct config *cfg, const unsigned char *secret, size_t len, unsigned char *out, size_t *outlen) { (void)cfg; (void)secret; (void)len; (void)out; (void)outlen; return -1; }
int totp_unseal(const struct config *cfg, const unsigned char *in, size_t inlen, unsigned char *secret, size_t *len) { (void)cfg; (void)in; (void)inlen; (void)secret; (void)len; return -1; }
void totp_base32(const unsigned char *secret, size_t len, char *out) { (void)secret; (void)len; *out = 0; }
void recovery_code_new(char *out) { *out = 0; }
int recovery_code_hash(const struct config *cfg, const char *typed, unsigned char out[32]) { (void)cfg; (void)typed; (void)out; return -1; }
