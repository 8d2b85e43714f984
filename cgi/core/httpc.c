/* A small HTTP client: see httpc.h. */
#include "config.h"

#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include "core/buf.h"
#include "core/httpc.h"

/* url's parts: tls, host, port, path (with its query) */
static int
split(const char *url, int *tls, char *host, size_t hl, char *port, size_t pl,
    const char **path)
{
	const char *p, *end, *colon;

	if (strncmp(url, "http://", 7) == 0) {
		*tls = 0;
		p = url + 7;
	} else if (strncmp(url, "https://", 8) == 0) {
		*tls = 1;
		p = url + 8;
	} else
		return -1;
	end = p + strcspn(p, "/?#");
	*path = *end == '/' ? end : "/";
	colon = memchr(p, ':', (size_t)(end - p));
	if ((colon ? colon : end) == p || (size_t)((colon ? colon : end) - p) >= hl)
		return -1;
	memcpy(host, p, (size_t)((colon ? colon : end) - p));
	host[(colon ? colon : end) - p] = '\0';
	if (colon) {
		if (end - colon - 1 < 1 || (size_t)(end - colon - 1) >= pl ||
		    strspn(colon + 1, "0123456789") != (size_t)(end - colon - 1))
			return -1;
		memcpy(port, colon + 1, (size_t)(end - colon - 1));
		port[end - colon - 1] = '\0';
	} else
		snprintf(port, pl, "%s", *tls ? "443" : "80");
	/* a host name or an address, nothing that would change the request */
	return strspn(host, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "0123456789.-") == strlen(host) && !strpbrk(*path, " \r\n") ? 0 : -1;
}

static int
connect_to(const char *host, const char *port, int timeout_s, char *err, size_t errlen)
{
	struct addrinfo hints, *ai = NULL, *a;
	struct timeval tv = { timeout_s, 0 };
	int fd = -1, rc;

	memset(&hints, 0, sizeof(hints));
	hints.ai_socktype = SOCK_STREAM;
	if ((rc = getaddrinfo(host, port, &hints, &ai)) != 0) {
		snprintf(err, errlen, "không tìm thấy máy %s (%s)", host, gai_strerror(rc));
		return -1;
	}
	for (a = ai; a; a = a->ai_next) {
		if ((fd = socket(a->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0)) < 0)
			continue;
		/* SO_SNDTIMEO bounds connect() too, on Linux */
		if (setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)) == 0 &&
		    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv)) == 0 &&
		    connect(fd, a->ai_addr, a->ai_addrlen) == 0)
			break;
		close(fd);
		fd = -1;
	}
	freeaddrinfo(ai);
	if (fd < 0)
		snprintf(err, errlen, "không kết nối được %s:%s", host, port);
	return fd;
}

/* the request over TLS: the certificate and the name checked */
static int
tls_exchange(int fd, const char *host, const struct buf *rq, struct buf *ans,
    char *err, size_t errlen)
{
	SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
	SSL *ssl = NULL;
	char chunk[4096];
	int n, rc = -1;

	if (ctx == NULL || SSL_CTX_set_default_verify_paths(ctx) != 1 ||
	    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION) != 1)
		goto out;
	SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, NULL);
	if ((ssl = SSL_new(ctx)) == NULL || SSL_set_fd(ssl, fd) != 1 ||
	    SSL_set_tlsext_host_name(ssl, host) != 1 || SSL_set1_host(ssl, host) != 1)
		goto out;
	if (SSL_connect(ssl) != 1) {
		snprintf(err, errlen, "kết nối TLS tới %s không thành công (chứng thư"
		    " không hợp lệ hoặc không khớp tên máy)", host);
		goto done;
	}
	if (SSL_write(ssl, rq->s, (int)rq->len) != (int)rq->len)
		goto out;
	while (ans->len < HTTPC_ANSWER_MAX && (n = SSL_read(ssl, chunk, sizeof(chunk))) > 0)
		buf_add(ans, chunk, (size_t)n);
	rc = 0;
	goto done;
out:
	snprintf(err, errlen, "lỗi TLS khi gọi %s", host);
done:
	ERR_clear_error();
	if (ssl)
		SSL_free(ssl);
	SSL_CTX_free(ctx);
	return rc;
}

int
httpc(const char *method, const char *url, const char *ctype, const char *body,
    size_t blen, int timeout_s, struct buf *answer, char *err, size_t errlen)
{
	char host[256], port[8], chunk[4096];
	struct buf rq = BUF_INIT, ans = BUF_INIT;
	const char *path, *head_end;
	int tls, fd, status = -1;
	ssize_t n;

	if (split(url, &tls, host, sizeof(host), port, sizeof(port), &path) != 0) {
		snprintf(err, errlen, "địa chỉ không hợp lệ: %.200s", url);
		return -1;
	}
	if ((fd = connect_to(host, port, timeout_s, err, errlen)) < 0)
		return -1;
	buf_printf(&rq, "%s %s HTTP/1.0\r\nHost: %s\r\nUser-Agent: dvc\r\nConnection: close\r\n",
	    method, path, host);
	if (body) {
		buf_printf(&rq, "Content-Type: %s\r\nContent-Length: %zu\r\n", ctype, blen);
		buf_adds(&rq, "\r\n");
		buf_add(&rq, body, blen);
	} else
		buf_adds(&rq, "\r\n");
	if (tls) {
		if (tls_exchange(fd, host, &rq, &ans, err, errlen) != 0)
			goto out;
	} else {
		if (write(fd, rq.s, rq.len) != (ssize_t)rq.len) {
			snprintf(err, errlen, "không gửi được yêu cầu tới %s", host);
			goto out;
		}
		while (ans.len < HTTPC_ANSWER_MAX && (n = read(fd, chunk, sizeof(chunk))) > 0)
			buf_add(&ans, chunk, (size_t)n);
	}
	/* "HTTP/1.x 200 ..." then the headers, a blank line, the body */
	if (ans.len < 12 || strncmp(buf_str(&ans), "HTTP/1.", 7) != 0 ||
	    (head_end = strstr(buf_str(&ans), "\r\n\r\n")) == NULL) {
		snprintf(err, errlen, "%s không trả lời (hết thời gian chờ, hoặc không phải"
		    " câu trả lời HTTP)", host);
		goto out;
	}
	status = atoi(buf_str(&ans) + 9);
	if (answer)
		buf_add(answer, head_end + 4, ans.len - (size_t)(head_end + 4 - ans.s));
out:
	close(fd);
	buf_free(&rq);
	buf_free(&ans);
	return status;
}
