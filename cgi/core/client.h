/* The client's address, behind reverse proxies or not.
 *
 * A proxy (a load balancer, a TLS terminator, the province's gateway) is
 * the peer of the web server that talks to the responders, so REMOTE_ADDR
 * is the proxy's and every person behind it would share its limits. The
 * proxy names the client in X-Forwarded-For (or X-Real-IP); anyone can
 * send those headers, so they are believed only from the proxies listed
 * in Net.TrustedProxies. */
#ifndef DVC_CLIENT_H
#define DVC_CLIENT_H

#include <stddef.h>

#define CLIENT_ADDR_MAX 46	/* INET6_ADDRSTRLEN */

/* 0 if list is a valid Net.TrustedProxies value: addresses or networks
 * (a.b.c.d, a.b.c.d/n, IPv6 with or without /n) separated by spaces or
 * commas; empty: none. Else -1 with the first bad entry in bad. */
int client_nets_check(const char *list, char *bad, size_t badlen);

/* The client's address into out (CLIENT_ADDR_MAX bytes): peer when it is
 * not in trusted; else, walking X-Forwarded-For (xff) from its right, the
 * first address that is not itself a trusted proxy (all trusted: the
 * leftmost), or, without xff, X-Real-IP (xri). An entry that is not an
 * address ends the walk at the one before it. peer, xff and xri may be
 * NULL. Returns out. */
const char *client_address(const char *trusted, const char *peer,
    const char *xff, const char *xri, char *out);

#endif
