/* The access decision for routes: deny by default. */
#include "config.h"

#include "core/access.h"
#include "core/buf.h"
#include "core/util.h"
#include "tap.h"

static int h(struct request *r) { return 0; }

int
main(void)
{
	const struct route open_r = { M_GET, "/", h, 0, NULL, 0, 0 };
	const struct route login_r = { M_GET, "/ho-so", h, RF_LOGIN, NULL, 0, 0 };
	const struct route role_r = { M_GET, "/can-bo", h, 0, NULL, 0, 1u << 2 };
	const struct route unknown_r = { M_GET, "/x", h, 0x100, NULL, 0, 0 };
	const struct user citizen = { 7, 0, 0 };
	const struct user leader = { 8, 1u << 2, 3 };
	const struct user reception = { 9, 1u << 0, 3 };
	const struct user zero = { 0, 1u << 2, 0 };
	struct buf b = BUF_INIT;

	is_int(access_route(&open_r, NULL), 0, "anonymous on a public page");
	is_int(access_route(&open_r, &citizen), 0, "logged-in person on a public page");
	is_int(access_route(&login_r, NULL), 303, "anonymous on a login page: log in first");
	is_int(access_route(&login_r, &citizen), 0, "logged in: allowed");
	is_int(access_route(&role_r, NULL), 303, "a role page implies login");
	is_int(access_route(&role_r, &citizen), 403, "without the role: denied");
	is_int(access_route(&role_r, &reception), 403, "another role: denied");
	is_int(access_route(&role_r, &leader), 0, "with the role: allowed");
	is_int(access_route(&role_r, &zero), 303, "a user without an id is no one");
	is_int(access_route(&unknown_r, &leader), 403, "an unknown flag denies");
	is_int(access_route(NULL, &leader), 403, "no route denies");

	url_encode(&b, "/thong-bao/1?x=Đ &y");
	is_str(buf_str(&b), "/thong-bao/1%3Fx%3D%C4%90%20%26y", "url_encode keeps only the safe set");
	buf_free(&b);
	return done_testing();
}
