/* The gateway protocol (domain/paygw.h): HMAC-SHA512 against RFC 4231
 * and against signatures computed outside this code (Python's
 * urllib.parse.quote_plus for the encoding, `openssl dgst -sha512 -hmac`
 * for the MAC: the commands are in the comments), the canonical string,
 * the signed redirect, the notification's parser, its checks and limits. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/buf.h"
#include "domain/paygw.h"
#include "tap.h"

#define KEY "DVCSECRETKEY0123456789ABCDEFGHIJ"

/* printf 'what do ya want for nothing?' | openssl dgst -sha512 -hmac Jefe */
#define RFC4231_2 "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758" \
	"bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"

/* the redirect of a payment: parameters sorted, values quote_plus'd,
 * then openssl dgst -sha512 -hmac KEY over the string */
#define START_CANON "vnp_Amount=10000000&vnp_Command=pay&vnp_CreateDate=20261207120000" \
	"&vnp_CurrCode=VND&vnp_IpAddr=127.0.0.1&vnp_Locale=vn&vnp_OrderInfo=N%E1%BB%99p+" \
	"ph%C3%AD+h%E1%BB%93+s%C6%A1+000.00.09.H34-261207-0001&vnp_OrderType=other" \
	"&vnp_ReturnUrl=http%3A%2F%2F127.0.0.1%3A8080%2Fthanh-toan%2Fket-qua%3Fx%3D1%26y%3D2" \
	"&vnp_TmnCode=DVCKT001&vnp_TxnRef=P12&vnp_Version=2.1.0"
#define START_SIG "64f7c2eb20d00278178c33a05e07fc0326686bec27c30b76c125c291b8239d5faf4d" \
	"3256e32ad884add5b4943ee65ebf974042aa60b4849cfbc9f8d9378f37ff"

/* a notification: the same way, '~' as %7E (PHP's urlencode) */
#define NOTE_CANON "vnp_Amount=10000000&vnp_BankCode=NCB&vnp_OrderInfo=N%E1%BB%99p+ph%C3%AD+%7E%2A" \
	"&vnp_PayDate=20261207120501&vnp_ResponseCode=00&vnp_TmnCode=DVCKT001" \
	"&vnp_TransactionNo=14226112&vnp_TransactionStatus=00&vnp_TxnRef=P12"
#define NOTE_SIG "096bd8f723a5d8edbddcd96da64af6375e24e6a724c3324a08cd356ac8cb93002e15" \
	"e0ce94fea23e6524d00f300bf0e52d5b5228dd9c77b55ee945d1641b66a0"

/* the status query and its answer: the fields' values joined by '|' in
 * their fixed order (an absent field: empty; the answer's string is
 * r1|querydr|00|QueryDR Success|DVCKT001|DVC12|10000000|NCB|
 * 20261207120501|14226112|01|00||| ), then
 * python3 -c 'import hmac,hashlib; print(hmac.new(KEY, S.encode(),
 * hashlib.sha512).hexdigest())' over the string */
#define QUERY_PIPED "0123456789abcdef0123456789abcdef|2.1.0|querydr|DVCKT001|DVC12|" \
	"20261207120000|20261207130000|127.0.0.1|Truy vấn giao dịch DVC12"
#define QUERY_SIG "73051efe859433568a99efe35815f4190f0b739d1295de5ae0868b2d27baf810aff5" \
	"c98f022a6f8a2f0c3935ba13bf0c0297e1ce82a2d21093964d53303aaf35"
#define ANSWER_JSON "{\"vnp_ResponseId\":\"r1\",\"vnp_Command\":\"querydr\"," \
	"\"vnp_ResponseCode\":\"00\",\"vnp_Message\":\"QueryDR Success\"," \
	"\"vnp_TmnCode\":\"DVCKT001\",\"vnp_TxnRef\":\"DVC12\",\"vnp_Amount\":10000000," \
	"\"vnp_BankCode\":\"NCB\",\"vnp_PayDate\":\"20261207120501\"," \
	"\"vnp_TransactionNo\":\"14226112\",\"vnp_TransactionType\":\"01\"," \
	"\"vnp_TransactionStatus\":\"00\",\"vnp_SecureHash\":\"1c76e2b741ca92385c32642b619149332ba" \
	"804a2cd370df89a0a8ae285d1ccae6ad8b1020d01707fa3ada2a3f9f4688014f38ac339499e7e9c84e40a7362a274\"}"

static enum pg_rc
parse_s(const char *q, struct pg_msg *m)
{
	return pg_parse(q, strlen(q), m);
}

int
main(void)
{
	static struct pg_msg m;
	struct pg_notice nt;
	struct buf b = BUF_INIT;
	char sig[129], q[8192];
	size_t i;

	pg_sign("Jefe", 4, "what do ya want for nothing?", 28, sig);
	is_str(sig, RFC4231_2, "HMAC-SHA512: RFC 4231 test case 2");

	/* the redirect: parameters given in any order */
	memset(&m, 0, sizeof(m));
	pg_add(&m, "vnp_Version", "2.1.0");
	pg_add(&m, "vnp_TxnRef", "P12");
	pg_add(&m, "vnp_TmnCode", "DVCKT001");
	pg_add(&m, "vnp_ReturnUrl", "http://127.0.0.1:8080/thanh-toan/ket-qua?x=1&y=2");
	pg_add(&m, "vnp_OrderType", "other");
	pg_add(&m, "vnp_OrderInfo", "Nộp phí hồ sơ 000.00.09.H34-261207-0001");
	pg_add(&m, "vnp_Locale", "vn");
	pg_add(&m, "vnp_IpAddr", "127.0.0.1");
	pg_add(&m, "vnp_CurrCode", "VND");
	pg_add(&m, "vnp_CreateDate", "20261207120000");
	pg_add(&m, "vnp_Command", "pay");
	pg_add(&m, "vnp_Amount", "10000000");
	pg_add(&m, "vnp_BankCode", "");	/* empty: left out */
	pg_canonical(&m, &b);
	is_str(buf_str(&b), START_CANON, "the canonical string: sorted, encoded, empty left out");
	buf_reset(&b);
	pg_signed_query(&m, KEY, strlen(KEY), &b);
	is_str(buf_str(&b), START_CANON "&vnp_SecureHash=" START_SIG,
	    "the signed redirect: the known signature");
	buf_reset(&b);

	/* the notification, as the gateway sends it: verified, read */
	snprintf(q, sizeof(q), "%s&vnp_SecureHashType=HmacSHA512&x=not+signed&vnp_SecureHash=%s",
	    NOTE_CANON, NOTE_SIG);
	is_int(parse_s(q, &m), PG_OK, "a notification parsed");
	is_str(pg_get(&m, "vnp_OrderInfo"), "Nộp phí ~*", "values decoded");
	is_str(pg_get(&m, "x"), "not signed", "'+' is a space");
	pg_canonical(&m, &b);
	is_str(buf_str(&b), NOTE_CANON, "signed: the vnp_ parameters but the hash's own");
	buf_reset(&b);
	is_int(pg_verify(&m, KEY, strlen(KEY)), PG_OK, "the known signature verifies");
	is_int(pg_notice_read(&m, &nt), PG_OK, "its fields read");
	ok(strcmp(nt.ref, "P12") == 0 && nt.amount == 100000 && strcmp(nt.merchant,
	    "DVCKT001") == 0 && strcmp(nt.currency, "VND") == 0 && nt.success &&
	    !nt.cancelled && strcmp(nt.txn, "14226112") == 0,
	    "order P12, 100.000 đồng, merchant, VND, success, the gateway's number");
	/* the signature in uppercase: the same */
	for (i = 0; q[i]; i++)
		;
	{
		char up[8192];
		char *h;

		snprintf(up, sizeof(up), "%s", q);
		h = strstr(up, "vnp_SecureHash=") + 15;
		for (; *h; h++)
			if (*h >= 'a' && *h <= 'f')
				*h = (char)(*h - 'a' + 'A');
		is_int(parse_s(up, &m), PG_OK, "uppercase signature parsed");
		is_int(pg_verify(&m, KEY, strlen(KEY)), PG_OK, "uppercase hex verifies too");
	}
	/* every change refused */
	snprintf(q, sizeof(q), "%s&vnp_SecureHash=%s", NOTE_CANON, NOTE_SIG);
	q[strlen("vnp_Amount=1")] = '2';	/* 20000000: a changed amount */
	is_int(parse_s(q, &m), PG_OK, "a changed amount parses");
	is_int(pg_verify(&m, KEY, strlen(KEY)), PG_BAD_SIGNATURE, "a changed amount: bad signature");
	snprintf(q, sizeof(q), "%s&vnp_SecureHash=%s", NOTE_CANON, NOTE_SIG);
	is_int(parse_s(q, &m), PG_OK, "the message again");
	is_int(pg_verify(&m, "DVCSECRETKEY0123456789ABCDEFGHIK", strlen(KEY)), PG_BAD_SIGNATURE,
	    "another merchant's secret: bad signature");
	snprintf(q, sizeof(q), "%s&vnp_Extra=1&vnp_SecureHash=%s", NOTE_CANON, NOTE_SIG);
	parse_s(q, &m);
	is_int(pg_verify(&m, KEY, strlen(KEY)), PG_BAD_SIGNATURE, "a parameter added: bad signature");
	parse_s(NOTE_CANON, &m);
	is_int(pg_verify(&m, KEY, strlen(KEY)), PG_MALFORMED, "no signature: malformed");
	snprintf(q, sizeof(q), "%s&vnp_SecureHash=%.127s", NOTE_CANON, NOTE_SIG);
	parse_s(q, &m);
	is_int(pg_verify(&m, KEY, strlen(KEY)), PG_BAD_SIGNATURE, "a short signature: bad");

	/* the parser's refusals */
	is_int(parse_s("vnp_TxnRef=1&vnp_TxnRef=2", &m), PG_MALFORMED, "a parameter twice");
	is_int(parse_s("vnp_TxnRef", &m), PG_MALFORMED, "no '='");
	is_int(parse_s("vnp_TxnRef=%4", &m), PG_MALFORMED, "a cut escape");
	is_int(parse_s("vnp_TxnRef=%zz", &m), PG_MALFORMED, "a bad escape");
	is_int(parse_s("vnp.TxnRef=1", &m), PG_MALFORMED, "a '.' in a name");
	is_int(parse_s("=1", &m), PG_MALFORMED, "an empty name");
	is_int(parse_s("a=%00", &m), PG_MALFORMED, "a NUL in a value");
	is_int(parse_s("a=%0A", &m), PG_MALFORMED, "a control character");
	is_int(parse_s("a=%C3", &m), PG_MALFORMED, "broken UTF-8");
	is_int(parse_s("a=1&&b=2", &m), PG_MALFORMED, "an empty pair");
	is_int(parse_s("", &m), PG_OK, "nothing: no parameters");
	is_int((int)m.n, 0, "none");
	b.len = 0;
	for (i = 0; i < PG_PARAMS_MAX + 1; i++)
		buf_printf(&b, "%sk%zu=v", i ? "&" : "", i);
	is_int(parse_s(buf_str(&b), &m), PG_MALFORMED, "one parameter over the limit");
	buf_reset(&b);
	for (i = 0; i < PG_VALUE_MAX + 1; i++)
		buf_addc(&b, 'x');
	snprintf(q, sizeof(q), "a=%s", buf_str(&b));
	is_int(parse_s(q, &m), PG_MALFORMED, "a value over the limit");
	q[2 + PG_VALUE_MAX] = '\0';
	is_int(parse_s(q, &m), PG_OK, "a value at the limit");
	buf_reset(&b);
	for (i = 0; i < PG_QUERY_MAX + 1; i++)
		buf_addc(&b, 'a');
	is_int(pg_parse(buf_str(&b), b.len, &m), PG_MALFORMED, "a query over the limit");
	buf_reset(&b);

	/* the fields: cents, a missing order, a cancellation */
	parse_s("vnp_Amount=10000050&vnp_TxnRef=P1&vnp_TmnCode=M&vnp_ResponseCode=00", &m);
	is_int(pg_notice_read(&m, &nt), PG_MALFORMED, "an amount with cents");
	parse_s("vnp_Amount=-100&vnp_TxnRef=P1&vnp_TmnCode=M&vnp_ResponseCode=00", &m);
	is_int(pg_notice_read(&m, &nt), PG_MALFORMED, "a negative amount");
	parse_s("vnp_Amount=999999999999999999999&vnp_TxnRef=P1&vnp_TmnCode=M&vnp_ResponseCode=00", &m);
	is_int(pg_notice_read(&m, &nt), PG_MALFORMED, "an amount past 64 bits");
	parse_s("vnp_Amount=100&vnp_TmnCode=M&vnp_ResponseCode=00", &m);
	is_int(pg_notice_read(&m, &nt), PG_MALFORMED, "no order reference");
	parse_s("vnp_Amount=100&vnp_TxnRef=P1&vnp_TmnCode=M&vnp_ResponseCode=24", &m);
	ok(pg_notice_read(&m, &nt) == PG_OK && nt.cancelled && !nt.success, "24: cancelled");
	parse_s("vnp_Amount=100&vnp_TxnRef=P1&vnp_TmnCode=M&vnp_ResponseCode=00"
	    "&vnp_TransactionStatus=02", &m);
	ok(pg_notice_read(&m, &nt) == PG_OK && !nt.success, "status 02: not paid");
	parse_s("vnp_Amount=100&vnp_TxnRef=P1&vnp_TmnCode=M&vnp_ResponseCode=00&vnp_CurrCode=USD", &m);
	ok(pg_notice_read(&m, &nt) == PG_OK && strcmp(nt.currency, "USD") == 0,
	    "the currency as sent (the domain refuses it)");

	/* the status query: signed over its fields, in their order */
	memset(&m, 0, sizeof(m));
	pg_add(&m, "vnp_OrderInfo", "Truy vấn giao dịch DVC12");
	pg_add(&m, "vnp_TxnRef", "DVC12");
	pg_add(&m, "vnp_RequestId", "0123456789abcdef0123456789abcdef");
	pg_add(&m, "vnp_Version", "2.1.0");
	pg_add(&m, "vnp_Command", "querydr");
	pg_add(&m, "vnp_TmnCode", "DVCKT001");
	pg_add(&m, "vnp_TransactionDate", "20261207120000");
	pg_add(&m, "vnp_CreateDate", "20261207130000");
	pg_add(&m, "vnp_IpAddr", "127.0.0.1");
	ok(pg_sign_fields(&m, PG_SIGNED_QUERY, KEY, strlen(KEY)) == 0 &&
	    strcmp(pg_get(&m, "vnp_SecureHash"), QUERY_SIG) == 0, "the query's signature: "
	    QUERY_PIPED);
	is_int(pg_verify_fields(&m, PG_SIGNED_QUERY, KEY, strlen(KEY)), PG_OK, "and it verifies");
	is_int(pg_verify_fields(&m, PG_SIGNED_ANSWER, KEY, strlen(KEY)), PG_BAD_SIGNATURE,
	    "not as an answer: another order of fields");
	is_int(pg_verify_fields(&m, PG_SIGNED_QUERY, "other", 5), PG_BAD_SIGNATURE, "another key");
	/* to JSON and back: the same message */
	pg_to_json(&m, &b);
	{
		static struct pg_msg back;

		ok(pg_from_json(buf_str(&b), b.len, &back) == PG_OK && back.n == m.n &&
		    strcmp(pg_get(&back, "vnp_OrderInfo"), "Truy vấn giao dịch DVC12") == 0 &&
		    pg_verify_fields(&back, PG_SIGNED_QUERY, KEY, strlen(KEY)) == PG_OK,
		    "JSON and back: the same fields, still signed");
	}
	buf_reset(&b);
	/* the answer as a gateway sends it (the amount a number), verified,
	 * read as a notification */
	ok(pg_from_json(ANSWER_JSON, strlen(ANSWER_JSON), &m) == PG_OK, "the answer read");
	is_int(pg_verify_fields(&m, PG_SIGNED_ANSWER, KEY, strlen(KEY)), PG_OK,
	    "its signature, absent fields empty");
	ok(pg_notice_read(&m, &nt) == PG_OK && nt.success && nt.amount == 100000 &&
	    strcmp(nt.ref, "DVC12") == 0 && strcmp(nt.txn, "14226112") == 0,
	    "paid, 100.000 đồng, the order and the gateway's number");
	{
		static const char *const bad[] = {
			"[1,2]", "\"s\"", "{\"a\":", "{\"a\":\"1\",\"a\":\"2\"}",
			"{\"a\":{\"b\":\"c\"}}", "{\"a\":[\"1\"]}", "{\"a\":1.5}", "{\"a\":true}",
			"{\"a\":null}", "{\"a.b\":\"1\"}", "{\"\":\"1\"}", "{\"a\":\"x\\u0001y\"}",
			"{\"a\":\"x\\u0000y\"}", "{\"a\":\"1\"} {}", "",
		};

		for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
			is_int(pg_from_json(bad[i], strlen(bad[i]), &m), PG_MALFORMED, "JSON refused: %s",
			    bad[i]);
		/* 41 fields: over the limit */
		buf_addc(&b, '{');
		for (i = 0; i < PG_PARAMS_MAX + 1; i++)
			buf_printf(&b, "%s\"k%zu\":\"v\"", i ? "," : "", i);
		buf_addc(&b, '}');
		is_int(pg_from_json(buf_str(&b), b.len, &m), PG_MALFORMED, "JSON: too many fields");
		buf_reset(&b);
		buf_addc(&b, '{');
		buf_adds(&b, "\"a\":\"");
		for (i = 0; i < PG_QUERY_MAX; i++)
			buf_addc(&b, 'x');
		buf_adds(&b, "\"}");
		is_int(pg_from_json(buf_str(&b), b.len, &m), PG_MALFORMED, "JSON: over the size");
		buf_reset(&b);
	}

	ok(pg_driver("platform") && pg_driver("sandbox") && !pg_driver("x") && !pg_driver(NULL),
	    "two drivers");
	pg_driver("sandbox")->pay_url("", "http://h", &b);
	is_str(buf_str(&b), "http://h/cong-thanh-toan-thu/thanh-toan", "the sandbox beside the portal");
	buf_reset(&b);
	pg_driver("sandbox")->query_url("", "http://h", &b);
	is_str(buf_str(&b), "http://h/cong-thanh-toan-thu/truy-van", "and its status query");
	buf_reset(&b);
	pg_driver("platform")->query_url("https://gw/api", "http://h", &b);
	is_str(buf_str(&b), "https://gw/api", "the platform's: the configured API");
	buf_free(&b);
	return done_testing();
}
