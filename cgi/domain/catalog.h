/* The catalogue of administrative procedures, held in memory.
 *
 * The whole catalogue (agencies, fields, procedures with every component,
 * the newest announcements) is loaded into an HDF tree and a few indexes,
 * and catalog_version is compared with what is held at most every
 * Catalog.CheckInterval seconds; an edit or an import changed it, the
 * catalogue is loaded again. Under a supervisor (-w) the supervisor does
 * this once for all its workers (catalog_share), and replaces them with
 * workers forked with the new one; a lone worker does it itself. Catalogue pages then cost
 * no query at all; if the database goes away, what is loaded keeps being
 * served.
 *
 * The tree, per procedure index i (ordered by name):
 *   P.i.{id,code,name,field,field_name,field_slug,level,level22,levels,
 *        subjects,conditions,result,guide,decision,valid_from,valid_to,
 *        views,received,processed,early,on_time,late,online}
 *   P.i.Impl.k / Competent.k / Coord.k .{code,name}
 *   P.i.Cases.k.{key,name}   P.i.Steps.k.{party,text,case}
 *   P.i.Chan.k.{channel,time,unit,fee,charge,fee_note,free}
 *   P.i.Docs.k.{name,originals,copies,required,form_name,form_file,case}
 *   P.i.Legal.k  P.i.Keywords.k  P.i.Related.k.{code,name}
 *   P.i.InterAgency.k.{code,name}  P.i.Process.k.{step,role,unit,hours,channel}
 *   (a process step without channel is in every channel's process)
 * and F.j (fields), A.j (agencies, with Events and Procs by field), AS.j
 * (the agencies' summaries, without their procedures, for lists),
 * Notices.k, Totals.* for the home and statistics pages.
 * Handlers copy the subtrees a page needs into the request's HDF.
 *
 * Process-wide and read-only between reloads, which happen only at the
 * start of a request (one request at a time per process). */
#ifndef DVC_CATALOG_H
#define DVC_CATALOG_H

#include "core/cs.h"

struct config;
struct db;

enum cat_channel { CH_IN_PERSON, CH_ONLINE, CH_POST, CH__MAX };
enum cat_alevel { AL_PROVINCE, AL_DISTRICT, AL_COMMUNE, AL__MAX };

/* Loads or refreshes the catalogue. Returns 0, or a db_rc when nothing
 * could be loaded (a failed check with a catalogue in memory is not an
 * error: the old one stays). */
int catalog_refresh(struct db *db, const struct config *cfg);
/* In a supervisor (responder_main -w): reads catalog_version, and loads
 * the catalogue when it changed, for the workers it forks next. 1 when a
 * new one was loaded (its workers are to be replaced), 0 when the version
 * is the same, a db_rc on failure (nothing changes). *next: seconds to
 * the next call (a quarter of Catalog.CheckInterval). A worker forked with a
 * catalogue no longer checks the version itself. catalog_share_done frees
 * the previous catalogue once the new workers are running. */
int catalog_share(struct db *db, const struct config *cfg, double *next);
void catalog_share_done(void);
/* Changes with every reload and every refresh of the usage figures:
 * part of the key of cached pages. 0 before the first load. */
long long catalog_generation(void);
long long catalog_version(void);
/* The whole tree (NULL before the first load). */
HDF *catalog_hdf(void);
void catalog_free(void);

/* Lookups; -1 when absent. */
int catalog_proc(const char *code);
int catalog_field(const char *slug);
int catalog_agency(const char *code);
int catalog_nprocs(void);
/* Subtree of procedure / agency / field i. */
HDF *catalog_proc_hdf(int i);
HDF *catalog_agency_hdf(int i);
HDF *catalog_field_hdf(int i);
/* 1 if procedure i can be submitted online under the active scheme. */
int catalog_online(int i);

/* Usage of procedure i, the figures Article 5.1b asks to be public (as
 * of the last refresh, Catalog.StatsInterval): views, dossiers received
 * and settled (dossier_stat), the on-time rate in tenths of a percent
 * (early and on time, of those classified; -1 none yet), and the path of
 * its usage guide: its own (/thu-tuc/<code>#s-huongdan) when its record
 * has one, else the portal's guide to submitting online, or to finding a
 * procedure for one not offered online. */
struct cat_usage {
	long long views, received, settled;
	long on_time_tenths;
	char guide[64];
};
void catalog_usage(int i, struct cat_usage *u);

/* A search with filters; -1 (or NULL, or 0 for level) means "any".
 * level: 1-4 under scheme 2018; 1 toàn trình, 2 một phần under 2022. */
struct cat_query {
	const char *q;
	int field;
	int agency;
	int level;
	int channel;
	int alevel;
};

struct cat_result {
	int *idx;		/* matching procedures, best first (by name if no q) */
	int n;
	int by_level[5];	/* matches per level, ignoring the level filter */
	int exact;		/* q was a procedure code that exists: its index */
};

/* Runs q; fills r (free with cat_result_free). */
void catalog_search(const struct cat_query *q, struct cat_result *r);
void cat_result_free(struct cat_result *r);

/* Counts a page view in memory; catalog_flush_views() writes the counts
 * in one transaction when Catalog.ViewFlushInterval has passed (force:
 * now, e.g. when a worker exits). */
void catalog_count_view(int i);
int catalog_flush_views(struct db *db, const struct config *cfg, int force);

/* Bumps catalog_version: every responder reloads. For dvcctl. */
int catalog_bump(struct db *db);

#endif
