/* Taking the files of one post into a draft or a supplement (dvc-dossier),
 * or into a dossier reception enters at the counter (dvc-office).
 * Each file is checked and stored on its own (domain/intake.h); a refused
 * one is named by its document with the reason, and every good one is
 * kept: the person never loses what was fine. Which rules apply (quotas,
 * which file a detached signature signs) is the domain's. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/metrics.h"
#include "core/request.h"
#include "core/upload.h"
#include "core/util.h"
#include "domain/store.h"
#include "pages/dossier_files.h"

/* The upload slot's document: "tep_<doc id>" of this dossier's documents
 * (docs), or NULL. */
static HDF *
slot_doc(HDF *docs, const char *name)
{
	char *end;
	long long id;
	HDF *d;

	if (strncmp(name, "tep_", 4) != 0)
		return NULL;
	id = strtoll(name + 4, &end, 10);
	if (*end != '\0' || id <= 0)
		return NULL;
	for (d = hdf_obj_child(docs); d; d = hdf_obj_next(d))
		if (hdf_ll(d, "id") == id)
			return d;
	return NULL;
}

/* A refused file: its message next to the document's field. */
static void
refuse(struct request *req, long long doc_id, const char *name, const char *key)
{
	char k[96];
	int n;
	HDF *node;

	snprintf(k, sizeof(k), "Refused.%lld", doc_id);
	node = hdf_get_obj(req->hdf, k);
	n = 0;
	if (node)
		for (node = hdf_obj_child(node); node; node = hdf_obj_next(node))
			n++;
	snprintf(k, sizeof(k), "Refused.%lld.%d.name", doc_id, n);
	hdf_set_value(req->hdf, k, name);
	snprintf(k, sizeof(k), "Refused.%lld.%d.key", doc_id, n);
	hdf_set_value(req->hdf, k, key);
	hdf_set_int_value(req->hdf, "Refused.count",
	    hdf_get_int_value(req->hdf, "Refused.count", 0) + 1);
	/* the language key is the reason (e.g. File.Type): a fixed word */
	metrics_count("dvc_uploads_refused_total", "reason", key);
}

/* The file a .p7s named name signs, among the files accepted in this
 * post for document doc: its index in t->acc, or -1. */
static int
p7s_in_post(const struct taken *t, long long doc, const char *name)
{
	const char **names = xcalloc((size_t)t->nacc + 1, sizeof(*names));
	int *idx = xcalloc((size_t)t->nacc + 1, sizeof(*idx));
	int i, n = 0, k;

	for (i = 0; i < t->nacc; i++)
		if (t->acc[i].doc_id == doc && !t->acc[i].in.is_p7s) {
			names[n] = t->acc[i].in.name;
			idx[n++] = i;
		}
	k = dossier_p7s_target(name, names, (size_t)n);
	k = k < 0 ? -1 : idx[k];
	free(names);
	free(idx);
	return k;
}

/* The same among the files document d of the draft holds already: the
 * stored file's id and hash (into sha), or 0. */
static long long
p7s_stored(HDF *d, const char *name, char sha[65])
{
	const char **names;
	HDF **files, *fl;
	long long id = 0;
	int n = 0, k;

	for (fl = hdf_obj_child(hdf_get_obj(d, "Files")); fl; fl = hdf_obj_next(fl))
		n++;
	names = xcalloc((size_t)n + 1, sizeof(*names));
	files = xcalloc((size_t)n + 1, sizeof(*files));
	n = 0;
	for (fl = hdf_obj_child(hdf_get_obj(d, "Files")); fl; fl = hdf_obj_next(fl))
		if (hdf_get_value(fl, "signs_id", NULL) == NULL) {
			names[n] = hdf_get_value(fl, "name", "");
			files[n++] = fl;
		}
	if ((k = dossier_p7s_target(name, names, (size_t)n)) >= 0) {
		id = hdf_ll(files[k], "id");
		snprintf(sha, 65, "%s", hdf_get_value(files[k], "sha256", ""));
	}
	free(names);
	free(files);
	return id;
}

struct result
dossier_take_files(struct request *req, const struct dossier_facts *f,
    long long files, int supplement, struct taken *t)
{
	HDF *docs = hdf_get_obj(req->hdf, "Dossier.Docs");
	long long bytes = f->bytes;
	int i, rc;

	t->nacc = 0;
	t->acc = xcalloc((size_t)req->nuploads + 1, sizeof(*t->acc));
	for (i = 0; i < req->nuploads; i++) {
		struct upload *u = &req->uploads[i];
		HDF *d = slot_doc(docs, u->name);
		struct accepted *a = &t->acc[t->nacc];
		const char *why;
		char name[256], key[48];
		int signed_fd = -1;
		long long doc;

		if (d == NULL || (u->fd < 0 && !u->over))
			continue;	/* not a slot of this dossier, or nothing chosen */
		/* a supplement takes only the documents its request named */
		if (supplement && hdf_get_int_value(d, "supplement", 0) != 1)
			continue;
		doc = hdf_ll(d, "id");
		intake_name(u, name);
		if ((why = u->over ? "Upload.TooBig" :
		    dossier_quota(req->cfg, files, bytes, (long long)u->size)) != NULL) {
			refuse(req, doc, name, why);
			continue;
		}
		a->doc_id = doc;
		a->p7s_for = -1;
		if (intake_is_signature(u)) {
			char sha[65] = "";
			long long size;

			/* a supplement takes signed PDFs: a detached
			 * signature needs its file in the same post */
			if (!supplement && (a->p7s_for = p7s_in_post(t, doc, name)) >= 0)
				snprintf(sha, sizeof(sha), "%s", t->acc[a->p7s_for].in.sha256);
			else if (!supplement)
				a->signs_id = p7s_stored(d, name, sha);
			if (a->p7s_for < 0 && a->signs_id == 0) {
				refuse(req, doc, name, "Sig.NoTarget");
				continue;
			}
			if ((signed_fd = store_open(req->cfg, sha, &size)) < 0)
				return res_fail(500, "stored file to sign missing");
		}
		rc = intake_file(req->cfg, u, f->level, signed_fd, &a->in);
		if (signed_fd >= 0)
			close(signed_fd);
		if (rc < 0)
			return res_fail(500, "intake failed");
		if (!a->in.ok) {
			refuse(req, doc, name, a->in.key);
			continue;
		}
		snprintf(key, sizeof(key), "Got.%lld", doc);
		hdf_set_value(req->hdf, key, "1");
		files++;
		bytes += a->in.size;
		t->nacc++;
	}
	return res_ok();
}

int
dossier_link_files(struct db *db, const struct dossier_facts *f,
    const struct taken *t)
{
	long long *ids = xcalloc((size_t)t->nacc + 1, sizeof(*ids));
	int i, rc = 0;

	for (i = 0; i < t->nacc && rc == 0; i++) {
		const struct accepted *a = &t->acc[i];
		struct dossier_file df;

		memset(&df, 0, sizeof(df));
		df.doc_id = a->doc_id;
		df.sha256 = a->in.sha256;
		df.mime = a->in.mime;
		df.ext = a->in.ext;
		df.name = a->in.name;
		df.size = a->in.size;
		df.signs_id = a->p7s_for >= 0 ? ids[a->p7s_for] : a->signs_id;
		df.sig_state = a->in.sig_state;
		df.sig_reason = a->in.sig_reason;
		df.sig_signer = a->in.sig_signer[0] ? a->in.sig_signer : NULL;
		df.sig_serial = a->in.sig_serial[0] ? a->in.sig_serial : NULL;
		df.sig_issuer = a->in.sig_issuer[0] ? a->in.sig_issuer : NULL;
		df.sig_time = a->in.sig_time;
		if ((rc = dossier_add_file(db, f->id, &df, &ids[i])) < 0)
			break;
		/* the signed file shows the detached signature's result */
		if (a->in.is_p7s && df.signs_id)
			rc = dossier_file_sign(db, f->id, df.signs_id, &df);
	}
	free(ids);
	return rc < 0 ? rc : 0;
}
