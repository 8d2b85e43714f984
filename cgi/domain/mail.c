/* Mail: the outbox and its delivery through the sendmail interface.
 *
 * A message is a row in mail_outbox, written in the same transaction as
 * the event that causes it, so an event never loses its mail and a rolled
 * back event never sends any. `dvcctl mail send` (cron, or --every) claims
 * due rows one at a time, builds a MIME message and pipes it to
 * Mail.Sendmail, which reads the recipient from the headers (-t).
 *
 * Several senders may run at once (cron overlapping a slow pass, two
 * hosts): a row is claimed by an UPDATE that only succeeds while its
 * status and attempt count are what this sender read, and the claim
 * pushes next_attempt_at ten minutes ahead so that a sender that dies
 * mid-delivery leaves the row to be retried rather than lost. Delivery is
 * therefore at least once: a crash between sendmail's success and the
 * update that marks the row sent means one duplicate later. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/log.h"
#include "core/util.h"
#include "domain/mail.h"

#define ADDR_MAX	254	/* mail_outbox.to_addr, RFC 5321 path */
#define SUBJECT_MAX	200	/* mail_outbox.subject, in characters */
#define BODY_MAX	(1024 * 1024)
#define ERROR_MAX	290	/* bytes; mail_outbox.last_error holds 300 chars */
#define SEND_TIMEOUT	60	/* seconds before sendmail is killed */
#define RETRY_CAP	1440	/* minutes: the doubling stops at one day */
#define ARGV_MAX	32

/* Standard base64 (with padding) of n bytes, no line breaks. */
static void
b64_add(struct buf *b, const unsigned char *p, size_t n)
{
	buf_grow(b, 4 * ((n + 2) / 3));
	b->len += base64_encode(p, n, b->s + b->len);
}

/* A part body: text in canonical form (CRLF line ends, as RFC 2045 asks
 * of text types before base64), then base64 in lines of 76. */
static void
b64_body(struct buf *b, const char *text)
{
	struct buf canon = BUF_INIT;
	struct buf enc = BUF_INIT;
	const char *s;
	size_t i;

	for (s = text; *s; s++) {
		if (*s == '\n' && (s == text || s[-1] != '\r'))
			buf_addc(&canon, '\r');
		buf_addc(&canon, *s);
	}
	b64_add(&enc, (const unsigned char *)buf_str(&canon), canon.len);
	for (i = 0; i < enc.len; i += 76) {
		buf_add(b, enc.s + i, enc.len - i < 76 ? enc.len - i : 76);
		buf_addc(b, '\n');
	}
	buf_free(&canon);
	buf_free(&enc);
}

static int
is_ascii_printable(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || (unsigned char)*s > 0x7e)
			return 0;
	return 1;
}

/* A header value as RFC 2047 encoded-words (UTF-8, base64), split at
 * character boundaries so each word decodes on its own, and folded so
 * no line passes 78 characters. used is what the line already holds
 * ("Subject: " is 9). Plain printable ASCII that fits stays as it is,
 * unless force (a display name with quotes or backslashes). */
static void
header_words(struct buf *b, const char *s, size_t used, int force)
{
	size_t len = strlen(s), off = 0, n, k;

	if (!force && is_ascii_printable(s) && strstr(s, "=?") == NULL &&
	    used + len <= 78) {
		buf_adds(b, s);
		return;
	}
	/* 39 bytes make 52 base64 characters; with "=?UTF-8?B?" and "?="
	 * a word is 64, which fits after "Subject: " or a folding space. */
	while (off < len) {
		for (n = 0; off + n < len; n += k) {
			k = utf8_seq_len((const unsigned char *)s + off + n);
			if (k == 0)
				k = 1;	/* checked before; never split a byte */
			if (n + k > 39)
				break;
		}
		if (off > 0)
			buf_adds(b, "\n ");
		buf_adds(b, "=?UTF-8?B?");
		b64_add(b, (const unsigned char *)s + off, n);
		buf_adds(b, "?=");
		off += n;
	}
}

/* An address the outbox accepts: one plain addr-spec in printable ASCII
 * with one '@', nothing that a header parser would read as a second
 * recipient, a comment or a line break. Returns why not, or NULL. */
static const char *
addr_problem(const char *a)
{
	const char *at;

	if (a == NULL || *a == '\0')
		return "địa chỉ trống";
	if (strlen(a) > ADDR_MAX)
		return "địa chỉ quá dài";
	if (strpbrk(a, "\r\n") != NULL)
		return "địa chỉ có xuống dòng";
	if (!is_ascii_printable(a) || strpbrk(a, " ,;:<>()[]\"\\") != NULL)
		return "địa chỉ có ký tự không được phép";
	if ((at = strchr(a, '@')) == NULL || at == a || at[1] == '\0' ||
	    strchr(at + 1, '@') != NULL || at[1] == '.' || at[1] == '-')
		return "địa chỉ không đúng dạng";
	return NULL;
}

static const char *
subject_problem(const char *s)
{
	const unsigned char *p;
	size_t k;

	if (s == NULL || *s == '\0')
		return "tiêu đề trống";
	if (strpbrk(s, "\r\n") != NULL)
		return "tiêu đề có xuống dòng";
	if (!utf8_valid(s, strlen(s)))
		return "tiêu đề không phải UTF-8";
	if (utf8_count(s) > SUBJECT_MAX)
		return "tiêu đề quá dài";
	for (p = (const unsigned char *)s; *p; p += k) {
		k = utf8_seq_len(p);
		if (*p < 0x20 || *p == 0x7f || utf8_is_bidi_control(p, k))
			return "tiêu đề có ký tự điều khiển";
	}
	return NULL;
}

static const char *
body_problem(const char *s, int required)
{
	if (s == NULL)
		return required ? "thiếu nội dung" : NULL;
	if (strlen(s) > BODY_MAX)
		return "nội dung quá dài";
	if (!utf8_valid(s, strlen(s)))
		return "nội dung không phải UTF-8";
	return NULL;
}

static const char *
message_problem(const char *to, const char *subject, const char *text,
    const char *html)
{
	const char *why;

	if ((why = addr_problem(to)) != NULL ||
	    (why = subject_problem(subject)) != NULL ||
	    (why = body_problem(text, 1)) != NULL ||
	    (why = body_problem(html, 0)) != NULL)
		return why;
	return NULL;
}

int
mail_queue(struct db *db, const char *to, const char *subject,
    const char *text, const char *html)
{
	const char *why;
	int rc;

	if ((why = message_problem(to, subject, text, html)) != NULL) {
		log_event(LOG_WARN_, "mail_refused", NULL, "why", why,
		    "to", to ? to : "", NULL);
		return DB_ERR;
	}
	rc = db_exec(db, "INSERT INTO mail_outbox (to_addr, subject, body_text, body_html)"
	    " VALUES (?, ?, ?, ?)",
	    DB_STR(to), DB_STR(subject), DB_STR(text), DB_STR(html));
	return rc < 0 ? rc : 0;
}

/* Mail.From as display name and address. "Name <a@b>" or "a@b".
 * Returns -1 if it has no usable address. Both outputs are owned by the
 * caller. */
static int
parse_from(const char *from, char **name, char **addr)
{
	const char *lt, *gt;
	size_t n;

	*name = *addr = NULL;
	if (strpbrk(from, "\r\n") != NULL)
		return -1;
	if ((lt = strrchr(from, '<')) != NULL && (gt = strchr(lt, '>')) != NULL &&
	    gt[1] == '\0') {
		*addr = xstrndup(lt + 1, (size_t)(gt - lt - 1));
		for (n = (size_t)(lt - from); n > 0 && from[n - 1] == ' '; n--)
			;
		while (n > 0 && *from == ' ') {
			from++;
			n--;
		}
		if (n > 1 && from[0] == '"' && from[n - 1] == '"') {
			from++;
			n -= 2;
		}
		*name = xstrndup(from, n);
	} else {
		*addr = xstrdup(from);
		*name = xstrdup("");
	}
	if (addr_problem(*addr) != NULL || !utf8_valid(*name, strlen(*name))) {
		free(*name);
		free(*addr);
		*name = *addr = NULL;
		return -1;
	}
	return 0;
}

/* RFC 5322 date in local time, spelled out so the locale cannot change it. */
static void
add_date(struct buf *b, time_t t)
{
	static const char *days[] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
	static const char *months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
	    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	struct tm tm;
	long off;

	localtime_r(&t, &tm);
	off = tm.tm_gmtoff / 60;
	buf_printf(b, "%s, %02d %s %04d %02d:%02d:%02d %c%02ld%02ld",
	    days[tm.tm_wday], tm.tm_mday, months[tm.tm_mon], tm.tm_year + 1900,
	    tm.tm_hour, tm.tm_min, tm.tm_sec, off < 0 ? '-' : '+',
	    labs(off) / 60, labs(off) % 60);
}

/* The whole message, LF line ends (the sendmail interface's convention;
 * the MTA turns them into CRLF). Returns -1 when Mail.From is unusable. */
static int
build_message(const struct config *cfg, const char *to, const char *subject,
    const char *text, const char *html, struct buf *m)
{
	unsigned char rnd[16];
	char hex[33], bound[40];
	char *name, *addr;
	const char *dom;

	if (parse_from(cfg_str(cfg, "Mail.From"), &name, &addr) < 0)
		return -1;
	dom = strchr(addr, '@') + 1;

	buf_adds(m, "From: ");
	if (*name == '\0')
		buf_adds(m, addr);
	else if (is_ascii_printable(name) && strpbrk(name, "\"\\") == NULL) {
		buf_printf(m, "\"%s\"", name);
		buf_printf(m, " <%s>", addr);
	} else {
		header_words(m, name, 6, 1);
		buf_printf(m, "\n <%s>", addr);
	}
	buf_printf(m, "\nTo: %s\nSubject: ", to);
	header_words(m, subject, 9, 0);
	buf_adds(m, "\nDate: ");
	add_date(m, time(NULL));
	random_bytes(rnd, sizeof(rnd));
	hex_encode(rnd, sizeof(rnd), hex);
	buf_printf(m, "\nMessage-ID: <%s@%s>\n", hex, dom);
	random_bytes(rnd, 12);
	hex_encode(rnd, 12, hex);
	/* "=_" cannot occur in base64, so no part line can match it. */
	snprintf(bound, sizeof(bound), "=_dvc_%s", hex);
	buf_printf(m, "MIME-Version: 1.0\n"
	    "Auto-Submitted: auto-generated\n"
	    "Content-Type: multipart/alternative;\n boundary=\"%s\"\n"
	    "\n"
	    "This is a multi-part message in MIME format.\n", bound);
	buf_printf(m, "\n--%s\n"
	    "Content-Type: text/plain; charset=utf-8\n"
	    "Content-Transfer-Encoding: base64\n\n", bound);
	b64_body(m, text);
	if (html != NULL) {
		buf_printf(m, "\n--%s\n"
		    "Content-Type: text/html; charset=utf-8\n"
		    "Content-Transfer-Encoding: base64\n\n", bound);
		b64_body(m, html);
	}
	buf_printf(m, "\n--%s--\n", bound);
	free(name);
	free(addr);
	return 0;
}

/* A short, one-line, printable reason from a program's output: its
 * lines joined with " | " (msmtp puts the server's answer on the second),
 * control bytes and broken UTF-8 replaced, at most about 200 bytes. */
static void
add_output(struct buf *b, const char *s, size_t n)
{
	size_t i = 0, k, start = b->len;
	int sep = 0;

	while (i < n && b->len - start < 200) {
		if (s[i] == '\n' || s[i] == '\r' || s[i] == ' ') {
			sep |= s[i] != ' ' ? 2 : 1;
			i++;
			continue;
		}
		if (sep && b->len > start)
			buf_adds(b, sep & 2 ? " | " : " ");
		sep = 0;
		k = utf8_seq_len((const unsigned char *)s + i);
		if (k == 0 || i + k > n || (unsigned char)s[i] < 0x20 || s[i] == 0x7f) {
			buf_addc(b, '?');
			i++;
		} else {
			buf_add(b, s + i, k);
			i += k;
		}
	}
}

/* Cuts b to at most max bytes at a character boundary. */
static void
buf_cut(struct buf *b, size_t max)
{
	size_t i = 0, k;

	if (b->len <= max)
		return;
	while (i < max) {
		k = utf8_seq_len((const unsigned char *)b->s + i);
		if (k == 0)
			k = 1;
		if (i + k > max)
			break;
		i += k;
	}
	b->len = i;
	b->s[i] = '\0';
}

static void
set_nonblock(int fd)
{
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
}

/* Closes every fd from lo up except keep: close_range(2) where the
 * kernel has it, else one by one up to the limit. */
static void
close_from(int lo, int keep)
{
	long max, fd;

	if ((keep <= lo || syscall(SYS_close_range, (unsigned)lo, (unsigned)keep - 1, 0U) == 0) &&
	    syscall(SYS_close_range, (unsigned)keep + 1, ~0U, 0U) == 0)
		return;
	if ((max = sysconf(_SC_OPEN_MAX)) < 0 || max > 65536)
		max = 65536;
	for (fd = lo; fd < max; fd++)
		if (fd != keep)
			close((int)fd);
}

/* Both ends close on exec: only what dup2 puts on 0-2 reaches the
 * program. */
static int
pipe_cloexec(int p[2])
{
	if (pipe(p) < 0)
		return -1;
	fcntl(p[0], F_SETFD, FD_CLOEXEC);
	fcntl(p[1], F_SETFD, FD_CLOEXEC);
	return 0;
}

/* In the child, before exec: only async-signal-safe calls. Every fd but
 * 0-2 and the exec-error pipe goes, so the program holds no database
 * socket or log file of ours. */
static void
child_exec(char **argv, int in, int out, int errw)
{
	sigset_t none;
	int e;

	setpgid(0, 0);		/* so a timeout can kill whatever it started */
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	signal(SIGPIPE, SIG_DFL);
	if (dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(out, 2) < 0)
		goto fail;
	close_from(3, errw);
	execvp(argv[0], argv);
fail:
	e = errno;
	if (write(errw, &e, sizeof(e)) < 0)
		_exit(126);
	_exit(127);
}

/* Pipes msg to the sendmail program. Returns 0 when it exited 0, else -1
 * with a reason for last_error in why. */
static int
deliver(const struct config *cfg, const char *msg, size_t len, struct buf *why)
{
	char *line, *tok, *save = NULL, *argv[ARGV_MAX + 2];
	struct buf out = BUF_INIT;
	struct sigaction ign, old;
	struct pollfd pf[2];
	int in[2] = { -1, -1 }, er[2] = { -1, -1 }, ex[2] = { -1, -1 };
	int argc = 0, has_t = 0, status = 0, eno = 0, timedout = 0, rc = -1;
	size_t off = 0;
	double deadline;
	pid_t pid = -1;
	ssize_t n;

	line = xstrdup(cfg_str(cfg, "Mail.Sendmail"));
	for (tok = strtok_r(line, " ", &save); tok && argc < ARGV_MAX;
	    tok = strtok_r(NULL, " ", &save)) {
		argv[argc++] = tok;
		if (strcmp(tok, "-t") == 0)
			has_t = 1;
	}
	if (argc == 0) {
		buf_adds(why, "Mail.Sendmail trống");
		free(line);
		return -1;
	}
	if (!has_t)
		argv[argc++] = "-t";	/* recipients come from the headers */
	argv[argc] = NULL;

	/* A program that exits before reading all of its input must give a
	 * failure, not kill us with SIGPIPE. */
	memset(&ign, 0, sizeof(ign));
	ign.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &ign, &old);

	if (pipe_cloexec(in) < 0 || pipe_cloexec(er) < 0 ||
	    pipe_cloexec(ex) < 0 || (pid = fork()) < 0) {
		buf_printf(why, "không tạo được tiến trình: %s", strerror(errno));
		goto out;
	}
	if (pid == 0)
		child_exec(argv, in[0], er[1], ex[1]);
	setpgid(pid, pid);	/* also here: either may run first */
	close(in[0]);
	close(er[1]);
	close(ex[1]);
	in[0] = er[1] = ex[1] = -1;
	set_nonblock(in[1]);
	set_nonblock(er[0]);

	deadline = now_mono() + SEND_TIMEOUT;
	while (er[0] >= 0 || in[1] >= 0) {
		int left = (int)((deadline - now_mono()) * 1000), nf = 0, ie = -1, ii = -1;

		if (left <= 0) {
			timedout = 1;
			break;
		}
		if (er[0] >= 0) {
			pf[nf].fd = er[0];
			pf[nf].events = POLLIN;
			ie = nf++;
		}
		if (in[1] >= 0) {
			pf[nf].fd = in[1];
			pf[nf].events = POLLOUT;
			ii = nf++;
		}
		if (poll(pf, (nfds_t)nf, left) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (ii >= 0 && pf[ii].revents) {
			n = write(in[1], msg + off, len - off);
			if (n > 0)
				off += (size_t)n;
			if ((n < 0 && errno != EAGAIN && errno != EINTR) || off == len) {
				close(in[1]);	/* end of the message for the program */
				in[1] = -1;
			}
		}
		if (ie >= 0 && pf[ie].revents) {
			char tmp[4096];

			n = read(er[0], tmp, sizeof(tmp));
			if (n > 0) {
				if (out.len < 16384)
					buf_add(&out, tmp, (size_t)n);
			} else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
				close(er[0]);
				er[0] = -1;
			}
		}
	}
	/* Its output closed; it may still be running (or have handed its
	 * output to a child of its own): wait, but not past the deadline. */
	for (;;) {
		pid_t w = waitpid(pid, &status, WNOHANG);

		if (w == pid || (w < 0 && errno != EINTR))
			break;
		if (timedout || now_mono() >= deadline) {
			timedout = 1;
			kill(-pid, SIGKILL);
			kill(pid, SIGKILL);
			while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
				;
			break;
		}
		usleep(10000);
	}
	if (read(ex[0], &eno, sizeof(eno)) != (ssize_t)sizeof(eno))
		eno = 0;

	if (eno != 0)
		buf_printf(why, "không chạy được %s: %s", argv[0], strerror(eno));
	else if (timedout)
		buf_printf(why, "%s không xong sau %d giây, đã dừng", argv[0],
		    SEND_TIMEOUT);
	else if (WIFSIGNALED(status))
		buf_printf(why, "%s bị dừng bởi tín hiệu %d", argv[0],
		    WTERMSIG(status));
	else if (WIFEXITED(status) && WEXITSTATUS(status) != 0)
		buf_printf(why, "%s thoát với mã %d", argv[0], WEXITSTATUS(status));
	else if (off < len)
		buf_printf(why, "%s không đọc hết thư", argv[0]);
	else
		rc = 0;
	if (rc < 0 && eno == 0 && out.len > 0) {
		buf_adds(why, ": ");
		add_output(why, out.s, out.len);
	}
out:
	if (rc < 0)
		buf_cut(why, ERROR_MAX);
	for (n = 0; n < 2; n++) {
		if (in[n] >= 0)
			close(in[n]);
		if (er[n] >= 0)
			close(er[n]);
		if (ex[n] >= 0)
			close(ex[n]);
	}
	sigaction(SIGPIPE, &old, NULL);
	buf_free(&out);
	free(line);
	return rc;
}

/* Minutes to wait after the attempts-th failure: RetryMinutes doubled
 * after each, capped at a day. */
static long
retry_minutes(const struct config *cfg, long attempts)
{
	long m = cfg_int(cfg, "Mail.RetryMinutes");

	while (--attempts > 0 && m < RETRY_CAP)
		m *= 2;
	return m > RETRY_CAP ? RETRY_CAP : m;
}

/* Records the outcome of attempt number n (already counted by the claim).
 * perm: fail now whatever the count (the row itself is bad). */
static int
record_failure(struct db *db, const struct config *cfg, long long id, long n,
    const char *why, int perm)
{
	if (perm || n >= cfg_int(cfg, "Mail.MaxAttempts"))
		return db_exec(db, "UPDATE mail_outbox SET status = 'failed',"
		    " last_error = ? WHERE id = ? AND status = 'queued' AND attempts = ?",
		    DB_STR(why), DB_INT(id), DB_INT(n));
	return db_exec(db, "UPDATE mail_outbox SET"
	    " next_attempt_at = NOW() + INTERVAL ? MINUTE, last_error = ?"
	    " WHERE id = ? AND status = 'queued' AND attempts = ?",
	    DB_INT(retry_minutes(cfg, n)), DB_STR(why), DB_INT(id), DB_INT(n));
}

/* Claims, builds and delivers one row. Returns 1 sent, 0 failed, 2 taken
 * by another sender meanwhile, or a db_rc. */
static int
send_one(struct db *db, const struct config *cfg, long long id, long seen,
    FILE *out)
{
	struct buf msg = BUF_INIT, why = BUF_INIT;
	const char *to, *subject, *text, *html, *problem;
	long n = seen + 1;
	int rc, perm = 0;
	HDF *h;

	/* The claim: a lease of ten minutes, far beyond SEND_TIMEOUT. */
	rc = db_exec(db, "UPDATE mail_outbox SET"
	    " next_attempt_at = NOW() + INTERVAL 10 MINUTE, attempts = attempts + 1"
	    " WHERE id = ? AND status = 'queued' AND attempts = ?"
	    " AND next_attempt_at <= NOW()",
	    DB_INT(id), DB_INT(seen));
	if (rc <= 0)
		return rc < 0 ? rc : 2;

	/* One long column per statement: db_rows() garbles the second of
	 * two values longer than its 256-byte first buffer in one row. */
	hdf_init(&h);
	rc = db_row(db, h, "M", "SELECT to_addr, subject, body_text"
	    " FROM mail_outbox WHERE id = ?", DB_INT(id));
	if (rc > 0)
		rc = db_row(db, h, "M", "SELECT body_html"
		    " FROM mail_outbox WHERE id = ?", DB_INT(id));
	if (rc <= 0) {
		hdf_destroy(&h);
		return rc < 0 ? rc : 2;
	}
	to = hdf_get_value(h, "M.to_addr", "");
	subject = hdf_get_value(h, "M.subject", "");
	text = hdf_get_value(h, "M.body_text", "");
	html = hdf_get_value(h, "M.body_html", NULL);

	/* Rows may come from elsewhere than mail_queue (SQL, an older
	 * version): check again, and never retry a row that cannot be sent. */
	if ((problem = message_problem(to, subject, text, html)) != NULL) {
		buf_printf(&why, "thư không hợp lệ: %s", problem);
		perm = 1;
	} else if (build_message(cfg, to, subject, text, html, &msg) < 0) {
		buf_adds(&why, "Mail.From không phải một địa chỉ dùng được");
	} else if (deliver(cfg, msg.s, msg.len, &why) == 0) {
		rc = db_exec(db, "UPDATE mail_outbox SET status = 'sent',"
		    " sent_at = NOW(), last_error = NULL"
		    " WHERE id = ? AND attempts = ?", DB_INT(id), DB_INT(n));
		if (rc >= 0) {
			if (out)
				fprintf(out, "#%lld %s: đã gửi\n", id, to);
			log_event(LOG_INFO_, "mail_sent", NULL, "to", to, NULL);
			rc = 1;
		}
		goto done;
	}
	rc = record_failure(db, cfg, id, n, buf_str(&why), perm);
	if (rc >= 0) {
		if (out)
			fprintf(out, "#%lld %s: lỗi lần %ld/%ld: %s\n", id, to, n,
			    cfg_int(cfg, "Mail.MaxAttempts"), buf_str(&why));
		log_event(LOG_WARN_, "mail_failed", NULL, "to", to,
		    "why", buf_str(&why), NULL);
		rc = 0;
	}
done:
	buf_free(&msg);
	buf_free(&why);
	hdf_destroy(&h);
	return rc;
}

int
mail_send_due(struct db *db, const struct config *cfg, int limit,
    FILE *out, int *failed)
{
	HDF *h, *r;
	int rc, sent = 0;

	*failed = 0;
	hdf_init(&h);
	rc = db_rows(db, h, "Due", "SELECT id, attempts FROM mail_outbox"
	    " WHERE status = 'queued' AND next_attempt_at <= NOW()"
	    " ORDER BY next_attempt_at, id LIMIT ?", DB_INT(limit));
	for (r = hdf_get_child(h, "Due"); rc >= 0 && r; r = hdf_obj_next(r)) {
		rc = send_one(db, cfg, strtoll(hdf_get_value(r, "id", "0"), NULL, 10),
		    strtol(hdf_get_value(r, "attempts", "0"), NULL, 10), out);
		if (rc == 1)
			sent++;
		else if (rc == 0)
			(*failed)++;
	}
	hdf_destroy(&h);
	return rc < 0 ? rc : sent;
}

int
mail_list(struct db *db, HDF *hdf, const char *prefix, long limit)
{
	return db_rows(db, hdf, prefix,
	    "SELECT id, status, attempts, to_addr, subject, last_error,"
	    " DATE_FORMAT(created_at, '%Y-%m-%d %H:%i') AS at,"
	    " DATE_FORMAT(next_attempt_at, '%Y-%m-%d %H:%i') AS next_at,"
	    " DATE_FORMAT(sent_at, '%Y-%m-%d %H:%i') AS sent"
	    " FROM mail_outbox ORDER BY id DESC LIMIT ?", DB_INT(limit));
}

int
mail_recent(struct db *db, const char *to, const char *subject, long minutes)
{
	long long n = 0;
	int rc = db_int(db, &n, "SELECT COUNT(*) FROM mail_outbox WHERE"
	    " to_addr = ? AND subject = ? AND created_at > NOW() - INTERVAL ?"
	    " MINUTE", DB_STR(to), DB_STR(subject), DB_INT(minutes));

	return rc < 0 ? rc : n > 0;
}
