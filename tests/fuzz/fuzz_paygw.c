/* Fuzz target for the gateway's notification parser (domain/paygw.c):
 * the query the gateway's server sends, parsed, verified, its fields
 * read, as payment_notify does before it looks at the database; and the
 * JSON of the status query's answer (dvcctl payment reconcile) and of
 * the query the sandbox reads, parsed, verified both ways, written back.
 *
 * Input: the query string, as it comes (no framing); an input that
 * starts with '{' or '[' is JSON.
 *
 * Rules checked besides crashes and leaks: a parsed message has at most
 * PG_PARAMS_MAX parameters, names of A-Z a-z 0-9 _ and values of valid
 * UTF-8 without control characters, each name once; its canonical
 * string re-parses to the signed parameters; a notice read has a
 * NUL-terminated reference and a non-negative whole amount; success
 * only with response and status "00". */
#define FUZZ_NAME "paygw"
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/util.h"
#include "domain/paygw.h"
#include "fuzz.h"

#define KEY "DVCSECRETKEY0123456789ABCDEFGHIJ"

/* the rules of a parsed message: within the limits, names and values as
 * allowed, each name once */
static void
check_msg(const struct pg_msg *m)
{
	size_t i, j;

	if (m->n > PG_PARAMS_MAX)
		abort();
	for (i = 0; i < m->n; i++) {
		const char *k = m->p[i].key, *v = m->p[i].value;

		if (!*k || strspn(k, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
		    "0123456789_") != strlen(k) || !utf8_valid(v, strlen(v)))
			abort();
		for (j = 0; v[j]; j++)
			if ((unsigned char)v[j] < 0x20 || v[j] == 0x7f)
				abort();
		for (j = 0; j < i; j++)
			if (strcmp(m->p[j].key, k) == 0)
				abort();
	}
}

/* JSON: parsed, checked, written and read back to the same fields */
static int
json_case(const uint8_t *in, size_t size)
{
	static struct pg_msg m, again;
	struct pg_notice nt;
	struct buf c = BUF_INIT;
	size_t i;

	if (pg_from_json((const char *)in, size, &m) != PG_OK)
		return 0;
	check_msg(&m);
	pg_to_json(&m, &c);
	if (pg_from_json(c.s, c.len, &again) != PG_OK || again.n != m.n)
		abort();
	for (i = 0; i < m.n; i++)
		if (strcmp(pg_get(&again, m.p[i].key), m.p[i].value) != 0)
			abort();
	buf_free(&c);
	pg_verify_fields(&m, PG_SIGNED_QUERY, KEY, strlen(KEY));
	pg_verify_fields(&m, PG_SIGNED_ANSWER, KEY, strlen(KEY));
	if (pg_notice_read(&m, &nt) == PG_OK && (nt.amount < 0 ||
	    memchr(nt.ref, '\0', sizeof(nt.ref)) == NULL))
		abort();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *in, size_t size)
{
	static struct pg_msg m, again;
	struct pg_notice nt;
	struct buf c = BUF_INIT;
	size_t i;

	if (size > 0 && (in[0] == '{' || in[0] == '['))
		return json_case(in, size);
	if (pg_parse((const char *)in, size, &m) != PG_OK)
		return 0;
	check_msg(&m);
	/* the canonical string is itself a well-formed query of the signed
	 * parameters, with the same values */
	pg_canonical(&m, &c);
	if (pg_parse(c.s ? c.s : "", c.len, &again) != PG_OK)
		abort();
	for (i = 0; i < again.n; i++) {
		const char *v = pg_get(&m, again.p[i].key);

		if (v == NULL || strcmp(v, again.p[i].value) != 0 ||
		    strncmp(again.p[i].key, "vnp_", 4) != 0)
			abort();
	}
	buf_free(&c);
	pg_verify(&m, KEY, strlen(KEY));
	if (pg_notice_read(&m, &nt) == PG_OK) {
		if (nt.amount < 0 || memchr(nt.ref, '\0', sizeof(nt.ref)) == NULL ||
		    (nt.success && (strcmp(nt.response, "00") != 0 ||
		    strcmp(nt.status, "00") != 0)))
			abort();
	}
	return 0;
}
