#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "core/pagecache.h"
#include "core/util.h"

struct entry {
	long long gen;
	char *key;
	struct cached c;
	size_t bytes;
	struct entry *hnext;		/* hash chain */
	struct entry *prev, *next;	/* recency: head is the newest */
};

#define NB 1024

/* Process-wide, like the catalogue it mirrors (one request at a time). */
static struct {
	struct entry *bucket[NB];
	struct entry *head, *tail;
	size_t bytes, max;
} PC;

static unsigned
hkey(long long gen, const char *k)
{
	unsigned h = 2166136261u ^ (unsigned)gen;

	for (; *k; k++)
		h = (h ^ (unsigned char)*k) * 16777619u;
	return h % NB;
}

void
pagecache_init(size_t max_bytes)
{
	PC.max = max_bytes;
}

static void
unlink_lru(struct entry *e)
{
	if (e->prev)
		e->prev->next = e->next;
	else
		PC.head = e->next;
	if (e->next)
		e->next->prev = e->prev;
	else
		PC.tail = e->prev;
	e->prev = e->next = NULL;
}

static void
push_front(struct entry *e)
{
	e->next = PC.head;
	e->prev = NULL;
	if (PC.head)
		PC.head->prev = e;
	PC.head = e;
	if (PC.tail == NULL)
		PC.tail = e;
}

static void
drop(struct entry *e)
{
	struct entry **pp = &PC.bucket[hkey(e->gen, e->key)];

	while (*pp && *pp != e)
		pp = &(*pp)->hnext;
	if (*pp)
		*pp = e->hnext;
	unlink_lru(e);
	PC.bytes -= e->bytes;
	free(e->key);
	free(e->c.ctype);
	free(e->c.headers);
	free(e->c.body);
	free(e);
}

const struct cached *
pagecache_get(long long gen, const char *key)
{
	struct entry *e;

	if (PC.max == 0)
		return NULL;
	for (e = PC.bucket[hkey(gen, key)]; e; e = e->hnext)
		if (e->gen == gen && strcmp(e->key, key) == 0) {
			unlink_lru(e);
			push_front(e);
			return &e->c;
		}
	return NULL;
}

void
pagecache_put(long long gen, const char *key, const struct cached *c)
{
	struct entry *e;
	size_t bytes = c->len + strlen(key) + sizeof(*e) + 64 +
	    (c->headers ? strlen(c->headers) : 0);
	unsigned h;

	if (PC.max == 0 || bytes > PC.max / 4)
		return;
	/* entries of an older generation can never hit again */
	while (PC.tail && (PC.bytes + bytes > PC.max || PC.tail->gen != gen))
		drop(PC.tail);
	e = xcalloc(1, sizeof(*e));
	e->gen = gen;
	e->key = xstrdup(key);
	e->c.status = c->status;
	e->c.ctype = c->ctype ? xstrdup(c->ctype) : NULL;
	e->c.headers = c->headers ? xstrdup(c->headers) : NULL;
	e->c.body = xmalloc(c->len + 1);
	memcpy(e->c.body, c->body, c->len);
	e->c.body[c->len] = '\0';
	e->c.len = c->len;
	e->c.count_arg = c->count_arg;
	e->bytes = bytes;
	h = hkey(gen, key);
	e->hnext = PC.bucket[h];
	PC.bucket[h] = e;
	push_front(e);
	PC.bytes += bytes;
}

void
pagecache_free(void)
{
	while (PC.head)
		drop(PC.head);
	memset(&PC, 0, sizeof(PC));
}
