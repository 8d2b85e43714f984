/* Fuzz target for the office formats' structure checks of form files
 * (domain/officecheck.c): the ZIP reader (end record, central directory,
 * local headers, inflating every part, searching the XML parts) under a
 * DOCX's and an ODT's rules, and the RTF search.
 *
 * Input: the file, from an in-memory file (officecheck reads by pread),
 * judged as each of the three types. Rules checked besides crashes and
 * leaks: the verdict is one an office file can get (accepted with its
 * type, or refused as broken, active, or a type without a check), a
 * refusal says what was found, and the same input gives the same verdict
 * twice. */
#define _GNU_SOURCE	/* memfd_create */
#define FUZZ_NAME "office"
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "domain/officecheck.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *in, size_t size)
{
	static const struct {
		const char *mime, *ext;
	} types[] = {
		{ OFFICE_DOCX, "docx" }, { OFFICE_ODT, "odt" }, { "text/rtf", "rtf" },
	};
	int fd = memfd_create("fuzz-office", 0);
	size_t t;

	if (fd < 0 || (size > 0 && write(fd, in, size) != (ssize_t)size))
		abort();
	for (t = 0; t < sizeof(types) / sizeof(types[0]); t++) {
		struct fc_result a, b;
		enum fc_verdict va, vb;

		memset(&a, 0, sizeof(a));
		memset(&b, 0, sizeof(b));
		a.ext = b.ext = "";
		va = officecheck(fd, types[t].mime, &a);
		vb = officecheck(fd, types[t].mime, &b);
		if (va != vb)
			abort();
		switch (va) {
		case FC_OK:
			if (strcmp(a.ext, types[t].ext) != 0)
				abort();
			break;
		case FC_OFFICE_BROKEN:
		case FC_OFFICE_ACTIVE:
			if (a.detail[0] == '\0')
				abort();
			break;
		default:
			abort();
		}
	}
	close(fd);
	return 0;
}
