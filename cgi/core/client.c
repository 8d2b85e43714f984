#include "config.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/client.h"

struct addr {
	int family;			/* AF_INET or AF_INET6 */
	unsigned char b[16];
};

/* Parses one address (an IPv4-mapped IPv6 address counts as IPv4, the
 * way one client may reach the server by either). len: its length in s. */
static int
addr_parse(const char *s, size_t len, struct addr *a)
{
	char tmp[CLIENT_ADDR_MAX];

	if (len == 0 || len >= sizeof(tmp))
		return -1;
	memcpy(tmp, s, len);
	tmp[len] = '\0';
	memset(a, 0, sizeof(*a));
	if (inet_pton(AF_INET, tmp, a->b) == 1) {
		a->family = AF_INET;
		return 0;
	}
	if (inet_pton(AF_INET6, tmp, a->b) != 1)
		return -1;
	a->family = AF_INET6;
	if (memcmp(a->b, "\0\0\0\0\0\0\0\0\0\0\xff\xff", 12) == 0) {
		memmove(a->b, a->b + 12, 4);
		memset(a->b + 4, 0, 12);
		a->family = AF_INET;
	}
	return 0;
}

/* One entry of the list, "addr" or "addr/bits": its network and its
 * prefix length. */
static int
net_parse(const char *s, size_t len, struct addr *a, int *bits)
{
	const char *slash = memchr(s, '/', len);
	char *end;
	long n;

	if (addr_parse(s, slash ? (size_t)(slash - s) : len, a) < 0)
		return -1;
	*bits = a->family == AF_INET ? 32 : 128;
	if (slash == NULL)
		return 0;
	if (slash + 1 >= s + len || slash + 1 + 3 < s + len)
		return -1;
	n = strtol(slash + 1, &end, 10);
	if (end != s + len || n < 0 || n > *bits)
		return -1;
	*bits = (int)n;
	return 0;
}

static int
net_has(const struct addr *net, int bits, const struct addr *a)
{
	int full = bits / 8, rest = bits % 8;

	if (net->family != a->family)
		return 0;
	if (memcmp(net->b, a->b, (size_t)full) != 0)
		return 0;
	if (rest == 0)
		return 1;
	return ((net->b[full] ^ a->b[full]) & (0xff << (8 - rest)) & 0xff) == 0;
}

/* Walks list's entries, separated by spaces, tabs or
 * commas. Sets *p, *len to the next one; 0 at the end. */
static int
next_entry(const char **cur, const char **p, size_t *len)
{
	const char *s = *cur;

	while (*s == ' ' || *s == ',' || *s == '\t')
		s++;
	if (*s == '\0')
		return 0;
	*p = s;
	while (*s && *s != ' ' && *s != ',' && *s != '\t')
		s++;
	*len = (size_t)(s - *p);
	*cur = s;
	return 1;
}

int
client_nets_check(const char *list, char *bad, size_t badlen)
{
	const char *cur = list, *p;
	struct addr a;
	size_t len;
	int bits;

	while (next_entry(&cur, &p, &len))
		if (net_parse(p, len, &a, &bits) < 0) {
			snprintf(bad, badlen, "%.*s", (int)(len > 60 ? 60 : len), p);
			return -1;
		}
	return 0;
}

static int
trusted_has(const char *trusted, const struct addr *a)
{
	const char *cur = trusted, *p;
	struct addr net;
	size_t len;
	int bits;

	while (next_entry(&cur, &p, &len))
		if (net_parse(p, len, &net, &bits) == 0 && net_has(&net, bits, a))
			return 1;
	return 0;
}

static const char *
addr_text(const struct addr *a, char *out)
{
	if (inet_ntop(a->family, a->b, out, CLIENT_ADDR_MAX) == NULL)
		snprintf(out, CLIENT_ADDR_MAX, "-");
	return out;
}

/* Trims spaces and tabs around [*p, *p + *len). */
static void
trim(const char **p, size_t *len)
{
	while (*len && (**p == ' ' || **p == '\t')) {
		(*p)++;
		(*len)--;
	}
	while (*len && ((*p)[*len - 1] == ' ' || (*p)[*len - 1] == '\t'))
		(*len)--;
}

const char *
client_address(const char *trusted, const char *peer, const char *xff,
    const char *xri, char *out)
{
	struct addr hop, a;
	const char *end, *p;
	size_t len;

	if (peer == NULL || addr_parse(peer, strlen(peer), &hop) < 0) {
		/* not an address (a unix socket's peer): as it is */
		snprintf(out, CLIENT_ADDR_MAX, "%s", peer ? peer : "-");
		return out;
	}
	if (trusted == NULL || *trusted == '\0' || !trusted_has(trusted, &hop))
		return addr_text(&hop, out);
	if (xff && *xff) {
		/* from the right: each hop was added by the one after it */
		end = xff + strlen(xff);
		while (end > xff) {
			const char *seg = end;

			while (seg > xff && seg[-1] != ',')
				seg--;
			p = seg;
			len = (size_t)(end - seg);
			trim(&p, &len);
			if (addr_parse(p, len, &a) < 0)
				break;
			hop = a;
			if (!trusted_has(trusted, &hop))
				break;
			end = seg > xff ? seg - 1 : xff;	/* before the comma */
		}
		return addr_text(&hop, out);
	}
	if (xri && *xri) {
		p = xri;
		len = strlen(xri);
		trim(&p, &len);
		if (addr_parse(p, len, &a) == 0)
			hop = a;
	}
	return addr_text(&hop, out);
}
