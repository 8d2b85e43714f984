/* Fuzz target for the client address behind proxies (core/client.c):
 * X-Forwarded-For and X-Real-IP are bytes any client may send.
 *
 * Input: four parts separated by newlines: Net.TrustedProxies, the peer
 * (REMOTE_ADDR), X-Forwarded-For, X-Real-IP (missing parts: absent).
 *
 * Rules checked besides crashes and leaks: the answer is a NUL-terminated
 * string shorter than CLIENT_ADDR_MAX; when the peer is an address, the
 * answer is an address too; when the list names no proxy the peer is in
 * (or the list is refused by the configuration check), the answer is the
 * peer itself, whatever the headers say. */
#define FUZZ_NAME "client"
#include "config.h"

#include <arpa/inet.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/client.h"
#include "fuzz.h"

static int
is_addr(const char *s)
{
	unsigned char b[16];

	return inet_pton(AF_INET, s, b) == 1 || inet_pton(AF_INET6, s, b) == 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *in, size_t size)
{
	char *buf = malloc(size + 1), *part[4] = { NULL, NULL, NULL, NULL };
	char out[CLIENT_ADDR_MAX + 8], alone[CLIENT_ADDR_MAX], bad[64];
	char *p;
	int i;

	if (buf == NULL)
		return 0;
	memcpy(buf, in, size);
	buf[size] = '\0';
	p = buf;
	for (i = 0; i < 4 && p; i++) {
		part[i] = p;
		if ((p = strchr(p, '\n')) != NULL)
			*p++ = '\0';
	}
	memset(out, 'x', sizeof(out));
	client_address(part[0], part[1], part[2], part[3], out);
	if (memchr(out, '\0', CLIENT_ADDR_MAX) == NULL)
		abort();
	if (part[1] && is_addr(part[1]) && !is_addr(out))
		abort();
	/* without the headers, or without a valid list: the peer */
	client_address(part[0], part[1], NULL, NULL, alone);
	if (part[0] == NULL || client_nets_check(part[0], bad, sizeof(bad)) < 0) {
		char peer_only[CLIENT_ADDR_MAX];

		client_address("", part[1], part[2], part[3], peer_only);
		if (strcmp(peer_only, alone) != 0)
			abort();
	}
	free(buf);
	return 0;
}
