/* Online payment gateways (issue 14, section 2): one interface, two
 * drivers, the signed protocol of the national payment platform and the
 * Vietnamese gateways (VNPay-style parameters vnp_*):
 *
 * - a payment starts with a signed redirect: the parameters sorted by
 *   key (bytes), each "key=value" with the value form-encoded (space
 *   '+', every byte outside A-Z a-z 0-9 - _ . as %XX, uppercase), empty
 *   values left out, joined by '&'; vnp_SecureHash = the lowercase hex of
 *   HMAC-SHA512 of that string with the merchant's secret;
 * - the gateway's server-to-server notification carries the same kind
 *   of parameters and signature, verified the same way over every vnp_
 *   parameter but vnp_SecureHash and vnp_SecureHashType. Only it marks a
 *   payment paid (domain/payment.c payment_notify); the browser's
 *   return only shows the state.
 *
 * Drivers: "platform" (the real gateway at Payment.Gateway.Url) and
 * "sandbox" (this repository's own gateway, the same protocol, for the
 * demo and the tests). The secret comes from Payment.Gateway.SecretFile,
 * never from the database, and is never logged.
 *
 * The parser of notifications reads untrusted bytes: it has a fuzz
 * harness (tests/fuzz/fuzz_paygw.c). */
#ifndef DVC_PAYGW_H
#define DVC_PAYGW_H

#include <stddef.h>

struct buf;

#define PG_PARAMS_MAX 40	/* parameters in one message */
#define PG_QUERY_MAX 4096	/* bytes of a notification's query */
#define PG_KEY_MAX 64		/* a parameter's name */
#define PG_VALUE_MAX 512	/* a parameter's decoded value */

/* One parameter, decoded. */
struct pg_param {
	const char *key, *value;
};

/* A message's parameters, decoded into store (owned). */
struct pg_msg {
	struct pg_param p[PG_PARAMS_MAX];
	size_t n;
	char store[PG_QUERY_MAX + PG_PARAMS_MAX * 2];
};

enum pg_rc {
	PG_OK = 0,
	PG_MALFORMED,		/* not a well-formed query, over a limit, a
				 * parameter twice, a required one missing */
	PG_BAD_SIGNATURE,	/* the signature does not verify */
};

/* Parses an application/x-www-form-urlencoded query of n bytes into m:
 * names of A-Z a-z 0-9 _ only, values valid UTF-8 without control
 * characters, each name once, within the limits above. PG_OK or
 * PG_MALFORMED (m then holds nothing to use). */
enum pg_rc pg_parse(const char *q, size_t n, struct pg_msg *m);
/* The value of key in m, or NULL. */
const char *pg_get(const struct pg_msg *m, const char *key);

/* The string the signature covers: m's parameters whose name starts with
 * "vnp_", but vnp_SecureHash and vnp_SecureHashType, sorted, encoded as
 * above, appended to out. */
void pg_canonical(const struct pg_msg *m, struct buf *out);
/* The lowercase hex HMAC-SHA512 of s (len bytes) with key: out[129]. */
void pg_sign(const void *key, size_t keylen, const char *s, size_t len, char out[129]);
/* Verifies m's vnp_SecureHash with key (constant time). PG_OK,
 * PG_MALFORMED (no signature) or PG_BAD_SIGNATURE. */
enum pg_rc pg_verify(const struct pg_msg *m, const void *key, size_t keylen);
/* Appends to m a parameter (copied into its store); 0, or -1 if full. */
int pg_add(struct pg_msg *m, const char *key, const char *value);
/* The signed query of m: every parameter encoded, sorted, then
 * vnp_SecureHash; appended to out. */
void pg_signed_query(const struct pg_msg *m, const void *key, size_t keylen,
    struct buf *out);

/* A notification as the payment domain reads it, after pg_verify. */
struct pg_notice {
	char ref[41];		/* vnp_TxnRef: our order reference */
	long long amount;	/* vnp_Amount / 100, in đồng */
	char currency[4];	/* vnp_CurrCode if given, else "VND" */
	char merchant[33];	/* vnp_TmnCode */
	char response[3];	/* vnp_ResponseCode: "00" success, "24" cancelled */
	char status[3];		/* vnp_TransactionStatus: "00" success */
	char txn[41];		/* vnp_TransactionNo: the gateway's number */
	int success;		/* both codes "00" */
	int cancelled;		/* response "24": the citizen cancelled */
};

/* Reads the fields of a verified message into *nt: PG_OK, or
 * PG_MALFORMED (a field missing, an amount that is not a whole number
 * of đồng times 100, a field too long). */
enum pg_rc pg_notice_read(const struct pg_msg *m, struct pg_notice *nt);

/* --- the status query (querydr), for payments left without a
 * notification (dvcctl payment reconcile) --------------------------------------
 *
 * A POST of a JSON object of string values to the gateway's API URL; the
 * answer is the same kind of object. Each is signed over some of its
 * fields' values, in a fixed order, joined by '|' (a field absent: empty),
 * with HMAC-SHA512 and the merchant's secret, in vnp_SecureHash:
 *   the query:  vnp_RequestId|vnp_Version|vnp_Command|vnp_TmnCode|
 *               vnp_TxnRef|vnp_TransactionDate|vnp_CreateDate|vnp_IpAddr|
 *               vnp_OrderInfo
 *   the answer: vnp_ResponseId|vnp_Command|vnp_ResponseCode|vnp_Message|
 *               vnp_TmnCode|vnp_TxnRef|vnp_Amount|vnp_BankCode|vnp_PayDate|
 *               vnp_TransactionNo|vnp_TransactionType|
 *               vnp_TransactionStatus|vnp_OrderInfo|vnp_PromotionCode|
 *               vnp_PromotionAmount
 * The answer's vnp_ResponseCode says how the query went ("00": found,
 * "91": no such transaction at the gateway); its vnp_TransactionStatus
 * how the payment went ("00" success, "01" not finished, else failed):
 * pg_notice_read reads it as a notification. */
enum pg_signed { PG_SIGNED_QUERY, PG_SIGNED_ANSWER };
/* The lowercase hex HMAC-SHA512 of kind's fields of m added to m as
 * vnp_SecureHash; 0, or -1 if m is full. */
int pg_sign_fields(struct pg_msg *m, enum pg_signed kind, const void *key, size_t keylen);
/* Verifies m's vnp_SecureHash over kind's fields (constant time). PG_OK,
 * PG_MALFORMED (none) or PG_BAD_SIGNATURE. */
enum pg_rc pg_verify_fields(const struct pg_msg *m, enum pg_signed kind, const void *key,
    size_t keylen);
/* A JSON object of n bytes (at most PG_QUERY_MAX) into m: string values
 * (integers are read as their digits), names and values as pg_parse
 * allows them, each name once. PG_OK or PG_MALFORMED. */
enum pg_rc pg_from_json(const char *s, size_t n, struct pg_msg *m);
/* m as a compact JSON object of strings, appended to out. */
void pg_to_json(const struct pg_msg *m, struct buf *out);

/* The drivers, behind one interface. */
struct pg_driver {
	const char *name;	/* "platform", "sandbox" */
	/* where the citizen pays: the configured URL of the real gateway,
	 * or the sandbox responder's (base: the portal's base URL) */
	const char *(*pay_url)(const char *configured, const char *base,
	    struct buf *out);
	/* where the status query goes: the configured API URL, or the
	 * sandbox's */
	const char *(*query_url)(const char *configured, const char *base,
	    struct buf *out);
};

/* The driver named name, or NULL. */
const struct pg_driver *pg_driver(const char *name);

#endif
