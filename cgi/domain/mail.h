/* Mail: an outbox table filled in the same transaction as the event that
 * causes a message; `dvcctl mail send` delivers it through the sendmail
 * interface (Mail.Sendmail) with retries, then a failed state. */
#ifndef DVC_MAIL_H
#define DVC_MAIL_H

#include <stdio.h>

#include "core/cs.h"

struct config;
struct db;

/* Queues one message (UTF-8 subject and bodies; html may be NULL). Call
 * inside the caller's transaction. Returns 0 or a db_rc. */
int mail_queue(struct db *db, const char *to, const char *subject,
    const char *text, const char *html);

/* 1 if a mail with this subject was queued for the address in the last
 * minutes, 0 if not, or a db_rc: forms that mail others use it so they
 * cannot flood a mailbox. */
int mail_recent(struct db *db, const char *to, const char *subject,
    long minutes);

/* Delivers up to limit due messages. Reports one line per message to out
 * (may be NULL). Returns the number delivered, or a db_rc; *failed counts
 * the attempts that failed. */
int mail_send_due(struct db *db, const struct config *cfg, int limit,
    FILE *out, int *failed);

/* The newest limit rows into hdf at prefix.N (id, status, attempts,
 * to_addr, subject, last_error, at, next_at, sent) for dvcctl mail list.
 * Returns the row count or a db_rc. */
int mail_list(struct db *db, HDF *hdf, const char *prefix, long limit);

#endif
