/* Structured logging: one line per event, key=value pairs.
 *
 * Values are always escaped (buf_add_logsafe), so a request cannot break a
 * record into two or forge one. Callers never pass passwords, tokens, session
 * ids or ID numbers: the request log has the path without its query string
 * for that reason. */
#ifndef DVC_LOG_H
#define DVC_LOG_H

enum log_level { LOG_DEBUG_, LOG_INFO_, LOG_WARN_, LOG_ERR_ };

/* ident names the program; file (may be NULL or "") appends to a file,
 * otherwise stderr; syslog also sends each line to syslog(3). */
int log_open(const char *ident, const char *file, int use_syslog, int level);
void log_close(void);

/* Logs ev with key/value string pairs ended by NULL; a pair with an
 * empty key is left out. ref may be NULL. */
void log_event(enum log_level lvl, const char *ev, const char *ref, ...)
	__attribute__((sentinel));

/* printf-style message for start-up and tool errors (no request data). */
void log_errorf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
