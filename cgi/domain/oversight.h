/* The province's oversight of every agency (issue 13, section 6;
 * /can-bo/giam-sat, for the province's admins and inspectors): per
 * agency, the dossiers waiting for reception and those waiting too long,
 * those in processing on time or overdue by their current due date, those
 * waiting for the citizen (the clock stopped: neither), the paper copies
 * of unsigned level-4 dossiers still awaited, and whether an agency that
 * takes online dossiers has an active reception officer. Counted in SQL
 * over the index of open dossiers (sql/015-reports.sql: dossier_open),
 * never dossier by dossier. The lists behind each figure give the
 * dossier's code, procedure, status and dates: no applicant's name or
 * contact (minimum personal data).
 *
 * A province admin may also grant one dossier an extension waiver
 * (extension_waiver, sql/013): leave for its extensions to go past
 * Deadline.MaxExtensions or the procedure's time limit, with a reason. */
#ifndef DVC_OVERSIGHT_H
#define DVC_OVERSIGHT_H

#include "core/cs.h"

struct calendar;
struct config;
struct db;

enum ov_state {
	OV_WAITING,		/* submitted, not yet received (status 1) */
	OV_LATE_RECEIVE,	/* of those, beyond Reception.MaxWaitHours */
	OV_ON_TIME,		/* in processing (2, 4, 6), before the due date */
	OV_OVERDUE,		/* in processing, past the due date */
	OV_PAUSED,		/* waiting for the citizen's supplement (5) */
	OV_PAPER,		/* an open level-4 dossier whose paper copy is awaited */
	OV__MAX
};
/* URL slugs of the states ("cho-tiep-nhan", ...), NULL-terminated, and
 * their names in the summary's rows and the language file. */
extern const char *const ov_state_slugs[];
extern const char *const ov_state_names[OV__MAX];

/* Every active agency by code: prefix.N.{id,code,name,level, one count
 * per ov_state_names, online (it takes online dossiers: implements a
 * procedure offered online under scheme 2018/2022), staffed (it has an
 * active reception officer)}; prefix + "Total" the sums; prefix +
 * "Unstaffed".N.{code,name}: those taking online dossiers with no active
 * reception officer. Late to receive: checks.h's rule at now. Rows or a
 * db_rc. */
int oversight_summary(struct db *db, const struct config *cfg, long long now,
    HDF *hdf, const char *prefix);

#define OV_LIST_PAGE 100

/* One page of the dossiers of agency in state, oldest first, after the
 * dossier id `after` (0: from the start): prefix.N.{id,code,proc_code,
 * proc_name,status,submitted,received,due,late,paper,extensions,waiver};
 * prefix + "More" the next page's cursor. Rows on this page or a db_rc. */
int oversight_list(struct db *db, const struct config *cfg, long long agency,
    enum ov_state state, long long now, long long after, HDF *hdf,
    const char *prefix);

/* One dossier as the oversight shows it (by code): prefix.{id,code,
 * agency_id,agency_code,agency_name,proc_code,proc_name,status,submitted,
 * received,first_due,due,finished,timeliness,extensions,paper_pending,
 * paper_received,draft} and prefix.Due.N.{at,cause,old_due,new_due} (the
 * history of its due date), prefix.Waiver.{by,at,reason} if one was
 * granted. No applicant's data. 1, 0 (no such dossier) or a db_rc. */
int oversight_dossier(struct db *db, const char *code, HDF *hdf, const char *prefix);

/* Grants dossier id an extension waiver, in the caller's transaction:
 * 1 granted, 0 one was granted before (nothing changed), or a db_rc. */
int oversight_waive(struct db *db, long long id, long long by, const char *reason);

#endif
