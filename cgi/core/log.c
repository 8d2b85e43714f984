#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <time.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/log.h"
#include "core/util.h"

/* Process-wide, set once at start-up and read-only afterwards. */
static struct {
	char ident[64];
	int fd;
	int use_syslog;
	int level;
} L = { "dvc", 2, 0, LOG_INFO_ };

static const char *const lvlname[] = { "debug", "info", "warn", "error" };

int
log_open(const char *ident, const char *file, int use_syslog, int level)
{
	snprintf(L.ident, sizeof(L.ident), "%s", ident);
	L.level = level;
	L.use_syslog = use_syslog;
	if (file && *file) {
		int fd = open(file, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);

		if (fd < 0)
			return -1;
		L.fd = fd;
	}
	if (use_syslog)
		openlog(L.ident, LOG_PID | LOG_NDELAY, LOG_DAEMON);
	return 0;
}

void
log_close(void)
{
	if (L.fd > 2)
		close(L.fd);
	L.fd = 2;
	if (L.use_syslog)
		closelog();
}

static void
emit(enum log_level lvl, struct buf *line)
{
	static const int prio[] = { LOG_DEBUG, LOG_INFO, LOG_WARNING, LOG_ERR };
	char ts[32];
	struct buf out = BUF_INIT;
	ssize_t w;
	size_t off = 0;

	time_iso_utc(time(NULL), ts, sizeof(ts));
	buf_printf(&out, "%s %s[%d] %s\n", ts, L.ident, (int)getpid(),
	    buf_str(line));
	/* One write per line: O_APPEND keeps lines from several workers whole. */
	while (off < out.len) {
		w = write(L.fd, out.s + off, out.len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		off += (size_t)w;
	}
	if (L.use_syslog)
		syslog(prio[lvl], "%s", buf_str(line));
	buf_free(&out);
}

void
log_event(enum log_level lvl, const char *ev, const char *ref, ...)
{
	struct buf line = BUF_INIT;
	const char *k, *v;
	va_list ap;

	if ((int)lvl < L.level)
		return;
	buf_printf(&line, "lvl=%s ev=", lvlname[lvl]);
	buf_add_logsafe(&line, ev, 64);
	if (ref) {
		buf_adds(&line, " ref=");
		buf_add_logsafe(&line, ref, 32);
	}
	va_start(ap, ref);
	while ((k = va_arg(ap, const char *)) != NULL) {
		v = va_arg(ap, const char *);
		if (*k == '\0')
			continue;	/* an optional pair left out */
		buf_addc(&line, ' ');
		buf_add_logsafe(&line, k, 64);
		buf_adds(&line, "=\"");
		buf_add_logsafe(&line, v ? v : "", 1024);
		buf_addc(&line, '"');
	}
	va_end(ap);
	emit(lvl, &line);
	buf_free(&line);
}

void
log_errorf(const char *fmt, ...)
{
	struct buf msg = BUF_INIT, line = BUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(&msg, fmt, ap);
	va_end(ap);
	buf_adds(&line, "lvl=error ev=error msg=\"");
	buf_add_logsafe(&line, buf_str(&msg), 4096);
	buf_addc(&line, '"');
	emit(LOG_ERR_, &line);
	buf_free(&msg);
	buf_free(&line);
}
