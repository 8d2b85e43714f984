/* Fuzz target for the request gate (core/gate.c) and the route matcher
 * it calls (core/route.c): everything a request meets before any parser.
 *
 * Input, as a FastCGI request would bring it:
 *   byte 0     the configuration: bit 0 Site.BasePath "/dvc" (else none),
 *              bit 1 small caps (path, query, cookie, headers, fields,
 *              body), bits 2-4 the size of the pieces the body arrives in
 *              (1 to 128 bytes)
 *   lines      the server's parameters, "NAME=value" each, up to an empty
 *              line (at most 64; REQUEST_METHOD, REQUEST_URI,
 *              QUERY_STRING, CONTENT_TYPE, CONTENT_LENGTH, HTTP_COOKIE...)
 *   the rest   the request body.
 *
 * Rules checked besides crashes and leaks: the gate answers 0 or one of
 * its statuses; on 0 a route was found, the path is clean UTF-8 without
 * empty or dot segments, and a form body is exactly Content-Length
 * bytes without NUL whose field names pass the field check; a multipart
 * body only reaches a route that takes files; a 405 says Allow. */
#define FUZZ_NAME "gate"
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/conf.h"
#include "core/gate.h"
#include "core/route.h"
#include "core/util.h"
#include "fuzz.h"

static struct result h(struct request *r) { (void)r; return res_ok(); }

/* The shapes of the real tables: fixed paths, parameters, a path under
 * another, GET and POST on one path, an upload route. */
static const struct route routes[] = {
	{ M_GET, "/", h, RF_CACHE, NULL, 0, 0 },
	{ M_GET, "/thu-tuc", h, RF_CACHE, NULL, 0, 0 },
	{ M_GET, "/thu-tuc/:code", h, RF_CACHE, NULL, 0, 0 },
	{ M_GET, "/thu-tuc/:code/in", h, RF_CACHE, NULL, 0, 0 },
	{ M_GET, "/gop-y", h, RF_FORM, NULL, 0, 0 },
	{ M_POST, "/gop-y", h, RF_CSRF, NULL, 0, 0 },
	{ M_GET, "/ho-so/:id", h, RF_LOGIN | RF_PERSONAL, NULL, 0, 0 },
	{ M_POST, "/ho-so/:id/tai-len", h, RF_LOGIN | RF_CSRF | RF_UPLOAD, NULL, 0, 0 },
	{ M_GET, "/ho-so/:id/giay-to/:doc", h, RF_LOGIN | RF_PERSONAL, NULL, 0, 0 },
	{ M_POST, "/tai-khoan/dang-nhap", h, RF_CSRF, NULL, 0, 0 },
};

static const struct responder rs = {
	.name = "fuzz",
	.routes = routes,
	.nroutes = sizeof(routes) / sizeof(routes[0]),
};

#define MAX_ENV 64

/* The body as libfcgi's reader gives it: in pieces, then closed. */
struct body {
	const uint8_t *p;
	size_t left, piece;
};

static void
fill(FCGX_Stream *s)
{
	struct body *b = s->data;
	size_t n = b->left < b->piece ? b->left : b->piece;

	if (n == 0) {
		s->isClosed = 1;
		return;
	}
	s->rdNext = s->stopUnget = (unsigned char *)b->p;
	s->stop = (unsigned char *)b->p + n;
	b->p += n;
	b->left -= n;
}

static struct config *
config(int variant)
{
	static struct config cfg[2];
	static int loaded[2];
	char err[512];

	if (!loaded[variant]) {
		/* every key at its default */
		if (config_load(&cfg[variant], "/dev/null", err, sizeof(err)) != 0) {
			fprintf(stderr, "fuzz_gate: %s\n", err);
			abort();
		}
		loaded[variant] = 1;
		if (variant) {
			/* small caps, so inputs of a few bytes reach them */
			cfg[variant].path_max = 40;
			cfg[variant].query_max = 40;
			cfg[variant].cookie_max = 40;
			cfg[variant].header_max = 120;
			cfg[variant].fields_max = 3;
			cfg[variant].field_name_max = 6;
			cfg[variant].body_max = 64;
		}
	}
	return &cfg[variant];
}

static int
clean_path(const char *p)
{
	size_t n = strlen(p);

	return p[0] == '/' && utf8_valid(p, n) && !strstr(p, "//") &&
	    !strstr(p, "/./") && !strstr(p, "/../") && !strchr(p, '\\') &&
	    !(n >= 2 && strcmp(p + n - 2, "/.") == 0) &&
	    !(n >= 3 && strcmp(p + n - 3, "/..") == 0);
}

int
LLVMFuzzerTestOneInput(const uint8_t *in, size_t size)
{
	char *env[MAX_ENV + 1];
	size_t n = 0, i;
	const uint8_t *p, *end = in + size, *nl;
	struct request req;
	struct body body;
	FCGX_Stream stream;
	FCGX_Request fx;
	struct config *cfg;
	int rc, conf;

	if (size < 1)
		return 0;
	conf = in[0];
	p = in + 1;
	/* the parameters: NUL-free lines up to an empty one */
	while (p < end && *p != '\n' && n < MAX_ENV) {
		size_t len;

		nl = memchr(p, '\n', (size_t)(end - p));
		len = nl ? (size_t)(nl - p) : (size_t)(end - p);
		if (memchr(p, '\0', len) == NULL)
			env[n++] = xstrndup((const char *)p, len);
		p += len + (nl != NULL);
	}
	if (p < end && *p == '\n')
		p++;
	env[n] = NULL;

	cfg = config((conf >> 1) & 1);
	cfg->base_path = conf & 1 ? "/dvc" : "";
	memset(&body, 0, sizeof(body));
	body.p = p;
	body.left = (size_t)(end - p);
	body.piece = (size_t)1 << ((conf >> 2) & 7);
	memset(&stream, 0, sizeof(stream));
	stream.isReader = 1;
	stream.fillBuffProc = fill;
	stream.data = &body;
	memset(&fx, 0, sizeof(fx));
	fx.in = &stream;
	fx.envp = env;
	memset(&req, 0, sizeof(req));
	req.cfg = cfg;
	req.rs = &rs;
	req.fx = &fx;
	req_env_index(&req.env, env);

	rc = gate(&req);
	switch (rc) {
	case 0:
		if (req.route == NULL || req.path == NULL || !clean_path(req.path))
			abort();
		if (req.multipart && !(req.route->flags & RF_UPLOAD))
			abort();
		if (strcmp(req.method, "POST") == 0 && !req.multipart) {
			const char *why;
			long count;

			if (req.body == NULL || strtoull(req.clen, NULL, 10) != req.body_len ||
			    memchr(req.body, '\0', req.body_len) != NULL ||
			    gate_check_fields(req.body, cfg->fields_max, cfg->field_name_max,
			    &count, &why) != 0)
				abort();
		}
		break;
	case 405:
		if (strstr(buf_str(&req.headers), "Allow: ") == NULL)
			abort();
		break;
	case 301: case 400: case 404: case 411: case 413: case 414: case 415: case 431:
		if (req.log_note == NULL)
			abort();	/* every refusal says why in the log */
		break;
	default:
		abort();
	}

	for (i = 0; i < (size_t)req.nparam; i++)
		free(req.param[i]);
	free(req.path);
	free(req.body);
	buf_free(&req.headers);
	for (i = 0; i < n; i++)
		free(env[i]);
	return 0;
}
