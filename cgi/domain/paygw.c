/* Online payment gateways: see paygw.h. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <openssl/crypto.h>
#include <openssl/hmac.h>

#include "core/buf.h"
#include "core/util.h"
#include "domain/paygw.h"

static int
name_ok(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || n > PG_KEY_MAX)
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			return 0;
	return 1;
}

/* Decodes n bytes of s (form encoding) to out (room for n + 1): its
 * length, or -1 for a bad escape. */
static long
decode(const char *s, size_t n, char *out)
{
	size_t i, o = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '+')
			out[o++] = ' ';
		else if (s[i] == '%') {
			int h, l;

			if (i + 2 >= n)
				return -1;
			if ((h = hex_digit((unsigned char)s[i + 1])) < 0 ||
			    (l = hex_digit((unsigned char)s[i + 2])) < 0)
				return -1;
			out[o++] = (char)(h * 16 + l);
			i += 2;
		} else
			out[o++] = s[i];
	}
	out[o] = '\0';
	return (long)o;
}

/* valid UTF-8 without control characters */
static int
value_ok(const char *s, size_t n)
{
	size_t i;

	if (n > PG_VALUE_MAX || !utf8_valid(s, n))
		return 0;
	for (i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
			return 0;
	return 1;
}

enum pg_rc
pg_parse(const char *q, size_t n, struct pg_msg *m)
{
	size_t i = 0, used = 0;

	m->n = 0;
	if (n > PG_QUERY_MAX)
		return PG_MALFORMED;
	while (i < n) {
		const char *amp = memchr(q + i, '&', n - i);
		size_t end = amp ? (size_t)(amp - q) : n, eq;
		const char *e = memchr(q + i, '=', end - i);
		long kl, vl;
		char *k, *v;
		size_t j;

		if (e == NULL || m->n == PG_PARAMS_MAX)
			goto bad;
		eq = (size_t)(e - q);
		k = m->store + used;
		if ((kl = decode(q + i, eq - i, k)) < 0 || !name_ok(k, (size_t)kl))
			goto bad;
		used += (size_t)kl + 1;
		v = m->store + used;
		if ((vl = decode(q + eq + 1, end - eq - 1, v)) < 0 ||
		    !value_ok(v, (size_t)vl))
			goto bad;
		used += (size_t)vl + 1;
		for (j = 0; j < m->n; j++)
			if (strcmp(m->p[j].key, k) == 0)
				goto bad;	/* a parameter twice: which is signed? */
		m->p[m->n].key = k;
		m->p[m->n].value = v;
		m->n++;
		i = end + 1;
	}
	return PG_OK;
bad:
	m->n = 0;
	return PG_MALFORMED;
}

const char *
pg_get(const struct pg_msg *m, const char *key)
{
	size_t i;

	for (i = 0; i < m->n; i++)
		if (strcmp(m->p[i].key, key) == 0)
			return m->p[i].value;
	return NULL;
}

int
pg_add(struct pg_msg *m, const char *key, const char *value)
{
	size_t used = 0, kl = strlen(key), vl = strlen(value), i;

	for (i = 0; i < m->n; i++)
		used = (size_t)(m->p[i].value - m->store) + strlen(m->p[i].value) + 1;
	if (m->n == PG_PARAMS_MAX || used + kl + vl + 2 > sizeof(m->store))
		return -1;
	memcpy(m->store + used, key, kl + 1);
	memcpy(m->store + used + kl + 1, value, vl + 1);
	m->p[m->n].key = m->store + used;
	m->p[m->n].value = m->store + used + kl + 1;
	m->n++;
	return 0;
}

/* the gateways' form encoding of a value */
static void
encode(struct buf *b, const char *s)
{
	static const char hx[] = "0123456789ABCDEF";
	const unsigned char *p = (const unsigned char *)s;

	for (; *p; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || *p == '-' || *p == '_' || *p == '.')
			buf_addc(b, (char)*p);
		else if (*p == ' ')
			buf_addc(b, '+');
		else {
			buf_addc(b, '%');
			buf_addc(b, hx[*p >> 4]);
			buf_addc(b, hx[*p & 15]);
		}
	}
}

static int
cmp_param(const void *a, const void *b)
{
	return strcmp(((const struct pg_param *)a)->key, ((const struct pg_param *)b)->key);
}

static int
signed_key(const char *k)
{
	return strncmp(k, "vnp_", 4) == 0 && strcmp(k, "vnp_SecureHash") != 0 &&
	    strcmp(k, "vnp_SecureHashType") != 0;
}

/* m's parameters (those signed only, if sig) sorted, encoded; into out */
static void
joined(const struct pg_msg *m, int sig, struct buf *out)
{
	struct pg_param p[PG_PARAMS_MAX];
	size_t i, n = 0;

	for (i = 0; i < m->n; i++)
		if ((!sig || signed_key(m->p[i].key)) && *m->p[i].value)
			p[n++] = m->p[i];
	qsort(p, n, sizeof(p[0]), cmp_param);
	for (i = 0; i < n; i++) {
		if (i)
			buf_addc(out, '&');
		encode(out, p[i].key);
		buf_addc(out, '=');
		encode(out, p[i].value);
	}
}

void
pg_canonical(const struct pg_msg *m, struct buf *out)
{
	joined(m, 1, out);
}

void
pg_sign(const void *key, size_t keylen, const char *s, size_t len, char out[129])
{
	unsigned char mac[64];
	unsigned int ml = sizeof(mac);
	size_t i;

	if (HMAC(EVP_sha512(), key, (int)keylen, (const unsigned char *)s, len, mac,
	    &ml) == NULL)
		abort();
	hex_encode(mac, sizeof(mac), out);
	for (i = 0; i < 128; i++)	/* the gateways write it in lowercase */
		if (out[i] >= 'A' && out[i] <= 'F')
			out[i] = (char)(out[i] - 'A' + 'a');
	out[128] = '\0';
}

/* got (the message's vnp_SecureHash, either case, as gateways vary)
 * against the HMAC of the len bytes of str, in constant time */
static enum pg_rc
sig_check(const char *got, const char *str, size_t len, const void *key, size_t keylen)
{
	char want[129], low[129];
	size_t i;
	int ok;

	if (got == NULL || strlen(got) != 128)
		return got ? PG_BAD_SIGNATURE : PG_MALFORMED;
	for (i = 0; i < 128; i++)
		low[i] = (char)(got[i] >= 'A' && got[i] <= 'F' ? got[i] - 'A' + 'a' : got[i]);
	low[128] = '\0';
	pg_sign(key, keylen, str, len, want);
	ok = ct_equal(want, low, 128);
	OPENSSL_cleanse(want, sizeof(want));
	return ok ? PG_OK : PG_BAD_SIGNATURE;
}

enum pg_rc
pg_verify(const struct pg_msg *m, const void *key, size_t keylen)
{
	struct buf c = BUF_INIT;
	enum pg_rc rc;

	pg_canonical(m, &c);
	rc = sig_check(pg_get(m, "vnp_SecureHash"), c.s ? c.s : "", c.len, key, keylen);
	buf_free(&c);
	return rc;
}

void
pg_signed_query(const struct pg_msg *m, const void *key, size_t keylen, struct buf *out)
{
	struct buf c = BUF_INIT;
	char sig[129];

	pg_canonical(m, &c);
	pg_sign(key, keylen, c.s ? c.s : "", c.len, sig);
	buf_free(&c);
	joined(m, 0, out);
	buf_printf(out, "%svnp_SecureHash=%s", m->n ? "&" : "", sig);
}

/* copies value v of key into dst (cap bytes): 0, or -1 if absent or too
 * long */
static int
field(const struct pg_msg *m, const char *key, char *dst, size_t cap, int need)
{
	const char *v = pg_get(m, key);

	if (v == NULL)
		return need ? -1 : 0;
	if (strlen(v) >= cap)
		return -1;
	memcpy(dst, v, strlen(v) + 1);
	return 0;
}

enum pg_rc
pg_notice_read(const struct pg_msg *m, struct pg_notice *nt)
{
	const char *a = pg_get(m, "vnp_Amount");
	long long v = 0;
	size_t i;

	memset(nt, 0, sizeof(*nt));
	if (field(m, "vnp_TxnRef", nt->ref, sizeof(nt->ref), 1) ||
	    field(m, "vnp_TmnCode", nt->merchant, sizeof(nt->merchant), 1) ||
	    field(m, "vnp_ResponseCode", nt->response, sizeof(nt->response), 1) ||
	    field(m, "vnp_TransactionStatus", nt->status, sizeof(nt->status), 0) ||
	    field(m, "vnp_TransactionNo", nt->txn, sizeof(nt->txn), 0) ||
	    field(m, "vnp_CurrCode", nt->currency, sizeof(nt->currency), 0))
		return PG_MALFORMED;
	if (a == NULL || *a == '\0' || strlen(a) > 17)
		return PG_MALFORMED;
	for (i = 0; a[i]; i++) {
		if (a[i] < '0' || a[i] > '9')
			return PG_MALFORMED;
		v = v * 10 + (a[i] - '0');
	}
	if (v % 100 != 0)
		return PG_MALFORMED;	/* đồng have no cents */
	nt->amount = v / 100;
	if (nt->currency[0] == '\0')
		memcpy(nt->currency, "VND", 4);
	if (nt->status[0] == '\0')
		memcpy(nt->status, nt->response, sizeof(nt->status));
	nt->success = strcmp(nt->response, "00") == 0 && strcmp(nt->status, "00") == 0;
	nt->cancelled = strcmp(nt->response, "24") == 0;
	return PG_OK;
}

static const char *
url_platform(const char *configured, const char *base, struct buf *out)
{
	(void)base;
	buf_adds(out, configured);
	return buf_str(out);
}

/* the sandbox responder of this repository, beside the portal */
static const char *
url_sandbox(const char *configured, const char *base, struct buf *out)
{
	if (configured && *configured)
		buf_adds(out, configured);
	else
		buf_printf(out, "%s/cong-thanh-toan-thu/thanh-toan", base);
	return buf_str(out);
}

/* the sandbox's status query, beside its payment page */
static const char *
query_sandbox(const char *configured, const char *base, struct buf *out)
{
	if (configured && *configured)
		buf_adds(out, configured);
	else
		buf_printf(out, "%s/cong-thanh-toan-thu/truy-van", base);
	return buf_str(out);
}

static const struct pg_driver drivers[] = {
	{ "platform", url_platform, url_platform },
	{ "sandbox", url_sandbox, query_sandbox },
};

/* --- the status query ------------------------------------------------------------ */

static const char *const query_fields[] = {
	"vnp_RequestId", "vnp_Version", "vnp_Command", "vnp_TmnCode", "vnp_TxnRef",
	"vnp_TransactionDate", "vnp_CreateDate", "vnp_IpAddr", "vnp_OrderInfo", NULL,
};
static const char *const answer_fields[] = {
	"vnp_ResponseId", "vnp_Command", "vnp_ResponseCode", "vnp_Message", "vnp_TmnCode",
	"vnp_TxnRef", "vnp_Amount", "vnp_BankCode", "vnp_PayDate", "vnp_TransactionNo",
	"vnp_TransactionType", "vnp_TransactionStatus", "vnp_OrderInfo", "vnp_PromotionCode",
	"vnp_PromotionAmount", NULL,
};

/* kind's fields of m joined by '|' */
static void
piped(const struct pg_msg *m, enum pg_signed kind, struct buf *out)
{
	const char *const *f = kind == PG_SIGNED_QUERY ? query_fields : answer_fields;
	size_t i;

	for (i = 0; f[i]; i++) {
		const char *v = pg_get(m, f[i]);

		if (i)
			buf_addc(out, '|');
		buf_adds(out, v ? v : "");
	}
}

int
pg_sign_fields(struct pg_msg *m, enum pg_signed kind, const void *key, size_t keylen)
{
	struct buf s = BUF_INIT;
	char mac[129];

	piped(m, kind, &s);
	pg_sign(key, keylen, buf_str(&s), s.len, mac);
	buf_free(&s);
	return pg_add(m, "vnp_SecureHash", mac);
}

enum pg_rc
pg_verify_fields(const struct pg_msg *m, enum pg_signed kind, const void *key,
    size_t keylen)
{
	struct buf c = BUF_INIT;
	enum pg_rc rc;

	piped(m, kind, &c);
	rc = sig_check(pg_get(m, "vnp_SecureHash"), buf_str(&c), c.len, key, keylen);
	buf_free(&c);
	return rc;
}

enum pg_rc
pg_from_json(const char *s, size_t n, struct pg_msg *m)
{
	json_error_t err;
	json_t *o;
	const char *k;
	json_t *v;
	enum pg_rc rc = PG_OK;

	m->n = 0;
	if (n > PG_QUERY_MAX)
		return PG_MALFORMED;
	o = json_loadb(s, n, JSON_REJECT_DUPLICATES, &err);
	if (o == NULL)
		return PG_MALFORMED;
	if (!json_is_object(o) || json_object_size(o) > PG_PARAMS_MAX)
		rc = PG_MALFORMED;
	json_object_foreach(o, k, v) {
		char num[32];
		const char *val;

		if (rc != PG_OK)
			break;
		if (json_is_string(v))
			val = json_string_value(v);
		else if (json_is_integer(v)) {
			snprintf(num, sizeof(num), "%" JSON_INTEGER_FORMAT, json_integer_value(v));
			val = num;
		} else {
			rc = PG_MALFORMED;
			break;
		}
		if (!name_ok(k, strlen(k)) || !value_ok(val, strlen(val)) || pg_get(m, k) != NULL ||
		    pg_add(m, k, val) != 0)
			rc = PG_MALFORMED;
	}
	json_decref(o);
	if (rc != PG_OK)
		m->n = 0;
	return rc;
}

void
pg_to_json(const struct pg_msg *m, struct buf *out)
{
	json_t *o = json_object();
	char *s;
	size_t i;

	for (i = 0; i < m->n; i++)
		json_object_set_new(o, m->p[i].key, json_string(m->p[i].value));
	s = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS);
	buf_adds(out, s ? s : "{}");
	free(s);
	json_decref(o);
}

const struct pg_driver *
pg_driver(const char *name)
{
	size_t i;

	for (i = 0; name && i < sizeof(drivers) / sizeof(drivers[0]); i++)
		if (strcmp(drivers[i].name, name) == 0)
			return &drivers[i];
	return NULL;
}
