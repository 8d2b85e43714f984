/* Taking the files of one post into a dossier: the citizen's draft and
 * supplement (dvc-dossier) and reception's entry of a dossier received at
 * the counter or by post (dvc-office) take them the same way, by the same
 * checks (dossier_files.c, domain/intake.h). */
#ifndef DVC_PAGES_DOSSIER_FILES_H
#define DVC_PAGES_DOSSIER_FILES_H

#include "core/request.h"
#include "domain/dossier.h"
#include "domain/intake.h"

/* dossier_files.c: the files of one post, taken one by one */
struct accepted {
	long long doc_id;
	struct intake in;	/* in the store, to be linked */
	int p7s_for;		/* a .p7s: the index of the accepted file it
				 * signs, or -1 */
	long long signs_id;	/* a .p7s: the stored file it signs, or 0 */
};

struct taken {
	struct accepted *acc;	/* nacc of them; the caller frees acc */
	int nacc;
};

/* Takes the request's files (fields tep_<document id>) for the documents
 * of Dossier.Docs (dossier_load'ed), the dossier holding files and f's
 * bytes now: each checked and stored (domain/intake.h) or refused with
 * its reason by its document (Refused.<doc>.N.{name,key}, Refused.count),
 * within the quotas; Got.<doc> = 1 for each document that got a file.
 * supplement: only the documents a supplement request names, and no
 * detached signatures (their file must come in the same post); else a
 * .p7s is paired with the file it signs (domain dossier_p7s_target).
 * res_ok(), or 500 when the store cannot be written. */
struct result dossier_take_files(struct request *req, const struct dossier_facts *f,
    long long files, int supplement, struct taken *t);
/* Links the taken files to dossier f in the caller's transaction (with a
 * detached signature's result shown on the file it signs). 0 or a db_rc. */
int dossier_link_files(struct db *db, const struct dossier_facts *f,
    const struct taken *t);

#endif
