/* Fuzz target for the multipart/form-data parser (core/multipart.c).
 *
 * Input: the first byte picks the piece size the body is fed in (1-64),
 * then a Content-Type line up to the first LF, then the body. Whatever the
 * input, the parser must not crash or leak, and must keep its limits:
 * a part never delivers more bytes than its limit allows.
 *
 * In make check (tests/fuzz/fuzz.h) each seed is fed in every piece size. */
#define FUZZ_NAME "multipart"
#define FUZZ_CHECK every_step
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/multipart.h"
#include "fuzz.h"

static const struct mp_limits lim = { 1 << 16, 4096, 256, 8, 4, 256, 8 };

struct st {
	size_t size;
	int file, open;
};

static int
begin(void *ctx, const struct mp_part *p)
{
	struct st *s = ctx;

	if (s->open)
		abort();	/* begin twice without end */
	s->open = 1;
	s->size = 0;
	s->file = p->filename != NULL;
	if (strlen(p->name) == 0 || strlen(p->name) > MP_NAME_MAX)
		abort();
	return 0;
}

static int
data(void *ctx, const char *b, size_t n)
{
	struct st *s = ctx;

	if (!s->open || n == 0)
		abort();
	s->size += n;
	if (s->size > (s->file ? lim.file_max : lim.field_max))
		abort();	/* a limit not kept */
	(void)b;
	return 0;
}

static int
end(void *ctx)
{
	struct st *s = ctx;

	if (!s->open)
		abort();
	s->open = 0;
	return 0;
}

static void
one(const uint8_t *in, size_t size, size_t step)
{
	static const struct mp_callbacks cb = { begin, data, end };
	const char *nl;
	char ct[256];
	struct st s = { 0, 0, 0 };
	enum mp_err e;
	struct mp *m;
	size_t cl, off;

	if (size < 1)
		return;
	in++;
	size--;
	if ((nl = memchr(in, '\n', size)) == NULL || (cl = (size_t)(nl - (const char *)in)) >= sizeof(ct))
		return;
	memcpy(ct, in, cl);
	ct[cl] = '\0';
	in += cl + 1;
	size -= cl + 1;
	if ((m = mp_new(ct, &lim, &cb, &s, &e)) == NULL)
		return;
	for (off = 0; off < size && e == MP_OK; off += step)
		e = mp_feed(m, (const char *)in + off, size - off < step ? size - off : step);
	if (e == MP_OK)
		e = mp_finish(m);
	if (e == MP_OK && s.open)
		abort();	/* finished with a part still open */
	mp_free(m);
}

int
LLVMFuzzerTestOneInput(const uint8_t *in, size_t size)
{
	if (size > 0)
		one(in, size, 1 + in[0] % 64);
	return 0;
}

static __attribute__((unused)) int
every_step(const uint8_t *in, size_t size)
{
	size_t step;

	for (step = 1; step <= 64; step++)
		one(in, size, step);
	return 0;
}
