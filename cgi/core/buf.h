/* Growable byte buffers. Every string built at run time goes through one.
 *
 * Ownership: a struct buf owns .s; buf_free() releases it. .s is always
 * NUL-terminated once anything was appended, and .len excludes the NUL.
 * Allocation failure aborts: a worker that cannot allocate a few bytes
 * cannot answer anyway, and the supervisor starts a new one. */
#ifndef DVC_BUF_H
#define DVC_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char *s;
	size_t len;
	size_t cap;
};

#define BUF_INIT { NULL, 0, 0 }

void buf_grow(struct buf *b, size_t need);
void buf_add(struct buf *b, const void *p, size_t n);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void buf_vprintf(struct buf *b, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
void buf_reset(struct buf *b);
void buf_free(struct buf *b);
/* Returns the NUL-terminated contents ("" when empty); stays owned by b. */
const char *buf_str(struct buf *b);

/* Appends s for a log line: printable ASCII and valid UTF-8 pass; quotes,
 * backslashes, CR, LF and every other control byte become \" \\ \r \n \xNN,
 * so one record stays one line and cannot forge another. At most max input
 * bytes are taken; longer input ends with "...". */
void buf_add_logsafe(struct buf *b, const char *s, size_t max);

/* Appends s as a JSON string literal, quotes included. */
void buf_add_json_string(struct buf *b, const char *s);

#endif
