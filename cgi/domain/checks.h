/* What someone must act on, so that nobody forgets a dossier (issue 13,
 * sections 3 and 5): the operator's list (dvcctl check, and the province
 * admin's oversight page /can-bo/giam-sat, which show the same findings
 * from the one function below), the officer's marks on a dossier and in
 * the queues, and reception's alert (dvcctl remind, run by cron).
 *
 * Rules (decided here; docs/workflow.md and docs/operator-guide.md):
 * - An agency takes online dossiers when it implements an active
 *   procedure of level 3 or more with an online channel (what the start
 *   form offers, domain/dossier.c). Such an agency needs an active
 *   reception officer (Article 13.6: staff on duty to receive
 *   e-dossiers); without one its dossiers wait for ever. Without an
 *   active specialist or leader they cannot be processed or approved:
 *   reported on the same line.
 * - The current year's holidays must be confirmed (calendar_year); next
 *   year's from 1 October by the portal's clock (cal_now): until they
 *   are, every due date reaching into it is provisional (calendar.h).
 * - A dossier waits for reception from its submission, or from the
 *   citizen's supplement when reception had asked for one before
 *   accepting it (status 1 again): COALESCE(supplemented_at,
 *   submitted_at). Once Reception.MaxWaitHours working hours (counted by
 *   the engine's periods, weekends and holidays) have passed since, it
 *   is late to receive: flagged in reception's queue and on its page,
 *   and the agency's leaders and the province's admins are mailed once
 *   (dossier.wait_alerted_at) by checks_remind.
 * - Mail queued and not sent an hour after it was due means the sender
 *   (dvcctl mail send, cron) is not running.
 * - A promise (the due date in force) is never moved by a later change
 *   of the holiday table: a dossier whose clock runs and whose counted
 *   period (the day received to the due day) holds a day added or
 *   removed at or after the date was computed (its last due_change row,
 *   else its reception) shows a warning; one whose due date was
 *   provisional shows it while a year of its period is still not
 *   confirmed. Both are computed in SQL (CHECKS_SQL_MARKS), never by
 *   recomputing dossiers one by one. */
#ifndef DVC_CHECKS_H
#define DVC_CHECKS_H

#include <stddef.h>

#include "core/cs.h"

struct calendar;
struct config;
struct db;

/* The columns due_provisional (1: the due date is provisional and a year
 * of its period is still not confirmed) and due_changed (1: the holiday
 * table changed inside its period after the date was promised) of a
 * query over dossier d, for queues and work lists: put it after other
 * columns ("SELECT d.id, ..." CHECKS_SQL_MARKS " FROM dossier d ..."). */
#define CHECKS_SQL_MARKS \
	", d.clock = 'running' AND d.due_provisional = 1 AND (SELECT COUNT(*)" \
	" FROM calendar_year cy WHERE cy.year BETWEEN YEAR(d.received_at) AND" \
	" YEAR(d.due_at)) <= YEAR(d.due_at) - YEAR(d.received_at) AS due_provisional," \
	" d.clock = 'running' AND EXISTS (SELECT 1 FROM calendar_change cc WHERE" \
	" cc.change_kind <> 'confirm' AND cc.day BETWEEN DATE(d.received_at) AND" \
	" DATE(d.due_at) AND cc.at >= COALESCE((SELECT MAX(x.at) FROM due_change x" \
	" WHERE x.dossier_id = d.id), d.received_at)) AS due_changed"

/* The moment at or before which a dossier must have started waiting to
 * be late to receive at now (local seconds): Reception.MaxWaitHours of
 * working time before now (cal_working_back). 0 when nothing can be
 * late (no working time in sight). */
long long checks_wait_cutoff(const struct calendar *cal,
    const struct config *cfg, long long now);

/* When a dossier that started waiting at start (its submission, or the
 * citizen's supplement) becomes late to receive: Reception.MaxWaitHours
 * of working time after start (cal_working_forward), the other side of
 * checks_wait_cutoff. Stored as dossier.reception_due_at, the queue's
 * order for a dossier not yet received (sql/026). 0 with no working time
 * in sight. */
long long checks_reception_due(const struct calendar *cal,
    const struct config *cfg, long long start);

/* checks_wait_cutoff at now by the portal's calendar (calendar_view), as
 * the text the condition below takes (cal_format_iso; out: 24 bytes at
 * least). 0 or a db_rc. */
int checks_wait_cut(struct db *db, const struct config *cfg, long long now,
    char *out, size_t len);

/* Late to receive at a cutoff (the rule above), over dossier d: the one
 * condition the queue's marks, the operator's findings, reception's
 * alert, the oversight and the scorecard count by. Its two placeholders
 * both take the cutoff's text (CHECKS_WAIT_PARAMS); submitted_at alone
 * first, so that the index (agency_id, status, submitted_at) narrows it. */
#define CHECKS_SQL_WAIT_LATE \
	"(d.status = 1 AND d.submitted_at <= ? AND" \
	" COALESCE(d.supplemented_at, d.submitted_at) <= ?)"
#define CHECKS_WAIT_PARAMS(cut) DB_STR(cut), DB_STR(cut)

/* The operator's findings at now, one per node prefix.N, in this order:
 *   kind "unstaffed": an agency taking online dossiers without an active
 *     officer in a working role: agency_id, agency_code, agency_name, and
 *     the counts reception, specialist, leader (one of them 0);
 *   kind "year": a year whose holidays are not confirmed: year, next (0:
 *     the current year, 1: next year, from 1 October), days (the table's
 *     rows for it; 0: nothing entered);
 *   kind "wait": an agency's dossiers late to receive: agency_id,
 *     agency_code, agency_name, count, unalerted (not yet mailed: dvcctl
 *     remind has not run since), hours (Reception.MaxWaitHours);
 *   kind "mail": count, the mails queued and not sent an hour after
 *     they were due.
 * The words are the caller's: Lang.Check.* for pages, Vietnamese in
 * dvcctl. Returns the number of findings (0: nothing to do) or a
 * db_rc. */
int checks_run(struct db *db, const struct config *cfg, long long now,
    HDF *hdf, const char *prefix);

/* The officer's marks on dossier id at now, under prefix: provisional =
 * 1 (as CHECKS_SQL_MARKS); Changes.N.{day (DD/MM/YYYY), kind (add,
 * remove), at, name (the day's name if it is in the table now),
 * day_kind (holiday, workday)}: the changes of the holiday table that
 * concern its promise; wait_late = 1 when it is late to receive, with
 * wait_due (when it became so, as cal_format_vi writes it), wait_hours,
 * and wait_alerted (when the alert was mailed, or absent). Returns 0 or a
 * db_rc. */
int checks_dossier(struct db *db, const struct config *cfg, long long id,
    long long now, HDF *hdf, const char *prefix);

/* Sends the mail of one alert: data holds Mail.* (Name, Items.N.{name,
 * link}, Link, Hours), kind is "WaitAlert"; queue it for to in the
 * caller's transaction (mail_queue). 0 or a db_rc. */
typedef int (*checks_mail_fn)(void *ctx, struct db *db, HDF *data,
    const char *kind, const char *to);

struct checks_remind_out {
	int dossiers;		/* newly late to receive, now alerted */
	int mails;		/* mails queued */
};

/* Reception's alert at now, in one transaction: every dossier late to
 * receive and not yet alerted (at most 500 a run; the next run takes the
 * rest) is marked (wait_alerted_at), and each active leader of its
 * agency gets one mail listing that agency's, each active province admin
 * one mail listing them all. Concurrent runs alert each dossier once
 * (the rows are locked and read again). 0 or a db_rc. */
int checks_remind(struct db *db, const struct config *cfg, long long now,
    checks_mail_fn mail, void *ctx, struct checks_remind_out *out);

#endif
