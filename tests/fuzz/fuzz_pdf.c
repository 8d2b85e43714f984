/* Fuzz target for the PDF check of uploads (domain/filecheck.c): qpdf
 * reads the file without repairing it, then the allow-list walk looks at
 * every key of every object (trailer, numbered objects, those in object
 * streams) and refuses what acts, links out or carries another file.
 *
 * Input: the file; like an upload, only one that starts with %PDF- goes
 * to the check. It runs through filecheck_pdf_mem, in this process:
 * uploads run the same judgement in a child with memory and time limits,
 * which would hide its coverage from libFuzzer. qpdf itself is not
 * instrumented (Debian's library): what is measured is the walk and what
 * it makes qpdf do.
 *
 * Rules checked besides crashes and leaks: the verdict is one a PDF can
 * get, and a refused one says why. */
#define FUZZ_NAME "pdf"
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "domain/filecheck.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *in, size_t size)
{
	/* the default policy, with fewer objects: a trailer's /Size is
	 * walked number by number, and 100000 empty numbers would make each
	 * run slow without reaching anything new */
	struct fc_policy pol = fc_policy_default;
	char detail[256];
	enum fc_verdict v;

	if (size < 5 || memcmp(in, "%PDF-", 5) != 0)
		return 0;
	pol.pdf_max_objects = 2000;
	detail[0] = '\0';
	switch ((v = filecheck_pdf_mem(in, size, &pol, detail, sizeof(detail)))) {
	case FC_OK:
		break;
	/* verdicts about other files, or about reading */
	case FC_EMPTY: case FC_TYPE: case FC_TYPE_OFFICE: case FC_TYPE_ARCHIVE:
	case FC_TYPE_PROGRAM: case FC_TYPE_WEB: case FC_PDF_JUNK: case FC_IMAGE_BROKEN:
	case FC_IMAGE_DIMS: case FC_IMAGE_TRAILING: case FC_POLYGLOT: case FC_IO:
	case FC__MAX:
		abort();
	default:
		/* a PDF refused: why, for the log */
		if ((unsigned)v >= FC__MAX || detail[0] == '\0' ||
		    memchr(detail, '\0', sizeof(detail)) == NULL)
			abort();
		break;
	}
	return 0;
}
