/* The rules the pages take from the domain (issue 12: rules out of the
 * pages): the identity checks a registration and a dossier's applicant
 * share, the dossier's quotas, which file a detached signature signs, and
 * the rating's criteria. No database needed. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "core/conf.h"
#include "domain/dossier.h"
#include "domain/person.h"
#include "domain/rating.h"
#include "tap.h"

static char dir[] = "/tmp/dvc-test-rules-XXXXXX";

/* A configuration made of text (the documented defaults under it). */
static int
load(struct config *cfg, const char *text)
{
	char path[600], err[1024];
	FILE *f;

	snprintf(path, sizeof(path), "%s/dvc.hdf", dir);
	if ((f = fopen(path, "w")) == NULL)
		return -1;
	fputs(text, f);
	fclose(f);
	if (config_load(cfg, path, err, sizeof(err)) < 0) {
		printf("# %s\n", err);
		return -1;
	}
	return 0;
}

int
main(void)
{
	const char *names[] = { "don.pdf", "don.pdf.bak", "anh.jpg" };
	const char *one[] = { "giay-khai-sinh.pdf" };
	struct config cfg;
	char tomorrow[16];
	time_t t = time(NULL) + 86400;
	struct tm tm;
	int which = -1;
	HDF *h;

	if (mkdtemp(dir) == NULL)
		return 99;

	/* identity: the 4th digit is the century and sex (0/1: 1900s, 2/3:
	 * 2000s), the 5th-6th the year of birth */
	ok(person_identity_check("062090123456", "1990-03-15", &which) == NULL,
	    "1990, a man born in the 1900s: agrees");
	ok(person_identity_check("062190123456", "1990-03-15", &which) == NULL,
	    "1990, a woman born in the 1900s: agrees");
	ok(person_identity_check("062305123456", "2005-01-31", &which) == NULL,
	    "2005, a woman born in the 2000s: agrees");
	is_str(person_identity_check("062205123456", "1990-03-15", &which), "cccd_birth",
	    "ID says 2005, birth says 1990: refused");
	is_int(which, 1, "... by the ID number field");
	is_str(person_identity_check("062091123456", "1990-03-15", &which), "cccd_birth",
	    "a year off by one: refused");
	is_str(person_identity_check("062090123456", "2090-03-15", &which), "birth_future",
	    "a birth date to come: refused first");
	is_int(which, 0, "... by the birth date field");
	strftime(tomorrow, sizeof(tomorrow), "%Y-%m-%d", localtime_r(&t, &tm));
	is_str(person_identity_check("062090123456", tomorrow, &which), "birth_future",
	    "tomorrow is in the future");
	ok(person_identity_check("062090123456", NULL, &which) == NULL,
	    "no birth date (a dossier's is optional): nothing to compare");
	ok(person_identity_check("062090123456", "", &which) == NULL, "an empty one neither");

	/* which file a .p7s signs */
	is_int(dossier_p7s_target("don.pdf.p7s", names, 3), 0, "by its name without .p7s");
	is_int(dossier_p7s_target("anh.jpg.p7s", names, 3), 2, "another file of the document");
	is_int(dossier_p7s_target("chu-ky.p7s", names, 3), -1,
	    "several files and none by that name: none");
	is_int(dossier_p7s_target("chu-ky.p7s", one, 1), 0, "the document's only file");
	is_int(dossier_p7s_target(".p7s", one, 1), 0, "a bare .p7s: the only file");
	is_int(dossier_p7s_target("don.pdf.p7s", names, 0), -1, "no file at all: none");
	is_int(dossier_p7s_target("anh.p7s", names, 3), 2,
	    "anh.p7s signs anh.jpg: the stored name gained its type's extension");
	is_int(dossier_p7s_target("don.p7s", names, 3), 0,
	    "don.p7s signs don.pdf, not don.pdf.bak (two extensions)");
	is_int(dossier_p7s_target("do.p7s", names, 3), -1, "do.p7s is nobody's");

	/* quotas */
	if (load(&cfg, "Dossier.MaxFiles = 3\nDossier.MaxBytes = 1048576\n"
	    "Rating.Criteria = Thái độ|Thời gian|Kết quả\n") != 0)
		return 1;
	ok(dossier_quota(&cfg, 0, 0, 1048576) == NULL, "a first file of exactly the byte quota");
	is_str(dossier_quota(&cfg, 0, 1, 1048576), "Upload.QuotaBytes", "one byte over");
	ok(dossier_quota(&cfg, 2, 0, 1) == NULL, "the third file");
	is_str(dossier_quota(&cfg, 3, 0, 1), "Upload.QuotaFiles", "a fourth file");

	/* the rating's criteria */
	if (hdf_init(&h))
		abort();
	is_int(rating_criteria(&cfg, h, "C"), 3, "three criteria");
	is_str(hdf_get_value(h, "C.1.name", NULL), "Thời gian", "in the configured order");
	ok(rating_open(DS_DONE) && rating_open(DS_RETURNED), "rated once the result is there");
	ok(!rating_open(DS_PROCESSING) && !rating_open(DS_REFUSED), "not before, not when refused");
	hdf_destroy(&h);
	config_free(&cfg);

	{
		char p[600];

		snprintf(p, sizeof(p), "%s/dvc.hdf", dir);
		unlink(p);
		rmdir(dir);
	}
	return done_testing();
}
