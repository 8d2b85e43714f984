/* The client's address behind proxies (core/client.c): headers believed
 * only from Net.TrustedProxies, the walk through X-Forwarded-For, networks
 * in both families, and lists the configuration refuses. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/client.h"
#include "tap.h"

static const char *
addr(const char *trusted, const char *peer, const char *xff, const char *xri)
{
	static char out[CLIENT_ADDR_MAX];

	return client_address(trusted, peer, xff, xri, out);
}

int
main(void)
{
	const char *lb = "10.0.0.5, 192.168.10.0/24 2001:db8:1::/48";
	char bad[64];

	/* no proxy configured: the peer, whatever the headers say */
	is_str(addr("", "203.0.113.9", "198.51.100.1", "198.51.100.2"), "203.0.113.9",
	    "nothing trusted: X-Forwarded-For and X-Real-IP ignored");
	is_str(addr(NULL, "203.0.113.9", "198.51.100.1", NULL), "203.0.113.9",
	    "no list at all: the same");
	/* a peer not on the list */
	is_str(addr(lb, "203.0.113.9", "198.51.100.1", NULL), "203.0.113.9",
	    "an unlisted peer's X-Forwarded-For is ignored");
	is_str(addr(lb, "203.0.113.9", NULL, "198.51.100.2"), "203.0.113.9",
	    "an unlisted peer's X-Real-IP is ignored");
	is_str(addr(lb, "10.0.0.6", "198.51.100.1", NULL), "10.0.0.6",
	    "the address next to a listed one is not listed");
	/* a listed proxy */
	is_str(addr(lb, "10.0.0.5", "198.51.100.1", NULL), "198.51.100.1",
	    "a listed proxy's client");
	is_str(addr(lb, "192.168.10.77", "198.51.100.1", NULL), "198.51.100.1",
	    "a proxy in a listed network");
	is_str(addr(lb, "192.168.11.77", "198.51.100.1", NULL), "192.168.11.77",
	    "outside the /24: not trusted");
	is_str(addr(lb, "10.0.0.5", NULL, " 198.51.100.2 "), "198.51.100.2",
	    "X-Real-IP when there is no X-Forwarded-For");
	is_str(addr(lb, "10.0.0.5", "198.51.100.1", "198.51.100.2"), "198.51.100.1",
	    "X-Forwarded-For before X-Real-IP");
	/* the walk: what the client wrote itself is on the left */
	is_str(addr(lb, "10.0.0.5", "1.2.3.4, 198.51.100.1", NULL), "198.51.100.1",
	    "a forged entry on the left is not taken: the proxy's own is the rightmost");
	is_str(addr(lb, "10.0.0.5", "1.2.3.4,198.51.100.1 , 192.168.10.3", NULL),
	    "198.51.100.1", "through two listed proxies, spaces or none");
	is_str(addr(lb, "10.0.0.5", "192.168.10.4, 192.168.10.3", NULL), "192.168.10.4",
	    "every hop listed: the leftmost");
	is_str(addr(lb, "10.0.0.5", "198.51.100.1, nonsense", NULL), "10.0.0.5",
	    "a bad entry ends the walk at the hop that added it");
	is_str(addr(lb, "10.0.0.5", "nonsense, 192.168.10.3", NULL), "192.168.10.3",
	    "a bad entry further left: the last good hop");
	is_str(addr(lb, "10.0.0.5", "", NULL), "10.0.0.5", "an empty header: the peer");
	is_str(addr(lb, "10.0.0.5", ",,,", NULL), "10.0.0.5", "commas only: the peer");
	is_str(addr(lb, "10.0.0.5", "198.51.100.1:5555", NULL), "10.0.0.5",
	    "an address with a port is not an address");
	/* IPv6, and IPv4 written as IPv6 */
	is_str(addr(lb, "2001:db8:1:ffff::1", "2001:DB8:2::9", NULL), "2001:db8:2::9",
	    "an IPv6 proxy in a /48; the client written the usual way");
	is_str(addr(lb, "2001:db8:2::1", "198.51.100.1", NULL), "2001:db8:2::1",
	    "an IPv6 peer outside the /48");
	is_str(addr(lb, "::ffff:10.0.0.5", "198.51.100.1", NULL), "198.51.100.1",
	    "an IPv4-mapped peer is the IPv4 proxy");
	is_str(addr("", "::ffff:203.0.113.9", NULL, NULL), "203.0.113.9",
	    "an IPv4-mapped client is written as IPv4 (one count per person)");
	is_str(addr("0.0.0.0/0", "203.0.113.9", "198.51.100.1", NULL), "198.51.100.1",
	    "a /0 trusts everyone (the operator's choice)");
	/* peers that are not addresses */
	is_str(addr(lb, NULL, "198.51.100.1", NULL), "-", "no peer");
	is_str(addr(lb, "unix:", "198.51.100.1", NULL), "unix:", "a peer that is not an address, as it is");

	/* the configuration's check */
	ok(client_nets_check("", bad, sizeof(bad)) == 0, "empty list");
	ok(client_nets_check(lb, bad, sizeof(bad)) == 0, "addresses and networks");
	ok(client_nets_check("::1 fe80::/10", bad, sizeof(bad)) == 0, "IPv6");
	ok(client_nets_check("10.0.0.0/33", bad, sizeof(bad)) < 0 &&
	    strcmp(bad, "10.0.0.0/33") == 0, "a /33 is refused and named");
	ok(client_nets_check("10.0.0.1 loadbalancer", bad, sizeof(bad)) < 0 &&
	    strcmp(bad, "loadbalancer") == 0, "a host name is refused");
	ok(client_nets_check("10.0.0.0/", bad, sizeof(bad)) < 0, "a / without bits");
	ok(client_nets_check("10.0.0.0/8x", bad, sizeof(bad)) < 0, "bits with a tail");
	ok(client_nets_check("::/129", bad, sizeof(bad)) < 0, "a /129 is refused");
	return done_testing();
}
