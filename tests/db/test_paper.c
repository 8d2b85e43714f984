/* The paper copy of a level-4 dossier (Article 7.2; issue 13, section
 * 4), in the domain: which required documents lack a valid signature
 * (dossier_unsigned_docs), the one rule by which dossier_submit marks
 * paper_pending; the required documents the start page lists
 * (dossier_proc_required); the "awaited" mark every page reads
 * (DOSSIER_PAPER_AWAITED_SQL through dossier_load, dossier_list and
 * dossier_track). Drafts are made and filled through the domain functions
 * the citizen's pages call; files carry the signature state the intake
 * gives them (valid, invalid, none; a detached .p7s signs its file).
 * Needs the test stack's database: tests/http/office_paper.test.mjs runs
 * it. TAP. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/conf.h"
#include "core/db.h"
#include "core/util.h"
#include "domain/dossier.h"
#include "../unit/tap.h"
#include "dbtest.h"

#define L4 "2.000488"		/* level 4 at 000.00.09.H34, with cases */
#define L3 "1.001940"		/* level 3 at the same agency */
#define AGENCY "000.00.09.H34"

static struct db *db;
static const struct config *cfg;
static long long owner;
static int seq;

/* A draft of proc (case_key or NULL) made as the start form makes it: its
 * id, or 0. */
static long long
draft(const char *proc, const char *case_key)
{
	struct applicant ap = { "Nguyễn Thị Giấy", "079190000002", "1990-01-01",
	    "0905000002", NULL, "Kon Tum", NULL, NULL, 0 };
	char token[32];
	long long id = 0;

	snprintf(token, sizeof(token), "pp%08u%012u", (unsigned)(getpid() % 100000000),
	    (unsigned)++seq);
	if (dossier_start(db, cfg, owner, proc, case_key, AGENCY, token, &ap, &id) != 0)
		return 0;
	return id;
}

/* The ids of draft id's documents, in order, into ids (room for n); how
 * many there are. */
static int
docs(long long id, long long *ids, int n)
{
	HDF *h, *d;
	int i = 0;

	if (hdf_init(&h))
		abort();
	db_rows(db, h, "D", "SELECT id FROM dossier_doc WHERE dossier_id = ? ORDER BY seq, id",
	    DB_INT(id));
	for (d = hdf_obj_child(hdf_get_obj(h, "D")); d && i < n; d = hdf_obj_next(d))
		ids[i++] = hdf_ll(d, "id");
	hdf_destroy(&h);
	return i;
}

/* A file on document doc of draft id with signature state sig (none,
 * valid, invalid), as the intake stores it; signs: the file a detached
 * signature signs (0: none). Its id, or 0. */
static long long
file(long long id, long long doc, const char *name, const char *sig, long long signs)
{
	struct dossier_file df;
	unsigned char md[32];
	char hex[65], text[96];
	long long fid = 0;

	snprintf(text, sizeof(text), "paper %lld %lld %s", id, doc, name);
	sha256(text, strlen(text), md);
	hex_encode(md, sizeof(md), hex);
	memset(&df, 0, sizeof(df));
	df.doc_id = doc;
	df.sha256 = hex;
	df.mime = signs ? "application/pkcs7-signature" : "application/pdf";
	df.ext = signs ? "p7s" : "pdf";
	df.name = name;
	df.size = 1000;
	df.signs_id = signs;
	df.sig_state = sig;
	if (strcmp(sig, "valid") == 0) {
		df.sig_signer = "Nguyễn Văn An";
		df.sig_serial = "1001";
	}
	if (strcmp(sig, "invalid") == 0)
		df.sig_reason = "Expired";
	return dossier_add_file(db, id, &df, &fid) == 0 ? fid : 0;
}

/* dossier_unsigned_docs of id: the count, and the names joined by "|". */
static int
unsigned_names(long long id, char *out, size_t cap)
{
	HDF *h, *d;
	int n;

	out[0] = '\0';
	if (hdf_init(&h))
		abort();
	n = dossier_unsigned_docs(db, id, h, "U");
	for (d = hdf_obj_child(hdf_get_obj(h, "U")); d; d = hdf_obj_next(d))
		snprintf(out + strlen(out), cap - strlen(out), "%s%s", out[0] ? "|" : "",
		    hdf_get_value(d, "name", ""));
	hdf_destroy(&h);
	return n;
}

struct sub {
	long long id;
	char code[41];
	int paper, res;
};

static int
submit_tx(struct db *d, void *ctx)
{
	struct sub *s = ctx;
	int rc;

	if ((rc = dossier_declare(d, s->id)) < 0)
		return rc;
	s->res = dossier_submit(d, cfg, s->id, s->code, &s->paper);
	return s->res < 0 ? s->res : 0;
}

/* Submits id; its paper_pending as dossier_submit said it, or -1. */
static int
submit(long long id, char code[41])
{
	struct sub s;

	memset(&s, 0, sizeof(s));
	s.id = id;
	if (db_tx(db, submit_tx, &s) != 0 || s.res != DOSSIER_OK)
		return -1;
	snprintf(code, 41, "%s", s.code);
	return s.paper;
}

/* dossier_load's paper_awaited of id, and its paper_pending column. */
static void
loaded(long long id, int *awaited, int *pending)
{
	HDF *h;

	if (hdf_init(&h))
		abort();
	dossier_load(db, id, h, "X");
	*awaited = hdf_get_int_value(h, "X.D.paper_awaited", -1);
	*pending = hdf_get_int_value(h, "X.D.paper_pending", -1);
	hdf_destroy(&h);
}

int
main(int argc, char **argv)
{
	static struct config conf;
	long long d4, d4b, d3, ids[8], f, sig;
	char names[2048], code[41], code3[41], want[2048];
	int n, nd, awaited, pending;
	HDF *h;

	if ((db = dbtest_start(argc, argv, "test_paper", &conf)) == NULL)
		return 1;
	cfg = &conf;
	owner = dbtest_citizen(db, "Kiểm thử bản giấy");

	/* the start page's list: the required documents of every case, then
	 * those of one case, with its name */
	if (hdf_init(&h))
		abort();
	n = dossier_proc_required(db, L4, h, "R");
	ok(n == 4, "%s: four required documents in all (%d)", L4, n);
	ok(hdf_get_value(h, "R.0.case_name", NULL) == NULL &&
	    strncmp(hdf_get_value(h, "R.0.name", ""), "Tờ khai", strlen("Tờ khai")) == 0,
	    "the documents of every case first, without a case");
	ok(hdf_get_value(h, "R.3.case_name", NULL) != NULL &&
	    strncmp(hdf_get_value(h, "R.3.case_name", ""), "Ủy quyền", strlen("Ủy quyền")) == 0,
	    "a case's own documents named with their case");
	hdf_destroy(&h);

	/* a level-4 draft: the case's two required documents and an optional
	 * one; with no file yet, both required ones lack a signature */
	d4 = draft(L4, "ca-nhan");
	ok(d4 != 0, "a level-4 draft (case ca-nhan)");
	nd = docs(d4, ids, 8);
	is_int(nd, 3, "its documents: two required, one optional");
	n = unsigned_names(d4, names, sizeof(names));
	is_int(n, 2, "no file yet: both required documents unsigned");
	ok(strncmp(names, "Tờ khai", strlen("Tờ khai")) == 0 && strstr(names, "|Bản chụp"),
	    "by name, in the dossier's order: %s", names);
	/* a scan without signature, and one whose signature is invalid,
	 * change nothing; the optional document never counts */
	ok(file(d4, ids[0], "to-khai.pdf", "none", 0) && file(d4, ids[0], "to-khai-2.pdf",
	    "invalid", 0) && file(d4, ids[2], "mien-phi.pdf", "none", 0), "unsigned files added");
	is_int(unsigned_names(d4, names, sizeof(names)), 2,
	    "unsigned or invalid signatures are no signature");
	/* a validly signed PDF covers its document */
	ok(file(d4, ids[0], "to-khai-ky-so.pdf", "valid", 0) != 0, "a signed PDF on the form");
	n = unsigned_names(d4, names, sizeof(names));
	is_int(n, 1, "the form is covered");
	ok(strncmp(names, "Bản chụp", strlen("Bản chụp")) == 0, "the copy of the ID is left: %s",
	    names);
	/* a detached signature over a file covers its document too */
	f = file(d4, ids[1], "cccd.pdf", "none", 0);
	sig = file(d4, ids[1], "cccd.pdf.p7s", "valid", f);
	ok(f && sig, "a file and its detached .p7s");
	ok(dossier_file_sign(db, d4, f, &(struct dossier_file){ .sig_state = "valid",
	    .sig_signer = "Nguyễn Văn An", .sig_serial = "1001" }) == 0,
	    "the signature's result shown on its file");
	is_int(unsigned_names(d4, names, sizeof(names)), 0,
	    "every required document validly signed");
	is_int(submit(d4, code), 0, "submitted: no paper copy needed, by the same rule");
	loaded(d4, &awaited, &pending);
	ok(pending == 0 && awaited == 0, "nothing awaited (%d, %d)", pending, awaited);

	/* a level-4 dossier left unsigned: marked at submission, awaited */
	d4b = draft(L4, "ca-nhan");
	nd = docs(d4b, ids, 8);
	ok(nd == 3 && file(d4b, ids[0], "a.pdf", "none", 0) && file(d4b, ids[1], "b.pdf",
	    "valid", 0), "another draft: the form unsigned, the ID signed");
	n = unsigned_names(d4b, want, sizeof(want));
	ok(n == 1 && strncmp(want, "Tờ khai", strlen("Tờ khai")) == 0,
	    "the review page lists the form: %s", want);
	is_int(submit(d4b, code), 1, "submitted: paper_pending, as dossier_unsigned_docs said");
	loaded(d4b, &awaited, &pending);
	ok(pending == 1 && awaited == 1, "awaited by dossier_load (%d, %d)", pending, awaited);
	is_int(unsigned_names(d4b, names, sizeof(names)), 1,
	    "after submission the officer's page lists the same document");
	is_str(names, want, "the same name");
	if (hdf_init(&h))
		abort();
	ok(dossier_track(db, code, NULL, h) == 1 && hdf_get_int_value(h, "Track.paper_awaited",
	    -1) == 1 && hdf_get_value(h, "Track.paper_received", NULL) == NULL,
	    "the tracking page: awaited, not arrived");
	hdf_destroy(&h);
	if (hdf_init(&h))
		abort();
	{
		HDF *d;
		int seen = 0;

		dossier_list(db, owner, h, "L");
		for (d = hdf_obj_child(hdf_get_obj(h, "L")); d; d = hdf_obj_next(d))
			if (strcmp(hdf_get_value(d, "code", ""), code) == 0)
				seen = hdf_get_int_value(d, "paper_awaited", -1) == 1;
		ok(seen, "the citizen's list: awaited");
	}
	hdf_destroy(&h);

	/* level 3: no signature asked, no paper copy, whatever the files */
	d3 = draft(L3, NULL);
	nd = docs(d3, ids, 8);
	ok(nd >= 1, "a level-3 draft");
	while (nd > 0) {
		nd--;
		file(d3, ids[nd], "scan.pdf", "none", 0);
	}
	is_int(unsigned_names(d3, names, sizeof(names)), 0, "level 3: nothing to sign");
	is_int(submit(d3, code3), 0, "submitted without paper_pending");
	loaded(d3, &awaited, &pending);
	ok(pending == 0 && awaited == 0, "level 3: nothing awaited");

	/* a dossier of another: nothing of it */
	is_int(unsigned_names(0, names, sizeof(names)), 0, "no such dossier: nothing");

	db_exec(db, "DELETE FROM dossier WHERE owner_id = ?", DB_INT(owner));
	db_exec(db, "DELETE FROM account WHERE id = ?", DB_INT(owner));
	db_free(db);
	config_free(&conf);
	return done_testing();
}
