/* Field-name checks and route matching (no FastCGI needed). */
#include "config.h"

#include <stdlib.h>

#include "core/gate.h"
#include "core/route.h"
#include "tap.h"

static struct result h(struct request *r) { (void)r; return res_ok(); }

static const struct route routes[] = {
	{ M_GET, "/", h, 0, NULL, 0, 0 },
	{ M_GET, "/thong-bao", h, 0, NULL, 0, 0 },
	{ M_GET, "/thong-bao/:id", h, 0, NULL, 0, 0 },
	{ M_GET, "/gop-y", h, 0, NULL, 0, 0 },
	{ M_POST, "/gop-y", h, 0, NULL, 0, 0 },
	{ M_GET, "/a/:x/b/:y", h, 0, NULL, 0, 0 },
};

static int
chk(const char *s)
{
	const char *why = NULL;
	long n;

	return gate_check_fields(s, 5, 16, &n, &why);
}

int
main(void)
{
	const struct route *r;
	char *p[ROUTE_MAXPARAM];
	unsigned allow;
	int np, i;

	is_int(chk("a=1&b_c=2&d-e=3"), 0, "plain names pass");
	is_int(chk(""), 0, "empty query passes");
	is_int(chk("a=1&&b=2"), 0, "empty pair skipped");
	is_int(chk("a.b=1"), 400, "name with a dot refused");
	is_int(chk("a%2Eb=1"), 400, "encoded dot refused");
	is_int(chk("doc.FileHandle=1"), 400, "the cgi_filehandle crash input refused");
	is_int(chk("a%00=1"), 400, "NUL in name refused");
	is_int(chk("t%C3%AAn=1"), 400, "non-ASCII name refused");
	is_int(chk("=1"), 400, "empty name refused");
	is_int(chk("a[]=1"), 400, "brackets refused");
	is_int(chk("abcdefghijklmnopq=1"), 400, "name over the length cap refused");
	is_int(chk("a=1&b=2&c=3&d=4&e=5"), 0, "at the field cap passes");
	is_int(chk("a=1&b=2&c=3&d=4&e=5&f=6"), 400, "over the field cap refused");
	is_int(chk("a=%zz"), 400, "malformed escape in value refused");
	is_int(chk("a=x%00y"), 400, "NUL in value refused");
	is_int(chk("a=Vi%E1%BB%87t+Nam"), 0, "UTF-8 value passes");

	r = route_find(routes, 6, "/", M_GET, &allow, p, &np);
	ok(r == &routes[0], "root matches");
	r = route_find(routes, 6, "/thong-bao/42", M_GET, &allow, p, &np);
	ok(r == &routes[2] && np == 1 && strcmp(p[0], "42") == 0, "parameter captured");
	for (i = 0; i < np; i++)
		free(p[i]);
	r = route_find(routes, 6, "/a/1/b/2", M_GET, &allow, p, &np);
	ok(r == &routes[5] && np == 2 && strcmp(p[0], "1") == 0 && strcmp(p[1], "2") == 0,
	    "two parameters captured");
	for (i = 0; i < np; i++)
		free(p[i]);
	r = route_find(routes, 6, "/thong-bao/42/x", M_GET, &allow, p, &np);
	ok(r == NULL && allow == 0 && np == 0, "longer path: no route (404)");
	r = route_find(routes, 6, "/thong-bao/", M_GET, &allow, p, &np);
	ok(r == NULL && allow == 0, "empty parameter does not match");
	r = route_find(routes, 6, "/thong-bao", M_POST, &allow, p, &np);
	ok(r == NULL && allow == M_GET, "wrong method: 405 with Allow GET");
	r = route_find(routes, 6, "/gop-y", M_POST, &allow, p, &np);
	ok(r == &routes[4] && allow == (M_GET | M_POST), "same path, other method, other route");
	r = route_find(routes, 6, "/thong-baox", M_GET, &allow, p, &np);
	ok(r == NULL && allow == 0, "prefix is not a match");
	return done_testing();
}
