#include "config.h"

#include <string.h>

#include "core/conf.h"
#include "core/csrf.h"
#include "core/util.h"

#define SEED_COOKIE "dvc_csrf"
#define SEED_LEN 22	/* base64url of 16 bytes */

static const char *
seed_cookie(struct request *req)
{
	const char *v;
	unsigned char raw[16];

	/* a logged-in person's token is bound to the session: a token from
	 * another session, or from before the login, is refused */
	if (req->csrf_seed)
		return req->csrf_seed;
	v = req_cookie(req, req->https ? "__Host-" SEED_COOKIE : SEED_COOKIE);
	if (v == NULL || strlen(v) != SEED_LEN ||
	    b64url_decode(v, raw, sizeof(raw)) != 16)
		return NULL;
	return v;
}

static void
token_for(const struct request *req, const char *seed, char out[44])
{
	struct buf msg = BUF_INIT;
	unsigned char mac[32];

	buf_printf(&msg, "csrf\n%s", seed);
	hmac_sha256(req->cfg->secret, req->cfg->secret_len, msg.s, msg.len, mac);
	b64url_encode(mac, sizeof(mac), out);
	buf_free(&msg);
}

const char *
csrf_token(struct request *req)
{
	const char *seed;
	char fresh[SEED_LEN + 2], tok[44];
	unsigned char raw[16];

	if (req->csrf_token)
		return req->csrf_token;
	if ((seed = seed_cookie(req)) == NULL) {
		random_bytes(raw, sizeof(raw));
		b64url_encode(raw, sizeof(raw), fresh);
		req_cookie_set(req, SEED_COOKIE, fresh, -1);
		seed = fresh;
	}
	token_for(req, seed, tok);
	req->csrf_token = xstrdup(tok);
	return req->csrf_token;
}

/* Origin, when the browser sends one, must be this site: the configured
 * public address (Site.BaseURL), or the scheme and Host the request came
 * with (a second name or port of the same server). Debian's nginx passes
 * HTTP_HOST without the port, hence both. */
static int
origin_ok(struct request *req)
{
	const char *origin = req_param(req, "HTTP_ORIGIN");
	const char *host = req_param(req, "HTTP_HOST");
	struct buf want = BUF_INIT;
	int ok;

	if (origin == NULL)
		return 1;
	if (strcmp(origin, req->cfg->base_url) == 0)
		return 1;
	if (host == NULL)
		return 0;
	buf_printf(&want, "%s://%s", req->https ? "https" : "http", host);
	ok = strcmp(origin, buf_str(&want)) == 0;
	buf_free(&want);
	return ok;
}

int
csrf_check(struct request *req)
{
	const char *seed = seed_cookie(req);
	const char *sent = hdf_get_value(req->hdf, "Query." CSRF_FIELD, NULL);
	char want[44];

	if (!origin_ok(req)) {
		req->log_note = "cross-origin POST";
		return 403;
	}
	if (seed == NULL || sent == NULL ||
	    hdf_obj_child(hdf_get_obj(req->hdf, "Query." CSRF_FIELD)) != NULL) {
		req->log_note = seed ? "CSRF token missing" : "CSRF cookie missing";
		return 403;
	}
	token_for(req, seed, want);
	if (strlen(sent) != strlen(want) || !ct_equal(sent, want, strlen(want))) {
		req->log_note = "CSRF token wrong";
		return 403;
	}
	return 0;
}
