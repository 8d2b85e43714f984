#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/conf.h"
#include "core/db.h"
#include "domain/dossier.h"
#include "domain/retention.h"

#define BATCH 500

/* Ended sessions: past their absolute end or idle past
 * Session.IdleMinutes, and last seen Retention.SessionDays ago (the
 * account page lists the recent ones). */
static int
purge_sessions(struct db *db, const struct config *cfg, int dry, long long *n)
{
	long idle = cfg_int(cfg, "Session.IdleMinutes");
	long days = cfg_int(cfg, "Retention.SessionDays");
	int rc;

	if (dry)
		return db_int(db, n, "SELECT COUNT(*) FROM session WHERE"
		    " (expires_at < NOW() OR last_seen < NOW() - INTERVAL ? MINUTE)"
		    " AND last_seen < NOW() - INTERVAL ? DAY",
		    DB_INT(idle), DB_INT(days)) < 0 ? DB_ERR : 0;
	do {
		rc = db_exec(db, "DELETE FROM session WHERE (expires_at < NOW() OR"
		    " last_seen < NOW() - INTERVAL ? MINUTE) AND last_seen < NOW() -"
		    " INTERVAL ? DAY LIMIT 500", DB_INT(idle), DB_INT(days));
		if (rc < 0)
			return rc;
		*n += rc;
	} while (rc == BATCH);
	return 0;
}

/* Mail sent (or given up) Retention.MailBodyDays ago: the bodies go (they
 * carry names, codes and links); address, subject and dates stay as the
 * record of what was sent. */
static int
purge_mail(struct db *db, const struct config *cfg, int dry, long long *n)
{
	long days = cfg_int(cfg, "Retention.MailBodyDays");
	int rc;

	if (dry)
		return db_int(db, n, "SELECT COUNT(*) FROM mail_outbox WHERE status"
		    " IN ('sent', 'failed') AND created_at < NOW() - INTERVAL ? DAY"
		    " AND (body_text <> '' OR body_html IS NOT NULL)",
		    DB_INT(days)) < 0 ? DB_ERR : 0;
	do {
		rc = db_exec(db, "UPDATE mail_outbox SET body_text = '', body_html ="
		    " NULL WHERE status IN ('sent', 'failed') AND created_at < NOW() -"
		    " INTERVAL ? DAY AND (body_text <> '' OR body_html IS NOT NULL)"
		    " LIMIT 500", DB_INT(days));
		if (rc < 0)
			return rc;
		*n += rc;
	} while (rc == BATCH);
	return 0;
}

/* Throttle rows whose window is over: they count nothing any more. */
static int
purge_throttles(struct db *db, const struct config *cfg, int dry, long long *n)
{
	long quiet = cfg_int(cfg, "Login.QuietMinutes");
	long window = cfg_int(cfg, "Track.WindowMinutes");
	long long m = 0;
	int rc;

	if (dry) {
		if (db_int(db, n, "SELECT COUNT(*) FROM login_throttle WHERE"
		    " last_failure < NOW() - INTERVAL ? MINUTE AND blocked_until <"
		    " NOW()", DB_INT(quiet)) < 0 || db_int(db, &m, "SELECT COUNT(*)"
		    " FROM track_throttle WHERE window_start < NOW() - INTERVAL ?"
		    " MINUTE", DB_INT(window)) < 0)
			return DB_ERR;
		*n += m;
		return 0;
	}
	do {
		rc = db_exec(db, "DELETE FROM login_throttle WHERE last_failure <"
		    " NOW() - INTERVAL ? MINUTE AND blocked_until < NOW() LIMIT 500",
		    DB_INT(quiet));
		if (rc < 0)
			return rc;
		*n += rc;
	} while (rc == BATCH);
	do {
		rc = db_exec(db, "DELETE FROM track_throttle WHERE window_start <"
		    " NOW() - INTERVAL ? MINUTE LIMIT 500", DB_INT(window));
		if (rc < 0)
			return rc;
		*n += rc;
	} while (rc == BATCH);
	return 0;
}

struct warn {
	const struct config *cfg;
	checks_mail_fn mail;
	void *ctx;
	HDF *d;			/* one draft: id, email, full_name, proc_name */
	int done;		/* marked and mailed */
};

static int
warn_tx(struct db *db, void *arg)
{
	struct warn *w = arg;
	char link[300];
	int rc;

	/* marked only if still untouched: the owner may have come back */
	rc = db_exec(db, "UPDATE dossier SET draft_warned_at = NOW() WHERE id = ?"
	    " AND status = 0 AND updated_at < NOW() - INTERVAL ? DAY",
	    DB_INT(hdf_get_int_value(w->d, "id", 0)),
	    DB_INT(cfg_int(w->cfg, "Retention.DraftDays")));
	if (rc <= 0)
		return rc;	/* 0: touched since the query, nothing to do */
	snprintf(link, sizeof(link), "%s%s/ho-so/nhap/%s", w->cfg->base_url,
	    w->cfg->base_path, hdf_get_value(w->d, "id", ""));
	hdf_set_value(w->d, "Mail.Name", hdf_get_value(w->d, "full_name", ""));
	hdf_set_value(w->d, "Mail.Link", link);
	hdf_set_value(w->d, "Mail.Draft.proc_name", hdf_get_value(w->d, "proc_name", ""));
	hdf_set_value(w->d, "Mail.Draft.created", hdf_get_value(w->d, "created", ""));
	hdf_set_value(w->d, "Mail.Draft.days", hdf_get_value(w->d, "warn_days", ""));
	if ((rc = w->mail(w->ctx, db, w->d, "DraftWarning",
	    hdf_get_value(w->d, "email", ""))) < 0)
		return rc;
	w->done = 1;
	return 0;
}

/* Drafts untouched for Retention.DraftDays and not warned since their last
 * change: one mail to the owner each; Retention.DraftWarnDays after it, a
 * draft still untouched is deleted (its files go to the store sweeper). */
static int
purge_drafts(struct db *db, const struct config *cfg, int dry,
    checks_mail_fn mail, void *ctx, struct purge_out *out)
{
	long days = cfg_int(cfg, "Retention.DraftDays");
	long warn_days = cfg_int(cfg, "Retention.DraftWarnDays");
	HDF *h, *d;
	int rc, got;

	/* the deletions first: a draft warned in this run waits its days */
	do {
		hdf_init(&h);
		rc = db_rows(db, h, "D", "SELECT id FROM dossier WHERE status = 0 AND"
		    " draft_warned_at IS NOT NULL AND draft_warned_at >= updated_at"
		    " AND draft_warned_at < NOW() - INTERVAL ? DAY ORDER BY id LIMIT ?",
		    DB_INT(warn_days), DB_INT(dry ? 1000000 : BATCH));
		got = rc;
		for (d = hdf_get_child(h, "D"); rc >= 0 && d; d = hdf_obj_next(d)) {
			if (dry) {
				out->drafts_deleted++;
				continue;
			}
			rc = dossier_delete_draft(db, hdf_get_int_value(d, "id", 0));
			if (rc > 0)
				out->drafts_deleted++;
		}
		hdf_destroy(&h);
		if (rc < 0)
			return rc;
	} while (!dry && got == BATCH);
	do {
		hdf_init(&h);
		rc = db_rows(db, h, "D", "SELECT d.id, a.email, a.full_name,"
		    " p.name AS proc_name, DATE_FORMAT(d.created_at, '%d/%m/%Y') AS"
		    " created, ? AS warn_days FROM dossier d JOIN account a ON"
		    " a.id = d.owner_id LEFT JOIN proc p ON p.code = d.proc_code"
		    " WHERE d.status = 0 AND a.status = 'active' AND d.updated_at <"
		    " NOW() - INTERVAL ? DAY AND (d.draft_warned_at IS NULL OR"
		    " d.draft_warned_at < d.updated_at) ORDER BY d.id LIMIT ?",
		    DB_INT(warn_days), DB_INT(days), DB_INT(dry ? 1000000 : BATCH));
		got = rc;
		for (d = hdf_get_child(h, "D"); rc >= 0 && d; d = hdf_obj_next(d)) {
			struct warn w = { cfg, mail, ctx, d, 0 };

			if (dry) {
				out->drafts_warned++;
				continue;
			}
			rc = db_tx(db, warn_tx, &w);
			out->drafts_warned += w.done;
		}
		hdf_destroy(&h);
		if (rc < 0)
			return rc;
	} while (!dry && got == BATCH);
	return 0;
}

int
retention_purge(struct db *db, const struct config *cfg, int dry_run,
    checks_mail_fn mail, void *ctx, struct purge_out *out)
{
	int rc;

	memset(out, 0, sizeof(*out));
	if ((rc = purge_sessions(db, cfg, dry_run, &out->sessions)) < 0 ||
	    (rc = purge_mail(db, cfg, dry_run, &out->mail_bodies)) < 0 ||
	    (rc = purge_throttles(db, cfg, dry_run, &out->throttles)) < 0 ||
	    (rc = purge_drafts(db, cfg, dry_run, mail, ctx, out)) < 0)
		return rc;
	return 0;
}
