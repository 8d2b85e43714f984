#include "config.h"
/* STUB: replaced by the mail helper. */
#include "core/db.h"
#include "domain/mail.h"
int mail_queue(struct db *db, const char *to, const char *subject, const char *text, const char *html)
{ return db_exec(db, "INSERT INTO mail_outbox (to_addr, subject, body_text, body_html) VALUES (?, ?, ?, ?)", DB_STR(to), DB_STR(subject), DB_STR(text), DB_STR(html)) < 0 ? DB_ERR : 0; }
int mail_send_due(struct db *db, const struct config *cfg, int limit, FILE *out, int *failed) { (void)db; (void)cfg; (void)limit; (void)out; *failed = 0; return 0; }
