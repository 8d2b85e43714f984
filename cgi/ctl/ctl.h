/* dvcctl: the operator's command-line tool. Shares core and domain with
 * the responders; each command is one function taking its arguments. */
#ifndef DVC_CTL_H
#define DVC_CTL_H

#include "core/cs.h"

struct config;

struct ctl {
	struct config *cfg;
	const char *prog;
};

int ctl_migrate(struct ctl *c, int argc, char **argv);
int ctl_user(struct ctl *c, int argc, char **argv);
int ctl_announce(struct ctl *c, int argc, char **argv);
int ctl_feedback(struct ctl *c, int argc, char **argv);
int ctl_static_pages(struct ctl *c, int argc, char **argv);
int ctl_purge(struct ctl *c, int argc, char **argv);
int ctl_catalog(struct ctl *c, int argc, char **argv);
int ctl_audit(struct ctl *c, int argc, char **argv);	/* cmd_audit.c */
int ctl_mail(struct ctl *c, int argc, char **argv);	/* cmd_mail.c */
int ctl_store(struct ctl *c, int argc, char **argv);	/* cmd_store.c */
int ctl_deadline(struct ctl *c, int argc, char **argv);	/* cmd_calendar.c */
int ctl_holiday(struct ctl *c, int argc, char **argv);	/* cmd_calendar.c */
int ctl_notice_profile(struct ctl *c, int argc, char **argv);	/* cmd_notice.c */
int ctl_rebuild(struct ctl *c, int argc, char **argv);	/* cmd_rebuild.c */
int ctl_check(struct ctl *c, int argc, char **argv);	/* cmd_check.c */
int ctl_remind(struct ctl *c, int argc, char **argv);	/* cmd_check.c */
int ctl_payment(struct ctl *c, int argc, char **argv);	/* cmd_payment.c */
int ctl_agency(struct ctl *c, int argc, char **argv);	/* cmd_agency.c */
/* The mail hook of dvcctl's domain calls (checks_mail_fn, wf_hooks.mail;
 * ctx: the struct ctl): mail.cs rendered twice, queued in the caller's
 * transaction. cmd_check.c */
struct db;
int ctl_mail_hook(void *ctx, struct db *db, HDF *data, const char *kind,
    const char *to);
/* dvcctl backup DIR (restore 0) or restore DIR (1): cmd_backup.c */
int ctl_backup_restore(struct ctl *c, int restore, int argc, char **argv);

/* Prints a message for the operator to stderr, prefixed with the program
 * name. */
void ctl_err(const struct ctl *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Tells the operator a database call failed (rc: enum db_rc); returns 1,
 * the exit status. */
int ctl_db_failed(const struct ctl *c, int rc);
/* Reads a whole file; NULL on error (errno set). Caller frees. */
char *ctl_read_file(const char *path, size_t max, size_t *len);
/* Who ran dvcctl, for audit records: the Unix account is all an operator
 * has. */
const char *ctl_operator_name(void);
/* Value of --name in argv, or NULL. Flags without a value: ctl_flag. */
const char *ctl_opt(int argc, char **argv, const char *name);
int ctl_flag(int argc, char **argv, const char *name);

#endif
